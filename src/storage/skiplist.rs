//! Redis's zskiplist (t_zset.c) for sorted sets past the listpack thresholds: nodes ordered
//! by (score, member bytes), up to 32 levels with p = 1/4, and a span on every forward link
//! so that rank lookups, rank ranges and score/lex range boundaries are O(log n).
//!
//! Nodes live in an arena (fixed-size chunks with a free list) and link to each other by
//! `u32` index; a node's levels are one block of a second arena of links, and every link also
//! holds where its target's links are and its target's score, so a descent reads links
//! only. No per-node box for links and no `unsafe`. A node keeps its index for its whole
//! life, even when its score changes (`update_score`). The arenas grow a chunk at a time and
//! never move what they hold, so no insert copies the set.
//!
//! Each member is stored once, in its node (inline up to 22 bytes): the list carries its
//! own member index, hash chains threaded through the nodes, so ZSCORE finds a node in O(1)
//! without a second copy of the member in a separate map; `scan` walks that index with
//! Redis's reverse-binary cursor for ZSCAN. The index resizes incrementally, as Redis's dict
//! (and our `dict.rs`): while rehashing there are two bucket tables and every write moves a
//! bounded number of buckets from the old one to the new one, so no operation rebuilds it.
use std::cmp::Ordering;
use std::ops::{Index, IndexMut};

use super::dict::next_cursor;

pub const MAX_LEVEL: usize = 32;
/// "No node": the end of a level, or no backward link.
pub const NIL: u32 = u32::MAX;
/// The header node: holds the first link of every level, never a member.
const HEAD: u32 = 0;
/// The header's links: the first block of the link arena.
const HEAD_LINKS: usize = 0;

#[derive(Clone, Copy, Debug, Default)]
struct Link {
    forward: u32,
    /// Where `forward`'s own links start in the link arena: a descent never reads a node.
    fwd_links: u32,
    /// Number of level-0 steps this link jumps over (rank difference).
    span: u64,
    /// The score of `forward`, copied here so that a descent compares scores without
    /// touching the next node.
    score: f64,
}

const NO_LINK: Link = Link {
    forward: NIL,
    fwd_links: 0,
    span: 0,
    score: 0.0,
};

/// Members up to this many bytes live inside their node; longer ones in one heap block.
const INLINE: usize = 22;

/// A member's bytes, stored once: the skiplist's own index finds nodes by member.
#[derive(Clone, Debug)]
enum Mem {
    Inline { len: u8, buf: [u8; INLINE] },
    Heap(Box<[u8]>),
}

impl Mem {
    fn new(b: &[u8]) -> Mem {
        if b.len() <= INLINE {
            let mut buf = [0u8; INLINE];
            buf[..b.len()].copy_from_slice(b);
            Mem::Inline {
                len: b.len() as u8,
                buf,
            }
        } else {
            Mem::Heap(b.into())
        }
    }

    #[inline]
    fn as_slice(&self) -> &[u8] {
        match self {
            Mem::Inline { len, buf } => &buf[..*len as usize],
            Mem::Heap(b) => b,
        }
    }
}

impl Default for Mem {
    fn default() -> Self {
        Mem::Inline {
            len: 0,
            buf: [0; INLINE],
        }
    }
}

#[derive(Clone, Debug, Default)]
struct Node {
    member: Mem,
    score: f64,
    backward: u32,
    /// This node's links are `links[links..links + level]`.
    links: u32,
    level: u32,
    /// The next node in this node's bucket of the member index (`CHAIN_END` ends it).
    hnext: u32,
    hash: u32,
}

/// Elements per arena chunk (a power of two).
const CHUNK_BITS: u32 = 12;
const CHUNK: usize = 1 << CHUNK_BITS;

/// A growable array that never moves its elements once past the first chunk: the first
/// `CHUNK` elements are a `Vec` (doubling, small to copy, and indexed as cheaply as before,
/// which is what a small sorted set uses), the rest fixed-size chunks, one more allocated
/// when the last is full, where a `Vec` would double and copy everything. The chunks are
/// arrays, so the offset within one needs no bounds check; only the (small, cached) chunk
/// directory is checked.
#[derive(Debug)]
struct Arena<T> {
    first: Vec<T>,
    /// Elements `CHUNK * (k + 1)..CHUNK * (k + 2)` are `chunks[k]`.
    chunks: Vec<Box<[T; CHUNK]>>,
    len: usize,
}

impl<T: Clone + Default> Arena<T> {
    fn new() -> Self {
        Arena {
            first: Vec::new(),
            chunks: Vec::new(),
            len: 0,
        }
    }

    #[inline]
    fn len(&self) -> usize {
        self.len
    }

    fn new_chunk(from: &[T]) -> Box<[T; CHUNK]> {
        let mut v = Vec::with_capacity(CHUNK);
        v.extend_from_slice(from);
        v.resize(CHUNK, T::default());
        match v.into_boxed_slice().try_into() {
            Ok(chunk) => chunk,
            Err(_) => unreachable!("a chunk holds exactly CHUNK elements"),
        }
    }

    #[inline]
    fn push(&mut self, v: T) {
        let i = self.len;
        if i < CHUNK {
            self.first.push(v);
        } else {
            if i - CHUNK == self.chunks.len() << CHUNK_BITS {
                self.chunks.push(Self::new_chunk(&[]));
            }
            self.chunks[(i >> CHUNK_BITS) - 1][i & (CHUNK - 1)] = v;
        }
        self.len += 1;
    }
}

impl<T: Clone + Default> Clone for Arena<T> {
    /// Chunk by chunk through the heap (`Box::clone` of an array would build it on the stack).
    fn clone(&self) -> Self {
        Arena {
            first: self.first.clone(),
            chunks: self
                .chunks
                .iter()
                .map(|c| Self::new_chunk(&c[..]))
                .collect(),
            len: self.len,
        }
    }
}

impl<T> Index<usize> for Arena<T> {
    type Output = T;
    #[inline]
    fn index(&self, i: usize) -> &T {
        debug_assert!(i < self.len);
        if i < CHUNK {
            &self.first[i]
        } else {
            &self.chunks[(i >> CHUNK_BITS) - 1][i & (CHUNK - 1)]
        }
    }
}

impl<T> IndexMut<usize> for Arena<T> {
    #[inline]
    fn index_mut(&mut self, i: usize) -> &mut T {
        debug_assert!(i < self.len);
        if i < CHUNK {
            &mut self.first[i]
        } else {
            &mut self.chunks[(i >> CHUNK_BITS) - 1][i & (CHUNK - 1)]
        }
    }
}

/// Ends a chain of the member index and marks an empty bucket (the header is never indexed).
const CHAIN_END: u32 = HEAD;
/// Buckets of a new index table written per write operation before the table is used: a
/// table of millions of buckets is not written (and faulted in) in one go, which takes
/// milliseconds even from a zeroed allocation; smaller tables are made at once.
const PREPARE_BUCKETS: usize = 1024;
/// The smallest index table (Redis's DICT_HT_INITIAL_SIZE).
const INDEX_MIN: usize = 4;
/// Empty buckets a rehash step may skip per bucket of budget (4-byte buckets: 64 are four
/// cache lines of sequential reads).
const EMPTY_VISITS_PER_BUCKET: usize = 64;
/// Buckets moved per step while the new table holds more entries than buckets (a shrink
/// followed by a burst of inserts before the sweep is done), as dict.rs does.
const OVERLOADED_REHASH_BUCKETS: usize = 16;

/// Index rehash work done so far, so tests can bound one operation's work without timing it.
#[cfg(test)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct IndexWork {
    buckets_moved: u64,
    entries_moved: u64,
    empty_visits: u64,
    buckets_prepared: u64,
    resizes: u64,
}

/// A score interval as ZRANGEBYSCORE parses it (zrangespec).
#[derive(Clone, Copy, Debug)]
pub struct ScoreRange {
    pub min: f64,
    pub max: f64,
    pub minex: bool,
    pub maxex: bool,
}

impl ScoreRange {
    #[inline]
    pub fn gte_min(&self, v: f64) -> bool {
        if self.minex {
            v > self.min
        } else {
            v >= self.min
        }
    }

    #[inline]
    pub fn lte_max(&self, v: f64) -> bool {
        if self.maxex {
            v < self.max
        } else {
            v <= self.max
        }
    }

    /// A range that can hold nothing whatever the set (zslIsInRange's first test).
    pub fn is_empty(&self) -> bool {
        self.min > self.max || (self.min == self.max && (self.minex || self.maxex))
    }
}

/// One end of a ZRANGEBYLEX interval: `-`, `+` or a string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Lex {
    Min,
    Max,
    Str(Vec<u8>),
}

/// A lex interval as ZRANGEBYLEX parses it (zlexrangespec).
#[derive(Clone, Debug)]
pub struct LexRange {
    pub min: Lex,
    pub max: Lex,
    pub minex: bool,
    pub maxex: bool,
}

/// sdscmplex: `-` and `+` act as -inf and +inf; the same special on both sides is equal.
fn lex_cmp(a: &Lex, b: &Lex) -> Ordering {
    match (a, b) {
        (Lex::Min, Lex::Min) | (Lex::Max, Lex::Max) => Ordering::Equal,
        (Lex::Min, _) | (_, Lex::Max) => Ordering::Less,
        (Lex::Max, _) | (_, Lex::Min) => Ordering::Greater,
        (Lex::Str(x), Lex::Str(y)) => x.as_slice().cmp(y.as_slice()),
    }
}

fn value_cmp(v: &[u8], b: &Lex) -> Ordering {
    match b {
        Lex::Min => Ordering::Greater,
        Lex::Max => Ordering::Less,
        Lex::Str(s) => v.cmp(s.as_slice()),
    }
}

impl LexRange {
    pub fn gte_min(&self, v: &[u8]) -> bool {
        let c = value_cmp(v, &self.min);
        if self.minex {
            c == Ordering::Greater
        } else {
            c != Ordering::Less
        }
    }

    pub fn lte_max(&self, v: &[u8]) -> bool {
        let c = value_cmp(v, &self.max);
        if self.maxex {
            c == Ordering::Less
        } else {
            c != Ordering::Greater
        }
    }

    /// A range that can hold nothing whatever the set (zslIsInLexRange's first test).
    pub fn is_empty(&self) -> bool {
        match lex_cmp(&self.min, &self.max) {
            Ordering::Greater => true,
            Ordering::Equal => self.minex || self.maxex,
            Ordering::Less => false,
        }
    }
}

/// The skiplist: nodes and their links in two arenas (a node's levels are one contiguous
/// block of the link arena, reused through per-level free lists).
#[derive(Clone, Debug)]
pub struct SkipList {
    nodes: Arena<Node>,
    free: Vec<u32>,
    links: Arena<Link>,
    /// Free link blocks by level (index = level - 1).
    free_links: Vec<Vec<u32>>,
    /// The member index: chains of nodes (through `hnext`) by member hash, each table a
    /// power of two long, at most one node per bucket on average. `tables[1]` is non-empty
    /// exactly while rehashing: then `tables[0]` is the old table, its buckets below
    /// `rehash_idx` are empty, and new entries go to `tables[1]`.
    tables: [Vec<u32>; 2],
    /// Entries in each table.
    used: [usize; 2],
    /// The next bucket of `tables[0]` to move; 0 when not rehashing.
    rehash_idx: usize,
    /// A resize's new table while it is being written, `PREPARE_BUCKETS` per write, before
    /// the rehash starts (`pending_size` 0: none). `tables[0]` alone serves meanwhile.
    pending: Vec<u32>,
    pending_size: usize,
    hasher: std::collections::hash_map::RandomState,
    tail: u32,
    len: usize,
    level: usize,
    seed: u64,
    #[cfg(test)]
    work: IndexWork,
}

impl Default for SkipList {
    fn default() -> Self {
        Self::new()
    }
}

impl SkipList {
    pub fn new() -> SkipList {
        let head = Node {
            member: Mem::default(),
            score: 0.0,
            backward: NIL,
            links: 0,
            level: MAX_LEVEL as u32,
            hnext: CHAIN_END,
            hash: 0,
        };
        let mut nodes = Arena::new();
        nodes.push(head);
        let mut links = Arena::new();
        for _ in 0..MAX_LEVEL {
            links.push(NO_LINK);
        }
        SkipList {
            nodes,
            free: Vec::new(),
            links,
            free_links: vec![Vec::new(); MAX_LEVEL],
            tables: [Vec::new(), Vec::new()],
            used: [0, 0],
            rehash_idx: 0,
            pending: Vec::new(),
            pending_size: 0,
            hasher: Default::default(),
            tail: NIL,
            len: 0,
            level: 1,
            seed: 0x2545_F491_4F6C_DD1D,
            #[cfg(test)]
            work: IndexWork::default(),
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    #[inline]
    pub fn member(&self, x: u32) -> &[u8] {
        self.nodes[x as usize].member.as_slice()
    }

    #[inline]
    pub fn score(&self, x: u32) -> f64 {
        self.nodes[x as usize].score
    }

    /// The lowest node, or NIL.
    pub fn first(&self) -> u32 {
        self.links[HEAD_LINKS].forward
    }

    /// The highest node, or NIL.
    pub fn last(&self) -> u32 {
        self.tail
    }

    /// The node after `x` (NIL at the end).
    #[inline]
    pub fn next(&self, x: u32) -> u32 {
        self.links[self.nodes[x as usize].links as usize].forward
    }

    /// The node before `x` (NIL at the start).
    #[inline]
    pub fn prev(&self, x: u32) -> u32 {
        self.nodes[x as usize].backward
    }

    /// Level `i` of the links starting at `off`.
    #[inline]
    fn at(&self, off: u32, i: usize) -> &Link {
        &self.links[off as usize + i]
    }

    #[inline]
    fn at_mut(&mut self, off: u32, i: usize) -> &mut Link {
        &mut self.links[off as usize + i]
    }

    /// True if link `l` leads to a node that sorts before (score, member).
    #[inline]
    fn leads_before(&self, l: &Link, score: f64, member: &[u8]) -> bool {
        l.forward != NIL
            && (l.score < score || (l.score == score && self.member(l.forward) < member))
    }

    /// zslRandomLevel: each extra level with probability 1/4.
    fn random_level(&mut self) -> usize {
        let mut level = 1;
        loop {
            self.seed ^= self.seed << 13;
            self.seed ^= self.seed >> 7;
            self.seed ^= self.seed << 17;
            if level < MAX_LEVEL && self.seed & 3 == 0 {
                level += 1;
            } else {
                return level;
            }
        }
    }

    fn alloc_links(&mut self, level: usize) -> u32 {
        match self.free_links[level - 1].pop() {
            Some(off) => off,
            None => {
                let off = self.links.len() as u32;
                for _ in 0..level {
                    self.links.push(NO_LINK);
                }
                off
            }
        }
    }

    fn free_node_links(&mut self, x: u32) {
        let n = &self.nodes[x as usize];
        let (off, level) = (n.links, n.level as usize);
        if level > 0 {
            self.free_links[level - 1].push(off);
        }
        let n = &mut self.nodes[x as usize];
        n.level = 0;
    }

    fn alloc_node(&mut self, node: Node) -> u32 {
        match self.free.pop() {
            Some(i) => {
                self.nodes[i as usize] = node;
                i
            }
            None => {
                self.nodes.push(node);
                (self.nodes.len() - 1) as u32
            }
        }
    }

    /// Inserts a member that is not in the list; returns its node.
    pub fn insert(&mut self, score: f64, member: &[u8]) -> u32 {
        let hash = self.hash_of(member);
        let x = self.alloc_node(Node {
            member: Mem::new(member),
            score,
            backward: NIL,
            links: 0,
            level: 0,
            hnext: CHAIN_END,
            hash,
        });
        self.link_node(x);
        self.index_add(x);
        x
    }

    // ---- the member index ----

    #[inline]
    fn hash_of(&self, member: &[u8]) -> u32 {
        use std::hash::BuildHasher;
        self.hasher.hash_one(member) as u32
    }

    #[inline]
    fn is_rehashing(&self) -> bool {
        !self.tables[1].is_empty()
    }

    /// Preparing a new table or rehashing into it: no other resize starts.
    #[inline]
    fn is_resizing(&self) -> bool {
        self.pending_size != 0 || self.is_rehashing()
    }

    /// The node holding `member`, or NIL. While rehashing it looks in both tables, skipping
    /// the old table's buckets already moved. Does no rehash work (it only borrows).
    pub fn find(&self, member: &[u8]) -> u32 {
        if self.tables[0].is_empty() {
            return NIL;
        }
        let h = self.hash_of(member);
        let t0 = &self.tables[0];
        let b = h as usize & (t0.len() - 1);
        if b >= self.rehash_idx {
            let x = self.chain_find(t0[b], h, member);
            if x != NIL {
                return x;
            }
        }
        if self.is_rehashing() {
            let t1 = &self.tables[1];
            return self.chain_find(t1[h as usize & (t1.len() - 1)], h, member);
        }
        NIL
    }

    /// The node holding `member` (hash `h`) in the chain from `x`, or NIL.
    #[inline]
    fn chain_find(&self, mut x: u32, h: u32, member: &[u8]) -> u32 {
        while x != CHAIN_END {
            let n = &self.nodes[x as usize];
            if n.hash == h && n.member.as_slice() == member {
                return x;
            }
            x = n.hnext;
        }
        NIL
    }

    /// Adds linked node `x` to the index: one rehash step first, then a resize starts if the
    /// table is full (load factor 1, never while rehashing), and `x` goes to the new table
    /// while rehashing.
    fn index_add(&mut self, x: u32) {
        self.rehash_step();
        if !self.is_resizing() && self.len > self.tables[0].len() {
            self.start_resize((self.tables[0].len() * 2).max(INDEX_MIN));
        }
        let t = usize::from(self.is_rehashing());
        let table = &mut self.tables[t];
        let b = self.nodes[x as usize].hash as usize & (table.len() - 1);
        self.nodes[x as usize].hnext = table[b];
        table[b] = x;
        self.used[t] += 1;
    }

    fn index_remove(&mut self, x: u32) {
        self.rehash_step();
        let h = self.nodes[x as usize].hash;
        if self.chain_remove(0, h, x) {
            self.used[0] -= 1;
        } else {
            let found = self.chain_remove(1, h, x);
            debug_assert!(found, "node {x} not in the index");
            self.used[1] -= 1;
        }
        // Shrink below 10% use, as Redis's htNeedsResize.
        if !self.is_resizing()
            && self.tables[0].len() > INDEX_MIN
            && self.len * 10 < self.tables[0].len()
        {
            self.start_resize(self.len.next_power_of_two().max(INDEX_MIN));
        }
    }

    /// Takes `x` (hash `h`) out of its bucket of `tables[t]`; false if it is not there.
    fn chain_remove(&mut self, t: usize, h: u32, x: u32) -> bool {
        let table = &mut self.tables[t];
        if table.is_empty() {
            return false;
        }
        let b = h as usize & (table.len() - 1);
        if t == 0 && b < self.rehash_idx {
            return false;
        }
        let next = self.nodes[x as usize].hnext;
        if table[b] == x {
            table[b] = next;
            return true;
        }
        let mut p = table[b];
        while p != CHAIN_END {
            let pn = self.nodes[p as usize].hnext;
            if pn == x {
                self.nodes[p as usize].hnext = next;
                return true;
            }
            p = pn;
        }
        false
    }

    /// Starts a resize to `size` buckets: a small table is made at once, a large one only
    /// reserved and then written by later writes (`prepare_step`). Entries move over in later
    /// rehash steps.
    fn start_resize(&mut self, size: usize) {
        debug_assert!(!self.is_resizing() && size.is_power_of_two());
        #[cfg(test)]
        {
            self.work.resizes += 1;
        }
        if size <= PREPARE_BUCKETS {
            self.install(vec![CHAIN_END; size]);
        } else {
            self.pending = Vec::with_capacity(size);
            self.pending_size = size;
        }
    }

    /// Writes the next `PREPARE_BUCKETS` buckets of the pending table; installs it when done.
    fn prepare_step(&mut self) {
        let n = (self.pending_size - self.pending.len()).min(PREPARE_BUCKETS);
        self.pending.resize(self.pending.len() + n, CHAIN_END);
        #[cfg(test)]
        {
            self.work.buckets_prepared += n as u64;
        }
        if self.pending.len() == self.pending_size {
            let table = std::mem::take(&mut self.pending);
            self.pending_size = 0;
            self.install(table);
        }
    }

    /// Makes a new table the rehash target; an empty old table is simply replaced.
    fn install(&mut self, table: Vec<u32>) {
        if self.used[0] == 0 {
            self.tables[0] = table;
        } else {
            self.tables[1] = table;
            self.rehash_idx = 0;
        }
    }

    /// One resize step of a write (Redis's _dictRehashStep): part of a pending table, or one
    /// bucket moved, or more while the new table is over-full.
    #[inline]
    fn rehash_step(&mut self) {
        if self.is_resizing() {
            self.resize_step();
        }
    }

    #[cold]
    #[inline(never)]
    fn resize_step(&mut self) {
        if self.pending_size != 0 {
            self.prepare_step();
        } else if self.is_rehashing() {
            let overloaded = self.used[1] > self.tables[1].len();
            self.rehash(if overloaded {
                OVERLOADED_REHASH_BUCKETS
            } else {
                1
            });
        }
    }

    /// Redis's dictRehash: moves up to `budget` non-empty buckets of the old table to the new
    /// one, giving up after `budget * EMPTY_VISITS_PER_BUCKET` empty buckets; drops the old
    /// table once it holds nothing.
    fn rehash(&mut self, budget: usize) {
        let mut empty_left = budget * EMPTY_VISITS_PER_BUCKET;
        let mut left = budget;
        let [old, new] = &mut self.tables;
        let mask = new.len() - 1;
        while left > 0 && self.used[0] > 0 {
            // `used[0] > 0`: a non-empty bucket lies ahead, so this stays in the table.
            while old[self.rehash_idx] == CHAIN_END {
                self.rehash_idx += 1;
                #[cfg(test)]
                {
                    self.work.empty_visits += 1;
                }
                empty_left -= 1;
                if empty_left == 0 {
                    return;
                }
            }
            let mut x = std::mem::replace(&mut old[self.rehash_idx], CHAIN_END);
            while x != CHAIN_END {
                let n = &mut self.nodes[x as usize];
                let next = n.hnext;
                let b = n.hash as usize & mask;
                n.hnext = new[b];
                new[b] = x;
                self.used[0] -= 1;
                self.used[1] += 1;
                #[cfg(test)]
                {
                    self.work.entries_moved += 1;
                }
                x = next;
            }
            #[cfg(test)]
            {
                self.work.buckets_moved += 1;
            }
            self.rehash_idx += 1;
            left -= 1;
        }
        if self.used[0] == 0 {
            self.tables[0] = std::mem::take(&mut self.tables[1]);
            self.used = [self.used[1], 0];
            self.rehash_idx = 0;
        }
    }

    /// One step of Redis's reverse-binary scan over the index (dictScan): visits the bucket
    /// `cursor` addresses and returns the next cursor (0 when done). While rehashing it
    /// visits the smaller table's bucket and then every bucket of the larger table that
    /// expands it. Members present for the whole scan are visited at least once, across
    /// resizes and rehashing too; some may be visited more than once.
    pub fn scan(&self, cursor: u64, mut visit: impl FnMut(&[u8], f64)) -> u64 {
        if self.tables[0].is_empty() {
            return 0;
        }
        if !self.is_rehashing() {
            let m0 = (self.tables[0].len() - 1) as u64;
            self.visit_chain(self.tables[0][(cursor & m0) as usize], &mut visit);
            return next_cursor(cursor, m0);
        }
        let (small, large) = if self.tables[0].len() < self.tables[1].len() {
            (&self.tables[0], &self.tables[1])
        } else {
            (&self.tables[1], &self.tables[0])
        };
        let small_mask = (small.len() - 1) as u64;
        let large_mask = (large.len() - 1) as u64;
        let mut cursor = cursor;
        self.visit_chain(small[(cursor & small_mask) as usize], &mut visit);
        loop {
            self.visit_chain(large[(cursor & large_mask) as usize], &mut visit);
            cursor = next_cursor(cursor, large_mask);
            // Done once the bits the large table has beyond the small one wrap to zero.
            if cursor & (small_mask ^ large_mask) == 0 {
                return cursor;
            }
        }
    }

    fn visit_chain(&self, mut x: u32, visit: &mut impl FnMut(&[u8], f64)) {
        while x != CHAIN_END {
            let n = &self.nodes[x as usize];
            visit(n.member.as_slice(), n.score);
            x = n.hnext;
        }
    }

    /// Links node `idx` (member and score set, no links) at its place with a fresh level.
    fn link_node(&mut self, idx: u32) {
        let mut update = [HEAD_LINKS as u32; MAX_LEVEL];
        let mut update_node = [HEAD; MAX_LEVEL];
        let mut rank = [0u64; MAX_LEVEL];
        let score = self.nodes[idx as usize].score;
        let member = std::mem::take(&mut self.nodes[idx as usize].member);
        let key = member.as_slice();
        let (mut x, mut xl) = (HEAD, HEAD_LINKS as u32);
        for i in (0..self.level).rev() {
            rank[i] = if i == self.level - 1 { 0 } else { rank[i + 1] };
            loop {
                let l = *self.at(xl, i);
                if !self.leads_before(&l, score, key) {
                    break;
                }
                rank[i] += l.span;
                x = l.forward;
                xl = l.fwd_links;
            }
            update[i] = xl;
            update_node[i] = x;
        }
        self.nodes[idx as usize].member = member;
        let lvl = self.random_level();
        if lvl > self.level {
            for i in self.level..lvl {
                rank[i] = 0;
                update[i] = HEAD_LINKS as u32;
                update_node[i] = HEAD;
                self.at_mut(HEAD_LINKS as u32, i).span = self.len as u64;
            }
            self.level = lvl;
        }
        let off = self.alloc_links(lvl);
        for i in 0..lvl {
            let u = *self.at(update[i], i);
            *self.at_mut(off, i) = Link {
                forward: u.forward,
                fwd_links: u.fwd_links,
                span: u.span - (rank[0] - rank[i]),
                score: u.score,
            };
            *self.at_mut(update[i], i) = Link {
                forward: idx,
                fwd_links: off,
                span: rank[0] - rank[i] + 1,
                score,
            };
        }
        for (i, &u) in update.iter().enumerate().take(self.level).skip(lvl) {
            self.at_mut(u, i).span += 1;
        }
        let next = self.at(off, 0).forward;
        let node = &mut self.nodes[idx as usize];
        node.links = off;
        node.level = lvl as u32;
        node.backward = if update_node[0] == HEAD {
            NIL
        } else {
            update_node[0]
        };
        if next != NIL {
            self.nodes[next as usize].backward = idx;
        } else {
            self.tail = idx;
        }
        self.len += 1;
    }

    /// The update vector for (score, member): at each level, the links of the last node
    /// before it.
    fn find_update(&self, score: f64, member: &[u8]) -> [u32; MAX_LEVEL] {
        self.find_update_scored(score, member).0
    }

    /// `find_update`, and the score of the node whose links are `update[0]` (NaN for the
    /// header), taken from the link that led to it: no read of the node itself.
    fn find_update_scored(&self, score: f64, member: &[u8]) -> ([u32; MAX_LEVEL], f64) {
        let mut update = [HEAD_LINKS as u32; MAX_LEVEL];
        let mut xl = HEAD_LINKS as u32;
        let mut at_score = f64::NAN;
        for i in (0..self.level).rev() {
            loop {
                let l = self.at(xl, i);
                if !self.leads_before(l, score, member) {
                    break;
                }
                xl = l.fwd_links;
                at_score = l.score;
            }
            update[i] = xl;
        }
        (update, at_score)
    }

    /// zslDeleteNode: unlinks `x` (its node and links are left allocated).
    fn unlink(&mut self, x: u32, update: &[u32; MAX_LEVEL]) {
        let xoff = self.nodes[x as usize].links;
        for (i, &u) in update.iter().enumerate().take(self.level) {
            if self.at(u, i).forward == x {
                let xl = *self.at(xoff, i);
                let l = self.at_mut(u, i);
                l.span += xl.span;
                l.span -= 1;
                l.forward = xl.forward;
                l.fwd_links = xl.fwd_links;
                l.score = xl.score;
            } else {
                self.at_mut(u, i).span -= 1;
            }
        }
        let next = self.at(xoff, 0).forward;
        let back = self.nodes[x as usize].backward;
        if next != NIL {
            self.nodes[next as usize].backward = back;
        } else {
            self.tail = back;
        }
        while self.level > 1 && self.at(HEAD_LINKS as u32, self.level - 1).forward == NIL {
            self.level -= 1;
        }
        self.len -= 1;
    }

    /// Frees unlinked node `x`: its links, its index entry and its member.
    fn release(&mut self, x: u32) {
        self.free_node_links(x);
        self.index_remove(x);
        self.free.push(x);
        self.nodes[x as usize].member = Mem::default();
    }

    /// Removes (score, member) if present.
    pub fn delete(&mut self, score: f64, member: &[u8]) -> bool {
        let update = self.find_update(score, member);
        let x = self.at(update[0], 0).forward;
        if x != NIL && self.score(x) == score && self.member(x) == member {
            self.unlink(x, &update);
            self.release(x);
            true
        } else {
            false
        }
    }

    /// zslUpdateScore: moves node `x` to `new_score`, in place when the order stays, else
    /// relinked at its new place. The node index does not change.
    pub fn update_score(&mut self, x: u32, new_score: f64) {
        self.rehash_step();
        // The neighbours' scores come from links (the one into the previous node, found by
        // the descent, and x's first link), not from the neighbours' nodes: two fewer
        // cache misses in a large set.
        let (update, back_score) = {
            let n = &self.nodes[x as usize];
            self.find_update_scored(n.score, n.member.as_slice())
        };
        let first = *self.at(self.nodes[x as usize].links, 0);
        // update[0] is the header's links when no node comes before x.
        if (update[0] == HEAD_LINKS as u32 || back_score < new_score)
            && (first.forward == NIL || first.score > new_score)
        {
            self.nodes[x as usize].score = new_score;
            let levels = self.nodes[x as usize].level as usize;
            for (i, &u) in update.iter().enumerate().take(levels) {
                self.at_mut(u, i).score = new_score;
            }
            return;
        }
        self.unlink(x, &update);
        self.free_node_links(x);
        let node = &mut self.nodes[x as usize];
        node.score = new_score;
        node.backward = NIL;
        self.link_node(x);
    }

    /// 1-based rank of (score, member), 0 if absent (zslGetRank).
    pub fn rank(&self, score: f64, member: &[u8]) -> u64 {
        let mut rank = 0;
        let (mut x, mut xl) = (HEAD, HEAD_LINKS as u32);
        for i in (0..self.level).rev() {
            loop {
                let l = self.at(xl, i);
                if l.forward != NIL
                    && (l.score < score || (l.score == score && self.member(l.forward) <= member))
                {
                    rank += l.span;
                    x = l.forward;
                    xl = l.fwd_links;
                } else {
                    break;
                }
            }
            if x != HEAD && self.score(x) == score && self.member(x) == member {
                return rank;
            }
        }
        0
    }

    /// The node at 1-based `rank`, or NIL (zslGetElementByRank).
    pub fn by_rank(&self, rank: u64) -> u32 {
        let mut traversed = 0;
        let (mut x, mut xl) = (HEAD, HEAD_LINKS as u32);
        for i in (0..self.level).rev() {
            loop {
                let l = self.at(xl, i);
                if l.forward != NIL && traversed + l.span <= rank {
                    traversed += l.span;
                    x = l.forward;
                    xl = l.fwd_links;
                } else {
                    break;
                }
            }
            if traversed == rank {
                return if x == HEAD { NIL } else { x };
            }
        }
        NIL
    }

    fn is_in_range(&self, r: &ScoreRange) -> bool {
        if r.is_empty() {
            return false;
        }
        let (t, f) = (self.tail, self.first());
        t != NIL && r.gte_min(self.score(t)) && f != NIL && r.lte_max(self.score(f))
    }

    /// Descends while `go(link)` accepts the next node; returns the last node reached
    /// (HEAD if none) and its links.
    #[inline]
    fn descend(&self, go: impl Fn(&Self, &Link) -> bool) -> (u32, u32) {
        let (mut x, mut xl) = (HEAD, HEAD_LINKS as u32);
        for i in (0..self.level).rev() {
            loop {
                let l = self.at(xl, i);
                if l.forward != NIL && go(self, l) {
                    x = l.forward;
                    xl = l.fwd_links;
                } else {
                    break;
                }
            }
        }
        (x, xl)
    }

    /// The first node within `r`, or NIL (zslFirstInRange).
    pub fn first_in_range(&self, r: &ScoreRange) -> u32 {
        if !self.is_in_range(r) {
            return NIL;
        }
        let (_, xl) = self.descend(|_, l| !r.gte_min(l.score));
        let x = self.at(xl, 0).forward;
        if x == NIL || !r.lte_max(self.score(x)) {
            NIL
        } else {
            x
        }
    }

    /// The last node within `r`, or NIL (zslLastInRange).
    pub fn last_in_range(&self, r: &ScoreRange) -> u32 {
        if !self.is_in_range(r) {
            return NIL;
        }
        let (x, _) = self.descend(|_, l| r.lte_max(l.score));
        if x == HEAD || !r.gte_min(self.score(x)) {
            NIL
        } else {
            x
        }
    }

    fn is_in_lex_range(&self, r: &LexRange) -> bool {
        if r.is_empty() {
            return false;
        }
        let (t, f) = (self.tail, self.first());
        t != NIL && r.gte_min(self.member(t)) && f != NIL && r.lte_max(self.member(f))
    }

    /// The first node within the lex range `r`, or NIL (zslFirstInLexRange).
    pub fn first_in_lex_range(&self, r: &LexRange) -> u32 {
        if !self.is_in_lex_range(r) {
            return NIL;
        }
        let (_, xl) = self.descend(|s, l| !r.gte_min(s.member(l.forward)));
        let x = self.at(xl, 0).forward;
        if x == NIL || !r.lte_max(self.member(x)) {
            NIL
        } else {
            x
        }
    }

    /// The last node within the lex range `r`, or NIL (zslLastInLexRange).
    pub fn last_in_lex_range(&self, r: &LexRange) -> u32 {
        if !self.is_in_lex_range(r) {
            return NIL;
        }
        let (x, _) = self.descend(|s, l| r.lte_max(s.member(l.forward)));
        if x == HEAD || !r.gte_min(self.member(x)) {
            NIL
        } else {
            x
        }
    }

    /// Removes the nodes from the first one `past_start` refuses while `keep_going`
    /// accepts them, handing each removed member to `removed`.
    fn delete_while(
        &mut self,
        past_start: impl Fn(&Self, &Link) -> bool,
        keep_going: impl Fn(&Self, u32) -> bool,
        mut removed: impl FnMut(&[u8]),
    ) -> usize {
        let mut update = [HEAD_LINKS as u32; MAX_LEVEL];
        let mut xl = HEAD_LINKS as u32;
        for i in (0..self.level).rev() {
            loop {
                let l = self.at(xl, i);
                if l.forward != NIL && !past_start(self, l) {
                    xl = l.fwd_links;
                } else {
                    break;
                }
            }
            update[i] = xl;
        }
        let mut x = self.at(xl, 0).forward;
        let mut n = 0;
        while x != NIL && keep_going(self, x) {
            let next = self.next(x);
            self.unlink(x, &update);
            removed(self.member(x));
            self.release(x);
            n += 1;
            x = next;
        }
        n
    }

    /// zslDeleteRangeByScore.
    pub fn delete_range_by_score(&mut self, r: &ScoreRange, removed: impl FnMut(&[u8])) -> usize {
        self.delete_while(
            |_, l| r.gte_min(l.score),
            |s, x| r.lte_max(s.score(x)),
            removed,
        )
    }

    /// zslDeleteRangeByLex.
    pub fn delete_range_by_lex(&mut self, r: &LexRange, removed: impl FnMut(&[u8])) -> usize {
        self.delete_while(
            |s, l| r.gte_min(s.member(l.forward)),
            |s, x| r.lte_max(s.member(x)),
            removed,
        )
    }

    /// zslDeleteRangeByRank: 1-based, inclusive.
    pub fn delete_range_by_rank(
        &mut self,
        start: u64,
        end: u64,
        mut removed: impl FnMut(&[u8]),
    ) -> usize {
        let mut update = [HEAD_LINKS as u32; MAX_LEVEL];
        let mut traversed = 0;
        let mut xl = HEAD_LINKS as u32;
        for i in (0..self.level).rev() {
            loop {
                let l = self.at(xl, i);
                if l.forward != NIL && traversed + l.span < start {
                    traversed += l.span;
                    xl = l.fwd_links;
                } else {
                    break;
                }
            }
            update[i] = xl;
        }
        traversed += 1;
        let mut x = self.at(xl, 0).forward;
        let mut n = 0;
        while x != NIL && traversed <= end {
            let next = self.next(x);
            self.unlink(x, &update);
            removed(self.member(x));
            self.release(x);
            n += 1;
            traversed += 1;
            x = next;
        }
        n
    }

    /// Every (member, score) in order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&[u8], f64)> + '_ {
        Iter {
            sl: self,
            front: self.first(),
            back: self.tail,
            left: self.len,
        }
    }
}

struct Iter<'a> {
    sl: &'a SkipList,
    front: u32,
    back: u32,
    left: usize,
}

impl<'a> Iterator for Iter<'a> {
    type Item = (&'a [u8], f64);
    fn next(&mut self) -> Option<Self::Item> {
        if self.left == 0 {
            return None;
        }
        let x = self.front;
        self.front = self.sl.next(x);
        self.left -= 1;
        Some((self.sl.member(x), self.sl.score(x)))
    }
}

impl DoubleEndedIterator for Iter<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        if self.left == 0 {
            return None;
        }
        let x = self.back;
        self.back = self.sl.prev(x);
        self.left -= 1;
        Some((self.sl.member(x), self.sl.score(x)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The model: a sorted Vec of (score, member).
    fn model_sort(v: &mut [(f64, Vec<u8>)]) {
        v.sort_by(|a, b| a.0.partial_cmp(&b.0).unwrap().then_with(|| a.1.cmp(&b.1)));
    }

    /// Every level is sorted, its spans add up to ranks and its copied scores and link
    /// offsets are current.
    fn check_links(sl: &SkipList) {
        for i in 0..sl.level {
            let mut xl = HEAD_LINKS as u32;
            let mut rank = 0;
            loop {
                let l = *sl.at(xl, i);
                if l.forward == NIL {
                    break;
                }
                rank += l.span;
                assert_eq!(
                    l.score.to_bits(),
                    sl.score(l.forward).to_bits(),
                    "level {i}"
                );
                assert_eq!(l.fwd_links, sl.nodes[l.forward as usize].links);
                assert_eq!(sl.rank(sl.score(l.forward), sl.member(l.forward)), rank);
                xl = l.fwd_links;
            }
        }
    }

    /// The member index holds every linked node exactly once, in the bucket its hash picks,
    /// with the per-table counts right; the old table is empty below the rehash index.
    fn check_index(sl: &SkipList) {
        let mut seen = std::collections::HashSet::new();
        for t in 0..2 {
            let table = &sl.tables[t];
            let mut n = 0;
            for (b, &head) in table.iter().enumerate() {
                if t == 0 && b < sl.rehash_idx {
                    assert_eq!(head, CHAIN_END, "bucket {b} below the rehash index");
                }
                let mut x = head;
                while x != CHAIN_END {
                    assert!(seen.insert(x), "node {x} indexed twice");
                    let node = &sl.nodes[x as usize];
                    assert!(node.level > 0, "node {x} is not linked");
                    assert_eq!(node.hash as usize & (table.len() - 1), b);
                    n += 1;
                    x = node.hnext;
                }
            }
            assert_eq!(n, sl.used[t], "table {t}");
        }
        assert_eq!(seen.len(), sl.len());
        assert_eq!(sl.is_rehashing(), !sl.tables[1].is_empty());
        if !sl.is_rehashing() {
            assert_eq!(sl.rehash_idx, 0);
        }
        assert!(sl.pending_size == 0 || !sl.is_rehashing());
        assert!(sl.pending.len() <= sl.pending_size);
    }

    fn check(sl: &SkipList, model: &[(f64, Vec<u8>)]) {
        check_links(sl);
        check_index(sl);
        assert_eq!(sl.len(), model.len());
        let got: Vec<(f64, Vec<u8>)> = sl.iter().map(|(m, s)| (s, m.to_vec())).collect();
        assert_eq!(got, model);
        let back: Vec<(f64, Vec<u8>)> = sl.iter().rev().map(|(m, s)| (s, m.to_vec())).collect();
        let mut rev = model.to_vec();
        rev.reverse();
        assert_eq!(back, rev);
        for (i, (s, m)) in model.iter().enumerate() {
            assert_eq!(sl.rank(*s, m), i as u64 + 1);
            let x = sl.by_rank(i as u64 + 1);
            assert_eq!(sl.member(x), &m[..]);
            assert_eq!(sl.find(m), x);
        }
        assert_eq!(sl.by_rank(model.len() as u64 + 1), NIL);
        assert_eq!(sl.find(b"not a member"), NIL);
        // A whole scan visits every member exactly once when nothing changes.
        let mut seen = Vec::new();
        let mut cursor = 0;
        loop {
            cursor = sl.scan(cursor, |m, _| seen.push(m.to_vec()));
            if cursor == 0 {
                break;
            }
        }
        seen.sort();
        let mut want: Vec<Vec<u8>> = model.iter().map(|(_, m)| m.clone()).collect();
        want.sort();
        assert_eq!(seen, want);
        assert_eq!(sl.by_rank(0), NIL);
    }

    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = self.0;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        }
        fn below(&mut self, n: u64) -> u64 {
            self.next() % n
        }
    }

    #[test]
    fn random_ops_match_a_sorted_vec() {
        let mut rng = Rng(7);
        let mut sl = SkipList::new();
        let mut model: Vec<(f64, Vec<u8>)> = Vec::new();
        let mut nodes = std::collections::HashMap::new();
        for step in 0..4000 {
            let m = format!("m{}", rng.below(300)).into_bytes();
            let score = (rng.below(40) as f64) - 20.0;
            match rng.below(10) {
                0..=4 => {
                    if let Some(pos) = model.iter().position(|(_, x)| *x == m) {
                        let x = nodes[&m];
                        sl.update_score(x, score);
                        model[pos].0 = score;
                    } else {
                        let x = sl.insert(score, &m);
                        nodes.insert(m.clone(), x);
                        model.push((score, m));
                    }
                }
                5 | 6 => {
                    if let Some(pos) = model.iter().position(|(_, x)| *x == m) {
                        let s = model[pos].0;
                        assert!(sl.delete(s, &m));
                        nodes.remove(&m);
                        model.remove(pos);
                    } else {
                        assert!(!sl.delete(score, &m));
                    }
                }
                7 => {
                    let r = ScoreRange {
                        min: rng.below(40) as f64 - 20.0,
                        max: rng.below(40) as f64 - 20.0,
                        minex: rng.below(2) == 0,
                        maxex: rng.below(2) == 0,
                    };
                    model_sort(&mut model);
                    let inr: Vec<usize> = (0..model.len())
                        .filter(|&i| r.gte_min(model[i].0) && r.lte_max(model[i].0))
                        .collect();
                    let f = sl.first_in_range(&r);
                    let l = sl.last_in_range(&r);
                    match (inr.first(), inr.last()) {
                        (Some(&a), Some(&b)) => {
                            assert_eq!(sl.member(f), &model[a].1[..]);
                            assert_eq!(sl.member(l), &model[b].1[..]);
                        }
                        _ => assert!(f == NIL && l == NIL),
                    }
                    if step % 3 == 0 {
                        let mut gone = Vec::new();
                        let n = sl.delete_range_by_score(&r, |m| gone.push(m.to_vec()));
                        assert_eq!(n, inr.len());
                        for m in &gone {
                            nodes.remove(m);
                        }
                        model.retain(|(s, _)| !(r.gte_min(*s) && r.lte_max(*s)));
                    }
                }
                8 => {
                    if !model.is_empty() {
                        let a = rng.below(model.len() as u64) + 1;
                        let b = a + rng.below(5);
                        model_sort(&mut model);
                        let mut gone = Vec::new();
                        let n = sl.delete_range_by_rank(a, b, |m| gone.push(m.to_vec()));
                        let hi = (b as usize).min(model.len());
                        assert_eq!(n, hi - a as usize + 1);
                        for m in &gone {
                            nodes.remove(m);
                        }
                        model.drain(a as usize - 1..hi);
                    }
                }
                _ => {
                    // Lex ranges on members with equal scores in a separate list.
                    let mut lsl = SkipList::new();
                    let mut words: Vec<Vec<u8>> = (0..rng.below(20))
                        .map(|i| format!("w{}", i * 7 % 13).into_bytes())
                        .collect();
                    words.sort();
                    words.dedup();
                    for w in &words {
                        lsl.insert(0.0, w);
                    }
                    let lo = format!("w{}", rng.below(14)).into_bytes();
                    let r = LexRange {
                        min: if rng.below(5) == 0 {
                            Lex::Min
                        } else {
                            Lex::Str(lo)
                        },
                        max: if rng.below(5) == 0 {
                            Lex::Max
                        } else {
                            Lex::Str(b"w9".to_vec())
                        },
                        minex: rng.below(2) == 0,
                        maxex: rng.below(2) == 0,
                    };
                    let inr: Vec<&Vec<u8>> = words
                        .iter()
                        .filter(|w| r.gte_min(w) && r.lte_max(w))
                        .collect();
                    let f = lsl.first_in_lex_range(&r);
                    let l = lsl.last_in_lex_range(&r);
                    match (inr.first(), inr.last()) {
                        (Some(a), Some(b)) => {
                            assert_eq!(lsl.member(f), &a[..]);
                            assert_eq!(lsl.member(l), &b[..]);
                        }
                        _ => assert!(f == NIL && l == NIL),
                    }
                    let n = lsl.delete_range_by_lex(&r, |_| {});
                    assert_eq!(n, inr.len());
                    assert_eq!(lsl.len(), words.len() - inr.len());
                }
            }
            model_sort(&mut model);
            if step % 50 == 0 {
                check(&sl, &model);
            }
        }
        check(&sl, &model);
    }

    /// Drives `sl` with `op` and asserts that no single call moved more than a bounded
    /// number of index buckets (the old index was rebuilt in one go on every resize).
    fn bounded(sl: &mut SkipList, op: impl FnOnce(&mut SkipList)) {
        let before = sl.work;
        op(sl);
        let w = sl.work;
        let moved = w.buckets_moved - before.buckets_moved;
        assert!(
            moved <= OVERLOADED_REHASH_BUCKETS as u64,
            "{moved} buckets moved"
        );
        let empty = w.empty_visits - before.empty_visits;
        assert!(empty <= (OVERLOADED_REHASH_BUCKETS * EMPTY_VISITS_PER_BUCKET) as u64);
        let prepared = w.buckets_prepared - before.buckets_prepared;
        assert!(
            prepared <= PREPARE_BUCKETS as u64,
            "{prepared} buckets written"
        );
        let entries = w.entries_moved - before.entries_moved;
        assert!(entries <= 64, "{entries} entries moved");
    }

    #[test]
    fn index_resizes_move_a_bounded_number_of_buckets_per_write() {
        let mut rng = Rng(11);
        let mut sl = SkipList::new();
        let n = 150_000u64;
        let mut sizes = vec![0];
        let mut note = |sl: &SkipList| {
            if *sizes.last().unwrap() != sl.tables[0].len() {
                sizes.push(sl.tables[0].len());
            }
        };
        for i in 0..n {
            let m = format!("member:{i}");
            bounded(&mut sl, |sl| {
                sl.insert(rng.below(1000) as f64, m.as_bytes());
            });
            if i % 7 == 0 {
                let x = sl.find(format!("member:{}", rng.below(i + 1)).as_bytes());
                bounded(&mut sl, |sl| sl.update_score(x, rng.below(1000) as f64));
            }
            note(&sl);
        }
        check_index(&sl);
        assert!(sl.tables[0].len() >= 1 << 17, "grew past 2^17 buckets");
        // Remove all but a few hundred, in random order: the index shrinks while rehashing.
        let mut order: Vec<u64> = (0..n).collect();
        for i in (1..order.len()).rev() {
            order.swap(i, rng.below(i as u64 + 1) as usize);
        }
        for (k, &i) in order.iter().enumerate().take(n as usize - 300) {
            let m = format!("member:{i}");
            let x = sl.find(m.as_bytes());
            assert_ne!(x, NIL);
            let s = sl.score(x);
            bounded(&mut sl, |sl| assert!(sl.delete(s, m.as_bytes())));
            if k % 10_000 == 0 {
                check_index(&sl);
            }
            note(&sl);
        }
        // A burst of inserts right after the shrink started (over-full new table).
        for i in n..n + 5000 {
            let m = format!("member:{i}");
            bounded(&mut sl, |sl| {
                sl.insert(0.0, m.as_bytes());
            });
            note(&sl);
        }
        check_index(&sl);
        assert!(sl.work.resizes >= 20, "{:?}", sl.work);
        let peak = *sizes.iter().max().unwrap();
        assert!(
            sizes.iter().rev().any(|&s| s < peak / 8),
            "the index shrank: {sizes:?}"
        );
    }

    #[test]
    fn scan_while_rehashing_returns_every_member_present_throughout() {
        for seed in 0..4 {
            let mut rng = Rng(100 + seed);
            let mut sl = SkipList::new();
            let stable: Vec<Vec<u8>> = (0..500).map(|i| format!("s{i}").into_bytes()).collect();
            for m in &stable {
                sl.insert(rng.below(100) as f64, m);
            }
            let mut churn: Vec<Vec<u8>> = Vec::new();
            let mut next = 0;
            let mut seen = std::collections::HashSet::new();
            let mut cursor = 0;
            let mut steps_rehashing = 0;
            let mut steps = 0;
            loop {
                steps_rehashing += usize::from(sl.is_rehashing());
                cursor = sl.scan(cursor, |m, _| {
                    seen.insert(m.to_vec());
                });
                steps += 1;
                if cursor == 0 {
                    break;
                }
                // Grow to a few thousand members, then shrink, then grow again, so the
                // table resizes both ways (through prepared tables too) during the scan.
                let grow = match (steps / 600) % 3 {
                    0 => true,
                    1 => false,
                    _ => rng.below(3) != 0,
                };
                for _ in 0..8 {
                    if grow || churn.is_empty() {
                        let m = format!("c{next}").into_bytes();
                        next += 1;
                        sl.insert(rng.below(100) as f64, &m);
                        churn.push(m);
                    } else {
                        let i = rng.below(churn.len() as u64) as usize;
                        let m = churn.swap_remove(i);
                        let x = sl.find(&m);
                        assert!(sl.delete(sl.score(x), &m));
                    }
                }
            }
            check_index(&sl);
            for m in &stable {
                assert!(seen.contains(m), "seed {seed}: {:?} not returned", m);
            }
            assert!(
                steps_rehashing > 0,
                "seed {seed}: the scan never met a rehash"
            );
            assert!(sl.work.resizes >= 4, "{:?}", sl.work);
        }
    }

    #[test]
    fn model_holds_across_many_resizes() {
        let mut rng = Rng(5);
        let mut sl = SkipList::new();
        let mut model: std::collections::HashMap<Vec<u8>, f64> = Default::default();
        let rounds: [(usize, usize); 4] = [(6000, 20), (3000, 3), (9000, 100), (0, 0)];
        let mut next = 0;
        for &(up, down) in &rounds {
            while model.len() < up {
                let m = format!("m{next}").into_bytes();
                next += 1;
                let s = rng.below(50) as f64;
                sl.insert(s, &m);
                model.insert(m, s);
                if rng.below(4) == 0 {
                    let k = format!("m{}", rng.below(next)).into_bytes();
                    if let Some(s) = model.get_mut(&k) {
                        *s = rng.below(50) as f64;
                        sl.update_score(sl.find(&k), *s);
                    }
                }
                if model.len().is_multiple_of(997) {
                    check_index(&sl);
                }
            }
            while model.len() > down {
                let k = model.keys().next().unwrap().clone();
                let s = model.remove(&k).unwrap();
                assert!(sl.delete(s, &k));
                if model.len().is_multiple_of(997) {
                    check_index(&sl);
                }
            }
            check_index(&sl);
            for (m, &s) in &model {
                let x = sl.find(m);
                assert_ne!(x, NIL);
                assert_eq!(sl.score(x), s);
            }
            let mut want: Vec<(f64, Vec<u8>)> =
                model.iter().map(|(m, &s)| (s, m.clone())).collect();
            model_sort(&mut want);
            check(&sl, &want);
            let copy = sl.clone();
            check(&copy, &want);
        }
        assert!(sl.work.resizes >= 10, "{:?}", sl.work);
    }

    #[test]
    fn lex_range_emptiness_follows_sdscmplex() {
        let r = |min, minex, max, maxex| LexRange {
            min,
            max,
            minex,
            maxex,
        };
        assert!(r(Lex::Min, true, Lex::Min, true).is_empty());
        assert!(r(Lex::Max, true, Lex::Max, true).is_empty());
        assert!(!r(Lex::Min, true, Lex::Max, true).is_empty());
        assert!(r(Lex::Max, true, Lex::Min, true).is_empty());
        assert!(r(
            Lex::Str(b"a".to_vec()),
            false,
            Lex::Str(b"a".to_vec()),
            true
        )
        .is_empty());
        assert!(!r(
            Lex::Str(b"a".to_vec()),
            false,
            Lex::Str(b"a".to_vec()),
            false
        )
        .is_empty());
    }
}
