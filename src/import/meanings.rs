//! What a stage name or a status value means, looked up in the vocabulary
//! whatever the CRM or language ("Negociación", "Decision maker bought-in",
//! "decisionmakerboughtin" and "Forhandling" are all found).

use std::collections::HashMap;
use std::sync::OnceLock;

use super::vocabulary::{Crm, PIPELINES, STAGE_WORDS, STATUS_WORDS, StageMeaning, Status};
use super::words::compact;

/// A stage name found in a CRM's default pipeline.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PipelineMatch {
    /// The CRM whose pipeline has the stage.
    pub crm: Crm,
    /// What the stage means.
    pub meaning: StageMeaning,
    /// The CRM's default probability for the stage.
    pub probability: f64,
    /// Its place in the pipeline, from 0.
    pub position: usize,
}

struct Tables {
    pipelines: HashMap<String, Vec<PipelineMatch>>,
    words: HashMap<String, StageMeaning>,
    statuses: HashMap<String, Status>,
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut pipelines: HashMap<String, Vec<PipelineMatch>> = HashMap::new();
        for pipeline in PIPELINES {
            for (position, stage) in pipeline.stages.iter().enumerate() {
                for name in stage.names {
                    let found = PipelineMatch { crm: pipeline.crm, meaning: stage.meaning, probability: stage.probability, position };
                    let entry = pipelines.entry(compact(name)).or_default();
                    if !entry.iter().any(|m| m.crm == found.crm) {
                        entry.push(found);
                    }
                }
            }
        }
        let mut words = HashMap::new();
        for (meaning, names) in STAGE_WORDS {
            for name in *names {
                words.entry(compact(name)).or_insert(*meaning);
            }
        }
        let mut statuses = HashMap::new();
        for (status, names) in STATUS_WORDS {
            for name in *names {
                statuses.entry(compact(name)).or_insert(*status);
            }
        }
        Tables { pipelines, words, statuses }
    })
}

/// The default pipeline stage with this name: of `crm` if it has one,
/// else of any CRM.
pub fn pipeline_stage(name: &str, crm: Crm) -> Option<PipelineMatch> {
    pipeline_stage_of_key(&compact(name), crm)
}

fn pipeline_stage_of_key(key: &str, crm: Crm) -> Option<PipelineMatch> {
    let found = tables().pipelines.get(key)?;
    found.iter().find(|m| m.crm == crm).or_else(|| found.first()).copied()
}

/// What a stage name means: a default pipeline's stage first, then the
/// synonyms people use in their own pipelines and spreadsheets.
pub fn stage_meaning(name: &str, crm: Crm) -> Option<StageMeaning> {
    stage_meaning_of_key(&compact(name), crm)
}

/// [`stage_meaning`] of a name already made a key (`words::compact`).
pub fn stage_meaning_of_key(key: &str, crm: Crm) -> Option<StageMeaning> {
    pipeline_stage_of_key(key, crm).map(|m| m.meaning).or_else(|| tables().words.get(key).copied())
}

/// Open, won or lost, from a status cell.
pub fn status_of(text: &str) -> Option<Status> {
    status_of_key(&compact(super::names::unneutralize(text.trim())))
}

/// [`status_of`] of a cell already made a key (`words::compact`).
pub fn status_of_key(key: &str) -> Option<Status> {
    if key.is_empty() {
        return None;
    }
    tables().statuses.get(key).copied()
}

/// A typical win probability for a meaning: the default stages' own.
pub fn typical_probability(meaning: StageMeaning) -> f64 {
    match meaning {
        StageMeaning::Qualified => 0.10,
        StageMeaning::Discovery => 0.25,
        StageMeaning::Proposal => 0.45,
        StageMeaning::Negotiation => 0.65,
        StageMeaning::Commit => 0.85,
        StageMeaning::Won => 1.0,
        StageMeaning::Lost => 0.0,
    }
}

/// The default stage id a meaning stands for (closed meanings have none).
pub fn default_stage_id(meaning: StageMeaning) -> Option<&'static str> {
    match meaning {
        StageMeaning::Qualified => Some("qualified"),
        StageMeaning::Discovery => Some("discovery"),
        StageMeaning::Proposal => Some("proposal"),
        StageMeaning::Negotiation => Some("negotiation"),
        StageMeaning::Commit => Some("commit"),
        StageMeaning::Won | StageMeaning::Lost => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stage_names_in_several_crms_and_languages() {
        assert_eq!(stage_meaning("Decision maker bought-in", Crm::HubSpot), Some(StageMeaning::Negotiation));
        assert_eq!(stage_meaning("decisionmakerboughtin", Crm::Spreadsheet), Some(StageMeaning::Negotiation));
        assert_eq!(stage_meaning("Closed Won", Crm::Salesforce), Some(StageMeaning::Won));
        assert_eq!(stage_meaning("Closed Lost", Crm::Zoho), Some(StageMeaning::Lost));
        assert_eq!(stage_meaning("Forhandling", Crm::Spreadsheet), Some(StageMeaning::Negotiation));
        assert_eq!(stage_meaning("Negociación", Crm::Spreadsheet), Some(StageMeaning::Negotiation));
        assert_eq!(stage_meaning("Tilbud", Crm::Spreadsheet), Some(StageMeaning::Proposal));
        assert_eq!(stage_meaning("Contract", Crm::Salesforce), Some(StageMeaning::Commit));
        assert_eq!(stage_meaning("Vunnet", Crm::Spreadsheet), Some(StageMeaning::Won));
        assert_eq!(stage_meaning("Something else", Crm::Spreadsheet), None);
        assert_eq!(pipeline_stage("Appointment Scheduled", Crm::HubSpot).map(|m| m.probability), Some(0.2));
    }

    #[test]
    fn status_words() {
        assert_eq!(status_of("Open"), Some(Status::Open));
        assert_eq!(status_of("Won"), Some(Status::Won));
        assert_eq!(status_of("Lost"), Some(Status::Lost));
        assert_eq!(status_of("Deleted"), Some(Status::Lost));
        assert_eq!(status_of("Solgt"), Some(Status::Won));
        assert_eq!(status_of("Tapt"), Some(Status::Lost));
        assert_eq!(status_of("Ganado"), Some(Status::Won));
        assert_eq!(status_of(""), None);
    }
}
