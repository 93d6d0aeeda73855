//! HyperLogLog in Redis 7.0's byte layout (hyperloglog.c), so a value written here is what
//! `GET` returns on redis-server and Redis's own values load and count the same.
//!
//! A HyperLogLog is a plain string: a 16-byte header ("HYLL", encoding byte, 3 unused bytes,
//! 8-byte little-endian cached cardinality whose top bit marks it stale), then either 16384
//! 6-bit registers packed LSB first (dense, 12288 bytes) or a run-length sparse encoding
//! (ZERO `00xxxxxx`, XZERO `01xxxxxx xxxxxxxx`, VAL `1vvvvvxx`). Elements hash with
//! MurmurHash64A (seed 0xadc83b19); the estimator is Ertl's tau/sigma one as in 7.0.
//!
//! Every routine follows Redis's step by step, including how it treats a corrupt sparse
//! string (which bytes change before the corruption is noticed), because such strings can be
//! SET by clients and the results must still agree. Where Redis reads the byte after the
//! string (the sds terminator, always 0), `at` returns 0.

pub const HDR_SIZE: usize = 16;
pub const P: u32 = 14;
pub const Q: usize = 64 - P as usize;
pub const REGISTERS: usize = 1 << P;
const P_MASK: u64 = REGISTERS as u64 - 1;
const BITS: usize = 6;
const REGISTER_MAX: u8 = (1 << BITS) - 1;
pub const DENSE_SIZE: usize = HDR_SIZE + (REGISTERS * BITS).div_ceil(8);
pub const DENSE: u8 = 0;
pub const SPARSE: u8 = 1;
const MAX_ENCODING: u8 = 1;

const SPARSE_VAL_MAX_VALUE: u8 = 32;
const SPARSE_VAL_MAX_LEN: usize = 4;
const SPARSE_ZERO_MAX_LEN: usize = 64;
const SPARSE_XZERO_MAX_LEN: usize = 16384;
const ALPHA_INF: f64 = 0.721_347_520_444_481_7;

/// The byte at `i`, or the sds terminator's 0 past the end.
#[inline]
fn at(b: &[u8], i: usize) -> u8 {
    b.get(i).copied().unwrap_or(0)
}

#[inline]
fn is_zero(b: u8) -> bool {
    b & 0xc0 == 0
}
#[inline]
fn is_xzero(b: u8) -> bool {
    b & 0xc0 == 0x40
}
#[inline]
fn is_val(b: u8) -> bool {
    b & 0x80 != 0
}
#[inline]
fn zero_len(b: u8) -> usize {
    (b & 0x3f) as usize + 1
}
#[inline]
fn xzero_len(b0: u8, b1: u8) -> usize {
    (((b0 & 0x3f) as usize) << 8 | b1 as usize) + 1
}
#[inline]
fn val_value(b: u8) -> u8 {
    ((b >> 2) & 0x1f) + 1
}
#[inline]
fn val_len(b: u8) -> usize {
    (b & 0x3) as usize + 1
}
/// C assigns an int to a uint8_t here: truncation is part of the format's behaviour.
#[inline]
fn val_op(val: usize, len: usize) -> u8 {
    (((val.wrapping_sub(1)) << 2 | (len.wrapping_sub(1))) | 0x80) as u8
}
#[inline]
fn zero_op(len: usize) -> u8 {
    len.wrapping_sub(1) as u8
}
#[inline]
fn xzero_op(len: usize) -> [u8; 2] {
    let l = len.wrapping_sub(1);
    [((l >> 8) | 0x40) as u8, (l & 0xff) as u8]
}

/// MurmurHash2, 64-bit, as Redis has it (little-endian words whatever the host).
pub fn murmurhash64a(key: &[u8], seed: u32) -> u64 {
    const M: u64 = 0xc6a4_a793_5bd1_e995;
    const R: u32 = 47;
    // C: `seed ^ (len * m)` with an int len widened to uint64_t.
    let mut h = (seed as u64) ^ ((key.len() as i32 as i64 as u64).wrapping_mul(M));
    let mut chunks = key.chunks_exact(8);
    for c in &mut chunks {
        let mut k = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        k = k.wrapping_mul(M);
        k ^= k >> R;
        k = k.wrapping_mul(M);
        h ^= k;
        h = h.wrapping_mul(M);
    }
    let tail = chunks.remainder();
    if !tail.is_empty() {
        for (i, &b) in tail.iter().enumerate().rev() {
            h ^= (b as u64) << (8 * i);
        }
        h = h.wrapping_mul(M);
    }
    h ^= h >> R;
    h = h.wrapping_mul(M);
    h ^= h >> R;
    h
}

/// The register an element goes to and the length of its 0..01 pattern (hllPatLen).
pub fn pat_len(ele: &[u8]) -> (usize, u8) {
    let mut hash = murmurhash64a(ele, 0xadc8_3b19);
    let index = (hash & P_MASK) as usize;
    hash >>= P;
    hash |= 1u64 << Q;
    (index, hash.trailing_zeros() as u8 + 1)
}

/// True if `b` passes isHLLObjectOrReply's checks (the caller has checked it is a string
/// stored as bytes).
pub fn is_valid(b: &[u8]) -> bool {
    b.len() >= HDR_SIZE
        && &b[..4] == b"HYLL"
        && b[4] <= MAX_ENCODING
        && (b[4] != DENSE || b.len() == DENSE_SIZE)
}

pub fn encoding(b: &[u8]) -> u8 {
    b[4]
}

pub fn invalidate_cache(b: &mut [u8]) {
    b[15] |= 0x80;
}

/// The cached cardinality, if valid.
pub fn cached(b: &[u8]) -> Option<u64> {
    if b[15] & 0x80 != 0 {
        return None;
    }
    Some(u64::from_le_bytes(b[8..16].try_into().unwrap_or([0; 8])))
}

pub fn set_cached(b: &mut [u8], card: u64) {
    b[8..16].copy_from_slice(&card.to_le_bytes());
}

/// A new, empty HyperLogLog: sparse, all registers in XZERO runs (createHLLObject).
pub fn new_sparse() -> Vec<u8> {
    let n = REGISTERS.div_ceil(SPARSE_XZERO_MAX_LEN);
    let mut v = Vec::with_capacity(HDR_SIZE + 2 * n + 3);
    v.extend_from_slice(b"HYLL");
    v.push(SPARSE);
    v.extend_from_slice(&[0; 11]);
    let mut left = REGISTERS;
    while left > 0 {
        let x = left.min(SPARSE_XZERO_MAX_LEN);
        v.extend_from_slice(&xzero_op(x));
        left -= x;
    }
    v
}

#[inline]
pub fn dense_get(regs: &[u8], i: usize) -> u8 {
    let byte = i * BITS / 8;
    let fb = (i * BITS) & 7;
    let b0 = at(regs, byte) as u32;
    let b1 = at(regs, byte + 1) as u32;
    (((b0 >> fb) | (b1 << (8 - fb))) & REGISTER_MAX as u32) as u8
}

#[inline]
pub fn dense_put(regs: &mut [u8], i: usize, val: u8) {
    let byte = i * BITS / 8;
    let fb = (i * BITS) & 7;
    let fb8 = 8 - fb;
    let v = val as u32;
    if let Some(b) = regs.get_mut(byte) {
        *b &= !((REGISTER_MAX as u32) << fb) as u8;
        *b |= (v << fb) as u8;
    }
    // The last register's second byte is the sds terminator in Redis: only zero bits of a
    // 6-bit value land there.
    if let Some(b) = regs.get_mut(byte + 1) {
        *b &= !((REGISTER_MAX as u32) >> fb8) as u8;
        *b |= (v >> fb8) as u8;
    }
}

/// Raises dense register `i` to `count`; 1 if it changed (hllDenseSet).
#[inline]
pub fn dense_set(regs: &mut [u8], i: usize, count: u8) -> i32 {
    if count > dense_get(regs, i) {
        dense_put(regs, i, count);
        1
    } else {
        0
    }
}

fn dense_histo(regs: &[u8], histo: &mut [u32; 64]) {
    for r in regs.chunks_exact(3) {
        let v = r[0] as u32 | (r[1] as u32) << 8 | (r[2] as u32) << 16;
        histo[(v & 63) as usize] += 1;
        histo[(v >> 6 & 63) as usize] += 1;
        histo[(v >> 12 & 63) as usize] += 1;
        histo[(v >> 18 & 63) as usize] += 1;
    }
}

/// Ertl's sigma (hllSigma).
fn sigma(mut x: f64) -> f64 {
    if x == 1.0 {
        return f64::INFINITY;
    }
    let mut y = 1.0;
    let mut z = x;
    loop {
        x *= x;
        let zp = z;
        z += x * y;
        y += y;
        if zp == z {
            return z;
        }
    }
}

/// Ertl's tau (hllTau). `pow(1 - x, 2)` is `(1-x)*(1-x)`: compilers fold it so, and it is
/// the exactly rounded square either way.
fn tau(mut x: f64) -> f64 {
    if x == 0.0 || x == 1.0 {
        return 0.0;
    }
    let mut y = 1.0;
    let mut z = 1.0 - x;
    loop {
        x = x.sqrt();
        let zp = z;
        y *= 0.5;
        let d = 1.0 - x;
        z -= d * d * y;
        if zp == z {
            return z / 3.0;
        }
    }
}

/// The estimate from a register histogram, as hllCount computes and converts it
/// (`llroundl` then a cast to uint64_t, out-of-range results included).
fn estimate(histo: &[u32; 64]) -> u64 {
    let m = REGISTERS as f64;
    let mut z = m * tau((m - histo[Q + 1] as f64) / m);
    for j in (1..=Q).rev() {
        z += histo[j] as f64;
        z *= 0.5;
    }
    z += m * sigma(histo[0] as f64 / m);
    let v = ALPHA_INF * m * m / z;
    // llroundl: NaN or out of range is LLONG_MIN on x86-64.
    let r = v.round();
    let two63 = (1u64 << 63) as f64;
    let rounded = if r.is_finite() && r >= -two63 && r < two63 {
        r as i64
    } else {
        i64::MIN
    };
    let e = rounded as f64;
    if e >= 0.0 {
        e as u64
    } else {
        e as i64 as u64
    }
}

/// The cardinality of a valid HLL string; None if its sparse form is corrupt.
pub fn count(b: &[u8]) -> Option<u64> {
    let mut histo = [0u32; 64];
    if encoding(b) == DENSE {
        dense_histo(&b[HDR_SIZE..], &mut histo);
    } else {
        let mut set = 0;
        let ok = walk_sparse(&b[HDR_SIZE..], |_, n, v| {
            histo[v as usize] += n as u32;
            set += n as u32;
        });
        if !ok {
            return None;
        }
        histo[0] = REGISTERS as u32 - set;
    }
    Some(estimate(&histo))
}

/// The cardinality of registers held one per byte (the multi-key PFCOUNT temporary).
pub fn count_raw(regs: &[u8; REGISTERS]) -> u64 {
    let mut histo = [0u32; 64];
    for &r in regs.iter() {
        histo[(r & 63) as usize] += 1;
    }
    estimate(&histo)
}

/// Calls `f(first, len, value)` for each VAL run of a sparse form; false if the runs don't
/// cover exactly the 16384 registers. The redis-server 7.0.15 we answer like (with the
/// CVE-2025-32023 fix) rejects any run past the last register, even a trailing one after an
/// exact cover, so a run is checked before it is applied.
fn walk_sparse(sparse: &[u8], mut f: impl FnMut(usize, usize, u8)) -> bool {
    let mut idx = 0;
    let mut p = 0;
    while p < sparse.len() {
        let op = sparse[p];
        let n = if is_zero(op) {
            p += 1;
            zero_len(op)
        } else if is_xzero(op) {
            p += 2;
            xzero_len(op, at(sparse, p - 1))
        } else {
            p += 1;
            val_len(op)
        };
        if idx + n > REGISTERS {
            return false;
        }
        if is_val(op) {
            f(idx, n, val_value(op));
        }
        idx += n;
    }
    idx == REGISTERS
}

/// Raises `max[i]` to register i of the HLL `b` (hllMerge); false on a corrupt sparse form.
pub fn merge_into(max: &mut [u8; REGISTERS], b: &[u8]) -> bool {
    if encoding(b) == DENSE {
        // Four 6-bit registers in every three bytes.
        for (m4, r) in max.chunks_exact_mut(4).zip(b[HDR_SIZE..].chunks_exact(3)) {
            let v = r[0] as u32 | (r[1] as u32) << 8 | (r[2] as u32) << 16;
            for (k, m) in m4.iter_mut().enumerate() {
                *m = (*m).max((v >> (6 * k) & 63) as u8);
            }
        }
        return true;
    }
    walk_sparse(&b[HDR_SIZE..], |start, n, v| {
        for m in &mut max[start..start + n] {
            if v > *m {
                *m = v;
            }
        }
    })
}

/// Converts a sparse HLL to dense in place (hllSparseToDense); a dense one is left alone.
/// False (and `b` untouched) if the sparse form is corrupt.
pub fn to_dense(b: &mut Vec<u8>) -> bool {
    if encoding(b) == DENSE {
        return true;
    }
    let mut dense = vec![0u8; DENSE_SIZE];
    dense[..HDR_SIZE].copy_from_slice(&b[..HDR_SIZE]);
    dense[4] = DENSE;
    let regs = &mut dense[HDR_SIZE..];
    let ok = walk_sparse(&b[HDR_SIZE..], |start, n, v| {
        for r in start..start + n {
            dense_put(regs, r, v);
        }
    });
    if !ok {
        return false;
    }
    *b = dense;
    true
}

/// Raises register `index` of a sparse HLL to `count` (hllSparseSet): 1 if it changed, 0 if
/// not, -1 if the sparse form is corrupt. Promotes `b` to dense when the value does not fit a
/// VAL opcode or the string would outgrow `hll-sparse-max-bytes`.
pub fn sparse_set(b: &mut Vec<u8>, index: usize, count: u8) -> i32 {
    if count > SPARSE_VAL_MAX_VALUE {
        return promote(b, index, count);
    }
    let index = index as i64;
    let end = b.len();
    let mut p = HDR_SIZE;
    let mut first: i64 = 0;
    let mut prev: Option<usize> = None;
    let mut span: i64 = 0;
    while p < end {
        let op = b[p];
        let mut oplen = 1;
        if is_zero(op) {
            span = zero_len(op) as i64;
        } else if is_val(op) {
            span = val_len(op) as i64;
        } else {
            span = xzero_len(op, at(b, p + 1)) as i64;
            oplen = 2;
        }
        if index < first + span {
            break;
        }
        prev = Some(p);
        p += oplen;
        first += span;
    }
    if span == 0 || p >= end {
        return -1;
    }
    let op = b[p];
    let next = if is_xzero(op) { p + 2 } else { p + 1 };
    let next = (next < end).then_some(next);
    let (zero, xzero) = (is_zero(op), is_xzero(op));
    let runlen = if zero {
        zero_len(op)
    } else if xzero {
        xzero_len(op, at(b, p + 1))
    } else {
        val_len(op)
    };

    let mut simple = false;
    if !zero && !xzero {
        let old = val_value(op);
        if old >= count {
            return 0;
        }
        if runlen == 1 {
            b[p] = val_op(count as usize, 1);
            simple = true;
        }
    }
    if zero && runlen == 1 {
        b[p] = val_op(count as usize, 1);
        simple = true;
    }

    if !simple {
        // Split the opcode into at most three: before, our register, after.
        let mut seq: Vec<u8> = Vec::with_capacity(5);
        let last = first + span - 1;
        if zero || xzero {
            if index != first {
                let len = (index - first) as usize;
                if len > SPARSE_ZERO_MAX_LEN {
                    seq.extend_from_slice(&xzero_op(len));
                } else {
                    seq.push(zero_op(len));
                }
            }
            seq.push(val_op(count as usize, 1));
            if index != last {
                let len = (last - index) as usize;
                if len > SPARSE_ZERO_MAX_LEN {
                    seq.extend_from_slice(&xzero_op(len));
                } else {
                    seq.push(zero_op(len));
                }
            }
        } else {
            let cur = val_value(op) as usize;
            if index != first {
                seq.push(val_op(cur, (index - first) as usize));
            }
            seq.push(val_op(count as usize, 1));
            if index != last {
                seq.push(val_op(cur, (last - index) as usize));
            }
        }
        let oldlen = if xzero { 2 } else { 1 };
        let delta = seq.len() as i64 - oldlen;
        if delta > 0
            && (end as u64).wrapping_add(delta as u64) > super::limits::hll_sparse_max_bytes()
        {
            return promote(b, index as usize, count);
        }
        let new_len = (end as i64 + delta) as usize;
        // With no next opcode (the last one, maybe an XZERO cut short by the string's end)
        // Redis writes the sequence at p and sets the length: what lies past it is dropped.
        let stop = next.unwrap_or(end);
        b.splice(p..stop, seq);
        b.truncate(new_len);
    }

    // Merge adjacent VAL opcodes of the same value around the change.
    let mut end = b.len();
    let mut p = prev.unwrap_or(HDR_SIZE);
    let mut scan = 5;
    while p < end && scan > 0 {
        scan -= 1;
        let op = b[p];
        if is_xzero(op) {
            p += 2;
            continue;
        } else if is_zero(op) {
            p += 1;
            continue;
        }
        if p + 1 < end && is_val(b[p + 1]) {
            let (v1, v2) = (val_value(op), val_value(b[p + 1]));
            if v1 == v2 {
                let len = val_len(op) + val_len(b[p + 1]);
                if len <= SPARSE_VAL_MAX_LEN {
                    b[p + 1] = val_op(v1 as usize, len);
                    b.remove(p);
                    end -= 1;
                    continue;
                }
            }
        }
        p += 1;
    }
    invalidate_cache(b);
    1
}

fn promote(b: &mut Vec<u8>, index: usize, count: u8) -> i32 {
    if !to_dense(b) {
        return -1;
    }
    dense_set(&mut b[HDR_SIZE..], index, count)
}

/// Adds one element (hllAdd): 1 if a register changed, 0 if not, -1 if corrupt.
pub fn add(b: &mut Vec<u8>, ele: &[u8]) -> i32 {
    let (index, count) = pat_len(ele);
    match encoding(b) {
        DENSE => dense_set(&mut b[HDR_SIZE..], index, count),
        SPARSE => sparse_set(b, index, count),
        _ => -1,
    }
}

/// Sets register `index` to at least `count` whatever the encoding (PFMERGE's write-back).
pub fn set_register(b: &mut Vec<u8>, index: usize, count: u8) -> i32 {
    match encoding(b) {
        DENSE => dense_set(&mut b[HDR_SIZE..], index, count),
        SPARSE => sparse_set(b, index, count),
        _ => 0,
    }
}

/// PFDEBUG DECODE's text for a sparse HLL ("z:len", "Z:len", "v:value,len").
pub fn decode(b: &[u8]) -> String {
    use std::fmt::Write;
    let sparse = &b[HDR_SIZE..];
    let mut s = String::new();
    let mut p = 0;
    while p < sparse.len() {
        let op = sparse[p];
        if is_zero(op) {
            let _ = write!(s, "z:{} ", zero_len(op));
            p += 1;
        } else if is_xzero(op) {
            let _ = write!(s, "Z:{} ", xzero_len(op, at(sparse, p + 1)));
            p += 2;
        } else {
            let _ = write!(s, "v:{},{} ", val_value(op), val_len(op));
            p += 1;
        }
    }
    s.trim_matches(' ').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_and_sizes() {
        assert_eq!(DENSE_SIZE, 12304);
        let h = new_sparse();
        assert_eq!(h, b"HYLL\x01\0\0\0\0\0\0\0\0\0\0\0\x7f\xff");
        assert!(is_valid(&h));
        assert_eq!(count(&h), Some(0));
        assert_eq!(decode(&h), "Z:16384");
    }

    #[test]
    fn dense_registers_round_trip() {
        let mut regs = vec![0u8; DENSE_SIZE - HDR_SIZE];
        let mut x = 12345u64;
        let mut want = vec![0u8; REGISTERS];
        for (i, w) in want.iter_mut().enumerate() {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            *w = (x & 63) as u8;
            dense_put(&mut regs, i, *w);
        }
        for (i, w) in want.iter().enumerate() {
            assert_eq!(dense_get(&regs, i), *w, "register {i}");
        }
    }

    #[test]
    fn sparse_and_dense_agree() {
        let mut sparse = new_sparse();
        let mut dense = new_sparse();
        assert!(to_dense(&mut dense));
        for i in 0..20000u32 {
            let e = i.to_string();
            add(&mut sparse, e.as_bytes());
            add(&mut dense, e.as_bytes());
            if i % 997 == 0 {
                let mut s2 = sparse.clone();
                assert!(to_dense(&mut s2));
                assert_eq!(s2[HDR_SIZE..], dense[HDR_SIZE..], "after {i}");
                assert_eq!(count(&sparse), count(&dense));
            }
        }
        let c = count(&dense).unwrap() as f64;
        assert!((c - 20000.0).abs() < 20000.0 * 0.05, "{c}");
    }

    #[test]
    fn merge_reads_every_register() {
        let mut sparse = new_sparse();
        for i in 0..3000u32 {
            add(&mut sparse, &i.to_le_bytes());
        }
        let mut dense = sparse.clone();
        assert!(to_dense(&mut dense));
        let (mut a, mut b) = ([0u8; REGISTERS], [0u8; REGISTERS]);
        assert!(merge_into(&mut a, &sparse));
        assert!(merge_into(&mut b, &dense));
        for (i, (x, y)) in a.iter().zip(b.iter()).enumerate() {
            assert_eq!(*x, dense_get(&dense[HDR_SIZE..], i), "register {i}");
            assert_eq!(x, y, "register {i}");
        }
        assert_eq!(Some(count_raw(&a)), count(&dense));
    }

    #[test]
    fn corrupt_sparse_is_reported() {
        let mut h = new_sparse();
        h.truncate(HDR_SIZE + 1);
        assert_eq!(count(&h), None);
        assert!(!to_dense(&mut h.clone()));
        let mut max = [0u8; REGISTERS];
        assert!(!merge_into(&mut max, &h));
        let mut only_header = h[..HDR_SIZE].to_vec();
        assert_eq!(add(&mut only_header, b"a"), -1);
    }
}
