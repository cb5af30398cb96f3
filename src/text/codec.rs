//! Why a share link, a scenario file or a stored record could not be read:
//! the sentence for each of the codec's codes.

use super::texts;
use crate::codec::CodecError;
use crate::i18n::Lang;

texts! {
    UNRECOGNISED = "Dette er ikke en Skippertak-lenke eller -fil." / "This is not a Skippertak link or file.";
    NEWER = "Dette ble laget med en nyere versjon av Skippertak. Last siden på nytt for å hente den nyeste versjonen, og prøv igjen." / "This was made with a newer version of Skippertak. Reload the page to get the latest version, then try again.";
    TOO_LONG = "Dette er for stort til å åpnes her." / "This is too large to open here.";
    TRUNCATED = "Lenken er ufullstendig – den ble trolig kuttet da den ble kopiert. Be om lenken på nytt, eller om scenariofilen." / "The link is incomplete – it was probably cut off when it was copied. Ask for the link again, or for the scenario file.";
    DAMAGED = "Innholdet er skadet og kan ikke leses." / "The content is damaged and cannot be read.";
    LINK_DAMAGED = "Lenken er skadet eller ufullstendig: den stemmer ikke med kontrollsummen sin. Be avsenderen om å sende lenken på nytt." / "The link is damaged or incomplete: it does not match its checksum. Ask the sender to send the link again.";
    INVALID = "Scenarioet har feil:" / "The scenario has errors:";
}

/// A sentence for the person who opened the link or file.
pub fn codec_error(error: &CodecError, lang: Lang) -> String {
    let text = match error {
        CodecError::Unrecognised => UNRECOGNISED,
        CodecError::Newer => NEWER,
        CodecError::TooLong => TOO_LONG,
        CodecError::Truncated => TRUNCATED,
        CodecError::Damaged => DAMAGED,
        CodecError::LinkDamaged => LINK_DAMAGED,
        CodecError::Invalid(errors) => {
            // The first few problems, each after its field's path.
            let details: Vec<String> = errors
                .iter()
                .take(5)
                .map(|e| if e.field.is_empty() { e.message(lang) } else { format!("{}: {}", e.field, e.message(lang)) })
                .collect();
            return format!("{} {}", INVALID.get(lang), details.join(" "));
        }
    };
    text.get(lang).to_string()
}
