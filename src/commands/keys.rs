//! Keyspace commands (db.c, expire.c): DEL, EXISTS, TYPE, KEYS, SCAN, RENAME, TTLs, OBJECT...
use super::{flag, Command, Ctx, CmdResult, Handler, Keys};

pub static COMMANDS: &[Command] = &[Command {
    summary: "Delete a key",
    ..Command::new(
        "del",
        -2,
        flag::WRITE,
        Keys::Range { first: 1, last: -1, step: 1 },
        Handler::Keyed(del),
    )
}];

fn del(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let mut n = 0;
    for k in &args[1..] {
        if ctx.ks.write(k).is_some() {
            ctx.ks.db().remove(k);
            n += 1;
        }
    }
    ctx.out.int(n);
    Ok(())
}
