//! Placeholder until the config module lands (same API, a handful of settings).
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{OnceLock, RwLock};

const DEFAULTS: &[(&str, &str)] = &[
    ("bind", "* -::*"),
    ("client-query-buffer-limit", "1073741824"),
    ("databases", "16"),
    ("dir", ""),
    ("enable-debug-command", "no"),
    ("hz", "10"),
    ("loglevel", "notice"),
    ("maxclients", "10000"),
    ("maxmemory", "0"),
    ("maxmemory-policy", "noeviction"),
    ("port", "6379"),
    ("proto-max-bulk-len", "536870912"),
    ("repl-backlog-size", "1048576"),
    ("requirepass", ""),
    ("tcp-backlog", "511"),
    ("threads", "1"),
    ("unixsocket", ""),
    ("unixsocketperm", "0"),
];

pub struct Config {
    values: BTreeMap<String, String>,
    file: Option<String>,
}

impl Config {
    pub fn defaults() -> Config {
        let mut values: BTreeMap<String, String> = DEFAULTS
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let n = std::thread::available_parallelism().map_or(1, |n| n.get());
        values.insert("threads".into(), n.to_string());
        values.insert("bind".into(), "127.0.0.1".into());
        Config { values, file: None }
    }

    pub fn get_matching(&self, patterns: &[&[u8]]) -> Vec<(String, String)> {
        self.values
            .iter()
            .filter(|(k, _)| {
                patterns
                    .iter()
                    .any(|p| crate::storage::glob::glob_match(p, k.as_bytes(), true))
            })
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    }

    pub fn set(&mut self, pairs: &[(&[u8], &[u8])]) -> Result<(), String> {
        for (k, _) in pairs {
            let k = String::from_utf8_lossy(k).to_ascii_lowercase();
            if !self.values.contains_key(&k) {
                return Err(format!(
                    "ERR Unknown option or number of arguments for CONFIG SET - '{k}'"
                ));
            }
        }
        for (k, v) in pairs {
            let k = String::from_utf8_lossy(k).to_ascii_lowercase();
            self.values
                .insert(k, String::from_utf8_lossy(v).into_owned());
        }
        Ok(())
    }

    pub fn get_str(&self, name: &str) -> String {
        self.values.get(name).cloned().unwrap_or_default()
    }

    pub fn get_bytes(&self, name: &str) -> Vec<u8> {
        self.get_str(name).into_bytes()
    }

    pub fn get_int(&self, name: &str) -> i64 {
        self.get_str(name).parse().unwrap_or(0)
    }

    pub fn get_u64(&self, name: &str) -> u64 {
        self.get_int(name) as u64
    }

    pub fn bind_addrs(&self) -> Vec<String> {
        self.get_str("bind")
            .split_whitespace()
            .map(String::from)
            .collect()
    }

    pub fn config_file(&self) -> Option<&str> {
        self.file.as_deref()
    }
}

pub fn load(args: &[String]) -> Result<Config, String> {
    let mut c = Config::defaults();
    let mut i = 0;
    while i < args.len() {
        let name = args[i].trim_start_matches("--").to_string();
        let value = args.get(i + 1).cloned().unwrap_or_default();
        c.set(&[(name.as_bytes(), value.as_bytes())])?;
        i += 2;
    }
    Ok(c)
}

static VERSION: AtomicU64 = AtomicU64::new(0);

pub fn global() -> &'static RwLock<Config> {
    static GLOBAL: OnceLock<RwLock<Config>> = OnceLock::new();
    GLOBAL.get_or_init(|| RwLock::new(Config::defaults()))
}

pub fn install(c: Config) {
    *global().write().unwrap_or_else(|e| e.into_inner()) = c;
    VERSION.fetch_add(1, Ordering::Release);
}

#[allow(dead_code)]
pub fn version() -> u64 {
    VERSION.load(Ordering::Acquire)
}

pub fn set_global(pairs: &[(&[u8], &[u8])]) -> Result<(), String> {
    global()
        .write()
        .unwrap_or_else(|e| e.into_inner())
        .set(pairs)?;
    VERSION.fetch_add(1, Ordering::Release);
    Ok(())
}

pub fn rewrite(_path: &str) -> Result<(), String> {
    Err("Operation not supported".into())
}
