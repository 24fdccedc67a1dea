//! Lossless layout: the input split into blocks that cover every byte once,
//! each classified by its first characters.
//!
//! A block is one line, its line break included (`\n`, `\r\n`). Two
//! deviations from the printed page are tolerated, each with a fixture:
//!
//! * **Glued headings.** When a line break was lost, a sub-heading ends up
//!   after the closing bracket of the previous item's responsibility
//!   parenthetical (`……(责任单位:区发改局)下好招商引资“先手棋”。`). The line is
//!   split there: the item keeps its parenthetical, the rest becomes a
//!   heading block, and a [`DiagnosticCode::GluedHeading`] names it.
//! * **Mixed widths.** ASCII and full-width brackets, colons and digits are
//!   accepted alike; nothing is normalised, so spans stay exact.

use std::sync::LazyLock;

pub(crate) mod markup;

use crate::grammar::heading::{self, OrdinalKind};
use crate::grammar::words::{self, End, WordIndex};
use crate::{Block, BlockKind, Diagnostic, DiagnosticCode, Severity, Span};

/// Characters that count as leading or trailing space.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{feff}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{ad}'
        )
}

/// The span of `block` without its surrounding spaces and line break, and
/// without the Markdown a converter may have left around it: a heading's
/// `#` marks (`## 一、主要目标`) and bold `**` / `__` at either end.
pub(crate) fn content(text: &str, span: Span) -> Span {
    let Some(s) = span.get(text) else { return span };
    let mut t = s.trim_matches(is_space);
    if t.starts_with('#') {
        let marks = t.trim_start_matches('#');
        let after = marks.trim_start_matches(is_space);
        // `## 标题`, and `##标题` as converters write it; not `#1`
        let spaced = after.len() < marks.len() || !marks.starts_with(|c: char| c.is_ascii());
        if t.len() - marks.len() <= 6 && spaced && !after.is_empty() {
            t = after;
        }
    }
    for mark in ["**", "__"] {
        if let Some(inner) = t.strip_prefix(mark) {
            t = inner.trim_start_matches(is_space);
        }
        if let Some(inner) = t.strip_suffix(mark) {
            t = inner.trim_end_matches(is_space);
        }
    }
    // `t` is a slice of `s`: its offset is the bytes trimmed in front
    let start = span.start + (t.as_ptr() as usize - s.as_ptr() as usize);
    Span::new(start, start + t.len())
}

/// Role keywords that open a responsibility parenthetical.
pub(crate) const ROLE_WORDS: &[&str] = &[
    "总牵头单位",
    "牵头单位",
    "主要责任单位",
    "责任单位",
    "责任部门",
    "配合单位",
    "协办单位",
    "协作单位",
    "参与单位",
    "实施单位",
    "汇总单位",
    "牽頭單位",
    "責任單位",
    "牵头部门",
    "主责单位",
    "主责部门",
    "协同单位",
    "协同部门",
    "牵头科室",
    "责任科室",
    "配合科室",
    "责任社区",
];

/// Lines of web-page furniture, recognised by words no plan uses.
const CHROME_WORDS: &[&str] = &[
    "ICP备",
    "公网安备",
    "版权所有",
    "网站标识码",
    "网站标识:",
    "【打印】",
    "【字体",
    "字体:",
    "字号:",
    "分享到",
    "打印本页",
    "关闭窗口",
    "【关闭】",
    "显示全部楼层",
    "只看该作者",
    "发表于",
    "设为首页",
    "加入收藏",
    "无障碍阅读",
    "长者版",
    "繁體版",
    "浏览次数",
    "技术支持:",
    "网站地图",
    "分享至",
    "Facebook",
    "WhatsApp",
    "Twitter",
    "QQ空间",
];

/// Field labels of a page's metadata block.
const META_FIELDS: &[&str] = &[
    "索引号",
    "组配分类",
    "发布机构",
    "主题分类",
    "名称:",
    "名称：",
    "文号:",
    "文号：",
    "发文日期",
    "发布日期",
    "发布时间",
    "成文日期",
    "颁布时间",
    "时间 :",
    "来源:",
    "主办单位:",
    "主办单位：",
    "当前位置",
    "您的位置",
    "楼主",
];

fn is_chrome(line: &str) -> bool {
    // furniture is short: skip the word search on paragraphs
    if line.len() > 360 {
        return false;
    }
    let chars = line.chars().count();
    static CHROME_INDEX: LazyLock<WordIndex<()>> =
        LazyLock::new(|| words::index(End::First, CHROME_WORDS));
    if chars < 120 && CHROME_INDEX.occurs_in(line) {
        return true;
    }
    if META_FIELDS.iter().any(|w| line.starts_with(w)) && chars < 100 {
        return true;
    }
    // a link to another page: 相关链接：…, 上一篇：…, 延伸阅读
    if crate::grammar::meta::is_page_link(line) {
        return true;
    }
    if crate::grammar::meta::is_breadcrumb(line) {
        return true;
    }
    // a menu's short bullet (• 设为首页), not a listed goal (• 居民消费价格
    // 涨幅2%左右；)
    let menu_bullet = line.starts_with('•')
        && chars < 16
        && !line.contains(|c: char| crate::grammar::is_digit(c))
        && !line.ends_with(['；', ';', '。']);
    if line == "|" || menu_bullet {
        return true;
    }
    matches!(
        line,
        "返回首页" | "首页" | "全文" | "法规库" | "打印" | "关闭"
    )
}

/// A page number a PDF or a printed gazette leaves in the text: `— 21 —`,
/// `- 3 -`, `第 3 页`, `第3页 共12页`.
fn is_page_number(line: &str) -> bool {
    let is_dash = |c: char| matches!(c, '—' | '-' | '－' | '–' | '─' | '一');
    let digits = |s: &str| {
        let s = s.trim_matches(|c: char| c == ' ' || c == '\u{3000}');
        !s.is_empty()
            && s.chars().count() <= 4
            && s.chars()
                .all(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
    };
    let inner = line.trim_start_matches(is_dash);
    let dashed = inner.len() < line.len();
    let core = inner.trim_end_matches(is_dash);
    if dashed && core.len() < inner.len() && digits(core) {
        return true;
    }
    // 第 3 页, 第3页 共12页
    let Some(rest) = line.strip_prefix('第') else {
        return false;
    };
    let Some((n, after)) = rest.split_once('页') else {
        return false;
    };
    let after = after.trim_matches(|c: char| c == ' ' || c == '\u{3000}');
    digits(n)
        && (after.is_empty()
            || after
                .strip_prefix('共')
                .and_then(|a| a.strip_suffix('页'))
                .is_some_and(digits))
}

/// Words that make a short line without an ordinal a heading of its own.
const PLAIN_HEADINGS: &[&str] = &[
    "工作回顾",
    "工作安排",
    "名词解释",
    "名词注释",
    "附件",
    "附表",
    "过去一年工作",
    "今年工作",
    "主要预期目标",
];

/// [`PLAIN_HEADINGS`] indexed by first character.
static PLAIN_INDEX: LazyLock<WordIndex<()>> =
    LazyLock::new(|| words::index(End::First, PLAIN_HEADINGS));

/// A short line without sentence punctuation that names a part of the
/// document: 2022年工作回顾, 2023年工作安排, 名词解释, 附件:.
fn is_plain_heading(line: &str) -> bool {
    crate::grammar::at_most_chars(line, 16)
        && !line.contains(['。', '，', ',', '；', ';'])
        && PLAIN_INDEX.occurs_in(line)
}

/// Whether a line after a 一、 ordinal goes on past its first sentence with
/// more sentence text (压实工作责任。各牵头单位要加强统筹调度……): a numbered
/// paragraph of a notice, not a section heading. A responsibility
/// statement after the sentence (……。（牵头单位：…）) keeps it an entry.
fn runs_on(body: &str) -> bool {
    let Some(at) = body.find('。') else {
        return false;
    };
    // 一、各牵头单位要于3月10日前制定实施方案，明确项目清单和时间节点。: one
    // long sentence with a comma is a paragraph too (a heading is short)
    let sentence = body.get(..at).unwrap_or("");
    if sentence.contains(['，', ',']) && !crate::grammar::at_most_chars(sentence, 28) {
        return true;
    }
    let rest = body.get(at + '。'.len_utf8()..).unwrap_or("").trim_start();
    !rest.starts_with(['(', '（', '【', '[']) && !crate::grammar::at_most_chars(rest, 10)
}

/// Classifies one trimmed line by its first characters.
pub(crate) fn classify(line: &str) -> BlockKind {
    if line.is_empty() {
        return BlockKind::Blank;
    }
    if line.contains(" | ")
        || line.ends_with(" |")
        || line.ends_with('|')
        || line.starts_with("序号")
    {
        // a page's share bar or menu is written with bars too
        if is_chrome(line) {
            return BlockKind::Chrome;
        }
        return BlockKind::TableRow;
    }
    if is_page_number(line) {
        return BlockKind::Chrome;
    }
    if let Some(o) = heading::ordinal(line) {
        return match o.kind {
            // a page's menu is a bullet list too (• 设为首页)
            OrdinalKind::Bullet if is_chrome(line) => BlockKind::Chrome,
            OrdinalKind::Arabic
            | OrdinalKind::Decimal
            | OrdinalKind::ArabicParen
            | OrdinalKind::Circled
            | OrdinalKind::Article
            | OrdinalKind::Bullet => BlockKind::Item,
            // 一、压实工作责任。各牵头单位要……: a notice's numbered paragraph
            OrdinalKind::CnComma if runs_on(line.get(o.written.len()..).unwrap_or("")) => {
                BlockKind::Paragraph
            }
            _ => BlockKind::Heading,
        };
    }
    if heading::row_number(line).is_some() {
        return BlockKind::TableRow;
    }
    if is_plain_heading(line) {
        return BlockKind::Heading;
    }
    if is_chrome(line) {
        return BlockKind::Chrome;
    }
    BlockKind::Paragraph
}

/// Where a heading's short title ends when more is glued after it on its
/// line: its body after an ideographic space (一、主要预期目标　全区地区生产
/// 总值…), or the next ordinal (二、重点工作任务（一）全力扩大有效需求,
/// （一）全力扩大有效需求1.实施…). The title is two to twenty characters
/// without punctuation.
fn glued_after_title(line: &str) -> Option<usize> {
    let o = heading::ordinal(line)?;
    if !matches!(
        o.kind,
        OrdinalKind::Chapter | OrdinalKind::Section | OrdinalKind::CnComma | OrdinalKind::CnParen
    ) {
        return None;
    }
    let start = o.written.len();
    let body = line.get(start..)?;
    for (k, (i, c)) in body.char_indices().enumerate() {
        if k > 20 || matches!(c, '，' | '。' | '；' | '：' | ',' | ';' | ':') {
            return None;
        }
        if k < 2 {
            continue;
        }
        if c == '\u{3000}' {
            let rest = body.get(i..)?.trim_start_matches(is_space);
            return (!rest.is_empty()).then(|| line.len() - rest.len());
        }
        let rest = body.get(i..)?;
        let next = heading::ordinal(rest).filter(|n| {
            matches!(
                n.kind,
                OrdinalKind::CnParen | OrdinalKind::Arabic | OrdinalKind::ArabicParen
            ) && n.kind > o.kind
        });
        if next.is_some() {
            return Some(start + i);
        }
    }
    None
}

/// Where the bracket opened at `open` closes, past nested ones (各县（市、
/// 区）人民政府), looked for over at most `reach` characters: the byte
/// after it.
fn closing_bracket(line: &str, open: usize, reach: usize) -> Option<usize> {
    let rest = line.get(open..)?;
    let mut depth = 0usize;
    rest.char_indices()
        .take(reach)
        .find(|&(_, c)| {
            if matches!(c, '(' | '（' | '【') {
                depth += 1;
            } else if matches!(c, ')' | '）' | '】') {
                depth = depth.saturating_sub(1);
                return depth == 0;
            }
            false
        })
        .map(|(i, c)| open + i + c.len_utf8())
}

/// Most blocks one line is split into at statements' closing brackets.
const MAX_GLUED_SPLITS: usize = 64;

/// Where a glued heading starts in an item line: just after the closing
/// bracket of its responsibility parenthetical, when text follows it.
fn glued_heading_at(line: &str) -> Option<usize> {
    let mut found = None;
    // 【牵头单位：…】 closes a statement as （…） does (【牵头单位】 is a
    // label alone: the names follow the bracket)
    for (i, c) in line.char_indices() {
        if matches!(c, '(' | '（' | '【') {
            let after = line.get(i + c.len_utf8()..).unwrap_or("");
            if ROLE_WORDS.iter().any(|w| {
                after.starts_with(w)
                    && (c != '【'
                        || after
                            .get(w.len()..)
                            .is_some_and(|r| r.starts_with(['：', ':'])))
            }) {
                // 1.…（牵头单位：…）2.…（牵头单位：…）: line breaks lost, the
                // next item follows an earlier statement
                if let Some(close) = found.and_then(|open| closing_bracket(line, open, 200)) {
                    let next = line.get(close..).unwrap_or("").trim_start_matches(is_space);
                    if heading::ordinal(next).is_some_and(|o| {
                        matches!(
                            o.kind,
                            OrdinalKind::Arabic
                                | OrdinalKind::ArabicParen
                                | OrdinalKind::Circled
                                | OrdinalKind::CnComma
                                | OrdinalKind::CnParen
                        )
                    }) {
                        return Some(close);
                    }
                }
                found = Some(i);
            }
        }
    }
    let open = found?;
    let close = closing_bracket(line, open, usize::MAX)?;
    let tail = line.get(close..)?;
    // ) 完成时限:2024年12月底, )（2024年12月底前）: the task's deadline, not a
    // heading
    let rest = tail.trim_start_matches(is_space);
    if crate::grammar::units::timing_label_len(rest).is_some() {
        return None;
    }
    if let Some(inner) = rest
        .strip_prefix(['（', '('])
        .map(|r| {
            r.trim_end_matches(is_space)
                .trim_end_matches(['。', '；', ';'])
        })
        .and_then(|r| r.strip_suffix(['）', ')']))
    {
        if crate::grammar::units::is_timing(inner) {
            return None;
        }
    }
    let first = tail.chars().find(|&c| !is_space(c))?;
    if matches!(
        first,
        '。' | '；' | ';' | '，' | ',' | '、' | '.' | ')' | '）'
    ) {
        return None;
    }
    Some(close)
}

/// Where a glued heading starts in a role line (责任单位：…，各县区政府（三）
/// 坚持农业稳市…): at a （三） ordinal after the list, when text follows it.
fn glued_after_role_line(line: &str) -> Option<usize> {
    let label = ROLE_WORDS.iter().find(|w| line.starts_with(*w))?;
    let rest = line.get(label.len()..)?;
    if !rest.starts_with([':', '：']) {
        return None;
    }
    let mut prev = '\0';
    line.char_indices()
        .filter(|&(i, c)| {
            let before = prev;
            prev = c;
            // （三）… anywhere after the list; 二、… only after a date or a
            // closing bracket ends the value (完成时限：2024年9月底前二、坚持…)
            i > label.len()
                && (c == '（'
                    || c == '('
                    || "一二三四五六七八九十".contains(c) && "前底日月年）)".contains(before))
        })
        .find_map(|(i, _)| {
            let o = heading::ordinal(line.get(i..)?)?;
            let after = line.get(i + o.written.len()..)?;
            (matches!(o.kind, OrdinalKind::CnParen | OrdinalKind::CnComma)
                && after.chars().next().is_some_and(crate::grammar::is_cjk))
            .then_some(i)
        })
}

/// Splits `text` into blocks that tile it, plus diagnostics for tolerated
/// deviations.
pub(crate) fn layout(text: &str) -> (Vec<Block>, Vec<Diagnostic>) {
    let mut blocks: Vec<Block> = Vec::with_capacity(text.len() / 64 + 1);
    let mut diagnostics = Vec::new();
    let mut start = 0;
    // a PDF's running header: the line printed after each page number
    // (泓川市人民政府公报 2024年第3期), seen after two of them
    let mut after_page = false;
    // (each header as its parts in order: 公报　2022年第4期 on one page and
    // 2022年第4期　公报 on the next are one header, on either side)
    let mut headers: Vec<(Vec<&str>, usize)> = Vec::new();
    // a list of links is being read (相关链接： ⏎ · 某某县2023年政府工作报告):
    // its bulleted entries are the page's furniture, not points of the text
    let mut links = false;
    while start < text.len() {
        let end = memchr::memchr(b'\n', text.as_bytes().get(start..).unwrap_or_default())
            .map_or(text.len(), |i| start + i + 1);
        let span = Span::new(start, end);
        let inner = content(text, span);
        let line = inner.get(text).unwrap_or("");
        let mut kind = classify(line);
        if kind != BlockKind::Blank {
            let header = after_page
                && matches!(kind, BlockKind::Paragraph | BlockKind::Heading)
                && crate::grammar::at_most_chars(line, 60);
            after_page = kind == BlockKind::Chrome && is_page_number(line);
            if links && crate::grammar::meta::opens_with_bullet(line) {
                kind = BlockKind::Chrome;
            } else {
                links = kind == BlockKind::Chrome && crate::grammar::meta::heads_link_list(line);
            }
            if header {
                let mut parts: Vec<&str> = line.split_whitespace().collect();
                parts.sort_unstable();
                if let Some(&(_, first)) = headers.iter().find(|(h, _)| *h == parts) {
                    kind = BlockKind::Chrome;
                    if let Some(b) = blocks.get_mut(first) {
                        b.kind = BlockKind::Chrome;
                    }
                } else if headers.len() < 8 {
                    headers.push((parts, blocks.len()));
                }
            }
        }
        // a heading, or the next item when line breaks were lost (1.…（牵头
        // 单位：…）2.…), glued after a statement's closing bracket: split
        // off, again and again along the line (a bounded number of times)
        let mut piece_start = start;
        let mut piece_kind = kind;
        let mut rest_at = inner.start;
        for _ in 0..MAX_GLUED_SPLITS {
            let rest_line = text.get(rest_at..inner.end).unwrap_or("");
            // a heading's title with more glued after it comes first
            let titled = if matches!(piece_kind, BlockKind::Heading | BlockKind::Paragraph) {
                glued_after_title(rest_line)
            } else {
                None
            };
            let glued = titled.or_else(|| match piece_kind {
                BlockKind::Item => glued_heading_at(rest_line),
                BlockKind::Paragraph => {
                    glued_after_role_line(rest_line).or_else(|| glued_heading_at(rest_line))
                }
                _ => None,
            });
            let Some(at) = glued else { break };
            let cut = rest_at + at;
            blocks.push(Block {
                kind: if titled.is_some() {
                    BlockKind::Heading
                } else {
                    piece_kind
                },
                span: Span::new(piece_start, cut),
            });
            let rest = content(text, Span::new(cut, end));
            let rest_line = rest.get(text).unwrap_or("");
            let next_kind = match classify(rest_line) {
                BlockKind::Item => BlockKind::Item,
                // a heading's body: the section's first paragraph
                _ if titled.is_some() && heading::ordinal(rest_line).is_none() => {
                    BlockKind::Paragraph
                }
                BlockKind::Paragraph if heading::ordinal(rest_line).is_some() => {
                    BlockKind::Paragraph
                }
                _ => BlockKind::Heading,
            };
            if next_kind == BlockKind::Heading {
                diagnostics.push(Diagnostic::new(
                    DiagnosticCode::GluedHeading,
                    Severity::Info,
                    rest,
                    "heading glued onto the end of the previous item",
                ));
            }
            piece_start = cut;
            piece_kind = next_kind;
            rest_at = rest.start;
        }
        blocks.push(Block {
            kind: piece_kind,
            span: Span::new(piece_start, end),
        });
        start = end;
    }
    // the estimate above is generous: give back what the text did not use
    blocks.shrink_to_fit();
    (blocks, diagnostics)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_drops_markdown_decoration() {
        for (line, inner) in [
            ("## 一、主要预期目标\n", "一、主要预期目标"),
            ("  ###（一）加快产业转型升级 ", "（一）加快产业转型升级"),
            ("**二、重点任务**", "二、重点任务"),
            ("__附件__", "附件"),
            ("**牵头单位：**县发展改革局", "牵头单位：**县发展改革局"),
            ("#1 号楼", "#1 号楼"),
            ("####### 七个井号", "####### 七个井号"),
            ("#", "#"),
            ("**", ""),
        ] {
            let span = content(line, Span::new(0, line.len()));
            assert_eq!(span.get(line), Some(inner), "{line}");
        }
    }

    fn kinds(text: &str) -> Vec<BlockKind> {
        layout(text).0.iter().map(|b| b.kind).collect()
    }

    #[test]
    fn tiles_and_classifies() {
        let text = "首页 > 政务公开\n一、总体要求\r\n\n（一）构建新产业\n1.推进改革。\n序号 | 任务 |\n正文段落\n鄂ICP备16019304号";
        let (blocks, _) = layout(text);
        assert_eq!(blocks.first().unwrap().span.start, 0);
        assert_eq!(blocks.last().unwrap().span.end, text.len());
        assert!(blocks.windows(2).all(|w| w[0].span.end == w[1].span.start));
        assert_eq!(
            kinds(text),
            [
                BlockKind::Chrome,
                BlockKind::Heading,
                BlockKind::Blank,
                BlockKind::Heading,
                BlockKind::Item,
                BlockKind::TableRow,
                BlockKind::Paragraph,
                BlockKind::Chrome
            ]
        );
    }

    #[test]
    fn splits_glued_heading() {
        let text = "13.盘活土地。(责任单位:江北管理区)下好招商引资“先手棋”。\n14.下一项。";
        let (blocks, diags) = layout(text);
        assert_eq!(blocks.len(), 3);
        assert_eq!(blocks[1].kind, BlockKind::Heading);
        assert_eq!(blocks[1].span.get(text), Some("下好招商引资“先手棋”。\n"));
        assert_eq!(diags[0].code, DiagnosticCode::GluedHeading);
    }

    #[test]
    fn nested_brackets_stay_inside_the_parenthetical() {
        let text = "1.增长6%。（责任单位：市发改委，各县（市、区）人民政府；完成时限：年底前）\n";
        let (blocks, diags) = layout(text);
        assert_eq!(blocks.len(), 1);
        assert!(diags.is_empty());
        // and a heading glued after such a parenthetical is still split off
        let text = "1.增长6%。（责任单位：各县（市、区）政府）加快转型\n";
        let (blocks, _) = layout(text);
        assert_eq!(blocks.len(), 2);
        assert_eq!(blocks[1].span.get(text), Some("加快转型\n"));
        // 【…】 closes a statement as （…） does
        let text = "9.打造街区3条。【牵头单位：区商务局；责任单位：滨江、海门街道办事处】（三）建设宜居城市\n";
        let (blocks, _) = layout(text);
        assert_eq!(blocks.len(), 2);
        assert_eq!(blocks[1].span.get(text), Some("（三）建设宜居城市\n"));
        assert_eq!(blocks[1].kind, BlockKind::Heading);
        // line breaks lost: items after statements, headings before items
        let text = "二、重点工作任务（一）扩大需求1.实施项目10个。（牵头单位：区发改局）2.举办活动3场。（牵头单位：区商务局）\n";
        let kinds: Vec<(BlockKind, &str)> = layout(text)
            .0
            .iter()
            .map(|b| (b.kind, b.span.get(text).unwrap_or("").trim_end()))
            .collect();
        assert_eq!(
            kinds,
            [
                (BlockKind::Heading, "二、重点工作任务"),
                (BlockKind::Heading, "（一）扩大需求"),
                (BlockKind::Item, "1.实施项目10个。（牵头单位：区发改局）"),
                (BlockKind::Item, "2.举办活动3场。（牵头单位：区商务局）"),
            ]
        );
        // a heading's body after an ideographic space is its first paragraph
        let text = "一、主要预期目标　全区地区生产总值增长5.5%左右。\n";
        let kinds: Vec<BlockKind> = layout(text).0.iter().map(|b| b.kind).collect();
        assert_eq!(kinds, [BlockKind::Heading, BlockKind::Paragraph]);
        // 【牵头单位】 is a label: the names after it are no heading
        let text = "1、新建厂房。【牵头单位】县工信局【责任单位】各乡镇人民政府\n";
        assert_eq!(layout(text).0.len(), 1);
    }

    #[test]
    fn numbered_paragraphs_of_a_notice_are_paragraphs() {
        assert_eq!(
            classify("一、压实工作责任。各牵头县领导要加强统筹调度，每月调度1次工作进展。"),
            BlockKind::Paragraph
        );
        assert_eq!(classify("一、主要预期目标"), BlockKind::Heading);
        assert_eq!(
            classify("二、持续优化营商环境。（牵头单位：县行政审批局）"),
            BlockKind::Heading
        );
        assert_eq!(classify("三、做好保障。确保落实。"), BlockKind::Heading);
        // one long sentence with a comma: an instruction of the notice
        assert_eq!(
            classify("一、各牵头单位要于3月10日前制定实施方案，明确项目清单、资金来源和时间节点。"),
            BlockKind::Paragraph
        );
        // a heading may end in a full stop, but is short
        assert_eq!(
            classify("一、加快建设现代化产业体系，推动经济高质量发展。"),
            BlockKind::Heading
        );
    }

    #[test]
    fn page_numbers_are_chrome() {
        for line in [
            "— 21 —",
            "- 3 -",
            "－ 12 －",
            "—２—",
            "第 3 页",
            "第3页 共12页",
        ] {
            assert_eq!(classify(line), BlockKind::Chrome, "{line}");
        }
        assert_eq!(classify("• 设为首页"), BlockKind::Chrome);
        assert_eq!(classify("• 居民消费价格涨幅2%左右；"), BlockKind::Item);
        for line in [
            "——地区生产总值增长6%",
            "— 21",
            "第3页有误",
            "一、总体要求",
            "- 3 -x",
        ] {
            assert_ne!(classify(line), BlockKind::Chrome, "{line}");
        }
    }

    #[test]
    fn a_running_header_after_page_numbers_is_chrome() {
        let text = "1.促进消费，网络零\n— 21 —\n某市人民政府公报　2024年第3期\n售额增长12%。\n2.稳外贸。\n— 22 —\n某市人民政府公报　2024年第3期\n3.稳投资。\n";
        assert_eq!(
            kinds(text),
            [
                BlockKind::Item,
                BlockKind::Chrome,
                BlockKind::Chrome,
                BlockKind::Paragraph,
                BlockKind::Item,
                BlockKind::Chrome,
                BlockKind::Chrome,
                BlockKind::Item,
            ]
        );
        // odd and even pages print the header's parts the other way round
        let text = "1.促进消费\n— 21 —\n2024年第3期　某市人民政府公报\n2.稳外贸\n— 22 —\n某市人民政府公报　　2024年第3期\n3.稳投资\n";
        assert_eq!(
            kinds(text)
                .iter()
                .filter(|k| **k == BlockKind::Chrome)
                .count(),
            4
        );
        // a line after a single page number stays text
        let text = "— 21 —\n售额增长12%。\n";
        assert_eq!(kinds(text), [BlockKind::Chrome, BlockKind::Paragraph]);
    }

    #[test]
    fn bars_of_page_furniture_are_chrome() {
        for line in [
            "微信 | Facebook | WhatsApp",
            "网站地图 | 联系我们 | 隐私声明",
            "|",
            "楼主 |",
        ] {
            assert_eq!(classify(line), BlockKind::Chrome, "{line}");
        }
        assert_eq!(classify("1 | 推进 | 区发改局"), BlockKind::TableRow);
    }

    #[test]
    fn links_to_other_pages_are_chrome() {
        for line in [
            "相关链接：2024年某某县政府工作报告（全文）",
            "相关阅读:",
            "上一篇：某某县召开春季防汛工作会议",
            "下一篇　：某某县2024年重点项目集中开工",
            "延伸阅读",
        ] {
            assert_eq!(classify(line), BlockKind::Chrome, "{line}");
        }
        // content that merely opens with the words stays content
        for line in [
            "相关阅读推广活动覆盖全县12个乡镇。",
            "上一篇章节已经说明了目标任务。",
            "相关链接企业要同步做好安全生产工作，",
        ] {
            assert_eq!(classify(line), BlockKind::Paragraph, "{line}");
        }
        assert_eq!(
            classify("1.相关链接企业要落实主体责任。（责任单位：县应急局）"),
            BlockKind::Item
        );
    }

    #[test]
    fn the_entries_of_a_list_of_links_are_chrome() {
        let text = "【打印本页】【关闭窗口】\n相关链接：\n· 图解：2023年区政府工作报告\n\n● 关于征集2024年民生实事项目的公告\n• 2022年新增就业1.2万人\n主办单位：某某区人民政府办公室\n";
        use BlockKind::*;
        assert_eq!(
            kinds(text),
            [Chrome, Chrome, Chrome, Blank, Chrome, Chrome, Chrome]
        );
        // bullets with no list heading above them are points of the text
        let text = "相关链接：2024年某某县政府工作报告（全文）\n● 新建社区食堂12个。\n相关链接：\n正文段落\n● 新建社区食堂12个。\n";
        assert_eq!(kinds(text), [Chrome, Item, Chrome, Paragraph, Item]);
    }

    #[test]
    fn a_heading_glued_onto_a_role_line() {
        for (text, heading) in [
            (
                "责任单位：市文化和旅游局，各县区政府（三）坚持农业稳市，全面推进乡村振兴\n",
                "（三）坚持农业稳市，全面推进乡村振兴\n",
            ),
            // 二、 after the deadline that ends the line's value
            (
                "责任科室：财政所　　完成时限：2024年9月底前二、坚持民生为本，提升群众幸福感\n",
                "二、坚持民生为本，提升群众幸福感\n",
            ),
        ] {
            let (blocks, diags) = layout(text);
            assert_eq!(blocks.len(), 2, "{text}");
            assert_eq!(blocks[1].kind, BlockKind::Heading);
            assert_eq!(blocks[1].span.get(text), Some(heading));
            assert_eq!(diags.len(), 1);
        }
        // a note in brackets is no heading, nor are numerals inside a name
        assert_eq!(layout("责任单位：各县（市、区）政府\n").0.len(), 1);
        assert_eq!(layout("责任单位：县一、二中学，县教育局\n").0.len(), 1);
    }

    #[test]
    fn no_split_after_plain_close() {
        let text = "13.盘活土地。(责任单位:江北管理区)。\n";
        assert_eq!(layout(text).0.len(), 1);
    }

    #[test]
    fn empty_input() {
        assert!(layout("").0.is_empty());
    }
}
