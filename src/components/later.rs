//! The parts of the page that are not needed for the first result: the deal
//! table, charts, activity and risk, sharing and files, comparison, the
//! assumption fields and the explanations.
//! Their code is a second wasm module (`scripts/post-build.mjs` splits it
//! off), fetched right after the first result is on screen, so a first visit
//! downloads and compiles less before it can show the answer.

use std::future::Future;

use leptos::prelude::*;
use leptos::wasm_split::{SplitLoaderError, wasm_split};
use send_wrapper::SendWrapper;

use super::assumptions::AssumptionFields;
use super::{
    ActivityCard, ClosedSourceMark, ComparePanel, DealTable, Explainer, ImportDialog, OutcomeCharts, RiskCard, SharePanel, TradeoffChart,
};
use crate::app::AppState;
use crate::app::offline::Updates;
use crate::app::persistence::Library;

/// The open deals, and the dialog that imports more (from a file or pasted
/// cells); the dialog stands outside the table's card, so nothing the card
/// contains or skips drawing holds it back. With them come the line under
/// "closed so far" and the service worker's start.
#[wasm_split(later, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn deal_table() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <DealTable/> <ImportDialog/> <ClosedSourceMark/> <OfflineWorker/> }.into_any())
}

/// Registers the service worker (offline use, updates) with this module's
/// arrival: its code is not needed for the first result.
#[component]
fn OfflineWorker() -> impl IntoView {
    expect_context::<Updates>().start(expect_context::<Library>());
}

/// The fields of the assumptions panel.
#[wasm_split(later, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn assumption_fields() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <AssumptionFields/> }.into_any())
}

/// What the results column shows below the plans.
#[wasm_split(later, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn results_details() -> Result<AnyView, SplitLoaderError> {
    Ok(view! {
        <TradeoffChart/>
        <OutcomeCharts/>
        <ActivityCard/>
        <RiskCard/>
    }
    .into_any())
}

/// Files, sharing, print and the comparison of saved scenarios.
#[wasm_split(later, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn sharing() -> Result<AnyView, SplitLoaderError> {
    Ok(view! {
        <SharePanel/>
        <ComparePanel/>
    }
    .into_any())
}

/// "How it's calculated".
#[wasm_split(later, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn explanations() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <Explainer/> }.into_any())
}

/// Set once the second module has arrived: every place that could not show
/// its part then tries again, so one "Try again" mends them all.
#[derive(Clone, Copy)]
pub struct SecondModuleArrived(RwSignal<bool>);

impl SecondModuleArrived {
    /// Shares the flag with every [`SecondModule`] below the caller.
    pub fn provide() {
        provide_context(SecondModuleArrived(RwSignal::new(false)));
    }
}

/// Shows the view that `load` fetches from the second module; if it cannot
/// be fetched (offline before the app was ever fully loaded, or a network
/// error), says so and offers to try again. `on_done` runs each time an
/// attempt has ended, either way.
#[component]
pub fn SecondModule<Load, Loading>(
    /// One of this module's split functions.
    load: Load,
    /// What it shows, for the message when it cannot be loaded (Norwegian, English).
    what: (&'static str, &'static str),
    /// Called each time the view (or the error) is put on the page.
    #[prop(optional)]
    on_done: Option<Callback<()>>,
) -> impl IntoView
where
    Load: Fn() -> Loading + Copy + Send + Sync + 'static,
    Loading: Future<Output = Result<AnyView, SplitLoaderError>> + 'static,
{
    let state = expect_context::<AppState>();
    let arrived = expect_context::<SecondModuleArrived>().0;
    let attempt = RwSignal::new(0u32);
    let failed = StoredValue::new(false);
    Effect::new(move |_| {
        if arrived.get() && failed.get_value() {
            failed.set_value(false);
            attempt.update(|n| *n += 1);
        }
    });
    let part = move || {
        attempt.track();
        Suspend::new(SendWrapper::new(async move {
            let view = match load().await {
                Ok(view) => {
                    // Before telling the others: this place must not retry itself.
                    failed.set_value(false);
                    if !arrived.get_untracked() {
                        arrived.set(true);
                    }
                    view
                }
                Err(_) => {
                    failed.set_value(true);
                    view! {
                        <div class="card load-error" role="alert" data-testid="load-error">
                            <p>
                                {format!(
                                    "{} {}",
                                    state.t(what.0, what.1),
                                    state.t(
                                        "kunne ikke lastes. Sjekk tilkoblingen og prøv igjen.",
                                        "could not be loaded. Check the connection and try again.",
                                    ),
                                )}
                            </p>
                            <button type="button" class="secondary" on:click=move |_| attempt.update(|n| *n += 1)>
                                {state.t("Prøv igjen", "Try again")}
                            </button>
                        </div>
                    }
                    .into_any()
                }
            };
            if let Some(done) = on_done {
                done.run(());
            }
            view
        }))
    };
    view! { <Suspense>{part}</Suspense> }
}
