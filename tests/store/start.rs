//! Restoring and saving one tab: revisions, newer and damaged data.

use super::*;

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
fn leaving_the_unsaved_demo_of_a_first_visit_does_not_list_it() {
    let store = shared_store();
    let (mut shelf, shown) = tab(&store, "a", T0);
    assert_eq!(shelf.save_work(&shown, T0), Saved::Skipped);
    shelf.leave_current();
    assert!(shelf.index().is_empty());
    assert!(dump(&store).is_empty());
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

#[test]
fn a_scenario_added_for_the_next_save_is_listed_at_once_and_written_then() {
    let store = shared_store();
    let (mut shelf, shown) = tab(&store, "a", T0);
    shelf.save(&shown, T0);
    shelf.add("copy".into(), "Q4 plan (shared)", T0 + 1);
    assert_eq!(shelf.current(), Some("copy"));
    assert!(shelf.index().iter().any(|e| e.name == "Q4 plan (shared)"));
    assert!(store.get(&keys::record_key("copy")).is_none());
    assert!(!shelf.at_risk(&named("Q4 plan (shared)", 1.0)), "the autosave will write it");
    assert!(matches!(shelf.save(&named("Q4 plan (shared)", 1.0), T0 + 2), Saved::Written { .. }));
    assert_eq!(names(&store), sorted(vec![demo().name, "Q4 plan (shared)".to_string()]));
}
