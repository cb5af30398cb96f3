//! Deal names from cells: spreadsheet escapes undone, line breaks folded.

use crate::export::formula::FORMULA_STARTS;

/// At most `max` characters, with "…" when cut.
pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut out: String = text.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// Undoes the export's formula guard: a `'` before `=`, `+`, `-`, `@`, tab
/// or CR is removed again.
pub fn unneutralize(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_STARTS) => rest,
        _ => text,
    }
}

/// A deal name from a cell: formula guard undone, each run of line breaks
/// and tabs as one space, trimmed.
pub fn clean_name(text: &str) -> String {
    let text = unneutralize(text.trim_start_matches([' ', '\u{feff}']));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_lose_line_breaks_and_the_formula_guard() {
        assert_eq!(clean_name("  Acme\r\n\r\nInc.\t"), "Acme Inc.");
        assert_eq!(clean_name("'=SUM(A1)"), "=SUM(A1)");
        assert_eq!(clean_name("'Quoted"), "'Quoted");
        assert_eq!(shorten("Stavanger Offshore", 10), "Stavanger…");
        assert_eq!(shorten("Bodø", 10), "Bodø");
    }
}
