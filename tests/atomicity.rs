//! Multi-shard invariants of ringkv with `--threads 4` (no redis needed).
//! The sharding function is unknown here, so every property is exercised on
//! many different keys: the chance that all of them share one shard is nil.
mod common;
use common::*;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Barrier};
use std::time::Duration;

fn server() -> Server {
    Server::start(&["--threads", "4"])
}

/// Key groups: group g holds `width` keys that differ in more than a suffix.
fn groups(n: usize, width: usize, tag: &str) -> Vec<Vec<String>> {
    (0..n)
        .map(|g| {
            (0..width)
                .map(|i| {
                    format!(
                        "{tag}:{}:{g}:{}",
                        ["a", "bb", "ccc", "dddd", "e5", "f6"][i % 6],
                        i * 7919 + g
                    )
                })
                .collect()
        })
        .collect()
}

/// Values in an MGET reply.
fn values(r: &[u8]) -> Vec<Option<Vec<u8>>> {
    array_of(r)
        .into_iter()
        .map(|e| match e {
            Reply::Bulk(b) => Some(b),
            Reply::NilBulk | Reply::Null => None,
            other => panic!("unexpected MGET element {other}"),
        })
        .collect()
}

/// Checks the values of one MGET reply.
type Check = fn(&[Option<Vec<u8>>]) -> Result<(), String>;

/// Writers run `write(conn, group, round, writer)`; readers run MGET on a
/// group and `check` every reply; stops when writers finish.
fn writers_vs_readers(
    width: usize,
    rounds: usize,
    write: fn(&mut Conn, &[String], usize, usize),
    check: Check,
) {
    let mut s = server();
    let port = s.port;
    let gs = Arc::new(groups(8, width, "atom"));
    let done = Arc::new(AtomicBool::new(false));
    let barrier = Arc::new(Barrier::new(4));
    let mut writers = Vec::new();
    for w in 0..2 {
        let (gs, barrier) = (gs.clone(), barrier.clone());
        writers.push(std::thread::spawn(move || {
            let mut c = Conn::connect(port);
            barrier.wait();
            for round in 0..rounds {
                let g = &gs[(round * 3 + w) % gs.len()];
                write(&mut c, g, round, w);
            }
        }));
    }
    let mut readers = Vec::new();
    for r in 0..2 {
        let (gs, barrier, done) = (gs.clone(), barrier.clone(), done.clone());
        readers.push(std::thread::spawn(move || {
            let mut c = Conn::connect(port);
            barrier.wait();
            let mut n = 0usize;
            while !done.load(Ordering::Relaxed) || n < 200 {
                let g = &gs[(n * 5 + r) % gs.len()];
                let mut args = vec!["MGET"];
                args.extend(g.iter().map(|k| k.as_str()));
                let reply = c.cmd(&args);
                let vals = values(&reply);
                assert_eq!(vals.len(), width);
                if let Err(e) = check(&vals) {
                    panic!(
                        "non-atomic MGET {:?} after {n} reads: {e}: {}",
                        g,
                        pretty(&reply)
                    );
                }
                n += 1;
            }
            n
        }));
    }
    for w in writers {
        w.join().unwrap_or_else(|e| std::panic::resume_unwind(e));
    }
    done.store(true, Ordering::Relaxed);
    let reads: usize = readers
        .into_iter()
        .map(|r| r.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
        .sum();
    assert!(reads >= 400);
    assert!(s.is_running(), "server died");
    s.stop();
}

fn mset_round(c: &mut Conn, keys: &[String], round: usize, writer: usize) {
    let v = format!("w{writer}-r{round}");
    let mut args = vec!["MSET".to_string()];
    for k in keys {
        args.push(k.clone());
        args.push(v.clone());
    }
    assert_eq!(c.cmd(&args), b"+OK\r\n");
}

fn all_equal(vals: &[Option<Vec<u8>>]) -> Result<(), String> {
    if vals.iter().all(|v| v == &vals[0]) {
        Ok(())
    } else {
        Err("values differ".into())
    }
}

#[test]
fn concurrent_mset_two_keys_vs_mget_is_atomic() {
    writers_vs_readers(2, 3000, mset_round, all_equal);
}

#[test]
fn concurrent_mset_four_keys_vs_mget_is_atomic() {
    writers_vs_readers(4, 2000, mset_round, all_equal);
}

#[test]
fn concurrent_del_and_mset_vs_mget_is_atomic() {
    fn write(c: &mut Conn, keys: &[String], round: usize, writer: usize) {
        if writer == 1 && round.is_multiple_of(2) {
            let mut args = vec!["DEL".to_string()];
            args.extend(keys.iter().cloned());
            int_of(&c.cmd(&args));
        } else {
            mset_round(c, keys, round, writer);
        }
    }
    writers_vs_readers(3, 3000, write, all_equal);
}

#[test]
fn concurrent_msetnx_and_del_exists_counts_all_or_nothing() {
    let mut s = server();
    let port = s.port;
    let gs = Arc::new(groups(6, 3, "nx"));
    let done = Arc::new(AtomicBool::new(false));
    let writer = {
        let gs = gs.clone();
        std::thread::spawn(move || {
            let mut c = Conn::connect(port);
            for round in 0..3000 {
                let g = &gs[round % gs.len()];
                let mut args = vec!["MSETNX".to_string()];
                for k in g {
                    args.push(k.clone());
                    args.push(round.to_string());
                }
                int_of(&c.cmd(&args));
                if round % 2 == 1 {
                    let mut del = vec!["DEL".to_string()];
                    del.extend(g.iter().cloned());
                    int_of(&c.cmd(&del));
                }
            }
        })
    };
    let reader = {
        let (gs, done) = (gs.clone(), done.clone());
        std::thread::spawn(move || {
            let mut c = Conn::connect(port);
            let mut n = 0;
            while !done.load(Ordering::Relaxed) || n < 200 {
                let g = &gs[n % gs.len()];
                let mut args = vec!["EXISTS"];
                args.extend(g.iter().map(|k| k.as_str()));
                let e = int_of(&c.cmd(&args));
                assert!(
                    e == 0 || e == 3,
                    "EXISTS on an MSETNX/DEL group returned {e}"
                );
                n += 1;
            }
        })
    };
    writer
        .join()
        .unwrap_or_else(|e| std::panic::resume_unwind(e));
    done.store(true, Ordering::Relaxed);
    reader
        .join()
        .unwrap_or_else(|e| std::panic::resume_unwind(e));
    s.stop();
}

#[test]
fn per_connection_ordering_across_shards() {
    let mut s = server();
    let port = s.port;
    let mut handles = Vec::new();
    for t in 0..4 {
        handles.push(std::thread::spawn(move || {
            let mut c = Conn::connect(port);
            let keys: Vec<String> = (0..16).map(|i| format!("ord:{t}:{i}:{}", i * 31)).collect();
            let mut expected_incr = vec![0i64; keys.len()];
            for batch in 0..10 {
                let mut wire = Vec::new();
                let mut expect = Vec::new();
                for j in 0..100 {
                    let i = batch * 100 + j;
                    let k = i % keys.len();
                    wire.extend(encode(&["SET", &keys[k], &i.to_string()]));
                    wire.extend(encode(&[
                        "INCR",
                        &format!("{}:c", keys[(k + 5) % keys.len()]),
                    ]));
                    wire.extend(encode(&["GET", &keys[k]]));
                    expected_incr[(k + 5) % keys.len()] += 1;
                    expect.push(b"+OK\r\n".to_vec());
                    expect
                        .push(format!(":{}\r\n", expected_incr[(k + 5) % keys.len()]).into_bytes());
                    expect.push(format!("${}\r\n{}\r\n", i.to_string().len(), i).into_bytes());
                }
                c.send_raw(&wire);
                for (n, e) in expect.iter().enumerate() {
                    let r = c.read_reply();
                    assert_eq!(
                        pretty(&r),
                        pretty(e),
                        "thread {t} batch {batch} reply {n} out of order"
                    );
                }
            }
        }));
    }
    for h in handles {
        h.join().unwrap_or_else(|e| std::panic::resume_unwind(e));
    }
    s.stop();
}

fn counter_keys(prefix: &str) -> Vec<String> {
    (0..12)
        .map(|i| format!("{prefix}{{{}}}:{}", i * 977, i))
        .collect()
}

fn sum_counters(c: &mut Conn, keys: &[String]) -> i64 {
    let mut args = vec!["MGET".to_string()];
    args.extend(keys.iter().cloned());
    values(&c.cmd(&args))
        .into_iter()
        .map(|v| {
            v.map(|b| String::from_utf8(b).unwrap().parse::<i64>().unwrap())
                .unwrap_or(0)
        })
        .sum()
}

#[test]
fn disconnect_mid_pipeline_never_runs_a_command_twice() {
    let mut s = server();
    let keys = counter_keys("drop");
    const N: usize = 1000;
    for round in 0..5 {
        {
            let mut c = s.conn();
            let mut wire = Vec::new();
            for i in 0..N {
                wire.extend(encode(&["INCR", &keys[(i * 7 + round) % keys.len()]]));
            }
            c.send_raw(&wire);
            // Dropped without reading a single reply.
        }
        let mut obs = s.conn();
        let limit = ((round + 1) * N) as i64;
        // Wait (bounded) until the total stops moving; it must never exceed
        // the number of INCRs sent.
        let mut last = -1;
        let mut stable = 0;
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        while stable < 5 {
            let total = sum_counters(&mut obs, &keys);
            assert!(
                total <= limit,
                "round {round}: counters sum to {total} > {limit} INCRs sent"
            );
            assert!(total >= last, "round {round}: counters went backwards");
            if total == last {
                stable += 1;
            } else {
                stable = 0;
            }
            last = total;
            assert!(
                std::time::Instant::now() < deadline,
                "counters never settled"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
    assert!(s.is_running());
    s.stop();
}

#[test]
fn half_closed_client_gets_every_reply_and_counts_exactly() {
    let mut s = server();
    for round in 0..5 {
        let keys = counter_keys(&format!("half{round}"));
        const N: usize = 1000;
        let mut c = s.conn();
        let mut wire = Vec::new();
        let mut per_key = vec![0i64; keys.len()];
        let mut expect = Vec::new();
        for i in 0..N {
            let k = (i * 5 + i / 7) % keys.len();
            wire.extend(encode(&["INCR", &keys[k]]));
            per_key[k] += 1;
            expect.push(per_key[k]);
        }
        c.send_raw(&wire);
        c.shutdown_write();
        let mut got = Vec::new();
        loop {
            match c.try_read_reply(Duration::from_secs(10)) {
                Ok(r) => got.push(int_of(&r)),
                Err(ReadError::Closed) | Err(ReadError::Reset(_)) => break,
                Err(e) => panic!("round {round}: {e} after {} replies", got.len()),
            }
        }
        assert_eq!(
            got.len(),
            N,
            "round {round}: a half-closed client must get all {N} replies"
        );
        assert_eq!(
            got, expect,
            "round {round}: replies in order, each INCR once"
        );
        let mut obs = s.conn();
        assert_eq!(
            sum_counters(&mut obs, &keys),
            N as i64,
            "round {round}: counters"
        );
    }
    s.stop();
}

#[test]
fn many_connections_incr_on_shared_keys_sum_exactly() {
    let mut s = server();
    let port = s.port;
    let keys = Arc::new(counter_keys("shared"));
    let mut handles = Vec::new();
    for t in 0..8 {
        let keys = keys.clone();
        handles.push(std::thread::spawn(move || {
            let mut c = Conn::connect(port);
            let mut wire = Vec::new();
            for i in 0..500 {
                wire.extend(encode(&["INCRBY", &keys[(i + t) % keys.len()], "2"]));
                wire.extend(encode(&["DECR", &keys[(i * 3 + t) % keys.len()]]));
            }
            c.send_raw(&wire);
            for _ in 0..1000 {
                int_of(&c.read_reply());
            }
        }));
    }
    for h in handles {
        h.join().unwrap_or_else(|e| std::panic::resume_unwind(e));
    }
    let mut c = s.conn();
    assert_eq!(
        sum_counters(&mut c, &keys),
        8 * 500,
        "INCRBY 2 / DECR from 8 clients"
    );
    s.stop();
}
