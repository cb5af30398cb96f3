//! The scenario document (MODEL.md §1): the one source of truth for storage,
//! files and share links. Field names are the JSON names.

use serde::{Deserialize, Serialize};

use super::date::Date;

/// Value of the `format` field that identifies a scenario document.
pub const FORMAT: &str = "skippertak.scenario";
/// The schema version this build writes and the newest it reads.
pub const VERSION: u32 = 1;
/// Longest scenario or deal name, in characters.
pub const MAX_NAME_CHARS: usize = 120;
/// Most hours per seller per week that the model accepts.
pub const MAX_HOURS_PER_WEEK: f64 = 80.0;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scenario {
    pub format: String,
    pub version: u32,
    pub name: String,
    pub currency: String,
    pub period: Period,
    pub target: f64,
    pub closed: f64,
    /// `None` means "same as `target`".
    pub next_target: Option<f64>,
    pub team: Team,
    pub closing: Closing,
    pub prospecting: Prospecting,
    pub coverage_goal: f64,
    pub stages: Vec<Stage>,
    pub maturity_stage: String,
    pub deals: Vec<Deal>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Period {
    pub start: Date,
    pub end: Date,
    /// `None` means "the browser's local date".
    pub today: Option<Date>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Team {
    pub sellers: f64,
    pub hours_per_week: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Closing {
    pub hours_per_deal: f64,
    pub push_hours_per_deal: f64,
    pub push_discount: f64,
    pub push_win_penalty: f64,
    pub slip_decay: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Prospecting {
    pub hours_per_meeting: f64,
    pub meeting_to_opportunity: f64,
    pub win_rate: f64,
    /// `None` means "the mean value of the open deals".
    pub avg_deal_size: Option<f64>,
    pub cycle_days: f64,
    pub ready_now_share: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Stage {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    pub probability: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Deal {
    pub name: String,
    pub value: f64,
    pub stage: String,
    /// Overrides the stage's probability when set.
    pub probability: Option<f64>,
    pub close_date: Option<Date>,
    /// Overrides the derived maturity when set.
    pub mature: Option<bool>,
}

impl Default for Team {
    fn default() -> Self {
        Team { sellers: 3.0, hours_per_week: 15.0 }
    }
}

impl Default for Closing {
    fn default() -> Self {
        Closing {
            hours_per_deal: 8.0,
            push_hours_per_deal: 8.0,
            push_discount: 0.15,
            push_win_penalty: 0.30,
            slip_decay: 0.20,
        }
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

pub const DEFAULT_CURRENCY: &str = "NOK";
pub const DEFAULT_COVERAGE_GOAL: f64 = 3.0;
pub const DEFAULT_MATURITY_STAGE: &str = "negotiation";

/// The default sales stages (MODEL.md §2): id, English, Norwegian, probability.
pub const DEFAULT_STAGES: [(&str, &str, &str, f64); 5] = [
    ("qualified", "Qualified", "Kvalifisert", 0.10),
    ("discovery", "Needs analysis", "Behovsavklaring", 0.25),
    ("proposal", "Proposal sent", "Tilbud sendt", 0.45),
    ("negotiation", "Negotiation", "Forhandling", 0.65),
    ("commit", "Verbal yes", "Muntlig ja", 0.85),
];

pub fn default_stages() -> Vec<Stage> {
    DEFAULT_STAGES
        .iter()
        .map(|(id, _, _, probability)| Stage { id: (*id).to_string(), label: None, probability: *probability })
        .collect()
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
            deals: Vec::new(),
        }
    }

    /// Index of a stage by id.
    pub fn stage_index(&self, id: &str) -> Option<usize> {
        self.stages.iter().position(|stage| stage.id == id)
    }
}
