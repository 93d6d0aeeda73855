//! A deliberately literal, stateful transliteration of Redis 7.0.15's
//! processInputBuffer / processInlineBuffer / processMultibulkBuffer /
//! sdssplitargs / string2ll, used only as a test oracle for the stateless
//! parser in src/parse.rs. It keeps Redis's state between reads
//! (qb_pos, reqtype, multibulklen, bulklen) and its C-string semantics (the
//! query buffer is NUL terminated and searched with strchr).
#![allow(dead_code)]

pub const PROTO_INLINE_MAX_SIZE: usize = 1024 * 64;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    /// A command; an empty one is what Redis resets silently.
    Cmd(Vec<Vec<u8>>),
    /// The error reply text (without "-ERR " and CRLF); the connection closes.
    Err(Vec<u8>),
}

pub struct RedisModel {
    querybuf: Vec<u8>,
    qb_pos: usize,
    reqtype: u8,
    multibulklen: i64,
    bulklen: i64,
    argv: Vec<Vec<u8>>,
    pub auth_required: bool,
    pub proto_max_bulk_len: i64,
    pub closed: bool,
}

const INLINE: u8 = 1;
const MULTIBULK: u8 = 2;

impl RedisModel {
    pub fn new(auth_required: bool, proto_max_bulk_len: i64) -> Self {
        RedisModel {
            querybuf: Vec::new(),
            qb_pos: 0,
            reqtype: 0,
            multibulklen: 0,
            bulklen: -1,
            argv: Vec::new(),
            auth_required,
            proto_max_bulk_len,
            closed: false,
        }
    }

    /// Bytes received but not yet part of a finished command.
    pub fn pending(&self) -> usize {
        self.querybuf.len() - self.qb_pos
    }

    /// C: querybuf[i], with the sds NUL terminator at querybuf[len].
    fn at(&self, i: usize) -> u8 {
        if i < self.querybuf.len() {
            self.querybuf[i]
        } else {
            0
        }
    }

    /// C: strchr(querybuf + from, c), as an index.
    fn strchr(&self, from: usize, c: u8) -> Option<usize> {
        let mut i = from;
        loop {
            let b = self.at(i);
            if b == c {
                return Some(i);
            }
            if b == 0 {
                return None;
            }
            i += 1;
        }
    }

    fn reset_client(&mut self) {
        self.reqtype = 0;
        self.multibulklen = 0;
        self.bulklen = -1;
        self.argv.clear();
    }

    /// readQueryFromClient appends, then processInputBuffer runs.
    pub fn feed(&mut self, data: &[u8], out: &mut Vec<Event>) {
        if self.closed {
            return;
        }
        self.querybuf.extend_from_slice(data);
        while self.qb_pos < self.querybuf.len() {
            if self.closed {
                break;
            }
            if self.reqtype == 0 {
                self.reqtype = if self.querybuf[self.qb_pos] == b'*' {
                    MULTIBULK
                } else {
                    INLINE
                };
            }
            let r = if self.reqtype == INLINE {
                self.process_inline(out)
            } else {
                self.process_multibulk(out)
            };
            if !r {
                break;
            }
            out.push(Event::Cmd(std::mem::take(&mut self.argv)));
            self.reset_client();
        }
        // Trim to qb_pos.
        self.querybuf.drain(..self.qb_pos);
        self.qb_pos = 0;
    }

    fn error(&mut self, msg: Vec<u8>, out: &mut Vec<Event>) -> bool {
        // addReplyErrorFormat: CR and LF become spaces.
        let msg = msg
            .into_iter()
            .map(|b| if b == b'\r' || b == b'\n' { b' ' } else { b })
            .collect();
        out.push(Event::Err(msg));
        self.closed = true;
        false
    }

    fn process_inline(&mut self, out: &mut Vec<Event>) -> bool {
        let mut linefeed_chars = 1;
        let mut newline = match self.strchr(self.qb_pos, b'\n') {
            Some(n) => n,
            None => {
                if self.querybuf.len() - self.qb_pos > PROTO_INLINE_MAX_SIZE {
                    return self.error(b"Protocol error: too big inline request".to_vec(), out);
                }
                return false;
            }
        };
        if newline != self.qb_pos && self.querybuf[newline - 1] == b'\r' {
            newline -= 1;
            linefeed_chars += 1;
        }
        let querylen = newline - self.qb_pos;
        let aux = self.querybuf[self.qb_pos..self.qb_pos + querylen].to_vec();
        match sdssplitargs(&aux) {
            None => self.error(
                b"Protocol error: unbalanced quotes in request".to_vec(),
                out,
            ),
            Some(argv) => {
                self.qb_pos += querylen + linefeed_chars;
                self.argv = argv;
                true
            }
        }
    }

    fn process_multibulk(&mut self, out: &mut Vec<Event>) -> bool {
        if self.multibulklen == 0 {
            let newline = match self.strchr(self.qb_pos, b'\r') {
                Some(n) => n,
                None => {
                    if self.querybuf.len() - self.qb_pos > PROTO_INLINE_MAX_SIZE {
                        return self
                            .error(b"Protocol error: too big mbulk count string".to_vec(), out);
                    }
                    return false;
                }
            };
            if (newline - self.qb_pos) as isize
                > self.querybuf.len() as isize - self.qb_pos as isize - 2
            {
                return false;
            }
            assert_eq!(self.querybuf[self.qb_pos], b'*');
            let ll = string2ll(&self.querybuf[self.qb_pos + 1..newline]);
            let ll = match ll {
                Some(ll) if ll <= i32::MAX as i64 => ll,
                _ => return self.error(b"Protocol error: invalid multibulk length".to_vec(), out),
            };
            if ll > 10 && self.auth_required {
                return self.error(
                    b"Protocol error: unauthenticated multibulk length".to_vec(),
                    out,
                );
            }
            self.qb_pos = newline + 2;
            if ll <= 0 {
                return true;
            }
            self.multibulklen = ll;
        }
        while self.multibulklen > 0 {
            if self.bulklen == -1 {
                let newline = match self.strchr(self.qb_pos, b'\r') {
                    Some(n) => n,
                    None => {
                        if self.querybuf.len() - self.qb_pos > PROTO_INLINE_MAX_SIZE {
                            return self
                                .error(b"Protocol error: too big bulk count string".to_vec(), out);
                        }
                        break;
                    }
                };
                if (newline - self.qb_pos) as isize
                    > self.querybuf.len() as isize - self.qb_pos as isize - 2
                {
                    break;
                }
                let c = self.querybuf[self.qb_pos];
                if c != b'$' {
                    let mut m = b"Protocol error: expected '$', got '".to_vec();
                    m.push(c);
                    m.push(b'\'');
                    return self.error(m, out);
                }
                let ll = string2ll(&self.querybuf[self.qb_pos + 1..newline]);
                let ll = match ll {
                    Some(ll) if ll >= 0 && ll <= self.proto_max_bulk_len => ll,
                    _ => return self.error(b"Protocol error: invalid bulk length".to_vec(), out),
                };
                if ll > 16384 && self.auth_required {
                    return self
                        .error(b"Protocol error: unauthenticated bulk length".to_vec(), out);
                }
                self.qb_pos = newline + 2;
                self.bulklen = ll;
            }
            if ((self.querybuf.len() - self.qb_pos) as u64) < (self.bulklen + 2) as u64 {
                break;
            }
            let b = self.bulklen as usize;
            self.argv
                .push(self.querybuf[self.qb_pos..self.qb_pos + b].to_vec());
            self.qb_pos += b + 2;
            self.bulklen = -1;
            self.multibulklen -= 1;
        }
        self.multibulklen == 0
    }
}

/// string2ll, written differently from src/parse.rs: a shape check, then
/// the standard library's parser.
pub fn string2ll(s: &[u8]) -> Option<i64> {
    if s.is_empty() || s.len() >= 21 {
        return None;
    }
    let digits = s.strip_prefix(b"-").unwrap_or(s);
    let shape_ok = s == b"0"
        || (!digits.is_empty() && digits[0] != b'0' && digits.iter().all(|b| b.is_ascii_digit()));
    if !shape_ok {
        return None;
    }
    std::str::from_utf8(s).ok()?.parse::<i64>().ok()
}

fn c_isspace(c: u8) -> bool {
    c == b' ' || c == b'\t' || c == b'\n' || c == 0x0b || c == 0x0c || c == b'\r'
}

fn hex_digit_to_int(c: u8) -> u8 {
    match c {
        b'0'..=b'9' => c - b'0',
        b'a'..=b'f' => c - b'a' + 10,
        b'A'..=b'F' => c - b'A' + 10,
        _ => 0,
    }
}

/// sdssplitargs, pointer by pointer, over a NUL-terminated copy of `line`.
pub fn sdssplitargs(line: &[u8]) -> Option<Vec<Vec<u8>>> {
    let mut l = line.to_vec();
    l.push(0);
    l.extend_from_slice(&[0, 0, 0]); // p+1..p+3 reads past a '\\' at the end stop at the NUL anyway
    let at = |i: usize| l[i];
    let mut p = 0usize;
    let mut vector = Vec::new();
    loop {
        while at(p) != 0 && c_isspace(at(p)) {
            p += 1;
        }
        if at(p) == 0 {
            return Some(vector);
        }
        let mut inq = false;
        let mut insq = false;
        let mut done = false;
        let mut current = Vec::new();
        while !done {
            if inq {
                if at(p) == b'\\'
                    && at(p + 1) == b'x'
                    && at(p + 2).is_ascii_hexdigit()
                    && at(p + 3).is_ascii_hexdigit()
                {
                    current.push(hex_digit_to_int(at(p + 2)) * 16 + hex_digit_to_int(at(p + 3)));
                    p += 3;
                } else if at(p) == b'\\' && at(p + 1) != 0 {
                    p += 1;
                    let c = match at(p) {
                        b'n' => b'\n',
                        b'r' => b'\r',
                        b't' => b'\t',
                        b'b' => 8,
                        b'a' => 7,
                        c => c,
                    };
                    current.push(c);
                } else if at(p) == b'"' {
                    if at(p + 1) != 0 && !c_isspace(at(p + 1)) {
                        return None;
                    }
                    done = true;
                } else if at(p) == 0 {
                    return None;
                } else {
                    current.push(at(p));
                }
            } else if insq {
                if at(p) == b'\\' && at(p + 1) == b'\'' {
                    p += 1;
                    current.push(b'\'');
                } else if at(p) == b'\'' {
                    if at(p + 1) != 0 && !c_isspace(at(p + 1)) {
                        return None;
                    }
                    done = true;
                } else if at(p) == 0 {
                    return None;
                } else {
                    current.push(at(p));
                }
            } else {
                match at(p) {
                    b' ' | b'\n' | b'\r' | b'\t' | 0 => done = true,
                    b'"' => inq = true,
                    b'\'' => insq = true,
                    c => current.push(c),
                }
            }
            if at(p) != 0 {
                p += 1;
            }
        }
        vector.push(current);
    }
}

use ringkv::protocol::parse::{parse_request, Limits, Parsed, Span};

/// Drives the stateless parser the way a connection does: append a chunk,
/// parse what is complete, keep the rest. Checks the API's invariants on
/// every call. Returns the events and the bytes left pending.
pub fn drive_parser(chunks: &[&[u8]], lim: &Limits) -> (Vec<Event>, usize) {
    let mut spans: Vec<Span> = Vec::new();
    let mut inline_buf: Vec<u8> = Vec::new();
    let mut buf: Vec<u8> = Vec::new();
    let mut events = Vec::new();
    for chunk in chunks {
        buf.extend_from_slice(chunk);
        loop {
            match parse_request(&buf, lim, &mut spans, &mut inline_buf) {
                Parsed::Request { consumed, inline } => {
                    assert!(consumed > 0, "empty request consumed nothing");
                    assert!(consumed <= buf.len(), "consumed past the buffer");
                    let (src, limit) = if inline {
                        // A copy of the line plus unescaped quoted tokens.
                        assert!(inline_buf.len() <= 2 * consumed);
                        (&inline_buf[..], inline_buf.len())
                    } else {
                        assert!(inline_buf.is_empty());
                        (&buf[..], consumed)
                    };
                    let mut prev_end = 0u32;
                    for s in &spans {
                        assert!(s.start <= s.end, "reversed span {s:?}");
                        assert!(s.end as usize <= limit, "span {s:?} out of bounds {limit}");
                        if !inline {
                            // Multibulk arguments follow each other.
                            assert!(s.start >= prev_end, "overlapping spans");
                            prev_end = s.end;
                        }
                    }
                    let args = spans.iter().map(|s| src[s.range()].to_vec()).collect();
                    events.push(Event::Cmd(args));
                    buf.drain(..consumed);
                }
                Parsed::Incomplete { need } => {
                    assert!(
                        need == 0 || need > buf.len(),
                        "need {need} <= {}",
                        buf.len()
                    );
                    assert!(spans.is_empty() && inline_buf.is_empty());
                    break;
                }
                Parsed::Error(e) => {
                    assert!(spans.is_empty() && inline_buf.is_empty());
                    events.push(Event::Err(e.as_bytes().to_vec()));
                    return (events, buf.len());
                }
            }
        }
    }
    (events, buf.len())
}

/// Feeds the same chunks to the Redis model.
pub fn drive_model(chunks: &[&[u8]], lim: &Limits) -> Vec<Event> {
    let max = i64::try_from(lim.max_bulk_len).unwrap_or(i64::MAX);
    let mut m = RedisModel::new(!lim.authenticated, max);
    let mut events = Vec::new();
    for c in chunks {
        m.feed(c, &mut events);
    }
    events
}
