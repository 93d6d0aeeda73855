//! One database (SELECT index) of one shard: the key table plus the set of keys with a TTL.
//!
//! Invariant: a key is in `expires` exactly when its entry has `expire_at != 0`. Every change
//! of a key's TTL goes through this file so the two never disagree. Expired keys are removed
//! lazily on access (`lookup`) and by `active_expire`, which samples `expires` like Redis's
//! activeExpireCycle.
use std::cell::Cell;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};

use super::dict::Dict;
use super::value::Value;

thread_local! {
    static LFU_RNG: Cell<u64> = const { Cell::new(0x2545_F491_4F6C_DD1D) };
}

/// A uniform number in [0, 1) for the LFU counter's coin flips.
fn lfu_random() -> f64 {
    LFU_RNG.with(|c| {
        let mut x = c.get();
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        c.set(x);
        (x >> 11) as f64 / (1u64 << 53) as f64
    })
}

/// Under an LFU maxmemory policy `Entry::lru` holds Redis's LFU word instead of an access
/// time: minutes (16 bits) << 8 | a logarithmic access counter (8 bits), as evict.c keeps it.
static LFU: AtomicBool = AtomicBool::new(false);
static LFU_LOG_FACTOR: AtomicU32 = AtomicU32::new(10);
static LFU_DECAY_TIME: AtomicU32 = AtomicU32::new(1);
const LFU_INIT_VAL: u32 = 5;

/// Follows `maxmemory-policy`, `lfu-log-factor` and `lfu-decay-time`.
pub fn set_lfu(on: bool, log_factor: u32, decay_time: u32) {
    LFU.store(on, Ordering::Relaxed);
    LFU_LOG_FACTOR.store(log_factor, Ordering::Relaxed);
    LFU_DECAY_TIME.store(decay_time, Ordering::Relaxed);
}

pub fn lfu_enabled() -> bool {
    LFU.load(Ordering::Relaxed)
}

fn lfu_minutes(now_ms: u64) -> u32 {
    ((now_ms / 60_000) & 0xffff) as u32
}

/// The access word of an object created now.
#[inline]
pub fn fresh_stamp(now_ms: u64) -> u32 {
    if lfu_enabled() {
        lfu_minutes(now_ms) << 8 | LFU_INIT_VAL
    } else {
        (now_ms / 1000) as u32
    }
}

#[derive(Clone, Debug)]
pub struct Entry {
    pub value: Value,
    /// Absolute unix time in milliseconds when the key expires; 0 = never.
    pub expire_at: u64,
    /// Last access, unix seconds (OBJECT IDLETIME).
    pub lru: u32,
}

impl Entry {
    pub fn new(value: Value, now_ms: u64) -> Entry {
        Entry {
            value,
            expire_at: 0,
            lru: fresh_stamp(now_ms),
        }
    }

    /// Records an access: the time under LRU, a decayed then probabilistically bumped counter
    /// under LFU (updateLFU).
    #[inline]
    pub fn touch(&mut self, now_ms: u64) {
        if !lfu_enabled() {
            self.lru = (now_ms / 1000) as u32;
            return;
        }
        let counter = self.lfu_counter(now_ms);
        let factor = LFU_LOG_FACTOR.load(Ordering::Relaxed) as f64;
        let bumped = if counter == 255 {
            255
        } else {
            let base = counter.saturating_sub(LFU_INIT_VAL) as f64;
            let p = 1.0 / (base * factor + 1.0);
            if lfu_random() < p {
                counter + 1
            } else {
                counter
            }
        };
        self.lru = lfu_minutes(now_ms) << 8 | bumped;
    }

    /// OBJECT FREQ: the LFU counter after the decay for the minutes since the last access.
    pub fn lfu_counter(&self, now_ms: u64) -> u32 {
        let last = self.lru >> 8;
        let now = lfu_minutes(now_ms);
        let elapsed = if now >= last {
            now - last
        } else {
            65535 - last + now
        };
        let counter = self.lru & 255;
        let decay = LFU_DECAY_TIME.load(Ordering::Relaxed);
        let periods = elapsed.checked_div(decay).unwrap_or(0);
        counter.saturating_sub(periods)
    }

    #[inline]
    pub fn is_expired(&self, now_ms: u64) -> bool {
        self.expire_at != 0 && self.expire_at < now_ms
    }
}

#[derive(Default)]
pub struct Db {
    keys: Dict<Entry>,
    expires: Dict<()>,
    /// Keys removed because their TTL passed (INFO expired_keys).
    pub expired_keys: u64,
}

impl Db {
    pub fn new() -> Db {
        Db::default()
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    pub fn expires_len(&self) -> usize {
        self.expires.len()
    }

    /// The live entry for `key`, removing it first if its TTL has passed. Marks it accessed
    /// unless `touch` is false (OBJECT, CLIENT NO-TOUCH).
    #[inline]
    pub fn lookup(&mut self, key: &[u8], now_ms: u64, touch: bool) -> Option<&mut Entry> {
        let expired = match self.keys.get(key) {
            None => return None,
            Some(e) => e.is_expired(now_ms),
        };
        if expired {
            self.remove(key);
            self.expired_keys += 1;
            return None;
        }
        let e = self.keys.get_mut(key)?;
        if touch {
            e.touch(now_ms);
        }
        Some(e)
    }

    /// True if the key exists and is not expired (does not remove it: read-only).
    pub fn contains(&self, key: &[u8], now_ms: u64) -> bool {
        matches!(self.keys.get(key), Some(e) if !e.is_expired(now_ms))
    }

    /// Sets `key` to a new value with no TTL (SET semantics: any old TTL is dropped).
    pub fn set(&mut self, key: &[u8], value: Value, now_ms: u64) {
        let (e, inserted) = self
            .keys
            .get_or_insert_with(key, || Entry::new(Value::Int(0), now_ms));
        let had_ttl = !inserted && e.expire_at != 0;
        e.value = value;
        e.expire_at = 0;
        e.lru = fresh_stamp(now_ms);
        if had_ttl {
            self.expires.remove(key);
        }
    }

    /// Replaces the value of `key` keeping its TTL (KEEPTTL, and in-place updates like INCR).
    pub fn set_keep_ttl(&mut self, key: &[u8], value: Value, now_ms: u64) {
        match self.keys.get_mut(key) {
            Some(e) => {
                e.value = value;
                e.lru = fresh_stamp(now_ms);
            }
            None => {
                self.keys.insert(key, Entry::new(value, now_ms));
            }
        }
    }

    /// Inserts a whole entry (value and TTL), replacing any existing one.
    pub fn insert_entry(&mut self, key: &[u8], entry: Entry) {
        let ttl = entry.expire_at != 0;
        let old = self.keys.insert(key, entry);
        let had_ttl = old.is_some_and(|o| o.expire_at != 0);
        if ttl && !had_ttl {
            self.expires.insert(key, ());
        } else if !ttl && had_ttl {
            self.expires.remove(key);
        }
    }

    /// Removes `key` whatever its TTL (expired or not) and returns its entry.
    pub fn remove(&mut self, key: &[u8]) -> Option<Entry> {
        let e = self.keys.remove(key)?;
        if e.expire_at != 0 {
            self.expires.remove(key);
        }
        Some(e)
    }

    /// Sets the absolute expiry of an existing key; false if there is no such key.
    pub fn set_expire(&mut self, key: &[u8], at_ms: u64) -> bool {
        debug_assert!(at_ms != 0);
        match self.keys.get_mut(key) {
            None => false,
            Some(e) => {
                if e.expire_at == 0 {
                    self.expires.insert(key, ());
                }
                e.expire_at = at_ms;
                true
            }
        }
    }

    /// Drops the TTL of `key`; true if it had one.
    pub fn persist(&mut self, key: &[u8]) -> bool {
        match self.keys.get_mut(key) {
            Some(e) if e.expire_at != 0 => {
                e.expire_at = 0;
                self.expires.remove(key);
                true
            }
            _ => false,
        }
    }

    pub fn clear(&mut self) {
        self.keys.clear();
        self.expires.clear();
    }

    /// Moves every key of `self` out, leaving it empty (FLUSHDB and FLUSHALL ASYNC).
    pub fn take(&mut self) -> Db {
        // The counters stay: they are the server's statistics, not the keys'.
        Db {
            keys: std::mem::take(&mut self.keys),
            expires: std::mem::take(&mut self.expires),
            expired_keys: 0,
        }
    }

    /// One SCAN step over this table; see `Dict::scan` for the cursor guarantee.
    pub fn scan(&self, cursor: u64, f: impl FnMut(&[u8], &Entry)) -> u64 {
        self.keys.scan(cursor, f)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&[u8], &Entry)> {
        self.keys.iter()
    }

    /// A random live key (RANDOMKEY). Gives up after a bounded number of tries when nearly
    /// every key is expired, as Redis does, and then may return an expired one.
    pub fn random_key(&mut self, now_ms: u64, rand: &mut impl FnMut() -> u64) -> Option<Vec<u8>> {
        for _ in 0..100 {
            let (k, e) = self.keys.random_entry(rand)?;
            if !e.is_expired(now_ms) {
                return Some(k.to_vec());
            }
            let k = k.to_vec();
            self.remove(&k);
            self.expired_keys += 1;
        }
        self.keys.random_entry(rand).map(|(k, _)| k.to_vec())
    }

    /// One round of active expiry: sample up to `sample` keys with a TTL, delete the expired
    /// ones. Returns (sampled, expired) so the caller can repeat while over a quarter expired.
    pub fn active_expire(
        &mut self,
        now_ms: u64,
        sample: usize,
        rand: &mut impl FnMut() -> u64,
    ) -> (usize, usize) {
        if self.expires.is_empty() {
            return (0, 0);
        }
        let mut dead = Vec::new();
        let mut seen = 0;
        let keys = &self.keys;
        self.expires.sample(sample, rand, |k, _| {
            seen += 1;
            if keys.get(k).is_some_and(|e| e.is_expired(now_ms)) {
                dead.push(k.to_vec());
            }
        });
        // A sample may hold a key twice: count the keys actually removed.
        let removed = dead.iter().filter(|k| self.remove(k).is_some()).count();
        self.expired_keys += removed as u64;
        (seen, removed)
    }

    /// Lets the tables make progress on incremental rehashing outside of requests.
    pub fn rehash_steps(&mut self, budget: usize) -> bool {
        self.keys.shrink_if_needed();
        self.expires.shrink_if_needed();
        let a = self.keys.rehash_steps(budget);
        let b = self.expires.rehash_steps(budget);
        a || b
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ttl_bookkeeping_matches_entries() {
        let mut db = Db::new();
        db.set(b"a", Value::Int(1), 1000);
        assert!(db.set_expire(b"a", 5000));
        assert_eq!(db.expires_len(), 1);
        db.set(b"a", Value::Int(2), 1000);
        assert_eq!(db.expires_len(), 0);
        assert!(db.set_expire(b"a", 5000));
        assert!(db.lookup(b"a", 4999, true).is_some());
        assert!(db.lookup(b"a", 5000, true).is_some());
        assert!(db.lookup(b"a", 5001, true).is_none());
        assert_eq!(db.expires_len(), 0);
        assert_eq!(db.len(), 0);
        assert_eq!(db.expired_keys, 1);
    }

    #[test]
    fn insert_entry_tracks_ttl() {
        let mut db = Db::new();
        let mut e = Entry::new(Value::Int(1), 0);
        e.expire_at = 10;
        db.insert_entry(b"k", e.clone());
        assert_eq!(db.expires_len(), 1);
        e.expire_at = 0;
        db.insert_entry(b"k", e);
        assert_eq!(db.expires_len(), 0);
        assert!(db.remove(b"k").is_some());
        assert!(db.is_empty());
    }
}
