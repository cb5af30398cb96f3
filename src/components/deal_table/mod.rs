//! The open deals: add, edit inline, duplicate, delete with undo, sort. Each
//! row shows the model's advice and why.

mod row;

use leptos::prelude::*;

use crate::app::import_inbox::{Incoming, inbox};
use crate::app::{AppState, DEMO_SCENARIO};
use crate::model::Date;
use crate::model::evaluation::DealOutcome;
use crate::model::scenario::{Deal, Deals, Scenario};
use crate::text::Text;
use crate::text::deals;
use crate::text::edit as edit_text;
use row::DealRow;

/// What one row shows: the deal at its index and the model's outcome for it.
#[derive(Clone, Debug, PartialEq)]
pub struct RowData {
    deal: Option<Deal>,
    outcome: Option<DealOutcome>,
}

/// One copy of [`RowData`] per row, refreshed after each edit; a copy is
/// replaced only when its deal or outcome changed. Rows read their own copy,
/// so an edit re-renders only the rows it touched, and the draft and the
/// evaluation have one dependant here instead of several per row (updating
/// a signal with thousands of dependants costs time per dependant).
#[derive(Clone, Copy)]
struct Rows(StoredValue<Vec<ArcRwSignal<RowData>>, LocalStorage>);

impl Rows {
    fn follow(state: AppState) -> Rows {
        let rows = Rows(StoredValue::new_local(Vec::new()));
        // Deals: most edits leave the list as it was (the same shared list),
        // and then no row needs a look.
        Effect::new(move |seen: Option<Deals>| {
            state.draft.with(|s| {
                if !seen.is_some_and(|seen| seen.is_shared_with(&s.deals)) {
                    rows.refresh(|index, row| {
                        let deal = s.deals.get(index);
                        (row.deal.as_ref() != deal).then(|| RowData { deal: deal.cloned(), ..row.clone() })
                    });
                }
                s.deals.clone()
            })
        });
        Effect::new(move |_| {
            state.deferred.evaluation.with(|e| {
                rows.refresh(|index, row| {
                    let outcome = e.deals.get(index);
                    (row.outcome.as_ref() != outcome).then(|| RowData { outcome: outcome.cloned(), ..row.clone() })
                });
            });
        });
        rows
    }

    /// Replaces each row's copy for which `changed` returns a new one.
    fn refresh(&self, changed: impl Fn(usize, &RowData) -> Option<RowData>) {
        self.0.with_value(|slots| {
            for (index, slot) in slots.iter().enumerate() {
                if let Some(row) = slot.with_untracked(|row| changed(index, row)) {
                    slot.set(row);
                }
            }
        });
    }

    /// The copy for row `index`, made from the current draft on first use.
    fn at(&self, state: AppState, index: usize) -> ArcRwSignal<RowData> {
        if let Some(slot) = self.0.with_value(|slots| slots.get(index).cloned()) {
            return slot;
        }
        self.0.update_value(|slots| {
            while slots.len() <= index {
                let at = slots.len();
                let data = RowData {
                    deal: state.draft.with_untracked(|s| s.deals.get(at).cloned()),
                    outcome: state.deferred.evaluation.with_untracked(|e| e.deals.get(at).cloned()),
                };
                slots.push(ArcRwSignal::new(data));
            }
        });
        self.0.with_value(|slots| slots[index].clone())
    }
}

/// What the list can be sorted by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortKey {
    Value,
    Probability,
    CloseDate,
}

impl SortKey {
    pub fn as_str(self) -> &'static str {
        match self {
            SortKey::Value => "value",
            SortKey::Probability => "probability",
            SortKey::CloseDate => "close_date",
        }
    }
}

/// The last sort applied: key and whether it was descending.
type SortState = Option<(SortKey, bool)>;

/// How long "Deleted – Undo" stays after a deal is deleted.
const DELETED_OFFER_LASTS: std::time::Duration = std::time::Duration::from_secs(12);

/// A deal removed a moment ago, kept so it can be put back.
#[derive(Clone, Debug, PartialEq)]
struct Removed {
    index: usize,
    deal: Deal,
}

/// Sorts the deal list in place (stable: equal keys keep their order).
/// Undated deals go last when sorting by date.
fn sort_deals(scenario: &mut Scenario, key: SortKey, descending: bool) {
    let probability =
        |s: &Scenario, d: &Deal| d.probability.unwrap_or_else(|| s.stage_index(&d.stage).map_or(0.0, |i| s.stages[i].probability));
    let snapshot = scenario.clone();
    let order = |a: &Deal, b: &Deal| match key {
        SortKey::Value => a.value.total_cmp(&b.value),
        SortKey::Probability => probability(&snapshot, a).total_cmp(&probability(&snapshot, b)),
        SortKey::CloseDate => a
            .close_date
            .unwrap_or(Date::from_days_since_epoch(i64::MAX / 4))
            .cmp(&b.close_date.unwrap_or(Date::from_days_since_epoch(i64::MAX / 4))),
    };
    scenario.deals.sort_by(|a, b| if descending { order(b, a) } else { order(a, b) });
}

/// A name for a new deal that is not in the list yet.
fn new_deal_name(scenario: &Scenario, base: &str) -> String {
    (1..).map(|n| format!("{base} {n}")).find(|name| scenario.deals.iter().all(|d| &d.name != name)).unwrap_or_else(|| base.to_string())
}

/// Up to this many rows, the table is drawn once whenever its row count
/// changes, even off screen. Drawing all rows costs about half a millisecond
/// each in Chromium (90 ms at 200 rows), so longer tables keep the estimate.
const MEASURE_UP_TO_ROWS: usize = 50;

/// Whether the table should be drawn now although it may be off screen.
///
/// Off screen the table is skipped (`content-visibility: auto`) and stands
/// in with the height it had when last drawn. Before its first drawing only
/// an estimate is known, and the page below would jump when the real rows
/// appear: right under a click aimed at the sharing or comparison panels
/// after a jump to them. So after each change of the row count it is drawn
/// for one frame, which leaves its real height remembered.
fn measure_when_rows_change(count: Memo<usize>) -> ReadSignal<bool> {
    let (measuring, set_measuring) = signal(false);
    let drawn_for = StoredValue::new(None::<usize>);
    Effect::new(move |_| {
        let rows = count.get();
        if rows == 0 || rows > MEASURE_UP_TO_ROWS || drawn_for.get_value() == Some(rows) {
            return;
        }
        drawn_for.set_value(Some(rows));
        set_measuring.set(true);
        // The height is remembered when the frame is drawn; the next one
        // may skip the table again.
        request_animation_frame(move || request_animation_frame(move || set_measuring.set(false)));
    });
    measuring
}

/// The deal table with its toolbar, empty state and undo notice.
#[component]
pub fn DealTable() -> impl IntoView {
    let state = expect_context::<AppState>();
    let draft = state.draft;
    let lang = state.lang;
    let count = Memo::new(move |_| draft.with(|s| s.deals.len()));
    let sort: RwSignal<SortState> = RwSignal::new(None);
    let removed: RwSignal<Option<Removed>> = RwSignal::new(None);
    let rows = Rows::follow(state);
    let measuring = measure_when_rows_change(count);

    let add = move |_| {
        sort.set(None);
        draft.update(|s| {
            let stage = s.stages.first().map(|st| st.id.clone()).unwrap_or_default();
            let name = new_deal_name(s, deals::NEW_DEAL.get(lang.get_untracked()));
            s.deals.push(Deal { name, value: 100_000.0, stage, probability: None, close_date: None, mature: None });
        });
        // Put the keyboard where the new row is.
        let last = count.get_untracked().saturating_sub(1);
        request_animation_frame(move || {
            if let Some(input) = document().get_element_by_id(&format!("f-deals-{last}--name"))
                && let Ok(input) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(input)
            {
                let _ = input.focus();
            }
        });
    };
    let duplicate = Callback::new(move |index: usize| {
        sort.set(None);
        draft.update(|s| {
            if let Some(deal) = s.deals.get(index).cloned() {
                let copy_word = deals::COPY.get(lang.get_untracked());
                let name: String = format!("{} ({copy_word})", deal.name).chars().take(120).collect();
                s.deals.insert(index + 1, Deal { name, ..deal });
            }
        });
    });
    let remove = Callback::new(move |index: usize| {
        let mut taken = None;
        draft.update(|s| {
            if index < s.deals.len() {
                taken = Some(s.deals.remove(index));
            }
        });
        if let Some(deal) = taken {
            let shown = Removed { index, deal };
            removed.set(Some(shown.clone()));
            // The offer stays a while, then goes (the change can still be
            // undone with the undo button or Ctrl+Z).
            set_timeout(
                move || {
                    if removed.with_untracked(|r| r.as_ref() == Some(&shown)) {
                        removed.set(None);
                    }
                },
                DELETED_OFFER_LASTS,
            );
        }
    });
    let undo = move |_| {
        if let Some(Removed { index, deal }) = removed.get_untracked() {
            draft.update(|s| {
                let at = index.min(s.deals.len());
                s.deals.insert(at, deal);
            });
            removed.set(None);
        }
    };
    let sort_by = move |key: SortKey| {
        let descending = match sort.get_untracked() {
            Some((current, desc)) if current == key => !desc,
            _ => key != SortKey::CloseDate,
        };
        draft.update(|s| sort_deals(s, key, descending));
        sort.set(Some((key, descending)));
    };
    let aria_sort = move |key: SortKey| match sort.get() {
        Some((current, true)) if current == key => "descending",
        Some((current, false)) if current == key => "ascending",
        _ => "none",
    };
    let sort_button = move |key: SortKey, label: Text| {
        view! {
            <button type="button" class="sort-button" data-sort=key.as_str() on:click=move |_| sort_by(key)>
                {label.get(lang.get_untracked())}
                <span aria-hidden="true" class="sort-mark">{move || match aria_sort(key) {
                    "descending" => "▼",
                    "ascending" => "▲",
                    _ => "↕",
                }}</span>
            </button>
        }
    };
    let load_demo = move |_| {
        if let Ok(demo) = crate::model::parse_scenario(DEMO_SCENARIO) {
            draft.update(|s| {
                s.deals = demo.deals;
                s.stages = demo.stages;
                s.maturity_stage = demo.maturity_stage;
            });
        }
    };

    // Cells copied from a spreadsheet and pasted anywhere on the table (a
    // field, a button, the hint) open the import; a single value pasted
    // into a field stays the browser's own paste.
    let on_paste = move |ev: leptos::ev::ClipboardEvent| {
        let Some(pasted) = ev.clipboard_data().and_then(|data| data.get_data("text/plain").ok()) else { return };
        if crate::import::paste::is_spreadsheet_cells(&pasted) {
            ev.prevent_default();
            inbox().set(Some(Incoming::Paste { text: pasted }));
        }
    };

    view! {
        <section class="card deals" aria-labelledby="deals-title" on:paste=on_paste>
            <div class="deals-head">
                <h2 id="deals-title">
                    {state.text(deals::OPEN_DEALS)}
                    " " <span class="count">{move || format!("({})", count.get())}</span>
                </h2>
                <button type="button" class="primary" on:click=add>{state.text(deals::ADD_DEAL)}</button>
            </div>
            <p class="paste-hint" tabindex="0" data-testid="paste-target">{crate::text::import::PASTE_HINT.get(lang.get_untracked())}</p>
            <Show when=move || removed.with(Option::is_some)>
                <div class="undo-bar" role="status">
                    <span>{move || removed.with(|r| r.as_ref().map(|r| edit_text::DELETED_DEAL.fill(lang.get_untracked(), &[("name", &r.deal.name)])).unwrap_or_default())}</span>
                    <button type="button" on:click=undo>{edit_text::UNDO.get(lang.get_untracked())}</button>
                    <button type="button" class="link" aria-label=edit_text::DISMISS.get(lang.get_untracked())
                        on:click=move |_| removed.set(None)>"✕"</button>
                </div>
            </Show>
            <Show
                when=move || { count.get() > 0 }
                fallback=move || view! {
                    <div class="empty-state">
                        <p>{state.text(deals::EMPTY_TABLE)}</p>
                        <div class="empty-actions">
                            <button type="button" class="primary" on:click=add>{state.text(deals::ADD_DEAL)}</button>
                            <button type="button" class="secondary" on:click=load_demo>{state.text(deals::LOAD_THE_EXAMPLE)}</button>
                        </div>
                    </div>
                }
            >
                // Off screen the table is not laid out; the height it had when
                // last drawn stands in for it (see `measure_when_rows_change`),
                // or before that an estimate from the number of rows.
                <div class="table-scroll" class:measuring=move || measuring.get()
                    style:contain-intrinsic-block-size=move || format!("auto {}rem", 3 + 10 * count.get())>
                    <table class="deal-table">
                        <caption class="visually-hidden">{state.text(deals::TABLE_CAPTION)}</caption>
                        <thead>
                            <tr>
                                <th scope="col" class="col-name">{state.text(deals::DEAL_AND_ADVICE)}</th>
                                <th scope="col" class="col-value" aria-sort=move || aria_sort(SortKey::Value)>
                                    {sort_button(SortKey::Value, deals::VALUE)}
                                </th>
                                <th scope="col" class="col-stage">{state.text(deals::STAGE)}</th>
                                <th scope="col" class="col-prob" aria-sort=move || aria_sort(SortKey::Probability)>
                                    {sort_button(SortKey::Probability, deals::PROBABILITY)}
                                </th>
                                <th scope="col" class="col-date" aria-sort=move || aria_sort(SortKey::CloseDate)>
                                    {sort_button(SortKey::CloseDate, deals::DECISION_DATE)}
                                </th>
                                <th scope="col" class="col-mature">{state.text(deals::MATURE)}</th>
                                <th scope="col" class="col-actions"><span class="visually-hidden">{state.text(deals::ACTIONS)}</span></th>
                            </tr>
                        </thead>
                        <tbody>
                            <For each=move || 0..count.get() key=|i| *i let:index>
                                <DealRow index data=rows.at(state, index).read_only().into() on_duplicate=duplicate on_remove=remove/>
                            </For>
                        </tbody>
                    </table>
                </div>
            </Show>
        </section>
    }
}
