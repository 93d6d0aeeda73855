//! Set encodings on the SADD / SISMEMBER hot paths: an intset of 512 integers (the default
//! set-max-intset-entries: binary search, and inserts that shift the tail) and a hashtable
//! of 100k members, both through `Set` as the commands use it. Throughput is in elements,
//! so criterion's time / N is ns per member.

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use ringkv::storage::intset::Intset;
use ringkv::storage::set::Set;

/// `n` integers in a scrambled order (inserts land all over the array, not only at the end).
fn scrambled(n: usize) -> Vec<i64> {
    (0..n as i64).map(|i| (i * 7919) % n as i64 * 3).collect()
}

fn bench_intset(c: &mut Criterion) {
    let mut g = c.benchmark_group("intset");
    let n = 512;
    let vals = scrambled(n);
    g.throughput(Throughput::Elements(n as u64));
    g.bench_with_input(BenchmarkId::new("add", n), &vals, |b, vals| {
        b.iter(|| {
            let mut s = Intset::new();
            for &v in vals {
                s.add(v);
            }
            black_box(s)
        })
    });
    let mut full = Intset::new();
    for &v in &vals {
        full.add(v);
    }
    g.bench_with_input(BenchmarkId::new("contains", n), &vals, |b, vals| {
        b.iter(|| {
            let mut hits = 0;
            for &v in vals {
                // Every other probe misses (values are multiples of 3).
                hits += full.contains(black_box(v)) as usize;
                hits += full.contains(black_box(v + 1)) as usize;
            }
            hits
        })
    });
    let texts: Vec<Vec<u8>> = vals.iter().map(|v| v.to_string().into_bytes()).collect();
    g.bench_with_input(BenchmarkId::new("set_sadd_bytes", n), &texts, |b, texts| {
        b.iter(|| {
            let mut s = Set::default();
            for t in texts {
                s.add(t);
            }
            debug_assert_eq!(s.encoding(), "intset");
            black_box(s)
        })
    });
    g.finish();
}

fn bench_hashtable(c: &mut Criterion) {
    let mut g = c.benchmark_group("set_hashtable");
    g.sample_size(20);
    let n = 100_000;
    let members: Vec<Vec<u8>> = (0..n).map(|i| format!("member:{i}").into_bytes()).collect();
    g.throughput(Throughput::Elements(n as u64));
    g.bench_with_input(BenchmarkId::new("add", n), &members, |b, members| {
        b.iter(|| {
            let mut s = Set::for_member(b"x");
            for m in members {
                s.add(m);
            }
            black_box(s)
        })
    });
    let mut full = Set::for_member(b"x");
    for m in &members {
        full.add(m);
    }
    g.bench_with_input(BenchmarkId::new("contains", n), &members, |b, members| {
        b.iter(|| {
            let mut hits = 0;
            for m in members {
                hits += full.contains(black_box(m)) as usize;
            }
            hits
        })
    });
    g.finish();
}

criterion_group!(benches, bench_intset, bench_hashtable);
criterion_main!(benches);
