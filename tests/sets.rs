//! Set commands (tests/unit/type/set.tcl): differential against redis-server 7.0.15.
//! Every `=> ...` is redis's reply, checked. Intset replies are compared exactly (Redis
//! sorts them); hashtable replies have an unspecified order and are compared sorted;
//! SPOP and SRANDMEMBER are compared by count, uniqueness and membership.
//! Keys without a hash tag land on different shards of `ringkv --threads 4`, so the
//! multi-key commands run there as cross-shard transactions.
mod common;
use common::*;
use std::collections::BTreeSet;

/// `SADD key m1 m2 ...` for the integers of `range`.
fn sadd_ints(key: &str, range: std::ops::Range<i64>) -> String {
    let mut s = format!("SADD {key}");
    for i in range {
        s.push(' ');
        s.push_str(&i.to_string());
    }
    s
}

fn run(lines: &[String]) {
    let v: Vec<&str> = lines.iter().map(String::as_str).collect();
    diff(&v);
}

/// The bulk elements of an array or set reply, and the reply's type byte.
fn elements(b: &[u8]) -> Result<(u8, Vec<Vec<u8>>), String> {
    match parse(b) {
        Reply::Array(v) => Ok((b'*', v.iter().map(str_of).collect())),
        Reply::Set(v) => Ok((b'~', v.iter().map(str_of).collect())),
        _ => Err(format!("not an array: {}", pretty(b))),
    }
}

/// SSCAN replies: the same cursor and the same members in any order.
fn scan_cmp(redis: &[u8], cand: &[u8]) -> Result<(), String> {
    let split = |b: &[u8]| -> Result<(Vec<u8>, BTreeSet<Vec<u8>>), String> {
        match parse(b) {
            Reply::Array(v) if v.len() == 2 => {
                let inner = match &v[1] {
                    Reply::Array(m) => m.iter().map(str_of).collect(),
                    _ => return Err("no member array".into()),
                };
                Ok((str_of(&v[0]), inner))
            }
            _ => Err(format!("not a scan reply: {}", pretty(b))),
        }
    };
    if redis.first() == Some(&b'-') || cand.first() == Some(&b'-') {
        return if redis == cand {
            Ok(())
        } else {
            Err("errors differ".into())
        };
    }
    let (rc, rm) = split(redis)?;
    let (cc, cm) = split(cand)?;
    if rc != cc {
        return Err("cursors differ".into());
    }
    if rm != cm {
        return Err("members differ".into());
    }
    Ok(())
}

/// SRANDMEMBER/SPOP with a count: the same reply type and length, distinct members for a
/// non-negative count, every member one of `universe` (when given), and when redis replied
/// with fewer members than asked for (the whole set), the same members, unless an earlier
/// SPOP left the servers holding different members (`diverged`).
fn random_cmp_from(
    count: i64,
    universe: Option<BTreeSet<Vec<u8>>>,
    diverged: bool,
) -> impl Fn(&[u8], &[u8]) -> Result<(), String> {
    move |redis, cand| {
        if redis.first() != Some(&b'*') && redis.first() != Some(&b'~') {
            return if redis == cand {
                Ok(())
            } else {
                Err("replies differ".into())
            };
        }
        let (rt, r) = elements(redis)?;
        let (ct, c) = elements(cand)?;
        if rt != ct || r.len() != c.len() {
            return Err(format!("type/length differ: {} vs {}", r.len(), c.len()));
        }
        let cs: BTreeSet<Vec<u8>> = c.iter().cloned().collect();
        if count >= 0 && cs.len() != c.len() {
            return Err("repeated members".into());
        }
        if let Some(u) = &universe {
            if !cs.is_subset(u) {
                return Err("a member not in the set".into());
            }
        }
        if !diverged && count >= 0 && (r.len() as i64) < count {
            let rs: BTreeSet<Vec<u8>> = r.into_iter().collect();
            if rs != cs {
                return Err("whole-set replies differ".into());
            }
        }
        Ok(())
    }
}

fn random_cmp(
    count: i64,
    universe: Option<BTreeSet<Vec<u8>>>,
) -> impl Fn(&[u8], &[u8]) -> Result<(), String> {
    random_cmp_from(count, universe, false)
}

/// After random pops: each server's set holds different members.
fn popped_cmp(
    count: i64,
    universe: Option<BTreeSet<Vec<u8>>>,
) -> impl Fn(&[u8], &[u8]) -> Result<(), String> {
    random_cmp_from(count, universe, true)
}

fn universe(members: &[&str]) -> Option<BTreeSet<Vec<u8>>> {
    Some(members.iter().map(|m| m.as_bytes().to_vec()).collect())
}

// ---------------------------------------------------------------------------------------------
// SADD, SCARD, SISMEMBER, SMISMEMBER, SMEMBERS, SREM

#[test]
fn sadd_scard_sismember_smismember_smembers_basics_intset() {
    diff(&[
        "SADD myset 16 => (integer) 1",
        "SADD myset 16 => (integer) 0",
        "SADD myset 17 => (integer) 1",
        "OBJECT ENCODING myset => \"intset\"",
        "SCARD myset => (integer) 2",
        "SISMEMBER myset 16 => (integer) 1",
        "SISMEMBER myset 17 => (integer) 1",
        "SISMEMBER myset 18 => (integer) 0",
        "SISMEMBER myset 016 => (integer) 0",
        "SMISMEMBER myset 16 17 => [(integer) 1, (integer) 1]",
        "SMISMEMBER myset 16 18 => [(integer) 1, (integer) 0]",
        "SMISMEMBER myset 18 16 => [(integer) 0, (integer) 1]",
        "SMISMEMBER myset 18 => [(integer) 0]",
        "SMEMBERS myset => [\"16\", \"17\"]",
        "SADD myset -5 100000 -2147483649 9223372036854775807 => (integer) 4",
        "SMEMBERS myset => [\"-2147483649\", \"-5\", \"16\", \"17\", \"100000\", \"9223372036854775807\"]",
        "OBJECT ENCODING myset => \"intset\"",
    ]);
}

#[test]
fn sadd_scard_sismember_smismember_smembers_basics_hashtable() {
    Script::new()
        .lines(&[
            "SADD myset ciao => (integer) 1",
            "SADD myset ciao => (integer) 0",
            "SADD myset bar => (integer) 1",
            "OBJECT ENCODING myset => \"hashtable\"",
            "SCARD myset => (integer) 2",
            "SISMEMBER myset ciao => (integer) 1",
            "SISMEMBER myset bar => (integer) 1",
            "SISMEMBER myset bla => (integer) 0",
            "SMISMEMBER myset ciao bar => [(integer) 1, (integer) 1]",
            "SMISMEMBER myset ciao bla => [(integer) 1, (integer) 0]",
            "SMISMEMBER myset bla ciao => [(integer) 0, (integer) 1]",
            "[sorted] SMEMBERS myset",
            "SADD myset 1 2 3 => (integer) 3",
            "[sorted] SMEMBERS myset",
        ])
        .run();
}

#[test]
fn smismember_against_missing_key_and_errors() {
    diff(&[
        "SMISMEMBER myset a b => [(integer) 0, (integer) 0]",
        "SMISMEMBER myset => (error) ERR wrong number of arguments for 'smismember' command",
        "SISMEMBER myset => (error) ERR wrong number of arguments for 'sismember' command",
        "SISMEMBER myset a b => (error) ERR wrong number of arguments for 'sismember' command",
        "SCARD myset => (integer) 0",
        "SMEMBERS myset => []",
        "SISMEMBER myset a => (integer) 0",
    ]);
}

#[test]
fn sadd_against_non_set_and_every_command_wrongtype() {
    let wt = "(error) WRONGTYPE Operation against a key holding the wrong kind of value";
    let mut lines = vec![
        "SET mylist foo => OK".to_string(),
        "SET str bar => OK".to_string(),
        "SADD s 1 2 => (integer) 2".to_string(),
        "SADD h a => (integer) 1".to_string(),
    ];
    for cmd in [
        "SADD mylist bar",
        "SADD str bar",
        "SREM str bar",
        "SCARD str",
        "SISMEMBER str a",
        "SMISMEMBER str a b",
        "SMEMBERS str",
        "SRANDMEMBER str",
        "SRANDMEMBER str 3",
        "SRANDMEMBER str -3",
        "SRANDMEMBER str 0",
        "SPOP str",
        "SPOP str 2",
        "SPOP str 0",
        "SMOVE str s 1",
        "SMOVE s str 1",
        "SMOVE s mylist 1",
        "SINTER s str",
        "SINTER str s",
        "SINTER nokey str",
        "SINTER s nokey str",
        "SINTERCARD 2 s str",
        "SINTERCARD 2 nokey str",
        "SINTERSTORE dst s str",
        "SUNION s str",
        "SUNION nokey str",
        "SUNIONSTORE dst s str",
        "SDIFF s str",
        "SDIFF str s",
        "SDIFF nokey str",
        "SDIFFSTORE dst s str",
        "SSCAN str 0",
        "SSCAN mylist 0 COUNT 0",
    ] {
        lines.push(format!("{cmd} => {wt}"));
    }
    lines.extend(
        [
            "SMOVE nokey str 1 => (integer) 0",
            "SMOVE s s 9 => (integer) 0",
            "SSCAN str x => (error) ERR invalid cursor",
            "EXISTS dst => (integer) 0",
            "SMEMBERS s => [\"1\", \"2\"]",
            "GET str => \"bar\"",
            "SMEMBERS h => [\"a\"]",
            "GET mylist => \"foo\"",
        ]
        .map(String::from),
    );
    run(&lines);
}

#[test]
fn arity_errors() {
    let mut lines = Vec::new();
    for (cmd, name) in [
        ("SADD s", "sadd"),
        ("SADD", "sadd"),
        ("SREM s", "srem"),
        ("SCARD", "scard"),
        ("SCARD a b", "scard"),
        ("SISMEMBER s", "sismember"),
        ("SMISMEMBER s", "smismember"),
        ("SMEMBERS", "smembers"),
        ("SMEMBERS a b", "smembers"),
        ("SRANDMEMBER", "srandmember"),
        ("SPOP", "spop"),
        ("SMOVE a b", "smove"),
        ("SMOVE a b c d", "smove"),
        ("SINTER", "sinter"),
        ("SINTERCARD 1", "sintercard"),
        ("SINTERSTORE d", "sinterstore"),
        ("SUNION", "sunion"),
        ("SUNIONSTORE d", "sunionstore"),
        ("SDIFF", "sdiff"),
        ("SDIFFSTORE d", "sdiffstore"),
        ("SSCAN s", "sscan"),
    ] {
        lines.push(format!(
            "{cmd} => (error) ERR wrong number of arguments for '{name}' command"
        ));
    }
    lines.push("SPOP s 1 2 => (error) ERR syntax error".into());
    lines.push("SRANDMEMBER s 1 2 => (error) ERR syntax error".into());
    run(&lines);
}

#[test]
fn srem_basics() {
    diff(&[
        "SADD myset foo bar ciao => (integer) 3",
        "SREM myset qux => (integer) 0",
        "SREM myset foo => (integer) 1",
        "SCARD myset => (integer) 2",
        "SADD ints 3 4 5 => (integer) 3",
        "SREM ints 6 => (integer) 0",
        "SREM ints 4 => (integer) 1",
        "SREM ints a 04 => (integer) 0",
        "SMEMBERS ints => [\"3\", \"5\"]",
        "SREM ints 3 5 3 => (integer) 2",
        "EXISTS ints => (integer) 0",
        "SREM ints 1 => (integer) 0",
        "SREM myset bar ciao bar => (integer) 2",
        "EXISTS myset => (integer) 0",
        "SADD myset a b c d e => (integer) 5",
        "SREM myset k k b k c => (integer) 2",
        "SCARD myset => (integer) 3",
    ]);
}

#[test]
fn sadd_on_existing_keeps_ttl_and_new_key_has_none() {
    diff(&[
        "SADD s 1 => (integer) 1",
        "EXPIRE s 100 => (integer) 1",
        "SADD s a => (integer) 1",
        "SREM s 1 => (integer) 1",
        "TTL s => (integer) 100",
        "SADD fresh 1 => (integer) 1",
        "TTL fresh => (integer) -1",
        "SADD gone 1 => (integer) 1",
        "PEXPIRE gone 30 => (integer) 1",
        "[sleep 80]",
        "SCARD gone => (integer) 0",
        "SADD gone 2 => (integer) 1",
        "TTL gone => (integer) -1",
        "SMEMBERS gone => [\"2\"]",
    ]);
}

#[test]
fn binary_safe_members() {
    Script::new()
        .line(r#"SADD bin "\x00\x01" "" "a\r\nb" => (integer) 3"#)
        .line(r#"SISMEMBER bin "" => (integer) 1"#)
        .line(r#"SISMEMBER bin "\x00\x01" => (integer) 1"#)
        .line(r#"SREM bin "a\r\nb" => (integer) 1"#)
        .line("[sorted] SMEMBERS bin")
        .line("OBJECT ENCODING bin => \"hashtable\"")
        .run();
}

// ---------------------------------------------------------------------------------------------
// Encodings

#[test]
fn intset_converts_past_512_integers() {
    let lines = vec![
        sadd_ints("s", 0..512),
        "OBJECT ENCODING s => \"intset\"".into(),
        "SCARD s => (integer) 512".into(),
        // An existing member does not convert.
        "SADD s 511 => (integer) 0".into(),
        "OBJECT ENCODING s => \"intset\"".into(),
        "SADD s 512 => (integer) 1".into(),
        "OBJECT ENCODING s => \"hashtable\"".into(),
        // Never back, even when small again.
        "SREM s 0 1 2 3 4 5 => (integer) 6".into(),
        "SREM s 6 7 8 9 => (integer) 4".into(),
        "OBJECT ENCODING s => \"hashtable\"".into(),
        // 513 in one SADD.
        sadd_ints("t", 0..513),
        "OBJECT ENCODING t => \"hashtable\"".into(),
        "SCARD t => (integer) 513".into(),
        "SISMEMBER t 512 => (integer) 1".into(),
    ];
    run(&lines);
}

#[test]
fn intset_converts_on_a_non_integer() {
    let mut lines = Vec::new();
    for (i, m) in [
        "a",
        "01",
        "+1",
        "-0",
        "\" 1\"",
        "\"1 \"",
        "1.0",
        "0x10",
        "9223372036854775808",
        "-9223372036854775809",
        "\"\"",
    ]
    .iter()
    .enumerate()
    {
        lines.push(format!("SADD s{i} 1 2 => (integer) 2"));
        lines.push(format!("OBJECT ENCODING s{i} => \"intset\""));
        lines.push(format!("SADD s{i} {m} => (integer) 1"));
        lines.push(format!("OBJECT ENCODING s{i} => \"hashtable\""));
        lines.push(format!("SREM s{i} {m} => (integer) 1"));
        lines.push(format!("OBJECT ENCODING s{i} => \"hashtable\""));
        lines.push(format!("SISMEMBER s{i} 1 => (integer) 1"));
        // A non-integer first member makes a hashtable right away.
        lines.push(format!("SADD h{i} {m} 1 => (integer) 2"));
        lines.push(format!("OBJECT ENCODING h{i} => \"hashtable\""));
    }
    lines.push("SADD big 9223372036854775807 -9223372036854775808 => (integer) 2".into());
    lines.push("OBJECT ENCODING big => \"intset\"".into());
    lines.push("SMEMBERS big => [\"-9223372036854775808\", \"9223372036854775807\"]".into());
    run(&lines);
}

#[test]
fn config_set_max_intset_entries() {
    let lines = vec![
        "CONFIG SET set-max-intset-entries 4 => OK".to_string(),
        "SADD s 1 2 3 4 => (integer) 4".into(),
        "OBJECT ENCODING s => \"intset\"".into(),
        "SADD s 5 => (integer) 1".into(),
        "OBJECT ENCODING s => \"hashtable\"".into(),
        "SADD t 1 2 3 => (integer) 3".into(),
        // Lowered below the size of an existing intset: it converts on its next add only.
        "CONFIG SET set-max-intset-entries 2 => OK".into(),
        "OBJECT ENCODING t => \"intset\"".into(),
        "SADD t 3 => (integer) 0".into(),
        "SREM t 3 => (integer) 1".into(),
        "OBJECT ENCODING t => \"intset\"".into(),
        "SADD t 9 => (integer) 1".into(),
        "OBJECT ENCODING t => \"hashtable\"".into(),
        "CONFIG SET set-max-intset-entries 0 => OK".into(),
        "SADD z 1 => (integer) 1".into(),
        "OBJECT ENCODING z => \"hashtable\"".into(),
        "SADD z1 a => (integer) 1".into(),
        "SINTERSTORE z2 s s => (integer) 5".into(),
        "OBJECT ENCODING z2 => \"hashtable\"".into(),
        "CONFIG SET set-max-intset-entries 1000 => OK".into(),
        sadd_ints("u", 0..1000),
        "OBJECT ENCODING u => \"intset\"".into(),
        "SADD u 1000 => (integer) 1".into(),
        "OBJECT ENCODING u => \"hashtable\"".into(),
        "CONFIG GET set-max-intset-entries => [\"set-max-intset-entries\", \"1000\"]".into(),
    ];
    run(&lines);
}

#[test]
fn copy_keeps_the_encoding() {
    diff(&[
        "SADD s{t} 1 2 3 => (integer) 3",
        "COPY s{t} c{t} => (integer) 1",
        "OBJECT ENCODING c{t} => \"intset\"",
        "SMEMBERS c{t} => [\"1\", \"2\", \"3\"]",
        "SADD h{t} a => (integer) 1",
        "COPY h{t} d{t} => (integer) 1",
        "OBJECT ENCODING d{t} => \"hashtable\"",
        "TYPE d{t} => set",
    ]);
}

// ---------------------------------------------------------------------------------------------
// SINTER, SINTERCARD, SINTERSTORE, SUNION, SUNIONSTORE, SDIFF, SDIFFSTORE

fn algebra_setup(prefix: &str, hashtable: bool) -> Vec<String> {
    // set1: 0..199, set2: 195..394, set3: 199..398, set4: 5 ints, set5: 0..199 (the tcl
    // test's shapes); with `hashtable` each also holds a string.
    let mut v = vec![
        sadd_ints(&format!("{prefix}1"), 0..200),
        sadd_ints(&format!("{prefix}2"), 195..395),
        sadd_ints(&format!("{prefix}3"), 199..399),
        "SADD ".to_string() + prefix + "4 5 6 7 8 9",
        sadd_ints(&format!("{prefix}5"), 0..200),
    ];
    if hashtable {
        for i in 1..=5 {
            v.push(format!("SADD {prefix}{i} foo"));
        }
    }
    v
}

#[test]
fn set_algebra_intset_exact() {
    let mut lines = algebra_setup("set", false);
    lines.extend(
        [
            "OBJECT ENCODING set1 => \"intset\"",
            "SINTER set1 set2 => [\"195\", \"196\", \"197\", \"198\", \"199\"]",
            "SINTERCARD 2 set1 set2 => (integer) 5",
            "SINTERCARD 2 set1 set2 LIMIT 3 => (integer) 3",
            "SINTERCARD 2 set1 set2 LIMIT 10 => (integer) 5",
            "SINTERCARD 2 set1 set2 LIMIT 0 => (integer) 5",
            "SINTERCARD 2 set1 set2 LIMIT 1 LIMIT 0 => (integer) 5",
            "SINTERSTORE setres set1 set2 => (integer) 5",
            "OBJECT ENCODING setres => \"intset\"",
            "SMEMBERS setres => [\"195\", \"196\", \"197\", \"198\", \"199\"]",
            "SINTER set1 set2 set3 => [\"199\"]",
            "SINTERCARD 3 set1 set2 set3 => (integer) 1",
            "SINTER set2 set1 set3 => [\"199\"]",
            "SINTER set1 set1",
            "SUNIONSTORE setres set1 set2 => (integer) 395",
            "OBJECT ENCODING setres => \"intset\"",
            "SDIFF set1 set4 set2",
            "SDIFFSTORE setres set1 set4 set2 => (integer) 190",
            "OBJECT ENCODING setres => \"intset\"",
            "SDIFF set1 set5 => []",
            "SDIFF set1 set1 => []",
            "SDIFF set4 set1 set3 => []",
            "SDIFF set4 nokey => [\"5\", \"6\", \"7\", \"8\", \"9\"]",
            "SDIFF nokey set4 => []",
            "SUNION set4 nokey => [\"5\", \"6\", \"7\", \"8\", \"9\"]",
            "SUNION nokey1 nokey2 => []",
            "SINTER set4 nokey => []",
            "SINTERCARD 2 set4 nokey => (integer) 0",
            "SINTERCARD 1 set4 => (integer) 5",
        ]
        .map(String::from),
    );
    // Union of two intsets past 512 members: a hashtable result, unordered.
    lines.push(sadd_ints("big1", 0..300));
    lines.push(sadd_ints("big2", 250..550));
    lines.push("SUNIONSTORE bigu big1 big2 => (integer) 550".into());
    lines.push("OBJECT ENCODING bigu => \"hashtable\"".into());
    lines.push("SINTERSTORE bigi bigu big1 => (integer) 300".into());
    lines.push("OBJECT ENCODING bigi => \"intset\"".into());
    lines.push("SINTERSTORE bigi2 bigu bigu => (integer) 550".into());
    lines.push("OBJECT ENCODING bigi2 => \"hashtable\"".into());
    run(&lines);
}

#[test]
fn set_algebra_hashtable_sorted() {
    let mut s = Script::new();
    for l in algebra_setup("set", true) {
        s = s.line(&l);
    }
    s.lines(&[
        "OBJECT ENCODING set1 => \"hashtable\"",
        "[sorted] SINTER set1 set2",
        "SINTERCARD 2 set1 set2 => (integer) 6",
        "SINTERCARD 2 set1 set2 LIMIT 3 => (integer) 3",
        "SINTERSTORE setres set1 set2 => (integer) 6",
        "OBJECT ENCODING setres => \"hashtable\"",
        "[sorted] SMEMBERS setres",
        "[sorted] SINTER set1 set2 set3",
        "[sorted] SUNION set1 set2",
        "SUNIONSTORE setres set1 set2 => (integer) 396",
        "OBJECT ENCODING setres => \"hashtable\"",
        "[sorted] SDIFF set1 set4 set2",
        "SDIFFSTORE setres set1 set4 set2 => (integer) 190",
        // All integers and small: stored as an intset, replied sorted.
        "OBJECT ENCODING setres => \"intset\"",
        "SMEMBERS setres",
        "SDIFF set1 set2 set3 set5 => []",
        "[sorted] SDIFF set4 set1",
        // Intersection with an intset smaller than the hashtables.
        "SADD small 196 197 foo 9 => (integer) 4",
        "SADD smallint 199 198 1 => (integer) 3",
        "SINTER smallint set1 set2 => [\"198\", \"199\"]",
        "SINTERSTORE r smallint set1 set2 => (integer) 2",
        "OBJECT ENCODING r => \"intset\"",
        "[sorted] SINTER small set1 set2",
        "SINTERSTORE r small set1 => (integer) 4",
        "OBJECT ENCODING r => \"hashtable\"",
        "SINTERSTORE r smallint set4 => (integer) 0",
        "EXISTS r => (integer) 0",
    ])
    .run();
}

#[test]
fn sdiff_algorithm_choice_shows_in_the_encoding() {
    // Algorithm 2 (chosen when the first set dwarfs the work of the others) adds the first
    // set whole, past 512 members, then removes: the result stays a hashtable.
    run(&[
        sadd_ints("s0", 0..600),
        sadd_ints("s1", 0..50),
        sadd_ints("s2", 50..100),
        sadd_ints("s3", 0..100),
        "OBJECT ENCODING s0 => \"hashtable\"".into(),
        "SDIFFSTORE d s0 s1 s2 => (integer) 500".into(),
        "OBJECT ENCODING d => \"hashtable\"".into(),
        "SDIFFSTORE d2 s0 s3 => (integer) 500".into(),
        "OBJECT ENCODING d2 => \"intset\"".into(),
        "SMEMBERS d2".into(),
        "SDIFFSTORE d3 s0 s1 s2 nokey => (integer) 500".into(),
        "OBJECT ENCODING d3 => \"hashtable\"".into(),
        "SDIFFSTORE d4 s0 s0 => (integer) 0".into(),
        "SDIFFSTORE d5 s1 s0 => (integer) 0".into(),
        "EXISTS d4 d5 => (integer) 0".into(),
    ]);
}

#[test]
fn store_commands_replace_destination_and_drop_ttl() {
    diff(&[
        "SADD a 1 2 3 => (integer) 3",
        "SADD b 2 3 4 => (integer) 3",
        "SET dst str => OK",
        "EXPIRE dst 100 => (integer) 1",
        "SINTERSTORE dst a b => (integer) 2",
        "TTL dst => (integer) -1",
        "TYPE dst => set",
        "SMEMBERS dst => [\"2\", \"3\"]",
        "EXPIRE dst 100 => (integer) 1",
        "SUNIONSTORE dst a b => (integer) 4",
        "TTL dst => (integer) -1",
        "SET other x => OK",
        "SDIFFSTORE other a b => (integer) 1",
        "SMEMBERS other => [\"1\"]",
        // Empty results delete the destination.
        "SINTERSTORE dst a nokey => (integer) 0",
        "EXISTS dst => (integer) 0",
        "SET dst x => OK",
        "SUNIONSTORE dst nokey1 nokey2 => (integer) 0",
        "EXISTS dst => (integer) 0",
        "SET dst x => OK",
        "SDIFFSTORE dst a a => (integer) 0",
        "EXISTS dst => (integer) 0",
        "SDIFFSTORE dst nokey a => (integer) 0",
        // The destination as a source.
        "SINTERSTORE a a b => (integer) 2",
        "SMEMBERS a => [\"2\", \"3\"]",
        "SUNIONSTORE a a b => (integer) 3",
        "SMEMBERS a => [\"2\", \"3\", \"4\"]",
        "SDIFFSTORE b b a => (integer) 0",
        "EXISTS b => (integer) 0",
        "SADD b 4 => (integer) 1",
        "SDIFFSTORE a a b => (integer) 2",
        "SMEMBERS a => [\"2\", \"3\"]",
        "SINTERSTORE a a => (integer) 2",
        "SUNIONSTORE a{x} a => (integer) 2",
        "SMEMBERS a{x} => [\"2\", \"3\"]",
    ]);
}

#[test]
fn sintercard_errors_and_edges() {
    diff(&[
        "SADD a 1 2 3 => (integer) 3",
        "SADD b 2 3 x => (integer) 3",
        "SINTERCARD 0 a => (error) ERR numkeys should be greater than 0",
        "SINTERCARD -1 a => (error) ERR numkeys should be greater than 0",
        "SINTERCARD abc a => (error) ERR numkeys should be greater than 0",
        "SINTERCARD 99999999999999999999 a => (error) ERR numkeys should be greater than 0",
        "SINTERCARD 3 a b => (error) ERR Number of keys can't be greater than number of args",
        "SINTERCARD 2 a b LIMIT -1 => (error) ERR LIMIT can't be negative",
        "SINTERCARD 2 a b LIMIT x => (error) ERR LIMIT can't be negative",
        "SINTERCARD 2 a b LIMIT => (error) ERR syntax error",
        "SINTERCARD 2 a b FOO 1 => (error) ERR syntax error",
        "SINTERCARD 1 a b => (error) ERR syntax error",
        "SINTERCARD 2 a b => (integer) 2",
        "SINTERCARD 2 a b limit 1 => (integer) 1",
        "SINTERCARD 2 a a => (integer) 3",
        "SINTERCARD 2 a nokey => (integer) 0",
        "SINTERCARD 2 a b LIMIT 9223372036854775807 => (integer) 2",
        "COMMAND GETKEYS SINTERCARD 2 a b LIMIT 1 => [\"a\", \"b\"]",
        "COMMAND GETKEYS SMOVE a b c => [\"a\", \"b\"]",
        "COMMAND GETKEYS SINTERSTORE d a b => [\"d\", \"a\", \"b\"]",
        "COMMAND INFO sintercard",
        "COMMAND INFO smove",
        "COMMAND INFO sdiffstore",
        "COMMAND INFO smembers",
        "COMMAND INFO sscan",
    ]);
}

#[test]
fn command_docs_and_count() {
    diff(&[
        "COMMAND DOCS sintercard",
        "COMMAND DOCS sadd",
        "COMMAND INFO sadd srem scard sismember smismember srandmember spop sinter sunion sdiff",
    ]);
}

// ---------------------------------------------------------------------------------------------
// SMOVE

#[test]
fn smove_cases() {
    diff(&[
        "SADD myset1 1 a b => (integer) 3",
        "SADD myset2 2 3 4 => (integer) 3",
        "SMOVE myset1 myset2 a => (integer) 1",
        "[sorted] SMEMBERS myset1",
        "OBJECT ENCODING myset2 => \"hashtable\"",
        "SMOVE myset2 myset1 2 => (integer) 1",
        "SISMEMBER myset1 2 => (integer) 1",
        "SMOVE myset1 myset2 foo => (integer) 0",
        "SMOVE noset myset2 foo => (integer) 0",
        "SMOVE myset1 myset3 1 => (integer) 1",
        "SMEMBERS myset3 => [\"1\"]",
        "OBJECT ENCODING myset3 => \"intset\"",
        "SMOVE myset1 myset4 b => (integer) 1",
        "OBJECT ENCODING myset4 => \"hashtable\"",
        "SMOVE myset1 myset1 2 => (integer) 1",
        "SMOVE myset1 myset1 b => (integer) 0",
        "SMOVE myset1 myset3 2 => (integer) 1",
        "EXISTS myset1 => (integer) 0",
        "SMEMBERS myset3 => [\"1\", \"2\"]",
        "SET x 10 => OK",
        "SMOVE myset3 x 1 => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "SMOVE x myset3 10 => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "SMOVE nokey x 1 => (integer) 0",
        "SCARD myset3 => (integer) 2",
        // Already a member of the destination: moved out of the source all the same.
        "SADD src 5 6 => (integer) 2",
        "SADD dst2 5 => (integer) 1",
        "SMOVE src dst2 5 => (integer) 1",
        "SMEMBERS src => [\"6\"]",
        "SMEMBERS dst2 => [\"5\"]",
        "EXPIRE dst2 100 => (integer) 1",
        "SMOVE src dst2 6 => (integer) 1",
        "TTL dst2 => (integer) 100",
        "SMEMBERS dst2 => [\"5\", \"6\"]",
    ]);
}

#[test]
fn smove_converts_a_full_intset_destination() {
    run(&[
        sadd_ints("full", 0..512),
        "SADD from 600 601 => (integer) 2".into(),
        "SMOVE from full 600 => (integer) 1".into(),
        "OBJECT ENCODING full => \"hashtable\"".into(),
        "SCARD full => (integer) 513".into(),
    ]);
}

// ---------------------------------------------------------------------------------------------
// SPOP, SRANDMEMBER

#[test]
fn spop_basics_and_errors() {
    let members = ["1", "2", "3", "4", "5"];
    Script::new()
        .lines(&[
            "SPOP nokey => (nil)",
            "SPOP nokey 3 => []",
            "SPOP nokey 0 => []",
            "SPOP nokey -1 => (error) ERR value is out of range, must be positive",
            "SPOP nokey x => (error) ERR value is out of range, must be positive",
            "SPOP nokey 1.5 => (error) ERR value is out of range, must be positive",
            "SADD s 1 2 3 4 5 => (integer) 5",
            "SPOP s 0 => []",
            "SPOP s -3 => (error) ERR value is out of range, must be positive",
        ])
        .check("SPOP s", |r, c| {
            let (r, c) = (bulk_of(r), bulk_of(c));
            match (r, c) {
                (Some(_), Some(c))
                    if ["1", "2", "3", "4", "5"].contains(&&*String::from_utf8_lossy(&c)) =>
                {
                    Ok(())
                }
                _ => Err("not a member".into()),
            }
        })
        .line("SCARD s => (integer) 4")
        .check("SPOP s 2", popped_cmp(2, universe(&members)))
        .line("SCARD s => (integer) 2")
        .check("SPOP s 10", popped_cmp(10, universe(&members)))
        .line("EXISTS s => (integer) 0")
        // The whole set, all integers: sorted, as an intset holds it.
        .line("SADD t 9 7 8 => (integer) 3")
        .line("SPOP t 3 => [\"7\", \"8\", \"9\"]")
        .line("EXISTS t => (integer) 0")
        .line("SADD t z y => (integer) 2")
        .line("[sorted] SPOP t 100")
        .line("SADD u a => (integer) 1")
        .line("SPOP u => \"a\"")
        .line("EXISTS u => (integer) 0")
        .run();
}

#[test]
fn spop_with_count_strategies_and_encodings() {
    // Few popped (members popped one by one) and most popped (the survivors rebuilt as a
    // new set, whose encoding is decided afresh: 50 integers are an intset again).
    let mut s = Script::new()
        .line(&sadd_ints("big", 0..600))
        .line("OBJECT ENCODING big => \"hashtable\"")
        .line("EXPIRE big 1000 => (integer) 1");
    let all: Vec<String> = (0..600).map(|i| i.to_string()).collect();
    let all_refs: Vec<&str> = all.iter().map(String::as_str).collect();
    s = s
        .check("SPOP big 10", random_cmp(10, universe(&all_refs)))
        .line("SCARD big => (integer) 590")
        .line("OBJECT ENCODING big => \"hashtable\"")
        .check("SPOP big 540", popped_cmp(540, universe(&all_refs)))
        .line("SCARD big => (integer) 50")
        .line("OBJECT ENCODING big => \"intset\"")
        .line("TTL big => (integer) 1000")
        .check("SPOP big 49", popped_cmp(49, universe(&all_refs)))
        .line("SCARD big => (integer) 1")
        .line("OBJECT ENCODING big => \"intset\"")
        // Small intset, most popped.
        .line("SADD small 1 2 3 4 5 6 7 8 9 10 => (integer) 10")
        .check(
            "SPOP small 9",
            random_cmp(
                9,
                universe(&["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]),
            ),
        )
        .line("SCARD small => (integer) 1")
        .line("OBJECT ENCODING small => \"intset\"");
    s.run();
}

#[test]
fn srandmember_cases() {
    let ints = ["1", "2", "3", "4", "5"];
    let strs = ["a", "b", "c", "d", "e"];
    let mut s = Script::new().lines(&[
        "SRANDMEMBER nokey => (nil)",
        "SRANDMEMBER nokey 3 => []",
        "SRANDMEMBER nokey -3 => []",
        "SRANDMEMBER nokey x => (error) ERR value is not an integer or out of range",
        "SRANDMEMBER nokey -9223372036854775808 => (error) ERR value is out of range, value must between -9223372036854775807 and 9223372036854775807",
        "SADD ints 5 4 3 2 1 => (integer) 5",
        "SADD strs a b c d e => (integer) 5",
        "SRANDMEMBER ints 0 => []",
        "SRANDMEMBER ints -9223372036854775808 => (error) ERR value is out of range, value must between -9223372036854775807 and 9223372036854775807",
        // Whole set: the intset's order.
        "SRANDMEMBER ints 5 => [\"1\", \"2\", \"3\", \"4\", \"5\"]",
        "SRANDMEMBER ints 100 => [\"1\", \"2\", \"3\", \"4\", \"5\"]",
        "[sorted] SRANDMEMBER strs 100",
    ]);
    for (key, u) in [("ints", &ints), ("strs", &strs)] {
        for n in [1i64, 2, 3, 4, -1, -3, -5, -20] {
            s = s.check(
                &format!("SRANDMEMBER {key} {n}"),
                random_cmp(n, universe(u)),
            );
        }
        let u2 = universe(u).unwrap();
        s = s.check(&format!("SRANDMEMBER {key}"), move |r, c| {
            match (bulk_of(r), bulk_of(c)) {
                (Some(_), Some(c)) if u2.contains(&c) => Ok(()),
                _ => Err("not a member".into()),
            }
        });
    }
    // A big set: the distinct-pick strategy (count much smaller than the set).
    let all: Vec<String> = (0..300).map(|i| i.to_string()).collect();
    let all_refs: Vec<&str> = all.iter().map(String::as_str).collect();
    s = s.line(&sadd_ints("big", 0..300));
    for n in [10i64, 99, 100, 101, 250, 299, -500] {
        s = s.check(
            &format!("SRANDMEMBER big {n}"),
            random_cmp(n, universe(&all_refs)),
        );
    }
    s.line("SCARD big => (integer) 300").run();
}

#[test]
fn srandmember_distribution_covers_every_member() {
    // Each server on its own: 200 draws of 1 from 5 members must see all of them.
    on_each_server(&[], |srv| {
        let mut c = srv.conn();
        c.cmd_str("SADD s a b c d e");
        c.cmd_str("SADD i 1 2 3 4 5");
        for key in ["s", "i"] {
            let mut seen = BTreeSet::new();
            for _ in 0..200 {
                seen.insert(bulk_of(&c.cmd_str(&format!("SRANDMEMBER {key}"))).unwrap());
            }
            assert_eq!(seen.len(), 5, "{}: {key}", srv.name);
            let mut seen = BTreeSet::new();
            for _ in 0..50 {
                for m in array_of(&c.cmd_str(&format!("SRANDMEMBER {key} -10"))) {
                    seen.insert(str_of(&m));
                }
            }
            assert_eq!(seen.len(), 5, "{}: {key}", srv.name);
        }
        // SPOP until empty yields every member once.
        let mut popped = BTreeSet::new();
        for _ in 0..5 {
            popped.insert(bulk_of(&c.cmd_str("SPOP s")).unwrap());
        }
        assert_eq!(popped.len(), 5);
        assert_eq!(int_of(&c.cmd_str("EXISTS s")), 0);
    });
}

// ---------------------------------------------------------------------------------------------
// SSCAN

#[test]
fn sscan_intset_and_errors() {
    diff(&[
        "SSCAN nokey 0 => [\"0\", []]",
        "SSCAN nokey x => (error) ERR invalid cursor",
        "SSCAN nokey 0 COUNT 0 => [\"0\", []]",
        "SADD s 10 2 3 100 => (integer) 4",
        "SSCAN s 0 => [\"0\", [\"2\", \"3\", \"10\", \"100\"]]",
        "SSCAN s 5 COUNT 1 => [\"0\", [\"2\", \"3\", \"10\", \"100\"]]",
        "SSCAN s 0 MATCH 1* => [\"0\", [\"10\", \"100\"]]",
        "SSCAN s 0 MATCH * COUNT 2 => [\"0\", [\"2\", \"3\", \"10\", \"100\"]]",
        "SSCAN s 0 match ?0 count 100 => [\"0\", [\"10\"]]",
        "SSCAN s \"\" => [\"0\", [\"2\", \"3\", \"10\", \"100\"]]",
        "SSCAN s -1 => [\"0\", [\"2\", \"3\", \"10\", \"100\"]]",
        "SSCAN s \" 1\" => (error) ERR invalid cursor",
        "SSCAN s 18446744073709551616 => (error) ERR invalid cursor",
        "SSCAN s 0 COUNT 0 => (error) ERR syntax error",
        "SSCAN s 0 COUNT -1 => (error) ERR syntax error",
        "SSCAN s 0 COUNT x => (error) ERR value is not an integer or out of range",
        "SSCAN s 0 COUNT => (error) ERR syntax error",
        "SSCAN s 0 MATCH => (error) ERR syntax error",
        "SSCAN s 0 TYPE set => (error) ERR syntax error",
        "SSCAN s 0 FOO bar => (error) ERR syntax error",
        "SSCAN s 0 MATCH x COUNT 0 => (error) ERR syntax error",
    ]);
}

#[test]
fn sscan_hashtable_whole_walk() {
    let mut s = Script::new();
    let mut line = String::from("SADD h");
    for i in 0..600 {
        line.push_str(&format!(" m{i}"));
    }
    s = s.line(&line);
    s = s.line(&sadd_ints("big", 0..700));
    // A COUNT larger than the set walks the whole table in one call.
    s = s
        .check("SSCAN h 0 COUNT 100000", scan_cmp)
        .check("SSCAN h 0 COUNT 100000 MATCH m1?", scan_cmp)
        .check("SSCAN big 0 COUNT 100000 MATCH *9", scan_cmp)
        .check("SSCAN h 0 COUNT 0", scan_cmp);
    s.run();
}

#[test]
fn sscan_hashtable_cursor_walk_returns_every_member() {
    // Cursors differ between implementations: walk each server to the end on its own.
    on_each_server(&[], |srv| {
        let mut c = srv.conn();
        let mut want = BTreeSet::new();
        let mut args: Vec<Vec<u8>> = vec![b"SADD".to_vec(), b"h".to_vec()];
        for i in 0..1000 {
            let m = format!("member:{i}");
            want.insert(m.clone().into_bytes());
            args.push(m.into_bytes());
        }
        c.cmd(&args);
        for (count, pattern) in [(10, None), (1, None), (100, Some("member:1*"))] {
            let mut seen = BTreeSet::new();
            let mut cursor = b"0".to_vec();
            let mut calls = 0;
            loop {
                let mut a = vec![b"SSCAN".to_vec(), b"h".to_vec(), cursor.clone()];
                a.push(b"COUNT".to_vec());
                a.push(count.to_string().into_bytes());
                if let Some(p) = pattern {
                    a.push(b"MATCH".to_vec());
                    a.push(p.as_bytes().to_vec());
                }
                let r = array_of(&c.cmd(&a));
                cursor = str_of(&r[0]);
                if let Reply::Array(m) = &r[1] {
                    for x in m {
                        seen.insert(str_of(x));
                    }
                }
                calls += 1;
                assert!(calls < 10_000, "{}: SSCAN does not end", srv.name);
                if cursor == b"0" {
                    break;
                }
            }
            let expect: BTreeSet<Vec<u8>> = want
                .iter()
                .filter(|m| pattern.is_none_or(|_| m.starts_with(b"member:1")))
                .cloned()
                .collect();
            assert_eq!(seen, expect, "{}: count {count}", srv.name);
        }
    });
}

// ---------------------------------------------------------------------------------------------
// RESP3

#[test]
fn resp3_set_replies() {
    Script::new()
        .lines(&[
            "[hello] HELLO 3",
            "SADD a 3 1 2 => (integer) 3",
            "SADD b 2 3 4 => (integer) 3",
            "SMEMBERS a => (set) [\"1\", \"2\", \"3\"]",
            "SMEMBERS nokey => (set) []",
            "SINTER a b => (set) [\"2\", \"3\"]",
            "SINTER a nokey => (set) []",
            "SUNION a b => (set) [\"1\", \"2\", \"3\", \"4\"]",
            "SDIFF a b => (set) [\"1\"]",
            "SDIFF nokey a => (set) []",
            "SINTERCARD 2 a b => (integer) 2",
            "SMISMEMBER a 1 9 => [(integer) 1, (integer) 0]",
            "SRANDMEMBER a 10 => [\"1\", \"2\", \"3\"]",
            "SRANDMEMBER nokey 10 => []",
            "SRANDMEMBER nokey => (null)",
            "SPOP nokey => (null)",
            "SPOP nokey 2 => (set) []",
            "SPOP a 0 => (set) []",
            "SSCAN a 0 => [\"0\", [\"1\", \"2\", \"3\"]]",
            "SPOP a 3 => (set) [\"1\", \"2\", \"3\"]",
            "SADD c x => (integer) 1",
            "SPOP c 1 => (set) [\"x\"]",
        ])
        .check("SPOP b 1", random_cmp(1, universe(&["2", "3", "4"])))
        .run();
}

// ---------------------------------------------------------------------------------------------
// Randomized

fn random_member(rng: &mut Rng) -> String {
    match rng.below(20) {
        0..=11 => rng.range(-10, 30).to_string(),
        12 => rng.pick(&["a", "b", "c", "foo"]).to_string(),
        13 => rng
            .pick(&["01", "+1", "-0", "\" 1\"", "1.5", "\"\""])
            .to_string(),
        14 => rng
            .pick(&[
                "9223372036854775807",
                "-9223372036854775808",
                "9223372036854775808",
                "2147483648",
                "-32769",
                "65536",
            ])
            .to_string(),
        _ => rng.range(0, 15).to_string(),
    }
}

fn random_key(rng: &mut Rng) -> &'static str {
    rng.pick(&["s0", "s1", "s2", "s3", "s4", "s0{t}", "str", "nokey"])
}

fn random_set_command(rng: &mut Rng) -> RCmd {
    let k = random_key(rng);
    let members = |rng: &mut Rng, n: u64| -> Vec<String> {
        (0..1 + rng.below(n)).map(|_| random_member(rng)).collect()
    };
    let keys = |rng: &mut Rng| -> Vec<String> {
        (0..1 + rng.below(4))
            .map(|_| random_key(rng).to_string())
            .collect()
    };
    let line: String = match rng.below(24) {
        0..=4 => format!("SADD {k} {}", members(rng, 8).join(" ")),
        5 | 6 => format!("SREM {k} {}", members(rng, 4).join(" ")),
        7 => format!("SCARD {k}"),
        8 => format!("SISMEMBER {k} {}", random_member(rng)),
        9 => format!("SMISMEMBER {k} {}", members(rng, 4).join(" ")),
        10 => format!("SMEMBERS {k}"),
        11 => format!("SMOVE {k} {} {}", random_key(rng), random_member(rng)),
        12 => format!("SINTER {}", keys(rng).join(" ")),
        13 => {
            let ks = keys(rng);
            let limit = if rng.chance(40) {
                format!(" LIMIT {}", rng.range(-1, 5))
            } else {
                String::new()
            };
            let n = if rng.chance(10) {
                rng.range(-1, 6)
            } else {
                ks.len() as i64
            };
            format!("SINTERCARD {n} {}{limit}", ks.join(" "))
        }
        14 => format!("SINTERSTORE {k} {}", keys(rng).join(" ")),
        15 => format!("SUNION {}", keys(rng).join(" ")),
        16 => format!("SUNIONSTORE {k} {}", keys(rng).join(" ")),
        17 => format!("SDIFF {}", keys(rng).join(" ")),
        18 => format!("SDIFFSTORE {k} {}", keys(rng).join(" ")),
        19 => format!("OBJECT ENCODING {k}"),
        20 => format!("SSCAN {k} 0 COUNT 1000"),
        21 => format!("SPOP {k} {}", rng.pick(&[0, 1000, -1])),
        22 => format!("SRANDMEMBER {k} {}", rng.pick(&[0, 1000, -2])),
        _ => match rng.below(3) {
            0 => format!("SET {k} x"),
            1 => format!("DEL {k}"),
            _ => format!("TYPE {k}"),
        },
    };
    let args = split_args(&line);
    let cmd = RCmd::new(&args);
    let first = line.split(' ').next().unwrap_or("");
    match first {
        "SMEMBERS" | "SINTER" | "SUNION" | "SDIFF" => cmd.with(Cmp::Sorted),
        "SPOP" => cmd.with(Cmp::Sorted),
        "SRANDMEMBER" if line.ends_with("-2") => {
            cmd.with(Cmp::Custom(std::rc::Rc::new(random_cmp(-2, None))))
        }
        "SRANDMEMBER" => cmd.with(Cmp::Sorted),
        "SSCAN" => cmd.with(Cmp::Custom(std::rc::Rc::new(scan_cmp))),
        _ => cmd,
    }
}

#[test]
fn randomized_set_commands_default_thresholds() {
    diff_random(51, 3000, random_set_command);
}

#[test]
fn randomized_set_commands_small_intsets() {
    // A threshold of 8 makes conversions (and …STORE results on either side of it) common.
    let mut first = true;
    diff_random(52, 3000, move |rng| {
        if std::mem::take(&mut first) {
            return RCmd::new(&["CONFIG", "SET", "set-max-intset-entries", "8"]);
        }
        random_set_command(rng)
    });
}

#[test]
fn keyspace_hits_and_misses_as_redis_counts_them() {
    // Reads (lookupKeyRead) count a hit or a miss per key; writes (lookupKeyWrite) don't;
    // SPOP with a count covering the set reads the key once more (it replies via SUNION).
    let script = [
        "SADD a 1 2 3",
        "SADD b 2 3 x",
        "SET str v",
        "SCARD a",
        "SCARD nokey",
        "SISMEMBER a 1",
        "SMISMEMBER nokey 1 2",
        "SMEMBERS a",
        "SINTER a b nokey",
        "SINTER nokey a",
        "SINTER a str b",
        "SINTERSTORE d a b",
        "SINTERCARD 2 a nokey",
        "SUNION a a nokey",
        "SUNIONSTORE d a nokey",
        "SDIFF b a",
        "SDIFFSTORE d nokey a",
        "SRANDMEMBER a",
        "SRANDMEMBER nokey 2",
        "SSCAN a 0",
        "SSCAN nokey 0",
        "SMOVE a b 1",
        "SMOVE nokey b 1",
        "SREM b x",
        "SPOP b",
        "SADD c 1 2 3 4 5 6 7 8 9 10",
        "SPOP c 2",
        "SPOP c 100",
        "SPOP nokey 3",
    ];
    if skip_without_redis() {
        return;
    }
    let mut servers = start_trio(&[]);
    let mut counts = Vec::new();
    for srv in &servers {
        let mut c = srv.conn();
        for line in script {
            c.cmd_str(line);
        }
        let info = bulk_of(&c.cmd_str("INFO stats")).unwrap();
        let stats = parse_info(&info);
        let get = |f: &str| {
            stats["stats"]
                .iter()
                .find(|(k, _)| k == f)
                .map(|(_, v)| v.clone())
        };
        counts.push((
            srv.name.clone(),
            get("keyspace_hits"),
            get("keyspace_misses"),
        ));
    }
    assert!(counts[0].1.is_some() && counts[0].2.is_some(), "{counts:?}");
    for c in &counts[1..] {
        assert_eq!((&c.1, &c.2), (&counts[0].1, &counts[0].2), "{counts:?}");
    }
    stop_all(&mut servers);
}

#[test]
fn sinter_with_same_integers_in_different_encodings() {
    diff(&[
        "SADD set1 1 2 3 => (integer) 3",
        "SADD set2 1 2 3 a => (integer) 4",
        "SREM set2 a => (integer) 1",
        "OBJECT ENCODING set1 => \"intset\"",
        "OBJECT ENCODING set2 => \"hashtable\"",
        // The smallest set (the intset) is walked: its order.
        "SADD set2 9 => (integer) 1",
        "SINTER set1 set2 => [\"1\", \"2\", \"3\"]",
        "SINTER set2 set1 => [\"1\", \"2\", \"3\"]",
        "SINTERSTORE r set2 set1 => (integer) 3",
        "OBJECT ENCODING r => \"intset\"",
        // Union and difference come out of a fresh intset: sorted.
        "SUNION set2 set1 => [\"1\", \"2\", \"3\", \"9\"]",
        "SDIFF set2 set1 => [\"9\"]",
        "SUNIONSTORE r set2 => (integer) 4",
        "OBJECT ENCODING r => \"intset\"",
        "SMOVE set2 set1 9 => (integer) 1",
        "SMEMBERS set1 => [\"1\", \"2\", \"3\", \"9\"]",
    ]);
}

#[test]
fn spop_code_paths_hashtable() {
    // 1: count >= size (the whole set); 2: few popped one by one; 3: most popped, the
    // survivors rebuilt (a hashtable of strings stays one).
    let members: Vec<String> = (0..40).map(|i| format!("m{i}")).collect();
    let refs: Vec<&str> = members.iter().map(String::as_str).collect();
    let add = format!("SADD h {}", members.join(" "));
    Script::new()
        .line(&add)
        .check("SPOP h 3", popped_cmp(3, universe(&refs)))
        .line("SCARD h => (integer) 37")
        .check("SPOP h 34", popped_cmp(34, universe(&refs)))
        .line("SCARD h => (integer) 3")
        .line("OBJECT ENCODING h => \"hashtable\"")
        .check("SPOP h 3", popped_cmp(3, universe(&refs)))
        .line("EXISTS h => (integer) 0")
        .line(&add)
        .check("SPOP h 40", random_cmp(40, universe(&refs)))
        .line("EXISTS h => (integer) 0")
        .run();
}

#[test]
fn expired_sources_are_missing_sets() {
    diff(&[
        "SADD a 1 2 3 => (integer) 3",
        "SADD e 2 3 4 => (integer) 3",
        "SADD e2 x => (integer) 1",
        "PEXPIRE e 30 => (integer) 1",
        "PEXPIRE e2 30 => (integer) 1",
        "[sleep 80]",
        "SINTER a e => []",
        "SINTERCARD 2 a e => (integer) 0",
        "SUNION a e e2 => [\"1\", \"2\", \"3\"]",
        "SDIFF e a => []",
        "SMOVE e a 2 => (integer) 0",
        "SMOVE a e2 1 => (integer) 1",
        "TTL e2 => (integer) -1",
        "SMEMBERS e2 => [\"1\"]",
        "SINTERSTORE e a a => (integer) 2",
        "TTL e => (integer) -1",
        "SISMEMBER e 3 => (integer) 1",
    ]);
}

/// Redis builds a reply of repeated random picks until memory runs out (redis-server 7.0.15
/// dies on `SRANDMEMBER s -9223372036854775807`); ringkv refuses counts past a bound and keeps
/// serving. Not differential: the reference does not survive it.
#[test]
fn huge_negative_random_counts_are_refused() {
    let mut s = Server::start(&["--threads", "1"]);
    let mut c = s.conn();
    c.cmd(&["SADD", "s", "a", "b"]);
    c.cmd(&["HSET", "h", "f", "v"]);
    c.cmd(&["ZADD", "z", "1", "m"]);
    for args in [
        &["SRANDMEMBER", "s", "-9223372036854775807"][..],
        &["HRANDFIELD", "h", "-9223372036854775807"][..],
        &["ZRANDMEMBER", "z", "-4611686018427387903"][..],
        &["SRANDMEMBER", "s", "-134217729"][..],
    ] {
        assert_eq!(
            c.cmd(args),
            b"-ERR value is out of range\r\n".to_vec(),
            "{args:?}"
        );
    }
    let r = c.cmd(&["SRANDMEMBER", "s", "-1000"]);
    assert!(
        r.starts_with(b"*1000\r\n"),
        "{}",
        String::from_utf8_lossy(&r[..20])
    );
    assert_eq!(c.cmd(&["SCARD", "s"]), b":2\r\n".to_vec());
    s.stop();
}
