//! The web app's state and its ties to the browser: derived results,
//! storage, links, offline, undo. The page (`crate::components::App`) and its
//! components read [`AppState`] from context; nothing here knows the page.

pub(crate) mod background;
pub(crate) mod browser;
mod debounce;
pub mod decode;
pub mod import_inbox;
pub mod links;
pub mod offline;
pub mod persistence;
mod picks;
pub mod storage;
pub mod undo;

use std::collections::{BTreeMap, BTreeSet};

use leptos::prelude::*;

pub use background::UncertaintyState;
pub use browser::{base_url, copy_to_clipboard, download as download_text, file_stem};
pub use debounce::Debounced;
pub use picks::Picks;

use crate::i18n::Lang;
use crate::model::stress::StressOutcome;
use crate::model::validate::{DealChecks, FieldError};
use crate::model::{Date, Evaluation, Scenario, evaluate_after, parse_scenario, stress_outcome};

/// The built-in demo: a realistic quarter where pushing could reach the target on paper.
pub const DEMO_SCENARIO: &str = include_str!("../demo.json");

/// Shared state. The draft scenario is the one source of truth for the
/// inputs; results derive from the last valid version of it.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The interface language.
    pub lang: RwSignal<Lang>,
    /// The browser's local date, used when the scenario does not freeze one.
    /// It follows the clock: a new day at midnight, and when the page comes
    /// back after sleep.
    pub today: ReadSignal<Date>,
    /// What the inputs show, including values that break a rule.
    pub draft: RwSignal<Scenario>,
    /// Fields whose text cannot be read as a value (by field path).
    pub unreadable: RwSignal<BTreeSet<String>>,
    /// The draft's sales stages (rows read these instead of the whole draft).
    /// A signal set only when the stages change, not a memo of the draft: a
    /// memo is re-checked by each of its readers, two per deal row, on every
    /// edit anywhere in the draft.
    pub stages: ReadSignal<Vec<crate::model::scenario::Stage>>,
    /// Rules of docs/model.md §1 that the draft breaks, one per field.
    pub problems: Memo<Vec<FieldError>>,
    /// The same problems, one signal per field path.
    field_problems: FieldProblems,
    /// The last valid scenario: every result is derived from it.
    pub scenario: Memo<Scenario>,
    /// The evaluation of `scenario`.
    pub evaluation: Memo<Evaluation>,
    /// The same results for everything below the answer, a moment later.
    pub deferred: Deferred,
    /// The scenario without its biggest deal, evaluated (from `deferred`).
    pub stress: Memo<Option<StressOutcome>>,
    /// True while the results do not reflect the inputs (something is invalid).
    pub stale: Memo<bool>,
    /// True from an edit until the odds for it are ready. The answer's picked
    /// values do not follow it, so an edit wakes them once, not twice.
    pub odds_pending: RwSignal<bool>,
    /// Monte Carlo odds for the plans, computed in the background.
    pub uncertainty: RwSignal<UncertaintyState>,
    /// The split chosen with the what-if handle, if any.
    pub what_if: RwSignal<Option<f64>>,
    /// Single values of the draft for its fields (see [`Picks`]).
    pub from_draft: Picks,
    /// Single values of the answer (results, odds) for its cells.
    pub from_answer: Picks,
}

impl AppState {
    pub(crate) fn new(initial: Scenario) -> AppState {
        let lang = RwSignal::new(browser::initial_lang(storage::load_lang()));
        let today = browser::follow_the_date();
        let draft = RwSignal::new(initial);
        let unreadable = RwSignal::new(BTreeSet::new());
        let (stages, set_stages) = signal(draft.with_untracked(|s| s.stages.clone()));
        Effect::new(move |_| {
            draft.with(|s| {
                if stages.with_untracked(|shown| *shown != s.stages) {
                    set_stages.set(s.stages.clone());
                }
            })
        });
        // An edit outside the deal table takes the deals' problems from the
        // last check rather than looking at every deal again.
        let deal_checks = StoredValue::new_local(None::<DealChecks>);
        let problems = Memo::new(move |_| {
            draft.with(|s| deal_checks.try_update_value(|earlier| s.validate_reusing(earlier)).and_then(Result::err).unwrap_or_default())
        });
        let scenario = Memo::new(move |previous: Option<&Scenario>| {
            let usable = problems.with(Vec::is_empty) && unreadable.with(BTreeSet::is_empty);
            match previous {
                Some(previous) if !usable => previous.clone(),
                _ => draft.get(),
            }
        });
        let evaluation = Memo::new(move |previous: Option<&Evaluation>| {
            let today = today.get();
            scenario.with(|s| evaluate_after(s, today, previous))
        });
        let deferred = Deferred::follow(scenario, evaluation);
        let stress = Memo::new(move |_| {
            let today = today.get_untracked();
            deferred.scenario.with(|s| deferred.evaluation.with(|e| stress_outcome(s, today, e)))
        });
        let field_problems = FieldProblems::follow(problems);
        let stale = Memo::new(move |_| !problems.with(Vec::is_empty) || !unreadable.with(BTreeSet::is_empty));
        let odds_pending = RwSignal::new(false);
        let uncertainty = RwSignal::new(UncertaintyState::default());
        background::run_uncertainty(evaluation, deferred, stress, odds_pending, uncertainty);
        let from_draft = Picks::follow(move || draft.track());
        let from_answer = Picks::follow(move || {
            scenario.track();
            evaluation.track();
            uncertainty.track();
        });
        AppState {
            lang,
            today,
            draft,
            stages,
            unreadable,
            problems,
            field_problems,
            scenario,
            evaluation,
            deferred,
            stress,
            stale,
            odds_pending,
            uncertainty,
            what_if: RwSignal::new(None),
            from_draft,
            from_answer,
        }
    }

    /// Text in the current language. Not reactive on purpose: the page is
    /// rendered afresh when the language changes (see [`App`]), which keeps
    /// hundreds of tiny text closures out of the wasm.
    pub fn t(&self, nb: &'static str, en: &'static str) -> &'static str {
        self.lang.get_untracked().pick(nb, en)
    }

    /// A catalogue text in the current language; not reactive, like [`AppState::t`].
    pub fn text(&self, text: crate::text::Text) -> &'static str {
        text.get(self.lang.get_untracked())
    }

    /// The first rule the draft breaks at `field`, in the current language.
    pub fn problem_at(&self, field: &str) -> Option<String> {
        let lang = self.lang.get_untracked();
        self.field_problems.at(field).with(|problem| problem.as_ref().map(|p| crate::text::validation::field_error(p, lang)))
    }

    /// Marks `field` as holding text that is not a value (or clears it).
    pub fn set_unreadable(&self, field: &str, unreadable: bool) {
        let known = self.unreadable.with_untracked(|set| set.contains(field));
        if unreadable && !known {
            self.unreadable.update(|set| {
                set.insert(field.to_string());
            });
        } else if !unreadable && known {
            self.unreadable.update(|set| {
                set.remove(field);
            });
        }
    }
}

/// The scenario and evaluation as the views below the answer show them (deal
/// rows, charts, activity, risk, explanations, simulations): the same values,
/// a moment later. An edit's answer is painted in the frame that follows the
/// keystroke; the rest of the page catches up once that frame is out and
/// nothing more urgent waits (at most 100 ms later), once however many edits
/// came in between, so typing stays fluid at thousands of deals.
#[derive(Clone, Copy)]
pub struct Deferred {
    /// The scenario, lagging the live one until the page catches up.
    pub scenario: Memo<Scenario>,
    /// The evaluation of the deferred scenario.
    pub evaluation: Memo<Evaluation>,
    /// Counts the catch-ups. One can leave both values as they were (an edit
    /// undone before the catch-up): the odds, already marked pending for
    /// the edit, must still be worked out again.
    pub caught_up: ReadSignal<u64>,
}

impl Deferred {
    fn follow(scenario: Memo<Scenario>, evaluation: Memo<Evaluation>) -> Deferred {
        let catch_up = RwSignal::new(0u64);
        let queued = StoredValue::new(false);
        Effect::new(move |first_run: Option<()>| {
            scenario.track();
            evaluation.track();
            if first_run.is_none() || queued.get_value() {
                return;
            }
            queued.set_value(true);
            background::after_next_frame_when_idle(move || {
                queued.set_value(false);
                catch_up.update(|n| *n += 1);
            });
        });
        Deferred {
            caught_up: catch_up.read_only(),
            scenario: Memo::new(move |_| {
                catch_up.track();
                scenario.get_untracked()
            }),
            evaluation: Memo::new(move |_| {
                catch_up.track();
                evaluation.get_untracked()
            }),
        }
    }
}

/// The draft's problems split by field path. Each field depends on its own
/// signal: with thousands of deal fields depending on the one list, every
/// change to it would cost time proportional to the square of the fields.
#[derive(Clone, Copy)]
struct FieldProblems {
    all: Memo<Vec<FieldError>>,
    by_field: StoredValue<BTreeMap<String, ArcRwSignal<Option<FieldError>>>, LocalStorage>,
}

impl FieldProblems {
    fn follow(all: Memo<Vec<FieldError>>) -> FieldProblems {
        let by_field = StoredValue::new_local(BTreeMap::<String, ArcRwSignal<Option<FieldError>>>::new());
        Effect::new(move |_| {
            all.with(|list| {
                by_field.with_value(|signals| {
                    // Clear what was fixed, then show what is wrong now.
                    for (field, signal) in signals {
                        if signal.with_untracked(Option::is_some) && list.iter().all(|p| p.field != *field) {
                            signal.set(None);
                        }
                    }
                    for problem in list {
                        if let Some(signal) = signals.get(&problem.field)
                            && signal.with_untracked(|shown| shown.as_ref() != Some(problem))
                        {
                            signal.set(Some(problem.clone()));
                        }
                    }
                });
            });
        });
        FieldProblems { all, by_field }
    }

    /// The signal for `field`, created with its current problem on first use.
    fn at(&self, field: &str) -> ArcRwSignal<Option<FieldError>> {
        if let Some(signal) = self.by_field.with_value(|signals| signals.get(field).cloned()) {
            return signal;
        }
        let current = self.all.with_untracked(|list| list.iter().find(|p| p.field == field).cloned());
        let signal = ArcRwSignal::new(current);
        self.by_field.update_value(|signals| {
            signals.insert(field.to_string(), signal.clone());
        });
        signal
    }
}

pub(crate) fn demo_scenario() -> Scenario {
    // The demo is part of the build and covered by tests; failing to parse it
    // is a build defect, not a user error.
    parse_scenario(DEMO_SCENARIO).expect("the built-in demo scenario is valid")
}
