//! List commands (tests/unit/type/list.tcl): differential against redis-server 7.0.15.
//! Every `=> ...` is redis's reply, checked; ringkv with 1 and 4 threads must answer the same
//! bytes. Lists large enough to span many quicklist nodes and randomized command streams
//! check the node split and merge paths.
mod common;
use common::*;

/// LPUSH, RPUSH, LLEN, LINDEX, LPOP, RPOP (list.tcl basics)
#[test]
fn push_index_pop_basics() {
    diff(&[
        "LPUSH l a => (integer) 1",
        "LPUSH l b c => (integer) 3",
        "RPUSH l d e => (integer) 5",
        "LLEN l => (integer) 5",
        "LRANGE l 0 -1 => [\"c\", \"b\", \"a\", \"d\", \"e\"]",
        "LINDEX l 0 => \"c\"",
        "LINDEX l -1 => \"e\"",
        "LINDEX l 4 => \"e\"",
        "LINDEX l 5 => (nil)",
        "LINDEX l -5 => \"c\"",
        "LINDEX l -6 => (nil)",
        "LINDEX l x => (error) ERR value is not an integer or out of range",
        "LINDEX l 1.5 => (error) ERR value is not an integer or out of range",
        "LINDEX l 99999999999999999999 => (error) ERR value is not an integer or out of range",
        "LPOP l => \"c\"",
        "RPOP l => \"e\"",
        "LRANGE l 0 -1 => [\"b\", \"a\", \"d\"]",
        "OBJECT ENCODING l => \"quicklist\"",
        "TYPE l => list",
    ]);
}

/// Integer-looking elements come back as sent; matching is by string ("007" is not 7)
#[test]
fn integers_and_odd_strings_are_stored_and_matched_as_redis() {
    diff(&[
        "RPUSH l 1 2 3 -4 9223372036854775807 -9223372036854775808 9223372036854775808 007 \"\" \" 1\" +5 -0 3.0 => (integer) 13",
        "LRANGE l 0 -1 => [\"1\", \"2\", \"3\", \"-4\", \"9223372036854775807\", \"-9223372036854775808\", \"9223372036854775808\", \"007\", \"\", \" 1\", \"+5\", \"-0\", \"3.0\"]",
        "LINDEX l 3 => \"-4\"",
        "LPOS l 007 => (integer) 7",
        "LPOS l 7 => (nil)",
        "LPOS l \"\" => (integer) 8",
        "LPOS l -9223372036854775808 => (integer) 5",
        "LREM l 0 9223372036854775808 => (integer) 1",
        "LRANGE l 0 -1 => [\"1\", \"2\", \"3\", \"-4\", \"9223372036854775807\", \"-9223372036854775808\", \"007\", \"\", \" 1\", \"+5\", \"-0\", \"3.0\"]",
    ]);
}

/// LPUSHX/RPUSHX need an existing list; every list command refuses a string key (argument errors first where Redis parses first)
#[test]
fn pushx_and_wrongtype_for_every_command() {
    diff(&[
        "LPUSHX l a => (integer) 0",
        "RPUSHX l a => (integer) 0",
        "EXISTS l => (integer) 0",
        "RPUSH l x => (integer) 1",
        "LPUSHX l a b => (integer) 3",
        "RPUSHX l c d => (integer) 5",
        "LRANGE l 0 -1 => [\"b\", \"a\", \"x\", \"c\", \"d\"]",
        "SET s str => OK",
        "LPUSH s a => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "RPUSH s a => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "LPUSHX s a => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "RPUSHX s a => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "LPOP s => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "RPOP s => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "LPOP s 1 => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "LLEN s => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "LINDEX s 0 => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "LINDEX s x => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "LRANGE s 0 -1 => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "LRANGE s x 1 => (error) ERR value is not an integer or out of range",
        "LINSERT s BEFORE a b => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "LINSERT s foo a b => (error) ERR syntax error",
        "LREM s 1 a => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "LREM s x a => (error) ERR value is not an integer or out of range",
        "LSET s 0 a => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "LSET s x a => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "LTRIM s 0 1 => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "LTRIM s x 1 => (error) ERR value is not an integer or out of range",
        "LPOS s a => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "LPOS s a RANK 0 => (error) ERR RANK can't be zero: use 1 to start from the first match, 2 from the second ... or use negative to start from the end of the list",
        "LMOVE s l LEFT LEFT => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "LMOVE l s LEFT LEFT => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "LMOVE l s UP LEFT => (error) ERR syntax error",
        "RPOPLPUSH s l => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "RPOPLPUSH l s => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "LMPOP 1 s LEFT => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "LMPOP 2 nokey s LEFT => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "LMPOP 2 l s LEFT => [\"l\", [\"b\"]]",
        "LRANGE l 0 -1 => [\"a\", \"x\", \"c\", \"d\"]",
        "GET s => \"str\"",
    ]);
}

/// LPOP/RPOP with a count, its errors, and the null forms for a missing key
#[test]
fn pop_with_count() {
    diff(&[
        "RPUSH l a b c d e => (integer) 5",
        "LPOP l 0 => []",
        "LPOP l 2 => [\"a\", \"b\"]",
        "RPOP l 2 => [\"e\", \"d\"]",
        "LPOP l 5 => [\"c\"]",
        "EXISTS l => (integer) 0",
        "LPOP l => (nil)",
        "RPOP l => (nil)",
        "LPOP l 0 => (nil array)",
        "RPOP l 3 => (nil array)",
        "RPUSH l a => (integer) 1",
        "LPOP l -1 => (error) ERR value is out of range, must be positive",
        "LPOP l x => (error) ERR value is out of range, must be positive",
        "LPOP l 1.0 => (error) ERR value is out of range, must be positive",
        "LPOP l 9223372036854775807 => [\"a\"]",
        "RPUSH l a b => (integer) 2",
        "RPOP l 9223372036854775807 => [\"b\", \"a\"]",
        "LPOP l 1 2 => (error) ERR wrong number of arguments for 'lpop' command",
        "RPOP l 1 2 => (error) ERR wrong number of arguments for 'rpop' command",
        "LPOP => (error) ERR wrong number of arguments for 'lpop' command",
        "RPOP => (error) ERR wrong number of arguments for 'rpop' command",
    ]);
}

/// Missing keys and empty results in RESP3
#[test]
fn resp3_null_forms() {
    diff(&[
        "[hello] HELLO 3",
        "LPOP nokey => (null)",
        "LPOP nokey 1 => (null)",
        "LPOP nokey 0 => (null)",
        "RPOP nokey 2 => (null)",
        "RPUSH l a => (integer) 1",
        "LPOP l 0 => []",
        "LINDEX l 5 => (null)",
        "LINDEX nokey 0 => (null)",
        "LPOS l z => (null)",
        "LPOS l z COUNT 0 => []",
        "LPOS nokey z COUNT 0 => []",
        "LMOVE nokey l LEFT LEFT => (null)",
        "RPOPLPUSH nokey l => (null)",
        "LMPOP 1 nokey LEFT => (null)",
        "LRANGE nokey 0 -1 => []",
        "LMPOP 1 l LEFT COUNT 3 => [\"l\", [\"a\"]]",
    ]);
}

/// LINSERT BEFORE/AFTER, missing pivot, bad position word
#[test]
fn linsert() {
    diff(&[
        "LINSERT l BEFORE a x => (integer) 0",
        "EXISTS l => (integer) 0",
        "RPUSH l a b c a => (integer) 4",
        "LINSERT l BEFORE a x => (integer) 5",
        "LINSERT l AFTER a y => (integer) 6",
        "LINSERT l after c z => (integer) 7",
        "LINSERT l Before \"\" w => (integer) -1",
        "LINSERT l BEFORE nope w => (integer) -1",
        "LINSERT l MIDDLE a w => (error) ERR syntax error",
        "LINSERT l \"AFTER\\x00junk\" c q => (integer) 8",
        "LRANGE l 0 -1 => [\"x\", \"a\", \"y\", \"b\", \"c\", \"q\", \"z\", \"a\"]",
        "LINSERT l BEFORE a => (error) ERR wrong number of arguments for 'linsert' command",
        "LINSERT l BEFORE a b c => (error) ERR wrong number of arguments for 'linsert' command",
    ]);
}

#[test]
fn linsert_with_integer_elements() {
    diff(&[
        "RPUSH l 1 2 3 => (integer) 3",
        "LINSERT l AFTER 3 4 => (integer) 4",
        "LINSERT l BEFORE 1 0 => (integer) 5",
        "LINSERT l AFTER 2 2.5 => (integer) 6",
        "LINSERT l BEFORE 03 x => (integer) -1",
        "LRANGE l 0 -1 => [\"0\", \"1\", \"2\", \"2.5\", \"3\", \"4\"]",
    ]);
}

/// LSET errors: no such key before the index is parsed, out of range
#[test]
fn lset() {
    diff(&[
        "LSET nokey 0 a => (error) ERR no such key",
        "LSET nokey x a => (error) ERR no such key",
        "RPUSH l a b c => (integer) 3",
        "LSET l 0 A => OK",
        "LSET l -1 C => OK",
        "LSET l 3 D => (error) ERR index out of range",
        "LSET l -4 D => (error) ERR index out of range",
        "LSET l 1.5 D => (error) ERR value is not an integer or out of range",
        "LSET l 9223372036854775807 D => (error) ERR index out of range",
        "LSET l -9223372036854775808 D => (error) ERR index out of range",
        "LSET l 1 12345 => OK",
        "LRANGE l 0 -1 => [\"A\", \"12345\", \"C\"]",
        "LSET l 0 => (error) ERR wrong number of arguments for 'lset' command",
        "LSET l 0 a b => (error) ERR wrong number of arguments for 'lset' command",
    ]);
}

/// LREM from head, tail, all; integers compare as strings
#[test]
fn lrem() {
    diff(&[
        "RPUSH l a b a c a b a => (integer) 7",
        "LREM l 2 a => (integer) 2",
        "LRANGE l 0 -1 => [\"b\", \"c\", \"a\", \"b\", \"a\"]",
        "LREM l -1 b => (integer) 1",
        "LRANGE l 0 -1 => [\"b\", \"c\", \"a\", \"a\"]",
        "LREM l 0 a => (integer) 2",
        "LRANGE l 0 -1 => [\"b\", \"c\"]",
        "LREM l 0 zz => (integer) 0",
        "LREM l -9223372036854775808 c => (integer) 1",
        "LREM l 1 b => (integer) 1",
        "EXISTS l => (integer) 0",
        "LREM l 1 b => (integer) 0",
        "LREM nokey x b => (error) ERR value is not an integer or out of range",
        "LREM l 1.5 b => (error) ERR value is not an integer or out of range",
        "RPUSH n 1 01 1 2 => (integer) 4",
        "LREM n 0 1 => (integer) 2",
        "LRANGE n 0 -1 => [\"01\", \"2\"]",
    ]);
}

/// LTRIM ranges, empty results delete the key
#[test]
fn ltrim() {
    diff(&[
        "RPUSH l a b c d e f => (integer) 6",
        "LTRIM l 1 -2 => OK",
        "LRANGE l 0 -1 => [\"b\", \"c\", \"d\", \"e\"]",
        "LTRIM l -100 100 => OK",
        "LRANGE l 0 -1 => [\"b\", \"c\", \"d\", \"e\"]",
        "LTRIM l 2 1 => OK",
        "EXISTS l => (integer) 0",
        "LTRIM l 0 -1 => OK",
        "RPUSH l a b c d e f => (integer) 6",
        "LTRIM l -2 -1 => OK",
        "LRANGE l 0 -1 => [\"e\", \"f\"]",
        "LTRIM l 5 10 => OK",
        "EXISTS l => (integer) 0",
        "RPUSH l a b c => (integer) 3",
        "LTRIM l 0 0 => OK",
        "LRANGE l 0 -1 => [\"a\"]",
        "LTRIM l 9223372036854775807 -9223372036854775808 => OK",
        "EXISTS l => (integer) 0",
        "LTRIM nokey 0 1 => OK",
        "LTRIM nokey x 1 => (error) ERR value is not an integer or out of range",
        "LTRIM l 0 1.5 => (error) ERR value is not an integer or out of range",
    ]);
}

/// LRANGE with negative and out-of-range indexes
#[test]
fn lrange() {
    diff(&[
        "RPUSH l a b c d e f => (integer) 6",
        "LRANGE l 0 2 => [\"a\", \"b\", \"c\"]",
        "LRANGE l -3 -1 => [\"d\", \"e\", \"f\"]",
        "LRANGE l -100 100 => [\"a\", \"b\", \"c\", \"d\", \"e\", \"f\"]",
        "LRANGE l 2 1 => []",
        "LRANGE l 5 5 => [\"f\"]",
        "LRANGE l 6 10 => []",
        "LRANGE l -1 -2 => []",
        "LRANGE l -7 0 => [\"a\"]",
        "LRANGE l 0 -7 => []",
        "LRANGE l -9223372036854775808 9223372036854775807 => [\"a\", \"b\", \"c\", \"d\", \"e\", \"f\"]",
        "LRANGE l 9223372036854775807 -9223372036854775808 => []",
        "LRANGE l 0 x => (error) ERR value is not an integer or out of range",
        "LRANGE l \"\" 1 => (error) ERR value is not an integer or out of range",
        "LRANGE nokey 0 -1 => []",
        "LRANGE nokey x 1 => (error) ERR value is not an integer or out of range",
        "LRANGE l 0 => (error) ERR wrong number of arguments for 'lrange' command",
        "LRANGE l 0 1 2 => (error) ERR wrong number of arguments for 'lrange' command",
    ]);
}

/// LPOS with RANK, COUNT, MAXLEN and their errors
#[test]
fn lpos() {
    diff(&[
        "RPUSH l a b c 1 2 3 c c => (integer) 8",
        "LPOS l a => (integer) 0",
        "LPOS l c => (integer) 2",
        "LPOS l c RANK 1 => (integer) 2",
        "LPOS l c RANK 2 => (integer) 6",
        "LPOS l c RANK -1 => (integer) 7",
        "LPOS l c RANK -2 => (integer) 6",
        "LPOS l c RANK 4 => (nil)",
        "LPOS l c RANK -4 => (nil)",
        "LPOS l c COUNT 0 => [(integer) 2, (integer) 6, (integer) 7]",
        "LPOS l c COUNT 2 => [(integer) 2, (integer) 6]",
        "LPOS l c COUNT 2 RANK -1 => [(integer) 7, (integer) 6]",
        "LPOS l c RANK 2 COUNT 0 => [(integer) 6, (integer) 7]",
        "LPOS l c RANK -3 COUNT 5 => [(integer) 2]",
        "LPOS l c MAXLEN 3 => (integer) 2",
        "LPOS l c MAXLEN 2 => (nil)",
        "LPOS l c MAXLEN 2 COUNT 0 => []",
        "LPOS l c RANK -1 MAXLEN 1 => (integer) 7",
        "LPOS l c RANK -1 MAXLEN 2 COUNT 0 => [(integer) 7, (integer) 6]",
        "LPOS l c RANK -1 MAXLEN 0 COUNT 0 => [(integer) 7, (integer) 6, (integer) 2]",
        "LPOS l 1 => (integer) 3",
        "LPOS l 3 RANK -1 => (integer) 5",
        "LPOS l c RANK 0 => (error) ERR RANK can't be zero: use 1 to start from the first match, 2 from the second ... or use negative to start from the end of the list",
        "LPOS l c RANK x => (error) ERR value is not an integer or out of range",
        "LPOS l c RANK => (error) ERR syntax error",
        "LPOS l c COUNT -1 => (error) ERR COUNT can't be negative",
        "LPOS l c COUNT x => (error) ERR COUNT can't be negative",
        "LPOS l c MAXLEN -1 => (error) ERR MAXLEN can't be negative",
        "LPOS l c MAXLEN x => (error) ERR MAXLEN can't be negative",
        "LPOS l c FOO 1 => (error) ERR syntax error",
        "LPOS l c COUNT 1 COUNT 2 => [(integer) 2, (integer) 6]",
        "LPOS l c RANK 2 RANK -1 => (integer) 7",
        "LPOS l c rank 1 count 1 maxlen 0 => [(integer) 2]",
        "LPOS l c RANK -9223372036854775808 => (integer) 7",
        "LPOS l c RANK -9223372036854775808 COUNT 1 => [(integer) 7, (integer) 6, (integer) 2]",
        "LPOS l c RANK -9223372036854775807 COUNT 1 => []",
        "LPOS l c RANK 9223372036854775807 COUNT 0 => []",
        "LPOS l c RANK 3 COUNT 9223372036854775807 => [(integer) 7]",
        "LPOS l c RANK 99999999999999999999 => (error) ERR value is not an integer or out of range",
        "LPOS nokey c => (nil)",
        "LPOS nokey c COUNT 1 => []",
        "LPOS nokey c RANK 0 => (error) ERR RANK can't be zero: use 1 to start from the first match, 2 from the second ... or use negative to start from the end of the list",
        "LPOS nokey c COUNT -1 => (error) ERR COUNT can't be negative",
        "LPOS l => (error) ERR wrong number of arguments for 'lpos' command",
        "LPOS => (error) ERR wrong number of arguments for 'lpos' command",
    ]);
}

/// LMOVE/RPOPLPUSH: all four directions, same key rotates, wrong-type destination fails before the pop
#[test]
fn lmove_and_rpoplpush() {
    diff(&[
        "RPUSH src a b c => (integer) 3",
        "LMOVE src dst LEFT RIGHT => \"a\"",
        "LMOVE src dst RIGHT LEFT => \"c\"",
        "LMOVE src dst left left => \"b\"",
        "LRANGE dst 0 -1 => [\"b\", \"c\", \"a\"]",
        "EXISTS src => (integer) 0",
        "LMOVE src dst LEFT RIGHT => (nil)",
        "LMOVE dst dst LEFT RIGHT => \"b\"",
        "LRANGE dst 0 -1 => [\"c\", \"a\", \"b\"]",
        "LMOVE dst dst RIGHT LEFT => \"b\"",
        "LMOVE dst dst LEFT LEFT => \"b\"",
        "LMOVE dst dst RIGHT RIGHT => \"a\"",
        "LRANGE dst 0 -1 => [\"b\", \"c\", \"a\"]",
        "RPUSH one x => (integer) 1",
        "LMOVE one one LEFT RIGHT => \"x\"",
        "LRANGE one 0 -1 => [\"x\"]",
        "RPOPLPUSH one one => \"x\"",
        "RPOPLPUSH dst one => \"a\"",
        "LRANGE one 0 -1 => [\"a\", \"x\"]",
        "RPOPLPUSH dst newkey => \"c\"",
        "LRANGE newkey 0 -1 => [\"c\"]",
        "LMOVE dst dst MIDDLE LEFT => (error) ERR syntax error",
        "LMOVE dst dst LEFT MIDDLE => (error) ERR syntax error",
        "LMOVE nokey dst MIDDLE LEFT => (error) ERR syntax error",
        "LMOVE src dst LEFT => (error) ERR wrong number of arguments for 'lmove' command",
        "LMOVE src dst LEFT LEFT LEFT => (error) ERR wrong number of arguments for 'lmove' command",
        "RPOPLPUSH src => (error) ERR wrong number of arguments for 'rpoplpush' command",
        "RPOPLPUSH a b c => (error) ERR wrong number of arguments for 'rpoplpush' command",
        "SET str v => OK",
        "LMOVE one str LEFT LEFT => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "LRANGE one 0 -1 => [\"a\", \"x\"]",
        "LMOVE str one LEFT LEFT => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "LMOVE str str LEFT LEFT => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "RPOPLPUSH str str => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "LMOVE nokey str LEFT LEFT => (nil)",
        "RPOPLPUSH nokey str => (nil)",
    ]);
}

/// LMPOP numkeys, LEFT|RIGHT, COUNT and their errors
#[test]
fn lmpop() {
    diff(&[
        "RPUSH a 1 2 3 4 5 => (integer) 5",
        "RPUSH b x y => (integer) 2",
        "LMPOP 1 a LEFT => [\"a\", [\"1\"]]",
        "LMPOP 1 a RIGHT => [\"a\", [\"5\"]]",
        "LMPOP 2 nokey a left COUNT 2 => [\"a\", [\"2\", \"3\"]]",
        "LMPOP 2 nokey a right count 10 => [\"a\", [\"4\"]]",
        "EXISTS a => (integer) 0",
        "LMPOP 2 a b LEFT => [\"b\", [\"x\"]]",
        "LMPOP 2 a b RIGHT COUNT 5 => [\"b\", [\"y\"]]",
        "LMPOP 2 a b RIGHT COUNT 5 => (nil array)",
        "LMPOP 3 a b c LEFT => (nil array)",
        "RPUSH a 1 => (integer) 1",
        "LMPOP 0 a LEFT => (error) ERR numkeys should be greater than 0",
        "LMPOP -1 a LEFT => (error) ERR numkeys should be greater than 0",
        "LMPOP x a LEFT => (error) ERR numkeys should be greater than 0",
        "LMPOP 1.5 a LEFT => (error) ERR numkeys should be greater than 0",
        "LMPOP 99999999999999999999 a LEFT => (error) ERR numkeys should be greater than 0",
        "LMPOP 9223372036854775807 a LEFT => (error) ERR syntax error",
        "LMPOP 2 a LEFT => (error) ERR syntax error",
        "LMPOP 1 a LEFT RIGHT => (error) ERR syntax error",
        "LMPOP 1 a MIDDLE => (error) ERR syntax error",
        "LMPOP 1 a LEFT COUNT => (error) ERR syntax error",
        "LMPOP 1 a LEFT COUNT 0 => (error) ERR count should be greater than 0",
        "LMPOP 1 a LEFT COUNT -1 => (error) ERR count should be greater than 0",
        "LMPOP 1 a LEFT COUNT x => (error) ERR count should be greater than 0",
        "LMPOP 1 a LEFT COUNT 1 COUNT 1 => (error) ERR syntax error",
        "LMPOP 1 a LEFT FOO 1 => (error) ERR syntax error",
        "LMPOP 1 nokey LEFT COUNT 0 => (error) ERR count should be greater than 0",
        "LMPOP 1 a => (error) ERR wrong number of arguments for 'lmpop' command",
        "LMPOP 1 => (error) ERR wrong number of arguments for 'lmpop' command",
        "LMPOP => (error) ERR wrong number of arguments for 'lmpop' command",
        "LMPOP 1 a LEFT COUNT 9223372036854775807 => [\"a\", [\"1\"]]",
        "EXISTS a => (integer) 0",
    ]);
}

/// Pushes, pops and moves keep a list's TTL; a list emptied is deleted with its TTL
#[test]
fn ttl_is_kept_by_updates_and_dropped_with_the_key() {
    diff(&[
        "RPUSH l a b c => (integer) 3",
        "EXPIRE l 100 => (integer) 1",
        "LPUSH l z => (integer) 4",
        "RPOP l => \"c\"",
        "LSET l 0 y => OK",
        "LINSERT l AFTER y x => (integer) 4",
        "LREM l 1 x => (integer) 1",
        "LTRIM l 0 -1 => OK",
        "TTL l => (integer) 100",
        "RPUSH d 1 => (integer) 1",
        "EXPIRE d 200 => (integer) 1",
        "LMOVE l d LEFT LEFT => \"y\"",
        "TTL d => (integer) 200",
        "LMPOP 1 l LEFT COUNT 10 => [\"l\", [\"a\", \"b\"]]",
        "EXISTS l => (integer) 0",
        "TTL l => (integer) -2",
        "RPUSH l a => (integer) 1",
        "TTL l => (integer) -1",
        "LMOVE l fresh RIGHT RIGHT => \"a\"",
        "TTL fresh => (integer) -1",
        "RPUSH k x => (integer) 1",
        "EXPIRE k 100 => (integer) 1",
        "LMOVE k k LEFT RIGHT => \"x\"",
        "RPOPLPUSH k k => \"x\"",
        "TTL k => (integer) 100",
        "LRANGE k 0 -1 => [\"x\"]",
    ]);
}

/// An expired list is gone for every command: reads see no key, pushes start a new list
/// without a TTL, a move into it creates it.
#[test]
fn expired_lists_are_missing() {
    diff(&[
        "RPUSH e a b => (integer) 2",
        "RPUSH d x => (integer) 1",
        "PEXPIRE e 10 => (integer) 1",
        "PEXPIRE d 10 => (integer) 1",
        "[sleep 50]",
        "LLEN e => (integer) 0",
        "LRANGE e 0 -1 => []",
        "LPUSHX e b => (integer) 0",
        "LMOVE e d LEFT LEFT => (nil)",
        "RPUSH e c => (integer) 1",
        "TTL e => (integer) -1",
        "LMOVE e d LEFT LEFT => \"c\"",
        "LRANGE d 0 -1 => [\"c\"]",
        "TTL d => (integer) -1",
        "EXISTS e => (integer) 0",
    ]);
}

/// Binary-safe elements, NUL bytes and CRLF inside
#[test]
fn binary_elements() {
    diff(&[
        "RPUSH l \"a\\x00b\" \"\\r\\n\" \"\\xff\\xfe\" \"\" => (integer) 4",
        "LRANGE l 0 -1 => [\"a\\x00b\", \"\\r\\n\", \"\\xff\\xfe\", \"\"]",
        "LPOS l \"a\\x00b\" => (integer) 0",
        "LREM l 0 \"\" => (integer) 1",
        "LINSERT l BEFORE \"\\r\\n\" \"\\x00\" => (integer) 4",
        "LRANGE l 0 -1 => [\"a\\x00b\", \"\\x00\", \"\\r\\n\", \"\\xff\\xfe\"]",
        "RPOP l 10 => [\"\\xff\\xfe\", \"\\r\\n\", \"\\x00\", \"a\\x00b\"]",
    ]);
}

#[test]
fn commands_are_case_insensitive() {
    diff(&[
        "rpush l a b c => (integer) 3",
        "LpUsH l z => (integer) 4",
        "lrange l 0 -1 => [\"z\", \"a\", \"b\", \"c\"]",
        "lmove l l lEfT rIgHt => \"z\"",
        "lpos l z RaNk -1 CoUnT 0 mAxLeN 0 => [(integer) 3]",
        "lmpop 1 l RiGhT cOuNt 2 => [\"l\", [\"z\", \"c\"]]",
        "lindex l 0 => \"a\"",
    ]);
}

/// Redis 7.0 reports quicklist for every list, however small or large
#[test]
fn object_encoding_is_always_quicklist() {
    diff(&[
        "RPUSH small a => (integer) 1",
        "OBJECT ENCODING small => \"quicklist\"",
        "CONFIG SET list-max-listpack-size 1 => OK",
        "RPUSH one a b c => (integer) 3",
        "OBJECT ENCODING one => \"quicklist\"",
        "CONFIG SET list-max-ziplist-size 128 => OK",
        "CONFIG GET list-max-listpack-size => [\"list-max-listpack-size\", \"128\"]",
        "RPUSH big 1 2 3 4 5 6 7 8 9 10 => (integer) 10",
        "OBJECT ENCODING big => \"quicklist\"",
        "CONFIG SET list-max-listpack-size -5 => OK",
        "OBJECT ENCODING big => \"quicklist\"",
        "CONFIG SET list-max-listpack-size -6 => OK",
        "CONFIG SET list-max-listpack-size 0 => OK",
        "RPUSH zero a b => (integer) 2",
        "LRANGE zero 0 -1 => [\"a\", \"b\"]",
        "OBJECT ENCODING zero => \"quicklist\"",
        "CONFIG SET list-max-listpack-size -2 => OK",
    ]);
}

/// COMMAND INFO and GETKEYS for list commands (key specs, movablekeys of LMPOP)
#[test]
fn command_info_and_getkeys() {
    diff(&[
        "COMMAND INFO lpush lpop lrange lindex linsert llen lrem lset ltrim lpos",
        "COMMAND INFO lmove rpoplpush lmpop rpush lpushx rpushx rpop",
        "COMMAND GETKEYS LMOVE a b LEFT RIGHT => [\"a\", \"b\"]",
        "COMMAND GETKEYS RPOPLPUSH a b => [\"a\", \"b\"]",
        "COMMAND GETKEYS LMPOP 2 a b LEFT COUNT 3 => [\"a\", \"b\"]",
        "COMMAND GETKEYS LMPOP 1 a RIGHT => [\"a\"]",
        "COMMAND GETKEYS LPUSH k a b c => [\"k\"]",
    ]);
}

/// Under an LFU policy with lfu-log-factor 0 every lookup bumps the counter by one: each command looks its keys up as often as Redis does (RPOPLPUSH a a twice, LMPOP only up to the list it pops)
#[test]
fn lookups_touch_keys_as_redis() {
    diff(&[
        "CONFIG SET maxmemory-policy allkeys-lfu => OK",
        "CONFIG SET lfu-log-factor 0 => OK",
        "RPUSH a x y z => (integer) 3",
        "RPUSH b q => (integer) 1",
        "OBJECT FREQ a => (integer) 5",
        "LMOVE a b LEFT LEFT => \"x\"",
        "OBJECT FREQ a => (integer) 6",
        "OBJECT FREQ b => (integer) 6",
        "RPOPLPUSH a a => \"z\"",
        "OBJECT FREQ a => (integer) 8",
        "LMOVE a c RIGHT LEFT => \"y\"",
        "OBJECT FREQ a => (integer) 9",
        "OBJECT FREQ c => (integer) 5",
        "LMPOP 3 nokey b a LEFT => [\"b\", [\"x\"]]",
        "OBJECT FREQ a => (integer) 9",
        "OBJECT FREQ b => (integer) 7",
        "LPOS a y => (nil)",
        "LRANGE a 0 -1 => [\"z\"]",
        "LINDEX a 0 => \"z\"",
        "LLEN a => (integer) 1",
        "LINSERT a BEFORE y w => (integer) -1",
        "LSET a 0 v => OK",
        "LREM a 0 nope => (integer) 0",
        "LTRIM a 0 -1 => OK",
        "LPUSH a 1 => (integer) 2",
        "LPUSHX a 2 => (integer) 3",
        "LPOP a => \"2\"",
        "RPOP a 1 => [\"v\"]",
        "OBJECT FREQ a => (integer) 21",
        "SET s v => OK",
        "LMOVE a s LEFT LEFT => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "OBJECT FREQ a => (integer) 22",
        "OBJECT FREQ s => (integer) 6",
        "CONFIG SET maxmemory-policy noeviction => OK",
    ]);
}

/// LRANGE, LINDEX, LLEN and LPOS count keyspace hits and misses (lookupKeyRead); the
/// commands that write look their keys up without counting.
#[test]
fn read_commands_count_keyspace_hits_and_misses() {
    Script::new()
        .lines(&[
            "RPUSH l a b c => (integer) 3",
            "LRANGE l 0 -1 => [\"a\", \"b\", \"c\"]",
            "LRANGE nokey 0 -1 => []",
            "LINDEX l 0 => \"a\"",
            "LINDEX nokey 0 => (nil)",
            "LLEN l => (integer) 3",
            "LLEN nokey => (integer) 0",
            "LPOS l a => (integer) 0",
            "LPOS nokey a => (nil)",
            "LPOP l => \"a\"",
            "LPOP nokey => (nil)",
            "LMOVE l l2 LEFT LEFT => \"b\"",
            "LMOVE nokey l2 LEFT LEFT => (nil)",
            "LMPOP 2 nokey l2 LEFT => [\"l2\", [\"b\"]]",
            "LSET l 0 x => OK",
            "LINSERT nokey BEFORE a b => (integer) 0",
            "LREM nokey 0 a => (integer) 0",
            "LTRIM nokey 0 1 => OK",
        ])
        .check("INFO stats", same_hits_and_misses)
        .run();
}

/// TYPE, EXISTS, COPY, RENAME, DEL, SELECT and MULTI/EXEC with lists
#[test]
fn generic_commands_on_lists() {
    diff(&[
        "RPUSH l a b c => (integer) 3",
        "TYPE l => list",
        "COPY l l2 => (integer) 1",
        "RPUSH l2 d => (integer) 4",
        "LRANGE l 0 -1 => [\"a\", \"b\", \"c\"]",
        "LRANGE l2 0 -1 => [\"a\", \"b\", \"c\", \"d\"]",
        "RENAME l2 l3 => OK",
        "LRANGE l3 0 -1 => [\"a\", \"b\", \"c\", \"d\"]",
        "EXISTS l l2 l3 => (integer) 2",
        "MULTI => OK",
        "LMOVE l l3 RIGHT LEFT => QUEUED",
        "LPUSH l z => QUEUED",
        "LPOP l3 2 => QUEUED",
        "LMPOP 2 l l3 RIGHT COUNT 2 => QUEUED",
        "LRANGE l 0 -1 => QUEUED",
        "EXEC => [\"c\", (integer) 3, [\"c\", \"a\"], [\"l\", [\"b\", \"a\"]], [\"z\"]]",
        "LRANGE l3 0 -1 => [\"b\", \"c\", \"d\"]",
        "SELECT 1 => OK",
        "LLEN l => (integer) 0",
        "RPUSH l other => (integer) 1",
        "SELECT 0 => OK",
        "LRANGE l 0 -1 => [\"z\"]",
        "DEL l l3 => (integer) 2",
        "EXISTS l l3 => (integer) 0",
        "SET s v => OK",
        "MULTI => OK",
        "LPUSH s a => QUEUED",
        "RPUSH l2 x => QUEUED",
        "EXEC => [(error) WRONGTYPE Operation against a key holding the wrong kind of value, (integer) 1]",
        "LRANGE l2 0 -1 => [\"x\"]",
    ]);
}

// ---------------------------------------------------------------------------------------------
// Lists spanning many quicklist nodes

/// A 100-byte element with a visible number, so a wrong element shows in the diff.
fn elem(i: usize) -> String {
    format!("{i:05}-{}", "x".repeat(94))
}

/// 1000 elements of 100 bytes, pushed at both ends, then every operation that walks,
/// splits or merges nodes, under each kind of fill (entry counts, byte limits).
fn many_nodes_script(fill: &str) -> Script {
    let mut s = Script::new().line(&format!("CONFIG SET list-max-listpack-size {fill} => OK"));
    // RPUSH in batches, LPUSH one by one, a duplicate every 7th element.
    for b in 0..10 {
        let mut args = vec!["RPUSH".to_string(), "l".to_string()];
        args.extend((b * 50..b * 50 + 50).map(elem));
        s = s.args(0, &args, Cmp::Exact);
    }
    for i in 500..1000 {
        let v = if i % 7 == 0 {
            "dup".to_string()
        } else {
            elem(i)
        };
        s = s.args(0, &["LPUSH", "l", &v], Cmp::Exact);
    }
    s = s.lines(&[
        "LLEN l => (integer) 1000",
        "OBJECT ENCODING l => \"quicklist\"",
        "LRANGE l 0 -1",
    ]);
    for i in [0, 1, 3, 4, 5, 8, 9, 127, 128, 499, 500, 501, 998, 999, 1000] {
        s = s.line(&format!("LINDEX l {i}"));
        s = s.line(&format!("LINDEX l -{}", i + 1));
    }
    for (a, b) in [
        (3, 9),
        (396, 405),
        (-7, -2),
        (0, 0),
        (-1000, -995),
        (990, 2000),
    ] {
        s = s.line(&format!("LRANGE l {a} {b}"));
    }
    // Inserts at node edges and middles, into full nodes: splits and merges.
    for i in [0, 3, 4, 5, 250, 251, 499, 700, 999] {
        let pivot = elem(i);
        let v = format!("ins{i}");
        s = s.args(0, &["LINSERT", "l", "BEFORE", &pivot, &v], Cmp::Exact);
        s = s.args(0, &["LINSERT", "l", "AFTER", &pivot, &v], Cmp::Exact);
        s = s.args(0, &["LPOS", "l", &v, "COUNT", "0"], Cmp::Exact);
    }
    let long = "L".repeat(300);
    for i in [0, 2, 4, 500, -1, -3] {
        s = s.args(0, &["LSET", "l", &i.to_string(), &long], Cmp::Exact);
        s = s.args(0, &["LSET", "l", &(i + 1).to_string(), "s"], Cmp::Exact);
    }
    s.lines(&[
        "LRANGE l 0 -1",
        "LPOS l dup",
        "LPOS l dup RANK -2",
        "LPOS l dup COUNT 0",
        "LPOS l dup RANK 3 COUNT 4 MAXLEN 600",
        "LREM l 3 dup",
        "LREM l -3 dup",
        "LRANGE l 0 -1",
        "LTRIM l 5 -6",
        "LLEN l",
        "LPOP l 7",
        "RPOP l 13",
        "LMOVE l l LEFT RIGHT",
        "LMOVE l l RIGHT LEFT",
        "RPOPLPUSH l l2",
        "LMPOP 2 nokey l RIGHT COUNT 20",
        "LRANGE l 0 -1",
        "LREM l 0 dup",
        "LLEN l",
        "LRANGE l 100 200",
        "LTRIM l 300 302",
        "LRANGE l 0 -1",
        "LPOP l 1000",
        "EXISTS l",
    ])
}

#[test]
fn many_nodes_with_fill_4() {
    many_nodes_script("4").run();
}

#[test]
fn many_nodes_with_default_fill() {
    many_nodes_script("-2").run();
}

#[test]
fn many_nodes_with_fill_1_and_4kb_nodes() {
    many_nodes_script("1").run();
    many_nodes_script("-1").run();
}

/// Elements above the 8 KB safety limit of count fills get a node each; LINSERT and LSET
/// around them.
#[test]
fn elements_larger_than_a_node() {
    let a = "a".repeat(9000);
    let b = "b".repeat(5000);
    let c = "c".repeat(3000);
    let mut s = Script::new().line("CONFIG SET list-max-listpack-size 100 => OK");
    for v in [&a, &b, &c, &c, &b, &a] {
        s = s.args(0, &["RPUSH", "l", v], Cmp::Exact);
    }
    s = s
        .args(0, &["LINSERT", "l", "BEFORE", &b, "x"], Cmp::Exact)
        .args(0, &["LINSERT", "l", "AFTER", &a, &c], Cmp::Exact)
        .args(0, &["LSET", "l", "0", "small"], Cmp::Exact)
        .args(0, &["LSET", "l", "1", &a], Cmp::Exact)
        .args(0, &["LREM", "l", "-1", &b], Cmp::Exact)
        .args(0, &["LPOS", "l", &c, "COUNT", "0"], Cmp::Exact);
    s.lines(&[
        "LLEN l",
        "LRANGE l 0 -1",
        "LTRIM l 1 -2",
        "LRANGE l 0 -1",
        "RPOP l 2",
        "LRANGE l 0 -1",
    ])
    .run();
}

// ---------------------------------------------------------------------------------------------
// Randomized: every reply compared with redis-server's

const KEYS: [&str; 4] = ["la", "lb", "lc", "str"];

/// An element: mostly from a small set so that LREM/LPOS/LINSERT find matches, sometimes any
/// value, sometimes a long one (`long` = up to that many bytes) to fill nodes.
fn random_elem(rng: &mut Rng, long: usize) -> Vec<u8> {
    match rng.below(20) {
        0..=13 => rng
            .pick(&["a", "b", "c", "1", "2", "10", "-1", ""])
            .as_bytes()
            .to_vec(),
        14..=16 => random_value(rng),
        _ => {
            let n = 1 + rng.below(long as u64) as usize;
            vec![rng.pick(b"xyz"); n]
        }
    }
}

/// An index argument: mostly in -12..=12, sometimes huge or not a number.
fn random_index(rng: &mut Rng) -> String {
    match rng.below(30) {
        0 => rng
            .pick(&[
                "x",
                "1.5",
                "",
                "9223372036854775807",
                "-9223372036854775808",
            ])
            .to_string(),
        1 => rng.range(-1000, 1000).to_string(),
        _ => rng.range(-12, 12).to_string(),
    }
}

fn random_list_command(rng: &mut Rng, long: usize) -> RCmd {
    let key = |rng: &mut Rng| -> Vec<u8> {
        // The string key rarely: most commands should find lists.
        if rng.chance(5) {
            b"str".to_vec()
        } else {
            rng.pick(&KEYS[..3]).as_bytes().to_vec()
        }
    };
    let dir = |rng: &mut Rng| -> Vec<u8> {
        match rng.below(20) {
            0 => b"middle".to_vec(),
            1..=9 => b"LEFT".to_vec(),
            _ => b"right".to_vec(),
        }
    };
    let mut args: Vec<Vec<u8>> = Vec::new();
    match rng.below(100) {
        0..=29 => {
            args.push(
                rng.pick(&["LPUSH", "RPUSH", "LPUSH", "RPUSH", "LPUSHX", "RPUSHX"])
                    .into(),
            );
            args.push(key(rng));
            for _ in 0..1 + rng.below(6) {
                args.push(random_elem(rng, long));
            }
        }
        30..=36 => {
            args.push(rng.pick(&["LPOP", "RPOP"]).into());
            args.push(key(rng));
            match rng.below(4) {
                0 | 1 => {}
                2 => args.push(rng.range(0, 8).to_string().into()),
                _ => args.push(random_index(rng).into()),
            }
        }
        37..=42 => {
            args.push(b"LRANGE".to_vec());
            args.push(key(rng));
            args.push(random_index(rng).into());
            args.push(random_index(rng).into());
        }
        43..=47 => {
            args.push(b"LINDEX".to_vec());
            args.push(key(rng));
            args.push(random_index(rng).into());
        }
        48..=53 => {
            args.push(b"LINSERT".to_vec());
            args.push(key(rng));
            args.push(
                rng.pick(&["BEFORE", "after", "before", "AFTER", "x"])
                    .into(),
            );
            args.push(random_elem(rng, long));
            args.push(random_elem(rng, long));
        }
        54..=58 => {
            args.push(b"LREM".to_vec());
            args.push(key(rng));
            args.push(rng.range(-3, 3).to_string().into());
            args.push(random_elem(rng, long));
        }
        59..=63 => {
            args.push(b"LSET".to_vec());
            args.push(key(rng));
            args.push(random_index(rng).into());
            args.push(random_elem(rng, long));
        }
        64 | 65 => {
            args.push(b"LTRIM".to_vec());
            args.push(key(rng));
            args.push(rng.range(-2, 3).to_string().into());
            args.push(rng.range(-3, 40).to_string().into());
        }
        66 => {
            args.push(b"LLEN".to_vec());
            args.push(key(rng));
        }
        67..=73 => {
            args.push(b"LPOS".to_vec());
            args.push(key(rng));
            args.push(random_elem(rng, long));
            for _ in 0..rng.below(3) {
                match rng.below(3) {
                    0 => {
                        args.push(b"RANK".to_vec());
                        args.push(rng.pick(&["1", "2", "-1", "-2", "3", "-3", "0"]).into());
                    }
                    1 => {
                        args.push(b"COUNT".to_vec());
                        args.push(rng.pick(&["0", "1", "2", "5", "-1"]).into());
                    }
                    _ => {
                        args.push(b"MAXLEN".to_vec());
                        args.push(rng.pick(&["0", "1", "3", "10", "-1"]).into());
                    }
                }
            }
        }
        74..=82 => {
            if rng.chance(70) {
                args.push(b"LMOVE".to_vec());
                args.push(key(rng));
                args.push(key(rng));
                args.push(dir(rng));
                args.push(dir(rng));
            } else {
                args.push(b"RPOPLPUSH".to_vec());
                args.push(key(rng));
                args.push(key(rng));
            }
        }
        83..=88 => {
            args.push(b"LMPOP".to_vec());
            let n = rng.range(1, 3);
            args.push(if rng.chance(5) {
                b"0".to_vec()
            } else {
                n.to_string().into()
            });
            for _ in 0..n {
                args.push(key(rng));
            }
            args.push(dir(rng));
            if rng.chance(50) {
                args.push(b"COUNT".to_vec());
                args.push(rng.range(0, 6).to_string().into());
            }
        }
        89..=92 => {
            args.push(b"LLEN".to_vec());
            args.push(key(rng));
        }
        93..=95 => {
            args.push(b"SET".to_vec());
            args.push(b"str".to_vec());
            args.push(b"v".to_vec());
        }
        96 => {
            // One list key turned into a string, until it is deleted again.
            args.push(b"SET".to_vec());
            args.push(b"lc".to_vec());
            args.push(b"v".to_vec());
        }
        97 | 98 => {
            args.push(b"DEL".to_vec());
            args.push(rng.pick(&["lc", "str", "lc", "la"]).into());
        }
        _ => {
            args.push(rng.pick(&["EXISTS", "TYPE"]).into());
            args.push(key(rng));
        }
    }
    RCmd::new(&args)
}

#[test]
fn randomized_list_commands() {
    diff_random(1, 3000, |rng| random_list_command(rng, 40));
}

/// Small nodes (at most 3 entries) and long elements: node splits and merges all the time.
#[test]
fn randomized_list_commands_with_small_nodes() {
    let mut first = true;
    diff_random(2, 3000, |rng| {
        if std::mem::take(&mut first) {
            RCmd::new(&["CONFIG", "SET", "list-max-listpack-size", "3"])
        } else {
            random_list_command(rng, 300)
        }
    });
}

/// Byte-limited nodes of 4 KB and elements up to 2 KB.
#[test]
fn randomized_list_commands_with_4kb_nodes() {
    let mut first = true;
    diff_random(3, 2000, |rng| {
        if std::mem::take(&mut first) {
            RCmd::new(&["CONFIG", "SET", "list-max-listpack-size", "-1"])
        } else {
            random_list_command(rng, 2000)
        }
    });
}

/// The same stream in RESP3: null forms of missing keys, empty arrays.
#[test]
fn randomized_list_commands_resp3() {
    let mut first = true;
    diff_random(4, 1500, |rng| {
        if std::mem::take(&mut first) {
            RCmd::new(&["HELLO", "3"]).with(Cmp::Ignore)
        } else {
            random_list_command(rng, 40)
        }
    });
}
