//! Heading ordinals and item numbers.
//!
//! The official document format numbers headings `一、` then `（一）` then
//! `1.` then `（1）`; chapters use `第一章` / `第一部分`, articles `第一条`,
//! groups a leading `——`, and some plans circled digits `①`. Brackets and
//! item punctuation come ASCII or full-width.

use nom::branch::alt;
use nom::bytes::complete::{tag, take_while_m_n};
use nom::character::complete::char;
use nom::combinator::{not, peek, recognize};
use nom::multi::many_m_n;
use nom::sequence::{delimited, preceded, terminated};
use nom::{IResult, Parser};

use super::is_digit;

/// The family of an ordinal, from the outermost to the innermost.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum OrdinalKind {
    /// 第一章, 第一部分.
    Chapter,
    /// 第一节: a section of a chapter.
    Section,
    /// 一、
    CnComma,
    /// （一） or (一).
    CnParen,
    /// —— at the start of a line: a group heading.
    Dash,
    /// 1. 1、 1．
    Arabic,
    /// 3.1 (a space after it): a numbered part of item 3., a task of its own.
    Decimal,
    /// （1） or (1).
    ArabicParen,
    /// ① … ⑳.
    Circled,
    /// 第一条 (articles of rules).
    Article,
    /// A list bullet: `- `, `* `, `+ ` (with a space after), `•`, `●`, `◆`,
    /// `■`, `▪`, `○`, `◇`, `□`, `►`, `▶`. It has no number.
    Bullet,
}

/// The bullet that opens `line` with the spaces after it, if any: the ASCII
/// ones (Markdown lists) need a space after them so that `-3%` and `*注`
/// stay text.
fn bullet(line: &str) -> Option<&str> {
    let first = line.chars().next()?;
    let rest = line.get(first.len_utf8()..)?;
    let after = rest.trim_start_matches([' ', '\u{3000}', '\t']);
    let spaced = after.len() < rest.len();
    let ok = match first {
        '-' | '*' | '+' => spaced,
        '•' | '●' | '◆' | '■' | '▪' | '○' | '◇' | '□' | '►' | '▶' => true,
        _ => false,
    };
    (ok && !after.is_empty()).then(|| line.get(..line.len() - after.len()).unwrap_or(""))
}

/// An ordinal found at the start of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Ordinal<'a> {
    /// Its family.
    pub kind: OrdinalKind,
    /// The ordinal as written, punctuation included (`（一）`, `1.`).
    pub written: &'a str,
    /// The number inside it, as written (`一`, `1`), empty for `——`.
    pub number: &'a str,
}

fn is_cn_digit(c: char) -> bool {
    matches!(
        c,
        '一' | '二'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '〇'
            | '零'
            | '百'
            | '两'
    )
}

fn cn_number(i: &str) -> IResult<&str, &str> {
    take_while_m_n(1, 4, is_cn_digit).parse(i)
}

fn arabic_number(i: &str) -> IResult<&str, &str> {
    take_while_m_n(1, 3, is_digit).parse(i)
}

fn open(i: &str) -> IResult<&str, char> {
    alt((char('('), char('（'))).parse(i)
}

fn close(i: &str) -> IResult<&str, char> {
    alt((char(')'), char('）'))).parse(i)
}

/// Item punctuation after an Arabic number: `.` `、` `．` (not a decimal
/// point), or a closing bracket without its opening one (`1）`, `1)`).
fn item_dot(i: &str) -> IResult<&str, char> {
    terminated(
        alt((char('.'), char('、'), char('．'), char('）'), char(')'))),
        not(peek(take_while_m_n(1, 1, is_digit))),
    )
    .parse(i)
}

/// `一、`: a Chinese numeral and an ideographic comma. Accepts 一、 十二、;
/// rejects 一是 and 一批.
fn cn_comma(i: &str) -> IResult<&str, (&str, &str)> {
    let (rest, number) =
        terminated(cn_number, alt((char('、'), char('.'), char('．')))).parse(i)?;
    Ok((rest, (i.get(..i.len() - rest.len()).unwrap_or(""), number)))
}

/// `Ⅱ、` / `Ⅱ.`: a Roman numeral (one character of U+2160–216B) and a
/// comma or a stop, ranked like 一、. Rejects `Ⅱ类`.
fn roman(i: &str) -> IResult<&str, (&str, &str)> {
    let (rest, number) = terminated(
        nom::bytes::complete::take_while_m_n(1, 1, |c: char| ('Ⅰ'..='Ⅻ').contains(&c)),
        alt((char('、'), char('.'), char('．'))),
    )
    .parse(i)?;
    Ok((rest, (i.get(..i.len() - rest.len()).unwrap_or(""), number)))
}

/// `（一）` / `(一)`; rejects `(一期)`.
fn cn_paren(i: &str) -> IResult<&str, (&str, &str)> {
    let (rest, number) = delimited(open, cn_number, close).parse(i)?;
    Ok((rest, (i.get(..i.len() - rest.len()).unwrap_or(""), number)))
}

/// `【一】`: a part heading in black brackets, ranked like 一、 (【1】 is a
/// footnote marker, 【牵头单位】 a label).
fn cn_black(i: &str) -> IResult<&str, (&str, &str)> {
    let (rest, number) = delimited(char('【'), cn_number, char('】')).parse(i)?;
    Ok((rest, (i.get(..i.len() - rest.len()).unwrap_or(""), number)))
}

/// `1.` `12、` `3．`; rejects `1.5万` and `2022年`.
fn arabic(i: &str) -> IResult<&str, (&str, &str)> {
    let (rest, number) = terminated(arabic_number, item_dot).parse(i)?;
    Ok((rest, (i.get(..i.len() - rest.len()).unwrap_or(""), number)))
}

/// `3.1 `, `3.1.2　`, `3.1、`: a decimal section number, followed by a space
/// or 、 so that a number opening a line (3.5万亩) stays a number.
fn decimal(i: &str) -> IResult<&str, (&str, &str)> {
    let (rest, number) = recognize((
        take_while_m_n(1, 2, is_digit),
        many_m_n(
            1,
            2,
            (alt((char('.'), char('．'))), take_while_m_n(1, 2, is_digit)),
        ),
    ))
    .parse(i)?;
    let (rest, _) = alt((char('、'), char(' '), char('\u{3000}'), char('\t'))).parse(rest)?;
    let rest = rest.trim_start_matches([' ', '\u{3000}', '\t']);
    // 3.5 万亩, 2.5 %: a number with its unit set off by a space
    if rest.is_empty() || rest.starts_with(is_digit) || rest.starts_with(['%', '％', '万', '亿'])
    {
        return Err(nom::Err::Error(nom::error::Error::new(
            rest,
            nom::error::ErrorKind::Verify,
        )));
    }
    Ok((rest, (i.get(..i.len() - rest.len()).unwrap_or(""), number)))
}

/// `任务一：`, `任务3.`, `事项2、`: a task label with its number, numbered
/// like `1.`; rejects `任务书`, `任务分解` and `事项一是`.
fn labelled(i: &str) -> IResult<&str, (&str, &str)> {
    let (rest, number) = preceded(
        alt((tag("任务"), tag("事项"))),
        terminated(
            alt((arabic_number, cn_number)),
            alt((char('：'), char(':'), char('、'), char('.'), char('．'))),
        ),
    )
    .parse(i)?;
    Ok((rest, (i.get(..i.len() - rest.len()).unwrap_or(""), number)))
}

/// `第1项　`, `第十二项：`: an item numbered as the Nth, numbered like
/// `1.`; a space or a stop must follow (not `第一项任务是…`).
fn nth_item(i: &str) -> IResult<&str, (&str, &str)> {
    let (rest, number) = delimited(
        char('第'),
        alt((cn_number, arabic_number)),
        terminated(
            char('项'),
            peek(alt((
                char(' '),
                char('\u{3000}'),
                char('\t'),
                char('：'),
                char(':'),
                char('、'),
                char('．'),
                char('.'),
            ))),
        ),
    )
    .parse(i)?;
    // the stop after it is part of the ordinal, the spaces are not
    let stop = rest
        .chars()
        .next()
        .filter(|c| !matches!(c, ' ' | '\u{3000}' | '\t'))
        .map_or(0, char::len_utf8);
    let rest = rest.get(stop..).unwrap_or("");
    Ok((rest, (i.get(..i.len() - rest.len()).unwrap_or(""), number)))
}

/// `（1）` / `(1)`; rejects `(2022)`.
fn arabic_paren(i: &str) -> IResult<&str, (&str, &str)> {
    let (rest, number) = delimited(open, take_while_m_n(1, 2, is_digit), close).parse(i)?;
    Ok((rest, (i.get(..i.len() - rest.len()).unwrap_or(""), number)))
}

/// `第一章`, `第三部分`, `第二节`, `第一条`.
fn chapter(i: &str) -> IResult<&str, (&str, &str, OrdinalKind)> {
    let (rest, number) = delimited(
        char('第'),
        alt((cn_number, arabic_number)),
        peek(alt((tag("章"), tag("部分"), tag("节"), tag("条")))),
    )
    .parse(i)?;
    let kind = if rest.starts_with('条') {
        OrdinalKind::Article
    } else if rest.starts_with('节') {
        OrdinalKind::Section
    } else {
        OrdinalKind::Chapter
    };
    let (rest, _) = alt((tag("章"), tag("部分"), tag("节"), tag("条"))).parse(rest)?;
    Ok((
        rest,
        (i.get(..i.len() - rest.len()).unwrap_or(""), number, kind),
    ))
}

fn circled(i: &str) -> IResult<&str, &str> {
    recognize(take_while_m_n(1, 1, |c| ('①'..='⑳').contains(&c))).parse(i)
}

fn dash(i: &str) -> IResult<&str, &str> {
    alt((tag("——"), tag("—"), tag("--"))).parse(i)
}

/// The ordinal at the start of `line` (already stripped of leading spaces).
///
/// Accepts 一、 （一） (一) 1. 1、 １． (1) ① 第一章 第一条 ——; rejects 一是,
/// 2022年, 1.5万亩, (含农户).
pub(crate) fn ordinal(line: &str) -> Option<Ordinal<'_>> {
    let first = line.chars().next()?;
    let found = if is_cn_digit(first) {
        cn_comma(line)
            .ok()
            .map(|(_, (w, n))| (OrdinalKind::CnComma, w, n))
    } else if first == '【' {
        cn_black(line)
            .ok()
            .map(|(_, (w, n))| (OrdinalKind::CnComma, w, n))
    } else if first == '(' || first == '（' {
        cn_paren(line)
            .ok()
            .map(|(_, (w, n))| (OrdinalKind::CnParen, w, n))
            .or_else(|| {
                arabic_paren(line)
                    .ok()
                    .map(|(_, (w, n))| (OrdinalKind::ArabicParen, w, n))
            })
    } else if is_digit(first) {
        arabic(line)
            .ok()
            .map(|(_, (w, n))| (OrdinalKind::Arabic, w, n))
            .or_else(|| {
                decimal(line)
                    .ok()
                    .map(|(_, (w, n))| (OrdinalKind::Decimal, w, n))
            })
    } else if first == '任' || first == '事' {
        labelled(line)
            .ok()
            .map(|(_, (w, n))| (OrdinalKind::Arabic, w, n))
    } else if first == '第' {
        chapter(line)
            .ok()
            .map(|(_, (w, n, kind))| (kind, w, n))
            .or_else(|| {
                nth_item(line)
                    .ok()
                    .map(|(_, (w, n))| (OrdinalKind::Arabic, w, n))
            })
    } else if ('Ⅰ'..='Ⅻ').contains(&first) {
        roman(line)
            .ok()
            .map(|(_, (w, n))| (OrdinalKind::CnComma, w, n))
    } else if ('①'..='⑳').contains(&first) {
        circled(line)
            .ok()
            .map(|(_, w)| (OrdinalKind::Circled, w, w))
    } else if first == '—' || first == '-' {
        dash(line)
            .ok()
            .map(|(rest, _)| {
                (
                    OrdinalKind::Dash,
                    line.get(..line.len() - rest.len()).unwrap_or(""),
                    "",
                )
            })
            .or_else(|| bullet(line).map(|w| (OrdinalKind::Bullet, w, "")))
    } else {
        bullet(line).map(|w| (OrdinalKind::Bullet, w, ""))
    };
    found.map(|(kind, written, number)| Ordinal {
        kind,
        written,
        number,
    })
}

/// A table row that opens with a bare number and a space: `1 居民消费价格涨幅3%左右`.
/// Returns the number.
pub(crate) fn row_number(line: &str) -> Option<&str> {
    let end = line
        .char_indices()
        .find(|&(_, c)| !is_digit(c))
        .map(|(i, _)| i)?;
    let number = line
        .get(..end)
        .filter(|n| !n.is_empty() && n.chars().count() <= 3)?;
    let rest = line.get(end..)?;
    let sep = rest.chars().next()?;
    (sep == ' ' || sep == '\t' || sep == '\u{3000}' || sep == '|').then_some(number)
}

/// The value of a Chinese or Arabic ordinal number (一 → 1, 十二 → 12, １２ → 12).
pub(crate) fn ordinal_value(number: &str) -> Option<u32> {
    if number.chars().all(is_digit) {
        return number.chars().try_fold(0u32, |acc, c| {
            let d = c
                .to_digit(10)
                .or_else(|| (c as u32).checked_sub('０' as u32))?;
            acc.checked_mul(10)?.checked_add(d)
        });
    }
    let mut total = 0u32;
    let mut current = 0u32;
    for c in number.chars() {
        match c {
            '十' => {
                total += current.max(1) * 10;
                current = 0;
            }
            '百' => {
                total += current.max(1) * 100;
                current = 0;
            }
            _ => current = current * 10 + super::numeral::cjk_digit(c)?,
        }
    }
    Some(total + current)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(line: &str, kind: OrdinalKind, written: &str, number: &str) {
        let o = ordinal(line).unwrap_or_else(|| panic!("no ordinal in {line}"));
        assert_eq!(
            (o.kind, o.written, o.number),
            (kind, written, number),
            "{line}"
        );
    }

    #[test]
    fn ordinals() {
        check("一、总体要求", OrdinalKind::CnComma, "一、", "一");
        check("十二、其他", OrdinalKind::CnComma, "十二、", "十二");
        check("Ⅱ、主要目标", OrdinalKind::CnComma, "Ⅱ、", "Ⅱ");
        assert!(ordinal("Ⅱ类水体").is_none());
        check("（一）构建新产业。", OrdinalKind::CnParen, "（一）", "一");
        check("(三)推进新治理", OrdinalKind::CnParen, "(三)", "三");
        check("1.推行产业链长制。", OrdinalKind::Arabic, "1.", "1");
        check("12、加快", OrdinalKind::Arabic, "12、", "12");
        check("3.1 新增企业", OrdinalKind::Decimal, "3.1 ", "3.1");
        check("【二】重点任务", OrdinalKind::CnComma, "【二】", "二");
        check("3.1.2　推进", OrdinalKind::Decimal, "3.1.2　", "3.1.2");
        check("2.4、推进", OrdinalKind::Decimal, "2.4、", "2.4");
        check("１２．加快", OrdinalKind::Arabic, "１２．", "１２");
        check("(1)完善", OrdinalKind::ArabicParen, "(1)", "1");
        check("（２）完善", OrdinalKind::ArabicParen, "（２）", "２");
        check("①推进", OrdinalKind::Circled, "①", "①");
        check("第一章 总则", OrdinalKind::Chapter, "第一章", "一");
        check("第三部分", OrdinalKind::Chapter, "第三部分", "三");
        check("第二节 数字产业", OrdinalKind::Section, "第二节", "二");
        check("第十条 本办法", OrdinalKind::Article, "第十条", "十");
        check("第1项　全年谋划", OrdinalKind::Arabic, "第1项", "1");
        check("第十二项：发展", OrdinalKind::Arabic, "第十二项：", "十二");
        assert!(ordinal("第一项任务是招商").is_none());
        check("——推动主导产业强链集群", OrdinalKind::Dash, "——", "");
        check(
            "任务一：新引进招商项目10个",
            OrdinalKind::Arabic,
            "任务一：",
            "一",
        );
        check("1）新开工重点项目50个", OrdinalKind::Arabic, "1）", "1");
        check("12)完成投资", OrdinalKind::Arabic, "12)", "12");
        check("事项12.完成投资", OrdinalKind::Arabic, "事项12.", "12");
        for text in ["任务书", "任务分解如下", "事项一是", "任务：推进"] {
            assert_eq!(ordinal(text).map(|o| o.kind), None, "{text}");
        }
        check("- 推进城乡供水一体化", OrdinalKind::Bullet, "- ", "");
        check("* 推进城乡供水一体化", OrdinalKind::Bullet, "* ", "");
        check("●推进城乡供水一体化", OrdinalKind::Bullet, "●", "");
        check("◆ 推进城乡供水一体化", OrdinalKind::Bullet, "◆ ", "");
        for text in ["-3%", "*注:数据为初步统计", "- ", "●", "+5"] {
            assert_eq!(ordinal(text).map(|o| o.kind), None, "{text}");
        }
    }

    #[test]
    fn not_ordinals() {
        for line in [
            "一是加快",
            "2022年",
            "1.5万亩",
            "(含农户)",
            "一批项目",
            "第一",
            "一流",
            "(2022)",
            "3.5 万亩",
            "【1】注释",
            "【牵头单位】区发改局",
            "2.5 %",
            "3.1 ",
            "3.1.2.4 推进",
            "",
        ] {
            assert_eq!(ordinal(line), None, "{line}");
        }
    }

    #[test]
    fn row_numbers() {
        assert_eq!(row_number("1 居民消费价格"), Some("1"));
        assert_eq!(row_number("12 |"), Some("12"));
        assert_eq!(row_number("2022年"), None);
        assert_eq!(row_number("1.推进"), None);
    }

    #[test]
    fn values() {
        for (n, v) in [
            ("一", 1),
            ("十", 10),
            ("十二", 12),
            ("二十", 20),
            ("二十三", 23),
            ("一百零五", 105),
            ("12", 12),
            ("１２", 12),
        ] {
            assert_eq!(ordinal_value(n), Some(v), "{n}");
        }
    }
}
