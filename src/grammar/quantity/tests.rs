use super::*;

type QuantityCase<'a> = (
    &'a str,
    &'a str,
    Option<&'a str>,
    Option<&'a str>,
    &'a str,
    Option<&'a str>,
    Bound,
    &'a str,
);

fn dec(s: &str) -> Decimal {
    Decimal::from_str_exact(s).unwrap_or_default()
}

/// input → value, value_max, unit, base value, base unit, bound, remainder
#[test]
fn table() {
    let cases: &[QuantityCase] = &[
        (
            "5.5%左右。",
            "5.5",
            None,
            Some("%"),
            "5.5",
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
            Bound::AtLeast,
            "",
        ),
        (
            "2.18万亿元",
            "2.18",
            None,
            Some("万亿元"),
            "2180000000000",
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
            Bound::Exact,
            "",
        ),
        (
            "10万千瓦",
            "10",
            None,
            Some("万千瓦"),
            "100000",
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
            Bound::Exact,
            "年",
        ),
        (
            "25微克/立方米",
            "25",
            None,
            Some("微克/立方米"),
            "25",
            Some("微克/立方米"),
            Bound::Exact,
            "",
        ),
    ];
    for &(input, v, vmax, unit, base, base_unit, bound, rest) in cases {
        let q = read_quantity(input, 0).unwrap_or_else(|| panic!("no quantity in {input}"));
        assert_eq!(q.value, dec(v), "{input}");
        assert_eq!(q.value_max, vmax.map(dec), "{input}");
        assert_eq!(q.unit.as_deref(), unit, "{input}");
        assert_eq!(q.base_value, dec(base), "{input}");
        assert_eq!(q.base_unit.as_deref(), base_unit, "{input}");
        assert_eq!(q.bound, bound, "{input}");
        assert_eq!(input.get(q.end..), Some(rest), "{input}");
    }
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
    ] {
        let q = read_quantity(text, pos).unwrap_or_else(|| panic!("{text}"));
        assert_eq!(q.bound, bound, "{text}");
    }
    let q = read_quantity("不少于80个", 9).unwrap_or_else(|| panic!("q"));
    assert_eq!((q.start, q.end), (0, 14));
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
    for (text, value) in [("翻一番", 2u32), ("翻两番", 4), ("比2010年翻一番", 2)] {
        let at = text.find("翻").unwrap() + "翻".len();
        let q = read_quantity(text, at).unwrap_or_else(|| panic!("{text}"));
        assert_eq!(q.value, Decimal::from(value), "{text}");
        assert_eq!(q.unit.as_deref(), Some("倍"), "{text}");
        assert_eq!(q.start, text.find("翻").unwrap(), "{text}");
    }
}

#[test]
fn several_tens_is_a_lower_bound() {
    // 数百 / 数千 are not read: 百 and 千 alone do not start a numeral (百日, 千万工程)
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
