//! The whole page: inputs on the left, the answer on the right. It builds
//! the state (`crate::app`) and lays out the components; the state knows
//! nothing of the page.

use leptos::prelude::*;

use super::{
    AssumptionsPanel, InputsPanel, LanguageToggle, Notices, PlanComparison, ScenarioBar, SecondModule, SecondModuleArrived, SharedBanner,
    SplitBar, StaleNotice, UndoButtons, VerdictCard, deal_table, explanations, results_details, sharing,
};
use crate::app::persistence::Library;
use crate::app::{AppState, background, browser, demo_scenario, links, offline, storage, undo};
use crate::text::page;

/// The widths at which the answer stands beside the inputs rather than
/// below the key numbers; the same media query as the two-column layout in
/// style/main.css.
const ANSWER_BESIDE_INPUTS: &str = "(min-width: 1100px)";

/// The whole page: inputs on the left, the answer on the right.
#[component]
pub fn App(
    /// The share link the page was opened with, already read.
    opened: Option<links::OpenedLink>,
) -> impl IntoView {
    let demo = demo_scenario();
    let state = AppState::new(demo.clone());
    provide_context(state);
    let library = Library::start(state, demo, opened);
    provide_context(library);
    provide_context(undo::Undo::start(state, library));
    provide_context(offline::Updates::new());
    SecondModuleArrived::provide();
    let presenting = library.presentation;
    // The answer is painted first; the rest of the page (deals, charts,
    // sharing, explanations) is built in the next task, after that frame.
    // `data-settled` tells that the whole page is built: after that frame, and
    // once the four parts from the second wasm module are in (or have failed).
    let settled = RwSignal::new(false);
    background::after_next_frame(move || settled.set(true));
    let later = move || settled.get();
    // Where the answer stands beside the inputs, it is built and painted on
    // its own, and the inputs follow a frame later: they cost as much to
    // build and draw as the answer. Where the key numbers stand above the
    // answer (narrow screens), both come together, so nothing moves once drawn.
    let answer_alone_first = browser::media_matches(ANSWER_BESIDE_INPUTS);
    let inputs_built = move || !answer_alone_first || later();
    // Counts every load that ended (retries and language switches count again).
    let second_module_parts = RwSignal::new(0u32);
    let part_done = Callback::new(move |()| second_module_parts.update(|n| *n = n.saturating_add(1)));
    let complete = move || later() && second_module_parts.get() >= 4;
    let lang = state.lang;
    Effect::new(move |_| browser::set_document_lang(lang.get()));
    Effect::new(move |first_run: Option<()>| {
        let chosen = lang.get();
        // Remember only a choice the user made, not the initial guess.
        if first_run.is_some() {
            storage::save_lang(chosen);
        }
    });

    view! {
        <a class="skip-link" href="#results">{move || page::SKIP_TO_THE_RESULT.get(lang.get())}</a>
        <header class="topbar">
            <div class="brand">
                <span class="brand-name">"Skippertak"</span>
                <span class="brand-tagline">
                    {move || page::TAGLINE.get(lang.get())}
                </span>
            </div>
            <div class="topbar-tools">
                <UndoButtons/>
                <LanguageToggle/>
            </div>
        </header>
        <main class="page" class:presenting=move || presenting.get() data-settled=move || complete().then_some("")>
        {move || {
            // A language switch renders the page afresh in the new language.
            lang.track();
            view! {
        <Notices/>
        <SharedBanner/>
        <Show when=move || presenting.get()>
            <div class="presenting-bar">
                <button type="button" class="secondary" data-testid="leave-presentation" on:click=move |_| presenting.set(false)>
                    {state.text(page::LEAVE_PRESENTATION)}
                </button>
            </div>
        </Show>
        <div class="layout">
            <section class="inputs" aria-labelledby="inputs-title">
                <h1 id="inputs-title" class="visually-hidden">{state.text(page::INPUTS)}</h1>
                <Show when=inputs_built>
                    <ScenarioBar/>
                    <InputsPanel/>
                    <AssumptionsPanel/>
                </Show>
                <Show when=later>
                    <SecondModule load=deal_table what=page::PART_DEAL_TABLE on_done=part_done/>
                    <SecondModule load=sharing what=page::PART_SHARING on_done=part_done/>
                </Show>
            </section>
            <section id="results" class="results" aria-labelledby="results-title" tabindex="-1">
                <h1 id="results-title" class="results-title">
                    {
                        let title = state.from_answer.pick(move || state.scenario.with(|s| if s.name.is_empty() {
                            state.text(page::RESULT).to_string()
                        } else {
                            s.name.clone()
                        }));
                        move || title.get()
                    }
                </h1>
                <StaleNotice/>
                <VerdictCard/>
                <SplitBar/>
                <PlanComparison/>
                <Show when=later>
                    <SecondModule load=results_details what=page::PART_DETAILS on_done=part_done/>
                </Show>
            </section>
        </div>
        <div class="after-layout">
            <Show when=later>
                <SecondModule load=explanations what=page::PART_EXPLANATIONS on_done=part_done/>
            </Show>
        </div>
            }
        }}
        </main>
    }
}
