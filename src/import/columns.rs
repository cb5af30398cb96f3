//! Which column holds which deal field: guessed from the column names in
//! the languages CRMs export in, else from the cells, and changeable by
//! the user. Each guess says how it was made, so the dialog can mark the
//! ones made from content.

use super::content::{Profile, profile};
use super::field::Field;
use super::headers::{HeaderKey, field_of, key};
use super::table::Table;
use super::vocabulary::Crm;

/// How a column came to be chosen for a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum How {
    /// Its name is one the field goes by.
    Header,
    /// Its cells look like the field's (no name matched): worth a look.
    Content,
    /// The same choice as for the last file of this shape.
    Remembered,
    /// The user chose it.
    Chosen,
}

/// The column of each field, and how it was chosen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Mapping {
    slots: [Slot; Field::ALL.len()],
}

/// One field's column (none is a choice too) and how it came about.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Slot {
    column: Option<usize>,
    how: Option<How>,
}

impl Mapping {
    /// The column holding `field`, if any.
    pub fn get(&self, field: Field) -> Option<usize> {
        self.slots[field as usize].column
    }

    /// How the column for `field` (or its having none) was chosen; `None`
    /// while nothing was found for it.
    pub fn how(&self, field: Field) -> Option<How> {
        self.slots[field as usize].how
    }

    /// Sets (or clears) the column of `field`. A column holds one field:
    /// another field that had it loses it.
    pub fn set(&mut self, field: Field, column: Option<usize>, how: How) {
        if let Some(column) = column {
            for other in Field::ALL {
                if other != field && self.get(other) == Some(column) {
                    self.slots[other as usize] = Slot::default();
                }
            }
        }
        self.slots[field as usize] = Slot { column, how: Some(how) };
    }

    /// Whether `column` holds a field.
    fn is_taken(&self, column: usize) -> bool {
        self.slots.iter().any(|s| s.column == Some(column))
    }

    /// Required fields with no column.
    pub fn missing_required(&self) -> Vec<Field> {
        Field::ALL.into_iter().filter(|f| f.required() && self.get(*f).is_none()).collect()
    }

    /// Fields whose column was guessed from content.
    pub fn guessed_from_content(&self) -> Vec<Field> {
        Field::ALL.into_iter().filter(|f| self.how(*f) == Some(How::Content)).collect()
    }
}

/// Guesses every field's column: by name first (the most specific name
/// wins; between columns of the same name, the one with more filled
/// cells, then the first), checked against the cells; then, for the
/// fields still without one, by content.
pub fn guess(table: &Table, crm: Crm) -> Mapping {
    let mut mapping = Mapping::default();
    let mut profiles: Vec<Option<Profile>> = vec![None; table.width()];
    let mut profile_of = |column: usize| -> Profile { profiles[column].get_or_insert_with(|| profile(table, column, crm)).clone() };

    let mut candidates: Vec<(Field, usize, usize)> =
        (0..table.width()).filter_map(|c| table.header(c).and_then(field_of).map(|(field, rank)| (field, rank, c))).collect();
    candidates.sort_by_key(|&(field, rank, c)| (field, rank, c));
    for field in Field::ALL {
        let mut best: Option<(usize, usize, usize)> = None;
        for &(_, rank, column) in candidates.iter().filter(|(f, ..)| *f == field) {
            if mapping.is_taken(column) {
                continue;
            }
            let p = profile_of(column);
            if !cells_fit(field, &p) {
                continue;
            }
            let better = match best {
                None => true,
                Some((best_rank, best_filled, _)) => rank < best_rank || (rank == best_rank && p.filled > best_filled),
            };
            if better {
                best = Some((rank, p.filled, column));
            }
        }
        if let Some((_, _, column)) = best {
            mapping.set(field, Some(column), How::Header);
        }
    }

    let free =
        |mapping: &Mapping, column: usize| !mapping.is_taken(column) && !matches!(table.header(column).map(key), Some(HeaderKey::Other));
    for field in CONTENT_ORDER {
        if mapping.get(field).is_some() || mapping.how(field).is_some() {
            continue;
        }
        let mut best: Option<(f64, usize)> = None;
        for column in 0..table.width() {
            if !free(&mapping, column) {
                continue;
            }
            let p = profile_of(column);
            if let Some(score) = content_score(field, &p).filter(|s| best.is_none_or(|(top, _)| *s > top)) {
                best = Some((score, column));
            }
        }
        if let Some((_, column)) = best {
            mapping.set(field, Some(column), How::Content);
        }
    }
    // Two date columns and no names: the later dates are the close dates.
    if let (Some(close), Some(created)) = (mapping.get(Field::CloseDate), mapping.get(Field::Created)) {
        let (close_how, created_how) = (mapping.how(Field::CloseDate), mapping.how(Field::Created));
        if close_how == Some(How::Content) && created_how == Some(How::Content) {
            let (a, b) = (profile_of(close).median_date, profile_of(created).median_date);
            if a < b {
                mapping.set(Field::CloseDate, Some(created), How::Content);
                mapping.set(Field::Created, Some(close), How::Content);
            }
        }
    }
    mapping
}

/// The order fields are guessed from content in: the surest kinds first,
/// so that a column of statuses is not taken for stages.
const CONTENT_ORDER: [Field; 8] =
    [Field::Status, Field::Stage, Field::Value, Field::Probability, Field::CloseDate, Field::Created, Field::Name, Field::Owner];

/// Whether the cells of a column named for `field` fit it: most of a value
/// column must be amounts, of a date column dates, of a probability
/// column probabilities. An empty column fits (the file just left it blank).
fn cells_fit(field: Field, p: &Profile) -> bool {
    if p.filled == 0 {
        return true;
    }
    match field {
        Field::Value => p.share(p.amounts) >= 0.5,
        Field::CloseDate | Field::Created | Field::ClosedOn | Field::LostOn => p.share(p.dates) >= 0.5,
        Field::Probability => p.share(p.probabilities) >= 0.5,
        Field::Name | Field::Stage | Field::Status | Field::Owner => true,
    }
}

/// How well a column's cells fit `field`, for a column no name matched;
/// `None` when they do not fit at all.
fn content_score(field: Field, p: &Profile) -> Option<f64> {
    if p.filled == 0 {
        return None;
    }
    let few_distinct = p.distinct <= 2.max((p.filled / 3).min(15));
    match field {
        Field::Status => (p.share(p.statuses) >= 0.8).then(|| p.share(p.statuses)),
        Field::Stage => {
            let words = p.share(p.stage_words);
            (words >= 0.5 || (words >= 0.2 && few_distinct && p.share(p.texts) >= 0.8)).then_some(words)
        }
        Field::Value => {
            let fits = p.share(p.amounts) >= 0.8 && !p.looks_like_ids && !p.running_number && p.median_amount.is_some_and(|m| m > 100.0);
            fits.then(|| p.median_amount.unwrap_or(0.0).log10())
        }
        Field::Probability => {
            let fits = p.share(p.probabilities) >= 0.8 && p.median_amount.is_none_or(|m| m <= 100.0) && p.dates == 0 && !p.running_number;
            fits.then(|| p.share(p.probabilities))
        }
        Field::CloseDate | Field::Created => (p.share(p.dates) >= 0.8).then(|| p.share(p.dates)),
        Field::Name => {
            let fits = p.share(p.texts) >= 0.8 && p.share(p.distinct) >= 0.7 && p.share(p.stage_words) < 0.5;
            fits.then(|| p.share(p.distinct) - p.share(p.person_like) * 0.5)
        }
        Field::Owner => {
            let people = p.share(p.person_like + p.initials);
            (people >= 0.8 && few_distinct).then_some(people)
        }
        // Closing dates are told apart by name only: by content they are
        // just dates.
        Field::ClosedOn | Field::LostOn => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::headers::is_known;

    fn table(rows: &[&[&str]]) -> Table {
        let rows: Vec<Vec<&str>> = rows.iter().map(|r| r.to_vec()).collect();
        Table::from_rows(&rows, &is_known).unwrap()
    }

    #[test]
    fn names_pick_the_columns_and_say_so() {
        let t = table(&[
            &["Record ID", "Deal Name", "Amount", "Deal Stage", "Close Date", "Deal owner", "Create Date"],
            &["1001", "Fjord", "1200000", "Contract Sent", "2026-12-15", "Kari Nordmann", "2026-08-01"],
        ]);
        let m = guess(&t, Crm::HubSpot);
        assert_eq!(m.get(Field::Name), Some(1));
        assert_eq!(m.get(Field::Value), Some(2));
        assert_eq!(m.get(Field::Stage), Some(3));
        assert_eq!(m.get(Field::CloseDate), Some(4));
        assert_eq!(m.get(Field::Owner), Some(5));
        assert_eq!(m.get(Field::Created), Some(6));
        assert_eq!(m.how(Field::Name), Some(How::Header));
        assert!(m.guessed_from_content().is_empty());
    }

    #[test]
    fn the_more_specific_name_wins_and_twins_go_to_the_filled_one() {
        let t = table(&[
            &["Deal owner", "Amount", "Deal Name", "Amount in company currency", "Deal owner"],
            &["", "100", "A", "1000", "Kari Nordmann"],
            &["", "200", "B", "2000", "Ola Hansen"],
        ]);
        let m = guess(&t, Crm::HubSpot);
        assert_eq!(m.get(Field::Value), Some(3));
        assert_eq!(m.get(Field::Owner), Some(4));
    }

    #[test]
    fn without_known_names_the_cells_decide() {
        let t = table(&[
            &["Opp", "Val", "Ph", "Dt", "Start", "Who"],
            &["Fjord Industri AS", "1 250 000", "Tilbud", "15.12.2026", "01.08.2026", "Kari Nordmann"],
            &["Bergen Maskin", "480 000", "Forhandling", "30.11.2026", "14.09.2026", "Ola Hansen"],
            &["Oslo Helse", "900 000", "Tilbud", "10.01.2027", "01.10.2026", "Kari Nordmann"],
            &["Agder Marine", "350 000", "Vunnet", "03.11.2026", "02.07.2026", "Ola Hansen"],
        ]);
        let m = guess(&t, Crm::Spreadsheet);
        assert_eq!(m.get(Field::Name), Some(0));
        assert_eq!(m.get(Field::Value), Some(1));
        assert_eq!(m.get(Field::Stage), Some(2));
        assert_eq!(m.get(Field::CloseDate), Some(3));
        assert_eq!(m.get(Field::Created), Some(4));
        assert_eq!(m.get(Field::Owner), Some(5));
        assert_eq!(m.guessed_from_content().len(), 6);
    }

    #[test]
    fn a_name_over_the_wrong_cells_is_not_taken() {
        let t = table(&[&["Name", "Amount", "Value"], &["Fjord", "see notes", "1000"], &["Bergen", "n/a", "2000"]]);
        let m = guess(&t, Crm::Spreadsheet);
        assert_eq!(m.get(Field::Value), Some(2));
    }

    #[test]
    fn setting_a_column_takes_it_from_another_field() {
        let mut m = Mapping::default();
        m.set(Field::Name, Some(0), How::Header);
        m.set(Field::Owner, Some(0), How::Chosen);
        assert_eq!(m.get(Field::Name), None);
        assert_eq!(m.get(Field::Owner), Some(0));
        assert_eq!(m.missing_required(), vec![Field::Name, Field::Value]);
    }
}
