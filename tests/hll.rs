//! HyperLogLog commands (tests/unit/hyperloglog.tcl and more): differential against
//! redis-server 7.0.15. Every `=> ...` is redis's reply, checked. Since GET returns an HLL's
//! bytes, comparing GET replies exactly checks the register layout, the sparse opcodes, the
//! cached cardinality and the promotion to dense byte for byte.
mod common;
use common::*;

/// A sparse HLL header with an invalid cache, then `ops`.
fn sparse(ops: &[u8]) -> Vec<u8> {
    let mut v = b"HYLL\x01\0\0\0\0\0\0\0\0\0\0\x80".to_vec();
    v.extend_from_slice(ops);
    v
}

fn set_cmd(key: &str, value: &[u8]) -> Vec<Vec<u8>> {
    vec![b"SET".to_vec(), key.as_bytes().to_vec(), value.to_vec()]
}

/// A dense HLL whose registers are all `val`, with the cache bytes given.
fn dense_all(val: u8, card: [u8; 8]) -> Vec<u8> {
    let mut v = b"HYLL\0\0\0\0".to_vec();
    v.extend_from_slice(&card);
    let mut regs = vec![0u8; 12288];
    for i in 0..16384usize {
        let (byte, fb) = (i * 6 / 8, (i * 6) % 8);
        let w = (val as u16) << fb;
        regs[byte] |= w as u8;
        if byte + 1 < regs.len() {
            regs[byte + 1] |= (w >> 8) as u8;
        }
    }
    v.extend_from_slice(&regs);
    v
}

#[test]
fn self_test_passes() {
    // Ten million additions: more than the differential reply timeout in a debug build.
    let server = Server::start(&["--threads", "1"]);
    let mut c = server.conn();
    c.send(&["PFSELFTEST"]);
    let reply = c.try_read_reply(std::time::Duration::from_secs(300));
    assert_eq!(reply.ok().as_deref(), Some(b"+OK\r\n".as_slice()));
}

#[test]
fn pfadd_creates_and_reports_changes() {
    diff(&[
        "PFADD hll => (integer) 1",
        "EXISTS hll => (integer) 1",
        "TYPE hll => string",
        "OBJECT ENCODING hll => \"raw\"",
        "GET hll",
        "PFCOUNT hll => (integer) 0",
        "GET hll",
        "PFADD hll => (integer) 0",
        "PFADD hll a b c => (integer) 1",
        "PFADD hll a b c => (integer) 0",
        "PFADD hll \"\" => (integer) 1",
        "GET hll",
        "PFCOUNT hll => (integer) 4",
        "GET hll",
        "PFADD hll c => (integer) 0",
        "GET hll",
        "STRLEN hll",
    ]);
}

#[test]
fn pfcount_cache_and_invalidation() {
    diff(&[
        "PFADD hll 1 2 3 4 5 => (integer) 1",
        "PFCOUNT hll => (integer) 5",
        "PFADD hll 6 7 8 8 9 10 => (integer) 1",
        "GET hll",
        "PFCOUNT hll => (integer) 10",
        "GET hll",
        // A valid cached value is returned as is, whatever the registers say.
        "SETRANGE hll 8 \"\\x2a\\x00\\x00\\x00\\x00\\x00\\x00\\x00\" => (integer) 47",
        "PFCOUNT hll => (integer) 42",
        "PFADD hll 1 => (integer) 0",
        "PFCOUNT hll => (integer) 42",
        "PFADD hll 11 => (integer) 1",
        "PFCOUNT hll => (integer) 11",
        "PFCOUNT nokey => (integer) 0",
        "EXISTS nokey => (integer) 0",
    ]);
}

#[test]
fn pfcount_refreshing_its_cache_fails_a_watching_exec() {
    diff(&[
        "PFADD hll a b c => (integer) 1",
        "WATCH hll => OK",
        // The cache is stale after PFADD: PFCOUNT rewrites the key, as a write would.
        "PFCOUNT hll => (integer) 3",
        "MULTI => OK",
        "PING => QUEUED",
        "EXEC => (nil array)",
        "WATCH hll => OK",
        // Now the cache is valid: PFCOUNT only reads.
        "PFCOUNT hll => (integer) 3",
        "MULTI => OK",
        "PING => QUEUED",
        "EXEC",
    ]);
}

#[test]
fn pfcount_unshares_embstr_values() {
    // PFCOUNT of one key always leaves it raw (dbUnshareStringValue), multi-key does not.
    let mut s = Script::new().line("PFADD src a b c => (integer) 1");
    s = s.line("GET src");
    let bytes = sparse(b"\x4a\x9f\x80\x50\xef\x84\x57\x70\x4c\xfc");
    s = s
        .args(0, &set_cmd("e", &bytes), Cmp::Exact)
        .expect("OK")
        .line("OBJECT ENCODING e => \"embstr\"")
        .line("PFCOUNT e nokey")
        .line("OBJECT ENCODING e => \"embstr\"")
        .line("PFCOUNT e")
        .line("OBJECT ENCODING e => \"raw\"")
        .line("GET e")
        .args(0, &set_cmd("f", &bytes), Cmp::Exact)
        .line("PFADD f => (integer) 0")
        .line("OBJECT ENCODING f => \"raw\"")
        .args(0, &set_cmd("g", &bytes), Cmp::Exact)
        .line("PFMERGE g => OK")
        .line("OBJECT ENCODING g => \"raw\"")
        .line("GET g");
    s.run();
}

#[test]
fn type_checking_and_arity() {
    diff(&[
        "SET foo bar => OK",
        "PFADD foo 1 => (error) WRONGTYPE Key is not a valid HyperLogLog string value.",
        "PFCOUNT foo => (error) WRONGTYPE Key is not a valid HyperLogLog string value.",
        "PFMERGE bar foo => (error) WRONGTYPE Key is not a valid HyperLogLog string value.",
        "PFMERGE foo bar => (error) WRONGTYPE Key is not a valid HyperLogLog string value.",
        "EXISTS bar => (integer) 0",
        "PFCOUNT nokey foo => (error) WRONGTYPE Key is not a valid HyperLogLog string value.",
        "SET n 12345 => OK",
        "PFADD n a => (error) WRONGTYPE Key is not a valid HyperLogLog string value.",
        "PFCOUNT n => (error) WRONGTYPE Key is not a valid HyperLogLog string value.",
        "PFDEBUG getreg n => (error) WRONGTYPE Key is not a valid HyperLogLog string value.",
        "SET short HYLL => OK",
        "PFCOUNT short => (error) WRONGTYPE Key is not a valid HyperLogLog string value.",
        "PFADD => (error) ERR wrong number of arguments for 'pfadd' command",
        "PFCOUNT => (error) ERR wrong number of arguments for 'pfcount' command",
        "PFMERGE => (error) ERR wrong number of arguments for 'pfmerge' command",
        "PFDEBUG getreg => (error) ERR wrong number of arguments for 'pfdebug' command",
        "PFDEBUG getreg a b => (error) ERR wrong number of arguments for 'pfdebug' command",
        "PFSELFTEST x => (error) ERR wrong number of arguments for 'pfselftest' command",
    ]);
}

#[test]
fn corrupted_hlls_are_detected() {
    diff(&[
        "PFADD hll a b c => (integer) 1",
        "APPEND hll hello => (integer) 32",
        "PFCOUNT hll => (error) INVALIDOBJ Corrupted HLL object detected",
        "PFCOUNT hll hll => (error) INVALIDOBJ Corrupted HLL object detected",
        "PFMERGE d hll => (error) INVALIDOBJ Corrupted HLL object detected",
        "EXISTS d => (integer) 0",
        "PFDEBUG getreg hll => (error) INVALIDOBJ Corrupted HLL object detected",
        "PFDEBUG todense hll => (error) INVALIDOBJ Corrupted HLL object detected",
        "PFDEBUG decode hll",
        "PFADD hll x y z w",
        "GET hll",
        "DEL hll => (integer) 1",
        "PFADD hll a b c => (integer) 1",
        "SETRANGE hll 0 0123 => (integer) 27",
        "PFCOUNT hll => (error) WRONGTYPE Key is not a valid HyperLogLog string value.",
        "DEL hll => (integer) 1",
        "PFADD hll a b c => (integer) 1",
        "SETRANGE hll 4 x => (integer) 27",
        "PFCOUNT hll => (error) WRONGTYPE Key is not a valid HyperLogLog string value.",
        "DEL hll => (integer) 1",
        "PFADD hll a b c => (integer) 1",
        "SETRANGE hll 4 \"\\x00\" => (integer) 27",
        "PFCOUNT hll => (error) WRONGTYPE Key is not a valid HyperLogLog string value.",
    ]);
}

#[test]
fn corrupted_sparse_forms_behave_as_redis() {
    let cases: Vec<Vec<u8>> = vec![
        sparse(b""),
        sparse(b"\x7f"),
        sparse(b"\x7f\xff\x00"),
        sparse(b"\x7f\xfe\x80\x7f"),
        sparse(b"\x7f\xfe\x81"),
        sparse(&b"\xff\x80".repeat(5000)),
        sparse(&b"\xff\x80".repeat(3000)),
        sparse(&[0x3f; 300]),
        sparse(b"\x7f\xff\x7f\xff"),
        // Valid cache over corrupt registers: returned without a look at them.
        b"HYLL\x01\0\0\0\x05\x05\x05\x05\x05\x05\x05\x05\x7f\xff".to_vec(),
    ];
    let mut s = Script::new();
    for c in &cases {
        for line in ["DEL x y", "PFADD z q"] {
            s = s.line(line);
        }
        s = s.args(0, &set_cmd("x", c), Cmp::Exact);
        for line in [
            "PFCOUNT x",
            "PFCOUNT x nokey",
            "GET x",
            "PFDEBUG decode x",
            "PFMERGE y x z",
            "GET y",
            "PFMERGE z x",
            "GET z",
            "PFADD x a b c foo bar",
            "GET x",
            "PFDEBUG getreg x",
            "PFDEBUG encoding x",
            "GET x",
            "PFCOUNT x",
        ] {
            s = s.line(line);
        }
    }
    s.run();
}

#[test]
fn extreme_dense_registers() {
    // All registers at 51 make the estimator divide by zero: llroundl(inf) in Redis.
    let mut s = Script::new();
    for (val, card) in [
        (51u8, [0, 0, 0, 0, 0, 0, 0, 0x80]),
        (63, [0, 0, 0, 0, 0, 0, 0, 0x80]),
        (50, [0, 0, 0, 0, 0, 0, 0, 0x80]),
        (1, [0, 0, 0, 0, 0, 0, 0, 0x80]),
        (7, [1, 2, 3, 4, 5, 6, 7, 8]),
    ] {
        s = s
            .args(0, &set_cmd("d", &dense_all(val, card)), Cmp::Exact)
            .line("PFCOUNT d")
            .line("PFCOUNT d nokey")
            .line("GET d")
            .line("PFMERGE m d")
            .line("PFCOUNT m")
            .line("PFADD d a b c")
            .line("PFCOUNT d")
            .line("PFDEBUG decode d")
            .line("DEL m");
    }
    s.run();
}

#[test]
fn pfmerge_unions_and_creates() {
    diff(&[
        "PFADD hll1 a b c => (integer) 1",
        "PFADD hll2 b c d => (integer) 1",
        "PFADD hll3 c d e => (integer) 1",
        "PFMERGE hll hll1 hll2 hll3 => OK",
        "PFCOUNT hll => (integer) 5",
        "GET hll",
        "PFMERGE hll => OK",
        "GET hll",
        "PFMERGE empty nokey1 nokey2 => OK",
        "GET empty",
        "PFCOUNT empty => (integer) 0",
        "PFMERGE e2 => OK",
        "GET e2",
        "PFMERGE hll1 nokey => OK",
        "PFCOUNT hll1 => (integer) 3",
        "PFDEBUG encoding hll1 => sparse",
        "PFDEBUG todense hll2 => (integer) 1",
        "PFDEBUG todense hll2 => (integer) 0",
        "PFMERGE hll1 hll2 => OK",
        "PFDEBUG encoding hll1 => dense",
        "GET hll1",
        "PFCOUNT hll1 => (integer) 4",
        "PFMERGE s hll3 => OK",
        "PFDEBUG encoding s => sparse",
        "PFCOUNT hll1 hll2 hll3 nokey => (integer) 5",
        "PFCOUNT hll3 hll1 => (integer) 5",
    ]);
}

#[test]
fn pfmerge_keeps_the_destination_ttl() {
    diff(&[
        "PFADD d a => (integer) 1",
        "EXPIRE d 100 => (integer) 1",
        "PFADD s b => (integer) 1",
        "PFMERGE d s => OK",
        "TTL d => (integer) 100",
        "PFADD d c => (integer) 1",
        "TTL d => (integer) 100",
        "PFCOUNT d => (integer) 3",
        "TTL d => (integer) 100",
    ]);
}

#[test]
fn pfdebug_subcommands() {
    diff(&[
        "PFDEBUG getreg nokey => (error) ERR The specified key does not exist",
        "PFDEBUG foo nokey => (error) ERR The specified key does not exist",
        "PFADD hll a b c d e f g => (integer) 1",
        "PFDEBUG foo hll => (error) ERR Unknown PFDEBUG subcommand 'foo'",
        "PFDEBUG \"\" hll => (error) ERR Unknown PFDEBUG subcommand ''",
        "PFDEBUG \"x\\ny\" hll",
        "PFDEBUG ENCODING hll => sparse",
        "PFDEBUG decode hll",
        "PFDEBUG getreg hll",
        "PFDEBUG encoding hll => dense",
        "PFDEBUG decode hll => (error) ERR HLL encoding is not sparse",
        "PFDEBUG todense hll => (integer) 0",
        "GET hll",
        "PFADD h2 x => (integer) 1",
        "PFDEBUG \"todense\\x00x\" h2 => (integer) 1",
        "GET h2",
        "[hello] HELLO 3",
        "PFDEBUG encoding hll => dense",
        "PFDEBUG getreg h2",
        "PFCOUNT hll h2 => (integer) 8",
    ]);
}

/// Elements for the big tests: distinct, with a shape like the Tcl tests' rand() values.
fn element(i: u64) -> String {
    format!(
        "0.{:016}",
        i.wrapping_mul(0x9E37_79B9_7F4A_7C15) % 10_000_000_000_000_000
    )
}

#[test]
fn promotion_to_dense_and_counts_up_to_100k() {
    // Pipelined PFADD batches; after each, PFCOUNT, the encoding and the bytes.
    let mut n = 0u64;
    let mut step = 0;
    diff_random(0, 4 * 1000 + 1, move |_| {
        step += 1;
        if step == 1 {
            return RCmd::new(&["PFADD", "hll"]);
        }
        match step % 4 {
            0 => {
                // Small batches while sparse, bigger ones once dense: 100k in total.
                let batch = if n < 3000 { 10 } else { 140 };
                let mut args = vec!["PFADD".to_string(), "hll".to_string()];
                for _ in 0..batch {
                    args.push(element(n));
                    n += 1;
                }
                RCmd::new(&args)
            }
            1 => RCmd::new(&["PFCOUNT", "hll"]),
            2 => RCmd::new(&["PFDEBUG", "ENCODING", "hll"]),
            _ => RCmd::new(&["GET", "hll"]),
        }
    });
}

#[test]
fn sparse_max_bytes_decides_promotion() {
    for max in ["0", "30", "100", "500", "1000", "3000", "6000", "20000"] {
        let mut added = 0u64;
        let mut step = 0;
        let max = max.to_string();
        diff_random(7, 400, move |rng| {
            step += 1;
            if step == 1 {
                return RCmd::new(&["CONFIG", "SET", "hll-sparse-max-bytes", &max]);
            }
            match step % 4 {
                0 => {
                    let k = 1 + rng.below(8) as usize;
                    let mut args = vec!["PFADD".to_string(), "hll".to_string()];
                    for _ in 0..k {
                        args.push(element(added));
                        added += 1;
                    }
                    RCmd::new(&args)
                }
                1 => RCmd::new(&["PFDEBUG", "ENCODING", "hll"]),
                2 => RCmd::new(&["STRLEN", "hll"]),
                _ => RCmd::new(&["GET", "hll"]),
            }
        });
    }
}

#[test]
fn config_set_sparse_max_bytes() {
    diff(&[
        "CONFIG GET hll-sparse-max-bytes",
        "CONFIG SET hll-sparse-max-bytes 30 => OK",
        "PFADD hll a b c d e f g => (integer) 1",
        "PFDEBUG encoding hll => dense",
        "CONFIG SET hll-sparse-max-bytes 3000 => OK",
        "PFADD h2 a b c d e f g => (integer) 1",
        "PFDEBUG encoding h2 => sparse",
        "PFMERGE m h2 => OK",
        "CONFIG SET hll-sparse-max-bytes 20 => OK",
        "PFMERGE m2 h2 => OK",
        "PFDEBUG encoding m2 => dense",
        "GET m2",
        "PFADD h2 z => (integer) 1",
        "PFDEBUG encoding h2 => dense",
        "CONFIG SET hll-sparse-max-bytes -1",
        "CONFIG GET hll-sparse-max-bytes",
    ]);
}

#[test]
fn sparse_and_dense_agree() {
    // The Tcl "sparse encoding stress test": the same elements into a sparse and a dense HLL.
    let mut x = 0;
    let mut elements: Vec<String> = Vec::new();
    diff_random(11, 300 * 7, move |rng| {
        x += 1;
        match x % 7 {
            1 => {
                let n = rng.below(100);
                elements = (0..n).map(|_| element(rng.next_u64())).collect();
                RCmd::new(&["DEL", "hll1", "hll2"])
            }
            2 => RCmd::new(&["PFADD", "hll2"]),
            3 => RCmd::new(&["PFDEBUG", "TODENSE", "hll2"]),
            4 => {
                let mut a = vec!["PFADD".to_string(), "hll1".to_string()];
                a.extend(elements.iter().cloned());
                RCmd::new(&a)
            }
            5 => {
                let mut a = vec!["PFADD".to_string(), "hll2".to_string()];
                a.extend(elements.iter().cloned());
                RCmd::new(&a)
            }
            6 => RCmd::new(&["PFCOUNT", "hll1"]),
            _ => RCmd::new(&["PFCOUNT", "hll2"]),
        }
    });
}

#[test]
fn redis_bytes_load_and_count_the_same() {
    // HLLs written by redis-server (sparse, dense, promoted), SET into ringkv as plain
    // strings: the counts, merges and further additions must agree.
    if skip_without_redis() {
        return;
    }
    let redis = Server::start_redis(&[]);
    let ringkv = Server::start(&["--threads", "2"]);
    let mut r = redis.conn();
    let mut k = ringkv.conn();
    let sizes = [0u64, 1, 10, 100, 500, 1000, 1500, 3000, 20000];
    let mut start = 0;
    for (i, &n) in sizes.iter().enumerate() {
        let key = format!("h{i}");
        let mut add = vec!["PFADD".to_string(), key.clone()];
        add.extend((start..start + n).map(element));
        start += n / 2;
        r.cmd(&add);
        if i % 2 == 1 {
            r.cmd(&["PFCOUNT", key.as_str()]);
        }
        let bytes = bulk_of(&r.cmd(&["GET", key.as_str()])).expect("redis has the HLL");
        assert_eq!(k.cmd(&set_cmd(&key, &bytes)), b"+OK\r\n");
        for q in [
            vec!["PFCOUNT".to_string(), key.clone()],
            vec!["PFCOUNT".to_string(), key.clone(), "h0".to_string()],
            vec!["GET".to_string(), key.clone()],
            vec!["PFDEBUG".to_string(), "ENCODING".to_string(), key.clone()],
        ] {
            assert_eq!(
                pretty(&r.cmd(&q)),
                pretty(&k.cmd(&q)),
                "{q:?} for {n} elements"
            );
        }
    }
    let mut all = vec!["PFMERGE".to_string(), "u".to_string()];
    all.extend((0..sizes.len()).map(|i| format!("h{i}")));
    let mut count = all.clone();
    count[0] = "PFCOUNT".to_string();
    count.remove(1);
    for q in [
        all,
        vec!["GET".into(), "u".into()],
        count,
        vec!["PFADD".into(), "h3".into(), "x".into(), "y".into()],
        vec!["GET".into(), "h3".into()],
    ] {
        assert_eq!(r.cmd(&q), k.cmd(&q), "{q:?}");
    }
}

// Not covered, known differences of the shard layer's WATCH: it counts every successful write
// command as touching its keys (Redis skips a PFADD that changed no register) and never a
// read-only one (Redis's PFCOUNT touches the key when it refreshes the cached cardinality).
#[test]
fn watch_sees_pfadd_and_pfmerge() {
    diff(&[
        "PFADD h a => (integer) 1",
        "[c0] WATCH h => OK",
        "[c1] PFADD h b => (integer) 1",
        "[c0] MULTI => OK",
        "[c0] PING => QUEUED",
        "[c0] EXEC => (nil array)",
        "[c0] WATCH h => OK",
        "[c1] PFMERGE h => OK",
        "[c0] MULTI => OK",
        "[c0] PFCOUNT h => QUEUED",
        "[c0] EXEC => (nil array)",
        "[c0] MULTI => OK",
        "[c0] PFADD h c d => QUEUED",
        "[c0] PFCOUNT h => QUEUED",
        "[c0] PFMERGE x h nokey => QUEUED",
        "[c0] GET x => QUEUED",
        "[c0] EXEC",
    ]);
}

/// Random HLL commands over a few keys (some on other shards), with the Tcl fuzzer's
/// corruptions (SETRANGE of random bytes, APPEND), plain strings and integers.
fn random_hll_command(rng: &mut Rng) -> RCmd {
    let keys = ["h1", "h2", "h3", "{h1}x", "s", "n"];
    let key = |rng: &mut Rng| rng.pick(&keys).to_string();
    let elem = |rng: &mut Rng| -> Vec<u8> {
        match rng.below(4) {
            0 => random_value(rng),
            1 => format!("e{}", rng.below(50)).into_bytes(),
            _ => element(rng.below(5000)).into_bytes(),
        }
    };
    match rng.below(100) {
        0..=34 => {
            let mut a = vec![b"PFADD".to_vec(), key(rng).into_bytes()];
            let n = if rng.chance(10) {
                100 + rng.below(400)
            } else {
                rng.below(12)
            };
            for _ in 0..n {
                a.push(elem(rng));
            }
            RCmd::new(&a)
        }
        35..=49 => {
            let mut a = vec!["PFCOUNT".to_string()];
            for _ in 0..1 + rng.below(3) {
                a.push(key(rng));
            }
            RCmd::new(&a)
        }
        50..=59 => {
            let mut a = vec!["PFMERGE".to_string()];
            for _ in 0..1 + rng.below(4) {
                a.push(key(rng));
            }
            RCmd::new(&a)
        }
        60..=71 => RCmd::new(&["GET".to_string(), key(rng)]),
        72..=75 => {
            let sub = rng.pick(&["GETREG", "DECODE", "ENCODING", "TODENSE", "nope"]);
            RCmd::new(&["PFDEBUG".to_string(), sub.to_string(), key(rng)])
        }
        76..=81 => {
            // Corrupt a byte of the header or the registers.
            let pos = if rng.chance(30) {
                rng.below(16)
            } else {
                rng.below(3000)
            };
            let byte = [rng.below(256) as u8];
            RCmd::new(&[
                b"SETRANGE".to_vec(),
                key(rng).into_bytes(),
                pos.to_string().into_bytes(),
                byte.to_vec(),
            ])
        }
        82..=83 => RCmd::new(&[b"APPEND".to_vec(), key(rng).into_bytes(), random_value(rng)]),
        84..=86 => RCmd::new(&["DEL".to_string(), key(rng)]),
        87..=88 => RCmd::new(&[b"SET".to_vec(), b"s".to_vec(), random_value(rng)]),
        89 => RCmd::new(&["SET", "n", "123"]),
        90..=91 => RCmd::new(&["OBJECT".to_string(), "ENCODING".to_string(), key(rng)]),
        92..=93 => RCmd::new(&["STRLEN".to_string(), key(rng)]),
        94 => {
            let max = rng.pick(&["0", "50", "200", "3000"]);
            RCmd::new(&["CONFIG", "SET", "hll-sparse-max-bytes", max])
        }
        _ => RCmd::new(&["EXISTS".to_string(), key(rng)]),
    }
}

#[test]
fn randomized_hll_commands() {
    diff_random(1, 2000, random_hll_command);
}

#[test]
fn randomized_hll_commands_seed_2() {
    diff_random(2, 2000, random_hll_command);
}

/// An HLL is a string in Redis's own layout, so its bytes taken from one server load in the
/// other: GET from redis-server, SET into ringkv (and back), then PFCOUNT and further PFADDs
/// agree byte for byte. Sparse (100 elements) and dense (20k) forms.
#[test]
fn hll_bytes_load_across_servers() {
    if skip_without_redis() {
        return;
    }
    let mut servers = start_trio(&[]);
    let (redis, rest) = servers.split_first().expect("three servers");
    let mut r = redis.conn();
    for n in [100u64, 20_000] {
        let mut pfadd = vec!["PFADD".to_string(), "src".into()];
        pfadd.extend((0..n).map(element));
        for s in rest {
            let mut c = s.conn();
            let (maker, loader) = (&mut r, &mut c);
            maker.cmd(&["DEL", "src", "copy"]);
            loader.cmd(&["DEL", "src", "copy"]);
            maker.cmd(&pfadd);
            loader.cmd(&pfadd);
            let ours = bulk_of(&maker.cmd(&["GET", "src"])).expect("an HLL string");
            let theirs = bulk_of(&loader.cmd(&["GET", "src"])).expect("an HLL string");
            assert_eq!(
                ours, theirs,
                "{}: the same PFADDs give other bytes ({n} elements)",
                s.name
            );
            // Redis's bytes into ringkv, ringkv's into Redis.
            loader.cmd(&[b"SET".as_slice(), b"copy", &ours]);
            maker.cmd(&[b"SET".as_slice(), b"copy", &theirs]);
            for conn in [&mut *maker, &mut *loader] {
                conn.cmd(&["PFADD", "copy", "one-more", "and-another"]);
            }
            assert_eq!(
                maker.cmd(&["PFCOUNT", "copy"]),
                loader.cmd(&["PFCOUNT", "copy"]),
                "{}: PFCOUNT of a loaded HLL ({n} elements)",
                s.name
            );
            assert_eq!(
                bulk_of(&maker.cmd(&["GET", "copy"])),
                bulk_of(&loader.cmd(&["GET", "copy"])),
                "{}: bytes after PFADD to a loaded HLL ({n} elements)",
                s.name
            );
        }
    }
    stop_all(&mut servers);
}
