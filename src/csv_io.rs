//! CSV import and export of deals (docs/csv.md is the user's guide).
//!
//! Import runs in four pure steps, so the UI only shows what they return:
//!
//! 1. [`read_table`]: text → [`Table`] (delimiter sniffed from the header
//!    line, UTF-8 BOM removed, size limits enforced).
//! 2. [`detect_preset`]: which CRM the file most likely came from.
//! 3. [`guess_mapping`]: which column holds which deal field (the user can
//!    change every choice).
//! 4. [`rows_to_deals`]: one [`RowOutcome`] per row — a deal, the row's
//!    errors in words, or a skipped won/lost deal.
//!
//! Export is [`deals_to_csv`]: comma-separated, RFC 4180 quoting, CRLF line
//! ends, UTF-8 with a BOM (so Excel reads it as UTF-8), and every cell made
//! safe against formula injection ([`neutralize_formula`]). Exporting and
//! importing our own file gives the same deals back (see [`rows_to_deals`]
//! for the one exception: the "mature" override).
//!
//! Pure: no browser types, no signals; compiled and tested natively.

use crate::explain::{advice_label, stage_label};
use crate::i18n::Lang;
use crate::model::date::Date;
use crate::model::evaluation::Evaluation;
use crate::model::scenario::{DEFAULT_STAGES, Deal, MAX_NAME_CHARS, Scenario, Stage};
use crate::parse::{ParseError, parse_number};

/// Most data rows a file may have (the header not counted).
pub const MAX_ROWS: usize = 20_000;
/// Most columns a file may have.
pub const MAX_COLUMNS: usize = 100;
/// Largest file accepted, in bytes of UTF-8 text (2 MiB).
pub const MAX_BYTES: usize = 2 * 1024 * 1024;
/// Rows the import dialog previews.
pub const PREVIEW_ROWS: usize = 20;
/// The byte order mark written at the start of an export.
pub const BOM: char = '\u{feff}';

/// Longest cell text quoted back in an error message, in characters.
const QUOTED_CHARS: usize = 60;

// ---------------------------------------------------------------------------
// Presets
// ---------------------------------------------------------------------------

/// Where a file comes from: decides which header names are tried first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Preset {
    HubSpot,
    Pipedrive,
    Salesforce,
    /// Any other spreadsheet, including Skippertak's own export.
    Generic,
}

impl Preset {
    /// Every preset, in the order the UI lists them.
    pub const ALL: [Preset; 4] = [Preset::HubSpot, Preset::Pipedrive, Preset::Salesforce, Preset::Generic];

    /// Stable id (used as the `<option>` value and in tests).
    pub fn as_str(self) -> &'static str {
        match self {
            Preset::HubSpot => "hubspot",
            Preset::Pipedrive => "pipedrive",
            Preset::Salesforce => "salesforce",
            Preset::Generic => "generic",
        }
    }

    /// The preset with this id, if any.
    pub fn from_id(id: &str) -> Option<Preset> {
        Preset::ALL.into_iter().find(|p| p.as_str() == id)
    }

    /// The name shown in the UI.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Preset::HubSpot => "HubSpot",
            Preset::Pipedrive => "Pipedrive",
            Preset::Salesforce => "Salesforce",
            Preset::Generic => lang.pick("Annet regneark / Skippertak-eksport", "Other spreadsheet / Skippertak export"),
        }
    }
}

// ---------------------------------------------------------------------------
// Reading the table
// ---------------------------------------------------------------------------

/// Why a file cannot be read as a table at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CsvError {
    /// Nothing but whitespace.
    Empty,
    /// The first line has no column names (blank, or only numbers).
    NoHeader,
    /// More than [`MAX_BYTES`] of text.
    TooBig { bytes: usize },
    /// More than [`MAX_ROWS`] data rows.
    TooManyRows,
    /// More than [`MAX_COLUMNS`] columns, first seen on this file line.
    TooManyColumns { line: usize },
    /// The CSV reader gave up (file line if known).
    Unreadable { line: Option<usize> },
}

impl CsvError {
    /// Stable id for tests and translations.
    pub fn code(&self) -> &'static str {
        match self {
            CsvError::Empty => "empty",
            CsvError::NoHeader => "no_header",
            CsvError::TooBig { .. } => "too_big",
            CsvError::TooManyRows => "too_many_rows",
            CsvError::TooManyColumns { .. } => "too_many_columns",
            CsvError::Unreadable { .. } => "unreadable",
        }
    }

    /// A sentence a person understands.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (CsvError::Empty, _) => lang.pick("Filen er tom.", "The file is empty.").to_string(),
            (CsvError::NoHeader, _) => lang
                .pick(
                    "Første linje må ha kolonnenavn (for eksempel Navn, Verdi, Steg).",
                    "The first line must hold column names (for example Name, Value, Stage).",
                )
                .to_string(),
            (CsvError::TooBig { bytes }, Lang::Nb) => format!(
                "Filen er for stor ({} kB). Høyst {} kB kan leses; del den opp eller filtrer bort lukkede avtaler.",
                bytes / 1024,
                MAX_BYTES / 1024
            ),
            (CsvError::TooBig { bytes }, Lang::En) => format!(
                "The file is too big ({} kB). At most {} kB can be read; split it or filter out closed deals.",
                bytes / 1024,
                MAX_BYTES / 1024
            ),
            (CsvError::TooManyRows, Lang::Nb) => {
                format!("Filen har flere enn {} rader. Del den opp eller filtrer bort lukkede avtaler.", group(MAX_ROWS))
            }
            (CsvError::TooManyRows, Lang::En) => {
                format!("The file has more than {} rows. Split it or filter out closed deals.", group(MAX_ROWS))
            }
            (CsvError::TooManyColumns { line }, Lang::Nb) => {
                format!("Linje {line} har flere enn {MAX_COLUMNS} kolonner. Fjern kolonner du ikke trenger.")
            }
            (CsvError::TooManyColumns { line }, Lang::En) => {
                format!("Line {line} has more than {MAX_COLUMNS} columns. Remove the columns you don't need.")
            }
            (CsvError::Unreadable { line: Some(line) }, Lang::Nb) => {
                format!("Filen kan ikke leses som CSV (linje {line}). Lagre den som «CSV UTF-8» og prøv igjen.")
            }
            (CsvError::Unreadable { line: Some(line) }, Lang::En) => {
                format!("The file cannot be read as CSV (line {line}). Save it as \"CSV UTF-8\" and try again.")
            }
            (CsvError::Unreadable { line: None }, _) => lang
                .pick(
                    "Filen kan ikke leses som CSV. Lagre den som «CSV UTF-8» og prøv igjen.",
                    "The file cannot be read as CSV. Save it as \"CSV UTF-8\" and try again.",
                )
                .to_string(),
        }
    }
}

/// "20 000" without locale fuss, for limits in messages.
fn group(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{a0}');
        }
        out.push(c);
    }
    out
}

/// A CSV file as text cells: the header line and the data rows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Table {
    /// Column names, trimmed.
    pub headers: Vec<String>,
    /// Data rows, cells as found (not trimmed); rows may be shorter or
    /// longer than the header. Blank rows are left out.
    pub rows: Vec<Vec<String>>,
    /// For each row, its 1-based line in the file (the header is line 1,
    /// unless an Excel `sep=` line comes first). A quoted cell may span
    /// lines, so this is not always the row index + 2.
    pub lines: Vec<usize>,
    /// The delimiter found: `,`, `;` or a tab.
    pub delimiter: char,
}

impl Table {
    /// A table built in code: rows are taken to start on lines 2, 3, ….
    pub fn new(headers: Vec<String>, rows: Vec<Vec<String>>) -> Table {
        let lines = (0..rows.len()).map(|i| i + 2).collect();
        Table { headers, rows, lines, delimiter: ',' }
    }

    /// The file line of row `index` (1-based, header included).
    pub fn line_of(&self, index: usize) -> usize {
        self.lines.get(index).copied().unwrap_or(index + 2)
    }

    /// The cell at `row`, `column`, or `""` when the row is shorter.
    pub fn cell(&self, row: usize, column: usize) -> &str {
        self.rows.get(row).and_then(|r| r.get(column)).map_or("", String::as_str)
    }

    /// A column's name for people: its header, or "Kolonne 3" / "Column 3"
    /// when the header is blank.
    pub fn column_name(&self, column: usize, lang: Lang) -> String {
        match self.headers.get(column).map(|h| h.trim()).filter(|h| !h.is_empty()) {
            Some(header) => header.to_string(),
            None => format!("{} {}", lang.pick("Kolonne", "Column"), column + 1),
        }
    }

    /// The first non-blank value in a column (trimmed, shortened), as an
    /// example for the column chooser.
    pub fn example(&self, column: usize) -> Option<String> {
        self.rows.iter().filter_map(|r| r.get(column)).map(|c| c.trim()).find(|c| !c.is_empty()).map(|c| shorten(c, 30))
    }
}

/// The delimiters we look for, in order of preference on a tie.
const DELIMITERS: [u8; 3] = [b',', b';', b'\t'];

/// Reads CSV text into a [`Table`].
///
/// - A UTF-8 byte order mark is ignored.
/// - An Excel `sep=;` first line sets the delimiter; otherwise the delimiter
///   is whichever of `,` `;` and tab occurs most often (outside quotes) in
///   the header line, `,` on a tie.
/// - Rows may have any number of cells; blank rows are left out.
/// - Limits: [`MAX_BYTES`] of text, [`MAX_ROWS`] data rows, [`MAX_COLUMNS`]
///   columns. Going over is an error, never a panic.
pub fn read_table(text: &str) -> Result<Table, CsvError> {
    if text.len() > MAX_BYTES {
        return Err(CsvError::TooBig { bytes: text.len() });
    }
    let text = text.strip_prefix(BOM).unwrap_or(text);
    if text.trim().is_empty() {
        return Err(CsvError::Empty);
    }
    let (delimiter, body, line_offset) = sniff_delimiter(text);
    if body.trim().is_empty() {
        return Err(CsvError::NoHeader);
    }
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(body.as_bytes());

    let mut headers: Option<Vec<String>> = None;
    let mut rows = Vec::new();
    let mut lines = Vec::new();
    let mut counter = LineCounter::default();
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                let line = error.position().map(|p| p.line() as usize + line_offset);
                return Err(CsvError::Unreadable { line });
            }
        };
        let line = match record.position() {
            Some(p) => counter.line_at(body, usize::try_from(p.byte()).unwrap_or(usize::MAX)) + line_offset,
            None => lines.len() + 2 + line_offset,
        };
        let mut cells: Vec<String> = record.iter().map(str::to_string).collect();
        // Trailing empty cells (a trailing delimiter) are not columns.
        while cells.last().is_some_and(|c| c.trim().is_empty()) {
            cells.pop();
        }
        if cells.len() > MAX_COLUMNS {
            return Err(CsvError::TooManyColumns { line });
        }
        match headers {
            None => {
                let names: Vec<String> =
                    cells.iter().map(|c| c.trim_matches(|ch: char| ch.is_whitespace() || ch == BOM).to_string()).collect();
                if !names.iter().any(|n| n.chars().any(char::is_alphabetic)) {
                    return Err(CsvError::NoHeader);
                }
                headers = Some(names);
            }
            Some(_) => {
                if cells.is_empty() {
                    continue;
                }
                if rows.len() >= MAX_ROWS {
                    return Err(CsvError::TooManyRows);
                }
                rows.push(cells);
                lines.push(line);
            }
        }
    }
    let headers = headers.ok_or(CsvError::NoHeader)?;
    Ok(Table { headers, rows, lines, delimiter: char::from(delimiter) })
}

/// Finds the line a record starts on. The reader reports the byte where a
/// record starts, which can be the end of the previous line (the `\n` of a
/// `\r\n`) or blank lines before it; those are skipped. Records arrive in
/// order, so counting resumes where it stopped.
#[derive(Default)]
struct LineCounter {
    /// Byte offset counted up to.
    at: usize,
    /// Line breaks before `at`.
    breaks: usize,
}

impl LineCounter {
    fn line_at(&mut self, text: &str, start: usize) -> usize {
        let bytes = text.as_bytes();
        let mut start = start.min(bytes.len());
        while start < bytes.len() && matches!(bytes[start], b'\r' | b'\n') {
            start += 1;
        }
        if start < self.at {
            *self = LineCounter::default();
        }
        for i in self.at..start {
            let is_break = match bytes[i] {
                b'\n' => true,
                b'\r' => bytes.get(i + 1) != Some(&b'\n'),
                _ => false,
            };
            if is_break {
                self.breaks += 1;
            }
        }
        self.at = start;
        self.breaks + 1
    }
}

/// The delimiter, the text after an Excel `sep=` line (if any) and how
/// many lines that skipped.
fn sniff_delimiter(text: &str) -> (u8, &str, usize) {
    let first_line = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let trimmed = first_line.trim();
    if let Some(sep) = trimmed.strip_prefix("sep=").or_else(|| trimmed.strip_prefix("SEP=")) {
        let delimiter = match sep.as_bytes() {
            [b] if DELIMITERS.contains(b) || b.is_ascii_punctuation() => *b,
            _ if sep.is_empty() && first_line.contains('\t') => b'\t',
            _ => b',',
        };
        let start = text.find(first_line).unwrap_or(0) + first_line.len();
        let rest = &text[start..];
        let rest = rest.strip_prefix("\r\n").or_else(|| rest.strip_prefix('\n')).or_else(|| rest.strip_prefix('\r')).unwrap_or(rest);
        let skipped = text[..start].matches('\n').count() + 1;
        return (delimiter, rest, skipped);
    }
    let mut counts = [0usize; 3];
    let mut in_quotes = false;
    for b in first_line.bytes() {
        if b == b'"' {
            in_quotes = !in_quotes;
        } else if let Some(i) = DELIMITERS.iter().position(|&d| d == b).filter(|_| !in_quotes) {
            counts[i] += 1;
        }
    }
    let mut best = 0;
    for i in 1..DELIMITERS.len() {
        if counts[i] > counts[best] {
            best = i;
        }
    }
    (DELIMITERS[best], text, 0)
}

// ---------------------------------------------------------------------------
// Presets and column mapping
// ---------------------------------------------------------------------------

/// A header in comparable forms: lower case with single spaces; the same
/// without a trailing "(…)" unit; and without a Pipedrive "deal - " prefix.
fn header_forms(header: &str) -> [String; 3] {
    let full = header.trim_matches(|c: char| c.is_whitespace() || c == BOM).split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    let without_unit = match full.rfind(" (") {
        Some(at) if full.ends_with(')') => full[..at].trim().to_string(),
        _ => full.clone(),
    };
    let without_prefix = without_unit.strip_prefix("deal - ").unwrap_or(&without_unit).to_string();
    [full, without_unit, without_prefix]
}

fn header_is(header: &str, candidate: &str) -> bool {
    header_forms(header).iter().any(|form| form == candidate)
}

/// Headers that give a CRM away, with a weight: 3 = only that CRM writes
/// it, 1–2 = common there but also elsewhere.
const SIGNATURES: [(Preset, &[(&str, u32)]); 3] = [
    (
        Preset::HubSpot,
        &[
            ("deal name", 3),
            ("deal stage", 3),
            ("deal probability", 3),
            ("amount in company currency", 3),
            ("deal owner", 2),
            ("record id", 2),
            ("pipeline", 2),
            ("deal type", 1),
            ("create date", 1),
            ("amount", 1),
            ("close date", 1),
        ],
    ),
    (
        Preset::Pipedrive,
        &[
            ("deal - title", 3),
            ("deal - value", 3),
            ("deal - stage", 3),
            ("deal - expected close date", 3),
            ("deal - probability", 3),
            ("deal - status", 3),
            ("deal - currency", 2),
            ("deal - organization", 2),
            ("expected close date", 3),
            ("title", 2),
            ("value", 1),
            ("stage", 1),
            ("status", 1),
            ("organization", 1),
        ],
    ),
    (
        Preset::Salesforce,
        &[
            ("opportunity name", 3),
            ("probability (%)", 3),
            ("opportunity owner", 2),
            ("opportunity id", 2),
            ("account name", 2),
            ("fiscal period", 2),
            ("stage", 1),
            ("amount", 1),
            ("close date", 1),
            ("next step", 1),
            ("lead source", 1),
        ],
    ),
];

/// Guesses which CRM wrote a file from its headers (case-insensitive).
/// Each characteristic header scores points (see `SIGNATURES`); the best
/// score wins if it is at least 3 and not tied. Skippertak's own export and
/// anything unrecognised give [`Preset::Generic`].
pub fn detect_preset(headers: &[String]) -> Preset {
    if is_own_export(headers) {
        return Preset::Generic;
    }
    let lowered: Vec<String> = headers.iter().map(|h| header_forms(h)[0].clone()).collect();
    let mut scores: Vec<(Preset, u32)> = SIGNATURES
        .iter()
        .map(|(preset, signature)| {
            let score = signature.iter().filter(|(name, _)| lowered.iter().any(|h| h == name)).map(|(_, w)| w).sum();
            (*preset, score)
        })
        .collect();
    scores.sort_by_key(|&(_, score)| std::cmp::Reverse(score));
    match scores.as_slice() {
        [(best, top), (_, second), ..] if *top >= 3 && top > second => *best,
        _ => Preset::Generic,
    }
}

/// A deal field that a column can be mapped to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Name,
    Value,
    Stage,
    Probability,
    CloseDate,
    /// A CRM status column (open / won / lost), used only to skip closed deals.
    Status,
}

impl Field {
    /// Every field, in the order the UI lists them.
    pub const ALL: [Field; 6] = [Field::Name, Field::Value, Field::Stage, Field::Probability, Field::CloseDate, Field::Status];

    /// Stable id (used in DOM ids and tests).
    pub fn as_str(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::Value => "value",
            Field::Stage => "stage",
            Field::Probability => "probability",
            Field::CloseDate => "close_date",
            Field::Status => "status",
        }
    }

    /// The field's name for people.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Field::Name => lang.pick("Navn", "Name"),
            Field::Value => lang.pick("Verdi", "Value"),
            Field::Stage => lang.pick("Steg", "Stage"),
            Field::Probability => lang.pick("Sannsynlighet", "Probability"),
            Field::CloseDate => lang.pick("Beslutningsdato", "Decision date"),
            Field::Status => lang.pick("Status (åpen / vunnet / tapt)", "Status (open / won / lost)"),
        }
    }

    /// Whether an import needs a column for this field.
    pub fn required(self) -> bool {
        matches!(self, Field::Name | Field::Value)
    }

    /// Header names tried for this field, most likely first for `preset`.
    fn candidates(self, preset: Preset) -> Vec<&'static str> {
        let specific: &[&str] = match (self, preset) {
            (Field::Name, Preset::HubSpot) => &["deal name"],
            (Field::Name, Preset::Pipedrive) => &["deal - title", "title"],
            (Field::Name, Preset::Salesforce) => &["opportunity name"],
            (Field::Value, Preset::HubSpot) => &["amount", "amount in company currency"],
            (Field::Value, Preset::Pipedrive) => &["deal - value", "value"],
            (Field::Value, Preset::Salesforce) => &["amount"],
            (Field::Stage, Preset::HubSpot) => &["deal stage"],
            (Field::Stage, Preset::Pipedrive) => &["deal - stage", "stage"],
            (Field::Stage, Preset::Salesforce) => &["stage"],
            (Field::Probability, Preset::HubSpot) => &["deal probability"],
            (Field::Probability, Preset::Pipedrive) => &["deal - probability", "probability"],
            (Field::Probability, Preset::Salesforce) => &["probability (%)", "probability"],
            (Field::CloseDate, Preset::HubSpot) => &["close date"],
            (Field::CloseDate, Preset::Pipedrive) => &["deal - expected close date", "expected close date"],
            (Field::CloseDate, Preset::Salesforce) => &["close date"],
            (Field::Status, Preset::Pipedrive) => &["deal - status", "status"],
            _ => &[],
        };
        let generic: &[&str] = match self {
            Field::Name => &[
                "name",
                "navn",
                "deal name",
                "deal",
                "avtale",
                "avtalenavn",
                "navn på avtale",
                "opportunity name",
                "opportunity",
                "title",
                "tittel",
                "mulighet",
                "salgsmulighet",
            ],
            Field::Value => &[
                "value",
                "verdi",
                "amount",
                "beløp",
                "belop",
                "deal value",
                "avtaleverdi",
                "sum",
                "total",
                "amount in company currency",
                "expected revenue",
            ],
            Field::Stage => &["stage", "steg", "deal stage", "salgssteg", "fase", "salgsfase", "stadium", "pipeline stage"],
            Field::Probability => &[
                "probability used",
                "sannsynlighet brukt",
                "probability",
                "sannsynlighet",
                "deal probability",
                "win probability",
                "chance",
                "win chance",
                "vinnsjanse",
                "sjanse",
            ],
            Field::CloseDate => &[
                "decision date",
                "beslutningsdato",
                "close date",
                "expected close date",
                "closing date",
                "forventet beslutningsdato",
                "lukkedato",
                "forventet lukkedato",
                "avslutningsdato",
                "dato",
            ],
            Field::Status => &["status", "deal status", "won/lost", "vunnet/tapt"],
        };
        specific.iter().chain(generic).copied().collect()
    }
}

/// Which column (by index) holds each field; `None` = not in the file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Mapping {
    pub name: Option<usize>,
    pub value: Option<usize>,
    pub stage: Option<usize>,
    pub probability: Option<usize>,
    pub close_date: Option<usize>,
    /// Open/won/lost status (Pipedrive's "Deal - Status"); optional.
    pub status: Option<usize>,
}

impl Mapping {
    pub fn get(&self, field: Field) -> Option<usize> {
        match field {
            Field::Name => self.name,
            Field::Value => self.value,
            Field::Stage => self.stage,
            Field::Probability => self.probability,
            Field::CloseDate => self.close_date,
            Field::Status => self.status,
        }
    }

    pub fn set(&mut self, field: Field, column: Option<usize>) {
        let slot = match field {
            Field::Name => &mut self.name,
            Field::Value => &mut self.value,
            Field::Stage => &mut self.stage,
            Field::Probability => &mut self.probability,
            Field::CloseDate => &mut self.close_date,
            Field::Status => &mut self.status,
        };
        *slot = column;
    }

    /// Required fields that have no column yet.
    pub fn missing_required(&self) -> Vec<Field> {
        Field::ALL.into_iter().filter(|f| f.required() && self.get(*f).is_none()).collect()
    }
}

/// Guesses the column of each field from the headers (case-insensitive,
/// ignoring a trailing unit such as "(%)" or "(NOK)" and Pipedrive's
/// "Deal - " prefix). Names of `preset` are tried first, then English and
/// Norwegian names, including those of our own export. A column is used
/// for one field only.
pub fn guess_mapping(headers: &[String], preset: Preset) -> Mapping {
    let mut mapping = Mapping::default();
    let mut taken = vec![false; headers.len()];
    for field in Field::ALL {
        let found = field
            .candidates(preset)
            .into_iter()
            .find_map(|candidate| (0..headers.len()).find(|&i| !taken[i] && header_is(&headers[i], candidate)));
        if let Some(column) = found {
            taken[column] = true;
            mapping.set(field, Some(column));
        }
    }
    mapping
}

// ---------------------------------------------------------------------------
// Rows to deals
// ---------------------------------------------------------------------------

/// What is wrong with one cell of a row. `as_str` ids are stable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RowErrorCode {
    /// No column is chosen for a required field.
    NoColumn,
    MissingName,
    NameTooLong,
    MissingValue,
    ValueNotNumber,
    ValueNotPositive,
    MissingStage,
    UnknownStage,
    /// The scenario has no stages to put the deal in.
    NoStages,
    BadProbability,
    BadDate,
}

impl RowErrorCode {
    pub fn as_str(self) -> &'static str {
        match self {
            RowErrorCode::NoColumn => "no_column",
            RowErrorCode::MissingName => "missing_name",
            RowErrorCode::NameTooLong => "name_too_long",
            RowErrorCode::MissingValue => "missing_value",
            RowErrorCode::ValueNotNumber => "value_not_number",
            RowErrorCode::ValueNotPositive => "value_not_positive",
            RowErrorCode::MissingStage => "missing_stage",
            RowErrorCode::UnknownStage => "unknown_stage",
            RowErrorCode::NoStages => "no_stages",
            RowErrorCode::BadProbability => "bad_probability",
            RowErrorCode::BadDate => "bad_date",
        }
    }
}

/// One problem in one row: which field and column, the text found, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct RowError {
    pub field: Field,
    /// The column's name as the file has it ("" when no column is chosen).
    pub column: String,
    /// The cell's text (trimmed, shortened to 60 characters).
    pub text: String,
    pub code: RowErrorCode,
}

impl RowError {
    /// A sentence naming the column and what is wrong, as plain text.
    pub fn message(&self, lang: Lang) -> String {
        let text = &self.text;
        let what: String = match (self.code, lang) {
            (RowErrorCode::NoColumn, Lang::Nb) => {
                return format!("Ingen kolonne er valgt for «{}».", self.field.label(lang));
            }
            (RowErrorCode::NoColumn, Lang::En) => {
                return format!("No column is chosen for \"{}\".", self.field.label(lang));
            }
            (RowErrorCode::NoStages, _) => {
                return lang.pick("Scenarioet har ingen salgssteg.", "The scenario has no sales stages.").to_string();
            }
            (RowErrorCode::MissingName, _) => lang.pick("navnet mangler.", "the name is missing.").into(),
            (RowErrorCode::NameTooLong, Lang::Nb) => format!("navnet er lengre enn {MAX_NAME_CHARS} tegn."),
            (RowErrorCode::NameTooLong, Lang::En) => format!("the name is longer than {MAX_NAME_CHARS} characters."),
            (RowErrorCode::MissingValue, _) => lang.pick("verdien mangler.", "the value is missing.").into(),
            (RowErrorCode::ValueNotNumber, Lang::Nb) => format!("«{text}» er ikke et tall."),
            (RowErrorCode::ValueNotNumber, Lang::En) => format!("\"{text}\" is not a number."),
            (RowErrorCode::ValueNotPositive, Lang::Nb) => format!("«{text}» er ikke et positivt tall."),
            (RowErrorCode::ValueNotPositive, Lang::En) => format!("\"{text}\" is not a positive number."),
            (RowErrorCode::MissingStage, _) => lang.pick("steget mangler.", "the stage is missing.").into(),
            (RowErrorCode::UnknownStage, Lang::Nb) => format!("«{text}» er ikke et kjent salgssteg."),
            (RowErrorCode::UnknownStage, Lang::En) => format!("\"{text}\" is not a known sales stage."),
            (RowErrorCode::BadProbability, Lang::Nb) => format!("«{text}» er ikke en sannsynlighet fra 0 til 100 %."),
            (RowErrorCode::BadProbability, Lang::En) => format!("\"{text}\" is not a probability from 0 to 100%."),
            (RowErrorCode::BadDate, Lang::Nb) => {
                format!("«{text}» er ikke en dato som kan leses (skriv ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ).")
            }
            (RowErrorCode::BadDate, Lang::En) => {
                format!("\"{text}\" is not a date that can be read (write YYYY-MM-DD or MM/DD/YYYY).")
            }
        };
        match lang {
            Lang::Nb => format!("{} «{}»: {what}", "Kolonnen", self.column),
            Lang::En => format!("{} \"{}\": {what}", "Column", self.column),
        }
    }
}

/// Why a row was left out on purpose.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SkipReason {
    Won,
    Lost,
}

impl SkipReason {
    pub fn as_str(self) -> &'static str {
        match self {
            SkipReason::Won => "won",
            SkipReason::Lost => "lost",
        }
    }

    pub fn message(self, lang: Lang) -> &'static str {
        match self {
            SkipReason::Won => lang.pick(
                "Vunnet: vunne avtaler hører hjemme i «Solgt så langt», ikke blant de åpne.",
                "Won: won deals belong in \"Closed so far\", not among the open deals.",
            ),
            SkipReason::Lost => lang.pick("Tapt: tapte avtaler utelates.", "Lost: lost deals are left out."),
        }
    }
}

/// What became of one row.
#[derive(Clone, Debug, PartialEq)]
pub enum RowResult {
    /// A deal ready to import.
    Deal(Deal),
    /// The row cannot be imported; every problem is listed.
    Invalid(Vec<RowError>),
    /// A won or lost deal, left out on purpose.
    Skipped(SkipReason),
}

/// One data row's outcome.
#[derive(Clone, Debug, PartialEq)]
pub struct RowOutcome {
    /// 1-based line in the file, header included.
    pub line: usize,
    pub result: RowResult,
}

impl RowOutcome {
    pub fn deal(&self) -> Option<&Deal> {
        match &self.result {
            RowResult::Deal(deal) => Some(deal),
            _ => None,
        }
    }

    /// The row's errors (empty unless the row is invalid).
    pub fn errors(&self) -> &[RowError] {
        match &self.result {
            RowResult::Invalid(errors) => errors,
            _ => &[],
        }
    }

    pub fn skipped(&self) -> Option<SkipReason> {
        match self.result {
            RowResult::Skipped(reason) => Some(reason),
            _ => None,
        }
    }
}

/// Counts of an import's outcomes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub ready: usize,
    pub invalid: usize,
    pub skipped: usize,
}

impl Summary {
    pub fn of(outcomes: &[RowOutcome]) -> Summary {
        let mut summary = Summary::default();
        for outcome in outcomes {
            match outcome.result {
                RowResult::Deal(_) => summary.ready += 1,
                RowResult::Invalid(_) => summary.invalid += 1,
                RowResult::Skipped(_) => summary.skipped += 1,
            }
        }
        summary
    }

    /// "12 deals ready, 2 rows with errors, 1 skipped" (zero counts after
    /// the first are left out).
    pub fn text(&self, lang: Lang) -> String {
        let plural = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        let mut parts = vec![match lang {
            Lang::Nb => plural(self.ready, "avtale klar", "avtaler klare"),
            Lang::En => plural(self.ready, "deal ready", "deals ready"),
        }];
        if self.invalid > 0 {
            parts.push(match lang {
                Lang::Nb => plural(self.invalid, "rad med feil", "rader med feil"),
                Lang::En => plural(self.invalid, "row with errors", "rows with errors"),
            });
        }
        if self.skipped > 0 {
            parts.push(match lang {
                Lang::Nb => format!("{} hoppet over", self.skipped),
                Lang::En => format!("{} skipped", self.skipped),
            });
        }
        parts.join(", ")
    }
}

/// The deals that are ready, in file order.
pub fn ready_deals(outcomes: &[RowOutcome]) -> Vec<Deal> {
    outcomes.iter().filter_map(RowOutcome::deal).cloned().collect()
}

/// How the cells of each mapped column are to be read, decided once per file.
struct ColumnRules {
    /// Number style of the value column.
    value_style: Lang,
    /// Probabilities are percentages (65) rather than shares (0.65).
    percent: bool,
    /// Slash dates are DD/MM/YYYY rather than MM/DD/YYYY.
    day_first: bool,
}

/// Turns each row into a deal, a list of errors, or a skipped won/lost deal.
///
/// - **Name**: trimmed; line breaks and tabs become spaces; 1–120 characters.
/// - **Value**: must be a number above zero. Currency symbols and codes
///   ("kr", "NOK", "$", "€", "USD", ",-") are ignored. "1 234 567,50" and
///   "1,234,567.50" both work: the number style is decided for the whole
///   column from its cells (a decimal comma or a dot-grouped number means
///   Norwegian; a decimal point or a comma-grouped number means English;
///   a lone "12,500" is read as twelve thousand five hundred), falling back
///   to `lang_hint`; each cell is then tried in that style first, the other
///   second. Our own export is always read in its own machine style.
/// - **Stage**: a stage id, a stage label (also the Norwegian and English
///   names of the default stages), or a common CRM stage name mapped to the
///   default stages (see docs/csv.md). Won and lost stages skip the row.
///   Without a stage column every deal gets the first stage.
/// - **Probability** (optional): "65", "65 %", "0,65" and "0.65" all mean
///   65 %: a "%" sign or a number above 1 is a percent, a number up to 1 a
///   share, except in a column whose header mentions "%" (Salesforce's
///   "Probability (%)", our export), where every number is a percent, so
///   "1" there is 1 %. Must be 0–100 %. A value
///   equal to the deal's stage probability is left empty (the stage's
///   probability is then used, as for deals entered by hand).
/// - **Decision date** (optional): YYYY-MM-DD, DD.MM.YYYY, YYYY/MM/DD,
///   MM/DD/YYYY (DD/MM/YYYY when some cell in the column has a day above
///   12), with any time after it ("2026-11-27T10:00:00Z", "11/27/2026 10:00
///   AM").
/// - **Status** (optional): won/lost (also "vunnet", "tapt", "deleted")
///   skips the row.
///
/// A leading `'` that our export put before `=`, `+`, `-`, `@` is removed
/// again. The "mature" column of our export is not read: maturity is derived
/// again from stage and date (a hand-set override is not carried over).
pub fn rows_to_deals(table: &Table, mapping: &Mapping, stages: &[Stage], lang_hint: Lang) -> Vec<RowOutcome> {
    // A column index outside the header is treated as "no column".
    let width = table.headers.len();
    let column = |field: Field| mapping.get(field).filter(|&c| c < width);
    let cells_of = |field: Field| -> Vec<&str> {
        match column(field) {
            Some(c) => (0..table.rows.len()).map(|r| table.cell(r, c)).collect(),
            None => Vec::new(),
        }
    };
    let rules = ColumnRules {
        value_style: if is_own_export(&table.headers) { Lang::En } else { amount_style(&cells_of(Field::Value)).unwrap_or(lang_hint) },
        percent: column(Field::Probability).is_some_and(|c| {
            let header = table.headers[c].to_lowercase();
            header.contains('%') || header.contains("percent") || header.contains("prosent")
        }),
        day_first: day_first(&cells_of(Field::CloseDate)),
    };
    let header = |field: Field| column(field).map(|c| table.column_name(c, lang_hint)).unwrap_or_default();
    (0..table.rows.len())
        .map(|r| {
            let cell = |field: Field| column(field).map(|c| table.cell(r, c));
            RowOutcome { line: table.line_of(r), result: read_row(cell, header, stages, &rules) }
        })
        .collect()
}

fn read_row<'a>(
    cell: impl Fn(Field) -> Option<&'a str>,
    header: impl Fn(Field) -> String,
    stages: &[Stage],
    rules: &ColumnRules,
) -> RowResult {
    // Closed deals are skipped whatever else the row holds.
    if let Some(reason) = cell(Field::Status).and_then(closed_status) {
        return RowResult::Skipped(reason);
    }
    let stage_match = cell(Field::Stage).map(|text| match_stage(text, stages));
    match stage_match {
        Some(StageMatch::Won) => return RowResult::Skipped(SkipReason::Won),
        Some(StageMatch::Lost) => return RowResult::Skipped(SkipReason::Lost),
        _ => {}
    }

    let mut errors = Vec::new();
    let mut fail = |field: Field, text: &str, code: RowErrorCode| {
        errors.push(RowError { field, column: header(field), text: shorten(text.trim(), QUOTED_CHARS), code });
    };

    let name = match cell(Field::Name) {
        None => {
            fail(Field::Name, "", RowErrorCode::NoColumn);
            None
        }
        Some(text) => {
            let name = clean_name(text);
            if name.is_empty() {
                fail(Field::Name, text, RowErrorCode::MissingName);
                None
            } else if name.chars().count() > MAX_NAME_CHARS {
                fail(Field::Name, text, RowErrorCode::NameTooLong);
                None
            } else {
                Some(name)
            }
        }
    };

    let value = match cell(Field::Value) {
        None => {
            fail(Field::Value, "", RowErrorCode::NoColumn);
            None
        }
        Some(text) => match parse_amount(text, rules.value_style) {
            Ok(v) if v > 0.0 => Some(v),
            Ok(_) => {
                fail(Field::Value, text, RowErrorCode::ValueNotPositive);
                None
            }
            Err(ParseError::Empty) => {
                fail(Field::Value, text, RowErrorCode::MissingValue);
                None
            }
            Err(ParseError::NotANumber) => {
                fail(Field::Value, text, RowErrorCode::ValueNotNumber);
                None
            }
        },
    };

    let stage: Option<&Stage> = match (stage_match, cell(Field::Stage)) {
        (Some(StageMatch::Stage(index)), _) => stages.get(index),
        (Some(StageMatch::Empty), text) => {
            fail(Field::Stage, text.unwrap_or(""), RowErrorCode::MissingStage);
            None
        }
        (Some(_), text) => {
            fail(Field::Stage, text.unwrap_or(""), RowErrorCode::UnknownStage);
            None
        }
        (None, _) => {
            let first = stages.first();
            if first.is_none() {
                fail(Field::Stage, "", RowErrorCode::NoStages);
            }
            first
        }
    };

    let probability = match cell(Field::Probability).filter(|t| !t.trim().is_empty()) {
        None => None,
        Some(text) => match parse_probability(text, rules.percent) {
            // Equal to the stage's: leave it to the stage, as a hand-entered deal would.
            Some(p) if stage.is_some_and(|s| (s.probability - p).abs() < 1e-9) => None,
            Some(p) => Some(p),
            None => {
                fail(Field::Probability, text, RowErrorCode::BadProbability);
                None
            }
        },
    };

    let close_date = match cell(Field::CloseDate).filter(|t| !t.trim().is_empty()) {
        None => None,
        Some(text) => match parse_date(text, rules.day_first) {
            Some(date) => Some(date),
            None => {
                fail(Field::CloseDate, text, RowErrorCode::BadDate);
                None
            }
        },
    };

    match (name, value, stage) {
        (Some(name), Some(value), Some(stage)) if errors.is_empty() => {
            RowResult::Deal(Deal { name, value, stage: stage.id.clone(), probability, close_date, mature: None })
        }
        _ => RowResult::Invalid(errors),
    }
}

/// At most `max` characters, with "…" when cut.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut out: String = text.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// Undoes [`neutralize_formula`]: a `'` before `=`, `+`, `-`, `@`, tab or CR.
fn unneutralize(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_STARTS) => rest,
        _ => text,
    }
}

/// A deal name from a cell: formula guard undone, each run of line breaks
/// and tabs as one space, trimmed.
fn clean_name(text: &str) -> String {
    let text = unneutralize(text.trim_start_matches([' ', BOM]));
    let mut spaced = String::with_capacity(text.len());
    let mut in_break = false;
    for c in text.chars() {
        if c.is_control() {
            if !in_break {
                spaced.push(' ');
            }
            in_break = true;
        } else {
            spaced.push(c);
            in_break = false;
        }
    }
    spaced.trim().to_string()
}

// -- numbers ----------------------------------------------------------------

fn other(lang: Lang) -> Lang {
    match lang {
        Lang::Nb => Lang::En,
        Lang::En => Lang::Nb,
    }
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{a0}' | '\u{202f}' | '\u{2009}' | '\u{2007}')
}

fn is_currency_symbol(c: char) -> bool {
    matches!(c, '$' | '€' | '£' | '¥' | '₹' | '¢' | '₩' | '₽' | '₺' | '₴' | '₪' | '฿')
}

/// "kr", a few common codes in lower case, or any three capital letters
/// (an ISO 4217 code such as NOK or USD).
fn is_currency_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    matches!(lower.as_str(), "kr" | "nok" | "sek" | "dkk" | "eur" | "usd" | "gbp" | "chf")
        || (word.len() == 3 && word.bytes().all(|b| b.is_ascii_uppercase()))
}

/// An amount without currency: "kr 1 234,50" → "1 234,50", "NOK 1,234" →
/// "1,234", "$1,234.50" → "1,234.50", "1 000,- kr" → "1 000". Other
/// letters stay, so "100k" is not a number rather than 100.
fn strip_currency(text: &str) -> &str {
    let mut t = text.trim_matches(is_space);
    loop {
        let before = t.len();
        t = t.trim_start_matches(is_currency_symbol).trim_start_matches(is_space);
        let word_end = t.find(|c: char| !c.is_alphabetic()).unwrap_or(t.len());
        if word_end > 0 && is_currency_word(&t[..word_end]) {
            t = &t[word_end..];
            // "kr. 1 000"
            t = t.strip_prefix('.').unwrap_or(t).trim_start_matches(is_space);
        }
        t = t.trim_end_matches(is_currency_symbol).trim_end_matches(is_space);
        let word_start = t.char_indices().rev().take_while(|(_, c)| c.is_alphabetic()).last().map_or(t.len(), |(i, _)| i);
        if word_start < t.len() && is_currency_word(&t[word_start..]) {
            t = t[..word_start].trim_end_matches(is_space);
        }
        for dash in [",-", ".-", ",–", ".–"] {
            if let Some(rest) = t.strip_suffix(dash) {
                t = rest.trim_end_matches(is_space);
            }
        }
        if t.len() == before {
            return t;
        }
    }
}

/// Reads an amount in `style` first, then in the other style.
fn parse_amount(text: &str, style: Lang) -> Result<f64, ParseError> {
    if text.trim_matches(is_space).is_empty() {
        return Err(ParseError::Empty);
    }
    let bare = strip_currency(text);
    if bare.is_empty() {
        return Err(ParseError::NotANumber);
    }
    parse_number(bare, style).or_else(|_| parse_number(bare, other(style)))
}

/// The number style of a column of amounts, or `None` when the cells give
/// no clue either way.
fn amount_style(cells: &[&str]) -> Option<Lang> {
    let (mut nb, mut en, mut comma_thousands, mut dot_thousands) = (0, 0, 0, 0);
    for cell in cells {
        let bare: String = strip_currency(cell).chars().filter(|&c| !is_space(c)).collect();
        let commas = bare.matches(',').count();
        let dots = bare.matches('.').count();
        match (bare.rfind(','), bare.rfind('.')) {
            (Some(c), Some(d)) => {
                if c > d {
                    nb += 1
                } else {
                    en += 1
                }
            }
            (Some(c), None) => {
                let after = bare.len() - c - 1;
                if commas > 1 {
                    en += 1
                } else if after == 3 {
                    comma_thousands += 1
                } else {
                    nb += 1
                }
            }
            (None, Some(d)) => {
                let after = bare.len() - d - 1;
                if dots > 1 {
                    nb += 1
                } else if after == 3 {
                    dot_thousands += 1
                } else {
                    en += 1
                }
            }
            (None, None) => {}
        }
    }
    match (nb > 0, en > 0) {
        (true, false) => Some(Lang::Nb),
        (false, true) => Some(Lang::En),
        (true, true) => None,
        (false, false) => match (comma_thousands > 0, dot_thousands > 0) {
            (true, false) => Some(Lang::En),
            (false, true) => Some(Lang::Nb),
            _ => None,
        },
    }
}

/// A probability cell as plain decimal text: spaces and "%" removed, a
/// single comma read as the decimal mark ("0,65" → "0.65"; a probability
/// has no thousands). `None` unless it is a finite number.
fn probability_text(text: &str) -> Option<(String, bool)> {
    let trimmed = text.trim_matches(is_space);
    let has_percent = trimmed.ends_with('%');
    let bare = trimmed.trim_end_matches('%').trim_end_matches(is_space);
    let normalized = if !bare.contains('.') && bare.matches(',').count() == 1 { bare.replace(',', ".") } else { bare.to_string() };
    parse_number(&normalized, Lang::En).ok()?;
    Some((normalized, has_percent))
}

/// A percent written in decimal ("12.34") as a share, rounded once: the
/// digits are divided by a power of ten, so "12.34" gives the same number
/// as 0.1234 typed directly.
fn percent_to_share(decimal: &str) -> Option<f64> {
    let (negative, body) = match decimal.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, decimal),
    };
    let (whole, fraction) = body.split_once('.').unwrap_or((body, ""));
    let digits: String = whole.chars().chain(fraction.chars()).collect();
    let exact = digits.len() <= 15 && fraction.len() <= 20 && digits.bytes().all(|b| b.is_ascii_digit());
    let share = if exact {
        let mantissa: u64 = digits.parse().ok()?;
        mantissa as f64 / 10f64.powi(i32::try_from(fraction.len()).ok()? + 2)
    } else {
        decimal.parse::<f64>().ok()? / 100.0
    };
    Some(if negative { -share } else { share })
}

/// A probability as a share 0..1, or `None` when unreadable or out of
/// range. "65", "65 %" and "0.65" all give 0.65: a "%" sign, a number above
/// 1 or a `percent_column` mean percent, otherwise a share.
fn parse_probability(text: &str, percent_column: bool) -> Option<f64> {
    let (normalized, has_percent) = probability_text(text)?;
    let value = parse_number(&normalized, Lang::En).ok()?;
    let share = if percent_column || has_percent || value > 1.0 { percent_to_share(&normalized)? } else { value };
    (0.0..=1.0).contains(&share).then_some(share)
}

// -- dates ------------------------------------------------------------------

/// Whether slash dates in a column are day-first: some cell has a first
/// part above 12.
fn day_first(cells: &[&str]) -> bool {
    cells.iter().any(|cell| {
        let date = date_part(cell);
        let parts: Vec<&str> = date.split('/').collect();
        parts.len() == 3 && parts[0].len() <= 2 && parts[0].parse::<u32>().is_ok_and(|d| d > 12)
    })
}

/// The date before any time: "2026-11-27T10:00:00Z" → "2026-11-27".
fn date_part(text: &str) -> &str {
    let t = text.trim();
    let end = t.find(['T', ' ']).unwrap_or(t.len());
    &t[..end]
}

/// Reads YYYY-MM-DD, DD.MM.YYYY, YYYY/MM/DD, MM/DD/YYYY (or DD/MM/YYYY when
/// `day_first`), DD-MM-YYYY and YYYY.MM.DD, ignoring any time after it.
fn parse_date(text: &str, day_first: bool) -> Option<Date> {
    let date = date_part(text);
    let separator = ['-', '.', '/'].into_iter().find(|&s| date.contains(s))?;
    let parts: Vec<&str> = date.trim_end_matches('.').split(separator).collect();
    let [a, b, c] = parts.as_slice() else { return None };
    let number = |part: &str, len: std::ops::RangeInclusive<usize>| -> Option<u32> {
        (len.contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit())).then(|| part.parse().ok()).flatten()
    };
    let (year, month, day) = if a.len() == 4 {
        (number(a, 4..=4)?, number(b, 1..=2)?, number(c, 1..=2)?)
    } else {
        let year = number(c, 4..=4)?;
        let (first, second) = (number(a, 1..=2)?, number(b, 1..=2)?);
        match separator {
            '/' if !day_first => (year, first, second),
            _ => (year, second, first),
        }
    };
    Date::from_ymd(i32::try_from(year).ok()?, month, day)
}

// -- stages -----------------------------------------------------------------

/// Letters and digits only, lower case: "Closed Won" and "closedwon" agree.
fn compact(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

const WON: [&str; 7] = ["closedwon", "won", "dealwon", "vunnet", "vunnen", "lukketvunnet", "avsluttetvunnet"];
const LOST: [&str; 9] =
    ["closedlost", "lost", "deallost", "tapt", "lukkettapt", "avsluttettapt", "deleted", "slettet", "closeddisqualified"];

/// Common CRM stage names (compacted) and the default stage each maps to.
const CRM_STAGES: [(&str, &str); 33] = [
    // HubSpot (internal ids; the labels compact to the same text)
    ("appointmentscheduled", "qualified"),
    ("qualifiedtobuy", "discovery"),
    ("presentationscheduled", "proposal"),
    ("decisionmakerboughtin", "negotiation"),
    ("contractsent", "commit"),
    // Salesforce
    ("prospecting", "qualified"),
    ("qualification", "qualified"),
    ("needsanalysis", "discovery"),
    ("valueproposition", "proposal"),
    ("iddecisionmakers", "proposal"),
    ("perceptionanalysis", "proposal"),
    ("proposalpricequote", "proposal"),
    ("negotiationreview", "negotiation"),
    // Pipedrive (default pipeline)
    ("leadin", "qualified"),
    ("contactmade", "qualified"),
    ("needsdefined", "discovery"),
    ("demoscheduled", "discovery"),
    ("proposalmade", "proposal"),
    ("negotiationsstarted", "negotiation"),
    // Common words, English and Norwegian
    ("lead", "qualified"),
    ("prospect", "qualified"),
    ("kvalifisering", "qualified"),
    ("behovsanalyse", "discovery"),
    ("needsassessment", "discovery"),
    ("tilbud", "proposal"),
    ("quote", "proposal"),
    ("proposalsent", "proposal"),
    ("forhandlinger", "negotiation"),
    ("verbal", "commit"),
    ("verbalcommit", "commit"),
    ("muntligaksept", "commit"),
    ("kontraktsendt", "commit"),
    ("commitment", "commit"),
];

/// How a stage cell was understood.
#[derive(Clone, Debug, PartialEq)]
enum StageMatch {
    /// Index into the stages.
    Stage(usize),
    Won,
    Lost,
    Unknown,
    Empty,
}

/// Finds the stage a cell names. Order: exact id; id, label or default
/// label ignoring case, spaces and punctuation; won/lost; the CRM table.
fn match_stage(text: &str, stages: &[Stage]) -> StageMatch {
    let raw = unneutralize(text.trim()).trim();
    if raw.is_empty() {
        return StageMatch::Empty;
    }
    if let Some(i) = stages.iter().position(|s| s.id == raw) {
        return StageMatch::Stage(i);
    }
    let key = compact(raw);
    if key.is_empty() {
        return StageMatch::Unknown;
    }
    if let Some(i) = stages.iter().position(|s| compact(&s.id) == key) {
        return StageMatch::Stage(i);
    }
    if let Some(i) = stages.iter().position(|s| s.label.as_deref().is_some_and(|l| compact(l) == key)) {
        return StageMatch::Stage(i);
    }
    let default_label = |s: &Stage| DEFAULT_STAGES.iter().any(|(id, en, nb, _)| *id == s.id && (compact(en) == key || compact(nb) == key));
    if let Some(i) = stages.iter().position(default_label) {
        return StageMatch::Stage(i);
    }
    if WON.contains(&key.as_str()) {
        return StageMatch::Won;
    }
    if LOST.contains(&key.as_str()) {
        return StageMatch::Lost;
    }
    CRM_STAGES
        .iter()
        .find(|(name, _)| *name == key)
        .and_then(|(_, id)| stages.iter().position(|s| s.id == *id))
        .map_or(StageMatch::Unknown, StageMatch::Stage)
}

/// Won or lost from a status cell; anything else (open, blank) is `None`.
fn closed_status(text: &str) -> Option<SkipReason> {
    let key = compact(unneutralize(text.trim()));
    if WON.contains(&key.as_str()) {
        Some(SkipReason::Won)
    } else if LOST.contains(&key.as_str()) {
        Some(SkipReason::Lost)
    } else {
        None
    }
}

// ---------------------------------------------------------------------------
// Export
// ---------------------------------------------------------------------------

/// Header of our export, per language (the value column also gets the
/// currency: "Value (NOK)").
const EXPORT_HEADERS_EN: [&str; 9] =
    ["Name", "Value", "Stage", "Probability used (%)", "Decision date", "Mature", "Slipped", "Advice id", "Advice"];
const EXPORT_HEADERS_NB: [&str; 9] =
    ["Navn", "Verdi", "Steg", "Sannsynlighet brukt (%)", "Beslutningsdato", "Moden", "Glidd", "Råd-id", "Råd"];

/// Whether the headers are those of our own export (either language).
pub fn is_own_export(headers: &[String]) -> bool {
    let matches = |ours: &[&str; 9]| {
        headers.len() >= ours.len()
            && ours.iter().zip(headers).all(|(o, h)| {
                let [_, without_unit, _] = header_forms(h);
                without_unit == header_forms(o)[1]
            })
    };
    matches(&EXPORT_HEADERS_EN) || matches(&EXPORT_HEADERS_NB)
}

/// What a cell may start with to be read as a formula by a spreadsheet.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Makes a cell safe to open in a spreadsheet: text starting with `=`, `+`,
/// `-`, `@`, tab or CR gets a leading `'`, unless the whole cell is a plain
/// number such as "-5" or "-1234.5".
pub fn neutralize_formula(text: &str) -> String {
    if text.starts_with(FORMULA_STARTS) && !is_plain_number(text) { format!("'{text}") } else { text.to_string() }
}

/// An optional sign, digits, and optionally a point and more digits.
fn is_plain_number(text: &str) -> bool {
    let body = text.strip_prefix(['-', '+']).unwrap_or(text);
    let (whole, fraction) = match body.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (body, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    digits(whole) && fraction.is_none_or(digits)
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
    if match_stage(&label, stages) == StageMatch::Stage(index) { label } else { id.to_string() }
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

    let mut writer = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::new());
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
fn write_row(writer: &mut csv::Writer<Vec<u8>>, cells: &[String]) {
    let _ = writer.write_record(cells.iter().map(|c| neutralize_formula(c)));
}

/// A file name for the export: "skippertak-deals-2026-11-27.csv".
pub fn export_file_name(date: Date) -> String {
    format!("skippertak-deals-{date}.csv")
}
