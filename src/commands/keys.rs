//! Keyspace commands (Redis's db.c, expire.c and the OBJECT part of object.c): DEL, UNLINK,
//! EXISTS, TYPE, KEYS, SCAN, RANDOMKEY, RENAME, RENAMENX, COPY, MOVE, SWAPDB, TOUCH, DBSIZE,
//! FLUSHDB, FLUSHALL, the EXPIRE and TTL families, PERSIST and OBJECT.
//!
//! Keyed handlers touch only the keys at their declared positions (they may run on a view of
//! those keys in a cross-shard transaction). Commands over the whole keyspace (KEYS, SCAN,
//! RANDOMKEY, DBSIZE, FLUSHDB, FLUSHALL, SWAPDB) are fan-outs: a piece per shard, combined on
//! the connection's thread. TTLs change only through `Db` methods, which keep the expires
//! set in step with the entries.
//!
//! SCAN's cursor spans shards: cursor = dict_cursor * nshards + shard. One SCAN call visits
//! one shard; when that shard's table is done the cursor moves on to the next shard with a
//! dict cursor of 0, and 0 comes back only after the last shard. With one shard the cursor
//! is exactly the table's reverse-binary cursor, as in Redis.
use std::sync::atomic::Ordering;

use super::{
    arg_i64, flag, is, scan_opts, CmdResult, Command, ConnCtx, Ctx, Error, Fanout, Handler, Keys,
    Keyspace, Partial, ScanOpts, ShardCtx, Targets,
};
use crate::lazyfree;
use crate::storage::glob::glob_match;
use crate::storage::{Db, Entry, Value};

const K1: Keys = Keys::Range {
    first: 1,
    last: 1,
    step: 1,
};
const K12: Keys = Keys::Range {
    first: 1,
    last: 2,
    step: 1,
};
const KALL: Keys = Keys::Range {
    first: 1,
    last: -1,
    step: 1,
};
/// OBJECT <sub> key
const K2: Keys = Keys::Range {
    first: 2,
    last: 2,
    step: 1,
};

const SAME_OBJECT: Error = Error::fixed("ERR source and destination objects are the same");
const LFU_NOT_SELECTED: Error = Error::fixed(
    "ERR An LFU maxmemory policy is not selected, access frequency not tracked. Please note that when switching between policies at runtime LRU and LFU data will take some time to adjust.",
);
const LFU_SELECTED: Error = Error::fixed(
    "ERR An LFU maxmemory policy is selected, idle time not tracked. Please note that when switching between policies at runtime LRU and LFU data will take some time to adjust.",
);

/// Redis's OBJ_SHARED_INTEGERS: string values 0..9999 share one object each.
const SHARED_INTEGERS: i64 = 10_000;
/// The refcount Redis reports for shared objects (OBJ_SHARED_REFCOUNT = INT_MAX).
const SHARED_REFCOUNT: i64 = i32::MAX as i64;

pub static COMMANDS: &[Command] = &[
    Command {
        summary: "Delete a key",
        ..Command::new("del", -2, flag::WRITE, KALL, Handler::Keyed(del))
    },
    Command {
        summary: "Delete a key asynchronously in another thread. Otherwise it is just as DEL, but non blocking.",
        since: "4.0.0",
        ..Command::new("unlink", -2, flag::WRITE | flag::FAST, KALL, Handler::Keyed(unlink))
    },
    Command {
        summary: "Determine if a key exists",
        ..Command::new("exists", -2, flag::READONLY | flag::FAST, KALL, Handler::Keyed(exists))
    },
    Command {
        summary: "Determine the type stored at key",
        ..Command::new("type", 2, flag::READONLY | flag::FAST, K1, Handler::Keyed(type_))
    },
    Command {
        summary: "Find all keys matching the given pattern",
        ..Command::new("keys", 2, flag::READONLY, Keys::None, Handler::Fanout(&KEYS))
    },
    Command {
        summary: "Incrementally iterate the keys space",
        since: "2.8.0",
        ..Command::new("scan", -2, flag::READONLY, Keys::None, Handler::Fanout(&SCAN))
    },
    Command {
        summary: "Return a random key from the keyspace",
        ..Command::new("randomkey", 1, flag::READONLY, Keys::None, Handler::Fanout(&RANDOMKEY))
    },
    Command {
        summary: "Rename a key",
        ..Command::new("rename", 3, flag::WRITE, K12, Handler::Keyed(rename))
    },
    Command {
        summary: "Rename a key, only if the new key does not exist",
        ..Command::new("renamenx", 3, flag::WRITE | flag::FAST, K12, Handler::Keyed(renamenx))
    },
    Command {
        summary: "Copy a key",
        since: "6.2.0",
        ..Command::new("copy", -3, flag::WRITE | flag::DENYOOM, K12, Handler::Keyed(copy))
    },
    Command {
        summary: "Move a key to another database",
        ..Command::new("move", 3, flag::WRITE | flag::FAST, K1, Handler::Keyed(move_))
    },
    Command {
        group: "server",
        summary: "Swaps two Redis databases",
        since: "4.0.0",
        ..Command::new("swapdb", 3, flag::WRITE | flag::FAST, Keys::None, Handler::Fanout(&SWAPDB))
    },
    Command {
        summary: "Alters the last access time of a key(s). Returns the number of existing keys specified.",
        since: "3.2.1",
        ..Command::new("touch", -2, flag::READONLY | flag::FAST, KALL, Handler::Keyed(touch))
    },
    Command {
        group: "server",
        summary: "Return the number of keys in the selected database",
        ..Command::new("dbsize", 1, flag::READONLY | flag::FAST, Keys::None, Handler::Fanout(&DBSIZE))
    },
    Command {
        group: "server",
        summary: "Remove all keys from the current database",
        ..Command::new("flushdb", -1, flag::WRITE, Keys::None, Handler::Fanout(&FLUSHDB))
    },
    Command {
        group: "server",
        summary: "Remove all keys from all databases",
        ..Command::new("flushall", -1, flag::WRITE, Keys::None, Handler::Fanout(&FLUSHALL))
    },
    Command {
        summary: "Set a key's time to live in seconds",
        ..Command::new("expire", -3, flag::WRITE | flag::FAST, K1, Handler::Keyed(expire))
    },
    Command {
        summary: "Set a key's time to live in milliseconds",
        since: "2.6.0",
        ..Command::new("pexpire", -3, flag::WRITE | flag::FAST, K1, Handler::Keyed(pexpire))
    },
    Command {
        summary: "Set the expiration for a key as a UNIX timestamp",
        since: "1.2.0",
        ..Command::new("expireat", -3, flag::WRITE | flag::FAST, K1, Handler::Keyed(expireat))
    },
    Command {
        summary: "Set the expiration for a key as a UNIX timestamp specified in milliseconds",
        since: "2.6.0",
        ..Command::new("pexpireat", -3, flag::WRITE | flag::FAST, K1, Handler::Keyed(pexpireat))
    },
    Command {
        summary: "Get the time to live for a key in seconds",
        ..Command::new("ttl", 2, flag::READONLY | flag::FAST, K1, Handler::Keyed(ttl))
    },
    Command {
        summary: "Get the time to live for a key in milliseconds",
        since: "2.6.0",
        ..Command::new("pttl", 2, flag::READONLY | flag::FAST, K1, Handler::Keyed(pttl))
    },
    Command {
        summary: "Get the expiration Unix timestamp for a key",
        since: "7.0.0",
        ..Command::new("expiretime", 2, flag::READONLY | flag::FAST, K1, Handler::Keyed(expiretime))
    },
    Command {
        summary: "Get the expiration Unix timestamp for a key in milliseconds",
        since: "7.0.0",
        ..Command::new("pexpiretime", 2, flag::READONLY | flag::FAST, K1, Handler::Keyed(pexpiretime))
    },
    Command {
        summary: "Remove the expiration from a key",
        since: "2.2.0",
        ..Command::new("persist", 2, flag::WRITE | flag::FAST, K1, Handler::Keyed(persist))
    },
    Command {
        summary: "A container for object introspection commands",
        since: "2.2.3",
        subcommands: OBJECT_SUBCOMMANDS,
        ..Command::new("object", -2, 0, Keys::None, Handler::Container)
    },
];

const OBJECT_SUBCOMMANDS: &[Command] = &[
    Command {
        summary: "Inspect the internal encoding of a Redis object",
        since: "2.2.3",
        ..Command::new(
            "encoding",
            3,
            flag::READONLY,
            K2,
            Handler::Keyed(object_encoding),
        )
    },
    Command {
        summary: "Get the logarithmic access frequency counter of a Redis object",
        since: "4.0.0",
        ..Command::new("freq", 3, flag::READONLY, K2, Handler::Keyed(object_freq))
    },
    Command {
        summary: "Show helpful text about the different subcommands",
        since: "6.2.0",
        ..Command::new(
            "help",
            2,
            flag::LOADING | flag::STALE,
            Keys::None,
            Handler::Conn(object_help),
        )
    },
    Command {
        summary: "Get the time since a Redis object was last accessed",
        since: "2.2.3",
        ..Command::new(
            "idletime",
            3,
            flag::READONLY,
            K2,
            Handler::Keyed(object_idletime),
        )
    },
    Command {
        summary: "Get the number of references to the value of the key",
        since: "2.2.3",
        ..Command::new(
            "refcount",
            3,
            flag::READONLY,
            K2,
            Handler::Keyed(object_refcount),
        )
    },
];

// ---------------------------------------------------------------------------------------------
// Lookups and argument parsing shared by the handlers below.

/// A read that leaves the access time alone but counts a keyspace hit or miss, as Redis's
/// lookupKeyReadWithFlags(LOOKUP_NOTOUCH) (EXISTS, TYPE, TTL, OBJECT).
fn peek<'a>(ks: &'a mut Keyspace<'_>, key: &[u8]) -> Option<&'a mut Entry> {
    let (db, now) = (ks.db, ks.now_ms);
    let e = ks.dbs[db].lookup(key, now, false);
    if e.is_some() {
        ks.stats.hits += 1;
    } else {
        ks.stats.misses += 1;
    }
    e
}

/// An `int` argument (getIntFromObjectOrReply without a custom message).
fn arg_i32(arg: &[u8]) -> Result<i32, Error> {
    let v = arg_i64(arg)?;
    i32::try_from(v).map_err(|_| {
        Error::fixed("ERR value is out of range, value must between -2147483648 and 2147483647")
    })
}

/// A database index argument of MOVE and COPY: an `int`, then within the configured databases.
fn arg_db(arg: &[u8], ndbs: usize) -> Result<usize, Error> {
    let id = arg_i32(arg)?;
    if id < 0 || id as usize >= ndbs {
        return Err(Error::DB_INDEX);
    }
    Ok(id as usize)
}

/// Whether `maxmemory-policy` is an LFU one: entries then carry access counters, not times.
fn lfu_policy() -> bool {
    crate::storage::lfu_enabled()
}

// ---------------------------------------------------------------------------------------------
// DEL, UNLINK, EXISTS, TYPE, TOUCH

/// DEL and UNLINK: values are dropped at once either way (no lazy-free thread).
fn del(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    del_generic(ctx, args, lazyfree::LAZY_USER_DEL.load(Ordering::Relaxed))
}

/// DEL, but a value that is costly to free is freed on the lazyfree thread.
fn unlink(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    del_generic(ctx, args, true)
}

fn del_generic(ctx: &mut Ctx, args: &[&[u8]], lazy: bool) -> CmdResult {
    let mut n = 0;
    for k in &args[1..] {
        if ctx.ks.write(k).is_some() {
            if let Some(e) = ctx.ks.db().remove(k) {
                if lazy {
                    lazyfree::drop_value(e.value);
                }
            }
            n += 1;
        }
    }
    ctx.out.int(n);
    Ok(())
}

/// Counts a key once per time it is named.
fn exists(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let n = args[1..]
        .iter()
        .filter(|k| peek(&mut ctx.ks, k).is_some())
        .count();
    ctx.out.int(n as i64);
    Ok(())
}

fn type_(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let name = peek(&mut ctx.ks, args[1]).map_or("none", |e| e.value.type_name());
    ctx.out.simple(name);
    Ok(())
}

/// Marks each key accessed, even under CLIENT NO-TOUCH (as Redis 7.2, where NO-TOUCH comes
/// from, exempts TOUCH).
fn touch(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let touch = std::mem::replace(&mut ctx.ks.touch, true);
    let n = args[1..]
        .iter()
        .filter(|k| ctx.ks.read(k).is_some())
        .count();
    ctx.ks.touch = touch;
    ctx.out.int(n as i64);
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// RENAME, RENAMENX, COPY, MOVE

fn rename(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    rename_generic(ctx, args, false)
}

fn renamenx(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    rename_generic(ctx, args, true)
}

/// The entry moves whole, TTL and access time included; an existing destination is replaced
/// (RENAME) or left alone with a 0 reply (RENAMENX).
fn rename_generic(ctx: &mut Ctx, args: &[&[u8]], nx: bool) -> CmdResult {
    let (src, dst) = (args[1], args[2]);
    if ctx.ks.write(src).is_none() {
        return Err(Error::NO_SUCH_KEY);
    }
    if src == dst {
        super::changed_nothing();
        if nx {
            ctx.out.int(0);
        } else {
            ctx.out.ok();
        }
        return Ok(());
    }
    // Looked up even when it will be replaced: an expired destination is expired first.
    let dst_exists = ctx.ks.write(dst).is_some();
    if nx && dst_exists {
        super::changed_nothing();
        ctx.out.int(0);
        return Ok(());
    }
    let db = ctx.ks.db();
    let entry = db.remove(src).expect("looked up above");
    db.insert_entry(dst, entry);
    if nx {
        ctx.out.int(1);
    } else {
        ctx.out.ok();
    }
    Ok(())
}

/// COPY source destination [DB destination-db] [REPLACE]. In a cross-shard run the view holds
/// the destination key in `dbs[destination-db]` if it exists.
fn copy(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let src_db = ctx.ks.db;
    let mut dst_db = src_db;
    let mut replace = false;
    let mut j = 3;
    while j < args.len() {
        if is(args[j], "replace") {
            replace = true;
        } else if is(args[j], "db") && j + 1 < args.len() {
            dst_db = arg_db(args[j + 1], ctx.ks.dbs.len())?;
            j += 1;
        } else {
            return Err(Error::SYNTAX);
        }
        j += 1;
    }
    let (key, newkey) = (args[1], args[2]);
    if src_db == dst_db && key == newkey {
        return Err(SAME_OBJECT);
    }
    let now = ctx.ks.now_ms;
    let Some(e) = ctx.ks.read(key) else {
        ctx.out.int(0);
        return Ok(());
    };
    // A duplicate is a new object: its access time starts now.
    let dup = Entry {
        value: e.value.clone(),
        expire_at: e.expire_at,
        lru: crate::storage::fresh_stamp(now),
    };
    let touch = ctx.ks.touch;
    let dst = &mut ctx.ks.dbs[dst_db];
    if dst.lookup(newkey, now, touch).is_some() && !replace {
        super::changed_nothing();
        ctx.out.int(0);
        return Ok(());
    }
    dst.insert_entry(newkey, dup);
    ctx.out.int(1);
    Ok(())
}

/// MOVE key db: runs on the key's owner shard with all its databases.
fn move_(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let key = args[1];
    let src = ctx.ks.db;
    let dst = arg_db(args[2], ctx.ks.dbs.len())?;
    if src == dst {
        return Err(SAME_OBJECT);
    }
    if ctx.ks.write(key).is_none() {
        ctx.out.int(0);
        return Ok(());
    }
    let (now, touch) = (ctx.ks.now_ms, ctx.ks.touch);
    if ctx.ks.dbs[dst].lookup(key, now, touch).is_some() {
        super::changed_nothing();
        ctx.out.int(0);
        return Ok(());
    }
    let entry = ctx.ks.dbs[src].remove(key).expect("looked up above");
    ctx.ks.dbs[dst].insert_entry(key, entry);
    ctx.out.int(1);
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// EXPIRE, PEXPIRE, EXPIREAT, PEXPIREAT, TTL, PTTL, EXPIRETIME, PEXPIRETIME, PERSIST

const EXPIRE_NX: u8 = 1;
const EXPIRE_XX: u8 = 2;
const EXPIRE_GT: u8 = 4;
const EXPIRE_LT: u8 = 8;

fn expire(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    expire_generic(ctx, args, "expire", true, true)
}

fn pexpire(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    expire_generic(ctx, args, "pexpire", true, false)
}

fn expireat(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    expire_generic(ctx, args, "expireat", false, true)
}

fn pexpireat(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    expire_generic(ctx, args, "pexpireat", false, false)
}

/// NX | XX | GT | LT after the time, as parseExtendedExpireArgumentsOrReply.
fn expire_flags(opts: &[&[u8]]) -> Result<u8, Error> {
    let mut flags = 0;
    for opt in opts {
        flags |= if is(opt, "nx") {
            EXPIRE_NX
        } else if is(opt, "xx") {
            EXPIRE_XX
        } else if is(opt, "gt") {
            EXPIRE_GT
        } else if is(opt, "lt") {
            EXPIRE_LT
        } else {
            return Err(Error::msg(format!(
                "ERR Unsupported option {}",
                String::from_utf8_lossy(opt)
            )));
        };
    }
    if flags & EXPIRE_NX != 0 && flags & (EXPIRE_XX | EXPIRE_GT | EXPIRE_LT) != 0 {
        return Err(Error::fixed(
            "ERR NX and XX, GT or LT options at the same time are not compatible",
        ));
    }
    if flags & EXPIRE_GT != 0 && flags & EXPIRE_LT != 0 {
        return Err(Error::fixed(
            "ERR GT and LT options at the same time are not compatible",
        ));
    }
    Ok(flags)
}

/// expireGenericCommand: `relative` adds the current time, `seconds` scales the argument.
/// A time at or before now deletes the key (and still replies 1).
fn expire_generic(
    ctx: &mut Ctx,
    args: &[&[u8]],
    name: &str,
    relative: bool,
    seconds: bool,
) -> CmdResult {
    let flags = expire_flags(&args[3..])?;
    let mut when = arg_i64(args[2])?;
    let invalid = || Error::msg(format!("ERR invalid expire time in '{name}' command"));
    if seconds {
        when = when.checked_mul(1000).ok_or_else(invalid)?;
    }
    let now = ctx.ks.now_ms as i64;
    if relative {
        when = when.checked_add(now).ok_or_else(invalid)?;
    }
    let key = args[1];
    let Some(e) = ctx.ks.write(key) else {
        ctx.out.int(0);
        return Ok(());
    };
    // -1 stands for "no TTL", as getExpire returns it.
    let current = if e.expire_at == 0 {
        -1
    } else {
        e.expire_at as i64
    };
    let refused = (flags & EXPIRE_NX != 0 && current != -1)
        || (flags & EXPIRE_XX != 0 && current == -1)
        || (flags & EXPIRE_GT != 0 && (current == -1 || when <= current))
        || (flags & EXPIRE_LT != 0 && current != -1 && when >= current);
    if refused {
        super::changed_nothing();
        ctx.out.int(0);
        return Ok(());
    }
    if when <= now {
        ctx.ks.db().remove(key);
    } else {
        ctx.ks.db().set_expire(key, when as u64);
    }
    ctx.out.int(1);
    Ok(())
}

fn ttl(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    ttl_generic(ctx, args, false, false)
}

fn pttl(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    ttl_generic(ctx, args, true, false)
}

fn expiretime(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    ttl_generic(ctx, args, false, true)
}

fn pexpiretime(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    ttl_generic(ctx, args, true, true)
}

/// -2 for a missing key, -1 for a key without TTL; seconds are rounded to the nearest.
fn ttl_generic(ctx: &mut Ctx, args: &[&[u8]], ms: bool, absolute: bool) -> CmdResult {
    let now = ctx.ks.now_ms as i64;
    let Some(e) = peek(&mut ctx.ks, args[1]) else {
        ctx.out.int(-2);
        return Ok(());
    };
    if e.expire_at == 0 {
        ctx.out.int(-1);
        return Ok(());
    }
    let at = e.expire_at as i64;
    let t = if absolute { at } else { at - now }.max(0);
    ctx.out.int(if ms { t } else { (t + 500) / 1000 });
    Ok(())
}

fn persist(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let done = ctx.ks.write(args[1]).is_some() && ctx.ks.db().persist(args[1]);
    if !done {
        super::changed_nothing();
    }
    ctx.out.int(done as i64);
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// OBJECT ENCODING | FREQ | IDLETIME | REFCOUNT | HELP: lookups that never touch the key.

fn object_encoding(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    match peek(&mut ctx.ks, args[2]) {
        None => ctx.out.null(),
        Some(e) => ctx.out.bulk_str(e.value.encoding()),
    }
    Ok(())
}

fn object_freq(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    if peek(&mut ctx.ks, args[2]).is_none() {
        ctx.out.null();
        return Ok(());
    }
    if !lfu_policy() {
        return Err(LFU_NOT_SELECTED);
    }
    let now = ctx.ks.now_ms;
    let freq = peek(&mut ctx.ks, args[2]).map_or(0, |e| e.lfu_counter(now));
    ctx.out.int(freq as i64);
    Ok(())
}

fn object_idletime(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let now_s = ctx.ks.now_ms / 1000;
    let Some(e) = peek(&mut ctx.ks, args[2]) else {
        ctx.out.null();
        return Ok(());
    };
    if lfu_policy() {
        return Err(LFU_SELECTED);
    }
    ctx.out.int(now_s.saturating_sub(e.lru as u64) as i64);
    Ok(())
}

/// Integer strings 0..9999 are Redis's shared objects (with maxmemory 0 or a policy other
/// than LRU/LFU, the default): it reports INT_MAX for them, 1 for any other value.
fn object_refcount(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    match peek(&mut ctx.ks, args[2]) {
        None => ctx.out.null(),
        Some(e) => ctx.out.int(match e.value {
            Value::Int(n) if (0..SHARED_INTEGERS).contains(&n) => SHARED_REFCOUNT,
            _ => 1,
        }),
    }
    Ok(())
}

fn object_help(ctx: &mut ConnCtx, args: &[&[u8]]) -> CmdResult {
    const HELP: &[&str] = &[
        "ENCODING <key>",
        "    Return the kind of internal representation used in order to store the value",
        "    associated with a <key>.",
        "FREQ <key>",
        "    Return the access frequency index of the <key>. The returned integer is",
        "    proportional to the logarithm of the recent access frequency of the key.",
        "IDLETIME <key>",
        "    Return the idle time of the <key>, that is the approximated number of",
        "    seconds elapsed since the last access to the key.",
        "REFCOUNT <key>",
        "    Return the number of references of the value associated with the specified",
        "    <key>.",
        "HELP",
        "    Prints this help.",
    ];
    ctx.out.array(HELP.len() + 1);
    ctx.out.simple(&format!(
        "{} <subcommand> [<arg> [value] [opt] ...]. Subcommands are:",
        String::from_utf8_lossy(args[0]).to_ascii_uppercase()
    ));
    for line in HELP {
        ctx.out.simple(line);
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Fan-outs: KEYS, DBSIZE, RANDOMKEY, FLUSHDB, FLUSHALL, SWAPDB

fn all_shards(_ctx: &mut ConnCtx, _args: &[&[u8]]) -> Result<Targets, Error> {
    Ok(Targets::All)
}

static KEYS: Fanout = Fanout {
    prepare: all_shards,
    run: keys_run,
    combine: keys_combine,
    exclusive: false,
};

/// The live keys matching the pattern; expired ones are skipped, not deleted (as Redis).
fn keys_run(ctx: &mut ShardCtx, args: &[&[u8]]) -> Partial {
    let pattern = args[1];
    let all = pattern == b"*";
    let now = ctx.now_ms;
    let found: Vec<Vec<u8>> = ctx.dbs[ctx.db]
        .iter()
        .filter(|(k, e)| (all || glob_match(pattern, k, false)) && !e.is_expired(now))
        .map(|(k, _)| k.to_vec())
        .collect();
    Box::new(found)
}

fn keys_combine(ctx: &mut ConnCtx, _args: &[&[u8]], pieces: Vec<Partial>) -> CmdResult {
    let pieces: Vec<Vec<Vec<u8>>> = pieces.into_iter().map(downcast).collect();
    ctx.out.array(pieces.iter().map(Vec::len).sum());
    for k in pieces.iter().flatten() {
        ctx.out.bulk(k);
    }
    Ok(())
}

static DBSIZE: Fanout = Fanout {
    prepare: all_shards,
    run: dbsize_run,
    combine: dbsize_combine,
    exclusive: false,
};

/// Like Redis, counts keys whose TTL passed but that were not removed yet.
fn dbsize_run(ctx: &mut ShardCtx, _args: &[&[u8]]) -> Partial {
    Box::new(ctx.dbs[ctx.db].len())
}

fn dbsize_combine(ctx: &mut ConnCtx, _args: &[&[u8]], pieces: Vec<Partial>) -> CmdResult {
    let n: usize = pieces.into_iter().map(downcast::<usize>).sum();
    ctx.out.int(n as i64);
    Ok(())
}

static RANDOMKEY: Fanout = Fanout {
    prepare: all_shards,
    run: randomkey_run,
    combine: randomkey_combine,
    exclusive: false,
};

/// One shard's part of RANDOMKEY: its size, one random live key, and a random number the
/// combine step uses to pick a shard in proportion to its size.
struct RandomPick {
    size: usize,
    key: Option<Vec<u8>>,
    rand: u64,
}

fn randomkey_run(ctx: &mut ShardCtx, _args: &[&[u8]]) -> Partial {
    let now = ctx.now_ms;
    let db = &mut ctx.dbs[ctx.db];
    let rand = &mut *ctx.rand;
    // As dbRandomKey on a primary: expired keys met on the way are deleted and the search
    // goes on, so the answer is always a live key.
    let key = loop {
        match db.random_key(now, &mut || rand()) {
            None => break None,
            Some(k) if db.lookup(&k, now, false).is_some() => break Some(k),
            Some(_) => {}
        }
    };
    Box::new(RandomPick {
        size: db.len(),
        key,
        rand: rand(),
    })
}

fn randomkey_combine(ctx: &mut ConnCtx, _args: &[&[u8]], pieces: Vec<Partial>) -> CmdResult {
    let picks: Vec<RandomPick> = pieces.into_iter().map(downcast).collect();
    match pick_weighted(&picks) {
        Some(k) => ctx.out.bulk(k),
        None => ctx.out.null(),
    }
    Ok(())
}

/// The key of a shard chosen with probability size / total.
fn pick_weighted(picks: &[RandomPick]) -> Option<&[u8]> {
    let live = || picks.iter().filter(|p| p.key.is_some());
    let total: u64 = live().map(|p| p.size as u64).sum();
    if total == 0 {
        return live().next().and_then(|p| p.key.as_deref());
    }
    let mut r = picks.first()?.rand % total;
    for p in live() {
        if r < p.size as u64 {
            return p.key.as_deref();
        }
        r -= p.size as u64;
    }
    None
}

static FLUSHDB: Fanout = Fanout {
    prepare: flush_prepare,
    run: flushdb_run,
    combine: reply_ok,
    exclusive: true,
};

static FLUSHALL: Fanout = Fanout {
    prepare: flush_prepare,
    run: flushall_run,
    combine: reply_ok,
    exclusive: true,
};

/// [SYNC | ASYNC]: ASYNC (or no flag under lazyfree-lazy-user-flush) hands the databases'
/// contents to the lazyfree thread.
fn flush_prepare(_ctx: &mut ConnCtx, args: &[&[u8]]) -> Result<Targets, Error> {
    match args.len() {
        1 => Ok(Targets::All),
        2 if is(args[1], "sync") || is(args[1], "async") => Ok(Targets::All),
        _ => Err(Error::SYNTAX),
    }
}

fn flush_async(args: &[&[u8]]) -> bool {
    match args.get(1) {
        Some(a) => is(a, "async"),
        None => lazyfree::LAZY_USER_FLUSH.load(Ordering::Relaxed),
    }
}

fn flushdb_run(ctx: &mut ShardCtx, args: &[&[u8]]) -> Partial {
    if flush_async(args) {
        lazyfree::drop_dbs(vec![ctx.dbs[ctx.db].take()]);
    } else {
        ctx.dbs[ctx.db].clear();
    }
    Box::new(())
}

fn flushall_run(ctx: &mut ShardCtx, args: &[&[u8]]) -> Partial {
    if flush_async(args) {
        lazyfree::drop_dbs(ctx.dbs.iter_mut().map(Db::take).collect());
    } else {
        ctx.dbs.iter_mut().for_each(Db::clear);
    }
    Box::new(())
}

fn reply_ok(ctx: &mut ConnCtx, _args: &[&[u8]], _pieces: Vec<Partial>) -> CmdResult {
    ctx.out.ok();
    Ok(())
}

static SWAPDB: Fanout = Fanout {
    prepare: swapdb_prepare,
    run: swapdb_run,
    combine: swapdb_combine,
    exclusive: true,
};

fn swapdb_ids(args: &[&[u8]]) -> Result<(i32, i32), Error> {
    let a = arg_i32(args[1]).map_err(|_| Error::fixed("ERR invalid first DB index"))?;
    let b = arg_i32(args[2]).map_err(|_| Error::fixed("ERR invalid second DB index"))?;
    Ok((a, b))
}

fn swapdb_prepare(_ctx: &mut ConnCtx, args: &[&[u8]]) -> Result<Targets, Error> {
    swapdb_ids(args)?;
    Ok(Targets::All)
}

/// Every shard has the same databases, so all of them agree on whether the indexes are in range.
fn swapdb_run(ctx: &mut ShardCtx, args: &[&[u8]]) -> Partial {
    let in_range = match swapdb_ids(args) {
        Ok((a, b)) => {
            let n = ctx.dbs.len() as i64;
            let ok = (0..n).contains(&(a as i64)) && (0..n).contains(&(b as i64));
            if ok {
                ctx.dbs.swap(a as usize, b as usize);
            }
            ok
        }
        Err(_) => false,
    };
    Box::new(in_range)
}

fn swapdb_combine(ctx: &mut ConnCtx, _args: &[&[u8]], pieces: Vec<Partial>) -> CmdResult {
    if pieces.into_iter().all(downcast::<bool>) {
        ctx.out.ok();
        Ok(())
    } else {
        Err(Error::DB_INDEX)
    }
}

// ---------------------------------------------------------------------------------------------
// SCAN cursor [MATCH pattern] [COUNT count] [TYPE type]

static SCAN: Fanout = Fanout {
    prepare: scan_prepare,
    run: scan_run,
    combine: scan_combine,
    exclusive: false,
};

/// The cursor, then the options in order; the first bad one is the error.
fn scan_args<'a>(args: &[&'a [u8]]) -> Result<(u64, ScanOpts<'a>), Error> {
    let cursor = crate::num::parse_u64(args[1]).ok_or(Error::INVALID_CURSOR)?;
    Ok((cursor, scan_opts(args, 2, true)?))
}

fn scan_prepare(ctx: &mut ConnCtx, args: &[&[u8]]) -> Result<Targets, Error> {
    let (cursor, _) = scan_args(args)?;
    Ok(Targets::From((cursor % ctx.nshards as u64) as usize))
}

/// What one shard's step of a SCAN call returns: the next cursor (shard encoded), whether
/// this shard's table is done, and the keys.
struct ScanPage {
    cursor: u64,
    done: bool,
    keys: Vec<Vec<u8>>,
}

/// scanGenericCommand on this shard's table: COUNT bounds the keys visited (before any
/// filtering) and the table steps taken (ten per COUNT); then keys not matching the
/// pattern, not of the type or expired are left out, the expired ones deleted.
fn scan_run(ctx: &mut ShardCtx, args: &[&[u8]]) -> Partial {
    let (start, o) = scan_args(args).expect("validated by scan_prepare");
    let nshards = ctx.nshards as u64;
    let shard = ctx.shard_id as u64;
    let (now, db) = (ctx.now_ms, &mut ctx.dbs[ctx.db]);

    // The cursor's own shard resumes where it was; the shards after it start from 0.
    let mut cursor = if start % nshards == shard {
        start / nshards
    } else {
        0
    };
    let mut keys = Vec::new();
    let mut visited = 0u64;
    let mut steps_left = o.count.saturating_mul(10);
    loop {
        cursor = db.scan(cursor, |k, _| {
            visited += 1;
            if o.pattern.is_none_or(|p| glob_match(p, k, false)) {
                keys.push(k.to_vec());
            }
        });
        if cursor == 0 || steps_left == 0 || visited >= o.count {
            break;
        }
        steps_left -= 1;
    }

    keys.retain(|k| match o.type_name {
        Some(t) => {
            // As Redis: a NOTOUCH read lookup (keyspace hit or miss counted); an expired key
            // is deleted by it and then reads as type "none".
            let e = db.lookup(k, now, false);
            if e.is_some() {
                ctx.stats.hits += 1;
            } else {
                ctx.stats.misses += 1;
            }
            let name = e.map_or("none", |e| e.value.type_name());
            name.as_bytes().eq_ignore_ascii_case(t)
        }
        None => db.lookup(k, now, false).is_some(),
    });

    Box::new(ScanPage {
        cursor: next_scan_cursor(cursor, shard, nshards),
        done: cursor == 0,
        keys,
    })
}

/// The cursor after a step on `shard` left its table at `dict_cursor`: the same shard while
/// its table is not done, else the start of the next shard, else 0.
fn next_scan_cursor(dict_cursor: u64, shard: u64, nshards: u64) -> u64 {
    if dict_cursor != 0 {
        dict_cursor.wrapping_mul(nshards).wrapping_add(shard)
    } else if shard + 1 < nshards {
        shard + 1
    } else {
        0
    }
}

/// Takes the shards' steps in order, up to the first shard not done or until COUNT keys are
/// in hand; later steps are dropped (the cursor returned makes the next call redo them). So
/// empty shards cost no round trip and a finished scan ends with cursor 0, as in Redis.
fn scan_combine(ctx: &mut ConnCtx, args: &[&[u8]], pieces: Vec<Partial>) -> CmdResult {
    let count = scan_args(args)?.1.count as usize;
    let mut keys = Vec::new();
    let mut next = 0;
    for piece in pieces {
        let page: ScanPage = downcast(piece);
        keys.extend(page.keys);
        next = page.cursor;
        if !page.done || keys.len() >= count {
            break;
        }
    }
    let mut cursor = Vec::with_capacity(20);
    crate::num::write_u64(&mut cursor, next);
    ctx.out.array(2);
    ctx.out.bulk(&cursor);
    ctx.out.array(keys.len());
    for k in &keys {
        ctx.out.bulk(k);
    }
    Ok(())
}

/// A piece back to the type its `run` made.
fn downcast<T: 'static>(p: Partial) -> T {
    *p.downcast::<T>()
        .expect("a fan-out's run and combine agree on the piece type")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::client::NoClients;
    use crate::commands::testing::TestShard;
    use crate::commands::{Client, KeyStats};
    use crate::protocol::ReplyBuf;

    fn shard_with(keys: &[&str]) -> TestShard {
        let mut s = TestShard::new();
        for k in keys {
            assert_eq!(s.run(&format!("SET {k} 1")), "+OK\r\n");
        }
        s
    }

    /// The keys of a SCAN or KEYS reply, sorted.
    fn bulk_items(reply: &str) -> Vec<String> {
        let mut lines = reply.split("\r\n").skip(1);
        let mut out = Vec::new();
        while let Some(l) = lines.next() {
            if l.starts_with('$') {
                out.push(lines.next().unwrap().to_string());
            }
        }
        out.sort();
        out
    }

    /// The cursor and the sorted keys of a SCAN reply.
    fn scan_reply(reply: &str) -> (String, Vec<String>) {
        let mut items = reply.split("\r\n");
        assert_eq!(items.next(), Some("*2"), "{reply}");
        items.next();
        let cursor = items.next().unwrap().to_string();
        (cursor, bulk_items(&items.collect::<Vec<_>>().join("\r\n")))
    }

    // --- DEL, UNLINK, EXISTS, TYPE, TOUCH ---

    #[test]
    fn del_against_a_single_item_and_multiple_keys() {
        let mut s = shard_with(&["foo", "foo1", "foo2"]);
        assert_eq!(s.run("DEL foo"), ":1\r\n");
        assert_eq!(s.run("EXISTS foo"), ":0\r\n");
        assert_eq!(s.run("DEL foo1 foo2 foo3 foo1"), ":2\r\n");
        assert_eq!(s.run("DBSIZE"), ":0\r\n");
        assert_eq!(
            s.run("DEL"),
            "-ERR wrong number of arguments for 'del' command\r\n"
        );
    }

    #[test]
    fn unlink_can_reclaim_keys_like_del() {
        let mut s = shard_with(&["a", "b"]);
        assert_eq!(s.run("UNLINK a b c"), ":2\r\n");
        assert_eq!(s.run("DBSIZE"), ":0\r\n");
        assert_eq!(
            s.run("UNLINK"),
            "-ERR wrong number of arguments for 'unlink' command\r\n"
        );
    }

    #[test]
    fn del_of_an_expired_key_returns_zero() {
        let mut s = shard_with(&["k"]);
        s.run("PEXPIRE k 100");
        s.now_ms += 100 + 1;
        assert_eq!(s.run("DEL k"), ":0\r\n");
    }

    #[test]
    fn exists_counts_duplicates() {
        let mut s = shard_with(&["a", "b"]);
        assert_eq!(s.run("EXISTS a"), ":1\r\n");
        assert_eq!(s.run("EXISTS a a b c"), ":3\r\n");
        assert_eq!(s.run("EXISTS c"), ":0\r\n");
    }

    #[test]
    fn exists_and_type_do_not_touch_but_count_hits() {
        let mut s = shard_with(&["a"]);
        s.now_ms += 5_000;
        s.stats = KeyStats::default();
        s.run("EXISTS a b");
        s.run("TYPE a");
        assert_eq!(s.stats.hits, 2);
        assert_eq!(s.stats.misses, 1);
        assert_eq!(s.run("OBJECT IDLETIME a"), ":5\r\n");
    }

    #[test]
    fn type_of_missing_key_is_none() {
        let mut s = shard_with(&["str"]);
        assert_eq!(s.run("TYPE str"), "+string\r\n");
        assert_eq!(s.run("TYPE nokey"), "+none\r\n");
    }

    #[test]
    fn touch_returns_the_number_of_existing_keys_and_updates_access_time() {
        let mut s = shard_with(&["a", "b"]);
        s.now_ms += 10_000;
        assert_eq!(s.run("OBJECT IDLETIME a"), ":10\r\n");
        assert_eq!(s.run("TOUCH a a b c"), ":3\r\n");
        assert_eq!(s.run("OBJECT IDLETIME a"), ":0\r\n");
        assert_eq!(
            s.run("TOUCH"),
            "-ERR wrong number of arguments for 'touch' command\r\n"
        );
    }

    // --- KEYS, DBSIZE, RANDOMKEY ---

    #[test]
    fn keys_with_all_pattern_and_exact_name() {
        let mut s = shard_with(&["key_x", "key_y", "foo"]);
        assert_eq!(bulk_items(&s.run("KEYS *")), ["foo", "key_x", "key_y"]);
        assert_eq!(s.run("KEYS foo"), "*1\r\n$3\r\nfoo\r\n");
        assert_eq!(s.run("KEYS nomatch"), "*0\r\n");
        assert_eq!(
            s.run("KEYS"),
            "-ERR wrong number of arguments for 'keys' command\r\n"
        );
    }

    #[test]
    fn keys_skips_expired_keys_without_deleting_them() {
        let mut s = shard_with(&["a", "b"]);
        s.run("PEXPIRE a 10");
        s.now_ms += 10 + 1;
        assert_eq!(s.run("KEYS *"), "*1\r\n$1\r\nb\r\n");
        assert_eq!(s.run("DBSIZE"), ":2\r\n");
    }

    #[test]
    fn dbsize_counts_the_selected_database() {
        let mut s = shard_with(&["a", "b", "c"]);
        assert_eq!(s.run("DBSIZE"), ":3\r\n");
        s.client.db = 9;
        assert_eq!(s.run("DBSIZE"), ":0\r\n");
        assert_eq!(
            s.run("DBSIZE x"),
            "-ERR wrong number of arguments for 'dbsize' command\r\n"
        );
    }

    #[test]
    fn randomkey_against_empty_db_is_null() {
        let mut s = TestShard::new();
        assert_eq!(s.run("RANDOMKEY"), "$-1\r\n");
        s.client.resp = 3;
        assert_eq!(s.run("RANDOMKEY"), "_\r\n");
    }

    #[test]
    fn randomkey_returns_existing_keys() {
        let mut s = shard_with(&["foo", "bar"]);
        let mut seen = std::collections::HashSet::new();
        for _ in 0..100 {
            let r = s.run("RANDOMKEY");
            assert!(r == "$3\r\nfoo\r\n" || r == "$3\r\nbar\r\n", "{r}");
            seen.insert(r);
        }
        assert_eq!(seen.len(), 2);
    }

    #[test]
    fn randomkey_skips_and_deletes_expired_keys() {
        let mut s = shard_with(&["a", "b", "c", "live"]);
        for k in ["a", "b", "c"] {
            s.run(&format!("PEXPIRE {k} 5"));
        }
        s.now_ms += 5 + 1;
        for _ in 0..20 {
            assert_eq!(s.run("RANDOMKEY"), "$4\r\nlive\r\n");
        }
        assert_eq!(s.run("DBSIZE"), ":1\r\n");
        s.run("PEXPIRE live 5");
        s.now_ms += 5 + 1;
        assert_eq!(s.run("RANDOMKEY"), "$-1\r\n");
    }

    #[test]
    fn randomkey_picks_shards_in_proportion_to_their_size() {
        let pick = |sizes: &[usize], r: u64| {
            let picks: Vec<RandomPick> = sizes
                .iter()
                .enumerate()
                .map(|(i, &size)| RandomPick {
                    size,
                    key: (size > 0).then(|| vec![b'0' + i as u8]),
                    rand: r,
                })
                .collect();
            pick_weighted(&picks).map(|k| k[0] - b'0')
        };
        assert_eq!(pick(&[0, 0, 0], 7), None);
        assert_eq!(pick(&[3, 0, 1], 0), Some(0));
        assert_eq!(pick(&[3, 0, 1], 2), Some(0));
        assert_eq!(pick(&[3, 0, 1], 3), Some(2));
        assert_eq!(pick(&[3, 0, 1], 4), Some(0));
        assert_eq!(pick(&[0, 5, 0], 123), Some(1));
    }

    // --- RENAME, RENAMENX ---

    #[test]
    fn rename_basic_usage_keeps_value_and_ttl() {
        let mut s = TestShard::new();
        s.run("SET mykey hello");
        s.run("EXPIRE mykey 100");
        assert_eq!(s.run("RENAME mykey mykey1"), "+OK\r\n");
        assert_eq!(s.run("GET mykey1"), "$5\r\nhello\r\n");
        assert_eq!(s.run("EXISTS mykey"), ":0\r\n");
        assert_eq!(s.run("TTL mykey1"), ":100\r\n");
    }

    #[test]
    fn rename_against_already_existing_key_overwrites_it_and_its_ttl() {
        let mut s = TestShard::new();
        s.run("SET a x");
        s.run("SET b y");
        s.run("EXPIRE b 100");
        assert_eq!(s.run("RENAME a b"), "+OK\r\n");
        assert_eq!(s.run("GET b"), "$1\r\nx\r\n");
        assert_eq!(s.run("TTL b"), ":-1\r\n");
        assert_eq!(s.dbs[0].expires_len(), 0);
        assert_eq!(s.run("DBSIZE"), ":1\r\n");
    }

    #[test]
    fn rename_against_non_existing_source_key() {
        let mut s = TestShard::new();
        assert_eq!(s.run("RENAME nokey foobar"), "-ERR no such key\r\n");
        assert_eq!(s.run("RENAMENX nokey foobar"), "-ERR no such key\r\n");
        assert_eq!(s.run("RENAME nokey nokey"), "-ERR no such key\r\n");
    }

    #[test]
    fn rename_where_source_and_dest_key_are_the_same() {
        let mut s = shard_with(&["mykey"]);
        s.run("EXPIRE mykey 50");
        assert_eq!(s.run("RENAME mykey mykey"), "+OK\r\n");
        assert_eq!(s.run("RENAMENX mykey mykey"), ":0\r\n");
        assert_eq!(s.run("TTL mykey"), ":50\r\n");
    }

    #[test]
    fn renamenx_basic_usage_and_against_existing_key() {
        let mut s = TestShard::new();
        s.run("SET a x");
        s.run("SET b y");
        assert_eq!(s.run("RENAMENX a b"), ":0\r\n");
        assert_eq!(s.run("GET a"), "$1\r\nx\r\n");
        assert_eq!(s.run("RENAMENX a c"), ":1\r\n");
        assert_eq!(s.run("GET c"), "$1\r\nx\r\n");
        assert_eq!(s.run("EXISTS a"), ":0\r\n");
    }

    #[test]
    fn rename_with_expired_source_or_destination() {
        let mut s = shard_with(&["a", "b"]);
        s.run("PEXPIRE a 10");
        s.run("PEXPIRE b 10");
        s.run("SET c 1");
        s.run("SET d 1");
        s.now_ms += 10 + 1;
        assert_eq!(s.run("RENAME a z"), "-ERR no such key\r\n");
        assert_eq!(s.dbs[0].expired_keys, 1);
        assert_eq!(s.run("RENAMENX c b"), ":1\r\n");
        assert_eq!(s.dbs[0].expired_keys, 2);
        s.run("PEXPIRE b 10");
        s.now_ms += 10 + 1;
        assert_eq!(s.run("RENAME d b"), "+OK\r\n");
        assert_eq!(s.dbs[0].expired_keys, 3);
        assert_eq!(s.run("TTL b"), ":-1\r\n");
    }

    // --- COPY ---

    #[test]
    fn copy_basic_usage_for_string_keeps_ttl() {
        let mut s = TestShard::new();
        s.run("SET mykey foobar");
        s.run("PEXPIRE mykey 5000");
        assert_eq!(s.run("COPY mykey mynewkey"), ":1\r\n");
        assert_eq!(s.run("GET mynewkey"), "$6\r\nfoobar\r\n");
        assert_eq!(s.run("PTTL mynewkey"), ":5000\r\n");
        assert_eq!(s.run("OBJECT ENCODING mynewkey"), "$6\r\nembstr\r\n");
        assert_eq!(s.dbs[0].expires_len(), 2);
    }

    #[test]
    fn copy_for_string_does_not_replace_an_existing_key_without_replace_option() {
        let mut s = TestShard::new();
        s.run("SET mykey hello");
        s.run("SET mynewkey other");
        assert_eq!(s.run("COPY mykey mynewkey"), ":0\r\n");
        assert_eq!(s.run("GET mynewkey"), "$5\r\nother\r\n");
        assert_eq!(s.run("COPY mykey mynewkey REPLACE"), ":1\r\n");
        assert_eq!(s.run("GET mynewkey"), "$5\r\nhello\r\n");
        assert_eq!(s.run("COPY mykey mynewkey replace REPLACE"), ":1\r\n");
    }

    #[test]
    fn copy_for_string_can_replace_an_existing_key_with_ttl() {
        let mut s = TestShard::new();
        s.run("SET a x");
        s.run("SET b y");
        s.run("EXPIRE b 100");
        assert_eq!(s.run("COPY a b REPLACE"), ":1\r\n");
        assert_eq!(s.run("TTL b"), ":-1\r\n");
        assert_eq!(s.dbs[0].expires_len(), 0);
    }

    #[test]
    fn copy_for_string_to_another_db() {
        let mut s = TestShard::new();
        s.run("SET mykey foobar");
        assert_eq!(s.run("COPY mykey mykey DB 9"), ":1\r\n");
        assert_eq!(s.run("COPY mykey mykey DB 9"), ":0\r\n");
        s.client.db = 9;
        assert_eq!(s.run("GET mykey"), "$6\r\nfoobar\r\n");
        assert_eq!(s.run("COPY mykey other db 0"), ":1\r\n");
        s.client.db = 0;
        assert_eq!(s.run("GET other"), "$6\r\nfoobar\r\n");
    }

    #[test]
    fn copy_errors() {
        let mut s = shard_with(&["a"]);
        assert_eq!(
            s.run("COPY a a"),
            "-ERR source and destination objects are the same\r\n"
        );
        assert_eq!(
            s.run("COPY a a DB 0"),
            "-ERR source and destination objects are the same\r\n"
        );
        assert_eq!(s.run("COPY a b DB 16"), "-ERR DB index is out of range\r\n");
        assert_eq!(s.run("COPY a b DB -1"), "-ERR DB index is out of range\r\n");
        assert_eq!(
            s.run("COPY a b DB x"),
            "-ERR value is not an integer or out of range\r\n"
        );
        assert_eq!(
            s.run("COPY a b DB 99999999999"),
            "-ERR value is out of range, value must between -2147483648 and 2147483647\r\n"
        );
        assert_eq!(s.run("COPY a b DB"), "-ERR syntax error\r\n");
        assert_eq!(s.run("COPY a b foo"), "-ERR syntax error\r\n");
        assert_eq!(
            s.run("COPY a"),
            "-ERR wrong number of arguments for 'copy' command\r\n"
        );
        assert_eq!(s.run("COPY nokey b"), ":0\r\n");
    }

    // --- MOVE ---

    #[test]
    fn move_basic_usage_keeps_ttl() {
        let mut s = TestShard::new();
        s.run("SET mykey foobar");
        s.run("EXPIRE mykey 100");
        assert_eq!(s.run("MOVE mykey 9"), ":1\r\n");
        assert_eq!(s.run("EXISTS mykey"), ":0\r\n");
        assert_eq!(s.run("DBSIZE"), ":0\r\n");
        assert_eq!(s.dbs[0].expires_len(), 0);
        s.client.db = 9;
        assert_eq!(s.run("GET mykey"), "$6\r\nfoobar\r\n");
        assert_eq!(s.run("TTL mykey"), ":100\r\n");
    }

    #[test]
    fn move_against_key_existing_in_the_target_db() {
        let mut s = shard_with(&["mykey"]);
        assert_eq!(s.run("COPY mykey mykey DB 9"), ":1\r\n");
        assert_eq!(s.run("MOVE mykey 9"), ":0\r\n");
        assert_eq!(s.run("EXISTS mykey"), ":1\r\n");
    }

    #[test]
    fn move_against_non_existing_key() {
        let mut s = TestShard::new();
        assert_eq!(s.run("MOVE nokey 9"), ":0\r\n");
    }

    #[test]
    fn move_errors() {
        let mut s = shard_with(&["k"]);
        assert_eq!(
            s.run("MOVE k 0"),
            "-ERR source and destination objects are the same\r\n"
        );
        assert_eq!(s.run("MOVE k 16"), "-ERR DB index is out of range\r\n");
        assert_eq!(s.run("MOVE k -1"), "-ERR DB index is out of range\r\n");
        assert_eq!(
            s.run("MOVE k x"),
            "-ERR value is not an integer or out of range\r\n"
        );
        assert_eq!(
            s.run("MOVE k 2147483648"),
            "-ERR value is out of range, value must between -2147483648 and 2147483647\r\n"
        );
        assert_eq!(
            s.run("MOVE k"),
            "-ERR wrong number of arguments for 'move' command\r\n"
        );
        // Checked before the key: a missing key still gets the error.
        assert_eq!(
            s.run("MOVE nokey 0"),
            "-ERR source and destination objects are the same\r\n"
        );
    }

    // --- SWAPDB, FLUSHDB, FLUSHALL ---

    #[test]
    fn swapdb_swaps_two_databases() {
        let mut s = shard_with(&["a"]);
        s.client.db = 1;
        s.run("SET b 1");
        s.run("SET c 1");
        assert_eq!(s.run("SWAPDB 0 1"), "+OK\r\n");
        assert_eq!(s.run("DBSIZE"), ":1\r\n");
        assert_eq!(s.run("EXISTS a"), ":1\r\n");
        s.client.db = 0;
        assert_eq!(s.run("DBSIZE"), ":2\r\n");
        assert_eq!(s.run("SWAPDB 3 3"), "+OK\r\n");
    }

    #[test]
    fn swapdb_errors() {
        let mut s = TestShard::new();
        assert_eq!(s.run("SWAPDB x 1"), "-ERR invalid first DB index\r\n");
        assert_eq!(s.run("SWAPDB 0 y"), "-ERR invalid second DB index\r\n");
        assert_eq!(
            s.run("SWAPDB 0 99999999999"),
            "-ERR invalid second DB index\r\n"
        );
        assert_eq!(s.run("SWAPDB 0 16"), "-ERR DB index is out of range\r\n");
        assert_eq!(s.run("SWAPDB -1 0"), "-ERR DB index is out of range\r\n");
        assert_eq!(
            s.run("SWAPDB 0"),
            "-ERR wrong number of arguments for 'swapdb' command\r\n"
        );
    }

    #[test]
    fn flushdb_empties_only_the_selected_database() {
        let mut s = shard_with(&["a", "b"]);
        s.client.db = 1;
        s.run("SET c 1");
        s.run("EXPIRE c 10");
        assert_eq!(s.run("FLUSHDB"), "+OK\r\n");
        assert_eq!(s.run("DBSIZE"), ":0\r\n");
        assert_eq!(s.dbs[1].expires_len(), 0);
        s.client.db = 0;
        assert_eq!(s.run("DBSIZE"), ":2\r\n");
        assert_eq!(s.run("FLUSHDB ASYNC"), "+OK\r\n");
        assert_eq!(s.run("DBSIZE"), ":0\r\n");
        assert_eq!(s.run("FLUSHDB sync"), "+OK\r\n");
    }

    #[test]
    fn flushall_empties_every_database() {
        let mut s = shard_with(&["a"]);
        s.client.db = 5;
        s.run("SET b 1");
        assert_eq!(s.run("FLUSHALL"), "+OK\r\n");
        assert!(s.dbs.iter().all(|d| d.is_empty()));
        assert_eq!(s.run("FLUSHALL SYNC"), "+OK\r\n");
        assert_eq!(s.run("FLUSHALL async"), "+OK\r\n");
    }

    #[test]
    fn flush_options_syntax_errors() {
        let mut s = shard_with(&["a"]);
        assert_eq!(s.run("FLUSHDB x"), "-ERR syntax error\r\n");
        assert_eq!(s.run("FLUSHALL SYNC ASYNC"), "-ERR syntax error\r\n");
        assert_eq!(s.run("FLUSHALL ASYNC x"), "-ERR syntax error\r\n");
        assert_eq!(s.run("DBSIZE"), ":1\r\n");
    }

    // --- EXPIRE family, TTL family, PERSIST ---

    #[test]
    fn expire_sets_ttl_and_key_expires_after_it() {
        let mut s = TestShard::new();
        s.run("SET x foobar");
        assert_eq!(s.run("EXPIRE x 5"), ":1\r\n");
        assert_eq!(s.run("TTL x"), ":5\r\n");
        assert_eq!(s.run("PTTL x"), ":5000\r\n");
        s.now_ms += 4_999 + 1;
        assert_eq!(s.run("GET x"), "$6\r\nfoobar\r\n");
        s.now_ms += 1 + 1;
        assert_eq!(s.run("GET x"), "$-1\r\n");
        assert_eq!(s.dbs[0].expired_keys, 1);
        assert_eq!(s.run("EXPIRE x 5"), ":0\r\n");
    }

    #[test]
    fn pexpire_expireat_pexpireat() {
        let mut s = shard_with(&["k"]);
        let now = s.now_ms;
        assert_eq!(s.run("PEXPIRE k 1500"), ":1\r\n");
        assert_eq!(s.run("TTL k"), ":2\r\n");
        assert_eq!(s.run("PEXPIRETIME k"), format!(":{}\r\n", now + 1500));
        assert_eq!(s.run(&format!("EXPIREAT k {}", now / 1000 + 100)), ":1\r\n");
        assert_eq!(s.run("EXPIRETIME k"), format!(":{}\r\n", now / 1000 + 100));
        assert_eq!(s.run(&format!("PEXPIREAT k {}", now + 1234)), ":1\r\n");
        assert_eq!(s.run("PTTL k"), ":1234\r\n");
        assert_eq!(s.run("PEXPIREAT k 9223372036854775807"), ":1\r\n");
    }

    #[test]
    fn expire_with_negative_or_past_time_deletes_the_key() {
        let mut s = shard_with(&["a", "b", "c", "d"]);
        let now = s.now_ms;
        assert_eq!(s.run("EXPIRE a -1"), ":1\r\n");
        assert_eq!(s.run("PEXPIRE b 0"), ":1\r\n");
        assert_eq!(s.run(&format!("PEXPIREAT c {now}")), ":1\r\n");
        assert_eq!(s.run("EXPIREAT d 100"), ":1\r\n");
        assert_eq!(s.run("DBSIZE"), ":0\r\n");
        assert_eq!(s.dbs[0].expires_len(), 0);
        assert_eq!(s.dbs[0].expired_keys, 0);
    }

    #[test]
    fn expire_nx_xx_gt_lt_options() {
        let mut s = shard_with(&["a"]);
        assert_eq!(s.run("EXPIRE a 100 XX"), ":0\r\n");
        assert_eq!(s.run("EXPIRE a 100 GT"), ":0\r\n");
        assert_eq!(s.run("EXPIRE a 100 NX"), ":1\r\n");
        assert_eq!(s.run("EXPIRE a 200 NX"), ":0\r\n");
        assert_eq!(s.run("TTL a"), ":100\r\n");
        assert_eq!(s.run("EXPIRE a 50 gt"), ":0\r\n");
        assert_eq!(s.run("EXPIRE a 150 gt"), ":1\r\n");
        assert_eq!(s.run("EXPIRE a 150 lt"), ":0\r\n");
        assert_eq!(s.run("EXPIRE a 20 Lt"), ":1\r\n");
        assert_eq!(s.run("EXPIRE a 30 xx lt"), ":0\r\n");
        assert_eq!(s.run("EXPIRE a 30 xx gt"), ":1\r\n");
        assert_eq!(s.run("TTL a"), ":30\r\n");
        s.run("PERSIST a");
        // No TTL counts as infinite: LT always sets, GT never does.
        assert_eq!(s.run("EXPIRE a 10 GT"), ":0\r\n");
        assert_eq!(s.run("EXPIRE a 10 LT"), ":1\r\n");
        assert_eq!(s.run("EXPIRE a -5 NX"), ":0\r\n");
        assert_eq!(s.run("EXPIRE a -5 XX"), ":1\r\n");
        assert_eq!(s.run("EXISTS a"), ":0\r\n");
    }

    #[test]
    fn expire_option_errors() {
        let mut s = shard_with(&["a"]);
        let nx = "-ERR NX and XX, GT or LT options at the same time are not compatible\r\n";
        assert_eq!(s.run("EXPIRE a 10 NX XX"), nx);
        assert_eq!(s.run("EXPIRE a 10 GT NX"), nx);
        assert_eq!(s.run("PEXPIRE a 10 NX LT"), nx);
        assert_eq!(
            s.run("EXPIRE a 10 GT LT"),
            "-ERR GT and LT options at the same time are not compatible\r\n"
        );
        assert_eq!(s.run("EXPIRE a 10 foo"), "-ERR Unsupported option foo\r\n");
        // Options are checked before the time.
        assert_eq!(s.run("EXPIRE a x foo"), "-ERR Unsupported option foo\r\n");
        assert_eq!(
            s.run("EXPIRE a x"),
            "-ERR value is not an integer or out of range\r\n"
        );
        assert_eq!(
            s.run("EXPIRE a"),
            "-ERR wrong number of arguments for 'expire' command\r\n"
        );
        assert_eq!(s.run("TTL a"), ":-1\r\n");
    }

    #[test]
    fn expire_with_big_integer_overflows_when_converted_to_milliseconds() {
        let mut s = shard_with(&["a"]);
        assert_eq!(
            s.run("EXPIRE a 9223372036854776"),
            "-ERR invalid expire time in 'expire' command\r\n"
        );
        assert_eq!(
            s.run("EXPIRE a -9223372036854776"),
            "-ERR invalid expire time in 'expire' command\r\n"
        );
        assert_eq!(
            s.run("EXPIREAT a -9223372036854775808"),
            "-ERR invalid expire time in 'expireat' command\r\n"
        );
        assert_eq!(
            s.run("PEXPIRE a 9223372036854775807"),
            "-ERR invalid expire time in 'pexpire' command\r\n"
        );
        // Overflow is an error even for a missing key.
        assert_eq!(
            s.run("EXPIRE nokey 9223372036854775807"),
            "-ERR invalid expire time in 'expire' command\r\n"
        );
        assert_eq!(s.run("TTL a"), ":-1\r\n");
        assert_eq!(s.run("EXPIRE a -9223372036854775"), ":1\r\n");
        assert_eq!(s.run("EXISTS a"), ":0\r\n");
    }

    #[test]
    fn ttl_pttl_expiretime_pexpiretime_return_minus_two_and_minus_one() {
        let mut s = shard_with(&["a"]);
        for cmd in ["TTL", "PTTL", "EXPIRETIME", "PEXPIRETIME"] {
            assert_eq!(s.run(&format!("{cmd} nokey")), ":-2\r\n");
            assert_eq!(s.run(&format!("{cmd} a")), ":-1\r\n");
        }
        s.run("PEXPIRE a 100");
        s.now_ms += 100 + 1;
        assert_eq!(s.run("TTL a"), ":-2\r\n");
    }

    #[test]
    fn ttl_rounds_to_the_nearest_second() {
        let mut s = shard_with(&["a"]);
        s.run("PEXPIRE a 1499");
        assert_eq!(s.run("TTL a"), ":1\r\n");
        s.run("PEXPIRE a 1500");
        assert_eq!(s.run("TTL a"), ":2\r\n");
        s.run("PEXPIRE a 499");
        assert_eq!(s.run("TTL a"), ":0\r\n");
        let at = s.now_ms + 1500;
        assert_eq!(
            s.run("EXPIRETIME a"),
            format!(":{}\r\n", (s.now_ms + 499 + 500) / 1000)
        );
        s.run(&format!("PEXPIREAT a {at}"));
        assert_eq!(s.run("EXPIRETIME a"), format!(":{}\r\n", (at + 500) / 1000));
    }

    #[test]
    fn persist_removes_the_ttl() {
        let mut s = shard_with(&["x"]);
        assert_eq!(s.run("PERSIST x"), ":0\r\n");
        s.run("EXPIRE x 100");
        assert_eq!(s.run("PERSIST x"), ":1\r\n");
        assert_eq!(s.run("TTL x"), ":-1\r\n");
        assert_eq!(s.dbs[0].expires_len(), 0);
        assert_eq!(s.run("PERSIST x"), ":0\r\n");
        assert_eq!(s.run("PERSIST nokey"), ":0\r\n");
    }

    #[test]
    fn set_drops_a_previous_ttl() {
        let mut s = shard_with(&["x"]);
        s.run("EXPIRE x 100");
        s.run("SET x y");
        assert_eq!(s.run("TTL x"), ":-1\r\n");
    }

    // --- OBJECT ---

    #[test]
    fn object_encoding_of_strings() {
        let mut s = TestShard::new();
        s.run("SET i 12345");
        s.run("SET e hello");
        s.run_args(&[b"SET", b"r", &[b'x'; 45]]);
        assert_eq!(s.run("OBJECT ENCODING i"), "$3\r\nint\r\n");
        assert_eq!(s.run("object encoding e"), "$6\r\nembstr\r\n");
        assert_eq!(s.run("OBJECT ENCODING r"), "$3\r\nraw\r\n");
        assert_eq!(s.run("OBJECT ENCODING nokey"), "$-1\r\n");
    }

    #[test]
    fn object_refcount_of_shared_integers() {
        let mut s = TestShard::new();
        s.run("SET a 100");
        s.run("SET b 0");
        s.run("SET c 9999");
        s.run("SET d 10000");
        s.run("SET e 100000");
        s.run("SET f -1");
        s.run("SET g hello");
        for k in ["a", "b", "c"] {
            assert_eq!(s.run(&format!("OBJECT REFCOUNT {k}")), ":2147483647\r\n");
        }
        for k in ["d", "e", "f", "g"] {
            assert_eq!(s.run(&format!("OBJECT REFCOUNT {k}")), ":1\r\n");
        }
        assert_eq!(s.run("OBJECT REFCOUNT nokey"), "$-1\r\n");
    }

    #[test]
    fn object_freq_errors_without_an_lfu_policy() {
        let mut s = shard_with(&["a"]);
        assert_eq!(
            s.run("OBJECT FREQ a"),
            "-ERR An LFU maxmemory policy is not selected, access frequency not tracked. Please note that when switching between policies at runtime LRU and LFU data will take some time to adjust.\r\n"
        );
        assert_eq!(s.run("OBJECT FREQ nokey"), "$-1\r\n");
    }

    #[test]
    fn object_idletime_grows_and_object_does_not_touch() {
        let mut s = shard_with(&["a"]);
        assert_eq!(s.run("OBJECT IDLETIME a"), ":0\r\n");
        s.now_ms += 3_500;
        assert_eq!(s.run("OBJECT IDLETIME a"), ":3\r\n");
        s.run("OBJECT ENCODING a");
        s.run("OBJECT REFCOUNT a");
        s.run("OBJECT FREQ a");
        s.run("TTL a");
        s.run("PTTL a");
        assert_eq!(s.run("OBJECT IDLETIME a"), ":3\r\n");
        s.run("GET a");
        assert_eq!(s.run("OBJECT IDLETIME a"), ":0\r\n");
        assert_eq!(s.run("OBJECT IDLETIME nokey"), "$-1\r\n");
    }

    #[test]
    fn client_no_touch_spares_reads_but_not_touch() {
        let mut s = shard_with(&["a"]);
        s.now_ms += 2_000;
        s.client.no_touch = true;
        s.run("GET a");
        assert_eq!(s.run("OBJECT IDLETIME a"), ":2\r\n");
        assert_eq!(s.run("TOUCH a"), ":1\r\n");
        assert_eq!(s.run("OBJECT IDLETIME a"), ":0\r\n");
        s.now_ms += 2_000;
        s.run("GET a");
        assert_eq!(s.run("OBJECT IDLETIME a"), ":2\r\n");
    }

    #[test]
    fn object_help_and_errors() {
        let mut s = TestShard::new();
        let help = s.run("OBJECT HELP");
        assert!(help.starts_with(
            "*15\r\n+OBJECT <subcommand> [<arg> [value] [opt] ...]. Subcommands are:\r\n+ENCODING <key>\r\n"
        ));
        assert!(help.ends_with("+REFCOUNT <key>\r\n+    Return the number of references of the value associated with the specified\r\n+    <key>.\r\n+HELP\r\n+    Prints this help.\r\n"));
        assert_eq!(s.run("object help"), help);
        assert_eq!(
            s.run("OBJECT ENCODING"),
            "-ERR wrong number of arguments for 'object|encoding' command\r\n"
        );
        assert_eq!(
            s.run("OBJECT REFCOUNT a b"),
            "-ERR wrong number of arguments for 'object|refcount' command\r\n"
        );
        assert_eq!(
            s.run("OBJECT HELP x"),
            "-ERR wrong number of arguments for 'object|help' command\r\n"
        );
        assert_eq!(
            s.run("OBJECT foo"),
            "-ERR unknown subcommand 'foo'. Try OBJECT HELP.\r\n"
        );
        assert_eq!(
            s.run("OBJECT"),
            "-ERR wrong number of arguments for 'object' command\r\n"
        );
    }

    // --- SCAN ---

    #[test]
    fn scan_basic_returns_every_key_and_cursor_zero() {
        let mut s = shard_with(&["a", "b", "c"]);
        let r = s.run("SCAN 0");
        assert!(r.starts_with("*2\r\n$1\r\n0\r\n*3\r\n"), "{r}");
        assert_eq!(
            scan_reply(&r),
            ("0".into(), vec!["a".into(), "b".into(), "c".into()])
        );
        assert_eq!(TestShard::new().run("SCAN 0"), "*2\r\n$1\r\n0\r\n*0\r\n");
    }

    #[test]
    fn scan_with_match_type_and_count() {
        // Walks a whole SCAN: with the real table, COUNT limits each page, not the result.
        fn walk(s: &mut TestShard, opts: &str) -> Vec<String> {
            let mut cursor = "0".to_string();
            let mut keys = Vec::new();
            loop {
                let (next, page) = scan_reply(&s.run(&format!("SCAN {cursor}{opts}")));
                keys.extend(page);
                if next == "0" {
                    keys.sort();
                    return keys;
                }
                cursor = next;
            }
        }
        let mut s = shard_with(&["a", "b"]);
        assert_eq!(walk(&mut s, " MATCH a"), ["a"]);
        for opts in [" match * count 1", " TYPE string", " TYPE STRING"] {
            assert_eq!(walk(&mut s, opts), ["a", "b"], "{opts}");
        }
        assert_eq!(walk(&mut s, " TYPE list"), Vec::<String>::new());
        assert_eq!(walk(&mut s, " COUNT 1 MATCH b TYPE string"), ["b"]);
    }

    #[test]
    fn scan_skips_and_deletes_expired_keys() {
        let mut s = shard_with(&["a", "b"]);
        s.run("PEXPIRE a 10");
        s.now_ms += 10 + 1;
        assert_eq!(s.run("SCAN 0"), "*2\r\n$1\r\n0\r\n*1\r\n$1\r\nb\r\n");
        assert_eq!(s.run("DBSIZE"), ":1\r\n");
        assert_eq!(s.dbs[0].expired_keys, 1);
    }

    #[test]
    fn scan_type_none_returns_expired_keys_as_redis_does() {
        let mut s = shard_with(&["a", "b"]);
        s.run("PEXPIRE a 10");
        s.now_ms += 10 + 1;
        assert_eq!(
            s.run("SCAN 0 TYPE none"),
            "*2\r\n$1\r\n0\r\n*1\r\n$1\r\na\r\n"
        );
        assert_eq!(s.run("DBSIZE"), ":1\r\n");
    }

    #[test]
    fn scan_cursor_parsing() {
        let mut s = shard_with(&["a"]);
        let invalid = "-ERR invalid cursor\r\n";
        for bad in [
            "x",
            " 0",
            "0 ",
            "1x",
            "+",
            "-",
            "0x10",
            "18446744073709551616",
        ] {
            assert_eq!(s.run_args(&[b"SCAN", bad.as_bytes()]), invalid, "{bad:?}");
        }
        assert_eq!(crate::num::parse_u64(b""), Some(0));
        assert_eq!(crate::num::parse_u64(b"+0"), Some(0));
        assert_eq!(crate::num::parse_u64(b"007"), Some(7));
        assert_eq!(crate::num::parse_u64(b"-1"), Some(u64::MAX));
        assert_eq!(
            crate::num::parse_u64(b"18446744073709551615"),
            Some(u64::MAX)
        );
        assert_eq!(crate::num::parse_u64(b"-18446744073709551615"), Some(1));
        assert_eq!(crate::num::parse_u64(b"-18446744073709551616"), None);
        assert_eq!(s.run_args(&[b"SCAN", b""]).get(..4), Some("*2\r\n"));
    }

    #[test]
    fn scan_option_errors() {
        let mut s = shard_with(&["a"]);
        let syntax = "-ERR syntax error\r\n";
        assert_eq!(s.run("SCAN 0 COUNT"), syntax);
        assert_eq!(s.run("SCAN 0 COUNT 0"), syntax);
        assert_eq!(s.run("SCAN 0 COUNT -1"), syntax);
        assert_eq!(s.run("SCAN 0 MATCH"), syntax);
        assert_eq!(s.run("SCAN 0 type"), syntax);
        assert_eq!(s.run("SCAN 0 foo bar"), syntax);
        assert_eq!(
            s.run("SCAN 0 COUNT x"),
            "-ERR value is not an integer or out of range\r\n"
        );
        assert_eq!(
            s.run("SCAN 0 MATCH * COUNT x TYPE"),
            "-ERR value is not an integer or out of range\r\n"
        );
        assert_eq!(s.run("SCAN x COUNT 0"), "-ERR invalid cursor\r\n");
        assert_eq!(
            s.run("SCAN"),
            "-ERR wrong number of arguments for 'scan' command\r\n"
        );
        assert!(s
            .run("SCAN 0 COUNT 9223372036854775807")
            .starts_with("*2\r\n"));
    }

    /// Drives SCAN as the server does with several shards: prepare picks the cursor's shard,
    /// run walks it and every shard after it, combine keeps the steps up to the first shard
    /// not done; the next call starts from the reply's cursor.
    fn scan_over_shards(shards: &mut [Vec<Db>], count: usize) -> (Vec<String>, Vec<String>) {
        let nshards = shards.len();
        let now = 1_700_000_000_000;
        let mut client = Client::new("a".into(), "b".into(), 1, false, now, true);
        let mut stats = KeyStats::default();
        let mut seed = 1u64;
        let mut rand = || {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
            seed
        };
        let mut cursor = "0".to_string();
        let mut cursors = Vec::new();
        let mut found = Vec::new();
        loop {
            let count = count.to_string();
            let args: [&[u8]; 4] = [b"SCAN", cursor.as_bytes(), b"COUNT", count.as_bytes()];
            let mut out = ReplyBuf::new(2);
            let mut cc = ConnCtx {
                out: &mut out,
                client: &mut client,
                now_ms: now,
                nshards,
            };
            let Targets::From(first) = scan_prepare(&mut cc, &args).unwrap() else {
                panic!("SCAN visits the cursor's shard and those after it")
            };
            let pieces = (first..nshards)
                .map(|shard| {
                    scan_run(
                        &mut ShardCtx {
                            dbs: &mut shards[shard],
                            db: 0,
                            now_ms: now,
                            shard_id: shard,
                            nshards,
                            clients: &mut NoClients,
                            stats: &mut stats,
                            cmdstats: &Default::default(),
                            rand: &mut rand,
                        },
                        &args,
                    )
                })
                .collect();
            scan_combine(&mut cc, &args, pieces).unwrap();
            let (next, keys) = scan_reply(&String::from_utf8(out.buf).unwrap());
            cursor = next;
            cursors.push(cursor.clone());
            found.extend(keys);
            if cursor == "0" {
                break;
            }
            assert!(cursors.len() < 1000, "SCAN does not terminate: {cursors:?}");
        }
        found.sort();
        (found, cursors)
    }

    #[test]
    fn scan_cursor_walks_every_shard_in_turn() {
        let now = 1_700_000_000_000;
        let mut shards: Vec<Vec<Db>> = (0..3)
            .map(|_| (0..16).map(|_| Db::new()).collect())
            .collect();
        for i in 0..200 {
            // Shard 1 stays empty.
            let shard = if i % 2 == 0 { 0 } else { 2 };
            shards[shard][0].set(format!("k{i}").as_bytes(), Value::Int(i), now);
        }
        let mut all: Vec<String> = (0..200).map(|i| format!("k{i}")).collect();
        all.sort();
        let (found, cursors) = scan_over_shards(&mut shards, 5);
        let mut unique = found.clone();
        unique.dedup();
        assert_eq!(unique, all);
        assert!(cursors.len() > 10, "COUNT 5 takes many calls: {cursors:?}");
        // A few keys over several shards, one of them empty: one call, cursor 0.
        let mut small: Vec<Vec<Db>> = (0..4)
            .map(|_| (0..16).map(|_| Db::new()).collect())
            .collect();
        small[0][0].set(b"a", Value::Int(1), now);
        small[3][0].set(b"b", Value::Int(1), now);
        assert_eq!(
            scan_over_shards(&mut small, 10),
            (vec!["a".into(), "b".into()], vec!["0".into()])
        );
        let mut empty: Vec<Vec<Db>> = (0..4)
            .map(|_| (0..16).map(|_| Db::new()).collect())
            .collect();
        assert_eq!(scan_over_shards(&mut empty, 10), (vec![], vec!["0".into()]));
    }

    #[test]
    fn scan_cursor_keeps_the_shard_in_its_low_bits() {
        // While a table is not done the reply is dict_cursor * nshards + shard ...
        assert_eq!(next_scan_cursor(5, 3, 4), 23);
        assert_eq!(next_scan_cursor(1 << 40, 2, 4), (1 << 42) + 2);
        // ... then the next shard from its start, and 0 after the last.
        assert_eq!(next_scan_cursor(0, 0, 4), 1);
        assert_eq!(next_scan_cursor(0, 2, 4), 3);
        assert_eq!(next_scan_cursor(0, 3, 4), 0);
        // With one shard the cursor is the table's own.
        assert_eq!(next_scan_cursor(12345, 0, 1), 12345);
        assert_eq!(next_scan_cursor(0, 0, 1), 0);
        // prepare sends a cursor to the shard in its low bits.
        let mut client = Client::new("a".into(), "b".into(), 1, false, 0, true);
        let mut out = ReplyBuf::new(2);
        let mut cc = ConnCtx {
            out: &mut out,
            client: &mut client,
            now_ms: 0,
            nshards: 4,
        };
        for (c, shard) in [("0", 0), ("23", 3), ("6", 2), ("-1", 3)] {
            let args: [&[u8]; 2] = [b"SCAN", c.as_bytes()];
            assert!(matches!(scan_prepare(&mut cc, &args), Ok(Targets::From(s)) if s == shard));
        }
    }
}
