//! Dates as exports write them, and which way round an ambiguous slash
//! date is read ("03/04/2026": 3 April or March 4?).
//!
//! Read: ISO `2026-11-27` (with any time after it), `2026/11/27`,
//! `27.11.2026`, `27.11.26`, slash and dash dates with the year last
//! (`27/11/2026`, `11/27/26`, `27-11-2026`), and month names in English,
//! the Nordic languages, German, Dutch, French, Spanish and Portuguese
//! (`27 Nov 2026`, `Nov 27, 2026`, `27-Nov-26`, `27. november 2026`).

use crate::i18n::Lang;
use crate::model::date::Date;

/// Which number of a slash or dash date is the day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateOrder {
    /// 27/11/2026: Europe.
    DayFirst,
    /// 11/27/2026: the United States.
    MonthFirst,
}

impl DateOrder {
    /// Stable id for the dialog's select and remembered choices.
    pub fn as_str(self) -> &'static str {
        match self {
            DateOrder::DayFirst => "day_first",
            DateOrder::MonthFirst => "month_first",
        }
    }

    /// The order with this id.
    pub fn from_id(id: &str) -> Option<DateOrder> {
        [DateOrder::DayFirst, DateOrder::MonthFirst].into_iter().find(|o| o.as_str() == id)
    }

    /// How people who speak `lang` write dates.
    pub fn of(lang: Lang) -> DateOrder {
        match lang {
            Lang::Nb => DateOrder::DayFirst,
            Lang::En => DateOrder::MonthFirst,
        }
    }
}

/// Why the dates are read the way they are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OrderReason {
    /// No date in the file can be read two ways.
    NotNeeded,
    /// This column has a date that only reads one way (a day above 12).
    Column(usize),
    /// The app's language decided: nothing in the file tells.
    Language(Lang),
    /// The user chose.
    Chosen,
}

/// What the slash dates of one column say about their order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OrderEvidence {
    /// Dates whose first number is above 12: day first.
    pub day_first: usize,
    /// Dates whose second number is above 12: month first.
    pub month_first: usize,
    /// Dates that read both ways (both numbers 12 or less, and different).
    pub ambiguous: usize,
}

/// Looks at the slash and dash dates (year last) of a column.
pub fn evidence<'a>(cells: impl IntoIterator<Item = &'a str>) -> OrderEvidence {
    let mut evidence = OrderEvidence::default();
    for cell in cells {
        let Some((first, second)) = numeric_day_month(cell) else { continue };
        match (first > 12, second > 12) {
            (true, false) => evidence.day_first += 1,
            (false, true) => evidence.month_first += 1,
            (false, false) if first != second => evidence.ambiguous += 1,
            _ => {}
        }
    }
    evidence
}

/// Decides the order for a file, given the evidence of each of its columns
/// (by column index): the column the user reads dates from first
/// (`primary`), then any other column, then the app's language.
pub fn decide_order(columns: &[(usize, OrderEvidence)], primary: Option<usize>, lang: Lang) -> (DateOrder, OrderReason) {
    let telling = |e: &OrderEvidence| match e.day_first.cmp(&e.month_first) {
        std::cmp::Ordering::Greater => Some(DateOrder::DayFirst),
        std::cmp::Ordering::Less => Some(DateOrder::MonthFirst),
        std::cmp::Ordering::Equal => None,
    };
    let ordered = columns.iter().filter(|(c, _)| Some(*c) == primary).chain(columns.iter().filter(|(c, _)| Some(*c) != primary));
    for (column, e) in ordered {
        if let Some(order) = telling(e) {
            return (order, OrderReason::Column(*column));
        }
    }
    if columns.iter().all(|(_, e)| e.ambiguous == 0) {
        return (DateOrder::of(lang), OrderReason::NotNeeded);
    }
    (DateOrder::of(lang), OrderReason::Language(lang))
}

/// The first two numbers of a date written with the year last
/// ("03/04/2026", "3-4-26"), if the text is one.
fn numeric_day_month(text: &str) -> Option<(u32, u32)> {
    let date = date_part(text);
    let separator = ['/', '-'].into_iter().find(|&s| date.contains(s))?;
    let parts: Vec<&str> = date.split(separator).collect();
    let [a, b, c] = parts.as_slice() else { return None };
    let number = |p: &str| (1..=2).contains(&p.len()).then(|| p.parse::<u32>().ok()).flatten();
    let year_last = (c.len() == 4 || c.len() == 2) && c.bytes().all(|b| b.is_ascii_digit());
    if !year_last {
        return None;
    }
    Some((number(a)?, number(b)?))
}

/// The date before any time: "2026-11-27T10:00:00Z" → "2026-11-27",
/// "11/27/2026 10:00 AM" → "11/27/2026".
fn date_part(text: &str) -> &str {
    let t = text.trim();
    let end = t.find(|c: char| c == 'T' || c.is_whitespace()).unwrap_or(t.len());
    &t[..end]
}

/// Reads a date in any of the shapes above; slash and dash dates with the
/// year last are read in `order`.
pub fn parse_date(text: &str, order: DateOrder) -> Option<Date> {
    numeric_date(text, order).or_else(|| may_name_a_month(text).then(|| named_month_date(text)).flatten())
}

/// Reads a date either way round (day first when both work): for telling
/// whether a cell is a date at all.
pub fn parse_date_any_order(text: &str) -> Option<Date> {
    numeric_date(text, DateOrder::DayFirst)
        .or_else(|| numeric_date(text, DateOrder::MonthFirst))
        .or_else(|| may_name_a_month(text).then(|| named_month_date(text)).flatten())
}

/// A date with a month name has letters and digits and is short: anything
/// else is not looked at word by word.
fn may_name_a_month(text: &str) -> bool {
    text.len() <= 32 && text.bytes().any(|b| b.is_ascii_digit()) && text.chars().any(char::is_alphabetic)
}

fn numeric_date(text: &str, order: DateOrder) -> Option<Date> {
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
        let year = full_year(number(c, 2..=4).filter(|_| c.len() != 3)?, c.len());
        let (first, second) = (number(a, 1..=2)?, number(b, 1..=2)?);
        match (separator, order) {
            ('.', _) | (_, DateOrder::DayFirst) => (year, second, first),
            (_, DateOrder::MonthFirst) => (year, first, second),
        }
    };
    Date::from_ymd(i32::try_from(year).ok()?, month, day)
}

/// A two-digit year as spreadsheets read it: 00–69 → 2000s, 70–99 → 1900s.
fn full_year(year: u32, digits: usize) -> u32 {
    match (digits, year) {
        (2, y) if y < 70 => 2000 + y,
        (2, y) => 1900 + y,
        (_, y) => y,
    }
}

/// Month names and abbreviations (folded) of the export languages.
const MONTHS: [&[&str]; 12] = [
    &["jan", "january", "januar", "januari", "janvier", "enero", "ene", "janeiro", "tammikuu", "janv"],
    &["feb", "february", "februar", "februari", "fevrier", "febrero", "fevereiro", "fev", "helmikuu", "fevr"],
    &["mar", "march", "mars", "marts", "mars", "marz", "maart", "marzo", "marco", "maaliskuu", "mrt"],
    &["apr", "april", "avril", "abril", "abr", "huhtikuu", "avr"],
    &["may", "mai", "maj", "mei", "mayo", "maio", "toukokuu"],
    &["jun", "june", "juni", "juin", "junio", "junho", "kesakuu"],
    &["jul", "july", "juli", "juillet", "julio", "julho", "heinakuu", "juil"],
    &["aug", "august", "augusti", "augustus", "aout", "agosto", "ago", "elokuu"],
    &["sep", "sept", "september", "septembre", "septiembre", "setembro", "set", "syyskuu"],
    &["oct", "october", "okt", "oktober", "octobre", "octubre", "outubro", "out", "lokakuu"],
    &["nov", "november", "novembre", "noviembre", "novembro", "marraskuu"],
    &["dec", "december", "des", "desember", "dez", "dezember", "decembre", "diciembre", "dic", "dezembro", "joulukuu"],
];

/// "27 Nov 2026", "Nov 27, 2026", "27-Nov-26", "27. november 2026",
/// "27 de noviembre de 2026".
fn named_month_date(text: &str) -> Option<Date> {
    let folded = super::words::fold(text);
    let words: Vec<&str> = folded.split(' ').filter(|w| !matches!(*w, "de" | "del" | "of" | "the")).collect();
    let month_at = words.iter().position(|w| MONTHS.iter().any(|names| names.contains(w)))?;
    let month = MONTHS.iter().position(|names| names.contains(&words[month_at]))? as u32 + 1;
    let numbers: Vec<&str> = words.iter().enumerate().filter(|&(i, _)| i != month_at).map(|(_, w)| *w).take(2).collect();
    let [day, year] = numbers.as_slice() else { return None };
    let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit()).then(|| p.parse::<u32>().ok()).flatten();
    let (day, year) = if day.len() == 4 { (digits(year)?, digits(day)?) } else { (digits(day)?, digits(year)?) };
    let year = full_year(year, if year < 100 { 2 } else { 4 });
    if day > 31 || words.len() > 5 {
        return None;
    }
    Date::from_ymd(i32::try_from(year).ok()?, month, day)
}

/// Whether a cell reads as a date in either order.
pub fn is_date(text: &str) -> bool {
    parse_date_any_order(text).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Option<Date> {
        Date::parse(text)
    }

    #[test]
    fn every_common_shape() {
        let day = DateOrder::DayFirst;
        let month = DateOrder::MonthFirst;
        assert_eq!(parse_date("2026-11-27", month), d("2026-11-27"));
        assert_eq!(parse_date("2026-11-27T10:00:00Z", month), d("2026-11-27"));
        assert_eq!(parse_date("2026-12-15 00:00", month), d("2026-12-15"));
        assert_eq!(parse_date("2026/11/27", month), d("2026-11-27"));
        assert_eq!(parse_date("27.11.2026", month), d("2026-11-27"));
        assert_eq!(parse_date("27.11.26", month), d("2026-11-27"));
        assert_eq!(parse_date("11/27/2026 10:00 AM", month), d("2026-11-27"));
        assert_eq!(parse_date("11/27/26", month), d("2026-11-27"));
        assert_eq!(parse_date("27/11/2026", day), d("2026-11-27"));
        assert_eq!(parse_date("27-11-2026", day), d("2026-11-27"));
        assert_eq!(parse_date("03/04/2026", day), d("2026-04-03"));
        assert_eq!(parse_date("03/04/2026", month), d("2026-03-04"));
        assert_eq!(parse_date("27 Nov 2026", month), d("2026-11-27"));
        assert_eq!(parse_date("Nov 27, 2026", day), d("2026-11-27"));
        assert_eq!(parse_date("27-Nov-26", month), d("2026-11-27"));
        assert_eq!(parse_date("27. november 2026", month), d("2026-11-27"));
        assert_eq!(parse_date("27 de noviembre de 2026", month), d("2026-11-27"));
        assert_eq!(parse_date("3. März 2026", month), d("2026-03-03"));
        assert_eq!(parse_date("2026-02-30", month), None);
        assert_eq!(parse_date("soon", month), None);
        assert_eq!(parse_date("Q4 2026", month), None);
        assert_eq!(parse_date("12345", month), None);
    }

    #[test]
    fn evidence_counts_what_each_date_tells() {
        let e = evidence(["25/03/2026", "03/04/2026", "12/12/2026", "2026-01-05", "", "03/30/2026"]);
        assert_eq!(e, OrderEvidence { day_first: 1, month_first: 1, ambiguous: 1 });
    }

    #[test]
    fn the_order_comes_from_the_column_then_the_file_then_the_language() {
        let close = (3, evidence(["03/04/2026", "05/06/2026"]));
        let created = (7, evidence(["25/03/2026", "01/02/2026"]));
        assert_eq!(decide_order(&[close, created], Some(3), Lang::En), (DateOrder::DayFirst, OrderReason::Column(7)));
        let us = (2, evidence(["11/30/2026", "01/02/2026"]));
        assert_eq!(decide_order(&[close, us], Some(3), Lang::Nb), (DateOrder::MonthFirst, OrderReason::Column(2)));
        assert_eq!(decide_order(&[close], Some(3), Lang::Nb), (DateOrder::DayFirst, OrderReason::Language(Lang::Nb)));
        assert_eq!(decide_order(&[close], Some(3), Lang::En), (DateOrder::MonthFirst, OrderReason::Language(Lang::En)));
        let iso = (1, evidence(["2026-03-04"]));
        assert_eq!(decide_order(&[iso], Some(1), Lang::En).1, OrderReason::NotNeeded);
    }
}
