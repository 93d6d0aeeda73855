//! Placeholder until the request parser lands (same API).
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    pub max_bulk_len: u64,
    pub authenticated: bool,
}
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}
#[derive(Debug)]
pub struct ProtocolError(pub &'static str);
impl ProtocolError {
    pub fn as_str(&self) -> &'static str {
        self.0
    }
}
pub enum Parsed {
    Request { consumed: usize, inline: bool },
    Incomplete { need: usize },
    Error(ProtocolError),
}
pub fn parse_request(buf: &[u8], _lim: &Limits, spans: &mut Vec<Span>, _inline_buf: &mut Vec<u8>) -> Parsed {
    spans.clear();
    if buf.is_empty() {
        return Parsed::Incomplete { need: 0 };
    }
    if buf[0] != b'*' {
        return Parsed::Error(ProtocolError("Protocol error: inline unsupported"));
    }
    let nl = match memchr::memchr(b'\n', buf) { Some(i) => i, None => return Parsed::Incomplete { need: 0 } };
    let n: i64 = std::str::from_utf8(&buf[1..nl - 1]).unwrap().parse().unwrap();
    let mut p = nl + 1;
    for _ in 0..n {
        let nl = match memchr::memchr(b'\n', &buf[p..]) { Some(i) => p + i, None => return Parsed::Incomplete { need: 0 } };
        let len: usize = std::str::from_utf8(&buf[p + 1..nl - 1]).unwrap().parse().unwrap();
        let s = nl + 1;
        if s + len + 2 > buf.len() {
            return Parsed::Incomplete { need: s + len + 2 };
        }
        spans.push(Span { start: s as u32, end: (s + len) as u32 });
        p = s + len + 2;
    }
    Parsed::Request { consumed: p, inline: false }
}
