//! List commands (t_list.c): pushes and pops at both ends, ranges, LINSERT/LSET/LREM/LTRIM,
//! LPOS, and the moves between lists (LMOVE, RPOPLPUSH, LMPOP) on quicklist values.
//!
//! A list is created by its first push with the `list-max-listpack-size` in force then (as
//! Redis fixes a quicklist's fill at creation) and deleted as soon as it is empty. Arguments
//! are checked in Redis 7.0.15's order (some commands parse numbers before they look the key
//! up, others after), because that order decides which error a client sees. The blocking
//! variants (BLPOP...) belong to the blocking layer, not here.
use super::short::*;
use super::{arg_i64, arg_range, reply_entry, word, CmdResult, Command, Ctx, Error, Keyspace};
use crate::protocol::ReplyBuf;
use crate::storage::listpack::Entry;
use crate::storage::quicklist::Quicklist;
use crate::storage::{limits, Value};

super::family_cmd!("list");

/// Arity, flags, key positions, summary and version as Redis 7.0's src/commands/*.json.
#[rustfmt::skip] // one line per command reads as a table
pub static COMMANDS: &[Command] = &[
    cmd("lindex", 3, RO, K1, lindex, "1.0.0", "Get an element from a list by its index"),
    cmd("linsert", 5, WD, K1, linsert, "2.2.0",
        "Insert an element before or after another element in a list"),
    cmd("llen", 2, RO | FAST, K1, llen, "1.0.0", "Get the length of a list"),
    cmd("lmove", 5, WD, K1_2, lmove, "6.2.0",
        "Pop an element from a list, push it to another list and return it"),
    cmd("lmpop", -4, W, K_NUMKEYS_1, lmpop, "7.0.0", "Pop elements from a list"),
    cmd("lpop", -2, W | FAST, K1, lpop, "1.0.0", "Remove and get the first elements in a list"),
    cmd("lpos", -3, RO, K1, lpos, "6.0.6", "Return the index of matching elements on a list"),
    cmd("lpush", -3, WD | FAST, K1, lpush, "1.0.0", "Prepend one or multiple elements to a list"),
    cmd("lpushx", -3, WD | FAST, K1, lpushx, "2.2.0",
        "Prepend an element to a list, only if the list exists"),
    cmd("lrange", 4, RO, K1, lrange, "1.0.0", "Get a range of elements from a list"),
    cmd("lrem", 4, W, K1, lrem, "1.0.0", "Remove elements from a list"),
    cmd("lset", 4, WD, K1, lset, "1.0.0", "Set the value of an element in a list by its index"),
    cmd("ltrim", 4, W, K1, ltrim, "1.0.0", "Trim a list to the specified range"),
    cmd("rpop", -2, W | FAST, K1, rpop, "1.0.0", "Remove and get the last elements in a list"),
    cmd("rpoplpush", 3, WD, K1_2, rpoplpush, "1.2.0",
        "Remove the last element in a list, prepend it to another list and return it"),
    cmd("rpush", -3, WD | FAST, K1, rpush, "1.0.0", "Append one or multiple elements to a list"),
    cmd("rpushx", -3, WD | FAST, K1, rpushx, "2.2.0",
        "Append an element to a list, only if the list exists"),
];

const ERR_INDEX: Error = Error::fixed("ERR index out of range");
const ERR_RANK_ZERO: Error = Error::fixed(
    "ERR RANK can't be zero: use 1 to start from the first match, 2 from the second ... \
     or use negative to start from the end of the list",
);
const ERR_COUNT_NEGATIVE: Error = Error::fixed("ERR COUNT can't be negative");
const ERR_MAXLEN_NEGATIVE: Error = Error::fixed("ERR MAXLEN can't be negative");

/// LIST_HEAD / LIST_TAIL.
#[derive(Clone, Copy, PartialEq, Eq)]
enum End {
    Head,
    Tail,
}

// ---------------------------------------------------------------------------------------------
// Helpers

/// getListPositionFromObjectOrReply: LEFT or RIGHT.
fn arg_end(arg: &[u8]) -> Result<End, Error> {
    if word(arg, "right") {
        Ok(End::Tail)
    } else if word(arg, "left") {
        Ok(End::Head)
    } else {
        Err(Error::SYNTAX)
    }
}

/// The list at `key` (None if there is none), looked up for reading (`read`: counts a hit or
/// a miss) or writing; WRONGTYPE for a key of another type.
fn list_at<'a>(
    ks: &'a mut Keyspace,
    key: &[u8],
    read: bool,
) -> Result<Option<&'a mut Quicklist>, Error> {
    let e = if read { ks.read(key) } else { ks.write(key) };
    match e {
        None => Ok(None),
        Some(e) => match &mut e.value {
            Value::List(q) => Ok(Some(q)),
            _ => Err(Error::WRONGTYPE),
        },
    }
}

/// The list at `key` again, for a command that already looked it up (and checked its type):
/// no second access is recorded.
fn untouched_list<'a>(ks: &'a mut Keyspace, key: &[u8]) -> Option<&'a mut Quicklist> {
    let now = ks.now_ms;
    match &mut ks.db().lookup(key, now, false)?.value {
        Value::List(q) => Some(q),
        _ => None,
    }
}

/// Replies with every element of `it` as an array.
fn reply_entries<'a>(out: &mut ReplyBuf, it: impl ExactSizeIterator<Item = Entry<'a>>) {
    out.array(it.len());
    for e in it {
        reply_entry(out, e);
    }
}

fn push(q: &mut Quicklist, end: End, v: &[u8]) {
    match end {
        End::Head => q.push_front(v),
        End::Tail => q.push_back(v),
    }
}

fn pop(q: &mut Quicklist, end: End) -> Option<Vec<u8>> {
    match end {
        End::Head => q.pop_front(),
        End::Tail => q.pop_back(),
    }
}

/// Replies with up to `count` elements taken from `end` (in the order they are popped) and
/// removes them; returns how many.
fn pop_range_reply(out: &mut ReplyBuf, q: &mut Quicklist, end: End, count: usize) -> usize {
    let n = count.min(q.len());
    let start = match end {
        End::Head => 0,
        End::Tail => q.len() - n,
    };
    match end {
        End::Head => reply_entries(out, q.range(start, start + n)),
        End::Tail => reply_entries(out, q.range(start, start + n).rev()),
    }
    q.remove_range(start, n);
    n
}

/// A new empty list with the fill in force now.
fn new_list() -> Quicklist {
    Quicklist::new(limits::list_fill())
}

// ---------------------------------------------------------------------------------------------
// Pushes

/// pushGenericCommand: `xx` pushes only onto an existing list (LPUSHX/RPUSHX).
fn push_generic(ctx: &mut Ctx, args: &[&[u8]], end: End, xx: bool) -> CmdResult {
    let key = args[1];
    let elements = &args[2..];
    match list_at(&mut ctx.ks, key, false)? {
        Some(q) => {
            for v in elements {
                push(q, end, v);
            }
            ctx.out.int(q.len() as i64);
        }
        None if xx => ctx.out.int(0),
        None => {
            let mut q = new_list();
            for v in elements {
                push(&mut q, end, v);
            }
            ctx.out.int(q.len() as i64);
            let now = ctx.ks.now_ms;
            ctx.ks.db().set(key, Value::List(Box::new(q)), now);
        }
    }
    Ok(())
}

fn lpush(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    push_generic(ctx, args, End::Head, false)
}

fn rpush(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    push_generic(ctx, args, End::Tail, false)
}

fn lpushx(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    push_generic(ctx, args, End::Head, true)
}

fn rpushx(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    push_generic(ctx, args, End::Tail, true)
}

// ---------------------------------------------------------------------------------------------
// Pops

/// popGenericCommand: `LPOP key` replies with a bulk (nil when missing); `LPOP key count` with
/// an array (a null array when missing, an empty one for count 0).
fn pop_generic(ctx: &mut Ctx, args: &[&[u8]], end: End) -> CmdResult {
    if args.len() > 3 {
        return Err(Error::arity(match end {
            End::Head => "lpop",
            End::Tail => "rpop",
        }));
    }
    let count = match args.get(2) {
        Some(a) => Some(arg_range(a, 0, i64::MAX, Error::NOT_POSITIVE)?),
        None => None,
    };
    let key = args[1];
    let Some(q) = list_at(&mut ctx.ks, key, false)? else {
        match count {
            Some(_) => ctx.out.null_array(),
            None => ctx.out.null(),
        }
        return Ok(());
    };
    match count {
        Some(0) => {
            ctx.out.array(0);
            super::changed_nothing();
            return Ok(());
        }
        Some(n) => {
            pop_range_reply(ctx.out, q, end, n as usize);
        }
        None => match pop(q, end) {
            Some(v) => ctx.out.bulk(&v),
            // Lists are deleted when they empty, so this is not reached.
            None => ctx.out.null(),
        },
    }
    if q.is_empty() {
        ctx.ks.db().remove(key);
    }
    Ok(())
}

fn lpop(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    pop_generic(ctx, args, End::Head)
}

fn rpop(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    pop_generic(ctx, args, End::Tail)
}

/// LMPOP numkeys key [key ...] LEFT|RIGHT [COUNT count]: pops from the first non-empty list,
/// replying [key, [elements]]; a null array when every list is missing.
fn lmpop(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let numkeys = arg_range(args[1], 1, i64::MAX, Error::NUMKEYS)?;
    let where_idx = match usize::try_from(numkeys).ok().and_then(|n| n.checked_add(2)) {
        Some(i) if i < args.len() => i,
        _ => return Err(Error::SYNTAX),
    };
    let end = arg_end(args[where_idx])?;
    let mut count = None;
    let mut j = where_idx + 1;
    while j < args.len() {
        let more = j + 1 < args.len();
        if count.is_none() && word(args[j], "count") && more {
            j += 1;
            count = Some(arg_range(args[j], 1, i64::MAX, Error::COUNT_ZERO)?);
        } else {
            return Err(Error::SYNTAX);
        }
        j += 1;
    }
    let count = count.unwrap_or(1) as usize;
    for (i, &key) in args[2..where_idx].iter().enumerate() {
        let Some(q) = list_at(&mut ctx.ks, key, false)? else {
            continue;
        };
        if q.is_empty() {
            continue;
        }
        super::changed_only_arg(2 + i);
        ctx.out.array(2);
        ctx.out.bulk(key);
        pop_range_reply(ctx.out, q, end, count);
        if q.is_empty() {
            ctx.ks.db().remove(key);
        }
        return Ok(());
    }
    ctx.out.null_array();
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Reads

fn llen(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let n = list_at(&mut ctx.ks, args[1], true)?.map_or(0, |q| q.len());
    ctx.out.int(n as i64);
    Ok(())
}

/// LINDEX key index: the key is checked before the index is parsed.
fn lindex(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let Some(q) = list_at(&mut ctx.ks, args[1], true)? else {
        ctx.out.null();
        return Ok(());
    };
    let index = arg_i64(args[2])?;
    match isize::try_from(index).ok().and_then(|i| q.get(i)) {
        Some(e) => reply_entry(ctx.out, e),
        None => ctx.out.null(),
    }
    Ok(())
}

/// LRANGE key start stop: the indices are parsed before the key is looked up.
fn lrange(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let start = arg_i64(args[2])?;
    let stop = arg_i64(args[3])?;
    match list_at(&mut ctx.ks, args[1], true)? {
        None => ctx.out.array(0),
        Some(q) => reply_entries(ctx.out, q.lrange(start as isize, stop as isize)),
    }
    Ok(())
}

/// LPOS key element [RANK rank] [COUNT num-matches] [MAXLEN len]
fn lpos(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let ele = args[2];
    let mut rank: i64 = 1;
    let mut count: i64 = -1; // -1: no COUNT option
    let mut maxlen: i64 = 0;
    let mut j = 3;
    while j < args.len() {
        let more = j + 1 < args.len();
        if word(args[j], "rank") && more {
            j += 1;
            rank = arg_i64(args[j])?;
            if rank == 0 {
                return Err(ERR_RANK_ZERO);
            }
        } else if word(args[j], "count") && more {
            j += 1;
            count = arg_range(args[j], 0, i64::MAX, ERR_COUNT_NEGATIVE)?;
        } else if word(args[j], "maxlen") && more {
            j += 1;
            maxlen = arg_range(args[j], 0, i64::MAX, ERR_MAXLEN_NEGATIVE)?;
        } else {
            return Err(Error::SYNTAX);
        }
        j += 1;
    }
    // Redis negates the rank in a C long: RANK of i64::MIN stays negative and so matches
    // from the first match on; the wrapping arithmetic below keeps that.
    let from_tail = rank < 0;
    if from_tail {
        rank = rank.wrapping_neg();
    }
    let Some(q) = list_at(&mut ctx.ks, args[1], true)? else {
        if count != -1 {
            ctx.out.array(0);
        } else {
            ctx.out.null();
        }
        return Ok(());
    };
    let llen = q.len() as i64;
    let mut found: Vec<i64> = Vec::new();
    let mut matchindex: i64 = -1;
    let mut matches: i64 = 0;
    let mut scan = |e: Entry<'_>, index: i64| -> bool {
        if maxlen != 0 && index >= maxlen {
            return false;
        }
        if e.eq_bytes(ele) {
            matches += 1;
            matchindex = if from_tail { llen - index - 1 } else { index };
            if matches >= rank {
                if count == -1 {
                    return false;
                }
                found.push(matchindex);
                if count != 0 && matches.wrapping_sub(rank).wrapping_add(1) >= count {
                    return false;
                }
            }
        }
        matchindex = -1;
        true
    };
    if from_tail {
        for (i, e) in q.iter().rev().enumerate() {
            if !scan(e, i as i64) {
                break;
            }
        }
    } else {
        for (i, e) in q.iter().enumerate() {
            if !scan(e, i as i64) {
                break;
            }
        }
    }
    if count != -1 {
        ctx.out.array(found.len());
        for i in found {
            ctx.out.int(i);
        }
    } else if matchindex != -1 {
        ctx.out.int(matchindex);
    } else {
        ctx.out.null();
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Updates in place

/// LINSERT key BEFORE|AFTER pivot element: the new length, -1 without the pivot, 0 without
/// the key.
fn linsert(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let after = if word(args[2], "after") {
        true
    } else if word(args[2], "before") {
        false
    } else {
        return Err(Error::SYNTAX);
    };
    let Some(q) = list_at(&mut ctx.ks, args[1], false)? else {
        ctx.out.int(0);
        return Ok(());
    };
    let inserted = if after {
        q.insert_after(args[3], args[4])
    } else {
        q.insert_before(args[3], args[4])
    };
    if !inserted {
        super::changed_nothing();
    }
    ctx.out.int(if inserted { q.len() as i64 } else { -1 });
    Ok(())
}

/// LSET key index element: the key is checked before the index is parsed.
fn lset(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let Some(q) = list_at(&mut ctx.ks, args[1], false)? else {
        return Err(Error::NO_SUCH_KEY);
    };
    let index = arg_i64(args[2])?;
    match isize::try_from(index) {
        Ok(i) if q.set(i, args[3]) => ctx.out.ok(),
        _ => return Err(ERR_INDEX),
    }
    Ok(())
}

/// LREM key count element
fn lrem(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let key = args[1];
    let count = arg_i64(args[2])?;
    let Some(q) = list_at(&mut ctx.ks, key, false)? else {
        ctx.out.int(0);
        return Ok(());
    };
    let removed = q.remove_matching(args[3], count as isize);
    if removed == 0 {
        super::changed_nothing();
    }
    ctx.out.int(removed as i64);
    if q.is_empty() {
        ctx.ks.db().remove(key);
    }
    Ok(())
}

/// LTRIM key start stop: the indices are parsed before the key is looked up.
fn ltrim(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let key = args[1];
    let start = arg_i64(args[2])?;
    let stop = arg_i64(args[3])?;
    if let Some(q) = list_at(&mut ctx.ks, key, false)? {
        q.trim(start as isize, stop as isize);
        if q.is_empty() {
            ctx.ks.db().remove(key);
        }
    }
    ctx.out.ok();
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Moves between lists

/// lmoveGenericCommand: pops from `src` at `from` and pushes at `to` of `dst`, replying with
/// the element. A destination of another type fails before anything is popped; the same key
/// on both sides rotates the list. Each key is looked up (touched) once, the same key twice,
/// as in Redis: under an LFU policy every lookup may bump the access counter.
fn lmove_generic(ctx: &mut Ctx, src: &[u8], dst: &[u8], from: End, to: End) -> CmdResult {
    if list_at(&mut ctx.ks, src, false)?.is_none() {
        // No source: the destination is not touched either (Redis signals nothing).
        super::changed_nothing();
        ctx.out.null();
        return Ok(());
    }
    let dst_list = list_at(&mut ctx.ks, dst, false)?;
    if src == dst {
        // One list: the element goes round and the key (with its TTL) stays.
        let Some(q) = dst_list else {
            ctx.out.null();
            return Ok(());
        };
        let Some(v) = pop(q, from) else {
            ctx.out.null();
            return Ok(());
        };
        push(q, to, &v);
        ctx.out.bulk(&v);
        return Ok(());
    }
    let now = ctx.ks.now_ms;
    let Some(q) = untouched_list(&mut ctx.ks, src) else {
        ctx.out.null();
        return Ok(());
    };
    let Some(v) = pop(q, from) else {
        ctx.out.null();
        return Ok(());
    };
    if q.is_empty() {
        ctx.ks.db().remove(src);
    }
    match untouched_list(&mut ctx.ks, dst) {
        Some(d) => push(d, to, &v),
        None => {
            let mut d = new_list();
            push(&mut d, to, &v);
            ctx.ks.db().set(dst, Value::List(Box::new(d)), now);
        }
    }
    ctx.out.bulk(&v);
    Ok(())
}

/// LMOVE source destination LEFT|RIGHT LEFT|RIGHT
fn lmove(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let from = arg_end(args[3])?;
    let to = arg_end(args[4])?;
    lmove_generic(ctx, args[1], args[2], from, to)
}

/// RPOPLPUSH source destination: LMOVE source destination RIGHT LEFT.
fn rpoplpush(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    lmove_generic(ctx, args[1], args[2], End::Tail, End::Head)
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
    fn table_entries() {
        let t = crate::commands::table();
        for name in [
            "lindex",
            "linsert",
            "llen",
            "lmove",
            "lmpop",
            "lpop",
            "lpos",
            "lpush",
            "lpushx",
            "lrange",
            "lrem",
            "lset",
            "ltrim",
            "rpop",
            "rpoplpush",
            "rpush",
            "rpushx",
        ] {
            let c = t.get(name.as_bytes()).unwrap_or_else(|| panic!("{name}"));
            assert_eq!(c.group, "list", "{name}");
        }
        assert_eq!(t.get(b"lmove").unwrap().legacy_key_range(), (1, 2, 1));
        assert_eq!(t.get(b"lmpop").unwrap().legacy_key_range(), (0, 0, 0));
    }

    #[test]
    fn lmpop_keys_follow_numkeys() {
        let c = crate::commands::table().get(b"lmpop").unwrap();
        let mut pos = Vec::new();
        let args: Vec<&[u8]> = vec![b"lmpop", b"2", b"a", b"b", b"left"];
        c.key_positions(&args, &mut pos);
        assert_eq!(pos, [2, 3]);
        for bad in [&b"0"[..], b"-1", b"x", b"4", b"99999999999999999999"] {
            let args: Vec<&[u8]> = vec![b"lmpop", bad, b"a", b"b", b"left"];
            c.key_positions(&args, &mut pos);
            assert!(pos.is_empty(), "{bad:?}");
        }
    }

    #[test]
    fn push_pop_and_delete_when_empty() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                ("RPUSH l a b c", ":3\r\n"),
                ("LPUSH l z", ":4\r\n"),
                ("LPOP l 2", "*2\r\n$1\r\nz\r\n$1\r\na\r\n"),
                ("RPOP l 5", "*2\r\n$1\r\nc\r\n$1\r\nb\r\n"),
                ("EXISTS l", ":0\r\n"),
                ("LPOP l", "$-1\r\n"),
                ("LPOP l 1", "*-1\r\n"),
                (
                    "LPOP l -1",
                    "-ERR value is out of range, must be positive\r\n",
                ),
                (
                    "LPOP l 1 2",
                    "-ERR wrong number of arguments for 'lpop' command\r\n",
                ),
                ("RPUSHX l a", ":0\r\n"),
            ],
        );
        s.client.resp = 3;
        expect(&mut s, &[("LPOP l", "_\r\n"), ("LPOP l 1", "_\r\n")]);
    }

    #[test]
    fn lmove_rotates_and_checks_the_destination_type_first() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                ("RPUSH l 1 2 3", ":3\r\n"),
                ("LMOVE l l LEFT RIGHT", "$1\r\n1\r\n"),
                ("LRANGE l 0 -1", "*3\r\n$1\r\n2\r\n$1\r\n3\r\n$1\r\n1\r\n"),
                ("SET s x", "+OK\r\n"),
                (
                    "RPOPLPUSH l s",
                    "-WRONGTYPE Operation against a key holding the wrong kind of value\r\n",
                ),
                ("LLEN l", ":3\r\n"),
                ("LMOVE l d RIGHT LEFT", "$1\r\n1\r\n"),
                ("LMOVE l d up LEFT", "-ERR syntax error\r\n"),
                (
                    "LMPOP 2 x d LEFT COUNT 9",
                    "*2\r\n$1\r\nd\r\n*1\r\n$1\r\n1\r\n",
                ),
                ("EXISTS d", ":0\r\n"),
            ],
        );
    }

    #[test]
    fn lpos_rank_count_maxlen() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                ("RPUSH l a b a c a", ":5\r\n"),
                ("LPOS l a", ":0\r\n"),
                ("LPOS l a RANK -1", ":4\r\n"),
                ("LPOS l a RANK 2 COUNT 0", "*2\r\n:2\r\n:4\r\n"),
                ("LPOS l a COUNT 0 MAXLEN 3", "*2\r\n:0\r\n:2\r\n"),
                (
                    "LPOS l a RANK -9223372036854775808 COUNT 1",
                    "*3\r\n:4\r\n:2\r\n:0\r\n",
                ),
                ("LPOS l z", "$-1\r\n"),
                ("LPOS nokey z COUNT 1", "*0\r\n"),
            ],
        );
    }
}
