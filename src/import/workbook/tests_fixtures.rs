//! The workbooks under tests/fixtures/import, made to look like real exports
//! (a Dynamics 365 "Export to Excel", a hand-kept two-sheet workbook), checked
//! against what their `.expect.json` files say.

use super::*;

/// The .xlsx fixtures in tests/fixtures/import (when there are any): each
/// opens and every sheet reads; where a `NAME.expect.json` describes the file,
/// the named sheet, its hidden sheets, the header row and the first open
/// deal's cells are where it says.
#[test]
fn fixture_workbooks() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import");
    let Ok(entries) = std::fs::read_dir(&dir) else { return };
    for path in entries.flatten().map(|e| e.path()) {
        if path.extension().and_then(|e| e.to_str()).is_none_or(|e| !e.eq_ignore_ascii_case("xlsx")) {
            continue;
        }
        let file = path.display();
        let workbook = Workbook::open(&std::fs::read(&path).unwrap()).unwrap_or_else(|e| panic!("{file}: {e:?}"));
        let sheets: Vec<_> = (0..workbook.sheets().len())
            .map(|i| workbook.read_sheet(i, Limits::default()).unwrap_or_else(|e| panic!("{file} sheet {i}: {e:?}")))
            .collect();
        assert!(sheets[workbook.default_sheet()].iter().any(|r| !r.is_empty()), "{file}: default sheet is empty");
        let Ok(expect) = std::fs::read_to_string(path.with_extension("expect.json")) else { continue };
        let expect: serde_json::Value = serde_json::from_str(&expect).unwrap();
        check_expectations(&workbook, &sheets, &expect, &file.to_string());
    }
}

fn check_expectations(workbook: &Workbook, sheets: &[Vec<Vec<String>>], expect: &serde_json::Value, file: &str) {
    let names: Vec<&str> = workbook.sheets().iter().map(|s| s.name.as_str()).collect();
    for hidden in expect["hidden_sheets"].as_array().into_iter().flatten() {
        let name = hidden["name"].as_str().unwrap();
        let index = names.iter().position(|n| *n == name).unwrap_or_else(|| panic!("{file}: no sheet {name}"));
        assert!(workbook.sheets()[index].hidden, "{file}: {name} should be hidden");
    }
    let Some(sheet) = expect["sheet"].as_str() else { return };
    let rows = &sheets[names.iter().position(|n| *n == sheet).unwrap_or_else(|| panic!("{file}: no sheet {sheet}"))];
    let header = &rows[expect["header_row"].as_u64().unwrap_or(1) as usize - 1];
    let mut headers = Vec::new();
    for column in expect["columns"].as_object().unwrap().values() {
        match column {
            serde_json::Value::String(text) => headers.push(text.as_str()),
            serde_json::Value::Array(texts) => headers.extend(texts.iter().filter_map(|t| t.as_str())),
            _ => {}
        }
    }
    for text in headers {
        assert!(header.iter().any(|cell| cell == text), "{file}: header {text:?} not in {header:?}");
    }
    let deal = &expect["first_open_deal"];
    let Some(name) = deal["name"].as_str() else { return };
    let row = rows.iter().find(|r| r.iter().any(|c| c == name)).unwrap_or_else(|| panic!("{file}: no row for {name}"));
    let value = deal["value"].as_f64().unwrap().to_string();
    for text in [deal["close_date"].as_str().unwrap(), deal["stage"].as_str().unwrap(), value.as_str()] {
        assert!(row.iter().any(|c| c == text), "{file}: {text:?} not in {row:?}");
    }
}
