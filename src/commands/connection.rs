//! Connection commands (PING, ECHO, SELECT, HELLO, AUTH, CLIENT, QUIT, RESET): they run on the
//! connection's own thread and read or change its `Client` state. CLIENT LIST and CLIENT KILL
//! reach the clients of every thread through fan-outs.
//!
//! Authentication follows Redis's `requirepass`: the only user is "default"; with no password
//! it takes any password, with one only that password. Whether a new connection starts
//! authenticated is `auth_required()`, kept in step with the config by `server::apply_config`.
use std::sync::atomic::{AtomicBool, Ordering};

use super::client::ReplyMode;
use super::{
    arg_i64, flag, is, server, Client, CmdResult, Command, ConnCtx, Error, Fanout, Handler, Keys,
    Partial, ShardCtx, Targets,
};

static AUTH_REQUIRED: AtomicBool = AtomicBool::new(false);

/// True when a password is configured: new connections must AUTH first.
#[inline]
pub fn auth_required() -> bool {
    AUTH_REQUIRED.load(Ordering::Relaxed)
}

pub(crate) fn set_auth_required(v: bool) {
    AUTH_REQUIRED.store(v, Ordering::Relaxed);
}

const PROTECTED_MODE_DENIED: &[u8] =
    b"-DENIED Redis is running in protected mode because protected \
mode is enabled and no password is set for the default user. In this mode connections are only \
accepted from the loopback interface. If you want to connect from external computers to Redis you \
may adopt one of the following solutions: 1) Just disable protected mode sending the command \
'CONFIG SET protected-mode no' from the loopback interface by connecting to Redis from the same \
host the server is running, however MAKE SURE Redis is not publicly accessible from internet if \
you do so. Use CONFIG REWRITE to make this change permanent. 2) Alternatively you can just \
disable the protected mode by editing the Redis configuration file, and setting the protected \
mode option to 'no', and then restarting the server. 3) If you started the server manually just \
for testing, restart it with the '--protected-mode no' option. 4) Setup a an authentication \
password for the default user. NOTE: You only need to do one of the above things in order for \
the server to start accepting connections from the outside.\r\n";

/// Redis's protected mode: with `protected-mode yes` and no password, only loopback and
/// unix-socket connections are served; others get this error line and are closed.
pub fn protected_mode_denial(unix: bool, peer_addr: &str) -> Option<&'static [u8]> {
    let s = server::settings();
    if !s.protected_mode || s.requirepass.is_some() || unix || is_loopback(peer_addr) {
        return None;
    }
    Some(PROTECTED_MODE_DENIED)
}

/// A loopback peer ("127.x.y.z:port", "::1:port").
pub fn is_loopback(addr: &str) -> bool {
    addr.starts_with("127.") || addr.starts_with("::1:") || addr.starts_with("::ffff:127.")
}

const CONN_FLAGS: u32 = flag::NOSCRIPT | flag::LOADING | flag::STALE | flag::SENTINEL;
const ADMIN_CONN_FLAGS: u32 = flag::ADMIN | CONN_FLAGS;

const fn conn(name: &'static str, arity: i32, flags: u32, f: super::ConnFn) -> Command {
    Command {
        group: "connection",
        ..Command::new(name, arity, flags, Keys::None, Handler::Conn(f))
    }
}

pub static COMMANDS: &[Command] = &[
    Command {
        summary: "Ping the server",
        ..conn("ping", -1, flag::FAST | flag::SENTINEL, ping)
    },
    Command {
        summary: "Echo the given string",
        ..conn("echo", 2, flag::LOADING | flag::STALE | flag::FAST, echo)
    },
    Command {
        summary: "Close the connection",
        ..conn(
            "quit",
            -1,
            flag::ALLOW_BUSY
                | flag::NOSCRIPT
                | flag::LOADING
                | flag::STALE
                | flag::FAST
                | flag::NO_AUTH,
            quit,
        )
    },
    Command {
        summary: "Reset the connection",
        since: "6.2.0",
        ..conn(
            "reset",
            1,
            flag::NOSCRIPT
                | flag::LOADING
                | flag::STALE
                | flag::FAST
                | flag::NO_AUTH
                | flag::ALLOW_BUSY
                | flag::TX,
            reset,
        )
    },
    Command {
        summary: "Change the selected database for the current connection",
        ..conn(
            "select",
            2,
            flag::LOADING | flag::STALE | flag::FAST,
            select,
        )
    },
    Command {
        summary: "Handshake with Redis",
        since: "6.0.0",
        ..conn(
            "hello",
            -1,
            flag::NOSCRIPT
                | flag::LOADING
                | flag::STALE
                | flag::FAST
                | flag::NO_AUTH
                | flag::SENTINEL
                | flag::ALLOW_BUSY,
            hello,
        )
    },
    Command {
        summary: "Authenticate to the server",
        ..conn(
            "auth",
            -2,
            flag::NOSCRIPT
                | flag::LOADING
                | flag::STALE
                | flag::FAST
                | flag::NO_AUTH
                | flag::SENTINEL
                | flag::ALLOW_BUSY,
            auth,
        )
    },
    Command {
        group: "connection",
        summary: "A container for client connection commands",
        since: "2.4.0",
        subcommands: CLIENT,
        ..Command::new("client", -2, flag::SENTINEL, Keys::None, Handler::Container)
    },
];

static CLIENT: &[Command] = &[
    Command {
        summary: "Returns the client ID for the current connection",
        since: "5.0.0",
        ..conn("id", 2, CONN_FLAGS, client_id)
    },
    Command {
        summary: "Set the current connection name",
        since: "2.6.9",
        ..conn("setname", 3, CONN_FLAGS, client_setname)
    },
    Command {
        summary: "Get the current connection name",
        since: "2.6.9",
        ..conn("getname", 2, CONN_FLAGS, client_getname)
    },
    Command {
        group: "connection",
        summary: "Get the list of client connections",
        since: "2.4.0",
        ..Command::new("list", -2, ADMIN_CONN_FLAGS, Keys::None, Handler::Fanout(&CLIENT_LIST))
    },
    Command {
        summary: "Returns information about the current client connection.",
        since: "6.2.0",
        ..conn("info", 2, CONN_FLAGS, client_info)
    },
    Command {
        group: "connection",
        summary: "Kill the connection of a client",
        since: "2.4.0",
        ..Command::new("kill", -3, ADMIN_CONN_FLAGS, Keys::None, Handler::Fanout(&CLIENT_KILL))
    },
    Command {
        summary: "Set client eviction mode for the current connection",
        since: "7.0.0",
        ..conn("no-evict", 3, ADMIN_CONN_FLAGS, client_no_evict)
    },
    Command {
        summary: "Controls whether commands sent by the client affect the LRU/LFU of accessed keys.",
        since: "7.2.0",
        acl: super::acl::CONNECTION,
        ..conn("no-touch", 3, flag::NOSCRIPT | flag::LOADING | flag::STALE, client_no_touch)
    },
    Command {
        summary: "Instruct the server whether to reply to commands",
        since: "3.2.0",
        ..conn("reply", 3, CONN_FLAGS, client_reply)
    },
    Command {
        summary: "Get tracking notifications redirection client ID if any",
        since: "6.0.0",
        ..conn("getredir", 2, CONN_FLAGS, client_getredir)
    },
    Command {
        summary: "Return information about server assisted client side caching for the current connection",
        since: "6.2.0",
        ..conn("trackinginfo", 2, CONN_FLAGS, client_trackinginfo)
    },
    Command {
        summary: "Resume processing of clients that were paused",
        since: "6.2.0",
        ..conn("unpause", 2, ADMIN_CONN_FLAGS, client_unpause)
    },
    Command {
        summary: "Show helpful text about the different subcommands",
        since: "5.0.0",
        ..conn("help", 2, flag::LOADING | flag::STALE | flag::SENTINEL, client_help)
    },
];

// ---- PING, ECHO, QUIT, RESET, SELECT ------------------------------------------------------

fn ping(ctx: &mut ConnCtx, args: &[&[u8]]) -> CmdResult {
    match args.len() {
        1 => ctx.out.simple("PONG"),
        2 => ctx.out.bulk(args[1]),
        _ => return Err(Error::arity("ping")),
    }
    Ok(())
}

fn echo(ctx: &mut ConnCtx, args: &[&[u8]]) -> CmdResult {
    ctx.out.bulk(args[1]);
    Ok(())
}

fn quit(ctx: &mut ConnCtx, _args: &[&[u8]]) -> CmdResult {
    ctx.out.ok();
    ctx.client.close_after_reply = true;
    Ok(())
}

/// RESET as Redis 7.0's clearClientConnectionState: database 0, RESP2, no name, replies on,
/// authenticated only if no password is configured. CLIENT NO-EVICT survives (as in 7.0);
/// NO-TOUCH, a 7.2 flag, is cleared as 7.2 does.
fn reset(ctx: &mut ConnCtx, _args: &[&[u8]]) -> CmdResult {
    let c = &mut *ctx.client;
    c.db = 0;
    c.resp = 2;
    ctx.out.resp = 2;
    c.authenticated = !auth_required();
    c.name.clear();
    c.reply = ReplyMode::On;
    c.no_touch = false;
    // Leaves MULTI; the worker releases the watched keys (it knows their shards).
    c.multi = None;
    ctx.out.simple("RESET");
    Ok(())
}

fn select(ctx: &mut ConnCtx, args: &[&[u8]]) -> CmdResult {
    let id = arg_i64(args[1])?;
    if id < i32::MIN as i64 || id > i32::MAX as i64 {
        return Err(Error::NOT_INTEGER);
    }
    if id < 0 || id as usize >= server::settings().databases {
        return Err(Error::DB_INDEX);
    }
    ctx.client.db = id as usize;
    ctx.out.ok();
    Ok(())
}

// ---- AUTH, HELLO --------------------------------------------------------------------------

const WRONGPASS: Error =
    Error::fixed("WRONGPASS invalid username-password pair or user is disabled.");

/// ACLCheckUserCredentials for the one user there is: "default", with `requirepass` as its
/// password, or `nopass` (any password) when none is set.
fn credentials_ok(user: &[u8], pass: &[u8]) -> bool {
    if user != b"default" {
        return false;
    }
    match &server::settings().requirepass {
        None => true,
        Some(p) => constant_time_eq(p, pass),
    }
}

/// Compares without an early exit, so the time taken says nothing about the password.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    let mut diff = (a.len() != b.len()) as u8;
    for i in 0..a.len().max(b.len()) {
        diff |= a.get(i).copied().unwrap_or(0) ^ b.get(i).copied().unwrap_or(0);
    }
    diff == 0
}

fn auth(ctx: &mut ConnCtx, args: &[&[u8]]) -> CmdResult {
    if args.len() > 3 {
        return Err(Error::SYNTAX);
    }
    let (user, pass): (&[u8], &[u8]) = if args.len() == 2 {
        if server::settings().requirepass.is_none() {
            return Err(Error::fixed(
                "ERR AUTH <password> called without any password configured for the default user. \
                 Are you sure your configuration is correct?",
            ));
        }
        (b"default", args[1])
    } else {
        (args[1], args[2])
    };
    if !credentials_ok(user, pass) {
        return Err(WRONGPASS);
    }
    ctx.client.authenticated = true;
    ctx.out.ok();
    Ok(())
}

/// HELLO [protover [AUTH user pass] [SETNAME name]]: options apply in order as they are
/// read (a failing SETNAME after a good AUTH leaves the client authenticated, as in Redis).
fn hello(ctx: &mut ConnCtx, args: &[&[u8]]) -> CmdResult {
    let mut ver = 0;
    let mut j = 1;
    if args.len() >= 2 {
        ver = crate::num::parse_i64(args[1]).ok_or(Error::fixed(
            "ERR Protocol version is not an integer or out of range",
        ))?;
        if !(2..=3).contains(&ver) {
            return Err(Error::fixed("NOPROTO unsupported protocol version"));
        }
        j = 2;
    }
    while j < args.len() {
        let more = args.len() - 1 - j;
        if is(args[j], "auth") && more >= 2 {
            if !credentials_ok(args[j + 1], args[j + 2]) {
                return Err(WRONGPASS);
            }
            ctx.client.authenticated = true;
            j += 3;
        } else if is(args[j], "setname") && more >= 1 {
            set_name(ctx.client, args[j + 1])?;
            j += 2;
        } else {
            return Err(Error::msg(format!(
                "ERR Syntax error in HELLO option '{}'",
                String::from_utf8_lossy(args[j])
            )));
        }
    }
    if !ctx.client.authenticated {
        return Err(Error::fixed(
            "NOAUTH HELLO must be called with the client already authenticated, otherwise the \
             HELLO AUTH <user> <pass> option can be used to authenticate the client and select \
             the RESP protocol version at the same time",
        ));
    }
    if ver != 0 {
        ctx.client.resp = ver as u8;
        ctx.out.resp = ver as u8;
    }
    let out = &mut *ctx.out;
    out.map(7);
    out.bulk(b"server");
    out.bulk(b"redis");
    out.bulk(b"version");
    out.bulk(server::REDIS_VERSION.as_bytes());
    out.bulk(b"proto");
    out.int(ctx.client.resp as i64);
    out.bulk(b"id");
    out.int(ctx.client.id as i64);
    out.bulk(b"mode");
    out.bulk(b"standalone");
    out.bulk(b"role");
    out.bulk(b"master");
    out.bulk(b"modules");
    out.array(0);
    Ok(())
}

// ---- CLIENT -------------------------------------------------------------------------------

/// clientSetName: empty clears the name; otherwise only printable ASCII without spaces, so
/// CLIENT LIST stays splittable on spaces.
fn set_name(client: &mut Client, name: &[u8]) -> CmdResult {
    if name.iter().any(|&c| !(b'!'..=b'~').contains(&c)) {
        return Err(Error::fixed(
            "ERR Client names cannot contain spaces, newlines or special characters.",
        ));
    }
    client.name.clear();
    client.name.extend_from_slice(name);
    Ok(())
}

fn client_id(ctx: &mut ConnCtx, _args: &[&[u8]]) -> CmdResult {
    ctx.out.int(ctx.client.id as i64);
    Ok(())
}

fn client_setname(ctx: &mut ConnCtx, args: &[&[u8]]) -> CmdResult {
    set_name(ctx.client, args[2])?;
    ctx.out.ok();
    Ok(())
}

fn client_getname(ctx: &mut ConnCtx, _args: &[&[u8]]) -> CmdResult {
    if ctx.client.name.is_empty() {
        ctx.out.null();
    } else {
        ctx.out.bulk(&ctx.client.name);
    }
    Ok(())
}

fn client_info(ctx: &mut ConnCtx, _args: &[&[u8]]) -> CmdResult {
    let mut line = ctx.client.info_line(ctx.now_ms);
    line.push('\n');
    ctx.out.verbatim(line.as_bytes());
    Ok(())
}

fn on_off(arg: &[u8]) -> Result<bool, Error> {
    if is(arg, "on") {
        Ok(true)
    } else if is(arg, "off") {
        Ok(false)
    } else {
        Err(Error::SYNTAX)
    }
}

fn client_no_evict(ctx: &mut ConnCtx, args: &[&[u8]]) -> CmdResult {
    ctx.client.no_evict = on_off(args[2])?;
    ctx.out.ok();
    Ok(())
}

fn client_no_touch(ctx: &mut ConnCtx, args: &[&[u8]]) -> CmdResult {
    ctx.client.no_touch = on_off(args[2])?;
    ctx.out.ok();
    Ok(())
}

/// CLIENT REPLY ON|OFF|SKIP: only sets the mode; the dispatcher drops the replies (this
/// one's too, for OFF and SKIP).
fn client_reply(ctx: &mut ConnCtx, args: &[&[u8]]) -> CmdResult {
    let c = &mut *ctx.client;
    if is(args[2], "on") {
        c.reply = ReplyMode::On;
        ctx.out.ok();
    } else if is(args[2], "off") {
        c.reply = ReplyMode::Off;
    } else if is(args[2], "skip") {
        if c.reply != ReplyMode::Off {
            c.reply = ReplyMode::Skip;
        }
    } else {
        return Err(Error::SYNTAX);
    }
    Ok(())
}

/// No client tracking here: never redirecting.
fn client_getredir(ctx: &mut ConnCtx, _args: &[&[u8]]) -> CmdResult {
    ctx.out.int(-1);
    Ok(())
}

fn client_trackinginfo(ctx: &mut ConnCtx, _args: &[&[u8]]) -> CmdResult {
    let out = &mut *ctx.out;
    out.map(3);
    out.bulk(b"flags");
    out.set(1);
    out.bulk(b"off");
    out.bulk(b"redirect");
    out.int(-1);
    out.bulk(b"prefixes");
    out.array(0);
    Ok(())
}

/// Nothing is ever paused here, so there is nothing to resume.
fn client_unpause(ctx: &mut ConnCtx, _args: &[&[u8]]) -> CmdResult {
    ctx.out.ok();
    Ok(())
}

const CLIENT_HELP: &[&str] = &[
    "CACHING (YES|NO)",
    "    Enable/disable tracking of the keys for next command in OPTIN/OPTOUT modes.",
    "GETREDIR",
    "    Return the client ID we are redirecting to when tracking is enabled.",
    "GETNAME",
    "    Return the name of the current connection.",
    "ID",
    "    Return the ID of the current connection.",
    "INFO",
    "    Return information about the current client connection.",
    "KILL <ip:port>",
    "    Kill connection made from <ip:port>.",
    "KILL <option> <value> [<option> <value> [...]]",
    "    Kill connections. Options are:",
    "    * ADDR (<ip:port>|<unixsocket>:0)",
    "      Kill connections made from the specified address",
    "    * LADDR (<ip:port>|<unixsocket>:0)",
    "      Kill connections made to specified local address",
    "    * TYPE (NORMAL|MASTER|REPLICA|PUBSUB)",
    "      Kill connections by type.",
    "    * USER <username>",
    "      Kill connections authenticated by <username>.",
    "    * SKIPME (YES|NO)",
    "      Skip killing current connection (default: yes).",
    "LIST [options ...]",
    "    Return information about client connections. Options:",
    "    * TYPE (NORMAL|MASTER|REPLICA|PUBSUB)",
    "      Return clients of specified type.",
    "UNPAUSE",
    "    Stop the current client pause, resuming traffic.",
    "PAUSE <timeout> [WRITE|ALL]",
    "    Suspend all, or just write, clients for <timeout> milliseconds.",
    "REPLY (ON|OFF|SKIP)",
    "    Control the replies sent to the current connection.",
    "SETNAME <name>",
    "    Assign the name <name> to the current connection.",
    "UNBLOCK <clientid> [TIMEOUT|ERROR]",
    "    Unblock the specified blocked client.",
    "TRACKING (ON|OFF) [REDIRECT <id>] [BCAST] [PREFIX <prefix> [...]]",
    "         [OPTIN] [OPTOUT] [NOLOOP]",
    "    Control server assisted client side caching.",
    "TRACKINGINFO",
    "    Report tracking status for the current connection.",
    "NO-EVICT (ON|OFF)",
    "    Protect current client connection from eviction.",
    "NO-TOUCH (ON|OFF)",
    "    Will not touch LRU/LFU stats when this mode is on.",
];

fn client_help(ctx: &mut ConnCtx, args: &[&[u8]]) -> CmdResult {
    server::reply_help(ctx.out, args[0], CLIENT_HELP);
    Ok(())
}

/// Client types of CLIENT LIST TYPE / CLIENT KILL TYPE (getClientTypeByName).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum ClientType {
    Normal,
    Replica,
    Pubsub,
    Master,
}

fn client_type(name: &[u8]) -> Result<ClientType, Error> {
    if is(name, "normal") {
        Ok(ClientType::Normal)
    } else if is(name, "slave") || is(name, "replica") {
        Ok(ClientType::Replica)
    } else if is(name, "pubsub") {
        Ok(ClientType::Pubsub)
    } else if is(name, "master") {
        Ok(ClientType::Master)
    } else {
        Err(Error::msg(format!(
            "ERR Unknown client type '{}'",
            String::from_utf8_lossy(name)
        )))
    }
}

/// Every client here is a normal one (no replication links; pub/sub state is not tracked on
/// `Client` yet).
fn type_of(_c: &Client) -> ClientType {
    ClientType::Normal
}

// CLIENT LIST [TYPE type | ID id [id ...]]

enum ListFilter {
    All,
    Type(ClientType),
    Ids(Vec<u64>),
}

fn list_filter(args: &[&[u8]]) -> Result<ListFilter, Error> {
    if args.len() == 4 && is(args[2], "type") {
        return Ok(ListFilter::Type(client_type(args[3])?));
    }
    if args.len() > 3 && is(args[2], "id") {
        let mut ids = Vec::new();
        for a in &args[3..] {
            let id = crate::num::parse_i64(a).ok_or(Error::fixed("ERR Invalid client ID"))?;
            ids.push(id as u64);
        }
        return Ok(ListFilter::Ids(ids));
    }
    if args.len() != 2 {
        return Err(Error::SYNTAX);
    }
    Ok(ListFilter::All)
}

static CLIENT_LIST: Fanout = Fanout {
    prepare: client_list_prepare,
    run: client_list_run,
    combine: client_list_combine,
    exclusive: false,
};

fn client_list_prepare(_ctx: &mut ConnCtx, args: &[&[u8]]) -> Result<Targets, Error> {
    list_filter(args)?;
    Ok(Targets::All)
}

/// This thread's matching clients as (id, CLIENT LIST line).
fn client_list_run(ctx: &mut ShardCtx, args: &[&[u8]]) -> Partial {
    let filter = list_filter(args).unwrap_or(ListFilter::All);
    let now = ctx.now_ms;
    let mut lines: Vec<(u64, String)> = Vec::new();
    ctx.clients.for_each(&mut |c| {
        let keep = match &filter {
            ListFilter::All => true,
            ListFilter::Type(t) => type_of(c) == *t,
            ListFilter::Ids(ids) => ids.contains(&c.id),
        };
        if keep {
            lines.push((c.id, c.info_line(now)));
        }
    });
    Box::new(lines)
}

fn client_list_combine(ctx: &mut ConnCtx, args: &[&[u8]], pieces: Vec<Partial>) -> CmdResult {
    let mut lines: Vec<(u64, String)> = Vec::new();
    for p in pieces {
        if let Ok(v) = p.downcast::<Vec<(u64, String)>>() {
            lines.extend(*v);
        }
    }
    let mut text = String::new();
    if let Ok(ListFilter::Ids(ids)) = list_filter(args) {
        // In the order asked, as Redis looks each id up in turn.
        for id in ids {
            if let Some((_, l)) = lines.iter().find(|(i, _)| *i == id) {
                text.push_str(l);
                text.push('\n');
            }
        }
    } else {
        // Oldest connection first, as Redis's client list.
        lines.sort_by_key(|(id, _)| *id);
        for (_, l) in &lines {
            text.push_str(l);
            text.push('\n');
        }
    }
    ctx.out.verbatim(text.as_bytes());
    Ok(())
}

// CLIENT KILL addr:port | CLIENT KILL [ID id] [TYPE t] [ADDR a] [LADDR a] [USER u] [SKIPME y/n]

#[derive(Default)]
struct KillFilter {
    old_form: bool,
    addr: Option<Vec<u8>>,
    laddr: Option<Vec<u8>>,
    ctype: Option<ClientType>,
    id: u64,
    skipme: bool,
}

fn kill_filter(args: &[&[u8]]) -> Result<KillFilter, Error> {
    let mut f = KillFilter {
        skipme: true,
        ..KillFilter::default()
    };
    if args.len() == 3 {
        // The old form can kill the caller itself.
        f.old_form = true;
        f.addr = Some(args[2].to_vec());
        f.skipme = false;
        return Ok(f);
    }
    let mut i = 2;
    while i < args.len() {
        let more = i + 1 < args.len();
        if !more {
            return Err(Error::SYNTAX);
        }
        let (opt, val) = (args[i], args[i + 1]);
        if is(opt, "id") {
            match crate::num::parse_i64(val) {
                Some(n) if n >= 1 => f.id = n as u64,
                _ => return Err(Error::fixed("ERR client-id should be greater than 0")),
            }
        } else if is(opt, "type") {
            f.ctype = Some(client_type(val)?);
        } else if is(opt, "addr") {
            f.addr = Some(val.to_vec());
        } else if is(opt, "laddr") {
            f.laddr = Some(val.to_vec());
        } else if is(opt, "user") {
            if val != b"default" {
                return Err(Error::msg(format!(
                    "ERR No such user '{}'",
                    String::from_utf8_lossy(val)
                )));
            }
        } else if is(opt, "skipme") {
            if is(val, "yes") {
                f.skipme = true;
            } else if is(val, "no") {
                f.skipme = false;
            } else {
                return Err(Error::SYNTAX);
            }
        } else {
            return Err(Error::SYNTAX);
        }
        i += 2;
    }
    Ok(f)
}

static CLIENT_KILL: Fanout = Fanout {
    prepare: client_kill_prepare,
    run: client_kill_run,
    combine: client_kill_combine,
    exclusive: false,
};

fn client_kill_prepare(_ctx: &mut ConnCtx, args: &[&[u8]]) -> Result<Targets, Error> {
    kill_filter(args)?;
    Ok(Targets::All)
}

/// Marks this thread's matching clients; the server closes them after this turn. The caller
/// itself is closed only after its reply is written.
fn client_kill_run(ctx: &mut ShardCtx, args: &[&[u8]]) -> Partial {
    let Ok(f) = kill_filter(args) else {
        return Box::new(0u64);
    };
    let me = ctx.clients.caller();
    let mut killed = 0u64;
    ctx.clients.for_each(&mut |c| {
        if f.addr
            .as_ref()
            .is_some_and(|a| a.as_slice() != c.addr.as_bytes())
            || f.laddr
                .as_ref()
                .is_some_and(|a| a.as_slice() != c.laddr.as_bytes())
            || f.ctype.is_some_and(|t| t != type_of(c))
            || (f.id != 0 && c.id != f.id)
            || (f.skipme && c.id == me)
            || c.killed
        {
            return;
        }
        if c.id == me {
            c.close_after_reply = true;
        } else {
            c.killed = true;
        }
        killed += 1;
    });
    Box::new(killed)
}

fn client_kill_combine(ctx: &mut ConnCtx, args: &[&[u8]], pieces: Vec<Partial>) -> CmdResult {
    let killed: u64 = pieces
        .into_iter()
        .filter_map(|p| p.downcast::<u64>().ok())
        .map(|n| *n)
        .sum();
    if args.len() == 3 {
        if killed == 0 {
            return Err(Error::fixed("ERR No such client"));
        }
        ctx.out.ok();
    } else {
        ctx.out.int(killed as i64);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::commands::testing::TestShard;

    #[test]
    fn ping_echo_quit() {
        let mut s = TestShard::new();
        assert_eq!(s.run("PING"), "+PONG\r\n");
        assert_eq!(s.run("PING hi"), "$2\r\nhi\r\n");
        assert_eq!(
            s.run("PING a b"),
            "-ERR wrong number of arguments for 'ping' command\r\n"
        );
        assert_eq!(s.run("ECHO x"), "$1\r\nx\r\n");
        assert_eq!(
            s.run("ECHO"),
            "-ERR wrong number of arguments for 'echo' command\r\n"
        );
        assert_eq!(s.run("QUIT"), "+OK\r\n");
        assert!(s.client.close_after_reply);
    }

    #[test]
    fn loopback_peers() {
        use super::is_loopback;
        assert!(is_loopback("127.0.0.1:5000") && is_loopback("::1:5000"));
        assert!(!is_loopback("192.0.2.2:5000") && !is_loopback("fd00::2:5000"));
    }

    #[test]
    fn select_checks_the_index() {
        let mut s = TestShard::new();
        assert_eq!(s.run("SELECT 3"), "+OK\r\n");
        assert_eq!(s.client.db, 3);
        assert_eq!(s.run("SELECT 16"), "-ERR DB index is out of range\r\n");
        assert_eq!(s.run("SELECT -1"), "-ERR DB index is out of range\r\n");
        assert_eq!(
            s.run("SELECT x"),
            "-ERR value is not an integer or out of range\r\n"
        );
        assert_eq!(
            s.run("SELECT 4294967296"),
            "-ERR value is not an integer or out of range\r\n"
        );
        assert_eq!(s.client.db, 3);
    }

    #[test]
    fn hello_switches_protocol_and_names() {
        let mut s = TestShard::new();
        let id = s.client.id;
        let r = s.run("HELLO 3 SETNAME app");
        assert_eq!(
            r,
            format!(
                "%7\r\n$6\r\nserver\r\n$5\r\nredis\r\n$7\r\nversion\r\n$6\r\n7.0.15\r\n$5\r\nproto\r\n:3\r\n\
                 $2\r\nid\r\n:{id}\r\n$4\r\nmode\r\n$10\r\nstandalone\r\n$4\r\nrole\r\n$6\r\nmaster\r\n\
                 $7\r\nmodules\r\n*0\r\n"
            )
        );
        assert_eq!(s.client.resp, 3);
        assert_eq!(s.run("CLIENT GETNAME"), "$3\r\napp\r\n");
        assert!(s.run("HELLO 2").starts_with("*14\r\n"));
        assert_eq!(
            s.run("HELLO 4"),
            "-NOPROTO unsupported protocol version\r\n"
        );
        assert_eq!(
            s.run("HELLO x"),
            "-ERR Protocol version is not an integer or out of range\r\n"
        );
        assert_eq!(
            s.run("HELLO 3 foo"),
            "-ERR Syntax error in HELLO option 'foo'\r\n"
        );
        assert_eq!(
            s.run("HELLO 3 SETNAME"),
            "-ERR Syntax error in HELLO option 'SETNAME'\r\n"
        );
        assert_eq!(
            s.run("HELLO 3 AUTH nobody pw"),
            "-WRONGPASS invalid username-password pair or user is disabled.\r\n"
        );
        // No password configured: the default user takes any password.
        assert!(s.run("HELLO 3 AUTH default whatever").starts_with("%7\r\n"));
    }

    #[test]
    fn auth_without_a_password_configured() {
        let mut s = TestShard::new();
        assert_eq!(
            s.run("AUTH pw"),
            "-ERR AUTH <password> called without any password configured for the default user. \
             Are you sure your configuration is correct?\r\n"
        );
        assert_eq!(s.run("AUTH default pw"), "+OK\r\n");
        assert_eq!(
            s.run("AUTH other pw"),
            "-WRONGPASS invalid username-password pair or user is disabled.\r\n"
        );
        assert_eq!(s.run("AUTH a b c"), "-ERR syntax error\r\n");
    }

    #[test]
    fn reset_restores_a_fresh_connection() {
        let mut s = TestShard::new();
        s.run("SELECT 2");
        s.run("HELLO 3");
        s.run("CLIENT SETNAME x");
        s.run("CLIENT NO-EVICT on");
        s.run("CLIENT NO-TOUCH on");
        assert_eq!(s.run("RESET"), "+RESET\r\n");
        assert_eq!((s.client.db, s.client.resp), (0, 2));
        assert!(s.client.name.is_empty() && !s.client.no_touch);
        assert!(s.client.no_evict, "7.0 keeps CLIENT NO-EVICT across RESET");
        assert!(s.client.authenticated);
    }

    #[test]
    fn client_names_and_flags() {
        let mut s = TestShard::new();
        assert_eq!(s.run("CLIENT GETNAME"), "$-1\r\n");
        assert_eq!(s.run("CLIENT SETNAME my-app"), "+OK\r\n");
        assert_eq!(s.run("CLIENT GETNAME"), "$6\r\nmy-app\r\n");
        assert_eq!(
            s.run_args(&[b"CLIENT", b"SETNAME", b"a b"]),
            "-ERR Client names cannot contain spaces, newlines or special characters.\r\n"
        );
        assert_eq!(s.run_args(&[b"CLIENT", b"SETNAME", b""]), "+OK\r\n");
        assert_eq!(s.run("CLIENT GETNAME"), "$-1\r\n");
        assert_eq!(s.run("CLIENT ID"), format!(":{}\r\n", s.client.id));
        assert_eq!(s.run("CLIENT NO-EVICT maybe"), "-ERR syntax error\r\n");
        assert_eq!(s.run("CLIENT NO-TOUCH on"), "+OK\r\n");
        assert!(s.client.no_touch);
        assert_eq!(s.run("CLIENT REPLY maybe"), "-ERR syntax error\r\n");
        assert_eq!(
            s.run("CLIENT"),
            "-ERR wrong number of arguments for 'client' command\r\n"
        );
        assert_eq!(
            s.run("CLIENT foo"),
            "-ERR unknown subcommand 'foo'. Try CLIENT HELP.\r\n"
        );
        assert_eq!(
            s.run("CLIENT SETNAME"),
            "-ERR wrong number of arguments for 'client|setname' command\r\n"
        );
        let info = s.run("CLIENT INFO");
        assert!(
            info.contains(" name= age=") && info.contains(" flags=T db=0 "),
            "{info}"
        );
        assert!(info.ends_with("resp=2\n\r\n"), "{info}");
        let help = s.run("CLIENT HELP");
        assert!(help.starts_with(
            "*50\r\n+CLIENT <subcommand> [<arg> [value] [opt] ...]. Subcommands are:\r\n"
        ));
        assert!(help.ends_with("+HELP\r\n+    Prints this help.\r\n"));
    }

    #[test]
    fn client_reply_sets_the_mode() {
        use crate::commands::client::ReplyMode;
        let mut s = TestShard::new();
        assert_eq!(s.run("CLIENT REPLY OFF"), "");
        assert_eq!(s.client.reply, ReplyMode::Off);
        assert_eq!(s.run("CLIENT REPLY SKIP"), "");
        assert_eq!(s.client.reply, ReplyMode::Off, "SKIP while OFF stays OFF");
        assert_eq!(s.run("CLIENT REPLY ON"), "+OK\r\n");
        assert_eq!(s.run("CLIENT REPLY SKIP"), "");
        assert_eq!(s.client.reply, ReplyMode::Skip);
    }

    #[test]
    fn client_kill_and_list_validate_before_fanning_out() {
        let mut s = TestShard::new();
        assert_eq!(s.run("CLIENT KILL 1.2.3.4:5"), "-ERR No such client\r\n");
        assert_eq!(
            s.run("CLIENT KILL ID 0"),
            "-ERR client-id should be greater than 0\r\n"
        );
        assert_eq!(
            s.run("CLIENT KILL ID x"),
            "-ERR client-id should be greater than 0\r\n"
        );
        assert_eq!(s.run("CLIENT KILL ID 1 SKIPME x"), "-ERR syntax error\r\n");
        assert_eq!(s.run("CLIENT KILL a b c"), "-ERR syntax error\r\n");
        assert_eq!(s.run("CLIENT KILL ID 5 extra"), "-ERR syntax error\r\n");
        assert_eq!(
            s.run("CLIENT KILL TYPE foo"),
            "-ERR Unknown client type 'foo'\r\n"
        );
        assert_eq!(s.run("CLIENT KILL USER foo"), "-ERR No such user 'foo'\r\n");
        assert_eq!(s.run("CLIENT KILL USER default"), ":0\r\n");
        assert_eq!(
            s.run("CLIENT LIST TYPE foo"),
            "-ERR Unknown client type 'foo'\r\n"
        );
        assert_eq!(s.run("CLIENT LIST ID x"), "-ERR Invalid client ID\r\n");
        assert_eq!(s.run("CLIENT LIST foo"), "-ERR syntax error\r\n");
        assert_eq!(s.run("CLIENT LIST ID 99999"), "$0\r\n\r\n");
    }
}
