//! 12. Rounding and "—": how figures are rounded for display and when a
//! figure is not available.

use leptos::prelude::*;

use super::{fact, live, shown};
use crate::app::AppState;
use crate::format::percent;
use crate::i18n::Lang;
use crate::model::plan::whole_percents;
use crate::text::explainer as text;

pub(super) fn section(state: AppState, lang: Lang) -> AnyView {
    let figures = move || {
        state.deferred.evaluation.with(|e| {
            let (closing, prospecting) = whole_percents(e.recommended.split);
            let split = format!(
                "{} + {} = {}",
                percent(f64::from(closing) / 100.0, lang),
                percent(f64::from(prospecting) / 100.0, lang),
                percent(1.0, lang)
            );
            view! {
                {fact(text::RECOMMENDED_SPLIT.get(lang), shown(None, Ok(split)))}
            }
        })
    };
    view! {
        <section class="explainer-section">
            <h3>{text::ROUNDING_TITLE.get(lang)}</h3>
            <ul>
                <li>{text::ROUNDING_PRECISION.get(lang)}</li>
                <li>{text::ROUNDING_SPLIT.get(lang)}</li>
                <li>{text::ROUNDING_NOT_AVAILABLE.get(lang)}</li>
            </ul>
            {live(lang, figures)}
        </section>
    }
    .into_any()
}
