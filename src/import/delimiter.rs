//! Which character separates the cells of a delimited text file.

/// A cell separator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Delimiter {
    /// `,`
    Comma,
    /// `;` (what spreadsheets in comma-decimal locales write).
    Semicolon,
    /// A tab (pasted cells, `.tsv` files).
    Tab,
    /// `|`
    Pipe,
}

impl Delimiter {
    /// Every delimiter, in the order the dialog lists them (and the order of
    /// preference on a tie).
    pub const ALL: [Delimiter; 4] = [Delimiter::Comma, Delimiter::Semicolon, Delimiter::Tab, Delimiter::Pipe];

    /// The byte itself.
    pub fn byte(self) -> u8 {
        match self {
            Delimiter::Comma => b',',
            Delimiter::Semicolon => b';',
            Delimiter::Tab => b'\t',
            Delimiter::Pipe => b'|',
        }
    }

    /// Stable id for the dialog's select, tests and remembered choices.
    pub fn as_str(self) -> &'static str {
        match self {
            Delimiter::Comma => "comma",
            Delimiter::Semicolon => "semicolon",
            Delimiter::Tab => "tab",
            Delimiter::Pipe => "pipe",
        }
    }

    /// The delimiter with this id.
    pub fn from_id(id: &str) -> Option<Delimiter> {
        Delimiter::ALL.into_iter().find(|d| d.as_str() == id)
    }

    fn from_byte(byte: u8) -> Option<Delimiter> {
        Delimiter::ALL.into_iter().find(|d| d.byte() == byte)
    }
}

/// The text of a file after an Excel `sep=` line, if it has one.
pub struct Body<'a> {
    /// What is left to read as cells.
    pub text: &'a str,
    /// The delimiter the `sep=` line named.
    pub named: Option<Delimiter>,
    /// File lines before `text` (the `sep=` line and any blank lines).
    pub lines_before: usize,
}

/// Splits off Excel's `sep=;` line ("this file is separated by ;").
pub fn strip_sep_line(text: &str) -> Body<'_> {
    let first_line = text.lines().next().unwrap_or("");
    let trimmed = first_line.trim();
    let Some(sep) = trimmed.strip_prefix("sep=").or_else(|| trimmed.strip_prefix("SEP=")) else {
        return Body { text, named: None, lines_before: 0 };
    };
    let named = match sep.as_bytes() {
        [b] => Delimiter::from_byte(*b),
        [] if first_line.contains('\t') => Some(Delimiter::Tab),
        _ => None,
    };
    let rest = &text[first_line.len()..];
    let rest = rest.strip_prefix("\r\n").or_else(|| rest.strip_prefix('\n')).or_else(|| rest.strip_prefix('\r')).unwrap_or(rest);
    Body { text: rest, named: named.or(Some(Delimiter::Comma)), lines_before: 1 }
}

/// How many leading records of the sample are compared.
const SAMPLE_RECORDS: usize = 40;
/// How much of the text the sample reads at most.
const SAMPLE_BYTES: usize = 64 * 1024;

/// Finds the delimiter by reading the start of the file with each one: the
/// right one splits most records into the same number of cells, and into
/// more than one. Quoted cells count as one whatever they hold, so commas
/// inside quoted amounts or names do not mislead it. On a tie the order of
/// [`Delimiter::ALL`] decides; a file of single cells is comma-separated.
pub fn sniff(text: &str) -> Delimiter {
    let mut end = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    let mut best = (Delimiter::Comma, 0.0);
    for delimiter in Delimiter::ALL {
        let score = consistency(sample, delimiter);
        if score > best.1 {
            best = (delimiter, score);
        }
    }
    best.0
}

/// The most common number of cells per record (above one), weighted by how
/// many of the non-blank records have it; 0 if no record has two cells.
/// Cells are counted as written, trailing empty ones too: a spreadsheet
/// writes every row with the same number of delimiters.
fn consistency(sample: &str, delimiter: Delimiter) -> f64 {
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter.byte()).from_reader(sample.as_bytes());
    let mut widths: Vec<usize> = Vec::new();
    for record in reader.records().take(SAMPLE_RECORDS) {
        let Ok(record) = record else { break };
        if record.iter().any(|cell| !cell.trim().is_empty()) {
            widths.push(record.len());
        }
    }
    if widths.is_empty() {
        return 0.0;
    }
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for &w in &widths {
        match counts.iter_mut().find(|(width, _)| *width == w) {
            Some((_, n)) => *n += 1,
            None => counts.push((w, 1)),
        }
    }
    let (width, count) = counts.into_iter().filter(|(w, _)| *w > 1).max_by_key(|&(w, n)| (n, w)).unwrap_or((1, 0));
    let share = count as f64 / widths.len() as f64;
    if width < 2 { 0.0 } else { share * (width as f64).sqrt() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_each_delimiter() {
        assert_eq!(sniff("Name,Value,Stage\nA,1,x\nB,2,y\n"), Delimiter::Comma);
        assert_eq!(sniff("Name;Value;Stage\nA;1;x\nB;2;y\n"), Delimiter::Semicolon);
        assert_eq!(sniff("Name\tValue\tStage\nA\t1\tx\n"), Delimiter::Tab);
        assert_eq!(sniff("Name|Value|Stage\nA|1|x\n"), Delimiter::Pipe);
    }

    #[test]
    fn decimal_commas_in_a_semicolon_file_do_not_mislead() {
        let text = "Kunde;Beløp;Fase;Sannsynlighet;Forventet lukkedato\r\n\
                    Fjordkraft;1 250 000,00;Tilbud;45,5;15.12.2026\r\n\
                    Nordlys;650 000,50;Forhandling;70,0;05.12.2026\r\n";
        assert_eq!(sniff(text), Delimiter::Semicolon);
    }

    #[test]
    fn quoted_commas_do_not_mislead() {
        let text = "Name;Value\n\"Acme, Inc.\";\"1,250,000\"\n\"Globex, AS\";\"480,000\"\n";
        assert_eq!(sniff(text), Delimiter::Semicolon);
        let text = "Name,Value,Note\n\"A; B\",1,\"x; y; z\"\nC,2,\n";
        assert_eq!(sniff(text), Delimiter::Comma);
    }

    #[test]
    fn commas_in_tab_separated_amounts_do_not_mislead() {
        assert_eq!(sniff("Name\tAmount\tStage\nAcme\t1,250,000\tProposal\nGlobex\t480,000\tWon\n"), Delimiter::Tab);
    }

    #[test]
    fn report_lines_above_and_below_do_not_mislead() {
        let text = "Pipeline Q4\n\nName;Value;Stage\nA;1;x\nB;2;y\nC;3;z\n\nTotal;6\n";
        assert_eq!(sniff(text), Delimiter::Semicolon);
    }

    #[test]
    fn excel_sep_line_names_the_delimiter() {
        let body = strip_sep_line("sep=;\r\nName;Value\r\nA;1\r\n");
        assert_eq!(body.named, Some(Delimiter::Semicolon));
        assert_eq!(body.text, "Name;Value\r\nA;1\r\n");
        assert_eq!(body.lines_before, 1);
        let body = strip_sep_line("Name,Value\n");
        assert_eq!(body.named, None);
        assert_eq!(body.lines_before, 0);
    }

    #[test]
    fn rows_with_empty_cells_at_the_end_still_count_their_delimiters() {
        let text = "Navn;Verdi;Steg;Sannsynlighet;Dato;Kommentar\nA;1;x;;1.1.2026;\"a; b\"\nB;kr 2,50;y;90 %;;\nC;3;z;12,5 %;;\n";
        assert_eq!(sniff(text), Delimiter::Semicolon);
    }

    #[test]
    fn single_cells_are_comma_separated() {
        assert_eq!(sniff("Name\nA\nB\n"), Delimiter::Comma);
        assert_eq!(sniff(""), Delimiter::Comma);
    }
}
