//! Metrics: indicator + change + quantity, found in running text.
//!
//! The scanner walks the text once, char by char, and tries the quantity
//! grammar only where a numeral can start (an Arabic or full-width digit, a
//! Chinese digit, 十, 百分之 …). After a try it resumes behind the numeral
//! run it read, so the work is linear in the input; the indicator is looked
//! for at most [`LOOKBEHIND`] characters back.

use std::borrow::Cow;
use std::sync::{Arc, LazyLock};

use rust_decimal::Decimal;

use super::numeral::{self, starts_numeral};
use super::quantity::{self, Quantity, UnitKind};
use super::words::{End, WordIndex};
use super::{is_cjk, CharSet};
use crate::{Bound, Change, Error, ErrorKind, Metric, Span, Text};

#[cfg(test)]
mod tests;

/// How many characters before a quantity may hold its indicator.
const LOOKBEHIND: usize = 40;
/// How far (in characters) a closing quote is looked for.
const QUOTE_REACH: usize = 40;

/// Characters that end a clause: the indicator never crosses them.
fn is_boundary(c: char) -> bool {
    matches!(
        c,
        ',' | '，'
            | ';'
            | '；'
            | '。'
            | '、'
            | '：'
            | ':'
            | '('
            | ')'
            | '（'
            | '）'
            | '!'
            | '！'
            | '?'
            | '？'
            | '['
            | ']'
            | '【'
            | '】'
            | '|'
            | '\t'
            | '\n'
            | '\r'
            | ' '
            | '\u{3000}'
            | '\u{a0}'
            // ①培育平台8个: a sub-item's mark opens a clause
            | '①'..='⑳'
    )
}

/// Opening quote or title mark and its closer.
fn closer(c: char) -> Option<char> {
    match c {
        '“' => Some('”'),
        '《' => Some('》'),
        '「' => Some('」'),
        '『' => Some('』'),
        '〈' => Some('〉'),
        '"' => Some('"'),
        '＂' => Some('＂'),
        _ => None,
    }
}

/// Change words and what they say, matched at the end of the text before
/// the quantity (longest first). `None` = a verb with no change of its own
/// (达到, 为), stripped from the indicator.
const CHANGE_WORDS: &[(&str, Option<Change>)] = &[
    ("控制在", Some(Change::Level)),
    ("保持在", Some(Change::Level)),
    ("稳定在", Some(Change::Level)),
    ("维持在", Some(Change::Level)),
    ("保持", Some(Change::Level)),
    ("控制到", Some(Change::Level)),
    ("提高到", Some(Change::Level)),
    ("提高至", Some(Change::Level)),
    ("提升到", Some(Change::Level)),
    ("提升至", Some(Change::Level)),
    ("增加到", Some(Change::Level)),
    ("增加至", Some(Change::Level)),
    ("增长到", Some(Change::Level)),
    ("增长至", Some(Change::Level)),
    ("上升到", Some(Change::Level)),
    ("上升至", Some(Change::Level)),
    ("增至", Some(Change::Level)),
    ("下降到", Some(Change::Level)),
    ("下降至", Some(Change::Level)),
    ("降低到", Some(Change::Level)),
    ("降低至", Some(Change::Level)),
    ("减少到", Some(Change::Level)),
    ("减少至", Some(Change::Level)),
    ("降至", Some(Change::Level)),
    ("降到", Some(Change::Level)),
    ("减至", Some(Change::Level)),
    ("增长了", Some(Change::Growth)),
    ("增长", Some(Change::Growth)),
    ("增幅", Some(Change::Growth)),
    ("增速", Some(Change::Growth)),
    ("提高了", Some(Change::Growth)),
    ("提高", Some(Change::Growth)),
    ("提升", Some(Change::Growth)),
    ("增加了", Some(Change::Growth)),
    ("增加", Some(Change::Growth)),
    ("上升", Some(Change::Growth)),
    ("递增", Some(Change::Growth)),
    ("下降了", Some(Change::Decline)),
    ("下降", Some(Change::Decline)),
    ("降低", Some(Change::Decline)),
    ("减少了", Some(Change::Decline)),
    ("减少", Some(Change::Decline)),
    ("降幅", Some(Change::Decline)),
    ("缩减", Some(Change::Decline)),
    ("缩短到", Some(Change::Level)),
    ("缩短至", Some(Change::Level)),
    ("缩短", Some(Change::Decline)),
    ("压缩到", Some(Change::Level)),
    ("压缩至", Some(Change::Level)),
    ("压缩", Some(Change::Decline)),
    ("压减", Some(Change::Decline)),
    ("精简到", Some(Change::Level)),
    ("精简至", Some(Change::Level)),
    ("精简", Some(Change::Decline)),
    ("削减到", Some(Change::Level)),
    ("削减至", Some(Change::Level)),
    ("削减", Some(Change::Decline)),
    ("压降", Some(Change::Decline)),
    ("缩小到", Some(Change::Level)),
    ("缩小至", Some(Change::Level)),
    ("缩小", Some(Change::Decline)),
    // 比上年回落0.6个百分点, 增速下滑2个百分点, 降幅收窄1.5个百分点
    ("回落", Some(Change::Decline)),
    ("下滑", Some(Change::Decline)),
    ("收窄", Some(Change::Decline)),
    ("高出", Some(Change::Growth)),
    ("超出", Some(Change::Growth)),
    ("达到", None),
    ("达", None),
    ("为", None),
    ("是", None),
    ("在", None),
    ("到", None),
    ("至", None),
    ("平均", None),
    ("均", None),
    ("分别", None),
    // 财政赤字率按3%左右安排
    ("按", None),
    ("同比", None),
    // comparison notes: kept in the text, not part of the indicator
    ("同口径", None),
    ("按可比价格计算", None),
    ("按可比价计算", None),
    ("按可比口径", None),
    ("可比价", None),
    ("年均", None),
    ("累计", None),
    ("再", None),
    ("完成", None),
    ("实现", None),
];

/// A verb of comparison in `ind` with only its object after it (高出全市平均
/// 水平, 低于年度目标, 快于全省): the change the gap stands for and where the
/// verb starts.
fn comparison_gap(ind: &str) -> Option<(Change, usize)> {
    const VERBS: &[(&str, Change)] = &[
        ("高出", Change::Growth),
        ("高于", Change::Growth),
        ("超出", Change::Growth),
        ("快于", Change::Growth),
        ("低于", Change::Decline),
        ("慢于", Change::Decline),
    ];
    let (at, c, len) = VERBS
        .iter()
        .filter_map(|(w, c)| ind.rfind(w).map(|at| (at, *c, w.len())))
        .max_by_key(|(at, _, _)| *at)?;
    let object = ind.get(at + len..)?;
    (!object.is_empty()
        && super::at_most_chars(object, 12)
        && !object.contains(|c: char| "，,；;。、".contains(c)))
    .then_some((c, at))
}

/// Whether `s` only names what a change is measured against: 比上年,
/// 较2020年, 比去年同期, 较“十三五”末, 比基期 (a comparison base, which
/// measures nothing: the indicator is the one before the comma).
/// 比重 and 比例 are indicators of their own.
fn is_comparison_base(s: &str) -> bool {
    let Some(rest) = s.strip_prefix(['比', '较']) else {
        return false;
    };
    super::at_most_chars(rest, 10)
        && !rest.is_empty()
        && ["年", "年末", "年底", "年初", "同期", "末", "期"]
            .iter()
            .any(|w| rest.ends_with(w))
}

/// Change words that hold a value at a level rather than move it there.
const HOLD_WORDS: &[&str] = &["控制在", "保持在", "稳定在", "维持在", "保持"];

/// [`CHANGE_WORDS`] indexed by their last character (longest match first).
static CHANGE_INDEX: LazyLock<WordIndex<Option<Change>>> =
    LazyLock::new(|| WordIndex::new(End::Last, CHANGE_WORDS.iter().copied()));

/// The bytes of a time phrase opening `s` (0 when there is none): 2024年,
/// 到2025年底, 今年, 全年, 每年, 年内. Written before a noun it stays in the
/// indicator (2016年安排的专项资金); alone it is no indicator (2024年完成30家).
fn time_prefix(s: &str) -> usize {
    const WORDS: &[&str] = &[
        "今年",
        "明年",
        "全年",
        "每年",
        "当年",
        "年内",
        "年底前",
        "年底",
    ];
    if let Some(w) = WORDS.iter().find(|w| s.starts_with(*w)) {
        return w.len();
    }
    let body = s.strip_prefix(['到', '至', '在']).unwrap_or(s);
    let digits = body.len() - body.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if !(2..=4).contains(&digits) {
        return 0;
    }
    let Some(rest) = body.get(digits..).and_then(|r| r.strip_prefix('年')) else {
        return 0;
    };
    let rest = rest.strip_prefix(['底', '末', '初', '内']).unwrap_or(rest);
    let rest = rest.strip_prefix('前').unwrap_or(rest);
    s.len() - rest.len()
}

/// The bytes of a 一是 / 二是 / 十一是 enumerator opening `s` (0 when none).
pub(crate) fn enumerator_len(s: &str) -> usize {
    let digits: usize = s
        .chars()
        .take(3)
        .take_while(|c| "一二三四五六七八九十".contains(*c))
        .map(char::len_utf8)
        .sum();
    match s.get(digits..) {
        Some(r) if digits > 0 && r.starts_with('是') => digits + '是'.len_utf8(),
        _ => 0,
    }
}

/// Words stripped from the start of an indicator.
const LEAD_WORDS: &[&str] = &[
    "力争", "确保", "实现", "完成", "其中", "同时", "并且", "并", "努力", "争取", "预计", "全力",
    "力求", "和", "及", "的", "建议",
];

/// The length of the year or the place a statement speaks of, when it
/// opens an indicator before its noun (今年, 明年, 全市, 全县: 今年全市地区
/// 生产总值 → 地区生产总值), 0 when none does or when nothing of two
/// characters would be left. A period that says what is counted stays
/// (全年新增市场主体, 每年培训).
fn scope_len(s: &str) -> usize {
    const SCOPES: &[&str] = &[
        "今年", "明年", "全市", "全县", "全区", "全省", "全州", "全旗", "全盟", "全镇", "全乡",
        "全国",
    ];
    let n = SCOPES
        .iter()
        .find(|w| s.starts_with(*w))
        .map_or(0, |w| w.len());
    let rest = s.get(n..).unwrap_or("");
    let named = rest.chars().take(2).filter(|c| is_cjk(*c)).count() == 2;
    if n > 0 && named {
        n
    } else {
        0
    }
}

/// Nouns that, right after a count, make the number part of a name,
/// slogan or a count of the document's own parts (八项规定, 七个方面,
/// 二十条措施, “四个意识”).
const NAME_NOUNS: &[&str] = &[
    "措施",
    "政策",
    "意见",
    "举措",
    "清单",
    "规定",
    "禁令",
    "原则",
    "方面",
    "部分",
    "蓝图",
    "意识",
    "自信",
    "维护",
    "确立",
    "全面",
    "务必",
    "精神",
    "要求",
    "民生实事",
    "实事",
    // 办好十件为民办实事, 干好强边四件大事: the report's own list of deeds
    "为民办实事",
    "惠民实事",
    "民生好事",
    "大事",
    "要事",
];

/// What the scanner accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Strictness {
    /// Running text: the exclusion rules for names, ordinals, dates apply.
    Text,
    /// One phrase given to [`Metric::parse`]: any quantity with a unit or a
    /// bound word.
    Phrase,
}

/// The char before byte `i` of `text`.
fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i).and_then(|s| s.chars().next_back())
}

/// The char at byte `i` of `text`.
fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

/// Byte offset `n` characters before `i` (or 0).
fn back_chars(text: &str, i: usize, n: usize) -> usize {
    text.get(..i).map_or(0, |s| {
        s.char_indices().rev().take(n).last().map_or(i, |(k, _)| k)
    })
}

/// Whether the quantity is a real metric in running text.
///
/// Rule (each for its family): a unit, a magnitude after Arabic digits, or a
/// percent form is needed (bare numbers, years 2022年, dates 3月21日, item
/// numbers 1. 2、 and footnotes [3] have none); not after 第 (ordinals) or an
/// ASCII letter (G107, PM2.5); not a lone Chinese 一 (一批, 一流, 一个);
/// Chinese numerals with 次 are ordinals (二次供水); a count followed by a
/// numeral or a name noun is a slogan or name (四个一批, 八项规定, 七个方面);
/// Whether a Chinese-numeral count with 条 counts lines or ways: the noun
/// after it (五条公交线路, 两条道路) or, when the count ends the clause, the
/// noun just before it (精品线路二十条) names one.
fn counts_ways(text: &str, num_start: usize, after: &str) -> bool {
    const WAYS: &[char] = &[
        '线', '路', '道', '河', '街', '巷', '航', '渠', '沟', '廊', '管',
    ];
    let names_way = |c: char| WAYS.contains(&c);
    if after
        .chars()
        .take_while(|&c| crate::grammar::is_cjk(c))
        .take(4)
        .any(names_way)
    {
        return true;
    }
    let clause_ends = after.chars().next().is_none_or(is_boundary);
    clause_ends
        && text
            .get(..num_start)
            .unwrap_or("")
            .chars()
            .rev()
            .take(3)
            .any(names_way)
}

/// 新 + Chinese numeral is a name (新十条); (共135项) counts the document's
/// own items; a short name + three-digit number + 所 after a separator is
/// an institute (、中船710所、), while 新建中小学120所 is a count.
/// Accepts `新增就业8000人以上`, `四项机制`; rejects `第三`, `二期`, `5G`,
/// `一批`, `八项规定`.
fn accept(text: &str, q: &Quantity) -> bool {
    let prev = char_before(text, q.num_start);
    if prev == Some('第') || prev.is_some_and(|c| c.is_ascii_alphabetic()) {
        return false;
    }
    let unit_text = q.unit_def.map(|d| d.text);
    if q.unit_def.is_none() {
        // a bare magnitude: only after Arabic digits (60万), or with a bound
        if !q.has_magnitude || (q.chinese && !q.bound_word) {
            return false;
        }
    }
    let after = text.get(q.unit_end..).unwrap_or("");
    let next = after.chars().next();
    // 3组织, 5组建: 组 opening a word is no unit; 三组: a village's group,
    // named by its number
    if unit_text == Some("组")
        && (q.chinese || next.is_some_and(|c| matches!(c, '织' | '建' | '成' | '团' | '合' | '长')))
    {
        return false;
    }
    // 补贴期限为2年, 3—5年内: a span of years; 2024年 is a date, 三年行动 a
    // campaign's name, 3年级 a grade and 20年代 a decade
    // (连续6年稳定在300万吨以上, 近3年, 3年来: a span that says when, not
    // how long, is no figure of its own)
    if unit_text == Some("年") {
        let after = text.get(q.unit_end..).unwrap_or("");
        let before = text.get(..q.start).unwrap_or("");
        let named = ["行动", "计划", "规划", "攻坚", "级", "代", "度", "份", "来"]
            .iter()
            .any(|w| after.starts_with(w));
        let when = [
            "连续", "近", "每", "未来", "今后", "过去", "最近", "前", "后",
        ]
        .iter()
        .any(|w| before.ends_with(w));
        // (the quantity grammar reads 年 after Arabic digits short of a
        // calendar year only; a year behind an item number, 1．2024年, has
        // more digits than a span)
        if q.int_digits > 2 || named || when {
            return false;
        }
    }
    // 12类家电产品 counts kinds; 一类、二类地区 and 三类人员 name a class, and
    // 3类型 opens a word
    if unit_text == Some("类")
        && (q.chinese || next.is_some_and(|c| matches!(c, '型' | '别' | '似' | '比' | '推')))
    {
        return false;
    }
    if q.chinese {
        // 只检查一次, 每季度召开两次: times a thing is done, at the end of
        // its clause (not 二次供水, 一次性, 再一次)
        // (and after a verb of holding: 开展一次联合检查, 召开两次会议)
        let held = text.get(..q.num_start).is_some_and(|h| {
            ["开展", "组织", "召开", "举办", "进行", "举行"]
                .iter()
                .any(|v| h.ends_with(v))
        });
        let times = unit_text == Some("次")
            && (next.is_none_or(is_boundary) || held && next != Some('性'))
            && !prev.is_some_and(|c| matches!(c, '再' | '这' | '那' | '每'))
            && prev.is_some_and(is_cjk);
        // 一个, 一起: a lone 一 is an article, not a count (翻一番 counts,
        // and so does 一 with a bound: 压缩至一个工作日以内; not the idioms
        // 拆出一片、改造一片 or 四个一批)
        if q.value <= Decimal::ONE
            && !q.has_magnitude
            && q.value_max.is_none()
            && unit_text != Some("番")
            && !q.bound_word
            && !times
        {
            return false;
        }
        // 二次供水, 新十条, 二期工程, 一起
        if (matches!(unit_text, Some("次" | "期" | "起" | "口" | "眼")) && !times)
            || prev == Some('新')
        {
            return false;
        }
        // 二十条, 二十条优化措施: policies are named by their articles in
        // Chinese numerals; only lines and ways are counted so (开通五条公交
        // 线路, 新建两条道路, 精品线路二十条)
        if unit_text == Some("条") && !counts_ways(text, q.num_start, after) {
            return false;
        }
        // 熊八升: one Chinese digit with a physical unit is a name
        // (一百公里, 六点五公里 are numerals of several characters)
        let one_char = text
            .get(q.num_start..)
            .and_then(|s| s.chars().nth(1))
            .is_some_and(|c| {
                !(starts_numeral(c)
                    || numeral::small_unit(c).is_some()
                    || numeral::big_unit(c).is_some()
                    || matches!(c, '点' | '點'))
            });
        if one_char && q.kind == Some(UnitKind::Measure) && !q.has_magnitude {
            return false;
        }
        if next.is_some_and(|c| numeral::cjk_digit(c).is_some() || c == '十') {
            return false;
        }
    }
    if matches!(q.kind, Some(UnitKind::Count | UnitKind::Time))
        && NAME_NOUNS.iter().any(|w| after.starts_with(w))
    {
        return false;
    }
    // 110千伏变电站, 500kV线路: a voltage names a class of facility
    if matches!(unit_text, Some("千伏" | "kV" | "KV" | "伏")) && next.is_some_and(is_cjk) {
        return false;
    }
    if prev == Some('共') && matches!(next, Some(')' | '）')) {
        return false;
    }
    // 一、经济发展（3项）: a heading's count of the items under it, a count
    // of the document's own parts
    if matches!(unit_text, Some("项" | "条"))
        && matches!(prev, Some('(' | '（'))
        && matches!(next, Some(')' | '）'))
        && after
            .get(next.map_or(0, char::len_utf8)..)
            .is_some_and(|r| r.chars().next().is_none_or(|c| c == '\n' || c == '\r'))
    {
        return false;
    }
    // an age that qualifies a noun (3岁婴幼儿) is no figure of its own, nor
    // is one inside a per-head indicator's name (每千人口拥有3岁以下婴幼儿托位
    // 数); a threshold or a span of ages is (为65岁以上老年人免费体检, 登记失业
    // 的16—24岁青年), as is 预期寿命达到78.5岁
    if unit_text == Some("岁")
        && text
            .get(q.end..)
            .and_then(|r| r.chars().next())
            .is_some_and(is_cjk)
        && (!(q.bound_word || q.value_max.is_some())
            || text.get(..q.start).is_some_and(|b| b.ends_with("拥有")))
    {
        return false;
    }
    // 、中船710所、: a short name right after a separator with a 3-digit
    // number and 所 is an institute; 新建中小学120所 is a count
    if unit_text == Some("所") && q.int_digits >= 3 {
        let head = text.get(..q.num_start).unwrap_or("");
        let name_len = head
            .chars()
            .rev()
            .take_while(|c| is_cjk(*c))
            .take(3)
            .count();
        let after_separator = head
            .chars()
            .rev()
            .nth(name_len)
            .is_none_or(|c| is_boundary(c) || matches!(c, '、' | '“' | '(' | '（'));
        if name_len <= 2 && after_separator {
            return false;
        }
    }
    true
}

/// The change word and indicator in the text before a quantity.
///
/// Rule: strip, from the end, verbs and change words (longest first, up to
/// four): 控制在/保持在/提高到 → level, 增长/提高/增加 → growth,
/// 下降/降低/减少 → decline, 达到/为/均 → nothing; then an indicator that
/// ends in 占比/比重/比例, or reads 占…的, is a share; else a percentage or an
/// amount is a level. Lead verbs (力争, 确保, 实现, 完成) are stripped from
/// the front. Returns the change and the indicator's byte range.
/// Accepts `地区生产总值增长` (growth, 地区生产总值), `技改投资占比` (share),
/// `城镇登记失业率控制在` (level).
fn analyze_before(seg: &str) -> (Option<Change>, usize, usize) {
    let mut end = seg.len();
    let mut change: Option<Change> = None;
    // the first change word read is one of holding (保持在, 稳定在, 控制在)
    let mut held = false;
    for _ in 0..4 {
        let s = seg.get(..end).unwrap_or("").trim_end();
        end = s.len();
        let Some((w, c)) = CHANGE_INDEX.longest(s) else {
            break;
        };
        // 增加 inside 增加值 cannot end a segment; 在 after 所/存 is a word
        if w == "在" && s.ends_with("所在") || w == "至" && s.ends_with("以至") {
            break;
        }
        if change.is_none() {
            change = c;
            held = HOLD_WORDS.contains(&w);
        }
        end -= w.len();
    }
    let ind = seg.get(..end).unwrap_or("");
    let mut start = 0usize;
    loop {
        let rest = ind.get(start..).unwrap_or("");
        let trimmed = rest.trim_start();
        start += rest.len() - trimmed.len();
        // 完成率, 实现值: a lead word that leaves a single character is
        // part of the noun
        let lead = LEAD_WORDS.iter().find(|w| {
            trimmed.starts_with(*w)
                && trimmed.get(w.len()..).is_some_and(|r| {
                    let mut cs = r.trim_end().chars();
                    !(cs.next().is_some() && cs.next().is_none())
                })
        });
        match lead {
            Some(w) => start += w.len(),
            // 一是全社会研发投入强度: the enumeration is not the indicator's
            // (nor is 今年全市 the indicator's: 今年全市地区生产总值)
            None => match enumerator_len(trimmed) + scope_len(trimmed) {
                0 => break,
                n => start += n,
            },
        }
    }
    let ind_text = ind.get(start..).unwrap_or("");
    let share = ["占比", "比重", "比例", "所占比"]
        .iter()
        .any(|w| ind_text.ends_with(w))
        || (ind_text.contains('占') && ind_text.ends_with('的'));
    // 比重提高到30%, “文明村”比例达到70%: a share raised to or at a level is
    // a share; 比重提高2个百分点 stays growth. A rate written 比例 without a
    // whole it is part of (优良天数比例保持在82%以上) held at a level is a level
    // (and so are the quality rates of INDICATORS.md, 空气质量优良天数比例,
    // 水质优良比例, whatever the verb)
    let rate = ind_text.ends_with("比例")
        && !ind_text.contains('占')
        && (held
            || matches!(
                super::indicator::standard(ind_text),
                Some("air_quality" | "water_quality")
            ));
    if share && matches!(change, None | Some(Change::Level)) && !rate {
        change = Some(Change::Share);
    }
    (change, start, end.max(start))
}

/// `s` without a word of ambition at its end (外贸进出口总额力争 →
/// 外贸进出口总额): 力争/确保 do not change the bound, nor name the
/// indicator.
fn without_hedge(s: &str) -> &str {
    let s = ["力争", "确保", "争取", "力求", "努力"]
        .iter()
        .find_map(|w| s.strip_suffix(w))
        .map_or(s, str::trim_end);
    without_base_lead(s)
}

/// `s` without the 在上年 / 在去年 / 在2022年 that opens a base amount after
/// it (一般公共预算收入在上年8.26亿元的基础上增长5%): the indicator ends
/// before it.
fn without_base_lead(s: &str) -> &str {
    // 规模以上工业增加值去年增长8.1%: the year is no part of the name
    let bare = ["去年", "上年", "上一年", "今年"]
        .iter()
        .find_map(|w| {
            s.strip_suffix(w)
                .filter(|h| !h.is_empty() && !h.ends_with(['比', '较', '由', '在', '从']))
        })
        .unwrap_or(s);
    // (固定资产投资由去年下降2.3%: so with 由 before it)
    let Some(at) = s.rfind(['在', '由']) else {
        return bare;
    };
    let lead = s.get(at + '在'.len_utf8()..).unwrap_or("");
    let base = matches!(lead, "上年" | "去年" | "上一年")
        || (lead.ends_with('年')
            && lead.len() == 4 + '年'.len_utf8()
            && lead.bytes().take(4).all(|b| b.is_ascii_digit()));
    match s.get(..at) {
        Some(head) if base && !head.is_empty() => head,
        _ => bare,
    }
}

struct Scanner<'a> {
    /// The source `orig` is a slice of: the metric's texts share it.
    src: &'a Arc<str>,
    /// The text read: `orig`, folded (same byte offsets).
    text: &'a str,
    /// The text as written.
    orig: &'a str,
    offset: usize,
    strict: Strictness,
    out: Vec<Metric>,
    /// End (relative) of the last metric.
    prev_end: usize,
    /// The indicators a `分别` list hands out in order (城镇、农村居民人均可支配收入
    /// 分别增长6%和7% → 城镇…, 农村…), and the next one to hand out.
    shared: Vec<Text>,
    next_shared: usize,
    /// The first metric of the current sentence (index into `out`).
    sentence_from: usize,
    /// The bound a word before the last metric's number gave it (突破800亿元):
    /// the values listed after it (和500亿元) share it.
    list_bound: Option<Bound>,
}

impl Scanner<'_> {
    /// The last metric, when only a comma or a 、 stands between it and
    /// byte `end` (the clause at `end` goes on with it).
    fn after_comma(&self, end: usize) -> Option<&Metric> {
        let gap = self.text.get(self.prev_end..end)?;
        // (在去年增长5.8%的基础上，增长5.5%左右: the base's clause ends it)
        let gap = gap.trim();
        let gap = gap.strip_prefix("的基础上").unwrap_or(gap).trim_start();
        matches!(gap, "," | "，" | "、")
            .then(|| self.out.last())
            .flatten()
    }

    /// `s`, a slice of the text read, as written in the source.
    fn share(&self, s: &str) -> Text {
        let base = self.text.as_ptr() as usize;
        let at = (s.as_ptr() as usize).wrapping_sub(base);
        match self.orig.get(at..at.saturating_add(s.len())) {
            Some(o) if at <= self.text.len() => Text::within(self.src, o),
            _ => Text::within(self.src, s),
        }
    }

    fn build(&mut self, q: Quantity, win_start: usize) {
        let text = self.text;
        let seg_start = win_start.min(q.start);
        let seg = text.get(seg_start..q.start).unwrap_or("");
        // `seg` is a slice of the folded text (增長 → 增长): read as it is
        let (mut change, mut ind_s, mut ind_e) = analyze_before(seg);
        // 不超过合同金额的30%: a comparison word governs the share of a base
        // named between it and the number; the indicator is what comes before
        let mut q = q;
        let mut bound_at = None;
        if !q.bound_word && matches!(q.kind, Some(UnitKind::Percent | UnitKind::Multiple)) {
            if let Some((bound, at)) = of_base(seg.get(ind_s..).unwrap_or("")) {
                q.bound = bound;
                q.bound_word = true;
                bound_at = Some(seg_start + ind_s + at);
                (change, ind_s, ind_e) = analyze_before(seg.get(..ind_s + at).unwrap_or(""));
            }
        }
        // 翻一番: doubling is growth (and, after a comma, of the indicator
        // before: 装机容量达到480兆瓦，比2023年翻一番)
        if change.is_none() && text.get(q.start..).is_some_and(|t| t.starts_with('翻')) {
            change = Some(Change::Growth);
        }
        // 增速高出全市平均水平1.1个百分点, 低于年度目标1.8个百分点: a gap
        // to what the verb compares with is a change of the rate before it
        if change.is_none() && q.kind == Some(UnitKind::Percent) {
            if let Some((c, verb_at)) = comparison_gap(seg.get(ind_s..ind_e).unwrap_or("")) {
                change = Some(c);
                ind_e = ind_s + verb_at;
            }
        }
        // 工业增速比上年回落: the base is no part of the indicator
        if let Some(at) = seg
            .get(ind_s..ind_e)
            .and_then(|r| r.rfind(['比', '较']))
            .filter(|&at| at > 0)
            .filter(|&at| is_comparison_base(seg.get(ind_s + at..ind_e).unwrap_or("")))
        {
            ind_e = ind_s + at;
        }
        // 改造提升10万亩, 巩固提升12万人: 提升 before a count or an area is the
        // work done on that many, not a rise by it
        if change == Some(Change::Growth)
            && matches!(q.kind, Some(UnitKind::Count | UnitKind::Measure))
            && seg.get(ind_e..).is_some_and(|v| v.trim() == "提升")
        {
            change = Some(Change::Level);
            ind_e = seg.trim_end().len();
        }
        // 至少建成1个, 每个县最多安排3个: a bound adverb before a short verb
        // bounds the quantity, and is no part of the indicator
        let region = seg.get(ind_s..ind_e).unwrap_or("");
        let adverb = bound_adverb(region);
        if let Some((bound, _)) = adverb.as_ref().filter(|_| q.bound == Bound::Exact) {
            q.bound = *bound;
            q.bound_word = true;
        }
        let mut indicator = match adverb {
            Some((_, i)) => (!i.is_empty()).then(|| Text::from(i)),
            None => Some(without_hedge(region.trim()))
                .filter(|s| !s.is_empty() && time_prefix(s) < s.len() && !is_comparison_base(s))
                .map(|s| self.share(s)),
        };
        let mut start = if indicator.is_some() {
            seg_start + ind_s
        } else {
            // (不低于年度预算的10%: the text holds its bound word)
            bound_at.unwrap_or(q.start)
        };
        // …在上年8.26亿元的基础上增长5%: the growth is of the base's
        // indicator
        if indicator
            .as_deref()
            .is_some_and(|i| i.trim_start_matches('的') == "基础上")
            && text
                .get(self.prev_end..q.start)
                .is_some_and(|g| g.starts_with("的基础上"))
        {
            if let Some(last) = self.out.last() {
                indicator.clone_from(&last.indicator);
            }
        }
        // 由去年下降2.3%转为增长3%左右: the rate turns, and is the one before
        if indicator
            .as_deref()
            .is_some_and(|i| matches!(i, "转" | "转为" | "转而"))
            && text
                .get(self.prev_end..seg_start + ind_s)
                .is_some_and(|g| g.trim().is_empty())
        {
            if let Some(last) = self.out.last() {
                indicator.clone_from(&last.indicator);
                start = seg_start + ind_s;
            }
        }
        // 城镇、农村居民人均可支配收入分别增长6%: one indicator per head
        let mut from_list = false;
        if indicator.is_some() {
            self.shared.clear();
            let verbs = seg.get(ind_e..).unwrap_or("");
            if verbs.contains("分别") {
                let names = shared_indicators(text, self.orig, seg_start + ind_e);
                if let Some(first) = names.first() {
                    indicator = Some(first.clone());
                    self.shared = names;
                    self.next_shared = 1;
                }
            }
        }
        // 分别增长6%和7%: the list continues the previous metric
        if indicator.is_none() && change.is_none() {
            if let Some(last) = self.out.last() {
                let gap = text.get(self.prev_end..q.start).unwrap_or("x");
                // 分别增长5.5%,7.5%: a comma may part a respective list
                let listing = self.next_shared < self.shared.len();
                // 2000名贫困人口脱贫、10个贫困村退出: after a count named by
                // the noun after it, a count with a noun of its own is named
                // by that noun
                let own_noun = last
                    .indicator
                    .as_deref()
                    .is_some_and(|i| last.text.ends_with(i))
                    && text
                        .get(q.end..)
                        .and_then(|r| r.chars().next())
                        .is_some_and(|c| is_cjk(c) && !is_boundary(c));
                if !own_noun
                    && !gap.is_empty()
                    && gap.chars().all(|c| {
                        matches!(c, '、' | '和' | '及' | '与' | ' ')
                            || listing && matches!(c, ',' | '，')
                    })
                {
                    change = last.change;
                    indicator.clone_from(&last.indicator);
                    // 分别突破800亿元和500亿元: a bound word before the first
                    // value bounds each value listed after it
                    if let Some(b) = self.list_bound.filter(|_| !q.bound_word) {
                        q.bound = b;
                    }
                    if let Some(name) = self.shared.get(self.next_shared) {
                        indicator = Some(name.clone());
                        self.next_shared += 1;
                    }
                    from_list = true;
                }
            }
        }
        // 地区生产总值完成330亿元,增长6.2% (or 、增长6.2%): a clause that is
        // only a change word continues the indicator of the metric just before
        // 地区生产总值增长6%，力争7%: a clause of nothing but a word of
        // ambition continues the metric before the comma, change included
        // (其中10亿元以上项目5个 does not: 其中 opens a part of it)
        let bare_lead = change.is_none()
            && indicator.is_none()
            && ["力争", "确保", "争取", "努力", "力求"].iter().any(|w| {
                seg.trim().strip_prefix(w).is_some_and(|r| {
                    r.is_empty()
                        || LEAD_WORDS.contains(&r)
                        || matches!(r, "达到" | "达" | "实现" | "到")
                })
            });
        // 接待游客1200万人次，实现旅游综合收入110亿元，分别增长10%、12%: the
        // values go to the sentence's earlier metrics in order
        if indicator.is_none() && change.is_some() && verbs_hold_list(seg, ind_e) {
            // as many of the sentence's last metrics as values follow 分别
            let values = 1 + listed_after(text, q.end);
            let sentence = self.out.get(self.sentence_from..).unwrap_or_default();
            let earlier: Vec<Text> = sentence
                .get(sentence.len().saturating_sub(values)..)
                .unwrap_or_default()
                .iter()
                .filter_map(|m| m.indicator.clone())
                .collect();
            if earlier.len() >= 2 {
                indicator = earlier.first().cloned();
                self.shared = earlier;
                self.next_shared = 1;
                from_list = true;
            } else if self.shared.len() == values && values >= 2 {
                // 城镇26850元、农村12460元，分别增长8.2%、8.6%。2017年目标：
                // 分别增长8.5%、9%: a list with no names in its own sentence
                // goes to the names the list before it went to
                indicator = self.shared.first().cloned();
                self.next_shared = 1;
                from_list = true;
            } else {
                // a list of values nobody is named for: none are handed out
                self.shared.clear();
                self.next_shared = 0;
            }
        }
        // …提高0.2个百分点、达到2.8%; 翻一番，达到600亿元: a clause of nothing
        // but a verb of reaching gives the level the indicator reaches
        // (and so does a clause that opens with its bound: 社会消费品零售
        // 总额增长7%，突破5200亿元)
        // (新建5G基站350个，累计达到1500个: the running total of the same)
        let verb_only = change.is_none()
            && (indicator.is_none() || indicator.as_deref() == Some("累计"))
            && (matches!(
                seg.trim().trim_start_matches("累计"),
                "达到" | "达" | "为" | "至" | "到"
            ) || (q.bound_word && q.start < q.num_start && seg.trim().is_empty()));
        // 地区生产总值增长6%左右，总量突破1.2万亿元: a bare measure word is
        // the measure of the indicator before
        // (粮食播种面积稳定在68万亩，总产量28.5万吨: the measure of the same
        // thing, 粮食总产量)
        const MEASURES: &[&str] = &[
            "总量",
            "总额",
            "规模",
            "总规模",
            "总值",
            "总产量",
            "产量",
            "总产值",
            "产值",
        ];
        let measure_word = indicator.as_deref().is_some_and(|i| MEASURES.contains(&i));
        let clause_end = if measure_word {
            seg_start + ind_s
        } else {
            seg_start
        };
        if verb_only || measure_word {
            if let Some(last) = self.after_comma(clause_end) {
                indicator = match (&last.indicator, &indicator) {
                    (Some(prev), Some(measure)) => Some(measure_of(prev, measure)),
                    _ => last.indicator.clone(),
                };
                if verb_only && last.change == Some(Change::Share) {
                    change = Some(Change::Share);
                }
            }
        }
        if indicator.is_none() && (change.is_some() || bare_lead) {
            if let Some(last) = self.after_comma(seg_start) {
                indicator.clone_from(&last.indicator);
                // …增加值占地区生产总值比重提高到12%，年均增长15%: the
                // growth is the numerator's, not the share's
                if last.change == Some(Change::Share) && change == Some(Change::Growth) {
                    if let Some(whole) = &last.indicator {
                        if let Some(at) = whole.find('占').filter(|&at| at > 0) {
                            indicator = whole.get(..at).map(|n| Text::within(self.src, n));
                        }
                    }
                }
                if change.is_none() {
                    change = last.change;
                }
                // …分别达到42160元和21380元，增长5.6%和7.3%: the
                // list of indicators is handed out again
                if self.next_shared >= self.shared.len() {
                    if let Some(first) = self.shared.first() {
                        indicator = Some(first.clone());
                        self.next_shared = 1;
                        from_list = true;
                    }
                }
            }
        }
        if !from_list && !verbs_hold_list(seg, ind_e) {
            self.shared.clear();
            self.next_shared = 0;
        }
        if !from_list {
            self.list_bound = (q.start < q.num_start && q.bound_word).then_some(q.bound);
        }
        let mut end = q.end;
        // 为65岁以上老年人免费体检3.2万人次: an age threshold qualifies the
        // noun after it, and the figure after that keeps the whole phrase
        // for its indicator
        let qualifier = q.unit_def.is_some_and(|d| d.text == "岁")
            && text
                .get(q.end..)
                .and_then(|r| r.chars().next())
                .is_some_and(is_cjk);
        // 12家区内行业领军企业: the noun after the count is the indicator
        if indicator.is_none() && self.strict == Strictness::Text && !qualifier {
            let after = text.get(q.end..).unwrap_or("");
            let mut len = 0usize;
            // the noun must run to the clause's end: 45个项目逐一落实 names
            // no noun of its own (it goes on as a sentence)
            let mut whole = true;
            for (n, c) in after.chars().enumerate() {
                if is_boundary(c) || !is_cjk(c) && !matches!(c, '“' | '”') {
                    break;
                }
                if n >= 20 || starts_numeral(c) {
                    whole = false;
                    break;
                }
                len += c.len_utf8();
            }
            if len > 0 && whole {
                indicator = after.get(..len).map(|s| self.share(s));
                end = q.end + len;
            }
            start = bound_at.unwrap_or(q.start);
        }
        if change.is_none() {
            change = Some(Change::Level);
        }
        let phrase = self.share(text.get(start..end).unwrap_or(""));
        // the unit as written, shared from the source: a composed one
        // (亿元), and one read through the fold (3600個 → 個, not 个)
        // (微克／立方米 in full-width forms, 10萬餘株 with its bound word
        // between magnitude and unit → 萬株); a percent sign is always `%`
        let unit = q.unit.map(|u| {
            let window = text.get(q.start..q.end).unwrap_or("");
            match written_pieces(window, &u).filter(|_| u != "%") {
                Some([(a, b), (0, 0)]) => self.share(window.get(a..b).unwrap_or(&u)),
                Some([(a, b), (c, d)]) => {
                    let piece = |x: usize, y: usize| self.share(window.get(x..y).unwrap_or(""));
                    Text::from([piece(a, b).as_str(), piece(c, d).as_str()].concat())
                }
                None => match u {
                    Cow::Borrowed(s) => Text::from_static(s),
                    Cow::Owned(s) => Text::from(s),
                },
            }
        });
        // 分别压缩至3个、4个工作日: a unit written out on the last value
        // only completes the shorter one of the values listed before it
        if let (Some(u), Some(b)) = (&unit, &q.base_unit) {
            let gap = text.get(self.prev_end..q.start).unwrap_or("x");
            if q.value == q.base_value && matches!(gap, "、" | "和" | "及" | "与") {
                if let Some(last) = self.out.last_mut().filter(|m| {
                    m.unit == m.base_unit
                        && m.value == m.base_value
                        && m.unit
                            .as_deref()
                            .is_some_and(|lu| lu.len() < u.len() && u.starts_with(lu))
                }) {
                    last.unit = Some(u.clone());
                    last.base_unit = Some(match b {
                        Cow::Borrowed(s) => Text::from_static(s),
                        Cow::Owned(s) => Text::from(s.clone()),
                    });
                }
            }
        }
        self.out.push(Metric {
            indicator,
            change,
            value: q.value,
            value_max: q.value_max,
            unit,
            base_value: q.base_value,
            base_value_max: q.base_value_max,
            base_unit: q.base_unit.map(|b| match b {
                Cow::Borrowed(s) => Text::from_static(s),
                Cow::Owned(s) => Text::from(s),
            }),
            bound: q.bound,
            text: phrase,
            span: Span::new(self.offset + start, self.offset + end),
        });
        if !qualifier {
            self.prev_end = end;
        }
    }
}

/// Where a unit, spelled as the unit table spells it, is written in
/// `window`: one byte range, or two when a bound word parts the magnitude
/// from the unit (10万余株: 万 and 株; the second range is `(0, 0)` when there
/// is one). A full-width form stands for its ASCII character (微克／立方米).
fn written_pieces(window: &str, unit: &str) -> Option<[(usize, usize); 2]> {
    let same = |w: char, u: char| {
        w == u
            || matches!(w, '\u{ff01}'..='\u{ff5e}') && char::from_u32(w as u32 - 0xfee0) == Some(u)
    };
    let first = unit.chars().next()?;
    window
        .char_indices()
        .filter(|&(_, w)| same(w, first))
        .find_map(|(start, _)| {
            let mut pieces = [(start, start), (0, 0)];
            let mut piece = 0;
            let mut rest = window
                .get(start..)?
                .char_indices()
                .map(|(k, c)| (start + k, c));
            for u in unit.chars() {
                let (mut at, mut w) = rest.next()?;
                if !same(w, u) && piece == 0 && pieces[0].1 > start && matches!(w, '余' | '多') {
                    (at, w) = rest.next()?;
                    piece = 1;
                    pieces[1] = (at, at);
                }
                if !same(w, u) {
                    return None;
                }
                if let Some(p) = pieces.get_mut(piece) {
                    p.1 = at + w.len_utf8();
                }
            }
            Some(pieces)
        })
}

/// The indicator a bare measure word after a comma stands for: the
/// indicator before it, or, when that ends in a measure of its own, its head
/// with this measure (粮食|播种面积…，总产量 → 粮食总产量).
fn measure_of(prev: &Text, measure: &Text) -> Text {
    ["播种面积", "面积", "总产量", "产量", "总产值", "产值"]
        .iter()
        .find_map(|m| prev.strip_suffix(m))
        .filter(|h| !h.is_empty())
        .map_or_else(
            || prev.clone(),
            |head| Text::from([head, measure.as_str()].concat()),
        )
}

/// A bound adverb before a short verb at the end of an indicator (至少建成,
/// 每个县最多安排, 每台最高补贴): its bound and the indicator without it.
fn bound_adverb(region: &str) -> Option<(Bound, String)> {
    if !region.contains(['少', '多', '高']) {
        return None;
    }
    [
        ("至少", Bound::AtLeast),
        ("最少", Bound::AtLeast),
        ("最多", Bound::AtMost),
        ("最高", Bound::AtMost),
    ]
    .into_iter()
    .find_map(|(w, bound)| {
        let at = region.find(w)?;
        let after = region.get(at + w.len()..).unwrap_or("").trim();
        (after.chars().count() <= 4).then(|| {
            (
                bound,
                [region.get(..at).unwrap_or("").trim(), after].concat(),
            )
        })
    })
}

/// Whether a short quote is a statement of a quantity: a verb of change or
/// of doing, then a numeral (“每人每月提高20元”, “实施重点项目600个”), not
/// a name with a number in it (“黄金22条”, “24小时政务小屋”).
fn states_quantity(inner: &str) -> bool {
    const VERBS: &[&str] = &[
        "提高", "增长", "增加", "新增", "新建", "建成", "实施", "完成", "突破", "达到", "压减",
        "下降", "降低", "减少", "改造", "培育", "引进", "开展",
    ];
    VERBS.iter().any(|v| {
        inner.find(v).is_some_and(|at| {
            inner
                .get(at + v.len()..)
                .is_some_and(|r| r.chars().any(starts_numeral))
        })
    })
}

/// A comparison word before a share of a base (`不超过合同金额的`, the text
/// between an indicator and its number): the bound it sets and where the
/// word starts. The base is a short noun phrase ending in 的 (or, after a
/// negated word, without it), with no clause break inside.
fn of_base(region: &str) -> Option<(Bound, usize)> {
    const WORDS: &[(&str, Bound)] = &[
        ("不超过", Bound::AtMost),
        ("不高于", Bound::AtMost),
        ("不大于", Bound::AtMost),
        ("不多于", Bound::AtMost),
        ("不低于", Bound::AtLeast),
        ("不少于", Bound::AtLeast),
        ("不小于", Bound::AtLeast),
        ("不足", Bound::AtMost),
        ("不到", Bound::AtMost),
        ("超过", Bound::AtLeast),
        ("高于", Bound::AtLeast),
        ("低于", Bound::AtMost),
    ];
    let region = region.trim_end();
    let (head, of) = match region.strip_suffix('的') {
        Some(h) => (h, true),
        None => (region, false),
    };
    // the last comparison word, so that the base after it is the shortest
    // (the longest of those ending there: 不超过, not its 超过)
    let (at, word, bound) = WORDS
        .iter()
        .filter_map(|&(w, b)| head.rfind(w).map(|at| (at, w, b)))
        .max_by_key(|&(at, w, _)| (at + w.len(), w.len()))?;
    let base = head.get(at + word.len()..)?;
    // 不低于上年的1.2倍 (base 上年), not 超过，其中…的 (a clause break)
    // (按不低于装机容量10%配置: a negated word needs no 的, as it states no
    // gap: 高于全国平均水平2个百分点 is one)
    let ok = (of || word.starts_with('不'))
        && (1..=20).contains(&base.chars().count())
        && !base.contains(|c: char| c.is_ascii_digit() || "，,；;。：:、".contains(c))
        // 不超过 inside a longer word (不超过期) is no comparison
        && !(word.starts_with('不') && at > 0 && head.get(..at).is_some_and(|h| h.ends_with('不')));
    ok.then_some((bound, at))
}

/// How many more values a list goes on with after byte `at` of `text`
/// (`、18%和15%` → 2): list separators before the next clause boundary, each
/// followed by a numeral.
fn listed_after(text: &str, at: usize) -> usize {
    let rest = text.get(at..).unwrap_or("");
    let mut n = 0;
    let mut cs = rest.char_indices().peekable();
    while let Some((_, c)) = cs.next() {
        if matches!(c, '、' | '和' | '及' | '与' | ',' | '，') {
            if cs.peek().is_some_and(|&(_, d)| starts_numeral(d)) {
                n += 1;
            } else if !matches!(c, '和' | '及' | '与') {
                break;
            }
        } else if is_boundary(c) || n > 16 {
            break;
        }
    }
    n
}

/// Whether the verbs between the indicator (ending at `ind_e`) and the
/// quantity say `分别`.
fn verbs_hold_list(seg: &str, ind_e: usize) -> bool {
    seg.get(ind_e..).is_some_and(|v| v.contains("分别"))
}

/// The indicators of a `分别` list whose phrase ends at byte `end` of `text`:
/// heads of the same length joined by 、 / 和 / 及 share the tail written on
/// the last one (城镇、农村常住居民人均可支配收入 → 城镇常住居民人均可支配收入,
/// 农村常住居民人均可支配收入); a pair written once (城乡 = 城镇 and 农村, 进出口
/// = 进口 and 出口) splits the same way; heads of other lengths are whole
/// names each (固定资产投资、社会消费品零售总额). Empty when the phrase is no
/// such list. The phrase runs back to the clause start, at most [`LOOKBEHIND`]
/// characters, lead words (力争, 确保 …) stripped.
/// The tail the last member of a `分别` list shares with the heads before
/// it, written `head_len` characters long: what follows that many
/// characters of `last`, moved on when the last head is longer than the
/// others — to a group's 常住居民 / 居民 / 人均 (城镇、农村牧区常住居民人均
/// 可支配收入), or past a character that ends a noun (果蔬、肉类、水产品冷链
/// 流通率: not 品冷链流通率).
fn shared_tail(last: &str, head_len: usize) -> String {
    const OPENERS: &[&str] = &["常住居民", "居民", "人均"];
    const NOUN_ENDS: &[char] = &['品', '类', '区', '业', '物'];
    let mut at = last
        .char_indices()
        .nth(head_len)
        .map_or(last.len(), |(i, _)| i);
    let rest = last.get(at..).unwrap_or("");
    if let Some(k) = OPENERS
        .iter()
        .filter_map(|w| rest.find(w))
        .min()
        .filter(|&k| k > 0 && k <= 2 * '区'.len_utf8())
    {
        at += k;
    } else {
        while let Some(c) = last
            .get(at..)
            .and_then(|r| r.chars().next())
            .filter(|c| NOUN_ENDS.contains(c))
        {
            if last.get(at..).is_none_or(|r| r.chars().count() <= 3) {
                break;
            }
            at += c.len_utf8();
        }
    }
    last.get(at..).unwrap_or("").to_string()
}

/// Words that name a pair written once: 城乡 = 城镇 and 农村, 进出口 = 进口
/// and 出口.
const PAIRS: &[(&str, [&str; 2])] = &[("城乡", ["城镇", "农村"]), ("进出口", ["进口", "出口"])];

/// `name` narrowed to one `part` of a pair it names once
/// (城乡居民人均可支配收入 and 城镇 → 城镇居民人均可支配收入); `None` when
/// `part` is no half of a pair word in `name`.
pub(crate) fn narrow_pair(name: &str, part: &str) -> Option<String> {
    PAIRS
        .iter()
        .find(|(word, parts)| parts.contains(&part) && name.contains(word))
        .map(|(word, _)| name.replacen(word, part, 1))
}

fn shared_indicators(text: &str, orig: &str, end: usize) -> Vec<Text> {
    let names = shared_names(text, end);
    // 城鄉居民人均可支配收入分別增長…: names of a traditional text are
    // written in its script (城鎮…, 農村…), not the folded one
    let from = back_chars(text, end, LOOKBEHIND);
    let (Some(folded), Some(written)) = (text.get(from..end), orig.get(from..end)) else {
        return names;
    };
    if folded == written {
        return names;
    }
    let mut back: Vec<(char, char)> = folded
        .chars()
        .zip(written.chars())
        .filter(|(f, w)| f != w)
        .collect();
    back.extend([('镇', '鎮'), ('农', '農'), ('进', '進'), ('乡', '鄉')]);
    names
        .into_iter()
        .map(|n| {
            let s: String = n
                .chars()
                .map(|c| back.iter().find(|(f, _)| *f == c).map_or(c, |(_, w)| *w))
                .collect();
            Text::from(s)
        })
        .collect()
}

/// The indicators a `分别` list hands out, read from a name alone (a table's
/// indicator cell beside its 分别增长5.5%、7% cell): 城镇、农村居民人均可支配
/// 收入 → 城镇居民人均可支配收入, 农村居民人均可支配收入; none for one name.
pub(crate) fn respective_names(name: &str) -> Vec<Text> {
    shared_names(name, name.len())
}

/// [`shared_indicators`] in the folded script.
fn shared_names(text: &str, end: usize) -> Vec<Text> {
    let head = text.get(..end).unwrap_or("");
    let from = back_chars(text, end, LOOKBEHIND);
    let start = head
        .char_indices()
        .rev()
        .take_while(|&(i, c)| i >= from && c != '—' && (!is_boundary(c) || c == '、'))
        .last()
        .map_or(end, |(i, _)| i);
    let mut phrase = head.get(start..).unwrap_or("").trim();
    while let Some(w) = LEAD_WORDS.iter().find(|w| phrase.starts_with(*w)) {
        phrase = phrase.get(w.len()..).unwrap_or("").trim_start();
    }
    let pieces: Vec<&str> = phrase.split(['、', '和', '及']).map(str::trim).collect();
    if pieces.len() < 2 {
        let Some((word, parts)) = PAIRS.iter().find(|(w, _)| phrase.contains(w)) else {
            return Vec::new();
        };
        return parts
            .iter()
            .map(|p| Text::from(phrase.replacen(word, p, 1)))
            .collect();
    }
    let Some((last, heads)) = pieces.split_last() else {
        return Vec::new();
    };
    let head_len = heads.first().map_or(0, |h| h.chars().count());
    if heads
        .iter()
        .any(|h| h.is_empty() || h.chars().count() > 4 || h.chars().count() != head_len)
    {
        // 固定资产投资、社会消费品零售总额分别增长8%和7%: whole names
        if pieces.iter().all(|p| p.chars().nth(1).is_some()) {
            return pieces.iter().map(|p| Text::from(p.to_string())).collect();
        }
        return Vec::new();
    }
    let tail = shared_tail(last, head_len);
    if tail.is_empty() {
        return Vec::new();
    }
    let mut out: Vec<Text> = heads
        .iter()
        .map(|h| Text::from(format!("{h}{tail}")))
        .collect();
    out.push(Text::from((*last).to_string()));
    out
}

/// 破亿元, 突破千亿元, 数百家, 上万人: a magnitude with no digit after a bound
/// word of "exceeding" or an approximate-count word stands for (at least) one
/// of it. 百 and 千 are read as the count itself (数百家 → 100 家); 万 and 亿
/// stay in the unit as written (破亿元 → 1 亿元, 上万人 → 1 万人).
fn bare_magnitude(text: &str, i: usize) -> Option<Quantity> {
    let before = text.get(back_chars(text, i, 4)..i)?;
    let (bound, blen) = quantity::prefix_bound(before)?;
    // 破亿元, 上万人 (at least); 近百名, 约千人 (about)
    if !matches!(bound, Bound::AtLeast | Bound::Approx) {
        return None;
    }
    let mut padded = String::from("1");
    padded.push_str(
        text.get(i..)?.get(
            ..text
                .get(i..)?
                .char_indices()
                .nth(6)
                .map_or(text.len() - i, |(k, _)| k),
        )?,
    );
    let q = quantity::read_quantity(&padded, 0)?;
    if q.unit_def.is_none() || !q.has_magnitude || q.value_max.is_some() {
        return None;
    }
    // 营业收入超亿元的企业, 产值超亿元企业: a size class, not an amount
    let after = padded.get(q.end..).and_then(|r| r.chars().next());
    if after == Some('的') || q.kind == Some(UnitKind::Money) && after.is_some_and(is_cjk) {
        return None;
    }
    let shift = |k: usize| (k + i).saturating_sub(1);
    // 数百家, 上千亩: 百 and 千 are counts, not units of account (亿元, 万人
    // are): the value is the count itself, in the base unit
    let counted = if text.get(i..).is_some_and(|r| r.starts_with(['百', '千'])) {
        Quantity {
            value: q.base_value,
            unit: q.base_unit.clone(),
            has_magnitude: false,
            ..q
        }
    } else {
        q
    };
    Some(Quantity {
        bound,
        bound_word: true,
        start: i - blen,
        num_start: i,
        run_end: shift(counted.run_end),
        unit_end: shift(counted.unit_end),
        end: shift(counted.end),
        ..counted
    })
}

/// 大写 digits, used in amounts of money and in place names.
fn is_formal_digit(c: char) -> bool {
    matches!(
        c,
        '壹' | '贰'
            | '貳'
            | '叁'
            | '參'
            | '叄'
            | '肆'
            | '伍'
            | '陆'
            | '陸'
            | '柒'
            | '捌'
            | '玖'
            | '拾'
    )
}

/// Whether the scanner does anything at `c`: a clause boundary, an opening
/// quote, or a character a quantity can start with. Everything else is
/// stepped over without further tests.
fn may_act(c: char) -> bool {
    is_boundary(c)
        || c == '—'
        || closer(c).is_some()
        || is_formal_digit(c)
        || starts_numeral(c)
        || matches!(c, '亿' | '万' | '千' | '百')
}

/// [`may_act`] as one bit test per character (see [`CharSet`]).
static ACTS: LazyLock<CharSet> = LazyLock::new(|| CharSet::new(may_act));

fn scan(src: &Arc<str>, orig: &str, offset: usize, strict: Strictness) -> Vec<Metric> {
    let Some((squeezed, map)) = squeeze_spaced_digits(orig) else {
        return scan_text(src, orig, offset, strict);
    };
    // 增长 8% 左右, 15 万吨: read without the spaces, then put back where
    // the source has them
    let mut out = scan_text(src, &squeezed, 0, strict);
    for m in &mut out {
        let at = |k: usize| map.get(k).copied().unwrap_or(orig.len());
        let start = at(m.span.start);
        let end = m.span.end.checked_sub(1).map_or(start, |k| at(k) + 1);
        m.span = Span::new(offset + start, offset + end);
        m.text = Text::within(src, orig.get(start..end).unwrap_or(""));
    }
    out
}

/// Text copied from a PDF or typeset with spaces between Chinese and Latin
/// (`增长 8% 左右`, `新增 15 万吨`, `2018 年`): the text without those
/// spaces, and for each of its bytes the byte of `text` it was. `None`
/// when the text is no such prose (no full-width comma or stop, or fewer
/// than two such spaces), so that the cells of a space-separated table
/// (`亿元 86 120`) stay apart.
fn squeeze_spaced_digits(text: &str) -> Option<(String, Vec<usize>)> {
    if !text.as_bytes().contains(&b' ') {
        return None;
    }
    // a number whose digits are grouped by spaces (3 500) or that stands
    // among other numbers (2022 2023年) keeps its spaces
    let number_at = |c: char| c.is_ascii_digit() || matches!(c, '.' | '%' | '‰');
    let lone_before = |i: usize| {
        let head = text.get(..i).unwrap_or("");
        let mut rest = head.trim_end_matches(number_at).chars().rev();
        !(rest.next() == Some(' ') && rest.next().is_some_and(|c| c.is_ascii_digit()))
    };
    let lone_after = |i: usize| {
        let tail = text.get(i + 1..).unwrap_or("");
        let mut rest = tail.trim_start_matches(number_at).chars();
        !(rest.next() == Some(' ') && rest.next().is_some_and(|c| c.is_ascii_digit()))
    };
    let spaced = |i: usize| {
        let before = text.get(..i).and_then(|h| h.chars().next_back());
        let after = text.get(i + 1..).and_then(|t| t.chars().next());
        match (before, after) {
            (Some(b), Some(a)) => {
                (number_at(b) && b != '.' && is_cjk(a) && lone_before(i))
                    || (is_cjk(b) && a.is_ascii_digit() && lone_after(i))
            }
            _ => false,
        }
    };
    let drop: Vec<usize> = text
        .match_indices(' ')
        .map(|(i, _)| i)
        .filter(|&i| spaced(i))
        .collect();
    if drop.len() < 2 || !text.contains(['，', '。']) {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(text.len());
    let mut from = 0usize;
    for &i in drop.iter().chain(std::iter::once(&text.len())) {
        out.push_str(text.get(from..i).unwrap_or(""));
        map.extend(from..i);
        from = i + 1;
    }
    Some((out, map))
}

fn scan_text(src: &Arc<str>, orig: &str, offset: usize, strict: Strictness) -> Vec<Metric> {
    // traditional script is read through its fold (城鎮調查失業率5.5%以內 →
    // at most, 120萬輛 → 万辆); byte offsets hold, and the texts are taken
    // from the original
    let folded = super::fold::folded(orig);
    let text: &str = &folded;
    let mut sc = Scanner {
        src,
        text,
        orig,
        offset,
        strict,
        out: Vec::new(),
        prev_end: 0,
        shared: Vec::new(),
        next_shared: 0,
        sentence_from: 0,
        list_bound: None,
    };
    let mut last_boundary = 0usize;
    let mut quote_until = 0usize;
    let mut i = 0usize;
    let acts: &CharSet = &ACTS;
    while let Some(rest) = text.get(i..) {
        // jump to the next character that can matter, in one run
        let Some((k, c)) = rest.char_indices().find(|&(_, c)| acts.contains(c)) else {
            break;
        };
        i += k;
        let clen = c.len_utf8();
        if is_boundary(c) {
            if matches!(c, '。' | '；' | ';' | '！' | '？' | '\n') {
                sc.sentence_from = sc.out.len();
            }
            last_boundary = i + clen;
            i += clen;
            continue;
        }
        // 人民生活——城镇、农村居民人均可支配收入分别增长…: a topic set off
        // by a double dash is no part of the indicator after it
        if c == '—' {
            if text.get(i + clen..).is_some_and(|r| r.starts_with('—')) {
                last_boundary = i + 2 * clen;
                i += 2 * clen;
            } else {
                i += clen;
            }
            continue;
        }
        if i >= quote_until {
            if let Some(close) = closer(c) {
                if let Some(rest) = text.get(i + clen..) {
                    if let Some((k, _)) = rest
                        .char_indices()
                        .take(QUOTE_REACH)
                        .find(|&(_, d)| d == close)
                    {
                        // a short quote is a name (“黄金22条”); one with a
                        // clause's punctuation or of more than ten characters
                        // is reported speech, its quantities metrics
                        // (“一般性支出再压减5%以上”)
                        let inner = rest.get(..k).unwrap_or("");
                        // (and so is a short one whose verb states the
                        // quantity: “每人每月提高20元”, “新建学校5所”)
                        let speech = inner.contains(['，', '；', '。', ',', ';', '！', '？'])
                            || !super::at_most_chars(inner, 10)
                            || states_quantity(inner);
                        if !speech {
                            quote_until = i + clen + k;
                        }
                    } else if !rest.contains(|d: char| d == close || is_boundary(d) && d != ' ')
                        && super::at_most_chars(rest.trim_end(), 10)
                        && !states_quantity(rest.trim_end())
                    {
                        // 城区“15分钟健⏎身圈”: a short name a line break cut
                        // runs to the end of the text
                        quote_until = text.len();
                    }
                }
                i += clen;
                continue;
            }
        }
        // 大写 digits (陆, 伍) start a numeral in running text only when
        // another numeral character follows (陆佰): alone they are names (下陆)
        if strict == Strictness::Text && is_formal_digit(c) {
            let next = char_at(text, i + clen);
            if !next.is_some_and(|n| {
                numeral::cjk_digit(n).is_some()
                    || numeral::small_unit(n).is_some()
                    || numeral::big_unit(n).is_some()
            }) {
                i += clen;
                continue;
            }
        }
        let percent_form = matches!(c, '百' | '千' | '万')
            && text.get(i + clen..).is_some_and(|r| r.starts_with("分之"));
        let magnitude_start = matches!(c, '亿' | '万' | '千' | '百') && !percent_form;
        if !(starts_numeral(c) || percent_form || magnitude_start) {
            i += clen;
            continue;
        }
        let quoted = i < quote_until && strict == Strictness::Text;
        let q = if magnitude_start {
            if quoted || strict == Strictness::Phrase {
                None
            } else {
                bare_magnitude(text, i)
            }
        } else {
            quantity::read_quantity(text, i)
        };
        let Some(q) = q else {
            // skip the whole numeral run: never re-read inside it
            let skip = numeral::extent(text.get(i..).unwrap_or(""), numeral::Mode::Text)
                .map_or(clen, |e| e.end.max(clen));
            i += skip;
            continue;
        };
        let ok = match strict {
            Strictness::Text => !quoted && accept(text, &q),
            Strictness::Phrase => {
                accept(text, &q)
                    || (q.unit_def.is_none() && (q.bound_word || q.value_max.is_some()))
                    || matches!(
                        q.kind,
                        Some(UnitKind::Money | UnitKind::Measure | UnitKind::Percent)
                    )
            }
        };
        if ok {
            let win = back_chars(text, q.start, LOOKBEHIND)
                .max(last_boundary)
                .max(sc.prev_end);
            let next = q.end.max(i + clen);
            sc.build(q, win);
            i = next.max(sc.prev_end);
        } else {
            i = q.run_end.max(i + clen);
        }
    }
    sc.out
}

/// Every metric in `text`, with spans shifted by `offset`.
///
/// Rule: one pass; at each character that can start a numeral the quantity
/// grammar is tried, the result filtered by [`accept`], and the indicator
/// and change read from at most [`LOOKBEHIND`] characters back, never across
/// a clause boundary or the previous metric. Finds two metrics in
/// `分别增长5.2%、8%左右` and none in `2022年3月21日`.
pub(crate) fn scan_metrics(src: &Arc<str>, text: &str, offset: usize) -> Vec<Metric> {
    scan(src, text, offset, Strictness::Text)
}

impl std::str::FromStr for Metric {
    type Err = Error;

    /// Same as [`Metric::parse`].
    ///
    /// ```
    /// let m: govreport::Metric = "新增就业8000人以上".parse().unwrap();
    /// assert_eq!(m.bound, govreport::Bound::AtLeast);
    /// ```
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Metric::parse(s)
    }
}

impl Metric {
    /// Parses one metric phrase: the first quantity in `s` with its
    /// indicator, change, unit and bound.
    ///
    /// The running-text rules apply first (a number inside a name such as
    /// 十四五 or 5G is not a metric); when they find nothing, any quantity
    /// with a unit, a magnitude or a bound word is taken (`大于50`).
    ///
    /// ```
    /// use govreport::{Bound, Change, Decimal, Metric};
    /// let m = Metric::parse("总投资额669.8亿元").unwrap();
    /// assert_eq!(m.indicator.as_deref(), Some("总投资额"));
    /// assert_eq!(m.change, Some(Change::Level));
    /// assert_eq!(m.value, Decimal::new(6698, 1));
    /// assert_eq!(m.unit.as_deref(), Some("亿元"));
    /// assert_eq!(m.base_value, Decimal::from(66_980_000_000_i64));
    /// assert_eq!(m.base_unit.as_deref(), Some("元"));
    ///
    /// let r = Metric::parse("经济增长7.5%—8%").unwrap();
    /// assert_eq!((r.bound, r.value_max), (Bound::Range, Some(Decimal::from(8))));
    /// assert!(Metric::parse("十四五规划").is_err());
    /// ```
    ///
    /// # Errors
    /// [`ErrorKind::Empty`] for a blank phrase, [`ErrorKind::ExpectedQuantity`]
    /// when it holds no quantity.
    pub fn parse(s: &str) -> Result<Metric, Error> {
        if s.trim().is_empty() {
            return Err(Error::new(ErrorKind::Empty, Span::new(0, s.len())));
        }
        let src: Arc<str> = Arc::from(s);
        if let Some(m) = scan(&src, &src, 0, Strictness::Text).into_iter().next() {
            return Ok(m);
        }
        scan(&src, &src, 0, Strictness::Phrase)
            .into_iter()
            .next()
            .ok_or_else(|| Error::new(ErrorKind::ExpectedQuantity, Span::new(0, s.len())))
    }
}
