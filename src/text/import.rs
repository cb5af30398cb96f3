//! The import's words: the dialog, its guesses and choices, the history,
//! and every message the import's codes stand for.

use super::{Text, count, texts};
use crate::i18n::Lang;
use crate::import::columns::How;
use crate::import::dates::{DateOrder, OrderReason};
use crate::import::delimiter::Delimiter;
use crate::import::encoding::Encoding;
use crate::import::field::Field;
use crate::import::limits::{MAX_COLUMNS, MAX_FILE_BYTES, MAX_ROWS};
use crate::import::records::RecordsError;
use crate::import::rows::{RowError, RowErrorCode, Summary};
use crate::import::session::{ImportError, Origin};
use crate::import::stages::StageHow;
use crate::import::table::{Layout, TableError};
use crate::import::vocabulary::Crm;
use crate::import::workbook::WorkbookError;
use crate::model::scenario::MAX_NAME_CHARS;

texts! {
    TITLE = "Importer avtaler" / "Import deals";
    FROM_PASTE = "Celler limt inn fra et regneark." / "Cells pasted from a spreadsheet.";
    FROM_FILE = "Fra {file}." / "From {file}.";
    LOOKS_LIKE = "Ser ut som en eksport fra {crm}." / "Looks like an export from {crm}.";
    LOOKS_LIKE_SPREADSHEET = "Et regneark (ingen kjent CRM-eksport)." / "A spreadsheet (no known CRM export).";
    SIZE = "{rows} og {columns}." / "{rows} and {columns}.";
    ROW = "{count} rad" / "{count} row";
    ROWS = "{count} rader" / "{count} rows";
    COLUMN = "{count} kolonne" / "{count} column";
    COLUMNS = "{count} kolonner" / "{count} columns";
    READ_AS = "Lest som {encoding}, {delimiter}." / "Read as {encoding}, {delimiter}.";
    WITH_BOM = "{encoding} med BOM" / "{encoding} with BOM";
    LEFT_OUT = "Utelatt: {what}." / "Left out: {what}.";
    TITLE_ROWS = "{count} linje over overskriftene" / "{count} line above the header";
    TITLE_ROWS_MANY = "{count} linjer over overskriftene" / "{count} lines above the header";
    FOOTER_ROW = "{count} rapportlinje på slutten" / "{count} report line at the end";
    FOOTER_ROWS = "{count} rapportlinjer på slutten" / "{count} report lines at the end";
    BLANK_ROW = "{count} tom linje" / "{count} blank line";
    BLANK_ROWS = "{count} tomme linjer" / "{count} blank lines";
    CURRENCY_DIFFERS = "Beløpene i filen er i {file}, scenarioet regner i {scenario}. Ingenting blir regnet om." / "The amounts in the file are in {file}; the scenario counts in {scenario}. Nothing is converted.";
    NO_HEADER = "Cellene har ingen overskriftsrad; kolonnene er gjettet ut fra innholdet." / "The cells have no header row; the columns are guessed from their content.";
    ENCODING = "Tegnsett" / "Encoding";
    DELIMITER = "Skilletegn" / "Delimiter";
    SHEET = "Ark" / "Sheet";
    HIDDEN_SHEET = "{sheet} (skjult)" / "{sheet} (hidden)";
    COMMA = "komma" / "comma";
    SEMICOLON = "semikolon" / "semicolon";
    TAB = "tabulator" / "tab";
    PIPE = "loddrett strek (|)" / "pipe (|)";
    DATE_ORDER = "Datoer som 03/04/2026" / "Dates like 03/04/2026";
    DAY_FIRST = "dag først: 3. april" / "day first: 3 April";
    MONTH_FIRST = "måned først: 4. mars" / "month first: March 4";
    ORDER_FROM_COLUMN = "Lest med {order}: kolonnen «{column}» har datoer som bare kan leses slik." / "Read {order}: the column \"{column}\" has dates that only read that way.";
    ORDER_FROM_LANGUAGE_NB = "Lest med dag først, som på norsk: ingen dato i filen viser hvilken vei. Sjekk et par datoer i forhåndsvisningen." / "Read day first, as in Norwegian: no date in the file shows which way. Check a few dates in the preview.";
    ORDER_FROM_LANGUAGE_EN = "Lest med måned først, som på amerikansk engelsk: ingen dato i filen viser hvilken vei. Sjekk et par datoer i forhåndsvisningen." / "Read month first, as in US English: no date in the file shows which way. Check a few dates in the preview.";
    ORDER_CHOSEN = "Lest slik du valgte." / "Read the way you chose.";
    ORDER_DAY_FIRST = "dag først" / "day first";
    ORDER_MONTH_FIRST = "måned først" / "month first";
    COLUMNS_LEGEND = "Hvilken kolonne har hva?" / "Which column holds what?";
    OPTIONAL = "(valgfri)" / "(optional)";
    CHOOSE_COLUMN = "— velg kolonne —" / "— choose a column —";
    NO_COLUMN = "— ingen —" / "— none —";
    UNNAMED_COLUMN = "Kolonne {number}" / "Column {number}";
    EXAMPLE = "f.eks." / "e.g.";
    GUESSED_FROM_CONTENT = "Gjettet ut fra innholdet – sjekk" / "Guessed from the content – check it";
    REMEMBERED = "Som for forrige fil med disse kolonnene" / "As for the last file with these columns";
    MISSING_COLUMNS = "Velg hvilken kolonne som har: {fields}." / "Choose the column that holds: {fields}.";
    FIELD_NAME = "Navn" / "Name";
    FIELD_VALUE = "Verdi" / "Value";
    FIELD_STAGE = "Steg" / "Stage";
    FIELD_PROBABILITY = "Sannsynlighet" / "Probability";
    FIELD_CLOSE_DATE = "Beslutningsdato" / "Decision date";
    FIELD_STATUS = "Status (åpen / vunnet / tapt)" / "Status (open / won / lost)";
    FIELD_OWNER = "Selger" / "Owner";
    FIELD_CREATED = "Opprettet" / "Created";
    FIELD_CLOSED_ON = "Faktisk lukkedato" / "Actual close date";
    FIELD_LOST_ON = "Tapt dato" / "Date lost";
    NO_STAGE_COLUMN = "Uten stegkolonne går hver avtale til steget nærmest sin sannsynlighet, ellers til det første steget («{stage}»)." / "Without a stage column each deal goes to the stage nearest its probability, else to the first stage (\"{stage}\").";
    STAGES_LEGEND = "Salgsstegene i filen" / "The sales stages in the file";
    STAGE_IN_FILE = "Steg i filen" / "Stage in the file";
    STAGE_BECOMES = "Blir" / "Becomes";
    STAGE_BLANK = "(uten steg)" / "(no stage)";
    TARGET_WON = "Vunnet (historikk)" / "Won (history)";
    TARGET_LOST = "Tapt (historikk)" / "Lost (history)";
    TARGET_OWN = "Eget steg" / "Its own stage";
    HOW_EXACT = "samme navn" / "same name";
    HOW_CLOSED = "lukket" / "closed";
    HOW_PROBABILITY = "nærmest sannsynligheten i filen" / "nearest the file's probability";
    HOW_PIPELINE = "standardsteg i {crm}" / "a default stage in {crm}";
    HOW_SYNONYM = "kjent stegnavn" / "a known stage name";
    HOW_UNKNOWN = "ukjent – sjekk" / "unknown – check it";
    HOW_REMEMBERED = "som sist" / "as last time";
    HOW_CHOSEN = "valgt" / "chosen";
    USE_FILE_STAGES = "Bruk stegene fra filen i stedet" / "Use the file's stages instead";
    FILE_STAGES_SUMMARY = "{count} steg, i rekkefølge etter sannsynlighet; moden fra «{stage}»." / "{count} stages, in order of probability; mature from \"{stage}\".";
    FILE_STAGES_ASSUMED = "Ingenting i filen sier noe om sannsynligheten for {stages}: 10 % er satt. Endre den under forutsetningene etterpå." / "Nothing in the file tells the probability of {stages}: 10% is set. Change it in the assumptions afterwards.";
    FILE_STAGES_RESTAGE = "Avtalene du har fra før flyttes til det nye steget nærmest sin sannsynlighet, og beholder sannsynligheten." / "The deals you already have move to the new stage nearest their probability and keep that probability.";
    HISTORY_LEGEND = "Hva historikken i filen sier" / "What the history in the file says";
    HISTORY_NONE = "Filen har ingen vunne eller tapte avtaler." / "The file has no won or lost deals.";
    WON_IN_PERIOD = "Vunnet i perioden: {deals}, til sammen {sum}." / "Won in the period: {deals}, {sum} in all.";
    USE_AS_CLOSED = "Bruk som «Solgt så langt» (nå {current})" / "Use as \"Closed so far\" (now {current})";
    DEAL = "{count} avtale" / "{count} deal";
    DEALS = "{count} avtaler" / "{count} deals";
    TOO_LITTLE_HISTORY = "For lite historikk til å regne ut teamets egne tall: {count} lukkede avtaler de siste 12 månedene, minst 10 trengs. Forutsetningene beholdes." / "Too little history for the team's own figures: {count} closed deals in the last 12 months, at least 10 are needed. The assumptions stay as they are.";
    FIGURE = "Tall" / "Figure";
    FROM_THE_FILE = "Fra filen" / "From the file";
    IN_USE = "I bruk nå" / "In use now";
    USE_IT = "Bruk" / "Use";
    WIN_RATE = "Vinnrate (ny mulighet → vunnet)" / "Win rate (new opportunity → won)";
    AVG_DEAL = "Gjennomsnittlig vunnet avtale" / "Average won deal";
    CYCLE = "Salgssyklus (opprettet → vunnet)" / "Sales cycle (created → won)";
    CYCLE_DAYS = "{days} dager" / "{days} days";
    BASIS_WIN_RATE = "fra {won} vunne og {lost} tapte avtaler de siste 12 månedene" / "from {won} won and {lost} lost deals in the last 12 months";
    BASIS_AVG = "fra {count} vunne avtaler med verdi" / "from {count} won deals with a value";
    BASIS_CYCLE = "median av {count} vunne avtaler med opprettet-dato" / "median of {count} won deals with a created date";
    NO_CREATED_COLUMN = "Filen har ingen opprettet-dato, så salgssyklusen kan ikke regnes ut." / "The file has no created date, so the sales cycle cannot be worked out.";
    UNDATED = "{count} lukkede avtaler uten lesbar dato er ikke med." / "{count} closed deals without a readable date are not counted.";
    SUMMARY_OPEN = "{count} åpen avtale klar" / "{count} open deal ready";
    SUMMARY_OPEN_MANY = "{count} åpne avtaler klare" / "{count} open deals ready";
    SUMMARY_WON = "{count} vunnet" / "{count} won";
    SUMMARY_LOST = "{count} tapt" / "{count} lost";
    SUMMARY_INVALID = "{count} rad med feil" / "{count} row with errors";
    SUMMARY_INVALID_MANY = "{count} rader med feil" / "{count} rows with errors";
    PREVIEW = "Forhåndsvisning av radene" / "Preview of the rows";
    PREVIEW_CAPTION = "Slik blir radene lest. Rader med feil blir ikke importert; vunne og tapte avtaler blir historikk." / "How the rows are read. Rows with errors are not imported; won and lost deals become history.";
    LINE = "Linje" / "Line";
    STAGE_OWN_PROBABILITY = "(stegets)" / "(stage's)";
    ROW_WON = "Vunnet – historikk" / "Won – history";
    ROW_LOST = "Tapt – historikk" / "Lost – history";
    ERRORS = "Feil:" / "Errors:";
    SHOWING_FIRST = "Viser de første {shown} av {total} radene." / "Showing the first {shown} of {total} rows.";
    LATER_ERRORS = "Flere rader med feil lenger ned, på linje {lines}. De blir ikke importert." / "More rows with errors further down, on lines {lines}. They will not be imported.";
    MODE_LEGEND = "Avtalene du har fra før" / "The deals you already have";
    MODE_ADD = "Legg til de nåværende avtalene" / "Add to the current deals";
    MODE_REPLACE = "Erstatt de nåværende avtalene ({count} i dag)" / "Replace the current deals ({count} now)";
    IMPORT_ONE = "Importer 1 avtale" / "Import 1 deal";
    IMPORT_MANY = "Importer {count} avtaler" / "Import {count} deals";
    APPLY_FIGURES = "Bruk tallene fra filen" / "Use the figures from the file";
    CANCEL = "Avbryt" / "Cancel";
    CLOSE = "Lukk" / "Close";
    READING_WORKBOOK = "Leser arbeidsboken …" / "Reading the workbook …";
    WORKBOOK_MODULE_FAILED = "Delen av appen som leser Excel-filer kunne ikke lastes. Sjekk tilkoblingen og prøv igjen." / "The part of the app that reads Excel files could not be loaded. Check the connection and try again.";
    PASTE_HINT = "Lim inn celler fra Excel, Google Sheets eller Numbers her (Ctrl+V / ⌘V) for å importere dem." / "Paste cells from Excel, Google Sheets or Numbers here (Ctrl+V / ⌘V) to import them.";
    IMPORT_BUTTON = "Importer fil (JSON, CSV eller Excel)" / "Import a file (JSON, CSV or Excel)";
    SOURCE_MARK = "Fra {file}, {date} ({deals})" / "From {file}, {date} ({deals})";
    ERROR_TOO_BIG = "Filen er for stor ({size} MB). Høyst {max} MB kan leses; filtrer bort gamle lukkede avtaler eller del den opp." / "The file is too big ({size} MB). At most {max} MB can be read; filter out old closed deals or split it.";
    ERROR_EMPTY = "Filen er tom." / "The file is empty.";
    ERROR_NO_ROWS = "Filen har overskrifter, men ingen rader under dem." / "The file has a header but no rows below it.";
    ERROR_TOO_MANY_ROWS = "Filen har flere enn {max} rader. Filtrer bort gamle lukkede avtaler eller del den opp." / "The file has more than {max} rows. Filter out old closed deals or split it.";
    ERROR_TOO_MANY_COLUMNS = "Linje {line} har flere enn {max} kolonner. Fjern kolonner du ikke trenger." / "Line {line} has more than {max} columns. Remove the columns you don't need.";
    ERROR_NOT_WORKBOOK = "Filen er ikke en Excel-arbeidsbok (.xlsx) som kan leses." / "The file is not an Excel workbook (.xlsx) that can be read.";
    ERROR_LEGACY = "Dette er en gammel Excel-fil (.xls) eller en passordbeskyttet arbeidsbok. Åpne den i Excel og lagre som .xlsx eller CSV UTF-8 uten passord." / "This is an old Excel file (.xls) or a password-protected workbook. Open it in Excel and save it as .xlsx or CSV UTF-8 without a password.";
    ERROR_DAMAGED = "Arbeidsboken er skadet og kan ikke leses." / "The workbook is damaged and cannot be read.";
    ERROR_UNSUPPORTED = "Arbeidsboken er lagret på en måte som ikke kan leses her. Lagre den på nytt som .xlsx eller CSV UTF-8." / "The workbook is saved in a way that cannot be read here. Save it again as .xlsx or CSV UTF-8.";
    ERROR_WORKBOOK_TOO_BIG = "Arbeidsboken er for stor til å leses her. Lagre arket med avtalene som CSV, eller filtrer bort rader." / "The workbook is too large to read here. Save the sheet with the deals as CSV, or filter out rows.";
    ERROR_NO_SUCH_SHEET = "Arket finnes ikke i arbeidsboken." / "The sheet is not in the workbook.";
    ROW_ERROR_IN_COLUMN = "Kolonnen «{column}»: {problem}" / "Column \"{column}\": {problem}";
    ROW_NO_COLUMN = "Ingen kolonne er valgt for «{field}»." / "No column is chosen for \"{field}\".";
    ROW_NO_STAGES = "Scenarioet har ingen salgssteg." / "The scenario has no sales stages.";
    ROW_MISSING_NAME = "navnet mangler." / "the name is missing.";
    ROW_NAME_TOO_LONG = "navnet er lengre enn {max} tegn." / "the name is longer than {max} characters.";
    ROW_MISSING_VALUE = "verdien mangler." / "the value is missing.";
    ROW_VALUE_NOT_NUMBER = "«{text}» er ikke et tall." / "\"{text}\" is not a number.";
    ROW_VALUE_NOT_POSITIVE = "«{text}» er ikke et positivt tall." / "\"{text}\" is not a positive number.";
    ROW_BAD_PROBABILITY = "«{text}» er ikke en sannsynlighet fra 0 til 100 %." / "\"{text}\" is not a probability from 0 to 100%.";
    ROW_BAD_DATE = "«{text}» er ikke en dato som kan leses (skriv ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ)." / "\"{text}\" is not a date that can be read (write YYYY-MM-DD or MM/DD/YYYY).";
}

/// A field's name in the dialog.
pub fn field(field: Field) -> Text {
    match field {
        Field::Name => FIELD_NAME,
        Field::Value => FIELD_VALUE,
        Field::Stage => FIELD_STAGE,
        Field::Probability => FIELD_PROBABILITY,
        Field::CloseDate => FIELD_CLOSE_DATE,
        Field::Status => FIELD_STATUS,
        Field::Owner => FIELD_OWNER,
        Field::Created => FIELD_CREATED,
        Field::ClosedOn => FIELD_CLOSED_ON,
        Field::LostOn => FIELD_LOST_ON,
    }
}

/// A delimiter's name.
pub fn delimiter(delimiter: Delimiter) -> Text {
    match delimiter {
        Delimiter::Comma => COMMA,
        Delimiter::Semicolon => SEMICOLON,
        Delimiter::Tab => TAB,
        Delimiter::Pipe => PIPE,
    }
}

/// A date order as the select offers it.
pub fn date_order(order: DateOrder) -> Text {
    match order {
        DateOrder::DayFirst => DAY_FIRST,
        DateOrder::MonthFirst => MONTH_FIRST,
    }
}

/// A column's name for people: its header (with "(2)" for the second
/// column of the same name), or "Column 3".
pub fn column_name(header: Option<&str>, column: usize, occurrence: usize, lang: Lang) -> String {
    match header {
        Some(name) if occurrence > 1 => format!("{name} ({occurrence})"),
        Some(name) => name.to_string(),
        None => UNNAMED_COLUMN.fill(lang, &[("number", &(column + 1).to_string())]),
    }
}

/// What the dialog says about the file: where it is from, its size, how it
/// was read and what was left out.
pub fn file_facts(name: &str, origin: &Origin, crm: Crm, rows: usize, columns: usize, layout: &Layout, lang: Lang) -> Vec<String> {
    let mut facts = Vec::new();
    facts.push(match origin {
        Origin::Paste { .. } => FROM_PASTE.get(lang).to_string(),
        _ => FROM_FILE.fill(lang, &[("file", name)]),
    });
    facts.push(match crm.brand() {
        Some(brand) => LOOKS_LIKE.fill(lang, &[("crm", brand)]),
        None => LOOKS_LIKE_SPREADSHEET.get(lang).to_string(),
    });
    let size = SIZE.fill(lang, &[("rows", &count(lang, rows, ROW, ROWS)), ("columns", &count(lang, columns, COLUMN, COLUMNS))]);
    facts.push(size);
    if let Origin::Text { encoding, bom, delimiter: d } = origin {
        let encoding = if *bom { WITH_BOM.fill(lang, &[("encoding", encoding.name())]) } else { encoding.name().to_string() };
        facts.push(READ_AS.fill(lang, &[("encoding", &encoding), ("delimiter", delimiter(*d).get(lang))]));
    }
    let mut left_out = Vec::new();
    if layout.rows_above_header > 0 {
        left_out.push(count(lang, layout.rows_above_header, TITLE_ROWS, TITLE_ROWS_MANY));
    }
    if layout.footer_rows > 0 {
        left_out.push(count(lang, layout.footer_rows, FOOTER_ROW, FOOTER_ROWS));
    }
    if layout.blank_rows > 0 {
        left_out.push(count(lang, layout.blank_rows, BLANK_ROW, BLANK_ROWS));
    }
    if !left_out.is_empty() {
        facts.push(LEFT_OUT.fill(lang, &[("what", &left_out.join(", "))]));
    }
    if layout.header_line.is_none() {
        facts.push(NO_HEADER.get(lang).to_string());
    }
    facts
}

/// Why dates are read the way they are; `column` names a column.
pub fn order_reason(order: DateOrder, reason: OrderReason, column: &dyn Fn(usize) -> String, lang: Lang) -> Option<String> {
    let order_name = match order {
        DateOrder::DayFirst => ORDER_DAY_FIRST,
        DateOrder::MonthFirst => ORDER_MONTH_FIRST,
    };
    match reason {
        OrderReason::NotNeeded => None,
        OrderReason::Column(c) => Some(ORDER_FROM_COLUMN.fill(lang, &[("order", order_name.get(lang)), ("column", &column(c))])),
        OrderReason::Language(Lang::Nb) => Some(ORDER_FROM_LANGUAGE_NB.get(lang).to_string()),
        OrderReason::Language(Lang::En) => Some(ORDER_FROM_LANGUAGE_EN.get(lang).to_string()),
        OrderReason::Chosen => Some(ORDER_CHOSEN.get(lang).to_string()),
    }
}

/// The mark beside a column chosen in a way worth a look.
pub fn column_how(how: How) -> Option<Text> {
    match how {
        How::Content => Some(GUESSED_FROM_CONTENT),
        How::Remembered => Some(REMEMBERED),
        How::Header | How::Chosen => None,
    }
}

/// How a stage value's target was found.
pub fn stage_how(how: StageHow, lang: Lang) -> String {
    match how {
        StageHow::Exact => HOW_EXACT.get(lang).to_string(),
        StageHow::Closed => HOW_CLOSED.get(lang).to_string(),
        StageHow::Probability => HOW_PROBABILITY.get(lang).to_string(),
        StageHow::Pipeline(crm) => HOW_PIPELINE.fill(lang, &[("crm", crm.brand().unwrap_or("CRM"))]),
        StageHow::Synonym => HOW_SYNONYM.get(lang).to_string(),
        StageHow::Unknown => HOW_UNKNOWN.get(lang).to_string(),
        StageHow::Remembered => HOW_REMEMBERED.get(lang).to_string(),
        StageHow::Chosen => HOW_CHOSEN.get(lang).to_string(),
    }
}

/// "12 open deals ready, 3 won, 5 lost, 2 rows with errors" (zero counts
/// after the first are left out).
pub fn summary(s: &Summary, lang: Lang) -> String {
    let mut parts = vec![count(lang, s.open, SUMMARY_OPEN, SUMMARY_OPEN_MANY)];
    if s.won > 0 {
        parts.push(SUMMARY_WON.fill(lang, &[("count", &s.won.to_string())]));
    }
    if s.lost > 0 {
        parts.push(SUMMARY_LOST.fill(lang, &[("count", &s.lost.to_string())]));
    }
    if s.invalid > 0 {
        parts.push(count(lang, s.invalid, SUMMARY_INVALID, SUMMARY_INVALID_MANY));
    }
    parts.join(", ")
}

/// The confirm button's label.
pub fn import_label(n: usize, lang: Lang) -> String {
    count(lang, n, IMPORT_ONE, IMPORT_MANY)
}

/// "20 000" for limits in messages.
fn grouped(n: usize) -> String {
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

/// Why a file gives nothing to import, in words.
pub fn import_error(error: ImportError, lang: Lang) -> String {
    match error {
        ImportError::TooBig { bytes } => {
            let mb = |b: usize| format!("{}", b.div_ceil(1024 * 1024));
            ERROR_TOO_BIG.fill(lang, &[("size", &mb(bytes)), ("max", &mb(MAX_FILE_BYTES))])
        }
        ImportError::Records(RecordsError::TooManyRows) | ImportError::Table(TableError::TooManyRows) => {
            ERROR_TOO_MANY_ROWS.fill(lang, &[("max", &grouped(MAX_ROWS))])
        }
        ImportError::Records(RecordsError::TooManyColumns { line }) => {
            ERROR_TOO_MANY_COLUMNS.fill(lang, &[("line", &line.to_string()), ("max", &grouped(MAX_COLUMNS))])
        }
        ImportError::Table(TableError::Empty) => ERROR_EMPTY.get(lang).to_string(),
        ImportError::Table(TableError::NoRows) => ERROR_NO_ROWS.get(lang).to_string(),
    }
}

/// Why a workbook cannot be read, in words.
pub fn workbook_error(error: WorkbookError, lang: Lang) -> &'static str {
    match error {
        WorkbookError::NotAWorkbook => ERROR_NOT_WORKBOOK.get(lang),
        WorkbookError::LegacyOrEncrypted => ERROR_LEGACY.get(lang),
        WorkbookError::Damaged => ERROR_DAMAGED.get(lang),
        WorkbookError::Unsupported => ERROR_UNSUPPORTED.get(lang),
        WorkbookError::TooBig => ERROR_WORKBOOK_TOO_BIG.get(lang),
        WorkbookError::NoSuchSheet => ERROR_NO_SUCH_SHEET.get(lang),
    }
}

/// One row problem as a sentence naming the column.
pub fn row_error(error: &RowError, column: &str, lang: Lang) -> String {
    let text = error.text.as_str();
    let problem = match error.code {
        RowErrorCode::NoColumn => return ROW_NO_COLUMN.fill(lang, &[("field", field(error.field).get(lang))]),
        RowErrorCode::NoStages => return ROW_NO_STAGES.get(lang).to_string(),
        RowErrorCode::MissingName => ROW_MISSING_NAME.get(lang).to_string(),
        RowErrorCode::NameTooLong => ROW_NAME_TOO_LONG.fill(lang, &[("max", &MAX_NAME_CHARS.to_string())]),
        RowErrorCode::MissingValue => ROW_MISSING_VALUE.get(lang).to_string(),
        RowErrorCode::ValueNotNumber => ROW_VALUE_NOT_NUMBER.fill(lang, &[("text", text)]),
        RowErrorCode::ValueNotPositive => ROW_VALUE_NOT_POSITIVE.fill(lang, &[("text", text)]),
        RowErrorCode::BadProbability => ROW_BAD_PROBABILITY.fill(lang, &[("text", text)]),
        RowErrorCode::BadDate => ROW_BAD_DATE.fill(lang, &[("text", text)]),
    };
    ROW_ERROR_IN_COLUMN.fill(lang, &[("column", column), ("problem", &problem)])
}

/// An encoding's name in the select: the same in both languages.
pub fn encoding(encoding: Encoding) -> &'static str {
    encoding.name()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_pick_one_or_many() {
        assert_eq!(import_label(1, Lang::En), "Import 1 deal");
        assert_eq!(import_label(12, Lang::Nb), "Importer 12 avtaler");
        let s = Summary { open: 12, won: 3, lost: 0, invalid: 1 };
        assert_eq!(summary(&s, Lang::En), "12 open deals ready, 3 won, 1 row with errors");
        assert_eq!(summary(&Summary::default(), Lang::Nb), "0 åpne avtaler klare");
    }

    #[test]
    fn facts_say_how_the_file_was_read_and_what_was_left_out() {
        let origin = Origin::Text { encoding: Encoding::Windows1252, bom: false, delimiter: Delimiter::Semicolon };
        let layout = Layout { header_line: Some(2), rows_above_header: 1, footer_rows: 3, blank_rows: 0 };
        let facts = file_facts("deals.csv", &origin, Crm::Salesforce, 10, 7, &layout, Lang::En);
        assert_eq!(
            facts,
            vec![
                "From deals.csv.",
                "Looks like an export from Salesforce.",
                "10 rows and 7 columns.",
                "Read as Windows-1252, semicolon.",
                "Left out: 1 line above the header, 3 report lines at the end."
            ]
        );
    }
}
