//! Server commands (INFO, CONFIG, COMMAND, TIME, LASTSAVE, DEBUG, SHUTDOWN) and the
//! process-wide facts they report: start time and ids (`process`), the settings read from
//! the config (`settings`), instantaneous rates sampled by every shard's cron (`cron_tick`),
//! and the memory the allocator holds.
//!
//! INFO and CONFIG RESETSTAT are fan-outs: each shard reports (or clears) its keyspace sizes,
//! hit/miss counters, expired keys, command and error statistics; the connection's thread
//! adds the process-wide counters and writes Redis 7.0.15's text, section by section.
use std::borrow::Cow;
use std::collections::{BTreeMap, HashSet};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{OnceLock, RwLock, RwLockReadGuard};
use std::time::{SystemTime, UNIX_EPOCH};

use super::docs::{self, argflag, docflag, Arg, Doc};
use super::stats::{CONNECTED_CLIENTS, STATS};
use super::{
    acl, flag, is, keyflag, table, BeginSearch, CmdResult, CmdStat, Command, ConnCtx, Error,
    Fanout, FindKeys, Handler, KeySpec, Keys, Partial, ShardCtx, Targets,
};
use crate::protocol::ReplyBuf;

/// The Redis version ringkv answers as (INFO, HELLO).
pub const REDIS_VERSION: &str = "7.0.15";

static SHUTDOWN: AtomicBool = AtomicBool::new(false);

/// Asks every thread to stop (SHUTDOWN, SIGTERM); the loops poll this once per turn.
pub fn request_shutdown() {
    SHUTDOWN.store(true, Ordering::SeqCst);
}

#[inline]
pub fn shutdown_requested() -> bool {
    SHUTDOWN.load(Ordering::Relaxed)
}

// ---- process-wide facts ---------------------------------------------------------------

/// What the process is: fixed at start-up.
pub struct Process {
    pub start_ms: u64,
    /// 40 random hex characters, new at every start (INFO run_id).
    pub run_id: String,
    /// The replication id (INFO master_replid).
    pub replid: String,
    /// argv[0] made absolute against the start-up directory, as Redis's getAbsolutePath.
    pub executable: String,
}

static PROCESS: OnceLock<Process> = OnceLock::new();

/// The process facts; the first call fixes them, so main calls it before changing directory.
pub fn process() -> &'static Process {
    PROCESS.get_or_init(|| {
        let argv0 = std::env::args().next().unwrap_or_default();
        let executable = if argv0.is_empty() || argv0.starts_with('/') {
            argv0
        } else {
            std::env::current_dir()
                .map(|d| d.join(&argv0).to_string_lossy().into_owned())
                .unwrap_or(argv0)
        };
        Process {
            start_ms: now_ms(),
            run_id: random_hex(40),
            replid: random_hex(40),
            executable,
        }
    })
}

fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}

fn now_us() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_micros() as u64)
}

/// `n` hex characters from /dev/urandom (or, failing that, from the clock and the pid).
fn random_hex(n: usize) -> String {
    use std::io::Read;
    let mut bytes = vec![0u8; n.div_ceil(2)];
    let ok = std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut bytes))
        .is_ok();
    if !ok {
        let mut x = now_us() ^ ((std::process::id() as u64) << 32) ^ 0x9E37_79B9_7F4A_7C15;
        for b in bytes.iter_mut() {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            *b = x as u8;
        }
    }
    let mut s: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    s.truncate(n);
    s
}

/// The settings commands read. Filled from the config at start and after CONFIG SET
/// (`apply_config`), so handlers never parse config values.
#[derive(Clone, Debug)]
pub struct Settings {
    pub port: u16,
    pub databases: usize,
    pub hz: u32,
    pub maxclients: u64,
    /// The default user's password; None: `nopass`.
    pub requirepass: Option<Vec<u8>>,
    pub maxmemory: u64,
    pub maxmemory_policy: String,
    pub lfu_log_factor: u32,
    pub lfu_decay_time: u32,
    /// Absolute path of the config file; empty without one.
    pub config_file: String,
    /// enable-debug-command: "no", "yes" or "local".
    pub enable_debug_command: String,
    /// protected-mode: without a password, serve only local connections.
    pub protected_mode: bool,
    pub repl_backlog_size: u64,
}

static SETTINGS: RwLock<Settings> = RwLock::new(Settings {
    port: 6379,
    databases: 16,
    hz: 10,
    maxclients: 10000,
    requirepass: None,
    maxmemory: 0,
    maxmemory_policy: String::new(),
    lfu_log_factor: 10,
    lfu_decay_time: 1,
    config_file: String::new(),
    enable_debug_command: String::new(),
    protected_mode: false,
    repl_backlog_size: 1024 * 1024,
});

pub fn settings() -> RwLockReadGuard<'static, Settings> {
    SETTINGS.read().unwrap_or_else(|e| e.into_inner())
}

/// Replaces the settings (start-up, CONFIG SET) and what is derived from them.
pub fn install_settings(s: Settings) {
    super::connection::set_auth_required(s.requirepass.is_some());
    crate::storage::set_lfu(
        s.maxmemory_policy.contains("lfu"),
        s.lfu_log_factor,
        s.lfu_decay_time,
    );
    *SETTINGS.write().unwrap_or_else(|e| e.into_inner()) = s;
}

static LAST_SAVE: AtomicU64 = AtomicU64::new(0);

/// Unix time of the last successful save (LASTSAVE): the start time until one happens.
pub fn last_save() -> u64 {
    match LAST_SAVE.load(Ordering::Relaxed) {
        0 => process().start_ms / 1000,
        t => t,
    }
}

/// For the persistence layer: a save finished at `unix_secs`.
#[allow(dead_code)]
pub fn set_last_save(unix_secs: u64) {
    LAST_SAVE.store(unix_secs, Ordering::Relaxed);
}

static ACTIVE_EXPIRE: AtomicBool = AtomicBool::new(true);

/// False after DEBUG SET-ACTIVE-EXPIRE 0: shards then expire keys only when touched.
#[inline]
pub fn active_expire_enabled() -> bool {
    ACTIVE_EXPIRE.load(Ordering::Relaxed)
}

// ---- instantaneous metrics ------------------------------------------------------------

/// Redis's STATS_METRIC_SAMPLES: the rate is the mean of the last 16 samples.
const SAMPLES: usize = 16;
/// Redis samples every 100 ms; a tick a little early still counts.
const SAMPLE_EVERY_MS: u64 = 90;
const MAX_SLOTS: usize = 256;

/// One rate: samples of (count delta per second), as Redis's trackInstantaneousMetric.
#[derive(Default)]
struct Meter {
    last_ms: u64,
    last_count: u64,
    samples: [u64; SAMPLES],
    idx: usize,
}

impl Meter {
    fn sample(&mut self, now_ms: u64, count: u64) {
        let dt = now_ms.saturating_sub(self.last_ms);
        if self.last_ms != 0 && dt > 0 {
            let per_sec = count.saturating_sub(self.last_count) * 1000 / dt;
            self.samples[self.idx] = per_sec;
            self.idx = (self.idx + 1) % SAMPLES;
        }
        self.last_ms = now_ms;
        self.last_count = count;
    }

    fn rate(&self) -> u64 {
        self.samples.iter().sum::<u64>() / SAMPLES as u64
    }
}

#[derive(Default)]
struct Meters {
    ops: Meter,
    net_in: Meter,
    net_out: Meter,
}

thread_local! {
    static METERS: std::cell::RefCell<Meters> = std::cell::RefCell::new(Meters::default());
}

/// Each shard's instantaneous ops/sec (summed by INFO).
static OPS_PER_SEC: [AtomicU64; MAX_SLOTS] = [const { AtomicU64::new(0) }; MAX_SLOTS];
/// Network bytes per second in and out, sampled by shard 0 from the global counters.
static NET_IN_PER_SEC: AtomicU64 = AtomicU64::new(0);
static NET_OUT_PER_SEC: AtomicU64 = AtomicU64::new(0);
/// The most memory the allocator has held (INFO used_memory_peak).
static PEAK_MEMORY: AtomicU64 = AtomicU64::new(0);

/// Called from every shard's periodic turn: samples its command count (and, on shard 0,
/// the network counters and the memory peak) for INFO's instantaneous rates.
pub fn cron_tick(shard_id: usize, now_ms: u64, cmdstats: &super::CmdStats) {
    METERS.with(|m| {
        let mut m = m.borrow_mut();
        if m.ops.last_ms != 0 && now_ms.saturating_sub(m.ops.last_ms) < SAMPLE_EVERY_MS {
            return;
        }
        let calls: u64 = cmdstats.values().map(|s| s.calls).sum();
        m.ops.sample(now_ms, calls);
        OPS_PER_SEC[shard_id % MAX_SLOTS].store(m.ops.rate(), Ordering::Relaxed);
        if shard_id == 0 {
            m.net_in
                .sample(now_ms, STATS.net_input_bytes.load(Ordering::Relaxed));
            m.net_out
                .sample(now_ms, STATS.net_output_bytes.load(Ordering::Relaxed));
            NET_IN_PER_SEC.store(m.net_in.rate(), Ordering::Relaxed);
            NET_OUT_PER_SEC.store(m.net_out.rate(), Ordering::Relaxed);
            memory();
        }
    });
}

// ---- memory ---------------------------------------------------------------------------

extern "C" {
    /// mimalloc's process statistics (part of the mimalloc library the global allocator
    /// links; declared here because libmimalloc-sys exposes it only with its "extended"
    /// feature).
    fn mi_process_info(
        elapsed_msecs: *mut usize,
        user_msecs: *mut usize,
        system_msecs: *mut usize,
        current_rss: *mut usize,
        peak_rss: *mut usize,
        current_commit: *mut usize,
        peak_commit: *mut usize,
        page_faults: *mut usize,
    );
}

#[derive(Clone, Copy, Debug, Default)]
pub struct Memory {
    /// What the allocator holds (mimalloc's committed memory).
    pub used: u64,
    pub peak: u64,
    pub rss: u64,
}

/// The memory the allocator holds, the resident set, and the peak seen so far.
pub fn memory() -> Memory {
    let mut v = [0usize; 8];
    // SAFETY: mi_process_info writes one usize through each pointer, all into `v`, which
    // lives across the call; it takes no other state from us.
    unsafe {
        let [a, b, c, d, e, f, g, h] = &mut v;
        mi_process_info(a, b, c, d, e, f, g, h);
    }
    let rss = rss_bytes().unwrap_or(v[3] as u64);
    let used = if v[5] > 0 { v[5] as u64 } else { rss };
    let peak = PEAK_MEMORY.fetch_max(used, Ordering::Relaxed).max(used);
    Memory { used, peak, rss }
}

/// Resident set size from /proc/self/statm.
fn rss_bytes() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: u64 = s.split_whitespace().nth(1)?.parse().ok()?;
    // SAFETY: sysconf has no memory-safety preconditions.
    let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    Some(pages * page.max(1) as u64)
}

fn total_system_memory() -> u64 {
    // SAFETY: sysconf has no memory-safety preconditions.
    let (pages, page) = unsafe {
        (
            libc::sysconf(libc::_SC_PHYS_PAGES),
            libc::sysconf(libc::_SC_PAGESIZE),
        )
    };
    if pages < 0 || page < 0 {
        0
    } else {
        pages as u64 * page as u64
    }
}

/// Redis's bytesToHuman: "967.23K", "11.83M", "0B".
pub fn bytes_to_human(n: u64) -> String {
    const K: u64 = 1024;
    let d = n as f64;
    if n < K {
        format!("{n}B")
    } else if n < K * K {
        format!("{:.2}K", d / K as f64)
    } else if n < K * K * K {
        format!("{:.2}M", d / (K * K) as f64)
    } else if n < K * K * K * K {
        format!("{:.2}G", d / (K * K * K) as f64)
    } else if n < K * K * K * K * K {
        format!("{:.2}T", d / (K * K * K * K) as f64)
    } else if n < K * K * K * K * K * K {
        format!("{:.2}P", d / (K * K * K * K * K) as f64)
    } else {
        format!("{n}B")
    }
}

// ---- the table ------------------------------------------------------------------------

const ALS: u32 = flag::ADMIN | flag::NOSCRIPT | flag::LOADING | flag::STALE;

const fn srv(name: &'static str, arity: i32, flags: u32, handler: Handler) -> Command {
    Command {
        group: "server",
        ..Command::new(name, arity, flags, Keys::None, handler)
    }
}

pub static COMMANDS: &[Command] = &[
    Command {
        summary: "Get information and statistics about the server",
        ..srv(
            "info",
            -1,
            flag::LOADING | flag::STALE | flag::SENTINEL,
            Handler::Fanout(&INFO),
        )
    },
    Command {
        summary: "A container for server configuration commands",
        since: "2.0.0",
        subcommands: CONFIG,
        ..srv("config", -2, 0, Handler::Container)
    },
    Command {
        summary: "Get array of Redis command details",
        since: "2.8.13",
        subcommands: COMMAND,
        bare: Some(command_all),
        ..srv(
            "command",
            -1,
            flag::LOADING | flag::STALE | flag::SENTINEL,
            Handler::Container,
        )
    },
    Command {
        summary: "Return the current server time",
        since: "2.6.0",
        ..srv(
            "time",
            1,
            flag::LOADING | flag::STALE | flag::FAST,
            Handler::Conn(time),
        )
    },
    Command {
        summary: "Get the UNIX time stamp of the last successful save to disk",
        ..srv(
            "lastsave",
            1,
            flag::LOADING | flag::STALE | flag::FAST,
            Handler::Conn(lastsave),
        )
    },
    Command {
        summary: "A container for debugging commands",
        ..srv("debug", -2, ALS | flag::PROTECTED, Handler::Conn(debug))
    },
    Command {
        summary: "Synchronously save the dataset to disk and then shut down the server",
        ..srv(
            "shutdown",
            -1,
            ALS | flag::NO_MULTI | flag::SENTINEL | flag::ALLOW_BUSY,
            Handler::Conn(shutdown),
        )
    },
];

static CONFIG: &[Command] = &[
    Command {
        summary: "Get the values of configuration parameters",
        since: "2.0.0",
        ..srv("get", -3, ALS, Handler::Conn(config_get))
    },
    Command {
        summary: "Set configuration parameters to the given values",
        since: "2.0.0",
        ..srv("set", -4, ALS, Handler::Conn(config_set))
    },
    Command {
        summary: "Reset the stats returned by INFO",
        since: "2.0.0",
        ..srv("resetstat", 2, ALS, Handler::Fanout(&RESETSTAT))
    },
    Command {
        summary: "Rewrite the configuration file with the in memory configuration",
        since: "2.8.0",
        ..srv("rewrite", 2, ALS, Handler::Conn(config_rewrite))
    },
    Command {
        summary: "Show helpful text about the different subcommands",
        since: "5.0.0",
        ..srv(
            "help",
            2,
            flag::LOADING | flag::STALE,
            Handler::Conn(config_help),
        )
    },
];

const CMD_FLAGS: u32 = flag::LOADING | flag::STALE | flag::SENTINEL;

static COMMAND: &[Command] = &[
    Command {
        summary: "Get total number of Redis commands",
        since: "2.8.13",
        ..srv("count", 2, CMD_FLAGS, Handler::Conn(command_count))
    },
    Command {
        summary: "Get array of specific Redis command details, or all when no argument is given.",
        since: "2.8.13",
        ..srv("info", -2, CMD_FLAGS, Handler::Conn(command_info))
    },
    Command {
        summary: "Get array of specific Redis command documentation",
        since: "7.0.0",
        ..srv("docs", -2, CMD_FLAGS, Handler::Conn(command_docs))
    },
    Command {
        summary: "Get an array of Redis command names",
        since: "7.0.0",
        ..srv("list", -2, CMD_FLAGS, Handler::Conn(command_list))
    },
    Command {
        summary: "Extract keys given a full Redis command",
        since: "2.8.13",
        ..srv("getkeys", -4, CMD_FLAGS, Handler::Conn(command_getkeys))
    },
    Command {
        summary: "Extract keys and access flags given a full Redis command",
        since: "7.0.0",
        ..srv(
            "getkeysandflags",
            -4,
            CMD_FLAGS,
            Handler::Conn(command_getkeysandflags),
        )
    },
    Command {
        summary: "Show helpful text about the different subcommands",
        since: "5.0.0",
        ..srv("help", 2, CMD_FLAGS, Handler::Conn(command_help))
    },
];

/// Redis's addReplyHelp: a heading naming the command, the lines, then HELP itself.
pub fn reply_help(out: &mut ReplyBuf, cmd: &[u8], lines: &[&str]) {
    out.array(lines.len() + 3);
    out.simple(&format!(
        "{} <subcommand> [<arg> [value] [opt] ...]. Subcommands are:",
        String::from_utf8_lossy(cmd).to_ascii_uppercase()
    ));
    for l in lines {
        out.simple(l);
    }
    out.simple("HELP");
    out.simple("    Prints this help.");
}

// ---- TIME, LASTSAVE, DEBUG, SHUTDOWN ---------------------------------------------------

fn time(ctx: &mut ConnCtx, _args: &[&[u8]]) -> CmdResult {
    let us = now_us();
    ctx.out.array(2);
    ctx.out.bulk_i64((us / 1_000_000) as i64);
    ctx.out.bulk_i64((us % 1_000_000) as i64);
    Ok(())
}

fn lastsave(ctx: &mut ConnCtx, _args: &[&[u8]]) -> CmdResult {
    ctx.out.int(last_save() as i64);
    Ok(())
}

/// allowProtectedAction for enable-debug-command: "yes", or "local" from a loopback or
/// unix-socket connection.
fn debug_allowed(client: &super::Client) -> bool {
    match settings().enable_debug_command.as_str() {
        "yes" => true,
        "local" => is_local(client),
        _ => false,
    }
}

/// islocalClient: a unix-socket connection, or one from a loopback address.
fn is_local(client: &super::Client) -> bool {
    client.unix || super::connection::is_loopback(&client.addr)
}

const DEBUG_HELP: &[&str] = &[
    "LOG <message>",
    "    Write <message> to the server log.",
    "SET-ACTIVE-EXPIRE <0|1>",
    "    Setting it to 0 disables expiring keys in background when they are not",
    "    accessed (otherwise the Redis behavior). Setting it to 1 reenables back the",
    "    default.",
    "SLEEP <seconds>",
    "    Stop the server for <seconds>. Decimals allowed.",
];

/// C's strtod on a whole argument as DEBUG SLEEP uses it: the longest numeric prefix, 0 if none.
fn strtod_prefix(arg: &[u8]) -> f64 {
    let s = String::from_utf8_lossy(arg);
    let s = s.trim_start();
    let end = s
        .char_indices()
        .take_while(|(_, c)| c.is_ascii_digit() || matches!(c, '+' | '-' | '.' | 'e' | 'E'))
        .map(|(i, c)| i + c.len_utf8())
        .last()
        .unwrap_or(0);
    (1..=end)
        .rev()
        .find_map(|n| s[..n].parse::<f64>().ok())
        .unwrap_or(0.0)
}

/// C's atoi: an optional sign and the digits that follow, 0 if none.
fn atoi(arg: &[u8]) -> i64 {
    let s = String::from_utf8_lossy(arg);
    let s = s.trim_start();
    let (neg, digits) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let n = digits
        .bytes()
        .take_while(u8::is_ascii_digit)
        .fold(0i64, |n, d| {
            n.wrapping_mul(10).wrapping_add((d - b'0') as i64)
        });
    if neg {
        -n
    } else {
        n
    }
}

fn debug(ctx: &mut ConnCtx, args: &[&[u8]]) -> CmdResult {
    if !debug_allowed(ctx.client) {
        return Err(Error::fixed(
            "ERR DEBUG command not allowed. If the enable-debug-command option is set to \"local\", \
             you can run it from a local connection, otherwise you need to set this option in the \
             configuration file, and then restart the server.",
        ));
    }
    let sub = args[1];
    if is(sub, "help") && args.len() == 2 {
        reply_help(ctx.out, args[0], DEBUG_HELP);
    } else if is(sub, "sleep") && args.len() == 3 {
        // As Redis: the whole thread stops (a negative or absurd time sleeps not at all).
        let secs = strtod_prefix(args[2]);
        if secs > 0.0 && secs.is_finite() {
            std::thread::sleep(std::time::Duration::from_micros((secs * 1e6) as u64));
        }
        ctx.out.ok();
    } else if is(sub, "set-active-expire") && args.len() == 3 {
        ACTIVE_EXPIRE.store(atoi(args[2]) != 0, Ordering::Relaxed);
        ctx.out.ok();
    } else if is(sub, "log") && args.len() == 3 {
        crate::server::log::warning(&format!("DEBUG LOG: {}", String::from_utf8_lossy(args[2])));
        ctx.out.ok();
    } else {
        return Err(Error::msg(format!(
            "ERR unknown subcommand or wrong number of arguments for '{}'. Try DEBUG HELP.",
            String::from_utf8_lossy(&sub[..sub.len().min(128)])
        )));
    }
    Ok(())
}

/// SHUTDOWN [NOSAVE|SAVE] [NOW] [FORCE] [ABORT]. There is nothing to save or wait for yet,
/// so a valid request stops the server at once and sends no reply: the connection closes
/// with the process.
fn shutdown(_ctx: &mut ConnCtx, args: &[&[u8]]) -> CmdResult {
    let (mut nosave, mut save, mut others, mut abort) = (false, false, false, false);
    for a in &args[1..] {
        if is(a, "nosave") {
            nosave = true;
        } else if is(a, "save") {
            save = true;
        } else if is(a, "now") || is(a, "force") {
            others = true;
        } else if is(a, "abort") {
            abort = true;
        } else {
            return Err(Error::SYNTAX);
        }
    }
    if (abort && (nosave || save || others)) || (nosave && save) {
        return Err(Error::SYNTAX);
    }
    if abort {
        return Err(Error::fixed("ERR No shutdown in progress."));
    }
    crate::server::log::warning("User requested shutdown...");
    request_shutdown();
    Ok(())
}

// ---- INFO -----------------------------------------------------------------------------

static INFO: Fanout = Fanout {
    prepare: all_shards,
    run: info_run,
    combine: info_combine,
    exclusive: false,
};

fn all_shards(_ctx: &mut ConnCtx, _args: &[&[u8]]) -> Result<Targets, Error> {
    Ok(Targets::All)
}

/// What one shard contributes to INFO.
#[derive(Default)]
struct InfoPiece {
    /// (keys, keys with a TTL) per database.
    keyspace: Vec<(u64, u64)>,
    hits: u64,
    misses: u64,
    expired: u64,
    cmdstats: Vec<(String, CmdStat)>,
    errstats: Vec<(String, u64)>,
    max_qbuf: usize,
    max_omem: usize,
}

fn info_run(ctx: &mut ShardCtx, _args: &[&[u8]]) -> Partial {
    let mut p = InfoPiece {
        keyspace: ctx
            .dbs
            .iter()
            .map(|d| (d.len() as u64, d.expires_len() as u64))
            .collect(),
        hits: ctx.stats.hits,
        misses: ctx.stats.misses,
        expired: ctx.dbs.iter().map(|d| d.expired_keys).sum(),
        cmdstats: ctx
            .cmdstats
            .borrow()
            .cmd
            .iter()
            .map(|(k, v)| (k.clone(), *v))
            .collect(),
        errstats: ctx
            .cmdstats
            .borrow()
            .err
            .iter()
            .map(|(k, v)| (k.clone(), *v))
            .collect(),
        ..InfoPiece::default()
    };
    ctx.clients.for_each(&mut |c| {
        p.max_qbuf = p.max_qbuf.max(c.qbuf);
        p.max_omem = p.max_omem.max(c.omem);
    });
    Box::new(p)
}

/// INFO's view of every shard, merged.
#[derive(Default)]
struct InfoData {
    keyspace: Vec<(u64, u64)>,
    hits: u64,
    misses: u64,
    expired: u64,
    cmdstats: BTreeMap<String, CmdStat>,
    errstats: BTreeMap<String, u64>,
    max_qbuf: usize,
    max_omem: usize,
}

fn merge(pieces: Vec<Partial>) -> InfoData {
    let mut d = InfoData::default();
    for p in pieces {
        let Ok(p) = p.downcast::<InfoPiece>() else {
            continue;
        };
        if d.keyspace.len() < p.keyspace.len() {
            d.keyspace.resize(p.keyspace.len(), (0, 0));
        }
        for (i, (k, e)) in p.keyspace.iter().enumerate() {
            d.keyspace[i].0 += k;
            d.keyspace[i].1 += e;
        }
        d.hits += p.hits;
        d.misses += p.misses;
        d.expired += p.expired;
        for (name, s) in p.cmdstats {
            let t = d.cmdstats.entry(name).or_default();
            t.calls += s.calls;
            t.usec += s.usec;
            t.rejected += s.rejected;
            t.failed += s.failed;
        }
        for (code, n) in p.errstats {
            *d.errstats.entry(code).or_default() += n;
        }
        d.max_qbuf = d.max_qbuf.max(p.max_qbuf);
        d.max_omem = d.max_omem.max(p.max_omem);
    }
    d
}

/// Which sections INFO was asked for (genInfoSectionDict): names are case-insensitive,
/// "default" adds the default ones, "all" every section, "everything" also module ones.
struct Sections {
    all: bool,
    names: HashSet<String>,
}

const DEFAULT_SECTIONS: &[&str] = &[
    "server",
    "clients",
    "memory",
    "persistence",
    "stats",
    "replication",
    "cpu",
    "module_list",
    "errorstats",
    "cluster",
    "keyspace",
];

impl Sections {
    fn parse(args: &[&[u8]]) -> Sections {
        let mut s = Sections {
            all: false,
            names: HashSet::new(),
        };
        if args.is_empty() {
            s.names
                .extend(DEFAULT_SECTIONS.iter().map(|n| n.to_string()));
        }
        for a in args {
            let name = String::from_utf8_lossy(a).to_ascii_lowercase();
            match name.as_str() {
                "default" => s
                    .names
                    .extend(DEFAULT_SECTIONS.iter().map(|n| n.to_string())),
                "all" | "everything" => s.all = true,
                _ => {
                    s.names.insert(name);
                }
            }
        }
        s
    }

    fn wants(&self, name: &str) -> bool {
        self.all || self.names.contains(name)
    }
}

fn info_combine(ctx: &mut ConnCtx, args: &[&[u8]], pieces: Vec<Partial>) -> CmdResult {
    let data = merge(pieces);
    let text = info_text(&Sections::parse(&args[1..]), &data);
    ctx.out.verbatim(text.as_bytes());
    Ok(())
}

/// Appends formatted text to a String (writing to a String cannot fail).
macro_rules! put {
    ($s:expr, $($arg:tt)*) => {{
        use std::fmt::Write as _;
        let _ = write!($s, $($arg)*);
    }};
}

fn rusage(who: libc::c_int) -> libc::rusage {
    // SAFETY: getrusage fills the zeroed struct we own; it reads nothing else from us.
    unsafe {
        let mut ru: libc::rusage = std::mem::zeroed();
        libc::getrusage(who, &mut ru);
        ru
    }
}

fn uname() -> (String, String, String) {
    // SAFETY: uname fills the zeroed struct we own; its fields are NUL-terminated arrays.
    unsafe {
        let mut u: libc::utsname = std::mem::zeroed();
        if libc::uname(&mut u) != 0 {
            return ("Linux".into(), String::new(), String::new());
        }
        let f = |a: &[libc::c_char]| {
            std::ffi::CStr::from_ptr(a.as_ptr())
                .to_string_lossy()
                .into_owned()
        };
        (f(&u.sysname), f(&u.release), f(&u.machine))
    }
}

/// The INFO text, in Redis 7.0.15's sections, field names and order.
fn info_text(sec: &Sections, d: &InfoData) -> String {
    let set = settings();
    let proc_ = process();
    let mut s = String::with_capacity(4096);
    let mut sections = 0;
    let mut begin = |s: &mut String, title: &str| {
        if sections > 0 {
            s.push_str("\r\n");
        }
        sections += 1;
        put!(s, "# {title}\r\n");
    };
    let now_us = now_us();
    let uptime = (now_us / 1000).saturating_sub(proc_.start_ms) / 1000;

    if sec.wants("server") {
        begin(&mut s, "Server");
        let (sysname, release, machine) = uname();
        let lru_clock = (now_us / 1_000_000) & ((1 << 24) - 1);
        put!(
            s,
            "redis_version:{REDIS_VERSION}\r\n\
             redis_git_sha1:00000000\r\n\
             redis_git_dirty:0\r\n\
             redis_build_id:{}\r\n\
             redis_mode:standalone\r\n\
             os:{sysname} {release} {machine}\r\n\
             arch_bits:{}\r\n\
             monotonic_clock:POSIX clock_gettime\r\n\
             multiplexing_api:io_uring\r\n\
             atomicvar_api:c11-builtin\r\n\
             gcc_version:0.0.0\r\n\
             process_id:{}\r\n\
             process_supervised:no\r\n\
             run_id:{}\r\n\
             tcp_port:{}\r\n\
             server_time_usec:{now_us}\r\n\
             uptime_in_seconds:{uptime}\r\n\
             uptime_in_days:{}\r\n\
             hz:{}\r\n\
             configured_hz:{}\r\n\
             lru_clock:{lru_clock}\r\n\
             executable:{}\r\n\
             config_file:{}\r\n\
             io_threads_active:0\r\n",
            build_id(),
            usize::BITS,
            std::process::id(),
            proc_.run_id,
            set.port,
            uptime / (3600 * 24),
            set.hz,
            set.hz,
            proc_.executable,
            set.config_file,
        );
    }

    if sec.wants("clients") {
        begin(&mut s, "Clients");
        put!(
            s,
            "connected_clients:{}\r\n\
             cluster_connections:0\r\n\
             maxclients:{}\r\n\
             client_recent_max_input_buffer:{}\r\n\
             client_recent_max_output_buffer:{}\r\n\
             blocked_clients:0\r\n\
             tracking_clients:0\r\n\
             clients_in_timeout_table:0\r\n",
            CONNECTED_CLIENTS.load(Ordering::Relaxed),
            set.maxclients,
            d.max_qbuf,
            d.max_omem,
        );
    }

    if sec.wants("memory") {
        begin(&mut s, "Memory");
        let m = memory();
        let startup = startup_memory();
        let overhead = startup.min(m.used);
        let dataset = m.used - overhead;
        let net = m.used.saturating_sub(startup);
        let dataset_perc = if net == 0 {
            0.0
        } else {
            dataset as f64 * 100.0 / net as f64
        };
        let peak_perc = if m.peak == 0 {
            0.0
        } else {
            m.used as f64 * 100.0 / m.peak as f64
        };
        let total = total_system_memory();
        let ratio = |a: u64, b: u64| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let policy = if set.maxmemory_policy.is_empty() {
            "noeviction"
        } else {
            set.maxmemory_policy.as_str()
        };
        let rss_extra = m.rss as i64 - m.used as i64;
        put!(
            s,
            "used_memory:{}\r\n\
             used_memory_human:{}\r\n\
             used_memory_rss:{}\r\n\
             used_memory_rss_human:{}\r\n\
             used_memory_peak:{}\r\n\
             used_memory_peak_human:{}\r\n\
             used_memory_peak_perc:{:.2}%\r\n\
             used_memory_overhead:{overhead}\r\n\
             used_memory_startup:{startup}\r\n\
             used_memory_dataset:{dataset}\r\n\
             used_memory_dataset_perc:{dataset_perc:.2}%\r\n\
             allocator_allocated:{}\r\n\
             allocator_active:{}\r\n\
             allocator_resident:{}\r\n\
             total_system_memory:{total}\r\n\
             total_system_memory_human:{}\r\n\
             used_memory_lua:0\r\n\
             used_memory_vm_eval:0\r\n\
             used_memory_lua_human:0B\r\n\
             used_memory_scripts_eval:0\r\n\
             number_of_cached_scripts:0\r\n\
             number_of_functions:0\r\n\
             number_of_libraries:0\r\n\
             used_memory_vm_functions:0\r\n\
             used_memory_vm_total:0\r\n\
             used_memory_vm_total_human:0B\r\n\
             used_memory_functions:0\r\n\
             used_memory_scripts:0\r\n\
             used_memory_scripts_human:0B\r\n\
             maxmemory:{}\r\n\
             maxmemory_human:{}\r\n\
             maxmemory_policy:{policy}\r\n\
             allocator_frag_ratio:1.00\r\n\
             allocator_frag_bytes:0\r\n\
             allocator_rss_ratio:{:.2}\r\n\
             allocator_rss_bytes:{rss_extra}\r\n\
             rss_overhead_ratio:1.00\r\n\
             rss_overhead_bytes:0\r\n\
             mem_fragmentation_ratio:{:.2}\r\n\
             mem_fragmentation_bytes:{rss_extra}\r\n\
             mem_not_counted_for_evict:0\r\n\
             mem_replication_backlog:0\r\n\
             mem_total_replication_buffers:0\r\n\
             mem_clients_slaves:0\r\n\
             mem_clients_normal:0\r\n\
             mem_cluster_links:0\r\n\
             mem_aof_buffer:0\r\n\
             mem_allocator:mimalloc\r\n\
             active_defrag_running:0\r\n\
             lazyfree_pending_objects:{}\r\n\
             lazyfreed_objects:{}\r\n",
            m.used,
            bytes_to_human(m.used),
            m.rss,
            bytes_to_human(m.rss),
            m.peak,
            bytes_to_human(m.peak),
            peak_perc,
            m.used,
            m.used,
            m.rss,
            bytes_to_human(total),
            set.maxmemory,
            bytes_to_human(set.maxmemory),
            ratio(m.rss, m.used),
            ratio(m.rss, m.used),
            crate::lazyfree::pending(),
            crate::lazyfree::freed(),
        );
    }

    if sec.wants("persistence") {
        begin(&mut s, "Persistence");
        put!(
            s,
            "loading:0\r\n\
             async_loading:0\r\n\
             current_cow_peak:0\r\n\
             current_cow_size:0\r\n\
             current_cow_size_age:0\r\n\
             current_fork_perc:0.00\r\n\
             current_save_keys_processed:0\r\n\
             current_save_keys_total:0\r\n\
             rdb_changes_since_last_save:{}\r\n\
             rdb_bgsave_in_progress:0\r\n\
             rdb_last_save_time:{}\r\n\
             rdb_last_bgsave_status:ok\r\n\
             rdb_last_bgsave_time_sec:-1\r\n\
             rdb_current_bgsave_time_sec:-1\r\n\
             rdb_saves:0\r\n\
             rdb_last_cow_size:0\r\n\
             rdb_last_load_keys_expired:0\r\n\
             rdb_last_load_keys_loaded:0\r\n\
             aof_enabled:0\r\n\
             aof_rewrite_in_progress:0\r\n\
             aof_rewrite_scheduled:0\r\n\
             aof_last_rewrite_time_sec:-1\r\n\
             aof_current_rewrite_time_sec:-1\r\n\
             aof_last_bgrewrite_status:ok\r\n\
             aof_rewrites:0\r\n\
             aof_rewrites_consecutive_failures:0\r\n\
             aof_last_write_status:ok\r\n\
             aof_last_cow_size:0\r\n\
             module_fork_in_progress:0\r\n\
             module_fork_last_cow_size:0\r\n",
            super::stats::DIRTY.load(Ordering::Relaxed),
            last_save(),
        );
    }

    if sec.wants("stats") {
        begin(&mut s, "Stats");
        let commands: u64 = d.cmdstats.values().map(|c| c.calls).sum();
        let ops: u64 = OPS_PER_SEC.iter().map(|a| a.load(Ordering::Relaxed)).sum();
        let errors: u64 = d.errstats.values().sum();
        put!(
            s,
            "total_connections_received:{}\r\n\
             total_commands_processed:{commands}\r\n\
             instantaneous_ops_per_sec:{ops}\r\n\
             total_net_input_bytes:{}\r\n\
             total_net_output_bytes:{}\r\n\
             total_net_repl_input_bytes:0\r\n\
             total_net_repl_output_bytes:0\r\n\
             instantaneous_input_kbps:{:.2}\r\n\
             instantaneous_output_kbps:{:.2}\r\n\
             instantaneous_input_repl_kbps:0.00\r\n\
             instantaneous_output_repl_kbps:0.00\r\n\
             rejected_connections:{}\r\n\
             sync_full:0\r\n\
             sync_partial_ok:0\r\n\
             sync_partial_err:0\r\n\
             expired_keys:{}\r\n\
             expired_stale_perc:0.00\r\n\
             expired_time_cap_reached_count:0\r\n\
             expire_cycle_cpu_milliseconds:0\r\n\
             evicted_keys:0\r\n\
             evicted_clients:0\r\n\
             total_eviction_exceeded_time:0\r\n\
             current_eviction_exceeded_time:0\r\n\
             keyspace_hits:{}\r\n\
             keyspace_misses:{}\r\n\
             pubsub_channels:0\r\n\
             pubsub_patterns:0\r\n\
             pubsubshard_channels:0\r\n\
             latest_fork_usec:0\r\n\
             total_forks:0\r\n\
             migrate_cached_sockets:0\r\n\
             slave_expires_tracked_keys:0\r\n\
             active_defrag_hits:0\r\n\
             active_defrag_misses:0\r\n\
             active_defrag_key_hits:0\r\n\
             active_defrag_key_misses:0\r\n\
             total_active_defrag_time:0\r\n\
             current_active_defrag_time:0\r\n\
             tracking_total_keys:0\r\n\
             tracking_total_items:0\r\n\
             tracking_total_prefixes:0\r\n\
             unexpected_error_replies:0\r\n\
             total_error_replies:{errors}\r\n\
             dump_payload_sanitizations:0\r\n\
             total_reads_processed:0\r\n\
             total_writes_processed:0\r\n\
             io_threaded_reads_processed:0\r\n\
             io_threaded_writes_processed:0\r\n\
             reply_buffer_shrinks:0\r\n\
             reply_buffer_expands:0\r\n",
            STATS.total_connections.load(Ordering::Relaxed),
            STATS.net_input_bytes.load(Ordering::Relaxed),
            STATS.net_output_bytes.load(Ordering::Relaxed),
            NET_IN_PER_SEC.load(Ordering::Relaxed) as f32 / 1024.0,
            NET_OUT_PER_SEC.load(Ordering::Relaxed) as f32 / 1024.0,
            STATS.rejected_connections.load(Ordering::Relaxed),
            d.expired,
            d.hits,
            d.misses,
        );
    }

    if sec.wants("replication") {
        begin(&mut s, "Replication");
        put!(
            s,
            "role:master\r\n\
             connected_slaves:0\r\n\
             master_failover_state:no-failover\r\n\
             master_replid:{}\r\n\
             master_replid2:0000000000000000000000000000000000000000\r\n\
             master_repl_offset:0\r\n\
             second_repl_offset:-1\r\n\
             repl_backlog_active:0\r\n\
             repl_backlog_size:{}\r\n\
             repl_backlog_first_byte_offset:0\r\n\
             repl_backlog_histlen:0\r\n",
            proc_.replid,
            set.repl_backlog_size,
        );
    }

    if sec.wants("cpu") {
        begin(&mut s, "CPU");
        let me = rusage(libc::RUSAGE_SELF);
        let kids = rusage(libc::RUSAGE_CHILDREN);
        let thread = rusage(libc::RUSAGE_THREAD);
        let tv = |t: libc::timeval| format!("{}.{:06}", t.tv_sec, t.tv_usec);
        put!(
            s,
            "used_cpu_sys:{}\r\n\
             used_cpu_user:{}\r\n\
             used_cpu_sys_children:{}\r\n\
             used_cpu_user_children:{}\r\n\
             used_cpu_sys_main_thread:{}\r\n\
             used_cpu_user_main_thread:{}\r\n",
            tv(me.ru_stime),
            tv(me.ru_utime),
            tv(kids.ru_stime),
            tv(kids.ru_utime),
            tv(thread.ru_stime),
            tv(thread.ru_utime),
        );
    }

    if sec.all || sec.names.contains("module_list") || sec.names.contains("modules") {
        begin(&mut s, "Modules");
    }

    if sec.wants("commandstats") {
        begin(&mut s, "Commandstats");
        for (name, c) in &d.cmdstats {
            if c.calls == 0 && c.failed == 0 && c.rejected == 0 {
                continue;
            }
            let per_call = if c.calls == 0 {
                0.0
            } else {
                c.usec as f32 / c.calls as f32
            };
            put!(
                s,
                "cmdstat_{name}:calls={},usec={},usec_per_call={per_call:.2},rejected_calls={},failed_calls={}\r\n",
                c.calls,
                c.usec,
                c.rejected,
                c.failed
            );
        }
    }

    if sec.wants("errorstats") {
        begin(&mut s, "Errorstats");
        for (code, n) in &d.errstats {
            put!(s, "errorstat_{code}:count={n}\r\n");
        }
    }

    if sec.wants("latencystats") {
        // No per-command latency histograms are kept: the section is there, empty, as in a
        // Redis with latency-tracking off.
        begin(&mut s, "Latencystats");
    }

    if sec.wants("cluster") {
        begin(&mut s, "Cluster");
        s.push_str("cluster_enabled:0\r\n");
    }

    if sec.wants("keyspace") {
        begin(&mut s, "Keyspace");
        for (i, (keys, expires)) in d.keyspace.iter().enumerate() {
            if *keys > 0 || *expires > 0 {
                put!(s, "db{i}:keys={keys},expires={expires},avg_ttl=0\r\n");
            }
        }
    }
    s
}

/// A stable id for this build (INFO redis_build_id), from the crate's name and version.
fn build_id() -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in concat!(env!("CARGO_PKG_NAME"), env!("CARGO_PKG_VERSION")).bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:x}")
}

static STARTUP_MEMORY: AtomicU64 = AtomicU64::new(0);

/// The memory held right after start-up (INFO used_memory_startup); main records it.
pub fn record_startup_memory() {
    STARTUP_MEMORY.store(memory().used, Ordering::Relaxed);
}

fn startup_memory() -> u64 {
    STARTUP_MEMORY.load(Ordering::Relaxed)
}

// ---- CONFIG ---------------------------------------------------------------------------

fn config_get(ctx: &mut ConnCtx, args: &[&[u8]]) -> CmdResult {
    let pairs = crate::config::global()
        .read()
        .unwrap_or_else(|e| e.into_inner())
        .get_matching(&args[2..]);
    ctx.out.map(pairs.len());
    for (k, v) in &pairs {
        ctx.out.bulk(k.as_bytes());
        ctx.out.bulk(v.as_bytes());
    }
    Ok(())
}

fn config_set(ctx: &mut ConnCtx, args: &[&[u8]]) -> CmdResult {
    if !args.len().is_multiple_of(2) {
        return Err(Error::SYNTAX);
    }
    let pairs: Vec<(&[u8], &[u8])> = args[2..].chunks(2).map(|p| (p[0], p[1])).collect();
    let set_ctx = crate::config::SetContext {
        client_is_local: is_local(ctx.client),
        loading: false,
    };
    crate::config::set_global_with(&pairs, set_ctx).map_err(Error::msg)?;
    apply_config();
    ctx.out.ok();
    Ok(())
}

fn config_rewrite(ctx: &mut ConnCtx, _args: &[&[u8]]) -> CmdResult {
    let path = settings().config_file.clone();
    if path.is_empty() {
        return Err(Error::fixed(
            "ERR The server is running without a config file",
        ));
    }
    match super::config_rewrite::rewrite(&path) {
        Ok(()) => {
            crate::server::log::warning("CONFIG REWRITE executed with success.");
            ctx.out.ok();
            Ok(())
        }
        Err(e) => {
            crate::server::log::warning(&format!("CONFIG REWRITE failed: {e}"));
            Err(Error::msg(format!("ERR Rewriting config file: {e}")))
        }
    }
}

const CONFIG_HELP: &[&str] = &[
    "GET <pattern>",
    "    Return parameters matching the glob-like <pattern> and their values.",
    "SET <directive> <value>",
    "    Set the configuration <directive> to <value>.",
    "RESETSTAT",
    "    Reset statistics reported by the INFO command.",
    "REWRITE",
    "    Rewrite the configuration file.",
];

fn config_help(ctx: &mut ConnCtx, args: &[&[u8]]) -> CmdResult {
    reply_help(ctx.out, args[0], CONFIG_HELP);
    Ok(())
}

/// Refreshes what the rest of the server keeps from the config: the settings commands read,
/// the limits the parser checks on every request, the log level.
pub fn apply_config() {
    let cfg = crate::config::global()
        .read()
        .unwrap_or_else(|e| e.into_inner());
    let requirepass = cfg.get_bytes("requirepass");
    let config_file = cfg.config_file().map(absolute).unwrap_or_default();
    let s = Settings {
        port: cfg.get_int("port") as u16,
        databases: cfg.get_int("databases").max(1) as usize,
        hz: cfg.get_int("hz").clamp(1, 500) as u32,
        maxclients: cfg.get_u64("maxclients"),
        requirepass: if requirepass.is_empty() {
            None
        } else {
            Some(requirepass)
        },
        maxmemory: cfg.get_u64("maxmemory"),
        maxmemory_policy: cfg.get_str("maxmemory-policy"),
        lfu_log_factor: cfg.get_int("lfu-log-factor") as u32,
        lfu_decay_time: cfg.get_int("lfu-decay-time") as u32,
        config_file,
        enable_debug_command: cfg.get_str("enable-debug-command"),
        protected_mode: cfg.get_bool("protected-mode"),
        repl_backlog_size: cfg.get_u64("repl-backlog-size"),
    };
    super::PROTO_MAX_BULK_LEN.store(cfg.get_u64("proto-max-bulk-len"), Ordering::Relaxed);
    super::CLIENT_QUERY_BUFFER_LIMIT
        .store(cfg.get_u64("client-query-buffer-limit"), Ordering::Relaxed);
    crate::storage::limits::set(crate::storage::limits::Limits {
        list_max_listpack_size: cfg.get_int("list-max-listpack-size"),
        hash_max_listpack_entries: cfg.get_int("hash-max-listpack-entries"),
        hash_max_listpack_value: cfg.get_int("hash-max-listpack-value"),
        set_max_intset_entries: cfg.get_int("set-max-intset-entries"),
        zset_max_listpack_entries: cfg.get_int("zset-max-listpack-entries"),
        zset_max_listpack_value: cfg.get_int("zset-max-listpack-value"),
        hll_sparse_max_bytes: cfg.get_int("hll-sparse-max-bytes"),
    });
    crate::lazyfree::LAZY_USER_DEL.store(cfg.get_bool("lazyfree-lazy-user-del"), Ordering::Relaxed);
    crate::lazyfree::LAZY_USER_FLUSH
        .store(cfg.get_bool("lazyfree-lazy-user-flush"), Ordering::Relaxed);
    crate::server::log::set_level(&cfg.get_str("loglevel"));
    let dir = cfg.get_str("dir");
    drop(cfg);
    install_settings(s);
    // CONFIG SET dir moves the process, as Redis's chdir does (the config checked the path).
    if !dir.is_empty() && std::env::current_dir().map_or(true, |d| d.as_os_str() != dir.as_str()) {
        if let Err(e) = std::env::set_current_dir(&dir) {
            crate::server::log::warning(&format!("Can't chdir to '{dir}': {e}"));
        }
    }
}

fn absolute(path: &str) -> String {
    if path.starts_with('/') {
        return path.to_string();
    }
    std::env::current_dir()
        .map(|d| d.join(path).to_string_lossy().into_owned())
        .unwrap_or_else(|_| path.to_string())
}

static RESETSTAT: Fanout = Fanout {
    prepare: all_shards,
    run: resetstat_run,
    combine: resetstat_combine,
    exclusive: false,
};

fn resetstat_run(ctx: &mut ShardCtx, _args: &[&[u8]]) -> Partial {
    *ctx.stats = Default::default();
    *ctx.cmdstats.borrow_mut() = Default::default();
    for db in ctx.dbs.iter_mut() {
        db.expired_keys = 0;
    }
    Box::new(())
}

fn resetstat_combine(ctx: &mut ConnCtx, _args: &[&[u8]], _pieces: Vec<Partial>) -> CmdResult {
    for c in [
        &STATS.total_connections,
        &STATS.rejected_connections,
        &STATS.net_input_bytes,
        &STATS.net_output_bytes,
    ] {
        c.store(0, Ordering::Relaxed);
    }
    for a in OPS_PER_SEC.iter() {
        a.store(0, Ordering::Relaxed);
    }
    NET_IN_PER_SEC.store(0, Ordering::Relaxed);
    NET_OUT_PER_SEC.store(0, Ordering::Relaxed);
    crate::lazyfree::reset_stats();
    ctx.out.ok();
    Ok(())
}

// ---- COMMAND --------------------------------------------------------------------------

/// A table entry with its parent, when it is a subcommand.
#[derive(Clone, Copy)]
struct Entry {
    cmd: &'static Command,
    parent: Option<&'static Command>,
}

impl Entry {
    fn full_name(&self) -> String {
        self.cmd.full_name(self.parent)
    }

    fn doc(&self) -> Option<&'static Doc> {
        docs::lookup(&self.full_name())
    }

    /// The entry's own key specs, else Redis's, else one made from its key positions.
    fn key_specs(&self) -> Cow<'static, [KeySpec]> {
        if !self.cmd.key_specs.is_empty() {
            return Cow::Borrowed(self.cmd.key_specs);
        }
        if let Some(d) = self.doc() {
            if !d.key_specs.is_empty() {
                return Cow::Borrowed(d.key_specs);
            }
        }
        Cow::Owned(derived_spec(self.cmd).into_iter().collect())
    }

    fn acl(&self) -> u32 {
        let named = if self.cmd.acl != 0 {
            self.cmd.acl
        } else if let Some(d) = self.doc() {
            d.acl
        } else {
            acl::of_group(self.cmd.group)
        };
        acl::with_implicit(named, self.cmd.flags)
    }

    fn tips(&self) -> &'static [&'static str] {
        if !self.cmd.tips.is_empty() {
            return self.cmd.tips;
        }
        self.doc().map_or(&[], |d| d.tips)
    }

    /// The flags COMMAND shows: the entry's, plus movablekeys when the key specs cannot be
    /// described by one plain range (populateCommandLegacyRangeSpec).
    fn flags(&self) -> u32 {
        let specs = self.key_specs();
        let mut movable = false;
        if specs.len() == 1 {
            movable = !matches!(
                (specs[0].begin_search, specs[0].find_keys),
                (BeginSearch::Index(_), FindKeys::Range { .. })
            ) || specs[0].flags & keyflag::INCOMPLETE != 0;
        } else {
            let mut prev_last = 0i64;
            for s in specs.iter() {
                match (s.begin_search, s.find_keys) {
                    (
                        BeginSearch::Index(pos),
                        FindKeys::Range {
                            lastkey, keystep, ..
                        },
                    ) => {
                        if keystep != 1 || (prev_last != 0 && prev_last != pos as i64 - 1) {
                            movable = true;
                            continue;
                        }
                        if s.flags & keyflag::INCOMPLETE != 0 {
                            movable = true;
                        }
                        let abs = if lastkey >= 0 {
                            (lastkey + pos) as i64
                        } else {
                            lastkey as i64
                        };
                        prev_last = prev_last.max(abs);
                    }
                    _ => movable = true,
                }
            }
        }
        self.cmd.flags | if movable { flag::MOVABLE_KEYS } else { 0 }
    }
}

/// The one key spec a table entry implies when neither it nor Redis gives any: its range,
/// read-only or read-write by its flags; found by parsing (Custom) it is "incomplete".
fn derived_spec(cmd: &Command) -> Option<KeySpec> {
    let access = if cmd.flags & flag::WRITE != 0 {
        keyflag::RW | keyflag::UPDATE
    } else {
        keyflag::RO | keyflag::ACCESS
    };
    match cmd.keys {
        Keys::None => None,
        Keys::Range { first, last, step } => Some(KeySpec {
            notes: "",
            flags: access,
            begin_search: BeginSearch::Index(first),
            find_keys: FindKeys::Range {
                lastkey: if last < 0 { last } else { last - first },
                keystep: step,
                limit: 0,
            },
        }),
        Keys::Custom { .. } => Some(KeySpec {
            notes: "",
            flags: access | keyflag::INCOMPLETE,
            begin_search: BeginSearch::Unknown,
            find_keys: FindKeys::Unknown,
        }),
    }
}

/// lookupCommandBySds: "get", "config|get" (case-insensitive); a subcommand of a command
/// without subcommands is no command.
fn lookup_by_name(name: &[u8]) -> Option<Entry> {
    let mut parts = name.splitn(2, |&c| c == b'|');
    let base = table().get(parts.next()?)?;
    match parts.next() {
        None => Some(Entry {
            cmd: base,
            parent: None,
        }),
        Some(sub) => {
            let cmd = super::find_sub(base.subcommands, sub)?;
            Some(Entry {
                cmd,
                parent: Some(base),
            })
        }
    }
}

fn top_level() -> impl Iterator<Item = Entry> {
    table().all.iter().map(|c| Entry {
        cmd: c,
        parent: None,
    })
}

fn subcommands(e: Entry) -> impl Iterator<Item = Entry> {
    e.cmd.subcommands.iter().map(move |c| Entry {
        cmd: c,
        parent: Some(e.cmd),
    })
}

fn reply_flag_set<T: Copy + Into<u32>>(out: &mut ReplyBuf, bits: T, names: &[(T, &str)]) {
    let bits: u32 = bits.into();
    let on: Vec<&str> = names
        .iter()
        .filter(|(b, _)| bits & (*b).into() != 0)
        .map(|(_, n)| *n)
        .collect();
    out.set(on.len());
    for n in on {
        out.simple(n);
    }
}

fn reply_key_specs(out: &mut ReplyBuf, specs: &[KeySpec]) {
    out.set(specs.len());
    for k in specs {
        out.map(3 + !k.notes.is_empty() as usize);
        if !k.notes.is_empty() {
            out.bulk(b"notes");
            out.bulk(k.notes.as_bytes());
        }
        out.bulk(b"flags");
        reply_flag_set(out, k.flags, keyflag::NAMES);
        out.bulk(b"begin_search");
        out.map(2);
        out.bulk(b"type");
        match k.begin_search {
            BeginSearch::Unknown => {
                out.bulk(b"unknown");
                out.bulk(b"spec");
                out.map(0);
            }
            BeginSearch::Index(pos) => {
                out.bulk(b"index");
                out.bulk(b"spec");
                out.map(1);
                out.bulk(b"index");
                out.int(pos as i64);
            }
            BeginSearch::Keyword { keyword, startfrom } => {
                out.bulk(b"keyword");
                out.bulk(b"spec");
                out.map(2);
                out.bulk(b"keyword");
                out.bulk(keyword.as_bytes());
                out.bulk(b"startfrom");
                out.int(startfrom as i64);
            }
        }
        out.bulk(b"find_keys");
        out.map(2);
        out.bulk(b"type");
        match k.find_keys {
            FindKeys::Unknown => {
                out.bulk(b"unknown");
                out.bulk(b"spec");
                out.map(0);
            }
            FindKeys::Range {
                lastkey,
                keystep,
                limit,
            } => {
                out.bulk(b"range");
                out.bulk(b"spec");
                out.map(3);
                out.bulk(b"lastkey");
                out.int(lastkey as i64);
                out.bulk(b"keystep");
                out.int(keystep as i64);
                out.bulk(b"limit");
                out.int(limit as i64);
            }
            FindKeys::Keynum {
                keynumidx,
                firstkey,
                keystep,
            } => {
                out.bulk(b"keynum");
                out.bulk(b"spec");
                out.map(3);
                out.bulk(b"keynumidx");
                out.int(keynumidx as i64);
                out.bulk(b"firstkey");
                out.int(firstkey as i64);
                out.bulk(b"keystep");
                out.int(keystep as i64);
            }
        }
    }
}

/// One command as COMMAND / COMMAND INFO describe it (addReplyCommandInfo): name, arity,
/// flags, first/last/step, ACL categories, tips, key specs, subcommands.
fn reply_command_info(out: &mut ReplyBuf, e: Entry) {
    let (first, last, step) = e.cmd.legacy_key_range();
    out.array(10);
    out.bulk(e.full_name().as_bytes());
    out.int(e.cmd.arity as i64);
    reply_flag_set(out, e.flags() & !flag::HIDDEN, flag::NAMES);
    out.int(first as i64);
    out.int(last as i64);
    out.int(step as i64);
    let cats = e.acl();
    let on: Vec<&str> = acl::NAMES
        .iter()
        .filter(|(b, _)| cats & *b != 0)
        .map(|(_, n)| *n)
        .collect();
    out.set(on.len());
    for n in on {
        out.simple(&format!("@{n}"));
    }
    let tips = e.tips();
    out.set(tips.len());
    for t in tips {
        out.bulk(t.as_bytes());
    }
    reply_key_specs(out, &e.key_specs());
    if e.cmd.subcommands.is_empty() {
        out.set(0);
    } else {
        out.array(e.cmd.subcommands.len());
        for sub in subcommands(e) {
            reply_command_info(out, sub);
        }
    }
}

fn reply_args(out: &mut ReplyBuf, args: &[Arg]) {
    out.array(args.len());
    for a in args {
        let nested = matches!(a.typ, "oneof" | "block");
        let n = 2
            + (a.key_spec_index != -1) as usize
            + !a.token.is_empty() as usize
            + !a.since.is_empty() as usize
            + !a.deprecated_since.is_empty() as usize
            + (a.flags != 0) as usize
            + nested as usize;
        out.map(n);
        out.bulk(b"name");
        out.bulk(a.name.as_bytes());
        out.bulk(b"type");
        out.bulk(a.typ.as_bytes());
        if a.key_spec_index != -1 {
            out.bulk(b"key_spec_index");
            out.int(a.key_spec_index as i64);
        }
        if !a.token.is_empty() {
            out.bulk(b"token");
            out.bulk(a.token.as_bytes());
        }
        if !a.since.is_empty() {
            out.bulk(b"since");
            out.bulk(a.since.as_bytes());
        }
        if !a.deprecated_since.is_empty() {
            out.bulk(b"deprecated_since");
            out.bulk(a.deprecated_since.as_bytes());
        }
        if a.flags != 0 {
            out.bulk(b"flags");
            reply_flag_set(out, a.flags, argflag::NAMES);
        }
        if nested {
            out.bulk(b"arguments");
            reply_args(out, a.args);
        }
    }
}

/// One command as COMMAND DOCS describes it (addReplyCommandDocs): Redis's documentation
/// where it has some, else the table entry's summary, since and group.
fn reply_command_docs(out: &mut ReplyBuf, e: Entry) {
    let doc = e.doc().unwrap_or(&Doc::DEFAULT);
    let pick = |d: &'static str, own: &'static str| if d.is_empty() { own } else { d };
    let summary = pick(doc.summary, e.cmd.summary);
    let since = pick(doc.since, e.cmd.since);
    let group = pick(doc.group, e.cmd.group);
    let n = 1
        + !summary.is_empty() as usize
        + !since.is_empty() as usize
        + !doc.complexity.is_empty() as usize
        + (doc.doc_flags != 0) as usize
        + !doc.deprecated_since.is_empty() as usize
        + !doc.replaced_by.is_empty() as usize
        + !doc.history.is_empty() as usize
        + !doc.args.is_empty() as usize
        + !e.cmd.subcommands.is_empty() as usize;
    out.map(n);
    if !summary.is_empty() {
        out.bulk(b"summary");
        out.bulk(summary.as_bytes());
    }
    if !since.is_empty() {
        out.bulk(b"since");
        out.bulk(since.as_bytes());
    }
    out.bulk(b"group");
    out.bulk(group.as_bytes());
    if !doc.complexity.is_empty() {
        out.bulk(b"complexity");
        out.bulk(doc.complexity.as_bytes());
    }
    if doc.doc_flags != 0 {
        out.bulk(b"doc_flags");
        reply_flag_set(out, doc.doc_flags, docflag::NAMES);
    }
    if !doc.deprecated_since.is_empty() {
        out.bulk(b"deprecated_since");
        out.bulk(doc.deprecated_since.as_bytes());
    }
    if !doc.replaced_by.is_empty() {
        out.bulk(b"replaced_by");
        out.bulk(doc.replaced_by.as_bytes());
    }
    if !doc.history.is_empty() {
        out.bulk(b"history");
        out.set(doc.history.len());
        for (v, change) in doc.history {
            out.array(2);
            out.bulk(v.as_bytes());
            out.bulk(change.as_bytes());
        }
    }
    if !doc.args.is_empty() {
        out.bulk(b"arguments");
        reply_args(out, doc.args);
    }
    if !e.cmd.subcommands.is_empty() {
        out.bulk(b"subcommands");
        out.map(e.cmd.subcommands.len());
        for sub in subcommands(e) {
            out.bulk(sub.full_name().as_bytes());
            reply_command_docs(out, sub);
        }
    }
}

fn command_all(ctx: &mut ConnCtx, _args: &[&[u8]]) -> CmdResult {
    ctx.out.array(table().all.len());
    for e in top_level() {
        reply_command_info(ctx.out, e);
    }
    Ok(())
}

fn command_count(ctx: &mut ConnCtx, _args: &[&[u8]]) -> CmdResult {
    ctx.out.int(table().all.len() as i64);
    Ok(())
}

fn command_info(ctx: &mut ConnCtx, args: &[&[u8]]) -> CmdResult {
    if args.len() == 2 {
        return command_all(ctx, args);
    }
    ctx.out.array(args.len() - 2);
    for name in &args[2..] {
        match lookup_by_name(name) {
            Some(e) => reply_command_info(ctx.out, e),
            None => ctx.out.null(),
        }
    }
    Ok(())
}

fn command_docs(ctx: &mut ConnCtx, args: &[&[u8]]) -> CmdResult {
    let found: Vec<Entry> = if args.len() == 2 {
        top_level().collect()
    } else {
        args[2..].iter().filter_map(|n| lookup_by_name(n)).collect()
    };
    ctx.out.map(found.len());
    for e in found {
        ctx.out.bulk(e.full_name().as_bytes());
        reply_command_docs(ctx.out, e);
    }
    Ok(())
}

/// COMMAND LIST [FILTERBY MODULE name | ACLCAT category | PATTERN pattern].
fn command_list(ctx: &mut ConnCtx, args: &[&[u8]]) -> CmdResult {
    enum Filter<'a> {
        None,
        Module,
        AclCat(Option<u32>),
        Pattern(&'a [u8]),
    }
    let mut filter = Filter::None;
    let mut i = 2;
    while i < args.len() {
        if is(args[i], "filterby") && args.len() - 1 - i == 2 {
            let (kind, arg) = (args[i + 1], args[i + 2]);
            filter = if is(kind, "module") {
                Filter::Module
            } else if is(kind, "aclcat") {
                Filter::AclCat(acl::by_name(arg))
            } else if is(kind, "pattern") {
                Filter::Pattern(arg)
            } else {
                return Err(Error::SYNTAX);
            };
            i += 3;
        } else {
            return Err(Error::SYNTAX);
        }
    }
    let mut names = Vec::new();
    let mut visit = |e: Entry| {
        let name = e.full_name();
        let keep = match filter {
            Filter::None => true,
            Filter::Module => false,
            Filter::AclCat(None) => false,
            Filter::AclCat(Some(cat)) => e.acl() & cat != 0,
            Filter::Pattern(p) => crate::storage::glob::glob_match(p, name.as_bytes(), true),
        };
        if keep {
            names.push(name);
        }
    };
    for e in top_level() {
        visit(e);
        for sub in subcommands(e) {
            visit(sub);
        }
    }
    ctx.out.array(names.len());
    for n in names {
        ctx.out.bulk(n.as_bytes());
    }
    Ok(())
}

/// lookupCommand for COMMAND GETKEYS: a container with a known subcommand resolves to it,
/// alone to itself; an unknown subcommand is no command.
fn lookup_for_getkeys(args: &[&[u8]]) -> Option<Entry> {
    let base = table().get(args[0])?;
    if base.subcommands.is_empty() || args.len() == 1 {
        return Some(Entry {
            cmd: base,
            parent: None,
        });
    }
    let cmd = super::find_sub(base.subcommands, args[1])?;
    Some(Entry {
        cmd,
        parent: Some(base),
    })
}

/// The keys of a full command and their key-spec flags, as getKeysSubcommandImpl.
fn getkeys(args: &[&[u8]]) -> Result<Vec<(usize, u32)>, Error> {
    let cmdargs = &args[2..];
    let e = lookup_for_getkeys(cmdargs).ok_or(Error::fixed("ERR Invalid command specified"))?;
    let specs = e.key_specs();
    let has_keys =
        !matches!(e.cmd.keys, Keys::None) || specs.iter().any(|s| s.flags & keyflag::NOT_KEY == 0);
    if !has_keys {
        return Err(Error::fixed("ERR The command has no key arguments"));
    }
    let argc = cmdargs.len() as i64;
    let arity = e.cmd.arity as i64;
    if (arity > 0 && arity != argc) || argc < -arity {
        return Err(Error::fixed(
            "ERR Invalid number of arguments specified for command",
        ));
    }
    let mut pos = Vec::new();
    e.cmd.key_positions(cmdargs, &mut pos);
    if pos.is_empty() {
        if e.cmd.flags & flag::NO_MANDATORY_KEYS != 0 {
            return Ok(Vec::new());
        }
        return Err(Error::fixed("ERR Invalid arguments specified for command"));
    }
    let flags = entry_key_flags(e, &specs, cmdargs, &pos);
    Ok(pos.into_iter().zip(flags).collect())
}

/// The key-spec flags of the keys at `pos` in `args` (a whole command), as COMMAND
/// GETKEYSANDFLAGS reports them. WATCH uses them to leave alone the keys a write only reads
/// (SINTERSTORE's sources), which Redis never signals.
/// A subcommand is looked up without its parent: none that writes keys has key specs of
/// its own, so it gets the ones derived from its key positions.
pub fn key_flags(cmd: &'static Command, args: &[&[u8]], pos: &[usize]) -> Vec<u32> {
    let e = Entry { cmd, parent: None };
    entry_key_flags(e, &e.key_specs(), args, pos)
}

fn entry_key_flags(e: Entry, specs: &[KeySpec], args: &[&[u8]], pos: &[usize]) -> Vec<u32> {
    let by_spec: Vec<(Vec<usize>, u32)> = specs
        .iter()
        .filter(|s| s.flags & keyflag::NOT_KEY == 0)
        .filter_map(|s| s.positions(args).map(|p| (p, s.flags)))
        .collect();
    let fallback = specs.first().map_or(0, |s| s.flags);
    pos.iter()
        .map(|p| {
            let flags = by_spec
                .iter()
                .find(|(ps, _)| ps.contains(p))
                .map_or(fallback, |(_, f)| *f);
            variable_flags(e, args, flags)
        })
        .collect()
}

/// The flags of a key whose spec says they vary with the arguments (setGetKeys,
/// bitfieldGetKeys).
fn variable_flags(e: Entry, args: &[&[u8]], flags: u32) -> u32 {
    if flags & keyflag::VARIABLE_FLAGS == 0 {
        return flags;
    }
    match e.full_name().as_str() {
        "set" => {
            if args.iter().skip(3).any(|a| is(a, "get")) {
                keyflag::RW | keyflag::ACCESS | keyflag::UPDATE
            } else {
                keyflag::OW | keyflag::UPDATE
            }
        }
        "bitfield" => {
            let mut readonly = true;
            let mut i = 2;
            while i < args.len() {
                let rem = args.len() - i - 1;
                if is(args[i], "get") && rem >= 2 {
                    i += 3;
                } else if (is(args[i], "set") || is(args[i], "incrby")) && rem >= 3 {
                    readonly = false;
                    break;
                } else if is(args[i], "overflow") && rem >= 1 {
                    i += 2;
                } else {
                    readonly = false;
                    break;
                }
            }
            if readonly {
                keyflag::RO | keyflag::ACCESS
            } else {
                keyflag::RW | keyflag::ACCESS | keyflag::UPDATE
            }
        }
        _ => flags & !keyflag::VARIABLE_FLAGS,
    }
}

fn command_getkeys(ctx: &mut ConnCtx, args: &[&[u8]]) -> CmdResult {
    let keys = getkeys(args)?;
    ctx.out.array(keys.len());
    for (p, _) in keys {
        ctx.out.bulk(args[2 + p]);
    }
    Ok(())
}

fn command_getkeysandflags(ctx: &mut ConnCtx, args: &[&[u8]]) -> CmdResult {
    let keys = getkeys(args)?;
    ctx.out.array(keys.len());
    for (p, flags) in keys {
        ctx.out.array(2);
        ctx.out.bulk(args[2 + p]);
        reply_flag_set(ctx.out, flags, keyflag::NAMES);
    }
    Ok(())
}

const COMMAND_HELP: &[&str] = &[
    "(no subcommand)",
    "    Return details about all Redis commands.",
    "COUNT",
    "    Return the total number of commands in this Redis server.",
    "LIST",
    "    Return a list of all commands in this Redis server.",
    "INFO [<command-name> ...]",
    "    Return details about multiple Redis commands.",
    "    If no command names are given, documentation details for all",
    "    commands are returned.",
    "DOCS [<command-name> ...]",
    "    Return documentation details about multiple Redis commands.",
    "    If no command names are given, documentation details for all",
    "    commands are returned.",
    "GETKEYS <full-command>",
    "    Return the keys from a full Redis command.",
    "GETKEYSANDFLAGS <full-command>",
    "    Return the keys and the access flags from a full Redis command.",
];

fn command_help(ctx: &mut ConnCtx, args: &[&[u8]]) -> CmdResult {
    reply_help(ctx.out, args[0], COMMAND_HELP);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::testing::TestShard;

    /// `COMMAND INFO get` and `COMMAND INFO set` as redis-server 7.0.15 sends them (RESP2).
    const GET_INFO: &str = "*1\r\n*10\r\n$3\r\nget\r\n:2\r\n*2\r\n+readonly\r\n+fast\r\n:1\r\n:1\r\n:1\r\n\
        *3\r\n+@read\r\n+@string\r\n+@fast\r\n*0\r\n*1\r\n*6\r\n$5\r\nflags\r\n*2\r\n+RO\r\n+access\r\n\
        $12\r\nbegin_search\r\n*4\r\n$4\r\ntype\r\n$5\r\nindex\r\n$4\r\nspec\r\n*2\r\n$5\r\nindex\r\n:1\r\n\
        $9\r\nfind_keys\r\n*4\r\n$4\r\ntype\r\n$5\r\nrange\r\n$4\r\nspec\r\n*6\r\n$7\r\nlastkey\r\n:0\r\n\
        $7\r\nkeystep\r\n:1\r\n$5\r\nlimit\r\n:0\r\n*0\r\n";
    const SET_INFO: &str = "*1\r\n*10\r\n$3\r\nset\r\n:-3\r\n*2\r\n+write\r\n+denyoom\r\n:1\r\n:1\r\n:1\r\n\
        *3\r\n+@write\r\n+@string\r\n+@slow\r\n*0\r\n*1\r\n*8\r\n$5\r\nnotes\r\n\
        $48\r\nRW and ACCESS due to the optional `GET` argument\r\n$5\r\nflags\r\n*4\r\n+RW\r\n+access\r\n\
        +update\r\n+variable_flags\r\n$12\r\nbegin_search\r\n*4\r\n$4\r\ntype\r\n$5\r\nindex\r\n$4\r\nspec\r\n\
        *2\r\n$5\r\nindex\r\n:1\r\n$9\r\nfind_keys\r\n*4\r\n$4\r\ntype\r\n$5\r\nrange\r\n$4\r\nspec\r\n*6\r\n\
        $7\r\nlastkey\r\n:0\r\n$7\r\nkeystep\r\n:1\r\n$5\r\nlimit\r\n:0\r\n*0\r\n";
    const GET_DOCS: &str = "*2\r\n$3\r\nget\r\n*10\r\n$7\r\nsummary\r\n$22\r\nGet the value of a key\r\n\
        $5\r\nsince\r\n$5\r\n1.0.0\r\n$5\r\ngroup\r\n$6\r\nstring\r\n$10\r\ncomplexity\r\n$4\r\nO(1)\r\n\
        $9\r\narguments\r\n*1\r\n*6\r\n$4\r\nname\r\n$3\r\nkey\r\n$4\r\ntype\r\n$3\r\nkey\r\n\
        $14\r\nkey_spec_index\r\n:0\r\n";

    #[test]
    fn command_info_and_docs_match_redis() {
        let mut s = TestShard::new();
        assert_eq!(s.run("COMMAND INFO get"), GET_INFO);
        assert_eq!(s.run("COMMAND INFO SET"), SET_INFO);
        assert_eq!(s.run("COMMAND DOCS get"), GET_DOCS);
        assert_eq!(s.run("COMMAND INFO nosuch"), "*1\r\n$-1\r\n");
        assert_eq!(s.run("COMMAND DOCS nosuch"), "*0\r\n");
        assert_eq!(
            s.run("COMMAND INFO config|get"),
            "*1\r\n*10\r\n$10\r\nconfig|get\r\n:-3\r\n*4\r\n+admin\r\n+noscript\r\n+loading\r\n+stale\r\n\
             :0\r\n:0\r\n:0\r\n*3\r\n+@admin\r\n+@slow\r\n+@dangerous\r\n*0\r\n*0\r\n*0\r\n"
        );
        let n = table().all.len();
        assert_eq!(s.run("COMMAND COUNT"), format!(":{n}\r\n"));
        assert!(s.run("COMMAND").starts_with(&format!("*{n}\r\n*10\r\n")));
        s.run("HELLO 3");
        assert!(s
            .run("COMMAND INFO get")
            .starts_with("*1\r\n*10\r\n$3\r\nget\r\n:2\r\n~2\r\n+readonly"));
        assert_eq!(s.run("COMMAND INFO nosuch"), "*1\r\n_\r\n");
    }

    #[test]
    fn command_getkeys() {
        let mut s = TestShard::new();
        assert_eq!(s.run("COMMAND GETKEYS get a"), "*1\r\n$1\r\na\r\n");
        assert_eq!(
            s.run("COMMAND GETKEYS del a b"),
            "*2\r\n$1\r\na\r\n$1\r\nb\r\n"
        );
        assert_eq!(
            s.run("COMMAND GETKEYSANDFLAGS set a b get"),
            "*1\r\n*2\r\n$1\r\na\r\n*3\r\n+RW\r\n+access\r\n+update\r\n"
        );
        assert_eq!(
            s.run("COMMAND GETKEYSANDFLAGS set a b"),
            "*1\r\n*2\r\n$1\r\na\r\n*2\r\n+OW\r\n+update\r\n"
        );
        assert_eq!(
            s.run("COMMAND GETKEYSANDFLAGS del a"),
            "*1\r\n*2\r\n$1\r\na\r\n*2\r\n+RM\r\n+delete\r\n"
        );
        assert_eq!(
            s.run("COMMAND GETKEYS foo a"),
            "-ERR Invalid command specified\r\n"
        );
        assert_eq!(
            s.run("COMMAND GETKEYS config foo"),
            "-ERR Invalid command specified\r\n"
        );
        assert_eq!(
            s.run("COMMAND GETKEYS ping x"),
            "-ERR The command has no key arguments\r\n"
        );
        assert_eq!(
            s.run("COMMAND GETKEYS config get x"),
            "-ERR The command has no key arguments\r\n"
        );
        assert_eq!(
            s.run("COMMAND GETKEYS get a b"),
            "-ERR Invalid number of arguments specified for command\r\n"
        );
        assert_eq!(
            s.run("COMMAND GETKEYS get"),
            "-ERR wrong number of arguments for 'command|getkeys' command\r\n"
        );
    }

    #[test]
    fn command_list_filters() {
        let mut s = TestShard::new();
        let all = s.run("COMMAND LIST");
        assert!(all.contains("$10\r\nconfig|get\r\n") && all.contains("$3\r\nget\r\n"));
        let conn = s.run("COMMAND LIST FILTERBY ACLCAT connection");
        assert!(conn.contains("$4\r\nping\r\n") && !conn.contains("$3\r\nget\r\n"));
        assert_eq!(s.run("COMMAND LIST FILTERBY ACLCAT nosuch"), "*0\r\n");
        assert_eq!(s.run("COMMAND LIST FILTERBY MODULE x"), "*0\r\n");
        assert_eq!(
            s.run("COMMAND LIST FILTERBY foo x"),
            "-ERR syntax error\r\n"
        );
        assert_eq!(s.run("COMMAND LIST foo"), "-ERR syntax error\r\n");
    }

    #[test]
    fn key_spec_positions() {
        let args: Vec<&[u8]> = vec![b"xread", b"COUNT", b"2", b"STREAMS", b"a", b"b", b"0", b"0"];
        let xread = docs::lookup("xread").unwrap().key_specs[0];
        assert_eq!(xread.positions(&args), Some(vec![4, 5]));
        let args: Vec<&[u8]> = vec![b"zunionstore", b"d", b"2", b"a", b"b"];
        let specs = docs::lookup("zunionstore").unwrap().key_specs;
        assert_eq!(specs[0].positions(&args), Some(vec![1]));
        assert_eq!(specs[1].positions(&args), Some(vec![3, 4]));
        let args: Vec<&[u8]> = vec![b"zunionstore", b"d", b"3", b"a", b"b"];
        assert_eq!(specs[1].positions(&args), None);
    }

    #[test]
    fn info_sections() {
        let mut s = TestShard::new();
        s.run("SET k v");
        s.run("GET k");
        s.run("GET nope");
        s.cmdstats.insert(
            "get".into(),
            CmdStat {
                calls: 2,
                usec: 5,
                rejected: 0,
                failed: 0,
            },
        );
        let default = s.run("INFO");
        let heads: Vec<&str> = default
            .split("\r\n")
            .filter(|l| l.starts_with('#'))
            .collect();
        assert_eq!(
            heads,
            [
                "# Server",
                "# Clients",
                "# Memory",
                "# Persistence",
                "# Stats",
                "# Replication",
                "# CPU",
                "# Modules",
                "# Errorstats",
                "# Cluster",
                "# Keyspace"
            ]
        );
        assert!(default.contains("\r\nredis_version:7.0.15\r\n"));
        assert!(default.contains("\r\nmultiplexing_api:io_uring\r\n"));
        assert!(default.contains("\r\nkeyspace_hits:1\r\nkeyspace_misses:1\r\n"));
        assert!(default.contains("\r\n\r\n# Clients\r\n"));
        assert_eq!(
            s.run("INFO keyspace"),
            "$44\r\n# Keyspace\r\ndb0:keys=1,expires=0,avg_ttl=0\r\n\r\n"
        );
        assert_eq!(
            s.run("INFO CLUSTER Keyspace"),
            "$76\r\n# Cluster\r\ncluster_enabled:0\r\n\r\n# Keyspace\r\ndb0:keys=1,expires=0,avg_ttl=0\r\n\r\n"
        );
        assert_eq!(s.run("INFO foo"), "$0\r\n\r\n");
        let stats = s.run("INFO commandstats");
        assert!(stats.contains(
            "# Commandstats\r\ncmdstat_get:calls=2,usec=5,usec_per_call=2.50,rejected_calls=0,failed_calls=0\r\n"
        ));
        let all = s.run("INFO all");
        assert!(all.contains("# Commandstats\r\n") && all.contains("# Latencystats\r\n"));
        assert!(s.run("INFO everything").contains("# Latencystats\r\n"));
        s.run("HELLO 3");
        assert!(s
            .run("INFO cluster")
            .starts_with("=34\r\ntxt:# Cluster\r\n"));
    }

    #[test]
    fn resetstat_clears_the_shard_counters() {
        let mut s = TestShard::new();
        s.run("GET nope");
        s.cmdstats.insert("get".into(), CmdStat::default());
        crate::commands::count_error(&mut s.errstats, "ERR x");
        assert_eq!(s.run("CONFIG RESETSTAT"), "+OK\r\n");
        assert_eq!((s.stats.hits, s.stats.misses), (0, 0));
        assert!(s.cmdstats.is_empty() && s.errstats.is_empty());
    }

    #[test]
    fn error_codes() {
        let mut e = crate::commands::ErrStats::new();
        crate::commands::count_error(&mut e, "WRONGTYPE Operation against a key");
        crate::commands::count_error(&mut e, "ERR syntax error");
        crate::commands::count_error(&mut e, "NOSPACEINTHEFIRSTTHIRTYTWOBYTESATALL x");
        assert_eq!(e.get("WRONGTYPE"), Some(&1));
        assert_eq!(e.get("ERR"), Some(&2));
    }

    #[test]
    fn misc_server_commands() {
        let mut s = TestShard::new();
        let t = s.run("TIME");
        assert!(t.starts_with("*2\r\n$10\r\n"), "{t}");
        assert_eq!(s.run("LASTSAVE"), format!(":{}\r\n", last_save()));
        assert!(s
            .run("DEBUG SLEEP 0")
            .starts_with("-ERR DEBUG command not allowed."));
        assert_eq!(s.run("SHUTDOWN foo"), "-ERR syntax error\r\n");
        assert_eq!(s.run("SHUTDOWN NOSAVE SAVE"), "-ERR syntax error\r\n");
        assert_eq!(s.run("SHUTDOWN ABORT NOW"), "-ERR syntax error\r\n");
        assert_eq!(s.run("SHUTDOWN ABORT"), "-ERR No shutdown in progress.\r\n");
        assert!(!shutdown_requested());
        assert_eq!(
            s.run("CONFIG REWRITE"),
            "-ERR The server is running without a config file\r\n"
        );
        assert_eq!(s.run("CONFIG SET a b c"), "-ERR syntax error\r\n");
        assert_eq!(
            s.run("CONFIG GET"),
            "-ERR wrong number of arguments for 'config|get' command\r\n"
        );
        assert!(s
            .run("CONFIG HELP")
            .starts_with("*11\r\n+CONFIG <subcommand>"));
        assert!(s
            .run("COMMAND HELP")
            .starts_with("*21\r\n+COMMAND <subcommand>"));
    }

    #[test]
    fn human_sizes_and_c_numbers() {
        assert_eq!(bytes_to_human(0), "0B");
        assert_eq!(bytes_to_human(1023), "1023B");
        assert_eq!(bytes_to_human(990448), "967.23K");
        assert_eq!(bytes_to_human(12402688), "11.83M");
        assert_eq!(bytes_to_human(25276063744), "23.54G");
        assert_eq!(strtod_prefix(b"0.5"), 0.5);
        assert_eq!(strtod_prefix(b"1e-3"), 0.001);
        assert_eq!(strtod_prefix(b"0.25s"), 0.25);
        assert_eq!(strtod_prefix(b"x"), 0.0);
        assert_eq!(atoi(b"0"), 0);
        assert_eq!(atoi(b" 12ab"), 12);
        assert_eq!(atoi(b"-3"), -3);
    }
}
