//! The bench floor: one signal, one labelled input, one text that follows it.
//! The text is on screen from the first render ("first result").

use leptos::prelude::*;
use leptos::tachys::html::attribute::custom::custom_attribute;

#[component]
fn Floor() -> impl IntoView {
    let text = RwSignal::new(String::from("first result"));
    view! {
        <main>
            <label for="floor-input">"Text"</label>
            <input
                id="floor-input"
                type="text"
                data-testid="floor-input"
                prop:value=move || text.get()
                on:input:target=move |ev| text.set(ev.target().value())
            />
            {view! { <p data-testid="floor-result" data-value=move || text.get()>{move || text.get()}</p> }
                // The browser reports when the text was first painted (Element Timing), as in the app.
                .add_any_attr(custom_attribute("elementtiming", "floor-result"))}
        </main>
    }
}

fn main() {
    mount_to_body(Floor);
}
