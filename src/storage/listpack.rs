//! Listpack: Redis 7.0's compact sequence of strings and integers, byte for byte as
//! `listpack.c` lays it out, so an RDB snapshot writes it as it is and loads Redis's own.
//!
//! ```text
//! +-------------+-------------+---------+---------+-----+---------+------+
//! | total-bytes | num-entries | entry 0 | entry 1 | ... | entry N | 0xFF |
//! |   u32 LE    |   u16 LE    |         |         |     |         |      |
//! +-------------+-------------+---------+---------+-----+---------+------+
//!   bytes 0..4    bytes 4..6    from byte 6                         last byte
//!
//! num-entries is 65535 ("unknown") once the count reaches 65535: count by walking.
//!
//! entry = encoding [+ data] + backlen
//!
//!   encoding (first byte)          data                      value
//!   0xxxxxxx                       -                         uint 0..=127
//!   10llllll                       l bytes                   string, len 0..=63
//!   110vvvvv vvvvvvvv              -                         int -4096..=4095 (13-bit two's compl.)
//!   1110llll llllllll              l bytes                   string, len 0..=4095 (len big-endian)
//!   11110000 l l l l               l bytes (len u32 LE)      string, any len
//!   11110001 v v                   -                         i16 LE
//!   11110010 v v v                 -                         i24 LE
//!   11110011 v v v v               -                         i32 LE
//!   11110100 v v v v v v v v       -                         i64 LE
//!   11110101..11111110             invalid; 11111111 is the terminator
//!
//! backlen = length L of encoding+data, written so it reads right to left from the entry's
//! last byte: 1..=5 bytes, 7 bits each, least significant group in the LAST byte; every
//! byte but the first (lowest address) has bit 7 set ("more to the left").
//!   L <= 127: [L]                 L < 16383: [L>>7, L&127|128]
//!   L < 2097151: [L>>14, L>>7&127|128, L&127|128]   ... up to 5 bytes.
//! ```
//!
//! A string is stored as an integer iff it is a canonical i64 (`crate::num::parse_i64`,
//! Redis's `string2ll` rules), with the smallest integer encoding that holds it; strings use
//! the smallest string encoding. Invariant: `buf` is always a valid listpack and `len` is the
//! exact number of entries (the header field saturates at 65535).
//!
//! Positions: most operations take an entry index (negative counts from the tail, -1 = last);
//! cursors (`first`, `last`, `next`, `prev`, `seek`) are byte offsets of an entry's first byte,
//! valid until the next mutation. Reads never allocate. Owns no other state, knows nothing of
//! RDB framing or commands. No `unsafe`.

use crate::num::parse_i64;

const HDR_SIZE: usize = 6;
const EOF: u8 = 0xFF;
const NUMELE_UNKNOWN: u16 = u16::MAX;

const ENC_32BIT_STR: u8 = 0xF0;
const ENC_16BIT_INT: u8 = 0xF1;
const ENC_24BIT_INT: u8 = 0xF2;
const ENC_32BIT_INT: u8 = 0xF3;
const ENC_64BIT_INT: u8 = 0xF4;

/// One entry as stored: integers come back as integers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry<'a> {
    Str(&'a [u8]),
    Int(i64),
}

impl Entry<'_> {
    /// The entry's string form, written into `scratch` for integers (20 bytes hold any i64).
    pub fn as_bytes<'s>(&'s self, scratch: &'s mut [u8; 20]) -> &'s [u8] {
        match *self {
            Entry::Str(s) => s,
            Entry::Int(v) => crate::num::format_i64(v, scratch),
        }
    }

    /// The entry's string form, allocated.
    pub fn to_vec(&self) -> Vec<u8> {
        let mut scratch = [0u8; 20];
        self.as_bytes(&mut scratch).to_vec()
    }

    /// Whether the entry equals `value` as a string.
    pub fn eq_bytes(&self, value: &[u8]) -> bool {
        let mut scratch = [0u8; 20];
        self.as_bytes(&mut scratch) == value
    }
}

/// An element ready to be written: encoding (+ integer data), string payload, backlen.
struct Encoded<'a> {
    head: [u8; 9],
    head_len: usize,
    payload: &'a [u8],
    backlen: [u8; 5],
    backlen_len: usize,
}

impl<'a> Encoded<'a> {
    fn string(s: &'a [u8]) -> Self {
        match parse_i64(s) {
            Some(v) => Self::int(v),
            None => Self::raw_string(s),
        }
    }

    fn raw_string(s: &'a [u8]) -> Self {
        let mut head = [0u8; 9];
        let len = s.len();
        let head_len = if len < 64 {
            head[0] = 0x80 | len as u8;
            1
        } else if len < 4096 {
            head[0] = 0xE0 | (len >> 8) as u8;
            head[1] = len as u8;
            2
        } else {
            let len = u32::try_from(len).expect("listpack string over 4 GiB");
            head[0] = ENC_32BIT_STR;
            head[1..5].copy_from_slice(&len.to_le_bytes());
            5
        };
        Self::finish(head, head_len, s)
    }

    fn int(v: i64) -> Encoded<'static> {
        let mut head = [0u8; 9];
        let head_len = if (0..=127).contains(&v) {
            head[0] = v as u8;
            1
        } else if (-4096..=4095).contains(&v) {
            let u = (v as u16) & 0x1FFF;
            head[0] = 0xC0 | (u >> 8) as u8;
            head[1] = u as u8;
            2
        } else if i64::from(i16::MIN) <= v && v <= i64::from(i16::MAX) {
            head[0] = ENC_16BIT_INT;
            head[1..3].copy_from_slice(&(v as i16).to_le_bytes());
            3
        } else if (-(1 << 23)..(1 << 23)).contains(&v) {
            head[0] = ENC_24BIT_INT;
            head[1..4].copy_from_slice(&(v as i32).to_le_bytes()[..3]);
            4
        } else if i64::from(i32::MIN) <= v && v <= i64::from(i32::MAX) {
            head[0] = ENC_32BIT_INT;
            head[1..5].copy_from_slice(&(v as i32).to_le_bytes());
            5
        } else {
            head[0] = ENC_64BIT_INT;
            head[1..9].copy_from_slice(&v.to_le_bytes());
            9
        };
        Encoded::finish(head, head_len, &[])
    }

    fn finish(head: [u8; 9], head_len: usize, payload: &'a [u8]) -> Self {
        let mut backlen = [0u8; 5];
        let backlen_len = encode_backlen(&mut backlen, (head_len + payload.len()) as u64);
        Encoded {
            head,
            head_len,
            payload,
            backlen,
            backlen_len,
        }
    }

    fn size(&self) -> usize {
        self.head_len + self.payload.len() + self.backlen_len
    }

    fn write(&self, out: &mut [u8]) {
        let (h, rest) = out.split_at_mut(self.head_len);
        h.copy_from_slice(&self.head[..self.head_len]);
        let (p, b) = rest.split_at_mut(self.payload.len());
        p.copy_from_slice(self.payload);
        b.copy_from_slice(&self.backlen[..self.backlen_len]);
    }
}

/// Number of bytes the backlen of an entry with encoding+data length `l` takes.
fn backlen_size(l: u64) -> usize {
    if l <= 127 {
        1
    } else if l < 16383 {
        2
    } else if l < 2097151 {
        3
    } else if l < 268435455 {
        4
    } else {
        5
    }
}

/// `lpEncodeBacklen`: most significant group first, bit 7 set on all but the first byte.
fn encode_backlen(buf: &mut [u8; 5], l: u64) -> usize {
    let n = backlen_size(l);
    for (i, b) in buf[..n].iter_mut().enumerate() {
        let shift = 7 * (n - 1 - i);
        let group = ((l >> shift) & 127) as u8;
        *b = if i == 0 { group } else { group | 128 };
    }
    n
}

/// Decoded shape of the entry starting at some offset: (encoding+data length, data start,
/// data length for strings). `None` when the bytes do not describe an entry that fits in
/// `buf` before its terminator.
fn entry_shape(buf: &[u8], p: usize) -> Option<(usize, usize)> {
    let b = *buf.get(p)?;
    let need = |n: usize| -> Option<usize> {
        // Header of n bytes must be in bounds.
        if p.checked_add(n)? <= buf.len() {
            Some(n)
        } else {
            None
        }
    };
    let (head, data) = if b & 0x80 == 0 {
        (1, 0)
    } else if b & 0xC0 == 0x80 {
        (1, usize::from(b & 0x3F))
    } else if b & 0xE0 == 0xC0 {
        (need(2)?, 0)
    } else if b & 0xF0 == 0xE0 {
        need(2)?;
        (2, (usize::from(b & 0x0F) << 8) | usize::from(buf[p + 1]))
    } else {
        match b {
            ENC_32BIT_STR => {
                need(5)?;
                let len = u32::from_le_bytes(buf[p + 1..p + 5].try_into().ok()?);
                (5, usize::try_from(len).ok()?)
            }
            ENC_16BIT_INT => (need(3)?, 0),
            ENC_24BIT_INT => (need(4)?, 0),
            ENC_32BIT_INT => (need(5)?, 0),
            ENC_64BIT_INT => (need(9)?, 0),
            _ => return None,
        }
    };
    Some((head, data))
}

/// Decodes the entry at `p` of a valid listpack: the value and the entry's total size.
fn decode(buf: &[u8], p: usize) -> (Entry<'_>, usize) {
    let b = buf[p];
    let (entry, enc_len) = if b & 0x80 == 0 {
        (Entry::Int(i64::from(b)), 1)
    } else if b & 0xC0 == 0x80 {
        let len = usize::from(b & 0x3F);
        (Entry::Str(&buf[p + 1..p + 1 + len]), 1 + len)
    } else if b & 0xE0 == 0xC0 {
        let u = (i64::from(b & 0x1F) << 8) | i64::from(buf[p + 1]);
        let v = if u >= 1 << 12 { u - (1 << 13) } else { u };
        (Entry::Int(v), 2)
    } else if b & 0xF0 == 0xE0 {
        let len = (usize::from(b & 0x0F) << 8) | usize::from(buf[p + 1]);
        (Entry::Str(&buf[p + 2..p + 2 + len]), 2 + len)
    } else {
        match b {
            ENC_32BIT_STR => {
                let len = u32::from_le_bytes([buf[p + 1], buf[p + 2], buf[p + 3], buf[p + 4]]);
                let len = len as usize;
                (Entry::Str(&buf[p + 5..p + 5 + len]), 5 + len)
            }
            ENC_16BIT_INT => {
                let v = i16::from_le_bytes([buf[p + 1], buf[p + 2]]);
                (Entry::Int(i64::from(v)), 3)
            }
            ENC_24BIT_INT => {
                // Place the 3 bytes high in an i32 and shift back to sign-extend.
                let v = i32::from_le_bytes([0, buf[p + 1], buf[p + 2], buf[p + 3]]) >> 8;
                (Entry::Int(i64::from(v)), 4)
            }
            ENC_32BIT_INT => {
                let v = i32::from_le_bytes([buf[p + 1], buf[p + 2], buf[p + 3], buf[p + 4]]);
                (Entry::Int(i64::from(v)), 5)
            }
            ENC_64BIT_INT => {
                let mut a = [0u8; 8];
                a.copy_from_slice(&buf[p + 1..p + 9]);
                (Entry::Int(i64::from_le_bytes(a)), 9)
            }
            _ => unreachable!("listpack invariant: invalid encoding byte {b:#x}"),
        }
    };
    (entry, enc_len + backlen_size(enc_len as u64))
}

/// Size in bytes of the entry at `p` of a valid listpack.
fn entry_size(buf: &[u8], p: usize) -> usize {
    let b = buf[p];
    let enc_len = if b & 0x80 == 0 {
        1
    } else if b & 0xC0 == 0x80 {
        1 + usize::from(b & 0x3F)
    } else if b & 0xE0 == 0xC0 {
        2
    } else if b & 0xF0 == 0xE0 {
        2 + ((usize::from(b & 0x0F) << 8) | usize::from(buf[p + 1]))
    } else {
        match b {
            ENC_32BIT_STR => {
                5 + u32::from_le_bytes([buf[p + 1], buf[p + 2], buf[p + 3], buf[p + 4]]) as usize
            }
            ENC_16BIT_INT => 3,
            ENC_24BIT_INT => 4,
            ENC_32BIT_INT => 5,
            ENC_64BIT_INT => 9,
            _ => unreachable!("listpack invariant: invalid encoding byte {b:#x}"),
        }
    };
    enc_len + backlen_size(enc_len as u64)
}

/// A Redis listpack owning its serialized bytes.
#[derive(Clone, PartialEq, Eq)]
pub struct Listpack {
    buf: Vec<u8>,
    len: usize,
}

impl Default for Listpack {
    fn default() -> Self {
        Self::new()
    }
}

impl std::fmt::Debug for Listpack {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl Listpack {
    /// An empty listpack: 7 bytes.
    pub fn new() -> Self {
        let mut lp = Listpack {
            buf: vec![0, 0, 0, 0, 0, 0, EOF],
            len: 0,
        };
        lp.sync_header();
        lp
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The exact serialized form (what RDB writes).
    pub fn bytes(&self) -> &[u8] {
        &self.buf
    }

    /// Total size in bytes (the header's total-bytes field).
    pub fn total_bytes(&self) -> usize {
        self.buf.len()
    }

    /// Takes a serialized listpack, validating it completely (`lpValidateIntegrity` with
    /// deep checks): header sizes, every entry's encoding, bounds and backlen, the
    /// terminator, and the entry count. Never panics on any input.
    pub fn from_bytes(buf: Vec<u8>) -> Option<Listpack> {
        if buf.len() < HDR_SIZE + 1 || buf.len() > u32::MAX as usize {
            return None;
        }
        let total = u32::from_le_bytes([buf[0], buf[1], buf[2], buf[3]]) as usize;
        if total != buf.len() || buf[buf.len() - 1] != EOF {
            return None;
        }
        let numele = u16::from_le_bytes([buf[4], buf[5]]);
        let end = buf.len() - 1;
        let mut p = HDR_SIZE;
        let mut count = 0usize;
        while p < end {
            let (head, data) = entry_shape(&buf, p)?;
            let enc_len = head.checked_add(data)?;
            let blen = backlen_size(enc_len as u64);
            let next = p.checked_add(enc_len)?.checked_add(blen)?;
            if next > end {
                return None;
            }
            let mut expect = [0u8; 5];
            encode_backlen(&mut expect, enc_len as u64);
            if buf[p + enc_len..next] != expect[..blen] {
                return None;
            }
            p = next;
            count += 1;
        }
        if numele != NUMELE_UNKNOWN && usize::from(numele) != count {
            return None;
        }
        let mut lp = Listpack { buf, len: count };
        lp.sync_header();
        Some(lp)
    }

    /// Gives the serialized bytes back.
    pub fn into_bytes(self) -> Vec<u8> {
        self.buf
    }

    fn sync_header(&mut self) {
        let total = u32::try_from(self.buf.len()).expect("listpack over 4 GiB");
        self.buf[0..4].copy_from_slice(&total.to_le_bytes());
        let n = u16::try_from(self.len).unwrap_or(NUMELE_UNKNOWN);
        self.buf[4..6].copy_from_slice(&n.to_le_bytes());
    }

    // ---- cursors ----

    /// Offset of the first entry.
    pub fn first(&self) -> Option<usize> {
        (self.len > 0).then_some(HDR_SIZE)
    }

    /// Offset of the last entry.
    pub fn last(&self) -> Option<usize> {
        if self.len == 0 {
            None
        } else {
            self.prev(self.buf.len() - 1)
        }
    }

    /// Offset of the entry after the one at `p`.
    pub fn next(&self, p: usize) -> Option<usize> {
        let q = p + entry_size(&self.buf, p);
        (q < self.buf.len() - 1).then_some(q)
    }

    /// Offset of the entry before the one at `p` (`p` may be the terminator's offset).
    pub fn prev(&self, p: usize) -> Option<usize> {
        if p <= HDR_SIZE {
            return None;
        }
        // lpDecodeBacklen: read 7-bit groups right to left while bit 7 says "more".
        let mut q = p - 1;
        let mut l = 0u64;
        let mut shift = 0;
        loop {
            let b = self.buf[q];
            l |= u64::from(b & 127) << shift;
            if b & 128 == 0 {
                break;
            }
            shift += 7;
            q -= 1;
        }
        Some(p - backlen_size(l) - l as usize)
    }

    /// The entry at offset `p`.
    pub fn entry_at(&self, p: usize) -> Entry<'_> {
        decode(&self.buf, p).0
    }

    /// Offset of the entry at `index` (negative from the tail), walking from the nearer end.
    pub fn seek(&self, index: isize) -> Option<usize> {
        let i = self.resolve(index)?;
        if i < self.len / 2 + 1 {
            let mut p = HDR_SIZE;
            for _ in 0..i {
                p += entry_size(&self.buf, p);
            }
            Some(p)
        } else {
            let mut p = self.buf.len() - 1;
            for _ in 0..self.len - i {
                p = self.prev(p)?;
            }
            Some(p)
        }
    }

    fn resolve(&self, index: isize) -> Option<usize> {
        let i = if index < 0 {
            self.len.checked_sub(index.unsigned_abs())?
        } else {
            index as usize
        };
        (i < self.len).then_some(i)
    }

    // ---- reads ----

    /// The entry at `index` (negative from the tail).
    pub fn get(&self, index: isize) -> Option<Entry<'_>> {
        self.seek(index).map(|p| self.entry_at(p))
    }

    pub fn first_entry(&self) -> Option<Entry<'_>> {
        self.first().map(|p| self.entry_at(p))
    }

    pub fn last_entry(&self) -> Option<Entry<'_>> {
        self.last().map(|p| self.entry_at(p))
    }

    /// Forward iteration over all entries (reversible with `.rev()`).
    pub fn iter(&self) -> Iter<'_> {
        Iter {
            lp: self,
            front: HDR_SIZE,
            back: self.buf.len() - 1,
            remaining: self.len,
        }
    }

    /// Iteration from the entry at offset `p` to the end.
    pub fn iter_from(&self, p: usize) -> Iter<'_> {
        let mut remaining = 0;
        let mut q = p;
        while q < self.buf.len() - 1 {
            q += entry_size(&self.buf, q);
            remaining += 1;
        }
        Iter {
            lp: self,
            front: p,
            back: self.buf.len() - 1,
            remaining,
        }
    }

    /// Iteration over entries `start..end` (indices, `end <= len`), both ways.
    pub fn range(&self, start: usize, end: usize) -> Iter<'_> {
        assert!(
            start <= end && end <= self.len,
            "listpack range out of bounds"
        );
        let terminator = self.buf.len() - 1;
        let at = |i: usize| {
            if i == self.len {
                terminator
            } else {
                self.seek(i as isize).expect("index in range")
            }
        };
        Iter {
            lp: self,
            front: at(start),
            back: at(end),
            remaining: end - start,
        }
    }

    /// Offset of the first entry at or after `from` equal to `value`, looking at every
    /// `skip + 1`-th entry (`lpFind`: skip 1 finds hash fields, not values).
    pub fn find_from(&self, from: usize, value: &[u8], skip: usize) -> Option<usize> {
        let as_int = parse_i64(value);
        let end = self.buf.len() - 1;
        let mut p = from;
        while p < end {
            let (e, size) = decode(&self.buf, p);
            let hit = match e {
                Entry::Str(s) => s == value,
                Entry::Int(v) => as_int == Some(v),
            };
            if hit {
                return Some(p);
            }
            p += size;
            for _ in 0..skip {
                if p >= end {
                    return None;
                }
                p += entry_size(&self.buf, p);
            }
        }
        None
    }

    /// Offset of the first entry equal to `value`.
    pub fn find(&self, value: &[u8]) -> Option<usize> {
        self.find_from(HDR_SIZE, value, 0)
    }

    // ---- writes ----

    /// Grows the buffer to exactly `new_len` bytes. Like Redis's lpInsert (one realloc to the
    /// new size) rather than Vec's doubling: a small listpack is the value itself, and spare
    /// capacity on every one of millions of small hashes would be most of their memory.
    /// mimalloc's realloc stays in place while the size class has room, so this is cheap.
    fn grow_exact(&mut self, new_len: usize) {
        let extra = new_len.saturating_sub(self.buf.len());
        self.buf.reserve_exact(extra);
        self.buf.resize(new_len, 0);
    }

    /// Gives back spare capacity once a deletion left a lot of it (lpShrinkToFit).
    fn shrink_if_spare(&mut self) {
        let (len, cap) = (self.buf.len(), self.buf.capacity());
        if cap - len > 64 && cap > len + len / 4 {
            self.buf.shrink_to_fit();
        }
    }

    fn insert_encoded(&mut self, p: usize, enc: &Encoded<'_>) {
        let n = enc.size();
        let old = self.buf.len();
        self.grow_exact(old + n);
        self.buf.copy_within(p..old, p + n);
        enc.write(&mut self.buf[p..p + n]);
        self.len += 1;
        self.sync_header();
    }

    fn replace_encoded(&mut self, p: usize, enc: &Encoded<'_>) {
        let old_size = entry_size(&self.buf, p);
        let n = enc.size();
        if n != old_size {
            let old_len = self.buf.len();
            if n > old_size {
                self.grow_exact(old_len + n - old_size);
                self.buf.copy_within(p + old_size..old_len, p + n);
            } else {
                self.buf.copy_within(p + old_size..old_len, p + n);
                self.buf.truncate(old_len - (old_size - n));
                self.shrink_if_spare();
            }
        }
        enc.write(&mut self.buf[p..p + n]);
        self.sync_header();
    }

    /// Inserts `value` before the entry at offset `p` (the terminator's offset appends).
    pub fn insert_at(&mut self, p: usize, value: &[u8]) {
        self.insert_encoded(p, &Encoded::string(value));
    }

    /// Inserts integer `v` before the entry at offset `p`.
    pub fn insert_int_at(&mut self, p: usize, v: i64) {
        self.insert_encoded(p, &Encoded::int(v));
    }

    fn offset_for_insert(&self, pos: usize) -> usize {
        assert!(pos <= self.len, "listpack insert position out of range");
        if pos == self.len {
            self.buf.len() - 1
        } else {
            self.seek(pos as isize).expect("position checked")
        }
    }

    /// Inserts `value` so that it becomes entry `pos` (0..=len).
    pub fn insert(&mut self, pos: usize, value: &[u8]) {
        let p = self.offset_for_insert(pos);
        self.insert_at(p, value);
    }

    /// Inserts integer `v` so that it becomes entry `pos` (0..=len).
    pub fn insert_int(&mut self, pos: usize, v: i64) {
        let p = self.offset_for_insert(pos);
        self.insert_int_at(p, v);
    }

    pub fn push_back(&mut self, value: &[u8]) {
        let p = self.buf.len() - 1;
        self.insert_at(p, value);
    }

    pub fn push_front(&mut self, value: &[u8]) {
        self.insert_at(HDR_SIZE, value);
    }

    pub fn push_back_int(&mut self, v: i64) {
        let p = self.buf.len() - 1;
        self.insert_int_at(p, v);
    }

    pub fn push_front_int(&mut self, v: i64) {
        self.insert_int_at(HDR_SIZE, v);
    }

    /// Replaces the entry at offset `p` with `value`.
    pub fn replace_at(&mut self, p: usize, value: &[u8]) {
        self.replace_encoded(p, &Encoded::string(value));
    }

    /// Replaces the entry at `index` (negative from the tail); false if out of range.
    pub fn replace(&mut self, index: isize, value: &[u8]) -> bool {
        match self.seek(index) {
            Some(p) => {
                self.replace_at(p, value);
                true
            }
            None => false,
        }
    }

    /// Replaces the entry at `index` with integer `v`; false if out of range.
    pub fn replace_int(&mut self, index: isize, v: i64) -> bool {
        match self.seek(index) {
            Some(p) => {
                self.replace_encoded(p, &Encoded::int(v));
                true
            }
            None => false,
        }
    }

    /// Removes `count` entries starting at offset `p`; returns the offset of the entry that
    /// follows them (or None at the end).
    pub fn remove_at(&mut self, p: usize, count: usize) -> Option<usize> {
        let end = self.buf.len() - 1;
        let mut q = p;
        let mut removed = 0;
        while removed < count && q < end {
            q += entry_size(&self.buf, q);
            removed += 1;
        }
        self.buf.drain(p..q);
        self.shrink_if_spare();
        self.len -= removed;
        self.sync_header();
        (p < self.buf.len() - 1).then_some(p)
    }

    /// Removes the entry at `index` (negative from the tail); false if out of range.
    pub fn remove(&mut self, index: isize) -> bool {
        match self.seek(index) {
            Some(p) => {
                self.remove_at(p, 1);
                true
            }
            None => false,
        }
    }

    /// Removes up to `count` entries starting at `index` (negative from the tail); returns
    /// how many were removed.
    pub fn remove_range(&mut self, index: isize, count: usize) -> usize {
        let Some(i) = self.resolve(index) else {
            return 0;
        };
        let n = count.min(self.len - i);
        if n == 0 {
            return 0;
        }
        if i == 0 && n == self.len {
            *self = Listpack::new();
            return n;
        }
        let p = self.seek(i as isize).expect("index resolved");
        self.remove_at(p, n);
        n
    }

    /// Splits off entries `at..` into a new listpack.
    pub fn split_off(&mut self, at: usize) -> Listpack {
        assert!(at <= self.len, "listpack split position out of range");
        let p = self.offset_for_insert(at);
        let end = self.buf.len() - 1;
        let mut tail = Listpack::new();
        tail.buf.reserve_exact(end - p);
        tail.buf
            .splice(HDR_SIZE..HDR_SIZE, self.buf[p..end].iter().copied());
        tail.len = self.len - at;
        tail.sync_header();
        self.buf.drain(p..end);
        self.shrink_if_spare();
        self.len = at;
        self.sync_header();
        tail
    }

    /// Appends all entries of `other` (`lpMerge` without reallocating `self` twice).
    pub fn append(&mut self, other: &Listpack) {
        let end = self.buf.len() - 1;
        let src = &other.buf[HDR_SIZE..other.buf.len() - 1];
        self.buf.reserve_exact(src.len());
        self.buf.splice(end..end, src.iter().copied());
        self.len += other.len;
        self.sync_header();
    }
}

/// Entries in order; `DoubleEndedIterator`, O(1) per step both ways.
pub struct Iter<'a> {
    lp: &'a Listpack,
    /// Offset of the next entry from the front.
    front: usize,
    /// Offset just past the next entry from the back.
    back: usize,
    remaining: usize,
}

impl<'a> Iterator for Iter<'a> {
    type Item = Entry<'a>;

    fn next(&mut self) -> Option<Entry<'a>> {
        if self.remaining == 0 {
            return None;
        }
        let (e, size) = decode(&self.lp.buf, self.front);
        self.front += size;
        self.remaining -= 1;
        Some(e)
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
        let p = self.lp.prev(self.back)?;
        self.back = p;
        self.remaining -= 1;
        Some(self.lp.entry_at(p))
    }
}

impl ExactSizeIterator for Iter<'_> {}

#[cfg(test)]
pub(crate) mod tests;
