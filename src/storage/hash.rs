//! Hash values: a `listpack` of field, value pairs while small, then a `hashtable`.
//! Placeholder until the hash commands land.

#[derive(Clone, Debug, Default)]
pub struct Hash {}

impl Hash {
    pub fn encoding(&self) -> &'static str {
        "listpack"
    }
}
