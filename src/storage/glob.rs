//! Placeholder until the Redis glob matcher lands (same API).
pub fn glob_match(pattern: &[u8], string: &[u8], _nocase: bool) -> bool {
    if pattern == b"*" {
        return true;
    }
    pattern == string
}
