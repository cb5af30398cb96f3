use leptos::prelude::*;

use crate::app::AppState;
use crate::i18n::Lang;
use crate::text::page;

/// Switches between Norwegian and English.
#[component]
pub fn LanguageToggle() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Each language is named in itself, so a reader of either finds it.
    let button = move |lang: Lang, name: &'static str| {
        view! {
            <button type="button" lang=lang.as_str() aria-pressed=move || (state.lang.get() == lang).to_string()
                on:click=move |_| state.lang.set(lang)>
                {name}
            </button>
        }
    };
    view! {
        <div class="lang-toggle" role="group" aria-label=move || page::LANGUAGE.get(state.lang.get())>
            {button(Lang::Nb, "Norsk")}
            {button(Lang::En, "English")}
        </div>
    }
}
