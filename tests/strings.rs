//! String commands (tests/unit/type/string.tcl, incr.tcl): differential
//! against redis-server 7.0.15.  Every `=> ...` is redis's reply, checked.
//! Tests needing other data types end in `_wrongtype`.
mod common;
use common::*;

#[test]
fn set_and_get_an_item() {
    diff(&["SET x foobar => OK", "GET x => \"foobar\""]);
}

#[test]
fn set_and_get_an_empty_item() {
    diff(&[
        "SET x \"\" => OK",
        "GET x => \"\"",
        "STRLEN x => (integer) 0",
        "EXISTS x => (integer) 1",
    ]);
}

#[test]
fn get_against_missing_key() {
    diff(&["GET nokey => (nil)"]);
}

#[test]
fn extended_set_can_detect_syntax_errors() {
    diff(&[
        "SET foo bar non-existing-option => (error) ERR syntax error",
        "SET foo bar NX XX => (error) ERR syntax error",
        "SET foo bar nx xx => (error) ERR syntax error",
        "SET foo bar EX 10 PX 10000 => (error) ERR syntax error",
        "SET foo bar EX 10 EXAT 32503680000 => (error) ERR syntax error",
        "SET foo bar PX 10 PXAT 32503680000000 => (error) ERR syntax error",
        "SET foo bar KEEPTTL EX 10 => (error) ERR syntax error",
        "SET foo bar EX 10 KEEPTTL => (error) ERR syntax error",
        "SET foo bar EX 10 EX 20 => OK",
        "SET foo bar NX NX => (nil)",
        "SET foo bar GET GET => \"bar\"",
        "SET foo bar EX => (error) ERR syntax error",
        "SET foo bar PX => (error) ERR syntax error",
        "SET foo bar EX abc => (error) ERR value is not an integer or out of range",
        "SET foo bar EX 1.5 => (error) ERR value is not an integer or out of range",
        "SET foo bar EX \"\" => (error) ERR value is not an integer or out of range",
        "SET foo bar PX 10a => (error) ERR value is not an integer or out of range",
        "SET foo bar EX 0 => (error) ERR invalid expire time in 'set' command",
        "SET foo bar EX -1 => (error) ERR invalid expire time in 'set' command",
        "SET foo bar PX 0 => (error) ERR invalid expire time in 'set' command",
        "SET foo bar PX -5 => (error) ERR invalid expire time in 'set' command",
        "SET foo bar EXAT 0 => (error) ERR invalid expire time in 'set' command",
        "SET foo bar PXAT -1 => (error) ERR invalid expire time in 'set' command",
        "SET foo bar EX 9223372036854775807 => (error) ERR invalid expire time in 'set' command",
        "SET foo bar EX 9223372036854775 => (error) ERR invalid expire time in 'set' command",
        "SET foo bar PX 9223372036854775807 => (error) ERR invalid expire time in 'set' command",
        "SET foo bar EXAT 9223372036854775807 => (error) ERR invalid expire time in 'set' command",
        "SET foo bar PXAT 9223372036854775807 => OK",
        "SET foo bar EX 99999999999999999999 => (error) ERR value is not an integer or out of range",
        "EXISTS foo => (integer) 1",
        "SET foo => (error) ERR wrong number of arguments for 'set' command",
        "SET => (error) ERR wrong number of arguments for 'set' command",
    ]);
}

#[test]
fn extended_set_nx_option() {
    diff(&[
        "SET foo 1 NX => OK",
        "SET foo 2 NX => (nil)",
        "GET foo => \"1\"",
    ]);
}

#[test]
fn extended_set_xx_option() {
    diff(&[
        "SET foo 1 XX => (nil)",
        "EXISTS foo => (integer) 0",
        "SET foo bar => OK",
        "SET foo 2 XX => OK",
        "GET foo => \"2\"",
    ]);
}

#[test]
fn extended_set_get_option() {
    diff(&[
        "SET foo bar => OK",
        "SET foo bar2 GET => \"bar\"",
        "GET foo => \"bar2\"",
        "SET nokey v GET => (nil)",
        "GET nokey => \"v\"",
    ]);
}

#[test]
fn extended_set_get_option_with_xx_and_nx() {
    diff(&[
        "SET foo bar => OK",
        "SET foo baz GET XX => \"bar\"",
        "SET nofoo baz GET XX => (nil)",
        "EXISTS nofoo => (integer) 0",
        "SET foo qux GET NX => \"baz\"",
        "GET foo => \"baz\"",
        "SET newfoo qux GET NX => (nil)",
        "GET newfoo => \"qux\"",
    ]);
}

#[test]
fn extended_set_ex_px_exat_pxat_keepttl() {
    diff(&[
        "SET foo bar EX 100 => OK",
        "[~1] TTL foo",
        "SET foo bar PX 100000 => OK",
        "[~1000] PTTL foo",
        "SET foo bar EXAT 32503680000 => OK",
        "EXPIRETIME foo => (integer) 32503680000",
        "[~1] TTL foo",
        "SET foo bar PXAT 32503680000123 => OK",
        "PEXPIRETIME foo => (integer) 32503680000123",
        "EXPIRETIME foo => (integer) 32503680000",
        "SET foo bar2 KEEPTTL => OK",
        "PEXPIRETIME foo => (integer) 32503680000123",
        "GET foo => \"bar2\"",
        "SET foo bar3 => OK",
        "TTL foo => (integer) -1",
        "SET foo bar EX 100 GET XX => \"bar3\"",
        "[~1] TTL foo",
        "SET foo bar EXAT 1 => OK",
        "EXISTS foo => (integer) 0",
        "SET foo bar PXAT 1 GET => (nil)",
        "EXISTS foo => (integer) 0",
        "SET foo bar ex 100 nx => OK",
        "SET foo bar px 100 xx KEEPTTL => (error) ERR syntax error",
    ]);
}

#[test]
fn set_overwrites_ttl_and_lowercase_options() {
    diff(&[
        "SET foo bar ex 100 => OK",
        "SET foo baz => OK",
        "TTL foo => (integer) -1",
        "SET foo bar px 100000 get => \"baz\"",
        "SET foo bar keepttl get => \"bar\"",
        "[~1000] PTTL foo",
    ]);
}

#[test]
fn setnx_target_key_missing() {
    diff(&[
        "SETNX novar foobared => (integer) 1",
        "GET novar => \"foobared\"",
    ]);
}

#[test]
fn setnx_target_key_exists() {
    diff(&[
        "SET novar foobared => OK",
        "SETNX novar blabla => (integer) 0",
        "GET novar => \"foobared\"",
        "SETNX novar => (error) ERR wrong number of arguments for 'setnx' command",
        "SETNX novar a b => (error) ERR wrong number of arguments for 'setnx' command",
    ]);
}

#[test]
fn setnx_against_not_expired_volatile_key() {
    diff(&[
        "SET x 10 => OK",
        "EXPIRE x 10000 => (integer) 1",
        "SETNX x 20 => (integer) 0",
        "GET x => \"10\"",
    ]);
}

#[test]
fn setnx_against_expired_volatile_key() {
    diff(&[
        "SET x 10 PX 30 => OK",
        "[sleep 120]",
        "SETNX x 20 => (integer) 1",
        "GET x => \"20\"",
    ]);
}

#[test]
fn setex_and_psetex() {
    diff(&[
        "SETEX k 100 v => OK",
        "[~1] TTL k",
        "GET k => \"v\"",
        "SETEX k 0 v => (error) ERR invalid expire time in 'setex' command",
        "SETEX k -10 v => (error) ERR invalid expire time in 'setex' command",
        "SETEX k abc v => (error) ERR value is not an integer or out of range",
        "SETEX k 1.5 v => (error) ERR value is not an integer or out of range",
        "SETEX k 9223372036854775807 v => (error) ERR invalid expire time in 'setex' command",
        "SETEX k 10 => (error) ERR wrong number of arguments for 'setex' command",
        "SETEX k 10 v extra => (error) ERR wrong number of arguments for 'setex' command",
        "PSETEX pk 100000 v => OK",
        "[~1000] PTTL pk",
        "PSETEX pk 0 v => (error) ERR invalid expire time in 'psetex' command",
        "PSETEX pk -1 v => (error) ERR invalid expire time in 'psetex' command",
        "PSETEX pk x v => (error) ERR value is not an integer or out of range",
        "PSETEX pk 9223372036854775807 v => (error) ERR invalid expire time in 'psetex' command",
        "PSETEX pk 10 => (error) ERR wrong number of arguments for 'psetex' command",
        "GET pk => \"v\"",
    ]);
}

#[test]
fn getset_set_new_value() {
    diff(&[
        "DEL foo => (integer) 0",
        "GETSET foo xyz => (nil)",
        "GET foo => \"xyz\"",
    ]);
}

#[test]
fn getset_replace_old_value() {
    diff(&[
        "SET foo bar => OK",
        "GETSET foo xyz => \"bar\"",
        "GET foo => \"xyz\"",
        "SET foo bar EX 100 => OK",
        "GETSET foo baz => \"bar\"",
        "TTL foo => (integer) -1",
        "GETSET foo => (error) ERR wrong number of arguments for 'getset' command",
    ]);
}

#[test]
fn getdel_command() {
    diff(&[
        "SET foo bar => OK",
        "GETDEL foo => \"bar\"",
        "GETDEL foo => (nil)",
        "EXISTS foo => (integer) 0",
        "GETDEL => (error) ERR wrong number of arguments for 'getdel' command",
        "GETDEL a b => (error) ERR wrong number of arguments for 'getdel' command",
    ]);
}

#[test]
fn getex_options() {
    diff(&[
        "SET foo bar => OK",
        "GETEX foo => \"bar\"",
        "TTL foo => (integer) -1",
        "GETEX foo EX 100 => \"bar\"",
        "[~1] TTL foo",
        "GETEX foo PX 100000 => \"bar\"",
        "[~1000] PTTL foo",
        "GETEX foo EXAT 32503680000 => \"bar\"",
        "EXPIRETIME foo => (integer) 32503680000",
        "GETEX foo PXAT 32503680000555 => \"bar\"",
        "PEXPIRETIME foo => (integer) 32503680000555",
        "GETEX foo PERSIST => \"bar\"",
        "TTL foo => (integer) -1",
        "GETEX foo ex 100 => \"bar\"",
        "GETEX foo persist => \"bar\"",
        "TTL foo => (integer) -1",
        "GETEX nokey => (nil)",
        "GETEX nokey EX 100 => (nil)",
        "GETEX nokey PERSIST => (nil)",
        "GETEX foo EXAT 1 => \"bar\"",
        "EXISTS foo => (integer) 0",
    ]);
}

#[test]
fn getex_syntax_errors() {
    diff(&[
        "SET foo bar => OK",
        "GETEX foo non-existent-option => (error) ERR syntax error",
        "GETEX foo EX => (error) ERR syntax error",
        "GETEX foo EX abc => (error) ERR value is not an integer or out of range",
        "GETEX foo EX 0 => (error) ERR invalid expire time in 'getex' command",
        "GETEX foo EX -1 => (error) ERR invalid expire time in 'getex' command",
        "GETEX foo PX 0 => (error) ERR invalid expire time in 'getex' command",
        "GETEX foo EXAT 0 => (error) ERR invalid expire time in 'getex' command",
        "GETEX foo PXAT 0 => (error) ERR invalid expire time in 'getex' command",
        "GETEX foo EX 10 PX 10 => (error) ERR syntax error",
        "GETEX foo EX 10 PERSIST => (error) ERR syntax error",
        "GETEX foo PERSIST EX 10 => (error) ERR syntax error",
        "GETEX foo PERSIST PERSIST => \"bar\"",
        "GETEX foo EX 10 EX 20 => \"bar\"",
        "GETEX foo KEEPTTL => (error) ERR syntax error",
        "GETEX foo NX => (error) ERR syntax error",
        "GETEX foo EX 9223372036854775807 => (error) ERR invalid expire time in 'getex' command",
        "GETEX => (error) ERR wrong number of arguments for 'getex' command",
        "[~1] TTL foo",
    ]);
}

#[test]
fn mget() {
    diff(&[
        "SET foo{t} BAR => OK",
        "SET bar{t} FOO => OK",
        "MGET foo{t} bar{t} => [\"BAR\", \"FOO\"]",
        "MGET foo{t} baazz bar{t} => [\"BAR\", (nil), \"FOO\"]",
        "MGET nokey => [(nil)]",
        "MGET foo{t} foo{t} foo{t} => [\"BAR\", \"BAR\", \"BAR\"]",
        "MGET => (error) ERR wrong number of arguments for 'mget' command",
    ]);
}

#[test]
fn mset_base_case() {
    diff(&[
        "MSET x{t} 10 y{t} \"foo bar\" z{t} \"x x x x x x x\\n\\n\\r\\n\" => OK",
        "MGET x{t} y{t} z{t} => [\"10\", \"foo bar\", \"x x x x x x x\\n\\n\\r\\n\"]",
        "MSET x{t} 20 x{t} 30 => OK",
        "GET x{t} => \"30\"",
    ]);
}

#[test]
fn mset_msetnx_wrong_number_of_args() {
    diff(&[
        "MSET x{t} 10 y{t} \"foo bar\" z{t} => (error) ERR wrong number of arguments for 'mset' command",
        "MSETNX x{t} 20 y{t} \"foo bar\" z{t} => (error) ERR wrong number of arguments for 'msetnx' command",
        "MSET => (error) ERR wrong number of arguments for 'mset' command",
        "MSET x => (error) ERR wrong number of arguments for 'mset' command",
        "MSETNX => (error) ERR wrong number of arguments for 'msetnx' command",
        "MSETNX x => (error) ERR wrong number of arguments for 'msetnx' command",
        "EXISTS x{t} => (integer) 0",
    ]);
}

#[test]
fn msetnx_with_already_existent_key() {
    diff(&[
        "SET x2{t} xxx => OK",
        "MSETNX x1{t} xxx y2{t} yyy x2{t} zzz => (integer) 0",
        "EXISTS x1{t} => (integer) 0",
        "EXISTS y2{t} => (integer) 0",
        "GET x2{t} => \"xxx\"",
    ]);
}

#[test]
fn msetnx_with_not_existing_keys() {
    diff(&[
        "MSETNX x1{t} xxx y2{t} yyy => (integer) 1",
        "MGET x1{t} y2{t} => [\"xxx\", \"yyy\"]",
    ]);
}

#[test]
fn msetnx_with_not_existing_keys_same_key_twice() {
    diff(&[
        "MSETNX x1{t} xxx x1{t} yyy => (integer) 1",
        "GET x1{t} => \"yyy\"",
    ]);
}

#[test]
fn msetnx_with_already_existing_keys_same_key_twice() {
    diff(&[
        "SET x1{t} aaa => OK",
        "MSETNX x1{t} xxx x1{t} yyy => (integer) 0",
        "GET x1{t} => \"aaa\"",
    ]);
}

#[test]
fn append_basics() {
    diff(&[
        "APPEND foo bar => (integer) 3",
        "GET foo => \"bar\"",
        "APPEND foo 100 => (integer) 6",
        "GET foo => \"bar100\"",
        "APPEND foo \"\" => (integer) 6",
        "APPEND empty \"\" => (integer) 0",
        "EXISTS empty => (integer) 1",
        "SET n 123 => OK",
        "APPEND n 456 => (integer) 6",
        "GET n => \"123456\"",
        "APPEND foo => (error) ERR wrong number of arguments for 'append' command",
        "APPEND => (error) ERR wrong number of arguments for 'append' command",
    ]);
}

#[test]
fn strlen() {
    diff(&[
        "STRLEN notakey => (integer) 0",
        "SET myinteger -555 => OK",
        "STRLEN myinteger => (integer) 4",
        "SET mystring \"foozzz0123456789 baz\" => OK",
        "STRLEN mystring => (integer) 20",
        "SET big 18446744073709551616 => OK",
        "STRLEN big => (integer) 20",
        "STRLEN => (error) ERR wrong number of arguments for 'strlen' command",
        "STRLEN a b => (error) ERR wrong number of arguments for 'strlen' command",
    ]);
}

#[test]
fn getrange_against_non_existing_key() {
    diff(&[
        "GETRANGE mykey 0 -1 => \"\"",
        "GETRANGE mykey 0 0 => \"\"",
        "GETRANGE mykey -1 -1 => \"\"",
    ]);
}

#[test]
fn getrange_against_string_value() {
    diff(&[
        "SET mykey \"Hello World\" => OK",
        "GETRANGE mykey 0 3 => \"Hell\"",
        "GETRANGE mykey 0 -1 => \"Hello World\"",
        "GETRANGE mykey -4 -1 => \"orld\"",
        "GETRANGE mykey 5 3 => \"\"",
        "GETRANGE mykey 5 5000 => \" World\"",
        "GETRANGE mykey -5000 10000 => \"Hello World\"",
        "GETRANGE mykey -1 0 => \"\"",
        "GETRANGE mykey -1 -5 => \"\"",
        "GETRANGE mykey 11 20 => \"\"",
        "GETRANGE mykey 10 10 => \"d\"",
        "GETRANGE mykey -100 -50 => \"H\"",
        "GETRANGE mykey 0 -12 => \"H\"",
        "GETRANGE mykey 0 -11 => \"H\"",
        "GETRANGE mykey 3 -3 => \"lo Wor\"",
    ]);
}

#[test]
fn getrange_against_integer_encoded_value() {
    diff(&[
        "SET mykey 1234 => OK",
        "GETRANGE mykey 0 2 => \"123\"",
        "GETRANGE mykey 0 -1 => \"1234\"",
        "GETRANGE mykey -3 -1 => \"234\"",
        "GETRANGE mykey 5 3 => \"\"",
        "GETRANGE mykey 3 5000 => \"4\"",
        "GETRANGE mykey -5000 10000 => \"1234\"",
    ]);
}

#[test]
fn getrange_with_huge_ranges_and_errors() {
    diff(&[
        "SET mykey bar => OK",
        "GETRANGE mykey 0 9223372036854775807 => \"bar\"",
        "GETRANGE mykey 0 -9223372036854775808 => \"b\"",
        "GETRANGE mykey -9223372036854775808 9223372036854775807 => \"bar\"",
        "GETRANGE mykey 0 9223372036854775808 => (error) ERR value is not an integer or out of range",
        "GETRANGE mykey a 1 => (error) ERR value is not an integer or out of range",
        "GETRANGE mykey 0 1.5 => (error) ERR value is not an integer or out of range",
        "GETRANGE mykey 0 => (error) ERR wrong number of arguments for 'getrange' command",
        "GETRANGE mykey 0 1 2 => (error) ERR wrong number of arguments for 'getrange' command",
        "SET empty \"\" => OK",
        "GETRANGE empty 0 -1 => \"\"",
        "GETRANGE empty 0 0 => \"\"",
    ]);
}

#[test]
fn coverage_substr() {
    diff(&[
        "SET key abcde => OK",
        "SUBSTR key 0 0 => \"a\"",
        "SUBSTR key 1 -2 => \"bcd\"",
        "SUBSTR key -3 -1 => \"cde\"",
        "SUBSTR key 0 100 => \"abcde\"",
        "SUBSTR key 7 8 => \"\"",
        "SUBSTR nokey 0 1 => \"\"",
        "SUBSTR key a 1 => (error) ERR value is not an integer or out of range",
        "SUBSTR key 0 => (error) ERR wrong number of arguments for 'substr' command",
    ]);
}

#[test]
fn setrange_against_non_existing_key() {
    diff(&[
        "SETRANGE mykey 0 foo => (integer) 3",
        "GET mykey => \"foo\"",
        "DEL mykey => (integer) 1",
        "SETRANGE mykey 0 \"\" => (integer) 0",
        "EXISTS mykey => (integer) 0",
        "SETRANGE mykey 1 foo => (integer) 4",
        "GET mykey => \"\\x00foo\"",
    ]);
}

#[test]
fn setrange_against_string_encoded_key() {
    diff(&[
        "SET mykey foo => OK",
        "SETRANGE mykey 0 b => (integer) 3",
        "GET mykey => \"boo\"",
        "SETRANGE mykey 0 \"\" => (integer) 3",
        "GET mykey => \"boo\"",
        "SETRANGE mykey 1 b => (integer) 3",
        "GET mykey => \"bbo\"",
        "SETRANGE mykey 4 bar => (integer) 7",
        "GET mykey => \"bbo\\x00bar\"",
        "SETRANGE mykey 10 \"\\x00\\xff\" => (integer) 12",
        "GET mykey => \"bbo\\x00bar\\x00\\x00\\x00\\x00\\xff\"",
    ]);
}

#[test]
fn setrange_against_integer_encoded_key() {
    diff(&[
        "SET mykey 1234 => OK",
        "OBJECT ENCODING mykey => \"int\"",
        "SETRANGE mykey 0 2 => (integer) 4",
        "OBJECT ENCODING mykey => \"raw\"",
        "GET mykey => \"2234\"",
        "SET mykey 1234 => OK",
        "SETRANGE mykey 0 \"\" => (integer) 4",
        "OBJECT ENCODING mykey => \"int\"",
        "GET mykey => \"1234\"",
        "SETRANGE mykey 1 3 => (integer) 4",
        "GET mykey => \"1334\"",
        "SETRANGE mykey 5 2 => (integer) 6",
        "GET mykey => \"1334\\x002\"",
    ]);
}

#[test]
fn setrange_with_out_of_range_offset() {
    diff(&[
        "SETRANGE mykey 536870912 hello => (error) ERR string exceeds maximum allowed size (proto-max-bulk-len)",
        "SETRANGE mykey 536870911 \"ab\" => (error) ERR string exceeds maximum allowed size (proto-max-bulk-len)",
        "SETRANGE mykey 9223372036854775807 x => (error) ERR string exceeds maximum allowed size (proto-max-bulk-len)",
        "SETRANGE mykey -1 world => (error) ERR offset is out of range",
        "SETRANGE mykey abc world => (error) ERR value is not an integer or out of range",
        "SETRANGE mykey 536870912 \"\" => (integer) 0",
        "EXISTS mykey => (integer) 0",
        "SET mykey hello => OK",
        "SETRANGE mykey 536870912 world => (error) ERR string exceeds maximum allowed size (proto-max-bulk-len)",
        "SETRANGE mykey -1 world => (error) ERR offset is out of range",
        "SETRANGE mykey 536870912 \"\" => (integer) 5",
        "SETRANGE mykey -1 \"\" => (error) ERR offset is out of range",
        "GET mykey => \"hello\"",
        "SETRANGE mykey 0 => (error) ERR wrong number of arguments for 'setrange' command",
        "SETRANGE mykey => (error) ERR wrong number of arguments for 'setrange' command",
    ]);
}

#[test]
fn incr_against_non_existing_key() {
    diff(&["INCR novar => (integer) 1", "GET novar => \"1\""]);
}

#[test]
fn incr_against_key_created_by_incr_itself() {
    diff(&[
        "INCR novar => (integer) 1",
        "INCR novar => (integer) 2",
        "GET novar => \"2\"",
    ]);
}

#[test]
fn decr_against_key_created_by_incr() {
    diff(&[
        "INCR novar => (integer) 1",
        "DECR novar => (integer) 0",
        "DECR novar => (integer) -1",
    ]);
}

#[test]
fn decr_against_key_is_not_exist_and_incr() {
    diff(&[
        "DECR novar_not_exist => (integer) -1",
        "INCR novar_not_exist => (integer) 0",
    ]);
}

#[test]
fn incr_against_key_originally_set_with_set() {
    diff(&["SET novar 100 => OK", "INCR novar => (integer) 101"]);
}

#[test]
fn incr_over_32bit_value() {
    diff(&[
        "SET novar 17179869184 => OK",
        "INCR novar => (integer) 17179869185",
    ]);
}

#[test]
fn incrby_over_32bit_value_with_over_32bit_increment() {
    diff(&[
        "SET novar 17179869184 => OK",
        "INCRBY novar 17179869184 => (integer) 34359738368",
    ]);
}

#[test]
fn incr_fails_against_key_with_spaces() {
    diff(&[
        "SET novar \"    11\" => OK",
        "INCR novar => (error) ERR value is not an integer or out of range",
        "SET novar \"11    \" => OK",
        "INCR novar => (error) ERR value is not an integer or out of range",
        "SET novar \" 11 \" => OK",
        "INCR novar => (error) ERR value is not an integer or out of range",
        "SET novar \"+11\" => OK",
        "INCR novar => (error) ERR value is not an integer or out of range",
        "SET novar \"011\" => OK",
        "INCR novar => (error) ERR value is not an integer or out of range",
        "SET novar \"1e3\" => OK",
        "INCR novar => (error) ERR value is not an integer or out of range",
        "SET novar \"\" => OK",
        "INCR novar => (error) ERR value is not an integer or out of range",
        "SET novar \"-0\" => OK",
        "INCR novar => (error) ERR value is not an integer or out of range",
        "GET novar => \"-0\"",
    ]);
}

#[test]
fn incr_and_decr_argument_errors() {
    diff(&[
        "SET n 10 => OK",
        "INCRBY n abc => (error) ERR value is not an integer or out of range",
        "INCRBY n 1.5 => (error) ERR value is not an integer or out of range",
        "INCRBY n \"\" => (error) ERR value is not an integer or out of range",
        "INCRBY n 9223372036854775808 => (error) ERR value is not an integer or out of range",
        "DECRBY n x => (error) ERR value is not an integer or out of range",
        "INCRBY n -9223372036854775808 => (integer) -9223372036854775798",
        "GET n => \"-9223372036854775798\"",
        "INCR => (error) ERR wrong number of arguments for 'incr' command",
        "INCR n n => (error) ERR wrong number of arguments for 'incr' command",
        "INCRBY n => (error) ERR wrong number of arguments for 'incrby' command",
        "DECR => (error) ERR wrong number of arguments for 'decr' command",
        "DECRBY n => (error) ERR wrong number of arguments for 'decrby' command",
        "DECRBY n 1 2 => (error) ERR wrong number of arguments for 'decrby' command",
    ]);
}

#[test]
fn incr_decr_overflow() {
    diff(&[
        "SET novar 9223372036854775807 => OK",
        "INCR novar => (error) ERR increment or decrement would overflow",
        "INCRBY novar 1 => (error) ERR increment or decrement would overflow",
        "GET novar => \"9223372036854775807\"",
        "SET novar -9223372036854775808 => OK",
        "DECR novar => (error) ERR increment or decrement would overflow",
        "DECRBY novar 1 => (error) ERR increment or decrement would overflow",
        "INCRBY novar -1 => (error) ERR increment or decrement would overflow",
        "SET novar 1 => OK",
        "DECRBY novar -9223372036854775808 => (error) ERR decrement would overflow",
        "SET novar 0 => OK",
        "DECRBY novar -9223372036854775807 => (integer) 9223372036854775807",
        "DECRBY novar 9223372036854775807 => (integer) 0",
        "DECRBY novar 1 => (integer) -1",
        "INCRBY novar 9223372036854775807 => (integer) 9223372036854775806",
        "SET novar 9223372036854775808 => OK",
        "INCR novar => (error) ERR value is not an integer or out of range",
    ]);
}

#[test]
fn decrby_negation_overflow() {
    diff(&[
        "SET x 0 => OK",
        "DECRBY x -9223372036854775808 => (error) ERR decrement would overflow",
        "GET x => \"0\"",
    ]);
}

#[test]
fn decrby_over_32bit_value_with_over_32bit_increment_negative_res() {
    diff(&[
        "SET novar 17179869184 => OK",
        "DECRBY novar 17179869185 => (integer) -1",
    ]);
}

#[test]
fn decrby_against_key_is_not_exist() {
    diff(&[
        "DECRBY key_not_exist 1 => (integer) -1",
        "GET key_not_exist => \"-1\"",
    ]);
}

#[test]
fn incr_uses_shared_objects_in_the_0_9999_range() {
    diff(&[
        "SET foo -1 => OK",
        "INCR foo => (integer) 0",
        "OBJECT REFCOUNT foo => (integer) 2147483647",
        "SET foo 9998 => OK",
        "INCR foo => (integer) 9999",
        "OBJECT REFCOUNT foo => (integer) 2147483647",
        "INCR foo => (integer) 10000",
        "OBJECT REFCOUNT foo => (integer) 1",
        "OBJECT ENCODING foo => \"int\"",
    ]);
}

#[test]
fn incrbyfloat_against_non_existing_key() {
    diff(&[
        "INCRBYFLOAT novar 1 => \"1\"",
        "GET novar => \"1\"",
        "INCRBYFLOAT novar 0.25 => \"1.25\"",
        "GET novar => \"1.25\"",
    ]);
}

#[test]
fn incrbyfloat_against_key_originally_set_with_set() {
    diff(&[
        "SET novar 1.5 => OK",
        "INCRBYFLOAT novar 1.5 => \"3\"",
        "INCRBYFLOAT novar 0.1 => \"3.1\"",
        "SET f 0.1 => OK",
        "INCRBYFLOAT f 0.2 => \"0.3\"",
        "SET f 1 => OK",
        "INCRBYFLOAT f 0.0 => \"1\"",
        "INCRBYFLOAT f 1e2 => \"101\"",
        "INCRBYFLOAT f -101 => \"0\"",
        "INCRBYFLOAT f 5.0e3 => \"5000\"",
        "INCRBYFLOAT f 3.14159265358979323846 => \"5003.14159265358979312\"",
        "INCRBYFLOAT f 1e-10 => \"5003.14159265368979312\"",
        "SET f 10 => OK",
        "INCRBYFLOAT f 0 => \"10\"",
        "GET f => \"10\"",
        "SET f 3.0e3 => OK",
        "INCRBYFLOAT f 200 => \"3200\"",
        "SET f 5 => OK",
        "INCRBYFLOAT f \"  1\" => (error) ERR value is not a valid float",
        "INCRBYFLOAT f 2e => (error) ERR value is not a valid float",
        "INCRBYFLOAT f 0x10 => \"21\"",
        "SET f 1.23456789012345678 => OK",
        "INCRBYFLOAT f 0 => \"1.23456789012345678\"",
        "SET f 12345678901234567 => OK",
        "INCRBYFLOAT f 1 => \"12345678901234568\"",
        "SET f 0.000001 => OK",
        "INCRBYFLOAT f 0.0000001 => \"0.0000011\"",
        "INCRBYFLOAT f 100000000000000000000 => \"100000000000000000000\"",
        "INCRBYFLOAT f 1e20 => \"200000000000000000000\"",
    ]);
}

#[test]
fn incrbyfloat_over_32bit_value() {
    diff(&[
        "SET novar 17179869184 => OK",
        "INCRBYFLOAT novar 1.5 => \"17179869185.5\"",
        "INCRBYFLOAT novar 17179869184 => \"34359738369.5\"",
    ]);
}

#[test]
fn incrbyfloat_fails_against_key_with_spaces() {
    diff(&[
        "SET novar \"    11\" => OK",
        "INCRBYFLOAT novar 1.0 => (error) ERR value is not a valid float",
        "SET novar \"11    \" => OK",
        "INCRBYFLOAT novar 1.0 => (error) ERR value is not a valid float",
        "SET novar \" 11 \" => OK",
        "INCRBYFLOAT novar 1.0 => (error) ERR value is not a valid float",
        "SET novar abc => OK",
        "INCRBYFLOAT novar 1 => (error) ERR value is not a valid float",
    ]);
}

#[test]
fn incrbyfloat_does_not_allow_nan_or_infinity() {
    diff(&[
        "SET foo 0 => OK",
        "INCRBYFLOAT foo +inf => (error) ERR increment would produce NaN or Infinity",
        "INCRBYFLOAT foo inf => (error) ERR increment would produce NaN or Infinity",
        "INCRBYFLOAT foo -inf => (error) ERR increment would produce NaN or Infinity",
        "INCRBYFLOAT foo nan => (error) ERR value is not a valid float",
        "INCRBYFLOAT foo NaN => (error) ERR value is not a valid float",
        "SET foo 1e308 => OK",
        "INCRBYFLOAT foo 1e308 => \"19999999999999999999337175931169129132112019969483113441559409598984346973767612374420025384377707864089349445010802644630426949918792116719484162886039283753591820003920638155732621920901421333587830...(309 bytes)\"",
        "SET foo -1e308 => OK",
        "INCRBYFLOAT foo -1e308 => \"-1999999999999999999933717593116912913211201996948311344155940959898434697376761237442002538437770786408934944501080264463042694991879211671948416288603928375359182000392063815573262192090142133358783...(310 bytes)\"",
        "SET foo inf => OK",
        "INCRBYFLOAT foo 1 => (error) ERR increment would produce NaN or Infinity",
        "GET foo => \"inf\"",
        "SET foo 1e4932 => OK",
        "INCRBYFLOAT foo 1e4932 => (error) ERR increment would produce NaN or Infinity",
        "INCRBYFLOAT foo 1e5000 => (error) ERR value is not a valid float",
        "SET foo 1e5000 => OK",
        "INCRBYFLOAT foo 1 => (error) ERR value is not a valid float",
        "SET foo 1.1e4932 => OK",
        "INCRBYFLOAT foo 0 => \"10999999999999999999743731075282418176590308692790434077349880018170241451065131125042475079893348785202483082813610394780329348832653068742475582191802966326158797692844261444465873018629259490448601...(4933 bytes)\"",
    ]);
}

#[test]
fn incrbyfloat_decrement_and_negative_zero() {
    diff(&[
        "SET foo 1 => OK",
        "INCRBYFLOAT foo -1.1 => \"-0.1\"",
        "SET foo 1 => OK",
        "INCRBYFLOAT foo -1 => \"0\"",
        "SET foo 0 => OK",
        "INCRBYFLOAT foo -0 => \"0\"",
        "INCRBYFLOAT foo -0.0 => \"0\"",
        "SET foo -0 => OK",
        "INCRBYFLOAT foo 0 => \"0\"",
    ]);
}

#[test]
fn incrbyfloat_argument_errors() {
    diff(&[
        "SET f 1 => OK",
        "INCRBYFLOAT f abc => (error) ERR value is not a valid float",
        "INCRBYFLOAT f \"\" => (error) ERR value is not a valid float",
        "INCRBYFLOAT f 1.5.5 => (error) ERR value is not a valid float",
        "INCRBYFLOAT f 1,5 => (error) ERR value is not a valid float",
        "INCRBYFLOAT f => (error) ERR wrong number of arguments for 'incrbyfloat' command",
        "INCRBYFLOAT => (error) ERR wrong number of arguments for 'incrbyfloat' command",
        "INCRBYFLOAT f 1 2 => (error) ERR wrong number of arguments for 'incrbyfloat' command",
    ]);
}

#[test]
fn string_to_double_with_null_terminator() {
    diff(&[
        "SET foo 1 => OK",
        "SETRANGE foo 2 2 => (integer) 3",
        "INCRBYFLOAT foo 1 => (error) ERR value is not a valid float",
        "SET bar \"1\\x00\" => OK",
        "INCRBYFLOAT bar 1 => (error) ERR value is not a valid float",
        "SET bar 1 => OK",
        "INCRBYFLOAT bar \"1\\x001\" => (error) ERR value is not a valid float",
    ]);
}

#[test]
fn incr_operation_should_update_encoding_from_raw_to_int() {
    diff(&[
        "SET foo 1 => OK",
        "APPEND foo 2 => (integer) 2",
        "OBJECT ENCODING foo => \"raw\"",
        "INCR foo => (integer) 13",
        "OBJECT ENCODING foo => \"int\"",
        "SET foo 1 => OK",
        "APPEND foo 2 => (integer) 2",
        "INCRBY foo 0 => (integer) 12",
        "OBJECT ENCODING foo => \"int\"",
        "SET foo 1 => OK",
        "APPEND foo 2 => (integer) 2",
        "DECRBY foo 0 => (integer) 12",
        "OBJECT ENCODING foo => \"int\"",
    ]);
}

#[test]
fn object_encoding_of_strings() {
    diff(&[
        "SET i 12345 => OK",
        "OBJECT ENCODING i => \"int\"",
        "SET i -12345 => OK",
        "OBJECT ENCODING i => \"int\"",
        "SET i 9223372036854775807 => OK",
        "OBJECT ENCODING i => \"int\"",
        "SET i 9223372036854775808 => OK",
        "OBJECT ENCODING i => \"embstr\"",
        "SET i 007 => OK",
        "OBJECT ENCODING i => \"embstr\"",
        "SET i -0 => OK",
        "OBJECT ENCODING i => \"embstr\"",
        "SET i \"12 \" => OK",
        "OBJECT ENCODING i => \"embstr\"",
        "SET e hello => OK",
        "OBJECT ENCODING e => \"embstr\"",
        "SET e \"\" => OK",
        "OBJECT ENCODING e => \"embstr\"",
        "SET e 12345678901234567890123456789012345678901234 => OK",
        "OBJECT ENCODING e => \"embstr\"",
        "SET e 123456789012345678901234567890123456789012345 => OK",
        "OBJECT ENCODING e => \"raw\"",
        "SET e aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa => OK",
        "OBJECT ENCODING e => \"embstr\"",
        "SET e aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa => OK",
        "OBJECT ENCODING e => \"raw\"",
        "SET a x => OK",
        "APPEND a y => (integer) 2",
        "OBJECT ENCODING a => \"raw\"",
        "SET a 1 => OK",
        "APPEND a 1 => (integer) 2",
        "OBJECT ENCODING a => \"raw\"",
        "SETRANGE r 0 x => (integer) 1",
        "OBJECT ENCODING r => \"raw\"",
        "INCRBYFLOAT fl 1.5 => \"1.5\"",
        "OBJECT ENCODING fl => \"embstr\"",
        "INCR n => (integer) 1",
        "OBJECT ENCODING n => \"int\"",
        "GETSET g 12 => (nil)",
        "OBJECT ENCODING g => \"int\"",
        "MSET m1 1 m2 abc => OK",
        "OBJECT ENCODING m1 => \"int\"",
        "OBJECT ENCODING m2 => \"embstr\"",
        "SETEX s 100 77 => OK",
        "OBJECT ENCODING s => \"int\"",
        "OBJECT ENCODING nokey => (nil)",
    ]);
}

#[test]
fn lcs_basic() {
    diff(&[
        "SET virus1{t} ohmytext => OK",
        "SET virus2{t} mynewtext => OK",
        "LCS virus1{t} virus2{t} => \"mytext\"",
        "LCS virus1{t} virus2{t} LEN => (integer) 6",
        "LCS virus1{t} virus2{t} IDX => [\"matches\", [[[(integer) 4, (integer) 7], [(integer) 5, (integer) 8]], [[(integer) 2, (integer) 3], [(integer) 0, (integer) 1]]], \"len\", (integer) 6]",
        "LCS virus1{t} virus2{t} IDX MINMATCHLEN 4 => [\"matches\", [[[(integer) 4, (integer) 7], [(integer) 5, (integer) 8]]], \"len\", (integer) 6]",
        "LCS virus1{t} virus2{t} IDX WITHMATCHLEN => [\"matches\", [[[(integer) 4, (integer) 7], [(integer) 5, (integer) 8], (integer) 4], [[(integer) 2, (integer) 3], [(integer) 0, (integer) 1], (integer) 2]], \"len\", (integer) 6]",
        "LCS virus1{t} virus2{t} IDX MINMATCHLEN 4 WITHMATCHLEN => [\"matches\", [[[(integer) 4, (integer) 7], [(integer) 5, (integer) 8], (integer) 4]], \"len\", (integer) 6]",
        "LCS virus1{t} virus2{t} IDX WITHMATCHLEN MINMATCHLEN 5 => [\"matches\", [], \"len\", (integer) 6]",
        "LCS virus1{t} virus2{t} idx minmatchlen 0 withmatchlen => [\"matches\", [[[(integer) 4, (integer) 7], [(integer) 5, (integer) 8], (integer) 4], [[(integer) 2, (integer) 3], [(integer) 0, (integer) 1], (integer) 2]], \"len\", (integer) 6]",
        "LCS virus1{t} virus2{t} MINMATCHLEN 4 => \"mytext\"",
        "LCS virus1{t} virus2{t} WITHMATCHLEN => \"mytext\"",
        "LCS virus1{t} virus2{t} IDX LEN => (error) ERR If you want both the length and indexes, please just use IDX.",
        "LCS virus1{t} virus2{t} LEN IDX => (error) ERR If you want both the length and indexes, please just use IDX.",
        "LCS virus1{t} virus2{t} IDX MINMATCHLEN => (error) ERR syntax error",
        "LCS virus1{t} virus2{t} IDX MINMATCHLEN abc => (error) ERR value is not an integer or out of range",
        "LCS virus1{t} virus2{t} IDX MINMATCHLEN -1 => [\"matches\", [[[(integer) 4, (integer) 7], [(integer) 5, (integer) 8]], [[(integer) 2, (integer) 3], [(integer) 0, (integer) 1]]], \"len\", (integer) 6]",
        "LCS virus1{t} virus2{t} FOO => (error) ERR syntax error",
        "LCS virus1{t} nokey{t} => \"\"",
        "LCS nokey{t} nokey2{t} LEN => (integer) 0",
        "LCS nokey{t} nokey2{t} IDX => [\"matches\", [], \"len\", (integer) 0]",
        "LCS virus1{t} virus1{t} => \"ohmytext\"",
        "LCS virus1{t} => (error) ERR wrong number of arguments for 'lcs' command",
        "LCS => (error) ERR wrong number of arguments for 'lcs' command",
    ]);
}

#[test]
fn lcs_longer_strings() {
    diff(&[
        "SET a{t} \"ACCGGTCGAGTGCGCGGAAGCCGGCCGAA\" => OK",
        "SET b{t} \"GTCGTTCGGAATGCCGTTGCTCTGTAAA\" => OK",
        "LCS a{t} b{t} => \"GTCGTCGGAAGCCGGCCGAA\"",
        "LCS a{t} b{t} LEN => (integer) 20",
        "LCS a{t} b{t} IDX => [\"matches\", [[[(integer) 27, (integer) 28], [(integer) 26, (integer) 27]], [[(integer) 26, (integer) 26], [(integer) 23, (integer) 23]], [[(integer) 25, (integer) 25], [(integer) 21, (integer) 21]], [[(integer) 23, (integer) 24], [(integer) 18, (integer) 19]], [[(integer) 19, (integer) 22], [(integer) 12, (integer) 15]], [[(integer) 14, (integer) 18], [(integer) 6, (integer) 10]], [[(integer) 9, (integer) 10], [(integer) 3, (integer) 4]], [[(integer) 4, (integer) 6], [(integer) 0, (integer) 2]]], \"len\", (integer) 20]",
        "LCS a{t} b{t} IDX MINMATCHLEN 3 WITHMATCHLEN => [\"matches\", [[[(integer) 19, (integer) 22], [(integer) 12, (integer) 15], (integer) 4], [[(integer) 14, (integer) 18], [(integer) 6, (integer) 10], (integer) 5], [[(integer) 4, (integer) 6], [(integer) 0, (integer) 2], (integer) 3]], \"len\", (integer) 20]",
        "SET c{t} 12345 => OK",
        "SET d{t} 2468 => OK",
        "LCS c{t} d{t} IDX WITHMATCHLEN => [\"matches\", [[[(integer) 3, (integer) 3], [(integer) 1, (integer) 1], (integer) 1], [[(integer) 1, (integer) 1], [(integer) 0, (integer) 0], (integer) 1]], \"len\", (integer) 2]",
        "SET e{t} \"\" => OK",
        "LCS c{t} e{t} IDX => [\"matches\", [], \"len\", (integer) 0]",
        "LCS e{t} e{t} => \"\"",
    ]);
}

#[test]
fn very_big_payload_in_get_set() {
    let big: Vec<u8> = (0..1_048_576u32).map(|i| (i * 7 % 251) as u8).collect();
    let text = vec![b'x'; 300_000];
    Script::new()
        .args(0, &[b"SET".as_slice(), b"big", &big], Cmp::Exact)
        .expect("OK")
        .line("GET big")
        .line("STRLEN big => (integer) 1048576")
        .line("GETRANGE big 1000 1100")
        .line("GETRANGE big -100 -1")
        .line("OBJECT ENCODING big => \"raw\"")
        .args(0, &[b"APPEND".as_slice(), b"big", &text], Cmp::Exact)
        .expect("(integer) 1348576")
        .line("GETRANGE big 1048570 1048580")
        .line("SETRANGE big 2000000 end => (integer) 2000003")
        .line("GETRANGE big 1999990 -1")
        .line("STRLEN big => (integer) 2000003")
        .line("GETDEL big")
        .line("EXISTS big => (integer) 0")
        .run();
}

#[test]
fn binary_safe_keys_and_values() {
    Script::new()
        .line(r#"SET "\x00\x01\xff" "\r\n\x00bin\xfe" => OK"#)
        .line(r#"GET "\x00\x01\xff" => "\r\n\x00bin\xfe""#)
        .line(r#"STRLEN "\x00\x01\xff" => (integer) 7"#)
        .line(r#"APPEND "\x00\x01\xff" "\x00" => (integer) 8"#)
        .line(r#"MGET "\x00\x01\xff" "\x00" => ["\r\n\x00bin\xfe\x00", (nil)]"#)
        .line(r#"SET "" empty-key => OK"#)
        .line(r#"GET "" => "empty-key""#)
        .line(r#"SET "key with spaces" "value with spaces" => OK"#)
        .line(r#"GET "key with spaces" => "value with spaces""#)
        .run();
}

#[test]
fn set_10000_numeric_keys_and_access_all_them_in_reverse_order() {
    let mut i = 0u32;
    diff_random(0, 20_002, move |_| {
        i += 1;
        match i {
            1..=10_000 => {
                let n = (i - 1).to_string();
                RCmd::new(&["SET", &n, &n])
            }
            10_001..=20_000 => {
                let n = (20_000 - i).to_string();
                RCmd::new(&["GET", &n])
            }
            20_001 => RCmd::new(&["DBSIZE"]),
            _ => RCmd::new(&["MGET", "0", "9999", "10000"]),
        }
    });
}

#[test]
fn commands_are_case_insensitive() {
    diff(&[
        "set foo bar => OK",
        "GeT foo => \"bar\"",
        "sEt foo baz xX gEt => \"bar\"",
        "gEt => (error) ERR wrong number of arguments for 'get' command",
        "InCrByFlOaT n 1.5 => \"1.5\"",
        "incrbyfloat => (error) ERR wrong number of arguments for 'incrbyfloat' command",
    ]);
}

#[test]
fn wrong_arity_errors_for_every_string_command() {
    diff(&[
        "GET => (error) ERR wrong number of arguments for 'get' command",
        "GET a b => (error) ERR wrong number of arguments for 'get' command",
        "SET a => (error) ERR wrong number of arguments for 'set' command",
        "SETNX a => (error) ERR wrong number of arguments for 'setnx' command",
        "SETEX a 10 => (error) ERR wrong number of arguments for 'setex' command",
        "PSETEX a 10 => (error) ERR wrong number of arguments for 'psetex' command",
        "GETSET a => (error) ERR wrong number of arguments for 'getset' command",
        "GETSET a b c => (error) ERR wrong number of arguments for 'getset' command",
        "GETDEL => (error) ERR wrong number of arguments for 'getdel' command",
        "GETEX => (error) ERR wrong number of arguments for 'getex' command",
        "MGET => (error) ERR wrong number of arguments for 'mget' command",
        "MSET a => (error) ERR wrong number of arguments for 'mset' command",
        "MSET a 1 b => (error) ERR wrong number of arguments for 'mset' command",
        "MSETNX a => (error) ERR wrong number of arguments for 'msetnx' command",
        "APPEND a => (error) ERR wrong number of arguments for 'append' command",
        "STRLEN => (error) ERR wrong number of arguments for 'strlen' command",
        "GETRANGE a 0 => (error) ERR wrong number of arguments for 'getrange' command",
        "SETRANGE a 0 => (error) ERR wrong number of arguments for 'setrange' command",
        "SUBSTR a 0 => (error) ERR wrong number of arguments for 'substr' command",
        "INCR => (error) ERR wrong number of arguments for 'incr' command",
        "DECR a b => (error) ERR wrong number of arguments for 'decr' command",
        "INCRBY a => (error) ERR wrong number of arguments for 'incrby' command",
        "DECRBY a => (error) ERR wrong number of arguments for 'decrby' command",
        "INCRBYFLOAT a => (error) ERR wrong number of arguments for 'incrbyfloat' command",
        "LCS a => (error) ERR wrong number of arguments for 'lcs' command",
        "DBSIZE => (integer) 0",
    ]);
}

#[test]
fn string_commands_wrongtype() {
    diff(&[
        "LPUSH mylist a => (integer) 1",
        "HSET myhash f v => (integer) 1",
        "GET mylist => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "GET myhash => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "SET mylist v GET => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "LLEN mylist => (integer) 1",
        "SET mylist v NX => (nil)",
        "SETNX mylist v => (integer) 0",
        "GETSET mylist v => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "GETDEL mylist => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "GETEX mylist => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "GETEX mylist PERSIST => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "MGET mylist myhash nokey => [(nil), (nil), (nil)]",
        "MSETNX mylist x other y => (integer) 0",
        "APPEND mylist x => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "STRLEN mylist => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "GETRANGE mylist 0 -1 => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "SUBSTR mylist 0 -1 => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "SETRANGE mylist 0 x => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "SETRANGE mylist 0 \"\" => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "INCR mylist => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "DECR mylist => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "INCRBY mylist 1 => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "DECRBY mylist 1 => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "INCRBYFLOAT mylist 1 => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "INCRBY mylist abc => (error) ERR value is not an integer or out of range",
        "SET str hello => OK",
        "LCS mylist str => (error) ERR The specified keys must contain string values",
        "LCS str myhash LEN => (error) ERR The specified keys must contain string values",
        "TYPE mylist => list",
        "SET mylist v => OK",
        "TYPE mylist => string",
        "GETSET myhash x => (error) WRONGTYPE Operation against a key holding the wrong kind of value",
        "MSET myhash x => OK",
        "GET myhash => \"x\"",
    ]);
}

// ---------------------------------------------------------------------------
// Randomized differential testing of string commands.
// ---------------------------------------------------------------------------

fn rkey(rng: &mut Rng) -> Vec<u8> {
    format!("k{}", rng.below(20)).into_bytes()
}

fn small_int(rng: &mut Rng) -> Vec<u8> {
    match rng.below(6) {
        0 => i64::MAX.to_string(),
        1 => i64::MIN.to_string(),
        2 => (i64::MAX - rng.range(0, 3)).to_string(),
        3 => "abc".to_string(),
        _ => rng.range(-1000, 1000).to_string(),
    }
    .into_bytes()
}

fn random_string_command(rng: &mut Rng) -> RCmd {
    let k = rkey(rng);
    let v = random_value(rng);
    let b = |s: &str| s.as_bytes().to_vec();
    let num = |n: i64| n.to_string().into_bytes();
    let mut args: Vec<Vec<u8>>;
    let mut cmp = Cmp::Exact;
    match rng.below(30) {
        0..=3 => {
            args = vec![b("SET"), k, v];
            for _ in 0..rng.below(3) {
                match rng.below(10) {
                    0 => args.push(b("NX")),
                    1 => args.push(b("XX")),
                    2 => args.push(b("GET")),
                    3 => args.extend([b("EX"), num(rng.range(100, 10_000))]),
                    4 => args.extend([b("PX"), num(rng.range(100_000, 10_000_000))]),
                    5 => args.extend([b("EXAT"), b("32503680000")]),
                    // (not PXAT in the past: redis keeps such a key until it is
                    // touched or actively expired, so DBSIZE would be racy)
                    6 => args.extend([b("PXAT"), b("32503680000000")]),
                    7 => args.push(b("KEEPTTL")),
                    8 => args.extend([b("EX"), b(rng.pick(&["0", "-1", "x", "1.5"]))]),
                    _ => args.push(b("BADOPT")),
                }
            }
        }
        4 => args = vec![b("GET"), k],
        5 => args = vec![b("GETDEL"), k],
        6 => args = vec![b("GETSET"), k, v],
        7 => {
            args = vec![b("GETEX"), k];
            match rng.below(6) {
                0 => args.extend([b("EX"), num(rng.range(100, 10_000))]),
                1 => args.extend([b("PX"), num(rng.range(100_000, 10_000_000))]),
                2 => args.push(b("PERSIST")),
                3 => args.extend([b("EXAT"), b("1")]),
                4 => args.extend([b("EX"), b("0")]),
                _ => {}
            }
        }
        8 => args = vec![b("SETNX"), k, v],
        9 => {
            let ttl = if rng.chance(80) {
                num(rng.range(100, 10_000))
            } else {
                b(rng.pick(&["0", "-5", "x"]))
            };
            args = vec![b(rng.pick(&["SETEX", "PSETEX"])), k, ttl, v];
            if args[0] == b"PSETEX" && rng.chance(80) {
                args[2] = num(rng.range(100_000, 10_000_000));
            }
        }
        10 | 11 => {
            args = vec![b("MGET")];
            for _ in 0..1 + rng.below(5) {
                args.push(rkey(rng));
            }
        }
        12 => {
            args = vec![b(rng.pick(&["MSET", "MSETNX"]))];
            for _ in 0..1 + rng.below(4) {
                args.push(rkey(rng));
                args.push(random_value(rng));
            }
            if rng.chance(5) {
                args.pop();
            }
        }
        13 | 14 => args = vec![b("APPEND"), k, v],
        15 => args = vec![b("STRLEN"), k],
        16 => {
            args = vec![
                b(rng.pick(&["GETRANGE", "SUBSTR"])),
                k,
                num(rng.range(-20, 20)),
                num(rng.range(-20, 20)),
            ]
        }
        17 => {
            let off = if rng.chance(90) {
                num(rng.range(0, 30))
            } else {
                b(rng.pick(&["-1", "536870912", "x"]))
            };
            args = vec![b("SETRANGE"), k, off, v];
        }
        18 | 19 => args = vec![b(rng.pick(&["INCR", "DECR"])), k],
        20 | 21 => args = vec![b(rng.pick(&["INCRBY", "DECRBY"])), k, small_int(rng)],
        22 | 23 => {
            let inc = rng.pick(&[
                "0.1", "0.2", "-0.3", "1.5", "1e3", "-1e3", "3.0e-2", "10.50", "0x10", "inf",
                "abc", "7", "-7", "1e308",
            ]);
            args = vec![b("INCRBYFLOAT"), k, b(inc)];
        }
        24 => {
            args = vec![b("LCS"), k, rkey(rng)];
            match rng.below(4) {
                0 => args.push(b("LEN")),
                1 => args.push(b("IDX")),
                2 => args.extend([
                    b("IDX"),
                    b("MINMATCHLEN"),
                    num(rng.range(0, 4)),
                    b("WITHMATCHLEN"),
                ]),
                _ => {}
            }
        }
        25 => args = vec![b(rng.pick(&["DEL", "EXISTS"])), k, rkey(rng)],
        26 => {
            args = vec![
                b(rng.pick(&["TTL", "PTTL", "EXPIRETIME", "PEXPIRETIME"])),
                k,
            ];
            cmp = Cmp::Approx(if args[0][0] == b'P' { 1000 } else { 1 });
        }
        27 => args = vec![b("OBJECT"), b("ENCODING"), k],
        28 => args = vec![b("TYPE"), k],
        _ => args = vec![b("DBSIZE")],
    }
    RCmd { args, cmp }
}

#[test]
fn randomized_string_commands_seed_1() {
    diff_random(1, 5000, random_string_command);
}

#[test]
fn randomized_string_commands_seed_2() {
    diff_random(2, 5000, random_string_command);
}
