//! The stage step: every distinct stage value of a file, how many rows
//! have it, and the scenario stage it goes to (or won / lost). An unknown
//! stage is never an error: it gets a guess the user can change. Or the
//! scenario takes the file's own stages ("Use the file's stages").

use std::collections::HashMap;

use super::meanings::{PipelineMatch, default_stage_id, pipeline_stage, stage_meaning, typical_probability};
use super::names::{shorten, unneutralize};
use super::vocabulary::{Crm, StageMeaning};
use super::words::compact;
use crate::model::scenario::{DEFAULT_STAGES, MAX_NAME_CHARS, Stage};

/// Where the rows of one stage value go.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum StageTarget {
    /// The scenario stage with this id (or, with the file's stages, the
    /// file stage with this id).
    Stage(String),
    /// Closed and won: history, not an open deal.
    Won,
    /// Closed and lost: history, not an open deal.
    Lost,
}

impl StageTarget {
    /// Stable id, for the dialog's options and remembered choices:
    /// `stage:<id>`, `won` or `lost`.
    pub fn id(&self) -> String {
        match self {
            StageTarget::Stage(id) => format!("stage:{id}"),
            StageTarget::Won => "won".to_string(),
            StageTarget::Lost => "lost".to_string(),
        }
    }

    /// The target with this id.
    pub fn from_id(id: &str) -> Option<StageTarget> {
        match id {
            "won" => Some(StageTarget::Won),
            "lost" => Some(StageTarget::Lost),
            _ => id.strip_prefix("stage:").map(|s| StageTarget::Stage(s.to_string())),
        }
    }
}

/// How a stage value's target was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StageHow {
    /// It names a stage of the scenario.
    Exact,
    /// It is a won or lost stage by name.
    Closed,
    /// The nearest stage to the file's own probability for it.
    Probability,
    /// A stage of a CRM's default pipeline.
    Pipeline(Crm),
    /// A word people use for such a stage.
    Synonym,
    /// Nothing tells: the first stage, to be checked.
    Unknown,
    /// The same as for the last file of this shape.
    Remembered,
    /// The user chose.
    Chosen,
}

/// One distinct stage value of a file.
#[derive(Clone, Debug, PartialEq)]
pub struct StageValue {
    /// The value as the file writes it first (trimmed); "" for no stage.
    pub text: String,
    /// The comparison key: letters and digits, folded.
    pub key: String,
    /// Rows with this value.
    pub rows: usize,
    /// The mean of the file's probabilities for these rows, if it has any.
    pub probability: Option<f64>,
    /// What the name means, if the vocabulary knows it.
    pub meaning: Option<StageMeaning>,
    /// The default pipeline stage of that name, if any.
    pub pipeline: Option<PipelineMatch>,
    /// Where the stage's deals go.
    pub target: StageTarget,
    /// How that was decided.
    pub how: StageHow,
}

/// The distinct values of the stage column in order of first appearance,
/// with their row counts and mean probabilities (`probabilities[i]` is row
/// `i`'s, if readable).
pub fn collect<'a>(cells: impl IntoIterator<Item = &'a str>, probabilities: &[Option<f64>], crm: Crm) -> Vec<StageValue> {
    let mut values: Vec<StageValue> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut sums: Vec<(f64, usize)> = Vec::new();
    for (row, cell) in cells.into_iter().enumerate() {
        let text = unneutralize(cell.trim()).trim();
        let key = compact(text);
        let at = *index.entry(key.clone()).or_insert_with(|| {
            let meaning = if key.is_empty() { None } else { stage_meaning(text, crm) };
            values.push(StageValue {
                text: shorten(text, MAX_NAME_CHARS),
                key,
                rows: 0,
                probability: None,
                meaning,
                pipeline: pipeline_stage(text, crm),
                target: StageTarget::Stage(String::new()),
                how: StageHow::Unknown,
            });
            sums.push((0.0, 0));
            values.len() - 1
        });
        values[at].rows += 1;
        if let Some(Some(p)) = probabilities.get(row) {
            sums[at].0 += p;
            sums[at].1 += 1;
        }
    }
    for (value, (sum, n)) in values.iter_mut().zip(sums) {
        value.probability = (n > 0).then(|| sum / n as f64);
    }
    values
}

/// Guesses each value's target among `stages`, most telling first: a
/// scenario stage's own id or name; won or lost by name; what the name
/// means in a CRM's default pipeline or in the words people use for each
/// step, in any of the export languages; the stage nearest the file's own
/// probability for a name nothing else knows; else the first stage.
///
/// Names go before probabilities: a file's probabilities are often each
/// deal's own, and the nearest stage to their mean can put "Negotiation"
/// before "Proposal". The deals keep those probabilities as their own.
pub fn guess(values: &mut [StageValue], stages: &[Stage]) {
    for value in values.iter_mut() {
        let (target, how) = guess_one(value, stages);
        value.target = target;
        value.how = how;
    }
}

fn guess_one(value: &StageValue, stages: &[Stage]) -> (StageTarget, StageHow) {
    let first = || StageTarget::Stage(stages.first().map(|s| s.id.clone()).unwrap_or_default());
    if let Some(stage) = names_stage(&value.key, stages) {
        return (StageTarget::Stage(stage.id.clone()), StageHow::Exact);
    }
    match value.meaning {
        Some(StageMeaning::Won) => return (StageTarget::Won, StageHow::Closed),
        Some(StageMeaning::Lost) => return (StageTarget::Lost, StageHow::Closed),
        _ => {}
    }
    if let Some(meaning) = value.meaning {
        let how = match value.pipeline {
            Some(found) => StageHow::Pipeline(found.crm),
            None => StageHow::Synonym,
        };
        let by_id = default_stage_id(meaning).and_then(|id| stages.iter().find(|s| s.id == id));
        let probability = value.pipeline.map_or(typical_probability(meaning), |m| m.probability);
        if let Some(stage) = by_id.or_else(|| nearest(stages, probability)) {
            return (StageTarget::Stage(stage.id.clone()), how);
        }
    }
    if let Some(p) = value.probability {
        if let Some(stage) = nearest(stages, p) {
            return (StageTarget::Stage(stage.id.clone()), StageHow::Probability);
        }
    }
    (first(), StageHow::Unknown)
}

/// The scenario stage a key names: by id, own label, or a default stage's
/// name in either language.
pub(crate) fn names_stage<'a>(key: &str, stages: &'a [Stage]) -> Option<&'a Stage> {
    if key.is_empty() {
        return None;
    }
    stages
        .iter()
        .find(|s| compact(&s.id) == key)
        .or_else(|| stages.iter().find(|s| s.label.as_deref().is_some_and(|l| compact(l) == key)))
        .or_else(|| stages.iter().find(|s| DEFAULT_STAGES.iter().any(|d| d.id == s.id && (compact(d.en) == key || compact(d.nb) == key))))
}

/// The stage whose probability is nearest `p` (the earlier on a tie).
fn nearest(stages: &[Stage], p: f64) -> Option<&Stage> {
    stages.iter().min_by(|a, b| (a.probability - p).abs().total_cmp(&(b.probability - p).abs()))
}

/// The scenario's stages made from the file's own open stage values.
#[derive(Clone, Debug, PartialEq)]
pub struct FileStages {
    /// In pipeline order (rising probability).
    pub stages: Vec<Stage>,
    /// The first stage counted as mature.
    pub maturity_stage: String,
    /// The stage id of each value (by key); closed values have none.
    pub ids: HashMap<String, String>,
    /// Keys of the values whose probability nothing in the file or the
    /// vocabulary gave, so it is assumed.
    pub assumed: Vec<String>,
}

/// Probability given to a stage nothing says anything about.
const ASSUMED_PROBABILITY: f64 = 0.10;

/// Builds stages from the open values (those not going to won or lost):
/// each value's probability is the file's mean, else its default
/// pipeline's, else its meaning's typical one, else 10 % (marked as
/// assumed); ordered by probability, ties in file order. The maturity
/// stage is the first meaning negotiation or later, else the first at 60 %
/// or more, else the last.
pub fn file_stages(values: &[StageValue]) -> FileStages {
    let mut open: Vec<(usize, &StageValue, f64, bool)> = values
        .iter()
        .enumerate()
        .filter(|(_, v)| matches!(v.target, StageTarget::Stage(_)))
        .map(|(i, v)| {
            let known = v.probability.or(v.pipeline.map(|m| m.probability)).or(v.meaning.map(typical_probability));
            (i, v, known.unwrap_or(ASSUMED_PROBABILITY), known.is_none())
        })
        .collect();
    open.sort_by(|a, b| a.2.total_cmp(&b.2).then(a.0.cmp(&b.0)));
    let mut stages = Vec::with_capacity(open.len());
    let mut ids = HashMap::new();
    let mut assumed = Vec::new();
    for (_, value, probability, is_assumed) in &open {
        let id = unique_id(&value.key, &stages);
        let label = if value.text.is_empty() { None } else { Some(value.text.clone()) };
        stages.push(Stage { id: id.clone(), label, probability: *probability });
        ids.insert(value.key.clone(), id);
        if *is_assumed {
            assumed.push(value.key.clone());
        }
    }
    let mature_meaning = open.iter().position(|(_, v, ..)| matches!(v.meaning, Some(StageMeaning::Negotiation | StageMeaning::Commit)));
    let mature_at = mature_meaning.or_else(|| stages.iter().position(|s| s.probability >= 0.6)).unwrap_or(stages.len().saturating_sub(1));
    let maturity_stage = stages.get(mature_at).map(|s| s.id.clone()).unwrap_or_default();
    FileStages { stages, maturity_stage, ids, assumed }
}

/// A stage id from a value's key, unique among `stages`: "proposal",
/// "proposal_2", or "stage" for a blank value.
fn unique_id(key: &str, stages: &[Stage]) -> String {
    let base: String = if key.is_empty() { "stage".to_string() } else { key.chars().take(40).collect() };
    let mut id = base.clone();
    let mut n = 2;
    while stages.iter().any(|s| s.id == id) {
        id = format!("{base}_{n}");
        n += 1;
    }
    id
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::scenario::default_stages;

    fn values(cells: &[&str], probabilities: &[Option<f64>], crm: Crm) -> Vec<StageValue> {
        let mut v = collect(cells.iter().copied(), probabilities, crm);
        guess(&mut v, &default_stages());
        v
    }

    fn target(v: &[StageValue], text: &str) -> (StageTarget, StageHow) {
        let found = v.iter().find(|v| v.text == text).unwrap();
        (found.target.clone(), found.how)
    }

    fn stage(id: &str) -> StageTarget {
        StageTarget::Stage(id.into())
    }

    #[test]
    fn distinct_values_with_counts_and_mean_probabilities() {
        let v = collect(["Proposal", "proposal ", "Contract", "", "Proposal"], &[Some(0.4), Some(0.6), None, None, None], Crm::Spreadsheet);
        assert_eq!(v.len(), 3);
        assert_eq!((v[0].text.as_str(), v[0].rows, v[0].probability), ("Proposal", 3, Some(0.5)));
        assert_eq!((v[1].text.as_str(), v[1].rows, v[1].probability), ("Contract", 1, None));
        assert_eq!((v[2].text.as_str(), v[2].rows), ("", 1));
    }

    #[test]
    fn names_go_first_and_the_file_probability_places_the_names_nothing_knows() {
        let cells = ["Contacted", "Proposal", "Contract", "Closed Won", "Closed Lost", "Our own words", "Forhandling"];
        let p = [Some(0.1), Some(0.5), Some(0.9), Some(1.0), Some(0.0), Some(0.3), Some(0.54)];
        let v = values(&cells, &p, Crm::Salesforce);
        assert_eq!(target(&v, "Contacted").0, stage("qualified"));
        assert_eq!(target(&v, "Proposal"), (stage("proposal"), StageHow::Exact));
        assert_eq!(target(&v, "Contract").0, stage("commit"));
        assert_eq!(target(&v, "Closed Won"), (StageTarget::Won, StageHow::Closed));
        assert_eq!(target(&v, "Closed Lost"), (StageTarget::Lost, StageHow::Closed));
        assert_eq!(target(&v, "Our own words"), (stage("discovery"), StageHow::Probability));
        // Its deals' probabilities average 54 %: still the negotiation stage.
        assert_eq!(target(&v, "Forhandling"), (stage("negotiation"), StageHow::Exact));
    }

    #[test]
    fn without_probabilities_pipelines_and_synonyms_decide() {
        let cells = ["Appointment Scheduled", "Negociación", "Forhandling", "Something", ""];
        let v = values(&cells, &[], Crm::HubSpot);
        assert_eq!(target(&v, "Appointment Scheduled"), (stage("qualified"), StageHow::Pipeline(Crm::HubSpot)));
        assert_eq!(target(&v, "Negociación").0, stage("negotiation"));
        assert_eq!(target(&v, "Forhandling"), (stage("negotiation"), StageHow::Exact));
        assert_eq!(target(&v, "Something"), (stage("qualified"), StageHow::Unknown));
        assert_eq!(target(&v, ""), (stage("qualified"), StageHow::Unknown));
    }

    #[test]
    fn the_files_own_stages_in_pipeline_order_with_a_maturity_stage() {
        let cells = ["Contract", "Contacted", "Proposal", "Closed Won", "Mystery"];
        let p = [Some(0.9), Some(0.1), Some(0.5), Some(1.0), None];
        let v = values(&cells, &p, Crm::Salesforce);
        let f = file_stages(&v);
        let ids: Vec<&str> = f.stages.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, vec!["contacted", "mystery", "proposal", "contract"]);
        assert_eq!(f.stages[1].probability, 0.10);
        assert_eq!(f.assumed, vec!["mystery".to_string()]);
        assert_eq!(f.stages[3].label.as_deref(), Some("Contract"));
        assert_eq!(f.maturity_stage, "contract");
        assert_eq!(f.ids.get("closedwon"), None);
    }
}
