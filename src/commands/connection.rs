//! Connection commands (PING, ECHO, SELECT, HELLO, AUTH, CLIENT, QUIT, RESET): they run on the
//! connection's own thread and read or change its `Client` state.
use super::{flag, CmdResult, Command, ConnCtx, Handler, Keys};

pub static COMMANDS: &[Command] = &[Command {
    group: "connection",
    summary: "Ping the server",
    ..Command::new("ping", -1, flag::FAST, Keys::None, Handler::Conn(ping))
}];

fn ping(ctx: &mut ConnCtx, args: &[&[u8]]) -> CmdResult {
    match args.len() {
        1 => ctx.out.simple("PONG"),
        2 => ctx.out.bulk(args[1]),
        _ => return Err(super::Error::arity("ping")),
    }
    Ok(())
}
