//! The parts of the page that are not needed for the first result: the deal
//! table, charts, activity and risk, sharing and files, comparison, the
//! assumption fields and the explanations.
//! Their code is a second wasm module (`scripts/post-build.mjs` splits it
//! off), fetched right after the first result is on screen, so a first visit
//! downloads and compiles less before it can show the answer.

use leptos::prelude::*;
use leptos::wasm_split::{SplitLoaderError, wasm_split};

use super::assumption_fields::AssumptionFields;
use super::{
    ActivityCard, ClosedSourceMark, ComparePanel, DealTable, Explainer, ImportDialog, OutcomeCharts, RiskCard, SharePanel, TradeoffChart,
};
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
