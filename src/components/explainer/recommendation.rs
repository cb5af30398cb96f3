//! 7. The recommendation, the trap and the verdict: the two splits and the
//! rules that pick the verdict, with the one that applies marked.

use leptos::prelude::*;

use super::{fact, hours, live, shown};
use crate::app::AppState;
use crate::explain::verdict_headline;
use crate::format::{editable, percent};
use crate::i18n::Lang;
use crate::model::Verdict;
use crate::text::explainer as text;

fn verdict_rule(state: AppState, lang: Lang, verdict: Verdict, rule: impl IntoView + 'static) -> impl IntoView {
    let current = move || state.deferred.evaluation.with(|e| e.verdict == Some(verdict));
    view! {
        <li class="explainer-verdict" class:explainer-current=current data-verdict=verdict.as_str()>
            <strong>{verdict_headline(Some(verdict), lang)}</strong>
            " – "
            {rule}
            {move || current().then(|| view! {
                <span class="explainer-current-tag">
                    " " {text::APPLIES_HERE.get(lang)}
                </span>
            })}
        </li>
    }
}

pub(super) fn section(state: AppState, lang: Lang) -> AnyView {
    let target = text::TARGET.get(lang);
    let closed = text::CLOSED.get(lang);
    let trap = text::TRAP.get(lang);
    let figures = move || {
        state.deferred.evaluation.with(|e| {
            let h = e.derived.hours;
            let with_hours = |closing_hours: f64, split: f64| {
                if h > 0.0 {
                    format!("{} ({} / {})", percent(split, lang), editable(closing_hours, 1, lang), hours(h, lang))
                } else {
                    format!("{} (H = 0)", percent(split, lang))
                }
            };
            view! {
                {fact(
                    view! { "s"<sup>"*"</sup> },
                    shown(Some("explainer-recommended-split"), Ok(with_hours(e.recommended.closing_hours, e.recommended.split))),
                )}
                {fact(
                    view! { "s"<sub>{trap}</sub> },
                    shown(Some("explainer-trap-split"), Ok(with_hours(e.trap.closing_hours, e.trap.split))),
                )}
            }
        })
    };
    view! {
        <section class="explainer-section">
            <h3>{text::RECOMMENDATION_TITLE.get(lang)}</h3>
            <dl class="explainer-terms">
                <dt><code>"s"<sup>"*"</sup>" = min(1, |M| × " {text::HOURS_PER_MATURE_DEAL.get(lang)} " / H)"</code></dt>
                <dd>{text::RECOMMENDED_SPLIT_RULE.get(lang)}</dd>
                <dt><code>"s"<sub>{trap}</sub>" = min(1, C"<sub>"max"</sub>" / H)"</code></dt>
                <dd>{text::TRAP_SPLIT_RULE.get(lang)}</dd>
            </dl>
            <p>{text::VERDICT_ORDER.get(lang)}</p>
            <ol class="explainer-verdicts">
                {verdict_rule(state, lang, Verdict::Ahead, view! {
                    <code>{closed}" ≥ " {target}</code>
                    {text::RULE_AHEAD.get(lang)}
                })}
                {verdict_rule(state, lang, Verdict::PeriodOver, view! {
                    <code>"H = 0"</code>
                    {text::RULE_PERIOD_OVER.get(lang)}
                })}
                {verdict_rule(state, lang, Verdict::OnTrack, view! {
                    <code>"E"<sub>"1"</sub>"(s"<sup>"*"</sup>") ≥ " {target}</code>
                    {text::RULE_ON_TRACK.get(lang)}
                })}
                {verdict_rule(state, lang, Verdict::PushTrap, view! {
                    <code>"E"<sub>"1"</sub>"(s"<sup>"*"</sup>") < " {target} " ≤ E"<sub>"1"</sub>"(s"<sub>{trap}</sub>")"</code>
                    {text::RULE_PUSH_TRAP.get(lang)}
                    <code>"E"<sub>"2"</sub>"(s"<sup>"*"</sup>") − E"<sub>"2"</sub>"(s"<sub>{trap}</sub>")"</code>
                    {text::RULE_PUSH_TRAP_END.get(lang)}
                    <sup>"*"</sup>"."
                })}
                {verdict_rule(state, lang, Verdict::TakeTheLoss, view! {
                    <code>"E"<sub>"1"</sub>"(s"<sub>{trap}</sub>") < " {target}</code>
                    {text::RULE_TAKE_THE_LOSS.get(lang)}
                })}
            </ol>
            <p>
                {text::WITHOUT_A.get(lang)}
                <sub>"1"</sub>
                {text::WITHOUT_A_END.get(lang)}
            </p>
            {live(lang, figures)}
        </section>
    }
    .into_any()
}
