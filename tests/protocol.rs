//! RESP protocol handling (tests/unit/protocol.tcl and more): raw bytes sent
//! to redis-server and ringkv, exact reply bytes and connection closing
//! compared.  Tests needing other data types end in `_othertypes`.
mod common;
use common::*;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Barrier};
use std::time::Duration;

// ---------------------------------------------------------------------------
// Inline commands
// ---------------------------------------------------------------------------

#[test]
fn handle_an_empty_query() {
    Script::new()
        .raw_replies(0, b"\r\n", 0, false)
        .expect("(no reply)")
        .raw_replies(0, b"   \r\n\n", 0, false)
        .raw(0, b"PING\r\n", false)
        .expect("PONG")
        .run();
}

#[test]
fn inline_commands() {
    Script::new()
        .raw(0, b"PING\r\n", false)
        .expect("PONG")
        .raw(0, b"PING\n", false)
        .expect("PONG")
        .raw(0, b"ping hello\r\n", false)
        .expect("\"hello\"")
        .raw(0, b"  SET   k    v   \r\n", false)
        .expect("OK")
        .raw(0, b"GET k\r\n", false)
        .expect("\"v\"")
        .raw(0, b"SET k \"a b\"\r\n", false)
        .expect("OK")
        .raw(0, b"GET k\r\n", false)
        .expect("\"a b\"")
        .raw(0, b"SET k \"tab\\there\\nnl\\x41\\\\\\\"q\"\r\n", false)
        .expect("OK")
        .raw(0, b"GET k\r\n", false)
        .expect("\"tab\\there\\nnlA\\\\\\\"q\"")
        .raw(0, b"SET k 'single \"quoted\" \\' x'\r\n", false)
        .expect("OK")
        .raw(0, b"GET k\r\n", false)
        .raw(0, b"SET k \"\"\r\n", false)
        .expect("OK")
        .raw(0, b"STRLEN k\r\n", false)
        .expect("(integer) 0")
        .raw(0, b"SET k \"\\xzz\"\r\n", false)
        .raw(0, b"GET k\r\n", false)
        .raw(0, b"ECHO \"\\x00\\xff\"\r\n", false)
        .raw(0, b"GET\r\n", false)
        .expect("(error) ERR wrong number of arguments for 'get' command")
        .raw(0, b"get k extra\r\n", false)
        .expect("(error) ERR wrong number of arguments for 'get' command")
        .raw_replies(0, b"SET a 1\r\nSET b 2\nGET a\r\nGET b\r\n", 4, false)
        .expect("OK ++ OK ++ \"1\" ++ \"2\"")
        .run();
}

#[test]
fn inline_unbalanced_quotes_is_a_protocol_error() {
    Script::new()
        .raw(0, b"SET k \"abc\r\n", true)
        .expect("(error) ERR Protocol error: unbalanced quotes in request")
        .raw(1, b"SET k 'abc\r\n", true)
        .expect("(error) ERR Protocol error: unbalanced quotes in request")
        .raw(2, b"SET k \"a\"b\r\n", true)
        .expect("(error) ERR Protocol error: unbalanced quotes in request")
        .raw_replies(3, b"PING\r\nSET k \"abc\r\nPING\r\n", 2, true)
        .expect("PONG ++ (error) ERR Protocol error: unbalanced quotes in request")
        .run();
}

#[test]
fn inline_request_split_over_many_writes() {
    if skip_without_redis() {
        return;
    }
    let mut servers = start_trio(&[]);
    let mut replies = Vec::new();
    for s in &servers {
        let mut c = s.conn();
        for b in b"SET split \"a b c\"\r\nGET split\r\n" {
            c.send_raw(&[*b]);
            std::thread::sleep(Duration::from_millis(1));
        }
        replies.push((c.read_reply(), c.read_reply()));
    }
    assert_eq!(pretty(&replies[0].0), "OK");
    assert_eq!(pretty(&replies[0].1), "\"a b c\"");
    for (i, r) in replies.iter().enumerate().skip(1) {
        assert_eq!(
            r, &replies[0],
            "{} differs from redis-server",
            servers[i].name
        );
    }
    stop_all(&mut servers);
}

// ---------------------------------------------------------------------------
// Multibulk requests
// ---------------------------------------------------------------------------

#[test]
fn multibulk_request_split_byte_by_byte() {
    if skip_without_redis() {
        return;
    }
    let mut servers = start_trio(&[]);
    let req = [
        encode(&["SET", "key", "value\r\nwith crlf"]),
        encode(&["GET", "key"]),
        encode(&["APPEND", "key", ""]),
    ]
    .concat();
    let mut all = Vec::new();
    for s in &servers {
        let mut c = s.conn();
        for b in &req {
            c.send_raw(&[*b]);
            std::thread::sleep(Duration::from_micros(300));
        }
        all.push(c.read_replies(3));
    }
    assert_eq!(
        all[0].iter().map(|r| pretty(r)).collect::<Vec<_>>(),
        ["OK", "\"value\\r\\nwith crlf\"", "(integer) 16"]
    );
    for (i, r) in all.iter().enumerate().skip(1) {
        assert_eq!(r, &all[0], "{} differs from redis-server", servers[i].name);
    }
    stop_all(&mut servers);
}

#[test]
fn pipeline_of_1000_commands_in_one_write() {
    let mut wire = Vec::new();
    for i in 0..1000 {
        match i % 4 {
            0 => wire.extend(encode(&["SET", &format!("k{}", i % 37), &i.to_string()])),
            1 => wire.extend(encode(&["INCR", &format!("k{}", i % 37)])),
            2 => wire.extend(encode(&["GET", &format!("k{}", i % 37)])),
            _ => wire.extend(encode(&[
                "MGET",
                "k1",
                "k2",
                "nokey",
                &format!("k{}", i % 37),
            ])),
        }
    }
    Script::new()
        .raw_replies(0, &wire, 1000, false)
        .line("DBSIZE => (integer) 37")
        .run();
}

#[test]
fn inline_pipeline_of_1000_commands_in_one_write() {
    let mut wire = Vec::new();
    for i in 0..1000 {
        wire.extend(format!("INCR counter{}\r\nGET counter{}\n", i % 10, i % 7).into_bytes());
    }
    Script::new()
        .raw_replies(0, &wire, 2000, false)
        .line("GET counter3 => \"100\"")
        .run();
}

#[test]
fn empty_multibulk_is_ignored() {
    Script::new()
        .raw_replies(0, b"*0\r\n", 0, false)
        .raw(0, b"*0\r\n*1\r\n$4\r\nPING\r\n", false)
        .expect("PONG")
        .raw(0, b"*-1\r\n*-10\r\n*1\r\n$4\r\nPING\r\n", false)
        .expect("PONG")
        .raw(0, b"*1\r\n$0\r\n\r\n", false)
        .expect("(error) ERR unknown command '', with args beginning with: ")
        .run();
}

#[test]
fn bulk_payload_is_binary_safe_and_crlf_is_not_checked() {
    // Redis skips the two bytes after a bulk payload without checking them.
    Script::new()
        .raw(
            0,
            b"*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$5\r\na\r\nb\x00\r\n",
            false,
        )
        .expect("OK")
        .raw(0, b"*2\r\n$3\r\nGET\r\n$1\r\nk\r\n", false)
        .expect("\"a\\r\\nb\\x00\"")
        .raw(0, b"*1\r\n$4\r\nPINGxx", false)
        .expect("PONG")
        .raw(0, b"*2\r\n$3\r\nGET\r\n$1\r\nkXY", false)
        .run();
}

#[test]
fn bulk_of_1mb() {
    let value: Vec<u8> = (0..1_000_000u32).map(|i| b'a' + (i % 26) as u8).collect();
    let set = encode(&[b"SET".as_slice(), b"big", &value]);
    Script::new()
        .raw(0, &set, false)
        .expect("OK")
        .line("STRLEN big => (integer) 1000000")
        .line("GET big")
        .raw_replies(
            0,
            &[set.clone(), encode(&["GET", "big"]), set].concat(),
            3,
            false,
        )
        .run();
}

// ---------------------------------------------------------------------------
// Protocol errors: reply, then the connection is closed.
// ---------------------------------------------------------------------------

fn protocol_error(bytes: &[u8], expected: &str) {
    Script::new()
        .raw(0, b"*1\r\n$4\r\nPING\r\n", false)
        .expect("PONG")
        .raw(0, bytes, true)
        .expect(expected)
        .line("[c1] PING => PONG")
        .run();
}

#[test]
fn out_of_range_multibulk_length() {
    protocol_error(
        b"*3000000000\r\n",
        "(error) ERR Protocol error: invalid multibulk length",
    );
}

#[test]
fn wrong_multibulk_length() {
    protocol_error(
        b"*20x\r\n",
        "(error) ERR Protocol error: invalid multibulk length",
    );
}

#[test]
fn multibulk_length_not_a_number() {
    protocol_error(
        b"*abc\r\n",
        "(error) ERR Protocol error: invalid multibulk length",
    );
}

#[test]
fn out_of_range_multibulk_bulk_length() {
    protocol_error(
        b"*1\r\n$2000000000\r\n",
        "(error) ERR Protocol error: invalid bulk length",
    );
}

#[test]
fn wrong_multibulk_bulk_length() {
    protocol_error(
        b"*3\r\n$3\r\nSET\r\n$1x\r\n",
        "(error) ERR Protocol error: invalid bulk length",
    );
}

#[test]
fn negative_multibulk_bulk_length() {
    protocol_error(
        b"*1\r\n$-1\r\n",
        "(error) ERR Protocol error: invalid bulk length",
    );
}

#[test]
fn expected_dollar_got_something_else() {
    protocol_error(
        b"*1\r\nfoo\r\n",
        "(error) ERR Protocol error: expected '$', got 'f'",
    );
}

#[test]
fn expected_dollar_got_star() {
    protocol_error(
        b"*2\r\n$4\r\nECHO\r\n*1\r\n",
        "(error) ERR Protocol error: expected '$', got '*'",
    );
}

#[test]
fn too_big_inline_request() {
    let big = vec![b'x'; 5 * 16 * 1024];
    protocol_error(&big, "(error) ERR Protocol error: too big inline request");
}

#[test]
fn too_big_multibulk_count_string() {
    let mut big = b"*".to_vec();
    big.extend(vec![b'1'; 5 * 16 * 1024]);
    protocol_error(
        &big,
        "(error) ERR Protocol error: too big mbulk count string",
    );
}

#[test]
fn too_big_bulk_count_string() {
    let mut big = b"*1\r\n$".to_vec();
    big.extend(vec![b'1'; 5 * 16 * 1024]);
    protocol_error(
        &big,
        "(error) ERR Protocol error: too big bulk count string",
    );
}

#[test]
fn replies_before_a_protocol_error_are_sent() {
    Script::new()
        .raw_replies(
            0,
            b"SET a 1\r\n*1\r\n$4\r\nPING\r\nGET a\r\n*1\r\nxyz\r\nPING\r\n",
            4,
            true,
        )
        .expect("OK ++ PONG ++ \"1\" ++ (error) ERR Protocol error: expected '$', got 'x'")
        .run();
}

// ---------------------------------------------------------------------------
// Command errors
// ---------------------------------------------------------------------------

#[test]
fn unknown_command_error() {
    let long = "x".repeat(200);
    Script::new()
        .lines(&[
            "foo a b => (error) ERR unknown command 'foo', with args beginning with: 'a' 'b' ",
            "FOO => (error) ERR unknown command 'FOO', with args beginning with: ",
            "fOo \"\" \"a b\" => (error) ERR unknown command 'fOo', with args beginning with: '' 'a b' ",
            "notacommand 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40",
            "\"GET k\" => (error) ERR unknown command 'GET k', with args beginning with: ",
            "\"fo\\r\\no\\x00\" \"\\x00\\n\" => (error) ERR unknown command 'fo  o', with args beginning with: '' ",
            "PING => PONG",
        ])
        .line(&format!("{long} {long}"))
        .line(&format!("cmd {long} {long} {long}"))
        .line(&format!("cmd a{long}"))
        .line("PING => PONG")
        .run();
}

#[test]
fn unknown_subcommand_errors() {
    diff(&[
        "CONFIG FOO => (error) ERR unknown subcommand 'FOO'. Try CONFIG HELP.",
        "CLIENT foo bar => (error) ERR unknown subcommand 'foo'. Try CLIENT HELP.",
        "OBJECT nothing k => (error) ERR unknown subcommand 'nothing'. Try OBJECT HELP.",
        "COMMAND FOO => (error) ERR unknown subcommand 'FOO'. Try COMMAND HELP.",
        "CONFIG => (error) ERR wrong number of arguments for 'config' command",
        "CONFIG GET => (error) ERR wrong number of arguments for 'config|get' command",
        "CLIENT => (error) ERR wrong number of arguments for 'client' command",
    ]);
}

#[test]
fn arity_errors_are_not_fatal() {
    diff(&[
        "PING a b => (error) ERR wrong number of arguments for 'ping' command",
        "ECHO => (error) ERR wrong number of arguments for 'echo' command",
        "ECHO a b => (error) ERR wrong number of arguments for 'echo' command",
        "SET k => (error) ERR wrong number of arguments for 'set' command",
        "DEL => (error) ERR wrong number of arguments for 'del' command",
        "SELECT => (error) ERR wrong number of arguments for 'select' command",
        "DBSIZE 1 => (error) ERR wrong number of arguments for 'dbsize' command",
        "PING => PONG",
    ]);
}

// ---------------------------------------------------------------------------
// Robustness: garbage from many clients while good clients keep working.
// ---------------------------------------------------------------------------

fn garbage(rng: &mut Rng) -> (Vec<u8>, bool) {
    // (bytes, expect the server to answer and close)
    match rng.below(9) {
        0 => {
            // Random bytes without letters (so never a real command name).
            let alphabet = b"0123456789*$:+-\r\n \x00\x01\x7f\x80\xfe\xff";
            (
                (0..rng.range(1, 300)).map(|_| rng.pick(alphabet)).collect(),
                false,
            )
        }
        1 => (b"*3\r\n$3\r\nSET\r\n$1\r\nk".to_vec(), false),
        2 => (b"*1\r\n$999999999999\r\n".to_vec(), true),
        3 => (b"*2147483648\r\n".to_vec(), true),
        4 => (vec![b'x'; 100 * 1024], true),
        5 => {
            let mut v = b"*2\r\n$3\r\nGET\r\n$5000000\r\n".to_vec();
            v.extend(vec![b'z'; 10_000]);
            (v, false)
        }
        6 => {
            let mut v = Vec::new();
            for _ in 0..200 {
                v.extend(b"*1\r\n$7\r\nNOTACMD\r\n");
            }
            (v, false)
        }
        7 => (b"*1\r\nGET\r\n".to_vec(), true),
        _ => (Vec::new(), false),
    }
}

#[test]
fn many_clients_sending_garbage_while_good_clients_work() {
    let mut server = Server::start(&["--threads", "4"]);
    let port = server.port;
    let stop = Arc::new(AtomicBool::new(false));
    let good_ops = Arc::new(AtomicUsize::new(0));
    let barrier = Arc::new(Barrier::new(55));
    let mut handles = Vec::new();
    for t in 0..50u64 {
        let barrier = barrier.clone();
        handles.push(std::thread::spawn(move || {
            let mut rng = Rng::new(1000 + t);
            barrier.wait();
            for _ in 0..15 {
                let (bytes, answers) = garbage(&mut rng);
                let Ok(mut s) = std::net::TcpStream::connect(("127.0.0.1", port)) else {
                    continue;
                };
                use std::io::{Read, Write};
                let _ = s.write_all(&bytes);
                if answers {
                    // Read (bounded) until the server closes.
                    let _ = s.set_read_timeout(Some(Duration::from_millis(500)));
                    let mut buf = [0u8; 4096];
                    while let Ok(n) = s.read(&mut buf) {
                        if n == 0 {
                            break;
                        }
                    }
                } else if rng.chance(50) {
                    let _ = s.shutdown(std::net::Shutdown::Write);
                }
            }
        }));
    }
    let mut good = Vec::new();
    for t in 0..5 {
        let barrier = barrier.clone();
        let good_ops = good_ops.clone();
        let stop = stop.clone();
        good.push(std::thread::spawn(move || {
            let mut c = Conn::connect(port);
            barrier.wait();
            let mut i = 0u64;
            while !stop.load(Ordering::Relaxed) || i < 200 {
                let key = format!("good:{t}:{}", i % 50);
                let val = format!("value-{t}-{i}");
                assert_eq!(pretty(&c.cmd(&["SET", &key, &val])), "OK");
                assert_eq!(
                    bulk_of(&c.cmd(&["GET", &key])),
                    Some(val.clone().into_bytes())
                );
                assert_eq!(
                    int_of(&c.cmd(&["INCR", &format!("good:{t}:n")])),
                    i as i64 + 1
                );
                if i.is_multiple_of(10) {
                    // A small pipeline too.
                    let mut w = Vec::new();
                    for j in 0..20 {
                        w.extend(encode(&["ECHO", &format!("{i}-{j}")]));
                    }
                    c.send_raw(&w);
                    for j in 0..20 {
                        assert_eq!(
                            bulk_of(&c.read_reply()),
                            Some(format!("{i}-{j}").into_bytes())
                        );
                    }
                }
                i += 1;
                good_ops.fetch_add(1, Ordering::Relaxed);
                assert!(i < 1_000_000);
            }
            i
        }));
    }
    for h in handles {
        h.join().expect("garbage thread panicked");
    }
    stop.store(true, Ordering::Relaxed);
    for (t, h) in good.into_iter().enumerate() {
        let n = h.join().unwrap_or_else(|e| std::panic::resume_unwind(e));
        let mut c = server.conn();
        let got = bulk_of(&c.cmd(&["GET", &format!("good:{t}:n")]));
        assert_eq!(
            got,
            Some(n.to_string().into_bytes()),
            "good client {t}: counter"
        );
    }
    assert!(server.is_running(), "server died");
    let mut c = server.conn();
    assert_eq!(pretty(&c.cmd(&["PING"])), "PONG");
    assert!(good_ops.load(Ordering::Relaxed) >= 1000);
    server.stop();
}

// ---------------------------------------------------------------------------
// RESP3
// ---------------------------------------------------------------------------

#[test]
fn hello_3_reply_structure() {
    Script::new()
        .check("HELLO 3", hello_cmp)
        .check("HELLO", hello_cmp)
        .check("HELLO 2", hello_cmp)
        .check("HELLO 3", hello_cmp)
        .run();
}

#[test]
fn resp3_replies_of_string_and_keyspace_commands() {
    diff(&[
        "[ignore] HELLO 3",
        "GET nokey => (null)",
        "SET k v => OK",
        "GET k => \"v\"",
        "MGET k nokey => [\"v\", (null)]",
        "SET nokey2 v GET => (null)",
        "SET k v2 GET => \"v\"",
        "SET k v NX => (null)",
        "GETDEL nokey => (null)",
        "GETEX nokey => (null)",
        "INCR n => (integer) 1",
        "INCRBYFLOAT f 1.5 => \"1.5\"",
        "OBJECT ENCODING nokey => (null)",
        "OBJECT ENCODING n => \"int\"",
        "EXISTS k n => (integer) 2",
        "TTL k => (integer) -1",
        "[type] RANDOMKEY",
        "FLUSHDB => OK",
        "RANDOMKEY => (null)",
        "KEYS * => []",
        "SCAN 0 => [\"0\", []]",
        "SET a{t} ohmytext => OK",
        "SET b{t} mynewtext => OK",
        "LCS a{t} b{t} IDX => {\"matches\": [[[(integer) 4, (integer) 7], [(integer) 5, (integer) 8]], [[(integer) 2, (integer) 3], [(integer) 0, (integer) 1]]], \"len\": (integer) 6}",
        "LCS a{t} b{t} IDX WITHMATCHLEN MINMATCHLEN 3",
        "LCS a{t} b{t} LEN => (integer) 6",
        "[pairs] CONFIG GET maxmemory",
        "[pairs] CONFIG GET maxmemory-polic*",
        "CONFIG GET nosuchparam => {}",
        "PING => PONG",
        "ECHO x => \"x\"",
        "GET => (error) ERR wrong number of arguments for 'get' command",
        "[ignore] HELLO 2",
        "GET nokey => (nil)",
        "CONFIG GET nosuchparam => []",
        "MGET nokey => [(nil)]",
    ]);
}

#[test]
fn resp3_time_and_client_replies() {
    // Checked by type only: values depend on time / connection.
    diff(&[
        "[ignore] HELLO 3",
        "[type] TIME",
        "[type] CLIENT ID",
        "[type] CLIENT INFO",
        "CLIENT GETNAME => (null)",
        "CLIENT SETNAME me => OK",
        "CLIENT GETNAME => \"me\"",
        "[type] LASTSAVE",
    ]);
}

#[test]
fn resp3_doubles_maps_and_sets_othertypes() {
    diff(&[
        "[ignore] HELLO 3",
        "ZADD z 1.5 a 2 b => (integer) 2",
        "ZSCORE z a => (double) 1.5",
        "ZSCORE z b => (double) 2",
        "ZSCORE z nomember => (null)",
        "ZINCRBY z 0.1 a",
        "ZRANGE z 0 -1 WITHSCORES",
        "HSET h f1 v1 f2 v2 => (integer) 2",
        "HGETALL h => {\"f1\": \"v1\", \"f2\": \"v2\"}",
        "HGETALL nokey => {}",
        "SADD s a => (integer) 1",
        "SMEMBERS s => (set) [\"a\"]",
        "SMEMBERS nokey => (set) []",
        "[ignore] HELLO 2",
        "ZSCORE z a => \"1.6000000000000001\"",
        "HGETALL h => [\"f1\", \"v1\", \"f2\", \"v2\"]",
    ]);
}
