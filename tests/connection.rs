//! Connection and server commands (tests/unit/auth.tcl, introspection.tcl,
//! info.tcl...): differential against redis-server 7.0.15, property tests
//! that run on redis and ringkv, and tests through the `redis` crate.
mod common;
use common::*;
use std::collections::HashSet;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

fn now_secs() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

// ---------------------------------------------------------------------------
// PING, ECHO, QUIT, RESET, HELLO
// ---------------------------------------------------------------------------

#[test]
fn ping_and_echo() {
    diff(&[
        "PING => PONG",
        "PING hello => \"hello\"",
        "PING \"\" => \"\"",
        "ping \"a b\\r\\n\" => \"a b\\r\\n\"",
        "PING a b => (error) ERR wrong number of arguments for 'ping' command",
        "ECHO hello => \"hello\"",
        "ECHO \"\" => \"\"",
        "ECHO \"\\x00\\xff\" => \"\\x00\\xff\"",
        "ECHO => (error) ERR wrong number of arguments for 'echo' command",
        "ECHO a b => (error) ERR wrong number of arguments for 'echo' command",
    ]);
}

#[test]
fn quit_replies_ok_then_closes() {
    diff(&[
        "SET k v => OK",
        "[closed] QUIT => OK",
        "GET k => \"v\"",
        "[closed] QUIT extra args => OK",
        "[c1] PING => PONG",
        "[c1 closed] quit => OK",
    ]);
}

#[test]
fn quit_closes_after_pipelined_replies() {
    Script::new()
        .raw_replies(
            0,
            &[
                encode(&["SET", "a", "1"]),
                encode(&["QUIT"]),
                encode(&["SET", "b", "2"]),
            ]
            .concat(),
            2,
            true,
        )
        .expect("OK ++ OK")
        .line("EXISTS a b => (integer) 1")
        .run();
}

#[test]
fn reset_clears_connection_state() {
    diff(&[
        "SELECT 3 => OK",
        "SET k v => OK",
        "CLIENT SETNAME me => OK",
        "[hello] HELLO 3",
        "GET k => \"v\"",
        "RESET => RESET",
        "GET k => (nil)",
        "CLIENT GETNAME => (nil)",
        "[clientinfo] CLIENT INFO",
        "SELECT 3 => OK",
        "GET k => \"v\"",
        "RESET extra => (error) ERR wrong number of arguments for 'reset' command",
        "[noreply] CLIENT REPLY OFF => (no reply)",
        "[noreply] SET x 1",
        "RESET => RESET",
        "GET x => (nil)",
        "SELECT 3 => OK",
        "GET x => \"1\"",
    ]);
}

#[test]
fn hello_errors() {
    diff(&[
        "HELLO 1 => (error) NOPROTO unsupported protocol version",
        "HELLO 4 => (error) NOPROTO unsupported protocol version",
        "HELLO 0 => (error) NOPROTO unsupported protocol version",
        "HELLO -1 => (error) NOPROTO unsupported protocol version",
        "HELLO abc => (error) ERR Protocol version is not an integer or out of range",
        "HELLO 3 SETNAME => (error) ERR Syntax error in HELLO option 'SETNAME'",
        "HELLO 3 SETNAME \"a b\" => (error) ERR Client names cannot contain spaces, newlines or special characters.",
        "HELLO 3 AUTH default => (error) ERR Syntax error in HELLO option 'AUTH'",
        "HELLO 3 FOO => (error) ERR Syntax error in HELLO option 'FOO'",
        "HELLO 2 FOO bar => (error) ERR Syntax error in HELLO option 'FOO'",
        "GET nokey => (nil)",
    ]);
}

#[test]
fn hello_setname_and_auth() {
    diff(&[
        "[hello] HELLO",
        "[hello] HELLO 2 SETNAME myname",
        "CLIENT GETNAME => \"myname\"",
        "[hello] HELLO 3 AUTH default anything SETNAME other",
        "CLIENT GETNAME => \"other\"",
        "GET nokey => (null)",
        "[hello] hello 2",
        "GET nokey => (nil)",
    ]);
}

// ---------------------------------------------------------------------------
// AUTH
// ---------------------------------------------------------------------------

#[test]
fn auth_without_requirepass() {
    diff(&[
        "AUTH foo => (error) ERR AUTH <password> called without any password configured for the default user. Are you sure your configuration is correct?",
        "AUTH default foo => OK",
        "AUTH a b c => (error) ERR syntax error",
        "AUTH => (error) ERR wrong number of arguments for 'auth' command",
        "PING => PONG",
    ]);
}

#[test]
fn auth_with_requirepass() {
    Script::new()
        .server_args(&["--requirepass", "secret"])
        .lines(&[
            "PING => (error) NOAUTH Authentication required.",
            "GET k => (error) NOAUTH Authentication required.",
            "SET k v => (error) NOAUTH Authentication required.",
            "ECHO x => (error) NOAUTH Authentication required.",
            "SELECT 1 => (error) NOAUTH Authentication required.",
            "CLIENT SETNAME x => (error) NOAUTH Authentication required.",
            // (the command lookup comes before the authentication check)
            "NOSUCHCOMMAND => (error) ERR unknown command 'NOSUCHCOMMAND', with args beginning with: ",
            "HELLO 3 => (error) NOAUTH HELLO must be called with the client already authenticated, otherwise the HELLO AUTH <user> <pass> option can be used to authenticate the client and select the RESP protocol version at the same time",
            "AUTH wrong => (error) WRONGPASS invalid username-password pair or user is disabled.",
            "AUTH default wrong => (error) WRONGPASS invalid username-password pair or user is disabled.",
            "AUTH nouser wrong => (error) WRONGPASS invalid username-password pair or user is disabled.",
            "AUTH a b c => (error) ERR syntax error",
            "HELLO 2 AUTH default wrong => (error) WRONGPASS invalid username-password pair or user is disabled.",
            "PING => (error) NOAUTH Authentication required.",
            "AUTH secret => OK",
            "SET k v => OK",
            "GET k => \"v\"",
            "AUTH default secret => OK",
            "AUTH wrong => (error) WRONGPASS invalid username-password pair or user is disabled.",
            "GET k => \"v\"",
            "RESET => RESET",
            "GET k => (error) NOAUTH Authentication required.",
            "[hello] HELLO 2 AUTH default secret",
            "GET k => \"v\"",
            "[c1] GET k => (error) NOAUTH Authentication required.",
            "[c1 closed] QUIT => OK",
            "[c2] AUTH default secret => OK",
            "[c2] GET k => \"v\"",
        ])
        .run();
}

#[test]
fn auth_with_requirepass_on_ringkv_alone() {
    // Same contract without redis: a server started with --requirepass.
    let mut s = Server::start(&["--threads", "2", "--requirepass", "p@ss word"]);
    let mut c = s.conn();
    c.expect("GET k", "(error) NOAUTH Authentication required.");
    c.expect(
        "AUTH nope",
        "(error) WRONGPASS invalid username-password pair or user is disabled.",
    );
    c.expect("AUTH \"p@ss word\"", "OK");
    c.expect("SET k v", "OK");
    let mut c2 = s.conn();
    c2.expect("GET k", "(error) NOAUTH Authentication required.");
    s.stop();
}

// ---------------------------------------------------------------------------
// CLIENT
// ---------------------------------------------------------------------------

#[test]
fn client_setname_getname() {
    diff(&[
        "CLIENT GETNAME => (nil)",
        "CLIENT SETNAME foo => OK",
        "CLIENT GETNAME => \"foo\"",
        "CLIENT SETNAME \"foo bar\" => (error) ERR Client names cannot contain spaces, newlines or special characters.",
        "CLIENT SETNAME \"foo\\nbar\" => (error) ERR Client names cannot contain spaces, newlines or special characters.",
        "CLIENT SETNAME \"\\x01x\" => (error) ERR Client names cannot contain spaces, newlines or special characters.",
        "CLIENT GETNAME => \"foo\"",
        "CLIENT SETNAME \"\" => OK",
        "CLIENT GETNAME => (nil)",
        "client setname x-y_z.1 => OK",
        "[c1] CLIENT GETNAME => (nil)",
        "CLIENT GETNAME => \"x-y_z.1\"",
        "CLIENT SETNAME a b => (error) ERR wrong number of arguments for 'client|setname' command",
        "CLIENT GETNAME x => (error) ERR wrong number of arguments for 'client|getname' command",
    ]);
}

#[test]
fn client_subcommand_errors() {
    diff(&[
        "CLIENT REPLY FOO => (error) ERR syntax error",
        "CLIENT REPLY => (error) ERR wrong number of arguments for 'client|reply' command",
        "CLIENT REPLY ON => OK",
        "CLIENT NO-EVICT ON => OK",
        "CLIENT NO-EVICT off => OK",
        "CLIENT NO-EVICT maybe => (error) ERR syntax error",
        "CLIENT NO-EVICT => (error) ERR wrong number of arguments for 'client|no-evict' command",
        "CLIENT KILL 1.2.3.4:5 => (error) ERR No such client",
        "CLIENT KILL ID 999999 => (integer) 0",
        "CLIENT KILL ID abc => (error) ERR client-id should be greater than 0",
        "CLIENT KILL ID 0 => (error) ERR client-id should be greater than 0",
        "CLIENT KILL ADDR 1.2.3.4:5 => (integer) 0",
        "CLIENT KILL LADDR 1.2.3.4:5 => (integer) 0",
        "CLIENT KILL FOO bar => (error) ERR syntax error",
        "CLIENT KILL ID => (error) ERR No such client",
        "CLIENT KILL SKIPME maybe => (error) ERR syntax error",
        "CLIENT KILL TYPE nosuchtype => (error) ERR Unknown client type 'nosuchtype'",
        "CLIENT KILL => (error) ERR wrong number of arguments for 'client|kill' command",
        "CLIENT ID x => (error) ERR wrong number of arguments for 'client|id' command",
        "CLIENT INFO x => (error) ERR wrong number of arguments for 'client|info' command",
        "CLIENT LIST TYPE normal x => (error) ERR syntax error",
        "CLIENT LIST TYPE foo => (error) ERR Unknown client type 'foo'",
        "CLIENT LIST ID abc => (error) ERR Invalid client ID",
        "CLIENT LIST ID 99999 => \"\"",
        "CLIENT LIST FOO => (error) ERR syntax error",
        "CLIENT => (error) ERR wrong number of arguments for 'client' command",
        "CLIENT FOO => (error) ERR unknown subcommand 'FOO'. Try CLIENT HELP.",
        "PING => PONG",
    ]);
}

#[test]
fn client_reply_on_off_skip() {
    diff(&[
        "[noreply] CLIENT REPLY OFF => (no reply)",
        "[noreply] SET a 1",
        "[noreply] GET a",
        "[noreply] NOSUCHCOMMAND",
        "CLIENT REPLY ON => OK",
        "GET a => \"1\"",
        "[noreply] CLIENT REPLY SKIP => (no reply)",
        "[noreply] SET b 2",
        "GET b => \"2\"",
        "[noreply] CLIENT REPLY SKIP => (no reply)",
        "CLIENT REPLY ON => OK",
        "GET b => \"2\"",
        "[c1] GET a => \"1\"",
    ]);
}

#[test]
fn client_info_and_list_format() {
    diff(&[
        "[clientinfo] CLIENT INFO",
        "CLIENT SETNAME conn0 => OK",
        "SELECT 2 => OK",
        "[clientinfo] CLIENT INFO",
        "[c1] CLIENT SETNAME conn1 => OK",
        "[c1 clientinfo] CLIENT LIST",
        "[clientinfo] CLIENT LIST TYPE normal",
        "CLIENT LIST TYPE pubsub => \"\"",
        "[c2 hello] HELLO 3",
        "[c2 clientinfo] CLIENT INFO",
        "[c2 clientinfo] CLIENT LIST",
    ]);
}

#[test]
fn client_info_values() {
    on_each_server(&[], |s| {
        let mut c = s.conn();
        let id = int_of(&c.cmd(&["CLIENT", "ID"]));
        assert!(id > 0, "{}: CLIENT ID must be positive", s.name);
        let mut c2 = s.conn();
        let id2 = int_of(&c2.cmd(&["CLIENT", "ID"]));
        assert!(
            id2 > id,
            "{}: client ids must increase ({id} then {id2})",
            s.name
        );
        assert_eq!(
            int_of(&c.cmd(&["CLIENT", "ID"])),
            id,
            "{}: CLIENT ID is stable",
            s.name
        );
        c.expect("CLIENT SETNAME me", "OK");
        let info = String::from_utf8(bulk_of(&c.cmd(&["CLIENT", "INFO"])).unwrap()).unwrap();
        assert!(
            info.ends_with('\n') && !info.ends_with("\n\n"),
            "{}: CLIENT INFO is one line: {info:?}",
            s.name
        );
        let fields: Vec<(&str, &str)> = info
            .trim_end()
            .split(' ')
            .map(|f| f.split_once('=').unwrap_or((f, "")))
            .collect();
        let get = |k: &str| {
            fields
                .iter()
                .find(|f| f.0 == k)
                .map(|f| f.1)
                .unwrap_or_else(|| panic!("{}: no {k}= in {info}", s.name))
        };
        assert_eq!(get("id"), id.to_string(), "{}", s.name);
        assert_eq!(
            get("addr"),
            c.local_addr(),
            "{}: addr is the client's address",
            s.name
        );
        assert_eq!(
            get("laddr"),
            s.addr(),
            "{}: laddr is the server's address",
            s.name
        );
        assert_eq!(get("name"), "me", "{}", s.name);
        assert_eq!(get("db"), "0", "{}", s.name);
        assert_eq!(get("cmd"), "client|info", "{}", s.name);
        assert_eq!(get("flags"), "N", "{}", s.name);
        assert_eq!(get("resp"), "2", "{}", s.name);
        assert_eq!(get("user"), "default", "{}", s.name);
        // CLIENT LIST: one line per connection, ordered by id.
        let list = String::from_utf8(bulk_of(&c2.cmd(&["CLIENT", "LIST"])).unwrap()).unwrap();
        let ids: Vec<i64> = list
            .lines()
            .map(|l| {
                l.split(' ')
                    .next()
                    .unwrap()
                    .trim_start_matches("id=")
                    .parse()
                    .unwrap()
            })
            .collect();
        assert_eq!(ids, vec![id, id2], "{}: CLIENT LIST ids: {list}", s.name);
        let only = String::from_utf8(
            bulk_of(&c2.cmd(&["CLIENT", "LIST", "ID", &id2.to_string(), "12345678"])).unwrap(),
        )
        .unwrap();
        assert_eq!(
            only.lines().count(),
            1,
            "{}: CLIENT LIST ID filter: {only}",
            s.name
        );
        assert!(
            only.starts_with(&format!("id={id2} ")),
            "{}: {only}",
            s.name
        );
    });
}

#[test]
fn client_kill_by_id_addr_and_laddr() {
    on_each_server(&[], |s| {
        let mut admin = s.conn();
        let mut victim = s.conn();
        let vid = int_of(&victim.cmd(&["CLIENT", "ID"]));
        admin.expect(&format!("CLIENT KILL ID {vid}"), "(integer) 1");
        assert!(
            victim.is_closed(),
            "{}: CLIENT KILL ID did not close the victim",
            s.name
        );
        admin.expect(&format!("CLIENT KILL ID {vid}"), "(integer) 0");

        // Old form: CLIENT KILL addr:port -> +OK
        let mut victim = s.conn();
        victim.expect("PING", "PONG");
        admin.expect(&format!("CLIENT KILL {}", victim.local_addr()), "OK");
        assert!(
            victim.is_closed(),
            "{}: CLIENT KILL <addr> did not close the victim",
            s.name
        );

        // New form: ADDR filter -> count
        let mut victim = s.conn();
        victim.expect("PING", "PONG");
        admin.expect(
            &format!("CLIENT KILL ADDR {}", victim.local_addr()),
            "(integer) 1",
        );
        assert!(
            victim.is_closed(),
            "{}: CLIENT KILL ADDR did not close the victim",
            s.name
        );

        // LADDR: every client connected to that local address except me.
        let mut victims: Vec<Conn> = (0..3).map(|_| s.conn()).collect();
        for v in victims.iter_mut() {
            v.expect("PING", "PONG");
        }
        admin.expect(&format!("CLIENT KILL LADDR {}", s.addr()), "(integer) 3");
        for v in victims.iter_mut() {
            assert!(
                v.is_closed(),
                "{}: CLIENT KILL LADDR did not close a client",
                s.name
            );
        }
        admin.expect("PING", "PONG");

        // SKIPME no: the caller can kill itself (gets the reply first).
        let my_id = int_of(&admin.cmd(&["CLIENT", "ID"]));
        admin.expect(&format!("CLIENT KILL ID {my_id} SKIPME no"), "(integer) 1");
        assert!(admin.is_closed(), "{}: self-kill did not close", s.name);
        let mut c = s.conn();
        let cid = int_of(&c.cmd(&["CLIENT", "ID"]));
        c.expect(&format!("CLIENT KILL ID {cid} SKIPME yes"), "(integer) 0");
    });
}

// ---------------------------------------------------------------------------
// TIME, LASTSAVE, DEBUG, CONFIG
// ---------------------------------------------------------------------------

#[test]
fn time_format() {
    on_each_server(&[], |s| {
        let mut c = s.conn();
        let r = c.cmd(&["TIME"]);
        let parts = array_of(&r);
        assert_eq!(parts.len(), 2, "{}: TIME reply {}", s.name, pretty(&r));
        assert!(
            matches!(parts[0], Reply::Bulk(_)) && matches!(parts[1], Reply::Bulk(_)),
            "{}: TIME returns bulk strings: {}",
            s.name,
            pretty(&r)
        );
        let secs: i64 = String::from_utf8(str_of(&parts[0]))
            .unwrap()
            .parse()
            .unwrap();
        let micros: i64 = String::from_utf8(str_of(&parts[1]))
            .unwrap()
            .parse()
            .unwrap();
        assert!(
            (secs - now_secs()).abs() <= 5,
            "{}: TIME seconds {secs} far from now",
            s.name
        );
        assert!(
            (0..1_000_000).contains(&micros),
            "{}: TIME microseconds {micros}",
            s.name
        );
        let t2 = array_of(&c.cmd(&["TIME"]));
        let secs2: i64 = String::from_utf8(str_of(&t2[0])).unwrap().parse().unwrap();
        let micros2: i64 = String::from_utf8(str_of(&t2[1])).unwrap().parse().unwrap();
        assert!(
            secs2 * 1_000_000 + micros2 >= secs * 1_000_000 + micros,
            "{}: TIME went backwards",
            s.name
        );
    });
    diff(&["TIME x => (error) ERR wrong number of arguments for 'time' command"]);
}

#[test]
fn lastsave_is_a_recent_unix_time() {
    on_each_server(&[], |s| {
        let mut c = s.conn();
        let t = int_of(&c.cmd(&["LASTSAVE"]));
        let now = now_secs();
        assert!(
            t <= now + 1 && t > now - 3600,
            "{}: LASTSAVE {t}, now {now}",
            s.name
        );
    });
    diff(&["LASTSAVE x => (error) ERR wrong number of arguments for 'lastsave' command"]);
}

#[test]
fn debug_sleep_0_is_refused_by_default() {
    // Redis 7 disables DEBUG unless enable-debug-command is set.
    diff(&[
        "DEBUG SLEEP 0 => (error) ERR DEBUG command not allowed. If the enable-debug-command option is set to \\\"local\\\", you can run it from a local connection, otherwise you need to set this option in the configuration file, and then restart the server.",
        "PING => PONG",
    ]);
}

#[test]
fn debug_sleep_0_with_enable_debug_command() {
    Script::new()
        .server_args(&["--enable-debug-command", "local"])
        .lines(&[
            "DEBUG SLEEP 0 => OK",
            "DEBUG sleep 0.01 => OK",
            "PING => PONG",
        ])
        .run();
}

#[test]
fn config_get_with_glob_patterns() {
    diff(&[
        "[pairs] CONFIG GET maxmemory*",
        // ringkv also has Redis 7.2's set-max-listpack-*; compare patterns that exclude them.
        "[pairs] CONFIG GET [hz]*-max-*-entries*",
        "[pairs] CONFIG GET set-max-i*",
        "[pairs] CONFIG GET maxmemory maxmemory-policy",
        "[pairs] CONFIG GET MAXMEMORY",
        "CONFIG GET maxmemory => [\"maxmemory\", \"0\"]",
        "CONFIG GET maxmemory-policy => [\"maxmemory-policy\", \"noeviction\"]",
        "CONFIG GET databases => [\"databases\", \"16\"]",
        "CONFIG GET nosuch => []",
        "CONFIG GET nosuch* => []",
        "[pairs] CONFIG GET timeout",
        "[pairs] CONFIG GET hz",
        "[pairs] CONFIG GET proto-max-bulk-len",
        "[pairs] CONFIG GET client-query-buffer-limit",
        "[pairs] CONFIG GET appendonly",
        "[pairs] CONFIG GET save",
        "CONFIG GET => (error) ERR wrong number of arguments for 'config|get' command",
    ]);
}

#[test]
fn config_set_get_round_trip() {
    diff(&[
        "CONFIG SET maxmemory 100mb => OK",
        "CONFIG GET maxmemory => [\"maxmemory\", \"104857600\"]",
        "CONFIG SET maxmemory 1gb maxmemory-policy allkeys-lru => OK",
        "[pairs] CONFIG GET maxmemory*",
        "CONFIG SET maxmemory-policy volatile-lfu => OK",
        "CONFIG GET maxmemory-policy => [\"maxmemory-policy\", \"volatile-lfu\"]",
        "CONFIG SET MAXMEMORY 0 => OK",
        "CONFIG GET maxmemory => [\"maxmemory\", \"0\"]",
        "CONFIG SET timeout 300 => OK",
        "CONFIG GET timeout => [\"timeout\", \"300\"]",
        "CONFIG SET maxmemory abc => (error) ERR CONFIG SET failed (possibly related to argument 'maxmemory') - argument must be a memory value",
        "CONFIG SET nosuch 1 => (error) ERR Unknown option or number of arguments for CONFIG SET - 'nosuch'",
        "CONFIG SET maxmemory => (error) ERR wrong number of arguments for 'config|set' command",
        "CONFIG SET maxmemory 1 maxmemory 2 => (error) ERR CONFIG SET failed (possibly related to argument 'maxmemory') - duplicate parameter",
        "CONFIG SET maxmemory-policy bogus => (error) ERR CONFIG SET failed (possibly related to argument 'maxmemory-policy') - argument(s) must be one of the following: volatile-lru, volatile-lfu, volatile-random, volatile-ttl, allkeys-lru, allkeys-lfu, allkeys-random, noeviction",
        "CONFIG GET maxmemory-policy => [\"maxmemory-policy\", \"volatile-lfu\"]",
    ]);
}

#[test]
fn config_resetstat_and_help() {
    diff(&[
        "SET a 1 => OK",
        "CONFIG RESETSTAT => OK",
        "CONFIG RESETSTAT x => (error) ERR wrong number of arguments for 'config|resetstat' command",
        "CONFIG HELP",
    ]);
    on_each_server(&[], |s| {
        let mut c = s.conn();
        c.expect("SET a 1", "OK");
        c.expect("GET a", "\"1\"");
        c.expect("CONFIG RESETSTAT", "OK");
        let info = parse_info(&bulk_of(&c.cmd(&["INFO", "commandstats"])).unwrap());
        let stats = info.get("commandstats").cloned().unwrap_or_default();
        assert!(
            stats
                .iter()
                .all(|(k, _)| k != "cmdstat_set" && k != "cmdstat_get"),
            "{}: CONFIG RESETSTAT must clear commandstats: {stats:?}",
            s.name
        );
        let info = parse_info(&bulk_of(&c.cmd(&["INFO", "stats"])).unwrap());
        let get = |k: &str| info["stats"].iter().find(|f| f.0 == k).map(|f| f.1.clone());
        assert_eq!(
            get("keyspace_hits").as_deref(),
            Some("0"),
            "{}: keyspace_hits after RESETSTAT",
            s.name
        );
    });
}

// ---------------------------------------------------------------------------
// INFO
// ---------------------------------------------------------------------------

/// INFO fields ringkv must report (all present in redis 7.0.15).
const INFO_REQUIRED: &[(&str, &[&str])] = &[
    (
        "server",
        &[
            "redis_version",
            "redis_git_sha1",
            "redis_git_dirty",
            "redis_build_id",
            "redis_mode",
            "os",
            "arch_bits",
            "monotonic_clock",
            "multiplexing_api",
            "atomicvar_api",
            "gcc_version",
            "process_id",
            "process_supervised",
            "run_id",
            "tcp_port",
            "server_time_usec",
            "uptime_in_seconds",
            "uptime_in_days",
            "hz",
            "configured_hz",
            "lru_clock",
            "executable",
            "config_file",
            "io_threads_active",
        ],
    ),
    (
        "clients",
        &[
            "connected_clients",
            "cluster_connections",
            "maxclients",
            "client_recent_max_input_buffer",
            "client_recent_max_output_buffer",
            "blocked_clients",
            "tracking_clients",
            "clients_in_timeout_table",
        ],
    ),
    (
        "memory",
        &[
            "used_memory",
            "used_memory_human",
            "used_memory_rss",
            "used_memory_rss_human",
            "used_memory_peak",
            "used_memory_peak_human",
            "used_memory_peak_perc",
            "used_memory_overhead",
            "used_memory_startup",
            "used_memory_dataset",
            "used_memory_dataset_perc",
            "allocator_allocated",
            "allocator_active",
            "allocator_resident",
            "total_system_memory",
            "total_system_memory_human",
            "used_memory_lua",
            "used_memory_vm_eval",
            "used_memory_lua_human",
            "used_memory_scripts_eval",
            "number_of_cached_scripts",
            "number_of_functions",
            "number_of_libraries",
            "used_memory_vm_functions",
            "used_memory_vm_total",
            "used_memory_vm_total_human",
            "used_memory_functions",
            "used_memory_scripts",
            "used_memory_scripts_human",
            "maxmemory",
            "maxmemory_human",
            "maxmemory_policy",
            "allocator_frag_ratio",
            "allocator_frag_bytes",
            "allocator_rss_ratio",
            "allocator_rss_bytes",
            "rss_overhead_ratio",
            "rss_overhead_bytes",
            "mem_fragmentation_ratio",
            "mem_fragmentation_bytes",
            "mem_not_counted_for_evict",
            "mem_replication_backlog",
            "mem_total_replication_buffers",
            "mem_clients_slaves",
            "mem_clients_normal",
            "mem_cluster_links",
            "mem_aof_buffer",
            "mem_allocator",
            "active_defrag_running",
            "lazyfree_pending_objects",
            "lazyfreed_objects",
        ],
    ),
    (
        "stats",
        &[
            "total_connections_received",
            "total_commands_processed",
            "instantaneous_ops_per_sec",
            "total_net_input_bytes",
            "total_net_output_bytes",
            "total_net_repl_input_bytes",
            "total_net_repl_output_bytes",
            "instantaneous_input_kbps",
            "instantaneous_output_kbps",
            "instantaneous_input_repl_kbps",
            "instantaneous_output_repl_kbps",
            "rejected_connections",
            "sync_full",
            "sync_partial_ok",
            "sync_partial_err",
            "expired_keys",
            "expired_stale_perc",
            "expired_time_cap_reached_count",
            "expire_cycle_cpu_milliseconds",
            "evicted_keys",
            "evicted_clients",
            "total_eviction_exceeded_time",
            "current_eviction_exceeded_time",
            "keyspace_hits",
            "keyspace_misses",
            "pubsub_channels",
            "pubsub_patterns",
            "pubsubshard_channels",
            "latest_fork_usec",
            "total_forks",
            "migrate_cached_sockets",
            "slave_expires_tracked_keys",
            "active_defrag_hits",
            "active_defrag_misses",
            "active_defrag_key_hits",
            "active_defrag_key_misses",
            "total_active_defrag_time",
            "current_active_defrag_time",
            "tracking_total_keys",
            "tracking_total_items",
            "tracking_total_prefixes",
            "unexpected_error_replies",
            "total_error_replies",
            "dump_payload_sanitizations",
            "total_reads_processed",
            "total_writes_processed",
            "io_threaded_reads_processed",
            "io_threaded_writes_processed",
            "reply_buffer_shrinks",
            "reply_buffer_expands",
        ],
    ),
    (
        "cpu",
        &[
            "used_cpu_sys",
            "used_cpu_user",
            "used_cpu_sys_children",
            "used_cpu_user_children",
            "used_cpu_sys_main_thread",
            "used_cpu_user_main_thread",
        ],
    ),
    ("keyspace", &["db0", "db3"]),
    (
        "commandstats",
        &[
            "cmdstat_set",
            "cmdstat_get",
            "cmdstat_ping",
            "cmdstat_select",
        ],
    ),
];

#[test]
fn info_sections_have_redis_field_names() {
    on_each_server(&[], |s| {
        let mut c = s.conn();
        for cmd in [
            "SET a 1",
            "SET b 2 EX 1000",
            "GET a",
            "GET nokey",
            "PING",
            "SELECT 3",
            "SET c 3",
            "SELECT 0",
        ] {
            c.cmd_str(cmd);
        }
        for (section, required) in INFO_REQUIRED {
            let raw = bulk_of(&c.cmd(&["INFO", section])).expect("INFO returns a bulk string");
            let text = String::from_utf8_lossy(&raw);
            assert!(
                text.split("\r\n").all(|l| !l.contains('\n')),
                "{}: INFO lines must end with \\r\\n",
                s.name
            );
            let info = parse_info(&raw);
            let fields = info
                .get(*section)
                .unwrap_or_else(|| panic!("{}: INFO {section} has no '# ' header: {text}", s.name));
            let names: HashSet<&str> = fields.iter().map(|f| f.0.as_str()).collect();
            let missing: Vec<&&str> = required.iter().filter(|f| !names.contains(**f)).collect();
            assert!(
                missing.is_empty(),
                "{}: INFO {section} lacks {missing:?}",
                s.name
            );
        }
        // Values that are deterministic.
        let info = parse_info(&bulk_of(&c.cmd(&["INFO", "keyspace"])).unwrap());
        let ks: Vec<(String, String)> = info["keyspace"].clone();
        assert_eq!(ks[0].0, "db0", "{}", s.name);
        assert!(
            ks[0].1.starts_with("keys=2,expires=1,avg_ttl="),
            "{}: {:?}",
            s.name,
            ks
        );
        assert_eq!(
            ks[1],
            ("db3".to_string(), "keys=1,expires=0,avg_ttl=0".to_string()),
            "{}",
            s.name
        );
        let info = parse_info(&bulk_of(&c.cmd(&["INFO", "commandstats"])).unwrap());
        let set = info["commandstats"]
            .iter()
            .find(|f| f.0 == "cmdstat_set")
            .unwrap()
            .1
            .clone();
        assert!(
            set.starts_with("calls=3,usec="),
            "{}: cmdstat_set:{set}",
            s.name
        );
        assert!(
            set.contains(",usec_per_call=") && set.ends_with(",rejected_calls=0,failed_calls=0"),
            "{}: cmdstat_set:{set}",
            s.name
        );
        let info = parse_info(&bulk_of(&c.cmd(&["INFO", "server"])).unwrap());
        let port = info["server"]
            .iter()
            .find(|f| f.0 == "tcp_port")
            .unwrap()
            .1
            .clone();
        assert_eq!(port, s.port.to_string(), "{}: tcp_port", s.name);
    });
}

#[test]
fn info_default_and_all_sections_compared_with_redis() {
    diff(&[
        "SET a 1 => OK",
        "[info] INFO",
        "[info] INFO server",
        "[info] INFO clients",
        "[info] INFO memory",
        "[info] INFO stats",
        "[info] INFO cpu",
        "[info] INFO commandstats",
        "[info] INFO server clients",
        "[info] INFO default",
        "INFO keyspace => \"# Keyspace\\r\\ndb0:keys=1,expires=0,avg_ttl=0\\r\\n\"",
        "FLUSHALL => OK",
        "INFO keyspace => \"# Keyspace\\r\\n\"",
        "INFO nosuchsection => \"\"",
    ]);
}

// ---------------------------------------------------------------------------
// COMMAND
// ---------------------------------------------------------------------------

#[test]
fn command_info_get_matches_redis() {
    diff(&[
        "COMMAND INFO get => [[\"get\", (integer) 2, [readonly, fast], (integer) 1, (integer) 1, (integer) 1, [@read, @string, @fast], [], [[\"flags\", [RO, access], \"begin_search\", [\"type\", \"index\", \"spec\", [\"index\", (integer) 1]], \"find_keys\", [\"type\", \"range\", \"spec\", [\"lastkey\", (integer) 0, \"keystep\", (integer) 1, \"limit\", (integer) 0]]]], []]]",
        "COMMAND INFO GET",
        "COMMAND INFO set",
        "COMMAND INFO get nosuchcommand",
        "COMMAND INFO mget mset del exists",
        "COMMAND INFO ping echo",
        "[hello] HELLO 3",
        "COMMAND INFO get",
    ]);
}

#[test]
fn command_getkeys() {
    diff(&[
        "COMMAND GETKEYS SET k v => [\"k\"]",
        "COMMAND GETKEYS get k => [\"k\"]",
        "COMMAND GETKEYS MSET a 1 b 2 => [\"a\", \"b\"]",
        "COMMAND GETKEYS DEL a b c => [\"a\", \"b\", \"c\"]",
        "COMMAND GETKEYS RENAME a b => [\"a\", \"b\"]",
        "COMMAND GETKEYS COPY a b DB 1 => [\"a\", \"b\"]",
        "COMMAND GETKEYS LCS a b => [\"a\", \"b\"]",
        "COMMAND GETKEYS EXPIRE k 10 NX => [\"k\"]",
        "COMMAND GETKEYS PING x => (error) ERR The command has no key arguments",
        "COMMAND GETKEYS GET a b => (error) ERR Invalid number of arguments specified for command",
        "COMMAND GETKEYS SET k => (error) ERR Invalid number of arguments specified for command",
        "COMMAND GETKEYS FOO bar => (error) ERR Invalid command specified",
        "COMMAND GETKEYS GET => (error) ERR wrong number of arguments for 'command|getkeys' command",
        "COMMAND GETKEYS => (error) ERR wrong number of arguments for 'command|getkeys' command",
    ]);
}

/// Deliberate additions from Redis 7.2 (CLIENT NO-TOUCH is asked for by issue 4).
const RINGKV_EXTRA_COMMANDS: &[&str] = &["client|no-touch"];

#[test]
fn command_count_and_list() {
    let redis_list: Option<HashSet<String>> = if redis_available() {
        let mut r = Server::start_redis(&[]);
        let mut c = r.conn();
        let l = array_of(&c.cmd(&["COMMAND", "LIST"]));
        r.stop();
        Some(
            l.iter()
                .map(|x| String::from_utf8(str_of(x)).unwrap())
                .collect(),
        )
    } else {
        None
    };
    on_each_server(&[], |s| {
        let mut c = s.conn();
        let count = int_of(&c.cmd(&["COMMAND", "COUNT"]));
        assert!(count > 0, "{}: COMMAND COUNT", s.name);
        let list: Vec<String> = array_of(&c.cmd(&["COMMAND", "LIST"]))
            .iter()
            .map(|x| String::from_utf8(str_of(x)).unwrap())
            .collect();
        let top_level = list.iter().filter(|n| !n.contains('|')).count();
        assert_eq!(
            top_level as i64, count,
            "{}: COMMAND COUNT must equal the number of COMMAND LIST entries without '|'",
            s.name
        );
        let set: HashSet<String> = list.iter().cloned().collect();
        assert_eq!(
            set.len(),
            list.len(),
            "{}: COMMAND LIST has duplicates",
            s.name
        );
        for must in [
            "get", "set", "ping", "command", "del", "incr", "mget", "client", "config", "info",
            "hello",
        ] {
            assert!(set.contains(must), "{}: COMMAND LIST lacks {must}", s.name);
        }
        for name in &list {
            assert_eq!(
                name,
                &name.to_lowercase(),
                "{}: command names are lowercase",
                s.name
            );
            // Every name but the deliberate additions must be one Redis 7.0 has.
            if let Some(r) = redis_list
                .as_ref()
                .filter(|_| !RINGKV_EXTRA_COMMANDS.contains(&name.as_str()))
            {
                assert!(
                    r.contains(name),
                    "{}: COMMAND LIST has {name}, which redis 7.0 does not",
                    s.name
                );
            }
        }
        let getd = array_of(&c.cmd(&["COMMAND", "LIST", "FILTERBY", "PATTERN", "getd*"]));
        assert_eq!(getd, vec![Reply::Bulk(b"getdel".to_vec())], "{}", s.name);
    });
    diff(&[
        "COMMAND COUNT x => (error) ERR wrong number of arguments for 'command|count' command",
        "COMMAND LIST FILTERBY FOO x => (error) ERR syntax error",
        "COMMAND LIST FOO => (error) ERR syntax error",
        "COMMAND LIST FILTERBY PATTERN getd* => [\"getdel\"]",
    ]);
}

// ---------------------------------------------------------------------------
// SHUTDOWN
// ---------------------------------------------------------------------------

fn check_shutdown_nosave(mut s: Server) {
    let mut c = s.conn();
    let mut other = s.conn();
    other.expect("SET k v", "OK");
    c.send(&["SHUTDOWN", "NOSAVE"]);
    match c.try_read_reply(Duration::from_secs(10)) {
        Err(ReadError::Closed) | Err(ReadError::Reset(_)) => {}
        r => panic!(
            "{}: SHUTDOWN NOSAVE: expected the connection to close without a reply, got {r:?}",
            s.name
        ),
    }
    let status = s
        .wait_exit(Duration::from_secs(10))
        .unwrap_or_else(|| panic!("{}: did not exit after SHUTDOWN NOSAVE", s.name));
    assert!(status.success(), "{}: exited with {status}", s.name);
    assert!(
        other.is_closed(),
        "{}: other clients must be disconnected",
        s.name
    );
}

#[test]
fn shutdown_nosave_exits() {
    check_shutdown_nosave(Server::start(&["--threads", "2"]));
    if redis_available() {
        check_shutdown_nosave(Server::start_redis(&[]));
    }
}

#[test]
fn shutdown_errors() {
    diff(&[
        "SHUTDOWN FOO => (error) ERR syntax error",
        "SHUTDOWN NOSAVE SAVE => (error) ERR syntax error",
        "PING => PONG",
    ]);
}

// ---------------------------------------------------------------------------
// Unix socket
// ---------------------------------------------------------------------------

#[test]
fn unix_socket_ping_set_get() {
    let path = unix_socket_path();
    let mut s = Server::start(&["--threads", "2", "--unixsocket", path.to_str().unwrap()]);
    let mut u = s.unix_conn();
    u.expect("PING", "PONG");
    u.expect("SET viaunix 1", "OK");
    u.expect("INCR viaunix", "(integer) 2");
    let mut t = s.conn();
    t.expect("GET viaunix", "\"2\"");
    let info = String::from_utf8(bulk_of(&u.cmd(&["CLIENT", "INFO"])).unwrap()).unwrap();
    assert!(
        info.contains(" flags=U "),
        "unix socket clients have flag U: {info}"
    );
    // A pipeline over the socket.
    let mut wire = Vec::new();
    for i in 0..500 {
        wire.extend(encode(&["SET", &format!("u{i}"), &i.to_string()]));
    }
    u.send_raw(&wire);
    for r in u.read_replies(500) {
        assert_eq!(r, b"+OK\r\n");
    }
    t.expect("DBSIZE", "(integer) 501");
    s.stop();
}

#[test]
fn unix_socket_matches_redis() {
    if skip_without_redis() {
        return;
    }
    let (p1, p2) = (unix_socket_path(), unix_socket_path());
    let mut r = Server::start_redis(&["--unixsocket", p1.to_str().unwrap()]);
    let mut k = Server::start(&["--threads", "4", "--unixsocket", p2.to_str().unwrap()]);
    let (mut a, mut b) = (r.unix_conn(), k.unix_conn());
    for cmd in [
        "PING",
        "SET k v",
        "GET k",
        "GETRANGE k 0 -1",
        "[clientinfo] CLIENT INFO",
        "QUIT",
    ] {
        let (custom, cmd) = match cmd.strip_prefix("[clientinfo] ") {
            Some(c) => (true, c),
            None => (false, cmd),
        };
        let (x, y) = (a.cmd_str(cmd), b.cmd_str(cmd));
        if custom {
            client_info_cmp(&x, &y).unwrap_or_else(|e| panic!("{cmd}: {e}"));
        } else {
            assert_eq!(pretty(&y), pretty(&x), "{cmd} over the unix socket");
        }
    }
    assert!(b.is_closed(), "QUIT over the unix socket must close it");
    r.stop();
    k.stop();
}

// ---------------------------------------------------------------------------
// The `redis` crate (what users use).
// ---------------------------------------------------------------------------

fn crate_basics(con: &mut redis::Connection, name: &str) {
    let () = redis::cmd("SET")
        .arg("greeting")
        .arg("hello")
        .query(con)
        .unwrap();
    let v: String = redis::cmd("GET").arg("greeting").query(con).unwrap();
    assert_eq!(v, "hello", "{name}");
    let missing: Option<String> = redis::cmd("GET").arg("nokey").query(con).unwrap();
    assert_eq!(missing, None, "{name}");
    let n: i64 = redis::cmd("INCR").arg("counter").query(con).unwrap();
    assert_eq!(n, 1, "{name}");
    let n: i64 = redis::cmd("INCRBY")
        .arg("counter")
        .arg(41)
        .query(con)
        .unwrap();
    assert_eq!(n, 42, "{name}");
    let () = redis::cmd("MSET")
        .arg("a")
        .arg(1)
        .arg("b")
        .arg("two")
        .query(con)
        .unwrap();
    let vals: Vec<Option<String>> = redis::cmd("MGET")
        .arg("a")
        .arg("b")
        .arg("nokey")
        .query(con)
        .unwrap();
    assert_eq!(
        vals,
        vec![Some("1".into()), Some("two".into()), None],
        "{name}"
    );
    let bin: Vec<u8> = (0..=255u8).collect();
    let () = redis::cmd("SET")
        .arg("bin")
        .arg(&bin[..])
        .query(con)
        .unwrap();
    let back: Vec<u8> = redis::cmd("GET").arg("bin").query(con).unwrap();
    assert_eq!(back, bin, "{name}");
    let err = redis::cmd("INCR")
        .arg("greeting")
        .query::<i64>(con)
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("value is not an integer or out of range"),
        "{name}: {err}"
    );
    let err = redis::cmd("NOSUCHCMD").query::<String>(con).unwrap_err();
    assert!(err.to_string().contains("unknown command"), "{name}: {err}");
    let ttl: i64 = redis::cmd("TTL").arg("greeting").query(con).unwrap();
    assert_eq!(ttl, -1, "{name}");
}

fn crate_pipeline_10k(con: &mut redis::Connection, name: &str) {
    let mut p = redis::pipe();
    for i in 0..10_000 {
        p.cmd("SET").arg(format!("p:{i}")).arg(i).ignore();
    }
    p.cmd("DBSIZE");
    let (size,): (i64,) = p.query(con).unwrap();
    assert!(size >= 10_000, "{name}: DBSIZE {size}");
    let mut p = redis::pipe();
    for i in 0..10_000 {
        p.cmd("INCR").arg(format!("p:{i}"));
    }
    let got: Vec<i64> = p.query(con).unwrap();
    assert_eq!(got, (1..=10_000).collect::<Vec<i64>>(), "{name}");
}

#[test]
fn redis_crate_set_get_incr_mget() {
    on_each_server(&[], |s| {
        let client = redis::Client::open(s.url()).unwrap();
        let mut con = client
            .get_connection()
            .unwrap_or_else(|e| panic!("{}: connect: {e}", s.name));
        crate_basics(&mut con, &s.name);
    });
}

#[test]
fn redis_crate_pipeline_of_10k() {
    on_each_server(&[], |s| {
        let client = redis::Client::open(s.url()).unwrap();
        let mut con = client.get_connection().unwrap();
        crate_pipeline_10k(&mut con, &s.name);
    });
}

#[test]
fn redis_crate_atomic_pipeline() {
    on_each_server(&[], |s| {
        let client = redis::Client::open(s.url()).unwrap();
        let mut con = client.get_connection().unwrap();
        let mut p = redis::pipe();
        p.atomic()
            .cmd("SET")
            .arg("tx")
            .arg("1")
            .ignore()
            .cmd("INCR")
            .arg("tx");
        let (tx,): (i64,) = p
            .query(&mut con)
            .unwrap_or_else(|e| panic!("{}: MULTI/EXEC pipeline: {e}", s.name));
        assert_eq!(tx, 2, "{}: MULTI/EXEC pipeline", s.name);
    });
}

#[test]
fn redis_crate_resp3_and_auth() {
    on_each_server(&["--requirepass", "secret"], |s| {
        let url = format!("redis://:secret@127.0.0.1:{}/?protocol=resp3", s.port);
        let client = redis::Client::open(url).unwrap();
        let mut con = client
            .get_connection()
            .unwrap_or_else(|e| panic!("{}: connect: {e}", s.name));
        crate_basics(&mut con, &s.name);
        let bad = redis::Client::open(format!("redis://:wrong@127.0.0.1:{}/", s.port)).unwrap();
        let err = bad
            .get_connection()
            .err()
            .unwrap_or_else(|| panic!("{}: wrong password accepted", s.name));
        assert!(
            err.to_string().to_lowercase().contains("auth"),
            "{}: {err}",
            s.name
        );
    });
}

#[test]
fn redis_crate_over_unix_socket() {
    let path = unix_socket_path();
    let mut s = Server::start(&["--threads", "4", "--unixsocket", path.to_str().unwrap()]);
    let client = redis::Client::open(format!("redis+unix://{}", path.display())).unwrap();
    let mut con = client.get_connection().unwrap();
    crate_basics(&mut con, &s.name);
    crate_pipeline_10k(&mut con, &s.name);
    let client = redis::Client::open(format!("unix://{}?db=2", path.display())).unwrap();
    let mut con = client.get_connection().unwrap();
    let n: i64 = redis::cmd("DBSIZE").query(&mut con).unwrap();
    assert_eq!(n, 0, "db 2 is empty");
    s.stop();
}

/// disable-thp (default yes, as Redis) turns transparent huge pages off for the process;
/// `--disable-thp no` leaves them as the system has them.
#[test]
fn disable_thp_turns_off_transparent_huge_pages() {
    let thp_enabled = |s: &Server| -> Option<String> {
        let pid = s.pid().expect("a ringkv process");
        let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
        status
            .lines()
            .find_map(|l| l.strip_prefix("THP_enabled:"))
            .map(|v| v.trim().to_string())
    };
    let mut on = Server::start(&[]);
    let Some(default) = thp_enabled(&on) else {
        println!("skipped: this kernel's /proc/PID/status has no THP_enabled");
        return;
    };
    assert_eq!(default, "0", "disable-thp yes left THP enabled");
    let mut off = Server::start(&["--disable-thp", "no"]);
    let system = std::fs::read_to_string("/sys/kernel/mm/transparent_hugepage/enabled")
        .map(|s| !s.contains("[never]"))
        .unwrap_or(false);
    assert_eq!(
        thp_enabled(&off).as_deref(),
        Some(if system { "1" } else { "0" }),
        "--disable-thp no changed the process's THP setting"
    );
    on.stop();
    off.stop();
}
