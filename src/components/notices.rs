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
                words::UNREADABLE_DATA.get(l),
                match backup_key {
                    Some(_) => words::UNREADABLE_KEPT.get(l),
                    None => words::UNREADABLE_NOT_KEPT.get(l),
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
            Notice::NewerData => words::NEWER_DATA.get(l).to_string(),
            Notice::WriteFailed => words::WRITE_FAILED.get(l).to_string(),
            Notice::UpdatedElsewhere => words::UPDATED_ELSEWHERE.get(l).to_string(),
            Notice::Conflict => words::CONFLICT.get(l).to_string(),
            Notice::LinkError(error) => format!("{} {}", words::LINK_ERROR.get(l), codec_error(error, l)),
            Notice::LinkNotLoaded => words::LINK_NOT_LOADED.get(l).to_string(),
            Notice::FileError(message) => message.clone(),
            Notice::Deleted { entry, .. } => crate::text::edit::DELETED_DEAL.fill(l, &[("name", &entry.name)]),
            Notice::UpdateReady => words::UPDATE_READY.get(l).to_string(),
        }
    };
    let actions = move |notice: Notice| {
        let l = lang.get_untracked();
        let dismiss = {
            let notice = notice.clone();
            move |_| library.dismiss(&notice)
        };
        let dismiss_label = match notice {
            Notice::UpdateReady => words::LATER.get(l),
            _ => words::DISMISS.get(l),
        };
        let extra = match notice.clone() {
            Notice::Unreadable { raw, .. } | Notice::IndexRebuilt { raw, .. } if !raw.is_empty() => Some(view! {
                <button type="button" class="secondary" on:click=move |_| crate::app::download_text("skippertak-backup.json", "application/json", &raw)>
                    {words::DOWNLOAD_COPY.get(l)}
                </button>
            }.into_any()),
            Notice::Conflict => Some(view! {
                <button type="button" class="secondary" on:click=move |_| library.take_theirs(state)>{words::TAKE_THEIRS.get(l)}</button>
                <button type="button" class="secondary" on:click=move |_| library.keep_mine(state)>{words::KEEP_MINE.get(l)}</button>
            }.into_any()),
            Notice::Deleted { entry, record } => Some(view! {
                <button type="button" class="secondary" on:click=move |_| library.undo_delete(state, &entry, &record)>{words::UNDO.get(l)}</button>
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
                <button type="button" data-testid="update-now" on:click=move |_| updates.apply(library, state)>{words::UPDATE_NOW.get(l)}</button>
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
