//! Quicklist: Redis 7.0's list encoding, a sequence of listpack nodes.
//!
//! ```text
//!   Quicklist { nodes: VecDeque<Listpack>, len, fill }
//!
//!   nodes[0]                 nodes[1]                       nodes[n-1]
//!   +---------------------+  +---------------------+        +---------------------+
//!   | listpack (see       |  | listpack            |  ...   | listpack            |
//!   | listpack.rs: 6-byte |  |                     |        |                     |
//!   | header, entries,0xFF|  |                     |        |                     |
//!   +---------------------+  +---------------------+        +---------------------+
//!   list index 0 ..          .. continues in order ..                .. len - 1
//! ```
//!
//! Each node is a `Listpack` whose bytes are exactly what RDB writes for a packed
//! quicklist node (`RDB_TYPE_LIST_QUICKLIST_2`, container 2). Redis links nodes in a
//! doubly linked list; we keep them in a `VecDeque` (same walks, O(1) at both ends, and a
//! middle insert moves node handles only, not entries).
//!
//! `fill` is `list-max-listpack-size`: negative = node byte limit (-1 4 KB, -2 8 KB (the
//! default), -3 16 KB, -4 32 KB, -5 64 KB); positive = at most that many entries per node,
//! and never more than 8 KB unless the node holds a single entry. The insert test is Redis's
//! `_quicklistNodeAllowInsert` (estimated new size) and merging is `_quicklistNodeAllowMerge`.
//!
//! Invariants: no node is empty; `len` is the sum of node lengths; a node respects the fill
//! limit unless it holds a single (large) entry or LSET grew it in place (as in Redis).
//! Pushes, LINSERT and LSET leave the same node shapes as redis-server 7.0.15; deletions
//! (remove, remove_range, LTRIM, LREM) also merge nodes that then fit together, which
//! Redis 7.0 does not. No compression (list-compress-depth 0) and no plain nodes:
//! elements above Redis's 1 GB `packed_threshold` are not expected here.
//! OBJECT ENCODING reports "quicklist" for every list in 7.0, however small (checked on
//! redis-server 7.0.15: `RPUSH l a; OBJECT ENCODING l` -> "quicklist").

use std::collections::VecDeque;

use super::listpack::{self, Entry, Listpack};
use crate::num::parse_i64;

/// `SIZE_SAFETY_LIMIT`: largest multi-entry node when the fill is a count.
const SIZE_SAFETY_LIMIT: usize = 8192;
/// `optimization_level`: node byte limits for fill -1..=-5.
const OPTIMIZATION_LEVEL: [usize; 5] = [4096, 8192, 16384, 32768, 65536];
/// `FILL_MAX`: largest positive fill Redis accepts.
const FILL_MAX: i32 = 1 << 15;
/// `SIZE_ESTIMATE_OVERHEAD`: what one entry adds beyond its length, over-estimated.
const SIZE_ESTIMATE_OVERHEAD: usize = 8;
/// Bytes saved by merging two listpacks: one header and one terminator.
const LISTPACK_OVERHEAD: usize = 7;

/// The default `list-max-listpack-size`.
pub const DEFAULT_FILL: i32 = -2;

/// A Redis quicklist of listpack nodes.
#[derive(Clone)]
pub struct Quicklist {
    nodes: VecDeque<Listpack>,
    len: usize,
    fill: i32,
}

impl Default for Quicklist {
    fn default() -> Self {
        Self::new(DEFAULT_FILL)
    }
}

impl std::fmt::Debug for Quicklist {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl Quicklist {
    /// An empty list with `fill` = `list-max-listpack-size` (clamped to -5..=32768, 0 as 1).
    pub fn new(fill: i32) -> Self {
        let fill = match fill {
            0 => 1,
            f => f.clamp(-5, FILL_MAX),
        };
        Quicklist {
            nodes: VecDeque::new(),
            len: 0,
            fill,
        }
    }

    /// Rebuilds a list from listpack nodes (RDB load); empty nodes are dropped.
    pub fn from_nodes(fill: i32, nodes: impl IntoIterator<Item = Listpack>) -> Self {
        let mut q = Quicklist::new(fill);
        for n in nodes {
            if !n.is_empty() {
                q.len += n.len();
                q.nodes.push_back(n);
            }
        }
        q
    }

    pub fn fill(&self) -> i32 {
        self.fill
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Number of listpack nodes.
    pub fn node_count(&self) -> usize {
        self.nodes.len()
    }

    /// The nodes in order (what RDB writes).
    pub fn nodes(&self) -> impl DoubleEndedIterator<Item = &Listpack> + ExactSizeIterator {
        self.nodes.iter()
    }

    /// Whether the whole list sits in one node (Redis 7.2 would call it a `listpack`).
    pub fn is_single_node(&self) -> bool {
        self.nodes.len() <= 1
    }

    /// The OBJECT ENCODING name: Redis 7.0 says "quicklist" for every list.
    pub fn encoding(&self) -> &'static str {
        "quicklist"
    }

    // ---- fill rules ----

    fn size_meets_optimization(&self, sz: usize) -> bool {
        self.fill < 0 && sz <= OPTIMIZATION_LEVEL[(-self.fill - 1) as usize]
    }

    /// `_quicklistNodeAllowInsert`: the node's size plus the element's length plus
    /// `SIZE_ESTIMATE_OVERHEAD` must stay within the fill limit.
    fn allow_insert(&self, node: &Listpack, sz: usize) -> bool {
        let new_sz = node.total_bytes() + sz + SIZE_ESTIMATE_OVERHEAD;
        if self.size_meets_optimization(new_sz) {
            true
        } else if self.fill < 0 || new_sz > SIZE_SAFETY_LIMIT {
            false
        } else {
            (node.len() as i64) < i64::from(self.fill)
        }
    }

    /// `_quicklistNodeAllowMerge`.
    fn allow_merge(&self, a: &Listpack, b: &Listpack) -> bool {
        let merge_sz = a.total_bytes() + b.total_bytes() - LISTPACK_OVERHEAD;
        if self.size_meets_optimization(merge_sz) {
            true
        } else if self.fill < 0 || merge_sz > SIZE_SAFETY_LIMIT {
            false
        } else {
            ((a.len() + b.len()) as i64) <= i64::from(self.fill)
        }
    }

    // ---- positions ----

    fn resolve(&self, index: isize) -> Option<usize> {
        let i = if index < 0 {
            self.len.checked_sub(index.unsigned_abs())?
        } else {
            index as usize
        };
        (i < self.len).then_some(i)
    }

    /// (node, index in node) of list index `i < len`, walking from the nearer end.
    fn locate(&self, i: usize) -> (usize, usize) {
        debug_assert!(i < self.len);
        if i < self.len / 2 {
            let mut rest = i;
            for (n, node) in self.nodes.iter().enumerate() {
                if rest < node.len() {
                    return (n, rest);
                }
                rest -= node.len();
            }
        } else {
            let mut from_end = self.len - i; // 1..
            for (n, node) in self.nodes.iter().enumerate().rev() {
                if from_end <= node.len() {
                    return (n, node.len() - from_end);
                }
                from_end -= node.len();
            }
        }
        unreachable!("quicklist invariant: len is the sum of node lengths")
    }

    // ---- reads ----

    /// The element at `index` (negative from the tail).
    pub fn get(&self, index: isize) -> Option<Entry<'_>> {
        let i = self.resolve(index)?;
        let (n, k) = self.locate(i);
        self.nodes[n].get(k as isize)
    }

    pub fn first(&self) -> Option<Entry<'_>> {
        self.nodes.front().and_then(|n| n.first_entry())
    }

    pub fn last(&self) -> Option<Entry<'_>> {
        self.nodes.back().and_then(|n| n.last_entry())
    }

    /// All elements in order; `.rev()` walks from the tail.
    pub fn iter(&self) -> Iter<'_> {
        self.range(0, self.len)
    }

    /// Elements `start..end` (list indices, clamped to the length), both ways.
    pub fn range(&self, start: usize, end: usize) -> Iter<'_> {
        let end = end.min(self.len);
        if start >= end {
            return Iter {
                nodes: &self.nodes,
                front_node: 0,
                front: None,
                back_node: 0,
                back: None,
                remaining: 0,
            };
        }
        let (fnode, fk) = self.locate(start);
        let (bnode, bk) = self.locate(end - 1);
        let f = &self.nodes[fnode];
        Iter {
            nodes: &self.nodes,
            front_node: fnode,
            front: Some(f.range(fk, f.len())),
            back_node: bnode,
            back: Some(self.nodes[bnode].range(0, bk + 1)),
            remaining: end - start,
        }
    }

    /// LRANGE: elements `start..=stop`, negative indices from the tail.
    pub fn lrange(&self, start: isize, stop: isize) -> Iter<'_> {
        let len = self.len as isize;
        let start = if start < 0 {
            (len + start).max(0)
        } else {
            start
        };
        let stop = if stop < 0 { len + stop } else { stop };
        if start > stop || start >= len {
            return self.range(0, 0);
        }
        self.range(start as usize, (stop.min(len - 1) + 1) as usize)
    }

    /// Index of the first element equal to `value`.
    pub fn position(&self, value: &[u8]) -> Option<usize> {
        let as_int = parse_i64(value);
        let mut base = 0;
        for node in &self.nodes {
            if let Some(k) = node.iter().position(|e| matches(e, value, as_int)) {
                return Some(base + k);
            }
            base += node.len();
        }
        None
    }

    // ---- writes ----

    pub fn push_back(&mut self, value: &[u8]) {
        match self.nodes.back() {
            Some(last) if self.allow_insert(last, value.len()) => {
                self.nodes.back_mut().expect("checked").push_back(value)
            }
            _ => self.nodes.push_back(single(value)),
        }
        self.len += 1;
    }

    pub fn push_front(&mut self, value: &[u8]) {
        match self.nodes.front() {
            Some(first) if self.allow_insert(first, value.len()) => {
                self.nodes.front_mut().expect("checked").push_front(value)
            }
            _ => self.nodes.push_front(single(value)),
        }
        self.len += 1;
    }

    pub fn pop_front(&mut self) -> Option<Vec<u8>> {
        let node = self.nodes.front_mut()?;
        let v = node.first_entry().expect("nodes are never empty").to_vec();
        node.remove(0);
        if node.is_empty() {
            self.nodes.pop_front();
        }
        self.len -= 1;
        Some(v)
    }

    pub fn pop_back(&mut self) -> Option<Vec<u8>> {
        let node = self.nodes.back_mut()?;
        let v = node.last_entry().expect("nodes are never empty").to_vec();
        node.remove(-1);
        if node.is_empty() {
            self.nodes.pop_back();
        }
        self.len -= 1;
        Some(v)
    }

    /// Inserts `value` so that it becomes element `pos` (0..=len), as LINSERT BEFORE the
    /// element now at `pos` would.
    pub fn insert(&mut self, pos: usize, value: &[u8]) {
        assert!(pos <= self.len, "quicklist insert position out of range");
        if pos == self.len {
            self.push_back(value);
        } else if pos == 0 {
            self.push_front(value);
        } else {
            let (n, k) = self.locate(pos);
            self.insert_in_node(n, k, value, false);
        }
    }

    /// LINSERT BEFORE: inserts before the first element equal to `pivot`.
    pub fn insert_before(&mut self, pivot: &[u8], value: &[u8]) -> bool {
        match self.position(pivot) {
            Some(i) => {
                let (n, k) = self.locate(i);
                self.insert_in_node(n, k, value, false);
                true
            }
            None => false,
        }
    }

    /// LINSERT AFTER: inserts after the first element equal to `pivot`.
    pub fn insert_after(&mut self, pivot: &[u8], value: &[u8]) -> bool {
        match self.position(pivot) {
            Some(i) => {
                let (n, k) = self.locate(i);
                self.insert_in_node(n, k + 1, value, true);
                true
            }
            None => false,
        }
    }

    /// `_quicklistInsert`: puts `value` at position `k` of node `n`, i.e. after entry `k - 1`
    /// (`after`) or before entry `k`. Into the node if it has room; else, at the node's edge,
    /// into the neighbour if it has room or a new node if there is no neighbour; else the
    /// node is split at `k`, the value joins the half next to its pivot, and the nodes
    /// around are merged where the fill allows. Shapes match redis-server 7.0.15.
    fn insert_in_node(&mut self, n: usize, k: usize, value: &[u8], after: bool) {
        let sz = value.len();
        self.len += 1;
        if self.allow_insert(&self.nodes[n], sz) {
            self.nodes[n].insert(k, value);
            return;
        }
        let at_tail = after && k == self.nodes[n].len();
        let at_head = !after && k == 0;
        if at_tail {
            match self.nodes.get(n + 1) {
                Some(next) if self.allow_insert(next, sz) => {
                    self.nodes[n + 1].push_front(value);
                    return;
                }
                None => {
                    self.nodes.push_back(single(value));
                    return;
                }
                Some(_) => {}
            }
        }
        if at_head {
            if n == 0 {
                self.nodes.push_front(single(value));
                return;
            }
            if self.allow_insert(&self.nodes[n - 1], sz) {
                self.nodes[n - 1].push_back(value);
                return;
            }
        }
        // `_quicklistSplitNode`: the half beyond the pivot becomes a new node.
        let mut tail = self.nodes[n].split_off(k);
        if after {
            tail.push_front(value);
            self.nodes.insert(n + 1, tail);
            self.merge_nodes(n);
        } else {
            // Redis keeps the right half in the original node and the value ends the left.
            self.nodes[n].push_back(value);
            self.nodes.insert(n + 1, tail);
            self.merge_nodes(n + 1);
        }
    }

    /// `_quicklistMergeNodes`: merges prev-prev with prev, next with next-next, then the
    /// centre with prev and the result with next, each where the fill allows.
    fn merge_nodes(&mut self, mut c: usize) {
        if c >= 2 && self.try_merge(c - 2) {
            c -= 1;
        }
        self.try_merge(c + 1);
        if c >= 1 && self.try_merge(c - 1) {
            c -= 1;
        }
        self.try_merge(c);
    }

    /// Merges node `i` with its neighbours where the fill allows.
    fn merge_around(&mut self, i: usize) {
        self.try_merge(i);
        if i > 0 {
            self.try_merge(i - 1);
        }
    }

    /// Merges node `i + 1` into node `i` if allowed.
    fn try_merge(&mut self, i: usize) -> bool {
        match (self.nodes.get(i), self.nodes.get(i + 1)) {
            (Some(a), Some(b)) if self.allow_merge(a, b) => {
                let b = self.nodes.remove(i + 1).expect("checked");
                self.nodes[i].append(&b);
                true
            }
            _ => false,
        }
    }

    /// LSET: replaces the element at `index` (negative from the tail) in place, as Redis
    /// 7.0.15 does even when the node then outgrows the fill; false if out of range.
    pub fn set(&mut self, index: isize, value: &[u8]) -> bool {
        let Some(i) = self.resolve(index) else {
            return false;
        };
        let (n, k) = self.locate(i);
        self.nodes[n].replace(k as isize, value);
        true
    }

    /// Removes the element at `index` (negative from the tail); false if out of range.
    pub fn remove(&mut self, index: isize) -> bool {
        match self.resolve(index) {
            Some(i) => {
                self.remove_range(i, 1);
                true
            }
            None => false,
        }
    }

    /// Removes up to `count` elements from list index `start`; returns how many.
    pub fn remove_range(&mut self, start: usize, count: usize) -> usize {
        if start >= self.len {
            return 0;
        }
        let total = count.min(self.len - start);
        let mut left = total;
        let (mut n, mut k) = self.locate(start);
        while left > 0 {
            let node_len = self.nodes[n].len();
            let take = left.min(node_len - k);
            if k == 0 && take == node_len {
                self.nodes.remove(n);
            } else {
                self.nodes[n].remove_range(k as isize, take);
                n += 1;
            }
            k = 0;
            left -= take;
        }
        self.len -= total;
        // The nodes at the cut may now fit together.
        if n > 0 {
            self.merge_around(n - 1);
        } else {
            self.try_merge(0);
        }
        total
    }

    /// LREM: removes elements equal to `value`, at most `count` from the head (count > 0),
    /// at most `-count` from the tail (count < 0), or all (count = 0); returns how many.
    pub fn remove_matching(&mut self, value: &[u8], count: isize) -> usize {
        let as_int = parse_i64(value);
        let limit = if count == 0 {
            usize::MAX
        } else {
            count.unsigned_abs()
        };
        let from_tail = count < 0;
        let mut removed = 0;
        let mut n = if from_tail { self.nodes.len() } else { 0 };
        while removed < limit {
            if from_tail {
                if n == 0 {
                    break;
                }
                n -= 1;
            } else if n == self.nodes.len() {
                break;
            }
            let node = &mut self.nodes[n];
            if from_tail {
                let mut p = node.last();
                while let Some(q) = p {
                    if removed == limit {
                        break;
                    }
                    p = node.prev(q);
                    if matches(node.entry_at(q), value, as_int) {
                        node.remove_at(q, 1);
                        removed += 1;
                    }
                }
            } else {
                let mut p = node.first();
                while let Some(q) = p {
                    if removed == limit {
                        break;
                    }
                    p = if matches(node.entry_at(q), value, as_int) {
                        removed += 1;
                        node.remove_at(q, 1)
                    } else {
                        node.next(q)
                    };
                }
            }
            if self.nodes[n].is_empty() {
                self.nodes.remove(n);
            } else if !from_tail {
                n += 1;
            }
        }
        self.len -= removed;
        if removed > 0 {
            // Thinned nodes may now fit together.
            let mut i = 0;
            while i + 1 < self.nodes.len() {
                if !self.try_merge(i) {
                    i += 1;
                }
            }
        }
        removed
    }

    /// LTRIM: keeps elements `start..=stop` (negative indices from the tail).
    pub fn trim(&mut self, start: isize, stop: isize) {
        let len = self.len as isize;
        let start = if start < 0 {
            (len + start).max(0)
        } else {
            start
        };
        let stop = if stop < 0 { len + stop } else { stop };
        if start > stop || start >= len {
            self.clear();
            return;
        }
        let stop = stop.min(len - 1);
        let rtrim = (len - stop - 1) as usize;
        self.remove_range(self.len - rtrim, rtrim);
        self.remove_range(0, start as usize);
    }

    pub fn clear(&mut self) {
        self.nodes.clear();
        self.len = 0;
    }
}

fn single(value: &[u8]) -> Listpack {
    let mut lp = Listpack::new();
    lp.push_back(value);
    lp
}

fn matches(e: Entry<'_>, value: &[u8], as_int: Option<i64>) -> bool {
    match e {
        Entry::Str(s) => s == value,
        Entry::Int(v) => as_int == Some(v),
    }
}

/// Elements of a quicklist range, O(1) per step from either end.
pub struct Iter<'a> {
    nodes: &'a VecDeque<Listpack>,
    front_node: usize,
    front: Option<listpack::Iter<'a>>,
    back_node: usize,
    back: Option<listpack::Iter<'a>>,
    remaining: usize,
}

impl<'a> Iterator for Iter<'a> {
    type Item = Entry<'a>;

    fn next(&mut self) -> Option<Entry<'a>> {
        if self.remaining == 0 {
            return None;
        }
        loop {
            if let Some(e) = self.front.as_mut()?.next() {
                self.remaining -= 1;
                return Some(e);
            }
            self.front_node += 1;
            self.front = Some(self.nodes.get(self.front_node)?.iter());
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}

impl<'a> DoubleEndedIterator for Iter<'a> {
    fn next_back(&mut self) -> Option<Entry<'a>> {
        if self.remaining == 0 {
            return None;
        }
        loop {
            if let Some(e) = self.back.as_mut()?.next_back() {
                self.remaining -= 1;
                return Some(e);
            }
            self.back_node = self.back_node.checked_sub(1)?;
            self.back = Some(self.nodes[self.back_node].iter());
        }
    }
}

impl ExactSizeIterator for Iter<'_> {}

#[cfg(test)]
mod tests;
