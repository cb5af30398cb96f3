use leptos::prelude::*;

use crate::app::AppState;
use crate::explain::{stage_label, verdict_headline};
use crate::format::{decimal, editable, integer, money, percent};
use crate::i18n::Lang;
use crate::model::Verdict;
use crate::model::montecarlo::TRIALS;
use crate::model::plan::whole_percents;
use crate::model::scenario::{
    Closing, DEFAULT_COVERAGE_GOAL, DEFAULT_MATURITY_STAGE, DEFAULT_STAGES, DefaultStage, Prospecting, Scenario, Team,
};

/// Year of the end-of-quarter study behind the push defaults (docs/model.md §7).
const STUDY_YEAR: u16 = 2017;
/// Relative drop in win rate the study measured for pushed deals.
const STUDY_WIN_RATE_DROP: f64 = 0.51;
/// Relative drop in deal size the study measured for pushed deals.
const STUDY_DEAL_SIZE_DROP: f64 = 0.345;

/// "Slik regnes det ut" / "How it's calculated": a collapsible panel that
/// explains every output in plain words with its formula (docs/model.md §3–§8),
/// shows this scenario's own numbers where they help, and lists every
/// default with where it comes from. Static text follows the language;
/// the live figures follow the last valid scenario.
#[component]
pub fn Explainer() -> impl IntoView {
    let state = expect_context::<AppState>();
    // The body (with its live figures) exists only while the panel is open,
    // so a closed panel costs nothing on every edit.
    let open = RwSignal::new(false);
    view! {
        <details class="card explainer" data-testid="explainer"
            on:toggle:target=move |ev| open.set(ev.target().open())>
            <summary class="explainer-summary">
                <h2 class="explainer-title">{move || state.t("Slik regnes det ut", "How it's calculated")}</h2>
                <span class="explainer-hint">
                    {move || state.t("Hver beregning med ord og formel", "Every result in words and as a formula")}
                </span>
            </summary>
            <div class="explainer-body">
                {move || open.get().then(|| {
                    let lang = state.lang.get_untracked();
                    view! {
                        <p class="explainer-intro">
                            {lang.pick(
                                "Alt regnes ut i nettleseren fra tallene dere har lagt inn. Her står hvert resultat forklart med ord og formel, og med scenarioets egne tall der det gjør forklaringen tydeligere.",
                                "Everything is calculated in your browser from the numbers you entered. Each result is explained here in words and as a formula, with the scenario's own numbers where they make the explanation clearer.",
                            )}
                        </p>
                        {time_section(state, lang)}
                        {deal_section(state, lang)}
                        {split_section(state, lang)}
                        {prospecting_section(state, lang)}
                        {periods_section(state, lang)}
                        {costs_section(state, lang)}
                        {recommendation_section(state, lang)}
                        {meetings_section(state, lang)}
                        {risk_section(state, lang)}
                        {uncertainty_section(state, lang)}
                        {defaults_section(state, lang)}
                        {rounding_section(state, lang)}
                    }
                })}
            </div>
        </details>
    }
}

// ---------------------------------------------------------------------------
// Building blocks

/// A live figure, or "—" followed by the reason it is not available.
fn shown(test_id: Option<&'static str>, value: Result<String, &'static str>) -> AnyView {
    match value {
        Ok(text) => view! { <span class="explainer-value" data-testid=test_id>{text}</span> }.into_any(),
        Err(reason) => view! {
            <span class="explainer-value explainer-na" data-testid=test_id>"—"</span>
            <span class="explainer-reason">" (" {reason} ")"</span>
        }
        .into_any(),
    }
}

/// One row of a live list: a term and its value.
fn fact(term: impl IntoView + 'static, value: impl IntoView + 'static) -> impl IntoView {
    view! {
        <div class="explainer-fact">
            <dt>{term}</dt>
            <dd>{value}</dd>
        </div>
    }
}

/// The "in this scenario" box under a section's explanation.
fn live(lang: Lang, facts: impl IntoView + 'static) -> impl IntoView {
    view! {
        <div class="explainer-live">
            <p class="explainer-live-title">{lang.pick("I dette scenarioet", "In this scenario")}</p>
            <dl class="explainer-facts">{facts}</dl>
        </div>
    }
}

/// A number with its unit, singular or plural.
fn counted(amount: String, n: f64, lang: Lang, nb: (&'static str, &'static str), en: (&'static str, &'static str)) -> String {
    let (one, many) = match lang {
        Lang::Nb => nb,
        Lang::En => en,
    };
    format!("{amount}\u{a0}{}", if n == 1.0 { one } else { many })
}

fn days(n: f64, lang: Lang) -> String {
    counted(integer(n, lang), n, lang, ("dag", "dager"), ("day", "days"))
}

fn hours(n: f64, lang: Lang) -> String {
    counted(editable(n, 1, lang), n, lang, ("time", "timer"), ("hour", "hours"))
}

/// A share with one decimal, for figures quoted from a source: "34,5 %" / "34.5%".
fn percent_one_decimal(share: f64, lang: Lang) -> String {
    let number = decimal(share * 100.0, 1, lang);
    match lang {
        Lang::Nb => format!("{number}\u{a0}%"),
        Lang::En => format!("{number}%"),
    }
}

/// A multiple such as a coverage: "2,4×".
fn multiple(x: f64, lang: Lang) -> String {
    format!("{}×", decimal(x, 1, lang))
}

/// A stage's name by id, as the scenario (or the default stages) call it.
fn stage_name(scenario: &Scenario, id: &str, lang: Lang) -> String {
    match scenario.stages.iter().find(|stage| stage.id == id) {
        Some(stage) => stage_label(stage, lang),
        None => DEFAULT_STAGES
            .iter()
            .find(|default| default.id == id)
            .map(|default| lang.pick(default.nb, default.en).to_string())
            .unwrap_or_else(|| id.to_string()),
    }
}

fn money_in(state: AppState, value: f64, lang: Lang) -> String {
    state.deferred.scenario.with(|s| money(value, &s.currency, lang))
}

// ---------------------------------------------------------------------------
// 1. Remaining time

fn time_section(state: AppState, lang: Lang) -> AnyView {
    let figures = move || {
        state.deferred.scenario.with(|s| {
            state.deferred.evaluation.with(|e| {
                let d = &e.derived;
                let calculation = format!(
                    "{} × {} × {} / 5 = ",
                    editable(s.team.sellers, 2, lang),
                    editable(s.team.hours_per_week, 2, lang),
                    integer(d.working_days as f64, lang),
                );
                view! {
                    {fact("D", shown(Some("explainer-calendar-days"), Ok(days(d.calendar_days as f64, lang))))}
                    {fact(
                        view! { "W"<sub>"d"</sub> },
                        shown(
                            Some("explainer-working-days"),
                            Ok(counted(
                                integer(d.working_days as f64, lang),
                                d.working_days as f64,
                                lang,
                                ("arbeidsdag", "arbeidsdager"),
                                ("working day", "working days"),
                            )),
                        ),
                    )}
                    {fact(
                        "H",
                        view! {
                            <span class="explainer-calc">{calculation}</span>
                            {shown(Some("explainer-hours"), Ok(hours(d.hours, lang)))}
                        },
                    )}
                }
            })
        })
    };
    view! {
        <section class="explainer-section">
            <h3>{lang.pick("1. Tiden som er igjen", "1. The time left")}</h3>
            <p>
                {lang.pick(
                    "Modellen teller fra i dag – eller fra periodens første dag hvis perioden ikke har startet – til og med periodens siste dag.",
                    "The model counts from today – or from the first day of the period if it has not started – up to and including the last day of the period.",
                )}
            </p>
            <dl class="explainer-terms">
                <dt><code>"D = " {lang.pick("slutt", "end")} " − " {lang.pick("i dag", "today")} " + 1"</code></dt>
                <dd>{lang.pick("Kalenderdager igjen, i dag medregnet. 0 når perioden er over.", "Calendar days left, today included. 0 once the period is over.")}</dd>
                <dt><code>"W"<sub>"d"</sub></code></dt>
                <dd>
                    {lang.pick(
                        "Arbeidsdager igjen: mandag til fredag i den samme tiden. Helligdager trekkes ikke fra.",
                        "Working days left: Monday to Friday in the same span. Public holidays are not taken out.",
                    )}
                </dd>
                <dt>
                    <code>
                        "H = " {lang.pick("selgere", "sellers")} " × " {lang.pick("timer per uke", "hours per week")} " × W"<sub>"d"</sub> " / 5"
                    </code>
                </dt>
                <dd>
                    {lang.pick(
                        "Selgetimer igjen for hele teamet. «Timer per uke» er tiden hver selger har til å sluttføre og prospektere, utover løpende kunde- og avtalearbeid.",
                        "Selling hours left for the whole team. \u{201c}Hours per week\u{201d} is the time each seller has for closing and prospecting, beyond ongoing account and deal work.",
                    )}
                </dd>
            </dl>
            {live(lang, figures)}
        </section>
    }
    .into_any()
}

// ---------------------------------------------------------------------------
// 2. Probability, maturity and priority of a deal

fn deal_section(state: AppState, lang: Lang) -> AnyView {
    let maturity_stage = move || state.deferred.scenario.with(|s| stage_name(s, &s.maturity_stage, lang));
    let figures = move || {
        state.deferred.evaluation.with(|e| {
            let mature = e.derived.mature.len() as f64;
            let immature = e.derived.immature.len() as f64;
            view! {
                {fact(
                    lang.pick("Første modne steg", "First mature stage"),
                    shown(None, Ok(maturity_stage())),
                )}
                {fact(
                    lang.pick("Modne avtaler, |M|", "Mature deals, |M|"),
                    shown(Some("explainer-mature-count"), Ok(integer(mature, lang))),
                )}
                {fact(
                    lang.pick("Umodne avtaler, |I|", "Immature deals, |I|"),
                    shown(Some("explainer-immature-count"), Ok(integer(immature, lang))),
                )}
            }
        })
    };
    view! {
        <section class="explainer-section">
            <h3>{lang.pick("2. Vinnsjanse og modenhet for en avtale", "2. Win probability and maturity of a deal")}</h3>
            <dl class="explainer-terms">
                <dt><code>"p"<sub>"j"</sub></code></dt>
                <dd>
                    {lang.pick(
                        "Vinnsjansen for avtale j: sannsynligheten for salgssteget avtalen står i, eller avtalens egen sannsynlighet hvis dere har satt en.",
                        "The win probability of deal j: the probability of the sales stage it is in, or the deal's own probability if you set one.",
                    )}
                </dd>
                <dt><code>"V"<sub>"j"</sub></code></dt>
                <dd>{lang.pick("Avtalens verdi.", "The deal's value.")}</dd>
                <dt>{lang.pick("Moden", "Mature")}</dt>
                <dd>
                    {lang.pick(
                        "En avtale er moden når den står i første modne steg eller senere, og kjøperens forventede beslutningsdato er tom eller senest periodens siste dag. Har dere selv merket avtalen som moden eller ikke moden, gjelder det.",
                        "A deal is mature when it is at the first mature stage or later, and the buyer's expected decision date is empty or no later than the last day of the period. If you marked the deal as mature or not mature yourself, that applies.",
                    )}
                </dd>
                <dt><code>"M"</code>", "<code>"I"</code></dt>
                <dd>
                    {lang.pick(
                        "M er de modne salgsmulighetene og I de andre åpne avtalene, de umodne. |M| og |I| er hvor mange det er av hver.",
                        "M is the set of mature opportunities and I the set of other open deals, the immature ones. |M| and |I| are how many each holds.",
                    )}
                </dd>
                <dt>{lang.pick("Prioritet", "Priority")}": "<code>"p"<sub>"j"</sub>" × V"<sub>"j"</sub></code></dt>
                <dd>
                    {lang.pick(
                        "Innenfor M og innenfor I kommer avtalene i rekkefølge etter forventet verdi, størst først. Ved likhet gjelder rekkefølgen i avtalelisten.",
                        "Within M and within I, deals are taken in order of expected value, largest first. Ties keep their order in the deal list.",
                    )}
                </dd>
            </dl>
            {live(lang, figures)}
        </section>
    }
    .into_any()
}

// ---------------------------------------------------------------------------
// 3. A split of the time

fn split_section(state: AppState, lang: Lang) -> AnyView {
    let worked = lang.pick("bearbeidet", "worked");
    let pushed = lang.pick("presset", "pushed");
    let figures = move || {
        state.deferred.scenario.with(|s| {
            state.deferred.evaluation.with(|e| {
                let d = &e.derived;
                let calculation = format!(
                    "{} × {} + {} × {} = ",
                    integer(d.mature.len() as f64, lang),
                    editable(s.closing.hours_per_deal, 2, lang),
                    integer(d.immature.len() as f64, lang),
                    editable(s.closing.push_hours_per_deal, 2, lang),
                );
                let plan = &e.recommended;
                view! {
                    {fact(
                        view! { "C"<sub>"max"</sub> },
                        view! {
                            <span class="explainer-calc">{calculation}</span>
                            {shown(Some("explainer-closing-capacity"), Ok(hours(d.closing_capacity, lang)))}
                        },
                    )}
                    {fact(
                        view! { "H"<sub>"c"</sub> " " {lang.pick("(anbefalt plan)", "(recommended plan)")} },
                        shown(None, Ok(hours(plan.closing_hours, lang))),
                    )}
                    {fact(
                        view! { "H"<sub>"p"</sub> " " {lang.pick("(anbefalt plan)", "(recommended plan)")} },
                        shown(None, Ok(hours(plan.prospecting_hours, lang))),
                    )}
                }
            })
        })
    };
    view! {
        <section class="explainer-section">
            <h3>{lang.pick("3. En fordeling av tiden", "3. A split of the time")}</h3>
            <p>
                {lang.pick(
                    "En fordeling s (fra 0 til 1) er andelen av de gjenværende timene som går til å sluttføre avtaler. Resten går til å prospektere.",
                    "A split s (from 0 to 1) is the share of the remaining hours spent closing deals. The rest goes to prospecting.",
                )}
            </p>
            <dl class="explainer-terms">
                <dt>
                    <code>
                        "C"<sub>"max"</sub> " = |M| × " {lang.pick("timer per moden avtale", "hours per mature deal")}
                        " + |I| × " {lang.pick("timer per presset avtale", "hours per pushed deal")}
                    </code>
                </dt>
                <dd>
                    {lang.pick(
                        "Så mye sluttføringstid avtalene kan ta imot. Timer utover dette går tilbake til prospektering.",
                        "The closing time the deals can absorb. Hours beyond it go back to prospecting.",
                    )}
                </dd>
                <dt><code>"H"<sub>"c"</sub>" = min(s × H, C"<sub>"max"</sub>")"</code></dt>
                <dd>{lang.pick("Timer til å sluttføre.", "Hours for closing.")}</dd>
                <dt><code>"H"<sub>"p"</sub>" = H − H"<sub>"c"</sub></code></dt>
                <dd>{lang.pick("Timer til å prospektere.", "Hours for prospecting.")}</dd>
            </dl>
            <p>{lang.pick("Sluttføringstimene deles ut slik:", "The closing hours are handed out like this:")}</p>
            <ol class="explainer-steps">
                <li>
                    {lang.pick(
                        "De modne avtalene får timer først, i prioritert rekkefølge, inntil «timer per moden avtale» hver. ",
                        "The mature deals get hours first, in priority order, up to \u{201c}hours per mature deal\u{201d} each. ",
                    )}
                    <code>{worked}<sub>"j"</sub></code>
                    {lang.pick(
                        " er andelen av det avtalen trenger som den får (0 til 1).",
                        " is the share of what the deal needs that it gets (0 to 1).",
                    )}
                </li>
                <li>
                    {lang.pick("Timene som blir til overs, ", "The hours left over, ")}
                    <code>"H"<sub>"x"</sub>" = max(0, H"<sub>"c"</sub>" − |M| × " {lang.pick("timer per moden avtale", "hours per mature deal")} ")"</code>
                    {lang.pick(
                        ", går til de umodne avtalene i prioritert rekkefølge, inntil «timer per presset avtale» hver: de blir presset til å lukke nå. ",
                        ", go to the immature deals in priority order, up to \u{201c}hours per pushed deal\u{201d} each: they are pushed to close now. ",
                    )}
                    <code>{pushed}<sub>"j"</sub></code>
                    {lang.pick(" er andelen på samme måte.", " is the share in the same way.")}
                </li>
            </ol>
            {live(lang, figures)}
        </section>
    }
    .into_any()
}

// ---------------------------------------------------------------------------
// 4. New sales from prospecting

fn prospecting_section(state: AppState, lang: Lang) -> AnyView {
    let figures = move || {
        state.deferred.scenario.with(|s| {
            state.deferred.evaluation.with(|e| {
                let d = &e.derived;
                let p = &s.prospecting;
                let f1 = if d.calendar_days > 0 {
                    format!(
                        "{} + {} × max(0, 1 − {} / {}) = ",
                        percent(p.ready_now_share, lang),
                        percent(1.0 - p.ready_now_share, lang),
                        editable(p.cycle_days, 1, lang),
                        integer(d.calendar_days as f64, lang),
                    )
                } else {
                    lang.pick("D = 0, så ", "D = 0, so ").to_string()
                };
                let source = d.avg_deal_size.map(|_| {
                    let n = s.deals.len() as f64;
                    match (lang, p.avg_deal_size.is_some()) {
                        (_, true) => lang.pick("satt under forutsetningene", "set under the assumptions").to_string(),
                        (Lang::Nb, false) if n == 1.0 => "verdien av den ene åpne avtalen".to_string(),
                        (Lang::Nb, false) => format!("snittet av {} åpne avtaler", integer(n, lang)),
                        (Lang::En, false) if n == 1.0 => "the value of the one open deal".to_string(),
                        (Lang::En, false) => format!("the mean of {} open deals", integer(n, lang)),
                    }
                });
                let average = d.avg_deal_size.map(|a| money(a, &s.currency, lang)).ok_or(lang.pick(
                    "ingen åpne avtaler og ingen snittstørrelse satt under forutsetningene, så nytt salg fra prospektering kan ikke regnes ut",
                    "no open deals and no average size set under the assumptions, so new sales from prospecting cannot be calculated",
                ));
                let plan = &e.recommended;
                let new_sales = d
                    .avg_deal_size
                    .map(|a| money(plan.new_opportunities * p.win_rate * a, &s.currency, lang))
                    .ok_or(lang.pick("A mangler", "A is missing"));
                view! {
                    {fact(
                        view! { "f"<sub>"1"</sub> },
                        view! {
                            <span class="explainer-calc">{f1}</span>
                            {shown(Some("explainer-f1"), Ok(percent(d.f1, lang)))}
                        },
                    )}
                    {fact(
                        "A",
                        view! {
                            {shown(Some("explainer-avg-deal-size"), average)}
                            {source.map(|text| view! { <span class="explainer-note">" (" {text} ")"</span> })}
                        },
                    )}
                    {fact(
                        lang.pick("Første kundemøter (anbefalt plan)", "First customer meetings (recommended plan)"),
                        shown(None, Ok(decimal(plan.meetings, 1, lang))),
                    )}
                    {fact(
                        view! { "N(H"<sub>"p"</sub>") " {lang.pick("(anbefalt plan)", "(recommended plan)")} },
                        shown(None, new_sales),
                    )}
                }
            })
        })
    };
    view! {
        <section class="explainer-section">
            <h3>{lang.pick("4. Nytt salg fra prospektering", "4. New sales from prospecting")}</h3>
            <p>
                {lang.pick(
                    "Prospekteringstimene blir til kundemøter, kundemøtene til nye salgsmuligheter, og noen av dem til salg.",
                    "Prospecting hours turn into customer meetings, the meetings into new opportunities, and some of those into sales.",
                )}
            </p>
            <dl class="explainer-terms">
                <dt><code>{lang.pick("møter", "meetings")}" = H"<sub>"p"</sub>" / " {lang.pick("timer per første kundemøte", "hours per first customer meeting")}</code></dt>
                <dd>{lang.pick("Første kundemøter som holdes: samtaler, e-post og selve møtet er regnet inn i timene.", "First customer meetings held: calls, e-mail and the meeting itself are counted in the hours.")}</dd>
                <dt><code>{lang.pick("nye salgsmuligheter", "new opportunities")}" = q × " {lang.pick("møter", "meetings")}</code></dt>
                <dd>{lang.pick("q er andelen møter som blir en reell salgsmulighet.", "q is the share of meetings that become a real opportunity.")}</dd>
                <dt><code>{lang.pick("vunnet", "won")}" = w × " {lang.pick("nye salgsmuligheter", "new opportunities")}</code></dt>
                <dd>{lang.pick("w er andelen nye salgsmuligheter som blir vunnet.", "w is the share of new opportunities that are won.")}</dd>
                <dt><code>"N(h) = (h / " {lang.pick("timer per møte", "hours per meeting")} ") × q × w × A"</code></dt>
                <dd>
                    {lang.pick(
                        "Forventet nytt salg fra h timer prospektering. A er snittstørrelsen på en ny avtale: verdien dere har satt, ellers snittet av de åpne avtalene.",
                        "Expected new sales from h hours of prospecting. A is the average size of a new deal: the value you set, otherwise the mean value of the open deals.",
                    )}
                </dd>
                <dt><code>"f"<sub>"1"</sub>" = r + (1 − r) × max(0, 1 − L / D)"</code></dt>
                <dd>
                    {lang.pick(
                        "Andelen av det nye salget som lander i inneværende periode. r er andelen kjøpere som er klare til å handle nå. Resten trenger hele salgssyklusen på L dager; prospekteringen spres jevnt over de D dagene som er igjen, så bare møter som holdes minst L dager før slutt rekker å bli salg – andelen 1 − L / D, eller ingen når L ≥ D. Når D = 0, er f",
                        "The share of new sales that land this period. r is the share of buyers ready to act now. The rest need the full sales cycle of L days; prospecting is spread evenly over the D days left, so only meetings held at least L days before the end turn into sales in time – the share 1 − L / D, or none when L ≥ D. When D = 0, f",
                    )}
                    <sub>"1"</sub>
                    " = 0."
                </dd>
            </dl>
            {live(lang, figures)}
        </section>
    }
    .into_any()
}

// ---------------------------------------------------------------------------
// 5. This period and next period

fn periods_section(state: AppState, lang: Lang) -> AnyView {
    let worked = lang.pick("bearbeidet", "worked");
    let pushed = lang.pick("presset", "pushed");
    let closed = lang.pick("solgt", "closed");
    let figures = move || {
        state.deferred.scenario.with(|s| {
            let c = &s.closing;
            view! {
                {fact("σ", shown(Some("explainer-slip-decay"), Ok(percent(c.slip_decay, lang))))}
                {fact("k", shown(Some("explainer-push-penalty"), Ok(percent(c.push_win_penalty, lang))))}
                {fact("d", shown(Some("explainer-push-discount"), Ok(percent(c.push_discount, lang))))}
            }
        })
    };
    view! {
        <section class="explainer-section">
            <h3>{lang.pick("5. Inneværende periode og neste periode", "5. This period and next period")}</h3>
            <p class="explainer-formula">
                <code>
                    "E"<sub>"1"</sub>"(s) = " {closed}
                    " + Σ"<sub>"M"</sub>" " {worked}<sub>"j"</sub>" × p"<sub>"j"</sub>" × V"<sub>"j"</sub>
                    " + Σ"<sub>"I"</sub>" " {pushed}<sub>"j"</sub>" × p"<sub>"j"</sub>" × (1 − k) × (1 − d) × V"<sub>"j"</sub>
                    " + f"<sub>"1"</sub>" × N(H"<sub>"p"</sub>")"
                </code>
            </p>
            <p>{lang.pick("Forventet salg i inneværende periode er summen av:", "Expected sales this period are the sum of:")}</p>
            <ul>
                <li>{lang.pick("det som allerede er solgt i perioden;", "what is already closed this period;")}</li>
                <li>{lang.pick("de modne avtalene dere rekker å jobbe med, veid med vinnsjansen;", "the mature deals you have time to work, weighted by their win probability;")}</li>
                <li>{lang.pick("de umodne avtalene som presses, med lavere vinnsjanse (k) og ekstra rabatt (d);", "the immature deals that are pushed, with a lower win probability (k) and an extra discount (d);")}</li>
                <li>{lang.pick("den delen av det nye salget fra prospektering som lander nå (f", "the part of new sales from prospecting that lands now (f")}<sub>"1"</sub>")."</li>
            </ul>
            <p class="explainer-formula">
                <code>
                    "E"<sub>"2"</sub>"(s) = Σ"<sub>"M"</sub>" (1 − " {worked}<sub>"j"</sub>") × p"<sub>"j"</sub>" × (1 − σ) × V"<sub>"j"</sub>
                    " + Σ"<sub>"I"</sub>" (1 − " {pushed}<sub>"j"</sub>") × p"<sub>"j"</sub>" × V"<sub>"j"</sub>
                    " + (1 − f"<sub>"1"</sub>") × N(H"<sub>"p"</sub>")"
                </code>
            </p>
            <p>
                {lang.pick(
                    "Forventet salg som dette arbeidet tar med seg inn i neste periode – ikke hele prognosen for neste periode – er summen av:",
                    "Expected sales this work carries into next period – not the whole forecast for next period – are the sum of:",
                )}
            </p>
            <ul>
                <li>{lang.pick("modne avtaler dere ikke rekker, som glir over og mister noe av vinnsjansen (σ);", "mature deals you don't get to, which slip and lose some of their win probability (σ);")}</li>
                <li>{lang.pick("umodne avtaler som får modne i kjøperens tempo, med full vinnsjanse;", "immature deals left to mature at the buyer's pace, with their full win probability;")}</li>
                <li>{lang.pick("resten av det nye salget fra prospekteringen.", "the rest of the new sales from prospecting.")}</li>
            </ul>
            <dl class="explainer-terms">
                <dt><code>"σ"</code></dt>
                <dd>{lang.pick("Relativt fall i vinnsjansen for en moden avtale som ikke blir fulgt opp og glir til neste periode.", "Relative drop in the win probability of a mature deal that is left unworked and slips to next period.")}</dd>
                <dt><code>"k"</code></dt>
                <dd>{lang.pick("Relativt fall i vinnsjansen når en avtale presses før kjøperen er klar.", "Relative drop in the win probability when a deal is pushed before the buyer is ready.")}</dd>
                <dt><code>"d"</code></dt>
                <dd>{lang.pick("Ekstra rabatt en presset avtale lukkes med.", "Extra discount a pushed deal closes at.")}</dd>
            </dl>
            {live(lang, figures)}
        </section>
    }
    .into_any()
}

// ---------------------------------------------------------------------------
// 6. The costs of pushing

fn costs_section(state: AppState, lang: Lang) -> AnyView {
    let pushed = lang.pick("presset", "pushed");
    let figures = move || {
        state.deferred.evaluation.with(|e| {
            let trap = &e.trap;
            let weaker = e
                .recommended
                .next_period
                .zip(trap.next_period)
                .map(|(best, pushed)| money_in(state, best - pushed, lang))
                .ok_or(lang.pick("A mangler", "A is missing"));
            view! {
                {fact(
                    lang.pick("Rabatt gitt (presse alt)", "Discount given (push everything)"),
                    shown(None, Ok(money_in(state, trap.discount, lang))),
                )}
                {fact(
                    lang.pick("Verdi tapt til press (presse alt)", "Value lost to pressure (push everything)"),
                    shown(None, Ok(money_in(state, trap.value_lost, lang))),
                )}
                {fact(
                    lang.pick("Kunderelasjoner belastet (presse alt)", "Relationships strained (push everything)"),
                    shown(None, Ok(integer(f64::from(trap.strained), lang))),
                )}
                {fact(
                    view! {
                        {lang.pick("Neste periode svakere: ", "Next period weaker: ")}
                        "E"<sub>"2"</sub>"(s"<sup>"*"</sup>") − E"<sub>"2"</sub>"(s"<sub>{lang.pick("felle", "trap")}</sub>")"
                    },
                    shown(Some("explainer-next-period-loss"), weaker),
                )}
            }
        })
    };
    view! {
        <section class="explainer-section">
            <h3>{lang.pick("6. Hva det koster å presse", "6. What pushing costs")}</h3>
            <dl class="explainer-terms">
                <dt>
                    {lang.pick("Rabatt gitt", "Discount given")}": "
                    <code>"Σ"<sub>"I"</sub>" " {pushed}<sub>"j"</sub>" × p"<sub>"j"</sub>" × (1 − k) × d × V"<sub>"j"</sub></code>
                </dt>
                <dd>{lang.pick("Rabatten på de pressede avtalene som faktisk blir vunnet: tapt margin.", "The discount on the pushed deals that are actually won: margin given away.")}</dd>
                <dt>
                    {lang.pick("Verdi tapt til press", "Value lost to pressure")}": "
                    <code>"Σ"<sub>"I"</sub>" " {pushed}<sub>"j"</sub>" × p"<sub>"j"</sub>" × k × V"<sub>"j"</sub></code>
                </dt>
                <dd>{lang.pick("Forventet salg som går tapt fordi kjøpere som presses før de er klare, sier nei.", "Expected sales lost because buyers pressed before they are ready say no.")}</dd>
                <dt>
                    {lang.pick("Kunderelasjoner belastet", "Relationships strained")}": "
                    <code>"Σ"<sub>"I"</sub>" " {pushed}<sub>"j"</sub></code>
                </dt>
                <dd>{lang.pick("Hvor mange kunder som blir presset, rundet opp: en delvis presset avtale teller som én.", "How many customers are pressed, rounded up: a partly pushed deal counts as one.")}</dd>
            </dl>
            <p>
                {lang.pick(
                    "Den anbefalte planen presser ingen avtaler, så der er alle tre null. Tallene under gjelder fella: å presse alle åpne avtaler. Den koster også i neste periode, fordi avtalene som presses nå, forsvinner fra salgspipelinen og det blir mindre tid til å prospektere: forskjellen i E",
                    "The recommended plan pushes no deals, so all three are zero there. The figures below are for the trap: pushing every open deal. It costs next period too, because the deals pushed now leave the pipeline and less time is left for prospecting: the difference in E",
                )}
                <sub>"2"</sub>
                {lang.pick(" mellom de to planene.", " between the two plans.")}
            </p>
            {live(lang, figures)}
        </section>
    }
    .into_any()
}

// ---------------------------------------------------------------------------
// 7. The recommendation, the trap and the verdict

fn verdict_rule(state: AppState, lang: Lang, verdict: Verdict, rule: impl IntoView + 'static) -> impl IntoView {
    let current = move || state.deferred.evaluation.with(|e| e.verdict == Some(verdict));
    view! {
        <li class="explainer-verdict" class:explainer-current=current data-verdict=verdict.as_str()>
            <strong>{verdict_headline(Some(verdict), lang)}</strong>
            " – "
            {rule}
            {move || current().then(|| view! {
                <span class="explainer-current-tag">
                    " " {lang.pick("← gjelder dette scenarioet", "← applies to this scenario")}
                </span>
            })}
        </li>
    }
}

fn recommendation_section(state: AppState, lang: Lang) -> AnyView {
    let target = lang.pick("mål", "target");
    let closed = lang.pick("solgt", "closed");
    let trap = lang.pick("felle", "trap");
    let figures = move || {
        state.deferred.evaluation.with(|e| {
            let h = e.derived.hours;
            let with_hours = |closing_hours: f64, split: f64| {
                if h > 0.0 {
                    format!("{} ({} / {})", percent(split, lang), editable(closing_hours, 1, lang), hours(h, lang))
                } else {
                    format!("{} ({})", percent(split, lang), lang.pick("H = 0", "H = 0"))
                }
            };
            view! {
                {fact(
                    view! { "s"<sup>"*"</sup> },
                    shown(Some("explainer-recommended-split"), Ok(with_hours(e.recommended.closing_hours, e.recommended.split))),
                )}
                {fact(
                    view! { "s"<sub>{trap}</sub> },
                    shown(Some("explainer-trap-split"), Ok(with_hours(e.trap.closing_hours, e.trap.split))),
                )}
            }
        })
    };
    view! {
        <section class="explainer-section">
            <h3>{lang.pick("7. Anbefalingen, fella og konklusjonen", "7. The recommendation, the trap and the verdict")}</h3>
            <dl class="explainer-terms">
                <dt><code>"s"<sup>"*"</sup>" = min(1, |M| × " {lang.pick("timer per moden avtale", "hours per mature deal")} " / H)"</code></dt>
                <dd>
                    {lang.pick(
                        "Anbefalt fordeling: sluttfør alle modne salgsmuligheter skikkelig, og prospekter med resten av tiden. 0 når H = 0.",
                        "Recommended split: land every mature opportunity properly, and prospect with the rest of the time. 0 when H = 0.",
                    )}
                </dd>
                <dt><code>"s"<sub>{trap}</sub>" = min(1, C"<sub>"max"</sub>" / H)"</code></dt>
                <dd>
                    {lang.pick(
                        "Fella, til sammenligning: press alle åpne avtaler til å lukke nå. Timene som blir igjen, går til prospektering. 0 når H = 0.",
                        "The trap, for comparison: push every open deal to close now. The hours left go to prospecting. 0 when H = 0.",
                    )}
                </dd>
            </dl>
            <p>{lang.pick("Konklusjonen er den første regelen som stemmer, i denne rekkefølgen:", "The verdict is the first rule that holds, in this order:")}</p>
            <ol class="explainer-verdicts">
                {verdict_rule(state, lang, Verdict::Ahead, view! {
                    <code>{closed}" ≥ " {target}</code>
                    {lang.pick(": salgsmålet er allerede nådd.", ": the target is already reached.")}
                })}
                {verdict_rule(state, lang, Verdict::PeriodOver, view! {
                    <code>"H = 0"</code>
                    {lang.pick(
                        ": ingen arbeidsdager igjen, og målet ble ikke nådd. Visningen handler om neste periode.",
                        ": no working days left, and the target was missed. The view turns to next period.",
                    )}
                })}
                {verdict_rule(state, lang, Verdict::OnTrack, view! {
                    <code>"E"<sub>"1"</sub>"(s"<sup>"*"</sup>") ≥ " {target}</code>
                    {lang.pick(": anbefalingen når målet uten å presse.", ": the recommendation reaches the target without pushing.")}
                })}
                {verdict_rule(state, lang, Verdict::PushTrap, view! {
                    <code>"E"<sub>"1"</sub>"(s"<sup>"*"</sup>") < " {target} " ≤ E"<sub>"1"</sub>"(s"<sub>{trap}</sub>")"</code>
                    {lang.pick(
                        ": bare ved å presse alt kan målet nås på papiret. Dere ser hva det koster – rabatt, verdi tapt og ",
                        ": only pushing everything could reach the target on paper. You see what that costs – discount, value lost and ",
                    )}
                    <code>"E"<sub>"2"</sub>"(s"<sup>"*"</sup>") − E"<sub>"2"</sub>"(s"<sub>{trap}</sub>")"</code>
                    {lang.pick(
                        " mindre inn i neste periode – og anbefalingen er likevel s",
                        " less carried into next period – and the recommendation is still s",
                    )}
                    <sup>"*"</sup>"."
                })}
                {verdict_rule(state, lang, Verdict::TakeTheLoss, view! {
                    <code>"E"<sub>"1"</sub>"(s"<sub>{trap}</sub>") < " {target}</code>
                    {lang.pick(
                        ": selv å presse alt rekker ikke. Godta underskuddet i inneværende periode og legg innsatsen i neste periode.",
                        ": even pushing everything falls short. Accept the shortfall this period and put the effort into next period.",
                    )}
                })}
            </ol>
            <p>
                {lang.pick(
                    "Uten A (ingen åpne avtaler og ingen snittstørrelse) kan E",
                    "Without A (no open deals and no average size), E",
                )}
                <sub>"1"</sub>
                {lang.pick(
                    " ikke regnes ut, og de tre siste reglene kan ikke avgjøres.",
                    " cannot be calculated, and the last three rules cannot be decided.",
                )}
            </p>
            {live(lang, figures)}
        </section>
    }
    .into_any()
}

// ---------------------------------------------------------------------------
// 8. Meetings needed for next period

fn meetings_section(state: AppState, lang: Lang) -> AnyView {
    let worked = lang.pick("bearbeidet", "worked");
    let pushed = lang.pick("presset", "pushed");
    let need = lang.pick("behov", "need");
    let meetings = lang.pick("møter", "meetings");
    let figures = move || {
        state.deferred.evaluation.with(|e| {
            let no_q_a = lang.pick("q × A er 0 eller A mangler", "q × A is 0 or A is missing");
            let no_days = lang.pick("ingen arbeidsdager igjen", "no working days left");
            let per_week = match (e.meetings_needed, e.meetings_needed_per_seller_week) {
                (Some(_), Some(m)) => Ok(decimal(m, 1, lang)),
                (None, _) => Err(no_q_a),
                (Some(_), None) => Err(no_days),
            };
            let given = e.recommended.meetings_per_seller_week.map(|m| decimal(m, 1, lang)).ok_or(no_days);
            view! {
                {fact(
                    view! { "P"<sub>"2x"</sub> },
                    shown(Some("explainer-pipeline-left"), Ok(money_in(state, e.pipeline_left, lang))),
                )}
                {fact(
                    lang.pick("Ny pipeline som trengs", "New pipeline needed"),
                    shown(None, Ok(money_in(state, e.new_pipeline_needed, lang))),
                )}
                {fact(
                    lang.pick("Kundemøter som trengs", "Meetings needed"),
                    shown(Some("explainer-meetings-needed"), e.meetings_needed.map(|m| decimal(m, 1, lang)).ok_or(no_q_a)),
                )}
                {fact(
                    lang.pick("– per selger per uke", "– per seller per week"),
                    shown(None, per_week),
                )}
                {fact(
                    lang.pick("Anbefalt plan gir, per selger per uke", "The recommended plan gives, per seller per week"),
                    shown(None, given),
                )}
            }
        })
    };
    view! {
        <section class="explainer-section">
            <h3>{lang.pick("8. Kundemøter som trengs for neste periode", "8. Meetings needed for next period")}</h3>
            <dl class="explainer-terms">
                <dt>
                    <code>
                        "P"<sub>"2x"</sub>" = Σ"<sub>"M"</sub>" (1 − " {worked}<sub>"j"</sub>") × V"<sub>"j"</sub>
                        " + Σ"<sub>"I"</sub>" (1 − " {pushed}<sub>"j"</sub>") × V"<sub>"j"</sub>
                    </code>
                </dt>
                <dd>
                    {lang.pick(
                        "Salgspipelinen som står igjen fra dagens avtaler etter den anbefalte planen, til full verdi (ikke veid).",
                        "The pipeline left from today's deals after the recommended plan, at full value (not weighted).",
                    )}
                </dd>
                <dt>
                    <code>
                        {need}" = max(0, " {lang.pick("dekningsmål", "coverage goal")} " × " {lang.pick("neste periodes mål", "next target")} " − P"<sub>"2x"</sub>")"
                    </code>
                </dt>
                <dd>
                    {lang.pick(
                        "Ny pipeline som trengs for at neste periode skal starte med ønsket dekning. Uten eget mål for neste periode brukes salgsmålet for denne.",
                        "New pipeline needed for next period to start with the coverage wanted. Without a separate next target, this period's target is used.",
                    )}
                </dd>
                <dt><code>{meetings}" = " {need}" / (q × A)"</code></dt>
                <dd>{lang.pick("Hvert første kundemøte gir i snitt q × A i ny pipeline.", "Each first customer meeting adds q × A of new pipeline on average.")}</dd>
                <dt><code>{meetings}" / " {lang.pick("selgere", "sellers")}" / (W"<sub>"d"</sub>" / 5)"</code></dt>
                <dd>
                    {lang.pick(
                        "Det samme per selger per uke som er igjen, vist ved siden av møtene den anbefalte planen gir. Ingen verdi når det ikke er arbeidsdager igjen.",
                        "The same per seller per remaining week, shown beside the meetings the recommended plan gives. No value when no working days are left.",
                    )}
                </dd>
            </dl>
            {live(lang, figures)}
        </section>
    }
    .into_any()
}

// ---------------------------------------------------------------------------
// 9. Gap, coverage and risk

fn risk_section(state: AppState, lang: Lang) -> AnyView {
    let target = lang.pick("mål", "target");
    let closed = lang.pick("solgt", "closed");
    let figures = move || {
        state.deferred.evaluation.with(|e| {
            let no_days = lang.pick("ingen arbeidsdager igjen", "no working days left");
            let no_gap = lang.pick("gapet er 0: målet er nådd", "the gap is 0: the target is reached");
            let concentration = e.concentration.map(|c| percent(c, lang)).ok_or(if e.deals.is_empty() {
                lang.pick("ingen åpne avtaler", "no open deals")
            } else {
                lang.pick("den veide pipelinen er 0", "the weighted pipeline is 0")
            });
            let slipped = e.deals.iter().filter(|d| d.slipped).count() as f64;
            let removed = state
                .stress
                .with(|st| st.as_ref().map(|st| st.removed))
                .and_then(|j| state.deferred.scenario.with(|s| s.deals.get(j).map(|d| d.name.clone())))
                .ok_or(lang.pick("ingen åpne avtaler", "no open deals"));
            view! {
                {fact(lang.pick("Gap, G", "Gap, G"), shown(None, Ok(money_in(state, e.gap, lang))))}
                {fact(
                    lang.pick("Per arbeidsdag", "Per working day"),
                    shown(Some("explainer-gap-per-day"), e.needed_per_working_day.map(|v| money_in(state, v, lang)).ok_or(no_days)),
                )}
                {fact(lang.pick("Veid pipeline", "Weighted pipeline"), shown(None, Ok(money_in(state, e.weighted_pipeline, lang))))}
                {fact(lang.pick("Rå dekning", "Raw coverage"), shown(None, e.raw_coverage.map(|c| multiple(c, lang)).ok_or(no_gap)))}
                {fact(lang.pick("Veid dekning", "Weighted coverage"), shown(None, e.weighted_coverage.map(|c| multiple(c, lang)).ok_or(no_gap)))}
                {fact(lang.pick("Avtaler som har glidd", "Slipped deals"), shown(None, Ok(integer(slipped, lang))))}
                {fact(lang.pick("Konsentrasjon", "Concentration"), shown(None, concentration))}
                {fact(lang.pick("Stresstest uten", "Stress test without"), shown(None, removed))}
            }
        })
    };
    view! {
        <section class="explainer-section">
            <h3>{lang.pick("9. Gap, dekning og risiko", "9. Gap, coverage and risk")}</h3>
            <dl class="explainer-terms">
                <dt><code>"G = max(0, " {target}" − " {closed}")"</code>", "<code>"G / W"<sub>"d"</sub></code></dt>
                <dd>
                    {lang.pick(
                        "Gapet til salgsmålet, og hvor mye som må selges per arbeidsdag som er igjen. Per arbeidsdag finnes ikke når det ikke er arbeidsdager igjen.",
                        "The gap to the target, and how much must be sold per working day left. Per working day is not available when no working days are left.",
                    )}
                </dd>
                <dt>{lang.pick("Veid pipeline", "Weighted pipeline")}": "<code>"Σ p"<sub>"j"</sub>" × V"<sub>"j"</sub></code></dt>
                <dd>{lang.pick("Alle åpne avtaler, hver veid med vinnsjansen.", "All open deals, each weighted by its win probability.")}</dd>
                <dt>
                    {lang.pick("Dekning", "Coverage")}": "<code>"Σ V"<sub>"j"</sub>" / G"</code>
                    {lang.pick(" (rå) og ", " (raw) and ")}
                    <code>"Σ p"<sub>"j"</sub>" × V"<sub>"j"</sub>" / G"</code>
                    {lang.pick(" (veid)", " (weighted)")}
                </dt>
                <dd>{lang.pick("Hvor mange ganger gapet salgspipelinen dekker. Finnes ikke når gapet er 0.", "How many times the pipeline covers the gap. Not available when the gap is 0.")}</dd>
                <dt>{lang.pick("Glidd", "Slipped")}</dt>
                <dd>{lang.pick("En avtale har glidd når kjøperens forventede beslutningsdato er passert.", "A deal has slipped when the buyer's expected decision date has passed.")}</dd>
                <dt>{lang.pick("Konsentrasjon", "Concentration")}</dt>
                <dd>
                    {lang.pick(
                        "Summen av de tre største p × V delt på den veide pipelinen: hvor mye av resultatet som står på få avtaler. 100 % med tre avtaler eller færre; finnes ikke uten avtaler eller når den veide pipelinen er 0.",
                        "The sum of the three largest p × V divided by the weighted pipeline: how much of the result rests on a few deals. 100% with three deals or fewer; not available without deals or when the weighted pipeline is 0.",
                    )}
                </dd>
                <dt>{lang.pick("Stresstest", "Stress test")}</dt>
                <dd>
                    {lang.pick(
                        "Avtalen med størst p × V tas ut (ved likhet den første i listen), og alt regnes ut på nytt – også A. Dere ser konklusjonen, s",
                        "The deal with the largest p × V is taken out (on ties, the first in the list), and everything is calculated again – A included. You see the verdict, s",
                    )}
                    <sup>"*"</sup>
                    {lang.pick(
                        " og sjansen for å nå målet med den anbefalte planen uten den avtalen.",
                        " and the chance of reaching the target with the recommended plan without that deal.",
                    )}
                </dd>
            </dl>
            {live(lang, figures)}
        </section>
    }
    .into_any()
}

// ---------------------------------------------------------------------------
// 10. Uncertainty

fn uncertainty_section(state: AppState, lang: Lang) -> AnyView {
    let worked = lang.pick("bearbeidet", "worked");
    let pushed = lang.pick("presset", "pushed");
    let trials = integer(TRIALS as f64, lang);
    let trials_text = match lang {
        Lang::Nb => format!(
            "Forventede verdier sier ikke hvor sikkert målet er. Derfor spiller modellen perioden av {trials} ganger (Monte Carlo). Tilfeldighetene starter alltid fra det samme frøet, så de samme tallene gir alltid det samme svaret."
        ),
        Lang::En => format!(
            "Expected values do not say how sure the target is. So the model plays the period out {trials} times (Monte Carlo). The randomness always starts from the same seed, so the same numbers always give the same answer."
        ),
    };
    let figures = move || {
        state.uncertainty.with(|u| {
            let calculating = lang.pick("regnes ut …", "calculating …");
            let no_a = lang.pick("A mangler", "A is missing");
            let hit = |result: &Option<crate::model::montecarlo::Uncertainty>| -> AnyView {
                if u.calculating {
                    view! { <span class="explainer-value explainer-pending">{calculating}</span> }.into_any()
                } else {
                    shown(None, result.as_ref().map(|r| percent(r.p_hit, lang)).ok_or(no_a))
                }
            };
            let spread: AnyView = if u.calculating {
                view! { <span class="explainer-value explainer-pending">{calculating}</span> }.into_any()
            } else {
                shown(
                    None,
                    u.recommended
                        .as_ref()
                        .map(|r| {
                            format!(
                                "{} / {} / {}",
                                money_in(state, r.p10, lang),
                                money_in(state, r.p50, lang),
                                money_in(state, r.p90, lang)
                            )
                        })
                        .ok_or(no_a),
                )
            };
            view! {
                {fact(lang.pick("Sjanse for å nå målet, anbefalt plan", "Chance of reaching the target, recommended plan"), hit(&u.recommended))}
                {fact(lang.pick("Sjanse for å nå målet, presse alt", "Chance of reaching the target, push everything"), hit(&u.trap))}
                {fact(lang.pick("P10 / P50 / P90, anbefalt plan", "P10 / P50 / P90, recommended plan"), spread)}
            }
        })
    };
    view! {
        <section class="explainer-section">
            <h3>{lang.pick("10. Usikkerhet", "10. Uncertainty")}</h3>
            <p>{trials_text}</p>
            <p>{lang.pick("I hver runde:", "In each trial:")}</p>
            <ul>
                <li>
                    {lang.pick("vinnes hver moden avtale med sannsynlighet ", "each mature deal is won with probability ")}
                    <code>{worked}<sub>"j"</sub>" × p"<sub>"j"</sub></code>
                    {lang.pick(", til full verdi;", ", at full value;")}
                </li>
                <li>
                    {lang.pick("vinnes hver presset avtale med sannsynlighet ", "each pushed deal is won with probability ")}
                    <code>{pushed}<sub>"j"</sub>" × p"<sub>"j"</sub>" × (1 − k)"</code>
                    {lang.pick(", til ", ", at ")}
                    <code>"(1 − d) × V"<sub>"j"</sub></code>";"
                </li>
                <li>
                    {lang.pick(
                        "trekkes antallet nye salg i perioden fra en Poisson-fordeling med snitt ",
                        "the number of new wins this period is drawn from a Poisson distribution with mean ",
                    )}
                    <code>"f"<sub>"1"</sub>" × (H"<sub>"p"</sub>" / " {lang.pick("timer per møte", "hours per meeting")} ") × q × w"</code>
                    {lang.pick(", hvert verdt A.", ", each worth A.")}
                </li>
            </ul>
            <dl class="explainer-terms">
                <dt>{lang.pick("Sjanse for å nå målet", "Chance of reaching the target")}</dt>
                <dd>
                    {lang.pick(
                        "Andelen runder der salget i inneværende periode, medregnet det som allerede er solgt, når salgsmålet. Regnes for den anbefalte planen og for å presse alt.",
                        "The share of trials in which this period's sales, including what is already closed, reach the target. Calculated for the recommended plan and for pushing everything.",
                    )}
                </dd>
                <dt>"P10"</dt>
                <dd>{lang.pick("Én av ti runder endte lavere enn dette: et svakt utfall.", "One in ten trials ended lower than this: a weak outcome.")}</dd>
                <dt>"P50"</dt>
                <dd>{lang.pick("Midt på: halvparten av rundene endte lavere, halvparten høyere.", "The middle: half the trials ended lower, half higher.")}</dd>
                <dt>"P90"</dt>
                <dd>{lang.pick("Ni av ti runder endte lavere enn dette: et sterkt utfall.", "Nine in ten trials ended lower than this: a strong outcome.")}</dd>
            </dl>
            {live(lang, figures)}
        </section>
    }
    .into_any()
}

// ---------------------------------------------------------------------------
// 11. The defaults and where they come from

/// Why a default has the value it has.
#[derive(Clone, Copy)]
enum Basis {
    StartingValue,
    Assumption,
    MilderThanStudy,
    TypicalB2b,
    OwnDeals,
    RuleOfThumb,
    StageWeighting,
    SameTarget,
}

impl Basis {
    fn text(self, lang: Lang) -> &'static str {
        match self {
            Basis::StartingValue => lang.pick("Startverdi – bytt til teamets eget tall", "Starting value – use your team's own"),
            Basis::Assumption => lang.pick("Moderat antakelse", "Moderate assumption"),
            Basis::MilderThanStudy => lang.pick("Mildere enn studien", "Milder than the study"),
            Basis::TypicalB2b => lang.pick("Typisk for B2B i mellomstore selskaper", "Typical mid-market B2B figure"),
            Basis::OwnDeals => lang.pick("Fra deres egne avtaler", "From your own deals"),
            Basis::RuleOfThumb => lang.pick("Vanlig tommelfingerregel", "Common rule of thumb"),
            Basis::StageWeighting => {
                lang.pick("Typisk stegvekting – bytt til egen historikk", "Typical stage weighting – use your own history")
            }
            Basis::SameTarget => lang.pick("Samme mål som nå, til dere setter et annet", "The same target as now, until you set another"),
        }
    }
}

struct DefaultRow {
    label: String,
    default: String,
    current: String,
    basis: Basis,
}

/// Every default (docs/model.md §1, §2, §7) beside this scenario's value.
fn default_rows(scenario: &Scenario, lang: Lang) -> Vec<(&'static str, Vec<DefaultRow>)> {
    let team = Team::default();
    let closing = Closing::default();
    let prospecting = Prospecting::default();
    let t = |nb: &'static str, en: &'static str| lang.pick(nb, en).to_string();
    let h = |x: f64| hours(x, lang);
    let n = |x: f64| editable(x, 2, lang);
    let pc = |x: f64| percent(x, lang);
    let row = |label: String, default: String, current: String, basis: Basis| DefaultRow { label, default, current, basis };
    let mean_of_deals = t("snittet av de åpne avtalene", "the mean of the open deals");

    let team_rows = vec![
        row(t("Selgere", "Sellers"), n(team.sellers), n(scenario.team.sellers), Basis::StartingValue),
        row(
            t("Timer per selger per uke", "Hours per seller per week"),
            h(team.hours_per_week),
            h(scenario.team.hours_per_week),
            Basis::StartingValue,
        ),
    ];
    let closing_rows = vec![
        row(
            t("Timer for å sluttføre én moden avtale", "Hours to land one mature deal"),
            h(closing.hours_per_deal),
            h(scenario.closing.hours_per_deal),
            Basis::Assumption,
        ),
        row(
            t("Timer for å presse én umoden avtale", "Hours to push one immature deal"),
            h(closing.push_hours_per_deal),
            h(scenario.closing.push_hours_per_deal),
            Basis::Assumption,
        ),
        row(
            t("Ekstra rabatt på pressede avtaler, d", "Extra discount on pushed deals, d"),
            pc(closing.push_discount),
            pc(scenario.closing.push_discount),
            Basis::MilderThanStudy,
        ),
        row(
            t("Lavere vinnsjanse når man presser, k", "Lower win probability when pushed, k"),
            pc(closing.push_win_penalty),
            pc(scenario.closing.push_win_penalty),
            Basis::MilderThanStudy,
        ),
        row(
            t("Tap når en moden avtale glir, σ", "Loss when a mature deal slips, σ"),
            pc(closing.slip_decay),
            pc(scenario.closing.slip_decay),
            Basis::Assumption,
        ),
    ];
    let prospecting_rows = vec![
        row(
            t("Timer per første kundemøte", "Hours per first customer meeting"),
            h(prospecting.hours_per_meeting),
            h(scenario.prospecting.hours_per_meeting),
            Basis::TypicalB2b,
        ),
        row(
            t("Møter som blir salgsmuligheter, q", "Meetings that become opportunities, q"),
            pc(prospecting.meeting_to_opportunity),
            pc(scenario.prospecting.meeting_to_opportunity),
            Basis::TypicalB2b,
        ),
        row(
            t("Vinnrate for nye muligheter, w", "Win rate of new opportunities, w"),
            pc(prospecting.win_rate),
            pc(scenario.prospecting.win_rate),
            Basis::TypicalB2b,
        ),
        row(
            t("Salgssyklus, L", "Sales cycle, L"),
            days(prospecting.cycle_days, lang),
            days(scenario.prospecting.cycle_days, lang),
            Basis::TypicalB2b,
        ),
        row(
            t("Kjøpere som er klare nå, r", "Buyers ready to act now, r"),
            pc(prospecting.ready_now_share),
            pc(scenario.prospecting.ready_now_share),
            Basis::Assumption,
        ),
        row(
            t("Snittstørrelse på nye avtaler, A", "Average size of a new deal, A"),
            prospecting.avg_deal_size.map_or_else(|| mean_of_deals.clone(), |a| money(a, &scenario.currency, lang)),
            scenario.prospecting.avg_deal_size.map_or_else(|| mean_of_deals.clone(), |a| money(a, &scenario.currency, lang)),
            Basis::OwnDeals,
        ),
    ];
    let next_target =
        |value: Option<f64>| value.map_or_else(|| t("samme som salgsmålet", "same as this target"), |v| money(v, &scenario.currency, lang));
    let mut pipeline_rows = vec![
        row(
            t("Ønsket pipelinedekning neste periode", "Pipeline coverage wanted for next period"),
            format!("{}×", n(DEFAULT_COVERAGE_GOAL)),
            format!("{}×", n(scenario.coverage_goal)),
            Basis::RuleOfThumb,
        ),
        row(t("Mål for neste periode", "Next period's target"), next_target(None), next_target(scenario.next_target), Basis::SameTarget),
        row(
            t("Første modne steg", "First mature stage"),
            stage_name(scenario, DEFAULT_MATURITY_STAGE, lang),
            stage_name(scenario, &scenario.maturity_stage, lang),
            Basis::Assumption,
        ),
    ];
    for DefaultStage { id, nb, en, probability } in DEFAULT_STAGES {
        let current = scenario
            .stages
            .iter()
            .find(|stage| stage.id == id)
            .map_or_else(|| t("ikke i bruk", "not in use"), |stage| pc(stage.probability));
        pipeline_rows.push(row(
            format!("{}: {}", t("Vinnsjanse", "Win probability"), lang.pick(nb, en)),
            pc(probability),
            current,
            Basis::StageWeighting,
        ));
    }

    vec![
        (lang.pick("Teamet", "The team"), team_rows),
        (lang.pick("Sluttføre og presse", "Closing and pushing"), closing_rows),
        (lang.pick("Prospektering", "Prospecting"), prospecting_rows),
        (lang.pick("Pipeline og salgssteg", "Pipeline and stages"), pipeline_rows),
    ]
}

fn defaults_section(state: AppState, lang: Lang) -> AnyView {
    let closing = Closing::default();
    let prospecting = Prospecting::default();
    let year = STUDY_YEAR;
    let win_drop = percent(STUDY_WIN_RATE_DROP, lang);
    let size_drop = percent_one_decimal(STUDY_DEAL_SIZE_DROP, lang);
    let k = percent(closing.push_win_penalty, lang);
    let d = percent(closing.push_discount, lang);
    let (study_before, study_after) = match lang {
        Lang::Nb => (
            format!(
                "Straffen for å presse bygger på en studie fra {year} av salg i slutten av kvartalet, med data fra InsideSales, omtalt i Harvard Business Review ("
            ),
            format!(
                "). Avtaler som ble presset i mål ved kvartalsslutt, hadde omtrent {win_drop} lavere vinnrate og omtrent {size_drop} mindre avtalestørrelse. Standardverdiene her, k = {k} og d = {d}, er med vilje mildere enn det."
            ),
        ),
        Lang::En => (
            format!(
                "The cost of pushing builds on a {year} study of end-of-quarter selling, using InsideSales data and reported in Harvard Business Review ("
            ),
            format!(
                "). Deals pushed to close at quarter end had win rates about {win_drop} lower and deal sizes about {size_drop} smaller. The defaults here, k = {k} and d = {d}, are deliberately milder than that."
            ),
        ),
    };
    let per_meeting = hours(prospecting.hours_per_meeting, lang);
    let q = percent(prospecting.meeting_to_opportunity, lang);
    let w = percent(prospecting.win_rate, lang);
    let cycle = days(prospecting.cycle_days, lang);
    let funnel = match lang {
        Lang::Nb => format!(
            "Trakten – ett første kundemøte per {per_meeting} prospektering, {q} av møtene blir salgsmuligheter, {w} av dem vinnes, og salgssyklusen er {cycle} – er typiske tall for B2B-salg i mellomstore selskaper. De er ment å byttes ut med teamets egne så snart dere har dem."
        ),
        Lang::En => format!(
            "The funnel – one first customer meeting per {per_meeting} of prospecting, {q} of meetings becoming opportunities, {w} of those won, and a sales cycle of {cycle} – uses typical mid-market B2B figures. They are meant to be replaced by your team's own as soon as you have them."
        ),
    };
    let rows = move || {
        state.deferred.scenario.with(|s| {
            default_rows(s, lang)
                .into_iter()
                .map(|(group, rows)| {
                    view! {
                        <tbody>
                            <tr class="explainer-group">
                                <th scope="colgroup" colspan="4">{group}</th>
                            </tr>
                            {rows
                                .into_iter()
                                .map(|row| {
                                    view! {
                                        <tr>
                                            <th scope="row">{row.label}</th>
                                            <td class="explainer-number">{row.default}</td>
                                            <td class="explainer-number">{row.current}</td>
                                            <td>{row.basis.text(lang)}</td>
                                        </tr>
                                    }
                                })
                                .collect_view()}
                        </tbody>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="explainer-section">
            <h3>{lang.pick("11. Standardverdiene og hvor de kommer fra", "11. The defaults and where they come from")}</h3>
            <p>
                {lang.pick(
                    "Standardverdiene er med vilje moderate, og alle kan endres under forutsetningene.",
                    "The defaults are deliberately moderate, and every one can be changed under the assumptions.",
                )}
            </p>
            <p>
                {study_before}
                <cite>"The End-of-Quarter Sales Rush Costs Companies Money"</cite>
                {study_after}
            </p>
            <p>{funnel}</p>
            <div class="explainer-table-wrap" role="region" tabindex="0"
                aria-label=lang.pick("Standardverdier", "Defaults")>
                <table class="explainer-defaults">
                    <caption class="visually-hidden">
                        {lang.pick(
                            "Hver standardverdi, verdien i dette scenarioet og hva den bygger på",
                            "Each default, the value in this scenario and what it rests on",
                        )}
                    </caption>
                    <thead>
                        <tr>
                            <th scope="col">{lang.pick("Forutsetning", "Assumption")}</th>
                            <th scope="col" class="explainer-number">{lang.pick("Standard", "Default")}</th>
                            <th scope="col" class="explainer-number">{lang.pick("Dette scenarioet", "This scenario")}</th>
                            <th scope="col">{lang.pick("Grunnlag", "Basis")}</th>
                        </tr>
                    </thead>
                    {rows}
                </table>
            </div>
        </section>
    }
    .into_any()
}

// ---------------------------------------------------------------------------
// 12. Rounding and "not available"

fn rounding_section(state: AppState, lang: Lang) -> AnyView {
    let figures = move || {
        state.deferred.evaluation.with(|e| {
            let (closing, prospecting) = whole_percents(e.recommended.split);
            let text = format!(
                "{} + {} = {}",
                percent(f64::from(closing) / 100.0, lang),
                percent(f64::from(prospecting) / 100.0, lang),
                percent(1.0, lang)
            );
            view! {
                {fact(lang.pick("Anbefalt fordeling", "Recommended split"), shown(None, Ok(text)))}
            }
        })
    };
    view! {
        <section class="explainer-section">
            <h3>{lang.pick("12. Avrunding og «—»", "12. Rounding and \u{201c}—\u{201d}")}</h3>
            <ul>
                <li>
                    {lang.pick(
                        "Alt regnes med full presisjon; bare visningen rundes. Beløp vises i hele kroner (hele enheter av valutaen), andeler i hele prosent.",
                        "Everything is calculated at full precision; only the display is rounded. Money is shown in whole units of the currency, shares in whole percents.",
                    )}
                </li>
                <li>
                    {lang.pick(
                        "Fordelingen vises som to hele prosenter som til sammen blir 100: andelen til å sluttføre rundes, og prospektering får resten.",
                        "The split is shown as two whole percents that add up to 100: the closing share is rounded, and prospecting gets the rest.",
                    )}
                </li>
                <li>
                    {lang.pick(
                        "«—» betyr at tallet ikke kan regnes ut, som regel fordi formelen ville delt på null. Grunnen står alltid ved siden av. Det skjer når det ikke er arbeidsdager igjen (per arbeidsdag, per selger per uke), når q = 0 eller A mangler (kundemøter som trengs), når det ikke er åpne avtaler og ingen snittstørrelse (A og alt som bygger på den), når gapet er 0 (dekning), og når det ikke er avtaler eller den veide pipelinen er 0 (konsentrasjon).",
                        "\u{201c}—\u{201d} means the number cannot be calculated, usually because its formula would divide by zero. The reason is always shown beside it. That happens when no working days are left (per working day, per seller per week), when q = 0 or A is missing (meetings needed), when there are no open deals and no average size (A and everything built on it), when the gap is 0 (coverage), and when there are no deals or the weighted pipeline is 0 (concentration).",
                    )}
                </li>
            </ul>
            {live(lang, figures)}
        </section>
    }
    .into_any()
}
