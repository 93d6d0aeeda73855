//! Hash commands (HSET, HGETALL, HSCAN...) on hash values.
use super::Command;

pub static COMMANDS: &[Command] = &[];
