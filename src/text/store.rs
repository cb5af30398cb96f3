//! The words for keeping scenarios: what the storage is doing, the notices
//! its rules raise, room in the browser, and scenarios kept from a link.

use super::texts;

texts! {
    SAVED_HERE = "Lagres automatisk i denne nettleseren." / "Saved automatically in this browser.";
    USAGE = "Bruker {used} av om lag 5 MB ({percent})." / "Uses {used} of about 5 MB ({percent}).";
    NOT_SAVING_BLOCKED = "Lagrer ikke: nettleseren lar ikke appen lagre. Arbeidet ditt finnes bare i denne fanen." / "Not saving: this browser does not let the app save. Your work lives only in this tab.";
    STORAGE_BLOCKED = "Denne nettleseren lar ikke appen lagre (informasjonskapsler eller lagring er blokkert, eller privat modus). Arbeidet ditt finnes bare i denne fanen – eksporter det for å beholde det." / "This browser does not let the app save (cookies or storage are blocked, or private mode). Your work lives only in this tab – export it to keep it.";
    INDEX_REBUILT_ONE = "Listen over lagrede scenarioer kunne ikke leses, så den er bygd opp igjen fra det ene scenarioet som ble funnet." / "The list of saved scenarios could not be read, so it was rebuilt from the one scenario found.";
    INDEX_REBUILT_MANY = "Listen over lagrede scenarioer kunne ikke leses, så den er bygd opp igjen fra de {count} scenarioene som ble funnet." / "The list of saved scenarios could not be read, so it was rebuilt from the {count} scenarios found.";
    INDEX_REBUILT_KEPT = "Den skadde listen er lagt til side, og du kan laste den ned." / "The damaged list was set aside, and you can download it.";
    INDEX_REBUILT_NOT_KEPT = "Last ned den skadde listen nå – nettleseren ville ikke lagre en kopi." / "Download the damaged list now – the browser would not store a copy.";
    DELETED_ELSEWHERE = "«{name}» ble slettet i en annen fane." / "\"{name}\" was deleted in another tab.";
    DELETED_ELSEWHERE_KEPT = "«{name}» ble slettet i en annen fane, men du hadde endringer her som ikke var lagret. Det er beholdt." / "\"{name}\" was deleted in another tab, but you had unsaved changes here. It was kept.";
    NEAR_FULL = "Lagringen i nettleseren er nesten full ({percent}). Last ned alt for å være trygg, og fjern gamle sikkerhetskopier for å få plass." / "The browser's storage is nearly full ({percent}). Download everything to be safe, and remove old backups to make room.";
    EXPORT_ALL = "Last ned alle scenarioer (JSON)" / "Download all scenarios (JSON)";
    REMOVE_BACKUPS = "Fjern gamle sikkerhetskopier ({count}, {size})" / "Remove old backups ({count}, {size})";
    BACKUPS_REMOVED = "Sikkerhetskopiene er fjernet." / "The backups were removed.";
    DOWNLOAD_COPY = "Last ned kopien" / "Download the copy";
    SHARED_SUFFIX = "delt" / "shared";
    SHARED_TITLE = "Delt scenario." / "Shared scenario.";
    SHARED_NOT_SAVED = "Det er åpnet fra en lenke og ikke lagret. Dine egne scenarioer er urørt. Første endring lagrer det som en kopi." / "It was opened from a link and is not saved. Your own scenarios are untouched. Your first change saves it as a copy.";
    SHARED_PRESENTING = "Det er åpnet fra en presentasjonslenke og lagres ikke. Dine egne scenarioer er urørt." / "It was opened from a presentation link and is not saved. Your own scenarios are untouched.";
    SAVED_AS_COPY = "Lagret som en kopi: «{name}». Dine egne scenarioer er urørt." / "Saved as a copy: \"{name}\". Your own scenarios are untouched.";
    KEPT_NOT_SAVED = "Beholdt som en kopi, «{name}», men ikke lagret – se meldingen over." / "Kept as a copy, \"{name}\", but not saved – see the note above.";
    KEEP_IT = "Behold det" / "Keep it";
    CLOSE_IT = "Lukk det" / "Close it";
    OK = "OK" / "OK";
}
