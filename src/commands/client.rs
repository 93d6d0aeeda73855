//! The state of one client connection that commands may read or change (CLIENT, HELLO,
//! SELECT, AUTH...). The socket itself belongs to the server layer; this is what is left
//! when the I/O is taken away, so commands can be tested without a socket.
use std::sync::atomic::{AtomicU64, Ordering};

static NEXT_ID: AtomicU64 = AtomicU64::new(1);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReplyMode {
    On,
    Off,
    /// Skip the reply of the next command only.
    Skip,
    /// Set by `Skip` for the command right after it.
    SkipThis,
}

#[derive(Debug)]
pub struct Client {
    pub id: u64,
    pub name: Vec<u8>,
    pub db: usize,
    pub resp: u8,
    pub authenticated: bool,
    pub no_evict: bool,
    pub no_touch: bool,
    pub reply: ReplyMode,
    pub addr: String,
    pub laddr: String,
    pub fd: i32,
    pub unix: bool,
    pub created_ms: u64,
    pub last_ms: u64,
    /// Full name of the last command ("client|list").
    pub last_cmd: String,
    /// Close once the pending replies are written (QUIT, protocol errors).
    pub close_after_reply: bool,
    /// Set by CLIENT KILL on any thread: the server closes the connection.
    pub killed: bool,
    /// Bytes buffered but not yet parsed / replies not yet sent (CLIENT LIST qbuf, omem).
    pub qbuf: usize,
    pub omem: usize,
    /// Commands queued since MULTI (None: not in a transaction).
    pub multi: Option<Box<super::transactions::Multi>>,
    /// Keys WATCHed, with the versions their shards reported.
    pub watched: Vec<super::transactions::Watched>,
}

impl Client {
    pub fn new(
        addr: String,
        laddr: String,
        fd: i32,
        unix: bool,
        now_ms: u64,
        authenticated: bool,
    ) -> Client {
        Client {
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
            name: Vec::new(),
            db: 0,
            resp: 2,
            authenticated,
            no_evict: false,
            no_touch: false,
            reply: ReplyMode::On,
            addr,
            laddr,
            fd,
            unix,
            created_ms: now_ms,
            last_ms: now_ms,
            last_cmd: "NULL".into(),
            close_after_reply: false,
            killed: false,
            qbuf: 0,
            omem: 0,
            multi: None,
            watched: Vec::new(),
        }
    }

    /// One line of CLIENT LIST / CLIENT INFO, with Redis 7.0's fields in Redis's order.
    pub fn info_line(&self, now_ms: u64) -> String {
        let mut flags = String::new();
        if self.unix {
            flags.push('U');
        }
        if self.no_evict {
            flags.push('e');
        }
        if self.no_touch {
            flags.push('T');
        }
        if self.multi.is_some() {
            flags.push('x');
        }
        if flags.is_empty() {
            flags.push('N');
        }
        format!(
            "id={} addr={} laddr={} fd={} name={} age={} idle={} flags={} db={} sub=0 psub=0 ssub=0 multi={} qbuf={} qbuf-free={} argv-mem=0 multi-mem=0 rbs=16384 rbp=0 obl=0 oll=0 omem={} tot-mem={} events=r cmd={} user=default redir=-1 resp={}",
            self.id,
            self.addr,
            self.laddr,
            self.fd,
            String::from_utf8_lossy(&self.name),
            now_ms.saturating_sub(self.created_ms) / 1000,
            now_ms.saturating_sub(self.last_ms) / 1000,
            flags,
            self.db,
            self.multi.as_ref().map_or(-1, |m| m.queue.len() as i64),
            self.qbuf,
            0,
            self.omem,
            self.qbuf + self.omem,
            self.last_cmd,
            self.resp
        )
    }
}

/// The clients of one thread, as fan-out pieces see them (CLIENT LIST, CLIENT KILL, INFO).
pub trait ClientSet {
    fn for_each(&mut self, f: &mut dyn FnMut(&mut Client));

    /// The id of the client whose command is running (CLIENT KILL SKIPME); 0: none.
    fn caller(&self) -> u64 {
        0
    }
}

/// A thread's clients, seen on behalf of the client `id` (a fan-out piece's view).
pub struct Caller<'a> {
    pub clients: &'a mut dyn ClientSet,
    pub id: u64,
}

impl ClientSet for Caller<'_> {
    fn for_each(&mut self, f: &mut dyn FnMut(&mut Client)) {
        self.clients.for_each(f)
    }

    fn caller(&self) -> u64 {
        self.id
    }
}

/// For contexts without connections (tests, transaction views).
pub struct NoClients;

impl ClientSet for NoClients {
    fn for_each(&mut self, _f: &mut dyn FnMut(&mut Client)) {}
}
