//! The service worker that keeps the app working offline (generated into
//! dist/ by scripts/post-build.mjs): registering it, and moving to a new
//! version only when the user agrees, so that a page never runs the files of
//! two versions together.

use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::JsValue;
use wasm_bindgen_futures::{JsFuture, spawn_local};
use web_sys::{MessageChannel, MessageEvent, ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

use super::AppState;
use super::background::after_next_frame;
use super::persistence::{Library, Notice};

/// Next to index.html, so its scope is the app's folder wherever it is hosted.
const WORKER_URL: &str = "./sw.js";
/// The build's version, stamped into index.html by the post-build step.
const VERSION_META: &str = "meta[name=skippertak-version]";

/// What the page expects the next change of worker to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Expecting {
    /// Nothing asked for: a change comes from another tab's update.
    Nothing,
    /// The waiting worker is this page's own version; no reload needed.
    SameVersion,
    /// The user agreed to update: reload into the new version.
    Reload,
}

/// Updates of the app, as the page sees them.
#[derive(Clone, Copy)]
pub struct Updates {
    expecting: StoredValue<Expecting>,
    /// Whether a worker controlled the page before the latest change.
    controlled: StoredValue<bool>,
    /// Whether `start` ran: the page may be built again (a language switch).
    started: StoredValue<bool>,
}

impl Updates {
    /// Nothing registered yet: see [`Updates::start`].
    pub fn new() -> Updates {
        Updates { expecting: StoredValue::new(Expecting::Nothing), controlled: StoredValue::new(false), started: StoredValue::new(false) }
    }

    /// Registers the worker and watches for new versions, once. Does nothing
    /// where service workers are unavailable (plain http, some private
    /// modes) or in a build without the post-build step. Called by the second
    /// wasm module, so that this code is not part of the first load.
    pub fn start(self, library: Library) {
        if self.started.get_value() {
            return;
        }
        self.started.set_value(true);
        let updates = self;
        let (Some(container), Some(page_version)) = (container(), page_version()) else { return };
        updates.controlled.set_value(container.controller().is_some());

        let on_controller_change = Closure::<dyn Fn()>::new(move || {
            let was_controlled = updates.controlled.get_value();
            updates.controlled.set_value(true);
            match updates.expecting.get_value() {
                Expecting::Reload => reload(),
                Expecting::SameVersion => updates.expecting.set_value(Expecting::Nothing),
                // Another tab moved to a new version; this one still runs the old files.
                Expecting::Nothing if was_controlled => library.notify(Notice::UpdateReady),
                // The first visit's worker took control: same build, nothing to do.
                Expecting::Nothing => {}
            }
        });
        container.set_oncontrollerchange(Some(on_controller_change.as_ref().unchecked_ref()));
        on_controller_change.forget();

        // Installing downloads the whole build again; it waits until the
        // page is on screen and built, so it never competes with that.
        let register = move || {
            spawn_local(async move {
                let Ok(registration) = JsFuture::from(container.register(WORKER_URL)).await else { return };
                // Anything but a registration (a browser or tool that blocks
                // workers) means no offline use, not an error.
                let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else { return };
                // A worker found twice (below, and by `updatefound`) is asked about once.
                let seen = RefCell::new(Vec::<ServiceWorker>::new());
                let first_sight = move |worker: &ServiceWorker| {
                    let mut seen = seen.borrow_mut();
                    let new = !seen.contains(worker);
                    if new {
                        seen.push(worker.clone());
                    }
                    new
                };
                if let Some(waiting) = registration.waiting().filter(&first_sight) {
                    updates.consider(waiting, page_version.clone(), library);
                }
                // The browser checks for a new version on each visit, and the
                // page came from the cache at once: the check may be under way.
                if let Some(installing) = registration.installing().filter(&first_sight) {
                    updates.watch(installing, page_version.clone(), library);
                }
                let found = registration.clone();
                let on_update_found = Closure::<dyn Fn()>::new(move || {
                    if let Some(installing) = found.installing().filter(&first_sight) {
                        updates.watch(installing, page_version.clone(), library);
                    }
                });
                registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
                on_update_found.forget();
            })
        };
        after_next_frame(move || after_next_frame(register));
    }

    /// Considers `installing` once it has installed, if it is an update:
    /// without a controller this is the first install.
    fn watch(self, installing: ServiceWorker, page_version: String, library: Library) {
        let worker = installing.clone();
        let on_state_change = Closure::<dyn Fn()>::new(move || {
            if worker.state() == ServiceWorkerState::Installed && container_controlled() {
                self.consider(worker.clone(), page_version.clone(), library);
            }
        });
        installing.set_onstatechange(Some(on_state_change.as_ref().unchecked_ref()));
        on_state_change.forget();
    }

    /// A new worker is installed and waiting. If it serves the version this
    /// page already runs (the page came from the network after a deploy), it
    /// takes over quietly; otherwise the user is asked.
    fn consider(self, waiting: ServiceWorker, page_version: String, library: Library) {
        let Ok(channel) = MessageChannel::new() else { return };
        let worker = waiting.clone();
        let on_reply = Closure::once(move |event: MessageEvent| {
            let version = js_sys::Reflect::get(&event.data(), &JsValue::from_str("version")).ok().and_then(|v| v.as_string());
            if version.as_deref() == Some(page_version.as_str()) {
                self.expecting.set_value(Expecting::SameVersion);
                post(&worker, "activate");
            } else {
                library.notify(Notice::UpdateReady);
            }
        });
        channel.port1().set_onmessage(Some(on_reply.as_ref().unchecked_ref()));
        on_reply.forget();
        let _ = waiting.post_message_with_transferable(&message("version"), &js_sys::Array::of1(&channel.port2()));
    }

    /// The user agreed: save, then let the new version take over and reload.
    pub fn apply(self, library: Library, state: AppState) {
        library.flush(state);
        let Some(container) = container() else { return reload() };
        spawn_local(async move {
            let waiting = match JsFuture::from(container.get_registration()).await {
                Ok(found) => found.dyn_into::<ServiceWorkerRegistration>().ok().and_then(|r| r.waiting()),
                Err(_) => None,
            };
            match waiting {
                Some(worker) => {
                    self.expecting.set_value(Expecting::Reload);
                    post(&worker, "activate");
                }
                // Another tab already activated it: only this page is old.
                None => reload(),
            }
        });
    }
}

fn container() -> Option<ServiceWorkerContainer> {
    let navigator = window().navigator();
    // Absent outside secure contexts; web-sys would not check.
    let available = js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    available.then(|| navigator.service_worker())
}

fn container_controlled() -> bool {
    container().is_some_and(|c| c.controller().is_some())
}

fn page_version() -> Option<String> {
    document().query_selector(VERSION_META).ok().flatten()?.get_attribute("content").filter(|v| !v.is_empty())
}

fn message(kind: &str) -> JsValue {
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &JsValue::from_str("type"), &JsValue::from_str(kind));
    message.into()
}

fn post(worker: &ServiceWorker, kind: &str) {
    let _ = worker.post_message(&message(kind));
}

fn reload() {
    let _ = window().location().reload();
}
