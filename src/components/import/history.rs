//! What the file's won and lost deals say about the team, beside the values
//! in use, each taken only if the user ticks it.

use leptos::prelude::*;

use crate::app::AppState;
use crate::format::{money, percent};
use crate::import::apply::Consent;
use crate::import::field::Field;
use crate::import::history::History;
use crate::import::session::Session;
use crate::text::import as text;

/// The history step; shown when the file has closed deals.
#[component]
pub fn HistoryChoices(session: RwSignal<Option<Session>>, consent: RwSignal<Consent>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let history = Memo::new(move |_| session.with(|s| s.as_ref().map(|s| s.history)));
    let has_created = Memo::new(move |_| session.with(|s| s.as_ref().is_some_and(|s| s.mapping.get(Field::Created).is_some())));
    let currency = move || state.draft.with_untracked(|s| s.currency.clone());
    let deals = move |n: usize| crate::text::count(lang.get_untracked(), n, text::DEAL, text::DEALS);

    let in_period = move || {
        let l = lang.get();
        history.get().filter(|h| h.won_in_period.count > 0).map(|h: History| {
            let sum = money(h.won_in_period.sum, &currency(), l);
            let now = state.draft.with_untracked(|s| money(s.closed, &s.currency, l));
            view! {
                <p>{text::WON_IN_PERIOD.fill(l, &[("deals", &deals(h.won_in_period.count)), ("sum", &sum)])}</p>
                <label class="checkbox">
                    <input type="checkbox" data-testid="import-use-closed" prop:checked=move || consent.with(|c| c.closed)
                        on:change:target=move |ev| { let on = ev.target().checked(); consent.update(|c| c.closed = on) }/>
                    {text::USE_AS_CLOSED.fill(l, &[("current", &now)])}
                </label>
            }
        })
    };
    let figures = move || {
        let l = lang.get();
        let h = history.get()?;
        if !h.enough() {
            return Some(view! { <p class="field-help" data-testid="import-too-little-history">{text::TOO_LITTLE_HISTORY.fill(l, &[("count", &(h.won + h.lost).to_string())])}</p> }.into_any());
        }
        let prospecting = state.draft.with_untracked(|s| s.prospecting.clone());
        let now_avg = prospecting.avg_deal_size.map(|a| money(a, &currency(), l)).unwrap_or_else(|| "—".to_string());
        let days = |d: f64| text::CYCLE_DAYS.fill(l, &[("days", &format!("{}", d.round()))]);
        let row = |id: &'static str,
                   label: &'static str,
                   from_file: String,
                   basis: String,
                   now: String,
                   checked: fn(&Consent) -> bool,
                   set: fn(&mut Consent, bool)| {
            view! {
                <tr>
                    <th scope="row">{label}</th>
                    <td class="num">{from_file}<span class="import-basis">{basis}</span></td>
                    <td class="num">{now}</td>
                    <td>
                        <input type="checkbox" id=format!("import-use-{id}") data-testid=format!("import-use-{id}")
                            aria-label=format!("{} – {}", text::USE_IT.get(l), label)
                            prop:checked=move || consent.with(checked)
                            on:change:target=move |ev| { let on = ev.target().checked(); consent.update(|c| set(c, on)) }/>
                    </td>
                </tr>
            }
        };
        let win_rate = h.win_rate.map(|f| {
            let basis = text::BASIS_WIN_RATE.fill(l, &[("won", &h.won.to_string()), ("lost", &h.lost.to_string())]);
            row(
                "win-rate",
                text::WIN_RATE.get(l),
                percent(f.value, l),
                basis,
                percent(prospecting.win_rate, l),
                |c| c.win_rate,
                |c, on| c.win_rate = on,
            )
        });
        let avg = h.avg_deal_size.map(|f| {
            let basis = text::BASIS_AVG.fill(l, &[("count", &f.from.to_string())]);
            row(
                "avg-deal",
                text::AVG_DEAL.get(l),
                money(f.value, &currency(), l),
                basis,
                now_avg.clone(),
                |c| c.avg_deal_size,
                |c, on| c.avg_deal_size = on,
            )
        });
        let cycle = h.cycle_days.map(|f| {
            let basis = text::BASIS_CYCLE.fill(l, &[("count", &f.from.to_string())]);
            row(
                "cycle",
                text::CYCLE.get(l),
                days(f.value),
                basis,
                days(prospecting.cycle_days),
                |c| c.cycle_days,
                |c, on| c.cycle_days = on,
            )
        });
        Some(
            view! {
                <div class="table-scroll" tabindex="0" role="region" aria-label=text::HISTORY_LEGEND.get(l)>
                    <table class="import-table import-history">
                        <thead>
                            <tr>
                                <th scope="col">{text::FIGURE.get(l)}</th>
                                <th scope="col" class="num">{text::FROM_THE_FILE.get(l)}</th>
                                <th scope="col" class="num">{text::IN_USE.get(l)}</th>
                                <th scope="col">{text::USE_IT.get(l)}</th>
                            </tr>
                        </thead>
                        <tbody>{win_rate}{avg}{cycle}</tbody>
                    </table>
                </div>
                {(!has_created.get()).then(|| view! { <p class="field-help">{text::NO_CREATED_COLUMN.get(l)}</p> })}
            }
            .into_any(),
        )
    };
    let undated = move || {
        let l = lang.get();
        history
            .get()
            .filter(|h| h.undated > 0)
            .map(|h| view! { <p class="field-help">{text::UNDATED.fill(l, &[("count", &h.undated.to_string())])}</p> })
    };

    view! {
        <Show when=move || history.get().is_some_and(|h| h.any())>
            <fieldset class="import-history-step" data-testid="import-history">
                <legend>{move || text::HISTORY_LEGEND.get(lang.get())}</legend>
                {in_period}
                {figures}
                {undated}
            </fieldset>
        </Show>
    }
}
