//! Reading scenario documents: defaults, unknown fields, and one clear error
//! per offending field (docs/model.md §1).

#![cfg(not(target_arch = "wasm32"))]

use skippertak::i18n::Lang;
use skippertak::model::parse_scenario;
use skippertak::model::validate::ErrorCode;

const MINIMAL: &str = r#"{"format":"skippertak.scenario","version":1,
  "period":{"start":"2026-10-01","end":"2026-12-31"},"target":1000}"#;

fn errors_of(json: &str) -> Vec<(String, &'static str)> {
    match parse_scenario(json) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.iter().map(|e| (e.field.clone(), e.code.as_str())).collect(),
    }
}

#[test]
fn minimal_document_takes_every_default() {
    let s = parse_scenario(MINIMAL).expect("valid");
    assert_eq!(s.currency, "NOK");
    assert_eq!(s.closed, 0.0);
    assert_eq!(s.next_target, None);
    assert_eq!((s.team.sellers, s.team.hours_per_week), (3.0, 15.0));
    assert_eq!((s.closing.hours_per_deal, s.closing.push_hours_per_deal), (8.0, 8.0));
    assert_eq!((s.closing.push_discount, s.closing.push_win_penalty, s.closing.slip_decay), (0.15, 0.30, 0.20));
    let p = &s.prospecting;
    assert_eq!((p.hours_per_meeting, p.meeting_to_opportunity, p.win_rate), (5.0, 0.25, 0.20));
    assert_eq!((p.avg_deal_size, p.cycle_days, p.ready_now_share), (None, 60.0, 0.10));
    assert_eq!(s.coverage_goal, 3.0);
    assert_eq!(s.stages.len(), 5);
    assert_eq!(s.maturity_stage, "negotiation");
    assert!(s.deals.is_empty());
    assert_eq!(s.period.today, None);
}

#[test]
fn unknown_fields_are_ignored() {
    let json = MINIMAL.replace(r#""target":1000"#, r#""target":1000,"colour":"blue","team":{"sellers":2,"mood":"good"}"#);
    let s = parse_scenario(&json).expect("valid");
    assert_eq!(s.team.sellers, 2.0);
}

#[test]
fn each_bad_field_gets_its_own_error() {
    let json = r#"{"format":"skippertak.scenario","version":1,
      "period":{"start":"2026-10-01","end":"2026-09-30","today":"2026-02-30"},
      "target":"1000","closed":-1,"currency":"kroner",
      "team":{"sellers":0,"hours_per_week":81},
      "closing":{"push_discount":1.5},
      "stages":[{"id":"a","probability":0.2},{"id":"a","probability":0.3}],
      "maturity_stage":"zzz",
      "deals":[{"name":"","value":0,"stage":"b","probability":2,"mature":"yes"},{"value":5,"stage":"a"}]}"#;
    let errors = errors_of(json);
    let expected = [
        ("currency", "bad_currency"),
        ("period.end", "end_before_start"),
        ("period.today", "bad_date"),
        ("target", "not_number"),
        ("closed", "non_negative"),
        ("team.sellers", "positive"),
        ("team.hours_per_week", "at_most"),
        ("closing.push_discount", "fraction"),
        ("stages[1].id", "duplicate_stage"),
        ("maturity_stage", "unknown_stage"),
        ("deals[0].name", "empty_name"),
        ("deals[0].value", "positive"),
        ("deals[0].stage", "unknown_stage"),
        ("deals[0].probability", "fraction"),
        ("deals[0].mature", "not_bool"),
        ("deals[1].name", "required"),
    ];
    for (field, code) in expected {
        assert!(errors.contains(&(field.to_string(), code)), "missing {field}: {code} in {errors:?}");
    }
    assert_eq!(errors.len(), expected.len(), "{errors:?}");
}

#[test]
fn required_fields_are_reported() {
    let errors = errors_of(r#"{"format":"skippertak.scenario","version":1}"#);
    assert!(errors.contains(&("period".into(), "required")));
    assert!(errors.contains(&("target".into(), "required")));
}

#[test]
fn documents_that_are_not_ours_or_newer_are_refused_whole() {
    assert_eq!(errors_of("{"), vec![("".into(), "syntax")]);
    assert_eq!(errors_of("[]"), vec![("".into(), "not_object")]);
    assert_eq!(errors_of(r#"{"format":"other","version":1}"#), vec![("format".into(), "wrong_format")]);
    let newer = MINIMAL.replace(r#""version":1"#, r#""version":7"#);
    let err = parse_scenario(&newer).unwrap_err();
    assert_eq!(err[0].code, ErrorCode::NewerVersion(7));
    assert!(err[0].message(Lang::En).contains("newer version (v7)"));
    assert!(err[0].message(Lang::Nb).contains("nyere versjon (v7)"));
    assert_eq!(errors_of(&MINIMAL.replace(r#""version":1"#, r#""version":1.5"#)), vec![("version".into(), "bad_version")]);
}

#[test]
fn numbers_must_be_json_numbers() {
    for bad in [r#""12""#, "true", "[1]", "1e999"] {
        let json = MINIMAL.replace(r#""target":1000"#, &format!(r#""target":{bad}"#));
        let errors = errors_of(&json);
        assert!(!errors.is_empty(), "{bad} accepted");
    }
}

#[test]
fn names_are_limited_to_120_characters() {
    let long = "æ".repeat(121);
    let json = MINIMAL.replace(r#""target":1000"#, &format!(r#""target":1000,"name":"{long}""#));
    assert_eq!(errors_of(&json), vec![("name".into(), "too_long")]);
    let ok = MINIMAL.replace(r#""target":1000"#, &format!(r#""target":1000,"name":"{}""#, "æ".repeat(120)));
    assert!(errors_of(&ok).is_empty());
}

#[test]
fn every_error_has_a_message_in_both_languages() {
    let json = r#"{"format":"skippertak.scenario","version":1,"period":{"start":"x","end":"2026-01-01"},"target":-5,
      "team":{"hours_per_week":99},"stages":[],"deals":{}}"#;
    for error in parse_scenario(json).unwrap_err() {
        let (nb, en) = (error.message(Lang::Nb), error.message(Lang::En));
        assert!(!nb.is_empty() && !en.is_empty() && nb != en, "{error:?}");
    }
}
