//! The one reply encoder. Handlers never format RESP by hand: they call these methods, which
//! pick the RESP2 or RESP3 form for the connection (`resp` is 2 or 3, set by HELLO).
//!
//! Replies are appended to `buf`, which the connection sends as is; a reply produced on another
//! thread is encoded there with the requester's protocol and travels as bytes.
use crate::num;

#[derive(Debug, Default)]
pub struct ReplyBuf {
    pub buf: Vec<u8>,
    pub resp: u8,
}

impl ReplyBuf {
    pub fn new(resp: u8) -> ReplyBuf {
        ReplyBuf {
            buf: Vec::new(),
            resp,
        }
    }

    #[inline]
    pub fn resp3(&self) -> bool {
        self.resp >= 3
    }

    #[inline]
    fn line(&mut self, prefix: u8, s: &[u8]) {
        self.buf.reserve(s.len() + 3);
        self.buf.push(prefix);
        self.buf.extend_from_slice(s);
        self.buf.extend_from_slice(b"\r\n");
    }

    #[inline]
    fn header(&mut self, prefix: u8, n: i64) {
        self.buf.push(prefix);
        num::write_i64(&mut self.buf, n);
        self.buf.extend_from_slice(b"\r\n");
    }

    #[inline]
    pub fn ok(&mut self) {
        self.buf.extend_from_slice(b"+OK\r\n");
    }

    /// `+s`: s must not contain CR or LF (Redis replaces them with spaces; so do we).
    pub fn simple(&mut self, s: &str) {
        if s.bytes().any(|c| c == b'\r' || c == b'\n') {
            let clean: Vec<u8> = s
                .bytes()
                .map(|c| if c == b'\r' || c == b'\n' { b' ' } else { c })
                .collect();
            self.line(b'+', &clean);
        } else {
            self.line(b'+', s.as_bytes());
        }
    }

    /// An error line. `msg` is the whole line after '-', e.g. "ERR syntax error".
    pub fn error(&mut self, msg: &str) {
        self.error_bytes(msg.as_bytes());
    }

    /// An error line from raw bytes (protocol errors quote the offending byte as is).
    pub fn error_bytes(&mut self, msg: &[u8]) {
        self.buf.push(b'-');
        for &c in msg {
            self.buf
                .push(if c == b'\r' || c == b'\n' { b' ' } else { c });
        }
        self.buf.extend_from_slice(b"\r\n");
    }

    #[inline]
    pub fn int(&mut self, n: i64) {
        match n {
            0 => self.buf.extend_from_slice(b":0\r\n"),
            1 => self.buf.extend_from_slice(b":1\r\n"),
            _ => self.header(b':', n),
        }
    }

    #[inline]
    pub fn bulk(&mut self, b: &[u8]) {
        self.buf.reserve(b.len() + 16);
        self.header(b'$', b.len() as i64);
        self.buf.extend_from_slice(b);
        self.buf.extend_from_slice(b"\r\n");
    }

    pub fn bulk_str(&mut self, s: &str) {
        self.bulk(s.as_bytes());
    }

    /// An integer sent as a bulk string (INCRBYFLOAT-style replies, CONFIG GET values...).
    pub fn bulk_i64(&mut self, n: i64) {
        self.bulk(num::format_i64(n, &mut [0; 20]));
    }

    /// Null bulk: `$-1` in RESP2, `_` in RESP3.
    #[inline]
    pub fn null(&mut self) {
        if self.resp3() {
            self.buf.extend_from_slice(b"_\r\n");
        } else {
            self.buf.extend_from_slice(b"$-1\r\n");
        }
    }

    /// Null array: `*-1` in RESP2, `_` in RESP3.
    pub fn null_array(&mut self) {
        if self.resp3() {
            self.buf.extend_from_slice(b"_\r\n");
        } else {
            self.buf.extend_from_slice(b"*-1\r\n");
        }
    }

    #[inline]
    pub fn array(&mut self, n: usize) {
        self.header(b'*', n as i64);
    }

    /// A map of n pairs: `%n` in RESP3, a flat array of 2n in RESP2.
    pub fn map(&mut self, n: usize) {
        if self.resp3() {
            self.header(b'%', n as i64);
        } else {
            self.header(b'*', 2 * n as i64);
        }
    }

    /// A set: `~n` in RESP3, an array in RESP2.
    pub fn set(&mut self, n: usize) {
        if self.resp3() {
            self.header(b'~', n as i64);
        } else {
            self.header(b'*', n as i64);
        }
    }

    /// An out-of-band push: `>n` in RESP3, an array in RESP2 (pub/sub messages).
    pub fn push(&mut self, n: usize) {
        if self.resp3() {
            self.header(b'>', n as i64);
        } else {
            self.header(b'*', n as i64);
        }
    }

    /// A double as Redis 7.0 prints it: a bulk string in RESP2, `,` in RESP3.
    pub fn double(&mut self, d: f64) {
        let mut tmp = Vec::with_capacity(32);
        num::write_f64(&mut tmp, d);
        if self.resp3() {
            self.line(b',', &tmp);
        } else {
            self.bulk(&tmp);
        }
    }

    /// A boolean: `#t`/`#f` in RESP3, `:1`/`:0` in RESP2.
    pub fn boolean(&mut self, b: bool) {
        if self.resp3() {
            self.buf
                .extend_from_slice(if b { b"#t\r\n" } else { b"#f\r\n" });
        } else {
            self.int(b as i64);
        }
    }

    /// Verbatim text (INFO, CLIENT LIST...): `=len\r\ntxt:...` in RESP3, a bulk in RESP2.
    pub fn verbatim(&mut self, s: &[u8]) {
        if self.resp3() {
            self.header(b'=', s.len() as i64 + 4);
            self.buf.extend_from_slice(b"txt:");
            self.buf.extend_from_slice(s);
            self.buf.extend_from_slice(b"\r\n");
        } else {
            self.bulk(s);
        }
    }

    pub fn len(&self) -> usize {
        self.buf.len()
    }

    pub fn is_empty(&self) -> bool {
        self.buf.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn enc(resp: u8, f: impl FnOnce(&mut ReplyBuf)) -> String {
        let mut r = ReplyBuf::new(resp);
        f(&mut r);
        String::from_utf8(r.buf).unwrap()
    }

    #[test]
    fn resp2_and_resp3_forms() {
        assert_eq!(enc(2, |r| r.null()), "$-1\r\n");
        assert_eq!(enc(3, |r| r.null()), "_\r\n");
        assert_eq!(enc(2, |r| r.null_array()), "*-1\r\n");
        assert_eq!(enc(2, |r| r.map(2)), "*4\r\n");
        assert_eq!(enc(3, |r| r.map(2)), "%2\r\n");
        assert_eq!(enc(2, |r| r.boolean(true)), ":1\r\n");
        assert_eq!(enc(3, |r| r.boolean(false)), "#f\r\n");
        assert_eq!(enc(2, |r| r.double(1.5)), "$3\r\n1.5\r\n");
        assert_eq!(enc(3, |r| r.double(1.5)), ",1.5\r\n");
        assert_eq!(enc(3, |r| r.verbatim(b"ab")), "=6\r\ntxt:ab\r\n");
    }

    #[test]
    fn scalars() {
        assert_eq!(enc(2, |r| r.int(-42)), ":-42\r\n");
        assert_eq!(enc(2, |r| r.int(1)), ":1\r\n");
        assert_eq!(enc(2, |r| r.bulk(b"")), "$0\r\n\r\n");
        assert_eq!(enc(2, |r| r.bulk(b"hello")), "$5\r\nhello\r\n");
        assert_eq!(enc(2, |r| r.error("ERR x\ny")), "-ERR x y\r\n");
        assert_eq!(enc(2, |r| r.simple("OK")), "+OK\r\n");
    }
}
