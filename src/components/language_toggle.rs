use leptos::prelude::*;

use crate::app::AppState;
use crate::i18n::Lang;

/// Switches between Norwegian and English.
#[component]
pub fn LanguageToggle() -> impl IntoView {
    let state = expect_context::<AppState>();
    let button = move |lang: Lang, label: &'static str, name: &'static str| {
        view! {
            <button type="button" lang=lang.as_str() aria-pressed=move || (state.lang.get() == lang).to_string()
                aria-label=name on:click=move |_| state.lang.set(lang)>
                {label}
            </button>
        }
    };
    view! {
        <div class="lang-toggle" role="group" aria-label=move || state.t("Språk", "Language")>
            {button(Lang::Nb, "NO", "Norsk")}
            {button(Lang::En, "EN", "English")}
        </div>
    }
}
