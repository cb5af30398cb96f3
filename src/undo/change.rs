//! What an edit changed, so that typing in one field becomes one step to
//! undo rather than one step per keystroke, while adding, deleting or
//! importing deals, or changing several things at once, is a step of its own.

use crate::model::Scenario;
use crate::model::scenario::Deal;

/// The kind of difference between two versions of a scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// Nothing differs.
    None,
    /// Exactly one field differs, named by its path in the document
    /// (`team.sellers`, `deals[3].value`): further edits of the same field
    /// join the same step.
    Field(String),
    /// Anything larger: deals added, deleted, reordered or imported, stages
    /// changed, a reset, several fields at once. Always a step of its own.
    Many,
}

impl Change {
    fn join(self, other: Change) -> Change {
        match (self, other) {
            (Change::None, other) | (other, Change::None) => other,
            _ => Change::Many,
        }
    }
}

fn field(differs: bool, path: &str) -> Change {
    if differs { Change::Field(path.to_string()) } else { Change::None }
}

/// The change that turns `before` into `after`. Deal lists that are shared
/// (see `Deals`) are not looked into, so an edit outside the deals costs
/// the same at 2,000 deals as at 10.
pub fn change_between(before: &Scenario, after: &Scenario) -> Change {
    let (b, a) = (before, after);
    let mut change = Change::None;
    let scalars = [
        (b.format != a.format || b.version != a.version, "format"),
        (b.name != a.name, "name"),
        (b.currency != a.currency, "currency"),
        (b.period.start != a.period.start, "period.start"),
        (b.period.end != a.period.end, "period.end"),
        (b.period.today != a.period.today, "period.today"),
        (b.target != a.target, "target"),
        (b.closed != a.closed, "closed"),
        (b.next_target != a.next_target, "next_target"),
        (b.team.sellers != a.team.sellers, "team.sellers"),
        (b.team.hours_per_week != a.team.hours_per_week, "team.hours_per_week"),
        (b.closing.hours_per_deal != a.closing.hours_per_deal, "closing.hours_per_deal"),
        (b.closing.push_hours_per_deal != a.closing.push_hours_per_deal, "closing.push_hours_per_deal"),
        (b.closing.push_discount != a.closing.push_discount, "closing.push_discount"),
        (b.closing.push_win_penalty != a.closing.push_win_penalty, "closing.push_win_penalty"),
        (b.closing.slip_decay != a.closing.slip_decay, "closing.slip_decay"),
        (b.prospecting.hours_per_meeting != a.prospecting.hours_per_meeting, "prospecting.hours_per_meeting"),
        (b.prospecting.meeting_to_opportunity != a.prospecting.meeting_to_opportunity, "prospecting.meeting_to_opportunity"),
        (b.prospecting.win_rate != a.prospecting.win_rate, "prospecting.win_rate"),
        (b.prospecting.avg_deal_size != a.prospecting.avg_deal_size, "prospecting.avg_deal_size"),
        (b.prospecting.cycle_days != a.prospecting.cycle_days, "prospecting.cycle_days"),
        (b.prospecting.ready_now_share != a.prospecting.ready_now_share, "prospecting.ready_now_share"),
        (b.coverage_goal != a.coverage_goal, "coverage_goal"),
        (b.maturity_stage != a.maturity_stage, "maturity_stage"),
        (b.sources != a.sources, "sources"),
    ];
    for (differs, path) in scalars {
        change = change.join(field(differs, path));
        if change == Change::Many {
            return change;
        }
    }
    if b.stages != a.stages {
        return Change::Many;
    }
    if b.deals.is_shared_with(&a.deals) {
        return change;
    }
    change.join(deals_change(&b.deals, &a.deals))
}

fn deals_change(before: &[Deal], after: &[Deal]) -> Change {
    if before.len() != after.len() {
        return Change::Many;
    }
    let mut change = Change::None;
    for (index, (b, a)) in before.iter().zip(after).enumerate() {
        if b == a {
            continue;
        }
        let fields = [
            (b.name != a.name, "name"),
            (b.value != a.value, "value"),
            (b.stage != a.stage, "stage"),
            (b.probability != a.probability, "probability"),
            (b.close_date != a.close_date, "close_date"),
            (b.mature != a.mature, "mature"),
        ];
        for (differs, name) in fields {
            change = change.join(field(differs, &format!("deals[{index}].{name}")));
            if change == Change::Many {
                return change;
            }
        }
    }
    change
}

#[cfg(test)]
mod tests {
    use super::*;

    fn demo() -> Scenario {
        crate::model::parse_scenario(include_str!("../demo.json")).unwrap()
    }

    #[test]
    fn one_field_is_named_by_its_path() {
        let before = demo();
        let mut after = before.clone();
        after.team.sellers += 1.0;
        assert_eq!(change_between(&before, &after), Change::Field("team.sellers".into()));
        let mut after = before.clone();
        after.deals[2].value += 1.0;
        assert_eq!(change_between(&before, &after), Change::Field("deals[2].value".into()));
        assert_eq!(change_between(&before, &before.clone()), Change::None);
    }

    #[test]
    fn structural_and_combined_changes_are_many() {
        let before = demo();
        let mut added = before.clone();
        added.deals.push(before.deals[0].clone());
        assert_eq!(change_between(&before, &added), Change::Many);
        let mut removed = before.clone();
        removed.deals.remove(0);
        assert_eq!(change_between(&before, &removed), Change::Many);
        let mut two = before.clone();
        two.target += 1.0;
        two.closed += 1.0;
        assert_eq!(change_between(&before, &two), Change::Many);
        let mut deal_and_field = before.clone();
        deal_and_field.target += 1.0;
        deal_and_field.deals[0].name.push('x');
        assert_eq!(change_between(&before, &deal_and_field), Change::Many);
        let mut stages = before.clone();
        stages.stages[0].probability = 0.01;
        assert_eq!(change_between(&before, &stages), Change::Many);
    }
}
