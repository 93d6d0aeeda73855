//! Redis 7.0.15's own description of every command it has: summaries, complexity, history,
//! argument docs, ACL categories, tips and key specs, generated from Redis's
//! `src/commands/*.json` into `docs_table.rs` (`tools/gen_command_docs.py`).
//!
//! The command table (`Command`) stays the spine: whether a command exists, its arity, flags
//! and key positions come from there. COMMAND INFO and COMMAND DOCS take what a table entry
//! leaves at its default from here, by full name ("get", "config|get"), so they answer
//! exactly as redis-server does without every family file repeating Redis's texts.
use super::{acl, keyflag, BeginSearch, FindKeys, KeySpec};

/// Argument flags (COMMAND DOCS `flags`), in the order Redis prints them.
pub mod argflag {
    pub const OPTIONAL: u8 = 1 << 0;
    pub const MULTIPLE: u8 = 1 << 1;
    pub const MULTIPLE_TOKEN: u8 = 1 << 2;

    pub const NAMES: &[(u8, &str)] = &[
        (OPTIONAL, "optional"),
        (MULTIPLE, "multiple"),
        (MULTIPLE_TOKEN, "multiple_token"),
    ];
}

/// Documentation flags (COMMAND DOCS `doc_flags`).
pub mod docflag {
    pub const DEPRECATED: u8 = 1 << 0;
    pub const SYSCMD: u8 = 1 << 1;

    pub const NAMES: &[(u8, &str)] = &[(DEPRECATED, "deprecated"), (SYSCMD, "syscmd")];
}

/// One documented argument of a command (COMMAND DOCS `arguments`).
#[derive(Debug)]
pub struct Arg {
    pub name: &'static str,
    /// "string", "integer", "double", "key", "pattern", "unix-time", "pure-token", "oneof",
    /// "block".
    pub typ: &'static str,
    /// -1: not a key.
    pub key_spec_index: i32,
    pub token: &'static str,
    pub since: &'static str,
    pub deprecated_since: &'static str,
    /// `argflag` bits.
    pub flags: u8,
    /// The choices of a "oneof", the parts of a "block".
    pub args: &'static [Arg],
}

impl Arg {
    pub const DEFAULT: Arg = Arg {
        name: "",
        typ: "string",
        key_spec_index: -1,
        token: "",
        since: "",
        deprecated_since: "",
        flags: 0,
        args: &[],
    };
}

/// What Redis says about one command or subcommand. Empty strings and slices mean absent.
#[derive(Debug)]
pub struct Doc {
    /// Lower-case full name: "get", "config|get".
    pub name: &'static str,
    pub summary: &'static str,
    pub since: &'static str,
    /// As COMMAND DOCS prints it: "string", "sorted-set", "server"...
    pub group: &'static str,
    pub complexity: &'static str,
    /// `docflag` bits.
    pub doc_flags: u8,
    pub deprecated_since: &'static str,
    pub replaced_by: &'static str,
    /// (version, change).
    pub history: &'static [(&'static str, &'static str)],
    pub args: &'static [Arg],
    /// The categories the command names (`acl` bits), without those its flags imply.
    pub acl: u32,
    pub tips: &'static [&'static str],
    pub key_specs: &'static [KeySpec],
}

impl Doc {
    pub const DEFAULT: Doc = Doc {
        name: "",
        summary: "",
        since: "",
        group: "",
        complexity: "",
        doc_flags: 0,
        deprecated_since: "",
        replaced_by: "",
        history: &[],
        args: &[],
        acl: 0,
        tips: &[],
        key_specs: &[],
    };
}

include!("docs_table.rs");

/// Redis's documentation of a command by lower-case full name ("config|get").
pub fn lookup(full_name: &str) -> Option<&'static Doc> {
    DOCS.binary_search_by(|d| d.name.cmp(full_name))
        .ok()
        .map(|i| &DOCS[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_complete() {
        assert!(DOCS.windows(2).all(|w| w[0].name < w[1].name));
        let get = lookup("get").expect("get is documented");
        assert_eq!(get.summary, "Get the value of a key");
        assert_eq!(get.acl, acl::STRING);
        assert_eq!(get.key_specs[0].flags, keyflag::RO | keyflag::ACCESS);
        assert_eq!(get.key_specs[0].begin_search, BeginSearch::Index(1));
        assert_eq!(
            get.key_specs[0].find_keys,
            FindKeys::Range {
                lastkey: 0,
                keystep: 1,
                limit: 0
            }
        );
        assert_eq!(lookup("config|get").map(|d| d.since), Some("2.0.0"));
        assert_eq!(lookup("zadd").map(|d| d.group), Some("sorted-set"));
        assert!(lookup("sentinel").is_none());
        assert!(lookup("nosuch").is_none());
    }
}
