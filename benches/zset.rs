//! A leaderboard on the sorted set paths the command handlers take (storage::zset, which
//! ZADD, ZINCRBY, ZREVRANK, ZREVRANGE and ZSCORE call, with replies encoded into a ReplyBuf
//! as the handlers do), at 1k and 1M members: every operation should cost about the same
//! at both sizes (O(1) or O(log n)); the bar is 1M within 3x of 1k.
//!
//! Members are picked two ways: `uniform` (every member equally likely: the worst case, where
//! at 1M nearly every step of a lookup is a DRAM miss) and `zipf` (YCSB's scrambled Zipfian,
//! s = 0.99: a few members are hot, as in a game where active players update and read their
//! rank). The server's allocator (mimalloc) is used so node placement matches the server's.

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion};
use ringkv::protocol::ReplyBuf;
use ringkv::storage::listpack::Entry;
use ringkv::storage::zset::{AddFlags, ZSet};

/// A member's name, "user:<i>", written into a buffer the way a request's argument sits in
/// the connection's read buffer: hot in cache at any set size. (A `Vec` of a million names
/// would add two DRAM misses per operation at 1M, the bench's own, not the sorted set's.)
struct Name([u8; 25]);

impl Name {
    fn new() -> Name {
        let mut b = [0u8; 25];
        b[..5].copy_from_slice(b"user:");
        Name(b)
    }

    fn of(&mut self, i: usize) -> &[u8] {
        let mut digits = [0u8; 20];
        let d = ringkv::num::format_i64(i as i64, &mut digits);
        self.0[5..5 + d.len()].copy_from_slice(d);
        &self.0[..5 + d.len()]
    }
}

struct Board {
    z: ZSet,
    n: usize,
    name: Name,
    seed: u64,
    /// Pre-drawn member indices for the Zipfian picks (empty: uniform).
    zipf: Vec<u32>,
    next: usize,
}

/// YCSB's ZipfianGenerator (Gray et al.), item ranks then scrambled by a hash so hot members
/// are spread over the set: `count` draws over `n` items.
fn zipf_table(n: usize, count: usize, seed: &mut u64) -> Vec<u32> {
    let theta = 0.99f64;
    let zetan: f64 = (1..=n).map(|i| 1.0 / (i as f64).powf(theta)).sum();
    let zeta2 = 1.0 + 1.0 / 2f64.powf(theta);
    let alpha = 1.0 / (1.0 - theta);
    let eta = (1.0 - (2.0 / n as f64).powf(1.0 - theta)) / (1.0 - zeta2 / zetan);
    (0..count)
        .map(|_| {
            *seed ^= *seed << 13;
            *seed ^= *seed >> 7;
            *seed ^= *seed << 17;
            let u = (*seed >> 11) as f64 / (1u64 << 53) as f64;
            let uz = u * zetan;
            let rank = if uz < 1.0 {
                0
            } else if uz < zeta2 {
                1
            } else {
                ((n as f64) * (eta * u - eta + 1.0).powf(alpha)) as usize
            };
            let h = (rank as u64)
                .wrapping_mul(0x9E37_79B9_7F4A_7C15)
                .rotate_left(29);
            (h % n as u64) as u32
        })
        .collect()
}

impl Board {
    fn new(n: usize, zipf: bool) -> Board {
        let mut z = ZSet::new_skiplist();
        let mut b = Board {
            z: ZSet::default(),
            n,
            name: Name::new(),
            seed: 0x9E37_79B9_7F4A_7C15,
            zipf: Vec::new(),
            next: 0,
        };
        let mut name = Name::new();
        for i in 0..n {
            let s = (b.rand() % 1_000_000) as f64;
            let _ = z.add(s, name.of(i), AddFlags::default());
        }
        b.z = z;
        if zipf {
            let mut seed = 0x2545_F491_4F6C_DD1D;
            b.zipf = zipf_table(n, 1 << 20, &mut seed);
        }
        b
    }

    fn rand(&mut self) -> u64 {
        self.seed ^= self.seed << 13;
        self.seed ^= self.seed >> 7;
        self.seed ^= self.seed << 17;
        self.seed
    }

    fn pick(&mut self) -> usize {
        if self.zipf.is_empty() {
            return (self.rand() % self.n as u64) as usize;
        }
        self.next = (self.next + 1) & (self.zipf.len() - 1);
        self.zipf[self.next] as usize
    }
}

fn reply_member(out: &mut ReplyBuf, m: Entry<'_>) {
    match m {
        Entry::Str(s) => out.bulk(s),
        Entry::Int(v) => out.bulk_i64(v),
    }
}

fn bench_leaderboard(c: &mut Criterion) {
    let mut g = c.benchmark_group("zset_leaderboard");
    g.sample_size(30)
        .warm_up_time(std::time::Duration::from_millis(500))
        .measurement_time(std::time::Duration::from_secs(2));
    for (n, zipf) in [
        (1_000usize, false),
        (1_000_000, false),
        (1_000, true),
        (1_000_000, true),
    ] {
        let dist = if zipf { "zipf" } else { "uniform" };
        let n_label = format!("{dist}/{n}");
        let mut b = Board::new(n, zipf);
        let mut out = ReplyBuf::new(2);
        g.bench_function(BenchmarkId::new("ZADD update", &n_label), |bench| {
            bench.iter(|| {
                let i = b.pick();
                let s = (b.rand() % 1_000_000) as f64;
                let r = b.z.add(s, b.name.of(i), AddFlags::default());
                out.buf.clear();
                out.int(matches!(r, Ok((ringkv::storage::zset::Added::Added, _))) as i64);
                black_box(&out.buf);
            })
        });
        g.bench_function(BenchmarkId::new("ZINCRBY", &n_label), |bench| {
            let f = AddFlags {
                incr: true,
                ..AddFlags::default()
            };
            bench.iter(|| {
                let i = b.pick();
                let inc = (b.rand() % 100) as f64;
                out.buf.clear();
                if let Ok((_, s)) = b.z.add(inc, b.name.of(i), f) {
                    out.double(s);
                }
                black_box(&out.buf);
            })
        });
        g.bench_function(BenchmarkId::new("ZREVRANK", &n_label), |bench| {
            bench.iter(|| {
                let i = b.pick();
                out.buf.clear();
                match b.z.rank(b.name.of(i), true) {
                    Some((r, _)) => out.int(r as i64),
                    None => out.null(),
                }
                black_box(&out.buf);
            })
        });
        g.bench_function(
            BenchmarkId::new("ZREVRANGE 0 9 WITHSCORES", &n_label),
            |bench| {
                bench.iter(|| {
                    out.buf.clear();
                    out.array(20);
                    let mut cur = b.z.at_rank(0, true);
                    for _ in 0..10 {
                        let Some(c) = cur else { break };
                        let (m, s) = b.z.get(c);
                        reply_member(&mut out, m);
                        out.double(s);
                        cur = b.z.step(c, true);
                    }
                    black_box(&out.buf);
                })
            },
        );
        g.bench_function(BenchmarkId::new("ZSCORE", &n_label), |bench| {
            bench.iter(|| {
                let i = b.pick();
                out.buf.clear();
                match b.z.score(b.name.of(i)) {
                    Some(s) => out.double(s),
                    None => out.null(),
                }
                black_box(&out.buf);
            })
        });
    }
    g.finish();
}

/// The floor under the leaderboard bar on this machine: less work than any correct ZSCORE or
/// ZREVRANK can do, at 1k and 1M keys. `one probe` hashes the member as the skiplist does,
/// reads one 16-byte slot of a flat open-addressing table (hash and score; it never compares
/// the member's bytes, which a correct lookup must) and encodes the score. `two probes` then
/// reads one more entry of a second n-sized array that the first slot points to, the least a
/// rank lookup needs after finding the member (an order-statistics structure over 1M members
/// does not fit in cache either). If these two grow more than 3x from 1k to 1M, no structure
/// meets the bar for ZSCORE and ZREVRANK here: the growth is DRAM latency, not the data
/// structure.
fn bench_floor(c: &mut Criterion) {
    use std::hash::BuildHasher;
    let mut g = c.benchmark_group("zset_floor");
    g.sample_size(30)
        .warm_up_time(std::time::Duration::from_millis(500))
        .measurement_time(std::time::Duration::from_secs(2));
    let hasher = std::collections::hash_map::RandomState::new();
    for n in [1_000usize, 1_000_000] {
        let mut name = Name::new();
        let cap = (2 * n).next_power_of_two();
        // (hash, score, index into `ranks`); hash 0 marks an empty slot.
        let mut table = vec![(0u64, 0f64, 0u32); cap];
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        let mut rand = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut order: Vec<u32> = (0..n as u32).collect();
        for i in (1..n).rev() {
            order.swap(i, (rand() % (i as u64 + 1)) as usize);
        }
        let ranks: Vec<u64> = (0..n as u64).collect();
        for (i, &rank) in order.iter().enumerate() {
            let h = hasher.hash_one(name.of(i)) | 1;
            let mut b = h as usize & (cap - 1);
            while table[b].0 != 0 {
                b = (b + 1) & (cap - 1);
            }
            table[b] = (h, (rand() % 1_000_000) as f64, rank);
        }
        let find = |m: &[u8]| {
            let h = hasher.hash_one(m) | 1;
            let mut b = h as usize & (cap - 1);
            while table[b].0 != h {
                b = (b + 1) & (cap - 1);
            }
            table[b]
        };
        let mut out = ReplyBuf::new(2);
        g.bench_function(BenchmarkId::new("one probe", n), |bench| {
            bench.iter(|| {
                let m = name.of((rand() % n as u64) as usize);
                out.buf.clear();
                out.double(find(m).1);
                black_box(&out.buf);
            })
        });
        g.bench_function(BenchmarkId::new("two probes", n), |bench| {
            bench.iter(|| {
                let m = name.of((rand() % n as u64) as usize);
                out.buf.clear();
                out.int(ranks[find(m).2 as usize] as i64);
                black_box(&out.buf);
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench_leaderboard, bench_floor);
criterion_main!(benches);
