use super::*;

fn num(s: &str) -> Decimal {
    match parse_number(s) {
        Ok(v) => v,
        Err(e) => panic!("{s}: {e}"),
    }
}

fn dec(s: &str) -> Decimal {
    Decimal::from_str_exact(s).unwrap_or_default()
}

#[test]
fn arabic_and_full_width() {
    for (input, want) in [
        ("0", "0"),
        ("12", "12"),
        ("1,234.5", "1234.5"),
        ("1,234,567", "1234567"),
        ("１２３．５", "123.5"),
        ("１，２３４", "1234"),
        ("0.98", "0.98"),
        ("-10.1万", "-101000"),
        ("1.5万", "15000"),
        ("3.85亿", "385000000"),
        ("3千万", "30000000"),
        ("4.78万亿", "4780000000000"),
        ("2万余", "20000"),
        ("100万三千", "1003000"),
    ] {
        assert_eq!(num(input), dec(want), "{input}");
    }
}

#[test]
fn chinese() {
    for (input, want) in [
        ("〇", "0"),
        ("三", "3"),
        ("两", "2"),
        ("十", "10"),
        ("十二", "12"),
        ("二十", "20"),
        ("一百零五", "105"),
        ("一千五百", "1500"),
        ("一千零一", "1001"),
        ("十萬零一百", "100100"),
        ("二十一万亿", "21000000000000"),
        ("一亿二千万", "120000000"),
        ("四億五千六百四十二萬零壹十五", "456420015"),
        ("壹佰贰拾叁", "123"),
        ("二〇〇二", "2002"),
        ("零点五", "0.5"),
        ("三点一四", "3.14"),
        ("十二点五亿", "1250000000"),
        ("一百点123", "100.123"),
        ("三万五", "35000"),
        ("一百二", "120"),
        ("廿二", "22"),
        ("一千多万", "10000000"),
        ("负六点六", "-6.6"),
    ] {
        assert_eq!(num(input), dec(want), "{input}");
    }
}

#[test]
fn errors_carry_spans() {
    let e = parse_number("十四五abc").unwrap_err();
    assert_eq!(
        (e.kind(), e.span()),
        (ErrorKind::TrailingInput, Span::new(9, 12))
    );
    assert_eq!(parse_number("").unwrap_err().kind(), ErrorKind::Empty);
    assert_eq!(parse_number("  ").unwrap_err().kind(), ErrorKind::Empty);
    assert_eq!(
        parse_number("abc").unwrap_err().kind(),
        ErrorKind::ExpectedNumber
    );
    assert_eq!(
        parse_number("万").unwrap_err().kind(),
        ErrorKind::ExpectedNumber
    );
    assert_eq!(
        parse_number("十四五").unwrap_err().kind(),
        ErrorKind::ExpectedNumber
    );
    assert_eq!(
        parse_number("十一十二").unwrap_err().kind(),
        ErrorKind::ExpectedNumber
    );
    assert_eq!(
        parse_number("零点").unwrap_err().kind(),
        ErrorKind::TrailingInput
    );
    assert_eq!(parse_number("1.新增").unwrap_err().span(), Span::new(1, 8));
}

#[test]
fn overflow_is_an_error_not_a_panic() {
    let long = "9".repeat(40);
    assert_eq!(parse_number(&long).unwrap_err().kind(), ErrorKind::Overflow);
    let chinese = "九".repeat(40);
    assert_eq!(
        parse_number(&chinese).unwrap_err().kind(),
        ErrorKind::Overflow
    );
    assert_eq!(
        parse_number("九万亿亿亿亿").unwrap_err().kind(),
        ErrorKind::Overflow
    );
    let huge = "一".repeat(10_000);
    assert!(parse_number(&huge).is_err());
}

#[test]
fn core_keeps_magnitude_out() {
    let c = read_core("1.5万亩").unwrap_or_else(|| panic!("core"));
    assert_eq!((c.value, c.end, c.chinese), (dec("1.5"), 3, false));
    let c = read_core("三千万元").unwrap_or_else(|| panic!("core"));
    assert_eq!((c.value, c.end), (dec("3000"), 6));
    let c = read_core("3千万").unwrap_or_else(|| panic!("core"));
    assert_eq!((c.value, c.end, c.run_end), (dec("3"), 1, 7));
    assert!(read_core("十四五").is_none());
    assert!(read_core("万").is_none());
}

#[test]
fn fractions_and_mixed_numbers() {
    for (input, want) in [
        ("二分之一", "0.5"),
        ("五分之一", "0.2"),
        ("五分之壹", "0.2"),
        ("十分之一", "0.1"),
        ("三分之一", "0.333333"),
        ("三分之二", "0.666667"),
        ("１６分之5", "0.3125"),
        ("16分之5", "0.3125"),
        ("二十五分之一百四十四", "5.76"),
        ("一百万分之五", "0.000005"),
        ("一百分之五十五点五七九", "0.55579"),
        ("百分之十", "0.1"),
        ("3又一千分之23", "3.023"),
        ("３又一千分之２３", "3.023"),
        ("负一又二分之一", "-1.5"),
        ("一百万又五十万分之二十五", "1000000.00005"),
    ] {
        assert_eq!(num(input), dec(want), "{input}");
    }
    for bad in [
        "一分之一",
        "零分之一",
        "五百分之2.2",
        "3/5",
        "三分之",
        "分之一",
    ] {
        assert!(parse_number(bad).is_err(), "{bad}");
    }
}

#[test]
fn ratio_is_exact_when_it_terminates() {
    let r = |n: i64, d: i64| ratio(Decimal::from(n), Decimal::from(d));
    assert_eq!(r(1, 1024), Some(dec("0.0009765625")));
    assert_eq!(r(5, 16), Some(dec("0.3125")));
    assert_eq!(r(3, 12), Some(dec("0.25")));
    assert_eq!(r(1, 3), Some(dec("0.333333")));
    assert_eq!(r(2, 3), Some(dec("0.666667")));
    assert_eq!(r(1, 7), Some(dec("0.142857")));
    assert_eq!(r(1, 0), None);
    assert_eq!(ratio(dec("2.5"), dec("0.5")), Some(dec("5")));
}

#[test]
fn fraction_extent() {
    let f = read_fraction("三分之二以上").unwrap_or_else(|| panic!("fraction"));
    assert_eq!((f.num, f.den, f.end), (dec("2"), dec("3"), 12));
    let f = read_fraction("１６分之5个").unwrap_or_else(|| panic!("fraction"));
    assert_eq!((f.num, f.den, f.end), (dec("5"), dec("16"), 13));
    for none in [
        "三分",
        "一分之一",
        "零分之一",
        "三分之",
        "五百分之2.2",
        "十四五",
    ] {
        assert!(read_fraction(none).is_none(), "{none}");
    }
}

#[test]
fn approximate_pairs() {
    // input → low, high, byte length of the core
    for (input, lo, hi, end) in [
        ("七八个", "7", "8", 6),
        ("两三家", "2", "3", 6),
        ("兩三家", "2", "3", 6),
        ("一两个", "1", "2", 6),
        ("三五个", "3", "5", 6),
        ("三四十家", "30", "40", 9),
        ("三五百块", "300", "500", 9),
        ("四五千块钱", "4000", "5000", 9),
        ("八九亿韩元", "8", "9", 6),
        ("四五十万元", "40", "50", 9),
    ] {
        let c = read_core(input).unwrap_or_else(|| panic!("core {input}"));
        assert_eq!(
            (c.value, c.value_max, c.end),
            (dec(lo), Some(dec(hi)), end),
            "{input}"
        );
    }
    // not pairs: a list (一二), digit-by-digit readings, plan names
    for (input, want) in [
        ("一二", "12"),
        ("二三四", "234"),
        ("九五", "95"),
        ("二〇", "20"),
    ] {
        let c = read_core(input).unwrap_or_else(|| panic!("core {input}"));
        assert_eq!((c.value, c.value_max), (dec(want), None), "{input}");
    }
    assert!(read_core("十四五").is_none());
    assert!(read_core("十三五").is_none());
    assert!(read_core("十七八").is_none());
    // parse_number keeps the digit-by-digit reading
    assert_eq!(num("七八"), dec("78"));
}

#[test]
fn no_negative_zero() {
    assert_eq!(num("负零").to_string(), "0");
    assert_eq!(num("负三分之零").to_string(), "0");
    assert_eq!(num("-0").to_string(), "0");
}
