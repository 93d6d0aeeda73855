//! The keyspace table of one shard: a chained hash table in the manner of
//! Redis's `dict.c`. It grows and shrinks by *incremental* rehashing, so no
//! single operation pays for moving the whole table, and it supports Redis's
//! reverse-binary `SCAN` cursor, which returns every entry present for a
//! whole scan even if the table is resized in the middle of it.
//!
//! # Layout
//!
//! ```text
//!  tables[0]: the table (the old one while rehashing)
//!  bucket       0       1       2       3
//!           +-------+-------+-------+-------+
//!           |   -   |  s2   |   -   |  s0   |  a bucket links to the first
//!           +-------+---|---+-------+---|---+  entry of its chain, or is empty
//!                       |               |
//!  tables[1]: exists only while rehashing; the resized table
//!           +-------+-------+-------+-------+-------+-------+-------+-------+
//!           |   -   |   -   |   -   |   -   |   -   |  s1   |   -   |   -   |
//!           +-------+-------+-------+-------+-------+---|---+-------+-------+
//!                       |               |               |
//!                       v               v               v
//!  slab     +---------------+---------------+---------------+---------------+
//!  slot     | 0             | 1             | 2             | 3             |
//!           | key, value,   | key, value,   | key, value,   | key, value,   |
//!           | hash, next: - | hash, next: - | hash, next:s3 | hash, next: - |
//!           +---------------+---------------+---------------+---------------+
//!            chunk 0 holds slots 0..CHUNK_LEN, chunk 1 the next CHUNK_LEN...
//! ```
//!
//! A bucket or `next` field is an `Option<NonZeroU32>` holding slot + 1:
//! 4 bytes, half of Redis's pointer, and all-zero when empty. Each table is
//! split into segments of `SEGMENT_LEN` buckets that are allocated, zeroed,
//! on their first write and freed as soon as the rehash has swept past them,
//! so no operation allocates, zeroes or frees a whole big table (freeing a
//! single 64 MiB array was measured at 8 to 16 ms).
//!
//! Entries live in a chunked slab rather than in one heap node each: one
//! allocation per entry (the key bytes) instead of two, better locality for
//! iteration, and exactly uniform random picks in O(1). The slab is dense:
//! removing an entry moves the last entry into the hole and re-points the
//! one link that referred to it. Chunks never grow past `CHUNK_LEN`, so
//! growing the slab never copies more than one chunk.
//!
//! # Resizing
//!
//! An insert that finds the table full (load factor 1) allocates the doubled
//! table's segment directory and starts rehashing; a removal that leaves it
//! less than 10% full starts a shrink the same way. Each insert, removal and
//! `get_mut` then moves one non-empty bucket of `tables[0]` into `tables[1]`
//! (skipping at most `EMPTY_VISITS_PER_BUCKET` empty buckets), and
//! `rehash_steps` lets the owner's idle turn do more. While growing, an
//! entry added to a bucket not swept yet joins the old table and moves with
//! its bucket, so the new table's segments fill at the sweep's pace.
//!
//! # Invariants
//!
//! * Every slot `0..len` is on exactly one chain, in exactly one table, and
//!   that chain hangs from bucket `hash & (table.len() - 1)`.
//! * Table lengths are zero or powers of two. `tables[0]` is empty only when
//!   `len == 0`. `tables[1]` is non-empty exactly while rehashing.
//! * While rehashing, buckets `0..rehash_index` of `tables[0]` are empty,
//!   and segments entirely below `rehash_index` are freed. `table_len[0] >
//!   0`: the rehash finishes the moment `tables[0]` holds no entry, so
//!   `rehash_index < tables[0].len()` throughout.
//! * `table_len[0] + table_len[1] == len == slab.len`.
//! * Every slab chunk but the last holds exactly `CHUNK_LEN` entries; the last
//!   one is non-empty.

use std::collections::hash_map::RandomState;
use std::fmt;
use std::hash::BuildHasher;
use std::mem;
use std::num::NonZeroU32;
use std::sync::atomic::{AtomicU64, Ordering};

/// Slot number + 1 of an entry. `Option<Link>` is a bucket or a `next`
/// field, `None` being the end of a chain.
type Link = NonZeroU32;

/// Smallest table, as in Redis (`DICT_HT_INITIAL_SIZE`).
const INITIAL_BUCKETS: usize = 4;

/// Shrink when fewer than this percentage of buckets would be used
/// (Redis `HASHTABLE_MIN_FILL`).
const MIN_FILL_PERCENT: usize = 10;

/// Empty buckets a rehash step may skip per bucket of budget. Redis allows
/// 10 pointer-sized buckets; ours are 4 bytes, so 64 of them are four cache
/// lines of sequential reads, still well under a microsecond.
const EMPTY_VISITS_PER_BUCKET: usize = 64;

/// Buckets moved per operation while the new table is over-full. That only
/// happens when a shrink into a small table is followed by a burst of inserts
/// before the old, mostly empty table has been swept; moving faster bounds how
/// long the chains in the small table can grow.
const OVERLOADED_REHASH_BUCKETS: usize = 16;

/// 16 Ki buckets of 4 bytes: 64 KiB, cheap to allocate and free, while the
/// segment directory of a 16 Mi-bucket table (1024 entries) stays in cache.
const SEGMENT_BITS: u32 = 14;
const SEGMENT_LEN: usize = 1 << SEGMENT_BITS;

/// 4 Ki entries: growing the last chunk copies at most half of one (tens
/// of KiB), and the chunk directory of a 10 M-entry table (2442 chunks)
/// stays in cache.
const CHUNK_BITS: u32 = 12;
const CHUNK_LEN: usize = 1 << CHUNK_BITS;

/// Links are `u32`, so slot + 1 must fit.
const MAX_ENTRIES: usize = u32::MAX as usize - 1;

#[inline]
fn link_to(slot: usize) -> Link {
    debug_assert!(slot < MAX_ENTRIES);
    NonZeroU32::new(slot as u32 + 1).expect("slot + 1 is never zero")
}

#[inline]
fn slot_of(link: Link) -> usize {
    link.get() as usize - 1
}

struct Entry<V> {
    key: Box<[u8]>,
    /// Stored so that rehashing and chain walks do not re-hash or touch the
    /// key bytes. 32 bits are enough: a table never has more than 2^32
    /// buckets because slots are 32-bit.
    hash: u32,
    next: Option<Link>,
    value: V,
}

/// Dense, chunked entry storage (see the module doc).
struct Slab<V> {
    chunks: Vec<Vec<Entry<V>>>,
    len: usize,
}

impl<V> Slab<V> {
    const fn new() -> Self {
        Slab {
            chunks: Vec::new(),
            len: 0,
        }
    }

    #[inline]
    fn get(&self, slot: usize) -> &Entry<V> {
        &self.chunks[slot >> CHUNK_BITS][slot & (CHUNK_LEN - 1)]
    }

    #[inline]
    fn get_mut(&mut self, slot: usize) -> &mut Entry<V> {
        &mut self.chunks[slot >> CHUNK_BITS][slot & (CHUNK_LEN - 1)]
    }

    fn push(&mut self, entry: Entry<V>) -> usize {
        if self
            .chunks
            .last()
            .is_none_or(|chunk| chunk.len() == CHUNK_LEN)
        {
            self.chunks.push(Vec::new());
        }
        let chunk = self.chunks.last_mut().expect("a chunk was just ensured");
        if chunk.len() == chunk.capacity() {
            // Double like a Vec would, but never past CHUNK_LEN: a full chunk
            // is never reallocated again, which bounds the copy per push.
            let extra = chunk.capacity().max(4).min(CHUNK_LEN - chunk.len());
            chunk.reserve_exact(extra);
        }
        chunk.push(entry);
        self.len += 1;
        self.len - 1
    }

    fn pop(&mut self) -> Option<Entry<V>> {
        let chunk = self.chunks.last_mut()?;
        let entry = chunk.pop().expect("the last chunk is never empty");
        if chunk.is_empty() {
            self.chunks.pop();
        }
        self.len -= 1;
        Some(entry)
    }

    fn iter(&self) -> impl Iterator<Item = &Entry<V>> {
        self.chunks.iter().flatten()
    }
}

/// A bucket array in segments of at most `SEGMENT_LEN` buckets, allocated
/// on first write and freed by the rehash sweep (see the module doc). An
/// unallocated segment reads as empty buckets.
struct Table {
    segments: Vec<Box<[Option<Link>]>>,
    buckets: usize,
}

impl Table {
    const fn empty() -> Self {
        Table {
            segments: Vec::new(),
            buckets: 0,
        }
    }

    fn with_buckets(buckets: usize) -> Self {
        debug_assert!(buckets.is_power_of_two());
        let mut segments = Vec::new();
        segments.resize_with(buckets.div_ceil(SEGMENT_LEN), Box::default);
        Table { segments, buckets }
    }

    #[inline]
    fn len(&self) -> usize {
        self.buckets
    }

    #[inline]
    fn is_empty(&self) -> bool {
        self.buckets == 0
    }

    #[inline]
    fn mask(&self) -> usize {
        self.buckets - 1
    }

    #[inline]
    fn head(&self, index: usize) -> Option<Link> {
        self.segments[index >> SEGMENT_BITS]
            .get(index & (SEGMENT_LEN - 1))
            .copied()
            .flatten()
    }

    #[inline]
    fn head_mut(&mut self, index: usize) -> &mut Option<Link> {
        let segment_len = self.buckets.min(SEGMENT_LEN);
        let segment = &mut self.segments[index >> SEGMENT_BITS];
        if segment.is_empty() {
            *segment = vec![None; segment_len].into_boxed_slice();
        }
        &mut segment[index & (SEGMENT_LEN - 1)]
    }

    #[inline]
    fn is_segment_allocated(&self, index: usize) -> bool {
        !self.segments[index >> SEGMENT_BITS].is_empty()
    }

    fn release_segment(&mut self, index: usize) {
        self.segments[index >> SEGMENT_BITS] = Box::default();
    }
}

/// Where a link is stored: a bucket head or the `next` field of an entry.
#[derive(Clone, Copy)]
enum LinkHolder {
    Bucket { table: usize, index: usize },
    Entry(usize),
}

/// Redis-style hash table keyed by byte strings. See the module doc.
pub struct Dict<V> {
    tables: [Table; 2],
    /// Entries chained from each table.
    table_len: [usize; 2],
    /// Next bucket of `tables[0]` to move; meaningful only while rehashing.
    rehash_index: usize,
    slab: Slab<V>,
    hash_keys: HashKeys,
    #[cfg(test)]
    work: RehashWork,
}

/// Rehash work done so far, so tests can bound the work of one call without
/// timing it.
#[cfg(test)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct RehashWork {
    buckets_moved: u64,
    entries_moved: u64,
    empty_visits: u64,
}

impl<V> Default for Dict<V> {
    fn default() -> Self {
        Self::new()
    }
}

/// A copy with the same entries (COPY, SORT ... STORE sources); the copy's table has its own
/// layout and seed, which nothing may depend on.
impl<V: Clone> Clone for Dict<V> {
    fn clone(&self) -> Self {
        let mut d = Dict::new();
        for (k, v) in self.iter() {
            d.insert(k, v.clone());
        }
        d
    }
}

impl<V: fmt::Debug> fmt::Debug for Dict<V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map()
            .entries(
                self.iter()
                    .map(|(key, value)| (String::from_utf8_lossy(key), value)),
            )
            .finish()
    }
}

impl<V> Dict<V> {
    /// An empty table. Allocates nothing until the first insert.
    pub fn new() -> Self {
        Dict {
            tables: [Table::empty(), Table::empty()],
            table_len: [0, 0],
            rehash_index: 0,
            slab: Slab::new(),
            hash_keys: HashKeys::random(),
            #[cfg(test)]
            work: RehashWork::default(),
        }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.slab.len
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.slab.len == 0
    }

    #[inline]
    pub fn is_rehashing(&self) -> bool {
        !self.tables[1].is_empty()
    }

    /// Total buckets over both tables, for INFO / DEBUG HTSTATS.
    pub fn bucket_count(&self) -> usize {
        self.tables[0].len() + self.tables[1].len()
    }

    /// Looks a key up. Does no rehash work, since it only borrows the table.
    #[inline]
    pub fn get(&self, key: &[u8]) -> Option<&V> {
        let slot = self.find(key, self.hash(key))?;
        Some(&self.slab.get(slot).value)
    }

    /// Looks a key up for update; does one rehash step like Redis's
    /// `dictFind`.
    #[inline]
    pub fn get_mut(&mut self, key: &[u8]) -> Option<&mut V> {
        let hash = self.hash(key);
        self.rehash_step();
        let slot = self.find(key, hash)?;
        Some(&mut self.slab.get_mut(slot).value)
    }

    pub fn get_key_value(&self, key: &[u8]) -> Option<(&[u8], &V)> {
        let slot = self.find(key, self.hash(key))?;
        let entry = self.slab.get(slot);
        Some((&entry.key, &entry.value))
    }

    #[inline]
    pub fn contains_key(&self, key: &[u8]) -> bool {
        self.find(key, self.hash(key)).is_some()
    }

    /// Inserts or replaces. Returns the old value if the key existed; the
    /// stored key is kept.
    #[inline]
    pub fn insert(&mut self, key: &[u8], value: V) -> Option<V> {
        let hash = self.hash(key);
        self.rehash_step();
        match self.find(key, hash) {
            Some(slot) => Some(mem::replace(&mut self.slab.get_mut(slot).value, value)),
            None => {
                self.add_new(key.into(), hash, value);
                None
            }
        }
    }

    /// Like [`insert`](Self::insert) but takes an already-owned key, which
    /// avoids a copy when moving entries between tables. If the key exists,
    /// the stored key is kept and `key` is dropped.
    pub fn insert_owned(&mut self, key: Box<[u8]>, value: V) -> Option<V> {
        let hash = self.hash(&key);
        self.rehash_step();
        match self.find(&key, hash) {
            Some(slot) => Some(mem::replace(&mut self.slab.get_mut(slot).value, value)),
            None => {
                self.add_new(key, hash, value);
                None
            }
        }
    }

    /// Gets the value for `key`, inserting `make()` first if it is absent.
    /// Returns the value and whether it was inserted.
    pub fn get_or_insert_with(&mut self, key: &[u8], make: impl FnOnce() -> V) -> (&mut V, bool) {
        let hash = self.hash(key);
        self.rehash_step();
        let (slot, inserted) = match self.find(key, hash) {
            Some(slot) => (slot, false),
            None => (self.add_new(key.into(), hash, make()), true),
        };
        (&mut self.slab.get_mut(slot).value, inserted)
    }

    #[inline]
    pub fn remove(&mut self, key: &[u8]) -> Option<V> {
        self.remove_entry(key).map(|(_, value)| value)
    }

    pub fn remove_entry(&mut self, key: &[u8]) -> Option<(Box<[u8]>, V)> {
        let hash = self.hash(key);
        self.rehash_step();
        let (_, slot) = self.unlink(hash, |_, entry| entry.hash == hash && *entry.key == *key)?;
        let entry = self.release_slot(slot);
        self.shrink_if_needed();
        Some((entry.key, entry.value))
    }

    /// Removes everything and frees the tables. O(len), as dropping the
    /// entries is; hand the entries of a big table to another thread with
    /// [`drain`](Self::drain) instead.
    pub fn clear(&mut self) {
        self.reset_tables();
        self.slab = Slab::new();
    }

    /// Empties the table at once and returns its former entries. The
    /// iterator owns them and does not borrow the table, so it can be sent
    /// to another thread to be dropped there (FLUSHDB ASYNC) or consumed
    /// into another table (SWAPDB, MOVE). Dropping it drops the rest.
    pub fn drain(&mut self) -> impl Iterator<Item = (Box<[u8]>, V)> + use<V> {
        self.reset_tables();
        mem::replace(&mut self.slab, Slab::new())
            .chunks
            .into_iter()
            .flatten()
            .map(|entry| (entry.key, entry.value))
    }

    /// Keeps only the entries for which `keep` returns true. Visits every
    /// entry, so it is O(len) in one call.
    pub fn retain(&mut self, mut keep: impl FnMut(&[u8], &mut V) -> bool) {
        let mut slot = 0;
        while slot < self.slab.len {
            let entry = self.slab.get_mut(slot);
            if keep(&entry.key, &mut entry.value) {
                slot += 1;
                continue;
            }
            let hash = entry.hash;
            self.unlink(hash, |candidate, _| candidate == slot)
                .expect("every slot is on its chain");
            // The last entry now sits in `slot` and has not been visited yet,
            // so `slot` is not advanced.
            drop(self.release_slot(slot));
        }
        self.shrink_if_needed();
    }

    /// All entries, in storage order (not hash order).
    pub fn iter(&self) -> impl Iterator<Item = (&[u8], &V)> {
        self.slab.iter().map(|entry| (&*entry.key, &entry.value))
    }

    /// All entries with mutable values, in storage order.
    pub fn iter_mut(&mut self) -> impl Iterator<Item = (&[u8], &mut V)> {
        self.slab
            .chunks
            .iter_mut()
            .flatten()
            .map(|entry| (&*entry.key, &mut entry.value))
    }

    /// Starts shrinking if fewer than 10% of the buckets would be used (Redis
    /// `htNeedsResize`). Only allocates the smaller table; the entries move
    /// over incrementally. Called by `remove`/`retain` as well, so calling it
    /// from the cron is only a safety net.
    pub fn shrink_if_needed(&mut self) {
        if self.is_rehashing() {
            return;
        }
        let buckets = self.tables[0].len();
        if buckets > INITIAL_BUCKETS && self.len() * 100 / buckets < MIN_FILL_PERCENT {
            self.start_resize(self.len().max(INITIAL_BUCKETS).next_power_of_two());
        }
    }

    /// Does rehash work for about `budget` buckets (the shard's idle turn,
    /// like Redis's `dictRehashMilliseconds`). Returns true if work remains.
    pub fn rehash_steps(&mut self, budget: usize) -> bool {
        self.rehash(budget);
        self.is_rehashing()
    }

    /// One step of Redis's `SCAN`: emits the entries of the bucket(s) that
    /// `cursor` addresses and returns the next cursor, 0 when done.
    ///
    /// While rehashing it visits the smaller table's bucket and then every
    /// bucket of the larger table that expands it, exactly like `dictScan`.
    /// The cursor is incremented on its *reversed* bits, so a scan started
    /// at 0 and continued until 0 returns every entry that was present for
    /// the whole scan at least once, however the table grew, shrank or
    /// rehashed in between. Entries can be returned more than once.
    pub fn scan(&self, cursor: u64, mut visit: impl FnMut(&[u8], &V)) -> u64 {
        if self.is_empty() {
            return 0;
        }
        let mut cursor = cursor;
        if !self.is_rehashing() {
            let mask = self.tables[0].mask() as u64;
            self.visit_chain(self.tables[0].head((cursor & mask) as usize), &mut visit);
            return next_cursor(cursor, mask);
        }
        let (small, large) = if self.tables[0].len() < self.tables[1].len() {
            (&self.tables[0], &self.tables[1])
        } else {
            (&self.tables[1], &self.tables[0])
        };
        let small_mask = small.mask() as u64;
        let large_mask = large.mask() as u64;
        self.visit_chain(small.head((cursor & small_mask) as usize), &mut visit);
        loop {
            self.visit_chain(large.head((cursor & large_mask) as usize), &mut visit);
            cursor = next_cursor(cursor, large_mask);
            // Stop once the bits the large table has beyond the small one
            // wrap to zero: all expansions of the small bucket are done.
            if cursor & (small_mask ^ large_mask) == 0 {
                return cursor;
            }
        }
    }

    /// A random entry, or None if empty. Picks a slot of the dense slab, so
    /// it is exactly uniform and O(1), unlike Redis's bucket-then-chain pick
    /// which favours entries on short chains.
    pub fn random_entry(&self, rand: &mut impl FnMut() -> u64) -> Option<(&[u8], &V)> {
        if self.is_empty() {
            return None;
        }
        // Multiply-high maps a 64-bit random to 0..len without modulo bias
        // worth measuring.
        let slot = crate::num::below(rand(), self.len());
        let entry = self.slab.get(slot);
        Some((&entry.key, &entry.value))
    }

    /// Up to `count` entries from a walk over consecutive buckets starting at
    /// a random one (Redis `dictGetSomeKeys`), for active expiry. Visits at
    /// most `count * 10` bucket positions, jumps elsewhere after a run of
    /// empty buckets, and may emit fewer than `count` entries or an entry
    /// twice.
    pub fn sample(
        &self,
        count: usize,
        rand: &mut impl FnMut() -> u64,
        mut visit: impl FnMut(&[u8], &V),
    ) {
        let count = count.min(self.len());
        if count == 0 {
            return;
        }
        let table_count = if self.is_rehashing() { 2 } else { 1 };
        let max_mask = self.tables[0].len().max(self.tables[1].len()) - 1;
        let mut steps_left = count.saturating_mul(10);
        let mut index = rand() as usize & max_mask;
        let mut empty_run = 0;
        let mut emitted = 0;
        while emitted < count && steps_left > 0 {
            steps_left -= 1;
            for table in 0..table_count {
                if table_count == 2 && table == 0 && index < self.rehash_index {
                    // Buckets of the old table below rehash_index are empty.
                    // If the index is also past the new (smaller) table,
                    // nothing lives there in either table: jump ahead.
                    if index >= self.tables[1].len() {
                        index = self.rehash_index;
                    } else {
                        continue;
                    }
                }
                if index >= self.tables[table].len() {
                    continue;
                }
                let Some(mut link) = self.tables[table].head(index) else {
                    empty_run += 1;
                    if empty_run >= 5 && empty_run > count {
                        index = rand() as usize & max_mask;
                        empty_run = 0;
                    }
                    continue;
                };
                empty_run = 0;
                loop {
                    let entry = self.slab.get(slot_of(link));
                    visit(&entry.key, &entry.value);
                    emitted += 1;
                    if emitted == count {
                        return;
                    }
                    match entry.next {
                        Some(next) => link = next,
                        None => break,
                    }
                }
            }
            index = (index + 1) & max_mask;
        }
    }

    #[inline]
    fn hash(&self, key: &[u8]) -> u32 {
        let full = hash_bytes(&self.hash_keys, key);
        (full ^ (full >> 32)) as u32
    }

    #[inline]
    fn find(&self, key: &[u8], hash: u32) -> Option<usize> {
        let table_count = if self.is_rehashing() { 2 } else { 1 };
        for table in 0..table_count {
            let buckets = &self.tables[table];
            if buckets.is_empty() {
                return None;
            }
            let index = hash as usize & buckets.mask();
            if table == 0 && table_count == 2 && index < self.rehash_index {
                // Already moved: save the cache miss on an empty bucket.
                continue;
            }
            let mut link = buckets.head(index);
            while let Some(current) = link {
                let slot = slot_of(current);
                let entry = self.slab.get(slot);
                if entry.hash == hash && *entry.key == *key {
                    return Some(slot);
                }
                link = entry.next;
            }
        }
        None
    }

    fn visit_chain(&self, mut link: Option<Link>, visit: &mut impl FnMut(&[u8], &V)) {
        while let Some(current) = link {
            let entry = self.slab.get(slot_of(current));
            visit(&entry.key, &entry.value);
            link = entry.next;
        }
    }

    /// Adds an entry known to be absent; returns its slot.
    fn add_new(&mut self, key: Box<[u8]>, hash: u32, value: V) -> usize {
        assert!(
            self.len() < MAX_ENTRIES,
            "Dict is limited to {MAX_ENTRIES} entries"
        );
        self.expand_if_needed();
        let table = self.table_for_new_entry(hash);
        let index = hash as usize & self.tables[table].mask();
        let head = self.tables[table].head_mut(index);
        let slot = self.slab.push(Entry {
            key,
            hash,
            next: *head,
            value,
        });
        *head = Some(link_to(slot));
        self.table_len[table] += 1;
        slot
    }

    /// Redis puts every entry added during a rehash into the new table. When
    /// growing, that would make random inserts allocate the new table's
    /// segments all at once, right after the resize, ahead of the sweep; so
    /// an entry whose old bucket has not been swept yet joins that bucket
    /// instead and moves with it, and new segments appear at the sweep's
    /// pace. This cannot delay the sweep, which advances by buckets. When
    /// shrinking, the old table is mostly empty buckets the sweep skips
    /// cheaply, and filling them would slow it down: entries go to the new
    /// table as in Redis.
    #[inline]
    fn table_for_new_entry(&self, hash: u32) -> usize {
        if !self.is_rehashing() {
            return 0;
        }
        let [old, new] = &self.tables;
        let growing = new.len() > old.len();
        let swept = hash as usize & old.mask() < self.rehash_index;
        usize::from(swept || !growing)
    }

    /// Redis `_dictExpandIfNeeded`: load factor 1, never while rehashing.
    fn expand_if_needed(&mut self) {
        if self.is_rehashing() {
            return;
        }
        let buckets = self.tables[0].len();
        if buckets == 0 {
            self.tables[0] = Table::with_buckets(INITIAL_BUCKETS);
        } else if self.table_len[0] >= buckets {
            self.start_resize((self.len() + 1).next_power_of_two());
        }
    }

    /// Allocates the new table; entries move over in later rehash steps.
    fn start_resize(&mut self, buckets: usize) {
        debug_assert!(!self.is_rehashing() && buckets.is_power_of_two());
        let new_table = Table::with_buckets(buckets);
        if self.table_len[0] == 0 {
            self.tables[0] = new_table;
        } else {
            self.tables[1] = new_table;
            self.rehash_index = 0;
        }
    }

    fn rehash_step(&mut self) {
        if self.is_rehashing() {
            let overloaded = self.table_len[1] > self.tables[1].len();
            self.rehash(if overloaded {
                OVERLOADED_REHASH_BUCKETS
            } else {
                1
            });
        }
    }

    /// Redis `dictRehash`: moves up to `bucket_budget` non-empty buckets of
    /// the old table into the new one, giving up after
    /// `bucket_budget * EMPTY_VISITS_PER_BUCKET` empty buckets.
    fn rehash(&mut self, bucket_budget: usize) {
        if !self.is_rehashing() {
            return;
        }
        let mut empty_visits_left = bucket_budget.saturating_mul(EMPTY_VISITS_PER_BUCKET);
        let mut buckets_left = bucket_budget;
        let [old, new] = &mut self.tables;
        let new_mask = new.mask();
        while buckets_left > 0 && self.table_len[0] > 0 {
            // `table_len[0] > 0` guarantees a non-empty bucket ahead, so
            // this never runs off the end of the old table.
            while old.head(self.rehash_index).is_none() {
                if old.is_segment_allocated(self.rehash_index) {
                    self.rehash_index += 1;
                } else {
                    // Never written, so empty throughout: one visit skips it.
                    self.rehash_index = (self.rehash_index | (SEGMENT_LEN - 1)) + 1;
                }
                if self.rehash_index.is_multiple_of(SEGMENT_LEN) {
                    old.release_segment(self.rehash_index - 1);
                }
                #[cfg(test)]
                {
                    self.work.empty_visits += 1;
                }
                empty_visits_left -= 1;
                if empty_visits_left == 0 {
                    return;
                }
            }
            let mut link = old.head_mut(self.rehash_index).take();
            let mut moved = 0;
            while let Some(current) = link {
                let entry = self.slab.get_mut(slot_of(current));
                link = entry.next;
                let head = new.head_mut(entry.hash as usize & new_mask);
                entry.next = *head;
                *head = Some(current);
                moved += 1;
            }
            #[cfg(test)]
            {
                self.work.buckets_moved += 1;
                self.work.entries_moved += moved as u64;
            }
            self.table_len[0] -= moved;
            self.table_len[1] += moved;
            self.rehash_index += 1;
            if self.rehash_index.is_multiple_of(SEGMENT_LEN) {
                old.release_segment(self.rehash_index - 1);
            }
            buckets_left -= 1;
        }
        self.finish_rehash_if_drained();
    }

    /// Makes the new table the only one once the old one holds nothing, be
    /// it because its last bucket moved or because its last entry was
    /// removed. Redis does the same instead of sweeping the empty rest.
    fn finish_rehash_if_drained(&mut self) {
        if self.is_rehashing() && self.table_len[0] == 0 {
            self.tables[0] = mem::replace(&mut self.tables[1], Table::empty());
            self.table_len = [self.table_len[1], 0];
            self.rehash_index = 0;
        }
    }

    /// Finds the entry on `hash`'s chains for which `is_target` holds, takes
    /// it off its chain and returns (table, slot). The slot stays occupied.
    fn unlink(
        &mut self,
        hash: u32,
        is_target: impl FnMut(usize, &Entry<V>) -> bool,
    ) -> Option<(usize, usize)> {
        let (table, holder, slot) = self.find_holder(hash, is_target)?;
        let next = self.slab.get(slot).next;
        self.set_link(holder, next);
        self.table_len[table] -= 1;
        self.finish_rehash_if_drained();
        Some((table, slot))
    }

    /// Finds the chain position of the entry on `hash`'s chains for which
    /// `is_target` holds: (table, holder of the link to it, its slot).
    fn find_holder(
        &self,
        hash: u32,
        mut is_target: impl FnMut(usize, &Entry<V>) -> bool,
    ) -> Option<(usize, LinkHolder, usize)> {
        let table_count = if self.is_rehashing() { 2 } else { 1 };
        for table in 0..table_count {
            let buckets = &self.tables[table];
            if buckets.is_empty() {
                return None;
            }
            let index = hash as usize & buckets.mask();
            let mut holder = LinkHolder::Bucket { table, index };
            let mut link = buckets.head(index);
            while let Some(current) = link {
                let slot = slot_of(current);
                let entry = self.slab.get(slot);
                if is_target(slot, entry) {
                    return Some((table, holder, slot));
                }
                holder = LinkHolder::Entry(slot);
                link = entry.next;
            }
        }
        None
    }

    fn set_link(&mut self, holder: LinkHolder, link: Option<Link>) {
        match holder {
            LinkHolder::Bucket { table, index } => *self.tables[table].head_mut(index) = link,
            LinkHolder::Entry(slot) => self.slab.get_mut(slot).next = link,
        }
    }

    /// Frees an already unlinked slot, keeping the slab dense by moving the
    /// last entry into it.
    fn release_slot(&mut self, slot: usize) -> Entry<V> {
        let last = self.slab.len - 1;
        if slot != last {
            let last_hash = self.slab.get(last).hash;
            let (_, holder, _) = self
                .find_holder(last_hash, |candidate, _| candidate == last)
                .expect("the last slot is on its chain");
            self.set_link(holder, Some(link_to(slot)));
        }
        let last_entry = self.slab.pop().expect("slot is occupied");
        if slot == last {
            last_entry
        } else {
            mem::replace(self.slab.get_mut(slot), last_entry)
        }
    }

    fn reset_tables(&mut self) {
        self.tables = [Table::empty(), Table::empty()];
        self.table_len = [0, 0];
        self.rehash_index = 0;
    }
}

/// Redis's cursor increment: set the bits above `mask`, then add one to the
/// bit-reversed value, so the carry runs from the high bucket bits down.
#[inline]
pub(super) fn next_cursor(cursor: u64, mask: u64) -> u64 {
    (cursor | !mask)
        .reverse_bits()
        .wrapping_add(1)
        .reverse_bits()
}

/// The secret keys of one table's hash function, drawn from std's randomly
/// keyed SipHash so that colliding keys cannot be precomputed.
///
/// wyhash XORs one operand of each multiply with a public constant, so an
/// attacker can choose input words that zero it and make every key of a
/// length collide whatever the seed. Here both operands of every multiply
/// are XORed with secrets.
struct HashKeys {
    seed: u64,
    secrets: [u64; 3],
}

impl HashKeys {
    fn random() -> Self {
        static TABLES_MADE: AtomicU64 = AtomicU64::new(0);
        let raw = RandomState::new().hash_one(TABLES_MADE.fetch_add(1, Ordering::Relaxed));
        let derive = |n: u64| splitmix64(raw.wrapping_add(n.wrapping_mul(0x9e37_79b9_7f4a_7c15)));
        HashKeys {
            seed: derive(1),
            secrets: [derive(2), derive(3), derive(4)],
        }
    }
}

#[inline]
fn splitmix64(z: u64) -> u64 {
    let z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    let z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

// The structure of wyhash (final v4): fast for short keys, passes SMHasher.
const WY0: u64 = 0xa076_1d64_78bd_642f;
const WY1: u64 = 0xe703_7ed1_a0b4_28db;

#[inline]
fn wide_mul(a: u64, b: u64) -> (u64, u64) {
    let product = u128::from(a) * u128::from(b);
    (product as u64, (product >> 64) as u64)
}

#[inline]
fn fold_mul(a: u64, b: u64) -> u64 {
    let (low, high) = wide_mul(a, b);
    low ^ high
}

#[inline]
fn read_u64(bytes: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(bytes[at..at + 8].try_into().expect("8 bytes"))
}

#[inline]
fn read_u32(bytes: &[u8], at: usize) -> u64 {
    u64::from(u32::from_le_bytes(
        bytes[at..at + 4].try_into().expect("4 bytes"),
    ))
}

#[inline]
fn hash_bytes(keys: &HashKeys, bytes: &[u8]) -> u64 {
    let [secret0, secret1, secret2] = keys.secrets;
    let len = bytes.len();
    let mut seed = keys.seed;
    let (a, b);
    if len <= 16 {
        if len >= 4 {
            // Two overlapping 4-byte reads from each end cover 4..=16 bytes.
            let quarter = (len >> 3) << 2;
            a = (read_u32(bytes, 0) << 32) | read_u32(bytes, quarter);
            b = (read_u32(bytes, len - 4) << 32) | read_u32(bytes, len - 4 - quarter);
        } else if len > 0 {
            a = (u64::from(bytes[0]) << 16)
                | (u64::from(bytes[len >> 1]) << 8)
                | u64::from(bytes[len - 1]);
            b = 0;
        } else {
            a = 0;
            b = 0;
        }
    } else {
        let mut at = 0;
        let mut rest = len;
        if rest > 48 {
            let (mut lane1, mut lane2) = (seed, seed);
            while rest > 48 {
                seed = fold_mul(
                    read_u64(bytes, at) ^ secret0,
                    read_u64(bytes, at + 8) ^ seed,
                );
                lane1 = fold_mul(
                    read_u64(bytes, at + 16) ^ secret1,
                    read_u64(bytes, at + 24) ^ lane1,
                );
                lane2 = fold_mul(
                    read_u64(bytes, at + 32) ^ secret2,
                    read_u64(bytes, at + 40) ^ lane2,
                );
                at += 48;
                rest -= 48;
            }
            seed ^= lane1 ^ lane2;
        }
        while rest > 16 {
            seed = fold_mul(
                read_u64(bytes, at) ^ secret0,
                read_u64(bytes, at + 8) ^ seed,
            );
            at += 16;
            rest -= 16;
        }
        a = read_u64(bytes, len - 16);
        b = read_u64(bytes, len - 8);
    }
    let (low, high) = wide_mul(a ^ secret0, b ^ seed);
    fold_mul(low ^ WY0 ^ len as u64, high ^ WY1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{HashMap, HashSet};

    /// xorshift64*: deterministic and good enough to drive tests.
    struct XorShift(u64);

    impl XorShift {
        fn new(seed: u64) -> Self {
            XorShift(seed.max(1))
        }

        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
        }

        fn below(&mut self, bound: u64) -> u64 {
            self.next() % bound
        }
    }

    fn key(n: u64) -> Vec<u8> {
        format!("key:{n:09}").into_bytes()
    }

    impl<V> Dict<V> {
        /// Checks every invariant listed in the module doc.
        fn check_invariants(&self) {
            let mut seen = vec![false; self.len()];
            let mut per_table = [0; 2];
            for (table, buckets) in self.tables.iter().enumerate() {
                assert!(buckets.is_empty() || buckets.len().is_power_of_two());
                assert_eq!(buckets.segments.len(), buckets.len().div_ceil(SEGMENT_LEN));
                if table == 0 && self.is_rehashing() {
                    // Segments the rehash has swept past are freed.
                    let swept = self.rehash_index / SEGMENT_LEN;
                    assert!(buckets.segments[..swept].iter().all(|s| s.is_empty()));
                }
                for segment in &buckets.segments {
                    assert!(segment.is_empty() || segment.len() == buckets.len().min(SEGMENT_LEN));
                }
                for index in 0..buckets.len() {
                    let head = buckets.head(index);
                    if table == 0 && self.is_rehashing() {
                        assert!(index >= self.rehash_index || head.is_none());
                    }
                    let mut link = head;
                    while let Some(current) = link {
                        let slot = slot_of(current);
                        assert!(slot < self.len(), "link past the slab");
                        assert!(!seen[slot], "slot on two chains");
                        seen[slot] = true;
                        per_table[table] += 1;
                        let entry = self.slab.get(slot);
                        assert_eq!(entry.hash as usize & buckets.mask(), index);
                        assert_eq!(entry.hash, self.hash(&entry.key));
                        link = entry.next;
                    }
                }
            }
            assert!(seen.iter().all(|&s| s), "slot on no chain");
            assert_eq!(per_table, self.table_len);
            if self.tables[0].is_empty() {
                assert!(self.is_empty() && !self.is_rehashing());
            }
            if self.is_rehashing() {
                assert!(self.table_len[0] > 0);
                assert!(self.rehash_index < self.tables[0].len());
            }
            let chunks = &self.slab.chunks;
            assert_eq!(chunks.len(), self.len().div_ceil(CHUNK_LEN));
            for (number, chunk) in chunks.iter().enumerate() {
                if number + 1 < chunks.len() {
                    assert_eq!(chunk.len(), CHUNK_LEN);
                } else {
                    assert!(!chunk.is_empty());
                }
            }
        }
    }

    fn assert_same(dict: &Dict<u64>, model: &HashMap<Vec<u8>, u64>) {
        assert_eq!(dict.len(), model.len());
        for (k, v) in model {
            assert_eq!(dict.get(k), Some(v), "key {}", String::from_utf8_lossy(k));
        }
        let mut count = 0;
        for (k, v) in dict.iter() {
            assert_eq!(model.get(k), Some(v));
            count += 1;
        }
        assert_eq!(count, model.len());
    }

    #[test]
    fn new_allocates_nothing() {
        let dict: Dict<u64> = Dict::new();
        assert_eq!(dict.bucket_count(), 0);
        assert!(dict.slab.chunks.is_empty());
        assert!(dict.is_empty());
        assert_eq!(dict.get(b"x"), None);
        assert_eq!(dict.scan(0, |_, _| panic!("empty")), 0);
        assert!(dict.random_entry(&mut || 1).is_none());
        dict.check_invariants();
    }

    #[test]
    fn basic_operations() {
        let mut dict = Dict::new();
        assert_eq!(dict.insert(b"a", 1), None);
        assert_eq!(dict.insert(b"a", 2), Some(1));
        assert_eq!(dict.insert_owned(b"b".to_vec().into(), 3), None);
        assert_eq!(dict.get(b"a"), Some(&2));
        assert_eq!(dict.get_key_value(b"b"), Some((&b"b"[..], &3)));
        assert!(dict.contains_key(b"a"));
        assert!(!dict.contains_key(b"c"));
        *dict.get_mut(b"a").unwrap() += 10;
        assert_eq!(dict.get(b"a"), Some(&12));
        let (value, inserted) = dict.get_or_insert_with(b"c", || 7);
        assert!(inserted);
        *value += 1;
        let (value, inserted) = dict.get_or_insert_with(b"c", || unreachable!());
        assert!(!inserted);
        assert_eq!(*value, 8);
        assert_eq!(dict.remove_entry(b"a"), Some((b"a".to_vec().into(), 12)));
        assert_eq!(dict.remove(b"a"), None);
        assert_eq!(dict.len(), 2);
        // The empty key is a key like any other.
        dict.insert(b"", 0);
        assert_eq!(dict.get(b""), Some(&0));
        dict.check_invariants();
        dict.clear();
        assert_eq!(dict.len(), 0);
        assert_eq!(dict.bucket_count(), 0);
        dict.check_invariants();
        dict.insert(b"again", 1);
        assert_eq!(dict.get(b"again"), Some(&1));
    }

    #[test]
    fn property_against_hashmap() {
        let mut rng = XorShift::new(0x5eed);
        let mut dict: Dict<u64> = Dict::new();
        let mut model: HashMap<Vec<u8>, u64> = HashMap::new();
        let total_ops = 400_000u64;
        for op in 0..total_ops {
            // Phases: the key space widens and narrows, and deletes dominate
            // every other phase, so the table grows and shrinks repeatedly.
            let phase = op / 50_000;
            let key_space = [2_000, 30_000, 30_000, 300, 60_000, 60_000, 50, 5_000][phase as usize];
            let delete_heavy = phase % 2 == 1;
            let k = key(rng.below(key_space));
            let roll = rng.below(100);
            let value = rng.next();
            match roll {
                0..=29 if !delete_heavy => {
                    assert_eq!(dict.insert(&k, value), model.insert(k, value));
                }
                30..=39 => {
                    let owned: Box<[u8]> = k.clone().into();
                    assert_eq!(dict.insert_owned(owned, value), model.insert(k, value));
                }
                0..=54 => {
                    assert_eq!(dict.remove(&k), model.remove(&k));
                }
                55..=59 => {
                    let expected = model
                        .remove_entry(&k)
                        .map(|(k, v)| (k.into_boxed_slice(), v));
                    assert_eq!(dict.remove_entry(&k), expected);
                }
                60..=69 => {
                    assert_eq!(dict.get(&k), model.get(&k));
                    assert_eq!(dict.contains_key(&k), model.contains_key(&k));
                    assert_eq!(dict.get_key_value(&k).map(|(_, v)| v), model.get(&k));
                }
                70..=79 => {
                    let got = dict.get_mut(&k).map(|v| {
                        *v = v.wrapping_add(1);
                        *v
                    });
                    let want = model.get_mut(&k).map(|v| {
                        *v = v.wrapping_add(1);
                        *v
                    });
                    assert_eq!(got, want);
                }
                80..=97 => {
                    let (got, inserted) = dict.get_or_insert_with(&k, || value);
                    *got ^= 1;
                    let got = *got;
                    let was_absent = !model.contains_key(&k);
                    let want = model.entry(k).or_insert(value);
                    *want ^= 1;
                    assert_eq!((got, inserted), (*want, was_absent));
                }
                98 => {
                    dict.rehash_steps(rng.below(8) as usize);
                    dict.shrink_if_needed();
                }
                _ => {
                    if rng.below(50) == 0 {
                        let modulus = 2 + rng.below(5);
                        dict.retain(|_, v| *v % modulus != 0);
                        model.retain(|_, v| *v % modulus != 0);
                    }
                }
            }
            if op % 20_000 == 0 {
                dict.check_invariants();
                assert_same(&dict, &model);
            }
        }
        dict.check_invariants();
        assert_same(&dict, &model);

        let mut drained: HashMap<Vec<u8>, u64> =
            dict.drain().map(|(k, v)| (k.into_vec(), v)).collect();
        assert!(dict.is_empty());
        dict.check_invariants();
        assert_eq!(drained.len(), model.len());
        drained.retain(|k, v| model.get(k) != Some(v));
        assert!(drained.is_empty());
    }

    /// Scans to completion, mutating the table after every step, and returns
    /// every key the scan emitted.
    fn scan_while(
        dict: &mut Dict<u64>,
        mut between_steps: impl FnMut(&mut Dict<u64>, usize),
    ) -> HashSet<Vec<u8>> {
        let mut emitted = HashSet::new();
        let mut cursor = 0;
        let mut step = 0;
        loop {
            cursor = dict.scan(cursor, |k, _| {
                emitted.insert(k.to_vec());
            });
            if cursor == 0 {
                return emitted;
            }
            between_steps(dict, step);
            step += 1;
        }
    }

    #[test]
    fn scan_without_changes_emits_each_key_once() {
        let mut dict = Dict::new();
        for n in 0..10_000 {
            dict.insert(&key(n), n);
        }
        while dict.rehash_steps(100) {}
        let mut count = 0;
        let emitted = scan_while(&mut dict, |_, _| {});
        let mut cursor = 0;
        loop {
            cursor = dict.scan(cursor, |_, _| count += 1);
            if cursor == 0 {
                break;
            }
        }
        assert_eq!(count, 10_000);
        assert_eq!(emitted.len(), 10_000);
    }

    #[test]
    fn scan_survives_growth() {
        let mut dict = Dict::new();
        let original: Vec<Vec<u8>> = (0..1_000).map(key).collect();
        for k in &original {
            dict.insert(k, 0);
        }
        let start_buckets = dict.bucket_count();
        let mut next = 1_000;
        let mut saw_rehashing = false;
        let emitted = scan_while(&mut dict, |dict, _| {
            saw_rehashing |= dict.is_rehashing();
            // Growth must stop at some point or the scan never ends: every
            // doubling doubles the cursor space still to cover.
            let stop = (next + 300).min(100_000);
            while next < stop {
                dict.insert(&key(next), next);
                next += 1;
            }
        });
        assert!(saw_rehashing, "growth never overlapped a scan step");
        assert!(
            dict.bucket_count() >= 64 * start_buckets,
            "the table barely grew"
        );
        for k in &original {
            assert!(emitted.contains(k), "missed {}", String::from_utf8_lossy(k));
        }
        dict.check_invariants();
    }

    #[test]
    fn scan_survives_shrink() {
        let mut dict = Dict::new();
        for n in 0..100_000 {
            dict.insert(&key(n), n);
        }
        while dict.rehash_steps(1000) {}
        let start_buckets = dict.bucket_count();
        let kept: Vec<Vec<u8>> = (0..100_000).step_by(50).map(key).collect();
        let mut doomed = (0..100_000u64).filter(|n| n % 50 != 0);
        let mut saw_rehashing = false;
        let mut fewest_buckets = start_buckets;
        let emitted = scan_while(&mut dict, |dict, _| {
            saw_rehashing |= dict.is_rehashing();
            for n in doomed.by_ref().take(2_000) {
                assert!(dict.remove(&key(n)).is_some());
            }
            dict.shrink_if_needed();
            fewest_buckets = fewest_buckets.min(dict.bucket_count());
        });
        assert!(saw_rehashing, "shrinking never overlapped a scan step");
        assert!(
            fewest_buckets * 8 <= start_buckets,
            "the table barely shrank"
        );
        for k in &kept {
            assert!(emitted.contains(k), "missed {}", String::from_utf8_lossy(k));
        }
        dict.check_invariants();
    }

    #[test]
    fn scan_survives_random_growth_and_shrink() {
        for seed in 1..=6 {
            let mut rng = XorShift::new(seed);
            let mut dict = Dict::new();
            let stable: Vec<Vec<u8>> = (0..500)
                .map(|n| format!("stable:{n}").into_bytes())
                .collect();
            for k in &stable {
                dict.insert(k, 0);
            }
            let mut churn: Vec<u64> = Vec::new();
            let mut next = 0;
            let emitted = scan_while(&mut dict, |dict, step| {
                // Alternate bursts of inserts and deletes so the table grows
                // and shrinks several times during one scan, then let the
                // scan finish: each growth enlarges the cursor space left.
                if step >= 600 {
                    return;
                }
                let growing = (step / 40) % 2 == 0;
                for _ in 0..rng.below(400) {
                    if growing {
                        dict.insert(&key(next), next);
                        churn.push(next);
                        next += 1;
                    } else if let Some(n) = churn.pop() {
                        dict.remove(&key(n));
                    }
                }
                dict.rehash_steps(rng.below(3) as usize);
            });
            for k in &stable {
                assert!(
                    emitted.contains(k),
                    "seed {seed}: missed {}",
                    String::from_utf8_lossy(k)
                );
            }
            dict.check_invariants();
        }
    }

    #[test]
    fn inserts_do_bounded_rehash_work() {
        let mut dict = Dict::new();
        let mut longest_rehash = 0;
        let mut current_rehash = 0;
        let mut max_entries_moved = 0;
        for n in 0..1_000_000u64 {
            let before = dict.work;
            dict.insert(&key(n), n);
            let after = dict.work;
            let buckets = after.buckets_moved - before.buckets_moved;
            let empties = after.empty_visits - before.empty_visits;
            let entries = after.entries_moved - before.entries_moved;
            assert!(buckets <= 1, "insert {n} moved {buckets} buckets");
            assert!(
                empties <= EMPTY_VISITS_PER_BUCKET as u64,
                "insert {n} visited {empties} empties"
            );
            max_entries_moved = max_entries_moved.max(entries);
            if dict.is_rehashing() {
                current_rehash += 1;
                longest_rehash = longest_rehash.max(current_rehash);
            } else {
                current_rehash = 0;
            }
        }
        // One bucket's chain: a handful of entries at load factor <= 1.
        assert!(
            max_entries_moved <= 32,
            "one step moved {max_entries_moved} entries"
        );
        // The last growth (2^19 -> 2^20 buckets) was spread over many inserts.
        assert!(
            longest_rehash > 100_000,
            "rehash finished within {longest_rehash} inserts"
        );
        assert_eq!(dict.len(), 1_000_000);
        assert!(dict.bucket_count() <= 3 << 20);
        dict.check_invariants();
    }

    #[test]
    fn inserts_after_a_big_shrink_keep_chains_short() {
        let mut dict = Dict::new();
        for n in 0..200_000 {
            dict.insert(&key(n), n);
        }
        while dict.rehash_steps(1000) {}
        // One bulk delete, so a single shrink goes from 2^18 buckets to 128.
        dict.retain(|_, v| *v < 100);
        assert!(dict.is_rehashing(), "the shrink should still be sweeping");
        assert_eq!(dict.tables[1].len(), 128);
        // A burst of inserts into the small new table before the sweep of
        // the big old one is done: the faster rehash must keep up.
        let mut most_entries_per_bucket = 0.0f64;
        for n in 200_000..260_000 {
            dict.insert(&key(n), n);
            if dict.is_rehashing() {
                let load = dict.table_len[1] as f64 / dict.tables[1].len() as f64;
                most_entries_per_bucket = most_entries_per_bucket.max(load);
            }
        }
        assert!(
            most_entries_per_bucket < 8.0,
            "load reached {most_entries_per_bucket}"
        );
        assert!(!dict.is_rehashing() || dict.table_len[1] <= dict.tables[1].len() * 2);
        dict.check_invariants();
        assert_eq!(dict.len(), 60_100);
    }

    #[test]
    fn sweep_skips_unwritten_segments() {
        let mut dict = Dict::new();
        for n in 0..65_536 {
            dict.insert(&key(n), n);
        }
        // Start growing to 131072 buckets, keep a single key whose bucket
        // in the new table is in its last segment, and finish the growth:
        // the new table then has only a few segments ever written.
        dict.insert(&key(65_536), 65_536);
        assert!(dict.is_rehashing() && dict.tables[1].len() == 131_072);
        let keeper = (0..65_537)
            .map(key)
            .find(|k| dict.hash(k) as usize & 131_071 >= 7 * SEGMENT_LEN)
            .unwrap();
        dict.retain(|k, _| *k == *keeper);
        while dict.rehash_steps(1_000) {}
        assert_eq!(dict.bucket_count(), 131_072);
        let written = dict.tables[0]
            .segments
            .iter()
            .filter(|s| !s.is_empty())
            .count();
        assert!(written <= 3, "{written} segments written");

        dict.shrink_if_needed();
        assert!(dict.is_rehashing());
        let before = dict.work;
        let mut steps = 0;
        while dict.rehash_steps(1) {
            steps += 1;
            if steps % 64 == 0 {
                dict.check_invariants();
            }
        }
        // Visiting the buckets of unwritten segments one by one would take
        // more than 7 * SEGMENT_LEN visits before reaching the keeper.
        let visits = dict.work.empty_visits - before.empty_visits;
        assert!(
            visits <= 3 * SEGMENT_LEN as u64 + 8,
            "{visits} empty visits"
        );
        assert_eq!(dict.bucket_count(), INITIAL_BUCKETS);
        assert_eq!(dict.len(), 1);
        assert!(dict.contains_key(&keeper));
        dict.check_invariants();
    }

    #[test]
    fn removes_shrink_the_table() {
        let mut dict = Dict::new();
        for n in 0..50_000 {
            dict.insert(&key(n), n);
        }
        let big = dict.bucket_count();
        for n in 0..50_000 {
            dict.remove(&key(n));
        }
        while dict.rehash_steps(100) {}
        assert!(
            dict.bucket_count() <= INITIAL_BUCKETS,
            "{} of {big} buckets left",
            dict.bucket_count()
        );
        assert!(dict.slab.chunks.is_empty());
        dict.check_invariants();
    }

    #[test]
    fn random_entry_and_sample_return_existing_keys() {
        let mut rng = XorShift::new(7);
        let mut dict = Dict::new();
        // Fill 8192 buckets, start growing, then drop the even values
        // without doing rehash steps, so both tables are populated while
        // sampling.
        for n in 0..8_300 {
            dict.insert(&key(n), n);
        }
        dict.retain(|_, v| *v % 2 == 1);
        assert!(dict.is_rehashing());
        let mut rand = || rng.next();
        let mut seen = HashSet::new();
        for _ in 0..20_000 {
            let (k, v) = dict.random_entry(&mut rand).unwrap();
            assert_eq!(dict.get(k), Some(v));
            assert_eq!(v % 2, 1);
            seen.insert(*v);
        }
        assert!(
            seen.len() > 4_000,
            "random_entry covered only {} keys",
            seen.len()
        );
        assert_eq!(dict.len(), 4_150);

        let mut sampled = 0;
        for count in [1, 5, 20, 100] {
            for _ in 0..200 {
                let mut emitted = 0;
                dict.sample(count, &mut rand, |k, v| {
                    assert_eq!(dict.get(k), Some(v));
                    emitted += 1;
                });
                assert!(emitted <= count);
                sampled += emitted;
            }
        }
        assert!(sampled > 0);
        while dict.rehash_steps(100) {}
        let mut emitted = 0;
        dict.sample(20, &mut rand, |k, v| {
            assert_eq!(dict.get(k), Some(v));
            emitted += 1;
        });
        assert!(emitted > 0);

        let empty: Dict<u64> = Dict::new();
        empty.sample(10, &mut rand, |_, _| panic!("empty"));
    }

    #[test]
    fn iter_mut_retain_and_drain() {
        let mut dict = Dict::new();
        for n in 0..10_000u64 {
            dict.insert(&key(n), n);
        }
        for (_, v) in dict.iter_mut() {
            *v *= 2;
        }
        assert_eq!(
            dict.iter().map(|(_, v)| *v).sum::<u64>(),
            2 * (0..10_000).sum::<u64>()
        );
        dict.retain(|k, v| {
            *v += 1;
            k.ends_with(b"7")
        });
        assert_eq!(dict.len(), 1_000);
        assert_eq!(dict.get(&key(17)), Some(&35));
        assert_eq!(dict.get(&key(18)), None);
        dict.check_invariants();
        let buckets_before = dict.bucket_count();
        let drained: Vec<_> = dict.drain().collect();
        assert_eq!(drained.len(), 1_000);
        assert_eq!(dict.len(), 0);
        assert_eq!(dict.bucket_count(), 0);
        assert!(buckets_before > 0);
        dict.check_invariants();
        // A drain that is dropped unread still empties the table.
        dict.insert(b"x", 1);
        drop(dict.drain());
        assert!(dict.is_empty());
    }

    #[test]
    fn hash_reads_every_length_and_depends_on_seed() {
        let bytes: Vec<u8> = (0..200u32).map(|n| (n * 7 + 3) as u8).collect();
        let keys = HashKeys::random();
        let mut hashes = HashSet::new();
        for len in 0..=bytes.len() {
            assert!(
                hashes.insert(hash_bytes(&keys, &bytes[..len])),
                "length {len} collided"
            );
        }
        // Flipping any single byte changes the hash.
        for len in [1, 3, 4, 8, 15, 16, 17, 48, 49, 100] {
            let base = hash_bytes(&keys, &bytes[..len]);
            for at in 0..len {
                let mut changed = bytes[..len].to_vec();
                changed[at] ^= 1;
                assert_ne!(hash_bytes(&keys, &changed), base, "length {len}, byte {at}");
            }
        }
        let a: Dict<()> = Dict::new();
        let b: Dict<()> = Dict::new();
        assert_ne!(a.hash(b"key:000000001"), b.hash(b"key:000000001"));
    }

    #[test]
    fn words_cancelling_public_constants_do_not_collide() {
        // A 16-byte key feeds bytes 0..4 and 8..12 into one factor of the
        // final multiply. Were that factor XORed with wyhash's public
        // constant instead of a secret, these keys would zero it and all
        // hash alike, whatever their other bytes.
        let keys = HashKeys::random();
        let high = ((WY1 >> 32) as u32).to_le_bytes();
        let low = (WY1 as u32).to_le_bytes();
        let mut hashes = HashSet::new();
        for n in 0..1_000u32 {
            let free = n.wrapping_mul(0x9e37_79b9).to_le_bytes();
            let key = [high, free, low, n.to_le_bytes()].concat();
            hashes.insert(hash_bytes(&keys, &key));
        }
        assert_eq!(hashes.len(), 1_000);
    }

    #[test]
    fn short_similar_keys_spread_over_buckets() {
        // Sequential keys like Redis benchmarks use must not pile up.
        let buckets = 1 << 16;
        let dict: Dict<()> = Dict::new();
        let mut counts = vec![0u32; buckets];
        for n in 0..buckets as u64 {
            counts[dict.hash(&key(n)) as usize & (buckets - 1)] += 1;
        }
        let longest = counts.iter().max().copied().unwrap_or(0);
        let empty = counts.iter().filter(|&&c| c == 0).count();
        assert!(longest <= 12, "longest chain {longest}");
        // About 1/e of the buckets stay empty with a random function.
        assert!((20_000..28_000).contains(&empty), "{empty} empty buckets");
    }
}
