//! Set values, encoded as Redis 7.0 encodes them (t_set.c): an `intset` while every member
//! is an integer in canonical form (string2ll) and the set has at most
//! `set-max-intset-entries` members, else a `hashtable` (a `Dict<()>`). A set never converts
//! back; the threshold is read at each add, as Redis reads `server.set_max_intset_entries`,
//! and only an add that grows an intset past it converts (setTypeAdd).
//!
//! Members come out as `Member`: an integer of an intset or the bytes of a hashtable entry,
//! so replies and set algebra over intsets never format numbers they don't have to.
use super::dict::Dict;
use super::intset::Intset;
use super::limits;
use crate::num;

#[derive(Clone, Debug)]
pub enum Set {
    Intset(Intset),
    // Boxed: an intset (the common small case) then keeps the value at 32 bytes.
    Hashtable(Box<Dict<()>>),
}

impl Default for Set {
    /// An empty intset, like createIntsetObject: where …STORE results start.
    fn default() -> Self {
        Set::Intset(Intset::new())
    }
}

/// One member as the set holds it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Member<'a> {
    Int(i64),
    Str(&'a [u8]),
}

impl Member<'_> {
    /// Calls `f` with the member's bytes (integers formatted on the stack).
    #[inline]
    pub fn with_bytes<R>(self, f: impl FnOnce(&[u8]) -> R) -> R {
        match self {
            Member::Int(n) => f(num::format_i64(n, &mut [0; 20])),
            Member::Str(b) => f(b),
        }
    }

    pub fn to_vec(self) -> Vec<u8> {
        self.with_bytes(<[u8]>::to_vec)
    }
}

/// Redis's cap on the intset size whatever the config says ("intset internals").
fn max_intset_entries() -> usize {
    limits::set_max_intset_entries().min(1 << 30)
}

impl Set {
    /// An empty set of the encoding that can hold `first` (setTypeCreate).
    pub fn for_member(first: &[u8]) -> Set {
        if num::parse_i64(first).is_some() {
            Set::Intset(Intset::new())
        } else {
            Set::Hashtable(Box::default())
        }
    }

    pub fn encoding(&self) -> &'static str {
        match self {
            Set::Intset(_) => "intset",
            Set::Hashtable(_) => "hashtable",
        }
    }

    #[inline]
    pub fn len(&self) -> usize {
        match self {
            Set::Intset(s) => s.len(),
            Set::Hashtable(d) => d.len(),
        }
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Turns an intset into a hashtable holding the same members (setTypeConvert).
    fn convert(&mut self) {
        if let Set::Intset(s) = self {
            let mut d = Dict::new();
            for n in s.iter() {
                d.insert(num::format_i64(n, &mut [0; 20]), ());
            }
            *self = Set::Hashtable(Box::new(d));
        }
    }

    /// Adds a member; false if it was already there (setTypeAdd).
    pub fn add(&mut self, m: &[u8]) -> bool {
        match self {
            Set::Hashtable(d) => d.insert(m, ()).is_none(),
            Set::Intset(_) => match num::parse_i64(m) {
                Some(n) => self.add_int(n),
                None => {
                    self.convert();
                    self.add(m)
                }
            },
        }
    }

    fn add_int(&mut self, n: i64) -> bool {
        match self {
            Set::Intset(s) => {
                if !s.add(n) {
                    return false;
                }
                if s.len() > max_intset_entries() {
                    self.convert();
                }
                true
            }
            Set::Hashtable(d) => d.insert(num::format_i64(n, &mut [0; 20]), ()).is_none(),
        }
    }

    pub fn add_member(&mut self, m: Member) -> bool {
        match m {
            Member::Int(n) => self.add_int(n),
            Member::Str(b) => self.add(b),
        }
    }

    /// Removes a member; false if it was not there (setTypeRemove).
    pub fn remove(&mut self, m: &[u8]) -> bool {
        match self {
            Set::Hashtable(d) => d.remove(m).is_some(),
            Set::Intset(s) => num::parse_i64(m).is_some_and(|n| s.remove(n)),
        }
    }

    pub fn remove_member(&mut self, m: Member) -> bool {
        match (self, m) {
            (Set::Intset(s), Member::Int(n)) => s.remove(n),
            (Set::Hashtable(d), Member::Int(n)) => {
                d.remove(num::format_i64(n, &mut [0; 20])).is_some()
            }
            (set, Member::Str(b)) => set.remove(b),
        }
    }

    /// setTypeIsMember.
    pub fn contains(&self, m: &[u8]) -> bool {
        match self {
            Set::Hashtable(d) => d.contains_key(m),
            Set::Intset(s) => num::parse_i64(m).is_some_and(|n| s.contains(n)),
        }
    }

    pub fn contains_member(&self, m: Member) -> bool {
        match (self, m) {
            (Set::Intset(s), Member::Int(n)) => s.contains(n),
            (Set::Hashtable(d), Member::Int(n)) => d.contains_key(num::format_i64(n, &mut [0; 20])),
            (set, Member::Str(b)) => set.contains(b),
        }
    }

    /// Every member: an intset's in ascending order, a hashtable's in storage order.
    pub fn iter(&self) -> Iter<'_> {
        match self {
            Set::Intset(s) => Iter::Ints(s, 0),
            Set::Hashtable(d) => Iter::Strs(Box::new(d.iter())),
        }
    }

    /// A uniformly random member, None if empty (setTypeRandomElement).
    pub fn random(&self, rand: &mut impl FnMut() -> u64) -> Option<Member<'_>> {
        match self {
            Set::Intset(s) => s.random(rand).map(Member::Int),
            Set::Hashtable(d) => d.random_entry(rand).map(|(k, _)| Member::Str(k)),
        }
    }

    /// Removes a random member and returns its bytes, None if empty.
    pub fn pop_random(&mut self, rand: &mut impl FnMut() -> u64) -> Option<Vec<u8>> {
        match self {
            Set::Intset(s) => {
                let n = s.random(rand)?;
                s.remove(n);
                Some(num::format_i64(n, &mut [0; 20]).to_vec())
            }
            Set::Hashtable(d) => {
                let k = d.random_entry(rand)?.0.to_vec();
                d.remove(&k);
                Some(k)
            }
        }
    }

    /// One SSCAN step of a hashtable (Dict::scan's cursor); None for an intset, which is
    /// always returned whole.
    pub fn scan(&self, cursor: u64, mut visit: impl FnMut(&[u8])) -> Option<u64> {
        match self {
            Set::Intset(_) => None,
            Set::Hashtable(d) => Some(d.scan(cursor, |k, _| visit(k))),
        }
    }
}

pub enum Iter<'a> {
    Ints(&'a Intset, usize),
    Strs(Box<dyn Iterator<Item = (&'a [u8], &'a ())> + 'a>),
}

impl<'a> Iterator for Iter<'a> {
    type Item = Member<'a>;

    #[inline]
    fn next(&mut self) -> Option<Member<'a>> {
        match self {
            Iter::Ints(s, i) => {
                let n = s.get(*i)?;
                *i += 1;
                Some(Member::Int(n))
            }
            Iter::Strs(it) => it.next().map(|(k, _)| Member::Str(k)),
        }
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

    fn members(s: &Set) -> BTreeSet<Vec<u8>> {
        s.iter().map(Member::to_vec).collect()
    }

    #[test]
    fn encoding_follows_members() {
        let mut s = Set::for_member(b"1");
        assert_eq!(s.encoding(), "intset");
        assert!(s.add(b"1"));
        assert!(!s.add(b"1"));
        // Not canonical integers: strings.
        for m in [
            &b"01"[..],
            b"+1",
            b" 1",
            b"-0",
            b"1.0",
            b"9223372036854775808",
        ] {
            let mut t = Set::for_member(b"5");
            t.add(b"5");
            assert!(t.add(m), "{m:?}");
            assert_eq!(t.encoding(), "hashtable", "{m:?}");
            assert!(t.contains(b"5"));
            assert!(t.contains(m));
        }
        assert!(s.add(b"-9223372036854775808"));
        assert_eq!(s.encoding(), "intset");
        assert!(s.add(b"a"));
        assert_eq!(s.encoding(), "hashtable");
        assert!(s.remove(b"a"));
        assert_eq!(s.encoding(), "hashtable");
        assert_eq!(
            members(&s),
            [b"-9223372036854775808".to_vec(), b"1".to_vec()].into()
        );
        assert_eq!(Set::for_member(b"x").encoding(), "hashtable");
    }

    #[test]
    fn converts_past_the_limit_only() {
        let max = limits::set_max_intset_entries();
        let mut s = Set::default();
        for i in 0..max as i64 {
            assert!(s.add_member(Member::Int(i)));
        }
        assert_eq!(s.encoding(), "intset");
        // An existing member does not convert.
        assert!(!s.add(b"0"));
        assert_eq!(s.encoding(), "intset");
        assert!(s.add_member(Member::Int(-1)));
        assert_eq!(s.encoding(), "hashtable");
        assert_eq!(s.len(), max + 1);
        assert!(s.contains_member(Member::Int(-1)));
        assert!(s.remove_member(Member::Int(-1)));
        assert!(!s.contains(b"-1"));
    }

    #[test]
    fn pop_and_random_take_members() {
        let mut seed = 99;
        let mut rand = || xorshift(&mut seed);
        for first in [&b"1"[..], b"x"] {
            let mut s = Set::for_member(first);
            for m in [first, b"2", b"3"] {
                s.add(m);
            }
            let all = members(&s);
            let r = s.random(&mut rand).unwrap().to_vec();
            assert!(all.contains(&r));
            let mut popped = BTreeSet::new();
            while let Some(m) = s.pop_random(&mut rand) {
                popped.insert(m);
            }
            assert_eq!(popped, all);
            assert!(s.random(&mut rand).is_none());
        }
    }

    #[test]
    fn scan_visits_everything() {
        let mut s = Set::for_member(b"a");
        for i in 0..1000 {
            s.add(format!("m{i}").as_bytes());
        }
        let mut seen = BTreeSet::new();
        let mut cursor = 0;
        loop {
            cursor = s
                .scan(cursor, |k| {
                    seen.insert(k.to_vec());
                })
                .unwrap();
            if cursor == 0 {
                break;
            }
        }
        assert_eq!(seen, members(&s));
        assert_eq!(Set::default().scan(0, |_| {}), None);
    }

    /// Random adds, removes, membership checks and pops over integers and strings, against a
    /// BTreeSet of the members' bytes; the encoding must be what Redis would have.
    #[test]
    fn matches_btreeset_model() {
        let mut seed = 0xfeed_beef_1234_5678;
        let max = limits::set_max_intset_entries();
        for round in 0..30 {
            let mut s = Set::default();
            let mut model: BTreeSet<Vec<u8>> = BTreeSet::new();
            let mut ever_string = false;
            let mut ever_big = false;
            let space = [20u64, 700, 5000][round % 3];
            let strings = round % 2 == 0;
            for _ in 0..1500 {
                let r = xorshift(&mut seed);
                let m: Vec<u8> = if strings && r.is_multiple_of(50) {
                    format!("s{}", r % space).into_bytes()
                } else {
                    ((r % space) as i64 - space as i64 / 2)
                        .to_string()
                        .into_bytes()
                };
                // The Member API (integers not formatted) must agree with the bytes API.
                let as_member = match num::parse_i64(&m) {
                    Some(n) if xorshift(&mut seed).is_multiple_of(2) => Member::Int(n),
                    _ => Member::Str(&m),
                };
                match xorshift(&mut seed) % 13 {
                    0..=4 => assert_eq!(s.add(&m), model.insert(m.clone())),
                    5 => assert_eq!(s.add_member(as_member), model.insert(m.clone())),
                    6 => assert_eq!(s.remove(&m), model.remove(&m)),
                    7 => assert_eq!(s.remove_member(as_member), model.remove(&m)),
                    8 => assert_eq!(s.contains(&m), model.contains(&m)),
                    9 | 10 => assert_eq!(s.contains_member(as_member), model.contains(&m)),
                    _ => {
                        let mut rand = || xorshift(&mut seed);
                        if let Some(p) = s.pop_random(&mut rand) {
                            assert!(model.remove(&p));
                        } else {
                            assert!(model.is_empty());
                        }
                    }
                }
                ever_string |= model.iter().any(|m| num::parse_i64(m).is_none());
                ever_big |= model.len() > max;
                assert_eq!(s.len(), model.len());
                let want = if ever_string || ever_big {
                    "hashtable"
                } else {
                    "intset"
                };
                assert_eq!(s.encoding(), want);
            }
            assert_eq!(members(&s), model);
            if let Set::Intset(i) = &s {
                let sorted: Vec<i64> = i.iter().collect();
                assert!(sorted.windows(2).all(|w| w[0] < w[1]));
            }
        }
    }
}
