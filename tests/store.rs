//! The rules for keeping scenarios, played against an in-memory store:
//! restoring, revisions and conflicts between tabs, newer and damaged data,
//! the list and its merging, deletions, write failures, blocked storage and
//! the room the app takes.

#![cfg(not(target_arch = "wasm32"))]

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
    parse_scenario(include_str!("../src/demo.json")).expect("demo is valid")
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
    store.borrow().entries().clone()
}

fn stored_index(store: &Shared) -> IndexDoc {
    serde_json::from_str(&store.get(&keys::index_key()).expect("an index")).expect("a readable index")
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

// ------------------------------------------------------------ start and save

#[test]
fn a_first_visit_shows_the_demo_and_saves_it_once_asked() {
    let store = shared_store();
    let (mut shelf, shown) = tab(&store, "a", T0);
    assert_eq!(shown, demo());
    assert!(dump(&store).is_empty(), "restoring writes nothing");
    assert_eq!(shelf.save_work(&shown, T0), Saved::Skipped, "the untouched demo is not the user's work");
    assert_eq!(shelf.save(&shown, T0), Saved::Written { key: keys::record_key("a") });
    assert_eq!(names(&store), sorted(vec![demo().name]));
    assert_eq!(shelf.save(&shown, T0 + 1), Saved::Skipped, "nothing new to save");
    assert_eq!(shelf.save_work(&shown, T0 + 2), Saved::Skipped);
    assert!(!shelf.at_risk(&shown));
    assert!(matches!(shelf.save_work(&named("Edited", 1.0), T0 + 3), Saved::Written { .. }));
}

#[test]
fn a_reload_opens_the_scenario_open_last_with_its_revision() {
    let store = shared_store();
    let (mut shelf, _) = tab(&store, "a", T0);
    shelf.save(&named("Plan A", 1e6), T0);
    shelf.create("b".into(), &named("Plan B", 2e6), T0 + 1);
    shelf.save(&named("Plan B", 3e6), T0 + 2);
    let (again, shown) = tab(&store, "unused", T0 + 3);
    assert_eq!(shown, named("Plan B", 3e6));
    assert_eq!(again.current(), Some("b"));
    let record = codec::from_record(&store.get(&keys::record_key("b")).unwrap()).unwrap();
    assert_eq!(record.rev, 2);
}

// ------------------------------------------------------------ two tabs, one scenario

#[test]
fn a_newer_revision_from_another_tab_is_never_overwritten() {
    let store = shared_store();
    let (mut one, _) = tab(&store, "a", T0);
    one.save(&named("Plan", 1e6), T0);
    let (mut two, _) = tab(&store, "x", T0 + 1);
    assert_eq!(two.save(&named("Plan", 2e6), T0 + 2), Saved::Written { key: keys::record_key("a") });
    // Tab one did not hear of it yet and saves its own change.
    let before = dump(&store);
    assert_eq!(one.save(&named("Plan", 3e6), T0 + 3), Saved::Conflict);
    assert_eq!(dump(&store), before, "a conflict writes nothing");
    assert!(one.notices().contains(&Notice::Conflict));
    assert!(one.at_risk(&named("Plan", 3e6)), "closing would lose this tab's version");
    // Keeping mine writes over theirs, as a newer revision.
    assert!(matches!(one.keep_mine(&named("Plan", 3e6), T0 + 4), Saved::Written { .. }));
    assert_eq!(two.peek("a").unwrap().target, 3e6);
    assert!(!one.at_risk(&named("Plan", 3e6)));
}

#[test]
fn taking_the_other_tabs_version_shows_it() {
    let store = shared_store();
    let (mut one, _) = tab(&store, "a", T0);
    one.save(&named("Plan", 1e6), T0);
    let (mut two, _) = tab(&store, "x", T0);
    two.save(&named("Plan", 2e6), T0 + 1);
    one.save(&named("Plan", 3e6), T0 + 2);
    assert_eq!(one.take_theirs(T0 + 3), Some(named("Plan", 2e6)));
    assert!(!one.notices().contains(&Notice::Conflict));
}

#[test]
fn another_tabs_save_is_followed_or_reported() {
    let store = shared_store();
    let (mut one, _) = tab(&store, "a", T0);
    one.save(&named("Plan", 1e6), T0);
    let (mut two, _) = tab(&store, "x", T0);
    two.save(&named("Plan", 2e6), T0 + 1);
    let key = keys::record_key("a");
    // No work of its own: the other version is shown.
    let shown = one.external_change(Some(&key), &named("Plan", 1e6), false, T0 + 2);
    assert_eq!(shown, External::Show(named("Plan", 2e6)));
    assert!(one.notices().contains(&Notice::UpdatedElsewhere));
    // With unsaved work: a conflict, the work stays on screen.
    two.save(&named("Plan", 4e6), T0 + 3);
    assert_eq!(one.external_change(Some(&key), &named("Plan", 5e6), false, T0 + 4), External::Nothing);
    assert!(one.notices().contains(&Notice::Conflict));
    // A save due soon counts as work too.
    let (mut three, _) = tab(&store, "y", T0);
    two.save(&named("Plan", 6e6), T0 + 5);
    assert_eq!(three.external_change(Some(&key), &named("Plan", 4e6), true, T0 + 6), External::Nothing);
    assert!(three.notices().contains(&Notice::Conflict));
}

#[test]
fn a_save_replaced_by_one_made_at_the_same_moment_is_reported() {
    let store = shared_store();
    let (mut one, _) = tab(&store, "a", T0);
    one.save(&named("Plan", 1e6), T0);
    let (mut two, _) = tab(&store, "x", T0);
    // Both save revision 2 at once; storage keeps two's.
    one.save(&named("Plan", 2e6), T0 + 1);
    put_record(&store, "a", 2, T0 + 1, &named("Plan", 7e6));
    one.verify(&keys::record_key("a"));
    assert!(one.notices().contains(&Notice::Conflict));
    two.verify(&keys::record_key("a"));
    assert!(two.notices().is_empty());
}

// ------------------------------------------------------------ newer and damaged data

#[test]
fn newer_data_is_read_only_and_nothing_is_ever_written() {
    let store = shared_store();
    put_index(&store, "n1", &[("n1", "Newer"), ("ok", "Older")]);
    store
        .borrow_mut()
        .set(&keys::record_key("n1"), r#"{"schema":2,"rev":9,"scenario":{"format":"skippertak.scenario","version":2}}"#)
        .unwrap();
    put_record(&store, "ok", 1, T0, &named("Older", 1e6));
    let before = dump(&store);
    let (mut shelf, shown) = tab(&store, "fresh", T0);
    assert_eq!(shown, demo());
    assert!(shelf.read_only() && shelf.notices().contains(&Notice::NewerData));
    assert_eq!(shelf.save(&named("Edited", 9e6), T0 + 1), Saved::Skipped);
    assert_eq!(shelf.create("c".into(), &named("New", 1e6), T0 + 2), Saved::Skipped);
    assert_eq!(shelf.delete("ok", T0 + 3), None);
    assert_eq!(shelf.switch_to("ok", T0 + 4), Some(named("Older", 1e6)));
    assert_eq!(shelf.save(&named("Older", 5e6), T0 + 5), Saved::Skipped);
    assert!(shelf.at_risk(&named("Older", 5e6)), "unsaved work in a read-only tab would be lost");
    assert!(!shelf.at_risk(&named("Older", 1e6)));
    assert_eq!(dump(&store), before);
}

#[test]
fn a_newer_index_makes_the_tab_read_only() {
    let store = shared_store();
    store.borrow_mut().set(&keys::index_key(), r#"{"schema":2,"lists":{}}"#).unwrap();
    let before = dump(&store);
    let (mut shelf, shown) = tab(&store, "a", T0);
    assert!(shelf.read_only());
    assert_eq!(shelf.save(&named("x", 1.0), T0), Saved::Skipped);
    assert!(!shelf.at_risk(&shown), "the untouched demo is nobody's work");
    assert_eq!(dump(&store), before);
}

#[test]
fn a_damaged_record_is_kept_aside_once_and_left_as_it_is() {
    let store = shared_store();
    let corrupt = r#"{"schema":1,"rev":3,"scenario":{"format":"skippertak.scenario","version":1,"target":"lots"}"#;
    put_index(&store, "x1", &[("x1", "Mine")]);
    store.borrow_mut().set(&keys::record_key("x1"), corrupt).unwrap();
    let before = dump(&store);
    let (mut shelf, shown) = tab(&store, "fresh", T0);
    assert_eq!(shown, demo());
    let backup_key = match &shelf.notices()[0] {
        Notice::Unreadable { raw, backup_key: Some(key) } if raw == corrupt => key.clone(),
        other => panic!("unexpected notice {other:?}"),
    };
    let mut expected = before.clone();
    expected.insert(backup_key.clone(), corrupt.to_string());
    assert_eq!(dump(&store), expected, "only the copy was added");
    // Nothing to save until the user changes the demo; opening it again keeps no second copy.
    assert_eq!(shelf.save(&shown, T0 + 1), Saved::Skipped);
    assert!(!shelf.at_risk(&shown));
    assert_eq!(shelf.switch_to("x1", T0 + 2), None);
    assert_eq!(backups(&store), vec![corrupt.to_string()]);
    assert_eq!(dump(&store), expected);
    // The first change is saved as a scenario of its own; the damaged one stays.
    assert!(matches!(shelf.save(&named("Demo edited", 1e6), T0 + 3), Saved::Written { .. }));
    assert_eq!(store.get(&keys::record_key("x1")).as_deref(), Some(corrupt));
    assert_eq!(names(&store), sorted(vec!["Demo edited".to_string(), "Mine".to_string()]));
}

#[test]
fn a_damaged_index_is_rebuilt_from_the_records_and_kept_aside() {
    let store = shared_store();
    put_record(&store, "a", 3, T0, &named("Q3 plan", 1e6));
    put_record(&store, "b", 1, T0 + 5, &named("Q4 plan", 2e6));
    store.borrow_mut().set(&keys::record_key("c"), "{damaged").unwrap();
    put_record(&store, "gone", 1, T0, &named("Deleted one", 3e6));
    // Damaged, but its deletions can still be read.
    let damaged = r#"{"schema":1,"current":"a","scenarios":[{"id":"a"}],"deleted":[{"id":"gone","at":1764000000001}]}"#;
    store.borrow_mut().set(&keys::index_key(), damaged).unwrap();
    let (shelf, shown) = tab(&store, "fresh", T0 + 10);
    assert_eq!(shown, named("Q4 plan", 2e6), "the latest save opens");
    match &shelf.notices()[0] {
        Notice::IndexRebuilt { count: 3, raw, backup_key: Some(key) } => {
            assert_eq!(raw, damaged);
            assert_eq!(store.get(key).as_deref(), Some(damaged));
        }
        other => panic!("unexpected notice {other:?}"),
    }
    let doc = stored_index(&store);
    let ids: Vec<&str> = doc.scenarios.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, vec!["c", "a", "b"], "every record but the deleted one, oldest save first");
    assert_eq!(doc.scenarios[1].name, "Q3 plan");
    assert_eq!(doc.deleted, vec![Tombstone { id: "gone".into(), at: 1_764_000_000_001 }]);
    assert_eq!(doc.current.as_deref(), Some("b"));
}

#[test]
fn records_without_any_index_are_listed_again() {
    let store = shared_store();
    put_record(&store, "a", 1, T0, &named("Orphan", 1e6));
    let (shelf, shown) = tab(&store, "fresh", T0);
    assert_eq!(shown, named("Orphan", 1e6));
    assert_eq!(shelf.index().iter().map(|e| e.name.as_str()).collect::<Vec<_>>(), vec!["Orphan"]);
}

// ------------------------------------------------------------ the list between tabs

#[test]
fn two_tabs_creating_at_once_both_keep_their_scenario() {
    let store = shared_store();
    let (mut one, shown) = tab(&store, "a", T0);
    one.save(&shown, T0);
    let (mut two, _) = tab(&store, "x", T0);
    one.create("b".into(), &named("From one", 1e6), T0 + 1);
    // Tab two has not heard of it and writes its list.
    two.create("c".into(), &named("From two", 2e6), T0 + 1);
    assert_eq!(names(&store), sorted(vec![demo().name, "From one".into(), "From two".into()]));
    // Tab one's next write keeps two's scenario as well.
    one.save(&named("From one", 5e6), T0 + 2);
    assert_eq!(names(&store).len(), 3);
}

#[test]
fn a_rename_wins_over_an_older_rename_in_another_tab() {
    let store = shared_store();
    let (mut one, shown) = tab(&store, "a", T0);
    one.save(&shown, T0);
    let (mut two, _) = tab(&store, "x", T0);
    one.save(&named("Renamed early", 1.0), T0 + 1);
    // Two's write merges; its copy of the entry is older.
    two.create("c".into(), &named("Other", 2.0), T0 + 2);
    assert_eq!(names(&store), sorted(vec!["Other".to_string(), "Renamed early".into()]));
    let doc = stored_index(&store);
    assert_eq!(doc.scenarios[0].at, T0 + 1);
}

#[test]
fn a_deleted_scenario_does_not_come_back_when_another_tab_saves() {
    let store = shared_store();
    let (mut one, shown) = tab(&store, "a", T0);
    one.save(&shown, T0);
    one.create("b".into(), &named("Doomed", 1e6), T0 + 1);
    one.create("c".into(), &named("Working", 2e6), T0 + 2);
    let (mut two, _) = tab(&store, "x", T0 + 3);
    assert_eq!(two.current(), Some("c"));
    assert_eq!(one.delete("b", T0 + 4), Some(AfterDelete::Stay));
    // Tab two still lists it and saves a change to another scenario.
    assert!(two.index().iter().any(|e| e.id == "b"));
    two.save(&named("Working", 3e6), T0 + 5);
    assert_eq!(names(&store), sorted(vec![demo().name, "Working".to_string()]));
    assert!(store.get(&keys::record_key("b")).is_none());
    assert!(!two.index().iter().any(|e| e.id == "b"), "two's list follows");
    // A rebuild after damage does not bring it back either.
    put_record(&store, "b", 1, T0 + 6, &named("Doomed", 1e6));
    let text = store.get(&keys::index_key()).unwrap();
    let damaged_but_readable_deletions = text.replacen("\"scenarios\":[", "\"scenarios\":[1,", 1);
    store.borrow_mut().set(&keys::index_key(), &damaged_but_readable_deletions).unwrap();
    let (three, _) = tab(&store, "y", T0 + 7);
    assert!(!three.index().iter().any(|e| e.id == "b"));
}

#[test]
fn deleting_and_undoing_survives_the_other_tabs_list() {
    let store = shared_store();
    let (mut one, shown) = tab(&store, "a", T0);
    one.save(&shown, T0);
    one.create("b".into(), &named("Kept after all", 1e6), T0 + 1);
    let (mut two, _) = tab(&store, "x", T0 + 2);
    let Some(AfterDelete::Show(next)) = one.delete("b", T0 + 3) else { panic!("the next scenario opens") };
    assert_eq!(next, demo());
    let (entry, record) = match one.notices().last() {
        Some(Notice::Deleted { entry, record }) => (entry.clone(), record.clone()),
        other => panic!("unexpected notice {other:?}"),
    };
    // The other tab merges the deletion…
    assert_eq!(two.external_change(Some(&keys::index_key()), &named("Kept after all", 1e6), false, T0 + 4), External::Show(demo()));
    assert!(two.notices().contains(&Notice::DeletedElsewhere { name: "Kept after all".into(), kept: false }));
    // …and the undo, later, wins over the deletion everywhere.
    assert_eq!(one.undo_delete(&entry, &record, T0 + 5), Some(named("Kept after all", 1e6)));
    assert!(!one.notices().iter().any(|n| matches!(n, Notice::Deleted { .. })));
    two.external_change(Some(&keys::index_key()), &demo(), false, T0 + 6);
    two.save(&named(&demo().name, 42.0), T0 + 7);
    assert_eq!(names(&store), sorted(vec![demo().name, "Kept after all".to_string()]));
    assert!(stored_index(&store).deleted.is_empty());
}

#[test]
fn a_scenario_deleted_elsewhere_while_edited_here_is_kept() {
    let store = shared_store();
    let (mut one, shown) = tab(&store, "a", T0);
    one.save(&shown, T0);
    one.create("b".into(), &named("Busy", 1e6), T0 + 1);
    let (mut two, _) = tab(&store, "x", T0 + 2);
    two.switch_to("a", T0 + 2);
    two.delete("b", T0 + 3);
    let event = one.external_change(Some(&keys::index_key()), &named("Busy", 9e6), false, T0 + 4);
    assert_eq!(event, External::Nothing);
    assert!(one.notices().contains(&Notice::DeletedElsewhere { name: "Busy".into(), kept: true }));
    assert!(matches!(one.save(&named("Busy", 9e6), T0 + 5), Saved::Written { .. }));
    assert_eq!(names(&store), sorted(vec![demo().name, "Busy".to_string()]));
}

#[test]
fn a_list_written_without_this_tabs_change_is_put_right() {
    let store = shared_store();
    let (mut one, shown) = tab(&store, "a", T0);
    one.save(&shown, T0);
    one.create("b".into(), &named("Mine", 1e6), T0 + 1);
    // Another tab wrote at the same moment, from a list without "b".
    put_index(&store, "a", &[("a", &demo().name)]);
    one.external_change(Some(&keys::index_key()), &named("Mine", 1e6), false, T0 + 2);
    assert_eq!(names(&store), sorted(vec![demo().name, "Mine".to_string()]));
    // A list that already agrees is not written again (no echo between tabs).
    let before = dump(&store);
    one.external_change(Some(&keys::index_key()), &named("Mine", 1e6), false, T0 + 3);
    assert_eq!(dump(&store), before);
}

#[test]
fn merging_lists_is_order_free_and_settles() {
    let entry = |id: &str, name: &str, at: u64| IndexEntry { id: id.into(), name: name.into(), at };
    let a = Lists {
        scenarios: vec![entry("1", "One", 1), entry("2", "Two renamed", 5), entry("4", "Four", 3)],
        deleted: vec![Tombstone { id: "3".into(), at: 4 }],
    };
    let b = Lists {
        scenarios: vec![entry("1", "One", 1), entry("2", "Two", 2), entry("3", "Three", 2), entry("5", "Five", 9)],
        deleted: vec![Tombstone { id: "4".into(), at: 2 }, Tombstone { id: "5".into(), at: 9 }],
    };
    let ab = index::merge(&a, &b);
    assert!(ab.same_as(&index::merge(&b, &a)));
    assert!(index::merge(&ab, &b).same_as(&ab) && index::merge(&a, &ab).same_as(&ab));
    let ids: Vec<&str> = ab.scenarios.iter().map(|e| e.id.as_str()).collect();
    // 3 deleted after its change; 4 changed after its deletion; 5 deleted at the same moment.
    assert_eq!(ids, vec!["1", "2", "4"]);
    assert_eq!(ab.scenarios[1].name, "Two renamed");
    let mut deleted: Vec<&str> = ab.deleted.iter().map(|t| t.id.as_str()).collect();
    deleted.sort();
    assert_eq!(deleted, vec!["3", "5"]);
}

#[test]
fn deletions_are_remembered_for_thirty_days_and_two_hundred_at_most() {
    let mut deleted: Vec<Tombstone> = (0..250).map(|i| Tombstone { id: format!("d{i}"), at: T0 + i }).collect();
    deleted.push(Tombstone { id: "old".into(), at: T0 - 31 * DAY });
    index::prune(&mut deleted, T0 + 250);
    assert_eq!(deleted.len(), index::MAX_TOMBSTONES);
    assert!(deleted.iter().all(|t| t.id != "old" && t.at >= T0 + 50));
}

#[test]
fn older_lists_without_times_or_deletions_are_read() {
    let doc = serde_json::from_str::<IndexDoc>(r#"{"schema":1,"current":"a","scenarios":[{"id":"a","name":"A"}]}"#).unwrap();
    assert_eq!(doc.scenarios[0].at, 0);
    assert!(doc.deleted.is_empty());
}

#[test]
fn copies_get_a_name_no_scenario_has() {
    let taken = |names: &[&str]| names.iter().map(|n| IndexEntry { id: n.to_string(), name: n.to_string(), at: 0 }).collect::<Vec<_>>();
    assert_eq!(index::copy_name("Q4 plan", "shared", &taken(&["Q4 plan"]), 120), "Q4 plan (shared)");
    assert_eq!(index::copy_name("Q4 plan", "delt", &taken(&["Q4 plan (delt)", "Q4 plan (delt 2)"]), 120), "Q4 plan (delt 3)");
    assert_eq!(index::copy_name("", "shared", &[], 120), "(shared)");
    let long = "x".repeat(200);
    let name = index::copy_name(&long, "shared", &[], 120);
    assert_eq!(name.chars().count(), 120);
    assert!(name.ends_with(" (shared)"));
}

// ------------------------------------------------------------ write failures and blocked storage

#[test]
fn a_full_storage_keeps_the_work_and_the_next_good_save_has_everything() {
    let store = shared_store();
    let (mut shelf, shown) = tab(&store, "a", T0);
    shelf.save(&shown, T0);
    store.borrow_mut().capacity = Some(10);
    let edited = named("Plan", 13e6);
    assert_eq!(shelf.save(&edited, T0 + 1), Saved::Failed);
    assert!(shelf.write_failing() && shelf.notices().contains(&Notice::WriteFailed));
    assert!(shelf.at_risk(&edited), "closing now would lose the change");
    store.borrow_mut().capacity = None;
    assert!(matches!(shelf.save(&edited, T0 + 2), Saved::Written { .. }));
    assert!(!shelf.write_failing() && !shelf.notices().contains(&Notice::WriteFailed));
    assert_eq!(shelf.peek("a"), Some(edited.clone()));
    assert!(!shelf.at_risk(&edited));
}

#[test]
fn unsaved_changes_are_not_at_risk_when_storage_works() {
    let store = shared_store();
    let (mut shelf, shown) = tab(&store, "a", T0);
    shelf.save(&shown, T0);
    assert!(!shelf.at_risk(&named("Typing", 1.0)), "the autosave runs as the page goes");
}

#[test]
fn storage_that_refuses_every_write_moves_the_tab_into_memory() {
    let store = shared_store();
    let (mut shelf, shown) = tab(&store, "a", T0);
    shelf.save(&shown, T0);
    let before = dump(&store);
    store.borrow_mut().deny = true;
    assert!(matches!(shelf.save(&named("Plan", 2e6), T0 + 1), Saved::Written { .. }));
    assert!(shelf.in_memory() && shelf.notices().contains(&Notice::StorageBlocked));
    assert!(!shelf.write_failing());
    assert_eq!(shelf.create("b".into(), &named("Second", 3e6), T0 + 2), Saved::Written { key: keys::record_key("b") });
    assert_eq!(shelf.switch_to("a", T0 + 3), Some(named("Plan", 2e6)), "switching works within the tab");
    assert_eq!(dump(&store), before, "the browser's storage is untouched");
    assert!(shelf.at_risk(&named("Plan", 2e6)), "everything here is lost with the tab");
    assert_eq!(shelf.usage(), None);
}

#[test]
fn no_storage_at_all_starts_in_memory_with_a_note() {
    let mut shelf: Shelf<MemoryStore> = Shelf::new(None);
    let shown = shelf.restore(demo(), "a".into(), T0);
    assert_eq!(shelf.notices(), &[Notice::StorageBlocked]);
    assert!(matches!(shelf.save(&shown, T0), Saved::Written { .. }));
    assert!(!shelf.at_risk(&shown), "the untouched demo is nobody's work");
    assert!(matches!(shelf.save(&named("Mine", 1.0), T0 + 1), Saved::Written { .. }));
    assert!(shelf.at_risk(&named("Mine", 1.0)));
}

// ------------------------------------------------------------ room

#[test]
fn usage_counts_the_apps_keys_as_browsers_do_and_backups_can_go() {
    let store = shared_store();
    let (mut shelf, shown) = tab(&store, "a", T0);
    shelf.save(&shown, T0);
    store.borrow_mut().set("other.app", &"z".repeat(1000)).unwrap();
    let expected: u64 = dump(&store)
        .iter()
        .filter(|(k, _)| k.starts_with(keys::PREFIX))
        .map(|(k, v)| 2 * (k.encode_utf16().count() + v.encode_utf16().count()) as u64)
        .sum();
    let usage = shelf.usage().unwrap();
    assert_eq!((usage.bytes, usage.backups), (expected, 0));
    assert!(!usage.near_limit());
    let big = "ø".repeat(2_200_000);
    store.borrow_mut().set(&keys::key(keys::BACKUP, "index.1"), &big).unwrap();
    store.borrow_mut().set(&keys::key(keys::BACKUP, "scenario.a.2"), "{").unwrap();
    let usage = shelf.usage().unwrap();
    assert_eq!(usage.backups, 2);
    assert!(usage.near_limit(), "{}%", usage.percent());
    let file: serde_json::Value = serde_json::from_str(&shelf.export_all(T0)).unwrap();
    assert_eq!(file["format"], usage::LIBRARY_FORMAT);
    assert_eq!(file["scenarios"][0]["name"], demo().name);
    assert_eq!(file["backups"][keys::key(keys::BACKUP, "scenario.a.2")], "{");
    assert_eq!(shelf.remove_backups(), 2);
    assert_eq!(shelf.usage().unwrap(), Usage { bytes: expected, backup_bytes: 0, backups: 0 });
    assert!(store.get("other.app").is_some(), "other keys are not the app's to remove");
}

#[test]
fn sizes_read_as_people_say_them() {
    use skippertak::i18n::Lang;
    assert_eq!(usage::format_bytes(812, Lang::En), "812\u{a0}B");
    assert_eq!(usage::format_bytes(14 * 1024 + 300, Lang::En), "14\u{a0}KB");
    assert_eq!(usage::format_bytes(4_404_019, Lang::En), "4.2\u{a0}MB");
    assert_eq!(usage::format_bytes(4_404_019, Lang::Nb), "4,2\u{a0}MB");
}
