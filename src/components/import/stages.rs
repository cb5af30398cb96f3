//! Where each stage of the file goes: every distinct stage value with its
//! row count and the file's probability for it, the scenario stage (or won
//! or lost) it maps to and why; or the file's own stages instead.

use leptos::prelude::*;

use crate::app::AppState;
use crate::explain::stage_label;
use crate::format::percent;
use crate::import::apply::Consent;
use crate::import::session::Session;
use crate::import::stages::StageTarget;
use crate::text::import as text;

/// The stage step; shown when the file has a stage column.
#[component]
pub fn StageChoices(session: RwSignal<Option<Session>>, consent: RwSignal<Consent>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let values = Memo::new(move |_| session.with(|s| s.as_ref().map(|s| s.stages.clone()).unwrap_or_default()));
    let file_stages = Memo::new(move |_| session.with(|s| s.as_ref().and_then(|s| s.file_stages.clone())));
    let use_file = Memo::new(move |_| session.with(|s| s.as_ref().is_some_and(|s| s.use_file_stages)));
    let scenario_stages = Memo::new(move |_| session.with(|s| s.as_ref().map(|s| s.context().stages.clone()).unwrap_or_default()));

    let row = move |index: usize| {
        let value = move || values.with(|v| v.get(index).cloned());
        let id = format!("import-stage-{index}");
        let name = move || {
            let l = lang.get_untracked();
            value().map(|v| if v.text.is_empty() { text::STAGE_BLANK.get(l).to_string() } else { v.text }).unwrap_or_default()
        };
        let options = move || {
            let l = lang.get_untracked();
            let current = value().map(|v| v.target).unwrap_or(StageTarget::Won);
            let mut options: Vec<(String, String)> = if use_file.get() {
                vec![(StageTarget::id(&StageTarget::Stage(String::new())), text::TARGET_OWN.get(l).to_string())]
            } else {
                scenario_stages.get().iter().map(|s| (StageTarget::id(&StageTarget::Stage(s.id.clone())), stage_label(s, l))).collect()
            };
            options.push((StageTarget::id(&StageTarget::Won), text::TARGET_WON.get(l).to_string()));
            options.push((StageTarget::id(&StageTarget::Lost), text::TARGET_LOST.get(l).to_string()));
            let selected = match (&current, use_file.get()) {
                (StageTarget::Stage(_), true) => StageTarget::id(&StageTarget::Stage(String::new())),
                (target, _) => target.id(),
            };
            options
                .into_iter()
                .map(|(value, label)| {
                    let is_selected = value == selected;
                    view! { <option value=value selected=is_selected>{label}</option> }
                })
                .collect_view()
        };
        let choose = move |chosen: String| {
            let Some(key) = value().map(|v| v.key) else { return };
            let target = match StageTarget::from_id(&chosen) {
                // In the file's own stages, "its own stage" keeps the guess
                // for the scenario's stages, which counts as open.
                Some(StageTarget::Stage(id)) if id.is_empty() => value().and_then(|v| match v.target {
                    StageTarget::Stage(id) => Some(StageTarget::Stage(id)),
                    _ => scenario_stages.with_untracked(|s| s.first().map(|s| StageTarget::Stage(s.id.clone()))),
                }),
                other => other,
            };
            if let Some(target) = target {
                session.update(|s| {
                    if let Some(s) = s {
                        s.set_stage_target(&key, target)
                    }
                });
            }
        };
        let facts = move || {
            let l = lang.get_untracked();
            value()
                .map(|v| {
                    let rows = crate::text::count(l, v.rows, text::ROW, text::ROWS);
                    match v.probability {
                        Some(p) => format!("{rows} · {}", percent(p, l)),
                        None => rows,
                    }
                })
                .unwrap_or_default()
        };
        view! {
            <tr data-testid="import-stage-row">
                <th scope="row">
                    <label for=id.clone()>{name}</label>
                    <span class="import-basis" data-testid="import-stage-facts">{facts}</span>
                </th>
                <td>
                    <select id=id.clone() data-testid=id on:change:target=move |ev| choose(ev.target().value())>{options}</select>
                    <span class="import-how">{move || value().map(|v| text::stage_how(v.how, lang.get_untracked())).unwrap_or_default()}</span>
                </td>
            </tr>
        }
    };
    let file_summary = move || {
        let l = lang.get();
        file_stages.get().map(|f| {
            let mature = f.stages.iter().find(|s| s.id == f.maturity_stage).map(|s| stage_label(s, l)).unwrap_or_default();
            let mut lines = vec![text::FILE_STAGES_SUMMARY.fill(l, &[("count", &f.stages.len().to_string()), ("stage", &mature)])];
            if !f.assumed.is_empty() {
                let names: Vec<String> = f
                    .stages
                    .iter()
                    .filter(|s| f.ids.iter().any(|(key, id)| id == &s.id && f.assumed.contains(key)))
                    .map(|s| format!("«{}»", stage_label(s, l)))
                    .collect();
                lines.push(text::FILE_STAGES_ASSUMED.fill(l, &[("stages", &names.join(", "))]));
            }
            if !consent.with(|c| c.replace) && state.draft.with(|s| !s.deals.is_empty()) {
                lines.push(text::FILE_STAGES_RESTAGE.get(l).to_string());
            }
            lines.into_iter().map(|line| view! { <p class="field-help">{line}</p> }).collect_view()
        })
    };

    view! {
        <Show when=move || values.with(|v| !v.is_empty())>
            <fieldset class="import-stages">
                <legend>{move || text::STAGES_LEGEND.get(lang.get())}</legend>
                <div class="table-scroll" tabindex="0" role="region" aria-label=move || text::STAGES_LEGEND.get(lang.get())>
                    <table class="import-table">
                        <thead>
                            <tr>
                                <th scope="col">{move || text::STAGE_IN_FILE.get(lang.get())}</th>
                                <th scope="col">{move || text::STAGE_BECOMES.get(lang.get())}</th>
                            </tr>
                        </thead>
                        <tbody>
                            <For each=move || 0..values.with(Vec::len) key=|i| *i let:index>
                                {row(index)}
                            </For>
                        </tbody>
                    </table>
                </div>
                <label class="checkbox">
                    <input type="checkbox" data-testid="import-file-stages" prop:checked=move || use_file.get()
                        on:change:target=move |ev| {
                            let on = ev.target().checked();
                            session.update(|s| if let Some(s) = s { s.set_use_file_stages(on) });
                        }/>
                    {move || text::USE_FILE_STAGES.get(lang.get())}
                </label>
                {file_summary}
            </fieldset>
        </Show>
    }
}
