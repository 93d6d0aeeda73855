//! ringkv as a library: the layers the binary (`src/main.rs`) puts together, public so
//! benches, fuzz targets and tests can drive each one directly.
//!
//! Layers, each using only those below it: `server` (io_uring loops) -> `shard` (shards,
//! routing, transactions) -> `commands` (the table and the families) -> `storage` and
//! `protocol`; `num` and `config` are leaves everyone may read, and `lazyfree` (a thread
//! that drops big values) one every layer above `storage` may hand values to.
// INFO reads mimalloc's statistics: link its C library into every user of the crate (tests,
// benches), not only the binary that installs it as the global allocator.
extern crate mimalloc;

pub mod commands;
pub mod config;
pub mod lazyfree;
pub mod num;
pub mod protocol;
pub mod server;
pub mod shard;
pub mod storage;
