//! Keeping spreadsheet formulas out of exported cells: a cell that starts
//! like a formula is opened by Excel as one, so it gets a leading `'`. The
//! import takes the `'` off again.

/// What a cell may start with to be read as a formula by a spreadsheet.
pub const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_starts_are_guarded_and_numbers_are_not() {
        assert_eq!(neutralize_formula("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(neutralize_formula("@cmd"), "'@cmd");
        assert_eq!(neutralize_formula("-5"), "-5");
        assert_eq!(neutralize_formula("-1234.5"), "-1234.5");
        assert_eq!(neutralize_formula("-x"), "'-x");
        assert_eq!(neutralize_formula("Acme"), "Acme");
    }
}
