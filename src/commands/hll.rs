//! HyperLogLog commands (PFADD, PFCOUNT, PFMERGE) on string values in Redis's HLL layout.
use super::Command;

pub static COMMANDS: &[Command] = &[];
