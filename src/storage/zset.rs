//! Sorted set values: a `listpack` of member, score pairs in (score, member) order while
//! small, then a `skiplist` whose own member index finds a node by member (ZSCORE is O(1)).
//!
//! The listpack layout is Redis's zzl* one, byte for byte: member then score, scores stored
//! as `zzlInsertAt` stores them (integers as integers, others as `d2string` text). The
//! conversions are Redis 7.0's: to `skiplist` when an insert would pass
//! `zset-max-listpack-entries` or add a member longer than `zset-max-listpack-value`
//! (`zsetAdd`), and back to `listpack` only for …STORE results (`to_listpack_if_small`).
//!
//! Positions are `Cur`sors: a byte offset of a member in the listpack, or a node index in
//! the skiplist. The range functions return cursors so commands walk either encoding the way
//! t_zset.c does (first in range, then forward or backward while the range holds).
use super::limits;
use super::listpack::{Entry, Listpack};
use super::skiplist::{LexRange, ScoreRange, SkipList, NIL};
use crate::num;

#[derive(Clone, Debug)]
pub enum ZSet {
    Listpack(Listpack),
    Skiplist(Box<SkipList>),
}

impl Default for ZSet {
    fn default() -> Self {
        ZSet::Listpack(Listpack::new())
    }
}

/// A position in a zset (see the module docs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cur {
    Lp(usize),
    Sl(u32),
}

/// A member as stored: listpack members may be integers.
pub type Member<'a> = Entry<'a>;

/// ZADD flags (ZADD_IN_*).
#[derive(Clone, Copy, Debug, Default)]
pub struct AddFlags {
    pub incr: bool,
    pub nx: bool,
    pub xx: bool,
    pub gt: bool,
    pub lt: bool,
}

/// What `add` did (ZADD_OUT_*).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Added {
    Added,
    Updated,
    /// Present with the same score: processed, nothing changed.
    Same,
    /// Refused by NX/XX/GT/LT.
    Nop,
}

/// ZADD's refusal: the score (after INCR) would be NaN.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NanScore;

/// The score text zzlInsertAt stores; integers become listpack integers on insert.
fn score_text(score: f64) -> Vec<u8> {
    let mut t = Vec::with_capacity(24);
    num::write_f64_listpack(&mut t, score);
    t
}

/// zzlGetScore.
#[inline]
fn lp_score_of(e: Entry<'_>) -> f64 {
    match e {
        Entry::Int(v) => v as f64,
        Entry::Str(s) => num::parse_f64_lax(s).unwrap_or(0.0),
    }
}

fn cmp_member(e: &Entry<'_>, m: &[u8]) -> std::cmp::Ordering {
    let mut scratch = [0u8; 20];
    e.as_bytes(&mut scratch).cmp(m)
}

impl ZSet {
    /// An empty zset in the encoding ZADD picks for a new key (zaddGenericCommand): skiplist
    /// straight away when the listpack could not hold `first_member_len` bytes.
    pub fn new_for(first_member_len: usize) -> ZSet {
        if limits::zset_max_listpack_entries() == 0
            || limits::zset_max_listpack_value() < first_member_len
        {
            ZSet::Skiplist(Box::default())
        } else {
            ZSet::default()
        }
    }

    pub fn new_skiplist() -> ZSet {
        ZSet::Skiplist(Box::default())
    }

    pub fn encoding(&self) -> &'static str {
        match self {
            ZSet::Listpack(_) => "listpack",
            ZSet::Skiplist(_) => "skiplist",
        }
    }

    pub fn len(&self) -> usize {
        match self {
            ZSet::Listpack(lp) => lp.len() / 2,
            ZSet::Skiplist(z) => z.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    // ---- listpack helpers ----

    /// zzlFind: the member's offset and score.
    fn lp_find(lp: &Listpack, member: &[u8]) -> Option<(usize, f64)> {
        // Members only: every other entry, from the first.
        let e = lp.find_from(lp.first()?, member, 1)?;
        let s = lp.next(e)?;
        Some((e, lp_score_of(lp.entry_at(s))))
    }

    /// zzlInsert: at the first pair that sorts after (score, member).
    fn lp_insert(lp: &mut Listpack, member: &[u8], score: f64) {
        let mut p = lp.first();
        while let Some(e) = p {
            let Some(s) = lp.next(e) else { break };
            let cur = lp_score_of(lp.entry_at(s));
            if cur > score || (cur == score && cmp_member(&lp.entry_at(e), member).is_gt()) {
                break;
            }
            p = lp.next(s);
        }
        let at = p.unwrap_or(lp.bytes().len() - 1);
        lp.insert_at(at, &score_text(score));
        lp.insert_at(at, member);
    }

    /// zsetConvert to skiplist (also SORT's: Redis converts the sorted key before reading it).
    pub fn convert_to_skiplist(&mut self) {
        if let ZSet::Listpack(lp) = self {
            let mut z = SkipList::new();
            let mut it = lp.iter();
            while let (Some(m), Some(s)) = (it.next(), it.next()) {
                let mut scratch = [0u8; 20];
                z.insert(lp_score_of(s), m.as_bytes(&mut scratch));
            }
            *self = ZSet::Skiplist(Box::new(z));
        }
    }

    /// zsetConvertToListpackIfNeeded for …STORE results: back to a listpack when the result
    /// fits the thresholds.
    pub fn to_listpack_if_small(&mut self, max_member_len: usize) {
        if let ZSet::Skiplist(z) = self {
            if z.len() <= limits::zset_max_listpack_entries()
                && max_member_len <= limits::zset_max_listpack_value()
            {
                let mut lp = Listpack::new();
                for (m, s) in z.iter() {
                    lp.push_back(m);
                    lp.push_back(&score_text(s));
                }
                *self = ZSet::Listpack(lp);
            }
        }
    }

    // ---- point operations ----

    /// zsetScore.
    pub fn score(&self, member: &[u8]) -> Option<f64> {
        match self {
            ZSet::Listpack(lp) => Self::lp_find(lp, member).map(|(_, s)| s),
            ZSet::Skiplist(z) => {
                let x = z.find(member);
                (x != NIL).then(|| z.score(x))
            }
        }
    }

    /// zsetAdd: Err(NanScore) when the resulting score would be NaN. On success, the outcome and
    /// the member's score afterwards (meaningful unless `Nop`).
    pub fn add(
        &mut self,
        score: f64,
        member: &[u8],
        f: AddFlags,
    ) -> Result<(Added, f64), NanScore> {
        if score.is_nan() {
            return Err(NanScore);
        }
        // Where the member is, found once for the update below: a listpack offset (a listpack
        // is under 4 GB: its header holds its size in 32 bits) or a skiplist node.
        let found = match self {
            ZSet::Listpack(lp) => Self::lp_find(lp, member).map(|(p, s)| (s, p as u32)),
            ZSet::Skiplist(z) => {
                let x = z.find(member);
                (x != NIL).then(|| (z.score(x), x))
            }
        };
        if let Some((cur, at)) = found {
            if f.nx {
                return Ok((Added::Nop, cur));
            }
            let mut score = score;
            if f.incr {
                score += cur;
                if score.is_nan() {
                    return Err(NanScore);
                }
            }
            if (f.lt && score >= cur) || (f.gt && score <= cur) {
                return Ok((Added::Nop, cur));
            }
            if score == cur {
                return Ok((Added::Same, score));
            }
            match self {
                ZSet::Listpack(lp) => {
                    lp.remove_at(at as usize, 2);
                    Self::lp_insert(lp, member, score);
                }
                ZSet::Skiplist(z) => z.update_score(at, score),
            }
            return Ok((Added::Updated, score));
        }
        if f.xx {
            return Ok((Added::Nop, score));
        }
        if let ZSet::Listpack(lp) = self {
            if lp.len() / 2 < limits::zset_max_listpack_entries()
                && member.len() <= limits::zset_max_listpack_value()
            {
                Self::lp_insert(lp, member, score);
                return Ok((Added::Added, score));
            }
            self.convert_to_skiplist();
        }
        if let ZSet::Skiplist(z) = self {
            z.insert(score, member);
        }
        Ok((Added::Added, score))
    }

    /// zsetDel.
    pub fn remove(&mut self, member: &[u8]) -> bool {
        match self {
            ZSet::Listpack(lp) => match Self::lp_find(lp, member) {
                Some((p, _)) => {
                    lp.remove_at(p, 2);
                    true
                }
                None => false,
            },
            ZSet::Skiplist(z) => {
                let x = z.find(member);
                x != NIL && z.delete(z.score(x), member)
            }
        }
    }

    /// zsetRank: 0-based rank (from the top when `reverse`) and score.
    pub fn rank(&self, member: &[u8], reverse: bool) -> Option<(usize, f64)> {
        let len = self.len();
        let (r, s) = match self {
            ZSet::Listpack(lp) => {
                let mut it = lp.iter();
                let mut r = 0;
                loop {
                    let (m, s) = (it.next()?, it.next()?);
                    if m.eq_bytes(member) {
                        break (r, lp_score_of(s));
                    }
                    r += 1;
                }
            }
            ZSet::Skiplist(z) => {
                let x = z.find(member);
                if x == NIL {
                    return None;
                }
                let s = z.score(x);
                ((z.rank(s, member) as usize).checked_sub(1)?, s)
            }
        };
        Some((if reverse { len - 1 - r } else { r }, s))
    }

    // ---- cursors ----

    pub fn first(&self) -> Option<Cur> {
        match self {
            ZSet::Listpack(lp) => lp.first().map(Cur::Lp),
            ZSet::Skiplist(z) => sl_cur(z.first()),
        }
    }

    pub fn last(&self) -> Option<Cur> {
        match self {
            ZSet::Listpack(lp) => lp.last().and_then(|s| lp.prev(s)).map(Cur::Lp),
            ZSet::Skiplist(z) => sl_cur(z.last()),
        }
    }

    /// The element at 0-based `rank` from the start (or from the end when `reverse`).
    pub fn at_rank(&self, rank: usize, reverse: bool) -> Option<Cur> {
        let len = self.len();
        if rank >= len {
            return None;
        }
        match self {
            ZSet::Listpack(lp) => {
                let idx = if reverse {
                    -2 - 2 * rank as isize
                } else {
                    2 * rank as isize
                };
                lp.seek(idx).map(Cur::Lp)
            }
            ZSet::Skiplist(z) => {
                let r = if reverse { len - rank } else { rank + 1 };
                sl_cur(z.by_rank(r as u64))
            }
        }
    }

    /// The member and score at `c`.
    pub fn get(&self, c: Cur) -> (Member<'_>, f64) {
        match (self, c) {
            (ZSet::Listpack(lp), Cur::Lp(p)) => {
                let s = lp
                    .next(p)
                    .map(|s| lp_score_of(lp.entry_at(s)))
                    .unwrap_or(0.0);
                (lp.entry_at(p), s)
            }
            (ZSet::Skiplist(z), Cur::Sl(x)) => (Entry::Str(z.member(x)), z.score(x)),
            _ => (Entry::Str(b""), 0.0),
        }
    }

    /// The element after `c` (before it when `reverse`).
    pub fn step(&self, c: Cur, reverse: bool) -> Option<Cur> {
        match (self, c) {
            (ZSet::Listpack(lp), Cur::Lp(p)) => {
                if reverse {
                    lp.prev(p).and_then(|s| lp.prev(s)).map(Cur::Lp)
                } else {
                    lp.next(p).and_then(|s| lp.next(s)).map(Cur::Lp)
                }
            }
            (ZSet::Skiplist(z), Cur::Sl(x)) => sl_cur(if reverse { z.prev(x) } else { z.next(x) }),
            _ => None,
        }
    }

    /// Walks from `start` in a direction, handing each element to `f` until it says stop.
    pub fn walk(
        &self,
        start: Option<Cur>,
        reverse: bool,
        mut f: impl FnMut(Member<'_>, f64) -> bool,
    ) {
        let mut c = start;
        while let Some(x) = c {
            let (m, s) = self.get(x);
            if !f(m, s) {
                return;
            }
            c = self.step(x, reverse);
        }
    }

    /// Every (member, score) in order, collected (ZUNION inputs, conversions, tests).
    pub fn pairs(&self) -> Vec<(Vec<u8>, f64)> {
        let mut v = Vec::with_capacity(self.len());
        self.walk(self.first(), false, |m, s| {
            v.push((m.to_vec(), s));
            true
        });
        v
    }

    // ---- ranges ----

    /// The first element in `r` (the last one when `reverse`): zzl/zsl First/LastInRange.
    pub fn score_range_start(&self, r: &ScoreRange, reverse: bool) -> Option<Cur> {
        match self {
            ZSet::Listpack(lp) => {
                if r.is_empty() || lp.is_empty() {
                    return None;
                }
                let first = lp_score_of(lp.get(1)?);
                let last = lp_score_of(lp.get(-1)?);
                if !r.gte_min(last) || !r.lte_max(first) {
                    return None;
                }
                let mut c = if reverse { self.last() } else { self.first() };
                while let Some(x) = c {
                    let (_, s) = self.get(x);
                    if reverse {
                        if r.lte_max(s) {
                            return r.gte_min(s).then_some(x);
                        }
                    } else if r.gte_min(s) {
                        return r.lte_max(s).then_some(x);
                    }
                    c = self.step(x, reverse);
                }
                None
            }
            ZSet::Skiplist(z) => sl_cur(if reverse {
                z.last_in_range(r)
            } else {
                z.first_in_range(r)
            }),
        }
    }

    /// As `score_range_start` for a lex range.
    pub fn lex_range_start(&self, r: &LexRange, reverse: bool) -> Option<Cur> {
        match self {
            ZSet::Listpack(lp) => {
                if r.is_empty() || lp.is_empty() {
                    return None;
                }
                let mut scratch = [0u8; 20];
                let last_member = lp.get(-2)?;
                if !r.gte_min(last_member.as_bytes(&mut scratch)) {
                    return None;
                }
                let first_member = lp.get(0)?;
                if !r.lte_max(first_member.as_bytes(&mut scratch)) {
                    return None;
                }
                let mut c = if reverse { self.last() } else { self.first() };
                while let Some(x) = c {
                    let (m, _) = self.get(x);
                    let m = m.as_bytes(&mut scratch);
                    if reverse {
                        if r.lte_max(m) {
                            return r.gte_min(m).then_some(x);
                        }
                    } else if r.gte_min(m) {
                        return r.lte_max(m).then_some(x);
                    }
                    c = self.step(x, reverse);
                }
                None
            }
            ZSet::Skiplist(z) => sl_cur(if reverse {
                z.last_in_lex_range(r)
            } else {
                z.first_in_lex_range(r)
            }),
        }
    }

    /// ZCOUNT.
    pub fn count_in_score_range(&self, r: &ScoreRange) -> usize {
        match self {
            ZSet::Listpack(_) => {
                let mut n = 0;
                self.walk(self.score_range_start(r, false), false, |_, s| {
                    let ok = r.lte_max(s);
                    n += ok as usize;
                    ok
                });
                n
            }
            ZSet::Skiplist(z) => {
                let l = &**z;
                let f = l.first_in_range(r);
                if f == NIL {
                    return 0;
                }
                let mut count = l.len() as u64 - (l.rank(l.score(f), l.member(f)) - 1);
                let t = l.last_in_range(r);
                if t != NIL {
                    count -= l.len() as u64 - l.rank(l.score(t), l.member(t));
                }
                count as usize
            }
        }
    }

    /// ZLEXCOUNT.
    pub fn count_in_lex_range(&self, r: &LexRange) -> usize {
        match self {
            ZSet::Listpack(_) => {
                let mut n = 0;
                self.walk(self.lex_range_start(r, false), false, |m, _| {
                    let mut scratch = [0u8; 20];
                    let ok = r.lte_max(m.as_bytes(&mut scratch));
                    n += ok as usize;
                    ok
                });
                n
            }
            ZSet::Skiplist(z) => {
                let l = &**z;
                let f = l.first_in_lex_range(r);
                if f == NIL {
                    return 0;
                }
                let mut count = l.len() as u64 - (l.rank(l.score(f), l.member(f)) - 1);
                let t = l.last_in_lex_range(r);
                if t != NIL {
                    count -= l.len() as u64 - l.rank(l.score(t), l.member(t));
                }
                count as usize
            }
        }
    }

    /// ZREMRANGEBYSCORE: how many were removed.
    pub fn remove_score_range(&mut self, r: &ScoreRange) -> usize {
        match self {
            ZSet::Listpack(_) => {
                let Some(Cur::Lp(p)) = self.score_range_start(r, false) else {
                    return 0;
                };
                let ZSet::Listpack(lp) = self else { return 0 };
                let mut n = 0;
                let mut q = Some(p);
                while let Some(e) = q {
                    let Some(s) = lp.next(e) else { break };
                    if !r.lte_max(lp_score_of(lp.entry_at(s))) {
                        break;
                    }
                    n += 1;
                    q = lp.next(s);
                }
                lp.remove_at(p, 2 * n);
                n
            }
            ZSet::Skiplist(z) => z.delete_range_by_score(r, |_| {}),
        }
    }

    /// ZREMRANGEBYLEX: how many were removed.
    pub fn remove_lex_range(&mut self, r: &LexRange) -> usize {
        match self {
            ZSet::Listpack(_) => {
                let Some(Cur::Lp(p)) = self.lex_range_start(r, false) else {
                    return 0;
                };
                let ZSet::Listpack(lp) = self else { return 0 };
                let mut n = 0;
                let mut q = Some(p);
                let mut scratch = [0u8; 20];
                while let Some(e) = q {
                    if !r.lte_max(lp.entry_at(e).as_bytes(&mut scratch)) {
                        break;
                    }
                    n += 1;
                    q = lp.next(e).and_then(|s| lp.next(s));
                }
                lp.remove_at(p, 2 * n);
                n
            }
            ZSet::Skiplist(z) => z.delete_range_by_lex(r, |_| {}),
        }
    }

    /// ZREMRANGEBYRANK and pops: removes ranks `start..=end` (0-based, in range).
    pub fn remove_rank_range(&mut self, start: usize, end: usize) -> usize {
        if start > end || start >= self.len() {
            return 0;
        }
        let end = end.min(self.len() - 1);
        match self {
            ZSet::Listpack(lp) => lp.remove_range(2 * start as isize, 2 * (end - start + 1)) / 2,
            ZSet::Skiplist(z) => z.delete_range_by_rank(start as u64 + 1, end as u64 + 1, |_| {}),
        }
    }
}

#[inline]
fn sl_cur(x: u32) -> Option<Cur> {
    (x != NIL).then_some(Cur::Sl(x))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn add(z: &mut ZSet, s: f64, m: &str) -> Added {
        z.add(s, m.as_bytes(), AddFlags::default()).unwrap().0
    }

    fn model_of(z: &ZSet) -> Vec<(Vec<u8>, f64)> {
        z.pairs()
    }

    #[test]
    fn listpack_converts_at_the_entry_limit_and_keeps_order() {
        let mut z = ZSet::new_for(1);
        for i in 0..128 {
            assert_eq!(add(&mut z, (i % 7) as f64, &format!("m{i}")), Added::Added);
        }
        assert_eq!(z.encoding(), "listpack");
        let before = model_of(&z);
        add(&mut z, 3.5, "x");
        assert_eq!(z.encoding(), "skiplist");
        let mut want = before;
        want.push((b"x".to_vec(), 3.5));
        want.sort_by(|a, b| a.1.partial_cmp(&b.1).unwrap().then(a.0.cmp(&b.0)));
        assert_eq!(model_of(&z), want);
    }

    #[test]
    fn both_encodings_agree_on_random_operations() {
        let mut seed = 99u64;
        let mut rnd = move |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        let mut lp = ZSet::default();
        let mut sl = ZSet::new_skiplist();
        for _ in 0..3000 {
            let m = format!("{}", rnd(60));
            let s = rnd(20) as f64 / 4.0 - 2.0;
            match rnd(8) {
                0..=3 => {
                    let f = AddFlags {
                        incr: rnd(3) == 0,
                        gt: rnd(5) == 0,
                        ..Default::default()
                    };
                    assert_eq!(lp.add(s, m.as_bytes(), f), sl.add(s, m.as_bytes(), f));
                }
                4 => assert_eq!(lp.remove(m.as_bytes()), sl.remove(m.as_bytes())),
                5 => {
                    let r = ScoreRange {
                        min: s,
                        max: s + rnd(8) as f64 / 4.0,
                        minex: rnd(2) == 0,
                        maxex: rnd(2) == 0,
                    };
                    assert_eq!(lp.count_in_score_range(&r), sl.count_in_score_range(&r));
                    for rev in [false, true] {
                        let a = lp.score_range_start(&r, rev).map(|c| lp.get(c).0.to_vec());
                        let b = sl.score_range_start(&r, rev).map(|c| sl.get(c).0.to_vec());
                        assert_eq!(a, b);
                    }
                    if rnd(4) == 0 {
                        assert_eq!(lp.remove_score_range(&r), sl.remove_score_range(&r));
                    }
                }
                6 => {
                    let a = rnd(10) as usize;
                    let b = a + rnd(4) as usize;
                    assert_eq!(lp.remove_rank_range(a, b), sl.remove_rank_range(a, b));
                }
                _ => {
                    for rev in [false, true] {
                        assert_eq!(lp.rank(m.as_bytes(), rev), sl.rank(m.as_bytes(), rev));
                        let r = rnd(70) as usize;
                        let a = lp.at_rank(r, rev).map(|c| lp.get(c).0.to_vec());
                        let b = sl.at_rank(r, rev).map(|c| sl.get(c).0.to_vec());
                        assert_eq!(a, b);
                    }
                }
            }
            assert_eq!(lp.pairs(), sl.pairs());
            assert_eq!(lp.score(m.as_bytes()), sl.score(m.as_bytes()));
            let mut rev = Vec::new();
            lp.walk(lp.last(), true, |m, s| {
                rev.push((m.to_vec(), s));
                true
            });
            rev.reverse();
            assert_eq!(rev, sl.pairs());
        }
    }
}
