//! Redis's `intset` (intset.c): a sorted array of distinct 64-bit integers stored at the
//! narrowest width that holds them all (int16, int32 or int64), with binary search.
//!
//! The bytes are Redis's own blob, little-endian: `encoding: u32` (the width in bytes, 2, 4
//! or 8), `length: u32`, then `length` values of that width in ascending order. Keeping the
//! exact layout lets an RDB snapshot write the blob as it is (RDB_TYPE_SET_INTSET) and load
//! Redis's own without re-encoding. Adding a value wider than the current width upgrades the
//! whole array; removing never downgrades, as in Redis.
use std::fmt;

const HEADER: usize = 8;
const ENC_INT16: usize = 2;
const ENC_INT32: usize = 4;
const ENC_INT64: usize = 8;

#[derive(Clone, PartialEq, Eq)]
pub struct Intset {
    blob: Vec<u8>,
}

impl Default for Intset {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Debug for Intset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

/// The narrowest width that holds `v` (_intsetValueEncoding).
#[inline]
fn value_encoding(v: i64) -> usize {
    if v < i32::MIN as i64 || v > i32::MAX as i64 {
        ENC_INT64
    } else if v < i16::MIN as i64 || v > i16::MAX as i64 {
        ENC_INT32
    } else {
        ENC_INT16
    }
}

#[inline(always)]
fn read_at(b: &[u8], enc: usize, i: usize) -> i64 {
    let o = HEADER + i * enc;
    match enc {
        ENC_INT16 => i16::from_le_bytes([b[o], b[o + 1]]) as i64,
        ENC_INT32 => i32::from_le_bytes([b[o], b[o + 1], b[o + 2], b[o + 3]]) as i64,
        _ => i64::from_le_bytes([
            b[o],
            b[o + 1],
            b[o + 2],
            b[o + 3],
            b[o + 4],
            b[o + 5],
            b[o + 6],
            b[o + 7],
        ]),
    }
}

/// Binary search over values of width `W`, the width known at compile time so each probe is
/// one load. Branch-free halving (as the standard library's binary search): a 512-member
/// intset is nine probes whose outcome the CPU need not predict.
#[inline]
fn search_in<const W: usize>(b: &[u8], len: usize, v: i64) -> Result<usize, usize> {
    if len == 0 {
        return Err(0);
    }
    // Out of range: no search needed, and appends to a growing set are the common case.
    if v > read_at(b, W, len - 1) {
        return Err(len);
    }
    if v < read_at(b, W, 0) {
        return Err(0);
    }
    let (mut base, mut size) = (0usize, len);
    while size > 1 {
        let half = size / 2;
        let mid = base + half;
        if read_at(b, W, mid) <= v {
            base = mid;
        }
        size -= half;
    }
    let cur = read_at(b, W, base);
    if cur == v {
        Ok(base)
    } else {
        Err(base + usize::from(cur < v))
    }
}

/// Writes `v` (which fits `enc`) at index `i`.
#[inline]
fn write_at(b: &mut [u8], enc: usize, i: usize, v: i64) {
    let o = HEADER + i * enc;
    match enc {
        ENC_INT16 => b[o..o + 2].copy_from_slice(&(v as i16).to_le_bytes()),
        ENC_INT32 => b[o..o + 4].copy_from_slice(&(v as i32).to_le_bytes()),
        _ => b[o..o + 8].copy_from_slice(&v.to_le_bytes()),
    }
}

impl Intset {
    /// An empty intset of int16 width (intsetNew).
    pub fn new() -> Intset {
        let mut blob = Vec::with_capacity(HEADER);
        blob.extend_from_slice(&(ENC_INT16 as u32).to_le_bytes());
        blob.extend_from_slice(&0u32.to_le_bytes());
        Intset { blob }
    }

    /// Takes a blob in Redis's layout (an RDB intset payload), checked as
    /// intsetValidateIntegrity with deep checking: a known width, a length that matches the
    /// size, values strictly ascending. None if any of it is wrong.
    pub fn from_blob(b: &[u8]) -> Option<Intset> {
        if b.len() < HEADER {
            return None;
        }
        let enc = u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize;
        if !matches!(enc, ENC_INT16 | ENC_INT32 | ENC_INT64) {
            return None;
        }
        let len = u32::from_le_bytes([b[4], b[5], b[6], b[7]]) as usize;
        if (b.len() - HEADER) != len.checked_mul(enc)? {
            return None;
        }
        let mut prev = None;
        for i in 0..len {
            let v = read_at(b, enc, i);
            if prev.is_some_and(|p| v <= p) {
                return None;
            }
            prev = Some(v);
        }
        Some(Intset { blob: b.to_vec() })
    }

    /// The blob in Redis's layout (intsetBlobLen bytes).
    pub fn as_blob(&self) -> &[u8] {
        &self.blob
    }

    /// Width of each value in bytes: 2, 4 or 8.
    #[inline]
    pub fn width(&self) -> usize {
        u32::from_le_bytes([self.blob[0], self.blob[1], self.blob[2], self.blob[3]]) as usize
    }

    #[inline]
    pub fn len(&self) -> usize {
        u32::from_le_bytes([self.blob[4], self.blob[5], self.blob[6], self.blob[7]]) as usize
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    #[inline]
    fn set_len(&mut self, len: usize) {
        self.blob[4..8].copy_from_slice(&(len as u32).to_le_bytes());
    }

    /// The value at position `i` (ascending order), if any.
    #[inline]
    pub fn get(&self, i: usize) -> Option<i64> {
        (i < self.len()).then(|| read_at(&self.blob, self.width(), i))
    }

    /// Ok(position) if present, else Err(insert position) (intsetSearch).
    #[inline]
    fn search(&self, v: i64) -> Result<usize, usize> {
        let len = self.len();
        match self.width() {
            ENC_INT16 => search_in::<ENC_INT16>(&self.blob, len, v),
            ENC_INT32 => search_in::<ENC_INT32>(&self.blob, len, v),
            _ => search_in::<ENC_INT64>(&self.blob, len, v),
        }
    }

    pub fn contains(&self, v: i64) -> bool {
        value_encoding(v) <= self.width() && self.search(v).is_ok()
    }

    /// Adds `v`; false if it was already present (intsetAdd).
    pub fn add(&mut self, v: i64) -> bool {
        let enc = self.width();
        if value_encoding(v) > enc {
            self.upgrade_and_add(v);
            return true;
        }
        let Err(pos) = self.search(v) else {
            return false;
        };
        let len = self.len();
        // Exact growth, as intsetResize: the blob is the whole value of a small set.
        self.blob.reserve_exact(enc);
        self.blob.resize(self.blob.len() + enc, 0);
        let at = HEADER + pos * enc;
        self.blob.copy_within(at..HEADER + len * enc, at + enc);
        write_at(&mut self.blob, enc, pos, v);
        self.set_len(len + 1);
        true
    }

    /// A value wider than every present one lies beyond all of them: it goes first if
    /// negative, last otherwise (intsetUpgradeAndAdd).
    fn upgrade_and_add(&mut self, v: i64) {
        let (old, len) = (self.width(), self.len());
        let new = value_encoding(v);
        let mut blob = Vec::with_capacity(HEADER + (len + 1) * new);
        blob.extend_from_slice(&(new as u32).to_le_bytes());
        blob.extend_from_slice(&((len + 1) as u32).to_le_bytes());
        blob.resize(HEADER + (len + 1) * new, 0);
        let shift = usize::from(v < 0);
        for i in 0..len {
            write_at(&mut blob, new, i + shift, read_at(&self.blob, old, i));
        }
        write_at(&mut blob, new, if v < 0 { 0 } else { len }, v);
        self.blob = blob;
    }

    /// Removes `v`; false if it was not present (intsetRemove).
    pub fn remove(&mut self, v: i64) -> bool {
        let enc = self.width();
        if value_encoding(v) > enc {
            return false;
        }
        let Ok(pos) = self.search(v) else {
            return false;
        };
        let len = self.len();
        let at = HEADER + pos * enc;
        self.blob.copy_within(at + enc..HEADER + len * enc, at);
        self.blob.truncate(HEADER + (len - 1) * enc);
        self.set_len(len - 1);
        // Give memory back after big removals, as the zrealloc of intsetResize does.
        if self.blob.capacity() > 2 * self.blob.len() + 64 {
            self.blob.shrink_to_fit();
        }
        true
    }

    /// The values in ascending order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = i64> + ExactSizeIterator + '_ {
        let enc = self.width();
        (0..self.len()).map(move |i| read_at(&self.blob, enc, i))
    }

    /// A uniformly random value, None if empty (intsetRandom).
    pub fn random(&self, rand: &mut impl FnMut() -> u64) -> Option<i64> {
        let len = self.len();
        if len == 0 {
            return None;
        }
        self.get((rand() % len as u64) as usize)
    }

    pub fn min(&self) -> Option<i64> {
        self.get(0)
    }

    pub fn max(&self) -> Option<i64> {
        self.len().checked_sub(1).and_then(|i| self.get(i))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn xorshift(seed: &mut u64) -> u64 {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        *seed
    }

    #[test]
    fn widths_upgrade_and_never_downgrade() {
        let mut s = Intset::new();
        assert_eq!(s.width(), 2);
        assert!(s.add(32767));
        assert_eq!(s.width(), 2);
        assert!(s.add(32768));
        assert_eq!(s.width(), 4);
        assert!(s.add(-2147483649));
        assert_eq!(s.width(), 8);
        assert_eq!(s.iter().collect::<Vec<_>>(), [-2147483649, 32767, 32768]);
        assert!(s.remove(-2147483649));
        assert!(s.remove(32768));
        assert_eq!(s.width(), 8);
        assert_eq!(s.iter().collect::<Vec<_>>(), [32767]);
        assert!(!s.contains(1 << 40));
        assert!(!s.remove(1 << 40));
    }

    #[test]
    fn upgrade_prepends_negatives_and_appends_positives() {
        let mut s = Intset::new();
        for v in [5, -3, 0] {
            s.add(v);
        }
        s.add(i64::MIN);
        s.add(i64::MAX);
        assert_eq!(s.iter().collect::<Vec<_>>(), [i64::MIN, -3, 0, 5, i64::MAX]);
        assert_eq!(s.min(), Some(i64::MIN));
        assert_eq!(s.max(), Some(i64::MAX));
    }

    #[test]
    fn blob_is_redis_layout() {
        let mut s = Intset::new();
        s.add(3);
        s.add(1);
        assert_eq!(s.as_blob(), &[2, 0, 0, 0, 2, 0, 0, 0, 1, 0, 3, 0]);
        s.add(65536);
        assert_eq!(
            s.as_blob(),
            &[4, 0, 0, 0, 3, 0, 0, 0, 1, 0, 0, 0, 3, 0, 0, 0, 0, 0, 1, 0]
        );
        assert_eq!(Intset::from_blob(s.as_blob()), Some(s.clone()));
        // Not ascending, bad width, bad length.
        assert!(Intset::from_blob(&[2, 0, 0, 0, 2, 0, 0, 0, 3, 0, 1, 0]).is_none());
        assert!(Intset::from_blob(&[2, 0, 0, 0, 2, 0, 0, 0, 1, 0, 1, 0]).is_none());
        assert!(Intset::from_blob(&[3, 0, 0, 0, 0, 0, 0, 0]).is_none());
        assert!(Intset::from_blob(&[2, 0, 0, 0, 1, 0, 0, 0]).is_none());
        assert!(Intset::from_blob(&[2, 0, 0]).is_none());
        assert!(Intset::from_blob(&[8, 0, 0, 0, 255, 255, 255, 255]).is_none());
    }

    #[test]
    fn random_picks_members_only() {
        let mut s = Intset::new();
        let mut seed = 7;
        assert_eq!(s.random(&mut || xorshift(&mut seed)), None);
        for v in [10, 20, 30] {
            s.add(v);
        }
        let mut seen = BTreeSet::new();
        for _ in 0..200 {
            seen.insert(s.random(&mut || xorshift(&mut seed)).unwrap());
        }
        assert_eq!(seen.into_iter().collect::<Vec<_>>(), [10, 20, 30]);
    }

    /// Random adds and removes over values of every width, against a BTreeSet.
    #[test]
    fn matches_btreeset_model() {
        let mut seed = 0x1234_5678_9abc_def1;
        for round in 0..40 {
            let mut s = Intset::new();
            let mut model = BTreeSet::new();
            let span: i64 = [50, 40_000, 3_000_000_000, i64::MAX][round % 4];
            for _ in 0..600 {
                let r = xorshift(&mut seed);
                let v = if span == i64::MAX {
                    r as i64
                } else {
                    (r % (2 * span as u64 + 1)) as i64 - span
                };
                match xorshift(&mut seed) % 3 {
                    0 | 1 => assert_eq!(s.add(v), model.insert(v)),
                    _ => {
                        // Remove a present value half the time.
                        let v = if xorshift(&mut seed).is_multiple_of(2) {
                            model.iter().next().copied().unwrap_or(v)
                        } else {
                            v
                        };
                        assert_eq!(s.remove(v), model.remove(&v));
                    }
                }
                assert_eq!(s.len(), model.len());
                assert_eq!(s.contains(v), model.contains(&v));
            }
            assert!(s.iter().eq(model.iter().copied()));
            assert_eq!(s.as_blob().len(), HEADER + s.len() * s.width());
            for &v in &model {
                assert!(s.contains(v));
            }
            assert_eq!(Intset::from_blob(s.as_blob()).as_ref(), Some(&s));
        }
    }
}
