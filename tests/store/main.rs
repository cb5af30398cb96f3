//! The rules for keeping scenarios, played against an in-memory store:
//! restoring, revisions and conflicts between tabs, newer and damaged data,
//! the list and its merging, deletions, write failures, blocked storage and
//! the room the app takes.

#![cfg(not(target_arch = "wasm32"))]

mod failures;
mod start;
mod tabs;

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use skippertak::codec::{self, Record};
use skippertak::model::{Scenario, parse_scenario};
use skippertak::store::index::{self, IndexDoc, IndexEntry, Lists, Tombstone};
use skippertak::store::keys;
use skippertak::store::usage::{self, Usage};
use skippertak::store::{AfterDelete, External, KeyValue, MemoryStore, Notice, Saved, Shelf};

type Shared = Rc<RefCell<MemoryStore>>;

const DAY: u64 = 24 * 60 * 60 * 1000;
const T0: u64 = 1_764_000_000_000;

fn demo() -> Scenario {
    parse_scenario(include_str!("../../src/demo.json")).expect("demo is valid")
}

fn named(name: &str, target: f64) -> Scenario {
    let mut s = demo();
    s.name = name.to_string();
    s.target = target;
    s
}

fn shared_store() -> Shared {
    Rc::new(RefCell::new(MemoryStore::new()))
}

/// A tab that has started on `store` and shows what `restore` gave.
fn tab(store: &Shared, id: &str, now: u64) -> (Shelf<Shared>, Scenario) {
    let mut shelf = Shelf::new(Some(store.clone()));
    let shown = shelf.restore(demo(), id.to_string(), now);
    (shelf, shown)
}

fn dump(store: &Shared) -> BTreeMap<String, String> {
    store.borrow().entries()
}

fn stored_index(store: &Shared) -> IndexDoc {
    match index::read_index(store.get(&keys::index_key()).as_deref()) {
        index::ReadIndex::Read(doc) => doc,
        other => panic!("no readable index: {other:?}"),
    }
}

fn names(store: &Shared) -> Vec<String> {
    let mut names: Vec<String> = stored_index(store).scenarios.into_iter().map(|e| e.name).collect();
    names.sort();
    names
}

fn sorted(mut names: Vec<String>) -> Vec<String> {
    names.sort();
    names
}

fn put_record(store: &Shared, id: &str, rev: u64, saved_at: u64, scenario: &Scenario) {
    let record = Record { rev, saved_at: saved_at as f64, scenario: scenario.clone() };
    store.borrow_mut().set(&keys::record_key(id), &codec::to_record(&record)).unwrap();
}

fn put_index(store: &Shared, current: &str, entries: &[(&str, &str)]) {
    let doc = IndexDoc {
        schema: 1,
        current: Some(current.to_string()),
        scenarios: entries.iter().map(|(id, name)| IndexEntry { id: id.to_string(), name: name.to_string(), at: 0 }).collect(),
        deleted: Vec::new(),
    };
    store.borrow_mut().set(&keys::index_key(), &doc.to_text()).unwrap();
}

fn backups(store: &Shared) -> Vec<String> {
    dump(store).into_iter().filter(|(k, _)| keys::is_backup_key(k)).map(|(_, v)| v).collect()
}
