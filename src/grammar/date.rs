//! Dates and deadlines: absolute (2022年10月底前, 2021-11-24, 2021年3月21日),
//! relative to the plan year (年底前, 6月底前, 一季度, 上半年, 年内, 全年).

use chrono::NaiveDate;

use crate::grammar::heading::ordinal_value;
use crate::grammar::is_digit;
use crate::grammar::numeral::cjk_digit;

/// Takes a run of 1..=max digits at the start of `s`: (value, rest).
fn take_digits(s: &str, max: usize) -> Option<(u32, &str)> {
    let end = s
        .char_indices()
        .find(|&(_, c)| !is_digit(c))
        .map_or(s.len(), |(i, _)| i);
    let run = s.get(..end)?;
    let n = run.chars().count();
    if n == 0 || n > max {
        return None;
    }
    Some((ordinal_value(run)?, s.get(end..)?))
}

/// The year a goal is for at the start of `s` — 到2025年, 到2025年底,
/// 至2027年末 — and its length in bytes (None when `s` opens otherwise).
pub(crate) fn horizon(s: &str) -> Option<(i32, usize)> {
    let (year, rest) = take_digits(s.strip_prefix(['到', '至'])?, 4)?;
    let rest = rest.strip_prefix('年')?;
    let rest = ["年底", "底", "末"]
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .unwrap_or(rest);
    let year = i32::try_from(year)
        .ok()
        .filter(|y| (1900..=2200).contains(y))?;
    Some((year, s.len() - rest.len()))
}

/// The last day of `month` in `year`.
pub(crate) fn month_end(year: i32, month: u32) -> Option<NaiveDate> {
    let (y, m) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1)?.pred_opt()
}

/// A calendar date written in Chinese numerals, as signatures are:
/// `二〇二四年三月十五日`, `二○二一年十一月二十四日`.
fn cn_calendar_date(s: &str) -> Option<(NaiveDate, usize)> {
    // the numeral grammar's digits, and the circles dates write for zero
    let digit = |c: char| cjk_digit(c).or_else(|| matches!(c, '○' | 'Ｏ').then_some(0));
    let mut year = 0u32;
    let mut cs = s.char_indices();
    for _ in 0..4 {
        let (_, c) = cs.next()?;
        year = year * 10 + digit(c)?;
    }
    let (at, c) = cs.next()?;
    if c != '年' {
        return None;
    }
    let rest = s.get(at + c.len_utf8()..)?;
    // a month or a day: up to three of 一…九 and 十 (十一, 二十四)
    let number = |r: &str, end: char| -> Option<(u32, usize)> {
        let n = r
            .char_indices()
            .take(4)
            .find(|&(_, c)| c == end)
            .map(|(i, _)| i)?;
        let v = ordinal_value(r.get(..n)?)?;
        Some((v, n + end.len_utf8()))
    };
    let (month, m) = number(rest, '月')?;
    let rest2 = rest.get(m..)?;
    let (day, d) = number(rest2, '日')?;
    let date = NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)?;
    Some((date, s.len() - rest2.len() + d))
}

/// A calendar date at the start of `s`: `2021-11-24`, `2021/11/24`,
/// `2021年3月21日`, `2021.3.21`, `二〇二一年三月二十一日`. Returns the date and
/// the bytes consumed.
///
/// Accepts 2021-11-24 16:05 (the time is left), 2021年3月21日; rejects
/// 2021年 and 3月21日 (no year).
pub(crate) fn calendar_date(s: &str) -> Option<(NaiveDate, usize)> {
    if !s.starts_with(is_digit) {
        return cn_calendar_date(s);
    }
    let (year, rest) = take_digits(s, 4)?;
    if !(1900..=2200).contains(&year) {
        return None;
    }
    // 2018 年 1 月 12 日: a PDF copy may space the digits from 年月日
    fn spaced(r: &str) -> &str {
        r.strip_prefix(' ').unwrap_or(r)
    }
    let sep = spaced(rest).chars().next()?;
    // (２０２４－０３－０８: full-width separators as well)
    let (cjk, rest) = match sep {
        '年' => (true, spaced(spaced(rest).get(sep.len_utf8()..)?)),
        '-' | '/' | '.' | '－' | '／' | '．' => (false, rest.get(sep.len_utf8()..)?),
        _ => return None,
    };
    let (month, rest) = take_digits(rest, 2)?;
    let rest = if cjk { spaced(rest) } else { rest };
    let rest = match rest.chars().next()? {
        '月' if cjk => spaced(rest.get('月'.len_utf8()..)?),
        c if !cjk && c == sep => rest.get(c.len_utf8()..)?,
        _ => return None,
    };
    let (day, rest) = take_digits(rest, 2)?;
    let rest = if cjk {
        spaced(rest).strip_prefix('日')?
    } else {
        rest
    };
    let date = NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)?;
    Some((date, s.len() - rest.len()))
}

/// Finds the first calendar date in `s`: its date and byte range.
pub(crate) fn find_date(s: &str) -> Option<(NaiveDate, usize, usize)> {
    for (i, c) in s.char_indices() {
        // 二〇二〇年一月八日 as well as 2020年1月8日
        if is_digit(c) || matches!(c, '一' | '二' | '〇') {
            let prev_digit = s
                .get(..i)
                .and_then(|p| p.chars().next_back())
                .is_some_and(is_digit);
            if prev_digit {
                continue;
            }
            if let Some((d, len)) = s.get(i..).and_then(calendar_date) {
                return Some((d, i, i + len));
            }
        }
    }
    None
}

/// A deadline phrase found in a text: its byte range and the date it
/// allows, resolved against `year` when it names none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct FoundDeadline {
    pub start: usize,
    pub end: usize,
    pub date: Option<NaiveDate>,
}

const QUARTERS: &[(&str, u32)] = &[
    ("第一季度", 3),
    ("第二季度", 6),
    ("第三季度", 9),
    ("第四季度", 12),
    ("一季度", 3),
    ("二季度", 6),
    ("三季度", 9),
    ("四季度", 12),
    ("上半年", 6),
    ("下半年", 12),
    ("年底前", 12),
    ("年底", 12),
    ("年末", 12),
];

/// A dated deadline inside a task's text: `2022年10月底前`, `6月底前`,
/// `年底前`, `一季度`, `上半年`, `2023年12月底`. Bare 年内 / 全年 (which
/// only repeat the plan year) are not taken from running text.
pub(crate) fn find_deadline(s: &str, year: Option<i32>) -> Option<FoundDeadline> {
    for (i, c) in s.char_indices() {
        let rest = s.get(i..).unwrap_or("");
        if is_digit(c)
            && !s
                .get(..i)
                .and_then(|p| p.chars().next_back())
                .is_some_and(is_digit)
        {
            if let Some(found) = month_deadline(rest, year) {
                return Some(FoundDeadline {
                    start: i,
                    end: i + found.0,
                    date: found.1,
                });
            }
        }
        // every quarter word starts with one of these: skip other characters
        if !matches!(c, '第' | '一' | '二' | '三' | '四' | '上' | '下' | '年') {
            continue;
        }
        for (word, month) in QUARTERS {
            if rest.starts_with(word) {
                let mut end = i + word.len();
                if s.get(end..).is_some_and(|r| r.starts_with('前')) {
                    end += '前'.len_utf8();
                }
                let word_is_deadline = word.ends_with('前')
                    || s.get(end..).is_some_and(|r| r.starts_with("完成"))
                    || s.get(..end).is_some_and(|p| p.ends_with('前'));
                if word_is_deadline || word.contains('季') || word.contains('半') {
                    return Some(FoundDeadline {
                        start: i,
                        end,
                        date: year.and_then(|y| month_end(y, *month)),
                    });
                }
            }
        }
    }
    None
}

/// `2022年10月底前`, `10月底前`, `6月前`, `2023年12月底`: (bytes, date).
fn month_deadline(s: &str, year: Option<i32>) -> Option<(usize, Option<NaiveDate>)> {
    let (first, rest) = take_digits(s, 4)?;
    let (year, month, rest) = if let Some(r) = rest.strip_prefix('年') {
        let year = i32::try_from(first).ok();
        let Some((m, r)) = take_digits(r, 2) else {
            // 2026年底前, 2025年上半年, 2026年一季度: a part of that year
            return QUARTERS.iter().find_map(|(word, month)| {
                // (2026年底前 shares its 年; 2027年年底前 writes it twice)
                let after = r
                    .strip_prefix(word)
                    .or_else(|| rest.strip_prefix(word).filter(|_| word.starts_with('年')))?;
                // (as without a year: 年底 in running text is a deadline
                // with 前, a quarter or a half year always)
                let past_word = after.strip_prefix('前');
                if past_word.is_none() && !word.ends_with('前') && !word.contains(['季', '半']) {
                    return None;
                }
                let after = past_word.unwrap_or(after);
                Some((
                    s.len() - after.len(),
                    year.and_then(|y| month_end(y, *month)),
                ))
            });
        };
        (year, m, r)
    } else {
        (year, first, rest)
    };
    if !(1..=12).contains(&month) {
        return None;
    }
    let rest = rest.strip_prefix('月')?;
    // 2024年6月至12月: a period of months ends with its last
    if let Some(r) = rest.strip_prefix(['至', '到', '—', '-', '～', '~']) {
        if let Some((last, r)) = take_digits(r, 2) {
            if let Some(r) = r
                .strip_prefix('月')
                .filter(|_| (month..=12).contains(&last))
            {
                let r = ["底前", "底", "末", "前"]
                    .iter()
                    .find_map(|w| r.strip_prefix(w))
                    .unwrap_or(r);
                return Some((s.len() - r.len(), year.and_then(|y| month_end(y, last))));
            }
        }
    }
    // 9月30日前, 12月31日之前: a day, then a word of "before"
    if let Some((day, r)) = take_digits(rest, 2) {
        let r = r.strip_prefix(['日', '号'])?;
        let r = ["之前", "以前", "前"]
            .iter()
            .find_map(|w| r.strip_prefix(w))?;
        let date = year.and_then(|y| NaiveDate::from_ymd_opt(y, month, day));
        return Some((s.len() - r.len(), date));
    }
    let (rest, end_word) = [
        "底前",
        "底",
        "末前",
        "末",
        "前",
        "中旬前",
        "上旬前",
        "下旬前",
    ]
    .iter()
    .find_map(|w| rest.strip_prefix(w).map(|r| (r, true)))
    .unwrap_or((rest, false));
    if !end_word {
        return None;
    }
    Some((s.len() - rest.len(), year.and_then(|y| month_end(y, month))))
}

/// Resolves a deadline written on its own (a table cell, a parenthetical's
/// timing phrase): anything [`find_deadline`] knows, plus 年内 / 全年 /
/// 长期 / 持续推进 as the plan year's end or no date.
pub(crate) fn resolve_deadline(s: &str, year: Option<i32>) -> Option<NaiveDate> {
    // 2024.10.31, 2024/09/30, 2024-06-30前: a whole date in digits
    let t = s.trim();
    if let Some((date, len)) = calendar_date(t) {
        let rest = t.get(len..).unwrap_or("").trim();
        if ["", "前", "之前", "以前", "完成", "前完成"].contains(&rest) {
            return Some(date);
        }
    }
    if let Some(date) = find_deadline(s, year).and_then(|f| f.date) {
        return Some(date);
    }
    if s.contains("年内") || s.contains("全年") || s.contains("年度") {
        return year.and_then(|y| month_end(y, 12));
    }
    period_cell(s, year)
}

/// A cell that is only a period: `2024年12月`, `10月`, `2025年`, `12月份`
/// (an optional 前 / 底 / 底前 after it): the period's last day; or a whole
/// date (`2024年12月31日`, `6月30日前`): that day.
fn period_cell(s: &str, year: Option<i32>) -> Option<NaiveDate> {
    let t = s.trim();
    let t = t
        .strip_suffix("底前")
        .or_else(|| t.strip_suffix(['前', '底']))
        .unwrap_or(t);
    let t = t.strip_suffix('份').unwrap_or(t);
    // [YYYY年][M月] and nothing else
    let (year_part, rest) = match take_digits(t, 4) {
        Some((y, r)) if r.starts_with('年') => (Some(y), r.get('年'.len_utf8()..)?),
        _ => (None, t),
    };
    if rest.is_empty() {
        let y = year_part.filter(|y| *y >= 1949)?;
        return month_end(i32::try_from(y).ok()?, 12);
    }
    let (month, rest) = take_digits(rest, 2)?;
    let rest = rest.strip_prefix('月')?;
    let y = match year_part {
        Some(y) => i32::try_from(y).ok()?,
        None => year?,
    };
    if rest.is_empty() {
        return month_end(y, month);
    }
    // a whole date: 2024年12月31日
    let (day, rest) = take_digits(rest, 2)?;
    if !matches!(rest, "日" | "号") {
        return None;
    }
    NaiveDate::from_ymd_opt(y, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn calendar_dates() {
        assert_eq!(
            calendar_date("2021-11-24 16:05"),
            d(2021, 11, 24).map(|x| (x, 10))
        );
        // spaced from 年月日 by a PDF copy, one space at most
        assert_eq!(
            calendar_date("2018 年 1 月 12 日在").map(|x| x.0),
            d(2018, 1, 12)
        );
        assert_eq!(calendar_date("2018  年1月12日"), None);
        // found in a dateline in Chinese numerals too
        assert_eq!(
            find_date("——二〇二〇年一月八日在某某县第十七届人民代表大会").map(|x| x.0),
            d(2020, 1, 8)
        );
        assert_eq!(
            calendar_date("2021年3月21日"),
            d(2021, 3, 21).map(|x| (x, 16))
        );
        assert_eq!(
            calendar_date("２０２１年３月２１日").map(|x| x.0),
            d(2021, 3, 21)
        );
        assert_eq!(calendar_date("2021年"), None);
        assert_eq!(calendar_date("2021年13月1日"), None);
        let signed = "二〇二四年三月十五日";
        assert_eq!(
            calendar_date(signed),
            d(2024, 3, 15).map(|x| (x, signed.len()))
        );
        assert_eq!(
            calendar_date("二○二一年十一月二十四日印发").map(|x| x.0),
            d(2021, 11, 24)
        );
        assert_eq!(calendar_date("二〇二四年"), None);
        assert_eq!(
            calendar_date("２０２４－０３－０８").map(|x| x.0),
            d(2024, 3, 8)
        );
        assert_eq!(calendar_date("2024-03／08"), None);
        assert_eq!(calendar_date("二〇二四年十三月一日"), None);
        assert_eq!(calendar_date("三月十五日"), None);
        assert_eq!(
            find_date("发布时间:2019-02-20 11:02").map(|x| x.0),
            d(2019, 2, 20)
        );
    }

    #[test]
    fn deadlines() {
        let f = |s: &str| {
            find_deadline(s, Some(2022))
                .map(|x| (s.get(x.start..x.end).unwrap().to_string(), x.date))
        };
        assert_eq!(
            f("2022年10月底前编制"),
            Some(("2022年10月底前".into(), d(2022, 10, 31)))
        );
        assert_eq!(f("6月底前完成"), Some(("6月底前".into(), d(2022, 6, 30))));
        assert_eq!(f("年底前建成"), Some(("年底前".into(), d(2022, 12, 31))));
        // a part of a year named with it is of that year, not the plan's
        assert_eq!(
            f("2026年底前建成"),
            Some(("2026年底前".into(), d(2026, 12, 31)))
        );
        assert_eq!(
            f("于2024年上半年完成"),
            Some(("2024年上半年".into(), d(2024, 6, 30)))
        );
        assert_eq!(
            f("2025年一季度前"),
            Some(("2025年一季度前".into(), d(2025, 3, 31)))
        );
        assert_eq!(
            f("2027年年底前"),
            Some(("2027年年底前".into(), d(2027, 12, 31)))
        );
        assert_eq!(f("到2023年底，新建中心20个"), None);
        // the year a goal is for
        assert_eq!(
            horizon("到2025年底，建成"),
            Some((2025, "到2025年底".len()))
        );
        assert_eq!(horizon("至2027年末"), Some((2027, "至2027年末".len())));
        assert_eq!(horizon("到25年"), None);
        assert_eq!(horizon("到20250年"), None);
        assert_eq!(
            f("2023年12月底"),
            Some(("2023年12月底".into(), d(2023, 12, 31)))
        );
        assert_eq!(f("一季度"), Some(("一季度".into(), d(2022, 3, 31))));
        assert_eq!(f("年内建成项目5个"), None);
        assert_eq!(f("新增就业6月"), None);
        assert_eq!(resolve_deadline("全年", Some(2025)), d(2025, 12, 31));
        assert_eq!(resolve_deadline("2024年12月", None), d(2024, 12, 31));
        assert_eq!(resolve_deadline("２０２４年２月", None), d(2024, 2, 29));
        assert_eq!(resolve_deadline("10月份", Some(2025)), d(2025, 10, 31));
        assert_eq!(resolve_deadline("2026年", None), d(2026, 12, 31));
        assert_eq!(resolve_deadline("13月", Some(2025)), None);
        assert_eq!(resolve_deadline("持续推进", Some(2025)), None);
        assert_eq!(resolve_deadline("12345年", None), None);
        assert_eq!(resolve_deadline("长期坚持", Some(2025)), None);
        // days
        assert_eq!(
            f("2024年9月30日前完成"),
            Some(("2024年9月30日前".into(), d(2024, 9, 30)))
        );
        assert_eq!(
            f("6月30日之前报送"),
            Some(("6月30日之前".into(), d(2022, 6, 30)))
        );
        assert_eq!(f("于3月5日召开"), None, "an event date is no deadline");
        assert_eq!(f("2月30日前"), Some(("2月30日前".into(), None)));
        assert_eq!(resolve_deadline("2024年12月31日", None), d(2024, 12, 31));
        assert_eq!(resolve_deadline("6月30日前", Some(2025)), d(2025, 6, 30));
        assert_eq!(resolve_deadline("6月30号", Some(2025)), d(2025, 6, 30));
        assert_eq!(resolve_deadline("6月30日开始", Some(2025)), None);
        assert_eq!(resolve_deadline("2024.10.31", None), d(2024, 10, 31));
        assert_eq!(resolve_deadline(" 2024/09/30前", None), d(2024, 9, 30));
        assert_eq!(resolve_deadline("2024-06-30", None), d(2024, 6, 30));
        assert_eq!(resolve_deadline("2024.10.31召开", None), None);
        // a period of months
        assert_eq!(
            f("2024年6月至12月完成"),
            Some(("2024年6月至12月".into(), d(2024, 12, 31)))
        );
        assert_eq!(
            f("3月—5月底前"),
            Some(("3月—5月底前".into(), d(2022, 5, 31)))
        );
        assert_eq!(f("9月至6月"), None);
    }
}
