//! Set commands (t_set.c): SADD, SREM, SCARD, SISMEMBER, SMISMEMBER, SMEMBERS, SRANDMEMBER,
//! SPOP, SMOVE, SINTER, SINTERCARD, SINTERSTORE, SUNION, SUNIONSTORE, SDIFF, SDIFFSTORE, SSCAN.
//!
//! Replies, errors and the order arguments are checked in are Redis 7.0.15's. So is every
//! choice that shows through `OBJECT ENCODING` or through the order of an intset's members:
//! results of SUNION, SDIFF and the …STORE commands are built in a fresh set that starts as
//! an intset (so an all-integer result of at most `set-max-intset-entries` members comes out
//! sorted and is stored as an intset), SDIFF picks between Redis's two algorithms by the same
//! estimate (the second one can grow its result past the threshold before shrinking it), and
//! SPOP with a count that leaves few members rebuilds the set from the survivors.
//!
//! Multi-key commands look all their keys up first, in argument order, as Redis does; the
//! sets are then moved out of their entries for the length of the command (so several can be
//! read at once) and put back before the reply or the store.
use std::collections::{HashMap, HashSet};

use super::short::*;
use super::{
    arg_i64, arg_range, is, random_u64, scan_opts, CmdResult, Command, Ctx, Error, Keyspace,
    ScanOpts,
};
use crate::num;
use crate::protocol::ReplyBuf;
use crate::storage::glob::glob_match;
use crate::storage::set::{Member, Set};
use crate::storage::{Entry, Value};

super::family_cmd!("set");

/// Arity, flags, key positions, summary and version as Redis 7.0's src/commands/*.json.
#[rustfmt::skip] // one line per command reads as a table
pub static COMMANDS: &[Command] = &[
    cmd("sadd", -3, WD | FAST, K1, sadd, "1.0.0", "Add one or more members to a set"),
    cmd("scard", 2, RO | FAST, K1, scard, "1.0.0", "Get the number of members in a set"),
    cmd("sdiff", -2, RO, K_ALL, sdiff, "1.0.0", "Subtract multiple sets"),
    cmd("sdiffstore", -3, WD, K_ALL, sdiffstore, "1.0.0",
        "Subtract multiple sets and store the resulting set in a key"),
    cmd("sinter", -2, RO, K_ALL, sinter, "1.0.0", "Intersect multiple sets"),
    cmd("sintercard", -3, RO, K_NUMKEYS_1, sintercard, "7.0.0",
        "Intersect multiple sets and return the cardinality of the result"),
    cmd("sinterstore", -3, WD, K_ALL, sinterstore, "1.0.0",
        "Intersect multiple sets and store the resulting set in a key"),
    cmd("sismember", 3, RO | FAST, K1, sismember, "1.0.0",
        "Determine if a given value is a member of a set"),
    cmd("smembers", 2, RO, K1, sinter, "1.0.0", "Get all the members in a set"),
    cmd("smismember", -3, RO | FAST, K1, smismember, "6.2.0",
        "Returns the membership associated with the given elements for a set"),
    cmd("smove", 4, W | FAST, K1_2, smove, "1.0.0", "Move a member from one set to another"),
    cmd("spop", -2, W | FAST, K1, spop, "1.0.0",
        "Remove and return one or multiple random members from a set"),
    cmd("srandmember", -2, RO, K1, srandmember, "1.0.0",
        "Get one or multiple random members from a set"),
    cmd("srem", -3, W | FAST, K1, srem, "1.0.0", "Remove one or more members from a set"),
    cmd("sscan", -3, RO, K1, sscan, "2.8.0", "Incrementally iterate Set elements"),
    cmd("sunion", -2, RO, K_ALL, sunion, "1.0.0", "Add multiple sets"),
    cmd("sunionstore", -3, WD, K_ALL, sunionstore, "1.0.0",
        "Add multiple sets and store the resulting set in a key"),
];

const ERR_NUMKEYS_ARGS: Error =
    Error::fixed("ERR Number of keys can't be greater than number of args");
const ERR_LIMIT: Error = Error::fixed("ERR LIMIT can't be negative");

// ---------------------------------------------------------------------------------------------
// Lookups

/// A set for reading (lookupKeyRead: counts a hit or a miss); WRONGTYPE for another type.
fn read_set<'a>(ks: &'a mut Keyspace, key: &[u8]) -> Result<Option<&'a mut Set>, Error> {
    match ks.read(key) {
        None => Ok(None),
        Some(e) => match &mut e.value {
            Value::Set(s) => Ok(Some(s)),
            _ => Err(Error::WRONGTYPE),
        },
    }
}

/// A set for writing (lookupKeyWrite: no hit/miss accounting).
fn write_set<'a>(ks: &'a mut Keyspace, key: &[u8]) -> Result<Option<&'a mut Set>, Error> {
    match ks.write(key) {
        None => Ok(None),
        Some(e) => match &mut e.value {
            Value::Set(s) => Ok(Some(s)),
            _ => Err(Error::WRONGTYPE),
        },
    }
}

/// A set already looked up by this command: no second access is recorded (an LFU counter
/// is bumped once per lookup in Redis).
fn again<'a>(ks: &'a mut Keyspace, key: &[u8]) -> Option<&'a mut Set> {
    let now = ks.now_ms;
    match &mut ks.dbs[ks.db].lookup(key, now, false)?.value {
        Value::Set(s) => Some(s),
        _ => None,
    }
}

#[inline]
fn reply_member(out: &mut ReplyBuf, m: Member) {
    m.with_bytes(|b| out.bulk(b));
}

/// One source key of a multi-key command.
enum Src {
    Missing,
    Set(Box<Set>),
    /// The same key as an earlier source (Redis sees the same object twice).
    Dup(usize),
}

/// The sources as sets: None for a missing key, duplicates resolved.
struct Sources<'k> {
    keys: &'k [&'k [u8]],
    srcs: Vec<Src>,
}

impl<'k> Sources<'k> {
    /// Looks every key up for reading in order and moves its set out of the entry; stops at
    /// the first key of another type (after counting its lookup, as Redis does), putting back
    /// what it took.
    fn take(ks: &mut Keyspace, keys: &'k [&'k [u8]]) -> Result<Sources<'k>, Error> {
        let mut srcs: Vec<Src> = Vec::with_capacity(keys.len());
        // A map only when a linear search for duplicates would cost more than it.
        let mut seen: HashMap<&[u8], usize> = HashMap::new();
        let use_map = keys.len() > 16;
        for (i, &k) in keys.iter().enumerate() {
            let first = if use_map {
                match seen.get(k) {
                    Some(&j) => Some(j),
                    None => {
                        seen.insert(k, i);
                        None
                    }
                }
            } else {
                keys[..i].iter().position(|&p| p == k)
            };
            let e = ks.read(k);
            if let Some(j) = first {
                srcs.push(match srcs[j] {
                    Src::Missing => Src::Missing,
                    _ => Src::Dup(j),
                });
                continue;
            }
            let Some(e) = e else {
                srcs.push(Src::Missing);
                continue;
            };
            match std::mem::replace(&mut e.value, Value::Int(0)) {
                Value::Set(s) => srcs.push(Src::Set(s)),
                other => {
                    e.value = other;
                    Sources { keys, srcs }.restore(ks);
                    return Err(Error::WRONGTYPE);
                }
            }
        }
        Ok(Sources { keys, srcs })
    }

    /// Puts every set back into its entry (the entries stayed, holding a placeholder).
    fn restore(self, ks: &mut Keyspace) {
        let now = ks.now_ms;
        for (k, s) in self.keys.iter().zip(self.srcs) {
            if let Src::Set(s) = s {
                if let Some(e) = ks.dbs[ks.db].lookup(k, now, false) {
                    e.value = Value::Set(s);
                }
            }
        }
    }

    fn get(&self, i: usize) -> Option<&Set> {
        match &self.srcs[i] {
            Src::Missing => None,
            Src::Set(s) => Some(s),
            Src::Dup(j) => self.get(*j),
        }
    }

    fn any_missing(&self) -> bool {
        self.srcs.iter().any(|s| matches!(s, Src::Missing))
    }
}

/// Writes a …STORE result: the set replaces `dst` (any TTL dropped), or an empty result
/// deletes it. Replies with the size.
fn store(ctx: &mut Ctx, dst: &[u8], set: Set) {
    let n = set.len();
    if n > 0 {
        let now = ctx.ks.now_ms;
        ctx.ks.db().set(dst, Value::Set(Box::new(set)), now);
    } else {
        ctx.ks.db().remove(dst);
    }
    ctx.out.int(n as i64);
}

// ---------------------------------------------------------------------------------------------
// Single-key commands

fn sadd(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let key = args[1];
    let added = match write_set(&mut ctx.ks, key)? {
        Some(s) => args[2..].iter().filter(|m| s.add(m)).count(),
        None => {
            let mut s = Set::for_member(args[2]);
            let n = args[2..].iter().filter(|m| s.add(m)).count();
            let now = ctx.ks.now_ms;
            ctx.ks.db().set(key, Value::Set(Box::new(s)), now);
            n
        }
    };
    if added == 0 {
        super::changed_nothing();
    }
    ctx.out.int(added as i64);
    Ok(())
}

fn srem(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let key = args[1];
    let Some(s) = write_set(&mut ctx.ks, key)? else {
        ctx.out.int(0);
        return Ok(());
    };
    let mut removed = 0;
    for m in &args[2..] {
        if s.remove(m) {
            removed += 1;
            if s.is_empty() {
                break;
            }
        }
    }
    if s.is_empty() {
        ctx.ks.db().remove(key);
    }
    if removed == 0 {
        super::changed_nothing();
    }
    ctx.out.int(removed);
    Ok(())
}

fn scard(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let n = read_set(&mut ctx.ks, args[1])?.map_or(0, |s| s.len());
    ctx.out.int(n as i64);
    Ok(())
}

fn sismember(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let found = read_set(&mut ctx.ks, args[1])?.is_some_and(|s| s.contains(args[2]));
    ctx.out.int(found as i64);
    Ok(())
}

fn smismember(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let s = read_set(&mut ctx.ks, args[1])?;
    ctx.out.array(args.len() - 2);
    for m in &args[2..] {
        let found = s.as_ref().is_some_and(|s| s.contains(m));
        ctx.out.int(found as i64);
    }
    Ok(())
}

/// SMOVE source destination member: both keys' types are checked (the source first) before
/// anything moves; a missing source replies 0 whatever the destination holds.
fn smove(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let (src, dst, m) = (args[1], args[2], args[3]);
    // Both are looked up (an expired one goes) before either is judged.
    let is_set = |e: &mut Entry| matches!(e.value, Value::Set(_));
    let src_is_set = ctx.ks.write(src).map(is_set);
    let dst_is_set = ctx.ks.write(dst).map(is_set);
    let Some(src_is_set) = src_is_set else {
        ctx.out.int(0);
        return Ok(());
    };
    if !src_is_set || dst_is_set == Some(false) {
        return Err(Error::WRONGTYPE);
    }
    if src == dst {
        let found = again(&mut ctx.ks, src).is_some_and(|s| s.contains(m));
        super::changed_nothing();
        ctx.out.int(found as i64);
        return Ok(());
    }
    let Some(s) = again(&mut ctx.ks, src) else {
        ctx.out.int(0);
        return Ok(());
    };
    if !s.remove(m) {
        super::changed_nothing();
        ctx.out.int(0);
        return Ok(());
    }
    if s.is_empty() {
        ctx.ks.db().remove(src);
    }
    match again(&mut ctx.ks, dst) {
        Some(d) => {
            if !d.add(m) {
                // Already a member there: Redis signals the source only.
                super::changed_only_arg(1);
            }
        }
        None => {
            let mut d = Set::for_member(m);
            d.add(m);
            let now = ctx.ks.now_ms;
            ctx.ks.db().set(dst, Value::Set(Box::new(d)), now);
        }
    }
    ctx.out.int(1);
    Ok(())
}

/// SPOP key [count]
fn spop(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    if args.len() == 3 {
        return spop_count(ctx, args);
    } else if args.len() > 3 {
        return Err(Error::SYNTAX);
    }
    let key = args[1];
    let Some(s) = write_set(&mut ctx.ks, key)? else {
        ctx.out.null();
        return Ok(());
    };
    let Some(m) = s.pop_random(&mut random_u64) else {
        ctx.out.null();
        return Ok(());
    };
    let empty = s.is_empty();
    ctx.out.bulk(&m);
    if empty {
        ctx.ks.db().remove(key);
    }
    Ok(())
}

/// How many times the members left must outnumber the ones popped for SPOP to pop them one
/// by one rather than rebuild the set from the survivors (SPOP_MOVE_STRATEGY_MUL).
const SPOP_MOVE_STRATEGY_MUL: u64 = 5;

/// spopWithCountCommand: the count is checked before the key.
fn spop_count(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let key = args[1];
    let count = arg_range(args[2], 0, i64::MAX, Error::NOT_POSITIVE)? as u64;
    let Some(s) = write_set(&mut ctx.ks, key)? else {
        ctx.out.set(0);
        return Ok(());
    };
    if count == 0 {
        super::changed_nothing();
        ctx.out.set(0);
        return Ok(());
    }
    let size = s.len() as u64;

    if count >= size {
        // The whole set, replied as SUNION of the key alone replies it (Redis calls it, so
        // the key is looked up once more, and an all-integer set comes out sorted).
        let mut all = Set::default();
        for m in s.iter() {
            all.add_member(m);
        }
        ctx.ks.read(key);
        ctx.out.set(all.len());
        for m in all.iter() {
            reply_member(ctx.out, m);
        }
        ctx.ks.db().remove(key);
        return Ok(());
    }

    ctx.out.set(count as usize);
    let remaining = size - count;
    if remaining * SPOP_MOVE_STRATEGY_MUL > count {
        for _ in 0..count {
            if let Some(m) = s.pop_random(&mut random_u64) {
                ctx.out.bulk(&m);
            }
        }
    } else {
        // Most members go: move the few that stay into a new set (whose encoding is
        // decided afresh) and reply with what is left of the old one.
        let mut kept: Option<Set> = None;
        for _ in 0..remaining {
            if let Some(m) = s.pop_random(&mut random_u64) {
                kept.get_or_insert_with(|| Set::for_member(&m)).add(&m);
            }
        }
        for m in s.iter() {
            reply_member(ctx.out, m);
        }
        if let Some(kept) = kept {
            *s = kept;
        }
    }
    Ok(())
}

/// SRANDMEMBER key [count]
fn srandmember(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    if args.len() == 3 {
        return srandmember_count(ctx, args);
    } else if args.len() > 3 {
        return Err(Error::SYNTAX);
    }
    let s: Option<&Set> = read_set(&mut ctx.ks, args[1])?.map(|s| &*s);
    match s.and_then(|s| s.random(&mut random_u64)) {
        Some(m) => reply_member(ctx.out, m),
        None => ctx.out.null(),
    }
    Ok(())
}

/// When the set has fewer than this many times the members asked for, SRANDMEMBER copies it
/// and removes members at random rather than picking them (SRANDMEMBER_SUB_STRATEGY_MUL).
const SRANDMEMBER_SUB_STRATEGY_MUL: u64 = 3;

/// srandmemberWithCountCommand: a negative count may repeat members; a positive one
/// returns distinct members, the whole set (in its order) when it asks for as many or more.
fn srandmember_count(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let l = arg_i64(args[2])?;
    if l == i64::MIN {
        return Err(Error::COUNT_RANGE);
    }
    let (count, uniq) = (l.unsigned_abs(), l >= 0);
    let Some(s) = read_set(&mut ctx.ks, args[1])? else {
        ctx.out.array(0);
        return Ok(());
    };
    if count == 0 {
        ctx.out.array(0);
        return Ok(());
    }
    if !uniq {
        super::check_repeated_picks(count)?;
    }
    let out = &mut *ctx.out;
    let mut rand = random_u64;
    if !uniq || count == 1 {
        out.array(count as usize);
        for _ in 0..count {
            if let Some(m) = s.random(&mut rand) {
                reply_member(out, m);
            }
        }
        return Ok(());
    }
    let size = s.len() as u64;
    if count >= size {
        out.array(size as usize);
        for m in s.iter() {
            reply_member(out, m);
        }
        return Ok(());
    }
    let picked: Vec<Member> = if count * SRANDMEMBER_SUB_STRATEGY_MUL > size {
        let mut all: Vec<Member> = s.iter().collect();
        while all.len() as u64 > count {
            let i = (rand() % all.len() as u64) as usize;
            all.swap_remove(i);
        }
        all
    } else {
        let mut seen = HashSet::with_capacity(count as usize);
        let mut picked = Vec::with_capacity(count as usize);
        while (picked.len() as u64) < count {
            let Some(m) = s.random(&mut rand) else { break };
            if seen.insert(m) {
                picked.push(m);
            }
        }
        picked
    };
    out.array(picked.len());
    for m in picked {
        reply_member(out, m);
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// SINTER, SMEMBERS, SINTERCARD, SINTERSTORE

/// What sinterGenericCommand does with the intersection.
enum InterOut<'a> {
    Reply,
    Card { limit: u64 },
    Store(&'a [u8]),
}

fn sinter(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    sinter_generic(ctx, &args[1..], InterOut::Reply)
}

fn sinterstore(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    sinter_generic(ctx, &args[2..], InterOut::Store(args[1]))
}

/// SINTERCARD numkeys key [key ...] [LIMIT limit]
fn sintercard(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let numkeys = num::parse_i64(args[1])
        .filter(|n| *n >= 1)
        .ok_or(Error::NUMKEYS)?;
    if numkeys as u64 > (args.len() - 2) as u64 {
        return Err(ERR_NUMKEYS_ARGS);
    }
    let numkeys = numkeys as usize;
    let mut limit = 0;
    let mut j = 2 + numkeys;
    while j < args.len() {
        if is(args[j], "LIMIT") && j + 1 < args.len() {
            j += 1;
            limit = num::parse_i64(args[j])
                .filter(|n| *n >= 0)
                .ok_or(ERR_LIMIT)? as u64;
        } else {
            return Err(Error::SYNTAX);
        }
        j += 1;
    }
    sinter_generic(ctx, &args[2..2 + numkeys], InterOut::Card { limit })
}

/// sinterGenericCommand: any missing key makes the result empty; otherwise the members of
/// the smallest set are checked against the others, and replied in that set's order.
fn sinter_generic(ctx: &mut Ctx, keys: &[&[u8]], how: InterOut) -> CmdResult {
    let srcs = Sources::take(&mut ctx.ks, keys)?;
    if srcs.any_missing() {
        srcs.restore(&mut ctx.ks);
        match how {
            InterOut::Store(dst) => store(ctx, dst, Set::default()),
            InterOut::Card { .. } => ctx.out.int(0),
            InterOut::Reply => ctx.out.set(0),
        }
        return Ok(());
    }
    let mut sets: Vec<&Set> = srcs
        .srcs
        .iter()
        .filter_map(|s| match s {
            Src::Set(s) => Some(&**s),
            _ => None,
        })
        .collect();
    // Stable, as the libc qsort Redis uses is for arrays this small.
    sets.sort_by_key(|s| s.len());
    let (first, rest) = sets.split_first().expect("no key is missing");
    let common = first
        .iter()
        .filter(|m| rest.iter().all(|o| o.contains_member(*m)));
    match how {
        InterOut::Reply => {
            let members: Vec<Member> = common.collect();
            ctx.out.set(members.len());
            for m in members {
                reply_member(ctx.out, m);
            }
            srcs.restore(&mut ctx.ks);
        }
        InterOut::Card { limit } => {
            let mut n = 0u64;
            for _ in common {
                n += 1;
                if limit != 0 && n >= limit {
                    break;
                }
            }
            ctx.out.int(n as i64);
            srcs.restore(&mut ctx.ks);
        }
        InterOut::Store(dst) => {
            let mut result = Set::default();
            for m in common {
                result.add_member(m);
            }
            srcs.restore(&mut ctx.ks);
            store(ctx, dst, result);
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// SUNION, SUNIONSTORE, SDIFF, SDIFFSTORE

#[derive(Clone, Copy, PartialEq, Eq)]
enum SetOp {
    Union,
    Diff,
}

fn sunion(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    sunion_diff(ctx, &args[1..], None, SetOp::Union)
}

fn sunionstore(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    sunion_diff(ctx, &args[2..], Some(args[1]), SetOp::Union)
}

fn sdiff(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    sunion_diff(ctx, &args[1..], None, SetOp::Diff)
}

fn sdiffstore(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    sunion_diff(ctx, &args[2..], Some(args[1]), SetOp::Diff)
}

/// sunionDiffGenericCommand: the result is built in a fresh set, then replied in that set's
/// order or stored.
fn sunion_diff(ctx: &mut Ctx, keys: &[&[u8]], dst: Option<&[u8]>, op: SetOp) -> CmdResult {
    let srcs = Sources::take(&mut ctx.ks, keys)?;
    let sets: Vec<Option<&Set>> = (0..keys.len()).map(|i| srcs.get(i)).collect();
    // A later key naming the first set makes the difference empty.
    let sameset = sets[0].is_some() && srcs.srcs[1..].iter().any(|s| matches!(s, Src::Dup(0)));
    let mut result = Set::default();
    match (op, sets[0]) {
        (SetOp::Union, _) => {
            for s in sets.iter().flatten() {
                for m in s.iter() {
                    result.add_member(m);
                }
            }
        }
        (SetOp::Diff, Some(_)) if sameset => {}
        (SetOp::Diff, Some(first)) => {
            // Redis's estimate of the work of each algorithm; the first one gets an edge.
            let present = sets.iter().flatten();
            let one: u128 = present.clone().map(|_| first.len() as u128).sum::<u128>() / 2;
            let two: u128 = present.map(|s| s.len() as u128).sum();
            if one <= two {
                // Members of the first set found in no other set.
                for m in first.iter() {
                    if !sets[1..].iter().flatten().any(|o| o.contains_member(m)) {
                        result.add_member(m);
                    }
                }
            } else {
                // Everything in the first set, then each other set's members taken out.
                for (j, s) in sets.iter().enumerate() {
                    let Some(s) = s else { continue };
                    for m in s.iter() {
                        if j == 0 {
                            result.add_member(m);
                        } else {
                            result.remove_member(m);
                        }
                    }
                    if result.is_empty() {
                        break;
                    }
                }
            }
        }
        (SetOp::Diff, None) => {}
    }
    srcs.restore(&mut ctx.ks);
    match dst {
        Some(dst) => store(ctx, dst, result),
        None => {
            ctx.out.set(result.len());
            for m in result.iter() {
                reply_member(ctx.out, m);
            }
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// SSCAN key cursor [MATCH pattern] [COUNT count]

/// The cursor is checked before the key, the options after its type (scanGenericCommand).
/// An intset is returned whole with cursor 0; a hashtable is walked with Dict::scan, COUNT
/// bounding the members gathered and ten table steps per COUNT.
fn sscan(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let cursor = num::parse_u64(args[2]).ok_or(Error::INVALID_CURSOR)?;
    let Some(s) = read_set(&mut ctx.ks, args[1])? else {
        ctx.out.array(2);
        ctx.out.bulk(b"0");
        ctx.out.array(0);
        return Ok(());
    };
    let ScanOpts { count, pattern, .. } = scan_opts(args, 3, false)?;

    let mut found: Vec<Vec<u8>> = Vec::new();
    let next = match s {
        Set::Intset(_) => {
            found.extend(s.iter().map(Member::to_vec));
            0
        }
        Set::Hashtable(_) => {
            let mut cursor = cursor;
            let mut steps_left = count.saturating_mul(10);
            loop {
                cursor = s
                    .scan(cursor, |k| found.push(k.to_vec()))
                    .expect("a hashtable scans");
                if cursor == 0 || steps_left == 0 {
                    break;
                }
                steps_left -= 1;
                if found.len() as u64 >= count {
                    break;
                }
            }
            cursor
        }
    };
    if let Some(p) = pattern {
        found.retain(|m| glob_match(p, m, false));
    }
    let mut c = Vec::with_capacity(20);
    num::write_u64(&mut c, next);
    ctx.out.array(2);
    ctx.out.bulk(&c);
    ctx.out.array(found.len());
    for m in &found {
        ctx.out.bulk(m);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::commands::table;
    use crate::commands::testing::TestShard;

    /// The members of a RESP2 array reply of bulk strings, in reply order.
    fn bulks(reply: &str) -> Vec<String> {
        let mut lines = reply.split("\r\n");
        let head = lines.next().unwrap_or("");
        assert!(head.starts_with('*') || head.starts_with('~'), "{reply:?}");
        let mut out = Vec::new();
        while let Some(l) = lines.next() {
            if l.starts_with('$') {
                out.push(lines.next().unwrap_or("").to_string());
            }
        }
        out
    }

    fn sorted(reply: &str) -> Vec<String> {
        let mut v = bulks(reply);
        v.sort();
        v
    }

    fn shard() -> TestShard {
        TestShard::new()
    }

    #[test]
    fn sadd_srem_scard_and_encodings() {
        let mut s = shard();
        assert_eq!(s.run("SADD s 3 1 2 1"), ":3\r\n");
        assert_eq!(s.run("OBJECT ENCODING s"), "$6\r\nintset\r\n");
        assert_eq!(
            s.run("SMEMBERS s"),
            "*3\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n3\r\n"
        );
        assert_eq!(s.run("SADD s a"), ":1\r\n");
        assert_eq!(s.run("OBJECT ENCODING s"), "$9\r\nhashtable\r\n");
        assert_eq!(s.run("SCARD s"), ":4\r\n");
        assert_eq!(s.run("SREM s 1 2 x"), ":2\r\n");
        assert_eq!(s.run("SREM s 3 a 7"), ":2\r\n");
        assert_eq!(s.run("EXISTS s"), ":0\r\n");
        assert_eq!(s.run("SREM s 1"), ":0\r\n");
        assert_eq!(s.run("SCARD s"), ":0\r\n");
        assert_eq!(s.run("SADD t x"), ":1\r\n");
        assert_eq!(s.run("OBJECT ENCODING t"), "$9\r\nhashtable\r\n");
    }

    #[test]
    fn wrong_type_everywhere() {
        let mut s = shard();
        s.run("SET str x");
        s.run("SADD s 1");
        let wt = "-WRONGTYPE Operation against a key holding the wrong kind of value\r\n";
        for line in [
            "SADD str 1",
            "SREM str 1",
            "SCARD str",
            "SISMEMBER str 1",
            "SMISMEMBER str 1",
            "SMEMBERS str",
            "SRANDMEMBER str",
            "SRANDMEMBER str 2",
            "SPOP str",
            "SPOP str 2",
            "SMOVE str s 1",
            "SMOVE s str 1",
            "SINTER s str",
            "SINTER nokey str",
            "SINTERCARD 2 s str",
            "SINTERSTORE d s str",
            "SUNION s str",
            "SUNIONSTORE d s str",
            "SDIFF s str",
            "SDIFFSTORE d nokey str",
            "SSCAN str 0",
        ] {
            assert_eq!(s.run(line), wt, "{line}");
        }
        // A missing source: 0 whatever the destination holds.
        assert_eq!(s.run("SMOVE nokey str 1"), ":0\r\n");
        // The sets read by a failed command are back in place.
        assert_eq!(s.run("SMEMBERS s"), "*1\r\n$1\r\n1\r\n");
        assert_eq!(s.run("GET str"), "$1\r\nx\r\n");
    }

    #[test]
    fn membership() {
        let mut s = shard();
        s.run("SADD s 1 a");
        assert_eq!(s.run("SISMEMBER s a"), ":1\r\n");
        assert_eq!(s.run("SISMEMBER s b"), ":0\r\n");
        assert_eq!(s.run("SISMEMBER nokey b"), ":0\r\n");
        assert_eq!(s.run("SMISMEMBER s a b 1"), "*3\r\n:1\r\n:0\r\n:1\r\n");
        assert_eq!(s.run("SMISMEMBER nokey a b"), "*2\r\n:0\r\n:0\r\n");
    }

    #[test]
    fn smove_cases() {
        let mut s = shard();
        s.run("SADD a 1 2");
        assert_eq!(s.run("SMOVE a b 1"), ":1\r\n");
        assert_eq!(s.run("OBJECT ENCODING b"), "$6\r\nintset\r\n");
        assert_eq!(s.run("SMOVE a b 5"), ":0\r\n");
        assert_eq!(s.run("SMOVE a a 2"), ":1\r\n");
        assert_eq!(s.run("SMOVE a a 5"), ":0\r\n");
        assert_eq!(s.run("SMOVE a b 2"), ":1\r\n");
        assert_eq!(s.run("EXISTS a"), ":0\r\n");
        assert_eq!(s.run("SMEMBERS b"), "*2\r\n$1\r\n1\r\n$1\r\n2\r\n");
        s.run("SADD c x");
        assert_eq!(s.run("SMOVE c b x"), ":1\r\n");
        assert_eq!(s.run("OBJECT ENCODING b"), "$9\r\nhashtable\r\n");
        s.run("SADD d 1");
        // Already in the destination: still moved out of the source.
        assert_eq!(s.run("SMOVE d b 1"), ":1\r\n");
        assert_eq!(s.run("EXISTS d"), ":0\r\n");
        assert_eq!(s.run("SCARD b"), ":3\r\n");
    }

    #[test]
    fn spop_and_srandmember() {
        let mut s = shard();
        assert_eq!(s.run("SPOP nokey"), "$-1\r\n");
        assert_eq!(s.run("SPOP nokey 3"), "*0\r\n");
        assert_eq!(s.run("SRANDMEMBER nokey"), "$-1\r\n");
        assert_eq!(s.run("SRANDMEMBER nokey 3"), "*0\r\n");
        assert_eq!(
            s.run("SPOP nokey -1"),
            "-ERR value is out of range, must be positive\r\n"
        );
        assert_eq!(s.run("SPOP k 1 2"), "-ERR syntax error\r\n");
        assert_eq!(s.run("SRANDMEMBER k 1 2"), "-ERR syntax error\r\n");
        s.run("SADD s 1 2 3 4 5");
        assert_eq!(s.run("SPOP s 0"), "*0\r\n");
        assert_eq!(s.run("SRANDMEMBER s 0"), "*0\r\n");
        assert_eq!(
            sorted(&s.run("SRANDMEMBER s 10")),
            ["1", "2", "3", "4", "5"]
        );
        assert_eq!(bulks(&s.run("SRANDMEMBER s -10")).len(), 10);
        for n in 1..=4 {
            let got = sorted(&s.run(&format!("SRANDMEMBER s {n}")));
            assert_eq!(got.len(), n);
            assert!(got.windows(2).all(|w| w[0] != w[1]));
        }
        let one = bulks(&s.run("SPOP s 1"));
        assert_eq!(one.len(), 1);
        assert_eq!(s.run(&format!("SISMEMBER s {}", one[0])), ":0\r\n");
        assert_eq!(bulks(&s.run("SPOP s 2")).len(), 2);
        assert_eq!(s.run("SCARD s"), ":2\r\n");
        assert_eq!(bulks(&s.run("SPOP s 5")).len(), 2);
        assert_eq!(s.run("EXISTS s"), ":0\r\n");
        s.run("SADD s a");
        assert_eq!(s.run("SPOP s"), "$1\r\na\r\n");
        assert_eq!(s.run("EXISTS s"), ":0\r\n");
    }

    #[test]
    fn spop_rebuilds_survivors_with_a_fresh_encoding() {
        let mut s = shard();
        let mut line = String::from("SADD s x");
        for i in 0..100 {
            line.push_str(&format!(" {i}"));
        }
        s.run(&line);
        assert_eq!(s.run("OBJECT ENCODING s"), "$9\r\nhashtable\r\n");
        // 101 members, 100 popped: one survivor.
        assert_eq!(bulks(&s.run("SPOP s 100")).len(), 100);
        assert_eq!(s.run("SCARD s"), ":1\r\n");
        let left = bulks(&s.run("SMEMBERS s"));
        let want = if left[0] == "x" {
            "hashtable"
        } else {
            "intset"
        };
        assert_eq!(
            s.run("OBJECT ENCODING s"),
            format!("${}\r\n{want}\r\n", want.len())
        );
    }

    #[test]
    fn set_algebra() {
        let mut s = shard();
        s.run("SADD a 1 2 3 4");
        s.run("SADD b 3 4 5");
        s.run("SADD c x 4 3");
        assert_eq!(sorted(&s.run("SINTER a b c")), ["3", "4"]);
        assert_eq!(s.run("SINTER a b"), "*2\r\n$1\r\n3\r\n$1\r\n4\r\n");
        assert_eq!(s.run("SINTER a nokey"), "*0\r\n");
        assert_eq!(
            s.run("SINTER a a"),
            "*4\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n3\r\n$1\r\n4\r\n"
        );
        assert_eq!(s.run("SINTERCARD 3 a b c"), ":2\r\n");
        assert_eq!(s.run("SINTERCARD 2 a b LIMIT 1"), ":1\r\n");
        assert_eq!(s.run("SINTERCARD 2 a b LIMIT 0"), ":2\r\n");
        assert_eq!(s.run("SINTERCARD 1 a"), ":4\r\n");
        assert_eq!(
            s.run("SUNION a b"),
            "*5\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\n3\r\n$1\r\n4\r\n$1\r\n5\r\n"
        );
        assert_eq!(
            sorted(&s.run("SUNION a c nokey")),
            ["1", "2", "3", "4", "x"]
        );
        assert_eq!(s.run("SDIFF a b"), "*2\r\n$1\r\n1\r\n$1\r\n2\r\n");
        assert_eq!(s.run("SDIFF a b c a"), "*0\r\n");
        assert_eq!(s.run("SDIFF nokey a"), "*0\r\n");
        assert_eq!(s.run("SDIFF c a"), "*1\r\n$1\r\nx\r\n");
        assert_eq!(s.run("SINTERSTORE d a b"), ":2\r\n");
        assert_eq!(s.run("OBJECT ENCODING d"), "$6\r\nintset\r\n");
        assert_eq!(s.run("SUNIONSTORE d a c"), ":5\r\n");
        assert_eq!(s.run("OBJECT ENCODING d"), "$9\r\nhashtable\r\n");
        assert_eq!(s.run("SDIFFSTORE d c a"), ":1\r\n");
        assert_eq!(s.run("SMEMBERS d"), "*1\r\n$1\r\nx\r\n");
        // The destination may be a source.
        assert_eq!(s.run("SUNIONSTORE a a b"), ":5\r\n");
        assert_eq!(s.run("SCARD a"), ":5\r\n");
        // An empty result deletes the destination, whatever it held.
        s.run("SET str v");
        assert_eq!(s.run("SINTERSTORE str a nokey"), ":0\r\n");
        assert_eq!(s.run("EXISTS str"), ":0\r\n");
        s.run("SET str v");
        assert_eq!(s.run("SDIFFSTORE str a a"), ":0\r\n");
        assert_eq!(s.run("EXISTS str"), ":0\r\n");
        s.run("SET str v");
        assert_eq!(s.run("SUNIONSTORE str a"), ":5\r\n");
        assert_eq!(s.run("TYPE str"), "+set\r\n");
    }

    #[test]
    fn sintercard_errors() {
        let mut s = shard();
        let numkeys = "-ERR numkeys should be greater than 0\r\n";
        assert_eq!(s.run("SINTERCARD 0 a"), numkeys);
        assert_eq!(s.run("SINTERCARD -1 a"), numkeys);
        assert_eq!(s.run("SINTERCARD x a"), numkeys);
        assert_eq!(
            s.run("SINTERCARD 3 a b"),
            "-ERR Number of keys can't be greater than number of args\r\n"
        );
        assert_eq!(
            s.run("SINTERCARD 1 a LIMIT -1"),
            "-ERR LIMIT can't be negative\r\n"
        );
        assert_eq!(
            s.run("SINTERCARD 1 a LIMIT x"),
            "-ERR LIMIT can't be negative\r\n"
        );
        assert_eq!(s.run("SINTERCARD 1 a LIMIT"), "-ERR syntax error\r\n");
        assert_eq!(s.run("SINTERCARD 1 a FOO 1"), "-ERR syntax error\r\n");
        let c = table().get(b"sintercard").unwrap();
        let mut pos = Vec::new();
        let args: Vec<&[u8]> = vec![b"sintercard", b"2", b"a", b"b", b"LIMIT", b"1"];
        c.key_positions(&args, &mut pos);
        assert_eq!(pos, [2, 3]);
        // Short argument lists (before any arity check) find nothing and don't panic.
        for short in [&[&b"sintercard"[..]][..], &[b"sintercard", b"1"]] {
            c.key_positions(short, &mut pos);
            assert!(pos.is_empty());
        }
        for bad in [&b"0"[..], b"3", b"x", b"-1"] {
            let args: Vec<&[u8]> = vec![b"sintercard", bad, b"a", b"b"];
            c.key_positions(&args, &mut pos);
            assert!(pos.is_empty());
        }
    }

    #[test]
    fn sscan_intset_and_hashtable() {
        let mut s = shard();
        assert_eq!(s.run("SSCAN nokey 0"), "*2\r\n$1\r\n0\r\n*0\r\n");
        assert_eq!(s.run("SSCAN nokey x"), "-ERR invalid cursor\r\n");
        s.run("SADD s 10 2 3");
        assert_eq!(
            s.run("SSCAN s 7 COUNT 1"),
            "*2\r\n$1\r\n0\r\n*3\r\n$1\r\n2\r\n$1\r\n3\r\n$2\r\n10\r\n"
        );
        assert_eq!(
            s.run("SSCAN s 0 MATCH 1*"),
            "*2\r\n$1\r\n0\r\n*1\r\n$2\r\n10\r\n"
        );
        assert_eq!(s.run("SSCAN s 0 COUNT 0"), "-ERR syntax error\r\n");
        assert_eq!(s.run("SSCAN s 0 TYPE set"), "-ERR syntax error\r\n");
        assert_eq!(
            s.run("SSCAN s 0 COUNT x"),
            "-ERR value is not an integer or out of range\r\n"
        );
        let mut line = String::from("SADD h");
        for i in 0..500 {
            line.push_str(&format!(" m{i}"));
        }
        s.run(&line);
        let mut seen = std::collections::BTreeSet::new();
        let mut cursor = "0".to_string();
        loop {
            let r = s.run(&format!("SSCAN h {cursor} COUNT 20 MATCH m1*"));
            let mut parts = r.split("\r\n");
            parts.next();
            parts.next();
            cursor = parts.next().unwrap().to_string();
            let rest: Vec<&str> = parts.collect();
            let inner = rest.join("\r\n");
            for m in bulks(&inner) {
                assert!(m.starts_with("m1"));
                seen.insert(m);
            }
            if cursor == "0" {
                break;
            }
        }
        assert_eq!(seen.len(), 111);
    }

    #[test]
    fn resp3_replies_are_sets() {
        let mut s = shard();
        s.client.resp = 3;
        s.run("SADD a 1 2");
        assert_eq!(s.run("SMEMBERS a"), "~2\r\n$1\r\n1\r\n$1\r\n2\r\n");
        assert_eq!(s.run("SMEMBERS nokey"), "~0\r\n");
        assert_eq!(s.run("SUNION a"), "~2\r\n$1\r\n1\r\n$1\r\n2\r\n");
        assert_eq!(s.run("SRANDMEMBER a 5"), "*2\r\n$1\r\n1\r\n$1\r\n2\r\n");
        assert_eq!(s.run("SPOP nokey 1"), "~0\r\n");
        assert_eq!(s.run("SPOP nokey"), "_\r\n");
        assert_eq!(s.run("SPOP a 5"), "~2\r\n$1\r\n1\r\n$1\r\n2\r\n");
    }
}
