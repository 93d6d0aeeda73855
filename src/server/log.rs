//! Log lines in redis-server's format (`pid:M 25 Nov 2026 10:45:03.123 * message`), so
//! tools that read Redis logs read ours.
use std::io::Write;
use std::sync::atomic::{AtomicU8, Ordering};

/// 0 debug, 1 verbose, 2 notice, 3 warning (Redis's loglevel names).
static LEVEL: AtomicU8 = AtomicU8::new(2);

pub fn set_level(name: &str) {
    let l = match name {
        "debug" => 0,
        "verbose" => 1,
        "warning" => 3,
        "nothing" => 4,
        _ => 2,
    };
    LEVEL.store(l, Ordering::Relaxed);
}

fn emit(level: u8, mark: char, msg: &str) {
    if level < LEVEL.load(Ordering::Relaxed) {
        return;
    }
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    let secs = now.as_secs() as i64;
    let ms = now.subsec_millis();
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    let t: libc::time_t = secs;
    // SAFETY: gmtime_r writes into our tm and reads our time_t; both live on the stack.
    unsafe { libc::gmtime_r(&t, &mut tm) };
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let line = format!(
        "{}:M {:02} {} {} {:02}:{:02}:{:02}.{:03} {} {}\n",
        std::process::id(),
        tm.tm_mday,
        MONTHS[tm.tm_mon as usize % 12],
        tm.tm_year + 1900,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        ms,
        mark,
        msg
    );
    let _ = std::io::stdout().lock().write_all(line.as_bytes());
}

pub fn notice(msg: &str) {
    emit(2, '*', msg);
}

pub fn warning(msg: &str) {
    emit(3, '#', msg);
}

pub fn verbose(msg: &str) {
    emit(1, '-', msg);
}
