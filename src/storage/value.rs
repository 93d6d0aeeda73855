//! Values and their encodings, named as Redis names them in `OBJECT ENCODING`.
//!
//! Strings: `int` (a canonical i64 is kept as the integer itself), `embstr` (at most 44 bytes,
//! created whole by SET and friends) and `raw` (longer, or modified in place by APPEND or
//! SETRANGE). Holding the same encoding Redis would is what lets `OBJECT ENCODING` agree.
//!
//! Aggregates live behind a box so a string entry stays small: lists (`quicklist`), hashes,
//! sets and sorted sets, each in its own module that owns its encodings and conversions.
use super::hash::Hash;
use super::quicklist::Quicklist;
use super::set::Set;
use super::zset::ZSet;
use crate::num;

/// Strings of up to this many bytes are `embstr` when created whole (Redis's
/// OBJ_ENCODING_EMBSTR_SIZE_LIMIT).
pub const EMBSTR_MAX: usize = 44;

#[derive(Clone, Debug)]
pub enum Value {
    /// A string holding a canonical 64-bit integer.
    Int(i64),
    /// A string created whole (`embstr` when short, `raw` otherwise).
    Str(Box<[u8]>),
    /// A string grown or modified in place: always `raw`, keeps spare capacity for APPEND.
    Raw(Vec<u8>),
    List(Box<Quicklist>),
    Hash(Box<Hash>),
    Set(Box<Set>),
    ZSet(Box<ZSet>),
}

impl Value {
    /// How many frees dropping this value takes, as Redis's lazyfreeGetFreeEffort counts
    /// them: a quicklist's nodes, a hashtable's or skiplist's elements, 1 for strings and
    /// the one-block encodings (listpack, intset).
    pub fn free_effort(&self) -> usize {
        match self {
            Value::List(q) => q.node_count(),
            Value::Hash(h) => match &**h {
                Hash::Table(d) => d.len(),
                Hash::Listpack(_) => 1,
            },
            Value::Set(s) => match &**s {
                Set::Hashtable(d) => d.len(),
                Set::Intset(_) => 1,
            },
            Value::ZSet(z) => match &**z {
                ZSet::Skiplist(s) => s.len(),
                ZSet::Listpack(_) => 1,
            },
            Value::Int(_) | Value::Str(_) | Value::Raw(_) => 1,
        }
    }

    /// A string value with Redis's tryObjectEncoding rules: an integer if the bytes are a
    /// canonical i64 of at most 20 chars, else the bytes themselves.
    pub fn string(b: &[u8]) -> Value {
        if b.len() <= 20 {
            if let Some(n) = num::parse_i64(b) {
                return Value::Int(n);
            }
        }
        Value::Str(b.into())
    }

    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Int(_) | Value::Str(_) | Value::Raw(_) => "string",
            Value::List(_) => "list",
            Value::Hash(_) => "hash",
            Value::Set(_) => "set",
            Value::ZSet(_) => "zset",
        }
    }

    pub fn encoding(&self) -> &'static str {
        match self {
            Value::Int(_) => "int",
            Value::Str(b) if b.len() <= EMBSTR_MAX => "embstr",
            Value::Str(_) | Value::Raw(_) => "raw",
            Value::List(l) => l.encoding(),
            Value::Hash(h) => h.encoding(),
            Value::Set(x) => x.encoding(),
            Value::ZSet(z) => z.encoding(),
        }
    }

    pub fn is_string(&self) -> bool {
        matches!(self, Value::Int(_) | Value::Str(_) | Value::Raw(_))
    }

    /// Appends the string form of a string value to `out`; false for other types.
    pub fn write_string(&self, out: &mut Vec<u8>) -> bool {
        match self {
            Value::Int(n) => num::write_i64(out, *n),
            Value::Str(b) => out.extend_from_slice(b),
            Value::Raw(b) => out.extend_from_slice(b),
            _ => return false,
        }
        true
    }

    /// The bytes of a string value, borrowing when they are stored as bytes.
    pub fn string_bytes(&self) -> Option<std::borrow::Cow<'_, [u8]>> {
        match self {
            Value::Int(n) => {
                let mut v = Vec::with_capacity(20);
                num::write_i64(&mut v, *n);
                Some(std::borrow::Cow::Owned(v))
            }
            Value::Str(b) => Some(std::borrow::Cow::Borrowed(b)),
            Value::Raw(b) => Some(std::borrow::Cow::Borrowed(b)),
            _ => None,
        }
    }

    /// Length of the string form (STRLEN) without materializing integers.
    pub fn string_len(&self) -> Option<usize> {
        match self {
            Value::Int(n) => Some(num::format_i64(*n, &mut [0; 20]).len()),
            Value::Str(b) => Some(b.len()),
            Value::Raw(b) => Some(b.len()),
            _ => None,
        }
    }

    /// Turns a string value into the in-place-modifiable `raw` form and returns its bytes
    /// (APPEND, SETRANGE, SETBIT).
    pub fn make_raw(&mut self) -> Option<&mut Vec<u8>> {
        match self {
            Value::Raw(_) => {}
            Value::Int(n) => {
                let mut v = Vec::new();
                num::write_i64(&mut v, *n);
                *self = Value::Raw(v);
            }
            Value::Str(b) => {
                let v = std::mem::take(b).into_vec();
                *self = Value::Raw(v);
            }
            _ => return None,
        }
        match self {
            Value::Raw(v) => Some(v),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn string_encodings() {
        assert_eq!(Value::string(b"123").encoding(), "int");
        assert_eq!(Value::string(b"0123").encoding(), "embstr");
        assert_eq!(Value::string(&[b'a'; 44]).encoding(), "embstr");
        assert_eq!(Value::string(&[b'a'; 45]).encoding(), "raw");
        let mut v = Value::string(b"12");
        v.make_raw().unwrap().push(b'3');
        assert_eq!(v.encoding(), "raw");
        assert_eq!(&*v.string_bytes().unwrap(), b"123");
    }
}
