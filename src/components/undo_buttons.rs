//! Undo and redo as buttons, beside the keyboard shortcuts (`crate::app::undo`).

use leptos::prelude::*;

use crate::app::AppState;
use crate::app::persistence::Library;
use crate::app::undo::Undo;
use crate::text::edit as text;

/// Undo and redo buttons, hidden in presentation mode.
#[component]
pub fn UndoButtons() -> impl IntoView {
    let state = expect_context::<AppState>();
    let undo = expect_context::<Undo>();
    let library = expect_context::<Library>();
    let lang = state.lang;
    view! {
        <Show when=move || !library.presentation.get()>
            <div class="undo-buttons" role="group" aria-label=move || text::EDIT_HISTORY.get(lang.get())>
                <button type="button" class="secondary" data-testid="undo"
                    title=move || text::UNDO_KEYS.get(lang.get()) aria-keyshortcuts="Control+Z Meta+Z"
                    disabled=move || !undo.can_undo.get() on:click=move |_| undo.undo()>
                    <span aria-hidden="true">"↶"</span><span class="undo-word">{move || text::UNDO.get(lang.get())}</span>
                </button>
                <button type="button" class="secondary" data-testid="redo"
                    title=move || text::REDO_KEYS.get(lang.get()) aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
                    disabled=move || !undo.can_redo.get() on:click=move |_| undo.redo()>
                    <span aria-hidden="true">"↷"</span><span class="undo-word">{move || text::REDO.get(lang.get())}</span>
                </button>
            </div>
        </Show>
    }
}
