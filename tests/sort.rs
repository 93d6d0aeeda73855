//! SORT and SORT_RO (tests/unit/sort.tcl): differential against redis-server 7.0.15.
//! Most keys share the hash tag `{s}`; `patterns_name_keys_of_any_shard` uses plain names, so
//! with four threads the keys its patterns name live on other shards than the sorted key.
mod common;
use common::*;

const WEIGHTS: &[&str] = &[
    "MSET {s}w_1 30 {s}w_2 10 {s}w_3 20 {s}w_4 10 => OK",
    "MSET {s}o_1 one {s}o_2 two {s}o_3 three {s}o_4 four => OK",
    "HSET {s}h_1 f 3 => (integer) 1",
    "HSET {s}h_2 f 1 => (integer) 1",
    "HSET {s}h_3 f 2 => (integer) 1",
];

fn with_weights(lines: &[&str]) -> Vec<String> {
    WEIGHTS.iter().chain(lines).map(|s| s.to_string()).collect()
}

fn run(lines: Vec<String>) {
    let refs: Vec<&str> = lines.iter().map(|s| s.as_str()).collect();
    diff(&refs);
}

#[test]
fn sort_list_numeric_alpha_desc_limit() {
    diff(&[
        "RPUSH {s}l 3 1 2 10 -5 1.5 => (integer) 6",
        "SORT {s}l => [\"-5\", \"1\", \"1.5\", \"2\", \"3\", \"10\"]",
        "SORT {s}l DESC",
        "SORT {s}l ALPHA",
        "SORT {s}l ALPHA DESC",
        "SORT {s}l LIMIT 1 2",
        "SORT {s}l LIMIT 1 2 DESC",
        "SORT {s}l LIMIT -5 2",
        "SORT {s}l LIMIT 4 100",
        "SORT {s}l LIMIT 10 1",
        "SORT {s}l LIMIT 0 0",
        "SORT {s}l LIMIT 0 -1",
        "SORT {s}l LIMIT 2 -7",
        "SORT_RO {s}l DESC",
        "SORT_RO {s}l LIMIT 1 1 ALPHA",
        "SORT {s}l limit 1 2 desc alpha",
        "RPUSH {s}bad 1 x 2 => (integer) 3",
        "SORT {s}bad => (error) ERR One or more scores can't be converted into double",
        "SORT {s}bad ALPHA",
        "RPUSH {s}sp \" 5\" \"\" 0x10 1e400 => (integer) 4",
        "SORT {s}sp",
        "SORT {s}sp ALPHA",
        "SORT {s}nokey",
        "SORT {s}nokey LIMIT 0 5 ALPHA DESC",
    ]);
}

#[test]
fn sort_by_and_get_patterns() {
    run(with_weights(&[
        "RPUSH {s}l 1 2 3 4 => (integer) 4",
        "SORT {s}l BY {s}w_*",
        "SORT {s}l BY {s}w_* DESC",
        "SORT {s}l BY {s}w_* GET {s}o_*",
        "SORT {s}l BY {s}w_* GET # GET {s}o_* GET {s}missing_*",
        "SORT {s}l BY {s}w_* LIMIT 1 2 GET {s}o_*",
        "SORT {s}l BY {s}o_* ALPHA",
        "SORT {s}l BY {s}o_* ALPHA DESC",
        "SORT {s}l BY {s}h_*->f",
        "SORT {s}l BY {s}h_*->f GET {s}h_*->f GET {s}h_*->nofield",
        "SORT {s}l BY {s}h_*-> GET {s}h_*->",
        "SORT {s}l BY nosort",
        "SORT {s}l BY nosort DESC",
        "SORT {s}l BY nosort LIMIT 1 2",
        "SORT {s}l BY nosort LIMIT 1 2 DESC",
        "SORT {s}l BY nosort BY {s}w_*",
        "SORT {s}l GET nostar",
        "SORT {s}l BY {s}o_* => (error) ERR One or more scores can't be converted into double",
        "SORT {s}l BY {s}missing_*",
        "SORT {s}l GET {s}l",
        "SORT {s}l BY {s}w_* GET",
        "SORT {s}l BY => (error) ERR syntax error",
        "SORT {s}l LIMIT 1 => (error) ERR syntax error",
        "SORT {s}l LIMIT a 1 => (error) ERR value is not an integer or out of range",
        "SORT {s}l FOO => (error) ERR syntax error",
        "SORT_RO {s}l STORE {s}d => (error) ERR syntax error",
        "SORT_RO {s}l BY {s}w_* GET {s}o_*",
    ]));
}

#[test]
fn sort_store() {
    run(with_weights(&[
        "RPUSH {s}l 4 1 3 2 => (integer) 4",
        "SORT {s}l STORE {s}d => (integer) 4",
        "LRANGE {s}d 0 -1",
        "TYPE {s}d => list",
        "OBJECT ENCODING {s}d",
        "SORT {s}l BY {s}w_* GET {s}o_* GET {s}nope_* STORE {s}d",
        "LRANGE {s}d 0 -1",
        "SET {s}str x => OK",
        "EXPIRE {s}str 100 => (integer) 1",
        "SORT {s}l STORE {s}str LIMIT 0 2 => (integer) 2",
        "TTL {s}str => (integer) -1",
        "LRANGE {s}str 0 -1",
        "SORT {s}l STORE {s}str LIMIT 9 2 => (integer) 0",
        "EXISTS {s}str => (integer) 0",
        "SORT {s}nokey STORE {s}d => (integer) 0",
        "EXISTS {s}d => (integer) 0",
        "SORT {s}l STORE {s}l DESC => (integer) 4",
        "LRANGE {s}l 0 -1",
        "SORT {s}l STORE {s}a STORE {s}b => (integer) 4",
        "EXISTS {s}a {s}b => (integer) 1",
        "COMMAND GETKEYS SORT {s}l STORE {s}a LIMIT 0 1",
        "COMMAND GETKEYS SORT {s}l BY x STORE {s}a STORE {s}b",
        "COMMAND GETKEYS SORT_RO {s}l",
    ]));
}

#[test]
fn sort_sets_zsets_and_wrongtype() {
    run(with_weights(&[
        "SADD {s}set 3 1 2 4 => (integer) 4",
        "SORT {s}set",
        "SORT {s}set DESC LIMIT 0 2",
        "SORT {s}set BY {s}w_*",
        "SORT {s}set BY {s}w_* GET {s}o_*",
        "SORT {s}set BY nosort",
        "SORT {s}set BY nosort STORE {s}d => (integer) 4",
        "LRANGE {s}d 0 -1",
        "SADD {s}aset c a b => (integer) 3",
        "SORT {s}aset ALPHA",
        "SORT {s}aset BY nosort STORE {s}d => (integer) 3",
        "LRANGE {s}d 0 -1",
        "SORT {s}aset => (error) ERR One or more scores can't be converted into double",
        "ZADD {s}z 3 a 1 b 2 c 1 d => (integer) 4",
        "OBJECT ENCODING {s}z => \"listpack\"",
        "SORT {s}z ALPHA",
        "OBJECT ENCODING {s}z => \"skiplist\"",
        "SORT {s}z ALPHA DESC LIMIT 1 2",
        "SORT {s}z BY nosort",
        "SORT {s}z BY nosort DESC",
        "SORT {s}z BY nosort LIMIT 1 2",
        "SORT {s}z BY nosort DESC LIMIT 1 2",
        "SORT {s}z BY nosort LIMIT 3 10 DESC",
        "ZADD {s}zn 0 3 0 1 0 2 => (integer) 3",
        "SORT {s}zn",
        "SORT {s}zn BY {s}w_* GET {s}o_*",
        "SET {s}str x => OK",
        "SORT {s}str => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "HSET {s}hash a b => (integer) 1",
        "SORT {s}hash => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "SORT_RO {s}str => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "SORT => (error) ERR wrong number of arguments for 'sort' command",
        "SORT_RO => (error) ERR wrong number of arguments for 'sort_ro' command",
    ]));
}

/// A larger random list sorted every way, compared reply by reply.
#[test]
fn sort_random_lists() {
    diff_random(0x5047, 1500, |rng| {
        let op = rng.below(10);
        let key = format!("{{s}}l{}", rng.below(3));
        match op {
            0..=3 => {
                let v = match rng.below(4) {
                    0 => format!("{}", rng.below(100) as i64 - 50),
                    1 => format!("{}.{}", rng.below(100), rng.below(100)),
                    2 => format!("w{}", rng.below(30)),
                    _ => format!("{}", rng.below(20)),
                };
                RCmd::new(&["RPUSH", &key, &v])
            }
            4 => {
                let w = format!("{{s}}w_{}", rng.below(20));
                let v = format!("{}", rng.below(50));
                RCmd::new(&["SET", &w, &v])
            }
            _ => {
                let mut args: Vec<String> = vec!["SORT".into(), key];
                if rng.below(3) == 0 {
                    args.push("BY".into());
                    args.push(if rng.below(4) == 0 {
                        "nosort".into()
                    } else {
                        "{s}w_*".into()
                    });
                }
                if rng.below(2) == 0 {
                    args.push("ALPHA".into());
                }
                if rng.below(2) == 0 {
                    args.push("DESC".into());
                }
                if rng.below(3) == 0 {
                    args.push("LIMIT".into());
                    args.push(format!("{}", rng.below(12) as i64 - 2));
                    args.push(format!("{}", rng.below(12) as i64 - 2));
                }
                if rng.below(3) == 0 {
                    args.push("GET".into());
                    args.push(if rng.below(2) == 0 {
                        "#".into()
                    } else {
                        "{s}w_*".into()
                    });
                }
                if rng.below(4) == 0 {
                    args.push("STORE".into());
                    args.push("{s}dst".into());
                }
                let refs: Vec<&str> = args.iter().map(|s| s.as_str()).collect();
                RCmd::new(&refs)
            }
        }
    });
}

/// SORT looks its key up once (one keyspace hit or miss), and each BY/GET key once per use.
#[test]
fn sort_counts_keyspace_hits_and_misses() {
    Script::new()
        .lines(&[
            "CONFIG RESETSTAT => OK",
            "RPUSH {s}l 3 1 2 => (integer) 3",
            "SET {s}w_1 5 => OK",
            "SORT {s}l => [\"1\", \"2\", \"3\"]",
            "SORT {s}nokey => []",
            "SORT {s}l BY {s}w_* GET # GET {s}o_*",
            "SORT_RO {s}l BY nosort LIMIT 0 1 => [\"3\"]",
            "SORT {s}l STORE {s}d => (integer) 3",
        ])
        .check("INFO stats", same_hits_and_misses)
        .run();
}

/// BY and GET patterns naming keys spread over the shards: with --threads 4 the server finds
/// them from the sorted key's elements and brings them to SORT, also inside MULTI/EXEC, and
/// SORT counts its lookups as on one thread.
#[test]
fn patterns_name_keys_of_any_shard() {
    let mut lines: Vec<String> = vec!["CONFIG RESETSTAT".into()];
    let mut ids = String::from("RPUSH ids");
    let mut weights = String::from("MSET");
    for i in 0..60 {
        ids.push_str(&format!(" {i}"));
        weights.push_str(&format!(" w_{i} {}", (i * 37) % 50));
        lines.push(format!("SET name_{i} n{}", (i * 7) % 60));
        if i % 3 == 0 {
            lines.push(format!("HSET obj_{i} f {} g x{i}", (i * 11) % 60));
        }
    }
    lines.push(ids);
    lines.push(weights);
    lines.push("SADD sids a b c d".into());
    lines.push("MSET w_a 3 w_b 1 w_c 2 name_a A name_b B".into());
    for cmd in [
        "SORT ids BY w_*",
        "SORT ids BY w_* DESC",
        "SORT ids BY w_* LIMIT 5 10 GET # GET name_*",
        "SORT ids BY obj_*->f GET obj_*->g GET name_*",
        "SORT ids BY name_* ALPHA GET name_*",
        "SORT ids BY nosort GET name_* LIMIT 0 7",
        "SORT ids GET w_* GET nosuchkey_*",
        "SORT_RO ids BY w_* GET name_*",
        "SORT sids BY w_* GET name_* GET #",
        "SORT sids BY nosort GET name_* ALPHA STORE dst",
        "LRANGE dst 0 -1",
        "SORT ids BY w_* GET name_* STORE dst",
        "LRANGE dst 0 -1",
        "MULTI",
        "SORT ids BY w_* LIMIT 0 5 GET name_*",
        "SET w_1 -1",
        "RPUSH ids 99",
        "SET name_99 last",
        "SORT ids BY w_* LIMIT 0 5 GET name_*",
        "SORT ids BY w_* GET name_* STORE dst2",
        "EXEC",
        "LRANGE dst2 0 4",
    ] {
        lines.push(cmd.into());
    }
    let refs: Vec<&str> = lines.iter().map(|s| s.as_str()).collect();
    Script::new()
        .lines(&refs)
        .check("INFO stats", same_hits_and_misses)
        .run();
}
