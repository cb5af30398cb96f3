//! Undo and redo in the page: watches the draft, keeps one history per
//! scenario for as long as the tab is open, and answers Ctrl/Cmd+Z,
//! Ctrl/Cmd+Shift+Z and Ctrl+Y. The rules (what makes one step, how many
//! are kept) are in `crate::undo`.

use std::collections::HashMap;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::AppState;
use super::persistence::Library;
use crate::model::Scenario;
use crate::undo::history::steps_for;
use crate::undo::{History, change_between};

/// Which scenario a history belongs to: a saved one by id, or the one
/// opened from a link and not kept (`None`).
type Owner = Option<String>;

#[derive(Clone, Copy)]
/// Per-scenario undo/redo histories for the edited scenario, shared via context.
pub struct Undo {
    histories: StoredValue<HashMap<Owner, History<Scenario>>, LocalStorage>,
    /// The version last seen, and whose it was.
    seen: StoredValue<Option<(Owner, Scenario)>, LocalStorage>,
    /// Whether the open scenario has an earlier version to go back to.
    pub can_undo: RwSignal<bool>,
    /// Whether an undone version can be restored.
    pub can_redo: RwSignal<bool>,
    state: AppState,
    library: Library,
}

impl Undo {
    /// Creates the histories and starts recording every change to the open scenario.
    pub fn start(state: AppState, library: Library) -> Undo {
        let undo = Undo {
            histories: StoredValue::new_local(HashMap::new()),
            seen: StoredValue::new_local(None),
            can_undo: RwSignal::new(false),
            can_redo: RwSignal::new(false),
            state,
            library,
        };
        Effect::new(move |_| {
            let owner = library.current.get();
            state.draft.with(|now| undo.saw(owner, now));
        });
        undo.listen();
        undo
    }

    /// Records the step from the version seen before to `now`.
    fn saw(&self, owner: Owner, now: &Scenario) {
        let earlier = self.seen.try_update_value(|seen| seen.replace((owner.clone(), now.clone()))).flatten();
        let Some((earlier_owner, before)) = earlier else { return };
        self.histories.update_value(|histories| {
            if earlier_owner != owner {
                // A scenario from a link that was just kept takes its steps
                // along; any other switch opens that scenario's own history.
                let kept_from_link = earlier_owner.is_none() && !histories.contains_key(&owner);
                if !kept_from_link {
                    return;
                }
                let steps = histories.remove(&None).unwrap_or_default();
                histories.insert(owner.clone(), steps);
            }
            let history = histories.entry(owner.clone()).or_default();
            history.set_limit(steps_for(now.deals.len()));
            let change = change_between(&before, now);
            history.record(before, &change);
        });
        self.refresh(&owner);
    }

    fn refresh(&self, owner: &Owner) {
        let (can_undo, can_redo) =
            self.histories.with_value(|h| h.get(owner).map_or((false, false), |history| (history.can_undo(), history.can_redo())));
        if self.can_undo.get_untracked() != can_undo {
            self.can_undo.set(can_undo);
        }
        if self.can_redo.get_untracked() != can_redo {
            self.can_redo.set(can_redo);
        }
    }

    /// Ends the step being typed, so the next edit is a step of its own.
    pub fn seal(&self) {
        let owner = self.library.current.get_untracked();
        self.histories.update_value(|h| {
            if let Some(history) = h.get_mut(&owner) {
                history.seal();
            }
        });
    }

    /// Restores the open scenario's previous version, if any.
    pub fn undo(&self) {
        self.step(|history, current| history.undo(current));
    }

    /// Re-applies the version last undone, if any.
    pub fn redo(&self) {
        self.step(|history, current| history.redo(current));
    }

    fn step(&self, go: impl FnOnce(&mut History<Scenario>, Scenario) -> Option<Scenario>) {
        if self.library.presentation.get_untracked() {
            return;
        }
        let owner = self.library.current.get_untracked();
        let current = self.state.draft.get_untracked();
        let Some(shown) = self.histories.try_update_value(|h| h.get_mut(&owner).and_then(|history| go(history, current))).flatten() else {
            return;
        };
        // Seen already, so that setting it is not recorded as an edit.
        self.seen.set_value(Some((owner.clone(), shown.clone())));
        self.state.draft.set(shown);
        self.refresh(&owner);
    }

    fn listen(&self) {
        let undo = *self;
        // Text typed into a field since it got focus: there Ctrl+Z is the
        // browser's own undo of that text, which the app does not take over.
        let typed_here = StoredValue::new(false);
        let _ = window_event_listener(leptos::ev::focusin, move |_| {
            typed_here.set_value(false);
            undo.seal();
        });
        let _ = window_event_listener(leptos::ev::input, move |event| {
            if event.target().is_some_and(|t| is_text_entry(&t)) {
                typed_here.set_value(true);
            }
        });
        let _ = window_event_listener(leptos::ev::keydown, move |event: web_sys::KeyboardEvent| {
            let Some(wanted) = shortcut(&event) else { return };
            let in_typed_field = typed_here.get_value() && document().active_element().is_some_and(|e| is_text_entry(&e));
            if in_typed_field || event.default_prevented() {
                return;
            }
            event.prevent_default();
            match wanted {
                Shortcut::Undo => undo.undo(),
                Shortcut::Redo => undo.redo(),
            }
        });
    }
}

enum Shortcut {
    Undo,
    Redo,
}

/// Ctrl/Cmd+Z undoes; Ctrl/Cmd+Shift+Z and Ctrl+Y redo.
fn shortcut(event: &web_sys::KeyboardEvent) -> Option<Shortcut> {
    let command = event.ctrl_key() || event.meta_key();
    if !command || event.alt_key() {
        return None;
    }
    // Shift turns "z" into "Z" on most layouts; Caps Lock may too.
    match (event.key().as_str(), event.shift_key()) {
        ("z" | "Z", false) => Some(Shortcut::Undo),
        ("z" | "Z", true) => Some(Shortcut::Redo),
        ("y" | "Y", false) if event.ctrl_key() => Some(Shortcut::Redo),
        _ => None,
    }
}

/// Whether `target` takes typed text (and so has an undo of its own).
fn is_text_entry(target: &impl JsCast) -> bool {
    let target: &wasm_bindgen::JsValue = target.as_ref();
    if target.is_instance_of::<web_sys::HtmlTextAreaElement>() {
        return true;
    }
    target
        .dyn_ref::<web_sys::HtmlInputElement>()
        .is_some_and(|input| matches!(input.type_().as_str(), "text" | "search" | "email" | "url" | "tel" | "number" | "password" | "date"))
}
