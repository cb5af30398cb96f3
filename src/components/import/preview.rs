//! What the import will do, row by row: the counts, and the first rows as
//! they will be read (the deal, the history they add to, or what is wrong).

use leptos::prelude::*;

use crate::app::AppState;
use crate::explain::stage_label;
use crate::format::editable;
use crate::i18n::Lang;
use crate::import::limits::PREVIEW_ROWS;
use crate::import::rows::{RowOutcome, RowResult};
use crate::import::session::Session;
use crate::model::scenario::Stage;
use crate::text::import as text;

/// How many more error lines (beyond the preview) are listed by number.
const MORE_ERROR_LINES: usize = 12;

/// An amount with the decimals it has (up to two), so the preview shows
/// exactly what was read: "650 000,5 kr" / "NOK 650,000.5".
fn amount_text(value: f64, currency: &str, lang: Lang) -> String {
    let amount = editable(value, 2, lang);
    match lang {
        Lang::Nb if currency == "NOK" => format!("{amount}\u{a0}kr"),
        Lang::Nb => format!("{amount}\u{a0}{currency}"),
        Lang::En => format!("{currency}\u{a0}{amount}"),
    }
}

/// A share as a percent with the decimals it needs: "12,5 %" / "12.5%".
fn percent_text(share: f64, lang: Lang) -> String {
    let number = editable(share * 100.0, 2, lang);
    match lang {
        Lang::Nb => format!("{number}\u{a0}%"),
        Lang::En => format!("{number}%"),
    }
}

/// The counts, the preview table and the rows with errors further down.
#[component]
pub fn Preview(session: RwSignal<Option<Session>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let currency = move || state.draft.with_untracked(|s| s.currency.clone());
    let summary = move || session.with(|s| s.as_ref().map(|s| text::summary(&s.summary, lang.get())).unwrap_or_default());
    let rows = move || {
        let l = lang.get();
        let currency = currency();
        session.with(|s| {
            let s = s.as_ref()?;
            let column =
                |c: Option<usize>| c.map(|c| text::column_name(s.table.header(c), c, s.table.occurrence(c), l)).unwrap_or_default();
            let stages = s.target_stages();
            Some(s.outcomes.iter().take(PREVIEW_ROWS).map(|row| preview_row(row, stages, &currency, &column, l)).collect_view())
        })
    };
    let more_rows = move || {
        let l = lang.get();
        session.with(|s| {
            let total = s.as_ref().map_or(0, |s| s.outcomes.len());
            (total > PREVIEW_ROWS)
                .then(|| text::SHOWING_FIRST.fill(l, &[("shown", &PREVIEW_ROWS.to_string()), ("total", &total.to_string())]))
        })
    };
    let later_errors = move || {
        let l = lang.get();
        session.with(|s| {
            let lines: Vec<String> =
                s.as_ref()?.outcomes.iter().skip(PREVIEW_ROWS).filter(|r| !r.errors().is_empty()).map(|r| r.line.to_string()).collect();
            (!lines.is_empty()).then(|| {
                let mut shown = lines.iter().take(MORE_ERROR_LINES).cloned().collect::<Vec<_>>().join(", ");
                if lines.len() > MORE_ERROR_LINES {
                    shown.push_str(", …");
                }
                text::LATER_ERRORS.fill(l, &[("lines", &shown)])
            })
        })
    };

    view! {
        <p class="import-summary" role="status" aria-live="polite" data-testid="import-summary">{summary}</p>
        // Focusable so that keyboard users can scroll a wide preview.
        <div class="table-scroll" tabindex="0" role="region" aria-label=move || text::PREVIEW.get(lang.get())>
            <table class="import-table import-preview">
                <caption class="visually-hidden">{move || text::PREVIEW_CAPTION.get(lang.get())}</caption>
                <thead>
                    <tr>
                        <th scope="col" class="import-line">{move || text::LINE.get(lang.get())}</th>
                        <th scope="col">{move || text::FIELD_NAME.get(lang.get())}</th>
                        <th scope="col" class="num">{move || text::FIELD_VALUE.get(lang.get())}</th>
                        <th scope="col">{move || text::FIELD_STAGE.get(lang.get())}</th>
                        <th scope="col" class="num">{move || text::FIELD_PROBABILITY.get(lang.get())}</th>
                        <th scope="col">{move || text::FIELD_CLOSE_DATE.get(lang.get())}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <p class="table-note">{more_rows}</p>
        <p class="table-note import-later-errors">{later_errors}</p>
    }
}

/// One preview row: the deal as it will be imported, the closed deal it
/// adds to the history, or the row's errors. Everything is plain text.
fn preview_row(outcome: &RowOutcome, stages: &[Stage], currency: &str, column: &dyn Fn(Option<usize>) -> String, lang: Lang) -> AnyView {
    let line = outcome.line;
    match &outcome.result {
        RowResult::Open(deal) => {
            let stage = stages.iter().find(|s| s.id == deal.stage);
            let stage_text = stage.map(|s| stage_label(s, lang)).unwrap_or_else(|| deal.stage.clone());
            let probability = match (deal.probability, stage) {
                (Some(p), _) => percent_text(p, lang),
                (None, Some(s)) => format!("{} {}", percent_text(s.probability, lang), text::STAGE_OWN_PROBABILITY.get(lang)),
                (None, None) => String::new(),
            };
            let close_date = deal.close_date.map(|d| d.to_string()).unwrap_or_else(|| "—".to_string());
            view! {
                <tr data-testid="import-row">
                    <td class="import-line">{line}</td>
                    <td class="import-name">{deal.name.clone()}</td>
                    <td class="num">{amount_text(deal.value, currency, lang)}</td>
                    <td>{stage_text}</td>
                    <td class="num">{probability}</td>
                    <td>{close_date}</td>
                </tr>
            }
            .into_any()
        }
        RowResult::Closed(closed) => {
            let what = if closed.won { text::ROW_WON } else { text::ROW_LOST };
            let value = closed.value.map(|v| amount_text(v, currency, lang)).unwrap_or_default();
            let date = closed.close_date.map(|d| d.to_string()).unwrap_or_else(|| "—".to_string());
            view! {
                <tr class="import-row-closed" data-testid="import-row-closed" data-won=closed.won.to_string()>
                    <td class="import-line">{line}</td>
                    <td>{what.get(lang)}</td>
                    <td class="num">{value}</td>
                    <td></td>
                    <td></td>
                    <td>{date}</td>
                </tr>
            }
            .into_any()
        }
        RowResult::Invalid(errors) => view! {
            <tr class="import-row-error" data-testid="import-row-error">
                <td class="import-line">{line}</td>
                <td colspan="5">
                    <span class="visually-hidden">{text::ERRORS.get(lang)}</span>
                    <ul class="import-errors">
                        {errors.iter().map(|e| view! { <li>{text::row_error(e, &column(e.column), lang)}</li> }).collect_view()}
                    </ul>
                </td>
            </tr>
        }
        .into_any(),
    }
}
