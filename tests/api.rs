//! Public API guarantees: thread safety, error traits, JSON forms.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use govreport::{Bound, Document, Error, Metric, Span, Unit};

fn assert_send_sync<T: Send + Sync + 'static>() {}

#[test]
fn public_types_are_send_and_sync() {
    assert_send_sync::<Document>();
    assert_send_sync::<Metric>();
    assert_send_sync::<Unit>();
    assert_send_sync::<Error>();
    assert_send_sync::<Span>();
}

#[test]
fn error_is_a_std_error() {
    fn takes(_: &(dyn std::error::Error + Send + Sync + 'static)) {}
    let err = govreport::parse_number("").unwrap_err();
    takes(&err);
}

#[test]
fn decimals_serialise_as_strings() {
    let m: Metric = "地区生产总值669.8亿元".parse().unwrap();
    let json = serde_json::to_value(&m).unwrap();
    assert_eq!(json["value"], "669.8");
    assert_eq!(json["base_value"], "66980000000");
    assert_eq!(json["base_unit"], "元");
    assert_eq!(json["bound"], "exact");
    assert_eq!(m.bound, Bound::Exact);
}

#[test]
fn spans_serialise_as_objects() {
    assert_eq!(
        serde_json::to_string(&Span::new(3, 9)).unwrap(),
        r#"{"start":3,"end":9}"#
    );
}

#[test]
fn bad_input_never_panics() {
    for text in [
        "",
        "\n",
        "(",
        "（责任单位:",
        "1.",
        "一、",
        "——(总牵头单位:",
        "序号 |",
        "1 |",
        "\u{feff}",
    ] {
        let doc = govreport::parse(text);
        assert_eq!(doc.check_tiling(text), Ok(()), "{text:?}");
    }
}
