//! One import, from the table read to the deals and history it yields:
//! every guess, every choice the user makes in the dialog, and what they
//! give. Pure, so the dialog only shows a session and sends it choices.

use std::collections::HashMap;

use super::amount::{NumberStyle, amount_style, currency_of};
use super::columns::{self, How, Mapping};
use super::dates::{self, DateOrder, OrderEvidence, OrderReason};
use super::delimiter::{self, Delimiter};
use super::encoding::Encoding;
use super::field::Field;
use super::headers;
use super::history::{self, History};
use super::memory::Remembered;
use super::probability::{is_percent_header, parse_probability};
use super::records::{self, RecordsError};
use super::rows::{self, ClosedDeal, RowOutcome, RowResult, Rules, Summary};
use super::source;
use super::stages::{self, FileStages, StageHow, StageTarget, StageValue};
use super::table::{Table, TableError};
use super::vocabulary::Crm;
use crate::export::csv::is_own_export;
use crate::i18n::Lang;
use crate::model::date::Date;
use crate::model::scenario::{Deal, Stage};

/// Why a file gives no table to import.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Larger than the import reads.
    TooBig {
        /// The file's size in bytes.
        bytes: usize,
    },
    /// The text cannot be read as rows.
    Records(RecordsError),
    /// The rows hold no table with a header.
    Table(TableError),
}

/// Where the table came from and how it was read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// A delimited text file.
    Text {
        /// The encoding it was decoded with.
        encoding: Encoding,
        /// It began with a byte order mark.
        bom: bool,
        /// The cell separator used.
        delimiter: Delimiter,
    },
    /// Cells pasted from a spreadsheet.
    Paste {
        /// The cell separator used.
        delimiter: Delimiter,
    },
    /// One sheet of a workbook.
    Workbook {
        /// The sheet read, by index into `sheets`.
        sheet: usize,
        /// The names of every sheet in the workbook.
        sheets: Vec<String>,
    },
}

/// What the import needs to know of the scenario and the day.
#[derive(Clone, Debug, PartialEq)]
pub struct Context {
    /// The page's language, for ambiguous dates and the words shown.
    pub lang: Lang,
    /// Today, for the history's window and slipped dates.
    pub today: Date,
    /// The first day of the scenario's period.
    pub period_start: Date,
    /// The last day of the scenario's period.
    pub period_end: Date,
    /// The scenario's stages.
    pub stages: Vec<Stage>,
}

/// Reads delimited text into a table: after any Excel `sep=` line, with
/// `delimiter` if given, else the one the line names, else the one the
/// text itself suggests. Returns the table and the delimiter used.
pub fn read_text(text: &str, delimiter: Option<Delimiter>) -> Result<(Table, Delimiter), ImportError> {
    if text.len() > super::limits::MAX_FILE_BYTES {
        return Err(ImportError::TooBig { bytes: text.len() });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let body = delimiter::strip_sep_line(text);
    let delimiter = delimiter.or(body.named).unwrap_or_else(|| delimiter::sniff(body.text));
    let records = records::read(body.text, delimiter, body.lines_before).map_err(ImportError::Records)?;
    let table = Table::from_records(records, &headers::is_known).map_err(ImportError::Table)?;
    Ok((table, delimiter))
}

/// Reads rows of cells (a workbook's sheet) into a table.
pub fn read_rows<S: AsRef<str>>(rows: &[Vec<S>]) -> Result<Table, ImportError> {
    Table::from_rows(rows, &headers::is_known).map_err(ImportError::Table)
}

/// An import in progress.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    /// The file's name ("" for pasted cells).
    pub name: String,
    /// Where the table came from and how it was read.
    pub origin: Origin,
    /// The file's table: header and rows.
    pub table: Table,
    /// The system that wrote the file, as far as its column names tell.
    pub crm: Crm,
    /// Which column gives each field.
    pub mapping: Mapping,
    context: Context,
    /// The date order the user chose, if any.
    chosen_order: Option<DateOrder>,
    /// Stage targets the user chose (or that were remembered), by key.
    stage_choices: HashMap<String, (StageTarget, StageHow)>,
    /// Whether the scenario takes the file's own stages.
    pub use_file_stages: bool,
    /// Date order evidence of every column, from its first rows.
    sampled_evidence: Vec<(usize, OrderEvidence)>,
    // What the choices give (kept in step by `refresh`).
    /// How cells are read (date order, decimal mark).
    pub rules: Rules,
    /// The currency the value column's amounts are marked with, if any.
    pub currency: Option<String>,
    /// Why the date order is what it is.
    pub order_reason: OrderReason,
    /// Every distinct stage in the file, with where it goes.
    pub stages: Vec<StageValue>,
    /// The stages built from the file, when the scenario takes them.
    pub file_stages: Option<FileStages>,
    /// What became of each data row.
    pub outcomes: Vec<RowOutcome>,
    /// The outcomes counted.
    pub summary: Summary,
    /// The team's history from the closed rows.
    pub history: History,
}

/// Rows each column's date order evidence is sampled from.
const EVIDENCE_ROWS: usize = 400;

impl Session {
    /// Starts an import of `table`: guesses the source, the columns, the
    /// date order and every stage, and reads the rows.
    pub fn new(name: &str, origin: Origin, table: Table, context: Context) -> Session {
        let crm = source::detect(&table.headers);
        let mapping = columns::guess(&table, crm);
        let sampled_evidence = (0..table.width())
            .map(|c| (c, dates::evidence(table.column(c).take(EVIDENCE_ROWS))))
            .filter(|(_, e)| *e != OrderEvidence::default())
            .collect();
        let mut session = Session {
            name: name.to_string(),
            origin,
            table,
            crm,
            mapping,
            context,
            chosen_order: None,
            stage_choices: HashMap::new(),
            use_file_stages: false,
            sampled_evidence,
            rules: Rules { number_style: NumberStyle::DecimalPoint, percent: false, date_order: DateOrder::DayFirst },
            currency: None,
            order_reason: OrderReason::NotNeeded,
            stages: Vec::new(),
            file_stages: None,
            outcomes: Vec::new(),
            summary: Summary::default(),
            history: history::summarize(
                std::iter::empty(),
                Date::from_days_since_epoch(0),
                Date::from_days_since_epoch(0),
                Date::from_days_since_epoch(0),
            ),
        };
        session.refresh();
        session
    }

    /// The scenario and day this import is for.
    pub fn context(&self) -> &Context {
        &self.context
    }

    /// Chooses the column of a field (or none).
    pub fn set_column(&mut self, field: Field, column: Option<usize>) {
        self.mapping.set(field, column.filter(|&c| c < self.table.width()), How::Chosen);
        self.refresh();
    }

    /// Chooses how slash dates are read.
    pub fn set_date_order(&mut self, order: DateOrder) {
        self.chosen_order = Some(order);
        self.refresh();
    }

    /// Chooses where the rows of one stage value go.
    pub fn set_stage_target(&mut self, key: &str, target: StageTarget) {
        self.stage_choices.insert(key.to_string(), (target, StageHow::Chosen));
        self.refresh();
    }

    /// Uses the file's own stages (or the scenario's again).
    pub fn set_use_file_stages(&mut self, on: bool) {
        self.use_file_stages = on;
        self.refresh();
    }

    /// The choices to remember for the next file of this shape.
    pub fn remembered(&self) -> Remembered {
        let mut r = Remembered { file_stages: self.use_file_stages, ..Remembered::default() };
        // What the names alone would find again is not stored; what was
        // chosen, taken from the cells or remembered is.
        for field in Field::ALL {
            if matches!(self.mapping.how(field), Some(How::Chosen | How::Content | How::Remembered)) {
                r.columns.insert(field.as_str().to_string(), self.mapping.get(field));
            }
        }
        for (key, (target, _)) in &self.stage_choices {
            r.stages.insert(key.clone(), target.id());
        }
        r.date_order = self.chosen_order.map(|o| o.as_str().to_string());
        r
    }

    /// Takes the choices remembered for a file of this shape; those that do
    /// not fit this file (a column past its width, an unknown stage) are
    /// left to the guesses.
    pub fn apply_remembered(&mut self, remembered: &Remembered) {
        for (id, column) in &remembered.columns {
            if let Some(field) = Field::from_id(id) {
                if column.is_none_or(|c| c < self.table.width()) {
                    self.mapping.set(field, *column, How::Remembered);
                }
            }
        }
        for (key, id) in &remembered.stages {
            if let Some(target) = StageTarget::from_id(id).filter(|t| self.target_fits(t)) {
                self.stage_choices.insert(key.clone(), (target, StageHow::Remembered));
            }
        }
        self.chosen_order = remembered.date_order.as_deref().and_then(DateOrder::from_id).or(self.chosen_order);
        self.use_file_stages = remembered.file_stages;
        self.refresh();
    }

    /// Carries the choices of an earlier reading of the same file (another
    /// encoding, delimiter or sheet) over, where the columns are the same.
    pub fn carry_over(&mut self, earlier: &Session) {
        if earlier.table.headers == self.table.headers {
            self.mapping = earlier.mapping;
            self.chosen_order = earlier.chosen_order;
            self.stage_choices = earlier.stage_choices.clone();
            self.use_file_stages = earlier.use_file_stages;
            self.refresh();
        }
    }

    fn target_fits(&self, target: &StageTarget) -> bool {
        match target {
            StageTarget::Stage(id) => self.context.stages.iter().any(|s| &s.id == id),
            StageTarget::Won | StageTarget::Lost => true,
        }
    }

    /// The open deals ready to import, in file order.
    pub fn ready_deals(&self) -> Vec<Deal> {
        self.outcomes.iter().filter_map(RowOutcome::deal).cloned().collect()
    }

    /// The stages the deals go into: the file's own, or the scenario's.
    pub fn target_stages(&self) -> &[Stage] {
        match &self.file_stages {
            Some(file) => &file.stages,
            None => &self.context.stages,
        }
    }

    /// Works out everything that follows from the table and the choices.
    fn refresh(&mut self) {
        let table = &self.table;
        let column = |field: Field| self.mapping.get(field).filter(|&c| c < table.width());

        let number_style = if is_own_export(&table.headers) {
            NumberStyle::DecimalPoint
        } else {
            column(Field::Value).and_then(|c| amount_style(table.column(c))).unwrap_or(NumberStyle::of(self.context.lang))
        };
        let percent = column(Field::Probability).and_then(|c| table.header(c)).is_some_and(is_percent_header);
        let (date_order, order_reason) = match self.chosen_order {
            Some(order) => (order, OrderReason::Chosen),
            None => {
                let mut evidence: Vec<(usize, OrderEvidence)> = [Field::CloseDate, Field::Created]
                    .into_iter()
                    .filter_map(column)
                    .map(|c| (c, dates::evidence(table.column(c))))
                    .collect();
                let mapped: Vec<usize> = evidence.iter().map(|(c, _)| *c).collect();
                evidence.extend(self.sampled_evidence.iter().filter(|(c, _)| !mapped.contains(c)).copied());
                dates::decide_order(&evidence, column(Field::CloseDate), self.context.lang)
            }
        };
        self.rules = Rules { number_style, percent, date_order };
        self.currency = column(Field::Value).and_then(|c| currency_of(table.column(c)));
        self.order_reason = order_reason;

        // The stage values, their guesses, and the choices made.
        let probabilities: Vec<Option<f64>> = match column(Field::Probability) {
            Some(c) => table.column(c).map(|cell| parse_probability(cell, percent)).collect(),
            None => Vec::new(),
        };
        self.stages = match column(Field::Stage) {
            Some(c) => stages::collect(table.column(c), &probabilities, self.crm),
            None => Vec::new(),
        };
        stages::guess(&mut self.stages, &self.context.stages);
        for value in &mut self.stages {
            if let Some((target, how)) = self.stage_choices.get(&value.key) {
                value.target = target.clone();
                value.how = *how;
            }
        }
        self.file_stages = (self.use_file_stages && !self.stages.is_empty()).then(|| stages::file_stages(&self.stages));
        let stage_of: HashMap<String, StageTarget> = self
            .stages
            .iter()
            .map(|v| {
                let target = match (&self.file_stages, &v.target) {
                    (Some(file), StageTarget::Stage(_)) => StageTarget::Stage(file.ids.get(&v.key).cloned().unwrap_or_default()),
                    (_, target) => target.clone(),
                };
                (v.key.clone(), target)
            })
            .collect();
        let target_stages = match &self.file_stages {
            Some(file) => file.stages.as_slice(),
            None => self.context.stages.as_slice(),
        };
        self.outcomes = rows::read(table, &self.mapping, &stage_of, target_stages, self.rules);
        self.summary = Summary::of(&self.outcomes);
        let closed: Vec<&ClosedDeal> = self
            .outcomes
            .iter()
            .filter_map(|o| match &o.result {
                RowResult::Closed(closed) => Some(closed),
                _ => None,
            })
            .collect();
        self.history = history::summarize(closed, self.context.period_start, self.context.period_end, self.context.today);
    }
}
