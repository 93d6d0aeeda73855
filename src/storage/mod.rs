//! In-memory data: the keyspace table (`dict`), values and their encodings (`value`), one
//! database of a shard (`db`), the pattern matcher keys are filtered with (`glob`), and the
//! aggregate encodings (`listpack`, `quicklist`, `hash`, `set`, `zset`) with their thresholds
//! (`limits`).
//!
//! Knows nothing of threads, sockets or RESP: callers hand in the current time and randomness.
pub mod db;
pub mod dict;
pub mod glob;
pub mod hash;
pub mod hll;
pub mod intset;
pub mod limits;
pub mod listpack;
pub mod quicklist;
pub mod set;
pub mod skiplist;
pub mod value;
pub mod zset;

pub use db::{fresh_stamp, lfu_enabled, set_lfu, Db, Entry};
pub use value::Value;
