//! Sorted set commands (tests/unit/type/zset.tcl): differential against redis-server
//! 7.0.15. Every `=> ...` is redis's reply, checked; lines without one are still compared
//! byte for byte with redis's reply.
mod common;
use common::*;

#[test]
fn zadd_basics_and_options() {
    diff(&[
        "ZADD z 10 x => (integer) 1",
        "ZADD z 20 y 30 z => (integer) 2",
        "ZADD z 5 x => (integer) 0",
        "ZRANGE z 0 -1 WITHSCORES",
        "ZADD z CH 6 x 20 y 1 w => (integer) 2",
        "ZADD z NX 100 x 7 v => (integer) 1",
        "ZADD z XX 100 x 7 u => (integer) 0",
        "ZSCORE z x => \"100\"",
        "ZSCORE z u => (nil)",
        "ZADD z GT 50 x => (integer) 0",
        "ZSCORE z x => \"100\"",
        "ZADD z GT CH 150 x => (integer) 1",
        "ZADD z LT CH 150 x 1 y => (integer) 1",
        "ZADD z XX GT CH 200 x 300 nope => (integer) 1",
        "ZADD z INCR 5 x => \"205\"",
        "ZADD z NX INCR 5 x => (nil)",
        "ZADD z XX INCR 5 nope => (nil)",
        "ZADD z GT INCR -5 x => (nil)",
        "ZADD z LT INCR -5 x => \"200\"",
        "ZADD z INCR 1 x 2 y => (error) ERR INCR option supports a single increment-element pair",
        "ZADD z NX XX 1 x => (error) ERR XX and NX options at the same time are not compatible",
        "ZADD z GT LT 1 x => (error) ERR GT, LT, and/or NX options at the same time are not compatible",
        "ZADD z GT NX 1 x => (error) ERR GT, LT, and/or NX options at the same time are not compatible",
        "ZADD z LT NX 1 x => (error) ERR GT, LT, and/or NX options at the same time are not compatible",
        "ZADD z 1 => (error) ERR wrong number of arguments for 'zadd' command",
        "ZADD z 1 a 2 => (error) ERR syntax error",
        "ZADD z NX => (error) ERR wrong number of arguments for 'zadd' command",
        "ZADD z NX CH => (error) ERR syntax error",
        "ZADD z abc a => (error) ERR value is not a valid float",
        "ZADD z nan a => (error) ERR value is not a valid float",
        "ZADD z 1 a x b => (error) ERR value is not a valid float",
        "ZCARD z",
        "ZADD nokey XX 1 a => (integer) 0",
        "EXISTS nokey => (integer) 0",
        "ZADD nokey XX INCR 1 a => (nil)",
        "EXISTS nokey => (integer) 0",
        "ZADD inf +inf a => (integer) 1",
        "ZADD inf INCR -inf a => (error) ERR resulting score is not a number (NaN)",
        "ZINCRBY inf -inf a => (error) ERR resulting score is not a number (NaN)",
        "ZSCORE inf a => \"inf\"",
        "ZRANGE z 0 -1 WITHSCORES",
    ]);
}

#[test]
fn zincrby_and_zadd_wrongtype_and_arity() {
    diff(&[
        "SET s v => OK",
        "ZADD s 1 a => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "ZADD s x a => (error) ERR value is not a valid float",
        "ZINCRBY s 1 a => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "ZINCRBY z 1 a => \"1\"",
        "ZINCRBY z 1.5 a => \"2.5\"",
        "ZINCRBY z -2.5 a => \"0\"",
        "ZINCRBY z x a => (error) ERR value is not a valid float",
        "ZINCRBY z NX a => (error) ERR syntax error",
        "ZINCRBY z 1 => (error) ERR wrong number of arguments for 'zincrby' command",
        "ZSCORE s a => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "ZCARD s => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "ZREM s a => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "ZRANK s a => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "ZRANGE s 0 -1 => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "ZRANGEBYSCORE s 0 1 => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "ZRANGEBYSCORE s x 1 => (error) ERR min or max is not a float",
        "ZCOUNT s 0 1 => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "ZLEXCOUNT s - + => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "ZMSCORE s a => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "ZPOPMIN s => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "ZREMRANGEBYRANK s 0 1 => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "ZRANGESTORE d s 0 -1 => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "TYPE z => zset",
        "ZCARD => (error) ERR wrong number of arguments for 'zcard' command",
        "ZSCORE z => (error) ERR wrong number of arguments for 'zscore' command",
        "ZMSCORE z => (error) ERR wrong number of arguments for 'zmscore' command",
        "ZRANK z => (error) ERR wrong number of arguments for 'zrank' command",
        "ZREVRANK z a b => (error) ERR wrong number of arguments for 'zrevrank' command",
        "ZCOUNT z 1 => (error) ERR wrong number of arguments for 'zcount' command",
        "ZRANGE z 0 => (error) ERR wrong number of arguments for 'zrange' command",
        "ZRANGESTORE d z 0 => (error) ERR wrong number of arguments for 'zrangestore' command",
        "ZREMRANGEBYLEX z - => (error) ERR wrong number of arguments for 'zremrangebylex' command",
        "ZPOPMIN => (error) ERR wrong number of arguments for 'zpopmin' command",
    ]);
}

#[test]
fn score_formatting_edge_cases() {
    diff(&[
        "ZADD z 1e300 a -0 b 0.1 c 0.30000000000000004 d inf e -inf f 1e17 g 123456789012345678 h",
        "ZADD z 3.0 i -1.5e-10 j 4611686018427387904 k 4611686018427387903 l 0x10 m",
        "ZINCRBY z 0.2 c",
        "ZRANGE z 0 -1 WITHSCORES",
        "ZSCORE z b",
        "ZSCORE z g",
        "ZMSCORE z a b c nope g k l",
        "ZADD big 1 a -0 b",
        "ZADD big 1 m1 2 m2 3 m3 4 m4 5 m5 6 m6 7 m7 8 m8 9 m9 10 m10",
    ]);
    // -0 in a skiplist keeps its sign; in a listpack it reads back as 0.
    let mut script = Script::new().line("CONFIG SET zset-max-listpack-entries 1");
    script = script.lines(&[
        "ZADD s -0 b 1e17 c",
        "OBJECT ENCODING s => \"skiplist\"",
        "ZSCORE s b",
        "ZRANGE s 0 -1 WITHSCORES",
    ]);
    script.run();
}

#[test]
fn zrem_zcard_and_key_removal() {
    diff(&[
        "ZADD z 1 a 2 b 3 c => (integer) 3",
        "ZREM z a nope => (integer) 1",
        "ZREM z nope => (integer) 0",
        "ZREM z b c a => (integer) 2",
        "EXISTS z => (integer) 0",
        "ZREM z a => (integer) 0",
        "ZCARD z => (integer) 0",
    ]);
}

#[test]
fn zrank_zrevrank() {
    diff(&[
        "ZADD z 10 x 20 y 30 z 20 a",
        "ZRANK z x => (integer) 0",
        "ZRANK z a => (integer) 1",
        "ZRANK z z => (integer) 3",
        "ZREVRANK z x => (integer) 3",
        "ZRANK z nope => (nil)",
        "ZRANK nokey a => (nil)",
        "ZREVRANK nokey a => (nil)",
    ]);
}

fn range_lines() -> Vec<&'static str> {
    vec![
        "ZRANGE z 0 -1",
        "ZRANGE z 0 -1 WITHSCORES",
        "ZRANGE z 1 2 REV WITHSCORES",
        "ZRANGE z -3 -2",
        "ZRANGE z -100 100",
        "ZRANGE z 5 2",
        "ZRANGE z 100 200",
        "ZRANGE z -1 -100",
        "ZREVRANGE z 0 1 WITHSCORES",
        "ZREVRANGE z 0 -1",
        "ZRANGE z 0 -1 BYSCORE",
        "ZRANGE z (1 3 BYSCORE WITHSCORES",
        "ZRANGE z -inf +inf BYSCORE LIMIT 1 2",
        "ZRANGE z +inf -inf BYSCORE REV LIMIT 1 2 WITHSCORES",
        "ZRANGE z 3 (1 BYSCORE REV",
        "ZRANGEBYSCORE z -inf +inf WITHSCORES",
        "ZRANGEBYSCORE z (1 (3",
        "ZRANGEBYSCORE z 2 2",
        "ZRANGEBYSCORE z (2 2",
        "ZRANGEBYSCORE z 3 1",
        "ZRANGEBYSCORE z -inf +inf LIMIT 0 0",
        "ZRANGEBYSCORE z -inf +inf LIMIT -1 2",
        "ZRANGEBYSCORE z -inf +inf LIMIT 2 -1",
        "ZRANGEBYSCORE z -inf +inf LIMIT 100 1",
        "ZRANGEBYSCORE z \"\" 10",
        "ZRANGEBYSCORE z \"(\" 10",
        "ZRANGEBYSCORE z 1e999 -1e999",
        "ZRANGEBYSCORE z \" 1\" 10",
        "ZRANGEBYSCORE z 0x1 10",
        "ZRANGEBYSCORE z 1 nan",
        "ZRANGEBYSCORE z 1 10a",
        "ZRANGEBYSCORE z 1 2 LIMIT 1",
        "ZRANGEBYSCORE z 1 2 LIMIT x 1",
        "ZRANGEBYSCORE z 1 2 FOO",
        "ZREVRANGEBYSCORE z +inf -inf WITHSCORES",
        "ZREVRANGEBYSCORE z (3 1 LIMIT 1 5",
        "ZREVRANGEBYSCORE z 1 3",
        "ZCOUNT z -inf +inf",
        "ZCOUNT z (1 3",
        "ZCOUNT z 3 1",
        "ZCOUNT z 1 (1",
        "ZCOUNT z x 1",
        "ZRANGE z 0 -1 BYSCORE REV",
        "ZRANGE z a b",
        "ZRANGE z 0 -1 LIMIT 0 1",
        "ZRANGE z 0 -1 BYLEX",
        "ZRANGE z - + BYLEX WITHSCORES",
        "ZRANGE z - + BYSCORE BYLEX",
        "ZRANGE z 0 1 REV REV",
        "ZRANGE z 0 1 WITHSCORES WITHSCORES",
        "ZRANGE z 0 1 LIMIT 1 1 LIMIT 2",
        "ZRANGE nokey 0 -1",
        "ZRANGE nokey - + BYLEX",
        "ZRANGE nokey x y BYLEX",
        "ZREVRANGE z 0 1 REV",
        "ZRANGEBYSCORE z 0 1 BYSCORE",
    ]
}

#[test]
fn zrange_family_listpack() {
    let mut lines = vec!["ZADD z 1 a 2 b 2 c 3 d 3.5 e -1 f"];
    lines.extend(range_lines());
    diff(&lines);
}

#[test]
fn zrange_family_skiplist() {
    let mut script = Script::new().line("CONFIG SET zset-max-listpack-entries 2");
    script = script.line("ZADD z 1 a 2 b 2 c 3 d 3.5 e -1 f");
    script = script.line("OBJECT ENCODING z => \"skiplist\"");
    script = script.lines(&range_lines());
    script.run();
}

fn lex_lines() -> Vec<&'static str> {
    vec![
        "ZRANGEBYLEX z - +",
        "ZRANGEBYLEX z - + LIMIT 1 2",
        "ZRANGEBYLEX z [b (e",
        "ZRANGEBYLEX z (b [e",
        "ZRANGEBYLEX z [aaa (g",
        "ZRANGEBYLEX z + -",
        "ZRANGEBYLEX z - -",
        "ZRANGEBYLEX z + +",
        "ZRANGEBYLEX z [c [c",
        "ZRANGEBYLEX z (c [c",
        "ZRANGEBYLEX z [ (",
        "ZRANGEBYLEX z [\"\" +",
        "ZRANGEBYLEX z b e",
        "ZRANGEBYLEX z [b e",
        "ZRANGEBYLEX z -a +",
        "ZRANGEBYLEX z - + LIMIT -1 1",
        "ZRANGEBYLEX z - + LIMIT 0 -1",
        "ZRANGEBYLEX z - + WITHSCORES",
        "ZREVRANGEBYLEX z + -",
        "ZREVRANGEBYLEX z [e (b",
        "ZREVRANGEBYLEX z + - LIMIT 1 2",
        "ZRANGE z [b [d BYLEX",
        "ZRANGE z [d [b BYLEX REV",
        "ZRANGE z [d [b BYLEX REV LIMIT 1 1",
        "ZLEXCOUNT z - +",
        "ZLEXCOUNT z [b (e",
        "ZLEXCOUNT z (e [b",
        "ZLEXCOUNT z x y",
        "ZLEXCOUNT nokey - +",
    ]
}

#[test]
fn zrangebylex_listpack() {
    let mut lines = vec!["ZADD z 0 a 0 b 0 c 0 d 0 e 0 f 0 g 0 \"\" 0 aa"];
    lines.extend(lex_lines());
    diff(&lines);
}

#[test]
fn zrangebylex_skiplist() {
    let mut script = Script::new().line("CONFIG SET zset-max-listpack-entries 0");
    script = script.line("ZADD z 0 a 0 b 0 c 0 d 0 e 0 f 0 g 0 \"\" 0 aa");
    script = script.line("OBJECT ENCODING z => \"skiplist\"");
    script = script.lines(&lex_lines());
    script.run();
}

fn remrange_lines() -> Vec<&'static str> {
    vec![
        "ZADD z 1 a 2 b 3 c 4 d 5 e",
        "ZREMRANGEBYRANK z 1 2 => (integer) 2",
        "ZRANGE z 0 -1",
        "ZREMRANGEBYRANK z 5 10 => (integer) 0",
        "ZREMRANGEBYRANK z -1 -5 => (integer) 0",
        "ZREMRANGEBYRANK z x 1 => (error) ERR value is not an integer or out of range",
        "ZREMRANGEBYRANK z -100 100 => (integer) 3",
        "EXISTS z => (integer) 0",
        "ZADD z 1 a 2 b 3 c 4 d 5 e",
        "ZREMRANGEBYSCORE z (1 3 => (integer) 2",
        "ZREMRANGEBYSCORE z 10 1 => (integer) 0",
        "ZREMRANGEBYSCORE z x 1 => (error) ERR min or max is not a float",
        "ZRANGE z 0 -1 WITHSCORES",
        "ZREMRANGEBYSCORE z -inf +inf => (integer) 3",
        "EXISTS z => (integer) 0",
        "ZADD z 0 a 0 b 0 c 0 d 0 e",
        "ZREMRANGEBYLEX z (a [c => (integer) 2",
        "ZREMRANGEBYLEX z a c => (error) ERR min or max not valid string range item",
        "ZREMRANGEBYLEX z + - => (integer) 0",
        "ZRANGE z 0 -1",
        "ZREMRANGEBYLEX z - + => (integer) 3",
        "EXISTS z => (integer) 0",
        "ZREMRANGEBYLEX nokey - + => (integer) 0",
        "ZREMRANGEBYSCORE nokey x 1 => (error) ERR min or max is not a float",
    ]
}

#[test]
fn zremrange_listpack() {
    diff(&remrange_lines());
}

#[test]
fn zremrange_skiplist() {
    Script::new()
        .line("CONFIG SET zset-max-listpack-entries 0")
        .lines(&remrange_lines())
        .run();
}

#[test]
fn zpopmin_zpopmax() {
    diff(&[
        "ZADD z 1 a 2 b 3 c 4 d 5 e",
        "ZPOPMIN z => [\"a\", \"1\"]",
        "ZPOPMAX z => [\"e\", \"5\"]",
        "ZPOPMIN z 2 => [\"b\", \"2\", \"c\", \"3\"]",
        "ZPOPMIN z 0 => []",
        "ZPOPMIN z -1 => (error) ERR value is out of range, must be positive",
        "ZPOPMIN z x => (error) ERR value is out of range, must be positive",
        "ZPOPMIN z 1 2 => (error) ERR syntax error",
        "ZPOPMAX z 10 => [\"d\", \"4\"]",
        "EXISTS z => (integer) 0",
        "ZPOPMIN z => []",
        "ZPOPMIN z 0 => []",
        "ZPOPMAX nokey 3 => []",
        "ZADD z 1 a 2 b",
        "[hello] HELLO 3",
        "ZPOPMIN z",
        "ZPOPMIN z 1",
        "ZADD z 1 a 2 b",
        "ZPOPMAX z 5",
        "ZPOPMAX z",
    ]);
}

#[test]
fn resp3_score_replies() {
    diff(&[
        "ZADD z 1 a 2.5 b inf c",
        "[hello] HELLO 3",
        "ZSCORE z b",
        "ZSCORE z nope",
        "ZMSCORE z a nope c",
        "ZINCRBY z 1 a",
        "ZADD z INCR 1 a",
        "ZADD z XX INCR 1 nope",
        "ZRANGE z 0 -1 WITHSCORES",
        "ZRANGE z 0 -1",
        "ZREVRANGE z 0 -1 WITHSCORES",
        "ZRANGEBYSCORE z -inf +inf WITHSCORES",
        "ZRANGEBYSCORE z -inf +inf WITHSCORES LIMIT 5 1",
        "ZRANK z nope",
        "ZRANGE nokey 0 -1 WITHSCORES",
    ]);
}

#[test]
fn zrangestore() {
    diff(&[
        "ZADD z 1 a 2 b 3 c 4 d",
        "ZRANGESTORE d z 0 1 => (integer) 2",
        "ZRANGE d 0 -1 WITHSCORES",
        "ZRANGESTORE d z 1 3 REV => (integer) 3",
        "ZRANGE d 0 -1 WITHSCORES",
        "ZRANGESTORE d z (1 +inf BYSCORE LIMIT 1 1 => (integer) 1",
        "ZRANGE d 0 -1 WITHSCORES",
        "ZRANGESTORE d z [b [c BYLEX => (integer) 2",
        "ZRANGESTORE d z 0 -1 WITHSCORES => (error) ERR syntax error",
        "ZRANGESTORE d z 0 -1 LIMIT 0 1 => (error) ERR syntax error, LIMIT is only supported in combination with either BYSCORE or BYLEX",
        "SET d x => OK",
        "EXPIRE d 100 => (integer) 1",
        "ZRANGESTORE d z 0 0 => (integer) 1",
        "TTL d => (integer) -1",
        "TYPE d => zset",
        "ZRANGESTORE d z 10 20 => (integer) 0",
        "EXISTS d => (integer) 0",
        "SET d x => OK",
        "ZRANGESTORE d nokey 0 -1 => (integer) 0",
        "EXISTS d => (integer) 0",
        "SET s x => OK",
        "ZRANGESTORE d s 0 -1 => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "ZRANGESTORE z z 1 2 => (integer) 2",
        "ZRANGE z 0 -1 WITHSCORES",
        "ZRANGESTORE {z}d z 0 -1",
    ]);
}

#[test]
fn encoding_transitions_at_entry_and_value_limits() {
    let mut lines: Vec<String> = Vec::new();
    for i in 0..128 {
        lines.push(format!("ZADD z {i} m{i}"));
    }
    lines.push("OBJECT ENCODING z => \"listpack\"".into());
    lines.push("ZADD z 128 m128".into());
    lines.push("OBJECT ENCODING z => \"skiplist\"".into());
    lines.push("ZREM z m0 m1 m2".into());
    lines.push("OBJECT ENCODING z => \"skiplist\"".into());
    let m64 = "x".repeat(64);
    let m65 = "x".repeat(65);
    lines.push(format!("ZADD v 1 {m64}"));
    lines.push("OBJECT ENCODING v => \"listpack\"".into());
    lines.push(format!("ZADD v 1 {m65}"));
    lines.push("OBJECT ENCODING v => \"skiplist\"".into());
    lines.push(format!("ZADD w 1 {m65}"));
    lines.push("OBJECT ENCODING w => \"skiplist\"".into());
    lines.push(format!("ZADD w2 1 a 2 {m65}"));
    lines.push("OBJECT ENCODING w2 => \"skiplist\"".into());
    lines.push(format!("ZADD w3 1 {m65} 2 a"));
    lines.push("OBJECT ENCODING w3 => \"skiplist\"".into());
    // ZRANGESTORE: a rank range longer than the limit starts as a skiplist.
    lines.push("ZRANGESTORE d z 0 127".into());
    lines.push("OBJECT ENCODING d".into());
    lines.push("ZRANGESTORE d z 0 10".into());
    lines.push("OBJECT ENCODING d".into());
    lines.push("ZRANGESTORE d z -inf +inf BYSCORE".into());
    lines.push("OBJECT ENCODING d".into());
    lines.push("ZRANGESTORE d z 0 5 BYSCORE".into());
    lines.push("OBJECT ENCODING d".into());
    lines.push("ZRANGESTORE d v 0 -1".into());
    lines.push("OBJECT ENCODING d".into());
    lines.push("CONFIG SET zset-max-listpack-entries 4".into());
    lines.push("CONFIG SET zset-max-listpack-value 3".into());
    lines.push("ZADD c 1 a 2 b 3 c 4 d".into());
    lines.push("OBJECT ENCODING c => \"listpack\"".into());
    lines.push("ZADD c 5 e".into());
    lines.push("OBJECT ENCODING c => \"skiplist\"".into());
    lines.push("ZADD c2 1 abc".into());
    lines.push("OBJECT ENCODING c2 => \"listpack\"".into());
    lines.push("ZADD c2 1 abcd".into());
    lines.push("OBJECT ENCODING c2 => \"skiplist\"".into());
    lines.push("ZRANGESTORE d c 0 3".into());
    lines.push("OBJECT ENCODING d".into());
    lines.push("ZRANGESTORE d c 0 4".into());
    lines.push("OBJECT ENCODING d".into());
    lines.push("CONFIG SET zset-max-listpack-entries 0".into());
    lines.push("ZADD e 1 a".into());
    lines.push("OBJECT ENCODING e => \"skiplist\"".into());
    let refs: Vec<&str> = lines.iter().map(|s| s.as_str()).collect();
    Script::new().lines(&refs).run();
}

fn rand_score(rng: &mut Rng) -> Vec<u8> {
    match rng.below(12) {
        0 => b"inf".to_vec(),
        1 => b"-inf".to_vec(),
        2 => format!("{}.{}", rng.range(-5, 5), rng.below(100)).into_bytes(),
        3 => b"0.1".to_vec(),
        4 => b"1e300".to_vec(),
        5 => b"-0".to_vec(),
        6 => b"x".to_vec(),
        _ => rng.range(-10, 10).to_string().into_bytes(),
    }
}

fn rand_bound(rng: &mut Rng) -> Vec<u8> {
    let mut s = match rng.below(8) {
        0 => b"-inf".to_vec(),
        1 => b"+inf".to_vec(),
        2 => b"nope".to_vec(),
        _ => rng.range(-10, 10).to_string().into_bytes(),
    };
    if rng.chance(30) {
        s.insert(0, b'(');
    }
    s
}

fn rand_lex(rng: &mut Rng) -> Vec<u8> {
    match rng.below(10) {
        0 => b"-".to_vec(),
        1 => b"+".to_vec(),
        2 => b"bad".to_vec(),
        _ => {
            let mut v = vec![if rng.chance(50) { b'[' } else { b'(' }];
            v.extend_from_slice(format!("m{}", rng.below(12)).as_bytes());
            v
        }
    }
}

fn rand_int(rng: &mut Rng) -> Vec<u8> {
    rng.range(-12, 12).to_string().into_bytes()
}

/// Random zset commands over a few keys; "lex" is kept at one score so lex ranges are
/// defined, "str" holds a string for WRONGTYPE.
fn random_zset_command(rng: &mut Rng) -> RCmd {
    let b = |s: &str| s.as_bytes().to_vec();
    let key = b(rng.pick(&["z1", "z2", "z3", "str", "nokey"]));
    let member = |rng: &mut Rng| format!("m{}", rng.below(12)).into_bytes();
    let mut args: Vec<Vec<u8>> = match rng.below(26) {
        0..=4 => {
            let mut a = vec![b("ZADD"), key];
            for o in ["NX", "XX", "GT", "LT", "CH", "INCR"] {
                if rng.chance(8) {
                    a.push(b(o));
                }
            }
            for _ in 0..1 + rng.below(3) {
                a.push(rand_score(rng));
                a.push(member(rng));
            }
            a
        }
        5 => vec![b("ZADD"), b("lex"), b("0"), member(rng)],
        6 => vec![b("ZINCRBY"), key, rand_score(rng), member(rng)],
        7 => vec![b("ZREM"), key, member(rng), member(rng)],
        8 => vec![b("ZCARD"), key],
        9 => vec![b("ZSCORE"), key, member(rng)],
        10 => vec![b("ZMSCORE"), key, member(rng), member(rng)],
        11 => vec![b(rng.pick(&["ZRANK", "ZREVRANK"])), key, member(rng)],
        12 => vec![b("ZCOUNT"), key, rand_bound(rng), rand_bound(rng)],
        13 => vec![b("ZLEXCOUNT"), b("lex"), rand_lex(rng), rand_lex(rng)],
        14 | 15 => {
            let mut a = vec![b("ZRANGE"), key];
            let by = rng.below(3);
            match by {
                0 => {
                    a.push(rand_int(rng));
                    a.push(rand_int(rng));
                }
                1 => {
                    a.push(rand_bound(rng));
                    a.push(rand_bound(rng));
                    a.push(b("BYSCORE"));
                }
                _ => {
                    a[1] = b("lex");
                    a.push(rand_lex(rng));
                    a.push(rand_lex(rng));
                    a.push(b("BYLEX"));
                }
            }
            if rng.chance(40) {
                a.push(b("REV"));
            }
            if rng.chance(50) {
                a.push(b("WITHSCORES"));
            }
            if rng.chance(30) {
                a.push(b("LIMIT"));
                a.push(rand_int(rng));
                a.push(rand_int(rng));
            }
            a
        }
        16 => {
            let mut a = vec![
                b(rng.pick(&["ZRANGEBYSCORE", "ZREVRANGEBYSCORE"])),
                key,
                rand_bound(rng),
                rand_bound(rng),
            ];
            if rng.chance(50) {
                a.push(b("WITHSCORES"));
            }
            if rng.chance(40) {
                a.extend([b("LIMIT"), rand_int(rng), rand_int(rng)]);
            }
            a
        }
        17 => {
            let mut a = vec![
                b(rng.pick(&["ZRANGEBYLEX", "ZREVRANGEBYLEX"])),
                b("lex"),
                rand_lex(rng),
                rand_lex(rng),
            ];
            if rng.chance(40) {
                a.extend([b("LIMIT"), rand_int(rng), rand_int(rng)]);
            }
            a
        }
        18 => {
            let mut a = vec![b("ZREVRANGE"), key, rand_int(rng), rand_int(rng)];
            if rng.chance(50) {
                a.push(b("WITHSCORES"));
            }
            a
        }
        19 => vec![b("ZREMRANGEBYRANK"), key, rand_int(rng), rand_int(rng)],
        20 => vec![b("ZREMRANGEBYSCORE"), key, rand_bound(rng), rand_bound(rng)],
        21 => vec![b("ZREMRANGEBYLEX"), b("lex"), rand_lex(rng), rand_lex(rng)],
        22 => {
            let mut a = vec![b(rng.pick(&["ZPOPMIN", "ZPOPMAX"])), key];
            if rng.chance(60) {
                a.push(rng.range(-1, 4).to_string().into_bytes());
            }
            a
        }
        23 => {
            let mut a = vec![
                b("ZRANGESTORE"),
                b(rng.pick(&["z1", "z2", "z3", "str"])),
                key,
            ];
            a.push(rand_int(rng));
            a.push(rand_int(rng));
            a
        }
        24 => vec![b("OBJECT"), b("ENCODING"), key],
        _ => vec![b("ZRANGE"), key, b("0"), b("-1"), b("WITHSCORES")],
    };
    if rng.chance(1) {
        args.truncate(2);
    }
    RCmd {
        args,
        cmp: Cmp::Exact,
    }
}

#[test]
fn randomized_zset_commands() {
    let mut first = true;
    diff_random(11, 3000, move |rng| {
        if first {
            first = false;
            return RCmd::new(&["SET", "str", "x"]);
        }
        random_zset_command(rng)
    });
}

#[test]
fn randomized_zset_commands_small_listpack() {
    let mut step = 0;
    diff_random(12, 3000, move |rng| {
        step += 1;
        match step {
            1 => RCmd::new(&["CONFIG", "SET", "zset-max-listpack-entries", "4"]),
            2 => RCmd::new(&["SET", "str", "x"]),
            _ => random_zset_command(rng),
        }
    });
}
