//! The earlier and later versions of one document, for undo and redo.
//! Edits of one field in a row make one step until the step is sealed (the
//! user moves to another field, or undoes); every other change is a step of
//! its own. The number of steps kept is bounded.

use std::collections::VecDeque;

use super::Change;

/// Most steps kept for a small scenario.
pub const MOST_STEPS: usize = 100;
/// Fewest steps kept, however large the scenario.
pub const FEWEST_STEPS: usize = 20;
/// Deals kept across all steps, which bounds the memory that a history of a
/// very large scenario takes (each step may hold its own copy of the deals).
const DEALS_ACROSS_STEPS: usize = 100_000;

/// How many steps to keep for a scenario with `deals` deals.
pub fn steps_for(deals: usize) -> usize {
    (DEALS_ACROSS_STEPS / deals.max(1)).clamp(FEWEST_STEPS, MOST_STEPS)
}

#[derive(Clone, Debug)]
struct Step<T> {
    /// The document as it was before the step.
    before: T,
}

/// Undo and redo for a document of type `T` (cheap to clone).
#[derive(Clone, Debug)]
pub struct History<T> {
    done: VecDeque<Step<T>>,
    undone: Vec<T>,
    /// The field the last step is about, while further edits of it join it.
    open_field: Option<String>,
    limit: usize,
}

impl<T: Clone> Default for History<T> {
    fn default() -> Self {
        History { done: VecDeque::new(), undone: Vec::new(), open_field: None, limit: MOST_STEPS }
    }
}

impl<T: Clone> History<T> {
    /// Records that the document was `before` and `change` was made to it.
    /// A new edit ends any redo.
    pub fn record(&mut self, before: T, change: &Change) {
        match change {
            Change::None => return,
            Change::Field(path) if self.open_field.as_ref() == Some(path) && !self.done.is_empty() => {}
            Change::Field(path) => {
                self.done.push_back(Step { before });
                self.open_field = Some(path.clone());
            }
            Change::Many => {
                self.done.push_back(Step { before });
                self.open_field = None;
            }
        }
        self.undone.clear();
        self.trim();
    }

    /// Ends the current step: the next edit starts a new one, even of the
    /// same field.
    pub fn seal(&mut self) {
        self.open_field = None;
    }

    /// Sets how many steps are kept, dropping the oldest beyond it.
    pub fn set_limit(&mut self, limit: usize) {
        self.limit = limit.max(1);
        self.trim();
    }

    fn trim(&mut self) {
        while self.done.len() > self.limit {
            self.done.pop_front();
        }
        self.undone.truncate(self.limit);
    }

    /// Steps back from `current`; returns the version to show.
    pub fn undo(&mut self, current: T) -> Option<T> {
        let step = self.done.pop_back()?;
        self.undone.push(current);
        self.open_field = None;
        Some(step.before)
    }

    /// Steps forward again from `current`; returns the version to show.
    pub fn redo(&mut self, current: T) -> Option<T> {
        let next = self.undone.pop()?;
        self.done.push_back(Step { before: current });
        self.open_field = None;
        Some(next)
    }

    /// Whether there is a step to undo.
    pub fn can_undo(&self) -> bool {
        !self.done.is_empty()
    }

    /// Whether there is an undone step to redo.
    pub fn can_redo(&self) -> bool {
        !self.undone.is_empty()
    }

    /// Number of steps that can be undone.
    pub fn len(&self) -> usize {
        self.done.len()
    }

    /// Whether there is nothing to undo.
    pub fn is_empty(&self) -> bool {
        self.done.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(path: &str) -> Change {
        Change::Field(path.into())
    }

    /// Types `text` into field `path` of `doc` one character at a time.
    fn typing(history: &mut History<String>, doc: &mut String, path: &str, text: &str) {
        for c in text.chars() {
            let before = doc.clone();
            doc.push(c);
            history.record(before, &field(path));
        }
    }

    #[test]
    fn typing_in_one_field_is_one_step() {
        let mut history = History::default();
        let mut doc = String::from("a");
        typing(&mut history, &mut doc, "name", "bcd");
        assert_eq!(history.len(), 1);
        assert_eq!(history.undo(doc.clone()).as_deref(), Some("a"));
        assert_eq!(history.redo("a".into()).as_deref(), Some("abcd"));
    }

    #[test]
    fn another_field_or_a_seal_starts_a_new_step() {
        let mut history = History::default();
        let mut doc = String::new();
        typing(&mut history, &mut doc, "name", "ab");
        typing(&mut history, &mut doc, "target", "12");
        history.seal();
        typing(&mut history, &mut doc, "target", "3");
        assert_eq!(history.len(), 3);
        assert_eq!(history.undo(doc.clone()).as_deref(), Some("ab12"));
        assert_eq!(history.undo("ab12".into()).as_deref(), Some("ab"));
        assert_eq!(history.undo("ab".into()).as_deref(), Some(""));
        assert_eq!(history.undo("".into()), None);
    }

    #[test]
    fn structural_changes_never_merge() {
        let mut history = History::default();
        history.record("a".to_string(), &Change::Many);
        history.record("ab".to_string(), &Change::Many);
        history.record("abc".to_string(), &Change::None);
        assert_eq!(history.len(), 2);
    }

    #[test]
    fn a_new_edit_ends_redo_and_an_undo_seals_the_field() {
        let mut history = History::default();
        let mut doc = String::new();
        typing(&mut history, &mut doc, "name", "ab");
        let shown = history.undo(doc.clone()).unwrap();
        assert!(history.can_redo());
        let mut doc = shown;
        typing(&mut history, &mut doc, "name", "x");
        assert!(!history.can_redo());
        assert_eq!(history.len(), 1);
        assert_eq!(history.undo(doc).as_deref(), Some(""));
    }

    #[test]
    fn the_oldest_steps_go_beyond_the_limit() {
        let mut history = History::default();
        history.set_limit(3);
        for n in 0..10 {
            history.record(n.to_string(), &Change::Many);
        }
        assert_eq!(history.len(), 3);
        let mut current = "10".to_string();
        let mut seen = Vec::new();
        while let Some(previous) = history.undo(current.clone()) {
            seen.push(previous.clone());
            current = previous;
        }
        assert_eq!(seen, ["9", "8", "7"]);
    }

    #[test]
    fn larger_scenarios_keep_fewer_steps_within_bounds() {
        assert_eq!(steps_for(0), MOST_STEPS);
        assert_eq!(steps_for(12), MOST_STEPS);
        assert_eq!(steps_for(2_000), 50);
        assert_eq!(steps_for(20_000), FEWEST_STEPS);
    }
}
