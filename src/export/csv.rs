//! The deals as a CSV file with the model's advice: comma-separated, RFC
//! 4180 quoting, CRLF line ends, UTF-8 with a byte order mark (so Excel
//! reads it as UTF-8), every cell safe against formula injection.
//! Importing the file again gives the same deals back (the "mature"
//! override aside: maturity is derived again from stage and date).

use super::formula::neutralize_formula;
use crate::explain::{advice_label, stage_label};
use crate::i18n::Lang;
use crate::import::stages::names_stage;
use crate::import::words::compact;
use crate::model::date::Date;
use crate::model::evaluation::Evaluation;
use crate::model::scenario::{Scenario, Stage};

/// The byte order mark written at the start of an export.
pub const BOM: char = '\u{feff}';

/// Header of our export, per language (the value column also gets the
/// currency: "Value (NOK)").
const EXPORT_HEADERS_EN: [&str; 9] =
    ["Name", "Value", "Stage", "Probability used (%)", "Decision date", "Mature", "Slipped", "Advice id", "Advice"];
const EXPORT_HEADERS_NB: [&str; 9] =
    ["Navn", "Verdi", "Steg", "Sannsynlighet brukt (%)", "Beslutningsdato", "Moden", "Glidd", "Råd-id", "Råd"];

/// Whether the headers are those of our own export (either language),
/// whatever the currency after the value's name.
pub fn is_own_export(headers: &[String]) -> bool {
    let bare = |h: &str| {
        let h = h.trim_matches(|c: char| c.is_whitespace() || c == BOM);
        let h = match h.rfind(" (") {
            Some(at) if h.ends_with(')') => &h[..at],
            _ => h,
        };
        compact(h)
    };
    let matches = |ours: &[&str; 9]| headers.len() >= ours.len() && ours.iter().zip(headers).all(|(o, h)| bare(o) == bare(h));
    matches(&EXPORT_HEADERS_EN) || matches(&EXPORT_HEADERS_NB)
}

/// A number as plain text: "1234567.5", "65", no grouping, at most
/// `decimals` decimals (trailing zeros dropped).
fn plain(value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return String::new();
    }
    let text = format!("{value:.decimals$}");
    let text = if text.contains('.') { text.trim_end_matches('0').trim_end_matches('.').to_string() } else { text };
    if text == "-0" { "0".to_string() } else { text }
}

/// How a stage is written in the export: its label, unless reading the
/// label back would find another stage, then its id.
fn stage_cell(stages: &[Stage], id: &str, lang: Lang) -> String {
    let Some((index, stage)) = stages.iter().enumerate().find(|(_, s)| s.id == id) else {
        return id.to_string();
    };
    let label = stage_label(stage, lang);
    let reads_back = names_stage(&compact(&label), stages).is_some_and(|s| std::ptr::eq(s, &stages[index]));
    if reads_back { label } else { id.to_string() }
}

/// The deals as CSV: a header row in `lang`, then one row per deal with
/// name, value, stage, probability used (%), decision date, mature (yes/no),
/// slipped (yes/no), advice id and advice in words. Comma-separated, CRLF
/// line ends, quoted where needed (RFC 4180), UTF-8 with a BOM, and every
/// cell passed through [`neutralize_formula`]. Numbers are written plainly
/// ("1234567.5"); the value keeps every digit, the probability up to six
/// decimals of a percent. The evaluation gives maturity, slipping and
/// advice; rows it does not cover get those cells empty.
pub fn deals_to_csv(scenario: &Scenario, evaluation: &Evaluation, lang: Lang) -> String {
    let yes_no = |b: bool| lang.pick(if b { "ja" } else { "nei" }, if b { "yes" } else { "no" }).to_string();
    let mut header: Vec<String> = match lang {
        Lang::Nb => EXPORT_HEADERS_NB,
        Lang::En => EXPORT_HEADERS_EN,
    }
    .iter()
    .map(|h| h.to_string())
    .collect();
    if !scenario.currency.trim().is_empty() {
        header[1] = format!("{} ({})", header[1], scenario.currency.trim());
    }

    let mut writer = ::csv::WriterBuilder::new().terminator(::csv::Terminator::CRLF).from_writer(Vec::new());
    write_row(&mut writer, &header);
    for (i, deal) in scenario.deals.iter().enumerate() {
        let stage_probability = scenario.stages.iter().find(|s| s.id == deal.stage).map(|s| s.probability);
        let probability = deal.probability.or(stage_probability);
        let outcome = evaluation.deals.get(i);
        let cells = [
            deal.name.clone(),
            if deal.value.is_finite() { format!("{}", deal.value) } else { String::new() },
            stage_cell(&scenario.stages, &deal.stage, lang),
            probability.map(|p| plain(p * 100.0, 6)).unwrap_or_default(),
            deal.close_date.map(|d| d.to_string()).unwrap_or_default(),
            outcome.map(|o| yes_no(o.mature)).unwrap_or_default(),
            outcome.map(|o| yes_no(o.slipped)).unwrap_or_default(),
            outcome.map(|o| o.advice.as_str().to_string()).unwrap_or_default(),
            outcome.map(|o| advice_label(o.advice, lang).to_string()).unwrap_or_default(),
        ];
        write_row(&mut writer, &cells);
    }
    let bytes = writer.into_inner().unwrap_or_default();
    let mut out = String::with_capacity(bytes.len() + 3);
    out.push(BOM);
    out.push_str(&String::from_utf8_lossy(&bytes));
    out
}

/// Writes one row, each cell made formula-safe. Writing to memory cannot
/// fail; if it somehow did, the row would be missing rather than the app
/// stopping.
fn write_row(writer: &mut ::csv::Writer<Vec<u8>>, cells: &[String]) {
    let _ = writer.write_record(cells.iter().map(|c| neutralize_formula(c)));
}

/// A file name for the export: "skippertak-deals-2026-11-27.csv".
pub fn export_file_name(date: Date) -> String {
    format!("skippertak-deals-{date}.csv")
}
