//! Keeping scenarios, the web side: connects the storage rules
//! (`crate::store`) to local storage, the page's signals and the browser's
//! events (typing pauses, the page going away, other tabs), and keeps a
//! scenario opened from a share link once it is changed. Every rule about
//! what may be written lives in `crate::store`; this module only asks.

use std::time::Duration;

use leptos::prelude::*;

use super::links::{self, OpenedLink};
use super::storage::LocalStore;
use super::{AppState, Debounced};
use crate::codec::LinkMode;
use crate::model::Scenario;
use crate::model::scenario::MAX_NAME_CHARS;
use crate::store::index::copy_name;
use crate::store::{AfterDelete, External, Saved, Shelf, Usage};
use crate::text::store as words;

pub use crate::store::{IndexEntry, Notice};

/// How long typing may pause before the scenario is saved.
const SAVE_DELAY: Duration = Duration::from_millis(400);
/// How long after a save to check that another tab's write did not replace it.
const VERIFY_DELAY: Duration = Duration::from_millis(300);

/// The saved scenarios and what the storage is doing, as signals for the page.
#[derive(Clone, Copy)]
pub struct Library {
    rules: StoredValue<Shelf<LocalStore>, LocalStorage>,
    /// The saved scenarios' index entries, as listed to the user.
    pub index: RwSignal<Vec<IndexEntry>>,
    /// The saved scenario on screen; `None` for one opened from a link and not kept.
    pub current: RwSignal<Option<String>>,
    /// Set while a scenario from a link is on screen (until the banner is closed).
    pub shared: RwSignal<Option<LinkMode>>,
    /// The name the scenario from a link was kept under, once it was.
    pub shared_copy: RwSignal<Option<String>>,
    /// Results only, large type, inputs locked.
    pub presentation: RwSignal<bool>,
    /// What the user should know, as the rules keep it: raise one with
    /// [`Library::notify`] (a notice set here directly would be lost).
    pub notices: ReadSignal<Vec<Notice>>,
    shown_notices: RwSignal<Vec<Notice>>,
    /// Newer data was seen: this tab never writes.
    pub read_only: RwSignal<bool>,
    /// The last write failed; the next one will include everything.
    pub write_failing: RwSignal<bool>,
    /// The browser does not let the app store: work lives only in this tab.
    pub in_memory: RwSignal<bool>,
    /// The app's share of the browser's storage.
    pub usage: RwSignal<Option<Usage>>,
    /// The scenario as the link gave it, to tell the first change.
    opened: StoredValue<Option<Scenario>>,
    /// The save that waits for a pause in typing.
    pending: Debounced,
}

fn new_id() -> String {
    let random = (js_sys::Math::random() * 36f64.powi(6)) as u64;
    format!("{:x}{random:x}", js_sys::Date::now() as u64)
}

fn now() -> u64 {
    js_sys::Date::now() as u64
}

fn set_if_changed<T: PartialEq + Send + Sync + 'static>(signal: RwSignal<T>, value: T) {
    if signal.with_untracked(|shown| *shown != value) {
        signal.set(value);
    }
}

impl Library {
    /// Restores the saved scenarios, opens the share link the page came
    /// with (read before the page was built), and starts autosaving.
    pub fn start(state: AppState, fallback: Scenario, opened: Option<OpenedLink>) -> Library {
        let shown_notices = RwSignal::new(Vec::new());
        let library = Library {
            rules: StoredValue::new_local(Shelf::new(LocalStore::open())),
            index: RwSignal::new(Vec::new()),
            current: RwSignal::new(None),
            shared: RwSignal::new(None),
            shared_copy: RwSignal::new(None),
            presentation: RwSignal::new(false),
            notices: shown_notices.read_only(),
            shown_notices,
            read_only: RwSignal::new(false),
            write_failing: RwSignal::new(false),
            in_memory: RwSignal::new(false),
            usage: RwSignal::new(None),
            opened: StoredValue::new(None),
            pending: Debounced::new(SAVE_DELAY),
        };
        let shown = library.ask(|rules| rules.restore(fallback, new_id(), now()));
        state.draft.set(shown);
        if let Some(opened) = opened {
            library.open_link(state, opened);
        }
        library.autosave(state);
        library.listen(state);
        library
    }

    /// Runs one of the rules, then shows what changed.
    fn ask<R>(&self, rule: impl FnOnce(&mut Shelf<LocalStore>) -> R) -> R {
        let (answer, usage) = self
            .rules
            .try_update_value(|rules| {
                let answer = rule(rules);
                (answer, rules.check_room())
            })
            .expect("the library lives as long as the page");
        self.rules.with_value(|rules| {
            set_if_changed(self.index, rules.index().to_vec());
            set_if_changed(self.current, rules.current().map(str::to_string));
            set_if_changed(self.read_only, rules.read_only());
            set_if_changed(self.write_failing, rules.write_failing());
            set_if_changed(self.in_memory, rules.in_memory());
            set_if_changed(self.shown_notices, rules.notices().to_vec());
            set_if_changed(self.usage, usage);
        });
        answer
    }

    pub(crate) fn notify(&self, notice: Notice) {
        self.ask(|rules| rules.notify(notice));
    }

    /// Removes one notice.
    pub fn dismiss(&self, notice: &Notice) {
        self.ask(|rules| rules.dismiss(notice));
    }

    /// Saves the scenario on screen now, unless the rules say not to. A
    /// scenario from a link is kept as a copy once it was changed.
    pub fn save_now(&self, state: AppState) {
        self.save(state, true);
    }

    /// The autosave: a changed scenario from a link is named as a copy now
    /// and written by the next autosave (see [`Library::keep_shared`]).
    fn save(&self, state: AppState, at_once: bool) {
        self.pending.cancel();
        let scenario = state.scenario.get_untracked();
        if self.current.get_untracked().is_none() {
            if self.shared_changed(&scenario) {
                self.keep_shared(state, at_once);
            }
            return;
        }
        let saved = self.ask(|rules| rules.save(&scenario, now()));
        self.after_save(saved);
    }

    fn after_save(&self, saved: Saved) {
        if let Saved::Written { key } = saved {
            let library = *self;
            set_timeout(move || library.ask(|rules| rules.verify(&key)), VERIFY_DELAY);
        }
    }

    /// Whether the scenario on screen differs from what was last saved.
    pub fn has_unsaved_changes(&self, state: AppState) -> bool {
        let saved_one = self.current.with_untracked(Option::is_some);
        state.scenario.with_untracked(|scenario| match saved_one {
            true => self.rules.with_value(|rules| rules.has_unsaved(scenario)),
            false => self.shared_changed(scenario),
        })
    }

    /// Whether leaving the page now would lose work that cannot be saved.
    pub fn at_risk(&self, state: AppState) -> bool {
        state.scenario.with_untracked(|scenario| self.rules.with_value(|rules| rules.at_risk(scenario)))
    }

    /// Saves at once whatever is waiting to be saved.
    pub fn flush(&self, state: AppState) {
        if self.pending.is_waiting() || self.has_unsaved_changes(state) {
            self.save_now(state);
        }
    }

    /// A scenario from a link (not presented) changed since it was opened.
    fn shared_changed(&self, scenario: &Scenario) -> bool {
        self.shared.get_untracked().is_some()
            && self.shared_copy.with_untracked(Option::is_none)
            && !self.presentation.get_untracked()
            && self.opened.with_value(|opened| opened.as_ref() != Some(scenario))
    }

    fn autosave(&self, state: AppState) {
        let library = *self;
        Effect::new(move |_| {
            state.scenario.track();
            if library.has_unsaved_changes(state) {
                library.pending.request(move || library.save(state, false));
            }
        });
    }

    fn listen(&self, state: AppState) {
        let library = *self;
        // Save before the page goes away or into the background.
        let flush = move || library.flush(state);
        let _ = window_event_listener(leptos::ev::pagehide, move |_| flush());
        let _ = window_event_listener(leptos::ev::visibilitychange, move |_| {
            if document().visibility_state() == web_sys::VisibilityState::Hidden {
                flush();
            }
        });
        // Ask before closing only when something would really be lost.
        let _ = window_event_listener(leptos::ev::beforeunload, move |event: web_sys::BeforeUnloadEvent| {
            library.flush(state);
            if library.at_risk(state) {
                event.prevent_default();
                event.set_return_value("");
            }
        });
        // Another tab wrote: the rules say what it means here.
        let _ = window_event_listener(leptos::ev::storage, move |event: web_sys::StorageEvent| {
            let waiting = library.pending.is_waiting();
            let key = event.key();
            let change = |rules: &mut Shelf<LocalStore>| {
                state.scenario.with_untracked(|scenario| rules.external_change(key.as_deref(), scenario, waiting, now()))
            };
            match library.ask(change) {
                External::Show(scenario) => state.draft.set(scenario),
                External::NeedsFresh => library.create(state, crate::app::demo_scenario()),
                External::Nothing => {}
            }
        });
        let _ = window_event_listener(leptos::ev::hashchange, move |_| {
            if let Some(fragment) = links::link_in_address() {
                leptos::task::spawn_local(async move { library.open_link(state, links::read(fragment).await) });
            }
        });
    }

    /// Resolves a conflict by showing the other tab's version.
    pub fn take_theirs(&self, state: AppState) {
        if let Some(scenario) = self.ask(|rules| rules.take_theirs(now())) {
            state.draft.set(scenario);
        }
    }

    /// Resolves a conflict by saving this tab's version over the other.
    pub fn keep_mine(&self, state: AppState) {
        let scenario = state.scenario.get_untracked();
        let saved = self.ask(|rules| rules.keep_mine(&scenario, now()));
        self.after_save(saved);
    }

    /// Opens a share link: a new, unsaved scenario; local data is untouched.
    pub fn open_link(&self, state: AppState, opened: OpenedLink) {
        clear_fragment();
        match opened {
            OpenedLink::Read(Ok((scenario, mode))) => {
                self.pending.cancel();
                if self.current.with_untracked(Option::is_some) {
                    let saved = state.scenario.with_untracked(|shown| self.ask(|rules| rules.save_work(shown, now())));
                    self.after_save(saved);
                }
                self.ask(|rules| rules.leave_current());
                self.opened.set_value(Some(scenario.clone()));
                self.shared_copy.set(None);
                state.draft.set(scenario);
                self.shared.set(Some(mode));
                self.presentation.set(mode == LinkMode::Present);
            }
            OpenedLink::Read(Err(error)) => self.notify(Notice::LinkError(error)),
            OpenedLink::NotLoaded => self.notify(Notice::LinkNotLoaded),
        }
    }

    /// Keeps the scenario opened from a link as a new saved scenario, never
    /// over one of the user's: named "… (shared)" (numbered if taken) unless
    /// the user gave it a name of their own. Saved at once when asked with
    /// the button; after a first change, by the next autosave, so that the
    /// new name and the save do not weigh on one task at thousands of deals.
    pub fn keep_shared(&self, state: AppState, at_once: bool) {
        self.pending.cancel();
        let mut scenario = state.scenario.get_untracked();
        let renamed = self.opened.with_value(|opened| opened.as_ref().is_some_and(|o| o.name != scenario.name));
        if !renamed {
            let suffix = words::SHARED_SUFFIX.get(state.lang.get_untracked());
            scenario.name = self.index.with_untracked(|index| copy_name(&scenario.name, suffix, index, MAX_NAME_CHARS));
            let name = scenario.name.clone();
            state.draft.update(|draft| draft.name = name);
        }
        self.shared_copy.set(Some(scenario.name.clone()));
        if at_once {
            let saved = self.ask(|rules| rules.create(new_id(), &scenario, now()));
            self.after_save(saved);
        } else {
            self.ask(|rules| rules.add(new_id(), &scenario.name, now()));
            let library = *self;
            self.pending.request(move || library.save_now(state));
        }
    }

    /// Hides the banner of a scenario from a link that was kept.
    pub fn close_shared_banner(&self) {
        self.shared.set(None);
        self.shared_copy.set(None);
    }

    /// Leaves the scenario from a link without keeping it.
    pub fn discard_shared(&self, state: AppState) {
        self.shared.set(None);
        self.presentation.set(false);
        let first = self.index.get_untracked().first().map(|e| e.id.clone());
        match first.and_then(|id| self.ask(|rules| rules.switch_to(&id, now()))) {
            Some(scenario) => state.draft.set(scenario),
            None => self.create(state, crate::app::demo_scenario()),
        }
    }

    /// Switches to saved scenario `id`, saving the current one first.
    pub fn switch_to(&self, state: AppState, id: &str) {
        if self.current.get_untracked().as_deref() == Some(id) {
            return;
        }
        self.save_now(state);
        self.close_shared_banner();
        if let Some(scenario) = self.ask(|rules| rules.switch_to(id, now())) {
            state.draft.set(scenario);
        }
    }

    /// Adds `scenario` as a new saved scenario and opens it.
    pub fn create(&self, state: AppState, scenario: Scenario) {
        self.save_now(state);
        self.close_shared_banner();
        state.draft.set(scenario.clone());
        let saved = self.ask(|rules| rules.create(new_id(), &scenario, now()));
        self.after_save(saved);
    }

    /// Deletes saved scenario `id`; a notice offers to restore it.
    pub fn delete(&self, state: AppState, id: &str) {
        match self.ask(|rules| rules.delete(id, now())) {
            Some(AfterDelete::Show(scenario)) => state.draft.set(scenario),
            Some(AfterDelete::NeedsFresh) => self.create(state, crate::app::demo_scenario()),
            Some(AfterDelete::Stay) | None => {}
        }
    }

    /// Restores a deleted scenario.
    pub fn undo_delete(&self, state: AppState, entry: &IndexEntry, record: &str) {
        self.save_now(state);
        self.close_shared_banner();
        if let Some(scenario) = self.ask(|rules| rules.undo_delete(entry, record, now())) {
            state.draft.set(scenario);
        }
    }

    /// Reads saved scenario `id` without opening it (for comparing).
    pub fn peek(&self, id: &str) -> Option<Scenario> {
        self.rules.with_value(|rules| rules.peek(id))
    }

    /// Everything the app keeps, as one JSON file.
    pub fn export_all(&self) -> String {
        self.rules.with_value(|rules| rules.export_all(now()))
    }

    /// Removes the copies of unreadable data kept aside, to make room.
    pub fn remove_backups(&self) -> usize {
        self.ask(|rules| rules.remove_backups())
    }
}

/// Removes the fragment from the address bar without reloading, so a
/// reload does not open the link again.
fn clear_fragment() {
    let location = window().location();
    let url = format!("{}{}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default());
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}
