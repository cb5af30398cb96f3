//! The import dialog: a file or pasted cells, read as `crate::import`
//! guesses, shown step by step (how the file was read, which column holds
//! what, where each stage goes, what the history says, the rows), every
//! guess changeable, nothing changed until the user confirms.
//!
//! The dialog only shows an import [`Session`] and sends it choices; the
//! bytes are kept so the encoding, delimiter or sheet can be changed.

mod columns;
mod facts;
mod history;
mod preview;
mod stages;
pub mod workbook;

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::decode::decode;
use crate::app::import_inbox::{Incoming, inbox};
use crate::app::{AppState, storage};
use crate::import::apply::{Consent, apply};
use crate::import::delimiter::Delimiter;
use crate::import::encoding::{self, Encoding};
use crate::import::memory::{self, Remembered};
use crate::import::session::{self, Context, Origin, Session};
use crate::text::import as text;

/// The file behind the open session, kept to read it again another way.
#[derive(Clone)]
enum Source {
    /// A text file's bytes.
    Text(Arc<Vec<u8>>),
    /// Pasted text.
    Paste(Arc<String>),
    /// A workbook's bytes.
    Workbook(Arc<Vec<u8>>),
}

/// The dialog's state: nothing, a file being read, a message, or a session.
#[derive(Clone, Copy)]
struct Dialog {
    session: RwSignal<Option<Session>>,
    source: StoredValue<Option<Source>>,
    error: RwSignal<Option<String>>,
    loading: RwSignal<bool>,
    consent: RwSignal<Consent>,
}

/// Whether a file is a workbook: by its name, or by a zip archive's first bytes.
fn is_workbook(name: &str, bytes: &[u8]) -> bool {
    let name = name.to_lowercase();
    name.ends_with(".xlsx")
        || name.ends_with(".xlsm")
        || name.ends_with(".xls")
        || bytes.starts_with(b"PK\x03\x04")
        || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0])
}

/// What the import needs to know of the draft scenario.
fn context(state: AppState) -> Context {
    state.draft.with_untracked(|s| Context {
        lang: state.lang.get_untracked(),
        today: s.period.today.unwrap_or(state.today.get_untracked()),
        period_start: s.period.start,
        period_end: s.period.end,
        stages: s.stages.clone(),
    })
}

/// The choices remembered for a file of this shape, if any.
fn remembered_for(session: &Session) -> Option<Remembered> {
    let shape = memory::shape_key(&session.table.headers);
    let json = storage::read(&storage::key(storage::keys::IMPORT, &shape))?;
    serde_json::from_str(&json).ok()
}

/// Remembers the session's choices for the next file of its shape, keeping
/// the newest few shapes.
fn remember(session: &Session) {
    let shape = memory::shape_key(&session.table.headers);
    let Ok(json) = serde_json::to_string(&session.remembered()) else { return };
    let list_key = storage::key(storage::keys::IMPORT, memory::SHAPES);
    let shapes: Vec<String> = storage::read(&list_key).and_then(|t| serde_json::from_str(&t).ok()).unwrap_or_default();
    let (shapes, dropped) = memory::touch(&shapes, &shape);
    for old in dropped {
        storage::remove(&storage::key(storage::keys::IMPORT, &old));
    }
    if storage::write(&storage::key(storage::keys::IMPORT, &shape), &json).is_ok() {
        if let Ok(list) = serde_json::to_string(&shapes) {
            let _ = storage::write(&list_key, &list);
        }
    }
}

impl Dialog {
    fn new() -> Dialog {
        Dialog {
            session: RwSignal::new(None),
            source: StoredValue::new(None),
            error: RwSignal::new(None),
            loading: RwSignal::new(false),
            consent: RwSignal::new(Consent::default()),
        }
    }

    fn is_open(&self) -> bool {
        self.session.with(Option::is_some) || self.error.with(Option::is_some) || self.loading.get()
    }

    fn clear(&self) {
        self.session.set(None);
        self.source.set_value(None);
        self.error.set(None);
        self.loading.set(false);
        self.consent.set(Consent::default());
    }

    /// Shows a new session (with the choices remembered for its shape), or
    /// one read again another way (with the choices made so far).
    fn show(&self, mut fresh: Session) {
        let earlier = self.session.get_untracked();
        match earlier {
            Some(earlier) => fresh.carry_over(&earlier),
            None => {
                if let Some(remembered) = remembered_for(&fresh) {
                    fresh.apply_remembered(&remembered);
                }
            }
        }
        self.error.set(None);
        self.loading.set(false);
        self.session.set(Some(fresh));
    }

    fn fail(&self, message: String) {
        self.loading.set(false);
        self.session.set(None);
        self.error.set(Some(message));
    }

    /// Starts reading what arrived in the inbox.
    fn open(&self, state: AppState, incoming: Incoming) {
        self.clear();
        let lang = state.lang.get_untracked();
        match incoming {
            Incoming::Paste { text } => {
                self.source.set_value(Some(Source::Paste(Arc::new(text.clone()))));
                self.read_text(state, "", &text, None, |delimiter| Origin::Paste { delimiter });
            }
            Incoming::File { name, bytes } if is_workbook(&name, &bytes) => {
                self.source.set_value(Some(Source::Workbook(bytes.clone())));
                self.read_sheet(state, name, None);
            }
            Incoming::File { name, bytes } => {
                let sniffed = encoding::sniff(&bytes);
                self.source.set_value(Some(Source::Text(bytes.clone())));
                match decode(&bytes, sniffed.encoding) {
                    Some(decoded) => self.read_text(state, &name, &decoded, None, |delimiter| Origin::Text {
                        encoding: sniffed.encoding,
                        bom: sniffed.bom,
                        delimiter,
                    }),
                    None => self.fail(text::ERROR_NOT_WORKBOOK.get(lang).to_string()),
                }
            }
        }
    }

    fn read_text(&self, state: AppState, name: &str, content: &str, delimiter: Option<Delimiter>, origin: impl Fn(Delimiter) -> Origin) {
        match session::read_text(content, delimiter) {
            Ok((table, used)) => self.show(Session::new(name, origin(used), table, context(state))),
            Err(error) => self.fail(text::import_error(error, state.lang.get_untracked())),
        }
    }

    /// Reads the text file again in another encoding or with another delimiter.
    fn reread(&self, state: AppState, encoding: Option<Encoding>, delimiter: Option<Delimiter>) {
        let Some(session) = self.session.get_untracked() else { return };
        let name = session.name.clone();
        match (self.source.get_value(), &session.origin) {
            (Some(Source::Text(bytes)), Origin::Text { encoding: was, bom, delimiter: was_delimiter }) => {
                let encoding = encoding.unwrap_or(*was);
                let bom = *bom && encoding == *was;
                let delimiter = delimiter.or(Some(*was_delimiter).filter(|_| encoding == *was));
                if let Some(content) = decode(&bytes, encoding) {
                    self.read_text(state, &name, &content, delimiter, |delimiter| Origin::Text { encoding, bom, delimiter });
                }
            }
            (Some(Source::Paste(content)), Origin::Paste { .. }) => {
                self.read_text(state, "", &content, delimiter, |delimiter| Origin::Paste { delimiter });
            }
            _ => {}
        }
    }

    /// Reads a sheet of the workbook (the first with cells when `None`),
    /// loading the part of the app that reads workbooks on first use.
    fn read_sheet(&self, state: AppState, name: String, sheet: Option<usize>) {
        let Some(Source::Workbook(bytes)) = self.source.get_value() else { return };
        let dialog = *self;
        let lang = state.lang.get_untracked();
        dialog.loading.set(true);
        leptos::task::spawn_local(async move {
            match workbook::read_workbook(bytes.to_vec(), sheet).await {
                Ok(Ok(read)) => match session::read_rows(&read.rows) {
                    Ok(table) => {
                        let sheets = read.sheets.iter().map(|s| sheet_label(s, lang)).collect();
                        let origin = Origin::Workbook { sheet: read.sheet, sheets };
                        dialog.show(Session::new(&name, origin, table, context(state)));
                    }
                    Err(error) => dialog.fail(text::import_error(error, lang)),
                },
                Ok(Err(error)) => dialog.fail(text::workbook_error(error, lang).to_string()),
                Err(_) => dialog.fail(text::WORKBOOK_MODULE_FAILED.get(lang).to_string()),
            }
        });
    }
}

/// A sheet's name in the sheet select, marked when hidden.
fn sheet_label(sheet: &crate::import::workbook::SheetInfo, lang: crate::i18n::Lang) -> String {
    if sheet.hidden { text::HIDDEN_SHEET.fill(lang, &[("sheet", &sheet.name)]) } else { sheet.name.clone() }
}

/// The import dialog, opened by whatever arrives in the [`inbox`].
#[component]
pub fn ImportDialog() -> impl IntoView {
    let state = expect_context::<AppState>();
    let dialog = Dialog::new();
    let element = NodeRef::<leptos::html::Dialog>::new();
    let lang = state.lang;

    Effect::new(move |_| {
        if inbox().with(Option::is_some) {
            if let Some(incoming) = inbox().try_update(Option::take).flatten() {
                dialog.open(state, incoming);
            }
        }
    });
    // The dialog is modal while anything is open in it.
    Effect::new(move |_| {
        let open = dialog.is_open();
        if let Some(element) = element.get() {
            if open && !element.open() {
                let _ = element.show_modal();
            } else if !open && element.open() {
                element.close();
            }
        }
    });
    let close = move || dialog.clear();
    let import = move |_| {
        let Some(session) = dialog.session.get_untracked() else { return };
        if session.summary.open == 0 && !dialog.consent.with_untracked(|c| c.closed || c.win_rate || c.avg_deal_size || c.cycle_days) {
            return;
        }
        remember(&session);
        let consent = dialog.consent.get_untracked();
        let today = session.context().today;
        // Close before the rows arrive: removing the dialog after hundreds of
        // new rows made the browser lay out the page twice.
        dialog.clear();
        state.draft.update(|s| apply(&session, s, consent, today));
    };

    view! {
        <dialog class="import-dialog" node_ref=element aria-labelledby="import-title" data-testid="import-dialog"
            on:cancel=move |ev: leptos::ev::Event| { ev.prevent_default(); close(); }
            on:close=move |_| if dialog.is_open() { close() }>
            <div class="import-head">
                <h2 id="import-title">{move || text::TITLE.get(lang.get())}</h2>
                <button type="button" class="link close-x" aria-label=move || text::CLOSE.get(lang.get()) on:click=move |_| close()>"✕"</button>
            </div>
            <Show when=move || dialog.loading.get()>
                <p class="import-loading" role="status">{move || text::READING_WORKBOOK.get(lang.get())}</p>
            </Show>
            {move || dialog.error.get().map(|message| view! {
                <p class="import-error" role="alert" data-testid="import-error">{message}</p>
                <div class="import-actions">
                    <button type="button" class="secondary" on:click=move |_| close()>{text::CLOSE.get(lang.get_untracked())}</button>
                </div>
            })}
            <Show when=move || dialog.session.with(Option::is_some)>
                <facts::ReadingChoices session=dialog.session
                    on_encoding=Callback::new(move |e| dialog.reread(state, Some(e), None))
                    on_delimiter=Callback::new(move |d| dialog.reread(state, None, Some(d)))
                    on_sheet=Callback::new(move |sheet| {
                        let name = dialog.session.with_untracked(|s| s.as_ref().map(|s| s.name.clone())).unwrap_or_default();
                        dialog.read_sheet(state, name, Some(sheet));
                    })/>
                <columns::ColumnChoices session=dialog.session/>
                <stages::StageChoices session=dialog.session consent=dialog.consent/>
                <history::HistoryChoices session=dialog.session consent=dialog.consent/>
                <preview::Preview session=dialog.session/>
                <ImportMode consent=dialog.consent/>
                <div class="import-actions">
                    <button type="button" class="primary" data-testid="import-confirm" on:click=import
                        disabled=move || dialog.session.with(|s| s.as_ref().is_none_or(|s| s.summary.open == 0))>
                        {move || text::import_label(dialog.session.with(|s| s.as_ref().map_or(0, |s| s.summary.open)), lang.get())}
                    </button>
                    <button type="button" class="secondary" data-testid="import-cancel" on:click=move |_| close()>
                        {move || text::CANCEL.get(lang.get())}
                    </button>
                </div>
            </Show>
        </dialog>
    }
}

/// Add the file's deals to the current ones, or replace them.
#[component]
fn ImportMode(consent: RwSignal<Consent>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let current = Memo::new(move |_| state.draft.with(|s| s.deals.len()));
    view! {
        <fieldset class="import-mode">
            <legend>{move || text::MODE_LEGEND.get(lang.get())}</legend>
            <label class="import-radio">
                <input type="radio" name="import-mode" value="add" data-testid="import-mode-add"
                    prop:checked=move || !consent.with(|c| c.replace) on:change=move |_| consent.update(|c| c.replace = false)/>
                {move || text::MODE_ADD.get(lang.get())}
            </label>
            <label class="import-radio">
                <input type="radio" name="import-mode" value="replace" data-testid="import-mode-replace"
                    prop:checked=move || consent.with(|c| c.replace) on:change=move |_| consent.update(|c| c.replace = true)/>
                {move || text::MODE_REPLACE.fill(lang.get(), &[("count", &current.get().to_string())])}
            </label>
        </fieldset>
    }
}
