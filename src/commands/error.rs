//! The one error type of command handlers. Its text is the exact Redis error line (without
//! the leading '-'): clients match on these prefixes.
use std::borrow::Cow;
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error(pub Cow<'static, str>);

pub type CmdResult = Result<(), Error>;

impl Error {
    pub const WRONGTYPE: Error =
        Error::fixed("WRONGTYPE Operation against a key holding the wrong kind of value");
    pub const NOT_INTEGER: Error = Error::fixed("ERR value is not an integer or out of range");
    pub const NOT_FLOAT: Error = Error::fixed("ERR value is not a valid float");
    pub const SYNTAX: Error = Error::fixed("ERR syntax error");
    pub const OVERFLOW: Error = Error::fixed("ERR increment or decrement would overflow");
    pub const NO_SUCH_KEY: Error = Error::fixed("ERR no such key");
    pub const DB_INDEX: Error = Error::fixed("ERR DB index is out of range");
    pub const NOAUTH: Error = Error::fixed("NOAUTH Authentication required.");
    pub const OUT_OF_RANGE: Error = Error::fixed("ERR value is out of range");
    pub const NOT_POSITIVE: Error = Error::fixed("ERR value is out of range, must be positive");
    /// LMPOP and ZMPOP's COUNT.
    pub const COUNT_ZERO: Error = Error::fixed("ERR count should be greater than 0");
    /// getRangeLongFromObjectOrReply's text for counts that must not be LONG_MIN.
    pub const COUNT_RANGE: Error = Error::fixed(
        "ERR value is out of range, value must between -9223372036854775807 and 9223372036854775807",
    );
    pub const NUMKEYS: Error = Error::fixed("ERR numkeys should be greater than 0");
    pub const INVALID_CURSOR: Error = Error::fixed("ERR invalid cursor");
    pub const STRING_TOO_LONG: Error =
        Error::fixed("ERR string exceeds maximum allowed size (proto-max-bulk-len)");

    pub const fn fixed(s: &'static str) -> Error {
        Error(Cow::Borrowed(s))
    }

    pub fn msg(s: String) -> Error {
        Error(Cow::Owned(s))
    }

    pub fn arity(name: &str) -> Error {
        Error::msg(format!(
            "ERR wrong number of arguments for '{}' command",
            name.to_ascii_lowercase()
        ))
    }

    /// Redis's unknown-command text: the name and up to the first arguments, each quoted,
    /// the whole thing cut to a length Redis allows.
    pub fn unknown_command(args: &[&[u8]]) -> Error {
        let mut s = String::from("ERR unknown command '");
        s.push_str(&trunc(args[0], 128));
        s.push_str("', with args beginning with: ");
        // As processCommand: quote each argument, cut to what still fits in 128 bytes,
        // until the listing reaches 128 bytes.
        let mut listed = String::new();
        for a in &args[1..] {
            if listed.len() >= 128 {
                break;
            }
            let width = 128 - listed.len();
            listed.push('\'');
            listed.push_str(&trunc(a, width));
            listed.push_str("' ");
        }
        s.push_str(&listed);
        Error::msg(s)
    }

    pub fn unknown_subcommand(sub: &[u8], cmd: &str) -> Error {
        Error::msg(format!(
            "ERR unknown subcommand '{}'. Try {} HELP.",
            trunc(sub, 128),
            cmd.to_ascii_uppercase()
        ))
    }
}

/// Redis prints user bytes in error messages with `%.*s`: cut at `max` bytes or the first
/// NUL, newlines turned into spaces.
fn trunc(b: &[u8], max: usize) -> String {
    let b = &b[..b.len().min(max)];
    let b = &b[..memchr::memchr(0, b).unwrap_or(b.len())];
    String::from_utf8_lossy(b).replace(['\r', '\n'], " ")
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
