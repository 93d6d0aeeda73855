//! Hash values on the HSET/HGET hot paths: a listpack of 100 fields (HGET scans the pairs,
//! HSET updates a value in place) and a hashtable of 100k fields. Throughput is in
//! operations, so criterion's time / N is ns per HGET or HSET.

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use ringkv::storage::hash::{Hash, Limits};

fn fields(n: usize) -> Vec<Vec<u8>> {
    (0..n)
        .map(|i| format!("field:{i:06}").into_bytes())
        .collect()
}

fn filled(fields: &[Vec<u8>], lim: Limits) -> Hash {
    let mut h = Hash::new();
    for (i, f) in fields.iter().enumerate() {
        h.set_with(f, i.to_string().as_bytes(), lim);
    }
    h
}

fn bench_hash(c: &mut Criterion) {
    let lim = Limits {
        max_entries: 512,
        max_value: 64,
    };
    let mut g = c.benchmark_group("hash");
    for n in [100usize, 100_000] {
        // 100 fields stay a listpack; 100k are a hashtable.
        let names = fields(n);
        let h = filled(&names, lim);
        let label = format!("{}/{n}", h.encoding());
        // A fixed stride over the fields, so every lookup hits and lands somewhere new.
        let order: Vec<&[u8]> = (0..1000).map(|i| &*names[(i * 7919) % n]).collect();
        g.throughput(Throughput::Elements(order.len() as u64));
        g.bench_with_input(BenchmarkId::new("hget", &label), &h, |b, h| {
            b.iter(|| {
                let mut found = 0;
                for f in &order {
                    found += h.get(f).is_some() as usize;
                }
                black_box(found)
            })
        });
        let mut hm = h.clone();
        g.bench_function(BenchmarkId::new("hset_update", &label), |b| {
            b.iter(|| {
                for f in &order {
                    black_box(hm.set_with(f, b"12345", lim));
                }
            })
        });
        // New fields appended (listpack) or added (hashtable), then deleted again so the
        // hash keeps its size and encoding across iterations.
        let news: Vec<Vec<u8>> = (0..100).map(|i| format!("new:{i}").into_bytes()).collect();
        g.throughput(Throughput::Elements(news.len() as u64 * 2));
        g.bench_function(BenchmarkId::new("hset_new_hdel", &label), |b| {
            b.iter(|| {
                for f in &news {
                    black_box(hm.set_with(f, b"v", lim));
                }
                for f in &news {
                    black_box(hm.remove(f));
                }
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench_hash);
criterion_main!(benches);
