//! Redis 7.0.15's rules for numbers written as text: which argument strings
//! parse as integers and floats, and the exact bytes Redis prints for
//! integers, doubles and long doubles.
//!
//! Every function here mirrors one Redis C routine (named in its doc); the
//! tests hold answers observed from a real redis-server 7.0.15 on x86_64
//! Linux, and from Redis's own C routines where no command exposes one alone.
//!
//! Why there is a C shim (`csrc/ld.c`, built by `build.rs`): INCRBYFLOAT and
//! HINCRBYFLOAT compute in C `long double`, which on x86_64 is the x87 80-bit
//! format, parse with glibc `strtold` and print with `snprintf("%.17Lf")`.
//! That is why `SET x 0.1` + `INCRBYFLOAT x 0.2` answers `0.3` rather than
//! f64's `0.30000000000000004`. Rust has no stable f80, and its own float
//! parser and formatter differ from glibc at the edges (hex floats, tie
//! rounding), so the shim makes the same libc calls Redis makes. A long
//! double crosses the boundary only behind a pointer to 16 bytes.
//!
//! Integers are pure Rust: they are on every reply's hot path and their rules
//! are simple enough to reproduce exactly.

use std::ffi::{c_char, c_int};

/// C `long double` as Redis uses it for INCRBYFLOAT: on x86_64 the x87 80-bit
/// extended format in the first 10 bytes, the padding kept zero. Opaque: all
/// arithmetic goes through the C shim so it rounds exactly as Redis does.
#[derive(Clone, Copy)]
#[repr(C, align(16))]
pub struct LongDouble([u8; 16]);

// The 16 bytes are written and read only by csrc/ld.c, which stores a C
// `long double` in them; every function takes pointers, never a long double
// by value, because Rust cannot express that type in an FFI signature.
unsafe extern "C" {
    fn ringkv_string2ld(s: *const c_char, slen: usize, out: *mut LongDouble) -> c_int;
    fn ringkv_strtod(
        s: *const c_char,
        slen: usize,
        consumed: *mut usize,
        erange: *mut c_int,
    ) -> f64;
    fn ringkv_ld_from_i64(v: i64, out: *mut LongDouble);
    fn ringkv_ld_from_f64(v: f64, out: *mut LongDouble);
    fn ringkv_ld_add(a: *const LongDouble, b: *const LongDouble, out: *mut LongDouble);
    fn ringkv_ld_isfinite(a: *const LongDouble) -> c_int;
    fn ringkv_ld_secs_to_ms(a: *const LongDouble) -> i64;
    fn ringkv_ld2string_human(a: *const LongDouble, buf: *mut c_char, cap: usize) -> c_int;
    fn ringkv_fmt_17g(d: f64, buf: *mut c_char, cap: usize) -> c_int;
}

/// Redis's LONG_STR_SIZE (util.h): string2ll rejects input this long or longer.
const LONG_STR_SIZE: usize = 21;

/// Redis's MAX_LONG_DOUBLE_CHARS (util.h): the buffer ld2string prints into.
const MAX_LONG_DOUBLE_CHARS: usize = 5 * 1024;

/// C `isspace` in the "C" locale (Redis never sets LC_CTYPE). Unlike
/// `u8::is_ascii_whitespace` this includes vertical tab.
fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// Redis `string2ll` (util.c): strict decimal i64, the rule behind every
/// integer argument and behind storing a string as an integer. Rejects empty
/// input, 21 bytes or more, a leading `+`, leading zeros (only "0" itself may
/// start with 0, so "-0" and "00" fail), spaces and trailing bytes.
#[inline]
pub fn parse_i64(s: &[u8]) -> Option<i64> {
    if s.is_empty() || s.len() >= LONG_STR_SIZE {
        return None;
    }
    if s == b"0" {
        return Some(0);
    }
    let (negative, digits) = match s.split_first() {
        Some((b'-', rest)) => (true, rest),
        _ => (false, s),
    };
    let (&first, rest) = digits.split_first()?;
    if !(b'1'..=b'9').contains(&first) {
        return None;
    }
    let mut v = u64::from(first - b'0');
    if rest.len() < 18 {
        // At most 19 digits: cannot overflow u64.
        for &c in rest {
            let d = c.wrapping_sub(b'0');
            if d > 9 {
                return None;
            }
            v = v * 10 + u64::from(d);
        }
    } else {
        for &c in rest {
            let d = c.wrapping_sub(b'0');
            if d > 9 {
                return None;
            }
            v = v.checked_mul(10)?.checked_add(u64::from(d))?;
        }
    }
    if negative {
        if v > i64::MAX as u64 + 1 {
            None
        } else {
            Some((v as i64).wrapping_neg())
        }
    } else if v > i64::MAX as u64 {
        None
    } else {
        Some(v as i64)
    }
}

/// The SCAN/SSCAN/HSCAN/ZSCAN cursor rule of 7.0.15 (`parseScanCursorOrReply`
/// in db.c), which is *not* `string2ull`: it is `strtoul(s, &end, 10)` on the
/// NUL-terminated argument, rejected only when the first byte is a space, bytes
/// remain after the number, or it overflows. So "" parses as 0, "+5" and
/// "007" are accepted, "-1" wraps to u64::MAX (strtoul negates), "-" and " 5"
/// fail, and bytes after an embedded NUL are ignored ("5\0x" is 5).
pub fn parse_u64(s: &[u8]) -> Option<u64> {
    // The argument is read as a C string: it ends at the first NUL.
    let s = match s.iter().position(|&b| b == 0) {
        Some(nul) => &s[..nul],
        None => s,
    };
    let Some(&first) = s.first() else {
        // strtoul("") converts nothing and leaves end at the terminator.
        return Some(0);
    };
    if is_c_space(first) {
        return None;
    }
    let (negative, digits) = match first {
        b'-' => (true, &s[1..]),
        b'+' => (false, &s[1..]),
        _ => (false, s),
    };
    // No digits: strtoul leaves end at the start, which is not the terminator.
    if digits.is_empty() {
        return None;
    }
    let mut v: u64 = 0;
    for &c in digits {
        if !c.is_ascii_digit() {
            return None;
        }
        // Overflow is ERANGE, which Redis rejects.
        v = v.checked_mul(10)?.checked_add(u64::from(c - b'0'))?;
    }
    // strtoul negates in unsigned arithmetic.
    Some(if negative { v.wrapping_neg() } else { v })
}

/// Runs glibc strtod over `s`; returns the value, the bytes consumed and
/// whether it reported ERANGE (overflow, or underflow to zero or a denormal).
fn strtod(s: &[u8]) -> (f64, usize, bool) {
    let mut consumed = 0usize;
    let mut erange: c_int = 0;
    // SAFETY: `s` is valid for `s.len()` bytes; the shim copies them into its
    // own NUL-terminated buffer and writes only through the two out-pointers,
    // which point at live locals.
    let v = unsafe { ringkv_strtod(s.as_ptr().cast(), s.len(), &mut consumed, &mut erange) };
    (v, consumed, erange != 0)
}

/// Redis `string2d` (util.c), behind `getDoubleFromObject`: ZADD and ZINCRBY
/// scores, ZUNIONSTORE/ZINTERSTORE weights, GEO coordinates, radii and box
/// sizes. glibc strtod must consume the whole string; a leading space, NaN,
/// and overflow to ±inf or underflow to zero are rejected (a denormal result
/// is kept). Accepts whatever strtod does: "inf", "+Infinity", "0x1p-3",
/// "1.", ".5", "1e5". No length limit.
pub fn parse_f64(s: &[u8]) -> Option<f64> {
    let &first = s.first()?;
    if is_c_space(first) {
        return None;
    }
    let (v, consumed, erange) = strtod(s);
    if consumed != s.len() || (erange && (v.is_infinite() || v == 0.0)) || v.is_nan() {
        return None;
    }
    Some(v)
}

/// The looser float rule of ZRANGEBYSCORE, ZCOUNT, ZREMRANGEBYSCORE and the
/// BYSCORE forms of ZRANGE (`zslParseRange` in t_zset.c), applied by the
/// caller after removing an optional leading `(`: strtod on the C string (up
/// to the first NUL) must reach its end, and the result must not be NaN.
/// Unlike [`parse_f64`], leading whitespace is allowed, "" is 0, and "1e999"
/// is inf.
pub fn parse_f64_lax(s: &[u8]) -> Option<f64> {
    let (v, consumed, _) = strtod(s);
    if (consumed != s.len() && s[consumed] != 0) || v.is_nan() {
        return None;
    }
    Some(v)
}

/// SORT's rule for a weight or element (sort.c): strtod on the C string (up to the first
/// NUL) must reach its end, without ERANGE, and not give NaN. "" is 0, leading space is
/// allowed.
pub fn parse_f64_sort(s: &[u8]) -> Option<f64> {
    let (v, consumed, erange) = strtod(s);
    if (consumed != s.len() && s[consumed] != 0) || erange || v.is_nan() {
        return None;
    }
    Some(v)
}

/// Redis `string2ld` (util.c), behind `getLongDoubleFromObject`: INCRBYFLOAT's
/// stored value and increment, HINCRBYFLOAT's increment and field value, and
/// blocking-command timeouts. Like [`parse_f64`] but in long double, and input
/// of 5120 bytes or more is rejected.
pub fn parse_ld(s: &[u8]) -> Option<LongDouble> {
    let mut out = LongDouble::ZERO;
    // SAFETY: `s` is valid for `s.len()` bytes (the shim copies them before
    // reading); `out` is a live, 16-byte aligned LongDouble it may overwrite.
    let ok = unsafe { ringkv_string2ld(s.as_ptr().cast(), s.len(), &mut out) };
    (ok != 0).then_some(out)
}

impl LongDouble {
    /// +0.0: the x87 encoding of zero is all zero bytes.
    pub const ZERO: LongDouble = LongDouble([0; 16]);

    /// Exact (a long double has a 64-bit mantissa): how Redis reads a value
    /// stored as an integer (`value = (long)o->ptr`).
    pub fn from_i64(v: i64) -> LongDouble {
        let mut out = LongDouble::ZERO;
        // SAFETY: `out` is a live LongDouble the shim overwrites.
        unsafe { ringkv_ld_from_i64(v, &mut out) };
        out
    }

    /// Exact widening, as C's `(long double)d` (GEO replies print doubles
    /// through the long double formatter).
    pub fn from_f64(v: f64) -> LongDouble {
        let mut out = LongDouble::ZERO;
        // SAFETY: `out` is a live LongDouble the shim overwrites.
        unsafe { ringkv_ld_from_f64(v, &mut out) };
        out
    }

    /// `self + o` rounded to long double, as INCRBYFLOAT's `value += incr`.
    /// (Also available as `+`.)
    #[allow(clippy::should_implement_trait)] // the name callers use; Add delegates here
    pub fn add(self, o: LongDouble) -> LongDouble {
        let mut out = LongDouble::ZERO;
        // SAFETY: both inputs hold long doubles written by the shim; `out` is
        // a distinct live LongDouble the shim overwrites.
        unsafe { ringkv_ld_add(&self, &o, &mut out) };
        out
    }

    /// Neither infinite nor NaN: INCRBYFLOAT/HINCRBYFLOAT refuse a result (and
    /// HINCRBYFLOAT an increment) for which this is false.
    pub fn is_finite(&self) -> bool {
        // SAFETY: `self` holds a long double written by the shim.
        unsafe { ringkv_ld_isfinite(self) != 0 }
    }

    /// Seconds to milliseconds as blocking commands do it
    /// (`getTimeoutFromObjectOrReply` in timeout.c):
    /// `(long long) ceill(secs * 1000.0)`. A result outside i64 is i64::MIN,
    /// what x86_64's conversion yields in Redis, so "timeout is negative".
    pub fn secs_to_ms(self) -> i64 {
        // SAFETY: `self` holds a long double written by the shim.
        unsafe { ringkv_ld_secs_to_ms(&self) }
    }
}

impl std::ops::Add for LongDouble {
    type Output = LongDouble;
    fn add(self, o: LongDouble) -> LongDouble {
        LongDouble::add(self, o)
    }
}

impl std::fmt::Debug for LongDouble {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut text = Vec::new();
        write_ld_human(&mut text, *self);
        write!(f, "LongDouble({})", String::from_utf8_lossy(&text))
    }
}

/// "00" "01" .. "99": two digits per division, as Redis's ull2string.
const DIGIT_PAIRS: &[u8; 200] = b"\
0001020304050607080910111213141516171819\
2021222324252627282930313233343536373839\
4041424344454647484950515253545556575859\
6061626364656667686970717273747576777879\
8081828384858687888990919293949596979899";

/// Decimal u64 (Redis ull2string), appended to `out`.
pub fn write_u64(out: &mut Vec<u8>, n: u64) {
    let mut buf = [0u8; 20];
    let pos = digits_u64(&mut buf, n);
    out.extend_from_slice(&buf[pos..]);
}

/// Decimal i64 (Redis ll2string) formatted in `buf`, without allocating: integer values of
/// strings, listpack entries and intset members are read this way on every reply.
#[inline]
pub fn format_i64(n: i64, buf: &mut [u8; 20]) -> &[u8] {
    // |i64::MIN| has 19 digits, so the sign always fits in front.
    let mut pos = digits_u64(buf, n.unsigned_abs());
    if n < 0 {
        pos -= 1;
        buf[pos] = b'-';
    }
    &buf[pos..]
}

/// Writes the digits of `n` at the end of `buf`; returns where they start.
#[inline]
fn digits_u64(buf: &mut [u8; 20], mut n: u64) -> usize {
    let mut pos = buf.len();
    while n >= 100 {
        let i = (n % 100) as usize * 2;
        n /= 100;
        pos -= 2;
        buf[pos..pos + 2].copy_from_slice(&DIGIT_PAIRS[i..i + 2]);
    }
    if n < 10 {
        pos -= 1;
        buf[pos] = b'0' + n as u8;
    } else {
        let i = n as usize * 2;
        pos -= 2;
        buf[pos..pos + 2].copy_from_slice(&DIGIT_PAIRS[i..i + 2]);
    }
    pos
}

/// Decimal i64 (Redis ll2string), appended to `out`: every integer reply.
pub fn write_i64(out: &mut Vec<u8>, n: i64) {
    if n < 0 {
        out.push(b'-');
    }
    write_u64(out, n.unsigned_abs());
}

/// glibc `snprintf("%.17g")`, appended to `out`.
fn write_17g(out: &mut Vec<u8>, d: f64) {
    // The longest %.17g text is 24 bytes ("-2.2250738585072014e-308").
    let mut buf = [0u8; 32];
    // SAFETY: `buf` is writable for `buf.len()` bytes and snprintf writes at
    // most that many, including its NUL.
    let n = unsafe { ringkv_fmt_17g(d, buf.as_mut_ptr().cast(), buf.len()) };
    let n = usize::try_from(n).unwrap_or(0).min(buf.len() - 1);
    out.extend_from_slice(&buf[..n]);
}

/// The text of a double reply (`addReplyDouble`, networking.c): "inf", "-inf",
/// otherwise `%.17g`; 0.1 -> "0.10000000000000001", 3.0 -> "3", -0.0 -> "-0",
/// 1e17 -> "1e+17". Used by ZSCORE, ZINCRBY, ZRANGE WITHSCORES, ZMSCORE,
/// ZRANDMEMBER/ZPOP* WITHSCORES, and ZSCAN on skiplist zsets (which print
/// `%.17Lg` of the widened double: the same text). RESP3 wraps the same text as
/// `,<text>\r\n`. Not the text stored in a listpack: see [`write_f64_listpack`].
pub fn write_f64(out: &mut Vec<u8>, d: f64) {
    // Integral values below 1e17 have at most 17 digits, so %.17g prints
    // every digit with no exponent and no fraction: plain integer text.
    // Zero is left to snprintf because of its sign.
    if d != 0.0 && d.abs() < 1e17 && d.fract() == 0.0 {
        write_i64(out, d as i64);
    } else {
        write_17g(out, d);
    }
}

/// The text of a score inside a listpack-encoded zset (`zzlInsertAt`,
/// t_zset.c), which clients see through ZSCAN on a small zset. A score that
/// `double2ll` accepts (integral with |d| <= 2^62, -0.0 included) is stored as
/// that integer; anything else as `d2string`'s text, which for those values is
/// `%.17g`, "inf" or "-inf". So 1e17 -> "100000000000000000" where ZSCORE
/// says "1e+17", and -0.0 -> "0": a listpack zset loses the sign of zero
/// (its ZSCORE then says "0", where a skiplist zset's says "-0").
pub fn write_f64_listpack(out: &mut Vec<u8>, d: f64) {
    // double2ll's range: (double)(LLONG_MAX/2) rounds to 2^62.
    const LIMIT: f64 = 4_611_686_018_427_387_904.0;
    if (-LIMIT..=LIMIT).contains(&d) && d.fract() == 0.0 {
        write_i64(out, d as i64);
    } else if d.is_nan() {
        // d2string's NaN case; zsets never hold NaN.
        out.extend_from_slice(b"nan");
    } else if d.is_infinite() {
        out.extend_from_slice(if d < 0.0 { b"-inf" } else { b"inf" });
    } else {
        write_17g(out, d);
    }
}

/// Redis `ld2string(.., LD_STR_HUMAN)` (util.c): "inf"/"-inf", otherwise
/// `%.17Lf` with trailing zeros and then a trailing '.' removed, and "-0"
/// turned into "0". The reply and stored value of INCRBYFLOAT and
/// HINCRBYFLOAT (both use this mode only) and the coordinates of GEOPOS and
/// WITHCOORD (via [`LongDouble::from_f64`]). A result longer than Redis's
/// 5120-byte buffer would come out empty, as in Redis (it cannot happen for
/// finite x87 values, whose text is under 5000 bytes).
pub fn write_ld_human(out: &mut Vec<u8>, v: LongDouble) {
    let mut buf = [0u8; MAX_LONG_DOUBLE_CHARS];
    // SAFETY: `v` holds a long double written by the shim; `buf` is writable
    // for `buf.len()` bytes, which the shim's snprintf respects.
    let n = unsafe { ringkv_ld2string_human(&v, buf.as_mut_ptr().cast(), buf.len()) };
    let n = usize::try_from(n).unwrap_or(0).min(buf.len() - 1);
    out.extend_from_slice(&buf[..n]);
}

/// Redis `fixedpoint_d2string(.., 4)` (util.c), the distance text of GEODIST
/// and WITHDIST: `llrint(d * 10000)` (ties to even, i64::MIN when out of
/// range, as on x86_64) printed as fixed point with exactly 4 decimals, so
/// 0 -> "0.0000" (also for -0.0), 0.0775 -> "0.0775", -1.5 -> "-1.5000".
/// Only 4 digits: Redis's routine misplaces the dot for odd digit counts and
/// 7.0 never calls it with anything else.
pub fn write_f64_fixed4(out: &mut Vec<u8>, d: f64) {
    const DIGITS: usize = 4;
    if d == 0.0 {
        out.extend_from_slice(b"0.0000");
        return;
    }
    let scaled = (d * 10000.0).round_ties_even();
    let svalue = if (-9_223_372_036_854_775_808.0..9_223_372_036_854_775_808.0).contains(&scaled) {
        scaled as i64
    } else {
        i64::MIN
    };
    if svalue < 0 {
        out.push(b'-');
    }
    let mut text = Vec::with_capacity(20);
    write_u64(&mut text, svalue.unsigned_abs());
    if text.len() <= DIGITS {
        // Redis pads to "0.0775", never ".775".
        out.extend_from_slice(b"0.");
        out.resize(out.len() + DIGITS - text.len(), b'0');
        out.extend_from_slice(&text);
    } else {
        let int_len = text.len() - DIGITS;
        out.extend_from_slice(&text[..int_len]);
        out.push(b'.');
        out.extend_from_slice(&text[int_len..]);
    }
}

/// A uniform index in `0..n` (n > 0) from a 64-bit random number, by multiply-high: no
/// modulo, and a bias too small to measure.
#[inline]
pub fn below(random: u64, n: usize) -> usize {
    ((u128::from(random) * n as u128) >> 64) as usize
}

#[cfg(test)]
mod tests {

    #[test]
    fn format_i64_matches_write_i64() {
        for n in [
            0,
            7,
            -7,
            10,
            99,
            100,
            -100,
            i64::MAX,
            i64::MIN,
            1 << 40,
            -(1 << 53),
        ] {
            let mut v = Vec::new();
            write_i64(&mut v, n);
            assert_eq!(format_i64(n, &mut [0; 20]), &v[..], "{n}");
            assert_eq!(v, n.to_string().into_bytes());
        }
    }

    use super::*;

    fn text(f: impl FnOnce(&mut Vec<u8>)) -> String {
        let mut out = Vec::new();
        f(&mut out);
        String::from_utf8(out).unwrap()
    }

    fn fnv1a64(bytes: &[u8]) -> u64 {
        bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
            (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
        })
    }

    #[derive(Debug)]
    enum Expect {
        Text(&'static str),
        /// A long reply: its length and FNV-1a 64 hash.
        Long(usize, u64),
        /// The error text after "ERR ".
        Err(&'static str),
    }

    fn check(label: String, got: Result<Vec<u8>, &str>, want: &Expect) {
        match (want, &got) {
            (Expect::Text(t), Ok(g)) => assert_eq!(g.as_slice(), t.as_bytes(), "{label}"),
            (Expect::Long(len, hash), Ok(g)) => {
                assert_eq!((g.len(), fnv1a64(g)), (*len, *hash), "{label}")
            }
            (Expect::Err(e), Err(g)) => assert_eq!(g, e, "{label}"),
            _ => panic!("{label}: got {got:?}, want {want:?}"),
        }
    }

    /// (input, Some((ZSCORE, ZSCAN listpack, ZSCAN skiplist))).
    type ZaddCase = (
        &'static [u8],
        Option<(&'static str, &'static str, &'static str)>,
    );
    /// (stored value or absent, increment, reply).
    type IncrCase = (Option<&'static [u8]>, &'static [u8], Expect);

    /// incrbyfloatCommand (t_string.c) built from this module's pieces.
    fn incrbyfloat(init: Option<&[u8]>, incr: &[u8]) -> Result<Vec<u8>, &'static str> {
        let value = match init {
            None => Some(LongDouble::ZERO),
            Some(s) => parse_ld(s),
        };
        let (Some(value), Some(incr)) = (value, parse_ld(incr)) else {
            return Err("value is not a valid float");
        };
        let sum = value.add(incr);
        if !sum.is_finite() {
            return Err("increment would produce NaN or Infinity");
        }
        let mut out = Vec::new();
        write_ld_human(&mut out, sum);
        Ok(out)
    }

    /// hincrbyfloatCommand (t_hash.c) built from this module's pieces.
    fn hincrbyfloat(init: Option<&[u8]>, incr: &[u8]) -> Result<Vec<u8>, &'static str> {
        let incr = parse_ld(incr).ok_or("value is not a valid float")?;
        if !incr.is_finite() {
            return Err("value is NaN or Infinity");
        }
        let value = match init {
            None => LongDouble::ZERO,
            Some(s) => parse_ld(s).ok_or("hash value is not a float")?,
        };
        let sum = value.add(incr);
        if !sum.is_finite() {
            return Err("increment would produce NaN or Infinity");
        }
        let mut out = Vec::new();
        write_ld_human(&mut out, sum);
        Ok(out)
    }

    /// ZADD z <input> m, then ZSCORE (listpack zset), ZSCAN on a listpack zset
    /// and ZSCAN on a skiplist zset (zset-max-listpack-entries 0), as
    /// redis-server 7.0.15 answered; None: "ERR value is not a valid float".
    #[rustfmt::skip]
    const ZADD_CASES: &[ZaddCase] = &[
        (b"0.1", Some(("0.10000000000000001", "0.10000000000000001", "0.10000000000000001"))),
        (b"0.2", Some(("0.20000000000000001", "0.20000000000000001", "0.20000000000000001"))),
        (b"0.3", Some(("0.29999999999999999", "0.29999999999999999", "0.29999999999999999"))),
        (b"1.5", Some(("1.5", "1.5", "1.5"))),
        (b"3.0", Some(("3", "3", "3"))),
        (b"3", Some(("3", "3", "3"))),
        (b"-3", Some(("-3", "-3", "-3"))),
        (b"100", Some(("100", "100", "100"))),
        (b"0.5", Some(("0.5", "0.5", "0.5"))),
        (b"1e21", Some(("1e+21", "1e+21", "1e+21"))),
        (b"1e-5", Some(("1.0000000000000001e-05", "1.0000000000000001e-05", "1.0000000000000001e-05"))),
        (b"0.00001", Some(("1.0000000000000001e-05", "1.0000000000000001e-05", "1.0000000000000001e-05"))),
        (b"1e-4", Some(("0.0001", "0.0001", "0.0001"))),
        (b"0.0001", Some(("0.0001", "0.0001", "0.0001"))),
        (b"123456789012345678", Some(("1.2345678901234568e+17", "123456789012345680", "1.2345678901234568e+17"))),
        (b"9007199254740993", Some(("9007199254740992", "9007199254740992", "9007199254740992"))),
        (b"9007199254740992", Some(("9007199254740992", "9007199254740992", "9007199254740992"))),
        (b"-0", Some(("0", "0", "-0"))),
        (b"-0.0", Some(("0", "0", "-0"))),
        (b"0", Some(("0", "0", "0"))),
        (b"0.0", Some(("0", "0", "0"))),
        (b"+0", Some(("0", "0", "0"))),
        (b"5e-324", Some(("4.9406564584124654e-324", "4.9406564584124654e-324", "4.9406564584124654e-324"))),
        (b"4.9406564584124654e-324", Some(("4.9406564584124654e-324", "4.9406564584124654e-324", "4.9406564584124654e-324"))),
        (b"2.2250738585072014e-308", Some(("2.2250738585072014e-308", "2.2250738585072014e-308", "2.2250738585072014e-308"))),
        (b"2.225073858507201e-308", Some(("2.2250738585072009e-308", "2.2250738585072009e-308", "2.2250738585072009e-308"))),
        (b"1e308", Some(("1e+308", "1e+308", "1e+308"))),
        (b"1.7976931348623157e308", Some(("1.7976931348623157e+308", "1.7976931348623157e+308", "1.7976931348623157e+308"))),
        (b"1.7976931348623159e308", None),
        (b"1e17", Some(("1e+17", "100000000000000000", "1e+17"))),
        (b"-1e17", Some(("-1e+17", "-100000000000000000", "-1e+17"))),
        (b"99999999999999999", Some(("1e+17", "100000000000000000", "1e+17"))),
        (b"1e16", Some(("10000000000000000", "10000000000000000", "10000000000000000"))),
        (b"12345678901234567", Some(("12345678901234568", "12345678901234568", "12345678901234568"))),
        (b"1000000000000000.25", Some(("1000000000000000.2", "1000000000000000.2", "1000000000000000.2"))),
        (b"1000000000000000.75", Some(("1000000000000000.8", "1000000000000000.8", "1000000000000000.8"))),
        (b"0.3333333333333333", Some(("0.33333333333333331", "0.33333333333333331", "0.33333333333333331"))),
        (b"3.141592653589793", Some(("3.1415926535897931", "3.1415926535897931", "3.1415926535897931"))),
        (b"4611686018427387904", Some(("4.6116860184273879e+18", "4611686018427387904", "4.6116860184273879e+18"))),
        (b"4611686018427387905", Some(("4.6116860184273879e+18", "4611686018427387904", "4.6116860184273879e+18"))),
        (b"-4611686018427387904", Some(("-4.6116860184273879e+18", "-4611686018427387904", "-4.6116860184273879e+18"))),
        (b"4611686018427390000", Some(("4.61168601842739e+18", "4.61168601842739e+18", "4.61168601842739e+18"))),
        (b"9.2e18", Some(("9.2e+18", "9.2e+18", "9.2e+18"))),
        (b"1e18", Some(("1e+18", "1000000000000000000", "1e+18"))),
        (b"-1e18", Some(("-1e+18", "-1000000000000000000", "-1e+18"))),
        (b"9223372036854775807", Some(("9.2233720368547758e+18", "9.2233720368547758e+18", "9.2233720368547758e+18"))),
        (b"18446744073709551616", Some(("1.8446744073709552e+19", "1.8446744073709552e+19", "1.8446744073709552e+19"))),
        (b"123.456e10", Some(("1234560000000", "1234560000000", "1234560000000"))),
        (b"1e100", Some(("1e+100", "1e+100", "1e+100"))),
        (b"1e-100", Some(("1e-100", "1e-100", "1e-100"))),
        (b"-1e-300", Some(("-1e-300", "-1e-300", "-1e-300"))),
        (b"1e22", Some(("1e+22", "1e+22", "1e+22"))),
        (b"1e23", Some(("9.9999999999999992e+22", "9.9999999999999992e+22", "9.9999999999999992e+22"))),
        (b"inf", Some(("inf", "inf", "inf"))),
        (b"-inf", Some(("-inf", "-inf", "-inf"))),
        (b"+inf", Some(("inf", "inf", "inf"))),
        (b"Infinity", Some(("inf", "inf", "inf"))),
        (b"-Infinity", Some(("-inf", "-inf", "-inf"))),
        (b"INF", Some(("inf", "inf", "inf"))),
        (b"iNfInItY", Some(("inf", "inf", "inf"))),
        (b"infinit", None),
        (b"nan", None),
        (b"NaN", None),
        (b"-nan", None),
        (b"nan(123)", None),
        (b"0x10", Some(("16", "16", "16"))),
        (b"0X1p-3", Some(("0.125", "0.125", "0.125"))),
        (b"0x1.8p1", Some(("3", "3", "3"))),
        (b"0x", None),
        (b"1e400", None),
        (b"-1e400", None),
        (b"1e-400", None),
        (b"-1e-400", None),
        (b" 1", None),
        (b"1 ", None),
        (b"\x091", None),
        (b"\x0b1", None),
        (b"", None),
        (b"1e", None),
        (b"1e+", None),
        (b"1e-5x", None),
        (b".5", Some(("0.5", "0.5", "0.5"))),
        (b"5.", Some(("5", "5", "5"))),
        (b".", None),
        (b"+.5e1", Some(("5", "5", "5"))),
        (b"-.5E-1", Some(("-0.050000000000000003", "-0.050000000000000003", "-0.050000000000000003"))),
        (b"1_0", None),
        (b"1,5", None),
        (b"0.1\x00", None),
        (b"1\x002", None),
        (b"00012", Some(("12", "12", "12"))),
        (b"-00.5", Some(("-0.5", "-0.5", "-0.5"))),
        (b"1e0001", Some(("10", "10", "10"))),
        (b"123abc", None),
        (b"++1", None),
        (b"+-1", None),
        (b"0.1e-2", Some(("0.001", "0.001", "0.001"))),
    ];

    /// SET k <init> (None: k absent), INCRBYFLOAT k <incr>, as redis-server
    /// 7.0.15 answered. Long answers are given as (length, FNV-1a 64).
    #[rustfmt::skip]
    const INCRBYFLOAT_CASES: &[IncrCase] = &[
        (None, b"0.2", Expect::Text("0.2")),
        (Some(b"0.1"), b"0.2", Expect::Text("0.3")),
        (Some(b"0"), b"10.5", Expect::Text("10.5")),
        (Some(b"10.5"), b"0.1", Expect::Text("10.6")),
        (Some(b"3.0"), b"1", Expect::Text("4")),
        (Some(b"5"), b"-5", Expect::Text("0")),
        (Some(b"0"), b"-1e-20", Expect::Text("0")),
        (Some(b"0"), b"1e-20", Expect::Text("0")),
        (Some(b"0"), b"0.000000000000000005", Expect::Text("0")),
        (Some(b"0"), b"0.000000000000000015", Expect::Text("0.00000000000000002")),
        (Some(b"0"), b"0.000000000000000004", Expect::Text("0")),
        (Some(b"1.1"), b"2.2", Expect::Text("3.3")),
        (Some(b"0.1"), b"0.7", Expect::Text("0.8")),
        (Some(b"9223372036854775807"), b"1", Expect::Text("9223372036854775808")),
        (Some(b"-9223372036854775808"), b"-1", Expect::Text("-9223372036854775809")),
        (Some(b"-0"), b"0", Expect::Text("0")),
        (Some(b"0x10"), b"1", Expect::Text("17")),
        (Some(b"1e10"), b"0", Expect::Text("10000000000")),
        (Some(b"123.456"), b"0", Expect::Text("123.456")),
        (Some(b"3.14159265358979323846"), b"0", Expect::Text("3.14159265358979324")),
        (Some(b"0"), b"1e308", Expect::Long(308, 0x456ec4d7e8c92008)),
        (Some(b"1e308"), b"1e308", Expect::Long(309, 0x6d0db09b55205fb7)),
        (Some(b"0"), b"1e4932", Expect::Long(4933, 0x3a74bb368382c4e9)),
        (Some(b"1e4932"), b"1e4932", Expect::Err("increment would produce NaN or Infinity")),
        (Some(b"0"), b"1.18e4932", Expect::Long(4933, 0xb9ab7cb3f17a70b0)),
        (Some(b"0"), b"1.19e4932", Expect::Err("value is not a valid float")),
        (Some(b"0"), b"1e-4950", Expect::Text("0")),
        (Some(b"0"), b"3e-4951", Expect::Text("0")),
        (Some(b"0"), b"1e-5000", Expect::Err("value is not a valid float")),
        (Some(b"0"), b"inf", Expect::Err("increment would produce NaN or Infinity")),
        (Some(b"0"), b"-inf", Expect::Err("increment would produce NaN or Infinity")),
        (Some(b"0"), b"nan", Expect::Err("value is not a valid float")),
        (Some(b"0"), b"abc", Expect::Err("value is not a valid float")),
        (Some(b"abc"), b"1", Expect::Err("value is not a valid float")),
        (Some(b"0"), b" 1", Expect::Err("value is not a valid float")),
        (Some(b"0"), b"1 ", Expect::Err("value is not a valid float")),
        (Some(b"0"), b"", Expect::Err("value is not a valid float")),
        (Some(b""), b"1", Expect::Err("value is not a valid float")),
        (Some(b"0"), b"1.5e3", Expect::Text("1500")),
        (Some(b"0"), b"-.5", Expect::Text("-0.5")),
        (Some(b"0"), b"5.", Expect::Text("5")),
        (Some(b"0"), b"+1", Expect::Text("1")),
        (Some(b"0"), b"0x1p-2", Expect::Text("0.25")),
        (Some(b"1"), b"1e-17", Expect::Text("1.00000000000000001")),
        (Some(b"1"), b"5e-18", Expect::Text("1")),
        (Some(b"1"), b"1e-18", Expect::Text("1")),
        (Some(b"0.1"), b"0.1", Expect::Text("0.2")),
        (Some(b"100"), b"0.1", Expect::Text("100.1")),
        (Some(b"1e15"), b"0.1", Expect::Text("1000000000000000.0999755859375")),
        (Some(b"1e17"), b"0.1", Expect::Text("100000000000000000.1015625")),
        (Some(b"1e20"), b"0.3", Expect::Text("100000000000000000000")),
        (Some(b"0"), b"1e-17", Expect::Text("0.00000000000000001")),
        (Some(b"0"), b"-1e-17", Expect::Text("-0.00000000000000001")),
        (Some(b"0"), b"123456789.123456789", Expect::Text("123456789.12345678899873747")),
        (Some(b"2"), b"-0.1", Expect::Text("1.9")),
        (Some(b"-1"), b"0.9", Expect::Text("-0.1")),
        (Some(b"0"), b"18446744073709551617", Expect::Text("18446744073709551616")),
        (Some(b"0"), b"Infinity", Expect::Err("increment would produce NaN or Infinity")),
        (Some(b"0"), b"1e", Expect::Err("value is not a valid float")),
        (Some(b"0.5"), b"0.25", Expect::Text("0.75")),
        (Some(b"0"), b"0.1\x00", Expect::Err("value is not a valid float")),
        (Some(b"1\x00"), b"1", Expect::Err("value is not a valid float")),
    ];

    /// HSET h f <init> (None: h absent), HINCRBYFLOAT h f <incr>, as
    /// redis-server 7.0.15 answered.
    #[rustfmt::skip]
    const HINCRBYFLOAT_CASES: &[IncrCase] = &[
        (None, b"0.2", Expect::Text("0.2")),
        (Some(b"0.1"), b"0.2", Expect::Text("0.3")),
        (Some(b"0"), b"10.5", Expect::Text("10.5")),
        (Some(b"10.5"), b"0.1", Expect::Text("10.6")),
        (Some(b"3.0"), b"1", Expect::Text("4")),
        (Some(b"5"), b"-5", Expect::Text("0")),
        (Some(b"0"), b"-1e-20", Expect::Text("0")),
        (Some(b"0"), b"1e-20", Expect::Text("0")),
        (Some(b"0"), b"0.000000000000000005", Expect::Text("0")),
        (Some(b"0"), b"0.000000000000000015", Expect::Text("0.00000000000000002")),
        (Some(b"0"), b"0.000000000000000004", Expect::Text("0")),
        (Some(b"1.1"), b"2.2", Expect::Text("3.3")),
        (Some(b"0.1"), b"0.7", Expect::Text("0.8")),
        (Some(b"9223372036854775807"), b"1", Expect::Text("9223372036854775808")),
        (Some(b"-9223372036854775808"), b"-1", Expect::Text("-9223372036854775809")),
        (Some(b"-0"), b"0", Expect::Text("0")),
        (Some(b"0x10"), b"1", Expect::Text("17")),
        (Some(b"1e10"), b"0", Expect::Text("10000000000")),
        (Some(b"123.456"), b"0", Expect::Text("123.456")),
        (Some(b"3.14159265358979323846"), b"0", Expect::Text("3.14159265358979324")),
        (None, b"inf", Expect::Err("value is NaN or Infinity")),
        (Some(b"1"), b"abc", Expect::Err("value is not a valid float")),
        (Some(b"abc"), b"1", Expect::Err("hash value is not a float")),
        (Some(b"1e4932"), b"1e4932", Expect::Err("increment would produce NaN or Infinity")),
        (Some(b"0"), b"0x10", Expect::Text("16")),
        (Some(b"7"), b"0", Expect::Text("7")),
    ];

    /// INCRBY k <input> on k = "0" (and SET k <input>, INCRBY k 0: the same
    /// answers), as redis-server 7.0.15 answered; None: "ERR value is not an
    /// integer or out of range".
    #[rustfmt::skip]
    const INT_CASES: &[(&[u8], Option<i64>)] = &[
        (b"0", Some(0)),
        (b"-0", None),
        (b"00", None),
        (b"01", None),
        (b"+1", None),
        (b"-", None),
        (b"", None),
        (b" 1", None),
        (b"1 ", None),
        (b"9223372036854775807", Some(9223372036854775807)),
        (b"9223372036854775808", None),
        (b"-9223372036854775808", Some(-9223372036854775808)),
        (b"-9223372036854775809", None),
        (b"18446744073709551616", None),
        (b"99999999999999999999", None),
        (b"123456789012345678901", None),
        (b"-12345678901234567890", None),
        (b"-1234567890123456789", Some(-1234567890123456789)),
        (b"1a", None),
        (b"0x1", None),
        (b"1.0", None),
        (b"1e3", None),
        (b"42", Some(42)),
        (b"-42", Some(-42)),
        (b"1\x00", None),
        (b"\x091", None),
        (b"007", None),
        (b"-007", None),
    ];

    /// SCAN <cursor>: accepted, or "ERR invalid cursor" (false), as
    /// redis-server 7.0.15 answered.
    #[rustfmt::skip]
    const SCAN_CASES: &[(&[u8], bool)] = &[
        (b"", true),
        (b"0", true),
        (b"00", true),
        (b"+0", true),
        (b"-0", true),
        (b"-1", true),
        (b"18446744073709551615", true),
        (b"18446744073709551616", false),
        (b"-18446744073709551615", true),
        (b"-18446744073709551616", false),
        (b" 0", false),
        (b"0 ", false),
        (b"\x090", false),
        (b"x", false),
        (b"-", false),
        (b"+", false),
        (b"0x0", false),
        (b"1\x00abc", true),
        (b"\x0b0", false),
        (b"99999999999999999999", false),
        (b"+-1", false),
        (b"12a", false),
    ];

    /// ZCOUNT zc <min> <max> on scores 0 1 2 3, as redis-server 7.0.15
    /// answered; None: "ERR min or max is not a float".
    #[rustfmt::skip]
    const ZCOUNT_CASES: &[(&[u8], &[u8], Option<usize>)] = &[
        (b"", b"+inf", Some(4)),
        (b" 1", b"+inf", Some(3)),
        (b"(1", b"+inf", Some(2)),
        (b"( 1", b"+inf", Some(2)),
        (b"1e999", b"+inf", Some(0)),
        (b"-1e999", b"+inf", Some(4)),
        (b"nan", b"+inf", None),
        (b"1\x00x", b"+inf", Some(3)),
        (b"\x092", b"+inf", Some(2)),
        (b"1 ", b"+inf", None),
        (b"0x1p1", b"+inf", Some(2)),
        (b"1e-400", b"+inf", Some(4)),
        (b"(", b"+inf", Some(3)),
        (b"-inf", b"(2", Some(2)),
        (b"-inf", b"2x", None),
        (b"-inf", b" +inf", Some(4)),
        (b"(-inf", b"(inf", Some(4)),
        (b"(0", b"3", Some(3)),
        (b"1.", b"3.", Some(3)),
    ];

    /// BLPOP nokey <timeout>, as redis-server 7.0.15 answered: "not a float"
    /// (None), "timeout is negative" (Some(true)) or a timed-out wait (Some(false)).
    #[rustfmt::skip]
    const TIMEOUT_CASES: &[(&[u8], Option<bool>)] = &[
        (b"-1", Some(true)),
        (b"abc", None),
        (b"1e30", Some(true)),
        (b"9.3e15", Some(true)),
        (b"-9.3e15", Some(true)),
        (b"-0.5", Some(true)),
        (b"0.001", Some(false)),
        (b"1e-400", Some(false)),
        (b" 1", None),
        (b"0x1p-10", Some(false)),
        (b"inf", Some(true)),
        (b"-inf", Some(true)),
        (b"nan", None),
    ];

    #[test]
    fn zadd_scores_parse_and_print_as_redis() {
        for &(input, want) in ZADD_CASES {
            let label = format!("{:?}", String::from_utf8_lossy(input));
            let Some((zscore, listpack, skiplist)) = want else {
                assert_eq!(parse_f64(input), None, "{label}");
                continue;
            };
            let d = parse_f64(input).unwrap_or_else(|| panic!("{label} rejected"));
            assert_eq!(text(|o| write_f64(o, d)), skiplist, "{label} skiplist");
            assert_eq!(
                text(|o| write_f64_listpack(o, d)),
                listpack,
                "{label} listpack"
            );
            // A listpack ZSCORE re-reads the stored text and prints it as a
            // double reply.
            let reread = parse_f64(listpack.as_bytes()).unwrap();
            assert_eq!(text(|o| write_f64(o, reread)), zscore, "{label} zscore");
        }
    }

    #[test]
    fn parse_f64_has_no_length_limit() {
        // ZADD z 000..0001 (10001 bytes) m -> ZSCORE "1".
        let mut long = vec![b'0'; 10_000];
        long.push(b'1');
        assert_eq!(parse_f64(&long), Some(1.0));
    }

    #[test]
    fn incrbyfloat_matches_redis() {
        for (init, incr, want) in INCRBYFLOAT_CASES {
            let label = format!("{init:?} + {:?}", String::from_utf8_lossy(incr));
            check(label, incrbyfloat(*init, incr), want);
        }
    }

    #[test]
    fn hincrbyfloat_matches_redis() {
        for (init, incr, want) in HINCRBYFLOAT_CASES {
            let label = format!("{init:?} + {:?}", String::from_utf8_lossy(incr));
            check(label, hincrbyfloat(*init, incr), want);
        }
    }

    #[test]
    fn incrbyfloat_readme_examples() {
        assert_eq!(incrbyfloat(Some(b"0.1"), b"0.2").unwrap(), b"0.3");
        assert_eq!(incrbyfloat(Some(b"0"), b"10.5").unwrap(), b"10.5");
        // Twice 1e308 is still finite in long double: no error, 309 digits.
        let twice = incrbyfloat(Some(b"1e308"), b"1e308").unwrap();
        assert!(twice.starts_with(b"1999999999999999999933717593116912913211"));
        assert!(twice.ends_with(b"1514636284849020905456510092687857156096"));
        assert_eq!(twice.len(), 309);
    }

    #[test]
    fn parse_ld_rejects_5120_bytes_or_more() {
        // INCRBYFLOAT k 000..01: 5119 bytes -> "1"; 5120 bytes -> not a float.
        let mut s = vec![b'0'; 5118];
        s.push(b'1');
        assert_eq!(incrbyfloat(None, &s).unwrap(), b"1");
        s.insert(0, b'0');
        assert!(parse_ld(&s).is_none());
    }

    #[test]
    fn integers_parse_as_redis() {
        for &(input, want) in INT_CASES {
            assert_eq!(
                parse_i64(input),
                want,
                "{:?}",
                String::from_utf8_lossy(input)
            );
        }
    }

    #[test]
    fn scan_cursors_parse_as_redis() {
        for &(input, ok) in SCAN_CASES {
            assert_eq!(
                parse_u64(input).is_some(),
                ok,
                "{:?}",
                String::from_utf8_lossy(input)
            );
        }
        // Values follow strtoul.
        assert_eq!(parse_u64(b""), Some(0));
        assert_eq!(parse_u64(b"007"), Some(7));
        assert_eq!(parse_u64(b"+5"), Some(5));
        assert_eq!(parse_u64(b"-1"), Some(u64::MAX));
        assert_eq!(parse_u64(b"-18446744073709551615"), Some(1));
        assert_eq!(parse_u64(b"18446744073709551615"), Some(u64::MAX));
        assert_eq!(parse_u64(b"1\0abc"), Some(1));
    }

    #[test]
    fn score_ranges_parse_as_redis() {
        let scores = [0.0, 1.0, 2.0, 3.0];
        // zslParseRange: an optional '(' makes the bound exclusive.
        let bound = |s: &[u8]| match s.split_first() {
            Some((b'(', rest)) => parse_f64_lax(rest).map(|v| (v, true)),
            _ => parse_f64_lax(s).map(|v| (v, false)),
        };
        for &(min, max, want) in ZCOUNT_CASES {
            let label = format!(
                "{:?} {:?}",
                String::from_utf8_lossy(min),
                String::from_utf8_lossy(max)
            );
            let got = match (bound(min), bound(max)) {
                (Some((lo, lo_ex)), Some((hi, hi_ex))) => Some(
                    scores
                        .iter()
                        .filter(|&&s| if lo_ex { s > lo } else { s >= lo })
                        .filter(|&&s| if hi_ex { s < hi } else { s <= hi })
                        .count(),
                ),
                _ => None,
            };
            assert_eq!(got, want, "{label}");
        }
    }

    #[test]
    fn timeouts_convert_as_redis() {
        for &(input, want) in TIMEOUT_CASES {
            let got = parse_ld(input).map(|secs| secs.secs_to_ms() < 0);
            assert_eq!(got, want, "{:?}", String::from_utf8_lossy(input));
        }
        let ms = |s: &[u8]| parse_ld(s).unwrap().secs_to_ms();
        assert_eq!(ms(b"0.001"), 1);
        assert_eq!(ms(b"1e-400"), 1);
        assert_eq!(ms(b"1.5"), 1500);
        assert_eq!(ms(b"0"), 0);
        assert_eq!(ms(b"-0.0001"), 0);
        assert_eq!(ms(b"1e30"), i64::MIN);
        assert_eq!(ms(b"inf"), i64::MIN);
    }

    #[test]
    fn write_integers() {
        for n in [
            0,
            1,
            -1,
            9,
            10,
            99,
            100,
            101,
            -100,
            12345,
            i64::MAX,
            i64::MIN,
            i64::MIN + 1,
        ] {
            assert_eq!(text(|o| write_i64(o, n)), n.to_string());
        }
        for n in [
            0,
            7,
            10,
            99,
            100,
            1_000_000,
            u64::MAX,
            u64::MAX - 1,
            1 << 63,
        ] {
            assert_eq!(text(|o| write_u64(o, n)), n.to_string());
        }
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..10_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            assert_eq!(text(|o| write_u64(o, x)), x.to_string());
            let shift = x % 64;
            let n = (x >> shift) as i64 * if x & 1 == 0 { 1 } else { -1 };
            assert_eq!(text(|o| write_i64(o, n)), n.to_string());
            assert_eq!(parse_i64(n.to_string().as_bytes()), Some(n));
        }
        let mut out = b"x".to_vec();
        write_i64(&mut out, -42);
        assert_eq!(out, b"x-42", "appends");
    }

    #[test]
    fn write_f64_integer_shortcut_equals_17g() {
        let mut probes = vec![
            0.0,
            -0.0,
            1.0,
            -1.0,
            0.5,
            1e15,
            1e16,
            1e16 + 2.0,
            99_999_999_999_999_990.0,
            1e17,
            -1e17,
            1e17 + 16.0,
            1e18,
            9_007_199_254_740_993.0,
            123_456_789_012_345_678.0,
            f64::MAX,
            f64::MIN_POSITIVE,
            5e-324,
            f64::INFINITY,
            f64::NEG_INFINITY,
            1e21,
            1e-5,
            1.0 / 3.0,
            0.1,
            1e15 + 0.25,
            2f64.powi(62),
            -(2f64.powi(62)),
        ];
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        for i in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let d = f64::from_bits(x);
            // Random bit patterns, plus integral values near the 1e17 edge.
            probes.push(if d.is_nan() { 0.25 } else { d });
            probes.push(
                ((x % 200_000_000_000_000_000) as f64).copysign(if i % 2 == 0 {
                    1.0
                } else {
                    -1.0
                }),
            );
        }
        for d in probes {
            assert_eq!(
                text(|o| write_f64(o, d)),
                text(|o| write_17g(o, d)),
                "{d:e}"
            );
        }
    }

    #[test]
    fn write_f64_special_values() {
        assert_eq!(text(|o| write_f64(o, -0.0)), "-0");
        assert_eq!(text(|o| write_f64(o, f64::INFINITY)), "inf");
        assert_eq!(text(|o| write_f64(o, f64::NEG_INFINITY)), "-inf");
        assert_eq!(text(|o| write_f64(o, 1.0 / 3.0)), "0.33333333333333331");
        assert_eq!(text(|o| write_f64(o, 1e300)), "1.0000000000000001e+300");
        assert_eq!(text(|o| write_f64_listpack(o, -0.0)), "0");
        assert_eq!(text(|o| write_f64_listpack(o, f64::NAN)), "nan");
        assert_eq!(
            text(|o| write_f64_listpack(o, 2f64.powi(62))),
            "4611686018427387904"
        );
        assert_eq!(
            text(|o| write_f64_listpack(o, 2f64.powi(63))),
            "9.2233720368547758e+18"
        );
    }

    #[test]
    fn long_double_basics() {
        assert_eq!(format!("{:?}", LongDouble::ZERO), "LongDouble(0)");
        assert_eq!(
            format!("{:?}", LongDouble::from_i64(i64::MIN)),
            "LongDouble(-9223372036854775808)"
        );
        // Widening is exact: the double 0.1 printed with 17 decimals.
        assert_eq!(
            format!("{:?}", LongDouble::from_f64(0.1)),
            "LongDouble(0.10000000000000001)"
        );
        assert_eq!(
            format!("{:?}", LongDouble::from_f64(-1e-20)),
            "LongDouble(0)"
        );
        assert_eq!(
            format!("{:?}", LongDouble::from_f64(f64::NEG_INFINITY)),
            "LongDouble(-inf)"
        );
        assert!(!LongDouble::from_f64(f64::INFINITY).is_finite());
        assert!(!LongDouble::from_f64(f64::NAN).is_finite());
        assert!(LongDouble::from_i64(5).is_finite());
        // Equal values carry equal bytes (the padding is zeroed).
        let a = parse_ld(b"0.3").unwrap().0;
        let b = parse_ld(b"0.1").unwrap().add(parse_ld(b"0.2").unwrap()).0;
        assert_eq!(a[10..], [0; 6]);
        assert_eq!(b[10..], [0; 6]);
        assert_eq!(a, b);
        // `+` is the same operation.
        assert_eq!((parse_ld(b"0.1").unwrap() + parse_ld(b"0.2").unwrap()).0, a);
    }

    /// GEOADD g <lon> <lat> p, GEOPOS g p: the coordinate doubles Redis
    /// decodes from the geohash (bits computed from ZSCORE with geohash.c's
    /// arithmetic) and the texts redis-server 7.0.15 printed for them.
    #[rustfmt::skip]
    const GEOPOS_CASES: &[(u64, &str)] = &[
        (0x402ab90806000000, "13.36138933897018433"),
        (0x40430eca8d4dc008, "38.11555639549629859"),
        (0x402e2cae52000000, "15.08726745843887329"),
        (0x4042c057705b7879, "37.50266842333162032"),
        (0xc05e91b282c00000, "-122.27652043104171753"),
        (0x4042e7104c264581, "37.80518485897756165"),
        (0x3ec6800000000000, "0.00000268220901489"),
        (0x3eb54345b2000000, "0.00000126736058093"),
        (0x4066800000000000, "180"),
        (0x40554345b1a57f00, "85.0511287799999991"),
        (0xc0667ffffa600000, "-179.99999731779098511"),
        (0xc0554345ac54ad94, "-85.05112751263942528"),
        (0x3f1a040000000000, "0.00009924173355103"),
        (0xbf1a3f0a07480000, "-0.00010012148579364"),
    ];

    #[test]
    fn geopos_coordinates_print_as_redis() {
        for &(bits, want) in GEOPOS_CASES {
            let d = f64::from_bits(bits);
            assert_eq!(
                text(|o| write_ld_human(o, LongDouble::from_f64(d))),
                want,
                "{d:e}"
            );
        }
    }

    #[test]
    fn write_f64_fixed4_as_fixedpoint_d2string() {
        // Outputs of Redis's fixedpoint_d2string(.., 4) compiled from 7.0.15's
        // util.c (GEODIST printed "166274.1516" and "15.5730" alike).
        let cases: &[(f64, &str)] = &[
            (0.0, "0.0000"),
            (-0.0, "0.0000"),
            (123.45, "123.4500"),
            (1.2345, "1.2345"),
            (0.0775, "0.0775"),
            (0.07755, "0.0775"),
            (166_274.151_6, "166274.1516"),
            (-1.5, "-1.5000"),
            (12.345_678_9, "12.3457"),
            (0.00001, "0.0000"),
            (-0.00001, "0.0000"),
            (1e15, "-922337203685477.5808"),
        ];
        for &(d, want) in cases {
            assert_eq!(text(|o| write_f64_fixed4(o, d)), want, "{d}");
        }
    }
}
