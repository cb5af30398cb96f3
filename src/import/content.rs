//! What a column holds, judged by its cells: names, amounts, dates,
//! probabilities, a short set of repeated texts (stages, statuses,
//! owners). Used where no column name is known, and to check a name's
//! claim ("Amount" over a column of words is not an amount).

use std::collections::HashSet;

use super::amount::{NumberStyle, parse_amount};
use super::dates::parse_date_any_order;
use super::meanings::{stage_meaning_of_key, status_of_key};
use super::probability::parse_probability;
use super::table::Table;
use super::vocabulary::Crm;
use super::words::compact;
use crate::model::date::Date;

/// Rows looked at per column: enough to judge, cheap at 20,000 rows.
const SAMPLE_ROWS: usize = 60;

/// The kinds of cells in one column (of the first rows).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Profile {
    /// Cells that are not blank.
    pub filled: usize,
    /// Cells that read as amounts of money.
    pub amounts: usize,
    /// Cells that read as dates.
    pub dates: usize,
    /// Numbers from 0 to 100, or with a "%" sign.
    pub probabilities: usize,
    /// Cells that name a stage in some CRM or language.
    pub stage_words: usize,
    /// Cells that say open, won or lost.
    pub statuses: usize,
    /// Different texts among the filled cells.
    pub distinct: usize,
    /// Cells with letters in them (not numbers, not dates).
    pub texts: usize,
    /// Texts of two or three capitalised words ("Kari Nordmann").
    pub person_like: usize,
    /// The median of the amounts, when there are any.
    pub median_amount: Option<f64>,
    /// The median of the dates, when there are any.
    pub median_date: Option<Date>,
    /// Initials ("KN", "O.H."): how some sheets name the seller.
    pub initials: usize,
    /// Every amount is a whole number and they all differ: record numbers.
    pub looks_like_ids: bool,
    /// The cells count 1, 2, 3 …: a running number.
    pub running_number: bool,
}

impl Profile {
    /// Share of the filled cells that are of a kind.
    pub fn share(&self, count: usize) -> f64 {
        if self.filled == 0 { 0.0 } else { count as f64 / self.filled as f64 }
    }
}

/// Looks at the first rows of `column`.
pub fn profile(table: &Table, column: usize, crm: Crm) -> Profile {
    let mut p = Profile::default();
    let mut seen: HashSet<&str> = HashSet::new();
    let mut amounts: Vec<f64> = Vec::new();
    let mut dates: Vec<Date> = Vec::new();
    let mut whole_numbers = true;
    for cell in table.column(column).take(SAMPLE_ROWS) {
        let cell = cell.trim();
        if cell.is_empty() {
            continue;
        }
        p.filled += 1;
        seen.insert(cell);
        // Each kind's check only where it can apply: a column of thousands
        // of cells is profiled on every reading of the file.
        let has_digit = cell.bytes().any(|b| b.is_ascii_digit());
        let letters = cell.chars().filter(|c| c.is_alphabetic()).count();
        let is_text = letters > 3 || !has_digit;
        if !is_text {
            if let Ok(value) = parse_amount(cell, NumberStyle::DecimalPoint) {
                p.amounts += 1;
                whole_numbers &= value.fract() == 0.0 && !cell.contains([',', '.', ' ']);
                amounts.push(value);
            }
        }
        let date = if has_digit && cell.len() <= 40 { parse_date_any_order(cell) } else { None };
        if let Some(date) = date {
            p.dates += 1;
            dates.push(date);
        } else if is_text {
            p.texts += 1;
            if is_person_like(cell) {
                p.person_like += 1;
            } else if is_initials(cell) {
                p.initials += 1;
            }
        }
        if has_digit
            && cell.len() <= 12
            && parse_probability(cell, false).is_some()
            && (cell.ends_with('%') || !cell.contains([' ', '\u{a0}']))
        {
            p.probabilities += 1;
        }
        if letters > 0 && cell.len() <= 60 {
            let key = compact(cell);
            if stage_meaning_of_key(&key, crm).is_some() {
                p.stage_words += 1;
            }
            if status_of_key(&key).is_some() {
                p.statuses += 1;
            }
        }
    }
    p.distinct = seen.len();
    p.looks_like_ids =
        !amounts.is_empty() && whole_numbers && p.distinct == p.filled && p.filled > 1 && amounts.iter().all(|v| *v >= 1000.0) && {
            let digits = |v: &f64| v.abs().log10().floor() as i32;
            amounts.iter().all(|v| digits(v) == digits(&amounts[0])) && is_increasing(&amounts)
        };
    p.running_number = amounts.len() > 1 && amounts.len() == p.filled && amounts.windows(2).all(|w| w[1] - w[0] == 1.0);
    amounts.sort_by(f64::total_cmp);
    p.median_amount = amounts.get(amounts.len() / 2).copied();
    dates.sort();
    p.median_date = dates.get(dates.len() / 2).copied();
    p
}

fn is_increasing(values: &[f64]) -> bool {
    values.windows(2).all(|w| w[0] < w[1]) || values.windows(2).all(|w| w[0] > w[1])
}

/// "KN", "O.H.", "KNO": two to four capital letters, perhaps with dots.
fn is_initials(text: &str) -> bool {
    let letters: Vec<char> = text.chars().filter(|c| *c != '.').collect();
    (2..=4).contains(&letters.len()) && letters.iter().all(|c| c.is_uppercase())
}

/// "Kari Nordmann", "Ola B. Hansen": two or three words, each capitalised.
fn is_person_like(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (2..=3).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '.' || c == '-'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(rows: &[&[&str]]) -> Table {
        let rows: Vec<Vec<&str>> = rows.iter().map(|r| r.to_vec()).collect();
        Table::from_rows(&rows, &|h| h == "A" || h == "B").unwrap()
    }

    #[test]
    fn profiles_tell_the_kinds_apart() {
        let t = table(&[
            &["A", "B", "x", "y", "z", "id", "p"],
            &["Fjord Industri", "1 250 000", "2026-12-15", "Forhandling", "Kari Nordmann", "10001", "65 %"],
            &["Bergen Maskin", "480 000", "2026-11-30", "Tilbud", "Ola Hansen", "10002", "45 %"],
            &["Oslo Helse", "900 000,50", "2027-01-10", "Forhandling", "Kari Nordmann", "10003", "65 %"],
        ]);
        let p = |c| profile(&t, c, Crm::Spreadsheet);
        assert_eq!(p(0).texts, 3);
        assert_eq!(p(0).distinct, 3);
        assert_eq!(p(1).amounts, 3);
        assert_eq!(p(1).median_amount, Some(900_000.5));
        assert!(!p(1).looks_like_ids);
        assert_eq!(p(2).dates, 3);
        assert_eq!(p(3).stage_words, 3);
        assert_eq!(p(3).distinct, 2);
        assert_eq!(p(4).person_like, 3);
        assert!(p(5).looks_like_ids);
        assert_eq!(p(6).probabilities, 3);
    }
}
