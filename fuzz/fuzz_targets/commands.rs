//! Runs sequences of commands, built from the fuzzer's bytes, through the command table on
//! in-memory shards (`commands::testing::TestShard`, no sockets): any panic in a handler is a
//! crash the server would have had. Each command is a table name and arguments drawn from a
//! vocabulary that reaches the families' option words, range syntax, numbers at the edges and
//! a handful of keys, so type clashes and encoding conversions (the thresholds are lowered by
//! CONFIG SET) come up often. Commands that would sleep, exit, write files or allocate
//! hundreds of megabytes on request (DEBUG, SHUTDOWN, CONFIG other than the thresholds, bit
//! offsets near 2^32) are left out.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ringkv::commands::testing::TestShard;

const SKIP: &[&str] = &[
    "debug",
    "shutdown",
    "config",
    "monitor",
    "save",
    "bgsave",
    "bgrewriteaof",
    // Seconds of work by design, every time.
    "pfselftest",
];

#[rustfmt::skip]
const WORDS: &[&str] = &[
    "k", "k", "l", "h", "s", "z", "x", "{k}a", "dst", "0", "1", "2", "3", "5", "-1", "-2", "10",
    "100", "1000", "-100", "9223372036854775807", "-9223372036854775808", "4294967296",
    "1.5", "-0.5", "1e3", "inf", "-inf", "+inf", "nan", "(1", "(-1", "(inf", "[a", "(a", "-",
    "+", "[", "(", "", "a", "b", "c", "abcdefghijklmnopqrstuvwxyz0123456789", "*", "w_*",
    "h_*->f", "#", "f", "v", "LEFT", "RIGHT", "BEFORE", "AFTER", "LIMIT", "COUNT", "MATCH",
    "TYPE", "WITHSCORES", "WITHVALUES", "BYSCORE", "BYLEX", "REV", "NX", "XX", "GT", "LT", "CH",
    "INCR", "WEIGHTS", "AGGREGATE", "SUM", "MIN", "MAX", "BY", "GET", "STORE", "ALPHA", "ASC",
    "DESC", "RANK", "MAXLEN", "BIT", "BYTE", "AND", "OR", "XOR", "NOT", "SET", "INCRBY",
    "OVERFLOW", "WRAP", "SAT", "FAIL", "u8", "i5", "u63", "i64", "#1", "KEEPTTL", "EX", "PX",
    "EXAT", "PXAT", "IDLETIME", "FREQ", "ENCODING", "REPLACE", "DB", "ASYNC", "SYNC", "LEN",
    "IDX", "MINMATCHLEN", "WITHMATCHLEN", "NOSORT", "nosort", "ENCODING", "TODENSE", "GETREG",
    "DECODE",
];

const THRESHOLDS: &[&str] = &[
    "list-max-listpack-size",
    "hash-max-listpack-entries",
    "hash-max-listpack-value",
    "set-max-intset-entries",
    "zset-max-listpack-entries",
    "zset-max-listpack-value",
    "hll-sparse-max-bytes",
];

fuzz_target!(|data: &[u8]| {
    let names: Vec<&'static str> = ringkv::commands::table()
        .all
        .iter()
        .map(|c| c.name)
        .filter(|n| !SKIP.contains(n))
        .collect();
    let mut shard = TestShard::new();
    let mut bytes = data.iter().copied();
    for _ in 0..64 {
        let Some(head) = bytes.next() else { break };
        let mut args: Vec<Vec<u8>> = Vec::new();
        if head == 0xFF {
            // Lower (or restore) an encoding threshold so conversions happen.
            let (Some(which), Some(v)) = (bytes.next(), bytes.next()) else {
                break;
            };
            args.push(b"CONFIG".to_vec());
            args.push(b"SET".to_vec());
            args.push(
                THRESHOLDS[which as usize % THRESHOLDS.len()]
                    .as_bytes()
                    .to_vec(),
            );
            args.push(((v % 8) as i64 - 2).to_string().into_bytes());
        } else {
            let Some(pick) = bytes.next() else { break };
            let name = names[(usize::from(head) << 8 | usize::from(pick)) % names.len()];
            args.push(name.as_bytes().to_vec());
            let n = bytes.next().unwrap_or(0) % 9;
            for _ in 0..n {
                let Some(w) = bytes.next() else { break };
                if w >= 0xF0 {
                    // A raw byte string from the input.
                    let len = usize::from(w - 0xF0);
                    args.push(bytes.by_ref().take(len).collect());
                } else {
                    args.push(WORDS[usize::from(w) % WORDS.len()].as_bytes().to_vec());
                }
            }
        }
        let argv: Vec<&[u8]> = args.iter().map(|a| a.as_slice()).collect();
        let _ = shard.run_args(&argv);
    }
});
