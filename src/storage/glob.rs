//! Redis's glob matcher: the exact semantics of `stringmatchlen` in Redis
//! 7.0's `util.c`, used by KEYS, SCAN MATCH, PSUBSCRIBE and CONFIG GET.
//!
//! # Pattern language
//!
//! ```text
//!   *        any run of bytes; consecutive stars collapse into one
//!   ?        any one byte
//!   [abc]    one byte of the class; [^abc] one byte not in it
//!   [a-z]    a range, inclusive; reversed ranges like [z-a] are swapped
//!   [\]]     backslash escapes the next byte inside a class...
//!   \*       ...and outside one; a trailing lone backslash is literal
//! ```
//!
//! Redis quirks reproduced on purpose, because clients can observe them:
//!
//! * An unterminated class (`[abc` at the end of the pattern) is closed by
//!   the end of the pattern; `[` alone matches nothing.
//! * `[]` is an empty class that matches nothing, and `[^]` matches any byte,
//!   because `]` right after `[` or `[^` closes the class.
//! * Ranges compare bytes as C `char`, which is signed on x86-64, so bytes
//!   from 0x80 up sort below ASCII there (`[a-\xff]` is the range
//!   `\xff..=a`). This follows x86-64; an ARM64 Linux build of Redis, where
//!   `char` is unsigned, orders them the other way.
//! * With `nocase`, range ends are lower-cased *after* being swapped, and an
//!   escaped byte inside a class is compared case-sensitively.
//! * Case folding is ASCII-only (Redis runs with the "C" `LC_CTYPE`).
//! * An empty string is matched only by a pattern that is empty; even `*`
//!   does not match it, because the matching loop never starts. KEYS and
//!   SCAN special-case the pattern `*` before calling the matcher.
//!
//! # Bounding the work
//!
//! Each `*` tries the rest of the pattern at every later position, which is
//! exponential in the number of stars for a naive matcher. Like Redis, two
//! guards keep it polynomial:
//!
//! * When the rest of the pattern after a star fails at *every* position of
//!   the remaining string, no earlier star can do better by matching more
//!   bytes (that only leaves a shorter suffix to the same rest), so a shared
//!   `give_up` flag makes every pending star fail at once.
//! * Nesting is capped at 1000 stars deep; deeper patterns do not match.
//!
//! # Invariants
//!
//! * `p <= pattern.len()` and `s <= string.len()` at the head of every loop;
//!   the C code reads one byte past the end of its pattern (the NUL of the
//!   `sds` string) in a few places, and `byte_at` returns 0 there, so the
//!   translation keeps the C control flow without reading out of bounds.
//! * Once `give_up` is set, every pending star fails, so the whole match
//!   fails.

/// Stars deeper than this fail the match (Redis's limit against abusive
/// patterns).
const MAX_NESTING: u32 = 1000;

/// Matches `string` against the glob `pattern` exactly as Redis 7.0's
/// `stringmatchlen(pattern, string, nocase)` does.
pub fn glob_match(pattern: &[u8], string: &[u8], nocase: bool) -> bool {
    let mut give_up = false;
    match_from(pattern, string, nocase, &mut give_up, 0)
}

/// Byte `index` of the pattern, or 0 (the C string's terminator) past it.
#[inline]
fn byte_at(pattern: &[u8], index: usize) -> u8 {
    pattern.get(index).copied().unwrap_or(0)
}

#[inline]
fn same_byte(a: u8, b: u8, nocase: bool) -> bool {
    if nocase {
        a.eq_ignore_ascii_case(&b)
    } else {
        a == b
    }
}

/// A byte as the C `char` Redis compares in ranges (signed on x86-64).
#[inline]
fn as_c_char(byte: u8) -> i32 {
    i32::from(byte as i8)
}

/// C-locale `tolower` on a `char` value: only `A`..=`Z` change.
#[inline]
fn c_tolower(c: i32) -> i32 {
    if (i32::from(b'A')..=i32::from(b'Z')).contains(&c) {
        c + 32
    } else {
        c
    }
}

fn match_from(
    pattern: &[u8],
    string: &[u8],
    nocase: bool,
    give_up: &mut bool,
    nesting: u32,
) -> bool {
    if nesting > MAX_NESTING {
        return false;
    }
    let mut p = 0;
    let mut s = 0;
    while p < pattern.len() && s < string.len() {
        match pattern[p] {
            b'*' => {
                while byte_at(pattern, p + 1) == b'*' {
                    p += 1;
                }
                if p + 1 == pattern.len() {
                    return true;
                }
                while s < string.len() {
                    if match_from(
                        &pattern[p + 1..],
                        &string[s..],
                        nocase,
                        give_up,
                        nesting + 1,
                    ) {
                        return true;
                    }
                    if *give_up {
                        return false;
                    }
                    s += 1;
                }
                // The rest failed at every position: see the module doc.
                *give_up = true;
                return false;
            }
            b'?' => s += 1,
            b'[' => {
                let (matched, class_end) = match_class(pattern, p, string[s], nocase);
                if !matched {
                    return false;
                }
                p = class_end;
                s += 1;
            }
            literal => {
                let mut literal = literal;
                if literal == b'\\' && pattern.len() - p >= 2 {
                    p += 1;
                    literal = pattern[p];
                }
                if !same_byte(literal, string[s], nocase) {
                    return false;
                }
                s += 1;
            }
        }
        p += 1;
        if s == string.len() {
            // Only stars may be left to match the empty rest.
            while byte_at(pattern, p) == b'*' {
                p += 1;
            }
            break;
        }
    }
    p == pattern.len() && s == string.len()
}

/// Matches `c` against the class opening at `pattern[open]` (a `[`).
/// Returns whether it matched and the index of the class's last byte: its
/// `]`, or the pattern's last byte when the class is unterminated.
fn match_class(pattern: &[u8], open: usize, c: u8, nocase: bool) -> (bool, usize) {
    let mut p = open + 1;
    let negate = byte_at(pattern, p) == b'^';
    if negate {
        p += 1;
    }
    let mut matched = false;
    loop {
        let remaining = pattern.len() - p;
        let current = byte_at(pattern, p);
        if current == b'\\' && remaining >= 2 {
            p += 1;
            // Case-sensitive even with nocase, as in Redis.
            if pattern[p] == c {
                matched = true;
            }
        } else if current == b']' {
            break;
        } else if remaining == 0 {
            // Unterminated: the end of the pattern closes the class.
            p -= 1;
            break;
        } else if remaining >= 3 && pattern[p + 1] == b'-' {
            let mut start = as_c_char(pattern[p]);
            let mut end = as_c_char(pattern[p + 2]);
            if start > end {
                std::mem::swap(&mut start, &mut end);
            }
            let mut candidate = as_c_char(c);
            if nocase {
                start = c_tolower(start);
                end = c_tolower(end);
                candidate = c_tolower(candidate);
            }
            p += 2;
            if (start..=end).contains(&candidate) {
                matched = true;
            }
        } else if same_byte(current, c, nocase) {
            matched = true;
        }
        p += 1;
    }
    (matched != negate, p)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (pattern, string, what Redis 7.0.15 returns with nocase = 0).
    /// Checked against `KEYS` on a live redis-server.
    const CASE_SENSITIVE: &[(&[u8], &[u8], bool)] = &[
        // Literals and the empty cases.
        (b"", b"", true),
        (b"", b"a", false),
        (b"a", b"", false),
        (b"abc", b"abc", true),
        (b"abc", b"abd", false),
        (b"abc", b"ab", false),
        (b"ab", b"abc", false),
        (b"abc", b"ABC", false),
        // Stars, including collapsed runs, and the empty string.
        (b"*", b"", false),
        (b"**", b"", false),
        (b"*", b"anything", true),
        (b"a*", b"a", true),
        (b"a*", b"abc", true),
        (b"a**", b"a", true),
        (b"*c", b"abc", true),
        (b"*c", b"abd", false),
        (b"a*c", b"ac", true),
        (b"a*c", b"abbbc", true),
        (b"a*c", b"abbbcd", false),
        (b"a***c", b"axc", true),
        (b"*a*b*c*", b"xaybzc", true),
        (b"*a*b*c*", b"xaybz", false),
        (b"*b*b", b"abab", true),
        (b"h*llo", b"heeeello", true),
        // Question marks.
        (b"?", b"", false),
        (b"?", b"a", true),
        (b"?", b"ab", false),
        (b"h?llo", b"hallo", true),
        (b"h?llo", b"hllo", false),
        (b"??*", b"ab", true),
        (b"??*", b"a", false),
        // Classes and negation.
        (b"h[ae]llo", b"hello", true),
        (b"h[ae]llo", b"hillo", false),
        (b"h[^e]llo", b"hallo", true),
        (b"h[^e]llo", b"hello", false),
        (b"[abc]", b"", false),
        (b"[]", b"a", false),
        (b"[]a]", b"a]", false),
        (b"[]a]", b"]a]", false),
        (b"[^]", b"x", true),
        (b"[^]", b"]", true),
        (b"[^]x]", b"]x]", true),
        (b"[^a]", b"a", false),
        (b"[^a]", b"", false),
        // Ranges, reversed ranges and odd range ends.
        (b"h[a-b]llo", b"hbllo", true),
        (b"h[a-b]llo", b"hcllo", false),
        (b"[z-a]", b"m", true),
        (b"[z-a]", b"A", false),
        (b"[a-c-e]", b"-", true),
        (b"[a-c-e]", b"e", true),
        (b"[a-c-e]", b"d", false),
        (b"[a-]", b"_", true),
        (b"[a-]", b"a", true),
        (b"[a-]", b"b", false),
        (b"[-a]", b"-", true),
        (b"[0-9][0-9]", b"42", true),
        (b"[^0-9]", b"x", true),
        (b"[^0-9]", b"5", false),
        // Unterminated classes: the end of the pattern closes them.
        (b"[", b"[", false),
        (b"[", b"a", false),
        (b"[a", b"a", true),
        (b"[a", b"b", false),
        (b"[^", b"a", true),
        (b"[^a", b"b", true),
        (b"x[a-", b"x-", true),
        (b"[ab", b"ab", false),
        // Escapes outside classes.
        (b"\\*", b"*", true),
        (b"\\*", b"a", false),
        (b"\\?", b"?", true),
        (b"\\?", b"a", false),
        (b"\\[a]", b"[a]", true),
        (b"\\a", b"a", true),
        (b"\\\\", b"\\", true),
        (b"a\\", b"a\\", true),
        (b"a\\", b"a", false),
        (b"\\", b"\\", true),
        (b"*\\", b"ab\\", true),
        // Escapes inside classes.
        (b"[\\]]", b"]", true),
        (b"[\\]]", b"\\", false),
        (b"[\\-]", b"-", true),
        (b"[\\^a]", b"^", true),
        (b"[a\\", b"\\", true),
        (b"[\\", b"\\", true),
        (b"[\\\\]", b"\\", true),
        // Binary bytes, and ranges comparing bytes as signed C chars.
        (b"a\x00b", b"a\x00b", true),
        (b"a?b", b"a\x00b", true),
        (b"[\x80-\xff]", b"\x90", true),
        (b"[a-\xff]", b"b", false),
        (b"[a-\xff]", b"\xff", true),
        (b"[a-\xff]", b"\x00", true),
        (b"[\x00-\x7f]", b"\x80", false),
        (b"*\xe2\x82\xac", b"price \xe2\x82\xac", true),
    ];

    #[test]
    fn matches_like_redis() {
        for &(pattern, string, expected) in CASE_SENSITIVE {
            assert_eq!(
                glob_match(pattern, string, false),
                expected,
                "pattern {:?} string {:?}",
                String::from_utf8_lossy(pattern),
                String::from_utf8_lossy(string),
            );
        }
    }

    #[test]
    fn nocase_folds_ascii_only() {
        let cases: &[(&[u8], &[u8], bool)] = &[
            (b"HELLO", b"hello", true),
            (b"h?LLo", b"HeLlO", true),
            (b"[A-C]x", b"bX", true),
            (b"[^A]", b"a", false),
            (b"*FOO*", b"xxfooxx", true),
            // Checked with CONFIG GET, which matches case-insensitively.
            (b"[L-N]axmemory", b"maxmemory", true),
            (b"[N-L]axmemory", b"maxmemory", true),
            (b"[^M]axmemory", b"maxmemory", false),
            // Range ends are lower-cased after the swap, so [Z-n] becomes the
            // empty range z..=n (it matches m case-sensitively).
            (b"[Z-n]axmemory", b"maxmemory", false),
            (b"[Z-a]", b"_", false),
            // Escaped bytes in a class stay case-sensitive.
            (b"[\\M]axmemory", b"maxmemory", false),
            (b"[\\m]axmemory", b"maxmemory", true),
            (b"[\\A]", b"a", false),
            (b"[\\A]", b"A", true),
            // Escaped bytes outside a class fold.
            (b"\\A", b"a", true),
            // Non-ASCII bytes never fold.
            (b"\xc3\x89", b"\xc3\xa9", false),
        ];
        for &(pattern, string, expected) in cases {
            assert_eq!(
                glob_match(pattern, string, true),
                expected,
                "pattern {:?} string {:?}",
                String::from_utf8_lossy(pattern),
                String::from_utf8_lossy(string),
            );
        }
        assert!(!glob_match(b"HELLO", b"hello", false));
        assert!(glob_match(b"[Z-n]axmemory", b"maxmemory", false));
    }

    #[test]
    fn pathological_stars_finish() {
        // Exponential for a naive backtracking matcher.
        let pattern = [b"*a".repeat(30), b"*b".to_vec()].concat();
        let string = b"a".repeat(20_000);
        assert!(!glob_match(&pattern, &string, false));
        let mut with_b = string.clone();
        with_b.push(b'b');
        assert!(glob_match(&pattern, &with_b, false));

        let classes = [b"*[a-z]".repeat(40), b"*1".to_vec()].concat();
        assert!(!glob_match(&classes, &b"x".repeat(5_000), false));
        assert!(glob_match(
            &classes,
            &[b"x".repeat(5_000), b"1".to_vec()].concat(),
            false
        ));

        let questions = b"*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?!";
        assert!(!glob_match(questions, &b"?".repeat(10_000), false));
    }

    #[test]
    fn nesting_limit_gives_up_like_redis() {
        // 1000 stars deep still matches; one more and Redis gives up even
        // though the string would match (boundary checked on redis-server).
        let within = [b"*a".repeat(1000), b"*".to_vec()].concat();
        let beyond = [b"*a".repeat(1001), b"*".to_vec()].concat();
        let string = b"a".repeat(1500);
        assert!(glob_match(&within, &string, false));
        assert!(!glob_match(&beyond, &string, false));
    }
}
