//! Writes the browser refuses, storage it blocks, and the room the app takes.

use super::*;

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
    let usage = shelf.check_room().unwrap();
    assert_eq!(usage.backups, 2);
    assert!(usage.near_limit(), "{}%", usage.percent());
    assert!(shelf.notices().contains(&Notice::NearlyFull));
    let file: serde_json::Value = serde_json::from_str(&shelf.export_all(T0)).unwrap();
    assert_eq!(file["format"], usage::LIBRARY_FORMAT);
    assert_eq!(file["scenarios"][0]["name"], demo().name);
    assert_eq!(file["backups"][keys::key(keys::BACKUP, "scenario.a.2")], "{");
    assert_eq!(shelf.remove_backups(), 2);
    assert_eq!(shelf.check_room().unwrap(), Usage { bytes: expected, backup_bytes: 0, backups: 0 });
    assert!(!shelf.notices().contains(&Notice::NearlyFull), "there is room again");
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

#[test]
fn the_nearly_full_notice_once_closed_stays_closed() {
    let store = shared_store();
    let (mut shelf, shown) = tab(&store, "a", T0);
    shelf.save(&shown, T0);
    store.borrow_mut().set(&keys::key(keys::BACKUP, "index.1"), &"x".repeat(2_200_000)).unwrap();
    shelf.check_room();
    shelf.dismiss(&Notice::NearlyFull);
    shelf.check_room();
    assert!(!shelf.notices().contains(&Notice::NearlyFull));
}
