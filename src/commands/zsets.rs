//! Sorted set commands (t_zset.c): ZADD and ZINCRBY, point reads, ranks, ranges by rank,
//! score and lex (ZRANGE and its older forms, ZRANGESTORE), range removals, pops, set
//! algebra (ZUNION, ZINTER, ZDIFF and their …STORE forms, ZINTERCARD), ZRANDMEMBER, ZSCAN.
//!
//! Handlers follow t_zset.c's order of checks (options, then numbers, then the key's type)
//! and its reply shapes: scores are doubles (bulk strings in RESP2, `,` in RESP3) and
//! WITHSCORES replies are flat in RESP2 and [member, score] pairs in RESP3.
//! Encodings and their conversions belong to `storage::zset`.
use super::short::*;
use super::{
    arg_i64, arg_range, random_u64, reply_entry, scan_opts, word, CmdResult, Command, Ctx, Error,
    Keyspace, ScanOpts,
};
use crate::num;
use crate::protocol::ReplyBuf;
use crate::storage::listpack::Entry as LpEntry;
use crate::storage::skiplist::{Lex, LexRange, ScoreRange};
use crate::storage::zset::{AddFlags, Added, Cur, ZSet};
use crate::storage::{Entry, Value};

super::family_cmd!("sorted-set");

/// Arity, flags, key positions, summary and version as Redis 7.0's src/commands/*.json.
#[rustfmt::skip] // one line per command reads as a table
pub static COMMANDS: &[Command] = &[
    cmd("zadd", -4, WD | FAST, K1, zadd, "1.2.0",
        "Add one or more members to a sorted set, or update its score if it already exists"),
    cmd("zcard", 2, RO | FAST, K1, zcard, "1.2.0", "Get the number of members in a sorted set"),
    cmd("zcount", 4, RO | FAST, K1, zcount, "2.0.0",
        "Count the members in a sorted set with scores within the given values"),
    cmd("zincrby", 4, WD | FAST, K1, zincrby, "1.2.0",
        "Increment the score of a member in a sorted set"),
    cmd("zlexcount", 4, RO | FAST, K1, zlexcount, "2.8.9",
        "Count the number of members in a sorted set between a given lexicographical range"),
    cmd("zmscore", -3, RO | FAST, K1, zmscore, "6.2.0",
        "Get the score associated with the given members in a sorted set"),
    cmd("zpopmax", -2, W | FAST, K1, zpopmax, "5.0.0",
        "Remove and return members with the highest scores in a sorted set"),
    cmd("zpopmin", -2, W | FAST, K1, zpopmin, "5.0.0",
        "Remove and return members with the lowest scores in a sorted set"),
    cmd("zrange", -4, RO, K1, zrange, "1.2.0", "Return a range of members in a sorted set"),
    cmd("zrangebylex", -4, RO, K1, zrangebylex, "2.8.9",
        "Return a range of members in a sorted set, by lexicographical range"),
    cmd("zrangebyscore", -4, RO, K1, zrangebyscore, "1.0.5",
        "Return a range of members in a sorted set, by score"),
    cmd("zrangestore", -5, WD, K1_2, zrangestore, "6.2.0",
        "Store a range of members from sorted set into another key"),
    cmd("zrank", 3, RO | FAST, K1, zrank, "2.0.0",
        "Determine the index of a member in a sorted set"),
    cmd("zrem", -3, W | FAST, K1, zrem, "1.2.0", "Remove one or more members from a sorted set"),
    cmd("zremrangebylex", 4, W, K1, zremrangebylex, "2.8.9",
        "Remove all members in a sorted set between the given lexicographical range"),
    cmd("zremrangebyrank", 4, W, K1, zremrangebyrank, "2.0.0",
        "Remove all members in a sorted set within the given indexes"),
    cmd("zremrangebyscore", 4, W, K1, zremrangebyscore, "1.2.0",
        "Remove all members in a sorted set within the given scores"),
    cmd("zrevrange", -4, RO, K1, zrevrange, "1.2.0",
        "Return a range of members in a sorted set, by index, with scores ordered from high to low"),
    cmd("zrevrangebylex", -4, RO, K1, zrevrangebylex, "2.8.9",
        "Return a range of members in a sorted set, by lexicographical range, ordered from higher to lower strings."),
    cmd("zrevrangebyscore", -4, RO, K1, zrevrangebyscore, "2.2.0",
        "Return a range of members in a sorted set, by score, with scores ordered from high to low"),
    cmd("zrevrank", 3, RO | FAST, K1, zrevrank, "2.0.0",
        "Determine the index of a member in a sorted set, with scores ordered from high to low"),
    cmd("zscore", 3, RO | FAST, K1, zscore, "1.2.0",
        "Get the score associated with the given member in a sorted set"),
    cmd("zdiff", -3, RO, K_NUMKEYS_1, zdiff, "6.2.0", "Subtract multiple sorted sets"),
    cmd("zdiffstore", -4, WD, K_DST_NUMKEYS_2, zdiffstore, "6.2.0",
        "Subtract multiple sorted sets and store the resulting sorted set in a new key"),
    cmd("zinter", -3, RO, K_NUMKEYS_1, zinter, "6.2.0", "Intersect multiple sorted sets"),
    cmd("zintercard", -3, RO, K_NUMKEYS_1, zintercard, "7.0.0",
        "Intersect multiple sorted sets and return the cardinality of the result"),
    cmd("zinterstore", -4, WD, K_DST_NUMKEYS_2, zinterstore, "2.0.0",
        "Intersect multiple sorted sets and store the resulting sorted set in a new key"),
    cmd("zmpop", -4, W, K_NUMKEYS_1, zmpop, "7.0.0",
        "Remove and return members with scores in a sorted set"),
    cmd("zrandmember", -2, RO, K1, zrandmember, "6.2.0",
        "Get one or multiple random elements from a sorted set"),
    cmd("zscan", -3, RO, K1, zscan, "2.8.0",
        "Incrementally iterate sorted sets elements and associated scores"),
    cmd("zunion", -3, RO, K_NUMKEYS_1, zunion, "6.2.0", "Add multiple sorted sets"),
    cmd("zunionstore", -4, WD, K_DST_NUMKEYS_2, zunionstore, "2.0.0",
        "Add multiple sorted sets and store the resulting sorted set in a new key"),
];

const ERR_NAN: Error = Error::fixed("ERR resulting score is not a number (NaN)");
const ERR_MINMAX_FLOAT: Error = Error::fixed("ERR min or max is not a float");
const ERR_MINMAX_LEX: Error = Error::fixed("ERR min or max not valid string range item");

// ---------------------------------------------------------------------------------------------
// Helpers

/// The zset at `key` for reading: None if missing, WRONGTYPE for another type.
fn read_zset<'a>(ks: &'a mut Keyspace<'_>, key: &[u8]) -> Result<Option<&'a mut ZSet>, Error> {
    match ks.read(key) {
        None => Ok(None),
        Some(Entry {
            value: Value::ZSet(z),
            ..
        }) => Ok(Some(z)),
        Some(_) => Err(Error::WRONGTYPE),
    }
}

/// As `read_zset` without hit/miss accounting (lookupKeyWrite).
fn write_zset<'a>(ks: &'a mut Keyspace<'_>, key: &[u8]) -> Result<Option<&'a mut ZSet>, Error> {
    match ks.write(key) {
        None => Ok(None),
        Some(Entry {
            value: Value::ZSet(z),
            ..
        }) => Ok(Some(z)),
        Some(_) => Err(Error::WRONGTYPE),
    }
}

/// Deletes `key` if its zset became empty.
fn drop_if_empty(ctx: &mut Ctx, key: &[u8]) {
    if let Some(Entry {
        value: Value::ZSet(z),
        ..
    }) = ctx.ks.write(key)
    {
        if z.is_empty() {
            ctx.ks.db().remove(key);
        }
    }
}

/// One element of a WITHSCORES-capable reply: [member, score] pairs in RESP3.
fn reply_pair(out: &mut ReplyBuf, m: LpEntry<'_>, score: f64, withscores: bool) {
    if withscores && out.resp3() {
        out.array(2);
    }
    reply_entry(out, m);
    if withscores {
        out.double(score);
    }
}

/// The array header of `n` elements, flat pairs in RESP2 when WITHSCORES.
fn reply_len(out: &mut ReplyBuf, n: usize, withscores: bool) {
    if withscores && !out.resp3() {
        out.array(2 * n);
    } else {
        out.array(n);
    }
}

/// zslParseRange: `(` makes an end exclusive; strtod must consume the rest.
pub fn parse_score_range(min: &[u8], max: &[u8]) -> Result<ScoreRange, Error> {
    fn one(a: &[u8]) -> Option<(f64, bool)> {
        match a.first() {
            Some(b'(') => num::parse_f64_lax(&a[1..]).map(|v| (v, true)),
            _ => num::parse_f64_lax(a).map(|v| (v, false)),
        }
    }
    let (min, minex) = one(min).ok_or(ERR_MINMAX_FLOAT)?;
    let (max, maxex) = one(max).ok_or(ERR_MINMAX_FLOAT)?;
    Ok(ScoreRange {
        min,
        max,
        minex,
        maxex,
    })
}

/// zslParseLexRange: `-`, `+`, `(x` or `[x`. Redis reads `-`/`+` as C strings, so
/// anything after a NUL is ignored there.
pub fn parse_lex_range(min: &[u8], max: &[u8]) -> Result<LexRange, Error> {
    fn one(a: &[u8]) -> Option<(Lex, bool)> {
        match a.first() {
            Some(b'+') if a.len() == 1 || a[1] == 0 => Some((Lex::Max, true)),
            Some(b'-') if a.len() == 1 || a[1] == 0 => Some((Lex::Min, true)),
            Some(b'(') => Some((Lex::Str(a[1..].to_vec()), true)),
            Some(b'[') => Some((Lex::Str(a[1..].to_vec()), false)),
            _ => None,
        }
    }
    let (min, minex) = one(min).ok_or(ERR_MINMAX_LEX)?;
    let (max, maxex) = one(max).ok_or(ERR_MINMAX_LEX)?;
    Ok(LexRange {
        min,
        max,
        minex,
        maxex,
    })
}

// ---------------------------------------------------------------------------------------------
// ZADD, ZINCRBY

fn zadd(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    zadd_generic(ctx, args, false)
}

fn zincrby(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    zadd_generic(ctx, args, true)
}

/// zaddGenericCommand: ZINCRBY is ZADD with INCR (and parses options the same way).
fn zadd_generic(ctx: &mut Ctx, args: &[&[u8]], incr: bool) -> CmdResult {
    let key = args[1];
    let mut f = AddFlags {
        incr,
        ..AddFlags::default()
    };
    let mut ch = false;
    let mut at = 2;
    while at < args.len() {
        let o = args[at];
        if word(o, "nx") {
            f.nx = true;
        } else if word(o, "xx") {
            f.xx = true;
        } else if word(o, "ch") {
            ch = true;
        } else if word(o, "incr") {
            f.incr = true;
        } else if word(o, "gt") {
            f.gt = true;
        } else if word(o, "lt") {
            f.lt = true;
        } else {
            break;
        }
        at += 1;
    }
    let elements = args.len() - at;
    if !elements.is_multiple_of(2) || elements == 0 {
        return Err(Error::SYNTAX);
    }
    let elements = elements / 2;
    if f.nx && f.xx {
        return Err(Error::fixed(
            "ERR XX and NX options at the same time are not compatible",
        ));
    }
    if (f.nx && (f.gt || f.lt)) || (f.gt && f.lt) {
        return Err(Error::fixed(
            "ERR GT, LT, and/or NX options at the same time are not compatible",
        ));
    }
    if f.incr && elements > 1 {
        return Err(Error::fixed(
            "ERR INCR option supports a single increment-element pair",
        ));
    }
    let mut scores = Vec::with_capacity(elements);
    for j in 0..elements {
        scores.push(num::parse_f64(args[at + 2 * j]).ok_or(Error::NOT_FLOAT)?);
    }
    let (mut added, mut updated, mut processed) = (0, 0, 0);
    let mut score = 0.0;
    let exists = write_zset(&mut ctx.ks, key)?.is_some();
    if !exists && !f.xx {
        let now = ctx.ks.now_ms;
        let z = ZSet::new_for(args[at + 1].len());
        ctx.ks.db().set(key, Value::ZSet(Box::new(z)), now);
    }
    if let Some(z) = write_zset(&mut ctx.ks, key)? {
        for (j, &s) in scores.iter().enumerate() {
            let member = args[at + 1 + 2 * j];
            match z.add(s, member, f) {
                Err(_) => return Err(ERR_NAN),
                Ok((what, newscore)) => {
                    match what {
                        Added::Added => added += 1,
                        Added::Updated => updated += 1,
                        Added::Same | Added::Nop => {}
                    }
                    if what != Added::Nop {
                        processed += 1;
                    }
                    score = newscore;
                }
            }
        }
    }
    if added + updated == 0 {
        super::changed_nothing();
    }
    if f.incr {
        if processed > 0 {
            ctx.out.double(score);
        } else {
            ctx.out.null();
        }
    } else {
        ctx.out.int(if ch { added + updated } else { added });
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Point reads and removal

fn zrem(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let key = args[1];
    let Some(z) = write_zset(&mut ctx.ks, key)? else {
        ctx.out.int(0);
        return Ok(());
    };
    let mut deleted = 0;
    for m in &args[2..] {
        if z.remove(m) {
            deleted += 1;
        }
        if z.is_empty() {
            break;
        }
    }
    drop_if_empty(ctx, key);
    if deleted == 0 {
        super::changed_nothing();
    }
    ctx.out.int(deleted);
    Ok(())
}

fn zcard(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let n = read_zset(&mut ctx.ks, args[1])?.map_or(0, |z| z.len());
    ctx.out.int(n as i64);
    Ok(())
}

fn zscore(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    match read_zset(&mut ctx.ks, args[1])?.and_then(|z| z.score(args[2])) {
        Some(s) => ctx.out.double(s),
        None => ctx.out.null(),
    }
    Ok(())
}

fn zmscore(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let z = read_zset(&mut ctx.ks, args[1])?.map(|z| &*z);
    let members = &args[2..];
    let scores: Vec<Option<f64>> = members.iter().map(|m| z.and_then(|z| z.score(m))).collect();
    ctx.out.array(scores.len());
    for s in scores {
        match s {
            Some(s) => ctx.out.double(s),
            None => ctx.out.null(),
        }
    }
    Ok(())
}

fn zrank(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    rank_generic(ctx, args, false)
}

fn zrevrank(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    rank_generic(ctx, args, true)
}

fn rank_generic(ctx: &mut Ctx, args: &[&[u8]], reverse: bool) -> CmdResult {
    match read_zset(&mut ctx.ks, args[1])?.and_then(|z| z.rank(args[2], reverse)) {
        Some((r, _)) => ctx.out.int(r as i64),
        None => ctx.out.null(),
    }
    Ok(())
}

fn zcount(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let r = parse_score_range(args[2], args[3])?;
    let n = read_zset(&mut ctx.ks, args[1])?.map_or(0, |z| z.count_in_score_range(&r));
    ctx.out.int(n as i64);
    Ok(())
}

fn zlexcount(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let r = parse_lex_range(args[2], args[3])?;
    let n = read_zset(&mut ctx.ks, args[1])?.map_or(0, |z| z.count_in_lex_range(&r));
    ctx.out.int(n as i64);
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Ranges

#[derive(Clone, Copy, PartialEq, Eq)]
enum RangeType {
    Auto,
    Rank,
    Score,
    Lex,
}

enum Range {
    Rank(i64, i64),
    Score(ScoreRange),
    Lex(LexRange),
}

/// The elements of `range` in reply order (genericZrangeby{rank,score,lex}Command), as
/// positions in `z`, plus the length hint a store gets (the rank range's length, else none).
fn range_positions(
    z: &ZSet,
    range: &Range,
    reverse: bool,
    offset: i64,
    limit: i64,
) -> (Vec<Cur>, Option<usize>) {
    let mut out = Vec::new();
    match range {
        Range::Rank(start, end) => {
            let llen = z.len() as i64;
            let (mut start, mut end) = (*start, *end);
            if start < 0 {
                start += llen;
            }
            if end < 0 {
                end += llen;
            }
            if start < 0 {
                start = 0;
            }
            if start > end || start >= llen {
                return (out, Some(0));
            }
            if end >= llen {
                end = llen - 1;
            }
            let n = (end - start + 1) as usize;
            out.reserve(n);
            let mut c = z.at_rank(start as usize, reverse);
            while let Some(x) = c {
                if out.len() == n {
                    break;
                }
                out.push(x);
                c = z.step(x, reverse);
            }
            (out, Some(n))
        }
        Range::Score(r) => {
            if offset > 0 && offset >= z.len() as i64 {
                return (out, None);
            }
            let c = z.score_range_start(r, reverse);
            let c = skip(z, c, offset, reverse);
            take_while(z, c, limit, reverse, &mut out, |_, s| {
                if reverse {
                    r.gte_min(s)
                } else {
                    r.lte_max(s)
                }
            });
            (out, None)
        }
        Range::Lex(r) => {
            let c = z.lex_range_start(r, reverse);
            let c = skip(z, c, offset, reverse);
            take_while(z, c, limit, reverse, &mut out, |m, _| {
                if reverse {
                    r.gte_min(m)
                } else {
                    r.lte_max(m)
                }
            });
            (out, None)
        }
    }
}

/// `while (eptr && offset--)`: a negative offset walks off the end.
fn skip(z: &ZSet, mut c: Option<Cur>, offset: i64, reverse: bool) -> Option<Cur> {
    if offset < 0 {
        return None;
    }
    for _ in 0..offset {
        c = z.step(c?, reverse);
    }
    c
}

/// `while (eptr && limit--)` with the range check: a negative limit has no end.
fn take_while(
    z: &ZSet,
    mut c: Option<Cur>,
    mut limit: i64,
    reverse: bool,
    out: &mut Vec<Cur>,
    ok: impl Fn(&[u8], f64) -> bool,
) {
    let mut scratch = [0u8; 20];
    while let Some(x) = c {
        if limit == 0 {
            break;
        }
        limit -= 1;
        let (m, s) = z.get(x);
        if !ok(m.as_bytes(&mut scratch), s) {
            break;
        }
        out.push(x);
        c = z.step(x, reverse);
    }
}

/// zrangeGenericCommand for ZRANGE and its older forms (`store` None) and ZRANGESTORE
/// (`store` the destination). `first` is the index of the source key.
fn zrange_generic(
    ctx: &mut Ctx,
    args: &[&[u8]],
    first: usize,
    store: Option<&[u8]>,
    mut rangetype: RangeType,
    mut reverse: Option<bool>,
) -> CmdResult {
    let key = args[first];
    let (mut minidx, mut maxidx) = (first + 1, first + 2);
    let mut withscores = false;
    let (mut offset, mut limit) = (0i64, -1i64);
    let mut j = first + 3;
    while j < args.len() {
        let left = args.len() - j - 1;
        let a = args[j];
        if store.is_none() && word(a, "withscores") {
            withscores = true;
        } else if word(a, "limit") && left >= 2 {
            offset = arg_i64(args[j + 1])?;
            limit = arg_i64(args[j + 2])?;
            j += 2;
        } else if reverse.is_none() && word(a, "rev") {
            reverse = Some(true);
        } else if rangetype == RangeType::Auto && word(a, "bylex") {
            rangetype = RangeType::Lex;
        } else if rangetype == RangeType::Auto && word(a, "byscore") {
            rangetype = RangeType::Score;
        } else {
            return Err(Error::SYNTAX);
        }
        j += 1;
    }
    let reverse = reverse.unwrap_or(false);
    if rangetype == RangeType::Auto {
        rangetype = RangeType::Rank;
    }
    if limit != -1 && rangetype == RangeType::Rank {
        return Err(Error::fixed(
            "ERR syntax error, LIMIT is only supported in combination with either BYSCORE or BYLEX",
        ));
    }
    if withscores && rangetype == RangeType::Lex {
        return Err(Error::fixed(
            "ERR syntax error, WITHSCORES not supported in combination with BYLEX",
        ));
    }
    if reverse && rangetype != RangeType::Rank {
        std::mem::swap(&mut minidx, &mut maxidx);
    }
    let range = match rangetype {
        RangeType::Rank | RangeType::Auto => {
            Range::Rank(arg_i64(args[minidx])?, arg_i64(args[maxidx])?)
        }
        RangeType::Score => Range::Score(parse_score_range(args[minidx], args[maxidx])?),
        RangeType::Lex => Range::Lex(parse_lex_range(args[minidx], args[maxidx])?),
    };
    let Some(z) = read_zset(&mut ctx.ks, key)? else {
        match store {
            Some(dst) => store_result(ctx, dst, None),
            None => ctx.out.array(0),
        }
        return Ok(());
    };
    let (pos, hint) = range_positions(z, &range, reverse, offset, limit);
    match store {
        None => {
            reply_len(ctx.out, pos.len(), withscores);
            for c in pos {
                let (m, s) = z.get(c);
                reply_pair(ctx.out, m, s, withscores);
            }
        }
        Some(dst) => {
            // zrangeResultBeginStore: a skiplist from the start only when the rank range's
            // length says so; zsetAdd converts as elements come.
            let mut res = match hint {
                Some(n) if n > crate::storage::limits::zset_max_listpack_entries() => {
                    ZSet::new_skiplist()
                }
                _ => ZSet::default(),
            };
            for c in pos {
                let (m, s) = z.get(c);
                let mut scratch = [0u8; 20];
                let _ = res.add(s, m.as_bytes(&mut scratch), AddFlags::default());
            }
            store_result(ctx, dst, Some(res));
        }
    }
    Ok(())
}

/// A …STORE result: set (dropping any TTL) when non-empty, else delete the destination;
/// replies with the result's length.
fn store_result(ctx: &mut Ctx, dst: &[u8], res: Option<ZSet>) {
    match res {
        Some(z) if !z.is_empty() => {
            let n = z.len();
            let now = ctx.ks.now_ms;
            ctx.ks.db().set(dst, Value::ZSet(Box::new(z)), now);
            ctx.out.int(n as i64);
        }
        _ => {
            ctx.ks.db().remove(dst);
            ctx.out.int(0);
        }
    }
}

fn zrange(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    zrange_generic(ctx, args, 1, None, RangeType::Auto, None)
}

fn zrangestore(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    zrange_generic(ctx, args, 2, Some(args[1]), RangeType::Auto, None)
}

fn zrevrange(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    zrange_generic(ctx, args, 1, None, RangeType::Rank, Some(true))
}

fn zrangebyscore(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    zrange_generic(ctx, args, 1, None, RangeType::Score, Some(false))
}

fn zrevrangebyscore(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    zrange_generic(ctx, args, 1, None, RangeType::Score, Some(true))
}

fn zrangebylex(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    zrange_generic(ctx, args, 1, None, RangeType::Lex, Some(false))
}

fn zrevrangebylex(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    zrange_generic(ctx, args, 1, None, RangeType::Lex, Some(true))
}

// ---------------------------------------------------------------------------------------------
// Range removal

fn zremrangebyrank(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let start = arg_i64(args[2])?;
    let end = arg_i64(args[3])?;
    zremrange(ctx, args[1], Range::Rank(start, end))
}

fn zremrangebyscore(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let r = parse_score_range(args[2], args[3])?;
    zremrange(ctx, args[1], Range::Score(r))
}

fn zremrangebylex(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let r = parse_lex_range(args[2], args[3])?;
    zremrange(ctx, args[1], Range::Lex(r))
}

/// zremrangeGenericCommand.
fn zremrange(ctx: &mut Ctx, key: &[u8], range: Range) -> CmdResult {
    let Some(z) = write_zset(&mut ctx.ks, key)? else {
        ctx.out.int(0);
        return Ok(());
    };
    let deleted = match range {
        Range::Rank(mut start, mut end) => {
            let llen = z.len() as i64;
            if start < 0 {
                start += llen;
            }
            if end < 0 {
                end += llen;
            }
            if start < 0 {
                start = 0;
            }
            if start > end || start >= llen {
                super::changed_nothing();
                ctx.out.int(0);
                return Ok(());
            }
            if end >= llen {
                end = llen - 1;
            }
            z.remove_rank_range(start as usize, end as usize)
        }
        Range::Score(r) => z.remove_score_range(&r),
        Range::Lex(r) => z.remove_lex_range(&r),
    };
    drop_if_empty(ctx, key);
    if deleted == 0 {
        super::changed_nothing();
    }
    ctx.out.int(deleted as i64);
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Pops

fn zpopmin(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    zpop_minmax(ctx, args, false)
}

fn zpopmax(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    zpop_minmax(ctx, args, true)
}

/// zpopMinMaxCommand.
fn zpop_minmax(ctx: &mut Ctx, args: &[&[u8]], max: bool) -> CmdResult {
    if args.len() > 3 {
        return Err(Error::SYNTAX);
    }
    let count = match args.get(2) {
        Some(a) => Some(arg_range(a, 0, i64::MAX, Error::NOT_POSITIVE)?),
        None => None,
    };
    let nested = ctx.out.resp3() && count.is_some();
    pop_generic(ctx, &args[1..2], 1, max, false, count, nested, false)
}

/// genericZpopCommand: pops from the first existing key of `keys`.
/// `keys` are `args[first_arg..]`: the one popped from is the only key changed.
#[allow(clippy::too_many_arguments)]
fn pop_generic(
    ctx: &mut Ctx,
    keys: &[&[u8]],
    first_arg: usize,
    max: bool,
    emitkey: bool,
    count: Option<i64>,
    nested: bool,
    nil_when_empty: bool,
) -> CmdResult {
    let mut found = None;
    for (i, &k) in keys.iter().enumerate() {
        if write_zset(&mut ctx.ks, k)?.is_some() {
            found = Some(k);
            super::changed_only_arg(first_arg + i);
            break;
        }
    }
    let Some(key) = found else {
        if nil_when_empty {
            ctx.out.null_array();
        } else {
            ctx.out.array(0);
        }
        return Ok(());
    };
    if count == Some(0) {
        super::changed_nothing();
        ctx.out.array(0);
        return Ok(());
    }
    let count = count.unwrap_or(1);
    let out = &mut *ctx.out;
    let z = match ctx.ks.write(key) {
        Some(Entry {
            value: Value::ZSet(z),
            ..
        }) => z,
        _ => return Err(Error::WRONGTYPE),
    };
    let n = (count as u64).min(z.len() as u64) as usize;
    match (nested, emitkey) {
        (false, false) => out.array(2 * n),
        (true, false) => out.array(n),
        (false, true) => {
            out.array(2 * n + 1);
            out.bulk(key);
        }
        (true, true) => {
            out.array(2);
            out.bulk(key);
            out.array(n);
        }
    }
    for _ in 0..n {
        let c = if max { z.last() } else { z.first() };
        let Some(c) = c else { break };
        let (m, s) = z.get(c);
        if nested {
            out.array(2);
        }
        reply_entry(out, m);
        out.double(s);
        if max {
            let l = z.len();
            z.remove_rank_range(l - 1, l - 1);
        } else {
            z.remove_rank_range(0, 0);
        }
    }
    drop_if_empty(ctx, key);
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// ZMPOP

/// zmpopGenericCommand (non-blocking).
fn zmpop(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let numkeys = arg_range(args[1], 1, i64::MAX, Error::NUMKEYS)?;
    let where_idx = match usize::try_from(numkeys).ok().and_then(|n| n.checked_add(2)) {
        Some(i) if i < args.len() => i,
        _ => return Err(Error::SYNTAX),
    };
    let max = if word(args[where_idx], "min") {
        false
    } else if word(args[where_idx], "max") {
        true
    } else {
        return Err(Error::SYNTAX);
    };
    let mut count = None;
    let mut j = where_idx + 1;
    while j < args.len() {
        let more = args.len() - 1 - j;
        if count.is_none() && word(args[j], "count") && more > 0 {
            j += 1;
            count = Some(arg_range(args[j], 1, i64::MAX, Error::COUNT_ZERO)?);
        } else {
            return Err(Error::SYNTAX);
        }
        j += 1;
    }
    let keys = &args[2..where_idx];
    pop_generic(
        ctx,
        keys,
        2,
        max,
        true,
        Some(count.unwrap_or(1)),
        true,
        true,
    )
}

// ---------------------------------------------------------------------------------------------
// ZRANDMEMBER

/// A uniform random index below `n` (n > 0).
fn rand_below(n: usize) -> usize {
    num::below(random_u64(), n)
}

/// zrandmemberCommand.
fn zrandmember(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    if args.len() < 3 {
        let Some(z) = read_zset(&mut ctx.ks, args[1])? else {
            ctx.out.null();
            return Ok(());
        };
        if let Some(c) = z.at_rank(rand_below(z.len()), false) {
            reply_entry(ctx.out, z.get(c).0);
        }
        return Ok(());
    }
    let l = match num::parse_i64(args[2]) {
        None => return Err(Error::NOT_INTEGER),
        Some(i64::MIN) => return Err(Error::COUNT_RANGE),
        Some(l) => l,
    };
    if args.len() > 4 || (args.len() == 4 && !word(args[3], "withscores")) {
        return Err(Error::SYNTAX);
    }
    let withscores = args.len() == 4;
    if withscores && !(-(i64::MAX / 2)..=i64::MAX / 2).contains(&l) {
        return Err(Error::OUT_OF_RANGE);
    }
    let Some(z) = read_zset(&mut ctx.ks, args[1])? else {
        ctx.out.array(0);
        return Ok(());
    };
    let out = &mut *ctx.out;
    let size = z.len();
    let (count, uniq) = (l.unsigned_abs(), l >= 0);
    if count == 0 {
        out.array(0);
        return Ok(());
    }
    let emit = |out: &mut ReplyBuf, rank: usize| {
        if let Some(c) = z.at_rank(rank, false) {
            let (m, s) = z.get(c);
            reply_pair(out, m, s, withscores);
        }
    };
    if !uniq {
        super::check_repeated_picks(count)?;
    }
    // CASE 1: with repetitions (or a single pick), in random order.
    if !uniq || count == 1 {
        reply_len(out, count as usize, withscores);
        for _ in 0..count {
            emit(out, rand_below(size));
        }
        return Ok(());
    }
    let count = count as usize;
    let n = count.min(size);
    reply_len(out, n, withscores);
    // CASE 2: the whole set, walked as zuiNext walks it: from the highest score down.
    if count >= size {
        z.walk(z.last(), true, |m, s| {
            reply_pair(out, m, s, withscores);
            true
        });
        return Ok(());
    }
    // CASES 3 and 4: distinct picks; Redis's order is a hash table's, so any order will do.
    if count * 3 > size {
        let mut idx: Vec<usize> = (0..size).collect();
        for i in 0..count {
            let j = i + rand_below(size - i);
            idx.swap(i, j);
            emit(out, idx[i]);
        }
    } else {
        let mut seen = std::collections::HashSet::with_capacity(count);
        while seen.len() < count {
            let r = rand_below(size);
            if seen.insert(r) {
                emit(out, r);
            }
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// ZUNION, ZINTER, ZDIFF, their …STORE forms, ZINTERCARD

#[derive(Clone, Copy, PartialEq, Eq)]
enum SetOp {
    Union,
    Inter,
    Diff,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Aggregate {
    Sum,
    Min,
    Max,
}

/// One input (zsetopsrc): its key, cardinality and weight. Its elements are read only as
/// the algorithm needs them (ZINTER walks the smallest input and probes the others), so an
/// intersection with a big set costs what Redis's does, not a copy of the big set.
struct Src<'a> {
    key: &'a [u8],
    len: usize,
    weight: f64,
}

/// The value at `key` without touching hit/miss statistics (the command's own lookups
/// counted them, as lookupKeyRead does once per input).
fn peek<'a>(ctx: &'a mut Ctx, key: &[u8]) -> Option<&'a Value> {
    let now = ctx.ks.now_ms;
    ctx.ks.db().lookup(key, now, false).map(|e| &e.value)
}

/// Every (member, score) of an input (zuiNext; sets count with score 1).
fn elems_of(ctx: &mut Ctx, key: &[u8]) -> Vec<(Vec<u8>, f64)> {
    match peek(ctx, key) {
        Some(Value::ZSet(z)) => z.pairs(),
        // A set given as input counts its members with score 1 (zuiNext on OBJ_SET).
        Some(Value::Set(s)) => s.iter().map(|m| (m.to_vec(), 1.0)).collect(),
        _ => Vec::new(),
    }
}

/// zuiFind: the member's score in an input (1 in a set).
fn score_in(ctx: &mut Ctx, key: &[u8], m: &[u8]) -> Option<f64> {
    match peek(ctx, key) {
        Some(Value::ZSet(z)) => z.score(m),
        Some(Value::Set(s)) => s.contains(m).then_some(1.0),
        _ => None,
    }
}

/// zunionInterAggregate.
fn aggregate(target: &mut f64, val: f64, how: Aggregate) {
    match how {
        Aggregate::Sum => {
            *target += val;
            // inf + -inf: Redis keeps 0 rather than NaN.
            if target.is_nan() {
                *target = 0.0;
            }
        }
        Aggregate::Min => {
            if val < *target {
                *target = val
            }
        }
        Aggregate::Max => {
            if val > *target {
                *target = val
            }
        }
    }
}

/// zunionInterDiffGenericCommand. `dst`: the …STORE destination; `numkeys_at`: where numkeys
/// is; `card_only`: ZINTERCARD.
fn zsetop_generic(
    ctx: &mut Ctx,
    args: &[&[u8]],
    dst: Option<&[u8]>,
    numkeys_at: usize,
    op: SetOp,
    card_only: bool,
    name: &str,
) -> CmdResult {
    let setnum = arg_i64(args[numkeys_at])?;
    if setnum < 1 {
        return Err(Error::msg(format!(
            "ERR at least 1 input key is needed for '{name}' command"
        )));
    }
    if setnum > (args.len() - numkeys_at - 1) as i64 {
        return Err(Error::SYNTAX);
    }
    let setnum = setnum as usize;
    let mut src = Vec::with_capacity(setnum);
    let mut j = numkeys_at + 1;
    for _ in 0..setnum {
        let len = match ctx.ks.read(args[j]) {
            None => 0,
            Some(e) => match &e.value {
                Value::ZSet(z) => z.len(),
                Value::Set(s) => s.len(),
                _ => return Err(Error::WRONGTYPE),
            },
        };
        src.push(Src {
            key: args[j],
            len,
            weight: 1.0,
        });
        j += 1;
    }
    let mut how = Aggregate::Sum;
    let mut withscores = false;
    let mut limit = 0i64;
    while j < args.len() {
        let remaining = args.len() - j;
        let a = args[j];
        if op != SetOp::Diff && !card_only && remaining > setnum && word(a, "weights") {
            j += 1;
            for s in src.iter_mut() {
                s.weight = num::parse_f64(args[j])
                    .ok_or(Error::fixed("ERR weight value is not a float"))?;
                j += 1;
            }
        } else if op != SetOp::Diff && !card_only && remaining >= 2 && word(a, "aggregate") {
            let v = args[j + 1];
            how = if word(v, "sum") {
                Aggregate::Sum
            } else if word(v, "min") {
                Aggregate::Min
            } else if word(v, "max") {
                Aggregate::Max
            } else {
                return Err(Error::SYNTAX);
            };
            j += 2;
        } else if dst.is_none() && !card_only && word(a, "withscores") {
            withscores = true;
            j += 1;
        } else if card_only && remaining >= 2 && word(a, "limit") {
            limit = num::parse_i64(args[j + 1])
                .filter(|n| *n >= 0)
                .ok_or(Error::fixed("ERR LIMIT can't be negative"))?;
            j += 2;
        } else {
            return Err(Error::SYNTAX);
        }
    }
    if op != SetOp::Diff {
        // qsort by cardinality; glibc's is a stable merge sort at these sizes.
        src.sort_by_key(|s| s.len);
    }
    let mut result: Vec<(Vec<u8>, f64)> = Vec::new();
    let mut card = 0i64;
    match op {
        SetOp::Inter => {
            let (first, rest) = (&src[0], &src[1..]);
            for (m, s0) in elems_of(ctx, first.key) {
                let mut score = first.weight * s0;
                if score.is_nan() {
                    score = 0.0;
                }
                let mut all = true;
                for other in rest {
                    match score_in(ctx, other.key, &m) {
                        Some(v) => aggregate(&mut score, v * other.weight, how),
                        None => {
                            all = false;
                            break;
                        }
                    }
                }
                if !all {
                    continue;
                }
                if card_only {
                    card += 1;
                    if limit != 0 && card >= limit {
                        break;
                    }
                } else {
                    result.push((m, score));
                }
            }
        }
        SetOp::Union => {
            let mut acc: std::collections::HashMap<Vec<u8>, f64> = std::collections::HashMap::new();
            for s in &src {
                for (m, v) in elems_of(ctx, s.key) {
                    let mut score = s.weight * v;
                    if score.is_nan() {
                        score = 0.0;
                    }
                    match acc.get_mut(&m) {
                        Some(t) => aggregate(t, score, how),
                        None => {
                            acc.insert(m, score);
                        }
                    }
                }
            }
            result = acc.into_iter().collect();
        }
        SetOp::Diff => {
            let (first, rest) = (&src[0], &src[1..]);
            for (m, s0) in elems_of(ctx, first.key) {
                if !rest.iter().any(|o| score_in(ctx, o.key, &m).is_some()) {
                    result.push((m, s0));
                }
            }
        }
    }
    if card_only {
        ctx.out.int(card);
        return Ok(());
    }
    result.sort_by(|a, b| {
        a.1.partial_cmp(&b.1)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then_with(|| a.0.cmp(&b.0))
    });
    match dst {
        Some(dst) => {
            let mut z = ZSet::new_skiplist();
            let mut maxlen = 0;
            for (m, s) in &result {
                maxlen = maxlen.max(m.len());
                let _ = z.add(*s, m, AddFlags::default());
            }
            z.to_listpack_if_small(maxlen);
            store_result(ctx, dst, Some(z));
        }
        None => {
            reply_len(ctx.out, result.len(), withscores);
            for (m, s) in &result {
                reply_pair(ctx.out, LpEntry::Str(m), *s, withscores);
            }
        }
    }
    Ok(())
}

fn zunion(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    zsetop_generic(ctx, args, None, 1, SetOp::Union, false, "zunion")
}

fn zinter(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    zsetop_generic(ctx, args, None, 1, SetOp::Inter, false, "zinter")
}

fn zdiff(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    zsetop_generic(ctx, args, None, 1, SetOp::Diff, false, "zdiff")
}

fn zintercard(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    zsetop_generic(ctx, args, None, 1, SetOp::Inter, true, "zintercard")
}

fn zunionstore(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    zsetop_generic(
        ctx,
        args,
        Some(args[1]),
        2,
        SetOp::Union,
        false,
        "zunionstore",
    )
}

fn zinterstore(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    zsetop_generic(
        ctx,
        args,
        Some(args[1]),
        2,
        SetOp::Inter,
        false,
        "zinterstore",
    )
}

fn zdiffstore(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    zsetop_generic(
        ctx,
        args,
        Some(args[1]),
        2,
        SetOp::Diff,
        false,
        "zdiffstore",
    )
}

// ---------------------------------------------------------------------------------------------
// ZSCAN

/// zscanCommand / scanGenericCommand on one zset: a listpack answers whole with cursor 0; a
/// skiplist walks its member map with Redis's reverse-binary cursor.
fn zscan(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let mut cursor = num::parse_u64(args[2]).ok_or(Error::INVALID_CURSOR)?;
    let Some(z) = read_zset(&mut ctx.ks, args[1])? else {
        ctx.out.array(2);
        ctx.out.bulk(b"0");
        ctx.out.array(0);
        return Ok(());
    };
    let ScanOpts { count, pattern, .. } = scan_opts(args, 3, false)?;
    let mut items: Vec<(Vec<u8>, Vec<u8>)> = Vec::new();
    match z {
        ZSet::Listpack(lp) => {
            let mut it = lp.iter();
            while let (Some(m), Some(s)) = (it.next(), it.next()) {
                items.push((m.to_vec(), s.to_vec()));
            }
            cursor = 0;
        }
        ZSet::Skiplist(ix) => {
            let want = count.saturating_mul(2);
            let mut maxit = want.saturating_mul(10);
            loop {
                cursor = ix.scan(cursor, |k, score| {
                    let mut t = Vec::with_capacity(24);
                    num::write_f64(&mut t, score);
                    items.push((k.to_vec(), t));
                });
                if cursor == 0 || maxit == 0 {
                    break;
                }
                maxit -= 1;
                if items.len() as u64 * 2 >= want {
                    break;
                }
            }
        }
    }
    if let Some(p) = pattern {
        items.retain(|(m, _)| crate::storage::glob::glob_match(p, m, false));
    }
    let out = &mut *ctx.out;
    out.array(2);
    let mut c = Vec::with_capacity(20);
    num::write_u64(&mut c, cursor);
    out.bulk(&c);
    out.array(items.len() * 2);
    for (m, s) in &items {
        out.bulk(m);
        out.bulk(s);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::commands::testing::TestShard;

    fn expect(s: &mut TestShard, steps: &[(&str, &str)]) {
        for (cmd, want) in steps {
            assert_eq!(s.run(cmd), *want, "reply to {cmd}");
        }
    }

    #[test]
    fn zadd_zscore_zrange_basics() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                ("ZADD z 1 a 2 b 3 c", ":3\r\n"),
                ("ZSCORE z b", "$1\r\n2\r\n"),
                ("ZRANGE z 0 -1", "*3\r\n$1\r\na\r\n$1\r\nb\r\n$1\r\nc\r\n"),
                ("ZREVRANK z a", ":2\r\n"),
                ("ZINCRBY z 0.5 a", "$3\r\n1.5\r\n"),
                ("ZPOPMAX z", "*2\r\n$1\r\nc\r\n$1\r\n3\r\n"),
                ("ZCARD z", ":2\r\n"),
                ("ZREMRANGEBYSCORE z -inf +inf", ":2\r\n"),
                ("EXISTS z", ":0\r\n"),
            ],
        );
    }
}
