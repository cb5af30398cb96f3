//! Mounts the app in place of the static loading shell; everything else
//! lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    use skippertak::app::links;

    console_error_panic_hook::set_once();
    // A share link is read first (by a module of its own): the page's first
    // result is then the shared scenario, never the demo before it.
    match links::link_in_address() {
        None => mount(None),
        // Before the page is mounted, Leptos's executor is not set up yet.
        Some(fragment) => wasm_bindgen_futures::spawn_local(async move { mount(Some(links::read(fragment).await)) }),
    }
}

#[cfg(target_arch = "wasm32")]
fn mount(opened: Option<skippertak::app::links::OpenedLink>) {
    use leptos::prelude::*;
    use leptos::wasm_bindgen::JsCast;
    use skippertak::components::App;

    let root = document().get_element_by_id("app").and_then(|element| element.dyn_into::<leptos::web_sys::HtmlElement>().ok());
    match root {
        Some(root) => {
            // The shell said "loading"; the app replaces it.
            root.set_inner_html("");
            leptos::mount::mount_to(root, move || view! { <App opened/> }).forget();
        }
        None => leptos::mount::mount_to_body(move || view! { <App opened/> }),
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Skippertak is a web app: build it with `trunk build --release`, or see README.md.");
    std::process::exit(2);
}
