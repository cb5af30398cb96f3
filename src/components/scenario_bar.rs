//! Keeping and sharing: the saved scenarios, files in and out, the share
//! link with its QR code, print and presentation.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::import_inbox::{Incoming, inbox};
use crate::app::persistence::{Library, Notice};
use crate::app::{AppState, Debounced, base_url, download_text, file_stem};
use crate::codec::{self, LinkMode, SHAREABLE_LINK_CHARS};
use crate::format;
use crate::import::limits::MAX_FILE_BYTES;
use crate::qr::qr_svg_path;
use crate::store::usage::format_bytes;
use crate::text::codec::codec_error;
use crate::text::edit as edit_text;
use crate::text::import as import_text;
use crate::text::store as words;

/// The saved scenarios: switch, new, duplicate, delete.
#[component]
pub fn ScenarioBar() -> impl IntoView {
    let state = expect_context::<AppState>();
    let library = expect_context::<Library>();
    let lang = state.lang;
    let new_scenario = move |_| {
        let mut fresh = state.scenario.get_untracked();
        fresh.name = words::NEW_SCENARIO.get(lang.get_untracked()).to_string();
        fresh.closed = 0.0;
        fresh.deals.clear();
        library.create(state, fresh);
    };
    let duplicate = move |_| {
        let mut copy = state.scenario.get_untracked();
        let word = words::COPY.get(lang.get_untracked());
        copy.name = format!("{} ({word})", copy.name).chars().take(120).collect();
        library.create(state, copy);
    };
    let delete = move |_| {
        if let Some(id) = library.current.get_untracked() {
            library.delete(state, &id);
        }
    };
    view! {
        <section class="card scenario-bar" aria-labelledby="scenarios-title">
            <h2 id="scenarios-title">{state.text(words::SCENARIOS)}</h2>
            <div class="scenario-row">
                <div class="field">
                    <label for="f-current-scenario">{state.text(words::OPEN_SCENARIO)}</label>
                    <select id="f-current-scenario" data-testid="scenario-select"
                        on:change:target=move |ev| library.switch_to(state, &ev.target().value())>
                        <Show when=move || library.current.with(Option::is_none)>
                            <option value="" selected=true>{state.text(words::FROM_LINK_UNSAVED)}</option>
                        </Show>
                        <For each=move || library.index.get() key=|e| (e.id.clone(), e.name.clone()) let:entry>
                            <option value=entry.id.clone()
                                selected={
                                    let id = entry.id.clone();
                                    move || library.current.with(|c| c.as_deref() == Some(id.as_str()))
                                }>
                                {if entry.name.trim().is_empty() { state.text(words::UNTITLED).to_string() } else { entry.name.clone() }}
                            </option>
                        </For>
                    </select>
                </div>
                <div class="button-row">
                    <button type="button" class="secondary" on:click=new_scenario>{state.text(words::NEW)}</button>
                    <button type="button" class="secondary" on:click=duplicate>{state.text(words::DUPLICATE)}</button>
                    <button type="button" class="secondary" disabled=move || library.current.with(Option::is_none) || library.read_only.get() on:click=delete>
                        {state.text(words::DELETE)}
                    </button>
                </div>
            </div>
            <p class="save-status" data-testid="save-status">
                {move || {
                    let l = lang.get_untracked();
                    if library.in_memory.get() {
                        words::NOT_SAVING_BLOCKED.get(l)
                    } else if library.read_only.get() {
                        words::STATUS_NEWER_DATA.get(l)
                    } else if library.write_failing.get() {
                        words::STATUS_SAVE_FAILED.get(l)
                    } else if library.current.with(Option::is_none) {
                        words::STATUS_FROM_LINK.get(l)
                    } else {
                        words::SAVED_HERE.get(l)
                    }
                }}
                " "
                <span class="storage-usage" data-testid="storage-usage">{move || {
                    library.usage.get().map(|usage| {
                        let l = lang.get_untracked();
                        words::USAGE.fill(l, &[("used", &format_bytes(usage.bytes, l)), ("percent", &format::percent(usage.share(), l))])
                    })
                }}</span>
            </p>
        </section>
    }
}

/// Shown while a scenario from a link is on screen: not saved until it is
/// changed (or kept), then saved as a copy, and the banner says under
/// which name.
#[component]
pub fn SharedBanner() -> impl IntoView {
    let state = expect_context::<AppState>();
    let library = expect_context::<Library>();
    let l = state.lang.get_untracked();
    let message = move || match library.shared_copy.get() {
        Some(name) if library.read_only.get() || library.write_failing.get() || library.in_memory.get() => {
            words::KEPT_NOT_SAVED.fill(l, &[("name", &name)])
        }
        Some(name) => words::SAVED_AS_COPY.fill(l, &[("name", &name)]),
        None if library.presentation.get() => words::SHARED_PRESENTING.get(l).to_string(),
        None => words::SHARED_NOT_SAVED.get(l).to_string(),
    };
    let kept = move || library.shared_copy.with(Option::is_some);
    view! {
        <Show when=move || library.shared.with(Option::is_some)>
            <div class="shared-banner" role="status" data-testid="shared-banner">
                <p>
                    <strong>{words::SHARED_TITLE.get(l)}</strong>
                    " "
                    <span data-testid="shared-banner-message">{message}</span>
                </p>
                <div class="button-row">
                    <button type="button" class="primary"
                        on:click=move |_| if kept() { library.close_shared_banner() } else { library.keep_shared(state, true) }>
                        {move || if kept() { words::OK.get(l) } else { words::KEEP_IT.get(l) }}
                    </button>
                    <Show when=move || !kept()>
                        <button type="button" class="secondary" on:click=move |_| library.discard_shared(state)>{words::CLOSE_IT.get(l)}</button>
                    </Show>
                    <Show when=move || library.presentation.get()>
                        <button type="button" class="secondary" on:click=move |_| library.presentation.set(false)>
                            {state.text(words::LEAVE_PRESENTATION)}
                        </button>
                    </Show>
                </div>
            </div>
        </Show>
    }
}

/// Files in and out, the share link, print and presentation.
#[component]
pub fn SharePanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let library = expect_context::<Library>();
    let lang = state.lang;
    let read_only_link = RwSignal::new(false);
    let copied: RwSignal<Option<bool>> = RwSignal::new(None);
    let show_qr = RwSignal::new(false);
    // Compressing the scenario takes a few milliseconds at hundreds of deals,
    // so the link follows edits once typing pauses, off the typing path.
    let build_link = move || {
        let mode = if read_only_link.get_untracked() { LinkMode::Present } else { LinkMode::Edit };
        state.scenario.with_untracked(|s| format!("{}#{}", base_url(), codec::to_link_fragment(s, mode)))
    };
    let link = RwSignal::new(build_link());
    let link_update = Debounced::new(std::time::Duration::from_millis(250));
    Effect::new(move |first: Option<()>| {
        state.scenario.track();
        read_only_link.track();
        if first.is_none() {
            return;
        }
        link_update.request(move || link.set(build_link()));
    });
    let too_long = move || link.with(|l| l.len() > SHAREABLE_LINK_CHARS);
    let qr = Memo::new(move |_| if show_qr.get() { link.with(|l| qr_svg_path(l)) } else { None });
    let name_stem = move || state.scenario.with(|s| file_stem(&s.name));
    let export_json = move |_| {
        let text = state.scenario.with(codec::to_file);
        download_text(&format!("{}.json", name_stem()), "application/json", &text);
    };
    let export_csv = move |_| {
        let text = state.scenario.with(|s| state.evaluation.with(|e| crate::export::csv::deals_to_csv(s, e, lang.get_untracked())));
        download_text(&format!("{}-deals.csv", name_stem()), "text/csv;charset=utf-8", &text);
    };
    // Says "copied" only once the browser confirms it. Where there is no
    // Clipboard API (a plain-HTTP host) or it refuses, the link is selected
    // in its field and the user is told to copy it.
    let copy = move |_| {
        let text = link.get_untracked();
        let settle = move |ok: bool| {
            copied.set(Some(ok));
            if ok {
                set_timeout(move || copied.set(None), std::time::Duration::from_secs(4));
            } else {
                select_share_link();
            }
        };
        match crate::app::copy_to_clipboard(&text) {
            Some(promise) => leptos::task::spawn_local(async move {
                settle(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
            }),
            None => settle(false),
        }
    };
    // A scenario file (JSON) opens as a new scenario; anything else goes to
    // the import dialog as bytes, whose encoding the import decides.
    let on_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
        input.set_value("");
        let name = file.name();
        if file.size() > MAX_FILE_BYTES as f64 {
            let message =
                import_text::import_error(crate::import::ImportError::TooBig { bytes: file.size() as usize }, lang.get_untracked());
            library.notify(Notice::FileError(message));
            return;
        }
        leptos::task::spawn_local(async move {
            let Ok(buffer) = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await else { return };
            let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
            let body = bytes.strip_prefix(b"\xEF\xBB\xBF".as_slice()).unwrap_or(&bytes);
            let looks_like_json = body.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{');
            if !(name.to_lowercase().ends_with(".json") || looks_like_json) {
                inbox().set(Some(Incoming::File { name, bytes: std::sync::Arc::new(bytes) }));
                return;
            }
            if bytes.len() > codec::MAX_DOCUMENT_BYTES {
                library.notify(Notice::FileError(codec_error(&codec::CodecError::TooLong, lang.get_untracked())));
                return;
            }
            match codec::from_file(&String::from_utf8_lossy(body)) {
                Ok(scenario) => library.create(state, scenario),
                Err(error) => {
                    let l = lang.get_untracked();
                    library.notify(Notice::FileError(format!("{} {}", words::FILE_NOT_IMPORTED.get(l), codec_error(&error, l))));
                }
            }
        });
    };

    view! {
        <section class="card share-panel" aria-labelledby="share-title">
            <h2 id="share-title">{state.text(words::SHARING_TITLE)}</h2>
            <div class="button-row">
                <label class="file-button">
                    <span>{import_text::IMPORT_BUTTON.get(lang.get_untracked())}</span>
                    <input type="file" data-testid="import-file" on:change=on_file
                        accept=".json,.csv,.tsv,.txt,.xlsx,.xlsm,application/json,text/csv,text/tab-separated-values,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"/>
                </label>
                <button type="button" class="secondary" on:click=export_json>{state.text(words::EXPORT_SCENARIO_JSON)}</button>
                <button type="button" class="secondary" on:click=export_csv>{state.text(words::EXPORT_DEALS_CSV)}</button>
                <button type="button" class="secondary" on:click=move |_| { let _ = window().print(); }>{state.text(words::PRINT)}</button>
                <button type="button" class="secondary" on:click=move |_| library.presentation.set(true)>{state.text(words::PRESENT)}</button>
            </div>
            <div class="field share-field">
                <label for="f-share-link">{state.text(words::SHARE_LINK)}</label>
                <div class="input-wrap">
                    <input id="f-share-link" type="text" readonly data-testid="share-link" prop:value=move || link.get()
                        data-value=move || link.get() aria-describedby="f-share-link-help"
                        on:focus:target=move |ev| ev.target().select()/>
                    <button type="button" class="primary" on:click=copy disabled=too_long>{state.text(words::COPY_LINK)}</button>
                </div>
                <p class="field-help" id="f-share-link-help" role="status">{move || {
                    let l = lang.get_untracked();
                    if too_long() {
                        words::LINK_TOO_LONG.get(l).to_string()
                    } else if copied.get() == Some(true) {
                        edit_text::COPIED.get(l).to_string()
                    } else if copied.get() == Some(false) {
                        edit_text::COPY_BY_HAND.get(l).to_string()
                    } else {
                        words::LINK_HOLDS_ALL.fill(l, &[("count", &link.with(String::len).to_string())])
                    }
                }}</p>
                <label class="checkbox">
                    <input type="checkbox" prop:checked=move || read_only_link.get()
                        on:change:target=move |ev| read_only_link.set(ev.target().checked())/>
                    {state.text(words::PRESENTATION_LINK)}
                </label>
                <label class="checkbox">
                    <input type="checkbox" data-testid="share-panel-qr" prop:checked=move || show_qr.get()
                        on:change:target=move |ev| show_qr.set(ev.target().checked())/>
                    {state.text(words::SHOW_QR)}
                </label>
            </div>
            <Show when=move || show_qr.get()>
                {move || match qr.get() {
                    Some((side, path)) => view! {
                        <svg class="qr" data-testid="share-qr" viewBox=format!("0 0 {side} {side}") role="img"
                            aria-label=state.text(words::QR_LABEL)>
                            <rect width=side height=side fill="#fff"/>
                            <path d=path fill="#000"/>
                        </svg>
                    }.into_any(),
                    None => view! { <p class="field-help">{state.text(words::TOO_LONG_FOR_QR)}</p> }.into_any(),
                }}
            </Show>
        </section>
    }
}

/// Puts the keyboard on the share link with all of it selected, ready to copy.
fn select_share_link() {
    if let Some(input) = document().get_element_by_id("f-share-link").and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok()) {
        let _ = input.focus();
        input.select();
    }
}
