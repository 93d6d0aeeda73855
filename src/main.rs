//! ringkv: reads flags and the config file, opens the listeners, starts one event-loop
//! thread per shard and waits for them to stop.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod commands;
mod num;
mod protocol;
mod server;
mod shard;
mod storage;

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

struct Opts {
    port: u16,
    bind: Vec<String>,
    threads: usize,
    unixsocket: Option<String>,
    requirepass: bool,
    databases: usize,
}

fn parse_opts() -> Opts {
    let mut o = Opts {
        port: 6379,
        bind: vec!["127.0.0.1".into()],
        threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
        unixsocket: None,
        requirepass: false,
        databases: 16,
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut i = 0;
    while i < args.len() {
        let v = args.get(i + 1).cloned().unwrap_or_default();
        match args[i].as_str() {
            "--port" => o.port = v.parse().expect("port"),
            "--bind" => o.bind = v.split_whitespace().map(String::from).collect(),
            "--threads" => o.threads = v.parse().expect("threads"),
            "--unixsocket" => o.unixsocket = Some(v),
            "--requirepass" => o.requirepass = !v.is_empty(),
            "--databases" => o.databases = v.parse().expect("databases"),
            _ => {}
        }
        i += 2;
    }
    o
}

fn main() {
    let o = parse_opts();
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
        server::unix_listener(p, 0, 511).unwrap_or_else(|e| {
            server::log::warning(&format!("Failed opening Unix socket: {e}"));
            std::process::exit(1)
        })
    });
    for addr in &o.bind {
        let addr = addr.trim_start_matches('-');
        if let Err(e) = server::check_port_free(addr, o.port) {
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
        for addr in &o.bind {
            let addr = addr.trim_start_matches('-');
            match server::tcp_listener(addr, o.port, 511) {
                Ok(fd) => ls.push(server::Listener {
                    fd,
                    unix: false,
                    laddr: String::new(),
                }),
                Err(e) => {
                    server::log::warning(&format!(
                        "Warning: Could not create server TCP listening socket {addr}:{}: {e}",
                        o.port
                    ));
                    std::process::exit(1);
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
    server::log::notice(&format!("ringkv started, {n} threads, port {}", o.port));
    server::log::notice("Ready to accept connections");
    let cfg = server::LoopConfig {
        databases: o.databases,
        requirepass: o.requirepass,
        hz: 10,
        maxclients: 10000,
    };
    server::run_threads(shared, inboxes, listeners, cfg);
    if let Some(p) = &o.unixsocket {
        let _ = std::fs::remove_file(p);
    }
    server::log::notice("ringkv is now ready to exit, bye bye...");
}
