//! Labelled inputs that read what people type in their language, show how a
//! value was read, and report problems next to the field. They edit the
//! draft scenario through a callback and never hold business rules.
//! Language is read untracked: the page is rendered afresh when it changes,
//! and thousands of table fields depending on it would slow every update.

use leptos::prelude::*;

use crate::app::AppState;
use crate::format::editable;
use crate::i18n::Lang;
use crate::model::Date;
use crate::parse::{ParseError, parse_number};
use crate::text::Text;
use crate::text::inputs;

/// How a number is shown in its input and stored in the scenario.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum NumberKind {
    /// An amount of money (up to two decimals in the input).
    Money,
    /// A plain quantity with up to this many decimals.
    Quantity(usize),
    /// A share 0..1, typed and shown as a percent.
    Percent,
}

impl NumberKind {
    fn to_shown(self, stored: f64) -> f64 {
        match self {
            NumberKind::Percent => stored * 100.0,
            _ => stored,
        }
    }

    fn to_stored(self, shown: f64) -> f64 {
        match self {
            NumberKind::Percent => shown / 100.0,
            _ => shown,
        }
    }

    fn decimals(self) -> usize {
        match self {
            NumberKind::Money => 2,
            NumberKind::Quantity(decimals) => decimals,
            NumberKind::Percent => 2,
        }
    }

    fn input_mode(self) -> &'static str {
        match self {
            NumberKind::Quantity(0) => "numeric",
            _ => "decimal",
        }
    }
}

/// `aria-describedby` for a field: its message (when shown) and its help.
fn described_by(message_id: &str, has_message: bool, help_id: &str, has_help: bool) -> Option<String> {
    match (has_message, has_help) {
        (true, true) => Some(format!("{message_id} {help_id}")),
        (true, false) => Some(message_id.to_string()),
        (false, true) => Some(help_id.to_string()),
        (false, false) => None,
    }
}

/// A DOM id derived from a field path such as `deals[3].value`.
pub fn field_id(path: &str) -> String {
    let mut id = String::from("f-");
    id.extend(path.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }));
    id
}

/// A number input. Empty text means "not set" when `optional`, otherwise
/// it is an error; text that is not a number is an error shown inline, and
/// the draft keeps its last value, so results stay as they were.
#[component]
pub fn NumberField(
    /// The visible label.
    label: Text,
    /// Path of the field in the scenario document, e.g. `team.sellers`.
    #[prop(into)]
    path: String,
    /// How the value is shown and stored.
    kind: NumberKind,
    /// The value in the draft (`None` = not set).
    #[prop(into)]
    value: Signal<Option<f64>>,
    /// Stores a new value in the draft.
    on_change: Callback<Option<f64>>,
    /// Whether the field may be left empty.
    #[prop(optional)]
    optional: bool,
    /// What the field means and where its default comes from.
    #[prop(optional)]
    help: Option<Text>,
    /// Unit shown after the input, e.g. "%".
    #[prop(optional)]
    unit: Option<Text>,
    /// A line under the help, e.g. the default value.
    #[prop(optional, into)]
    note: Option<Signal<String>>,
    /// Shown in the empty input, e.g. the value used when it is left empty.
    #[prop(optional, into)]
    placeholder: Option<Signal<String>>,
    /// In a table: the column header is the visible label; this names the
    /// input for assistive technology.
    #[prop(optional, into)]
    table_label: Option<Signal<String>>,
    /// `data-testid` of the input.
    #[prop(optional)]
    test_id: Option<&'static str>,
    /// Leaves room for a line saying where the value came from, when a
    /// file gave it; `components::source_mark` writes it.
    #[prop(optional)]
    source_slot: bool,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = field_id(&path);
    let path = StoredValue::new(path);
    let show = move |stored: Option<f64>, lang: Lang| stored.map(|v| editable(kind.to_shown(v), kind.decimals(), lang)).unwrap_or_default();
    // A keystroke's text is asked for three times (the input, its "read as"
    // line, the check that the value still matches the text): read it once.
    let last_read = StoredValue::new_local(None::<(String, Lang, Result<Option<f64>, ParseError>)>);
    let read = move |text: &str, lang: Lang| -> Result<Option<f64>, ParseError> {
        let known = last_read.with_value(|last| last.as_ref().filter(|(t, l, _)| t == text && *l == lang).map(|(_, _, outcome)| *outcome));
        if let Some(known) = known {
            return known;
        }
        let outcome = match parse_number(text, lang) {
            Ok(shown) => Ok(Some(kind.to_stored(shown))),
            Err(ParseError::Empty) if optional => Ok(None),
            Err(error) => Err(error),
        };
        last_read.set_value(Some((text.to_string(), lang, outcome)));
        outcome
    };
    let text = RwSignal::new(show(value.get_untracked(), state.lang.get_untracked()));
    // What the page writes into the input. Typing changes `text` only: a
    // keystroke is not written back into the field it came from.
    let written = RwSignal::new(text.get_untracked());
    let write = move |shown: String| {
        text.set(shown.clone());
        written.set(shown);
    };
    let read_error = RwSignal::new(None::<ParseError>);

    // Follow changes made elsewhere (a loaded scenario, an undo),
    // but never rewrite text that already means the current value.
    Effect::new(move |_| {
        let current = value.get();
        let lang = state.lang.get_untracked();
        if text.with_untracked(|t| read(t, lang)) != Ok(current) {
            write(show(current, lang));
            read_error.set(None);
            path.with_value(|p| state.set_unreadable(p, false));
        }
    });

    let on_input = move |raw: String| {
        let lang = state.lang.get_untracked();
        let outcome = read(&raw, lang);
        text.set(raw);
        match outcome {
            Ok(parsed) => {
                // Only a change is announced: the field's message, styling and
                // description all follow this signal.
                if read_error.with_untracked(Option::is_some) {
                    read_error.set(None);
                }
                path.with_value(|p| state.set_unreadable(p, false));
                if parsed != value.get_untracked() {
                    on_change.run(parsed);
                }
            }
            Err(error) => {
                read_error.set(Some(error));
                path.with_value(|p| state.set_unreadable(p, true));
            }
        }
    };
    let tidy = move || {
        if read_error.get_untracked().is_none() {
            write(show(value.get_untracked(), state.lang.get_untracked()));
        }
    };
    let message = move || match read_error.get() {
        Some(error) => Some(error.message(state.lang.get_untracked()).to_string()),
        None => path.with_value(|p| state.problem_at(p)),
    };
    // "Read as …" when the typed text is not already the canonical form.
    let read_as = move || {
        let lang = state.lang.get_untracked();
        let typed = text.get();
        let Ok(Some(stored)) = read(&typed, lang) else { return None };
        let canonical = show(Some(stored), lang);
        (canonical != typed.trim()).then(|| {
            let unit = unit.map(|u| format!("\u{a0}{}", u.get(lang))).unwrap_or_default();
            format!("{} {canonical}{unit}", inputs::READ_AS.get(lang))
        })
    };
    let message_id = format!("{id}-msg");
    let describe = {
        let (message_id, help_id) = (message_id.clone(), format!("{id}-help"));
        move || described_by(&message_id, message().is_some(), &help_id, help.is_some())
    };
    let compact = table_label.is_some();

    view! {
        <div class="field" class:compact=compact class:invalid=move || message().is_some()>
            {(!compact).then(|| view! {
                <label for=id.clone()>{state.text(label)}</label>
            })}
            // A plain block around the row: the row (`.input-wrap` in
            // style/main.css) is laid out on its own, which a flex item cannot be.
            <div class="input-line">
                <div class="input-wrap">
                    <input
                        id=id.clone()
                        type="text"
                        inputmode=kind.input_mode()
                        autocomplete="off"
                        spellcheck="false"
                        data-testid=test_id
                        aria-label=move || table_label.map(|l| l.get())
                        aria-invalid=move || message().is_some().then_some("true")
                        aria-describedby=describe
                        placeholder=move || placeholder.map(|p| p.get())
                        prop:value=move || written.get()
                        on:input:target=move |ev| on_input(ev.target().value())
                        on:change=move |_| tidy()
                    />
                    {unit.map(|u| view! { <span class="unit" aria-hidden="true">{state.text(u)}</span> })}
                </div>
            </div>
            <p class="read-as" aria-live="polite">{read_as}</p>
            {source_slot.then(|| view! { <p class="field-source" id=format!("{id}-source") data-testid=format!("{id}-source")></p> })}
            <p class="field-message" id=message_id role="alert">{message}</p>
            {help.map(|h| view! {
                <p class="field-help" id=format!("{id}-help")>
                    {state.text(h)}
                    {note.map(|n| view! { " " <span class="field-default">{move || n.get()}</span> })}
                </p>
            })}
        </div>
    }
}

/// A date input (`YYYY-MM-DD` underneath; the browser shows it in the
/// user's format).
#[component]
pub fn DateField(
    /// The visible label.
    label: Text,
    /// Path of the field in the scenario document.
    #[prop(into)]
    path: String,
    /// The date in the draft (`None` = not set).
    #[prop(into)]
    value: Signal<Option<Date>>,
    /// Stores a new date in the draft.
    on_change: Callback<Option<Date>>,
    /// Whether the field may be left empty.
    #[prop(optional)]
    optional: bool,
    /// What the field means.
    #[prop(optional)]
    help: Option<Text>,
    /// In a table: names the input for assistive technology.
    #[prop(optional, into)]
    table_label: Option<Signal<String>>,
    /// `data-testid` of the input.
    #[prop(optional)]
    test_id: Option<&'static str>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = field_id(&path);
    let path = StoredValue::new(path);
    let missing = RwSignal::new(false);
    let on_input = move |raw: String| {
        let parsed = Date::parse(raw.trim());
        let empty = raw.trim().is_empty();
        let unreadable = (empty && !optional) || (!empty && parsed.is_none());
        missing.set(unreadable);
        path.with_value(|p| state.set_unreadable(p, unreadable));
        if !unreadable && parsed != value.get_untracked() {
            on_change.run(parsed);
        }
    };
    let message = move || {
        if missing.get() {
            return Some(state.text(inputs::INVALID_DATE).to_string());
        }
        path.with_value(|p| state.problem_at(p))
    };
    let message_id = format!("{id}-msg");
    let help_id = format!("{id}-help");
    let compact = table_label.is_some();
    view! {
        <div class="field" class:compact=compact class:invalid=move || message().is_some()>
            {(!compact).then(|| view! {
                <label for=id.clone()>{state.text(label)}</label>
            })}
            <input
                id=id.clone()
                type="date"
                data-testid=test_id
                aria-label=move || table_label.map(|l| l.get())
                aria-invalid=move || message().is_some().then_some("true")
                aria-describedby={
                    let (message_id, help_id) = (message_id.clone(), help_id.clone());
                    move || described_by(&message_id, message().is_some(), &help_id, help.is_some())
                }
                prop:value=move || value.get().map(|d| d.to_string()).unwrap_or_default()
                on:change:target=move |ev| on_input(ev.target().value())
            />
            <p class="field-message" id=message_id role="alert">{message}</p>
            {help.map(|h| view! { <p class="field-help" id=help_id.clone()>{state.text(h)}</p> })}
        </div>
    }
}

/// A one-line text input (names, codes).
#[component]
pub fn TextField(
    /// The visible label.
    label: Text,
    /// Path of the field in the scenario document.
    #[prop(into)]
    path: String,
    /// The text in the draft.
    #[prop(into)]
    value: Signal<String>,
    /// Stores new text in the draft.
    on_change: Callback<String>,
    /// Longest text accepted by the input.
    #[prop(optional)]
    max_length: Option<usize>,
    /// What the field means.
    #[prop(optional)]
    help: Option<Text>,
    /// In a table: names the input for assistive technology.
    #[prop(optional, into)]
    table_label: Option<Signal<String>>,
    /// `data-testid` of the input.
    #[prop(optional)]
    test_id: Option<&'static str>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = field_id(&path);
    let path = StoredValue::new(path);
    let message = move || path.with_value(|p| state.problem_at(p));
    let message_id = format!("{id}-msg");
    let help_id = format!("{id}-help");
    let compact = table_label.is_some();
    view! {
        <div class="field" class:compact=compact class:invalid=move || message().is_some()>
            {(!compact).then(|| view! {
                <label for=id.clone()>{state.text(label)}</label>
            })}
            <input
                id=id.clone()
                type="text"
                autocomplete="off"
                maxlength=max_length
                data-testid=test_id
                aria-label=move || table_label.map(|l| l.get())
                aria-invalid=move || message().is_some().then_some("true")
                aria-describedby={
                    let (message_id, help_id) = (message_id.clone(), help_id.clone());
                    move || described_by(&message_id, message().is_some(), &help_id, help.is_some())
                }
                prop:value=move || value.get()
                on:input:target=move |ev| {
                    let text = ev.target().value();
                    if text != value.get_untracked() {
                        on_change.run(text);
                    }
                }
            />
            <p class="field-message" id=message_id role="alert">{message}</p>
            {help.map(|h| view! { <p class="field-help" id=help_id.clone()>{state.text(h)}</p> })}
        </div>
    }
}
