//! Sorted set commands (ZADD, ZRANGE, ZUNIONSTORE...) on sorted set values.
use super::Command;

pub static COMMANDS: &[Command] = &[];
