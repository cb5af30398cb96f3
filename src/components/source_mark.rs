//! The line under an assumption a file gave: "From deals.csv, 2026-12-07
//! (160 deals)", shown while the assumption still holds that value.
//!
//! The fields leave an empty slot for it (`NumberField`'s `source_slot`);
//! this code, in the second wasm module, fills it. So the first load
//! carries none of the code that reads where values came from.

use leptos::prelude::*;

use super::fields::field_id;
use crate::app::AppState;
use crate::import::apply::{CLOSED_PATH, from_file};
use crate::model::scenario::Scenario;
use crate::text::count;
use crate::text::import as text;

/// Keeps the slot of the field at `path` (whose value `value` reads)
/// showing where its value came from, for as long as the calling view lives.
pub fn follow_source(state: AppState, path: &'static str, value: fn(&Scenario) -> Option<f64>) {
    let lang = state.lang;
    let mark = state.from_draft.pick(move || {
        state.draft.with(|s| {
            let source = from_file(s, path, value(s)?)?;
            let l = lang.get_untracked();
            let deals = count(l, source.deals as usize, text::DEAL, text::DEALS);
            Some(text::SOURCE_MARK.fill(l, &[("file", &source.file), ("date", &source.date.to_string()), ("deals", &deals)]))
        })
    });
    let slot = format!("{}-source", field_id(path));
    Effect::new(move |_| write_slot(slot.clone(), mark.get(), 3));
}

/// Writes `text` into the slot with this id. A field loaded with the second
/// module may not be on the page yet when its view is built: then it tries
/// again in the next frames.
fn write_slot(slot: String, text: Option<String>, tries: u32) {
    match document().get_element_by_id(&slot) {
        Some(element) => element.set_text_content(text.as_deref()),
        None if tries > 0 => request_animation_frame(move || write_slot(slot, text, tries - 1)),
        None => {}
    }
}

/// Keeps the slot of "closed so far" (a field of the first load) in step;
/// shows nothing itself.
#[component]
pub fn ClosedSourceMark() -> impl IntoView {
    follow_source(expect_context::<AppState>(), CLOSED_PATH, |s| Some(s.closed));
}
