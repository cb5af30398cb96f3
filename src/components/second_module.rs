//! A place on the page whose view comes from the second wasm module
//! (`later`): it shows the view once fetched, or says it could not be
//! fetched and offers to try again. Part of the first module.

use std::future::Future;

use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use send_wrapper::SendWrapper;

use crate::app::AppState;
use crate::text::Text;
use crate::text::page;

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
    what: Text,
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
                                    state.text(what),
                                    state.text(page::PART_NOT_LOADED),
                                )}
                            </p>
                            <button type="button" class="secondary" on:click=move |_| attempt.update(|n| *n += 1)>
                                {state.text(page::TRY_AGAIN)}
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
