//! Integration-test harness for ringkv.
//!
//! * [`Server`] starts a ringkv (or, for reference, a redis-server) on a free
//!   port and kills + reaps it on drop.
//! * [`Conn`] is a raw RESP client (TCP or unix socket) returning the exact
//!   bytes of each reply.
//! * [`Script`] / [`diff`] / [`diff_run`] run the same commands against
//!   redis-server, `ringkv --threads 1` and `ringkv --threads 4` and assert the
//!   replies are byte-identical (with opt-in relaxations, see [`Cmp`]).
//! * [`diff_random`] does the same for generated commands, pipelined.
//!
//! The binary under test is `$RINGKV_BIN` when set, else
//! `CARGO_BIN_EXE_ringkv` (set by cargo for integration tests of the ringkv
//! crate).
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs::File;
use std::io::{self, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// How long a single reply may take before the test fails.
pub const REPLY_TIMEOUT: Duration = Duration::from_secs(5);
/// How long a server may take to answer its first PING.
pub const START_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a server gets to exit after SIGTERM before SIGKILL.
pub const STOP_TIMEOUT: Duration = Duration::from_secs(3);

// ---------------------------------------------------------------------------
// Ports, paths, binaries
// ---------------------------------------------------------------------------

/// Ports already handed out in this process (tests run as parallel threads).
static PORTS: Mutex<Vec<u16>> = Mutex::new(Vec::new());
static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// A TCP port on 127.0.0.1 that was free a moment ago and that no other test
/// of this process has been given.
pub fn free_port() -> u16 {
    let mut used = PORTS.lock().unwrap_or_else(|e| e.into_inner());
    for _ in 0..200 {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
        let port = listener.local_addr().expect("local_addr").port();
        drop(listener);
        if !used.contains(&port) {
            used.push(port);
            return port;
        }
    }
    panic!("free_port: could not find an unused port");
}

/// A fresh path in the temp dir, unique within this machine run.
pub fn temp_path(tag: &str, ext: &str) -> PathBuf {
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    std::env::temp_dir().join(format!(
        "ringkv-itest-{}-{}-{}.{}",
        std::process::id(),
        n,
        tag,
        ext
    ))
}

/// A fresh unix socket path (short enough for sun_path).
pub fn unix_socket_path() -> PathBuf {
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    PathBuf::from(format!("/tmp/rkv-{}-{}.sock", std::process::id(), n))
}

/// Path of the binary under test.
pub fn ringkv_bin() -> String {
    if let Some(p) = std::env::var("RINGKV_BIN").ok().filter(|p| !p.is_empty()) {
        return p;
    }
    match option_env!("CARGO_BIN_EXE_ringkv") {
        Some(p) => p.to_string(),
        None => panic!(
            "no ringkv binary: set RINGKV_BIN=/path/to/ringkv \
             (CARGO_BIN_EXE_ringkv is only set inside the ringkv crate)"
        ),
    }
}

/// Is `redis-server` on PATH?
pub fn redis_available() -> bool {
    static AVAILABLE: OnceLock<bool> = OnceLock::new();
    *AVAILABLE.get_or_init(|| {
        std::env::var_os("PATH")
            .map(|paths| std::env::split_paths(&paths).any(|d| d.join("redis-server").is_file()))
            .unwrap_or(false)
    })
}

/// Prints the skip notice and returns true when redis-server is missing.
pub fn skip_without_redis() -> bool {
    if redis_available() {
        false
    } else {
        println!("skipped: redis-server not installed");
        true
    }
}

// ---------------------------------------------------------------------------
// Server processes
// ---------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Ringkv,
    Redis,
}

/// A running server process; dropped => SIGTERM, then SIGKILL, then reaped.
pub struct Server {
    child: Option<Child>,
    pub port: u16,
    pub kind: Kind,
    /// Human-readable name used in failure messages.
    pub name: String,
    pub log_path: PathBuf,
    /// Value of `--unixsocket` if it was passed.
    pub unixsocket: Option<PathBuf>,
}

impl Server {
    /// Starts the ringkv under test: `ringkv --port P --save '' --appendonly no <args>`.
    pub fn start(args: &[&str]) -> Server {
        Self::launch(Kind::Ringkv, args)
    }

    /// Starts a reference redis-server:
    /// `redis-server --port P --save '' --appendonly no --bind 127.0.0.1 <args>`.
    pub fn start_redis(args: &[&str]) -> Server {
        Self::launch(Kind::Redis, args)
    }

    fn launch(kind: Kind, args: &[&str]) -> Server {
        let mut failures = String::new();
        for attempt in 1..=5 {
            let port = free_port();
            let port_s = port.to_string();
            let tmp = std::env::temp_dir().to_string_lossy().into_owned();
            let (program, mut full): (String, Vec<String>) = match kind {
                // Same persistence settings as the reference, so CONFIG GET agrees.
                Kind::Ringkv => (
                    ringkv_bin(),
                    ["--port", &port_s, "--save", "", "--appendonly", "no"]
                        .iter()
                        .map(|s| s.to_string())
                        .collect(),
                ),
                Kind::Redis => (
                    "redis-server".to_string(),
                    ["--port", &port_s, "--save", "", "--appendonly", "no"]
                        .iter()
                        .chain(["--bind", "127.0.0.1", "--dir", &tmp].iter())
                        .map(|s| s.to_string())
                        .collect(),
                ),
            };
            full.extend(args.iter().map(|s| s.to_string()));
            let name = match kind {
                Kind::Ringkv => format!("ringkv {}", args.join(" ")),
                Kind::Redis => format!("redis-server {}", args.join(" ")),
            }
            .trim()
            .to_string();
            let log_path = temp_path(
                if kind == Kind::Redis {
                    "redis"
                } else {
                    "ringkv"
                },
                "log",
            );
            let log = File::create(&log_path).expect("create server log file");
            let log2 = log.try_clone().expect("clone log file handle");
            let child = Command::new(&program)
                .args(&full)
                .stdin(Stdio::null())
                .stdout(log)
                .stderr(log2)
                .spawn()
                .unwrap_or_else(|e| panic!("cannot spawn {program}: {e}"));
            let unixsocket = args
                .iter()
                .position(|a| *a == "--unixsocket")
                .and_then(|i| args.get(i + 1))
                .map(PathBuf::from);
            let mut server = Server {
                child: Some(child),
                port,
                kind,
                name,
                log_path,
                unixsocket,
            };
            match server.wait_ready() {
                Ok(()) => return server,
                Err((exited, msg)) => {
                    let _ = writeln!(
                        failures,
                        "attempt {attempt} (port {port}): {msg}\n--- log tail ---\n{}",
                        server.log_tail(20)
                    );
                    server.stop();
                    if !exited {
                        break; // hung: retrying would only waste time
                    }
                }
            }
        }
        panic!("could not start the {kind:?} server:\n{failures}");
    }

    /// Waits until the server answers PING (any +/- reply: NOAUTH counts).
    /// Err((process_exited, message)).
    fn wait_ready(&mut self) -> Result<(), (bool, String)> {
        let deadline = Instant::now() + START_TIMEOUT;
        let addr: SocketAddr = ([127, 0, 0, 1], self.port).into();
        loop {
            if let Some(status) = self
                .child
                .as_mut()
                .and_then(|c| c.try_wait().ok().flatten())
            {
                return Err((true, format!("process exited early with {status}")));
            }
            if let Ok(mut s) = TcpStream::connect_timeout(&addr, Duration::from_millis(200)) {
                let _ = s.set_read_timeout(Some(Duration::from_secs(1)));
                let _ = s.set_write_timeout(Some(Duration::from_secs(1)));
                if s.write_all(b"*1\r\n$4\r\nPING\r\n").is_ok() {
                    let mut b = [0u8; 64];
                    if matches!(s.read(&mut b), Ok(n) if n > 0 && (b[0] == b'+' || b[0] == b'-')) {
                        return Ok(());
                    }
                }
            }
            if Instant::now() >= deadline {
                return Err((false, format!("no PING reply within {START_TIMEOUT:?}")));
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    pub fn addr(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    /// URL for the `redis` crate.
    pub fn url(&self) -> String {
        format!("redis://127.0.0.1:{}/", self.port)
    }

    /// A new raw TCP connection.
    pub fn conn(&self) -> Conn {
        let mut c = Conn::connect(self.port);
        c.name = self.name.clone();
        c
    }

    /// A new raw unix-socket connection (server must have been started with
    /// `--unixsocket`).
    pub fn unix_conn(&self) -> Conn {
        let path = self
            .unixsocket
            .as_ref()
            .expect("server was not started with --unixsocket");
        let mut c = Conn::connect_unix(path);
        c.name = self.name.clone();
        c
    }

    pub fn pid(&self) -> Option<u32> {
        self.child.as_ref().map(|c| c.id())
    }

    /// Is the process still running?
    pub fn is_running(&mut self) -> bool {
        match self.child.as_mut() {
            Some(c) => matches!(c.try_wait(), Ok(None)),
            None => false,
        }
    }

    /// Waits (bounded) for the process to exit by itself; reaps it.
    pub fn wait_exit(&mut self, timeout: Duration) -> Option<ExitStatus> {
        let deadline = Instant::now() + timeout;
        let child = self.child.as_mut()?;
        loop {
            if let Ok(Some(status)) = child.try_wait() {
                self.child = None;
                return Some(status);
            }
            if Instant::now() >= deadline {
                return None;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Sends SIGTERM (if still running) without waiting.
    pub fn terminate(&mut self) {
        let Some(child) = self.child.as_mut() else {
            return;
        };
        if let Ok(None) = child.try_wait() {
            let _ = Command::new("kill")
                .args(["-TERM", &child.id().to_string()])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status();
        }
    }

    /// SIGTERM, wait up to STOP_TIMEOUT, SIGKILL, reap.
    pub fn stop(&mut self) {
        self.terminate();
        let Some(mut child) = self.child.take() else {
            return;
        };
        let deadline = Instant::now() + STOP_TIMEOUT;
        loop {
            match child.try_wait() {
                Ok(Some(_)) => return,
                Ok(None) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(5))
                }
                _ => break,
            }
        }
        eprintln!(
            "{}: did not exit within {STOP_TIMEOUT:?} of SIGTERM, killing",
            self.name
        );
        let _ = child.kill();
        let _ = child.wait();
    }

    /// The last `n` lines of the server's captured stdout+stderr.
    pub fn log_tail(&self, n: usize) -> String {
        let text = std::fs::read(&self.log_path).unwrap_or_default();
        let text = String::from_utf8_lossy(&text);
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(n)..].join("\n")
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop();
        if std::thread::panicking() && self.kind == Kind::Ringkv {
            eprintln!(
                "---- {} (port {}) log tail ({}) ----\n{}\n---- end of log ----",
                self.name,
                self.port,
                self.log_path.display(),
                self.log_tail(40)
            );
        } else {
            let _ = std::fs::remove_file(&self.log_path);
        }
        if let Some(p) = &self.unixsocket {
            let _ = std::fs::remove_file(p);
        }
    }
}

/// Stops several servers concurrently (SIGTERM to all, then wait for each).
pub fn stop_all(servers: &mut [Server]) {
    for s in servers.iter_mut() {
        s.terminate();
    }
    for s in servers.iter_mut() {
        s.stop();
    }
}

/// Runs `f` on ringkv with 1 and 4 threads and, when redis-server is
/// installed, on a reference redis-server too (so that property tests are
/// themselves validated against redis).  All get `args`.
pub fn on_each_server(args: &[&str], f: impl Fn(&Server)) {
    let t1: Vec<&str> = ["--threads", "1"].iter().chain(args).copied().collect();
    let t4: Vec<&str> = ["--threads", "4"].iter().chain(args).copied().collect();
    let mut servers = vec![Server::start(&t1), Server::start(&t4)];
    if redis_available() {
        servers.push(Server::start_redis(args));
    }
    for s in &servers {
        f(s);
    }
    stop_all(&mut servers);
}

/// Starts, in parallel, the reference redis-server, `ringkv --threads 1` and
/// `ringkv --threads 4`, all with `extra` arguments.
pub fn start_trio(extra: &[&str]) -> Vec<Server> {
    let t1: Vec<&str> = ["--threads", "1"].iter().chain(extra).copied().collect();
    let t4: Vec<&str> = ["--threads", "4"].iter().chain(extra).copied().collect();
    std::thread::scope(|sc| {
        let a = sc.spawn(|| Server::start_redis(extra));
        let b = sc.spawn(|| Server::start(&t1));
        let c = sc.spawn(|| Server::start(&t4));
        [a, b, c]
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

// ---------------------------------------------------------------------------
// RESP encoding / parsing / pretty printing
// ---------------------------------------------------------------------------

/// Encodes a multibulk request.
pub fn encode<A: AsRef<[u8]>>(args: &[A]) -> Vec<u8> {
    let mut out =
        Vec::with_capacity(16 + args.iter().map(|a| a.as_ref().len() + 16).sum::<usize>());
    out.extend_from_slice(format!("*{}\r\n", args.len()).as_bytes());
    for a in args {
        let a = a.as_ref();
        out.extend_from_slice(format!("${}\r\n", a.len()).as_bytes());
        out.extend_from_slice(a);
        out.extend_from_slice(b"\r\n");
    }
    out
}

/// Splits a command line into arguments like redis-cli / sdssplitargs:
/// whitespace separated, "double quotes" with \n \r \t \b \a \\ \" \xHH escapes,
/// 'single quotes' with \' only.  `""` is an empty argument.
pub fn split_args(line: &str) -> Vec<Vec<u8>> {
    let b = line.as_bytes();
    let mut i = 0;
    let mut out = Vec::new();
    loop {
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        if i >= b.len() {
            return out;
        }
        let mut cur = Vec::new();
        if b[i] == b'"' {
            i += 1;
            loop {
                assert!(i < b.len(), "unbalanced double quote in {line:?}");
                match b[i] {
                    b'\\' if i + 1 < b.len() => {
                        i += 1;
                        match b[i] {
                            b'n' => cur.push(b'\n'),
                            b'r' => cur.push(b'\r'),
                            b't' => cur.push(b'\t'),
                            b'b' => cur.push(8),
                            b'a' => cur.push(7),
                            b'x' if i + 2 < b.len()
                                && b[i + 1].is_ascii_hexdigit()
                                && b[i + 2].is_ascii_hexdigit() =>
                            {
                                let h = std::str::from_utf8(&b[i + 1..i + 3]).unwrap();
                                cur.push(u8::from_str_radix(h, 16).unwrap());
                                i += 2;
                            }
                            c => cur.push(c),
                        }
                        i += 1;
                    }
                    b'"' => {
                        i += 1;
                        break;
                    }
                    c => {
                        cur.push(c);
                        i += 1;
                    }
                }
            }
        } else if b[i] == b'\'' {
            i += 1;
            loop {
                assert!(i < b.len(), "unbalanced single quote in {line:?}");
                match b[i] {
                    b'\\' if i + 1 < b.len() && b[i + 1] == b'\'' => {
                        cur.push(b'\'');
                        i += 2;
                    }
                    b'\'' => {
                        i += 1;
                        break;
                    }
                    c => {
                        cur.push(c);
                        i += 1;
                    }
                }
            }
        } else {
            while i < b.len() && !b[i].is_ascii_whitespace() {
                cur.push(b[i]);
                i += 1;
            }
        }
        out.push(cur);
    }
}

/// A parsed RESP2/RESP3 reply.  Numbers are kept as their exact text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reply {
    Simple(Vec<u8>),
    Error(Vec<u8>),
    Int(Vec<u8>),
    Bulk(Vec<u8>),
    NilBulk,
    Array(Vec<Reply>),
    NilArray,
    Null,
    Double(Vec<u8>),
    Bool(bool),
    BigNum(Vec<u8>),
    BlobError(Vec<u8>),
    Verbatim(Vec<u8>),
    Map(Vec<(Reply, Reply)>),
    Set(Vec<Reply>),
    Push(Vec<Reply>),
    Attr(Vec<(Reply, Reply)>, Box<Reply>),
}

fn find_crlf(buf: &[u8], from: usize) -> Option<usize> {
    buf.get(from..)?
        .windows(2)
        .position(|w| w == b"\r\n")
        .map(|p| from + p)
}

fn parse_len(s: &[u8]) -> Result<i64, String> {
    std::str::from_utf8(s)
        .ok()
        .and_then(|t| t.parse::<i64>().ok())
        .ok_or_else(|| format!("bad length {:?}", esc(s)))
}

/// Parses one reply starting at `pos`.  Ok(None) = incomplete so far.
pub fn parse_at(buf: &[u8], pos: usize) -> Result<Option<(Reply, usize)>, String> {
    if pos >= buf.len() {
        return Ok(None);
    }
    let Some(eol) = find_crlf(buf, pos + 1) else {
        return Ok(None);
    };
    let line = &buf[pos + 1..eol];
    let next = eol + 2;
    let t = buf[pos];
    // Ok(None): incomplete; Ok(Some((None, next))): negative length.
    type Blob = Result<Option<(Option<Vec<u8>>, usize)>, String>;
    let blob = |next: usize| -> Blob {
        let n = parse_len(line)?;
        if n < 0 {
            return Ok(Some((None, next)));
        }
        let end = next + n as usize;
        if buf.len() < end + 2 {
            return Ok(None);
        }
        if &buf[end..end + 2] != b"\r\n" {
            return Err(format!("bulk of length {n} not followed by CRLF"));
        }
        Ok(Some((Some(buf[next..end].to_vec()), end + 2)))
    };
    let elems = |count: i64| -> Result<Option<(Vec<Reply>, usize)>, String> {
        let mut v = Vec::new();
        let mut p = next;
        for _ in 0..count {
            match parse_at(buf, p)? {
                Some((r, np)) => {
                    v.push(r);
                    p = np;
                }
                None => return Ok(None),
            }
        }
        Ok(Some((v, p)))
    };
    let pairs = |v: Vec<Reply>| -> Vec<(Reply, Reply)> {
        let mut it = v.into_iter();
        let mut out = Vec::new();
        while let (Some(k), Some(val)) = (it.next(), it.next()) {
            out.push((k, val));
        }
        out
    };
    Ok(match t {
        b'+' => Some((Reply::Simple(line.to_vec()), next)),
        b'-' => Some((Reply::Error(line.to_vec()), next)),
        b':' => Some((Reply::Int(line.to_vec()), next)),
        b',' => Some((Reply::Double(line.to_vec()), next)),
        b'(' => Some((Reply::BigNum(line.to_vec()), next)),
        b'_' => Some((Reply::Null, next)),
        b'#' => match line {
            b"t" => Some((Reply::Bool(true), next)),
            b"f" => Some((Reply::Bool(false), next)),
            _ => return Err(format!("bad boolean {:?}", esc(line))),
        },
        b'$' | b'!' | b'=' => match blob(next)? {
            None => None,
            Some((None, p)) if t == b'$' => Some((Reply::NilBulk, p)),
            Some((None, _)) => return Err("negative length for ! or =".into()),
            Some((Some(d), p)) => Some((
                match t {
                    b'$' => Reply::Bulk(d),
                    b'!' => Reply::BlobError(d),
                    _ => Reply::Verbatim(d),
                },
                p,
            )),
        },
        b'*' | b'~' | b'>' => {
            let n = parse_len(line)?;
            if n < 0 {
                if t != b'*' {
                    return Err("negative aggregate length".into());
                }
                Some((Reply::NilArray, next))
            } else {
                elems(n)?.map(|(v, p)| {
                    (
                        match t {
                            b'*' => Reply::Array(v),
                            b'~' => Reply::Set(v),
                            _ => Reply::Push(v),
                        },
                        p,
                    )
                })
            }
        }
        b'%' | b'|' => {
            let n = parse_len(line)?;
            if n < 0 {
                return Err("negative map length".into());
            }
            match elems(n * 2)? {
                None => None,
                Some((v, p)) if t == b'%' => Some((Reply::Map(pairs(v)), p)),
                Some((v, p)) => {
                    parse_at(buf, p)?.map(|(r, p2)| (Reply::Attr(pairs(v), Box::new(r)), p2))
                }
            }
        }
        other => return Err(format!("unknown reply type byte {:?}", other as char)),
    })
}

/// Parses exactly one complete reply (panics otherwise).
pub fn parse(bytes: &[u8]) -> Reply {
    match parse_at(bytes, 0) {
        Ok(Some((r, n))) if n == bytes.len() => r,
        other => panic!(
            "not exactly one reply: {:?} in {}",
            other.map(|o| o.map(|x| x.1)),
            esc(bytes)
        ),
    }
}

/// Escapes bytes for display (printable ASCII kept, long values truncated).
pub fn esc(b: &[u8]) -> String {
    let mut s = String::new();
    let shown = if b.len() > 300 { &b[..200] } else { b };
    for &c in shown {
        match c {
            b'"' => s.push_str("\\\""),
            b'\\' => s.push_str("\\\\"),
            b'\n' => s.push_str("\\n"),
            b'\r' => s.push_str("\\r"),
            b'\t' => s.push_str("\\t"),
            0x20..=0x7e => s.push(c as char),
            _ => {
                let _ = write!(s, "\\x{c:02x}");
            }
        }
    }
    if shown.len() < b.len() {
        let _ = write!(s, "...({} bytes)", b.len());
    }
    s
}

impl std::fmt::Display for Reply {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        fn list(f: &mut std::fmt::Formatter<'_>, v: &[Reply]) -> std::fmt::Result {
            write!(f, "[")?;
            for (i, r) in v.iter().enumerate() {
                if i > 0 {
                    write!(f, ", ")?;
                }
                write!(f, "{r}")?;
            }
            write!(f, "]")
        }
        fn map(f: &mut std::fmt::Formatter<'_>, v: &[(Reply, Reply)]) -> std::fmt::Result {
            write!(f, "{{")?;
            for (i, (k, r)) in v.iter().enumerate() {
                if i > 0 {
                    write!(f, ", ")?;
                }
                write!(f, "{k}: {r}")?;
            }
            write!(f, "}}")
        }
        match self {
            Reply::Simple(s) => write!(f, "{}", esc(s)),
            Reply::Error(s) => write!(f, "(error) {}", esc(s)),
            Reply::Int(s) => write!(f, "(integer) {}", esc(s)),
            Reply::Bulk(s) => write!(f, "\"{}\"", esc(s)),
            Reply::NilBulk => write!(f, "(nil)"),
            Reply::NilArray => write!(f, "(nil array)"),
            Reply::Null => write!(f, "(null)"),
            Reply::Double(s) => write!(f, "(double) {}", esc(s)),
            Reply::Bool(b) => write!(f, "({b})"),
            Reply::BigNum(s) => write!(f, "(bignum) {}", esc(s)),
            Reply::BlobError(s) => write!(f, "(blob error) {}", esc(s)),
            Reply::Verbatim(s) => write!(f, "(verbatim) \"{}\"", esc(s)),
            Reply::Array(v) => list(f, v),
            Reply::Set(v) => {
                write!(f, "(set) ")?;
                list(f, v)
            }
            Reply::Push(v) => {
                write!(f, "(push) ")?;
                list(f, v)
            }
            Reply::Map(m) => map(f, m),
            Reply::Attr(m, r) => {
                write!(f, "(attr) ")?;
                map(f, m)?;
                write!(f, " {r}")
            }
        }
    }
}

/// One-line readable rendering of raw reply bytes, e.g. `["a", (nil), (integer) 3]`,
/// `(error) ERR syntax error`, `OK` (status) vs `"OK"` (bulk).
pub fn pretty(bytes: &[u8]) -> String {
    let mut out = String::new();
    let mut pos = 0;
    while pos < bytes.len() {
        if pos > 0 {
            out.push_str(" ++ ");
        }
        match parse_at(bytes, pos) {
            Ok(Some((r, p))) => {
                let _ = write!(out, "{r}");
                pos = p;
            }
            Ok(None) => {
                let _ = write!(out, "(incomplete) {}", esc(&bytes[pos..]));
                break;
            }
            Err(e) => {
                let _ = write!(out, "(malformed: {e}) {}", esc(&bytes[pos..]));
                break;
            }
        }
    }
    if bytes.is_empty() {
        out.push_str("(no bytes)");
    }
    out
}

/// Integer value of an `:N` reply (panics otherwise).
pub fn int_of(bytes: &[u8]) -> i64 {
    match parse(bytes) {
        Reply::Int(s) => String::from_utf8_lossy(&s).parse().expect("integer reply"),
        _ => panic!("expected an integer reply, got {}", pretty(bytes)),
    }
}

/// Payload of a bulk reply; None for nil (panics on other types).
pub fn bulk_of(bytes: &[u8]) -> Option<Vec<u8>> {
    match parse(bytes) {
        Reply::Bulk(b) => Some(b),
        Reply::NilBulk | Reply::Null => None,
        _ => panic!("expected a bulk reply, got {}", pretty(bytes)),
    }
}

/// Elements of an array/set reply.
pub fn array_of(bytes: &[u8]) -> Vec<Reply> {
    match parse(bytes) {
        Reply::Array(v) | Reply::Set(v) => v,
        _ => panic!("expected an array reply, got {}", pretty(bytes)),
    }
}

/// Bytes of a bulk/simple reply element.
pub fn str_of(r: &Reply) -> Vec<u8> {
    match r {
        Reply::Bulk(b) | Reply::Simple(b) | Reply::Verbatim(b) => b.clone(),
        Reply::Int(b) | Reply::Double(b) => b.clone(),
        _ => panic!("expected a string element, got {r}"),
    }
}

/// Parses an INFO payload into section name (lowercase) -> [(field, value)].
pub fn parse_info(text: &[u8]) -> BTreeMap<String, Vec<(String, String)>> {
    let text = String::from_utf8_lossy(text);
    let mut out: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    let mut section = String::new();
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        if let Some(name) = line.strip_prefix("# ") {
            section = name.trim().to_lowercase();
            out.entry(section.clone()).or_default();
        } else if let Some((k, v)) = line.split_once(':') {
            out.entry(section.clone())
                .or_default()
                .push((k.to_string(), v.to_string()));
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Raw connection
// ---------------------------------------------------------------------------

enum Stream {
    Tcp(TcpStream),
    Unix(UnixStream),
}

impl Stream {
    fn set_read_timeout(&self, d: Option<Duration>) -> io::Result<()> {
        match self {
            Stream::Tcp(s) => s.set_read_timeout(d),
            Stream::Unix(s) => s.set_read_timeout(d),
        }
    }
    fn read(&mut self, b: &mut [u8]) -> io::Result<usize> {
        match self {
            Stream::Tcp(s) => s.read(b),
            Stream::Unix(s) => s.read(b),
        }
    }
    fn write_all(&mut self, b: &[u8]) -> io::Result<()> {
        match self {
            Stream::Tcp(s) => s.write_all(b),
            Stream::Unix(s) => s.write_all(b),
        }
    }
    fn shutdown(&self, how: Shutdown) -> io::Result<()> {
        match self {
            Stream::Tcp(s) => s.shutdown(how),
            Stream::Unix(s) => s.shutdown(how),
        }
    }
}

/// Why a reply could not be read.
#[derive(Debug)]
pub enum ReadError {
    /// Clean EOF from the server.
    Closed,
    /// Connection reset (or another I/O error meaning the server went away).
    Reset(io::ErrorKind),
    /// Nothing complete within the timeout; holds what was received.
    Timeout(Vec<u8>),
    Malformed(String),
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::Closed => write!(f, "connection closed by the server"),
            ReadError::Reset(k) => write!(f, "connection error: {k:?}"),
            ReadError::Timeout(p) => {
                write!(
                    f,
                    "timed out waiting for a complete reply; received so far: {}",
                    pretty(p)
                )
            }
            ReadError::Malformed(m) => write!(f, "malformed reply: {m}"),
        }
    }
}

/// A raw RESP client returning exact reply bytes.
pub struct Conn {
    stream: Stream,
    buf: Vec<u8>,
    pos: usize,
    /// Per-reply timeout (default REPLY_TIMEOUT).
    pub timeout: Duration,
    /// Used in panic messages.
    pub name: String,
}

impl Conn {
    pub fn connect(port: u16) -> Conn {
        let addr: SocketAddr = ([127, 0, 0, 1], port).into();
        let s = TcpStream::connect_timeout(&addr, Duration::from_secs(5))
            .unwrap_or_else(|e| panic!("connect to {addr}: {e}"));
        let _ = s.set_nodelay(true);
        let _ = s.set_write_timeout(Some(Duration::from_secs(20)));
        Self::from_stream(Stream::Tcp(s), format!("tcp:{port}"))
    }

    pub fn connect_unix(path: &Path) -> Conn {
        let s = UnixStream::connect(path)
            .unwrap_or_else(|e| panic!("connect to unix socket {}: {e}", path.display()));
        let _ = s.set_write_timeout(Some(Duration::from_secs(20)));
        Self::from_stream(Stream::Unix(s), format!("unix:{}", path.display()))
    }

    fn from_stream(stream: Stream, name: String) -> Conn {
        Conn {
            stream,
            buf: Vec::new(),
            pos: 0,
            timeout: REPLY_TIMEOUT,
            name,
        }
    }

    /// The underlying TcpStream (None for unix sockets).
    pub fn tcp(&self) -> Option<&TcpStream> {
        match &self.stream {
            Stream::Tcp(s) => Some(s),
            Stream::Unix(_) => None,
        }
    }

    /// Local address of a TCP connection, e.g. "127.0.0.1:53422".
    pub fn local_addr(&self) -> String {
        self.tcp()
            .expect("tcp connection")
            .local_addr()
            .unwrap()
            .to_string()
    }

    /// Sends one multibulk request.
    pub fn send<A: AsRef<[u8]>>(&mut self, args: &[A]) {
        let b = encode(args);
        self.send_raw(&b);
    }

    /// Sends a command written as one string (see [`split_args`]).
    pub fn send_str(&mut self, line: &str) {
        self.send(&split_args(line));
    }

    /// Sends bytes as they are.
    pub fn send_raw(&mut self, bytes: &[u8]) {
        if let Err(e) = self.stream.write_all(bytes) {
            panic!("{}: write of {} bytes failed: {e}", self.name, bytes.len());
        }
    }

    /// Like send_raw but reports failure instead of panicking.
    pub fn try_send_raw(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.stream.write_all(bytes)
    }

    /// Reads the exact bytes of one complete reply, or panics after `timeout`.
    pub fn read_reply(&mut self) -> Vec<u8> {
        match self.try_read_reply(self.timeout) {
            Ok(r) => r,
            Err(e) => panic!("{}: read_reply: {e}", self.name),
        }
    }

    /// Reads `n` replies.
    pub fn read_replies(&mut self, n: usize) -> Vec<Vec<u8>> {
        (0..n).map(|_| self.read_reply()).collect()
    }

    /// Reads one reply, reporting failures instead of panicking.
    pub fn try_read_reply(&mut self, timeout: Duration) -> Result<Vec<u8>, ReadError> {
        let deadline = Instant::now() + timeout;
        let mut chunk = vec![0u8; 64 * 1024];
        loop {
            match parse_at(&self.buf, self.pos) {
                Ok(Some((_, end))) => {
                    let reply = self.buf[self.pos..end].to_vec();
                    self.pos = end;
                    if self.pos == self.buf.len() {
                        self.buf.clear();
                        self.pos = 0;
                    } else if self.pos > 1 << 20 {
                        self.buf.drain(..self.pos);
                        self.pos = 0;
                    }
                    return Ok(reply);
                }
                Ok(None) => {}
                Err(e) => {
                    return Err(ReadError::Malformed(format!(
                        "{e}: {}",
                        esc(&self.buf[self.pos..])
                    )));
                }
            }
            let now = Instant::now();
            if now >= deadline {
                return Err(ReadError::Timeout(self.buf[self.pos..].to_vec()));
            }
            let _ = self.stream.set_read_timeout(Some(deadline - now));
            match self.stream.read(&mut chunk) {
                Ok(0) => return Err(ReadError::Closed),
                Ok(n) => self.buf.extend_from_slice(&chunk[..n]),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e)
                    if e.kind() == io::ErrorKind::WouldBlock
                        || e.kind() == io::ErrorKind::TimedOut =>
                {
                    return Err(ReadError::Timeout(self.buf[self.pos..].to_vec()));
                }
                Err(e) => return Err(ReadError::Reset(e.kind())),
            }
        }
    }

    /// send + read_reply.
    pub fn cmd<A: AsRef<[u8]>>(&mut self, args: &[A]) -> Vec<u8> {
        self.send(args);
        self.read_reply()
    }

    /// cmd with the command written as one string, e.g. `c.cmd_str("SET k v")`.
    pub fn cmd_str(&mut self, line: &str) -> Vec<u8> {
        self.cmd(&split_args(line))
    }

    /// Runs `line` and asserts the pretty-printed reply equals `expected`.
    pub fn expect(&mut self, line: &str, expected: &str) {
        let r = self.cmd_str(line);
        assert_eq!(pretty(&r), expected, "{}: reply to {line:?}", self.name);
    }

    /// Bytes received but not yet consumed as replies.
    pub fn pending(&self) -> &[u8] {
        &self.buf[self.pos..]
    }

    /// True if the server closes (EOF or reset) the connection within 2 s.
    /// Anything the server sends first is kept (see [`Conn::pending`]).
    pub fn is_closed(&mut self) -> bool {
        self.is_closed_within(Duration::from_secs(2))
    }

    pub fn is_closed_within(&mut self, timeout: Duration) -> bool {
        let deadline = Instant::now() + timeout;
        let mut chunk = vec![0u8; 64 * 1024];
        loop {
            let now = Instant::now();
            if now >= deadline {
                return false;
            }
            let _ = self.stream.set_read_timeout(Some(deadline - now));
            match self.stream.read(&mut chunk) {
                Ok(0) => return true,
                Ok(n) => self.buf.extend_from_slice(&chunk[..n]),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e)
                    if e.kind() == io::ErrorKind::WouldBlock
                        || e.kind() == io::ErrorKind::TimedOut =>
                {
                    return false;
                }
                Err(_) => return true,
            }
        }
    }

    /// Half-closes the connection (no more requests).
    pub fn shutdown_write(&mut self) {
        let _ = self.stream.shutdown(Shutdown::Write);
    }
}

// ---------------------------------------------------------------------------
// Reply comparison
// ---------------------------------------------------------------------------

type CustomCmp = std::rc::Rc<dyn Fn(&[u8], &[u8]) -> Result<(), String>>;

/// How a candidate reply is compared with redis-server's.
#[derive(Clone)]
pub enum Cmp {
    /// Byte-identical.
    Exact,
    /// Top-level array/set: same type and the same multiset of elements.
    Sorted,
    /// Top-level flat array of pairs (CONFIG GET) or map: same multiset of pairs.
    SortedPairs,
    /// Same structure; integers (and bulk strings holding integers) may differ
    /// by at most this much; negative integers (-1/-2 from TTL) must be equal.
    Approx(i64),
    /// Only the reply type byte must match.
    TypeOnly,
    /// Anything (the reply is still read).
    Ignore,
    /// `f(redis, candidate)`.
    Custom(CustomCmp),
}

impl std::fmt::Debug for Cmp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Cmp::Exact => write!(f, "exact"),
            Cmp::Sorted => write!(f, "sorted"),
            Cmp::SortedPairs => write!(f, "pairs"),
            Cmp::Approx(n) => write!(f, "~{n}"),
            Cmp::TypeOnly => write!(f, "type"),
            Cmp::Ignore => write!(f, "ignore"),
            Cmp::Custom(_) => write!(f, "custom"),
        }
    }
}

fn sorted_elems(r: Reply) -> Option<(u8, Vec<Reply>)> {
    match r {
        Reply::Array(v) => Some((b'*', v)),
        Reply::Set(v) => Some((b'~', v)),
        Reply::Push(v) => Some((b'>', v)),
        _ => None,
    }
}

fn approx_eq(a: &Reply, b: &Reply, tol: i64) -> bool {
    fn num(r: &Reply) -> Option<i64> {
        match r {
            Reply::Int(s) | Reply::Bulk(s) => std::str::from_utf8(s).ok()?.parse().ok(),
            _ => None,
        }
    }
    match (a, b) {
        (Reply::Array(x), Reply::Array(y))
        | (Reply::Set(x), Reply::Set(y))
        | (Reply::Push(x), Reply::Push(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| approx_eq(p, q, tol))
        }
        (Reply::Map(x), Reply::Map(y)) => {
            x.len() == y.len()
                && x.iter()
                    .zip(y)
                    .all(|(p, q)| approx_eq(&p.0, &q.0, tol) && approx_eq(&p.1, &q.1, tol))
        }
        (Reply::Int(_), Reply::Int(_)) | (Reply::Bulk(_), Reply::Bulk(_)) => {
            match (num(a), num(b)) {
                (Some(x), Some(y)) if x >= 0 && y >= 0 => (x - y).abs() <= tol,
                _ => a == b,
            }
        }
        _ => a == b,
    }
}

/// Compares HELLO replies (RESP2 flat array or RESP3 map): same fields in
/// the same order with the same values, except `server`, `version` and `id`
/// whose reply types only must match.
pub fn hello_cmp(redis: &[u8], cand: &[u8]) -> Result<(), String> {
    fn pairs(r: Reply) -> Option<Vec<(Reply, Reply)>> {
        match r {
            Reply::Map(m) => Some(m),
            Reply::Array(v) if v.len() % 2 == 0 => {
                Some(v.chunks(2).map(|c| (c[0].clone(), c[1].clone())).collect())
            }
            _ => None,
        }
    }
    let a = parse_at(redis, 0)
        .ok()
        .flatten()
        .ok_or("redis reply does not parse")?
        .0;
    let b = match parse_at(cand, 0) {
        Ok(Some((r, n))) if n == cand.len() => r,
        _ => return Err("candidate reply is not one valid reply".into()),
    };
    if std::mem::discriminant(&a) != std::mem::discriminant(&b) {
        return Err("different reply types".into());
    }
    let (Some(a), Some(b)) = (pairs(a.clone()), pairs(b.clone())) else {
        return if a == b {
            Ok(())
        } else {
            Err("replies differ".into())
        };
    };
    if a.len() != b.len() {
        return Err(format!("{} fields vs {}", a.len(), b.len()));
    }
    for ((ka, va), (kb, vb)) in a.iter().zip(&b) {
        if ka != kb {
            return Err(format!("field {ka} vs {kb}"));
        }
        let loose = matches!(ka, Reply::Bulk(k) if k == b"server" || k == b"version" || k == b"id");
        let same = if loose {
            std::mem::discriminant(va) == std::mem::discriminant(vb)
        } else {
            va == vb
        };
        if !same {
            return Err(format!("field {ka}: {va} vs {vb}"));
        }
    }
    Ok(())
}

/// Compares `INFO stats` replies by their keyspace_hits and keyspace_misses (which must be
/// there): every read command must count them as redis does (lookupKeyRead once per key).
pub fn same_hits_and_misses(redis: &[u8], cand: &[u8]) -> Result<(), String> {
    let get = |b: &[u8]| -> Vec<String> {
        let text = String::from_utf8_lossy(b).into_owned();
        text.lines()
            .filter(|l| l.starts_with("keyspace_hits:") || l.starts_with("keyspace_misses:"))
            .map(str::to_string)
            .collect()
    };
    let (r, c) = (get(redis), get(cand));
    if r.len() == 2 && r == c {
        Ok(())
    } else {
        Err(format!("redis {r:?}, candidate {c:?}"))
    }
}

/// Compares INFO replies by field names: every section and field redis has
/// must be present in the candidate (extra ones allowed; values ignored).
pub fn info_cmp(redis: &[u8], cand: &[u8]) -> Result<(), String> {
    let (Some(a), Some(b)) = (
        parse_at(redis, 0).ok().flatten().and_then(|r| match r.0 {
            Reply::Bulk(b) | Reply::Verbatim(b) => Some(b),
            _ => None,
        }),
        parse_at(cand, 0).ok().flatten().and_then(|r| match r.0 {
            Reply::Bulk(b) | Reply::Verbatim(b) => Some(b),
            _ => None,
        }),
    ) else {
        return if redis == cand {
            Ok(())
        } else {
            Err("not both INFO payloads".into())
        };
    };
    let (a, b) = (parse_info(&a), parse_info(&b));
    let mut missing = Vec::new();
    for (section, fields) in &a {
        match b.get(section) {
            None => missing.push(format!("section # {section}")),
            Some(bf) => {
                for (k, _) in fields {
                    if !bf.iter().any(|(x, _)| x == k) {
                        missing.push(format!("{section}.{k}"));
                    }
                }
            }
        }
    }
    if missing.is_empty() {
        Ok(())
    } else {
        Err(format!("candidate INFO lacks: {}", missing.join(", ")))
    }
}

/// Fields of CLIENT INFO / CLIENT LIST whose values must equal redis's
/// (the others vary: id, addr, laddr, fd, age, idle, memory, buffers...).
pub const CLIENT_INFO_EXACT_FIELDS: &[&str] = &[
    "name", "db", "sub", "psub", "ssub", "multi", "flags", "cmd", "user", "redir", "resp",
];

/// Compares CLIENT INFO / CLIENT LIST payloads: same number of lines, each
/// line with the same field names in the same order, and equal values for
/// [`CLIENT_INFO_EXACT_FIELDS`].
pub fn client_info_cmp(redis: &[u8], cand: &[u8]) -> Result<(), String> {
    let text = |b: &[u8]| -> Option<String> {
        match parse_at(b, 0).ok().flatten()?.0 {
            Reply::Bulk(x) | Reply::Verbatim(x) => Some(String::from_utf8_lossy(&x).into_owned()),
            _ => None,
        }
    };
    let (Some(a), Some(b)) = (text(redis), text(cand)) else {
        return if redis == cand {
            Ok(())
        } else {
            Err("not both bulk strings".into())
        };
    };
    let fields = |line: &str| -> Vec<(String, String)> {
        line.split(' ')
            .filter(|f| !f.is_empty())
            .map(|f| match f.split_once('=') {
                Some((k, v)) => (k.to_string(), v.to_string()),
                None => (f.to_string(), String::new()),
            })
            .collect()
    };
    let (la, lb): (Vec<&str>, Vec<&str>) = (
        a.split_terminator('\n').collect(),
        b.split_terminator('\n').collect(),
    );
    if la.len() != lb.len() {
        return Err(format!("{} lines vs {}", la.len(), lb.len()));
    }
    if a.ends_with('\n') != b.ends_with('\n') {
        return Err("final newline differs".into());
    }
    for (x, y) in la.iter().zip(&lb) {
        let (fx, fy) = (fields(x), fields(y));
        let (nx, ny): (Vec<&String>, Vec<&String>) = (
            fx.iter().map(|f| &f.0).collect(),
            fy.iter().map(|f| &f.0).collect(),
        );
        if nx != ny {
            return Err(format!("field names differ: {nx:?} vs {ny:?}"));
        }
        for ((k, vx), (_, vy)) in fx.iter().zip(&fy) {
            if CLIENT_INFO_EXACT_FIELDS.contains(&k.as_str()) && vx != vy {
                return Err(format!("field {k}: {vx:?} vs {vy:?}"));
            }
        }
    }
    Ok(())
}

/// Compares a candidate reply with redis's; Err(reason) on mismatch.
pub fn compare(cmp: &Cmp, redis: &[u8], cand: &[u8]) -> Result<(), String> {
    if redis == cand {
        return Ok(());
    }
    let parsed = || -> Result<(Reply, Reply), String> {
        let a = match parse_at(redis, 0) {
            Ok(Some((r, n))) if n == redis.len() => r,
            _ => return Err("redis reply does not parse".into()),
        };
        let b = match parse_at(cand, 0) {
            Ok(Some((r, n))) if n == cand.len() => r,
            _ => return Err("candidate reply is not exactly one valid reply".into()),
        };
        Ok((a, b))
    };
    match cmp {
        Cmp::Exact => Err("replies differ".into()),
        Cmp::Ignore => Ok(()),
        Cmp::TypeOnly => {
            if redis.first() == cand.first() {
                Ok(())
            } else {
                Err("reply types differ".into())
            }
        }
        Cmp::Custom(f) => f(redis, cand),
        Cmp::Approx(tol) => {
            let (a, b) = parsed()?;
            if approx_eq(&a, &b, *tol) {
                Ok(())
            } else {
                Err(format!("replies differ by more than {tol}"))
            }
        }
        Cmp::Sorted | Cmp::SortedPairs => {
            let (a, b) = parsed()?;
            let pairs = matches!(cmp, Cmp::SortedPairs);
            let key = |r: Reply| -> Option<(u8, Vec<String>)> {
                if let Reply::Map(m) = r {
                    let mut v: Vec<String> = m.iter().map(|(k, x)| format!("{k} => {x}")).collect();
                    v.sort();
                    return Some((b'%', v));
                }
                let (t, elems) = sorted_elems(r)?;
                let mut v: Vec<String> = if pairs {
                    elems.chunks(2).map(|c| format!("{c:?}")).collect()
                } else {
                    elems.iter().map(|e| format!("{e:?}")).collect()
                };
                v.sort();
                Some((t, v))
            };
            match (key(a), key(b)) {
                (Some(x), Some(y)) if x == y => Ok(()),
                (Some(_), Some(_)) => Err("different elements (order ignored)".into()),
                _ => Err("replies differ (not both aggregates)".into()),
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Differential scripts
// ---------------------------------------------------------------------------

enum Action {
    Cmd(Vec<Vec<u8>>),
    Raw(Vec<u8>),
    Sleep(u64),
}

struct Step {
    conn: usize,
    action: Action,
    cmp: Cmp,
    expect: Option<String>,
    /// The server must close the connection after (or instead of) replying.
    closed: bool,
    /// How many replies to read (0 for CLIENT REPLY OFF / SKIP, N for pipelines).
    replies: usize,
    label: String,
}

/// A differential script: every step is run on redis-server,
/// `ringkv --threads 1` and `ringkv --threads 4` and the replies compared.
///
/// Line syntax for [`Script::line`] (also used by [`diff`]):
/// `[flags] COMMAND args... => expected`
/// * flags (optional, in brackets, space separated): `cN` run on connection N
///   (default 0, connections are opened lazily); `sorted`; `pairs`; `~N`
///   (numeric tolerance); `type`; `ignore`; `hello` ([`hello_cmp`]); `info`
///   ([`info_cmp`]); `clientinfo` ([`client_info_cmp`]); `closed` (the server must close
///   the connection after the reply; a reply is optional only if redis gave
///   none); `noreply` (send only); `sleep MS` (a line with no command: pause).
/// * `=> expected` (optional): redis's reply, pretty-printed (see [`pretty`]),
///   must be exactly this: documents and checks the reference behaviour.
/// * arguments use redis-cli quoting: `SET k "a b"`, `SET k ""`, `"\x00"`.
pub struct Script {
    steps: Vec<Step>,
    server_args: Vec<String>,
}

impl Default for Script {
    fn default() -> Self {
        Self::new()
    }
}

impl Script {
    pub fn new() -> Script {
        Script {
            steps: Vec::new(),
            server_args: Vec::new(),
        }
    }

    /// Extra arguments for all three servers (e.g. `--requirepass`).
    pub fn server_args(mut self, args: &[&str]) -> Self {
        self.server_args = args.iter().map(|s| s.to_string()).collect();
        self
    }

    /// Adds one DSL line.
    pub fn line(mut self, line: &str) -> Self {
        // (only the start is trimmed: an expected reply may end in a space)
        let mut rest = line.trim_start();
        let mut step = Step {
            conn: 0,
            action: Action::Cmd(Vec::new()),
            cmp: Cmp::Exact,
            expect: None,
            closed: false,
            replies: 1,
            label: String::new(),
        };
        if let Some(r) = rest.strip_prefix('[') {
            let end = r
                .find(']')
                .unwrap_or_else(|| panic!("unclosed [ in {line:?}"));
            let mut flags = r[..end].split_whitespace();
            while let Some(f) = flags.next() {
                match f {
                    "sorted" => step.cmp = Cmp::Sorted,
                    "pairs" => step.cmp = Cmp::SortedPairs,
                    "type" => step.cmp = Cmp::TypeOnly,
                    "ignore" => step.cmp = Cmp::Ignore,
                    "closed" => step.closed = true,
                    "hello" => step.cmp = Cmp::Custom(std::rc::Rc::new(hello_cmp)),
                    "info" => step.cmp = Cmp::Custom(std::rc::Rc::new(info_cmp)),
                    "clientinfo" => step.cmp = Cmp::Custom(std::rc::Rc::new(client_info_cmp)),
                    "noreply" => step.replies = 0,
                    "sleep" => {
                        let ms = flags.next().and_then(|m| m.parse().ok());
                        step.action = Action::Sleep(ms.expect("sleep MS"));
                    }
                    f if f.starts_with('~') => {
                        step.cmp = Cmp::Approx(f[1..].parse().expect("~N tolerance"))
                    }
                    f if f.starts_with('c') && f[1..].parse::<usize>().is_ok() => {
                        step.conn = f[1..].parse().unwrap()
                    }
                    f => panic!("unknown flag {f:?} in {line:?}"),
                }
            }
            rest = r[end + 1..].trim_start();
        }
        if let Some(i) = rest.find(" => ") {
            step.expect = Some(rest[i + 4..].to_string());
            rest = rest[..i].trim();
        }
        let rest = rest.trim_end();
        step.label = rest.to_string();
        if !matches!(step.action, Action::Sleep(_)) {
            let args = split_args(rest);
            assert!(!args.is_empty(), "empty command in {line:?}");
            step.action = Action::Cmd(args);
        }
        self.steps.push(step);
        self
    }

    /// Adds several DSL lines.
    pub fn lines(mut self, lines: &[&str]) -> Self {
        for l in lines {
            self = self.line(l);
        }
        self
    }

    /// Adds a command given as separate (binary-safe) arguments.
    pub fn args<A: AsRef<[u8]>>(mut self, conn: usize, args: &[A], cmp: Cmp) -> Self {
        let args: Vec<Vec<u8>> = args.iter().map(|a| a.as_ref().to_vec()).collect();
        let label = args.iter().map(|a| esc(a)).collect::<Vec<_>>().join(" ");
        self.steps.push(Step {
            conn,
            action: Action::Cmd(args),
            cmp,
            expect: None,
            closed: false,
            replies: 1,
            label,
        });
        self
    }

    /// Adds a DSL line compared with a custom function `f(redis, candidate)`.
    pub fn check(
        mut self,
        line: &str,
        f: impl Fn(&[u8], &[u8]) -> Result<(), String> + 'static,
    ) -> Self {
        self = self.line(line);
        self.steps.last_mut().unwrap().cmp = Cmp::Custom(std::rc::Rc::new(f));
        self
    }

    /// Sends raw bytes on connection `conn` and compares one reply.
    /// With `closed`, the server must then close the connection.
    pub fn raw(self, conn: usize, bytes: &[u8], closed: bool) -> Self {
        self.raw_replies(conn, bytes, 1, closed)
    }

    /// Sends raw bytes on connection `conn` and compares the next `n`
    /// replies one by one (0: expects no reply; `closed`: the server must then
    /// close the connection, and a server that closes early must match redis).
    pub fn raw_replies(mut self, conn: usize, bytes: &[u8], n: usize, closed: bool) -> Self {
        self.steps.push(Step {
            conn,
            action: Action::Raw(bytes.to_vec()),
            cmp: Cmp::Exact,
            expect: None,
            closed,
            replies: n,
            label: format!("raw {}", esc(bytes)),
        });
        self
    }

    /// Sets the expected (pretty) redis reply of the last step.
    pub fn expect(mut self, expected: &str) -> Self {
        self.steps.last_mut().expect("no step").expect = Some(expected.to_string());
        self
    }

    /// Runs the script (skips with a message if redis-server is missing).
    pub fn run(self) {
        if skip_without_redis() {
            return;
        }
        let extra: Vec<&str> = self.server_args.iter().map(|s| s.as_str()).collect();
        let mut servers = start_trio(&extra);
        let mut conns: Vec<Vec<Option<Conn>>> = servers.iter().map(|_| Vec::new()).collect();
        for (idx, step) in self.steps.iter().enumerate() {
            let context = || -> String {
                let from = idx.saturating_sub(8);
                self.steps[from..idx]
                    .iter()
                    .enumerate()
                    .map(|(i, s)| format!("    #{} [c{}] {}\n", from + i, s.conn, s.label))
                    .collect()
            };
            let head = format!("step #{idx} [c{}] {}", step.conn, step.label);
            if let Action::Sleep(ms) = step.action {
                std::thread::sleep(Duration::from_millis(ms));
                continue;
            }
            // replies[server] = the replies read, then Err(why) if one failed.
            let mut replies: Vec<(Vec<Vec<u8>>, Option<String>)> = Vec::new();
            for (si, server) in servers.iter().enumerate() {
                let slots = &mut conns[si];
                while slots.len() <= step.conn {
                    slots.push(None);
                }
                let conn = slots[step.conn].get_or_insert_with(|| server.conn());
                let sent = match &step.action {
                    Action::Cmd(args) => conn.try_send_raw(&encode(args)),
                    Action::Raw(b) => conn.try_send_raw(b),
                    Action::Sleep(_) => unreachable!(),
                };
                let mut got = Vec::new();
                let mut failure = sent.err().map(|e| format!("(write failed: {e})"));
                if failure.is_none() {
                    for _ in 0..step.replies {
                        match conn.try_read_reply(REPLY_TIMEOUT) {
                            Ok(r) => got.push(r),
                            Err(e) => {
                                failure = Some(format!("({e})"));
                                break;
                            }
                        }
                    }
                }
                if step.closed {
                    if !conn.is_closed() {
                        panic!(
                            "{head}: {} did not close the connection (replies: {})\n  previous steps:\n{}",
                            server.name,
                            got.iter()
                                .map(|r| pretty(r))
                                .collect::<Vec<_>>()
                                .join(" ++ "),
                            context()
                        );
                    }
                    slots[step.conn] = None;
                }
                replies.push((got, failure));
            }
            let (redis, redis_fail) = &replies[0];
            if let Some(e) = redis_fail.as_ref().filter(|_| !step.closed) {
                panic!(
                    "{head}: redis-server: {e} after {} replies (bad script?)",
                    redis.len()
                );
            }
            if let Some(exp) = &step.expect {
                let got = if step.replies == 0 {
                    "(no reply)".to_string()
                } else {
                    redis
                        .iter()
                        .map(|r| pretty(r))
                        .collect::<Vec<_>>()
                        .join(" ++ ")
                };
                assert!(
                    &got == exp,
                    "{head}: redis-server replied {got} but the script expects {exp}"
                );
            }
            for (si, (cand, cand_fail)) in replies.iter().enumerate().skip(1) {
                let mut problem = None;
                for (i, r) in redis.iter().enumerate() {
                    let res = match cand.get(i) {
                        Some(c) => compare(&step.cmp, r, c).map_err(|why| (why, pretty(c), esc(c))),
                        None => Err((
                            "no reply".to_string(),
                            cand_fail.clone().unwrap_or_default(),
                            String::new(),
                        )),
                    };
                    if let Err(e) = res {
                        problem = Some((i, pretty(r), esc(r), e));
                        break;
                    }
                }
                if problem.is_none() && cand.len() > redis.len() {
                    // redis closed early (step.closed) but the candidate replied more.
                    let c = &cand[redis.len()];
                    problem = Some((
                        redis.len(),
                        redis_fail.clone().unwrap_or_default(),
                        String::new(),
                        ("extra reply".to_string(), pretty(c), esc(c)),
                    ));
                }
                if let Some((i, rp, rraw, (why, cp, craw))) = problem {
                    let which = if step.replies > 1 {
                        format!(" (reply {i} of {})", step.replies)
                    } else {
                        String::new()
                    };
                    panic!(
                        "differential mismatch at {head}{which}\n  \
                         {:<22}: {rp}\n  {:<22}: {cp}\n  raw redis    : \"{rraw}\"\n  raw candidate: \"{craw}\"\n  \
                         compare: {:?}: {why}\n  previous steps:\n{}",
                        servers[0].name,
                        servers[si].name,
                        step.cmp,
                        context()
                    );
                }
            }
        }
        drop(conns);
        stop_all(&mut servers);
    }
}

/// Runs DSL lines (see [`Script`]) differentially.
pub fn diff(lines: &[&str]) {
    Script::new().lines(lines).run();
}

/// Runs pre-split commands differentially (exact comparison, connection 0).
pub fn diff_run(script: &[&[&str]]) {
    let mut s = Script::new();
    for cmd in script {
        s = s.args(0, cmd, Cmp::Exact);
    }
    s.run();
}

// ---------------------------------------------------------------------------
// Randomized differential testing
// ---------------------------------------------------------------------------

/// Small deterministic PRNG (splitmix64).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in 0..n (n > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }
    /// Uniform in lo..=hi.
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next_u64() % ((hi - lo) as u64 + 1)) as i64
    }
    /// True with probability pct/100.
    pub fn chance(&mut self, pct: u64) -> bool {
        self.below(100) < pct
    }
    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize]
    }
}

/// A generated command for [`diff_random`].
pub struct RCmd {
    pub args: Vec<Vec<u8>>,
    pub cmp: Cmp,
}

impl RCmd {
    pub fn new<A: AsRef<[u8]>>(args: &[A]) -> RCmd {
        RCmd {
            args: args.iter().map(|a| a.as_ref().to_vec()).collect(),
            cmp: Cmp::Exact,
        }
    }
    pub fn with(mut self, cmp: Cmp) -> RCmd {
        self.cmp = cmp;
        self
    }
    fn label(&self) -> String {
        self.args
            .iter()
            .map(|a| esc(a))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// Generates `count` commands with `generate(rng)` from `seed`, runs them on
/// redis-server, ringkv --threads 1 and ringkv --threads 4 (pipelined in
/// batches of 100) and compares every reply.
pub fn diff_random(seed: u64, count: usize, mut generate: impl FnMut(&mut Rng) -> RCmd) {
    if skip_without_redis() {
        return;
    }
    let mut rng = Rng::new(seed);
    let cmds: Vec<RCmd> = (0..count).map(|_| generate(&mut rng)).collect();
    let mut servers = start_trio(&[]);
    let mut conns: Vec<Conn> = servers.iter().map(|s| s.conn()).collect();
    let mut history: Vec<(String, String)> = Vec::new();
    for (b, batch) in cmds.chunks(100).enumerate() {
        let mut wire = Vec::new();
        for c in batch {
            wire.extend_from_slice(&encode(&c.args));
        }
        for c in conns.iter_mut() {
            c.send_raw(&wire);
        }
        let mut replies: Vec<Vec<Result<Vec<u8>, String>>> = Vec::new();
        for (si, c) in conns.iter_mut().enumerate() {
            let mut v = Vec::new();
            for (i, cmd) in batch.iter().enumerate() {
                match c.try_read_reply(REPLY_TIMEOUT) {
                    Ok(r) => v.push(Ok(r)),
                    Err(e) => {
                        if si == 0 {
                            panic!("seed {seed}: redis-server failed on {}: {e}", cmd.label());
                        }
                        v.push(Err(format!("({e})")));
                        // Nothing more will come in order: mark the rest.
                        for _ in i + 1..batch.len() {
                            v.push(Err("(not read)".into()));
                        }
                        break;
                    }
                }
            }
            replies.push(v);
        }
        for (i, cmd) in batch.iter().enumerate() {
            let idx = b * 100 + i;
            let redis = replies[0][i].as_ref().unwrap();
            for si in 1..servers.len() {
                let cand = &replies[si][i];
                let res = match cand {
                    Ok(c) => compare(&cmd.cmp, redis, c),
                    Err(e) => Err(e.clone()),
                };
                if let Err(reason) = res {
                    let hist: String = history[history.len().saturating_sub(15)..]
                        .iter()
                        .map(|(c, r)| format!("    {c}  ->  {r}\n"))
                        .collect();
                    panic!(
                        "randomized mismatch (seed {seed}) at command #{idx}: {}\n  \
                         redis-server : {}\n  {:<13}: {}\n  compare: {:?}: {reason}\n  \
                         previous commands (with redis replies):\n{hist}",
                        cmd.label(),
                        pretty(redis),
                        servers[si].name,
                        cand.as_deref().map(pretty).unwrap_or_else(|e| e.clone()),
                        cmd.cmp,
                    );
                }
            }
            history.push((cmd.label(), pretty(redis)));
        }
    }
    drop(conns);
    stop_all(&mut servers);
}

/// Random value: numbers, negatives, floats, empty, near-i64-limit ints, text.
pub fn random_value(rng: &mut Rng) -> Vec<u8> {
    match rng.below(12) {
        0 => b"".to_vec(),
        1 => rng.range(-100, 100).to_string().into_bytes(),
        2 => rng.range(0, 1_000_000).to_string().into_bytes(),
        3 => (i64::MAX - rng.range(0, 5)).to_string().into_bytes(),
        4 => (i64::MIN + rng.range(0, 5)).to_string().into_bytes(),
        5 => format!("{}.{}", rng.range(-50, 50), rng.range(0, 99)).into_bytes(),
        6 => rng
            .pick(&[
                "0.1", "0.2", "1e3", "-0.5", "3.0e-2", "10.50", "inf", "nan", " 1", "1 ", "0x10",
                "+5", "-0", "007",
            ])
            .as_bytes()
            .to_vec(),
        7 => {
            let n = rng.below(60) as usize;
            (0..n).map(|_| b'a' + rng.below(26) as u8).collect()
        }
        8 => {
            let n = rng.below(8) as usize;
            (0..n).map(|_| rng.below(256) as u8).collect()
        }
        _ => {
            let n = 1 + rng.below(10) as usize;
            (0..n).map(|_| rng.pick(b"abcxyz")).collect()
        }
    }
}
