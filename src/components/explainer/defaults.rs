//! 11. The defaults and where they come from: the study behind the cost of
//! pushing, the funnel's typical figures, and a table of every default
//! beside this scenario's value (docs/model.md §1, §2, §7).

use leptos::prelude::*;

use super::{days, hours, percent_one_decimal, stage_name};
use crate::app::AppState;
use crate::format::{editable, money, percent};
use crate::i18n::Lang;
use crate::model::scenario::{
    Closing, DEFAULT_COVERAGE_GOAL, DEFAULT_MATURITY_STAGE, DEFAULT_STAGES, DefaultStage, Prospecting, Scenario, Team,
};
use crate::text::Text;
use crate::text::explainer as text;

/// Year of the end-of-quarter study behind the push defaults (docs/model.md §7).
const STUDY_YEAR: u16 = 2017;
/// Relative drop in win rate the study measured for pushed deals.
const STUDY_WIN_RATE_DROP: f64 = 0.51;
/// Relative drop in deal size the study measured for pushed deals.
const STUDY_DEAL_SIZE_DROP: f64 = 0.345;

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
    fn text(self) -> Text {
        match self {
            Basis::StartingValue => text::BASIS_STARTING_VALUE,
            Basis::Assumption => text::BASIS_ASSUMPTION,
            Basis::MilderThanStudy => text::BASIS_MILDER_THAN_STUDY,
            Basis::TypicalB2b => text::BASIS_TYPICAL_B2B,
            Basis::OwnDeals => text::BASIS_OWN_DEALS,
            Basis::RuleOfThumb => text::BASIS_RULE_OF_THUMB,
            Basis::StageWeighting => text::BASIS_STAGE_WEIGHTING,
            Basis::SameTarget => text::BASIS_SAME_TARGET,
        }
    }
}

struct DefaultRow {
    label: String,
    default: String,
    current: String,
    basis: Basis,
}

/// Every default beside this scenario's value, in groups.
fn default_rows(scenario: &Scenario, lang: Lang) -> Vec<(&'static str, Vec<DefaultRow>)> {
    let team = Team::default();
    let closing = Closing::default();
    let prospecting = Prospecting::default();
    let t = |words: Text| words.get(lang).to_string();
    let h = |x: f64| hours(x, lang);
    let n = |x: f64| editable(x, 2, lang);
    let pc = |x: f64| percent(x, lang);
    let row = |label: Text, default: String, current: String, basis: Basis| DefaultRow { label: t(label), default, current, basis };
    let mean_of_deals = t(text::MEAN_OF_OPEN_DEALS);

    let team_rows = vec![
        row(text::ROW_SELLERS, n(team.sellers), n(scenario.team.sellers), Basis::StartingValue),
        row(text::ROW_HOURS_PER_WEEK, h(team.hours_per_week), h(scenario.team.hours_per_week), Basis::StartingValue),
    ];
    let closing_rows = vec![
        row(text::ROW_HOURS_PER_DEAL, h(closing.hours_per_deal), h(scenario.closing.hours_per_deal), Basis::Assumption),
        row(text::ROW_PUSH_HOURS_PER_DEAL, h(closing.push_hours_per_deal), h(scenario.closing.push_hours_per_deal), Basis::Assumption),
        row(text::ROW_PUSH_DISCOUNT, pc(closing.push_discount), pc(scenario.closing.push_discount), Basis::MilderThanStudy),
        row(text::ROW_PUSH_PENALTY, pc(closing.push_win_penalty), pc(scenario.closing.push_win_penalty), Basis::MilderThanStudy),
        row(text::ROW_SLIP_DECAY, pc(closing.slip_decay), pc(scenario.closing.slip_decay), Basis::Assumption),
    ];
    let prospecting_rows = vec![
        row(text::ROW_HOURS_PER_MEETING, h(prospecting.hours_per_meeting), h(scenario.prospecting.hours_per_meeting), Basis::TypicalB2b),
        row(
            text::ROW_MEETING_TO_OPPORTUNITY,
            pc(prospecting.meeting_to_opportunity),
            pc(scenario.prospecting.meeting_to_opportunity),
            Basis::TypicalB2b,
        ),
        row(text::ROW_WIN_RATE, pc(prospecting.win_rate), pc(scenario.prospecting.win_rate), Basis::TypicalB2b),
        row(text::ROW_CYCLE, days(prospecting.cycle_days, lang), days(scenario.prospecting.cycle_days, lang), Basis::TypicalB2b),
        row(text::ROW_READY_NOW, pc(prospecting.ready_now_share), pc(scenario.prospecting.ready_now_share), Basis::Assumption),
        row(
            text::ROW_AVERAGE_SIZE,
            prospecting.avg_deal_size.map_or_else(|| mean_of_deals.clone(), |a| money(a, &scenario.currency, lang)),
            scenario.prospecting.avg_deal_size.map_or_else(|| mean_of_deals.clone(), |a| money(a, &scenario.currency, lang)),
            Basis::OwnDeals,
        ),
    ];
    let next_target = |value: Option<f64>| value.map_or_else(|| t(text::SAME_AS_TARGET), |v| money(v, &scenario.currency, lang));
    let mut pipeline_rows = vec![
        row(
            text::ROW_COVERAGE_GOAL,
            format!("{}×", n(DEFAULT_COVERAGE_GOAL)),
            format!("{}×", n(scenario.coverage_goal)),
            Basis::RuleOfThumb,
        ),
        row(text::ROW_NEXT_TARGET, next_target(None), next_target(scenario.next_target), Basis::SameTarget),
        row(
            text::FIRST_MATURE_STAGE,
            stage_name(scenario, DEFAULT_MATURITY_STAGE, lang),
            stage_name(scenario, &scenario.maturity_stage, lang),
            Basis::Assumption,
        ),
    ];
    for DefaultStage { id, nb, en, probability } in DEFAULT_STAGES {
        let current =
            scenario.stages.iter().find(|stage| stage.id == id).map_or_else(|| t(text::NOT_IN_USE), |stage| pc(stage.probability));
        pipeline_rows.push(DefaultRow {
            label: text::ROW_STAGE_PROBABILITY.fill(lang, &[("stage", lang.pick(nb, en))]),
            default: pc(probability),
            current,
            basis: Basis::StageWeighting,
        });
    }

    vec![
        (text::GROUP_TEAM.get(lang), team_rows),
        (text::GROUP_CLOSING.get(lang), closing_rows),
        (text::GROUP_PROSPECTING.get(lang), prospecting_rows),
        (text::GROUP_PIPELINE.get(lang), pipeline_rows),
    ]
}

pub(super) fn section(state: AppState, lang: Lang) -> AnyView {
    let closing = Closing::default();
    let prospecting = Prospecting::default();
    let study = text::STUDY.fill(lang, &[("year", &STUDY_YEAR.to_string())]);
    let findings = text::STUDY_FINDINGS.fill(
        lang,
        &[
            ("win_drop", &percent(STUDY_WIN_RATE_DROP, lang)),
            ("size_drop", &percent_one_decimal(STUDY_DEAL_SIZE_DROP, lang)),
            ("k", &percent(closing.push_win_penalty, lang)),
            ("d", &percent(closing.push_discount, lang)),
        ],
    );
    let funnel = text::FUNNEL.fill(
        lang,
        &[
            ("per_meeting", &hours(prospecting.hours_per_meeting, lang)),
            ("q", &percent(prospecting.meeting_to_opportunity, lang)),
            ("w", &percent(prospecting.win_rate, lang)),
            ("cycle", &days(prospecting.cycle_days, lang)),
        ],
    );
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
                                            <td>{row.basis.text().get(lang)}</td>
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
            <h3>{text::DEFAULTS_TITLE.get(lang)}</h3>
            <p>{text::DEFAULTS_LEAD.get(lang)}</p>
            <p>
                {study}
                <cite>"The End-of-Quarter Sales Rush Costs Companies Money"</cite>
                {findings}
            </p>
            <p>{funnel}</p>
            <div class="explainer-table-wrap" role="region" tabindex="0"
                aria-label=text::DEFAULTS_TABLE.get(lang)>
                <table class="explainer-defaults">
                    <caption class="visually-hidden">{text::DEFAULTS_CAPTION.get(lang)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{text::COLUMN_ASSUMPTION.get(lang)}</th>
                            <th scope="col" class="explainer-number">{text::COLUMN_DEFAULT.get(lang)}</th>
                            <th scope="col" class="explainer-number">{text::COLUMN_THIS_SCENARIO.get(lang)}</th>
                            <th scope="col">{text::COLUMN_BASIS.get(lang)}</th>
                        </tr>
                    </thead>
                    {rows}
                </table>
            </div>
        </section>
    }
    .into_any()
}
