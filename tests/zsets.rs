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

#[test]
fn zmpop() {
    diff(&[
        "ZADD a 1 x 2 y 3 z",
        "ZADD b 10 p 20 q",
        "ZMPOP 1 nokey MIN => (nil array)",
        "ZMPOP 2 nokey a MIN => [\"a\", [[\"x\", \"1\"]]]",
        "ZMPOP 2 a b MAX COUNT 10 => [\"a\", [[\"z\", \"3\"], [\"y\", \"2\"]]]",
        "EXISTS a => (integer) 0",
        "ZMPOP 2 a b MIN COUNT 1",
        "ZMPOP 0 a MIN => (error) ERR numkeys should be greater than 0",
        "ZMPOP -1 a MIN => (error) ERR numkeys should be greater than 0",
        "ZMPOP x a MIN => (error) ERR numkeys should be greater than 0",
        "ZMPOP 3 a b MIN => (error) ERR syntax error",
        "ZMPOP 1 a b => (error) ERR syntax error",
        "ZMPOP 1 b MIN COUNT 0 => (error) ERR count should be greater than 0",
        "ZMPOP 1 b MIN COUNT x => (error) ERR count should be greater than 0",
        "ZMPOP 1 b MIN COUNT 1 COUNT 1 => (error) ERR syntax error",
        "ZMPOP 1 b MIN COUNT => (error) ERR syntax error",
        "ZMPOP 1 b MIN FOO => (error) ERR syntax error",
        "ZMPOP 1 b => (error) ERR wrong number of arguments for 'zmpop' command",
        "SET s x",
        "ZMPOP 2 s b MIN => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "ZMPOP 2 nokey s MIN => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "[hello] HELLO 3",
        "ZMPOP 1 b max",
        "ZMPOP 1 b max",
    ]);
}

#[test]
fn zunion_zinter_zdiff() {
    diff(&[
        "ZADD a 1 x 2 y 3 z",
        "ZADD b 10 y 20 z 30 w",
        "ZADD c 5 z",
        "ZUNION 2 a b => [\"x\", \"y\", \"z\", \"w\"]",
        "ZUNION 2 a b WITHSCORES",
        "ZUNION 2 a b WEIGHTS 2 0.5 WITHSCORES",
        "ZUNION 2 a b AGGREGATE MIN WITHSCORES",
        "ZUNION 2 a b AGGREGATE max WITHSCORES",
        "ZUNION 3 a b c WEIGHTS 1 1 inf AGGREGATE SUM WITHSCORES",
        "ZUNION 2 a nokey WITHSCORES",
        "ZINTER 2 a b WITHSCORES",
        "ZINTER 3 a b c WITHSCORES",
        "ZINTER 2 a b WEIGHTS 0 inf WITHSCORES",
        "ZINTER 2 a b WEIGHTS inf -inf WITHSCORES",
        "ZINTER 2 a b WEIGHTS inf -inf AGGREGATE MIN WITHSCORES",
        "ZINTER 2 a nokey",
        "ZINTER 2 a a WITHSCORES",
        "ZDIFF 2 a b WITHSCORES",
        "ZDIFF 3 b a c WITHSCORES",
        "ZDIFF 1 a",
        "ZDIFF 2 a a",
        "ZDIFF 2 nokey a",
        "ZINTERCARD 2 a b => (integer) 2",
        "ZINTERCARD 2 a b LIMIT 1 => (integer) 1",
        "ZINTERCARD 2 a b LIMIT 0 => (integer) 2",
        "ZINTERCARD 2 a b LIMIT -1 => (error) ERR LIMIT can't be negative",
        "ZINTERCARD 2 a b LIMIT x => (error) ERR LIMIT can't be negative",
        "ZINTERCARD 2 a b LIMIT => (error) ERR syntax error",
        "ZINTERCARD 2 a b WITHSCORES => (error) ERR syntax error",
        "ZINTERCARD 0 a => (error) ERR at least 1 input key is needed for 'zintercard' command",
        "ZUNION 0 a => (error) ERR at least 1 input key is needed for 'zunion' command",
        "ZINTER -1 a => (error) ERR at least 1 input key is needed for 'zinter' command",
        "ZDIFF 0 a => (error) ERR at least 1 input key is needed for 'zdiff' command",
        "ZUNION x a => (error) ERR value is not an integer or out of range",
        "ZUNION 3 a b => (error) ERR syntax error",
        "ZUNION 2 a b WEIGHTS 1 => (error) ERR syntax error",
        "ZUNION 2 a b WEIGHTS 1 x => (error) ERR weight value is not a float",
        "ZUNION 2 a b AGGREGATE foo => (error) ERR syntax error",
        "ZUNION 2 a b AGGREGATE => (error) ERR syntax error",
        "ZDIFF 2 a b WEIGHTS 1 2 => (error) ERR syntax error",
        "ZDIFF 2 a b AGGREGATE SUM => (error) ERR syntax error",
        "ZUNION 2 a b FOO => (error) ERR syntax error",
        "SET s x",
        "ZUNION 2 a s => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "ZINTER 2 s a FOO => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "ZINTERCARD 2 a s => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "[hello] HELLO 3",
        "ZUNION 2 a b WITHSCORES",
        "ZINTER 2 a b",
        "ZDIFF 2 a b WITHSCORES",
    ]);
}

#[test]
fn zunionstore_zinterstore_zdiffstore() {
    diff(&[
        "ZADD a 1 x 2 y 3 z",
        "ZADD b 10 y 20 z 30 w",
        "ZUNIONSTORE d 2 a b => (integer) 4",
        "ZRANGE d 0 -1 WITHSCORES",
        "OBJECT ENCODING d => \"listpack\"",
        "ZINTERSTORE d 2 a b WEIGHTS 1 2 AGGREGATE MAX => (integer) 2",
        "ZRANGE d 0 -1 WITHSCORES",
        "ZDIFFSTORE d 2 b a => (integer) 1",
        "ZRANGE d 0 -1 WITHSCORES",
        "ZUNIONSTORE d 2 a b WITHSCORES => (error) ERR syntax error",
        "ZUNIONSTORE d 0 a => (error) ERR at least 1 input key is needed for 'zunionstore' command",
        "ZINTERSTORE d 0 a => (error) ERR at least 1 input key is needed for 'zinterstore' command",
        "ZDIFFSTORE d 0 a => (error) ERR at least 1 input key is needed for 'zdiffstore' command",
        "SET d v",
        "EXPIRE d 100",
        "ZUNIONSTORE d 1 a => (integer) 3",
        "TTL d => (integer) -1",
        "ZINTERSTORE d 2 a nokey => (integer) 0",
        "EXISTS d => (integer) 0",
        "SET d v",
        "ZDIFFSTORE d 2 a a => (integer) 0",
        "EXISTS d => (integer) 0",
        "ZUNIONSTORE a 2 a b => (integer) 4",
        "ZRANGE a 0 -1 WITHSCORES",
        "SET s x",
        "ZUNIONSTORE d 2 a s => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "ZUNIONSTORE s 1 a => (integer) 4",
        "TYPE s => zset",
        "ZUNIONSTORE d => (error) ERR wrong number of arguments for 'zunionstore' command",
        "ZUNIONSTORE d 1 => (error) ERR wrong number of arguments for 'zunionstore' command",
    ]);
}

#[test]
fn store_results_convert_back_to_listpack_when_small() {
    let mut lines: Vec<String> = vec!["CONFIG SET zset-max-listpack-entries 4".into()];
    lines.push("ZADD big 1 a 2 b 3 c 4 d 5 e 6 f".into());
    lines.push("OBJECT ENCODING big => \"skiplist\"".into());
    lines.push("ZADD small 1 a 2 b".into());
    lines.push("ZINTERSTORE d 2 big small => (integer) 2".into());
    lines.push("OBJECT ENCODING d => \"listpack\"".into());
    lines.push("ZUNIONSTORE d 2 big small => (integer) 6".into());
    lines.push("OBJECT ENCODING d => \"skiplist\"".into());
    lines.push("ZDIFFSTORE d 2 big small => (integer) 4".into());
    lines.push("OBJECT ENCODING d => \"listpack\"".into());
    lines.push("ZRANGESTORE d big 0 3".into());
    lines.push("OBJECT ENCODING d => \"listpack\"".into());
    lines.push("ZRANGESTORE d big 0 4".into());
    lines.push("OBJECT ENCODING d => \"skiplist\"".into());
    lines.push("CONFIG SET zset-max-listpack-value 2".into());
    lines.push("ZADD long 1 abc".into());
    lines.push("OBJECT ENCODING long => \"skiplist\"".into());
    lines.push("ZUNIONSTORE d 2 long small".into());
    lines.push("OBJECT ENCODING d => \"skiplist\"".into());
    lines.push("ZUNIONSTORE d 1 small".into());
    lines.push("OBJECT ENCODING d => \"listpack\"".into());
    let refs: Vec<&str> = lines.iter().map(|s| s.as_str()).collect();
    Script::new().lines(&refs).run();
}

/// Sets as inputs of ZUNION and friends count with score 1. Needs SADD (the sets family):
/// skipped on a build without it.
#[test]
fn set_inputs_count_with_score_one() {
    diff(&[
        "ZADD z 5 a 7 b",
        "SADD s a c",
        "SADD ints 3 1 2",
        "ZADD zi 10 1 20 5",
        "ZUNION 2 zi ints WITHSCORES",
        "ZINTER 2 ints zi AGGREGATE MAX WITHSCORES",
        "ZDIFFSTORE dd 2 ints zi",
        "ZRANGE dd 0 -1 WITHSCORES",
        "ZUNION 2 z s WITHSCORES",
        "ZINTER 2 z s WEIGHTS 1 3 WITHSCORES",
        "ZDIFF 2 s z WITHSCORES",
        "ZINTERCARD 2 s z",
        "ZUNIONSTORE d 2 s s",
        "ZRANGE d 0 -1 WITHSCORES",
    ]);
}

/// Checks a ZRANDMEMBER reply against the set it came from: `n` elements, each a member
/// (with its own score when `scores`), distinct when `unique`.
fn randmember_check(
    universe: &'static [(&'static str, &'static str)],
    n: usize,
    unique: bool,
    scores: bool,
) -> impl Fn(&[u8], &[u8]) -> Result<(), String> {
    move |redis: &[u8], cand: &[u8]| {
        for (who, bytes) in [("redis", redis), ("ringkv", cand)] {
            // ZRANDMEMBER without a count answers with a bulk string.
            let items = match parse(bytes) {
                Reply::Bulk(b) => vec![Reply::Bulk(b)],
                _ => array_of(bytes),
            };
            let step = if scores { 2 } else { 1 };
            if items.len() != n * step {
                return Err(format!("{who}: {} items, want {}", items.len(), n * step));
            }
            let mut seen = std::collections::HashSet::new();
            for pair in items.chunks(step) {
                let m = String::from_utf8(str_of(&pair[0])).unwrap();
                let Some((_, s)) = universe.iter().find(|(x, _)| *x == m) else {
                    return Err(format!("{who}: {m} is not a member"));
                };
                if scores && str_of(&pair[1]) != s.as_bytes() {
                    return Err(format!("{who}: wrong score for {m}"));
                }
                if !seen.insert(m.clone()) && unique {
                    return Err(format!("{who}: {m} twice"));
                }
            }
        }
        Ok(())
    }
}

const RAND_SET: &[(&str, &str)] = &[
    ("a", "1"),
    ("b", "2"),
    ("c", "3.5"),
    ("d", "4"),
    ("e", "5"),
    ("f", "6"),
    ("g", "7"),
    ("h", "8"),
    ("i", "9"),
    ("j", "10"),
];

fn zrandmember_script(setup: &[&str]) {
    let mut s = Script::new().lines(setup);
    s = s.line("ZADD z 1 a 2 b 3.5 c 4 d 5 e 6 f 7 g 8 h 9 i 10 j");
    s = s
        .check("ZRANDMEMBER z", randmember_check(RAND_SET, 1, true, false))
        .check(
            "ZRANDMEMBER z 1",
            randmember_check(RAND_SET, 1, true, false),
        )
        .check(
            "ZRANDMEMBER z 5",
            randmember_check(RAND_SET, 5, true, false),
        )
        .check(
            "ZRANDMEMBER z 2 WITHSCORES",
            randmember_check(RAND_SET, 2, true, true),
        )
        .check(
            "ZRANDMEMBER z 9 WITHSCORES",
            randmember_check(RAND_SET, 9, true, true),
        )
        .check(
            "ZRANDMEMBER z -30",
            randmember_check(RAND_SET, 30, false, false),
        )
        .check(
            "ZRANDMEMBER z -7 WITHSCORES",
            randmember_check(RAND_SET, 7, false, true),
        );
    s = s.lines(&[
        "ZRANDMEMBER z 10 WITHSCORES",
        "ZRANDMEMBER z 100",
        "ZRANDMEMBER z 0 => []",
        "ZRANDMEMBER z 0 WITHSCORES => []",
        "ZRANDMEMBER nokey => (nil)",
        "ZRANDMEMBER nokey 5 => []",
        "ZRANDMEMBER nokey -5 WITHSCORES => []",
        "ZRANDMEMBER z x => (error) ERR value is not an integer or out of range",
        "ZRANDMEMBER z 1 FOO => (error) ERR syntax error",
        "ZRANDMEMBER z 1 WITHSCORES x => (error) ERR syntax error",
        "ZRANDMEMBER z -9223372036854775808 => (error) ERR value is out of range, value must between -9223372036854775807 and 9223372036854775807",
        "ZRANDMEMBER z 9223372036854775807 WITHSCORES => (error) ERR value is out of range",
        "ZRANDMEMBER z -4611686018427387904 WITHSCORES => (error) ERR value is out of range",
        "SET str x",
        "ZRANDMEMBER str => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "ZRANDMEMBER str 3 => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "ZRANDMEMBER str x => (error) ERR value is not an integer or out of range",
        "[hello] HELLO 3",
        "ZRANDMEMBER z 10 WITHSCORES",
        "ZRANDMEMBER nokey",
    ]);
    s.run();
}

#[test]
fn zrandmember_listpack() {
    zrandmember_script(&[]);
}

#[test]
fn zrandmember_skiplist() {
    zrandmember_script(&["CONFIG SET zset-max-listpack-entries 1"]);
}

#[test]
fn zscan_listpack_is_one_exact_page() {
    diff(&[
        "ZADD z 1 a 2.5 b -0 c 1e17 d inf e 1000 f",
        "ZSCAN z 0",
        "ZSCAN z 0 COUNT 1",
        "ZSCAN z 0 MATCH a*",
        "ZSCAN z 0 MATCH * COUNT 100",
        "ZSCAN z 0 COUNT 0 => (error) ERR syntax error",
        "ZSCAN z 0 COUNT x => (error) ERR value is not an integer or out of range",
        "ZSCAN z 0 TYPE zset => (error) ERR syntax error",
        "ZSCAN z 0 MATCH => (error) ERR syntax error",
        "ZSCAN z x => (error) ERR invalid cursor",
        "ZSCAN nokey 0 => [\"0\", []]",
        "ZSCAN nokey 0 COUNT 0 => [\"0\", []]",
        "ZSCAN nokey x => (error) ERR invalid cursor",
        "SET s x",
        "ZSCAN s 0 => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "ZSCAN z => (error) ERR wrong number of arguments for 'zscan' command",
        "[hello] HELLO 3",
        "ZSCAN z 0",
    ]);
}

/// A skiplist zset's ZSCAN pages follow hash order (unspecified): collect a full scan on
/// each server and compare the member -> score maps.
#[test]
fn zscan_skiplist_returns_every_member_once_with_its_score() {
    on_each_server(&[], |srv| {
        let mut c = srv.conn();
        let mut args = vec!["ZADD".to_string(), "z".to_string()];
        for i in 0..500 {
            args.push(format!("{}.5", i as i64 - 250));
            args.push(format!("m{i}"));
        }
        c.cmd(&args);
        c.cmd(&["ZADD", "z", "-0", "neg0", "inf", "top"]);
        let mut seen = std::collections::BTreeMap::new();
        let mut cursor = "0".to_string();
        loop {
            let r = c.cmd(&["ZSCAN", "z", &cursor, "COUNT", "7", "MATCH", "*"]);
            let parts = array_of(&r);
            cursor = String::from_utf8(str_of(&parts[0])).unwrap();
            let Reply::Array(items) = &parts[1] else {
                panic!("not an array")
            };
            for pair in items.chunks(2) {
                let m = String::from_utf8(str_of(&pair[0])).unwrap();
                let s = String::from_utf8(str_of(&pair[1])).unwrap();
                if let Some(old) = seen.insert(m.clone(), s.clone()) {
                    assert_eq!(old, s, "{m} changed score");
                }
            }
            if cursor == "0" {
                break;
            }
        }
        assert_eq!(seen.len(), 502);
        assert_eq!(seen["m0"], "-250.5");
        assert_eq!(seen["neg0"], "-0");
        assert_eq!(seen["top"], "inf");
    });
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
    let mut args: Vec<Vec<u8>> = match rng.below(29) {
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
        25 => {
            let op = rng.pick(&[
                "ZUNION",
                "ZINTER",
                "ZDIFF",
                "ZUNIONSTORE",
                "ZINTERSTORE",
                "ZDIFFSTORE",
                "ZINTERCARD",
            ]);
            let mut a = vec![b(op)];
            if op.ends_with("STORE") {
                a.push(b(rng.pick(&["z1", "z2", "z3", "str", "dst"])));
            }
            let n = 1 + rng.below(3) as usize;
            a.push(n.to_string().into_bytes());
            for _ in 0..n {
                a.push(b(rng.pick(&["z1", "z2", "z3", "nokey", "str"])));
            }
            if !op.starts_with("ZDIFF") && op != "ZINTERCARD" {
                if rng.chance(40) {
                    a.push(b("WEIGHTS"));
                    for _ in 0..n {
                        a.push(b(rng.pick(&["1", "2", "-1", "0", "0.5", "inf"])));
                    }
                }
                if rng.chance(40) {
                    a.push(b("AGGREGATE"));
                    a.push(b(rng.pick(&["SUM", "MIN", "MAX"])));
                }
            }
            if op == "ZINTERCARD" && rng.chance(50) {
                a.extend([b("LIMIT"), rng.range(0, 3).to_string().into_bytes()]);
            }
            if !op.ends_with("STORE") && op != "ZINTERCARD" && rng.chance(50) {
                a.push(b("WITHSCORES"));
            }
            a
        }
        26 => {
            let mut a = vec![b("ZMPOP"), b("2"), key, b(rng.pick(&["z1", "z2", "z3"]))];
            a.push(b(rng.pick(&["MIN", "MAX"])));
            if rng.chance(50) {
                a.extend([b("COUNT"), rng.range(0, 3).to_string().into_bytes()]);
            }
            a
        }
        27 => vec![b("ZCARD"), key],
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

#[test]
fn command_info_and_getkeys() {
    diff(&[
        "COMMAND INFO zadd zcard zcount zdiff zdiffstore zincrby zinter zintercard zinterstore",
        "COMMAND INFO zlexcount zmpop zmscore zpopmax zpopmin zrandmember zrange zrangebylex",
        "COMMAND INFO zrangebyscore zrangestore zrank zrem zremrangebylex zremrangebyrank",
        "COMMAND INFO zremrangebyscore zrevrange zrevrangebylex zrevrangebyscore zrevrank",
        "COMMAND INFO zscan zscore zunion zunionstore",
        "COMMAND GETKEYS ZUNIONSTORE d 2 a b WEIGHTS 1 2",
        "COMMAND GETKEYS ZINTER 3 a b c",
        "COMMAND GETKEYS ZMPOP 2 a b MIN",
        "COMMAND GETKEYS ZRANGESTORE d s 0 -1",
        "COMMAND GETKEYS ZINTERCARD 1 a LIMIT 1",
        "COMMAND GETKEYS ZDIFFSTORE d 1 a",
    ]);
}

#[test]
fn randomized_zset_commands_all_skiplist() {
    let mut step = 0;
    diff_random(13, 3000, move |rng| {
        step += 1;
        match step {
            1 => RCmd::new(&["CONFIG", "SET", "zset-max-listpack-entries", "0"]),
            2 => RCmd::new(&["SET", "str", "x"]),
            _ => random_zset_command(rng),
        }
    });
}

#[test]
fn randomized_zset_commands_short_listpack_values() {
    let mut step = 0;
    diff_random(14, 3000, move |rng| {
        step += 1;
        match step {
            1 => RCmd::new(&["CONFIG", "SET", "zset-max-listpack-value", "2"]),
            2 => RCmd::new(&["SET", "str", "x"]),
            _ => random_zset_command(rng),
        }
    });
}
