//! ringkv as a library: the layers the binary (`src/main.rs`) puts together, public so
//! benches, fuzz targets and tests can drive each one directly.
//!
//! Layers, each using only those below it: `server` (io_uring loops) -> `shard` (shards,
//! routing, transactions) -> `commands` (the table and the families) -> `storage` and
//! `protocol`; `num` and `config` are leaves everyone may read.
pub mod commands;
pub mod config;
pub mod num;
pub mod protocol;
pub mod server;
pub mod shard;
pub mod storage;
