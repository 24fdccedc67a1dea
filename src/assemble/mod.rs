//! Assembly: builds the [`Document`] from classified blocks — the heading
//! tree, tasks and their units, targets, metrics, notes and diagnostics.

mod table;

use crate::grammar::heading::{self, Ordinal, OrdinalKind};
use crate::grammar::metric::{self, scan_metrics};
use crate::grammar::units::{self, Responsibility};
use crate::grammar::words::{End, WordIndex};
use crate::grammar::{at_most_chars, date, meta};
use crate::layout::{content, is_space};
use crate::{
    Block, BlockKind, Deadline, Diagnostic, DiagnosticCode, Document, DocumentKind, Metric, Note,
    Role, Section, SectionRole, Severity, Span, Target, Task, Text, Unit,
};
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{Arc, LazyLock};

/// A heading that is still open while the blocks below it are read.
#[derive(Debug)]
struct Open {
    rank: OrdinalKind,
    ordinal: Text,
    in_path: bool,
    section: usize,
    role: SectionRole,
    group: Vec<Unit>,
    declared: Option<(usize, usize, Span)>,
    /// A target section that stated its targets in a sentence (主要预期目标
    /// 是：…): the sections under it set out the work, not more targets.
    stated: bool,
}

/// A news page's figure waiting for its caption on the next line.
#[derive(Debug, Clone, Copy)]
enum Figure {
    /// A bare quantity (`6%左右`): its index in the metrics.
    Metric(usize),
    /// A short goal without a number (`与经济增长同步`): its target's index.
    Goal(usize),
}

/// A responsibility statement that runs on to the next lines.
#[derive(Debug, Clone, Copy)]
struct OpenStatement {
    /// The task (or the targets) it belongs to.
    owner: Last,
    /// Where the statement starts (its bracket, or its role line).
    start: usize,
    /// How many units the task had before the statement's.
    units_before: usize,
    /// The `unit_list_unclosed` diagnostic it raised, if any.
    diagnostic: Option<usize>,
    /// Lines read so far (a cap keeps the re-reading linear).
    lines: usize,
}

/// Paragraphs after a numbered task that has no units yet: more of its
/// text if a role line follows them (1.做大做强数字经济。⏎全年新建5G基站
/// 1800个。⏎责任单位：市通信发展办), plain paragraphs otherwise.
#[derive(Debug, Clone, Copy)]
struct Dangling {
    task: usize,
    /// The paragraphs read so far.
    span: Span,
    lines: usize,
}

/// Most paragraphs between a task and its role line.
const MAX_DANGLING_LINES: usize = 3;

/// A target statement whose line ended mid-sentence.
#[derive(Debug, Clone)]
struct OpenTargets {
    /// The statement's first target.
    first: usize,
    /// Where the text before the break ends.
    prev_end: usize,
    /// The units of the statement.
    units: Vec<Unit>,
    /// The number of the target list's item it is (7.粮食产量…⏎能耗…).
    number: Option<Text>,
    /// Lines read so far.
    lines: usize,
}

/// Whether a line stops inside a word or a number, as a hard wrap leaves
/// it: its last character is a CJK ideograph, a letter, a digit or a point.
pub(super) fn cut_mid_word(text: &str) -> bool {
    text.trim_end_matches(is_space)
        .chars()
        .next_back()
        .is_some_and(|c| crate::grammar::is_cjk(c) || c.is_ascii_alphanumeric() || c == '.')
}

/// Whether a text ends a sentence (。, ！, ？, or a closing bracket).
fn ends_sentence(text: &str) -> bool {
    text.trim_end_matches(is_space)
        .ends_with(['。', '！', '!', '？', '?', '）', ')', '”'])
}

/// The longest task text that continuation lines are joined onto, in bytes.
const MAX_TASK_TEXT: usize = 8 * 1024;

/// At most this many lines continue one responsibility statement.
const MAX_STATEMENT_LINES: usize = 8;

/// Whether a role line stops in the middle of its list: after a separator
/// (…区发改局、), inside a name a line break cut (…区发改局、区教), or after a
/// conjunction (…区自然资源和).
fn list_unfinished(line: &str) -> bool {
    let line = line.trim_end_matches(is_space);
    if line.ends_with(['、', '，', ',']) {
        return true;
    }
    let last = line
        .rsplit(['、', '，', ',', '；', ';', '：', ':'])
        .next()
        .unwrap_or("");
    // (…、区自然资源和⏎规划局: a name does not end in a conjunction)
    !last.is_empty()
        && (at_most_chars(last, 4) || last.ends_with(['和', '及', '与']))
        && !units::looks_complete(last)
}

/// What a role line or a continuation attaches to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Last {
    Task(usize),
    Targets(usize),
}

pub(crate) struct Builder<'a> {
    /// The source: the model's texts are shared slices of it.
    src: &'a Arc<str>,
    /// `src` as a string.
    text: &'a str,
    kind: DocumentKind,
    plan_year: Option<i32>,
    stack: Vec<Open>,
    flat: Vec<(Section, Option<usize>)>,
    tasks: Vec<Task>,
    targets: Vec<Target>,
    metrics: Vec<Metric>,
    notes: Vec<Note>,
    diagnostics: Vec<Diagnostic>,
    last: Option<Last>,
    last_number: Option<(u32, Vec<Text>)>,
    /// A task's responsibility statement that the line ended before it was
    /// done: an unclosed parenthetical, or a role line ending in 、 or ，.
    open_statement: Option<OpenStatement>,
    /// A target statement cut mid-sentence by a line break.
    targets_open: Option<OpenTargets>,
    /// Paragraphs after a task still waiting for its role line.
    dangling: Option<Dangling>,
    /// Where a plain paragraph ends that a hard wrap cut mid-word: the next
    /// line reads its quantities across the break.
    broken_at: Option<usize>,
    /// Whether the next block that is not blank is an item numbered `1.`.
    items_follow: bool,
    /// Whether the next block that is not blank is a role line
    /// (牵头单位：…, 第一责任单位：…).
    roles_follow: bool,
    /// The numbering of the last numbered entry: an item numbered like it
    /// is its sibling, one numbered finer is a part of it.
    entry_kind: Option<OrdinalKind>,
    table: table::Table,
    /// A remark (备注：1.……) is being read: its numbered lines are part of it,
    /// not items.
    remarks: bool,
    /// The page furniture (— 11 —, a running header) met while a statement
    /// is open: cut out when the statement is read again.
    cuts: Vec<Span>,
    /// An annex of rules (考核评分办法, 实施细则) is being read: its articles
    /// and numbered scoring lines are text, not tasks.
    rules_annex: bool,
    /// A box of examples is being read (【专栏1】重点工程): its ①② and （1）
    /// lines list projects, not tasks.
    boxed: bool,
    /// A target statement ended with its colon: the lines below are targets.
    pending_targets: bool,
    /// The document's legend says a list after —— without a slash names
    /// leads (未标“/”的，所列单位均为牵头单位); without one such a list names
    /// the units responsible, as no 牵头 makes a lead.
    dash_leads: bool,
    /// The last line was a sub-item of task `.0` that a hard wrap cut at
    /// byte `.1`: the next line goes on with it.
    sub_item_cut: Option<(usize, usize)>,
    /// The pending targets came as ——lines: a line without the dash ends
    /// them (报告指出，要重点抓好八个方面工作：一是…).
    dash_targets: bool,
    /// A figure of a target list waiting for its caption.
    figure: Option<Figure>,
    /// The current section has stated its targets (主要预期目标是：…): its
    /// other paragraphs explain them rather than set more.
    targets_stated: bool,
    /// Every footnote marker of the text (`[1]`, `［3］`): (start, end,
    /// marker), in source order, found once.
    markers: Vec<(usize, usize, &'a str)>,
    /// Where the text first cites footnote 1, if it does (from `markers`).
    first_citation: Option<usize>,
    /// Units a line gave the items below it (以下第19、20项责任单位均为：…).
    shared_roles: Option<SharedRoles>,
}

/// Units a line gives to items below it, under the heading it stands under.
#[derive(Debug)]
struct SharedRoles {
    /// The section of the heading the line stands under (none before any).
    section: Option<usize>,
    /// The numbers of the items it names; empty for every item after it.
    numbers: Vec<u32>,
    units: Vec<Unit>,
}

/// Builds the document.
pub(crate) fn assemble(
    src: &Arc<str>,
    mut blocks: Vec<Block>,
    diagnostics: Vec<Diagnostic>,
) -> Document {
    let text: &str = src;
    let lines: Vec<&str> = blocks
        .iter()
        .filter(|b| b.kind != BlockKind::Blank)
        .filter_map(|b| content(text, b.span).get(text))
        .collect();
    let (meta, kind) = meta::extract(src, &lines);
    drop(lines);
    let mut b = Builder {
        src,
        text,
        kind,
        plan_year: meta.plan_year,
        stack: Vec::new(),
        flat: Vec::new(),
        tasks: Vec::new(),
        targets: Vec::new(),
        metrics: Vec::new(),
        notes: Vec::new(),
        diagnostics,
        last: None,
        last_number: None,
        open_statement: None,
        targets_open: None,
        dangling: None,
        broken_at: None,
        items_follow: false,
        roles_follow: false,
        entry_kind: None,
        table: table::Table::default(),
        remarks: false,
        cuts: Vec::new(),
        rules_annex: false,
        boxed: false,
        pending_targets: false,
        dash_targets: false,
        sub_item_cut: None,
        dash_leads: bare_lists_lead(text),
        figure: None,
        targets_stated: false,
        markers: Vec::new(),
        first_citation: None,
        shared_roles: None,
    };
    b.markers = note_markers(text);
    b.first_citation = b.markers.iter().find(|m| m.2 == "1").map(|m| m.0);
    page_jumps(text, &mut blocks);
    // which blocks come right before an item numbered 1. (one pass back)
    let mut items_follow = vec![false; blocks.len()];
    let mut roles_follow = vec![false; blocks.len()];
    let mut next_arabic = false;
    let mut next_roles = false;
    for (k, block) in blocks.iter().enumerate().rev() {
        if let Some(slot) = items_follow.get_mut(k) {
            *slot = next_arabic;
        }
        if let Some(slot) = roles_follow.get_mut(k) {
            *slot = next_roles;
        }
        match block.kind {
            BlockKind::Blank | BlockKind::Chrome => {}
            BlockKind::Item => {
                let line = content(text, block.span).get(text).unwrap_or("");
                next_arabic = heading::ordinal(line).is_some_and(|o| o.kind == OrdinalKind::Arabic);
                next_roles = false;
            }
            BlockKind::Paragraph => {
                let line = content(text, block.span).get(text).unwrap_or("");
                next_arabic = false;
                next_roles = units::opens_with_role_label(line);
            }
            _ => {
                next_arabic = false;
                next_roles = false;
            }
        }
    }
    for (k, block) in blocks.iter_mut().enumerate() {
        b.items_follow = items_follow.get(k).copied().unwrap_or(false);
        b.roles_follow = roles_follow.get(k).copied().unwrap_or(false);
        b.block(block);
    }
    drop(items_follow);
    drop(roles_follow);
    b.table_flush();
    while let Some(open) = b.stack.pop() {
        b.close(open);
    }
    let mut metrics = b.metrics;
    sort_by_span(&mut metrics);
    metrics.dedup_by_key(|m| m.span);
    // a document is kept (batch jobs hold many): drop the growth slack
    metrics.shrink_to_fit();
    let mut tasks = b.tasks;
    for t in &mut tasks {
        t.units.shrink_to_fit();
        t.metrics.shrink_to_fit();
    }
    tasks.shrink_to_fit();
    let mut targets = b.targets;
    drop_restated(&mut targets);
    targets.shrink_to_fit();
    blocks.shrink_to_fit();
    let mut notes = b.notes;
    let mut diagnostics = b.diagnostics;
    link_notes(&b.markers, &mut notes, &mut diagnostics);
    diagnostics.sort_by_key(|d| d.span.start);
    Document {
        kind,
        meta,
        sections: tree(b.flat),
        targets,
        tasks,
        metrics,
        notes,
        diagnostics,
        blocks,
        source_len: text.len(),
        source: None,
    }
}

/// Drops the targets that restate an earlier one: the same indicator (of
/// one standard key, or as written, one name holding the other) with the
/// same change, value, unit and bound, as a report's table of targets
/// repeats the sentence before it (地区生产总值增长5.5%左右 ⏎ 地区生产总值增长 |
/// % | 5.5左右). Two goals of
/// one numbered row (a figure for each year) stay. The restating target's
/// units go to the first when it has none.
fn drop_restated(targets: &mut Vec<Target>) {
    type Key<'t> = (
        &'t str,
        Option<crate::Change>,
        rust_decimal::Decimal,
        Option<rust_decimal::Decimal>,
        Option<&'t str>,
        crate::Bound,
    );
    let mut seen: HashMap<Key<'_>, usize> = HashMap::new();
    // for each target, the earlier one it restates
    let mut restates: Vec<Option<usize>> = vec![None; targets.len()];
    for (i, t) in targets.iter().enumerate() {
        let Some(m) = &t.metric else { continue };
        let name = t.standard.as_deref().unwrap_or(&t.indicator);
        let key = (
            name,
            m.change,
            m.base_value,
            m.base_value_max,
            m.base_unit.as_deref(),
            m.bound,
        );
        match seen.get(&key) {
            Some(&first) => {
                let Some(f) = targets.get(first) else {
                    continue;
                };
                let same_row = t.number.is_some() && f.number == t.number;
                // (one name holds the other: 地区生产总值 and 地区生产总值增长;
                // not two pollutants of one standard key)
                let named = f.indicator.contains(t.indicator.as_str())
                    || t.indicator.contains(f.indicator.as_str());
                if let (false, true, Some(slot)) = (same_row, named, restates.get_mut(i)) {
                    *slot = Some(first);
                }
            }
            None => {
                seen.insert(key, i);
            }
        }
    }
    drop(seen);
    if restates.iter().all(Option::is_none) {
        return;
    }
    for (i, first) in restates.iter().enumerate() {
        let Some(first) = *first else { continue };
        let units = targets.get(i).map(|t| t.units.clone()).unwrap_or_default();
        if let Some(f) = targets.get_mut(first).filter(|f| f.units.is_empty()) {
            f.units = units;
        }
    }
    let mut k = 0usize;
    targets.retain(|_| {
        let keep = restates.get(k).is_none_or(Option::is_none);
        k += 1;
        keep
    });
}

/// The standard key of an indicator's name, as a model text.
fn standard_key(name: &str) -> Option<Text> {
    crate::grammar::indicator::standard(name).map(Text::from_static)
}

/// A target for `metric`, named `indicator`; its text and span are the
/// metric's.
fn metric_target(
    number: Option<Text>,
    indicator: Text,
    metric: Metric,
    units: Vec<Unit>,
) -> Target {
    Target {
        number,
        standard: standard_key(&indicator),
        indicator,
        text: metric.text.clone(),
        span: metric.span,
        metric: Some(metric),
        units,
    }
}

/// Names `target` anew, its standard key with it.
fn retitle(target: &mut Target, name: Text) {
    target.standard = standard_key(&name);
    target.indicator = name;
}

impl OpenTargets {
    /// A statement left open at `prev_end`, its first target `first`, read
    /// on over the next lines.
    fn new(first: usize, prev_end: usize, units: Vec<Unit>, number: Option<Text>) -> Self {
        OpenTargets {
            first,
            prev_end,
            units,
            number,
            lines: 1,
        }
    }
}

/// How many blocks a newspaper's page jump may span, from its
/// `（下转第三版）` to the `（上接第二版）` where the text goes on.
const MAX_JUMP_BLOCKS: usize = 16;

/// A newspaper's page jump: from a line `（下转第三版）` to the line
/// `（上接第二版）` a few blocks below it, the blocks between (the page's
/// footer and the next page's header: 本版编辑, the date, 上一版 下一版, the
/// article's running title) are page furniture, so that a statement cut
/// by the jump goes on after it. A 下转 line without its 上接 is left as it
/// is.
fn page_jumps(text: &str, blocks: &mut [Block]) {
    let line = |b: &Block| content(text, b.span).get(text).unwrap_or("");
    let mut k = 0usize;
    while k < blocks.len() {
        let jumps = blocks
            .get(k)
            .is_some_and(|b| b.kind == BlockKind::Paragraph && jump_marker(line(b), "下转"));
        if !jumps {
            k += 1;
            continue;
        }
        let end = (k + MAX_JUMP_BLOCKS).min(blocks.len());
        let resume = (k + 1..end).find(|&j| {
            blocks
                .get(j)
                .is_some_and(|b| b.kind != BlockKind::Blank && jump_marker(line(b), "上接"))
        });
        match resume {
            Some(j) => {
                for b in blocks.get_mut(k..=j).unwrap_or_default() {
                    if b.kind != BlockKind::Blank {
                        b.kind = BlockKind::Chrome;
                    }
                }
                k = j + 1;
            }
            None => k += 1,
        }
    }
}

/// Whether a line is a page-jump marker with `word` (下转 or 上接):
/// `（下转第三版）`, `(上接第2版)`, `（下转A3版）`, `（上接第二版）`.
fn jump_marker(line: &str, word: &str) -> bool {
    let Some(inner) = line
        .trim()
        .strip_prefix(['（', '('])
        .and_then(|r| r.strip_suffix(['）', ')']))
    else {
        return false;
    };
    inner.starts_with(word) && inner.ends_with('版') && at_most_chars(inner, 10)
}

/// Turns the flat list of (section, parent) into a tree.
fn tree(flat: Vec<(Section, Option<usize>)>) -> Vec<Section> {
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); flat.len()];
    let mut roots = Vec::new();
    for (i, (_, parent)) in flat.iter().enumerate() {
        match parent.and_then(|p| children.get_mut(p)) {
            Some(c) => c.push(i),
            None => roots.push(i),
        }
    }
    let mut slots: Vec<Option<Section>> = flat.into_iter().map(|(s, _)| Some(s)).collect();
    // children always come after their parent, so build from the end
    for i in (0..slots.len()).rev() {
        let kids: Vec<Section> = children
            .get(i)
            .map(|c| {
                c.iter()
                    .filter_map(|&k| slots.get_mut(k).and_then(Option::take))
                    .collect()
            })
            .unwrap_or_default();
        if let Some(Some(s)) = slots.get_mut(i) {
            s.children = kids;
        }
    }
    roots
        .into_iter()
        .filter_map(|r| slots.get_mut(r).and_then(Option::take))
        .collect()
}

/// A short title that names the goals (总体目标, 行动目标, 具体目标): at most
/// six characters ending in 目标, so that a plan's sub-heading such as
/// 实现碳达峰目标 keeps its own role.
fn short_goal_title(head: &str) -> bool {
    let t = head.trim_end_matches([':', '：']);
    t.ends_with("目标") && at_most_chars(t, 6)
}

/// The words that give a section its role, by rank: a title with words of
/// several roles takes the first role of this list (工作回顾与目标 is a review).
const ROLE_WORDS: &[(SectionRole, &[&str])] = &[
    (
        SectionRole::Review,
        &["回顾", "过去一年", "过去五年", "工作总结"],
    ),
    // 附件：名词解释 is a glossary
    (SectionRole::Notes, &["名词解释", "名词注释", "注释"]),
    (SectionRole::Appendix, &["附件", "附表"]),
    (
        SectionRole::Targets,
        &[
            "预期目标",
            "主要目标",
            "发展目标",
            "发展指标",
            "工作目标",
            "目标任务",
            "主要指标",
            "经济指标",
            "预期性指标",
            "约束性指标",
            "预期指标",
            "目标指标",
        ],
    ),
    (
        SectionRole::Plan,
        &[
            "重点工作",
            "重点任务",
            "主要任务",
            "工作安排",
            "工作任务",
            "工作要点",
        ],
    ),
    (
        SectionRole::Safeguards,
        &[
            "保障措施",
            "组织保障",
            "组织领导",
            "实施步骤",
            "工作要求",
            "保障机制",
        ],
    ),
];

/// [`ROLE_WORDS`] indexed by first character, with each word's rank.
static ROLE_INDEX: LazyLock<WordIndex<usize>> = LazyLock::new(|| {
    WordIndex::new(
        End::First,
        ROLE_WORDS
            .iter()
            .enumerate()
            .flat_map(|(rank, (_, ws))| ws.iter().map(move |w| (*w, rank))),
    )
});

/// The role of a section, from the first 32 characters of its title: one
/// pass, each position checked against the few role words starting with
/// its character.
fn section_role(title: &str) -> SectionRole {
    let folded = crate::grammar::fold::folded(title);
    let end = folded
        .char_indices()
        .nth(32)
        .map_or(folded.len(), |(i, _)| i);
    let head = folded.get(..end).unwrap_or("");
    let mut best: Option<usize> = None;
    for (i, _) in head.char_indices() {
        let rest = head.get(i..).unwrap_or("");
        for &(_, w, rank) in ROLE_INDEX.candidates(rest) {
            if best.is_none_or(|b| rank < b) && rest.starts_with(w) {
                best = Some(rank);
            }
        }
    }
    // a short heading ending in 目标 (总体目标) ranks with the target words
    let targets = ROLE_WORDS
        .iter()
        .position(|(r, _)| *r == SectionRole::Targets)
        .unwrap_or(usize::MAX);
    if best.is_none_or(|b| b > targets) && short_goal_title(head) {
        best = Some(targets);
    }
    best.and_then(|b| ROLE_WORDS.get(b))
        .map_or(SectionRole::Other, |(role, _)| *role)
}

/// The first sentence of `s` when it is a short lead phrase followed by more
/// text (加快新兴产业裂变。推进……): its byte length, the 。 included.
fn lead_phrase(s: &str) -> Option<usize> {
    let mut chars = 0;
    for (i, c) in s.char_indices() {
        chars += 1;
        if c == '。' {
            let rest = s.get(i + c.len_utf8()..).unwrap_or("");
            return (chars >= 3 && !rest.trim().is_empty()).then_some(i + c.len_utf8());
        }
        if chars > 24 || matches!(c, '，' | ',' | '；' | ';' | '：' | ':' | '(' | '（') {
            return None;
        }
    }
    None
}

/// Splits a target statement into clauses at ；;，,。 outside brackets and quotes.
fn clauses(s: &str) -> Vec<(usize, usize)> {
    let mut out = parts_at(s, |i, c| {
        matches!(c, '；' | ';' | '，' | ',' | '。')
            // 3,200人: a thousands separator is no clause end
            && !(c == ','
                && s.get(..i)
                    .is_some_and(|h| h.ends_with(|d: char| d.is_ascii_digit()))
                && s.get(i + 1..)
                    .is_some_and(|t| t.bytes().take(3).filter(u8::is_ascii_digit).count() == 3))
    });
    out.retain(|(a, b)| s.get(*a..*b).is_some_and(|t| !t.trim().is_empty()));
    out
}

/// The parts of `s` between the characters `sep` accepts (at their byte
/// offset) outside brackets and quotes.
fn parts_at(s: &str, sep: impl Fn(usize, char) -> bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    for (i, c) in s.char_indices() {
        match c {
            '(' | '（' | '“' | '《' => depth += 1,
            ')' | '）' | '”' | '》' => depth = (depth - 1).max(0),
            _ if depth == 0 && sep(i, c) => {
                out.push((start, i));
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    out.push((start, s.len()));
    out
}

/// Whether a clause without a number states a goal (居民收入增长与经济增长同步,
/// 完成市下达的节能减排任务, 外贸进出口稳中有增, 国际收支基本平衡) rather than
/// an action (坚决打赢脱贫攻坚战).
fn qualitative_goal(s: &str) -> bool {
    let n = s.chars().count();
    // (实现上述目标, 努力实现全年目标任务: a clause about the goals)
    // (力争在实际工作中取得更好结果: the hope of doing better, no goal)
    let about_goals = s.contains("上述")
        || s.contains("实现") && s.contains("目标")
        || s.contains("更好结果")
        || s.contains("更好成绩");
    (4..=40).contains(&n)
        && !about_goals
        && [
            "同步",
            "增长",
            "改善",
            "下降",
            "下达",
            "防控",
            "持平",
            "稳定",
            "控制在",
            "达到",
            "提高",
            "降低",
            "稳中有",
            "稳中向好",
            "平稳",
            "平衡",
            "有所",
            // 农村居民收入增速快于城镇居民, 满意度明显提升, 生态环境进一步改善
            "快于",
            "高于",
            "低于",
            "明显",
            "显著",
            "进一步",
            "持续",
            // 绿色低碳转型取得新进展, 开放水平迈上新台阶: a result reached
            "取得",
            "新台阶",
            "新突破",
            "新进展",
            "新成效",
            "新水平",
            "新跨越",
            "全覆盖",
            "基本完成",
            "全面完成",
            // 产业实现规模化发展, 基本建成县域商业体系, 形成一批典型场景,
            // 流通网络更加健全, 保持全省第一方阵, 零就业家庭动态清零
            "实现",
            "建成",
            "形成",
            "更加",
            "保持",
            "清零",
        ]
        .iter()
        .any(|w| s.contains(w))
        || indicator_goal(s)
}

/// Where the first sentence of `s` ends (after its depth-0 。), when a
/// role label could open it: it starts with one of the labels' first
/// characters (牵头, 责任, 配合, 主责, 协办, 参与, 实施).
fn first_full_stop(s: &str) -> Option<usize> {
    if !s.starts_with([
        '牵', '牽', '责', '責', '配', '主', '协', '協', '参', '參', '实', '實',
    ]) {
        return None;
    }
    let mut depth = 0i32;
    for (i, c) in s.char_indices() {
        match c {
            '(' | '（' | '【' | '[' => depth += 1,
            ')' | '）' | '】' | ']' => depth = (depth - 1).max(0),
            '。' if depth == 0 => return Some(i + c.len_utf8()),
            _ => {}
        }
    }
    None
}

/// Whether a clause without a number is a goal for a standard indicator,
/// whatever its verb: it opens with the indicator and says something of it
/// (进出口保稳提质, 粮食产量保持稳定), not the bare name.
fn indicator_goal(s: &str) -> bool {
    // what may end the name itself (社会消费品零售总额, 外贸进出口总值)
    const NAME_ENDS: &[&str] = &[
        "总额",
        "总量",
        "总值",
        "增加值",
        "收入",
        "额",
        "量",
        "率",
        "值",
    ];
    let n = s.chars().count();
    (4..=30).contains(&n)
        && crate::grammar::indicator::standard_head(s)
            .and_then(|end| s.get(end..))
            .is_some_and(|rest| rest.chars().count() >= 2 && !NAME_ENDS.contains(&rest))
}

/// The parts of a clause between its depth-0 enumeration commas (、).
fn enumerated(s: &str) -> Vec<(usize, usize)> {
    parts_at(s, |_, c| c == '、')
}

impl<'a> Builder<'a> {
    fn get(&self, span: Span) -> &'a str {
        span.get(self.text).unwrap_or("")
    }

    /// Adds a task. The one before it is complete by now: its lists give
    /// back their growth slack at once rather than at the end, so that the
    /// peak of a large document does not hold it for every task.
    fn push_task(&mut self, task: Task) {
        if let Some(prev) = self.tasks.last_mut() {
            prev.units.shrink_to_fit();
            prev.metrics.shrink_to_fit();
        }
        self.tasks.push(task);
    }

    /// `s` (a slice of the source) as a model text, shared, not copied.
    fn share(&self, s: &str) -> Text {
        Text::within(self.src, s)
    }

    fn context_role(&self) -> SectionRole {
        if let Some(role) = self.table.row_role {
            return role;
        }
        if self.pending_targets {
            return SectionRole::Targets;
        }
        let inner = self.stack.len().saturating_sub(1);
        self.stack
            .iter()
            .enumerate()
            .rev()
            .map(|(k, o)| {
                // 二、2025年目标任务 ⏎ 主要预期目标是：… ⏎ （一）全力扩大有效需求:
                // the groups under a section that stated its targets are work
                if o.role == SectionRole::Targets && o.stated && k < inner {
                    SectionRole::Plan
                } else {
                    o.role
                }
            })
            .find(|r| *r != SectionRole::Other)
            .unwrap_or(SectionRole::Other)
    }

    /// Whether the innermost section states principles or closing rules
    /// (总体要求, 指导思想, 基本原则, the general provisions 总则 of a text
    /// in articles, 附则): its numbered articles are not tasks.
    fn in_preamble(&self) -> bool {
        const TITLES: &[&str] = &["总体要求", "指导思想", "基本原则", "总则", "附则"];
        self.stack.last().is_some_and(|o| {
            self.flat
                .get(o.section)
                .is_some_and(|(s, _)| TITLES.iter().any(|t| s.title.contains(t)))
        })
    }

    fn path(&self) -> Vec<Text> {
        self.stack
            .iter()
            .filter(|o| o.in_path)
            .map(|o| o.ordinal.clone())
            .collect()
    }

    /// The units a shared role line gave to the item numbered `number`:
    /// the line's section must still be open, and the item one it names
    /// (any item, when it names none).
    fn shared_roles_for(&self, number: Option<&str>) -> Vec<Unit> {
        let Some(shared) = &self.shared_roles else {
            return Vec::new();
        };
        let open = shared
            .section
            .is_none_or(|s| self.stack.iter().any(|o| o.section == s));
        let named = shared.numbers.is_empty()
            || number
                .and_then(|n| n.parse::<u32>().ok())
                .is_some_and(|n| shared.numbers.contains(&n));
        if open && named {
            shared.units.clone()
        } else {
            Vec::new()
        }
    }

    fn group_lead(&self) -> Vec<Unit> {
        self.stack
            .iter()
            .rev()
            .find(|o| o.rank == OrdinalKind::Dash || !o.group.is_empty())
            .map(|o| o.group.clone())
            .unwrap_or_default()
    }

    fn block(&mut self, block: &mut Block) {
        let span = content(self.text, block.span);
        let line = self.get(span);
        // the records of a table saved as CSV, quoted cells over lines
        if block.kind != BlockKind::Blank && (self.csv_line(span) || self.tab_record_line(span)) {
            block.kind = BlockKind::TableRow;
            return;
        }
        // a table copied one cell per line: its lines are cells, whatever
        // each would be on its own (and a blank line inside a row is an
        // empty cell)
        if block.kind == BlockKind::Blank && self.empty_cell() {
            return;
        }
        if !matches!(block.kind, BlockKind::Blank | BlockKind::Chrome) {
            if self.cell_line(span) {
                block.kind = BlockKind::TableRow;
                return;
            }
            if matches!(block.kind, BlockKind::Paragraph | BlockKind::Item) {
                self.end_cells_apart();
            }
        }
        // a page's furniture (— 2 —, a running header) inside a statement
        // cut by the page leaves it open: it goes on after the break
        // (and so does it the paragraphs waiting for a task's role line)
        if !matches!(
            block.kind,
            BlockKind::Paragraph | BlockKind::Chrome | BlockKind::Blank
        ) {
            self.open_statement = None;
            self.targets_open = None;
            self.dangling = None;
            self.sub_item_cut = None;
        }
        if block.kind != BlockKind::Paragraph
            && block.kind != BlockKind::Blank
            && block.kind != BlockKind::Chrome
        {
            self.broken_at = None;
        }
        if block.kind != BlockKind::Item && block.kind != BlockKind::Paragraph {
            self.remarks = false;
        }
        if block.kind == BlockKind::Heading {
            self.boxed = false;
        }
        if block.kind == BlockKind::Chrome && self.open_statement.is_some() {
            self.cuts.push(block.span);
        } else if self.open_statement.is_none() {
            self.cuts.clear();
        }
        match block.kind {
            BlockKind::Blank | BlockKind::Chrome => {}
            BlockKind::Heading => {
                self.table_flush();
                match heading::ordinal(line) {
                    // ——2025年1月8日在…会议上 under a report's title: its
                    // dateline, before any section, not a —— group
                    Some(o)
                        if o.kind == OrdinalKind::Dash
                            && self.flat.is_empty()
                            && date::find_date(line).is_some() =>
                    {
                        block.kind = BlockKind::Paragraph;
                        self.paragraph(span);
                    }
                    // ——牵头单位：… or ——完成时限：… under an item: its role or
                    // deadline line, marked like a list entry, not a group
                    Some(o) if o.kind == OrdinalKind::Dash && self.last.is_some() => {
                        let body = Span::new(span.start + o.written.len(), span.end);
                        let body = content(self.text, body);
                        let text = self.get(body);
                        if units::parse_role_line(self.src, text, body.start).is_some()
                            || deadline_line(text).is_some()
                        {
                            block.kind = BlockKind::Paragraph;
                            self.paragraph(body);
                        } else {
                            self.heading(span, o);
                        }
                    }
                    Some(o) => self.heading(span, o),
                    // 附件：1.重点企业名单: the list of a notice's attachments
                    None if is_remark(line) => {
                        block.kind = BlockKind::Paragraph;
                        self.remarks = true;
                        self.paragraph(span);
                    }
                    // 类别 序号 重点任务 …, 项目建设 5 新建…: a space-separated
                    // table's header or a row that opens a group, short
                    // enough to read like a title
                    None if self.spaced_line(span) => block.kind = BlockKind::TableRow,
                    None => self.plain_heading(span),
                }
            }
            BlockKind::Item => {
                self.table_flush();
                if self.remarks || self.rules_annex {
                    // 备注：1.…… ⏎ 2.……: the remark's own numbering (and an
                    // annex of rules': 第一条…, 1.地区生产总值增速|8分|…)
                    block.kind = BlockKind::Paragraph;
                    self.paragraph(span);
                    return;
                }
                if let Some(o) = heading::ordinal(line) {
                    if self.boxed && is_box_item(o.kind) {
                        // ①桐江5G+智慧园区工程：总投资2.6亿元 in a box
                        block.kind = BlockKind::Paragraph;
                        self.paragraph(span);
                        return;
                    }
                    self.boxed = false;
                    self.item(span, o);
                }
            }
            BlockKind::TableRow => self.table_line(span),
            BlockKind::Paragraph => {
                if at_most_chars(line, 12)
                    && (line.starts_with("附件") || line.starts_with("附表"))
                    && !is_remark(line)
                {
                    self.table_flush();
                    block.kind = BlockKind::Heading;
                    self.plain_heading(span);
                    return;
                }
                // 注释： ⏎ ①“六稳”：指…: a glossary's heading with its colon
                if at_most_chars(line, 8)
                    && line.ends_with([':', '：'])
                    && section_role(line.trim_end_matches([':', '：'])) == SectionRole::Notes
                {
                    self.table_flush();
                    block.kind = BlockKind::Heading;
                    self.plain_heading(span);
                    return;
                }
                if self.total_line(span) || self.tabbed_line(span) || self.spaced_line(span) {
                    block.kind = BlockKind::TableRow;
                    return;
                }
                if self.table_continues(span) {
                    block.kind = BlockKind::TableRow;
                    return;
                }
                self.table_flush();
                if self.context_role() == SectionRole::Appendix
                    && at_most_chars(line, 40)
                    && !line.contains('。')
                    && names_rules(line)
                {
                    self.rules_annex = true;
                }
                self.remarks = is_remark(line);
                self.boxed = self.boxed || is_box_title(line);
                self.paragraph(span);
            }
        }
    }

    /// Closes headings of the same or an inner rank, then opens this one.
    fn heading(&mut self, span: Span, o: Ordinal<'_>) {
        if o.kind == OrdinalKind::Dash && self.pending_targets {
            // ——地区生产总值增长6%左右; under 主要预期目标是:
            let body = content(self.text, Span::new(span.start + o.written.len(), span.end));
            if self.target_line(body) {
                self.dash_targets = true;
                return;
            }
        }
        self.pending_targets = false;
        self.dash_targets = false;
        // 11.…。⏎——區發改委/區財政局: a dash line of nothing but units under
        // a task names the task's units
        if let (OrdinalKind::Dash, Some(Last::Task(i))) = (o.kind, self.last) {
            let body = content(self.text, Span::new(span.start + o.written.len(), span.end));
            if let Some(found) =
                units::dash_list(self.src, self.get(body), body.start).map(|f| self.dash_roles(f))
            {
                if let Some(t) = self.tasks.get_mut(i) {
                    t.units.extend(found);
                    t.span.end = t.span.end.max(span.end);
                }
                return;
            }
        }
        self.targets_stated = false;
        // the units that lead the group under this heading
        let mut group_resp = None;
        // （一）…。（牵头单位：…） is an item numbered like a heading, and so is
        // a goal with a quantity under a targets heading
        if matches!(o.kind, OrdinalKind::CnComma | OrdinalKind::CnParen) {
            let body = content(self.text, Span::new(span.start + o.written.len(), span.end));
            let (resp, text_span) = self.responsibility(body);
            // (a work report's （一） paragraph opening with a lead phrase is
            // its plan, under a heading of 目标和重点工作 too)
            let report_plan =
                self.kind == DocumentKind::WorkReport && lead_phrase(self.get(text_span)).is_some();
            let goal = self.context_role() == SectionRole::Targets
                && !report_plan
                && !scan_metrics(self.src, self.get(text_span), text_span.start).is_empty();
            // （一）扩大有效投资（牵头单位：区发改局） over items 1. 2.: a heading
            // whose units lead the group, as a —— heading's do
            let group = self.items_follow
                && !goal
                && at_most_chars(self.get(text_span), 30)
                && !self.get(text_span).contains('。');
            let has_units = resp.as_ref().is_some_and(|r| !r.units.is_empty());
            if group && has_units {
                group_resp = resp;
            } else if has_units || goal || (self.roles_follow && !self.items_follow) {
                // (（一）做强轨道交通装备产业集群。… ⏎ 牵头单位：…: an item whose
                // role line follows it)
                while self.stack.last().is_some_and(|top| top.rank >= o.kind) {
                    if let Some(open) = self.stack.pop() {
                        self.close(open);
                    }
                }
                self.entry_kind = Some(o.kind);
                self.entry(Some(self.share(o.number)), span, text_span, resp, None);
                return;
            }
        }
        while self.stack.last().is_some_and(|top| top.rank >= o.kind) {
            if let Some(open) = self.stack.pop() {
                self.close(open);
            }
        }
        let body = Span::new(span.start + o.written.len(), span.end);
        let body = content(self.text, body);
        let body_text = self.get(body);
        let resp = if o.kind == OrdinalKind::Dash {
            units::find_parenthetical(self.src, body_text, body.start)
        } else {
            group_resp
        };
        // (a title that runs into its body: （二）主要目标。今后三年…)
        let run_in = resp.is_none() && lead_phrase(body_text).is_some();
        let title_end = match &resp {
            Some(r) => r.span.start,
            None => {
                body.start + lead_phrase(body_text).map_or(body_text.len(), |n| n - '。'.len_utf8())
            }
        };
        let title = Span::new(body.start, title_end.max(body.start));
        let title_text = self
            .get(title)
            .trim_end_matches(|c| matches!(c, '。' | ':' | '：') || is_space(c));
        let mut role = section_role(title_text);
        if role == SectionRole::Other && self.context_role() == SectionRole::Appendix {
            role = SectionRole::Appendix;
        }
        // 二、“十三五”时期的主要目标 in a work report: goals for five years
        if role == SectionRole::Targets
            && self.kind == DocumentKind::WorkReport
            && spans_years(title_text)
        {
            role = SectionRole::Other;
        }
        let level = u8::try_from(self.stack.len() + 1).unwrap_or(u8::MAX);
        let parent = self.stack.last().map(|o| o.section);
        self.flat.push((
            Section {
                ordinal: self.share(o.written),
                level,
                title: self.share(title_text),
                role,
                span,
                children: Vec::new(),
            },
            parent,
        ));
        let declared = declared_count(title_text).map(|n| (n, self.tasks.len(), span));
        // (（三）…（以下各项均由区农业农村局牵头，各街道办事处配合): units
        // handed to each item keep their roles)
        let group = resp
            .map(|r| {
                let each = units::distributes(self.get(r.span));
                r.units
                    .into_iter()
                    .map(|mut u| {
                        if !each {
                            u.role = Role::GroupLead;
                        }
                        u
                    })
                    .collect()
            })
            .unwrap_or_default();
        self.stack.push(Open {
            rank: o.kind,
            ordinal: self.share(o.written),
            in_path: o.kind != OrdinalKind::Dash,
            section: self.flat.len() - 1,
            role,
            group,
            declared,
            stated: false,
        });
        self.last = None;
        // the heading's own quantities, and those of body text it runs into
        let found = self.scan(body);
        // （二）主要目标。…到2027年，规模以上工业增加值年均增长7%以上，…: a
        // targets heading's run-in body states its goals
        let rest = Span::new(title_end + '。'.len_utf8(), body.end);
        if role == SectionRole::Targets && run_in && !found.is_empty() && rest.start < rest.end {
            let first = self.targets.len();
            self.targets_from(rest, &found, None, &[], false);
            self.last = (self.targets.len() > first).then_some(Last::Targets(first));
        }
        // （三）…。新建高标准农田3.⏎6万亩: body text a hard wrap cut goes on
        // in the next line
        let body_text = self.get(body);
        if body_text.contains(['，', '。'])
            && (cut_mid_word(body_text) || body_text.ends_with(['%', '％']))
        {
            self.broken_at = Some(body.end);
        }
    }

    /// A heading without an ordinal (a glued one, 附件): a child of the
    /// innermost open section that does not change task paths.
    fn plain_heading(&mut self, span: Span) {
        self.targets_stated = false;
        let title = self.share(self.get(span).trim_end_matches(['。', ':', '：']));
        let role = section_role(&title);
        // 附件 ⏎ 2023年度目标考核评分办法: the annex is a set of rules
        if role == SectionRole::Appendix {
            self.rules_annex = names_rules(&title);
        } else if self.context_role() == SectionRole::Appendix && names_rules(&title) {
            self.rules_annex = true;
        }
        if matches!(
            role,
            SectionRole::Appendix | SectionRole::Review | SectionRole::Plan | SectionRole::Notes
        ) {
            while let Some(open) = self.stack.pop() {
                self.close(open);
            }
            self.flat.push((
                Section {
                    ordinal: Text::default(),
                    level: 1,
                    title,
                    role,
                    span,
                    children: Vec::new(),
                },
                None,
            ));
            self.stack.push(Open {
                rank: OrdinalKind::Chapter,
                ordinal: Text::default(),
                in_path: false,
                section: self.flat.len() - 1,
                role,
                group: Vec::new(),
                declared: None,
                stated: false,
            });
            return;
        }
        let parent = self.stack.last().map(|o| o.section);
        let level = u8::try_from(self.stack.len() + 1).unwrap_or(u8::MAX);
        self.flat.push((
            Section {
                ordinal: Text::default(),
                level,
                title,
                role,
                span,
                children: Vec::new(),
            },
            parent,
        ));
        self.last = None;
    }

    fn close(&mut self, open: Open) {
        if let Some((declared, before, span)) = open.declared {
            let found = self.tasks.len() - before;
            if found != declared {
                self.diagnostics.push(Diagnostic::new(
                    DiagnosticCode::TaskCountMismatch,
                    Severity::Warning,
                    span,
                    format!("the heading declares {declared} items, {found} were found"),
                ));
            }
        }
    }

    /// Whether a line opening with a marker (`[3]……`) is a glossary entry:
    /// under a glossary or appendix heading; or, without a heading, as the
    /// trailing list of a document whose body cites `[1]` before it — the
    /// first entry is `[1]` with a headword, the others continue the count.
    fn is_note(&self, note: &Note) -> bool {
        let role = self.context_role();
        if role == SectionRole::Notes || role == SectionRole::Appendix {
            return true;
        }
        let Ok(n) = note.marker.parse::<usize>() else {
            return false;
        };
        match self.notes.last() {
            Some(last) => last.marker.parse::<usize>().is_ok_and(|m| m + 1 == n),
            None => {
                n == 1
                    && note.term.is_some()
                    && self.first_citation.is_some_and(|at| at < note.span.start)
            }
        }
    }

    /// Scans a span for metrics and records them; returns them.
    fn scan(&mut self, span: Span) -> Vec<Metric> {
        let found = scan_metrics(self.src, self.get(span), span.start);
        self.metrics.extend(found.iter().cloned());
        found
    }

    /// A line that goes on with a target statement cut mid-sentence: its
    /// targets (the first may run over the break), and a closing
    /// responsibility statement that holds for all of the statement's.
    fn targets_go_on(&mut self, open: OpenTargets, span: Span) {
        let (resp, body) = self.responsibility(span);
        let (mut metrics, replaced, crossing) = self.scan_after_break(Some(open.prev_end), body);
        // 其中工业投资增长1⏎0%以上: a quantity across the break replaces what
        // the text before it gave alone (a goal without a number, or the
        // metric it cut short); so does one whose clause the break cut
        // between other cells (城镇、农村居民人均可支配收入分别⏎增长7%)
        let crossed = crossing > 0;
        let across: Vec<Span> = metrics
            .iter()
            .filter(|m| m.span.start < open.prev_end)
            .map(|m| m.span)
            .collect();
        metrics.sort_by_key(|m| m.span.start);
        let cut_goal = |t: &Target| {
            crossed
                && self
                    .text
                    .get(t.span.end..open.prev_end)
                    .is_some_and(|gap| gap.chars().all(is_space))
        };
        if crossed && open.first <= self.targets.len() {
            let mut tail = self.targets.split_off(open.first);
            // (a quantity whose bound word alone followed the break stays
            // where it was: its goal keeps it, bound and all)
            for t in &mut tail {
                let kept = t.metric.as_ref().and_then(|m| {
                    metrics
                        .iter()
                        .find(|a| a.span.start == m.span.start && a.span.end <= open.prev_end)
                });
                if let (Some(a), Some(m)) = (kept, t.metric.as_mut()) {
                    *m = a.clone();
                }
            }
            tail.retain(|t| match &t.metric {
                Some(m) => {
                    !replaced.contains(&m.span.start)
                        || metrics
                            .iter()
                            .any(|a| a == m && a.span.end <= open.prev_end)
                }
                None => {
                    !cut_goal(t)
                        && !across
                            .iter()
                            .any(|a| t.span.end > a.start && t.span.start < a.end)
                }
            });
            self.targets.append(&mut tail);
        }
        let mut units = open.units;
        if let Some(r) = resp {
            // （牵头⏎单位：…）: a statement the line leaves open runs on
            if !r.closed {
                self.open_statement = Some(OpenStatement {
                    owner: Last::Targets(open.first),
                    start: r.span.start,
                    units_before: 0,
                    diagnostic: None,
                    lines: 1,
                });
            }
            units = r.units;
            for t in self.targets.iter_mut().skip(open.first) {
                t.units.clone_from(&units);
            }
        }
        let before = self.targets.len();
        self.targets_from(body, &metrics, open.number.as_ref(), &units, false);
        self.goal_across(open.prev_end, body, before);
        self.last = (self.targets.len() > open.first).then_some(Last::Targets(open.first));
        if !ends_sentence(self.get(body)) && open.lines < MAX_STATEMENT_LINES {
            self.targets_open = Some(OpenTargets {
                prev_end: body.end,
                units,
                lines: open.lines + 1,
                ..open
            });
        }
    }

    /// Where the clause that ends at `end` starts: after the nearest
    /// character `stop` accepts within `limit` characters before `end`, or
    /// `limit` characters back; spaces after it skipped. Also whether a
    /// stop was found.
    fn back_to(&self, end: usize, limit: usize, stop: impl Fn(char) -> bool) -> (usize, bool) {
        let before = self.text.get(..end).unwrap_or("");
        let mut start = end;
        let mut found = false;
        for (k, c) in before.char_indices().rev().take(limit) {
            if stop(c) {
                found = true;
                break;
            }
            start = k;
        }
        let t = self.get(Span::new(start, end));
        (start + t.len() - t.trim_start().len(), found)
    }

    /// A goal without a number that a hard wrap cut before the line `body`
    /// (单⏎位GDP能耗下降完成市下达目标): the first of the targets from
    /// `first` on, when it opens the line, gets back the part before the
    /// break (only spaces between), in its span, indicator and text.
    fn goal_across(&mut self, prev_end: usize, body: Span, first: usize) {
        let gap = self.text.get(prev_end..body.start).unwrap_or("x");
        let before = self.text.get(..prev_end).unwrap_or("");
        if !gap.chars().all(is_space) || !cut_mid_word(before) {
            return;
        }
        let (tail_start, _) = self.back_to(prev_end, 40, |c| {
            clause_break(c) || is_space(c) || c == '\n'
        });
        let Some(tail) = self
            .text
            .get(tail_start..prev_end)
            .filter(|t| !t.is_empty())
        else {
            return;
        };
        let Some(t) = self.targets.get(first) else {
            return;
        };
        if t.metric.is_some() || t.span.start != body.start {
            return;
        }
        let goal = Text::from([tail, t.text.as_str()].concat());
        let name = Text::from([tail, t.indicator.as_str()].concat());
        // (a tail that read as a goal of its own, 实现县城和中, was its head)
        let mut first = first;
        if let Some(j) = self.targets.get(..first).and_then(|ts| {
            ts.iter().rposition(|x| {
                x.metric.is_none() && x.span.start >= tail_start && x.span.end <= prev_end
            })
        }) {
            self.targets.remove(j);
            first -= 1;
        }
        if let Some(t) = self.targets.get_mut(first) {
            t.span.start = tail_start;
            t.text = goal;
            retitle(t, name);
        }
    }

    /// Appends `piece`, a later part of task `i`'s text (a wrapped line, a
    /// wrapped table cell, a second text column), to the task: its text
    /// after `joiner` (joined without the line break: one sentence to read),
    /// its metrics, and, when `broken_at` gives the end of the part before
    /// the break, the quantities the break cut in two (居民3000⏎户).
    fn join_task_text(&mut self, i: usize, piece: Span, broken_at: Option<usize>, joiner: &str) {
        let (found, replaced, _) = self.scan_after_break(broken_at, piece);
        let more = self.get(piece);
        if let Some(t) = self.tasks.get_mut(i) {
            t.text = Text::from([&*t.text, joiner, more].concat());
            t.metrics.retain(|m| !replaced.contains(&m.span.start));
            t.metrics.extend(found);
            t.span.end = t.span.end.max(piece.end);
        }
    }

    /// The metrics of `piece`, a text that goes on after a break ending at
    /// `broken_at` (when it is one): the quantities across the break, and
    /// what the piece reads alone less what those cover (完成投资⏎120亿元以上
    /// is one metric, not an indicator-less 120亿元以上). All are recorded;
    /// also returns the starts of the metrics before the break that the
    /// ones across it replace, and how many metrics were read across it.
    fn scan_after_break(
        &mut self,
        broken_at: Option<usize>,
        piece: Span,
    ) -> (Vec<Metric>, Vec<usize>, usize) {
        let across = broken_at.map_or_else(Vec::new, |at| self.scan_across(at, piece));
        let crossing = across.len();
        let replaced: Vec<usize> = across.iter().map(|m| m.span.start).collect();
        let mut found: Vec<Metric> = Vec::new();
        // 一般公共预算收入增⏎长5%以上、力争6%: what the piece alone named
        // (长) its later quantities name too; they take the name read
        // across the break
        let mut renamed: Vec<(Text, Text)> = Vec::new();
        for mut m in scan_metrics(self.src, self.get(piece), piece.start) {
            // (one whose number stands past it is a quantity of its own
            // whose phrase opens with the break's: 超过10⏎亿元企业达到8家)
            let number_at = m.span.start
                + m.text
                    .find(|c: char| crate::grammar::numeral::starts_numeral(c))
                    .unwrap_or(0);
            let over = across.iter().find(|a| {
                a.span.start < m.span.end && m.span.start < a.span.end && number_at < a.span.end
            });
            if let Some(a) = over {
                if let (Some(old), Some(new)) = (&m.indicator, &a.indicator) {
                    renamed.push((old.clone(), new.clone()));
                }
                continue;
            }
            // (not the values of a 分别 list, which name one each)
            let respective = self
                .text
                .get(piece.start..m.span.start)
                .is_some_and(|h| h.contains("分别"));
            if let Some((_, new)) = renamed
                .iter()
                .filter(|_| !respective)
                .find(|(old, _)| m.indicator.as_ref() == Some(old))
            {
                m.indicator = Some(new.clone());
            }
            found.push(m);
        }
        self.metrics.extend(found.iter().cloned());
        found.extend(across);
        (found, replaced, crossing)
    }

    /// The quantities that a line break cuts in two: the clause that ends
    /// the text before `prev_end` joined with the one that opens `next`
    /// (惠及居民3000⏎户。 → 3000户). Their spans run over the break (or,
    /// when other text stands between the parts, as in a wrapped table
    /// cell, start after it); their text is the source's, break included.
    /// Only the metrics that cross the break are returned (and recorded);
    /// one read before the break from the same start (5.5%⏎… of 5.5%以⏎内)
    /// gives way to them.
    fn scan_across(&mut self, prev_end: usize, next: Span) -> Vec<Metric> {
        let is_boundary = clause_break;
        // the clause's part before the break: back to a clause boundary or
        // the line's start, at most 40 characters
        let (mut tail_start, _) = self.back_to(prev_end, 40, |c| is_boundary(c) || c == '\n');
        // 分别增长6%、7⏎.5%左右: a bare number before the break is one of a
        // list; its clause runs back over 、 and ， to the list's head
        let t = self.get(Span::new(tail_start, prev_end));
        let bare = !t.is_empty() && t.chars().all(|c| c.is_ascii_digit() || c == '.');
        if bare {
            let (from, found) = self.back_to(tail_start, 60, |c| {
                matches!(
                    c,
                    '。' | '；' | ';' | '：' | ':' | '（' | '(' | '）' | ')' | '\n'
                )
            });
            if found {
                tail_start = from;
            }
        }
        // 22.PM2.5平均浓度…以⏎内: an item's number is no part of its clause
        if let Some(o) = heading::ordinal(self.get(Span::new(tail_start, prev_end))) {
            if matches!(
                o.kind,
                OrdinalKind::Arabic | OrdinalKind::ArabicParen | OrdinalKind::Circled
            ) {
                tail_start += o.written.len();
            }
        }
        // 城镇、农村居民人均可支配收入分别⏎增长7%、8%: the names of a 分别
        // list before the break are one clause with the values after it
        let respective = self.get(Span::new(tail_start, prev_end)).contains("分别");
        if respective {
            tail_start = self
                .back_to(tail_start, 60, |c| {
                    c != '、' && (is_boundary(c) || c == '\n')
                })
                .0;
        }
        let tail = self.get(Span::new(tail_start, prev_end));
        let head_text = self.get(next);
        let head_len = head_text
            .char_indices()
            .take(40)
            .find(|&(_, c)| is_boundary(c) && !(respective && c == '、'))
            .map_or(head_text.len().min(120), |(k, _)| k);
        let head = head_text.get(..head_len).unwrap_or("");
        // a clause cut in two: its quantity may stand on either side
        // (惠及居民3000⏎户, 完成投资⏎120亿元以上)
        if tail.is_empty() || head.is_empty() {
            return Vec::new();
        }
        let joined = [tail, head].concat();
        let cut = tail.len();
        // a wrapped table cell has other cells between its parts: the span
        // then keeps to the part after the break
        let adjacent = self
            .text
            .get(prev_end..next.start)
            .is_some_and(|gap| gap.chars().all(is_space));
        let mut out = Vec::new();
        for mut m in scan_metrics(self.src, &joined, 0) {
            // the later values of a 分别 list take their names from before
            // the break too
            let later = respective && m.span.start >= cut && m.indicator.is_some();
            if !(later || m.span.start < cut && m.span.end > cut) {
                continue;
            }
            // (城镇新增就业2100人⏎— 5 —⏎…⏎以上: when only its bound word
            // follows the break, the quantity keeps to the part before it)
            let bound_only = joined
                .get(cut..m.span.end)
                .is_some_and(crate::grammar::quantity::is_suffix_bound);
            let (start, end) = if later {
                (
                    next.start + (m.span.start - cut),
                    next.start + (m.span.end - cut),
                )
            } else if adjacent {
                (tail_start + m.span.start, next.start + (m.span.end - cut))
            } else if bound_only {
                (tail_start + m.span.start, prev_end)
            } else {
                (next.start, next.start + (m.span.end - cut))
            };
            m.span = Span::new(start, end);
            m.text = self.share(self.get(m.span));
            out.push(m);
        }
        if !out.is_empty() {
            // the metrics of the line before are the last recorded ones
            let starts: Vec<usize> = out.iter().map(|m| m.span.start).collect();
            let keep = self
                .metrics
                .iter()
                .rposition(|m| m.span.start < tail_start)
                .map_or(0, |k| k + 1);
            let mut k = keep;
            while k < self.metrics.len() {
                if self
                    .metrics
                    .get(k)
                    .is_some_and(|m| starts.contains(&m.span.start))
                {
                    self.metrics.remove(k);
                } else {
                    k += 1;
                }
            }
        }
        self.metrics.extend(out.iter().cloned());
        out
    }

    /// The responsibility statement of an item's body — a parenthetical, or
    /// an inline label (`……。责任单位：市经信局`) — and the text before it.
    fn responsibility(&self, body: Span) -> (Option<Responsibility>, Span) {
        // 1.市数据资源局：深化…（市政务服务中心配合）: work points may name the
        // units responsible before a colon, the work after it
        let Some((mut head, rest)) = self.units_before_colon(body) else {
            return self.responsibility_in(body);
        };
        let (found, text_span) = self.responsibility_in(rest);
        let span = Span::new(body.start, rest.start);
        let r = match found {
            Some(mut r) => {
                head.append(&mut r.units);
                Responsibility { units: head, ..r }
            }
            None => Responsibility {
                units: head,
                span,
                closed: true,
                timing: None,
            },
        };
        (Some(r), text_span)
    }

    /// The roles of a list after ——: leads before a slash and cooperating
    /// units after it; with no slash, leads only where the document's
    /// legend says so (see `dash_leads`), else the units responsible.
    fn dash_roles(&self, mut units: Vec<Unit>) -> Vec<Unit> {
        if !self.dash_leads && units.iter().all(|u| u.role == Role::Lead) {
            for u in &mut units {
                u.role = Role::Responsible;
            }
        }
        units
    }

    /// The units an item names before a colon, as responsible (leads before
    /// a slash, cooperating after it), and the rest of the item: every name
    /// must be a unit's (市发改委、市司法局：…), so that a label (指标：…) or
    /// a topic (营商环境：…) names none.
    fn units_before_colon(&self, body: Span) -> Option<(Vec<Unit>, Span)> {
        let text = self.get(body);
        let (colon, c) = crate::grammar::colon_within(text, 40)?;
        let head = text.get(..colon)?;
        if head.is_empty() || units::opens_with_role_label(text) {
            return None;
        }
        let mut found = units::dash_list(self.src, head, body.start)?;
        if !head.contains(['/', '／']) {
            for u in &mut found {
                u.role = Role::Responsible;
            }
        }
        let rest = content(
            self.text,
            Span::new(body.start + colon + c.len_utf8(), body.end),
        );
        (!rest.is_empty()).then_some((found, rest))
    }

    fn responsibility_in(&self, body: Span) -> (Option<Responsibility>, Span) {
        let text = self.get(body);
        // 牵头单位：县工信局；配合单位：县科技局。新增…: roles that open the
        // item, up to its first full stop; the text follows them
        // (the text may come on the next line: the item's text is empty)
        if let Some(end) = first_full_stop(text) {
            let roles = Span::new(body.start, body.start + end);
            let after = content(self.text, Span::new(roles.end, body.end));
            if let Some(r) = units::parse_role_line(self.src, self.get(roles), roles.start)
                .filter(|r| !r.units.is_empty())
            {
                return (Some(r), after);
            }
        }
        if let Some(mut r) = units::find_parenthetical(self.src, text, body.start) {
            // (主责单位:…) 完成时限:2024年12月底: a timing label after the group
            if r.timing.is_none() {
                let after = content(self.text, Span::new(r.span.end, body.end));
                let rest = self.get(after);
                if let Some(value) = deadline_line(rest) {
                    r.timing = Some(Span::new(after.end - value.len(), after.end));
                } else if let Some(inner) = rest
                    .strip_prefix(['（', '('])
                    .and_then(|r| r.strip_suffix(['）', ')']))
                    .filter(|t| units::is_timing(t))
                {
                    // （牵头单位：…）（2024年12月底前）: the deadline in brackets
                    let open = rest.len() - rest.trim_start_matches(['（', '(']).len();
                    let at = after.start + open;
                    r.timing = Some(Span::new(at, at + inner.len()));
                }
            }
            let mut text_span = content(self.text, Span::new(body.start, r.span.start));
            if text_span.is_empty() {
                // 1.（区发改局牵头,……）编制……: the statement leads, the text follows
                text_span = content(self.text, Span::new(r.span.end, body.end));
            }
            return (Some(r), text_span);
        }
        // an inline label (责任单位：, ……。牵头：, 责任领导：) or one in brackets
        // (【牵头单位】县工信局), anywhere after the start
        let label = inline_label(text)
            .into_iter()
            .chain(units::first_bracket_label(text).filter(|&at| at > 0))
            .min();
        if let Some(at) = label {
            // 【牵头单位：…】: the bracket before the label opens the statement
            let at = text
                .get(..at)
                .and_then(|h| h.strip_suffix(['【', '[', '［']))
                .map_or(at, str::len);
            let rest = Span::new(body.start + at, body.end);
            if let Some(r) = units::parse_role_line(self.src, self.get(rest), rest.start) {
                return (
                    Some(r),
                    content(self.text, Span::new(body.start, rest.start)),
                );
            }
        }
        // ……。——区工信局/区统计局: names after a dash that ends the item
        if let Some(mut r) = units::dash_units(self.src, text, body.start) {
            r.units = self.dash_roles(r.units);
            let text_span = content(self.text, Span::new(body.start, r.span.start));
            if !text_span.is_empty() {
                return (Some(r), text_span);
            }
        }
        if let Some(r) = units::bare_unit_group(self.src, text, body.start) {
            let text_span = content(self.text, Span::new(body.start, r.span.start));
            if !text_span.is_empty() {
                return (Some(r), text_span);
            }
        }
        // ……。由市农业农村局会同市发展改革委负责。: a closing sentence
        if let Some(r) = units::closing_sentence(self.src, text, body.start) {
            let text_span = content(self.text, Span::new(body.start, r.span.start));
            return (Some(r), text_span);
        }
        (None, content(self.text, body))
    }

    fn item(&mut self, span: Span, o: Ordinal<'_>) {
        let body = content(self.text, Span::new(span.start + o.written.len(), span.end));
        // 1.“十四五”：…… under a glossary heading (名词解释) is an entry of it
        if self.context_role() == SectionRole::Notes
            && matches!(
                o.kind,
                OrdinalKind::Arabic | OrdinalKind::ArabicParen | OrdinalKind::Circled
            )
        {
            let note = note_from(self.src, o.number, self.get(body), span);
            self.notes.push(note);
            return;
        }
        // 1.地区生产总值增长7.5%左右，实际增长8.2%，完成年度目标；: a work
        // report's review lists what was done, no work to do
        if self.kind == DocumentKind::WorkReport && self.context_role() == SectionRole::Review {
            self.scan(span);
            self.last = None;
            return;
        }
        if o.kind == OrdinalKind::Circled && self.circled_roles_go_on(span, body) {
            return;
        }
        let (resp, text_span) = self.responsibility(body);
        // 第十七条 本方案由市工信局负责解释: an article of the closing rules
        // (or of the principles) is no task; one with units still is
        if resp.is_none() && self.in_preamble() {
            self.paragraph(span);
            return;
        }
        // an annex may be the task table itself (附件：重点工作任务分解表);
        // its blank template rows (1.……) are placeholders
        if is_placeholder(self.get(text_span)) {
            return;
        }
        // a bullet is a task of its own unless it lists the parts of the
        // numbered task above it: that task ends in a colon (……主要包括：),
        // or the bullet names no units of its own
        let part_of_above =
            |t: &Task| t.number.is_some() && (t.text.ends_with([':', '：']) || resp.is_none());
        let bullet_task = o.kind == OrdinalKind::Bullet
            && !matches!(self.last, Some(Last::Task(i)) if self.tasks.get(i).is_some_and(part_of_above));
        // (1) after (1) is a sibling; (1) after 1. or （一） is a part
        let sibling = self.entry_kind.is_some_and(|k| k >= o.kind);
        // 3.1 under 3. is a numbered task of its own
        let own_number = matches!(o.kind, OrdinalKind::Arabic | OrdinalKind::Decimal);
        if !own_number && !bullet_task && !sibling {
            // 1、全力以赴稳增长 ⏎ （1）…（牵头单位：…）: a sub-item with units of
            // its own under a bare title makes the title a heading, and the
            // sub-items its tasks
            // (and so does one whose role lines follow it: （1）推进…。⏎
            // 第一责任单位：…)
            let titled = match (self.last, &resp) {
                (Some(Last::Task(i)), Some(r)) if !r.units.is_empty() => {
                    self.bare_title(i).then_some(i)
                }
                (Some(Last::Task(i)), None) if self.roles_follow => self.bare_title(i).then_some(i),
                _ => None,
            };
            if let Some(i) = titled {
                self.title_to_heading(i);
                self.last = None;
            }
            if let Some(Last::Task(i)) = self.last {
                // a sub-item (（1）, ①) belongs to the task above it
                let found = self.scan(text_span);
                if let Some(t) = self.tasks.get_mut(i) {
                    t.metrics.extend(found);
                    t.span.end = t.span.end.max(span.end);
                    if let Some(r) = resp {
                        t.units.extend(r.units);
                    }
                }
                // (and so do the lines a wrap cut it into)
                self.sub_item_cut = cut_mid_word(self.get(text_span)).then_some((i, text_span.end));
                return;
            }
        }
        // 2、 after the 1、 that became a heading over its sub-items closes it
        while self.stack.last().is_some_and(|top| {
            top.rank >= o.kind
                && matches!(
                    top.rank,
                    OrdinalKind::Arabic
                        | OrdinalKind::Decimal
                        | OrdinalKind::ArabicParen
                        | OrdinalKind::Circled
                )
        }) {
            if let Some(open) = self.stack.pop() {
                self.close(open);
            }
        }
        let number = (!bullet_task).then(|| self.share(o.number));
        self.entry_kind = Some(o.kind);
        self.entry(number, span, text_span, resp, None);
    }

    /// Reads the closing sentence of roles (由…牵头，…配合。) that task `i`'s
    /// wrapped lines end in, from the source with its line breaks, and
    /// takes it out of the task's text.
    fn closing_sentence_across(&mut self, i: usize) {
        let Some(span) = self.tasks.get(i).map(|t| t.span) else {
            return;
        };
        let Some(r) = units::closing_sentence(self.src, self.get(span), span.start)
            .filter(|r| !r.units.is_empty())
        else {
            return;
        };
        // the sentence as the task's text holds it: joined without breaks
        let said: String = self
            .get(Span::new(r.span.start, span.end))
            .chars()
            .filter(|c| !matches!(c, '\n' | '\r') && !is_space(*c))
            .collect();
        let timing = r.timing.map(|t| self.deadline(t));
        if let Some(t) = self.tasks.get_mut(i) {
            let kept: String = t.text.chars().filter(|c| !is_space(*c)).collect();
            if let Some(head) = kept.strip_suffix(said.as_str()) {
                if t.text.chars().all(|c| !is_space(c)) {
                    t.text = Text::from(head);
                }
            }
            t.units.extend(r.units);
            if let Some(d) = timing {
                t.deadline.get_or_insert(d);
            }
        }
    }

    /// A responsibility statement in a bracket that the text from `start` to
    /// `prev_end` leaves open (within its last 40 characters) and the line
    /// `span` closes, with nothing but punctuation after it; and where the
    /// bracket opens.
    fn bracket_across(
        &self,
        start: usize,
        prev_end: usize,
        span: Span,
    ) -> Option<(Responsibility, usize)> {
        let head = self.text.get(start..prev_end)?;
        let from = head.char_indices().rev().nth(39).map_or(0, |(k, _)| k);
        let inner = open_bracket(head.get(from..)?)?;
        let bracket = head
            .get(..head.len() - inner.len())?
            .chars()
            .next_back()?
            .len_utf8();
        let open_at = prev_end - inner.len() - bracket;
        let whole = self.get(Span::new(open_at, span.end));
        let r = units::find_parenthetical(self.src, whole, open_at)?;
        let rest = self.text.get(r.span.end..span.end)?;
        (r.span.start == open_at
            && r.closed
            && !r.units.is_empty()
            && rest
                .trim_matches(|c: char| is_space(c) || matches!(c, '。' | '；' | ';'))
                .is_empty())
        .then_some((r, open_at))
    }

    /// Whether a circled item goes on with the role line right above it,
    /// whose list it numbers (配合单位：①镇规划建设办公室 ⏎ 　　②各村（社区）):
    /// its names are the last task's, in the role of the line's last names.
    fn circled_roles_go_on(&mut self, span: Span, body: Span) -> bool {
        let Some(Last::Task(i)) = self.last else {
            return false;
        };
        let text = self.text;
        let line_start = text.get(..span.start).and_then(|b| b.rfind('\n'));
        let before = text
            .get(..line_start.unwrap_or(0))
            .unwrap_or("")
            .trim_end_matches('\r');
        let prev_start = before.rfind('\n').map_or(0, |at| at + 1);
        let prev = before.get(prev_start..).unwrap_or("");
        let list = self.get(body);
        if !prev.contains(|c| ('①'..='⑳').contains(&c))
            || !at_most_chars(list, 40)
            || list.contains(['。', '：', ':'])
        {
            return false;
        }
        let Some(role) = units::parse_role_line(self.src, prev, prev_start)
            .and_then(|r| r.units.last().map(|u| u.role))
        else {
            return false;
        };
        // the line's names went to that task
        let Some(task) = self
            .tasks
            .get_mut(i)
            .filter(|t| t.units.last().is_some_and(|u| u.span.start >= prev_start))
        else {
            return false;
        };
        let names = units::parse_list(self.src, list, body.start, role);
        if names.is_empty() {
            return false;
        }
        task.units.extend(names);
        task.span.end = task.span.end.max(span.end);
        true
    }

    /// Whether task `i`, the last one, is a bare title: numbered, one line,
    /// short, with no units, deadline or metrics of its own.
    fn bare_title(&self, i: usize) -> bool {
        i + 1 == self.tasks.len()
            && self.tasks.get(i).is_some_and(|t| {
                t.number.is_some()
                    && t.units.is_empty()
                    && t.deadline.is_none()
                    && t.metrics.is_empty()
                    && at_most_chars(&t.text, 30)
                    && !self.get(t.span).contains('\n')
            })
    }

    /// Turns the last task, a bare title over sub-items with units of their
    /// own, into the heading it is.
    fn title_to_heading(&mut self, i: usize) {
        let Some(t) = self.tasks.get(i) else { return };
        let span = t.span;
        let Some(o) = heading::ordinal(self.get(span)) else {
            return;
        };
        self.tasks.truncate(i);
        self.heading(span, o);
    }

    /// A numbered entry (item or table row): a task, or targets inside a
    /// target section.
    fn entry(
        &mut self,
        number: Option<Text>,
        span: Span,
        text_span: Span,
        resp: Option<Responsibility>,
        deadline_cell: Option<Deadline>,
    ) {
        if let Some(r) = &resp {
            if r.units.len() >= units::MAX_UNITS {
                self.diagnostics.push(Diagnostic::new(
                    DiagnosticCode::LimitExceeded,
                    Severity::Warning,
                    r.span,
                    format!("unit list cut at {} names", units::MAX_UNITS),
                ));
            }
            if !r.closed {
                self.diagnostics.push(Diagnostic::new(
                    DiagnosticCode::UnitListUnclosed,
                    Severity::Warning,
                    r.span,
                    "responsibility parenthetical is not closed",
                ));
            }
        }
        let unclosed = resp
            .as_ref()
            .filter(|r| !r.closed)
            .map(|r| (r.span.start, self.diagnostics.len().checked_sub(1)));
        let metrics = self.scan(text_span);
        let text = self.get(text_span);
        let long = !at_most_chars(text, 80);
        // a work report's numbered paragraph that opens with a lead phrase
        // (（一）坚定不移推进工业强县。实施……) is a task even under a heading
        // of 目标任务: its targets are stated in sentences
        let report_task = self.kind == DocumentKind::WorkReport && lead_phrase(text).is_some();
        if self.context_role() == SectionRole::Targets
            && (!metrics.is_empty() || !long)
            && !report_task
        {
            let open_line = resp.is_none() && !ends_sentence(text);
            let units = resp.map(|r| r.units).unwrap_or_default();
            let first = self.targets.len();
            // （一）地区生产总值。2016年完成情况：增长7.8%。2017年目标：增长8%
            // 左右。: the goal is what follows its label, the indicator the
            // item's title; what was achieved is no goal
            match labelled_goal(text) {
                Some((title_end, goal_at)) => {
                    let title = self.share(text.get(..title_end).unwrap_or(""));
                    let goal = Span::new(text_span.start + goal_at, text_span.end);
                    let in_goal: Vec<Metric> = metrics
                        .iter()
                        .filter(|m| m.span.start >= goal.start)
                        .cloned()
                        .collect();
                    self.targets_from(goal, &in_goal, number.as_ref(), &units, true);
                    for t in self.targets.iter_mut().skip(first) {
                        // 城乡居民人均可支配收入。…目标：分别增长8.5%、9%: a
                        // half of the pair the title names keeps its half
                        let half = t.metric.as_ref().and_then(|m| m.indicator.as_deref());
                        let name = half
                            .and_then(|h| metric::narrow_pair(&title, h))
                            .map_or_else(|| title.clone(), Text::from);
                        retitle(t, name);
                    }
                }
                None => {
                    // 1.经济增长目标。地区生产总值增长7%左右（…）: a run-in
                    // title names the group of goals, it is none of them
                    let goals = run_in_title(text).map_or(text_span, |end| {
                        content(self.text, Span::new(text_span.start + end, text_span.end))
                    });
                    let parts = self.goals_with_own_units(goals, &units);
                    for (part, part_units) in parts {
                        let inside: Vec<Metric> = metrics
                            .iter()
                            .filter(|m| m.span.start >= part.start && m.span.end <= part.end)
                            .cloned()
                            .collect();
                        self.targets_from(part, &inside, number.as_ref(), &part_units, true);
                    }
                }
            }
            if self.targets.len() > first {
                self.last = Some(Last::Targets(first));
                // 7.粮食产量稳定在42万吨以上；单位地区生产总值⏎能耗降低…: an
                // item cut mid-sentence goes on over the next lines
                if open_line {
                    self.targets_open = Some(OpenTargets::new(
                        first,
                        text_span.end,
                        Vec::new(),
                        number.clone(),
                    ));
                }
                // a goal's statement that runs on to the next lines
                self.open_statement = unclosed.map(|(start, diagnostic)| OpenStatement {
                    owner: Last::Targets(first),
                    start,
                    units_before: 0,
                    diagnostic,
                    lines: 1,
                });
            }
            return;
        }
        let mut units = self.group_lead();
        units.extend(self.shared_roles_for(number.as_deref()));
        let group_len = units.len();
        let mut deadline = None;
        if let Some(r) = resp {
            units.extend(r.units);
            if let Some(t) = r.timing {
                deadline = Some(self.deadline(t));
            }
        }
        if deadline_cell.is_some() {
            deadline = deadline_cell;
        }
        if deadline.is_none() {
            if let Some(found) = date::find_deadline(text, self.plan_year) {
                let span = Span::new(text_span.start + found.start, text_span.start + found.end);
                deadline = Some(Deadline {
                    text: self.share(self.get(span)),
                    date: found.date,
                    span,
                });
            }
        }
        let headline = lead_phrase(text)
            .map(|n| self.share(text.get(..n).unwrap_or("").trim_end_matches('。')));
        let path = self.path();
        // ② is a number in a circle, the circle its punctuation (as the
        // dot of 2.): the task keeps the number in digits
        let number = number.map(|n| match n.chars().next().map(circled_value) {
            Some(Some(v)) => Text::from(v.to_string()),
            _ => n,
        });
        self.check_numbering(number.as_deref(), &path, span);
        self.open_statement = unclosed.map(|(start, diagnostic)| OpenStatement {
            owner: Last::Task(self.tasks.len()),
            start,
            units_before: group_len,
            diagnostic,
            lines: 1,
        });
        self.push_task(Task {
            number,
            path,
            headline,
            text: self.share(text),
            units,
            deadline,
            metrics,
            span,
        });
        self.last = Some(Last::Task(self.tasks.len() - 1));
    }

    /// The goals of a target item as parts with their units: the whole text
    /// with the item's `units`, or, when goals before the last carry
    /// statements of their own (地区生产总值增长7%左右（责任单位：县发改委）；
    /// 规模以上工业增加值增长8.5%（责任单位：县工信局）；…), each `；`-part
    /// without its statement, with that statement's units (a part without
    /// one takes the next part's; the last part, the item's).
    fn goals_with_own_units(&self, span: Span, units: &[Unit]) -> Vec<(Span, Vec<Unit>)> {
        let text = self.get(span);
        let whole = vec![(span, units.to_vec())];
        if !text.contains(['（', '(']) {
            return whole;
        }
        let mut parts: Vec<(Span, Option<Vec<Unit>>)> = Vec::new();
        for (a, b) in parts_at(text, |_, c| matches!(c, '；' | ';' | '。')) {
            let part = Span::new(span.start + a, span.start + b);
            let part_text = self.get(part);
            match units::find_parenthetical(self.src, part_text, part.start)
                .filter(|r| !r.units.is_empty())
            {
                Some(r) => {
                    let before = content(self.text, Span::new(part.start, r.span.start));
                    parts.push((before, Some(r.units)));
                }
                None => parts.push((content(self.text, part), None)),
            }
        }
        if parts.iter().all(|(_, u)| u.is_none()) {
            return whole;
        }
        let mut next: Vec<Unit> = units.to_vec();
        let mut out: Vec<(Span, Vec<Unit>)> = Vec::with_capacity(parts.len());
        for (part, own) in parts.into_iter().rev() {
            if let Some(own) = own {
                next = own;
            }
            if !part.is_empty() {
                out.push((part, next.clone()));
            }
        }
        out.reverse();
        out
    }

    /// Reads a responsibility statement again with the line `span` added;
    /// returns whether the line belonged to it.
    fn continue_statement(&mut self, os: OpenStatement, span: Span) -> bool {
        // a statement runs on in short lines; a long one is text of its own
        if self.last.is_none_or(|l| l != os.owner)
            || os.lines >= MAX_STATEMENT_LINES
            || !at_most_chars(self.get(span), 80)
        {
            return false;
        }
        let whole = Span::new(os.start, span.end);
        // the page's furniture inside it is no part of it (责任单位：市 ⏎
        // — 11 — ⏎ 云峤市人民政府公报 ⏎ 自然资源和规划局): read without it, the
        // spans mapped back past it
        let cuts: Vec<Span> = self
            .cuts
            .iter()
            .copied()
            .filter(|c| c.start >= whole.start && c.end <= whole.end)
            .collect();
        let joined: Cow<'_, str> = if cuts.is_empty() {
            Cow::Borrowed(self.get(whole))
        } else {
            let mut out = String::with_capacity(whole.len());
            let mut at = whole.start;
            for c in &cuts {
                out.push_str(self.get(Span::new(at, c.start)));
                at = c.end;
            }
            out.push_str(self.get(Span::new(at, whole.end)));
            Cow::Owned(out)
        };
        let text = joined.as_ref();
        let bracket = text.starts_with(['(', '（']);
        let r = if bracket {
            units::find_parenthetical(self.src, text, os.start)
        } else {
            units::parse_role_line(self.src, text, os.start)
        };
        let Some(mut r) = r.filter(|r| r.span.start == os.start) else {
            // a bracket that closes here stating no roles (（县经开⏎区内）)
            // was no responsibility statement: its warning goes
            if bracket && text.contains(['）', ')']) {
                self.withdraw_unclosed(os.diagnostic);
            }
            return false;
        };
        if !cuts.is_empty() {
            r.span = uncut(r.span, &cuts);
            r.timing = r.timing.map(|t| uncut(t, &cuts));
            for u in &mut r.units {
                let span = uncut(u.span, &cuts);
                // a name the furniture broke is written, in the source,
                // with the furniture inside: `raw` is what the span holds
                if span.len() != u.span.len() {
                    u.raw = Text::within(self.src, self.get(span));
                }
                u.span = span;
            }
        }
        let closed = if bracket {
            r.closed
        } else {
            !list_unfinished(text)
        };
        let timing = r.timing.map(|t| self.deadline(t));
        match os.owner {
            Last::Task(i) => {
                if let Some(t) = self.tasks.get_mut(i) {
                    t.units.truncate(os.units_before);
                    t.units.extend(r.units);
                    if let Some(d) = timing {
                        t.deadline.get_or_insert(d);
                    }
                    t.span.end = t.span.end.max(span.end);
                }
            }
            Last::Targets(first) => {
                for t in self.targets.iter_mut().skip(first) {
                    t.units.truncate(os.units_before);
                    t.units.extend(r.units.iter().cloned());
                }
            }
        }
        if closed {
            // the parenthetical closes on this line after all
            self.withdraw_unclosed(os.diagnostic);
        } else {
            self.open_statement = Some(OpenStatement {
                lines: os.lines + 1,
                ..os
            });
        }
        true
    }

    /// Takes back the `unit_list_unclosed` warning at index `d`, if it is
    /// one (the list is sorted by position at the end).
    fn withdraw_unclosed(&mut self, d: Option<usize>) {
        if let Some(d) = d {
            if self
                .diagnostics
                .get(d)
                .is_some_and(|d| d.code == DiagnosticCode::UnitListUnclosed)
            {
                self.diagnostics.swap_remove(d);
            }
        }
    }

    fn deadline(&self, span: Span) -> Deadline {
        let text = self.get(span);
        Deadline {
            text: self.share(text),
            date: date::resolve_deadline(text, self.plan_year),
            span,
        }
    }

    fn check_numbering(&mut self, number: Option<&str>, path: &[Text], span: Span) {
        let Some(n) = number.and_then(heading::ordinal_value) else {
            return;
        };
        if let Some((prev, prev_path)) = &self.last_number {
            if prev_path.as_slice() == path && n != prev + 1 {
                self.diagnostics.push(Diagnostic::new(
                    DiagnosticCode::NumberingRestart,
                    Severity::Info,
                    span,
                    format!("item {n} follows item {prev}"),
                ));
            }
        }
        self.last_number = Some((n, path.to_vec()));
    }

    /// A qualitative target: the goal `text` (a slice of the source) stated
    /// at `span`, its own indicator.
    fn goal(&self, text: &str, span: Span, number: Option<&Text>, units: &[Unit]) -> Target {
        let goal = self.share(text);
        Target {
            number: number.cloned(),
            indicator: goal.clone(),
            standard: standard_key(&goal),
            metric: None,
            units: units.to_vec(),
            text: goal,
            span,
        }
    }

    /// Targets from a target statement: one per metric, plus qualitative
    /// goals for clauses without a number.
    fn targets_from(
        &mut self,
        span: Span,
        metrics: &[Metric],
        number: Option<&Text>,
        units: &[Unit],
        list: bool,
    ) {
        let text = self.get(span);
        // 注：1.地区生产总值增速按可比价计算: a note on the goals sets none
        if labelled_by(text, &["注", "说明", "备注"]) {
            return;
        }
        let parts = clauses(text);
        let single = parts.len() == 1;
        let semicolons = text.contains(['；', ';']);
        let statement_first = self.targets.len();
        for (a, b) in parts {
            let clause = Span::new(span.start + a, span.start + b);
            let inside: Vec<&Metric> = metrics
                .iter()
                .filter(|m| m.span.start < clause.end && m.span.end > clause.start)
                .collect();
            let clause_text = self.get(clause).trim();
            if inside.is_empty() {
                // 地区生产总值增长7.5%左右；剩余贫困人口全部脱贫；…: in a
                // statement that parts its goals with semicolons, a whole
                // part without a number is a goal, whatever its verb
                let semis = semicolons
                    && text.get(..a).is_some_and(|h| {
                        h.trim_end().is_empty() || h.ends_with(['；', ';', '：', ':'])
                    })
                    && text
                        .get(b..)
                        .is_some_and(|t| t.starts_with(['；', ';', '。']))
                    && (4..=40).contains(&clause_text.chars().count());
                // 经济增长方面，地区生产总值增长6%左右: a topic that opens
                // the goals is none of them
                let topic = ["方面", "领域"].iter().any(|w| clause_text.ends_with(w))
                    && at_most_chars(clause_text, 12);
                // 其他主要预期目标安排见表1: a pointer to the goals elsewhere
                let pointer = ["见表", "见附表", "见附件"]
                    .iter()
                    .any(|w| clause_text.contains(w));
                if !topic
                    && !pointer
                    && (semis
                        || qualitative_goal(clause_text)
                        || (list && single && clause_text.chars().count() <= 40))
                {
                    let goal = clause_text.trim_start_matches(['力', '争', '确', '保']);
                    let target = self.goal(goal, content(self.text, clause), number, units);
                    self.targets.push(target);
                }
                continue;
            }
            let first = self.targets.len();
            // 城镇新增就业60万人以上、…、进出口保稳提质: a goal without a number
            // may be listed among the metrics' goals with 、 (the names before
            // 分别 are its subjects: 社会消费品零售总额、一般公共预算收入分别增长…)
            let respective = clause_text.contains("分别");
            for (pa, pb) in enumerated(self.get(clause))
                .into_iter()
                .filter(|_| !respective)
            {
                let part = content(self.text, Span::new(clause.start + pa, clause.start + pb));
                let alone = !inside
                    .iter()
                    .any(|m| m.span.start < part.end && m.span.end > part.start);
                let goal_text = self.get(part);
                if alone && part.len() < clause.len() && qualitative_goal(goal_text) {
                    let target = self.goal(goal_text, part, number, units);
                    self.targets.push(target);
                }
            }
            // a 分别 list has given each metric its own indicator already
            for &m in &inside {
                // 培育年产值超10亿元的龙头企业3—5家: a threshold that
                // qualifies a noun is no goal of its own
                // (nor does one named by the noun right after it when the
                // count of that noun follows: 其中10亿元以上项目5个)
                // (an age threshold before its noun neither: 为65岁以上老年人
                // 免费体检)
                let after = self.text.get(m.span.end..).unwrap_or("");
                let qualifies = after.starts_with('的')
                    || inside.iter().any(|n| n.span.start == m.span.end)
                    || (m.unit.as_deref() == Some("岁")
                        && after.chars().next().is_some_and(crate::grammar::is_cjk));
                if qualifies || self.aside(clause, m.span) {
                    continue;
                }
                // (其中10亿元以上项目5个: the count of the noun a threshold
                // qualifies is named by the threshold's phrase)
                let threshold = inside
                    .iter()
                    .find(|n| n.span.end == m.span.start)
                    .map(|n| self.share(n.text.trim_start_matches("其中")));
                let indicator = m
                    .indicator
                    .clone()
                    .or(threshold)
                    .unwrap_or_else(|| self.share(clause_text));
                // 地区生产总值增长6.5%，力争7%: the stretch figure of the goal
                // just set is a metric of it, not a second goal
                let lead_in = self
                    .text
                    .get(clause.start..m.span.start)
                    .and_then(|h| h.rsplit(['、', '，', ',']).next())
                    .unwrap_or("")
                    .trim_start();
                // (在实际工作中力争达到6.5%: after a manner phrase, naming
                // no indicator of its own)
                let manner = self
                    .text
                    .get(clause.start..m.span.end)
                    .map(str::trim_start)
                    .and_then(|p| p.find("力争").and_then(|at| p.get(..at)))
                    .is_some_and(|h| h.starts_with('在') || h.starts_with("实际工作"));
                let stretch = (manner
                    || ((clause_text.starts_with("力争") || lead_in.starts_with("力争"))
                        && self
                            .targets
                            .get(statement_first..)
                            .and_then(<[Target]>::last)
                            .is_some_and(|t| t.indicator == indicator)))
                    && statement_first < self.targets.len();
                if stretch {
                    continue;
                }
                self.targets.push(metric_target(
                    number.cloned(),
                    indicator,
                    m.clone(),
                    units.to_vec(),
                ));
            }
            // in the order written
            if let Some(clause_targets) = self.targets.get_mut(first..) {
                clause_targets.sort_by_key(|t| t.span.start);
            }
        }
    }

    /// Whether a metric of a target statement's clause is a figure beside
    /// the goals rather than one of them: last year's (城镇新增就业不低于2000人
    /// （上年完成2156人）), one in a bracketed aside, or in a work report a
    /// figure for the five years (提高0.15个百分点，“十五五”末达到3%).
    fn aside(&self, clause: Span, metric: Span) -> bool {
        let (Some(head), Some(phrase)) = (
            self.text.get(clause.start..metric.start),
            self.text.get(clause.start..metric.end),
        ) else {
            return false;
        };
        let phrase = phrase.trim_start();
        if ["上年", "去年", "上一年"]
            .iter()
            .any(|w| phrase.starts_with(w))
        {
            return true;
        }
        // 规模以上工业增加值去年增长8.1%，今年力争增长7%以上; 由去年下降2.3%
        // 转为增长3%左右: last year's figure, in the clause of this year's
        let before_number = phrase.trim_end_matches(|c: char| !crate::grammar::is_digit(c));
        // (较上年增长20%, 比上年提高1个百分点: the base of a change)
        if let Some(at) = ["去年", "上年", "上一年"]
            .iter()
            .filter_map(|w| before_number.rfind(w).map(|k| (k, k + w.len())))
            .max()
            .filter(|(k, _)| {
                !before_number
                    .get(..*k)
                    .is_some_and(|h| h.ends_with(['较', '比']))
            })
            .map(|(_, at)| at)
        {
            let since = before_number.get(at..).unwrap_or("");
            if !["今年", "力争", "确保", "转为", "基础上", "，", ","]
                .iter()
                .any(|w| since.contains(w))
            {
                return true;
            }
        }
        // （其中工业投资增长12%）: a share of the goal is a goal of its own
        if let Some(note) = open_bracket(head) {
            if !note.starts_with("其中") && !note.starts_with('含') {
                return true;
            }
        }
        self.kind == DocumentKind::WorkReport && spans_years(phrase)
    }

    /// A line that names an indicator before a colon and its goal after it
    /// (`地区生产总值增速：6%左右`, `城镇新增就业：31万人以上`,
    /// `城乡居民人均可支配收入增速：与经济增长基本同步`): a target named by the
    /// indicator, its figure read with the name. False for anything else
    /// (a label such as 说明：, a sentence with a colon inside).
    fn goal_line(&mut self, span: Span) -> bool {
        let line = self.get(span);
        let Some((at, colon)) = crate::grammar::colon_within(line, 21) else {
            return false;
        };
        let name = line.get(..at).unwrap_or("").trim();
        let value_span = content(
            self.text,
            Span::new(span.start + at + colon.len_utf8(), span.end),
        );
        let value = self
            .get(value_span)
            .trim_end_matches(['；', ';', '。', '，', ',']);
        let value_span = Span::new(value_span.start, value_span.start + value.len());
        let plain_name = (2..=20).contains(&name.chars().count())
            && name
                .chars()
                .all(|c| crate::grammar::is_cjk(c) || c.is_ascii_alphanumeric())
            && !name.contains(|c: char| crate::grammar::is_digit(c) && !c.is_ascii_alphanumeric())
            && ![
                "情况", "说明", "备注", "要求", "时限", "时间", "单位", "部门", "领导", "措施",
                "任务", "目标", "指标", "来源",
            ]
            .iter()
            .any(|w| name.ends_with(w));
        if !plain_name || value.is_empty() || !at_most_chars(value, 30) {
            return false;
        }
        let lead = line.len() - line.trim_start().len();
        let name_span = Span::new(span.start + lead, span.start + lead + name.len());
        let first = self.targets.len();
        match Metric::parse(&[name, value].concat()) {
            // (a figure with its unit: 联系电话：0735-8812345 is none)
            Ok(mut m)
                if m.unit.is_some() && value.contains(|c: char| crate::grammar::is_digit(c)) =>
            {
                m.span = value_span;
                m.text = self.share(value);
                m.indicator = Some(self.share(name));
                self.metrics.push(m.clone());
                let indicator = self.share(name);
                self.targets
                    .push(metric_target(None, indicator, m, Vec::new()));
            }
            _ if qualitative_goal(value) => {
                let goal = self.goal(name, name_span, None, &[]);
                let text = self.share(self.get(Span::new(name_span.start, value_span.end)));
                self.targets.push(Target {
                    text,
                    span: Span::new(name_span.start, value_span.end),
                    ..goal
                });
            }
            _ => return false,
        }
        self.last = Some(Last::Targets(first));
        true
    }

    /// One line of a target list below a target statement: targets when it
    /// holds a quantity or states a goal. Returns whether it did.
    fn target_line(&mut self, span: Span) -> bool {
        // these targets weigh what is needed against what is possible: an
        // explanation of the list, none of it
        if explains_targets(self.get(span)) {
            return false;
        }
        // ◆地区生产总值增长5%: a list's bullet is no part of its goal
        let span = match heading::ordinal(self.get(span).trim_start()) {
            Some(o) if o.kind == OrdinalKind::Bullet => {
                let indent = self.get(span).len() - self.get(span).trim_start().len();
                content(
                    self.text,
                    Span::new(span.start + indent + o.written.len(), span.end),
                )
            }
            _ => span,
        };
        let line = self.get(span);
        // 6%左右 ⏎ 地区生产总值增长: a news page's figure, then its caption
        if let Some(figure) = self.figure.take() {
            if self.caption(figure, span) {
                return true;
            }
        }
        let found = scan_metrics(self.src, line, span.start);
        // a line that is nothing but a figure waits for its caption
        if let [m] = found.as_slice() {
            if m.indicator.is_none() && m.text.as_str() == line.trim() {
                self.figure = Some(Figure::Metric(self.metrics.len()));
                self.metrics.push(m.clone());
                return true;
            }
        }
        if found.is_empty()
            && !clauses(line)
                .iter()
                .any(|(a, b)| line.get(*a..*b).is_some_and(qualitative_goal))
        {
            return false;
        }
        self.metrics.extend(found.iter().cloned());
        let first = self.targets.len();
        self.targets_from(span, &found, None, &[], false);
        self.last = (self.targets.len() > first).then_some(Last::Targets(first));
        // (与经济增长同步 ⏎ 居民人均可支配收入增长: a short goal may be a
        // figure too)
        if found.is_empty() && self.targets.len() == first + 1 && at_most_chars(line.trim(), 10) {
            self.figure = Some(Figure::Goal(first));
        }
        true
    }

    /// The caption under a news page's figure (`地区生产总值增长` under
    /// `6%左右`): a short line without a digit that ends in a change word or
    /// names a standard indicator. It names the figure's indicator and
    /// change; what follows it in brackets is read on its own
    /// (`固定资产投资增长（其中工业投资增长12%）`). False when the line is no
    /// caption.
    fn caption(&mut self, figure: Figure, span: Span) -> bool {
        const CHANGES: &[&str] = &["增长", "下降", "提高", "降低", "增加", "减少"];
        let line = self.get(span).trim();
        let head_len = line.find(['（', '(']).unwrap_or(line.len());
        let head = line
            .get(..head_len)
            .unwrap_or("")
            .trim_end_matches(['，', ',']);
        let caption = (2..=20).contains(&head.chars().count())
            && !head.contains(|c: char| crate::grammar::is_digit(c))
            && !head.contains(['。', '；', '：', ':'])
            && (CHANGES.iter().any(|w| head.ends_with(w)) || standard_key(head).is_some());
        if !caption {
            return false;
        }
        match figure {
            Figure::Metric(k) => {
                let Some(m) = self.metrics.get(k).cloned() else {
                    return false;
                };
                let Ok(read) = Metric::parse(&[head, m.text.as_str()].concat()) else {
                    return false;
                };
                let Some(indicator) = read.indicator.clone() else {
                    return false;
                };
                let placed = Metric {
                    indicator: Some(indicator.clone()),
                    change: read.change,
                    ..m
                };
                if let Some(slot) = self.metrics.get_mut(k) {
                    *slot = placed.clone();
                }
                let first = self.targets.len();
                self.targets
                    .push(metric_target(None, indicator, placed, Vec::new()));
                self.last = Some(Last::Targets(first));
            }
            Figure::Goal(t) => {
                let name = CHANGES
                    .iter()
                    .find_map(|w| head.strip_suffix(w))
                    .unwrap_or(head);
                let name = self.share(name);
                if let Some(target) = self.targets.get_mut(t) {
                    retitle(target, name);
                }
            }
        }
        // the rest of the line (其中工业投资增长12%) holds goals of its own
        if head_len < line.len() {
            let at = span.start + (self.get(span).len() - self.get(span).trim_start().len());
            let rest = Span::new(at + head_len, at + line.len());
            let found = self.scan(rest);
            self.targets_from(rest, &found, None, &[], false);
        }
        true
    }

    fn paragraph(&mut self, span: Span) {
        let line = self.get(span);
        // （1）新建第三中学，新增学⏎位1350个。: more of the sub-item above
        if let Some((i, end)) = self.sub_item_cut.take() {
            if self.last == Some(Last::Task(i))
                && units::parse_role_line(self.src, line, span.start).is_none()
            {
                let (found, replaced, _) = self.scan_after_break(Some(end), span);
                if let Some(t) = self.tasks.get_mut(i) {
                    t.metrics.retain(|m| !replaced.contains(&m.span.start));
                    t.metrics.extend(found);
                    t.span.end = t.span.end.max(span.end);
                }
                if cut_mid_word(line) {
                    self.sub_item_cut = Some((i, span.end));
                }
                return;
            }
        }
        // only the line right after a cut paragraph goes on with it
        let broken = self.broken_at.take();
        let dangling = self.dangling.take();
        if let Some(os) = self.open_statement.take() {
            if self.continue_statement(os, span) {
                return;
            }
        }
        // a target statement a line break cut mid-sentence goes on here
        // (……；规模以上工业增加值⏎增长6%左右；固定资产投资增长8%以上；……)
        // (a line that opens with a role label ends it: 1.地区生产总值增长6%
        // ⏎牵头单位：县发改局 is the item's role line, with or without a 。)
        // (a page's footnote printed in the flow before the page break, 1
        // “两茶一药”：指…, leaves it open)
        if self.targets_open.is_some() {
            if let Some((marker, after)) = bare_footnote(line) {
                self.notes.push(note_from(self.src, marker, after, span));
                return;
            }
        }
        if let Some(open) = self.targets_open.take() {
            if units::parse_role_line(self.src, line, span.start).is_none() {
                self.targets_go_on(open, span);
                return;
            }
        }
        // 以下第19、20项责任单位均为：…: units for items still to come
        if let Some((numbers, units)) = units::shared_role_line(self.src, line, span.start) {
            self.shared_roles = Some(SharedRoles {
                section: self.stack.last().map(|o| o.section),
                numbers,
                units,
            });
            return;
        }
        // a role line under an item or a target
        if let Some(r) = units::parse_role_line(self.src, line, span.start) {
            let above = ["以上", "上述"].iter().any(|w| {
                line.trim_start_matches(|c: char| is_space(c) || matches!(c, '（' | '('))
                    .starts_with(w)
            });
            let bare_goals = if above {
                self.targets
                    .iter()
                    .rev()
                    .take_while(|t| t.units.is_empty())
                    .count()
            } else {
                0
            };
            match self.last {
                Some(Last::Task(i)) => {
                    // (（牵头单位：…；责任单位：区自然资源⏎局、区财政局）: a
                    // bracket the line leaves open runs on too)
                    if list_unfinished(line) || !r.closed {
                        self.open_statement = Some(OpenStatement {
                            owner: Last::Task(i),
                            start: span.start,
                            units_before: self.tasks.get(i).map_or(0, |t| t.units.len()),
                            diagnostic: None,
                            lines: 1,
                        });
                    }
                    // （牵头单位：…；完成时限：12月底前） on a line of its own
                    let timing = r.timing.map(|t| self.deadline(t));
                    if let Some(t) = self.tasks.get_mut(i) {
                        t.units.extend(r.units);
                        if let Some(d) = timing {
                            t.deadline.get_or_insert(d);
                        }
                        t.span.end = t.span.end.max(span.end);
                    }
                }
                // （以上指标牵头处室：…）: every goal above without units
                _ if above && bare_goals > 0 => {
                    let from = self.targets.len() - bare_goals;
                    for t in self.targets.iter_mut().skip(from) {
                        t.units.extend(r.units.iter().cloned());
                    }
                }
                Some(Last::Targets(first)) => {
                    // （牵头单位：…；实施主体：各乡（镇）人民政⏎府）: a statement
                    // the line leaves open runs on
                    if !r.closed {
                        self.open_statement = Some(OpenStatement {
                            owner: Last::Targets(first),
                            start: r.span.start,
                            units_before: 0,
                            diagnostic: None,
                            lines: 1,
                        });
                    }
                    for t in self.targets.iter_mut().skip(first) {
                        t.units.extend(r.units.iter().cloned());
                    }
                }
                // 联系人：张三 (a person, no unit) above any task is no orphan
                None if r.units.is_empty() => {}
                // the paragraphs between a task and this line were its text
                None if dangling.is_some() => {
                    if let Some(d) = dangling {
                        self.adopt(d, r, span);
                    }
                }
                None => self.diagnostics.push(Diagnostic::new(
                    DiagnosticCode::OrphanResponsibility,
                    Severity::Info,
                    span,
                    "responsibility line with no task above it",
                )),
            }
            return;
        }
        // 完成时限:2025年6月底前 on its own line: the deadline of the task above
        if let Some(rest) = deadline_line(line) {
            if let Some(Last::Task(i)) = self.last {
                let at = span.end - rest.len();
                let d = self.deadline(Span::new(at, span.end));
                if let Some(t) = self.tasks.get_mut(i) {
                    t.deadline.get_or_insert(d);
                    t.span.end = t.span.end.max(span.end);
                }
                return;
            }
        }
        if line.starts_with("分管") && line.contains(['：', ':']) && at_most_chars(line, 39) {
            return; // 分管省领导: a person
        }
        if self.pending_targets {
            if !self.dash_targets && self.target_line(span) {
                return;
            }
            self.pending_targets = false;
            self.dash_targets = false;
        }
        // an item whose text runs onto the next lines: up to its closing
        // parenthetical, or while its text so far stops mid-sentence
        // (1.推进乡村振兴，⏎新建高标准农田1万亩，⏎改造农村公路50公里。)
        if let Some(Last::Task(i)) = self.last {
            // a report's paragraph goes on only when a hard wrap cut it
            // mid-word (…力争达到45⏎0万标箱)
            // (or a numbered task that has its roles but no text yet: （三）牵头
            // 单位：…。 ⏎ 粮食播种面积稳定在45万亩以上…)
            let open_item = self.tasks.get(i).filter(|t| {
                (t.number.is_some() || cut_mid_word(&t.text))
                    && (t.units.iter().all(|u| u.role == Role::GroupLead)
                        || (t.number.is_some() && t.text.is_empty()))
            });
            if let Some(t) = open_item {
                let unfinished = !(ends_sentence(&t.text)
                    || t.text.trim_end_matches(is_space).ends_with(['；', ';']));
                let (prev_end, units_before) = (t.span.end, t.units.len());
                let closing = units::find_parenthetical(self.src, line, span.start).filter(|r| {
                    self.text
                        .get(r.span.end..span.end)
                        .unwrap_or("")
                        .trim_matches(|c: char| is_space(c) || matches!(c, '。' | '；' | ';'))
                        .is_empty()
                });
                // （县农业农村⏎局负责，各乡镇人民政府具体实施）。: a bracket the
                // line before opened closes here, a statement of roles
                if closing.is_none() && unfinished {
                    if let Some((r, open_at)) = self.bracket_across(t.span.start, prev_end, span) {
                        let cut = self.get(Span::new(open_at, prev_end)).to_string();
                        let timing = r.timing.map(|t| self.deadline(t));
                        if let Some(t) = self.tasks.get_mut(i) {
                            if let Some(kept) = t.text.strip_suffix(cut.as_str()) {
                                t.text = Text::from(kept.trim_end());
                            }
                            t.units.extend(r.units);
                            if let Some(d) = timing {
                                t.deadline.get_or_insert(d);
                            }
                            t.span.end = t.span.end.max(span.end);
                        }
                        return;
                    }
                }
                // a task's text is a few sentences: past that the lines are
                // text of their own (and joining stays linear)
                let room = t.text.len() + span.len() <= MAX_TASK_TEXT;
                if (closing.is_some() || unfinished) && room {
                    let end = closing.as_ref().map_or(span.end, |r| r.span.start);
                    let text_span = content(self.text, Span::new(span.start, end));
                    self.join_task_text(i, text_span, Some(prev_end), "");
                    // a parenthetical still open at the end of this line
                    // runs on to the next
                    if let Some(r) = closing.as_ref().filter(|r| !r.closed) {
                        self.open_statement = Some(OpenStatement {
                            owner: Last::Task(i),
                            start: r.span.start,
                            units_before,
                            diagnostic: None,
                            lines: 1,
                        });
                    }
                    let timing = closing
                        .as_ref()
                        .and_then(|r| r.timing)
                        .map(|t| self.deadline(t));
                    let had_units = units_before > 0 || closing.is_some();
                    if let Some(t) = self.tasks.get_mut(i) {
                        if let Some(r) = closing {
                            t.units.extend(r.units);
                        }
                        if let Some(d) = timing {
                            t.deadline.get_or_insert(d);
                        }
                        t.span.end = t.span.end.max(span.end);
                    }
                    // ……。由区发改局牵头，区商务局、⏎区自然资源分局配合。: the
                    // item's closing sentence, over the lines it wrapped onto
                    if !had_units && ends_sentence(line) {
                        self.closing_sentence_across(i);
                    }
                    return;
                }
            }
        }
        // a report's or a notice's target statement
        if let Some(start) = target_statement(line) {
            let mut body = Span::new(span.start + start, span.end);
            // 主要预期目标是：“地区生产总值增长6%以上，……。”: quotes around
            // the whole list only delimit it
            let quoted = self.get(body);
            if let Some(inner) = quoted
                .trim_start()
                .strip_prefix('“')
                .and_then(|r| r.trim_end().strip_suffix('”'))
                .filter(|r| !r.contains(['“', '”']))
            {
                let at = body.start + (quoted.len() - quoted.trim_start().len()) + '“'.len_utf8();
                body = Span::new(at, at + inner.len());
            }
            let (resp, body) = self.responsibility(body);
            // the lead-in before the colon, then the targets
            self.scan(Span::new(span.start, body.start));
            let metrics = self.scan(body);
            let units = resp.map(|r| r.units).unwrap_or_default();
            let first = self.targets.len();
            self.targets_from(body, &metrics, None, &units, false);
            self.last = (self.targets.len() > first).then_some(Last::Targets(first));
            // 主要预期目标是: with the targets on the lines below
            self.pending_targets = body.is_empty();
            self.dash_targets = false;
            self.targets_stated = true;
            if let Some(o) = self.stack.last_mut() {
                o.stated = o.role == SectionRole::Targets;
            }
            if !body.is_empty() && !ends_sentence(self.get(body)) {
                self.targets_open = Some(OpenTargets::new(first, body.end, units, None));
            }
            return;
        }
        // a note of a glossary: [1]……
        if let Some(note) = note_entry(self.src, line, span) {
            if self.is_note(&note) {
                self.notes.push(note);
                return;
            }
        }
        // 进展情况：前三季度…完成1286.4亿元: what was done so far is no goal
        if progress_line(line) {
            self.scan(span);
            return;
        }
        // 为…，力争全年城镇新增就业4.5万人以上，…，结合我市实际，制定以下措施:
        // a plan that states its goals in its purpose sentence, before any
        // goal or task
        if self.kind != DocumentKind::WorkReport && self.tasks.is_empty() && self.targets.is_empty()
        {
            if let Some((a, b)) = purpose_goals(line) {
                let metrics = self.scan(span);
                let body = Span::new(span.start + a, span.start + b);
                let first = self.targets.len();
                self.targets_from(body, &metrics, None, &[], false);
                self.last = (self.targets.len() > first).then_some(Last::Targets(first));
                return;
            }
        }
        // a goal paragraph under a targets heading (到2024年底,……达到95%以上),
        // unless the section stated its targets already (把地区生产总值增长
        // 目标定在6%—7%这一区间，既考虑了…: an explanation)
        if self.context_role() == SectionRole::Targets && !self.targets_stated {
            // 地区生产总值增速：6%左右: an indicator, a colon, its goal
            if self.goal_line(span) {
                return;
            }
            // 到2027年，全市…实现规模化发展，具体目标如下： ⏎ ——产业规模。…:
            // a lead-in to the goals on the lines below, with goals of its own
            // (围绕实现上述目标，重点做好以下工作： leads to the work)
            let lead_in = line
                .strip_suffix(['：', ':'])
                .map(|h| (h, h.rfind(['，', ',']).unwrap_or(0)))
                .filter(|(h, k)| {
                    h.get(*k..)
                        .is_some_and(|last| last.contains("目标") || last.contains("指标"))
                });
            if let Some((_, k)) = lead_in {
                // (the clause before the colon only says the list follows)
                let body = Span::new(span.start, span.start + k);
                let metrics = self.scan(span);
                let first = self.targets.len();
                self.targets_from(body, &metrics, None, &[], false);
                self.last = (self.targets.len() > first).then_some(Last::Targets(first));
                self.pending_targets = true;
                self.dash_targets = false;
                return;
            }
            // ……。（省发展改革委牵头，省统计局等按职责分工负责）: the closing
            // statement holds for every goal of the paragraph
            let (resp, body) = self.responsibility(span);
            let metrics = scan_metrics(self.src, self.get(body), body.start);
            if !metrics.is_empty() {
                self.metrics.extend(metrics.iter().cloned());
                let units = resp.map(|r| r.units).unwrap_or_default();
                let first = self.targets.len();
                self.targets_from(body, &metrics, None, &units, false);
                self.last = (self.targets.len() > first).then_some(Last::Targets(first));
                // 人均体育场地面积达到2.2平方⏎米，…: a goal paragraph a hard
                // wrap cuts goes on over the next lines
                if !ends_sentence(self.get(body)) {
                    self.targets_open = Some(OpenTargets::new(first, body.end, units, None));
                }
                return;
            }
            // 单位地区生产总值能耗完成省下达目标任务。（责任单位：…）: a goal
            // without a number, with a statement of its own
            let goal = self.get(body).trim_end_matches(['。', '；', ';']);
            if resp.as_ref().is_some_and(|r| !r.units.is_empty()) && qualitative_goal(goal) {
                let units = resp.map(|r| r.units).unwrap_or_default();
                let first = self.targets.len();
                self.targets_from(body, &[], None, &units, true);
                self.last = (self.targets.len() > first).then_some(Last::Targets(first));
                return;
            }
            // 到2025年，基本建成…县域商业体系，农村流通网络更加健全。: goals
            // for a year, none with a number, clause by clause
            if resp.is_none() && opens_with_horizon(self.get(body)) && ends_sentence(self.get(body))
            {
                let first = self.targets.len();
                self.targets_from(body, &[], None, &[], false);
                if self.targets.len() > first {
                    self.last = Some(Last::Targets(first));
                    return;
                }
            }
            // 到2027年，…基本实现全覆盖，累计培育省级智能工厂⏎12家、…: the
            // whole clauses before the wrap are goals, the cut one goes on
            // (clauses with no quantity: one with a quantity is read with
            // its metrics below)
            let cut = self.get(body);
            if resp.is_none() && opens_with_horizon(cut) && cut_mid_word(cut) {
                let whole = Span::new(
                    body.start,
                    body.start + cut.rfind(['，', '；', ';']).unwrap_or(0),
                );
                let first = self.targets.len();
                if scan_metrics(self.src, self.get(whole), whole.start).is_empty() {
                    self.targets_from(whole, &[], None, &[], false);
                }
                if self.targets.len() > first {
                    self.targets_open = Some(OpenTargets::new(first, body.end, Vec::new(), None));
                    return;
                }
            }
            // 到2021年底，人均体育场地面积达到2.2平方⏎米，…: cut before its
            // first quantity was whole
            let cut = self.get(body);
            if cut_mid_word(cut) && cut.contains(|c: char| crate::grammar::is_digit(c)) {
                let units = resp.map(|r| r.units).unwrap_or_default();
                self.targets_open =
                    Some(OpenTargets::new(self.targets.len(), body.end, units, None));
                return;
            }
        }
        // a paragraph of parts (一是……。二是……) with no lead phrase of its own:
        // a task per part (with a lead phrase the paragraph is one task)
        if self.kind == DocumentKind::WorkReport
            && self.context_role() == SectionRole::Plan
            && lead_phrase(line).is_none()
        {
            let parts = enumerations(line);
            if parts.len() >= 2 {
                for (a, b) in parts {
                    let part = content(self.text, Span::new(span.start + a, span.start + b));
                    let metrics = self.scan(part);
                    let text = self.get(part);
                    // 一是抓项目建设，…: the part's first clause, its marker left out
                    let headline = text
                        .find(['，', ',', '。', '；', ';'])
                        .and_then(|n| text.get(..n))
                        .map(|h| h.get(metric::enumerator_len(h)..).unwrap_or(h))
                        .filter(|h| !h.is_empty() && h.chars().count() <= 30)
                        .map(|h| self.share(h));
                    self.push_task(Task {
                        number: None,
                        path: self.path(),
                        headline,
                        text: self.share(text),
                        units: Vec::new(),
                        deadline: None,
                        metrics,
                        span: part,
                    });
                }
                self.last = None;
                return;
            }
        }
        // a paragraph a hard wrap cut mid-word goes on in this line: its
        // quantities may run over the break (…达到45⏎0万标箱)
        let metrics = match broken {
            Some(at) => self.scan_after_break(Some(at), span).0,
            None => self.scan(span),
        };
        // a wrapped line of prose, not a title, a site name or a signature
        // (which end without punctuation too)
        // (an indented line is prose too; and a quantity may end a line its
        // bound word begins the next of: 达到90%⏎以上)
        let indented = self
            .text
            .get(..span.start)
            .is_some_and(|h| h.ends_with(['\u{3000}', ' ', '\t']));
        let ends_cut = cut_mid_word(line) || line.ends_with(['%', '％']);
        let prose = if indented {
            !at_most_chars(line, 4)
        } else {
            line.contains(['，', ',', '。', '；']) && !at_most_chars(line, 15)
        };
        if ends_cut && prose {
            self.broken_at = Some(span.end);
        }
        if self.kind == DocumentKind::WorkReport && self.context_role() == SectionRole::Plan {
            if let Some(n) = lead_phrase(line) {
                let headline = self.share(line.get(..n).unwrap_or("").trim_end_matches('。'));
                self.push_task(Task {
                    number: None,
                    path: self.path(),
                    headline: Some(headline),
                    text: self.share(line),
                    units: Vec::new(),
                    deadline: None,
                    metrics,
                    span,
                });
                self.last = Some(Last::Task(self.tasks.len() - 1));
                return;
            }
        }
        // a paragraph after a numbered task without units (or after such
        // paragraphs) may be its text, if its role line comes next
        self.dangling = match (self.last.take(), dangling) {
            (Some(Last::Task(i)), _) if self.kind != DocumentKind::WorkReport => self
                .tasks
                .get(i)
                .filter(|t| t.number.is_some() && t.units.iter().all(|u| u.role == Role::GroupLead))
                .map(|_| Dangling {
                    task: i,
                    span,
                    lines: 1,
                }),
            (None, Some(d)) if d.lines < MAX_DANGLING_LINES => Some(Dangling {
                span: Span::new(d.span.start, span.end),
                lines: d.lines + 1,
                ..d
            }),
            _ => None,
        };
    }

    /// A role line after paragraphs that followed a task: the paragraphs
    /// join the task's text (their metrics with them) and the line's units
    /// and timing are the task's; later role lines go on with it.
    fn adopt(&mut self, d: Dangling, r: units::Responsibility, line: Span) {
        let timing = r.timing.map(|t| self.deadline(t));
        let more = self.get(d.span);
        let found: Vec<Metric> = self
            .metrics
            .iter()
            .filter(|m| d.span.start <= m.span.start && m.span.end <= d.span.end)
            .cloned()
            .collect();
        let Some(t) = self.tasks.get_mut(d.task) else {
            return;
        };
        if list_unfinished(self.text.get(line.start..line.end).unwrap_or("")) {
            self.open_statement = Some(OpenStatement {
                owner: Last::Task(d.task),
                start: line.start,
                units_before: t.units.len(),
                diagnostic: None,
                lines: 1,
            });
        }
        t.text = Text::from([&*t.text, more].concat());
        t.metrics.extend(found);
        t.units.extend(r.units);
        if let Some(dl) = timing {
            t.deadline.get_or_insert(dl);
        }
        t.span.end = t.span.end.max(line.end);
        self.last = Some(Last::Task(d.task));
    }
}

/// The value of a deadline line (`完成时限:2025年6月底前`, `时间节点：年底前`,
/// `【完成时限】年底前`), after its label; the labels are the unit grammar's
/// timing labels.
fn deadline_line(line: &str) -> Option<&str> {
    let rest = line.get(units::timing_label_len(line)?..)?.trim();
    (!rest.is_empty() && at_most_chars(rest, 40)).then_some(rest)
}

/// Labels of the persons in charge that may open a task's responsibility
/// statement (……。责任领导：李某 责任单位：镇社会事务办).
const PERSON_LABELS: &[&str] = &[
    "责任领导",
    "分管领导",
    "牵头领导",
    "包保领导",
    "责任人",
    "省领导",
    "市领导",
    "县领导",
    "区领导",
];

/// The kinds of inline label a task's text may run into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LabelWord {
    /// A full role label (责任单位：), anywhere after the start.
    Full,
    /// A short one (牵头：), only after a sentence or clause end, so that a
    /// sentence's own 牵头 is never read as a label.
    Short,
    /// A person label (责任领导：), anywhere after the start.
    Person,
}

/// [`crate::layout::ROLE_WORDS`], the short role words and
/// [`PERSON_LABELS`], indexed by their last character.
static LABEL_WORDS: LazyLock<WordIndex<LabelWord>> = LazyLock::new(|| {
    let full = crate::layout::ROLE_WORDS
        .iter()
        .map(|w| (*w, LabelWord::Full));
    let short = ["牵头", "配合", "协办", "参与"].map(|w| (w, LabelWord::Short));
    let person = PERSON_LABELS.iter().map(|w| (*w, LabelWord::Person));
    WordIndex::new(End::Last, full.chain(short).chain(person))
});

/// Where an inline label opens the responsibility statement in `text`
/// (`……。责任单位：市经信局`): the first full or person label; a short one
/// only when the text has no full label. One pass over the colons, each
/// checked against the few words ending with the character before it.
fn inline_label(text: &str) -> Option<usize> {
    let (mut full, mut short, mut person) = (None, None, None);
    for (colon, _) in text
        .char_indices()
        .filter(|&(_, c)| matches!(c, ':' | '：'))
    {
        let head = text.get(..colon).unwrap_or("");
        for &(_, w, kind) in LABEL_WORDS.candidates(head) {
            let Some(at) = head.strip_suffix(w).map(str::len).filter(|&at| at > 0) else {
                continue;
            };
            let slot = match kind {
                LabelWord::Full => &mut full,
                LabelWord::Person => &mut person,
                LabelWord::Short => {
                    // (or after the bracket that opens a statement:
                    // 。【牵头：县发改局；配合：…】)
                    let after_clause = text.get(..at).is_some_and(|b| {
                        b.trim_end_matches(is_space)
                            .ends_with(['。', '；', ';', '，', ',', '【', '［', '['])
                    });
                    if !after_clause {
                        continue;
                    }
                    &mut short
                }
            };
            slot.get_or_insert(at);
        }
        if full.is_some() {
            // later places only come after it
            break;
        }
    }
    full.or(short).into_iter().chain(person).min()
}

/// The goals a plan's purpose sentence states, as a byte range of `line`:
/// after 力争 / 确保 / 争取 (and the year they are for: 到2025年，) up to the
/// clause that says what the plan is for (结合我市实际，制定以下措施). The
/// sentence must open with its purpose (为…) and end by making the plan.
fn purpose_goals(line: &str) -> Option<(usize, usize)> {
    let t = line.trim_end_matches(['。', ' ', '\u{3000}']);
    if !line.starts_with('为') || !at_most_chars(line, 300) {
        return None;
    }
    let made = t.rfind("制定")?;
    if !at_most_chars(t.get(made..)?, 16) {
        return None;
    }
    let (hedge, word) = ["力争", "确保", "争取"]
        .iter()
        .filter_map(|w| t.find(w).map(|at| (at, w.len())))
        .min()?;
    let mut start = hedge + word;
    // 到2025年，/ 到2025年底，: the year the goals are for
    let rest = t.get(start..)?;
    if let Some((_, n)) = date::horizon(rest) {
        let tail = rest.get(n..)?;
        start = t.len() - tail.strip_prefix(['，', ',']).unwrap_or(tail).len();
    }
    // the clause that makes the plan, or the one that grounds it before
    let end = t
        .get(..made)?
        .rfind("结合")
        .or_else(|| t.get(..made)?.rfind(['，', ',']))
        .filter(|&e| e > start)?;
    let end = t.get(..end)?.trim_end_matches(['，', ',']).len();
    (end > start).then_some((start, end))
}

/// Whether `s` opens with the year its goals are for: 到2025年，,
/// 到2025年底，, 至2027年末，.
fn opens_with_horizon(s: &str) -> bool {
    let s = s.trim_start();
    date::horizon(s).is_some_and(|(_, n)| s.get(n..).is_some_and(|r| r.starts_with(['，', ','])))
}

/// Whether a notice's legend says the units it lists are all leads
/// (未标“/”的，所列单位均为牵头单位; 均爲牽頭單位 in traditional script).
fn bare_lists_lead(text: &str) -> bool {
    ["牵头单位", "牽頭單位"].iter().any(|w| {
        text.match_indices(w).any(|(at, _)| {
            let mut before = text.get(..at).unwrap_or("").chars().rev();
            matches!(before.next(), Some('为' | '為' | '爲' | '是')) && before.next() == Some('均')
        })
    })
}

/// The value of a circled number (① → 1, ⑳ → 20).
fn circled_value(c: char) -> Option<u32> {
    ('①'..='⑳').contains(&c).then(|| c as u32 - '①' as u32 + 1)
}

/// A template row's placeholder text (`……`, `...`, `1.……`), not a task.
fn is_placeholder(s: &str) -> bool {
    let s = heading::ordinal(s).map_or(s, |o| s.get(o.written.len()..).unwrap_or(""));
    s.chars()
        .all(|c| matches!(c, '…' | '.' | '．' | '·' | '_' | '—' | '-') || is_space(c))
}

/// The parts of a paragraph enumerated 一是……。二是……: byte ranges, each
/// from its marker to the next. Empty unless 一是 starts a sentence and
/// 二是 follows.
fn enumerations(s: &str) -> Vec<(usize, usize)> {
    const MARKERS: &[&str] = &[
        "一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是",
    ];
    let mut starts = Vec::new();
    let mut from = 0;
    for m in MARKERS {
        let Some(at) = s.get(from..).and_then(|r| r.find(m)).map(|i| i + from) else {
            break;
        };
        let before = s.get(..at).and_then(|p| p.chars().next_back());
        if !before
            .is_none_or(|c| matches!(c, '。' | '；' | ';' | '：' | ':' | '，' | ',') || is_space(c))
        {
            break;
        }
        starts.push(at);
        from = at + m.len();
    }
    if starts.len() < 2 {
        return Vec::new();
    }
    let mut out: Vec<(usize, usize)> = starts
        .windows(2)
        .filter_map(|w| Some((*w.first()?, *w.get(1)?)))
        .collect();
    if let Some(&last) = starts.last() {
        out.push((last, s.len()));
    }
    out
}

/// A remark under a table or a plan, with numbered points of its own:
/// `备注：1.……`, `说明:1、……`, `注：1.……`, and a notice's list of its
/// attachments (`附件：1.……名单` ⏎ `2.……`).
/// A span read in a text with `cuts` taken out, mapped back to the text
/// itself: a position moves past every cut before it (an end stays before
/// a cut it reaches).
fn uncut(span: Span, cuts: &[Span]) -> Span {
    let map = |p: usize, end: bool| {
        let mut removed = 0;
        for c in cuts {
            let at = c.start - removed;
            if p > at || (p == at && !end) {
                removed += c.len();
            }
        }
        p + removed
    };
    Span::new(map(span.start, false), map(span.end, true))
}

/// A target item written as its indicator's title, then labelled parts
/// (`地区生产总值。2016年完成情况：增长7.8%。2017年目标：增长8%左右。`):
/// where the title ends and where the text after the goal's label starts.
/// The title is short and holds no number; the label is 目标 (2017年目标,
/// 预期目标) followed by a colon.
fn labelled_goal(text: &str) -> Option<(usize, usize)> {
    let stop = text.find(['。', '：', ':'])?;
    let title = text.get(..stop)?;
    if !text.get(stop..)?.starts_with('。')
        || !(2..=20).contains(&title.chars().count())
        || title.contains(|c: char| crate::grammar::is_digit(c))
    {
        return None;
    }
    let rest = text.get(stop..)?;
    let label = ["目标：", "目标:"]
        .iter()
        .filter_map(|l| rest.find(l).map(|at| at + l.len()))
        .min()?;
    Some((text.get(..stop)?.trim_end().len(), stop + label))
}

/// Whether a title names a set of rules rather than work: 考核评分办法,
/// 实施细则, 评分标准, 填报说明.
fn names_rules(title: &str) -> bool {
    const WORDS: &[&str] = &[
        "办法",
        "细则",
        "规则",
        "评分标准",
        "考核标准",
        "计分方法",
        "填报说明",
    ];
    let t = title.trim_end_matches(|c: char| is_space(c) || matches!(c, '》' | '”'));
    WORDS.iter().any(|w| t.ends_with(w))
}

fn is_remark(line: &str) -> bool {
    // 注： on a line of its own, its points below
    if matches!(
        line.trim_end(),
        "注:" | "注：" | "备注:" | "备注：" | "说明:" | "说明："
    ) {
        return true;
    }
    ["备注", "说明", "注", "附件"].iter().any(|w| {
        line.strip_prefix(w)
            .and_then(|r| r.strip_prefix([':', '：']))
            .and_then(heading::ordinal)
            .is_some_and(|o| matches!(o.kind, OrdinalKind::Arabic | OrdinalKind::ArabicParen))
    })
}

/// Whether a line opens a box of examples set apart from the text, as
/// plans print them: `【专栏1】2022年数字基础设施重点工程`, `专栏2 重点工程`,
/// `〔专栏〕`.
fn is_box_title(line: &str) -> bool {
    let t = line.trim_start();
    let t = t
        .strip_prefix(['【', '〔', '[', '［', '（', '('])
        .unwrap_or(t);
    t.starts_with("专栏") && at_most_chars(line, 48)
}

/// The items a box lists: finer marks than a task's number (①, （1）,
/// bullets).
fn is_box_item(kind: OrdinalKind) -> bool {
    matches!(
        kind,
        OrdinalKind::Circled | OrdinalKind::ArabicParen | OrdinalKind::Bullet
    )
}

/// `(共135项)`: a declared count of items.
fn declared_count(title: &str) -> Option<usize> {
    let at = title.find('共')?;
    let rest = title.get(at + '共'.len_utf8()..)?;
    let n = rest.chars().take_while(char::is_ascii_digit).count();
    let value = rest.get(..n)?.parse().ok()?;
    let unit = rest.get(n..)?;
    (unit.starts_with('项') || unit.starts_with('条')).then_some(value)
}

/// Where the targets of a target statement start: after `预期目标是:`,
/// `主要预期目标为:`, `主要预期目标:`. Goals for a span of years
/// (今后五年) are not the plan year's.
fn target_statement(line: &str) -> Option<usize> {
    // 全年主要目标：…, 主要预期目标是：…, 主要预期性指标是：…, 主要约束性指标是：…
    const LEADS: &[&str] = &[
        "预期目标",
        "主要目标",
        "预期性指标",
        "约束性指标",
        "主要指标",
        // 努力实现以下目标：…
        "以下目标",
        "如下目标",
        "下列目标",
    ];
    let found = LEADS.iter().flat_map(|w| line.match_indices(w));
    for (at, word) in found {
        let head = line.get(..at)?;
        let sentence = head.rfind('。').and_then(|i| head.get(i..)).unwrap_or(head);
        if spans_years(sentence) {
            continue;
        }
        let mut offset = at + word.len();
        let mut r = line.get(offset..)?;
        for w in ["是", "为"] {
            if let Some(x) = r.strip_prefix(w) {
                offset += w.len();
                r = x;
            }
        }
        if let Some(colon) = r.chars().next().filter(|c| matches!(c, ':' | '：')) {
            return Some(offset + colon.len_utf8());
        }
        // 主要预期目标是—— with the figures on the lines below
        if r.trim_end() == "——" {
            return Some(offset + "——".len());
        }
    }
    None
}

/// Whether `c` ends a clause a line break may cut (，；。：、 and brackets).
fn clause_break(c: char) -> bool {
    matches!(
        c,
        '，' | ',' | '。' | '；' | ';' | '：' | ':' | '、' | '（' | '(' | '）' | ')'
    )
}

/// The end of a run-in title that opens a target item (经济增长目标。,
/// 民生保障方面：): a short phrase without a number naming a group of goals,
/// closed by a full stop or a colon.
fn run_in_title(text: &str) -> Option<usize> {
    let (at, stop) = text
        .char_indices()
        .take(13)
        .find(|&(_, c)| matches!(c, '。' | '：' | ':'))?;
    let title = text.get(..at)?;
    let names_group = ["目标", "指标", "方面", "领域"]
        .iter()
        .any(|w| title.ends_with(w));
    let rest = text.get(at + stop.len_utf8()..)?;
    (names_group
        && !title.contains(|c: char| crate::grammar::is_digit(c))
        && !rest.trim().is_empty())
    .then_some(at + stop.len_utf8())
}

/// Whether a line reports progress under its label (进展情况：…, 完成情况：…):
/// figures of what was done, not goals.
fn progress_line(line: &str) -> bool {
    labelled_by(
        line,
        &[
            "进展情况",
            "完成情况",
            "落实情况",
            "工作进展",
            "推进情况",
            "进度情况",
        ],
    )
}

/// Whether `line` opens with one of `labels` and its colon (进展情况：, 注:).
fn labelled_by(line: &str, labels: &[&str]) -> bool {
    let line = line.trim_start_matches(is_space);
    labels.iter().any(|w| {
        line.strip_prefix(w)
            .is_some_and(|r| r.starts_with(['：', ':']))
    })
}

/// Whether a line after a target list speaks of the targets rather than
/// setting any (这些目标，既考虑了需要，也考虑了可能。…).
fn explains_targets(line: &str) -> bool {
    let line = line.trim_start_matches(is_space);
    [
        "这些目标",
        "上述目标",
        "以上目标",
        "这些指标",
        "上述指标",
        "以上指标",
    ]
    .iter()
    .any(|w| line.starts_with(w))
        || line.contains("既考虑")
}

/// The words after the bracket that is still open at the end of `s`.
fn open_bracket(s: &str) -> Option<&str> {
    let mut open = Vec::new();
    for (i, c) in s.char_indices() {
        match c {
            '（' | '(' => open.push(i + c.len_utf8()),
            '）' | ')' => {
                open.pop();
            }
            _ => {}
        }
    }
    open.last().and_then(|&i| s.get(i..))
}

/// Whether a heading or the words before a goal speak of a period of years
/// (今后五年, “十三五”时期, 远景目标): a work report's goals for it are not the
/// plan year's targets.
fn spans_years(s: &str) -> bool {
    [
        "五年",
        "十二五",
        "十三五",
        "十四五",
        "十五五",
        "远景",
        "今后",
        "时期",
    ]
    .iter()
    .any(|w| s.contains(w))
}

/// `[3]名词……` or `3.名词……` in a glossary.
fn note_entry(src: &Arc<str>, line: &str, span: Span) -> Option<Note> {
    let (marker, after) = note_marker(line)?;
    Some(note_from(src, marker, after, span))
}

/// The note with `marker` whose entry text (headword included) is `after`.
fn note_from(src: &Arc<str>, marker: &str, after: &str, span: Span) -> Note {
    let text = after.trim();
    // the headword: the text before the first colon, when it is short
    let term = text
        .find([':', '：'])
        .and_then(|at| text.get(..at))
        .map(str::trim)
        .filter(|t| !t.is_empty() && t.chars().count() <= 40)
        .map(|t| Text::within(src, t));
    Note {
        marker: Text::within(src, marker),
        term,
        text: Text::within(src, text),
        span,
        references: Vec::new(),
    }
}

/// A page's footnote as PDF text prints it, its superscript marker a bare
/// number: `1“两茶一药”：指茶叶、油茶和中药材三大富民产业。` — one or two
/// digits, then a quoted term or one of at most twelve Chinese characters,
/// a colon, and a sentence. Returns the marker and the text after it.
fn bare_footnote(line: &str) -> Option<(&str, &str)> {
    let line = line.trim();
    let n = line.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&n) || !ends_sentence(line) {
        return None;
    }
    let (marker, after) = (line.get(..n)?, line.get(n..)?);
    let colon = after.find(['：', ':'])?;
    let term = after.get(..colon)?;
    let quoted = term.starts_with(['“', '《', '"']) && term.ends_with(['”', '》', '"']);
    let word = term.chars().count() <= 12 && term.chars().all(crate::grammar::is_cjk);
    (quoted && at_most_chars(term, 16) || word && !term.is_empty()).then_some((marker, after))
}

/// A footnote marker at the start of `s` (`[12]`, `［3］`, `【4】`): the
/// digits inside and the text after it.
fn note_marker(s: &str) -> Option<(&str, &str)> {
    let rest = s.strip_prefix(['[', '［', '【'])?;
    let n = rest.bytes().take_while(u8::is_ascii_digit).count();
    // a marker is a small number: [2023] is a year in brackets
    if n == 0 || n > 3 {
        return None;
    }
    let marker = rest.get(..n)?;
    let after = rest.get(n..)?.strip_prefix([']', '］', '】'])?;
    Some((marker, after))
}

/// Every footnote marker of `text` (`[1]`, `［3］`, `【4】`): (start, end,
/// marker), in source order. One substring search per bracket form, so the
/// cost is linear whatever the number of notes.
fn note_markers(text: &str) -> Vec<(usize, usize, &str)> {
    let mut found: Vec<(usize, usize, &str)> = Vec::new();
    for open in ["[", "［", "【"] {
        for at in memchr::memmem::find_iter(text.as_bytes(), open.as_bytes()) {
            let Some((marker, after)) = text.get(at..).and_then(note_marker) else {
                continue;
            };
            found.push((at, text.len() - after.len(), marker));
        }
    }
    found.sort_unstable_by_key(|f| f.0);
    found
}

/// Links each note to the markers (from [`note_markers`]) that cite it
/// outside the glossary, and reports markers with no entry.
fn link_notes(
    found: &[(usize, usize, &str)],
    notes: &mut [Note],
    diagnostics: &mut Vec<Diagnostic>,
) {
    // markers are at most three digits: a direct table from number to note
    let mut by_number: Vec<Option<usize>> = vec![None; 1000];
    for (k, n) in notes.iter().enumerate() {
        if let Some(slot) = n
            .marker
            .parse::<usize>()
            .ok()
            .and_then(|m| by_number.get_mut(m))
        {
            slot.get_or_insert(k);
        }
    }
    // notes are in source order: walk their starts alongside the markers
    let starts: Vec<usize> = notes.iter().map(|n| n.span.start).collect();
    let mut own = starts.into_iter().peekable();
    let mut unresolved: Option<(Span, usize)> = None;
    for &(start, end, marker) in found {
        while own.next_if(|&s| s < start).is_some() {}
        if own.peek() == Some(&start) {
            continue; // an entry's own marker is not a citation
        }
        let span = Span::new(start, end);
        let target = marker
            .parse::<usize>()
            .ok()
            .and_then(|m| by_number.get(m).copied().flatten());
        let has_notes = !notes.is_empty();
        match target.and_then(|k| notes.get_mut(k)) {
            Some(n) => n.references.push(span),
            None if has_notes => unresolved.get_or_insert((span, 0)).1 += 1,
            None => {}
        }
    }
    if let Some((span, count)) = unresolved {
        diagnostics.push(Diagnostic::new(
            DiagnosticCode::UnresolvedNoteMarker,
            Severity::Info,
            span,
            format!("{count} footnote marker(s) with no glossary entry, the first here"),
        ));
    }
}

/// Puts `metrics` in order of their spans, keeping the order of equal ones
/// (a stable sort), without the scratch buffer a stable sort of the metrics
/// themselves would set aside: scans run in document order, so the list is
/// nearly always in order already, and when it is not only the keys (twelve
/// bytes a metric, not two hundred) are sorted, then the metrics are moved
/// into place along the cycles of the permutation.
fn sort_by_span(metrics: &mut [Metric]) {
    let key = |m: &Metric| (m.span.start, m.span.end);
    if metrics.is_sorted_by_key(key) {
        return;
    }
    let mut order: Vec<usize> = (0..metrics.len()).collect();
    // the index breaks ties, so the unstable sort keeps equal spans in order
    order.sort_unstable_by_key(|&k| metrics.get(k).map(|m| (key(m), k)));
    // position k is to receive the metric now at order[k]; each cycle is
    // walked once, and a finished position is marked by order[k] == k
    for start in 0..order.len() {
        let mut at = start;
        loop {
            let from = order.get(at).copied().unwrap_or(start);
            if let Some(slot) = order.get_mut(at) {
                *slot = at;
            }
            if from == start {
                break;
            }
            metrics.swap(at, from);
            at = from;
        }
    }
}
#[cfg(test)]
mod tests {
    use super::*;
    use crate::Bound;

    #[test]
    fn sort_by_span_is_stable_and_moves_each_metric_once() {
        let metric = |start: usize, end: usize, text: &str| {
            let mut m: Metric = text.parse().expect("a metric");
            m.span = Span::new(start, end);
            m
        };
        let texts = |ms: &[Metric]| ms.iter().map(|m| m.text.to_string()).collect::<Vec<_>>();
        // already in order: untouched
        let mut ms = vec![metric(0, 2, "5%"), metric(3, 5, "6%")];
        sort_by_span(&mut ms);
        assert_eq!(texts(&ms), ["5%", "6%"]);
        // two cycles and a fixed point, with a tie kept in its order
        let mut ms = vec![
            metric(9, 11, "9个"),
            metric(0, 2, "1个"),
            metric(5, 7, "5个"),
            metric(0, 2, "2个"),
            metric(3, 4, "3个"),
            metric(12, 14, "12个"),
            metric(6, 8, "6个"),
        ];
        sort_by_span(&mut ms);
        assert_eq!(
            texts(&ms),
            ["1个", "2个", "3个", "5个", "6个", "9个", "12个"]
        );
        let mut reversed: Vec<Metric> = (0..50).rev().map(|k| metric(k, k + 1, "1个")).collect();
        sort_by_span(&mut reversed);
        assert!(reversed.iter().enumerate().all(|(k, m)| m.span.start == k));
    }

    #[test]
    fn section_roles_by_rank() {
        use SectionRole::*;
        for (title, role) in [
            ("2022年工作回顾", Review),
            ("过去五年工作回顾与2023年主要目标", Review),
            ("附件:重点任务分解表", Appendix),
            ("名词解释", Notes),
            ("2023年经济社会发展主要预期目标", Targets),
            ("总体目标", Targets),
            ("目标", Targets),
            ("重点工作和主要目标", Targets),
            ("主要经济指标", Targets),
            ("2016年主要预期性指标和约束性指标", Targets),
            ("2023年重点工作", Plan),
            ("保障措施", Safeguards),
            ("組織領導", Safeguards),
            ("加快建设现代化产业体系", Other),
            ("", Other),
        ] {
            assert_eq!(section_role(title), role, "{title}");
        }
        // only the first 32 characters count
        let late = format!("{}重点工作", "一".repeat(30));
        assert_eq!(section_role(&late), Other);
        let early = format!("{}重点工作", "一".repeat(28));
        assert_eq!(section_role(&early), Plan);
    }

    #[test]
    fn note_markers() {
        assert_eq!(
            note_marker("[12]武汉都市圈:……"),
            Some(("12", "武汉都市圈:……"))
        );
        assert_eq!(note_marker("［3］放管服"), Some(("3", "放管服")));
        assert_eq!(note_marker("【4】"), Some(("4", "")));
        assert_eq!(note_marker("[2023]"), None);
        assert_eq!(note_marker("[]"), None);
        assert_eq!(note_marker("[1"), None);
        assert_eq!(note_marker("1]"), None);
        let src: Arc<str> = Arc::from("[5]“两业”融合试点:2022年5月……");
        let n = note_entry(&src, &src, Span::new(0, 10)).unwrap();
        assert_eq!(n.term.as_deref(), Some("“两业”融合试点"));
        let src: Arc<str> = Arc::from("[6]没有冒号的说明");
        let n = note_entry(&src, &src, Span::new(0, 10)).unwrap();
        assert_eq!(n.term, None);
    }

    #[test]
    fn numbered_entries_under_a_glossary_heading_are_notes() {
        let doc = crate::parse(
            "名词解释\n①“三区一城”：城市发展定位。\n②规上企业：年营业收入2000万元以上的企业。\n",
        );
        assert_eq!(doc.notes.len(), 2);
        assert!(doc.tasks.is_empty());
        for heading in ["名词解释", "附件：名词解释", "注释：", "名词解释:"] {
            let text = format!(
                "三、今年工作\n1.加快发展。新增企业10家。\n{heading}\n1.“十四五”：第十四个五年规划。\n2.规上工业企业：年主营业务收入2000万元及以上的工业企业。\n"
            );
            let doc = crate::parse(&text);
            assert_eq!(doc.tasks.len(), 1, "{heading}");
            let notes: Vec<(&str, Option<&str>)> = doc
                .notes
                .iter()
                .map(|n| (n.marker.as_str(), n.term.as_deref()))
                .collect();
            assert_eq!(
                notes,
                [("1", Some("“十四五”")), ("2", Some("规上工业企业"))],
                "{heading}"
            );
        }
    }

    #[test]
    fn an_explanation_after_the_target_statement_sets_no_targets() {
        let text = "二、主要预期目标\n今年主要预期目标是：地区生产总值增长6%—7%；城镇新增就业5万人。\n把地区生产总值增长目标定在6%—7%这一区间，既考虑了稳就业的需要。\n三、主要目标\n到2025年，森林覆盖率达到65%。\n";
        let doc = crate::parse(text);
        let indicators: Vec<&str> = doc.targets.iter().map(|t| t.indicator.as_str()).collect();
        assert_eq!(indicators, ["地区生产总值", "城镇新增就业", "森林覆盖率"]);
    }

    #[test]
    fn statements_on_lines_of_their_own_give_the_deadline() {
        let text = "二、重点任务\n1.推动消费和投资良性循环。\n（牵头单位：市发展改革委；完成时限：12月底前）\n2.支持国企聚焦主业，推动国有资本集中，\n资产总额突破1.2万亿元。（牵头单位：市国资委；完成时限：长期坚持）\n";
        let doc = crate::parse(text);
        let deadlines: Vec<Option<&str>> = doc
            .tasks
            .iter()
            .map(|t| t.deadline.as_ref().map(|d| d.text.as_str()))
            .collect();
        assert_eq!(deadlines, [Some("12月底前"), Some("长期坚持")]);
    }

    #[test]
    fn chapters_sections_and_articles() {
        let text = "第一章 总体要求\n第一条 为推动转型，制定本方案。\n第二章 重点任务\n第一节 夯实基础\n第二条 加快5G网络建设。新建5G基站1200个。\n第二节 强化支撑\n第三条 加大金融支持。（牵头单位：市财政局）\n第三章 附则\n第四条 本方案由市工信局负责解释。\n附件：1.重点企业名单\n2.重点项目名单\n";
        let doc = crate::parse(text);
        let tasks = numbers_and_paths(&doc);
        assert_eq!(
            tasks,
            [
                (Some("二"), vec!["第二章", "第一节"]),
                (Some("三"), vec!["第二章", "第二节"])
            ]
        );
        assert_eq!(doc.sections.len(), 3);
        assert_eq!(doc.sections[1].children.len(), 2);
    }

    #[test]
    fn articles_of_the_general_provisions_are_no_tasks() {
        let text = "第一章　总则\n第一条　为促进消费，制定本意见。\n第二条　本意见适用于本市行政区域。\n第二章　重点任务\n第三条　优化布局。新建街区5个。\n责任单位：市商务局\n";
        let doc = crate::parse(text);
        let numbers: Vec<Option<&str>> = doc.tasks.iter().map(|t| t.number.as_deref()).collect();
        assert_eq!(numbers, [Some("三")]);
        // an article of the general provisions that names units is a task
        let text = "第一章　总则\n第一条　建立联席会议制度。（责任单位：市商务局）\n";
        assert_eq!(crate::parse(text).tasks.len(), 1);
        // a chapter of another name keeps its articles as tasks
        let text = "第一章　重点任务\n第一条　优化布局。新建街区5个。\n";
        assert_eq!(crate::parse(text).tasks.len(), 1);
    }

    #[test]
    fn a_goals_statement_runs_on_over_lines() {
        let text = "一、主要预期目标\n（一）地区生产总值增长6%左右。（牵头单位：市发展改革委；配合单位：市统计局、国家\n统计局重庆调查总队；完成时限：12月底前）\n";
        let doc = crate::parse(text);
        assert_eq!(doc.targets.len(), 1);
        let names: Vec<&str> = doc.targets[0]
            .units
            .iter()
            .map(|u| u.name.as_str())
            .collect();
        assert_eq!(
            names,
            ["市发展改革委", "市统计局", "国家统计局重庆调查总队"]
        );
        assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
    }

    #[test]
    fn report_paragraphs_with_enumerations() {
        let text = "2024年工作安排\n一、重点工作\n提升科技创新能力。一是新增高新技术企业800家。二是技术合同成交额达到600亿元。\n一是抓项目，新开工项目50个。二是抓招商，引进项目30个。\n";
        let doc = crate::parse(&format!("政府工作报告\n{text}"));
        assert_eq!(doc.kind, crate::DocumentKind::WorkReport);
        let headlines: Vec<Option<&str>> =
            doc.tasks.iter().map(|t| t.headline.as_deref()).collect();
        assert_eq!(
            headlines,
            [Some("提升科技创新能力"), Some("抓项目"), Some("抓招商")]
        );
        assert_eq!(doc.tasks[0].metrics.len(), 2);
    }

    #[test]
    fn a_goal_paragraphs_closing_statement_holds_for_each_goal() {
        let text = "一、主要预期目标\n全省地区生产总值增长5.5%左右；城镇新增就业65万人以上。（省发展改革委牵头，省统计局等按职责分工负责，年内持续推进）\n";
        let doc = crate::parse(text);
        assert_eq!(doc.targets.len(), 2);
        for t in &doc.targets {
            let units: Vec<(&str, Role)> =
                t.units.iter().map(|u| (u.name.as_str(), u.role)).collect();
            assert_eq!(
                units,
                [
                    ("省发展改革委", Role::Lead),
                    ("省统计局", Role::Cooperating)
                ]
            );
        }
    }

    /// Each target's indicator and how many units it has.
    fn indicators_and_units(doc: &Document) -> Vec<(&str, usize)> {
        doc.targets
            .iter()
            .map(|t| (t.indicator.as_str(), t.units.len()))
            .collect()
    }

    /// The text of task `k`'s deadline.
    fn deadline_text(doc: &Document, k: usize) -> Option<&str> {
        doc.tasks.get(k)?.deadline.as_ref().map(|d| d.text.as_str())
    }

    #[test]
    fn a_timing_label_after_the_statement() {
        let text = "二、重点任务\n9. 新建标准化厂房30万平方米. (主责单位:平山经开区管委会; 协同单位:县工信局) 完成时限:2024年12月底\n";
        let doc = crate::parse(text);
        assert_eq!(deadline_text(&doc, 0), Some("2024年12月底"));
        assert_eq!(doc.tasks[0].units.len(), 2);
    }

    #[test]
    fn ascii_punctuated_goals_with_labels_on_their_line() {
        let text = "一、主要预期目标\n4. 城镇新增就业3,200人以上,城镇调查失业率控制在5.5%以内. 牵头县领导:赵芳  主责单位:县人社局  协同单位:各乡镇人民政府\n5. 城乡居民人均可支配收入分别增长5.5%,7.5%左右. 主责单位:县统计局\n";
        let doc = crate::parse(text);
        let got = indicators_and_units(&doc);
        assert_eq!(
            got,
            [
                ("城镇新增就业", 2),
                ("城镇调查失业率", 2),
                ("城镇居民人均可支配收入", 1),
                ("农村居民人均可支配收入", 1)
            ]
        );
        assert_eq!(clauses("新增就业3,200人以上,失业率5%").len(), 2);
    }

    #[test]
    fn a_contact_line_is_no_orphan_statement() {
        let doc =
            crate::parse("联系人：张三，联系电话：0731-84567890\n一、重点任务\n1.推进项目建设。\n");
        assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
        assert!(doc.metrics.is_empty(), "{:?}", doc.metrics);
    }

    #[test]
    fn a_deadline_bracket_after_the_statement() {
        let text = "二、重点任务\n1.推进项目建设。（牵头单位：县发改局）（2024年12月底前）\n2.推进改革。（牵头单位：县发改局）（三）加快发展\n";
        let doc = crate::parse(text);
        assert_eq!(deadline_text(&doc, 0), Some("2024年12月底前"));
        // a glued heading is still split off
        assert_eq!(doc.diagnostics.len(), 1);
        assert_eq!(doc.sections[0].children.len(), 1);
    }

    #[test]
    fn a_role_line_ends_a_target_item_without_a_full_stop() {
        let text = "一、主要预期目标\n1.地区生产总值增长6%左右\n牵头单位：县发展改革局\n2.一般公共预算收入增长5%\n牵头单位：县财政局\n配合单位：县税务局\n3.粮食产量稳定在42万吨以上；单位地区生产总值\n能耗降低3%\n";
        let doc = crate::parse(text);
        let got = indicators_and_units(&doc);
        assert_eq!(
            got,
            [
                ("地区生产总值", 1),
                ("一般公共预算收入", 2),
                ("粮食产量", 0),
                ("单位地区生产总值能耗", 0)
            ]
        );
        assert!(doc.targets[0].text.ends_with("6%左右"));
    }

    #[test]
    fn an_annex_of_rules_holds_no_tasks() {
        let body = "二、重点任务\n1.推进项目建设。（牵头单位：市发改委）\n附件\n";
        for rules in ["2023年度目标考核评分办法\n", "附件2：考核实施细则\n"] {
            let text = format!("{body}{rules}第一条　为压实责任，制定本办法。\n第二条　考核实行百分制。\n1.地区生产总值增速|8分|完成目标得满分\n");
            let doc = crate::parse(&text);
            assert_eq!(doc.tasks.len(), 1, "{rules}");
        }
        // an annex of work is read as tasks
        let text = format!("{body}重点项目任务分解表\n1.建设产业园。（牵头单位：市工信局）\n");
        assert_eq!(crate::parse(&text).tasks.len(), 2);
        assert!(names_rules("考核评分办法》") && !names_rules("重点任务分解表"));
    }

    #[test]
    fn page_furniture_inside_a_wrapped_statement_is_cut_out() {
        let text = "二、重点任务\n1.实施项目280个。（牵头单位：市发展改革委；责任单位：市\n— 11 —\n2022年第4期　云峤市人民政府公报\n自然资源和规划局、市住建局）\n2.推进改革。（牵头单位：市发展改\n— 12 —\n云峤市人民政府公报　2022年第4期\n革委）\n";
        let doc = crate::parse(text);
        let names: Vec<Vec<&str>> = doc
            .tasks
            .iter()
            .map(|t| t.units.iter().map(|u| u.name.as_str()).collect())
            .collect();
        assert_eq!(
            names,
            [
                vec!["市发展改革委", "市自然资源和规划局", "市住建局"],
                vec!["市发展改革委"]
            ]
        );
        // spans are offsets into the text itself, past the furniture
        for u in doc.tasks.iter().flat_map(|t| &t.units) {
            let got = doc.text(u.span).unwrap_or("");
            assert!(
                got.starts_with('市') && got.ends_with(['委', '局']),
                "{got}"
            );
        }
        assert_eq!(doc.text(doc.tasks[0].units[2].span), Some("市住建局"));
        // `raw` is what the span holds, furniture included (a fuzz find)
        for u in doc.tasks.iter().flat_map(|t| &t.units) {
            assert_eq!(doc.text(u.span), Some(u.raw.as_str()));
        }
    }

    #[test]
    fn a_target_item_with_labelled_achieved_and_goal_parts() {
        let text = "一、主要预期目标\n（一）地区生产总值。2016年完成情况：完成142.6亿元，增长7.8%。2017年目标：增长8%左右。（牵头单位：县发改局）\n（二）单位生产总值能耗。2016年完成情况：下降4.1%。2017年目标：完成市下达任务。（牵头单位：县发改局）\n";
        let doc = crate::parse(text);
        let got: Vec<(&str, Option<String>)> = doc
            .targets
            .iter()
            .map(|t| {
                (
                    t.indicator.as_str(),
                    t.metric.as_ref().map(|m| m.value.to_string()),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("地区生产总值", Some("8".to_string())),
                ("单位生产总值能耗", None)
            ]
        );
        // what was achieved stays a metric
        assert_eq!(doc.metrics.len(), 4);
        assert_eq!(labelled_goal("地区生产总值增长8%。目标：9%"), None);
        assert_eq!(labelled_goal("粮食产量。稳定在40万吨"), None);
    }

    #[test]
    fn a_labelled_respective_goal_takes_the_halves_of_its_titles_pair() {
        let text = "一、主要预期目标\n（六）城乡居民人均可支配收入。2016年完成情况：城镇26850元、\
                    农村12460元，分别增长8.2%、8.6%。2017年目标：分别增长8.5%、9%。\
                    （牵头单位：县统计局）\n（七）进出口总额。2017年目标：分别增长5%、6%。\n";
        let doc = crate::parse(text);
        let got = goal_values(&doc);
        assert_eq!(
            got,
            [
                ("城镇居民人均可支配收入", "8.5".to_string()),
                ("农村居民人均可支配收入", "9".to_string()),
                ("进出口总额", "5".to_string()),
                ("进出口总额", "6".to_string()),
            ]
        );
        assert_eq!(
            metric::narrow_pair("进出口总额", "出口").as_deref(),
            Some("出口总额")
        );
        assert_eq!(metric::narrow_pair("地区生产总值", "城镇"), None);
    }

    #[test]
    fn a_target_statement_cut_by_a_line_break() {
        let text = "今年主要预期目标是：地区生产总值增长5.5%—6%；规模以上工业增加值\n增长6%左右；固定资产投资增长8%以上；单位地区生产总值能耗完成市下达的目标任务。（市发改委牵头）\n下一段说明文字，新建项目5个。\n";
        let doc = crate::parse(text);
        let got = indicators_and_units(&doc);
        assert_eq!(
            got,
            [
                ("地区生产总值", 1),
                ("规模以上工业增加值", 1),
                ("固定资产投资", 1),
                ("单位地区生产总值能耗完成市下达的目标任务", 1)
            ]
        );
        assert!(ends_sentence("……目标任务。"));
    }

    #[test]
    fn numbered_remarks_are_not_items() {
        assert!(is_remark("备注：1.各牵头单位每季度报送进展。"));
        assert!(is_remark("说明:1、本表由督查室汇总。"));
        assert!(!is_remark("备注：请按时报送。"));
        assert!(!is_remark("说明书1.使用"));
        assert!(is_remark("注："));
        let text = "二、重点任务\n1.推进项目建设，新开工项目20个。\n备注：1.各牵头单位每季度报送进展。\n2.完成时限为全年的按季度报送。\n\n3.不是备注的一项。\n";
        let doc = crate::parse(text);
        let numbers: Vec<&str> = doc
            .tasks
            .iter()
            .filter_map(|t| t.number.as_deref())
            .collect();
        assert_eq!(numbers, ["1", "3"]);
    }

    #[test]
    fn notes_link_in_linear_passes() {
        // a thousand citations of one note and one unresolved marker
        let mut text = "推进改革[1]。".repeat(1000);
        text.push_str("见[7]。\n名词解释\n[1]改革:说明。\n");
        let doc = crate::parse(&text);
        assert_eq!(doc.notes.len(), 1);
        assert_eq!(doc.notes[0].references.len(), 1000);
        let d: Vec<_> = doc
            .diagnostics
            .iter()
            .filter(|d| d.code == DiagnosticCode::UnresolvedNoteMarker)
            .collect();
        assert_eq!(d.len(), 1);
        assert_eq!(doc.text(d[0].span), Some("[7]"));
    }

    #[test]
    fn lead_phrases() {
        assert_eq!(
            lead_phrase("加快新兴产业裂变。推进三峡"),
            Some("加快新兴产业裂变。".len())
        );
        assert_eq!(lead_phrase("坚持招商与建设并举,完成"), None);
        assert_eq!(lead_phrase("只有一句。"), None);
    }

    #[test]
    fn target_statements() {
        assert!(target_statement("明年经济社会发展的主要预期目标是:全年").is_some());
        assert!(target_statement("主要预期目标:经济增长").is_some());
        assert!(target_statement("今后五年政府工作的主要预期目标是:").is_none());
        assert!(target_statement("实现预期目标").is_none());
        assert!(target_statement("今后五年的目标是:翻番。2017年主要预期目标为:增长8%").is_some());
        assert!(target_statement("总体要求是：提质增效。全年主要目标：税收增长5%").is_some());
        assert!(target_statement("实现主要目标").is_none());
        // 指标 leads a target list as 目标 does
        assert!(
            target_statement("全县经济社会发展的主要预期性指标是：地区生产总值增长7.5%").is_some()
        );
        assert!(target_statement("主要约束性指标是：单位地区生产总值能耗下降3.5%").is_some());
        assert!(target_statement("主要指标是：税收增长5%").is_some());
        // goals for a period of years are not the plan year's
        assert!(target_statement("今后五年，全县经济社会发展的主要目标是：年均增长8%").is_none());
        assert!(target_statement("“十三五”时期的主要目标是：").is_none());
    }

    #[test]
    fn enumerated_parts() {
        let s = "今年重点抓好三方面工作:一是稳投资,新开工项目20个。二是促消费;三是保民生。";
        let parts: Vec<&str> = enumerations(s)
            .iter()
            .map(|(a, b)| s.get(*a..*b).unwrap())
            .collect();
        assert_eq!(
            parts,
            ["一是稳投资,新开工项目20个。", "二是促消费;", "三是保民生。"]
        );
        assert!(enumerations("统一是关键").is_empty());
    }

    #[test]
    fn declared_counts() {
        assert_eq!(declared_count("重点工作(共135项)"), Some(135));
        assert_eq!(declared_count("重点工作"), None);
    }

    #[test]
    fn clause_split() {
        let s = "经济增长7.5%;金融(财政,风险)防控,同步。";
        let parts: Vec<&str> = clauses(s)
            .iter()
            .map(|(a, b)| s.get(*a..*b).unwrap())
            .collect();
        assert_eq!(parts, ["经济增长7.5%", "金融(财政,风险)防控", "同步"]);
    }

    #[test]
    fn items_in_a_box_of_projects_are_no_tasks() {
        let text = "三、重点任务\n（一）夯实数字基础设施\n1.建设工业互联网平台。培育平台8个。（牵头单位：市工信局）\n【专栏1】2022年数字基础设施重点工程\n①桐江5G+智慧园区工程：总投资2.6亿元；\n②城南数据中心二期：新增标准机架2000个。\n2.建设数据中心。（牵头单位：市大数据局）\n专栏2 重点工程\n（1）北区工程：投资3亿元。\n（2）南区工程：投资4亿元。\n（二）提升服务\n①建设政务云。（牵头单位：市大数据局）\n";
        let doc = crate::parse(text);
        let tasks: Vec<(Option<&str>, &str)> = doc
            .tasks
            .iter()
            .map(|t| (t.number.as_deref(), t.text.as_str()))
            .collect();
        assert_eq!(
            tasks,
            [
                (Some("1"), "建设工业互联网平台。培育平台8个。"),
                (Some("2"), "建设数据中心。"),
                // a circled item with units of its own is a task, its
                // number in digits
                (Some("1"), "建设政务云。"),
            ]
        );
        // the boxes' figures are still metrics of the document
        let values: Vec<String> = doc.metrics.iter().map(|m| m.value.to_string()).collect();
        assert_eq!(values, ["8", "2.6", "2000", "3", "4"]);
        assert!(is_box_title("〔专栏3〕重大项目"));
        assert!(!is_box_title("加强专栏建设"));
    }

    #[test]
    fn a_goal_parted_by_semicolons_needs_no_known_verb() {
        let doc = crate::parse(
            "二、2020年工作安排\n今年主要预期目标是：地区生产总值增长7.5%左右；剩余贫困人口全部脱贫；城镇登记失业率控制在4%以内。\n",
        );
        let goals: Vec<(&str, bool)> = doc
            .targets
            .iter()
            .map(|t| (t.indicator.as_str(), t.metric.is_some()))
            .collect();
        assert_eq!(
            goals,
            [
                ("地区生产总值", true),
                ("剩余贫困人口全部脱贫", false),
                ("城镇登记失业率", true)
            ]
        );
        // parts of a comma sentence still need a goal's verb
        let doc =
            crate::parse("二、目标\n今年主要预期目标是：地区生产总值增长6%，坚决打赢攻坚战。\n");
        assert_eq!(doc.targets.len(), 1);
    }

    #[test]
    fn a_work_reports_goals_for_five_years_are_no_targets() {
        let text = "政府工作报告\n一、过去一年工作回顾\n二、“十三五”时期的主要目标\n今后五年，全县经济社会发展的主要目标是：地区生产总值年均增长8%左右，城镇化率达到55%。\n三、2016年工作安排\n2016年全县经济社会发展的主要预期性指标是：地区生产总值增长7.5%左右；城镇新增就业3000人。主要约束性指标是：单位地区生产总值能耗下降3.5%。\n";
        let doc = crate::parse(text);
        assert_eq!(doc.kind, DocumentKind::WorkReport);
        let got: Vec<&str> = doc.targets.iter().map(|t| t.indicator.as_str()).collect();
        assert_eq!(
            got,
            ["地区生产总值", "城镇新增就业", "单位地区生产总值能耗"]
        );
        assert_eq!(
            doc.targets[0].metric.as_ref().map(|m| m.value.to_string()),
            Some("7.5".into())
        );
    }

    /// The targets of `doc` as (indicator, value), the value empty for a
    /// qualitative goal.
    /// The units of task `t` as (name, role).
    fn roles_of(t: &Task) -> Vec<(&str, Role)> {
        t.units.iter().map(|u| (u.name.as_str(), u.role)).collect()
    }

    /// Every task of `doc` as (text, its units as (name, role)).
    fn texts_and_roles(doc: &Document) -> Vec<(&str, Vec<(&str, Role)>)> {
        doc.tasks
            .iter()
            .map(|t| (t.text.as_str(), roles_of(t)))
            .collect()
    }

    #[test]
    fn units_handed_to_the_items_below_keep_their_roles() {
        use Role::*;
        let text = "二、重点任务\n（一）推进乡村振兴（以下各项均由区农业农村局牵头，各街道办事处配合）\n1.新建高标准农田3000亩。\n2.发展家庭农场60家。（配合单位：区市场监管局）\n（二）守牢安全底线\n以下第4、5项责任单位均为：区应急管理局、区消防救援大队。\n3.新增养老床位200张。（牵头单位：区民政局）\n4.重大事故隐患整改率达到100%。\n5.建成应急避难场所3处。\n（三）其他\n6.开展培训500人次。（牵头单位：区人社局）\n";
        let doc = crate::parse(text);
        let got = texts_and_roles(&doc);
        let roles: Vec<&Vec<(&str, Role)>> = got.iter().map(|(_, r)| r).collect();
        assert_eq!(
            roles,
            [
                &vec![("区农业农村局", Lead), ("各街道办事处", Cooperating)],
                &vec![
                    ("区农业农村局", Lead),
                    ("各街道办事处", Cooperating),
                    ("区市场监管局", Cooperating)
                ],
                &vec![("区民政局", Lead)],
                &vec![
                    ("区应急管理局", Responsible),
                    ("区消防救援大队", Responsible)
                ],
                &vec![
                    ("区应急管理局", Responsible),
                    ("区消防救援大队", Responsible)
                ],
                &vec![("区人社局", Lead)],
            ]
        );
        // the line itself is no task's role line and holds no metric
        assert!(doc.metrics.iter().all(|m| !m.text.contains("项")));
    }

    #[test]
    fn role_lines_cut_inside_a_name_or_a_bracket_go_on() {
        use Role::*;
        // a list ending in a conjunction, and a bracket of its own line
        // left open
        let text = "1.新建标准厂房12万平方米。\n主要责任单位：区发改局、区自然资源和\n规划局　协办单位：区住建局\n2.盘活闲置土地800亩。\n（牵头单位：区工信局；责任单位：区自然资源\n局、区财政局）\n3.新建学校2所。（牵头单位：区教育局）\n";
        let doc = crate::parse(text);
        let got = texts_and_roles(&doc);
        let roles: Vec<&Vec<(&str, Role)>> = got.iter().map(|(_, r)| r).collect();
        assert_eq!(
            roles,
            [
                &vec![
                    ("区发改局", Lead),
                    ("区自然资源和规划局", Lead),
                    ("区住建局", Cooperating)
                ],
                &vec![
                    ("区工信局", Lead),
                    ("区自然资源局", Responsible),
                    ("区财政局", Responsible)
                ],
                &vec![("区教育局", Lead)],
            ]
        );
        assert!(list_unfinished("责任单位：区发改局、区自然资源和"));
        assert!(!list_unfinished("责任单位：区发改局、区自然资源和规划局"));
    }

    #[test]
    fn a_goal_without_a_number_before_a_wrap_that_cuts_the_next_goal() {
        let text = "二、工作目标\n　　到2027年，规模以上工业企业数字化改造基本实现全覆盖，累计培育省级智能工厂\n12家、数字化车间50个。\n三、重点任务\n";
        let doc = crate::parse(text);
        assert_eq!(
            goal_values(&doc),
            [
                ("规模以上工业企业数字化改造基本实现全覆盖", String::new()),
                ("累计培育省级智能工厂", "12".to_string()),
                ("数字化车间", "50".to_string()),
            ]
        );
        // a cut line whose whole clauses hold a quantity is read as before
        let text = "二、工作目标\n　　到2027年，人均体育场地面积达到2.6平方米，新建社区体育公园\n20个。\n三、重点任务\n";
        let doc = crate::parse(text);
        assert_eq!(
            goal_values(&doc),
            [
                ("人均体育场地面积", "2.6".to_string()),
                ("新建社区体育公园", "20".to_string()),
            ]
        );
    }

    fn goal_values(doc: &Document) -> Vec<(&str, String)> {
        doc.targets
            .iter()
            .map(|t| {
                let value = t.metric.as_ref().map(|m| m.value.to_string());
                (t.indicator.as_str(), value.unwrap_or_default())
            })
            .collect()
    }

    /// The tasks of `doc` as (number, heading path).
    fn numbers_and_paths(doc: &Document) -> Vec<(Option<&str>, Vec<&str>)> {
        doc.tasks
            .iter()
            .map(|t| {
                let path = t.path.iter().map(|p| p.as_str()).collect();
                (t.number.as_deref(), path)
            })
            .collect()
    }

    /// `pairs` with owned values, to compare with [`goal_values`].
    fn owned<'a>(pairs: &[(&'a str, &str)]) -> Vec<(&'a str, String)> {
        pairs.iter().map(|(i, v)| (*i, (*v).to_string())).collect()
    }

    #[test]
    fn figures_beside_the_goals_are_no_targets() {
        let text = "政府工作报告\n二、2024年工作安排\n今年的主要预期目标是：地区生产总值增长6%，力争6.5%；固定资产投资增长（其中工业投资增长12%）；城镇新增就业不低于3000人（上年完成3156人）；居民收入增长7%（上年分别为5.1%、6.2%）；研发经费投入强度提高0.1个百分点，“十五五”末达到2.5%。\n";
        let doc = crate::parse(text);
        let got = goal_values(&doc);
        let want = [
            ("地区生产总值", "6"),
            ("工业投资", "12"),
            ("城镇新增就业", "3000"),
            ("居民收入", "7"),
            ("研发经费投入强度", "0.1"),
        ];
        assert_eq!(got, owned(&want));
        // the figures beside the goals are still metrics
        for figure in ["6.5", "3156", "5.1", "6.2", "2.5"] {
            assert!(
                doc.metrics.iter().any(|m| m.value.to_string() == figure),
                "{figure}"
            );
        }
    }

    #[test]
    fn a_respective_list_cut_by_a_hard_wrap() {
        let text = "政府工作报告\n二、2019年工作安排\n今年主要预期目标是：地区生产总值增长7%左右；城镇、农村常住居民人均可支配收入分别\n增长7.5%、8.5%；城镇登记失业率\n控制在3%以内。\n";
        let doc = crate::parse(text);
        let got = goal_values(&doc);
        let want = [
            ("地区生产总值", "7"),
            ("城镇常住居民人均可支配收入", "7.5"),
            ("农村常住居民人均可支配收入", "8.5"),
            ("城镇登记失业率", "3"),
        ];
        assert_eq!(got, owned(&want));
        assert_eq!(doc.metrics.len(), 4, "{:?}", doc.metrics);
    }

    #[test]
    fn goals_of_one_item_with_statements_of_their_own() {
        let text = "关于印发2023年重点工作任务分解方案的通知\n一、主要预期目标\n1.经济增长目标。地区生产总值增长7%左右（责任单位：县发改委、县统计局）；规模以上工业增加值增长8.5%、力争9%（责任单位：县工信局）；社会消费品零售总额增长8%（责任单位：县商务局）。\n2.绿色发展目标。单位GDP能耗完成市下达任务（责任单位：县发改委）；空气质量优良天数比率达到95%以上（责任单位：县生态环境局）。\n3.城镇新增就业3000人以上，城镇登记失业率控制在4.5%以内（责任单位：县人社局）。\n";
        let doc = crate::parse(text);
        let got: Vec<(&str, Vec<&str>)> = doc
            .targets
            .iter()
            .map(|t| {
                let names = t.units.iter().map(|u| u.name.as_str()).collect();
                (t.indicator.as_str(), names)
            })
            .collect();
        let want: Vec<(&str, Vec<&str>)> = vec![
            ("地区生产总值", vec!["县发改委", "县统计局"]),
            ("规模以上工业增加值", vec!["县工信局"]),
            ("社会消费品零售总额", vec!["县商务局"]),
            ("单位GDP能耗完成市下达任务", vec!["县发改委"]),
            ("空气质量优良天数比率", vec!["县生态环境局"]),
            ("城镇新增就业", vec!["县人社局"]),
            ("城镇登记失业率", vec!["县人社局"]),
        ];
        assert_eq!(got, want);
        assert_eq!(run_in_title("民生保障方面：城镇新增就业3000人"), Some(21));
        assert_eq!(run_in_title("地区生产总值增长7%。"), None);
        // a topic clause opening a statement's goals is none of them
        let doc = crate::parse("政府工作报告\n二、2025年工作安排\n今年的主要预期目标是：经济增长方面，地区生产总值增长6%左右；民生保障方面，城镇新增就业2万人。\n");
        let got: Vec<&str> = doc.targets.iter().map(|t| t.indicator.as_str()).collect();
        assert_eq!(got, ["地区生产总值", "城镇新增就业"]);
    }

    #[test]
    fn bulleted_target_lines_and_their_explanation() {
        let text = "政府工作报告\n二、2026年主要预期目标\n　　2026年全市经济社会发展的主要预期目标为：\n　　◆地区生产总值增长5%—5.5%；\n　　◆城镇、农村居民人均可支配收入分别增长5%和6.5%；\n　　◆完成省下达的节能降碳目标任务。\n　　这些目标，既考虑了需要，也考虑了可能；固定资产投资力争目标为项目建设留出了空间。\n";
        let doc = crate::parse(text);
        let got: Vec<&str> = doc.targets.iter().map(|t| t.indicator.as_str()).collect();
        assert_eq!(
            got,
            [
                "地区生产总值",
                "城镇居民人均可支配收入",
                "农村居民人均可支配收入",
                "完成省下达的节能降碳目标任务"
            ]
        );
        assert!(doc.targets.iter().all(|t| !t.text.contains('◆')));
    }

    #[test]
    fn goal_lines_with_statements_of_their_own() {
        let text = "2024年重点工作分解方案\n一、主要预期目标\n地区生产总值增长6%左右，在实际工作中力争达到6.5%。（责任单位：市发展改革委、市统计局）\n实际利用外资力争达到30亿美元。（责任单位：市商务局）\n单位地区生产总值能耗完成省下达目标任务。（责任单位：市发展改革委、市生态环境局）\n";
        let doc = crate::parse(text);
        let got: Vec<(&str, usize)> = doc
            .targets
            .iter()
            .map(|t| (t.indicator.as_str(), t.units.len()))
            .collect();
        assert_eq!(
            got,
            [
                ("地区生产总值", 2),
                ("实际利用外资", 1),
                ("单位地区生产总值能耗完成省下达目标任务", 2)
            ]
        );
    }

    #[test]
    fn a_table_restating_the_sentence_and_notes_on_the_goals() {
        let text = "政府工作报告\n二、2025年工作安排\n　　今年的主要预期目标是：地区生产总值增长5.5%左右；其他主要预期目标安排见表1。\n指标\t单位\t2025年目标\t属性\n地区生产总值增长\t%\t5.5左右\t预期性\n城镇新增就业\t万人\t5.2\t预期性\n注：1.地区生产总值增速按可比价计算。\n";
        let doc = crate::parse(text);
        assert_eq!(
            goal_values(&doc),
            owned(&[("地区生产总值", "5.5"), ("城镇新增就业", "5.2")])
        );
        // two goals of one row, a year each, stay
        let text = "序号\t指标\t单位\t2025年\t2026年\n1\t新建改造农村供水管网\t公里\t350\t350\n";
        let doc = crate::parse(text);
        assert_eq!(doc.targets.len(), 2, "{:?}", doc.targets);
        // a threshold named by the noun whose count follows is no goal
        let doc = crate::parse("政府工作报告\n二、2024年工作安排\n今年主要预期目标是：新开工项目60个，其中10亿元以上项目5个。\n");
        assert_eq!(
            goal_values(&doc),
            owned(&[("新开工项目", "60"), ("10亿元以上项目", "5")])
        );
        // two pollutants of one standard key reduced alike stay
        let doc = crate::parse("政府工作报告\n二、2020年工作安排\n主要约束性指标是：二氧化硫、氮氧化物排放量分别减少2%和2%。\n");
        assert_eq!(doc.targets.len(), 2, "{:?}", doc.targets);
    }

    #[test]
    fn sub_items_under_a_bare_title_with_role_lines_below_them() {
        let text = "二、重点工作\n（一）产业发展\n1.工业项目攻坚\n（1）推进智能卫浴项目竣工投产，全年完成投资3.2亿元。\n　　牵头领导：沈建华\n　　第一责任单位：①镇经济发展办公室\n　　配合单位：①镇财政所②镇统计站\n（2）完成低效工业用地整治300亩。\n　　第一责任单位：①镇规划建设办公室\n2.农业农村发展\n（1）稳定粮食播种面积2.6万亩。\n　　第一责任单位：①镇农业农村办公室\n";
        let doc = crate::parse(text);
        let got: Vec<(Option<&str>, Vec<&str>, Vec<&str>)> = doc
            .tasks
            .iter()
            .map(|t| {
                let path = t.path.iter().map(|p| p.as_str()).collect();
                let units = t.units.iter().map(|u| u.name.as_str()).collect();
                (t.number.as_deref(), path, units)
            })
            .collect();
        let want: Vec<(Option<&str>, Vec<&str>, Vec<&str>)> = vec![
            (
                Some("1"),
                vec!["二、", "（一）", "1."],
                vec!["镇经济发展办公室", "镇财政所", "镇统计站"],
            ),
            (
                Some("2"),
                vec!["二、", "（一）", "1."],
                vec!["镇规划建设办公室"],
            ),
            (
                Some("1"),
                vec!["二、", "（一）", "2."],
                vec!["镇农业农村办公室"],
            ),
        ];
        assert_eq!(got, want);
        assert_eq!(doc.tasks[0].units[0].role, Role::Lead);
    }

    #[test]
    fn a_lead_in_under_a_targets_heading_opens_the_goal_lines_below() {
        let text = "二、发展目标\n　　到2027年，全县储能产业实现集群化发展，具体目标如下：\n　　——产业规模。储能装机突破20万千瓦，产业产值达到300亿元。\n　　——创新能力。建成省级研发平台5个，形成一批典型应用场景。\n三、重点任务\n1.建设储能电站。（县发改局牵头）\n";
        let doc = crate::parse(text);
        assert_eq!(
            goal_values(&doc),
            owned(&[
                ("全县储能产业实现集群化发展", ""),
                ("储能装机", "20"),
                ("产业产值", "300"),
                ("建成省级研发平台", "5"),
                ("形成一批典型应用场景", ""),
            ])
        );
        assert_eq!(doc.tasks.len(), 1);
        // a lead-in to the work names no goals
        let text = "一、主要目标\n　　全年地区生产总值增长6%左右。围绕实现上述目标，重点做好以下工作：\n　　——扩大有效投资。全年实施重点项目50个。\n";
        let doc = crate::parse(text);
        assert_eq!(goal_values(&doc), owned(&[("全年地区生产总值", "6")]));
    }

    #[test]
    fn last_years_figure_in_the_clause_of_this_years_goal_is_none() {
        let text = "政府工作报告\n二、2026年工作安排\n今年主要预期目标是：地区生产总值在去年增长5.8%的基础上，增长5.5%左右；规模以上工业增加值去年增长8.1%，今年力争增长7%以上；固定资产投资由去年下降2.3%转为增长3%左右；居民消费率较上年提高1个百分点。\n";
        let doc = crate::parse(text);
        assert_eq!(
            goal_values(&doc),
            owned(&[
                ("地区生产总值", "5.5"),
                ("规模以上工业增加值", "7"),
                ("固定资产投资", "3"),
                ("居民消费率", "1"),
            ])
        );
    }

    #[test]
    fn a_plans_purpose_sentence_states_its_goals() {
        let text = "某县进一步稳就业若干措施\n　　为全力稳住就业基本盘，力争全年城镇新增就业6000人以上，城镇调查失业率控制在5.5%以内，确保零就业家庭动态清零，结合我县实际，制定以下措施。\n　　一、支持企业稳岗\n　　1.落实稳岗返还政策，返还比例提高至90%。（责任单位：县人社局）\n";
        let doc = crate::parse(text);
        let texts: Vec<&str> = doc.targets.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "全年城镇新增就业6000人以上",
                "城镇调查失业率控制在5.5%以内",
                "零就业家庭动态清零"
            ]
        );
        assert_eq!(doc.tasks.len(), 1);
        // with the year the goals are for
        let line = "为激发活力，力争到2025年，民营企业数量突破25万户，结合我市实际，特制定本方案。";
        let goals = purpose_goals(line).and_then(|(a, b)| line.get(a..b));
        assert_eq!(goals, Some("民营企业数量突破25万户"));
        // a purpose without goals states none
        assert_eq!(
            purpose_goals("为做好稳就业工作，结合我市实际，制定以下措施。"),
            None
        );
        assert_eq!(
            purpose_goals("为确保完成全年目标任务，现将重点工作分解如下。"),
            None
        );
    }

    #[test]
    fn goals_in_words_for_a_year_and_after_a_lead_in_mid_line() {
        // goals for a year, none with a number
        let text = "一、工作目标\n　　到2025年，基本建成县域商业体系，农村流通网络更加健全，农村消费潜力进一步释放。主要指标详见附件。\n二、重点任务\n";
        let doc = crate::parse(text);
        let texts: Vec<&str> = doc.targets.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "基本建成县域商业体系",
                "农村流通网络更加健全",
                "农村消费潜力进一步释放"
            ]
        );
        // the goals after 努力实现以下目标：, not the requirements before it;
        // the hope of doing better is none
        let text = "二、今年工作的总体要求和目标\n　　今年政府工作的总体要求是：统筹推进稳增长、促改革、调结构各项工作，努力实现以下目标：地区生产总值增长6%左右，力争在实际工作中取得更好结果；城镇新增就业3000人以上。\n";
        let doc = crate::parse(text);
        assert_eq!(
            goal_values(&doc),
            owned(&[("地区生产总值", "6"), ("城镇新增就业", "3000")])
        );
        assert!(opens_with_horizon("到2027年底，建成…") && !opens_with_horizon("到2027年建成"));
    }

    #[test]
    fn paren_items_with_role_lines_below_and_a_run_in_targets_heading() {
        let text = "一、总体要求\n（一）指导思想。坚持新发展理念。\n（二）主要目标。到2027年，规模以上工业增加值年均增长7%以上，规模以上工业企业突破2500家。\n二、重点任务\n（一）做强装备产业集群。装备产业营业收入突破2000亿元。\n牵头单位：市工业和信息化局  责任单位：市发展改革委、市科技局\n（二）壮大航空产业集群。推进通航产业园二期项目。\n牵头单位：市工业和信息化局　责任单位：市商务局\n";
        let doc = crate::parse(text);
        assert_eq!(
            goal_values(&doc),
            owned(&[("规模以上工业增加值", "7"), ("规模以上工业企业", "2500")])
        );
        let got: Vec<(Option<&str>, usize)> = doc
            .tasks
            .iter()
            .map(|t| (t.number.as_deref(), t.units.len()))
            .collect();
        assert_eq!(got, [(Some("一"), 3), (Some("二"), 2)]);
        assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
    }

    #[test]
    fn the_lines_a_wrap_cuts_a_sub_item_into_stay_with_its_task() {
        let text = "二、项目安排\n1.教育优先发展工程\n（1）新建第三中学，新增学\n位1350个。\n（2）实施食堂提质工程，更新改造厨\n房设备，惠及师生3.6万人。\n（3）新增托班学位300个以上。\n责任单位：区教育局（牵头），区财政局\n2.健康工程\n（1）完成4家中心提档升级。\n（2）新建卫生服务站6个。\n责任单位：区卫健委\n";
        let doc = crate::parse(text);
        let got: Vec<(Option<&str>, usize, usize)> = doc
            .tasks
            .iter()
            .map(|t| (t.number.as_deref(), t.units.len(), t.metrics.len()))
            .collect();
        assert_eq!(got, [(Some("1"), 2, 3), (Some("2"), 1, 2)]);
        assert_eq!(doc.tasks[0].text, "教育优先发展工程");
        assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
    }

    #[test]
    fn units_after_a_double_dash_lead_only_by_a_slash_or_the_legend() {
        let items = "二、重点任务\n1.新建养老服务站12个。——县民政局\n2.新建体育公园3个。——县文旅局/县教育局\n";
        let doc = crate::parse(items);
        let roles: Vec<Vec<(&str, Role)>> = doc.tasks.iter().map(roles_of).collect();
        assert_eq!(
            roles,
            [
                vec![("县民政局", Role::Responsible)],
                vec![("县文旅局", Role::Lead), ("县教育局", Role::Cooperating)],
            ]
        );
        let legend = format!("每项任务后以“——”标注责任单位，“/”前为牵头单位，未标“/”的，所列单位均为牵头单位。\n{items}");
        let doc = crate::parse(&legend);
        assert_eq!(roles_of(&doc.tasks[0]), [("县民政局", Role::Lead)]);
        assert!(bare_lists_lead("所列單位均爲牽頭單位") && !bare_lists_lead("牵头单位：县发改局"));
    }

    #[test]
    fn a_closing_sentence_of_roles_on_the_lines_an_item_wraps_onto() {
        let text = "二、重点任务\n1．加快产业园建设，全年引进数字经济项目30个以上，其中投资5亿元以上\n项目不少于3个。由区发改局牵头，区商务局、\n区自然资源分局配合。\n2．推进城市大脑二期建设，年内共享数据目录不少于800项。由\n区大数据中心负责，区政府办公室配合。\n";
        let doc = crate::parse(text);
        let got = texts_and_roles(&doc);
        assert_eq!(
            got,
            [
                (
                    "加快产业园建设，全年引进数字经济项目30个以上，其中投资5亿元以上项目不少于3个。",
                    vec![
                        ("区发改局", Role::Lead),
                        ("区商务局", Role::Cooperating),
                        ("区自然资源分局", Role::Cooperating)
                    ]
                ),
                (
                    "推进城市大脑二期建设，年内共享数据目录不少于800项。",
                    vec![
                        ("区大数据中心", Role::Responsible),
                        ("区政府办公室", Role::Cooperating)
                    ]
                ),
            ]
        );
    }

    #[test]
    fn short_labels_in_a_bracket_at_the_end_of_the_text() {
        let text = "二、重点任务\n1.新增规上企业12家。【牵头：县发改局；配合：县直有关部门；时限：2025年12月底前】\n";
        let doc = crate::parse(text);
        let t = &doc.tasks[0];
        assert_eq!(t.text, "新增规上企业12家。");
        let units = roles_of(t);
        assert_eq!(
            units,
            [
                ("县发改局", Role::Lead),
                ("县直有关部门", Role::Cooperating)
            ]
        );
        assert_eq!(
            t.deadline.as_ref().map(|d| d.text.as_str()),
            Some("2025年12月底前")
        );
    }

    #[test]
    fn dash_goal_lines_end_at_a_line_without_the_dash() {
        let text = "报告提出，2026年全市经济社会发展的主要预期目标是：\n　　——地区生产总值增长5.5%左右；\n　　——城镇新增就业6.5万人以上。\n　　报告指出，要重点抓好八个方面工作：一是坚持项目为王，全年实施市级重点项目500个以上；二是加快产业转型。\n";
        let doc = crate::parse(text);
        assert_eq!(
            goal_values(&doc),
            owned(&[("地区生产总值", "5.5"), ("城镇新增就业", "6.5")])
        );
        assert_eq!(doc.metrics.len(), 3);
    }

    #[test]
    fn a_qualitative_goal_a_hard_wrap_cuts_is_one_goal() {
        let text = "一、工作目标\n　　2025年，新建充电桩3000个以上；实现县城和中\n心镇充电设施全覆盖，服务半径缩小至1公里以内。\n";
        let doc = crate::parse(text);
        let texts: Vec<&str> = doc.targets.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "新建充电桩3000个以上",
                "实现县城和中心镇充电设施全覆盖",
                "服务半径缩小至1公里以内"
            ]
        );
    }

    #[test]
    fn a_bracket_of_roles_a_hard_wrap_cuts_closes_on_the_next_line() {
        let text = "二、重点任务\n（一）推进厕所革命\n①建设农村公厕30座（县农业农村\n局负责，各乡镇人民政府具体实施）。\n②新增垃圾转运车15辆（县城管局负\n责）。\n③改造户厕200户（县卫健局\n、县农业农村局负责）。\n④开展清洁行动（重点在集镇\n和村庄周边）。\n";
        let doc = crate::parse(text);
        let got = texts_and_roles(&doc);
        assert_eq!(
            got,
            [
                (
                    "建设农村公厕30座",
                    vec![
                        ("县农业农村局", Role::Responsible),
                        ("各乡镇人民政府", Role::Responsible)
                    ]
                ),
                ("新增垃圾转运车15辆", vec![("县城管局", Role::Responsible)]),
                (
                    "改造户厕200户",
                    vec![
                        ("县卫健局", Role::Responsible),
                        ("县农业农村局", Role::Responsible)
                    ]
                ),
                // a bracket of words, not roles, stays text
                ("开展清洁行动（重点在集镇和村庄周边）。", vec![]),
            ]
        );
        let u = &doc.tasks[0].units[0];
        assert_eq!(text.get(u.span.start..u.span.end), Some("县农业农村\n局"));
    }

    #[test]
    fn work_points_name_their_units_before_a_colon() {
        let text = "二、重点任务\n1.县数据资源局：深化政务服务改革，新增集成服务事项20项。（县政务服务中心配合）\n2.县发展改革委、县司法局:清理妨碍公平竞争的政策措施。\n3.县工信局/县统计局：新增规上企业12家。\n4.营商环境：全年新增经营主体3000户。（县市场监管局负责）\n";
        let doc = crate::parse(text);
        let got = texts_and_roles(&doc);
        assert_eq!(
            got,
            [
                (
                    "深化政务服务改革，新增集成服务事项20项。",
                    vec![
                        ("县数据资源局", Role::Responsible),
                        ("县政务服务中心", Role::Cooperating)
                    ]
                ),
                (
                    "清理妨碍公平竞争的政策措施。",
                    vec![
                        ("县发展改革委", Role::Responsible),
                        ("县司法局", Role::Responsible)
                    ]
                ),
                (
                    "新增规上企业12家。",
                    vec![("县工信局", Role::Lead), ("县统计局", Role::Cooperating)]
                ),
                // a topic before the colon names no unit
                (
                    "营商环境：全年新增经营主体3000户。",
                    vec![("县市场监管局", Role::Responsible)]
                ),
            ]
        );
        let u = &doc.tasks[0].units[0];
        assert_eq!(text.get(u.span.start..u.span.end), Some("县数据资源局"));
    }

    #[test]
    fn a_circled_unit_list_goes_on_the_next_line() {
        let text = "二、重点工作\n1.环境整治\n（1）推进垃圾分类提质扩面。\n　　第一责任单位：①镇综合行政执法队\n　　配合单位：①镇规划建设办公室\n　　　　　　　②各村（社区）、③镇团委\n（2）新建照料中心2家。\n　　配合单位：①镇卫生院\n②加强巡查，每月检查1次。\n";
        let doc = crate::parse(text);
        let units: Vec<Vec<(&str, Role)>> = doc.tasks.iter().map(roles_of).collect();
        assert_eq!(
            units,
            [
                vec![
                    ("镇综合行政执法队", Role::Lead),
                    ("镇规划建设办公室", Role::Cooperating),
                    ("各村", Role::Cooperating),
                    ("镇团委", Role::Cooperating),
                ],
                // a circled line that is work, not names, stays a sub-item
                vec![("镇卫生院", Role::Cooperating)],
            ]
        );
        assert_eq!(doc.tasks[0].units[2].span.start, text.find("各村").unwrap());
    }

    #[test]
    fn progress_under_a_target_item_sets_no_targets() {
        let text = "辽川市2020年政府工作报告重点任务督办清单\n一、主要经济指标\n1.全市地区生产总值增长6%左右。\n牵头领导/责任单位/配合单位：刘志刚/市发展改革委/市统计局\n进展情况：前三季度全市地区生产总值完成1286.4亿元，同比增长1.2%。\n";
        let doc = crate::parse(text);
        assert_eq!(goal_values(&doc), owned(&[("地区生产总值", "6")]));
        assert_eq!(doc.targets[0].units.len(), 2);
        assert_eq!(doc.metrics.len(), 3, "{:?}", doc.metrics);
    }

    #[test]
    fn goal_lines_of_an_indicator_and_its_goal() {
        let text = "关于印发2023年重点任务责任分解方案的通知\n一、主要预期指标\n　　地区生产总值增速：6%左右\n　　城镇新增就业：31万人以上\n　　城乡居民人均可支配收入增速：与经济增长基本同步\n　　说明：以上指标按可比价计算\n　　（以上指标牵头处室：国民经济综合处；配合处室：地区经济处）\n二、重点任务\n　　1.安排省级重点建设项目360个。（牵头处室：投资处）\n";
        let doc = crate::parse(text);
        assert_eq!(
            goal_values(&doc),
            owned(&[
                ("地区生产总值增速", "6"),
                ("城镇新增就业", "31"),
                ("城乡居民人均可支配收入增速", "")
            ])
        );
        let m = doc.targets[0].metric.as_ref().expect("a figure");
        assert_eq!(
            (m.change, m.bound),
            (Some(crate::Change::Growth), crate::Bound::Approx)
        );
        assert_eq!(m.text.as_str(), "6%左右");
        // the closing statement holds for every goal above it
        for t in &doc.targets {
            let roles: Vec<(&str, Role)> =
                t.units.iter().map(|u| (u.name.as_str(), u.role)).collect();
            assert_eq!(
                roles,
                [
                    ("国民经济综合处", Role::Lead),
                    ("地区经济处", Role::Cooperating)
                ]
            );
        }
        assert_eq!(doc.tasks.len(), 1);
        // a contact line is no goal
        let doc = crate::parse("一、主要预期指标\n　　联系电话：0735-8812345\n　　联系人：张三\n");
        assert!(doc.targets.is_empty(), "{:?}", doc.targets);
    }

    #[test]
    fn a_target_items_statement_on_its_own_lines_runs_on() {
        let text = "关于印发重点工作分解方案的通知\n一、主要预期目标\n　　２．全社会固定资产投资增长１０％以上，社会消费品零售总额增长８％。\n（牵头单位：县发展和改革委员会、县商务局；实施主体：各乡（镇）人民政\n府）\n　　３．一般公共预算收入增长６％。（牵头单位：县财政局）\n";
        let doc = crate::parse(text);
        for t in doc.targets.iter().take(2) {
            let names: Vec<&str> = t.units.iter().map(|u| u.name.as_str()).collect();
            assert_eq!(names, ["县发展和改革委员会", "县商务局", "各乡人民政府"]);
        }
        assert_eq!(doc.targets.len(), 3);
        assert_eq!(doc.targets[2].units.len(), 1);
    }

    #[test]
    fn a_reports_numbered_review_is_no_work() {
        let text = "政府工作报告\n一、2021年工作回顾\n1.地区生产总值增长7.5%左右，实际增长8.2%，完成年度目标；\n2.固定资产投资增长10%，实际增长6.3%，未完成年度目标。\n二、2022年主要预期目标\n1.地区生产总值增长6.5%左右。\n三、2022年重点工作\n1.实施重点项目120个。\n";
        let doc = crate::parse(text);
        let got = numbers_and_paths(&doc);
        assert_eq!(got, [(Some("1"), vec!["三、"])]);
        assert_eq!(goal_values(&doc), owned(&[("地区生产总值", "6.5")]));
        // what was done is still read
        assert!(doc.metrics.iter().any(|m| m.value.to_string() == "8.2"));
    }

    #[test]
    fn units_after_a_dash() {
        let text = "二、重点任务\n1.全年新签约亿元以上项目60个。——区商务局、区招商服务中心/各镇、街道，某某高新区管委会\n2.全年安排区级重点项目150个。\n——区发改委/区住建局\n";
        let doc = crate::parse(text);
        let got: Vec<Vec<(&str, Role)>> = doc.tasks.iter().map(roles_of).collect();
        assert_eq!(
            got,
            [
                vec![
                    ("区商务局", Role::Lead),
                    ("区招商服务中心", Role::Lead),
                    ("各镇", Role::Cooperating),
                    ("各街道", Role::Cooperating),
                    ("某某高新区管委会", Role::Cooperating),
                ],
                vec![("区发改委", Role::Lead), ("区住建局", Role::Cooperating)],
            ]
        );
        assert!(doc.tasks[0].text.ends_with("60个。"));
    }

    #[test]
    fn items_numbered_as_the_nth() {
        let text = "关于印发2024年重点工作任务分解方案的通知\n二、重点工作任务\n第1项　全年谋划储备亿元以上项目300个。（牵头单位：市发展改革委；协同单位：市财政局）\n第2项　新增规模以上工业企业50户。（牵头单位：市工信局）\n";
        let doc = crate::parse(text);
        let got: Vec<(Option<&str>, usize)> = doc
            .tasks
            .iter()
            .map(|t| (t.number.as_deref(), t.units.len()))
            .collect();
        assert_eq!(got, [(Some("1"), 2), (Some("2"), 1)]);
        assert!(doc.tasks[0].text.starts_with("全年谋划"));
    }

    #[test]
    fn groups_under_a_section_that_stated_its_targets_are_work() {
        let text = "政府工作报告\n二、2025年目标任务\n全市经济社会发展的主要预期目标是：地区生产总值增长5.5%至6%；城镇新增就业5万人以上。\n实现上述目标，重点抓好以下工作：\n（一）全力扩大有效需求\n扩大有效投资。安排市级重点项目260个，年度计划投资820亿元以上。\n（二）稳定粮食生产\n粮食产量稳定在42万吨以上。\n";
        let doc = crate::parse(text);
        let got: Vec<&str> = doc.targets.iter().map(|t| t.indicator.as_str()).collect();
        assert_eq!(got, ["地区生产总值", "城镇新增就业"]);
        // a target section that lists its goals under headings still has them
        let text = "一、主要目标\n（一）地区生产总值增长6%。\n（二）城镇新增就业1万人。\n";
        assert_eq!(crate::parse(text).targets.len(), 2);
    }

    #[test]
    fn hard_wraps_inside_numbers_bounds_and_target_items() {
        let text = "一、主要预期目标\n1.地区生产总值增长6%左右，其中制造业增加值增长1\n1%以上。（牵头单位：市发展改革委）\n2.城镇、农村居民人均可支配收入分别增长5.5%、7\n.5%左右。\n二、重点任务\n3.PM2.5平均浓度控制在32微克/立方米以\n内。（牵头单位：市生态环境局）\n";
        let doc = crate::parse(text);
        let targets: Vec<(&str, String, Bound)> = doc
            .targets
            .iter()
            .filter_map(|t| {
                Some((
                    t.indicator.as_str(),
                    t.metric.as_ref()?.value.to_string(),
                    t.metric.as_ref()?.bound,
                ))
            })
            .collect();
        assert_eq!(
            targets,
            [
                ("地区生产总值", "6".to_string(), Bound::Approx),
                ("制造业增加值", "11".to_string(), Bound::AtLeast),
                ("城镇居民人均可支配收入", "5.5".to_string(), Bound::Exact),
                ("农村居民人均可支配收入", "7.5".to_string(), Bound::Approx),
            ]
        );
        assert_eq!(
            doc.targets[1].units.len(),
            1,
            "the item's statement on the next line"
        );
        let m: Vec<(&str, Bound)> = doc.tasks[0]
            .metrics
            .iter()
            .map(|m| (m.indicator.as_deref().unwrap_or(""), m.bound))
            .collect();
        assert_eq!(m, [("PM2.5平均浓度", Bound::AtMost)]);
        // a report's paragraph cut mid-number
        let doc = crate::parse(
            "政府工作报告\n三、2025年工作安排\n推进港航物流。集装箱吞吐量达到45\n0万标箱。\n",
        );
        let values: Vec<String> = doc.metrics.iter().map(|m| m.value.to_string()).collect();
        assert_eq!(values, ["450"]);
        // … and a heading's run-in body cut mid-number
        let doc = crate::parse(
            "政府工作报告\n三、2024年工作安排\n　　（三）坚持农业稳县。新建高标准农田3.\n6万亩，新植桑园5000亩。完成植树造林2.2\n万亩。\n",
        );
        let values: Vec<String> = doc.metrics.iter().map(|m| m.value.to_string()).collect();
        assert_eq!(values, ["3.6", "5000", "2.2"]);
        // a goal without a number cut before its first character
        let doc = crate::parse(
            "政府工作报告\n二、2020年工作安排\n　　主要预期目标是：地区生产总值增长6%左右；单\n位GDP能耗下降完成市下达目标。\n",
        );
        assert_eq!(
            goal_values(&doc),
            owned(&[("地区生产总值", "6"), ("单位GDP能耗下降完成市下达目标", "")])
        );
        // a count after a threshold the break cut keeps its own figure
        let doc = crate::parse(
            "政府工作报告\n三、2020年工作安排\n　　壮大工业经济。培育产值超过10\n亿元企业达到8家，新增规上企业20家。\n",
        );
        let values: Vec<String> = doc.metrics.iter().map(|m| m.value.to_string()).collect();
        assert_eq!(values, ["10", "8", "20"]);
        // … but a quantity read across the break is read once
        let doc = crate::parse(
            "政府工作报告\n三、2025年工作安排\n　　完善补贴政策。对新建公共充电站按充电设备投资额的\n20%给予建设补贴，单个站点最高不超过50万元。\n",
        );
        let values: Vec<String> = doc.metrics.iter().map(|m| m.value.to_string()).collect();
        assert_eq!(values, ["20", "50"]);
        // a bound word alone after page furniture; a word cut before a
        // stretch figure
        let text = "政府工作报告\n二、2024年工作安排\n　　全县主要预期目标是：一般公共预算收入增\n长5%以上、力争6%；城镇新增就业2100人\n— 5 —\n以上，城镇调查失业率控制在5.5%以内。\n";
        let doc = crate::parse(text);
        let targets: Vec<(&str, String, Bound)> = doc
            .targets
            .iter()
            .filter_map(|t| {
                let m = t.metric.as_ref()?;
                Some((t.indicator.as_str(), m.value.to_string(), m.bound))
            })
            .collect();
        assert_eq!(
            targets,
            [
                ("一般公共预算收入", "5".to_string(), Bound::AtLeast),
                ("城镇新增就业", "2100".to_string(), Bound::AtLeast),
                ("城镇调查失业率", "5.5".to_string(), Bound::AtMost),
            ]
        );
        let jobs = doc.targets[1].metric.as_ref().expect("a figure");
        assert_eq!(jobs.text.as_str(), "城镇新增就业2100人");
    }

    #[test]
    fn comparative_and_improving_goals_are_qualitative_targets() {
        for goal in [
            "农村居民收入增速快于城镇居民",
            "群众对人居环境满意度明显提升",
            "生态环境质量持续改善",
            // a result reached
            "绿色低碳转型取得新进展",
            "对外开放迈上新台阶",
            // any verb after a standard indicator
            "进出口保稳提质",
            "粮食产量保持稳定",
            // completion: of coverage, of a task
            "实现乡镇公共充电设施全覆盖",
            "基本完成老旧小区改造任务",
            "全面完成年度目标任务",
        ] {
            assert!(qualitative_goal(goal), "{goal}");
        }
        assert!(!qualitative_goal("坚决打赢脱贫攻坚战"));
        // the bare name of an indicator says nothing of it
        assert!(!qualitative_goal("固定资产投资"));
        assert!(!qualitative_goal("社会消费品零售总额"));
        assert!(!qualitative_goal("在实际工作中争取更好结果"));
    }

    #[test]
    fn a_bound_word_on_the_next_line_bounds_the_quantity() {
        for (text, bound) in [
            (
                "　　政务服务事项网上办理率达到90%\n以上，经费压减5%。",
                Bound::AtLeast,
            ),
            ("　　新增省级企业5家\n以上。", Bound::AtLeast),
            ("　　地区生产总值增长8%\n左右。", Bound::Approx),
        ] {
            let doc = crate::parse(text);
            let m = doc.metrics.first().unwrap_or_else(|| panic!("{text}"));
            assert_eq!(m.bound, bound, "{text}");
            assert_eq!(doc.text(m.span), Some(m.text.as_str()));
        }
        // a short unindented line is no prose cut by a break (a title)
        let doc = crate::parse("人口3万\n以上为大镇");
        assert!(doc.metrics.iter().all(|m| m.bound == Bound::Exact));
    }

    #[test]
    fn quotes_around_a_target_list_only_delimit_it() {
        let doc = crate::parse(
            "他说，主要预期目标是：“地区生产总值增长6%以上，居民人均可支配收入增长与经济增长同步，完成省下达的节能减排任务。”",
        );
        let got: Vec<&str> = doc.targets.iter().map(|t| t.indicator.as_str()).collect();
        assert_eq!(
            got,
            [
                "地区生产总值",
                "居民人均可支配收入增长与经济增长同步",
                "完成省下达的节能减排任务"
            ]
        );
    }

    #[test]
    fn names_before_a_respective_list_are_no_goals() {
        let doc =
            crate::parse("主要预期目标是：社会消费品零售总额、一般公共预算收入分别增长8%、6%。");
        let got: Vec<&str> = doc.targets.iter().map(|t| t.indicator.as_str()).collect();
        assert_eq!(got, ["社会消费品零售总额", "一般公共预算收入"]);
    }

    #[test]
    fn goals_without_a_number_among_enumerated_targets() {
        let text = "主要预期目标是：城镇新增就业6000人以上、居民消费价格涨幅3%左右、\
                    进出口保稳提质；城镇、农村居民人均可支配收入分别增长6%和7%。";
        let doc = crate::parse(text);
        let got: Vec<(&str, bool)> = doc
            .targets
            .iter()
            .map(|t| (t.indicator.as_str(), t.metric.is_some()))
            .collect();
        assert_eq!(
            got,
            [
                ("城镇新增就业", true),
                ("居民消费价格涨幅", true),
                ("进出口保稳提质", false),
                ("城镇居民人均可支配收入", true),
                ("农村居民人均可支配收入", true),
            ]
        );
    }

    #[test]
    fn stage_goals_of_completion_are_qualitative_targets() {
        let text = "二、工作目标\n到2025年底，累计改造小区90个，惠及居民1.6万户，\
                    基本完成2000年底前建成的老旧小区改造任务，实现街道养老服务站全覆盖。\n";
        let doc = crate::parse(text);
        let got: Vec<(&str, bool)> = doc
            .targets
            .iter()
            .map(|t| (t.indicator.as_str(), t.metric.is_some()))
            .collect();
        assert_eq!(
            got,
            [
                ("累计改造小区", true),
                ("惠及居民", true),
                ("基本完成2000年底前建成的老旧小区改造任务", false),
                ("实现街道养老服务站全覆盖", false),
            ]
        );
    }

    #[test]
    fn a_target_statement_goes_on_after_a_page_jump_and_a_footnote() {
        // a newspaper's page jump: the blocks from 下转 to 上接 are furniture
        let text = "二、2017年工作安排\n今年主要预期目标是：地区生产总值增长7.5%，\n\
                    （下转第三版）\n本版编辑：王某\n2017年01月20日 星期五\n\
                    第03版：两会特刊　上一版　下一版\n政府工作报告\n（上接第二版）\n\
                    城镇登记失业率控制在4%以内；单位地区生产总值能耗下降3.2%。\n";
        let doc = crate::parse(text);
        let got: Vec<&str> = doc.targets.iter().map(|t| t.indicator.as_str()).collect();
        assert_eq!(
            got,
            ["地区生产总值", "城镇登记失业率", "单位地区生产总值能耗"]
        );
        let chrome = doc
            .blocks()
            .iter()
            .filter(|b| b.kind == BlockKind::Chrome)
            .count();
        assert_eq!(chrome, 6);
        // a page's footnote printed in the flow before its page number
        let text = "今年主要预期目标是：地区生产总值增长6.5%；“两茶一药”1产业产值增长8%；\n\
                    1“两茶一药”：指茶叶、油茶和中药材三大富民产业。\n— 7 —\n\
                    城镇新增就业不低于2000人；森林覆盖率稳定在72%以上。\n";
        let doc = crate::parse(text);
        let got: Vec<&str> = doc.targets.iter().map(|t| t.indicator.as_str()).collect();
        assert_eq!(got.len(), 4, "{got:?}");
        assert_eq!(doc.notes.len(), 1);
        assert_eq!(doc.notes[0].term.as_deref(), Some("“两茶一药”"));
        // no page jump without the line it resumes at
        assert!(!jump_marker("（下转）", "下转"));
        assert!(jump_marker("(上接第2版)", "上接"));
        assert_eq!(bare_footnote("1.加快项目建设：新建5个。"), None);
        assert_eq!(bare_footnote("2025年：地区生产总值增长6%。"), None);
    }

    #[test]
    fn a_role_statement_cut_inside_a_verb_or_a_name() {
        let text = "二、重点任务\n1.建设县全民健身中心。新建县全民健身中心1个。（县体育局牵\n\
                    头，县发展改革局、县住房城乡建设局配合）\n\
                    2.推进体医融合，设立运动健康门诊。（县卫生健康\n\n— 3 —\n\n\
                    局、县体育局按职责分工负责）\n\
                    3.培育体育产业示范基地2个。（县体育\n局牵头，县商务局配合）\n\
                    4.推动充电网络向乡村延伸。（县\n发展改革局牵头，县供电公司负责）\n";
        let doc = crate::parse(text);
        let got: Vec<Vec<String>> = doc
            .tasks
            .iter()
            .map(|t| {
                t.units
                    .iter()
                    .map(|u| format!("{:?}:{}", u.role, u.name))
                    .collect()
            })
            .collect();
        assert_eq!(
            got,
            [
                vec![
                    "Lead:县体育局".to_string(),
                    "Cooperating:县发展改革局".to_string(),
                    "Cooperating:县住房城乡建设局".to_string()
                ],
                vec![
                    "Responsible:县卫生健康局".to_string(),
                    "Responsible:县体育局".to_string()
                ],
                vec![
                    "Lead:县体育局".to_string(),
                    "Cooperating:县商务局".to_string()
                ],
                vec![
                    "Lead:县发展改革局".to_string(),
                    "Responsible:县供电公司".to_string()
                ],
            ]
        );
        for u in doc.tasks.iter().flat_map(|t| &t.units) {
            assert_eq!(doc.text(u.span), Some(u.raw.as_str()));
        }
        // a bracket that is no role statement is left as it is
        let doc = crate::parse("二、重点任务\n1.建设标准化厂房。（县经开\n区内）\n");
        assert!(doc.tasks[0].units.is_empty());
        assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
    }

    #[test]
    fn a_news_pages_figures_and_their_captions() {
        let text = "报告提出，2025年全市经济社会发展的主要预期目标是——\n6%左右\n\
                    地区生产总值增长\n5%\n固定资产投资增长（其中工业投资增长12%）\n\
                    与经济增长同步\n居民人均可支配收入增长\n5.5%以内\n城镇调查失业率\n\
                    报告指出，提出上述目标，既考虑了稳就业的需要。\n";
        let doc = crate::parse(text);
        let got: Vec<(&str, String)> = doc
            .targets
            .iter()
            .map(|t| {
                let m = t.metric.as_ref().map(|m| {
                    format!(
                        "{:?} {}{} {:?}",
                        m.change,
                        m.value,
                        m.unit.as_deref().unwrap_or(""),
                        m.bound
                    )
                });
                (t.indicator.as_str(), m.unwrap_or_default())
            })
            .collect();
        assert_eq!(
            got,
            [
                ("地区生产总值", "Some(Growth) 6% Approx".to_string()),
                ("固定资产投资", "Some(Growth) 5% Exact".to_string()),
                ("工业投资", "Some(Growth) 12% Exact".to_string()),
                ("居民人均可支配收入", String::new()),
                ("城镇调查失业率", "Some(Level) 5.5% AtMost".to_string()),
            ]
        );
        // the figure's metric keeps its place: the figure line itself
        let m = doc.targets[0].metric.as_ref().map(|m| doc.text(m.span));
        assert_eq!(m, Some(Some("6%左右")));
    }

    #[test]
    fn a_goal_paragraph_cut_by_hard_wraps_and_a_page_number() {
        let text = "一、主要目标\n　　到2021年底，全县人均体育场地面积达到2.2平方\n\
                    米，经常参加体育锻炼人数比例达到37%。每千人拥有社会体育指导员2.5\n\n\
                    — 2 —\n\n名，国民体质监测合格率达到92%以上。\n";
        let doc = crate::parse(text);
        let got: Vec<String> = doc
            .targets
            .iter()
            .filter_map(|t| t.metric.as_ref())
            .map(|m| format!("{}{}", m.value, m.unit.as_deref().unwrap_or("")))
            .collect();
        assert_eq!(got, ["2.2平方米", "37%", "2.5名", "92%"]);
        for m in &doc.metrics {
            assert_eq!(doc.text(m.span), Some(m.text.as_str()));
        }
    }
}
