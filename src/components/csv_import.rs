//! The CSV import dialog: choose where the file came from and which column
//! holds what, preview the rows as they will be read, then add or replace
//! the deals. Reading, mapping and checking live in `crate::csv_io`; this
//! component only shows their results and passes the chosen deals on.

use leptos::prelude::*;

use crate::app::AppState;
use crate::csv_io::{self, Field, PREVIEW_ROWS, Preset, RowOutcome, RowResult, Summary, Table};
use crate::explain::stage_label;
use crate::format::editable;
use crate::i18n::Lang;
use crate::model::scenario::{Deal, Stage};

/// How many more error lines (beyond the preview) are listed by number.
const MORE_ERROR_LINES: usize = 12;

/// The import dialog for the text of one CSV file.
#[component]
pub fn CsvImport(
    /// The file's text as read from disk.
    text: String,
    /// Called with the deals that are ready and whether they replace the
    /// current deals (`true`) or are added to them (`false`).
    on_import: Callback<(Vec<Deal>, bool)>,
    /// Called when the user closes the dialog without importing.
    on_cancel: Callback<()>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let table = csv_io::read_table(&text);
    let heading = NodeRef::<leptos::html::H2>::new();
    // Move the keyboard (and the screen reader) to the dialog when it opens.
    Effect::new(move |_| {
        if let Some(heading) = heading.get() {
            let _ = heading.focus();
        }
    });
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            on_cancel.run(());
        }
    };

    view! {
        <section class="card csv-import" role="dialog" aria-modal="false" aria-labelledby="csv-import-title"
            data-testid="csv-import" on:keydown=on_keydown>
            <h2 id="csv-import-title" tabindex="-1" node_ref=heading>
                {state.t("Importer avtaler fra CSV", "Import deals from CSV")}
            </h2>
            {match table {
                Ok(table) => view! { <ImportForm table on_import on_cancel/> }.into_any(),
                Err(error) => view! {
                    <p class="csv-file-error" role="alert" data-testid="csv-error">{move || error.message(lang.get_untracked())}</p>
                    <div class="csv-actions">
                        <button type="button" class="secondary" on:click=move |_| on_cancel.run(())>
                            {state.t("Lukk", "Close")}
                        </button>
                    </div>
                }
                .into_any(),
            }}
        </section>
    }
}

/// The choices, the preview and the buttons for a table that could be read.
#[component]
fn ImportForm(table: Table, on_import: Callback<(Vec<Deal>, bool)>, on_cancel: Callback<()>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let detected = csv_io::detect_preset(&table.headers);
    let preset = RwSignal::new(detected);
    let mapping = RwSignal::new(csv_io::guess_mapping(&table.headers, detected));
    let shape = (table.rows.len(), table.headers.len(), table.delimiter);
    let table = StoredValue::new(table);
    let stages = Memo::new(move |_| state.draft.with(|s| s.stages.clone()));
    let currency = Memo::new(move |_| state.draft.with(|s| s.currency.clone()));
    let current_deals = Memo::new(move |_| state.draft.with(|s| s.deals.len()));
    let outcomes: Memo<Vec<RowOutcome>> = Memo::new(move |_| {
        let mapping = mapping.get();
        let lang = lang.get_untracked();
        stages.with(|stages| table.with_value(|t| csv_io::rows_to_deals(t, &mapping, stages, lang)))
    });
    let summary = Memo::new(move |_| outcomes.with(|o| Summary::of(o)));
    let replace = RwSignal::new(false);

    let choose_preset = move |id: String| {
        if let Some(chosen) = Preset::from_id(&id) {
            preset.set(chosen);
            mapping.set(table.with_value(|t| csv_io::guess_mapping(&t.headers, chosen)));
        }
    };
    let import = move |_| {
        let deals = outcomes.with_untracked(|o| csv_io::ready_deals(o));
        if !deals.is_empty() {
            on_import.run((deals, replace.get_untracked()));
        }
    };

    let column_select = move |field: Field| {
        let id = format!("csv-map-{}", field.as_str());
        let l = lang.get_untracked();
        let options = table.with_value(|t| {
            (0..t.headers.len())
                .map(|i| {
                    let name = t.column_name(i, l);
                    let text = match t.example(i) {
                        Some(example) => format!("{name} ({} {example})", l.pick("f.eks.", "e.g.")),
                        None => name,
                    };
                    view! {
                        <option value=i.to_string() prop:selected=move || mapping.with(|m| m.get(field) == Some(i))>{text}</option>
                    }
                })
                .collect_view()
        });
        let none_text = if field.required() {
            l.pick("— velg kolonne —", "— choose a column —")
        } else {
            l.pick("— ingen —", "— none —")
        };
        view! {
            <div class="field" class:invalid=move || field.required() && mapping.with(|m| m.get(field).is_none())>
                <label for=id.clone()>
                    {field.label(l)}
                    {(!field.required()).then(|| view! { " " <span class="optional">{l.pick("(valgfri)", "(optional)")}</span> })}
                </label>
                <select id=id.clone() data-testid=id
                    on:change:target=move |ev| mapping.update(|m| m.set(field, ev.target().value().parse::<usize>().ok()))>
                    <option value="" prop:selected=move || mapping.with(|m| m.get(field).is_none())>{none_text}</option>
                    {options}
                </select>
            </div>
        }
    };

    let file_facts = move || {
        let (rows, columns, delimiter) = shape;
        let l = lang.get_untracked();
        let kind = match delimiter {
            ';' => l.pick("semikolonseparert", "semicolon-separated"),
            '\t' => l.pick("tabulatorseparert", "tab-separated"),
            _ => l.pick("kommaseparert", "comma-separated"),
        };
        let count = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        match l {
            Lang::Nb => format!("Filen har {} og {} ({kind}).", count(rows, "rad", "rader"), count(columns, "kolonne", "kolonner")),
            Lang::En => format!("The file has {} and {} ({kind}).", count(rows, "row", "rows"), count(columns, "column", "columns")),
        }
    };
    let missing = move || {
        let l = lang.get_untracked();
        let fields = mapping.with(|m| m.missing_required());
        (!fields.is_empty()).then(|| {
            let names = fields.iter().map(|f| f.label(l)).collect::<Vec<_>>().join(", ");
            format!("{} {names}.", l.pick("Velg hvilken kolonne som har:", "Choose the column that holds:"))
        })
    };
    let first_stage_note = move || {
        let l = lang.get_untracked();
        mapping.with(|m| m.stage.is_none()).then(|| {
            let first = stages.with(|s| s.first().map(|s| stage_label(s, l))).unwrap_or_default();
            match l {
                Lang::Nb => format!("Uten stegkolonne får alle avtalene det første steget («{first}»)."),
                Lang::En => format!("Without a stage column every deal gets the first stage (\"{first}\")."),
            }
        })
    };
    let more_rows = move || {
        let total = outcomes.with(Vec::len);
        let l = lang.get_untracked();
        (total > PREVIEW_ROWS).then(|| match l {
            Lang::Nb => format!("Viser de første {PREVIEW_ROWS} av {total} radene."),
            Lang::En => format!("Showing the first {PREVIEW_ROWS} of {total} rows."),
        })
    };
    let later_errors = move || {
        let l = lang.get_untracked();
        let lines: Vec<String> =
            outcomes.with(|o| o.iter().skip(PREVIEW_ROWS).filter(|r| !r.errors().is_empty()).map(|r| r.line.to_string()).collect());
        (!lines.is_empty()).then(|| {
            let mut shown = lines.iter().take(MORE_ERROR_LINES).cloned().collect::<Vec<_>>().join(", ");
            if lines.len() > MORE_ERROR_LINES {
                shown.push_str(", …");
            }
            match l {
                Lang::Nb => format!("Flere rader med feil lenger ned, på linje {shown}. De blir ikke importert."),
                Lang::En => format!("More rows with errors further down, on lines {shown}. They will not be imported."),
            }
        })
    };
    let import_label = move || {
        let n = summary.get().ready;
        match (lang.get_untracked(), n) {
            (Lang::Nb, 1) => "Importer 1 avtale".to_string(),
            (Lang::Nb, n) => format!("Importer {n} avtaler"),
            (Lang::En, 1) => "Import 1 deal".to_string(),
            (Lang::En, n) => format!("Import {n} deals"),
        }
    };
    let preview = move || {
        let l = lang.get_untracked();
        currency.with(|currency| {
            stages.with(|stages| {
                outcomes.with(|o| o.iter().take(PREVIEW_ROWS).map(|row| preview_row(row, stages, currency, l)).collect_view())
            })
        })
    };

    view! {
        <p class="csv-facts">{file_facts}</p>
        <div class="csv-choices">
            <div class="field">
                <label for="csv-preset">{state.t("Filen kommer fra", "The file comes from")}</label>
                <select id="csv-preset" data-testid="csv-preset" on:change:target=move |ev| choose_preset(ev.target().value())>
                    {Preset::ALL.into_iter().map(|p| view! {
                        <option value=p.as_str() prop:selected=move || preset.get() == p>{p.label(lang.get_untracked())}</option>
                    }).collect_view()}
                </select>
                <p class="field-help">{state.t(
                    "Gjettet ut fra kolonnenavnene. Bytter du, gjettes kolonnene under på nytt.",
                    "Guessed from the column names. Changing it guesses the columns below again.",
                )}</p>
            </div>
        </div>
        <fieldset class="csv-mapping">
            <legend>{state.t("Hvilken kolonne har hva?", "Which column holds what?")}</legend>
            <div class="csv-mapping-grid">
                {Field::ALL.into_iter().map(column_select).collect_view()}
            </div>
            <p class="field-message" role="alert">{missing}</p>
            <p class="field-help">{first_stage_note}</p>
        </fieldset>

        <p class="csv-summary" role="status" aria-live="polite" data-testid="csv-summary">
            {move || summary.get().text(lang.get_untracked())}
        </p>
        // Focusable so that keyboard users can scroll a wide preview.
        <div class="table-scroll" tabindex="0" role="region"
            aria-label=state.lang.get_untracked().pick("Forhåndsvisning av radene", "Preview of the rows")>
            <table class="csv-preview">
                <caption class="visually-hidden">{state.t(
                    "Forhåndsvisning: slik blir radene lest. Rader med feil eller lukkede avtaler blir ikke importert.",
                    "Preview: how the rows are read. Rows with errors and closed deals are not imported.",
                )}</caption>
                <thead>
                    <tr>
                        <th scope="col" class="csv-line">{state.t("Linje", "Line")}</th>
                        <th scope="col">{state.t("Navn", "Name")}</th>
                        <th scope="col" class="num">{state.t("Verdi", "Value")}</th>
                        <th scope="col">{state.t("Steg", "Stage")}</th>
                        <th scope="col" class="num">{state.t("Sannsynlighet", "Probability")}</th>
                        <th scope="col">{state.t("Beslutningsdato", "Decision date")}</th>
                    </tr>
                </thead>
                <tbody>{preview}</tbody>
            </table>
        </div>
        <p class="table-note">{more_rows}</p>
        <p class="table-note csv-later-errors">{later_errors}</p>

        <fieldset class="csv-mode">
            <legend>{state.t("Avtalene som finnes fra før", "The deals you already have")}</legend>
            <label class="csv-radio">
                <input type="radio" name="csv-import-mode" value="add" data-testid="csv-mode-add"
                    prop:checked=move || !replace.get() on:change=move |_| replace.set(false)/>
                {state.t("Legg til de nåværende avtalene", "Add to the current deals")}
            </label>
            <label class="csv-radio">
                <input type="radio" name="csv-import-mode" value="replace" data-testid="csv-mode-replace"
                    prop:checked=move || replace.get() on:change=move |_| replace.set(true)/>
                {move || {
                    let l = lang.get_untracked();
                    match l {
                        Lang::Nb => format!("Erstatt de nåværende avtalene ({} i dag)", current_deals.get()),
                        Lang::En => format!("Replace the current deals ({} now)", current_deals.get()),
                    }
                }}
            </label>
        </fieldset>

        <div class="csv-actions">
            <button type="button" class="primary" data-testid="csv-import-confirm"
                disabled=move || summary.get().ready == 0 on:click=import>
                {import_label}
            </button>
            <button type="button" class="secondary" data-testid="csv-import-cancel" on:click=move |_| on_cancel.run(())>
                {state.t("Avbryt", "Cancel")}
            </button>
        </div>
    }
}

/// An amount with the decimals it has (up to two), so the preview shows
/// exactly what was read: "650 000,5 kr" / "NOK 650,000.5".
fn amount_text(value: f64, currency: &str, lang: Lang) -> String {
    let amount = editable(value, 2, lang);
    match lang {
        Lang::Nb if currency == "NOK" => format!("{amount}\u{a0}kr"),
        Lang::Nb => format!("{amount}\u{a0}{currency}"),
        Lang::En => format!("{currency}\u{a0}{amount}"),
    }
}

/// A share as a percent with the decimals it needs: "12,5 %" / "12.5%".
fn percent_text(share: f64, lang: Lang) -> String {
    let number = editable(share * 100.0, 2, lang);
    match lang {
        Lang::Nb => format!("{number}\u{a0}%"),
        Lang::En => format!("{number}%"),
    }
}

/// One preview row: the deal as it will be imported, the row's errors, or
/// why it is skipped. Everything is plain text.
fn preview_row(outcome: &RowOutcome, stages: &[Stage], currency: &str, lang: Lang) -> AnyView {
    let line = outcome.line;
    match &outcome.result {
        RowResult::Deal(deal) => {
            let stage = stages.iter().find(|s| s.id == deal.stage);
            let stage_text = stage.map(|s| stage_label(s, lang)).unwrap_or_else(|| deal.stage.clone());
            let probability = match (deal.probability, stage) {
                (Some(p), _) => percent_text(p, lang),
                (None, Some(s)) => format!("{} {}", percent_text(s.probability, lang), lang.pick("(stegets)", "(stage's)")),
                (None, None) => String::new(),
            };
            let close_date = deal.close_date.map(|d| d.to_string()).unwrap_or_else(|| "—".to_string());
            view! {
                <tr data-testid="csv-row">
                    <td class="csv-line">{line}</td>
                    <td class="csv-name">{deal.name.clone()}</td>
                    <td class="num">{amount_text(deal.value, currency, lang)}</td>
                    <td>{stage_text}</td>
                    <td class="num">{probability}</td>
                    <td>{close_date}</td>
                </tr>
            }
            .into_any()
        }
        RowResult::Invalid(errors) => view! {
            <tr class="csv-row-error" data-testid="csv-row-error">
                <td class="csv-line">{line}</td>
                <td colspan="5">
                    <span class="visually-hidden">{lang.pick("Feil:", "Errors:")}</span>
                    <ul class="csv-errors">
                        {errors.iter().map(|e| view! { <li>{e.message(lang)}</li> }).collect_view()}
                    </ul>
                </td>
            </tr>
        }
        .into_any(),
        RowResult::Skipped(reason) => view! {
            <tr class="csv-row-skipped" data-testid="csv-row-skipped" data-reason=reason.as_str()>
                <td class="csv-line">{line}</td>
                <td colspan="5">{reason.message(lang)}</td>
            </tr>
        }
        .into_any(),
    }
}
