//! Transactions (tests/unit/multi.tcl): MULTI, EXEC, DISCARD, WATCH, UNWATCH, differential
//! against redis-server 7.0.15, plus EXEC's atomicity across shards with `--threads 4`.
mod common;
use common::*;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

#[test]
fn multi_exec_basics() {
    diff(&[
        "SET a 1",
        "MULTI => OK",
        "INCR a => QUEUED",
        "SET b x => QUEUED",
        "MSET c 1 d 2 e 3 => QUEUED",
        "MGET a b c d e => QUEUED",
        "PING",
        "ECHO hi",
        "EXEC",
        "MGET a b c d e",
        "MULTI",
        "EXEC => []",
    ]);
}

#[test]
fn multi_errors_and_nesting() {
    diff(&[
        "EXEC => (error) ERR EXEC without MULTI",
        "DISCARD => (error) ERR DISCARD without MULTI",
        "MULTI",
        "MULTI => (error) ERR MULTI calls can not be nested",
        "WATCH x => (error) ERR WATCH inside MULTI is not allowed",
        "SET a 1",
        "EXEC",
        "GET a",
    ]);
}

#[test]
fn exec_fails_after_errors_while_queueing() {
    diff(&[
        "DEL foo1 foo2",
        "MULTI",
        "SET foo1 bar1",
        "NON-EXISTING-COMMAND x",
        "SET foo2 bar2",
        "EXEC",
        "EXISTS foo1 foo2 => (integer) 0",
        "MULTI",
        "GET",
        "EXEC",
        "EXEC",
        "MULTI",
        "SHUTDOWN",
        "EXEC",
        "MULTI",
        "SET a 1",
        "EXEC x",
        "EXEC",
        "EXEC x",
        "MULTI x",
        "DISCARD x",
    ]);
}

#[test]
fn runtime_errors_inside_exec_do_not_stop_the_rest() {
    diff(&[
        "MULTI",
        "SET a x",
        "INCR a",
        "GET a",
        "LCS a",
        "SELECT 99",
        "SET b{a} 2",
        "EXEC",
        "MGET a b{a}",
    ]);
}

#[test]
fn discard() {
    diff(&[
        "SET k v",
        "MULTI",
        "DEL k",
        "DISCARD => OK",
        "GET k => \"v\"",
        "EXEC",
    ]);
}

#[test]
fn select_and_flush_inside_multi() {
    diff(&[
        "FLUSHALL",
        "MSET a 1 b 2 c 3",
        "MULTI",
        "SELECT 3",
        "SET a 5",
        "DBSIZE",
        "SELECT 0",
        "DBSIZE",
        "KEYS b",
        "FLUSHDB",
        "DBSIZE",
        "EXEC",
        "SELECT 3",
        "GET a",
        "SELECT 0",
        "DBSIZE",
    ]);
}

#[test]
fn multi_resp3_and_hello_inside() {
    diff(&[
        "[hello] HELLO 3",
        "MULTI",
        "GET nokey",
        "EXEC",
        "WATCH k",
        "SET k 1",
        "MULTI",
        "EXEC => (null)",
        "MULTI",
        "HELLO 2",
        "PING",
        "[ignore] EXEC",
        "GET nokey => (nil)",
    ]);
}

#[test]
fn quit_and_reset_inside_multi() {
    diff(&[
        "MULTI",
        "SET a 1",
        "RESET => RESET",
        "EXEC => (error) ERR EXEC without MULTI",
        "GET a",
    ]);
}

#[test]
fn watch_basics() {
    diff(&[
        "WATCH => (error) ERR wrong number of arguments for 'watch' command",
        "UNWATCH x => (error) ERR wrong number of arguments for 'unwatch' command",
        "SET x 30",
        "WATCH x y z",
        "SET x 40",
        "MULTI",
        "PING",
        "EXEC",
        "WATCH x y z",
        "MULTI",
        "PING",
        "EXEC",
        "WATCH x",
        "UNWATCH",
        "SET x 1",
        "MULTI",
        "PING",
        "EXEC",
        "WATCH x",
        "MULTI",
        "DISCARD",
        "SET x 2",
        "MULTI",
        "PING",
        "EXEC",
        "WATCH x",
        "MULTI",
        "UNWATCH",
        "EXEC",
    ]);
}

#[test]
fn watch_from_another_connection() {
    diff(&[
        "SET x 1",
        "SET y 1",
        "WATCH x y{z} z",
        "[c1] SET z 5",
        "MULTI",
        "INCR x",
        "EXEC",
        "GET x",
        "WATCH x y{z} z",
        "[c1] GET z",
        "[c1] MSET x{q} 1 q 2",
        "MULTI",
        "INCR x",
        "INCR y{z}",
        "EXEC",
        "MGET x y{z}",
        "WATCH a",
        "[c1] DEL a",
        "MULTI",
        "PING",
        "EXEC",
        "WATCH a",
        "[c1] SET a 1",
        "MULTI",
        "PING",
        "EXEC",
    ]);
}

#[test]
fn watch_and_flush_and_swapdb() {
    diff(&[
        "SET x 1",
        "WATCH x",
        "[c1] FLUSHDB",
        "MULTI",
        "PING",
        "EXEC",
        "WATCH x",
        "[c1] FLUSHALL",
        "MULTI",
        "PING",
        "EXEC",
        "SET x 1",
        "WATCH x",
        "[c1] SWAPDB 0 1",
        "MULTI",
        "PING",
        "EXEC",
        "SELECT 1",
        "WATCH x",
        "[c1] FLUSHALL",
        "MULTI",
        "PING",
        "EXEC",
    ]);
}

#[test]
fn watch_expired_key() {
    diff(&[
        "SET x foo PX 100",
        "WATCH x",
        "[sleep 200]",
        "MULTI",
        "PING",
        "EXEC",
        "SET y foo PX 50",
        "[sleep 100]",
        "WATCH y",
        "MULTI",
        "PING",
        "EXEC",
    ]);
}

/// A client running MULTI; INCR a; INCR b; EXEC on keys of different shards while readers
/// MGET them: every read sees a == b.
#[test]
fn exec_is_atomic_across_shards() {
    let mut s = Server::start(&["--threads", "4"]);
    let port = s.port;
    let pairs: Vec<(String, String)> = (0..8)
        .map(|i| (format!("txa:{i}:x"), format!("txb:{}:yy", i * 31 + 7)))
        .collect();
    let pairs = Arc::new(pairs);
    let done = Arc::new(AtomicBool::new(false));
    let mut writers = Vec::new();
    for w in 0..2 {
        let pairs = pairs.clone();
        writers.push(std::thread::spawn(move || {
            let mut c = Conn::connect(port);
            for round in 0..400 {
                let (a, b) = &pairs[(round + w) % pairs.len()];
                assert_eq!(c.cmd(&["MULTI"]), b"+OK\r\n");
                assert_eq!(c.cmd(&["INCR", a]), b"+QUEUED\r\n");
                assert_eq!(c.cmd(&["INCR", b]), b"+QUEUED\r\n");
                let r = c.cmd(&["EXEC"]);
                let v = array_of(&r);
                assert_eq!(v.len(), 2, "{}", pretty(&r));
            }
        }));
    }
    let mut readers = Vec::new();
    for r in 0..2 {
        let (pairs, done) = (pairs.clone(), done.clone());
        readers.push(std::thread::spawn(move || {
            let mut c = Conn::connect(port);
            let mut n = 0usize;
            while !done.load(Ordering::Relaxed) || n < 200 {
                let (a, b) = &pairs[(n + r) % pairs.len()];
                let reply = c.cmd(&["MGET", a, b]);
                let v = array_of(&reply);
                assert_eq!(
                    v[0],
                    v[1],
                    "non-atomic EXEC seen by MGET: {}",
                    pretty(&reply)
                );
                n += 1;
            }
        }));
    }
    for w in writers {
        w.join().unwrap_or_else(|e| std::panic::resume_unwind(e));
    }
    done.store(true, Ordering::Relaxed);
    for r in readers {
        r.join().unwrap_or_else(|e| std::panic::resume_unwind(e));
    }
    let mut c = Conn::connect(port);
    let mut total = 0;
    for (a, b) in pairs.iter() {
        let reply = c.cmd(&["MGET", a, b]);
        let v = array_of(&reply);
        assert_eq!(v[0], v[1]);
        total += match &v[0] {
            Reply::Bulk(b) => String::from_utf8_lossy(b).parse::<i64>().unwrap(),
            _ => 0,
        };
    }
    assert_eq!(total, 800, "every EXEC ran exactly once");
    assert!(s.is_running(), "server died");
    s.stop();
}

/// Writes that change nothing signal no modified key in Redis, so a WATCH survives them.
#[test]
fn watch_survives_writes_that_change_nothing() {
    diff(&[
        "RPUSH l a b c => (integer) 3",
        "WATCH l",
        "LREM l 0 zzz => (integer) 0",
        "LINSERT l BEFORE zzz x => (integer) -1",
        "LPOP l 0 => []",
        "MULTI => OK",
        "LLEN l => QUEUED",
        "EXEC => [(integer) 3]",
        "WATCH l",
        "LREM l 1 a => (integer) 1",
        "MULTI => OK",
        "LLEN l => QUEUED",
        "EXEC => (nil array)",
        "HSET h f v => (integer) 1",
        "SADD s a => (integer) 1",
        "SADD s2 b => (integer) 1",
        "PFADD p x => (integer) 1",
        "WATCH h s p",
        "HDEL h nofield => (integer) 0",
        "HSETNX h f other => (integer) 0",
        "SADD s a => (integer) 0",
        "SREM s nomember => (integer) 0",
        "SMOVE s s a => (integer) 1",
        "PFADD p x => (integer) 0",
        "MULTI => OK",
        "PING => QUEUED",
        "EXEC => [PONG]",
        "ZADD z 1 a => (integer) 1",
        "WATCH z",
        "ZADD z 1 a => (integer) 0",
        "ZADD z XX 5 nomember => (integer) 0",
        "ZINCRBY z 0 a => \"1\"",
        "ZREM z nomember => (integer) 0",
        "ZREMRANGEBYSCORE z 10 20 => (integer) 0",
        "ZREMRANGEBYRANK z 5 9 => (integer) 0",
        "MULTI => OK",
        "PING => QUEUED",
        "EXEC => [PONG]",
        "WATCH s",
        "SREM s a => (integer) 1",
        "MULTI => OK",
        "PING => QUEUED",
        "EXEC => (nil array)",
    ]);
}

/// For each (key, command): from a fresh `setup`, WATCH the key, run the command from another
/// connection, then an EXEC, which fails only if the command counted as modifying the key.
fn watch_cases(setup: &[&str], cases: &[(&str, &str)]) {
    let mut lines: Vec<String> = Vec::new();
    for (watch, cmd) in cases {
        lines.push("FLUSHALL".into());
        lines.extend(setup.iter().map(|l| l.to_string()));
        lines.push(format!("WATCH {watch}"));
        lines.push(format!("[c1] {cmd}"));
        lines.push("MULTI".into());
        lines.push("PING".into());
        lines.push("EXEC".into());
    }
    let lines: Vec<&str> = lines.iter().map(|l| l.as_str()).collect();
    diff(&lines);
}

/// Redis signals only the keys a command modifies: not the sources of a store command, not
/// the destination of an LMOVE from nothing, not the keys LMPOP/ZMPOP did not pop from. Each
/// case: WATCH one key, another connection runs the command, then an EXEC that fails only if
/// the key counted as modified. Plain key names, so with --threads 4 most of these commands
/// span shards.
#[test]
fn watch_sees_only_the_keys_a_write_modifies() {
    let setup = [
        "SADD s1 a b",
        "SADD s2 b c",
        "ZADD z1 1 a 2 b",
        "ZADD z2 3 c",
        "RPUSH l1 x y",
        "RPUSH l2 z",
        "RPUSH dst3 q",
        "SET b1 abc",
        "SET b2 xyz",
        "PFADD p1 a b c",
        "SET str hello",
    ];
    let cases: &[(&str, &str)] = &[
        ("s1", "SINTERSTORE dst s1 s2"),
        ("s2", "SUNIONSTORE dst s1 s2"),
        ("s1", "SDIFFSTORE dst s1 s2"),
        ("dst", "SINTERSTORE dst s1 s2"),
        ("nodst", "SINTERSTORE nodst s1 nosuchset"),
        ("z1", "ZUNIONSTORE zd 2 z1 z2"),
        ("z2", "ZINTERSTORE zd 2 z1 z2"),
        ("z1", "ZDIFFSTORE zd 2 z1 z2"),
        ("z1", "ZRANGESTORE zd z1 0 -1"),
        ("zd", "ZRANGESTORE zd z1 0 -1"),
        ("s1", "SORT s1 ALPHA STORE sd"),
        ("b1", "BITOP AND bd b1 b2"),
        ("p1", "PFMERGE pd p1"),
        ("str", "COPY str strcopy"),
        ("s1", "SMOVE s1 s2 a"),
        ("s2", "SMOVE s1 s2 b"),
        ("dst3", "LMOVE nosrc dst3 LEFT LEFT"),
        ("dst3", "RPOPLPUSH nosrc dst3"),
        ("dst3", "LMOVE l2 dst3 LEFT LEFT"),
        ("l2", "LMPOP 2 l1 l2 LEFT"),
        ("l1", "LMPOP 2 l1 l2 LEFT"),
        ("z2", "ZMPOP 2 z1 z2 MIN"),
        ("z1", "ZPOPMIN z1 0"),
        ("z1", "ZPOPMAX z1"),
        ("s1", "SINTERCARD 2 s1 s2"),
        ("s1", "SPOP s1 0"),
        ("s1", "SREM s1 a"),
        ("l1", "LPOP l1 0"),
        ("l1", "LTRIM l1 0 -1"),
        ("l1", "RPOPLPUSH l1 l1"),
        ("z1", "ZADD z1 GT 0 a"),
        ("z1", "ZMPOP 1 z1 MIN COUNT 1"),
    ];
    watch_cases(&setup, cases);
}

/// Writes to strings and key metadata that change nothing signal nothing in Redis (and those
/// that change something do): each case WATCHes `k` (a string with a TTL) or `p` (one
/// without), another connection runs the command, then EXEC succeeds only if Redis did not
/// signal the key.
#[test]
fn watch_ignores_key_writes_that_change_nothing() {
    let setup = ["SET k v EX 100", "SET p v", "SET n 10"];
    let cases: &[(&str, &str)] = &[
        ("p", "PERSIST p"),
        ("k", "PERSIST k"),
        ("k", "EXPIRE k 200 NX"),
        ("p", "EXPIRE p 200 XX"),
        ("k", "EXPIRE k 50 GT"),
        ("k", "EXPIRE k 500 LT"),
        ("k", "EXPIRE k 500 GT"),
        ("k", "GETEX k"),
        ("k", "GETEX k PERSIST"),
        ("p", "GETEX p PERSIST"),
        ("k", "SETNX k other"),
        ("k", "SET k other NX"),
        ("p", "SET p other XX"),
        ("k", "MSETNX k a newkey b"),
        ("k", "SETRANGE k 0 \"\""),
        ("k", "SETRANGE k 1 x"),
        ("k", "APPEND k \"\""),
        ("k", "RENAME k k"),
        ("k", "RENAMENX k p"),
        ("n", "INCRBY n 0"),
        ("k", "GETDEL nokey"),
        ("k", "COPY k p"),
        ("k", "EXPIRE k -1"),
        ("p", "SET p v KEEPTTL"),
        ("p", "GETSET p v"),
        ("k", "SETBIT k 0 0"),
        ("k", "SETBIT k 1 1"),
        ("k", "SETBIT k 100 0"),
        ("k", "GETEX k EX 100"),
        ("k", "SET k v GET NX"),
        ("n", "INCRBYFLOAT n 0"),
    ];
    watch_cases(&setup, cases);
}

/// MOVE and COPY ... DB n modify a key of another database: a WATCH there sees it.
#[test]
fn watch_sees_writes_into_another_database() {
    diff(&[
        "[c1] SELECT 1",
        "[c1] WATCH k c",
        "SET k v",
        "MOVE k 1",
        "[c1] MULTI",
        "[c1] PING",
        "[c1] EXEC",
        "[c1] WATCH c",
        "SET s v",
        "COPY s c DB 1",
        "[c1] MULTI",
        "[c1] PING",
        "[c1] EXEC",
        "[c1] WATCH c",
        "COPY s c DB 1",
        "[c1] MULTI",
        "[c1] PING",
        "[c1] EXEC",
        "[c1] WATCH k",
        "SET k v2",
        "MOVE k 1",
        "[c1] MULTI",
        "[c1] PING",
        "[c1] EXEC",
    ]);
}

/// Inside EXEC, a command after a cross-shard one must see what that one wrote, also when its
/// key lives on the thread running the EXEC. Sixteen connections with their own keys: with
/// four threads, some connection's EXEC runs on the thread owning its `{aN}` key.
#[test]
fn exec_sees_its_own_cross_shard_writes() {
    let mut lines: Vec<String> = Vec::new();
    for c in 0..16 {
        let (a, b) = (format!("{{a{c}}}l"), format!("{{b{c}}}l"));
        lines.push(format!("[c{c}] RPUSH {a} 1 2 3 => (integer) 3"));
        lines.push(format!("[c{c}] MULTI => OK"));
        lines.push(format!("[c{c}] LMOVE {a} {b} RIGHT LEFT => QUEUED"));
        lines.push(format!("[c{c}] LPUSH {a} z => QUEUED"));
        lines.push(format!(
            "[c{c}] SUNIONSTORE {{b{c}}}s {{a{c}}}nos => QUEUED"
        ));
        lines.push(format!("[c{c}] LRANGE {a} 0 -1 => QUEUED"));
        lines.push(format!(
            "[c{c}] EXEC => [\"3\", (integer) 3, (integer) 0, [\"z\", \"1\", \"2\"]]"
        ));
        lines.push(format!("[c{c}] LRANGE {a} 0 -1 => [\"z\", \"1\", \"2\"]"));
        lines.push(format!("[c{c}] LRANGE {b} 0 -1 => [\"3\"]"));
    }
    let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
    diff(&refs);
}
