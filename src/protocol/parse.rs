//! Request parser: a stateless mirror of Redis 7.0's `processMultibulkBuffer`,
//! `processInlineBuffer` (networking.c) and `sdssplitargs` (sds.c).
//!
//! The parser looks at the start of the connection's query buffer and either
//! returns one whole request, says more bytes are needed, or reports the
//! protocol error Redis would reply with (after which Redis closes the
//! connection).
//!
//! Redis keeps parse state between reads (`multibulklen`, `bulklen`); this
//! parser re-parses the pending request from its first byte on every call
//! instead. Given the same buffer contents at each call, the outcome is the
//! same, because every check Redis makes depends only on the bytes from the
//! current header onwards.
//!
//! Cost of being stateless: a request that arrives over many reads is parsed
//! from its first byte on each call. While a bulk payload is outstanding the
//! `need` hint lets the caller skip calls until it is complete (that changes
//! nothing Redis would do). A request with very many small arguments arriving
//! in many reads is re-scanned on every read, which Redis, resuming where it
//! stopped, does not do; only authenticated clients can send more than 10
//! arguments.
//!
//! Redis quirks that are reproduced on purpose (all checked against a real
//! 7.0.15 server):
//! - Line searches are C `strchr` on a NUL-terminated buffer: a NUL byte before
//!   the `\r` (multibulk) or `\n` (inline) means "no line end yet", forever,
//!   until the pending bytes exceed 64 KiB and the "too big" error fires.
//! - In multibulk requests the byte after each `\r` is never checked (Redis
//!   skips two bytes), and neither are the two bytes after a bulk payload.
//! - `expected '$', got 'X'` carries the raw byte; `\r` and `\n` are turned into
//!   a space (addReplyErrorFormat does that), other bytes, even ones above 0x7f,
//!   are sent as they are.
//! - Unquoted inline tokens end only at space, `\t`, `\r`, `\n`; `\v` and `\f`
//!   are skipped between tokens but are ordinary bytes inside one. A closing
//!   quote must be followed by end of line or any C `isspace` byte.

use memchr::memchr2;
use std::fmt;

/// Redis `PROTO_INLINE_MAX_SIZE`: longest pending inline line / count line
/// without a line end before the connection is dropped.
pub const PROTO_INLINE_MAX_SIZE: usize = 64 * 1024;
/// Largest multibulk count an unauthenticated client may send.
pub const UNAUTH_MAX_MULTIBULK: i64 = 10;
/// Largest bulk length an unauthenticated client may send.
pub const UNAUTH_MAX_BULK: i64 = 16384;
/// Default `proto-max-bulk-len` (512 MiB).
pub const DEFAULT_MAX_BULK_LEN: u64 = 512 * 1024 * 1024;

/// Limits from config (proto-max-bulk-len default 512mb = 536870912).
/// Redis exempts its replication master link from `max_bulk_len`; a caller
/// parsing a master stream passes `u64::MAX`.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    pub max_bulk_len: u64,
    /// `false` when Redis's `authRequired(c)` would be true (a password is set
    /// and the client has not authenticated yet).
    pub authenticated: bool,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_bulk_len: DEFAULT_MAX_BULK_LEN,
            authenticated: true,
        }
    }
}

/// A byte range [start, end) of one argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    #[inline]
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    #[inline]
    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    #[inline]
    pub fn is_empty(self) -> bool {
        self.end == self.start
    }
}

/// Outcome of one [`parse_request`] call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Parsed {
    /// One whole request. Arguments are in `spans`; for a multibulk request
    /// they index into the input buffer; for an inline request they index into
    /// `inline_buf` (inline args are unescaped so they must be owned).
    /// `consumed` bytes of the input make up the request. `spans` may be empty
    /// (`*0\r\n`, `*-1\r\n`, an empty inline line): Redis skips those silently,
    /// the caller does too.
    Request { consumed: usize, inline: bool },
    /// Not enough bytes yet. `need` is the total buffered size needed when it
    /// is known (a bulk whose header was read: header end + len + 2), else 0.
    /// The caller keeps the bytes and calls again with more appended. Waiting
    /// until `need` bytes are buffered before calling again is safe: nothing
    /// Redis checks can change before then.
    Incomplete { need: usize },
    /// A protocol error: the caller sends `-ERR <message>\r\n`
    /// (`-ERR ` + [`ProtocolError::as_bytes`]) and then closes the connection.
    Error(ProtocolError),
}

/// The protocol errors of Redis 7.0's request parser.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProtocolError {
    /// No `\n` within 64 KiB of an inline request.
    TooBigInlineRequest,
    /// sdssplitargs failed: unterminated quote, or closing quote not followed
    /// by a space or end of line.
    UnbalancedQuotes,
    /// No `\r` within 64 KiB of a `*` count line.
    TooBigMbulkCount,
    /// The count is not a valid string2ll number or is above INT_MAX.
    InvalidMultibulkLength,
    /// Count above 10 from a client that still has to authenticate.
    UnauthenticatedMultibulkLength,
    /// A bulk header line that does not start with `$`; holds that byte.
    ExpectedDollar(u8),
    /// No `\r` within 64 KiB of a `$` header line.
    TooBigBulkCount,
    /// The length is not a valid number, negative, or above proto-max-bulk-len.
    InvalidBulkLength,
    /// Bulk length above 16384 from a client that still has to authenticate.
    UnauthenticatedBulkLength,
}

const EXPECTED_PREFIX: &[u8] = b"Protocol error: expected '$', got '";
const EXPECTED_LEN: usize = EXPECTED_PREFIX.len() + 2;

/// Every possible "expected '$', got 'X'" message, so that the message is a
/// `&'static [u8]` without allocating.
static EXPECTED_DOLLAR: [[u8; EXPECTED_LEN]; 256] = build_expected_dollar();

const fn build_expected_dollar() -> [[u8; EXPECTED_LEN]; 256] {
    let mut table = [[0u8; EXPECTED_LEN]; 256];
    let mut b = 0;
    while b < 256 {
        let mut i = 0;
        while i < EXPECTED_PREFIX.len() {
            table[b][i] = EXPECTED_PREFIX[i];
            i += 1;
        }
        // addReplyErrorFormat maps "\r\n" to spaces.
        table[b][i] = if b == b'\r' as usize || b == b'\n' as usize {
            b' '
        } else {
            b as u8
        };
        table[b][i + 1] = b'\'';
        b += 1;
    }
    table
}

impl ProtocolError {
    /// The exact message Redis sends after `-ERR `, without the CRLF. Bytes,
    /// not `str`: in `ExpectedDollar` the byte may be anything from 0x01 to
    /// 0xff and Redis sends it raw.
    pub fn as_bytes(&self) -> &'static [u8] {
        match self {
            ProtocolError::TooBigInlineRequest => b"Protocol error: too big inline request",
            ProtocolError::UnbalancedQuotes => b"Protocol error: unbalanced quotes in request",
            ProtocolError::TooBigMbulkCount => b"Protocol error: too big mbulk count string",
            ProtocolError::InvalidMultibulkLength => b"Protocol error: invalid multibulk length",
            ProtocolError::UnauthenticatedMultibulkLength => {
                b"Protocol error: unauthenticated multibulk length"
            }
            ProtocolError::ExpectedDollar(b) => &EXPECTED_DOLLAR[*b as usize],
            ProtocolError::TooBigBulkCount => b"Protocol error: too big bulk count string",
            ProtocolError::InvalidBulkLength => b"Protocol error: invalid bulk length",
            ProtocolError::UnauthenticatedBulkLength => {
                b"Protocol error: unauthenticated bulk length"
            }
        }
    }
}

impl fmt::Display for ProtocolError {
    /// The message without "-ERR ". Exact for every error except
    /// `ExpectedDollar` with a byte >= 0x80, which is shown as the Unicode
    /// character of the same number (Latin-1); use [`ProtocolError::as_bytes`]
    /// for the wire.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProtocolError::ExpectedDollar(b) if *b >= 0x80 => {
                write!(f, "Protocol error: expected '$', got '{}'", char::from(*b))
            }
            // Everything else is ASCII.
            _ => f.write_str(std::str::from_utf8(self.as_bytes()).unwrap_or("")),
        }
    }
}

impl std::error::Error for ProtocolError {}

/// Parses one request from the start of `buf` (the pending query buffer).
///
/// `spans` and `inline_buf` are cleared first; on `Request` they hold the
/// arguments, otherwise they are left empty.
pub fn parse_request(
    buf: &[u8],
    lim: &Limits,
    spans: &mut Vec<Span>,
    inline_buf: &mut Vec<u8>,
) -> Parsed {
    spans.clear();
    inline_buf.clear();
    // Spans are u32. The query buffer limit is 1 GiB so this never cuts
    // anything in practice; it keeps every position representable.
    let buf = &buf[..buf.len().min(u32::MAX as usize)];
    let parsed = match buf.first() {
        None => return Parsed::Incomplete { need: 0 },
        Some(b'*') => parse_multibulk(buf, lim, spans),
        Some(_) => parse_inline(buf, spans, inline_buf),
    };
    if !matches!(parsed, Parsed::Request { .. }) {
        spans.clear();
        inline_buf.clear();
    }
    parsed
}

/// No line end found in `pending` bytes: Redis waits unless more than
/// PROTO_INLINE_MAX_SIZE bytes are pending.
#[inline]
fn no_line_end(pending: usize, err: ProtocolError) -> Parsed {
    if pending > PROTO_INLINE_MAX_SIZE {
        Parsed::Error(err)
    } else {
        Parsed::Incomplete { need: 0 }
    }
}

/// C `strchr(hay, c)` on a NUL-terminated buffer (`c` is `\r` or `\n`):
/// the index of the first `c`, or `None` if a NUL or the end comes first.
#[inline(always)]
fn strchr(hay: &[u8], c: u8) -> Option<usize> {
    // Header lines are short ("$3", "*2"), so are many inline commands: a
    // plain scan of the first bytes beats memchr's call and setup.
    const HEAD: usize = 16;
    let head = if hay.len() > HEAD { &hay[..HEAD] } else { hay };
    for (i, &b) in head.iter().enumerate() {
        // '\r' and '\n' are below 14: one compare for most bytes.
        if b <= b'\r' {
            if b == c {
                return Some(i);
            }
            if b == 0 {
                return None;
            }
        }
    }
    if hay.len() <= HEAD {
        return None;
    }
    let tail = &hay[HEAD..];
    match memchr2(c, 0, tail) {
        Some(j) if tail[j] == c => Some(HEAD + j),
        _ => None,
    }
}

/// `strchr(hay, '\r')`.
#[inline(always)]
fn find_cr(hay: &[u8]) -> Option<usize> {
    strchr(hay, b'\r')
}

/// Redis `string2ll` (util.c): the one implementation lives in `crate::num`.
#[inline]
pub fn string2ll(s: &[u8]) -> Option<i64> {
    crate::num::parse_i64(s)
}

/// Reads the header line at the start of `rest` (`*<count>` or `$<len>`):
/// `rest[0]` is the type byte, already checked to be `*` or `$`. Returns the
/// number as string2ll reads it (None if invalid) and the index of its `\r`,
/// or the outcome when the line is not complete.
#[inline(always)]
fn number_line(rest: &[u8], too_big: ProtocolError) -> Result<(Option<i64>, usize), Parsed> {
    // Fast path: 1 to 18 digits, no leading zero, then '\r'. Neither the
    // type byte nor digits are '\r' or NUL, so that '\r' is the one strchr
    // would find, and the number is valid and cannot overflow.
    let digits = &rest[1..];
    let mut v: u64 = 0;
    for (i, &b) in digits.iter().take(19).enumerate() {
        let d = b.wrapping_sub(b'0');
        if d <= 9 {
            v = v * 10 + u64::from(d);
            continue;
        }
        if b == b'\r' && i > 0 && (i == 1 || digits[0] != b'0') {
            let cr = i + 1;
            if cr + 2 > rest.len() {
                return Err(Parsed::Incomplete { need: 0 });
            }
            return Ok((Some(v as i64), cr));
        }
        break;
    }
    number_line_slow(rest, too_big)
}

/// The general path of [`number_line`]: strchr for '\r', then string2ll on
/// what is before it. Out of line so the hot loop keeps its registers.
#[cold]
#[inline(never)]
fn number_line_slow(rest: &[u8], too_big: ProtocolError) -> Result<(Option<i64>, usize), Parsed> {
    let cr = match find_cr(rest) {
        Some(i) => i,
        None => return Err(no_line_end(rest.len(), too_big)),
    };
    // The buffer must also hold the byte after '\r' (never checked).
    if cr + 2 > rest.len() {
        return Err(Parsed::Incomplete { need: 0 });
    }
    Ok((string2ll(&rest[1..cr]), cr))
}

/// processMultibulkBuffer. `buf[0] == b'*'`.
#[inline]
fn parse_multibulk(buf: &[u8], lim: &Limits, spans: &mut Vec<Span>) -> Parsed {
    let (count, cr) = match number_line(buf, ProtocolError::TooBigMbulkCount) {
        Ok(x) => x,
        Err(p) => return p,
    };
    let count = match count {
        Some(n) if n <= i64::from(i32::MAX) => n,
        _ => return Parsed::Error(ProtocolError::InvalidMultibulkLength),
    };
    if count > UNAUTH_MAX_MULTIBULK && !lim.authenticated {
        return Parsed::Error(ProtocolError::UnauthenticatedMultibulkLength);
    }
    if count <= 0 {
        return Parsed::Request {
            consumed: cr + 2,
            inline: false,
        };
    }
    // Like Redis's argv_len = min(multibulklen, 1024): a count alone must not
    // make us allocate much.
    spans.reserve((count as usize).min(1024));

    // Largest bulk length that passes both proto-max-bulk-len and the
    // unauthenticated limit; anything above goes to bulk_len_error.
    let len_limit = if lim.authenticated {
        lim.max_bulk_len
    } else {
        lim.max_bulk_len.min(UNAUTH_MAX_BULK as u64)
    };
    // `rest` is what follows the last complete element; its start is at
    // `buf.len() - rest.len()`.
    let mut rest = &buf[cr + 2..];
    for _ in 0..count {
        let Some(&first) = rest.first() else {
            return Parsed::Incomplete { need: 0 };
        };
        if first != b'$' {
            return not_dollar(rest);
        }
        let (len, cr) = match number_line(rest, ProtocolError::TooBigBulkCount) {
            Ok(x) => x,
            Err(p) => return p,
        };
        // One compare in the common case; a negative length wraps above any
        // limit.
        let len = match len {
            Some(n) if n as u64 <= len_limit => n as u64,
            _ => return Parsed::Error(bulk_len_error(len, lim)),
        };
        let body = &rest[cr + 2..];
        let start = buf.len() - body.len();
        // Payload plus two bytes that Redis skips without looking at them.
        if (body.len() as u64) < len + 2 {
            let need = (start as u64).saturating_add(len + 2);
            return Parsed::Incomplete {
                need: usize::try_from(need).unwrap_or(usize::MAX),
            };
        }
        // Fits: start + len + 2 <= buf.len() <= u32::MAX.
        let len = len as usize;
        spans.push(Span {
            start: start as u32,
            end: (start + len) as u32,
        });
        rest = &body[len + 2..];
    }
    Parsed::Request {
        consumed: buf.len() - rest.len(),
        inline: false,
    }
}

/// A bulk header that does not start with '$': Redis looks for the whole
/// line before it checks the '$'.
#[cold]
#[inline(never)]
fn not_dollar(rest: &[u8]) -> Parsed {
    match find_cr(rest) {
        None => no_line_end(rest.len(), ProtocolError::TooBigBulkCount),
        Some(cr) if cr + 2 > rest.len() => Parsed::Incomplete { need: 0 },
        Some(_) => Parsed::Error(ProtocolError::ExpectedDollar(rest[0])),
    }
}

/// Which error a bulk length above the fast-path limit is, in Redis's order.
#[cold]
fn bulk_len_error(len: Option<i64>, lim: &Limits) -> ProtocolError {
    match len {
        Some(n) if n >= 0 && n as u64 <= lim.max_bulk_len => {
            debug_assert!(n > UNAUTH_MAX_BULK && !lim.authenticated);
            ProtocolError::UnauthenticatedBulkLength
        }
        _ => ProtocolError::InvalidBulkLength,
    }
}

/// processInlineBuffer. `buf` is not empty and does not start with `*`.
fn parse_inline(buf: &[u8], spans: &mut Vec<Span>, inline_buf: &mut Vec<u8>) -> Parsed {
    // strchr(querybuf, '\n'): a NUL first means "not found".
    let nl = match strchr(buf, b'\n') {
        Some(i) => i,
        None => return no_line_end(buf.len(), ProtocolError::TooBigInlineRequest),
    };
    let mut end = nl;
    if end > 0 && buf[end - 1] == b'\r' {
        end -= 1;
    }
    if split_args(&buf[..end], spans, inline_buf).is_err() {
        return Parsed::Error(ProtocolError::UnbalancedQuotes);
    }
    Parsed::Request {
        consumed: nl + 1,
        inline: true,
    }
}

/// C `isspace` in the C locale.
#[inline]
fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

#[inline]
fn hex_val(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

struct Unbalanced;

/// sdssplitargs over `line`, which holds no NUL (the line search stops at
/// one), so its end plays the part of the C terminator.
///
/// `out` (empty on entry) first gets a copy of the whole line: a token
/// without quotes is a slice of that copy. A token with a quoted part is
/// unescaped into `out` after the copy. `spans` index into `out`.
fn split_args(line: &[u8], spans: &mut Vec<Span>, out: &mut Vec<u8>) -> Result<(), Unbalanced> {
    out.extend_from_slice(line);
    let n = line.len();
    let mut i = 0;
    loop {
        // Skip blanks (isspace).
        while i < n && is_c_space(line[i]) {
            i += 1;
        }
        if i >= n {
            return Ok(());
        }
        // Unquoted part: ends at ' ', '\n', '\r', '\t' (not '\v' / '\f'), a
        // quote, or the end of the line.
        let run = line[i..]
            .iter()
            .position(|&b| matches!(b, b' ' | b'\n' | b'\r' | b'\t' | b'"' | b'\''))
            .map_or(n, |p| i + p);
        let quote = match line.get(run) {
            Some(&q @ (b'"' | b'\'')) => q,
            // The end of the line, or a terminator consumed with the token.
            _ => {
                spans.push(Span {
                    start: i as u32,
                    end: run as u32,
                });
                i = run + 1;
                continue;
            }
        };
        let start = out.len();
        out.extend_from_within(i..run);
        i = if quote == b'"' {
            double_quoted(line, run + 1, out)?
        } else {
            single_quoted(line, run + 1, out)?
        };
        spans.push(Span {
            start: start as u32,
            end: out.len() as u32,
        });
    }
}

/// The closing quote at `line[q]` must be followed by the end or a space;
/// returns the index after the quote.
#[inline]
fn close_quote(line: &[u8], q: usize) -> Result<usize, Unbalanced> {
    match line.get(q + 1) {
        Some(&b) if !is_c_space(b) => Err(Unbalanced),
        _ => Ok(q + 1),
    }
}

/// Contents of a "double quoted" string starting at `i` (after the quote).
fn double_quoted(line: &[u8], mut i: usize, out: &mut Vec<u8>) -> Result<usize, Unbalanced> {
    loop {
        let rest = &line[i..];
        let Some(p) = memchr2(b'\\', b'"', rest) else {
            // Unterminated quotes.
            return Err(Unbalanced);
        };
        out.extend_from_slice(&rest[..p]);
        i += p;
        if line[i] == b'"' {
            return close_quote(line, i);
        }
        // A backslash.
        let Some(&next) = line.get(i + 1) else {
            // "\" at the very end: taken literally, then the quote is
            // unterminated.
            return Err(Unbalanced);
        };
        if next == b'x' {
            if let (Some(hi), Some(lo)) = (
                line.get(i + 2).copied().and_then(hex_val),
                line.get(i + 3).copied().and_then(hex_val),
            ) {
                out.push(hi * 16 + lo);
                i += 4;
                continue;
            }
        }
        out.push(match next {
            b'n' => b'\n',
            b'r' => b'\r',
            b't' => b'\t',
            b'b' => 0x08,
            b'a' => 0x07,
            other => other,
        });
        i += 2;
    }
}

/// Contents of a 'single quoted' string starting at `i` (after the quote).
/// Only \' is an escape.
fn single_quoted(line: &[u8], mut i: usize, out: &mut Vec<u8>) -> Result<usize, Unbalanced> {
    loop {
        let rest = &line[i..];
        let Some(p) = memchr2(b'\\', b'\'', rest) else {
            return Err(Unbalanced);
        };
        out.extend_from_slice(&rest[..p]);
        i += p;
        if line[i] == b'\'' {
            return close_quote(line, i);
        }
        if line.get(i + 1) == Some(&b'\'') {
            out.push(b'\'');
            i += 2;
        } else {
            out.push(b'\\');
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const AUTH: Limits = Limits {
        max_bulk_len: DEFAULT_MAX_BULK_LEN,
        authenticated: true,
    };
    const NOAUTH: Limits = Limits {
        max_bulk_len: DEFAULT_MAX_BULK_LEN,
        authenticated: false,
    };

    /// What a connection sees: a command (skipped empty ones included), or
    /// the error that ends the connection.
    #[derive(Clone, Debug, PartialEq, Eq)]
    enum Ev {
        Cmd(Vec<Vec<u8>>),
        Err(ProtocolError),
    }

    fn args_of(buf: &[u8], p: Parsed, spans: &[Span], inline_buf: &[u8]) -> Vec<Vec<u8>> {
        let Parsed::Request { inline, .. } = p else {
            panic!("not a request: {p:?}")
        };
        let src = if inline { inline_buf } else { buf };
        spans.iter().map(|s| src[s.range()].to_vec()).collect()
    }

    /// Parses exactly one whole request, which must be all of `input`.
    fn one(input: &[u8]) -> Vec<Vec<u8>> {
        let (mut spans, mut ib) = (Vec::new(), Vec::new());
        let p = parse_request(input, &AUTH, &mut spans, &mut ib);
        match p {
            Parsed::Request { consumed, .. } => {
                assert_eq!(consumed, input.len(), "consumed for {input:?}");
                args_of(input, p, &spans, &ib)
            }
            other => panic!("{:?}: {other:?}", String::from_utf8_lossy(input)),
        }
    }

    fn parse1(input: &[u8], lim: &Limits) -> Parsed {
        let (mut spans, mut ib) = (Vec::new(), Vec::new());
        parse_request(input, lim, &mut spans, &mut ib)
    }

    fn err_of(input: &[u8], lim: &Limits) -> ProtocolError {
        match parse1(input, lim) {
            Parsed::Error(e) => e,
            other => panic!(
                "{:?}: expected an error, got {other:?}",
                String::from_utf8_lossy(input)
            ),
        }
    }

    /// Feeds `chunks` as successive reads, the way a connection does.
    /// Returns the events and whether bytes are left pending.
    fn run(chunks: &[&[u8]], lim: &Limits) -> (Vec<Ev>, usize) {
        let (mut spans, mut ib) = (Vec::new(), Vec::new());
        let mut buf: Vec<u8> = Vec::new();
        let mut evs = Vec::new();
        for c in chunks {
            buf.extend_from_slice(c);
            loop {
                let p = parse_request(&buf, lim, &mut spans, &mut ib);
                match p {
                    Parsed::Request { consumed, .. } => {
                        assert!(consumed > 0 && consumed <= buf.len());
                        evs.push(Ev::Cmd(args_of(&buf, p, &spans, &ib)));
                        buf.drain(..consumed);
                    }
                    Parsed::Incomplete { need } => {
                        assert!(need == 0 || need > buf.len());
                        break;
                    }
                    Parsed::Error(e) => {
                        evs.push(Ev::Err(e));
                        return (evs, buf.len());
                    }
                }
            }
        }
        (evs, buf.len())
    }

    fn cmd(args: &[&[u8]]) -> Ev {
        Ev::Cmd(args.iter().map(|a| a.to_vec()).collect())
    }

    fn v(args: &[&[u8]]) -> Vec<Vec<u8>> {
        args.iter().map(|a| a.to_vec()).collect()
    }

    /// (input, args) pairs, each input exactly one request.
    fn good_cases() -> Vec<(Vec<u8>, Vec<Vec<u8>>)> {
        let big = vec![b'x'; 100_000];
        let mut big_req = b"*2\r\n$3\r\nSET\r\n$100000\r\n".to_vec();
        big_req.extend_from_slice(&big);
        big_req.extend_from_slice(b"\r\n");
        let mut cases: Vec<(Vec<u8>, Vec<Vec<u8>>)> = vec![
            // Multibulk.
            (b"*1\r\n$4\r\nPING\r\n".to_vec(), v(&[b"PING"])),
            (
                b"*2\r\n$3\r\nGET\r\n$3\r\nfoo\r\n".to_vec(),
                v(&[b"GET", b"foo"]),
            ),
            (
                b"*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$0\r\n\r\n".to_vec(),
                v(&[b"SET", b"k", b""]),
            ),
            // Binary payload: CR, LF, NUL, '*', '$' are plain data.
            (
                b"*2\r\n$4\r\nECHO\r\n$6\r\n\r\n\0*$\xff\r\n".to_vec(),
                v(&[b"ECHO", b"\r\n\0*$\xff"]),
            ),
            (b"*0\r\n".to_vec(), vec![]),
            (b"*-1\r\n".to_vec(), vec![]),
            (b"*-9223372036854775808\r\n".to_vec(), vec![]),
            // Redis never checks the byte after '\r' nor the payload's CRLF.
            (b"*1\rX$4\rYPINGab".to_vec(), v(&[b"PING"])),
            (b"*1\r\n$4\r\nPING\n\n".to_vec(), v(&[b"PING"])),
            (big_req, vec![b"SET".to_vec(), big]),
            // Inline.
            (b"PING\r\n".to_vec(), v(&[b"PING"])),
            (b"PING\n".to_vec(), v(&[b"PING"])),
            (b"\r\n".to_vec(), vec![]),
            (b"\n".to_vec(), vec![]),
            (b"   \t \x0b\x0c\r\n".to_vec(), vec![]),
            (b"  set   a  b \r\n".to_vec(), v(&[b"set", b"a", b"b"])),
            // Only the last '\r' is dropped; a '\r' inside ends a token.
            (b"\r\r\n".to_vec(), vec![]),
            (b"ECHO a\rb\r\n".to_vec(), v(&[b"ECHO", b"a", b"b"])),
            (b"a\tb\r\n".to_vec(), v(&[b"a", b"b"])),
            // '\v' and '\f' are skipped between tokens but not token ends.
            (b"ECHO a\x0bb\r\n".to_vec(), v(&[b"ECHO", b"a\x0bb"])),
            (b"\x0bECHO\x0c\r\n".to_vec(), v(&[b"ECHO\x0c"])),
            // Bytes above 0x7f are ordinary.
            (b"ECHO \xff\xfe\r\n".to_vec(), v(&[b"ECHO", b"\xff\xfe"])),
            // A '*' that is not first is ordinary.
            (b"a*b *\r\n".to_vec(), v(&[b"a*b", b"*"])),
            // Double quotes, every escape.
            (
                br#"ECHO "\x41\x4g\n\r\t\b\a\\\"\q""#.iter().chain(b"\r\n").copied().collect(),
                v(&[b"ECHO", b"Ax4g\n\r\t\x08\x07\\\"q"]),
            ),
            (
                br#"x "\xff\x00\xAb\xaB""#.iter().chain(b"\n").copied().collect(),
                v(&[b"x", b"\xff\x00\xab\xab"]),
            ),
            (
                br#"x "\x4""#.iter().chain(b"\n").copied().collect(),
                v(&[b"x", b"x4"]),
            ),
            (
                br#"x "\x""#.iter().chain(b"\n").copied().collect(),
                v(&[b"x", b"x"]),
            ),
            (b"x \"\"\r\n".to_vec(), v(&[b"x", b""])),
            (b"\"\" ''\r\n".to_vec(), v(&[b"", b""])),
            (b"x \"a b\tc\r\"\r\n".to_vec(), v(&[b"x", b"a b\tc\r"])),
            (b"x \"it's\"\r\n".to_vec(), v(&[b"x", b"it's"])),
            // Single quotes: only \' is an escape.
            (
                br"x 'a\'b\n\\c'".iter().chain(b"\r\n").copied().collect(),
                v(&[b"x", br"a'b\n\\c"]),
            ),
            (b"x 'say \"hi\"'\r\n".to_vec(), v(&[b"x", b"say \"hi\""])),
            (
                br"x 'a\'".iter().chain(b" '\n").copied().collect(),
                v(&[b"x", b"a' "]),
            ),
            // A quote inside a token opens a quoted part of the same token.
            (
                b"ECHO foo\"bar baz\"\r\n".to_vec(),
                v(&[b"ECHO", b"foobar baz"]),
            ),
            (
                b"ECHO foo'bar baz'\r\n".to_vec(),
                v(&[b"ECHO", b"foobar baz"]),
            ),
            // A closing quote may be followed by any isspace byte.
            (b"\"a\"\x0bb\r\n".to_vec(), v(&[b"a", b"b"])),
            (b"\"a\"\x0c\r\n".to_vec(), v(&[b"a"])),
            (b"'a'\tb\n".to_vec(), v(&[b"a", b"b"])),
            (b"'a'\rb\r\n".to_vec(), v(&[b"a", b"b"])),
        ];
        let long_inline = {
            let mut l = vec![b'a'; PROTO_INLINE_MAX_SIZE + 100];
            l.push(b'\n');
            l
        };
        cases.push((
            long_inline.clone(),
            vec![long_inline[..long_inline.len() - 1].to_vec()],
        ));
        cases
    }

    #[test]
    fn good_inputs() {
        for (input, want) in good_cases() {
            assert_eq!(one(&input), want, "{:?}", String::from_utf8_lossy(&input));
        }
    }

    #[test]
    fn multibulk_spans_point_into_input() {
        let input = b"*2\r\n$3\r\nGET\r\n$3\r\nfoo\r\n";
        let (mut spans, mut ib) = (Vec::new(), Vec::new());
        let p = parse_request(input, &AUTH, &mut spans, &mut ib);
        assert_eq!(
            p,
            Parsed::Request {
                consumed: input.len(),
                inline: false
            }
        );
        assert_eq!(
            spans,
            [Span { start: 8, end: 11 }, Span { start: 17, end: 20 }]
        );
        assert!(ib.is_empty());
        // The buffers are cleared on the next call.
        let p = parse_request(b"PING\r\n", &AUTH, &mut spans, &mut ib);
        assert_eq!(
            p,
            Parsed::Request {
                consumed: 6,
                inline: true
            }
        );
        assert_eq!(spans, [Span { start: 0, end: 4 }]);
        assert_eq!(ib, b"PING");
        assert!(matches!(
            parse_request(b"*1\r\n", &AUTH, &mut spans, &mut ib),
            Parsed::Incomplete { .. }
        ));
        assert!(spans.is_empty() && ib.is_empty());
    }

    #[test]
    fn every_strict_prefix_is_incomplete() {
        for (input, _) in good_cases() {
            if input.len() > 1000 {
                // The long ones: a few prefixes only, and none past 64 KiB
                // without a line end (those are "too big" errors).
                for cut in [0, 1, 2, 10, 30, 100, PROTO_INLINE_MAX_SIZE] {
                    let p = parse1(&input[..cut], &AUTH);
                    assert!(
                        matches!(p, Parsed::Incomplete { .. }),
                        "prefix {cut}: {p:?}"
                    );
                }
                continue;
            }
            for cut in 0..input.len() {
                match parse1(&input[..cut], &AUTH) {
                    Parsed::Incomplete { need } => {
                        assert!(need == 0 || (need > cut && need <= input.len()))
                    }
                    other => panic!(
                        "{:?} cut at {cut}: {other:?}",
                        String::from_utf8_lossy(&input)
                    ),
                }
            }
        }
    }

    fn pipeline() -> Vec<u8> {
        let mut p = Vec::new();
        for (input, _) in good_cases() {
            if input.len() < 1000 {
                p.extend_from_slice(&input);
            }
        }
        p.extend_from_slice(b"*3\r\n$3\r\nSET\r\n$3\r\nkey\r\n$5\r\nvalue\r\n");
        p.extend_from_slice(b"GET \"key\"\r\n");
        p
    }

    #[test]
    fn pipeline_split_anywhere_gives_same_requests() {
        let p = pipeline();
        let (whole, left) = run(&[&p], &AUTH);
        assert_eq!(left, 0, "{whole:?}");
        let want: Vec<Ev> = good_cases()
            .into_iter()
            .filter(|(i, _)| i.len() < 1000)
            .map(|(_, a)| Ev::Cmd(a))
            .chain([cmd(&[b"SET", b"key", b"value"]), cmd(&[b"GET", b"key"])])
            .collect();
        assert_eq!(whole, want);
        for i in 0..=p.len() {
            assert_eq!(
                run(&[&p[..i], &p[i..]], &AUTH),
                (want.clone(), 0),
                "split at {i}"
            );
        }
        // Three chunks.
        for i in (0..p.len()).step_by(7) {
            for j in (i..p.len()).step_by(5) {
                assert_eq!(run(&[&p[..i], &p[i..j], &p[j..]], &AUTH).0, want);
            }
        }
        // One byte at a time.
        let bytes: Vec<&[u8]> = p.chunks(1).collect();
        assert_eq!(run(&bytes, &AUTH), (want, 0));
    }

    #[test]
    fn error_messages_exact() {
        let e = ProtocolError::ExpectedDollar;
        let cases: Vec<(&[u8], Limits, &[u8])> = vec![
            (
                b"\"a\r\n",
                AUTH,
                b"Protocol error: unbalanced quotes in request",
            ),
            (
                b"'a\r\n",
                AUTH,
                b"Protocol error: unbalanced quotes in request",
            ),
            (
                b"\"a\"b\r\n",
                AUTH,
                b"Protocol error: unbalanced quotes in request",
            ),
            (
                b"'a'b\r\n",
                AUTH,
                b"Protocol error: unbalanced quotes in request",
            ),
            (
                b"x \"a\\\"\r\n",
                AUTH,
                b"Protocol error: unbalanced quotes in request",
            ),
            (
                b"x \"a\\\r\n",
                AUTH,
                b"Protocol error: unbalanced quotes in request",
            ),
            (
                b"x 'a\\'\r\n",
                AUTH,
                b"Protocol error: unbalanced quotes in request",
            ),
            (b"*\r\n", AUTH, b"Protocol error: invalid multibulk length"),
            (
                b"*00\r\n",
                AUTH,
                b"Protocol error: invalid multibulk length",
            ),
            (
                b"*01\r\n",
                AUTH,
                b"Protocol error: invalid multibulk length",
            ),
            (
                b"*+1\r\n",
                AUTH,
                b"Protocol error: invalid multibulk length",
            ),
            (
                b"* 1\r\n",
                AUTH,
                b"Protocol error: invalid multibulk length",
            ),
            (
                b"*1 \r\n",
                AUTH,
                b"Protocol error: invalid multibulk length",
            ),
            (
                b"*-0\r\n",
                AUTH,
                b"Protocol error: invalid multibulk length",
            ),
            (b"*-\r\n", AUTH, b"Protocol error: invalid multibulk length"),
            (
                b"*1\n\r\n",
                AUTH,
                b"Protocol error: invalid multibulk length",
            ),
            (
                b"*2147483648\r\n",
                AUTH,
                b"Protocol error: invalid multibulk length",
            ),
            (
                b"*2147483648\r\n",
                NOAUTH,
                b"Protocol error: invalid multibulk length",
            ),
            (
                b"*-9223372036854775809\r\n",
                AUTH,
                b"Protocol error: invalid multibulk length",
            ),
            (
                b"*99999999999999999999\r\n",
                AUTH,
                b"Protocol error: invalid multibulk length",
            ),
            (
                b"*11\r\n",
                NOAUTH,
                b"Protocol error: unauthenticated multibulk length",
            ),
            (
                b"*2147483647\r\n",
                NOAUTH,
                b"Protocol error: unauthenticated multibulk length",
            ),
            (
                b"*1\r\nX\rY",
                AUTH,
                b"Protocol error: expected '$', got 'X'",
            ),
            (
                b"*1\r\n:1\r\n",
                AUTH,
                b"Protocol error: expected '$', got ':'",
            ),
            (
                b"*1\r\n\r\n",
                AUTH,
                b"Protocol error: expected '$', got ' '",
            ),
            (
                b"*1\r\n\n\r\n",
                AUTH,
                b"Protocol error: expected '$', got ' '",
            ),
            (
                b"*1\r\n\xff\r\n",
                AUTH,
                b"Protocol error: expected '$', got '\xff'",
            ),
            (
                b"*2\r\n$1\r\na\r\n*1\r\n",
                AUTH,
                b"Protocol error: expected '$', got '*'",
            ),
            (b"*1\r\n$\r\n", AUTH, b"Protocol error: invalid bulk length"),
            (
                b"*1\r\n$-1\r\n",
                AUTH,
                b"Protocol error: invalid bulk length",
            ),
            (
                b"*1\r\n$04\r\n",
                AUTH,
                b"Protocol error: invalid bulk length",
            ),
            (
                b"*1\r\n$+4\r\n",
                AUTH,
                b"Protocol error: invalid bulk length",
            ),
            (
                b"*1\r\n$4 \r\n",
                AUTH,
                b"Protocol error: invalid bulk length",
            ),
            (
                b"*1\r\n$4\n\r\n",
                AUTH,
                b"Protocol error: invalid bulk length",
            ),
            (
                b"*1\r\n$536870913\r\n",
                AUTH,
                b"Protocol error: invalid bulk length",
            ),
            (
                b"*1\r\n$536870913\r\n",
                NOAUTH,
                b"Protocol error: invalid bulk length",
            ),
            (
                b"*1\r\n$9223372036854775808\r\n",
                AUTH,
                b"Protocol error: invalid bulk length",
            ),
            (
                b"*1\r\n$-1\r\n",
                NOAUTH,
                b"Protocol error: invalid bulk length",
            ),
            (
                b"*1\r\n$16385\r\n",
                NOAUTH,
                b"Protocol error: unauthenticated bulk length",
            ),
        ];
        for (input, lim, want) in cases {
            let got = err_of(input, &lim);
            assert_eq!(
                got.as_bytes(),
                want,
                "{:?} -> {got:?}",
                String::from_utf8_lossy(input)
            );
        }
        // A payload longer than its length: "b\r" is skipped as the CRLF and
        // the next header starts at the '\n'.
        assert_eq!(err_of(b"*2\r\n$1\r\nab\r\n$1\r\nc\r\n", &AUTH), e(b'\n'));
        // Custom proto-max-bulk-len.
        let small = Limits {
            max_bulk_len: 3,
            authenticated: true,
        };
        assert_eq!(
            parse1(b"*1\r\n$3\r\nabc\r\n", &small),
            Parsed::Request {
                consumed: 13,
                inline: false
            }
        );
        assert_eq!(
            err_of(b"*1\r\n$4\r\n", &small),
            ProtocolError::InvalidBulkLength
        );
    }

    #[test]
    fn unauthenticated_limits_boundaries() {
        assert_eq!(parse1(b"*10\r\n", &NOAUTH), Parsed::Incomplete { need: 0 });
        assert!(matches!(
            parse1(b"*-5\r\n", &NOAUTH),
            Parsed::Request { .. }
        ));
        assert!(matches!(
            parse1(b"*11\r\n", &AUTH),
            Parsed::Incomplete { .. }
        ));
        assert!(matches!(
            parse1(b"*1\r\n$16384\r\n", &NOAUTH),
            Parsed::Incomplete { need: 16398 }
        ));
        assert!(matches!(
            parse1(b"*1\r\n$16385\r\n", &AUTH),
            Parsed::Incomplete { need: 16399 }
        ));
        // Inline requests have no such limits.
        let mut line = b"SET k ".to_vec();
        line.extend(std::iter::repeat_n(b'v', 20_000));
        line.extend_from_slice(b" a b c d e f g h i j k l\r\n");
        let (evs, _) = run(&[&line], &NOAUTH);
        assert!(matches!(&evs[..], [Ev::Cmd(a)] if a.len() == 15));
    }

    #[test]
    fn too_big_boundaries() {
        let max = PROTO_INLINE_MAX_SIZE;
        // Inline: more than 64 KiB pending without '\n'.
        let mut l = vec![b'a'; max];
        assert_eq!(parse1(&l, &AUTH), Parsed::Incomplete { need: 0 });
        l.push(b'a');
        assert_eq!(err_of(&l, &AUTH), ProtocolError::TooBigInlineRequest);
        // A NUL hides a later '\n' (strchr).
        let mut l = b"PING\0\r\n".to_vec();
        assert_eq!(parse1(&l, &AUTH), Parsed::Incomplete { need: 0 });
        l.resize(max + 1, b'\n');
        assert_eq!(err_of(&l, &AUTH), ProtocolError::TooBigInlineRequest);
        // Count line.
        let mut l = b"*".to_vec();
        l.resize(max, b'1');
        assert_eq!(parse1(&l, &AUTH), Parsed::Incomplete { need: 0 });
        l.push(b'1');
        assert_eq!(err_of(&l, &AUTH), ProtocolError::TooBigMbulkCount);
        // A '\r' beyond 64 KiB that arrives together with the rest: found, so
        // the count is judged (Redis does the same if it reads it at once).
        l.extend_from_slice(b"\r\n");
        assert_eq!(err_of(&l, &AUTH), ProtocolError::InvalidMultibulkLength);
        let mut l = b"*1\0\r\n".to_vec();
        assert_eq!(parse1(&l, &AUTH), Parsed::Incomplete { need: 0 });
        l.resize(max + 1, b'\r');
        assert_eq!(err_of(&l, &AUTH), ProtocolError::TooBigMbulkCount);
        // Bulk count line: counted from the start of the header.
        let mut l = b"*1\r\n$".to_vec();
        l.resize(4 + max, b'1');
        assert_eq!(parse1(&l, &AUTH), Parsed::Incomplete { need: 0 });
        l.push(b'1');
        assert_eq!(err_of(&l, &AUTH), ProtocolError::TooBigBulkCount);
        let mut l = b"*2\r\n$1\r\na\r\n$1\0\r\n".to_vec();
        assert_eq!(parse1(&l, &AUTH), Parsed::Incomplete { need: 0 });
        l.resize(11 + max + 1, b'\r');
        assert_eq!(err_of(&l, &AUTH), ProtocolError::TooBigBulkCount);
        // A bulk header line ending just past the limit, in one read.
        let mut l = b"*1\r\n$".to_vec();
        l.resize(4 + max + 10, b'1');
        l.extend_from_slice(b"\r\n");
        assert_eq!(err_of(&l, &AUTH), ProtocolError::InvalidBulkLength);
        // Big payloads are not lines: no limit but proto-max-bulk-len.
        let mut l = b"*1\r\n$200000\r\n".to_vec();
        l.resize(l.len() + 200_000, 0);
        assert_eq!(parse1(&l, &AUTH), Parsed::Incomplete { need: 200_015 });
        l.extend_from_slice(b"\r\n");
        assert_eq!(one(&l)[0].len(), 200_000);
    }

    #[test]
    fn incomplete_cases() {
        let cases: &[(&[u8], usize)] = &[
            (b"", 0),
            (b"*", 0),
            (b"*3", 0),
            (b"*3\r", 0),
            (b"*3\r\n", 0),
            (b"*3\r\n$", 0),
            (b"*3\r\n$3", 0),
            (b"*3\r\n$3\r", 0),
            (b"*3\r\n$3\r\n", 13),
            (b"*3\r\n$3\r\nSE", 13),
            (b"*3\r\n$3\r\nSET", 13),
            (b"*3\r\n$3\r\nSET\r", 13),
            (b"*3\r\n$3\r\nSET\r\n", 0),
            (b"*3\r\n$3\r\nSET\r\n$10\r\nab", 30),
            // Not yet a whole line: cannot be judged yet.
            (b"*1\r\nX", 0),
            (b"*1\r\nX\r", 0),
            (b"*1\r\n\r", 0),
            (b"*x", 0),
            (b"*-", 0),
            (b"*1\r\n$x", 0),
            (b"*1\r\n$-1", 0),
            (b"*1\r\n$99999999999999999999999", 0),
            (b"*11", 0),
            (b"PING", 0),
            (b"PING\r", 0),
            (b"\"unbalanced", 0),
            (b"\r", 0),
            // NUL before the line end: never a line (until too big).
            (b"PING\0\r\n", 0),
            (b"\0\n", 0),
            (b"*1\0\r\n", 0),
            (b"*\0\r\n", 0),
            (b"*1\r\n\0\r\n", 0),
            (b"*1\r\n$4\0\r\nPING\r\n", 0),
        ];
        for &(input, need) in cases {
            for lim in [AUTH, NOAUTH] {
                assert_eq!(
                    parse1(input, &lim),
                    Parsed::Incomplete { need },
                    "{:?}",
                    String::from_utf8_lossy(input)
                );
            }
        }
        // The need hint is the full request size once the last header is read.
        let full = b"*2\r\n$3\r\nGET\r\n$5\r\nhello\r\n";
        assert_eq!(
            parse1(&full[..20], &AUTH),
            Parsed::Incomplete { need: full.len() }
        );
        // A need hint that does not fit a u32 buffer is still reported.
        assert_eq!(
            parse1(
                b"*1\r\n$9000000000\r\n",
                &Limits {
                    max_bulk_len: u64::MAX,
                    authenticated: true
                }
            ),
            Parsed::Incomplete {
                need: usize::try_from(9_000_000_000u64 + 19).unwrap_or(usize::MAX)
            }
        );
    }

    #[test]
    fn redis_quirks() {
        // The byte after '\r' and the payload's trailing two bytes are skipped
        // unchecked (checked against redis-server 7.0.15).
        let (evs, left) = run(&[b"*1\r\n$4\rXPINGxx*1\r\n$4\r\nPING\r\n"], &AUTH);
        assert_eq!(evs, vec![cmd(&[b"PING"]), cmd(&[b"PING"])]);
        assert_eq!(left, 0);
        // An empty multibulk is a request with no arguments.
        let (evs, _) = run(&[b"*-1\r\n*0\r\nPING\r\n"], &AUTH);
        assert_eq!(evs, vec![cmd(&[]), cmd(&[]), cmd(&[b"PING"])]);
        // An empty multibulk from an unauthenticated client is fine too.
        let (evs, _) = run(&[b"*-100\r\n"], &NOAUTH);
        assert_eq!(evs, vec![cmd(&[])]);
        // Requests before an error are still returned.
        let (evs, left) = run(&[b"PING\r\n*1\r\n?\r\nPING\r\n"], &AUTH);
        assert_eq!(
            evs,
            vec![
                cmd(&[b"PING"]),
                Ev::Err(ProtocolError::ExpectedDollar(b'?'))
            ]
        );
        assert_eq!(left, 13);
        // An inline line that is only a lone '\r' before '\n'.
        assert_eq!(one(b"\r\n"), Vec::<Vec<u8>>::new());
    }

    #[test]
    fn string2ll_matches_redis() {
        let ok: &[(&[u8], i64)] = &[
            (b"0", 0),
            (b"1", 1),
            (b"-1", -1),
            (b"10", 10),
            (b"9223372036854775807", i64::MAX),
            (b"-9223372036854775808", i64::MIN),
            (b"1234567890123456789", 1234567890123456789),
        ];
        for &(s, n) in ok {
            assert_eq!(string2ll(s), Some(n), "{:?}", String::from_utf8_lossy(s));
        }
        let bad: &[&[u8]] = &[
            b"",
            b"-",
            b"-0",
            b"00",
            b"01",
            b"+1",
            b" 1",
            b"1 ",
            b"1a",
            b"0x1",
            b"9223372036854775808",
            b"-9223372036854775809",
            b"18446744073709551615",
            b"18446744073709551616",
            b"99999999999999999999",
            b"000000000000000000001",
            b"1\0",
        ];
        for &s in bad {
            assert_eq!(string2ll(s), None, "{:?}", String::from_utf8_lossy(s));
        }
    }

    #[test]
    fn error_reply_bytes() {
        assert_eq!(
            ProtocolError::InvalidMultibulkLength.as_bytes(),
            b"Protocol error: invalid multibulk length"
        );
        assert_eq!(
            ProtocolError::ExpectedDollar(0xff).as_bytes(),
            b"Protocol error: expected '$', got '\xff'"
        );
        assert_eq!(
            ProtocolError::ExpectedDollar(b'X').to_string(),
            "Protocol error: expected '$', got 'X'"
        );
        assert_eq!(
            ProtocolError::ExpectedDollar(b'\n').to_string(),
            "Protocol error: expected '$', got ' '"
        );
        assert_eq!(
            ProtocolError::UnauthenticatedBulkLength.to_string(),
            "Protocol error: unauthenticated bulk length"
        );
        assert_eq!(
            ProtocolError::ExpectedDollar(0xe9).to_string(),
            "Protocol error: expected '$', got 'é'"
        );
        for b in 0..=255u8 {
            let m = ProtocolError::ExpectedDollar(b).as_bytes();
            assert_eq!(&m[..EXPECTED_PREFIX.len()], EXPECTED_PREFIX);
            assert_eq!(m.len(), EXPECTED_PREFIX.len() + 2);
        }
    }
}
