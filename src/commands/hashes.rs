//! Hash commands (t_hash.c): HSET/HMSET/HSETNX, HGET/HMGET, HDEL, HLEN, HSTRLEN, HEXISTS,
//! HGETALL/HKEYS/HVALS, HINCRBY/HINCRBYFLOAT, HRANDFIELD and HSCAN, on `storage::hash`.
//!
//! Replies and errors are Redis 7.0.15's, in the order Redis checks things: argument syntax
//! and numbers first where Redis parses them first (HINCRBY's increment, HSCAN's cursor,
//! HRANDFIELD's count), then the key's type. A hash is created by its first write and the
//! key deleted when its last field goes. Encoding conversions happen inside `Hash` at the
//! same points as Redis's (hashTypeTryConversion before HSET/HSETNX write, hashTypeSet's own
//! checks), so OBJECT ENCODING agrees.
use super::short::*;
use super::{
    is, random_u64, reply_entry, scan_opts, CmdResult, Command, Ctx, Error, KeyedFn, Keyspace,
    ScanOpts,
};
use crate::num::{self, LongDouble};
use crate::storage::glob::glob_match;
use crate::storage::hash::Hash;
use crate::storage::listpack::Entry as Field;
use crate::storage::{Entry, Value};

const fn cmd(
    name: &'static str,
    arity: i32,
    flags: u32,
    f: KeyedFn,
    since: &'static str,
    summary: &'static str,
) -> Command {
    Command::keyed("hash", name, arity, flags, K1, f, since, summary)
}

/// Arity, flags, key positions, summary and version as Redis 7.0's src/commands/*.json.
#[rustfmt::skip] // one line per command reads as a table
pub static COMMANDS: &[Command] = &[
    cmd("hdel", -3, W | FAST, hdel, "2.0.0", "Delete one or more hash fields"),
    cmd("hexists", 3, RO | FAST, hexists, "2.0.0", "Determine if a hash field exists"),
    cmd("hget", 3, RO | FAST, hget, "2.0.0", "Get the value of a hash field"),
    cmd("hgetall", 2, RO, hgetall, "2.0.0", "Get all the fields and values in a hash"),
    cmd("hincrby", 4, WD | FAST, hincrby, "2.0.0",
        "Increment the integer value of a hash field by the given number"),
    cmd("hincrbyfloat", 4, WD | FAST, hincrbyfloat, "2.6.0",
        "Increment the float value of a hash field by the given amount"),
    cmd("hkeys", 2, RO, hkeys, "2.0.0", "Get all the fields in a hash"),
    cmd("hlen", 2, RO | FAST, hlen, "2.0.0", "Get the number of fields in a hash"),
    cmd("hmget", -3, RO | FAST, hmget, "2.0.0", "Get the values of all the given hash fields"),
    cmd("hmset", -4, WD | FAST, hset, "2.0.0", "Set multiple hash fields to multiple values"),
    cmd("hrandfield", -2, RO, hrandfield, "6.2.0", "Get one or multiple random fields from a hash"),
    cmd("hscan", -3, RO, hscan, "2.8.0", "Incrementally iterate hash fields and associated values"),
    cmd("hset", -4, WD | FAST, hset, "2.0.0", "Set the string value of a hash field"),
    cmd("hsetnx", 4, WD | FAST, hsetnx, "2.0.0",
        "Set the value of a hash field, only if the field does not exist"),
    cmd("hstrlen", 3, RO | FAST, hstrlen, "3.2.0", "Get the length of the value of a hash field"),
    cmd("hvals", 2, RO, hvals, "2.0.0", "Get all the values in a hash"),
];

const ERR_NOT_INTEGER: Error = Error::fixed("ERR hash value is not an integer");
const ERR_NOT_FLOAT: Error = Error::fixed("ERR hash value is not a float");
const ERR_INCR_NAN: Error = Error::fixed("ERR value is NaN or Infinity");
const ERR_RESULT_NAN: Error = Error::fixed("ERR increment would produce NaN or Infinity");

// ---------------------------------------------------------------------------------------------
// Lookups

/// The hash at `key` for reading (counts a hit or miss): None if missing, WRONGTYPE if another
/// type.
fn read<'a>(ks: &'a mut Keyspace, key: &[u8]) -> Result<Option<&'a mut Hash>, Error> {
    match ks.read(key) {
        None => Ok(None),
        Some(Entry {
            value: Value::Hash(h),
            ..
        }) => Ok(Some(h)),
        Some(_) => Err(Error::WRONGTYPE),
    }
}

/// hashTypeLookupWriteOrCreate: runs `f` on the hash at `key`, or on a new one that joins the
/// keyspace if `f` succeeds and leaves it non-empty. One lookup on the hot path (the key
/// exists); Redis creates the key first, but nothing can fail on a new hash, so no reply differs.
fn update<R>(
    ks: &mut Keyspace,
    key: &[u8],
    f: impl FnOnce(&mut Hash) -> Result<R, Error>,
) -> Result<R, Error> {
    match ks.write(key) {
        Some(e) => match &mut e.value {
            Value::Hash(h) => f(h),
            _ => Err(Error::WRONGTYPE),
        },
        None => {
            let mut h = Hash::new();
            let r = f(&mut h)?;
            if !h.is_empty() {
                let now = ks.now_ms;
                ks.db().set(key, Value::Hash(Box::new(h)), now);
            }
            Ok(r)
        }
    }
}

/// The hash at `key` for a write that only changes an existing one (HDEL).
fn write<'a>(ks: &'a mut Keyspace, key: &[u8]) -> Result<Option<&'a mut Hash>, Error> {
    match ks.write(key) {
        None => Ok(None),
        Some(Entry {
            value: Value::Hash(h),
            ..
        }) => Ok(Some(h)),
        Some(_) => Err(Error::WRONGTYPE),
    }
}

// ---------------------------------------------------------------------------------------------
// Writes

/// HSET key field value [field value ...] (the number of fields added) and HMSET (OK).
fn hset(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    // The name tells them apart, as hsetCommand does with argv[0][1].
    let is_hset = matches!(args[0].get(1), Some(b's' | b'S'));
    if args.len() % 2 == 1 {
        return Err(Error::arity(if is_hset { "hset" } else { "hmset" }));
    }
    let created = update(&mut ctx.ks, args[1], |h| {
        h.convert_for(&args[2..]);
        let mut created = 0;
        for pair in args[2..].chunks_exact(2) {
            created += h.set(pair[0], pair[1]) as i64;
        }
        Ok(created)
    })?;
    if is_hset {
        ctx.out.int(created);
    } else {
        ctx.out.ok();
    }
    Ok(())
}

/// HSETNX key field value: 1 if set, 0 if the field was there (nothing converts then).
fn hsetnx(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let set = update(&mut ctx.ks, args[1], |h| {
        if h.contains(args[2]) {
            return Ok(false);
        }
        h.convert_for(&args[2..4]);
        h.set(args[2], args[3]);
        Ok(true)
    })?;
    if !set {
        super::changed_nothing();
    }
    ctx.out.int(set as i64);
    Ok(())
}

/// HDEL key field [field ...]: the number removed; the key goes with the last field.
fn hdel(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let key = args[1];
    let Some(h) = write(&mut ctx.ks, key)? else {
        ctx.out.int(0);
        return Ok(());
    };
    let mut deleted = 0;
    let mut emptied = false;
    for f in &args[2..] {
        if h.remove(f) {
            deleted += 1;
            if h.is_empty() {
                emptied = true;
                break;
            }
        }
    }
    if emptied {
        ctx.ks.db().remove(key);
    }
    if deleted == 0 {
        super::changed_nothing();
    }
    ctx.out.int(deleted);
    Ok(())
}

/// HINCRBY key field increment: the new value. The increment is parsed before the key is
/// looked at; a value that is not an integer or a sum out of i64 fails without writing.
fn hincrby(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let incr = super::arg_i64(args[3])?;
    let new = update(&mut ctx.ks, args[1], |h| {
        let old = match h.get(args[2]) {
            None => 0,
            Some(Field::Int(v)) => v,
            Some(Field::Str(s)) => num::parse_i64(s).ok_or(ERR_NOT_INTEGER)?,
        };
        let new = old.checked_add(incr).ok_or(Error::OVERFLOW)?;
        let mut text = Vec::with_capacity(20);
        num::write_i64(&mut text, new);
        h.set(args[2], &text);
        Ok(new)
    })?;
    ctx.out.int(new);
    Ok(())
}

/// HINCRBYFLOAT key field increment: in long double like INCRBYFLOAT, stored and replied as
/// ld2string's human form.
fn hincrbyfloat(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let incr = num::parse_ld(args[3]).ok_or(Error::NOT_FLOAT)?;
    if !incr.is_finite() {
        return Err(ERR_INCR_NAN);
    }
    let text = update(&mut ctx.ks, args[1], |h| {
        let old = match h.get(args[2]) {
            None => LongDouble::ZERO,
            Some(Field::Int(v)) => LongDouble::from_i64(v),
            Some(Field::Str(s)) => num::parse_ld(s).ok_or(ERR_NOT_FLOAT)?,
        };
        let sum = old.add(incr);
        if !sum.is_finite() {
            return Err(ERR_RESULT_NAN);
        }
        let mut text = Vec::with_capacity(32);
        num::write_ld_human(&mut text, sum);
        h.set(args[2], &text);
        Ok(text)
    })?;
    ctx.out.bulk(&text);
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Reads

/// HGET key field: the value or nil.
fn hget(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    match read(&mut ctx.ks, args[1])?.and_then(|h| h.get(args[2])) {
        Some(v) => reply_entry(ctx.out, v),
        None => ctx.out.null(),
    }
    Ok(())
}

/// HMGET key field [field ...]: a value or nil per field; a missing key is an empty hash.
fn hmget(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let h = read(&mut ctx.ks, args[1])?;
    ctx.out.array(args.len() - 2);
    for f in &args[2..] {
        match h.as_ref().and_then(|h| h.get(f)) {
            Some(v) => reply_entry(ctx.out, v),
            None => ctx.out.null(),
        }
    }
    Ok(())
}

/// HLEN key.
fn hlen(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let n = read(&mut ctx.ks, args[1])?.map_or(0, |h| h.len());
    ctx.out.int(n as i64);
    Ok(())
}

/// HSTRLEN key field: the length of the value's text, 0 if missing.
fn hstrlen(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let n = match read(&mut ctx.ks, args[1])?.and_then(|h| h.get(args[2])) {
        Some(v) => {
            let mut scratch = [0u8; 20];
            v.as_bytes(&mut scratch).len()
        }
        None => 0,
    };
    ctx.out.int(n as i64);
    Ok(())
}

/// HEXISTS key field.
fn hexists(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let found = read(&mut ctx.ks, args[1])?.is_some_and(|h| h.contains(args[2]));
    ctx.out.int(found as i64);
    Ok(())
}

const KEYS: u8 = 1;
const VALUES: u8 = 2;

/// genericHgetallCommand: HGETALL is a map (flat in RESP2), HKEYS and HVALS arrays; a listpack
/// in insertion order.
fn hgetall_generic(ctx: &mut Ctx, key: &[u8], what: u8) -> CmdResult {
    let both = what == KEYS | VALUES;
    let Some(h) = read(&mut ctx.ks, key)? else {
        if both {
            ctx.out.map(0);
        } else {
            ctx.out.array(0);
        }
        return Ok(());
    };
    if both {
        ctx.out.map(h.len());
    } else {
        ctx.out.array(h.len());
    }
    for (f, v) in h.iter() {
        if what & KEYS != 0 {
            reply_entry(ctx.out, f);
        }
        if what & VALUES != 0 {
            reply_entry(ctx.out, v);
        }
    }
    Ok(())
}

fn hgetall(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    hgetall_generic(ctx, args[1], KEYS | VALUES)
}

fn hkeys(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    hgetall_generic(ctx, args[1], KEYS)
}

fn hvals(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    hgetall_generic(ctx, args[1], VALUES)
}

// ---------------------------------------------------------------------------------------------
// HRANDFIELD key [count [WITHVALUES]]

fn hrandfield(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    if args.len() >= 3 {
        let l = super::arg_i64(args[2])?;
        if l == i64::MIN {
            return Err(Error::COUNT_RANGE);
        }
        if args.len() > 4 || (args.len() == 4 && !is(args[3], "withvalues")) {
            return Err(Error::SYNTAX);
        }
        let withvalues = args.len() == 4;
        if withvalues && !(-(i64::MAX / 2)..=i64::MAX / 2).contains(&l) {
            return Err(Error::OUT_OF_RANGE);
        }
        return hrandfield_count(ctx, args[1], l, withvalues);
    }
    match read(&mut ctx.ks, args[1])? {
        None => ctx.out.null(),
        Some(h) => match h.random_pair(&mut || random_u64()) {
            Some((f, _)) => reply_entry(ctx.out, f),
            None => ctx.out.null(),
        },
    }
    Ok(())
}

/// hrandfieldWithCountCommand: a negative count repeats picks (CASE 1); a count at least the
/// size returns the whole hash in iteration order (CASE 2); else distinct picks (CASES 3, 4).
/// RESP3 nests each field and value in a pair.
fn hrandfield_count(ctx: &mut Ctx, key: &[u8], l: i64, withvalues: bool) -> CmdResult {
    let Some(h) = read(&mut ctx.ks, key)? else {
        ctx.out.array(0);
        return Ok(());
    };
    let out = &mut *ctx.out;
    let count = l.unsigned_abs();
    if count == 0 {
        out.array(0);
        return Ok(());
    }
    if l < 0 {
        super::check_repeated_picks(count)?;
    }
    let resp3 = out.resp3();
    let repeats = l < 0 || count == 1;
    let size = h.len() as u64;
    let n = if repeats { count } else { count.min(size) } as usize;
    out.array(if withvalues && !resp3 { n * 2 } else { n });
    let mut emit = |f: Field, v: Field| {
        if withvalues && resp3 {
            out.array(2);
        }
        reply_entry(out, f);
        if withvalues {
            reply_entry(out, v);
        }
    };
    let mut rand = random_u64;
    if repeats {
        h.random_pairs(count, &mut rand, &mut emit);
    } else if count >= size {
        for (f, v) in h.iter() {
            emit(f, v);
        }
    } else {
        h.random_pairs_unique(count as usize, &mut rand, &mut emit);
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// HSCAN key cursor [MATCH pattern] [COUNT count]

/// The cursor is parsed first, then the key looked up (a missing key is an empty scan
/// whatever the options), then the options: TYPE is SCAN's only, a syntax error here.
fn hscan(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let mut cursor = num::parse_u64(args[2]).ok_or(Error::INVALID_CURSOR)?;
    let Some(h) = read(&mut ctx.ks, args[1])? else {
        ctx.out.array(2);
        ctx.out.bulk(b"0");
        ctx.out.array(0);
        return Ok(());
    };
    let ScanOpts { count, pattern, .. } = scan_opts(args, 3, false)?;
    let mut items: Vec<(Vec<u8>, Vec<u8>)> = Vec::new();
    let mut push = |f: Field, v: Field| {
        let f = f.to_vec();
        if pattern.is_none_or(|p| glob_match(p, &f, false)) {
            items.push((f, v.to_vec()));
        }
    };
    if let Hash::Listpack(_) = h {
        cursor = h.scan(cursor, &mut push);
    } else {
        // scanGenericCommand: COUNT counts fields and values alike (so doubled) over the
        // elements visited before filtering, within ten table steps per COUNT.
        let count = count.saturating_mul(2);
        let mut steps_left = count.saturating_mul(10);
        let mut visited = 0u64;
        loop {
            cursor = h.scan(cursor, |f, v| {
                visited += 2;
                push(f, v);
            });
            if cursor == 0 || steps_left == 0 || visited >= count {
                break;
            }
            steps_left -= 1;
        }
    }
    let mut text = Vec::with_capacity(20);
    num::write_u64(&mut text, cursor);
    ctx.out.array(2);
    ctx.out.bulk(&text);
    ctx.out.array(items.len() * 2);
    for (f, v) in &items {
        ctx.out.bulk(f);
        ctx.out.bulk(v);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::commands::testing::TestShard;

    fn bulk(s: &str) -> String {
        format!("${}\r\n{s}\r\n", s.len())
    }

    #[test]
    fn set_get_delete() {
        let mut s = TestShard::new();
        assert_eq!(s.run("HSET h a 1 b x"), ":2\r\n");
        assert_eq!(s.run("HSET h a 2 c y"), ":1\r\n");
        assert_eq!(s.run("HGET h a"), bulk("2"));
        assert_eq!(s.run("HGET h zz"), "$-1\r\n");
        assert_eq!(
            s.run("HGETALL h"),
            "*6\r\n$1\r\na\r\n$1\r\n2\r\n$1\r\nb\r\n$1\r\nx\r\n$1\r\nc\r\n$1\r\ny\r\n"
        );
        assert_eq!(s.run("HMSET h d 4"), "+OK\r\n");
        assert_eq!(s.run("HSETNX h d 5"), ":0\r\n");
        assert_eq!(s.run("HSTRLEN h d"), ":1\r\n");
        assert_eq!(s.run("HDEL h a b c d e"), ":4\r\n");
        assert_eq!(s.run("EXISTS h"), ":0\r\n");
        assert_eq!(
            s.run("HSET h a"),
            "-ERR wrong number of arguments for 'hset' command\r\n"
        );
        assert_eq!(
            s.run("HMSET h a b c"),
            "-ERR wrong number of arguments for 'hmset' command\r\n"
        );
    }

    #[test]
    fn failed_writes_create_nothing() {
        let mut s = TestShard::new();
        assert_eq!(
            s.run("HINCRBY h f x"),
            "-ERR value is not an integer or out of range\r\n"
        );
        assert_eq!(
            s.run("HINCRBYFLOAT h f inf"),
            "-ERR value is NaN or Infinity\r\n"
        );
        assert_eq!(s.run("EXISTS h"), ":0\r\n");
        s.run("SET s v");
        assert!(s.run("HSET s a b").starts_with("-WRONGTYPE"));
        assert_eq!(s.run("GET s"), bulk("v"));
    }

    #[test]
    fn counters() {
        let mut s = TestShard::new();
        assert_eq!(s.run("HINCRBY h n 5"), ":5\r\n");
        assert_eq!(s.run("HINCRBYFLOAT h n 0.5"), bulk("5.5"));
        assert_eq!(
            s.run("HINCRBY h n 1"),
            "-ERR hash value is not an integer\r\n"
        );
        s.run("HSET h m 9223372036854775807");
        assert_eq!(
            s.run("HINCRBY h m 1"),
            "-ERR increment or decrement would overflow\r\n"
        );
        s.run("HSET h t abc");
        assert_eq!(
            s.run("HINCRBYFLOAT h t 1"),
            "-ERR hash value is not a float\r\n"
        );
    }

    #[test]
    fn encodings() {
        let mut s = TestShard::new();
        s.run("HSET h a b");
        assert_eq!(s.run("OBJECT ENCODING h"), bulk("listpack"));
        s.run(&format!("HSET h a {}", "x".repeat(65)));
        assert_eq!(s.run("OBJECT ENCODING h"), bulk("hashtable"));
        s.run("HDEL h a");
        assert_eq!(s.run("EXISTS h"), ":0\r\n");
    }

    #[test]
    fn hrandfield_shapes() {
        let mut s = TestShard::new();
        s.run("HSET h a 1 b 2 c 3");
        assert_eq!(
            s.run("HRANDFIELD h 5 WITHVALUES"),
            "*6\r\n$1\r\na\r\n$1\r\n1\r\n$1\r\nb\r\n$1\r\n2\r\n$1\r\nc\r\n$1\r\n3\r\n"
        );
        assert!(s.run("HRANDFIELD h -5").starts_with("*5\r\n"));
        assert!(s.run("HRANDFIELD h 2 WITHVALUES").starts_with("*4\r\n"));
        s.client.resp = 3;
        assert!(s
            .run("HRANDFIELD h 2 WITHVALUES")
            .starts_with("*2\r\n*2\r\n"));
        assert!(s
            .run("HRANDFIELD h -1 WITHVALUES")
            .starts_with("*1\r\n*2\r\n"));
        assert!(s.run("HGETALL h").starts_with("%3\r\n"));
        assert_eq!(s.run("HGETALL nokey"), "%0\r\n");
        assert_eq!(s.run("HRANDFIELD nokey"), "_\r\n");
    }

    #[test]
    fn hscan_pages_a_hashtable() {
        let mut s = TestShard::new();
        for i in 0..600 {
            s.run(&format!("HSET h f{i} {i}"));
        }
        let mut seen = std::collections::BTreeSet::new();
        let mut cursor = "0".to_string();
        loop {
            let reply = s.run(&format!("HSCAN h {cursor} COUNT 7"));
            let lines: Vec<&str> = reply.split("\r\n").collect();
            cursor = lines[2].to_string();
            let n: usize = lines[3][1..].parse().unwrap();
            for i in 0..n / 2 {
                seen.insert(lines[5 + 4 * i].to_string());
            }
            if cursor == "0" {
                break;
            }
        }
        assert_eq!(seen.len(), 600);
    }
}
