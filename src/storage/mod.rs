//! In-memory data: the keyspace table (`dict`), values and their encodings (`value`), one
//! database of a shard (`db`), and the pattern matcher keys are filtered with (`glob`).
//!
//! Knows nothing of threads, sockets or RESP: callers hand in the current time and randomness.
pub mod db;
pub mod dict;
pub mod glob;
pub mod listpack;
pub mod quicklist;
pub mod value;

pub use db::{fresh_stamp, lfu_enabled, set_lfu, Db, Entry};
pub use value::Value;
