//! RESP on the hot path: parsing pipelined requests the way a connection's read loop does
//! (parse, advance by `consumed`, repeat), and encoding the replies commands send.
//! Throughput is in requests (or replies), so criterion's time / N is ns per item.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use ringkv::protocol::parse::{parse_request, Limits, Parsed, Span};
use ringkv::protocol::ReplyBuf;

const N: usize = 16;

fn bulk(out: &mut Vec<u8>, arg: &[u8]) {
    out.extend_from_slice(format!("${}\r\n", arg.len()).as_bytes());
    out.extend_from_slice(arg);
    out.extend_from_slice(b"\r\n");
}

fn multibulk(out: &mut Vec<u8>, args: &[&[u8]]) {
    out.extend_from_slice(format!("*{}\r\n", args.len()).as_bytes());
    for a in args {
        bulk(out, a);
    }
}

fn get_pipeline(n: usize) -> Vec<u8> {
    let mut b = Vec::new();
    for i in 0..n {
        multibulk(&mut b, &[b"GET", format!("key:{i:04}").as_bytes()]);
    }
    b
}

fn set_32b() -> Vec<u8> {
    let mut b = Vec::new();
    for i in 0..N {
        multibulk(
            &mut b,
            &[b"SET", format!("key:{i:04}").as_bytes(), &[b'v'; 32]],
        );
    }
    b
}

fn inline_ping() -> Vec<u8> {
    b"PING\r\n".repeat(N)
}

fn mset_10() -> Vec<u8> {
    let mut b = Vec::new();
    for i in 0..N {
        let keys: Vec<String> = (0..10).map(|k| format!("key:{i:02}:{k:02}")).collect();
        let mut args: Vec<&[u8]> = vec![b"MSET"];
        for k in &keys {
            args.push(k.as_bytes());
            args.push(b"value-0123456789");
        }
        multibulk(&mut b, &args);
    }
    b
}

/// Parses every request in `buf`; returns the number of arguments seen.
#[inline(never)]
fn parse_all(buf: &[u8], lim: &Limits, spans: &mut Vec<Span>, inline_buf: &mut Vec<u8>) -> usize {
    let mut pos = 0;
    let mut args = 0;
    while pos < buf.len() {
        match parse_request(&buf[pos..], lim, spans, inline_buf) {
            Parsed::Request { consumed, .. } => {
                args += spans.len();
                pos += consumed;
            }
            other => panic!("unexpected {other:?}"),
        }
    }
    args
}

fn bench(c: &mut Criterion) {
    let lim = Limits {
        max_bulk_len: 512 * 1024 * 1024,
        authenticated: true,
    };
    let cases: Vec<(&str, Vec<u8>, usize)> = vec![
        ("get_pipeline16", get_pipeline(N), N),
        ("set_32b", set_32b(), N),
        ("inline_ping", inline_ping(), N),
        ("mset_10", mset_10(), N),
        ("get_pipeline1024", get_pipeline(1024), 1024),
    ];
    let mut g = c.benchmark_group("parse");
    for (name, buf, n) in &cases {
        let mut spans = Vec::new();
        let mut inline_buf = Vec::new();
        g.throughput(Throughput::Elements(*n as u64));
        g.bench_function(*name, |b| {
            b.iter(|| parse_all(black_box(buf), &lim, &mut spans, &mut inline_buf))
        });
    }
    g.finish();
}

/// Encodes the replies of a GET/SET/INCR/MGET mix through the one reply encoder.
fn bench_encode(c: &mut Criterion) {
    let value = [b'v'; 32];
    let mut g = c.benchmark_group("encode");
    g.throughput(Throughput::Elements(N as u64));
    for resp in [2u8, 3] {
        let mut out = ReplyBuf::new(resp);
        g.bench_function(format!("get_hit_resp{resp}"), |b| {
            b.iter(|| {
                out.buf.clear();
                for _ in 0..N {
                    out.bulk(black_box(&value));
                }
                out.buf.len()
            })
        });
        g.bench_function(format!("ok_int_null_resp{resp}"), |b| {
            b.iter(|| {
                out.buf.clear();
                for i in 0..N as i64 {
                    out.ok();
                    out.int(black_box(i * 1_000_003));
                    out.null();
                }
                out.buf.len()
            })
        });
        g.bench_function(format!("mget10_resp{resp}"), |b| {
            b.iter(|| {
                out.buf.clear();
                for _ in 0..N {
                    out.array(10);
                    for _ in 0..10 {
                        out.bulk(black_box(&value));
                    }
                }
                out.buf.len()
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench, bench_encode);
criterion_main!(benches);
