//! Document metadata: title, issuer, document number, dates, plan year and
//! the kind of document.

use chrono::{Datelike, NaiveDate};

use crate::grammar::date::{calendar_date, find_date};
use crate::grammar::is_cjk;
use crate::{DocumentKind, Meta, Text};
use std::sync::Arc;

/// How far into a document the title and number are looked for (lines).
const HEAD_LINES: usize = 40;

/// Words that end a document title.
const TITLE_ENDS: &[&str] = &[
    "的通知",
    "的意见",
    "方案",
    "分解表",
    "分工表",
    "任务表",
    "责任表",
    "清单",
    "工作报告",
    "的决定",
    "的函",
    "分工",
    "分解意见",
    "分解",
    "任务分工",
    "台账",
];

/// Names of a document's type that end a title only when the line names
/// its own document ([`names_its_document`]): an opinion (实施意见, 指导意见,
/// 若干意见), rules (办法, 规定, 细则), work points (工作要点), a plan (计划).
/// Body text ends in them too (各地要制定实施意见, 按照国家有关规定).
const TYPE_ENDS: &[&str] = &[
    "实施意见",
    "指导意见",
    "若干意见",
    "办法",
    "规定",
    "细则",
    "工作要点",
    "计划",
];

/// Characters that make a level character before them part of another word
/// (市级, 县域, 市场, 乡村): `制定市级实施细则` names no place.
const NOT_AFTER_LEVEL: &[char] = &['级', '域', '场', '民', '村', '长'];

/// Common words of two characters ending in a level character: a line that
/// opens with one (社区养老服务计划) names no place.
const LEVEL_WORDS: &[&str] = &[
    "城市", "都市", "超市", "夜市", "集市", "门市", "上市", "社区", "园区", "景区", "片区", "小区",
    "辖区", "地区", "山区", "城区", "城镇", "乡镇", "城乡",
];

/// Whether `head`, the words of a line before its type word ([`TYPE_ENDS`]),
/// name the document the line titles: `某某市人民政府关于加快发展夜间经济的`
/// (a 关于…的 title), `沂川市夜间经济管理` and `柳巷街道2024年` (opening with a
/// place: a name ending in a level — 省 市 区 县 州 旗 盟 镇 乡, or 街道 — within
/// its first ten characters, not a collective 各县 / 全市 nor a deictic 本市 /
/// 我区), `2024年全市重点项目建设` (opening with its year). Not `各地要制定`,
/// `按照国家有关`, `各县区要制定` nor `社区养老服务`.
fn names_its_document(head: &str) -> bool {
    if head.contains("关于") && head.ends_with('的') {
        return true;
    }
    // a year: 2024年, ２０２４年
    let digits = head.chars().take_while(|c| super::is_digit(*c)).count();
    if digits == 4 && head.chars().nth(4) == Some('年') {
        return true;
    }
    if head.starts_with(['各', '全', '本', '我', '该', '此', '每'])
        || LEVEL_WORDS.iter().any(|w| head.starts_with(w))
    {
        return false;
    }
    for (k, (at, c)) in head.char_indices().take(10).enumerate() {
        if !super::is_cjk(c) {
            return false;
        }
        let rest = head.get(at..).unwrap_or("");
        let level = if LEVELS.contains(&c) || c == '盟' {
            c.len_utf8()
        } else if rest.starts_with("街道") {
            "街道".len()
        } else {
            continue;
        };
        // the level closes a name of at least two characters
        if k >= 1 {
            let after = rest.get(level..).unwrap_or("");
            return !after.is_empty() && !after.starts_with(NOT_AFTER_LEVEL);
        }
    }
    false
}

/// Whether `core` (a line without its qualifier) ends like a document's
/// title: one of [`TITLE_ENDS`], or one of [`TYPE_ENDS`] after words that
/// name the document ([`names_its_document`]) on a line with no ordinal
/// (（三）完善考核办法 is a heading) and no clause punctuation.
fn ends_a_title(core: &str) -> bool {
    if TITLE_ENDS.iter().any(|e| core.ends_with(e)) {
        return true;
    }
    TYPE_ENDS.iter().any(|e| {
        core.strip_suffix(e).is_some_and(|head| {
            super::heading::ordinal(core).is_none()
                && !core.contains(['，', ',', '、', ':', '：'])
                && names_its_document(head)
        })
    })
}

/// Suffixes of issuing bodies.
const ISSUER_ENDS: &[&str] = &[
    "人民政府",
    "办公室",
    "办公厅",
    "国务院",
    "政府",
    "委员会",
    "(办公室)",
    "（办公室）",
];

/// Whether `s` names an issuing body: it ends like one of [`ISSUER_ENDS`] or
/// like any body the unit parser reads (`某某开发区管委会`, `某某街道办事处`,
/// `中共某某街道工作委员会`, `某某县发展和改革局`), and is no sentence.
fn is_issuer(s: &str) -> bool {
    let n = s.chars().count();
    (2..=30).contains(&n)
        && !s.contains(['，', ',', '。', ':', '：'])
        && (ISSUER_ENDS.iter().any(|e| s.ends_with(e)) || super::units::names_one_body(s))
}

/// The bodies on a signature line: the line itself, or the bodies of a
/// joint signature printed apart by a column gap (two spaces or an
/// ideographic one), every part a body: `中共某某街道工作委员会　　某某街道办事处`
/// → both, in the order printed.
fn signature_bodies(line: &str) -> Option<Vec<&str>> {
    let parts: Vec<&str> = line
        .split(['\u{3000}', '\u{a0}'])
        .flat_map(|p| p.split("  "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    (!parts.is_empty() && parts.iter().all(|p| is_issuer(p))).then_some(parts)
}

/// Names a news page gives as its 来源 that are media, not issuers:
/// 某某县融媒体中心, 某某广播电视台, 某某日报社.
fn is_media(s: &str) -> bool {
    ["媒体", "新闻", "传媒", "报社", "电视台", "广播"]
        .iter()
        .any(|w| s.contains(w))
}

/// A document number: 港政发〔2021〕10号, 国办函[2016]38号, 许政 [2020] 20号.
/// Returns its byte range in `s`.
pub(crate) fn doc_number(s: &str) -> Option<(usize, usize)> {
    for (i, c) in s.char_indices() {
        if matches!(c, '〔' | '[' | '［' | '(' | '（' | '【') {
            let after = s.get(i + c.len_utf8()..)?;
            // ASCII or full-width digits (青政办〔２０２４〕８号)
            let digit_run = |t: &str| -> (usize, usize) {
                t.chars()
                    .take_while(|c| super::is_digit(*c))
                    .fold((0, 0), |(n, b), c| (n + 1, b + c.len_utf8()))
            };
            let (digits, year_len) = digit_run(after);
            if digits != 4 {
                continue;
            }
            let after_year = after.get(year_len..)?;
            let close = after_year.chars().next()?;
            if !matches!(close, '〕' | ']' | '］' | ')' | '）' | '】') {
                continue;
            }
            let tail = after_year.get(close.len_utf8()..)?.trim_start();
            let (n, n_len) = digit_run(tail);
            if n == 0 || !tail.get(n_len..)?.starts_with('号') {
                continue;
            }
            // the issuer's abbreviation before the bracket: CJK letters, maybe a space
            let head = s.get(..i)?;
            let head_trim = head.trim_end();
            let abbrev: usize = head_trim
                .chars()
                .rev()
                .take_while(|c| is_cjk(*c))
                .map(char::len_utf8)
                .sum();
            if abbrev == 0 {
                continue;
            }
            let start = head_trim.len() - abbrev;
            let end = s.len() - tail.len() + n_len + '号'.len_utf8();
            return Some((start, end));
        }
    }
    None
}

const LEVELS: &[char] = &['省', '市', '区', '县', '州', '旗', '镇', '乡'];

/// A space a portal prints inside a field label to spread it over a column:
/// ASCII, ideographic (标　　题) or no-break.
fn is_label_space(c: char) -> bool {
    matches!(c, ' ' | '\u{3000}' | '\u{a0}')
}

/// The length in bytes of `label` at the start of `s`, spaces inside it
/// ignored: `标题：` matches `标　　题：`, `发布日期` matches `发布 日期`,
/// `时间 :` matches `时间:`.
fn label_at_start(s: &str, label: &str) -> Option<usize> {
    let mut rest = s;
    for (k, w) in label.chars().filter(|c| !is_label_space(*c)).enumerate() {
        // spaces before the label's first character are not part of it
        let t = if k == 0 {
            rest
        } else {
            rest.trim_start_matches(is_label_space)
        };
        rest = t.strip_prefix(w)?;
    }
    Some(s.len() - rest.len())
}

/// Finds a field label in `line`, spaces inside it ignored (see
/// [`label_at_start`]). Returns the byte range of the label as written.
fn find_label(line: &str, label: &str) -> Option<(usize, usize)> {
    let first = label.chars().find(|c| !is_label_space(*c))?;
    line.match_indices(first).find_map(|(at, _)| {
        let n = label_at_start(line.get(at..)?, label)?;
        Some((at, at + n))
    })
}

/// The value after a `label:` field on a line (spaces inside the label
/// ignored, see [`find_label`]), up to the next column gap: two ASCII spaces
/// or an ideographic one, else one ASCII space.
///
/// `标　　题：某某关于…的意见` → `某某关于…的意见`;
/// `发布机构：某某市人民政府　　成文日期：2024-02-10` → `某某市人民政府` for
/// `发布机构`; `发布时间:2019-02-20 11:02  来源:…` → `2019-02-20 11:02`.
fn field<'a>(line: &'a str, labels: &[&str]) -> Option<&'a str> {
    for label in labels {
        if let Some((_, end)) = find_label(line, label) {
            let rest = line
                .get(end..)?
                .trim_start_matches([' ', ':', '：', '\u{3000}']);
            let gap = match (rest.find("  "), rest.find('\u{3000}')) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            let end = gap.or_else(|| rest.find(' ')).unwrap_or(rest.len());
            let value = rest.get(..end)?.trim();
            if !value.is_empty() {
                return Some(value);
            }
        }
    }
    None
}

/// Labels of the fields a portal prints above a document (索引号, 文号,
/// 发布机构 …). The first ones name the document itself.
const TITLE_LABELS: &[&str] = &["标题", "名称", "题名", "文件名称", "文件标题"];
const FIELD_LABELS: &[&str] = &[
    "索引号",
    "文号",
    "发文字号",
    "发布机构",
    "发文机关",
    "发文单位",
    "成文日期",
    "发文日期",
    "发布日期",
    "发布时间",
    "颁布时间",
    "生效日期",
    "信息分类",
    "主题分类",
    "组配分类",
    "体裁分类",
    "主题词",
    "有效性",
    "文章来源",
    "信息来源",
    "来源",
    "作者",
    "日期",
    "时间",
];

/// A line that opens with a known field's `label：` (spaces inside the label
/// ignored): whether the label names the document (标题, 名称 …) and the
/// value after the colon. `标　　题：某某关于…的意见` → (true, `某某关于…的意见`);
/// `索 引 号：000014349/2024-00018` → (false, …); `标题党` → none.
fn label_prefix(line: &str) -> Option<(bool, &str)> {
    let title = TITLE_LABELS.iter().map(|l| (true, l));
    let other = FIELD_LABELS.iter().map(|l| (false, l));
    title.chain(other).find_map(|(names, label)| {
        let end = label_at_start(line, label)?;
        let rest = line.get(end..)?.trim_start_matches(is_label_space);
        // 标　　题⇥…⇥文　　号⇥…: a metadata table's cells, parted by tabs
        if let Some(cells) = rest.strip_prefix('\t') {
            let value = cells.trim_start_matches(['\t', ' ', '\u{3000}']);
            let value = value.split('\t').next().unwrap_or("").trim_end();
            return Some((names, value));
        }
        let value = rest.strip_prefix([':', '：'])?;
        Some((names, value.trim_start_matches(is_label_space)))
    })
}

/// Whether a line is a page's breadcrumb trail: 首页 with the marks that
/// part its steps (`当前位置：首页 > 信息公开 > …`, `首页 >> 政务公开`,
/// `首页 » 新闻`, `首页 | 政务公开 | 政府工作报告`, `&gt;` as an entity), or
/// a short line of three steps or more (`某县人民政府 > 政务公开 > 通知公告`).
pub(crate) fn is_breadcrumb(line: &str) -> bool {
    let marks = line.matches(['>', '＞', '»', '›']).count() + line.matches("&gt;").count();
    let Some(at) = line.find("首页") else {
        return marks >= 2 && super::at_most_chars(line, 80);
    };
    if marks > 0 {
        return true;
    }
    // 首页 | 政务公开 | …: a menu's steps after 首页, on a short line
    let after = line.get(at + "首页".len()..).unwrap_or("");
    super::at_most_chars(line, 60)
        && after
            .trim_start_matches([' ', '\u{3000}'])
            .starts_with(['|', '｜', '/', '／'])
}

/// Words that open a page's links to other pages: a related link, further
/// reading, the previous or next article.
const PAGE_LINK_WORDS: &[&str] = &[
    "相关链接",
    "相关阅读",
    "相关文章",
    "延伸阅读",
    "上一篇",
    "下一篇",
];

/// Whether a line is a page's link to another page — one of
/// [`PAGE_LINK_WORDS`] alone or before a colon, on a short line:
/// `相关链接：2023年某某县政府工作报告（全文）`, `上一篇: …`, `延伸阅读`. Such a
/// line is page furniture, never a title. A sentence that merely opens with
/// the word (`相关阅读推广活动持续开展`) is not.
pub(crate) fn is_page_link(line: &str) -> bool {
    if !super::at_most_chars(line, 100) {
        return false;
    }
    PAGE_LINK_WORDS.iter().any(|w| {
        line.strip_prefix(w).is_some_and(|rest| {
            let rest = rest.trim_start_matches(is_label_space);
            rest.is_empty() || rest.starts_with([':', '：'])
        })
    })
}

/// Whether a line heads a list of links: one of [`PAGE_LINK_WORDS`] alone
/// or before a bare colon (`相关链接：`, `延伸阅读`). The entries under it
/// are links to other pages.
pub(crate) fn heads_link_list(line: &str) -> bool {
    PAGE_LINK_WORDS.iter().any(|w| {
        line.strip_prefix(w).is_some_and(|rest| {
            rest.trim_start_matches(is_label_space)
                .trim_start_matches([':', '：'])
                .trim_start_matches(is_label_space)
                .is_empty()
        })
    })
}

/// Words of a page's tool bar: print, close, font size, bookmark, share, back
/// to the top. The longer of two words sharing a start comes first.
const PAGE_TOOL_WORDS: &[&str] = &[
    "打印本页",
    "打印",
    "关闭窗口",
    "关闭",
    "我要",
    "字号",
    "字体",
    "大",
    "中",
    "小",
    "收藏",
    "分享到",
    "分享",
    "返回顶部",
];

/// Whether a line is a page's tool bar and nothing else: tool words
/// ([`PAGE_TOOL_WORDS`]) in brackets or bare, spaces and colons between
/// them, one of them printing or closing the page. `【打印本页】【关闭窗口】`,
/// `[打印本页]　[关闭窗口]`, `打印本页　关闭窗口`, `【字号：大 中 小】【打印】【关闭】`,
/// `【打印】【关闭】　分享到：`; not `【打印本页】某某县政府工作报告` nor a
/// sentence about printing.
fn is_page_tools(line: &str) -> bool {
    if !super::at_most_chars(line, 60) {
        return false;
    }
    let mut rest = line;
    let mut prints = false;
    loop {
        rest = rest.trim_start_matches(|c: char| {
            is_label_space(c) || matches!(c, '【' | '】' | '[' | ']' | '［' | '］' | ':' | '：')
        });
        if rest.is_empty() {
            return prints;
        }
        let Some(w) = PAGE_TOOL_WORDS.iter().find(|w| rest.starts_with(*w)) else {
            return false;
        };
        prints |= w.starts_with("打印") || w.starts_with("关闭");
        rest = rest.get(w.len()..).unwrap_or("");
    }
}

/// Where a page's footer starts in `lines`: the first tool bar
/// ([`is_page_tools`]) or link to another page ([`is_page_link`]: a
/// `相关链接：` heading over its list, `上一篇：…`) that comes after the body
/// has begun, i.e. after a line holding a sentence (。). What follows is the
/// page's furniture — links to other pages, the site's owner — and names
/// neither the document nor its kind. The same bar above the body (the
/// `【字号：大 中 小】【打印】【关闭】` under a headline) starts nothing.
/// A bar with more than two sentence lines still after it stands between a
/// page's summary and its body, and starts nothing either.
/// Returns `lines.len()` when there is no footer.
fn footer_start(lines: &[&str]) -> usize {
    let mut after: usize = lines.iter().filter(|l| l.contains('。')).count();
    let mut body = false;
    for (k, l) in lines.iter().enumerate() {
        if body && after <= 2 && (is_page_tools(l) || is_page_link(l)) {
            return k;
        }
        let sentence = l.contains('。');
        body |= sentence;
        after -= usize::from(sentence);
    }
    lines.len()
}

/// Characters that open an entry of a list (a link, a point): `·`, `•`,
/// `●`, `・` and the list bullets of [`super::heading`]. A line opening with
/// one is never a title: `· 图解：2023年区政府工作报告` is a link.
const BULLETS: &[char] = &['·', '•', '●', '・', '‧', '◆', '■', '▪', '◇', '□', '►', '▶'];

/// Whether a line opens with a list bullet ([`BULLETS`]).
pub(crate) fn opens_with_bullet(line: &str) -> bool {
    line.trim_start_matches(is_label_space).starts_with(BULLETS)
}

/// Whether a line is a news page's byline: a short header line (no sentence)
/// with 来源 / 作者 / 编辑 / 责任编辑 before a colon.
/// `来源：某某县人民政府办公室　　作者：县政府研究室　　阅读：2105`; not
/// `资金来源：财政补助` … nor a sentence.
fn is_byline(line: &str) -> bool {
    if !super::at_most_chars(line, 120) || line.contains(['。', '；', ';']) {
        return false;
    }
    let f = super::fold::folded(line);
    BYLINE_WORDS.iter().any(|w| {
        f.match_indices(w).any(|(at, _)| {
            let head = f.get(..at).unwrap_or("");
            // the word opens a field: at the start, after a gap or a date,
            // or as 责任编辑, 文章来源, 信息来源
            let opens = head.chars().next_back().is_none_or(|c| !is_cjk(c))
                || ["责任", "文章", "信息", "稿件"]
                    .iter()
                    .any(|p| head.ends_with(p));
            let after = f.get(at + w.len()..).unwrap_or("");
            opens
                && after
                    .trim_start_matches(is_label_space)
                    .starts_with([':', '：'])
        })
    })
}

/// A news page's headline: the line just above its byline, when it reads
/// as one (6 to 70 characters, no sentence, no field, no link):
/// `一问一答读懂2023年某某县《政府工作报告》` ⏎ `来源：…　　作者：…`;
/// `图文解读：今年某某县要办好这些大事` too, but not a field line
/// (`分类：政策解读`, `发布日期：…　　分类：…`).
fn headline_above_byline<'a>(head: &[&'a str]) -> Option<&'a str> {
    let k = head.iter().position(|l| is_byline(l))?;
    let t = clean_title(head.get(k.checked_sub(1)?)?);
    let n = t.chars().count();
    // a colon opens a headline's second part, not a short field value
    let after_colon = t
        .rfind([':', '：'])
        .map(|at| t.get(at..).map_or(0, |r| r.chars().count() - 1));
    ((6..=70).contains(&n)
        && !t.contains(['。', '；', ';', '>', '\u{3000}'])
        && !t.contains("  ")
        && after_colon.is_none_or(|a| a >= 6)
        && !is_breadcrumb(t)
        && !is_page_link(t)
        && !is_byline(t)
        && calendar_date(t).is_none())
    .then_some(t)
}

/// Cleans a candidate title line: drops a leading document number, a site
/// name after `-` / `_` / `|`, and a dateline after `——`.
fn clean_title(line: &str) -> &str {
    // a sheet's title row saved as CSV: 2024年…督办台账,,,,
    let mut t = line.trim().trim_end_matches([',', '，']).trim_end();
    // a link to another page (相关链接：…) or an entry of a list (· 图解：…)
    // is no title
    if is_page_link(t) || opens_with_bullet(t) {
        return "";
    }
    // a title never opens with a field's label: 标　　题：… is the title
    // field's value, 主题词：… is no title at all
    match label_prefix(t) {
        Some((true, value)) => t = value,
        Some((false, _)) => return "",
        None => {}
    }
    if let Some((_, end)) = doc_number(t) {
        if t.get(..end).is_some_and(|h| t.starts_with(h)) {
            t = t.get(end..).unwrap_or(t).trim();
        }
    }
    for sep in ["——", "-", "_", "|"] {
        if let Some(at) = t.rfind(sep) {
            let (head, tail) = (
                t.get(..at).unwrap_or(t),
                t.get(at + sep.len()..).unwrap_or(""),
            );
            let tail_is_site = tail.contains("网")
                || tail.contains("在")
                || tail.contains("会议")
                || tail.contains("门户");
            if ends_a_title(head.trim_end()) && tail_is_site {
                t = head.trim_end();
            }
        }
    }
    t
}

/// `t` without a short bracketed qualifier at its end: the （2024—2026年）,
/// （试行） or (征求意见稿) after a title's own last word.
fn without_qualifier(t: &str) -> &str {
    let Some(body) = t.strip_suffix(['）', ')']) else {
        return t;
    };
    match body.rfind(['（', '(']) {
        Some(at) if body.get(at..).is_some_and(|q| q.chars().count() <= 17) => {
            body.get(..at).unwrap_or(t).trim_end()
        }
        _ => t,
    }
}

/// A notice's title that wraps onto the `next` line: `line` holds 关于 but
/// does not end the notice (的通知, 的意见 …), and `next` is a short line that
/// does. Returns the whole title.
fn wrapped_title(line: &str, next: &str) -> Option<String> {
    const NOTICE_ENDS: &[&str] = &["的通知", "的意见", "的决定", "的函", "的批复"];
    let next = next.trim();
    let ends = |t: &str| {
        NOTICE_ENDS
            .iter()
            .any(|e| without_qualifier(t).ends_with(e))
    };
    if !line.contains("关于")
        || ends(line)
        || !crate::grammar::at_most_chars(next, 30)
        || next.contains(['。', '；', ';', '，', ',', ':', '：', '〔', '['])
        || !ends(next)
    {
        return None;
    }
    let joined = [line, next].concat();
    title_like(&joined).then_some(joined)
}

fn title_like(t: &str) -> bool {
    let n = t.chars().count();
    // matched through the fold (政府工作報告)
    let f = super::fold::folded(t);
    let core = without_qualifier(&f);
    // (a joint notice names its issuers first, and may run long:
    // 某某市商务局 某某市发展和改革委员会 …关于印发《…》的通知)
    let most = if t.contains("关于") && t.ends_with("通知") {
        120
    } else {
        70
    };
    (6..=most).contains(&n)
        && ends_a_title(core)
        && !is_breadcrumb(t)
        // a reference to another text (关于…的意见 as a line of the body);
        // a notice's own title may still open with 关于印发 / 关于下达
        && (!t.starts_with("关于") || t.starts_with("关于印发") || t.starts_with("关于下达"))
        && !t.contains(['。', '；', ';'])
        && !t.starts_with('《')
}

/// Words of a news page's byline, the line under its headline: 来源, 作者,
/// 编辑 (and so 责任编辑).
const BYLINE_WORDS: &[&str] = &["来源", "作者", "编辑"];

/// The date on a news page's byline: a header line that holds 来源 / 作者 /
/// 编辑 / 责任编辑 and a date or date-time, written with `-`, `/`, `.` or
/// 年月日. `2023-11-02 08:30:15　来源：某某日报　作者：记者 王某` → 2023-11-02;
/// `来源：某某网 2023年11月2日` → 2023-11-02. A sentence (with 。 or ；) is no
/// byline: `据某某日报2023年11月2日报道，……。` gives none.
///
/// A posting stamp counts as a byline too: a short line of an account's
/// name, a date and a time of day, as a WeChat article prints its account
/// and post time (`某某新闻 2026-01-09 21:36 江西`).
fn byline_date(line: &str) -> Option<NaiveDate> {
    if !super::at_most_chars(line, 120) || line.contains(['。', '；', ';']) {
        return None;
    }
    let f = super::fold::folded(line);
    let (date, start, end) = find_date(line)?;
    let account = line.get(..start).unwrap_or("").trim();
    let stamped = super::at_most_chars(line, 40)
        && !account.is_empty()
        && account.chars().all(|c| is_cjk(c) || c == ' ')
        // a forum's 发表于 2022-5-5 22:42:16 dates the post, not the text
        && !account.ends_with('于')
        && line.get(end..).is_some_and(|r| time_of_day(r.trim_start()));
    (stamped || BYLINE_WORDS.iter().any(|w| f.contains(w))).then_some(date)
}

/// Whether `s` opens with a time of day, `H:MM` or `HH:MM`.
fn time_of_day(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    (1..=2).contains(&digits)
        && b.get(digits) == Some(&b':')
        && b.get(digits + 1..digits + 3)
            .is_some_and(|m| m.iter().all(u8::is_ascii_digit))
}

/// Extracts metadata from the lines of a document (trimmed content, in
/// order, slices of `src`).
pub(crate) fn extract(src: &Arc<str>, lines: &[&str]) -> (Meta, DocumentKind) {
    let mut meta = Meta::default();
    // the page's footer (【打印本页】【关闭窗口】, 相关链接：⏎ · …) names neither
    // the document, nor its kind, nor its year
    let body = lines.get(..footer_start(lines)).unwrap_or(lines);
    let head: Vec<&str> = body
        .iter()
        .copied()
        .filter(|l| !l.is_empty())
        .take(HEAD_LINES)
        .collect();

    // title: a 名称 field, else the first title-like line (or two lines, when
    // a notice's title wraps: ……关于印发2024年县政府工作报告⏎重点工作任务分工
    // 方案的通知)
    meta.title = head
        .iter()
        .filter_map(|l| field(l, &["名称:", "名称：", "标题:", "标题："]))
        .map(clean_title)
        .find(|t| title_like(t))
        .map(|t| Text::within(src, t))
        .or_else(|| {
            head.iter().enumerate().find_map(|(k, l)| {
                let t = clean_title(l);
                if let Some(joined) = head.get(k + 1).and_then(|n| wrapped_title(t, n)) {
                    // a PDF's title block over three lines: the issuer on
                    // its own line above 关于印发《…⏎…》的通知
                    let issuer = k
                        .checked_sub(1)
                        .and_then(|i| head.get(i))
                        .map(|l| l.trim())
                        .filter(|l| t.starts_with("关于") && is_issuer(l) && !is_media(l));
                    if let Some(issuer) = issuer {
                        let whole = [issuer, joined.as_str()].concat();
                        if title_like(&whole) {
                            return Some(Text::from(whole));
                        }
                    }
                    return Some(Text::from(joined));
                }
                title_like(t).then(|| Text::within(src, t))
            })
        })
        // a news page's headline need not end like a document's title
        .or_else(|| headline_above_byline(&head).map(|t| Text::within(src, t)));

    meta.doc_number = head
        .iter()
        .find_map(|l| doc_number(l).and_then(|(s, e)| l.get(s..e)))
        .map(|t| Text::within(src, t));

    // dates: the signature date (an issuer line followed by a date line)
    // beats document-date fields, which beat publication fields. The first
    // signature is the notice's: a table annexed after it may set a body
    // over a deadline one cell a line (区民政局 ⏎ 2024年6月30日)
    // A joint signature names every body, in the order printed, whether on
    // one line apart by a column gap or one line each (中共某某县委办公室 ⏎
    // 某某县人民政府办公室 ⏎ 2023年3月16日): they are joined by a space, as
    // the title of a joint notice writes them.
    // (five bodies may take three lines: 棠溪市商务局　　棠溪市发展和改革委员会
    // ⏎ 棠溪市工业和信息化局　　棠溪市财政局 ⏎ 棠溪市市场监督管理局)
    const MAX_SIGNATURE_LINES: usize = 4;
    let mut signature: Option<(NaiveDate, Vec<&str>)> = None;
    let mut recent: Vec<&str> = Vec::with_capacity(MAX_SIGNATURE_LINES + 1);
    for &b in lines.iter().filter(|l| !l.is_empty()) {
        // a date line is short: check it first, the issuer only then
        if let Some(&a) = recent.last().filter(|_| b.len() <= 48) {
            if let Some((d, len)) = calendar_date(b) {
                if let Some(mut bodies) = signature_bodies(a).filter(|_| len == b.len()) {
                    for line in recent.iter().rev().skip(1) {
                        match signature_bodies(line) {
                            Some(mut before) => {
                                before.append(&mut bodies);
                                bodies = before;
                            }
                            None => break,
                        }
                    }
                    signature = Some((d, bodies));
                    break;
                }
            }
        }
        if recent.len() == MAX_SIGNATURE_LINES {
            recent.remove(0);
        }
        recent.push(b);
    }
    let doc_date = head.iter().find_map(|l| {
        field(l, &["发文日期", "成文日期"]).and_then(|v| calendar_date(v).map(|d| d.0))
    });
    let pub_date = head.iter().find_map(|l| {
        field(
            l,
            &[
                "发布时间",
                "发布日期",
                "颁布时间",
                "时间 :",
                "时间:",
                "日期:",
                "更新日期",
            ],
        )
        .and_then(|v| calendar_date(v).map(|d| d.0))
    });
    let dateline = meta.title.as_ref().and_then(|_| {
        head.iter().find_map(|l| {
            // ——2025年1月9日在…会议上, or in brackets of its own line:
            // （2024年12月26日在…人民代表大会第六次会议上）
            let at = l.find("——").or_else(|| {
                let t = l.trim_start_matches([' ', '\u{3000}']);
                (t.starts_with(['（', '(']) && t.contains("会议")).then(|| l.len() - t.len())
            });
            at.and_then(|at| l.get(at..))
                .and_then(find_date)
                .map(|d| d.0)
        })
    });
    let kind = kind(meta.title.as_deref(), body);
    // a report is dated by its delivery (——2019年1月18日在…会议上), not by
    // the page that reposts it
    let delivered = dateline.filter(|_| kind == DocumentKind::WorkReport);
    // last: the date on a news page's byline (2024-01-16 20:15　来源：…)
    let byline = head.iter().find_map(|l| byline_date(l));
    meta.published = delivered
        .or(signature.as_ref().map(|s| s.0))
        .or(doc_date)
        .or(pub_date)
        .or(dateline)
        .or(byline);

    // issuer: a 发布机构 / 发文单位 field, the signature, a 来源 field, the title's head
    let issuer_field = head.iter().find_map(|l| {
        field(
            l,
            &[
                "发布机构:",
                "发布机构：",
                "发文单位:",
                "发文机关:",
                "发布机构",
                // an open-data portal's record of a dataset
                "数据提供方",
            ],
        )
    });
    let source_field = head
        .iter()
        .find_map(|l| field(l, &["文章来源:", "来源:", "来源："]))
        .map(|v| {
            // a source glued onto the text after it ends at the first non-CJK character
            let n: usize = v
                .chars()
                .take_while(|c| is_cjk(*c) || matches!(c, '(' | ')' | '（' | '）'))
                .map(char::len_utf8)
                .sum();
            v.get(..n).unwrap_or(v)
        })
        .filter(|v| is_issuer(v) && !is_media(v));
    // an office named by its work alone (来源：党政办公室) is the page's
    // publisher inside the body: it comes after the title's head
    let (source_field, bare_source) = match source_field {
        Some(v) if !super::units::names_its_place(v) => (None, Some(v)),
        v => (v, None),
    };
    let title_issuer = meta
        .title
        .as_deref()
        .and_then(|t| t.find("关于").and_then(|at| t.get(..at)))
        .filter(|s| is_issuer(s));
    // a spliced page header 许昌市人民政府文件: place name + level + 人民政府
    let spliced = lines.iter().take(400).find_map(|l| {
        let at = l.find("人民政府文件")?;
        let head = l.get(..at)?;
        let level = head.chars().next_back().filter(|c| LEVELS.contains(c))?;
        let place: String = head
            .get(..head.len() - level.len_utf8())?
            .chars()
            .rev()
            .take(2)
            .collect();
        let place: String = place.chars().rev().collect();
        (place.chars().count() == 2 && place.chars().all(is_cjk))
            .then(|| format!("{place}{level}人民政府"))
    });
    // a report delivered "on behalf of the 区人民政府", the place from the title
    // (自治县, 自治州, 自治区 and 自治旗 are levels too)
    let on_behalf = lines.iter().take(400).find_map(|l| {
        let at = l.find("代表")?;
        let rest = l.get(at + "代表".len()..)?;
        let level: &str = ["自治县", "自治州", "自治区", "自治旗"]
            .into_iter()
            .find(|w| rest.starts_with(w))
            .or_else(|| {
                let c = rest.chars().next().filter(|c| LEVELS.contains(c))?;
                rest.get(..c.len_utf8())
            })?;
        rest.get(level.len()..)?
            .starts_with("人民政府")
            .then_some(level)
    });
    // …or from the dateline: ——2024年1月16日在临川市第十七届人民代表大会…
    let dateline_place = |level: &str| {
        lines.iter().take(40).find_map(|l| {
            let l = super::fold::folded(l);
            let at = l.find("人民代表大会")?;
            let head = l.get(..at)?;
            let head = head.get(..head.rfind('第')?)?;
            let place = head.get(head.rfind('在')? + '在'.len_utf8()..)?;
            let name = place.strip_suffix(level)?;
            (name.chars().count() >= 2 && name.chars().all(is_cjk))
                .then(|| format!("{place}人民政府"))
        })
    };
    let behalf_issuer = on_behalf
        .and_then(|level| {
            let Some(t) = meta.title.as_deref() else {
                return dateline_place(level);
            };
            // 某某县政府工作报告, 某某县人民政府…, 某某自治县2022年政府工作报告
            let at = t
                .find(&format!("{level}政府"))
                .or_else(|| t.find(&format!("{level}人民政府")))
                .or_else(|| {
                    let at = t.find(level)?;
                    t.get(at..)?.contains("政府").then_some(at)
                })?;
            let head = t.get(..at)?;
            let n: usize = head
                .chars()
                .rev()
                .take_while(|c| is_cjk(*c) && *c != '年')
                .map(char::len_utf8)
                .sum();
            let place = head.get(head.len() - n..)?;
            (place.chars().count() >= 2).then(|| format!("{place}{level}人民政府"))
        })
        .or_else(|| on_behalf.and_then(dateline_place));
    // a work report is the government's, whoever put the page up (来源:
    // 区政府办公室)
    let report_issuer = behalf_issuer
        .as_ref()
        .filter(|_| kind == DocumentKind::WorkReport)
        .map(|s| Text::from(s.clone()));
    // the signature is the document's own word on who issued it; a portal's
    // 发布机构 field often names the office that put it up
    let signed = signature.map(|(_, bodies)| match bodies.as_slice() {
        [one] => Text::within(src, one),
        many => Text::from(many.join(" ")),
    });
    meta.issuer = report_issuer.or(signed).or_else(|| {
        issuer_field
            .filter(|v| is_issuer(v))
            .or(source_field)
            .or(title_issuer)
            .or(bare_source)
            .map(|t| Text::within(src, t))
            .or(spliced.map(Text::from))
            .or(behalf_issuer.map(Text::from))
    });

    meta.plan_year = plan_year(body, meta.title.as_deref(), meta.published);
    (meta, kind)
}

/// Years written as `2022年` in `s`.
fn years(s: &str) -> impl Iterator<Item = i32> + '_ {
    s.match_indices('年').filter_map(move |(at, _)| {
        // four digits right before 年, ASCII or full-width (２０２４年), and
        // no fifth
        let head = s.get(..at)?;
        let (start, _) = head.char_indices().rev().nth(3)?;
        let digits = head.get(start..)?;
        if !digits.chars().all(super::is_digit)
            || head
                .get(..start)?
                .chars()
                .next_back()
                .is_some_and(super::is_digit)
        {
            return None;
        }
        let y = i32::try_from(super::heading::ordinal_value(digits)?).ok()?;
        (1949..=2100).contains(&y).then_some(y)
    })
}

/// The first year of a span of years written in `s` (2024—2026年,
/// 2024-2026年, 2024至2026年, 2024年—2026年), if any.
fn first_of_years(s: &str) -> Option<i32> {
    let b = s.as_bytes();
    let mut i = 0;
    while i + 4 <= b.len() {
        let four = b.get(i..i + 4)?;
        let at_start = i == 0 || !b.get(i - 1).is_some_and(u8::is_ascii_digit);
        if at_start && four.iter().all(u8::is_ascii_digit) {
            let rest = s.get(i + 4..).unwrap_or("");
            let rest = rest.strip_prefix('年').unwrap_or(rest);
            let after = ["—", "–", "-", "～", "~", "至", "到", "－"]
                .iter()
                .find_map(|d| rest.strip_prefix(d));
            if let Some(after) = after {
                let after = after.trim_start_matches('—');
                let second = after
                    .get(..4)
                    .filter(|d| d.bytes().all(|c| c.is_ascii_digit()));
                let closes = after.get(4..).is_some_and(|t| t.starts_with('年'));
                if let (Some(second), true) = (second, closes) {
                    let (a, z): (i32, i32) = (s.get(i..i + 4)?.parse().ok()?, second.parse().ok()?);
                    if (1949..=2100).contains(&a) && a < z && z - a <= 10 {
                        return Some(a);
                    }
                }
            }
            i += 4;
        } else {
            i += 1;
        }
    }
    None
}

const PLAN_WORDS: &[&str] = &[
    "工作安排",
    "预期目标",
    "主要目标",
    "重点工作",
    "工作任务",
    "重点任务",
    "发展目标",
    "发展指标",
    "工作要点",
];

fn plan_year(lines: &[&str], title: Option<&str>, published: Option<NaiveDate>) -> Option<i32> {
    // 三年行动方案（2024—2026年）: a plan over years plans from its first
    if let Some(y) = title.and_then(first_of_years) {
        return Some(y);
    }
    let mut best: Option<i32> = None;
    let mut consider = |y: i32| best = Some(best.map_or(y, |b| b.max(y)));
    if let Some(t) = title {
        years(t).for_each(&mut consider);
    }
    for l in lines {
        // 为…，力争到2025年，…，结合我市实际，制定以下措施: the year the
        // purpose sentence sets its goals for
        if l.trim_start().starts_with('为') && l.contains("制定") {
            for w in ["力争", "确保", "争取"] {
                if let Some((y, _)) = l
                    .find(w)
                    .and_then(|at| l.get(at + w.len()..))
                    .and_then(super::date::horizon)
                {
                    consider(y);
                }
            }
        }
        let short = super::at_most_chars(l, 40);
        // a long line counts only with 预期目标 after its year
        if !short && !l.contains("预期目标") {
            continue;
        }
        for (at, _) in l.match_indices('年') {
            let after = l.get(at..).unwrap_or("");
            // within 24 characters of the year (2026年全市经济社会发展的主要
            // 预期目标)
            let near = after.char_indices().nth(24).map_or(after.len(), |(k, _)| k);
            let plan_phrase = PLAN_WORDS
                .iter()
                .any(|w| after.get(..near).is_some_and(|a| a.contains(w)));
            if plan_phrase && (short || after.contains("预期目标")) {
                if let Some(y) = l
                    .get(at.saturating_sub(4)..at + 3)
                    .and_then(|s| years(s).next())
                {
                    consider(y);
                }
            }
        }
    }
    if best.is_some() {
        return best;
    }
    // 今年 / 明年 with the targets, dated by the publication: a report given
    // in January plans that year; one given in December plans the next
    if let Some(p) = published {
        let near_goal = |w: &str| {
            lines.iter().take(400).any(|l| {
                l.match_indices(w).any(|(at, _)| {
                    let after = l.get(at..).unwrap_or("");
                    let end = after.char_indices().nth(24).map_or(after.len(), |(k, _)| k);
                    after.get(..end).is_some_and(|a| a.contains("目标"))
                })
            })
        };
        let late = p.month() >= 10;
        if late && near_goal("明年") {
            return Some(p.year() + 1);
        }
        if near_goal("今年") {
            return Some(p.year());
        }
        if near_goal("明年") {
            return Some(p.year() + 1);
        }
    }
    // the most frequent year in the text
    let mut counts: Vec<(i32, usize)> = Vec::new();
    for l in lines {
        for y in years(l) {
            match counts.iter_mut().find(|c| c.0 == y) {
                Some(c) => c.1 += 1,
                None => counts.push((y, 1)),
            }
        }
    }
    // (a tie goes to the year of publication: 2022年6月10日 against 有效期至
    // 2023年12月31日)
    let year_of = published.map(|d| d.year());
    counts.sort_by(|a, b| {
        b.1.cmp(&a.1)
            .then((Some(b.0) == year_of).cmp(&(Some(a.0) == year_of)))
            .then(b.0.cmp(&a.0))
    });
    counts
        .first()
        .map(|c| c.0)
        .or_else(|| published.map(|d| d.year()))
}

/// Whether a line names a plan (方案) the way a title or a heading does:
/// it is title-like (ends in 方案, 的通知 … with no sentence punctuation) and
/// holds 方案. `某某区优化营商环境工作方案（试行）`, `关于印发某某方案的通知`,
/// `附件：某某区实施方案`; not `各责任单位要于4月底前制定实施方案，报区政府备案。`
/// nor `制定本方案。`.
fn names_a_plan(l: &str) -> bool {
    l.contains("方案") && !l.contains(['，', ',']) && title_like(l)
}

/// Whether a paragraph opens with a plan's guiding thought, as the 总体要求
/// of a plan or a year's work points do: `以习近平新时代中国特色社会主义思想为指导，
/// 坚持稳中求进工作总基调，…` (traditional 為指導 too). A report states it
/// inside a sentence (今年政府工作的总体要求是：以…为指导), not at the start.
fn states_guiding_thought(l: &str) -> bool {
    if !l.starts_with('以') {
        return false;
    }
    let f = super::fold::folded(l);
    let end = f.char_indices().nth(64).map_or(f.len(), |(k, _)| k);
    f.get(..end).is_some_and(|h| h.contains("为指导"))
}

/// Whether a title names an account of progress: its own genre, the words
/// it ends with, is a 通报 (bulletin), a 总结 (review) or a report of how
/// things stand (落实情况的报告, 进展情况汇报). Such a document plans nothing,
/// even when it names the work report or the breakdown it reports on.
fn is_progress_report(title: &str) -> bool {
    let t = title.trim_end_matches(|c: char| c.is_whitespace() || "。.（）()".contains(c));
    [
        "通报",
        "总结",
        "情况的报告",
        "情况报告",
        "情况汇报",
        "情况的汇报",
    ]
    .iter()
    .any(|w| t.ends_with(w))
}

fn kind(title: Option<&str>, lines: &[&str]) -> DocumentKind {
    let breakdown = |t: &str| {
        [
            "分解",
            "分工",
            "责任清单",
            "任务清单",
            "责任分解",
            "任务分解",
            // …重点任务督办清单: the tasks, their units and how far they got
            "督办清单",
            "督办台账",
            "督查台账",
            "任务台账",
            "工作台账",
        ]
        .iter()
        .any(|w| t.contains(w))
    };
    if let Some(t) = title.map(super::fold::folded) {
        let t: &str = &t;
        // …重点任务落实情况的督查通报: an account of what was done, whatever
        // document it reports on
        if is_progress_report(t) {
            return DocumentKind::Unknown;
        }
        if breakdown(t) {
            return DocumentKind::TaskBreakdown;
        }
        if t.contains("工作报告") {
            return DocumentKind::WorkReport;
        }
        // a year's work points or work plan is a plan of its own work
        // (…关于印发2024年工作要点的通知); one broken down (分解 / 分工) is a
        // breakdown, decided above
        // (若干措施, 实施意见: measures and opinions plan their own work too)
        if t.contains("实施方案")
            || t.contains("行动方案")
            || t.contains("工作方案")
            || t.contains("行动计划")
            || t.contains("工作要点")
            || t.contains("工作计划")
            || t.contains("若干措施")
            || t.contains("实施意见")
        {
            return DocumentKind::ActionPlan;
        }
        if t.contains("清单") {
            return DocumentKind::TaskBreakdown;
        }
    }
    // the opening of a document tells its kind; later lines add nothing
    let text_has = |w: &str| lines.iter().take(400).any(|l| l.contains(w));
    let heads: Vec<&str> = lines
        .iter()
        .copied()
        .filter(|l| super::at_most_chars(l, 12))
        .collect();
    let skeleton = [
        "总体要求",
        "主要目标",
        "重点任务",
        "保障措施",
        "组织保障",
        "实施步骤",
        "工作目标",
        "基本原则",
    ]
    .iter()
    .filter(|w| heads.iter().any(|h| h.contains(*w)))
    .count();
    if skeleton >= 2 {
        return DocumentKind::ActionPlan;
    }
    if text_has("政府工作报告")
        && (text_has("牵头单位") || text_has("责任单位") || text_has("分解"))
    {
        return DocumentKind::TaskBreakdown;
    }
    if text_has("各位代表") || text_has("代表区人民政府") || text_has("向大会报告")
    {
        return DocumentKind::WorkReport;
    }
    // a news report of a work report: it names the report and its targets
    if text_has("政府工作报告") && text_has("预期目标") {
        return DocumentKind::WorkReport;
    }
    // a plan the document is (its title, a title-like line or heading), not
    // one it tells someone to draw up (各牵头单位要于3月10日前制定实施方案，…);
    // or a plan's guiding thought opening a paragraph (以…为指导，坚持…)
    if title.is_some_and(|t| t.contains("方案"))
        || lines
            .iter()
            .take(400)
            .any(|l| names_a_plan(l) || states_guiding_thought(l))
    {
        return DocumentKind::ActionPlan;
    }
    if text_has("牽頭") || text_has("牵头") || text_has("责任单位") || text_has("責任單位")
    {
        return DocumentKind::TaskBreakdown;
    }
    DocumentKind::Unknown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plan_over_years_plans_from_its_first() {
        for (title, want) in [
            ("某区数字经济三年行动方案（2024—2026年）", Some(2024)),
            ("某市新能源发展行动计划(2025-2027年)", Some(2025)),
            ("某县2023年至2025年乡村振兴实施方案", Some(2023)),
            ("某县2024年重点工作分工方案", None),
            ("某县2024年、2025年工作要点", None),
            ("编号12024-2026年", None),
        ] {
            assert_eq!(first_of_years(title), want, "{title}");
        }
        // a purpose sentence's goals for a later year
        let lines = [
            "某市支持民营经济发展若干措施",
            "发布时间：2024年05月24日",
            "为激发民营经济活力，力争到2025年，民营企业数量突破25万户，结合我市实际，制定以下措施。",
        ];
        assert_eq!(
            plan_year(
                &lines,
                Some("某市支持民营经济发展若干措施"),
                NaiveDate::from_ymd_opt(2024, 5, 24)
            ),
            Some(2025)
        );
        let lines = ["到2026年，数字经济核心产业增加值达到120亿元"];
        assert_eq!(
            plan_year(
                &lines,
                Some("某区数字经济三年行动方案（2024—2026年）"),
                None
            ),
            Some(2024)
        );
    }

    #[test]
    fn plan_year_from_this_year_and_the_publication() {
        let d = NaiveDate::from_ymd_opt;
        let lines = ["报告提出，今年全市经济社会发展主要预期目标为：地区生产总值增长6%以上"];
        assert_eq!(plan_year(&lines, None, d(2024, 1, 18)), Some(2024));
        let lines = ["明年经济社会发展的主要预期目标是：地区生产总值增长5%左右"];
        assert_eq!(plan_year(&lines, None, d(2022, 12, 28)), Some(2023));
        let lines = ["今年以来，各项工作稳步推进"];
        assert_eq!(plan_year(&lines, None, d(2024, 6, 1)), Some(2024));
        // a news article: the year of the 预期目标 sentence, not the year
        // written most often
        let lines = [
            "报告指出，2025年全市地区生产总值增长5.4%，2025年一般公共预算收入增长3.8%。",
            "报告提出，2026年全市经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。",
            "2025年，全市居民人均可支配收入增长5.6%。",
        ];
        assert_eq!(plan_year(&lines, None, None), Some(2026));
        // the year of publication wins a tie
        let lines = [
            "2022年6月10日",
            "本措施自印发之日起施行，有效期至2023年12月31日。各项补贴政策的具体申领程序由各主管部门另行制定。",
        ];
        assert_eq!(plan_year(&lines, None, d(2022, 6, 14)), Some(2022));
    }

    #[test]
    fn titles_with_a_qualifier() {
        assert!(title_like(
            "某区推动新能源汽车产业高质量发展三年行动方案（2024—2026年）"
        ));
        assert!(title_like("某市优化营商环境实施方案(试行)"));
        assert!(!title_like("某市优化营商环境（一）"));
        assert_eq!(without_qualifier("实施方案（征求意见稿）"), "实施方案");
        assert_eq!(without_qualifier("实施方案"), "实施方案");
    }

    #[test]
    fn titles_that_end_in_the_documents_type() {
        for title in [
            "沂川市人民政府关于加快发展夜间经济的实施意见",
            "某某省人民政府办公厅关于促进平台经济规范健康发展的指导意见",
            "某某市人民政府关于支持民营经济发展的若干意见",
            "某某市人民政府关于进一步优化营商环境的若干规定",
            "某某市夜间经济管理办法（试行）",
            "某某县政府投资项目管理规定",
            "某某市住房公积金提取实施细则",
            "柳巷街道2024年工作要点",
            "2024年全市重点项目建设计划",
            "某某区推动数字经济发展三年行动计划（2024—2026年）",
            "２０２５年某某县民生实事工作计划",
        ] {
            assert!(title_like(title), "{title}");
        }
        for line in [
            // sentences and clauses of the body
            "各地要制定实施意见。",
            "各地要制定实施意见",
            "各县区要结合实际制定具体实施办法",
            "按照国家有关规定",
            "制定市级实施细则",
            "研究出台扶持办法，完善考核办法",
            "社区养老服务计划",
            "全市2024年重点工作计划",
            // headings, articles and quotations
            "（三）完善考核办法",
            "第十四条　本办法由市商务局负责解释",
            "《某某市夜间经济管理办法》",
            // a 关于 line that is not a notice's own: a reference
            "关于加快发展夜间经济的实施意见",
            "附件：某某市夜间经济管理办法",
        ] {
            assert!(!title_like(line), "{line}");
        }
        // the site after a dash is dropped from such a title too
        assert_eq!(
            clean_title("某某市夜间经济管理办法-某某市人民政府门户网站"),
            "某某市夜间经济管理办法"
        );
        // an opinion's title under a portal's field block
        let lines = [
            "文号：沂政发〔2021〕8号",
            "沂川市人民政府关于加快发展夜间经济的实施意见",
            "【字号：大 中 小】　【打印】　【关闭】",
            "各县区人民政府，市政府各部门：",
        ];
        let (m, _) = extract(&Arc::from(""), &lines);
        assert_eq!(
            m.title.as_deref(),
            Some("沂川市人民政府关于加快发展夜间经济的实施意见")
        );
        assert_eq!(m.issuer.as_deref(), Some("沂川市人民政府"));
    }

    #[test]
    fn doc_numbers() {
        fn n(s: &str) -> Option<&str> {
            doc_number(s).and_then(|(a, b)| s.get(a..b))
        }
        assert_eq!(
            n("东政发〔2021〕10号 东川区人民政府关于"),
            Some("东政发〔2021〕10号")
        );
        assert_eq!(n("国办函[2016]38号"), Some("国办函[2016]38号"));
        assert_eq!(n("许政 [2020] 20号"), Some("许政 [2020] 20号"));
        assert_eq!(n("增长[2020]"), None);
        assert_eq!(n("青政办〔２０２４〕８号"), Some("青政办〔２０２４〕８号"));
    }

    #[test]
    fn titles_over_two_lines() {
        let lines = [
            "青阳县人民政府",
            "青阳县人民政府办公室关于印发２０２４年县政府工作报告",
            "重点工作任务分工方案的通知",
            "青政办〔２０２４〕８号",
        ];
        let (m, k) = extract(&Arc::from(""), &lines);
        assert_eq!(
            m.title.as_deref(),
            Some("青阳县人民政府办公室关于印发２０２４年县政府工作报告重点工作任务分工方案的通知")
        );
        assert_eq!(k, DocumentKind::TaskBreakdown);
        assert_eq!(m.doc_number.as_deref(), Some("青政办〔２０２４〕８号"));
        // a whole title is not joined with what follows it
        assert_eq!(
            wrapped_title("某某区人民政府关于印发重点工作分解意见的通知", "附件的通知"),
            None
        );
    }

    #[test]
    fn a_title_block_over_three_lines_opens_with_its_issuer() {
        let lines = [
            "某某县安全生产委员会文件",
            "某安委〔2021〕5号",
            "某某县安全生产委员会",
            "关于印发《某某县安全生产专项整治",
            "集中攻坚实施方案》的通知",
        ];
        let (m, _) = extract(&Arc::from(""), &lines);
        assert_eq!(
            m.title.as_deref(),
            Some("某某县安全生产委员会关于印发《某某县安全生产专项整治集中攻坚实施方案》的通知")
        );
        // a title on one line keeps to itself
        let lines = ["某某县人民政府", "关于印发《某某县行动方案》的通知"];
        let (m, _) = extract(&Arc::from(""), &lines);
        assert_eq!(m.title.as_deref(), Some("关于印发《某某县行动方案》的通知"));
    }

    #[test]
    fn titles() {
        assert_eq!(clean_title("江南省人民政府关于落实《政府工作报告》重点工作部门分工的意见-江南省人民政府门户网站"), "江南省人民政府关于落实《政府工作报告》重点工作部门分工的意见");
        assert_eq!(
            clean_title(
                "东政发〔2021〕10号 东川区人民政府关于印发2022年区政府重点工作分解意见的通知"
            ),
            "东川区人民政府关于印发2022年区政府重点工作分解意见的通知"
        );
        assert_eq!(
            clean_title(
                "2022年东川区政府工作报告——2022年12月28日在东川区第十一届人民代表大会第二次会议上"
            ),
            "2022年东川区政府工作报告"
        );
    }

    #[test]
    fn meta_of_a_notice() {
        let lines = [
            "首页 > 通知",
            "XX区人民政府关于印发2022年重点工作分解意见的通知",
            "发布时间:2021-11-25",
            "XX区人民政府",
            "2021年11月24日",
            "一、主要目标",
        ];
        let (m, k) = extract(&Arc::from(""), &lines);
        assert_eq!(k, DocumentKind::TaskBreakdown);
        assert_eq!(
            m.title.as_deref(),
            Some("XX区人民政府关于印发2022年重点工作分解意见的通知")
        );
        assert_eq!(m.issuer.as_deref(), Some("XX区人民政府"));
        assert_eq!(m.published, NaiveDate::from_ymd_opt(2021, 11, 24));
        assert_eq!(m.plan_year, Some(2022));
    }

    #[test]
    fn field_labels_with_spaces_inside() {
        // ASCII, ideographic and no-break spaces inside a label are ignored
        let title = "标　　题：某某市人民政府关于做好春季森林防火工作的意见";
        assert_eq!(
            field(title, &["标题："]),
            Some("某某市人民政府关于做好春季森林防火工作的意见")
        );
        assert_eq!(
            field("发布 日期：2023-05-06", &["发布日期"]),
            Some("2023-05-06")
        );
        assert_eq!(
            field("成\u{a0}文\u{a0}日\u{a0}期:2023-05-04", &["成文日期"]),
            Some("2023-05-04")
        );
        assert_eq!(field("时间 : 2023-05-06", &["时间:"]), Some("2023-05-06"));
        assert_eq!(
            find_label("索 引 号：11350000/2023-01", "索引号"),
            Some((0, 11))
        );
        // the spaces are only those inside the label
        assert_eq!(find_label("标题", "标题："), None);
        assert_eq!(find_label("标 注 题", "标题"), None);
        // a value ends at the next column: two spaces or an ideographic one
        assert_eq!(
            field(
                "发布机构：某某市人民政府　　成文日期：2023-05-04",
                &["发布机构"]
            ),
            Some("某某市人民政府")
        );
        assert_eq!(
            field("发布时间:2019-02-20 11:02  来源:某某网", &["发布时间"]),
            Some("2019-02-20 11:02")
        );
    }

    #[test]
    fn a_title_never_opens_with_a_field_label() {
        assert_eq!(
            clean_title("标　　题：某某县人民政府关于印发河长制工作方案的通知"),
            "某某县人民政府关于印发河长制工作方案的通知"
        );
        assert_eq!(
            clean_title("文件名称: 某某县人民政府关于印发河长制工作方案的通知"),
            "某某县人民政府关于印发河长制工作方案的通知"
        );
        // a line that holds another field is no title
        assert_eq!(clean_title("主 题 词：河长制　工作方案"), "");
        assert_eq!(clean_title("来源：某某县水利局关于河长制的工作方案"), "");
        // a word that merely starts like a label keeps its line
        assert_eq!(
            clean_title("标题化管理试点工作方案"),
            "标题化管理试点工作方案"
        );
        // a portal's field block with letter-spaced labels
        let lines = [
            "索 引 号：11350000/2023-00042　　信息分类：农业",
            "发布机构：某某县人民政府　　成文 日期：2023-04-28",
            "文　　号：某政发〔2023〕7号　　发布 日期：2023-05-06",
            "标　　题：某某县人民政府关于做好春季森林防火工作的意见",
            "各乡镇人民政府，县直各单位：",
        ];
        let (m, _) = extract(&Arc::from(""), &lines);
        assert_eq!(
            m.title.as_deref(),
            Some("某某县人民政府关于做好春季森林防火工作的意见")
        );
        assert_eq!(m.issuer.as_deref(), Some("某某县人民政府"));
        assert_eq!(m.doc_number.as_deref(), Some("某政发〔2023〕7号"));
        // the document date field before the publication field
        assert_eq!(m.published, NaiveDate::from_ymd_opt(2023, 4, 28));
        let lines = [
            "标　　题：某某县人民政府关于做好春季森林防火工作的意见",
            "发 布 日 期：2023-05-06",
        ];
        let (m, _) = extract(&Arc::from(""), &lines);
        assert_eq!(m.published, NaiveDate::from_ymd_opt(2023, 5, 6));
        // a metadata table copied with tabs: label and value are cells
        assert_eq!(
            clean_title("标　　题\t某某县人民政府关于印发河长制工作方案的通知"),
            "某某县人民政府关于印发河长制工作方案的通知"
        );
        assert_eq!(
            clean_title("标题\t\t某某县关于印发河长制工作方案的通知\t文号\t某政发〔2023〕7号"),
            "某某县关于印发河长制工作方案的通知"
        );
        assert_eq!(clean_title("发布机构\t某某县人民政府办公室"), "");
    }

    #[test]
    fn full_width_digits_in_dates_and_years() {
        let lines = [
            "某某区２０２４年《政府工作报告》重点工作任务清单",
            "索引号：ＪＳ００１２－２０２４－００３２　　发布日期：２０２４－０３－０８",
        ];
        let (m, _) = extract(&Arc::from(""), &lines);
        assert_eq!(m.published, NaiveDate::from_ymd_opt(2024, 3, 8));
        assert_eq!(m.plan_year, Some(2024));
        assert_eq!(years("１２０２４年").count(), 0);
    }

    #[test]
    fn an_open_data_portals_record_names_provider_and_date() {
        let lines = [
            "某某市2023年重点工作任务清单",
            "数据提供方：某某市人民政府办公室    所属领域：综合政务    更新日期：2023-03-10    数据格式：CSV",
        ];
        let (m, _) = extract(&Arc::from(""), &lines);
        assert_eq!(m.issuer.as_deref(), Some("某某市人民政府办公室"));
        assert_eq!(m.published, NaiveDate::from_ymd_opt(2023, 3, 10));
    }

    #[test]
    fn a_breadcrumb_is_no_title() {
        for line in [
            "当前位置：首页 > 信息公开 > 政府工作报告",
            "当前位置：首页 >> 信息公开 >> 法定主动公开内容 >> 政府工作报告",
            "首页 » 政务公开 » 规划计划",
            "首页 | 政务公开 | 政府工作报告",
            "首页／政务公开／政府工作报告",
            "某某县人民政府 > 政务公开 > 政府工作报告",
            "首页&gt;政务公开&gt;政府工作报告",
            "当前位置：首页＞政府信息公开＞规划计划",
        ] {
            assert!(is_breadcrumb(line), "{line}");
        }
        for line in [
            "某某县2024年政府工作报告",
            "设为首页",
            "首页",
            "某某县政府工作报告 | 某某县人民政府门户网站",
            "达标率 > 95%",
        ] {
            assert!(!is_breadcrumb(line), "{line}");
        }
        let lines = ["首页 | 政务公开 | 政府工作报告", "某某市2026年政府工作报告"];
        let (m, _) = extract(&Arc::from(""), &lines);
        assert_eq!(m.title.as_deref(), Some("某某市2026年政府工作报告"));
    }

    #[test]
    fn a_plan_counts_for_the_kind_only_when_it_names_the_document() {
        // a notice over numbered items with units: the plan it asks for is
        // an instruction, not the document
        let lines = [
            "某某区人民政府关于印发2024年区为民办实事项目的通知",
            "各街道办事处，区政府各部门：",
            "一、各牵头单位要于4月15日前制定工作方案，明确时间节点和资金来源。",
            "二、各责任单位要按季度报送进展情况。",
            "1.新建社区食堂12个。",
            "牵头单位：区民政局",
            "责任单位：各街道办事处",
        ];
        let title = lines.first().copied();
        assert_eq!(kind(title, &lines), DocumentKind::TaskBreakdown);
        // the same plan named by the title, a title-like line or a heading
        assert_eq!(
            kind(Some("某某区河湖长制改革方案"), &lines),
            DocumentKind::ActionPlan
        );
        let with_annex = [&lines[..], &["附件：某某区为民办实事项目推进方案"]].concat();
        assert_eq!(kind(title, &with_annex), DocumentKind::ActionPlan);
        assert!(names_a_plan("关于印发某某区河湖长制改革方案的通知"));
        assert!(names_a_plan("某某区优化营商环境工作方案（试行）"));
        assert!(!names_a_plan("为加快产业转型，制定本方案。"));
        assert!(!names_a_plan(
            "各牵头单位要于4月15日前制定工作方案，报区政府备案"
        ));
        assert!(!names_a_plan(
            "某某区人民政府关于印发2024年区为民办实事项目的通知"
        ));
    }

    #[test]
    fn work_points_and_work_plans_are_action_plans() {
        // a notice over numbered items with offices in charge: its title
        // names the plan
        let lines = [
            "某某街道办事处关于印发2024年工作要点的通知",
            "一、抓好项目建设",
            "1.全年实施重点项目10个。",
            "牵头科室：经济发展办公室",
        ];
        let title = lines.first().copied();
        assert_eq!(kind(title, &lines), DocumentKind::ActionPlan);
        assert_eq!(
            kind(Some("关于印发《某某镇2025年工作计划》的通知"), &lines),
            DocumentKind::ActionPlan
        );
        // work points broken down over the offices are a breakdown
        assert_eq!(
            kind(Some("某某区2024年工作要点任务分解"), &lines),
            DocumentKind::TaskBreakdown
        );
        assert_eq!(
            kind(Some("关于印发2024年工作要点责任分工的通知"), &lines),
            DocumentKind::TaskBreakdown
        );
        // measures and opinions plan their own work
        assert_eq!(
            kind(Some("某某市进一步做好稳就业工作若干措施"), &lines),
            DocumentKind::ActionPlan
        );
        // a list of the report's tasks to press on is a breakdown too
        assert_eq!(
            kind(
                Some("某某市2020年政府工作报告重点任务督办清单（三季度）"),
                &lines
            ),
            DocumentKind::TaskBreakdown
        );
        for title in [
            "某某县2024年县政府工作报告重点任务督查台账",
            "某某县2024年政府工作报告目标任务落实情况督查台账（截至6月底）",
        ] {
            assert_eq!(
                kind(Some(title), &lines),
                DocumentKind::TaskBreakdown,
                "{title}"
            );
        }
    }

    #[test]
    fn an_account_of_progress_is_no_plan() {
        let lines = ["1.地区生产总值增长6%左右。已完成，增长6.2%。（区发改局牵头）"];
        for title in [
            "某某区人民政府办公室关于2024年区《政府工作报告》重点任务落实情况的督查通报",
            "关于2024年重点工作任务分解落实情况的报告",
            "某某县2024年政府工作报告重点任务进展情况汇报",
            "某某镇2024年工作总结",
        ] {
            assert_eq!(kind(Some(title), &lines), DocumentKind::Unknown, "{title}");
        }
        // the report itself, and a notice that hands out its tasks
        assert_eq!(
            kind(Some("2024年某某区政府工作报告"), &lines),
            DocumentKind::WorkReport
        );
        assert_eq!(
            kind(
                Some("关于印发2024年《政府工作报告》重点任务分工的通知"),
                &lines
            ),
            DocumentKind::TaskBreakdown
        );
    }

    #[test]
    fn a_guiding_thought_opens_a_plan() {
        let lines = [
            "以习近平新时代中国特色社会主义思想为指导，坚持稳中求进工作总基调，深化改革。",
            "一、深化审批改革",
            "1.推行告知承诺制。（区政务服务局牵头，区直各部门按职责分工负责）",
        ];
        assert_eq!(kind(None, &lines), DocumentKind::ActionPlan);
        assert!(states_guiding_thought(
            "以習近平新時代中國特色社會主義思想為指導，堅持穩中求進"
        ));
        // a sentence that states it after its subject, as a report does
        assert!(!states_guiding_thought(
            "今年政府工作的总体要求是：以习近平新时代中国特色社会主义思想为指导"
        ));
        assert!(!states_guiding_thought("以市场为导向，以企业为主体"));
    }

    #[test]
    fn a_bylines_date_is_the_publication_date_last() {
        let d = NaiveDate::from_ymd_opt;
        assert_eq!(
            byline_date("2023-11-02 08:30:15　来源：某某日报　作者：记者 王某"),
            d(2023, 11, 2)
        );
        assert_eq!(
            byline_date("来源：某某新闻网　2023/11/02　责任编辑：李某"),
            d(2023, 11, 2)
        );
        assert_eq!(byline_date("2023.11.02 编辑：李某"), d(2023, 11, 2));
        assert_eq!(
            byline_date("作者：王某 2023年11月2日 来源：某某网"),
            d(2023, 11, 2)
        );
        // a WeChat post's stamp: account, date, time
        assert_eq!(byline_date("某某新闻 2026-01-09 21:36 江西"), d(2026, 1, 9));
        assert_eq!(
            byline_date("原创 某某发布 某某发布 2022-03-09 18:02 发表于江西"),
            d(2022, 3, 9)
        );
        // a header line without a byline word or an account, a sentence, no
        // whole date
        assert_eq!(byline_date("2023-11-02 08:30:15 浏览次数：120"), None);
        assert_eq!(byline_date("会议定于 2023-11-02 开幕"), None);
        assert_eq!(byline_date("发表于 2022-5-5 22:42:16"), None);
        assert_eq!(
            byline_date("据某某日报2023年11月2日报道，来源于群众的意见被采纳。"),
            None
        );
        assert_eq!(byline_date("来源：某某日报 2023年11月"), None);
        // a traditional byline
        assert_eq!(
            byline_date("2023-11-02 08:30　來源：某某日報　責任編輯：李某"),
            d(2023, 11, 2)
        );
        assert_eq!(byline_date("編輯：李某　2023/11/02"), d(2023, 11, 2));
        assert!(is_byline(
            "來源：某某縣人民政府辦公室　　作者：縣政府研究室"
        ));
        // a news page with only a byline
        let lines = [
            "首页 > 本地新闻",
            "某某市人大会议开幕 市长作政府工作报告",
            "2023-11-02 08:30:15　来源：某某日报　作者：记者 王某",
            "报告提出，明年全市地区生产总值增长6%左右。",
        ];
        assert_eq!(extract(&Arc::from(""), &lines).0.published, d(2023, 11, 2));
        // …and with a publication field, which goes first
        let lines = [
            "某某市人大会议开幕 市长作政府工作报告",
            "2023-11-03 10:00　来源：某某日报",
            "发布时间：2023-11-02",
        ];
        assert_eq!(extract(&Arc::from(""), &lines).0.published, d(2023, 11, 2));
    }

    #[test]
    fn a_link_to_another_page_is_no_title() {
        assert!(is_page_link("相关链接：2024年某某县政府工作报告（全文）"));
        assert!(is_page_link(
            "上一篇: 某某县人民政府关于印发防汛工作方案的通知"
        ));
        assert!(is_page_link("延伸阅读"));
        assert!(!is_page_link("相关阅读推广活动覆盖全县"));
        // a bare link word heads a list of links; one with its link does not
        assert!(heads_link_list("相关链接："));
        assert!(heads_link_list("延伸阅读"));
        assert!(heads_link_list("相关阅读 :"));
        assert!(!heads_link_list(
            "相关链接：2024年某某县政府工作报告（全文）"
        ));
        assert!(!heads_link_list("相关阅读推广活动覆盖全县"));
        assert_eq!(clean_title("下一篇：某某县2024年防汛工作方案"), "");
        // the link at the foot of a page does not title it
        let lines = [
            "某某县2024年防汛工作方案（全文）",
            "相关链接：某某县2023年防汛工作方案",
        ];
        let (m, _) = extract(&Arc::from(""), &lines);
        assert_eq!(m.title.as_deref(), Some("某某县2024年防汛工作方案（全文）"));
    }

    #[test]
    fn a_pages_tool_bar_is_found_whatever_its_brackets() {
        for bar in [
            "【打印本页】【关闭窗口】",
            "[打印本页]　[关闭窗口]",
            "打印本页　关闭窗口",
            "【字号：大 中 小】【打印】【关闭】",
            "【打印】【关闭】　分享到：",
            "【我要打印】　【关闭窗口】　【收藏】",
            "【关闭窗口】 【打印本页】",
        ] {
            assert!(is_page_tools(bar), "{bar}");
        }
        // a bar must print or close; other words make a line of its own
        assert!(!is_page_tools("【字号：大 中 小】"));
        assert!(!is_page_tools("【打印本页】某某县政府工作报告"));
        assert!(!is_page_tools("打印材料费用由区财政局承担。"));
        assert!(!is_page_tools(""));
    }

    #[test]
    fn a_list_entry_is_no_title() {
        for link in [
            "· 图解：2023年区政府工作报告",
            "•某某县2024年防汛工作方案",
            "● 某某区人民政府关于印发重点工作分解意见的通知",
            "　・2024年某某县政府工作报告",
        ] {
            assert!(opens_with_bullet(link), "{link}");
            assert_eq!(clean_title(link), "", "{link}");
        }
        assert!(!opens_with_bullet("某某县2024年防汛工作方案"));
        assert!(!opens_with_bullet("2024年某某县政府工作报告·图解"));
    }

    #[test]
    fn the_page_footer_names_neither_the_document_nor_its_kind() {
        // a headline no field follows, then the footer's links under the bar
        let lines = [
            "某某区人民政府",
            "首页 > 政务公开 > 民生实事",
            "某某区2023年十件民生实事项目公布",
            "发布时间：2023-02-16 09:20",
            "1.新增公办学位。新增公办学位3600个。（牵头单位：区教育局）",
            "【打印本页】【关闭窗口】",
            "相关链接：",
            "2024年区政府工作报告重点工作任务",
            "某某区2024年政府工作报告",
        ];
        assert_eq!(footer_start(&lines), 5);
        let (m, k) = extract(&Arc::from(""), &lines);
        assert_eq!(m.title, None);
        assert_eq!(k, DocumentKind::TaskBreakdown);
        assert_eq!(m.plan_year, Some(2023));
        // the link heading alone starts the footer too
        assert_eq!(footer_start(&[&lines[..5], &lines[6..]].concat()), 5);
        // the same bar over the body starts nothing: the title under it counts
        let lines = [
            "【字号：大 中 小】【打印】【关闭】",
            "某某区2024年政府工作报告",
            "各位代表：现在，我代表区人民政府向大会报告工作。",
        ];
        assert_eq!(footer_start(&lines), 3);
        let (m, k) = extract(&Arc::from(""), &lines);
        assert_eq!(m.title.as_deref(), Some("某某区2024年政府工作报告"));
        assert_eq!(k, DocumentKind::WorkReport);
        // …and so does a bar between a summary and the body it sums up
        let lines = [
            "某某区2024年政府工作报告",
            "摘要：报告回顾了过去一年的工作。",
            "【字号：大 中 小】【打印】【关闭】",
            "各位代表：",
            "现在，我代表区人民政府向大会报告工作。",
            "一、2023年工作回顾",
            "过去一年，全区地区生产总值增长6%。",
            "二、2024年工作安排",
            "今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。",
        ];
        assert_eq!(footer_start(&lines), lines.len());
    }

    #[test]
    fn a_news_headline_is_the_line_above_its_byline() {
        assert!(is_byline(
            "来源：某某县人民政府办公室　　作者：县政府研究室　　阅读：88"
        ));
        assert!(is_byline("2024-03-01 09:00　责任编辑：王某"));
        assert!(is_byline("信息来源：某某县融媒体中心"));
        assert!(!is_byline("资金来源：县财政补助"));
        assert!(!is_byline("作者：王某。报告指出，全年目标已经完成；"));
        let lines = [
            "某某县人民政府网",
            "首页 > 政务公开 > 政策解读",
            "发布日期：2024-03-01",
            "图文解读：今年某某县要办好这些大事",
            "来源：某某县人民政府办公室　　作者：县政府研究室",
            "今年，全县地区生产总值预期增长6%左右。",
            "相关链接：2024年某某县政府工作报告（全文）",
        ];
        let (m, _) = extract(&Arc::from(""), &lines);
        assert_eq!(
            m.title.as_deref(),
            Some("图文解读：今年某某县要办好这些大事")
        );
        // a title-like line goes first; a field line above the byline is no
        // headline
        let lines = [
            "某某县人民政府关于印发防汛工作方案的通知",
            "一图读懂防汛方案",
            "来源：某某县水利局",
        ];
        let (m, _) = extract(&Arc::from(""), &lines);
        assert_eq!(
            m.title.as_deref(),
            Some("某某县人民政府关于印发防汛工作方案的通知")
        );
        for field in ["发布日期：2024-03-01　　分类：政策解读", "分类：政策解读"]
        {
            let lines = ["首页 > 政务公开", field, "来源：某某县水利局"];
            assert_eq!(extract(&Arc::from(""), &lines).0.title, None, "{field}");
        }
    }

    #[test]
    fn the_signature_names_the_issuer_before_a_portal_field() {
        let lines = [
            "发布机构：曲靖市人民政府办公室",
            "曲靖市人民政府关于印发2021年重点工作任务分解的通知",
            "曲靖市人民政府",
            "2021年3月1日",
        ];
        let (m, _) = extract(&Arc::from(""), &lines);
        assert_eq!(m.issuer.as_deref(), Some("曲靖市人民政府"));
    }

    #[test]
    fn issuers_are_the_bodies_the_unit_parser_reads() {
        // the unit parser's suffixes: 管委会, 街道办事处, 党工委, 局 …
        assert!(is_issuer("某某高新技术产业开发区管委会"));
        assert!(is_issuer("某某街道办事处"));
        assert!(is_issuer("中共某某街道党工委"));
        assert!(is_issuer("某某县发展和改革局"));
        // no body, a generic or collective member, a person, a sentence
        assert!(!is_issuer("街道办事处"));
        assert!(!is_issuer("各街道办事处"));
        assert!(!is_issuer("管委会副主任王某某"));
        assert!(!is_issuer("经管委会研究，现印发"));
        assert!(!is_issuer("全面推进"));
        // a signature over a date names the issuer and the date
        let d = NaiveDate::from_ymd_opt;
        let lines = [
            "某某高新区管委会关于印发2024年重点工作任务分解方案的通知",
            "发布时间：2024-03-12 09:00　来源：综合办公室",
            "各部门：现将分解方案印发给你们，请认真落实。",
            "某某高新技术产业开发区管委会",
            "2024年3月9日",
        ];
        let (m, _) = extract(&Arc::from(""), &lines);
        assert_eq!(m.issuer.as_deref(), Some("某某高新技术产业开发区管委会"));
        assert_eq!(m.published, d(2024, 3, 9));
        let lines = [
            "发布机构：某某街道办事处　　成文日期：2024-01-30",
            "某某街道办事处关于印发2024年工作要点的通知",
            "某某街道办事处",
            "2024年1月30日",
        ];
        let (m, _) = extract(&Arc::from(""), &lines);
        assert_eq!(m.issuer.as_deref(), Some("某某街道办事处"));
        assert_eq!(m.published, d(2024, 1, 30));
        // a joint signature names every body, on one line or one each
        assert_eq!(
            signature_bodies("中共某某街道工作委员会　　某某街道办事处"),
            Some(vec!["中共某某街道工作委员会", "某某街道办事处"])
        );
        assert_eq!(signature_bodies("某某街道办事处　　全年工作"), None);
        let lines = [
            "中共某某县委办公室 某某县人民政府办公室关于印发《行动方案》的通知",
            "现将《行动方案》印发给你们，请认真贯彻落实。",
            "中共某某县委办公室",
            "某某县人民政府办公室",
            "2023年3月16日",
        ];
        let (m, _) = extract(&Arc::from(""), &lines);
        assert_eq!(
            m.issuer.as_deref(),
            Some("中共某某县委办公室 某某县人民政府办公室")
        );
        assert_eq!(m.published, d(2023, 3, 16));
        // five bodies over three lines, under a long title naming them all
        let title = "某某市商务局 某某市发展和改革委员会 某某市工业和信息化局 某某市财政局 某某市市场监督管理局关于印发《某某市2025年加力扩围实施消费品以旧换新工作方案》的通知";
        let lines = [
            title,
            "现将《工作方案》印发给你们，请结合实际认真抓好落实。",
            "某某市商务局　　　　某某市发展和改革委员会",
            "某某市工业和信息化局　　　　某某市财政局",
            "某某市市场监督管理局",
            "2025年2月19日",
        ];
        let (m, _) = extract(&Arc::from(""), &lines);
        assert_eq!(m.title.as_deref(), Some(title));
        assert_eq!(
            m.issuer.as_deref(),
            Some("某某市商务局 某某市发展和改革委员会 某某市工业和信息化局 某某市财政局 某某市市场监督管理局")
        );
        // the notice's signature, not a body over a deadline in the table
        // annexed after it, one cell a line
        let lines = [
            "某某区人民政府办公室关于印发2024年重点工作任务分解表的通知",
            "某某区人民政府办公室",
            "2024年2月1日",
            "序号",
            "重点工作",
            "牵头单位",
            "完成时限",
            "1",
            "建成社区食堂10个",
            "区民政局",
            "2024年6月30日",
        ];
        let (m, _) = extract(&Arc::from(""), &lines);
        assert_eq!(m.issuer.as_deref(), Some("某某区人民政府办公室"));
        assert_eq!(m.published, d(2024, 2, 1));
    }

    #[test]
    fn task_tables_name_the_document() {
        // an annex printed alone: its caption is the title
        for title in [
            "2024年市政府工作报告重点任务分工表",
            "某某县2025年重点工作任务表",
            "2023年民生实事项目责任表",
        ] {
            let lines = [title, "序号\t重点工作\t牵头单位\t完成时限"];
            let (m, k) = extract(&Arc::from(""), &lines);
            assert_eq!(m.title.as_deref(), Some(title));
            assert_eq!(k, DocumentKind::TaskBreakdown, "{title}");
        }
        // a table named in a sentence is no title
        assert!(!title_like("请各单位对照分工表抓好落实。"));
    }

    #[test]
    fn an_office_without_its_place_in_a_source_field_is_not_first() {
        // 来源：党政办公室 names an office inside the body; the title's head
        // names the body
        let lines = [
            "某某经济开发区管委会关于做好防汛工作的通知",
            "发布时间：2024-05-06　来源：党政办公室",
        ];
        let (m, _) = extract(&Arc::from(""), &lines);
        assert_eq!(m.issuer.as_deref(), Some("某某经济开发区管委会"));
        // …and it is still the issuer when nothing else names one
        let lines = ["防汛工作提示", "发布时间：2024-05-06　来源：党政办公室"];
        let (m, _) = extract(&Arc::from(""), &lines);
        assert_eq!(m.issuer.as_deref(), Some("党政办公室"));
        // a source that names its place goes before the title's head
        let lines = [
            "某某区人民政府关于做好防汛工作的通知",
            "来源：某某区人民政府办公室",
        ];
        let (m, _) = extract(&Arc::from(""), &lines);
        assert_eq!(m.issuer.as_deref(), Some("某某区人民政府办公室"));
        // a news page's media source is no issuer
        let lines = [
            "某某县召开防汛工作会议",
            "2024-05-06 10:00　来源：某某县融媒体中心",
        ];
        assert_eq!(extract(&Arc::from(""), &lines).0.issuer, None);
    }

    #[test]
    fn an_autonomous_county_speaks_for_its_government() {
        let lines = [
            "清溆侗族自治县2022年政府工作报告",
            "信息来源：县政府办",
            "各位代表：",
            "现在，我代表自治县人民政府向大会报告工作，请予审议。",
        ];
        let (m, k) = extract(&Arc::from(""), &lines);
        assert_eq!(k, DocumentKind::WorkReport);
        assert_eq!(m.issuer.as_deref(), Some("清溆侗族自治县人民政府"));
        // and from the dateline
        let lines = [
            "政府工作报告",
            "——2022年1月10日在某某自治州第十四届人民代表大会第一次会议上",
            "现在，我代表自治州人民政府，向大会报告工作。",
        ];
        assert_eq!(
            extract(&Arc::from(""), &lines).0.issuer.as_deref(),
            Some("某某自治州人民政府")
        );
    }

    #[test]
    fn report_issuer_from_its_dateline() {
        let lines = [
            "政府工作报告",
            "——2024年1月16日在临川市第十七届人民代表大会第四次会议上",
            "各位代表：",
            "现在，我代表市人民政府，向大会报告工作，请予审议。",
        ];
        let (m, k) = extract(&Arc::from(""), &lines);
        assert_eq!(k, DocumentKind::WorkReport);
        assert_eq!(m.issuer.as_deref(), Some("临川市人民政府"));
        // the level must be the one the report speaks for
        let lines = [
            "政府工作报告",
            "——2024年1月10日在临川市第十七届人民代表大会第四次会议上",
            "现在，我代表县人民政府，向大会报告工作。",
        ];
        assert_eq!(extract(&Arc::from(""), &lines).0.issuer, None);
        // a report is dated by its delivery, not by the page reposting it
        let lines = [
            "政府工作报告",
            "发布日期：2019-01-28",
            "——2019年1月18日在武进区第十七届人民代表大会第四次会议上",
        ];
        assert_eq!(
            extract(&Arc::from(""), &lines).0.published,
            NaiveDate::from_ymd_opt(2019, 1, 18)
        );
        // a dateline in brackets of its own line
        let lines = [
            "2024年某某区人民政府工作报告",
            "发布日期：2025-01-06",
            "（2024年12月26日在某某区第三届人民代表大会第六次会议上）",
        ];
        let (m, _) = extract(&Arc::from(""), &lines);
        assert_eq!(m.published, NaiveDate::from_ymd_opt(2024, 12, 26));
        // the report is the government's, not the page's publisher's
        let lines = [
            "2024年西湖区人民政府工作报告",
            "来源：区政府办公室",
            "各位代表：",
            "现在，我代表区人民政府向大会报告工作。",
        ];
        assert_eq!(
            extract(&Arc::from(""), &lines).0.issuer.as_deref(),
            Some("西湖区人民政府")
        );
    }
}
