//! SORT and SORT_RO over lists, sets and sorted sets.
use super::Command;

pub static COMMANDS: &[Command] = &[];
