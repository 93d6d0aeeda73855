//! Keyspace commands (tests/unit/keyspace.tcl, expire.tcl, scan.tcl, info
//! OBJECT): differential against redis-server 7.0.15 plus SCAN/RANDOMKEY
//! property tests.  Tests needing other data types end in `_othertypes`.
mod common;
use common::*;
use std::collections::HashSet;

#[test]
fn del_against_a_single_item() {
    diff(&[
        "SET x foo => OK",
        "GET x => \"foo\"",
        "DEL x => (integer) 1",
        "GET x => (nil)",
        "DEL x => (integer) 0",
    ]);
}

#[test]
fn vararg_del() {
    diff(&[
        "SET foo1{t} a => OK",
        "SET foo2{t} b => OK",
        "SET foo3{t} c => OK",
        "DEL foo1{t} foo2{t} foo3{t} foo4{t} => (integer) 3",
        "MGET foo1{t} foo2{t} foo3{t} => [(nil), (nil), (nil)]",
        "DEL a a a => (integer) 0",
        "DEL => (error) ERR wrong number of arguments for 'del' command",
    ]);
}

#[test]
fn unlink() {
    diff(&[
        "SET a 1 => OK",
        "SET b 2 => OK",
        "UNLINK a b c => (integer) 2",
        "EXISTS a b => (integer) 0",
        "UNLINK => (error) ERR wrong number of arguments for 'unlink' command",
    ]);
}

#[test]
fn del_against_expired_key() {
    diff(&[
        "SET foo bar PX 50 => OK",
        "[sleep 120]",
        "DEL foo => (integer) 0",
        "GET foo => (nil)",
        "EXISTS foo => (integer) 0",
    ]);
}

#[test]
fn exists_counts_duplicates() {
    diff(&[
        "SET newkey test => OK",
        "EXISTS newkey => (integer) 1",
        "EXISTS newkey newkey newkey => (integer) 3",
        "EXISTS newkey nokey newkey => (integer) 2",
        "EXISTS nokey => (integer) 0",
        "DEL newkey => (integer) 1",
        "EXISTS newkey => (integer) 0",
        "EXISTS => (error) ERR wrong number of arguments for 'exists' command",
    ]);
}

#[test]
fn zero_length_value_in_key_set_get_exists() {
    diff(&[
        "SET emptykey \"\" => OK",
        "GET emptykey => \"\"",
        "EXISTS emptykey => (integer) 1",
        "DEL emptykey => (integer) 1",
        "EXISTS emptykey => (integer) 0",
    ]);
}

#[test]
fn keys_with_pattern() {
    diff(&[
        "MSET foo_a 1 foo_b 2 foo_c 3 key_x 4 key_y 5 key_z 6 foo 7 \"foo*\" 8 \"f?o\" 9 \"a[b\" 10 \"\\\\\" 11 => OK",
        "[sorted] KEYS foo*",
        "[sorted] KEYS *",
        "[sorted] KEYS key_?",
        "[sorted] KEYS key_[xy]",
        "[sorted] KEYS key_[^x]",
        "[sorted] KEYS key_[!x]",
        "[sorted] KEYS key_[x-y]",
        "[sorted] KEYS key_[y-x]",
        "[sorted] KEYS \"foo\\\\*\"",
        "[sorted] KEYS \"f\\\\?o\"",
        "[sorted] KEYS \"a\\\\[b\"",
        "[sorted] KEYS \"a[b\"",
        "[sorted] KEYS \"\\\\\\\\\"",
        "[sorted] KEYS \"*_*\"",
        "[sorted] KEYS nomatch*",
        "[sorted] KEYS \"[fk]*\"",
        "[sorted] KEYS \"*[!_]\"",
        "[sorted] KEYS \"FOO*\"",
        "KEYS => (error) ERR wrong number of arguments for 'keys' command",
        "KEYS a b => (error) ERR wrong number of arguments for 'keys' command",
    ]);
}

#[test]
fn keys_to_get_all_keys_and_dbsize() {
    diff(&[
        "MSET foo_a 1 foo_b 2 key_x 4 => OK",
        "DBSIZE => (integer) 3",
        "[sorted] KEYS *",
        "DEL foo_a foo_b key_x => (integer) 3",
        "DBSIZE => (integer) 0",
        "KEYS * => []",
        "DBSIZE x => (error) ERR wrong number of arguments for 'dbsize' command",
    ]);
}

#[test]
fn keys_with_hashtag() {
    diff(&[
        "MSET \"{a}x\" 1 \"{a}y\" 2 \"{b}z\" 3 => OK",
        "[sorted] KEYS \"{a}*\"",
        "[sorted] KEYS \"*{b}*\"",
        "[sorted] KEYS \"{*}*\"",
    ]);
}

#[test]
fn regression_for_pattern_matching_long_nested_loops() {
    diff(&[
        "SET aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa 1 => OK",
        "KEYS \"a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b\" => []",
        "KEYS \"*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?*?b\" => []",
    ]);
}

#[test]
fn type_command() {
    diff(&[
        "SET s v => OK",
        "TYPE s => string",
        "TYPE nokey => none",
        "TYPE => (error) ERR wrong number of arguments for 'type' command",
        "TYPE a b => (error) ERR wrong number of arguments for 'type' command",
    ]);
}

#[test]
fn type_of_other_types_othertypes() {
    diff(&[
        "LPUSH l a => (integer) 1",
        "SADD st a => (integer) 1",
        "ZADD z 1 a => (integer) 1",
        "HSET h f v => (integer) 1",
        "TYPE l => list",
        "TYPE st => set",
        "TYPE z => zset",
        "TYPE h => hash",
    ]);
}

#[test]
fn randomkey_against_empty_db() {
    diff(&[
        "RANDOMKEY => (nil)",
        "RANDOMKEY x => (error) ERR wrong number of arguments for 'randomkey' command",
    ]);
}

#[test]
fn rename_basic_usage() {
    diff(&[
        "SET mykey{t} hello => OK",
        "RENAME mykey{t} mykey1{t} => OK",
        "RENAME mykey1{t} mykey2{t} => OK",
        "GET mykey2{t} => \"hello\"",
        "EXISTS mykey{t} mykey1{t} => (integer) 0",
    ]);
}

#[test]
fn rename_against_already_existing_key() {
    diff(&[
        "SET mykey{t} a => OK",
        "SET mykey2{t} b => OK",
        "RENAME mykey2{t} mykey{t} => OK",
        "GET mykey{t} => \"b\"",
        "EXISTS mykey2{t} => (integer) 0",
    ]);
}

#[test]
fn renamenx_basic_usage() {
    diff(&[
        "SET mykey{t} foobar => OK",
        "RENAMENX mykey{t} mykey2{t} => (integer) 1",
        "GET mykey2{t} => \"foobar\"",
        "EXISTS mykey{t} => (integer) 0",
    ]);
}

#[test]
fn renamenx_against_already_existing_key() {
    diff(&[
        "SET mykey{t} foo => OK",
        "SET mykey2{t} bar => OK",
        "RENAMENX mykey{t} mykey2{t} => (integer) 0",
        "GET mykey{t} => \"foo\"",
        "GET mykey2{t} => \"bar\"",
    ]);
}

#[test]
fn rename_against_non_existing_source_key() {
    diff(&[
        "RENAME nokey{t} foobar{t} => (error) ERR no such key",
        "RENAMENX nokey{t} foobar{t} => (error) ERR no such key",
        "RENAME nokey{t} nokey{t} => (error) ERR no such key",
        "RENAMENX nokey{t} nokey{t} => (error) ERR no such key",
    ]);
}

#[test]
fn rename_where_source_and_dest_key_are_the_same() {
    diff(&[
        "SET mykey foo => OK",
        "RENAME mykey mykey => OK",
        "RENAMENX mykey mykey => (integer) 0",
        "GET mykey => \"foo\"",
        "RENAME mykey => (error) ERR wrong number of arguments for 'rename' command",
        "RENAME mykey a b => (error) ERR wrong number of arguments for 'rename' command",
        "RENAMENX mykey => (error) ERR wrong number of arguments for 'renamenx' command",
    ]);
}

#[test]
fn rename_with_volatile_key_should_move_the_ttl_as_well() {
    diff(&[
        "SET mykey{t} foo => OK",
        "EXPIRE mykey{t} 100 => (integer) 1",
        "RENAME mykey{t} mykey2{t} => OK",
        "[~1] TTL mykey2{t}",
        "TTL mykey{t} => (integer) -2",
    ]);
}

#[test]
fn rename_with_volatile_key_should_not_inherit_ttl_of_target_key() {
    diff(&[
        "SET mykey{t} a => OK",
        "SET mykey2{t} b => OK",
        "EXPIRE mykey2{t} 100 => (integer) 1",
        "[~1] TTL mykey2{t}",
        "RENAME mykey{t} mykey2{t} => OK",
        "TTL mykey2{t} => (integer) -1",
    ]);
}

#[test]
fn rename_keeps_int_encoding() {
    diff(&[
        "SET n{t} 123 => OK",
        "RENAME n{t} m{t} => OK",
        "OBJECT ENCODING m{t} => \"int\"",
        "INCR m{t} => (integer) 124",
    ]);
}

#[test]
fn copy_basic_usage_for_string() {
    diff(&[
        "SET mykey{t} foobar => OK",
        "COPY mykey{t} mynewkey{t} => (integer) 1",
        "GET mynewkey{t} => \"foobar\"",
        "SELECT 14 => OK",
        "SET mykey{t} other14 => OK",
        "COPY mykey{t} mynewkey{t} DB 15 => (integer) 1",
        "SELECT 15 => OK",
        "GET mynewkey{t} => \"other14\"",
        "SELECT 0 => OK",
        "GET mynewkey{t} => \"foobar\"",
    ]);
}

#[test]
fn copy_for_string_does_not_replace_an_existing_key_without_replace_option() {
    diff(&[
        "SET mykey2{t} hello => OK",
        "SET mykey{t} world => OK",
        "COPY mykey2{t} mykey{t} => (integer) 0",
        "GET mykey{t} => \"world\"",
        "COPY mykey2{t} mykey{t} REPLACE => (integer) 1",
        "GET mykey{t} => \"hello\"",
        "COPY mykey2{t} mykey{t} replace => (integer) 1",
    ]);
}

#[test]
fn copy_for_string_ensures_that_copied_data_is_independent_of_copying_data() {
    diff(&[
        "SET mykey{t} foobar => OK",
        "COPY mykey{t} mynewkey{t} => (integer) 1",
        "SET mynewkey{t} hoge => OK",
        "GET mynewkey{t} => \"hoge\"",
        "GET mykey{t} => \"foobar\"",
        "APPEND mykey{t} x => (integer) 7",
        "GET mynewkey{t} => \"hoge\"",
    ]);
}

#[test]
fn copy_errors() {
    diff(&[
        "SET mykey{t} foobar => OK",
        "COPY mykey{t} mynewkey{t} DB notanumber => (error) ERR value is not an integer or out of range",
        "COPY mykey{t} mynewkey{t} DB 16 => (error) ERR DB index is out of range",
        "COPY mykey{t} mynewkey{t} DB -1 => (error) ERR DB index is out of range",
        "COPY mykey{t} mykey{t} => (error) ERR source and destination objects are the same",
        "COPY mykey{t} mykey{t} DB 0 => (error) ERR source and destination objects are the same",
        "COPY mykey{t} mykey{t} REPLACE => (error) ERR source and destination objects are the same",
        "COPY mykey{t} mykey{t} DB 1 => (integer) 1",
        "COPY nokey{t} mynewkey{t} => (integer) 0",
        "COPY mykey{t} mynewkey{t} FOO => (error) ERR syntax error",
        "COPY mykey{t} mynewkey{t} DB => (error) ERR syntax error",
        "COPY mykey{t} => (error) ERR wrong number of arguments for 'copy' command",
        "COPY mykey{t} mynewkey{t} REPLACE REPLACE => (integer) 1",
    ]);
}

#[test]
fn copy_can_copy_key_expire_metadata_as_well() {
    diff(&[
        "SET mykey{t} foobar EX 100 => OK",
        "COPY mykey{t} mynewkey{t} REPLACE => (integer) 1",
        "[~1] TTL mynewkey{t}",
        "GET mynewkey{t} => \"foobar\"",
        "SET plain{t} x => OK",
        "COPY plain{t} mynewkey{t} REPLACE => (integer) 1",
        "TTL mynewkey{t} => (integer) -1",
    ]);
}

#[test]
fn copy_keeps_encoding() {
    diff(&[
        "SET n{t} 42 => OK",
        "COPY n{t} m{t} => (integer) 1",
        "OBJECT ENCODING m{t} => \"int\"",
        "SET s{t} aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa => OK",
        "COPY s{t} s2{t} => (integer) 1",
        "OBJECT ENCODING s2{t} => \"raw\"",
        "SET e{t} abc => OK",
        "COPY e{t} e2{t} => (integer) 1",
        "OBJECT ENCODING e2{t} => \"embstr\"",
    ]);
}

#[test]
fn move_basic_usage() {
    diff(&[
        "SET mykey foobar => OK",
        "MOVE mykey 10 => (integer) 1",
        "EXISTS mykey => (integer) 0",
        "DBSIZE => (integer) 0",
        "SELECT 10 => OK",
        "GET mykey => \"foobar\"",
        "DBSIZE => (integer) 1",
        "MOVE mykey 0 => (integer) 1",
        "SELECT 0 => OK",
        "GET mykey => \"foobar\"",
    ]);
}

#[test]
fn move_against_key_existing_in_the_target_db() {
    diff(&[
        "SET mykey hello => OK",
        "SELECT 10 => OK",
        "SET mykey world => OK",
        "SELECT 0 => OK",
        "MOVE mykey 10 => (integer) 0",
        "GET mykey => \"hello\"",
        "SELECT 10 => OK",
        "GET mykey => \"world\"",
    ]);
}

#[test]
fn move_errors() {
    diff(&[
        "SET mykey hello => OK",
        "MOVE mykey notanumber => (error) ERR value is not an integer or out of range",
        "MOVE mykey 16 => (error) ERR DB index is out of range",
        "MOVE mykey -1 => (error) ERR DB index is out of range",
        "MOVE mykey 0 => (error) ERR source and destination objects are the same",
        "MOVE nokey 1 => (integer) 0",
        "MOVE mykey => (error) ERR wrong number of arguments for 'move' command",
        "MOVE mykey 1 2 => (error) ERR wrong number of arguments for 'move' command",
    ]);
}

#[test]
fn move_can_move_key_expire_metadata_as_well() {
    diff(&[
        "SET mykey foo EX 100 => OK",
        "MOVE mykey 9 => (integer) 1",
        "TTL mykey => (integer) -2",
        "SELECT 9 => OK",
        "[~1] TTL mykey",
        "SELECT 0 => OK",
        "SET mykey2 bar => OK",
        "MOVE mykey2 9 => (integer) 1",
        "SELECT 9 => OK",
        "TTL mykey2 => (integer) -1",
    ]);
}

#[test]
fn set_get_keys_in_different_dbs() {
    diff(&[
        "SET a hello => OK",
        "SET b world => OK",
        "SELECT 10 => OK",
        "SET a foo => OK",
        "SET b bared => OK",
        "SELECT 9 => OK",
        "MGET a b => [(nil), (nil)]",
        "SELECT 0 => OK",
        "MGET a b => [\"hello\", \"world\"]",
        "SELECT 10 => OK",
        "MGET a b => [\"foo\", \"bared\"]",
        "DBSIZE => (integer) 2",
        "SELECT 15 => OK",
        "DBSIZE => (integer) 0",
    ]);
}

#[test]
fn select_errors() {
    diff(&[
        "SELECT 16 => (error) ERR DB index is out of range",
        "SELECT -1 => (error) ERR DB index is out of range",
        "SELECT abc => (error) ERR value is not an integer or out of range",
        "SELECT 1.5 => (error) ERR value is not an integer or out of range",
        "SELECT 9223372036854775808 => (error) ERR value is not an integer or out of range",
        "SELECT => (error) ERR wrong number of arguments for 'select' command",
        "SELECT 1 2 => (error) ERR wrong number of arguments for 'select' command",
        "SELECT 15 => OK",
        "SELECT 0 => OK",
    ]);
}

#[test]
fn select_is_per_connection() {
    diff(&[
        "[c0] SET k db0 => OK",
        "[c1] SELECT 3 => OK",
        "[c1] SET k db3 => OK",
        "[c0] GET k => \"db0\"",
        "[c1] GET k => \"db3\"",
        "[c2] GET k => \"db0\"",
        "[c1] SELECT 0 => OK",
        "[c1] GET k => \"db0\"",
    ]);
}

#[test]
fn swapdb_basic_and_unhappy_path() {
    diff(&[
        "SELECT 0 => OK",
        "SET key1 value1 => OK",
        "SELECT 1 => OK",
        "SET key2 value2 => OK",
        "SWAPDB 0 1 => OK",
        "GET key1 => \"value1\"",
        "GET key2 => (nil)",
        "SELECT 0 => OK",
        "GET key1 => (nil)",
        "GET key2 => \"value2\"",
        "SWAPDB 0 0 => OK",
        "GET key2 => \"value2\"",
        "SWAPDB 0 16 => (error) ERR DB index is out of range",
        "SWAPDB -1 0 => (error) ERR DB index is out of range",
        "SWAPDB a 0 => (error) ERR invalid first DB index",
        "SWAPDB 0 b => (error) ERR invalid second DB index",
        "SWAPDB 0 => (error) ERR wrong number of arguments for 'swapdb' command",
        "SWAPDB => (error) ERR wrong number of arguments for 'swapdb' command",
        "SWAPDB 0 1 2 => (error) ERR wrong number of arguments for 'swapdb' command",
    ]);
}

#[test]
fn swapdb_affects_other_connections() {
    diff(&[
        "[c0] SET k zero => OK",
        "[c1] SELECT 1 => OK",
        "[c1] SET k one => OK",
        "[c0] SWAPDB 0 1 => OK",
        "[c0] GET k => \"one\"",
        "[c1] GET k => \"zero\"",
        "[c2] GET k => \"one\"",
    ]);
}

#[test]
fn swapdb_and_flushdb() {
    diff(&[
        "SELECT 0 => OK",
        "SET k v => OK",
        "SELECT 1 => OK",
        "SET k1 v1 => OK",
        "SET k2 v2 => OK",
        "SWAPDB 0 1 => OK",
        "DBSIZE => (integer) 1",
        "FLUSHDB => OK",
        "DBSIZE => (integer) 0",
        "SELECT 0 => OK",
        "DBSIZE => (integer) 2",
    ]);
}

#[test]
fn touch() {
    diff(&[
        "SET a 1 => OK",
        "SET b 2 => OK",
        "TOUCH a => (integer) 1",
        "TOUCH a b c a => (integer) 3",
        "TOUCH nokey => (integer) 0",
        "TOUCH => (error) ERR wrong number of arguments for 'touch' command",
    ]);
}

#[test]
fn dbsize_flushdb_flushall() {
    diff(&[
        "MSET a 1 b 2 c 3 => OK",
        "DBSIZE => (integer) 3",
        "SELECT 5 => OK",
        "SET x 1 => OK",
        "DBSIZE => (integer) 1",
        "FLUSHDB => OK",
        "DBSIZE => (integer) 0",
        "SELECT 0 => OK",
        "DBSIZE => (integer) 3",
        "SELECT 5 => OK",
        "SET x 1 => OK",
        "SELECT 0 => OK",
        "FLUSHDB SYNC => OK",
        "DBSIZE => (integer) 0",
        "SELECT 5 => OK",
        "DBSIZE => (integer) 1",
        "MSET a 1 b 2 => OK",
        "FLUSHDB ASYNC => OK",
        "DBSIZE => (integer) 0",
        "SET y 1 => OK",
        "SELECT 0 => OK",
        "SET z 1 => OK",
        "FLUSHALL => OK",
        "DBSIZE => (integer) 0",
        "SELECT 5 => OK",
        "DBSIZE => (integer) 0",
        "SET y 1 => OK",
        "FLUSHALL SYNC => OK",
        "DBSIZE => (integer) 0",
        "SET y 1 => OK",
        "FLUSHALL ASYNC => OK",
        "DBSIZE => (integer) 0",
        "FLUSHALL sync => OK",
        "FLUSHALL FOO => (error) ERR syntax error",
        "FLUSHDB FOO => (error) ERR syntax error",
        "FLUSHALL SYNC ASYNC => (error) ERR syntax error",
        "FLUSHDB ASYNC SYNC => (error) ERR syntax error",
    ]);
}

#[test]
fn expire_set_timeouts_multiple_times() {
    diff(&[
        "SET x foobar => OK",
        "EXPIRE x 5 => (integer) 1",
        "[~1] TTL x",
        "EXPIRE x 10 => (integer) 1",
        "[~1] TTL x",
        "EXPIRE x 2 => (integer) 1",
        "[~1] TTL x",
        "GET x => \"foobar\"",
    ]);
}

#[test]
fn expire_write_on_expire_should_work() {
    diff(&[
        "DEL x => (integer) 0",
        "SET x foo => OK",
        "EXPIRE x 100 => (integer) 1",
        "SET x bar => OK",
        "TTL x => (integer) -1",
        "GET x => \"bar\"",
    ]);
}

#[test]
fn expireat_check_for_expire_alike_behavior() {
    diff(&[
        "SET x foo => OK",
        "EXPIREAT x 32503680000 => (integer) 1",
        "[~1] TTL x",
        "EXPIRETIME x => (integer) 32503680000",
        "PEXPIREAT x 32503680000123 => (integer) 1",
        "PEXPIRETIME x => (integer) 32503680000123",
        "EXPIREAT x 1 => (integer) 1",
        "EXISTS x => (integer) 0",
    ]);
}

#[test]
fn persist_can_undo_an_expire() {
    diff(&[
        "SET x foo => OK",
        "EXPIRE x 50 => (integer) 1",
        "[~1] TTL x",
        "PERSIST x => (integer) 1",
        "TTL x => (integer) -1",
        "GET x => \"foo\"",
    ]);
}

#[test]
fn persist_returns_0_against_non_existing_or_non_volatile_keys() {
    diff(&[
        "SET x foo => OK",
        "PERSIST foo => (integer) 0",
        "PERSIST nokeyatall => (integer) 0",
        "PERSIST => (error) ERR wrong number of arguments for 'persist' command",
        "PERSIST x y => (error) ERR wrong number of arguments for 'persist' command",
    ]);
}

#[test]
fn pexpire_and_pexpireat() {
    diff(&[
        "SET x somevalue => OK",
        "PEXPIRE x 100000 => (integer) 1",
        "[~1000] PTTL x",
        "[~1] TTL x",
        "PEXPIREAT x 32503680000999 => (integer) 1",
        "[~1000] PTTL x",
        "PEXPIRETIME x => (integer) 32503680000999",
        "EXPIRETIME x => (integer) 32503680001",
    ]);
}

#[test]
fn ttl_pttl_expiretime_pexpiretime_return_minus_1_if_key_has_no_expire() {
    diff(&[
        "SET x hello => OK",
        "TTL x => (integer) -1",
        "PTTL x => (integer) -1",
        "EXPIRETIME x => (integer) -1",
        "PEXPIRETIME x => (integer) -1",
    ]);
}

#[test]
fn ttl_pttl_expiretime_pexpiretime_return_minus_2_if_key_does_not_exist() {
    diff(&[
        "TTL x => (integer) -2",
        "PTTL x => (integer) -2",
        "EXPIRETIME x => (integer) -2",
        "PEXPIRETIME x => (integer) -2",
        "TTL => (error) ERR wrong number of arguments for 'ttl' command",
        "PTTL a b => (error) ERR wrong number of arguments for 'pttl' command",
        "EXPIRETIME => (error) ERR wrong number of arguments for 'expiretime' command",
    ]);
}

#[test]
fn keys_with_expire_disappear() {
    diff(&[
        "SET foo bar PX 50 => OK",
        "SETEX foo2 1 bar => OK",
        "PSETEX foo3 50 bar => OK",
        "SET foo4 bar => OK",
        "PEXPIRE foo4 50 => (integer) 1",
        "[sleep 150]",
        "GET foo => (nil)",
        "EXISTS foo foo3 foo4 => (integer) 0",
        "[~1] TTL foo2",
        "[sleep 1000]",
        "EXISTS foo2 => (integer) 0",
        "TTL foo2 => (integer) -2",
        "DBSIZE => (integer) 0",
    ]);
}

#[test]
fn expire_should_not_resurrect_keys() {
    diff(&[
        "SET foo bar => OK",
        "PEXPIRE foo 50 => (integer) 1",
        "[sleep 150]",
        "EXPIRE foo 100 => (integer) 0",
        "EXISTS foo => (integer) 0",
    ]);
}

#[test]
fn expire_with_empty_string_as_ttl_should_report_an_error() {
    diff(&[
        "SET foo bar => OK",
        "EXPIRE foo \"\" => (error) ERR value is not an integer or out of range",
        "PEXPIRE foo \"\" => (error) ERR value is not an integer or out of range",
        "EXPIREAT foo \"\" => (error) ERR value is not an integer or out of range",
        "PEXPIREAT foo \"\" => (error) ERR value is not an integer or out of range",
        "EXPIRE foo 1.5 => (error) ERR value is not an integer or out of range",
    ]);
}

#[test]
fn expire_with_big_integer_overflows_when_converted_to_milliseconds() {
    diff(&[
        "SET foo bar => OK",
        "EXPIRE foo 10000000000000000 => (error) ERR invalid expire time in 'expire' command",
        "EXPIRE foo 9223370399119966 => (error) ERR invalid expire time in 'expire' command",
        "EXPIRE foo 922337039911996 => (integer) 1",
        "EXPIRE foo 9223372036854775807 => (error) ERR invalid expire time in 'expire' command",
        "EXPIRE foo 9223372036854775808 => (error) ERR value is not an integer or out of range",
        "PEXPIRE foo 9223372036854770000 => (error) ERR invalid expire time in 'pexpire' command",
        "PEXPIRE foo 9223372036854775807 => (error) ERR invalid expire time in 'pexpire' command",
        "EXPIREAT foo 9223372036854775807 => (error) ERR invalid expire time in 'expireat' command",
        "EXPIRE foo -9223372036854775808 => (error) ERR invalid expire time in 'expire' command",
        "[~1] TTL foo",
    ]);
}

#[test]
fn expire_with_big_negative_integer() {
    diff(&[
        "SET foo bar => OK",
        "EXPIRE foo -9223372036854775808 => (error) ERR invalid expire time in 'expire' command",
        "EXISTS foo => (integer) 1",
        "SET foo bar => OK",
        "EXPIRE foo -9999999999999999 => (error) ERR invalid expire time in 'expire' command",
        "EXISTS foo => (integer) 1",
        "SET foo bar => OK",
        "PEXPIREAT foo -9223372036854770000 => (integer) 1",
        "EXISTS foo => (integer) 0",
    ]);
}

#[test]
fn pexpireat_with_big_integer_works() {
    diff(&[
        "SET foo bar => OK",
        "PEXPIREAT foo 9223372036854770000 => (integer) 1",
        "PEXPIRETIME foo => (integer) 9223372036854770000",
    ]);
}

#[test]
fn set_command_will_remove_expire() {
    diff(&[
        "SET foo bar EX 100 => OK",
        "[~1] TTL foo",
        "SET foo bar => OK",
        "TTL foo => (integer) -1",
    ]);
}

#[test]
fn expire_with_nx_option() {
    diff(&[
        "SET foo bar => OK",
        "EXPIRE foo 100 NX => (integer) 1",
        "EXPIRE foo 200 NX => (integer) 0",
        "[~1] TTL foo",
        "EXPIRE foo 200 nx => (integer) 0",
    ]);
}

#[test]
fn expire_with_xx_option() {
    diff(&[
        "SET foo bar => OK",
        "EXPIRE foo 100 XX => (integer) 0",
        "TTL foo => (integer) -1",
        "EXPIRE foo 100 => (integer) 1",
        "EXPIRE foo 200 XX => (integer) 1",
        "[~1] TTL foo",
    ]);
}

#[test]
fn expire_with_gt_option() {
    diff(&[
        "SET foo bar => OK",
        "EXPIRE foo 100 GT => (integer) 0",
        "TTL foo => (integer) -1",
        "EXPIRE foo 100 => (integer) 1",
        "EXPIRE foo 200 GT => (integer) 1",
        "[~1] TTL foo",
        "EXPIRE foo 150 GT => (integer) 0",
        "[~1] TTL foo",
        "PEXPIRE foo 300000 GT => (integer) 1",
        "EXPIREAT foo 32503680000 GT => (integer) 1",
        "PEXPIREAT foo 32503680000 GT => (integer) 0",
    ]);
}

#[test]
fn expire_with_lt_option() {
    diff(&[
        "SET foo bar => OK",
        "EXPIRE foo 100 LT => (integer) 1",
        "[~1] TTL foo",
        "EXPIRE foo 200 LT => (integer) 0",
        "EXPIRE foo 50 LT => (integer) 1",
        "[~1] TTL foo",
        "PEXPIRE foo 10000 LT => (integer) 1",
        "[~1000] PTTL foo",
    ]);
}

#[test]
fn expire_with_lt_and_xx_option() {
    diff(&[
        "SET foo bar => OK",
        "EXPIRE foo 200 LT XX => (integer) 0",
        "TTL foo => (integer) -1",
        "EXPIRE foo 200 => (integer) 1",
        "EXPIRE foo 100 LT XX => (integer) 1",
        "[~1] TTL foo",
        "EXPIRE foo 50 XX GT => (integer) 0",
        "EXPIRE foo 300 XX GT => (integer) 1",
        "[~1] TTL foo",
    ]);
}

#[test]
fn expire_with_conflicting_options() {
    diff(&[
        "SET foo bar => OK",
        "EXPIRE foo 200 LT GT => (error) ERR GT and LT options at the same time are not compatible",
        "EXPIRE foo 200 NX GT => (error) ERR NX and XX, GT or LT options at the same time are not compatible",
        "EXPIRE foo 200 NX LT => (error) ERR NX and XX, GT or LT options at the same time are not compatible",
        "EXPIRE foo 200 NX XX => (error) ERR NX and XX, GT or LT options at the same time are not compatible",
        "EXPIRE foo 200 XX NX => (error) ERR NX and XX, GT or LT options at the same time are not compatible",
        "EXPIRE foo 200 GT LT => (error) ERR GT and LT options at the same time are not compatible",
        "PEXPIRE foo 200 NX XX => (error) ERR NX and XX, GT or LT options at the same time are not compatible",
        "EXPIREAT foo 32503680000 NX XX => (error) ERR NX and XX, GT or LT options at the same time are not compatible",
        "PEXPIREAT foo 32503680000 LT GT => (error) ERR GT and LT options at the same time are not compatible",
        "EXPIRE foo 200 NX NX => (integer) 1",
        "EXPIRE foo 200 LT LT => (integer) 0",
        "[~1] TTL foo",
    ]);
}

#[test]
fn expire_with_unsupported_options() {
    diff(&[
        "SET foo bar => OK",
        "EXPIRE foo 200 AB => (error) ERR Unsupported option AB",
        "EXPIRE foo 200 XX AB => (error) ERR Unsupported option AB",
        "EXPIRE foo 200 AB XX => (error) ERR Unsupported option AB",
        "PEXPIRE foo 200 AB => (error) ERR Unsupported option AB",
        "EXPIRE foo => (error) ERR wrong number of arguments for 'expire' command",
        "EXPIRE => (error) ERR wrong number of arguments for 'expire' command",
    ]);
}

#[test]
fn expire_with_negative_expiry() {
    diff(&[
        "SET foo bar EX 100 => OK",
        "EXPIRE foo -10 LT => (integer) 1",
        "TTL foo => (integer) -2",
        "SET foo bar EX 100 => OK",
        "EXPIRE foo -10 GT => (integer) 0",
        "[~1] TTL foo",
        "SET foo bar EX 100 => OK",
        "EXPIRE foo -10 => (integer) 1",
        "EXISTS foo => (integer) 0",
    ]);
}

#[test]
fn expire_with_negative_expiry_on_a_non_volatile_key() {
    diff(&[
        "SET foo bar => OK",
        "EXPIRE foo -10 LT => (integer) 1",
        "TTL foo => (integer) -2",
        "SET foo bar => OK",
        "EXPIRE foo -10 GT => (integer) 0",
        "TTL foo => (integer) -1",
        "SET foo bar => OK",
        "EXPIRE foo -10 NX => (integer) 1",
        "TTL foo => (integer) -2",
        "SET foo bar => OK",
        "EXPIRE foo -10 XX => (integer) 0",
        "TTL foo => (integer) -1",
        "SET foo bar => OK",
        "EXPIRE foo 0 => (integer) 1",
        "EXISTS foo => (integer) 0",
    ]);
}

#[test]
fn expire_with_non_existed_key() {
    diff(&[
        "EXPIRE none 100 NX => (integer) 0",
        "EXPIRE none 100 XX => (integer) 0",
        "EXPIRE none 100 GT => (integer) 0",
        "EXPIRE none 100 LT => (integer) 0",
        "EXPIRE none 100 => (integer) 0",
        "PEXPIRE none 100 => (integer) 0",
        "EXPIREAT none 100 => (integer) 0",
        "PEXPIREAT none 100 => (integer) 0",
        "EXPIRE none -1 => (integer) 0",
    ]);
}

#[test]
fn object_encoding_refcount_idletime() {
    diff(&[
        "SET foo 10 => OK",
        "SET bar hello => OK",
        "SET baz aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa => OK",
        "OBJECT ENCODING foo => \"int\"",
        "OBJECT ENCODING bar => \"embstr\"",
        "OBJECT ENCODING baz => \"raw\"",
        "OBJECT REFCOUNT foo => (integer) 2147483647",
        "OBJECT REFCOUNT bar => (integer) 1",
        "OBJECT REFCOUNT baz => (integer) 1",
        "SET big 123456 => OK",
        "OBJECT REFCOUNT big => (integer) 1",
        "[~1] OBJECT IDLETIME bar",
        "OBJECT ENCODING nokey => (nil)",
        "OBJECT REFCOUNT nokey => (nil)",
        "OBJECT IDLETIME nokey => (nil)",
        "OBJECT FREQ nokey => (nil)",
        "OBJECT FREQ foo => (error) ERR An LFU maxmemory policy is not selected, access frequency not tracked. Please note that when switching between policies at runtime LRU and LFU data will take some time to adjust.",
        "OBJECT ENCODING => (error) ERR wrong number of arguments for 'object|encoding' command",
        "OBJECT ENCODING foo bar => (error) ERR wrong number of arguments for 'object|encoding' command",
        "OBJECT FOO bar => (error) ERR unknown subcommand 'FOO'. Try OBJECT HELP.",
        "OBJECT => (error) ERR wrong number of arguments for 'object' command",
        "OBJECT foo => (error) ERR unknown subcommand 'foo'. Try OBJECT HELP.",
        "OBJECT help => [OBJECT <subcommand> [<arg> [value] [opt] ...]. Subcommands are:, ENCODING <key>,     Return the kind of internal representation used in order to store the value,     associated with a <key>., FREQ <key>,     Return the access frequency index of the <key>. The returned integer is,     proportional to the logarithm of the recent access frequency of the key., IDLETIME <key>,     Return the idle time of the <key>, that is the approximated number of,     seconds elapsed since the last access to the key., REFCOUNT <key>,     Return the number of references of the value associated with the specified,     <key>., HELP,     Prints this help.]",
    ]);
}

#[test]
fn object_freq_with_lfu_policy() {
    diff(&[
        "CONFIG SET maxmemory-policy allkeys-lfu => OK",
        "SET foo bar => OK",
        "OBJECT FREQ foo => (integer) 5",
        "OBJECT IDLETIME foo => (error) ERR An LFU maxmemory policy is selected, idle time not tracked. Please note that when switching between policies at runtime LRU and LFU data will take some time to adjust.",
        "OBJECT FREQ nokey => (nil)",
        "CONFIG SET maxmemory-policy noeviction => OK",
        "OBJECT FREQ foo => (error) ERR An LFU maxmemory policy is not selected, access frequency not tracked. Please note that when switching between policies at runtime LRU and LFU data will take some time to adjust.",
    ]);
}

#[test]
fn object_help() {
    diff(&[
        "OBJECT HELP => [OBJECT <subcommand> [<arg> [value] [opt] ...]. Subcommands are:, ENCODING <key>,     Return the kind of internal representation used in order to store the value,     associated with a <key>., FREQ <key>,     Return the access frequency index of the <key>. The returned integer is,     proportional to the logarithm of the recent access frequency of the key., IDLETIME <key>,     Return the idle time of the <key>, that is the approximated number of,     seconds elapsed since the last access to the key., REFCOUNT <key>,     Return the number of references of the value associated with the specified,     <key>., HELP,     Prints this help.]",
        "OBJECT HELP extra => (error) ERR wrong number of arguments for 'object|help' command",
    ]);
}

#[test]
fn scan_errors() {
    diff(&[
        "SCAN abc => (error) ERR invalid cursor",
        "SCAN -1 => [\"0\", []]",
        "SCAN 18446744073709551616 => (error) ERR invalid cursor",
        "SCAN 0 COUNT 0 => (error) ERR syntax error",
        "SCAN 0 COUNT -1 => (error) ERR syntax error",
        "SCAN 0 COUNT abc => (error) ERR value is not an integer or out of range",
        "SCAN 0 MATCH => (error) ERR syntax error",
        "SCAN 0 TYPE => (error) ERR syntax error",
        "SCAN 0 FOO bar => (error) ERR syntax error",
        "SCAN => (error) ERR wrong number of arguments for 'scan' command",
        "SCAN 0 COUNT => (error) ERR syntax error",
    ]);
}

#[test]
fn scan_on_empty_and_small_db() {
    diff(&[
        "SCAN 0 => [\"0\", []]",
        "SET a 1 => OK",
        "SET b 2 => OK",
        "SCAN 0 TYPE list => [\"0\", []]",
        "SCAN 0 TYPE string MATCH zzz* => [\"0\", []]",
        "SCAN 0 TYPE nosuchtype => [\"0\", []]",
    ]);
}

// ---------------------------------------------------------------------------
// RANDOMKEY / SCAN property tests (run on each of redis, ringkv t1, ringkv t4
// so that the tests themselves are validated against redis).
// ---------------------------------------------------------------------------

fn set_keys(c: &mut Conn, keys: &[String]) {
    let mut wire = Vec::new();
    for k in keys {
        wire.extend(encode(&["SET", k.as_str(), "v"]));
    }
    c.send_raw(&wire);
    for r in c.read_replies(keys.len()) {
        assert_eq!(r, b"+OK\r\n");
    }
}

/// Walks SCAN from cursor 0 to 0 with the extra options; returns every key
/// returned (with repetitions) and the number of pages.
fn scan_all(
    c: &mut Conn,
    opts: &[&str],
    mut between_pages: impl FnMut(&mut Conn),
) -> (Vec<String>, usize) {
    let mut cursor = "0".to_string();
    let mut keys = Vec::new();
    let mut pages = 0;
    loop {
        let mut args = vec!["SCAN", cursor.as_str()];
        args.extend(opts);
        let r = c.cmd(&args);
        let parts = array_of(&r);
        assert_eq!(parts.len(), 2, "SCAN reply: {}", pretty(&r));
        let next = String::from_utf8(str_of(&parts[0])).unwrap();
        assert!(
            next.parse::<u64>().is_ok(),
            "SCAN cursor must be a bulk integer: {}",
            pretty(&r)
        );
        match &parts[1] {
            Reply::Array(v) => keys.extend(v.iter().map(|k| String::from_utf8(str_of(k)).unwrap())),
            _ => panic!("SCAN keys must be an array: {}", pretty(&r)),
        }
        pages += 1;
        assert!(pages < 100_000, "SCAN does not terminate");
        if next == "0" {
            return (keys, pages);
        }
        cursor = next;
        between_pages(c);
    }
}

#[test]
fn randomkey_returns_an_existing_key() {
    on_each_server(&[], |s| {
        let mut c = s.conn();
        c.expect("RANDOMKEY", "(nil)");
        let keys: Vec<String> = (0..50).map(|i| format!("key:{i}")).collect();
        set_keys(&mut c, &keys);
        let set: HashSet<&String> = keys.iter().collect();
        let mut seen = HashSet::new();
        for _ in 0..200 {
            let k =
                bulk_of(&c.cmd(&["RANDOMKEY"])).expect("RANDOMKEY returned nil on a non-empty db");
            let k = String::from_utf8(k).unwrap();
            assert!(
                set.contains(&k),
                "{}: RANDOMKEY returned {k:?} which does not exist",
                s.name
            );
            seen.insert(k);
        }
        assert!(
            seen.len() > 1,
            "{}: RANDOMKEY always returned the same key",
            s.name
        );
        c.expect("FLUSHDB", "OK");
        c.expect("RANDOMKEY", "(nil)");
        c.expect("SET only one", "OK");
        c.expect("RANDOMKEY", "\"only\"");
        c.expect("SELECT 1", "OK");
        c.expect("RANDOMKEY", "(nil)");
    });
}

#[test]
fn randomkey_skips_expired_keys() {
    on_each_server(&[], |s| {
        let mut c = s.conn();
        for i in 0..20 {
            c.expect(&format!("SET gone{i} x PX 20"), "OK");
        }
        c.expect("SET alive x", "OK");
        std::thread::sleep(std::time::Duration::from_millis(100));
        for _ in 0..20 {
            c.expect("RANDOMKEY", "\"alive\"");
        }
    });
}

#[test]
fn scan_basic_returns_every_key() {
    on_each_server(&[], |s| {
        let mut c = s.conn();
        let keys: Vec<String> = (0..1000).map(|i| format!("key:{i}")).collect();
        set_keys(&mut c, &keys);
        for count in ["1", "10", "100", "1000"] {
            let (got, _) = scan_all(&mut c, &["COUNT", count], |_| {});
            let got: HashSet<String> = got.into_iter().collect();
            let want: HashSet<String> = keys.iter().cloned().collect();
            assert_eq!(
                got, want,
                "{}: SCAN COUNT {count} must return every key exactly (as a set)",
                s.name
            );
        }
        let (default_walk, pages) = scan_all(&mut c, &[], |_| {});
        assert_eq!(
            default_walk.iter().collect::<HashSet<_>>().len(),
            1000,
            "{}",
            s.name
        );
        assert!(
            pages > 1,
            "{}: 1000 keys with the default COUNT should take several pages",
            s.name
        );
    });
}

#[test]
fn scan_match_and_type() {
    on_each_server(&[], |s| {
        let mut c = s.conn();
        let keys: Vec<String> = (0..500)
            .map(|i| format!("key:{i}"))
            .chain((0..100).map(|i| format!("other:{i}")))
            .collect();
        set_keys(&mut c, &keys);
        let (got, _) = scan_all(&mut c, &["MATCH", "key:1*", "COUNT", "20"], |_| {});
        let got: HashSet<String> = got.into_iter().collect();
        let want: HashSet<String> = keys
            .iter()
            .filter(|k| k.starts_with("key:1"))
            .cloned()
            .collect();
        assert_eq!(got, want, "{}: SCAN MATCH key:1*", s.name);
        let (got, _) = scan_all(&mut c, &["TYPE", "string", "COUNT", "50"], |_| {});
        assert_eq!(
            got.into_iter().collect::<HashSet<_>>().len(),
            600,
            "{}: SCAN TYPE string",
            s.name
        );
        let (got, _) = scan_all(&mut c, &["TYPE", "list", "COUNT", "50"], |_| {});
        assert!(
            got.is_empty(),
            "{}: SCAN TYPE list returned {got:?}",
            s.name
        );
        let (got, _) = scan_all(
            &mut c,
            &["MATCH", "other:?", "TYPE", "STRING", "COUNT", "7"],
            |_| {},
        );
        let got: HashSet<String> = got.into_iter().collect();
        assert_eq!(
            got,
            (0..10).map(|i| format!("other:{i}")).collect(),
            "{}",
            s.name
        );
    });
}

#[test]
fn scan_with_expired_keys() {
    on_each_server(&[], |s| {
        let mut c = s.conn();
        let keys: Vec<String> = (0..100).map(|i| format!("keep:{i}")).collect();
        set_keys(&mut c, &keys);
        let mut wire = Vec::new();
        for i in 0..100 {
            wire.extend(encode(&["SET", &format!("gone:{i}"), "v", "PX", "20"]));
        }
        c.send_raw(&wire);
        c.read_replies(100);
        std::thread::sleep(std::time::Duration::from_millis(100));
        let (got, _) = scan_all(&mut c, &["COUNT", "10"], |_| {});
        let got: HashSet<String> = got.into_iter().collect();
        assert_eq!(
            got,
            keys.iter().cloned().collect(),
            "{}: SCAN must not return expired keys",
            s.name
        );
    });
}

#[test]
fn scan_guarantees_check_under_write_load() {
    on_each_server(&[], |s| {
        let mut c = s.conn();
        let keys: Vec<String> = (0..1000).map(|i| format!("orig:{i}")).collect();
        set_keys(&mut c, &keys);
        let mut n = 0;
        let (got, pages) = scan_all(&mut c, &["COUNT", "10"], |c| {
            // Insert new keys (possibly triggering rehashing) and delete
            // some of the new ones while scanning.
            let new: Vec<String> = (0..20).map(|i| format!("new:{n}:{i}")).collect();
            set_keys(c, &new);
            if n % 3 == 0 {
                c.cmd(&["DEL", &new[0], &new[1]]);
            }
            n += 1;
        });
        let got: HashSet<String> = got.into_iter().collect();
        for k in &keys {
            assert!(
                got.contains(k),
                "{}: key {k} present during the whole SCAN was not returned",
                s.name
            );
        }
        assert!(pages > 10, "{}: expected several pages", s.name);
    });
}

// ---------------------------------------------------------------------------
// Randomized keyspace commands.
// ---------------------------------------------------------------------------

fn random_keyspace_command(rng: &mut Rng) -> RCmd {
    let key = |rng: &mut Rng| format!("key{}", rng.below(20));
    let k = key(rng);
    let k2 = key(rng);
    let t = rng.range(100, 100_000).to_string();
    match rng.below(28) {
        0..=4 => RCmd::new(&["SET", &k, &rng.below(1000).to_string()]),
        5 => RCmd::new(&["SET", &k, "v", "EX", &t]),
        6 => RCmd::new(&["DEL", &k, &k2]),
        7 => RCmd::new(&["UNLINK", &k]),
        8 => RCmd::new(&["EXPIRE", &k, &t]),
        9 => {
            let opt = rng.pick(&["NX", "XX", "GT", "LT"]);
            RCmd::new(&["EXPIRE", &k, &t, opt])
        }
        10 => RCmd::new(&["PEXPIRE", &k, &(rng.range(100, 100_000) * 1000).to_string()]),
        11 => RCmd::new(&["EXPIRE", &k, rng.pick(&["-1", "0", "abc"])]),
        12 => RCmd::new(&["PEXPIREAT", &k, rng.pick(&["1", "32503680000000"])]),
        13 => RCmd::new(&["PERSIST", &k]),
        14 => RCmd::new(&["RENAME", &k, &k2]),
        15 => RCmd::new(&["RENAMENX", &k, &k2]),
        16 => RCmd::new(&["EXISTS", &k, &k2, &k]),
        17 => RCmd::new(&["TYPE", &k]),
        18 => RCmd::new(&["TTL", &k]).with(Cmp::Approx(1)),
        19 => RCmd::new(&["PTTL", &k]).with(Cmp::Approx(1000)),
        20 => RCmd::new(&["DBSIZE"]),
        21 => RCmd::new(&["COPY", &k, &k2, "REPLACE"]),
        22 => RCmd::new(&["COPY", &k, &k2, "DB", "1"]),
        23 => RCmd::new(&["MOVE", &k, "1"]),
        24 => RCmd::new(&["KEYS", rng.pick(&["*", "key1*", "key?", "key[2-5]"])]).with(Cmp::Sorted),
        25 => RCmd::new(&["SWAPDB", "0", "1"]),
        26 => RCmd::new(&["GET", &k]),
        _ => RCmd::new(&["TOUCH", &k, &k2]),
    }
}

#[test]
fn randomized_keyspace_commands_seed_1() {
    diff_random(11, 4000, random_keyspace_command);
}

#[test]
fn randomized_keyspace_commands_seed_2() {
    diff_random(12, 4000, random_keyspace_command);
}

/// Asserts INFO's lazyfree counters, once nothing is pending: none pending, `freed` freed.
fn expect_lazyfreed(c: &mut Conn, freed: u64, server: &str, after: &str) {
    assert_eq!(
        lazyfree_counts(c),
        (0, freed),
        "{server}: lazyfree counters after {after}"
    );
}

/// INFO's lazyfree counters, once nothing is pending: (pending, freed).
fn lazyfree_counts(c: &mut Conn) -> (u64, u64) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let info = String::from_utf8(bulk_of(&c.cmd(&["INFO", "memory"])).unwrap()).unwrap();
        let field = |name: &str| -> u64 {
            info.lines()
                .find_map(|l| l.strip_prefix(&format!("{name}:")))
                .and_then(|v| v.trim().parse().ok())
                .unwrap_or_else(|| panic!("INFO memory has no {name}"))
        };
        let (pending, freed) = (
            field("lazyfree_pending_objects"),
            field("lazyfreed_objects"),
        );
        if pending == 0 || std::time::Instant::now() > deadline {
            return (pending, freed);
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

/// UNLINK hands a value to the lazyfree thread when freeing it takes more than 64 frees (a
/// hashtable's or skiplist's elements, a quicklist's nodes), FLUSHDB/FLUSHALL ASYNC hand over
/// every key, and INFO counts them as Redis does (CONFIG RESETSTAT clears the count).
#[test]
fn unlink_and_async_flushes_free_lazily() {
    on_each_server(&[], |s| {
        let mut c = s.conn();
        let members: Vec<String> = (0..100).map(|i| format!("m{i}")).collect();
        let mut sadd = vec!["SADD".to_string(), "bigset".into()];
        sadd.extend(members.iter().cloned());
        c.cmd(&sadd);
        let mut small = vec!["SADD".to_string(), "smallset".into()];
        small.extend(members[..50].iter().cloned());
        c.cmd(&small);
        // 150 members: past zset-max-listpack-entries, a skiplist.
        let mut zadd = vec!["ZADD".to_string(), "bigz".into()];
        for i in 0..150 {
            zadd.push("1".into());
            zadd.push(format!("z{i}"));
        }
        c.cmd(&zadd);
        c.expect("CONFIG SET list-max-listpack-size 1", "OK");
        let mut rpush = vec!["RPUSH".to_string(), "biglist".into()];
        rpush.extend(members.iter().cloned());
        c.cmd(&rpush);
        let mut hset = vec!["HSET".to_string(), "smallhash".into()];
        for m in &members {
            hset.push(m.clone());
            hset.push("v".into());
        }
        c.cmd(&hset);
        c.expect("OBJECT ENCODING smallhash", "\"listpack\"");
        c.expect("CONFIG RESETSTAT", "OK");
        c.expect("DEL bigz", "(integer) 1");
        expect_lazyfreed(&mut c, 0, &s.name, "DEL freed lazily");
        c.cmd(&zadd);
        c.expect(
            "UNLINK bigset smallset bigz biglist smallhash nokey",
            "(integer) 5",
        );
        expect_lazyfreed(&mut c, 3, &s.name, "after UNLINK");
        c.expect("CONFIG RESETSTAT", "OK");
        expect_lazyfreed(&mut c, 0, &s.name, "after RESETSTAT");
        // An expired key counted before the flushes stays counted (a server statistic).
        c.expect("SET gone v PX 1", "OK");
        std::thread::sleep(std::time::Duration::from_millis(20));
        c.expect("GET gone", "(nil)");
        c.expect("MSET a 1 b 2 c 3", "OK");
        c.expect("SELECT 1", "OK");
        c.expect("SET d 4", "OK");
        c.expect("SELECT 0", "OK");
        c.expect("FLUSHDB ASYNC", "OK");
        expect_lazyfreed(&mut c, 3, &s.name, "after FLUSHDB ASYNC");
        c.expect("SET e 5", "OK");
        c.expect("FLUSHALL ASYNC", "OK");
        expect_lazyfreed(&mut c, 5, &s.name, "after FLUSHALL ASYNC");
        let stats = String::from_utf8(bulk_of(&c.cmd(&["INFO", "stats"])).unwrap()).unwrap();
        assert!(
            stats.lines().any(|l| l.trim() == "expired_keys:1"),
            "{}: expired_keys after the async flushes: {stats}",
            s.name
        );
        c.expect("DBSIZE", "(integer) 0");
        c.expect("SET f 6", "OK");
        c.expect("FLUSHALL", "OK");
        c.expect("CONFIG SET lazyfree-lazy-user-flush yes", "OK");
        c.expect("SET g 7", "OK");
        c.expect("FLUSHALL", "OK");
        expect_lazyfreed(&mut c, 6, &s.name, "lazy-user-flush");
        c.expect("CONFIG SET lazyfree-lazy-user-del yes", "OK");
        c.cmd(&sadd);
        c.expect("DEL bigset", "(integer) 1");
        expect_lazyfreed(&mut c, 7, &s.name, "lazy-user-del");
    });
}
