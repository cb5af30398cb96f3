//! What the user must know about their data: unreadable or newer saves,
//! write failures, other tabs, links that did not open, deleted scenarios.

use leptos::prelude::*;

use crate::app::AppState;
use crate::app::offline::Updates;
use crate::app::persistence::{Library, Notice};
use crate::store::usage::format_bytes;
use crate::text::codec::codec_error;
use crate::text::store as words;

/// The notices, newest last, each with its way out.
#[component]
pub fn Notices() -> impl IntoView {
    let state = expect_context::<AppState>();
    let library = expect_context::<Library>();
    let updates = expect_context::<Updates>();
    let lang = state.lang;
    let text = move |notice: &Notice| -> String {
        let l = lang.get_untracked();
        match notice {
            Notice::Unreadable { backup_key, .. } => format!(
                "{} {}",
                l.pick(
                    "Lagrede data kunne ikke leses, så appen startet med standardverdier. Ingenting er slettet:",
                    "Saved data could not be read, so the app started with defaults. Nothing was deleted:",
                ),
                match backup_key {
                    Some(_) => l.pick("en kopi er lagt til side, og du kan laste den ned.", "a copy was set aside, and you can download it."),
                    None => l.pick("last ned kopien nå – nettleseren ville ikke lagre den.", "download the copy now – the browser would not store it."),
                }
            ),
            Notice::IndexRebuilt { count, backup_key, .. } => format!(
                "{} {}",
                crate::text::count(l, *count, words::INDEX_REBUILT_ONE, words::INDEX_REBUILT_MANY),
                match backup_key {
                    Some(_) => words::INDEX_REBUILT_KEPT.get(l),
                    None => words::INDEX_REBUILT_NOT_KEPT.get(l),
                }
            ),
            Notice::StorageBlocked => words::STORAGE_BLOCKED.get(l).to_string(),
            Notice::NearlyFull => {
                let share = library.usage.with(|u| u.map_or(0.0, |u| u.share()));
                words::NEAR_FULL.fill(l, &[("percent", &crate::format::percent(share, l))])
            }
            Notice::DeletedElsewhere { name, kept } => {
                let text = if *kept { words::DELETED_ELSEWHERE_KEPT } else { words::DELETED_ELSEWHERE };
                text.fill(l, &[("name", name)])
            }
            Notice::NewerData => l
                .pick(
                    "Lagrede data er skrevet av en nyere versjon av Skippertak (kanskje i en annen fane). For å beskytte dem lagrer ikke denne fanen. Last siden på nytt for å oppdatere.",
                    "Saved data was written by a newer version of Skippertak (perhaps in another tab). To protect it, this tab does not save. Reload the page to update.",
                )
                .to_string(),
            Notice::WriteFailed => l
                .pick(
                    "Nettleseren lar ikke appen lagre (full lagring, privat modus eller avslått). Arbeidet ditt er trygt i denne fanen; eksporter en fil for å beholde det. Neste vellykkede lagring tar med alt.",
                    "The browser does not let the app save (storage full, private mode or turned off). Your work is safe in this tab; export a file to keep it. The next successful save includes everything.",
                )
                .to_string(),
            Notice::UpdatedElsewhere => l
                .pick("Scenarioet ble endret i en annen fane, og den versjonen vises nå.", "This scenario was changed in another tab, and that version is shown now.")
                .to_string(),
            Notice::Conflict => l
                .pick(
                    "Scenarioet ble lagret i en annen fane mens du endret det her. Ingenting er overskrevet. Velg hvilken versjon som skal gjelde.",
                    "This scenario was saved in another tab while you were changing it here. Nothing was overwritten. Choose which version to keep.",
                )
                .to_string(),
            Notice::LinkError(error) => format!("{} {}", l.pick("Lenken kunne ikke åpnes.", "The link could not be opened."), codec_error(error, l)),
            Notice::LinkNotLoaded => l
                .pick(
                    "Lenken kunne ikke åpnes: delen av appen som leser lenker, kunne ikke lastes. Sjekk tilkoblingen og last siden på nytt.",
                    "The link could not be opened: the part of the app that reads links could not be loaded. Check the connection and reload the page.",
                )
                .to_string(),
            Notice::FileError(message) => message.clone(),
            Notice::Deleted { entry, .. } => format!("{} «{}».", l.pick("Slettet", "Deleted"), entry.name),
            Notice::UpdateReady => l
                .pick(
                    "En ny versjon av Skippertak er klar. Arbeidet ditt lagres før siden lastes på nytt.",
                    "A new version of Skippertak is ready. Your work is saved before the page reloads.",
                )
                .to_string(),
        }
    };
    let actions = move |notice: Notice| {
        let l = lang.get_untracked();
        let dismiss = {
            let notice = notice.clone();
            move |_| library.dismiss(&notice)
        };
        let dismiss_label = match notice {
            Notice::UpdateReady => l.pick("Senere", "Later"),
            _ => l.pick("Lukk", "Dismiss"),
        };
        let extra = match notice.clone() {
            Notice::Unreadable { raw, .. } | Notice::IndexRebuilt { raw, .. } if !raw.is_empty() => Some(view! {
                <button type="button" class="secondary" on:click=move |_| crate::app::download_text("skippertak-backup.json", "application/json", &raw)>
                    {words::DOWNLOAD_COPY.get(l)}
                </button>
            }.into_any()),
            Notice::Conflict => Some(view! {
                <button type="button" class="secondary" on:click=move |_| library.take_theirs(state)>{l.pick("Vis den andre fanens versjon", "Show the other tab's version")}</button>
                <button type="button" class="secondary" on:click=move |_| library.keep_mine(state)>{l.pick("Behold min versjon", "Keep my version")}</button>
            }.into_any()),
            Notice::Deleted { entry, record } => Some(view! {
                <button type="button" class="secondary" on:click=move |_| library.undo_delete(state, &entry, &record)>{l.pick("Angre", "Undo")}</button>
            }.into_any()),
            Notice::NearlyFull => Some(view! {
                <button type="button" class="secondary"
                    on:click=move |_| crate::app::download_text("skippertak-all-scenarios.json", "application/json", &library.export_all())>
                    {words::EXPORT_ALL.get(l)}
                </button>
                <Show when=move || library.usage.with(|u| u.is_some_and(|u| u.backups > 0))>
                    <button type="button" class="secondary" on:click=move |_| { library.remove_backups(); }>{move || {
                        let usage = library.usage.get().unwrap_or_default();
                        words::REMOVE_BACKUPS.fill(l, &[("count", &usage.backups.to_string()), ("size", &format_bytes(usage.backup_bytes, l))])
                    }}</button>
                </Show>
            }.into_any()),
            Notice::UpdateReady => Some(view! {
                <button type="button" data-testid="update-now" on:click=move |_| updates.apply(library, state)>{l.pick("Oppdater nå", "Update now")}</button>
            }.into_any()),
            _ => None,
        };
        view! {
            {extra}
            <button type="button" class="link" on:click=dismiss>{dismiss_label}</button>
        }
    };
    view! {
        <div class="notices" role="status" aria-live="polite" data-testid="notices">
            <For each=move || library.notices.get() key=notice_key let:notice>
                <div class="notice" data-notice=notice_id(&notice)>
                    <p>{{ let n = notice.clone(); move || text(&n) }}</p>
                    <div class="notice-actions">{actions(notice.clone())}</div>
                </div>
            </For>
        </div>
    }
}

/// A stable key for a notice in the list.
fn notice_key(notice: &Notice) -> String {
    format!("{notice:?}").chars().take(200).collect()
}

fn notice_id(notice: &Notice) -> &'static str {
    match notice {
        Notice::Unreadable { .. } => "unreadable",
        Notice::IndexRebuilt { .. } => "index-rebuilt",
        Notice::StorageBlocked => "storage-blocked",
        Notice::NearlyFull => "nearly-full",
        Notice::DeletedElsewhere { .. } => "deleted-elsewhere",
        Notice::NewerData => "newer-data",
        Notice::WriteFailed => "write-failed",
        Notice::UpdatedElsewhere => "updated-elsewhere",
        Notice::Conflict => "conflict",
        Notice::LinkError(_) | Notice::LinkNotLoaded => "link-error",
        Notice::FileError(_) => "file-error",
        Notice::Deleted { .. } => "deleted",
        Notice::UpdateReady => "update-ready",
    }
}
