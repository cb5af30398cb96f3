//! Every local-storage key the app uses, in one place and versioned.

/// Prefix and version of every key.
pub const PREFIX: &str = "skippertak.v1.";

/// The language the user chose with the toggle.
pub const LANG: &str = "lang";
/// The list of saved scenarios and which one was open last.
pub const INDEX: &str = "index";
/// One saved scenario record: `scenario.<id>`.
pub const SCENARIO: &str = "scenario.";
/// Unreadable data kept aside: `backup.<what>.<time>`.
pub const BACKUP: &str = "backup.";
/// The import's choices for a shape of file, `import.<shape>`, and the
/// list of shapes, `import.shapes` (see `crate::import::memory`).
pub const IMPORT: &str = "import.";

/// The full key for a name above (plus a suffix such as an id).
pub fn key(name: &str, suffix: &str) -> String {
    format!("{PREFIX}{name}{suffix}")
}

/// The key of the index.
pub fn index_key() -> String {
    key(INDEX, "")
}

/// The key of saved scenario `id`.
pub fn record_key(id: &str) -> String {
    key(SCENARIO, id)
}

/// The id in a scenario record's key, if `full_key` is one.
pub fn id_of_record_key(full_key: &str) -> Option<&str> {
    full_key.strip_prefix(PREFIX)?.strip_prefix(SCENARIO).filter(|id| !id.is_empty())
}

/// Whether `full_key` holds data kept aside.
pub fn is_backup_key(full_key: &str) -> bool {
    full_key.strip_prefix(PREFIX).is_some_and(|rest| rest.starts_with(BACKUP))
}
