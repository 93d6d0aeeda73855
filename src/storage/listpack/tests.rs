use super::*;

/// xorshift64*: deterministic and good enough to drive tests.
pub(crate) struct Rng(u64);

impl Rng {
    pub(crate) fn new(seed: u64) -> Self {
        Rng(seed | 1)
    }
    pub(crate) fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A random element: small ints, boundary ints, non-canonical numbers, strings of sizes
/// around every encoding boundary.
pub(crate) fn random_value(rng: &mut Rng) -> Vec<u8> {
    match rng.below(10) {
        0 => (rng.below(300) as i64 - 150).to_string().into_bytes(),
        1 => (rng.next() as i64).to_string().into_bytes(),
        2 => {
            let bounds = [
                127i64,
                128,
                -4096,
                -4097,
                4095,
                4096,
                32767,
                32768,
                -32768,
                -32769,
                8388607,
                8388608,
                -8388608,
                -8388609,
                2147483647,
                2147483648,
                -2147483648,
                -2147483649,
                i64::MAX,
                i64::MIN,
            ];
            bounds[rng.below(bounds.len())].to_string().into_bytes()
        }
        3 => [
            &b"007"[..],
            b"-0",
            b"+1",
            b"",
            b" 1",
            b"1 ",
            b"99999999999999999999",
        ][rng.below(7)]
        .to_vec(),
        4 => vec![b'a' + rng.below(26) as u8; 60 + rng.below(8)],
        5 if rng.below(20) == 0 => vec![b'b'; 4090 + rng.below(12)],
        _ => {
            let n = rng.below(20);
            (0..n).map(|_| b'a' + rng.below(26) as u8).collect()
        }
    }
}

fn contents(lp: &Listpack) -> Vec<Vec<u8>> {
    lp.iter().map(|e| e.to_vec()).collect()
}

fn entry_bytes(value: &[u8]) -> Vec<u8> {
    let mut lp = Listpack::new();
    lp.push_back(value);
    lp.bytes()[HDR_SIZE..lp.bytes().len() - 1].to_vec()
}

fn int_bytes(v: i64) -> Vec<u8> {
    entry_bytes(v.to_string().as_bytes())
}

#[test]
fn empty_listpack_is_seven_bytes() {
    let lp = Listpack::new();
    assert_eq!(lp.bytes(), &[7, 0, 0, 0, 0, 0, 0xFF]);
    assert_eq!(lp.len(), 0);
    assert_eq!(lp.get(0), None);
    assert_eq!(lp.get(-1), None);
    assert!(Listpack::from_bytes(lp.bytes().to_vec()).is_some());
}

#[test]
fn seven_bit_uint_boundaries() {
    assert_eq!(int_bytes(0), [0x00, 0x01]);
    assert_eq!(int_bytes(127), [0x7F, 0x01]);
    // 128 leaves the 7-bit range: 13-bit int.
    assert_eq!(int_bytes(128), [0xC0, 0x80, 0x02]);
    assert_eq!(int_bytes(-1), [0xDF, 0xFF, 0x02]);
}

#[test]
fn thirteen_bit_int_boundaries() {
    assert_eq!(int_bytes(-4096), [0xD0, 0x00, 0x02]);
    assert_eq!(int_bytes(4095), [0xCF, 0xFF, 0x02]);
    assert_eq!(int_bytes(4096), [0xF1, 0x00, 0x10, 0x03]);
    assert_eq!(int_bytes(-4097), [0xF1, 0xFF, 0xEF, 0x03]);
}

#[test]
fn wide_int_boundaries() {
    assert_eq!(int_bytes(32767), [0xF1, 0xFF, 0x7F, 0x03]);
    assert_eq!(int_bytes(-32768), [0xF1, 0x00, 0x80, 0x03]);
    assert_eq!(int_bytes(32768), [0xF2, 0x00, 0x80, 0x00, 0x04]);
    assert_eq!(int_bytes(-32769), [0xF2, 0xFF, 0x7F, 0xFF, 0x04]);
    assert_eq!(int_bytes(8388607), [0xF2, 0xFF, 0xFF, 0x7F, 0x04]);
    assert_eq!(int_bytes(-8388608), [0xF2, 0x00, 0x00, 0x80, 0x04]);
    assert_eq!(int_bytes(8388608), [0xF3, 0x00, 0x00, 0x80, 0x00, 0x05]);
    assert_eq!(
        int_bytes(i32::MAX as i64),
        [0xF3, 0xFF, 0xFF, 0xFF, 0x7F, 0x05]
    );
    assert_eq!(
        int_bytes(i32::MIN as i64),
        [0xF3, 0x00, 0x00, 0x00, 0x80, 0x05]
    );
    assert_eq!(
        int_bytes(i32::MAX as i64 + 1),
        [0xF4, 0, 0, 0, 0x80, 0, 0, 0, 0, 0x09]
    );
    assert_eq!(
        int_bytes(i64::MAX),
        [0xF4, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F, 0x09]
    );
    assert_eq!(int_bytes(i64::MIN), [0xF4, 0, 0, 0, 0, 0, 0, 0, 0x80, 0x09]);
    let mut lp = Listpack::new();
    for v in [
        0,
        127,
        128,
        -4096,
        4095,
        4096,
        -4097,
        32767,
        -32768,
        32768,
        8388607,
        -8388608,
        8388608,
        i32::MAX as i64,
        i32::MIN as i64,
        i64::MAX,
        i64::MIN,
        -1,
    ] {
        lp.push_back_int(v);
        assert_eq!(lp.last_entry(), Some(Entry::Int(v)));
        lp.push_back(v.to_string().as_bytes());
        assert_eq!(lp.last_entry(), Some(Entry::Int(v)));
    }
}

#[test]
fn non_canonical_numbers_stay_strings() {
    for s in [
        &b"007"[..],
        b"-0",
        b"+1",
        b" 1",
        b"1 ",
        b"",
        b"99999999999999999999",
        b"-",
    ] {
        let mut lp = Listpack::new();
        lp.push_back(s);
        assert_eq!(lp.get(0), Some(Entry::Str(s)), "{:?}", s);
    }
}

#[test]
fn string_length_boundaries() {
    let s63 = vec![b'x'; 63];
    let e = entry_bytes(&s63);
    assert_eq!((e[0], e.len(), e[e.len() - 1]), (0xBF, 1 + 63 + 1, 64));
    let s64 = vec![b'x'; 64];
    let e = entry_bytes(&s64);
    // 12-bit string; backlen 66 fits one byte.
    assert_eq!(
        (e[0], e[1], e.len(), e[e.len() - 1]),
        (0xE0, 64, 2 + 64 + 1, 66)
    );
    let s126 = vec![b'x'; 126];
    let e = entry_bytes(&s126);
    assert_eq!(&e[e.len() - 2..], &[1, 0x80]); // L = 128: two backlen bytes
    let s4095 = vec![b'x'; 4095];
    let e = entry_bytes(&s4095);
    assert_eq!((e[0], e[1], e.len()), (0xEF, 0xFF, 2 + 4095 + 2));
    assert_eq!(
        &e[e.len() - 2..],
        &[(4097u32 >> 7) as u8, (4097u32 & 127) as u8 | 128]
    );
    let s4096 = vec![b'x'; 4096];
    let e = entry_bytes(&s4096);
    assert_eq!(&e[..5], &[0xF0, 0x00, 0x10, 0x00, 0x00]);
    assert_eq!(e.len(), 5 + 4096 + 2);
    let big = vec![b'y'; 20000];
    let e = entry_bytes(&big);
    let l = 5 + 20000u64;
    assert_eq!(
        &e[e.len() - 3..],
        &[
            (l >> 14) as u8,
            ((l >> 7) & 127) as u8 | 128,
            (l & 127) as u8 | 128
        ]
    );
    let mut lp = Listpack::new();
    for s in [&s63, &s64, &s126, &s4095, &s4096, &big] {
        lp.push_front(s);
    }
    let back: Vec<Vec<u8>> = lp.iter().rev().map(|e| e.to_vec()).collect();
    assert_eq!(back, vec![s63, s64, s126, s4095, s4096, big]);
    assert!(Listpack::from_bytes(lp.bytes().to_vec()).is_some());
}

#[test]
fn backlen_boundaries_match_redis() {
    let cases: [(u64, usize); 8] = [
        (127, 1),
        (128, 2),
        (16382, 2),
        (16383, 3),
        (2097150, 3),
        (2097151, 4),
        (268435454, 4),
        (268435455, 5),
    ];
    for (l, n) in cases {
        let mut b = [0u8; 5];
        assert_eq!(encode_backlen(&mut b, l), n, "{l}");
        assert_eq!(b[0] & 128, 0);
        // Decode right to left as lpDecodeBacklen does.
        let mut v = 0u64;
        for (k, byte) in b[..n].iter().rev().enumerate() {
            v |= u64::from(byte & 127) << (7 * k);
        }
        assert_eq!(v, l);
    }
}

/// Splits a `DUMP` payload: type byte, RDB string (uncompressed), version u16 LE, CRC64.
fn rdb_string(buf: &[u8]) -> (&[u8], &[u8]) {
    let b = buf[0];
    let (len, hdr) = match b >> 6 {
        0 => (usize::from(b & 0x3F), 1),
        1 => ((usize::from(b & 0x3F) << 8) | usize::from(buf[1]), 2),
        2 if b == 0x80 => (
            u32::from_be_bytes(buf[1..5].try_into().unwrap()) as usize,
            5,
        ),
        _ => panic!("compressed or encoded RDB string: run with rdbcompression no"),
    };
    (&buf[hdr..hdr + len], &buf[hdr + len..])
}

pub(crate) fn dump_listpacks(dump: &[u8]) -> Vec<Vec<u8>> {
    let (payload, trailer) = dump.split_at(dump.len() - 10);
    assert_eq!(&trailer[..2], &[10, 0], "RDB version 10 (Redis 7.0)");
    match payload[0] {
        // RDB_TYPE_HASH_LISTPACK
        16 => {
            let (lp, rest) = rdb_string(&payload[1..]);
            assert!(rest.is_empty());
            vec![lp.to_vec()]
        }
        // RDB_TYPE_LIST_QUICKLIST_2: node count, then (container, listpack) per node.
        18 => {
            let nodes = usize::from(payload[1]);
            let mut rest = &payload[2..];
            let mut out = Vec::new();
            for _ in 0..nodes {
                assert_eq!(rest[0], 2, "packed container");
                let (lp, r) = rdb_string(&rest[1..]);
                out.push(lp.to_vec());
                rest = r;
            }
            assert!(rest.is_empty());
            out
        }
        t => panic!("unexpected RDB type {t}"),
    }
}

// redis-server 7.0.15, `CONFIG SET rdbcompression no`, then:
// RPUSH l a 1 -5 300 127 128 -4096 4095 4096 -4097 32767 -32768 32768 8388607 -8388608 8388608
//   2147483647 -2147483648 2147483648 9223372036854775807 -9223372036854775808 "" 007 +1 -0
//   99999999999999999999
// DUMP l
pub(crate) const REDIS_LIST_ELEMENTS: [&str; 26] = [
    "a",
    "1",
    "-5",
    "300",
    "127",
    "128",
    "-4096",
    "4095",
    "4096",
    "-4097",
    "32767",
    "-32768",
    "32768",
    "8388607",
    "-8388608",
    "8388608",
    "2147483647",
    "-2147483648",
    "2147483648",
    "9223372036854775807",
    "-9223372036854775808",
    "",
    "007",
    "+1",
    "-0",
    "99999999999999999999",
];
pub(crate) const REDIS_DUMP_LIST: [u8; 160] = [
    0x12, 0x01, 0x02, 0x40, 0x91, 0x91, 0x00, 0x00, 0x00, 0x1a, 0x00, 0x81, 0x61, 0x02, 0x01, 0x01,
    0xdf, 0xfb, 0x02, 0xc1, 0x2c, 0x02, 0x7f, 0x01, 0xc0, 0x80, 0x02, 0xd0, 0x00, 0x02, 0xcf, 0xff,
    0x02, 0xf1, 0x00, 0x10, 0x03, 0xf1, 0xff, 0xef, 0x03, 0xf1, 0xff, 0x7f, 0x03, 0xf1, 0x00, 0x80,
    0x03, 0xf2, 0x00, 0x80, 0x00, 0x04, 0xf2, 0xff, 0xff, 0x7f, 0x04, 0xf2, 0x00, 0x00, 0x80, 0x04,
    0xf3, 0x00, 0x00, 0x80, 0x00, 0x05, 0xf3, 0xff, 0xff, 0xff, 0x7f, 0x05, 0xf3, 0x00, 0x00, 0x00,
    0x80, 0x05, 0xf4, 0x00, 0x00, 0x00, 0x80, 0x00, 0x00, 0x00, 0x00, 0x09, 0xf4, 0xff, 0xff, 0xff,
    0xff, 0xff, 0xff, 0xff, 0x7f, 0x09, 0xf4, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x80, 0x09,
    0x80, 0x01, 0x83, 0x30, 0x30, 0x37, 0x04, 0x82, 0x2b, 0x31, 0x03, 0x82, 0x2d, 0x30, 0x03, 0x94,
    0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39,
    0x39, 0x39, 0x39, 0x39, 0x15, 0xff, 0x0a, 0x00, 0x72, 0x80, 0x40, 0xbf, 0xc1, 0xcb, 0x66, 0x9f,
];
// HSET h f v name ringkv n 42; DUMP h
const REDIS_DUMP_HASH: [u8; 44] = [
    0x10, 0x20, 0x20, 0x00, 0x00, 0x00, 0x06, 0x00, 0x81, 0x66, 0x02, 0x81, 0x76, 0x02, 0x84, 0x6e,
    0x61, 0x6d, 0x65, 0x05, 0x86, 0x72, 0x69, 0x6e, 0x67, 0x6b, 0x76, 0x07, 0x81, 0x6e, 0x02, 0x2a,
    0x01, 0xff, 0x0a, 0x00, 0x36, 0x34, 0x5f, 0x94, 0xd8, 0xb8, 0x60, 0x54,
];

/// RPUSH mid <63 x 'y'> <64 x 'z'> <200 x 'w'>; DUMP mid (358 bytes, runs written out here).
fn redis_dump_mid() -> Vec<u8> {
    let mut d = vec![
        0x12, 0x01, 0x02, 0x41, 0x57, 0x57, 0x01, 0x00, 0x00, 0x03, 0x00, 0xbf,
    ];
    d.extend([b'y'; 63]);
    d.extend([0x40, 0xe0, 0x40]);
    d.extend([b'z'; 64]);
    d.extend([0x42, 0xe0, 0xc8]);
    d.extend([b'w'; 200]);
    d.extend([
        0x01, 0xca, 0xff, 0x0a, 0x00, 0xbf, 0xf7, 0x2e, 0xf9, 0x39, 0xdf, 0x6c, 0xcd,
    ]);
    assert_eq!(d.len(), 358);
    d
}

#[test]
fn byte_exact_with_redis_list() {
    let lps = dump_listpacks(&REDIS_DUMP_LIST);
    assert_eq!(lps.len(), 1);
    let mut ours = Listpack::new();
    for e in REDIS_LIST_ELEMENTS {
        ours.push_back(e.as_bytes());
    }
    assert_eq!(ours.bytes(), &lps[0][..]);
    let theirs = Listpack::from_bytes(lps[0].clone()).expect("redis listpack validates");
    let got: Vec<Vec<u8>> = contents(&theirs);
    let want: Vec<Vec<u8>> = REDIS_LIST_ELEMENTS
        .iter()
        .map(|s| s.as_bytes().to_vec())
        .collect();
    assert_eq!(got, want);
    assert_eq!(theirs.get(2), Some(Entry::Int(-5)));
    assert_eq!(theirs.get(-1), Some(Entry::Str(b"99999999999999999999")));
}

#[test]
fn byte_exact_with_redis_hash() {
    let lps = dump_listpacks(&REDIS_DUMP_HASH);
    let mut ours = Listpack::new();
    for e in ["f", "v", "name", "ringkv", "n", "42"] {
        ours.push_back(e.as_bytes());
    }
    assert_eq!(ours.bytes(), &lps[0][..]);
    let lp = Listpack::from_bytes(lps[0].clone()).unwrap();
    // Field lookup skips values.
    let p = lp.find_from(lp.first().unwrap(), b"n", 1).unwrap();
    assert_eq!(lp.entry_at(lp.next(p).unwrap()), Entry::Int(42));
    assert_eq!(lp.find_from(lp.first().unwrap(), b"v", 1), None);
    assert!(lp.find(b"v").is_some());
    assert!(lp.find(b"42").is_some());
    assert!(lp.find(b"042").is_none());
}

#[test]
fn byte_exact_with_redis_mid_strings() {
    let lps = dump_listpacks(&redis_dump_mid());
    let mut ours = Listpack::new();
    ours.push_back(&[b'y'; 63]);
    ours.push_back(&[b'z'; 64]);
    ours.push_back(&[b'w'; 200]);
    assert_eq!(ours.bytes(), &lps[0][..]);
}

#[test]
fn seek_cursors_and_negative_indices() {
    let mut lp = Listpack::new();
    for i in 0..100 {
        lp.push_back(format!("v{i}").as_bytes());
    }
    for i in 0..100isize {
        assert!(lp.get(i).unwrap().eq_bytes(format!("v{i}").as_bytes()));
        assert!(lp
            .get(-1 - i)
            .unwrap()
            .eq_bytes(format!("v{}", 99 - i).as_bytes()));
    }
    assert_eq!(lp.get(100), None);
    assert_eq!(lp.get(-101), None);
    let mut p = lp.first();
    let mut n = 0;
    while let Some(q) = p {
        n += 1;
        p = lp.next(q);
    }
    assert_eq!(n, 100);
    let p = lp.seek(50).unwrap();
    let tail: Vec<Vec<u8>> = lp.iter_from(p).map(|e| e.to_vec()).collect();
    assert_eq!(tail.len(), 50);
    assert_eq!(tail[0], b"v50");
    assert_eq!(lp.entry_at(lp.prev(p).unwrap()), Entry::Str(b"v49"));
    assert_eq!(lp.prev(lp.first().unwrap()), None);
    let mid: Vec<Vec<u8>> = lp.range(10, 13).map(|e| e.to_vec()).collect();
    assert_eq!(mid, vec![b"v10".to_vec(), b"v11".to_vec(), b"v12".to_vec()]);
    let mid_rev: Vec<Vec<u8>> = lp.range(97, 100).rev().map(|e| e.to_vec()).collect();
    assert_eq!(
        mid_rev,
        vec![b"v99".to_vec(), b"v98".to_vec(), b"v97".to_vec()]
    );
    assert_eq!(lp.range(100, 100).count(), 0);
}

#[test]
fn replace_remove_split_append() {
    let mut lp = Listpack::new();
    for v in ["a", "1", "b", "300", "c"] {
        lp.push_back(v.as_bytes());
    }
    assert!(lp.replace(1, &[b'q'; 5000]));
    assert!(lp.replace(-1, b"12345678901"));
    assert!(lp.replace_int(0, -7));
    assert!(!lp.replace(5, b"x"));
    assert_eq!(lp.get(1), Some(Entry::Str(&[b'q'; 5000])));
    assert_eq!(lp.get(4), Some(Entry::Int(12345678901)));
    assert!(lp.replace(1, b"small"));
    assert_eq!(
        contents(&lp),
        vec![
            b"-7".to_vec(),
            b"small".to_vec(),
            b"b".to_vec(),
            b"300".to_vec(),
            b"12345678901".to_vec()
        ]
    );
    assert!(lp.remove(-2));
    assert_eq!(lp.remove_range(1, 10), 3);
    assert_eq!(contents(&lp), vec![b"-7".to_vec()]);
    assert_eq!(lp.remove_range(0, 1), 1);
    assert_eq!(lp, Listpack::new());
    for i in 0..10 {
        lp.push_back_int(i);
    }
    lp.insert_int(3, -300);
    assert_eq!(lp.get(3), Some(Entry::Int(-300)));
    assert_eq!(lp.get(4), Some(Entry::Int(3)));
    lp.remove(3);
    let tail = lp.split_off(4);
    assert_eq!((lp.len(), tail.len()), (4, 6));
    assert_eq!(tail.first_entry(), Some(Entry::Int(4)));
    lp.append(&tail);
    assert_eq!(contents(&lp).len(), 10);
    assert_eq!(lp.get(9), Some(Entry::Int(9)));
    assert!(Listpack::from_bytes(lp.bytes().to_vec()).is_some());
}

#[test]
fn count_header_saturates_at_65535() {
    let mut lp = Listpack::new();
    for i in 0..65536 {
        lp.push_back_int(i % 100);
    }
    assert_eq!(&lp.bytes()[4..6], &[0xFF, 0xFF]);
    let back = Listpack::from_bytes(lp.bytes().to_vec()).unwrap();
    assert_eq!(back.len(), 65536);
    lp.remove(0);
    assert_eq!(&lp.bytes()[4..6], &[0xFF, 0xFF]);
    lp.remove(0);
    assert_eq!(u16::from_le_bytes([lp.bytes()[4], lp.bytes()[5]]), 65534);
}

#[test]
fn matches_vec_model_under_random_operations() {
    let mut rng = Rng::new(0x5EED_1157);
    let mut lp = Listpack::new();
    let mut model: Vec<Vec<u8>> = Vec::new();
    for step in 0..100_000 {
        let op = rng.below(100);
        if op < 25 {
            let v = random_value(&mut rng);
            lp.push_back(&v);
            model.push(v);
        } else if op < 40 {
            let v = random_value(&mut rng);
            lp.push_front(&v);
            model.insert(0, v);
        } else if op < 55 {
            let v = random_value(&mut rng);
            let pos = rng.below(model.len() + 1);
            lp.insert(pos, &v);
            model.insert(pos, v);
        } else if op < 70 && !model.is_empty() {
            let i = rng.below(model.len());
            let idx = if rng.below(2) == 0 {
                i as isize
            } else {
                i as isize - model.len() as isize
            };
            assert!(lp.remove(idx));
            model.remove(i);
        } else if op < 75 && !model.is_empty() {
            let i = rng.below(model.len());
            let n = rng.below(5);
            let removed = lp.remove_range(i as isize, n);
            let m = n.min(model.len() - i);
            assert_eq!(removed, m);
            model.drain(i..i + m);
        } else if op < 85 && !model.is_empty() {
            let i = rng.below(model.len());
            let v = random_value(&mut rng);
            assert!(lp.replace(i as isize, &v));
            model[i] = v;
        } else if op < 95 && !model.is_empty() {
            let i = rng.below(model.len());
            assert!(lp.get(i as isize).unwrap().eq_bytes(&model[i]));
            let j = model.len() - 1 - i;
            assert!(lp.get(-(i as isize) - 1).unwrap().eq_bytes(&model[j]));
            let found = lp
                .find(&model[i])
                .map(|p| lp.iter_from(lp.first().unwrap()).len() - lp.iter_from(p).len());
            assert_eq!(found, model.iter().position(|m| *m == model[i]));
        } else if model.len() > 200 {
            lp = Listpack::new();
            model.clear();
        }
        assert_eq!(lp.len(), model.len());
        if step % 97 == 0 {
            assert_eq!(contents(&lp), model);
            let rev: Vec<Vec<u8>> = lp.iter().rev().map(|e| e.to_vec()).collect();
            assert!(rev.iter().eq(model.iter().rev()));
            let back = Listpack::from_bytes(lp.bytes().to_vec()).expect("round trip");
            assert_eq!(back, lp);
        }
    }
}

#[test]
fn from_bytes_rejects_truncated_and_corrupted_buffers() {
    let mut rng = Rng::new(42);
    let mut samples = vec![
        REDIS_DUMP_LIST.to_vec(),
        REDIS_DUMP_HASH.to_vec(),
        redis_dump_mid(),
    ]
    .into_iter()
    .map(|d| dump_listpacks(&d).remove(0))
    .collect::<Vec<_>>();
    let mut lp = Listpack::new();
    for _ in 0..60 {
        lp.push_back(&random_value(&mut rng));
    }
    samples.push(lp.bytes().to_vec());
    for bytes in &samples {
        for cut in 0..bytes.len() {
            assert!(Listpack::from_bytes(bytes[..cut].to_vec()).is_none());
        }
        // Truncated but with a header claiming the new size.
        for cut in 7..bytes.len() {
            let mut b = bytes[..cut].to_vec();
            let n = b.len() as u32;
            b[0..4].copy_from_slice(&n.to_le_bytes());
            if let Some(lp) = Listpack::from_bytes(b) {
                let _ = lp.iter().count();
            }
        }
    }
    let mut accepted = 0;
    for _ in 0..20_000 {
        let mut b = samples[rng.below(samples.len())].clone();
        for _ in 0..1 + rng.below(4) {
            let i = rng.below(b.len());
            b[i] = rng.next() as u8;
        }
        if let Some(lp) = Listpack::from_bytes(b) {
            // Whatever got through must be fully walkable both ways.
            accepted += 1;
            let n = lp.iter().count();
            assert_eq!(n, lp.len());
            assert_eq!(lp.iter().rev().count(), n);
            let _ = lp.get(-1);
        }
    }
    assert!(accepted < 20_000);
}
