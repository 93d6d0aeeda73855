use std::collections::VecDeque;

use super::*;
use crate::storage::listpack::tests::{random_value, Rng};

fn contents(q: &Quicklist) -> Vec<Vec<u8>> {
    q.iter().map(|e| e.to_vec()).collect()
}

/// Node invariants; `fill_limit` also checks the fill limit (LSET may outgrow it, as in
/// Redis).
fn check_invariants_with(q: &Quicklist, fill_limit: bool) {
    let mut total = 0;
    for node in q.nodes() {
        assert!(!node.is_empty(), "empty node");
        total += node.len();
        if fill_limit && node.len() > 1 {
            if q.fill < 0 {
                let limit = OPTIMIZATION_LEVEL[(-q.fill - 1) as usize];
                assert!(
                    node.total_bytes() <= limit,
                    "node of {} bytes",
                    node.total_bytes()
                );
            } else {
                assert!(
                    node.len() as i64 <= i64::from(q.fill),
                    "node of {} entries",
                    node.len()
                );
                assert!(node.total_bytes() <= SIZE_SAFETY_LIMIT);
            }
        }
    }
    assert_eq!(total, q.len());
}

fn check_invariants(q: &Quicklist) {
    check_invariants_with(q, true);
}

#[test]
fn every_list_reports_quicklist() {
    let mut q = Quicklist::default();
    q.push_back(b"a");
    assert_eq!(q.encoding(), "quicklist");
    assert!(q.is_single_node());
    assert_eq!(q.fill(), -2);
}

#[test]
fn default_fill_makes_8kb_nodes() {
    let mut q = Quicklist::default();
    for i in 0..10_000 {
        q.push_back(format!("element-{i:06}").as_bytes());
    }
    check_invariants(&q);
    assert!(q.node_count() > 1);
    for node in q.nodes().take(q.node_count() - 1) {
        assert!(node.total_bytes() > 8192 - 64 && node.total_bytes() <= 8192);
    }
    assert_eq!(q.get(5000).unwrap().to_vec(), b"element-005000");
    assert_eq!(q.get(-1).unwrap().to_vec(), b"element-009999");
}

#[test]
fn positive_fill_counts_entries() {
    let mut q = Quicklist::new(3);
    for i in 0..10 {
        q.push_back(i.to_string().as_bytes());
    }
    let sizes: Vec<usize> = q.nodes().map(|n| n.len()).collect();
    assert_eq!(sizes, vec![3, 3, 3, 1]);
    // A big element goes into its own node even under a count fill.
    q.push_back(&[b'x'; 9000]);
    assert_eq!(q.nodes().last().unwrap().len(), 1);
    check_invariants(&q);
}

#[test]
fn push_pop_index_insert_set_trim() {
    let mut q = Quicklist::new(4);
    for v in ["c", "d", "e"] {
        q.push_back(v.as_bytes());
    }
    q.push_front(b"b");
    q.push_front(b"a");
    assert!(q.insert_before(b"c", b"bc"));
    assert!(q.insert_after(b"e", b"f"));
    assert!(!q.insert_after(b"zz", b"f"));
    assert!(q.set(-1, b"g"));
    assert!(q.set(0, b"100"));
    assert!(!q.set(7, b"x"));
    assert_eq!(q.get(0), Some(Entry::Int(100)));
    let want: Vec<&[u8]> = vec![b"100", b"b", b"bc", b"c", b"d", b"e", b"g"];
    assert_eq!(contents(&q), want);
    let back: Vec<Vec<u8>> = q.lrange(1, -2).rev().map(|e| e.to_vec()).collect();
    assert_eq!(
        back,
        vec![
            b"e".to_vec(),
            b"d".to_vec(),
            b"c".to_vec(),
            b"bc".to_vec(),
            b"b".to_vec()
        ]
    );
    assert_eq!(q.lrange(5, 100).count(), 2);
    assert_eq!(q.lrange(-100, 0).count(), 1);
    assert_eq!(q.lrange(3, 2).count(), 0);
    q.trim(1, -2);
    assert_eq!(q.len(), 5);
    assert_eq!(q.pop_front(), Some(b"b".to_vec()));
    assert_eq!(q.pop_back(), Some(b"e".to_vec()));
    q.trim(5, 10);
    assert!(q.is_empty());
    assert_eq!(q.node_count(), 0);
    assert_eq!(q.pop_back(), None);
    check_invariants(&q);
}

#[test]
fn deleting_merges_neighbouring_nodes() {
    let mut q = Quicklist::new(4);
    for i in 0..16 {
        q.push_back(i.to_string().as_bytes());
    }
    assert_eq!(q.node_count(), 4);
    // Empty most of the middle nodes: what remains fits in fewer nodes.
    q.remove_range(5, 6);
    check_invariants(&q);
    assert!(q.node_count() < 4, "{} nodes", q.node_count());
    let want: Vec<Vec<u8>> = [0, 1, 2, 3, 4, 11, 12, 13, 14, 15]
        .iter()
        .map(|i: &i32| i.to_string().into_bytes())
        .collect();
    assert_eq!(contents(&q), want);
}

#[test]
fn matches_vecdeque_model_under_random_operations() {
    for (seed, fill) in [
        (1u64, -2),
        (2, -1),
        (3, -5),
        (4, 1),
        (5, 2),
        (6, 5),
        (7, 128),
    ] {
        let mut rng = Rng::new(seed * 7919);
        let mut q = Quicklist::new(fill);
        let mut model: VecDeque<Vec<u8>> = VecDeque::new();
        // LSET grows nodes in place past the fill, as Redis does: exact limits only without.
        let with_set = seed % 2 == 1;
        for step in 0..30_000 {
            let op = rng.below(100);
            let n = model.len();
            if op < 20 {
                let v = random_value(&mut rng);
                q.push_back(&v);
                model.push_back(v);
            } else if op < 35 {
                let v = random_value(&mut rng);
                q.push_front(&v);
                model.push_front(v);
            } else if op < 45 {
                assert_eq!(q.pop_front(), model.pop_front());
            } else if op < 53 {
                assert_eq!(q.pop_back(), model.pop_back());
            } else if op < 65 {
                let v = random_value(&mut rng);
                let pos = rng.below(n + 1);
                q.insert(pos, &v);
                model.insert(pos, v);
            } else if op < 70 && n > 0 {
                let pivot = model[rng.below(n)].clone();
                let v = random_value(&mut rng);
                let i = model.iter().position(|m| *m == pivot).unwrap();
                if rng.below(2) == 0 {
                    assert!(q.insert_before(&pivot, &v));
                    model.insert(i, v);
                } else {
                    assert!(q.insert_after(&pivot, &v));
                    model.insert(i + 1, v);
                }
            } else if op < 78 && n > 0 && with_set {
                let i = rng.below(n);
                let v = random_value(&mut rng);
                assert!(q.set(i as isize - n as isize, &v));
                model[i] = v;
            } else if op < 84 && n > 0 {
                let i = rng.below(n);
                assert!(q.remove(i as isize));
                model.remove(i);
            } else if op < 87 && n > 0 {
                let i = rng.below(n);
                let c = rng.below(40);
                let removed = q.remove_range(i, c);
                let m = c.min(n - i);
                assert_eq!(removed, m);
                model.drain(i..i + m);
            } else if op < 88 && n > 0 {
                let value = model[rng.below(n)].clone();
                let count = rng.below(5) as isize - 2;
                let got = q.remove_matching(&value, count);
                let mut want = 0;
                let limit = if count == 0 {
                    usize::MAX
                } else {
                    count.unsigned_abs()
                };
                if count >= 0 {
                    let mut i = 0;
                    while i < model.len() && want < limit {
                        if model[i] == value {
                            model.remove(i);
                            want += 1;
                        } else {
                            i += 1;
                        }
                    }
                } else {
                    let mut i = model.len();
                    while i > 0 && want < limit {
                        i -= 1;
                        if model[i] == value {
                            model.remove(i);
                            want += 1;
                        }
                    }
                }
                assert_eq!(got, want);
            } else if op < 90 {
                let a =
                    rng.below(n + 3) as isize - 1 - if rng.below(2) == 0 { n as isize } else { 0 };
                let b =
                    rng.below(n + 3) as isize - 1 - if rng.below(2) == 0 { n as isize } else { 0 };
                q.trim(a, b);
                let len = n as isize;
                let s = if a < 0 { (len + a).max(0) } else { a };
                let e = if b < 0 { len + b } else { b };
                if s > e || s >= len {
                    model.clear();
                } else {
                    let e = e.min(len - 1) as usize;
                    model.truncate(e + 1);
                    model.drain(..s as usize);
                }
            } else if n > 0 {
                let i = rng.below(n);
                assert_eq!(q.get(i as isize).unwrap().to_vec(), model[i]);
                assert_eq!(q.get(-(i as isize) - 1).unwrap().to_vec(), model[n - 1 - i]);
                let j = rng.below(n + 1);
                let (s, e) = (i.min(j), i.max(j));
                let fwd: Vec<Vec<u8>> = q.range(s, e).map(|x| x.to_vec()).collect();
                assert!(fwd.iter().eq(model.range(s..e)));
                let bwd: Vec<Vec<u8>> = q.range(s, e).rev().map(|x| x.to_vec()).collect();
                assert!(bwd.iter().eq(model.range(s..e).rev()));
            }
            if model.len() > 3000 {
                q.trim(0, 99);
                model.truncate(100);
            }
            assert_eq!(q.len(), model.len(), "fill {fill} step {step}");
            if step % 211 == 0 {
                check_invariants_with(&q, !with_set);
                assert!(
                    contents(&q).iter().eq(model.iter()),
                    "fill {fill} step {step}"
                );
                for node in q.nodes() {
                    assert!(Listpack::from_bytes(node.bytes().to_vec()).is_some());
                }
            }
        }
        check_invariants_with(&q, !with_set);
        assert!(contents(&q).iter().eq(model.iter()));
    }
}

fn shape(q: &Quicklist) -> Vec<(usize, usize)> {
    q.nodes().map(|n| (n.len(), n.total_bytes())).collect()
}

fn pushed(fill: i32) -> (Quicklist, Quicklist) {
    let (mut r, mut l) = (Quicklist::new(fill), Quicklist::new(fill));
    for i in 0..3000 {
        r.push_back(format!("element-{i:06}").as_bytes());
        l.push_front((i * 37).to_string().as_bytes());
    }
    (r, l)
}

/// Node shapes (entries, bytes) that redis-server 7.0.15 built, read from `DUMP` with
/// rdbcompression off after `CONFIG SET list-max-listpack-size <fill>` and, for i in 0..3000,
/// `RPUSH r element-<i:06>` and `LPUSH lf <i*37>`.
#[test]
fn node_shapes_match_redis_for_pushes() {
    let (r, l) = pushed(-2);
    let mut want = vec![(511, 8183); 5];
    want.push((445, 7127));
    assert_eq!(shape(&r), want);
    assert_eq!(shape(&l), vec![(1165, 5832), (1835, 8181)]);

    let (r, l) = pushed(-1);
    let mut want = vec![(255, 4087); 11];
    want.push((195, 3127));
    assert_eq!(shape(&r), want);
    assert_eq!(
        shape(&l),
        vec![(352, 1767), (816, 4087), (816, 4087), (1016, 4086)]
    );

    let (r, l) = pushed(5);
    assert_eq!(shape(&r), vec![(5, 87); 600]);
    let s = shape(&l);
    assert_eq!(s.len(), 600);
    assert!(s.iter().all(|&(n, _)| n == 5));
    assert_eq!((s[0].1, s[599].1), (32, 18));
}

#[test]
fn lrem_from_head_tail_and_all() {
    let mut q = Quicklist::new(2);
    for v in ["a", "1", "b", "1", "c", "01", "1"] {
        q.push_back(v.as_bytes());
    }
    assert_eq!(q.remove_matching(b"1", -1), 1);
    assert_eq!(contents(&q).last().unwrap(), b"01");
    assert_eq!(q.remove_matching(b"1", 1), 1);
    assert_eq!(q.get(1).unwrap().to_vec(), b"b");
    assert_eq!(q.remove_matching(b"1", 0), 1);
    assert_eq!(q.remove_matching(b"zz", 0), 0);
    let want: Vec<&[u8]> = vec![b"a", b"b", b"c", b"01"];
    assert_eq!(contents(&q), want);
    check_invariants(&q);
}

/// redis-server 7.0.15 with `list-max-listpack-size 4`: `RPUSH x 0 .. 11`, then each
/// LINSERT below, `DUMP x` after each step for the node shapes.
#[test]
fn linsert_and_lset_shapes_match_redis() {
    let mut q = Quicklist::new(4);
    for i in 0..12 {
        q.push_back(i.to_string().as_bytes());
    }
    assert_eq!(shape(&q), vec![(4, 15); 3]);
    assert!(q.insert_before(b"6", b"a"));
    assert_eq!(shape(&q), vec![(4, 15), (3, 14), (2, 11), (4, 15)]);
    assert!(q.insert_after(b"3", b"b"));
    assert_eq!(shape(&q), vec![(4, 15), (4, 17), (2, 11), (4, 15)]);
    assert!(q.insert_before(b"0", b"c"));
    assert_eq!(shape(&q), vec![(1, 10), (4, 15), (4, 17), (2, 11), (4, 15)]);
    assert!(q.insert_after(b"11", b"d"));
    let after_inserts = vec![(1, 10), (4, 15), (4, 17), (2, 11), (4, 15), (1, 10)];
    assert_eq!(shape(&q), after_inserts);
    assert!(q.set(2, &[b'y'; 9000]));
    assert!(q.set(5, b"z"));
    let mut want = after_inserts;
    want[1] = (4, 9020);
    assert_eq!(shape(&q), want);
    let got: Vec<Vec<u8>> = contents(&q);
    let mut expect: Vec<Vec<u8>> = [
        "c", "0", "Y", "2", "3", "z", "4", "5", "a", "6", "7", "8", "9", "10", "11", "d",
    ]
    .iter()
    .map(|s| s.as_bytes().to_vec())
    .collect();
    expect[2] = vec![b'y'; 9000];
    // LRANGE x 0 -1 on redis-server after the same commands.
    assert!(got == expect);
}

#[test]
fn loads_nodes_from_a_redis_dump() {
    use crate::storage::listpack::tests::{dump_listpacks, REDIS_DUMP_LIST, REDIS_LIST_ELEMENTS};
    let nodes = dump_listpacks(&REDIS_DUMP_LIST)
        .into_iter()
        .map(|b| Listpack::from_bytes(b).expect("valid listpack"));
    let mut q = Quicklist::from_nodes(DEFAULT_FILL, nodes);
    let want: Vec<&[u8]> = REDIS_LIST_ELEMENTS.iter().map(|s| s.as_bytes()).collect();
    assert_eq!(contents(&q), want);
    // Written back node by node, the bytes are Redis's.
    assert_eq!(
        q.nodes().next().unwrap().bytes(),
        &dump_listpacks(&REDIS_DUMP_LIST)[0][..]
    );
    q.push_back(b"more");
    assert_eq!(q.len(), REDIS_LIST_ELEMENTS.len() + 1);
    assert_eq!(q.node_count(), 1);
}
