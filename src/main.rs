//! ringkv: reads flags and the config file, opens the listeners, starts one event-loop
//! thread per shard and waits for them to stop.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use ringkv::{commands, config, server, shard};
use std::sync::OnceLock;

/// The eventfds the signal handler writes to wake every loop.
static WAKE_FDS: OnceLock<Vec<i32>> = OnceLock::new();

extern "C" fn on_signal(_sig: libc::c_int) {
    commands::server::request_shutdown();
    if let Some(fds) = WAKE_FDS.get() {
        let one: u64 = 1;
        for &fd in fds {
            // SAFETY: write(2) is async-signal-safe; 8 bytes from a live u64.
            unsafe { libc::write(fd, &one as *const u64 as *const libc::c_void, 8) };
        }
    }
}

/// What start-up needs from the config: the listeners, the threads, the databases.
struct Opts {
    port: u16,
    bind: Vec<String>,
    threads: usize,
    unixsocket: Option<String>,
    unixsocketperm: u32,
    tcp_backlog: i32,
    databases: usize,
    hz: u32,
}

/// disable-thp (Redis's THPDisable): with transparent huge pages the kernel faults in, and
/// may compact memory for, 2 MB at a time when a table or an arena grows: a stall of ~9 ms on
/// the machine we measure on (p99 of SADD and ZADD at pipeline 16: 9 ms with, 2-3 ms without).
fn disable_thp() {
    // SAFETY: PR_SET_THP_DISABLE takes integer arguments only and touches none of our memory.
    let r = unsafe { libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0) };
    if r != 0 {
        let e = std::io::Error::last_os_error();
        server::log::warning(&format!("Failed to disable transparent huge pages: {e}"));
    }
}

/// Loads the config from the command line (and the config file it names), installs it, and
/// applies what is applied once: the working directory, the log level, the settings.
fn load_config() -> Opts {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // Fix the executable path and the start time before `dir` changes the directory.
    commands::server::process();
    let cfg = config::load(&args).unwrap_or_else(|e| {
        eprintln!("{e}");
        std::process::exit(1)
    });
    if cfg.get_bool("disable-thp") {
        disable_thp();
    }
    let dir = cfg.get_str("dir");
    let unixsocket = cfg.get_str("unixsocket");
    let o = Opts {
        port: cfg.get_int("port") as u16,
        bind: cfg.bind_addrs(),
        threads: cfg.get_int("threads").max(1) as usize,
        unixsocket: if unixsocket.is_empty() {
            None
        } else {
            Some(unixsocket)
        },
        unixsocketperm: cfg.get_int("unixsocketperm") as u32,
        tcp_backlog: cfg.get_int("tcp-backlog") as i32,
        databases: cfg.get_int("databases").max(1) as usize,
        hz: cfg.get_int("hz").clamp(1, 500) as u32,
    };
    if !dir.is_empty() {
        if let Err(e) = std::env::set_current_dir(&dir) {
            server::log::warning(&format!("Can't chdir to '{dir}': {e}"));
            std::process::exit(1);
        }
    }
    config::install(cfg);
    commands::server::apply_config();
    o
}

/// A bind address as the socket layer takes it: "*" is every IPv4 address, "::*" every
/// IPv6 one; a leading '-' marks an address that may be unavailable.
fn bind_target(addr: &str) -> (&str, bool) {
    let (addr, optional) = match addr.strip_prefix('-') {
        Some(a) => (a, true),
        None => (addr, false),
    };
    let addr = match addr {
        "*" => "0.0.0.0",
        "::*" => "::",
        a => a,
    };
    (addr, optional)
}

fn main() {
    let o = load_config();
    let n = o.threads.max(1);
    let (shared, inboxes) = shard::Shared::new(n);
    let _ = WAKE_FDS.set((0..n).map(|t| shared.wake_fd(t)).collect());
    // SAFETY: installing a handler that only does async-signal-safe work (atomics, write).
    unsafe {
        libc::signal(libc::SIGINT, on_signal as *const () as libc::sighandler_t);
        libc::signal(libc::SIGTERM, on_signal as *const () as libc::sighandler_t);
        libc::signal(libc::SIGPIPE, libc::SIG_IGN);
    }
    let unix_fd = o.unixsocket.as_deref().map(|p| {
        server::unix_listener(p, o.unixsocketperm, o.tcp_backlog).unwrap_or_else(|e| {
            server::log::warning(&format!("Failed opening Unix socket: {e}"));
            std::process::exit(1)
        })
    });
    // Another process holding the port would share it through SO_REUSEPORT: refuse, as Redis.
    for addr in o.bind.iter().filter(|_| o.port != 0) {
        let (addr, optional) = bind_target(addr);
        if let Err(e) = server::check_port_free(addr, o.port) {
            if optional && e.kind() != std::io::ErrorKind::AddrInUse {
                continue;
            }
            server::log::warning(&format!(
                "Warning: Could not create server TCP listening socket {addr}:{}: bind: {e}",
                o.port
            ));
            server::log::warning(
                "Failed listening on port 6379 (TCP), aborting."
                    .replace("6379", &o.port.to_string())
                    .as_str(),
            );
            std::process::exit(1);
        }
    }
    let mut listeners = Vec::new();
    for _ in 0..n {
        let mut ls = Vec::new();
        if o.port != 0 {
            for addr in &o.bind {
                let (addr, optional) = bind_target(addr);
                match server::tcp_listener(addr, o.port, o.tcp_backlog) {
                    Ok(fd) => ls.push(server::Listener {
                        fd,
                        unix: false,
                        laddr: String::new(),
                    }),
                    Err(_) if optional => {}
                    Err(e) => {
                        server::log::warning(&format!(
                            "Warning: Could not create server TCP listening socket {addr}:{}: {e}",
                            o.port
                        ));
                        std::process::exit(1);
                    }
                }
            }
        }
        if let (Some(fd), Some(path)) = (unix_fd, &o.unixsocket) {
            ls.push(server::Listener {
                fd,
                unix: true,
                laddr: path.clone(),
            });
        }
        listeners.push(ls);
    }
    commands::server::record_startup_memory();
    server::log::notice(&format!("ringkv started, {n} threads, port {}", o.port));
    server::log::notice("Ready to accept connections");
    let cfg = server::LoopConfig {
        databases: o.databases,
        hz: o.hz,
    };
    server::run_threads(shared, inboxes, listeners, cfg);
    if let Some(p) = &o.unixsocket {
        let _ = std::fs::remove_file(p);
    }
    server::log::notice("ringkv is now ready to exit, bye bye...");
}
