//! Telling cells copied from a spreadsheet from a single pasted value.

/// Whether pasted text is several cells of a spreadsheet (Excel, Google
/// Sheets and Numbers put tabs between cells and line breaks between rows)
/// rather than one value typed or copied into a field.
pub fn is_spreadsheet_cells(text: &str) -> bool {
    let text = text.trim_end_matches(['\r', '\n']);
    text.contains('\t') || text.lines().filter(|l| !l.trim().is_empty()).count() > 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_and_single_values() {
        assert!(is_spreadsheet_cells("Name\tValue\nAcme\t1000\n"));
        assert!(is_spreadsheet_cells("Acme\t1000"));
        assert!(is_spreadsheet_cells("Acme\nGlobex\n"));
        assert!(!is_spreadsheet_cells("1 250 000\n"));
        assert!(!is_spreadsheet_cells("Acme AS"));
        assert!(!is_spreadsheet_cells("Acme\n\n"));
    }
}
