//! Checking a scenario held in memory against the same rules as a document,
//! reusing the deals' checks when the deals have not changed.

use super::checks::check_version;
use super::codes::{ErrorCode, FieldError};
use super::reader::{AMOUNT, Found, Item, Missing, Path, Reader, Rule};
use crate::model::scenario::*;

/// The deals' problems from an earlier check, with the deals and the stage
/// ids they were checked against. Most edits leave both as they were (the
/// same shared list of deals), and then the deals need no second look.
#[derive(Clone, Debug, Default)]
pub struct DealChecks {
    deals: Deals,
    known_stages: Vec<String>,
    errors: Vec<FieldError>,
}

impl Scenario {
    /// Checks an in-memory scenario against the same rules as a document,
    /// so edits made in the UI meet exactly the rules of a file. It reads
    /// the fields directly, as a document written from this scenario would
    /// be read: a number that is not finite is written as null, so it counts
    /// as absent. (Going through JSON would cost a round trip per keystroke.)
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        self.validate_reusing(&mut None)
    }

    /// [`Scenario::validate`], taking the deals' problems from `earlier` when
    /// it was made for these same deals and stages, and keeping there the
    /// ones found now otherwise. The answer is the same either way.
    pub fn validate_reusing(&self, earlier: &mut Option<DealChecks>) -> Result<(), Vec<FieldError>> {
        if self.format != FORMAT {
            return Err(vec![FieldError::new("format", ErrorCode::WrongFormat)]);
        }
        check_version(u64::from(self.version))?;

        let mut r = Reader::default();
        r.check_name(&self.name, "name", false);
        r.check_currency(&self.currency);
        let start = r.date("period.", "start", Found::date(self.period.start), true);
        let end = r.date("period.", "end", Found::date(self.period.end), true);
        r.date("period.", "today", self.period.today.map_or(Found::Absent, Found::date), false);
        r.check_period(start, end);

        r.number("", "target", Found::number(self.target), AMOUNT, Missing::Required);
        r.number("", "closed", Found::number(self.closed), Rule::NonNegative(MAX_AMOUNT), Missing::Default(0.0));
        r.number("", "next_target", Found::optional_number(self.next_target), AMOUNT, Missing::Null);

        let Team { sellers, hours_per_week } = self.team;
        r.team(|key| Found::number(if key == "sellers" { sellers } else { hours_per_week }));
        let c = &self.closing;
        r.closing(|key| {
            Found::number(match key {
                "hours_per_deal" => c.hours_per_deal,
                "push_hours_per_deal" => c.push_hours_per_deal,
                "push_discount" => c.push_discount,
                "push_win_penalty" => c.push_win_penalty,
                _ => c.slip_decay,
            })
        });
        let p = &self.prospecting;
        r.prospecting(|key| match key {
            "hours_per_meeting" => Found::number(p.hours_per_meeting),
            "meeting_to_opportunity" => Found::number(p.meeting_to_opportunity),
            "win_rate" => Found::number(p.win_rate),
            "avg_deal_size" => Found::optional_number(p.avg_deal_size),
            "cycle_days" => Found::number(p.cycle_days),
            _ => Found::number(p.ready_now_share),
        });
        r.coverage_goal(Found::number(self.coverage_goal));

        if self.stages.is_empty() {
            r.fail("stages", ErrorCode::NoStages);
        }
        // Only stages with a usable probability are kept when a document is read.
        let mut known: Vec<&str> = Vec::with_capacity(self.stages.len());
        for (i, stage) in self.stages.iter().enumerate() {
            let prefix = Item("stages", i);
            r.check_stage_id(&prefix, &stage.id, known.iter().any(|k| *k == stage.id));
            if let Some(label) = &stage.label {
                r.check_name(label, &Path(&prefix, "label"), false);
            }
            if r.number(&prefix, "probability", Found::number(stage.probability), Rule::Fraction, Missing::Required).is_some() {
                known.push(&stage.id);
            }
        }
        let stage_known = |id: &str| known.contains(&id);
        r.check_maturity_stage(&self.maturity_stage, !known.is_empty(), &stage_known);

        let still_valid = earlier.as_ref().is_some_and(|checks| {
            checks.deals.is_shared_with(&self.deals) && checks.known_stages.iter().map(String::as_str).eq(known.iter().copied())
        });
        if !still_valid {
            // Deal fields have paths of their own, so their problems can be
            // collected apart from the others' and added after them.
            let mut d = Reader::default();
            for (i, deal) in self.deals.iter().enumerate() {
                let prefix = Item("deals", i);
                d.check_name(&deal.name, &Path(&prefix, "name"), true);
                d.number(&prefix, "value", Found::number(deal.value), AMOUNT, Missing::Required);
                if !stage_known(&deal.stage) {
                    d.fail(format!("{prefix}stage"), ErrorCode::UnknownStage);
                }
                d.number(&prefix, "probability", Found::optional_number(deal.probability), Rule::Fraction, Missing::Null);
                d.date(&prefix, "close_date", deal.close_date.map_or(Found::Absent, Found::date), false);
            }
            *earlier = Some(DealChecks {
                deals: self.deals.clone(),
                known_stages: known.iter().map(|id| id.to_string()).collect(),
                errors: d.errors,
            });
        }
        if let Some(checks) = earlier {
            r.errors.extend(checks.errors.iter().cloned());
        }

        if r.errors.is_empty() { Ok(()) } else { Err(r.errors) }
    }

    /// The scenario as a JSON document.
    pub fn to_json(&self) -> String {
        // Serialising plain data with finite numbers cannot fail; non-finite
        // numbers are written as null by serde_json and then refused on read.
        serde_json::to_string(self).unwrap_or_default()
    }
}
