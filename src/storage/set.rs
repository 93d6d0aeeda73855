//! Set values: an `intset` while every member is an integer and the set is small, then a
//! `hashtable`. Placeholder until the set commands land.

#[derive(Clone, Debug, Default)]
pub struct Set {}

impl Set {
    pub fn encoding(&self) -> &'static str {
        "intset"
    }
}
