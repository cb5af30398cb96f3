//! No input makes the reader panic: random bytes, valid workbooks with bytes
//! changed or cut, and workbooks whose XML was changed before packing (so the
//! parsers, not just the CRC check, see the damage).

use super::test_zip::{Method, book, pack};
use super::*;
use proptest::prelude::*;

/// Opens and, if that works, reads every sheet; only panics would fail.
fn exercise(bytes: &[u8]) {
    let Ok(workbook) = Workbook::open(bytes) else { return };
    let _ = workbook.default_sheet();
    let limits = Limits { max_rows: 1_000, max_columns: 100, max_unpacked_bytes: 1 << 20 };
    for index in 0..=workbook.sheets().len() {
        let _ = workbook.read_sheet(index, limits);
    }
}

/// A workbook that uses most of what the reader knows.
fn sample_parts() -> Vec<(String, String)> {
    let styles = r#"<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy hh:mm;@"/></numFmts>
        <cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs>"#;
    let data = r#"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><r><t>R</t></r></is></c></row>
        <row r="2"><c r="A2" s="1"><v>45382</v></c><c r="B2" s="2"><v>45382.5</v></c><c r="C2" t="b"><v>1</v></c></row>
        <row><c><v>0.65</v></c><c t="e"><v>#REF!</v></c><c r="E3" t="str"><v>a_x000D_b</v></c></row>"#;
    let mut parts =
        book(&[("Deals", data), ("Other", r#"<row r="1"><c r="A1"><v>1</v></c></row>"#)], &["Name &amp; co", "Value"], Some(styles));
    // Phonetic runs and rich text in the shared strings.
    let sst = parts.iter_mut().find(|(p, _)| p == "xl/sharedStrings.xml").unwrap();
    sst.1 = sst.1.replace(
        "<si><t>Value</t></si>",
        r#"<si><r><rPr><b/></rPr><t xml:space="preserve">Val </t></r><r><t>ue</t></r><rPh sb="0" eb="1"><t>x</t></rPh></si>"#,
    );
    parts
}

/// Characters that matter to the parsers, to insert into XML.
const XML_NOISE: &[u8] = b"<>/&;=\"' _x0D9Ac:rtvis#\n";

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..2_000)) {
        exercise(&bytes);
    }

    #[test]
    fn random_bytes_after_a_zip_signature(bytes in proptest::collection::vec(any::<u8>(), 0..2_000)) {
        let mut data = b"PK\x03\x04".to_vec();
        data.extend_from_slice(&bytes);
        data.extend_from_slice(b"PK\x05\x06");
        data.extend_from_slice(&[0; 18]);
        exercise(&data);
    }

    #[test]
    fn mutated_archives(
        stored in any::<bool>(),
        changes in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
        cut in proptest::option::of(any::<prop::sample::Index>()),
    ) {
        let mut bytes = pack(&sample_parts(), if stored { Method::Stored } else { Method::Deflated });
        for (at, byte) in changes {
            let at = at.index(bytes.len());
            bytes[at] = byte;
        }
        if let Some(cut) = cut {
            bytes.truncate(cut.index(bytes.len()));
        }
        exercise(&bytes);
    }

    #[test]
    fn mutated_xml(
        part in any::<prop::sample::Index>(),
        edits in proptest::collection::vec((any::<prop::sample::Index>(), 0..3u8, any::<prop::sample::Index>()), 1..6),
    ) {
        let mut parts = sample_parts();
        let index = part.index(parts.len());
        let mut xml = parts[index].1.clone().into_bytes();
        for (at, op, what) in edits {
            let at = at.index(xml.len() + 1);
            match op {
                0 => xml.insert(at, XML_NOISE[what.index(XML_NOISE.len())]),
                1 if at < xml.len() => { xml.remove(at); }
                // Cut the rest of the part, or a run of it.
                _ => { let end = (at + what.index(64)).min(xml.len()); xml.drain(at..end); }
            }
        }
        parts[index].1 = String::from_utf8_lossy(&xml).into_owned();
        exercise(&pack(&parts, Method::Deflated));
    }
}

#[test]
fn the_sample_reads() {
    let workbook = Workbook::open(&pack(&sample_parts(), Method::Deflated)).unwrap();
    let rows = workbook.read_sheet(0, Limits::default()).unwrap();
    let want: &[&[&str]] =
        &[&["Name & co", "Val ue", "R"], &["2024-03-31", "2024-03-31T12:00:00", "TRUE"], &["0.65", "#REF!", "", "", "a\rb"]];
    assert_eq!(rows, want.iter().map(|r| r.iter().map(|c| c.to_string()).collect::<Vec<_>>()).collect::<Vec<_>>());
}
