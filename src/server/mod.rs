//! The per-thread event loop on io_uring: listeners, connections, timers.
//!
//! Each thread owns a ring, a SO_REUSEPORT listener per bind address (the kernel spreads
//! connections), a share of the unix-socket listener, its connections (in a `Slab`) and its
//! shard (`shard::Worker`). One loop turn: reap completions (accepts, receives, sends, the
//! wake-up eventfd, the hz timer), parse and run every complete request, run the tasks other
//! threads sent, then queue one send per connection with output, and submit all of it with
//! one `submit_and_wait`.
//!
//! Owns sockets and bytes in flight; knows nothing of commands beyond `Worker::dispatch`.
pub mod bufring;
pub mod log;

use std::os::fd::RawFd;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use io_uring::{cqueue, opcode, squeue, types, IoUring};
use slab::Slab;

use crate::commands::{self, Client, ClientSet};
use crate::protocol::parse::{parse_request, Limits, Parsed, Span};
use crate::protocol::ReplyBuf;
use crate::shard::{ConnRef, Host, Outcome, Shared, Task, Worker};
use bufring::{BufRing, BGID};

const OP_ACCEPT: u64 = 1;
const OP_RECV: u64 = 2;
const OP_SEND: u64 = 3;
const OP_WAKE: u64 = 4;
const OP_TIMER: u64 = 5;
/// The completion of a TimeoutRemove that retires the hz timer (nothing to do).
const OP_TIMER_REMOVE: u64 = 6;

const NBUF: u16 = 512;
const BUFSZ: usize = 16 * 1024;
/// Output buffers above this are given back to the allocator after they are sent.
const KEEP_OUT_CAPACITY: usize = 64 * 1024;

fn user_data(op: u64, gen: u32, idx: u32) -> u64 {
    op << 56 | ((gen as u64) & 0xff_ffff) << 32 | idx as u64
}

fn split_user_data(ud: u64) -> (u64, u32, u32) {
    (ud >> 56, ((ud >> 32) & 0xff_ffff) as u32, ud as u32)
}

pub fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}

/// What the loop needs from the configuration, read once per thread.
#[derive(Clone)]
pub struct LoopConfig {
    pub databases: usize,
    pub hz: u32,
}

/// The bytes of one pending send. The ring owns `buf` from `start` until the completion is
/// handed to `complete`; meanwhile the connection can only append to its other buffer.
#[derive(Default)]
struct SendSlot {
    buf: Vec<u8>,
    off: usize,
    busy: bool,
}

impl SendSlot {
    /// Takes the connection's output and returns the entry sending it.
    fn start(&mut self, out: &mut Vec<u8>, fd: RawFd, ud: u64) -> squeue::Entry {
        debug_assert!(!self.busy);
        std::mem::swap(&mut self.buf, out);
        self.off = 0;
        self.busy = true;
        self.entry(fd, ud)
    }

    fn entry(&self, fd: RawFd, ud: u64) -> squeue::Entry {
        let rest = &self.buf[self.off..];
        opcode::Send::new(types::Fd(fd), rest.as_ptr(), rest.len() as u32)
            .build()
            .user_data(ud)
    }

    /// Returns true when everything was sent (the slot is free again).
    fn complete(&mut self, sent: usize) -> bool {
        self.off += sent;
        if self.off < self.buf.len() {
            return false;
        }
        self.busy = false;
        self.buf.clear();
        if self.buf.capacity() > KEEP_OUT_CAPACITY {
            self.buf = Vec::new();
        }
        true
    }
}

struct Conn {
    fd: RawFd,
    gen: u32,
    client: Client,
    out: ReplyBuf,
    send: SendSlot,
    /// Received bytes not yet parsed.
    pending: Vec<u8>,
    /// Don't parse again before `pending` holds this many bytes (a big bulk arriving).
    need: usize,
    /// A command is running elsewhere: parse nothing until it replies.
    waiting: bool,
    recv_armed: bool,
    /// The peer shut its side: run what it sent, reply, then close (invariant 3: nothing it
    /// sent before is lost).
    eof: bool,
    /// No more input is processed; the connection closes once its output is sent.
    closing: bool,
    shut: bool,
    dirty: bool,
}

/// Lends the connections to the worker while tasks run.
struct ConnHost<'a> {
    conns: &'a mut Slab<Conn>,
    resumed: &'a mut Vec<usize>,
    /// Connections CLIENT KILL marked while it walked the clients.
    killed: &'a mut Vec<usize>,
}

impl ClientSet for ConnHost<'_> {
    fn for_each(&mut self, f: &mut dyn FnMut(&mut Client)) {
        for (i, c) in self.conns.iter_mut() {
            f(&mut c.client);
            if c.client.killed && !c.closing {
                self.killed.push(i);
            }
        }
    }
}

impl Host for ConnHost<'_> {
    fn conn(&mut self, r: ConnRef) -> Option<(&mut Client, &mut ReplyBuf)> {
        match self.conns.get_mut(r.idx as usize) {
            Some(c) if c.gen == r.gen => Some((&mut c.client, &mut c.out)),
            _ => None,
        }
    }

    fn resume(&mut self, r: ConnRef) {
        if matches!(self.conns.get(r.idx as usize), Some(c) if c.gen == r.gen) {
            self.resumed.push(r.idx as usize);
        }
    }
}

pub struct Listener {
    pub fd: RawFd,
    pub unix: bool,
    pub laddr: String,
}

pub struct EventLoop {
    ring: IoUring,
    bufs: BufRing,
    conns: Slab<Conn>,
    worker: Worker,
    shared: Arc<Shared>,
    listeners: Vec<Listener>,
    next_gen: u32,
    dirty: Vec<usize>,
    resumed: Vec<usize>,
    killed: Vec<usize>,
    spans: Vec<Span>,
    inline_buf: Vec<u8>,
    cqes: Vec<(u64, i32, u32)>,
    wake_buf: Box<u64>,
    timer: Box<types::Timespec>,
    /// The hz the timer ticks at; CONFIG SET hz re-arms it.
    hz: u32,
    /// A TimeoutRemove of the timer is in flight: its cancelled completion re-arms it.
    timer_retiring: bool,
}

/// The interval of an hz timer (hz = 1 is one whole second: nsec must stay below 1e9).
fn tick(hz: u32) -> types::Timespec {
    let ns = 1_000_000_000 / hz.clamp(1, 500) as u64;
    types::Timespec::new()
        .sec(ns / 1_000_000_000)
        .nsec((ns % 1_000_000_000) as u32)
}

fn push(ring: &mut IoUring, e: squeue::Entry) {
    loop {
        // SAFETY: every entry we push points only at memory that outlives the operation: the
        // buffer ring, a connection's busy SendSlot (not touched until its completion), or the
        // boxed wake buffer and timespec owned by the loop.
        if unsafe { ring.submission().push(&e) }.is_ok() {
            return;
        }
        let _ = ring.submit();
    }
}

impl EventLoop {
    pub fn new(
        worker: Worker,
        shared: Arc<Shared>,
        listeners: Vec<Listener>,
        cfg: LoopConfig,
    ) -> std::io::Result<EventLoop> {
        let ring = IoUring::builder()
            .setup_single_issuer()
            .setup_defer_taskrun()
            .setup_cqsize(16384)
            .build(4096)
            .or_else(|_| IoUring::new(4096))?;
        let bufs = BufRing::new(&ring, NBUF, BUFSZ)?;
        let hz = cfg.hz.clamp(1, 500);
        Ok(EventLoop {
            ring,
            bufs,
            conns: Slab::with_capacity(1024),
            worker,
            shared,
            listeners,
            next_gen: 1,
            dirty: Vec::new(),
            resumed: Vec::new(),
            killed: Vec::new(),
            spans: Vec::with_capacity(16),
            inline_buf: Vec::new(),
            cqes: Vec::with_capacity(4096),
            wake_buf: Box::new(0),
            timer: Box::new(tick(hz)),
            hz,
            timer_retiring: false,
        })
    }

    fn arm_wake(&mut self) {
        let fd = self.shared.wake_fd(self.worker.id);
        let e = opcode::Read::new(types::Fd(fd), &mut *self.wake_buf as *mut u64 as *mut u8, 8)
            .build()
            .user_data(user_data(OP_WAKE, 0, 0));
        push(&mut self.ring, e);
    }

    fn arm_timer(&mut self) {
        let e = opcode::Timeout::new(&*self.timer)
            .flags(types::TimeoutFlags::MULTISHOT)
            .build()
            .user_data(user_data(OP_TIMER, 0, 0));
        push(&mut self.ring, e);
    }

    /// After CONFIG SET hz: retire the running timer; its completion re-arms it at the new
    /// rate (the kernel copied the old interval when the timeout was submitted).
    fn follow_hz(&mut self) {
        let hz = commands::server::settings().hz.clamp(1, 500);
        if hz == self.hz || self.timer_retiring {
            return;
        }
        self.hz = hz;
        *self.timer = tick(hz);
        self.timer_retiring = true;
        let e = opcode::TimeoutRemove::new(user_data(OP_TIMER, 0, 0))
            .build()
            .user_data(user_data(OP_TIMER_REMOVE, 0, 0));
        push(&mut self.ring, e);
    }

    fn arm_accept(&mut self, li: usize) {
        let e = opcode::AcceptMulti::new(types::Fd(self.listeners[li].fd))
            .build()
            .user_data(user_data(OP_ACCEPT, 0, li as u32));
        push(&mut self.ring, e);
    }

    fn arm_recv(&mut self, idx: usize) {
        let c = &mut self.conns[idx];
        c.recv_armed = true;
        let e = opcode::RecvMulti::new(types::Fd(c.fd), BGID)
            .build()
            .user_data(user_data(OP_RECV, c.gen, idx as u32));
        push(&mut self.ring, e);
    }

    pub fn run(mut self) {
        for li in 0..self.listeners.len() {
            self.arm_accept(li);
        }
        self.arm_wake();
        self.arm_timer();
        let id = self.worker.id;
        loop {
            self.worker.now_ms = now_ms();
            self.run_tasks();
            self.flush();
            self.worker.flush_wakes();
            if commands::server::shutdown_requested() {
                self.shared
                    .shutdown
                    .store(true, std::sync::atomic::Ordering::SeqCst);
                self.shared.wake_all();
            }
            if self
                .shared
                .shutdown
                .load(std::sync::atomic::Ordering::SeqCst)
            {
                break;
            }
            let want = if self.worker.has_tasks() || !self.resumed.is_empty() {
                0
            } else {
                self.shared.set_sleeping(id, true);
                if self.worker.pull_inbox() {
                    0
                } else {
                    1
                }
            };
            match self.ring.submit_and_wait(want) {
                Ok(_) => {}
                Err(e) if matches!(e.raw_os_error(), Some(libc::EINTR) | Some(libc::EBUSY)) => {}
                Err(e) => panic!("io_uring submit: {e}"),
            }
            self.shared.set_sleeping(id, false);
            self.worker.now_ms = now_ms();
            self.reap();
        }
        // Close every connection so clients see the server go.
        for (_, c) in self.conns.iter() {
            // SAFETY: plain syscalls on fds this loop owns.
            unsafe {
                libc::shutdown(c.fd, libc::SHUT_RDWR);
                libc::close(c.fd);
            }
        }
        commands::stats::CONNECTED_CLIENTS.fetch_sub(
            self.conns.len() as u64,
            std::sync::atomic::Ordering::Relaxed,
        );
    }

    fn reap(&mut self) {
        self.cqes.clear();
        self.cqes.extend(
            self.ring
                .completion()
                .map(|c| (c.user_data(), c.result(), c.flags())),
        );
        for i in 0..self.cqes.len() {
            let (ud, res, flags) = self.cqes[i];
            let (op, gen, idx) = split_user_data(ud);
            match op {
                OP_ACCEPT => self.on_accept(idx as usize, res, flags),
                OP_RECV => self.on_recv(idx as usize, gen, res, flags),
                OP_SEND => self.on_send(idx as usize, gen, res),
                OP_WAKE => self.arm_wake(),
                OP_TIMER => {
                    if res == -libc::ECANCELED {
                        self.timer_retiring = false;
                    } else {
                        self.worker.cron(Duration::from_millis(1));
                    }
                    if !cqueue::more(flags) {
                        self.arm_timer();
                    }
                    self.follow_hz();
                }
                // A failed removal leaves the old timer running: let the next tick retry.
                OP_TIMER_REMOVE if res < 0 => self.timer_retiring = false,
                _ => {}
            }
        }
    }

    fn on_accept(&mut self, li: usize, res: i32, flags: u32) {
        if !cqueue::more(flags) {
            self.arm_accept(li);
        }
        if res < 0 {
            return;
        }
        let fd = res;
        use std::sync::atomic::Ordering::Relaxed;
        let stats = &commands::stats::STATS;
        let unix = self.listeners[li].unix;
        let maxclients = commands::server::settings().maxclients;
        if commands::stats::CONNECTED_CLIENTS.load(Relaxed) >= maxclients {
            stats.rejected_connections.fetch_add(1, Relaxed);
            let msg = b"-ERR max number of clients reached\r\n";
            refuse(fd, msg);
            return;
        }
        commands::stats::CONNECTED_CLIENTS.fetch_add(1, Relaxed);
        if !unix {
            let one: libc::c_int = 1;
            // SAFETY: setsockopt with a live c_int of the size we pass.
            unsafe {
                libc::setsockopt(
                    fd,
                    libc::IPPROTO_TCP,
                    libc::TCP_NODELAY,
                    &one as *const libc::c_int as *const libc::c_void,
                    std::mem::size_of::<libc::c_int>() as libc::socklen_t,
                );
            }
        }
        let (addr, laddr) = if unix {
            (
                format!("{}:0", self.listeners[li].laddr),
                self.listeners[li].laddr.clone(),
            )
        } else {
            (sock_addr(fd, true), sock_addr(fd, false))
        };
        if let Some(msg) = commands::connection::protected_mode_denial(unix, &addr) {
            stats.rejected_connections.fetch_add(1, Relaxed);
            commands::stats::CONNECTED_CLIENTS.fetch_sub(1, Relaxed);
            refuse(fd, msg);
            return;
        }
        // As Redis, connections turned away are not counted as received.
        stats.total_connections.fetch_add(1, Relaxed);
        let gen = self.next_gen;
        self.next_gen = (self.next_gen + 1) & 0xff_ffff;
        let authenticated = !commands::connection::auth_required();
        let client = Client::new(addr, laddr, fd, unix, self.worker.now_ms, authenticated);
        let idx = self.conns.insert(Conn {
            fd,
            gen,
            client,
            out: ReplyBuf::new(2),
            send: SendSlot::default(),
            pending: Vec::new(),
            need: 0,
            waiting: false,
            recv_armed: false,
            eof: false,
            closing: false,
            shut: false,
            dirty: false,
        });
        self.arm_recv(idx);
    }

    fn live(&self, idx: usize, gen: u32) -> bool {
        matches!(self.conns.get(idx), Some(c) if c.gen == gen)
    }

    fn on_recv(&mut self, idx: usize, gen: u32, res: i32, flags: u32) {
        let more = cqueue::more(flags);
        if !self.live(idx, gen) {
            if let Some(bid) = cqueue::buffer_select(flags) {
                let r = self.bufs.received(bid, 0);
                self.bufs.recycle(r);
            }
            return;
        }
        if res > 0 {
            let bid = cqueue::buffer_select(flags).expect("multishot recv always selects a buffer");
            let r = self.bufs.received(bid, res as usize);
            commands::stats::STATS
                .net_input_bytes
                .fetch_add(res as u64, std::sync::atomic::Ordering::Relaxed);
            self.input(idx, Some(&r));
            self.bufs.recycle(r);
        } else if res == 0 {
            self.conns[idx].eof = true;
        } else if res != -libc::ENOBUFS {
            // A receive error: the connection is broken.
            self.conns[idx].closing = true;
        }
        if !more {
            let c = &mut self.conns[idx];
            c.recv_armed = false;
            if !c.closing && !c.eof {
                self.arm_recv(idx);
            }
        }
        self.maybe_close(idx);
    }

    fn on_send(&mut self, idx: usize, gen: u32, res: i32) {
        if !self.live(idx, gen) {
            return;
        }
        let c = &mut self.conns[idx];
        if res < 0 {
            c.send.busy = false;
            c.send.buf.clear();
            c.closing = true;
        } else {
            commands::stats::STATS
                .net_output_bytes
                .fetch_add(res as u64, std::sync::atomic::Ordering::Relaxed);
            if !c.send.complete(res as usize) {
                let e = c.send.entry(c.fd, user_data(OP_SEND, c.gen, idx as u32));
                push(&mut self.ring, e);
                return;
            }
            if !c.out.is_empty() {
                self.mark_dirty(idx);
            }
        }
        self.maybe_close(idx);
    }

    fn mark_dirty(&mut self, idx: usize) {
        let c = &mut self.conns[idx];
        if !c.dirty {
            c.dirty = true;
            self.dirty.push(idx);
        }
    }

    /// Closes a connection that is done: nothing in flight on the ring, nothing left to send.
    fn maybe_close(&mut self, idx: usize) {
        let c = &mut self.conns[idx];
        if c.client.killed || (c.eof && !c.waiting) {
            c.closing = true;
        }
        if !c.closing || c.send.busy || (!c.out.is_empty() && !c.shut) {
            return;
        }
        if c.recv_armed {
            if !c.shut {
                c.shut = true;
                // SAFETY: plain syscall on an fd we own; ends the armed receive.
                unsafe { libc::shutdown(c.fd, libc::SHUT_RDWR) };
            }
            return;
        }
        let mut c = self.conns.remove(idx);
        // Its watched keys are watched no more (an unfinished MULTI just goes with it).
        self.worker.release_watches(&mut c.client);
        // SAFETY: the fd is ours and nothing on the ring refers to it any more.
        unsafe { libc::close(c.fd) };
        commands::stats::CONNECTED_CLIENTS.fetch_sub(1, std::sync::atomic::Ordering::Relaxed);
    }

    /// New bytes for a connection (or none, to go on after a command replied): parse and run
    /// every complete request unless it waits for one.
    fn input(&mut self, idx: usize, fresh: Option<&bufring::Received>) {
        let c = &mut self.conns[idx];
        let data: &[u8] = match fresh {
            Some(r) => self.bufs.data(r),
            None => &[],
        };
        if c.closing {
            return;
        }
        if c.waiting || !c.pending.is_empty() || fresh.is_none() {
            c.pending.extend_from_slice(data);
            if c.waiting || c.pending.len() < c.need {
                self.check_query_limit(idx);
                return;
            }
            let pending = std::mem::take(&mut self.conns[idx].pending);
            let used = process(
                &mut self.conns[idx],
                idx,
                &mut self.worker,
                &mut self.spans,
                &mut self.inline_buf,
                &pending,
            );
            let c = &mut self.conns[idx];
            let mut pending = pending;
            pending.drain(..used);
            // Keep bytes that arrived while `process` ran? None can: we are single-threaded.
            c.pending = pending;
            self.check_query_limit(idx);
        } else {
            let used = process(
                &mut self.conns[idx],
                idx,
                &mut self.worker,
                &mut self.spans,
                &mut self.inline_buf,
                data,
            );
            if used < data.len() {
                self.conns[idx].pending.extend_from_slice(&data[used..]);
                self.check_query_limit(idx);
            }
        }
        self.mark_dirty(idx);
    }

    fn check_query_limit(&mut self, idx: usize) {
        let c = &mut self.conns[idx];
        c.client.qbuf = c.pending.len();
        if c.pending.len() as u64 > commands::client_query_buffer_limit() {
            // Redis closes such a client without a reply.
            c.closing = true;
            c.pending = Vec::new();
        }
    }

    /// Runs tasks from other threads (and our own deferred ones), then lets every connection
    /// whose command replied go on with its buffered input.
    fn run_tasks(&mut self) {
        loop {
            let mut host = ConnHost {
                conns: &mut self.conns,
                resumed: &mut self.resumed,
                killed: &mut self.killed,
            };
            self.worker.run_tasks(&mut host);
            if self.resumed.is_empty() {
                break;
            }
            let resumed = std::mem::take(&mut self.resumed);
            for idx in resumed {
                if let Some(c) = self.conns.get_mut(idx) {
                    c.waiting = false;
                    if c.client.close_after_reply || c.client.killed {
                        c.closing = true;
                    }
                    self.mark_dirty(idx);
                    self.input(idx, None);
                    self.maybe_close(idx);
                }
            }
        }
        for idx in std::mem::take(&mut self.killed) {
            if let Some(c) = self.conns.get_mut(idx) {
                c.closing = true;
                self.mark_dirty(idx);
            }
        }
    }

    /// One send per connection with output; connections done closing go.
    fn flush(&mut self) {
        let dirty = std::mem::take(&mut self.dirty);
        for &idx in &dirty {
            let Some(c) = self.conns.get_mut(idx) else {
                continue;
            };
            c.dirty = false;
            if !c.send.busy && !c.out.is_empty() && !c.shut {
                let e = c
                    .send
                    .start(&mut c.out.buf, c.fd, user_data(OP_SEND, c.gen, idx as u32));
                push(&mut self.ring, e);
            }
            // Output still waiting behind a send in flight (CLIENT LIST omem).
            c.client.omem = c.out.buf.len();
            self.maybe_close(idx);
        }
        self.dirty = dirty;
        self.dirty.clear();
    }
}

/// Parses and runs requests from `buf`; returns the bytes consumed.
fn process(
    conn: &mut Conn,
    idx: usize,
    worker: &mut Worker,
    spans: &mut Vec<Span>,
    inline_buf: &mut Vec<u8>,
    buf: &[u8],
) -> usize {
    let cref = ConnRef {
        idx: idx as u32,
        gen: conn.gen,
    };
    let mut pos = 0;
    let mut argv: Vec<&[u8]> = Vec::with_capacity(8);
    conn.need = 0;
    while pos < buf.len() && !conn.closing && !conn.waiting {
        let lim = Limits {
            max_bulk_len: commands::proto_max_bulk_len(),
            authenticated: conn.client.authenticated,
        };
        match parse_request(&buf[pos..], &lim, spans, inline_buf) {
            Parsed::Request { consumed, inline } => {
                let outcome = if inline {
                    let owned: Vec<Vec<u8>> = spans
                        .iter()
                        .map(|s| inline_buf[s.start as usize..s.end as usize].to_vec())
                        .collect();
                    pos += consumed;
                    if owned.is_empty() {
                        continue;
                    }
                    let args: Vec<&[u8]> = owned.iter().map(|a| a.as_slice()).collect();
                    worker.dispatch(cref, &mut conn.client, &mut conn.out, &args)
                } else {
                    let base = &buf[pos..];
                    argv.clear();
                    argv.extend(
                        spans
                            .iter()
                            .map(|s| &base[s.start as usize..s.end as usize]),
                    );
                    pos += consumed;
                    if argv.is_empty() {
                        continue;
                    }
                    worker.dispatch(cref, &mut conn.client, &mut conn.out, &argv)
                };
                if let Outcome::Pending = outcome {
                    conn.waiting = true;
                }
                if conn.client.close_after_reply || conn.client.killed {
                    conn.closing = true;
                }
            }
            Parsed::Incomplete { need } => {
                conn.need = need;
                break;
            }
            Parsed::Error(e) => {
                let mut line = b"ERR ".to_vec();
                line.extend_from_slice(e.as_bytes());
                conn.out.error_bytes(&line);
                conn.closing = true;
                pos = buf.len();
            }
        }
    }
    pos
}

/// Turns a just-accepted connection away with one error line, as Redis does for maxclients
/// and protected mode: best effort, never blocking.
fn refuse(fd: RawFd, msg: &[u8]) {
    // SAFETY: plain syscalls on an fd we were just given and nothing else refers to.
    unsafe {
        libc::send(
            fd,
            msg.as_ptr() as *const libc::c_void,
            msg.len(),
            libc::MSG_DONTWAIT,
        );
        libc::close(fd);
    }
}

/// The peer (`peer = true`) or local address of a socket as "ip:port".
fn sock_addr(fd: RawFd, peer: bool) -> String {
    // SAFETY: sockaddr_storage is plain data; the kernel writes at most `len` bytes into it.
    unsafe {
        let mut ss: libc::sockaddr_storage = std::mem::zeroed();
        let mut len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
        let p = &mut ss as *mut _ as *mut libc::sockaddr;
        let r = if peer {
            libc::getpeername(fd, p, &mut len)
        } else {
            libc::getsockname(fd, p, &mut len)
        };
        if r != 0 {
            return "?:0".into();
        }
        match ss.ss_family as i32 {
            libc::AF_INET => {
                let a = &*(p as *const libc::sockaddr_in);
                let ip = std::net::Ipv4Addr::from(u32::from_be(a.sin_addr.s_addr));
                format!("{}:{}", ip, u16::from_be(a.sin_port))
            }
            libc::AF_INET6 => {
                let a = &*(p as *const libc::sockaddr_in6);
                let ip = std::net::Ipv6Addr::from(a.sin6_addr.s6_addr);
                format!("{}:{}", ip, u16::from_be(a.sin6_port))
            }
            _ => "?:0".into(),
        }
    }
}

/// Fails as redis-server does when another process holds the port: SO_REUSEPORT listeners
/// would otherwise share it silently with any other process of the same user.
pub fn check_port_free(addr: &str, port: u16) -> std::io::Result<()> {
    std::net::TcpListener::bind((addr, port)).map(drop)
}

/// A TCP listener with SO_REUSEPORT, so every thread can have its own on the same port.
pub fn tcp_listener(addr: &str, port: u16, backlog: i32) -> std::io::Result<RawFd> {
    use std::net::ToSocketAddrs;
    let sa = (addr, port)
        .to_socket_addrs()?
        .next()
        .ok_or_else(|| std::io::Error::new(std::io::ErrorKind::InvalidInput, "bad address"))?;
    let sock = match sa {
        std::net::SocketAddr::V4(_) => libc::AF_INET,
        std::net::SocketAddr::V6(_) => libc::AF_INET6,
    };
    // SAFETY: plain socket syscalls with checked results; sockaddr structs are built from
    // parsed addresses and passed with their exact sizes.
    unsafe {
        let fd = libc::socket(sock, libc::SOCK_STREAM | libc::SOCK_CLOEXEC, 0);
        if fd < 0 {
            return Err(std::io::Error::last_os_error());
        }
        let one: libc::c_int = 1;
        let sz = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
        let onep = &one as *const libc::c_int as *const libc::c_void;
        libc::setsockopt(fd, libc::SOL_SOCKET, libc::SO_REUSEADDR, onep, sz);
        libc::setsockopt(fd, libc::SOL_SOCKET, libc::SO_REUSEPORT, onep, sz);
        let r = match sa {
            std::net::SocketAddr::V4(a) => {
                let mut s: libc::sockaddr_in = std::mem::zeroed();
                s.sin_family = libc::AF_INET as libc::sa_family_t;
                s.sin_port = a.port().to_be();
                s.sin_addr.s_addr = u32::from(*a.ip()).to_be();
                libc::bind(
                    fd,
                    &s as *const _ as *const libc::sockaddr,
                    std::mem::size_of::<libc::sockaddr_in>() as libc::socklen_t,
                )
            }
            std::net::SocketAddr::V6(a) => {
                libc::setsockopt(fd, libc::IPPROTO_IPV6, libc::IPV6_V6ONLY, onep, sz);
                let mut s: libc::sockaddr_in6 = std::mem::zeroed();
                s.sin6_family = libc::AF_INET6 as libc::sa_family_t;
                s.sin6_port = a.port().to_be();
                s.sin6_addr.s6_addr = a.ip().octets();
                libc::bind(
                    fd,
                    &s as *const _ as *const libc::sockaddr,
                    std::mem::size_of::<libc::sockaddr_in6>() as libc::socklen_t,
                )
            }
        };
        if r != 0 || libc::listen(fd, backlog) != 0 {
            let e = std::io::Error::last_os_error();
            libc::close(fd);
            return Err(e);
        }
        Ok(fd)
    }
}

/// The unix-socket listener: one socket, shared by every thread's accept.
pub fn unix_listener(path: &str, perm: u32, backlog: i32) -> std::io::Result<RawFd> {
    let _ = std::fs::remove_file(path);
    let l = std::os::unix::net::UnixListener::bind(path)?;
    if perm != 0 {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(perm))?;
    }
    use std::os::fd::IntoRawFd;
    let fd = l.into_raw_fd();
    // SAFETY: re-listen on our own fd to apply the configured backlog.
    unsafe { libc::listen(fd, backlog) };
    Ok(fd)
}

/// Starts one event loop per shard and waits for them to stop.
pub fn run_threads(
    shared: Arc<Shared>,
    inboxes: Vec<std::sync::mpsc::Receiver<Task>>,
    listeners: Vec<Vec<Listener>>,
    cfg: LoopConfig,
) {
    let mut handles = Vec::new();
    for (id, (inbox, ls)) in inboxes.into_iter().zip(listeners).enumerate() {
        let shared = shared.clone();
        let cfg = cfg.clone();
        let h = std::thread::Builder::new()
            .name(format!("ringkv-{id}"))
            .spawn(move || {
                let worker = Worker::new(id, shared.clone(), inbox, cfg.databases);
                let el = EventLoop::new(worker, shared, ls, cfg).unwrap_or_else(|e| {
                    log::warning(&format!("io_uring set-up failed: {e}"));
                    std::process::exit(1);
                });
                el.run();
            })
            .expect("spawn thread");
        handles.push(h);
    }
    for h in handles {
        let _ = h.join();
    }
}
