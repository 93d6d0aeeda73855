//! Compiles the C shim that gives INCRBYFLOAT Redis's long-double arithmetic (see src/num.rs).
fn main() {
    println!("cargo:rerun-if-changed=csrc/ld.c");
    cc::Build::new()
        .file("csrc/ld.c")
        .warnings(true)
        .extra_warnings(true)
        .compile("ringkv_ld");
}
