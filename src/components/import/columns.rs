//! Which column holds what: one select per field, with the guess marked
//! where it came from the cells or from the last file of this shape.

use leptos::prelude::*;

use crate::app::AppState;
use crate::import::field::Field;
use crate::import::session::Session;
use crate::text::import as text;

/// The column of each field.
#[component]
pub fn ColumnChoices(session: RwSignal<Option<Session>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    // The options change only with the table (a new reading), not with choices.
    let options = Memo::new(move |_| {
        let l = lang.get();
        session.with(|s| {
            s.as_ref()
                .map(|s| {
                    (0..s.table.width())
                        .map(|c| {
                            let name = text::column_name(s.table.header(c), c, s.table.occurrence(c), l);
                            match s.table.example(c) {
                                Some(example) => format!("{name} ({} {example})", text::EXAMPLE.get(l)),
                                None => name,
                            }
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let mapping = Memo::new(move |_| session.with(|s| s.as_ref().map(|s| s.mapping).unwrap_or_default()));
    let missing = move || {
        let l = lang.get();
        let fields = mapping.with(|m| m.missing_required());
        (!fields.is_empty()).then(|| {
            let names = fields.iter().map(|f| text::field(*f).get(l)).collect::<Vec<_>>().join(", ");
            text::MISSING_COLUMNS.fill(l, &[("fields", &names)])
        })
    };
    let no_stage_note = move || {
        let l = lang.get();
        mapping.with(|m| m.get(Field::Stage).is_none()).then(|| {
            let first = state.draft.with_untracked(|s| s.stages.first().map(|st| crate::explain::stage_label(st, l))).unwrap_or_default();
            text::NO_STAGE_COLUMN.fill(l, &[("stage", &first)])
        })
    };
    let select = move |field: Field| {
        let id = format!("import-map-{}", field.as_str());
        let mark_id = format!("{id}-mark");
        let l = lang.get_untracked();
        let mark = move || mapping.with(|m| m.how(field).and_then(text::column_how)).map(|t| t.get(lang.get()));
        let column = Memo::new(move |_| mapping.with(|m| m.get(field)));
        view! {
            <div class="field compact" class:invalid=move || field.required() && mapping.with(|m| m.get(field).is_none())
                class:guessed=move || mark().is_some()>
                <label for=id.clone()>
                    {text::field(field).get(l)}
                    {(!field.required()).then(|| view! { " " <span class="optional">{text::OPTIONAL.get(l)}</span> })}
                </label>
                <select id=id.clone() data-testid=id.clone() aria-describedby=mark_id.clone()
                    on:change:target=move |ev| {
                        let column = ev.target().value().parse::<usize>().ok();
                        session.update(|s| if let Some(s) = s { s.set_column(field, column) });
                    }>
                    // Drawn again when this field's column changes: a wide
                    // file has hundreds of options per field, and one
                    // reactive mark per option made the dialog slow to open.
                    {move || {
                        let chosen = column.get();
                        let none = if field.required() { text::CHOOSE_COLUMN.get(l) } else { text::NO_COLUMN.get(l) };
                        let columns = options.with(|names| {
                            names.iter().enumerate().map(|(c, name)| view! {
                                <option value=c.to_string() selected=chosen == Some(c)>{name.clone()}</option>
                            }).collect_view()
                        });
                        view! { <option value="" selected=chosen.is_none()>{none}</option> {columns} }
                    }}
                </select>
                <p class="import-mark" id=mark_id data-testid=format!("{id}-mark")>{mark}</p>
            </div>
        }
    };

    view! {
        <fieldset class="import-columns">
            <legend>{move || text::COLUMNS_LEGEND.get(lang.get())}</legend>
            <div class="import-columns-grid">
                {Field::ALL.into_iter().map(select).collect_view()}
            </div>
            <p class="field-message" role="alert">{missing}</p>
            <p class="field-help">{no_stage_note}</p>
        </fieldset>
    }
}
