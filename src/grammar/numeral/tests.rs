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
