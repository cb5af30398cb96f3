//! The zip container of an .xlsx, read from memory: the end-of-central-
//! directory record, the central directory, local headers, and stored or
//! deflated entries. An .xlsx needs nothing more, so this is written out here
//! instead of pulling in a zip crate with its own inflater.
//!
//! Sizes and offsets come from the central directory, which is written after
//! the data and so is right even when the local headers defer their sizes to
//! a data descriptor.

use super::WorkbookError;

const END_SIGNATURE: u32 = 0x0605_4b50;
const ZIP64_LOCATOR_SIGNATURE: u32 = 0x0706_4b50;
const CENTRAL_SIGNATURE: u32 = 0x0201_4b50;
const LOCAL_SIGNATURE: u32 = 0x0403_4b50;
const END_LEN: usize = 22;
const CENTRAL_LEN: usize = 46;
const LOCAL_LEN: usize = 30;
/// The longest comment that can follow the end record.
const MAX_COMMENT: usize = 0xFFFF;

/// One file in the archive, as the central directory describes it.
#[derive(Debug)]
pub(crate) struct Entry {
    /// The path inside the archive, with `/` separators and no leading `/`.
    pub name: String,
    method: u16,
    crc: u32,
    compressed: usize,
    /// The unpacked size the archive declares; inflating never goes past it.
    pub size: usize,
    offset: usize,
    encrypted: bool,
}

/// An archive held in memory together with its list of entries.
pub(crate) struct Archive {
    data: Vec<u8>,
    entries: Vec<Entry>,
}

fn u16_at(data: &[u8], at: usize) -> Option<u16> {
    let b = data.get(at..at.checked_add(2)?)?;
    Some(u16::from_le_bytes([b[0], b[1]]))
}

fn u32_at(data: &[u8], at: usize) -> Option<u32> {
    let b = data.get(at..at.checked_add(4)?)?;
    Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

/// Where the end-of-central-directory record starts: the last signature whose
/// comment length reaches exactly to the end of the data, else (bytes appended
/// after the archive) the last signature at all.
fn find_end(data: &[u8]) -> Option<usize> {
    let last = data.len().checked_sub(END_LEN)?;
    let window = last.saturating_sub(MAX_COMMENT)..=last;
    let exact = |at: usize| u16_at(data, at + 20).map(usize::from) == Some(data.len() - at - END_LEN);
    let mut found = window.rev().filter(|&at| u32_at(data, at) == Some(END_SIGNATURE));
    let first = found.next()?;
    if exact(first) { Some(first) } else { found.find(|&at| exact(at)).or(Some(first)) }
}

impl Archive {
    /// Reads the directory of a zip archive (the bytes are copied once, so the
    /// workbook can outlive the caller's buffer).
    pub fn parse(bytes: &[u8]) -> Result<Archive, WorkbookError> {
        let Some(end) = find_end(bytes) else {
            // A local header at the start but no directory: a cut-off download.
            return Err(if u32_at(bytes, 0) == Some(LOCAL_SIGNATURE) { WorkbookError::Damaged } else { WorkbookError::NotAWorkbook });
        };
        let field16 = |at: usize| u16_at(bytes, end + at).ok_or(WorkbookError::Damaged);
        let field32 = |at: usize| u32_at(bytes, end + at).ok_or(WorkbookError::Damaged);
        let (disk, cd_disk, disk_entries, count) = (field16(4)?, field16(6)?, field16(8)?, field16(10)?);
        let (cd_size, cd_offset) = (field32(12)?, field32(16)?);
        let zip64_locator = end >= 20 && u32_at(bytes, end - 20) == Some(ZIP64_LOCATOR_SIGNATURE);
        if zip64_locator || count == 0xFFFF || cd_size == u32::MAX || cd_offset == u32::MAX {
            return Err(WorkbookError::Unsupported);
        }
        if disk != 0 || cd_disk != 0 || disk_entries != count {
            return Err(WorkbookError::Unsupported); // split across several files
        }
        let (cd_offset, cd_size) = (cd_offset as usize, cd_size as usize);
        let directory = cd_offset.checked_add(cd_size).filter(|&e| e <= end).and_then(|e| bytes.get(cd_offset..e));
        let directory = directory.ok_or(WorkbookError::Damaged)?;
        // The declared count is only trusted as far as the directory can hold it.
        let mut entries = Vec::with_capacity(usize::from(count).min(cd_size / CENTRAL_LEN));
        let mut at = 0;
        for _ in 0..count {
            let (entry, next) = parse_central(directory, at)?;
            entries.push(entry);
            at = next;
        }
        Ok(Archive { data: bytes.to_vec(), entries })
    }

    /// The entry with this name; part names are case-insensitive in OOXML.
    pub fn find(&self, name: &str) -> Option<&Entry> {
        let name = name.trim_start_matches('/');
        self.entries.iter().find(|e| e.name.eq_ignore_ascii_case(name))
    }

    /// Unpacks an entry. `budget` is what may still be unpacked: the entry's
    /// declared size must fit in it, inflating stops at the declared size (so a
    /// lying header cannot make a bomb), and the size used is taken off it.
    pub fn read(&self, entry: &Entry, budget: &mut usize) -> Result<Vec<u8>, WorkbookError> {
        if entry.size > *budget {
            return Err(WorkbookError::TooBig);
        }
        let out = match self.unpack(entry, entry.size)? {
            (out, true) => out,
            (_, false) => return Err(WorkbookError::Damaged), // more data than declared
        };
        if out.len() != entry.size || crc32(&out) != entry.crc {
            return Err(WorkbookError::Damaged);
        }
        *budget -= out.len();
        Ok(out)
    }

    /// Unpacks at most `max` bytes of an entry: the bytes, and whether that was
    /// all of it. Used to peek at the start of a sheet without unpacking it all.
    pub fn read_prefix(&self, entry: &Entry, max: usize) -> Result<(Vec<u8>, bool), WorkbookError> {
        self.unpack(entry, max.min(entry.size))
    }

    fn unpack(&self, entry: &Entry, max: usize) -> Result<(Vec<u8>, bool), WorkbookError> {
        if entry.encrypted {
            return Err(WorkbookError::LegacyOrEncrypted);
        }
        let at = entry.offset;
        if u32_at(&self.data, at) != Some(LOCAL_SIGNATURE) {
            return Err(WorkbookError::Damaged);
        }
        let name_len = u16_at(&self.data, at + 26).ok_or(WorkbookError::Damaged)?;
        let extra_len = u16_at(&self.data, at + 28).ok_or(WorkbookError::Damaged)?;
        let start = at + LOCAL_LEN + usize::from(name_len) + usize::from(extra_len);
        let packed = start.checked_add(entry.compressed).and_then(|end| self.data.get(start..end)).ok_or(WorkbookError::Damaged)?;
        match entry.method {
            0 if entry.compressed != entry.size => Err(WorkbookError::Damaged),
            0 => Ok((packed[..max].to_vec(), max == entry.size)),
            // An empty deflated entry needs no inflater (and a zero-sized output
            // buffer would make it report "more output").
            8 if max == 0 => Ok((Vec::new(), entry.size == 0)),
            8 => match miniz_oxide::inflate::decompress_to_vec_with_limit(packed, max) {
                Ok(out) => Ok((out, true)),
                Err(e) if e.status == miniz_oxide::inflate::TINFLStatus::HasMoreOutput => Ok((e.output, false)),
                Err(_) => Err(WorkbookError::Damaged),
            },
            _ => Err(WorkbookError::Unsupported),
        }
    }
}

/// One central directory record at `at`: the entry, and where the next starts.
fn parse_central(dir: &[u8], at: usize) -> Result<(Entry, usize), WorkbookError> {
    let damaged = WorkbookError::Damaged;
    if u32_at(dir, at) != Some(CENTRAL_SIGNATURE) {
        return Err(damaged);
    }
    let f16 = |off: usize| u16_at(dir, at + off).map(usize::from).ok_or(damaged);
    let f32 = |off: usize| u32_at(dir, at + off).ok_or(damaged);
    let (flags, method) = (f16(8)?, f16(10)?);
    let (crc, compressed, size) = (f32(16)?, f32(20)?, f32(24)?);
    let (name_len, extra_len, comment_len) = (f16(28)?, f16(30)?, f16(32)?);
    let offset = f32(42)?;
    if compressed == u32::MAX || size == u32::MAX || offset == u32::MAX {
        return Err(WorkbookError::Unsupported); // sizes moved to a ZIP64 extra field
    }
    let name_start = at + CENTRAL_LEN;
    let name = dir.get(name_start..name_start + name_len).ok_or(damaged)?;
    let next = name_start + name_len + extra_len + comment_len;
    if next > dir.len() {
        return Err(damaged);
    }
    // Some writers use backslashes or a leading slash; OPC part names have neither.
    let name = String::from_utf8_lossy(name).replace('\\', "/").trim_start_matches('/').to_string();
    let entry = Entry {
        name,
        method: method as u16,
        crc,
        compressed: compressed as usize,
        size: size as usize,
        offset: offset as usize,
        encrypted: flags & 1 != 0,
    };
    Ok((entry, next))
}

/// The CRC-32 table (IEEE polynomial), built at compile time.
const CRC_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
            k += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
};

/// CRC-32 as zip uses it; catches damage that inflating alone would miss
/// (stored entries, flipped bits in literals).
pub(crate) fn crc32(data: &[u8]) -> u32 {
    !data.iter().fold(!0u32, |c, &b| CRC_TABLE[((c ^ u32::from(b)) & 0xFF) as usize] ^ (c >> 8))
}
