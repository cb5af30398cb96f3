//! Every assumption of the model: closing, pushing, prospecting, coverage,
//! and the sales stages. Part of the second wasm module.

use leptos::prelude::*;

use super::fields::{NumberField, NumberKind, Text, TextField};
use super::source_mark::follow_source;
use crate::app::AppState;
use crate::explain::stage_label;
use crate::format::{decimal, editable, money, percent};
use crate::import::apply::{AVG_DEAL_SIZE_PATH, CYCLE_DAYS_PATH, WIN_RATE_PATH};
use crate::model::scenario::{Closing, DEFAULT_COVERAGE_GOAL, Prospecting, Scenario, Stage};

/// The model's assumptions, each with what it means and where its default comes from.
#[component]
pub fn AssumptionFields() -> impl IntoView {
    let state = expect_context::<AppState>();
    let draft = state.draft;
    let lang = state.lang;
    let closing_default = Closing::default();
    let prospecting_default = Prospecting::default();

    // A value read from the draft, and a setter for a required number.
    let get = move |f: fn(&Scenario) -> f64| state.from_draft.pick(move || draft.with(|s| Some(f(s))));
    let set = move |f: fn(&mut Scenario, f64)| {
        Callback::new(move |v: Option<f64>| {
            if let Some(v) = v {
                draft.update(|s| f(s, v));
            }
        })
    };
    let default_share = move |share: f64| {
        Signal::derive(move || format!("{} {}", lang.get_untracked().pick("Standard:", "Default:"), percent(share, lang.get_untracked())))
    };
    let default_hours = move |hours: f64| {
        Signal::derive(move || {
            let l = lang.get_untracked();
            format!("{} {} {}", l.pick("Standard:", "Default:"), decimal(hours, 0, l), l.pick("t", "h"))
        })
    };
    follow_source(state, WIN_RATE_PATH, |s| Some(s.prospecting.win_rate));
    follow_source(state, AVG_DEAL_SIZE_PATH, |s| s.prospecting.avg_deal_size);
    follow_source(state, CYCLE_DAYS_PATH, |s| Some(s.prospecting.cycle_days));
    let number_note = move |value: f64, unit: Text| {
        Signal::derive(move || {
            let l = lang.get_untracked();
            format!("{} {} {}", l.pick("Standard:", "Default:"), editable(value, 2, l), l.pick(unit.0, unit.1))
        })
    };
    view! {
        <p class="assumptions-intro">
            {state.t(
                "Standardverdiene er bevisst moderate. Push-kostnadene er mildere enn det en studie av salg ved kvartalsslutt målte (InsideSales-data omtalt i Harvard Business Review, 2017: rundt 51 % lavere vinnrate og 34,5 % mindre avtaler). Trakttallene er typiske for B2B i mellomstore markeder – bytt dem ut med teamets egne.",
                "The defaults are deliberately moderate. The push costs are milder than what a study of end-of-quarter selling measured (InsideSales data reported in Harvard Business Review, 2017: about 51% lower win rates and 34.5% smaller deals). The funnel figures are typical mid-market B2B values – replace them with the team's own.",
            )}
        </p>

        <fieldset>
            <legend>{state.t("Sluttføre og presse", "Closing and pushing")}</legend>
            <div class="field-grid">
                <NumberField label=("Timer for å sluttføre én moden avtale", "Hours to land one mature deal")
                    path="closing.hours_per_deal" kind=NumberKind::Quantity(1) unit=("t", "h")
                    help=("Arbeidet som gjenstår for å lande en moden avtale skikkelig.", "The work left to land a mature deal properly.")
                    note=default_hours(closing_default.hours_per_deal)
                    value=get(|s| s.closing.hours_per_deal) on_change=set(|s, v| s.closing.hours_per_deal = v)/>
                <NumberField label=("Timer for å presse én umoden avtale", "Hours to push one immature deal")
                    path="closing.push_hours_per_deal" kind=NumberKind::Quantity(1) unit=("t", "h")
                    help=("Innsatsen det krever å få en umoden avtale signert nå.", "The effort it takes to get an immature deal signed now.")
                    note=default_hours(closing_default.push_hours_per_deal)
                    value=get(|s| s.closing.push_hours_per_deal) on_change=set(|s, v| s.closing.push_hours_per_deal = v)/>
                <NumberField label=("Ekstra rabatt på pressede avtaler", "Extra discount on pushed deals")
                    path="closing.push_discount" kind=NumberKind::Percent unit=("%", "%")
                    help=("d: rabatten en presset avtale lukkes med. Studien målte 34,5 % mindre avtaler.", "d: the discount a pushed deal closes at. The study measured 34.5% smaller deals.")
                    note=default_share(closing_default.push_discount)
                    value=get(|s| s.closing.push_discount) on_change=set(|s, v| s.closing.push_discount = v)/>
                <NumberField label=("Lavere vinnsjanse når man presser", "Lower win chance when pushed")
                    path="closing.push_win_penalty" kind=NumberKind::Percent unit=("%", "%")
                    help=("k: relativt fall i vinnsjansen for en presset avtale. Studien målte rundt 51 %.", "k: relative drop in a pushed deal's win chance. The study measured about 51%.")
                    note=default_share(closing_default.push_win_penalty)
                    value=get(|s| s.closing.push_win_penalty) on_change=set(|s, v| s.closing.push_win_penalty = v)/>
                <NumberField label=("Tap når en moden avtale glir", "Loss when a mature deal slips")
                    path="closing.slip_decay" kind=NumberKind::Percent unit=("%", "%")
                    help=("σ: relativt fall i vinnsjansen for en moden avtale som ikke blir fulgt opp og glir til neste periode.", "σ: relative drop in the win chance of a mature deal left unworked that slips to next period.")
                    note=default_share(closing_default.slip_decay)
                    value=get(|s| s.closing.slip_decay) on_change=set(|s, v| s.closing.slip_decay = v)/>
            </div>
        </fieldset>

        <fieldset>
            <legend>{state.t("Prospektering", "Prospecting")}</legend>
            <div class="field-grid">
                <NumberField label=("Timer per første kundemøte", "Hours per first customer meeting")
                    path="prospecting.hours_per_meeting" kind=NumberKind::Quantity(1) unit=("t", "h")
                    help=("Samtaler, e-post og selve møtet, samlet per avholdt møte.", "Calls, e-mail and the meeting itself, per meeting held.")
                    note=default_hours(prospecting_default.hours_per_meeting)
                    value=get(|s| s.prospecting.hours_per_meeting) on_change=set(|s, v| s.prospecting.hours_per_meeting = v)/>
                <NumberField label=("Møter som blir salgsmuligheter", "Meetings that become opportunities")
                    path="prospecting.meeting_to_opportunity" kind=NumberKind::Percent unit=("%", "%")
                    help=("q: andelen første møter som gir en reell salgsmulighet.", "q: share of first meetings that turn into a real opportunity.")
                    note=default_share(prospecting_default.meeting_to_opportunity)
                    value=get(|s| s.prospecting.meeting_to_opportunity) on_change=set(|s, v| s.prospecting.meeting_to_opportunity = v)/>
                <NumberField label=("Vinnrate for nye muligheter", "Win rate of new opportunities")
                    path="prospecting.win_rate" kind=NumberKind::Percent unit=("%", "%")
                    help=("w: andelen nye salgsmuligheter som blir vunnet.", "w: share of new opportunities that are won.")
                    note=default_share(prospecting_default.win_rate)
                    source_slot=true
                    value=get(|s| s.prospecting.win_rate) on_change=set(|s, v| s.prospecting.win_rate = v)/>
                <NumberField label=("Snittstørrelse på nye avtaler", "Average size of a new deal")
                    path="prospecting.avg_deal_size" kind=NumberKind::Money optional=true
                    help=("A: tom = snittet av de åpne avtalene.", "A: empty = the mean value of the open deals.")
                    placeholder=state.from_answer.pick(move || state.evaluation.with(|e| e.derived.avg_deal_size.map(|a| editable(a, 0, lang.get_untracked())).unwrap_or_default()))
                    source_slot=true
                    value=state.from_draft.pick(move || draft.with(|s| s.prospecting.avg_deal_size))
                    on_change=Callback::new(move |v| draft.update(|s| s.prospecting.avg_deal_size = v))/>
                <NumberField label=("Salgssyklus", "Sales cycle")
                    path="prospecting.cycle_days" kind=NumberKind::Quantity(0) unit=("dager", "days")
                    help=("L: dager fra første møte til vunnet avtale.", "L: days from a first meeting to a won deal.")
                    note=number_note(prospecting_default.cycle_days, ("dager", "days"))
                    source_slot=true
                    value=get(|s| s.prospecting.cycle_days) on_change=set(|s, v| s.prospecting.cycle_days = v)/>
                <NumberField label=("Kjøpere som er klare nå", "Buyers ready to act now")
                    path="prospecting.ready_now_share" kind=NumberKind::Percent unit=("%", "%")
                    help=("r: andelen nye salg fra kjøpere som er klare nå og lukker i denne perioden.", "r: share of new wins from buyers ready now, who close this period.")
                    note=default_share(prospecting_default.ready_now_share)
                    value=get(|s| s.prospecting.ready_now_share) on_change=set(|s, v| s.prospecting.ready_now_share = v)/>
                <NumberField label=("Ønsket pipelinedekning neste periode", "Pipeline coverage wanted for next period")
                    path="coverage_goal" kind=NumberKind::Quantity(2) unit=("×", "×")
                    help=("Hvor mange ganger neste periodes mål pipelinen bør være.", "How many times next period's target the pipeline should hold.")
                    note=number_note(DEFAULT_COVERAGE_GOAL, ("×", "×"))
                    value=get(|s| s.coverage_goal) on_change=set(|s, v| s.coverage_goal = v)/>
            </div>
        </fieldset>

        <StagesEditor/>
        <p class="assumptions-derived">
            {
                let used = state.from_answer.pick(move || {
                    let l = lang.get_untracked();
                    state.scenario.with(|s| state.evaluation.with(|e| match e.derived.avg_deal_size {
                        Some(a) => format!("{} {}", l.pick("Snittstørrelse brukt i beregningen:", "Average deal size used:"), money(a, &s.currency, l)),
                        None => l.pick("Snittstørrelse: ikke tilgjengelig uten åpne avtaler.", "Average deal size: not available without open deals.").to_string(),
                    }))
                });
                move || used.get()
            }
        </p>
    }
}

/// The sales stages in order, their win probabilities, and the first mature stage.
#[component]
fn StagesEditor() -> impl IntoView {
    let state = expect_context::<AppState>();
    let draft = state.draft;
    let lang = state.lang;
    // Rows read the stages signal, set only when the stages change, not the draft.
    let stages = state.stages;
    let count = move || stages.with(Vec::len);
    let stage = move |i: usize| stages.with(|list| list.get(i).cloned());
    // Which stages have deals: worked out once per edit, not once per row.
    let used = state.from_draft.pick(move || draft.with(stages_in_use));
    let in_use = move |i: usize| used.with(|used| used.get(i).copied().unwrap_or(false));
    let maturity_stage = state.from_draft.pick(move || draft.with(|s| s.maturity_stage.clone()));
    let move_stage = move |i: usize, up: bool| {
        draft.update(|s| {
            let j = if up { i.checked_sub(1) } else { Some(i + 1).filter(|&j| j < s.stages.len()) };
            if let Some(j) = j {
                s.stages.swap(i, j);
            }
        })
    };
    let add_stage = move |_| {
        draft.update(|s| {
            let mut n = s.stages.len() + 1;
            while s.stages.iter().any(|st| st.id == format!("stage-{n}")) {
                n += 1;
            }
            s.stages.push(Stage { id: format!("stage-{n}"), label: None, probability: 0.5 });
        })
    };
    let name_of = move |i: usize| stage(i).map(|st| stage_label(&st, lang.get_untracked())).unwrap_or_default();

    view! {
        <fieldset class="stages">
            <legend>{state.t("Salgssteg", "Sales stages")}</legend>
            <div class="table-scroll">
            <table class="stage-table">
                <thead>
                    <tr>
                        <th scope="col" id="stage-col-label">{state.t("Steg", "Stage")}</th>
                        <th scope="col" id="stage-col-prob">{state.t("Vinnsjanse", "Win probability")}</th>
                        <th scope="col">{state.t("Rekkefølge", "Order")}</th>
                    </tr>
                </thead>
                <tbody>
                    <For each=move || 0..count() key=|i| *i let:i>
                        <tr>
                            <td>
                                <TextField label=("Steg", "Stage") path=format!("stages[{i}].label") max_length=120
                                    table_label=Signal::derive(move || format!("{} {}", lang.get_untracked().pick("Navn på steg", "Name of stage"), i + 1))
                                    value=Signal::derive(move || stage(i).map(|st| stage_label(&st, lang.get_untracked())).unwrap_or_default())
                                    on_change=Callback::new(move |label: String| draft.update(|s| if let Some(st) = s.stages.get_mut(i) {
                                        st.label = (!label.trim().is_empty()).then_some(label);
                                    }))/>
                                <span class="stage-id">{move || stage(i).map(|st| st.id).unwrap_or_default()}</span>
                            </td>
                            <td>
                                <NumberField label=("Vinnsjanse", "Win probability") path=format!("stages[{i}].probability")
                                    kind=NumberKind::Percent unit=("%", "%")
                                    table_label=Signal::derive(move || format!("{} – {}", lang.get_untracked().pick("Vinnsjanse", "Win probability"), name_of(i)))
                                    value=Signal::derive(move || stage(i).map(|st| st.probability))
                                    on_change=Callback::new(move |v: Option<f64>| if let Some(v) = v {
                                        draft.update(|s| if let Some(st) = s.stages.get_mut(i) { st.probability = v })
                                    })/>
                            </td>
                            <td class="stage-actions">
                                <button type="button" class="icon-button" disabled=move || i == 0
                                    aria-label=move || format!("{} {}", lang.get_untracked().pick("Flytt opp:", "Move up:"), name_of(i))
                                    on:click=move |_| move_stage(i, true)>"↑"</button>
                                <button type="button" class="icon-button" disabled=move || i + 1 >= count()
                                    aria-label=move || format!("{} {}", lang.get_untracked().pick("Flytt ned:", "Move down:"), name_of(i))
                                    on:click=move |_| move_stage(i, false)>"↓"</button>
                                <button type="button" class="icon-button" disabled=move || in_use(i) || count() <= 1
                                    title=move || in_use(i).then(|| lang.get_untracked().pick("Steget er i bruk av en avtale", "A deal uses this stage").to_string())
                                    aria-label=move || format!("{} {}", lang.get_untracked().pick("Fjern steg:", "Remove stage:"), name_of(i))
                                    on:click=move |_| draft.update(|s| { if i < s.stages.len() { s.stages.remove(i); } })>"✕"</button>
                            </td>
                        </tr>
                    </For>
                </tbody>
            </table>
            </div>
            <button type="button" class="secondary" on:click=add_stage>{state.t("Legg til steg", "Add stage")}</button>
            <div class="field">
                <label for="f-maturity-stage">{state.t("Første modne steg", "First mature stage")}</label>
                <select id="f-maturity-stage" aria-describedby="f-maturity-stage-help"
                    on:change:target=move |ev| { let id = ev.target().value(); draft.update(|s| s.maturity_stage = id) }>
                    <For each=move || stages.get() key=|st| (st.id.clone(), st.label.clone()) let:st>
                        <option value=st.id.clone()
                            selected=move || maturity_stage.with(|id| *id == st.id)>
                            {
                                let st = st.clone();
                                move || stage_label(&st, lang.get_untracked())
                            }
                        </option>
                    </For>
                </select>
                <p class="field-message" role="alert">{move || state.problem_at("maturity_stage")}</p>
                <p class="field-help" id="f-maturity-stage-help">
                    {state.t(
                        "En avtale er moden fra dette steget, så lenge kunden ventes å bestemme seg innen periodens slutt.",
                        "A deal is mature from this stage on, as long as the buyer is expected to decide by the end of the period.",
                    )}
                </p>
            </div>
        </fieldset>
    }
}

/// For each stage in order, whether any deal is in it.
fn stages_in_use(scenario: &Scenario) -> Vec<bool> {
    scenario.stages.iter().map(|st| scenario.deals.iter().any(|d| d.stage == st.id)).collect()
}
