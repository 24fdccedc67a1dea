//! Property tests: any string parses without panic, the blocks tile it,
//! every span lies on char boundaries, and the JSON round trip is identity.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use proptest::prelude::*;

/// Pieces that real documents are made of, so random strings hit the
/// grammars rather than only plain text.
const PIECES: &[&str] = &[
    "一、",
    "（一）",
    "(二)",
    "1.",
    "12、",
    "（3）",
    "①",
    "——",
    "第一章",
    "(责任单位:",
    "（牵头单位：",
    ";",
    "；",
    "、",
    "，",
    ",",
    ")",
    "）",
    "(",
    "（",
    "区发改局",
    "区科经、商务局",
    "增长",
    "下降",
    "6.5%",
    "％",
    "左右",
    "以上",
    "以内",
    "亿元",
    "万",
    "万亩",
    "1.5",
    "１２３",
    "百分之十",
    "两成",
    "十余",
    "个",
    "家",
    "—",
    "-",
    "～",
    "至",
    "\n",
    "\r\n",
    " ",
    "\u{3000}",
    "\u{feff}",
    "\u{200b}",
    "\u{a0}",
    "[3]",
    "“",
    "”",
    "。",
    "主要预期目标是:",
    "序号 | 任务 |",
    " |",
    "2022年10月底前",
    "牵头",
    "各街道办事处",
    "〔2021〕",
    "号",
    "名词解释",
    "附件",
    "0",
    "9",
    "一",
    "九",
    "〇",
    "&nbsp;",
    "&ldquo;",
    "<br>",
    "</p>",
    "<span style=\"x\">",
];

fn document() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            3 => prop::sample::select(PIECES).prop_map(str::to_string),
            1 => any::<String>(),
            1 => "[\\u4e00-\\u4e20０-９（）：；，。、%0-9.]{0,12}",
        ],
        0..40,
    )
    .prop_map(|parts| parts.concat())
}

fn check(text: &str) {
    let doc = govreport::parse(text);
    assert_eq!(doc.check_tiling(text), Ok(()));
    for m in doc.metrics() {
        assert!(
            m.span.get(text).is_some(),
            "metric span {} off boundaries",
            m.span
        );
        assert_eq!(doc.text(m.span), Some(m.text.as_str()));
    }
    for t in doc.tasks() {
        assert!(t.span.get(text).is_some());
        for u in &t.units {
            assert!(
                u.span.get(text).is_some(),
                "unit span {} off boundaries",
                u.span
            );
        }
    }
    for d in doc.diagnostics() {
        assert!(
            d.span.get(text).is_some(),
            "diagnostic span {} off boundaries",
            d.span
        );
    }
    let json = serde_json::to_string(&doc).unwrap();
    let back: govreport::Document = serde_json::from_str(&json).unwrap();
    assert_eq!(serde_json::to_string(&back).unwrap(), json);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn any_document_parses_and_tiles(text in document()) {
        check(&text);
    }

    #[test]
    fn any_string_parses_and_tiles(text in any::<String>()) {
        check(&text);
    }

    #[test]
    fn metric_parser_never_panics(text in document()) {
        let _ = text.parse::<govreport::Metric>();
        let _ = govreport::parse_number(&text);
        let _ = govreport::Unit::parse_list(&text);
    }
}
