//! The codec: what is encoded decodes to the same scenario, released link
//! versions keep opening, a link changed by one character is refused, and
//! no input makes the decoders panic.

#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use proptest::prelude::*;
use skippertak::codec::{self, LinkMode, Record};
use skippertak::model::Scenario;

mod common;
use common::scenario;

/// A character to put into a link: mostly one of the link's own alphabet
/// (the edits a checksum must catch), sometimes any character at all.
fn edit_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => prop::sample::select(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.".chars().collect::<Vec<_>>()
        ),
        1 => any::<char>(),
    ]
}

fn named(mut s: Scenario, name: String) -> Scenario {
    s.name = name;
    for (deal, n) in s.deals.iter_mut().zip(1..) {
        deal.name = format!("{} {n}", deal.name);
    }
    s
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn links_files_and_records_round_trip(s in scenario(), name in "[a-zA-ZæøåÆØÅ <>&\"'/=+@-]{0,40}") {
        let s = named(s, name);
        for mode in [LinkMode::Edit, LinkMode::Present] {
            prop_assert_eq!(codec::from_link_fragment(&codec::to_link_fragment(&s, mode)), Ok((s.clone(), mode)));
        }
        prop_assert_eq!(codec::from_file(&codec::to_file(&s)), Ok(s.clone()));
        let record = Record { rev: 3, saved_at: 1.0, scenario: s.clone() };
        prop_assert_eq!(codec::from_record(&codec::to_record(&record)), Ok(record));
    }

    #[test]
    fn the_link_decoder_never_panics_on_arbitrary_text(text in "#?[sp]?[0-9]{0,2}\\.?[0-9]{0,4}\\.?[A-Za-z0-9_.%=+/-]{0,400}") {
        let _ = codec::from_link_fragment(&text);
    }

    #[test]
    fn the_link_decoder_never_panics_on_arbitrary_deflate(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        use base64::Engine;
        let payload = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&bytes);
        let _ = codec::from_link_fragment(&format!("s1.{payload}"));
        let _ = codec::from_link_fragment(&format!("p2.{}.{payload}", payload.len()));
    }

    #[test]
    fn a_link_with_one_character_changed_lost_or_added_is_refused(
        s in scenario(),
        present in any::<bool>(),
        edits in proptest::collection::vec((any::<prop::sample::Index>(), 0..3u8, edit_char()), 24),
    ) {
        let mode = if present { LinkMode::Present } else { LinkMode::Edit };
        let fragment = codec::to_link_fragment(&s, mode);
        let chars: Vec<char> = fragment.chars().collect();
        for (at, kind, c) in edits {
            let mut edited = chars.clone();
            match kind {
                0 => {
                    let at = at.index(chars.len());
                    if edited[at] == c {
                        continue;
                    }
                    edited[at] = c;
                }
                1 => {
                    edited.remove(at.index(chars.len()));
                }
                _ => edited.insert(at.index(chars.len() + 1), c),
            }
            let edited: String = edited.into_iter().collect();
            let read = codec::from_link_fragment(&edited);
            prop_assert!(read.is_err(), "kind {} opened {:?}: {}", kind, read, edited);
        }
    }

    #[test]
    fn damaged_links_are_reported_not_misread(s in scenario(), cut in 1usize..60) {
        let fragment = codec::to_link_fragment(&s, LinkMode::Edit);
        let truncated = &fragment[..fragment.len().saturating_sub(cut).max(3)];
        prop_assert!(codec::from_link_fragment(truncated).is_err());
    }

    #[test]
    fn the_record_and_file_readers_never_panic(text in "\\PC{0,300}") {
        let _ = codec::from_record(&text);
        let _ = codec::from_file(&text);
    }
}

#[test]
fn every_released_link_version_still_opens_identically() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/links");
    let mut checked = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("link fixtures") {
        let path = entry.expect("entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("link") {
            continue;
        }
        let fragment = std::fs::read_to_string(&path).expect("readable");
        let source = std::fs::read_to_string(path.with_extension("json")).expect("each link has its source scenario");
        let expected = codec::from_file(&source).expect("source is valid");
        let outcome: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path.with_extension("expected.json")).expect("and what it opens as"))
                .expect("expected outcome is JSON");
        let mode = match outcome.get("mode").and_then(|m| m.as_str()).unwrap_or("edit") {
            "present" => LinkMode::Present,
            _ => LinkMode::Edit,
        };
        assert_eq!(codec::from_link_fragment(fragment.trim_end()), Ok((expected, mode)), "{}", path.display());
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        checked.push((name[..2].to_string(), mode));
    }
    // Version 1 (no checksum) and version 2 in both modes, at least.
    for wanted in [("v1", LinkMode::Edit), ("v2", LinkMode::Edit), ("v2", LinkMode::Present)] {
        assert!(checked.iter().any(|(v, m)| (v.as_str(), *m) == wanted), "no fixture for {wanted:?}: {checked:?}");
    }
}

#[test]
fn link_lengths_for_10_50_and_200_deals() {
    for (deals, limit) in [(10, 2000), (50, 2000), (200, 8000)] {
        let length = codec::to_link_fragment(&skippertak::sample::synthetic_scenario(deals), LinkMode::Edit).len();
        println!("share link fragment at {deals} deals: {length} characters");
        assert!(length <= limit, "{deals} deals: {length}");
    }
}
