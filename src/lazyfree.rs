//! Frees big values and whole databases on a thread of its own, off the shards' event loops,
//! as Redis's lazyfree.c does with its bio thread: UNLINK of a value whose freeing takes more
//! than `THRESHOLD` frees, FLUSHDB and FLUSHALL ASYNC. Owns INFO's lazyfree_pending_objects
//! and lazyfreed_objects. Knows values and databases only as things to drop; the thread
//! starts on first use.
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{channel, Sender};
use std::sync::OnceLock;

use crate::storage::{Db, Value};

/// A value whose freeing takes more frees than this goes to the thread (LAZYFREE_THRESHOLD).
pub const THRESHOLD: usize = 64;

/// lazyfree-lazy-user-del: DEL frees as UNLINK does.
pub static LAZY_USER_DEL: AtomicBool = AtomicBool::new(false);
/// lazyfree-lazy-user-flush: FLUSHDB and FLUSHALL without SYNC or ASYNC free as ASYNC.
pub static LAZY_USER_FLUSH: AtomicBool = AtomicBool::new(false);

static PENDING: AtomicU64 = AtomicU64::new(0);
static FREED: AtomicU64 = AtomicU64::new(0);

enum Garbage {
    Value(Value),
    /// Databases and the number of keys they hold (what the counters count).
    Dbs(Vec<Db>, u64),
}

fn queue() -> &'static Sender<Garbage> {
    static QUEUE: OnceLock<Sender<Garbage>> = OnceLock::new();
    QUEUE.get_or_init(|| {
        let (tx, rx) = channel::<Garbage>();
        std::thread::Builder::new()
            .name("lazyfree".into())
            .spawn(move || {
                for g in rx {
                    let n = match g {
                        Garbage::Value(v) => {
                            drop(v);
                            1
                        }
                        Garbage::Dbs(dbs, n) => {
                            drop(dbs);
                            n
                        }
                    };
                    PENDING.fetch_sub(n, Ordering::Relaxed);
                    FREED.fetch_add(n, Ordering::Relaxed);
                }
            })
            .expect("spawn the lazyfree thread");
        tx
    })
}

fn send(g: Garbage, n: u64) {
    PENDING.fetch_add(n, Ordering::Relaxed);
    if let Err(e) = queue().send(g) {
        // The thread is gone (it never exits while the process runs): free here.
        PENDING.fetch_sub(n, Ordering::Relaxed);
        drop(e);
    }
}

/// Drops `v`: here when that is cheap, else on the lazyfree thread (dbAsyncDelete).
pub fn drop_value(v: Value) {
    if v.free_effort() > THRESHOLD {
        send(Garbage::Value(v), 1);
    }
}

/// Drops the databases on the lazyfree thread, counting their keys (emptyDbAsync).
pub fn drop_dbs(dbs: Vec<Db>) {
    let n = dbs.iter().map(|d| d.len() as u64).sum();
    send(Garbage::Dbs(dbs, n), n);
}

/// Objects handed to the thread and not freed yet (INFO lazyfree_pending_objects).
pub fn pending() -> u64 {
    PENDING.load(Ordering::Relaxed)
}

/// Objects the thread has freed (INFO lazyfreed_objects).
pub fn freed() -> u64 {
    FREED.load(Ordering::Relaxed)
}

/// CONFIG RESETSTAT (lazyfreeResetStats).
pub fn reset_stats() {
    FREED.store(0, Ordering::Relaxed);
}
