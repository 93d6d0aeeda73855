//! SORT and SORT_RO over lists, sets and sorted sets (Redis 7.0's sort.c): BY and GET
//! patterns (`*` substituted by the element, `->field` reading a hash field, `#` the element
//! itself), LIMIT, ASC|DESC, ALPHA, and STORE into a list.
//!
//! Pattern keys are not declared keys: with several threads the shard finds them from the
//! sorted key's elements (`DataKeys`, `pattern_keys`) and runs SORT as a transaction over
//! all of them, so a pattern may name keys of any shard, as on one Redis.
use std::cmp::Ordering;

use super::{arg_i64, c_str, flag, is, CmdResult, Command, Ctx, DataKeys, Error, Keys};
use crate::storage::quicklist::Quicklist;
use crate::storage::{limits, Db, Value};

const SORT_RO_FLAGS: u32 = flag::READONLY;
const SORT_FLAGS: u32 = flag::WRITE | flag::DENYOOM;

const fn cmd(
    name: &'static str,
    flags: u32,
    keys: Keys,
    f: super::KeyedFn,
    since: &'static str,
    summary: &'static str,
) -> Command {
    Command::keyed("generic", name, -2, flags, keys, f, since, summary)
}

static PATTERN_KEYS: DataKeys = DataKeys {
    named: names_pattern_keys,
    find: pattern_keys,
};

#[rustfmt::skip]
pub static COMMANDS: &[Command] = &[
    Command {
        data_keys: Some(&PATTERN_KEYS),
        ..cmd("sort", SORT_FLAGS, Keys::Custom { legacy: (1, 1, 1), find: sort_keys }, sort,
              "1.0.0", "Sort the elements in a list, set or sorted set")
    },
    Command {
        data_keys: Some(&PATTERN_KEYS),
        ..cmd("sort_ro", SORT_RO_FLAGS, Keys::Range { first: 1, last: 1, step: 1 }, sort_ro,
              "7.0.0", "Sort the elements in a list, set or sorted set. Read-only variant of SORT.")
    },
];

/// sortGetKeys: the sorted key, plus the last STORE's key. Like Redis, an argument after
/// STORE is not skipped, so it is looked at again as an option name.
fn sort_keys(args: &[&[u8]], out: &mut Vec<usize>) {
    out.push(1);
    let mut store = None;
    let mut i = 2;
    while i < args.len() {
        let a = args[i];
        if is(a, "limit") {
            i += 2;
        } else if is(a, "get") || is(a, "by") {
            i += 1;
        } else if is(a, "store") && i + 1 < args.len() {
            store = Some(i + 1);
        }
        i += 1;
    }
    if let Some(s) = store {
        out.push(s);
    }
}

fn sort(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    sort_generic(ctx, args, false)
}

fn sort_ro(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    sort_generic(ctx, args, true)
}

/// One element being sorted: its bytes and what it sorts by.
struct Item {
    obj: Vec<u8>,
    score: f64,
    /// The BY value for ALPHA sorts with a pattern; None: the pattern found nothing.
    cmp: Option<Vec<u8>>,
}

/// SORT's options, parsed left to right as sortCommandGeneric does.
struct Opts<'a> {
    desc: bool,
    alpha: bool,
    limit_start: i64,
    limit_count: i64,
    dontsort: bool,
    sortby: Option<&'a [u8]>,
    store: Option<&'a [u8]>,
    gets: Vec<&'a [u8]>,
}

fn parse<'a>(args: &[&'a [u8]], readonly: bool) -> Result<Opts<'a>, Error> {
    let mut o = Opts {
        desc: false,
        alpha: false,
        limit_start: 0,
        limit_count: -1,
        dontsort: false,
        sortby: None,
        store: None,
        gets: Vec::new(),
    };
    let mut j = 2;
    while j < args.len() {
        let left = args.len() - j - 1;
        let a = args[j];
        if is(a, "asc") {
            o.desc = false;
        } else if is(a, "desc") {
            o.desc = true;
        } else if is(a, "alpha") {
            o.alpha = true;
        } else if is(a, "limit") && left >= 2 {
            o.limit_start = arg_i64(args[j + 1])?;
            o.limit_count = arg_i64(args[j + 2])?;
            j += 2;
        } else if !readonly && is(a, "store") && left >= 1 {
            o.store = Some(args[j + 1]);
            j += 1;
        } else if is(a, "by") && left >= 1 {
            o.sortby = Some(args[j + 1]);
            // A constant BY means "don't sort"; it stays set even if a later BY has a '*'.
            if memchr::memchr(b'*', args[j + 1]).is_none() {
                o.dontsort = true;
            }
            j += 1;
        } else if is(a, "get") && left >= 1 {
            o.gets.push(args[j + 1]);
            j += 1;
        } else {
            return Err(Error::SYNTAX);
        }
        j += 1;
    }
    Ok(o)
}

/// Whether SORT (or SORT_RO) with these arguments can look up keys through its patterns: a
/// BY or GET with a `*` (Redis looks nothing up for `#` or a pattern without one).
pub fn names_pattern_keys(args: &[&[u8]]) -> bool {
    let readonly = is(args[0], "sort_ro");
    parse(args, readonly).is_ok_and(|o| {
        o.sortby
            .into_iter()
            .chain(o.gets.iter().copied())
            .any(|p| memchr::memchr(b'*', p).is_some())
    })
}

/// The keys SORT's patterns name for the elements the sorted key holds now in `db` (without
/// counting lookups): a server with several threads brings these beside the declared keys
/// before running SORT, since a pattern can name a key of any shard. A superset of what
/// SORT will read (LIMIT and "don't sort" can skip some).
pub fn pattern_keys(db: &mut Db, now_ms: u64, args: &[&[u8]]) -> Vec<Vec<u8>> {
    let readonly = is(args[0], "sort_ro");
    let Ok(o) = parse(args, readonly) else {
        return Vec::new();
    };
    let patterns: Vec<&[u8]> = o.sortby.into_iter().chain(o.gets).collect();
    let mut keys = std::collections::HashSet::new();
    if let Some(e) = db.lookup(args[1], now_ms, false) {
        all_elements(&e.value, &mut |el| {
            for p in &patterns {
                if let Some((k, _)) = pattern_key(p, &el) {
                    keys.insert(k);
                }
            }
        });
    }
    keys.into_iter().collect()
}

fn sort_generic(ctx: &mut Ctx, args: &[&[u8]], readonly: bool) -> CmdResult {
    let Opts {
        desc,
        mut alpha,
        limit_start,
        limit_count,
        mut dontsort,
        mut sortby,
        store,
        gets,
    } = parse(args, readonly)?;

    // One lookup, as lookupKeyRead: one keyspace hit or miss.
    let mut sortval = ctx.ks.read(args[1]).map(|e| &mut e.value);
    let kind = match sortval.as_deref_mut() {
        None => Kind::Missing,
        Some(Value::List(_)) => Kind::List,
        Some(Value::Set(_)) => Kind::Set,
        Some(Value::ZSet(z)) => {
            // Redis turns the sorted key into a skiplist first, whatever the options: the
            // encoding change is visible (OBJECT ENCODING), so it is kept.
            z.convert_to_skiplist();
            Kind::ZSet
        }
        Some(_) => return Err(Error::WRONGTYPE),
    };
    // A set's own order is not stable across replicas, so SORT ... STORE of an unsorted set
    // sorts it anyway (Redis forces ALPHA).
    if dontsort && kind == Kind::Set && store.is_some() {
        dontsort = false;
        alpha = true;
        sortby = None;
    }

    let vectorlen = sortval.as_deref().map_or(0, |v| value_len(v) as i64);
    let mut start = limit_start.max(0).min(vectorlen);
    let limit_count = limit_count.max(-1).min(vectorlen);
    let mut end = if limit_count < 0 {
        vectorlen - 1
    } else {
        start + limit_count - 1
    };
    if start >= vectorlen {
        start = vectorlen - 1;
        end = vectorlen - 2;
    }
    if end >= vectorlen {
        end = vectorlen - 1;
    }

    // Lists and sorted sets keep their own order when nothing is sorted: load just the
    // LIMIT range, walking backwards for DESC.
    let mut items: Vec<Item> = Vec::new();
    let direct = dontsort && matches!(kind, Kind::List | Kind::ZSet);
    if let Some(v) = sortval {
        if direct {
            if end >= start {
                let n = (end - start + 1) as usize;
                let from = start as usize;
                ordered_range(v, from, n, desc, &mut |b| items.push(item(b)));
            }
            end -= start;
            start = 0;
        } else {
            all_elements(v, &mut |b| items.push(item(b)));
        }
    }

    let mut conversion_error = false;
    if !dontsort {
        for it in items.iter_mut() {
            let byval = match sortby {
                Some(p) => match lookup_by_pattern(ctx, p, &it.obj) {
                    Some(v) => v,
                    None => continue,
                },
                None => {
                    if !alpha {
                        match sort_score(&it.obj) {
                            Some(s) => it.score = s,
                            None => conversion_error = true,
                        }
                    }
                    continue;
                }
            };
            if alpha {
                it.cmp = Some(byval);
            } else {
                match sort_score(&byval) {
                    Some(s) => it.score = s,
                    None => conversion_error = true,
                }
            }
        }
        let by_pattern = sortby.is_some();
        let storing = store.is_some();
        let cmp = |a: &Item, b: &Item| {
            let c = compare(a, b, alpha, by_pattern, storing);
            if desc {
                c.reverse()
            } else {
                c
            }
        };
        // Ties keep their order under glibc's qsort (a merge sort) but not under Redis's
        // partial sort for BY with LIMIT: each is reproduced so equal weights come out alike.
        let n = items.len() as i64;
        if by_pattern && (start != 0 || end != n - 1) {
            pqsort(&mut items, &cmp, start, end);
        } else {
            items.sort_by(cmp);
        }
    }

    let count = if end >= start {
        (end - start + 1) as usize
    } else {
        0
    };
    let outputlen = if gets.is_empty() {
        count
    } else {
        gets.len() * count
    };
    if conversion_error {
        return Err(Error::fixed(
            "ERR One or more scores can't be converted into double",
        ));
    }
    let picked = if count > 0 {
        &items[start as usize..start as usize + count]
    } else {
        &[][..]
    };
    match store {
        None => {
            ctx.out.array(outputlen);
            for it in picked {
                if gets.is_empty() {
                    ctx.out.bulk(&it.obj);
                }
                for g in &gets {
                    match lookup_by_pattern(ctx, g, &it.obj) {
                        Some(v) => ctx.out.bulk(&v),
                        None => ctx.out.null(),
                    }
                }
            }
        }
        Some(dst) => {
            let mut list = Quicklist::new(limits::list_fill());
            for it in picked {
                if gets.is_empty() {
                    list.push_back(&it.obj);
                }
                for g in &gets {
                    let v = lookup_by_pattern(ctx, g, &it.obj).unwrap_or_default();
                    list.push_back(&v);
                }
            }
            let now = ctx.ks.now_ms;
            if outputlen > 0 {
                ctx.ks.db().set(dst, Value::List(Box::new(list)), now);
            } else {
                ctx.ks.db().remove(dst);
            }
            ctx.out.int(outputlen as i64);
        }
    }
    Ok(())
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Missing,
    List,
    Set,
    ZSet,
}

fn item(obj: Vec<u8>) -> Item {
    Item {
        obj,
        score: 0.0,
        cmp: None,
    }
}

/// Redis's pqsort.c (Bentley & McIlroy's quicksort that only recurses into partitions
/// overlapping `lrange..=rrange`), step for step, so ties land where Redis puts them.
fn pqsort<T>(v: &mut [T], cmp: &dyn Fn(&T, &T) -> Ordering, lrange: i64, rrange: i64) {
    pqsort_at(v, 0, v.len(), cmp, lrange, rrange);
}

fn med3<T>(v: &[T], a: usize, b: usize, c: usize, cmp: &dyn Fn(&T, &T) -> Ordering) -> usize {
    let lt = |x: usize, y: usize| cmp(&v[x], &v[y]) == Ordering::Less;
    let gt = |x: usize, y: usize| cmp(&v[x], &v[y]) == Ordering::Greater;
    if lt(a, b) {
        if lt(b, c) {
            b
        } else if lt(a, c) {
            c
        } else {
            a
        }
    } else if gt(b, c) {
        b
    } else if lt(a, c) {
        a
    } else {
        c
    }
}

fn vecswap<T>(v: &mut [T], a: usize, b: usize, n: usize) {
    for i in 0..n {
        v.swap(a + i, b + i);
    }
}

fn pqsort_at<T>(
    v: &mut [T],
    mut a: usize,
    mut n: usize,
    cmp: &dyn Fn(&T, &T) -> Ordering,
    lrange: i64,
    rrange: i64,
) {
    // Partitions wholly left or right of the wanted range are left unsorted.
    let outside = |l: usize, len: usize| {
        let (l, r) = (l as i64, (l + len) as i64 - 1);
        (lrange < l && rrange < l) || (lrange > r && rrange > r)
    };
    loop {
        if n < 7 {
            for pm in a + 1..a + n {
                let mut pl = pm;
                while pl > a && cmp(&v[pl - 1], &v[pl]) == Ordering::Greater {
                    v.swap(pl, pl - 1);
                    pl -= 1;
                }
            }
            return;
        }
        let mut pm = a + n / 2;
        if n > 7 {
            let mut pl = a;
            let mut pn = a + n - 1;
            if n > 40 {
                let d = n / 8;
                pl = med3(v, pl, pl + d, pl + 2 * d, cmp);
                pm = med3(v, pm - d, pm, pm + d, cmp);
                pn = med3(v, pn - 2 * d, pn - d, pn, cmp);
            }
            pm = med3(v, pl, pm, pn, cmp);
        }
        v.swap(a, pm);
        let (mut pa, mut pb) = (a + 1, a + 1);
        // pc and pd may step below a + 1; keep them as signed positions.
        let (mut pc, mut pd) = ((a + n - 1) as isize, (a + n - 1) as isize);
        loop {
            while pb as isize <= pc {
                let c = cmp(&v[pb], &v[a]);
                if c == Ordering::Greater {
                    break;
                }
                if c == Ordering::Equal {
                    v.swap(pa, pb);
                    pa += 1;
                }
                pb += 1;
            }
            while pb as isize <= pc {
                let c = cmp(&v[pc as usize], &v[a]);
                if c == Ordering::Less {
                    break;
                }
                if c == Ordering::Equal {
                    v.swap(pc as usize, pd as usize);
                    pd -= 1;
                }
                pc -= 1;
            }
            if pb as isize > pc {
                break;
            }
            v.swap(pb, pc as usize);
            pb += 1;
            pc -= 1;
        }
        let pn = a + n;
        let r = (pa - a).min(pb - pa);
        vecswap(v, a, pb - r, r);
        let r = ((pd - pc) as usize).min(pn - pd as usize - 1);
        vecswap(v, pb, pn - r, r);
        let r = pb - pa;
        if r > 1 && !outside(a, r) {
            pqsort_at(v, a, r, cmp, lrange, rrange);
        }
        let r = (pd - pc) as usize;
        if r > 1 {
            a = pn - r;
            n = r;
            if !outside(a, n) {
                continue;
            }
        }
        return;
    }
}

/// sortCompare.
fn compare(a: &Item, b: &Item, alpha: bool, by_pattern: bool, storing: bool) -> Ordering {
    if !alpha {
        return match a.score.partial_cmp(&b.score) {
            Some(Ordering::Equal) | None => a.obj.cmp(&b.obj),
            Some(o) => o,
        };
    }
    if by_pattern {
        return match (&a.cmp, &b.cmp) {
            (None, None) => Ordering::Equal,
            (None, Some(_)) => Ordering::Less,
            (Some(_), None) => Ordering::Greater,
            (Some(x), Some(y)) if storing => x.cmp(y),
            (Some(x), Some(y)) => collate(x, y),
        };
    }
    if storing {
        a.obj.cmp(&b.obj)
    } else {
        collate(&a.obj, &b.obj)
    }
}

/// strcoll in the C locale (redis-server runs with LC_COLLATE from an environment that is
/// "C" on servers): strcmp, which stops at the first NUL.
fn collate(a: &[u8], b: &[u8]) -> Ordering {
    c_str(a).cmp(c_str(b))
}

/// The score of a BY value or element: strtod must reach the end of the C string, without
/// overflow and not NaN.
fn sort_score(b: &[u8]) -> Option<f64> {
    crate::num::parse_f64_sort(b)
}

/// lookupKeyByPattern: `#` is the element itself; otherwise the first `*` is replaced by the
/// element and the key read as a string, or as a hash field after `->`.
fn lookup_by_pattern(ctx: &mut Ctx, pattern: &[u8], subst: &[u8]) -> Option<Vec<u8>> {
    if pattern == b"#" {
        return Some(subst.to_vec());
    }
    let (key, field) = pattern_key(pattern, subst)?;
    let e = ctx.ks.read(&key)?;
    match field {
        Some(f) => hash_field(&e.value, f),
        None => e.value.string_bytes().map(|b| b.into_owned()),
    }
}

/// The key a BY or GET pattern names for element `subst` (the first `*` replaced), and the
/// hash field after a `->` that follows the `*` and is not last; None without a `*`.
fn pattern_key<'p>(pattern: &'p [u8], subst: &[u8]) -> Option<(Vec<u8>, Option<&'p [u8]>)> {
    let star = memchr::memchr(b'*', pattern)?;
    let field = memchr::memmem::find(&pattern[star + 1..], b"->")
        .map(|i| star + 1 + i)
        .filter(|&f| f + 2 < pattern.len());
    let key_end = field.unwrap_or(pattern.len());
    let mut key = Vec::with_capacity(key_end + subst.len());
    key.extend_from_slice(&pattern[..star]);
    key.extend_from_slice(subst);
    key.extend_from_slice(&pattern[star + 1..key_end]);
    Some((key, field.map(|f| &pattern[f + 2..])))
}

/// The number of elements of a list, set or sorted set.
fn value_len(v: &Value) -> usize {
    match v {
        Value::List(l) => l.len(),
        Value::Set(s) => s.len(),
        Value::ZSet(z) => z.len(),
        _ => 0,
    }
}

/// Every element, in the value's own order.
fn all_elements(v: &Value, f: &mut dyn FnMut(Vec<u8>)) {
    match v {
        Value::List(l) => l.iter().for_each(|e| f(e.to_vec())),
        Value::Set(s) => s.iter().for_each(|m| f(m.to_vec())),
        Value::ZSet(z) => z.walk(z.first(), false, |m, _| {
            f(m.to_vec());
            true
        }),
        _ => {}
    }
}

/// `n` elements from position `from` (counted from the tail for `desc`) of a list or sorted
/// set, in order.
fn ordered_range(v: &Value, from: usize, n: usize, desc: bool, f: &mut dyn FnMut(Vec<u8>)) {
    if let Value::ZSet(z) = v {
        let mut left = n;
        z.walk(z.at_rank(from, desc), desc, |m, _| {
            f(m.to_vec());
            left -= 1;
            left > 0
        });
        return;
    }
    if let Value::List(l) = v {
        let len = l.len();
        if desc {
            let hi = len.saturating_sub(from);
            for e in l.range(hi.saturating_sub(n), hi).rev() {
                f(e.to_vec());
            }
        } else {
            for e in l.range(from, from + n) {
                f(e.to_vec());
            }
        }
    }
}

/// A hash's field value as bytes (None: not a hash, or no such field).
fn hash_field(v: &Value, field: &[u8]) -> Option<Vec<u8>> {
    match v {
        Value::Hash(h) => h.get(field).map(|e| e.to_vec()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sort_keys_follow_sortgetkeys() {
        let mut out = Vec::new();
        let args: Vec<&[u8]> = vec![b"sort", b"k", b"store", b"d1", b"limit", b"0", b"1"];
        sort_keys(&args, &mut out);
        assert_eq!(out, vec![1, 3]);
        out.clear();
        let args: Vec<&[u8]> = vec![b"sort", b"k", b"store", b"a", b"store", b"b"];
        sort_keys(&args, &mut out);
        assert_eq!(out, vec![1, 5]);
        out.clear();
        let args: Vec<&[u8]> = vec![b"sort", b"k", b"by", b"store", b"get", b"x"];
        sort_keys(&args, &mut out);
        assert_eq!(out, vec![1]);
    }

    #[test]
    fn pqsort_sorts_the_wanted_range() {
        let mut seed = 7u64;
        for len in 0..200usize {
            let v: Vec<u32> = (0..len)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    (seed % 50) as u32
                })
                .collect();
            let mut want = v.clone();
            want.sort();
            for (l, r) in [
                (0i64, len as i64 - 1),
                (3, 9),
                (len as i64 / 2, len as i64 - 1),
            ] {
                if len == 0 || r < l || r >= len as i64 {
                    continue;
                }
                let mut got = v.clone();
                pqsort(&mut got, &|a: &u32, b: &u32| a.cmp(b), l, r);
                assert_eq!(got[l as usize..=r as usize], want[l as usize..=r as usize]);
            }
        }
    }

    #[test]
    fn collate_stops_at_nul() {
        assert_eq!(collate(b"a\0z", b"a\0b"), Ordering::Equal);
        assert_eq!(collate(b"ab", b"b"), Ordering::Less);
    }
}
