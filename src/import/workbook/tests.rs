//! Whole-workbook tests: workbooks built here part by part, and the fixture
//! workbooks under tests/fixtures/import when they exist.

use super::test_zip::{Method, ZipWriter, book, edit, pack};
use super::*;

fn open(parts: &[(String, String)]) -> Workbook {
    Workbook::open(&pack(parts, Method::Deflated)).expect("opens")
}

fn read(parts: &[(String, String)]) -> Vec<Vec<String>> {
    open(parts).read_sheet(0, Limits::default()).expect("reads")
}

fn one_sheet(data: &str, shared: &[&str], styles: Option<&str>) -> Vec<Vec<String>> {
    read(&book(&[("Deals", data)], shared, styles))
}

fn rows(rows: &[&[&str]]) -> Vec<Vec<String>> {
    rows.iter().map(|r| r.iter().map(|c| c.to_string()).collect()).collect()
}

#[test]
fn every_kind_of_value() {
    let data = r#"<row r="1" spans="1:8">
        <c r="A1" t="s"><v>0</v></c>
        <c r="B1" t="inlineStr"><is><t>Inline</t></is></c>
        <c r="C1" t="inlineStr"><is><r><t xml:space="preserve">Rich </t></r><r><rPr><b/></rPr><t> inline </t></r></is></c>
        <c r="D1" t="str"><f>A1&amp;"!"</f><v>Acme AS!</v></c>
        <c r="E1" t="b"><v>1</v></c><c r="F1" t="b"><v>0</v></c>
        <c r="G1" t="e"><f>NA()</f><v>#N/A</v></c>
        <c r="H1"><v>1250000</v></c></row>
      <row r="2"><c r="A2"><v>0.65000000000000002</v></c><c r="B2" s="0"><v>1234567.5</v></c>
        <c r="C2" t="n"><f>B2*2</f><v>2469135</v></c><c r="D2"><v>-3.5E-3</v></c>
        <c r="E2" t="str"><v>Line_x000D_two</v></c><c r="F2" t="d"><v>2024-03-31T00:00:00</v></c></row>"#;
    let got = one_sheet(data, &["Acme AS"], None);
    assert_eq!(
        got,
        rows(&[
            &["Acme AS", "Inline", "Rich inline", "Acme AS!", "TRUE", "FALSE", "#N/A", "1250000"],
            &["0.65", "1234567.5", "2469135", "-0.0035", "Line\rtwo", "2024-03-31T00:00:00"],
        ])
    );
}

#[test]
fn shared_strings_rich_text_spaces_entities_and_escapes() {
    let mut parts = book(
        &[("S", r#"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>"#)],
        &["x"],
        None,
    );
    edit(
        &mut parts,
        "xl/sharedStrings.xml",
        "<si><t>x</t></si>",
        r#"<si><r><rPr><b/></rPr><t>Fish</t></r><r><t xml:space="preserve"> &amp; chips </t></r></si>
           <si><t>A_x000D__x000A_B &lt;3</t></si><si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si>"#,
    );
    assert_eq!(read(&parts), rows(&[&["Fish & chips ", "A\r\nB <3", "東京"]]));
}

#[test]
fn gaps_rows_without_numbers_and_trailing_empties() {
    let data = r#"<row r="2"><c r="C2"><v>1</v></c><c r="E2" s="1"/><c r="F2" t="s"><v>0</v></c></row>
        <row><c><v>2</v></c><c><v>3</v></c><c r="E"><v>4</v></c></row>
        <row r="6" customHeight="1"><c r="A6" s="2"/></row>
        <row r="7"><c r="B7" t="inlineStr"><is><t></t></is></c><c r="C7"><v>5</v></c></row>"#;
    let got = one_sheet(data, &[""], None);
    assert_eq!(got, rows(&[&[], &["", "", "1"], &["2", "3", "", "", "4"], &[], &[], &[], &["", "", "5"]]));
}

#[test]
fn out_of_order_and_repeated_cells_land_where_they_say() {
    let data = r#"<row r="3"><c r="B3"><v>1</v></c><c r="A3"><v>2</v></c></row><row r="1"><c r="A1"><v>3</v></c></row>
        <row r="3"><c r="B3"><v>9</v></c></row>"#;
    assert_eq!(one_sheet(data, &[], None), rows(&[&["3"], &[], &["2", "9"]]));
}

#[test]
fn dates_by_builtin_and_custom_formats() {
    let styles = r##"<numFmts count="4"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/>
        <numFmt numFmtId="165" formatCode="[Red]#,##0.00;[Blue]\-#,##0.00"/><numFmt numFmtId="166" formatCode="yyyy-mm-dd hh:mm"/>
        <numFmt numFmtId="167" formatCode="0&quot; days&quot;"/></numFmts>
      <cellXfs count="9"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="22"/>
        <xf numFmtId="166"/><xf numFmtId="20"/><xf numFmtId="167"/><xf numFmtId="9"/></cellXfs>"##;
    let data = r#"<row r="1"><c r="A1" s="1"><v>45382</v></c><c r="B1" s="2"><v>45382.75</v></c><c r="C1" s="3"><v>45382</v></c>
        <c r="D1" s="4"><v>45382.604166666664</v></c><c r="E1" s="4"><v>45382</v></c><c r="F1" s="5"><v>45382.5</v></c>
        <c r="G1" s="6"><v>0.5</v></c><c r="H1" s="7"><v>30</v></c><c r="I1" s="8"><v>0.25</v></c><c r="J1" s="1"><v>60</v></c>
        <c r="K1" s="1"><v>61</v></c><c r="L1" s="1"><v>-5</v></c><c r="M1" s="1" t="s"><v>0</v></c><c r="N1" s="99"><v>45382</v></c></row>"#;
    let got = one_sheet(data, &["31.03.2024"], Some(styles));
    assert_eq!(
        got,
        rows(&[&[
            "2024-03-31",
            "2024-03-31",
            "45382",
            "2024-03-31T14:30:00",
            "2024-03-31",
            "2024-03-31T12:00:00",
            "12:00:00",
            "30",
            "0.25",
            "1900-02-29",
            "1900-03-01",
            "-5",
            "31.03.2024",
            "45382",
        ]])
    );
}

#[test]
fn the_1904_date_system() {
    let mut parts = book(
        &[("S", r#"<row r="1"><c r="A1" s="1"><v>43830</v></c><c r="B1"><v>43830</v></c></row>"#)],
        &[],
        Some(r#"<cellXfs><xf/><xf numFmtId="14"/></cellXfs>"#),
    );
    edit(&mut parts, "xl/workbook.xml", "<workbookPr ", "<workbookPr date1904=\"1\" ");
    assert_eq!(read(&parts), rows(&[&["2024-01-01", "43830"]]));
}

#[test]
fn sheet_names_hidden_sheets_and_the_default_sheet() {
    let cell = r#"<row r="1"><c r="A1"><v>1</v></c></row>"#;
    let mut parts = book(
        &[("Hidden data", cell), ("Empty", "<row r=\"1\"><c r=\"A1\" s=\"3\"/></row>"), ("Deals &amp; more", cell), ("Very", cell)],
        &[],
        None,
    );
    edit(&mut parts, "xl/workbook.xml", "name=\"Hidden data\"", "name=\"Hidden data\" state=\"hidden\"");
    edit(&mut parts, "xl/workbook.xml", "name=\"Very\"", "name=\"Very\" state=\"veryHidden\"");
    let workbook = open(&parts);
    let names: Vec<_> = workbook.sheets().iter().map(|s| (s.name.as_str(), s.hidden)).collect();
    assert_eq!(names, [("Hidden data", true), ("Empty", false), ("Deals & more", false), ("Very", true)]);
    assert_eq!(workbook.default_sheet(), 2);
    assert_eq!(workbook.read_sheet(1, Limits::default()), Ok(vec![]));
    assert_eq!(workbook.read_sheet(3, Limits::default()), Ok(rows(&[&["1"]])));
    assert_eq!(workbook.read_sheet(4, Limits::default()), Err(WorkbookError::NoSuchSheet));
}

#[test]
fn default_sheet_is_zero_when_no_visible_sheet_has_cells() {
    let workbook = open(&book(&[("A", ""), ("B", "<row r=\"1\"/>")], &[], None));
    assert_eq!(workbook.default_sheet(), 0);
    let workbook = open(&book(&[], &[], None));
    assert_eq!(workbook.sheets(), &[]);
    assert_eq!(workbook.default_sheet(), 0);
    assert_eq!(workbook.read_sheet(0, Limits::default()), Err(WorkbookError::NoSuchSheet));
}

#[test]
fn default_sheet_takes_a_sheet_larger_than_the_peek_as_having_cells() {
    let empty_rows: String = (1..40_000).map(|r| format!("<row r=\"{r}\" ht=\"15\"><c r=\"A{r}\" s=\"1\"/></row>")).collect();
    let workbook = open(&book(&[("Formatted", &empty_rows), ("Data", "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")], &[], None));
    assert_eq!(workbook.default_sheet(), 0);
}

#[test]
fn relationship_targets_absolute_relative_and_prefixed_xml() {
    let mut parts = book(
        &[("One", r#"<row r="1"><c r="A1" t="s"><v>0</v></c></row>"#), ("Two", r#"<row r="1"><c r="A1"><v>2</v></c></row>"#)],
        &["s"],
        None,
    );
    edit(&mut parts, "xl/_rels/workbook.xml.rels", "Target=\"worksheets/sheet1.xml\"", "Target=\"/xl/worksheets/sheet2.xml\"");
    edit(&mut parts, "xl/_rels/workbook.xml.rels", "Target=\"worksheets/sheet2.xml\"", "Target=\"./worksheets/../worksheets/sheet1.xml\"");
    edit(&mut parts, "xl/_rels/workbook.xml.rels", "Target=\"sharedStrings.xml\"", "Target=\"/xl/sharedStrings.xml\"");
    let workbook = open(&parts);
    assert_eq!(workbook.read_sheet(0, Limits::default()), Ok(rows(&[&["2"]])));
    assert_eq!(workbook.read_sheet(1, Limits::default()), Ok(rows(&[&["s"]])));

    // Prefixed elements, as some .NET writers make them.
    let mut parts = book(&[("P", "")], &[], None);
    let sheet = r#"<x:worksheet xmlns:x="m"><x:sheetData><x:row r="1"><x:c r="B1" t="inlineStr"><x:is><x:t>p</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>"#;
    parts.iter_mut().find(|(p, _)| p == "xl/worksheets/sheet1.xml").unwrap().1 = sheet.into();
    assert_eq!(read(&parts), rows(&[&["", "p"]]));
}

#[test]
fn strict_ooxml_namespaces() {
    let mut parts = book(
        &[("Strict", r#"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>45382</v></c></row>"#)],
        &["s"],
        Some("<cellXfs><xf/><xf numFmtId=\"14\"/></cellXfs>"),
    );
    for (_, xml) in parts.iter_mut() {
        *xml = xml
            .replace("http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main")
            .replace(
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                "http://purl.oclc.org/ooxml/officeDocument/relationships",
            );
    }
    assert_eq!(read(&parts), rows(&[&["s", "2024-03-31"]]));
}

#[test]
fn missing_relationship_files_fall_back_to_usual_names() {
    let mut parts = book(&[("S", r#"<row r="1"><c r="A1" t="s"><v>0</v></c></row>"#)], &["fallback"], None);
    parts.retain(|(p, _)| p != "xl/_rels/workbook.xml.rels" && p != "_rels/.rels");
    assert_eq!(read(&parts), rows(&[&["fallback"]]));
}

#[test]
fn stored_entries_and_case_insensitive_names() {
    let mut parts = book(&[("S", r#"<row r="1"><c r="A1"><v>7</v></c></row>"#)], &[], None);
    parts.iter_mut().find(|(p, _)| p == "xl/worksheets/sheet1.xml").unwrap().0 = "xl/Worksheets/Sheet1.xml".into();
    let workbook = Workbook::open(&pack(&parts, Method::Stored)).unwrap();
    assert_eq!(workbook.read_sheet(0, Limits::default()), Ok(rows(&[&["7"]])));
}

#[test]
fn not_a_workbook() {
    assert_eq!(Workbook::open(b"").err(), Some(WorkbookError::NotAWorkbook));
    assert_eq!(Workbook::open(b"Name;Value\nAcme;100\n").err(), Some(WorkbookError::NotAWorkbook));
    // A zip without a workbook, and a Word document.
    let zip = ZipWriter::default().add("readme.txt", b"hi", Method::Deflated).finish();
    assert_eq!(Workbook::open(&zip).err(), Some(WorkbookError::NotAWorkbook));
    let docx = ZipWriter::default().add("xl/workbook.xml", b"<w:document xmlns:w=\"w\"/>", Method::Deflated).finish();
    assert_eq!(Workbook::open(&docx).err(), Some(WorkbookError::NotAWorkbook));
}

#[test]
fn legacy_and_encrypted() {
    let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    ole.resize(4096, 0);
    assert_eq!(Workbook::open(&ole).err(), Some(WorkbookError::LegacyOrEncrypted));
    let zip = ZipWriter::default().add_raw("xl/workbook.xml", 8, 1, b"\x00\x01\x02", 0, 10).finish();
    assert_eq!(Workbook::open(&zip).err(), Some(WorkbookError::LegacyOrEncrypted));
}

#[test]
fn unsupported_zip64_and_methods() {
    let workbook = pack(&book(&[("S", "")], &[], None), Method::Deflated);
    // Mark the end record's entry count as ZIP64 does.
    let mut zip64 = workbook.clone();
    let end = zip64.len() - 22;
    zip64[end + 8..end + 12].copy_from_slice(&[0xFF; 4]);
    assert_eq!(Workbook::open(&zip64).err(), Some(WorkbookError::Unsupported));
    // A ZIP64 locator before the end record.
    let mut located = workbook[..end].to_vec();
    located.extend_from_slice(&0x0706_4b50u32.to_le_bytes());
    located.extend_from_slice(&[0; 16]);
    located.extend_from_slice(&workbook[end..]);
    assert_eq!(Workbook::open(&located).err(), Some(WorkbookError::Unsupported));
    // Bzip2 (method 12).
    let zip = ZipWriter::default().add_raw("xl/workbook.xml", 12, 0, b"BZh9", 0, 10).finish();
    assert_eq!(Workbook::open(&zip).err(), Some(WorkbookError::Unsupported));
    // Binary workbooks and OpenDocument spreadsheets.
    let mut xlsb = book(&[("S", "")], &[], None);
    edit(&mut xlsb, "_rels/.rels", "xl/workbook.xml", "xl/workbook.bin");
    xlsb.push(("xl/workbook.bin".into(), "\u{83}\u{1}\0".into()));
    assert_eq!(Workbook::open(&pack(&xlsb, Method::Deflated)).err(), Some(WorkbookError::Unsupported));
    let ods = ZipWriter::default()
        .add("mimetype", b"application/vnd.oasis.opendocument.spreadsheet", Method::Stored)
        .add("content.xml", b"<office:document-content/>", Method::Deflated)
        .finish();
    assert_eq!(Workbook::open(&ods).err(), Some(WorkbookError::Unsupported));
    // UTF-16 XML.
    let zip = ZipWriter::default().add("xl/workbook.xml", &[0xFF, 0xFE, b'<', 0], Method::Stored).finish();
    assert_eq!(Workbook::open(&zip).err(), Some(WorkbookError::Unsupported));
}

#[test]
fn damaged_archives_and_xml() {
    let good = pack(&book(&[("S", r#"<row r="1"><c r="A1"><v>1</v></c></row>"#)], &[], None), Method::Stored);
    // Cut off: the directory is gone.
    assert_eq!(Workbook::open(&good[..good.len() / 2]).err(), Some(WorkbookError::Damaged));
    // A flipped byte inside the stored sheet: the CRC catches it.
    let at = good.windows(4).position(|w| w == b"<v>1").unwrap() + 3;
    let mut flipped = good.clone();
    flipped[at] = b'2';
    assert_eq!(Workbook::open(&flipped).unwrap().read_sheet(0, Limits::default()), Err(WorkbookError::Damaged));
    // Broken XML and a shared string index past the table.
    for data in [
        "<row r=\"1\"><c r=\"A1\"><v>1</v></row>",
        "<row r=\"0\"/>",
        "<row r=\"1\"><c r=\"1A\"><v>1</v></c></row>",
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>3</v></c></row>",
    ] {
        assert_eq!(read_err(&book(&[("S", data)], &[], None)), WorkbookError::Damaged, "{data}");
    }
    // Deflate data that is not deflate.
    let zip = ZipWriter::default().add_raw("xl/workbook.xml", 8, 0, &[0xFF; 16], 0, 100).finish();
    assert_eq!(Workbook::open(&zip).err(), Some(WorkbookError::Damaged));
    // A sheet the relationships point to but the archive lacks.
    let mut parts = book(&[("S", "")], &[], None);
    parts.retain(|(p, _)| p != "xl/worksheets/sheet1.xml");
    assert_eq!(read_err(&parts), WorkbookError::Damaged);
}

fn read_err(parts: &[(String, String)]) -> WorkbookError {
    open(parts).read_sheet(0, Limits::default()).unwrap_err()
}

#[test]
fn limits_on_rows_columns_and_bytes() {
    let parts = book(&[("S", r#"<row r="3"><c r="D3"><v>1</v></c></row><row r="5"><c r="B5" s="1"/></row>"#)], &[], None);
    let workbook = open(&parts);
    let limits = |max_rows, max_columns, max_unpacked_bytes| Limits { max_rows, max_columns, max_unpacked_bytes };
    assert!(workbook.read_sheet(0, limits(3, 4, 100_000)).is_ok()); // the empty cell on row 5 doesn't count
    assert_eq!(workbook.read_sheet(0, limits(2, 4, 100_000)), Err(WorkbookError::TooBig));
    assert_eq!(workbook.read_sheet(0, limits(3, 3, 100_000)), Err(WorkbookError::TooBig));
    assert_eq!(workbook.read_sheet(0, limits(3, 4, 200)), Err(WorkbookError::TooBig));

    // Each part fits the limit, but not together: the limit is on the total.
    let text = "z".repeat(5_000);
    let workbook = open(&book(
        &[("S", &format!("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><t>{text}</t></is></c></row>"))],
        &[&text],
        None,
    ));
    assert_eq!(workbook.read_sheet(0, limits(9, 9, 8_000)), Err(WorkbookError::TooBig));
    assert_eq!(workbook.read_sheet(0, limits(9, 9, 40_000)).map(|r| r[0].len()), Ok(2));
}

#[test]
fn a_zip_bomb_stops_at_the_limit() {
    // 64 MiB of a repeated row inflates from well under 1 MiB.
    let row = "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>";
    let data = row.repeat((64 << 20) / row.len());
    let sheet = format!("<worksheet><sheetData>{data}</sheetData></worksheet>");
    let mut parts = book(&[("S", "")], &[], None);
    parts.iter_mut().find(|(p, _)| p == "xl/worksheets/sheet1.xml").unwrap().1 = sheet;
    let bytes = pack(&parts, Method::Deflated);
    assert!(bytes.len() < 1 << 20);
    let workbook = Workbook::open(&bytes).unwrap();
    let limits = Limits { max_unpacked_bytes: 8 << 20, ..Limits::default() };
    assert_eq!(workbook.read_sheet(0, limits), Err(WorkbookError::TooBig));
    assert_eq!(workbook.default_sheet(), 0);

    // The same, with an entry that declares itself small: inflating stops at the declared size.
    let packed = miniz_oxide::deflate::compress_to_vec(&vec![b' '; 32 << 20], 6);
    let mut zip = ZipWriter::default();
    for (path, content) in book(&[("S", "")], &[], None).iter().filter(|(p, _)| !p.ends_with("sheet1.xml")) {
        zip.add(path, content.as_bytes(), Method::Deflated);
    }
    zip.add_raw("xl/worksheets/sheet1.xml", 8, 0, &packed, 0, 1000);
    let workbook = Workbook::open(&zip.finish()).unwrap();
    assert_eq!(workbook.read_sheet(0, Limits::default()), Err(WorkbookError::Damaged));
}

#[test]
fn one_long_string_in_many_cells_is_held_to_the_limit() {
    let long = "y".repeat(100_000);
    let cells: String = (1..=2_000).map(|r| format!("<row r=\"{r}\"><c r=\"A{r}\" t=\"s\"><v>0</v></c></row>")).collect();
    let workbook = open(&book(&[("S", &cells)], &[&long], None));
    let limits = Limits { max_unpacked_bytes: 16 << 20, ..Limits::default() };
    assert_eq!(workbook.read_sheet(0, limits), Err(WorkbookError::TooBig));
    let limits = Limits { max_unpacked_bytes: 256 << 20, ..Limits::default() };
    assert_eq!(workbook.read_sheet(0, limits).map(|r| r.len()), Ok(2_000));
}
