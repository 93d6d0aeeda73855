//! Bitmap commands (bitops.c): SETBIT, GETBIT, BITCOUNT, BITPOS, BITOP, BITFIELD and
//! BITFIELD_RO, on string values.
//!
//! A bitmap is a string read as bits, bit 0 being the most significant bit of the first byte.
//! Reads see a missing key as an endless run of zero bits and an `int` value as its decimal
//! digits. Writes make the value `raw` (the form that is modified in place, as Redis's
//! dbUnshareStringValue) and grow it with zero bytes up to the highest bit they touch; a new
//! key is created that way even when the write then changes nothing (BITFIELD ... OVERFLOW
//! FAIL), as Redis does.
//!
//! Replies, errors and the order in which arguments are checked are Redis 7.0.15's.
use super::short::*;
use super::{
    arg_i64, c_str, proto_max_bulk_len, word, CmdResult, Command, Ctx, Error, Keys, Keyspace,
};
use crate::num::parse_i64;
use crate::storage::Value;

/// BITOP: the destination and every source.
const K_BITOP: Keys = Keys::Range {
    first: 2,
    last: -1,
    step: 1,
};

super::family_cmd!("bitmap");

/// Arity, flags, key positions, summary and version as Redis 7.0's src/commands/*.json.
#[rustfmt::skip] // one line per command reads as a table
pub static COMMANDS: &[Command] = &[
    cmd("bitcount", -2, RO, K1, bitcount, "2.6.0", "Count set bits in a string"),
    cmd("bitfield", -2, WD, K1, bitfield, "3.2.0",
        "Perform arbitrary bitfield integer operations on strings"),
    cmd("bitfield_ro", -2, RO | FAST, K1, bitfield_ro, "6.0.0",
        "Perform arbitrary bitfield integer operations on strings. Read-only variant of BITFIELD"),
    cmd("bitop", -4, WD, K_BITOP, bitop, "2.6.0", "Perform bitwise operations between strings"),
    cmd("bitpos", -3, RO, K1, bitpos, "2.8.7", "Find first bit set or clear in a string"),
    cmd("getbit", 3, RO | FAST, K1, getbit, "2.2.0",
        "Returns the bit value at offset in the string value stored at key"),
    cmd("setbit", 4, WD, K1, setbit, "2.2.0",
        "Sets or clears the bit at offset in the string value stored at key"),
];

const ERR_BIT_OFFSET: Error = Error::fixed("ERR bit offset is not an integer or out of range");
const ERR_BIT_VALUE: Error = Error::fixed("ERR bit is not an integer or out of range");
const ERR_BITPOS_BIT: Error = Error::fixed("ERR The bit argument must be 1 or 0.");
const ERR_BITOP_NOT: Error = Error::fixed("ERR BITOP NOT must be called with a single source key.");
const ERR_BITFIELD_TYPE: Error = Error::fixed(
    "ERR Invalid bitfield type. Use something like i16 u8. Note that u64 is not supported but i64 is.",
);
const ERR_OVERFLOW_TYPE: Error = Error::fixed("ERR Invalid OVERFLOW type specified");
const ERR_BITFIELD_RO: Error = Error::fixed("ERR BITFIELD_RO only supports the GET subcommand");
/// Where Redis would die of an out-of-memory abort, we answer instead.
const ERR_NO_MEMORY: Error = Error::fixed("ERR Insufficient memory to grow the string");

// ---------------------------------------------------------------------------------------------
// Arguments

/// getBitOffsetFromArgument: a bit offset, at most proto-max-bulk-len bytes in. With `bits`
/// non-zero (BITFIELD) `#n` means n * bits.
fn bit_offset(arg: &[u8], bits: u32) -> Result<u64, Error> {
    let hash = bits > 0 && arg.first() == Some(&b'#');
    let n = parse_i64(if hash { &arg[1..] } else { arg }).ok_or(ERR_BIT_OFFSET)?;
    // C multiplies without checking; the product wraps the way it does there.
    let n = if hash { n.wrapping_mul(bits as i64) } else { n };
    if n < 0 || (n as u64 >> 3) >= proto_max_bulk_len() {
        return Err(ERR_BIT_OFFSET);
    }
    Ok(n as u64)
}

/// A BITFIELD type: `i1`..`i64` or `u1`..`u63` (lower-case letter, as Redis). Returns
/// (signed, bits).
fn bitfield_type(arg: &[u8]) -> Result<(bool, u32), Error> {
    let signed = match arg.first() {
        Some(b'i') => true,
        Some(b'u') => false,
        _ => return Err(ERR_BITFIELD_TYPE),
    };
    // The width is read with strlen, so it ends at a NUL byte.
    match parse_i64(c_str(&arg[1..])) {
        Some(n) if (1..=if signed { 64 } else { 63 }).contains(&n) => Ok((signed, n as u32)),
        _ => Err(ERR_BITFIELD_TYPE),
    }
}

// ---------------------------------------------------------------------------------------------
// Bits

/// Number of set bits, a word at a time.
fn popcount(s: &[u8]) -> u64 {
    let mut words = s.chunks_exact(8);
    let mut n: u64 = words
        .by_ref()
        .map(|w| {
            u64::from_ne_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]).count_ones() as u64
        })
        .sum();
    n += words
        .remainder()
        .iter()
        .map(|b| b.count_ones() as u64)
        .sum::<u64>();
    n
}

/// redisBitpos: the position of the first bit equal to `bit` in `s`. Not found: -1 for a set
/// bit, `s.len() * 8` for a clear one (the string reads as padded with zeros on the right).
fn first_bit(s: &[u8], bit: bool) -> i64 {
    let skip = if bit { 0u8 } else { 0xff };
    let mut words = s.chunks_exact(8);
    let mut pos = 0usize;
    for w in words.by_ref() {
        let x = u64::from_be_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]);
        let x = if bit { x } else { !x };
        if x != 0 {
            return (pos * 8 + x.leading_zeros() as usize) as i64;
        }
        pos += 8;
    }
    for &b in words.remainder() {
        if b != skip {
            let x = if bit { b } else { !b };
            return (pos * 8 + x.leading_zeros() as usize) as i64;
        }
        pos += 1;
    }
    if bit {
        -1
    } else {
        (s.len() * 8) as i64
    }
}

/// getUnsignedBitfield: `bits` (1..=64) bits at bit `offset`, reading zeros past the end.
fn get_field(s: &[u8], offset: u64, bits: u32) -> u64 {
    let byte = (offset >> 3) as usize;
    let shift = (offset & 7) as u32;
    // At most 9 bytes hold a 64-bit field at any bit position.
    let n = (shift + bits).div_ceil(8);
    let mut x: u128 = 0;
    for i in 0..n as usize {
        let b = byte.checked_add(i).and_then(|j| s.get(j)).copied();
        x = (x << 8) | b.unwrap_or(0) as u128;
    }
    let mask = (1u128 << bits) - 1;
    ((x >> (n * 8 - shift - bits)) & mask) as u64
}

/// getSignedBitfield: the field as two's complement.
fn get_signed_field(s: &[u8], offset: u64, bits: u32) -> i64 {
    let v = get_field(s, offset, bits);
    if bits < 64 && v & (1 << (bits - 1)) != 0 {
        (v | (u64::MAX << bits)) as i64
    } else {
        v as i64
    }
}

/// setUnsignedBitfield: writes the low `bits` bits of `value` at bit `offset`. The caller has
/// grown `s` to hold them; bytes past the end are left out rather than panicking.
fn set_field(s: &mut [u8], offset: u64, bits: u32, value: u64) {
    let byte = (offset >> 3) as usize;
    let shift = (offset & 7) as u32;
    let n = (shift + bits).div_ceil(8);
    let mut x: u128 = 0;
    for i in 0..n as usize {
        x = (x << 8) | s.get(byte + i).copied().unwrap_or(0) as u128;
    }
    let at = n * 8 - shift - bits;
    let mask = ((1u128 << bits) - 1) << at;
    x = (x & !mask) | (((value as u128) << at) & mask);
    for i in (0..n as usize).rev() {
        if let Some(b) = s.get_mut(byte + i) {
            *b = x as u8;
        }
        x >>= 8;
    }
}

// ---------------------------------------------------------------------------------------------
// BITFIELD overflow rules

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Overflow {
    Wrap,
    Sat,
    Fail,
}

/// checkUnsignedBitfieldOverflow: None if `value + incr` fits in `bits` unsigned bits, else
/// the value to store instead (for FAIL, anything: nothing is stored).
fn unsigned_overflow(value: u64, incr: i64, bits: u32, ow: Overflow) -> Option<u64> {
    let max = if bits == 64 {
        u64::MAX
    } else {
        (1u64 << bits) - 1
    };
    // C computes these in unsigned arithmetic and converts to signed.
    let maxincr = max.wrapping_sub(value) as i64;
    let minincr = 0u64.wrapping_sub(value) as i64;
    let wrap = || value.wrapping_add(incr as u64) & !u64::MAX.checked_shl(bits).unwrap_or(0);
    if value > max || (incr > 0 && incr > maxincr) {
        Some(match ow {
            Overflow::Wrap => wrap(),
            _ => max,
        })
    } else if incr < 0 && incr < minincr {
        Some(match ow {
            Overflow::Wrap => wrap(),
            _ => 0,
        })
    } else {
        None
    }
}

/// checkSignedBitfieldOverflow: None if `value + incr` fits in `bits` signed bits, else the
/// value to store instead.
fn signed_overflow(value: i64, incr: i64, bits: u32, ow: Overflow) -> Option<i64> {
    let max = if bits == 64 {
        i64::MAX
    } else {
        (1i64 << (bits - 1)) - 1
    };
    let min = -max - 1;
    // These may wrap; as in C they are only used once `value` is known to be in range.
    let maxincr = (max as u64).wrapping_sub(value as u64) as i64;
    let minincr = min.wrapping_sub(value);
    let wrap = || {
        let mut c = (value as u64).wrapping_add(incr as u64);
        if bits < 64 {
            let mask = u64::MAX << bits;
            if c & (1 << (bits - 1)) != 0 {
                c |= mask;
            } else {
                c &= !mask;
            }
        }
        c as i64
    };
    let wide = bits != 64;
    if value > max || (wide && incr > maxincr) || (value >= 0 && incr > 0 && incr > maxincr) {
        Some(match ow {
            Overflow::Wrap => wrap(),
            _ => max,
        })
    } else if value < min || (wide && incr < minincr) || (value < 0 && incr < 0 && incr < minincr) {
        Some(match ow {
            Overflow::Wrap => wrap(),
            _ => min,
        })
    } else {
        None
    }
}

// ---------------------------------------------------------------------------------------------
// Keys

/// lookupStringForBitCommand: runs `f` on the bytes of the string at `key`, made `raw` and
/// grown with zero bytes so that bit `maxbit` exists; a missing key is created. `f` also
/// learns whether the string was created or grown.
fn with_bits_for_write<R>(
    ks: &mut Keyspace,
    key: &[u8],
    maxbit: u64,
    f: impl FnOnce(&mut Vec<u8>, bool) -> R,
) -> Result<R, Error> {
    let need = (maxbit >> 3) as usize + 1;
    match ks.write(key) {
        Some(e) => {
            if !e.value.is_string() {
                return Err(Error::WRONGTYPE);
            }
            let Some(raw) = e.value.make_raw() else {
                return Err(Error::WRONGTYPE);
            };
            let grown = raw.len() < need;
            if grown {
                raw.try_reserve(need - raw.len())
                    .map_err(|_| ERR_NO_MEMORY)?;
                raw.resize(need, 0);
            }
            Ok(f(raw, grown))
        }
        None => {
            let mut raw = Vec::new();
            raw.try_reserve_exact(need).map_err(|_| ERR_NO_MEMORY)?;
            raw.resize(need, 0);
            let r = f(&mut raw, true);
            let now = ks.now_ms;
            ks.db().set(key, Value::Raw(raw), now);
            Ok(r)
        }
    }
}

// ---------------------------------------------------------------------------------------------
// SETBIT / GETBIT

/// SETBIT key offset 0|1: the bit's old value.
fn setbit(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let offset = bit_offset(args[2], 0)?;
    let on = parse_i64(args[3]).ok_or(ERR_BIT_VALUE)?;
    if on & !1 != 0 {
        return Err(ERR_BIT_VALUE);
    }
    let old = with_bits_for_write(&mut ctx.ks, args[1], offset, |raw, grown| {
        let byte = &mut raw[(offset >> 3) as usize];
        let mask = 1u8 << (7 - (offset & 7));
        let old = *byte & mask != 0;
        if !grown && old == (on == 1) {
            // Same bit, same length: Redis signals no change.
            super::changed_nothing();
        }
        if on == 1 {
            *byte |= mask;
        } else {
            *byte &= !mask;
        }
        old
    })?;
    ctx.out.int(old as i64);
    Ok(())
}

/// GETBIT key offset: 0 past the end and for a missing key.
fn getbit(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let offset = bit_offset(args[2], 0)?;
    let bit = match ctx.ks.read(args[1]) {
        None => false,
        Some(e) => {
            let s = e.value.string_bytes().ok_or(Error::WRONGTYPE)?;
            let byte = usize::try_from(offset >> 3).ok().and_then(|i| s.get(i));
            byte.is_some_and(|b| b & (1 << (7 - (offset & 7))) != 0)
        }
    };
    ctx.out.int(bit as i64);
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// BITCOUNT / BITPOS

/// The inclusive range BITCOUNT and BITPOS work on, in bytes, with the bits of the first and
/// last byte that lie outside it (set in the masks) when the range was given in bits.
struct ByteRange {
    start: i64,
    end: i64,
    first_mask: u8,
    last_mask: u8,
}

/// Resolves `start..=end` (negative from the end) over a string of `len` bytes, in bits when
/// `isbit`, the way bitcountCommand and bitposCommand do.
fn resolve_range(len: usize, mut start: i64, mut end: i64, isbit: bool) -> ByteRange {
    let mut total = len as i64;
    if isbit {
        total <<= 3;
    }
    if start < 0 {
        start += total;
    }
    if end < 0 {
        end += total;
    }
    start = start.max(0);
    end = end.max(0);
    if end >= total {
        end = total - 1;
    }
    let (mut first_mask, mut last_mask) = (0, 0);
    if isbit && start <= end {
        first_mask = !((1u16 << (8 - (start & 7))) - 1) as u8;
        last_mask = ((1u16 << (7 - (end & 7))) - 1) as u8;
        start >>= 3;
        end >>= 3;
    }
    ByteRange {
        start,
        end,
        first_mask,
        last_mask,
    }
}

/// BIT or BYTE, else a syntax error.
fn unit_is_bit(arg: &[u8]) -> Result<bool, Error> {
    if word(arg, "bit") {
        Ok(true)
    } else if word(arg, "byte") {
        Ok(false)
    } else {
        Err(Error::SYNTAX)
    }
}

/// BITCOUNT key [start end [BYTE|BIT]]. The key is looked up first: a missing key counts 0
/// whatever the arguments.
fn bitcount(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let Some(e) = ctx.ks.read(args[1]) else {
        ctx.out.int(0);
        return Ok(());
    };
    let s = e.value.string_bytes().ok_or(Error::WRONGTYPE)?;
    let r = match args.len() {
        4 | 5 => {
            let start = arg_i64(args[2])?;
            let end = arg_i64(args[3])?;
            // Both from the end and crossed: empty, before the unit is even looked at.
            if start < 0 && end < 0 && start > end {
                ctx.out.int(0);
                return Ok(());
            }
            let isbit = args.len() == 5 && unit_is_bit(args[4])?;
            resolve_range(s.len(), start, end, isbit)
        }
        2 => resolve_range(s.len(), 0, -1, false),
        _ => return Err(Error::SYNTAX),
    };
    if r.start > r.end {
        ctx.out.int(0);
        return Ok(());
    }
    let (start, end) = (r.start as usize, r.end as usize);
    let mut count = popcount(&s[start..=end]);
    // The bits of the edge bytes outside the range were counted: take them back out.
    count -= (s[start] & r.first_mask).count_ones() as u64;
    count -= (s[end] & r.last_mask).count_ones() as u64;
    ctx.out.int(count as i64);
    Ok(())
}

/// BITPOS key bit [start [end [BYTE|BIT]]].
fn bitpos(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let bit = arg_i64(args[2])?;
    if bit != 0 && bit != 1 {
        return Err(ERR_BITPOS_BIT);
    }
    let bit = bit == 1;
    // A missing key is all clear bits: the first clear one is bit 0, there is no set one.
    let Some(e) = ctx.ks.read(args[1]) else {
        ctx.out.int(if bit { -1 } else { 0 });
        return Ok(());
    };
    let s = e.value.string_bytes().ok_or(Error::WRONGTYPE)?;
    let mut end_given = false;
    let r = match args.len() {
        4..=6 => {
            let start = arg_i64(args[3])?;
            let isbit = args.len() == 6 && unit_is_bit(args[5])?;
            let end = if args.len() >= 5 {
                end_given = true;
                arg_i64(args[4])?
            } else {
                -1
            };
            resolve_range(s.len(), start, end, isbit)
        }
        3 => resolve_range(s.len(), 0, -1, false),
        _ => return Err(Error::SYNTAX),
    };
    let pos = if r.start > r.end {
        -1
    } else {
        bitpos_in(&s, &r, bit, end_given)
    };
    ctx.out.int(pos);
    Ok(())
}

/// The search of bitposCommand over a non-empty range: the masked first byte, the whole bytes,
/// the masked last byte. With an explicit end, a clear bit is not looked for past the range.
fn bitpos_in(s: &[u8], r: &ByteRange, bit: bool, end_given: bool) -> i64 {
    let mask = |byte: u8, m: u8| if bit { byte & !m } else { byte | m };
    let mut start = r.start as usize;
    let end = r.end as usize;
    let mut bytes = end - start + 1;
    let pos = 'found: {
        if r.first_mask != 0 {
            let mut b = mask(s[start], r.first_mask);
            if r.last_mask != 0 && bytes == 1 {
                b = mask(b, r.last_mask);
            }
            let pos = first_bit(&[b], bit);
            if bytes == 1 || (pos != -1 && pos != 8) {
                break 'found pos;
            }
            start += 1;
            bytes -= 1;
        }
        let whole = bytes - (r.last_mask != 0) as usize;
        if whole > 0 {
            let pos = first_bit(&s[start..start + whole], bit);
            if bytes == whole || (pos != -1 && pos != (whole as i64) << 3) {
                break 'found pos;
            }
            start += whole;
            bytes -= whole;
        }
        first_bit(&[mask(s[end], r.last_mask)], bit)
    };
    if end_given && !bit && pos == (bytes as i64) << 3 {
        return -1;
    }
    if pos == -1 {
        -1
    } else {
        pos + ((start as i64) << 3)
    }
}

// ---------------------------------------------------------------------------------------------
// BITOP

#[derive(Clone, Copy, PartialEq, Eq)]
enum Op {
    And,
    Or,
    Xor,
    Not,
}

/// BITOP AND|OR|XOR|NOT destkey key [key ...]: the result's length (the longest source),
/// shorter sources read as padded with zero bytes. An empty result deletes destkey.
fn bitop(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let name = args[1];
    let op = if word(name, "and") {
        Op::And
    } else if word(name, "or") {
        Op::Or
    } else if word(name, "xor") {
        Op::Xor
    } else if word(name, "not") {
        Op::Not
    } else {
        return Err(Error::SYNTAX);
    };
    if op == Op::Not && args.len() != 4 {
        return Err(ERR_BITOP_NOT);
    }
    let dest = args[2];
    // Folded source by source: each key is looked up (and counted) in order, and a source of
    // another type stops the command before anything is written.
    let mut res: Vec<u8> = Vec::new();
    for (i, key) in args[3..].iter().enumerate() {
        let src = match ctx.ks.read(key) {
            None => None,
            Some(e) => Some(e.value.string_bytes().ok_or(Error::WRONGTYPE)?),
        };
        let src: &[u8] = src.as_deref().unwrap_or(&[]);
        if i == 0 {
            res.extend_from_slice(src);
            if op == Op::Not {
                res.iter_mut().for_each(|b| *b = !*b);
            }
            continue;
        }
        if res.len() < src.len() {
            res.resize(src.len(), 0);
        }
        let (head, tail) = res.split_at_mut(src.len());
        match op {
            Op::And => {
                head.iter_mut().zip(src).for_each(|(a, b)| *a &= b);
                tail.fill(0);
            }
            Op::Or => head.iter_mut().zip(src).for_each(|(a, b)| *a |= b),
            Op::Xor => head.iter_mut().zip(src).for_each(|(a, b)| *a ^= b),
            Op::Not => {}
        }
    }
    let len = res.len();
    if len > 0 {
        let now = ctx.ks.now_ms;
        ctx.ks.db().set(dest, Value::Raw(res), now);
    } else {
        ctx.ks.db().remove(dest);
    }
    ctx.out.int(len as i64);
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// BITFIELD

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum FieldOp {
    Get,
    Set,
    Incrby,
}

#[derive(Clone, Copy, Debug)]
struct Field {
    op: FieldOp,
    offset: u64,
    /// SET's value or INCRBY's increment.
    arg: i64,
    overflow: Overflow,
    bits: u32,
    signed: bool,
}

fn bitfield(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    bitfield_generic(ctx, args, false)
}

fn bitfield_ro(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    bitfield_generic(ctx, args, true)
}

/// Parses BITFIELD's subcommands: GET type offset, SET type offset value, INCRBY type offset
/// increment, OVERFLOW WRAP|SAT|FAIL (applying to the SET and INCRBY after it).
fn parse_fields(args: &[&[u8]]) -> Result<Vec<Field>, Error> {
    let mut fields = Vec::new();
    let mut overflow = Overflow::Wrap;
    let mut j = 2;
    while j < args.len() {
        let rest = args.len() - j - 1;
        let sub = args[j];
        let op = if word(sub, "get") && rest >= 2 {
            FieldOp::Get
        } else if word(sub, "set") && rest >= 3 {
            FieldOp::Set
        } else if word(sub, "incrby") && rest >= 3 {
            FieldOp::Incrby
        } else if word(sub, "overflow") && rest >= 1 {
            let kind = args[j + 1];
            overflow = if word(kind, "wrap") {
                Overflow::Wrap
            } else if word(kind, "sat") {
                Overflow::Sat
            } else if word(kind, "fail") {
                Overflow::Fail
            } else {
                return Err(ERR_OVERFLOW_TYPE);
            };
            j += 2;
            continue;
        } else {
            return Err(Error::SYNTAX);
        };
        let (signed, bits) = bitfield_type(args[j + 1])?;
        let offset = bit_offset(args[j + 2], bits)?;
        let arg = if op == FieldOp::Get {
            0
        } else {
            arg_i64(args[j + 3])?
        };
        fields.push(Field {
            op,
            offset,
            arg,
            overflow,
            bits,
            signed,
        });
        j += if op == FieldOp::Get { 3 } else { 4 };
    }
    Ok(fields)
}

/// bitfieldGeneric: every subcommand is parsed (and its errors given) before the key is
/// touched; only GETs read the key as a read, anything else creates and grows it first.
fn bitfield_generic(ctx: &mut Ctx, args: &[&[u8]], read_only: bool) -> CmdResult {
    let fields = parse_fields(args)?;
    let key = args[1];
    let writes = fields.iter().filter(|f| f.op != FieldOp::Get);
    let Some(maxbit) = writes.map(|f| f.offset + f.bits as u64 - 1).max() else {
        let s = match ctx.ks.read(key) {
            None => None,
            Some(e) => Some(e.value.string_bytes().ok_or(Error::WRONGTYPE)?),
        };
        let s: &[u8] = s.as_deref().unwrap_or(&[]);
        ctx.out.array(fields.len());
        for f in &fields {
            reply_get(ctx.out, s, f);
        }
        return Ok(());
    };
    if read_only {
        return Err(ERR_BITFIELD_RO);
    }
    let out = &mut *ctx.out;
    with_bits_for_write(&mut ctx.ks, key, maxbit, |s, _| {
        out.array(fields.len());
        for f in &fields {
            match f.op {
                FieldOp::Get => reply_get(out, s, f),
                _ if f.signed => {
                    let old = get_signed_field(s, f.offset, f.bits);
                    let (new, over, reply) = if f.op == FieldOp::Incrby {
                        let over = signed_overflow(old, f.arg, f.bits, f.overflow);
                        let new = over.unwrap_or(old.wrapping_add(f.arg));
                        (new, over.is_some(), new)
                    } else {
                        let over = signed_overflow(f.arg, 0, f.bits, f.overflow);
                        (over.unwrap_or(f.arg), over.is_some(), old)
                    };
                    if over && f.overflow == Overflow::Fail {
                        out.null();
                    } else {
                        out.int(reply);
                        set_field(s, f.offset, f.bits, new as u64);
                    }
                }
                _ => {
                    let old = get_field(s, f.offset, f.bits);
                    let (new, over, reply) = if f.op == FieldOp::Incrby {
                        let over = unsigned_overflow(old, f.arg, f.bits, f.overflow);
                        let new = over.unwrap_or(old.wrapping_add(f.arg as u64));
                        (new, over.is_some(), new)
                    } else {
                        let v = f.arg as u64;
                        let over = unsigned_overflow(v, 0, f.bits, f.overflow);
                        (over.unwrap_or(v), over.is_some(), old)
                    };
                    if over && f.overflow == Overflow::Fail {
                        out.null();
                    } else {
                        out.int(reply as i64);
                        set_field(s, f.offset, f.bits, new);
                    }
                }
            }
        }
    })
}

fn reply_get(out: &mut crate::protocol::ReplyBuf, s: &[u8], f: &Field) {
    if f.signed {
        out.int(get_signed_field(s, f.offset, f.bits));
    } else {
        out.int(get_field(s, f.offset, f.bits) as i64);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::testing::TestShard;
    use crate::commands::PROTO_MAX_BULK_LEN;
    use crate::storage::quicklist::Quicklist;
    use std::sync::atomic::Ordering;

    /// Runs each (command, expected reply) pair in order on `s`.
    fn expect(s: &mut TestShard, steps: &[(&str, &str)]) {
        for (cmd, want) in steps {
            assert_eq!(s.run(cmd), *want, "reply to {cmd}");
        }
    }

    fn encoding(s: &mut TestShard, key: &str) -> &'static str {
        let now = s.now_ms;
        s.dbs[0]
            .lookup(key.as_bytes(), now, false)
            .expect("key exists")
            .value
            .encoding()
    }

    fn bytes(s: &mut TestShard, key: &str) -> Vec<u8> {
        let now = s.now_ms;
        let e = s.dbs[0].lookup(key.as_bytes(), now, false).expect("key");
        e.value.string_bytes().unwrap().into_owned()
    }

    /// A shard with a list at `list` (for WRONGTYPE).
    fn with_list() -> TestShard {
        let mut s = TestShard::new();
        let mut q = Quicklist::default();
        q.push_back(b"a");
        let now = s.now_ms;
        s.dbs[0].set(b"list", Value::List(Box::new(q)), now);
        s
    }

    const WRONGTYPE: &str =
        "-WRONGTYPE Operation against a key holding the wrong kind of value\r\n";

    #[test]
    fn command_table_matches_redis_7_0() {
        let t = crate::commands::table();
        for (name, arity, flags) in [
            ("bitcount", -2, RO),
            ("bitfield", -2, WD),
            ("bitfield_ro", -2, RO | FAST),
            ("bitop", -4, WD),
            ("bitpos", -3, RO),
            ("getbit", 3, RO | FAST),
            ("setbit", 4, WD),
        ] {
            let c = t.get(name.as_bytes()).expect(name);
            assert_eq!(
                (c.arity, c.flags, c.group),
                (arity, flags, "bitmap"),
                "{name}"
            );
        }
        assert_eq!(t.get(b"bitop").unwrap().legacy_key_range(), (2, -1, 1));
        let c = t.get(b"bitop").unwrap();
        let args: Vec<&[u8]> = vec![b"bitop", b"and", b"d", b"a", b"b"];
        let mut pos = Vec::new();
        c.key_positions(&args, &mut pos);
        assert_eq!(pos, [2, 3, 4]);
    }

    #[test]
    fn setbit_and_getbit() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                ("SETBIT k 1 1", ":0\r\n"),
                ("SETBIT k 1 1", ":1\r\n"),
                ("GETBIT k 1", ":1\r\n"),
                ("GETBIT k 0", ":0\r\n"),
                ("GETBIT k 100", ":0\r\n"),
                ("GETBIT nokey 0", ":0\r\n"),
                ("SETBIT k 7 1", ":0\r\n"),
                ("SETBIT k 1 0", ":1\r\n"),
                ("SETBIT k 17 1", ":0\r\n"),
            ],
        );
        assert_eq!(bytes(&mut s, "k"), [0x01, 0x00, 0x40]);
        assert_eq!(encoding(&mut s, "k"), "raw");
    }

    #[test]
    fn setbit_makes_an_int_raw_and_reads_its_digits() {
        let mut s = TestShard::new();
        s.run("SET n 1");
        assert_eq!(encoding(&mut s, "n"), "int");
        // '1' is 0x31 = 00110001.
        assert_eq!(s.run("GETBIT n 2"), ":1\r\n");
        assert_eq!(s.run("GETBIT n 1"), ":0\r\n");
        assert_eq!(s.run("SETBIT n 6 1"), ":0\r\n");
        assert_eq!(bytes(&mut s, "n"), b"3");
        assert_eq!(encoding(&mut s, "n"), "raw");
    }

    #[test]
    fn setbit_and_getbit_argument_errors() {
        let mut s = with_list();
        let off = "-ERR bit offset is not an integer or out of range\r\n";
        let bit = "-ERR bit is not an integer or out of range\r\n";
        expect(
            &mut s,
            &[
                ("SETBIT k -1 1", off),
                ("SETBIT k x 1", off),
                ("SETBIT k 4294967296 1", off),
                ("SETBIT k 0 2", bit),
                ("SETBIT k 0 -1", bit),
                ("SETBIT k 0 x", bit),
                ("SETBIT k x x", off),
                ("GETBIT k -1", off),
                ("GETBIT k 4294967296", off),
                ("SETBIT list 0 1", WRONGTYPE),
                ("SETBIT list x 1", off),
                ("GETBIT list 0", WRONGTYPE),
                ("EXISTS k", ":0\r\n"),
            ],
        );
        assert_eq!(s.run("GETBIT k 4294967295"), ":0\r\n");
    }

    #[test]
    fn offsets_follow_proto_max_bulk_len() {
        let mut s = TestShard::new();
        let old = PROTO_MAX_BULK_LEN.swap(4, Ordering::Relaxed);
        let a = s.run("SETBIT k 31 1");
        let b = s.run("SETBIT k 32 1");
        let c = s.run("BITFIELD k GET u8 #3 GET u8 #4");
        PROTO_MAX_BULK_LEN.store(old, Ordering::Relaxed);
        assert_eq!(a, ":0\r\n");
        assert_eq!(b, "-ERR bit offset is not an integer or out of range\r\n");
        assert_eq!(c, "-ERR bit offset is not an integer or out of range\r\n");
    }

    #[test]
    fn bitcount_ranges() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                ("SET k foobar", "+OK\r\n"),
                ("BITCOUNT k", ":26\r\n"),
                ("BITCOUNT k 0 0", ":4\r\n"),
                ("BITCOUNT k 1 1", ":6\r\n"),
                ("BITCOUNT k 1 1 BYTE", ":6\r\n"),
                ("BITCOUNT k 5 30 BIT", ":17\r\n"),
                ("BITCOUNT k -2 -1", ":7\r\n"),
                ("BITCOUNT k -1 -2", ":0\r\n"),
                ("BITCOUNT k -1 -2 junk", ":0\r\n"),
                ("BITCOUNT k 2 1", ":0\r\n"),
                ("BITCOUNT k 0 1000", ":26\r\n"),
                ("BITCOUNT k -1000 -1", ":26\r\n"),
                ("BITCOUNT k 0 -1 bit", ":26\r\n"),
                ("BITCOUNT k 1 1 bit", ":1\r\n"),
                ("BITCOUNT k 0", "-ERR syntax error\r\n"),
                ("BITCOUNT k 0 1 2 3", "-ERR syntax error\r\n"),
                ("BITCOUNT k 0 1 bits", "-ERR syntax error\r\n"),
                (
                    "BITCOUNT k a 1",
                    "-ERR value is not an integer or out of range\r\n",
                ),
                ("BITCOUNT nokey 0", ":0\r\n"),
                ("BITCOUNT nokey a b c d", ":0\r\n"),
                ("SET n 12", "+OK\r\n"),
                ("BITCOUNT n", ":6\r\n"),
            ],
        );
        let mut s = with_list();
        assert_eq!(s.run("BITCOUNT list"), WRONGTYPE);
        assert_eq!(s.run("BITCOUNT list 0"), WRONGTYPE);
    }

    #[test]
    fn popcount_agrees_with_a_bit_loop() {
        let data: Vec<u8> = (0..1000u32)
            .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
            .collect();
        for start in [0, 1, 7, 8, 9, 500] {
            for end in [start, start + 1, start + 15, 999] {
                let want: u64 = data[start..=end]
                    .iter()
                    .map(|b| b.count_ones() as u64)
                    .sum();
                assert_eq!(popcount(&data[start..=end]), want);
            }
        }
    }

    #[test]
    fn bitpos_cases() {
        let mut s = TestShard::new();
        s.run_args(&[b"SET", b"k", b"\xff\xf0\x00"]);
        s.run_args(&[b"SET", b"ones", b"\xff\xff\xff"]);
        s.run_args(&[b"SET", b"zeros", b"\x00\x00\x00"]);
        s.run_args(&[b"SET", b"e", b""]);
        expect(
            &mut s,
            &[
                ("BITPOS k 0", ":12\r\n"),
                ("BITPOS k 1", ":0\r\n"),
                ("BITPOS k 1 2", ":-1\r\n"),
                ("BITPOS k 0 2", ":16\r\n"),
                ("BITPOS k 1 7 15 BIT", ":7\r\n"),
                ("BITPOS k 0 7 15 BIT", ":12\r\n"),
                ("BITPOS k 0 3 5 bit", ":-1\r\n"),
                ("BITPOS k 1 12 23 bit", ":-1\r\n"),
                ("BITPOS ones 0", ":24\r\n"),
                ("BITPOS ones 0 0", ":24\r\n"),
                ("BITPOS ones 0 0 -1", ":-1\r\n"),
                ("BITPOS ones 0 1 20 bit", ":-1\r\n"),
                ("BITPOS zeros 1", ":-1\r\n"),
                ("BITPOS zeros 0", ":0\r\n"),
                ("BITPOS e 0", ":-1\r\n"),
                ("BITPOS e 1", ":-1\r\n"),
                ("BITPOS nokey 0", ":0\r\n"),
                ("BITPOS nokey 1", ":-1\r\n"),
                ("BITPOS nokey 1 x", ":-1\r\n"),
                ("BITPOS k 2", "-ERR The bit argument must be 1 or 0.\r\n"),
                (
                    "BITPOS k x",
                    "-ERR value is not an integer or out of range\r\n",
                ),
                ("BITPOS k 1 0 1 bit x", "-ERR syntax error\r\n"),
                ("BITPOS k 1 0 1 bat", "-ERR syntax error\r\n"),
                (
                    "BITPOS k 1 x 1 bat",
                    "-ERR value is not an integer or out of range\r\n",
                ),
                ("BITPOS k 1 0 x bat", "-ERR syntax error\r\n"),
                ("BITPOS k 1 2 1", ":-1\r\n"),
            ],
        );
        let mut s = with_list();
        assert_eq!(s.run("BITPOS list 1"), WRONGTYPE);
        assert_eq!(
            s.run("BITPOS list 3"),
            "-ERR The bit argument must be 1 or 0.\r\n"
        );
    }

    #[test]
    fn first_bit_agrees_with_a_bit_loop() {
        let mut seed = 7u64;
        for len in 0..40 {
            let mut v = vec![0u8; len];
            for b in v.iter_mut() {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                *b = match seed >> 62 {
                    0 => 0,
                    1 => 0xff,
                    _ => (seed >> 40) as u8,
                };
            }
            for bit in [false, true] {
                let naive = (0..len * 8)
                    .find(|&i| (v[i / 8] >> (7 - i % 8)) & 1 == bit as u8)
                    .map(|i| i as i64)
                    .unwrap_or(if bit { -1 } else { (len * 8) as i64 });
                assert_eq!(first_bit(&v, bit), naive, "{v:?} {bit}");
            }
        }
    }

    #[test]
    fn bitop_operations() {
        let mut s = TestShard::new();
        s.run_args(&[b"SET", b"a", b"\xff\x0f\xaa"]);
        s.run_args(&[b"SET", b"b", b"\x0f\xff"]);
        for (cmd, len, want) in [
            ("BITOP AND d a b", 3, &b"\x0f\x0f\x00"[..]),
            ("BITOP OR d a b", 3, b"\xff\xff\xaa"),
            ("BITOP XOR d a b nokey", 3, b"\xf0\xf0\xaa"),
            ("BITOP not d b", 2, b"\xf0\x00"),
            ("BITOP AND d nokey a", 3, b"\x00\x00\x00"),
            ("BITOP and d a", 3, b"\xff\x0f\xaa"),
        ] {
            assert_eq!(s.run(cmd), format!(":{len}\r\n"), "{cmd}");
            assert_eq!(bytes(&mut s, "d"), want, "{cmd}");
        }
        assert_eq!(encoding(&mut s, "d"), "raw");
        s.run("SET n 12");
        assert_eq!(s.run("BITOP OR d n"), ":2\r\n");
        assert_eq!(s.run("GET d"), "$2\r\n12\r\n");
    }

    #[test]
    fn bitop_empty_result_deletes_and_replacing_drops_the_ttl() {
        let mut s = TestShard::new();
        s.run("SET d x EX 100");
        assert_eq!(s.run("BITOP OR d nokey other"), ":0\r\n");
        assert_eq!(s.run("EXISTS d"), ":0\r\n");
        s.run("SET d x EX 100");
        s.run("SET a y");
        assert_eq!(s.run("BITOP OR d a"), ":1\r\n");
        assert_eq!(s.run("TTL d"), ":-1\r\n");
        // The destination may be a source.
        assert_eq!(s.run("BITOP NOT d d"), ":1\r\n");
        assert_eq!(bytes(&mut s, "d"), [!b'y']);
    }

    #[test]
    fn bitop_errors() {
        let mut s = with_list();
        s.run("SET a 1");
        s.run("SET d keep");
        expect(
            &mut s,
            &[
                ("BITOP NAND d a", "-ERR syntax error\r\n"),
                (
                    "BITOP NOT d a a",
                    "-ERR BITOP NOT must be called with a single source key.\r\n",
                ),
                ("BITOP NOTT d a a", "-ERR syntax error\r\n"),
                ("BITOP AND d a list", WRONGTYPE),
                ("BITOP NOT d list", WRONGTYPE),
                ("GET d", "$4\r\nkeep\r\n"),
                ("BITOP AND list a", ":1\r\n"),
                ("TYPE list", "+string\r\n"),
                (
                    "BITOP AND d",
                    "-ERR wrong number of arguments for 'bitop' command\r\n",
                ),
            ],
        );
    }

    #[test]
    fn bitfield_get_set_incrby() {
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                ("BITFIELD k SET u5 7 23", "*1\r\n:0\r\n"),
                ("GET k", "$2\r\n\x01\x70\r\n"),
                (
                    "BITFIELD k GET u5 7 GET i5 7 GET u16 0",
                    "*3\r\n:23\r\n:-9\r\n:368\r\n",
                ),
                (
                    "BITFIELD k INCRBY u5 7 1 INCRBY u5 7 10",
                    "*2\r\n:24\r\n:2\r\n",
                ),
                (
                    "BITFIELD k OVERFLOW SAT INCRBY u5 7 100 INCRBY i5 7 -100",
                    "*2\r\n:31\r\n:-16\r\n",
                ),
                (
                    "BITFIELD k OVERFLOW FAIL INCRBY u5 7 100 GET u5 7",
                    "*2\r\n$-1\r\n:16\r\n",
                ),
                (
                    "BITFIELD k SET i64 0 -1 GET u63 1 GET i64 0",
                    "*3\r\n:72057594037927936\r\n:9223372036854775807\r\n:-1\r\n",
                ),
                (
                    "BITFIELD k OVERFLOW WRAP INCRBY i64 0 -9223372036854775808",
                    "*1\r\n:9223372036854775807\r\n",
                ),
                (
                    "BITFIELD k SET u8 #2 255 GET u8 #2 GET u8 16",
                    "*3\r\n:255\r\n:255\r\n:255\r\n",
                ),
                ("BITFIELD k", "*0\r\n"),
                ("BITFIELD k OVERFLOW SAT", "*0\r\n"),
                ("BITFIELD nokey GET u8 0", "*1\r\n:0\r\n"),
                ("EXISTS nokey", ":0\r\n"),
                ("BITFIELD_RO k GET u8 #2", "*1\r\n:255\r\n"),
            ],
        );
    }

    #[test]
    fn bitfield_fail_still_creates_the_key() {
        let mut s = TestShard::new();
        assert_eq!(
            s.run("BITFIELD nk OVERFLOW FAIL INCRBY u2 100 10"),
            "*1\r\n$-1\r\n"
        );
        assert_eq!(s.run("STRLEN nk"), ":13\r\n");
        s.client.resp = 3;
        assert_eq!(
            s.run("BITFIELD nk OVERFLOW FAIL INCRBY u2 100 10"),
            "*1\r\n_\r\n"
        );
    }

    #[test]
    fn bitfield_errors() {
        let mut s = with_list();
        let ty = "-ERR Invalid bitfield type. Use something like i16 u8. Note that u64 is not supported but i64 is.\r\n";
        let off = "-ERR bit offset is not an integer or out of range\r\n";
        expect(
            &mut s,
            &[
                ("BITFIELD k GET u64 0", ty),
                ("BITFIELD k GET i65 0", ty),
                ("BITFIELD k GET i0 0", ty),
                ("BITFIELD k GET U8 0", ty),
                ("BITFIELD k GET x8 0", ty),
                ("BITFIELD k GET u 0", ty),
                ("BITFIELD k GET u08 0", ty),
                ("BITFIELD k GET u8 -1", off),
                ("BITFIELD k GET u8 #-1", off),
                ("BITFIELD k GET u8 ##1", off),
                (
                    "BITFIELD k SET u8 0 x",
                    "-ERR value is not an integer or out of range\r\n",
                ),
                ("BITFIELD k GET u8", "-ERR syntax error\r\n"),
                ("BITFIELD k SET u8 0", "-ERR syntax error\r\n"),
                ("BITFIELD k FOO", "-ERR syntax error\r\n"),
                ("BITFIELD k OVERFLOW", "-ERR syntax error\r\n"),
                (
                    "BITFIELD k OVERFLOW WRAPS",
                    "-ERR Invalid OVERFLOW type specified\r\n",
                ),
                (
                    "BITFIELD_RO k SET u8 0 1",
                    "-ERR BITFIELD_RO only supports the GET subcommand\r\n",
                ),
                ("BITFIELD_RO k SET u8 0 1 GET u64 0", ty),
                ("BITFIELD list GET u8 0", WRONGTYPE),
                ("BITFIELD list SET u8 0 1", WRONGTYPE),
                ("BITFIELD_RO list GET u8 0", WRONGTYPE),
                ("BITFIELD list", WRONGTYPE),
                ("EXISTS k", ":0\r\n"),
            ],
        );
    }

    #[test]
    fn bitfield_overflow_rules_match_redis_examples() {
        // From Redis's bitfield.tcl and the BITFIELD documentation.
        let mut s = TestShard::new();
        expect(
            &mut s,
            &[
                ("BITFIELD bits SET u8 0 255", "*1\r\n:0\r\n"),
                ("BITFIELD bits INCRBY u8 0 100", "*1\r\n:99\r\n"),
                (
                    "BITFIELD bits OVERFLOW SAT INCRBY u8 0 500",
                    "*1\r\n:255\r\n",
                ),
                (
                    "BITFIELD bits SET i8 0 127 OVERFLOW WRAP INCRBY i8 0 1",
                    "*2\r\n:-1\r\n:-128\r\n",
                ),
                (
                    "BITFIELD bits SET i8 0 -128 INCRBY i8 0 -1",
                    "*2\r\n:-128\r\n:127\r\n",
                ),
                ("BITFIELD bits SET u8 0 256", "*1\r\n:127\r\n"),
                ("BITFIELD bits GET u8 0", "*1\r\n:0\r\n"),
                (
                    "BITFIELD bits OVERFLOW SAT SET u8 0 -1 SET i8 0 200",
                    "*2\r\n:0\r\n:-1\r\n",
                ),
                ("BITFIELD bits GET i8 0", "*1\r\n:127\r\n"),
                (
                    "BITFIELD bits OVERFLOW FAIL SET i8 0 128 INCRBY u63 1 -1",
                    "*2\r\n$-1\r\n:9151314442816847871\r\n",
                ),
                (
                    "BITFIELD bits SET i64 0 9223372036854775807 INCRBY i64 0 1",
                    "*2\r\n:9151314442816847871\r\n:-9223372036854775808\r\n",
                ),
                (
                    "BITFIELD bits OVERFLOW SAT INCRBY i64 0 -1 INCRBY i64 0 -9223372036854775808",
                    "*2\r\n:-9223372036854775808\r\n:-9223372036854775808\r\n",
                ),
            ],
        );
    }

    #[test]
    fn fields_agree_with_a_bit_loop() {
        let mut seed = 3u64;
        let mut next = || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            seed
        };
        for _ in 0..2000 {
            let mut buf = vec![0u8; 12];
            buf.iter_mut().for_each(|b| *b = next() as u8);
            let bits = 1 + (next() % 64) as u32;
            let offset = next() % (96 - bits as u64 + 1);
            let naive = (0..bits as u64).fold(0u64, |v, i| {
                let o = offset + i;
                (v << 1) | ((buf[(o / 8) as usize] >> (7 - o % 8)) & 1) as u64
            });
            assert_eq!(get_field(&buf, offset, bits), naive);
            let value = next();
            let mut copy = buf.clone();
            set_field(&mut copy, offset, bits, value);
            let mask = if bits == 64 {
                u64::MAX
            } else {
                (1 << bits) - 1
            };
            assert_eq!(get_field(&copy, offset, bits), value & mask);
            for o in (0..96).filter(|o| *o < offset || *o >= offset + bits as u64) {
                let bit = |b: &[u8]| (b[(o / 8) as usize] >> (7 - o % 8)) & 1;
                assert_eq!(bit(&copy), bit(&buf), "bit {o} outside the field changed");
            }
        }
        // Past the end reads as zeros.
        assert_eq!(get_field(b"\xff", 4, 8), 0xf0);
        assert_eq!(get_field(b"", u64::MAX >> 4, 64), 0);
    }

    #[test]
    fn wrong_number_of_arguments() {
        let mut s = TestShard::new();
        for (cmd, name) in [
            ("SETBIT k 0", "setbit"),
            ("GETBIT k", "getbit"),
            ("BITCOUNT", "bitcount"),
            ("BITPOS k", "bitpos"),
            ("BITOP AND d", "bitop"),
            ("BITFIELD", "bitfield"),
            ("BITFIELD_RO", "bitfield_ro"),
        ] {
            let want = format!("-ERR wrong number of arguments for '{name}' command\r\n");
            assert_eq!(s.run(cmd), want, "{cmd}");
        }
    }
}
