//! The provided-buffer ring that multishot receives fill: the kernel picks a free buffer for
//! each completion and tells us its id; we read it, then hand it back with `recycle`.
//!
//! Ownership: a buffer id belongs to the kernel from `recycle` (or start-up) until a receive
//! completion names it; `Received` is the proof we own it, and recycling consumes it.
use io_uring::{types, IoUring};
use std::sync::atomic::{AtomicU16, Ordering};

pub const BGID: u16 = 1;

pub struct BufRing {
    entries: *mut types::BufRingEntry,
    layout: std::alloc::Layout,
    mem: Vec<u8>,
    count: u16,
    size: usize,
    tail: u16,
}

/// A buffer the kernel filled and passed to us; must go back through `BufRing::recycle`.
pub struct Received {
    bid: u16,
    len: usize,
}

impl BufRing {
    /// `count` must be a power of two.
    pub fn new(ring: &IoUring, count: u16, size: usize) -> std::io::Result<BufRing> {
        assert!(count.is_power_of_two());
        let layout =
            std::alloc::Layout::from_size_align(count as usize * 16, 4096).expect("layout");
        // SAFETY: layout has non-zero size; the result is checked for null below.
        let entries = unsafe { std::alloc::alloc_zeroed(layout) } as *mut types::BufRingEntry;
        assert!(!entries.is_null(), "out of memory for the buffer ring");
        let mut br = BufRing {
            entries,
            layout,
            mem: vec![0u8; count as usize * size],
            count,
            size,
            tail: 0,
        };
        for bid in 0..count {
            br.put(bid);
        }
        br.publish();
        // SAFETY: `entries` points to `count` entries that stay allocated (and unmoved) until
        // the BufRing is dropped, after the ring that uses them (the loop owns both and drops
        // the ring first).
        unsafe {
            ring.submitter()
                .register_buf_ring_with_flags(entries as u64, count, BGID, 0)?;
        }
        Ok(br)
    }

    fn put(&mut self, bid: u16) {
        let idx = (self.tail & (self.count - 1)) as usize;
        // SAFETY: idx < count, inside the allocation; the kernel only reads entries past the
        // published tail's previous value, which we are writing before publishing.
        let e = unsafe { &mut *self.entries.add(idx) };
        e.set_addr(self.mem.as_ptr() as u64 + bid as u64 * self.size as u64);
        e.set_len(self.size as u32);
        e.set_bid(bid);
        self.tail = self.tail.wrapping_add(1);
    }

    fn publish(&self) {
        // SAFETY: the tail field lives inside the first entry of our allocation; the kernel
        // reads it concurrently, hence the atomic release store.
        let tail = unsafe { &*(types::BufRingEntry::tail(self.entries) as *const AtomicU16) };
        tail.store(self.tail, Ordering::Release);
    }

    /// Takes ownership of the buffer a receive completion names.
    pub fn received(&self, bid: u16, len: usize) -> Received {
        debug_assert!(len <= self.size && bid < self.count);
        Received { bid, len }
    }

    pub fn data(&self, r: &Received) -> &[u8] {
        let start = r.bid as usize * self.size;
        &self.mem[start..start + r.len]
    }

    /// Gives the buffer back to the kernel.
    pub fn recycle(&mut self, r: Received) {
        self.put(r.bid);
        self.publish();
    }
}

impl Drop for BufRing {
    fn drop(&mut self) {
        // SAFETY: allocated in `new` with this layout; the ring that used it is gone.
        unsafe { std::alloc::dealloc(self.entries as *mut u8, self.layout) };
    }
}
