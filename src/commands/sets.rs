//! Set commands (SADD, SINTER, SSCAN...) on set values.
use super::Command;

pub static COMMANDS: &[Command] = &[];
