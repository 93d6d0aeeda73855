//! Redis-style glob matching (`stringmatchlen` in Redis's util.c): `*`, `?`,
//! `[...]` classes with ranges and `^` negation, and `\` escapes. Stand-in
//! for the server's own matcher, with the same signature and semantics.

/// Returns whether `string` matches `pattern`; `nocase` folds ASCII case.
pub fn glob_match(pattern: &[u8], string: &[u8], nocase: bool) -> bool {
    let mut skip_longer = false;
    match_impl(pattern, string, nocase, &mut skip_longer)
}

fn fold(c: u8, nocase: bool) -> u8 {
    if nocase {
        c.to_ascii_lowercase()
    } else {
        c
    }
}

// `skip_longer` is Redis's pruning: once the tail after a `*` failed to match
// at every later offset, no earlier `*` can do better, so give up at once.
// Without it, patterns like `a*a*a*a*b` are exponential.
fn match_impl(pat: &[u8], s: &[u8], nocase: bool, skip_longer: &mut bool) -> bool {
    let (mut p, mut i) = (0usize, 0usize);
    while p < pat.len() && i < s.len() {
        match pat[p] {
            b'*' => {
                while p + 1 < pat.len() && pat[p + 1] == b'*' {
                    p += 1;
                }
                if p + 1 == pat.len() {
                    return true;
                }
                while i < s.len() {
                    if match_impl(&pat[p + 1..], &s[i..], nocase, skip_longer) {
                        return true;
                    }
                    if *skip_longer {
                        return false;
                    }
                    i += 1;
                }
                *skip_longer = true;
                return false;
            }
            b'?' => i += 1,
            b'[' => {
                p += 1;
                let not = p < pat.len() && pat[p] == b'^';
                if not {
                    p += 1;
                }
                let mut matched = false;
                loop {
                    if p >= pat.len() {
                        // Unterminated class: Redis steps back so the outer
                        // advance lands exactly at the end of the pattern.
                        p -= 1;
                        break;
                    } else if pat[p] == b'\\' && pat.len() - p >= 2 {
                        p += 1;
                        if pat[p] == s[i] {
                            matched = true;
                        }
                    } else if pat[p] == b']' {
                        break;
                    } else if pat.len() - p >= 3 && pat[p + 1] == b'-' {
                        let (mut lo, mut hi) = (pat[p], pat[p + 2]);
                        if lo > hi {
                            std::mem::swap(&mut lo, &mut hi);
                        }
                        let (lo, hi, c) = (fold(lo, nocase), fold(hi, nocase), fold(s[i], nocase));
                        p += 2;
                        if c >= lo && c <= hi {
                            matched = true;
                        }
                    } else if fold(pat[p], nocase) == fold(s[i], nocase) {
                        matched = true;
                    }
                    p += 1;
                }
                if not {
                    matched = !matched;
                }
                if !matched {
                    return false;
                }
                i += 1;
            }
            c => {
                let c = if c == b'\\' && pat.len() - p >= 2 {
                    p += 1;
                    pat[p]
                } else {
                    c
                };
                if fold(c, nocase) != fold(s[i], nocase) {
                    return false;
                }
                i += 1;
            }
        }
        p += 1;
        if i == s.len() {
            while p < pat.len() && pat[p] == b'*' {
                p += 1;
            }
            break;
        }
    }
    p == pat.len() && i == s.len()
}

#[cfg(test)]
mod tests {
    use super::glob_match;

    #[test]
    fn basics() {
        // Redis quirk: a non-empty pattern never matches an empty string.
        assert!(!glob_match(b"*", b"", false));
        assert!(glob_match(b"", b"", false));
        assert!(glob_match(b"*", b"abc", false));
        assert!(glob_match(b"a?c", b"abc", false));
        assert!(!glob_match(b"a?c", b"ac", false));
        assert!(glob_match(b"h[ae]llo", b"hallo", false));
        assert!(!glob_match(b"h[^e]llo", b"hello", false));
        assert!(glob_match(b"h[a-c]llo", b"hbllo", false));
        assert!(glob_match(b"h[c-a]llo", b"hbllo", false));
        assert!(glob_match(b"a\\*b", b"a*b", false));
        assert!(!glob_match(b"a\\*b", b"axb", false));
        assert!(glob_match(b"MAX*", b"maxmemory", true));
        assert!(!glob_match(b"MAX*", b"maxmemory", false));
        assert!(glob_match(b"a*", b"a", false));
        assert!(!glob_match(b"a[", b"a[", false));
        assert!(glob_match(b"a[b", b"ab", false));
        assert!(!glob_match(b"a*a*a*a*a*a*a*a*a*b", &[b'a'; 60], false));
    }
}
