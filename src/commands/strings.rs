//! String commands (t_string.c): GET, SET and friends, counters, ranges, LCS.
use super::{flag, Command, Ctx, CmdResult, Error, Handler, Keys};
use crate::storage::Value;

const K1: Keys = Keys::Range { first: 1, last: 1, step: 1 };

pub static COMMANDS: &[Command] = &[
    Command {
        group: "string",
        summary: "Get the value of a key",
        ..Command::new("get", 2, flag::READONLY | flag::FAST, K1, Handler::Keyed(get))
    },
    Command {
        group: "string",
        summary: "Set the string value of a key",
        ..Command::new("set", -3, flag::WRITE | flag::DENYOOM, K1, Handler::Keyed(set))
    },
];

fn get(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    match ctx.ks.read(args[1]) {
        None => ctx.out.null(),
        Some(e) if e.value.is_string() => super::reply_string(ctx.out, &e.value),
        Some(_) => return Err(Error::WRONGTYPE),
    }
    Ok(())
}

fn set(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    if args.len() != 3 {
        return Err(Error::SYNTAX);
    }
    let now = ctx.ks.now_ms;
    ctx.ks.db().set(args[1], Value::string(args[2]), now);
    ctx.out.ok();
    Ok(())
}
