//! ringkv: flags and config file, then one event-loop thread per core.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod commands;
mod num;
mod protocol;
mod storage;

fn main() {
    let t = commands::table();
    println!("{} commands", t.all.len());
}
