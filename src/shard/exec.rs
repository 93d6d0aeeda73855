//! MULTI/EXEC and WATCH on the shards.
//!
//! - Queueing: while a connection is in MULTI, `Worker::dispatch` queues its commands on its
//!   `Client` (`in_multi`); nothing reaches a shard until EXEC.
//! - EXEC, fast path: every key the queue names (and every watched key) lives on this
//!   thread's shard and nothing here is locked or parked: the queue runs inline, one command
//!   after the other. A single thread is atomic.
//! - EXEC, general path: the shards involved (the shards of the keys and of the watched keys;
//!   all of them if a fan-out is queued) are locked WHOLE in ascending order, as an exclusive
//!   fan-out is. Then the watched keys are checked and the queue runs command by command, each
//!   sent where its keys live (inline, a hop, a view of several shards, the pieces of a
//!   fan-out). Work the EXEC sends is never parked: it holds every lock on those shards, and
//!   nobody else can run there until it unlocks them all.
//! - WATCH: each shard keeps a version for the keys somebody watches (only those), bumped after
//!   a write command on the key, or a FLUSHDB/FLUSHALL/SWAPDB that drops it. WATCH records the
//!   versions (a hop to each key's shard, behind any lock); EXEC compares them under its locks.
//!   A key live at WATCH time that has expired or vanished since aborts EXEC as well.
use std::collections::HashMap;

use super::*;
use crate::commands::transactions::{self, Watched};
use crate::commands::{keyflag, Changed};

/// Coordinator side of an EXEC running on the general path.
pub(super) struct Exec {
    conn: ConnRef,
    suppress: bool,
    queue: Vec<Vec<Vec<u8>>>,
    next: usize,
    out: ReplyBuf,
    db: usize,
    touch: bool,
    client_id: u64,
    watched: Vec<Watched>,
    /// Locked whole, ascending.
    shards: Vec<usize>,
    locked: usize,
    /// Replies still expected for the step in flight.
    waiting: usize,
    aborted: bool,
    /// The step in flight, when it spans several shards or is a fan-out.
    step: Option<(&'static Command, Vec<Vec<u8>>)>,
    view: Vec<Db>,
    plan: Vec<(usize, Vec<Box<[u8]>>)>,
    dbs: Vec<usize>,
    pieces: Vec<Option<Partial>>,
}

/// Coordinator side of a WATCH of keys on other shards.
pub(super) struct WatchGather {
    conn: ConnRef,
    got: Vec<Watched>,
    waiting: usize,
}

/// Version and number of watchers of one watched key.
type WatchCount = (u64, u32);

/// Per shard: version and number of watchers of each watched key, by database.
pub(super) struct WatchTable {
    pub(super) keys: Vec<HashMap<Box<[u8]>, WatchCount>>,
    /// Watchers in all databases: 0 means the write path has nothing to do.
    pub(super) count: usize,
    clock: u64,
}

impl WatchTable {
    pub(super) fn new(databases: usize) -> WatchTable {
        WatchTable {
            keys: (0..databases).map(|_| HashMap::new()).collect(),
            count: 0,
            clock: 0,
        }
    }

    pub(super) fn touch(&mut self, db: usize, key: &[u8]) {
        if let Some(e) = self.keys.get_mut(db).and_then(|m| m.get_mut(key)) {
            self.clock += 1;
            e.0 = self.clock;
        }
    }

    fn watch(&mut self, db: usize, key: &[u8]) -> u64 {
        self.count += 1;
        let clock = self.clock;
        match self.keys[db].get_mut(key) {
            Some(e) => {
                e.1 += 1;
                e.0
            }
            None => {
                self.keys[db].insert(Box::from(key), (clock, 1));
                clock
            }
        }
    }

    fn unwatch(&mut self, db: usize, key: &[u8]) {
        if let Some(e) = self.keys[db].get_mut(key) {
            self.count -= 1;
            e.1 -= 1;
            if e.1 == 0 {
                self.keys[db].remove(key);
            }
        }
    }

    fn version(&self, db: usize, key: &[u8]) -> Option<u64> {
        self.keys[db].get(key).map(|e| e.0)
    }
}

/// Before a write command runs with watchers around: the positions of the keys it may
/// write (not those its key specs mark read-only, which Redis never signals), and which of
/// them (the first 64) `exists` now.
pub(super) fn written_keys(
    cmd: &'static Command,
    args: &[&[u8]],
    exists: impl Fn(&[u8]) -> bool,
) -> (Vec<usize>, u64) {
    let mut kp = Vec::new();
    cmd.key_positions(args, &mut kp);
    let flags = commands::server::key_flags(cmd, args, &kp);
    let written = keyflag::RW | keyflag::OW | keyflag::RM;
    let kp: Vec<usize> = kp
        .into_iter()
        .zip(flags)
        .filter(|&(_, f)| f & keyflag::RO == 0 || f & written != 0)
        .map(|(p, _)| p)
        .collect();
    let mut bits = 0;
    for (i, &p) in kp.iter().enumerate().take(64) {
        if exists(args[p]) {
            bits |= 1 << i;
        }
    }
    // Whatever a command before marked (`commands::Changed`) is not this one's.
    commands::take_changed();
    (kp, bits)
}

/// After it ran: the keys of `written_keys` it modified. Unless the handler said what it
/// changed (`commands::Changed`, taken here), a key counts as modified if it existed before
/// or exists after and the command succeeded (DEL of a missing key touches nothing, as in
/// Redis).
pub(super) fn modified_keys<'a>(
    args: &[&'a [u8]],
    kp: &[usize],
    existed: u64,
    ok: bool,
    exists: impl Fn(&[u8]) -> bool,
) -> Vec<&'a [u8]> {
    let changed = commands::take_changed();
    if !ok {
        return Vec::new();
    }
    kp.iter()
        .enumerate()
        .filter(|&(i, &p)| match changed {
            Changed::Nothing => false,
            Changed::OnlyArg(only) => p == only,
            Changed::Keys => i >= 64 || existed & (1 << i) != 0 || exists(args[p]),
        })
        .map(|(_, &p)| args[p])
        .collect()
}

impl Worker {
    /// While the connection is in MULTI: refuses or queues the command (Some), or lets it run
    /// (None: EXEC, DISCARD, MULTI, WATCH, QUIT, RESET).
    pub(super) fn in_multi(
        &mut self,
        client: &mut Client,
        out: &mut ReplyBuf,
        args: &[&[u8]],
        cmd: &'static Command,
        name: &str,
    ) -> Option<Outcome> {
        let m = client.multi.as_mut()?;
        if cmd.flags & commands::flag::NO_MULTI != 0 {
            m.dirty = true;
            self.stat(name).rejected += 1;
            let e = transactions::NOT_IN_MULTI;
            commands::count_error(&mut self.errstats, &e.0);
            out.error(&e.0);
            return Some(Outcome::Done);
        }
        let top = table().get(args[0]).map_or("", |c| c.name);
        if transactions::runs_in_multi(top) {
            return None;
        }
        if !m.dirty {
            m.queue.push(owned_args(args));
        }
        out.simple("QUEUED");
        Some(Outcome::Done)
    }

    /// An error before the command ran (unknown, arity, NOAUTH): inside MULTI it flags the
    /// transaction; EXEC's own error discards it (execCommandAbort). Returns the reply.
    pub(super) fn multi_rejected(
        &mut self,
        client: &mut Client,
        args: &[&[u8]],
        e: Error,
    ) -> Error {
        // Redis discards (and unwatches) even outside MULTI here.
        if table().get(args[0]).is_some_and(|c| c.name == "exec") {
            client.multi = None;
            self.release_watches(client);
            return transactions::exec_abort(&e);
        }
        if let Some(m) = client.multi.as_mut() {
            m.dirty = true;
        }
        e
    }

    /// MULTI, EXEC, DISCARD, WATCH, UNWATCH, RESET.
    pub(super) fn tx_command(
        &mut self,
        conn: ConnRef,
        client: &mut Client,
        out: &mut ReplyBuf,
        args: &[&[u8]],
        cmd: &'static Command,
    ) -> (Result<(), Error>, Outcome) {
        match cmd.name {
            "exec" => self.exec(conn, client, out),
            "watch" => {
                if client.multi.is_some() {
                    return (Err(transactions::WATCH_IN_MULTI), Outcome::Done);
                }
                self.watch(conn, client, out, args)
            }
            _ => {
                let Handler::Conn(f) = cmd.handler else {
                    unreachable!("transaction state commands are Conn handlers")
                };
                let was_multi = client.multi.is_some();
                let mut ctx = ConnCtx {
                    out,
                    client,
                    now_ms: self.now_ms,
                    nshards: self.shared.nshards,
                };
                let r = f(&mut ctx, args);
                let release = match cmd.name {
                    "discard" => was_multi,
                    "unwatch" | "reset" => true,
                    _ => false,
                };
                if release {
                    self.release_watches(client);
                }
                (r, Outcome::Done)
            }
        }
    }

    // ---- EXEC ---------------------------------------------------------------------------

    fn exec(
        &mut self,
        conn: ConnRef,
        client: &mut Client,
        out: &mut ReplyBuf,
    ) -> (Result<(), Error>, Outcome) {
        let Some(m) = client.multi.take() else {
            return (Err(transactions::EXEC_WITHOUT), Outcome::Done);
        };
        let watched = std::mem::take(&mut client.watched);
        if m.dirty {
            self.unwatch_list(watched);
            return (Err(transactions::EXECABORT), Outcome::Done);
        }
        let nshards = self.shared.nshards;
        let mut involved = vec![false; nshards];
        let mut all = false;
        for w in &watched {
            involved[w.shard] = true;
        }
        let mut kp = Vec::new();
        for q in &m.queue {
            let b = borrowed(q);
            let Ok((c, _)) = Self::resolve(&b) else {
                continue;
            };
            match c.handler {
                Handler::Keyed(_) => {
                    c.key_positions(&b, &mut kp);
                    if kp.is_empty() {
                        involved[self.id] = true;
                    }
                    for &i in &kp {
                        involved[self.shared.shard_of(b[i])] = true;
                    }
                }
                Handler::Fanout(_) => all = true,
                Handler::Conn(_) | Handler::Container => {}
            }
        }
        let only_here = involved
            .iter()
            .enumerate()
            .all(|(s, &on)| !on || s == self.id);
        let any = involved.iter().any(|&on| on);
        if !all && only_here && (!any || !self.contended()) {
            let aborted = self.watch_changed_here(&watched);
            self.unwatch_list(watched);
            if aborted {
                out.null_array();
                return (Ok(()), Outcome::Done);
            }
            out.array(m.queue.len());
            for q in &m.queue {
                self.exec_here(client, out, q);
            }
            return (Ok(()), Outcome::Done);
        }
        let shards: Vec<usize> = if all {
            (0..nshards).collect()
        } else {
            (0..nshards).filter(|&s| involved[s]).collect()
        };
        let ex = Exec {
            conn,
            suppress: matches!(client.reply, ReplyMode::Off | ReplyMode::SkipThis),
            queue: m.queue,
            next: 0,
            out: ReplyBuf::new(client.resp),
            db: client.db,
            touch: !client.no_touch,
            client_id: client.id,
            watched,
            shards,
            locked: 0,
            waiting: 0,
            aborted: false,
            step: None,
            view: Vec::new(),
            plan: Vec::new(),
            dbs: Vec::new(),
            pieces: Vec::new(),
        };
        let idx = self.execs.insert(ex);
        self.exec_lock_next(idx);
        (Ok(()), Outcome::Pending)
    }

    /// Runs one queued command on this thread (a Conn command, or a keyed one whose keys live
    /// here), appending its reply.
    fn exec_here(&mut self, client: &mut Client, out: &mut ReplyBuf, args: &[Vec<u8>]) {
        let b = borrowed(args);
        let (cmd, sub) = match Self::resolve(&b) {
            Ok(c) => c,
            Err(e) => {
                out.error(&e.0);
                return;
            }
        };
        let r = match cmd.handler {
            Handler::Keyed(f) => {
                let (db, touch) = (client.db, !client.no_touch);
                self.run_keyed_into(out, cmd, f, &b, db, touch)
            }
            Handler::Conn(f) => {
                let mut ctx = ConnCtx {
                    out,
                    client,
                    now_ms: self.now_ms,
                    nshards: self.shared.nshards,
                };
                f(&mut ctx, &b)
            }
            Handler::Container => {
                let f = cmd.bare.expect("resolve() picks the subcommand");
                let mut ctx = ConnCtx {
                    out,
                    client,
                    now_ms: self.now_ms,
                    nshards: self.shared.nshards,
                };
                f(&mut ctx, &b)
            }
            Handler::Fanout(_) => unreachable!("fan-outs run on the general path"),
        };
        self.count_call(cmd, &sub, &r);
        if let Err(e) = r {
            out.error(&e.0);
        }
    }

    fn count_call(&mut self, cmd: &Command, sub: &str, r: &Result<(), Error>) {
        let name = if sub.is_empty() { cmd.name } else { sub };
        let st = self.stat(name);
        st.calls += 1;
        if r.is_err() {
            st.failed += 1;
        }
        if let Err(e) = r {
            commands::count_error(&mut self.errstats, &e.0);
        }
    }

    /// A keyed handler on this shard's own databases; bumps the watched keys it wrote.
    pub(super) fn run_keyed_into(
        &mut self,
        out: &mut ReplyBuf,
        cmd: &'static Command,
        f: commands::KeyedFn,
        args: &[&[u8]],
        db: usize,
        touch: bool,
    ) -> Result<(), Error> {
        let watched = self.watches.count != 0 && cmd.is_write();
        let watched_read = self.watches.count != 0 && !watched;
        let (mut kp, mut existed, mut dbs) = (Vec::new(), 0, Vec::new());
        if watched {
            // MOVE and COPY ... DB n write a key of another database too.
            dbs = Self::tx_dbs(cmd, args, db, self.dbs.len());
            let (all, now) = (&self.dbs, self.now_ms);
            (kp, existed) =
                written_keys(cmd, args, |k| dbs.iter().any(|&d| all[d].contains(k, now)));
        } else if watched_read {
            commands::take_read_wrote();
        }
        let mut ctx = Ctx {
            out,
            ks: Keyspace {
                dbs: &mut self.dbs,
                db,
                now_ms: self.now_ms,
                touch,
                stats: &mut self.stats,
            },
        };
        let r = f(&mut ctx, args);
        if watched {
            let (all, now) = (&self.dbs, self.now_ms);
            let modified = modified_keys(args, &kp, existed, r.is_ok(), |k| {
                dbs.iter().any(|&d| all[d].contains(k, now))
            });
            for k in modified {
                for &d in &dbs {
                    self.watches.touch(d, k);
                }
            }
        } else if watched_read && commands::take_read_wrote() {
            cmd.key_positions(args, &mut kp);
            for i in kp {
                self.watches.touch(db, args[i]);
            }
        }
        r
    }

    fn exec_lock_next(&mut self, idx: usize) {
        let ex = &self.execs[idx];
        if ex.locked == ex.shards.len() {
            self.exec_check_watches(idx);
            return;
        }
        let req = LockReq {
            origin: self.id,
            tx: idx,
            dbs: vec![ex.db],
            keys: Vec::new(),
            whole: true,
            exec: true,
        };
        let shard = ex.shards[ex.locked];
        self.send(
            shard,
            Box::new(move |w, host| w.lock_request(req, false, host)),
        );
    }

    pub(super) fn exec_granted(&mut self, idx: usize) {
        self.execs[idx].locked += 1;
        self.exec_lock_next(idx);
    }

    /// Every shard is locked: ask each watched key's shard whether it changed.
    fn exec_check_watches(&mut self, idx: usize) {
        let watched = std::mem::take(&mut self.execs[idx].watched);
        let mut by_shard: Vec<(usize, Vec<Watched>)> = Vec::new();
        for w in watched {
            match by_shard.iter_mut().find(|(s, _)| *s == w.shard) {
                Some((_, l)) => l.push(w),
                None => by_shard.push((w.shard, vec![w])),
            }
        }
        self.execs[idx].waiting = by_shard.len() + 1;
        let origin = self.id;
        for (s, list) in by_shard {
            self.send(
                s,
                Box::new(move |w, _host| {
                    let changed = w.watch_changed_here(&list);
                    for k in &list {
                        w.watches.unwatch(k.db, &k.key);
                    }
                    w.send(
                        origin,
                        Box::new(move |w, host| w.exec_watch_checked(idx, changed, host)),
                    );
                }),
            );
        }
        // The extra count is this one, so a transaction without watches goes on from the queue.
        self.send(
            origin,
            Box::new(move |w, host| w.exec_watch_checked(idx, false, host)),
        );
    }

    fn exec_watch_checked(&mut self, idx: usize, changed: bool, host: &mut dyn Host) {
        let ex = &mut self.execs[idx];
        ex.aborted |= changed;
        ex.waiting -= 1;
        if ex.waiting > 0 {
            return;
        }
        if ex.aborted {
            ex.out.null_array();
            ex.next = ex.queue.len();
        } else {
            let n = ex.queue.len();
            ex.out.array(n);
        }
        self.exec_run(idx, host);
    }

    /// Runs queued commands until one has to wait for another shard, or the queue is done.
    fn exec_run(&mut self, idx: usize, host: &mut dyn Host) {
        let origin = self.id;
        loop {
            let ex = &mut self.execs[idx];
            if ex.next == ex.queue.len() {
                self.exec_finish(idx, host);
                return;
            }
            let args = std::mem::take(&mut ex.queue[ex.next]);
            ex.next += 1;
            let (conn, db, touch, resp, client_id) =
                (ex.conn, ex.db, ex.touch, ex.out.resp, ex.client_id);
            let b = borrowed(&args);
            let (cmd, sub) = match Self::resolve(&b) {
                Ok(c) => c,
                Err(e) => {
                    ex.out.error(&e.0);
                    continue;
                }
            };
            match cmd.handler {
                Handler::Conn(_) | Handler::Container => {
                    let mut out = std::mem::take(&mut self.execs[idx].out);
                    let mut scratch;
                    let client = match host.conn(conn) {
                        Some((c, _)) => c,
                        None => {
                            scratch = Client::new(String::new(), String::new(), -1, false, 0, true);
                            scratch.db = db;
                            &mut scratch
                        }
                    };
                    self.exec_here(client, &mut out, &args);
                    let ex = &mut self.execs[idx];
                    ex.db = client.db;
                    ex.touch = !client.no_touch;
                    ex.out = out;
                }
                Handler::Keyed(f) => {
                    let mut kp = Vec::new();
                    cmd.key_positions(&b, &mut kp);
                    let plan = self.plan_of(kp.iter().map(|&i| Box::from(b[i])).collect());
                    // Keys found from the data (SORT's patterns) may live anywhere: the view
                    // step below finds and brings them.
                    let data_keys =
                        self.shared.nshards > 1 && cmd.data_keys.is_some_and(|d| (d.named)(&b));
                    let target = plan.first().map_or(self.id, |(s, _)| *s);
                    if !data_keys && plan.len() <= 1 && target == self.id {
                        let mut out = std::mem::take(&mut self.execs[idx].out);
                        let r = self.run_keyed_into(&mut out, cmd, f, &b, db, touch);
                        self.count_call(cmd, &sub, &r);
                        if let Err(e) = r {
                            out.error(&e.0);
                        }
                        self.execs[idx].out = out;
                        continue;
                    }
                    self.count_call(cmd, &sub, &Ok(()));
                    if !data_keys && plan.len() == 1 {
                        self.send(
                            target,
                            Box::new(move |w, _host| {
                                let bytes = w.run_keyed_here(f, &args, db, resp, touch);
                                w.send(
                                    origin,
                                    Box::new(move |w, host| w.exec_append(idx, bytes, host)),
                                );
                            }),
                        );
                        return;
                    }
                    let dbs = Self::tx_dbs(cmd, &b, db, self.dbs.len());
                    let ex = &mut self.execs[idx];
                    ex.waiting = plan.len();
                    ex.view = (0..self.dbs.len()).map(|_| Db::new()).collect();
                    ex.dbs = dbs.clone();
                    ex.plan = plan.clone();
                    ex.step = Some((cmd, args));
                    self.exec_take(idx, plan);
                    return;
                }
                Handler::Fanout(fo) => {
                    let nshards = self.shared.nshards;
                    let now_ms = self.now_ms;
                    let mut out = std::mem::take(&mut self.execs[idx].out);
                    let mut scratch;
                    let client = match host.conn(conn) {
                        Some((c, _)) => c,
                        None => {
                            scratch = Client::new(String::new(), String::new(), -1, false, 0, true);
                            scratch.db = db;
                            &mut scratch
                        }
                    };
                    let mut ctx = ConnCtx {
                        out: &mut out,
                        client,
                        now_ms,
                        nshards,
                    };
                    let targets = (fo.prepare)(&mut ctx, &b);
                    self.execs[idx].out = out;
                    let targets: Vec<usize> = match targets {
                        Ok(Targets::All) => (0..nshards).collect(),
                        Ok(Targets::One(s)) => vec![s.min(nshards - 1)],
                        Ok(Targets::From(s)) => (s.min(nshards - 1)..nshards).collect(),
                        Err(e) => {
                            self.count_call(cmd, &sub, &Err(e.clone()));
                            self.execs[idx].out.error(&e.0);
                            continue;
                        }
                    };
                    self.count_call(cmd, &sub, &Ok(()));
                    let ex = &mut self.execs[idx];
                    ex.waiting = targets.len();
                    ex.pieces = targets.iter().map(|_| None).collect();
                    ex.step = Some((cmd, args.clone()));
                    for (i, s) in targets.into_iter().enumerate() {
                        let args = args.clone();
                        self.send(
                            s,
                            Box::new(move |w, host| {
                                let piece = w.run_piece(fo, &args, db, client_id, host);
                                w.send(
                                    origin,
                                    Box::new(move |w, host| w.exec_piece(idx, i, piece, host)),
                                );
                            }),
                        );
                    }
                    return;
                }
            }
        }
    }

    /// Brings the entries of `plan`'s keys into the EXEC's view (every shard is locked).
    fn exec_take(&mut self, idx: usize, plan: Vec<(usize, Vec<Box<[u8]>>)>) {
        let origin = self.id;
        let dbs = self.execs[idx].dbs.clone();
        for (s, keys) in plan {
            let dbs = dbs.clone();
            self.send(
                s,
                Box::new(move |w, _host| {
                    let entries = w.take_entries(&dbs, &keys);
                    w.send(
                        origin,
                        Box::new(move |w, host| w.exec_taken(idx, entries, host)),
                    );
                }),
            );
        }
    }

    fn exec_append(&mut self, idx: usize, bytes: Vec<u8>, host: &mut dyn Host) {
        self.execs[idx].out.buf.extend_from_slice(&bytes);
        self.exec_run(idx, host);
    }

    fn exec_taken(
        &mut self,
        idx: usize,
        entries: Vec<(usize, Box<[u8]>, Entry)>,
        host: &mut dyn Host,
    ) {
        let ex = &mut self.execs[idx];
        for (db, k, e) in entries {
            ex.view[db].insert_entry(&k, e);
        }
        ex.waiting -= 1;
        if ex.waiting > 0 {
            return;
        }
        let (mut view, mut plan) = (std::mem::take(&mut ex.view), std::mem::take(&mut ex.plan));
        let (db, touch) = (ex.db, ex.touch);
        let (cmd, args) = ex.step.take().expect("a keyed step is in flight");
        let missing = self.missing_data_keys(cmd, &borrowed(&args), &plan, &mut view[db]);
        if !missing.is_empty() {
            // Every shard is locked by this EXEC: the data cannot change, so one more round
            // brings all the keys it names.
            let more = self.plan_of(missing);
            for (s, keys) in &more {
                match plan.iter_mut().find(|(t, _)| t == s) {
                    Some((_, ks)) => ks.extend(keys.iter().cloned()),
                    None => plan.push((*s, keys.clone())),
                }
            }
            let ex = &mut self.execs[idx];
            (ex.view, ex.plan, ex.step) = (view, plan, Some((cmd, args)));
            ex.waiting = more.len();
            self.exec_take(idx, more);
            return;
        }
        let ex = &mut self.execs[idx];
        let mut out = std::mem::take(&mut ex.out);
        let dbs = std::mem::take(&mut ex.dbs);
        let b = borrowed(&args);
        let modified = self.run_on_view(cmd, &mut view, &dbs, db, touch, &b, &mut out);
        self.execs[idx].out = out;
        for (shard, _keys, puts, signal) in super::split_view(&mut view, &dbs, plan, &modified) {
            // This shard's entries go back now: the next queued command may run inline here
            // at once, and must see them (a message to self would only land after it).
            // Other shards get them by message, ahead of anything this EXEC sends them next.
            if shard == self.id {
                self.put_back(&dbs, puts, &signal);
                continue;
            }
            let dbs = dbs.clone();
            self.send(
                shard,
                Box::new(move |w, _host| w.put_back(&dbs, puts, &signal)),
            );
        }
        self.execs[idx].view = Vec::new();
        self.exec_run(idx, host);
    }

    fn exec_piece(&mut self, idx: usize, i: usize, piece: Partial, host: &mut dyn Host) {
        let ex = &mut self.execs[idx];
        ex.pieces[i] = Some(piece);
        ex.waiting -= 1;
        if ex.waiting > 0 {
            return;
        }
        let (cmd, args) = ex.step.take().expect("a fan-out step is in flight");
        let Handler::Fanout(fo) = cmd.handler else {
            unreachable!("pieces belong to fan-outs")
        };
        let pieces = std::mem::take(&mut ex.pieces)
            .into_iter()
            .map(|p| p.expect("every piece arrived"))
            .collect();
        let (conn, db) = (ex.conn, ex.db);
        let mut out = std::mem::take(&mut ex.out);
        let mut scratch;
        let client = match host.conn(conn) {
            Some((c, _)) => c,
            None => {
                scratch = Client::new(String::new(), String::new(), -1, false, 0, true);
                scratch.db = db;
                &mut scratch
            }
        };
        let mut ctx = ConnCtx {
            out: &mut out,
            client,
            now_ms: self.now_ms,
            nshards: self.shared.nshards,
        };
        let b = borrowed(&args);
        if let Err(e) = (fo.combine)(&mut ctx, &b, pieces) {
            commands::count_error(&mut self.errstats, &e.0);
            out.error(&e.0);
        }
        self.execs[idx].out = out;
        self.exec_run(idx, host);
    }

    fn exec_finish(&mut self, idx: usize, host: &mut dyn Host) {
        let ex = self.execs.remove(idx);
        for s in ex.shards {
            self.send(
                s,
                Box::new(move |w, host| {
                    w.unlock(Vec::new(), Vec::new(), true, Vec::new(), Vec::new(), host)
                }),
            );
        }
        self.deliver(host, ex.conn, ex.out.buf, ex.suppress);
    }

    /// On the owning shard: moves the entries of `keys` out (for a view), dropping expired ones.
    pub(super) fn take_entries(
        &mut self,
        dbs: &[usize],
        keys: &[Box<[u8]>],
    ) -> Vec<(usize, Box<[u8]>, Entry)> {
        let mut entries = Vec::new();
        for &db in dbs {
            for k in keys {
                if let Some(e) = self.dbs[db].remove(k) {
                    if e.is_expired(self.now_ms) {
                        self.dbs[db].expired_keys += 1;
                    } else {
                        entries.push((db, k.clone(), e));
                    }
                }
            }
        }
        entries
    }

    /// On the owning shard: the entries of a view come back (the keys stay locked) and the
    /// watched keys in `signal` (those the command modified) are bumped.
    pub(super) fn put_back(
        &mut self,
        dbs: &[usize],
        puts: Vec<(usize, Box<[u8]>, Entry)>,
        signal: &[Box<[u8]>],
    ) {
        for (db, k, e) in puts {
            self.dbs[db].insert_entry(&k, e);
        }
        if self.watches.count != 0 {
            for &db in dbs {
                for k in signal {
                    self.watches.touch(db, k);
                }
            }
        }
    }

    // ---- WATCH --------------------------------------------------------------------------

    fn watch(
        &mut self,
        conn: ConnRef,
        client: &mut Client,
        out: &mut ReplyBuf,
        args: &[&[u8]],
    ) -> (Result<(), Error>, Outcome) {
        let db = client.db;
        let mut by_shard: Vec<(usize, Vec<Box<[u8]>>)> = Vec::new();
        for &k in &args[1..] {
            if client.watched.iter().any(|w| w.db == db && &*w.key == k) {
                continue;
            }
            let s = self.shared.shard_of(k);
            match by_shard.iter_mut().find(|(t, _)| *t == s) {
                Some((_, ks)) => {
                    if !ks.iter().any(|x| &**x == k) {
                        ks.push(Box::from(k))
                    }
                }
                None => by_shard.push((s, vec![Box::from(k)])),
            }
        }
        if by_shard.is_empty() {
            out.ok();
            return (Ok(()), Outcome::Done);
        }
        if by_shard.len() == 1
            && by_shard[0].0 == self.id
            && !self.must_wait(db, &by_shard[0].1, false)
        {
            let got = self.watch_here(db, &by_shard[0].1);
            client.watched.extend(got);
            out.ok();
            return (Ok(()), Outcome::Done);
        }
        let gidx = self.watch_gathers.insert(WatchGather {
            conn,
            got: Vec::new(),
            waiting: by_shard.len(),
        });
        let origin = self.id;
        for (s, keys) in by_shard {
            self.send(
                s,
                Box::new(move |w, host| w.watch_when_free(db, keys, origin, gidx, host)),
            );
        }
        (Ok(()), Outcome::Pending)
    }

    fn watch_when_free(
        &mut self,
        db: usize,
        keys: Vec<Box<[u8]>>,
        origin: usize,
        gidx: usize,
        _host: &mut dyn Host,
    ) {
        if self.must_wait(db, &keys, false) {
            let k2 = keys.clone();
            self.park(
                db,
                k2,
                false,
                Box::new(move |w, host| w.watch_when_free(db, keys, origin, gidx, host)),
            );
            return;
        }
        let got = self.watch_here(db, &keys);
        self.send(
            origin,
            Box::new(move |w, host| w.watch_done(gidx, got, host)),
        );
    }

    fn watch_done(&mut self, gidx: usize, got: Vec<Watched>, host: &mut dyn Host) {
        let g = &mut self.watch_gathers[gidx];
        g.got.extend(got);
        g.waiting -= 1;
        if g.waiting > 0 {
            return;
        }
        let g = self.watch_gathers.remove(gidx);
        match host.conn(g.conn) {
            Some((client, out)) => {
                client.watched.extend(g.got);
                out.ok();
                host.resume(g.conn);
            }
            None => self.unwatch_list(g.got),
        }
    }

    fn watch_here(&mut self, db: usize, keys: &[Box<[u8]>]) -> Vec<Watched> {
        keys.iter()
            .map(|k| Watched {
                db,
                version: self.watches.watch(db, k),
                live: self.dbs[db].contains(k, self.now_ms),
                key: k.clone(),
                shard: self.id,
            })
            .collect()
    }

    /// Whether a watched key of this shard was written, or expired, since WATCH.
    fn watch_changed_here(&self, list: &[Watched]) -> bool {
        list.iter().any(|w| {
            self.watches.version(w.db, &w.key) != Some(w.version)
                || (w.live && !self.dbs[w.db].contains(&w.key, self.now_ms))
        })
    }

    /// The connection stops watching its keys (UNWATCH, EXEC, DISCARD, RESET, disconnect).
    pub fn release_watches(&mut self, client: &mut Client) {
        if !client.watched.is_empty() {
            let list = std::mem::take(&mut client.watched);
            self.unwatch_list(list);
        }
    }

    fn unwatch_list(&mut self, list: Vec<Watched>) {
        for w in list {
            if w.shard == self.id {
                self.watches.unwatch(w.db, &w.key);
            } else {
                self.send(
                    w.shard,
                    Box::new(move |wk, _host| wk.watches.unwatch(w.db, &w.key)),
                );
            }
        }
    }

    /// Before FLUSHDB, FLUSHALL or SWAPDB runs here: the watched keys they drop or replace
    /// count as written (touchAllWatchedKeysInDb).
    pub(super) fn touch_before_flush(&mut self, args: &[&[u8]], db: usize) {
        let name = args[0];
        let dbs: Vec<usize> = if commands::is(name, "flushdb") {
            vec![db]
        } else if commands::is(name, "flushall") {
            (0..self.dbs.len()).collect()
        } else if commands::is(name, "swapdb") && args.len() == 3 {
            let parse = |a: &[u8]| {
                crate::num::parse_i64(a)
                    .filter(|&n| n >= 0 && (n as usize) < self.dbs.len())
                    .map(|n| n as usize)
            };
            match (parse(args[1]), parse(args[2])) {
                (Some(a), Some(b)) => vec![a, b],
                _ => return,
            }
        } else {
            return;
        };
        let now = self.now_ms;
        for &d in &dbs {
            let keys: Vec<Box<[u8]>> = self.watches.keys[d]
                .keys()
                .filter(|k| dbs.iter().any(|&e| self.dbs[e].contains(k, now)))
                .cloned()
                .collect();
            for k in keys {
                self.watches.touch(d, &k);
            }
        }
    }
}
