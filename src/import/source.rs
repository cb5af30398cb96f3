//! Which system wrote a file, told by its column names. It decides which
//! default pipeline a stage name is looked up in first, and the dialog
//! names it so the user knows what the guesses rest on.

use super::vocabulary::{Crm, SIGNATURES};
use super::words::fold;

impl Crm {
    /// Stable id, used in tests and remembered choices.
    pub fn as_str(self) -> &'static str {
        match self {
            Crm::HubSpot => "hubspot",
            Crm::Pipedrive => "pipedrive",
            Crm::Salesforce => "salesforce",
            Crm::Zoho => "zoho",
            Crm::Dynamics => "dynamics",
            Crm::SuperOffice => "superoffice",
            Crm::Spreadsheet => "spreadsheet",
        }
    }

    /// The system's name (the same in every language; the text layer names
    /// [`Crm::Spreadsheet`]).
    pub fn brand(self) -> Option<&'static str> {
        match self {
            Crm::HubSpot => Some("HubSpot"),
            Crm::Pipedrive => Some("Pipedrive"),
            Crm::Salesforce => Some("Salesforce"),
            Crm::Zoho => Some("Zoho CRM"),
            Crm::Dynamics => Some("Dynamics 365"),
            Crm::SuperOffice => Some("SuperOffice"),
            Crm::Spreadsheet => None,
        }
    }
}

/// Scores each system by the column names only it (3), or mostly it (1–2),
/// writes; the best score wins if it is at least 3 and not tied. A name is
/// compared whole (folded), and also without a "Deal - " style prefix.
pub fn detect(headers: &[String]) -> Crm {
    let folded: Vec<String> = headers.iter().map(|h| fold(h)).collect();
    let bare: Vec<String> = headers
        .iter()
        .map(|h| match h.split_once(" - ") {
            Some((_, rest)) => fold(rest),
            None => fold(h),
        })
        .collect();
    let mut scores: Vec<(Crm, u32)> = SIGNATURES
        .iter()
        .map(|signature| {
            let score = signature
                .headers
                .iter()
                .filter(|(name, _)| {
                    let name = fold(name);
                    folded.contains(&name) || bare.contains(&name)
                })
                .map(|(_, weight)| weight)
                .sum();
            (signature.crm, score)
        })
        .collect();
    scores.sort_by_key(|&(_, score)| std::cmp::Reverse(score));
    match scores.as_slice() {
        [(best, top), (_, second), ..] if *top >= 3 && top > second => *best,
        [(best, top)] if *top >= 3 => *best,
        _ => Crm::Spreadsheet,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| n.to_string()).collect()
    }

    #[test]
    fn each_system_by_its_names() {
        assert_eq!(detect(&headers(&["Record ID", "Deal Name", "Deal Stage", "Amount", "Pipeline"])), Crm::HubSpot);
        assert_eq!(detect(&headers(&["Deal - Title", "Deal - Value", "Deal - Stage", "Deal - Status"])), Crm::Pipedrive);
        assert_eq!(detect(&headers(&["Opportunity Name", "Amount", "Stage", "Probability (%)", "Close Date"])), Crm::Salesforce);
        assert_eq!(detect(&headers(&["(Do Not Modify) Opportunity", "Topic", "Est. Revenue", "Est. Close Date"])), Crm::Dynamics);
        assert_eq!(detect(&headers(&["Navn", "Verdi", "Steg"])), Crm::Spreadsheet);
    }
}
