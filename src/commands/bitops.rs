//! Bitmap commands (SETBIT, BITCOUNT, BITOP, BITFIELD...) on string values.
use super::Command;

pub static COMMANDS: &[Command] = &[];
