//! The command table and the contexts handlers run in.
//!
//! Every command is one `Command` entry exported by its family file (`strings`, `keys`,
//! `server`, `connection`): name, arity, flags, key positions and handler. Routing, arity
//! errors, `COMMAND`, key extraction and INFO commandstats all read this table; nothing is
//! routed any other way.
//!
//! A handler sees its arguments, a context and a reply encoder; never a socket, a ring or
//! another thread. Three kinds of handler say where a command runs:
//! - `Keyed`: on the shard that owns its keys (inline, by a hop, or inside a cross-shard
//!   transaction on a view of the keys; the handler cannot tell which);
//! - `Conn`: on the connection's own thread, with the connection's state (PING, SELECT...);
//! - `Fanout`: a piece on every shard (or one chosen shard), combined on the connection's
//!   thread (DBSIZE, KEYS, SCAN, FLUSHALL, INFO...).
pub mod bitops;
pub mod client;
pub mod config_rewrite;
pub mod connection;
pub mod docs;
pub mod error;
pub mod hashes;
pub mod hll;
pub mod keys;
pub mod lists;
pub mod server;
pub mod sets;
pub mod sort;
pub mod strings;
pub mod transactions;
pub mod zsets;

use std::any::Any;
use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

pub use client::{Client, ClientSet};
pub use error::{CmdResult, Error};

use crate::protocol::ReplyBuf;
use crate::storage::{Db, Entry};

/// Command flags (Redis's names, as COMMAND INFO prints them).
pub mod flag {
    pub const WRITE: u32 = 1 << 0;
    pub const READONLY: u32 = 1 << 1;
    pub const DENYOOM: u32 = 1 << 2;
    pub const ADMIN: u32 = 1 << 3;
    pub const PUBSUB: u32 = 1 << 4;
    pub const NOSCRIPT: u32 = 1 << 5;
    pub const BLOCKING: u32 = 1 << 6;
    pub const LOADING: u32 = 1 << 7;
    pub const STALE: u32 = 1 << 8;
    pub const SKIP_MONITOR: u32 = 1 << 9;
    pub const SKIP_SLOWLOG: u32 = 1 << 10;
    pub const FAST: u32 = 1 << 11;
    pub const NO_AUTH: u32 = 1 << 12;
    pub const MAY_REPLICATE: u32 = 1 << 13;
    pub const NO_MULTI: u32 = 1 << 14;
    pub const MOVABLE_KEYS: u32 = 1 << 15;
    pub const ALLOW_BUSY: u32 = 1 << 16;
    pub const SENTINEL: u32 = 1 << 17;
    pub const NO_ASYNC_LOADING: u32 = 1 << 18;
    pub const NO_MANDATORY_KEYS: u32 = 1 << 19;
    pub const ASKING: u32 = 1 << 20;
    /// DEBUG and friends: refused unless enable-debug-command allows them (hidden in COMMAND).
    pub const PROTECTED: u32 = 1 << 21;
    /// Internal: MULTI, EXEC, DISCARD, WATCH, UNWATCH, RESET change transaction state, so the
    /// shard layer runs them itself (never shown by COMMAND).
    pub const TX: u32 = 1 << 22;

    /// Flags COMMAND INFO never shows (Redis hides them on purpose).
    pub const HIDDEN: u32 = MAY_REPLICATE | SENTINEL | PROTECTED | TX;

    /// The flags COMMAND INFO shows, in Redis 7.0's order (addReplyFlagsForCommand).
    /// `may_replicate`, `sentinel` and `protected` are hidden on purpose, as in Redis;
    /// `movablekeys` is computed from the key specs.
    pub const NAMES: &[(u32, &str)] = &[
        (WRITE, "write"),
        (READONLY, "readonly"),
        (DENYOOM, "denyoom"),
        (ADMIN, "admin"),
        (PUBSUB, "pubsub"),
        (NOSCRIPT, "noscript"),
        (BLOCKING, "blocking"),
        (LOADING, "loading"),
        (STALE, "stale"),
        (SKIP_MONITOR, "skip_monitor"),
        (SKIP_SLOWLOG, "skip_slowlog"),
        (ASKING, "asking"),
        (FAST, "fast"),
        (NO_AUTH, "no_auth"),
        (NO_MANDATORY_KEYS, "no_mandatory_keys"),
        (NO_ASYNC_LOADING, "no_async_loading"),
        (NO_MULTI, "no_multi"),
        (MOVABLE_KEYS, "movablekeys"),
        (ALLOW_BUSY, "allow_busy"),
    ];
}

/// ACL categories (Redis's ACLCommandCategories, in its order: COMMAND INFO lists them so).
pub mod acl {
    pub const KEYSPACE: u32 = 1 << 0;
    pub const READ: u32 = 1 << 1;
    pub const WRITE: u32 = 1 << 2;
    pub const SET: u32 = 1 << 3;
    pub const SORTEDSET: u32 = 1 << 4;
    pub const LIST: u32 = 1 << 5;
    pub const HASH: u32 = 1 << 6;
    pub const STRING: u32 = 1 << 7;
    pub const BITMAP: u32 = 1 << 8;
    pub const HYPERLOGLOG: u32 = 1 << 9;
    pub const GEO: u32 = 1 << 10;
    pub const STREAM: u32 = 1 << 11;
    pub const PUBSUB: u32 = 1 << 12;
    pub const ADMIN: u32 = 1 << 13;
    pub const FAST: u32 = 1 << 14;
    pub const SLOW: u32 = 1 << 15;
    pub const BLOCKING: u32 = 1 << 16;
    pub const DANGEROUS: u32 = 1 << 17;
    pub const CONNECTION: u32 = 1 << 18;
    pub const TRANSACTION: u32 = 1 << 19;
    pub const SCRIPTING: u32 = 1 << 20;

    pub const NAMES: &[(u32, &str)] = &[
        (KEYSPACE, "keyspace"),
        (READ, "read"),
        (WRITE, "write"),
        (SET, "set"),
        (SORTEDSET, "sortedset"),
        (LIST, "list"),
        (HASH, "hash"),
        (STRING, "string"),
        (BITMAP, "bitmap"),
        (HYPERLOGLOG, "hyperloglog"),
        (GEO, "geo"),
        (STREAM, "stream"),
        (PUBSUB, "pubsub"),
        (ADMIN, "admin"),
        (FAST, "fast"),
        (SLOW, "slow"),
        (BLOCKING, "blocking"),
        (DANGEROUS, "dangerous"),
        (CONNECTION, "connection"),
        (TRANSACTION, "transaction"),
        (SCRIPTING, "scripting"),
    ];

    /// The category a command of a COMMAND DOCS group belongs to when its entry names none.
    pub fn of_group(group: &str) -> u32 {
        match group {
            "generic" => KEYSPACE,
            "string" => STRING,
            "list" => LIST,
            "set" => SET,
            "sorted-set" => SORTEDSET,
            "hash" => HASH,
            "pubsub" => PUBSUB,
            "transactions" => TRANSACTION,
            "connection" => CONNECTION,
            "scripting" => SCRIPTING,
            "hyperloglog" => HYPERLOGLOG,
            "geo" => GEO,
            "stream" => STREAM,
            "bitmap" => BITMAP,
            _ => 0,
        }
    }

    /// Adds the categories a command's flags imply (setImplicitACLCategories).
    pub fn with_implicit(mut cats: u32, flags: u32) -> u32 {
        use super::flag;
        if flags & flag::WRITE != 0 {
            cats |= WRITE;
        }
        if flags & flag::READONLY != 0 && cats & SCRIPTING == 0 {
            cats |= READ;
        }
        if flags & flag::ADMIN != 0 {
            cats |= ADMIN | DANGEROUS;
        }
        if flags & flag::PUBSUB != 0 {
            cats |= PUBSUB;
        }
        if flags & flag::FAST != 0 {
            cats |= FAST;
        }
        if flags & flag::BLOCKING != 0 {
            cats |= BLOCKING;
        }
        if cats & FAST == 0 {
            cats |= SLOW;
        }
        cats
    }

    /// The category named `name` (case-insensitive, without '@'), if any.
    pub fn by_name(name: &[u8]) -> Option<u32> {
        NAMES
            .iter()
            .find(|(_, n)| n.as_bytes().eq_ignore_ascii_case(name))
            .map(|(b, _)| *b)
    }
}

/// Key-spec flags (Redis's CMD_KEY_*), in the order COMMAND prints them.
pub mod keyflag {
    pub const RO: u32 = 1 << 0;
    pub const RW: u32 = 1 << 1;
    pub const OW: u32 = 1 << 2;
    pub const RM: u32 = 1 << 3;
    pub const ACCESS: u32 = 1 << 4;
    pub const UPDATE: u32 = 1 << 5;
    pub const INSERT: u32 = 1 << 6;
    pub const DELETE: u32 = 1 << 7;
    pub const NOT_KEY: u32 = 1 << 8;
    pub const INCOMPLETE: u32 = 1 << 9;
    pub const VARIABLE_FLAGS: u32 = 1 << 10;

    pub const NAMES: &[(u32, &str)] = &[
        (RO, "RO"),
        (RW, "RW"),
        (OW, "OW"),
        (RM, "RM"),
        (ACCESS, "access"),
        (UPDATE, "update"),
        (INSERT, "insert"),
        (DELETE, "delete"),
        (NOT_KEY, "not_key"),
        (INCOMPLETE, "incomplete"),
        (VARIABLE_FLAGS, "variable_flags"),
    ];
}

/// Where a key spec starts looking for keys (COMMAND INFO `begin_search`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BeginSearch {
    Unknown,
    /// At this argument index.
    Index(i32),
    /// After `keyword`, searched from `startfrom` (negative: backwards from the end).
    Keyword {
        keyword: &'static str,
        startfrom: i32,
    },
}

/// How a key spec finds its keys from where the search began (COMMAND INFO `find_keys`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FindKeys {
    Unknown,
    /// `lastkey` relative to the start (negative: from the end), every `keystep`; `limit`
    /// splits the rest of the arguments (0: none).
    Range {
        lastkey: i32,
        keystep: i32,
        limit: i32,
    },
    /// The number of keys is the argument at `keynumidx`; keys start at `firstkey`.
    Keynum {
        keynumidx: i32,
        firstkey: i32,
        keystep: i32,
    },
}

/// One key specification, as Redis 7.0 describes a command's keys in COMMAND INFO.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KeySpec {
    pub notes: &'static str,
    /// `keyflag` bits.
    pub flags: u32,
    pub begin_search: BeginSearch,
    pub find_keys: FindKeys,
}

impl KeySpec {
    /// The argument indices this spec selects in `args`, or None where Redis's
    /// getKeysUsingKeySpecs gives up (unknown spec, bad numkeys, out of range).
    pub fn positions(&self, args: &[&[u8]]) -> Option<Vec<usize>> {
        let argc = args.len() as i64;
        let first = match self.begin_search {
            BeginSearch::Unknown => return None,
            BeginSearch::Index(pos) => pos as i64,
            BeginSearch::Keyword { keyword, startfrom } => {
                let (start, end) = if startfrom > 0 {
                    (startfrom as i64, argc - 1)
                } else {
                    (argc + startfrom as i64, 1)
                };
                let mut i = start;
                let mut found = 0;
                loop {
                    if i >= argc || i < 1 {
                        break;
                    }
                    if args[i as usize].eq_ignore_ascii_case(keyword.as_bytes()) {
                        found = i + 1;
                        break;
                    }
                    if i == end {
                        break;
                    }
                    i += if start <= end { 1 } else { -1 };
                }
                if found == 0 {
                    return Some(Vec::new());
                }
                found
            }
        };
        let (first, last, step) = match self.find_keys {
            FindKeys::Unknown => return None,
            FindKeys::Range {
                lastkey,
                keystep,
                limit,
            } => {
                let last = if lastkey >= 0 {
                    first + lastkey as i64
                } else if limit == 0 {
                    argc + lastkey as i64
                } else {
                    first + ((argc - first) / limit as i64 + lastkey as i64)
                };
                (first, last, keystep as i64)
            }
            FindKeys::Keynum {
                keynumidx,
                firstkey,
                keystep,
            } => {
                let at = first + keynumidx as i64;
                if keynumidx as i64 >= argc || at >= argc {
                    return None;
                }
                let n = crate::num::parse_i64(args[at as usize]).filter(|n| *n >= 0)?;
                let first = first + firstkey as i64;
                (first, first + n - 1, keystep as i64)
            }
        };
        if last >= argc || last < first || first >= argc || step <= 0 {
            return None;
        }
        let mut out = Vec::new();
        let mut i = first;
        while i <= last {
            out.push(i as usize);
            i += step;
        }
        Some(out)
    }
}

/// Where a command's keys are among its arguments.
#[derive(Clone, Copy)]
pub enum Keys {
    None,
    /// Redis's (first, last, step); a negative last counts from the end (-1 = last argument).
    Range {
        first: i32,
        last: i32,
        step: i32,
    },
    /// Keys found by parsing (numkeys forms...). `legacy` is what COMMAND reports.
    Custom {
        legacy: (i32, i32, i32),
        find: fn(&[&[u8]], &mut Vec<usize>),
    },
}

pub type KeyedFn = fn(&mut Ctx, &[&[u8]]) -> CmdResult;
pub type ConnFn = fn(&mut ConnCtx, &[&[u8]]) -> CmdResult;

/// What a fan-out command's piece on one shard returns; the command's `combine` knows its type.
pub type Partial = Box<dyn Any + Send>;

/// Which shards a fan-out command visits.
pub enum Targets {
    All,
    One(usize),
    /// Shard n and every shard after it (SCAN goes on into the next shards in one call).
    From(usize),
}

pub struct Fanout {
    /// Validates arguments on the connection's thread (errors reply at once) and picks the shards.
    pub prepare: fn(&mut ConnCtx, &[&[u8]]) -> Result<Targets, Error>,
    pub run: fn(&mut ShardCtx, &[&[u8]]) -> Partial,
    /// Gets the pieces in shard order.
    pub combine: fn(&mut ConnCtx, &[&[u8]], Vec<Partial>) -> CmdResult,
    /// Locks the whole of every shard it visits before running (FLUSHALL, SWAPDB): atomic
    /// against every other command. Otherwise each piece runs when its shard has no
    /// transaction in flight, like Redis's SCAN: each piece is consistent, the whole need not be.
    pub exclusive: bool,
}

pub enum Handler {
    Keyed(KeyedFn),
    Conn(ConnFn),
    Fanout(&'static Fanout),
    /// A container (CONFIG, CLIENT...): dispatch on the first argument to `subcommands`.
    Container,
}

pub struct Command {
    pub name: &'static str,
    pub arity: i32,
    pub flags: u32,
    pub keys: Keys,
    pub handler: Handler,
    /// COMMAND DOCS group ("string", "generic", "connection", "server").
    pub group: &'static str,
    pub summary: &'static str,
    pub since: &'static str,
    pub subcommands: &'static [Command],
    /// ACL categories named by the command (`acl` bits; the ones its flags imply are added
    /// when reported). 0: Redis's own categories for this name (`docs`), else its group's.
    pub acl: u32,
    /// COMMAND INFO tips ("nondeterministic_output"...). Empty: Redis's own for this name.
    pub tips: &'static [&'static str],
    /// Key specs for COMMAND INFO and GETKEYSANDFLAGS. Empty: Redis's own for this name,
    /// else one derived from `keys` and the command flags.
    pub key_specs: &'static [KeySpec],
    /// What a container runs when called without a subcommand (COMMAND); None: an arity error.
    pub bare: Option<ConnFn>,
    /// Keys it reads that its arguments do not name but its data does (SORT's patterns).
    pub data_keys: Option<&'static DataKeys>,
}

/// Keys a command reads that its arguments do not name but its data does: SORT's BY and GET
/// patterns name a key per element. With several shards such a command runs as a
/// transaction over its declared keys plus these, found from the data once the declared keys
/// are locked (and found again, until nothing is missing).
pub struct DataKeys {
    /// Whether these arguments can name any (no data needed).
    pub named: fn(&[&[u8]]) -> bool,
    /// The keys, from the data `db` holds now (no lookup is counted).
    pub find: FindDataKeys,
}

/// `DataKeys::find`: (database, now in ms, arguments) -> keys.
pub type FindDataKeys = fn(&mut Db, u64, &[&[u8]]) -> Vec<Vec<u8>>;

/// Defines a family's `cmd(name, arity, flags, keys, handler, since, summary)`: a keyed
/// command in COMMAND DOCS group `$group`, so the family's table reads one command a line.
macro_rules! family_cmd {
    ($group:literal) => {
        #[allow(clippy::too_many_arguments)]
        const fn cmd(
            name: &'static str,
            arity: i32,
            flags: u32,
            keys: $crate::commands::Keys,
            f: $crate::commands::KeyedFn,
            since: &'static str,
            summary: &'static str,
        ) -> $crate::commands::Command {
            $crate::commands::Command::keyed($group, name, arity, flags, keys, f, since, summary)
        }
    };
}
pub(crate) use family_cmd;

impl Command {
    /// A keyed command of a family's table (`group` as COMMAND DOCS names it).
    #[allow(clippy::too_many_arguments)]
    pub const fn keyed(
        group: &'static str,
        name: &'static str,
        arity: i32,
        flags: u32,
        keys: Keys,
        f: KeyedFn,
        since: &'static str,
        summary: &'static str,
    ) -> Command {
        Command {
            group,
            summary,
            since,
            ..Command::new(name, arity, flags, keys, Handler::Keyed(f))
        }
    }

    /// Placeholder-free constructor defaults for table entries.
    pub const fn new(
        name: &'static str,
        arity: i32,
        flags: u32,
        keys: Keys,
        handler: Handler,
    ) -> Command {
        Command {
            name,
            arity,
            flags,
            keys,
            handler,
            group: "generic",
            summary: "",
            since: "1.0.0",
            subcommands: &[],
            acl: 0,
            tips: &[],
            key_specs: &[],
            bare: None,
            data_keys: None,
        }
    }

    pub fn arity_ok(&self, argc: usize) -> bool {
        let a = self.arity;
        (a >= 0 && argc == a as usize) || (a < 0 && argc >= (-a) as usize)
    }

    pub fn is_write(&self) -> bool {
        self.flags & flag::WRITE != 0
    }

    /// Argument indices of the keys, into `out` (cleared first).
    #[inline]
    pub fn key_positions(&self, args: &[&[u8]], out: &mut Vec<usize>) {
        out.clear();
        match self.keys {
            Keys::None => {}
            Keys::Range { first, last, step } => {
                let argc = args.len() as i32;
                let last = if last < 0 {
                    argc + last
                } else {
                    last.min(argc - 1)
                };
                let mut i = first;
                while i <= last && i < argc {
                    out.push(i as usize);
                    i += step;
                }
            }
            Keys::Custom { find, .. } => find(args, out),
        }
    }

    pub fn legacy_key_range(&self) -> (i32, i32, i32) {
        match self.keys {
            Keys::None => (0, 0, 0),
            Keys::Range { first, last, step } => (first, last, step),
            Keys::Custom { legacy, .. } => legacy,
        }
    }

    /// The name COMMAND and errors show: "get", or "config|get" for a subcommand.
    pub fn full_name(&self, parent: Option<&Command>) -> String {
        match parent {
            Some(p) => format!("{}|{}", p.name, self.name),
            None => self.name.to_string(),
        }
    }
}

/// Key/value statistics a shard keeps (INFO stats).
#[derive(Default, Clone, Copy)]
pub struct KeyStats {
    pub hits: u64,
    pub misses: u64,
}

/// What a `Keyed` handler runs with: a reply encoder and a keyspace. They are separate fields
/// so a handler can hold an entry from `ks` while it writes to `out`.
pub struct Ctx<'a> {
    pub out: &'a mut ReplyBuf,
    pub ks: Keyspace<'a>,
}

/// One shard's databases (or a view of the keys of a cross-shard transaction), the selected
/// database and the time the command started.
pub struct Keyspace<'a> {
    pub dbs: &'a mut [Db],
    pub db: usize,
    pub now_ms: u64,
    /// False under CLIENT NO-TOUCH: lookups don't update the access time.
    pub touch: bool,
    pub stats: &'a mut KeyStats,
}

impl Keyspace<'_> {
    #[inline]
    pub fn db(&mut self) -> &mut Db {
        &mut self.dbs[self.db]
    }

    /// A key for reading: counts a keyspace hit or miss, as lookupKeyRead does.
    #[inline]
    pub fn read(&mut self, key: &[u8]) -> Option<&mut Entry> {
        let (now, touch) = (self.now_ms, self.touch);
        let e = self.dbs[self.db].lookup(key, now, touch);
        if e.is_some() {
            self.stats.hits += 1;
        } else {
            self.stats.misses += 1;
        }
        e
    }

    /// A key for writing: no hit/miss accounting, as lookupKeyWrite.
    #[inline]
    pub fn write(&mut self, key: &[u8]) -> Option<&mut Entry> {
        let (now, touch) = (self.now_ms, self.touch);
        self.dbs[self.db].lookup(key, now, touch)
    }
}

/// Replies with a string value's bytes.
#[inline]
pub fn reply_string(out: &mut ReplyBuf, v: &crate::storage::Value) {
    use crate::storage::Value;
    match v {
        Value::Int(n) => out.bulk_i64(*n),
        Value::Str(b) => out.bulk(b),
        Value::Raw(b) => out.bulk(b),
        // Callers check the type first.
        _ => {
            debug_assert!(false, "reply_string on a non-string value");
            out.null()
        }
    }
}

/// Replies with a listpack entry (list element, hash field or value, zset member) as a bulk
/// string: integers as their digits, formatted on the stack.
#[inline]
pub fn reply_entry(out: &mut ReplyBuf, e: crate::storage::listpack::Entry<'_>) {
    match e {
        crate::storage::listpack::Entry::Str(s) => out.bulk(s),
        crate::storage::listpack::Entry::Int(n) => out.bulk_i64(n),
    }
}

/// What a `Conn` handler (and a fan-out's prepare/combine) runs with: the connection's own
/// state, on its own thread.
pub struct ConnCtx<'a> {
    pub out: &'a mut ReplyBuf,
    pub client: &'a mut Client,
    pub now_ms: u64,
    pub nshards: usize,
}

/// What a fan-out piece runs with on one shard.
pub struct ShardCtx<'a> {
    pub dbs: &'a mut [Db],
    pub db: usize,
    pub now_ms: u64,
    pub shard_id: usize,
    pub nshards: usize,
    /// This thread's clients; `clients.caller()` is the one whose command this piece is.
    pub clients: &'a mut dyn ClientSet,
    pub stats: &'a mut KeyStats,
    /// This thread's command and error statistics (INFO reads them, RESETSTAT clears them).
    pub cmdstats: &'a RefCell<CallStats>,
    pub rand: &'a mut dyn FnMut() -> u64,
}

/// Per-command call statistics of one thread (INFO commandstats), keyed by full name.
#[derive(Default, Clone, Copy, Debug)]
pub struct CmdStat {
    pub calls: u64,
    pub usec: u64,
    pub rejected: u64,
    pub failed: u64,
}

pub type CmdStats = HashMap<String, CmdStat, BuildHasherDefault<NameHasher>>;

/// FNV-1a: command names are a few bytes long and not attacker-chosen keys of a big table,
/// so a hash this cheap is the right one for the per-request name lookups.
#[derive(Default)]
pub struct NameHasher(u64);

impl Hasher for NameHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ b as u64).wrapping_mul(0x100_0000_01b3);
        }
        self.0 = h;
    }
}

/// Error replies of one thread by error code ("ERR", "WRONGTYPE"...): INFO errorstats.
pub type ErrStats = HashMap<String, u64>;

/// What a fan-out piece sees of its thread's statistics: calls per command, errors per code.
#[derive(Default, Debug)]
pub struct CallStats {
    pub cmd: CmdStats,
    pub err: ErrStats,
}

/// Counts one error reply under its code, as afterErrorReply: the first word of the line
/// when a space ends it within Redis's 32-byte window (counting the '-'), else "ERR".
pub fn count_error(errstats: &mut ErrStats, msg: &str) {
    let window = &msg.as_bytes()[..msg.len().min(31)];
    let code = match memchr::memchr(b' ', window) {
        Some(i) => &msg[..i],
        None => "ERR",
    };
    match errstats.get_mut(code) {
        Some(n) => *n += 1,
        None => {
            errstats.insert(code.to_string(), 1);
        }
    }
}

/// The whole table, built once: every family's entries, indexed by lower-case name.
pub struct Table {
    by_name: HashMap<&'static [u8], &'static Command, BuildHasherDefault<NameHasher>>,
    pub all: Vec<&'static Command>,
}

static TABLE: OnceLock<Table> = OnceLock::new();

pub fn table() -> &'static Table {
    TABLE.get_or_init(|| {
        let mut all: Vec<&'static Command> = Vec::new();
        for family in [
            strings::COMMANDS,
            keys::COMMANDS,
            connection::COMMANDS,
            server::COMMANDS,
            transactions::COMMANDS,
            lists::COMMANDS,
            hashes::COMMANDS,
            sets::COMMANDS,
            zsets::COMMANDS,
            bitops::COMMANDS,
            hll::COMMANDS,
            sort::COMMANDS,
        ] {
            all.extend(family.iter());
        }
        let by_name = all.iter().map(|c| (c.name.as_bytes(), *c)).collect();
        Table { by_name, all }
    })
}

impl Table {
    /// Case-insensitive lookup without allocating for names up to 32 bytes. Pipelines repeat
    /// one command, so each thread first checks the command it found last.
    #[inline]
    pub fn get(&self, name: &[u8]) -> Option<&'static Command> {
        thread_local! {
            static LAST: std::cell::Cell<Option<&'static Command>> = const { std::cell::Cell::new(None) };
        }
        LAST.with(|last| {
            if let Some(c) = last.get() {
                if c.name.as_bytes().eq_ignore_ascii_case(name) {
                    return Some(c);
                }
            }
            let found = lookup_lower(name, |n| self.by_name.get(n).copied());
            if found.is_some() {
                last.set(found);
            }
            found
        })
    }
}

/// Finds `name` among `cmds` case-insensitively (subcommands).
pub fn find_sub(cmds: &'static [Command], name: &[u8]) -> Option<&'static Command> {
    cmds.iter()
        .find(|c| c.name.as_bytes().eq_ignore_ascii_case(name))
}

#[inline]
fn lookup_lower<T>(name: &[u8], f: impl FnOnce(&[u8]) -> Option<T>) -> Option<T> {
    let mut buf = [0u8; 32];
    if name.len() > buf.len() {
        return f(&name.to_ascii_lowercase());
    }
    for (d, s) in buf.iter_mut().zip(name) {
        *d = s.to_ascii_lowercase();
    }
    f(&buf[..name.len()])
}

/// True if two argument bytes are the same word ignoring ASCII case (option parsing).
#[inline]
pub fn is(arg: &[u8], word: &str) -> bool {
    arg.eq_ignore_ascii_case(word.as_bytes())
}

/// An argument as C code reads it: up to its first NUL byte. Redis matches option words
/// with strcasecmp, so `NX\0junk` is NX; we do the same.
#[inline]
pub fn c_str(arg: &[u8]) -> &[u8] {
    match memchr::memchr(0, arg) {
        Some(i) => &arg[..i],
        None => arg,
    }
}

/// strcasecmp of an argument against an option word, as Redis compares them (see [`c_str`]).
#[inline]
pub fn word(arg: &[u8], w: &str) -> bool {
    c_str(arg).eq_ignore_ascii_case(w.as_bytes())
}

/// Keys of `CMD numkeys key...` with numkeys at `at` (SINTERCARD, LMPOP, ZUNION...): none
/// when numkeys is not a number from 1 to the arguments left (the command then errors).
pub fn numkeys_at(args: &[&[u8]], at: usize, out: &mut Vec<usize>) {
    let Some(n) = args.get(at).and_then(|a| crate::num::parse_i64(a)) else {
        return;
    };
    if n < 1 || n > (args.len() - at - 1) as i64 {
        return;
    }
    out.extend(at + 1..at + 1 + n as usize);
}

fn numkeys_at_1(args: &[&[u8]], out: &mut Vec<usize>) {
    numkeys_at(args, 1, out)
}

/// Keys of `CMD dst numkeys key...`: dst, then the numkeys keys.
fn dst_and_numkeys_at_2(args: &[&[u8]], out: &mut Vec<usize>) {
    if args.len() > 1 {
        out.push(1);
    }
    numkeys_at(args, 2, out)
}

/// Shorthands the family tables are written with.
pub mod short {
    use super::{flag, Keys};

    pub const RO: u32 = flag::READONLY;
    pub const FAST: u32 = flag::FAST;
    pub const W: u32 = flag::WRITE;
    pub const WD: u32 = flag::WRITE | flag::DENYOOM;

    /// Redis's (first, last, step) key range.
    pub const fn keys(first: i32, last: i32, step: i32) -> Keys {
        Keys::Range { first, last, step }
    }
    pub const K1: Keys = keys(1, 1, 1);
    pub const K1_2: Keys = keys(1, 2, 1);
    pub const K_ALL: Keys = keys(1, -1, 1);
    /// `CMD numkeys key...`: COMMAND reports (0, 0, 0) and movablekeys, as Redis.
    pub const K_NUMKEYS_1: Keys = Keys::Custom {
        legacy: (0, 0, 0),
        find: super::numkeys_at_1,
    };
    /// `CMD dst numkeys key...` (ZUNIONSTORE, ZINTERSTORE, ZDIFFSTORE).
    pub const K_DST_NUMKEYS_2: Keys = Keys::Custom {
        legacy: (1, 1, 1),
        find: super::dst_and_numkeys_at_2,
    };
}

/// The options of SCAN, HSCAN, SSCAN and ZSCAN (scanGenericCommand).
pub struct ScanOpts<'a> {
    pub count: u64,
    /// None for no pattern or `*` (which matches everything).
    pub pattern: Option<&'a [u8]>,
    /// SCAN's TYPE.
    pub type_name: Option<&'a [u8]>,
}

/// Parses scan options from `args[from..]` in order, the first bad one being the error;
/// TYPE only where `with_type` (SCAN), a syntax error elsewhere, as in Redis.
pub fn scan_opts<'a>(
    args: &[&'a [u8]],
    from: usize,
    with_type: bool,
) -> Result<ScanOpts<'a>, Error> {
    let mut o = ScanOpts {
        count: 10,
        pattern: None,
        type_name: None,
    };
    let mut i = from;
    while i < args.len() {
        let has_value = i + 1 < args.len();
        if word(args[i], "count") && has_value {
            let n = arg_i64(args[i + 1])?;
            if n < 1 {
                return Err(Error::SYNTAX);
            }
            o.count = n as u64;
        } else if word(args[i], "match") && has_value {
            o.pattern = (args[i + 1] != b"*").then_some(args[i + 1]);
        } else if with_type && word(args[i], "type") && has_value {
            o.type_name = Some(args[i + 1]);
        } else {
            return Err(Error::SYNTAX);
        }
        i += 2;
    }
    Ok(o)
}

/// Parses an integer argument or fails with Redis's "value is not an integer" error.
pub fn arg_i64(arg: &[u8]) -> Result<i64, Error> {
    crate::num::parse_i64(arg).ok_or(Error::NOT_INTEGER)
}

/// getRangeLongFromObjectOrReply: an integer in `min..=max`, else `msg` (for a non-integer
/// too, as Redis replies the range message for both).
pub fn arg_range(arg: &[u8], min: i64, max: i64, msg: Error) -> Result<i64, Error> {
    match crate::num::parse_i64(arg) {
        Some(n) if (min..=max).contains(&n) => Ok(n),
        _ => Err(msg),
    }
}

pub fn arg_f64(arg: &[u8]) -> Result<f64, Error> {
    crate::num::parse_f64(arg).ok_or(Error::NOT_FLOAT)
}

/// The most elements a reply of random picks with repetition may promise (SRANDMEMBER,
/// HRANDFIELD, ZRANDMEMBER with a negative count). Redis builds such a reply until memory
/// runs out and the process dies; a reply this long (gigabytes of output) is refused instead.
pub const MAX_REPEATED_PICKS: u64 = 1 << 27;

/// Refuses a count of repeated random picks above [`MAX_REPEATED_PICKS`].
pub fn check_repeated_picks(count: u64) -> Result<(), Error> {
    if count > MAX_REPEATED_PICKS {
        return Err(Error::OUT_OF_RANGE);
    }
    Ok(())
}

/// What a write command changed, as far as WATCH is concerned. Redis signals the keys a
/// command modifies, one by one; the shard assumes every key the command may write that
/// exists before or after it (`Keys`) unless the handler says otherwise here.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Changed {
    Keys,
    /// Nothing (LREM that removed nothing, SREM of absent members, LMOVE from a missing list).
    Nothing,
    /// Only the key at this argument index, of several it names (LMPOP, ZMPOP).
    OnlyArg(usize),
}

thread_local! {
    static CHANGED: std::cell::Cell<Changed> = const { std::cell::Cell::new(Changed::Keys) };
    static READ_WROTE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Called by a write command that turned out to change nothing: Redis signals no modified
/// key then, so WATCH must not see a change either.
pub fn changed_nothing() {
    CHANGED.with(|c| c.set(Changed::Nothing));
}

/// Called by a write command that modified only the key at `args[i]`.
pub fn changed_only_arg(i: usize) {
    CHANGED.with(|c| c.set(Changed::OnlyArg(i)));
}

/// Reads and resets the mark of [`changed_nothing`] / [`changed_only_arg`]; the shard
/// resets it before each write it watches.
pub fn take_changed() -> Changed {
    CHANGED.with(|c| c.replace(Changed::Keys))
}

/// Called by a read command that rewrote its key anyway (PFCOUNT storing the cardinality it
/// recomputed): Redis signals the key as modified then, so an EXEC watching it fails.
pub fn read_wrote() {
    READ_WROTE.with(|c| c.set(true));
}

/// Reads and clears the mark of [`read_wrote`]; the shard clears it before each read it
/// watches.
pub fn take_read_wrote() -> bool {
    READ_WROTE.with(|c| c.replace(false))
}

thread_local! {
    static RNG: std::cell::Cell<u64> = const { std::cell::Cell::new(0x9E37_79B9_7F4A_7C15) };
}

/// A random number for commands that pick at random (SPOP, SRANDMEMBER, HRANDFIELD,
/// ZRANDMEMBER): xorshift64 per thread; replies are random in Redis too, so no caller may
/// depend on the sequence.
pub fn random_u64() -> u64 {
    RNG.with(|c| {
        let mut x = c.get();
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        c.set(x);
        x
    })
}

/// Runs commands straight through the table against in-memory shards, without the server:
/// the family unit tests' way in, as Dragonfly's `*_family_test.cc` are, and the `commands`
/// fuzz target's (cargo-fuzz builds with `--cfg fuzzing`).
#[cfg(any(test, fuzzing))]
pub mod testing {
    use super::*;
    use crate::commands::client::{Caller, NoClients};

    pub struct TestShard {
        pub dbs: Vec<Db>,
        pub client: Client,
        pub now_ms: u64,
        pub stats: KeyStats,
        pub cmdstats: CmdStats,
        pub errstats: ErrStats,
        seed: u64,
    }

    impl Default for TestShard {
        fn default() -> Self {
            Self::new()
        }
    }

    impl TestShard {
        pub fn new() -> TestShard {
            TestShard {
                dbs: (0..16).map(|_| Db::new()).collect(),
                client: Client::new(
                    "127.0.0.1:1".into(),
                    "127.0.0.1:6379".into(),
                    8,
                    false,
                    1_000_000,
                    true,
                ),
                now_ms: 1_700_000_000_000,
                stats: KeyStats::default(),
                cmdstats: CmdStats::default(),
                errstats: ErrStats::new(),
                seed: 42,
            }
        }

        /// Runs one command (words split on spaces) and returns the raw reply bytes as a String.
        pub fn run(&mut self, line: &str) -> String {
            let words: Vec<&[u8]> = line.split(' ').map(|w| w.as_bytes()).collect();
            self.run_args(&words)
        }

        pub fn run_args(&mut self, args: &[&[u8]]) -> String {
            let mut out = ReplyBuf::new(self.client.resp);
            let res = self.exec(&mut out, args);
            if let Err(e) = res {
                out.error(&e.0);
            }
            String::from_utf8_lossy(&out.buf).into_owned()
        }

        fn exec(&mut self, out: &mut ReplyBuf, args: &[&[u8]]) -> CmdResult {
            let Some(mut cmd) = table().get(args[0]) else {
                return Err(Error::unknown_command(args));
            };
            let mut name = cmd.name.to_string();
            if let Handler::Container = cmd.handler {
                if args.len() < 2 {
                    if let (Some(f), true) = (cmd.bare, cmd.arity_ok(args.len())) {
                        let now_ms = self.now_ms;
                        let mut ctx = ConnCtx {
                            out,
                            client: &mut self.client,
                            now_ms,
                            nshards: 1,
                        };
                        return f(&mut ctx, args);
                    }
                    return Err(Error::arity(cmd.name));
                }
                let parent = cmd;
                cmd = find_sub(parent.subcommands, args[1])
                    .ok_or_else(|| Error::unknown_subcommand(args[1], parent.name))?;
                name = cmd.full_name(Some(parent));
            }
            if !cmd.arity_ok(args.len()) {
                return Err(Error::arity(&name));
            }
            let now_ms = self.now_ms;
            match cmd.handler {
                Handler::Keyed(f) => {
                    let mut ctx = Ctx {
                        out,
                        ks: Keyspace {
                            dbs: &mut self.dbs,
                            db: self.client.db,
                            now_ms,
                            touch: !self.client.no_touch,
                            stats: &mut self.stats,
                        },
                    };
                    f(&mut ctx, args)
                }
                Handler::Conn(f) => f(
                    &mut ConnCtx {
                        out,
                        client: &mut self.client,
                        now_ms,
                        nshards: 1,
                    },
                    args,
                ),
                Handler::Fanout(fo) => {
                    let mut cc = ConnCtx {
                        out,
                        client: &mut self.client,
                        now_ms,
                        nshards: 1,
                    };
                    (fo.prepare)(&mut cc, args)?;
                    let seed = &mut self.seed;
                    let mut rand = || {
                        *seed ^= *seed << 13;
                        *seed ^= *seed >> 7;
                        *seed ^= *seed << 17;
                        *seed
                    };
                    let stats = RefCell::new(CallStats {
                        cmd: std::mem::take(&mut self.cmdstats),
                        err: std::mem::take(&mut self.errstats),
                    });
                    let piece = (fo.run)(
                        &mut ShardCtx {
                            dbs: &mut self.dbs,
                            db: cc.client.db,
                            now_ms,
                            shard_id: 0,
                            nshards: 1,
                            clients: &mut Caller {
                                clients: &mut NoClients,
                                id: cc.client.id,
                            },
                            stats: &mut self.stats,
                            cmdstats: &stats,
                            rand: &mut rand,
                        },
                        args,
                    );
                    let stats = stats.into_inner();
                    self.cmdstats = stats.cmd;
                    self.errstats = stats.err;
                    (fo.combine)(&mut cc, args, vec![piece])
                }
                Handler::Container => unreachable!("containers are resolved above"),
            }
        }
    }

    #[test]
    fn table_dispatch_and_arity() {
        let mut s = TestShard::new();
        assert_eq!(s.run("SET k v"), "+OK\r\n");
        assert_eq!(s.run("get k"), "$1\r\nv\r\n");
        assert_eq!(
            s.run("GET"),
            "-ERR wrong number of arguments for 'get' command\r\n"
        );
        assert_eq!(
            s.run("FOO a b"),
            "-ERR unknown command 'FOO', with args beginning with: 'a' 'b' \r\n"
        );
    }
}

/// Process-wide counters for INFO, updated by the server layer with relaxed atomics.
pub mod stats {
    use std::sync::atomic::AtomicU64;

    pub static CONNECTED_CLIENTS: AtomicU64 = AtomicU64::new(0);

    /// Changes since the last save (INFO rdb_changes_since_last_save): counted by the write
    /// path, cleared by the persistence layer.
    pub static DIRTY: AtomicU64 = AtomicU64::new(0);

    pub struct Stats {
        pub total_connections: AtomicU64,
        pub rejected_connections: AtomicU64,
        pub net_input_bytes: AtomicU64,
        pub net_output_bytes: AtomicU64,
    }

    pub static STATS: Stats = Stats {
        total_connections: AtomicU64::new(0),
        rejected_connections: AtomicU64::new(0),
        net_input_bytes: AtomicU64::new(0),
        net_output_bytes: AtomicU64::new(0),
    };
}

/// Limits the parser and string commands read on every request: copies of config values,
/// refreshed by CONFIG SET.
pub static PROTO_MAX_BULK_LEN: std::sync::atomic::AtomicU64 =
    std::sync::atomic::AtomicU64::new(512 * 1024 * 1024);
pub static CLIENT_QUERY_BUFFER_LIMIT: std::sync::atomic::AtomicU64 =
    std::sync::atomic::AtomicU64::new(1024 * 1024 * 1024);

#[inline]
pub fn proto_max_bulk_len() -> u64 {
    PROTO_MAX_BULK_LEN.load(std::sync::atomic::Ordering::Relaxed)
}

#[inline]
pub fn client_query_buffer_limit() -> u64 {
    CLIENT_QUERY_BUFFER_LIMIT.load(std::sync::atomic::Ordering::Relaxed)
}
