//! The scenario document (docs/model.md §1): the one source of truth for storage,
//! files and share links. Field names are the JSON names.

use std::ops::{Deref, DerefMut};
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::date::Date;

/// Value of the `format` field that identifies a scenario document.
pub const FORMAT: &str = "skippertak.scenario";
/// The schema version this build writes and the newest it reads.
pub const VERSION: u32 = 1;
/// Longest scenario or deal name, in characters.
pub const MAX_NAME_CHARS: usize = 120;
/// Most hours per seller per week that the model accepts.
pub const MAX_HOURS_PER_WEEK: f64 = 80.0;

// Bounds beyond docs/model.md §1. Every value a team could mean lies well inside
// them, and inside them every output of the model is a finite number.
/// Largest amount: `target`, `closed`, `next_target`, `avg_deal_size` and a deal's `value`.
pub const MAX_AMOUNT: f64 = 1e12;
/// Most sellers.
pub const MAX_SELLERS: f64 = 10_000.0;
/// Fewest hours for one task (`hours_per_deal`, `push_hours_per_deal`,
/// `hours_per_meeting`): the model divides by them.
pub const MIN_TASK_HOURS: f64 = 0.1;
/// Most hours for one task.
pub const MAX_TASK_HOURS: f64 = 10_000.0;
/// Longest sales cycle, in days (ten years).
pub const MAX_CYCLE_DAYS: f64 = 3_650.0;
/// Largest pipeline coverage multiple wanted.
pub const MAX_COVERAGE_GOAL: f64 = 100.0;
/// Longest period, in days from start to end, both counted (about three years).
pub const MAX_PERIOD_DAYS: i64 = 1_100;

/// A sales plan's inputs: targets, period, team, assumptions, stages and open deals.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scenario {
    /// Must be `FORMAT`; marks the JSON as a scenario document.
    pub format: String,
    /// Schema version the document was written with (at most `VERSION`).
    pub version: u32,
    /// The scenario's name, shown to the user.
    pub name: String,
    /// Currency code the amounts are in, e.g. "NOK".
    pub currency: String,
    /// The period being planned.
    pub period: Period,
    /// What the period should sell, in `currency`.
    pub target: f64,
    /// What has been won so far this period, in `currency`.
    pub closed: f64,
    /// `None` means "same as `target`".
    pub next_target: Option<f64>,
    /// The sellers and the hours they have.
    pub team: Team,
    /// Assumptions about closing deals, normally or by pushing.
    pub closing: Closing,
    /// Assumptions about winning new business.
    pub prospecting: Prospecting,
    /// How many times next period's target the team wants in its pipeline.
    pub coverage_goal: f64,
    /// The sales stages, earliest first.
    pub stages: Vec<Stage>,
    /// Id of the earliest stage whose deals count as mature.
    pub maturity_stage: String,
    /// The open deals (won ones are in `closed`, lost ones removed).
    pub deals: Deals,
    /// Where assumptions came from when they were not typed in, by field
    /// path ("prospecting.win_rate"): an extension of the document that
    /// readers of it may ignore. The model never reads it, so it is kept
    /// as the document has it; `crate::import::apply` writes and reads it.
    #[serde(default, skip_serializing_if = "Sources::is_empty")]
    pub sources: Sources,
}

/// The `sources` extension as the document holds it: a JSON object, kept
/// as its text. The first load copies and compares scenarios on every
/// keystroke; a text costs it no code of its own to do so.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sources(String);

impl Sources {
    /// Whether there is none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The entries, by field path.
    pub fn entries(&self) -> serde_json::Map<String, serde_json::Value> {
        serde_json::from_str(&self.0).unwrap_or_default()
    }

    /// Sources with these entries (none when empty).
    pub fn from_entries(entries: &serde_json::Map<String, serde_json::Value>) -> Sources {
        if entries.is_empty() { Sources::default() } else { Sources(serde_json::Value::Object(entries.clone()).to_string()) }
    }

    /// Sources read from a document's value, as its text.
    pub fn from_value(value: &serde_json::Value) -> Sources {
        Sources(value.to_string())
    }
}

impl Serialize for Sources {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serde_json::from_str::<serde_json::Value>(&self.0).unwrap_or(serde_json::Value::Null).serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Sources {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Sources, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        Ok(if value.is_object() { Sources::from_value(&value) } else { Sources::default() })
    }
}

/// The period being planned, both ends included.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Period {
    /// First day of the period.
    pub start: Date,
    /// Last day of the period, itself included; not before `start`.
    pub end: Date,
    /// `None` means "the browser's local date".
    pub today: Option<Date>,
}

/// The selling team.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Team {
    /// How many people sell; may be fractional.
    pub sellers: f64,
    /// Hours each seller has per week for closing and prospecting.
    pub hours_per_week: f64,
}

/// Assumptions about closing deals.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Closing {
    /// Hours still needed before a mature deal is signed the normal way.
    pub hours_per_deal: f64,
    /// Hours it takes to rush an immature deal to a signature this period.
    pub push_hours_per_deal: f64,
    /// Extra discount (fraction 0..1) given to get a rushed deal signed.
    pub push_discount: f64,
    /// Relative fall (0..1) in a forced deal's win probability.
    pub push_win_penalty: f64,
    /// Relative fall (0..1) in a mature deal's win probability when it is left to slip into the next period.
    pub slip_decay: f64,
}

/// Assumptions about winning new business.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Prospecting {
    /// Prospecting hours that produce one first customer meeting.
    pub hours_per_meeting: f64,
    /// Share (0..1) of first meetings that become opportunities.
    pub meeting_to_opportunity: f64,
    /// Share (0..1) of new opportunities that are won.
    pub win_rate: f64,
    /// `None` means "the mean value of the open deals".
    pub avg_deal_size: Option<f64>,
    /// Sales cycle, in days, from first meeting to won deal.
    pub cycle_days: f64,
    /// Share (0..1) of new business from buyers ready to decide at once, won within this period.
    pub ready_now_share: f64,
}

/// One sales stage.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Stage {
    /// Stable identifier that deals and `maturity_stage` refer to.
    pub id: String,
    /// Name to show; the id is shown when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Win probability (0..1) of a deal in this stage.
    pub probability: f64,
}

/// One open deal.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Deal {
    /// The deal's name.
    pub name: String,
    /// Expected value if won, in the scenario's currency.
    pub value: f64,
    /// Id of the stage the deal is in.
    pub stage: String,
    /// Overrides the stage's probability when set.
    pub probability: Option<f64>,
    /// Expected close date, if known.
    pub close_date: Option<Date>,
    /// Overrides the derived maturity when set.
    pub mature: Option<bool>,
}

/// The open deals, shared between copies of a scenario. The page copies the
/// scenario on every keystroke, and most keystrokes leave the deals alone:
/// the copies then share one list, and comparing them costs one pointer
/// check. Writing (through `DerefMut`) first copies the list if another
/// scenario still shares it, so copies never see each other's edits.
#[derive(Clone, Debug, Default)]
pub struct Deals(Arc<Vec<Deal>>);

impl Deals {
    /// Whether `self` and `other` are the same list, not only equal ones.
    pub fn is_shared_with(&self, other: &Deals) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for Deals {
    type Target = Vec<Deal>;
    fn deref(&self) -> &Vec<Deal> {
        &self.0
    }
}

impl DerefMut for Deals {
    fn deref_mut(&mut self) -> &mut Vec<Deal> {
        Arc::make_mut(&mut self.0)
    }
}

impl PartialEq for Deals {
    fn eq(&self, other: &Deals) -> bool {
        self.is_shared_with(other) || self.0 == other.0
    }
}

impl PartialEq<Vec<Deal>> for Deals {
    fn eq(&self, other: &Vec<Deal>) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<Deals> for Vec<Deal> {
    fn eq(&self, other: &Deals) -> bool {
        *self == *other.0
    }
}

impl From<Vec<Deal>> for Deals {
    fn from(deals: Vec<Deal>) -> Deals {
        Deals(Arc::new(deals))
    }
}

impl FromIterator<Deal> for Deals {
    fn from_iter<I: IntoIterator<Item = Deal>>(deals: I) -> Deals {
        Deals::from(deals.into_iter().collect::<Vec<_>>())
    }
}

impl<'a> IntoIterator for &'a Deals {
    type Item = &'a Deal;
    type IntoIter = std::slice::Iter<'a, Deal>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<'a> IntoIterator for &'a mut Deals {
    type Item = &'a mut Deal;
    type IntoIter = std::slice::IterMut<'a, Deal>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter_mut()
    }
}

impl Serialize for Deals {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Deals {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Deals, D::Error> {
        Vec::<Deal>::deserialize(deserializer).map(Deals::from)
    }
}

impl Default for Team {
    fn default() -> Self {
        Team { sellers: 3.0, hours_per_week: 15.0 }
    }
}

impl Default for Closing {
    fn default() -> Self {
        Closing { hours_per_deal: 8.0, push_hours_per_deal: 8.0, push_discount: 0.15, push_win_penalty: 0.30, slip_decay: 0.20 }
    }
}

impl Default for Prospecting {
    fn default() -> Self {
        Prospecting {
            hours_per_meeting: 5.0,
            meeting_to_opportunity: 0.25,
            win_rate: 0.20,
            avg_deal_size: None,
            cycle_days: 60.0,
            ready_now_share: 0.10,
        }
    }
}

/// Currency of a new scenario.
pub const DEFAULT_CURRENCY: &str = "NOK";
/// Pipeline coverage multiple of a new scenario.
pub const DEFAULT_COVERAGE_GOAL: f64 = 3.0;
/// Maturity stage id of a new scenario.
pub const DEFAULT_MATURITY_STAGE: &str = "negotiation";

/// One of the default sales stages: its id, its name in each language and
/// its win probability.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DefaultStage {
    /// The id that stages and deals refer to (e.g. `proposal`).
    pub id: &'static str,
    /// Norwegian bokmål.
    pub nb: &'static str,
    /// English.
    pub en: &'static str,
    /// Win probability (0..1).
    pub probability: f64,
}

/// The default sales stages (docs/model.md §2).
pub const DEFAULT_STAGES: [DefaultStage; 5] = [
    DefaultStage { id: "qualified", nb: "Kvalifisert", en: "Qualified", probability: 0.10 },
    DefaultStage { id: "discovery", nb: "Behovsavklaring", en: "Needs analysis", probability: 0.25 },
    DefaultStage { id: "proposal", nb: "Tilbud sendt", en: "Proposal sent", probability: 0.45 },
    DefaultStage { id: "negotiation", nb: "Forhandling", en: "Negotiation", probability: 0.65 },
    DefaultStage { id: "commit", nb: "Muntlig ja", en: "Verbal yes", probability: 0.85 },
];

/// `DEFAULT_STAGES` as scenario stages, without labels.
pub fn default_stages() -> Vec<Stage> {
    DEFAULT_STAGES.iter().map(|stage| Stage { id: stage.id.to_string(), label: None, probability: stage.probability }).collect()
}

impl Scenario {
    /// A scenario with every optional field at its default.
    pub fn new(start: Date, end: Date, target: f64) -> Scenario {
        Scenario {
            format: FORMAT.to_string(),
            version: VERSION,
            name: String::new(),
            currency: DEFAULT_CURRENCY.to_string(),
            period: Period { start, end, today: None },
            target,
            closed: 0.0,
            next_target: None,
            team: Team::default(),
            closing: Closing::default(),
            prospecting: Prospecting::default(),
            coverage_goal: DEFAULT_COVERAGE_GOAL,
            stages: default_stages(),
            maturity_stage: DEFAULT_MATURITY_STAGE.to_string(),
            deals: Deals::default(),
            sources: Sources::default(),
        }
    }

    /// Index of a stage by id.
    pub fn stage_index(&self, id: &str) -> Option<usize> {
        self.stages.iter().position(|stage| stage.id == id)
    }
}

#[cfg(test)]
mod deals_tests {
    use super::*;

    fn deal(name: &str) -> Deal {
        Deal { name: name.into(), value: 1.0, stage: "s".into(), probability: None, close_date: None, mature: None }
    }

    #[test]
    fn copies_share_the_list_until_one_writes_and_never_see_each_others_edits() {
        let original = Deals::from(vec![deal("a"), deal("b")]);
        let mut copy = original.clone();
        assert!(copy.is_shared_with(&original));
        copy[0].name = "changed".into();
        assert!(!copy.is_shared_with(&original));
        assert_eq!(original[0].name, "a");
        assert_eq!(copy[0].name, "changed");
        assert_ne!(copy, original);
    }

    #[test]
    fn equal_lists_compare_equal_whether_shared_or_not() {
        let one = Deals::from(vec![deal("a")]);
        let other = Deals::from(vec![deal("a")]);
        assert!(!one.is_shared_with(&other));
        assert_eq!(one, other);
        assert_eq!(one, one.clone());
    }

    #[test]
    fn reads_and_writes_as_a_plain_json_list() {
        let deals = Deals::from(vec![deal("a")]);
        let json = serde_json::to_string(&deals).unwrap();
        assert!(json.starts_with("[{\"name\":\"a\""));
        let back: Deals = serde_json::from_str(&json).unwrap();
        assert_eq!(back, deals);
    }
}
