//! The words of editing: undo and redo, and copying a link.

use super::texts;

texts! {
    UNDO = "Angre" / "Undo";
    REDO = "Gjør om" / "Redo";
    /// Tooltip; the keys are the same in both languages.
    UNDO_KEYS = "Angre siste endring (Ctrl+Z / ⌘Z)" / "Undo the last change (Ctrl+Z / ⌘Z)";
    REDO_KEYS = "Gjør om det som ble angret (Ctrl+Shift+Z / ⌘⇧Z, Ctrl+Y)" / "Redo what was undone (Ctrl+Shift+Z / ⌘⇧Z, Ctrl+Y)";
    EDIT_HISTORY = "Endringer" / "Changes";
    DELETED_DEAL = "Slettet «{name}»." / "Deleted «{name}».";
    DISMISS = "Lukk meldingen" / "Dismiss";
    COPIED = "Kopiert!" / "Copied!";
    COPY_BY_HAND = "Nettleseren lot ikke appen kopiere. Lenken er markert i feltet: kopier den med Ctrl+C (⌘C på Mac)." / "The browser did not let the app copy. The link is selected in its field: copy it with Ctrl+C (⌘C on a Mac).";
}
