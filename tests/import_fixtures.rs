#![cfg(not(target_arch = "wasm32"))]
//! Every file in tests/fixtures/import/ read as the import dialog reads it,
//! with no choice made by hand, against what its `.expect.json` says a
//! correct import finds (worked out from the file, not from this code; see
//! the folder's README). Text is decoded here with `encoding_rs`, in place
//! of the browser's `TextDecoder`.

use std::path::{Path, PathBuf};

use serde_json::Value;
use skippertak::i18n::Lang;
use skippertak::import::dates::OrderReason;
use skippertak::import::encoding::{self, Encoding};
use skippertak::import::field::Field;
use skippertak::import::limits::{MAX_COLUMNS, MAX_RECORDS, MAX_UNPACKED_BYTES};
use skippertak::import::rows::{RowErrorCode, RowResult};
use skippertak::import::session::{self, Context, Origin, Session};
use skippertak::import::sheets;
use skippertak::import::stages::StageTarget;
use skippertak::import::workbook::{Limits, Workbook};
use skippertak::model::date::Date;
use skippertak::model::scenario::default_stages;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/import");

fn date(text: &str) -> Date {
    Date::parse(text).unwrap_or_else(|| panic!("bad date {text}"))
}

/// Decodes as a browser's `TextDecoder` with this label would.
fn decode(bytes: &[u8], encoding: Encoding) -> String {
    let decoder = encoding_rs::Encoding::for_label(encoding.label().as_bytes()).expect("known label");
    decoder.decode_with_bom_removal(bytes).0.into_owned()
}

/// The fixture file beside an `.expect.json`.
fn fixture_file(expect: &Path) -> PathBuf {
    let stem = expect.file_name().unwrap().to_str().unwrap().trim_end_matches(".expect.json").to_string();
    std::fs::read_dir(FIXTURES)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            let name = p.file_name().unwrap().to_str().unwrap();
            name.starts_with(&format!("{stem}.")) && !name.ends_with(".md") && !name.ends_with(".json")
        })
        .unwrap_or_else(|| panic!("no file for {stem}"))
}

/// Reads a fixture as the dialog does: workbook or text, encoding and
/// delimiter sniffed. Returns the session and what was sniffed.
fn open(path: &Path, expect: &Value, lang: Lang) -> (Session, Option<encoding::Sniffed>) {
    let bytes = std::fs::read(path).unwrap();
    let name = path.file_name().unwrap().to_str().unwrap();
    let context = Context {
        lang,
        today: date(expect["as_of"].as_str().unwrap()),
        period_start: date(expect["period"]["start"].as_str().unwrap()),
        period_end: date(expect["period"]["end"].as_str().unwrap()),
        stages: default_stages(),
    };
    if name.ends_with(".xlsx") {
        let book = Workbook::open(&bytes).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        let limits = Limits { max_rows: MAX_RECORDS, max_columns: MAX_COLUMNS, max_unpacked_bytes: MAX_UNPACKED_BYTES };
        let (sheet, rows) = sheets::read_sheet(&book, None, limits).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        let table = session::read_rows(&rows).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        let sheets = book.sheets().iter().map(|s| s.name.clone()).collect();
        return (Session::new(name, Origin::Workbook { sheet, sheets }, table, context), None);
    }
    let sniffed = encoding::sniff(&bytes);
    let text = decode(&bytes, sniffed.encoding);
    let (table, delimiter) = session::read_text(&text, None).unwrap_or_else(|e| panic!("{name}: {e:?}"));
    let origin = Origin::Text { encoding: sniffed.encoding, bom: sniffed.bom, delimiter };
    (Session::new(name, origin, table, context), Some(sniffed))
}

fn header_of(session: &Session, field: Field) -> Option<(String, usize)> {
    let c = session.mapping.get(field)?;
    Some((session.table.header(c).unwrap_or("").to_string(), session.table.occurrence(c)))
}

fn expected_header(value: &Value) -> Option<(String, usize)> {
    match value {
        Value::Null => None,
        Value::String(s) => Some((s.clone(), 1)),
        Value::Object(o) => Some((o["header"].as_str().unwrap().to_string(), o["occurrence"].as_u64().unwrap() as usize)),
        other => panic!("unexpected column spec {other}"),
    }
}

/// Checks one fixture in one UI language; returns what differs.
fn check(expect_path: &Path, lang: Lang) -> Vec<String> {
    let expect: Value = serde_json::from_str(&std::fs::read_to_string(expect_path).unwrap()).unwrap();
    let file = fixture_file(expect_path);
    let name = file.file_name().unwrap().to_str().unwrap().to_string();
    let (session, sniffed) = open(&file, &expect, lang);
    // Results that depend on the UI language (an ambiguous date order).
    let by_lang = &expect["by_ui_language"][lang.as_str()];
    let want = |key: &str| if by_lang.get(key).is_some() { &by_lang[key] } else { &expect[key] };
    let mut problems = Vec::new();
    let mut differ = |what: &str, got: String, wanted: String| {
        if got != wanted {
            problems.push(format!("{name} ({lang:?}): {what}: got {got}, want {wanted}"));
        }
    };

    if let Some(sniffed) = sniffed {
        let got = match (sniffed.encoding, sniffed.bom) {
            (Encoding::Utf8, true) => "utf-8-bom".to_string(),
            (e, _) => e.label().to_string(),
        };
        differ("encoding", got, expect["encoding"].as_str().unwrap().to_string());
        if let Origin::Text { delimiter, .. } = session.origin {
            differ("delimiter", (delimiter.byte() as char).to_string(), expect["delimiter"].as_str().unwrap().to_string());
        }
    }
    differ("source", session.crm.as_str().to_string(), expect["source"].as_str().unwrap().to_string());
    for field in
        [Field::Name, Field::Value, Field::Stage, Field::Probability, Field::CloseDate, Field::Status, Field::Owner, Field::Created]
    {
        let wanted = expected_header(&expect["columns"][field.as_str()]);
        differ(&format!("column {}", field.as_str()), format!("{:?}", header_of(&session, field)), format!("{wanted:?}"));
    }
    let s = session.summary;
    differ("rows", session.table.len().to_string(), expect["rows"].to_string());
    // An open deal with no amount cannot be planned with: it is listed with
    // that error rather than imported, and is the only error a file may give.
    let no_amount = session
        .outcomes
        .iter()
        .filter(|o| !o.errors().is_empty() && o.errors().iter().all(|e| e.code == RowErrorCode::MissingValue))
        .count();
    differ(
        "open(+no amount)/won/lost/other errors",
        format!("{}/{}/{}/{}", s.open + no_amount, s.won, s.lost, s.invalid - no_amount),
        format!("{}/{}/{}/0", expect["open"], expect["won"], expect["lost"]),
    );

    // The first open deal, as the scenario will hold it.
    let first = want("first_open_deal");
    match session.outcomes.iter().find_map(|o| o.deal()) {
        None => differ("first open deal", "none".into(), first.to_string()),
        Some(deal) => {
            differ("first deal name", deal.name.clone(), first["name"].as_str().unwrap().to_string());
            let value = first["value"].as_f64().unwrap();
            differ("first deal value", format!("{:.2}", deal.value), format!("{value:.2}"));
            let stage_p = session.target_stages().iter().find(|st| st.id == deal.stage).map(|st| st.probability);
            if let Some(p) = first["probability"].as_f64() {
                let got = deal.probability.or(stage_p).unwrap_or(-1.0);
                differ("first deal probability", format!("{got:.4}"), format!("{p:.4}"));
            }
            let close = deal.close_date.map(|d| d.to_string());
            differ("first deal close date", format!("{close:?}"), format!("{:?}", first["close_date"].as_str().map(str::to_string)));
        }
    }

    // Every stage value: won and lost ones go to the history, open ones to a stage.
    if let Some(stages) = expect["stages"].as_object() {
        for (text, spec) in stages {
            let Some(value) = session.stages.iter().find(|v| v.text == text.trim()) else {
                differ(&format!("stage {text:?}"), "missing".into(), "listed".into());
                continue;
            };
            let wanted = match spec["meaning"].as_str().unwrap() {
                "won" => "won",
                "lost" => "lost",
                _ => "open",
            };
            let got = match value.target {
                StageTarget::Won => "won",
                StageTarget::Lost => "lost",
                StageTarget::Stage(_) => "open",
            };
            // With a status column, the stage of a closed row may be any.
            if expect["columns"]["status"].is_null() {
                differ(&format!("stage {text:?} goes to"), got.into(), wanted.into());
            }
            if spec["open_rows"].as_u64() == spec["rows"].as_u64() {
                if let (Some(p), Some(mine)) = (spec["probability"].as_f64(), value.probability) {
                    differ(&format!("stage {text:?} probability"), format!("{mine:.4}"), format!("{p:.4}"));
                }
            }
            differ(&format!("stage {text:?} rows"), value.rows.to_string(), spec["rows"].to_string());
        }
    }

    let h = session.history;
    let period = want("won_in_period");
    differ(
        "won in period",
        format!("{} / {:.2}", h.won_in_period.count, h.won_in_period.sum),
        format!("{} / {:.2}", period["count"], period["sum"].as_f64().unwrap()),
    );
    let history = want("history_12m");
    differ("history won/lost", format!("{}/{}", h.won, h.lost), format!("{}/{}", history["won"], history["lost"]));
    if h.enough() {
        if let (Some(mean), Some(f)) = (history["won_value_mean"].as_f64(), h.avg_deal_size) {
            differ("history mean won value", format!("{:.0}", f.value), format!("{mean:.0}"));
        }
        match (history["cycle_days_median"].as_f64(), h.cycle_days) {
            (Some(days), Some(f)) => differ("history cycle", format!("{:.1}", f.value), format!("{days:.1}")),
            (None, None) => {}
            (wanted, got) => differ("history cycle", format!("{:?}", got.map(|f| f.value)), format!("{wanted:?}")),
        }
    }
    let order = match want("date_order").as_str().unwrap() {
        "day_first" => Some("DayFirst"),
        "month_first" => Some("MonthFirst"),
        _ => None,
    };
    // Only slash and dash dates can be read two ways; dotted and ISO dates
    // read one way whatever the order (the dates above check them).
    if let Some(order) = order.filter(|_| session.order_reason != OrderReason::NotNeeded) {
        differ("date order", format!("{:?}", session.rules.date_order), order.to_string());
    }
    // Nothing is lost: every row is accounted for.
    let accounted = session.outcomes.iter().filter(|o| !matches!(o.result, RowResult::Invalid(_))).count() + no_amount;
    differ("rows read", accounted.to_string(), expect["rows"].to_string());
    problems
}

#[test]
fn every_fixture_imports_with_no_choice_made_by_hand() {
    let mut expects: Vec<PathBuf> =
        std::fs::read_dir(FIXTURES).unwrap().map(|e| e.unwrap().path()).filter(|p| p.to_str().unwrap().ends_with(".expect.json")).collect();
    expects.sort();
    assert!(expects.len() >= 25, "fixtures missing: {}", expects.len());
    let mut problems = Vec::new();
    for expect in &expects {
        for lang in [Lang::En, Lang::Nb] {
            problems.extend(check(expect, lang));
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}
