//! Differential test: the stateless parser against a literal, stateful
//! transliteration of Redis 7.0.15's parser (tests/model), on random inputs
//! fed in random chunks.

#[path = "parser_model/mod.rs"]
mod model;

use model::{drive_model, drive_parser};
use ringkv::protocol::parse::Limits;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const PIECES: &[&[u8]] = &[
    b"*",
    b"$",
    b"\r",
    b"\n",
    b"\r\n",
    b"0",
    b"1",
    b"2",
    b"3",
    b"9",
    b"10",
    b"11",
    b"-",
    b"-1",
    b"+",
    b" ",
    b"\t",
    b"\x0b",
    b"\x0c",
    b"\0",
    b"\"",
    b"'",
    b"\\",
    b"x",
    b"\\x",
    b"4f",
    b"g",
    b"a",
    b"PING",
    b"\xff",
    b"16384",
    b"16385",
    b"2147483648",
    b"00",
];

fn valid_multibulk(r: &mut Rng, out: &mut Vec<u8>) {
    let n = r.below(5);
    out.extend_from_slice(format!("*{n}\r\n").as_bytes());
    for _ in 0..n {
        let len = r.below(12);
        out.extend_from_slice(format!("${len}\r\n").as_bytes());
        for _ in 0..len {
            out.push(r.below(256) as u8);
        }
        out.extend_from_slice(b"\r\n");
    }
}

fn random_input(r: &mut Rng) -> Vec<u8> {
    let mut v = Vec::new();
    let parts = 1 + r.below(12);
    for _ in 0..parts {
        match r.below(10) {
            0..=2 => valid_multibulk(r, &mut v),
            3 => {
                // A valid-looking inline line.
                let n = r.below(4);
                for i in 0..n {
                    if i > 0 {
                        v.push(b' ');
                    }
                    for _ in 0..r.below(4) {
                        v.extend_from_slice(PIECES[r.below(PIECES.len())]);
                    }
                }
                v.extend_from_slice(b"\r\n");
            }
            4 => {
                let b = r.below(256) as u8;
                v.push(b);
            }
            _ => {
                for _ in 0..r.below(6) {
                    v.extend_from_slice(PIECES[r.below(PIECES.len())]);
                }
            }
        }
    }
    // Sometimes mutate one byte of an otherwise valid stream.
    if !v.is_empty() && r.below(3) == 0 {
        let i = r.below(v.len());
        v[i] = r.below(256) as u8;
    }
    v
}

fn chunks<'a>(r: &mut Rng, v: &'a [u8]) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < v.len() {
        let cap = if r.below(2) == 0 { 4 } else { 64 };
        let n = 1 + r.below(cap);
        let j = (i + n).min(v.len());
        out.push(&v[i..j]);
        i = j;
    }
    out
}

#[test]
fn parser_matches_redis_model_on_random_streams() {
    let mut r = Rng(0x9E37_79B9_7F4A_7C15);
    let lims = [
        Limits {
            max_bulk_len: 512 * 1024 * 1024,
            authenticated: true,
        },
        Limits {
            max_bulk_len: 512 * 1024 * 1024,
            authenticated: false,
        },
        Limits {
            max_bulk_len: 5,
            authenticated: true,
        },
    ];
    let mut requests = 0usize;
    let mut errors = 0usize;
    // Debug builds are slower: fewer rounds there.
    let rounds = if cfg!(debug_assertions) {
        20_000
    } else {
        200_000
    };
    for _ in 0..rounds {
        let input = random_input(&mut r);
        let lim = lims[r.below(lims.len())];
        let ch = chunks(&mut r, &input);
        let (got, _) = drive_parser(&ch, &lim);
        let want = drive_model(&ch, &lim);
        assert_eq!(got, want, "input {:?} chunks {:?} lim {lim:?}", input, ch);
        // Fed whole, too (same result unless a too-big check fires, which
        // needs > 64 KiB, so never here).
        let (whole, _) = drive_parser(&[&input], &lim);
        assert_eq!(whole, want);
        requests += got.len();
        errors += got
            .iter()
            .filter(|e| matches!(e, model::Event::Err(_)))
            .count();
    }
    // The generator must exercise both outcomes a lot.
    assert!(
        requests > rounds && errors > rounds / 10,
        "{requests} {errors}"
    );
}

#[test]
fn parser_matches_redis_model_on_big_lines() {
    // Pending lines around the 64 KiB limits, in 16 KiB reads like Redis.
    let max = model::PROTO_INLINE_MAX_SIZE;
    let lim = Limits {
        max_bulk_len: 512 * 1024 * 1024,
        authenticated: true,
    };
    let mut cases: Vec<Vec<u8>> = Vec::new();
    for extra in [0usize, 1, 2, 100, 20_000] {
        for prefix in [
            &b""[..],
            b"*",
            b"*1\r\n$",
            b"*2\r\n$1\r\na\r\n$",
            b"*1\0",
            b"PING\0",
        ] {
            let mut v = prefix.to_vec();
            v.resize(max + extra - 2, b'7');
            v.extend_from_slice(b"\r\n*1\r\n$4\r\nPING\r\n");
            cases.push(v);
        }
    }
    let mut r = Rng(7);
    for v in &cases {
        for step in [16 * 1024, 65_536, 70_000] {
            let ch: Vec<&[u8]> = v.chunks(step).collect();
            assert_eq!(drive_parser(&ch, &lim).0, drive_model(&ch, &lim));
        }
        // Random read sizes, up to 20 KiB.
        let mut ch = Vec::new();
        let mut i = 0;
        while i < v.len() {
            let j = (i + 1 + r.below(20_000)).min(v.len());
            ch.push(&v[i..j]);
            i = j;
        }
        assert_eq!(drive_parser(&ch, &lim).0, drive_model(&ch, &lim));
    }
}
