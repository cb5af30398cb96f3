//! The words CRMs and spreadsheets use in their exports, in the languages
//! they export in: column headers, stage names, status words, report
//! footers. Data only; `columns`, `stages` and `table` read it.
//!
//! Every word is written as a person sees it in the file ("Fecha de cierre
//! prevista", "Beløp"); matching folds case, accents, spacing and
//! punctuation first (see `super::words::fold`), so a word needs no
//! variants that differ only in those. `docs/import-vocabulary.md` gives
//! the sources.

mod crms;
mod footers;
mod headers;
mod pipelines;
mod stages;
mod statuses;

pub use crms::SIGNATURES;
pub use footers::{DEAL_PREFIXES, FOOTER_STARTS, OTHER_RECORD_PREFIXES};
pub use headers::HEADERS;
pub use pipelines::PIPELINES;
pub use stages::STAGE_WORDS;
pub use statuses::STATUS_WORDS;

use super::field::Field;

/// The systems whose exports the import knows by name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Crm {
    /// HubSpot.
    HubSpot,
    /// Pipedrive.
    Pipedrive,
    /// Salesforce.
    Salesforce,
    /// Zoho CRM.
    Zoho,
    /// Microsoft Dynamics 365 Sales.
    Dynamics,
    /// SuperOffice CRM.
    SuperOffice,
    /// Any other spreadsheet, including Skippertak's own export.
    Spreadsheet,
}

/// What a stage name means, whatever the CRM or language: one of the five
/// steps of a typical B2B pipeline (the default stages), or closed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StageMeaning {
    /// Qualified lead, first meeting booked or held.
    Qualified,
    /// Needs analysis, demo, discovery.
    Discovery,
    /// Proposal or quote sent.
    Proposal,
    /// Negotiation, contract review.
    Negotiation,
    /// Verbal yes, contract sent for signature.
    Commit,
    /// Closed as won.
    Won,
    /// Closed as lost.
    Lost,
}

/// A deal's status column value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    /// Not yet won or lost.
    Open,
    /// Closed as won.
    Won,
    /// Closed as lost.
    Lost,
}

/// The header names one field goes by, most specific first.
pub struct HeaderWords {
    /// The field these header names stand for.
    pub field: Field,
    /// Names as exports write them, any language. Earlier names win when a
    /// file has several candidates for the field.
    pub words: &'static [&'static str],
}

/// Headers that give a CRM's export away, each with a weight: 3 = only
/// that CRM writes it, 1–2 = common there but seen elsewhere too.
pub struct CrmSignature {
    /// The CRM whose exports carry these headers.
    pub crm: Crm,
    /// Header names with their weights.
    pub headers: &'static [(&'static str, u32)],
}

/// One stage of a CRM's default pipeline.
pub struct PipelineStage {
    /// Its label in each language the CRM ships, and its internal id where
    /// the export may write that instead ("appointmentscheduled").
    pub names: &'static [&'static str],
    /// What the stage means.
    pub meaning: StageMeaning,
    /// The CRM's default win probability for the stage, 0..1.
    pub probability: f64,
}

/// A CRM's default sales pipeline, in order.
pub struct Pipeline {
    /// The CRM that ships this pipeline.
    pub crm: Crm,
    /// Its stages, earliest first.
    pub stages: &'static [PipelineStage],
}
