//! Transactions: MULTI, EXEC, DISCARD, WATCH, UNWATCH (Redis's multi.c).
//!
//! The queue and the watched keys belong to the connection (`Client::multi`,
//! `Client::watched`); this file holds that state and the handlers that only touch it.
//! EXEC and WATCH reach shards, so the shard layer runs them (`shard::exec`): their table
//! entries carry `flag::TX`, which makes `Worker::dispatch` hand them over. Everything a
//! connection sends between MULTI and EXEC, except `runs_in_multi` commands, is queued there.
//!
//! Invariants: a queued command was resolved (name, arity) when queued; an error while
//! queueing marks the transaction `dirty` and EXEC then refuses it as Redis does.
use super::{flag, Command, ConnCtx, Handler, Keys};
use crate::commands::{CmdResult, Error};

/// The commands queued since MULTI.
#[derive(Debug, Default)]
pub struct Multi {
    pub queue: Vec<Vec<Vec<u8>>>,
    /// An error while queueing (unknown command, arity, refused): EXEC aborts.
    pub dirty: bool,
}

/// A key the connection watches, and what its shard said when WATCH ran.
#[derive(Debug, Clone)]
pub struct Watched {
    pub db: usize,
    pub key: Box<[u8]>,
    pub shard: usize,
    /// The shard's version of the key at WATCH time (bumped by every write of it).
    pub version: u64,
    /// The key existed and had not expired at WATCH time: expiring since aborts EXEC.
    pub live: bool,
}

pub const EXECABORT: Error =
    Error::fixed("EXECABORT Transaction discarded because of previous errors.");
pub const NESTED: Error = Error::fixed("ERR MULTI calls can not be nested");
pub const WATCH_IN_MULTI: Error = Error::fixed("ERR WATCH inside MULTI is not allowed");
pub const EXEC_WITHOUT: Error = Error::fixed("ERR EXEC without MULTI");
pub const DISCARD_WITHOUT: Error = Error::fixed("ERR DISCARD without MULTI");
pub const NOT_IN_MULTI: Error = Error::fixed("ERR Command not allowed inside a transaction");

/// Commands that run at once even inside MULTI (processCommand's list in Redis 7.0).
pub fn runs_in_multi(name: &str) -> bool {
    matches!(
        name,
        "exec" | "discard" | "multi" | "watch" | "quit" | "reset"
    )
}

/// EXEC's own arity error inside MULTI (execCommandAbort): the transaction goes with it.
pub fn exec_abort(err: &Error) -> Error {
    let msg = err.0.strip_prefix("ERR ").unwrap_or(&err.0);
    Error::msg(format!("EXECABORT Transaction discarded because of: {msg}"))
}

const TX_FLAGS: u32 = flag::NOSCRIPT | flag::LOADING | flag::STALE | flag::TX;

const fn tx(name: &'static str, arity: i32, flags: u32, f: super::ConnFn) -> Command {
    Command {
        group: "transactions",
        since: "1.2.0",
        ..Command::new(name, arity, flags, Keys::None, Handler::Conn(f))
    }
}

pub static COMMANDS: &[Command] = &[
    Command {
        summary: "Start a transaction block",
        ..tx("multi", 1, TX_FLAGS | flag::FAST | flag::ALLOW_BUSY, multi)
    },
    Command {
        summary: "Execute all commands issued after MULTI",
        ..tx("exec", 1, TX_FLAGS | flag::SKIP_SLOWLOG, run_by_shard)
    },
    Command {
        summary: "Discard all commands issued after MULTI",
        since: "2.0.0",
        ..tx(
            "discard",
            1,
            TX_FLAGS | flag::FAST | flag::ALLOW_BUSY,
            discard,
        )
    },
    Command {
        summary: "Watch the given keys to determine execution of the MULTI/EXEC block",
        since: "2.2.0",
        keys: Keys::Range {
            first: 1,
            last: -1,
            step: 1,
        },
        ..tx(
            "watch",
            -2,
            TX_FLAGS | flag::FAST | flag::ALLOW_BUSY,
            run_by_shard,
        )
    },
    Command {
        summary: "Forget about all watched keys",
        since: "2.2.0",
        ..tx(
            "unwatch",
            1,
            TX_FLAGS | flag::FAST | flag::ALLOW_BUSY,
            unwatch,
        )
    },
];

fn multi(ctx: &mut ConnCtx, _args: &[&[u8]]) -> CmdResult {
    if ctx.client.multi.is_some() {
        return Err(NESTED);
    }
    ctx.client.multi = Some(Box::default());
    ctx.out.ok();
    Ok(())
}

/// The worker releases the watched keys after it (it knows their shards).
fn discard(ctx: &mut ConnCtx, _args: &[&[u8]]) -> CmdResult {
    if ctx.client.multi.take().is_none() {
        return Err(DISCARD_WITHOUT);
    }
    ctx.out.ok();
    Ok(())
}

/// The worker releases the watched keys after it.
fn unwatch(ctx: &mut ConnCtx, _args: &[&[u8]]) -> CmdResult {
    ctx.out.ok();
    Ok(())
}

/// EXEC and WATCH need the shards: `Worker::dispatch` runs them, never this.
fn run_by_shard(_ctx: &mut ConnCtx, _args: &[&[u8]]) -> CmdResult {
    Err(Error::fixed("ERR this command runs in the shard layer"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::testing::TestShard;

    #[test]
    fn multi_discard_state() {
        let mut s = TestShard::new();
        assert_eq!(s.run("DISCARD"), "-ERR DISCARD without MULTI\r\n");
        assert_eq!(s.run("MULTI"), "+OK\r\n");
        assert!(s.client.multi.is_some());
        assert_eq!(s.run("MULTI"), "-ERR MULTI calls can not be nested\r\n");
        assert_eq!(s.run("DISCARD"), "+OK\r\n");
        assert!(s.client.multi.is_none());
        assert_eq!(s.run("UNWATCH"), "+OK\r\n");
    }

    #[test]
    fn exec_abort_text() {
        assert_eq!(
            exec_abort(&Error::arity("exec")).0,
            "EXECABORT Transaction discarded because of: wrong number of arguments for 'exec' command"
        );
        assert!(runs_in_multi("quit") && !runs_in_multi("unwatch"));
    }
}
