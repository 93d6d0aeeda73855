//! Listpack and quicklist on the list hot paths: push (RPUSH into one node), get by index
//! (LINDEX, walking from the nearer end), and iterate (LRANGE 0 -1), for a small list of 128
//! entries and a larger one of 4096 (one listpack) / 100k (quicklist of 8 KB nodes).
//! Throughput is in elements, so criterion's time / N is ns per element.

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use ringkv::storage::listpack::{Entry, Listpack};
use ringkv::storage::quicklist::Quicklist;

fn values(n: usize) -> Vec<Vec<u8>> {
    (0..n)
        .map(|i| {
            if i % 2 == 0 {
                i.to_string().into_bytes()
            } else {
                format!("value:{i:06}").into_bytes()
            }
        })
        .collect()
}

fn filled(vals: &[Vec<u8>]) -> Listpack {
    let mut lp = Listpack::new();
    for v in vals {
        lp.push_back(v);
    }
    lp
}

fn sum(e: Entry<'_>) -> usize {
    match e {
        Entry::Int(v) => v as usize,
        Entry::Str(s) => s.len(),
    }
}

fn bench_listpack(c: &mut Criterion) {
    let mut g = c.benchmark_group("listpack");
    for n in [128usize, 4096] {
        let vals = values(n);
        g.throughput(Throughput::Elements(n as u64));
        g.bench_with_input(BenchmarkId::new("push_back", n), &vals, |b, vals| {
            b.iter(|| black_box(filled(vals)))
        });
        let lp = filled(&vals);
        g.bench_with_input(BenchmarkId::new("get_by_index", n), &lp, |b, lp| {
            b.iter(|| {
                let mut acc = 0;
                for i in 0..n as isize {
                    acc += sum(lp.get(black_box(i)).unwrap());
                }
                acc
            })
        });
        g.bench_with_input(BenchmarkId::new("iterate", n), &lp, |b, lp| {
            b.iter(|| lp.iter().map(sum).sum::<usize>())
        });
        g.bench_with_input(BenchmarkId::new("iterate_rev", n), &lp, |b, lp| {
            b.iter(|| lp.iter().rev().map(sum).sum::<usize>())
        });
        g.bench_with_input(BenchmarkId::new("from_bytes", n), &lp, |b, lp| {
            b.iter(|| Listpack::from_bytes(black_box(lp.bytes().to_vec())).unwrap())
        });
    }
    g.finish();
}

fn bench_quicklist(c: &mut Criterion) {
    let mut g = c.benchmark_group("quicklist");
    for n in [128usize, 100_000] {
        let vals = values(n);
        g.throughput(Throughput::Elements(n as u64));
        g.bench_with_input(BenchmarkId::new("push_back", n), &vals, |b, vals| {
            b.iter(|| {
                let mut q = Quicklist::default();
                for v in vals {
                    q.push_back(v);
                }
                q
            })
        });
        let mut q = Quicklist::default();
        for v in &vals {
            q.push_back(v);
        }
        // 128 spread-out indices: LINDEX cost, not the whole list walked n times.
        let idx: Vec<isize> = (0..128).map(|i| (i * n / 128) as isize).collect();
        g.throughput(Throughput::Elements(idx.len() as u64));
        g.bench_with_input(BenchmarkId::new("get_by_index", n), &q, |b, q| {
            b.iter(|| idx.iter().map(|&i| sum(q.get(i).unwrap())).sum::<usize>())
        });
        g.throughput(Throughput::Elements(n as u64));
        g.bench_with_input(BenchmarkId::new("iterate", n), &q, |b, q| {
            b.iter(|| q.iter().map(sum).sum::<usize>())
        });
    }
    g.finish();
}

criterion_group!(benches, bench_listpack, bench_quicklist);
criterion_main!(benches);
