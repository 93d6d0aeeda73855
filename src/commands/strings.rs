//! String commands (t_string.c): GET, SET and its variants, MGET/MSET, ranges, counters, LCS.
//!
//! Every handler touches only the keys at its key positions and takes the time from
//! `ks.now_ms`. Encodings follow Redis: a value set whole goes through `Value::string`
//! (tryObjectEncoding), APPEND and SETRANGE leave a `raw` value, INCR/DECR store an `Int`,
//! INCRBYFLOAT stores its formatted text. TTLs change only through `Db` methods; a handler may
//! replace an entry's value in place, which leaves its TTL alone.
//!
//! Replies and errors are Redis 7.0.15's, including the order in which arguments are checked
//! (option syntax, then numbers, then the key's type).
use super::short::*;
use super::{
    arg_i64, c_str, is, proto_max_bulk_len, CmdResult, Command, Ctx, Error, Keys, Keyspace,
};
use crate::num::{self, LongDouble};
use crate::protocol::ReplyBuf;
use crate::storage::{Entry, Value};

const K_PAIRS: Keys = keys(1, -1, 2);

super::family_cmd!("string");

/// Arity, flags, key positions, summary and version as Redis 7.0's src/commands/*.json.
#[rustfmt::skip] // one line per command reads as a table
pub static COMMANDS: &[Command] = &[
    cmd("append", 3, WD | FAST, K1, append, "2.0.0", "Append a value to a key"),
    cmd("decr", 2, WD | FAST, K1, decr, "1.0.0", "Decrement the integer value of a key by one"),
    cmd("decrby", 3, WD | FAST, K1, decrby, "1.0.0",
        "Decrement the integer value of a key by the given number"),
    cmd("get", 2, RO | FAST, K1, get, "1.0.0", "Get the value of a key"),
    cmd("getdel", 2, W | FAST, K1, getdel, "6.2.0", "Get the value of a key and delete the key"),
    cmd("getex", -2, W | FAST, K1, getex, "6.2.0",
        "Get the value of a key and optionally set its expiration"),
    cmd("getrange", 4, RO, K1, getrange, "2.4.0", "Get a substring of the string stored at a key"),
    cmd("getset", 3, WD | FAST, K1, getset, "1.0.0",
        "Set the string value of a key and return its old value"),
    cmd("incr", 2, WD | FAST, K1, incr, "1.0.0", "Increment the integer value of a key by one"),
    cmd("incrby", 3, WD | FAST, K1, incrby, "1.0.0",
        "Increment the integer value of a key by the given amount"),
    cmd("incrbyfloat", 3, WD | FAST, K1, incrbyfloat, "2.6.0",
        "Increment the float value of a key by the given amount"),
    cmd("lcs", -3, RO, K1_2, lcs, "7.0.0", "Find longest common substring"),
    cmd("mget", -2, RO | FAST, K_ALL, mget, "1.0.0", "Get the values of all the given keys"),
    cmd("mset", -3, WD, K_PAIRS, mset, "1.0.1", "Set multiple keys to multiple values"),
    cmd("msetnx", -3, WD, K_PAIRS, msetnx, "1.0.1",
        "Set multiple keys to multiple values, only if none of the keys exist"),
    cmd("psetex", 4, WD, K1, psetex, "2.6.0", "Set the value and expiration in milliseconds of a key"),
    cmd("set", -3, WD, K1, set, "1.0.0", "Set the string value of a key"),
    cmd("setex", 4, WD, K1, setex, "2.0.0", "Set the value and expiration of a key"),
    cmd("setnx", 3, WD | FAST, K1, setnx, "1.0.0",
        "Set the value of a key, only if the key does not exist"),
    cmd("setrange", 4, WD, K1, setrange, "2.2.0",
        "Overwrite part of a string at key starting at the specified offset"),
    cmd("strlen", 2, RO | FAST, K1, strlen, "2.2.0", "Get the length of the value stored in a key"),
    cmd("substr", 4, RO, K1, getrange, "1.0.0", "Get a substring of the string stored at a key"),
];

const ERR_EXPIRE_SET: Error = Error::fixed("ERR invalid expire time in 'set' command");
const ERR_EXPIRE_SETEX: Error = Error::fixed("ERR invalid expire time in 'setex' command");
const ERR_EXPIRE_PSETEX: Error = Error::fixed("ERR invalid expire time in 'psetex' command");
const ERR_EXPIRE_GETEX: Error = Error::fixed("ERR invalid expire time in 'getex' command");
const ERR_OFFSET: Error = Error::fixed("ERR offset is out of range");
const ERR_NAN_OR_INFINITY: Error = Error::fixed("ERR increment would produce NaN or Infinity");
const ERR_DECR_OVERFLOW: Error = Error::fixed("ERR decrement would overflow");
const ERR_LCS_TYPES: Error = Error::fixed("ERR The specified keys must contain string values");
const ERR_LCS_LEN_AND_IDX: Error =
    Error::fixed("ERR If you want both the length and indexes, please just use IDX.");
const ERR_LCS_TOO_LONG: Error = Error::fixed("ERR String too long for LCS");
const ERR_LCS_OVER_LIMIT: Error =
    Error::fixed("ERR Insufficient memory, transient memory for LCS exceeds proto-max-bulk-len");
const ERR_LCS_NO_MEMORY: Error =
    Error::fixed("ERR Insufficient memory, failed allocating transient memory for LCS");

// ---------------------------------------------------------------------------------------------
// String values as bytes

/// Calls `f` with the bytes of a string value.
#[inline]
fn with_bytes<R>(v: &Value, f: impl FnOnce(&[u8]) -> R) -> R {
    let mut buf = [0u8; 20];
    match v {
        Value::Int(n) => f(num::format_i64(*n, &mut buf)),
        Value::Str(b) => f(b),
        Value::Raw(b) => f(b),
        // Callers check the type first; an aggregate reads as empty rather than crashing.
        _ => {
            debug_assert!(false, "with_bytes on a non-string value");
            f(&[])
        }
    }
}

/// stringObjectLen: the length of a string value's text.
fn string_len(v: &Value) -> usize {
    with_bytes(v, <[u8]>::len)
}

#[inline]
fn reply_value(out: &mut ReplyBuf, v: &Value) {
    with_bytes(v, |b| out.bulk(b))
}

/// getLongLongFromObject: a string value as an integer, strictly (no spaces, no '+').
fn int_value(v: &Value) -> Result<i64, Error> {
    match v {
        Value::Int(n) => Ok(*n),
        _ => with_bytes(v, num::parse_i64).ok_or(Error::NOT_INTEGER),
    }
}

/// checkStringLength: fails when a string of `size + append` bytes would pass
/// proto-max-bulk-len.
fn check_string_length(size: u64, append: u64) -> Result<(), Error> {
    match size.checked_add(append) {
        Some(total) if total <= proto_max_bulk_len() => Ok(()),
        _ => Err(Error::STRING_TOO_LONG),
    }
}

/// An entry's access word for a value stored now, as `Db::set` keeps it.
#[inline]
fn lru_of(now_ms: u64) -> u32 {
    crate::storage::fresh_stamp(now_ms)
}

/// setKey without flags: stores a whole new value at `key` (whatever it held) and drops its TTL.
fn set_key(ks: &mut Keyspace, key: &[u8], value: Value) {
    let now = ks.now_ms;
    match ks.write(key) {
        Some(e) if e.expire_at == 0 => {
            e.value = value;
            e.lru = lru_of(now);
        }
        _ => ks.db().set(key, value, now),
    }
}

// ---------------------------------------------------------------------------------------------
// SET / GETEX options

// The option flags of parseExtendedStringArgumentsOrReply.
const NX: u16 = 1 << 0;
const XX: u16 = 1 << 1;
const EX: u16 = 1 << 2;
const PX: u16 = 1 << 3;
const KEEPTTL: u16 = 1 << 4;
const GET: u16 = 1 << 5;
const EXAT: u16 = 1 << 6;
const PXAT: u16 = 1 << 7;
const PERSIST: u16 = 1 << 8;
const ANY_EXPIRE: u16 = EX | PX | EXAT | PXAT;

const OPTION_WORDS: [(&str, u16); 9] = [
    ("NX", NX),
    ("XX", XX),
    ("GET", GET),
    ("EX", EX),
    ("PX", PX),
    ("EXAT", EXAT),
    ("PXAT", PXAT),
    ("KEEPTTL", KEEPTTL),
    ("PERSIST", PERSIST),
];

struct ExtendedOpts<'a> {
    flags: u16,
    /// The argument after the last EX/PX/EXAT/PXAT.
    expire: Option<&'a [u8]>,
}

/// parseExtendedStringArgumentsOrReply: SET's options (NX XX GET KEEPTTL and the expires) when
/// `for_set`, else GETEX's (PERSIST and the expires). Conflicting options are a syntax error;
/// repeating one is not (the last expire wins).
fn parse_extended<'a>(args: &[&'a [u8]], for_set: bool) -> Result<ExtendedOpts<'a>, Error> {
    let mut flags = 0u16;
    let mut expire = None;
    let mut j = if for_set { 3 } else { 2 };
    while j < args.len() {
        let opt = c_str(args[j]);
        let next = args.get(j + 1).copied();
        let word = OPTION_WORDS
            .iter()
            .find(|(w, _)| opt.eq_ignore_ascii_case(w.as_bytes()))
            .map_or(0, |&(_, f)| f);
        let allowed = match word {
            NX => for_set && flags & XX == 0,
            XX => for_set && flags & NX == 0,
            GET => for_set,
            KEEPTTL => for_set && flags & (PERSIST | ANY_EXPIRE) == 0,
            PERSIST => !for_set && flags & (KEEPTTL | ANY_EXPIRE) == 0,
            EX | PX | EXAT | PXAT => {
                flags & (KEEPTTL | PERSIST) == 0
                    && flags & ANY_EXPIRE & !word == 0
                    && next.is_some()
            }
            _ => false,
        };
        if !allowed {
            return Err(Error::SYNTAX);
        }
        flags |= word;
        if word & ANY_EXPIRE != 0 {
            expire = next;
            j += 1;
        }
        j += 1;
    }
    Ok(ExtendedOpts { flags, expire })
}

/// getExpireMillisecondsOrReply: an expire argument as an absolute unix time in ms. `flags`
/// says its unit (EX/EXAT seconds) and whether it is relative (EX/PX). Zero, negative and
/// overflowing times are `invalid`.
fn expire_at(arg: &[u8], flags: u16, now_ms: u64, invalid: Error) -> Result<u64, Error> {
    let n = arg_i64(arg)?;
    let seconds = flags & (EX | EXAT) != 0;
    if n <= 0 || (seconds && n > i64::MAX / 1000) {
        return Err(invalid);
    }
    let mut ms = if seconds { n * 1000 } else { n };
    if flags & (EX | PX) != 0 {
        ms = ms.checked_add(now_ms as i64).ok_or(invalid)?;
    }
    Ok(ms as u64)
}

// ---------------------------------------------------------------------------------------------
// GET, SET and their variants

/// getGenericCommand: the value or nil; WRONGTYPE for a key of another type.
#[inline]
fn get_generic(ctx: &mut Ctx, key: &[u8]) -> CmdResult {
    match ctx.ks.read(key) {
        None => ctx.out.null(),
        Some(e) if e.value.is_string() => reply_value(ctx.out, &e.value),
        Some(_) => return Err(Error::WRONGTYPE),
    }
    Ok(())
}

fn get(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    get_generic(ctx, args[1])
}

/// setGenericCommand. `expire` is the expire argument and the error for an invalid one;
/// `setnx` replies :1/:0 instead of +OK/nil.
fn set_generic(
    ctx: &mut Ctx,
    key: &[u8],
    val: &[u8],
    flags: u16,
    expire: Option<(&[u8], Error)>,
    setnx: bool,
) -> CmdResult {
    let now = ctx.ks.now_ms;
    let at = match expire {
        Some((arg, invalid)) => Some(expire_at(arg, flags, now, invalid)?),
        None => None,
    };
    if flags & GET != 0 {
        get_generic(ctx, key)?;
    }
    let entry = ctx.ks.write(key);
    if (flags & NX != 0 && entry.is_some()) || (flags & XX != 0 && entry.is_none()) {
        super::changed_nothing();
        if flags & GET == 0 {
            if setnx {
                ctx.out.int(0);
            } else {
                ctx.out.null();
            }
        }
        return Ok(());
    }
    let value = Value::string(val);
    match entry {
        // One lookup for the common overwrite: replace the value, the TTL stays as it is.
        Some(e) if flags & KEEPTTL != 0 || e.expire_at == 0 => {
            e.value = value;
            e.lru = lru_of(now);
            if let Some(at) = at {
                ctx.ks.db().set_expire(key, at);
            }
        }
        _ => match at {
            None => ctx.ks.db().set(key, value, now),
            Some(at) => {
                let mut e = Entry::new(value, now);
                e.expire_at = at;
                ctx.ks.db().insert_entry(key, e);
            }
        },
    }
    if flags & GET == 0 {
        if setnx {
            ctx.out.int(1);
        } else {
            ctx.out.ok();
        }
    }
    Ok(())
}

/// SET key value [NX | XX] [GET] [EX s | PX ms | EXAT ts | PXAT ms-ts | KEEPTTL]
fn set(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let opts = parse_extended(args, true)?;
    let expire = opts.expire.map(|a| (a, ERR_EXPIRE_SET));
    set_generic(ctx, args[1], args[2], opts.flags, expire, false)
}

fn setnx(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    set_generic(ctx, args[1], args[2], NX, None, true)
}

fn setex(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    set_generic(
        ctx,
        args[1],
        args[3],
        EX,
        Some((args[2], ERR_EXPIRE_SETEX)),
        false,
    )
}

fn psetex(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    set_generic(
        ctx,
        args[1],
        args[3],
        PX,
        Some((args[2], ERR_EXPIRE_PSETEX)),
        false,
    )
}

fn getset(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    get_generic(ctx, args[1])?;
    set_key(&mut ctx.ks, args[1], Value::string(args[2]));
    Ok(())
}

fn getdel(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let key = args[1];
    match ctx.ks.read(key) {
        None => {
            ctx.out.null();
            return Ok(());
        }
        Some(e) if e.value.is_string() => reply_value(ctx.out, &e.value),
        Some(_) => return Err(Error::WRONGTYPE),
    }
    ctx.ks.db().remove(key);
    Ok(())
}

/// GETEX key [EX s | PX ms | EXAT ts | PXAT ms-ts | PERSIST]: the value, then the TTL change.
/// An EXAT/PXAT time already past deletes the key.
fn getex(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let opts = parse_extended(args, false)?;
    let key = args[1];
    let now = ctx.ks.now_ms;
    let Some(e) = ctx.ks.read(key) else {
        ctx.out.null();
        return Ok(());
    };
    if !e.value.is_string() {
        return Err(Error::WRONGTYPE);
    }
    let at = match opts.expire {
        Some(arg) => Some(expire_at(arg, opts.flags, now, ERR_EXPIRE_GETEX)?),
        None => None,
    };
    reply_value(ctx.out, &e.value);
    let db = ctx.ks.db();
    match at {
        Some(at) if opts.flags & (EXAT | PXAT) != 0 && at <= now => {
            db.remove(key);
        }
        Some(at) => {
            db.set_expire(key, at);
        }
        // Redis signals a GETEX only when the TTL changed.
        None if opts.flags & PERSIST != 0 => {
            if !db.persist(key) {
                super::changed_nothing();
            }
        }
        None => super::changed_nothing(),
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Several keys

/// MGET: nil for a missing key and for a key of another type.
fn mget(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    ctx.out.array(args.len() - 1);
    for key in &args[1..] {
        match ctx.ks.read(key) {
            Some(e) if e.value.is_string() => reply_value(ctx.out, &e.value),
            _ => ctx.out.null(),
        }
    }
    Ok(())
}

/// msetGenericCommand: with `nx`, sets nothing (and replies 0) if any key exists.
fn mset_generic(ctx: &mut Ctx, args: &[&[u8]], nx: bool, name: &str) -> CmdResult {
    if args.len().is_multiple_of(2) {
        return Err(Error::arity(name));
    }
    if nx {
        for key in args[1..].iter().step_by(2) {
            if ctx.ks.write(key).is_some() {
                super::changed_nothing();
                ctx.out.int(0);
                return Ok(());
            }
        }
    }
    for pair in args[1..].chunks_exact(2) {
        set_key(&mut ctx.ks, pair[0], Value::string(pair[1]));
    }
    if nx {
        ctx.out.int(1);
    } else {
        ctx.out.ok();
    }
    Ok(())
}

fn mset(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    mset_generic(ctx, args, false, "mset")
}

fn msetnx(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    mset_generic(ctx, args, true, "msetnx")
}

// ---------------------------------------------------------------------------------------------
// Lengths and ranges

/// APPEND: a new key gets the value as SET would store it; an existing one becomes `raw`.
fn append(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let (key, tail) = (args[1], args[2]);
    let total = match ctx.ks.write(key) {
        Some(e) => {
            if !e.value.is_string() {
                return Err(Error::WRONGTYPE);
            }
            check_string_length(string_len(&e.value) as u64, tail.len() as u64)?;
            let Some(raw) = e.value.make_raw() else {
                return Err(Error::WRONGTYPE);
            };
            raw.extend_from_slice(tail);
            raw.len()
        }
        None => {
            let now = ctx.ks.now_ms;
            ctx.ks.db().set(key, Value::string(tail), now);
            tail.len()
        }
    };
    ctx.out.int(total as i64);
    Ok(())
}

fn strlen(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    match ctx.ks.read(args[1]) {
        None => ctx.out.int(0),
        Some(e) if e.value.is_string() => ctx.out.int(string_len(&e.value) as i64),
        Some(_) => return Err(Error::WRONGTYPE),
    }
    Ok(())
}

/// The bytes GETRANGE returns for inclusive `start..=end`, negative counting from the end.
fn range_of(s: &[u8], mut start: i64, mut end: i64) -> &[u8] {
    let len = s.len() as i64;
    if start < 0 && end < 0 && start > end {
        return &[];
    }
    if start < 0 {
        start += len;
    }
    if end < 0 {
        end += len;
    }
    start = start.max(0);
    end = end.max(0);
    if end >= len {
        end = len - 1;
    }
    if start > end || len == 0 {
        &[]
    } else {
        &s[start as usize..=end as usize]
    }
}

/// GETRANGE and SUBSTR: the indexes are checked before the key.
fn getrange(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let start = arg_i64(args[2])?;
    let end = arg_i64(args[3])?;
    match ctx.ks.read(args[1]) {
        None => ctx.out.bulk(b""),
        Some(e) if e.value.is_string() => {
            with_bytes(&e.value, |s| ctx.out.bulk(range_of(s, start, end)))
        }
        Some(_) => return Err(Error::WRONGTYPE),
    }
    Ok(())
}

/// SETRANGE: writes at `offset`, padding with zero bytes; the value becomes `raw`. Setting
/// nothing changes nothing (and creates no key).
fn setrange(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let (key, val) = (args[1], args[3]);
    let offset = arg_i64(args[2])?;
    if offset < 0 {
        return Err(ERR_OFFSET);
    }
    let offset = offset as u64;
    let len = match ctx.ks.write(key) {
        Some(e) => {
            if !e.value.is_string() {
                return Err(Error::WRONGTYPE);
            }
            if val.is_empty() {
                super::changed_nothing();
                ctx.out.int(string_len(&e.value) as i64);
                return Ok(());
            }
            check_string_length(offset, val.len() as u64)?;
            let Some(raw) = e.value.make_raw() else {
                return Err(Error::WRONGTYPE);
            };
            write_at(raw, offset as usize, val);
            raw.len()
        }
        None => {
            if val.is_empty() {
                ctx.out.int(0);
                return Ok(());
            }
            check_string_length(offset, val.len() as u64)?;
            let mut raw = Vec::new();
            write_at(&mut raw, offset as usize, val);
            let len = raw.len();
            let now = ctx.ks.now_ms;
            ctx.ks.db().set(key, Value::Raw(raw), now);
            len
        }
    };
    ctx.out.int(len as i64);
    Ok(())
}

fn write_at(raw: &mut Vec<u8>, offset: usize, val: &[u8]) {
    let end = offset + val.len();
    if raw.len() < end {
        raw.resize(end, 0);
    }
    raw[offset..end].copy_from_slice(val);
}

// ---------------------------------------------------------------------------------------------
// Counters

/// incrDecrCommand: a missing key counts as 0; the TTL is kept; the result is an `Int`.
fn incr_decr(ctx: &mut Ctx, key: &[u8], by: i64) -> CmdResult {
    let entry = ctx.ks.write(key);
    let old = match &entry {
        None => 0,
        Some(e) if e.value.is_string() => int_value(&e.value)?,
        Some(_) => return Err(Error::WRONGTYPE),
    };
    let new = old.checked_add(by).ok_or(Error::OVERFLOW)?;
    match entry {
        Some(e) => e.value = Value::Int(new),
        None => {
            let now = ctx.ks.now_ms;
            ctx.ks.db().set(key, Value::Int(new), now);
        }
    }
    ctx.out.int(new);
    Ok(())
}

fn incr(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    incr_decr(ctx, args[1], 1)
}

fn decr(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    incr_decr(ctx, args[1], -1)
}

fn incrby(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let by = arg_i64(args[2])?;
    incr_decr(ctx, args[1], by)
}

fn decrby(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let by = arg_i64(args[2])?;
    if by == i64::MIN {
        return Err(ERR_DECR_OVERFLOW);
    }
    incr_decr(ctx, args[1], -by)
}

/// INCRBYFLOAT: long-double arithmetic as Redis does it. The stored value is parsed before the
/// increment; the result is stored as its "%.17Lf"-trimmed text (embstr/raw, never int), keeping
/// the TTL.
fn incrbyfloat(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let key = args[1];
    let entry = ctx.ks.write(key);
    let old = match &entry {
        None => LongDouble::from_i64(0),
        Some(e) if e.value.is_string() => match &e.value {
            Value::Int(n) => LongDouble::from_i64(*n),
            v => with_bytes(v, num::parse_ld).ok_or(Error::NOT_FLOAT)?,
        },
        Some(_) => return Err(Error::WRONGTYPE),
    };
    let by = num::parse_ld(args[2]).ok_or(Error::NOT_FLOAT)?;
    let sum = old.add(by);
    if !sum.is_finite() {
        return Err(ERR_NAN_OR_INFINITY);
    }
    let mut text = Vec::with_capacity(32);
    num::write_ld_human(&mut text, sum);
    ctx.out.bulk(&text);
    let value = Value::Str(text.into_boxed_slice());
    match entry {
        Some(e) => e.value = value,
        None => {
            let now = ctx.ks.now_ms;
            ctx.ks.db().set(key, value, now);
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// LCS

/// An LCS operand: the string's bytes ("" for a missing key), None for another type.
fn lcs_operand(ks: &mut Keyspace, key: &[u8]) -> Option<Vec<u8>> {
    match ks.read(key) {
        None => Some(Vec::new()),
        Some(e) if e.value.is_string() => Some(with_bytes(&e.value, <[u8]>::to_vec)),
        Some(_) => None,
    }
}

/// One IDX match: the ranges in each string and the match length.
struct LcsMatch {
    a: (usize, usize),
    b: (usize, usize),
    len: usize,
}

/// LCS key1 key2 [LEN] [IDX] [MINMATCHLEN len] [WITHMATCHLEN]: the dynamic-programming table
/// of lcsCommand, walked back from the end; IDX lists the matching ranges last first.
fn lcs(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    // Both keys are looked up (and counted) before either is judged, as Redis does.
    let a = lcs_operand(&mut ctx.ks, args[1]);
    let b = lcs_operand(&mut ctx.ks, args[2]);
    let (Some(a), Some(b)) = (a, b) else {
        return Err(ERR_LCS_TYPES);
    };
    let (mut getlen, mut getidx, mut withmatchlen, mut minmatchlen) = (false, false, false, 0i64);
    let mut j = 3;
    while j < args.len() {
        let opt = c_str(args[j]);
        if is(opt, "IDX") {
            getidx = true;
        } else if is(opt, "LEN") {
            getlen = true;
        } else if is(opt, "WITHMATCHLEN") {
            withmatchlen = true;
        } else if is(opt, "MINMATCHLEN") && j + 1 < args.len() {
            minmatchlen = arg_i64(args[j + 1])?.max(0);
            j += 1;
        } else {
            return Err(Error::SYNTAX);
        }
        j += 1;
    }
    if getlen && getidx {
        return Err(ERR_LCS_LEN_AND_IDX);
    }
    let limit = u32::MAX as usize - 1;
    if a.len() >= limit || b.len() >= limit {
        return Err(ERR_LCS_TOO_LONG);
    }

    // table[i * w + j] = length of the LCS of a[..i] and b[..j].
    let (alen, blen) = (a.len(), b.len());
    let w = blen + 1;
    let cells = (alen as u64 + 1) * (blen as u64 + 1);
    if cells * 4 > proto_max_bulk_len() {
        return Err(ERR_LCS_OVER_LIMIT);
    }
    let mut table: Vec<u32> = Vec::new();
    if table.try_reserve_exact(cells as usize).is_err() {
        return Err(ERR_LCS_NO_MEMORY);
    }
    table.resize(cells as usize, 0);
    for i in 1..=alen {
        for j in 1..=blen {
            table[i * w + j] = if a[i - 1] == b[j - 1] {
                table[(i - 1) * w + j - 1] + 1
            } else {
                table[(i - 1) * w + j].max(table[i * w + j - 1])
            };
        }
    }
    let total = table[alen * w + blen];
    if getlen {
        ctx.out.int(total as i64);
        return Ok(());
    }

    // Walk back from the end, building the LCS backwards and tracking the current range.
    // `a_start == alen` means no range is open.
    let mut result = vec![0u8; total as usize];
    let mut idx = total as usize;
    let mut matches = Vec::new();
    let (mut a_start, mut a_end, mut b_start, mut b_end) = (alen, 0, 0, 0);
    let (mut i, mut j) = (alen, blen);
    while i > 0 && j > 0 {
        let mut emit = false;
        if a[i - 1] == b[j - 1] {
            result[idx - 1] = a[i - 1];
            if a_start == alen {
                (a_start, a_end, b_start, b_end) = (i - 1, i - 1, j - 1, j - 1);
            } else if a_start == i && b_start == j {
                a_start -= 1;
                b_start -= 1;
            } else {
                emit = true;
            }
            // A range reaching the first byte of either string is complete.
            if a_start == 0 || b_start == 0 {
                emit = true;
            }
            idx -= 1;
            i -= 1;
            j -= 1;
        } else {
            if table[(i - 1) * w + j] > table[i * w + j - 1] {
                i -= 1;
            } else {
                j -= 1;
            }
            if a_start != alen {
                emit = true;
            }
        }
        if emit {
            let len = a_end - a_start + 1;
            if getidx && (minmatchlen == 0 || len as i64 >= minmatchlen) {
                matches.push(LcsMatch {
                    a: (a_start, a_end),
                    b: (b_start, b_end),
                    len,
                });
            }
            a_start = alen;
        }
    }

    let out = &mut *ctx.out;
    if !getidx {
        out.bulk(&result);
        return Ok(());
    }
    out.map(2);
    out.bulk(b"matches");
    out.array(matches.len());
    for m in &matches {
        out.array(2 + withmatchlen as usize);
        for (start, end) in [m.a, m.b] {
            out.array(2);
            out.int(start as i64);
            out.int(end as i64);
        }
        if withmatchlen {
            out.int(m.len as i64);
        }
    }
    out.bulk(b"len");
    out.int(total as i64);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::testing::TestShard;
    use crate::commands::PROTO_MAX_BULK_LEN;

    /// Runs each (command, expected reply) pair in order on `s`.
    fn expect(s: &mut TestShard, steps: &[(&str, &str)]) {
        for (cmd, want) in steps {
            assert_eq!(s.run(cmd), *want, "reply to {cmd}");
        }
    }

    fn entry<'a>(s: &'a mut TestShard, key: &str) -> Option<&'a mut Entry> {
        let now = s.now_ms;
        s.dbs[0].lookup(key.as_bytes(), now, false)
    }

    fn encoding(s: &mut TestShard, key: &str) -> &'static str {
        entry(s, key).expect("key exists").value.encoding()
    }

    /// Absolute expiry of `key` in ms (0 = none).
    fn expire_of(s: &mut TestShard, key: &str) -> u64 {
        entry(s, key).expect("key exists").expire_at
    }

    fn bulk(s: &str) -> String {
        format!("${}\r\n{}\r\n", s.len(), s)
    }

    // --- table -------------------------------------------------------------------------------

    #[test]
    fn command_table_matches_redis_7_0() {
        let t = crate::commands::table();
        let expect = [
            ("append", 3, WD | FAST),
            ("decr", 2, WD | FAST),
            ("decrby", 3, WD | FAST),
            ("get", 2, RO | FAST),
            ("getdel", 2, W | FAST),
            ("getex", -2, W | FAST),
            ("getrange", 4, RO),
            ("getset", 3, WD | FAST),
            ("incr", 2, WD | FAST),
            ("incrby", 3, WD | FAST),
            ("incrbyfloat", 3, WD | FAST),
            ("lcs", -3, RO),
            ("mget", -2, RO | FAST),
            ("mset", -3, WD),
            ("msetnx", -3, WD),
            ("psetex", 4, WD),
            ("set", -3, WD),
            ("setex", 4, WD),
            ("setnx", 3, WD | FAST),
            ("setrange", 4, WD),
            ("strlen", 2, RO | FAST),
            ("substr", 4, RO),
        ];
        for (name, arity, flags) in expect {
            let c = t
                .get(name.as_bytes())
                .unwrap_or_else(|| panic!("{name} missing"));
            assert_eq!(
                (c.arity, c.flags, c.group),
                (arity, flags, "string"),
                "{name}"
            );
            assert!(!c.summary.is_empty(), "{name}");
        }
        assert_eq!(t.get(b"LCS").unwrap().legacy_key_range(), (1, 2, 1));
        assert_eq!(t.get(b"mget").unwrap().legacy_key_range(), (1, -1, 1));
        assert_eq!(t.get(b"msetnx").unwrap().legacy_key_range(), (1, -1, 2));
        assert_eq!(t.get(b"lcs").unwrap().since, "7.0.0");
    }

    #[test]
    fn mset_key_positions_are_every_other_argument() {
        let c = crate::commands::table().get(b"mset").unwrap();
        let args: Vec<&[u8]> = vec![b"mset", b"a", b"1", b"b", b"2"];
        let mut pos = Vec::new();
        c.key_positions(&args, &mut pos);
        assert_eq!(pos, [1, 3]);
    }

    #[test]
    fn wrong_number_of_arguments() {
        let mut s = TestShard::new();
        for (cmd, name) in [
            ("SET k", "set"),
            ("SETNX k", "setnx"),
            ("SETEX k 1", "setex"),
            ("PSETEX k 1", "psetex"),
            ("GETSET k", "getset"),
            ("GETDEL", "getdel"),
            ("GETEX", "getex"),
            ("MGET", "mget"),
            ("MSET k", "mset"),
            ("MSETNX k", "msetnx"),
            ("APPEND k", "append"),
            ("STRLEN", "strlen"),
            ("GETRANGE k 0", "getrange"),
            ("SETRANGE k 0", "setrange"),
            ("SUBSTR k 0", "substr"),
            ("INCR", "incr"),
            ("INCRBY k", "incrby"),
            ("INCRBYFLOAT k", "incrbyfloat"),
            ("DECR", "decr"),
            ("DECRBY k", "decrby"),
            ("LCS a", "lcs"),
        ] {
            let want = format!("-ERR wrong number of arguments for '{name}' command\r\n");
            assert_eq!(s.run(cmd), want, "{cmd}");
        }
    }

    // --- GET / SET -------------------------------------------------------------------------

    #[test]
    fn set_and_get_an_item() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[("SET x foobar", "+OK\r\n"), ("GET x", "$6\r\nfoobar\r\n")],
        );
    }

    #[test]
    fn set_and_get_an_empty_item() {
        let mut s = TestShard::new();
        assert_eq!(s.run_args(&[b"SET", b"x", b""]), "+OK\r\n");
        assert_eq!(s.run("GET x"), "$0\r\n\r\n");
        assert_eq!(encoding(&mut s, "x"), "embstr");
    }

    #[test]
    fn get_against_missing_key_is_nil_in_resp2_and_resp3() {
        let mut s = TestShard::new();
        assert_eq!(s.run("GET nokey"), "$-1\r\n");
        s.client.resp = 3;
        assert_eq!(s.run("GET nokey"), "_\r\n");
    }

    #[test]
    fn get_integer_and_binary_values() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                ("SET n -9223372036854775808", "+OK\r\n"),
                ("GET n", "$20\r\n-9223372036854775808\r\n"),
                ("SET n 9223372036854775807", "+OK\r\n"),
                ("GET n", "$19\r\n9223372036854775807\r\n"),
                ("SET n 0", "+OK\r\n"),
                ("GET n", "$1\r\n0\r\n"),
            ],
        );
        assert_eq!(encoding(&mut s, "n"), "int");
        assert_eq!(s.run_args(&[b"SET", b"bin", b"a\r\n\0b"]), "+OK\r\n");
        assert_eq!(s.run("GET bin"), "$5\r\na\r\n\0b\r\n");
    }

    #[test]
    fn get_counts_keyspace_hits_and_misses() {
        let mut s = TestShard::new();
        s.run("SET k v");
        assert_eq!((s.stats.hits, s.stats.misses), (0, 0));
        s.run("GET k");
        s.run("GET nokey");
        assert_eq!((s.stats.hits, s.stats.misses), (1, 1));
        // SET ... GET reads the old value like GET does.
        s.run("SET k v2 GET");
        assert_eq!((s.stats.hits, s.stats.misses), (2, 1));
    }

    #[test]
    fn set_values_get_redis_encodings() {
        let mut s = TestShard::new();
        let long = "a".repeat(45);
        s.run("SET i 12345");
        s.run("SET z 012");
        s.run("SET e hello");
        s.run(&format!("SET r {long}"));
        s.run("SET big 123456789012345678901");
        assert_eq!(encoding(&mut s, "i"), "int");
        assert_eq!(encoding(&mut s, "z"), "embstr");
        assert_eq!(encoding(&mut s, "e"), "embstr");
        assert_eq!(encoding(&mut s, "r"), "raw");
        assert_eq!(encoding(&mut s, "big"), "embstr");
    }

    #[test]
    fn extended_set_can_detect_syntax_errors() {
        let mut s = TestShard::new();
        let syntax = "-ERR syntax error\r\n";
        for cmd in [
            "SET foo bar non-existing-option",
            "SET foo bar NX XX",
            "SET foo bar XX NX",
            "SET foo bar EX",
            "SET foo bar EX 10 PX 10",
            "SET foo bar PX 10 EX 10",
            "SET foo bar EX 10 EXAT 10",
            "SET foo bar PXAT 10 PX 10",
            "SET foo bar EXAT 10 PXAT 10",
            "SET foo bar KEEPTTL EX 10",
            "SET foo bar EX 10 KEEPTTL",
            "SET foo bar PXAT 10 KEEPTTL",
            "SET foo bar PERSIST",
            "SET foo bar NXX",
            "SET foo bar GETT",
        ] {
            assert_eq!(s.run(cmd), syntax, "{cmd}");
        }
        assert_eq!(s.run("GET foo"), "$-1\r\n");
    }

    #[test]
    fn extended_set_allows_repeated_options_and_any_case() {
        let mut s = TestShard::new();
        let now = s.now_ms;
        expect(
            &mut s,
            &[
                ("set foo bar nx Nx", "+OK\r\n"),
                ("SET foo baz xx XX keepttl KEEPTTL", "+OK\r\n"),
                ("SET foo v1 ex 10 EX 20", "+OK\r\n"),
            ],
        );
        assert_eq!(expire_of(&mut s, "foo"), now + 20_000);
        expect(&mut s, &[("SET foo v2 get GET", "$2\r\nv1\r\n")]);
    }

    #[test]
    fn extended_set_option_words_end_at_a_nul_byte() {
        // Redis compares option words as C strings.
        let mut s = TestShard::new();
        s.run("SET k v");
        assert_eq!(s.run_args(&[b"SET", b"k", b"w", b"nx\0zz"]), "$-1\r\n");
        assert_eq!(s.run("GET k"), "$1\r\nv\r\n");
    }

    #[test]
    fn extended_set_nx_option() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                ("SET foo 1 NX", "+OK\r\n"),
                ("SET foo 2 NX", "$-1\r\n"),
                ("GET foo", "$1\r\n1\r\n"),
            ],
        );
    }

    #[test]
    fn extended_set_xx_option() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                ("SET foo 1 XX", "$-1\r\n"),
                ("GET foo", "$-1\r\n"),
                ("SET foo bar", "+OK\r\n"),
                ("SET foo 2 XX", "+OK\r\n"),
                ("GET foo", "$1\r\n2\r\n"),
            ],
        );
    }

    #[test]
    fn extended_set_get_option() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                ("SET foo bar", "+OK\r\n"),
                ("SET foo bar2 GET", "$3\r\nbar\r\n"),
                ("GET foo", "$4\r\nbar2\r\n"),
                ("SET new bar GET", "$-1\r\n"),
                ("GET new", "$3\r\nbar\r\n"),
            ],
        );
    }

    #[test]
    fn extended_set_get_option_with_xx() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                ("SET foo bar", "+OK\r\n"),
                ("SET foo baz GET XX", "$3\r\nbar\r\n"),
                ("GET foo", "$3\r\nbaz\r\n"),
                ("SET nofoo bar GET XX", "$-1\r\n"),
                ("GET nofoo", "$-1\r\n"),
            ],
        );
    }

    #[test]
    fn extended_set_get_option_with_nx() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                ("SET foo bar GET NX", "$-1\r\n"),
                ("GET foo", "$3\r\nbar\r\n"),
                ("SET foo baz GET NX", "$3\r\nbar\r\n"),
                ("GET foo", "$3\r\nbar\r\n"),
            ],
        );
    }

    #[test]
    fn extended_set_get_with_integer_old_value() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                ("SET foo -12", "+OK\r\n"),
                ("SET foo x GET", "$3\r\n-12\r\n"),
            ],
        );
    }

    #[test]
    fn extended_set_ex_option() {
        let mut s = TestShard::new();
        let now = s.now_ms;
        assert_eq!(s.run("SET foo bar EX 10"), "+OK\r\n");
        assert_eq!(expire_of(&mut s, "foo"), now + 10_000);
        assert_eq!(s.dbs[0].expires_len(), 1);
    }

    #[test]
    fn extended_set_px_option() {
        let mut s = TestShard::new();
        let now = s.now_ms;
        assert_eq!(s.run("SET foo bar PX 10000"), "+OK\r\n");
        assert_eq!(expire_of(&mut s, "foo"), now + 10_000);
    }

    #[test]
    fn extended_set_exat_and_pxat_options() {
        let mut s = TestShard::new();
        let now = s.now_ms;
        let at = now / 1000 + 10;
        assert_eq!(s.run(&format!("SET foo bar EXAT {at}")), "+OK\r\n");
        assert_eq!(expire_of(&mut s, "foo"), at * 1000);
        assert_eq!(
            s.run(&format!("SET foo bar PXAT {}", now + 1234)),
            "+OK\r\n"
        );
        assert_eq!(expire_of(&mut s, "foo"), now + 1234);
    }

    #[test]
    fn extended_set_with_a_past_absolute_time_leaves_an_expired_key() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                ("SET foo bar PXAT 1", "+OK\r\n"),
                ("GET foo", "$-1\r\n"),
                ("SET foo bar EXAT 1", "+OK\r\n"),
            ],
        );
        assert_eq!(s.run("STRLEN foo"), ":0\r\n");
    }

    #[test]
    fn extended_set_using_multiple_options_at_once() {
        let mut s = TestShard::new();
        let now = s.now_ms;
        expect(
            &mut s,
            &[
                ("SET foo val", "+OK\r\n"),
                ("SET foo bar XX PX 10000", "+OK\r\n"),
            ],
        );
        assert_eq!(expire_of(&mut s, "foo"), now + 10_000);
        assert_eq!(s.run("SET foo baz XX GET EX 5"), "$3\r\nbar\r\n");
        assert_eq!(expire_of(&mut s, "foo"), now + 5_000);
    }

    #[test]
    fn set_drops_the_ttl_unless_keepttl() {
        let mut s = TestShard::new();
        let now = s.now_ms;
        s.run("SET foo bar EX 100");
        assert_eq!(s.run("SET foo bar2 KEEPTTL"), "+OK\r\n");
        assert_eq!(expire_of(&mut s, "foo"), now + 100_000);
        assert_eq!(s.run("GET foo"), "$4\r\nbar2\r\n");
        assert_eq!(s.run("SET foo bar3"), "+OK\r\n");
        assert_eq!(expire_of(&mut s, "foo"), 0);
        assert_eq!(s.dbs[0].expires_len(), 0);
        // KEEPTTL on a key without a TTL, and on a new key.
        assert_eq!(s.run("SET foo bar4 KEEPTTL"), "+OK\r\n");
        assert_eq!(s.run("SET other x KEEPTTL"), "+OK\r\n");
        assert_eq!(expire_of(&mut s, "other"), 0);
    }

    #[test]
    fn set_replaces_one_ttl_with_another() {
        let mut s = TestShard::new();
        let now = s.now_ms;
        s.run("SET foo bar EX 100");
        s.run("SET foo bar PX 5");
        assert_eq!(expire_of(&mut s, "foo"), now + 5);
        assert_eq!(s.dbs[0].expires_len(), 1);
    }

    #[test]
    fn set_invalid_expire_times() {
        let mut s = TestShard::new();
        let invalid = "-ERR invalid expire time in 'set' command\r\n";
        for cmd in [
            "SET foo bar EX 0",
            "SET foo bar EX -1",
            "SET foo bar PX 0",
            "SET foo bar EXAT 0",
            "SET foo bar PXAT -5",
            "SET foo bar EX 9223372036854776",
            "SET foo bar EX 9223372036854775",
            "SET foo bar PX 9223372036854775807",
        ] {
            assert_eq!(s.run(cmd), invalid, "{cmd}");
        }
        let not_int = "-ERR value is not an integer or out of range\r\n";
        for cmd in [
            "SET foo bar EX NX",
            "SET foo bar EX 1.5",
            "SET foo bar PX 9223372036854775808",
            "SET foo bar EX +1",
        ] {
            assert_eq!(s.run(cmd), not_int, "{cmd}");
        }
        assert_eq!(s.run("GET foo"), "$-1\r\n");
        // The largest absolute times are fine.
        expect(
            &mut s,
            &[
                ("SET foo bar PXAT 9223372036854775807", "+OK\r\n"),
                ("SET foo bar EXAT 9223372036854775", "+OK\r\n"),
            ],
        );
    }

    #[test]
    fn set_checks_the_expire_before_get() {
        let mut s = TestShard::new();
        s.run("SET foo bar");
        assert_eq!(
            s.run("SET foo baz GET EX -1"),
            "-ERR invalid expire time in 'set' command\r\n"
        );
        assert_eq!(s.run("GET foo"), "$3\r\nbar\r\n");
    }

    #[test]
    fn set_xx_against_expired_key_does_nothing() {
        let mut s = TestShard::new();
        s.run("SET foo bar PX 100");
        s.now_ms += 100 + 1;
        assert_eq!(s.run("SET foo baz XX"), "$-1\r\n");
        assert_eq!(s.run("GET foo"), "$-1\r\n");
        assert_eq!(s.dbs[0].expired_keys, 1);
    }

    #[test]
    fn set_over_an_expired_key_counts_it_as_expired() {
        let mut s = TestShard::new();
        s.run("SET foo bar PX 100");
        s.now_ms += 200;
        assert_eq!(s.run("SET foo baz"), "+OK\r\n");
        assert_eq!(s.dbs[0].expired_keys, 1);
        assert_eq!(expire_of(&mut s, "foo"), 0);
        assert_eq!(s.dbs[0].expires_len(), 0);
    }

    // --- SETNX / SETEX / PSETEX ------------------------------------------------------------

    #[test]
    fn setnx_target_key_missing_and_exists() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                ("SETNX novar foobared", ":1\r\n"),
                ("GET novar", "$8\r\nfoobared\r\n"),
                ("SETNX novar blabla", ":0\r\n"),
                ("GET novar", "$8\r\nfoobared\r\n"),
            ],
        );
    }

    #[test]
    fn setnx_against_not_expired_volatile_key() {
        let mut s = TestShard::new();
        s.run("SET x 10 EX 10000");
        assert_eq!(s.run("SETNX x 20"), ":0\r\n");
        assert_eq!(s.run("GET x"), "$2\r\n10\r\n");
    }

    #[test]
    fn setnx_against_expired_volatile_key() {
        let mut s = TestShard::new();
        s.run("SET x 10 EX 1");
        s.now_ms += 2000;
        assert_eq!(s.run("SETNX x 20"), ":1\r\n");
        assert_eq!(s.run("GET x"), "$2\r\n20\r\n");
        assert_eq!(expire_of(&mut s, "x"), 0);
    }

    #[test]
    fn setex_and_psetex_set_value_and_ttl() {
        let mut s = TestShard::new();
        let now = s.now_ms;
        assert_eq!(s.run("SETEX k 10 v"), "+OK\r\n");
        assert_eq!(expire_of(&mut s, "k"), now + 10_000);
        assert_eq!(s.run("PSETEX k 1500 w"), "+OK\r\n");
        assert_eq!(expire_of(&mut s, "k"), now + 1500);
        assert_eq!(s.run("GET k"), "$1\r\nw\r\n");
        s.now_ms += 1500 + 1;
        assert_eq!(s.run("GET k"), "$-1\r\n");
    }

    #[test]
    fn setex_and_psetex_invalid_expire_times() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                (
                    "SETEX k 0 v",
                    "-ERR invalid expire time in 'setex' command\r\n",
                ),
                (
                    "SETEX k -10 v",
                    "-ERR invalid expire time in 'setex' command\r\n",
                ),
                (
                    "SETEX k 9223372036854775 v",
                    "-ERR invalid expire time in 'setex' command\r\n",
                ),
                (
                    "PSETEX k 0 v",
                    "-ERR invalid expire time in 'psetex' command\r\n",
                ),
                (
                    "PSETEX k -1 v",
                    "-ERR invalid expire time in 'psetex' command\r\n",
                ),
                (
                    "SETEX k abc v",
                    "-ERR value is not an integer or out of range\r\n",
                ),
                (
                    "PSETEX k 1.5 v",
                    "-ERR value is not an integer or out of range\r\n",
                ),
                ("GET k", "$-1\r\n"),
            ],
        );
    }

    // --- GETSET / GETDEL / GETEX ------------------------------------------------------------

    #[test]
    fn getset_set_new_value() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[("GETSET foo xyz", "$-1\r\n"), ("GET foo", "$3\r\nxyz\r\n")],
        );
    }

    #[test]
    fn getset_replace_old_value_and_drop_ttl() {
        let mut s = TestShard::new();
        s.run("SET foo bar EX 100");
        assert_eq!(s.run("GETSET foo xyz"), "$3\r\nbar\r\n");
        assert_eq!(s.run("GET foo"), "$3\r\nxyz\r\n");
        assert_eq!(expire_of(&mut s, "foo"), 0);
        assert_eq!(s.dbs[0].expires_len(), 0);
        s.run("GETSET foo 42");
        assert_eq!(encoding(&mut s, "foo"), "int");
    }

    #[test]
    fn getdel_command() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                ("SET foo bar", "+OK\r\n"),
                ("GETDEL foo", "$3\r\nbar\r\n"),
                ("GETDEL foo", "$-1\r\n"),
                ("GET foo", "$-1\r\n"),
            ],
        );
    }

    #[test]
    fn getdel_removes_the_ttl_too() {
        let mut s = TestShard::new();
        s.run("SET foo 7 EX 100");
        assert_eq!(s.run("GETDEL foo"), "$1\r\n7\r\n");
        assert!(s.dbs[0].is_empty());
        assert_eq!(s.dbs[0].expires_len(), 0);
    }

    #[test]
    fn getex_ex_px_exat_pxat_options() {
        let mut s = TestShard::new();
        let now = s.now_ms;
        s.run("SET foo bar");
        assert_eq!(s.run("GETEX foo EX 10"), "$3\r\nbar\r\n");
        assert_eq!(expire_of(&mut s, "foo"), now + 10_000);
        assert_eq!(s.run("GETEX foo px 10000"), "$3\r\nbar\r\n");
        assert_eq!(expire_of(&mut s, "foo"), now + 10_000);
        assert_eq!(
            s.run(&format!("GETEX foo EXAT {}", now / 1000 + 10)),
            "$3\r\nbar\r\n"
        );
        assert_eq!(expire_of(&mut s, "foo"), (now / 1000 + 10) * 1000);
        assert_eq!(
            s.run(&format!("GETEX foo PXAT {}", now + 777)),
            "$3\r\nbar\r\n"
        );
        assert_eq!(expire_of(&mut s, "foo"), now + 777);
        assert_eq!(s.dbs[0].expires_len(), 1);
    }

    #[test]
    fn getex_persist_option() {
        let mut s = TestShard::new();
        s.run("SET foo bar EX 10");
        assert_eq!(s.run("GETEX foo PERSIST"), "$3\r\nbar\r\n");
        assert_eq!(expire_of(&mut s, "foo"), 0);
        assert_eq!(s.dbs[0].expires_len(), 0);
        assert_eq!(s.run("GETEX foo persist PERSIST"), "$3\r\nbar\r\n");
    }

    #[test]
    fn getex_no_option_keeps_the_ttl() {
        let mut s = TestShard::new();
        let now = s.now_ms;
        s.run("SET foo bar EX 10");
        assert_eq!(s.run("GETEX foo"), "$3\r\nbar\r\n");
        assert_eq!(expire_of(&mut s, "foo"), now + 10_000);
    }

    #[test]
    fn getex_with_a_past_absolute_time_deletes_the_key() {
        let mut s = TestShard::new();
        let now = s.now_ms;
        s.run("SET foo bar EX 10");
        assert_eq!(s.run(&format!("GETEX foo PXAT {now}")), "$3\r\nbar\r\n");
        assert!(s.dbs[0].is_empty());
        assert_eq!(s.dbs[0].expires_len(), 0);
        assert_eq!(s.dbs[0].expired_keys, 0);
        s.run("SET foo bar");
        assert_eq!(s.run("GETEX foo EXAT 1"), "$3\r\nbar\r\n");
        assert_eq!(s.run("GET foo"), "$-1\r\n");
    }

    #[test]
    fn getex_syntax_errors() {
        let mut s = TestShard::new();
        s.run("SET foo bar");
        for cmd in [
            "GETEX foo non-existent-option",
            "GETEX foo NX",
            "GETEX foo XX",
            "GETEX foo GET",
            "GETEX foo KEEPTTL",
            "GETEX foo EX",
            "GETEX foo PERSIST EX 10",
            "GETEX foo EX 10 PERSIST",
            "GETEX foo EX 10 PX 10",
            "GETEX foo EXAT 10 PXAT 10",
            "GETEX nokey EX",
        ] {
            assert_eq!(s.run(cmd), "-ERR syntax error\r\n", "{cmd}");
        }
    }

    #[test]
    fn getex_invalid_expire_times() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                ("SET foo bar", "+OK\r\n"),
                (
                    "GETEX foo EX -5",
                    "-ERR invalid expire time in 'getex' command\r\n",
                ),
                (
                    "GETEX foo PX 0",
                    "-ERR invalid expire time in 'getex' command\r\n",
                ),
                (
                    "GETEX foo EX 9223372036854775",
                    "-ERR invalid expire time in 'getex' command\r\n",
                ),
                (
                    "GETEX foo EX abc",
                    "-ERR value is not an integer or out of range\r\n",
                ),
                // A missing key is looked up before the time is checked.
                ("GETEX nokey EX -5", "$-1\r\n"),
                ("GETEX nokey EX abc", "$-1\r\n"),
            ],
        );
        assert_eq!(expire_of(&mut s, "foo"), 0);
    }

    #[test]
    fn getex_counts_as_a_read() {
        let mut s = TestShard::new();
        s.run("SET foo bar");
        s.run("GETEX foo");
        s.run("GETEX nokey");
        assert_eq!((s.stats.hits, s.stats.misses), (1, 1));
    }

    // --- MGET / MSET / MSETNX --------------------------------------------------------------

    #[test]
    fn mget() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                ("SET foo BAR", "+OK\r\n"),
                ("SET bar FOO", "+OK\r\n"),
                ("MGET foo bar", "*2\r\n$3\r\nBAR\r\n$3\r\nFOO\r\n"),
                (
                    "MGET foo baazz bar",
                    "*3\r\n$3\r\nBAR\r\n$-1\r\n$3\r\nFOO\r\n",
                ),
            ],
        );
        s.client.resp = 3;
        assert_eq!(s.run("MGET nokey foo"), "*2\r\n_\r\n$3\r\nBAR\r\n");
    }

    #[test]
    fn mset_base_case() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                ("MSET x 10 y foo z xyz", "+OK\r\n"),
                ("MGET x y z", "*3\r\n$2\r\n10\r\n$3\r\nfoo\r\n$3\r\nxyz\r\n"),
                ("MSET x 1 x 2", "+OK\r\n"),
                ("GET x", "$1\r\n2\r\n"),
            ],
        );
        assert_eq!(encoding(&mut s, "x"), "int");
    }

    #[test]
    fn mset_msetnx_wrong_number_of_args() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                (
                    "MSET x 10 y foo z",
                    "-ERR wrong number of arguments for 'mset' command\r\n",
                ),
                (
                    "MSETNX x 20 y foo z",
                    "-ERR wrong number of arguments for 'msetnx' command\r\n",
                ),
                ("MGET x y", "*2\r\n$-1\r\n$-1\r\n"),
            ],
        );
    }

    #[test]
    fn mset_drops_ttls() {
        let mut s = TestShard::new();
        s.run("SET x 1 EX 100");
        s.run("MSET x 2 y 3");
        assert_eq!(expire_of(&mut s, "x"), 0);
        assert_eq!(s.dbs[0].expires_len(), 0);
    }

    #[test]
    fn msetnx_with_already_existent_key() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                ("SET x2 xxx", "+OK\r\n"),
                ("MSETNX x1 xxx y2 yyy x2 zzz", ":0\r\n"),
                ("MGET x1 y2 x2", "*3\r\n$-1\r\n$-1\r\n$3\r\nxxx\r\n"),
            ],
        );
    }

    #[test]
    fn msetnx_with_not_existing_keys() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                ("MSETNX x1 xxx y2 yyy", ":1\r\n"),
                ("MGET x1 y2", "*2\r\n$3\r\nxxx\r\n$3\r\nyyy\r\n"),
            ],
        );
    }

    #[test]
    fn msetnx_with_not_existing_keys_same_key_twice() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                ("MSETNX x1 xxx x1 yyy", ":1\r\n"),
                ("GET x1", "$3\r\nyyy\r\n"),
            ],
        );
    }

    #[test]
    fn msetnx_with_already_existing_keys_same_key_twice() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                ("SET x1 yyy", "+OK\r\n"),
                ("MSETNX x1 xxx x1 zzz", ":0\r\n"),
                ("GET x1", "$3\r\nyyy\r\n"),
            ],
        );
    }

    #[test]
    fn msetnx_treats_expired_keys_as_missing() {
        let mut s = TestShard::new();
        s.run("SET a 1 PX 10");
        s.now_ms += 10 + 1;
        assert_eq!(s.run("MSETNX a 2 b 3"), ":1\r\n");
        assert_eq!(s.run("MGET a b"), "*2\r\n$1\r\n2\r\n$1\r\n3\r\n");
    }

    // --- APPEND / STRLEN ------------------------------------------------------------------

    #[test]
    fn append_basics() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                ("APPEND foo bar", ":3\r\n"),
                ("GET foo", "$3\r\nbar\r\n"),
                ("APPEND foo 100", ":6\r\n"),
                ("GET foo", "$6\r\nbar100\r\n"),
            ],
        );
        assert_eq!(encoding(&mut s, "foo"), "raw");
    }

    #[test]
    fn append_to_a_new_key_stores_it_like_set() {
        let mut s = TestShard::new();
        s.run("APPEND n 123");
        s.run("APPEND e abc");
        assert_eq!(encoding(&mut s, "n"), "int");
        assert_eq!(encoding(&mut s, "e"), "embstr");
        assert_eq!(s.run_args(&[b"APPEND", b"empty", b""]), ":0\r\n");
        assert_eq!(s.run("GET empty"), "$0\r\n\r\n");
    }

    #[test]
    fn append_to_an_integer_makes_it_raw() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                ("SET n 12", "+OK\r\n"),
                ("APPEND n 3", ":3\r\n"),
                ("GET n", "$3\r\n123\r\n"),
            ],
        );
        assert_eq!(encoding(&mut s, "n"), "raw");
        // Even appending nothing unshares the value, as dbUnshareStringValue does.
        s.run("SET m 12");
        assert_eq!(s.run_args(&[b"APPEND", b"m", b""]), ":2\r\n");
        assert_eq!(encoding(&mut s, "m"), "raw");
    }

    #[test]
    fn append_keeps_the_ttl() {
        let mut s = TestShard::new();
        let now = s.now_ms;
        s.run("SET foo bar EX 100");
        s.run("APPEND foo baz");
        assert_eq!(expire_of(&mut s, "foo"), now + 100_000);
    }

    #[test]
    fn append_fuzzing_matches_concatenation() {
        let mut s = TestShard::new();
        let mut want = Vec::new();
        let mut seed = 7u64;
        for _ in 0..200 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let n = (seed >> 59) as usize;
            let piece: Vec<u8> = (0..n).map(|i| (seed >> ((i * 3) % 60)) as u8).collect();
            want.extend_from_slice(&piece);
            let reply = s.run_args(&[b"APPEND", b"k", &piece]);
            assert_eq!(reply, format!(":{}\r\n", want.len()));
        }
        let got = entry(&mut s, "k")
            .unwrap()
            .value
            .string_bytes()
            .unwrap()
            .into_owned();
        assert_eq!(got, want);
    }

    #[test]
    fn string_length_limit_is_proto_max_bulk_len() {
        let max = PROTO_MAX_BULK_LEN.load(std::sync::atomic::Ordering::Relaxed);
        assert_eq!(check_string_length(max - 3, 3), Ok(()));
        assert_eq!(check_string_length(max - 3, 4), Err(Error::STRING_TOO_LONG));
        assert_eq!(
            check_string_length(u64::MAX, 1),
            Err(Error::STRING_TOO_LONG)
        );
        assert_eq!(
            Error::STRING_TOO_LONG.to_string(),
            "ERR string exceeds maximum allowed size (proto-max-bulk-len)"
        );
    }

    #[test]
    fn strlen_against_non_existing_key_integer_and_plain_string() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                ("STRLEN notakey", ":0\r\n"),
                ("SET myinteger -555", "+OK\r\n"),
                ("STRLEN myinteger", ":4\r\n"),
                ("SET mystring foozzz0123456789baz", "+OK\r\n"),
                ("STRLEN mystring", ":19\r\n"),
            ],
        );
    }

    // --- GETRANGE / SUBSTR / SETRANGE ----------------------------------------------------------

    #[test]
    fn getrange_against_non_existing_key() {
        let mut s = TestShard::new();
        assert_eq!(s.run("GETRANGE mykey 0 -1"), "$0\r\n\r\n");
        s.client.resp = 3;
        assert_eq!(s.run("GETRANGE mykey 0 -1"), "$0\r\n\r\n");
    }

    #[test]
    fn getrange_against_string_value() {
        let mut s = TestShard::new();
        s.run_args(&[b"SET", b"mykey", b"Hello World"]);
        for (range, want) in [
            ("0 3", "Hell"),
            ("0 -1", "Hello World"),
            ("-4 -1", "orld"),
            ("5 3", ""),
            ("5 5000", " World"),
            ("-5000 10000", "Hello World"),
            ("-1 -5", ""),
            ("-5 -5", "W"),
            ("11 20", ""),
            ("10 10", "d"),
            ("0 -100", "H"),
            ("-9223372036854775808 9223372036854775807", "Hello World"),
        ] {
            assert_eq!(
                s.run(&format!("GETRANGE mykey {range}")),
                bulk(want),
                "{range}"
            );
        }
    }

    #[test]
    fn getrange_against_integer_encoded_value() {
        let mut s = TestShard::new();
        s.run("SET mykey 1234");
        for (range, want) in [
            ("0 2", "123"),
            ("0 -1", "1234"),
            ("-3 -1", "234"),
            ("5 3", ""),
            ("3 5000", "4"),
            ("-5000 10000", "1234"),
        ] {
            assert_eq!(
                s.run(&format!("GETRANGE mykey {range}")),
                bulk(want),
                "{range}"
            );
        }
    }

    #[test]
    fn getrange_with_huge_ranges() {
        let mut s = TestShard::new();
        s.run("SET foo bar");
        assert_eq!(s.run("GETRANGE foo 0 4294967297"), "$3\r\nbar\r\n");
    }

    #[test]
    fn getrange_of_an_empty_string() {
        let mut s = TestShard::new();
        s.run_args(&[b"SET", b"e", b""]);
        assert_eq!(s.run("GETRANGE e 0 -1"), "$0\r\n\r\n");
        assert_eq!(s.run("GETRANGE e -1 0"), "$0\r\n\r\n");
    }

    #[test]
    fn getrange_checks_indexes_before_the_key() {
        let mut s = TestShard::new();
        let not_int = "-ERR value is not an integer or out of range\r\n";
        assert_eq!(s.run("GETRANGE nokey a 1"), not_int);
        assert_eq!(s.run("GETRANGE nokey 1 1.0"), not_int);
        assert_eq!(s.run("SUBSTR nokey 0 x"), not_int);
    }

    #[test]
    fn getrange_fuzzing_matches_a_reference() {
        let mut s = TestShard::new();
        let mut seed = 99u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..300 {
            let len = (next() % 40) as usize;
            let val: Vec<u8> = (0..len).map(|_| next() as u8).collect();
            s.run_args(&[b"SET", b"bin", &val]);
            let start = (next() % 100) as i64 - 50;
            let end = (next() % 100) as i64 - 50;
            // Reference: Tcl's [string range] after Redis's conversions.
            let n = len as i64;
            let (mut a, mut b) = (start, end);
            let want: &[u8] = if a < 0 && b < 0 && a > b {
                &[]
            } else {
                if a < 0 {
                    a = (a + n).max(0);
                }
                if b < 0 {
                    b = (b + n).max(0);
                }
                b = b.min(n - 1);
                if n == 0 || a > b {
                    &[]
                } else {
                    &val[a as usize..=b as usize]
                }
            };
            let mut reply = ReplyBuf::new(2);
            reply.bulk(want);
            let (start_arg, end_arg) = (start.to_string(), end.to_string());
            let args: [&[u8]; 4] = [
                b"GETRANGE",
                b"bin",
                start_arg.as_bytes(),
                end_arg.as_bytes(),
            ];
            let want = String::from_utf8_lossy(&reply.buf);
            assert_eq!(s.run_args(&args), want, "{start} {end} of {len}");
        }
    }

    #[test]
    fn substr_is_getrange() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                ("SET k abcdef", "+OK\r\n"),
                ("SUBSTR k 1 3", "$3\r\nbcd\r\n"),
                ("SUBSTR k -2 -1", "$2\r\nef\r\n"),
                ("SUBSTR nokey 0 1", "$0\r\n\r\n"),
            ],
        );
    }

    #[test]
    fn setrange_against_non_existing_key() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                ("SETRANGE mykey 0 foo", ":3\r\n"),
                ("GET mykey", "$3\r\nfoo\r\n"),
            ],
        );
        assert_eq!(encoding(&mut s, "mykey"), "raw");
        assert_eq!(s.run_args(&[b"SETRANGE", b"other", b"0", b""]), ":0\r\n");
        assert!(entry(&mut s, "other").is_none());
        expect(
            &mut s,
            &[
                ("SETRANGE third 1 foo", ":4\r\n"),
                ("GET third", "$4\r\n\0foo\r\n"),
            ],
        );
    }

    #[test]
    fn setrange_against_string_encoded_key() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                ("SET mykey foo", "+OK\r\n"),
                ("SETRANGE mykey 0 b", ":3\r\n"),
                ("GET mykey", "$3\r\nboo\r\n"),
                ("SET mykey foo", "+OK\r\n"),
                ("SETRANGE mykey 1 b", ":3\r\n"),
                ("GET mykey", "$3\r\nfbo\r\n"),
                ("SET mykey foo", "+OK\r\n"),
                ("SETRANGE mykey 4 bar", ":7\r\n"),
                ("GET mykey", "$7\r\nfoo\0bar\r\n"),
            ],
        );
        s.run("SET mykey foo");
        assert_eq!(s.run_args(&[b"SETRANGE", b"mykey", b"0", b""]), ":3\r\n");
        assert_eq!(encoding(&mut s, "mykey"), "embstr");
    }

    #[test]
    fn setrange_against_integer_encoded_key() {
        let mut s = TestShard::new();
        s.run("SET mykey 1234");
        assert_eq!(s.run("SETRANGE mykey 0 2"), ":4\r\n");
        assert_eq!(encoding(&mut s, "mykey"), "raw");
        assert_eq!(s.run("GET mykey"), "$4\r\n2234\r\n");
        // Setting nothing doesn't change the encoding.
        s.run("SET mykey 1234");
        assert_eq!(s.run_args(&[b"SETRANGE", b"mykey", b"0", b""]), ":4\r\n");
        assert_eq!(encoding(&mut s, "mykey"), "int");
        s.run("SET mykey 1234");
        assert_eq!(s.run("SETRANGE mykey 1 3"), ":4\r\n");
        assert_eq!(s.run("GET mykey"), "$4\r\n1334\r\n");
        s.run("SET mykey 1234");
        assert_eq!(s.run("SETRANGE mykey 5 2"), ":6\r\n");
        assert_eq!(s.run("GET mykey"), "$6\r\n1234\x002\r\n");
    }

    #[test]
    fn setrange_with_out_of_range_offset() {
        let mut s = TestShard::new();
        let too_big = "-ERR string exceeds maximum allowed size (proto-max-bulk-len)\r\n";
        assert_eq!(
            s.run(&format!("SETRANGE mykey {} world", 512 * 1024 * 1024 - 4)),
            too_big
        );
        s.run("SET mykey hello");
        assert_eq!(
            s.run("SETRANGE mykey -1 world"),
            "-ERR offset is out of range\r\n"
        );
        assert_eq!(
            s.run(&format!("SETRANGE mykey {} world", 512 * 1024 * 1024 - 4)),
            too_big
        );
        assert_eq!(s.run("GET mykey"), "$5\r\nhello\r\n");
        assert_eq!(encoding(&mut s, "mykey"), "embstr");
    }

    #[test]
    fn setrange_with_huge_offset() {
        let mut s = TestShard::new();
        let too_big = "-ERR string exceeds maximum allowed size (proto-max-bulk-len)\r\n";
        assert_eq!(s.run("SETRANGE K 9223372036854775807 A"), too_big);
        assert_eq!(s.run("SETRANGE K 2147483647 A"), too_big);
        assert_eq!(
            s.run("SETRANGE K 9223372036854775808 A"),
            "-ERR value is not an integer or out of range\r\n"
        );
        // Setting nothing returns before the size check.
        assert_eq!(
            s.run_args(&[b"SETRANGE", b"K", b"999999999999", b""]),
            ":0\r\n"
        );
        s.run("SET K abc");
        assert_eq!(
            s.run_args(&[b"SETRANGE", b"K", b"999999999999", b""]),
            ":3\r\n"
        );
    }

    #[test]
    fn setrange_keeps_the_ttl() {
        let mut s = TestShard::new();
        let now = s.now_ms;
        s.run("SET k hello EX 100");
        assert_eq!(s.run("SETRANGE k 0 J"), ":5\r\n");
        assert_eq!(expire_of(&mut s, "k"), now + 100_000);
    }

    // --- INCR / DECR ---------------------------------------------------------------------

    #[test]
    fn incr_against_non_existing_key() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[("INCR novar", ":1\r\n"), ("GET novar", "$1\r\n1\r\n")],
        );
        assert_eq!(encoding(&mut s, "novar"), "int");
    }

    #[test]
    fn incr_against_key_created_by_incr_itself() {
        let mut s = TestShard::new();
        s.run("INCR novar");
        assert_eq!(s.run("INCR novar"), ":2\r\n");
    }

    #[test]
    fn incr_against_key_originally_set_with_set() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[("SET novar 100", "+OK\r\n"), ("INCR novar", ":101\r\n")],
        );
    }

    #[test]
    fn incr_over_32bit_value() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                ("SET novar 17179869184", "+OK\r\n"),
                ("INCR novar", ":17179869185\r\n"),
            ],
        );
    }

    #[test]
    fn incrby_over_32bit_value_with_over_32bit_increment() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                ("SET novar 17179869184", "+OK\r\n"),
                ("INCRBY novar 17179869184", ":34359738368\r\n"),
            ],
        );
    }

    #[test]
    fn incr_fails_against_key_with_spaces() {
        let mut s = TestShard::new();
        for v in [
            &b" 11"[..],
            b"11 ",
            b" 11 ",
            b"+11",
            b"011",
            b"1.0",
            b"",
            b"abc",
        ] {
            s.run_args(&[b"SET", b"novar", v]);
            assert_eq!(
                s.run("INCR novar"),
                "-ERR value is not an integer or out of range\r\n",
                "{v:?}"
            );
        }
    }

    #[test]
    fn incr_fails_on_increment_that_is_not_an_integer() {
        let mut s = TestShard::new();
        let not_int = "-ERR value is not an integer or out of range\r\n";
        assert_eq!(s.run("INCRBY novar 1.5"), not_int);
        assert_eq!(s.run("DECRBY novar x"), not_int);
        assert_eq!(s.run("INCRBY novar 9223372036854775808"), not_int);
        assert_eq!(s.run("GET novar"), "$-1\r\n");
    }

    #[test]
    fn incr_detects_overflow() {
        let mut s = TestShard::new();
        let overflow = "-ERR increment or decrement would overflow\r\n";
        expect(
            &mut s,
            &[
                ("SET n 9223372036854775807", "+OK\r\n"),
                ("INCR n", overflow),
                ("INCRBY n 1", overflow),
                ("DECRBY n -1", overflow),
                ("INCRBY n -9223372036854775808", ":-1\r\n"),
                ("SET n -9223372036854775808", "+OK\r\n"),
                ("DECR n", overflow),
                ("INCRBY n -1", overflow),
                ("GET n", "$20\r\n-9223372036854775808\r\n"),
                ("INCRBY n 9223372036854775807", ":-1\r\n"),
            ],
        );
    }

    #[test]
    fn decrby_negation_overflow() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                ("SET x 0", "+OK\r\n"),
                (
                    "DECRBY x -9223372036854775808",
                    "-ERR decrement would overflow\r\n",
                ),
                (
                    "DECRBY nokey -9223372036854775808",
                    "-ERR decrement would overflow\r\n",
                ),
                ("GET x", "$1\r\n0\r\n"),
            ],
        );
    }

    #[test]
    fn decrby_over_32bit_value_with_over_32bit_increment_negative_res() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                ("SET novar 17179869184", "+OK\r\n"),
                ("DECRBY novar 17179869185", ":-1\r\n"),
            ],
        );
    }

    #[test]
    fn decr_against_non_existing_key() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                ("DECR n", ":-1\r\n"),
                ("DECR n", ":-2\r\n"),
                ("GET n", "$2\r\n-2\r\n"),
            ],
        );
    }

    #[test]
    fn incr_keeps_the_ttl_and_stores_an_int() {
        let mut s = TestShard::new();
        let now = s.now_ms;
        s.run("SET n 5 EX 100");
        s.run("APPEND n 0");
        assert_eq!(encoding(&mut s, "n"), "raw");
        assert_eq!(s.run("INCR n"), ":51\r\n");
        assert_eq!(encoding(&mut s, "n"), "int");
        assert_eq!(expire_of(&mut s, "n"), now + 100_000);
    }

    #[test]
    fn incr_against_expired_key_starts_from_zero() {
        let mut s = TestShard::new();
        s.run("SET n 5 PX 10");
        s.now_ms += 10 + 1;
        assert_eq!(s.run("INCR n"), ":1\r\n");
        assert_eq!(expire_of(&mut s, "n"), 0);
    }

    // --- INCRBYFLOAT ---------------------------------------------------------------------

    #[test]
    fn incrbyfloat_against_non_existing_key() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                ("INCRBYFLOAT novar 1", "$1\r\n1\r\n"),
                ("GET novar", "$1\r\n1\r\n"),
                ("INCRBYFLOAT novar 0.25", "$4\r\n1.25\r\n"),
                ("GET novar", "$4\r\n1.25\r\n"),
            ],
        );
    }

    #[test]
    fn incrbyfloat_against_key_originally_set_with_set() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                ("SET novar 1.5", "+OK\r\n"),
                ("INCRBYFLOAT novar 1.5", "$1\r\n3\r\n"),
            ],
        );
    }

    #[test]
    fn incrbyfloat_over_32bit_value() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                ("SET novar 17179869184", "+OK\r\n"),
                ("INCRBYFLOAT novar 1.5", "$13\r\n17179869185.5\r\n"),
                ("SET novar 17179869184", "+OK\r\n"),
                ("INCRBYFLOAT novar 17179869184", "$11\r\n34359738368\r\n"),
            ],
        );
    }

    #[test]
    fn incrbyfloat_fails_against_key_with_spaces() {
        let mut s = TestShard::new();
        for v in [&b"    11"[..], b"11    ", b" 11 ", b"abc", b""] {
            s.run_args(&[b"SET", b"novar", v]);
            assert_eq!(
                s.run("INCRBYFLOAT novar 1.0"),
                "-ERR value is not a valid float\r\n",
                "{v:?}"
            );
        }
    }

    #[test]
    fn incrbyfloat_rejects_increments_that_are_not_floats() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                ("SET foo 0", "+OK\r\n"),
                ("INCRBYFLOAT foo nan", "-ERR value is not a valid float\r\n"),
                ("INCRBYFLOAT foo abc", "-ERR value is not a valid float\r\n"),
                (
                    "INCRBYFLOAT foo 1.0x",
                    "-ERR value is not a valid float\r\n",
                ),
                (
                    "INCRBYFLOAT foo 1e5000",
                    "-ERR value is not a valid float\r\n",
                ),
                (
                    "INCRBYFLOAT nokey abc",
                    "-ERR value is not a valid float\r\n",
                ),
                ("GET nokey", "$-1\r\n"),
            ],
        );
        assert_eq!(
            s.run_args(&[b"INCRBYFLOAT", b"foo", b" 1"]),
            "-ERR value is not a valid float\r\n"
        );
        assert_eq!(
            s.run_args(&[b"INCRBYFLOAT", b"foo", b""]),
            "-ERR value is not a valid float\r\n"
        );
    }

    #[test]
    fn incrbyfloat_does_not_allow_nan_or_infinity() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                ("SET foo 0", "+OK\r\n"),
                (
                    "INCRBYFLOAT foo +inf",
                    "-ERR increment would produce NaN or Infinity\r\n",
                ),
                (
                    "INCRBYFLOAT foo inf",
                    "-ERR increment would produce NaN or Infinity\r\n",
                ),
                (
                    "INCRBYFLOAT foo -inf",
                    "-ERR increment would produce NaN or Infinity\r\n",
                ),
                ("GET foo", "$1\r\n0\r\n"),
            ],
        );
    }

    #[test]
    fn incrbyfloat_decrement() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                ("SET foo 1", "+OK\r\n"),
                ("INCRBYFLOAT foo -1.1", "$4\r\n-0.1\r\n"),
            ],
        );
    }

    #[test]
    fn string_to_double_with_null_terminator() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                ("SET foo 1", "+OK\r\n"),
                ("SETRANGE foo 2 2", ":3\r\n"),
                ("INCRBYFLOAT foo 1", "-ERR value is not a valid float\r\n"),
            ],
        );
    }

    #[test]
    fn incrbyfloat_no_negative_zero() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                (
                    "INCRBYFLOAT foo 0.024390243902439025",
                    "$19\r\n0.02439024390243902\r\n",
                ),
                ("INCRBYFLOAT foo -0.024390243902439025", "$1\r\n0\r\n"),
                ("GET foo", "$1\r\n0\r\n"),
                ("SET v -0", "+OK\r\n"),
                ("INCRBYFLOAT v -0.0", "$1\r\n0\r\n"),
            ],
        );
    }

    #[test]
    fn incrbyfloat_uses_long_double_precision_and_17_decimals() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                ("SET x 10.5", "+OK\r\n"),
                ("INCRBYFLOAT x 0.1", "$4\r\n10.6\r\n"),
                ("INCRBYFLOAT x 3.0e3", "$22\r\n3010.60000000000000009\r\n"),
                ("INCRBYFLOAT x 0x10", "$22\r\n3026.60000000000000009\r\n"),
                ("INCRBYFLOAT y 0.1", "$3\r\n0.1\r\n"),
                ("INCRBYFLOAT y 0.2", "$3\r\n0.3\r\n"),
                ("SET z 9223372036854775807", "+OK\r\n"),
                ("INCRBYFLOAT z 1", "$19\r\n9223372036854775808\r\n"),
                ("SET w 1.10000000000000000000000001", "+OK\r\n"),
                ("INCRBYFLOAT w 0", "$3\r\n1.1\r\n"),
                ("INCRBYFLOAT v 1e-20", "$1\r\n0\r\n"),
                ("INCRBYFLOAT v 1e-17", "$19\r\n0.00000000000000001\r\n"),
            ],
        );
    }

    #[test]
    fn incrbyfloat_prints_big_values_in_full() {
        let mut s = TestShard::new();
        let want = "1000000000000000000008997324079559193870523944273290747938260082321265646596180935755849152083750497190350372508614274835903592556184672983913096260520748646287327135641843653294084255107606016789726652932370030551382947620994540294772781889620606179267611627097410650567187386105690089424915104006144";
        assert_eq!(s.run("INCRBYFLOAT x 1e300"), bulk(want));
        assert_eq!(s.run("GET x"), bulk(want));
        assert_eq!(encoding(&mut s, "x"), "raw");
    }

    #[test]
    fn incrbyfloat_stores_text_not_an_integer() {
        let mut s = TestShard::new();
        s.run("SET n 5");
        assert_eq!(s.run("INCRBYFLOAT n 1"), "$1\r\n6\r\n");
        assert_eq!(encoding(&mut s, "n"), "embstr");
        // INCR still reads it as an integer.
        assert_eq!(s.run("INCR n"), ":7\r\n");
    }

    #[test]
    fn incrbyfloat_keeps_the_ttl() {
        let mut s = TestShard::new();
        let now = s.now_ms;
        s.run("SET f 1.5 EX 100");
        assert_eq!(s.run("INCRBYFLOAT f 1"), "$3\r\n2.5\r\n");
        assert_eq!(expire_of(&mut s, "f"), now + 100_000);
    }

    #[test]
    fn incrbyfloat_rejects_text_of_5120_bytes_or_more() {
        let mut s = TestShard::new();
        let ok = format!("1.{}", "0".repeat(5117));
        let too_long = format!("1.{}", "0".repeat(5118));
        assert_eq!(s.run(&format!("INCRBYFLOAT q {ok}")), "$1\r\n1\r\n");
        assert_eq!(
            s.run(&format!("INCRBYFLOAT q {too_long}")),
            "-ERR value is not a valid float\r\n"
        );
        s.run(&format!("SET q {too_long}"));
        assert_eq!(
            s.run("INCRBYFLOAT q 1"),
            "-ERR value is not a valid float\r\n"
        );
    }

    // --- LCS -----------------------------------------------------------------------------

    const RNA1: &str = "CACCTTCCCAGGTAACAAACCAACCAACTTTCGATCTCTTGTAGATCTGTTCTCTAAACGAACTTTAAAATCTGTGTGGCTGTCACTCGGCTGCATGCTTAGTGCACTCACGCAGTATAATTAATAACTAATTACTGTCGTTGACAGGACACGAGTAACTCGTCTATCTTCTGCAGGCTGCTTACGGTTTCGTCCGTGTTGCAGCCGATCATCAGCACATCTAGGTTTCGTCCGGGTGTG";
    const RNA2: &str = "ATTAAAGGTTTATACCTTCCCAGGTAACAAACCAACCAACTTTCGATCTCTTGTAGATCTGTTCTCTAAACGAACTTTAAAATCTGTGTGGCTGTCACTCGGCTGCATGCTTAGTGCACTCACGCAGTATAATTAATAACTAATTACTGTCGTTGACAGGACACGAGTAACTCGTCTATCTTCTGCAGGCTGCTTACGGTTTCGTCCGTGTTGCAGCCGATCATCAGCACATCTAGGTTT";
    const RNALCS: &str = "ACCTTCCCAGGTAACAAACCAACCAACTTTCGATCTCTTGTAGATCTGTTCTCTAAACGAACTTTAAAATCTGTGTGGCTGTCACTCGGCTGCATGCTTAGTGCACTCACGCAGTATAATTAATAACTAATTACTGTCGTTGACAGGACACGAGTAACTCGTCTATCTTCTGCAGGCTGCTTACGGTTTCGTCCGTGTTGCAGCCGATCATCAGCACATCTAGGTTT";

    fn virus_shard() -> TestShard {
        let mut s = TestShard::new();
        s.run(&format!("SET virus1 {RNA1}"));
        s.run(&format!("SET virus2 {RNA2}"));
        s
    }

    /// One expected IDX match: the range in each string and the match length.
    type IdxMatch = ((u32, u32), (u32, u32), u32);

    /// The RESP2 form of an IDX reply with the given (a, b, len) matches.
    fn idx_reply(matches: &[IdxMatch], withlen: bool, total: usize) -> String {
        let mut r = format!("*4\r\n$7\r\nmatches\r\n*{}\r\n", matches.len());
        for ((a0, a1), (b0, b1), len) in matches {
            r += &format!(
                "*{}\r\n*2\r\n:{a0}\r\n:{a1}\r\n*2\r\n:{b0}\r\n:{b1}\r\n",
                2 + withlen as u8
            );
            if withlen {
                r += &format!(":{len}\r\n");
            }
        }
        r + &format!("$3\r\nlen\r\n:{total}\r\n")
    }

    const RNA_MATCHES: [IdxMatch; 5] = [
        ((238, 238), (239, 239), 1),
        ((236, 236), (238, 238), 1),
        ((229, 230), (236, 237), 2),
        ((224, 224), (235, 235), 1),
        ((1, 222), (13, 234), 222),
    ];

    #[test]
    fn lcs_basic() {
        let mut s = virus_shard();
        assert_eq!(s.run("LCS virus1 virus2"), bulk(RNALCS));
    }

    #[test]
    fn lcs_len() {
        let mut s = virus_shard();
        assert_eq!(
            s.run("LCS virus1 virus2 LEN"),
            format!(":{}\r\n", RNALCS.len())
        );
    }

    #[test]
    fn lcs_indexes() {
        let mut s = virus_shard();
        assert_eq!(
            s.run("LCS virus1 virus2 IDX"),
            idx_reply(&RNA_MATCHES, false, RNALCS.len())
        );
    }

    #[test]
    fn lcs_indexes_with_match_len() {
        let mut s = virus_shard();
        assert_eq!(
            s.run("LCS virus1 virus2 IDX WITHMATCHLEN"),
            idx_reply(&RNA_MATCHES, true, RNALCS.len())
        );
    }

    #[test]
    fn lcs_indexes_with_match_len_and_minimum_match_len() {
        let mut s = virus_shard();
        assert_eq!(
            s.run("LCS virus1 virus2 IDX WITHMATCHLEN MINMATCHLEN 5"),
            idx_reply(&RNA_MATCHES[4..], true, RNALCS.len())
        );
        // A negative minimum is 0: every match.
        assert_eq!(
            s.run("LCS virus1 virus2 idx minmatchlen -3"),
            idx_reply(&RNA_MATCHES, false, RNALCS.len())
        );
    }

    #[test]
    fn lcs_short_strings() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                ("MSET s1 ohmytext s2 mynewtext", "+OK\r\n"),
                ("LCS s1 s2", "$6\r\nmytext\r\n"),
                ("LCS s1 s2 LEN", ":6\r\n"),
                (
                    "LCS s1 s2 IDX",
                    "*4\r\n$7\r\nmatches\r\n*2\r\n*2\r\n*2\r\n:4\r\n:7\r\n*2\r\n:5\r\n:8\r\n*2\r\n*2\r\n:2\r\n:3\r\n*2\r\n:0\r\n:1\r\n$3\r\nlen\r\n:6\r\n",
                ),
                (
                    "LCS s1 s2 IDX MINMATCHLEN 4 WITHMATCHLEN",
                    "*4\r\n$7\r\nmatches\r\n*1\r\n*3\r\n*2\r\n:4\r\n:7\r\n*2\r\n:5\r\n:8\r\n:4\r\n$3\r\nlen\r\n:6\r\n",
                ),
                ("SET n 12345", "+OK\r\n"),
                ("SET m 2x4", "+OK\r\n"),
                ("LCS n m", "$2\r\n24\r\n"),
            ],
        );
    }

    #[test]
    fn lcs_against_missing_keys_is_empty() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                ("LCS a b", "$0\r\n\r\n"),
                ("LCS a b LEN", ":0\r\n"),
                (
                    "LCS a b IDX",
                    "*4\r\n$7\r\nmatches\r\n*0\r\n$3\r\nlen\r\n:0\r\n",
                ),
                ("SET a hello", "+OK\r\n"),
                ("LCS a b", "$0\r\n\r\n"),
            ],
        );
        assert_eq!((s.stats.hits, s.stats.misses), (1, 7));
    }

    #[test]
    fn lcs_idx_is_a_map_in_resp3() {
        let mut s = TestShard::new();
        s.client.resp = 3;
        s.run("MSET a abc b abc");
        assert_eq!(
            s.run("LCS a b IDX"),
            "%2\r\n$7\r\nmatches\r\n*1\r\n*2\r\n*2\r\n:0\r\n:2\r\n*2\r\n:0\r\n:2\r\n$3\r\nlen\r\n:3\r\n"
        );
    }

    #[test]
    fn lcs_option_errors() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                (
                    "LCS a b LEN IDX",
                    "-ERR If you want both the length and indexes, please just use IDX.\r\n",
                ),
                ("LCS a b MINMATCHLEN", "-ERR syntax error\r\n"),
                (
                    "LCS a b MINMATCHLEN x",
                    "-ERR value is not an integer or out of range\r\n",
                ),
                ("LCS a b foo", "-ERR syntax error\r\n"),
                ("LCS a b foo LEN IDX", "-ERR syntax error\r\n"),
            ],
        );
    }

    #[test]
    fn lcs_table_is_limited_by_proto_max_bulk_len() {
        let mut s = TestShard::new();
        // (11601 + 1)^2 cells of 4 bytes pass 512 MB; the check comes before any allocation.
        let long = "x".repeat(11_601);
        s.run(&format!("SET a {long}"));
        s.run(&format!("SET b {long}"));
        assert_eq!(
            s.run("LCS a b LEN"),
            "-ERR Insufficient memory, transient memory for LCS exceeds proto-max-bulk-len\r\n"
        );
        assert_eq!(s.run("LCS a nokey LEN"), ":0\r\n");
    }

    #[test]
    fn lcs_agrees_with_a_reference_on_random_strings() {
        fn reference(a: &[u8], b: &[u8]) -> usize {
            let mut prev = vec![0usize; b.len() + 1];
            for &x in a {
                let mut cur = vec![0usize; b.len() + 1];
                for (j, &y) in b.iter().enumerate() {
                    cur[j + 1] = if x == y {
                        prev[j] + 1
                    } else {
                        prev[j + 1].max(cur[j])
                    };
                }
                prev = cur;
            }
            prev[b.len()]
        }
        fn is_subsequence(sub: &[u8], of: &[u8]) -> bool {
            let mut it = of.iter();
            sub.iter().all(|c| it.any(|d| d == c))
        }
        let mut s = TestShard::new();
        let mut seed = 5u64;
        for _ in 0..50 {
            let mut gen = |n: u64| -> Vec<u8> {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
                let len = (seed >> 58) % n;
                (0..len)
                    .map(|i| b"ACGT"[((seed >> (i % 29)) & 3) as usize])
                    .collect()
            };
            let (a, b) = (gen(40), gen(40));
            s.run_args(&[b"MSET", b"a", &a, b"b", &b]);
            let want = reference(&a, &b);
            assert_eq!(s.run("LCS a b LEN"), format!(":{want}\r\n"));
            let reply = s.run("LCS a b");
            let body = reply.split("\r\n").nth(1).unwrap().as_bytes().to_vec();
            assert_eq!(body.len(), want);
            assert!(is_subsequence(&body, &a) && is_subsequence(&body, &b));
        }
    }
}
