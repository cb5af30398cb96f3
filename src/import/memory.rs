//! The choices made for a file, remembered for the next file of the same
//! shape (the same column names): columns, stages, the date order and
//! whether the file's own stages were used. Pure: the web layer keeps the
//! JSON in local storage, one entry per shape and a list of the shapes.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::words::fold;

/// Most file shapes remembered; the oldest is forgotten first.
pub const MAX_SHAPES: usize = 20;
/// The name the list of remembered shapes (newest first) is stored under,
/// beside the shapes' own entries (named by [`shape_key`]).
pub const SHAPES: &str = "shapes";

/// What was chosen for one shape of file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Remembered {
    /// Column index per field id ("name", "value", …); a field the user set
    /// to none is stored as `None`.
    pub columns: BTreeMap<String, Option<usize>>,
    /// Target per stage value key: a stage id as `stage:<id>`, `won` or `lost`.
    pub stages: BTreeMap<String, String>,
    /// The date order, when the user chose it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_order: Option<String>,
    /// The file's own stages were used.
    #[serde(default)]
    pub file_stages: bool,
}

/// A short key for the shape of a file: a hash of its folded column names.
pub fn shape_key(headers: &[String]) -> String {
    // FNV-1a, 64 bits: stable across builds and platforms.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for header in headers {
        for byte in fold(header).bytes().chain([0x1f]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

/// The list of shapes with `shape` moved to the front, and the shapes that
/// fell off its end (their choices are to be removed).
pub fn touch(shapes: &[String], shape: &str) -> (Vec<String>, Vec<String>) {
    let mut list: Vec<String> = std::iter::once(shape.to_string()).chain(shapes.iter().filter(|s| *s != shape).cloned()).collect();
    let dropped = if list.len() > MAX_SHAPES { list.split_off(MAX_SHAPES) } else { Vec::new() };
    (list, dropped)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_names_give_the_same_key_whatever_the_case() {
        let a = shape_key(&["Deal Name".into(), "Amount".into()]);
        let b = shape_key(&["deal name".into(), "AMOUNT".into()]);
        let c = shape_key(&["Amount".into(), "Deal Name".into()]);
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_eq!(a.len(), 16);
    }

    #[test]
    fn the_list_keeps_the_newest_twenty() {
        let shapes: Vec<String> = (0..MAX_SHAPES).map(|i| format!("s{i}")).collect();
        let (list, dropped) = touch(&shapes, "new");
        assert_eq!(list.len(), MAX_SHAPES);
        assert_eq!(list[0], "new");
        assert_eq!(dropped, vec![format!("s{}", MAX_SHAPES - 1)]);
        let (list, dropped) = touch(&list, "s3");
        assert_eq!(list[0], "s3");
        assert!(dropped.is_empty());
    }

    #[test]
    fn choices_round_trip_as_json() {
        let mut r = Remembered::default();
        r.columns.insert("value".into(), Some(3));
        r.columns.insert("owner".into(), None);
        r.stages.insert("contract".into(), "stage:commit".into());
        r.file_stages = true;
        let json = serde_json::to_string(&r).unwrap();
        assert_eq!(serde_json::from_str::<Remembered>(&json).unwrap(), r);
    }
}
