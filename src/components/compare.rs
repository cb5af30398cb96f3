//! Two saved scenarios side by side: key outputs and their differences.

use leptos::prelude::*;

use crate::app::AppState;
use crate::app::persistence::Library;
use crate::explain::verdict_headline;
use crate::format::{decimal, money, percent};
use crate::i18n::Lang;
use crate::model::{Evaluation, Scenario, evaluate};
use crate::text::Text;
use crate::text::store as words;

/// A key output: label, value from an evaluation, and how to show it.
struct Output {
    label: Text,
    value: fn(&Scenario, &Evaluation) -> Option<f64>,
    kind: Kind,
}

#[derive(Clone, Copy)]
enum Kind {
    Money,
    Share,
    Rate,
}

const OUTPUTS: [Output; 8] = [
    Output { label: words::TARGET, value: |s, _| Some(s.target), kind: Kind::Money },
    Output { label: words::CLOSED_SO_FAR, value: |s, _| Some(s.closed), kind: Kind::Money },
    Output { label: words::SHARE_OF_TIME_ON_CLOSING, value: |_, e| Some(e.recommended.split), kind: Kind::Share },
    Output { label: words::EXPECTED_THIS_PERIOD_RECOMMENDED, value: |_, e| e.recommended.this_period, kind: Kind::Money },
    Output { label: words::EXPECTED_THIS_PERIOD_PUSH, value: |_, e| e.trap.this_period, kind: Kind::Money },
    Output { label: words::INTO_NEXT_PERIOD_RECOMMENDED, value: |_, e| e.recommended.next_period, kind: Kind::Money },
    Output { label: words::WEIGHTED_PIPELINE, value: |_, e| Some(e.weighted_pipeline), kind: Kind::Money },
    Output { label: words::MEETINGS_NEEDED, value: |_, e| e.meetings_needed_per_seller_week, kind: Kind::Rate },
];

fn show(kind: Kind, value: Option<f64>, currency: &str, lang: Lang, signed: bool) -> String {
    let Some(v) = value else { return "—".to_string() };
    let text = match kind {
        Kind::Money => money(v.abs(), currency, lang),
        Kind::Share => percent(v.abs(), lang),
        Kind::Rate => decimal(v.abs(), 1, lang),
    };
    match (signed, v) {
        (true, v) if v > 0.0 => format!("+{text}"),
        (true, v) if v < 0.0 => format!("\u{2212}{text}"),
        _ => text,
    }
}

/// Compares two saved scenarios.
#[component]
pub fn ComparePanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let library = expect_context::<Library>();
    let lang = state.lang;
    let first = RwSignal::new(library.current.get_untracked().unwrap_or_default());
    let second = RwSignal::new(String::new());
    let evaluated = move |id: String| {
        library.peek(&id).map(|s| {
            let e = evaluate(&s, state.today.get_untracked());
            (s, e)
        })
    };
    let pair = Memo::new(move |_| {
        // Re-read when the list changes (a save renames or adds scenarios).
        library.index.track();
        (evaluated(first.get()), evaluated(second.get()))
    });
    let picker = move |label: Text, id: &'static str, chosen: RwSignal<String>| {
        view! {
            <div class="field">
                <label for=id>{label.get(lang.get_untracked())}</label>
                <select id=id on:change:target=move |ev| chosen.set(ev.target().value())>
                    <option value="" selected=move || chosen.with(String::is_empty)>{state.text(words::CHOOSE)}</option>
                    <For each=move || library.index.get() key=|e| (e.id.clone(), e.name.clone()) let:entry>
                        <option value=entry.id.clone() selected={
                            let id = entry.id.clone();
                            move || chosen.with(|c| *c == id)
                        }>{entry.name.clone()}</option>
                    </For>
                </select>
            </div>
        }
    };
    view! {
        <details class="card compare" data-testid="compare">
            <summary><h2>{state.text(words::COMPARE_SCENARIOS)}</h2></summary>
            <div class="field-row">
                {picker(words::SCENARIO_A, "f-compare-a", first)}
                {picker(words::SCENARIO_B, "f-compare-b", second)}
            </div>
            {move || pair.with(|(a, b)| match (a, b) {
                (Some((sa, ea)), Some((sb, eb))) => {
                    let l = lang.get_untracked();
                    let rows = OUTPUTS.iter().map(|o| {
                        let (va, vb) = ((o.value)(sa, ea), (o.value)(sb, eb));
                        let diff = va.zip(vb).map(|(x, y)| y - x);
                        view! {
                            <tr>
                                <th scope="row">{o.label.get(l)}</th>
                                <td>{show(o.kind, va, &sa.currency, l, false)}</td>
                                <td>{show(o.kind, vb, &sb.currency, l, false)}</td>
                                <td class="diff">{show(o.kind, diff, &sb.currency, l, true)}</td>
                            </tr>
                        }
                    }).collect_view();
                    view! {
                        <table class="compare-table" data-testid="compare-table">
                            <caption class="visually-hidden">{words::COMPARE_CAPTION.get(l)}</caption>
                            <thead><tr>
                                <td></td>
                                <th scope="col">{sa.name.clone()}</th>
                                <th scope="col">{sb.name.clone()}</th>
                                <th scope="col">{words::DIFFERENCE.get(l)}</th>
                            </tr></thead>
                            <tbody>
                                <tr>
                                    <th scope="row">{words::VERDICT.get(l)}</th>
                                    <td>{verdict_headline(ea.verdict, l)}</td>
                                    <td>{verdict_headline(eb.verdict, l)}</td>
                                    <td></td>
                                </tr>
                                {rows}
                            </tbody>
                        </table>
                    }.into_any()
                }
                _ => view! { <p class="field-help">{state.text(words::CHOOSE_TWO_SAVED_SCENARIOS)}</p> }.into_any(),
            })}
        </details>
    }
}
