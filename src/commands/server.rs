//! Server commands (INFO, CONFIG, COMMAND, DBSIZE-like fan-outs, TIME, DEBUG, SHUTDOWN...).
use super::Command;

pub static COMMANDS: &[Command] = &[];
