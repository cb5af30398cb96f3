//! The bench floor: one signal, one labelled input, one text that follows it.
//! The text is on screen from the first render ("first result").

use leptos::prelude::*;

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
            <p data-testid="floor-result" data-value=move || text.get()>{move || text.get()}</p>
        </main>
    }
}

fn main() {
    mount_to_body(Floor);
}
