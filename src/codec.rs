//! The one codec for a scenario in storage, in files and in share links.
//! All three carry the scenario document of docs/model.md §1 and are read back
//! through the same strict parser:
//!
//! - files: the full document, pretty-printed;
//! - storage: a record `{schema, rev, saved_at, scenario}` around the full
//!   document (older records are migrated on read);
//! - links: `#<mode><version>.<…>` in the URL fragment, carrying the
//!   document without its default values, deflated and written in URL-safe
//!   base64. Version 2 (written now) is `<mode>2.<length>.<payload>`: the
//!   payload's length in characters, and after the deflated document a
//!   CRC-32 of everything before it, the header included. Version 1
//!   (`<mode>1.<payload>`, no checksum) is still read as it always was.
//!
//! Decoding is bounded in size before and after decompression and never
//! panics: every failure is a [`CodecError`], and `crate::text::codec`
//! says each in both languages.

mod checksum;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use miniz_oxide::inflate::TINFLStatus;
use serde_json::{Map, Value};

use crate::model::scenario::{FORMAT, Scenario, VERSION};
use crate::model::validate::{ErrorCode, FieldError, scenario_from_value};
use checksum::crc32;

/// Version of the link format this build writes and the newest it reads.
pub const LINK_VERSION: u32 = 2;
/// Longest fragment payload accepted, before decoding.
pub const MAX_LINK_CHARS: usize = 200_000;
/// Largest document a link may expand to.
pub const MAX_DOCUMENT_BYTES: usize = 4 * 1024 * 1024;
/// Longest link the app offers for sharing; longer ones get a file instead.
pub const SHAREABLE_LINK_CHARS: usize = 8_000;
/// Schema of the storage record this build writes.
pub const RECORD_SCHEMA: u64 = 1;

/// How a shared link opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkMode {
    /// Opens for editing, as a new unsaved scenario.
    Edit,
    /// Opens read-only in presentation mode.
    Present,
}

impl LinkMode {
    fn prefix(self) -> char {
        match self {
            LinkMode::Edit => 's',
            LinkMode::Present => 'p',
        }
    }

    /// Stable id of the mode: "edit" or "present".
    pub fn as_str(self) -> &'static str {
        match self {
            LinkMode::Edit => "edit",
            LinkMode::Present => "present",
        }
    }
}

/// Why a link, file or stored record could not be read.
#[derive(Clone, Debug, PartialEq)]
pub enum CodecError {
    /// The text is not in any format this app writes.
    Unrecognised,
    /// Written by a newer version of the app.
    Newer,
    /// Longer than the app accepts.
    TooLong,
    /// The link was cut off (e.g. by a chat app or a line break).
    Truncated,
    /// Damaged: not valid base64, deflate or JSON.
    Damaged,
    /// A link with a checksum that does not match it (or its stated length):
    /// changed on the way, a character lost or added. Never opened, since
    /// what it would open may not be what was sent.
    LinkDamaged,
    /// Readable, but the scenario breaks the model's rules.
    Invalid(Vec<FieldError>),
}

impl CodecError {
    /// Stable snake_case id of the error.
    pub fn as_str(&self) -> &'static str {
        match self {
            CodecError::Unrecognised => "unrecognised",
            CodecError::Newer => "newer",
            CodecError::TooLong => "too_long",
            CodecError::Truncated => "truncated",
            CodecError::Damaged => "damaged",
            CodecError::LinkDamaged => "link_damaged",
            CodecError::Invalid(_) => "invalid",
        }
    }
}

fn document_error(errors: Vec<FieldError>) -> CodecError {
    match errors.first().map(|e| &e.code) {
        Some(ErrorCode::NewerVersion(_)) => CodecError::Newer,
        Some(ErrorCode::WrongFormat | ErrorCode::NotObject) => CodecError::Unrecognised,
        Some(ErrorCode::Syntax) => CodecError::Damaged,
        _ => CodecError::Invalid(errors),
    }
}

// ---------------------------------------------------------------- files

/// The scenario as a file: the full document, pretty-printed.
pub fn to_file(scenario: &Scenario) -> String {
    serde_json::to_string_pretty(scenario).unwrap_or_default()
}

/// Reads a scenario file.
pub fn from_file(text: &str) -> Result<Scenario, CodecError> {
    if text.len() > MAX_DOCUMENT_BYTES {
        return Err(CodecError::TooLong);
    }
    let value: Value = serde_json::from_str(text).map_err(|_| CodecError::Damaged)?;
    scenario_from_value(&value).map_err(document_error)
}

// ---------------------------------------------------------------- links

/// The document without the values that equal their defaults: what a
/// reader would fill in anyway. Required fields always stay.
pub fn compact_value(scenario: &Scenario) -> Value {
    let full = serde_json::to_value(scenario).unwrap_or(Value::Null);
    let mut defaults = Scenario::new(scenario.period.start, scenario.period.end, scenario.target);
    defaults.name = String::new();
    let defaults = serde_json::to_value(&defaults).unwrap_or(Value::Null);
    let mut compact = strip_defaults(&full, &defaults);
    if let Value::Object(map) = &mut compact {
        // Identity and required fields are always written.
        for key in ["format", "version", "period", "target"] {
            if let Some(v) = full.get(key) {
                map.insert(key.to_string(), v.clone());
            }
        }
        if let Some(Value::Array(deals)) = map.get_mut("deals") {
            for deal in deals {
                if let Value::Object(fields) = deal {
                    fields.retain(|_, v| !v.is_null());
                }
            }
        }
    }
    compact
}

fn strip_defaults(value: &Value, default: &Value) -> Value {
    match (value, default) {
        (Value::Object(map), Value::Object(defaults)) => {
            let mut out = Map::new();
            for (key, v) in map {
                match defaults.get(key) {
                    Some(d) if d == v => {}
                    Some(d @ Value::Object(_)) => {
                        let inner = strip_defaults(v, d);
                        if inner.as_object().is_none_or(|m| !m.is_empty()) {
                            out.insert(key.clone(), inner);
                        }
                    }
                    _ => {
                        out.insert(key.clone(), v.clone());
                    }
                }
            }
            Value::Object(out)
        }
        _ => value.clone(),
    }
}

/// The fragment (without `#`) that carries `scenario`, e.g. `s2.1234.…`.
pub fn to_link_fragment(scenario: &Scenario, mode: LinkMode) -> String {
    let json = serde_json::to_vec(&compact_value(scenario)).unwrap_or_default();
    let mut bytes = miniz_oxide::deflate::compress_to_vec(&json, 10);
    let length = base64::encoded_len(bytes.len() + CHECK_BYTES, false).unwrap_or(0);
    let header = format!("{}{}.{length}.", mode.prefix(), LINK_VERSION);
    let check = crc32(&[header.as_bytes(), &bytes]);
    bytes.extend(check.to_le_bytes());
    header + &URL_SAFE_NO_PAD.encode(bytes)
}

/// Bytes of the CRC-32 at the end of a version 2 payload.
const CHECK_BYTES: usize = 4;

/// Whether a fragment looks like one of our links (of any version), so the
/// app can tell "not a link" apart from "a broken link".
pub fn is_link_fragment(fragment: &str) -> bool {
    let fragment = fragment.trim_start_matches('#');
    let mut chars = fragment.chars();
    matches!(chars.next(), Some('s' | 'p')) && {
        let rest = chars.as_str();
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        digits > 0 && rest.as_bytes().get(digits) == Some(&b'.')
    }
}

/// Reads a link fragment: the text after the address's `#`, exactly as
/// written (nothing around it is trimmed, so nothing added to a link is
/// quietly dropped).
///
/// A version 2 link opens only when its length and checksum match, so a
/// link with any one character changed, lost or added is refused:
/// changing one character alters at most 6 neighbouring bits, which CRC-32
/// always detects; a lost or added one changes the length; and the header
/// is inside the checksum, so neither the mode nor the length can change
/// unnoticed.
pub fn from_link_fragment(fragment: &str) -> Result<(Scenario, LinkMode), CodecError> {
    if fragment.len() > MAX_LINK_CHARS {
        return Err(CodecError::TooLong);
    }
    let mode = match fragment.as_bytes().first() {
        Some(b's') => LinkMode::Edit,
        Some(b'p') => LinkMode::Present,
        _ => return Err(CodecError::Unrecognised),
    };
    let (version, rest) = fragment[1..].split_once('.').ok_or(CodecError::Unrecognised)?;
    let deflated = match whole_number(version) {
        Some(1) => v1_payload(rest)?,
        Some(2) => v2_payload(fragment, rest)?,
        Some(v) if v > u64::from(LINK_VERSION) => return Err(CodecError::Newer),
        _ => return Err(CodecError::Unrecognised),
    };
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&deflated, MAX_DOCUMENT_BYTES).map_err(|e| match e.status {
        TINFLStatus::HasMoreOutput => CodecError::TooLong,
        TINFLStatus::FailedCannotMakeProgress | TINFLStatus::NeedsMoreInput => CodecError::Truncated,
        _ => CodecError::Damaged,
    })?;
    let value: Value = serde_json::from_slice(&json).map_err(|_| CodecError::Damaged)?;
    let scenario = scenario_from_value(&value).map_err(document_error)?;
    Ok((scenario, mode))
}

/// A number written as the encoder writes it: digits only, no leading zero
/// (so `s02.` cannot pass for `s2.`).
fn whole_number(text: &str) -> Option<u64> {
    let canonical =
        !text.is_empty() && text.len() <= 12 && text.bytes().all(|b| b.is_ascii_digit()) && !(text.len() > 1 && text.starts_with('0'));
    canonical.then(|| text.parse().ok()).flatten()
}

/// The deflated document of a version 1 link, which has no checksum.
fn v1_payload(payload: &str) -> Result<Vec<u8>, CodecError> {
    if payload.is_empty() {
        return Err(CodecError::Truncated);
    }
    // Chat apps sometimes append padding or break lines; tolerate neither silently.
    URL_SAFE_NO_PAD.decode(payload).map_err(|_| if payload.len() % 4 == 1 { CodecError::Truncated } else { CodecError::Damaged })
}

/// The deflated document of a version 2 link (`rest` is what follows
/// `<mode>2.`), once its length and checksum match.
fn v2_payload(fragment: &str, rest: &str) -> Result<Vec<u8>, CodecError> {
    let Some((length, payload)) = rest.split_once('.') else {
        // Cut off inside the length, or the length's dot was lost.
        return Err(if rest.bytes().all(|b| b.is_ascii_digit()) { CodecError::Truncated } else { CodecError::LinkDamaged });
    };
    let length = whole_number(length).ok_or(CodecError::LinkDamaged)?;
    if (payload.len() as u64) < length {
        return Err(CodecError::Truncated);
    }
    if payload.len() as u64 != length {
        return Err(CodecError::LinkDamaged);
    }
    let header = &fragment[..fragment.len() - payload.len()];
    let mut bytes = URL_SAFE_NO_PAD.decode(payload).map_err(|_| CodecError::LinkDamaged)?;
    let Some(split) = bytes.len().checked_sub(CHECK_BYTES) else { return Err(CodecError::LinkDamaged) };
    let check = bytes.split_off(split);
    if check != crc32(&[header.as_bytes(), &bytes]).to_le_bytes() {
        return Err(CodecError::LinkDamaged);
    }
    Ok(bytes)
}

// ---------------------------------------------------------------- storage

/// A scenario as kept in local storage.
#[derive(Clone, Debug, PartialEq)]
pub struct Record {
    /// Increases with every save, so a tab can tell a newer save from its own.
    pub rev: u64,
    /// Milliseconds since the epoch.
    pub saved_at: f64,
    /// The saved scenario.
    pub scenario: Scenario,
}

/// The text stored for `record`.
pub fn to_record(record: &Record) -> String {
    let value = serde_json::json!({
        "schema": RECORD_SCHEMA,
        "rev": record.rev,
        "saved_at": record.saved_at,
        "scenario": record.scenario,
    });
    value.to_string()
}

/// Reads a stored record: migrates older shapes, then validates the
/// scenario (which fills in defaults). A record from a newer version is
/// refused so it is never overwritten by an older tab.
pub fn from_record(text: &str) -> Result<Record, CodecError> {
    if text.len() > MAX_DOCUMENT_BYTES {
        return Err(CodecError::TooLong);
    }
    let value: Value = serde_json::from_str(text).map_err(|_| CodecError::Damaged)?;
    let value = migrate_record(value)?;
    let rev = value.get("rev").and_then(Value::as_u64).unwrap_or(0);
    let saved_at = value.get("saved_at").and_then(Value::as_f64).filter(|t| t.is_finite()).unwrap_or(0.0);
    let scenario = value.get("scenario").ok_or(CodecError::Damaged)?;
    let scenario = scenario_from_value(scenario).map_err(document_error)?;
    Ok(Record { rev, saved_at, scenario })
}

/// Brings a stored value to the current record schema.
fn migrate_record(value: Value) -> Result<Value, CodecError> {
    let Some(object) = value.as_object() else { return Err(CodecError::Damaged) };
    match object.get("schema").map(Value::as_u64) {
        Some(Some(RECORD_SCHEMA)) => Ok(value),
        Some(Some(newer)) if newer > RECORD_SCHEMA => Err(CodecError::Newer),
        Some(_) => Err(CodecError::Damaged),
        // Schema 0: the bare scenario document, as a file holds it.
        None if object.get("format").and_then(Value::as_str) == Some(FORMAT) => {
            if object.get("version").and_then(Value::as_u64).is_some_and(|v| v > u64::from(VERSION)) {
                return Err(CodecError::Newer);
            }
            Ok(serde_json::json!({ "schema": RECORD_SCHEMA, "rev": 0, "saved_at": 0, "scenario": value }))
        }
        None => Err(CodecError::Unrecognised),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse_scenario;
    use crate::sample::synthetic_scenario;

    fn demo() -> Scenario {
        parse_scenario(include_str!("demo.json")).expect("demo is valid")
    }

    #[test]
    fn links_round_trip_in_both_modes() {
        for mode in [LinkMode::Edit, LinkMode::Present] {
            let fragment = to_link_fragment(&demo(), mode);
            assert!(fragment.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)), "{fragment}");
            assert!(fragment.starts_with(&format!("{}2.", mode.prefix())) && is_link_fragment(&fragment), "{fragment}");
            assert_eq!(from_link_fragment(&fragment), Ok((demo(), mode)));
        }
    }

    #[test]
    fn compact_links_drop_defaults_but_keep_required_fields() {
        let compact = compact_value(&demo());
        assert!(compact.get("closing").is_none() && compact.get("stages").is_none());
        assert!(compact.get("period").is_some() && compact.get("target").is_some());
        assert!(compact["deals"][0].get("probability").is_none());
    }

    #[test]
    fn fifty_realistic_deals_fit_in_2000_characters() {
        let fragment = to_link_fragment(&synthetic_scenario(50), LinkMode::Edit);
        assert!(fragment.len() < 2000, "{}", fragment.len());
    }

    #[test]
    fn broken_links_say_what_is_wrong() {
        let fragment = to_link_fragment(&demo(), LinkMode::Edit);
        assert_eq!(from_link_fragment(&fragment[..fragment.len() / 2]), Err(CodecError::Truncated));
        assert_eq!(from_link_fragment(&fragment[..5]), Err(CodecError::Truncated));
        assert_eq!(from_link_fragment(&format!("{fragment}A")), Err(CodecError::LinkDamaged));
        assert_eq!(from_link_fragment(&fragment.replacen("s2.", "s3.", 1)), Err(CodecError::Newer));
        assert_eq!(from_link_fragment(&fragment.replacen("s2.", "p2.", 1)), Err(CodecError::LinkDamaged));
        assert_eq!(from_link_fragment(&fragment.replacen("s2.", "s02.", 1)), Err(CodecError::Unrecognised));
        assert_eq!(from_link_fragment(&fragment.replacen("s2.", "s1.", 1)), Err(CodecError::Damaged));
        assert_eq!(from_link_fragment(&format!("#{fragment}")), Err(CodecError::Unrecognised));
        assert_eq!(from_link_fragment("s1.%%%"), Err(CodecError::Damaged));
        assert_eq!(from_link_fragment("hello"), Err(CodecError::Unrecognised));
        assert_eq!(from_link_fragment("s1."), Err(CodecError::Truncated));
        assert_eq!(from_link_fragment("s2.4.AAAA"), Err(CodecError::LinkDamaged));
    }

    #[test]
    fn every_single_character_change_to_a_link_is_refused() {
        let mut small = demo();
        small.deals.truncate(2);
        let fragment = to_link_fragment(&small, LinkMode::Present);
        let alphabet: Vec<char> = ('A'..='Z').chain('a'..='z').chain('0'..='9').chain(['-', '_', '.', '#', ' ', '%']).collect();
        let chars: Vec<char> = fragment.chars().collect();
        let mut tried = 0;
        for at in 0..=chars.len() {
            let mut variants: Vec<Vec<char>> = Vec::new();
            if at < chars.len() {
                let mut dropped = chars.clone();
                dropped.remove(at);
                variants.push(dropped);
            }
            for &c in &alphabet {
                let mut inserted = chars.clone();
                inserted.insert(at, c);
                variants.push(inserted);
                if at < chars.len() && chars[at] != c {
                    let mut changed = chars.clone();
                    changed[at] = c;
                    variants.push(changed);
                }
            }
            for variant in variants {
                let text: String = variant.into_iter().collect();
                assert!(from_link_fragment(&text).is_err(), "opened: {text}");
                tried += 1;
            }
        }
        assert!(tried > 100 * chars.len(), "{tried}");
    }

    #[test]
    fn decompression_is_bounded() {
        let bomb = miniz_oxide::deflate::compress_to_vec(&vec![b' '; MAX_DOCUMENT_BYTES + 10], 10);
        let fragment = format!("s1.{}", URL_SAFE_NO_PAD.encode(&bomb));
        assert_eq!(from_link_fragment(&fragment), Err(CodecError::TooLong));
        // The same behind a valid length and checksum.
        let length = base64::encoded_len(bomb.len() + CHECK_BYTES, false).unwrap_or(0);
        let header = format!("s2.{length}.");
        let mut bytes = bomb.clone();
        bytes.extend(crc32(&[header.as_bytes(), &bomb]).to_le_bytes());
        assert_eq!(from_link_fragment(&(header + &URL_SAFE_NO_PAD.encode(bytes))), Err(CodecError::TooLong));
    }

    #[test]
    fn records_round_trip_and_migrate_bare_documents() {
        let record = Record { rev: 7, saved_at: 1_764_000_000_000.0, scenario: demo() };
        assert_eq!(from_record(&to_record(&record)), Ok(record));
        let bare = from_record(include_str!("demo.json")).expect("bare documents migrate");
        assert_eq!((bare.rev, bare.scenario), (0, demo()));
        assert_eq!(from_record(r#"{"schema":2,"rev":1,"scenario":{}}"#), Err(CodecError::Newer));
        assert_eq!(from_record("{not json"), Err(CodecError::Damaged));
    }
}
