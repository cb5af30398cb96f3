//! Link flags for the browser build only.

fn main() {
    // scripts/split-wasm.mjs splits the lazily loaded parts of the page into a
    // second wasm module; wasm-split-cli needs the linker's relocations for that.
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rustc-link-arg-bins=--emit-relocs");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
