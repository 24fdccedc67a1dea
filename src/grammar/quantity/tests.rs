use super::*;

/// input → value, value_max, unit, base value, base value max, base unit, bound, remainder
type QuantityCase<'a> = (
    &'a str,
    &'a str,
    Option<&'a str>,
    Option<&'a str>,
    &'a str,
    Option<&'a str>,
    Option<&'a str>,
    Bound,
    &'a str,
);

fn check(cases: &[QuantityCase]) {
    for &(input, v, vmax, unit, base, base_max, base_unit, bound, rest) in cases {
        let q = read_quantity(input, 0).unwrap_or_else(|| panic!("no quantity in {input}"));
        assert_eq!(q.value, dec(v), "{input}");
        assert_eq!(q.value_max, vmax.map(dec), "{input}");
        assert_eq!(q.unit.as_deref(), unit, "{input}");
        assert_eq!(q.base_value, dec(base), "{input}");
        assert_eq!(q.base_value_max, base_max.map(dec), "{input}");
        assert_eq!(q.base_unit.as_deref(), base_unit, "{input}");
        assert_eq!(q.bound, bound, "{input}");
        assert_eq!(input.get(q.end..), Some(rest), "{input}");
    }
}

fn dec(s: &str) -> Decimal {
    Decimal::from_str_exact(s).unwrap_or_default()
}

/// input → value, value_max, unit, base value, base value max, base unit,
/// bound, remainder
#[test]
fn table() {
    check(&[
        (
            "5.5%左右。",
            "5.5",
            None,
            Some("%"),
            "5.5",
            None,
            Some("%"),
            Bound::Approx,
            "。",
        ),
        (
            "５．５％以上",
            "5.5",
            None,
            Some("%"),
            "5.5",
            None,
            Some("%"),
            Bound::AtLeast,
            "",
        ),
        (
            "669.8亿元",
            "669.8",
            None,
            Some("亿元"),
            "66980000000",
            None,
            Some("元"),
            Bound::Exact,
            "",
        ),
        (
            "1.5万亩",
            "1.5",
            None,
            Some("万亩"),
            "15000",
            None,
            Some("亩"),
            Bound::Exact,
            "",
        ),
        (
            "60万以上",
            "60",
            None,
            Some("万"),
            "600000",
            None,
            None,
            Bound::AtLeast,
            "",
        ),
        (
            "2.18万亿元",
            "2.18",
            None,
            Some("万亿元"),
            "2180000000000",
            None,
            Some("元"),
            Bound::Exact,
            "",
        ),
        (
            "3000余个",
            "3000",
            None,
            Some("个"),
            "3000",
            None,
            Some("个"),
            Bound::AtLeast,
            "",
        ),
        (
            "2万余人",
            "2",
            None,
            Some("万人"),
            "20000",
            None,
            Some("人"),
            Bound::AtLeast,
            "",
        ),
        (
            "200多亩土地",
            "200",
            None,
            Some("亩"),
            "200",
            None,
            Some("亩"),
            Bound::AtLeast,
            "土地",
        ),
        (
            "1-2家",
            "1",
            Some("2"),
            Some("家"),
            "1",
            Some("2"),
            Some("家"),
            Bound::Range,
            "",
        ),
        (
            "3至5个",
            "3",
            Some("5"),
            Some("个"),
            "3",
            Some("5"),
            Some("个"),
            Bound::Range,
            "",
        ),
        (
            "4.5%—5%",
            "4.5",
            Some("5"),
            Some("%"),
            "4.5",
            Some("5"),
            Some("%"),
            Bound::Range,
            "",
        ),
        (
            "7.5-8%",
            "7.5",
            Some("8"),
            Some("%"),
            "7.5",
            Some("8"),
            Some("%"),
            Bound::Range,
            "",
        ),
        (
            "6.5%～7%",
            "6.5",
            Some("7"),
            Some("%"),
            "6.5",
            Some("7"),
            Some("%"),
            Bound::Range,
            "",
        ),
        (
            "1.5万—2万亩",
            "1.5",
            Some("2"),
            Some("万亩"),
            "15000",
            Some("20000"),
            Some("亩"),
            Bound::Range,
            "",
        ),
        (
            "5.2%、8%",
            "5.2",
            None,
            Some("%"),
            "5.2",
            None,
            Some("%"),
            Bound::Exact,
            "、8%",
        ),
        (
            "3千万",
            "3",
            None,
            Some("千万"),
            "30000000",
            None,
            None,
            Bound::Exact,
            "",
        ),
        (
            "10万千瓦",
            "10",
            None,
            Some("万千瓦"),
            "100000",
            None,
            Some("千瓦"),
            Bound::Exact,
            "",
        ),
        (
            "3千米",
            "3",
            None,
            Some("千米"),
            "3",
            None,
            Some("千米"),
            Bound::Exact,
            "",
        ),
        (
            "两千米",
            "2000",
            None,
            Some("米"),
            "2000",
            None,
            Some("米"),
            Bound::Exact,
            "",
        ),
        (
            "4.1亿斤以上",
            "4.1",
            None,
            Some("亿斤"),
            "410000000",
            None,
            Some("斤"),
            Bound::AtLeast,
            "",
        ),
        (
            "2个百分点",
            "2",
            None,
            Some("个百分点"),
            "2",
            None,
            Some("个百分点"),
            Bound::Exact,
            "",
        ),
        (
            "百分之十",
            "10",
            None,
            Some("%"),
            "10",
            None,
            Some("%"),
            Bound::Exact,
            "",
        ),
        (
            "千分之三",
            "3",
            None,
            Some("‰"),
            "3",
            None,
            Some("‰"),
            Bound::Exact,
            "",
        ),
        (
            "两成",
            "2",
            None,
            Some("成"),
            "20",
            None,
            Some("%"),
            Bound::Exact,
            "",
        ),
        (
            "十余家",
            "10",
            None,
            Some("家"),
            "10",
            None,
            Some("家"),
            Bound::AtLeast,
            "",
        ),
        (
            "三千万元",
            "3000",
            None,
            Some("万元"),
            "30000000",
            None,
            Some("元"),
            Bound::Exact,
            "",
        ),
        (
            "2022年",
            "2022",
            None,
            None,
            "2022",
            None,
            None,
            Bound::Exact,
            "年",
        ),
        (
            "25微克/立方米",
            "25",
            None,
            Some("微克/立方米"),
            "25",
            None,
            Some("微克/立方米"),
            Bound::Exact,
            "",
        ),
    ]);
}

#[test]
fn prefix_bounds() {
    for (text, pos, bound) in [
        ("不少于80个", 9, Bound::AtLeast),
        ("不低于50%", 9, Bound::AtLeast),
        ("超150亿元以上", 3, Bound::AtLeast),
        ("约100元", 3, Bound::Approx),
        ("不超过3%", 9, Bound::AtMost),
        ("控制在4%以内", 9, Bound::AtMost),
        ("最近5年", 6, Bound::Exact),
        ("力争10家", 6, Bound::Exact),
        // 约 inside a word is no "about"
        ("投资约45亿元", 9, Bound::Approx),
        ("实际签约51个", 12, Bound::Exact),
        ("节约3.5万吨", 6, Bound::Exact),
        ("履约12次", 6, Bound::Exact),
    ] {
        let q = read_quantity(text, pos).unwrap_or_else(|| panic!("{text}"));
        assert_eq!(q.bound, bound, "{text}");
    }
    let q = read_quantity("不少于80个", 9).unwrap_or_else(|| panic!("q"));
    assert_eq!((q.start, q.end), (0, 14));
}

#[test]
fn within_a_span_of_time() {
    let q = read_quantity("15个工作日内办结", 0).unwrap_or_else(|| panic!("q"));
    assert_eq!((q.bound, q.end), (Bound::AtMost, "15个工作日内".len()));
    // 内 after a count is a place, not a bound
    let q = read_quantity("5个区内", 0).unwrap_or_else(|| panic!("q"));
    assert_eq!(q.bound, Bound::Exact);
    let q = read_quantity("600万标准箱", 0).unwrap_or_else(|| panic!("q"));
    assert_eq!(q.unit.as_deref(), Some("万标准箱"));
}

#[test]
fn a_bracketed_measure_word_before_the_bound() {
    let text = "800万头（只）以上";
    let q = read_quantity(text, 0).unwrap_or_else(|| panic!("q"));
    assert_eq!(
        (q.bound, q.unit.as_deref(), q.end),
        (Bound::AtLeast, Some("万头"), text.len())
    );
    // without a bound word after it the bracket is left alone
    let q = read_quantity("800万头（只）", 0).unwrap_or_else(|| panic!("q"));
    assert_eq!((q.bound, q.end), (Bound::Exact, "800万头".len()));
}

#[test]
fn ranges_need_order_and_units() {
    // a date is not a range
    let q = read_quantity("2021-11-24", 0).unwrap_or_else(|| panic!("q"));
    assert_eq!(q.value_max, None);
    // borrowed magnitude only when it keeps the order
    let q = read_quantity("十八至三十万日元", 0).unwrap_or_else(|| panic!("q"));
    assert_eq!(
        (q.base_value, q.base_value_max),
        (dec("180000"), Some(dec("300000")))
    );
    let q = read_quantity("8500到3万港元", 0).unwrap_or_else(|| panic!("q"));
    assert_eq!(
        (q.base_value, q.base_value_max),
        (dec("8500"), Some(dec("30000")))
    );
    // different units: no range
    let q = read_quantity("5%-3个", 0).unwrap_or_else(|| panic!("q"));
    assert_eq!(q.value_max, None);
}

#[test]
fn unit_words_inside_ordinary_words_are_not_units() {
    assert!(match_unit("部门").is_none());
    assert!(match_unit("人民").is_none());
    assert_eq!(match_unit("部以上").map(|d| d.text), Some("部"));
    assert_eq!(match_unit("个百分点").map(|d| d.text), Some("个百分点"));
    assert_eq!(match_unit("平方公里").map(|d| d.text), Some("平方公里"));
}

#[test]
fn doubling_is_a_multiple() {
    // as written (n 番), the base the growth as a multiple: 2^n − 1 倍
    for (text, at, value, base) in [
        ("翻一番", "一", 1u32, 1u32),
        ("翻两番", "两", 2, 3),
        ("比2010年翻一番", "一", 1, 1),
        ("收入翻了一番", "一", 1, 1),
        ("翻三番", "三", 3, 7),
    ] {
        let at = text.find(at).unwrap();
        let q = read_quantity(text, at).unwrap_or_else(|| panic!("{text}"));
        assert_eq!(q.value, Decimal::from(value), "{text}");
        assert_eq!(q.unit.as_deref(), Some("番"), "{text}");
        assert_eq!(
            (q.base_value, q.base_unit.as_deref()),
            (Decimal::from(base), Some("倍")),
            "{text}"
        );
        assert_eq!(q.start, text.find("翻").unwrap(), "{text}");
        assert_eq!(q.end, text.len(), "{text}");
    }
    // no count of doublings
    let q = read_quantity("翻1.5番", "翻".len());
    assert!(q.is_none_or(|q| q.unit.as_deref() != Some("番")));
}

#[test]
fn several_tens_is_a_lower_bound() {
    // 数百 / 数千 start at 百 / 千 and are read by the metric scanner (below)
    for (text, value, unit) in [
        ("几十家", 10u32, "家"),
        ("数十个", 10, "个"),
        ("数十万元", 100_000, "元"),
    ] {
        let at = text.char_indices().nth(1).unwrap().0;
        let q = read_quantity(text, at).unwrap_or_else(|| panic!("{text}"));
        assert_eq!(q.base_value, Decimal::from(value), "{text}");
        assert_eq!(q.base_unit.as_deref(), Some(unit), "{text}");
        assert_eq!(q.bound, Bound::AtLeast, "{text}");
        assert_eq!(q.start, 0, "{text}");
    }
}

#[test]
fn fractions_are_shares_in_percent() {
    use Bound::{AtLeast, Exact, Range};
    let pct = Some("%");
    check(&[
        (
            "三分之一",
            "33.3333",
            None,
            pct,
            "33.3333",
            None,
            pct,
            Exact,
            "",
        ),
        (
            "三分之二以上。",
            "66.6667",
            None,
            pct,
            "66.6667",
            None,
            pct,
            AtLeast,
            "。",
        ),
        ("五分之一", "20", None, pct, "20", None, pct, Exact, ""),
        ("五分之壹", "20", None, pct, "20", None, pct, Exact, ""),
        (
            "十分之一左右",
            "10",
            None,
            pct,
            "10",
            None,
            pct,
            Bound::Approx,
            "",
        ),
        ("八分之一", "12.5", None, pct, "12.5", None, pct, Exact, ""),
        (
            "１６分之5",
            "31.25",
            None,
            pct,
            "31.25",
            None,
            pct,
            Exact,
            "",
        ),
        ("16分之5", "31.25", None, pct, "31.25", None, pct, Exact, ""),
        (
            "四分之一至三分之一",
            "25",
            Some("33.3333"),
            pct,
            "25",
            Some("33.3333"),
            pct,
            Range,
            "",
        ),
        // the percent forms keep their own unit
        ("一百分之二", "2", None, pct, "2", None, pct, Exact, ""),
        (
            "一千分之三",
            "3",
            None,
            Some("‰"),
            "3",
            None,
            Some("‰"),
            Exact,
            "",
        ),
        (
            "一万分之五",
            "5",
            None,
            Some("‱"),
            "5",
            None,
            Some("‱"),
            Exact,
            "",
        ),
    ]);
    // no fraction: a decimal numerator over 500, a denominator of one
    let q = read_quantity("五百分之2.2", 0).unwrap_or_else(|| panic!("q"));
    assert_eq!((q.value, q.unit), (Decimal::from(500), None));
    let q = read_quantity("一分之一", 0).unwrap_or_else(|| panic!("q"));
    assert_eq!(q.unit, None);
}

#[test]
fn a_percent_prefix_holds_for_the_bare_end_of_its_range() {
    let q = read_quantity("百分之八到十", 0).unwrap_or_else(|| panic!("q"));
    assert_eq!(
        (q.value, q.value_max, q.unit.as_deref(), q.bound),
        (
            Decimal::from(8),
            Some(Decimal::TEN),
            Some("%"),
            Bound::Range
        )
    );
    // a number with a unit of its own is no end of the range
    let q = read_quantity("百分之五到2025年", 0).unwrap_or_else(|| panic!("q"));
    assert_eq!((q.value_max, q.bound), (None, Bound::Exact));
}

#[test]
fn approximate_pairs_are_ranges() {
    use Bound::Range;
    check(&[
        (
            "七八个",
            "7",
            Some("8"),
            Some("个"),
            "7",
            Some("8"),
            Some("个"),
            Range,
            "",
        ),
        (
            "两三个月",
            "2",
            Some("3"),
            Some("个月"),
            "2",
            Some("3"),
            Some("个月"),
            Range,
            "",
        ),
        (
            "一两家企业",
            "1",
            Some("2"),
            Some("家"),
            "1",
            Some("2"),
            Some("家"),
            Range,
            "企业",
        ),
        (
            "三四十家",
            "30",
            Some("40"),
            Some("家"),
            "30",
            Some("40"),
            Some("家"),
            Range,
            "",
        ),
        (
            "三五百块",
            "300",
            Some("500"),
            Some("块"),
            "300",
            Some("500"),
            Some("元"),
            Range,
            "",
        ),
        (
            "八九亿元",
            "8",
            Some("9"),
            Some("亿元"),
            "800000000",
            Some("900000000"),
            Some("元"),
            Range,
            "",
        ),
        (
            "四五十万元左右",
            "40",
            Some("50"),
            Some("万元"),
            "400000",
            Some("500000"),
            Some("元"),
            Range,
            "",
        ),
        (
            "七八成",
            "7",
            Some("8"),
            Some("成"),
            "70",
            Some("80"),
            Some("%"),
            Range,
            "",
        ),
    ]);
    // a pair with no unit or magnitude, a list, a plan name: no quantity
    for text in ["二三产业", "一两年", "十四五规划", "十三五时期"] {
        assert!(read_quantity(text, 0).is_none(), "{text}");
    }
    // 一二 is a list (一二三产业), read digit by digit as before
    let q = read_quantity("一二线城市", 0).unwrap_or_else(|| panic!("q"));
    assert_eq!((q.value, q.value_max), (Decimal::from(12), None));
}

#[test]
fn tens_with_ji_are_a_lower_bound() {
    for (text, base, unit) in [
        ("十几家", 10i64, "家"),
        ("二十几个", 20, "个"),
        ("十几万人", 100_000, "人"),
        ("肆拾幾亿元", 4_000_000_000, "元"),
    ] {
        let q = read_quantity(text, 0).unwrap_or_else(|| panic!("{text}"));
        assert_eq!(q.base_value, Decimal::from(base), "{text}");
        assert_eq!(q.base_unit.as_deref(), Some(unit), "{text}");
        assert_eq!(q.bound, Bound::AtLeast, "{text}");
    }
    // 几 after a digit is no approximation (3几 is not a form)
    let q = read_quantity("3几个", 0).unwrap_or_else(|| panic!("q"));
    assert_eq!(q.bound, Bound::Exact);
}

#[test]
fn approximate_count_words_before_magnitudes() {
    for (before, len) in [
        ("培育数", 3),
        ("几", 3),
        ("好几", 6),
        ("吸引上", 3),
        ("成百上", 9),
        ("成千上", 9),
    ] {
        assert_eq!(
            prefix_bound(before),
            Some((Bound::AtLeast, len)),
            "{before}"
        );
    }
    for before in [
        "参保人数",
        "总数",
        "指数",
        "寥寥无几",
        "十几",
        "线上",
        "以上",
        "网上",
        "基本上",
    ] {
        assert_eq!(prefix_bound(before), None, "{before}");
    }
    // the words do not bound a number written with digits
    let q = read_quantity("数5个", 3).unwrap_or_else(|| panic!("q"));
    assert_eq!((q.bound, q.start), (Bound::Exact, 3));
}

#[test]
fn approximate_counts_through_the_metric_api() {
    use crate::Metric;
    for (text, base, unit) in [
        ("培育数百家企业", 100i64, "家"),
        ("流转土地数千亩", 1000, "亩"),
        ("吸引上万人参加", 10_000, "人"),
        ("带动成百上千户", 1000, "户"),
        ("投资几百万元", 1_000_000, "元"),
        ("好几千亩", 1000, "亩"),
        ("几十家企业", 10, "家"),
        ("数十万元", 100_000, "元"),
    ] {
        let m = Metric::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_eq!(m.base_value, Decimal::from(base), "{text}");
        assert_eq!(m.base_unit.as_deref(), Some(unit), "{text}");
        assert_eq!(m.bound, Bound::AtLeast, "{text}");
        // 百 and 千 are counts: the value is written in the base unit
        if text.contains(['百', '千']) {
            assert_eq!(
                (m.value, m.unit.as_deref()),
                (Decimal::from(base), Some(unit)),
                "{text}"
            );
        }
    }
    let m = Metric::parse("吸引上万人参加").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((m.value, m.unit.as_deref()), (dec("1"), Some("万人")));
    for text in [
        "线上万人招聘会",
        "十四五规划",
        "“十四五”时期",
        "二三产业融合",
        "一二三产业",
    ] {
        assert!(Metric::parse(text).is_err(), "{text}");
    }
    let m = Metric::parse("占比达三分之一以上").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        (m.base_value, m.base_unit.as_deref(), m.bound),
        (dec("33.3333"), Some("%"), Bound::AtLeast)
    );
    let m = Metric::parse("新增七八个项目").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        (m.value, m.value_max, m.bound),
        (dec("7"), Some(dec("8")), Bound::Range)
    );
}

#[test]
fn signs() {
    for (before, len) in [
        ("增长-", Some(1)),
        ("（-", Some(1)),
        ("-", Some(1)),
        ("为负", Some(3)),
        ("增速－", Some(3)),
    ] {
        assert_eq!(sign_before(before), len, "{before}");
    }
    for before in ["2021-", "G-", "5%-", "减负", "担负", "号-", "a-"] {
        assert_eq!(sign_before(before), None, "{before}");
    }
    let q = read_quantity("增长-3.5%", 7).unwrap_or_else(|| panic!("q"));
    assert_eq!(
        (q.value, q.base_value, q.start),
        (dec("-3.5"), dec("-3.5"), 6)
    );
    let q = read_quantity("为企业减负1340万元", 15).unwrap_or_else(|| panic!("q"));
    assert_eq!(q.value, Decimal::from(1340));
    // a range is still a range
    let q = read_quantity("2021-2025", 0).unwrap_or_else(|| panic!("q"));
    assert_eq!(
        (q.value, q.value_max),
        (Decimal::from(2021), Some(Decimal::from(2025)))
    );
}

#[test]
fn unit_starting_with_a_small_unit() {
    let q = read_quantity("一百千瓦", 0).unwrap_or_else(|| panic!("q"));
    assert_eq!(
        (q.value, q.unit.as_deref()),
        (Decimal::from(100), Some("千瓦"))
    );
    let q = read_quantity("五十千米", 0).unwrap_or_else(|| panic!("q"));
    assert_eq!(
        (q.value, q.unit.as_deref()),
        (Decimal::from(50), Some("千米"))
    );
}

#[test]
fn bound_phrases_with_a_verb() {
    for (text, pos, bound) in [
        ("至少有10家", 9, Bound::AtLeast),
        ("至少为3个", 9, Bound::AtLeast),
        ("最多为5个", 9, Bound::AtMost),
    ] {
        let q = read_quantity(text, pos).unwrap_or_else(|| panic!("{text}"));
        assert_eq!((q.bound, q.start), (bound, 0), "{text}");
    }
}

#[test]
fn no_negative_zero() {
    let q = read_quantity("-0万", 1).unwrap_or_else(|| panic!("q"));
    assert_eq!(q.value.to_string(), "0");
    assert_eq!(q.start, 1);
}

#[test]
fn rates_keep_their_denominator() {
    for (text, unit, base_unit, bound) in [
        ("5万吨/日", "万吨/日", "吨/日", Bound::Exact),
        ("不少于200台次/日", "台次/日", "台次/日", Bound::AtLeast),
        ("3000元／亩以上", "元/亩", "元/亩", Bound::AtLeast),
        ("120公斤/亩", "公斤/亩", "千克/亩", Bound::Exact),
        ("2.5万元/人", "万元/人", "元/人", Bound::Exact),
        ("40吨/年", "吨/年", "吨/年", Bound::Exact),
    ] {
        let at = text.find(|c: char| c.is_ascii_digit()).unwrap_or(0);
        let q = read_quantity(text, at).unwrap_or_else(|| panic!("{text}"));
        assert_eq!(
            (q.unit.as_deref(), q.base_unit.as_deref(), q.bound),
            (Some(unit), Some(base_unit), bound),
            "{text}"
        );
        assert_eq!(q.end, text.len(), "{text}");
    }
    // a slash that starts a date, a second number or a percent is no rate
    for (text, unit) in [
        ("5吨/2023年", "吨"),
        ("12个/15个", "个"),
        ("30%/年", "%"),
        ("20亿元/", "亿元"),
    ] {
        let q = read_quantity(text, 0).unwrap_or_else(|| panic!("{text}"));
        assert_eq!(q.unit.as_deref(), Some(unit), "{text}");
    }
}
