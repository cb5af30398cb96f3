//! Test helpers: a tiny zip writer and a minimal workbook made of parts that
//! each test can change before packing.

use super::zip::crc32;

/// How an entry is written.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Method {
    Stored,
    Deflated,
}

/// Writes a zip archive entry by entry.
#[derive(Default)]
pub(crate) struct ZipWriter {
    out: Vec<u8>,
    central: Vec<u8>,
    count: u16,
}

impl ZipWriter {
    /// Adds an entry, compressing it as asked.
    pub fn add(&mut self, name: &str, data: &[u8], method: Method) -> &mut Self {
        let (code, packed) = match method {
            Method::Stored => (0, data.to_vec()),
            Method::Deflated => (8, miniz_oxide::deflate::compress_to_vec(data, 6)),
        };
        self.add_raw(name, code, 0, &packed, crc32(data), data.len() as u32)
    }

    /// Adds an entry exactly as given (method, flags, packed bytes, CRC, declared size).
    pub fn add_raw(&mut self, name: &str, method: u16, flags: u16, packed: &[u8], crc: u32, size: u32) -> &mut Self {
        let offset = self.out.len() as u32;
        let common = |buf: &mut Vec<u8>| {
            buf.extend_from_slice(&20u16.to_le_bytes()); // version needed
            buf.extend_from_slice(&flags.to_le_bytes());
            buf.extend_from_slice(&method.to_le_bytes());
            buf.extend_from_slice(&[0, 0, 0x21, 0]); // time, date (1980-01-01)
            buf.extend_from_slice(&crc.to_le_bytes());
            buf.extend_from_slice(&(packed.len() as u32).to_le_bytes());
            buf.extend_from_slice(&size.to_le_bytes());
            buf.extend_from_slice(&(name.len() as u16).to_le_bytes());
            buf.extend_from_slice(&0u16.to_le_bytes()); // extra length
        };
        self.out.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        common(&mut self.out);
        self.out.extend_from_slice(name.as_bytes());
        self.out.extend_from_slice(packed);
        self.central.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        self.central.extend_from_slice(&20u16.to_le_bytes()); // version made by
        common(&mut self.central);
        self.central.extend_from_slice(&[0; 8]); // comment length, disk, attributes
        self.central.extend_from_slice(&[0; 2]);
        self.central.extend_from_slice(&offset.to_le_bytes());
        self.central.extend_from_slice(name.as_bytes());
        self.count += 1;
        self
    }

    /// The archive: entries, central directory, end record.
    pub fn finish(&mut self) -> Vec<u8> {
        let mut out = std::mem::take(&mut self.out);
        let cd_offset = out.len() as u32;
        out.extend_from_slice(&self.central);
        out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
        out.extend_from_slice(&[0; 4]); // disk numbers
        out.extend_from_slice(&self.count.to_le_bytes());
        out.extend_from_slice(&self.count.to_le_bytes());
        out.extend_from_slice(&(self.central.len() as u32).to_le_bytes());
        out.extend_from_slice(&cd_offset.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes()); // comment length
        out
    }
}

/// Packs (path, content) parts into an archive.
pub(crate) fn pack(parts: &[(String, String)], method: Method) -> Vec<u8> {
    let mut zip = ZipWriter::default();
    for (path, content) in parts {
        zip.add(path, content.as_bytes(), method);
    }
    zip.finish()
}

const MAIN: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// The parts of a minimal workbook as Excel lays it out: one worksheet per
/// (name, sheetData content), the shared strings if any, the styles if given.
pub(crate) fn book(sheets: &[(&str, &str)], shared: &[&str], styles: Option<&str>) -> Vec<(String, String)> {
    let mut parts = Vec::new();
    parts.push((
        "[Content_Types].xml".into(),
        "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".into(),
    ));
    parts.push((
        "_rels/.rels".into(),
        format!("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{REL}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
    ));
    let mut list = String::new();
    let mut rels = String::new();
    for (i, (name, data)) in sheets.iter().enumerate() {
        let n = i + 1;
        list.push_str(&format!("<sheet name=\"{name}\" sheetId=\"{n}\" r:id=\"rId{n}\"/>"));
        rels.push_str(&format!("<Relationship Id=\"rId{n}\" Type=\"{REL}/worksheet\" Target=\"worksheets/sheet{n}.xml\"/>"));
        parts.push((
            format!("xl/worksheets/sheet{n}.xml"),
            format!("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"{MAIN}\" xmlns:r=\"{REL}\"><dimension ref=\"A1\"/><sheetData>{data}</sheetData><pageMargins left=\"0.7\"/></worksheet>"),
        ));
    }
    if !shared.is_empty() {
        let items: String = shared.iter().map(|s| format!("<si><t>{s}</t></si>")).collect();
        parts.push((
            "xl/sharedStrings.xml".into(),
            format!("<sst xmlns=\"{MAIN}\" count=\"{0}\" uniqueCount=\"{0}\">{items}</sst>", shared.len()),
        ));
        rels.push_str(&format!("<Relationship Id=\"rIdS\" Type=\"{REL}/sharedStrings\" Target=\"sharedStrings.xml\"/>"));
    }
    if let Some(styles) = styles {
        parts.push(("xl/styles.xml".into(), format!("<styleSheet xmlns=\"{MAIN}\">{styles}</styleSheet>")));
        rels.push_str(&format!("<Relationship Id=\"rIdT\" Type=\"{REL}/styles\" Target=\"styles.xml\"/>"));
    }
    parts.push((
        "xl/workbook.xml".into(),
        format!("<?xml version=\"1.0\"?>\n<workbook xmlns=\"{MAIN}\" xmlns:r=\"{REL}\"><workbookPr defaultThemeVersion=\"166925\"/><bookViews><workbookView/></bookViews><sheets>{list}</sheets></workbook>"),
    ));
    parts.push((
        "xl/_rels/workbook.xml.rels".into(),
        format!("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">{rels}</Relationships>"),
    ));
    parts
}

/// Replaces text in one part (panics if the part or the text is missing, to keep tests honest).
pub(crate) fn edit(parts: &mut [(String, String)], path: &str, from: &str, to: &str) {
    let part = parts.iter_mut().find(|(p, _)| p == path).expect("part");
    assert!(part.1.contains(from), "{path} has no {from}");
    part.1 = part.1.replace(from, to);
}
