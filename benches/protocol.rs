//! Placeholder: the RESP parse/encode benches land with the parser.
fn main() {}
