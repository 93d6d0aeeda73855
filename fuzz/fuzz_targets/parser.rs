//! Feeds arbitrary bytes, split in two reads at a point chosen by the first
//! input byte, through the parser the way a connection does (parse what is
//! complete, keep the rest, append the next read). `model::drive_parser`
//! asserts the API invariants on every call (no panic, consumed within the
//! buffer, spans in bounds, need hint beyond the buffer); the events must
//! also equal those of a literal stateful model of Redis 7.0.15's parser
//! given the same reads, and of the parser given all bytes at once.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ringkv::protocol::parse::Limits;

#[path = "../../tests/parser_model/mod.rs"]
mod model;

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    // 0 -> everything in the second read, 255 -> everything in the first.
    let split = first as usize * rest.len() / 255;
    let (a, b) = rest.split_at(split);
    let lims = [
        Limits {
            max_bulk_len: 512 * 1024 * 1024,
            authenticated: true,
        },
        Limits {
            max_bulk_len: 512 * 1024 * 1024,
            authenticated: false,
        },
        Limits {
            max_bulk_len: 4,
            authenticated: true,
        },
    ];
    for lim in &lims {
        let (split_events, _) = model::drive_parser(&[a, b], lim);
        let model_events = model::drive_model(&[a, b], lim);
        assert_eq!(split_events, model_events, "parser vs Redis model, {lim:?}");
        // One read: the same, unless a "too big" check (> 64 KiB pending)
        // fires at a different moment.
        if rest.len() <= model::PROTO_INLINE_MAX_SIZE {
            let (whole_events, _) = model::drive_parser(&[rest], lim);
            assert_eq!(whole_events, split_events, "one read vs two, {lim:?}");
        }
    }
});
