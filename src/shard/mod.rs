//! Shards and the ways commands reach them.
//!
//! Each thread owns one `Worker`: shard `id` of every database, the messages addressed to it,
//! and the coordinator state of the cross-shard work its own connections started. Nothing here
//! is shared between threads except `Shared` (queues, wake-ups, counters); the data path takes
//! no lock.
//!
//! A command reaches its keys in one of three ways (`Worker::dispatch`):
//! - **inline**: every key lives here; the handler runs at once on this shard's databases;
//! - **hop**: every key lives on one other shard; the arguments travel there once, the owner
//!   runs the handler and sends the encoded reply back;
//! - **transaction**: keys on several shards. The coordinator takes a global transaction id,
//!   then locks the keys shard by shard in ascending shard order (so two transactions can
//!   never wait on each other in a cycle), moving the locked entries into a private view.
//!   The handler runs on the view; the results move back and the locks are released.
//!
//! Invariants (each has a test in tests/atomicity.rs):
//! 1. atomic and serializable: a key locked by a transaction is untouchable until it is
//!    released; any command touching it waits in `parked`, in arrival order;
//! 2. per-connection order: a connection has at most one command in flight (the server stops
//!    parsing its input until `Host::resume`), and queues between two threads are FIFO;
//! 3. nothing lost or run twice on disconnect: work in flight belongs to the tasks and
//!    transactions, not to the connection; a reply for a vanished connection is dropped.
mod exec;
pub mod slot;

use std::cell::RefCell;
use std::collections::{HashSet, VecDeque};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, Sender};
use std::sync::Arc;
use std::time::Instant;

use slab::Slab;

use crate::commands::client::{Caller, ReplyMode};
use crate::commands::{
    self, find_sub, table, CallStats, Client, ClientSet, CmdStats, Command, ConnCtx, Ctx, ErrStats,
    Error, Fanout, Handler, KeyStats, Keyspace, Partial, ShardCtx, Targets,
};
use crate::protocol::ReplyBuf;
use crate::storage::{Db, Entry};

/// Work sent to a thread: runs there with its worker and its connections.
pub type Task = Box<dyn FnOnce(&mut Worker, &mut dyn Host) + Send>;

/// A connection of some thread: its slab index and a generation that tells a reused slot apart.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct ConnRef {
    pub idx: u32,
    pub gen: u32,
}

/// What the server layer lends the worker while tasks run: its connections.
pub trait Host: ClientSet {
    /// The client state and output buffer of a live connection of this thread.
    fn conn(&mut self, c: ConnRef) -> Option<(&mut Client, &mut ReplyBuf)>;
    /// The command the connection was waiting for has replied: parse its next input.
    fn resume(&mut self, c: ConnRef);
}

/// Process-wide, shared by every thread: the queues, the wake-ups and the transaction clock.
pub struct Shared {
    pub nshards: usize,
    senders: Vec<Sender<Task>>,
    /// eventfd per thread, written to wake a thread sleeping in its ring.
    wake_fds: Vec<i32>,
    sleeping: Vec<AtomicBool>,
    next_txid: AtomicU64,
    pub shutdown: AtomicBool,
}

impl Shared {
    /// Creates the shared part and each thread's inbox.
    pub fn new(nshards: usize) -> (Arc<Shared>, Vec<Receiver<Task>>) {
        let mut senders = Vec::new();
        let mut receivers = Vec::new();
        let mut wake_fds = Vec::new();
        for _ in 0..nshards {
            let (tx, rx) = std::sync::mpsc::channel();
            senders.push(tx);
            receivers.push(rx);
            // Blocking on purpose: io_uring honours O_NONBLOCK and would complete the armed
            // read at once with EAGAIN, turning every idle loop into a spin.
            // SAFETY: eventfd has no memory-safety preconditions; the result is checked.
            let fd = unsafe { libc::eventfd(0, libc::EFD_CLOEXEC) };
            assert!(fd >= 0, "eventfd: {}", std::io::Error::last_os_error());
            wake_fds.push(fd);
        }
        let shared = Shared {
            nshards,
            senders,
            wake_fds,
            sleeping: (0..nshards).map(|_| AtomicBool::new(false)).collect(),
            next_txid: AtomicU64::new(1),
            shutdown: AtomicBool::new(false),
        };
        (Arc::new(shared), receivers)
    }

    pub fn wake_fd(&self, thread: usize) -> i32 {
        self.wake_fds[thread]
    }

    /// Wakes `thread` if it is (about to be) asleep in its ring.
    pub fn wake(&self, thread: usize) {
        if self.sleeping[thread].load(Ordering::SeqCst) {
            self.force_wake(thread);
        }
    }

    pub fn force_wake(&self, thread: usize) {
        let one: u64 = 1;
        // SAFETY: writes 8 bytes from a live u64 to our own eventfd; a full counter only
        // means the thread is awake already.
        unsafe {
            libc::write(
                self.wake_fds[thread],
                &one as *const u64 as *const libc::c_void,
                8,
            );
        }
    }

    pub fn wake_all(&self) {
        for t in 0..self.nshards {
            self.force_wake(t);
        }
    }

    /// Marks the thread asleep. The caller must check its inbox once more after this and
    /// before blocking: a sender that saw the flag clear has already queued its task.
    pub fn set_sleeping(&self, thread: usize, v: bool) {
        self.sleeping[thread].store(v, Ordering::SeqCst);
    }

    #[inline]
    pub fn shard_of(&self, key: &[u8]) -> usize {
        if self.nshards == 1 {
            0
        } else {
            slot::slot(key) % self.nshards
        }
    }
}

pub enum Outcome {
    /// The reply is in the output buffer.
    Done,
    /// The command runs elsewhere: stop reading this connection until `Host::resume`.
    Pending,
}

/// Work waiting for keys another transaction holds, in arrival order.
struct Parked {
    db: usize,
    keys: Vec<Box<[u8]>>,
    whole: bool,
    task: Task,
}

/// A request to lock keys (or a whole shard) on behalf of a transaction.
struct LockReq {
    origin: usize,
    tx: usize,
    dbs: Vec<usize>,
    keys: Vec<Box<[u8]>>,
    whole: bool,
    /// Granted to an EXEC (`exec::Exec`) rather than a `Tx`.
    exec: bool,
}

enum TxKind {
    Keyed(&'static Command),
    Fanout(&'static Fanout),
}

/// Coordinator side of a cross-shard transaction or an exclusive fan-out.
struct Tx {
    conn: ConnRef,
    suppress: bool,
    kind: TxKind,
    args: Vec<Vec<u8>>,
    db: usize,
    client_id: u64,
    resp: u8,
    touch: bool,
    /// Ascending shard order; the keys each shard owns (empty with `whole`).
    plan: Vec<(usize, Vec<Box<[u8]>>)>,
    whole: bool,
    /// Databases whose entries for the keys move into the view.
    dbs: Vec<usize>,
    locked: usize,
    view: Vec<Db>,
    pieces: Vec<Option<Partial>>,
    waiting: usize,
}

/// Coordinator side of a non-exclusive fan-out (DBSIZE, KEYS, SCAN, INFO...).
struct Gather {
    conn: ConnRef,
    suppress: bool,
    fanout: &'static Fanout,
    args: Vec<Vec<u8>>,
    pieces: Vec<Option<Partial>>,
    waiting: usize,
}

pub struct Worker {
    pub id: usize,
    pub shared: Arc<Shared>,
    pub dbs: Vec<Db>,
    pub stats: KeyStats,
    pub cmdstats: CmdStats,
    pub errstats: ErrStats,
    /// See `stat`: the entry of `cmdstats` for `hot_stat_name`, while it is out of the map.
    hot_stat: commands::CmdStat,
    hot_stat_name: String,
    pub now_ms: u64,
    inbox: Receiver<Task>,
    local: VecDeque<Task>,
    to_wake: Vec<bool>,
    locks: HashSet<(usize, Box<[u8]>)>,
    whole_locked: bool,
    parked: VecDeque<Parked>,
    /// True while `unpark` runs a parked task (see `must_wait`).
    unparking: bool,
    txs: Slab<Tx>,
    gathers: Slab<Gather>,
    execs: Slab<exec::Exec>,
    watch_gathers: Slab<exec::WatchGather>,
    watches: exec::WatchTable,
    key_pos: Vec<usize>,
    rng: u64,
}

/// Entries moving back to a shard after a transaction: (db, key, entry).
pub(crate) type Puts = Vec<(usize, Box<[u8]>, Entry)>;

/// What goes back to one shard: its locked keys and the entries now held for them.
/// One shard's share of a view going back: the shard, its locked keys, their entries, and
/// those of its keys the command modified (for WATCH).
pub(crate) type Return = (usize, Vec<Box<[u8]>>, Puts, Vec<Box<[u8]>>);

/// Takes every locked key's entry (present or not) out of a transaction's view, grouped by
/// the shard that owns it, in the plan's order, each with its keys among `modified`.
pub(crate) fn split_view(
    view: &mut [Db],
    dbs: &[usize],
    plan: Vec<(usize, Vec<Box<[u8]>>)>,
    modified: &[Box<[u8]>],
) -> Vec<Return> {
    plan.into_iter()
        .map(|(shard, keys)| {
            let mut puts = Vec::new();
            for &db in dbs {
                for k in &keys {
                    if let Some(e) = view[db].remove(k) {
                        puts.push((db, k.clone(), e));
                    }
                }
            }
            let signal = keys
                .iter()
                .filter(|k| modified.contains(k))
                .cloned()
                .collect();
            (shard, keys, puts, signal)
        })
        .collect()
}

fn owned_args(args: &[&[u8]]) -> Vec<Vec<u8>> {
    args.iter().map(|a| a.to_vec()).collect()
}

fn borrowed(args: &[Vec<u8>]) -> Vec<&[u8]> {
    args.iter().map(|a| a.as_slice()).collect()
}

/// Whether a command's reply is dropped under CLIENT REPLY OFF|SKIP, and the mode after it.
fn reply_mode_after(before: ReplyMode, after: ReplyMode) -> (bool, ReplyMode) {
    // CLIENT REPLY ON answers even when replies were off; OFF and SKIP never answer.
    let suppress = match (before, after) {
        (_, ReplyMode::Off | ReplyMode::Skip) => true,
        // Only CLIENT REPLY ON (or RESET) turns replies back on, and its own reply is sent.
        (ReplyMode::Off | ReplyMode::SkipThis, ReplyMode::On) => false,
        (ReplyMode::Off | ReplyMode::SkipThis, _) => true,
        _ => false,
    };
    let next = match (before, after) {
        (_, ReplyMode::Skip) => ReplyMode::SkipThis,
        (ReplyMode::SkipThis, ReplyMode::SkipThis) => ReplyMode::On,
        (_, m) => m,
    };
    (suppress, next)
}

impl Worker {
    pub fn new(id: usize, shared: Arc<Shared>, inbox: Receiver<Task>, databases: usize) -> Worker {
        let n = shared.nshards;
        Worker {
            id,
            shared,
            dbs: (0..databases).map(|_| Db::new()).collect(),
            stats: KeyStats::default(),
            cmdstats: CmdStats::default(),
            errstats: ErrStats::new(),
            hot_stat: Default::default(),
            hot_stat_name: String::new(),
            now_ms: 0,
            inbox,
            local: VecDeque::new(),
            to_wake: vec![false; n],
            locks: HashSet::new(),
            whole_locked: false,
            parked: VecDeque::new(),
            unparking: false,
            txs: Slab::new(),
            gathers: Slab::new(),
            execs: Slab::new(),
            watch_gathers: Slab::new(),
            watches: exec::WatchTable::new(databases),
            key_pos: Vec::new(),
            rng: 0x9E37_79B9_7F4A_7C15 ^ ((id as u64 + 1) << 32),
        }
    }

    pub fn rand(&mut self) -> u64 {
        // xorshift64*: fast, good enough for sampling keys.
        self.rng ^= self.rng >> 12;
        self.rng ^= self.rng << 25;
        self.rng ^= self.rng >> 27;
        self.rng.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Queues a task for `thread` (this one included); wake-ups are sent by `flush_wakes`.
    pub fn send(&mut self, thread: usize, task: Task) {
        if thread == self.id {
            self.local.push_back(task);
        } else {
            // The receiver lives as long as the process; a send can only fail at exit.
            let _ = self.shared.senders[thread].send(task);
            self.to_wake[thread] = true;
        }
    }

    /// Wakes the threads this turn sent work to (one eventfd write each at most).
    pub fn flush_wakes(&mut self) {
        for t in 0..self.to_wake.len() {
            if std::mem::take(&mut self.to_wake[t]) {
                self.shared.wake(t);
            }
        }
    }

    /// Before sleeping: moves one task from the inbox to the local queue if there is one, so
    /// a task sent just before the sleeping flag went up is not left waiting.
    pub fn pull_inbox(&mut self) -> bool {
        match self.inbox.try_recv() {
            Ok(t) => {
                self.local.push_back(t);
                true
            }
            Err(_) => false,
        }
    }

    pub fn has_tasks(&self) -> bool {
        !self.local.is_empty()
    }

    /// Runs every queued task, local ones and those from other threads, until none is left.
    pub fn run_tasks(&mut self, host: &mut dyn Host) -> usize {
        let mut n = 0;
        loop {
            let task = match self.local.pop_front() {
                Some(t) => t,
                None => match self.inbox.try_recv() {
                    Ok(t) => t,
                    Err(_) => return n,
                },
            };
            task(self, host);
            n += 1;
        }
    }

    // ---- locks ------------------------------------------------------------------------

    #[inline]
    fn contended(&self) -> bool {
        self.whole_locked || !self.locks.is_empty() || !self.parked.is_empty()
    }

    fn conflicts_with_locks(&self, db: usize, keys: &[Box<[u8]>], whole: bool) -> bool {
        if self.whole_locked || (whole && !self.locks.is_empty()) {
            return true;
        }
        keys.iter().any(|k| self.locks.contains(&(db, k.clone())))
    }

    fn parked_conflict(p: &Parked, db: usize, keys: &[Box<[u8]>], whole: bool) -> bool {
        p.whole || whole || (p.db == db && p.keys.iter().any(|k| keys.contains(k)))
    }

    /// Must work on these keys wait? It must if a lock holds them or earlier work waits for
    /// them. Work that `unpark` is running was first in line already: only locks count.
    fn must_wait(&self, db: usize, keys: &[Box<[u8]>], whole: bool) -> bool {
        self.contended()
            && (self.conflicts_with_locks(db, keys, whole)
                || (!self.unparking
                    && self
                        .parked
                        .iter()
                        .any(|p| Self::parked_conflict(p, db, keys, whole))))
    }

    fn park(&mut self, db: usize, keys: Vec<Box<[u8]>>, whole: bool, task: Task) {
        self.parked.push_back(Parked {
            db,
            keys,
            whole,
            task,
        });
    }

    /// After locks were released: runs the parked work that can now go, oldest first, never
    /// letting work overtake earlier work on the same keys.
    fn unpark(&mut self, host: &mut dyn Host) {
        loop {
            let mut found = None;
            for i in 0..self.parked.len() {
                let p = &self.parked[i];
                if self.conflicts_with_locks(p.db, &p.keys, p.whole) {
                    continue;
                }
                let blocked = self
                    .parked
                    .iter()
                    .take(i)
                    .any(|q| Self::parked_conflict(q, p.db, &p.keys, p.whole));
                if !blocked {
                    found = Some(i);
                    break;
                }
            }
            let Some(i) = found else { return };
            let p = self.parked.remove(i).expect("index from the scan above");
            self.unparking = true;
            (p.task)(self, host);
            self.unparking = false;
        }
    }

    // ---- dispatch -----------------------------------------------------------------------

    /// Runs one request of a connection of this thread. `args[0]` is the command name.
    pub fn dispatch(
        &mut self,
        conn: ConnRef,
        client: &mut Client,
        out: &mut ReplyBuf,
        args: &[&[u8]],
    ) -> Outcome {
        let start_len = out.buf.len();
        let mode_before = client.reply;
        let outcome = self.dispatch_inner(conn, client, out, args);
        let (suppress, next) = reply_mode_after(mode_before, client.reply);
        client.reply = next;
        if suppress {
            out.buf.truncate(start_len);
        }
        outcome
    }

    fn resolve(args: &[&[u8]]) -> Result<(&'static Command, String), Error> {
        let Some(cmd) = table().get(args[0]) else {
            return Err(Error::unknown_command(args));
        };
        if let Handler::Container = cmd.handler {
            if args.len() < 2 {
                if cmd.bare.is_some() && cmd.arity_ok(args.len()) {
                    return Ok((cmd, String::new()));
                }
                return Err(Error::arity(cmd.name));
            }
            let sub = find_sub(cmd.subcommands, args[1])
                .ok_or_else(|| Error::unknown_subcommand(args[1], cmd.name))?;
            let name = sub.full_name(Some(cmd));
            if !sub.arity_ok(args.len()) {
                return Err(Error::arity(&name));
            }
            return Ok((sub, name));
        }
        if !cmd.arity_ok(args.len()) {
            return Err(Error::arity(cmd.name));
        }
        Ok((cmd, String::new()))
    }

    fn dispatch_inner(
        &mut self,
        conn: ConnRef,
        client: &mut Client,
        out: &mut ReplyBuf,
        args: &[&[u8]],
    ) -> Outcome {
        let (cmd, sub_name) = match Self::resolve(args) {
            Ok(c) => c,
            Err(e) => {
                // Redis blames an arity error on the (sub)command; an unknown one on nothing.
                if let Some(c) = table().get(args[0]) {
                    match c.handler {
                        Handler::Container => {
                            if let Some(sub) = args.get(1).and_then(|a| find_sub(c.subcommands, a))
                            {
                                self.stat(&sub.full_name(Some(c))).rejected += 1;
                            } else if args.len() < 2 {
                                self.stat(c.name).rejected += 1;
                            }
                        }
                        _ => self.stat(c.name).rejected += 1,
                    }
                }
                let e = self.multi_rejected(client, args, e);
                commands::count_error(&mut self.errstats, &e.0);
                out.error(&e.0);
                return Outcome::Done;
            }
        };
        let name: &str = if sub_name.is_empty() {
            cmd.name
        } else {
            &sub_name
        };
        if !client.authenticated && cmd.flags & commands::flag::NO_AUTH == 0 {
            self.stat(name).rejected += 1;
            let e = self.multi_rejected(client, args, Error::NOAUTH);
            commands::count_error(&mut self.errstats, &e.0);
            out.error(&e.0);
            return Outcome::Done;
        }
        if client.multi.is_some() {
            if let Some(o) = self.in_multi(client, out, args, cmd, name) {
                return o;
            }
        }
        if client.last_cmd != name {
            client.last_cmd.clear();
            client.last_cmd.push_str(name);
        }
        client.last_ms = self.now_ms;
        let started = Instant::now();
        let (result, outcome) = match cmd.handler {
            _ if cmd.flags & commands::flag::TX != 0 => {
                self.tx_command(conn, client, out, args, cmd)
            }
            Handler::Keyed(f) => self.route_keyed(conn, client, out, args, cmd, f),
            Handler::Conn(f) => {
                let mut ctx = ConnCtx {
                    out,
                    client,
                    now_ms: self.now_ms,
                    nshards: self.shared.nshards,
                };
                (f(&mut ctx, args), Outcome::Done)
            }
            Handler::Fanout(fo) => self.start_fanout(conn, client, out, args, fo),
            Handler::Container => {
                let f = cmd
                    .bare
                    .expect("resolve() picks the subcommand unless the container runs bare");
                let mut ctx = ConnCtx {
                    out,
                    client,
                    now_ms: self.now_ms,
                    nshards: self.shared.nshards,
                };
                (f(&mut ctx, args), Outcome::Done)
            }
        };
        let usec = started.elapsed().as_micros() as u64;
        let st = self.stat(name);
        st.calls += 1;
        st.usec += usec;
        if let Err(e) = result {
            st.failed += 1;
            commands::count_error(&mut self.errstats, &e.0);
            out.error(&e.0);
        }
        outcome
    }

    /// The statistics of command `name`. The last command's entry is kept out of the map
    /// (pipelines repeat one command: no hashing per call); `flush_stat` puts it back before
    /// anyone reads `cmdstats`.
    fn stat(&mut self, name: &str) -> &mut commands::CmdStat {
        if self.hot_stat_name != name {
            self.flush_stat();
            self.hot_stat = self.cmdstats.remove(name).unwrap_or_default();
            self.hot_stat_name.push_str(name);
        }
        &mut self.hot_stat
    }

    fn flush_stat(&mut self) {
        if !self.hot_stat_name.is_empty() {
            let name = std::mem::take(&mut self.hot_stat_name);
            self.cmdstats
                .insert(name, std::mem::take(&mut self.hot_stat));
        }
    }

    fn route_keyed(
        &mut self,
        conn: ConnRef,
        client: &mut Client,
        out: &mut ReplyBuf,
        args: &[&[u8]],
        cmd: &'static Command,
        f: commands::KeyedFn,
    ) -> (Result<(), Error>, Outcome) {
        let mut kp = std::mem::take(&mut self.key_pos);
        cmd.key_positions(args, &mut kp);
        let mut target = self.id;
        let mut multi = false;
        if self.shared.nshards > 1 && !kp.is_empty() {
            target = self.shared.shard_of(args[kp[0]]);
            multi = kp[1..]
                .iter()
                .any(|&i| self.shared.shard_of(args[i]) != target);
        }
        // Keys found from the data (SORT's patterns) may live anywhere: a transaction finds them.
        multi |= self.shared.nshards > 1 && cmd.data_keys.is_some_and(|d| (d.named)(args));
        let keys_of =
            |kp: &[usize]| -> Vec<Box<[u8]>> { kp.iter().map(|&i| Box::from(args[i])).collect() };
        if multi {
            let keys = keys_of(&kp);
            self.key_pos = kp;
            self.start_tx(conn, client, args, TxKind::Keyed(cmd), keys);
            (Ok(()), Outcome::Pending)
        } else if target == self.id {
            if self.contended() && self.must_wait(client.db, &keys_of(&kp), false) {
                let keys = keys_of(&kp);
                self.key_pos = kp;
                let (db, resp, touch, args) =
                    (client.db, client.resp, !client.no_touch, owned_args(args));
                let suppress = matches!(client.reply, ReplyMode::Off | ReplyMode::SkipThis);
                self.park(
                    db,
                    keys,
                    false,
                    Box::new(move |w: &mut Worker, host: &mut dyn Host| {
                        let bytes = w.run_keyed_here(f, &args, db, resp, touch);
                        w.deliver(host, conn, bytes, suppress);
                    }),
                );
                return (Ok(()), Outcome::Pending);
            }
            self.key_pos = kp;
            // Reads too: one may rewrite its key (PFCOUNT), which WATCH must see.
            if self.watches.count != 0 {
                let r = self.run_keyed_into(out, cmd, f, args, client.db, !client.no_touch);
                return (r, Outcome::Done);
            }
            let mut ctx = Ctx {
                out,
                ks: Keyspace {
                    dbs: &mut self.dbs,
                    db: client.db,
                    now_ms: self.now_ms,
                    touch: !client.no_touch,
                    stats: &mut self.stats,
                },
            };
            (f(&mut ctx, args), Outcome::Done)
        } else {
            self.key_pos = kp;
            self.hop(conn, client, args, f, target);
            (Ok(()), Outcome::Pending)
        }
    }

    /// Runs a keyed handler on this shard's own databases and returns the encoded reply.
    fn run_keyed_here(
        &mut self,
        f: commands::KeyedFn,
        args: &[Vec<u8>],
        db: usize,
        resp: u8,
        touch: bool,
    ) -> Vec<u8> {
        let args = borrowed(args);
        let mut out = ReplyBuf::new(resp);
        if self.watches.count != 0 {
            if let Ok((cmd, _)) = Self::resolve(&args) {
                if let Handler::Keyed(f) = cmd.handler {
                    if let Err(e) = self.run_keyed_into(&mut out, cmd, f, &args, db, touch) {
                        commands::count_error(&mut self.errstats, &e.0);
                        out.error(&e.0);
                    }
                    return out.buf;
                }
            }
        }
        let mut ctx = Ctx {
            out: &mut out,
            ks: Keyspace {
                dbs: &mut self.dbs,
                db,
                now_ms: self.now_ms,
                touch,
                stats: &mut self.stats,
            },
        };
        if let Err(e) = f(&mut ctx, &args) {
            commands::count_error(&mut self.errstats, &e.0);
            out.error(&e.0);
        }
        out.buf
    }

    /// Hands a reply to a connection of this thread and lets it go on.
    fn deliver(&mut self, host: &mut dyn Host, conn: ConnRef, bytes: Vec<u8>, suppress: bool) {
        if let Some((_, out)) = host.conn(conn) {
            if !suppress {
                out.buf.extend_from_slice(&bytes);
            }
            host.resume(conn);
        }
    }

    /// All keys live on one other shard: send the command there, get the reply back.
    fn hop(
        &mut self,
        conn: ConnRef,
        client: &Client,
        args: &[&[u8]],
        f: commands::KeyedFn,
        target: usize,
    ) {
        let origin = self.id;
        let (db, resp, touch) = (client.db, client.resp, !client.no_touch);
        let suppress = matches!(client.reply, ReplyMode::Off | ReplyMode::SkipThis);
        let args = owned_args(args);
        let run: Task = Box::new(move |w: &mut Worker, _host: &mut dyn Host| {
            w.run_remote(f, args, db, resp, touch, origin, conn, suppress);
        });
        self.send(target, run);
    }

    #[allow(clippy::too_many_arguments)]
    fn run_remote(
        &mut self,
        f: commands::KeyedFn,
        args: Vec<Vec<u8>>,
        db: usize,
        resp: u8,
        touch: bool,
        origin: usize,
        conn: ConnRef,
        suppress: bool,
    ) {
        if self.contended() {
            let cmd_keys = self.keys_of_owned(&args);
            if self.must_wait(db, &cmd_keys, false) {
                self.park(
                    db,
                    cmd_keys,
                    false,
                    Box::new(move |w: &mut Worker, _host: &mut dyn Host| {
                        let bytes = w.run_keyed_here(f, &args, db, resp, touch);
                        w.send(
                            origin,
                            Box::new(move |w, host| w.deliver(host, conn, bytes, suppress)),
                        );
                    }),
                );
                return;
            }
        }
        let bytes = self.run_keyed_here(f, &args, db, resp, touch);
        self.send(
            origin,
            Box::new(move |w, host| w.deliver(host, conn, bytes, suppress)),
        );
    }

    fn keys_of_owned(&mut self, args: &[Vec<u8>]) -> Vec<Box<[u8]>> {
        let b = borrowed(args);
        let Ok((cmd, _)) = Self::resolve(&b) else {
            return Vec::new();
        };
        let mut kp = Vec::new();
        cmd.key_positions(&b, &mut kp);
        kp.iter().map(|&i| Box::from(b[i])).collect()
    }

    // ---- cross-shard transactions ------------------------------------------------------

    /// The databases a keyed command reaches: the selected one, plus the target of
    /// COPY ... DB n and of MOVE (a transaction moves their entries; WATCH looks at both).
    pub(super) fn tx_dbs(cmd: &Command, args: &[&[u8]], db: usize, ndbs: usize) -> Vec<usize> {
        let mut dbs = vec![db];
        if cmd.name == "move" {
            if let Some(n) = args.get(2).and_then(|a| crate::num::parse_i64(a)) {
                if n >= 0 && (n as usize) < ndbs && n as usize != db {
                    dbs.push(n as usize);
                }
            }
        } else if cmd.name == "copy" {
            for w in args.windows(2) {
                if commands::is(w[0], "db") {
                    if let Some(n) = crate::num::parse_i64(w[1]) {
                        if n >= 0 && (n as usize) < ndbs && n as usize != db {
                            dbs.push(n as usize);
                        }
                    }
                }
            }
        }
        dbs
    }

    fn start_tx(
        &mut self,
        conn: ConnRef,
        client: &Client,
        args: &[&[u8]],
        kind: TxKind,
        keys: Vec<Box<[u8]>>,
    ) {
        let plan = self.plan_of(keys);
        let dbs = match kind {
            TxKind::Keyed(cmd) => Self::tx_dbs(cmd, args, client.db, self.dbs.len()),
            TxKind::Fanout(_) => vec![client.db],
        };
        self.begin_tx(conn, client, args, kind, plan, false, dbs);
    }

    /// `keys` by owning shard, each once, shards ascending (the order locks are taken in).
    pub(super) fn plan_of(&self, keys: Vec<Box<[u8]>>) -> Vec<(usize, Vec<Box<[u8]>>)> {
        let mut plan: Vec<(usize, Vec<Box<[u8]>>)> = Vec::new();
        let mut seen = HashSet::new();
        for k in keys {
            if !seen.insert(k.clone()) {
                continue;
            }
            let s = self.shared.shard_of(&k);
            match plan.iter_mut().find(|(t, _)| *t == s) {
                Some((_, ks)) => ks.push(k),
                None => plan.push((s, vec![k])),
            }
        }
        plan.sort_by_key(|(s, _)| *s);
        plan
    }

    /// The keys a command's data names (`commands::DataKeys`) that `plan` lacks, found in
    /// `view`; empty for every other command and with one shard.
    pub(super) fn missing_data_keys(
        &self,
        cmd: &Command,
        args: &[&[u8]],
        plan: &[(usize, Vec<Box<[u8]>>)],
        view: &mut Db,
    ) -> Vec<Box<[u8]>> {
        let Some(d) = cmd.data_keys else {
            return Vec::new();
        };
        if self.shared.nshards == 1 || !(d.named)(args) {
            return Vec::new();
        }
        let planned: HashSet<&[u8]> = plan
            .iter()
            .flat_map(|(_, ks)| ks.iter().map(|k| &**k))
            .collect();
        (d.find)(view, self.now_ms, args)
            .into_iter()
            .filter(|k| !planned.contains(k.as_slice()))
            .map(Box::from)
            .collect()
    }

    #[allow(clippy::too_many_arguments)]
    fn begin_tx(
        &mut self,
        conn: ConnRef,
        client: &Client,
        args: &[&[u8]],
        kind: TxKind,
        plan: Vec<(usize, Vec<Box<[u8]>>)>,
        whole: bool,
        dbs: Vec<usize>,
    ) {
        // The id orders transactions globally (logs, debugging); deadlock freedom comes from
        // locking shards in ascending order.
        let _txid = self.shared.next_txid.fetch_add(1, Ordering::Relaxed);
        let n = plan.len();
        let tx = Tx {
            conn,
            suppress: matches!(client.reply, ReplyMode::Off | ReplyMode::SkipThis),
            kind,
            args: owned_args(args),
            db: client.db,
            client_id: client.id,
            resp: client.resp,
            touch: !client.no_touch,
            plan,
            whole,
            dbs,
            locked: 0,
            view: (0..self.dbs.len()).map(|_| Db::new()).collect(),
            pieces: (0..n).map(|_| None).collect(),
            waiting: 0,
        };
        let idx = self.txs.insert(tx);
        self.tx_lock_next(idx);
    }

    /// The data named keys the transaction did not lock (SORT's patterns): give everything
    /// back, unlocked and unchanged, and start over with those keys too. Locks are only ever
    /// taken in ascending shard order, so more cannot simply be added to the ones held.
    fn retry_tx(&mut self, mut tx: Tx, missing: Vec<Box<[u8]>>) {
        let mut keys: Vec<Box<[u8]>> = tx.plan.iter().flat_map(|(_, ks)| ks.clone()).collect();
        keys.extend(missing);
        let plan = std::mem::take(&mut tx.plan);
        for (shard, keys, puts, signal) in split_view(&mut tx.view, &tx.dbs, plan, &[]) {
            let dbs = tx.dbs.clone();
            self.send(
                shard,
                Box::new(move |w, host| w.unlock(dbs, keys, false, puts, signal, host)),
            );
        }
        let plan = self.plan_of(keys);
        let n = plan.len();
        let tx = Tx {
            plan,
            locked: 0,
            view: (0..self.dbs.len()).map(|_| Db::new()).collect(),
            pieces: (0..n).map(|_| None).collect(),
            waiting: 0,
            ..tx
        };
        let idx = self.txs.insert(tx);
        self.tx_lock_next(idx);
    }

    fn tx_lock_next(&mut self, idx: usize) {
        let tx = &self.txs[idx];
        if tx.locked == tx.plan.len() {
            self.tx_locked_all(idx);
            return;
        }
        let (shard, keys) = &tx.plan[tx.locked];
        let req = LockReq {
            origin: self.id,
            tx: idx,
            dbs: tx.dbs.clone(),
            keys: keys.clone(),
            whole: tx.whole,
            exec: false,
        };
        let take = matches!(tx.kind, TxKind::Keyed(_));
        let shard = *shard;
        self.send(
            shard,
            Box::new(move |w, host| w.lock_request(req, take, host)),
        );
    }

    /// On the owning shard: lock the keys (waiting behind earlier work), move their entries
    /// out if `take`, and tell the coordinator.
    fn lock_request(&mut self, req: LockReq, take: bool, _host: &mut dyn Host) {
        let db0 = req.dbs[0];
        if self.must_wait(db0, &req.keys, req.whole) {
            let keys = req.keys.clone();
            let whole = req.whole;
            self.park(
                db0,
                keys,
                whole,
                Box::new(move |w, host| w.lock_request(req, take, host)),
            );
            return;
        }
        let mut entries = Vec::new();
        if req.whole {
            self.whole_locked = true;
        } else {
            for &db in &req.dbs {
                for k in &req.keys {
                    self.locks.insert((db, k.clone()));
                }
            }
            if take {
                entries = self.take_entries(&req.dbs, &req.keys);
            }
        }
        let tx = req.tx;
        if req.exec {
            self.send(req.origin, Box::new(move |w, _host| w.exec_granted(tx)));
            return;
        }
        self.send(
            req.origin,
            Box::new(move |w, _host| w.tx_granted(tx, entries)),
        );
    }

    fn tx_granted(&mut self, idx: usize, entries: Vec<(usize, Box<[u8]>, Entry)>) {
        let tx = &mut self.txs[idx];
        for (db, k, e) in entries {
            tx.view[db].insert_entry(&k, e);
        }
        tx.locked += 1;
        self.tx_lock_next(idx);
    }

    /// Runs a keyed handler on a transaction's view of its keys (the view's databases `dbs`,
    /// the command's `db`); an error becomes the reply. Returns the keys it modified, as
    /// WATCH counts them (`exec::written_keys`, `exec::modified_keys`).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn run_on_view(
        &mut self,
        cmd: &'static Command,
        view: &mut [Db],
        dbs: &[usize],
        db: usize,
        touch: bool,
        args: &[&[u8]],
        out: &mut ReplyBuf,
    ) -> Vec<Box<[u8]>> {
        let Handler::Keyed(f) = cmd.handler else {
            unreachable!("views run keyed handlers")
        };
        let now = self.now_ms;
        let exists = |view: &[Db], k: &[u8]| dbs.iter().any(|&d| view[d].contains(k, now));
        let (kp, existed) = if cmd.is_write() {
            exec::written_keys(cmd, args, |k| exists(view, k))
        } else {
            (Vec::new(), 0)
        };
        let mut ctx = Ctx {
            out,
            ks: Keyspace {
                dbs: view,
                db,
                now_ms: now,
                touch,
                stats: &mut self.stats,
            },
        };
        let ok = match f(&mut ctx, args) {
            Ok(()) => true,
            Err(e) => {
                commands::count_error(&mut self.errstats, &e.0);
                ctx.out.error(&e.0);
                false
            }
        };
        exec::modified_keys(args, &kp, existed, ok, |k| exists(view, k))
            .into_iter()
            .map(Box::from)
            .collect()
    }

    fn tx_locked_all(&mut self, idx: usize) {
        match self.txs[idx].kind {
            TxKind::Keyed(cmd) => {
                let mut tx = self.txs.remove(idx);
                let missing = {
                    let args = borrowed(&tx.args);
                    self.missing_data_keys(cmd, &args, &tx.plan, &mut tx.view[tx.db])
                };
                if !missing.is_empty() {
                    self.retry_tx(tx, missing);
                    return;
                }
                let args = borrowed(&tx.args);
                let mut out = ReplyBuf::new(tx.resp);
                let (db, touch) = (tx.db, tx.touch);
                let modified =
                    self.run_on_view(cmd, &mut tx.view, &tx.dbs, db, touch, &args, &mut out);
                let plan = std::mem::take(&mut tx.plan);
                for (shard, keys, puts, signal) in
                    split_view(&mut tx.view, &tx.dbs, plan, &modified)
                {
                    let dbs = tx.dbs.clone();
                    self.send(
                        shard,
                        Box::new(move |w, host| w.unlock(dbs, keys, false, puts, signal, host)),
                    );
                }
                let (conn, suppress) = (tx.conn, tx.suppress);
                self.send(
                    self.id,
                    Box::new(move |w, host| w.deliver(host, conn, out.buf, suppress)),
                );
            }
            TxKind::Fanout(fo) => {
                // Every shard is locked whole: run the pieces, then release.
                let tx = &mut self.txs[idx];
                tx.waiting = tx.plan.len();
                let targets: Vec<usize> = tx.plan.iter().map(|(s, _)| *s).collect();
                let (args, db, client_id) = (tx.args.clone(), tx.db, tx.client_id);
                let origin = self.id;
                for (i, s) in targets.into_iter().enumerate() {
                    let args = args.clone();
                    self.send(
                        s,
                        Box::new(move |w, host| {
                            let piece = w.run_piece(fo, &args, db, client_id, host);
                            w.send(
                                origin,
                                Box::new(move |w, host| w.tx_piece(idx, i, piece, host)),
                            );
                        }),
                    );
                }
            }
        }
    }

    fn tx_piece(&mut self, idx: usize, i: usize, piece: Partial, host: &mut dyn Host) {
        let tx = &mut self.txs[idx];
        tx.pieces[i] = Some(piece);
        tx.waiting -= 1;
        if tx.waiting > 0 {
            return;
        }
        let tx = self.txs.remove(idx);
        for (shard, _) in &tx.plan {
            self.send(
                *shard,
                Box::new(move |w, host| {
                    w.unlock(Vec::new(), Vec::new(), true, Vec::new(), Vec::new(), host)
                }),
            );
        }
        let TxKind::Fanout(fo) = tx.kind else {
            unreachable!("pieces belong to fan-outs")
        };
        let pieces = tx
            .pieces
            .into_iter()
            .map(|p| p.expect("every piece arrived"))
            .collect();
        self.combine(host, tx.conn, tx.suppress, fo, &tx.args, pieces);
    }

    /// On the owning shard: put the entries back, bump the watched keys in `signal` (those
    /// the command modified), release the locks, let waiting work run.
    fn unlock(
        &mut self,
        dbs: Vec<usize>,
        keys: Vec<Box<[u8]>>,
        whole: bool,
        puts: Vec<(usize, Box<[u8]>, Entry)>,
        signal: Vec<Box<[u8]>>,
        host: &mut dyn Host,
    ) {
        self.put_back(&dbs, puts, &signal);
        if whole {
            self.whole_locked = false;
        }
        for db in dbs {
            for k in &keys {
                self.locks.remove(&(db, k.clone()));
            }
        }
        self.unpark(host);
    }

    // ---- fan-outs ----------------------------------------------------------------------

    fn start_fanout(
        &mut self,
        conn: ConnRef,
        client: &mut Client,
        out: &mut ReplyBuf,
        args: &[&[u8]],
        fo: &'static Fanout,
    ) -> (Result<(), Error>, Outcome) {
        let nshards = self.shared.nshards;
        let targets = {
            let mut ctx = ConnCtx {
                out,
                client,
                now_ms: self.now_ms,
                nshards,
            };
            match (fo.prepare)(&mut ctx, args) {
                Ok(t) => t,
                Err(e) => return (Err(e), Outcome::Done),
            }
        };
        let targets: Vec<usize> = match targets {
            Targets::All => (0..nshards).collect(),
            Targets::One(s) => vec![s.min(nshards - 1)],
            Targets::From(s) => (s.min(nshards - 1)..nshards).collect(),
        };
        if fo.exclusive {
            let plan = targets.into_iter().map(|s| (s, Vec::new())).collect();
            let db = client.db;
            self.begin_tx(conn, client, args, TxKind::Fanout(fo), plan, true, vec![db]);
            return (Ok(()), Outcome::Pending);
        }
        let g = Gather {
            conn,
            suppress: matches!(client.reply, ReplyMode::Off | ReplyMode::SkipThis),
            fanout: fo,
            args: owned_args(args),
            pieces: targets.iter().map(|_| None).collect(),
            waiting: targets.len(),
        };
        let gidx = self.gathers.insert(g);
        let origin = self.id;
        let (db, client_id) = (client.db, client.id);
        for (i, s) in targets.into_iter().enumerate() {
            let args = owned_args(args);
            self.send(
                s,
                Box::new(move |w, host| {
                    w.piece_when_free(fo, args, db, client_id, origin, gidx, i, host)
                }),
            );
        }
        (Ok(()), Outcome::Pending)
    }

    #[allow(clippy::too_many_arguments)]
    fn piece_when_free(
        &mut self,
        fo: &'static Fanout,
        args: Vec<Vec<u8>>,
        db: usize,
        client_id: u64,
        origin: usize,
        gidx: usize,
        i: usize,
        host: &mut dyn Host,
    ) {
        if self.must_wait(db, &[], true) {
            self.park(
                db,
                Vec::new(),
                true,
                Box::new(move |w, host| {
                    w.piece_when_free(fo, args, db, client_id, origin, gidx, i, host)
                }),
            );
            return;
        }
        let piece = self.run_piece(fo, &args, db, client_id, host);
        self.send(
            origin,
            Box::new(move |w, host| w.gather_piece(gidx, i, piece, host)),
        );
    }

    fn run_piece(
        &mut self,
        fo: &'static Fanout,
        args: &[Vec<u8>],
        db: usize,
        client_id: u64,
        host: &mut dyn Host,
    ) -> Partial {
        let args = borrowed(args);
        if self.watches.count != 0 {
            self.touch_before_flush(&args, db);
        }
        let mut seed = self.rand();
        let mut rand = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        // The piece sees the statistics through a cell (RESETSTAT clears them); they move back after.
        self.flush_stat();
        let stats = RefCell::new(CallStats {
            cmd: std::mem::take(&mut self.cmdstats),
            err: std::mem::take(&mut self.errstats),
        });
        let mut ctx = ShardCtx {
            dbs: &mut self.dbs,
            db,
            now_ms: self.now_ms,
            shard_id: self.id,
            nshards: self.shared.nshards,
            clients: &mut Caller {
                clients: host,
                id: client_id,
            },
            stats: &mut self.stats,
            cmdstats: &stats,
            rand: &mut rand,
        };
        let piece = (fo.run)(&mut ctx, &args);
        let stats = stats.into_inner();
        self.cmdstats = stats.cmd;
        self.errstats = stats.err;
        piece
    }

    fn gather_piece(&mut self, gidx: usize, i: usize, piece: Partial, host: &mut dyn Host) {
        let g = &mut self.gathers[gidx];
        g.pieces[i] = Some(piece);
        g.waiting -= 1;
        if g.waiting > 0 {
            return;
        }
        let g = self.gathers.remove(gidx);
        let pieces = g
            .pieces
            .into_iter()
            .map(|p| p.expect("every piece arrived"))
            .collect();
        self.combine(host, g.conn, g.suppress, g.fanout, &g.args, pieces);
    }

    fn combine(
        &mut self,
        host: &mut dyn Host,
        conn: ConnRef,
        suppress: bool,
        fo: &'static Fanout,
        args: &[Vec<u8>],
        pieces: Vec<Partial>,
    ) {
        let now_ms = self.now_ms;
        let nshards = self.shared.nshards;
        let Some((client, out)) = host.conn(conn) else {
            return;
        };
        let start = out.buf.len();
        let args = borrowed(args);
        let mut ctx = ConnCtx {
            out,
            client,
            now_ms,
            nshards,
        };
        if let Err(e) = (fo.combine)(&mut ctx, &args, pieces) {
            commands::count_error(&mut self.errstats, &e.0);
            ctx.out.error(&e.0);
        }
        if suppress {
            ctx.out.buf.truncate(start);
        }
        host.resume(conn);
    }

    // ---- housekeeping ------------------------------------------------------------------

    /// The periodic turn (hz): active expiry within a time budget, and rehashing.
    pub fn cron(&mut self, budget: std::time::Duration) {
        self.flush_stat();
        commands::server::cron_tick(self.id, self.now_ms, &self.cmdstats);
        if self.contended() {
            // Keys moved into a transaction's view are not here; expiring around them
            // would be harmless, but keep the shard still while anything is locked.
            return;
        }
        let start = Instant::now();
        let now = self.now_ms;
        let active_expire = commands::server::active_expire_enabled();
        for db in 0..self.dbs.len() {
            loop {
                // DEBUG SET-ACTIVE-EXPIRE 0 leaves expiry to lookups.
                if !active_expire {
                    break;
                }
                let mut seed = self.rand();
                let mut rand = move || {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    seed
                };
                let (seen, expired) = self.dbs[db].active_expire(now, 20, &mut rand);
                // Repeat while more than a quarter of the sample had expired, as Redis does.
                if seen == 0 || expired * 4 <= seen || start.elapsed() > budget {
                    break;
                }
            }
            self.dbs[db].rehash_steps(100);
            if start.elapsed() > budget {
                break;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reply_modes() {
        use ReplyMode::*;
        assert_eq!(reply_mode_after(On, On), (false, On));
        assert_eq!(reply_mode_after(On, Off), (true, Off));
        assert_eq!(reply_mode_after(Off, On), (false, On));
        assert_eq!(reply_mode_after(Off, Off), (true, Off));
        assert_eq!(reply_mode_after(On, Skip), (true, SkipThis));
        assert_eq!(reply_mode_after(SkipThis, SkipThis), (true, On));
        // CLIENT REPLY ON right after SKIP answers, as in Redis.
        assert_eq!(reply_mode_after(SkipThis, On), (false, On));
    }
}
