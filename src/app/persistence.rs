//! Keeping scenarios: autosave to local storage, several named scenarios,
//! several tabs, unreadable or newer data, write failures, and scenarios
//! opened from a share link. Nothing a user typed is lost silently: every
//! case that cannot save says so on screen.

use std::time::Duration;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::links::{self, OpenedLink};
use super::storage::{self, keys};
use super::{AppState, Debounced};
use crate::codec::{self, CodecError, LinkMode, Record};
use crate::model::Scenario;

/// How long typing may pause before the scenario is saved.
const SAVE_DELAY: Duration = Duration::from_millis(400);
/// Schema of the index this build writes.
const INDEX_SCHEMA: u64 = 1;

/// One saved scenario in the list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndexEntry {
    pub id: String,
    pub name: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
struct IndexDoc {
    schema: u64,
    current: Option<String>,
    scenarios: Vec<IndexEntry>,
}

/// Something the user should know about their data.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// Stored data could not be read; a copy was kept and can be downloaded.
    Unreadable { raw: String, backup_key: Option<String> },
    /// Stored data was written by a newer version: this tab does not save.
    NewerData,
    /// The browser refused to store (full, disabled or private mode).
    WriteFailed,
    /// Another tab saved this scenario; its version is now shown.
    UpdatedElsewhere,
    /// Another tab saved this scenario while this tab had unsaved changes.
    Conflict,
    /// A share link could not be opened.
    LinkError(CodecError),
    /// The part of the app that reads links could not be fetched.
    LinkNotLoaded,
    /// A file could not be imported.
    FileError(String),
    /// A deleted scenario that can still be restored.
    Deleted { entry: IndexEntry, record: String },
    /// A new version of the app is installed and waits for the user's go.
    UpdateReady,
}

/// The saved scenarios and what the storage is doing.
#[derive(Clone, Copy)]
pub struct Library {
    pub index: RwSignal<Vec<IndexEntry>>,
    /// The saved scenario on screen; `None` for one opened from a link and not kept.
    pub current: RwSignal<Option<String>>,
    /// Set while a scenario from a link is on screen and not kept.
    pub shared: RwSignal<Option<LinkMode>>,
    /// Results only, large type, inputs locked.
    pub presentation: RwSignal<bool>,
    pub notices: RwSignal<Vec<Notice>>,
    /// Newer data was seen: this tab never writes.
    pub read_only: RwSignal<bool>,
    /// The last write failed; the next one will include everything.
    pub write_failing: RwSignal<bool>,
    known_rev: StoredValue<u64>,
    last_saved: StoredValue<Option<Scenario>>,
    /// The save that waits for a pause in typing.
    pending: Debounced,
}

fn new_id() -> String {
    let random = (js_sys::Math::random() * 36f64.powi(6)) as u64;
    format!("{:x}{random:x}", js_sys::Date::now() as u64)
}

fn record_key(id: &str) -> String {
    storage::key(keys::SCENARIO, id)
}

impl Library {
    /// Restores the saved scenarios, opens the share link the page came
    /// with (read before the page was built), and starts autosaving.
    pub fn start(state: AppState, fallback: Scenario, opened: Option<OpenedLink>) -> Library {
        let library = Library {
            index: RwSignal::new(Vec::new()),
            current: RwSignal::new(None),
            shared: RwSignal::new(None),
            presentation: RwSignal::new(false),
            notices: RwSignal::new(Vec::new()),
            read_only: RwSignal::new(false),
            write_failing: RwSignal::new(false),
            known_rev: StoredValue::new(0),
            last_saved: StoredValue::new(None),
            pending: Debounced::new(SAVE_DELAY),
        };
        library.restore(state, fallback);
        if let Some(opened) = opened {
            library.open_link(state, opened);
        }
        library.autosave(state);
        library.listen(state);
        library
    }

    pub(crate) fn notify(&self, notice: Notice) {
        self.notices.update(|list| {
            if !list.contains(&notice) {
                list.push(notice);
            }
        });
    }

    /// Removes one notice.
    pub fn dismiss(&self, notice: &Notice) {
        self.notices.update(|list| list.retain(|n| n != notice));
    }

    fn restore(&self, state: AppState, fallback: Scenario) {
        let index_text = storage::read(&storage::key(keys::INDEX, ""));
        let index = match index_text.as_deref().map(serde_json::from_str::<IndexDoc>) {
            None => IndexDoc::default(),
            Some(Ok(doc)) if doc.schema > INDEX_SCHEMA => {
                self.read_only.set(true);
                self.notify(Notice::NewerData);
                doc
            }
            Some(Ok(doc)) => doc,
            Some(Err(_)) => {
                let raw = index_text.unwrap_or_default();
                let backup_key = storage::back_up("index", &raw);
                self.notify(Notice::Unreadable { raw, backup_key });
                IndexDoc::default()
            }
        };
        self.index.set(index.scenarios.clone());
        let wanted = index.current.clone().or_else(|| index.scenarios.first().map(|e| e.id.clone()));
        let loaded = wanted.as_ref().and_then(|id| self.load(state, id));
        if loaded.is_none() {
            // First visit, or nothing readable: start from the demo as a new saved scenario.
            let id = wanted.filter(|id| index.scenarios.iter().any(|e| &e.id == id)).unwrap_or_else(new_id);
            state.draft.set(fallback.clone());
            self.current.set(Some(id.clone()));
            self.known_rev.set_value(0);
            self.upsert_entry(&id, &fallback.name);
            // Not saved here: the autosave stores it a moment later (at
            // once if the page goes away first), so the first visit's
            // answer is not held up by a write to storage.
        }
    }

    /// Loads saved scenario `id` into the page; `None` when it cannot be read
    /// (the user is told, and unreadable text is kept aside).
    fn load(&self, state: AppState, id: &str) -> Option<()> {
        let key = record_key(id);
        let text = storage::read(&key)?;
        match codec::from_record(&text) {
            Ok(record) => {
                self.known_rev.set_value(record.rev);
                self.last_saved.set_value(Some(record.scenario.clone()));
                state.draft.set(record.scenario);
                self.current.set(Some(id.to_string()));
                Some(())
            }
            Err(CodecError::Newer) => {
                self.read_only.set(true);
                self.notify(Notice::NewerData);
                None
            }
            Err(_) => {
                let backup_key = storage::back_up(&format!("scenario.{id}"), &text);
                self.notify(Notice::Unreadable { raw: text, backup_key });
                None
            }
        }
    }

    fn upsert_entry(&self, id: &str, name: &str) {
        self.index.update(|entries| match entries.iter_mut().find(|e| e.id == id) {
            Some(entry) => entry.name = name.to_string(),
            None => entries.push(IndexEntry { id: id.to_string(), name: name.to_string() }),
        });
    }

    fn write_index(&self) -> Result<(), storage::WriteFailed> {
        let doc = IndexDoc { schema: INDEX_SCHEMA, current: self.current.get_untracked(), scenarios: self.index.get_untracked() };
        storage::write(&storage::key(keys::INDEX, ""), &serde_json::to_string(&doc).unwrap_or_default())
    }

    /// Saves the scenario on screen now, unless another tab saved a newer
    /// version of it, storage holds newer data, or it is an unkept link.
    pub fn save_now(&self, state: AppState) {
        self.pending.cancel();
        let Some(id) = self.current.get_untracked() else { return };
        if self.read_only.get_untracked() {
            return;
        }
        // Nothing new to save (and a failed write is retried only with news).
        if !self.has_unsaved_changes(state) && !self.write_failing.get_untracked() {
            return;
        }
        let key = record_key(&id);
        let stored_rev = storage::read(&key).and_then(|text| codec::from_record(&text).ok()).map_or(0, |r| r.rev);
        if stored_rev > self.known_rev.get_value() {
            self.notify(Notice::Conflict);
            return;
        }
        let scenario = state.scenario.get_untracked();
        let record =
            Record { rev: stored_rev.max(self.known_rev.get_value()) + 1, saved_at: js_sys::Date::now(), scenario: scenario.clone() };
        self.upsert_entry(&id, &scenario.name);
        let written = storage::write(&key, &codec::to_record(&record)).and_then(|_| self.write_index());
        match written {
            Ok(()) => {
                self.known_rev.set_value(record.rev);
                self.last_saved.set_value(Some(scenario));
                self.verify_later(key);
                if self.write_failing.get_untracked() {
                    self.write_failing.set(false);
                    self.notices.update(|list| list.retain(|n| *n != Notice::WriteFailed));
                }
            }
            Err(_) => {
                self.write_failing.set(true);
                self.notify(Notice::WriteFailed);
            }
        }
    }

    /// Two tabs can save at the same moment, and storage shared between
    /// browser processes settles on one of the writes. Shortly after a save,
    /// check that it is still what is stored; if another tab's write of the
    /// same revision replaced it, say so instead of losing it silently.
    fn verify_later(&self, key: String) {
        let library = *self;
        set_timeout(
            move || {
                let Some(Ok(stored)) = storage::read(&key).as_deref().map(codec::from_record) else { return };
                let replaced = stored.rev <= library.known_rev.get_value()
                    && library.last_saved.with_value(|saved| saved.as_ref() != Some(&stored.scenario));
                if replaced && library.current.get_untracked().is_some_and(|id| record_key(&id) == key) {
                    library.notify(Notice::Conflict);
                }
            },
            Duration::from_millis(300),
        );
    }

    /// Whether the scenario on screen differs from what was last saved.
    pub fn has_unsaved_changes(&self, state: AppState) -> bool {
        self.last_saved.with_value(|saved| saved.as_ref() != Some(&state.scenario.get_untracked()))
    }

    /// Saves at once whatever is waiting to be saved.
    pub fn flush(&self, state: AppState) {
        if self.pending.is_waiting() || (self.current.get_untracked().is_some() && self.has_unsaved_changes(state)) {
            self.save_now(state);
        }
    }

    fn autosave(&self, state: AppState) {
        let library = *self;
        Effect::new(move |_| {
            let changed = state.scenario.with(|s| library.last_saved.with_value(|saved| saved.as_ref() != Some(s)));
            if !changed || library.current.get_untracked().is_none() {
                return;
            }
            library.pending.request(move || library.save_now(state));
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
        // Another tab saved: follow it, or say so when this tab has unsaved work.
        let _ = window_event_listener(leptos::ev::storage, move |event: web_sys::StorageEvent| {
            let Some(key) = event.key() else { return };
            if key == storage::key(keys::INDEX, "") {
                if let Some(doc) = event.new_value().and_then(|t| serde_json::from_str::<IndexDoc>(&t).ok()) {
                    if doc.schema > INDEX_SCHEMA {
                        library.read_only.set(true);
                        library.notify(Notice::NewerData);
                    } else {
                        library.index.set(doc.scenarios);
                    }
                }
                return;
            }
            let Some(id) = library.current.get_untracked() else { return };
            if key != record_key(&id) {
                return;
            }
            // Judge by what is stored now, not by the event: events from two
            // tabs saving at once can arrive after the other write.
            match storage::read(&key).as_deref().map(codec::from_record) {
                Some(Ok(record)) => {
                    let mine = library.last_saved.with_value(|saved| saved.as_ref() == Some(&record.scenario));
                    if mine {
                        library.known_rev.set_value(library.known_rev.get_value().max(record.rev));
                    } else if record.rev > library.known_rev.get_value()
                        && !library.has_unsaved_changes(state)
                        && !library.pending.is_waiting()
                    {
                        library.known_rev.set_value(record.rev);
                        library.last_saved.set_value(Some(record.scenario.clone()));
                        state.draft.set(record.scenario);
                        library.notify(Notice::UpdatedElsewhere);
                    } else {
                        // Either this tab has unsaved work, or a save of this
                        // tab was replaced by one made at the same moment.
                        library.notify(Notice::Conflict);
                    }
                }
                Some(Err(CodecError::Newer)) => {
                    library.read_only.set(true);
                    library.notify(Notice::NewerData);
                }
                _ => {}
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
        self.notices.update(|list| list.retain(|n| *n != Notice::Conflict));
        if let Some(id) = self.current.get_untracked() {
            self.load(state, &id);
        }
    }

    /// Resolves a conflict by saving this tab's version over the other.
    pub fn keep_mine(&self, state: AppState) {
        self.notices.update(|list| list.retain(|n| *n != Notice::Conflict));
        if let Some(id) = self.current.get_untracked() {
            let stored = storage::read(&record_key(&id)).and_then(|t| codec::from_record(&t).ok()).map_or(0, |r| r.rev);
            self.known_rev.set_value(stored);
            // What is stored is the other tab's: this tab's version is news again.
            self.last_saved.set_value(None);
            self.save_now(state);
        }
    }

    /// Opens a share link: a new, unsaved scenario; local data is untouched.
    pub fn open_link(&self, state: AppState, opened: OpenedLink) {
        clear_fragment();
        match opened {
            OpenedLink::Read(Ok((scenario, mode))) => {
                self.save_now(state);
                self.current.set(None);
                self.last_saved.set_value(None);
                state.draft.set(scenario);
                self.shared.set(Some(mode));
                self.presentation.set(mode == LinkMode::Present);
            }
            OpenedLink::Read(Err(error)) => self.notify(Notice::LinkError(error)),
            OpenedLink::NotLoaded => self.notify(Notice::LinkNotLoaded),
        }
    }

    /// Saves the scenario opened from a link as a new saved scenario.
    pub fn keep_shared(&self, state: AppState) {
        let id = new_id();
        self.current.set(Some(id.clone()));
        self.shared.set(None);
        self.known_rev.set_value(0);
        self.upsert_entry(&id, &state.scenario.get_untracked().name);
        self.save_now(state);
    }

    /// Leaves the scenario from a link without keeping it.
    pub fn discard_shared(&self, state: AppState) {
        self.shared.set(None);
        self.presentation.set(false);
        let last = self.index.get_untracked().first().map(|e| e.id.clone());
        match last {
            Some(id) if self.load(state, &id).is_some() => {}
            _ => self.create(state, crate::app::demo_scenario()),
        }
    }

    /// Switches to saved scenario `id`, saving the current one first.
    pub fn switch_to(&self, state: AppState, id: &str) {
        if self.current.get_untracked().as_deref() == Some(id) {
            return;
        }
        self.save_now(state);
        self.shared.set(None);
        if self.load(state, id).is_some() {
            let _ = self.write_index();
        }
    }

    /// Adds `scenario` as a new saved scenario and opens it.
    pub fn create(&self, state: AppState, scenario: Scenario) {
        self.save_now(state);
        let id = new_id();
        self.shared.set(None);
        self.current.set(Some(id.clone()));
        self.known_rev.set_value(0);
        self.last_saved.set_value(None);
        state.draft.set(scenario.clone());
        self.upsert_entry(&id, &scenario.name);
        self.save_now(state);
    }

    /// Deletes saved scenario `id`; a notice offers to restore it.
    pub fn delete(&self, state: AppState, id: &str) {
        let Some(entry) = self.index.get_untracked().into_iter().find(|e| e.id == id) else { return };
        let record = storage::read(&record_key(id)).unwrap_or_default();
        self.index.update(|entries| entries.retain(|e| e.id != id));
        storage::remove(&record_key(id));
        if self.current.get_untracked().as_deref() == Some(id) {
            self.current.set(None);
            let next = self.index.get_untracked().first().map(|e| e.id.clone());
            match next {
                Some(next) if self.load(state, &next).is_some() => {}
                _ => self.create(state, crate::app::demo_scenario()),
            }
        }
        let _ = self.write_index();
        self.notify(Notice::Deleted { entry, record });
    }

    /// Restores a deleted scenario.
    pub fn undo_delete(&self, state: AppState, entry: &IndexEntry, record: &str) {
        self.notices.update(|list| list.retain(|n| !matches!(n, Notice::Deleted { entry: e, .. } if e == entry)));
        if storage::write(&record_key(&entry.id), record).is_err() {
            self.notify(Notice::WriteFailed);
            return;
        }
        self.upsert_entry(&entry.id, &entry.name);
        self.switch_to(state, &entry.id);
        let _ = self.write_index();
    }

    /// Reads saved scenario `id` without opening it (for comparing).
    pub fn peek(&self, id: &str) -> Option<Scenario> {
        storage::read(&record_key(id)).and_then(|text| codec::from_record(&text).ok()).map(|r| r.scenario)
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
