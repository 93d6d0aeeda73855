//! Hash values in Redis 7.0's two encodings (t_hash.c):
//!
//! - `listpack`: field, value, field, value... in one [`Listpack`], in insertion order: a new
//!   field is appended at the tail, an update replaces the value in place, a delete removes
//!   the pair. Used while the hash has at most `hash-max-listpack-entries` fields and every
//!   field and value is at most `hash-max-listpack-value` bytes.
//! - `hashtable`: a [`Dict`] of field -> value, once either limit is exceeded. A hash never
//!   converts back, as in Redis.
//!
//! The limits are read at each write (as Redis reads `server.*`); the `*_with` variants take
//! them as arguments so tests can use small ones without touching the shared config.
//! Randomness comes from the caller.
use crate::num;
use std::collections::HashSet;

use super::dict::Dict;
use super::limits;
use super::listpack::{self, Entry, Listpack};

/// `LISTPACK_MAX_SAFETY_SIZE` (listpack.c): a listpack that would grow past 1 GiB is
/// converted instead (`lpSafeToAdd`).
const LISTPACK_MAX_SAFETY_SIZE: usize = 1 << 30;

#[derive(Clone, Debug)]
pub enum Hash {
    Listpack(Listpack),
    // Boxed: a listpack hash (the common case) is then 32 bytes, not a whole Dict.
    Table(Box<Dict<Box<[u8]>>>),
}

impl Default for Hash {
    fn default() -> Self {
        Hash::Listpack(Listpack::new())
    }
}

/// The encoding limits a write obeys.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    pub max_entries: usize,
    pub max_value: usize,
}

impl Limits {
    /// The current `hash-max-listpack-*` config.
    pub fn current() -> Limits {
        Limits {
            max_entries: limits::hash_max_listpack_entries(),
            max_value: limits::hash_max_listpack_value(),
        }
    }
}

impl Hash {
    pub fn new() -> Hash {
        Hash::default()
    }

    pub fn encoding(&self) -> &'static str {
        match self {
            Hash::Listpack(_) => "listpack",
            Hash::Table(_) => "hashtable",
        }
    }

    pub fn len(&self) -> usize {
        match self {
            Hash::Listpack(lp) => lp.len() / 2,
            Hash::Table(d) => d.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Offset of `field`'s value in a listpack (fields are every other entry).
    fn lp_value_offset(lp: &Listpack, field: &[u8]) -> Option<usize> {
        let f = lp.find_from(lp.first()?, field, 1)?;
        lp.next(f)
    }

    /// The value of `field`; listpack values that are canonical integers come back as `Int`.
    pub fn get(&self, field: &[u8]) -> Option<Entry<'_>> {
        match self {
            Hash::Listpack(lp) => Self::lp_value_offset(lp, field).map(|p| lp.entry_at(p)),
            Hash::Table(d) => d.get(field).map(|v| Entry::Str(v)),
        }
    }

    pub fn contains(&self, field: &[u8]) -> bool {
        match self {
            Hash::Listpack(lp) => lp.first().and_then(|p| lp.find_from(p, field, 1)).is_some(),
            Hash::Table(d) => d.contains_key(field),
        }
    }

    /// hashTypeTryConversion: before a write of `args` (fields and values), convert if any is
    /// longer than the value limit or the listpack would grow past its safety size.
    pub fn convert_for(&mut self, args: &[&[u8]]) {
        self.convert_for_with(args, Limits::current())
    }

    pub fn convert_for_with(&mut self, args: &[&[u8]], lim: Limits) {
        let Hash::Listpack(lp) = self else {
            return;
        };
        let mut sum = 0usize;
        for a in args {
            if a.len() > lim.max_value {
                self.convert();
                return;
            }
            sum += a.len();
        }
        if lp.total_bytes() + sum > LISTPACK_MAX_SAFETY_SIZE {
            self.convert();
        }
    }

    /// hashTypeSet: sets `field` to `value`; true if the field is new.
    pub fn set(&mut self, field: &[u8], value: &[u8]) -> bool {
        self.set_with(field, value, Limits::current())
    }

    pub fn set_with(&mut self, field: &[u8], value: &[u8], lim: Limits) -> bool {
        if let Hash::Listpack(lp) = self {
            // The safety size is only hashTypeTryConversion's in Redis; checking it here too
            // keeps a listpack under its 4 GiB format limit whatever the limits say.
            if field.len() > lim.max_value
                || value.len() > lim.max_value
                || lp.total_bytes() + field.len() + value.len() > LISTPACK_MAX_SAFETY_SIZE
            {
                self.convert();
            }
        }
        match self {
            Hash::Listpack(lp) => {
                let new = match Self::lp_value_offset(lp, field) {
                    Some(p) => {
                        lp.replace_at(p, value);
                        false
                    }
                    None => {
                        lp.push_back(field);
                        lp.push_back(value);
                        true
                    }
                };
                // After an update too: the limit may have been lowered since the hash grew.
                if lp.len() / 2 > lim.max_entries {
                    self.convert();
                }
                new
            }
            Hash::Table(d) => d.insert(field, value.into()).is_none(),
        }
    }

    /// hashTypeDelete: true if the field was there.
    pub fn remove(&mut self, field: &[u8]) -> bool {
        match self {
            Hash::Listpack(lp) => {
                let Some(p) = lp.first().and_then(|p| lp.find_from(p, field, 1)) else {
                    return false;
                };
                lp.remove_at(p, 2);
                true
            }
            Hash::Table(d) => d.remove(field).is_some(),
        }
    }

    /// hashTypeConvertListpack: listpack -> hashtable (a hashtable stays as it is).
    pub fn convert(&mut self) {
        let Hash::Listpack(lp) = self else {
            return;
        };
        let mut d = Dict::new();
        let mut it = lp.iter();
        while let (Some(f), Some(v)) = (it.next(), it.next()) {
            let mut scratch = [0u8; 20];
            let field = f.as_bytes(&mut scratch).to_vec();
            d.insert(&field, v.to_vec().into_boxed_slice());
        }
        *self = Hash::Table(Box::new(d));
    }

    /// Field, value pairs: insertion order for a listpack, storage order for a hashtable.
    pub fn iter(&self) -> Iter<'_> {
        match self {
            Hash::Listpack(lp) => Iter::Listpack(lp.iter()),
            Hash::Table(d) => Iter::Table(Box::new(d.iter())),
        }
    }

    /// A uniformly random pair of a non-empty hash.
    pub fn random_pair(&self, rand: &mut impl FnMut() -> u64) -> Option<(Entry<'_>, Entry<'_>)> {
        match self {
            Hash::Listpack(lp) => {
                let n = lp.len() / 2;
                if n == 0 {
                    return None;
                }
                let i = num::below(rand(), n);
                let f = lp.seek((2 * i) as isize)?;
                let v = lp.next(f)?;
                Some((lp.entry_at(f), lp.entry_at(v)))
            }
            Hash::Table(d) => d
                .random_entry(rand)
                .map(|(k, v)| (Entry::Str(k), Entry::Str(v))),
        }
    }

    /// `count` random pairs, repetitions allowed, in random order (HRANDFIELD with a negative
    /// count: lpRandomPairs / dictGetFairRandomKey). Calls `visit` for each.
    pub fn random_pairs(
        &self,
        count: u64,
        rand: &mut impl FnMut() -> u64,
        mut visit: impl FnMut(Entry<'_>, Entry<'_>),
    ) {
        if self.is_empty() {
            return;
        }
        match self {
            Hash::Listpack(_) => {
                // Walking the listpack per pick would be O(n) each: index the pairs once.
                let pairs: Vec<(Entry, Entry)> = self.iter().collect();
                for _ in 0..count {
                    let (f, v) = pairs[num::below(rand(), pairs.len())];
                    visit(f, v);
                }
            }
            Hash::Table(d) => {
                for _ in 0..count {
                    if let Some((k, v)) = d.random_entry(rand) {
                        visit(Entry::Str(k), Entry::Str(v));
                    }
                }
            }
        }
    }

    /// `count` distinct random pairs (`count < len`), HRANDFIELD's cases 3 and 4: removing
    /// random pairs from a copy when more than a third is wanted, else sampling (in listpack
    /// order for a listpack, as lpRandomPairsUnique; by random picks for a hashtable).
    pub fn random_pairs_unique(
        &self,
        count: usize,
        rand: &mut impl FnMut() -> u64,
        mut visit: impl FnMut(Entry<'_>, Entry<'_>),
    ) {
        let size = self.len();
        let count = count.min(size);
        if count.saturating_mul(3) > size {
            let mut pairs: Vec<(Entry, Entry)> = self.iter().collect();
            while pairs.len() > count {
                let i = num::below(rand(), pairs.len());
                pairs.swap_remove(i);
            }
            for (f, v) in pairs {
                visit(f, v);
            }
            return;
        }
        match self {
            Hash::Listpack(lp) => {
                // Selection sampling: each pair is taken with probability needed / left.
                let mut it = lp.iter();
                let (mut needed, mut left) = (count, size);
                while needed > 0 {
                    let (Some(f), Some(v)) = (it.next(), it.next()) else {
                        break;
                    };
                    if num::below(rand(), left) < needed {
                        visit(f, v);
                        needed -= 1;
                    }
                    left -= 1;
                }
            }
            Hash::Table(d) => {
                let mut seen: HashSet<&[u8]> = HashSet::with_capacity(count);
                while seen.len() < count {
                    let Some((k, v)) = d.random_entry(rand) else {
                        break;
                    };
                    if seen.insert(k) {
                        visit(Entry::Str(k), Entry::Str(v));
                    }
                }
            }
        }
    }

    /// One HSCAN step: a listpack is returned whole with next cursor 0; a hashtable visits
    /// the bucket(s) `cursor` addresses (`Dict::scan`).
    pub fn scan(&self, cursor: u64, mut visit: impl FnMut(Entry<'_>, Entry<'_>)) -> u64 {
        match self {
            Hash::Listpack(_) => {
                for (f, v) in self.iter() {
                    visit(f, v);
                }
                0
            }
            Hash::Table(d) => d.scan(cursor, |k, v| visit(Entry::Str(k), Entry::Str(v))),
        }
    }
}

/// A hashtable's entries (`Dict::iter` has no nameable type).
type TableIter<'a> = Box<dyn Iterator<Item = (&'a [u8], &'a Box<[u8]>)> + 'a>;

/// Field, value pairs of a hash.
pub enum Iter<'a> {
    Listpack(listpack::Iter<'a>),
    Table(TableIter<'a>),
}

impl<'a> Iterator for Iter<'a> {
    type Item = (Entry<'a>, Entry<'a>);

    fn next(&mut self) -> Option<Self::Item> {
        match self {
            Iter::Listpack(it) => Some((it.next()?, it.next()?)),
            Iter::Table(it) => it.next().map(|(k, v)| (Entry::Str(k), Entry::Str(v))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    const LIM: Limits = Limits {
        max_entries: 512,
        max_value: 64,
    };

    fn bytes(e: Entry) -> Vec<u8> {
        e.to_vec()
    }

    fn pairs(h: &Hash) -> Vec<(Vec<u8>, Vec<u8>)> {
        h.iter().map(|(f, v)| (bytes(f), bytes(v))).collect()
    }

    #[test]
    fn listpack_keeps_insertion_order_and_updates_in_place() {
        let mut h = Hash::new();
        assert!(h.set_with(b"a", b"1", LIM));
        assert!(h.set_with(b"b", b"x", LIM));
        assert!(h.set_with(b"c", b"2", LIM));
        assert!(!h.set_with(b"a", b"longer value", LIM));
        assert_eq!(h.encoding(), "listpack");
        assert_eq!(
            pairs(&h),
            vec![
                (b"a".to_vec(), b"longer value".to_vec()),
                (b"b".to_vec(), b"x".to_vec()),
                (b"c".to_vec(), b"2".to_vec()),
            ]
        );
        assert!(h.remove(b"b"));
        assert!(!h.remove(b"b"));
        assert_eq!(h.len(), 2);
        assert_eq!(h.get(b"c"), Some(Entry::Int(2)));
        assert_eq!(h.get(b"a"), Some(Entry::Str(b"longer value")));
        assert_eq!(h.get(b"zz"), None);
    }

    #[test]
    fn values_are_never_taken_for_fields() {
        let mut h = Hash::new();
        h.set_with(b"f1", b"f2", LIM);
        h.set_with(b"f2", b"v", LIM);
        assert_eq!(h.get(b"f2"), Some(Entry::Str(b"v")));
        assert!(!h.contains(b"v"));
        assert!(h.remove(b"f2"));
        assert_eq!(pairs(&h), vec![(b"f1".to_vec(), b"f2".to_vec())]);
    }

    #[test]
    fn integer_fields_match_their_text_only() {
        let mut h = Hash::new();
        h.set_with(b"10", b"a", LIM);
        h.set_with(b"010", b"b", LIM);
        assert_eq!(h.get(b"10"), Some(Entry::Str(b"a")));
        assert_eq!(h.get(b"010"), Some(Entry::Str(b"b")));
        assert_eq!(h.len(), 2);
    }

    #[test]
    fn converts_past_the_entry_limit() {
        let lim = Limits {
            max_entries: 4,
            max_value: 64,
        };
        let mut h = Hash::new();
        for i in 0..4 {
            h.set_with(format!("f{i}").as_bytes(), b"v", lim);
        }
        assert_eq!(h.encoding(), "listpack");
        h.set_with(b"f1", b"w", lim);
        assert_eq!(h.encoding(), "listpack");
        h.set_with(b"f4", b"v", lim);
        assert_eq!(h.encoding(), "hashtable");
        assert_eq!(h.len(), 5);
        assert_eq!(h.get(b"f1"), Some(Entry::Str(b"w")));
        for i in 0..5 {
            h.remove(format!("f{i}").as_bytes());
        }
        assert!(h.is_empty());
        h.set_with(b"a", b"b", lim);
        assert_eq!(h.encoding(), "hashtable");
    }

    /// A lowered limit converts at the next write, an update included (as hashTypeSet).
    #[test]
    fn a_lowered_limit_converts_on_update() {
        let mut h = Hash::new();
        h.set_with(b"a", b"1", LIM);
        h.set_with(b"b", b"2", LIM);
        let one = Limits {
            max_entries: 1,
            max_value: 64,
        };
        assert!(!h.set_with(b"a", b"3", one));
        assert_eq!(h.encoding(), "hashtable");
        assert_eq!(h.get(b"a"), Some(Entry::Str(b"3")));
    }

    #[test]
    fn converts_on_a_long_field_or_value() {
        let lim = Limits {
            max_entries: 512,
            max_value: 8,
        };
        let mut h = Hash::new();
        h.set_with(b"12345678", b"12345678", lim);
        assert_eq!(h.encoding(), "listpack");
        h.set_with(b"x", b"123456789", lim);
        assert_eq!(h.encoding(), "hashtable");
        let mut h = Hash::new();
        h.set_with(b"a", b"b", lim);
        h.convert_for_with(&[b"a", b"123456789"], lim);
        assert_eq!(h.encoding(), "hashtable");
        assert_eq!(h.get(b"a"), Some(Entry::Str(b"b")));
        let mut h = Hash::new();
        h.convert_for_with(&[b"a", b"12345678"], lim);
        assert_eq!(h.encoding(), "listpack");
    }

    #[test]
    fn scan_returns_a_listpack_whole_and_a_table_over_calls() {
        let mut h = Hash::new();
        for i in 0..10 {
            h.set_with(format!("f{i}").as_bytes(), b"v", LIM);
        }
        let mut n = 0;
        assert_eq!(h.scan(0, |_, _| n += 1), 0);
        assert_eq!(n, 10);
        h.convert();
        let mut seen = BTreeMap::new();
        let mut cursor = 0;
        loop {
            cursor = h.scan(cursor, |f, v| {
                seen.insert(bytes(f), bytes(v));
            });
            if cursor == 0 {
                break;
            }
        }
        assert_eq!(seen.len(), 10);
    }

    fn rng(seed: u64) -> impl FnMut() -> u64 {
        let mut s = seed;
        move || {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            s
        }
    }

    #[test]
    fn random_picks() {
        let mut r = rng(7);
        for convert in [false, true] {
            let mut h = Hash::new();
            for i in 0..20 {
                h.set_with(format!("f{i}").as_bytes(), format!("{i}").as_bytes(), LIM);
            }
            if convert {
                h.convert();
            }
            let (f, v) = h.random_pair(&mut r).unwrap();
            assert_eq!(h.get(&bytes(f)).map(bytes), Some(bytes(v)));
            let mut n = 0;
            h.random_pairs(50, &mut r, |f, v| {
                assert_eq!(h.get(&bytes(f)).map(bytes), Some(bytes(v)));
                n += 1;
            });
            assert_eq!(n, 50);
            for count in [1, 3, 6, 7, 15, 19] {
                let mut got = std::collections::BTreeSet::new();
                h.random_pairs_unique(count, &mut r, |f, v| {
                    assert_eq!(h.get(&bytes(f)).map(bytes), Some(bytes(v)));
                    assert!(got.insert(bytes(f)));
                });
                assert_eq!(got.len(), count);
            }
        }
        assert!(Hash::new().random_pair(&mut r).is_none());
    }

    /// Pearson's chi-square of observed counts against a uniform expectation.
    fn chi_square(counts: &BTreeMap<Vec<u8>, u64>, cells: usize) -> f64 {
        let total: u64 = counts.values().sum();
        let expected = total as f64 / cells as f64;
        let seen: f64 = counts
            .values()
            .map(|&c| (c as f64 - expected).powi(2) / expected)
            .sum();
        seen + (cells - counts.len()) as f64 * expected
    }

    /// As hash.tcl's HRANDFIELD tests: picks are uniform (df = 9, 40 is p = 0.00001) in both
    /// encodings, for repeated picks and for each distinct-pick strategy.
    #[test]
    fn random_picks_are_uniform() {
        let mut r = rng(99);
        for convert in [false, true] {
            let mut h = Hash::new();
            for i in 0..10 {
                h.set_with(format!("f{i}").as_bytes(), b"v", LIM);
            }
            if convert {
                h.convert();
            }
            let mut counts = BTreeMap::new();
            h.random_pairs(10_000, &mut r, |f, _| {
                *counts.entry(bytes(f)).or_insert(0) += 1
            });
            assert!(chi_square(&counts, 10) < 40.0, "{counts:?}");
            let mut counts = BTreeMap::new();
            for _ in 0..10_000 {
                let (f, _) = h.random_pair(&mut r).unwrap();
                *counts.entry(bytes(f)).or_insert(0) += 1;
            }
            assert!(chi_square(&counts, 10) < 40.0, "{counts:?}");
            // 8 of 10 removes from a copy; 2 of 10 samples.
            for count in [8, 2] {
                let mut counts = BTreeMap::new();
                for _ in 0..2000 {
                    h.random_pairs_unique(count, &mut r, |f, _| {
                        *counts.entry(bytes(f)).or_insert(0) += 1
                    });
                }
                assert!(chi_square(&counts, 10) < 40.0, "{count}: {counts:?}");
            }
        }
    }

    /// Random sets and removes against a BTreeMap (content) and an insertion-ordered list
    /// (the listpack's order), with small limits so that conversions happen.
    #[test]
    fn model_check() {
        for seed in 1..40u64 {
            let mut r = rng(seed * 0x9E37_79B9);
            let lim = Limits {
                max_entries: 1 + (r() % 24) as usize,
                max_value: 1 + (r() % 12) as usize,
            };
            let mut h = Hash::new();
            let mut model: BTreeMap<Vec<u8>, Vec<u8>> = BTreeMap::new();
            let mut order: Vec<Vec<u8>> = Vec::new();
            let mut was_table = false;
            for _ in 0..400 {
                let field = match r() % 4 {
                    0 => (r() % 30).to_string().into_bytes(),
                    1 => format!("0{}", r() % 5).into_bytes(),
                    _ => {
                        let n = (r() % 10) as usize;
                        (0..n).map(|_| b'a' + (r() % 3) as u8).collect()
                    }
                };
                match r() % 3 {
                    0 | 1 => {
                        let value: Vec<u8> = match r() % 3 {
                            0 => (r() as i64 >> (r() % 64)).to_string().into_bytes(),
                            _ => {
                                let n = (r() % 14) as usize;
                                (0..n).map(|_| b'x').collect()
                            }
                        };
                        let new = h.set_with(&field, &value, lim);
                        assert_eq!(new, !model.contains_key(&field));
                        if new {
                            order.push(field.clone());
                        }
                        model.insert(field, value);
                    }
                    _ => {
                        let had = h.remove(&field);
                        assert_eq!(had, model.remove(&field).is_some());
                        order.retain(|f| *f != field);
                    }
                }
                assert_eq!(h.len(), model.len());
                match &h {
                    Hash::Listpack(_) => {
                        assert!(!was_table, "converted back to a listpack");
                        assert!(h.len() <= lim.max_entries);
                        let want: Vec<_> = order
                            .iter()
                            .map(|f| (f.clone(), model[f].clone()))
                            .collect();
                        assert_eq!(pairs(&h), want);
                        for (f, v) in &want {
                            assert!(f.len() <= lim.max_value && v.len() <= lim.max_value);
                        }
                    }
                    Hash::Table(_) => {
                        was_table = true;
                        let got: BTreeMap<_, _> = pairs(&h).into_iter().collect();
                        assert_eq!(got, model);
                    }
                }
                for (f, v) in &model {
                    assert_eq!(h.get(f).map(bytes).as_ref(), Some(v));
                    assert!(h.contains(f));
                }
            }
        }
    }
}
