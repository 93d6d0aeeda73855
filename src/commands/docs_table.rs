// Redis 7.0.15's command reference as data (summaries, arguments, ACL categories, tips, key
// specs): what COMMAND DOCS / COMMAND INFO must report byte for byte. Transcribed from the
// reference once; edit an entry when Redis's reply for that command is seen to differ.
#[rustfmt::skip]
pub static DOCS: &[Doc] = &[
    Doc {
        name: "acl",
        summary: "A container for Access List Control commands ",
        since: "6.0.0",
        group: "server",
        complexity: "Depends on subcommand.",
        ..Doc::DEFAULT
    },
    Doc {
        name: "acl|cat",
        summary: "List the ACL categories or the commands inside a category",
        since: "6.0.0",
        group: "server",
        complexity: "O(1) since the categories and commands are a fixed set.",
        args: &[
            Arg { name: "categoryname", typ: "string", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "acl|deluser",
        summary: "Remove the specified ACL users and the associated rules",
        since: "6.0.0",
        group: "server",
        complexity: "O(1) amortized time considering the typical user.",
        args: &[
            Arg { name: "username", typ: "string", flags: argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "acl|dryrun",
        summary: "Returns whether the user can execute the given command without executing the command.",
        since: "7.0.0",
        group: "server",
        complexity: "O(1).",
        args: &[
            Arg { name: "username", typ: "string", ..Arg::DEFAULT },
            Arg { name: "command", typ: "string", ..Arg::DEFAULT },
            Arg { name: "arg", typ: "string", flags: argflag::OPTIONAL | argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "acl|genpass",
        summary: "Generate a pseudorandom secure password to use for ACL users",
        since: "6.0.0",
        group: "server",
        complexity: "O(1)",
        args: &[
            Arg { name: "bits", typ: "integer", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "acl|getuser",
        summary: "Get the rules for a specific ACL user",
        since: "6.0.0",
        group: "server",
        complexity: "O(N). Where N is the number of password, command and pattern rules that the user has.",
        history: &[("6.2.0", "Added Pub/Sub channel patterns."), ("7.0.0", "Added selectors and changed the format of key and channel patterns from a list to their rule representation.")],
        args: &[
            Arg { name: "username", typ: "string", ..Arg::DEFAULT },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "acl|help",
        summary: "Show helpful text about the different subcommands",
        since: "6.0.0",
        group: "server",
        complexity: "O(1)",
        ..Doc::DEFAULT
    },
    Doc {
        name: "acl|list",
        summary: "List the current ACL rules in ACL config file format",
        since: "6.0.0",
        group: "server",
        complexity: "O(N). Where N is the number of configured users.",
        ..Doc::DEFAULT
    },
    Doc {
        name: "acl|load",
        summary: "Reload the ACLs from the configured ACL file",
        since: "6.0.0",
        group: "server",
        complexity: "O(N). Where N is the number of configured users.",
        ..Doc::DEFAULT
    },
    Doc {
        name: "acl|log",
        summary: "List latest events denied because of ACLs in place",
        since: "6.0.0",
        group: "server",
        complexity: "O(N) with N being the number of entries shown.",
        args: &[
            Arg { name: "operation", typ: "oneof", flags: argflag::OPTIONAL, args: &[
                Arg { name: "count", typ: "integer", ..Arg::DEFAULT },
                Arg { name: "reset", typ: "pure-token", token: "RESET", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "acl|save",
        summary: "Save the current ACL rules in the configured ACL file",
        since: "6.0.0",
        group: "server",
        complexity: "O(N). Where N is the number of configured users.",
        ..Doc::DEFAULT
    },
    Doc {
        name: "acl|setuser",
        summary: "Modify or create the rules for a specific ACL user",
        since: "6.0.0",
        group: "server",
        complexity: "O(N). Where N is the number of rules provided.",
        history: &[("6.2.0", "Added Pub/Sub channel patterns."), ("7.0.0", "Added selectors and key based permissions.")],
        args: &[
            Arg { name: "username", typ: "string", ..Arg::DEFAULT },
            Arg { name: "rule", typ: "string", flags: argflag::OPTIONAL | argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "acl|users",
        summary: "List the username of all the configured ACL rules",
        since: "6.0.0",
        group: "server",
        complexity: "O(N). Where N is the number of configured users.",
        ..Doc::DEFAULT
    },
    Doc {
        name: "acl|whoami",
        summary: "Return the name of the user associated to the current connection",
        since: "6.0.0",
        group: "server",
        complexity: "O(1)",
        ..Doc::DEFAULT
    },
    Doc {
        name: "append",
        summary: "Append a value to a key",
        since: "2.0.0",
        group: "string",
        complexity: "O(1). The amortized time complexity is O(1) assuming the appended value is small and the already present value is of any size, since the dynamic string library used by Redis will double the free space available on every reallocation.",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "value", typ: "string", ..Arg::DEFAULT },
        ],
        acl: acl::STRING,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::INSERT, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "asking",
        summary: "Sent by cluster clients after an -ASK redirect",
        since: "3.0.0",
        group: "cluster",
        complexity: "O(1)",
        acl: acl::CONNECTION,
        ..Doc::DEFAULT
    },
    Doc {
        name: "auth",
        summary: "Authenticate to the server",
        since: "1.0.0",
        group: "connection",
        complexity: "O(N) where N is the number of passwords defined for the user",
        history: &[("6.0.0", "Added ACL style (username and password).")],
        args: &[
            Arg { name: "username", typ: "string", since: "6.0.0", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "password", typ: "string", ..Arg::DEFAULT },
        ],
        acl: acl::CONNECTION,
        ..Doc::DEFAULT
    },
    Doc {
        name: "bgrewriteaof",
        summary: "Asynchronously rewrite the append-only file",
        since: "1.0.0",
        group: "server",
        complexity: "O(1)",
        ..Doc::DEFAULT
    },
    Doc {
        name: "bgsave",
        summary: "Asynchronously save the dataset to disk",
        since: "1.0.0",
        group: "server",
        complexity: "O(1)",
        history: &[("3.2.2", "Added the `SCHEDULE` option.")],
        args: &[
            Arg { name: "schedule", typ: "pure-token", token: "SCHEDULE", since: "3.2.2", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "bitcount",
        summary: "Count set bits in a string",
        since: "2.6.0",
        group: "bitmap",
        complexity: "O(N)",
        history: &[("7.0.0", "Added the `BYTE|BIT` option.")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "index", typ: "block", flags: argflag::OPTIONAL, args: &[
                Arg { name: "start", typ: "integer", ..Arg::DEFAULT },
                Arg { name: "end", typ: "integer", ..Arg::DEFAULT },
                Arg { name: "index_unit", typ: "oneof", since: "7.0.0", flags: argflag::OPTIONAL, args: &[
                    Arg { name: "byte", typ: "pure-token", token: "BYTE", ..Arg::DEFAULT },
                    Arg { name: "bit", typ: "pure-token", token: "BIT", ..Arg::DEFAULT },
                ], ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::BITMAP,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "bitfield",
        summary: "Perform arbitrary bitfield integer operations on strings",
        since: "3.2.0",
        group: "bitmap",
        complexity: "O(1) for each subcommand specified",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "operation", typ: "oneof", flags: argflag::OPTIONAL | argflag::MULTIPLE, args: &[
                Arg { name: "encoding_offset", typ: "block", token: "GET", args: &[
                    Arg { name: "encoding", typ: "string", ..Arg::DEFAULT },
                    Arg { name: "offset", typ: "integer", ..Arg::DEFAULT },
                ], ..Arg::DEFAULT },
                Arg { name: "write", typ: "block", args: &[
                    Arg { name: "wrap_sat_fail", typ: "oneof", token: "OVERFLOW", flags: argflag::OPTIONAL, args: &[
                        Arg { name: "wrap", typ: "pure-token", token: "WRAP", ..Arg::DEFAULT },
                        Arg { name: "sat", typ: "pure-token", token: "SAT", ..Arg::DEFAULT },
                        Arg { name: "fail", typ: "pure-token", token: "FAIL", ..Arg::DEFAULT },
                    ], ..Arg::DEFAULT },
                    Arg { name: "write_operation", typ: "oneof", args: &[
                        Arg { name: "encoding_offset_value", typ: "block", token: "SET", args: &[
                            Arg { name: "encoding", typ: "string", ..Arg::DEFAULT },
                            Arg { name: "offset", typ: "integer", ..Arg::DEFAULT },
                            Arg { name: "value", typ: "integer", ..Arg::DEFAULT },
                        ], ..Arg::DEFAULT },
                        Arg { name: "encoding_offset_increment", typ: "block", token: "INCRBY", args: &[
                            Arg { name: "encoding", typ: "string", ..Arg::DEFAULT },
                            Arg { name: "offset", typ: "integer", ..Arg::DEFAULT },
                            Arg { name: "increment", typ: "integer", ..Arg::DEFAULT },
                        ], ..Arg::DEFAULT },
                    ], ..Arg::DEFAULT },
                ], ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::BITMAP,
        key_specs: &[
            KeySpec { notes: "This command allows both access and modification of the key", flags: keyflag::RW | keyflag::UPDATE | keyflag::ACCESS | keyflag::VARIABLE_FLAGS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "bitfield_ro",
        summary: "Perform arbitrary bitfield integer operations on strings. Read-only variant of BITFIELD",
        since: "6.0.0",
        group: "bitmap",
        complexity: "O(1) for each subcommand specified",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "encoding_offset", typ: "block", token: "GET", flags: argflag::OPTIONAL | argflag::MULTIPLE | argflag::MULTIPLE_TOKEN, args: &[
                Arg { name: "encoding", typ: "string", ..Arg::DEFAULT },
                Arg { name: "offset", typ: "integer", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::BITMAP,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "bitop",
        summary: "Perform bitwise operations between strings",
        since: "2.6.0",
        group: "bitmap",
        complexity: "O(N)",
        args: &[
            Arg { name: "operation", typ: "string", ..Arg::DEFAULT },
            Arg { name: "destkey", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "key", typ: "key", key_spec_index: 1, flags: argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        acl: acl::BITMAP,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::OW | keyflag::UPDATE, begin_search: BeginSearch::Index(2), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(3), find_keys: FindKeys::Range { lastkey: -1, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "bitpos",
        summary: "Find first bit set or clear in a string",
        since: "2.8.7",
        group: "bitmap",
        complexity: "O(N)",
        history: &[("7.0.0", "Added the `BYTE|BIT` option.")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "bit", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "index", typ: "block", flags: argflag::OPTIONAL, args: &[
                Arg { name: "start", typ: "integer", ..Arg::DEFAULT },
                Arg { name: "end_index", typ: "block", flags: argflag::OPTIONAL, args: &[
                    Arg { name: "end", typ: "integer", ..Arg::DEFAULT },
                    Arg { name: "index_unit", typ: "oneof", since: "7.0.0", flags: argflag::OPTIONAL, args: &[
                        Arg { name: "byte", typ: "pure-token", token: "BYTE", ..Arg::DEFAULT },
                        Arg { name: "bit", typ: "pure-token", token: "BIT", ..Arg::DEFAULT },
                    ], ..Arg::DEFAULT },
                ], ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::BITMAP,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "blmove",
        summary: "Pop an element from a list, push it to another list and return it; or block until one is available",
        since: "6.2.0",
        group: "list",
        complexity: "O(1)",
        args: &[
            Arg { name: "source", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "destination", typ: "key", key_spec_index: 1, ..Arg::DEFAULT },
            Arg { name: "wherefrom", typ: "oneof", args: &[
                Arg { name: "left", typ: "pure-token", token: "LEFT", ..Arg::DEFAULT },
                Arg { name: "right", typ: "pure-token", token: "RIGHT", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "whereto", typ: "oneof", args: &[
                Arg { name: "left", typ: "pure-token", token: "LEFT", ..Arg::DEFAULT },
                Arg { name: "right", typ: "pure-token", token: "RIGHT", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "timeout", typ: "double", ..Arg::DEFAULT },
        ],
        acl: acl::LIST,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::ACCESS | keyflag::DELETE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
            KeySpec { notes: "", flags: keyflag::RW | keyflag::INSERT, begin_search: BeginSearch::Index(2), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "blmpop",
        summary: "Pop elements from a list, or block until one is available",
        since: "7.0.0",
        group: "list",
        complexity: "O(N+M) where N is the number of provided keys and M is the number of elements returned.",
        args: &[
            Arg { name: "timeout", typ: "double", ..Arg::DEFAULT },
            Arg { name: "numkeys", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "key", typ: "key", key_spec_index: 0, flags: argflag::MULTIPLE, ..Arg::DEFAULT },
            Arg { name: "where", typ: "oneof", args: &[
                Arg { name: "left", typ: "pure-token", token: "LEFT", ..Arg::DEFAULT },
                Arg { name: "right", typ: "pure-token", token: "RIGHT", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "count", typ: "integer", token: "COUNT", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        acl: acl::LIST,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::ACCESS | keyflag::DELETE, begin_search: BeginSearch::Index(2), find_keys: FindKeys::Keynum { keynumidx: 0, firstkey: 1, keystep: 1 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "blpop",
        summary: "Remove and get the first element in a list, or block until one is available",
        since: "2.0.0",
        group: "list",
        complexity: "O(N) where N is the number of provided keys.",
        history: &[("6.0.0", "`timeout` is interpreted as a double instead of an integer.")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, flags: argflag::MULTIPLE, ..Arg::DEFAULT },
            Arg { name: "timeout", typ: "double", ..Arg::DEFAULT },
        ],
        acl: acl::LIST,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::ACCESS | keyflag::DELETE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: -2, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "brpop",
        summary: "Remove and get the last element in a list, or block until one is available",
        since: "2.0.0",
        group: "list",
        complexity: "O(N) where N is the number of provided keys.",
        history: &[("6.0.0", "`timeout` is interpreted as a double instead of an integer.")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, flags: argflag::MULTIPLE, ..Arg::DEFAULT },
            Arg { name: "timeout", typ: "double", ..Arg::DEFAULT },
        ],
        acl: acl::LIST,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::ACCESS | keyflag::DELETE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: -2, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "brpoplpush",
        summary: "Pop an element from a list, push it to another list and return it; or block until one is available",
        since: "2.2.0",
        group: "list",
        complexity: "O(1)",
        doc_flags: docflag::DEPRECATED,
        deprecated_since: "6.2.0",
        replaced_by: "`BLMOVE` with the `RIGHT` and `LEFT` arguments",
        history: &[("6.0.0", "`timeout` is interpreted as a double instead of an integer.")],
        args: &[
            Arg { name: "source", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "destination", typ: "key", key_spec_index: 1, ..Arg::DEFAULT },
            Arg { name: "timeout", typ: "double", ..Arg::DEFAULT },
        ],
        acl: acl::LIST,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::ACCESS | keyflag::DELETE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
            KeySpec { notes: "", flags: keyflag::RW | keyflag::INSERT, begin_search: BeginSearch::Index(2), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "bzmpop",
        summary: "Remove and return members with scores in a sorted set or block until one is available",
        since: "7.0.0",
        group: "sorted-set",
        complexity: "O(K) + O(M*log(N)) where K is the number of provided keys, N being the number of elements in the sorted set, and M being the number of elements popped.",
        args: &[
            Arg { name: "timeout", typ: "double", ..Arg::DEFAULT },
            Arg { name: "numkeys", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "key", typ: "key", key_spec_index: 0, flags: argflag::MULTIPLE, ..Arg::DEFAULT },
            Arg { name: "where", typ: "oneof", args: &[
                Arg { name: "min", typ: "pure-token", token: "MIN", ..Arg::DEFAULT },
                Arg { name: "max", typ: "pure-token", token: "MAX", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "count", typ: "integer", token: "COUNT", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        acl: acl::SORTEDSET,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::ACCESS | keyflag::DELETE, begin_search: BeginSearch::Index(2), find_keys: FindKeys::Keynum { keynumidx: 0, firstkey: 1, keystep: 1 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "bzpopmax",
        summary: "Remove and return the member with the highest score from one or more sorted sets, or block until one is available",
        since: "5.0.0",
        group: "sorted-set",
        complexity: "O(log(N)) with N being the number of elements in the sorted set.",
        history: &[("6.0.0", "`timeout` is interpreted as a double instead of an integer.")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, flags: argflag::MULTIPLE, ..Arg::DEFAULT },
            Arg { name: "timeout", typ: "double", ..Arg::DEFAULT },
        ],
        acl: acl::SORTEDSET,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::ACCESS | keyflag::DELETE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: -2, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "bzpopmin",
        summary: "Remove and return the member with the lowest score from one or more sorted sets, or block until one is available",
        since: "5.0.0",
        group: "sorted-set",
        complexity: "O(log(N)) with N being the number of elements in the sorted set.",
        history: &[("6.0.0", "`timeout` is interpreted as a double instead of an integer.")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, flags: argflag::MULTIPLE, ..Arg::DEFAULT },
            Arg { name: "timeout", typ: "double", ..Arg::DEFAULT },
        ],
        acl: acl::SORTEDSET,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::ACCESS | keyflag::DELETE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: -2, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "client",
        summary: "A container for client connection commands",
        since: "2.4.0",
        group: "connection",
        complexity: "Depends on subcommand.",
        ..Doc::DEFAULT
    },
    Doc {
        name: "client|caching",
        summary: "Instruct the server about tracking or not keys in the next request",
        since: "6.0.0",
        group: "connection",
        complexity: "O(1)",
        args: &[
            Arg { name: "mode", typ: "oneof", args: &[
                Arg { name: "yes", typ: "pure-token", token: "YES", ..Arg::DEFAULT },
                Arg { name: "no", typ: "pure-token", token: "NO", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::CONNECTION,
        ..Doc::DEFAULT
    },
    Doc {
        name: "client|getname",
        summary: "Get the current connection name",
        since: "2.6.9",
        group: "connection",
        complexity: "O(1)",
        acl: acl::CONNECTION,
        ..Doc::DEFAULT
    },
    Doc {
        name: "client|getredir",
        summary: "Get tracking notifications redirection client ID if any",
        since: "6.0.0",
        group: "connection",
        complexity: "O(1)",
        acl: acl::CONNECTION,
        ..Doc::DEFAULT
    },
    Doc {
        name: "client|help",
        summary: "Show helpful text about the different subcommands",
        since: "5.0.0",
        group: "connection",
        complexity: "O(1)",
        acl: acl::CONNECTION,
        ..Doc::DEFAULT
    },
    Doc {
        name: "client|id",
        summary: "Returns the client ID for the current connection",
        since: "5.0.0",
        group: "connection",
        complexity: "O(1)",
        acl: acl::CONNECTION,
        ..Doc::DEFAULT
    },
    Doc {
        name: "client|info",
        summary: "Returns information about the current client connection.",
        since: "6.2.0",
        group: "connection",
        complexity: "O(1)",
        acl: acl::CONNECTION,
        tips: &["nondeterministic_output"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "client|kill",
        summary: "Kill the connection of a client",
        since: "2.4.0",
        group: "connection",
        complexity: "O(N) where N is the number of client connections",
        history: &[("2.8.12", "Added new filter format."), ("2.8.12", "`ID` option."), ("3.2.0", "Added `master` type in for `TYPE` option."), ("5.0.0", "Replaced `slave` `TYPE` with `replica`. `slave` still supported for backward compatibility."), ("6.2.0", "`LADDR` option.")],
        args: &[
            Arg { name: "filter", typ: "oneof", args: &[
                Arg { name: "ip:port", typ: "string", deprecated_since: "2.8.12", ..Arg::DEFAULT },
                Arg { name: "new-format", typ: "oneof", flags: argflag::MULTIPLE, args: &[
                    Arg { name: "client-id", typ: "integer", token: "ID", since: "2.8.12", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
                    Arg { name: "normal_master_slave_pubsub", typ: "oneof", token: "TYPE", since: "2.8.12", flags: argflag::OPTIONAL, args: &[
                        Arg { name: "normal", typ: "pure-token", token: "NORMAL", ..Arg::DEFAULT },
                        Arg { name: "master", typ: "pure-token", token: "MASTER", since: "3.2.0", ..Arg::DEFAULT },
                        Arg { name: "slave", typ: "pure-token", token: "SLAVE", ..Arg::DEFAULT },
                        Arg { name: "replica", typ: "pure-token", token: "REPLICA", since: "5.0.0", ..Arg::DEFAULT },
                        Arg { name: "pubsub", typ: "pure-token", token: "PUBSUB", ..Arg::DEFAULT },
                    ], ..Arg::DEFAULT },
                    Arg { name: "username", typ: "string", token: "USER", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
                    Arg { name: "ip:port", typ: "string", token: "ADDR", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
                    Arg { name: "ip:port", typ: "string", token: "LADDR", since: "6.2.0", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
                    Arg { name: "yes/no", typ: "string", token: "SKIPME", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
                ], ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::CONNECTION,
        ..Doc::DEFAULT
    },
    Doc {
        name: "client|list",
        summary: "Get the list of client connections",
        since: "2.4.0",
        group: "connection",
        complexity: "O(N) where N is the number of client connections",
        history: &[("2.8.12", "Added unique client `id` field."), ("5.0.0", "Added optional `TYPE` filter."), ("6.0.0", "Added `user` field."), ("6.2.0", "Added `argv-mem`, `tot-mem`, `laddr` and `redir` fields and the optional `ID` filter."), ("7.0.0", "Added `resp`, `multi-mem`, `rbs` and `rbp` fields."), ("7.0.3", "Added `ssub` field.")],
        args: &[
            Arg { name: "normal_master_replica_pubsub", typ: "oneof", token: "TYPE", since: "5.0.0", flags: argflag::OPTIONAL, args: &[
                Arg { name: "normal", typ: "pure-token", token: "NORMAL", ..Arg::DEFAULT },
                Arg { name: "master", typ: "pure-token", token: "MASTER", ..Arg::DEFAULT },
                Arg { name: "replica", typ: "pure-token", token: "REPLICA", ..Arg::DEFAULT },
                Arg { name: "pubsub", typ: "pure-token", token: "PUBSUB", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "id", typ: "block", token: "ID", since: "6.2.0", flags: argflag::OPTIONAL, args: &[
                Arg { name: "client-id", typ: "integer", flags: argflag::MULTIPLE, ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::CONNECTION,
        tips: &["nondeterministic_output"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "client|no-evict",
        summary: "Set client eviction mode for the current connection",
        since: "7.0.0",
        group: "connection",
        complexity: "O(1)",
        args: &[
            Arg { name: "enabled", typ: "oneof", args: &[
                Arg { name: "on", typ: "pure-token", token: "ON", ..Arg::DEFAULT },
                Arg { name: "off", typ: "pure-token", token: "OFF", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::CONNECTION,
        ..Doc::DEFAULT
    },
    Doc {
        name: "client|pause",
        summary: "Stop processing commands from clients for some time",
        since: "2.9.50",
        group: "connection",
        complexity: "O(1)",
        history: &[("6.2.0", "`CLIENT PAUSE WRITE` mode added along with the `mode` option.")],
        args: &[
            Arg { name: "timeout", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "mode", typ: "oneof", since: "6.2.0", flags: argflag::OPTIONAL, args: &[
                Arg { name: "write", typ: "pure-token", token: "WRITE", ..Arg::DEFAULT },
                Arg { name: "all", typ: "pure-token", token: "ALL", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::CONNECTION,
        ..Doc::DEFAULT
    },
    Doc {
        name: "client|reply",
        summary: "Instruct the server whether to reply to commands",
        since: "3.2.0",
        group: "connection",
        complexity: "O(1)",
        args: &[
            Arg { name: "on_off_skip", typ: "oneof", args: &[
                Arg { name: "on", typ: "pure-token", token: "ON", ..Arg::DEFAULT },
                Arg { name: "off", typ: "pure-token", token: "OFF", ..Arg::DEFAULT },
                Arg { name: "skip", typ: "pure-token", token: "SKIP", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::CONNECTION,
        ..Doc::DEFAULT
    },
    Doc {
        name: "client|setname",
        summary: "Set the current connection name",
        since: "2.6.9",
        group: "connection",
        complexity: "O(1)",
        args: &[
            Arg { name: "connection-name", typ: "string", ..Arg::DEFAULT },
        ],
        acl: acl::CONNECTION,
        ..Doc::DEFAULT
    },
    Doc {
        name: "client|tracking",
        summary: "Enable or disable server assisted client side caching support",
        since: "6.0.0",
        group: "connection",
        complexity: "O(1). Some options may introduce additional complexity.",
        args: &[
            Arg { name: "status", typ: "oneof", args: &[
                Arg { name: "on", typ: "pure-token", token: "ON", ..Arg::DEFAULT },
                Arg { name: "off", typ: "pure-token", token: "OFF", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "client-id", typ: "integer", token: "REDIRECT", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "prefix", typ: "string", token: "PREFIX", flags: argflag::OPTIONAL | argflag::MULTIPLE | argflag::MULTIPLE_TOKEN, ..Arg::DEFAULT },
            Arg { name: "bcast", typ: "pure-token", token: "BCAST", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "optin", typ: "pure-token", token: "OPTIN", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "optout", typ: "pure-token", token: "OPTOUT", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "noloop", typ: "pure-token", token: "NOLOOP", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        acl: acl::CONNECTION,
        ..Doc::DEFAULT
    },
    Doc {
        name: "client|trackinginfo",
        summary: "Return information about server assisted client side caching for the current connection",
        since: "6.2.0",
        group: "connection",
        complexity: "O(1)",
        acl: acl::CONNECTION,
        ..Doc::DEFAULT
    },
    Doc {
        name: "client|unblock",
        summary: "Unblock a client blocked in a blocking command from a different connection",
        since: "5.0.0",
        group: "connection",
        complexity: "O(log N) where N is the number of client connections",
        args: &[
            Arg { name: "client-id", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "timeout_error", typ: "oneof", flags: argflag::OPTIONAL, args: &[
                Arg { name: "timeout", typ: "pure-token", token: "TIMEOUT", ..Arg::DEFAULT },
                Arg { name: "error", typ: "pure-token", token: "ERROR", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::CONNECTION,
        ..Doc::DEFAULT
    },
    Doc {
        name: "client|unpause",
        summary: "Resume processing of clients that were paused",
        since: "6.2.0",
        group: "connection",
        complexity: "O(N) Where N is the number of paused clients",
        acl: acl::CONNECTION,
        ..Doc::DEFAULT
    },
    Doc {
        name: "cluster",
        summary: "A container for cluster commands",
        since: "3.0.0",
        group: "cluster",
        complexity: "Depends on subcommand.",
        ..Doc::DEFAULT
    },
    Doc {
        name: "cluster|addslots",
        summary: "Assign new hash slots to receiving node",
        since: "3.0.0",
        group: "cluster",
        complexity: "O(N) where N is the total number of hash slot arguments",
        args: &[
            Arg { name: "slot", typ: "integer", flags: argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "cluster|addslotsrange",
        summary: "Assign new hash slots to receiving node",
        since: "7.0.0",
        group: "cluster",
        complexity: "O(N) where N is the total number of the slots between the start slot and end slot arguments.",
        args: &[
            Arg { name: "start-slot_end-slot", typ: "block", flags: argflag::MULTIPLE, args: &[
                Arg { name: "start-slot", typ: "integer", ..Arg::DEFAULT },
                Arg { name: "end-slot", typ: "integer", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "cluster|bumpepoch",
        summary: "Advance the cluster config epoch",
        since: "3.0.0",
        group: "cluster",
        complexity: "O(1)",
        tips: &["nondeterministic_output"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "cluster|count-failure-reports",
        summary: "Return the number of failure reports active for a given node",
        since: "3.0.0",
        group: "cluster",
        complexity: "O(N) where N is the number of failure reports",
        args: &[
            Arg { name: "node-id", typ: "string", ..Arg::DEFAULT },
        ],
        tips: &["nondeterministic_output"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "cluster|countkeysinslot",
        summary: "Return the number of local keys in the specified hash slot",
        since: "3.0.0",
        group: "cluster",
        complexity: "O(1)",
        args: &[
            Arg { name: "slot", typ: "integer", ..Arg::DEFAULT },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "cluster|delslots",
        summary: "Set hash slots as unbound in receiving node",
        since: "3.0.0",
        group: "cluster",
        complexity: "O(N) where N is the total number of hash slot arguments",
        args: &[
            Arg { name: "slot", typ: "integer", flags: argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "cluster|delslotsrange",
        summary: "Set hash slots as unbound in receiving node",
        since: "7.0.0",
        group: "cluster",
        complexity: "O(N) where N is the total number of the slots between the start slot and end slot arguments.",
        args: &[
            Arg { name: "start-slot_end-slot", typ: "block", flags: argflag::MULTIPLE, args: &[
                Arg { name: "start-slot", typ: "integer", ..Arg::DEFAULT },
                Arg { name: "end-slot", typ: "integer", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "cluster|failover",
        summary: "Forces a replica to perform a manual failover of its master.",
        since: "3.0.0",
        group: "cluster",
        complexity: "O(1)",
        args: &[
            Arg { name: "options", typ: "oneof", flags: argflag::OPTIONAL, args: &[
                Arg { name: "force", typ: "pure-token", token: "FORCE", ..Arg::DEFAULT },
                Arg { name: "takeover", typ: "pure-token", token: "TAKEOVER", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "cluster|flushslots",
        summary: "Delete a node's own slots information",
        since: "3.0.0",
        group: "cluster",
        complexity: "O(1)",
        ..Doc::DEFAULT
    },
    Doc {
        name: "cluster|forget",
        summary: "Remove a node from the nodes table",
        since: "3.0.0",
        group: "cluster",
        complexity: "O(1)",
        args: &[
            Arg { name: "node-id", typ: "string", ..Arg::DEFAULT },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "cluster|getkeysinslot",
        summary: "Return local key names in the specified hash slot",
        since: "3.0.0",
        group: "cluster",
        complexity: "O(log(N)) where N is the number of requested keys",
        args: &[
            Arg { name: "slot", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "count", typ: "integer", ..Arg::DEFAULT },
        ],
        tips: &["nondeterministic_output"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "cluster|help",
        summary: "Show helpful text about the different subcommands",
        since: "5.0.0",
        group: "cluster",
        complexity: "O(1)",
        ..Doc::DEFAULT
    },
    Doc {
        name: "cluster|info",
        summary: "Provides info about Redis Cluster node state",
        since: "3.0.0",
        group: "cluster",
        complexity: "O(1)",
        tips: &["nondeterministic_output"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "cluster|keyslot",
        summary: "Returns the hash slot of the specified key",
        since: "3.0.0",
        group: "cluster",
        complexity: "O(N) where N is the number of bytes in the key",
        args: &[
            Arg { name: "key", typ: "string", ..Arg::DEFAULT },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "cluster|links",
        summary: "Returns a list of all TCP links to and from peer nodes in cluster",
        since: "7.0.0",
        group: "cluster",
        complexity: "O(N) where N is the total number of Cluster nodes",
        tips: &["nondeterministic_output"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "cluster|meet",
        summary: "Force a node cluster to handshake with another node",
        since: "3.0.0",
        group: "cluster",
        complexity: "O(1)",
        history: &[("4.0.0", "Added the optional `cluster_bus_port` argument.")],
        args: &[
            Arg { name: "ip", typ: "string", ..Arg::DEFAULT },
            Arg { name: "port", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "cluster_bus_port", typ: "integer", since: "4.0.0", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "cluster|myid",
        summary: "Return the node id",
        since: "3.0.0",
        group: "cluster",
        complexity: "O(1)",
        ..Doc::DEFAULT
    },
    Doc {
        name: "cluster|nodes",
        summary: "Get Cluster config for the node",
        since: "3.0.0",
        group: "cluster",
        complexity: "O(N) where N is the total number of Cluster nodes",
        tips: &["nondeterministic_output"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "cluster|replicas",
        summary: "List replica nodes of the specified master node",
        since: "5.0.0",
        group: "cluster",
        complexity: "O(1)",
        args: &[
            Arg { name: "node-id", typ: "string", ..Arg::DEFAULT },
        ],
        tips: &["nondeterministic_output"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "cluster|replicate",
        summary: "Reconfigure a node as a replica of the specified master node",
        since: "3.0.0",
        group: "cluster",
        complexity: "O(1)",
        args: &[
            Arg { name: "node-id", typ: "string", ..Arg::DEFAULT },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "cluster|reset",
        summary: "Reset a Redis Cluster node",
        since: "3.0.0",
        group: "cluster",
        complexity: "O(N) where N is the number of known nodes. The command may execute a FLUSHALL as a side effect.",
        args: &[
            Arg { name: "hard_soft", typ: "oneof", flags: argflag::OPTIONAL, args: &[
                Arg { name: "hard", typ: "pure-token", token: "HARD", ..Arg::DEFAULT },
                Arg { name: "soft", typ: "pure-token", token: "SOFT", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "cluster|saveconfig",
        summary: "Forces the node to save cluster state on disk",
        since: "3.0.0",
        group: "cluster",
        complexity: "O(1)",
        ..Doc::DEFAULT
    },
    Doc {
        name: "cluster|set-config-epoch",
        summary: "Set the configuration epoch in a new node",
        since: "3.0.0",
        group: "cluster",
        complexity: "O(1)",
        args: &[
            Arg { name: "config-epoch", typ: "integer", ..Arg::DEFAULT },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "cluster|setslot",
        summary: "Bind a hash slot to a specific node",
        since: "3.0.0",
        group: "cluster",
        complexity: "O(1)",
        args: &[
            Arg { name: "slot", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "subcommand", typ: "oneof", args: &[
                Arg { name: "node-id", typ: "string", token: "IMPORTING", ..Arg::DEFAULT },
                Arg { name: "node-id", typ: "string", token: "MIGRATING", ..Arg::DEFAULT },
                Arg { name: "node-id", typ: "string", token: "NODE", ..Arg::DEFAULT },
                Arg { name: "stable", typ: "pure-token", token: "STABLE", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "cluster|shards",
        summary: "Get array of cluster slots to node mappings",
        since: "7.0.0",
        group: "cluster",
        complexity: "O(N) where N is the total number of cluster nodes",
        tips: &["nondeterministic_output"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "cluster|slaves",
        summary: "List replica nodes of the specified master node",
        since: "3.0.0",
        group: "cluster",
        complexity: "O(1)",
        doc_flags: docflag::DEPRECATED,
        deprecated_since: "5.0.0",
        replaced_by: "`CLUSTER REPLICAS`",
        args: &[
            Arg { name: "node-id", typ: "string", ..Arg::DEFAULT },
        ],
        tips: &["nondeterministic_output"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "cluster|slots",
        summary: "Get array of Cluster slot to node mappings",
        since: "3.0.0",
        group: "cluster",
        complexity: "O(N) where N is the total number of Cluster nodes",
        doc_flags: docflag::DEPRECATED,
        deprecated_since: "7.0.0",
        replaced_by: "`CLUSTER SHARDS`",
        history: &[("4.0.0", "Added node IDs."), ("7.0.0", "Added additional networking metadata field.")],
        tips: &["nondeterministic_output"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "command",
        summary: "Get array of Redis command details",
        since: "2.8.13",
        group: "server",
        complexity: "O(N) where N is the total number of Redis commands",
        acl: acl::CONNECTION,
        tips: &["nondeterministic_output_order"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "command|count",
        summary: "Get total number of Redis commands",
        since: "2.8.13",
        group: "server",
        complexity: "O(1)",
        acl: acl::CONNECTION,
        ..Doc::DEFAULT
    },
    Doc {
        name: "command|docs",
        summary: "Get array of specific Redis command documentation",
        since: "7.0.0",
        group: "server",
        complexity: "O(N) where N is the number of commands to look up",
        args: &[
            Arg { name: "command-name", typ: "string", flags: argflag::OPTIONAL | argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        acl: acl::CONNECTION,
        tips: &["nondeterministic_output_order"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "command|getkeys",
        summary: "Extract keys given a full Redis command",
        since: "2.8.13",
        group: "server",
        complexity: "O(N) where N is the number of arguments to the command",
        acl: acl::CONNECTION,
        ..Doc::DEFAULT
    },
    Doc {
        name: "command|getkeysandflags",
        summary: "Extract keys and access flags given a full Redis command",
        since: "7.0.0",
        group: "server",
        complexity: "O(N) where N is the number of arguments to the command",
        acl: acl::CONNECTION,
        ..Doc::DEFAULT
    },
    Doc {
        name: "command|help",
        summary: "Show helpful text about the different subcommands",
        since: "5.0.0",
        group: "server",
        complexity: "O(1)",
        acl: acl::CONNECTION,
        ..Doc::DEFAULT
    },
    Doc {
        name: "command|info",
        summary: "Get array of specific Redis command details, or all when no argument is given.",
        since: "2.8.13",
        group: "server",
        complexity: "O(N) where N is the number of commands to look up",
        history: &[("7.0.0", "Allowed to be called with no argument to get info on all commands.")],
        args: &[
            Arg { name: "command-name", typ: "string", flags: argflag::OPTIONAL | argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        acl: acl::CONNECTION,
        tips: &["nondeterministic_output_order"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "command|list",
        summary: "Get an array of Redis command names",
        since: "7.0.0",
        group: "server",
        complexity: "O(N) where N is the total number of Redis commands",
        args: &[
            Arg { name: "filterby", typ: "oneof", token: "FILTERBY", flags: argflag::OPTIONAL, args: &[
                Arg { name: "module-name", typ: "string", token: "MODULE", ..Arg::DEFAULT },
                Arg { name: "category", typ: "string", token: "ACLCAT", ..Arg::DEFAULT },
                Arg { name: "pattern", typ: "pattern", token: "PATTERN", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::CONNECTION,
        tips: &["nondeterministic_output_order"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "config",
        summary: "A container for server configuration commands",
        since: "2.0.0",
        group: "server",
        complexity: "Depends on subcommand.",
        ..Doc::DEFAULT
    },
    Doc {
        name: "config|get",
        summary: "Get the values of configuration parameters",
        since: "2.0.0",
        group: "server",
        complexity: "O(N) when N is the number of configuration parameters provided",
        history: &[("7.0.0", "Added the ability to pass multiple pattern parameters in one call")],
        args: &[
            Arg { name: "parameter", typ: "block", flags: argflag::MULTIPLE, args: &[
                Arg { name: "parameter", typ: "string", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "config|help",
        summary: "Show helpful text about the different subcommands",
        since: "5.0.0",
        group: "server",
        complexity: "O(1)",
        ..Doc::DEFAULT
    },
    Doc {
        name: "config|resetstat",
        summary: "Reset the stats returned by INFO",
        since: "2.0.0",
        group: "server",
        complexity: "O(1)",
        ..Doc::DEFAULT
    },
    Doc {
        name: "config|rewrite",
        summary: "Rewrite the configuration file with the in memory configuration",
        since: "2.8.0",
        group: "server",
        complexity: "O(1)",
        ..Doc::DEFAULT
    },
    Doc {
        name: "config|set",
        summary: "Set configuration parameters to the given values",
        since: "2.0.0",
        group: "server",
        complexity: "O(N) when N is the number of configuration parameters provided",
        history: &[("7.0.0", "Added the ability to set multiple parameters in one call.")],
        args: &[
            Arg { name: "parameter_value", typ: "block", flags: argflag::MULTIPLE, args: &[
                Arg { name: "parameter", typ: "string", ..Arg::DEFAULT },
                Arg { name: "value", typ: "string", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        tips: &["request_policy:all_nodes", "response_policy:all_succeeded"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "copy",
        summary: "Copy a key",
        since: "6.2.0",
        group: "generic",
        complexity: "O(N) worst case for collections, where N is the number of nested items. O(1) for string values.",
        args: &[
            Arg { name: "source", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "destination", typ: "key", key_spec_index: 1, ..Arg::DEFAULT },
            Arg { name: "destination-db", typ: "integer", token: "DB", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "replace", typ: "pure-token", token: "REPLACE", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        acl: acl::KEYSPACE,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
            KeySpec { notes: "", flags: keyflag::OW | keyflag::UPDATE, begin_search: BeginSearch::Index(2), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "dbsize",
        summary: "Return the number of keys in the selected database",
        since: "1.0.0",
        group: "server",
        complexity: "O(1)",
        acl: acl::KEYSPACE,
        tips: &["request_policy:all_shards", "response_policy:agg_sum"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "debug",
        summary: "A container for debugging commands",
        since: "1.0.0",
        group: "server",
        complexity: "Depends on subcommand.",
        doc_flags: docflag::SYSCMD,
        ..Doc::DEFAULT
    },
    Doc {
        name: "decr",
        summary: "Decrement the integer value of a key by one",
        since: "1.0.0",
        group: "string",
        complexity: "O(1)",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
        ],
        acl: acl::STRING,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::ACCESS | keyflag::UPDATE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "decrby",
        summary: "Decrement the integer value of a key by the given number",
        since: "1.0.0",
        group: "string",
        complexity: "O(1)",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "decrement", typ: "integer", ..Arg::DEFAULT },
        ],
        acl: acl::STRING,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::ACCESS | keyflag::UPDATE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "del",
        summary: "Delete a key",
        since: "1.0.0",
        group: "generic",
        complexity: "O(N) where N is the number of keys that will be removed. When a key to remove holds a value other than a string, the individual complexity for this key is O(M) where M is the number of elements in the list, set, sorted set or hash. Removing a single key that holds a string value is O(1).",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, flags: argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        acl: acl::KEYSPACE,
        tips: &["request_policy:multi_shard", "response_policy:agg_sum"],
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RM | keyflag::DELETE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: -1, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "discard",
        summary: "Discard all commands issued after MULTI",
        since: "2.0.0",
        group: "transactions",
        complexity: "O(N), when N is the number of queued commands",
        acl: acl::TRANSACTION,
        ..Doc::DEFAULT
    },
    Doc {
        name: "dump",
        summary: "Return a serialized version of the value stored at the specified key.",
        since: "2.6.0",
        group: "generic",
        complexity: "O(1) to access the key and additional O(N*M) to serialize it, where N is the number of Redis objects composing the value and M their average size. For small string values the time complexity is thus O(1)+O(1*M) where M is small, so simply O(1).",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
        ],
        acl: acl::KEYSPACE,
        tips: &["nondeterministic_output"],
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "echo",
        summary: "Echo the given string",
        since: "1.0.0",
        group: "connection",
        complexity: "O(1)",
        args: &[
            Arg { name: "message", typ: "string", ..Arg::DEFAULT },
        ],
        acl: acl::CONNECTION,
        ..Doc::DEFAULT
    },
    Doc {
        name: "eval",
        summary: "Execute a Lua script server side",
        since: "2.6.0",
        group: "scripting",
        complexity: "Depends on the script that is executed.",
        args: &[
            Arg { name: "script", typ: "string", ..Arg::DEFAULT },
            Arg { name: "numkeys", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "key", typ: "key", key_spec_index: 0, flags: argflag::OPTIONAL | argflag::MULTIPLE, ..Arg::DEFAULT },
            Arg { name: "arg", typ: "string", flags: argflag::OPTIONAL | argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        acl: acl::SCRIPTING,
        key_specs: &[
            KeySpec { notes: "We cannot tell how the keys will be used so we assume the worst, RW and UPDATE", flags: keyflag::RW | keyflag::ACCESS | keyflag::UPDATE, begin_search: BeginSearch::Index(2), find_keys: FindKeys::Keynum { keynumidx: 0, firstkey: 1, keystep: 1 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "eval_ro",
        summary: "Execute a read-only Lua script server side",
        since: "7.0.0",
        group: "scripting",
        complexity: "Depends on the script that is executed.",
        args: &[
            Arg { name: "script", typ: "string", ..Arg::DEFAULT },
            Arg { name: "numkeys", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "key", typ: "key", key_spec_index: 0, flags: argflag::OPTIONAL | argflag::MULTIPLE, ..Arg::DEFAULT },
            Arg { name: "arg", typ: "string", flags: argflag::OPTIONAL | argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        acl: acl::SCRIPTING,
        key_specs: &[
            KeySpec { notes: "We cannot tell how the keys will be used so we assume the worst, RO and ACCESS", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(2), find_keys: FindKeys::Keynum { keynumidx: 0, firstkey: 1, keystep: 1 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "evalsha",
        summary: "Execute a Lua script server side",
        since: "2.6.0",
        group: "scripting",
        complexity: "Depends on the script that is executed.",
        args: &[
            Arg { name: "sha1", typ: "string", ..Arg::DEFAULT },
            Arg { name: "numkeys", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "key", typ: "key", key_spec_index: 0, flags: argflag::OPTIONAL | argflag::MULTIPLE, ..Arg::DEFAULT },
            Arg { name: "arg", typ: "string", flags: argflag::OPTIONAL | argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        acl: acl::SCRIPTING,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::ACCESS | keyflag::UPDATE, begin_search: BeginSearch::Index(2), find_keys: FindKeys::Keynum { keynumidx: 0, firstkey: 1, keystep: 1 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "evalsha_ro",
        summary: "Execute a read-only Lua script server side",
        since: "7.0.0",
        group: "scripting",
        complexity: "Depends on the script that is executed.",
        args: &[
            Arg { name: "sha1", typ: "string", ..Arg::DEFAULT },
            Arg { name: "numkeys", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "key", typ: "key", key_spec_index: 0, flags: argflag::OPTIONAL | argflag::MULTIPLE, ..Arg::DEFAULT },
            Arg { name: "arg", typ: "string", flags: argflag::OPTIONAL | argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        acl: acl::SCRIPTING,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(2), find_keys: FindKeys::Keynum { keynumidx: 0, firstkey: 1, keystep: 1 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "exec",
        summary: "Execute all commands issued after MULTI",
        since: "1.2.0",
        group: "transactions",
        complexity: "Depends on commands in the transaction",
        acl: acl::TRANSACTION,
        ..Doc::DEFAULT
    },
    Doc {
        name: "exists",
        summary: "Determine if a key exists",
        since: "1.0.0",
        group: "generic",
        complexity: "O(N) where N is the number of keys to check.",
        history: &[("3.0.3", "Accepts multiple `key` arguments.")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, flags: argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        acl: acl::KEYSPACE,
        tips: &["request_policy:multi_shard", "response_policy:agg_sum"],
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: -1, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "expire",
        summary: "Set a key's time to live in seconds",
        since: "1.0.0",
        group: "generic",
        complexity: "O(1)",
        history: &[("7.0.0", "Added options: `NX`, `XX`, `GT` and `LT`.")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "seconds", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "condition", typ: "oneof", since: "7.0.0", flags: argflag::OPTIONAL, args: &[
                Arg { name: "nx", typ: "pure-token", token: "NX", ..Arg::DEFAULT },
                Arg { name: "xx", typ: "pure-token", token: "XX", ..Arg::DEFAULT },
                Arg { name: "gt", typ: "pure-token", token: "GT", ..Arg::DEFAULT },
                Arg { name: "lt", typ: "pure-token", token: "LT", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::KEYSPACE,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::UPDATE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "expireat",
        summary: "Set the expiration for a key as a UNIX timestamp",
        since: "1.2.0",
        group: "generic",
        complexity: "O(1)",
        history: &[("7.0.0", "Added options: `NX`, `XX`, `GT` and `LT`.")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "unix-time-seconds", typ: "unix-time", ..Arg::DEFAULT },
            Arg { name: "condition", typ: "oneof", since: "7.0.0", flags: argflag::OPTIONAL, args: &[
                Arg { name: "nx", typ: "pure-token", token: "NX", ..Arg::DEFAULT },
                Arg { name: "xx", typ: "pure-token", token: "XX", ..Arg::DEFAULT },
                Arg { name: "gt", typ: "pure-token", token: "GT", ..Arg::DEFAULT },
                Arg { name: "lt", typ: "pure-token", token: "LT", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::KEYSPACE,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::UPDATE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "expiretime",
        summary: "Get the expiration Unix timestamp for a key",
        since: "7.0.0",
        group: "generic",
        complexity: "O(1)",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
        ],
        acl: acl::KEYSPACE,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "failover",
        summary: "Start a coordinated failover between this server and one of its replicas.",
        since: "6.2.0",
        group: "server",
        complexity: "O(1)",
        args: &[
            Arg { name: "target", typ: "block", token: "TO", flags: argflag::OPTIONAL, args: &[
                Arg { name: "host", typ: "string", ..Arg::DEFAULT },
                Arg { name: "port", typ: "integer", ..Arg::DEFAULT },
                Arg { name: "force", typ: "pure-token", token: "FORCE", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "abort", typ: "pure-token", token: "ABORT", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "milliseconds", typ: "integer", token: "TIMEOUT", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "fcall",
        summary: "Invoke a function",
        since: "7.0.0",
        group: "scripting",
        complexity: "Depends on the function that is executed.",
        args: &[
            Arg { name: "function", typ: "string", ..Arg::DEFAULT },
            Arg { name: "numkeys", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "key", typ: "key", key_spec_index: 0, flags: argflag::OPTIONAL | argflag::MULTIPLE, ..Arg::DEFAULT },
            Arg { name: "arg", typ: "string", flags: argflag::OPTIONAL | argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        acl: acl::SCRIPTING,
        key_specs: &[
            KeySpec { notes: "We cannot tell how the keys will be used so we assume the worst, RW and UPDATE", flags: keyflag::RW | keyflag::ACCESS | keyflag::UPDATE, begin_search: BeginSearch::Index(2), find_keys: FindKeys::Keynum { keynumidx: 0, firstkey: 1, keystep: 1 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "fcall_ro",
        summary: "Invoke a read-only function",
        since: "7.0.0",
        group: "scripting",
        complexity: "Depends on the function that is executed.",
        args: &[
            Arg { name: "function", typ: "string", ..Arg::DEFAULT },
            Arg { name: "numkeys", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "key", typ: "key", key_spec_index: 0, flags: argflag::OPTIONAL | argflag::MULTIPLE, ..Arg::DEFAULT },
            Arg { name: "arg", typ: "string", flags: argflag::OPTIONAL | argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        acl: acl::SCRIPTING,
        key_specs: &[
            KeySpec { notes: "We cannot tell how the keys will be used so we assume the worst, RO and ACCESS", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(2), find_keys: FindKeys::Keynum { keynumidx: 0, firstkey: 1, keystep: 1 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "flushall",
        summary: "Remove all keys from all databases",
        since: "1.0.0",
        group: "server",
        complexity: "O(N) where N is the total number of keys in all databases",
        history: &[("4.0.0", "Added the `ASYNC` flushing mode modifier."), ("6.2.0", "Added the `SYNC` flushing mode modifier.")],
        args: &[
            Arg { name: "async", typ: "oneof", flags: argflag::OPTIONAL, args: &[
                Arg { name: "async", typ: "pure-token", token: "ASYNC", since: "4.0.0", ..Arg::DEFAULT },
                Arg { name: "sync", typ: "pure-token", token: "SYNC", since: "6.2.0", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::KEYSPACE | acl::DANGEROUS,
        tips: &["request_policy:all_shards", "response_policy:all_succeeded"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "flushdb",
        summary: "Remove all keys from the current database",
        since: "1.0.0",
        group: "server",
        complexity: "O(N) where N is the number of keys in the selected database",
        history: &[("4.0.0", "Added the `ASYNC` flushing mode modifier."), ("6.2.0", "Added the `SYNC` flushing mode modifier.")],
        args: &[
            Arg { name: "async", typ: "oneof", flags: argflag::OPTIONAL, args: &[
                Arg { name: "async", typ: "pure-token", token: "ASYNC", since: "4.0.0", ..Arg::DEFAULT },
                Arg { name: "sync", typ: "pure-token", token: "SYNC", since: "6.2.0", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::KEYSPACE | acl::DANGEROUS,
        tips: &["request_policy:all_shards", "response_policy:all_succeeded"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "function",
        summary: "A container for function commands",
        since: "7.0.0",
        group: "scripting",
        complexity: "Depends on subcommand.",
        ..Doc::DEFAULT
    },
    Doc {
        name: "function|delete",
        summary: "Delete a function by name",
        since: "7.0.0",
        group: "scripting",
        complexity: "O(1)",
        args: &[
            Arg { name: "library-name", typ: "string", ..Arg::DEFAULT },
        ],
        acl: acl::SCRIPTING,
        tips: &["request_policy:all_shards", "response_policy:all_succeeded"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "function|dump",
        summary: "Dump all functions into a serialized binary payload",
        since: "7.0.0",
        group: "scripting",
        complexity: "O(N) where N is the number of functions",
        acl: acl::SCRIPTING,
        ..Doc::DEFAULT
    },
    Doc {
        name: "function|flush",
        summary: "Deleting all functions",
        since: "7.0.0",
        group: "scripting",
        complexity: "O(N) where N is the number of functions deleted",
        args: &[
            Arg { name: "async", typ: "oneof", flags: argflag::OPTIONAL, args: &[
                Arg { name: "async", typ: "pure-token", token: "ASYNC", ..Arg::DEFAULT },
                Arg { name: "sync", typ: "pure-token", token: "SYNC", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::SCRIPTING,
        tips: &["request_policy:all_shards", "response_policy:all_succeeded"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "function|help",
        summary: "Show helpful text about the different subcommands",
        since: "7.0.0",
        group: "scripting",
        complexity: "O(1)",
        acl: acl::SCRIPTING,
        ..Doc::DEFAULT
    },
    Doc {
        name: "function|kill",
        summary: "Kill the function currently in execution.",
        since: "7.0.0",
        group: "scripting",
        complexity: "O(1)",
        acl: acl::SCRIPTING,
        tips: &["request_policy:all_shards", "response_policy:one_succeeded"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "function|list",
        summary: "List information about all the functions",
        since: "7.0.0",
        group: "scripting",
        complexity: "O(N) where N is the number of functions",
        args: &[
            Arg { name: "library-name-pattern", typ: "string", token: "LIBRARYNAME", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "withcode", typ: "pure-token", token: "WITHCODE", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        acl: acl::SCRIPTING,
        tips: &["nondeterministic_output_order"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "function|load",
        summary: "Create a function with the given arguments (name, code, description)",
        since: "7.0.0",
        group: "scripting",
        complexity: "O(1) (considering compilation time is redundant)",
        args: &[
            Arg { name: "replace", typ: "pure-token", token: "REPLACE", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "function-code", typ: "string", ..Arg::DEFAULT },
        ],
        acl: acl::SCRIPTING,
        tips: &["request_policy:all_shards", "response_policy:all_succeeded"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "function|restore",
        summary: "Restore all the functions on the given payload",
        since: "7.0.0",
        group: "scripting",
        complexity: "O(N) where N is the number of functions on the payload",
        args: &[
            Arg { name: "serialized-value", typ: "string", ..Arg::DEFAULT },
            Arg { name: "policy", typ: "oneof", flags: argflag::OPTIONAL, args: &[
                Arg { name: "flush", typ: "pure-token", token: "FLUSH", ..Arg::DEFAULT },
                Arg { name: "append", typ: "pure-token", token: "APPEND", ..Arg::DEFAULT },
                Arg { name: "replace", typ: "pure-token", token: "REPLACE", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::SCRIPTING,
        tips: &["request_policy:all_shards", "response_policy:all_succeeded"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "function|stats",
        summary: "Return information about the function currently running (name, description, duration)",
        since: "7.0.0",
        group: "scripting",
        complexity: "O(1)",
        acl: acl::SCRIPTING,
        tips: &["nondeterministic_output", "request_policy:all_shards", "response_policy:special"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "geoadd",
        summary: "Add one or more geospatial items in the geospatial index represented using a sorted set",
        since: "3.2.0",
        group: "geo",
        complexity: "O(log(N)) for each item added, where N is the number of elements in the sorted set.",
        history: &[("6.2.0", "Added the `CH`, `NX` and `XX` options.")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "condition", typ: "oneof", since: "6.2.0", flags: argflag::OPTIONAL, args: &[
                Arg { name: "nx", typ: "pure-token", token: "NX", ..Arg::DEFAULT },
                Arg { name: "xx", typ: "pure-token", token: "XX", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "change", typ: "pure-token", token: "CH", since: "6.2.0", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "longitude_latitude_member", typ: "block", flags: argflag::MULTIPLE, args: &[
                Arg { name: "longitude", typ: "double", ..Arg::DEFAULT },
                Arg { name: "latitude", typ: "double", ..Arg::DEFAULT },
                Arg { name: "member", typ: "string", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::GEO,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::UPDATE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "geodist",
        summary: "Returns the distance between two members of a geospatial index",
        since: "3.2.0",
        group: "geo",
        complexity: "O(log(N))",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "member1", typ: "string", ..Arg::DEFAULT },
            Arg { name: "member2", typ: "string", ..Arg::DEFAULT },
            Arg { name: "unit", typ: "oneof", flags: argflag::OPTIONAL, args: &[
                Arg { name: "m", typ: "pure-token", token: "M", ..Arg::DEFAULT },
                Arg { name: "km", typ: "pure-token", token: "KM", ..Arg::DEFAULT },
                Arg { name: "ft", typ: "pure-token", token: "FT", ..Arg::DEFAULT },
                Arg { name: "mi", typ: "pure-token", token: "MI", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::GEO,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "geohash",
        summary: "Returns members of a geospatial index as standard geohash strings",
        since: "3.2.0",
        group: "geo",
        complexity: "O(log(N)) for each member requested, where N is the number of elements in the sorted set.",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "member", typ: "string", flags: argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        acl: acl::GEO,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "geopos",
        summary: "Returns longitude and latitude of members of a geospatial index",
        since: "3.2.0",
        group: "geo",
        complexity: "O(N) where N is the number of members requested.",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "member", typ: "string", flags: argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        acl: acl::GEO,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "georadius",
        summary: "Query a sorted set representing a geospatial index to fetch members matching a given maximum distance from a point",
        since: "3.2.0",
        group: "geo",
        complexity: "O(N+log(M)) where N is the number of elements inside the bounding box of the circular area delimited by center and radius and M is the number of items inside the index.",
        doc_flags: docflag::DEPRECATED,
        deprecated_since: "6.2.0",
        replaced_by: "`GEOSEARCH` and `GEOSEARCHSTORE` with the `BYRADIUS` argument",
        history: &[("6.2.0", "Added the `ANY` option for `COUNT`."), ("7.0.0", "Added support for uppercase unit names.")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "longitude", typ: "double", ..Arg::DEFAULT },
            Arg { name: "latitude", typ: "double", ..Arg::DEFAULT },
            Arg { name: "radius", typ: "double", ..Arg::DEFAULT },
            Arg { name: "unit", typ: "oneof", args: &[
                Arg { name: "m", typ: "pure-token", token: "M", ..Arg::DEFAULT },
                Arg { name: "km", typ: "pure-token", token: "KM", ..Arg::DEFAULT },
                Arg { name: "ft", typ: "pure-token", token: "FT", ..Arg::DEFAULT },
                Arg { name: "mi", typ: "pure-token", token: "MI", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "withcoord", typ: "pure-token", token: "WITHCOORD", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "withdist", typ: "pure-token", token: "WITHDIST", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "withhash", typ: "pure-token", token: "WITHHASH", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "count", typ: "block", flags: argflag::OPTIONAL, args: &[
                Arg { name: "count", typ: "integer", token: "COUNT", ..Arg::DEFAULT },
                Arg { name: "any", typ: "pure-token", token: "ANY", since: "6.2.0", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "order", typ: "oneof", flags: argflag::OPTIONAL, args: &[
                Arg { name: "asc", typ: "pure-token", token: "ASC", ..Arg::DEFAULT },
                Arg { name: "desc", typ: "pure-token", token: "DESC", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "key", typ: "key", key_spec_index: 1, token: "STORE", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "key", typ: "key", key_spec_index: 2, token: "STOREDIST", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        acl: acl::GEO,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
            KeySpec { notes: "", flags: keyflag::OW | keyflag::UPDATE, begin_search: BeginSearch::Keyword { keyword: "STORE", startfrom: 6 }, find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
            KeySpec { notes: "", flags: keyflag::OW | keyflag::UPDATE, begin_search: BeginSearch::Keyword { keyword: "STOREDIST", startfrom: 6 }, find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "georadius_ro",
        summary: "A read-only variant for GEORADIUS",
        since: "3.2.10",
        group: "geo",
        complexity: "O(N+log(M)) where N is the number of elements inside the bounding box of the circular area delimited by center and radius and M is the number of items inside the index.",
        doc_flags: docflag::DEPRECATED,
        deprecated_since: "6.2.0",
        replaced_by: "`GEOSEARCH` with the `BYRADIUS` argument",
        history: &[("6.2.0", "Added the `ANY` option for `COUNT`.")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "longitude", typ: "double", ..Arg::DEFAULT },
            Arg { name: "latitude", typ: "double", ..Arg::DEFAULT },
            Arg { name: "radius", typ: "double", ..Arg::DEFAULT },
            Arg { name: "unit", typ: "oneof", args: &[
                Arg { name: "m", typ: "pure-token", token: "M", ..Arg::DEFAULT },
                Arg { name: "km", typ: "pure-token", token: "KM", ..Arg::DEFAULT },
                Arg { name: "ft", typ: "pure-token", token: "FT", ..Arg::DEFAULT },
                Arg { name: "mi", typ: "pure-token", token: "MI", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "withcoord", typ: "pure-token", token: "WITHCOORD", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "withdist", typ: "pure-token", token: "WITHDIST", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "withhash", typ: "pure-token", token: "WITHHASH", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "count", typ: "block", flags: argflag::OPTIONAL, args: &[
                Arg { name: "count", typ: "integer", token: "COUNT", ..Arg::DEFAULT },
                Arg { name: "any", typ: "pure-token", token: "ANY", since: "6.2.0", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "order", typ: "oneof", flags: argflag::OPTIONAL, args: &[
                Arg { name: "asc", typ: "pure-token", token: "ASC", ..Arg::DEFAULT },
                Arg { name: "desc", typ: "pure-token", token: "DESC", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::GEO,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "georadiusbymember",
        summary: "Query a sorted set representing a geospatial index to fetch members matching a given maximum distance from a member",
        since: "3.2.0",
        group: "geo",
        complexity: "O(N+log(M)) where N is the number of elements inside the bounding box of the circular area delimited by center and radius and M is the number of items inside the index.",
        doc_flags: docflag::DEPRECATED,
        deprecated_since: "6.2.0",
        replaced_by: "`GEOSEARCH` and `GEOSEARCHSTORE` with the `BYRADIUS` and `FROMMEMBER` arguments",
        history: &[("7.0.0", "Added support for uppercase unit names.")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "member", typ: "string", ..Arg::DEFAULT },
            Arg { name: "radius", typ: "double", ..Arg::DEFAULT },
            Arg { name: "unit", typ: "oneof", args: &[
                Arg { name: "m", typ: "pure-token", token: "M", ..Arg::DEFAULT },
                Arg { name: "km", typ: "pure-token", token: "KM", ..Arg::DEFAULT },
                Arg { name: "ft", typ: "pure-token", token: "FT", ..Arg::DEFAULT },
                Arg { name: "mi", typ: "pure-token", token: "MI", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "withcoord", typ: "pure-token", token: "WITHCOORD", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "withdist", typ: "pure-token", token: "WITHDIST", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "withhash", typ: "pure-token", token: "WITHHASH", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "count", typ: "block", flags: argflag::OPTIONAL, args: &[
                Arg { name: "count", typ: "integer", token: "COUNT", ..Arg::DEFAULT },
                Arg { name: "any", typ: "pure-token", token: "ANY", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "order", typ: "oneof", flags: argflag::OPTIONAL, args: &[
                Arg { name: "asc", typ: "pure-token", token: "ASC", ..Arg::DEFAULT },
                Arg { name: "desc", typ: "pure-token", token: "DESC", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "key", typ: "key", key_spec_index: 1, token: "STORE", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "key", typ: "key", key_spec_index: 2, token: "STOREDIST", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        acl: acl::GEO,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
            KeySpec { notes: "", flags: keyflag::OW | keyflag::UPDATE, begin_search: BeginSearch::Keyword { keyword: "STORE", startfrom: 5 }, find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
            KeySpec { notes: "", flags: keyflag::OW | keyflag::UPDATE, begin_search: BeginSearch::Keyword { keyword: "STOREDIST", startfrom: 5 }, find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "georadiusbymember_ro",
        summary: "A read-only variant for GEORADIUSBYMEMBER",
        since: "3.2.10",
        group: "geo",
        complexity: "O(N+log(M)) where N is the number of elements inside the bounding box of the circular area delimited by center and radius and M is the number of items inside the index.",
        doc_flags: docflag::DEPRECATED,
        deprecated_since: "6.2.0",
        replaced_by: "`GEOSEARCH` with the `BYRADIUS` and `FROMMEMBER` arguments",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "member", typ: "string", ..Arg::DEFAULT },
            Arg { name: "radius", typ: "double", ..Arg::DEFAULT },
            Arg { name: "unit", typ: "oneof", args: &[
                Arg { name: "m", typ: "pure-token", token: "M", ..Arg::DEFAULT },
                Arg { name: "km", typ: "pure-token", token: "KM", ..Arg::DEFAULT },
                Arg { name: "ft", typ: "pure-token", token: "FT", ..Arg::DEFAULT },
                Arg { name: "mi", typ: "pure-token", token: "MI", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "withcoord", typ: "pure-token", token: "WITHCOORD", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "withdist", typ: "pure-token", token: "WITHDIST", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "withhash", typ: "pure-token", token: "WITHHASH", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "count", typ: "block", flags: argflag::OPTIONAL, args: &[
                Arg { name: "count", typ: "integer", token: "COUNT", ..Arg::DEFAULT },
                Arg { name: "any", typ: "pure-token", token: "ANY", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "order", typ: "oneof", flags: argflag::OPTIONAL, args: &[
                Arg { name: "asc", typ: "pure-token", token: "ASC", ..Arg::DEFAULT },
                Arg { name: "desc", typ: "pure-token", token: "DESC", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::GEO,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "geosearch",
        summary: "Query a sorted set representing a geospatial index to fetch members inside an area of a box or a circle.",
        since: "6.2.0",
        group: "geo",
        complexity: "O(N+log(M)) where N is the number of elements in the grid-aligned bounding box area around the shape provided as the filter and M is the number of items inside the shape",
        history: &[("7.0.0", "Added support for uppercase unit names.")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "from", typ: "oneof", args: &[
                Arg { name: "member", typ: "string", token: "FROMMEMBER", ..Arg::DEFAULT },
                Arg { name: "longitude_latitude", typ: "block", token: "FROMLONLAT", args: &[
                    Arg { name: "longitude", typ: "double", ..Arg::DEFAULT },
                    Arg { name: "latitude", typ: "double", ..Arg::DEFAULT },
                ], ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "by", typ: "oneof", args: &[
                Arg { name: "circle", typ: "block", args: &[
                    Arg { name: "radius", typ: "double", token: "BYRADIUS", ..Arg::DEFAULT },
                    Arg { name: "unit", typ: "oneof", args: &[
                        Arg { name: "m", typ: "pure-token", token: "M", ..Arg::DEFAULT },
                        Arg { name: "km", typ: "pure-token", token: "KM", ..Arg::DEFAULT },
                        Arg { name: "ft", typ: "pure-token", token: "FT", ..Arg::DEFAULT },
                        Arg { name: "mi", typ: "pure-token", token: "MI", ..Arg::DEFAULT },
                    ], ..Arg::DEFAULT },
                ], ..Arg::DEFAULT },
                Arg { name: "box", typ: "block", args: &[
                    Arg { name: "width", typ: "double", token: "BYBOX", ..Arg::DEFAULT },
                    Arg { name: "height", typ: "double", ..Arg::DEFAULT },
                    Arg { name: "unit", typ: "oneof", args: &[
                        Arg { name: "m", typ: "pure-token", token: "M", ..Arg::DEFAULT },
                        Arg { name: "km", typ: "pure-token", token: "KM", ..Arg::DEFAULT },
                        Arg { name: "ft", typ: "pure-token", token: "FT", ..Arg::DEFAULT },
                        Arg { name: "mi", typ: "pure-token", token: "MI", ..Arg::DEFAULT },
                    ], ..Arg::DEFAULT },
                ], ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "order", typ: "oneof", flags: argflag::OPTIONAL, args: &[
                Arg { name: "asc", typ: "pure-token", token: "ASC", ..Arg::DEFAULT },
                Arg { name: "desc", typ: "pure-token", token: "DESC", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "count", typ: "block", flags: argflag::OPTIONAL, args: &[
                Arg { name: "count", typ: "integer", token: "COUNT", ..Arg::DEFAULT },
                Arg { name: "any", typ: "pure-token", token: "ANY", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "withcoord", typ: "pure-token", token: "WITHCOORD", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "withdist", typ: "pure-token", token: "WITHDIST", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "withhash", typ: "pure-token", token: "WITHHASH", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        acl: acl::GEO,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "geosearchstore",
        summary: "Query a sorted set representing a geospatial index to fetch members inside an area of a box or a circle, and store the result in another key.",
        since: "6.2.0",
        group: "geo",
        complexity: "O(N+log(M)) where N is the number of elements in the grid-aligned bounding box area around the shape provided as the filter and M is the number of items inside the shape",
        history: &[("7.0.0", "Added support for uppercase unit names.")],
        args: &[
            Arg { name: "destination", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "source", typ: "key", key_spec_index: 1, ..Arg::DEFAULT },
            Arg { name: "from", typ: "oneof", args: &[
                Arg { name: "member", typ: "string", token: "FROMMEMBER", ..Arg::DEFAULT },
                Arg { name: "longitude_latitude", typ: "block", token: "FROMLONLAT", args: &[
                    Arg { name: "longitude", typ: "double", ..Arg::DEFAULT },
                    Arg { name: "latitude", typ: "double", ..Arg::DEFAULT },
                ], ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "by", typ: "oneof", args: &[
                Arg { name: "circle", typ: "block", args: &[
                    Arg { name: "radius", typ: "double", token: "BYRADIUS", ..Arg::DEFAULT },
                    Arg { name: "unit", typ: "oneof", args: &[
                        Arg { name: "m", typ: "pure-token", token: "M", ..Arg::DEFAULT },
                        Arg { name: "km", typ: "pure-token", token: "KM", ..Arg::DEFAULT },
                        Arg { name: "ft", typ: "pure-token", token: "FT", ..Arg::DEFAULT },
                        Arg { name: "mi", typ: "pure-token", token: "MI", ..Arg::DEFAULT },
                    ], ..Arg::DEFAULT },
                ], ..Arg::DEFAULT },
                Arg { name: "box", typ: "block", args: &[
                    Arg { name: "width", typ: "double", token: "BYBOX", ..Arg::DEFAULT },
                    Arg { name: "height", typ: "double", ..Arg::DEFAULT },
                    Arg { name: "unit", typ: "oneof", args: &[
                        Arg { name: "m", typ: "pure-token", token: "M", ..Arg::DEFAULT },
                        Arg { name: "km", typ: "pure-token", token: "KM", ..Arg::DEFAULT },
                        Arg { name: "ft", typ: "pure-token", token: "FT", ..Arg::DEFAULT },
                        Arg { name: "mi", typ: "pure-token", token: "MI", ..Arg::DEFAULT },
                    ], ..Arg::DEFAULT },
                ], ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "order", typ: "oneof", flags: argflag::OPTIONAL, args: &[
                Arg { name: "asc", typ: "pure-token", token: "ASC", ..Arg::DEFAULT },
                Arg { name: "desc", typ: "pure-token", token: "DESC", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "count", typ: "block", flags: argflag::OPTIONAL, args: &[
                Arg { name: "count", typ: "integer", token: "COUNT", ..Arg::DEFAULT },
                Arg { name: "any", typ: "pure-token", token: "ANY", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "storedist", typ: "pure-token", token: "STOREDIST", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        acl: acl::GEO,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::OW | keyflag::UPDATE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(2), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "get",
        summary: "Get the value of a key",
        since: "1.0.0",
        group: "string",
        complexity: "O(1)",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
        ],
        acl: acl::STRING,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "getbit",
        summary: "Returns the bit value at offset in the string value stored at key",
        since: "2.2.0",
        group: "bitmap",
        complexity: "O(1)",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "offset", typ: "integer", ..Arg::DEFAULT },
        ],
        acl: acl::BITMAP,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "getdel",
        summary: "Get the value of a key and delete the key",
        since: "6.2.0",
        group: "string",
        complexity: "O(1)",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
        ],
        acl: acl::STRING,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::ACCESS | keyflag::DELETE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "getex",
        summary: "Get the value of a key and optionally set its expiration",
        since: "6.2.0",
        group: "string",
        complexity: "O(1)",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "expiration", typ: "oneof", flags: argflag::OPTIONAL, args: &[
                Arg { name: "seconds", typ: "integer", token: "EX", ..Arg::DEFAULT },
                Arg { name: "milliseconds", typ: "integer", token: "PX", ..Arg::DEFAULT },
                Arg { name: "unix-time-seconds", typ: "unix-time", token: "EXAT", ..Arg::DEFAULT },
                Arg { name: "unix-time-milliseconds", typ: "unix-time", token: "PXAT", ..Arg::DEFAULT },
                Arg { name: "persist", typ: "pure-token", token: "PERSIST", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::STRING,
        key_specs: &[
            KeySpec { notes: "RW and UPDATE because it changes the TTL", flags: keyflag::RW | keyflag::ACCESS | keyflag::UPDATE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "getrange",
        summary: "Get a substring of the string stored at a key",
        since: "2.4.0",
        group: "string",
        complexity: "O(N) where N is the length of the returned string. The complexity is ultimately determined by the returned length, but because creating a substring from an existing string is very cheap, it can be considered O(1) for small strings.",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "start", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "end", typ: "integer", ..Arg::DEFAULT },
        ],
        acl: acl::STRING,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "getset",
        summary: "Set the string value of a key and return its old value",
        since: "1.0.0",
        group: "string",
        complexity: "O(1)",
        doc_flags: docflag::DEPRECATED,
        deprecated_since: "6.2.0",
        replaced_by: "`SET` with the `!GET` argument",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "value", typ: "string", ..Arg::DEFAULT },
        ],
        acl: acl::STRING,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::ACCESS | keyflag::UPDATE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "hdel",
        summary: "Delete one or more hash fields",
        since: "2.0.0",
        group: "hash",
        complexity: "O(N) where N is the number of fields to be removed.",
        history: &[("2.4.0", "Accepts multiple `field` arguments.")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "field", typ: "string", flags: argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        acl: acl::HASH,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::DELETE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "hello",
        summary: "Handshake with Redis",
        since: "6.0.0",
        group: "connection",
        complexity: "O(1)",
        history: &[("6.2.0", "`protover` made optional; when called without arguments the command reports the current connection's context.")],
        args: &[
            Arg { name: "arguments", typ: "block", flags: argflag::OPTIONAL, args: &[
                Arg { name: "protover", typ: "integer", ..Arg::DEFAULT },
                Arg { name: "username_password", typ: "block", token: "AUTH", flags: argflag::OPTIONAL, args: &[
                    Arg { name: "username", typ: "string", ..Arg::DEFAULT },
                    Arg { name: "password", typ: "string", ..Arg::DEFAULT },
                ], ..Arg::DEFAULT },
                Arg { name: "clientname", typ: "string", token: "SETNAME", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::CONNECTION,
        ..Doc::DEFAULT
    },
    Doc {
        name: "hexists",
        summary: "Determine if a hash field exists",
        since: "2.0.0",
        group: "hash",
        complexity: "O(1)",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "field", typ: "string", ..Arg::DEFAULT },
        ],
        acl: acl::HASH,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "hget",
        summary: "Get the value of a hash field",
        since: "2.0.0",
        group: "hash",
        complexity: "O(1)",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "field", typ: "string", ..Arg::DEFAULT },
        ],
        acl: acl::HASH,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "hgetall",
        summary: "Get all the fields and values in a hash",
        since: "2.0.0",
        group: "hash",
        complexity: "O(N) where N is the size of the hash.",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
        ],
        acl: acl::HASH,
        tips: &["nondeterministic_output_order"],
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "hincrby",
        summary: "Increment the integer value of a hash field by the given number",
        since: "2.0.0",
        group: "hash",
        complexity: "O(1)",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "field", typ: "string", ..Arg::DEFAULT },
            Arg { name: "increment", typ: "integer", ..Arg::DEFAULT },
        ],
        acl: acl::HASH,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::ACCESS | keyflag::UPDATE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "hincrbyfloat",
        summary: "Increment the float value of a hash field by the given amount",
        since: "2.6.0",
        group: "hash",
        complexity: "O(1)",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "field", typ: "string", ..Arg::DEFAULT },
            Arg { name: "increment", typ: "double", ..Arg::DEFAULT },
        ],
        acl: acl::HASH,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::ACCESS | keyflag::UPDATE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "hkeys",
        summary: "Get all the fields in a hash",
        since: "2.0.0",
        group: "hash",
        complexity: "O(N) where N is the size of the hash.",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
        ],
        acl: acl::HASH,
        tips: &["nondeterministic_output_order"],
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "hlen",
        summary: "Get the number of fields in a hash",
        since: "2.0.0",
        group: "hash",
        complexity: "O(1)",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
        ],
        acl: acl::HASH,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "hmget",
        summary: "Get the values of all the given hash fields",
        since: "2.0.0",
        group: "hash",
        complexity: "O(N) where N is the number of fields being requested.",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "field", typ: "string", flags: argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        acl: acl::HASH,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "hmset",
        summary: "Set multiple hash fields to multiple values",
        since: "2.0.0",
        group: "hash",
        complexity: "O(N) where N is the number of fields being set.",
        doc_flags: docflag::DEPRECATED,
        deprecated_since: "4.0.0",
        replaced_by: "`HSET` with multiple field-value pairs",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "field_value", typ: "block", flags: argflag::MULTIPLE, args: &[
                Arg { name: "field", typ: "string", ..Arg::DEFAULT },
                Arg { name: "value", typ: "string", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::HASH,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::UPDATE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "hrandfield",
        summary: "Get one or multiple random fields from a hash",
        since: "6.2.0",
        group: "hash",
        complexity: "O(N) where N is the number of fields returned",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "options", typ: "block", flags: argflag::OPTIONAL, args: &[
                Arg { name: "count", typ: "integer", ..Arg::DEFAULT },
                Arg { name: "withvalues", typ: "pure-token", token: "WITHVALUES", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::HASH,
        tips: &["nondeterministic_output"],
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "hscan",
        summary: "Incrementally iterate hash fields and associated values",
        since: "2.8.0",
        group: "hash",
        complexity: "O(1) for every call. O(N) for a complete iteration, including enough command calls for the cursor to return back to 0. N is the number of elements inside the collection..",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "cursor", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "pattern", typ: "pattern", token: "MATCH", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "count", typ: "integer", token: "COUNT", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        acl: acl::HASH,
        tips: &["nondeterministic_output"],
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "hset",
        summary: "Set the string value of a hash field",
        since: "2.0.0",
        group: "hash",
        complexity: "O(1) for each field/value pair added, so O(N) to add N field/value pairs when the command is called with multiple field/value pairs.",
        history: &[("4.0.0", "Accepts multiple `field` and `value` arguments.")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "field_value", typ: "block", flags: argflag::MULTIPLE, args: &[
                Arg { name: "field", typ: "string", ..Arg::DEFAULT },
                Arg { name: "value", typ: "string", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::HASH,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::UPDATE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "hsetnx",
        summary: "Set the value of a hash field, only if the field does not exist",
        since: "2.0.0",
        group: "hash",
        complexity: "O(1)",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "field", typ: "string", ..Arg::DEFAULT },
            Arg { name: "value", typ: "string", ..Arg::DEFAULT },
        ],
        acl: acl::HASH,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::INSERT, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "hstrlen",
        summary: "Get the length of the value of a hash field",
        since: "3.2.0",
        group: "hash",
        complexity: "O(1)",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "field", typ: "string", ..Arg::DEFAULT },
        ],
        acl: acl::HASH,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "hvals",
        summary: "Get all the values in a hash",
        since: "2.0.0",
        group: "hash",
        complexity: "O(N) where N is the size of the hash.",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
        ],
        acl: acl::HASH,
        tips: &["nondeterministic_output_order"],
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "incr",
        summary: "Increment the integer value of a key by one",
        since: "1.0.0",
        group: "string",
        complexity: "O(1)",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
        ],
        acl: acl::STRING,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::ACCESS | keyflag::UPDATE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "incrby",
        summary: "Increment the integer value of a key by the given amount",
        since: "1.0.0",
        group: "string",
        complexity: "O(1)",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "increment", typ: "integer", ..Arg::DEFAULT },
        ],
        acl: acl::STRING,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::ACCESS | keyflag::UPDATE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "incrbyfloat",
        summary: "Increment the float value of a key by the given amount",
        since: "2.6.0",
        group: "string",
        complexity: "O(1)",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "increment", typ: "double", ..Arg::DEFAULT },
        ],
        acl: acl::STRING,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::ACCESS | keyflag::UPDATE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "info",
        summary: "Get information and statistics about the server",
        since: "1.0.0",
        group: "server",
        complexity: "O(1)",
        history: &[("7.0.0", "Added support for taking multiple section arguments.")],
        args: &[
            Arg { name: "section", typ: "string", flags: argflag::OPTIONAL | argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        acl: acl::DANGEROUS,
        tips: &["nondeterministic_output", "request_policy:all_shards", "response_policy:special"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "keys",
        summary: "Find all keys matching the given pattern",
        since: "1.0.0",
        group: "generic",
        complexity: "O(N) with N being the number of keys in the database, under the assumption that the key names in the database and the given pattern have limited length.",
        args: &[
            Arg { name: "pattern", typ: "pattern", ..Arg::DEFAULT },
        ],
        acl: acl::KEYSPACE | acl::DANGEROUS,
        tips: &["request_policy:all_shards", "nondeterministic_output_order"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "lastsave",
        summary: "Get the UNIX time stamp of the last successful save to disk",
        since: "1.0.0",
        group: "server",
        complexity: "O(1)",
        acl: acl::ADMIN | acl::DANGEROUS,
        tips: &["nondeterministic_output"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "latency",
        summary: "A container for latency diagnostics commands",
        since: "2.8.13",
        group: "server",
        complexity: "Depends on subcommand.",
        ..Doc::DEFAULT
    },
    Doc {
        name: "latency|doctor",
        summary: "Return a human readable latency analysis report.",
        since: "2.8.13",
        group: "server",
        complexity: "O(1)",
        tips: &["nondeterministic_output", "request_policy:all_nodes", "response_policy:special"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "latency|graph",
        summary: "Return a latency graph for the event.",
        since: "2.8.13",
        group: "server",
        complexity: "O(1)",
        args: &[
            Arg { name: "event", typ: "string", ..Arg::DEFAULT },
        ],
        tips: &["nondeterministic_output", "request_policy:all_nodes", "response_policy:special"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "latency|help",
        summary: "Show helpful text about the different subcommands.",
        since: "2.8.13",
        group: "server",
        complexity: "O(1)",
        ..Doc::DEFAULT
    },
    Doc {
        name: "latency|histogram",
        summary: "Return the cumulative distribution of latencies of a subset of commands or all.",
        since: "7.0.0",
        group: "server",
        complexity: "O(N) where N is the number of commands with latency information being retrieved.",
        args: &[
            Arg { name: "command", typ: "string", flags: argflag::OPTIONAL | argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        tips: &["nondeterministic_output", "request_policy:all_nodes", "response_policy:special"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "latency|history",
        summary: "Return timestamp-latency samples for the event.",
        since: "2.8.13",
        group: "server",
        complexity: "O(1)",
        args: &[
            Arg { name: "event", typ: "string", ..Arg::DEFAULT },
        ],
        tips: &["nondeterministic_output", "request_policy:all_nodes", "response_policy:special"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "latency|latest",
        summary: "Return the latest latency samples for all events.",
        since: "2.8.13",
        group: "server",
        complexity: "O(1)",
        tips: &["nondeterministic_output", "request_policy:all_nodes", "response_policy:special"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "latency|reset",
        summary: "Reset latency data for one or more events.",
        since: "2.8.13",
        group: "server",
        complexity: "O(1)",
        args: &[
            Arg { name: "event", typ: "string", flags: argflag::OPTIONAL | argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        tips: &["request_policy:all_nodes", "response_policy:all_succeeded"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "lcs",
        summary: "Find longest common substring",
        since: "7.0.0",
        group: "string",
        complexity: "O(N*M) where N and M are the lengths of s1 and s2, respectively",
        args: &[
            Arg { name: "key1", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "key2", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "len", typ: "pure-token", token: "LEN", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "idx", typ: "pure-token", token: "IDX", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "len", typ: "integer", token: "MINMATCHLEN", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "withmatchlen", typ: "pure-token", token: "WITHMATCHLEN", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        acl: acl::STRING,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 1, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "lindex",
        summary: "Get an element from a list by its index",
        since: "1.0.0",
        group: "list",
        complexity: "O(N) where N is the number of elements to traverse to get to the element at index. This makes asking for the first or the last element of the list O(1).",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "index", typ: "integer", ..Arg::DEFAULT },
        ],
        acl: acl::LIST,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "linsert",
        summary: "Insert an element before or after another element in a list",
        since: "2.2.0",
        group: "list",
        complexity: "O(N) where N is the number of elements to traverse before seeing the value pivot. This means that inserting somewhere on the left end on the list (head) can be considered O(1) and inserting somewhere on the right end (tail) is O(N).",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "where", typ: "oneof", args: &[
                Arg { name: "before", typ: "pure-token", token: "BEFORE", ..Arg::DEFAULT },
                Arg { name: "after", typ: "pure-token", token: "AFTER", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "pivot", typ: "string", ..Arg::DEFAULT },
            Arg { name: "element", typ: "string", ..Arg::DEFAULT },
        ],
        acl: acl::LIST,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::INSERT, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "llen",
        summary: "Get the length of a list",
        since: "1.0.0",
        group: "list",
        complexity: "O(1)",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
        ],
        acl: acl::LIST,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "lmove",
        summary: "Pop an element from a list, push it to another list and return it",
        since: "6.2.0",
        group: "list",
        complexity: "O(1)",
        args: &[
            Arg { name: "source", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "destination", typ: "key", key_spec_index: 1, ..Arg::DEFAULT },
            Arg { name: "wherefrom", typ: "oneof", args: &[
                Arg { name: "left", typ: "pure-token", token: "LEFT", ..Arg::DEFAULT },
                Arg { name: "right", typ: "pure-token", token: "RIGHT", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "whereto", typ: "oneof", args: &[
                Arg { name: "left", typ: "pure-token", token: "LEFT", ..Arg::DEFAULT },
                Arg { name: "right", typ: "pure-token", token: "RIGHT", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::LIST,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::ACCESS | keyflag::DELETE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
            KeySpec { notes: "", flags: keyflag::RW | keyflag::INSERT, begin_search: BeginSearch::Index(2), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "lmpop",
        summary: "Pop elements from a list",
        since: "7.0.0",
        group: "list",
        complexity: "O(N+M) where N is the number of provided keys and M is the number of elements returned.",
        args: &[
            Arg { name: "numkeys", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "key", typ: "key", key_spec_index: 0, flags: argflag::MULTIPLE, ..Arg::DEFAULT },
            Arg { name: "where", typ: "oneof", args: &[
                Arg { name: "left", typ: "pure-token", token: "LEFT", ..Arg::DEFAULT },
                Arg { name: "right", typ: "pure-token", token: "RIGHT", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "count", typ: "integer", token: "COUNT", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        acl: acl::LIST,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::ACCESS | keyflag::DELETE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Keynum { keynumidx: 0, firstkey: 1, keystep: 1 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "lolwut",
        summary: "Display some computer art and the Redis version",
        since: "5.0.0",
        group: "server",
        args: &[
            Arg { name: "version", typ: "integer", token: "VERSION", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "lpop",
        summary: "Remove and get the first elements in a list",
        since: "1.0.0",
        group: "list",
        complexity: "O(N) where N is the number of elements returned",
        history: &[("6.2.0", "Added the `count` argument.")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "count", typ: "integer", since: "6.2.0", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        acl: acl::LIST,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::ACCESS | keyflag::DELETE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "lpos",
        summary: "Return the index of matching elements on a list",
        since: "6.0.6",
        group: "list",
        complexity: "O(N) where N is the number of elements in the list, for the average case. When searching for elements near the head or the tail of the list, or when the MAXLEN option is provided, the command may run in constant time.",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "element", typ: "string", ..Arg::DEFAULT },
            Arg { name: "rank", typ: "integer", token: "RANK", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "num-matches", typ: "integer", token: "COUNT", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "len", typ: "integer", token: "MAXLEN", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        acl: acl::LIST,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "lpush",
        summary: "Prepend one or multiple elements to a list",
        since: "1.0.0",
        group: "list",
        complexity: "O(1) for each element added, so O(N) to add N elements when the command is called with multiple arguments.",
        history: &[("2.4.0", "Accepts multiple `element` arguments.")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "element", typ: "string", flags: argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        acl: acl::LIST,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::INSERT, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "lpushx",
        summary: "Prepend an element to a list, only if the list exists",
        since: "2.2.0",
        group: "list",
        complexity: "O(1) for each element added, so O(N) to add N elements when the command is called with multiple arguments.",
        history: &[("4.0.0", "Accepts multiple `element` arguments.")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "element", typ: "string", flags: argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        acl: acl::LIST,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::INSERT, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "lrange",
        summary: "Get a range of elements from a list",
        since: "1.0.0",
        group: "list",
        complexity: "O(S+N) where S is the distance of start offset from HEAD for small lists, from nearest end (HEAD or TAIL) for large lists; and N is the number of elements in the specified range.",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "start", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "stop", typ: "integer", ..Arg::DEFAULT },
        ],
        acl: acl::LIST,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "lrem",
        summary: "Remove elements from a list",
        since: "1.0.0",
        group: "list",
        complexity: "O(N+M) where N is the length of the list and M is the number of elements removed.",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "count", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "element", typ: "string", ..Arg::DEFAULT },
        ],
        acl: acl::LIST,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::DELETE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "lset",
        summary: "Set the value of an element in a list by its index",
        since: "1.0.0",
        group: "list",
        complexity: "O(N) where N is the length of the list. Setting either the first or the last element of the list is O(1).",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "index", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "element", typ: "string", ..Arg::DEFAULT },
        ],
        acl: acl::LIST,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::UPDATE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "ltrim",
        summary: "Trim a list to the specified range",
        since: "1.0.0",
        group: "list",
        complexity: "O(N) where N is the number of elements to be removed by the operation.",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "start", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "stop", typ: "integer", ..Arg::DEFAULT },
        ],
        acl: acl::LIST,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::DELETE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "memory",
        summary: "A container for memory diagnostics commands",
        since: "4.0.0",
        group: "server",
        complexity: "Depends on subcommand.",
        ..Doc::DEFAULT
    },
    Doc {
        name: "memory|doctor",
        summary: "Outputs memory problems report",
        since: "4.0.0",
        group: "server",
        complexity: "O(1)",
        tips: &["nondeterministic_output", "request_policy:all_shards", "response_policy:special"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "memory|help",
        summary: "Show helpful text about the different subcommands",
        since: "4.0.0",
        group: "server",
        complexity: "O(1)",
        ..Doc::DEFAULT
    },
    Doc {
        name: "memory|malloc-stats",
        summary: "Show allocator internal stats",
        since: "4.0.0",
        group: "server",
        complexity: "Depends on how much memory is allocated, could be slow",
        tips: &["nondeterministic_output", "request_policy:all_shards", "response_policy:special"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "memory|purge",
        summary: "Ask the allocator to release memory",
        since: "4.0.0",
        group: "server",
        complexity: "Depends on how much memory is allocated, could be slow",
        tips: &["request_policy:all_shards", "response_policy:all_succeeded"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "memory|stats",
        summary: "Show memory usage details",
        since: "4.0.0",
        group: "server",
        complexity: "O(1)",
        tips: &["nondeterministic_output", "request_policy:all_shards", "response_policy:special"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "memory|usage",
        summary: "Estimate the memory usage of a key",
        since: "4.0.0",
        group: "server",
        complexity: "O(N) where N is the number of samples.",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "count", typ: "integer", token: "SAMPLES", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO, begin_search: BeginSearch::Index(2), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "mget",
        summary: "Get the values of all the given keys",
        since: "1.0.0",
        group: "string",
        complexity: "O(N) where N is the number of keys to retrieve.",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, flags: argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        acl: acl::STRING,
        tips: &["request_policy:multi_shard"],
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: -1, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "migrate",
        summary: "Atomically transfer a key from a Redis instance to another one.",
        since: "2.6.0",
        group: "generic",
        complexity: "This command actually executes a DUMP+DEL in the source instance, and a RESTORE in the target instance. See the pages of these commands for time complexity. Also an O(N) data transfer between the two instances is performed.",
        history: &[("3.0.0", "Added the `COPY` and `REPLACE` options."), ("3.0.6", "Added the `KEYS` option."), ("4.0.7", "Added the `AUTH` option."), ("6.0.0", "Added the `AUTH2` option.")],
        args: &[
            Arg { name: "host", typ: "string", ..Arg::DEFAULT },
            Arg { name: "port", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "key_or_empty_string", typ: "oneof", args: &[
                Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
                Arg { name: "empty_string", typ: "pure-token", token: "\"\"", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "destination-db", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "timeout", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "copy", typ: "pure-token", token: "COPY", since: "3.0.0", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "replace", typ: "pure-token", token: "REPLACE", since: "3.0.0", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "authentication", typ: "oneof", flags: argflag::OPTIONAL, args: &[
                Arg { name: "password", typ: "string", token: "AUTH", since: "4.0.7", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
                Arg { name: "username_password", typ: "block", token: "AUTH2", since: "6.0.0", flags: argflag::OPTIONAL, args: &[
                    Arg { name: "username", typ: "string", ..Arg::DEFAULT },
                    Arg { name: "password", typ: "string", ..Arg::DEFAULT },
                ], ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "key", typ: "key", key_spec_index: 1, token: "KEYS", since: "3.0.6", flags: argflag::OPTIONAL | argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        acl: acl::KEYSPACE | acl::DANGEROUS,
        tips: &["nondeterministic_output"],
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::ACCESS | keyflag::DELETE, begin_search: BeginSearch::Index(3), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
            KeySpec { notes: "", flags: keyflag::RW | keyflag::ACCESS | keyflag::DELETE | keyflag::INCOMPLETE, begin_search: BeginSearch::Keyword { keyword: "KEYS", startfrom: -2 }, find_keys: FindKeys::Range { lastkey: -1, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "module",
        summary: "A container for module commands",
        since: "4.0.0",
        group: "server",
        complexity: "Depends on subcommand.",
        ..Doc::DEFAULT
    },
    Doc {
        name: "module|help",
        summary: "Show helpful text about the different subcommands",
        since: "5.0.0",
        group: "server",
        complexity: "O(1)",
        ..Doc::DEFAULT
    },
    Doc {
        name: "module|list",
        summary: "List all modules loaded by the server",
        since: "4.0.0",
        group: "server",
        complexity: "O(N) where N is the number of loaded modules.",
        tips: &["nondeterministic_output_order"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "module|load",
        summary: "Load a module",
        since: "4.0.0",
        group: "server",
        complexity: "O(1)",
        args: &[
            Arg { name: "path", typ: "string", ..Arg::DEFAULT },
            Arg { name: "arg", typ: "string", flags: argflag::OPTIONAL | argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "module|loadex",
        summary: "Load a module with extended parameters",
        since: "7.0.0",
        group: "server",
        complexity: "O(1)",
        args: &[
            Arg { name: "path", typ: "string", ..Arg::DEFAULT },
            Arg { name: "configs", typ: "block", token: "CONFIG", flags: argflag::OPTIONAL | argflag::MULTIPLE | argflag::MULTIPLE_TOKEN, args: &[
                Arg { name: "name", typ: "string", ..Arg::DEFAULT },
                Arg { name: "value", typ: "string", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "args", typ: "block", token: "ARGS", flags: argflag::OPTIONAL | argflag::MULTIPLE, args: &[
                Arg { name: "arg", typ: "string", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "module|unload",
        summary: "Unload a module",
        since: "4.0.0",
        group: "server",
        complexity: "O(1)",
        args: &[
            Arg { name: "name", typ: "string", ..Arg::DEFAULT },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "monitor",
        summary: "Listen for all requests received by the server in real time",
        since: "1.0.0",
        group: "server",
        ..Doc::DEFAULT
    },
    Doc {
        name: "move",
        summary: "Move a key to another database",
        since: "1.0.0",
        group: "generic",
        complexity: "O(1)",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "db", typ: "integer", ..Arg::DEFAULT },
        ],
        acl: acl::KEYSPACE,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::ACCESS | keyflag::UPDATE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "mset",
        summary: "Set multiple keys to multiple values",
        since: "1.0.1",
        group: "string",
        complexity: "O(N) where N is the number of keys to set.",
        args: &[
            Arg { name: "key_value", typ: "block", flags: argflag::MULTIPLE, args: &[
                Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
                Arg { name: "value", typ: "string", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::STRING,
        tips: &["request_policy:multi_shard", "response_policy:all_succeeded"],
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::OW | keyflag::UPDATE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: -1, keystep: 2, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "msetnx",
        summary: "Set multiple keys to multiple values, only if none of the keys exist",
        since: "1.0.1",
        group: "string",
        complexity: "O(N) where N is the number of keys to set.",
        args: &[
            Arg { name: "key_value", typ: "block", flags: argflag::MULTIPLE, args: &[
                Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
                Arg { name: "value", typ: "string", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::STRING,
        tips: &["request_policy:multi_shard", "response_policy:agg_min"],
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::OW | keyflag::INSERT, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: -1, keystep: 2, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "multi",
        summary: "Mark the start of a transaction block",
        since: "1.2.0",
        group: "transactions",
        complexity: "O(1)",
        acl: acl::TRANSACTION,
        ..Doc::DEFAULT
    },
    Doc {
        name: "object",
        summary: "A container for object introspection commands",
        since: "2.2.3",
        group: "generic",
        complexity: "Depends on subcommand.",
        ..Doc::DEFAULT
    },
    Doc {
        name: "object|encoding",
        summary: "Inspect the internal encoding of a Redis object",
        since: "2.2.3",
        group: "generic",
        complexity: "O(1)",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
        ],
        acl: acl::KEYSPACE,
        tips: &["nondeterministic_output"],
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO, begin_search: BeginSearch::Index(2), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "object|freq",
        summary: "Get the logarithmic access frequency counter of a Redis object",
        since: "4.0.0",
        group: "generic",
        complexity: "O(1)",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
        ],
        acl: acl::KEYSPACE,
        tips: &["nondeterministic_output"],
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO, begin_search: BeginSearch::Index(2), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "object|help",
        summary: "Show helpful text about the different subcommands",
        since: "6.2.0",
        group: "generic",
        complexity: "O(1)",
        acl: acl::KEYSPACE,
        ..Doc::DEFAULT
    },
    Doc {
        name: "object|idletime",
        summary: "Get the time since a Redis object was last accessed",
        since: "2.2.3",
        group: "generic",
        complexity: "O(1)",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
        ],
        acl: acl::KEYSPACE,
        tips: &["nondeterministic_output"],
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO, begin_search: BeginSearch::Index(2), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "object|refcount",
        summary: "Get the number of references to the value of the key",
        since: "2.2.3",
        group: "generic",
        complexity: "O(1)",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
        ],
        acl: acl::KEYSPACE,
        tips: &["nondeterministic_output"],
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO, begin_search: BeginSearch::Index(2), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "persist",
        summary: "Remove the expiration from a key",
        since: "2.2.0",
        group: "generic",
        complexity: "O(1)",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
        ],
        acl: acl::KEYSPACE,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::UPDATE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "pexpire",
        summary: "Set a key's time to live in milliseconds",
        since: "2.6.0",
        group: "generic",
        complexity: "O(1)",
        history: &[("7.0.0", "Added options: `NX`, `XX`, `GT` and `LT`.")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "milliseconds", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "condition", typ: "oneof", since: "7.0.0", flags: argflag::OPTIONAL, args: &[
                Arg { name: "nx", typ: "pure-token", token: "NX", ..Arg::DEFAULT },
                Arg { name: "xx", typ: "pure-token", token: "XX", ..Arg::DEFAULT },
                Arg { name: "gt", typ: "pure-token", token: "GT", ..Arg::DEFAULT },
                Arg { name: "lt", typ: "pure-token", token: "LT", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::KEYSPACE,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::UPDATE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "pexpireat",
        summary: "Set the expiration for a key as a UNIX timestamp specified in milliseconds",
        since: "2.6.0",
        group: "generic",
        complexity: "O(1)",
        history: &[("7.0.0", "Added options: `NX`, `XX`, `GT` and `LT`.")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "unix-time-milliseconds", typ: "unix-time", ..Arg::DEFAULT },
            Arg { name: "condition", typ: "oneof", since: "7.0.0", flags: argflag::OPTIONAL, args: &[
                Arg { name: "nx", typ: "pure-token", token: "NX", ..Arg::DEFAULT },
                Arg { name: "xx", typ: "pure-token", token: "XX", ..Arg::DEFAULT },
                Arg { name: "gt", typ: "pure-token", token: "GT", ..Arg::DEFAULT },
                Arg { name: "lt", typ: "pure-token", token: "LT", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::KEYSPACE,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::UPDATE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "pexpiretime",
        summary: "Get the expiration Unix timestamp for a key in milliseconds",
        since: "7.0.0",
        group: "generic",
        complexity: "O(1)",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
        ],
        acl: acl::KEYSPACE,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "pfadd",
        summary: "Adds the specified elements to the specified HyperLogLog.",
        since: "2.8.9",
        group: "hyperloglog",
        complexity: "O(1) to add every element.",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "element", typ: "string", flags: argflag::OPTIONAL | argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        acl: acl::HYPERLOGLOG,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::INSERT, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "pfcount",
        summary: "Return the approximated cardinality of the set(s) observed by the HyperLogLog at key(s).",
        since: "2.8.9",
        group: "hyperloglog",
        complexity: "O(1) with a very small average constant time when called with a single key. O(N) with N being the number of keys, and much bigger constant times, when called with multiple keys.",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, flags: argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        acl: acl::HYPERLOGLOG,
        key_specs: &[
            KeySpec { notes: "RW because it may change the internal representation of the key, and propagate to replicas", flags: keyflag::RW | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: -1, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "pfdebug",
        summary: "Internal commands for debugging HyperLogLog values",
        since: "2.8.9",
        group: "hyperloglog",
        complexity: "N/A",
        doc_flags: docflag::SYSCMD,
        args: &[
            Arg { name: "subcommand", typ: "string", ..Arg::DEFAULT },
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
        ],
        acl: acl::HYPERLOGLOG,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::ACCESS, begin_search: BeginSearch::Index(2), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "pfmerge",
        summary: "Merge N different HyperLogLogs into a single one.",
        since: "2.8.9",
        group: "hyperloglog",
        complexity: "O(N) to merge N HyperLogLogs, but with high constant times.",
        args: &[
            Arg { name: "destkey", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "sourcekey", typ: "key", key_spec_index: 1, flags: argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        acl: acl::HYPERLOGLOG,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::ACCESS | keyflag::INSERT, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(2), find_keys: FindKeys::Range { lastkey: -1, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "pfselftest",
        summary: "An internal command for testing HyperLogLog values",
        since: "2.8.9",
        group: "hyperloglog",
        complexity: "N/A",
        doc_flags: docflag::SYSCMD,
        acl: acl::HYPERLOGLOG,
        ..Doc::DEFAULT
    },
    Doc {
        name: "ping",
        summary: "Ping the server",
        since: "1.0.0",
        group: "connection",
        complexity: "O(1)",
        args: &[
            Arg { name: "message", typ: "string", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        acl: acl::CONNECTION,
        tips: &["request_policy:all_shards", "response_policy:all_succeeded"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "psetex",
        summary: "Set the value and expiration in milliseconds of a key",
        since: "2.6.0",
        group: "string",
        complexity: "O(1)",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "milliseconds", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "value", typ: "string", ..Arg::DEFAULT },
        ],
        acl: acl::STRING,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::OW | keyflag::UPDATE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "psubscribe",
        summary: "Listen for messages published to channels matching the given patterns",
        since: "2.0.0",
        group: "pubsub",
        complexity: "O(N) where N is the number of patterns the client is already subscribed to.",
        args: &[
            Arg { name: "pattern", typ: "block", flags: argflag::MULTIPLE, args: &[
                Arg { name: "pattern", typ: "pattern", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "psync",
        summary: "Internal command used for replication",
        since: "2.8.0",
        group: "server",
        args: &[
            Arg { name: "replicationid", typ: "string", ..Arg::DEFAULT },
            Arg { name: "offset", typ: "integer", ..Arg::DEFAULT },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "pttl",
        summary: "Get the time to live for a key in milliseconds",
        since: "2.6.0",
        group: "generic",
        complexity: "O(1)",
        history: &[("2.8.0", "Added the -2 reply.")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
        ],
        acl: acl::KEYSPACE,
        tips: &["nondeterministic_output"],
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "publish",
        summary: "Post a message to a channel",
        since: "2.0.0",
        group: "pubsub",
        complexity: "O(N+M) where N is the number of clients subscribed to the receiving channel and M is the total number of subscribed patterns (by any client).",
        args: &[
            Arg { name: "channel", typ: "string", ..Arg::DEFAULT },
            Arg { name: "message", typ: "string", ..Arg::DEFAULT },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "pubsub",
        summary: "A container for Pub/Sub commands",
        since: "2.8.0",
        group: "pubsub",
        complexity: "Depends on subcommand.",
        ..Doc::DEFAULT
    },
    Doc {
        name: "pubsub|channels",
        summary: "List active channels",
        since: "2.8.0",
        group: "pubsub",
        complexity: "O(N) where N is the number of active channels, and assuming constant time pattern matching (relatively short channels and patterns)",
        args: &[
            Arg { name: "pattern", typ: "pattern", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "pubsub|help",
        summary: "Show helpful text about the different subcommands",
        since: "6.2.0",
        group: "pubsub",
        complexity: "O(1)",
        ..Doc::DEFAULT
    },
    Doc {
        name: "pubsub|numpat",
        summary: "Get the count of unique patterns pattern subscriptions",
        since: "2.8.0",
        group: "pubsub",
        complexity: "O(1)",
        ..Doc::DEFAULT
    },
    Doc {
        name: "pubsub|numsub",
        summary: "Get the count of subscribers for channels",
        since: "2.8.0",
        group: "pubsub",
        complexity: "O(N) for the NUMSUB subcommand, where N is the number of requested channels",
        args: &[
            Arg { name: "channel", typ: "string", flags: argflag::OPTIONAL | argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "pubsub|shardchannels",
        summary: "List active shard channels",
        since: "7.0.0",
        group: "pubsub",
        complexity: "O(N) where N is the number of active shard channels, and assuming constant time pattern matching (relatively short shard channels).",
        args: &[
            Arg { name: "pattern", typ: "pattern", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "pubsub|shardnumsub",
        summary: "Get the count of subscribers for shard channels",
        since: "7.0.0",
        group: "pubsub",
        complexity: "O(N) for the SHARDNUMSUB subcommand, where N is the number of requested shard channels",
        args: &[
            Arg { name: "shardchannel", typ: "string", flags: argflag::OPTIONAL | argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "punsubscribe",
        summary: "Stop listening for messages posted to channels matching the given patterns",
        since: "2.0.0",
        group: "pubsub",
        complexity: "O(N+M) where N is the number of patterns the client is already subscribed and M is the number of total patterns subscribed in the system (by any client).",
        args: &[
            Arg { name: "pattern", typ: "pattern", flags: argflag::OPTIONAL | argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "quit",
        summary: "Close the connection",
        since: "1.0.0",
        group: "connection",
        complexity: "O(1)",
        acl: acl::CONNECTION,
        ..Doc::DEFAULT
    },
    Doc {
        name: "randomkey",
        summary: "Return a random key from the keyspace",
        since: "1.0.0",
        group: "generic",
        complexity: "O(1)",
        acl: acl::KEYSPACE,
        tips: &["request_policy:all_shards", "nondeterministic_output"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "readonly",
        summary: "Enables read queries for a connection to a cluster replica node",
        since: "3.0.0",
        group: "cluster",
        complexity: "O(1)",
        acl: acl::CONNECTION,
        ..Doc::DEFAULT
    },
    Doc {
        name: "readwrite",
        summary: "Disables read queries for a connection to a cluster replica node",
        since: "3.0.0",
        group: "cluster",
        complexity: "O(1)",
        acl: acl::CONNECTION,
        ..Doc::DEFAULT
    },
    Doc {
        name: "rename",
        summary: "Rename a key",
        since: "1.0.0",
        group: "generic",
        complexity: "O(1)",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "newkey", typ: "key", key_spec_index: 1, ..Arg::DEFAULT },
        ],
        acl: acl::KEYSPACE,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::ACCESS | keyflag::DELETE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
            KeySpec { notes: "", flags: keyflag::OW | keyflag::UPDATE, begin_search: BeginSearch::Index(2), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "renamenx",
        summary: "Rename a key, only if the new key does not exist",
        since: "1.0.0",
        group: "generic",
        complexity: "O(1)",
        history: &[("3.2.0", "The command no longer returns an error when source and destination names are the same.")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "newkey", typ: "key", key_spec_index: 1, ..Arg::DEFAULT },
        ],
        acl: acl::KEYSPACE,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::ACCESS | keyflag::DELETE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
            KeySpec { notes: "", flags: keyflag::OW | keyflag::INSERT, begin_search: BeginSearch::Index(2), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "replconf",
        summary: "An internal command for configuring the replication stream",
        since: "3.0.0",
        group: "server",
        complexity: "O(1)",
        doc_flags: docflag::SYSCMD,
        ..Doc::DEFAULT
    },
    Doc {
        name: "replicaof",
        summary: "Make the server a replica of another instance, or promote it as master.",
        since: "5.0.0",
        group: "server",
        complexity: "O(1)",
        args: &[
            Arg { name: "args", typ: "oneof", args: &[
                Arg { name: "host-port", typ: "block", args: &[
                    Arg { name: "host", typ: "string", ..Arg::DEFAULT },
                    Arg { name: "port", typ: "integer", ..Arg::DEFAULT },
                ], ..Arg::DEFAULT },
                Arg { name: "no-one", typ: "block", args: &[
                    Arg { name: "no", typ: "pure-token", token: "NO", ..Arg::DEFAULT },
                    Arg { name: "one", typ: "pure-token", token: "ONE", ..Arg::DEFAULT },
                ], ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "reset",
        summary: "Reset the connection",
        since: "6.2.0",
        group: "connection",
        complexity: "O(1)",
        acl: acl::CONNECTION,
        ..Doc::DEFAULT
    },
    Doc {
        name: "restore",
        summary: "Create a key using the provided serialized value, previously obtained using DUMP.",
        since: "2.6.0",
        group: "generic",
        complexity: "O(1) to create the new key and additional O(N*M) to reconstruct the serialized value, where N is the number of Redis objects composing the value and M their average size. For small string values the time complexity is thus O(1)+O(1*M) where M is small, so simply O(1). However for sorted set values the complexity is O(N*M*log(N)) because inserting values into sorted sets is O(log(N)).",
        history: &[("3.0.0", "Added the `REPLACE` modifier."), ("5.0.0", "Added the `ABSTTL` modifier."), ("5.0.0", "Added the `IDLETIME` and `FREQ` options.")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "ttl", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "serialized-value", typ: "string", ..Arg::DEFAULT },
            Arg { name: "replace", typ: "pure-token", token: "REPLACE", since: "3.0.0", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "absttl", typ: "pure-token", token: "ABSTTL", since: "5.0.0", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "seconds", typ: "integer", token: "IDLETIME", since: "5.0.0", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "frequency", typ: "integer", token: "FREQ", since: "5.0.0", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        acl: acl::KEYSPACE | acl::DANGEROUS,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::OW | keyflag::UPDATE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "restore-asking",
        summary: "An internal command for migrating keys in a cluster",
        since: "3.0.0",
        group: "server",
        complexity: "O(1) to create the new key and additional O(N*M) to reconstruct the serialized value, where N is the number of Redis objects composing the value and M their average size. For small string values the time complexity is thus O(1)+O(1*M) where M is small, so simply O(1). However for sorted set values the complexity is O(N*M*log(N)) because inserting values into sorted sets is O(log(N)).",
        doc_flags: docflag::SYSCMD,
        history: &[("3.0.0", "Added the `REPLACE` modifier."), ("5.0.0", "Added the `ABSTTL` modifier."), ("5.0.0", "Added the `IDLETIME` and `FREQ` options.")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "ttl", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "serialized-value", typ: "string", ..Arg::DEFAULT },
            Arg { name: "replace", typ: "pure-token", token: "REPLACE", since: "3.0.0", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "absttl", typ: "pure-token", token: "ABSTTL", since: "5.0.0", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "seconds", typ: "integer", token: "IDLETIME", since: "5.0.0", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "frequency", typ: "integer", token: "FREQ", since: "5.0.0", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        acl: acl::KEYSPACE | acl::DANGEROUS,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::OW | keyflag::UPDATE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "role",
        summary: "Return the role of the instance in the context of replication",
        since: "2.8.12",
        group: "server",
        complexity: "O(1)",
        acl: acl::ADMIN | acl::DANGEROUS,
        ..Doc::DEFAULT
    },
    Doc {
        name: "rpop",
        summary: "Remove and get the last elements in a list",
        since: "1.0.0",
        group: "list",
        complexity: "O(N) where N is the number of elements returned",
        history: &[("6.2.0", "Added the `count` argument.")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "count", typ: "integer", since: "6.2.0", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        acl: acl::LIST,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::ACCESS | keyflag::DELETE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "rpoplpush",
        summary: "Remove the last element in a list, prepend it to another list and return it",
        since: "1.2.0",
        group: "list",
        complexity: "O(1)",
        doc_flags: docflag::DEPRECATED,
        deprecated_since: "6.2.0",
        replaced_by: "`LMOVE` with the `RIGHT` and `LEFT` arguments",
        args: &[
            Arg { name: "source", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "destination", typ: "key", key_spec_index: 1, ..Arg::DEFAULT },
        ],
        acl: acl::LIST,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::ACCESS | keyflag::DELETE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
            KeySpec { notes: "", flags: keyflag::RW | keyflag::INSERT, begin_search: BeginSearch::Index(2), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "rpush",
        summary: "Append one or multiple elements to a list",
        since: "1.0.0",
        group: "list",
        complexity: "O(1) for each element added, so O(N) to add N elements when the command is called with multiple arguments.",
        history: &[("2.4.0", "Accepts multiple `element` arguments.")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "element", typ: "string", flags: argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        acl: acl::LIST,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::INSERT, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "rpushx",
        summary: "Append an element to a list, only if the list exists",
        since: "2.2.0",
        group: "list",
        complexity: "O(1) for each element added, so O(N) to add N elements when the command is called with multiple arguments.",
        history: &[("4.0.0", "Accepts multiple `element` arguments.")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "element", typ: "string", flags: argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        acl: acl::LIST,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::INSERT, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "sadd",
        summary: "Add one or more members to a set",
        since: "1.0.0",
        group: "set",
        complexity: "O(1) for each element added, so O(N) to add N elements when the command is called with multiple arguments.",
        history: &[("2.4.0", "Accepts multiple `member` arguments.")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "member", typ: "string", flags: argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        acl: acl::SET,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::INSERT, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "save",
        summary: "Synchronously save the dataset to disk",
        since: "1.0.0",
        group: "server",
        complexity: "O(N) where N is the total number of keys in all databases",
        ..Doc::DEFAULT
    },
    Doc {
        name: "scan",
        summary: "Incrementally iterate the keys space",
        since: "2.8.0",
        group: "generic",
        complexity: "O(1) for every call. O(N) for a complete iteration, including enough command calls for the cursor to return back to 0. N is the number of elements inside the collection.",
        history: &[("6.0.0", "Added the `TYPE` subcommand.")],
        args: &[
            Arg { name: "cursor", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "pattern", typ: "pattern", token: "MATCH", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "count", typ: "integer", token: "COUNT", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "type", typ: "string", token: "TYPE", since: "6.0.0", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        acl: acl::KEYSPACE,
        tips: &["nondeterministic_output", "request_policy:special"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "scard",
        summary: "Get the number of members in a set",
        since: "1.0.0",
        group: "set",
        complexity: "O(1)",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
        ],
        acl: acl::SET,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "script",
        summary: "A container for Lua scripts management commands",
        since: "2.6.0",
        group: "scripting",
        complexity: "Depends on subcommand.",
        ..Doc::DEFAULT
    },
    Doc {
        name: "script|debug",
        summary: "Set the debug mode for executed scripts.",
        since: "3.2.0",
        group: "scripting",
        complexity: "O(1)",
        args: &[
            Arg { name: "mode", typ: "oneof", args: &[
                Arg { name: "yes", typ: "pure-token", token: "YES", ..Arg::DEFAULT },
                Arg { name: "sync", typ: "pure-token", token: "SYNC", ..Arg::DEFAULT },
                Arg { name: "no", typ: "pure-token", token: "NO", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::SCRIPTING,
        ..Doc::DEFAULT
    },
    Doc {
        name: "script|exists",
        summary: "Check existence of scripts in the script cache.",
        since: "2.6.0",
        group: "scripting",
        complexity: "O(N) with N being the number of scripts to check (so checking a single script is an O(1) operation).",
        args: &[
            Arg { name: "sha1", typ: "string", flags: argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        acl: acl::SCRIPTING,
        tips: &["request_policy:all_shards", "response_policy:agg_logical_and"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "script|flush",
        summary: "Remove all the scripts from the script cache.",
        since: "2.6.0",
        group: "scripting",
        complexity: "O(N) with N being the number of scripts in cache",
        history: &[("6.2.0", "Added the `ASYNC` and `SYNC` flushing mode modifiers.")],
        args: &[
            Arg { name: "async", typ: "oneof", since: "6.2.0", flags: argflag::OPTIONAL, args: &[
                Arg { name: "async", typ: "pure-token", token: "ASYNC", ..Arg::DEFAULT },
                Arg { name: "sync", typ: "pure-token", token: "SYNC", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::SCRIPTING,
        tips: &["request_policy:all_nodes", "response_policy:all_succeeded"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "script|help",
        summary: "Show helpful text about the different subcommands",
        since: "5.0.0",
        group: "scripting",
        complexity: "O(1)",
        acl: acl::SCRIPTING,
        ..Doc::DEFAULT
    },
    Doc {
        name: "script|kill",
        summary: "Kill the script currently in execution.",
        since: "2.6.0",
        group: "scripting",
        complexity: "O(1)",
        acl: acl::SCRIPTING,
        tips: &["request_policy:all_shards", "response_policy:one_succeeded"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "script|load",
        summary: "Load the specified Lua script into the script cache.",
        since: "2.6.0",
        group: "scripting",
        complexity: "O(N) with N being the length in bytes of the script body.",
        args: &[
            Arg { name: "script", typ: "string", ..Arg::DEFAULT },
        ],
        acl: acl::SCRIPTING,
        tips: &["request_policy:all_nodes", "response_policy:all_succeeded"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "sdiff",
        summary: "Subtract multiple sets",
        since: "1.0.0",
        group: "set",
        complexity: "O(N) where N is the total number of elements in all given sets.",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, flags: argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        acl: acl::SET,
        tips: &["nondeterministic_output_order"],
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: -1, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "sdiffstore",
        summary: "Subtract multiple sets and store the resulting set in a key",
        since: "1.0.0",
        group: "set",
        complexity: "O(N) where N is the total number of elements in all given sets.",
        args: &[
            Arg { name: "destination", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "key", typ: "key", key_spec_index: 1, flags: argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        acl: acl::SET,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::OW | keyflag::UPDATE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(2), find_keys: FindKeys::Range { lastkey: -1, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "select",
        summary: "Change the selected database for the current connection",
        since: "1.0.0",
        group: "connection",
        complexity: "O(1)",
        args: &[
            Arg { name: "index", typ: "integer", ..Arg::DEFAULT },
        ],
        acl: acl::CONNECTION,
        ..Doc::DEFAULT
    },
    Doc {
        name: "set",
        summary: "Set the string value of a key",
        since: "1.0.0",
        group: "string",
        complexity: "O(1)",
        history: &[("2.6.12", "Added the `EX`, `PX`, `NX` and `XX` options."), ("6.0.0", "Added the `KEEPTTL` option."), ("6.2.0", "Added the `GET`, `EXAT` and `PXAT` option."), ("7.0.0", "Allowed the `NX` and `GET` options to be used together.")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "value", typ: "string", ..Arg::DEFAULT },
            Arg { name: "condition", typ: "oneof", since: "2.6.12", flags: argflag::OPTIONAL, args: &[
                Arg { name: "nx", typ: "pure-token", token: "NX", ..Arg::DEFAULT },
                Arg { name: "xx", typ: "pure-token", token: "XX", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "get", typ: "pure-token", token: "GET", since: "6.2.0", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "expiration", typ: "oneof", flags: argflag::OPTIONAL, args: &[
                Arg { name: "seconds", typ: "integer", token: "EX", since: "2.6.12", ..Arg::DEFAULT },
                Arg { name: "milliseconds", typ: "integer", token: "PX", since: "2.6.12", ..Arg::DEFAULT },
                Arg { name: "unix-time-seconds", typ: "unix-time", token: "EXAT", since: "6.2.0", ..Arg::DEFAULT },
                Arg { name: "unix-time-milliseconds", typ: "unix-time", token: "PXAT", since: "6.2.0", ..Arg::DEFAULT },
                Arg { name: "keepttl", typ: "pure-token", token: "KEEPTTL", since: "6.0.0", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::STRING,
        key_specs: &[
            KeySpec { notes: "RW and ACCESS due to the optional `GET` argument", flags: keyflag::RW | keyflag::ACCESS | keyflag::UPDATE | keyflag::VARIABLE_FLAGS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "setbit",
        summary: "Sets or clears the bit at offset in the string value stored at key",
        since: "2.2.0",
        group: "bitmap",
        complexity: "O(1)",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "offset", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "value", typ: "integer", ..Arg::DEFAULT },
        ],
        acl: acl::BITMAP,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::ACCESS | keyflag::UPDATE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "setex",
        summary: "Set the value and expiration of a key",
        since: "2.0.0",
        group: "string",
        complexity: "O(1)",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "seconds", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "value", typ: "string", ..Arg::DEFAULT },
        ],
        acl: acl::STRING,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::OW | keyflag::UPDATE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "setnx",
        summary: "Set the value of a key, only if the key does not exist",
        since: "1.0.0",
        group: "string",
        complexity: "O(1)",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "value", typ: "string", ..Arg::DEFAULT },
        ],
        acl: acl::STRING,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::OW | keyflag::INSERT, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "setrange",
        summary: "Overwrite part of a string at key starting at the specified offset",
        since: "2.2.0",
        group: "string",
        complexity: "O(1), not counting the time taken to copy the new string in place. Usually, this string is very small so the amortized complexity is O(1). Otherwise, complexity is O(M) with M being the length of the value argument.",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "offset", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "value", typ: "string", ..Arg::DEFAULT },
        ],
        acl: acl::STRING,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::UPDATE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "shutdown",
        summary: "Synchronously save the dataset to disk and then shut down the server",
        since: "1.0.0",
        group: "server",
        complexity: "O(N) when saving, where N is the total number of keys in all databases when saving data, otherwise O(1)",
        history: &[("7.0.0", "Added the `NOW`, `FORCE` and `ABORT` modifiers.")],
        args: &[
            Arg { name: "nosave_save", typ: "oneof", flags: argflag::OPTIONAL, args: &[
                Arg { name: "nosave", typ: "pure-token", token: "NOSAVE", ..Arg::DEFAULT },
                Arg { name: "save", typ: "pure-token", token: "SAVE", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "now", typ: "pure-token", token: "NOW", since: "7.0.0", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "force", typ: "pure-token", token: "FORCE", since: "7.0.0", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "abort", typ: "pure-token", token: "ABORT", since: "7.0.0", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "sinter",
        summary: "Intersect multiple sets",
        since: "1.0.0",
        group: "set",
        complexity: "O(N*M) worst case where N is the cardinality of the smallest set and M is the number of sets.",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, flags: argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        acl: acl::SET,
        tips: &["nondeterministic_output_order"],
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: -1, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "sintercard",
        summary: "Intersect multiple sets and return the cardinality of the result",
        since: "7.0.0",
        group: "set",
        complexity: "O(N*M) worst case where N is the cardinality of the smallest set and M is the number of sets.",
        args: &[
            Arg { name: "numkeys", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "key", typ: "key", key_spec_index: 0, flags: argflag::MULTIPLE, ..Arg::DEFAULT },
            Arg { name: "limit", typ: "integer", token: "LIMIT", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        acl: acl::SET,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Keynum { keynumidx: 0, firstkey: 1, keystep: 1 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "sinterstore",
        summary: "Intersect multiple sets and store the resulting set in a key",
        since: "1.0.0",
        group: "set",
        complexity: "O(N*M) worst case where N is the cardinality of the smallest set and M is the number of sets.",
        args: &[
            Arg { name: "destination", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "key", typ: "key", key_spec_index: 1, flags: argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        acl: acl::SET,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::UPDATE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(2), find_keys: FindKeys::Range { lastkey: -1, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "sismember",
        summary: "Determine if a given value is a member of a set",
        since: "1.0.0",
        group: "set",
        complexity: "O(1)",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "member", typ: "string", ..Arg::DEFAULT },
        ],
        acl: acl::SET,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "slaveof",
        summary: "Make the server a replica of another instance, or promote it as master.",
        since: "1.0.0",
        group: "server",
        complexity: "O(1)",
        doc_flags: docflag::DEPRECATED,
        deprecated_since: "5.0.0",
        replaced_by: "`REPLICAOF`",
        args: &[
            Arg { name: "args", typ: "oneof", args: &[
                Arg { name: "host-port", typ: "block", args: &[
                    Arg { name: "host", typ: "string", ..Arg::DEFAULT },
                    Arg { name: "port", typ: "integer", ..Arg::DEFAULT },
                ], ..Arg::DEFAULT },
                Arg { name: "no-one", typ: "block", args: &[
                    Arg { name: "no", typ: "pure-token", token: "NO", ..Arg::DEFAULT },
                    Arg { name: "one", typ: "pure-token", token: "ONE", ..Arg::DEFAULT },
                ], ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "slowlog",
        summary: "A container for slow log commands",
        since: "2.2.12",
        group: "server",
        complexity: "Depends on subcommand.",
        ..Doc::DEFAULT
    },
    Doc {
        name: "slowlog|get",
        summary: "Get the slow log's entries",
        since: "2.2.12",
        group: "server",
        complexity: "O(N) where N is the number of entries returned",
        history: &[("4.0.0", "Added client IP address, port and name to the reply.")],
        args: &[
            Arg { name: "count", typ: "integer", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        tips: &["request_policy:all_nodes", "nondeterministic_output"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "slowlog|help",
        summary: "Show helpful text about the different subcommands",
        since: "6.2.0",
        group: "server",
        complexity: "O(1)",
        ..Doc::DEFAULT
    },
    Doc {
        name: "slowlog|len",
        summary: "Get the slow log's length",
        since: "2.2.12",
        group: "server",
        complexity: "O(1)",
        tips: &["request_policy:all_nodes", "response_policy:agg_sum", "nondeterministic_output"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "slowlog|reset",
        summary: "Clear all entries from the slow log",
        since: "2.2.12",
        group: "server",
        complexity: "O(N) where N is the number of entries in the slowlog",
        tips: &["request_policy:all_nodes", "response_policy:all_succeeded"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "smembers",
        summary: "Get all the members in a set",
        since: "1.0.0",
        group: "set",
        complexity: "O(N) where N is the set cardinality.",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
        ],
        acl: acl::SET,
        tips: &["nondeterministic_output_order"],
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "smismember",
        summary: "Returns the membership associated with the given elements for a set",
        since: "6.2.0",
        group: "set",
        complexity: "O(N) where N is the number of elements being checked for membership",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "member", typ: "string", flags: argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        acl: acl::SET,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "smove",
        summary: "Move a member from one set to another",
        since: "1.0.0",
        group: "set",
        complexity: "O(1)",
        args: &[
            Arg { name: "source", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "destination", typ: "key", key_spec_index: 1, ..Arg::DEFAULT },
            Arg { name: "member", typ: "string", ..Arg::DEFAULT },
        ],
        acl: acl::SET,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::ACCESS | keyflag::DELETE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
            KeySpec { notes: "", flags: keyflag::RW | keyflag::INSERT, begin_search: BeginSearch::Index(2), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "sort",
        summary: "Sort the elements in a list, set or sorted set",
        since: "1.0.0",
        group: "generic",
        complexity: "O(N+M*log(M)) where N is the number of elements in the list or set to sort, and M the number of returned elements. When the elements are not sorted, complexity is O(N).",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "pattern", typ: "pattern", key_spec_index: 1, token: "BY", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "offset_count", typ: "block", token: "LIMIT", flags: argflag::OPTIONAL, args: &[
                Arg { name: "offset", typ: "integer", ..Arg::DEFAULT },
                Arg { name: "count", typ: "integer", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "pattern", typ: "pattern", key_spec_index: 1, token: "GET", flags: argflag::OPTIONAL | argflag::MULTIPLE | argflag::MULTIPLE_TOKEN, ..Arg::DEFAULT },
            Arg { name: "order", typ: "oneof", flags: argflag::OPTIONAL, args: &[
                Arg { name: "asc", typ: "pure-token", token: "ASC", ..Arg::DEFAULT },
                Arg { name: "desc", typ: "pure-token", token: "DESC", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "sorting", typ: "pure-token", token: "ALPHA", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "destination", typ: "key", key_spec_index: 2, token: "STORE", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        acl: acl::SET | acl::SORTEDSET | acl::LIST | acl::DANGEROUS,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
            KeySpec { notes: "For the optional BY/GET keyword. It is marked 'unknown' because the key names derive from the content of the key we sort", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Unknown, find_keys: FindKeys::Unknown },
            KeySpec { notes: "For the optional STORE keyword. It is marked 'unknown' because the keyword can appear anywhere in the argument array", flags: keyflag::OW | keyflag::UPDATE, begin_search: BeginSearch::Unknown, find_keys: FindKeys::Unknown },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "sort_ro",
        summary: "Sort the elements in a list, set or sorted set. Read-only variant of SORT.",
        since: "7.0.0",
        group: "generic",
        complexity: "O(N+M*log(M)) where N is the number of elements in the list or set to sort, and M the number of returned elements. When the elements are not sorted, complexity is O(N).",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "pattern", typ: "pattern", key_spec_index: 1, token: "BY", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "offset_count", typ: "block", token: "LIMIT", flags: argflag::OPTIONAL, args: &[
                Arg { name: "offset", typ: "integer", ..Arg::DEFAULT },
                Arg { name: "count", typ: "integer", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "pattern", typ: "pattern", key_spec_index: 1, token: "GET", flags: argflag::OPTIONAL | argflag::MULTIPLE | argflag::MULTIPLE_TOKEN, ..Arg::DEFAULT },
            Arg { name: "order", typ: "oneof", flags: argflag::OPTIONAL, args: &[
                Arg { name: "asc", typ: "pure-token", token: "ASC", ..Arg::DEFAULT },
                Arg { name: "desc", typ: "pure-token", token: "DESC", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "sorting", typ: "pure-token", token: "ALPHA", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        acl: acl::SET | acl::SORTEDSET | acl::LIST | acl::DANGEROUS,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
            KeySpec { notes: "For the optional BY/GET keyword. It is marked 'unknown' because the key names derive from the content of the key we sort", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Unknown, find_keys: FindKeys::Unknown },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "spop",
        summary: "Remove and return one or multiple random members from a set",
        since: "1.0.0",
        group: "set",
        complexity: "Without the count argument O(1), otherwise O(N) where N is the value of the passed count.",
        history: &[("3.2.0", "Added the `count` argument.")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "count", typ: "integer", since: "3.2.0", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        acl: acl::SET,
        tips: &["nondeterministic_output"],
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::ACCESS | keyflag::DELETE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "spublish",
        summary: "Post a message to a shard channel",
        since: "7.0.0",
        group: "pubsub",
        complexity: "O(N) where N is the number of clients subscribed to the receiving shard channel.",
        args: &[
            Arg { name: "shardchannel", typ: "string", ..Arg::DEFAULT },
            Arg { name: "message", typ: "string", ..Arg::DEFAULT },
        ],
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::NOT_KEY, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "srandmember",
        summary: "Get one or multiple random members from a set",
        since: "1.0.0",
        group: "set",
        complexity: "Without the count argument O(1), otherwise O(N) where N is the absolute value of the passed count.",
        history: &[("2.6.0", "Added the optional `count` argument.")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "count", typ: "integer", since: "2.6.0", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        acl: acl::SET,
        tips: &["nondeterministic_output"],
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "srem",
        summary: "Remove one or more members from a set",
        since: "1.0.0",
        group: "set",
        complexity: "O(N) where N is the number of members to be removed.",
        history: &[("2.4.0", "Accepts multiple `member` arguments.")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "member", typ: "string", flags: argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        acl: acl::SET,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::DELETE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "sscan",
        summary: "Incrementally iterate Set elements",
        since: "2.8.0",
        group: "set",
        complexity: "O(1) for every call. O(N) for a complete iteration, including enough command calls for the cursor to return back to 0. N is the number of elements inside the collection..",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "cursor", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "pattern", typ: "pattern", token: "MATCH", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "count", typ: "integer", token: "COUNT", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        acl: acl::SET,
        tips: &["nondeterministic_output"],
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "ssubscribe",
        summary: "Listen for messages published to the given shard channels",
        since: "7.0.0",
        group: "pubsub",
        complexity: "O(N) where N is the number of shard channels to subscribe to.",
        args: &[
            Arg { name: "shardchannel", typ: "string", flags: argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::NOT_KEY, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: -1, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "strlen",
        summary: "Get the length of the value stored in a key",
        since: "2.2.0",
        group: "string",
        complexity: "O(1)",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
        ],
        acl: acl::STRING,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "subscribe",
        summary: "Listen for messages published to the given channels",
        since: "2.0.0",
        group: "pubsub",
        complexity: "O(N) where N is the number of channels to subscribe to.",
        args: &[
            Arg { name: "channel", typ: "string", flags: argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "substr",
        summary: "Get a substring of the string stored at a key",
        since: "1.0.0",
        group: "string",
        complexity: "O(N) where N is the length of the returned string. The complexity is ultimately determined by the returned length, but because creating a substring from an existing string is very cheap, it can be considered O(1) for small strings.",
        doc_flags: docflag::DEPRECATED,
        deprecated_since: "2.0.0",
        replaced_by: "`GETRANGE`",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "start", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "end", typ: "integer", ..Arg::DEFAULT },
        ],
        acl: acl::STRING,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "sunion",
        summary: "Add multiple sets",
        since: "1.0.0",
        group: "set",
        complexity: "O(N) where N is the total number of elements in all given sets.",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, flags: argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        acl: acl::SET,
        tips: &["nondeterministic_output_order"],
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: -1, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "sunionstore",
        summary: "Add multiple sets and store the resulting set in a key",
        since: "1.0.0",
        group: "set",
        complexity: "O(N) where N is the total number of elements in all given sets.",
        args: &[
            Arg { name: "destination", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "key", typ: "key", key_spec_index: 1, flags: argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        acl: acl::SET,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::OW | keyflag::UPDATE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(2), find_keys: FindKeys::Range { lastkey: -1, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "sunsubscribe",
        summary: "Stop listening for messages posted to the given shard channels",
        since: "7.0.0",
        group: "pubsub",
        complexity: "O(N) where N is the number of clients already subscribed to a shard channel.",
        args: &[
            Arg { name: "shardchannel", typ: "string", flags: argflag::OPTIONAL | argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::NOT_KEY, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: -1, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "swapdb",
        summary: "Swaps two Redis databases",
        since: "4.0.0",
        group: "server",
        complexity: "O(N) where N is the count of clients watching or blocking on keys from both databases.",
        args: &[
            Arg { name: "index1", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "index2", typ: "integer", ..Arg::DEFAULT },
        ],
        acl: acl::KEYSPACE | acl::DANGEROUS,
        ..Doc::DEFAULT
    },
    Doc {
        name: "sync",
        summary: "Internal command used for replication",
        since: "1.0.0",
        group: "server",
        ..Doc::DEFAULT
    },
    Doc {
        name: "time",
        summary: "Return the current server time",
        since: "2.6.0",
        group: "server",
        complexity: "O(1)",
        tips: &["nondeterministic_output"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "touch",
        summary: "Alters the last access time of a key(s). Returns the number of existing keys specified.",
        since: "3.2.1",
        group: "generic",
        complexity: "O(N) where N is the number of keys that will be touched.",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, flags: argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        acl: acl::KEYSPACE,
        tips: &["request_policy:multi_shard", "response_policy:agg_sum"],
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: -1, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "ttl",
        summary: "Get the time to live for a key in seconds",
        since: "1.0.0",
        group: "generic",
        complexity: "O(1)",
        history: &[("2.8.0", "Added the -2 reply.")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
        ],
        acl: acl::KEYSPACE,
        tips: &["nondeterministic_output"],
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "type",
        summary: "Determine the type stored at key",
        since: "1.0.0",
        group: "generic",
        complexity: "O(1)",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
        ],
        acl: acl::KEYSPACE,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "unlink",
        summary: "Delete a key asynchronously in another thread. Otherwise it is just as DEL, but non blocking.",
        since: "4.0.0",
        group: "generic",
        complexity: "O(1) for each key removed regardless of its size. Then the command does O(N) work in a different thread in order to reclaim memory, where N is the number of allocations the deleted objects where composed of.",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, flags: argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        acl: acl::KEYSPACE,
        tips: &["request_policy:multi_shard", "response_policy:agg_sum"],
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RM | keyflag::DELETE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: -1, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "unsubscribe",
        summary: "Stop listening for messages posted to the given channels",
        since: "2.0.0",
        group: "pubsub",
        complexity: "O(N) where N is the number of clients already subscribed to a channel.",
        args: &[
            Arg { name: "channel", typ: "string", flags: argflag::OPTIONAL | argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "unwatch",
        summary: "Forget about all watched keys",
        since: "2.2.0",
        group: "transactions",
        complexity: "O(1)",
        acl: acl::TRANSACTION,
        ..Doc::DEFAULT
    },
    Doc {
        name: "wait",
        summary: "Wait for the synchronous replication of all the write commands sent in the context of the current connection",
        since: "3.0.0",
        group: "generic",
        complexity: "O(1)",
        args: &[
            Arg { name: "numreplicas", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "timeout", typ: "integer", ..Arg::DEFAULT },
        ],
        acl: acl::CONNECTION,
        tips: &["request_policy:all_shards", "response_policy:agg_min"],
        ..Doc::DEFAULT
    },
    Doc {
        name: "watch",
        summary: "Watch the given keys to determine execution of the MULTI/EXEC block",
        since: "2.2.0",
        group: "transactions",
        complexity: "O(1) for every key.",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, flags: argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        acl: acl::TRANSACTION,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: -1, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "xack",
        summary: "Marks a pending message as correctly processed, effectively removing it from the pending entries list of the consumer group. Return value of the command is the number of messages successfully acknowledged, that is, the IDs we were actually able to resolve in the PEL.",
        since: "5.0.0",
        group: "stream",
        complexity: "O(1) for each message ID processed.",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "group", typ: "string", ..Arg::DEFAULT },
            Arg { name: "id", typ: "string", flags: argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        acl: acl::STREAM,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::UPDATE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "xadd",
        summary: "Appends a new entry to a stream",
        since: "5.0.0",
        group: "stream",
        complexity: "O(1) when adding a new entry, O(N) when trimming where N being the number of entries evicted.",
        history: &[("6.2.0", "Added the `NOMKSTREAM` option, `MINID` trimming strategy and the `LIMIT` option."), ("7.0.0", "Added support for the `<ms>-*` explicit ID form.")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "nomkstream", typ: "pure-token", token: "NOMKSTREAM", since: "6.2.0", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "trim", typ: "block", flags: argflag::OPTIONAL, args: &[
                Arg { name: "strategy", typ: "oneof", args: &[
                    Arg { name: "maxlen", typ: "pure-token", token: "MAXLEN", ..Arg::DEFAULT },
                    Arg { name: "minid", typ: "pure-token", token: "MINID", since: "6.2.0", ..Arg::DEFAULT },
                ], ..Arg::DEFAULT },
                Arg { name: "operator", typ: "oneof", flags: argflag::OPTIONAL, args: &[
                    Arg { name: "equal", typ: "pure-token", token: "=", ..Arg::DEFAULT },
                    Arg { name: "approximately", typ: "pure-token", token: "~", ..Arg::DEFAULT },
                ], ..Arg::DEFAULT },
                Arg { name: "threshold", typ: "string", ..Arg::DEFAULT },
                Arg { name: "count", typ: "integer", token: "LIMIT", since: "6.2.0", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "id_or_auto", typ: "oneof", args: &[
                Arg { name: "auto_id", typ: "pure-token", token: "*", ..Arg::DEFAULT },
                Arg { name: "id", typ: "string", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "field_value", typ: "block", flags: argflag::MULTIPLE, args: &[
                Arg { name: "field", typ: "string", ..Arg::DEFAULT },
                Arg { name: "value", typ: "string", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::STREAM,
        tips: &["nondeterministic_output"],
        key_specs: &[
            KeySpec { notes: "UPDATE instead of INSERT because of the optional trimming feature", flags: keyflag::RW | keyflag::UPDATE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "xautoclaim",
        summary: "Changes (or acquires) ownership of messages in a consumer group, as if the messages were delivered to the specified consumer.",
        since: "6.2.0",
        group: "stream",
        complexity: "O(1) if COUNT is small.",
        history: &[("7.0.0", "Added an element to the reply array, containing deleted entries the command cleared from the PEL")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "group", typ: "string", ..Arg::DEFAULT },
            Arg { name: "consumer", typ: "string", ..Arg::DEFAULT },
            Arg { name: "min-idle-time", typ: "string", ..Arg::DEFAULT },
            Arg { name: "start", typ: "string", ..Arg::DEFAULT },
            Arg { name: "count", typ: "integer", token: "COUNT", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "justid", typ: "pure-token", token: "JUSTID", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        acl: acl::STREAM,
        tips: &["nondeterministic_output"],
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::DELETE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "xclaim",
        summary: "Changes (or acquires) ownership of a message in a consumer group, as if the message was delivered to the specified consumer.",
        since: "5.0.0",
        group: "stream",
        complexity: "O(log N) with N being the number of messages in the PEL of the consumer group.",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "group", typ: "string", ..Arg::DEFAULT },
            Arg { name: "consumer", typ: "string", ..Arg::DEFAULT },
            Arg { name: "min-idle-time", typ: "string", ..Arg::DEFAULT },
            Arg { name: "id", typ: "string", flags: argflag::MULTIPLE, ..Arg::DEFAULT },
            Arg { name: "ms", typ: "integer", token: "IDLE", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "unix-time-milliseconds", typ: "unix-time", token: "TIME", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "count", typ: "integer", token: "RETRYCOUNT", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "force", typ: "pure-token", token: "FORCE", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "justid", typ: "pure-token", token: "JUSTID", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "id", typ: "string", token: "LASTID", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        acl: acl::STREAM,
        tips: &["nondeterministic_output"],
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::UPDATE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "xdel",
        summary: "Removes the specified entries from the stream. Returns the number of items actually deleted, that may be different from the number of IDs passed in case certain IDs do not exist.",
        since: "5.0.0",
        group: "stream",
        complexity: "O(1) for each single item to delete in the stream, regardless of the stream size.",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "id", typ: "string", flags: argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        acl: acl::STREAM,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::DELETE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "xgroup",
        summary: "A container for consumer groups commands",
        since: "5.0.0",
        group: "stream",
        complexity: "Depends on subcommand.",
        ..Doc::DEFAULT
    },
    Doc {
        name: "xgroup|create",
        summary: "Create a consumer group.",
        since: "5.0.0",
        group: "stream",
        complexity: "O(1)",
        history: &[("7.0.0", "Added the `entries_read` named argument.")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "groupname", typ: "string", ..Arg::DEFAULT },
            Arg { name: "id", typ: "oneof", args: &[
                Arg { name: "id", typ: "string", ..Arg::DEFAULT },
                Arg { name: "new_id", typ: "pure-token", token: "$", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "mkstream", typ: "pure-token", token: "MKSTREAM", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "entries_read", typ: "integer", token: "ENTRIESREAD", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        acl: acl::STREAM,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::INSERT, begin_search: BeginSearch::Index(2), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "xgroup|createconsumer",
        summary: "Create a consumer in a consumer group.",
        since: "6.2.0",
        group: "stream",
        complexity: "O(1)",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "groupname", typ: "string", ..Arg::DEFAULT },
            Arg { name: "consumername", typ: "string", ..Arg::DEFAULT },
        ],
        acl: acl::STREAM,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::INSERT, begin_search: BeginSearch::Index(2), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "xgroup|delconsumer",
        summary: "Delete a consumer from a consumer group.",
        since: "5.0.0",
        group: "stream",
        complexity: "O(1)",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "groupname", typ: "string", ..Arg::DEFAULT },
            Arg { name: "consumername", typ: "string", ..Arg::DEFAULT },
        ],
        acl: acl::STREAM,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::DELETE, begin_search: BeginSearch::Index(2), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "xgroup|destroy",
        summary: "Destroy a consumer group.",
        since: "5.0.0",
        group: "stream",
        complexity: "O(N) where N is the number of entries in the group's pending entries list (PEL).",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "groupname", typ: "string", ..Arg::DEFAULT },
        ],
        acl: acl::STREAM,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::DELETE, begin_search: BeginSearch::Index(2), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "xgroup|help",
        summary: "Show helpful text about the different subcommands",
        since: "5.0.0",
        group: "stream",
        complexity: "O(1)",
        acl: acl::STREAM,
        ..Doc::DEFAULT
    },
    Doc {
        name: "xgroup|setid",
        summary: "Set a consumer group to an arbitrary last delivered ID value.",
        since: "5.0.0",
        group: "stream",
        complexity: "O(1)",
        history: &[("7.0.0", "Added the optional `entries_read` argument.")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "groupname", typ: "string", ..Arg::DEFAULT },
            Arg { name: "id", typ: "oneof", args: &[
                Arg { name: "id", typ: "string", ..Arg::DEFAULT },
                Arg { name: "new_id", typ: "pure-token", token: "$", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "entries_read", typ: "integer", token: "ENTRIESREAD", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        acl: acl::STREAM,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::UPDATE, begin_search: BeginSearch::Index(2), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "xinfo",
        summary: "A container for stream introspection commands",
        since: "5.0.0",
        group: "stream",
        complexity: "Depends on subcommand.",
        ..Doc::DEFAULT
    },
    Doc {
        name: "xinfo|consumers",
        summary: "List the consumers in a consumer group",
        since: "5.0.0",
        group: "stream",
        complexity: "O(1)",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "groupname", typ: "string", ..Arg::DEFAULT },
        ],
        acl: acl::STREAM,
        tips: &["nondeterministic_output"],
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(2), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "xinfo|groups",
        summary: "List the consumer groups of a stream",
        since: "5.0.0",
        group: "stream",
        complexity: "O(1)",
        history: &[("7.0.0", "Added the `entries-read` and `lag` fields")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
        ],
        acl: acl::STREAM,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(2), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "xinfo|help",
        summary: "Show helpful text about the different subcommands",
        since: "5.0.0",
        group: "stream",
        complexity: "O(1)",
        acl: acl::STREAM,
        ..Doc::DEFAULT
    },
    Doc {
        name: "xinfo|stream",
        summary: "Get information about a stream",
        since: "5.0.0",
        group: "stream",
        complexity: "O(1)",
        history: &[("6.0.0", "Added the `FULL` modifier."), ("7.0.0", "Added the `max-deleted-entry-id`, `entries-added`, `recorded-first-entry-id`, `entries-read` and `lag` fields")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "full", typ: "block", token: "FULL", flags: argflag::OPTIONAL, args: &[
                Arg { name: "count", typ: "integer", token: "COUNT", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::STREAM,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(2), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "xlen",
        summary: "Return the number of entries in a stream",
        since: "5.0.0",
        group: "stream",
        complexity: "O(1)",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
        ],
        acl: acl::STREAM,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "xpending",
        summary: "Return information and entries from a stream consumer group pending entries list, that are messages fetched but never acknowledged.",
        since: "5.0.0",
        group: "stream",
        complexity: "O(N) with N being the number of elements returned, so asking for a small fixed number of entries per call is O(1). O(M), where M is the total number of entries scanned when used with the IDLE filter. When the command returns just the summary and the list of consumers is small, it runs in O(1) time; otherwise, an additional O(N) time for iterating every consumer.",
        history: &[("6.2.0", "Added the `IDLE` option and exclusive range intervals.")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "group", typ: "string", ..Arg::DEFAULT },
            Arg { name: "filters", typ: "block", flags: argflag::OPTIONAL, args: &[
                Arg { name: "min-idle-time", typ: "integer", token: "IDLE", since: "6.2.0", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
                Arg { name: "start", typ: "string", ..Arg::DEFAULT },
                Arg { name: "end", typ: "string", ..Arg::DEFAULT },
                Arg { name: "count", typ: "integer", ..Arg::DEFAULT },
                Arg { name: "consumer", typ: "string", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::STREAM,
        tips: &["nondeterministic_output"],
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "xrange",
        summary: "Return a range of elements in a stream, with IDs matching the specified IDs interval",
        since: "5.0.0",
        group: "stream",
        complexity: "O(N) with N being the number of elements being returned. If N is constant (e.g. always asking for the first 10 elements with COUNT), you can consider it O(1).",
        history: &[("6.2.0", "Added exclusive ranges.")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "start", typ: "string", ..Arg::DEFAULT },
            Arg { name: "end", typ: "string", ..Arg::DEFAULT },
            Arg { name: "count", typ: "integer", token: "COUNT", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        acl: acl::STREAM,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "xread",
        summary: "Return never seen elements in multiple streams, with IDs greater than the ones reported by the caller for each stream. Can block.",
        since: "5.0.0",
        group: "stream",
        complexity: "For each stream mentioned: O(N) with N being the number of elements being returned, it means that XREAD-ing with a fixed COUNT is O(1). Note that when the BLOCK option is used, XADD will pay O(M) time in order to serve the M clients blocked on the stream getting new data.",
        args: &[
            Arg { name: "count", typ: "integer", token: "COUNT", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "milliseconds", typ: "integer", token: "BLOCK", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "streams", typ: "block", token: "STREAMS", args: &[
                Arg { name: "key", typ: "key", key_spec_index: 0, flags: argflag::MULTIPLE, ..Arg::DEFAULT },
                Arg { name: "id", typ: "string", flags: argflag::MULTIPLE, ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::STREAM,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Keyword { keyword: "STREAMS", startfrom: 1 }, find_keys: FindKeys::Range { lastkey: -1, keystep: 1, limit: 2 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "xreadgroup",
        summary: "Return new entries from a stream using a consumer group, or access the history of the pending entries for a given consumer. Can block.",
        since: "5.0.0",
        group: "stream",
        complexity: "For each stream mentioned: O(M) with M being the number of elements returned. If M is constant (e.g. always asking for the first 10 elements with COUNT), you can consider it O(1). On the other side when XREADGROUP blocks, XADD will pay the O(N) time in order to serve the N clients blocked on the stream getting new data.",
        args: &[
            Arg { name: "group_consumer", typ: "block", token: "GROUP", args: &[
                Arg { name: "group", typ: "string", ..Arg::DEFAULT },
                Arg { name: "consumer", typ: "string", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "count", typ: "integer", token: "COUNT", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "milliseconds", typ: "integer", token: "BLOCK", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "noack", typ: "pure-token", token: "NOACK", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "streams", typ: "block", token: "STREAMS", args: &[
                Arg { name: "key", typ: "key", key_spec_index: 0, flags: argflag::MULTIPLE, ..Arg::DEFAULT },
                Arg { name: "id", typ: "string", flags: argflag::MULTIPLE, ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::STREAM,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Keyword { keyword: "STREAMS", startfrom: 4 }, find_keys: FindKeys::Range { lastkey: -1, keystep: 1, limit: 2 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "xrevrange",
        summary: "Return a range of elements in a stream, with IDs matching the specified IDs interval, in reverse order (from greater to smaller IDs) compared to XRANGE",
        since: "5.0.0",
        group: "stream",
        complexity: "O(N) with N being the number of elements returned. If N is constant (e.g. always asking for the first 10 elements with COUNT), you can consider it O(1).",
        history: &[("6.2.0", "Added exclusive ranges.")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "end", typ: "string", ..Arg::DEFAULT },
            Arg { name: "start", typ: "string", ..Arg::DEFAULT },
            Arg { name: "count", typ: "integer", token: "COUNT", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        acl: acl::STREAM,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "xsetid",
        summary: "An internal command for replicating stream values",
        since: "5.0.0",
        group: "stream",
        complexity: "O(1)",
        history: &[("7.0.0", "Added the `entries_added` and `max_deleted_entry_id` arguments.")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "last-id", typ: "string", ..Arg::DEFAULT },
            Arg { name: "entries_added", typ: "integer", token: "ENTRIESADDED", since: "7.0.0", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "max_deleted_entry_id", typ: "string", token: "MAXDELETEDID", since: "7.0.0", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        acl: acl::STREAM,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::UPDATE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "xtrim",
        summary: "Trims the stream to (approximately if '~' is passed) a certain size",
        since: "5.0.0",
        group: "stream",
        complexity: "O(N), with N being the number of evicted entries. Constant times are very small however, since entries are organized in macro nodes containing multiple entries that can be released with a single deallocation.",
        history: &[("6.2.0", "Added the `MINID` trimming strategy and the `LIMIT` option.")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "trim", typ: "block", args: &[
                Arg { name: "strategy", typ: "oneof", args: &[
                    Arg { name: "maxlen", typ: "pure-token", token: "MAXLEN", ..Arg::DEFAULT },
                    Arg { name: "minid", typ: "pure-token", token: "MINID", since: "6.2.0", ..Arg::DEFAULT },
                ], ..Arg::DEFAULT },
                Arg { name: "operator", typ: "oneof", flags: argflag::OPTIONAL, args: &[
                    Arg { name: "equal", typ: "pure-token", token: "=", ..Arg::DEFAULT },
                    Arg { name: "approximately", typ: "pure-token", token: "~", ..Arg::DEFAULT },
                ], ..Arg::DEFAULT },
                Arg { name: "threshold", typ: "string", ..Arg::DEFAULT },
                Arg { name: "count", typ: "integer", token: "LIMIT", since: "6.2.0", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::STREAM,
        tips: &["nondeterministic_output"],
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::DELETE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "zadd",
        summary: "Add one or more members to a sorted set, or update its score if it already exists",
        since: "1.2.0",
        group: "sorted-set",
        complexity: "O(log(N)) for each item added, where N is the number of elements in the sorted set.",
        history: &[("2.4.0", "Accepts multiple elements."), ("3.0.2", "Added the `XX`, `NX`, `CH` and `INCR` options."), ("6.2.0", "Added the `GT` and `LT` options.")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "condition", typ: "oneof", since: "3.0.2", flags: argflag::OPTIONAL, args: &[
                Arg { name: "nx", typ: "pure-token", token: "NX", ..Arg::DEFAULT },
                Arg { name: "xx", typ: "pure-token", token: "XX", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "comparison", typ: "oneof", since: "6.2.0", flags: argflag::OPTIONAL, args: &[
                Arg { name: "gt", typ: "pure-token", token: "GT", ..Arg::DEFAULT },
                Arg { name: "lt", typ: "pure-token", token: "LT", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "change", typ: "pure-token", token: "CH", since: "3.0.2", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "increment", typ: "pure-token", token: "INCR", since: "3.0.2", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "score_member", typ: "block", flags: argflag::MULTIPLE, args: &[
                Arg { name: "score", typ: "double", ..Arg::DEFAULT },
                Arg { name: "member", typ: "string", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::SORTEDSET,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::UPDATE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "zcard",
        summary: "Get the number of members in a sorted set",
        since: "1.2.0",
        group: "sorted-set",
        complexity: "O(1)",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
        ],
        acl: acl::SORTEDSET,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "zcount",
        summary: "Count the members in a sorted set with scores within the given values",
        since: "2.0.0",
        group: "sorted-set",
        complexity: "O(log(N)) with N being the number of elements in the sorted set.",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "min", typ: "double", ..Arg::DEFAULT },
            Arg { name: "max", typ: "double", ..Arg::DEFAULT },
        ],
        acl: acl::SORTEDSET,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "zdiff",
        summary: "Subtract multiple sorted sets",
        since: "6.2.0",
        group: "sorted-set",
        complexity: "O(L + (N-K)log(N)) worst case where L is the total number of elements in all the sets, N is the size of the first set, and K is the size of the result set.",
        args: &[
            Arg { name: "numkeys", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "key", typ: "key", key_spec_index: 0, flags: argflag::MULTIPLE, ..Arg::DEFAULT },
            Arg { name: "withscores", typ: "pure-token", token: "WITHSCORES", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        acl: acl::SORTEDSET,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Keynum { keynumidx: 0, firstkey: 1, keystep: 1 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "zdiffstore",
        summary: "Subtract multiple sorted sets and store the resulting sorted set in a new key",
        since: "6.2.0",
        group: "sorted-set",
        complexity: "O(L + (N-K)log(N)) worst case where L is the total number of elements in all the sets, N is the size of the first set, and K is the size of the result set.",
        args: &[
            Arg { name: "destination", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "numkeys", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "key", typ: "key", key_spec_index: 1, flags: argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        acl: acl::SORTEDSET,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::OW | keyflag::UPDATE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(2), find_keys: FindKeys::Keynum { keynumidx: 0, firstkey: 1, keystep: 1 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "zincrby",
        summary: "Increment the score of a member in a sorted set",
        since: "1.2.0",
        group: "sorted-set",
        complexity: "O(log(N)) where N is the number of elements in the sorted set.",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "increment", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "member", typ: "string", ..Arg::DEFAULT },
        ],
        acl: acl::SORTEDSET,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::ACCESS | keyflag::UPDATE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "zinter",
        summary: "Intersect multiple sorted sets",
        since: "6.2.0",
        group: "sorted-set",
        complexity: "O(N*K)+O(M*log(M)) worst case with N being the smallest input sorted set, K being the number of input sorted sets and M being the number of elements in the resulting sorted set.",
        args: &[
            Arg { name: "numkeys", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "key", typ: "key", key_spec_index: 0, flags: argflag::MULTIPLE, ..Arg::DEFAULT },
            Arg { name: "weight", typ: "integer", token: "WEIGHTS", flags: argflag::OPTIONAL | argflag::MULTIPLE, ..Arg::DEFAULT },
            Arg { name: "aggregate", typ: "oneof", token: "AGGREGATE", flags: argflag::OPTIONAL, args: &[
                Arg { name: "sum", typ: "pure-token", token: "SUM", ..Arg::DEFAULT },
                Arg { name: "min", typ: "pure-token", token: "MIN", ..Arg::DEFAULT },
                Arg { name: "max", typ: "pure-token", token: "MAX", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "withscores", typ: "pure-token", token: "WITHSCORES", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        acl: acl::SORTEDSET,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Keynum { keynumidx: 0, firstkey: 1, keystep: 1 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "zintercard",
        summary: "Intersect multiple sorted sets and return the cardinality of the result",
        since: "7.0.0",
        group: "sorted-set",
        complexity: "O(N*K) worst case with N being the smallest input sorted set, K being the number of input sorted sets.",
        args: &[
            Arg { name: "numkeys", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "key", typ: "key", key_spec_index: 0, flags: argflag::MULTIPLE, ..Arg::DEFAULT },
            Arg { name: "limit", typ: "integer", token: "LIMIT", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        acl: acl::SORTEDSET,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Keynum { keynumidx: 0, firstkey: 1, keystep: 1 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "zinterstore",
        summary: "Intersect multiple sorted sets and store the resulting sorted set in a new key",
        since: "2.0.0",
        group: "sorted-set",
        complexity: "O(N*K)+O(M*log(M)) worst case with N being the smallest input sorted set, K being the number of input sorted sets and M being the number of elements in the resulting sorted set.",
        args: &[
            Arg { name: "destination", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "numkeys", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "key", typ: "key", key_spec_index: 1, flags: argflag::MULTIPLE, ..Arg::DEFAULT },
            Arg { name: "weight", typ: "integer", token: "WEIGHTS", flags: argflag::OPTIONAL | argflag::MULTIPLE, ..Arg::DEFAULT },
            Arg { name: "aggregate", typ: "oneof", token: "AGGREGATE", flags: argflag::OPTIONAL, args: &[
                Arg { name: "sum", typ: "pure-token", token: "SUM", ..Arg::DEFAULT },
                Arg { name: "min", typ: "pure-token", token: "MIN", ..Arg::DEFAULT },
                Arg { name: "max", typ: "pure-token", token: "MAX", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::SORTEDSET,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::OW | keyflag::UPDATE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(2), find_keys: FindKeys::Keynum { keynumidx: 0, firstkey: 1, keystep: 1 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "zlexcount",
        summary: "Count the number of members in a sorted set between a given lexicographical range",
        since: "2.8.9",
        group: "sorted-set",
        complexity: "O(log(N)) with N being the number of elements in the sorted set.",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "min", typ: "string", ..Arg::DEFAULT },
            Arg { name: "max", typ: "string", ..Arg::DEFAULT },
        ],
        acl: acl::SORTEDSET,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "zmpop",
        summary: "Remove and return members with scores in a sorted set",
        since: "7.0.0",
        group: "sorted-set",
        complexity: "O(K) + O(M*log(N)) where K is the number of provided keys, N being the number of elements in the sorted set, and M being the number of elements popped.",
        args: &[
            Arg { name: "numkeys", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "key", typ: "key", key_spec_index: 0, flags: argflag::MULTIPLE, ..Arg::DEFAULT },
            Arg { name: "where", typ: "oneof", args: &[
                Arg { name: "min", typ: "pure-token", token: "MIN", ..Arg::DEFAULT },
                Arg { name: "max", typ: "pure-token", token: "MAX", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "count", typ: "integer", token: "COUNT", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        acl: acl::SORTEDSET,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::ACCESS | keyflag::DELETE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Keynum { keynumidx: 0, firstkey: 1, keystep: 1 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "zmscore",
        summary: "Get the score associated with the given members in a sorted set",
        since: "6.2.0",
        group: "sorted-set",
        complexity: "O(N) where N is the number of members being requested.",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "member", typ: "string", flags: argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        acl: acl::SORTEDSET,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "zpopmax",
        summary: "Remove and return members with the highest scores in a sorted set",
        since: "5.0.0",
        group: "sorted-set",
        complexity: "O(log(N)*M) with N being the number of elements in the sorted set, and M being the number of elements popped.",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "count", typ: "integer", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        acl: acl::SORTEDSET,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::ACCESS | keyflag::DELETE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "zpopmin",
        summary: "Remove and return members with the lowest scores in a sorted set",
        since: "5.0.0",
        group: "sorted-set",
        complexity: "O(log(N)*M) with N being the number of elements in the sorted set, and M being the number of elements popped.",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "count", typ: "integer", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        acl: acl::SORTEDSET,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::ACCESS | keyflag::DELETE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "zrandmember",
        summary: "Get one or multiple random elements from a sorted set",
        since: "6.2.0",
        group: "sorted-set",
        complexity: "O(N) where N is the number of elements returned",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "options", typ: "block", flags: argflag::OPTIONAL, args: &[
                Arg { name: "count", typ: "integer", ..Arg::DEFAULT },
                Arg { name: "withscores", typ: "pure-token", token: "WITHSCORES", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::SORTEDSET,
        tips: &["nondeterministic_output"],
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "zrange",
        summary: "Return a range of members in a sorted set",
        since: "1.2.0",
        group: "sorted-set",
        complexity: "O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements returned.",
        history: &[("6.2.0", "Added the `REV`, `BYSCORE`, `BYLEX` and `LIMIT` options.")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "start", typ: "string", ..Arg::DEFAULT },
            Arg { name: "stop", typ: "string", ..Arg::DEFAULT },
            Arg { name: "sortby", typ: "oneof", since: "6.2.0", flags: argflag::OPTIONAL, args: &[
                Arg { name: "byscore", typ: "pure-token", token: "BYSCORE", ..Arg::DEFAULT },
                Arg { name: "bylex", typ: "pure-token", token: "BYLEX", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "rev", typ: "pure-token", token: "REV", since: "6.2.0", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "offset_count", typ: "block", token: "LIMIT", since: "6.2.0", flags: argflag::OPTIONAL, args: &[
                Arg { name: "offset", typ: "integer", ..Arg::DEFAULT },
                Arg { name: "count", typ: "integer", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "withscores", typ: "pure-token", token: "WITHSCORES", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        acl: acl::SORTEDSET,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "zrangebylex",
        summary: "Return a range of members in a sorted set, by lexicographical range",
        since: "2.8.9",
        group: "sorted-set",
        complexity: "O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements being returned. If M is constant (e.g. always asking for the first 10 elements with LIMIT), you can consider it O(log(N)).",
        doc_flags: docflag::DEPRECATED,
        deprecated_since: "6.2.0",
        replaced_by: "`ZRANGE` with the `BYLEX` argument",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "min", typ: "string", ..Arg::DEFAULT },
            Arg { name: "max", typ: "string", ..Arg::DEFAULT },
            Arg { name: "offset_count", typ: "block", token: "LIMIT", flags: argflag::OPTIONAL, args: &[
                Arg { name: "offset", typ: "integer", ..Arg::DEFAULT },
                Arg { name: "count", typ: "integer", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::SORTEDSET,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "zrangebyscore",
        summary: "Return a range of members in a sorted set, by score",
        since: "1.0.5",
        group: "sorted-set",
        complexity: "O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements being returned. If M is constant (e.g. always asking for the first 10 elements with LIMIT), you can consider it O(log(N)).",
        doc_flags: docflag::DEPRECATED,
        deprecated_since: "6.2.0",
        replaced_by: "`ZRANGE` with the `BYSCORE` argument",
        history: &[("2.0.0", "Added the `WITHSCORES` modifier.")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "min", typ: "double", ..Arg::DEFAULT },
            Arg { name: "max", typ: "double", ..Arg::DEFAULT },
            Arg { name: "withscores", typ: "pure-token", token: "WITHSCORES", since: "2.0.0", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "offset_count", typ: "block", token: "LIMIT", flags: argflag::OPTIONAL, args: &[
                Arg { name: "offset", typ: "integer", ..Arg::DEFAULT },
                Arg { name: "count", typ: "integer", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::SORTEDSET,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "zrangestore",
        summary: "Store a range of members from sorted set into another key",
        since: "6.2.0",
        group: "sorted-set",
        complexity: "O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements stored into the destination key.",
        args: &[
            Arg { name: "dst", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "src", typ: "key", key_spec_index: 1, ..Arg::DEFAULT },
            Arg { name: "min", typ: "string", ..Arg::DEFAULT },
            Arg { name: "max", typ: "string", ..Arg::DEFAULT },
            Arg { name: "sortby", typ: "oneof", flags: argflag::OPTIONAL, args: &[
                Arg { name: "byscore", typ: "pure-token", token: "BYSCORE", ..Arg::DEFAULT },
                Arg { name: "bylex", typ: "pure-token", token: "BYLEX", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "rev", typ: "pure-token", token: "REV", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "offset_count", typ: "block", token: "LIMIT", flags: argflag::OPTIONAL, args: &[
                Arg { name: "offset", typ: "integer", ..Arg::DEFAULT },
                Arg { name: "count", typ: "integer", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::SORTEDSET,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::OW | keyflag::UPDATE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(2), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "zrank",
        summary: "Determine the index of a member in a sorted set",
        since: "2.0.0",
        group: "sorted-set",
        complexity: "O(log(N))",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "member", typ: "string", ..Arg::DEFAULT },
        ],
        acl: acl::SORTEDSET,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "zrem",
        summary: "Remove one or more members from a sorted set",
        since: "1.2.0",
        group: "sorted-set",
        complexity: "O(M*log(N)) with N being the number of elements in the sorted set and M the number of elements to be removed.",
        history: &[("2.4.0", "Accepts multiple elements.")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "member", typ: "string", flags: argflag::MULTIPLE, ..Arg::DEFAULT },
        ],
        acl: acl::SORTEDSET,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::DELETE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "zremrangebylex",
        summary: "Remove all members in a sorted set between the given lexicographical range",
        since: "2.8.9",
        group: "sorted-set",
        complexity: "O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements removed by the operation.",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "min", typ: "string", ..Arg::DEFAULT },
            Arg { name: "max", typ: "string", ..Arg::DEFAULT },
        ],
        acl: acl::SORTEDSET,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::DELETE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "zremrangebyrank",
        summary: "Remove all members in a sorted set within the given indexes",
        since: "2.0.0",
        group: "sorted-set",
        complexity: "O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements removed by the operation.",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "start", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "stop", typ: "integer", ..Arg::DEFAULT },
        ],
        acl: acl::SORTEDSET,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::DELETE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "zremrangebyscore",
        summary: "Remove all members in a sorted set within the given scores",
        since: "1.2.0",
        group: "sorted-set",
        complexity: "O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements removed by the operation.",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "min", typ: "double", ..Arg::DEFAULT },
            Arg { name: "max", typ: "double", ..Arg::DEFAULT },
        ],
        acl: acl::SORTEDSET,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RW | keyflag::DELETE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "zrevrange",
        summary: "Return a range of members in a sorted set, by index, with scores ordered from high to low",
        since: "1.2.0",
        group: "sorted-set",
        complexity: "O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements returned.",
        doc_flags: docflag::DEPRECATED,
        deprecated_since: "6.2.0",
        replaced_by: "`ZRANGE` with the `REV` argument",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "start", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "stop", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "withscores", typ: "pure-token", token: "WITHSCORES", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        acl: acl::SORTEDSET,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "zrevrangebylex",
        summary: "Return a range of members in a sorted set, by lexicographical range, ordered from higher to lower strings.",
        since: "2.8.9",
        group: "sorted-set",
        complexity: "O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements being returned. If M is constant (e.g. always asking for the first 10 elements with LIMIT), you can consider it O(log(N)).",
        doc_flags: docflag::DEPRECATED,
        deprecated_since: "6.2.0",
        replaced_by: "`ZRANGE` with the `REV` and `BYLEX` arguments",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "max", typ: "string", ..Arg::DEFAULT },
            Arg { name: "min", typ: "string", ..Arg::DEFAULT },
            Arg { name: "offset_count", typ: "block", token: "LIMIT", flags: argflag::OPTIONAL, args: &[
                Arg { name: "offset", typ: "integer", ..Arg::DEFAULT },
                Arg { name: "count", typ: "integer", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::SORTEDSET,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "zrevrangebyscore",
        summary: "Return a range of members in a sorted set, by score, with scores ordered from high to low",
        since: "2.2.0",
        group: "sorted-set",
        complexity: "O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements being returned. If M is constant (e.g. always asking for the first 10 elements with LIMIT), you can consider it O(log(N)).",
        doc_flags: docflag::DEPRECATED,
        deprecated_since: "6.2.0",
        replaced_by: "`ZRANGE` with the `REV` and `BYSCORE` arguments",
        history: &[("2.1.6", "`min` and `max` can be exclusive.")],
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "max", typ: "double", ..Arg::DEFAULT },
            Arg { name: "min", typ: "double", ..Arg::DEFAULT },
            Arg { name: "withscores", typ: "pure-token", token: "WITHSCORES", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "offset_count", typ: "block", token: "LIMIT", flags: argflag::OPTIONAL, args: &[
                Arg { name: "offset", typ: "integer", ..Arg::DEFAULT },
                Arg { name: "count", typ: "integer", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::SORTEDSET,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "zrevrank",
        summary: "Determine the index of a member in a sorted set, with scores ordered from high to low",
        since: "2.0.0",
        group: "sorted-set",
        complexity: "O(log(N))",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "member", typ: "string", ..Arg::DEFAULT },
        ],
        acl: acl::SORTEDSET,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "zscan",
        summary: "Incrementally iterate sorted sets elements and associated scores",
        since: "2.8.0",
        group: "sorted-set",
        complexity: "O(1) for every call. O(N) for a complete iteration, including enough command calls for the cursor to return back to 0. N is the number of elements inside the collection..",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "cursor", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "pattern", typ: "pattern", token: "MATCH", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
            Arg { name: "count", typ: "integer", token: "COUNT", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        acl: acl::SORTEDSET,
        tips: &["nondeterministic_output"],
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "zscore",
        summary: "Get the score associated with the given member in a sorted set",
        since: "1.2.0",
        group: "sorted-set",
        complexity: "O(1)",
        args: &[
            Arg { name: "key", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "member", typ: "string", ..Arg::DEFAULT },
        ],
        acl: acl::SORTEDSET,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "zunion",
        summary: "Add multiple sorted sets",
        since: "6.2.0",
        group: "sorted-set",
        complexity: "O(N)+O(M*log(M)) with N being the sum of the sizes of the input sorted sets, and M being the number of elements in the resulting sorted set.",
        args: &[
            Arg { name: "numkeys", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "key", typ: "key", key_spec_index: 0, flags: argflag::MULTIPLE, ..Arg::DEFAULT },
            Arg { name: "weight", typ: "integer", token: "WEIGHTS", flags: argflag::OPTIONAL | argflag::MULTIPLE, ..Arg::DEFAULT },
            Arg { name: "aggregate", typ: "oneof", token: "AGGREGATE", flags: argflag::OPTIONAL, args: &[
                Arg { name: "sum", typ: "pure-token", token: "SUM", ..Arg::DEFAULT },
                Arg { name: "min", typ: "pure-token", token: "MIN", ..Arg::DEFAULT },
                Arg { name: "max", typ: "pure-token", token: "MAX", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
            Arg { name: "withscores", typ: "pure-token", token: "WITHSCORES", flags: argflag::OPTIONAL, ..Arg::DEFAULT },
        ],
        acl: acl::SORTEDSET,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Keynum { keynumidx: 0, firstkey: 1, keystep: 1 } },
        ],
        ..Doc::DEFAULT
    },
    Doc {
        name: "zunionstore",
        summary: "Add multiple sorted sets and store the resulting sorted set in a new key",
        since: "2.0.0",
        group: "sorted-set",
        complexity: "O(N)+O(M log(M)) with N being the sum of the sizes of the input sorted sets, and M being the number of elements in the resulting sorted set.",
        args: &[
            Arg { name: "destination", typ: "key", key_spec_index: 0, ..Arg::DEFAULT },
            Arg { name: "numkeys", typ: "integer", ..Arg::DEFAULT },
            Arg { name: "key", typ: "key", key_spec_index: 1, flags: argflag::MULTIPLE, ..Arg::DEFAULT },
            Arg { name: "weight", typ: "integer", token: "WEIGHTS", flags: argflag::OPTIONAL | argflag::MULTIPLE, ..Arg::DEFAULT },
            Arg { name: "aggregate", typ: "oneof", token: "AGGREGATE", flags: argflag::OPTIONAL, args: &[
                Arg { name: "sum", typ: "pure-token", token: "SUM", ..Arg::DEFAULT },
                Arg { name: "min", typ: "pure-token", token: "MIN", ..Arg::DEFAULT },
                Arg { name: "max", typ: "pure-token", token: "MAX", ..Arg::DEFAULT },
            ], ..Arg::DEFAULT },
        ],
        acl: acl::SORTEDSET,
        key_specs: &[
            KeySpec { notes: "", flags: keyflag::OW | keyflag::UPDATE, begin_search: BeginSearch::Index(1), find_keys: FindKeys::Range { lastkey: 0, keystep: 1, limit: 0 } },
            KeySpec { notes: "", flags: keyflag::RO | keyflag::ACCESS, begin_search: BeginSearch::Index(2), find_keys: FindKeys::Keynum { keynumidx: 0, firstkey: 1, keystep: 1 } },
        ],
        ..Doc::DEFAULT
    },
];
