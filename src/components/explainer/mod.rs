//! "Slik regnes det ut" / "How it's calculated": a collapsible panel that
//! explains every output in plain words with its formula (docs/model.md
//! §3–§8), one file per numbered section, and the building blocks they
//! share. The words are in `crate::text::explainer`.

mod costs;
mod deal;
mod defaults;
mod meetings;
mod periods;
mod prospecting;
mod recommendation;
mod risk;
mod rounding;
mod split;
mod time;
mod uncertainty;

use leptos::prelude::*;

use crate::app::AppState;
use crate::explain::stage_label;
use crate::format::{decimal, editable, integer, money};
use crate::i18n::Lang;
use crate::model::scenario::{DEFAULT_STAGES, Scenario};
use crate::text::Text;
use crate::text::explainer as text;

/// The panel: each section explains an output, shows this scenario's own
/// numbers where they help, and the defaults section lists every default
/// with where it comes from. Static text follows the language; the live
/// figures follow the last valid scenario.
#[component]
pub fn Explainer() -> impl IntoView {
    let state = expect_context::<AppState>();
    // The body (with its live figures) exists only while the panel is open,
    // so a closed panel costs nothing on every edit.
    let open = RwSignal::new(false);
    view! {
        <details class="card explainer" data-testid="explainer"
            on:toggle:target=move |ev| open.set(ev.target().open())>
            <summary class="explainer-summary">
                <h2 class="explainer-title">{move || text::TITLE.get(state.lang.get_untracked())}</h2>
                <span class="explainer-hint">
                    {move || text::HINT.get(state.lang.get_untracked())}
                </span>
            </summary>
            <div class="explainer-body">
                {move || open.get().then(|| {
                    let lang = state.lang.get_untracked();
                    view! {
                        <p class="explainer-intro">{text::INTRO.get(lang)}</p>
                        {time::section(state, lang)}
                        {deal::section(state, lang)}
                        {split::section(state, lang)}
                        {prospecting::section(state, lang)}
                        {periods::section(state, lang)}
                        {costs::section(state, lang)}
                        {recommendation::section(state, lang)}
                        {meetings::section(state, lang)}
                        {risk::section(state, lang)}
                        {uncertainty::section(state, lang)}
                        {defaults::section(state, lang)}
                        {rounding::section(state, lang)}
                    }
                })}
            </div>
        </details>
    }
}

/// A live figure, or "—" followed by the reason it is not available.
fn shown(test_id: Option<&'static str>, value: Result<String, &'static str>) -> AnyView {
    match value {
        Ok(text) => view! { <span class="explainer-value" data-testid=test_id>{text}</span> }.into_any(),
        Err(reason) => view! {
            <span class="explainer-value explainer-na" data-testid=test_id>"—"</span>
            <span class="explainer-reason">" (" {reason} ")"</span>
        }
        .into_any(),
    }
}

/// One row of a live list: a term and its value.
fn fact(term: impl IntoView + 'static, value: impl IntoView + 'static) -> impl IntoView {
    view! {
        <div class="explainer-fact">
            <dt>{term}</dt>
            <dd>{value}</dd>
        </div>
    }
}

/// The "in this scenario" box under a section's explanation.
fn live(lang: Lang, facts: impl IntoView + 'static) -> impl IntoView {
    view! {
        <div class="explainer-live">
            <p class="explainer-live-title">{text::IN_THIS_SCENARIO.get(lang)}</p>
            <dl class="explainer-facts">{facts}</dl>
        </div>
    }
}

/// A number with its unit: `one` for exactly 1, `many` otherwise; both
/// have an `{amount}` placeholder for the formatted number.
fn counted(amount: String, n: f64, lang: Lang, one: Text, many: Text) -> String {
    (if n == 1.0 { one } else { many }).fill(lang, &[("amount", &amount)])
}

fn days(n: f64, lang: Lang) -> String {
    counted(integer(n, lang), n, lang, text::DAY, text::DAYS)
}

fn hours(n: f64, lang: Lang) -> String {
    counted(editable(n, 1, lang), n, lang, text::HOUR, text::HOURS)
}

/// A share with one decimal, for figures quoted from a source: "34,5 %" / "34.5%".
fn percent_one_decimal(share: f64, lang: Lang) -> String {
    let number = decimal(share * 100.0, 1, lang);
    match lang {
        Lang::Nb => format!("{number}\u{a0}%"),
        Lang::En => format!("{number}%"),
    }
}

/// A multiple such as a coverage: "2,4×".
fn multiple(x: f64, lang: Lang) -> String {
    format!("{}×", decimal(x, 1, lang))
}

/// A stage's name by id, as the scenario (or the default stages) call it.
fn stage_name(scenario: &Scenario, id: &str, lang: Lang) -> String {
    match scenario.stages.iter().find(|stage| stage.id == id) {
        Some(stage) => stage_label(stage, lang),
        None => DEFAULT_STAGES
            .iter()
            .find(|default| default.id == id)
            .map(|default| lang.pick(default.nb, default.en).to_string())
            .unwrap_or_else(|| id.to_string()),
    }
}

fn money_in(state: AppState, value: f64, lang: Lang) -> String {
    state.deferred.scenario.with(|s| money(value, &s.currency, lang))
}
