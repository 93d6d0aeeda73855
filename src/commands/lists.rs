//! List commands (LPUSH, LRANGE, LMOVE...) on quicklist values.
use super::Command;

pub static COMMANDS: &[Command] = &[];
