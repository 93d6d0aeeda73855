//! The encoding thresholds of aggregates (`list-max-listpack-size`, `hash-max-listpack-*`,
//! `set-max-intset-entries`, `zset-max-listpack-*`, `hll-sparse-max-bytes`): copies of the
//! config values that every shard reads when it decides an encoding, refreshed by CONFIG SET. Relaxed atomics: a
//! change only needs to be seen by commands that start after it.
use std::sync::atomic::{AtomicI64, Ordering};

static LIST_MAX_LISTPACK_SIZE: AtomicI64 = AtomicI64::new(-2);
static HASH_MAX_LISTPACK_ENTRIES: AtomicI64 = AtomicI64::new(512);
static HASH_MAX_LISTPACK_VALUE: AtomicI64 = AtomicI64::new(64);
static SET_MAX_INTSET_ENTRIES: AtomicI64 = AtomicI64::new(512);
static ZSET_MAX_LISTPACK_ENTRIES: AtomicI64 = AtomicI64::new(128);
static ZSET_MAX_LISTPACK_VALUE: AtomicI64 = AtomicI64::new(64);
static HLL_SPARSE_MAX_BYTES: AtomicI64 = AtomicI64::new(3000);

/// The values as the config holds them.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    pub list_max_listpack_size: i64,
    pub hash_max_listpack_entries: i64,
    pub hash_max_listpack_value: i64,
    pub set_max_intset_entries: i64,
    pub zset_max_listpack_entries: i64,
    pub zset_max_listpack_value: i64,
    pub hll_sparse_max_bytes: i64,
}

pub fn set(l: Limits) {
    LIST_MAX_LISTPACK_SIZE.store(l.list_max_listpack_size, Ordering::Relaxed);
    HASH_MAX_LISTPACK_ENTRIES.store(l.hash_max_listpack_entries, Ordering::Relaxed);
    HASH_MAX_LISTPACK_VALUE.store(l.hash_max_listpack_value, Ordering::Relaxed);
    SET_MAX_INTSET_ENTRIES.store(l.set_max_intset_entries, Ordering::Relaxed);
    ZSET_MAX_LISTPACK_ENTRIES.store(l.zset_max_listpack_entries, Ordering::Relaxed);
    ZSET_MAX_LISTPACK_VALUE.store(l.zset_max_listpack_value, Ordering::Relaxed);
    HLL_SPARSE_MAX_BYTES.store(l.hll_sparse_max_bytes, Ordering::Relaxed);
}

/// `list-max-listpack-size` as a quicklist fill (clamped to i32; Quicklist::new clamps further).
pub fn list_fill() -> i32 {
    LIST_MAX_LISTPACK_SIZE
        .load(Ordering::Relaxed)
        .clamp(i32::MIN as i64, i32::MAX as i64) as i32
}

pub fn hash_max_listpack_entries() -> usize {
    HASH_MAX_LISTPACK_ENTRIES.load(Ordering::Relaxed).max(0) as usize
}

pub fn hash_max_listpack_value() -> usize {
    HASH_MAX_LISTPACK_VALUE.load(Ordering::Relaxed).max(0) as usize
}

pub fn set_max_intset_entries() -> usize {
    SET_MAX_INTSET_ENTRIES.load(Ordering::Relaxed).max(0) as usize
}

pub fn zset_max_listpack_entries() -> usize {
    ZSET_MAX_LISTPACK_ENTRIES.load(Ordering::Relaxed).max(0) as usize
}

pub fn zset_max_listpack_value() -> usize {
    ZSET_MAX_LISTPACK_VALUE.load(Ordering::Relaxed).max(0) as usize
}

/// `hll-sparse-max-bytes`: read at every sparse HLL write that grows, as Redis reads
/// server.hll_sparse_max_bytes.
pub fn hll_sparse_max_bytes() -> u64 {
    HLL_SPARSE_MAX_BYTES.load(Ordering::Relaxed).max(0) as u64
}
