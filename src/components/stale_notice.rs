use leptos::prelude::*;

use crate::app::AppState;

/// Says plainly when the results do not reflect the inputs, and why.
#[component]
pub fn StaleNotice() -> impl IntoView {
    let state = expect_context::<AppState>();
    let problems = move || state.problems.with(Vec::len) + state.unreadable.with(|u| u.len());
    view! {
        <div class="stale-notice" role="status" data-testid="stale-notice">
            <Show when=move || state.stale.get()>
                <p>
                    <strong>{state.t("Ikke oppdatert. ", "Not updated. ")}</strong>
                    {move || {
                        let n = problems();
                        match state.lang.get_untracked() {
                            // "felt" is both singular and plural.
                            crate::i18n::Lang::Nb => format!("{n} felt må rettes. Resultatet under gjelder siste gyldige tall."),
                            crate::i18n::Lang::En => format!(
                                "{n} {} to fix. The result below is for the last valid numbers.",
                                if n == 1 { "field" } else { "fields" }
                            ),
                        }
                    }}
                </p>
            </Show>
        </div>
    }
}
