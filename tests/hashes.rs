//! Hash commands (tests/unit/type/hash.tcl): differential against redis-server 7.0.15.
//! Every `=> ...` is redis's reply, checked. A listpack's order is Redis's insertion order and
//! compared exactly; a hashtable's order is unspecified and compared as a multiset (`[sorted]`,
//! `[pairs]`). Random picks (HRANDFIELD) are checked by count, membership and uniqueness.
mod common;
use common::*;

use std::collections::{BTreeMap, BTreeSet};

fn run(lines: &[String]) {
    let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
    diff(&refs);
}

#[test]
fn hset_hget_and_friends_on_a_small_hash() {
    diff(&[
        "HSET h f1 v1 f2 v2 => (integer) 2",
        "HSET h f1 x f3 v3 => (integer) 1",
        "HGET h f1 => \"x\"",
        "HGET h nofield => (nil)",
        "HGET nokey f => (nil)",
        "HMGET h f1 nofield f3 => [\"x\", (nil), \"v3\"]",
        "HMGET nokey a b => [(nil), (nil)]",
        "HLEN h => (integer) 3",
        "HLEN nokey => (integer) 0",
        "HEXISTS h f2 => (integer) 1",
        "HEXISTS h nofield => (integer) 0",
        "HEXISTS nokey f => (integer) 0",
        "HSTRLEN h f3 => (integer) 2",
        "HSTRLEN h nofield => (integer) 0",
        "HSTRLEN nokey f => (integer) 0",
        "HGETALL h => [\"f1\", \"x\", \"f2\", \"v2\", \"f3\", \"v3\"]",
        "HKEYS h => [\"f1\", \"f2\", \"f3\"]",
        "HVALS h => [\"x\", \"v2\", \"v3\"]",
        "HGETALL nokey => []",
        "HKEYS nokey => []",
        "HVALS nokey => []",
        "OBJECT ENCODING h => \"listpack\"",
        "TYPE h => hash",
        "HMSET h f4 v4 f1 y => OK",
        "HGETALL h => [\"f1\", \"y\", \"f2\", \"v2\", \"f3\", \"v3\", \"f4\", \"v4\"]",
        "HSETNX h f1 z => (integer) 0",
        "HSETNX h f5 z => (integer) 1",
        "HSETNX newkey f z => (integer) 1",
        "HGET newkey f => \"z\"",
        "HDEL h f2 nofield f2 => (integer) 1",
        "HDEL h nofield => (integer) 0",
        "HDEL nokey f => (integer) 0",
        "HKEYS h => [\"f1\", \"f3\", \"f4\", \"f5\"]",
        "HDEL h f1 f3 f4 f5 f6 => (integer) 4",
        "EXISTS h => (integer) 0",
        "HSET h \"\" \"\" => (integer) 1",
        "HGET h \"\" => \"\"",
        "HSTRLEN h \"\" => (integer) 0",
        "HSET h \"a\\x00b\" \"c\\r\\nd\" => (integer) 1",
        "HGET h \"a\\x00b\" => \"c\\r\\nd\"",
        "HGETALL h => [\"\", \"\", \"a\\x00b\", \"c\\r\\nd\"]",
    ]);
}

#[test]
fn integer_fields_and_values_keep_their_text() {
    diff(&[
        "HSET h 1 10 -5 -17 007 0x1 9223372036854775807 9223372036854775808 => (integer) 4",
        "HSET h -9223372036854775808 -0 2 12345678901234567890 => (integer) 2",
        "HGETALL h => [\"1\", \"10\", \"-5\", \"-17\", \"007\", \"0x1\", \"9223372036854775807\", \"9223372036854775808\", \"-9223372036854775808\", \"-0\", \"2\", \"12345678901234567890\"]",
        "HGET h 1 => \"10\"",
        "HGET h 01 => (nil)",
        "HGET h 007 => \"0x1\"",
        "HGET h 7 => (nil)",
        "HSTRLEN h 1 => (integer) 2",
        "HSTRLEN h -5 => (integer) 3",
        "HSTRLEN h 9223372036854775807 => (integer) 19",
        "HSTRLEN h -9223372036854775808 => (integer) 2",
        "HEXISTS h -5 => (integer) 1",
        "HDEL h 1 => (integer) 1",
        "HKEYS h => [\"-5\", \"007\", \"9223372036854775807\", \"-9223372036854775808\", \"2\"]",
        "HSCAN h 0 => [\"0\", [\"-5\", \"-17\", \"007\", \"0x1\", \"9223372036854775807\", \"9223372036854775808\", \"-9223372036854775808\", \"-0\", \"2\", \"12345678901234567890\"]]",
        "HSCAN h 0 MATCH *7 => [\"0\", [\"007\", \"0x1\", \"9223372036854775807\", \"9223372036854775808\"]]",
    ]);
}

#[test]
fn arity_errors() {
    diff(&[
        "HSET h => (error) ERR wrong number of arguments for 'hset' command",
        "HSET h f => (error) ERR wrong number of arguments for 'hset' command",
        "HSET h f v f2 => (error) ERR wrong number of arguments for 'hset' command",
        "hset h f v f2 => (error) ERR wrong number of arguments for 'hset' command",
        "HMSET h f v f2 => (error) ERR wrong number of arguments for 'hmset' command",
        "HMSET h f => (error) ERR wrong number of arguments for 'hmset' command",
        "HSETNX h f => (error) ERR wrong number of arguments for 'hsetnx' command",
        "HSETNX h f v x => (error) ERR wrong number of arguments for 'hsetnx' command",
        "HGET h => (error) ERR wrong number of arguments for 'hget' command",
        "HGET h f g => (error) ERR wrong number of arguments for 'hget' command",
        "HMGET h => (error) ERR wrong number of arguments for 'hmget' command",
        "HDEL h => (error) ERR wrong number of arguments for 'hdel' command",
        "HEXISTS h => (error) ERR wrong number of arguments for 'hexists' command",
        "HLEN => (error) ERR wrong number of arguments for 'hlen' command",
        "HLEN h x => (error) ERR wrong number of arguments for 'hlen' command",
        "HSTRLEN h => (error) ERR wrong number of arguments for 'hstrlen' command",
        "HGETALL => (error) ERR wrong number of arguments for 'hgetall' command",
        "HKEYS h x => (error) ERR wrong number of arguments for 'hkeys' command",
        "HVALS => (error) ERR wrong number of arguments for 'hvals' command",
        "HINCRBY h f => (error) ERR wrong number of arguments for 'hincrby' command",
        "HINCRBYFLOAT h f => (error) ERR wrong number of arguments for 'hincrbyfloat' command",
        "HRANDFIELD => (error) ERR wrong number of arguments for 'hrandfield' command",
        "HSCAN h => (error) ERR wrong number of arguments for 'hscan' command",
        "EXISTS h => (integer) 0",
    ]);
}

#[test]
fn wrongtype_on_every_command() {
    diff(&[
        "SET s v => OK",
        "HSET s f v => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "HSET s f v f2 => (error) ERR wrong number of arguments for 'hset' command",
        "HMSET s f v => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "HSETNX s f v => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "HGET s f => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "HMGET s f => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "HDEL s f => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "HLEN s => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "HEXISTS s f => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "HSTRLEN s f => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "HGETALL s => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "HKEYS s => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "HVALS s => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "HINCRBY s f 1 => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "HINCRBY s f x => (error) ERR value is not an integer or out of range",
        "HINCRBYFLOAT s f 1 => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "HINCRBYFLOAT s f x => (error) ERR value is not a valid float",
        "HINCRBYFLOAT s f inf => (error) ERR value is NaN or Infinity",
        "HRANDFIELD s => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "HRANDFIELD s 1 => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "HRANDFIELD s 0 => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "HRANDFIELD s 1 foo => (error) ERR syntax error",
        "HSCAN s 0 => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "HSCAN s 0 COUNT 0 => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "HSCAN s x => (error) ERR invalid cursor",
        "HSET h f v => (integer) 1",
        "GET h => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "INCR h => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "GET s => \"v\"",
    ]);
}

#[test]
fn hincrby() {
    diff(&[
        "HINCRBY h f 5 => (integer) 5",
        "HINCRBY h f -7 => (integer) -2",
        "HINCRBY h f 0 => (integer) -2",
        "HSET h s abc big 9223372036854775807 neg -9223372036854775808 sp \" 1\" fl 1.5 => (integer) 5",
        "HINCRBY h s 1 => (error) ERR hash value is not an integer",
        "HINCRBY h sp 1 => (error) ERR hash value is not an integer",
        "HINCRBY h fl 1 => (error) ERR hash value is not an integer",
        "HINCRBY h big 1 => (error) ERR increment or decrement would overflow",
        "HINCRBY h big 0 => (integer) 9223372036854775807",
        "HINCRBY h big -1 => (integer) 9223372036854775806",
        "HINCRBY h neg -1 => (error) ERR increment or decrement would overflow",
        "HINCRBY h neg 1 => (integer) -9223372036854775807",
        "HINCRBY h f x => (error) ERR value is not an integer or out of range",
        "HINCRBY h f 1.0 => (error) ERR value is not an integer or out of range",
        "HINCRBY h f 9223372036854775808 => (error) ERR value is not an integer or out of range",
        "HINCRBY h f \"\" => (error) ERR value is not an integer or out of range",
        "HINCRBY nokey f x => (error) ERR value is not an integer or out of range",
        "EXISTS nokey => (integer) 0",
        "HSET h n 007 => (integer) 1",
        "HINCRBY h n 1 => (error) ERR hash value is not an integer",
        "HGETALL h => [\"f\", \"-2\", \"s\", \"abc\", \"big\", \"9223372036854775806\", \"neg\", \"-9223372036854775807\", \"sp\", \" 1\", \"fl\", \"1.5\", \"n\", \"007\"]",
        "HINCRBY h new -9223372036854775808 => (integer) -9223372036854775808",
        "HINCRBY h new -1 => (error) ERR increment or decrement would overflow",
        "OBJECT ENCODING h => \"listpack\"",
    ]);
}

#[test]
fn hincrbyfloat() {
    diff(&[
        "HINCRBYFLOAT h f 1.5 => \"1.5\"",
        "HINCRBYFLOAT h f 0.1 => \"1.6\"",
        "HINCRBYFLOAT h f -1.6 => \"0\"",
        "HINCRBYFLOAT h g 10 => \"10\"",
        "HINCRBYFLOAT h g 3.0e3 => \"3010\"",
        "HINCRBYFLOAT h g 0x10 => \"3026\"",
        "HINCRBYFLOAT h g 1e-20 => \"3026\"",
        "HSET h i 17179869184 s abc sp \" 1\" e \"\" => (integer) 4",
        "HINCRBYFLOAT h i 1.5 => \"17179869185.5\"",
        "HINCRBYFLOAT h s 1 => (error) ERR hash value is not a float",
        "HINCRBYFLOAT h sp 1 => (error) ERR hash value is not a float",
        "HINCRBYFLOAT h e 1 => (error) ERR hash value is not a float",
        "HINCRBYFLOAT h f abc => (error) ERR value is not a valid float",
        "HINCRBYFLOAT h f \"\" => (error) ERR value is not a valid float",
        "HINCRBYFLOAT h f nan => (error) ERR value is not a valid float",
        "HINCRBYFLOAT h f inf => (error) ERR value is NaN or Infinity",
        "HINCRBYFLOAT h f -inf => (error) ERR value is NaN or Infinity",
        "HINCRBYFLOAT h f 1e5000 => (error) ERR value is not a valid float",
        "HINCRBYFLOAT nokey f inf => (error) ERR value is NaN or Infinity",
        "EXISTS nokey => (integer) 0",
        "HSET h big 1e4932 => (integer) 1",
        "HINCRBYFLOAT h big 1e4932 => (error) ERR increment would produce NaN or Infinity",
        "HINCRBYFLOAT h x 1e300",
        "OBJECT ENCODING h => \"hashtable\"",
        "HINCRBYFLOAT h2 f 0.024390243902439025 => \"0.02439024390243902\"",
        "HINCRBYFLOAT h2 f -0.024390243902439025 => \"0\"",
        "HINCRBYFLOAT h2 n 5 => \"5\"",
        "HINCRBY h2 n 1 => (integer) 6",
        "HSET h2 m 9223372036854775807 => (integer) 1",
        "HINCRBYFLOAT h2 m 1 => \"9223372036854775808\"",
        "HGETALL h2 => [\"f\", \"0\", \"n\", \"6\", \"m\", \"9223372036854775808\"]",
    ]);
}

fn fields(n: usize, width: usize) -> Vec<String> {
    (0..n)
        .map(|i| format!("{:0width$}", i, width = width))
        .collect()
}

#[test]
fn encoding_turns_hashtable_past_512_fields() {
    let mut lines = Vec::new();
    for f in fields(511, 3) {
        lines.push(format!("HSET h f{f} v{f}"));
    }
    lines.push("HSET h last v => (integer) 1".into());
    lines.push("OBJECT ENCODING h => \"listpack\"".into());
    lines.push("HLEN h => (integer) 512".into());
    lines.push("HSET h last w => (integer) 0".into());
    lines.push("HGETALL h".into());
    lines.push("OBJECT ENCODING h => \"listpack\"".into());
    lines.push("HSET h one-more v => (integer) 1".into());
    lines.push("OBJECT ENCODING h => \"hashtable\"".into());
    lines.push("[pairs] HGETALL h".into());
    lines.push("[sorted] HKEYS h".into());
    lines.push("[sorted] HVALS h".into());
    lines.push("HDEL h one-more last f000 => (integer) 3".into());
    lines.push("HLEN h => (integer) 510".into());
    lines.push("OBJECT ENCODING h => \"hashtable\"".into());
    // HMSET of 513 new fields at once converts too; 512 do not.
    let mut big = String::from("HMSET h2");
    let mut just = String::from("HSET h3");
    for f in fields(513, 3) {
        big += &format!(" {f} {f}");
    }
    for f in fields(512, 3) {
        just += &format!(" {f} {f}");
    }
    lines.push(format!("{big} => OK"));
    lines.push("OBJECT ENCODING h2 => \"hashtable\"".into());
    lines.push(format!("{just} => (integer) 512"));
    lines.push("OBJECT ENCODING h3 => \"listpack\"".into());
    lines.push("HKEYS h3".into());
    run(&lines);
}

#[test]
fn encoding_turns_hashtable_past_64_bytes() {
    let a64 = "a".repeat(64);
    let a65 = "a".repeat(65);
    run(&[
        format!("HSET h {a64} {a64} => (integer) 1"),
        "OBJECT ENCODING h => \"listpack\"".into(),
        format!("HSET h x {a65} => (integer) 1"),
        "OBJECT ENCODING h => \"hashtable\"".into(),
        format!("HSET f {a65} x => (integer) 1"),
        "OBJECT ENCODING f => \"hashtable\"".into(),
        // An update with a long value converts too, and so does a long argument of HSET
        // even when another pair of the same call is the one that ends up written.
        "HSET u a b => (integer) 1".into(),
        format!("HSET u a {a65} => (integer) 0"),
        "OBJECT ENCODING u => \"hashtable\"".into(),
        // HSETNX converts only when it writes.
        "HSET n a b => (integer) 1".into(),
        format!("HSETNX n a {a65} => (integer) 0"),
        "OBJECT ENCODING n => \"listpack\"".into(),
        format!("HSETNX n b {a65} => (integer) 1"),
        "OBJECT ENCODING n => \"hashtable\"".into(),
        // HINCRBY/HINCRBYFLOAT: a long field converts (hashTypeSet's check).
        format!("HINCRBY i {a64} 1 => (integer) 1"),
        "OBJECT ENCODING i => \"listpack\"".into(),
        format!("HINCRBY i {a65} 1 => (integer) 1"),
        "OBJECT ENCODING i => \"hashtable\"".into(),
        format!("HINCRBYFLOAT j {a65} 1.5 => \"1.5\""),
        "OBJECT ENCODING j => \"hashtable\"".into(),
        // Deleting never converts back.
        "HDEL h x => (integer) 1".into(),
        "OBJECT ENCODING h => \"hashtable\"".into(),
        format!("HGETALL h => [\"{a64}\", \"{a64}\"]"),
    ]);
}

#[test]
fn encoding_follows_config_set() {
    diff(&[
        "CONFIG SET hash-max-listpack-entries 4 => OK",
        "HSET h a 1 b 2 c 3 d 4 => (integer) 4",
        "OBJECT ENCODING h => \"listpack\"",
        "HSET h e 5 => (integer) 1",
        "OBJECT ENCODING h => \"hashtable\"",
        "HSET g a 1 b 2 c 3 d 4 e 5 => (integer) 5",
        "OBJECT ENCODING g => \"hashtable\"",
        "CONFIG SET hash-max-listpack-entries 0 => OK",
        "HSET z a 1 => (integer) 1",
        "OBJECT ENCODING z => \"hashtable\"",
        "HSETNX z2 a 1 => (integer) 1",
        "OBJECT ENCODING z2 => \"hashtable\"",
        "HINCRBY z3 a 1 => (integer) 1",
        "OBJECT ENCODING z3 => \"hashtable\"",
        "CONFIG SET hash-max-listpack-entries 512 => OK",
        "CONFIG SET hash-max-listpack-value 3 => OK",
        "HSET v abc def => (integer) 1",
        "OBJECT ENCODING v => \"listpack\"",
        "HINCRBY v n 999 => (integer) 999",
        "OBJECT ENCODING v => \"listpack\"",
        "HINCRBY v n 1 => (integer) 1000",
        "OBJECT ENCODING v => \"hashtable\"",
        "HSET w abcd e => (integer) 1",
        "OBJECT ENCODING w => \"hashtable\"",
        "CONFIG SET hash-max-ziplist-value 64 => OK",
        "CONFIG GET hash-max-listpack-value => [\"hash-max-listpack-value\", \"64\"]",
        "CONFIG SET hash-max-ziplist-entries 2 => OK",
        "HSET y a 1 b 2 => (integer) 2",
        "OBJECT ENCODING y => \"listpack\"",
        "HSET y c 3 => (integer) 1",
        "OBJECT ENCODING y => \"hashtable\"",
    ]);
}

#[test]
fn resp3_replies() {
    diff(&[
        "[hello] HELLO 3",
        "HSET h a 1 b 2 c x => (integer) 3",
        "HGETALL h",
        "HGETALL nokey",
        "HKEYS h",
        "HVALS nokey",
        "HGET nokey a",
        "HMGET h a zz",
        "HRANDFIELD nokey",
        "HRANDFIELD nokey 3",
        "HRANDFIELD nokey 3 WITHVALUES",
        "HRANDFIELD h 3 WITHVALUES",
        "HRANDFIELD h 10 WITHVALUES",
        "HRANDFIELD h 0 WITHVALUES",
        "HINCRBYFLOAT h f 2.5",
        "HSCAN h 0",
        "HSCAN nokey 0",
        "CONFIG SET hash-max-listpack-entries 1",
        "HSET t a 1 b 2 c 3",
        "[pairs] HGETALL t",
        "[sorted] HRANDFIELD t 3 WITHVALUES",
        "[sorted] HRANDFIELD t 30 WITHVALUES",
    ]);
}

/// The elements of a top-level array reply, as byte strings (RESP3 pairs flattened).
fn flat(reply: &[u8]) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    for r in array_of(reply) {
        match r {
            Reply::Array(pair) => out.extend(pair.iter().map(str_of)),
            other => out.push(str_of(&other)),
        }
    }
    out
}

/// A check for HRANDFIELD replies against the hash's contents: same reply shape and length as
/// redis's, every field (and value) from the hash, distinct when `unique`.
fn rand_check(
    hash: BTreeMap<Vec<u8>, Vec<u8>>,
    withvalues: bool,
    unique: bool,
) -> impl Fn(&[u8], &[u8]) -> Result<(), String> {
    move |redis: &[u8], cand: &[u8]| {
        let (r, c) = (parse(redis), parse(cand));
        let shape = |x: &Reply| match x {
            Reply::Array(v) => (v.len(), v.first().map(|e| matches!(e, Reply::Array(_)))),
            _ => (usize::MAX, None),
        };
        if shape(&r) != shape(&c) {
            return Err(format!("shape differs: {r} vs {c}"));
        }
        let items = flat(cand);
        let step = if withvalues { 2 } else { 1 };
        let mut seen = BTreeSet::new();
        for chunk in items.chunks(step) {
            let Some(v) = hash.get(&chunk[0]) else {
                return Err(format!("{:?} is not a field", esc(&chunk[0])));
            };
            if withvalues && chunk.get(1) != Some(v) {
                return Err(format!("wrong value for {:?}", esc(&chunk[0])));
            }
            if !seen.insert(chunk[0].clone()) && unique {
                return Err(format!("{:?} twice", esc(&chunk[0])));
            }
        }
        Ok(())
    }
}

fn hrandfield_script(n: usize, resp3: bool) {
    let hash: BTreeMap<Vec<u8>, Vec<u8>> = (0..n)
        .map(|i| {
            (
                format!("f{i}").into_bytes(),
                format!("{}", i * 7).into_bytes(),
            )
        })
        .collect();
    let mut s = Script::new();
    if resp3 {
        s = s.line("[hello] HELLO 3");
    }
    let mut hset = String::from("HSET h");
    for (f, v) in &hash {
        hset += &format!(
            " {} {}",
            String::from_utf8_lossy(f),
            String::from_utf8_lossy(v)
        );
    }
    s = s.line(&hset);
    for count in [
        1i64,
        2,
        5,
        13,
        30,
        n as i64 - 1,
        n as i64,
        n as i64 + 5,
        -1,
        -5,
        -100,
    ] {
        for withvalues in [false, true] {
            let line = format!(
                "HRANDFIELD h {count}{}",
                if withvalues { " WITHVALUES" } else { "" }
            );
            s = s.check(&line, rand_check(hash.clone(), withvalues, count > 0));
        }
    }
    let single = hash.clone();
    s = s.check("HRANDFIELD h", move |_, cand| match parse(cand) {
        Reply::Bulk(f) if single.contains_key(&f) => Ok(()),
        other => Err(format!("not a field: {other}")),
    });
    s.run();
}

#[test]
fn hrandfield_listpack_and_hashtable() {
    for resp3 in [false, true] {
        hrandfield_script(40, resp3);
        hrandfield_script(700, resp3);
    }
}

#[test]
fn hrandfield_errors_and_edge_counts() {
    diff(&[
        "HSET h a 1 b 2 c 3 => (integer) 3",
        "HRANDFIELD h 0 => []",
        "HRANDFIELD h 0 WITHVALUES => []",
        "HRANDFIELD h 3 => [\"a\", \"b\", \"c\"]",
        "HRANDFIELD h 100 WITHVALUES => [\"a\", \"1\", \"b\", \"2\", \"c\", \"3\"]",
        "HRANDFIELD nokey => (nil)",
        "HRANDFIELD nokey 5 => []",
        "HRANDFIELD nokey -5 WITHVALUES => []",
        "HRANDFIELD h abc => (error) ERR value is not an integer or out of range",
        "HRANDFIELD h 1.5 => (error) ERR value is not an integer or out of range",
        "HRANDFIELD h -9223372036854775808 => (error) ERR value is out of range, value must between -9223372036854775807 and 9223372036854775807",
        "HRANDFIELD h 9223372036854775807 WITHVALUES => (error) ERR value is out of range",
        "HRANDFIELD h -4611686018427387904 WITHVALUES => (error) ERR value is out of range",
        "HRANDFIELD h 4611686018427387904 WITHVALUES => (error) ERR value is out of range",
        "HRANDFIELD h 4611686018427387903 WITHVALUES => [\"a\", \"1\", \"b\", \"2\", \"c\", \"3\"]",
        "HRANDFIELD h 9223372036854775807 => [\"a\", \"b\", \"c\"]",
        "HRANDFIELD h 1 withvalues x => (error) ERR syntax error",
        "HRANDFIELD h 1 foo => (error) ERR syntax error",
        "HRANDFIELD nokey 1 foo => (error) ERR syntax error",
        "HRANDFIELD nokey x foo => (error) ERR value is not an integer or out of range",
        "HSET one f v => (integer) 1",
        "HRANDFIELD one => \"f\"",
        "HRANDFIELD one -3 => [\"f\", \"f\", \"f\"]",
        "HRANDFIELD one -2 WITHVALUES => [\"f\", \"v\", \"f\", \"v\"]",
        "HRANDFIELD one 1 WITHVALUES => [\"f\", \"v\"]",
    ]);
}

#[test]
fn hscan_listpack_and_errors() {
    diff(&[
        "HSET h a 1 b 2 ab 3 1 x => (integer) 4",
        "HSCAN h 0 => [\"0\", [\"a\", \"1\", \"b\", \"2\", \"ab\", \"3\", \"1\", \"x\"]]",
        "HSCAN h 0 COUNT 1 => [\"0\", [\"a\", \"1\", \"b\", \"2\", \"ab\", \"3\", \"1\", \"x\"]]",
        "HSCAN h 123 => [\"0\", [\"a\", \"1\", \"b\", \"2\", \"ab\", \"3\", \"1\", \"x\"]]",
        "HSCAN h 0 MATCH a* => [\"0\", [\"a\", \"1\", \"ab\", \"3\"]]",
        "HSCAN h 0 match * count 5 => [\"0\", [\"a\", \"1\", \"b\", \"2\", \"ab\", \"3\", \"1\", \"x\"]]",
        "HSCAN h 0 MATCH 1 => [\"0\", [\"1\", \"x\"]]",
        "HSCAN h 0 MATCH zz => [\"0\", []]",
        "HSCAN h 0 MATCH a* MATCH b => [\"0\", [\"b\", \"2\"]]",
        "HSCAN h \"\" => [\"0\", [\"a\", \"1\", \"b\", \"2\", \"ab\", \"3\", \"1\", \"x\"]]",
        "HSCAN h -1 => [\"0\", [\"a\", \"1\", \"b\", \"2\", \"ab\", \"3\", \"1\", \"x\"]]",
        "HSCAN h +0 COUNT 10 => [\"0\", [\"a\", \"1\", \"b\", \"2\", \"ab\", \"3\", \"1\", \"x\"]]",
        "HSCAN h x => (error) ERR invalid cursor",
        "HSCAN h \" 1\" => (error) ERR invalid cursor",
        "HSCAN h 18446744073709551616 => (error) ERR invalid cursor",
        "HSCAN h 0 COUNT 0 => (error) ERR syntax error",
        "HSCAN h 0 COUNT -1 => (error) ERR syntax error",
        "HSCAN h 0 COUNT x => (error) ERR value is not an integer or out of range",
        "HSCAN h 0 COUNT => (error) ERR syntax error",
        "HSCAN h 0 MATCH => (error) ERR syntax error",
        "HSCAN h 0 TYPE hash => (error) ERR syntax error",
        "HSCAN h 0 FOO bar => (error) ERR syntax error",
        "HSCAN nokey 0 COUNT 0 => [\"0\", []]",
        "HSCAN nokey x => (error) ERR invalid cursor",
        "HSCAN nokey 0 => [\"0\", []]",
    ]);
}

type Pairs = Vec<(Vec<u8>, Vec<u8>)>;

/// An HSCAN reply: the cursor and the field -> value pairs.
fn scan_page(reply: &[u8]) -> (u64, Pairs) {
    let items = array_of(reply);
    let cursor = String::from_utf8(str_of(&items[0]))
        .unwrap()
        .parse()
        .unwrap();
    let Reply::Array(elems) = &items[1] else {
        panic!("not a scan reply: {}", pretty(reply));
    };
    let pairs = elems
        .chunks(2)
        .map(|c| (str_of(&c[0]), str_of(&c[1])))
        .collect();
    (cursor, pairs)
}

#[test]
fn hscan_hashtable_returns_every_field() {
    on_each_server(&[], |srv| {
        let mut c = srv.conn();
        let mut want = BTreeMap::new();
        for i in 0..1000 {
            let (f, v) = (format!("field:{i}"), format!("{}", i * 3));
            c.cmd(&["HSET", "h", &f, &v]);
            want.insert(f.into_bytes(), v.into_bytes());
        }
        assert_eq!(c.cmd_str("OBJECT ENCODING h"), b"$9\r\nhashtable\r\n");
        for count in ["1", "10", "100"] {
            let mut got = BTreeMap::new();
            let mut cursor = 0u64;
            let mut calls = 0;
            loop {
                let reply = c.cmd(&["HSCAN", "h", &cursor.to_string(), "COUNT", count]);
                let (next, pairs) = scan_page(&reply);
                got.extend(pairs);
                cursor = next;
                calls += 1;
                assert!(calls < 100_000, "{}: scan does not end", srv.name);
                if cursor == 0 {
                    break;
                }
            }
            assert_eq!(got, want, "{}: COUNT {count}", srv.name);
        }
        // MATCH filters fields after the visit.
        let mut got = BTreeSet::new();
        let mut cursor = 0u64;
        loop {
            let reply = c.cmd(&["HSCAN", "h", &cursor.to_string(), "MATCH", "field:1?"]);
            let (next, pairs) = scan_page(&reply);
            for (f, v) in pairs {
                assert_eq!(want.get(&f), Some(&v));
                got.insert(f);
            }
            cursor = next;
            if cursor == 0 {
                break;
            }
        }
        let expect: BTreeSet<Vec<u8>> = (10..20)
            .map(|i| format!("field:{i}").into_bytes())
            .collect();
        assert_eq!(got, expect, "{}", srv.name);
        // A big COUNT takes everything in one call.
        let reply = c.cmd(&["HSCAN", "h", "0", "COUNT", "100000"]);
        let (next, pairs) = scan_page(&reply);
        assert_eq!(next, 0, "{}", srv.name);
        assert_eq!(pairs.len(), 1000, "{}", srv.name);
    });
}

/// Random hash commands over a few keys and ~20 fields, wrong types and missing keys
/// included. Listpack replies are compared exactly; HGETALL/HKEYS/HVALS sorted (a key may
/// have turned hashtable); HRANDFIELD by count only.
fn random_hash_command(rng: &mut Rng) -> RCmd {
    let key = rng.pick(&["h1", "h2", "h3", "str", "nokey"]);
    let field = |rng: &mut Rng| -> Vec<u8> {
        if rng.chance(1) {
            vec![b'F'; 65]
        } else {
            format!("f{}", rng.below(20)).into_bytes()
        }
    };
    let value = |rng: &mut Rng| -> Vec<u8> {
        if rng.chance(1) {
            vec![b'v'; 65]
        } else {
            random_value(rng)
        }
    };
    let k = key.as_bytes().to_vec();
    match rng.below(20) {
        0..=3 => {
            let mut a = vec![b"HSET".to_vec(), k];
            for _ in 0..1 + rng.below(3) {
                a.push(field(rng));
                a.push(value(rng));
            }
            if rng.chance(3) {
                a.pop();
            }
            RCmd::new(&a)
        }
        4 => RCmd::new(&[b"HSETNX".to_vec(), k, field(rng), value(rng)]),
        5 => RCmd::new(&[b"HGET".to_vec(), k, field(rng)]),
        6 => RCmd::new(&[b"HMGET".to_vec(), k, field(rng), field(rng)]),
        7 => {
            let mut a = vec![b"HDEL".to_vec(), k];
            for _ in 0..1 + rng.below(4) {
                a.push(field(rng));
            }
            RCmd::new(&a)
        }
        8 => RCmd::new(&[b"HLEN".to_vec(), k]),
        9 => RCmd::new(&[b"HEXISTS".to_vec(), k, field(rng)]),
        10 => RCmd::new(&[b"HSTRLEN".to_vec(), k, field(rng)]),
        11 => {
            let cmd = rng.pick(&["HGETALL", "HKEYS", "HVALS"]);
            let cmp = if cmd == "HGETALL" {
                Cmp::SortedPairs
            } else {
                Cmp::Sorted
            };
            RCmd::new(&[cmd, key]).with(cmp)
        }
        12 | 13 => {
            let by = match rng.below(4) {
                0 => random_value(rng),
                1 => (i64::MAX - rng.range(0, 3)).to_string().into_bytes(),
                _ => rng.range(-50, 50).to_string().into_bytes(),
            };
            RCmd::new(&[b"HINCRBY".to_vec(), k, field(rng), by])
        }
        14 => RCmd::new(&[b"HINCRBYFLOAT".to_vec(), k, field(rng), random_value(rng)]),
        15 => {
            let count = rng.range(-30, 30).to_string();
            let mut a = vec!["HRANDFIELD", key, &count];
            if rng.chance(50) {
                a.push("WITHVALUES");
            }
            RCmd::new(&a).with(Cmp::Custom(std::rc::Rc::new(|r: &[u8], c: &[u8]| {
                let (r, c) = (parse(r), parse(c));
                match (&r, &c) {
                    (Reply::Array(x), Reply::Array(y)) if x.len() == y.len() => Ok(()),
                    _ if r == c => Ok(()),
                    _ => Err(format!("{r} vs {c}")),
                }
            })))
        }
        16 => RCmd::new(&["OBJECT", "ENCODING", key]),
        17 => RCmd::new(&[
            b"HSCAN".to_vec(),
            k,
            b"0".to_vec(),
            b"COUNT".to_vec(),
            b"1000".to_vec(),
        ])
        .with(Cmp::Custom(std::rc::Rc::new(|r: &[u8], c: &[u8]| {
            let (r, c) = (parse(r), parse(c));
            let key = |x: &Reply| -> Option<(Vec<u8>, Vec<String>)> {
                let Reply::Array(v) = x else { return None };
                let Reply::Array(items) = &v[1] else {
                    return None;
                };
                let mut p: Vec<String> = items.chunks(2).map(|c| format!("{c:?}")).collect();
                p.sort();
                Some((str_of(&v[0]), p))
            };
            if r == c || (key(&r).is_some() && key(&r) == key(&c)) {
                Ok(())
            } else {
                Err(format!("{r} vs {c}"))
            }
        }))),
        18 => {
            if rng.chance(20) {
                RCmd::new(&["SET", "str", "x"])
            } else {
                RCmd::new(&["DEL", key])
            }
        }
        _ => RCmd::new(&[b"HGET".to_vec(), k, field(rng)]),
    }
}

#[test]
fn randomized_hash_commands() {
    diff_random(7, 3000, random_hash_command);
}

/// The same mix while the encoding limits change under it: conversions then happen at other
/// sizes and lengths, and OBJECT ENCODING must follow.
#[test]
fn randomized_hash_commands_with_changing_limits() {
    diff_random(8, 3000, |rng| {
        if rng.chance(2) {
            let (name, v) = if rng.chance(50) {
                (
                    "hash-max-listpack-entries",
                    rng.pick(&["0", "1", "3", "8", "512"]),
                )
            } else {
                ("hash-max-listpack-value", rng.pick(&["0", "2", "5", "64"]))
            };
            RCmd::new(&["CONFIG", "SET", name, v])
        } else {
            random_hash_command(rng)
        }
    });
}

/// diff_random compares listings as multisets since it cannot know a key's encoding; here each
/// HGETALL/HKEYS/HVALS is followed by OBJECT ENCODING on redis, and a listpack's listing must
/// then match byte for byte (insertion order, in-place updates).
#[test]
fn randomized_listpack_listings_keep_redis_order() {
    if skip_without_redis() {
        return;
    }
    let mut servers = start_trio(&[]);
    let mut conns: Vec<Conn> = servers.iter().map(|s| s.conn()).collect();
    let mut rng = Rng::new(11);
    let mut exact = 0;
    for i in 0..3000 {
        let c = random_hash_command(&mut rng);
        let replies: Vec<Vec<u8>> = conns.iter_mut().map(|k| k.cmd(&c.args)).collect();
        let name = c.args[0].to_ascii_uppercase();
        let mut cmp = c.cmp.clone();
        if matches!(&name[..], b"HGETALL" | b"HKEYS" | b"HVALS") {
            let enc = conns[0].cmd(&[b"OBJECT".as_ref(), b"ENCODING", &c.args[1]]);
            if enc == b"$8\r\nlistpack\r\n" {
                cmp = Cmp::Exact;
                exact += 1;
            }
        }
        for (si, r) in replies.iter().enumerate().skip(1) {
            if let Err(e) = compare(&cmp, &replies[0], r) {
                panic!(
                    "#{i} {}: {e}\n  redis: {}\n  {}: {}",
                    c.args.iter().map(|a| esc(a)).collect::<Vec<_>>().join(" "),
                    pretty(&replies[0]),
                    servers[si].name,
                    pretty(r)
                );
            }
        }
    }
    assert!(exact > 50, "only {exact} listpack listings");
    drop(conns);
    stop_all(&mut servers);
}

#[test]
fn command_info_and_docs() {
    let mut lines = Vec::new();
    for c in [
        "hdel",
        "hexists",
        "hget",
        "hgetall",
        "hincrby",
        "hincrbyfloat",
        "hkeys",
        "hlen",
        "hmget",
        "hmset",
        "hrandfield",
        "hscan",
        "hset",
        "hsetnx",
        "hstrlen",
        "hvals",
    ] {
        lines.push(format!("COMMAND INFO {c}"));
        lines.push(format!("COMMAND DOCS {c}"));
        lines.push(format!("COMMAND GETKEYS {c} key a b c"));
    }
    run(&lines);
}

/// Corner cases of Redis's own hash.tcl.
#[test]
fn hash_tcl_corner_cases() {
    let k = "k".repeat(300);
    let mut lines = vec![
        "HSET h f \"1\\x002\" => (integer) 1".to_string(),
        "HINCRBYFLOAT h f 1 => (error) ERR hash value is not a float".into(),
        "HINCRBY h f 1 => (error) ERR hash value is not an integer".into(),
        "HSTRLEN h f => (integer) 3".into(),
        "HINCRBYFLOAT myhash float 1.23 => \"1.23\"".into(),
        "HINCRBYFLOAT myhash float 0.77 => \"2\"".into(),
        "HINCRBYFLOAT myhash float -0.1 => \"1.9\"".into(),
        "HINCRBYFLOAT hfoo field +inf => (error) ERR value is NaN or Infinity".into(),
        "EXISTS hfoo => (integer) 0".into(),
        format!("HSET hash {k} a => (integer) 1"),
        format!("HSET hash {k} b => (integer) 0"),
        format!("HGET hash {k} => \"b\""),
        "CONFIG SET hash-max-listpack-value 8 => OK".into(),
        "HSET smallhash tmp 0 => (integer) 1".into(),
        "HSET bighash tmp 0 => (integer) 1".into(),
        "HINCRBYFLOAT smallhash tmp 0.000005 => \"0.000005\"".into(),
        "HINCRBYFLOAT bighash tmp 0.0000005 => \"0.0000005\"".into(),
        "OBJECT ENCODING smallhash => \"listpack\"".into(),
        "OBJECT ENCODING bighash => \"hashtable\"".into(),
        "HINCRBYFLOAT s2 abcdefgh 1 => \"1\"".into(),
        "HINCRBYFLOAT b2 abcdefghi 1 => \"1\"".into(),
        "OBJECT ENCODING s2 => \"listpack\"".into(),
        "OBJECT ENCODING b2 => \"hashtable\"".into(),
        "CONFIG SET hash-max-listpack-value 64 => OK".into(),
    ];
    for v in [
        "-9223372036854775808",
        "9223372036854775807",
        "9223372036854775808",
        "\"\"",
        "0",
        "-1",
        "x",
    ] {
        lines.push(format!("HMSET smallhash field {v} => OK"));
        lines.push(format!("HMSET bighash field {v} => OK"));
        lines.push("HSTRLEN smallhash field".into());
        lines.push("HSTRLEN bighash field".into());
    }
    lines.extend([
        "CONFIG SET hash-max-listpack-entries 1000000000 => OK".to_string(),
        "CONFIG SET hash-max-listpack-value 1000000000 => OK".into(),
        "HSET k ZIP_INT_8B 127 ZIP_INT_16B 32767 ZIP_INT_32B 2147483647 => (integer) 3".into(),
        "HSET k ZIP_INT_64B 9223372036854775808 ZIP_INT_IMM_MIN 0 ZIP_INT_IMM_MAX 12 => (integer) 3"
            .into(),
        format!("HSET k ZIP_STR_06B {} => (integer) 1", "x".repeat(31)),
        format!("HSET k ZIP_STR_14B {} => (integer) 1", "x".repeat(8191)),
        format!("HSET k ZIP_STR_32B {} => (integer) 1", "x".repeat(65535)),
        "OBJECT ENCODING k => \"listpack\"".into(),
        "HGETALL k".into(),
        "HSTRLEN k ZIP_STR_32B => (integer) 65535".into(),
        "HDEL k ZIP_STR_14B => (integer) 1".into(),
        "HKEYS k".into(),
    ]);
    run(&lines);
}

#[test]
fn lowered_limits_convert_at_the_next_write() {
    diff(&[
        "HSET h a 1 b 2 c 3 => (integer) 3",
        "HSET n a 1 b 2 c 3 => (integer) 3",
        "HSET x a 1 b 2 c 3 => (integer) 3",
        "HSET y a 1 b 2 c 3 => (integer) 3",
        "CONFIG SET hash-max-listpack-entries 2 => OK",
        "OBJECT ENCODING h => \"listpack\"",
        "HGET h a => \"1\"",
        "HDEL h c => (integer) 1",
        "OBJECT ENCODING h => \"listpack\"",
        "HSET h a 9 => (integer) 0",
        "OBJECT ENCODING h => \"listpack\"",
        "HSET n a 9 => (integer) 0",
        "OBJECT ENCODING n => \"hashtable\"",
        "HINCRBY x a 1 => (integer) 2",
        "OBJECT ENCODING x => \"hashtable\"",
        "HSETNX y a 1 => (integer) 0",
        "OBJECT ENCODING y => \"listpack\"",
        "HSETNX y d 1 => (integer) 1",
        "OBJECT ENCODING y => \"hashtable\"",
        "CONFIG SET hash-max-listpack-entries 512 => OK",
        "CONFIG SET hash-max-listpack-value 1 => OK",
        "HSET v a 1 => (integer) 1",
        "CONFIG SET hash-max-listpack-value 0 => OK",
        "HGET v a => \"1\"",
        "OBJECT ENCODING v => \"listpack\"",
        "HDEL v zz => (integer) 0",
        "OBJECT ENCODING v => \"listpack\"",
        "HSETNX v a 2 => (integer) 0",
        "OBJECT ENCODING v => \"listpack\"",
        "HSET v \"\" \"\" => (integer) 1",
        "OBJECT ENCODING v => \"listpack\"",
        "HSET v a 2 => (integer) 0",
        "OBJECT ENCODING v => \"hashtable\"",
    ]);
}
