//! How the file was read: where it is from, its size, what was left out,
//! and the choices behind the reading (encoding, delimiter, sheet, date
//! order), each changeable.

use leptos::prelude::*;

use crate::app::AppState;
use crate::import::dates::DateOrder;
use crate::import::delimiter::Delimiter;
use crate::import::encoding::Encoding;
use crate::import::session::{Origin, Session};
use crate::text::import as text;

/// The facts of the file and the reading choices.
#[component]
pub fn ReadingChoices(
    session: RwSignal<Option<Session>>,
    /// Read the file again in this encoding.
    on_encoding: Callback<Encoding>,
    /// Read the file again with this delimiter.
    on_delimiter: Callback<Delimiter>,
    /// Read this sheet of the workbook.
    on_sheet: Callback<usize>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let origin = Memo::new(move |_| session.with(|s| s.as_ref().map(|s| s.origin.clone())));
    let facts = move || {
        let l = lang.get();
        let scenario_currency = state.draft.with_untracked(|s| s.currency.clone());
        session.with(|s| {
            let Some(s) = s.as_ref() else { return Vec::new() };
            let mut facts = text::file_facts(&s.name, &s.origin, s.crm, s.table.len(), s.table.width(), &s.table.layout, l);
            if let Some(currency) = s.currency.as_ref().filter(|c| **c != scenario_currency) {
                facts.push(text::CURRENCY_DIFFERS.fill(l, &[("file", currency), ("scenario", &scenario_currency)]));
            }
            facts
        })
    };
    let order = Memo::new(move |_| session.with(|s| s.as_ref().map(|s| (s.rules.date_order, s.order_reason))));
    let order_reason = move || {
        let l = lang.get();
        session.with(|s| {
            let s = s.as_ref()?;
            let column = |c: usize| text::column_name(s.table.header(c), c, s.table.occurrence(c), l);
            text::order_reason(s.rules.date_order, s.order_reason, &column, l)
        })
    };
    let shows_order = move || order.get().is_some_and(|(_, reason)| reason != crate::import::dates::OrderReason::NotNeeded);

    let encoding_select = move || match origin.get() {
        Some(Origin::Text { encoding, .. }) => Some(view! {
            <div class="field compact">
                <label for="import-encoding">{text::ENCODING.get(lang.get_untracked())}</label>
                <select id="import-encoding" data-testid="import-encoding"
                    on:change:target=move |ev| if let Some(e) = Encoding::from_label(&ev.target().value()) { on_encoding.run(e) }>
                    {Encoding::ALL.into_iter().map(|e| view! {
                        <option value=e.label() selected=e == encoding>{text::encoding(e)}</option>
                    }).collect_view()}
                </select>
            </div>
        }),
        _ => None,
    };
    let delimiter_select = move || match origin.get() {
        Some(Origin::Text { delimiter, .. } | Origin::Paste { delimiter }) => Some(view! {
            <div class="field compact">
                <label for="import-delimiter">{text::DELIMITER.get(lang.get_untracked())}</label>
                <select id="import-delimiter" data-testid="import-delimiter"
                    on:change:target=move |ev| if let Some(d) = Delimiter::from_id(&ev.target().value()) { on_delimiter.run(d) }>
                    {Delimiter::ALL.into_iter().map(|d| view! {
                        <option value=d.as_str() selected=d == delimiter>{text::delimiter(d).get(lang.get_untracked())}</option>
                    }).collect_view()}
                </select>
            </div>
        }),
        _ => None,
    };
    let sheet_select = move || match origin.get() {
        Some(Origin::Workbook { sheet, sheets }) => Some(view! {
            <div class="field compact">
                <label for="import-sheet">{text::SHEET.get(lang.get_untracked())}</label>
                <select id="import-sheet" data-testid="import-sheet"
                    on:change:target=move |ev| { if let Ok(i) = ev.target().value().parse() { on_sheet.run(i) } }>
                    {sheets.into_iter().enumerate().map(|(i, name)| view! {
                        <option value=i.to_string() selected=i == sheet>{name}</option>
                    }).collect_view()}
                </select>
            </div>
        }),
        _ => None,
    };

    view! {
        <div class="import-facts" data-testid="import-facts">
            {move || facts().into_iter().map(|fact| view! { <p>{fact}</p> }).collect_view()}
        </div>
        <div class="import-reading">
            {encoding_select}
            {delimiter_select}
            {sheet_select}
            <Show when=shows_order>
                <div class="field compact">
                    <label for="import-date-order">{move || text::DATE_ORDER.get(lang.get())}</label>
                    <select id="import-date-order" data-testid="import-date-order"
                        on:change:target=move |ev| if let Some(o) = DateOrder::from_id(&ev.target().value()) {
                            session.update(|s| if let Some(s) = s { s.set_date_order(o) })
                        }>
                        {[DateOrder::DayFirst, DateOrder::MonthFirst].into_iter().map(|o| view! {
                            <option value=o.as_str() selected=move || order.get().is_some_and(|(current, _)| current == o)>
                                {text::date_order(o).get(lang.get_untracked())}
                            </option>
                        }).collect_view()}
                    </select>
                </div>
            </Show>
        </div>
        <p class="field-help import-order-reason" data-testid="import-date-reason">{order_reason}</p>
    }
}
