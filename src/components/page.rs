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
        <a class="skip-link" href="#results">{move || lang.get().pick("Hopp til resultatet", "Skip to the result")}</a>
        <header class="topbar">
            <div class="brand">
                <span class="brand-name">"Skippertak"</span>
                <span class="brand-tagline">
                    {move || lang.get().pick("Sluttfør det modne, prospekter resten", "Land what is mature, prospect the rest")}
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
                    {state.t("Avslutt presentasjon", "Leave presentation")}
                </button>
            </div>
        </Show>
        <div class="layout">
            <section class="inputs" aria-labelledby="inputs-title">
                <h1 id="inputs-title" class="visually-hidden">{state.t("Inndata", "Inputs")}</h1>
                <Show when=inputs_built>
                    <ScenarioBar/>
                    <InputsPanel/>
                    <AssumptionsPanel/>
                </Show>
                <Show when=later>
                    <SecondModule load=deal_table what=("Avtalene", "The deal table") on_done=part_done/>
                    <SecondModule load=sharing what=("Filer, deling og sammenligning", "Files, sharing and comparison") on_done=part_done/>
                </Show>
            </section>
            <section id="results" class="results" aria-labelledby="results-title" tabindex="-1">
                <h1 id="results-title" class="results-title">
                    {
                        let title = state.from_answer.pick(move || state.scenario.with(|s| if s.name.is_empty() {
                            state.t("Resultat", "Result").to_string()
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
                    <SecondModule load=results_details what=("Diagrammene, aktiviteten og risikoen", "The charts, activity and risk") on_done=part_done/>
                </Show>
            </section>
        </div>
        <div class="after-layout">
            <Show when=later>
                <SecondModule load=explanations what=("Forklaringene", "The explanations") on_done=part_done/>
            </Show>
        </div>
            }
        }}
        </main>
    }
}
