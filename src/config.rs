//! Every ringkv setting: names, aliases, defaults, types, validation and
//! reporting as redis-server 7.0.15 has them, plus parsing of the command
//! line and of redis.conf-syntax files (`load`), `CONFIG GET` matching and
//! all-or-nothing `CONFIG SET`.
//!
//! Invariants:
//! - The table `DEFS` is the single source of truth: one row per setting, in
//!   the order of Redis's `static_configs` (ringkv's additions at the end).
//!   `Config::values` is parallel to it, and every value stored there already
//!   passed that row's validation, so readers never re-validate.
//! - An alias is a second *name* for the same value. Like Redis, `CONFIG GET`
//!   reports aliases as entries of their own and `CONFIG SET` does not treat
//!   `name` + `alias` as a duplicate.
//! - Values are stored in the shape Redis keeps them (e.g. memory sizes as
//!   raw 64-bit patterns, percentages as negative numbers, enums as Redis's
//!   numeric constants), so reporting reproduces Redis's text exactly,
//!   including its quirks (`CONFIG SET maxmemory ""` means 0).
//! - Error strings are Redis's, byte for byte. `CONFIG SET` errors come back
//!   without the leading '-'.
//! - Nothing here acts on a setting (binding ports, changing directories,
//!   opening files other than the log-file check Redis does at load): the
//!   rest of the server reads values, and watches `version()` for changes.

use std::collections::HashMap;
use std::ffi::OsStr;
use std::io::Read;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{OnceLock, RwLock};

use crate::storage::glob::glob_match;

/// The version named in fatal config errors: ringkv answers as this Redis.
const REDIS_VERSION: &str = "7.0.15";

// Per-setting flags (Redis's *_CONFIG flags that matter for storage).
const IMMUTABLE: u16 = 1 << 0;
const SENSITIVE: u16 = 1 << 1;
const MULTI_ARG: u16 = 1 << 2;
const HIDDEN: u16 = 1 << 3;
const PROTECTED: u16 = 1 << 4;
const DENY_LOADING: u16 = 1 << 5;

// Numeric parsing flags (Redis's MEMORY_CONFIG, PERCENT_CONFIG, OCTAL_CONFIG).
const MEMORY: u8 = 1;
const PERCENT: u8 = 2;
const OCTAL: u8 = 4;

// C limits, as the bounds Redis's table uses. Unsigned upper bounds are
// stored as the `long long` bit pattern Redis stores (ULLONG_MAX is -1).
const INT_MIN: i64 = i32::MIN as i64;
const INT_MAX: i64 = i32::MAX as i64;
const UINT_MAX: i64 = u32::MAX as i64;
const LONG_MAX: i64 = i64::MAX;
const LLONG_MAX: i64 = i64::MAX;
const ULLONG_MAX: i64 = -1;

/// Redis caps `hz` into this range rather than refusing values outside it.
const MIN_HZ: i64 = 1;
const MAX_HZ: i64 = 500;
/// CONFIG_REPL_BACKLOG_MIN_SIZE.
const MIN_REPL_BACKLOG_SIZE: i64 = 16 * 1024;
/// CONFIG_BINDADDR_MAX.
const BINDADDR_MAX: usize = 16;
/// Redis formats some errors into a 256-byte buffer; longer ones are cut.
const LOADBUF_SIZE: usize = 256;
/// Guards against `include` cycles, which would overflow Redis's stack.
const MAX_INCLUDE_DEPTH: usize = 64;

type BoolCheck = fn(bool) -> Result<(), &'static str>;
type StrCheck = fn(&Config, &[u8]) -> Result<(), &'static str>;
type EnumCheck = fn(i64) -> Result<(), &'static str>;
type EnumItems = &'static [(&'static str, i64)];

enum Kind {
    Bool {
        default: bool,
        check: Option<BoolCheck>,
    },
    /// `binary`: Redis keeps the value as an sds (masterauth, requirepass),
    /// so bytes after a NUL survive; other strings are C strings.
    Str {
        default: &'static str,
        binary: bool,
        check: Option<StrCheck>,
    },
    Enum {
        items: EnumItems,
        default: i64,
        check: Option<EnumCheck>,
    },
    /// `unsigned`: Redis bound-checks UINT, ULONG_LONG and SIZE_T settings as
    /// unsigned (so -1 is "out of range", not "too small").
    Num {
        unsigned: bool,
        lo: i64,
        hi: i64,
        default: i64,
        flags: u8,
    },
    Special(Special),
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Special {
    Dir,
    Save,
    ClientOutputBufferLimit,
    OomScoreAdjValues,
    NotifyKeyspaceEvents,
    Bind,
    ReplicaOf,
    LatencyPercentiles,
}

struct Def {
    name: &'static str,
    alias: Option<&'static str>,
    flags: u16,
    kind: Kind,
}

const fn boolean(
    name: &'static str,
    alias: Option<&'static str>,
    flags: u16,
    default: bool,
) -> Def {
    Def {
        name,
        alias,
        flags,
        kind: Kind::Bool {
            default,
            check: None,
        },
    }
}

const fn boolean_checked(name: &'static str, flags: u16, default: bool, check: BoolCheck) -> Def {
    Def {
        name,
        alias: None,
        flags,
        kind: Kind::Bool {
            default,
            check: Some(check),
        },
    }
}

const fn string(
    name: &'static str,
    alias: Option<&'static str>,
    flags: u16,
    default: &'static str,
    check: Option<StrCheck>,
) -> Def {
    Def {
        name,
        alias,
        flags,
        kind: Kind::Str {
            default,
            binary: false,
            check,
        },
    }
}

const fn sds(name: &'static str, flags: u16) -> Def {
    Def {
        name,
        alias: None,
        flags,
        kind: Kind::Str {
            default: "",
            binary: true,
            check: None,
        },
    }
}

const fn enumeration(
    name: &'static str,
    flags: u16,
    items: EnumItems,
    default: i64,
    check: Option<EnumCheck>,
) -> Def {
    Def {
        name,
        alias: None,
        flags,
        kind: Kind::Enum {
            items,
            default,
            check,
        },
    }
}

/// A signed integer setting with no parsing flags (most of Redis's ints).
const fn int(
    name: &'static str,
    alias: Option<&'static str>,
    flags: u16,
    lo: i64,
    hi: i64,
    default: i64,
) -> Def {
    num(name, alias, flags, false, lo, hi, default, 0)
}

#[allow(clippy::too_many_arguments)]
const fn num(
    name: &'static str,
    alias: Option<&'static str>,
    flags: u16,
    unsigned: bool,
    lo: i64,
    hi: i64,
    default: i64,
    num_flags: u8,
) -> Def {
    Def {
        name,
        alias,
        flags,
        kind: Kind::Num {
            unsigned,
            lo,
            hi,
            default,
            flags: num_flags,
        },
    }
}

const fn special(
    name: &'static str,
    alias: Option<&'static str>,
    flags: u16,
    which: Special,
) -> Def {
    Def {
        name,
        alias,
        flags,
        kind: Kind::Special(which),
    }
}

// Enum tables carry Redis's numeric constants: reporting picks the first
// name whose value matches (so `oom-score-adj relative` reads back "yes"),
// and the bit-flag enums combine values.
const MAXMEMORY_POLICIES: EnumItems = &[
    ("volatile-lru", 1),
    ("volatile-lfu", (1 << 8) | 2),
    ("volatile-random", 3 << 8),
    ("volatile-ttl", 2 << 8),
    ("allkeys-lru", (4 << 8) | 1 | 4),
    ("allkeys-lfu", (5 << 8) | 2 | 4),
    ("allkeys-random", (6 << 8) | 4),
    ("noeviction", 7 << 8),
];
const SYSLOG_FACILITIES: EnumItems = &[
    ("user", 1 << 3),
    ("local0", 16 << 3),
    ("local1", 17 << 3),
    ("local2", 18 << 3),
    ("local3", 19 << 3),
    ("local4", 20 << 3),
    ("local5", 21 << 3),
    ("local6", 22 << 3),
    ("local7", 23 << 3),
];
const LOGLEVELS: EnumItems = &[("debug", 0), ("verbose", 1), ("notice", 2), ("warning", 3)];
const SUPERVISED_MODES: EnumItems = &[("upstart", 3), ("systemd", 2), ("auto", 1), ("no", 0)];
const AOF_FSYNC: EnumItems = &[("everysec", 2), ("always", 1), ("no", 0)];
const SHUTDOWN_ON_SIG: EnumItems = &[
    ("default", 0),
    ("save", 1),
    ("nosave", 2),
    ("now", 4),
    ("force", 8),
];
const REPL_DISKLESS_LOAD: EnumItems = &[("disabled", 0), ("on-empty-db", 1), ("swapdb", 2)];
const TLS_AUTH_CLIENTS: EnumItems = &[("no", 0), ("yes", 1), ("optional", 2)];
const OOM_SCORE_ADJ: EnumItems = &[("no", 0), ("yes", 1), ("relative", 1), ("absolute", 2)];
const ACL_PUBSUB_DEFAULT: EnumItems = &[("allchannels", 1 << 3), ("resetchannels", 0)];
const SANITIZE_DUMP_PAYLOAD: EnumItems = &[("no", 0), ("yes", 1), ("clients", 2)];
const PROTECTED_ACTION: EnumItems = &[("no", 0), ("yes", 1), ("local", 2)];
const CLUSTER_ENDPOINT_TYPES: EnumItems = &[("ip", 0), ("hostname", 1), ("unknown-endpoint", 2)];
const PROPAGATION_ERROR_BEHAVIOR: EnumItems =
    &[("ignore", 0), ("panic", 1), ("panic-on-replicas", 2)];

const PROTECTED_ACTION_YES: i64 = 1;
const PROTECTED_ACTION_LOCAL: i64 = 2;
const SHUTDOWN_SAVE: i64 = 1;
const SHUTDOWN_NOSAVE: i64 = 2;

// notify-keyspace-events classes (NOTIFY_* in server.h).
const NOTIFY_KEYSPACE: i64 = 1 << 0;
const NOTIFY_KEYEVENT: i64 = 1 << 1;
const NOTIFY_GENERIC: i64 = 1 << 2;
const NOTIFY_STRING: i64 = 1 << 3;
const NOTIFY_LIST: i64 = 1 << 4;
const NOTIFY_SET: i64 = 1 << 5;
const NOTIFY_HASH: i64 = 1 << 6;
const NOTIFY_ZSET: i64 = 1 << 7;
const NOTIFY_EXPIRED: i64 = 1 << 8;
const NOTIFY_EVICTED: i64 = 1 << 9;
const NOTIFY_STREAM: i64 = 1 << 10;
const NOTIFY_KEY_MISS: i64 = 1 << 11;
const NOTIFY_MODULE: i64 = 1 << 13;
const NOTIFY_NEW: i64 = 1 << 14;
const NOTIFY_ALL: i64 = NOTIFY_GENERIC
    | NOTIFY_STRING
    | NOTIFY_LIST
    | NOTIFY_SET
    | NOTIFY_HASH
    | NOTIFY_ZSET
    | NOTIFY_EXPIRED
    | NOTIFY_EVICTED
    | NOTIFY_STREAM
    | NOTIFY_MODULE;
/// Class letters in the order Redis prints them (after 'A' folding).
const NOTIFY_CLASSES: &[(u8, i64)] = &[
    (b'g', NOTIFY_GENERIC),
    (b'$', NOTIFY_STRING),
    (b'l', NOTIFY_LIST),
    (b's', NOTIFY_SET),
    (b'h', NOTIFY_HASH),
    (b'z', NOTIFY_ZSET),
    (b'x', NOTIFY_EXPIRED),
    (b'e', NOTIFY_EVICTED),
    (b't', NOTIFY_STREAM),
    (b'd', NOTIFY_MODULE),
    (b'n', NOTIFY_NEW),
];

/// Client classes for client-output-buffer-limit, in reporting order.
const OBUF_CLASSES: [&str; 3] = ["normal", "slave", "pubsub"];

const DEFAULT_PROC_TITLE_TEMPLATE: &str = "{title} {listen-addr} {server-mode}";

#[rustfmt::skip]
static DEFS: &[Def] = &[
    // Bool configs.
    boolean("rdbchecksum", None, IMMUTABLE, true),
    boolean("daemonize", None, IMMUTABLE, false),
    boolean("io-threads-do-reads", None, IMMUTABLE, false),
    boolean("always-show-logo", None, IMMUTABLE, false),
    boolean("protected-mode", None, 0, true),
    boolean("rdbcompression", None, 0, true),
    boolean("rdb-del-sync-files", None, 0, false),
    boolean("activerehashing", None, 0, true),
    boolean("stop-writes-on-bgsave-error", None, 0, true),
    boolean("set-proc-title", None, IMMUTABLE, true),
    boolean("dynamic-hz", None, 0, true),
    boolean("lazyfree-lazy-eviction", None, 0, false),
    boolean("lazyfree-lazy-expire", None, 0, false),
    boolean("lazyfree-lazy-server-del", None, 0, false),
    boolean("lazyfree-lazy-user-del", None, 0, false),
    boolean("lazyfree-lazy-user-flush", None, 0, false),
    boolean("repl-disable-tcp-nodelay", None, 0, false),
    boolean("repl-diskless-sync", None, 0, true),
    boolean("aof-rewrite-incremental-fsync", None, 0, true),
    boolean("no-appendfsync-on-rewrite", None, 0, false),
    boolean("cluster-require-full-coverage", None, 0, true),
    boolean("rdb-save-incremental-fsync", None, 0, true),
    boolean("aof-load-truncated", None, 0, true),
    boolean("aof-use-rdb-preamble", None, 0, true),
    boolean("aof-timestamp-enabled", None, 0, false),
    boolean("cluster-replica-no-failover", Some("cluster-slave-no-failover"), 0, false),
    boolean("replica-lazy-flush", Some("slave-lazy-flush"), 0, false),
    boolean("replica-serve-stale-data", Some("slave-serve-stale-data"), 0, true),
    boolean("replica-read-only", Some("slave-read-only"), 0, true),
    boolean("replica-ignore-maxmemory", Some("slave-ignore-maxmemory"), 0, true),
    boolean("jemalloc-bg-thread", None, 0, true),
    boolean_checked("activedefrag", 0, false, check_active_defrag),
    boolean("syslog-enabled", None, IMMUTABLE, false),
    boolean("cluster-enabled", None, IMMUTABLE, false),
    boolean("appendonly", None, DENY_LOADING, false),
    boolean("cluster-allow-reads-when-down", None, 0, false),
    boolean("cluster-allow-pubsubshard-when-down", None, 0, true),
    boolean("crash-log-enabled", None, 0, true),
    boolean("crash-memcheck-enabled", None, 0, true),
    boolean("use-exit-on-panic", None, HIDDEN, false),
    boolean("disable-thp", None, IMMUTABLE, true),
    boolean("cluster-allow-replica-migration", None, 0, true),
    boolean("replica-announced", None, 0, true),
    boolean("latency-tracking", None, 0, true),
    boolean("aof-disable-auto-gc", None, 0, false),
    boolean("replica-ignore-disk-write-errors", None, 0, false),
    // String configs.
    string("aclfile", None, IMMUTABLE, "", None),
    string("unixsocket", None, IMMUTABLE, "", None),
    string("pidfile", None, IMMUTABLE, "", None),
    string("replica-announce-ip", Some("slave-announce-ip"), 0, "", None),
    string("masteruser", None, SENSITIVE, "", None),
    string("cluster-announce-ip", None, 0, "", None),
    string("cluster-config-file", None, IMMUTABLE, "nodes.conf", None),
    string("cluster-announce-hostname", None, 0, "", Some(check_announced_hostname)),
    string("syslog-ident", None, IMMUTABLE, "redis", None),
    string("dbfilename", None, PROTECTED, "dump.rdb", Some(check_dbfilename)),
    string("appendfilename", None, IMMUTABLE, "appendonly.aof", Some(check_aof_filename)),
    string("appenddirname", None, IMMUTABLE, "appendonlydir", Some(check_aof_dirname)),
    string("server_cpulist", None, IMMUTABLE, "", None),
    string("bio_cpulist", None, IMMUTABLE, "", None),
    string("aof_rewrite_cpulist", None, IMMUTABLE, "", None),
    string("bgsave_cpulist", None, IMMUTABLE, "", None),
    string("ignore-warnings", None, 0, "", None),
    string("proc-title-template", None, 0, DEFAULT_PROC_TITLE_TEMPLATE, Some(check_proc_title_template)),
    string("bind-source-addr", None, 0, "", None),
    string("logfile", None, IMMUTABLE, "", None),
    // SDS configs.
    sds("masterauth", SENSITIVE),
    sds("requirepass", SENSITIVE),
    // Enum configs.
    enumeration("supervised", IMMUTABLE, SUPERVISED_MODES, 0, None),
    enumeration("syslog-facility", IMMUTABLE, SYSLOG_FACILITIES, 16 << 3, None),
    enumeration("repl-diskless-load", DENY_LOADING, REPL_DISKLESS_LOAD, 0, None),
    enumeration("loglevel", 0, LOGLEVELS, 2, None),
    enumeration("maxmemory-policy", 0, MAXMEMORY_POLICIES, 7 << 8, None),
    enumeration("appendfsync", 0, AOF_FSYNC, 2, None),
    enumeration("oom-score-adj", 0, OOM_SCORE_ADJ, 0, None),
    enumeration("acl-pubsub-default", 0, ACL_PUBSUB_DEFAULT, 0, None),
    enumeration("sanitize-dump-payload", 0, SANITIZE_DUMP_PAYLOAD, 0, None),
    enumeration("enable-protected-configs", IMMUTABLE, PROTECTED_ACTION, 0, None),
    enumeration("enable-debug-command", IMMUTABLE, PROTECTED_ACTION, 0, None),
    enumeration("enable-module-command", IMMUTABLE, PROTECTED_ACTION, 0, None),
    enumeration("cluster-preferred-endpoint-type", 0, CLUSTER_ENDPOINT_TYPES, 0, None),
    enumeration("propagation-error-behavior", 0, PROPAGATION_ERROR_BEHAVIOR, 0, None),
    enumeration("shutdown-on-sigint", MULTI_ARG, SHUTDOWN_ON_SIG, 0, Some(check_shutdown_flags)),
    enumeration("shutdown-on-sigterm", MULTI_ARG, SHUTDOWN_ON_SIG, 0, Some(check_shutdown_flags)),
    // Integer configs.
    int("databases", None, IMMUTABLE, 1, INT_MAX, 16),
    int("port", None, 0, 0, 65535, 6379),
    int("io-threads", None, IMMUTABLE, 1, 128, 1),
    int("auto-aof-rewrite-percentage", None, 0, 0, INT_MAX, 100),
    int("cluster-replica-validity-factor", Some("cluster-slave-validity-factor"), 0, 0, INT_MAX, 10),
    int("list-max-listpack-size", Some("list-max-ziplist-size"), 0, INT_MIN, INT_MAX, -2),
    int("tcp-keepalive", None, 0, 0, INT_MAX, 300),
    int("cluster-migration-barrier", None, 0, 0, INT_MAX, 1),
    int("active-defrag-cycle-min", None, 0, 1, 99, 1),
    int("active-defrag-cycle-max", None, 0, 1, 99, 25),
    int("active-defrag-threshold-lower", None, 0, 0, 1000, 10),
    int("active-defrag-threshold-upper", None, 0, 0, 1000, 100),
    int("lfu-log-factor", None, 0, 0, INT_MAX, 10),
    int("lfu-decay-time", None, 0, 0, INT_MAX, 1),
    int("replica-priority", Some("slave-priority"), 0, 0, INT_MAX, 100),
    int("repl-diskless-sync-delay", None, 0, 0, INT_MAX, 5),
    int("maxmemory-samples", None, 0, 1, INT_MAX, 5),
    int("maxmemory-eviction-tenacity", None, 0, 0, 100, 10),
    int("timeout", None, 0, 0, INT_MAX, 0),
    int("replica-announce-port", Some("slave-announce-port"), 0, 0, 65535, 0),
    int("tcp-backlog", None, IMMUTABLE, 0, INT_MAX, 511),
    int("cluster-port", None, IMMUTABLE, 0, 65535, 0),
    int("cluster-announce-bus-port", None, 0, 0, 65535, 0),
    int("cluster-announce-port", None, 0, 0, 65535, 0),
    int("cluster-announce-tls-port", None, 0, 0, 65535, 0),
    int("repl-timeout", None, 0, 1, INT_MAX, 60),
    int("repl-ping-replica-period", Some("repl-ping-slave-period"), 0, 1, INT_MAX, 10),
    int("list-compress-depth", None, 0, 0, INT_MAX, 0),
    int("rdb-key-save-delay", None, HIDDEN, INT_MIN, INT_MAX, 0),
    int("key-load-delay", None, HIDDEN, INT_MIN, INT_MAX, 0),
    int("active-expire-effort", None, 0, 1, 10, 1),
    int("hz", None, 0, 0, INT_MAX, 10),
    int("min-replicas-to-write", Some("min-slaves-to-write"), 0, 0, INT_MAX, 0),
    int("min-replicas-max-lag", Some("min-slaves-max-lag"), 0, 0, INT_MAX, 10),
    int("watchdog-period", None, HIDDEN, 0, INT_MAX, 0),
    int("shutdown-timeout", None, 0, 0, INT_MAX, 10),
    int("repl-diskless-sync-max-replicas", None, 0, 0, INT_MAX, 0),
    // Unsigned int configs.
    num("maxclients", None, 0, true, 1, UINT_MAX, 10000, 0),
    num("unixsocketperm", None, IMMUTABLE, true, 0, 0o777, 0, OCTAL),
    num("socket-mark-id", None, IMMUTABLE, true, 0, UINT_MAX, 0, 0),
    // Unsigned long configs (bound-checked as signed, as Redis does).
    int("active-defrag-max-scan-fields", None, 0, 1, LONG_MAX, 1000),
    int("slowlog-max-len", None, 0, 0, LONG_MAX, 128),
    int("acllog-max-len", None, 0, 0, LONG_MAX, 128),
    // Long long configs.
    int("busy-reply-threshold", Some("lua-time-limit"), 0, 0, LONG_MAX, 5000),
    int("cluster-node-timeout", None, 0, 0, LLONG_MAX, 15000),
    int("slowlog-log-slower-than", None, 0, -1, LLONG_MAX, 10000),
    int("latency-monitor-threshold", None, 0, 0, LLONG_MAX, 0),
    num("proto-max-bulk-len", None, 0, false, 1024 * 1024, LONG_MAX, 512 * 1024 * 1024, MEMORY),
    int("stream-node-max-entries", None, 0, 0, LLONG_MAX, 100),
    num("repl-backlog-size", None, 0, false, 1, LLONG_MAX, 1024 * 1024, MEMORY),
    // Unsigned long long configs.
    num("maxmemory", None, 0, true, 0, ULLONG_MAX, 0, MEMORY),
    num("cluster-link-sendbuf-limit", None, 0, true, 0, ULLONG_MAX, 0, MEMORY),
    // Size_t configs.
    num("hash-max-listpack-entries", Some("hash-max-ziplist-entries"), 0, true, 0, LONG_MAX, 512, 0),
    num("set-max-intset-entries", None, 0, true, 0, LONG_MAX, 512, 0),
    num("zset-max-listpack-entries", Some("zset-max-ziplist-entries"), 0, true, 0, LONG_MAX, 128, 0),
    num("active-defrag-ignore-bytes", None, 0, true, 1, LLONG_MAX, 100 << 20, MEMORY),
    num("hash-max-listpack-value", Some("hash-max-ziplist-value"), 0, true, 0, LONG_MAX, 64, MEMORY),
    num("stream-node-max-bytes", None, 0, true, 0, LONG_MAX, 4096, MEMORY),
    num("zset-max-listpack-value", Some("zset-max-ziplist-value"), 0, true, 0, LONG_MAX, 64, MEMORY),
    num("hll-sparse-max-bytes", None, 0, true, 0, LONG_MAX, 3000, MEMORY),
    num("tracking-table-max-keys", None, 0, true, 0, LONG_MAX, 1_000_000, 0),
    num("client-query-buffer-limit", None, 0, true, 1024 * 1024, LONG_MAX, 1024 * 1024 * 1024, MEMORY),
    num("maxmemory-clients", None, 0, false, -100, i64::MAX, 0, MEMORY | PERCENT),
    // Other numeric configs (time_t, off_t).
    int("repl-backlog-ttl", None, 0, 0, LONG_MAX, 60 * 60),
    num("auto-aof-rewrite-min-size", None, 0, false, 0, LLONG_MAX, 64 * 1024 * 1024, MEMORY),
    int("loading-process-events-interval-bytes", None, HIDDEN, 1024, INT_MAX, 1024 * 1024 * 2),
    // TLS configs (redis-server 7.0.15 as packaged is built with TLS, so
    // `CONFIG GET *` lists these).
    int("tls-port", None, 0, 0, 65535, 0),
    int("tls-session-cache-size", None, 0, 0, INT_MAX, 20 * 1024),
    int("tls-session-cache-timeout", None, 0, 0, INT_MAX, 300),
    boolean("tls-cluster", None, 0, false),
    boolean("tls-replication", None, 0, false),
    enumeration("tls-auth-clients", 0, TLS_AUTH_CLIENTS, 1, None),
    boolean("tls-prefer-server-ciphers", None, 0, false),
    boolean("tls-session-caching", None, 0, true),
    string("tls-cert-file", None, 0, "", None),
    string("tls-key-file", None, 0, "", None),
    string("tls-key-file-pass", None, 0, "", None),
    string("tls-client-cert-file", None, 0, "", None),
    string("tls-client-key-file", None, 0, "", None),
    string("tls-client-key-file-pass", None, 0, "", None),
    string("tls-dh-params-file", None, 0, "", None),
    string("tls-ca-cert-file", None, 0, "", None),
    string("tls-ca-cert-dir", None, 0, "", None),
    string("tls-protocols", None, 0, "", None),
    string("tls-ciphers", None, 0, "", None),
    string("tls-ciphersuites", None, 0, "", None),
    // Special configs.
    special("dir", None, PROTECTED | DENY_LOADING, Special::Dir),
    special("save", None, MULTI_ARG, Special::Save),
    special("client-output-buffer-limit", None, MULTI_ARG, Special::ClientOutputBufferLimit),
    special("oom-score-adj-values", None, MULTI_ARG, Special::OomScoreAdjValues),
    special("notify-keyspace-events", None, 0, Special::NotifyKeyspaceEvents),
    special("bind", None, MULTI_ARG, Special::Bind),
    special("replicaof", Some("slaveof"), IMMUTABLE | MULTI_ARG, Special::ReplicaOf),
    special("latency-tracking-info-percentiles", None, MULTI_ARG, Special::LatencyPercentiles),
    // ringkv's own settings. `threads` gets its real default (the CPUs this
    // process may use) in `Config::defaults`; the bound keeps a typo from
    // spawning an absurd number of threads.
    int("threads", None, IMMUTABLE, 1, 1024, 1),
    // Redis 7.2 settings ringkv already uses for its set encoding.
    num("set-max-listpack-entries", None, 0, true, 0, LONG_MAX, 128, 0),
    num("set-max-listpack-value", None, 0, true, 0, LONG_MAX, 64, 0),
];

/// One reportable name: a setting's name or its alias.
struct Entry {
    def: usize,
    key: &'static str,
}

/// Names in table order, each setting followed by its alias: the order
/// `CONFIG GET` lists pattern matches in.
fn entries() -> &'static [Entry] {
    static ENTRIES: OnceLock<Vec<Entry>> = OnceLock::new();
    ENTRIES.get_or_init(|| {
        let mut v = Vec::new();
        for (def, d) in DEFS.iter().enumerate() {
            v.push(Entry { def, key: d.name });
            if let Some(alias) = d.alias {
                v.push(Entry { def, key: alias });
            }
        }
        v
    })
}

/// Case-insensitive name -> entry lookup, as Redis's config dict.
fn lookup(name: &[u8]) -> Option<usize> {
    static INDEX: OnceLock<HashMap<&'static str, usize>> = OnceLock::new();
    let index = INDEX.get_or_init(|| {
        entries()
            .iter()
            .enumerate()
            .map(|(i, e)| (e.key, i))
            .collect()
    });
    if let Some(i) = std::str::from_utf8(name).ok().and_then(|s| index.get(s)) {
        return Some(*i);
    }
    let lower = name.to_ascii_lowercase();
    std::str::from_utf8(&lower)
        .ok()
        .and_then(|s| index.get(s))
        .copied()
}

/// The table row behind `name`; an unknown name is a programming error.
fn def_of(name: &str) -> usize {
    match lookup(name.as_bytes()) {
        Some(e) => entries()[e].def,
        None => panic!("config: no setting named {name:?}"),
    }
}

/// Whether `CONFIG SET` arguments for this setting must be redacted from
/// logs, SLOWLOG and MONITOR (Redis's SENSITIVE_CONFIG).
pub fn is_sensitive(name: &[u8]) -> bool {
    lookup(name).is_some_and(|e| DEFS[entries()[e].def].flags & SENSITIVE != 0)
}

/// One client class's output buffer limit (`client-output-buffer-limit`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ObufLimit {
    pub hard: u64,
    pub soft: u64,
    pub soft_seconds: i64,
}

#[derive(Clone, Debug, PartialEq)]
enum Value {
    Bool(bool),
    Str(Vec<u8>),
    /// Numbers and enums (enums as Redis's constants).
    Int(i64),
    Save(Vec<(i64, i32)>),
    Obuf([ObufLimit; 3]),
    Oom([i32; 3]),
    Events(i64),
    Bind(Vec<Vec<u8>>),
    ReplicaOf(Option<(Vec<u8>, i32)>),
    Percentiles(Vec<f64>),
    Dir(Vec<u8>),
}

/// A config-file directive that is not a setting and needs the rest of the
/// server to act on it (`rename-command`, `user`, `loadmodule`, and module
/// settings `name.with.dot value...`), in file order. `line` and `text`
/// let the caller report a failure with `fatal_config_error` exactly as
/// Redis would (the line number is within the file or include it came from).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Directive {
    pub args: Vec<Vec<u8>>,
    pub line: usize,
    pub text: String,
}

/// What `CONFIG SET` needs to know about the calling client and the server.
#[derive(Clone, Copy, Debug, Default)]
pub struct SetContext {
    /// The client connected over loopback or a unix socket (for
    /// `enable-protected-configs local`).
    pub client_is_local: bool,
    /// A dataset is being loaded: settings Redis marks DENY_LOADING are refused.
    pub loading: bool,
}

/// All settings with their current values.
#[derive(Clone, Debug)]
pub struct Config {
    values: Vec<Value>,
    config_file: Option<String>,
    directives: Vec<Directive>,
}

/// State that lives for one `load`. `reading_file` and `save_loaded` mirror
/// the statics Redis uses for the deprecated aggregate `save` lines: the
/// first `save` read from config resets the defaults, later ones append.
struct LoadState<'a> {
    reading_file: bool,
    save_loaded: bool,
    depth: usize,
    check: &'a mut dyn FnMut(&Directive) -> Result<(), String>,
}

impl Config {
    /// Every setting at its default; `dir` is the process's working directory.
    pub fn defaults() -> Config {
        let values = DEFS
            .iter()
            .map(|d| match &d.kind {
                Kind::Bool { default, .. } => Value::Bool(*default),
                Kind::Str { default, .. } => Value::Str(default.as_bytes().to_vec()),
                Kind::Enum { default, .. } => Value::Int(*default),
                Kind::Num { default, .. } => Value::Int(*default),
                Kind::Special(s) => special_default(*s),
            })
            .collect();
        let mut c = Config {
            values,
            config_file: None,
            directives: Vec::new(),
        };
        let threads = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(1024);
        c.values[def_of("threads")] = Value::Int(threads as i64);
        c
    }

    /// `CONFIG GET pattern [pattern ...]`: each pattern without `*`, `?` or
    /// `[` is an exact (case-insensitive) name and is reported under the
    /// spelling given; the others are globs matched against every name and
    /// alias, hidden settings excepted. Each name is reported once, in the
    /// order first matched (patterns in argument order, table order within
    /// a glob).
    pub fn get_matching(&self, patterns: &[&[u8]]) -> Vec<(String, String)> {
        let mut seen: Vec<Vec<u8>> = Vec::new();
        let mut out = Vec::new();
        for pat in patterns {
            if !pat.iter().any(|c| matches!(c, b'[' | b'*' | b'?')) {
                let lower = pat.to_ascii_lowercase();
                if seen.contains(&lower) {
                    continue;
                }
                if let Some(e) = lookup(pat) {
                    seen.push(lower);
                    out.push((lossy(pat), lossy(&self.render(entries()[e].def))));
                }
                continue;
            }
            for e in entries() {
                if DEFS[e.def].flags & HIDDEN != 0 {
                    continue;
                }
                let key = e.key.as_bytes();
                if seen.iter().any(|s| s == key) || !glob_match(pat, key, true) {
                    continue;
                }
                seen.push(key.to_vec());
                out.push((e.key.to_string(), lossy(&self.render(e.def))));
            }
        }
        out
    }

    /// `CONFIG SET` for a client that is not local and a server not loading.
    pub fn set(&mut self, pairs: &[(&[u8], &[u8])]) -> Result<(), String> {
        self.set_with(pairs, SetContext::default())
    }

    /// Redis 7.0 `CONFIG SET name value [name value ...]`: either every pair
    /// is applied or none is. Names are checked first (unknown, immutable,
    /// protected, loading, duplicate: the first problem wins), then values
    /// are parsed in order. Errors are Redis's reply text without the '-'.
    pub fn set_with(&mut self, pairs: &[(&[u8], &[u8])], ctx: SetContext) -> Result<(), String> {
        let mut unknown: Option<&[u8]> = None;
        let mut refused: Option<(&str, &[u8])> = None;
        let mut deny_loading = false;
        let mut chosen: Vec<usize> = Vec::with_capacity(pairs.len());
        for (name, _) in pairs {
            let failed = unknown.is_some() || refused.is_some() || deny_loading;
            let Some(e) = lookup(name) else {
                if !failed {
                    unknown = Some(name);
                }
                continue;
            };
            if failed {
                continue;
            }
            let flags = DEFS[entries()[e].def].flags;
            if flags & IMMUTABLE != 0 {
                refused = Some(("can't set immutable config", name));
                continue;
            }
            if flags & PROTECTED != 0 && !self.protected_allowed(ctx.client_is_local) {
                refused = Some(("can't set protected config", name));
                continue;
            }
            if ctx.loading && flags & DENY_LOADING != 0 {
                deny_loading = true;
                continue;
            }
            // Aliases are distinct entries here, as in Redis.
            if chosen.contains(&e) {
                refused = Some(("duplicate parameter", name));
            }
            chosen.push(e);
        }
        if deny_loading {
            return Err("LOADING Redis is loading the dataset in memory".to_string());
        }
        if let Some(name) = unknown {
            return Err(one_line(format!(
                "ERR Unknown option or number of arguments for CONFIG SET - '{}'",
                lossy(name)
            )));
        }
        if let Some((why, name)) = refused {
            return Err(set_failed(&lossy(name), why));
        }

        let mut work = self.clone();
        let backlog = def_of("repl-backlog-size");
        let mut backlog_changed = false;
        for (&e, (_, value)) in chosen.iter().zip(pairs) {
            let def = entries()[e].def;
            // CONFIG SET splits multi-argument values on single spaces, not
            // with the config-file tokenizer.
            let args: Vec<Vec<u8>> = if DEFS[def].flags & MULTI_ARG != 0 {
                split_on(value, b' ')
            } else {
                vec![value.to_vec()]
            };
            if let Err(why) = work.set_def(def, &args, None) {
                return Err(set_failed(entries()[e].key, &why));
            }
            backlog_changed |= def == backlog && work.values[def] != self.values[def];
        }
        // Redis's apply hooks that alter what was stored: hz is capped, and
        // a changed replication backlog is raised to its 16k minimum (only on
        // CONFIG SET; a smaller size from the config file stays as given).
        work.clamp_hz();
        if backlog_changed {
            if let Value::Int(v) = &mut work.values[backlog] {
                *v = (*v).max(MIN_REPL_BACKLOG_SIZE);
            }
        }
        *self = work;
        Ok(())
    }

    /// The integer value of a numeric or enum setting (enums as Redis's
    /// numeric constants, notify-keyspace-events as its class bits). Memory
    /// sizes are raw 64-bit patterns (see `get_u64`); `maxmemory-clients`
    /// holds a percentage as a negative number, as in Redis.
    pub fn get_int(&self, name: &str) -> i64 {
        match &self.values[def_of(name)] {
            Value::Int(v) | Value::Events(v) => *v,
            other => panic!("config: {name} is not an integer setting ({other:?})"),
        }
    }

    /// A numeric setting read as unsigned: `maxmemory` and
    /// `cluster-link-sendbuf-limit` go up to 2^64-1.
    pub fn get_u64(&self, name: &str) -> u64 {
        self.get_int(name) as u64
    }

    pub fn get_bool(&self, name: &str) -> bool {
        match &self.values[def_of(name)] {
            Value::Bool(b) => *b,
            other => panic!("config: {name} is not a yes/no setting ({other:?})"),
        }
    }

    /// The value as `CONFIG GET` prints it (lossy for non-UTF-8 bytes; see
    /// `get_bytes`).
    pub fn get_str(&self, name: &str) -> String {
        lossy(&self.render(def_of(name)))
    }

    /// The value as `CONFIG GET` prints it, byte for byte.
    pub fn get_bytes(&self, name: &str) -> Vec<u8> {
        self.render(def_of(name))
    }

    /// `save` as (seconds, changes) pairs; empty means no snapshotting.
    pub fn save_params(&self) -> Vec<(i64, i32)> {
        match &self.values[def_of("save")] {
            Value::Save(p) => p.clone(),
            _ => unreachable!("save holds save params"),
        }
    }

    /// `bind` addresses, in order; empty means none were given.
    pub fn bind_addrs(&self) -> Vec<String> {
        match &self.values[def_of("bind")] {
            Value::Bind(a) => a.iter().map(|a| lossy(a)).collect(),
            _ => unreachable!("bind holds addresses"),
        }
    }

    /// Output buffer limits for the normal, replica and pubsub classes.
    pub fn client_output_buffer_limits(&self) -> [ObufLimit; 3] {
        match &self.values[def_of("client-output-buffer-limit")] {
            Value::Obuf(l) => *l,
            _ => unreachable!("client-output-buffer-limit holds limits"),
        }
    }

    pub fn oom_score_adj_values(&self) -> [i32; 3] {
        match &self.values[def_of("oom-score-adj-values")] {
            Value::Oom(v) => *v,
            _ => unreachable!("oom-score-adj-values holds values"),
        }
    }

    /// `replicaof` as (host, port), or `None` for a master.
    pub fn replica_of(&self) -> Option<(String, u16)> {
        match &self.values[def_of("replicaof")] {
            Value::ReplicaOf(r) => r.as_ref().map(|(h, p)| (lossy(h), *p as u16)),
            _ => unreachable!("replicaof holds a master"),
        }
    }

    pub fn latency_percentiles(&self) -> Vec<f64> {
        match &self.values[def_of("latency-tracking-info-percentiles")] {
            Value::Percentiles(p) => p.clone(),
            _ => unreachable!("latency-tracking-info-percentiles holds percentiles"),
        }
    }

    /// The absolute path of the config file given at start-up, if any.
    pub fn config_file(&self) -> Option<&str> {
        self.config_file.as_deref()
    }

    /// Config-file directives left for the rest of the server (see `Directive`).
    pub fn directives(&self) -> &[Directive] {
        &self.directives
    }

    fn dir_bytes(&self) -> Vec<u8> {
        match &self.values[def_of("dir")] {
            Value::Dir(d) => d.clone(),
            _ => unreachable!("dir holds a path"),
        }
    }

    fn protected_allowed(&self, client_is_local: bool) -> bool {
        match self.values[def_of("enable-protected-configs")] {
            Value::Int(PROTECTED_ACTION_YES) => true,
            Value::Int(PROTECTED_ACTION_LOCAL) => client_is_local,
            _ => false,
        }
    }

    /// Redis accepts any non-negative `hz` but runs (and reports) it capped.
    fn clamp_hz(&mut self) {
        let d = def_of("hz");
        if let Value::Int(v) = &mut self.values[d] {
            *v = (*v).clamp(MIN_HZ, MAX_HZ);
        }
    }

    /// Parses `args` for setting `def` and stores the result; on error the
    /// stored value is unchanged. `load` is present while reading config.
    fn set_def(
        &mut self,
        def: usize,
        args: &[Vec<u8>],
        load: Option<&mut LoadState>,
    ) -> Result<(), String> {
        let d = &DEFS[def];
        let first: &[u8] = args.first().map_or(&[], |a| a.as_slice());
        let value = match &d.kind {
            Kind::Bool { check, .. } => {
                let Some(b) = yes_no(cstr(first)) else {
                    return Err("argument must be 'yes' or 'no'".into());
                };
                if let Some(check) = check {
                    check(b)?;
                }
                Value::Bool(b)
            }
            Kind::Str { binary, check, .. } => {
                let v = if *binary { first } else { cstr(first) };
                if let Some(check) = check {
                    check(self, v)?;
                }
                Value::Str(v.to_vec())
            }
            Kind::Enum { items, check, .. } => {
                let Some(v) = enum_value(items, args, d.flags & MULTI_ARG != 0) else {
                    return Err(enum_error(items));
                };
                if let Some(check) = check {
                    check(v)?;
                }
                Value::Int(v)
            }
            Kind::Num {
                unsigned,
                lo,
                hi,
                flags,
                ..
            } => {
                let v = parse_numeric(first, *flags)?;
                check_bounds(v, *unsigned, *lo, *hi, *flags)?;
                Value::Int(v)
            }
            Kind::Special(s) => self.parse_special(*s, args, load)?,
        };
        self.values[def] = value;
        Ok(())
    }

    fn parse_special(
        &mut self,
        which: Special,
        args: &[Vec<u8>],
        load: Option<&mut LoadState<'_>>,
    ) -> Result<Value, String> {
        match which {
            Special::Dir => {
                if args.len() != 1 {
                    return Err("wrong number of arguments".into());
                }
                resolve_dir(&self.dir_bytes(), cstr(&args[0])).map(Value::Dir)
            }
            Special::Save => {
                let mut args = args;
                // A single "" means "no save points"; it also resets at once,
                // even mid-file, as in Redis.
                if args.len() == 1 && cstr(&args[0]).is_empty() {
                    self.values[def_of("save")] = Value::Save(Vec::new());
                    args = &[];
                }
                if args.len() % 2 == 1 {
                    return Err("Invalid save parameters".into());
                }
                for (j, a) in args.iter().enumerate() {
                    let a = cstr(a);
                    let (v, end, _) = c_strtoll(a, 10);
                    if end != a.len() || (j % 2 == 0 && v < 1) || (j % 2 == 1 && v < 0) {
                        return Err("Invalid save parameters".into());
                    }
                }
                // In a config file the first `save` replaces the defaults
                // and later ones add to it; CONFIG SET always replaces.
                let mut params = match &self.values[def_of("save")] {
                    Value::Save(p) => p.clone(),
                    _ => unreachable!("save holds save params"),
                };
                match load {
                    Some(st) if st.reading_file => {
                        if !st.save_loaded {
                            st.save_loaded = true;
                            params.clear();
                        }
                    }
                    _ => params.clear(),
                }
                for pair in args.chunks(2) {
                    let seconds = c_strtoll(cstr(&pair[0]), 10).0;
                    // Redis stores changes in an int: larger values wrap.
                    let changes = c_strtoll(cstr(&pair[1]), 10).0 as i32;
                    params.push((seconds, changes));
                }
                Ok(Value::Save(params))
            }
            Special::ClientOutputBufferLimit => {
                if !args.len().is_multiple_of(4) {
                    return Err("Wrong number of arguments in buffer limit configuration.".into());
                }
                let mut limits = self.client_output_buffer_limits();
                let mut updates = Vec::new();
                for chunk in args.chunks(4) {
                    let class = match cstr(&chunk[0]).to_ascii_lowercase().as_slice() {
                        b"normal" => 0,
                        b"slave" | b"replica" => 1,
                        b"pubsub" => 2,
                        _ => {
                            return Err(
                                "Invalid client class specified in buffer limit configuration."
                                    .into(),
                            )
                        }
                    };
                    let hard = memtoull(cstr(&chunk[1]));
                    let soft = memtoull(cstr(&chunk[2]));
                    let secs = cstr(&chunk[3]);
                    let (s, end, _) = c_strtoll(secs, 10);
                    // Redis parses the seconds into an int.
                    let s = s as i32;
                    match (hard, soft) {
                        (Some(hard), Some(soft)) if s >= 0 && end == secs.len() => {
                            updates.push((class, ObufLimit { hard, soft, soft_seconds: s as i64 }));
                        }
                        _ => {
                            return Err(
                                "Error in hard, soft or soft_seconds setting in buffer limit configuration.".into()
                            )
                        }
                    }
                }
                for (class, limit) in updates {
                    limits[class] = limit;
                }
                Ok(Value::Obuf(limits))
            }
            Special::OomScoreAdjValues => {
                if args.len() != 3 {
                    return Err("wrong number of arguments".into());
                }
                let mut values = [0i32; 3];
                for (slot, a) in values.iter_mut().zip(args) {
                    let a = cstr(a);
                    let (v, end, _) = c_strtoll(a, 10);
                    if end != a.len() || !(-2000..=2000).contains(&v) {
                        return Err("Invalid oom-score-adj-values, elements must be between -2000 and 2000.".into());
                    }
                    *slot = v as i32;
                }
                Ok(Value::Oom(values))
            }
            Special::NotifyKeyspaceEvents => {
                if args.len() != 1 {
                    return Err("wrong number of arguments".into());
                }
                let mut flags = 0;
                for &c in cstr(&args[0]) {
                    flags |= match c {
                        b'A' => NOTIFY_ALL,
                        b'K' => NOTIFY_KEYSPACE,
                        b'E' => NOTIFY_KEYEVENT,
                        b'm' => NOTIFY_KEY_MISS,
                        _ => match NOTIFY_CLASSES.iter().find(|(l, _)| *l == c) {
                            Some((_, f)) => *f,
                            None => {
                                return Err(
                                    "Invalid event class character. Use 'Ag$lshzxeKEtmdn'.".into()
                                )
                            }
                        },
                    };
                }
                Ok(Value::Events(flags))
            }
            Special::Bind => {
                if args.len() > BINDADDR_MAX {
                    return Err("Too many bind addresses specified.".into());
                }
                if args.len() == 1 && args[0].is_empty() {
                    return Ok(Value::Bind(Vec::new()));
                }
                Ok(Value::Bind(args.iter().map(|a| cstr(a).to_vec()).collect()))
            }
            Special::ReplicaOf => {
                if args.len() != 2 {
                    return Err("wrong number of arguments".into());
                }
                let (host, port) = (cstr(&args[0]), cstr(&args[1]));
                if host.eq_ignore_ascii_case(b"no") && port.eq_ignore_ascii_case(b"one") {
                    return Ok(Value::ReplicaOf(None));
                }
                let (p, end, _) = c_strtoll(port, 10);
                // Redis parses the port into an int before range-checking it.
                let p = p as i32;
                if !(0..=65535).contains(&p) || end != port.len() {
                    return Err("Invalid master port".into());
                }
                Ok(Value::ReplicaOf(Some((host.to_vec(), p))))
            }
            Special::LatencyPercentiles => {
                if args.len() == 1 && args[0].is_empty() {
                    return Ok(Value::Percentiles(Vec::new()));
                }
                let mut out = Vec::with_capacity(args.len());
                for a in args {
                    let Some(p) = string_to_double(a) else {
                        return Err("Invalid latency-tracking-info-percentiles parameters".into());
                    };
                    if !(0.0..=100.0).contains(&p) {
                        return Err("latency-tracking-info-percentiles parameters should sit between [0.0,100.0]".into());
                    }
                    out.push(p);
                }
                Ok(Value::Percentiles(out))
            }
        }
    }

    /// The value of setting `def` as `CONFIG GET` prints it.
    fn render(&self, def: usize) -> Vec<u8> {
        let d = &DEFS[def];
        match (&d.kind, &self.values[def]) {
            (_, Value::Bool(b)) => {
                if *b {
                    b"yes".to_vec()
                } else {
                    b"no".to_vec()
                }
            }
            (_, Value::Str(s)) | (_, Value::Dir(s)) => s.clone(),
            (Kind::Enum { items, .. }, Value::Int(v)) => {
                enum_name(items, *v, d.flags & MULTI_ARG != 0).into_bytes()
            }
            (Kind::Num { flags, .. }, Value::Int(v)) => {
                let v = *v;
                let s = if flags & PERCENT != 0 && v < 0 {
                    format!("{}%", v.unsigned_abs())
                } else if flags & MEMORY != 0 {
                    (v as u64).to_string()
                } else if flags & OCTAL != 0 {
                    format!("{:o}", v as u64)
                } else {
                    v.to_string()
                };
                s.into_bytes()
            }
            (_, Value::Save(p)) => p
                .iter()
                .map(|(s, c)| format!("{s} {c}"))
                .collect::<Vec<_>>()
                .join(" ")
                .into_bytes(),
            (_, Value::Obuf(l)) => OBUF_CLASSES
                .iter()
                .zip(l)
                .map(|(n, l)| format!("{n} {} {} {}", l.hard, l.soft, l.soft_seconds))
                .collect::<Vec<_>>()
                .join(" ")
                .into_bytes(),
            (_, Value::Oom(v)) => v
                .iter()
                .map(|x| x.to_string())
                .collect::<Vec<_>>()
                .join(" ")
                .into_bytes(),
            (_, Value::Events(f)) => events_to_string(*f).into_bytes(),
            (_, Value::Bind(a)) => a.join(&b' '),
            (_, Value::ReplicaOf(r)) => match r {
                Some((h, p)) => {
                    let mut v = h.clone();
                    v.extend_from_slice(format!(" {p}").as_bytes());
                    v
                }
                None => Vec::new(),
            },
            (_, Value::Percentiles(p)) => p
                .iter()
                .map(|x| trim_double(&format!("{x:.6}")))
                .collect::<Vec<_>>()
                .join(" ")
                .into_bytes(),
            (_, Value::Int(v)) => v.to_string().into_bytes(),
        }
    }

    /// `sdstemplate` expansion of a proc-title template with the current
    /// settings, or `None` if it is malformed or names an unknown variable.
    fn expand_title(&self, template: &[u8]) -> Option<Vec<u8>> {
        let mut out = Vec::new();
        let mut p = 0;
        while p < template.len() {
            let Some(open) = template[p..].iter().position(|&c| c == b'{').map(|i| p + i) else {
                out.extend_from_slice(&template[p..]);
                break;
            };
            out.extend_from_slice(&template[p..open]);
            let sv = open + 1;
            if sv >= template.len() {
                return None;
            }
            if template[sv] == b'{' {
                out.push(b'{');
                p = sv + 1;
                continue;
            }
            let close = template[sv..].iter().position(|&c| c == b'}')? + sv;
            out.extend_from_slice(&self.title_variable(&template[sv..close])?);
            p = close + 1;
        }
        Some(out)
    }

    fn title_variable(&self, name: &[u8]) -> Option<Vec<u8>> {
        let port = self.get_int("port");
        let tls_port = self.get_int("tls-port");
        let unixsocket = self.get_bytes("unixsocket");
        Some(match name {
            b"title" => Vec::new(),
            b"listen-addr" if port != 0 || tls_port != 0 => {
                let addrs = self.bind_addrs();
                let addr = addrs.first().map_or("*", |s| s.as_str());
                format!("{addr}:{}", if port != 0 { port } else { tls_port }).into_bytes()
            }
            b"listen-addr" => {
                // glibc prints a NULL unixsocket as "(null)".
                let sock = if unixsocket.is_empty() {
                    b"(null)".to_vec()
                } else {
                    unixsocket
                };
                [b"unixsocket:".as_slice(), &sock].concat()
            }
            b"server-mode" if self.get_bool("cluster-enabled") => b"[cluster]".to_vec(),
            b"server-mode" => Vec::new(),
            b"config-file" => self
                .config_file
                .as_deref()
                .unwrap_or("-")
                .as_bytes()
                .to_vec(),
            b"port" => port.to_string().into_bytes(),
            b"tls-port" => tls_port.to_string().into_bytes(),
            b"unixsocket" => unixsocket,
            _ => return None,
        })
    }

    /// `loadServerConfigFromString`: applies every line of `text`, in order.
    fn load_string(&mut self, text: &[u8], st: &mut LoadState<'_>) -> Result<(), String> {
        st.reading_file = true;
        for (i, raw) in split_on(text, b'\n').iter().enumerate() {
            let linenum = i + 1;
            let line = trim(raw, b" \t\r\n\0");
            if line.is_empty() || line[0] == b'#' {
                continue;
            }
            let fail = |msg: &str| fatal_config_error(Some((linenum, &lossy(line))), msg);
            let Some(mut argv) = split_args(line) else {
                return Err(fail("Unbalanced quotes in configuration line"));
            };
            if argv.is_empty() {
                continue;
            }
            argv[0].make_ascii_lowercase();

            if let Some(e) = lookup(&argv[0]) {
                let def = entries()[e].def;
                let multi = DEFS[def].flags & MULTI_ARG != 0;
                if !multi && argv.len() != 2 {
                    return Err(fail("wrong number of arguments"));
                }
                // A multi-argument setting given one non-empty argument is
                // re-split, so `--save "900 1 300 10"` works; an empty one
                // is kept as is so `save ""` still means "none".
                let args = if multi && argv.len() == 2 && !argv[1].is_empty() {
                    split_args(cstr(&argv[1])).unwrap_or_default()
                } else {
                    argv[1..].to_vec()
                };
                self.set_def(def, &args, Some(st)).map_err(|m| fail(&m))?;
                continue;
            }
            // Deprecated settings Redis still accepts and ignores.
            if argv.len() == 2
                && matches!(
                    argv[0].as_slice(),
                    b"list-max-ziplist-entries"
                        | b"list-max-ziplist-value"
                        | b"lua-replicate-commands"
                )
            {
                continue;
            }
            // Directives are checked by the caller's hook where Redis checks
            // them, so the first bad line is the one reported.
            let mut directive = |argv: Vec<Vec<u8>>, st: &mut LoadState<'_>| {
                let d = Directive {
                    args: argv,
                    line: linenum,
                    text: lossy(line),
                };
                (st.check)(&d).map_err(|m| fail(&m))?;
                self.directives.push(d);
                Ok::<(), String>(())
            };
            match (argv[0].as_slice(), argv.len()) {
                (b"include", 2) => {
                    if st.depth >= MAX_INCLUDE_DEPTH {
                        return Err(fail("include nesting too deep"));
                    }
                    // Relative to `dir`: Redis has chdir'ed there already.
                    let content = read_config_source(&argv[1], &self.dir_bytes())?;
                    st.depth += 1;
                    let result = self.load_string(&content, st);
                    st.depth -= 1;
                    result?;
                }
                (b"rename-command", 3) => directive(argv, st)?,
                (b"user" | b"loadmodule", n) if n >= 2 => directive(argv, st)?,
                (name, n) if name.contains(&b'.') => {
                    if n < 2 {
                        return Err(fail("Module config specified without value"));
                    }
                    directive(argv, st)?;
                }
                // A lone `sentinel` line is how Redis spots sentinel mode
                // (decided by the caller); anything more needs that mode.
                (b"sentinel", 1) => {}
                (b"sentinel", _) => {
                    return Err(fail("sentinel directive while not in sentinel mode"))
                }
                _ => return Err(fail("Bad directive or wrong number of arguments")),
            }
        }

        // Redis checks at load time that the log file can be opened, since it
        // cannot report the problem once it is running; relative paths are
        // relative to `dir`, which Redis has chdir'ed into by now.
        let logfile = self.get_bytes("logfile");
        if !logfile.is_empty() {
            let dir = self.dir_bytes();
            let path = Path::new(OsStr::from_bytes(&dir)).join(OsStr::from_bytes(&logfile));
            if let Err(e) = std::fs::OpenOptions::new()
                .append(true)
                .create(true)
                .open(path)
            {
                return Err(fatal_config_error(
                    None,
                    &format!("Can't open the log file: {}", strerror(&e)),
                ));
            }
        }
        if self.get_bool("cluster-enabled") && self.replica_of().is_some() {
            return Err(fatal_config_error(
                None,
                "replicaof directive not allowed in cluster mode",
            ));
        }
        self.clamp_hz();
        st.reading_file = false;
        Ok(())
    }
}

fn special_default(s: Special) -> Value {
    match s {
        Special::Dir => Value::Dir(
            std::env::current_dir()
                .map(|p| p.as_os_str().as_bytes().to_vec())
                .unwrap_or_default(),
        ),
        Special::Save => Value::Save(vec![(3600, 1), (300, 100), (60, 10000)]),
        Special::ClientOutputBufferLimit => Value::Obuf([
            ObufLimit {
                hard: 0,
                soft: 0,
                soft_seconds: 0,
            },
            ObufLimit {
                hard: 256 << 20,
                soft: 64 << 20,
                soft_seconds: 60,
            },
            ObufLimit {
                hard: 32 << 20,
                soft: 8 << 20,
                soft_seconds: 60,
            },
        ]),
        Special::OomScoreAdjValues => Value::Oom([0, 200, 800]),
        Special::NotifyKeyspaceEvents => Value::Events(0),
        // Redis binds "* -::*" by default; ringkv only listens on loopback.
        Special::Bind => Value::Bind(vec![b"127.0.0.1".to_vec()]),
        Special::ReplicaOf => Value::ReplicaOf(None),
        Special::LatencyPercentiles => Value::Percentiles(vec![50.0, 99.0, 99.9]),
    }
}

/// Formats a start-up configuration error the way redis-server prints it to
/// stderr before exiting (without the final newline). `line` is the
/// 1-based line number and the trimmed line, when the error has one.
pub fn fatal_config_error(line: Option<(usize, &str)>, msg: &str) -> String {
    let mut s = format!("\n*** FATAL CONFIG FILE ERROR (Redis {REDIS_VERSION}) ***\n");
    if let Some((n, text)) = line {
        s.push_str(&format!(
            "Reading the configuration file, at line {n}\n>>> '{text}'\n"
        ));
    }
    s.push_str(msg);
    s
}

/// Parsed from argv (after the program name), as redis-server does: an
/// optional first argument not starting with '-' is a config file (globs
/// allowed); a lone "-" first or last reads more config from stdin; then
/// `--name value [value...]` options (values run until the next `--`) are
/// turned into config lines appended after the file, so errors in them are
/// reported as lines too. Config-file errors come back in redis-server's
/// fatal-error format (see `fatal_config_error`); an unreadable config file
/// gives Redis's log message "Fatal error, can't open config file '...': ...".
/// `--help`/`-h`, `--version`/`-v`, `--test-memory`, `--check-system` and
/// sentinel mode are the caller's business. Directives (see `Directive`)
/// are accepted unchecked; use `load_with` to check them in place.
pub fn load(args: &[String]) -> Result<Config, String> {
    load_with(args, &mut |_| Ok(()))
}

/// `load`, with `check` called on each directive (`rename-command`, `user`,
/// `loadmodule`, module settings) at its place in the file, as Redis checks
/// them: an `Err(msg)` stops loading with the fatal error for that line.
pub fn load_with(
    args: &[String],
    check: &mut dyn FnMut(&Directive) -> Result<(), String>,
) -> Result<Config, String> {
    let mut cfg = Config::defaults();
    if args.is_empty() {
        return Ok(cfg);
    }
    let mut j = 0;
    let mut file = None;
    if !args[0].starts_with('-') {
        file = Some(absolute_path(&args[0])?);
        j = 1;
    }
    let mut options: Vec<u8> = Vec::new();
    let mut from_stdin = false;
    // Redis's `handled_last_config_arg`: after an option name with no value
    // yet, the next argument is its value even if it starts with "--".
    let mut handled_last = true;
    while j < args.len() {
        let a = args[j].as_bytes();
        let last = j + 1 == args.len();
        if a == b"-" && (j == 0 || last) {
            from_stdin = true;
        } else if handled_last && a.starts_with(b"--") {
            if !options.is_empty() {
                options.push(b'\n');
            }
            options.extend_from_slice(&a[2..]);
            options.push(b' ');
            if split_args(a).map_or(0, |v| v.len()) == 1 {
                handled_last = false;
                let next_is_option = !last && args[j + 1].starts_with("--");
                if a.eq_ignore_ascii_case(b"--save") && (next_is_option || last) {
                    // `--save` with no value means `save ""` (pre-7.0 habit).
                    options.extend_from_slice(b"\"\"");
                    handled_last = next_is_option || handled_last;
                } else if a.eq_ignore_ascii_case(b"--sentinel") && next_is_option {
                    handled_last = true;
                }
            } else {
                // "--port 6380" as one argument already carries its value.
                handled_last = true;
            }
        } else {
            options.extend_from_slice(&repr(a));
            options.push(b' ');
            handled_last = true;
        }
        j += 1;
    }

    let mut text = Vec::new();
    if let Some(f) = &file {
        text = read_config_source(f.as_bytes(), b"/")?;
    }
    if from_stdin {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf).map_err(|e| {
            format!(
                "Fatal error, can't read config from stdin: {}",
                strerror(&e)
            )
        })?;
        text.extend_from_slice(&buf);
    }
    text.push(b'\n');
    text.extend_from_slice(&options);
    cfg.config_file = file;
    let mut st = LoadState {
        reading_file: false,
        save_loaded: false,
        depth: 0,
        check,
    };
    cfg.load_string(&text, &mut st)?;
    Ok(cfg)
}

/// Redis's `getAbsolutePath`: trims blanks and joins a relative path to the
/// working directory, folding leading "../" components.
fn absolute_path(name: &str) -> Result<String, String> {
    let rel = name.trim_matches(|c| matches!(c, ' ' | '\r' | '\n' | '\t'));
    if rel.starts_with('/') {
        return Ok(rel.to_string());
    }
    let cwd = std::env::current_dir().map_err(|e| {
        format!(
            "Fatal error, can't get the working directory: {}",
            strerror(&e)
        )
    })?;
    let mut abs = cwd.to_string_lossy().into_owned();
    if !abs.ends_with('/') {
        abs.push('/');
    }
    let mut rel = rel;
    while let Some(rest) = rel.strip_prefix("../") {
        rel = rest;
        if abs.len() > 1 {
            let trimmed = abs[..abs.len() - 1].rfind('/').map_or(1, |i| i + 1);
            abs.truncate(trimmed);
        }
    }
    abs.push_str(rel);
    Ok(abs)
}

/// Reads a config file, or every file matching it if it has wildcards (no
/// match is not an error, so an empty conf.d can be included). Relative
/// paths are relative to `base`; messages show a single file's path as given.
fn read_config_source(path: &[u8], base: &[u8]) -> Result<Vec<u8>, String> {
    let resolved = Path::new(OsStr::from_bytes(base)).join(OsStr::from_bytes(path));
    let resolved = resolved.as_os_str().as_bytes();
    let paths: Vec<(Vec<u8>, Vec<u8>)> = if path.iter().any(|c| matches!(c, b'*' | b'?' | b'[')) {
        glob_paths(resolved)
            .into_iter()
            .map(|p| (p.clone(), p))
            .collect()
    } else {
        vec![(resolved.to_vec(), path.to_vec())]
    };
    let mut out = Vec::new();
    for (p, shown) in paths {
        let os = Path::new(OsStr::from_bytes(&p));
        // fopen() of a directory succeeds and reads nothing.
        if os.is_dir() {
            continue;
        }
        match std::fs::read(os) {
            Ok(data) => out.extend_from_slice(&data),
            Err(e) => {
                return Err(format!(
                    "Fatal error, can't open config file '{}': {}",
                    lossy(&shown),
                    strerror(&e)
                ));
            }
        }
    }
    Ok(out)
}

/// A small glob(3): expands wildcard path components against the file
/// system; dot files match only patterns starting with '.'; sorted.
fn glob_paths(pattern: &[u8]) -> Vec<Vec<u8>> {
    let magic = |c: &[u8]| c.iter().any(|c| matches!(c, b'*' | b'?' | b'['));
    let mut found: Vec<Vec<u8>> = vec![if pattern.starts_with(b"/") {
        b"/".to_vec()
    } else {
        Vec::new()
    }];
    let comps: Vec<&[u8]> = pattern
        .split(|&c| c == b'/')
        .filter(|c| !c.is_empty())
        .collect();
    let join = |base: &[u8], name: &[u8]| {
        let mut p = base.to_vec();
        if !p.is_empty() && !p.ends_with(b"/") {
            p.push(b'/');
        }
        p.extend_from_slice(name);
        p
    };
    for comp in comps {
        let mut next = Vec::new();
        for base in &found {
            let dir: &[u8] = if base.is_empty() { b"." } else { base };
            if magic(comp) {
                let Ok(rd) = std::fs::read_dir(OsStr::from_bytes(dir)) else {
                    continue;
                };
                for entry in rd.flatten() {
                    let name = entry.file_name();
                    let name = name.as_bytes();
                    if (name.first() != Some(&b'.') || comp[0] == b'.')
                        && glob_match(comp, name, false)
                    {
                        next.push(join(base, name));
                    }
                }
            } else {
                let name: Vec<u8> = unescape_glob(comp);
                let candidate = join(base, &name);
                if Path::new(OsStr::from_bytes(&candidate))
                    .symlink_metadata()
                    .is_ok()
                {
                    next.push(candidate);
                }
            }
        }
        found = next;
    }
    found.sort();
    found
}

fn unescape_glob(comp: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(comp.len());
    let mut i = 0;
    while i < comp.len() {
        if comp[i] == b'\\' && i + 1 < comp.len() {
            i += 1;
        }
        out.push(comp[i]);
        i += 1;
    }
    out
}

/// `chdir` semantics for `dir`: relative to the current `dir`, and the
/// reported value is what getcwd() would then return.
fn resolve_dir(current: &[u8], arg: &[u8]) -> Result<Vec<u8>, String> {
    if arg.is_empty() {
        return Err("No such file or directory".into());
    }
    let target: PathBuf = Path::new(OsStr::from_bytes(current)).join(OsStr::from_bytes(arg));
    let real = std::fs::canonicalize(&target).map_err(|e| strerror(&e))?;
    if !real.is_dir() {
        return Err("Not a directory".into());
    }
    Ok(real.as_os_str().as_bytes().to_vec())
}

// ---------------------------------------------------------------------------
// Validators Redis attaches to individual settings.

/// The reference redis-server is built without Redis's patched jemalloc,
/// so it refuses active defragmentation; ringkv has none either.
fn check_active_defrag(on: bool) -> Result<(), &'static str> {
    if on {
        return Err("Active defragmentation cannot be enabled: it requires a Redis server compiled with a \
                    modified Jemalloc like the one shipped by default with the Redis source distribution");
    }
    Ok(())
}

fn check_dbfilename(_: &Config, v: &[u8]) -> Result<(), &'static str> {
    if !is_base_name(v) {
        return Err("dbfilename can't be a path, just a filename");
    }
    Ok(())
}

fn check_aof_filename(_: &Config, v: &[u8]) -> Result<(), &'static str> {
    if v.is_empty() {
        return Err("appendfilename can't be empty");
    }
    if !is_base_name(v) {
        return Err("appendfilename can't be a path, just a filename");
    }
    Ok(())
}

fn check_aof_dirname(_: &Config, v: &[u8]) -> Result<(), &'static str> {
    if v.is_empty() {
        return Err("appenddirname can't be empty");
    }
    if !is_base_name(v) {
        return Err("appenddirname can't be a path, just a dirname");
    }
    Ok(())
}

fn is_base_name(v: &[u8]) -> bool {
    !v.contains(&b'/') && !v.contains(&b'\\')
}

fn check_announced_hostname(_: &Config, v: &[u8]) -> Result<(), &'static str> {
    if v.len() >= 256 {
        return Err("Hostnames must be less than 256 characters");
    }
    if !v
        .iter()
        .all(|c| c.is_ascii_alphanumeric() || *c == b'-' || *c == b'.')
    {
        return Err("Hostnames may only contain alphanumeric characters, hyphens or dots");
    }
    Ok(())
}

fn check_proc_title_template(cfg: &Config, v: &[u8]) -> Result<(), &'static str> {
    match cfg.expand_title(v) {
        Some(t) if !trim(&t, b" ").is_empty() => Ok(()),
        _ => Err("template format is invalid or contains unknown variables"),
    }
}

fn check_shutdown_flags(v: i64) -> Result<(), &'static str> {
    if v & SHUTDOWN_SAVE != 0 && v & SHUTDOWN_NOSAVE != 0 {
        return Err("shutdown options SAVE and NOSAVE can't be used simultaneously");
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Parsing and formatting helpers, each matching the Redis/libc routine named.

/// The bytes a C function would see: everything before the first NUL.
fn cstr(b: &[u8]) -> &[u8] {
    b.iter().position(|&c| c == 0).map_or(b, |i| &b[..i])
}

fn lossy(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Redis's error replies cannot hold line breaks; it turns them into spaces.
fn one_line(s: String) -> String {
    s.replace(['\r', '\n'], " ")
}

fn set_failed(name: &str, why: &str) -> String {
    one_line(format!(
        "ERR CONFIG SET failed (possibly related to argument '{name}') - {why}"
    ))
}

/// `strerror(errno)` text, without Rust's " (os error N)" suffix.
fn strerror(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

fn yes_no(s: &[u8]) -> Option<bool> {
    if s.eq_ignore_ascii_case(b"yes") {
        Some(true)
    } else if s.eq_ignore_ascii_case(b"no") {
        Some(false)
    } else {
        None
    }
}

/// `configEnumGetValue`: one name, or for bit-flag enums several, OR-ed.
fn enum_value(items: EnumItems, args: &[Vec<u8>], bitflags: bool) -> Option<i64> {
    if args.is_empty() || (!bitflags && args.len() != 1) {
        return None;
    }
    let mut value = 0;
    for a in args {
        let a = cstr(a);
        let mut matched = false;
        for (name, v) in items {
            if a.eq_ignore_ascii_case(name.as_bytes()) {
                value |= v;
                matched = true;
            }
        }
        if !matched {
            return None;
        }
    }
    Some(value)
}

/// `configEnumGetName`: an exact value match wins; bit-flag enums are
/// otherwise spelled as their flags in table order.
fn enum_name(items: EnumItems, value: i64, bitflags: bool) -> String {
    let mut names: Vec<&str> = Vec::new();
    let mut unmatched = value;
    for (name, v) in items {
        if *v == value {
            return name.to_string();
        }
        if bitflags && *v != 0 && *v == (unmatched & v) {
            names.push(name);
            unmatched &= !v;
        }
    }
    if names.is_empty() || unmatched != 0 {
        return "unknown".to_string();
    }
    names.join(" ")
}

fn enum_error(items: EnumItems) -> String {
    let names: Vec<&str> = items.iter().map(|(n, _)| *n).collect();
    let mut msg = format!(
        "argument(s) must be one of the following: {}",
        names.join(", ")
    );
    msg.truncate(LOADBUF_SIZE - 1);
    msg
}

/// `numericParseString`: memory units, then percent, then octal, then a
/// plain integer only for settings with no parsing flags.
fn parse_numeric(raw: &[u8], flags: u8) -> Result<i64, String> {
    if flags & MEMORY != 0 {
        if let Some(v) = memtoull(cstr(raw)) {
            return Ok(v as i64);
        }
    }
    if flags & PERCENT != 0 && raw.len() > 1 && raw[raw.len() - 1] == b'%' {
        if let Some(v) = string2ll(&raw[..raw.len() - 1]) {
            if v >= 0 {
                // Percentages are stored negated, as in Redis.
                return Ok(-v);
            }
        }
    }
    if flags & OCTAL != 0 {
        let s = cstr(raw);
        let (v, end, overflow) = c_strtoll(s, 8);
        if !overflow && end == s.len() {
            return Ok(v);
        }
    }
    if flags == 0 {
        if let Some(v) = string2ll(raw) {
            return Ok(v);
        }
    }
    Err(if flags & MEMORY != 0 && flags & PERCENT != 0 {
        "argument must be a memory or percent value"
    } else if flags & MEMORY != 0 {
        "argument must be a memory value"
    } else if flags & OCTAL != 0 {
        "argument couldn't be parsed as an octal number"
    } else {
        "argument couldn't be parsed into an integer"
    }
    .into())
}

/// `numericBoundaryCheck`.
fn check_bounds(v: i64, unsigned: bool, lo: i64, hi: i64, flags: u8) -> Result<(), String> {
    if unsigned {
        let (u, ulo, uhi) = (v as u64, lo as u64, hi as u64);
        if u > uhi || u < ulo {
            return Err(if flags & OCTAL != 0 {
                format!("argument must be between {ulo:o} and {uhi:o} inclusive")
            } else {
                format!("argument must be between {ulo} and {uhi} inclusive")
            });
        }
    } else if flags & PERCENT != 0 && v < 0 {
        if v < lo {
            return Err(format!(
                "percentage argument must be less or equal to {}",
                -lo
            ));
        }
    } else if v > hi || v < lo {
        return Err(format!("argument must be between {lo} and {hi} inclusive"));
    }
    Ok(())
}

/// Redis's `memtoull`: digits plus an optional b/k/kb/m/mb/g/gb unit (any
/// case). Quirks kept on purpose: no digits means 0 ("" and "kb" are 0),
/// and overflow saturates then wraps through the unit multiplication.
fn memtoull(p: &[u8]) -> Option<u64> {
    if p.first() == Some(&b'-') {
        return None;
    }
    let digits = p.iter().take_while(|c| c.is_ascii_digit()).count();
    let mul: u64 = match p[digits..].to_ascii_lowercase().as_slice() {
        b"" | b"b" => 1,
        b"k" => 1000,
        b"kb" => 1024,
        b"m" => 1000 * 1000,
        b"mb" => 1024 * 1024,
        b"g" => 1000 * 1000 * 1000,
        b"gb" => 1024 * 1024 * 1024,
        _ => return None,
    };
    if digits >= 128 {
        return None;
    }
    let mut v: u64 = 0;
    for &c in &p[..digits] {
        v = v
            .checked_mul(10)
            .and_then(|v| v.checked_add((c - b'0') as u64))
            .unwrap_or(u64::MAX);
    }
    Some(v.wrapping_mul(mul))
}

/// Redis's strict `string2ll`: optional '-', no leading zeros or spaces,
/// no '+', 20 bytes at most, no overflow.
fn string2ll(s: &[u8]) -> Option<i64> {
    if s.is_empty() || s.len() >= 21 {
        return None;
    }
    if s == b"0" {
        return Some(0);
    }
    let (neg, digits) = match s.strip_prefix(b"-") {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    if !matches!(digits.first(), Some(b'1'..=b'9')) || !digits.iter().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let mut v: u64 = 0;
    for &c in digits {
        v = v.checked_mul(10)?.checked_add((c - b'0') as u64)?;
    }
    if neg {
        if v > i64::MAX as u64 + 1 {
            return None;
        }
        Some((v as i64).wrapping_neg())
    } else {
        i64::try_from(v).ok()
    }
}

/// libc `strtoll` on a C string: leading whitespace, optional sign, digits
/// in `base` (8 or 10). Returns (value, index after the number or 0 when
/// nothing was parsed, overflowed); overflow saturates as in libc.
fn c_strtoll(s: &[u8], base: u32) -> (i64, usize, bool) {
    let mut i = 0;
    while i < s.len() && is_c_space(s[i]) {
        i += 1;
    }
    let neg = match s.get(i) {
        Some(b'-') => {
            i += 1;
            true
        }
        Some(b'+') => {
            i += 1;
            false
        }
        _ => false,
    };
    let start = i;
    let mut mag: u64 = 0;
    let mut overflow = false;
    while let Some(d) = s.get(i).and_then(|&c| (c as char).to_digit(base)) {
        match mag
            .checked_mul(base as u64)
            .and_then(|m| m.checked_add(d as u64))
        {
            Some(m) => mag = m,
            None => overflow = true,
        }
        i += 1;
    }
    if i == start {
        return (0, 0, false);
    }
    let limit = if neg {
        i64::MAX as u64 + 1
    } else {
        i64::MAX as u64
    };
    if overflow || mag > limit {
        return (if neg { i64::MIN } else { i64::MAX }, i, true);
    }
    let v = if neg {
        (mag as i64).wrapping_neg()
    } else {
        mag as i64
    };
    (v, i, false)
}

/// Redis's `string2d` (strtod over the whole string; no leading space, no
/// NaN, no overflow to infinity, no underflow to zero).
fn string_to_double(s: &[u8]) -> Option<f64> {
    let text = std::str::from_utf8(s).ok()?;
    if text.is_empty() || is_c_space(s[0]) {
        return None;
    }
    let (neg, body) = match text.as_bytes()[0] {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let lower = body.to_ascii_lowercase();
    let v = if let Some(hex) = lower.strip_prefix("0x") {
        parse_hex_float(hex)?
    } else if lower == "inf" || lower == "infinity" {
        f64::INFINITY
    } else {
        // Past the sign strtod wants a digit or '.'; this also keeps Rust's
        // own "nan"/"inf" spellings and a second sign out.
        if !body.starts_with(|c: char| c.is_ascii_digit() || c == '.') {
            return None;
        }
        let v: f64 = body.parse().ok()?;
        let mantissa_nonzero = body
            .bytes()
            .take_while(|c| !matches!(c, b'e' | b'E'))
            .any(|c| matches!(c, b'1'..=b'9'));
        // strtod reports ERANGE for overflow and for underflow to zero.
        if v.is_infinite() || (v == 0.0 && mantissa_nonzero) {
            return None;
        }
        v
    };
    Some(if neg { -v } else { v })
}

/// The hexadecimal form strtod accepts after "0x": digits, optional
/// fraction, optional binary exponent `p[+-]N`.
fn parse_hex_float(s: &str) -> Option<f64> {
    let (mant, exp) = match s.find('p') {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let (int_part, frac_part) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return None;
    }
    let mut v = 0f64;
    for c in int_part.chars() {
        v = v * 16.0 + c.to_digit(16)? as f64;
    }
    let mut scale = 1.0 / 16.0;
    for c in frac_part.chars() {
        v += c.to_digit(16)? as f64 * scale;
        scale /= 16.0;
    }
    if let Some(e) = exp {
        let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
        if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        let e: i32 = e.parse().unwrap_or(if e.starts_with('-') {
            i32::MIN
        } else {
            i32::MAX
        });
        v *= 2f64.powi(e);
    }
    if v.is_infinite() {
        return None;
    }
    Some(v)
}

/// Redis's `trimDoubleString`: drop trailing zeros (and a bare '.') of a
/// "%f" rendering.
fn trim_double(s: &str) -> String {
    if !s.contains('.') {
        return s.to_string();
    }
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

fn events_to_string(flags: i64) -> String {
    let mut s = String::new();
    if flags & NOTIFY_ALL == NOTIFY_ALL {
        s.push('A');
    } else {
        for (letter, f) in NOTIFY_CLASSES {
            if flags & f != 0 {
                s.push(*letter as char);
            }
        }
    }
    for (letter, f) in [
        ('K', NOTIFY_KEYSPACE),
        ('E', NOTIFY_KEYEVENT),
        ('m', NOTIFY_KEY_MISS),
    ] {
        if flags & f != 0 {
            s.push(letter);
        }
    }
    s
}

/// C `isspace` in the "C" locale.
fn is_c_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// `sdstrim`: strips bytes in `set` from both ends.
fn trim<'a>(s: &'a [u8], set: &[u8]) -> &'a [u8] {
    let start = s.iter().position(|c| !set.contains(c)).unwrap_or(s.len());
    let end = s
        .iter()
        .rposition(|c| !set.contains(c))
        .map_or(start, |i| i + 1);
    &s[start..end.max(start)]
}

/// `sdssplitlen` with a one-byte separator: empty input gives no pieces.
fn split_on(s: &[u8], sep: u8) -> Vec<Vec<u8>> {
    if s.is_empty() {
        return Vec::new();
    }
    s.split(|&c| c == sep).map(|p| p.to_vec()).collect()
}

/// `sdssplitargs`: the config-file tokenizer (double quotes with escapes,
/// single quotes, closing quotes must be followed by a space). `None` on
/// unbalanced quotes.
fn split_args(line: &[u8]) -> Option<Vec<Vec<u8>>> {
    let line = cstr(line);
    let n = line.len();
    let at = |i: usize| line.get(i).copied();
    let mut out = Vec::new();
    let mut p = 0;
    loop {
        while p < n && is_c_space(line[p]) {
            p += 1;
        }
        if p >= n {
            return Some(out);
        }
        let mut cur = Vec::new();
        let (mut inq, mut insq, mut done) = (false, false, false);
        while !done {
            let c = at(p);
            if inq {
                match c {
                    Some(b'\\')
                        if at(p + 1) == Some(b'x')
                            && at(p + 2).is_some_and(|c| c.is_ascii_hexdigit())
                            && at(p + 3).is_some_and(|c| c.is_ascii_hexdigit()) =>
                    {
                        let hex = |c: u8| (c as char).to_digit(16).unwrap_or(0) as u8;
                        cur.push(hex(line[p + 2]) * 16 + hex(line[p + 3]));
                        p += 3;
                    }
                    Some(b'\\') if p + 1 < n => {
                        p += 1;
                        cur.push(match line[p] {
                            b'n' => b'\n',
                            b'r' => b'\r',
                            b't' => b'\t',
                            b'b' => 0x08,
                            b'a' => 0x07,
                            other => other,
                        });
                    }
                    Some(b'"') => {
                        if p + 1 < n && !is_c_space(line[p + 1]) {
                            return None;
                        }
                        done = true;
                    }
                    None => return None,
                    Some(c) => cur.push(c),
                }
            } else if insq {
                match c {
                    Some(b'\\') if at(p + 1) == Some(b'\'') => {
                        p += 1;
                        cur.push(b'\'');
                    }
                    Some(b'\'') => {
                        if p + 1 < n && !is_c_space(line[p + 1]) {
                            return None;
                        }
                        done = true;
                    }
                    None => return None,
                    Some(c) => cur.push(c),
                }
            } else {
                match c {
                    Some(b' ' | b'\n' | b'\r' | b'\t') | None => done = true,
                    Some(b'"') => inq = true,
                    Some(b'\'') => insq = true,
                    Some(c) => cur.push(c),
                }
            }
            if p < n {
                p += 1;
            }
        }
        out.push(cur);
    }
}

/// `sdscatrepr`: a double-quoted, escaped rendering `split_args` reads back.
fn repr(s: &[u8]) -> Vec<u8> {
    let mut out = vec![b'"'];
    for &c in s {
        match c {
            b'\\' | b'"' => out.extend_from_slice(&[b'\\', c]),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            0x07 => out.extend_from_slice(b"\\a"),
            0x08 => out.extend_from_slice(b"\\b"),
            0x20..=0x7e => out.push(c),
            _ => out.extend_from_slice(format!("\\x{c:02x}").as_bytes()),
        }
    }
    out.push(b'"');
    out
}

// ---------------------------------------------------------------------------
// The process-wide configuration.

static VERSION: AtomicU64 = AtomicU64::new(0);

/// The process-wide config: read-mostly. Readers on hot paths keep a copy
/// and refresh it when `version()` changes.
pub fn global() -> &'static RwLock<Config> {
    static GLOBAL: OnceLock<RwLock<Config>> = OnceLock::new();
    GLOBAL.get_or_init(|| RwLock::new(Config::defaults()))
}

/// Replaces the process-wide config (at start-up, with what `load` returned).
pub fn install(c: Config) {
    let mut g = global().write().unwrap_or_else(|e| e.into_inner());
    *g = c;
    // Bumped while the write lock is held, so whoever sees the new version
    // and then takes the read lock sees the new values.
    VERSION.fetch_add(1, Ordering::Release);
}

/// Changes whenever the process-wide config does.
pub fn version() -> u64 {
    VERSION.load(Ordering::Acquire)
}

/// `CONFIG SET` on the process-wide config (client not local, not loading).
pub fn set_global(pairs: &[(&[u8], &[u8])]) -> Result<(), String> {
    set_global_with(pairs, SetContext::default())
}

/// `CONFIG SET` on the process-wide config, for a given client and state.
pub fn set_global_with(pairs: &[(&[u8], &[u8])], ctx: SetContext) -> Result<(), String> {
    let mut g = global().write().unwrap_or_else(|e| e.into_inner());
    g.set_with(pairs, ctx)?;
    VERSION.fetch_add(1, Ordering::Release);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    /// `CONFIG GET *` of redis-server 7.0.15 (TLS build) with its real
    /// defaults for port, save and appendonly; `bind` and `dir` differ by
    /// design and are checked separately.
    const REDIS_DEFAULTS: &str = "\
acl-pubsub-default=resetchannels
aclfile=
acllog-max-len=128
active-defrag-cycle-max=25
active-defrag-cycle-min=1
active-defrag-ignore-bytes=104857600
active-defrag-max-scan-fields=1000
active-defrag-threshold-lower=10
active-defrag-threshold-upper=100
active-expire-effort=1
activedefrag=no
activerehashing=yes
always-show-logo=no
aof-disable-auto-gc=no
aof-load-truncated=yes
aof-rewrite-incremental-fsync=yes
aof-timestamp-enabled=no
aof-use-rdb-preamble=yes
aof_rewrite_cpulist=
appenddirname=appendonlydir
appendfilename=appendonly.aof
appendfsync=everysec
appendonly=no
auto-aof-rewrite-min-size=67108864
auto-aof-rewrite-percentage=100
bgsave_cpulist=
bind=* -::*
bind-source-addr=
bio_cpulist=
busy-reply-threshold=5000
client-output-buffer-limit=normal 0 0 0 slave 268435456 67108864 60 pubsub 33554432 8388608 60
client-query-buffer-limit=1073741824
cluster-allow-pubsubshard-when-down=yes
cluster-allow-reads-when-down=no
cluster-allow-replica-migration=yes
cluster-announce-bus-port=0
cluster-announce-hostname=
cluster-announce-ip=
cluster-announce-port=0
cluster-announce-tls-port=0
cluster-config-file=nodes.conf
cluster-enabled=no
cluster-link-sendbuf-limit=0
cluster-migration-barrier=1
cluster-node-timeout=15000
cluster-port=0
cluster-preferred-endpoint-type=ip
cluster-replica-no-failover=no
cluster-replica-validity-factor=10
cluster-require-full-coverage=yes
cluster-slave-no-failover=no
cluster-slave-validity-factor=10
crash-log-enabled=yes
crash-memcheck-enabled=yes
daemonize=no
databases=16
dbfilename=dump.rdb
dir=/tmp
disable-thp=yes
dynamic-hz=yes
enable-debug-command=no
enable-module-command=no
enable-protected-configs=no
hash-max-listpack-entries=512
hash-max-listpack-value=64
hash-max-ziplist-entries=512
hash-max-ziplist-value=64
hll-sparse-max-bytes=3000
hz=10
ignore-warnings=
io-threads=1
io-threads-do-reads=no
jemalloc-bg-thread=yes
latency-monitor-threshold=0
latency-tracking=yes
latency-tracking-info-percentiles=50 99 99.9
lazyfree-lazy-eviction=no
lazyfree-lazy-expire=no
lazyfree-lazy-server-del=no
lazyfree-lazy-user-del=no
lazyfree-lazy-user-flush=no
lfu-decay-time=1
lfu-log-factor=10
list-compress-depth=0
list-max-listpack-size=-2
list-max-ziplist-size=-2
logfile=
loglevel=notice
lua-time-limit=5000
masterauth=
masteruser=
maxclients=10000
maxmemory=0
maxmemory-clients=0
maxmemory-eviction-tenacity=10
maxmemory-policy=noeviction
maxmemory-samples=5
min-replicas-max-lag=10
min-replicas-to-write=0
min-slaves-max-lag=10
min-slaves-to-write=0
no-appendfsync-on-rewrite=no
notify-keyspace-events=
oom-score-adj=no
oom-score-adj-values=0 200 800
pidfile=
port=6379
proc-title-template={title} {listen-addr} {server-mode}
propagation-error-behavior=ignore
protected-mode=yes
proto-max-bulk-len=536870912
rdb-del-sync-files=no
rdb-save-incremental-fsync=yes
rdbchecksum=yes
rdbcompression=yes
repl-backlog-size=1048576
repl-backlog-ttl=3600
repl-disable-tcp-nodelay=no
repl-diskless-load=disabled
repl-diskless-sync=yes
repl-diskless-sync-delay=5
repl-diskless-sync-max-replicas=0
repl-ping-replica-period=10
repl-ping-slave-period=10
repl-timeout=60
replica-announce-ip=
replica-announce-port=0
replica-announced=yes
replica-ignore-disk-write-errors=no
replica-ignore-maxmemory=yes
replica-lazy-flush=no
replica-priority=100
replica-read-only=yes
replica-serve-stale-data=yes
replicaof=
requirepass=
sanitize-dump-payload=no
save=3600 1 300 100 60 10000
server_cpulist=
set-max-intset-entries=512
set-proc-title=yes
shutdown-on-sigint=default
shutdown-on-sigterm=default
shutdown-timeout=10
slave-announce-ip=
slave-announce-port=0
slave-ignore-maxmemory=yes
slave-lazy-flush=no
slave-priority=100
slave-read-only=yes
slave-serve-stale-data=yes
slaveof=
slowlog-log-slower-than=10000
slowlog-max-len=128
socket-mark-id=0
stop-writes-on-bgsave-error=yes
stream-node-max-bytes=4096
stream-node-max-entries=100
supervised=no
syslog-enabled=no
syslog-facility=local0
syslog-ident=redis
tcp-backlog=511
tcp-keepalive=300
timeout=0
tls-auth-clients=yes
tls-ca-cert-dir=
tls-ca-cert-file=
tls-cert-file=
tls-ciphers=
tls-ciphersuites=
tls-client-cert-file=
tls-client-key-file=
tls-client-key-file-pass=
tls-cluster=no
tls-dh-params-file=
tls-key-file=
tls-key-file-pass=
tls-port=0
tls-prefer-server-ciphers=no
tls-protocols=
tls-replication=no
tls-session-cache-size=20480
tls-session-cache-timeout=300
tls-session-caching=yes
tracking-table-max-keys=1000000
unixsocket=
unixsocketperm=0
zset-max-listpack-entries=128
zset-max-listpack-value=64
zset-max-ziplist-entries=128
zset-max-ziplist-value=64";

    fn args(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| s.to_string()).collect()
    }

    fn get(c: &Config, pats: &[&str]) -> Vec<(String, String)> {
        let pats: Vec<&[u8]> = pats.iter().map(|p| p.as_bytes()).collect();
        c.get_matching(&pats)
    }

    fn set1(c: &mut Config, name: &str, value: &str) -> Result<(), String> {
        c.set(&[(name.as_bytes(), value.as_bytes())])
    }

    fn failed(name: &str, why: &str) -> Result<(), String> {
        Err(format!(
            "ERR CONFIG SET failed (possibly related to argument '{name}') - {why}"
        ))
    }

    /// A scratch directory for file-based tests, removed on drop.
    struct TempDir(PathBuf);

    impl TempDir {
        fn new(tag: &str) -> TempDir {
            let p =
                std::env::temp_dir().join(format!("ringkv-config-{}-{tag}", std::process::id()));
            let _ = std::fs::remove_dir_all(&p);
            std::fs::create_dir_all(&p).unwrap();
            TempDir(std::fs::canonicalize(p).unwrap())
        }
        fn file(&self, name: &str, content: &str) -> String {
            let p = self.0.join(name);
            std::fs::write(&p, content).unwrap();
            p.to_string_lossy().into_owned()
        }
        fn path(&self) -> String {
            self.0.to_string_lossy().into_owned()
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    #[test]
    fn defaults_match_redis_7_0_15() {
        let c = Config::defaults();
        let ours: BTreeMap<String, String> = get(&c, &["*"]).into_iter().collect();
        let mut expected: BTreeMap<String, String> = REDIS_DEFAULTS
            .lines()
            .map(|l| {
                let (k, v) = l.split_once('=').unwrap();
                (k.to_string(), v.to_string())
            })
            .collect();
        assert_eq!(expected.len(), 192);
        // Our deliberate differences and additions.
        expected.insert("bind".into(), "127.0.0.1".into());
        let cwd = std::env::current_dir()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        expected.insert("dir".into(), cwd);
        let cpus = std::thread::available_parallelism()
            .unwrap()
            .get()
            .min(1024);
        expected.insert("threads".into(), cpus.to_string());
        expected.insert("set-max-listpack-entries".into(), "128".into());
        expected.insert("set-max-listpack-value".into(), "64".into());
        assert_eq!(ours, expected);
        // Each name appears once.
        assert_eq!(get(&c, &["*"]).len(), expected.len());
        assert_eq!(c.get_int("threads"), cpus as i64);
    }

    #[test]
    fn hidden_settings_need_exact_names() {
        let c = Config::defaults();
        for name in [
            "rdb-key-save-delay",
            "key-load-delay",
            "watchdog-period",
            "use-exit-on-panic",
        ] {
            assert_eq!(get(&c, &[name]).len(), 1, "{name}");
            assert!(get(&c, &["*"]).iter().all(|(k, _)| k != name));
        }
        assert_eq!(
            get(&c, &["*delay*"]),
            vec![
                ("repl-disable-tcp-nodelay".to_string(), "no".to_string()),
                ("repl-diskless-sync-delay".to_string(), "5".to_string())
            ]
        );
        assert_eq!(
            get(&c, &["loading-process-events-interval-bytes"]),
            vec![(
                "loading-process-events-interval-bytes".to_string(),
                "2097152".to_string()
            )]
        );
    }

    #[test]
    fn get_patterns_aliases_and_case() {
        let c = Config::defaults();
        // Exact names are reported as spelled, once, case-insensitively.
        assert_eq!(
            get(&c, &["MAXMEMORY", "maxmemory"]),
            vec![("MAXMEMORY".to_string(), "0".to_string())]
        );
        assert_eq!(get(&c, &["nonexistent"]), vec![]);
        assert_eq!(get(&c, &[""]), vec![]);
        // A pattern with a backslash but no wildcard is an exact name.
        assert_eq!(get(&c, &["max\\memory"]), vec![]);
        // Aliases are names of their own.
        assert_eq!(
            get(&c, &["slaveof"]),
            vec![("slaveof".to_string(), String::new())]
        );
        let keys = |v: Vec<(String, String)>| v.into_iter().map(|(k, _)| k).collect::<Vec<_>>();
        assert_eq!(
            keys(get(&c, &["hash-max-*-entries"])),
            vec!["hash-max-listpack-entries", "hash-max-ziplist-entries"]
        );
        assert_eq!(keys(get(&c, &["?ort"])), vec!["port"]);
        let mut maxm = keys(get(&c, &["MAX*"]));
        maxm.sort();
        assert_eq!(
            maxm,
            vec![
                "maxclients",
                "maxmemory",
                "maxmemory-clients",
                "maxmemory-eviction-tenacity",
                "maxmemory-policy",
                "maxmemory-samples"
            ]
        );
        // Several patterns: each name once, in order of first match.
        let v = get(&c, &["maxmemory", "maxmemory*", "*"]);
        assert_eq!(v[0].0, "maxmemory");
        assert_eq!(v.iter().filter(|(k, _)| k == "maxmemory").count(), 1);
        assert_eq!(v.len(), get(&c, &["*"]).len());
        // Globs see both spellings of aliased settings.
        let slave: Vec<String> = keys(get(&c, &["*slave*"]));
        assert!(
            slave.contains(&"slaveof".to_string()) && slave.contains(&"slave-priority".to_string())
        );
        assert!(!slave.contains(&"replicaof".to_string()));
        assert_eq!(keys(get(&c, &["[^a-z]*"])), Vec::<String>::new());
    }

    #[test]
    fn set_error_texts() {
        let mut c = Config::defaults();
        assert_eq!(
            set1(&mut c, "foo", "bar"),
            Err("ERR Unknown option or number of arguments for CONFIG SET - 'foo'".into())
        );
        assert_eq!(
            set1(&mut c, "maxmemory", "abc"),
            failed("maxmemory", "argument must be a memory value")
        );
        assert_eq!(
            set1(&mut c, "timeout", "abc"),
            failed("timeout", "argument couldn't be parsed into an integer")
        );
        assert_eq!(
            set1(&mut c, "databases", "3"),
            failed("databases", "can't set immutable config")
        );
        assert_eq!(
            set1(&mut c, "DATABASES", "3"),
            failed("DATABASES", "can't set immutable config")
        );
        assert_eq!(
            set1(&mut c, "slaveof", "localhost 1"),
            failed("slaveof", "can't set immutable config")
        );
        assert_eq!(
            set1(&mut c, "threads", "2"),
            failed("threads", "can't set immutable config")
        );
        assert_eq!(
            set1(&mut c, "dir", "/tmp"),
            failed("dir", "can't set protected config")
        );
        assert_eq!(
            set1(&mut c, "dbfilename", "x"),
            failed("dbfilename", "can't set protected config")
        );
        assert_eq!(
            c.set(&[(b"maxmemory", b"1"), (b"maxmemory", b"2")]),
            failed("maxmemory", "duplicate parameter")
        );
        assert_eq!(
            c.set(&[(b"maxmemory", b"1"), (b"MAXMEMORY", b"2")]),
            failed("MAXMEMORY", "duplicate parameter")
        );
        // A setting and its alias are not duplicates (the last one wins).
        assert_eq!(
            c.set(&[
                (b"hash-max-ziplist-entries", b"10"),
                (b"hash-max-listpack-entries", b"20")
            ]),
            Ok(())
        );
        assert_eq!(c.get_str("hash-max-ziplist-entries"), "20");
        // Value errors name the setting in lower case (the alias if used).
        assert_eq!(
            set1(&mut c, "Hash-Max-Ziplist-Entries", "abc"),
            failed(
                "hash-max-ziplist-entries",
                "argument couldn't be parsed into an integer"
            )
        );
        assert_eq!(
            set1(&mut c, "port", "70000"),
            failed("port", "argument must be between 0 and 65535 inclusive")
        );
        assert_eq!(
            set1(&mut c, "maxclients", "0"),
            failed(
                "maxclients",
                "argument must be between 1 and 4294967295 inclusive"
            )
        );
        assert_eq!(
            set1(&mut c, "hash-max-listpack-entries", "-1"),
            failed(
                "hash-max-listpack-entries",
                "argument must be between 0 and 9223372036854775807 inclusive"
            )
        );
        assert_eq!(
            set1(&mut c, "slowlog-log-slower-than", "-2"),
            failed(
                "slowlog-log-slower-than",
                "argument must be between -1 and 9223372036854775807 inclusive"
            )
        );
        assert_eq!(
            set1(&mut c, "maxmemory-clients", "101%"),
            failed(
                "maxmemory-clients",
                "percentage argument must be less or equal to 100"
            )
        );
        assert_eq!(
            set1(&mut c, "maxmemory-clients", "x"),
            failed(
                "maxmemory-clients",
                "argument must be a memory or percent value"
            )
        );
        assert_eq!(
            set1(&mut c, "protected-mode", "maybe"),
            failed("protected-mode", "argument must be 'yes' or 'no'")
        );
        assert_eq!(
            set1(&mut c, "loglevel", "loud"),
            failed(
                "loglevel",
                "argument(s) must be one of the following: debug, verbose, notice, warning"
            )
        );
        assert_eq!(
            set1(&mut c, "activedefrag", "yes"),
            failed(
                "activedefrag",
                "Active defragmentation cannot be enabled: it requires a Redis server compiled with a modified \
                 Jemalloc like the one shipped by default with the Redis source distribution"
            )
        );
        // The first problem in argument order wins.
        assert_eq!(
            c.set(&[(b"databases", b"1"), (b"foo", b"1")]),
            failed("databases", "can't set immutable config")
        );
        assert_eq!(
            c.set(&[(b"foo", b"1"), (b"databases", b"1")]),
            Err("ERR Unknown option or number of arguments for CONFIG SET - 'foo'".into())
        );
        // Name problems are found before any value is parsed.
        assert_eq!(
            c.set(&[(b"maxmemory", b"abc"), (b"databases", b"1")]),
            failed("databases", "can't set immutable config")
        );
        // User input cannot break the reply line.
        assert_eq!(
            set1(&mut c, "a\r\nb", "1"),
            Err("ERR Unknown option or number of arguments for CONFIG SET - 'a  b'".into())
        );
        let loading = SetContext {
            client_is_local: false,
            loading: true,
        };
        assert_eq!(
            c.set_with(&[(b"appendonly", b"yes")], loading),
            Err("LOADING Redis is loading the dataset in memory".into())
        );
        assert_eq!(c.set_with(&[(b"timeout", b"1")], loading), Ok(()));
    }

    #[test]
    fn protected_settings_follow_enable_protected_configs() {
        let local = SetContext {
            client_is_local: true,
            loading: false,
        };
        let mut c = load(&args(&["--enable-protected-configs", "local"])).unwrap();
        assert_eq!(
            c.set(&[(b"dbfilename", b"x.rdb")]),
            failed("dbfilename", "can't set protected config")
        );
        assert_eq!(c.set_with(&[(b"dbfilename", b"x.rdb")], local), Ok(()));
        let mut c = load(&args(&["--enable-protected-configs", "yes"])).unwrap();
        assert_eq!(set1(&mut c, "dbfilename", "y.rdb"), Ok(()));
        assert_eq!(c.get_str("dbfilename"), "y.rdb");
        assert_eq!(
            set1(&mut c, "dbfilename", "a/b"),
            failed("dbfilename", "dbfilename can't be a path, just a filename")
        );
        assert_eq!(
            set1(&mut c, "dbfilename", "a\\b"),
            failed("dbfilename", "dbfilename can't be a path, just a filename")
        );
    }

    #[test]
    fn dir_resolves_like_chdir() {
        let t = TempDir::new("dir");
        std::fs::create_dir(t.0.join("sub")).unwrap();
        let file = t.file("plain", "");
        let mut c = load(&args(&[
            "--enable-protected-configs",
            "yes",
            "--dir",
            &t.path(),
        ]))
        .unwrap();
        assert_eq!(c.get_str("dir"), t.path());
        assert_eq!(set1(&mut c, "dir", "sub"), Ok(()));
        assert_eq!(c.get_str("dir"), format!("{}/sub", t.path()));
        assert_eq!(set1(&mut c, "dir", ".."), Ok(()));
        assert_eq!(c.get_str("dir"), t.path());
        assert_eq!(
            set1(&mut c, "dir", "nope"),
            failed("dir", "No such file or directory")
        );
        assert_eq!(
            set1(&mut c, "dir", ""),
            failed("dir", "No such file or directory")
        );
        assert_eq!(set1(&mut c, "dir", &file), failed("dir", "Not a directory"));
        assert_eq!(c.get_str("dir"), t.path());
    }

    #[test]
    fn numbers_report_as_redis() {
        let mut c = Config::defaults();
        for (name, input, shown) in [
            ("maxmemory", "1gb", "1073741824"),
            ("maxmemory", "1GB", "1073741824"),
            ("maxmemory", "1g", "1000000000"),
            ("maxmemory", "100mb", "104857600"),
            ("maxmemory", "100m", "100000000"),
            ("maxmemory", "10k", "10000"),
            ("maxmemory", "1kb", "1024"),
            ("maxmemory", "5b", "5"),
            ("maxmemory", "007", "7"),
            // memtoull quirks: no digits is zero, overflow saturates/wraps.
            ("maxmemory", "", "0"),
            ("maxmemory", "kb", "0"),
            (
                "maxmemory",
                "99999999999999999999999",
                "18446744073709551615",
            ),
            ("maxmemory", "18446744073709551615", "18446744073709551615"),
            ("maxmemory", "10\0k", "10"),
            ("maxmemory-clients", "5%", "5%"),
            ("maxmemory-clients", "0%", "0"),
            ("maxmemory-clients", "1mb", "1048576"),
            // Redis reads 2^64-1 as -1, i.e. 1%.
            ("maxmemory-clients", "18446744073709551615", "1%"),
            ("hash-max-listpack-value", "1kb", "1024"),
            ("list-max-listpack-size", "-5", "-5"),
            ("list-max-ziplist-size", "-2147483648", "-2147483648"),
            ("slowlog-log-slower-than", "-1", "-1"),
            ("hz", "1000", "500"),
            ("hz", "0", "1"),
            ("hz", "42", "42"),
            ("repl-backlog-size", "1", "16384"),
            ("repl-backlog-size", "1mb", "1048576"),
            ("timeout", "0", "0"),
        ] {
            assert_eq!(set1(&mut c, name, input), Ok(()), "{name} {input:?}");
            assert_eq!(c.get_str(name), shown, "{name} {input:?}");
        }
        assert_eq!(c.get_u64("maxmemory"), 10);
        assert_eq!(set1(&mut c, "maxmemory", "18446744073709551615"), Ok(()));
        assert_eq!(c.get_u64("maxmemory"), u64::MAX);
        assert_eq!(set1(&mut c, "maxmemory-clients", "7%"), Ok(()));
        assert_eq!(c.get_int("maxmemory-clients"), -7);
        for (name, input, err) in [
            ("maxmemory", "-1", "argument must be a memory value"),
            ("maxmemory", "1.5", "argument must be a memory value"),
            ("maxmemory", "1 kb", "argument must be a memory value"),
            ("maxmemory", "1kib", "argument must be a memory value"),
            (
                "timeout",
                "01",
                "argument couldn't be parsed into an integer",
            ),
            (
                "timeout",
                "-0",
                "argument couldn't be parsed into an integer",
            ),
            (
                "timeout",
                "+1",
                "argument couldn't be parsed into an integer",
            ),
            (
                "timeout",
                " 1",
                "argument couldn't be parsed into an integer",
            ),
            (
                "timeout",
                "1kb",
                "argument couldn't be parsed into an integer",
            ),
            ("timeout", "", "argument couldn't be parsed into an integer"),
            (
                "timeout",
                "2147483648",
                "argument must be between 0 and 2147483647 inclusive",
            ),
            (
                "timeout",
                "9223372036854775808",
                "argument couldn't be parsed into an integer",
            ),
            (
                "proto-max-bulk-len",
                "1kb",
                "argument must be between 1048576 and 9223372036854775807 inclusive",
            ),
            (
                "proto-max-bulk-len",
                "18446744073709551615",
                "argument must be between 1048576 and 9223372036854775807 inclusive",
            ),
        ] {
            assert_eq!(
                set1(&mut c, name, input),
                failed(name, err),
                "{name} {input:?}"
            );
        }
    }

    #[test]
    fn octal_settings() {
        let c = load(&args(&["--unixsocketperm", "700"])).unwrap();
        assert_eq!(c.get_str("unixsocketperm"), "700");
        assert_eq!(c.get_int("unixsocketperm"), 0o700);
        let c = load(&args(&["--unixsocketperm", "0755"])).unwrap();
        assert_eq!(c.get_str("unixsocketperm"), "755");
        let e = load(&args(&["--unixsocketperm", "888"])).unwrap_err();
        assert!(
            e.ends_with("\nargument couldn't be parsed as an octal number"),
            "{e}"
        );
        let e = load(&args(&["--unixsocketperm", "7777"])).unwrap_err();
        assert!(
            e.ends_with("\nargument must be between 0 and 777 inclusive"),
            "{e}"
        );
    }

    #[test]
    fn enums_and_flag_sets() {
        let mut c = Config::defaults();
        assert_eq!(set1(&mut c, "oom-score-adj", "relative"), Ok(()));
        assert_eq!(c.get_str("oom-score-adj"), "yes");
        assert_eq!(set1(&mut c, "maxmemory-policy", "ALLKEYS-LRU"), Ok(()));
        assert_eq!(c.get_str("maxmemory-policy"), "allkeys-lru");
        assert_eq!(set1(&mut c, "shutdown-on-sigint", "now nosave"), Ok(()));
        assert_eq!(c.get_str("shutdown-on-sigint"), "nosave now");
        assert_eq!(set1(&mut c, "shutdown-on-sigint", "default now"), Ok(()));
        assert_eq!(c.get_str("shutdown-on-sigint"), "now");
        assert_eq!(set1(&mut c, "shutdown-on-sigint", "default"), Ok(()));
        assert_eq!(c.get_str("shutdown-on-sigint"), "default");
        assert_eq!(
            set1(&mut c, "shutdown-on-sigterm", "save nosave"),
            failed(
                "shutdown-on-sigterm",
                "shutdown options SAVE and NOSAVE can't be used simultaneously"
            )
        );
        let any = "argument(s) must be one of the following: default, save, nosave, now, force";
        assert_eq!(
            set1(&mut c, "shutdown-on-sigterm", ""),
            failed("shutdown-on-sigterm", any)
        );
        assert_eq!(
            set1(&mut c, "shutdown-on-sigterm", "now  force"),
            failed("shutdown-on-sigterm", any)
        );
        assert_eq!(
            set1(&mut c, "appendfsync", "now always"),
            failed(
                "appendfsync",
                "argument(s) must be one of the following: everysec, always, no"
            )
        );
        assert_eq!(c.get_int("loglevel"), 2);
    }

    #[test]
    fn save_special() {
        let mut c = Config::defaults();
        assert_eq!(c.get_str("save"), "3600 1 300 100 60 10000");
        assert_eq!(set1(&mut c, "save", ""), Ok(()));
        assert_eq!(c.get_str("save"), "");
        assert!(c.save_params().is_empty());
        assert_eq!(set1(&mut c, "save", "3600 1 300 100"), Ok(()));
        assert_eq!(c.get_str("save"), "3600 1 300 100");
        assert_eq!(c.save_params(), vec![(3600, 1), (300, 100)]);
        for bad in [
            "3600", "3600  1", " 3600 1", "0 1", "3600 -1", "abc 1", "100 0x1",
        ] {
            assert_eq!(
                set1(&mut c, "save", bad),
                failed("save", "Invalid save parameters"),
                "{bad:?}"
            );
        }
        assert_eq!(c.get_str("save"), "3600 1 300 100");
        // strtoll leniency and int truncation, as in Redis.
        assert_eq!(set1(&mut c, "save", "+100 1 3600 4294967297"), Ok(()));
        assert_eq!(c.get_str("save"), "100 1 3600 1");
        assert_eq!(set1(&mut c, "save", "3600 1 300 "), Ok(()));
        assert_eq!(c.get_str("save"), "3600 1 300 0");

        // Config files: the first `save` replaces the defaults, later ones add.
        let c = load(&args(&["--save", "60", "1", "--save", "30 2"])).unwrap();
        assert_eq!(c.get_str("save"), "60 1 30 2");
        let c = load(&args(&["--save", "", "--save", "5 5"])).unwrap();
        assert_eq!(c.get_str("save"), "5 5");
        let c = load(&args(&["--save", "5 5", "--save", ""])).unwrap();
        assert_eq!(c.get_str("save"), "");
        // `--save` without a value means `save ""`.
        let c = load(&args(&["--save"])).unwrap();
        assert_eq!(c.get_str("save"), "");
        let c = load(&args(&["--save", "--port", "7000"])).unwrap();
        assert_eq!((c.get_str("save").as_str(), c.get_int("port")), ("", 7000));
        let c = load(&args(&["--port", "7000"])).unwrap();
        assert_eq!(c.get_str("save"), "3600 1 300 100 60 10000");
    }

    #[test]
    fn multi_pair_set_is_atomic() {
        let mut c = Config::defaults();
        let before = get(&c, &["*"]);
        assert_eq!(
            c.set(&[(b"maxmemory", b"10mb"), (b"timeout", b"5"), (b"hz", b"abc")]),
            failed("hz", "argument couldn't be parsed into an integer")
        );
        assert_eq!(get(&c, &["*"]), before);
        assert_eq!(
            c.set(&[(b"save", b"1 1"), (b"maxmemory", b"10mb"), (b"foo", b"1")]),
            Err("ERR Unknown option or number of arguments for CONFIG SET - 'foo'".into())
        );
        assert_eq!(get(&c, &["*"]), before);
        assert_eq!(
            c.set(&[
                (b"maxmemory", b"10mb"),
                (b"timeout", b"5"),
                (b"hz", b"1000")
            ]),
            Ok(())
        );
        assert_eq!(c.get_int("maxmemory"), 10 << 20);
        assert_eq!(c.get_int("timeout"), 5);
        assert_eq!(c.get_int("hz"), 500);
        assert_eq!(c.set(&[]), Ok(()));
    }

    #[test]
    fn special_settings() {
        let mut c = Config::defaults();
        let obuf = "client-output-buffer-limit";
        assert_eq!(
            c.get_str(obuf),
            "normal 0 0 0 slave 268435456 67108864 60 pubsub 33554432 8388608 60"
        );
        assert_eq!(
            set1(&mut c, obuf, "pubsub 1mb 2kb 3 replica 1 2 4294967297"),
            Ok(())
        );
        assert_eq!(
            c.get_str(obuf),
            "normal 0 0 0 slave 1 2 1 pubsub 1048576 2048 3"
        );
        assert_eq!(
            c.client_output_buffer_limits()[2],
            ObufLimit {
                hard: 1 << 20,
                soft: 2048,
                soft_seconds: 3
            }
        );
        assert_eq!(set1(&mut c, obuf, ""), Ok(()));
        assert_eq!(
            set1(&mut c, obuf, "normal 1 2"),
            failed(
                obuf,
                "Wrong number of arguments in buffer limit configuration."
            )
        );
        assert_eq!(
            set1(&mut c, obuf, "master 1 2 3"),
            failed(
                obuf,
                "Invalid client class specified in buffer limit configuration."
            )
        );
        assert_eq!(
            set1(&mut c, obuf, "normal 1 2 3 pubsub 1 2 -1"),
            failed(
                obuf,
                "Error in hard, soft or soft_seconds setting in buffer limit configuration."
            )
        );
        assert_eq!(
            c.get_str(obuf),
            "normal 0 0 0 slave 1 2 1 pubsub 1048576 2048 3"
        );

        let oom = "oom-score-adj-values";
        assert_eq!(set1(&mut c, oom, "-2000 2000 0"), Ok(()));
        assert_eq!(c.get_str(oom), "-2000 2000 0");
        assert_eq!(c.oom_score_adj_values(), [-2000, 2000, 0]);
        assert_eq!(
            set1(&mut c, oom, "1 2"),
            failed(oom, "wrong number of arguments")
        );
        assert_eq!(
            set1(&mut c, oom, "1 2 2001"),
            failed(
                oom,
                "Invalid oom-score-adj-values, elements must be between -2000 and 2000."
            )
        );

        let ev = "notify-keyspace-events";
        // All of 'A' prints as "A", which hides 'n' (as in Redis).
        for (input, shown) in [
            ("KEA", "AKE"),
            ("Ex", "xE"),
            ("gAK", "AK"),
            ("g$lshzxetdnK", "AK"),
            ("ng$lshzxetK", "g$lshzxetnK"),
            ("Km", "Km"),
            ("", ""),
        ] {
            assert_eq!(set1(&mut c, ev, input), Ok(()), "{input}");
            assert_eq!(c.get_str(ev), shown, "{input}");
        }
        assert_eq!(
            set1(&mut c, ev, "KEq"),
            failed(ev, "Invalid event class character. Use 'Ag$lshzxeKEtmdn'.")
        );

        let bind = "bind";
        assert_eq!(c.bind_addrs(), vec!["127.0.0.1"]);
        assert_eq!(set1(&mut c, bind, "10.0.0.1 ::1"), Ok(()));
        assert_eq!(c.get_str(bind), "10.0.0.1 ::1");
        assert_eq!(set1(&mut c, bind, ""), Ok(()));
        assert_eq!(c.get_str(bind), "");
        let many = (1..=17)
            .map(|i| i.to_string())
            .collect::<Vec<_>>()
            .join(" ");
        assert_eq!(
            set1(&mut c, bind, &many),
            failed(bind, "Too many bind addresses specified.")
        );

        let lat = "latency-tracking-info-percentiles";
        assert_eq!(c.get_str(lat), "50 99 99.9");
        assert_eq!(
            set1(&mut c, lat, "50 99.90 0.0001 1e1 0x1p3 0.0000001"),
            Ok(())
        );
        assert_eq!(c.get_str(lat), "50 99.9 0.0001 10 8 0");
        assert_eq!(set1(&mut c, lat, ""), Ok(()));
        assert_eq!(c.get_str(lat), "");
        for bad in ["abc", " 50", "nan", "1e-400", "50  99", "--5"] {
            assert_eq!(
                set1(&mut c, lat, bad),
                failed(lat, "Invalid latency-tracking-info-percentiles parameters"),
                "{bad}"
            );
        }
        for bad in ["101", "-1", "inf"] {
            assert_eq!(
                set1(&mut c, lat, bad),
                failed(
                    lat,
                    "latency-tracking-info-percentiles parameters should sit between [0.0,100.0]"
                )
            );
        }

        let c = load(&args(&["--replicaof", "example.org", "6390"])).unwrap();
        assert_eq!(c.get_str("slaveof"), "example.org 6390");
        assert_eq!(c.replica_of(), Some(("example.org".to_string(), 6390)));
        let c = load(&args(&[
            "--replicaof",
            "example.org",
            "6390",
            "--slaveof",
            "no",
            "one",
        ]))
        .unwrap();
        assert_eq!(c.get_str("replicaof"), "");
    }

    #[test]
    fn strings_and_validators() {
        let mut c = Config::defaults();
        assert_eq!(
            set1(&mut c, "cluster-announce-hostname", "host-name.1"),
            Ok(())
        );
        assert_eq!(
            set1(&mut c, "cluster-announce-hostname", "a_b"),
            failed(
                "cluster-announce-hostname",
                "Hostnames may only contain alphanumeric characters, hyphens or dots"
            )
        );
        assert_eq!(
            set1(&mut c, "cluster-announce-hostname", &"a".repeat(256)),
            failed(
                "cluster-announce-hostname",
                "Hostnames must be less than 256 characters"
            )
        );
        let bad_tpl = "template format is invalid or contains unknown variables";
        for ok in [
            "{title} {port}",
            "{listen-addr}",
            "{config-file}",
            "x{{y",
            "{unixsocket}x",
        ] {
            assert_eq!(set1(&mut c, "proc-title-template", ok), Ok(()), "{ok}");
        }
        for bad in [
            "{title}",
            "{title} {server-mode}",
            "{",
            "{x}",
            "{port",
            "",
            "{unixsocket}",
        ] {
            assert_eq!(
                set1(&mut c, "proc-title-template", bad),
                failed("proc-title-template", bad_tpl),
                "{bad}"
            );
        }
        // C strings stop at NUL; requirepass keeps every byte.
        assert_eq!(set1(&mut c, "masteruser", "ab\0cd"), Ok(()));
        assert_eq!(c.get_str("masteruser"), "ab");
        assert_eq!(set1(&mut c, "requirepass", "ab\0cd"), Ok(()));
        assert_eq!(c.get_bytes("requirepass"), b"ab\0cd");
        assert!(
            is_sensitive(b"REQUIREPASS") && is_sensitive(b"masterauth") && !is_sensitive(b"port")
        );

        let e = load(&args(&["--appendfilename", ""])).unwrap_err();
        assert!(e.ends_with("\nappendfilename can't be empty"));
        let e = load(&args(&["--appenddirname", "a/b"])).unwrap_err();
        assert!(e.ends_with("\nappenddirname can't be a path, just a dirname"));
    }

    #[test]
    fn typed_reads() {
        let c = Config::defaults();
        assert_eq!(c.get_int("port"), 6379);
        assert_eq!(c.get_int("PORT"), 6379);
        assert_eq!(c.get_int("hash-max-ziplist-entries"), 512);
        assert!(c.get_bool("protected-mode"));
        assert!(c.get_bool("slave-read-only"));
        assert_eq!(c.get_str("maxmemory-policy"), "noeviction");
        assert_eq!(c.get_int("maxmemory-policy"), 7 << 8);
        assert_eq!(
            c.get_str("proc-title-template"),
            "{title} {listen-addr} {server-mode}"
        );
        assert_eq!(c.latency_percentiles(), vec![50.0, 99.0, 99.9]);
        assert_eq!(c.replica_of(), None);
        assert_eq!(c.config_file(), None);
    }

    #[test]
    #[should_panic(expected = "no setting named")]
    fn unknown_name_panics() {
        Config::defaults().get_int("no-such-setting");
    }

    #[test]
    #[should_panic(expected = "not a yes/no setting")]
    fn wrong_type_panics() {
        Config::defaults().get_bool("port");
    }

    #[test]
    fn load_error_texts() {
        let head = "\n*** FATAL CONFIG FILE ERROR (Redis 7.0.15) ***\n";
        assert_eq!(
            load(&args(&["--port", "abc"])).unwrap_err(),
            format!("{head}Reading the configuration file, at line 2\n>>> 'port \"abc\"'\nargument couldn't be parsed into an integer")
        );
        let t = TempDir::new("errors");
        let f = t.file("bad.conf", "port 7404\nport abc\n");
        assert_eq!(
            load(&args(&[&f])).unwrap_err(),
            format!("{head}Reading the configuration file, at line 2\n>>> 'port abc'\nargument couldn't be parsed into an integer")
        );
        // Options follow the file: here on line 4 (3 file lines, then "\n").
        let f = t.file("ok.conf", "# c\n\nport 1\n");
        assert_eq!(
            load(&args(&[&f, "--maxmemory", "10", "20"])).unwrap_err(),
            format!("{head}Reading the configuration file, at line 5\n>>> 'maxmemory \"10\" \"20\"'\nwrong number of arguments")
        );
        assert_eq!(
            load(&args(&["--port", "1", "--maxmemory", "10", "20"])).unwrap_err(),
            format!("{head}Reading the configuration file, at line 3\n>>> 'maxmemory \"10\" \"20\"'\nwrong number of arguments")
        );
        assert_eq!(
            load(&args(&["--port"])).unwrap_err(),
            format!("{head}Reading the configuration file, at line 2\n>>> 'port'\nwrong number of arguments")
        );
        assert_eq!(
            load(&args(&["--foo", "bar"])).unwrap_err(),
            format!("{head}Reading the configuration file, at line 2\n>>> 'foo \"bar\"'\nBad directive or wrong number of arguments")
        );
        // After a bare option name the next "--x" is its value.
        assert_eq!(
            load(&args(&["--port", "--save"])).unwrap_err(),
            format!("{head}Reading the configuration file, at line 2\n>>> 'port \"--save\"'\nargument couldn't be parsed into an integer")
        );
        let f = t.file("quotes.conf", "requirepass \"abc\n");
        assert_eq!(
            load(&args(&[&f])).unwrap_err(),
            format!("{head}Reading the configuration file, at line 1\n>>> 'requirepass \"abc'\nUnbalanced quotes in configuration line")
        );
        let f = t.file("sentinel.conf", "sentinel monitor x 1 2 3\n");
        assert!(load(&args(&[&f]))
            .unwrap_err()
            .ends_with("\nsentinel directive while not in sentinel mode"));
        assert!(load(&args(&["--foo.bar"]))
            .unwrap_err()
            .ends_with("\nModule config specified without value"));
        assert_eq!(
            load(&args(&[
                "--replicaof",
                "localhost",
                "1",
                "--cluster-enabled",
                "yes"
            ]))
            .unwrap_err(),
            format!("{head}replicaof directive not allowed in cluster mode")
        );
        assert_eq!(
            load(&args(&["--logfile", "/nonexistent/dir/log"])).unwrap_err(),
            format!("{head}Can't open the log file: No such file or directory")
        );
        let missing = format!("{}/missing.conf", t.path());
        assert_eq!(
            load(&args(&[&missing])).unwrap_err(),
            format!("Fatal error, can't open config file '{missing}': No such file or directory")
        );
        let f = t.file("inc.conf", "include /nonexistent/x.conf\n");
        assert_eq!(
            load(&args(&[&f])).unwrap_err(),
            "Fatal error, can't open config file '/nonexistent/x.conf': No such file or directory"
        );
    }

    #[test]
    fn load_files_includes_and_directives() {
        let t = TempDir::new("load");
        t.file("inc.conf", "timeout 30\n");
        t.file("glob-a.conf", "tcp-keepalive 1\n");
        t.file("glob-b.conf", "tcp-keepalive 2\nhz 0\n");
        let main = t.file(
            "main.conf",
            &format!(
                "# comment\n\n   \t\nsave 900 1\nsave 300 10\nMAXMEMORY 1gb\nhz 1000\nbind 127.0.0.1 ::1\n\
                 include {0}/inc.conf\ninclude {0}/glob-*.conf\ninclude {0}/none-*.conf\n\
                 latency-tracking-info-percentiles \"50 99.99\"\nlist-max-ziplist-entries 3\n\
                 rename-command get fetch\nuser default on\nmymod.opt 1 2\n",
                t.path()
            ),
        );
        let c = load(&args(&[&main, "--port", "7000"])).unwrap();
        assert_eq!(c.config_file(), Some(main.as_str()));
        assert_eq!(c.get_str("save"), "900 1 300 10");
        assert_eq!(c.get_str("maxmemory"), "1073741824");
        assert_eq!(c.get_int("hz"), 1);
        assert_eq!(c.get_str("bind"), "127.0.0.1 ::1");
        assert_eq!(c.get_int("timeout"), 30);
        assert_eq!(c.get_int("tcp-keepalive"), 2);
        assert_eq!(c.get_str("latency-tracking-info-percentiles"), "50 99.99");
        assert_eq!(c.get_int("port"), 7000);
        let d: Vec<(Vec<Vec<u8>>, usize)> = c
            .directives()
            .iter()
            .map(|d| (d.args.clone(), d.line))
            .collect();
        let v = |s: &[&str]| s.iter().map(|x| x.as_bytes().to_vec()).collect::<Vec<_>>();
        assert_eq!(
            d,
            vec![
                (v(&["rename-command", "get", "fetch"]), 14),
                (v(&["user", "default", "on"]), 15),
                (v(&["mymod.opt", "1", "2"]), 16)
            ]
        );
        assert_eq!(c.directives()[0].text, "rename-command get fetch");

        // After an include, Redis forgets it is reading a file, so each
        // later `save` line replaces the list.
        let f = t.file(
            "after.conf",
            &format!(
                "save 1 1\ninclude {}/inc.conf\nsave 2 2\nsave 3 3\n",
                t.path()
            ),
        );
        assert_eq!(load(&args(&[&f])).unwrap().get_str("save"), "3 3");

        // Option arguments may carry several words, or be a single "--name value".
        let c = load(&args(&["--port 7001", "--masterauth", "a b\"c\\d\u{1}"])).unwrap();
        assert_eq!(c.get_int("port"), 7001);
        assert_eq!(c.get_str("masterauth"), "a b\"c\\d\u{1}");
        let c = load(&args(&[
            "--lua-replicate-commands",
            "yes",
            "--list-max-ziplist-value",
            "3",
        ]))
        .unwrap();
        assert_eq!(c.get_int("port"), 6379);
        let c = load(&args(&["--shutdown-on-sigterm", "now", "force"])).unwrap();
        assert_eq!(c.get_str("shutdown-on-sigterm"), "now force");
        // A file without a trailing newline still ends its last line.
        let f = t.file("nonl.conf", "port 7002");
        assert_eq!(load(&args(&[&f])).unwrap().get_int("port"), 7002);
        assert!(load(&[]).is_ok());
    }

    #[test]
    fn directive_hook_and_relative_includes() {
        let t = TempDir::new("hook");
        std::fs::create_dir(t.0.join("conf.d")).unwrap();
        t.file("conf.d/extra.conf", "timeout 7\nrename-command nosuch x\n");
        let main = t.file(
            "main.conf",
            &format!("dir {}/conf.d\ninclude extra.conf\nport abc\n", t.path()),
        );
        let mut seen = Vec::new();
        let mut check = |d: &Directive| {
            seen.push(d.text.clone());
            if d.args[1] == b"nosuch" {
                return Err("No such command in rename-command".to_string());
            }
            Ok(())
        };
        // The bad directive (line 2 of the include) is reported before the
        // bad port that follows it, as Redis would.
        assert_eq!(
            load_with(&args(&[&main]), &mut check).unwrap_err(),
            "\n*** FATAL CONFIG FILE ERROR (Redis 7.0.15) ***\nReading the configuration file, at line 2\n\
             >>> 'rename-command nosuch x'\nNo such command in rename-command"
        );
        assert_eq!(seen, vec!["rename-command nosuch x"]);
        // Unchecked, loading goes on to the next problem.
        assert!(load(&args(&[&main]))
            .unwrap_err()
            .ends_with("'port abc'\nargument couldn't be parsed into an integer"));
    }

    #[test]
    fn tokenizer_matches_sdssplitargs() {
        let s = |l: &str| {
            split_args(l.as_bytes()).map(|v| v.into_iter().map(|a| lossy(&a)).collect::<Vec<_>>())
        };
        assert_eq!(
            s("  a  b\tc "),
            Some(vec!["a".into(), "b".into(), "c".into()])
        );
        assert_eq!(s("\"a b\" 'c d'"), Some(vec!["a b".into(), "c d".into()]));
        assert_eq!(
            s("\"\\x41\\n\\\"\" 'it\\'s'"),
            Some(vec!["A\n\"".into(), "it's".into()])
        );
        assert_eq!(s("a\"b c\" d"), Some(vec!["ab c".into(), "d".into()]));
        assert_eq!(s("a\"b c\"d"), None);
        assert_eq!(s("\"a\"b"), None);
        assert_eq!(s("'a"), None);
        assert_eq!(s(""), Some(vec![]));
        assert_eq!(s("\"\""), Some(vec![String::new()]));
        for raw in [
            &b"plain"[..],
            b"sp ace",
            b"q\"uote",
            b"back\\slash",
            b"\n\r\t\x07\x08\x01\xff",
        ] {
            assert_eq!(split_args(&repr(raw)), Some(vec![raw.to_vec()]));
        }
    }

    #[test]
    fn global_config_and_version() {
        // The only test touching the process-wide config.
        install(load(&args(&["--port", "7100"])).unwrap());
        let v0 = version();
        assert_eq!(global().read().unwrap().get_int("port"), 7100);
        assert_eq!(
            set_global(&[(b"port", b"abc")]),
            failed("port", "argument couldn't be parsed into an integer")
        );
        assert_eq!(version(), v0);
        assert_eq!(
            set_global(&[(b"port", b"7101"), (b"timeout", b"9")]),
            Ok(())
        );
        assert!(version() > v0);
        let snapshot = global().read().unwrap().clone();
        assert_eq!(
            (snapshot.get_int("port"), snapshot.get_int("timeout")),
            (7101, 9)
        );
        let ctx = SetContext {
            client_is_local: true,
            loading: false,
        };
        assert_eq!(
            set_global_with(&[(b"dir", b"/")], ctx),
            failed("dir", "can't set protected config")
        );
    }
}
