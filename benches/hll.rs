//! HyperLogLog hot paths: PFADD into a sparse HLL (about 1500 elements: the sparse walk is
//! at its longest before promotion) and into a dense one, PFCOUNT of a dense HLL without
//! its cache (the register histogram and the estimator), and the union of two dense HLLs
//! as multi-key PFCOUNT does it. Throughput is in elements (or HLLs).

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use ringkv::storage::hll;

fn elements(n: usize, tag: &str) -> Vec<Vec<u8>> {
    (0..n).map(|i| format!("{tag}:{i}").into_bytes()).collect()
}

fn filled(n: usize, dense: bool) -> Vec<u8> {
    let mut h = hll::new_sparse();
    if dense {
        hll::to_dense(&mut h);
    }
    for e in elements(n, "fill") {
        hll::add(&mut h, &e);
    }
    h
}

fn bench_hll(c: &mut Criterion) {
    let mut g = c.benchmark_group("hll");
    let adds = elements(1000, "add");
    g.throughput(Throughput::Elements(adds.len() as u64));
    let sparse = filled(1500, false);
    assert_eq!(hll::encoding(&sparse), hll::SPARSE);
    g.bench_function("pfadd_sparse_1500", |b| {
        b.iter_batched(
            || sparse.clone(),
            |mut h| {
                for e in &adds {
                    black_box(hll::add(&mut h, e));
                }
                h
            },
            criterion::BatchSize::SmallInput,
        )
    });
    let mut dense = filled(100_000, true);
    g.bench_function("pfadd_dense", |b| {
        b.iter(|| {
            for e in &adds {
                black_box(hll::add(&mut dense, e));
            }
        })
    });
    g.throughput(Throughput::Elements(1));
    let dense = filled(100_000, true);
    g.bench_function("pfcount_dense", |b| {
        b.iter(|| hll::count(black_box(&dense)))
    });
    let other = filled(50_000, true);
    g.bench_function("pfcount_union_of_2", |b| {
        b.iter(|| {
            let mut max = Box::new([0u8; hll::REGISTERS]);
            hll::merge_into(&mut max, black_box(&dense));
            hll::merge_into(&mut max, black_box(&other));
            hll::count_raw(&max)
        })
    });
    g.finish();
}

criterion_group!(benches, bench_hll);
criterion_main!(benches);
