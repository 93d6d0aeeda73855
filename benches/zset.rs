//! A leaderboard on the sorted set paths the command handlers take (storage::zset, which
//! ZADD, ZINCRBY, ZREVRANK, ZREVRANGE and ZSCORE call, with replies encoded into a ReplyBuf
//! as the handlers do), at 1k and 1M members: every operation should cost about the same
//! at both sizes (O(1) or O(log n)); the brief's bar is 1M within 3x of 1k.

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion};
use ringkv::protocol::ReplyBuf;
use ringkv::storage::listpack::Entry;
use ringkv::storage::zset::{AddFlags, ZSet};

struct Board {
    z: ZSet,
    members: Vec<Vec<u8>>,
    seed: u64,
}

impl Board {
    fn new(n: usize) -> Board {
        let members: Vec<Vec<u8>> = (0..n).map(|i| format!("user:{i}").into_bytes()).collect();
        let mut z = ZSet::new_skiplist();
        let mut b = Board {
            z: ZSet::default(),
            members: Vec::new(),
            seed: 0x9E37_79B9_7F4A_7C15,
        };
        for m in &members {
            let s = (b.rand() % 1_000_000) as f64;
            let _ = z.add(s, m, AddFlags::default());
        }
        b.z = z;
        b.members = members;
        b
    }

    fn rand(&mut self) -> u64 {
        self.seed ^= self.seed << 13;
        self.seed ^= self.seed >> 7;
        self.seed ^= self.seed << 17;
        self.seed
    }

    fn pick(&mut self) -> usize {
        (self.rand() % self.members.len() as u64) as usize
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
    for n in [1_000usize, 1_000_000] {
        let mut b = Board::new(n);
        let mut out = ReplyBuf::new(2);
        g.bench_function(BenchmarkId::new("ZADD update", n), |bench| {
            bench.iter(|| {
                let i = b.pick();
                let s = (b.rand() % 1_000_000) as f64;
                let r = b.z.add(s, &b.members[i], AddFlags::default());
                out.buf.clear();
                out.int(matches!(r, Ok((ringkv::storage::zset::Added::Added, _))) as i64);
                black_box(&out.buf);
            })
        });
        g.bench_function(BenchmarkId::new("ZINCRBY", n), |bench| {
            let f = AddFlags {
                incr: true,
                ..AddFlags::default()
            };
            bench.iter(|| {
                let i = b.pick();
                let inc = (b.rand() % 100) as f64;
                out.buf.clear();
                if let Ok((_, s)) = b.z.add(inc, &b.members[i], f) {
                    out.double(s);
                }
                black_box(&out.buf);
            })
        });
        g.bench_function(BenchmarkId::new("ZREVRANK", n), |bench| {
            bench.iter(|| {
                let i = b.pick();
                out.buf.clear();
                match b.z.rank(&b.members[i], true) {
                    Some((r, _)) => out.int(r as i64),
                    None => out.null(),
                }
                black_box(&out.buf);
            })
        });
        g.bench_function(BenchmarkId::new("ZREVRANGE 0 9 WITHSCORES", n), |bench| {
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
        });
        g.bench_function(BenchmarkId::new("ZSCORE", n), |bench| {
            bench.iter(|| {
                let i = b.pick();
                out.buf.clear();
                match b.z.score(&b.members[i]) {
                    Some(s) => out.double(s),
                    None => out.null(),
                }
                black_box(&out.buf);
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench_leaderboard);
criterion_main!(benches);
