//! Bitmap commands (tests/unit/bitops.tcl, bitfield.tcl): differential against
//! redis-server 7.0.15.  Every `=> ...` is redis's reply, checked.
mod common;
use common::*;

const WRONGTYPE: &str = "(error) WRONGTYPE Operation against a key holding the wrong kind of value";
const ERR_OFFSET: &str = "(error) ERR bit offset is not an integer or out of range";
const ERR_BIT: &str = "(error) ERR bit is not an integer or out of range";
const ERR_INT: &str = "(error) ERR value is not an integer or out of range";
const ERR_SYNTAX: &str = "(error) ERR syntax error";
const ERR_TYPE: &str = "(error) ERR Invalid bitfield type. Use something like i16 u8. Note that u64 is not supported but i64 is.";

/// `cmd => reply` lines from a command and a reply constant.
fn lines(pairs: &[(&str, &str)]) -> Vec<String> {
    pairs.iter().map(|(c, r)| format!("{c} => {r}")).collect()
}

fn diff_pairs(pairs: &[(&str, &str)]) {
    let l = lines(pairs);
    diff(&l.iter().map(String::as_str).collect::<Vec<_>>());
}

// ---------------------------------------------------------------------------
// SETBIT / GETBIT
// ---------------------------------------------------------------------------

#[test]
fn setbit_and_getbit_basics() {
    diff(&[
        "SETBIT k 1 1 => (integer) 0",
        "SETBIT k 1 1 => (integer) 1",
        "GETBIT k 1 => (integer) 1",
        "GETBIT k 0 => (integer) 0",
        "SETBIT k 7 1 => (integer) 0",
        "SETBIT k 1 0 => (integer) 1",
        "GET k => \"\\x01\"",
        "SETBIT k 17 1 => (integer) 0",
        "GET k => \"\\x01\\x00@\"",
        "STRLEN k => (integer) 3",
        "OBJECT ENCODING k => \"raw\"",
        "GETBIT k 100 => (integer) 0",
        "GETBIT nokey 0 => (integer) 0",
        "SETBIT k 0 0 => (integer) 0",
        "GET k => \"\\x01\\x00@\"",
    ]);
}

#[test]
fn setbit_on_int_and_embstr_values_makes_them_raw() {
    diff(&[
        "SET n 1 => OK",
        "OBJECT ENCODING n => \"int\"",
        "GETBIT n 2 => (integer) 1",
        "GETBIT n 1 => (integer) 0",
        "GETBIT n 8 => (integer) 0",
        "SETBIT n 6 1 => (integer) 0",
        "GET n => \"3\"",
        "OBJECT ENCODING n => \"raw\"",
        "SET e abc => OK",
        "SETBIT e 0 0 => (integer) 0",
        "OBJECT ENCODING e => \"raw\"",
        "GET e => \"abc\"",
        "SETBIT e 40 1 => (integer) 0",
        "GET e => \"abc\\x00\\x00\\x80\"",
    ]);
}

#[test]
fn setbit_keeps_the_ttl() {
    diff(&[
        "SET k a EX 100 => OK",
        "SETBIT k 3 1 => (integer) 0",
        "TTL k => (integer) 100",
        "GET k => \"q\"",
    ]);
}

#[test]
fn setbit_and_getbit_argument_errors() {
    diff_pairs(&[
        ("SETBIT k -1 1", ERR_OFFSET),
        ("SETBIT k x 1", ERR_OFFSET),
        ("SETBIT k 1.5 1", ERR_OFFSET),
        ("SETBIT k 4294967296 1", ERR_OFFSET),
        ("SETBIT k 99999999999999999999 1", ERR_OFFSET),
        ("SETBIT k 0 2", ERR_BIT),
        ("SETBIT k 0 -1", ERR_BIT),
        ("SETBIT k 0 x", ERR_BIT),
        ("SETBIT k 0 \"\"", ERR_BIT),
        ("SETBIT k x x", ERR_OFFSET),
        ("GETBIT k -1", ERR_OFFSET),
        ("GETBIT k 4294967296", ERR_OFFSET),
        ("GETBIT k x", ERR_OFFSET),
        ("GETBIT k 4294967295", "(integer) 0"),
        ("EXISTS k", "(integer) 0"),
        (
            "SETBIT k",
            "(error) ERR wrong number of arguments for 'setbit' command",
        ),
        (
            "SETBIT k 0 1 1",
            "(error) ERR wrong number of arguments for 'setbit' command",
        ),
        (
            "GETBIT k",
            "(error) ERR wrong number of arguments for 'getbit' command",
        ),
        (
            "GETBIT k 0 1",
            "(error) ERR wrong number of arguments for 'getbit' command",
        ),
    ]);
}

#[test]
fn bit_offsets_follow_proto_max_bulk_len() {
    diff_pairs(&[
        ("CONFIG SET proto-max-bulk-len 1048576", "OK"),
        ("SETBIT k 8388607 1", "(integer) 0"),
        ("STRLEN k", "(integer) 1048576"),
        ("SETBIT k 8388608 1", ERR_OFFSET),
        ("GETBIT k 8388608", ERR_OFFSET),
        ("BITFIELD k GET u8 #1048575", "[(integer) 1]"),
        ("BITFIELD k GET u8 #1048576", ERR_OFFSET),
        ("BITFIELD k GET u8 8388608", ERR_OFFSET),
        ("CONFIG SET proto-max-bulk-len 536870912", "OK"),
        ("GETBIT k 8388608", "(integer) 0"),
    ]);
}

#[test]
fn setbit_fuzzing_against_a_model() {
    // bitops.tcl "SETBIT fuzzing": random bits set and cleared, the string compared.
    let mut rng = Rng::new(11);
    let mut s = Script::new();
    for _ in 0..400 {
        let off = rng.below(2048).to_string();
        let v = rng.below(2).to_string();
        s = s.args(0, &["SETBIT", "fz", &off, &v], Cmp::Exact);
        if rng.chance(10) {
            s = s.args(0, &["GET", "fz"], Cmp::Exact);
        }
    }
    s.args(0, &["GET", "fz"], Cmp::Exact).run();
}

// ---------------------------------------------------------------------------
// BITCOUNT
// ---------------------------------------------------------------------------

#[test]
fn bitcount_whole_strings_and_ranges() {
    diff(&[
        "SET k foobar => OK",
        "BITCOUNT k => (integer) 26",
        "BITCOUNT k 0 0 => (integer) 4",
        "BITCOUNT k 1 1 => (integer) 6",
        "BITCOUNT k 1 1 BYTE => (integer) 6",
        "BITCOUNT k 5 30 BIT => (integer) 17",
        "BITCOUNT k 5 30 bit => (integer) 17",
        "BITCOUNT k -2 -1 => (integer) 7",
        "BITCOUNT k -1 -2 => (integer) 0",
        "BITCOUNT k 2 1 => (integer) 0",
        "BITCOUNT k 0 1000 => (integer) 26",
        "BITCOUNT k -1000 -1 => (integer) 26",
        "BITCOUNT k -1000 1000 => (integer) 26",
        "BITCOUNT k 0 -1 BIT => (integer) 26",
        "BITCOUNT k 1 1 BIT => (integer) 1",
        "BITCOUNT k 7 7 BIT => (integer) 0",
        "BITCOUNT k 47 47 BIT => (integer) 0",
        "BITCOUNT k 46 47 BIT => (integer) 1",
        "BITCOUNT k -3 -1 BIT => (integer) 1",
        "BITCOUNT k 3 10 BIT => (integer) 4",
        "BITCOUNT k 9223372036854775807 -9223372036854775808 => (integer) 0",
        "BITCOUNT k -9223372036854775808 9223372036854775807 BIT => (integer) 26",
        "SET n 12 => OK",
        "BITCOUNT n => (integer) 6",
        "BITCOUNT n 1 1 => (integer) 3",
        "SET e \"\" => OK",
        "BITCOUNT e => (integer) 0",
        "BITCOUNT e 0 -1 BIT => (integer) 0",
        "BITCOUNT nokey => (integer) 0",
    ]);
}

#[test]
fn bitcount_syntax_and_argument_errors() {
    diff_pairs(&[
        ("SET k foobar", "OK"),
        ("BITCOUNT k 0", ERR_SYNTAX),
        ("BITCOUNT k 0 1 2 3", ERR_SYNTAX),
        ("BITCOUNT k 0 1 bits", ERR_SYNTAX),
        ("BITCOUNT k 0 1 BIT x", ERR_SYNTAX),
        ("BITCOUNT k a 1", ERR_INT),
        ("BITCOUNT k 0 a", ERR_INT),
        ("BITCOUNT k a 1 junk", ERR_INT),
        // Crossed negative ranges are empty before the unit is looked at.
        ("BITCOUNT k -1 -2 junk", "(integer) 0"),
        // A missing key counts 0 whatever follows.
        ("BITCOUNT nokey 0", "(integer) 0"),
        ("BITCOUNT nokey a b c d", "(integer) 0"),
        (
            "BITCOUNT",
            "(error) ERR wrong number of arguments for 'bitcount' command",
        ),
    ]);
}

#[test]
fn bitcount_against_a_model_on_long_strings() {
    // bitops.tcl "BITCOUNT fuzzing": strings around word boundaries.
    let mut rng = Rng::new(5);
    let mut s = Script::new();
    for len in [
        1usize, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 255, 1000,
    ] {
        let v: Vec<u8> = (0..len).map(|_| rng.below(256) as u8).collect();
        s = s.args(0, &[&b"SET"[..], b"s", &v], Cmp::Exact);
        s = s.args(0, &["BITCOUNT", "s"], Cmp::Exact);
        for _ in 0..6 {
            let a = rng.range(-(len as i64) - 2, len as i64 + 2).to_string();
            let b = rng.range(-(len as i64) - 2, len as i64 + 2).to_string();
            s = s.args(0, &["BITCOUNT", "s", &a, &b], Cmp::Exact);
            let a = rng
                .range(-(len as i64) * 8 - 9, len as i64 * 8 + 9)
                .to_string();
            let b = rng
                .range(-(len as i64) * 8 - 9, len as i64 * 8 + 9)
                .to_string();
            s = s.args(0, &["BITCOUNT", "s", &a, &b, "BIT"], Cmp::Exact);
        }
    }
    s.run();
}

// ---------------------------------------------------------------------------
// BITPOS
// ---------------------------------------------------------------------------

#[test]
fn bitpos_bit_set_and_clear() {
    diff(&[
        "SET k \"\\xff\\xf0\\x00\" => OK",
        "BITPOS k 0 => (integer) 12",
        "BITPOS k 1 => (integer) 0",
        "BITPOS k 1 2 => (integer) -1",
        "BITPOS k 0 2 => (integer) 16",
        "BITPOS k 1 1 => (integer) 8",
        "BITPOS k 0 1 1 => (integer) 12",
        "BITPOS k 1 -1 => (integer) -1",
        "BITPOS k 0 -3 -2 => (integer) 12",
        "BITPOS k 1 7 15 BIT => (integer) 7",
        "BITPOS k 0 7 15 BIT => (integer) 12",
        "BITPOS k 0 3 5 bit => (integer) -1",
        "BITPOS k 1 12 23 bit => (integer) -1",
        "BITPOS k 1 2 1 => (integer) -1",
        "BITPOS k 0 0 0 BYTE => (integer) -1",
        "BITPOS k 0 0 -1 BIT => (integer) 12",
        "BITPOS k 1 -5 -1 BIT => (integer) -1",
        "BITPOS k 0 13 13 BIT => (integer) 13",
        "BITPOS k 1 11 11 BIT => (integer) 11",
        "BITPOS k 1 12 12 BIT => (integer) -1",
    ]);
}

#[test]
fn bitpos_clear_bit_with_and_without_an_end() {
    // Without an end the string reads as padded with clear bits; with one, it doesn't.
    diff(&[
        "SET ones \"\\xff\\xff\\xff\" => OK",
        "BITPOS ones 0 => (integer) 24",
        "BITPOS ones 0 0 => (integer) 24",
        "BITPOS ones 0 1 => (integer) 24",
        "BITPOS ones 0 0 -1 => (integer) -1",
        "BITPOS ones 0 0 2 => (integer) -1",
        "BITPOS ones 0 1 20 BIT => (integer) -1",
        "BITPOS ones 0 3 3 BIT => (integer) -1",
        "BITPOS ones 0 0 -1 BYTE => (integer) -1",
        "SET zeros \"\\x00\\x00\\x00\" => OK",
        "BITPOS zeros 1 => (integer) -1",
        "BITPOS zeros 0 => (integer) 0",
        "BITPOS zeros 0 1 => (integer) 8",
        "BITPOS zeros 1 0 -1 BIT => (integer) -1",
        "SET e \"\" => OK",
        "BITPOS e 0 => (integer) -1",
        "BITPOS e 1 => (integer) -1",
        "BITPOS e 0 0 => (integer) -1",
        "BITPOS nokey 0 => (integer) 0",
        "BITPOS nokey 1 => (integer) -1",
        "BITPOS nokey 0 5 10 => (integer) 0",
        "BITPOS nokey 1 x => (integer) -1",
        "SET n 1 => OK",
        "BITPOS n 1 => (integer) 2",
        "BITPOS n 0 => (integer) 0",
    ]);
}

#[test]
fn bitpos_argument_errors() {
    diff_pairs(&[
        ("SET k abc", "OK"),
        ("BITPOS k 2", "(error) ERR The bit argument must be 1 or 0."),
        (
            "BITPOS k -1",
            "(error) ERR The bit argument must be 1 or 0.",
        ),
        (
            "BITPOS nokey 2",
            "(error) ERR The bit argument must be 1 or 0.",
        ),
        ("BITPOS k x", ERR_INT),
        ("BITPOS k 1 0 1 bit x", ERR_SYNTAX),
        ("BITPOS k 1 x 1 bit x", ERR_SYNTAX),
        ("BITPOS k 1 0 1 bat", ERR_SYNTAX),
        ("BITPOS k 1 x 1 bat", ERR_INT),
        ("BITPOS k 1 0 x bat", ERR_SYNTAX),
        ("BITPOS k 1 0 x bit", ERR_INT),
        ("BITPOS k 1 x", ERR_INT),
        (
            "BITPOS k",
            "(error) ERR wrong number of arguments for 'bitpos' command",
        ),
    ]);
}

#[test]
fn bitpos_against_a_model_on_random_strings() {
    let mut rng = Rng::new(9);
    let mut s = Script::new();
    for len in [1usize, 2, 7, 8, 9, 16, 17, 40, 100] {
        for fill in [0u8, 0xff, 0x55] {
            let mut v = vec![fill; len];
            // One odd byte somewhere, or none.
            if rng.chance(70) {
                let i = rng.below(len as u64) as usize;
                v[i] = rng.below(256) as u8;
            }
            s = s.args(0, &[&b"SET"[..], b"s", &v], Cmp::Exact);
            for bit in ["0", "1"] {
                s = s.args(0, &["BITPOS", "s", bit], Cmp::Exact);
                for _ in 0..4 {
                    let n = len as i64;
                    let a = rng.range(-n - 2, n + 2).to_string();
                    let b = rng.range(-n - 2, n + 2).to_string();
                    s = s.args(0, &["BITPOS", "s", bit, &a], Cmp::Exact);
                    s = s.args(0, &["BITPOS", "s", bit, &a, &b], Cmp::Exact);
                    let a = rng.range(-n * 8 - 9, n * 8 + 9).to_string();
                    let b = rng.range(-n * 8 - 9, n * 8 + 9).to_string();
                    s = s.args(0, &["BITPOS", "s", bit, &a, &b, "BIT"], Cmp::Exact);
                }
            }
        }
    }
    s.run();
}

// ---------------------------------------------------------------------------
// BITOP
// ---------------------------------------------------------------------------

#[test]
fn bitop_and_or_xor_not() {
    diff(&[
        "SET a \"\\xff\\x0f\\xaa\" => OK",
        "SET b \"\\x0f\\xff\" => OK",
        "BITOP AND d a b => (integer) 3",
        "GET d => \"\\x0f\\x0f\\x00\"",
        "BITOP OR d a b => (integer) 3",
        "GET d => \"\\xff\\xff\\xaa\"",
        "BITOP XOR d a b nokey => (integer) 3",
        "GET d => \"\\xf0\\xf0\\xaa\"",
        "BITOP not d b => (integer) 2",
        "GET d => \"\\xf0\\x00\"",
        "BITOP AND d nokey a => (integer) 3",
        "GET d => \"\\x00\\x00\\x00\"",
        "BITOP and d a => (integer) 3",
        "GET d => \"\\xff\\x0f\\xaa\"",
        "OBJECT ENCODING d => \"raw\"",
        "SET n 12 => OK",
        "BITOP OR d n => (integer) 2",
        "GET d => \"12\"",
        "OBJECT ENCODING d => \"raw\"",
        "BITOP XOR d a a => (integer) 3",
        "GET d => \"\\x00\\x00\\x00\"",
    ]);
}

#[test]
fn bitop_on_long_strings_of_several_keys() {
    // Longer than the word-at-a-time fast path of Redis, with unequal lengths.
    let mut rng = Rng::new(3);
    let mut s = Script::new();
    for (k, len) in [("x", 100usize), ("y", 64), ("z", 33), ("w", 0)] {
        let v: Vec<u8> = (0..len).map(|_| rng.below(256) as u8).collect();
        s = s.args(0, &[&b"SET"[..], k.as_bytes(), &v], Cmp::Exact);
    }
    for op in ["AND", "OR", "XOR"] {
        for keys in [
            &["x", "y"][..],
            &["y", "x", "z"],
            &["z", "x", "y", "w", "nokey"],
        ] {
            let mut args = vec!["BITOP", op, "dest"];
            args.extend_from_slice(keys);
            s = s.args(0, &args, Cmp::Exact);
            s = s.args(0, &["GET", "dest"], Cmp::Exact);
        }
    }
    s = s.args(0, &["BITOP", "NOT", "dest", "x"], Cmp::Exact);
    s.args(0, &["GET", "dest"], Cmp::Exact).run();
}

#[test]
fn bitop_empty_result_deletes_the_destination() {
    diff(&[
        "SET d x => OK",
        "BITOP OR d nokey other => (integer) 0",
        "EXISTS d => (integer) 0",
        "SET e \"\" => OK",
        "SET d x => OK",
        "BITOP AND d e nokey => (integer) 0",
        "EXISTS d => (integer) 0",
        "BITOP NOT d e => (integer) 0",
        "EXISTS d => (integer) 0",
    ]);
}

#[test]
fn bitop_replaces_the_destination_and_its_ttl() {
    diff(&[
        "SET d x EX 100 => OK",
        "SET a y => OK",
        "BITOP OR d a => (integer) 1",
        "TTL d => (integer) -1",
        "GET d => \"y\"",
        "BITOP NOT d d => (integer) 1",
        "GET d => \"\\x86\"",
    ]);
}

#[test]
fn bitop_errors() {
    diff_pairs(&[
        ("SET a 1", "OK"),
        ("SET d keep", "OK"),
        ("BITOP NAND d a", ERR_SYNTAX),
        ("BITOP NOTT d a a", ERR_SYNTAX),
        (
            "BITOP NOT d a a",
            "(error) ERR BITOP NOT must be called with a single source key.",
        ),
        (
            "BITOP not d",
            "(error) ERR wrong number of arguments for 'bitop' command",
        ),
        (
            "BITOP AND d",
            "(error) ERR wrong number of arguments for 'bitop' command",
        ),
        ("GET d", "\"keep\""),
    ]);
}

#[test]
fn bitop_keys_on_different_shards() {
    // Enough keys that, on four threads, sources and destination live on different shards.
    let mut s = Script::new();
    let keys: Vec<String> = (0..12).map(|i| format!("src{i}")).collect();
    for (i, k) in keys.iter().enumerate() {
        s = s.args(0, &["SETBIT", k, &(i * 3).to_string(), "1"], Cmp::Exact);
    }
    for op in ["OR", "XOR", "AND"] {
        let mut args: Vec<&str> = vec!["BITOP", op, "dst"];
        args.extend(keys.iter().map(String::as_str));
        s = s.args(0, &args, Cmp::Exact);
        s = s.args(0, &["GET", "dst"], Cmp::Exact);
        s = s.args(0, &["BITCOUNT", "dst"], Cmp::Exact);
    }
    s.run();
}

// ---------------------------------------------------------------------------
// BITFIELD
// ---------------------------------------------------------------------------

#[test]
fn bitfield_set_get_incrby() {
    diff(&[
        "BITFIELD k SET u5 7 23 => [(integer) 0]",
        "GET k => \"\\x01p\"",
        "BITFIELD k GET u5 7 GET i5 7 GET u16 0 => [(integer) 23, (integer) -9, (integer) 368]",
        "BITFIELD k INCRBY u5 7 1 INCRBY u5 7 10 => [(integer) 24, (integer) 2]",
        "BITFIELD k OVERFLOW SAT INCRBY u5 7 100 INCRBY i5 7 -100 => [(integer) 31, (integer) -16]",
        "BITFIELD k OVERFLOW FAIL INCRBY u5 7 100 GET u5 7 => [(nil), (integer) 16]",
        "BITFIELD k SET i64 0 -1 GET u63 1 GET i64 0 => [(integer) 72057594037927936, (integer) 9223372036854775807, (integer) -1]",
        "BITFIELD k OVERFLOW WRAP INCRBY i64 0 -9223372036854775808 => [(integer) 9223372036854775807]",
        "BITFIELD k SET u8 #2 255 GET u8 #2 GET u8 16 => [(integer) 255, (integer) 255, (integer) 255]",
        "BITFIELD k GET u8 1000 GET i64 1000 => [(integer) 0, (integer) 0]",
        "BITFIELD k => []",
        "BITFIELD k OVERFLOW SAT => []",
        "BITFIELD nokey GET u8 0 => [(integer) 0]",
        "EXISTS nokey => (integer) 0",
        "BITFIELD_RO k GET u8 #2 GET i3 5 => [(integer) 255, (integer) -1]",
        "BITFIELD_RO nokey GET u8 0 => [(integer) 0]",
        "BITFIELD_RO k => []",
        "get k => \"\\x7f\\xff\\xff\\xff\\xff\\xff\\xff\\xff\"",
        "bitfield k set i8 0 1 overflow sat incrby u2 1 5 => [(integer) 127, (integer) 3]",
    ]);
}

#[test]
fn bitfield_overflow_rules() {
    diff(&[
        "BITFIELD bits SET u8 0 255 => [(integer) 0]",
        "BITFIELD bits INCRBY u8 0 100 => [(integer) 99]",
        "BITFIELD bits OVERFLOW SAT INCRBY u8 0 500 => [(integer) 255]",
        "BITFIELD bits SET i8 0 127 OVERFLOW WRAP INCRBY i8 0 1 => [(integer) -1, (integer) -128]",
        "BITFIELD bits SET i8 0 -128 INCRBY i8 0 -1 => [(integer) -128, (integer) 127]",
        "BITFIELD bits SET u8 0 256 => [(integer) 127]",
        "BITFIELD bits GET u8 0 => [(integer) 0]",
        "BITFIELD bits OVERFLOW SAT SET u8 0 -1 SET i8 0 200 => [(integer) 0, (integer) -1]",
        "BITFIELD bits GET i8 0 => [(integer) 127]",
        "BITFIELD bits OVERFLOW FAIL SET i8 0 128 INCRBY u63 1 -1 => [(nil), (integer) 9151314442816847871]",
        "BITFIELD bits SET i64 0 9223372036854775807 INCRBY i64 0 1 => [(integer) 9151314442816847871, (integer) -9223372036854775808]",
        "BITFIELD bits OVERFLOW SAT INCRBY i64 0 -1 INCRBY i64 0 -9223372036854775808 => [(integer) -9223372036854775808, (integer) -9223372036854775808]",
        "BITFIELD bits OVERFLOW SAT SET i64 0 9223372036854775807 INCRBY i64 0 1 => [(integer) -9223372036854775808, (integer) 9223372036854775807]",
        "BITFIELD bits OVERFLOW FAIL INCRBY i64 0 1 INCRBY i64 0 -1 => [(nil), (integer) 9223372036854775806]",
        "BITFIELD bits OVERFLOW WRAP SET u63 0 9223372036854775807 INCRBY u63 0 1 => [(integer) 4611686018427387903, (integer) 0]",
        "BITFIELD bits OVERFLOW SAT INCRBY u63 0 -1 INCRBY u1 0 3 => [(integer) 0, (integer) 1]",
        "BITFIELD bits OVERFLOW WRAP INCRBY u1 0 3 INCRBY i1 0 1 => [(integer) 0, (integer) -1]",
        "BITFIELD bits OVERFLOW FAIL INCRBY i1 0 -1 INCRBY i1 0 1 => [(nil), (integer) 0]",
    ]);
}

#[test]
fn bitfield_fail_overflow_still_creates_and_grows_the_key() {
    diff(&[
        "BITFIELD nk OVERFLOW FAIL INCRBY u2 100 10 => [(nil)]",
        "STRLEN nk => (integer) 13",
        "OBJECT ENCODING nk => \"raw\"",
        "SET n 7 => OK",
        "BITFIELD n OVERFLOW FAIL SET u2 100 10 => [(nil)]",
        "GET n => \"7\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\"",
        "OBJECT ENCODING n => \"raw\"",
    ]);
}

#[test]
fn bitfield_resp3_nulls() {
    diff(&[
        "[hello] HELLO 3",
        "BITFIELD nk OVERFLOW FAIL INCRBY u2 0 10 GET u2 0 => [(null), (integer) 0]",
    ]);
}

#[test]
fn bitfield_errors() {
    diff_pairs(&[
        ("BITFIELD k GET u64 0", ERR_TYPE),
        ("BITFIELD k GET i65 0", ERR_TYPE),
        ("BITFIELD k GET i0 0", ERR_TYPE),
        ("BITFIELD k GET U8 0", ERR_TYPE),
        ("BITFIELD k GET x8 0", ERR_TYPE),
        ("BITFIELD k GET u 0", ERR_TYPE),
        ("BITFIELD k GET u08 0", ERR_TYPE),
        ("BITFIELD k GET \"\" 0", ERR_TYPE),
        ("BITFIELD k GET u8 -1", ERR_OFFSET),
        ("BITFIELD k GET u8 #-1", ERR_OFFSET),
        ("BITFIELD k GET u8 ##1", ERR_OFFSET),
        ("BITFIELD k GET u8 #", ERR_OFFSET),
        ("BITFIELD k GET u8 x", ERR_OFFSET),
        ("BITFIELD k SET u8 0 x", ERR_INT),
        ("BITFIELD k INCRBY u8 0 1.5", ERR_INT),
        ("BITFIELD k GET u8", ERR_SYNTAX),
        ("BITFIELD k SET u8 0", ERR_SYNTAX),
        ("BITFIELD k INCRBY u8 0", ERR_SYNTAX),
        ("BITFIELD k FOO", ERR_SYNTAX),
        ("BITFIELD k GET u8 0 FOO", ERR_SYNTAX),
        ("BITFIELD k OVERFLOW", ERR_SYNTAX),
        (
            "BITFIELD k OVERFLOW WRAPS",
            "(error) ERR Invalid OVERFLOW type specified",
        ),
        ("BITFIELD k SET u8 0 1 GET u64 0", ERR_TYPE),
        (
            "BITFIELD_RO k SET u8 0 1",
            "(error) ERR BITFIELD_RO only supports the GET subcommand",
        ),
        (
            "BITFIELD_RO k INCRBY u8 0 1 GET u8 0",
            "(error) ERR BITFIELD_RO only supports the GET subcommand",
        ),
        ("BITFIELD_RO k SET u8 0 1 GET u64 0", ERR_TYPE),
        ("BITFIELD_RO k OVERFLOW SAT", "[]"),
        ("EXISTS k", "(integer) 0"),
        (
            "BITFIELD",
            "(error) ERR wrong number of arguments for 'bitfield' command",
        ),
        (
            "BITFIELD_RO",
            "(error) ERR wrong number of arguments for 'bitfield_ro' command",
        ),
    ]);
}

#[test]
fn bitfield_signed_and_unsigned_against_a_model() {
    // bitfield.tcl "BITFIELD signed/unsigned SET and GET" fuzzing, as a differential run.
    let mut rng = Rng::new(21);
    let mut s = Script::new();
    for _ in 0..300 {
        let signed = rng.chance(50);
        let bits = if signed {
            rng.range(1, 64)
        } else {
            rng.range(1, 63)
        };
        let ty = format!("{}{bits}", if signed { 'i' } else { 'u' });
        let off = rng.below(200).to_string();
        let v = (rng.next_u64() as i64 >> rng.below(64)).to_string();
        let ow = rng.pick(&["WRAP", "SAT", "FAIL"]);
        let op = rng.pick(&["SET", "INCRBY"]);
        s = s.args(
            0,
            &[
                "BITFIELD", "f", "OVERFLOW", ow, op, &ty, &off, &v, "GET", &ty, &off,
            ],
            Cmp::Exact,
        );
    }
    s.args(0, &["GET", "f"], Cmp::Exact).run();
}

// ---------------------------------------------------------------------------
// Other types, arity
// ---------------------------------------------------------------------------

#[test]
fn bit_commands_wrongtype() {
    diff_pairs(&[
        ("LPUSH list a", "(integer) 1"),
        ("SET s abc", "OK"),
        ("SETBIT list 0 1", WRONGTYPE),
        ("SETBIT list x 1", ERR_OFFSET),
        ("SETBIT list 0 5", ERR_BIT),
        ("GETBIT list 0", WRONGTYPE),
        ("GETBIT list x", ERR_OFFSET),
        ("BITCOUNT list", WRONGTYPE),
        ("BITCOUNT list 0", WRONGTYPE),
        ("BITCOUNT list 0 1 x", WRONGTYPE),
        ("BITPOS list 1", WRONGTYPE),
        (
            "BITPOS list 3",
            "(error) ERR The bit argument must be 1 or 0.",
        ),
        ("BITOP AND d s list", WRONGTYPE),
        ("BITOP NOT d list", WRONGTYPE),
        ("EXISTS d", "(integer) 0"),
        ("BITOP OR list s", "(integer) 3"),
        ("TYPE list", "string"),
        ("LPUSH list2 a", "(integer) 1"),
        ("BITFIELD list2 GET u8 0", WRONGTYPE),
        ("BITFIELD list2 SET u8 0 1", WRONGTYPE),
        ("BITFIELD list2", WRONGTYPE),
        ("BITFIELD list2 GET u64 0", ERR_TYPE),
        ("BITFIELD_RO list2 GET u8 0", WRONGTYPE),
        ("LLEN list2", "(integer) 1"),
    ]);
}

#[test]
fn bit_commands_count_keyspace_hits_and_misses() {
    Script::new()
        .lines(&[
            "CONFIG RESETSTAT => OK",
            "SET a x => OK",
            "GETBIT a 0 => (integer) 0",
            "GETBIT nokey 0 => (integer) 0",
            "BITCOUNT a => (integer) 4",
            "BITPOS nokey 1 => (integer) -1",
            "BITOP OR d a nokey => (integer) 1",
            "BITFIELD a GET u8 0 => [(integer) 120]",
            "BITFIELD a SET u8 0 1 => [(integer) 120]",
            "BITFIELD_RO nokey GET u8 0 => [(integer) 0]",
            "SETBIT a 0 1 => (integer) 0",
        ])
        .check("INFO stats", same_hits_and_misses)
        .run();
}

// ---------------------------------------------------------------------------
// Randomized differential testing of the bitmap commands.
// ---------------------------------------------------------------------------

fn bkey(rng: &mut Rng) -> Vec<u8> {
    format!("b{}", rng.below(5)).into_bytes()
}

fn offset(rng: &mut Rng) -> Vec<u8> {
    match rng.below(20) {
        0 => rng.pick(&["-1", "x", "4294967296", "1.5", ""]).into(),
        1 => rng.range(0, 4000).to_string().into_bytes(),
        _ => rng.range(0, 120).to_string().into_bytes(),
    }
}

fn index(rng: &mut Rng, span: i64) -> Vec<u8> {
    match rng.below(25) {
        0 => rng
            .pick(&["x", "9223372036854775807", "-9223372036854775808"])
            .into(),
        _ => rng.range(-span, span).to_string().into_bytes(),
    }
}

fn field_type(rng: &mut Rng) -> Vec<u8> {
    match rng.below(60) {
        0 => rng.pick(&["u64", "i65", "i0", "U8", "x", ""]).into(),
        _ if rng.chance(50) => format!("i{}", rng.range(1, 64)).into_bytes(),
        _ => format!("u{}", rng.range(1, 63)).into_bytes(),
    }
}

fn field_offset(rng: &mut Rng) -> Vec<u8> {
    match rng.below(30) {
        0..=3 => format!("#{}", rng.range(0, 12)).into_bytes(),
        4 => rng.pick(&["-1", "#-1", "x"]).into(),
        _ => rng.range(0, 100).to_string().into_bytes(),
    }
}

fn field_value(rng: &mut Rng) -> Vec<u8> {
    match rng.below(12) {
        0 => i64::MAX.to_string().into_bytes(),
        1 => i64::MIN.to_string().into_bytes(),
        2 if rng.chance(30) => rng.pick(&["x", "1.5"]).into(),
        3 => (rng.next_u64() as i64).to_string().into_bytes(),
        4 => (rng.next_u64() as i64 >> rng.below(64))
            .to_string()
            .into_bytes(),
        _ => rng.range(-300, 300).to_string().into_bytes(),
    }
}

fn random_bit_command(rng: &mut Rng) -> RCmd {
    let b = |s: &str| s.as_bytes().to_vec();
    let k = bkey(rng);
    let args: Vec<Vec<u8>> = match rng.below(32) {
        0..=4 => {
            let v = match rng.below(12) {
                0 => b(rng.pick(&["2", "-1", "x"])),
                _ => rng.below(2).to_string().into_bytes(),
            };
            vec![b("SETBIT"), k, offset(rng), v]
        }
        5 | 6 => vec![b("GETBIT"), k, offset(rng)],
        7..=9 => {
            let mut a = vec![b("BITCOUNT"), k];
            match rng.below(6) {
                0 => {}
                1 => a.push(index(rng, 20)),
                2 | 3 => a.extend([index(rng, 20), index(rng, 20)]),
                4 => a.extend([
                    index(rng, 130),
                    index(rng, 130),
                    b(rng.pick(&["BIT", "bit"])),
                ]),
                _ => a.extend([
                    index(rng, 20),
                    index(rng, 20),
                    b(rng.pick(&["BYTE", "BIT", "bits", "x"])),
                ]),
            }
            if rng.chance(3) {
                a.push(b("extra"));
            }
            a
        }
        10..=13 => {
            let bit = if rng.chance(95) {
                rng.below(2).to_string().into_bytes()
            } else {
                b(rng.pick(&["2", "x"]))
            };
            let mut a = vec![b("BITPOS"), k, bit];
            match rng.below(6) {
                0 => {}
                1 => a.push(index(rng, 20)),
                2 => a.extend([index(rng, 20), index(rng, 20)]),
                3 => a.extend([index(rng, 20), index(rng, 20), b("BYTE")]),
                _ => a.extend([
                    index(rng, 130),
                    index(rng, 130),
                    b(rng.pick(&["BIT", "bit"])),
                ]),
            }
            if rng.chance(3) {
                a.push(b("extra"));
            }
            a
        }
        14..=16 => {
            let op = if rng.chance(95) {
                b(rng.pick(&["AND", "OR", "XOR", "NOT", "and", "xor"]))
            } else {
                b("NAND")
            };
            let n = if op == b"NOT" && rng.chance(90) {
                1
            } else {
                1 + rng.below(4)
            };
            let mut a = vec![b("BITOP"), op, bkey(rng)];
            for _ in 0..n {
                a.push(if rng.chance(10) {
                    b("missing")
                } else {
                    bkey(rng)
                });
            }
            a
        }
        17..=21 => {
            let ro = rng.chance(20);
            let mut a = vec![b(if ro { "BITFIELD_RO" } else { "BITFIELD" }), k];
            for _ in 0..rng.below(5) {
                match rng.below(if ro { 8 } else { 10 }) {
                    0 => a.extend([
                        b("OVERFLOW"),
                        b(rng.pick(&["WRAP", "SAT", "FAIL", "fail", "sat", "bad"])),
                    ]),
                    1..=4 => a.extend([b("GET"), field_type(rng), field_offset(rng)]),
                    5 | 8 => a.extend([
                        b("SET"),
                        field_type(rng),
                        field_offset(rng),
                        field_value(rng),
                    ]),
                    6 | 9 => a.extend([
                        b("INCRBY"),
                        field_type(rng),
                        field_offset(rng),
                        field_value(rng),
                    ]),
                    _ if rng.chance(30) => a.push(b(rng.pick(&["GET", "FOO"]))),
                    _ => a.extend([b("GET"), field_type(rng), field_offset(rng)]),
                }
            }
            a
        }
        22..=25 => vec![b("GET"), k],
        26 => vec![b("SET"), k, random_value(rng)],
        27 => vec![b("APPEND"), k, random_value(rng)],
        28 => vec![b("DEL"), k],
        29 => vec![b("STRLEN"), k],
        30 => vec![b("LPUSH"), k, b("x")],
        _ => vec![b("OBJECT"), b("ENCODING"), k],
    };
    RCmd::new(&args)
}

#[test]
fn randomized_bit_commands() {
    diff_random(77, 3000, random_bit_command);
}

#[test]
fn randomized_bit_commands_seed_2() {
    diff_random(78, 3000, random_bit_command);
}

#[test]
fn words_end_at_nul_bytes_and_numbers_are_strict() {
    // Redis matches words with strcasecmp and reads a bitfield width with strlen; numbers
    // go through string2ll, which takes no sign '+', no spaces and no leading zeros.
    diff_pairs(&[
        ("SET k foobar", "OK"),
        ("BITCOUNT k 0 1 \"bit\\x00x\"", "(integer) 1"),
        ("BITPOS k 0 0 9 \"BYTE\\x00\"", "(integer) 0"),
        ("BITOP \"or\\x00x\" d k", "(integer) 6"),
        ("BITFIELD k GET \"u8\\x00x\" 0", "[(integer) 102]"),
        (
            "BITFIELD k \"get\\x00\" u8 0 OVERFLOW \"sat\\x00\"",
            "[(integer) 102]",
        ),
        ("BITFIELD k GET u8 \"0\\x00\"", ERR_OFFSET),
        ("BITFIELD k GET u+8 0", ERR_TYPE),
        ("BITFIELD k GET \"u 8\" 0", ERR_TYPE),
        ("SETBIT k +5 1", ERR_OFFSET),
        ("SETBIT k 05 1", ERR_OFFSET),
        ("SETBIT k \" 5\" 1", ERR_OFFSET),
        ("SETBIT k 5 +1", ERR_BIT),
        ("SETBIT k 5 01", ERR_BIT),
        ("GETBIT k -0", ERR_OFFSET),
        ("BITCOUNT k +1 2", ERR_INT),
        ("BITPOS k +1", ERR_INT),
        ("BITFIELD k SET u8 0 +1", ERR_INT),
    ]);
}
