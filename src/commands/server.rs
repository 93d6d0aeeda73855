//! Server commands (INFO, CONFIG, COMMAND, TIME, DEBUG, SHUTDOWN...).
use std::sync::atomic::{AtomicBool, Ordering};

use super::Command;

static SHUTDOWN: AtomicBool = AtomicBool::new(false);

/// Asks every thread to stop (SHUTDOWN, SIGTERM); the loops poll this once per turn.
pub fn request_shutdown() {
    SHUTDOWN.store(true, Ordering::SeqCst);
}

#[inline]
pub fn shutdown_requested() -> bool {
    SHUTDOWN.load(Ordering::Relaxed)
}

pub static COMMANDS: &[Command] = &[];
