//! The web app: state, derived results and the page. Components live in
//! `crate::components`; they read [`AppState`] from context.

mod browser;

use leptos::prelude::*;

use crate::components::{LanguageToggle, PlanComparison, SplitBar, VerdictCard};
use crate::i18n::Lang;
use crate::model::{Date, Evaluation, Scenario, evaluate, parse_scenario};

/// The built-in demo: a realistic quarter where pushing could reach the target on paper.
pub const DEMO_SCENARIO: &str = include_str!("../demo.json");

/// Shared state: the scenario is the one source of truth; everything shown is
/// derived from it.
#[derive(Clone, Copy)]
pub struct AppState {
    pub lang: RwSignal<Lang>,
    pub scenario: RwSignal<Scenario>,
    pub evaluation: Memo<Evaluation>,
}

impl AppState {
    /// Text in the current language.
    pub fn t(&self, nb: &'static str, en: &'static str) -> &'static str {
        self.lang.get().pick(nb, en)
    }
}

fn demo_scenario() -> Scenario {
    // The demo is part of the build and covered by tests; failing to parse it
    // is a build defect, not a user error.
    parse_scenario(DEMO_SCENARIO).expect("the built-in demo scenario is valid")
}

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let lang = RwSignal::new(browser::initial_lang());
    let scenario = RwSignal::new(demo_scenario());
    let today: Date = browser::local_today();
    let evaluation = Memo::new(move |_| scenario.with(|s| evaluate(s, today)));
    let state = AppState { lang, scenario, evaluation };
    provide_context(state);

    Effect::new(move |_| browser::set_document_lang(lang.get()));

    view! {
        <header class="topbar">
            <div class="brand">
                <span class="brand-name">"Skippertak"</span>
                <span class="brand-tagline">
                    {move || state.t("Sluttfør det modne, prospekter resten", "Land what is mature, prospect the rest")}
                </span>
            </div>
            <LanguageToggle/>
        </header>
        <main class="results" aria-live="polite">
            <h1 class="scenario-name">{move || scenario.with(|s| s.name.clone())}</h1>
            <VerdictCard/>
            <SplitBar/>
            <PlanComparison/>
        </main>
    }
}
