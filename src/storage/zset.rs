//! Sorted set values: a `listpack` of member, score pairs in score order while small, then a
//! `skiplist` with a member -> node map. Placeholder until the sorted set commands land.

#[derive(Clone, Debug, Default)]
pub struct ZSet {}

impl ZSet {
    pub fn encoding(&self) -> &'static str {
        "listpack"
    }
}
