//! RESP2/RESP3 wire format: request parsing (`parse`) and reply encoding (`reply`).
//!
//! Owns the bytes on the wire and nothing else: no sockets, no keyspace, no threads. Every
//! reply any command sends goes through `reply::ReplyBuf`, so RESP2/RESP3 differences live in
//! one place.
pub mod parse;
pub mod reply;

pub use reply::ReplyBuf;
