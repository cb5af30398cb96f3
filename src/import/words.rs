//! Comparing words across spellings: headers, stage names and status
//! values are matched after folding case, accents and punctuation, so
//! "Fecha de cierre prevista", "FECHA DE CIERRE PREVISTA" and
//! "fecha_de_cierre_prevista" are the same word.

/// Lower case, accents removed (ø → o, æ → ae, ß → ss), every run of other
/// characters than letters and digits as one space, trimmed.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut gap = false;
    for c in text.chars() {
        if c.is_alphanumeric() {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            push_plain(&mut out, c);
        } else {
            gap = true;
        }
    }
    out
}

/// Letters and digits only, folded: "Closed Won", "closed_won" and
/// "closedwon" agree, as do "Id. Decision Makers" and "iddecisionmakers".
pub fn compact(text: &str) -> String {
    fold(text).replace(' ', "")
}

/// Appends `c` in lower case without its accent.
fn push_plain(out: &mut String, c: char) {
    let plain = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ą' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ą' => "a",
        'æ' | 'Æ' => "ae",
        'ç' | 'ć' | 'č' | 'Ç' | 'Ć' | 'Č' => "c",
        'ď' | 'đ' | 'Ď' | 'Đ' | 'ð' | 'Ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ę' | 'Ě' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' => "i",
        'ł' | 'Ł' => "l",
        'ñ' | 'ń' | 'ň' | 'Ñ' | 'Ń' | 'Ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ő' => "o",
        'œ' | 'Œ' => "oe",
        'ř' | 'Ř' => "r",
        'ś' | 'š' | 'Ś' | 'Š' => "s",
        'ß' => "ss",
        'ť' | 'Ť' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű' => "u",
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => "y",
        'ź' | 'ż' | 'ž' | 'Ź' | 'Ż' | 'Ž' => "z",
        'þ' | 'Þ' => "th",
        _ => {
            out.extend(c.to_lowercase());
            return;
        }
    };
    out.push_str(plain);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_and_punctuation() {
        assert_eq!(fold("Fecha de cierre prevista"), "fecha de cierre prevista");
        assert_eq!(fold("  FECHA_de-cierre  (prevista) "), "fecha de cierre prevista");
        assert_eq!(fold("Beløp"), "belop");
        assert_eq!(fold("Forventet lukkedato"), "forventet lukkedato");
        assert_eq!(fold("Größe"), "grosse");
        assert_eq!(fold("Næringsliv Ærlig"), "naeringsliv aerlig");
        assert_eq!(fold("Est. Close Date"), "est close date");
        assert_eq!(fold("Título"), "titulo");
        assert_eq!(fold("Förväntat avslutsdatum"), "forvantat avslutsdatum");
        assert_eq!(fold("Todennäköisyys"), "todennakoisyys");
        assert_eq!(fold(""), "");
        assert_eq!(fold("—"), "");
    }

    #[test]
    fn compact_drops_the_spaces_too() {
        assert_eq!(compact("Closed Won"), "closedwon");
        assert_eq!(compact("Id. Decision Makers"), "iddecisionmakers");
        assert_eq!(compact("Proposal/Price Quote"), "proposalpricequote");
    }
}
