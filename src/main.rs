//! Mounts the app in place of the static loading shell; everything else
//! lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    use leptos::wasm_bindgen::JsCast;

    console_error_panic_hook::set_once();
    let root =
        leptos::prelude::document().get_element_by_id("app").and_then(|element| element.dyn_into::<leptos::web_sys::HtmlElement>().ok());
    match root {
        Some(root) => {
            // The shell said "loading"; the app replaces it.
            root.set_inner_html("");
            leptos::mount::mount_to(root, skippertak::app::App).forget();
        }
        None => leptos::mount::mount_to_body(skippertak::app::App),
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Skippertak is a web app: build it with `trunk build --release`, or see README.md.");
    std::process::exit(2);
}
