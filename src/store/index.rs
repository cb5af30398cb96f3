//! The list of saved scenarios as stored: entries, which one was open last,
//! and recent deletions. Tabs merge their lists rather than replace them:
//! entries are united by id (the newer name wins) and a deletion is kept as
//! a tombstone, so another tab's next save does not bring it back.

use serde_json::{Value, json};

use super::keys;
use super::kv::KeyValue;

/// Schema of the index this build writes. The fields added since (`at`,
/// `deleted`) are optional, and older builds ignore fields they do not know.
pub const INDEX_SCHEMA: u64 = 1;
/// How long a deletion is remembered (ms): longer than any tab stays open unsaved.
pub const TOMBSTONE_TTL_MS: u64 = 30 * 24 * 60 * 60 * 1000;
/// At most this many deletions are remembered.
pub const MAX_TOMBSTONES: usize = 200;

/// One saved scenario in the list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IndexEntry {
    /// The scenario's id, which also names its record.
    pub id: String,
    /// The name shown in the list.
    pub name: String,
    /// When the entry was added or renamed (ms since the epoch); 0 when unknown.
    pub at: u64,
}

/// A deleted scenario, remembered so that other tabs' lists drop it too.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tombstone {
    /// The id of the deleted scenario.
    pub id: String,
    /// When it was deleted (ms since the epoch).
    pub at: u64,
}

/// The index as stored: `{schema, current, scenarios: [{id, name, at}],
/// deleted: [{id, at}]}`. Read and written through `serde_json::Value`,
/// which the page already carries for the records, rather than with code
/// of its own from serde's derive.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct IndexDoc {
    /// The format version the index was written with.
    pub schema: u64,
    /// The id of the scenario open last, if any.
    pub current: Option<String>,
    /// The saved scenarios, in list order.
    pub scenarios: Vec<IndexEntry>,
    /// Recent deletions, for other tabs to follow.
    pub deleted: Vec<Tombstone>,
}

/// What the stored index text gave.
#[derive(Clone, Debug, PartialEq)]
pub enum ReadIndex {
    /// No index is stored.
    Absent,
    /// A readable index of this build's schema.
    Read(IndexDoc),
    /// Written by a newer version: readable as far as this build knows it.
    Newer(IndexDoc),
    /// Not readable; the tombstones that could still be read from it.
    Damaged {
        /// The stored text, kept so it can be backed up.
        raw: String,
        /// The tombstones that could still be read.
        deleted: Vec<Tombstone>,
    },
}

impl IndexDoc {
    /// Serialises the index as JSON text for storage.
    pub fn to_text(&self) -> String {
        let scenarios: Vec<Value> = self.scenarios.iter().map(|e| json!({ "id": e.id, "name": e.name, "at": e.at })).collect();
        let deleted: Vec<Value> = self.deleted.iter().map(|t| json!({ "id": t.id, "at": t.at })).collect();
        json!({ "schema": self.schema, "current": self.current, "scenarios": scenarios, "deleted": deleted }).to_string()
    }

    /// The document in `value`; `None` unless every field this build knows
    /// has its shape (`at` and `deleted` may be missing: older builds).
    fn from_value(value: &Value) -> Option<IndexDoc> {
        let current = match value.get("current") {
            None | Some(Value::Null) => None,
            Some(id) => Some(id.as_str()?.to_string()),
        };
        let scenarios = value.get("scenarios")?.as_array()?.iter().map(entry_of).collect::<Option<Vec<_>>>()?;
        Some(IndexDoc { schema: value.get("schema")?.as_u64()?, current, scenarios, deleted: tombstones_of(value)? })
    }

    /// The list and deletions, without `current` (which is each tab's own).
    pub fn lists(&self) -> Lists {
        Lists { scenarios: self.scenarios.clone(), deleted: self.deleted.clone() }
    }
}

fn entry_of(value: &Value) -> Option<IndexEntry> {
    let at = match value.get("at") {
        None => 0,
        Some(at) => at.as_u64()?,
    };
    Some(IndexEntry { id: value.get("id")?.as_str()?.to_string(), name: value.get("name")?.as_str()?.to_string(), at })
}

fn tombstones_of(value: &Value) -> Option<Vec<Tombstone>> {
    let Some(deleted) = value.get("deleted") else { return Some(Vec::new()) };
    let tombstone = |t: &Value| Some(Tombstone { id: t.get("id")?.as_str()?.to_string(), at: t.get("at")?.as_u64()? });
    deleted.as_array()?.iter().map(tombstone).collect()
}

/// Reads index text (`None`: nothing stored).
pub fn read_index(text: Option<&str>) -> ReadIndex {
    let Some(text) = text else { return ReadIndex::Absent };
    let damaged = |deleted| ReadIndex::Damaged { raw: text.to_string(), deleted };
    let Ok(value) = serde_json::from_str::<Value>(text) else { return damaged(Vec::new()) };
    let doc = IndexDoc::from_value(&value);
    match value.get("schema").and_then(Value::as_u64) {
        // A newer schema may have changed a field's shape: say "newer", not "damaged".
        Some(schema) if schema > INDEX_SCHEMA => ReadIndex::Newer(doc.unwrap_or(IndexDoc { schema, ..IndexDoc::default() })),
        _ => match doc {
            Some(doc) => ReadIndex::Read(doc),
            None => damaged(tombstones_of(&value).unwrap_or_default()),
        },
    }
}

/// A list of scenarios and the deletions that go with it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Lists {
    /// The scenarios, in list order.
    pub scenarios: Vec<IndexEntry>,
    /// The deletions that go with them.
    pub deleted: Vec<Tombstone>,
}

impl Lists {
    /// Whether both hold the same entries and deletions, in any order (ids
    /// are unique within a list; the lists are short).
    pub fn same_as(&self, other: &Lists) -> bool {
        self.scenarios.len() == other.scenarios.len()
            && self.deleted.len() == other.deleted.len()
            && self.scenarios.iter().all(|e| other.scenarios.contains(e))
            && self.deleted.iter().all(|t| other.deleted.contains(t))
    }

    /// Whether `id` was deleted and not added again since.
    pub fn is_deleted(&self, id: &str) -> bool {
        self.deleted.iter().any(|t| t.id == id) && !self.scenarios.iter().any(|e| e.id == id)
    }
}

/// Joins two tabs' lists. Entries are united by id, the later change of an
/// entry winning (the greater name on a tie, so both tabs agree); a deletion
/// removes every entry of its id not changed after it. The stored order
/// comes first, then what only `mine` has.
pub fn merge(mine: &Lists, stored: &Lists) -> Lists {
    let mut deleted: Vec<Tombstone> = Vec::new();
    for tombstone in stored.deleted.iter().chain(&mine.deleted) {
        match deleted.iter_mut().find(|t| t.id == tombstone.id) {
            Some(known) => known.at = known.at.max(tombstone.at),
            None => deleted.push(tombstone.clone()),
        }
    }
    let mut scenarios: Vec<IndexEntry> = Vec::new();
    for entry in stored.scenarios.iter().chain(&mine.scenarios) {
        match scenarios.iter_mut().find(|e| e.id == entry.id) {
            Some(known) => {
                if (entry.at, &entry.name) > (known.at, &known.name) {
                    *known = entry.clone();
                }
            }
            None => scenarios.push(entry.clone()),
        }
    }
    scenarios.retain(|e| deleted.iter().all(|t| t.id != e.id || e.at > t.at));
    deleted.retain(|t| scenarios.iter().all(|e| e.id != t.id));
    Lists { scenarios, deleted }
}

/// Forgets deletions older than [`TOMBSTONE_TTL_MS`] and beyond the newest
/// [`MAX_TOMBSTONES`].
pub fn prune(deleted: &mut Vec<Tombstone>, now: u64) {
    deleted.retain(|t| t.at.saturating_add(TOMBSTONE_TTL_MS) >= now);
    // At most one over the limit per deletion: dropping the oldest one by one is cheap.
    while deleted.len() > MAX_TOMBSTONES {
        let oldest = deleted.iter().enumerate().min_by_key(|(_, t)| t.at).map_or(0, |(i, _)| i);
        deleted.remove(oldest);
    }
}

/// The list made again from the scenario records in `store`, for when the
/// stored list is lost or damaged: every record not deleted, named as the
/// record names it (empty when it cannot be read), oldest save first.
pub fn rebuild(store: &impl KeyValue, deleted: &[Tombstone]) -> Vec<IndexEntry> {
    let mut found: Vec<IndexEntry> = Vec::new();
    for key in store.keys() {
        let Some(id) = keys::id_of_record_key(&key) else { continue };
        if deleted.iter().any(|t| t.id == id) {
            continue;
        }
        let (name, at) = peek_record(store.get(&key).as_deref().unwrap_or_default());
        let entry = IndexEntry { id: id.to_string(), name, at };
        // Kept in order of save as they come (a few at most; no sort routine in the wasm).
        let place = found.iter().position(|e| (e.at, &e.id) > (entry.at, &entry.id)).unwrap_or(found.len());
        found.insert(place, entry);
    }
    found
}

/// The name and save time a record's text shows, read leniently (from
/// damaged or newer records too, as far as they go).
fn peek_record(text: &str) -> (String, u64) {
    let Ok(value) = serde_json::from_str::<Value>(text) else { return (String::new(), 0) };
    // A record wraps the document; a bare document (the oldest records) is one.
    let document = value.get("scenario").unwrap_or(&value);
    let name = document.get("name").and_then(Value::as_str).unwrap_or_default().to_string();
    let saved_at = value.get("saved_at").and_then(Value::as_f64).filter(|t| t.is_finite() && *t >= 0.0).unwrap_or(0.0);
    (name, saved_at as u64)
}

/// A name for a copy of `name` that no entry has: `name (suffix)`, then
/// `name (suffix 2)`, … within `max_chars`.
pub fn copy_name(name: &str, suffix: &str, taken: &[IndexEntry], max_chars: usize) -> String {
    let base = name.trim();
    (1..)
        .map(|n| {
            let tail = if n == 1 { format!(" ({suffix})") } else { format!(" ({suffix} {n})") };
            let room = max_chars.saturating_sub(tail.chars().count());
            let head: String = base.chars().take(room).collect();
            format!("{}{tail}", head.trim_end()).trim_start().to_string()
        })
        .find(|candidate| taken.iter().all(|e| e.name != *candidate))
        .unwrap_or_default()
}
