//! How the parts of an .xlsx find each other: the package relationships
//! (`_rels/.rels`) name the workbook part, the workbook (`xl/workbook.xml`)
//! lists the sheets, and its relationships (`xl/_rels/workbook.xml.rels`)
//! say which file holds each sheet, the shared strings and the styles.
//!
//! Relationships are matched by id and by the last segment of their type, so
//! the Transitional and Strict OOXML type URIs both work. Where a writer
//! leaves out a relationship file, the usual part names are tried instead.

use super::xml::{Event, Reader};
use super::zip::Archive;
use super::{SheetInfo, WorkbookError};

/// What the workbook part says, with its parts resolved to archive paths.
pub(crate) struct Layout {
    pub sheets: Vec<SheetInfo>,
    /// The archive path of each sheet's part, where one could be found.
    pub sheet_parts: Vec<Option<String>>,
    pub shared_strings: Option<String>,
    pub styles: Option<String>,
    pub date1904: bool,
}

/// The workbook part's content: sheets, their relationship ids, date system.
struct WorkbookPart {
    sheets: Vec<SheetInfo>,
    ids: Vec<Option<String>>,
    date1904: bool,
}

/// One relationship: its id, the last segment of its type, and its target as
/// an archive path.
struct Relationship {
    id: String,
    kind: String,
    target: String,
}

/// Reads the package's layout. `read` unpacks a part by archive path (`None`
/// when the archive has no such part).
pub(crate) fn layout(
    archive: &Archive,
    read: &mut impl FnMut(&str) -> Result<Option<String>, WorkbookError>,
) -> Result<Layout, WorkbookError> {
    let root = match read("_rels/.rels")? {
        Some(xml) => relationships(&xml, "")?.into_iter().find(|r| r.kind == "officeDocument").map(|r| r.target),
        None => None,
    };
    let workbook_path = root.filter(|p| archive.find(p).is_some()).unwrap_or_else(|| "xl/workbook.xml".into());
    // Excel's binary format (.xlsb) and OpenDocument spreadsheets (.ods) are
    // zips too; say they can't be read rather than that they aren't workbooks.
    if workbook_path.ends_with(".bin") {
        return Err(WorkbookError::Unsupported);
    }
    let Some(workbook) = read(&workbook_path)? else {
        let ods = read("mimetype")?.is_some_and(|m| m.contains("opendocument.spreadsheet"));
        return Err(if ods { WorkbookError::Unsupported } else { WorkbookError::NotAWorkbook });
    };
    let (dir, file) = workbook_path.rsplit_once('/').unwrap_or(("", &workbook_path));
    let rels_path = if dir.is_empty() { format!("_rels/{file}.rels") } else { format!("{dir}/_rels/{file}.rels") };
    let rels = match read(&rels_path)? {
        Some(xml) => relationships(&xml, dir)?,
        None => Vec::new(),
    };
    let WorkbookPart { sheets, ids, date1904 } = parse_workbook(&workbook)?;
    let existing = |path: String| archive.find(&path).is_some().then_some(path);
    let by_kind =
        |kind: &str, fallback: &str| rels.iter().find(|r| r.kind == kind).map(|r| r.target.clone()).or_else(|| existing(fallback.into()));
    let sheet_parts = ids
        .iter()
        .enumerate()
        .map(|(i, id)| match id {
            Some(id) if !rels.is_empty() => rels.iter().find(|r| &r.id == id).map(|r| r.target.clone()),
            _ => existing(format!("xl/worksheets/sheet{}.xml", i + 1)),
        })
        .collect();
    Ok(Layout {
        sheets,
        sheet_parts,
        shared_strings: by_kind("sharedStrings", "xl/sharedStrings.xml"),
        styles: by_kind("styles", "xl/styles.xml"),
        date1904,
    })
}

/// The sheets (names, visibility, relationship ids) and the date system of
/// a workbook part. `NotAWorkbook` if its root is not `<workbook>` (say, the
/// main part of a Word document).
fn parse_workbook(xml: &str) -> Result<WorkbookPart, WorkbookError> {
    let mut reader = Reader::new(xml);
    let (mut sheets, mut ids, mut date1904) = (Vec::new(), Vec::new(), false);
    let mut seen_root = false;
    while let Some(event) = reader.next()? {
        let Event::Start(tag) = event else { continue };
        if !seen_root {
            if tag.name != "workbook" {
                return Err(WorkbookError::NotAWorkbook);
            }
            seen_root = true;
        }
        match tag.name {
            "workbookPr" => date1904 = tag.attr("date1904").is_some_and(|v| v == "1" || v == "true"),
            "sheet" => {
                let hidden = tag.attr("state").is_some_and(|s| s == "hidden" || s == "veryHidden");
                sheets.push(SheetInfo { name: tag.attr("name").unwrap_or_default().into_owned(), hidden });
                ids.push(tag.attr("id").map(|id| id.into_owned()));
            }
            _ => {}
        }
    }
    if !seen_root {
        return Err(WorkbookError::NotAWorkbook);
    }
    Ok(WorkbookPart { sheets, ids, date1904 })
}

/// The relationships in a `.rels` part whose source lives in `dir`; external
/// targets (links to other files) are left out.
fn relationships(xml: &str, dir: &str) -> Result<Vec<Relationship>, WorkbookError> {
    let mut reader = Reader::new(xml);
    let mut out = Vec::new();
    while let Some(event) = reader.next()? {
        let Event::Start(tag) = event else { continue };
        if tag.name != "Relationship" || tag.attr("TargetMode").is_some_and(|m| m == "External") {
            continue;
        }
        let (Some(id), Some(kind), Some(target)) = (tag.attr("Id"), tag.attr("Type"), tag.attr("Target")) else { continue };
        let kind = kind.rsplit('/').next().unwrap_or_default().to_string();
        out.push(Relationship { id: id.into_owned(), kind, target: resolve(dir, &target) });
    }
    Ok(out)
}

/// A relationship target as an archive path: absolute ("/xl/…") from the
/// package root, else relative to `dir`, with "." and ".." applied and
/// %-escapes decoded.
fn resolve(dir: &str, target: &str) -> String {
    let target = percent_decode(target);
    let mut parts: Vec<&str> = Vec::new();
    if !target.starts_with('/') {
        parts.extend(dir.split('/').filter(|p| !p.is_empty()));
    }
    for part in target.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            _ => parts.push(part),
        }
    }
    parts.join("/")
}

/// Decodes %XX escapes in a URI (a part named "my sheet.xml" is targeted as
/// "my%20sheet.xml"); a broken escape is kept as written.
fn percent_decode(s: &str) -> String {
    if !s.contains('%') {
        return s.to_string();
    }
    let mut bytes = Vec::with_capacity(s.len());
    let mut i = 0;
    let raw = s.as_bytes();
    while i < raw.len() {
        let hex = raw.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok()).and_then(|h| u8::from_str_radix(h, 16).ok());
        match (raw[i], hex) {
            (b'%', Some(byte)) => {
                bytes.push(byte);
                i += 3;
            }
            (b, _) => {
                bytes.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets() {
        assert_eq!(resolve("xl", "worksheets/sheet1.xml"), "xl/worksheets/sheet1.xml");
        assert_eq!(resolve("xl", "/xl/worksheets/sheet1.xml"), "xl/worksheets/sheet1.xml");
        assert_eq!(resolve("xl", "./worksheets/../sharedStrings.xml"), "xl/sharedStrings.xml");
        assert_eq!(resolve("", "xl/workbook.xml"), "xl/workbook.xml");
        assert_eq!(resolve("xl", "../../../x.xml"), "x.xml");
        assert_eq!(resolve("xl", "worksheets/my%20sheet.xml"), "xl/worksheets/my sheet.xml");
        assert_eq!(resolve("xl", "a%2"), "xl/a%2");
        assert_eq!(resolve("xl", "a%C3%A5%zz"), "xl/aå%zz");
    }

    #[test]
    fn workbook_part() {
        let xml = r#"<workbook xmlns:r="r"><workbookPr date1904="true"/><sheets>
            <sheet name="One &amp; Two" sheetId="1" r:id="rId1"/><sheet name="H" sheetId="2" state="hidden" r:id="rId2"/>
            <sheet name="V" sheetId="3" state="veryHidden" r:id="rId3"/><sheet name="S" sheetId="4" state="visible"/></sheets></workbook>"#;
        let WorkbookPart { sheets, ids, date1904 } = parse_workbook(xml).unwrap();
        let names: Vec<_> = sheets.iter().map(|s| (s.name.as_str(), s.hidden)).collect();
        assert_eq!(names, [("One & Two", false), ("H", true), ("V", true), ("S", false)]);
        assert_eq!(ids, [Some("rId1".into()), Some("rId2".into()), Some("rId3".into()), None]);
        assert!(date1904);
        assert_eq!(parse_workbook("<document/>").err(), Some(WorkbookError::NotAWorkbook));
        assert_eq!(parse_workbook("").err(), Some(WorkbookError::NotAWorkbook));
    }
}
