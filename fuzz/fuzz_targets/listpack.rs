//! Feeds arbitrary bytes to `Listpack::from_bytes` (what the RDB loader will hand it). When
//! they validate, every walk must stay in bounds and agree: forward and backward iteration
//! give the same entries, `get(i)` matches, and after edits driven by the same bytes the
//! listpack still re-validates from its own serialization.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ringkv::storage::listpack::Listpack;

fuzz_target!(|data: &[u8]| {
    let Some(lp) = Listpack::from_bytes(data.to_vec()) else {
        return;
    };
    let fwd: Vec<Vec<u8>> = lp.iter().map(|e| e.to_vec()).collect();
    let mut back: Vec<Vec<u8>> = Vec::new();
    let mut p = lp.last();
    while let Some(i) = p {
        back.push(lp.entry_at(i).to_vec());
        p = lp.prev(i);
    }
    back.reverse();
    assert_eq!(fwd, back);
    assert_eq!(fwd.len(), lp.len());
    for (i, v) in fwd.iter().enumerate() {
        assert_eq!(&lp.get(i as isize).unwrap().to_vec(), v);
    }
    let mut lp = lp;
    let mut model = fwd;
    for (k, chunk) in data.chunks(7).take(16).enumerate() {
        match k % 3 {
            0 => {
                lp.push_back(chunk);
                model.push(chunk.to_vec());
            }
            1 if !model.is_empty() => {
                let i = chunk[0] as usize % model.len();
                lp.remove(i as isize);
                model.remove(i);
            }
            _ => {
                lp.push_front(chunk);
                model.insert(0, chunk.to_vec());
            }
        }
    }
    let again = Listpack::from_bytes(lp.bytes().to_vec()).expect("our own bytes validate");
    let got: Vec<Vec<u8>> = again.iter().map(|e| e.to_vec()).collect();
    assert_eq!(got, model);
});
