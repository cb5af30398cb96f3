//! The mark beside an assumption a file gave: "From deals.csv, 2026-12-07
//! (160 deals)", shown while the assumption still holds that value.

use leptos::prelude::*;

use crate::app::AppState;
use crate::import::apply::from_file;
use crate::model::scenario::Scenario;
use crate::text::count;
use crate::text::import as text;

/// The mark for the assumption at `path`, whose value `value` reads.
pub fn source_mark(state: AppState, path: &'static str, value: fn(&Scenario) -> Option<f64>) -> Signal<Option<String>> {
    let lang = state.lang;
    state.from_draft.pick(move || {
        state.draft.with(|s| {
            let source = from_file(s, path, value(s)?)?;
            let l = lang.get_untracked();
            let deals = count(l, source.deals as usize, text::DEAL, text::DEALS);
            Some(text::SOURCE_MARK.fill(l, &[("file", &source.file), ("date", &source.date.to_string()), ("deals", &deals)]))
        })
    })
}
