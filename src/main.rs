//! Mounts the app; everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(skippertak::app::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Skippertak is a web app: build it with `trunk build --release`, or see README.md.");
    std::process::exit(2);
}
