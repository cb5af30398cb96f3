//! Two tabs on one storage: revisions of one scenario, and the list merged with tombstones.

use super::*;

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
fn older_lists_without_times_or_deletions_are_read_and_damage_is_told_from_newer() {
    let older = r#"{"schema":1,"current":"a","scenarios":[{"id":"a","name":"A"}]}"#;
    let index::ReadIndex::Read(doc) = index::read_index(Some(older)) else { panic!("readable") };
    assert_eq!(doc.scenarios, vec![IndexEntry { id: "a".into(), name: "A".into(), at: 0 }]);
    assert!(doc.deleted.is_empty());
    // What this build writes reads back the same, and an older build's reader finds its fields.
    let written = IndexDoc { deleted: vec![Tombstone { id: "z".into(), at: 5 }], ..doc.clone() };
    assert_eq!(index::read_index(Some(&written.to_text())), index::ReadIndex::Read(written.clone()));
    let value: serde_json::Value = serde_json::from_str(&written.to_text()).unwrap();
    assert_eq!(
        (value["schema"].as_u64(), value["current"].as_str(), value["scenarios"][0]["name"].as_str()),
        (Some(1), Some("a"), Some("A"))
    );
    // A field of the wrong shape is damage, unless a newer schema says why.
    let wrong = r#"{"schema":1,"current":"a","scenarios":[{"id":"a"}],"deleted":[{"id":"z","at":5}]}"#;
    let index::ReadIndex::Damaged { deleted, .. } = index::read_index(Some(wrong)) else { panic!("damaged") };
    assert_eq!(deleted, vec![Tombstone { id: "z".into(), at: 5 }]);
    assert!(matches!(index::read_index(Some(r#"{"schema":2,"scenarios":{}}"#)), index::ReadIndex::Newer(_)));
    assert!(matches!(index::read_index(Some("{trunc")), index::ReadIndex::Damaged { .. }));
    assert_eq!(index::read_index(None), index::ReadIndex::Absent);
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
