//! Tables: pipe tables, tables flattened one cell per line, and tables
//! flattened one row per line with space-separated cells.

use super::Builder;
use crate::grammar::heading::{self, OrdinalKind};
use crate::grammar::is_digit;
use crate::grammar::{date, units};
use crate::layout::is_space;
use crate::{Metric, Role, Span, Text, Unit};

/// What a column holds, from its header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Column {
    Number,
    Text,
    Units(Role),
    Person,
    Deadline,
    /// A target value (目标值, 预期目标) beside an indicator column.
    Value,
    /// A goal column named loosely (年度目标, 2025年目标): a target value
    /// beside an indicator column (指标名称), but the goal of the work beside
    /// a task column (工作任务 | 年度目标 | 牵头单位: rows of tasks).
    Goal,
    /// The unit of measure of the values (单位, 计量单位): `%`, `亿元`.
    Measure,
    /// What has been done so far (进展情况, 完成情况): its figures are
    /// metrics of the document, not of the task.
    Progress,
    Other,
}

fn column(name: &str) -> Column {
    let bare = name.trim_matches(|c: char| c.is_whitespace() || "（）()".contains(c));
    if name.contains("序号") {
        Column::Number
    } else if bare == "单位" || name.contains("计量") {
        Column::Measure
    } else if name.contains("进展")
        || name.contains("落实情况")
        || name.contains("上年")
        || name.contains("实际")
        || name.contains("基数")
        || name.contains("基期")
        || name.contains("现状")
        || (name.contains("完成") && !["时限", "时间", "目标"].iter().any(|w| name.contains(w)))
    {
        // 进展情况, 完成情况, 2021年预计完成, 上年实际, 2024年基数: what
        // was done, not the goal
        Column::Progress
    } else if name.contains("领导") || name.contains("负责人") || name.contains("姓名") {
        Column::Person
    } else if ["牵头", "主要责任", "主责", "主办", "第一责任"]
        .iter()
        .any(|w| name.contains(w))
    {
        Column::Units(Role::Lead)
    } else if name.contains("配合") || name.contains("协同") || name.contains("协办") {
        Column::Units(Role::Cooperating)
    } else if name.contains("单位") || name.contains("部门") {
        Column::Units(Role::Responsible)
    } else if name.contains("时限")
        || name.contains("时间")
        || (name.contains("进度") && !name.contains("情况"))
    {
        // (进度安排: the quarter each step is due)
        Column::Deadline
    } else if name.contains("目标值")
        || year_only(bare)
        || name.contains("预期")
        || name.contains("数值")
        || name.contains("指标值")
    {
        Column::Value
    } else if name.contains("目标")
        && !name.contains("任务")
        && !name.contains("要求")
        && !name.contains("内容")
    {
        Column::Goal
    } else if name.contains("任务")
        || name.contains("工作")
        || name.contains("事项")
        || name.contains("内容")
        || name.contains("指标")
        || name.contains("要求")
        || name.contains("措施")
        || name.contains("项目")
        || name.contains("名称")
    {
        // 项目名称, 工程项目: a project table's task is its project
        Column::Text
    } else {
        Column::Other
    }
}

/// Whether a header cell read alone on its line names a column the model
/// has no place for (类别, 领域, 备注, 所属板块): a short run of Chinese
/// characters with no digit or punctuation, as header cells are, and no
/// more than six of them.
fn names_other_column(name: &str) -> bool {
    let name = name.trim();
    !name.is_empty()
        && crate::grammar::at_most_chars(name, 6)
        && name.chars().all(crate::grammar::is_cjk)
}

/// Whether a header names a column of work to do (工作任务, 项目名称,
/// 建设内容), not of indicators (指标名称): a loose goal column beside it
/// holds the work's goal, not a target value.
fn names_work(name: &str) -> bool {
    column(name) == Column::Text
        && !name.contains("指标")
        && ["任务", "工作", "事项", "项目", "措施", "内容", "举措"]
            .iter()
            .any(|w| name.contains(w))
}

/// What a column `c` holds in a table whose header names work (`work`)
/// or not: a loose goal column is the work's text, or a value.
fn settled(c: Column, work: bool) -> Column {
    match c {
        Column::Goal if work => Column::Text,
        Column::Goal => Column::Value,
        c => c,
    }
}

/// A header that names a year and nothing else (2025年, 2026年度): in a
/// table of indicators, that year's goals.
fn year_only(name: &str) -> bool {
    let rest = name.trim_start_matches(|c: char| c.is_ascii_digit());
    name.len() - rest.len() == 4 && matches!(rest, "年" | "年度")
}

#[derive(Debug, Default)]
pub(super) struct Table {
    columns: Vec<Column>,
    /// A header cell names work to do (工作任务, 项目名称): loose goal
    /// columns hold the work's goal (see [`Column::Goal`]).
    work: bool,
    /// For each column, the name and unit its header gives its figures
    /// (总投资（亿元） → 总投资, 亿元; 总投资 → 总投资 and no unit).
    header_units: Vec<Option<(String, String)>>,
    /// The header arrives one cell per line.
    header_open: bool,
    /// Cells of the row being read (each cell may hold several pieces).
    row: Vec<Vec<Span>>,
    /// Lines after a space-separated row that did not fill it.
    spill: Vec<Span>,
    /// The row came one cell per line.
    cell_per_line: bool,
    /// The header came one cell per line: so do the rows, each opened by
    /// a line that holds only its number, whatever the lines' own kinds.
    cells_apart: bool,
    /// Where each column starts on the page, in display columns (a CJK
    /// character is two wide), when the header is aligned with spaces: rows
    /// and the wrapped lines of their cells are read by position.
    stops: Vec<usize>,
    /// Where each of those header cells ends, in display columns: a piece
    /// of a row goes to the first column whose header ends after the
    /// piece starts, so that left-aligned text under a centred header
    /// (which starts further right) lands in it.
    ends: Vec<usize>,
    /// Wrapped lines read into the row being read.
    wrapped: usize,
    /// The cells of the row before, for cells that say 同上 (as above).
    above: Vec<Vec<Span>>,
    /// The header was comma-separated (a sheet saved as CSV): the lines
    /// below are records, a quoted cell may run over lines.
    csv: bool,
    /// Where the CSV record being read starts (its first line), while a
    /// quoted cell is still open.
    record: Option<usize>,
    /// Where the tabbed row being read starts, while a quoted cell of it
    /// (a spreadsheet cell with a line break) is still open.
    tab_record: Option<usize>,
    /// The row being read is a pipe row (`8 | 新建… | 县工信局 |`).
    piped: bool,
    /// The header was written with tabs.
    tabbed: bool,
    /// The header ends in a closing `|`: so does a whole row, and a row
    /// line without one leaves its last cell open.
    closing: bool,
    /// The first line of the pipe row being read does not end in `|`: its
    /// last cell may go on on the next line.
    open: bool,
    /// The same for the last line read into the row so far.
    tail_open: bool,
    /// The cells of the pipe row being read so far, over its lines (a
    /// line's first piece finishing an open cell is no new cell).
    cells: usize,
    /// Where the last line read into the row ends (its content).
    line_end: usize,
    /// The `limit_exceeded` diagnostic of a row cut at
    /// [`MAX_WRAPPED_LINES`], while the lines it leaves keep coming.
    cut: Option<usize>,
    /// The row being read stands under a header aligned with spaces but is
    /// not aligned with it: its cells are set apart by runs of spaces and
    /// read in order (`1    推进…    县工信局    县发改局    12月`), and so
    /// are the lines it spills over.
    in_order: bool,
    /// The role the row being emitted takes from its category cell (类别:
    /// 主要指标 → targets), over the role of the section it stands in.
    pub(super) row_role: Option<crate::SectionRole>,
}

/// Most lines one CSV record may run over.
const MAX_RECORD_LINES: usize = 16;

/// Whether a line is a comma-separated header: column names between
/// commas, no bars or tabs.
fn csv_header(line: &str) -> Option<Vec<(usize, usize)>> {
    if line.contains(['|', '\t']) || line.matches(',').count() < 2 {
        return None;
    }
    let cells = csv_cells(line);
    let names: Vec<&str> = cells
        .iter()
        .map(|&(a, b)| line.get(a..b).unwrap_or("").trim())
        .collect();
    (names.first().is_some_and(|n| n.contains("序号")) || names_columns(&names)).then_some(cells)
}

/// The word of a table's total row (合计, 总计, 小计; 合　计 spaced), if
/// `cell` is one.
fn total_row(cell: &str) -> Option<&'static str> {
    let word: String = cell.chars().filter(|c| !is_space(*c)).collect();
    ["合计", "总计", "小计"].into_iter().find(|w| word == *w)
}

/// The cells of a CSV record: split at commas outside double quotes; each
/// cell's range without its quotes and surrounding spaces.
fn csv_cells(record: &str) -> Vec<(usize, usize)> {
    quoted_cells(record, ',')
}

/// The cells of a record split at `sep` outside double quotes (a sheet
/// saved as CSV or copied with tabs: a cell with a line break in it is
/// quoted); each cell's range without its quotes and surrounding spaces.
fn quoted_cells(record: &str, sep: char) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut quoted = false;
    let mut push = |a: usize, b: usize| {
        let cell = record.get(a..b).unwrap_or("");
        let lead = cell.len() - cell.trim_start().len();
        let core = cell.trim();
        let core_start = a + lead;
        match core.strip_prefix('"').and_then(|c| c.strip_suffix('"')) {
            Some(inner) => out.push((core_start + 1, core_start + 1 + inner.len())),
            None => out.push((core_start, core_start + core.len())),
        }
    };
    for (i, c) in record.char_indices() {
        match c {
            '"' => quoted = !quoted,
            c if c == sep && !quoted => {
                push(start, i);
                start = i + sep.len_utf8();
            }
            _ => {}
        }
    }
    push(start, record.len());
    out
}

/// Whether `v` is a number with its thousands grouped by commas
/// (`86,000`, `119,900.5`), as a spreadsheet saves money cells.
fn grouped(v: &str) -> bool {
    let (int, frac) = v.split_once('.').unwrap_or((v, ""));
    let mut groups = int.split(',');
    let head = groups.next().unwrap_or("");
    (1..=3).contains(&head.len())
        && head.bytes().all(|b| b.is_ascii_digit())
        && int.contains(',')
        && groups.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()))
        && frac.bytes().all(|b| b.is_ascii_digit())
}

/// Whether a cell says "as above" (同上).
fn is_ditto(cell: &str) -> bool {
    matches!(
        cell.trim().trim_end_matches(['。', '.']),
        "同上" | "同上行" | "同前" | "〃"
    )
}

/// How many lines one row may run over after its first (an aligned row's
/// wrapped lines, a pipe row's continuation lines, a cell that goes on).
const MAX_WRAPPED_LINES: usize = 16;

/// How many pieces one cell may hold (a piece per line it wraps over, or
/// words of a spilled space-separated line): past that they are not read.
const MAX_CELL_PIECES: usize = 64;

/// Display width of `c` in a fixed-width font: two for CJK characters,
/// full-width forms and CJK punctuation, one otherwise.
fn display_width(c: char) -> usize {
    let wide = matches!(c as u32,
        0x1100..=0x115F
            | 0x2E80..=0x303E
            | 0x3041..=0x33FF
            | 0x3400..=0x4DBF
            | 0x4E00..=0x9FFF
            | 0xA000..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFF60
            | 0xFFE0..=0xFFE6
            | 0x20000..=0x3FFFD);
    if wide {
        2
    } else {
        1
    }
}

/// Most columns a header may name before its number column (类别, 领域:
/// the categories its rows are grouped in).
const MAX_LEAD_COLUMNS: usize = 3;

/// Most columns an aligned header may name (tables have a handful; a
/// longer "header" is no table's).
const MAX_STOPS: usize = 32;

/// The display columns at which the `parts` (in order, on one line) of
/// `text` start: one walk over the line, however many parts it has.
fn display_columns(text: &str, parts: &[Span]) -> Vec<usize> {
    let Some(first) = parts.first() else {
        return Vec::new();
    };
    let head = text.get(..first.start).unwrap_or("");
    let mut at = head.rfind('\n').map_or(0, |i| i + 1);
    let mut col = 0usize;
    parts
        .iter()
        .map(|p| {
            col += text
                .get(at..p.start.max(at))
                .unwrap_or("")
                .chars()
                .map(display_width)
                .sum::<usize>();
            at = at.max(p.start);
            col
        })
        .collect()
}

/// The display column just after each part (see [`display_columns`]).
fn display_ends(text: &str, parts: &[Span]) -> Vec<usize> {
    display_columns(text, parts)
        .into_iter()
        .zip(parts)
        .map(|(col, p)| {
            let width: usize = text
                .get(p.start..p.end)
                .unwrap_or("")
                .chars()
                .map(display_width)
                .sum();
            col + width
        })
        .collect()
}

/// The column a piece starting at display column `col` stands in: the
/// first whose header ends after `col`, else the last.
fn column_at(ends: &[usize], col: usize) -> Option<usize> {
    ends.iter()
        .position(|&e| col < e)
        .or_else(|| ends.len().checked_sub(1))
}

/// The cells of `text` between every `sep` (empty ones kept), each
/// trimmed of its decoration, as spans offset by `base`.
fn split_at(text: &str, base: usize, sep: char) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), sep)))
    {
        if c == sep {
            let cell = crate::layout::content(text, Span::new(start, i));
            out.push(Span::new(base + cell.start, base + cell.end));
            start = i + sep.len_utf8();
        }
    }
    out
}

/// Cells of one line: split at `|`, or else at runs of spaces, with
/// letter-spaced words (工 作 任 务) joined back.
fn cells(text: &str, base: usize) -> Vec<Span> {
    let mut out = Vec::new();
    // a leading `|` (markdown-style tables) opens the first cell
    let (text, base) = match text.strip_prefix('|') {
        Some(rest) => (rest, base + 1),
        None => (text, base),
    };
    if text.contains('|') {
        let mut out = split_at(text, base, '|');
        // a trailing `|` ends the last cell; the empty remainder is no cell
        if text.trim_end().ends_with('|') {
            out.pop();
        }
        return out;
    }
    // a row with tabs (a Word table saved as text) is split at every tab
    // and keeps its empty cells, so the cells after one stay in their
    // columns (15⇥…⇥县卫健局⇥⇥2022年12月底); a cell may hold spaces
    // (市林草局 市水务局⇥各县人民政府)
    if text.contains('\t') {
        return split_at(text, base, '\t');
    }
    let mut start: Option<usize> = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        if is_space(c) {
            if let Some(s) = start.take() {
                let cell = crate::layout::content(text, Span::new(s, i));
                if !cell.is_empty() {
                    out.push(Span::new(base + cell.start, base + cell.end));
                }
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    out
}

/// Cells of a line whose cells are set apart by runs of spaces: two or more
/// spaces, a tab or an ideographic space end a cell, a single space does not
/// (`1    推进 重点项目    县发改局` → `1`, `推进 重点项目`, `县发改局`).
fn run_cells(text: &str, base: usize) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    // where the run of spaces after the cell's last character starts, and
    // how wide it is so far
    let mut gap: Option<(usize, usize)> = None;
    for (i, c) in text.char_indices() {
        if is_space(c) {
            let width = if c == ' ' { 1 } else { 2 };
            gap = Some(gap.map_or((i, width), |(at, w)| (at, w + width)));
            continue;
        }
        match (start, gap.take()) {
            (None, _) => start = Some(i),
            (Some(s), Some((at, w))) if w >= 2 => {
                let cell = crate::layout::content(text, Span::new(s, at));
                out.push(Span::new(base + cell.start, base + cell.end));
                start = Some(i);
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        let cell = crate::layout::content(text, Span::new(s, text.len()));
        out.push(Span::new(base + cell.start, base + cell.end));
    }
    out.retain(|c| !c.is_empty());
    out
}

/// Whether a cell can be a category cell written before a row's number
/// (主要指标, 项目建设): a short word, no number, no sentence, no ordinal.
fn is_category(cell: &str) -> bool {
    !cell.is_empty()
        && crate::grammar::at_most_chars(cell, 12)
        && !cell.chars().any(is_digit)
        && !cell.contains(['。', '，', ',', '；', ';', '：', ':', '、'])
        && heading::ordinal(cell).is_none()
        && total_row(cell).is_none()
}

/// Whether the cells of a row without 序号 are all short column names
/// (指标名称 | 单位 | 2024年目标 | 责任单位): a header of their own.
fn names_columns(cells: &[&str]) -> bool {
    cells.len() >= 2
        && cells.iter().all(|c| {
            c.is_empty()
                || (crate::grammar::at_most_chars(c, 10)
                    && (column(c) != Column::Other || annotation(c)))
        })
        && cells
            .iter()
            .filter(|c| !c.is_empty() && !annotation(c))
            .count()
            >= 2
}

/// A column that annotates each row without naming a part of it (属性:
/// 预期性 or 约束性, 备注, 类别).
fn annotation(name: &str) -> bool {
    ["属性", "备注", "类别", "类型", "说明"]
        .iter()
        .any(|w| name.trim() == *w || name.trim().ends_with(w) && name.contains("指标"))
}

/// The name and unit of a header that gives its column's unit in brackets:
/// 总投资（亿元） → (总投资, 亿元), 改造小区（个） → (改造小区, 个). The unit
/// must be one the quantity grammar reads whole.
fn header_unit(name: &str) -> Option<(String, String)> {
    let name = name.trim();
    // 总投资, 2024年计划投资: a short name without a unit, for cells that
    // write their own (18.6亿元)
    let Some(body) = name.strip_suffix(['）', ')']) else {
        let short = !name.is_empty()
            && crate::grammar::at_most_chars(name, 12)
            && !name.contains(['（', '(']);
        return short.then(|| (name.to_string(), String::new()));
    };
    let open = body.rfind(['（', '('])?;
    let unit = body.get(open..)?.trim_start_matches(['（', '(']).trim();
    let head = body.get(..open)?.trim();
    // the quantity grammar reads 1 and the unit as a whole (亿元, 个, 万平方米)
    let whole = crate::grammar::quantity::read_quantity(&["1", unit].concat(), 0)
        .is_some_and(|q| q.unit.as_deref() == Some(unit));
    (whole && !head.is_empty()).then(|| (head.to_string(), unit.to_string()))
}

/// The number of a line that holds only a row number (`7`, `１２`).
fn bare_row_number(line: &str) -> Option<u32> {
    let t = line.trim();
    let simple = |t: &str| {
        (!t.is_empty() && crate::grammar::at_most_chars(t, 3) && t.chars().all(is_digit))
            .then(|| heading::ordinal_value(t))
            .flatten()
    };
    // 1-1, 2-3: a row numbered within its group, read as group × 1000 + row
    match t.split_once(['-', '－']) {
        Some((group, row)) => Some(simple(group)? * 1000 + simple(row)?),
        None => simple(t),
    }
}

/// Whether the row number `n` (see [`bare_row_number`]) follows `prev`:
/// the next row of its group, or the first of the next group.
fn follows(prev: u32, n: u32) -> bool {
    prev + 1 == n || (prev >= 1000 && n == (prev / 1000 + 1) * 1000 + 1)
}

fn is_single_char(s: &str) -> bool {
    let mut c = s.chars();
    c.next().is_some() && c.next().is_none()
}

impl<'a> Builder<'a> {
    /// The cells of the line `span` (its content, trimmed), with the empty
    /// cells a tabbed line ends in: the tabs after its last cell, which
    /// the trimming dropped (`7⇥新建口袋公园⇥区林业局⇥⇥` has five cells).
    fn line_cells(&self, span: Span) -> Vec<Span> {
        let line = self.get(span);
        let mut out = cells(line, span.start);
        if line.contains('\t') {
            let rest = self.text.get(span.end..).unwrap_or("");
            let tail = rest
                .char_indices()
                .take_while(|&(_, c)| c != '\n' && c != '\r' && is_space(c));
            for (i, c) in tail {
                if c == '\t' {
                    let at = span.end + i + 1;
                    out.push(Span::new(at, at));
                }
            }
        }
        out
    }

    fn is_header(&self, parts: &[Span]) -> bool {
        let cells: Vec<&str> = parts.iter().map(|s| self.get(*s).trim()).collect();
        names_columns(&cells)
    }

    /// Reads the header's loose goal columns (年度目标): the work's goal
    /// beside a column of work, a target value otherwise.
    fn settle_goals(&mut self) {
        let work = self.table.work;
        for c in &mut self.table.columns {
            *c = settled(*c, work);
        }
    }

    /// A line classified as a table row.
    pub(super) fn table_line(&mut self, span: Span) {
        let line = self.get(span);
        if let Some(header) = csv_header(line) {
            self.table_flush();
            self.table.columns = header
                .iter()
                .map(|&(a, b)| column(line.get(a..b).unwrap_or("").trim()))
                .collect();
            self.table.work = header
                .iter()
                .any(|&(a, b)| names_work(line.get(a..b).unwrap_or("").trim()));
            self.settle_goals();
            self.table.header_units = header
                .iter()
                .map(|&(a, b)| header_unit(line.get(a..b).unwrap_or("").trim()))
                .collect();
            self.table.stops.clear();
            self.table.ends.clear();
            self.table.header_open = false;
            self.table.cells_apart = false;
            self.table.closing = false;
            self.table.csv = true;
            self.table.record = None;
            return;
        }
        let mut parts = self.line_cells(span);
        let first = parts.first().map(|s| self.get(*s)).unwrap_or("");
        let tabbed = line.contains('\t');
        if first.contains("序号") || self.is_header(&parts) {
            // a tabbed header's trailing tabs name no columns
            while tabbed && parts.last().is_some_and(|p| p.is_empty()) {
                parts.pop();
            }
            // the header repeated at the top of the next page: the row in
            // progress may go on below it (| 13 | …额度80亿元以上， | … | 市发展改 |
            // ⏎ 第 1 页 共 3 页 ⏎ | 序号 | … ⏎ | | 支持项目100个 | | 革局 |)
            if !self.table.row.is_empty()
                && parts.len() > 1
                && parts.len() == self.table.columns.len()
                && parts
                    .iter()
                    .zip(&self.table.columns)
                    .all(|(p, c)| settled(column(self.get(*p)), self.table.work) == *c)
            {
                return;
            }
            self.table_flush();
            // join letter-spaced header words: 工 作 任 务 → 工作任务
            let mut names: Vec<String> = Vec::new();
            let mut prev_single = false;
            for p in &parts {
                let t = self.get(*p);
                let single = is_single_char(t);
                match names.last_mut() {
                    Some(last) if single && prev_single => last.push_str(t),
                    _ => names.push(t.to_string()),
                }
                prev_single = single;
            }
            self.table.columns = names.iter().map(|n| column(n)).collect();
            self.table.work = names.iter().any(|n| names_work(n));
            self.settle_goals();
            // (cells of another table are no merged cells of this one)
            self.table.above.clear();
            self.table.tabbed = tabbed;
            self.table.header_units = names.iter().map(|n| header_unit(n)).collect();
            self.table.header_open = parts.len() == 1;
            self.table.cells_apart = parts.len() == 1;
            self.table.closing = parts.len() > 1 && line.trim_end().ends_with('|');
            // a header aligned with runs of spaces (a Word table saved as
            // text): where each named column starts
            self.table.stops.clear();
            self.table.ends.clear();
            if names.len() == parts.len()
                && (3..=MAX_STOPS).contains(&parts.len())
                && !line.contains(['|', '\t'])
                && line.contains("  ")
            {
                self.table.stops = display_columns(self.text, &parts);
                self.table.ends = display_ends(self.text, &parts);
            }
            return;
        }
        if self.table.header_open
            && parts.len() == 1
            && heading::row_number(first).is_none()
            && !first.chars().all(|c| c.is_ascii_digit())
        {
            self.table.columns.push(column(first));
            self.table.work |= names_work(first);
            self.settle_goals();
            self.table.header_units.push(header_unit(first.trim()));
            return;
        }
        self.table.header_open = false;
        let piped = line.contains('|');
        // | --- | :---: |: a markdown header's rule, no cells of a row
        if piped
            && line.contains('-')
            && line
                .chars()
                .all(|c| matches!(c, '|' | '-' | ':') || is_space(c))
        {
            return;
        }
        // | 一、主要预期目标 | | |: a heading written as a row of its own
        if piped {
            if let Some((cell, o)) = self.heading_row(&parts) {
                self.table_flush();
                self.heading(cell, o);
                return;
            }
        }
        // | | | 区城投集团 | 各街道办事处 |: more of the row above, cell by cell
        // (not a row that leaves its category cell empty: | | 2 | 新建… |)
        if piped
            && first.trim().is_empty()
            && parts.len() > 1
            && !self.table.row.is_empty()
            && self.lead_cells(&parts).is_none()
        {
            if !self.row_takes_line(span) {
                return;
            }
            for (k, p) in parts.into_iter().enumerate() {
                if !self.get(p).trim().is_empty() {
                    if let Some(cell) = self.table.row.get_mut(k) {
                        cell.push(p);
                    }
                }
            }
            return;
        }
        // 合计⇥⇥⇥15550⇥5800: a total row's figures, in its columns' units
        if let Some(total) = total_row(first) {
            self.table_flush();
            let names: Vec<Option<(String, String)>> = self.table.header_units.clone();
            for (k, part) in parts.iter().enumerate().skip(1) {
                let figure = names.get(k).cloned().flatten().and_then(|(name, unit)| {
                    self.column_figure(&[total, name.as_str()].concat(), &unit, *part)
                });
                match figure {
                    Some(m) => self.metrics.push(m),
                    // a cell read as text: whatever quantity it holds
                    None => {
                        self.scan(*part);
                    }
                }
            }
            return;
        }
        // (1-1, 2-3: numbered within a group)
        let number_first = !first.is_empty()
            && (first
                .chars()
                .all(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
                || bare_row_number(first).is_some());
        // 主要指标 1 地区生产总值增长6%左右 …: a row whose category cell
        // comes before its number, under a header that names that column
        let number_at = if number_first {
            Some(0)
        } else {
            self.lead_cells(&parts)
        };
        if let Some(mut at) = number_at {
            self.table_flush();
            // 12⇥"建设…，⏎完成…"⇥…: a quoted cell runs over lines
            if tabbed && line.matches('"').count() % 2 == 1 {
                self.table.tab_record = Some(span.start);
                return;
            }
            // trailing tabs past the header's columns are no cells
            while tabbed
                && parts.len() > self.table.columns.len()
                && parts.last().is_some_and(|p| p.is_empty())
            {
                parts.pop();
            }
            self.table.cell_per_line = parts.len() == 1;
            if !self.table.stops.is_empty() && parts.len() > 1 {
                // a row whose cells, set apart by runs of spaces, do not
                // stand under the header's names (the header's runs are no
                // page's columns): its cells in order
                let runs = run_cells(line, span.start);
                let in_order = self.unaligned(&runs).then(|| self.number_at(&runs));
                match in_order.flatten() {
                    Some(k) => {
                        parts = runs;
                        at = k;
                        self.table.in_order = true;
                    }
                    None => {
                        // aligned: each piece goes to the column it stands under
                        self.table.row = self.by_position(&parts);
                        return;
                    }
                }
            }
            self.table.row = if piped {
                parts.into_iter().map(|p| vec![p]).collect()
            } else {
                self.row_in_order(parts, at, !tabbed)
            };
            self.table.line_end = span.end;
            self.table.piped = piped;
            self.table.open = piped && !line.trim_end().ends_with('|');
            self.table.tail_open = self.table.open;
            self.table.cells = self.table.row.len();
            // a pipe row may go on in a row without a number, and so may a
            // row whose last cell ends inside a list: it is read when the
            // next row or block comes
            if !self.table.cell_per_line
                && !piped
                && self.table.row.len() >= self.table.columns.len()
                && !self.row_goes_on()
            {
                self.table_flush();
            }
            return;
        }
        if self.table.cell_per_line && !self.table.row.is_empty() {
            self.table.row.push(parts);
            if self.table.row.len() >= self.table.columns.len() {
                self.table_flush();
            }
            return;
        }
        // a table without a number column: each pipe row is a row
        if line.contains('|')
            && parts.len() >= 2
            && !self.table.columns.is_empty()
            && !self.table.columns.contains(&Column::Number)
        {
            self.table_flush();
            self.table.row = parts.into_iter().map(|p| vec![p]).collect();
            self.table_flush();
            return;
        }
        // a pipe row without a number: continuation or placeholder
        if !self.table.row.is_empty() {
            self.spill_line(span);
        }
    }

    /// The index of the header's number column (序号), the first if it
    /// names none or only after more than [`MAX_LEAD_COLUMNS`] others.
    fn number_column(&self) -> usize {
        self.table
            .columns
            .iter()
            .take(MAX_LEAD_COLUMNS + 1)
            .position(|c| *c == Column::Number)
            .unwrap_or(0)
    }

    /// Where the number of a row written with its cells before it stands
    /// among its `parts`: under a header whose number column comes after
    /// others (类别 序号 工作任务 …), the row that opens a group writes its
    /// category cells first (主要指标 1 地区生产总值…); the others leave them
    /// out (a space-separated row opens with its number) or empty (`| | 2 |
    /// …`, `⇥2⇥…`).
    fn lead_cells(&self, parts: &[Span]) -> Option<usize> {
        let n = self.number_column();
        let (lead, rest) = (parts.get(..n)?, parts.get(n..)?);
        let number = rest
            .first()
            .is_some_and(|p| bare_row_number(self.get(*p)).is_some());
        let lead_ok = lead.iter().all(|p| {
            let cell = self.get(*p).trim();
            cell.is_empty() || is_category(cell)
        });
        (n > 0 && number && rest.len() > 1 && lead_ok).then_some(n)
    }

    /// Where a row's number stands among its `parts`: first, or after its
    /// category cells (see [`Self::lead_cells`]).
    fn number_at(&self, parts: &[Span]) -> Option<usize> {
        match parts.first() {
            Some(p) if bare_row_number(self.get(*p)).is_some() => Some(0),
            _ => self.lead_cells(parts),
        }
    }

    /// Whether the cells of a row (`runs`, set apart by runs of spaces) do
    /// not stand under the names of the aligned header above: two of them
    /// fall under one name, or one under a name left of the one before.
    /// A row copied with a run of spaces between its cells, under a header
    /// written the same way, runs on far past the header's names.
    fn unaligned(&self, runs: &[Span]) -> bool {
        if runs.len() < 2 || runs.len() > self.table.columns.len() {
            return false;
        }
        let mut before: Option<usize> = None;
        for col in display_columns(self.text, runs) {
            let k = column_at(&self.table.ends, col);
            if k.is_some() && k <= before {
                return true;
            }
            before = k;
        }
        false
    }

    /// The cells of a row read in order, its number at `at` among its
    /// `parts`: the columns before the number it leaves blank (merged with
    /// the row above), its leading cells and number, the cells before the
    /// text column, the text (the pieces that are more than the columns
    /// after it: a space-separated text holds spaces), then the columns
    /// after the text from the end. In a `spaced` row (not tabbed) a last
    /// cell that is no deadline under a deadline column leaves that column
    /// out: its deadline is merged with the row above, or there is none.
    fn row_in_order(&self, mut parts: Vec<Span>, at: usize, spaced: bool) -> Vec<Vec<Span>> {
        let columns = &self.table.columns;
        let mut row: Vec<Vec<Span>> = Vec::with_capacity(columns.len().max(parts.len()));
        row.resize(self.number_column().saturating_sub(at), Vec::new());
        let rest = parts.split_off((at + 1).min(parts.len()));
        row.extend(parts.into_iter().map(|p| vec![p]));
        let text_col = columns
            .iter()
            .skip(row.len())
            .position(|c| *c == Column::Text)
            .map_or(row.len(), |k| row.len() + k);
        let pre = text_col.saturating_sub(row.len()).min(rest.len());
        let mut tail = columns.len().saturating_sub(text_col + 1);
        if spaced
            && tail > 0
            && rest.len() > pre + 1
            && columns.last() == Some(&Column::Deadline)
            && !rest.last().is_some_and(|s| self.is_deadline_cell(*s))
        {
            tail -= 1;
        }
        let (before, rest) = rest.split_at(pre);
        row.extend(before.iter().map(|p| vec![*p]));
        if rest.len() > tail + 1 {
            let (text, cells) = rest.split_at(rest.len() - tail);
            if let (Some(a), Some(b)) = (text.first(), text.last()) {
                row.push(vec![Span::new(a.start, b.end)]);
            }
            row.extend(cells.iter().map(|p| vec![*p]));
        } else {
            row.extend(rest.iter().map(|p| vec![*p]));
        }
        row
    }

    /// Counts the line `span` into the row being read; returns whether it
    /// is read. A row runs over at most [`MAX_WRAPPED_LINES`] lines after
    /// its first: the lines that go on past them are still the row's (table
    /// row blocks) but are not read, and one `limit_exceeded` diagnostic
    /// covers them all, so a hostile row costs bounded work.
    fn row_takes_line(&mut self, span: Span) -> bool {
        self.table.line_end = span.end;
        self.table.wrapped = self.table.wrapped.saturating_add(1);
        if self.table.wrapped <= MAX_WRAPPED_LINES {
            return true;
        }
        match self.table.cut.and_then(|i| self.diagnostics.get_mut(i)) {
            Some(d) => d.span.end = span.end,
            None => {
                self.diagnostics.push(crate::Diagnostic::new(
                    crate::DiagnosticCode::LimitExceeded,
                    crate::Severity::Warning,
                    span,
                    format!("table row cut after {MAX_WRAPPED_LINES} continuation lines"),
                ));
                self.table.cut = Some(self.diagnostics.len() - 1);
            }
        }
        false
    }

    /// Adds a line to the row being read, counting the cells of a pipe row:
    /// a line's first piece finishes the cell the line before left open.
    fn spill_line(&mut self, span: Span) {
        if self.row_takes_line(span) {
            self.table.spill.push(span);
        }
        if !self.table.piped {
            return;
        }
        let line = self.get(span).trim();
        let joins = self.table.tail_open && !line.starts_with('|');
        let inner = line.strip_prefix('|').unwrap_or(line);
        let inner = inner.strip_suffix('|').unwrap_or(inner);
        let pieces = inner.matches('|').count() + 1;
        self.table.cells += pieces - usize::from(joins);
        self.table.tail_open = !line.ends_with('|');
    }

    /// Whether a line belongs to a CSV table's records (and reads it): a
    /// line with commas, or any line while a quoted cell is open. A record
    /// is read when its quotes close.
    pub(super) fn csv_line(&mut self, span: Span) -> bool {
        if !self.table.csv {
            return false;
        }
        let line = self.get(span);
        let start = match self.table.record {
            Some(start) => start,
            None if line.contains(',') => span.start,
            None => {
                self.table.csv = false;
                return false;
            }
        };
        let Some(parts) = self.record_cells(start, span.end, ',') else {
            self.table.record = Some(start);
            return true;
        };
        self.table.record = None;
        // 一、主要预期目标,,,,: a heading written as a record of its own
        if let Some((cell, o)) = self.heading_row(&parts) {
            self.table_flush();
            self.heading(cell, o);
            return true;
        }
        let first = parts.first().map_or("", |p| self.get(*p));
        if first.chars().all(is_digit) && !first.is_empty() {
            self.table_flush();
            self.table.row = parts.into_iter().map(|p| vec![p]).collect();
            self.table_flush();
        }
        true
    }

    /// Whether a tabbed line outside the rows the layout saw is a table's:
    /// a header that names its columns without 序号 (`指标⇥单位⇥2025年目标⇥
    /// 属性`), or, under such a header, a row without a number whose first
    /// cell is its text (`地区生产总值增长⇥%⇥5.5左右⇥预期性`). Reads it
    /// when it is.
    pub(super) fn tabbed_line(&mut self, span: Span) -> bool {
        let line = self.get(span);
        if !line.contains('\t') {
            return false;
        }
        let parts = self.line_cells(span);
        if self.is_header(&parts) {
            self.table_line(span);
            return true;
        }
        let unnumbered = self.table.tabbed
            && self.table.columns.first() == Some(&Column::Text)
            && self.table.columns.contains(&Column::Value)
            && parts.iter().filter(|p| !p.is_empty()).count() >= 2;
        if !unnumbered {
            return false;
        }
        self.table_flush();
        self.table.row = parts.into_iter().map(|p| vec![p]).collect();
        self.table_flush();
        true
    }

    /// Whether a line without tabs or bars is a space-separated table's
    /// that the layout did not see: a header whose 序号 column is not its
    /// first (`类别 序号 工作任务 牵头单位 完成时限`), or, under such a
    /// header, a row that writes its category cells before its number
    /// (`主要指标 1 地区生产总值增长6%左右 …`). Reads it when it is.
    pub(super) fn spaced_line(&mut self, span: Span) -> bool {
        let line = self.get(span);
        if line.contains(['\t', '|'])
            || !line.contains(is_space)
            || (self.number_column() == 0 && !line.contains("序号"))
        {
            return false;
        }
        let parts = self.line_cells(span);
        let header = parts.len() <= MAX_STOPS
            && parts.iter().any(|p| self.get(*p) == "序号")
            && self.is_header(&parts);
        if !header && self.lead_cells(&parts).is_none() {
            return false;
        }
        self.table_line(span);
        true
    }

    /// Whether a line is a table's total row (`合计⇥⇥⇥15550⇥5800`, `| 合计
    /// | | 15550 |`), read as one when it is.
    pub(super) fn total_line(&mut self, span: Span) -> bool {
        if self.table.columns.is_empty() || self.table.header_units.iter().all(Option::is_none) {
            return false;
        }
        let line = self.get(span);
        let first = self
            .line_cells(span)
            .first()
            .map(|s| self.get(*s))
            .unwrap_or("");
        if total_row(first).is_none() || !line.contains(['\t', '|', ',']) {
            return false;
        }
        self.table_line(span);
        true
    }

    /// The cells of the record from `start` to `end`, split at `sep`
    /// outside double quotes; None while a quoted cell is still open (up to
    /// [`MAX_RECORD_LINES`] lines).
    fn record_cells(&self, start: usize, end: usize, sep: char) -> Option<Vec<Span>> {
        let record = self.get(Span::new(start, end));
        let open = record.matches('"').count() % 2 == 1;
        if open && record.matches('\n').count() < MAX_RECORD_LINES {
            return None;
        }
        Some(
            quoted_cells(record, sep)
                .into_iter()
                .map(|(a, b)| Span::new(start + a, start + b))
                .collect(),
        )
    }

    /// Whether a line goes on a tabbed row whose quoted cell is open (and
    /// reads the row when its quotes close): a spreadsheet copied with
    /// tabs quotes a cell with line breaks in it, so that its lines are
    /// one cell (`12⇥"建设…，⏎完成…"⇥管委会⇥"市自然资源局⏎市住建局"⇥…`).
    pub(super) fn tab_record_line(&mut self, span: Span) -> bool {
        let Some(start) = self.table.tab_record else {
            return false;
        };
        let Some(mut parts) = self.record_cells(start, span.end, '\t') else {
            return true;
        };
        self.table.tab_record = None;
        while parts.len() > self.table.columns.len() && parts.last().is_some_and(|p| p.is_empty()) {
            parts.pop();
        }
        self.table.row = parts.into_iter().map(|p| vec![p]).collect();
        self.table_flush();
        true
    }

    /// The heading of a row that is a heading written as a row of its own:
    /// its first cell opens with a heading ordinal of a chapter, a section,
    /// `一、` or `（一）`, and every other cell is empty (`| 一、主要预期目标
    /// | | |`, `一、主要预期目标,,,,`). None for a
    /// row with a filled cell after it (`一、主要预期目标,地区生产总值…,…`),
    /// a row of one cell (no table row), and an Arabic ordinal (`1.`),
    /// which numbers rows. Returns the first cell and its ordinal.
    fn heading_row(&self, parts: &[Span]) -> Option<(Span, heading::Ordinal<'a>)> {
        let (&cell, rest) = parts.split_first()?;
        if rest.is_empty() || rest.iter().any(|p| !self.get(*p).trim().is_empty()) {
            return None;
        }
        let o = heading::ordinal(self.get(cell))?;
        matches!(
            o.kind,
            OrdinalKind::Chapter
                | OrdinalKind::Section
                | OrdinalKind::CnComma
                | OrdinalKind::CnParen
        )
        .then_some((cell, o))
    }

    /// The cells of an aligned row: each piece in the column whose start
    /// it stands nearest to, pieces of one column in one span.
    fn by_position(&self, parts: &[Span]) -> Vec<Vec<Span>> {
        let mut row: Vec<Vec<Span>> = vec![Vec::new(); self.table.stops.len()];
        for (p, col) in parts.iter().zip(display_columns(self.text, parts)) {
            if p.is_empty() {
                continue;
            }
            let Some(cell) = column_at(&self.table.ends, col).and_then(|k| row.get_mut(k)) else {
                continue;
            };
            match cell.last_mut() {
                Some(last) => last.end = p.end,
                None => cell.push(*p),
            }
        }
        row
    }

    /// Whether a paragraph line continues a space-separated row that is
    /// still missing cells (a cell spilled over two lines), or, in an
    /// aligned table, is an indented line of wrapped cells.
    /// A line of a table whose header came one cell per line (a web table
    /// copied as text): the header's further names, a line holding only a
    /// row number, and the cells of the row it opened, one a line, whatever
    /// each line would be on its own (a short task reads like a heading).
    /// False for a line that is none of these: the table has ended.
    pub(super) fn cell_line(&mut self, span: Span) -> bool {
        if !self.table.cells_apart || self.table.columns.is_empty() {
            return false;
        }
        let line = self.get(span);
        if line.starts_with("序号") {
            // the next table's header
            return false;
        }
        let number = bare_row_number(line);
        if self.table.header_open {
            if number.is_none()
                && self.table.columns.len() < MAX_STOPS
                && heading::ordinal(line).is_none()
                && crate::grammar::at_most_chars(line, 10)
                && (column(line) != Column::Other || names_other_column(line))
            {
                self.table.columns.push(column(line));
                self.table.work |= names_work(line);
                self.settle_goals();
                self.table.header_units.push(header_unit(line));
                return true;
            }
            self.table.header_open = false;
        }
        let filled = self.table.row.len();
        let open = self.table.cell_per_line && filled > 0 && filled < self.table.columns.len();
        if let Some(n) = number {
            // in an open row a number is a cell unless it is the next row's
            // number where no column expects a figure (an empty cell left
            // no line)
            let next_row = self
                .table
                .row
                .first()
                .and_then(|c| c.first())
                .and_then(|s| bare_row_number(self.get(*s)))
                .is_some_and(|prev| follows(prev, n));
            let figure_column = matches!(
                self.table.columns.get(filled),
                Some(Column::Value | Column::Measure | Column::Progress | Column::Other)
            );
            if !open || (next_row && !figure_column) {
                self.table_line(span);
                return true;
            }
        }
        if open {
            let mut parts = self.line_cells(span);
            parts.retain(|p| !p.is_empty());
            // 数字经济核心产业营业 ⏎ 收入增长15%左右。: a text cell a wrap cut
            // goes on in a line that is nothing the next column holds
            if self.wraps_text_cell(line) {
                if let Some(cell) = self.table.row.last_mut() {
                    cell.extend(parts);
                    return true;
                }
            }
            self.table.row.push(parts);
            if self.table.row.len() >= self.table.columns.len() {
                self.table_flush();
            }
            return true;
        }
        false
    }

    /// Whether `line`, in a row read one cell per line, goes on with the
    /// text cell before it: that cell stops mid-sentence, and the line is
    /// no unit list or deadline the next column would hold.
    fn wraps_text_cell(&self, line: &str) -> bool {
        let k = self.table.row.len();
        let after_text = k > 0 && self.table.columns.get(k - 1) == Some(&Column::Text);
        let cut = self
            .table
            .row
            .last()
            .and_then(|c| c.last())
            .is_some_and(|s| super::cut_mid_word(self.get(*s)));
        let next_holds = match self.table.columns.get(k) {
            Some(Column::Units(_)) => {
                let t = line.trim().trim_end_matches(['。', '；', ';', '，', ',']);
                let last = t.rsplit(['、', '，', ',', '；', ';']).next().unwrap_or(t);
                units::looks_complete(last)
            }
            Some(Column::Deadline) => {
                crate::grammar::date::resolve_deadline(line, None).is_some()
                    || units::is_timing(line.trim())
            }
            Some(Column::Text | Column::Number) | None => true,
            Some(_) => !line.contains(['。', '，']),
        };
        after_text && cut && !next_holds
    }

    /// Whether a blank line is an empty cell of a row read one cell per
    /// line (`1-2 ⏎ 新签约… ⏎ 市投资促进局 ⏎ 市商务局 ⏎ ⏎ 2024年12月底`: no
    /// leader named), and takes it as one.
    pub(super) fn empty_cell(&mut self) -> bool {
        let filled = self.table.row.len();
        let open = self.table.cells_apart
            && self.table.cell_per_line
            && filled > 0
            && filled < self.table.columns.len();
        if open {
            self.table.row.push(Vec::new());
        }
        open
    }

    /// Ends a table read one cell per line: a line that belongs to none.
    pub(super) fn end_cells_apart(&mut self) {
        self.table.cells_apart = false;
        self.table.header_open = false;
    }

    pub(super) fn table_continues(&mut self, span: Span) -> bool {
        if self.table.row.is_empty() || self.table.cell_per_line || self.table.columns.is_empty() {
            return false;
        }
        if !self.table.stops.is_empty() && !self.table.in_order {
            // indented past the number column: the rest of cells above
            let line = self.get(span);
            let mut parts = cells(line, span.start);
            parts.retain(|p| !p.is_empty());
            let cols = display_columns(self.text, &parts);
            // (its first piece stands under a later column than the number's)
            let indented = cols
                .first()
                .is_some_and(|c| column_at(&self.table.ends, *c).is_some_and(|k| k > 0));
            if !indented {
                return false;
            }
            if !self.row_takes_line(span) {
                return true;
            }
            for (p, col) in parts.into_iter().zip(cols) {
                let k = column_at(&self.table.ends, col).unwrap_or(0);
                if let Some(cell) = self.table.row.get_mut(k) {
                    // the wrapped part of a cell is a new piece of it
                    match cell.last_mut() {
                        Some(last) if last.start >= span.start => last.end = p.end,
                        _ => cell.push(p),
                    }
                }
            }
            return true;
        }
        // a cell left open after 、，； goes on on this line, however many
        // cells the row has (市农业农村局、市统计局、⏎各县（市、区）人民政府)
        if self.row_goes_on() {
            self.spill_line(span);
            return true;
        }
        if self.table.row.len() + self.table.wrapped >= self.table.columns.len() + 2 {
            return false;
        }
        if self.table.row.len() >= self.table.columns.len() {
            return false;
        }
        // a pipe row closed by its `|` with all its cells has ended
        if self.table.piped && !self.table.tail_open && self.table.cells >= self.table.columns.len()
        {
            return false;
        }
        self.spill_line(span);
        true
    }

    /// Whether the last line read into the row ends inside a list (after
    /// 、 ， , ； ;): the cell it ends in goes on on the next line, a line
    /// without a row number. A tab or a `|` after the separator closes
    /// the cell.
    fn row_goes_on(&self) -> bool {
        let end = self.table.line_end;
        let before = self.text.get(..end).unwrap_or("");
        let closed = self
            .text
            .get(end..)
            .unwrap_or("")
            .chars()
            .take_while(|&c| c != '\n' && is_space(c))
            .any(|c| c == '\t');
        !closed && before.ends_with(['、', '，', ',', '；', ';'])
    }

    /// The deadline a deadline cell states, its pieces read as one text:
    /// a cell wrapped over lines (2025年⏎6月底前) is resolved as 2025年6月底前.
    /// Its text is the source's over its span, as every text of the model:
    /// from the first piece to the last, break included, when only spaces
    /// stand between them; else (other cells' text between, as in an aligned
    /// or a pipe table) the last piece alone.
    fn cell_deadline(&self, cell: &[Span]) -> Option<crate::Deadline> {
        let (first, last) = (cell.first()?, cell.last()?);
        if cell.len() == 1 {
            return Some(self.deadline(*first));
        }
        let joined: String = cell.iter().map(|s| self.get(*s).trim()).collect();
        // (the pieces in the order written: an aligned table may file a
        // later line's piece first)
        let clean = cell.windows(2).all(|w| match w {
            [a, b] => {
                a.end <= b.start
                    && self
                        .text
                        .get(a.end..b.start)
                        .is_some_and(|gap| gap.chars().all(is_space))
            }
            _ => true,
        });
        let span = if clean {
            Span::new(first.start, last.end)
        } else {
            *last
        };
        Some(crate::Deadline {
            date: date::resolve_deadline(&joined, self.plan_year),
            text: self.share(self.get(span)),
            span,
        })
    }

    /// Whether a cell holds a deadline (2024年12月底, 年底前, 持续推进): a
    /// row may have none, so only such a cell fills a deadline column.
    fn is_deadline_cell(&self, s: Span) -> bool {
        let t = self.get(s);
        units::is_timing(t) || date::resolve_deadline(t, None).is_some()
    }

    /// Spilled lines of a space-separated row (or of an aligned one), cell
    /// by cell: the last ones fill the missing cells, earlier ones continue
    /// the cell before them; a missing deadline cell is only filled by a
    /// deadline (a row may have none).
    fn spilled_cells(&self, row: &mut Vec<Vec<Span>>, spill: Vec<Span>, in_order: bool) {
        // (the empty cells of a tabbed line are kept: they hold their columns)
        let spill: Vec<Span> = if in_order {
            // (a row read from runs of spaces: so are its lines)
            spill
                .iter()
                .flat_map(|s| run_cells(self.get(*s), s.start))
                .collect()
        } else if self.table.stops.is_empty() && !spill.is_empty() {
            spill.iter().flat_map(|s| self.line_cells(*s)).collect()
        } else {
            spill
        };
        let mut missing = self.table.columns.len().saturating_sub(row.len());
        if missing > 0
            && self.table.columns.last() == Some(&Column::Deadline)
            && !spill
                .last()
                .is_some_and(|s| s.is_empty() || self.is_deadline_cell(*s))
        {
            missing -= 1;
        }
        let (extend, fill) = spill.split_at(spill.len().saturating_sub(missing));
        if let Some(last) = row.last_mut() {
            last.extend_from_slice(extend);
        }
        row.extend(fill.iter().map(|s| vec![*s]));
    }

    /// The cells of a pipe row written over several lines: `spill` holds
    /// the lines after its first, `open` whether that first line left its
    /// last cell open.
    ///
    /// Rule: a line that does not end in `|` leaves its last cell open, and
    /// the first piece of the next line finishes that cell (unless the line
    /// opens with `|`); every other piece is a cell of its own. Cells are
    /// counted over all the lines up to the header's count; pieces past it
    /// go on in the last cell. In a table that writes no closing `|`
    /// (neither its header nor the row's last line ends in one) a line end
    /// cannot tell a wrap from a cell boundary: there only as many line ends
    /// are wraps as the row has pieces beyond its cells, the first first.
    ///
    /// `8 | 新建厂房，营业收入⏎达到80亿元 | 县开发区管委会 | 县住建局、⏎县财政局 | 10月底前 |`
    /// → `8`, `新建厂房，营业收入` + `达到80亿元`, `县开发区管委会`,
    /// `县住建局、` + `县财政局`, `10月底前`. One pass over the lines.
    fn wrapped_pipe_row(&self, row: &mut Vec<Vec<Span>>, spill: &[Span], open: bool) {
        let mut lines: Vec<(Vec<Span>, bool)> = Vec::with_capacity(spill.len());
        let mut prev_open = open;
        for s in spill {
            let line = self.get(*s);
            let parts = if line.contains('|') {
                cells(line, s.start)
            } else {
                // a line without bars is all one piece of a cell
                let c = crate::layout::content(line, Span::new(0, line.len()));
                vec![Span::new(s.start + c.start, s.start + c.end)]
            };
            let joinable = prev_open && !line.trim_start().starts_with('|');
            prev_open = !line.trim_end().ends_with('|');
            lines.push((parts, joinable));
        }
        let cols = if self.table.columns.is_empty() {
            row.len()
        } else {
            self.table.columns.len()
        };
        let mut joins = if self.table.closing || !prev_open {
            usize::MAX
        } else {
            let pieces = row.len() + lines.iter().map(|(p, _)| p.len()).sum::<usize>();
            let last = lines.last().and_then(|(p, _)| p.last()).copied();
            let deadline_missing = self.table.columns.last() == Some(&Column::Deadline)
                && !last.is_some_and(|s| self.is_deadline_cell(s));
            pieces.saturating_sub(cols.saturating_sub(usize::from(deadline_missing)))
        };
        for (parts, joinable) in lines {
            for (k, p) in parts.into_iter().enumerate() {
                let join = k == 0 && joinable && joins > 0;
                if join {
                    joins -= 1;
                }
                let full = row.len() >= cols;
                match row.last_mut() {
                    Some(last) if join || full => last.push(p),
                    _ => row.push(vec![p]),
                }
            }
        }
    }

    /// Emits the row being read, if any.
    pub(super) fn table_flush(&mut self) {
        self.table.cut = None;
        let in_order = std::mem::take(&mut self.table.in_order);
        let mut row = std::mem::take(&mut self.table.row);
        let spill = std::mem::take(&mut self.table.spill);
        let piped = std::mem::take(&mut self.table.piped)
            && !self.table.cell_per_line
            && self.table.stops.is_empty();
        let open = std::mem::take(&mut self.table.open);
        self.table.tail_open = false;
        self.table.cells = 0;
        if piped && !row.is_empty() && !spill.is_empty() {
            self.wrapped_pipe_row(&mut row, &spill, open);
        }
        self.table.cell_per_line = false;
        self.table.wrapped = 0;
        if row.is_empty() {
            return;
        }
        if !piped {
            self.spilled_cells(&mut row, spill, in_order);
        }
        // a cell of thousands of pieces (a hostile line of bars or spaces)
        // is read up to a bound, the rest under a diagnostic
        let mut dropped: Option<Span> = None;
        for cell in &mut row {
            if let (Some(first), Some(last)) = (cell.get(MAX_CELL_PIECES), cell.last()) {
                let d = dropped.get_or_insert(Span::new(first.start, last.end));
                d.start = d.start.min(first.start);
                d.end = d.end.max(last.end);
                cell.truncate(MAX_CELL_PIECES);
            }
        }
        if let Some(span) = dropped {
            self.diagnostics.push(crate::Diagnostic::new(
                crate::DiagnosticCode::LimitExceeded,
                crate::Severity::Warning,
                span,
                format!("table cell cut at {MAX_CELL_PIECES} pieces"),
            ));
        }
        // empty cells of a CSV record (,,) or a tabbed row (⇥⇥) hold their
        // column, with nothing to read in it
        for cell in &mut row {
            cell.retain(|s| !s.is_empty());
        }
        // the row's own extent, before cells of the row above stand in
        let (start, end) = row
            .iter()
            .flatten()
            .fold((usize::MAX, 0), |(a, b), s| (a.min(s.start), b.max(s.end)));
        // a category column before the number (类别 | 序号 | …) is written
        // once per group, on its first row: a blank one is the group's
        let n = self.number_column();
        let mut in_group = false;
        // 同上: the cell of the row above, for units, leaders and deadlines
        for (i, cell) in row.iter_mut().enumerate() {
            let ditto = matches!(cell.as_slice(), [one] if is_ditto(self.get(*one)));
            let inherits = !matches!(
                self.table.columns.get(i),
                None | Some(Column::Number | Column::Text)
            );
            // a lead cell left blank under a filled one: a merged cell,
            // copied out of a spreadsheet with its value in its first row
            let merged = cell.is_empty()
                && matches!(self.table.columns.get(i), Some(Column::Units(Role::Lead)));
            let group =
                cell.is_empty() && i < n && self.table.columns.get(i) == Some(&Column::Other);
            if (ditto && inherits) || merged || group {
                if let Some(above) = self.table.above.get(i) {
                    cell.clone_from(above);
                    in_group |= group && !above.is_empty();
                }
            }
        }
        // and so, in a group, is its deadline (a merged 完成时限 cell)
        let deadline_col = self
            .table
            .columns
            .iter()
            .position(|c| *c == Column::Deadline);
        if let Some(d) = deadline_col.filter(|_| in_group) {
            let above = self.table.above.get(d).filter(|c| !c.is_empty());
            if let Some(above) = above.filter(|_| row.get(d).is_none_or(Vec::is_empty)) {
                let above = above.clone();
                if row.len() <= d {
                    row.resize(d + 1, Vec::new());
                }
                if let Some(cell) = row.get_mut(d) {
                    *cell = above;
                }
            }
        }
        self.table.above.clone_from(&row);
        // the role its category gives the row (主要指标: targets, 重点任务:
        // tasks), over its section's
        let row_role = row
            .iter()
            .take(n)
            .flatten()
            .map(|s| super::section_role(self.get(*s)))
            .find(|r| matches!(r, crate::SectionRole::Targets | crate::SectionRole::Plan));

        let mut number = None;
        let mut text = None;
        // the wrapped parts of the text cell, and further text columns
        // (目标要求, 具体措施): joined onto the task's text
        let mut more: Vec<(Span, bool)> = Vec::new();
        let mut unit_list: Vec<Unit> = Vec::new();
        let mut deadline = None;
        let mut stray_deadline = None;
        // (2025年目标 | 2027年目标: a goal per value column)
        let mut values: Vec<Span> = Vec::new();
        let mut measure = None;
        let mut progress: Vec<Span> = Vec::new();
        let mut figures: Vec<Metric> = Vec::new();
        for (i, cell) in row.iter().enumerate() {
            let col = self.table.columns.get(i).copied().unwrap_or(if i == 0 {
                Column::Number
            } else if i == 1 {
                Column::Text
            } else {
                Column::Units(Role::Responsible)
            });
            match col {
                Column::Number => number = cell.first().map(|s| self.share(self.get(*s))),
                Column::Text if text.is_none() => {
                    text = cell.first().copied();
                    more.extend(cell.iter().skip(1).map(|s| (*s, true)));
                }
                Column::Text => {
                    for (k, s) in cell.iter().enumerate() {
                        more.push((*s, k > 0));
                    }
                }
                // the pieces of a wrapped cell are one list (县财政、⏎自然资源、住建局)
                // a date is never a unit: a row that lost a cell puts its
                // deadline in a units column (县卫健局 | 2022年12月底)
                Column::Units(role) if cell.iter().any(|s| self.is_deadline_cell(*s)) => {
                    let (dates, names): (Vec<Span>, Vec<Span>) =
                        cell.iter().partition(|s| self.is_deadline_cell(**s));
                    stray_deadline = stray_deadline.or(dates.first().copied());
                    unit_list.extend(units::parse_cell_pieces(self.src, &names, role));
                }
                Column::Units(role) => {
                    unit_list.extend(units::parse_cell_pieces(self.src, cell, role));
                }
                Column::Deadline => {
                    deadline = self.cell_deadline(cell);
                    // 二季度末开工15个: a schedule's steps hold figures too
                    for piece in cell {
                        figures.extend(self.cell_figures(*piece));
                    }
                }
                Column::Value => values.extend(cell.first().copied().filter(|s| !s.is_empty())),
                Column::Measure => measure = cell.first().copied().filter(|s| !s.is_empty()),
                Column::Progress => progress.extend(cell.iter().copied()),
                // 总投资（亿元） | 9.6: a bare figure in the header's unit
                Column::Other => {
                    let figure = match (self.table.header_units.get(i), cell.as_slice()) {
                        (Some(Some((name, unit))), [piece]) => {
                            self.column_figure(name, unit, *piece)
                        }
                        _ => None,
                    };
                    match figure {
                        Some(m) => figures.push(m),
                        // 每季度签约10个以上: a cell of text, its quantities
                        None => {
                            for piece in cell {
                                figures.extend(self.cell_figures(*piece));
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        let deadline = deadline.or_else(|| stray_deadline.map(|s| self.deadline(s)));
        for p in progress {
            // 指标名称 | 单位 | 2024年基数: a bare figure in the measure
            // column's unit is a metric of the indicator, no goal
            let measured = measure.zip(text).and_then(|(m, t)| {
                let name = self.indicator_cell(t);
                self.measured_value(name, p, m)
            });
            match measured {
                Some(m) => self.metrics.push(m),
                None => {
                    self.scan(p);
                }
            }
        }
        let Some(text) = text else { return };
        if start > end || super::is_placeholder(self.get(text)) {
            return;
        }
        // a page cut inside the last cell leaves a fragment of a name
        let at_text_end = self
            .text
            .get(end..)
            .is_some_and(|rest| rest.trim().is_empty());
        if at_text_end
            && unit_list
                .last()
                .is_some_and(|u| !units::looks_complete(&u.name))
        {
            if let Some(cut) = unit_list.pop() {
                self.diagnostics.push(crate::Diagnostic::new(
                    crate::DiagnosticCode::UnitListUnclosed,
                    crate::Severity::Warning,
                    cut.span,
                    "unit name cut off by the end of the text",
                ));
            }
        }
        if !values.is_empty() {
            let first = self.targets.len();
            for value in values {
                self.target_row(number.clone(), text, value, measure, unit_list.clone());
            }
            self.last = Some(super::Last::Targets(first));
            return;
        }
        let resp = if unit_list.is_empty() {
            None
        } else {
            Some(units::Responsibility {
                units: unit_list,
                span: Span::new(end, end),
                closed: true,
                timing: None,
            })
        };
        self.entry_kind = Some(crate::grammar::heading::OrdinalKind::Arabic);
        let tasks_before = self.tasks.len();
        let targets_before = self.targets.len();
        self.table.row_role = row_role;
        self.entry(number, Span::new(start, end), text, resp, deadline);
        self.table.row_role = None;
        // a row of a target list whose goal cell wraps (增长6.5%，⏎税收收入
        // 占比达到75%以上。): the wrapped lines hold more of its goals
        if self.tasks.len() == tasks_before && self.targets.len() > targets_before {
            let (number, units) = self
                .targets
                .get(targets_before)
                .map(|t| (t.number.clone(), t.units.clone()))
                .unwrap_or_default();
            // (城镇、农村居民人均可支配收入分别⏎增长7%、8%: read on over the
            // break, as a statement's wrapped lines are)
            let open_before = self.targets_open.take();
            let mut prev_end = text.end;
            for (piece, wrapped) in &more {
                if piece.is_empty() {
                    continue;
                }
                if *wrapped {
                    let open = super::OpenTargets::new(
                        targets_before,
                        prev_end,
                        units.clone(),
                        number.clone(),
                    );
                    self.targets_go_on(open, *piece);
                    self.targets_open = None;
                } else {
                    let found = self.scan(*piece);
                    self.targets_from(*piece, &found, number.as_ref(), &units, true);
                }
                prev_end = piece.end;
            }
            self.targets_open = open_before;
        }
        self.metrics.extend(figures.iter().cloned());
        if let Some(t) = self.tasks.get_mut(tasks_before) {
            t.metrics.extend(figures);
        }
        if self.tasks.len() > tasks_before {
            let mut prev_end = text.end;
            for (piece, wrapped) in more {
                if piece.is_empty() {
                    continue;
                }
                // a wrapped part continues the sentence above it (完成投资⏎
                // 120亿元以上); a column of its own is set off by a space
                let (broken_at, joiner) = if wrapped {
                    (Some(prev_end), "")
                } else {
                    (None, " ")
                };
                self.join_task_text(tasks_before, piece, broken_at, joiner);
                prev_end = piece.end;
            }
        }
    }
}

impl<'a> Builder<'a> {
    /// A row of a target table: the indicator in one cell, its value in
    /// another (地区生产总值 | 增长6%左右).
    fn target_row(
        &mut self,
        number: Option<Text>,
        indicator: Span,
        value: Span,
        measure: Option<Span>,
        units: Vec<Unit>,
    ) {
        let name = self.share(self.indicator_cell(indicator));
        let found = match measure.and_then(|m| self.measured_value(&name, value, m)) {
            Some(m) => {
                self.metrics.push(m.clone());
                vec![m]
            }
            None => self.scan(value),
        };
        let first = self.targets.len();
        if found.is_empty() {
            // the row as written from the name to the goal when only its
            // unit stands between them on a line of tabs or spaces
            // (居民人均可支配收入增长⇥%⇥与经济增长同步); else the name and the
            // goal joined
            let whole = Span::new(
                indicator.start.min(value.start),
                indicator.end.max(value.end),
            );
            let between = self
                .text
                .get(indicator.end..value.start)
                .map(|g| g.trim_matches(|c: char| c.is_whitespace()));
            let unit_only = between.is_some_and(|g| {
                crate::grammar::at_most_chars(g, 4)
                    && !g.contains(|c: char| is_digit(c) || c.is_whitespace())
            });
            let goal = match self.get(whole) {
                w if unit_only && !w.contains(['\n', '|']) => self.share(w),
                _ => Text::from(format!("{name}{}", self.get(value))),
            };
            self.targets.push(crate::Target {
                number,
                standard: super::standard_key(&name),
                indicator: name,
                metric: None,
                units,
                text: goal,
                span: Span::new(
                    indicator.start.min(value.start),
                    indicator.end.max(value.end),
                ),
            });
        } else {
            // 城镇、农村居民人均可支配收入 | 分别增长5.5%、7%: one name each
            let respective = if self.get(value).trim_start().starts_with("分别") {
                crate::grammar::metric::respective_names(&name)
            } else {
                Vec::new()
            };
            let each = respective.len() == found.len();
            for (k, mut m) in found.into_iter().enumerate() {
                let own = respective.get(k).filter(|_| each).unwrap_or(&name).clone();
                if m.indicator.is_none() || each {
                    m.indicator = Some(own.clone());
                }
                self.targets
                    .push(super::metric_target(number.clone(), own, m, units.clone()));
            }
        }
        self.last = Some(super::Last::Targets(first));
    }

    /// The indicator a target table's text cell names, without the stop
    /// after it.
    fn indicator_cell(&self, cell: Span) -> &'a str {
        self.get(cell).trim_end_matches(['。', '；', ';'])
    }

    /// 总投资 | 18.6亿元: a cell that holds only an amount with its own unit,
    /// named by its header.
    fn own_unit_figure(&self, name: &str, cell: Span) -> Option<Metric> {
        let v = self.get(cell).trim();
        // (约42亿元: a bound word may open it)
        let digit = v.find(|c: char| c.is_ascii_digit() || is_digit(c))?;
        let q = crate::grammar::quantity::read_quantity(v, digit)?;
        if q.start != 0 || q.end != v.len() || q.unit.is_none() {
            return None;
        }
        let m = Metric::parse(&[name, "为", v].concat()).ok()?;
        (m.unit.as_deref() == q.unit.as_deref()).then(|| self.cell_metric(m, name, cell))
    }

    /// A figure in a column whose header gives its unit (总投资（亿元） | 9.6 →
    /// 9.6亿元, indicator 总投资): only a bare number is one. The metric's
    /// text and span are the cell's.
    fn header_figure(&self, name: &str, unit: &str, cell: Span) -> Option<Metric> {
        let v = self.get(cell).trim();
        if v.is_empty() || !(v.chars().all(|c| is_digit(c) || c == '.') || grouped(v)) {
            return None;
        }
        let m = Metric::parse(&[name, "为", v, unit].concat()).ok()?;
        (m.unit.as_deref() == Some(unit)).then(|| self.cell_metric(m, name, cell))
    }

    /// A cell's figure named by its column: in the unit its header gives
    /// (总投资（万元） | 6800), or, when it gives none, in the cell's own
    /// (总投资 | 18.6亿元).
    fn column_figure(&self, name: &str, unit: &str, cell: Span) -> Option<Metric> {
        if unit.is_empty() {
            self.own_unit_figure(name, cell)
        } else {
            self.header_figure(name, unit, cell)
        }
    }

    /// The quantities a cell of text holds (每季度签约10个以上), unrecorded:
    /// the row's figures are recorded with the row.
    fn cell_figures(&self, piece: Span) -> Vec<Metric> {
        crate::grammar::metric::scan_metrics(self.src, self.get(piece), piece.start)
    }

    /// A metric read from a cell's figure with its header `name`, placed on
    /// the cell: its text and span are the cell's trimmed text, its change a
    /// level.
    fn cell_metric(&self, mut m: Metric, name: &str, cell: Span) -> Metric {
        let raw = self.get(cell);
        let v = raw.trim();
        let at = cell.start + (raw.len() - raw.trim_start().len());
        m.span = Span::new(at, at + v.len());
        m.text = self.share(v);
        m.indicator = Some(crate::Text::from(name));
        m.change = Some(crate::Change::Level);
        m
    }

    /// A value cell read with its indicator and the unit of its measure
    /// column (地区生产总值增速 | % | 6.5左右 → growth 6.5% approx): the unit
    /// goes right after the value's last digit. The metric's text and span
    /// are the value cell's.
    fn measured_value(&self, indicator: &str, value: Span, measure: Span) -> Option<Metric> {
        let v = self.get(value);
        let unit = self.get(measure).trim();
        let (at, last) = v.char_indices().rfind(|&(_, c)| is_digit(c))?;
        let split = at + last.len_utf8();
        // a value written with its own unit (增长5%, 提高1个百分点) keeps it
        if Metric::parse(v).is_ok_and(|m| m.unit.is_some()) {
            return None;
        }
        let phrase = [indicator, v.get(..split)?, unit, v.get(split..)?].concat();
        let mut m = Metric::parse(&phrase).ok()?;
        // the unit must be the measure column's, not something in the value
        if m.unit.as_deref() != Some(unit) && !(unit == "％" && m.unit.as_deref() == Some("%")) {
            return None;
        }
        m.span = value;
        m.text = self.share(v);
        m.unit = Some(self.share(unit));
        Some(m)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Bound, SectionRole};

    #[test]
    fn cell_split() {
        let t = "1 | 1.…… | ||||";
        let c: Vec<&str> = cells(t, 0).iter().map(|s| s.get(t).unwrap()).collect();
        assert_eq!(c, ["1", "1.……", "", "", "", ""]);
        let t = "序号 工 作 任 务 牵头负责部门";
        assert_eq!(cells(t, 0).len(), 6);
        let t = "| 1 | 推进 | 区发改局 |";
        let c: Vec<&str> = cells(t, 0).iter().map(|s| s.get(t).unwrap()).collect();
        assert_eq!(c, ["1", "推进", "区发改局"]);
        let t = "1\t市林草局 市水务局 \t 各县人民政府";
        let c: Vec<&str> = cells(t, 0).iter().map(|s| s.get(t).unwrap()).collect();
        assert_eq!(c, ["1", "市林草局 市水务局", "各县人民政府"]);
        // tabs: every tab ends a cell, an empty one included
        let t = "15\t建设\t县卫健局\t\t2022年12月底";
        let c: Vec<&str> = cells(t, 0).iter().map(|s| s.get(t).unwrap()).collect();
        assert_eq!(c, ["15", "建设", "县卫健局", "", "2022年12月底"]);
        let t = "1\t \t区发改局";
        let c: Vec<&str> = cells(t, 0).iter().map(|s| s.get(t).unwrap()).collect();
        assert_eq!(c, ["1", "", "区发改局"]);
        let t = "坚持服务 |";
        let c: Vec<&str> = cells(t, 0).iter().map(|s| s.get(t).unwrap()).collect();
        assert_eq!(c, ["坚持服务"]);
    }

    #[test]
    fn aligned_columns_by_display_width() {
        assert_eq!(display_width('a'), 1);
        assert_eq!(display_width('县'), 2);
        assert_eq!(display_width('，'), 2);
        assert_eq!(display_width('、'), 2);
        let text = "序号  重点任务  目标\n1     推进  增长\n";
        let at = |w: &str| {
            let i = text.rfind(w).unwrap();
            Span::new(i, i + w.len())
        };
        assert_eq!(
            display_columns(text, &[at("重点任务"), at("目标")]),
            [6, 16]
        );
        assert_eq!(
            display_columns(text, &[at("1"), at("推进"), at("增长")]),
            [0, 6, 12]
        );
        assert!(display_columns(text, &[]).is_empty());
        assert_eq!(column_at(&[4, 14, 32], 6), Some(1));
        assert_eq!(column_at(&[4, 14, 32], 40), Some(2));
        assert_eq!(column_at(&[], 14), None);
    }

    #[test]
    fn aligned_rows_with_wrapped_cells() {
        let text = "\
序号  重点任务          目标要求                  牵头单位    配合单位          完成时限
1     推进重大项目建设  全年实施项目150个，完成  县发改局    县住建局、        2024年12月
                        投资120亿元以上                       各乡镇人民政府
2     强化要素保障      新增企业贷款20亿元        县金融中心                    全年
";
        let doc = crate::parse(text);
        assert_eq!(doc.tasks.len(), 2, "{:?}", doc.tasks);
        let t = &doc.tasks[0];
        assert_eq!(
            t.text,
            "推进重大项目建设 全年实施项目150个，完成投资120亿元以上"
        );
        let names: Vec<&str> = t.units.iter().map(|u| u.name.as_str()).collect();
        assert_eq!(names, ["县发改局", "县住建局", "各乡镇人民政府"]);
        assert_eq!(t.units[0].role, Role::Lead);
        assert_eq!(t.units[2].role, Role::Cooperating);
        let m = &t.metrics[1];
        assert_eq!(m.indicator.as_deref(), Some("投资"));
        assert_eq!(m.value, rust_decimal::Decimal::from(120));
        assert_eq!(doc.text(m.span), Some("投资120亿元以上"));
        // an empty cell stays empty: the deadline is still the deadline
        let t = &doc.tasks[1];
        assert_eq!(t.units.len(), 1);
        assert_eq!(t.deadline.as_ref().map(|d| d.text.as_str()), Some("全年"));
        assert!(doc.check_tiling(text).is_ok());
    }

    #[test]
    fn a_layout_copy_with_centred_headers_over_left_aligned_cells() {
        // pdftotext -layout: the header centred over its column, the cells
        // left-aligned, the rows indented, a cell cut inside a name
        let text = "\
 序号              重点工作任务                  完成时限       牵头单位        责任单位
  1    新增共享农庄5家。                         2019年11月     县农业农村局    县财政局，县工业园区管
                                                                                委会
  2    新建热带水果标准化生产基地3个，培育       2019年12月     县商务局        县供销社，各乡镇人民
       龙头企业2家。                                                            政府
  3    新增学位1200个。                          2019年8月      县教育局        县财政局，各
       全部投入使用。                                                           乡镇人民政府
  4    新建公办幼儿园4所。                       2019年8月      县教育局        县财政局，各乡镇
       全部投入使用。                                                           人民政府
";
        let doc = crate::parse(text);
        let mut got: Vec<(String, Vec<&str>)> = doc
            .tasks
            .iter()
            .map(|t| {
                (
                    t.text.to_string(),
                    t.units.iter().map(|u| u.name.as_str()).collect(),
                )
            })
            .collect();
        got.truncate(2);
        assert_eq!(
            got,
            [
                (
                    "新增共享农庄5家。".to_string(),
                    vec!["县农业农村局", "县财政局", "县工业园区管委会"]
                ),
                (
                    "新建热带水果标准化生产基地3个，培育龙头企业2家。".to_string(),
                    vec!["县商务局", "县供销社", "各乡镇人民政府"]
                ),
            ]
        );
        // the name's span stays on the part written on the row's line
        let last = doc.tasks[1].units.last().map(|u| u.raw.as_str());
        assert_eq!(last, Some("各乡镇人民"));
        // a lone 各, and a division before its body, across the wrap
        for t in doc.tasks.get(2..).unwrap_or_default() {
            let names: Vec<&str> = t.units.iter().map(|u| u.name.as_str()).collect();
            assert_eq!(names, ["县教育局", "县财政局", "各乡镇人民政府"]);
        }
        assert_eq!(doc.tasks.len(), 4);
    }

    #[test]
    fn a_target_row_whose_goal_cell_wraps() {
        let text = "\
 序号              重点工作任务                  完成时限       牵头单位        责任单位
                                         一、主要预期目标
  2    地方一般公共预算收入增长6.5%，            2019年12月     县财政局        县税务局
       税收收入占比达到75%以上。
  4    城镇、农村常住居民人均可支配收入分别      2019年12月     县人社局        县统计局
       增长7.5%、8.5%；城镇登记失业率
       控制在3%以内。
";
        let doc = crate::parse(text);
        let got: Vec<(&str, Option<&str>, usize)> = doc
            .targets
            .iter()
            .map(|t| (t.indicator.as_str(), t.number.as_deref(), t.units.len()))
            .collect();
        assert_eq!(
            got,
            [
                ("地方一般公共预算收入", Some("2"), 2),
                ("税收收入占比", Some("2"), 2),
                // the names before the break and the values after it are
                // one 分别 list
                ("城镇常住居民人均可支配收入", Some("4"), 2),
                ("农村常住居民人均可支配收入", Some("4"), 2),
                ("城镇登记失业率", Some("4"), 2),
            ]
        );
        let values: Vec<String> = doc
            .targets
            .iter()
            .filter_map(|t| t.metric.as_ref().map(|m| m.value.to_string()))
            .collect();
        assert_eq!(values, ["6.5", "75", "7.5", "8.5", "3"]);
        for t in &doc.targets {
            let m = t.metric.as_ref().expect("a figure");
            assert_eq!(text.get(m.span.start..m.span.end), Some(m.text.as_str()));
        }
    }

    #[test]
    fn pipe_tables_with_heading_rows_ditto_cells_and_continued_rows() {
        let text = "\
| 序号 | 重点工作任务 | 牵头单位 | 配合单位 | 完成时限 |
| :--: | :-- | :--: | :-- | :--: |
| 一、主要预期目标 | | | | |
| 1 | 地区生产总值增长6%左右 | 区发改局 | 区统计局 | 2024年12月底 |
| 二、重点工作任务 | | | | |
| 2 | 新建城市道路12条 | 区住建局 | 区城管局 | 同上 |
| | | 区城投集团 | 各街道办事处 | |
| 3 | 谋划储备项目100个 | 同上 | 同上 | 持续推进 |
";
        let doc = crate::parse(text);
        assert_eq!(doc.targets.len(), 1, "{:?}", doc.targets);
        assert_eq!(doc.sections.len(), 2);
        assert_eq!(doc.tasks.len(), 2, "{:?}", doc.tasks);
        let t = &doc.tasks[0];
        assert_eq!(t.path, ["二、"]);
        let names: Vec<&str> = t.units.iter().map(|u| u.name.as_str()).collect();
        assert_eq!(
            names,
            ["区住建局", "区城投集团", "区城管局", "各街道办事处"]
        );
        assert_eq!(t.units[1].role, Role::Lead);
        assert_eq!(
            t.deadline.as_ref().map(|d| d.text.as_str()),
            Some("2024年12月底")
        );
        let names: Vec<&str> = doc.tasks[1].units.iter().map(|u| u.name.as_str()).collect();
        assert_eq!(
            names,
            ["区住建局", "区城投集团", "区城管局", "各街道办事处"]
        );
        assert!(is_ditto("同上") && is_ditto(" 同上。") && !is_ditto("同上级"));
    }

    #[test]
    fn cells_per_line_with_group_numbers_blank_cells_and_wrapped_text() {
        let text = "序号\n重点任务\n牵头单位\n协办单位\n责任领导\n完成时限\n一、稳定增长\n1-1\n实施重点项目30个。\n县发改委\n县财政局\n赵平\n2024年12月底\n1-2\n新签约亿元以上项目12个。\n县投资促进局\n县商务局\n\n2024年12月底\n二、产业升级\n2-1\n推进数字经济发展，数字经济核心产业营业\n收入增长15%左右。\n县工信局\n县大数据中心\n孙伟\n2024年11月底\n";
        let doc = crate::parse(text);
        let rows = rows(&doc);
        let got: Vec<(&str, &str, usize, &str)> = rows
            .iter()
            .map(|r| (r.0.as_str(), r.1.as_str(), r.2.len(), r.3.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("1-1", "实施重点项目30个。", 2, "2024年12月底"),
                ("1-2", "新签约亿元以上项目12个。", 2, "2024年12月底"),
                (
                    "2-1",
                    "推进数字经济发展，数字经济核心产业营业收入增长15%左右。",
                    2,
                    "2024年11月底"
                ),
            ]
        );
        let paths: Vec<Vec<&str>> = doc
            .tasks
            .iter()
            .map(|t| t.path.iter().map(|p| p.as_str()).collect())
            .collect();
        assert_eq!(paths, [vec!["一、"], vec!["一、"], vec!["二、"]]);
    }

    #[test]
    fn cells_per_line_under_a_header_with_a_column_the_model_has_no_place_for() {
        // 类别 and 备注 name no field of a task; the header goes on past them
        let text = "序号\n类别\n工作任务\n牵头单位\n配合单位\n完成时限\n备注\n1\n工业经济\n新增规模以上工业企业8家。\n县工信局\n县统计局\n2025年12月底\n\n2\n民生保障\n新增城镇就业1500人。\n县人社局\n县财政局\n全年\n新增\n";
        let doc = crate::parse(text);
        let got: Vec<(String, String, usize)> = rows(&doc)
            .iter()
            .map(|r| (r.0.to_string(), r.1.to_string(), r.2.len()))
            .collect();
        assert_eq!(
            got,
            [
                ("1".into(), "新增规模以上工业企业8家。".into(), 2),
                ("2".into(), "新增城镇就业1500人。".into(), 2),
            ]
        );
        assert!(!names_other_column("2025年"));
        assert!(!names_other_column("新增规模以上工业企业8家。"));
    }

    #[test]
    fn a_goal_column_beside_a_column_of_work_is_the_works_goal() {
        // rows of work with their year's goal: tasks, not targets
        let text = "序号,工作任务,年度目标,牵头单位,配合单位,完成时限\n1,推进港区二期工程建设,\"新建泊位3个,新增吞吐能力300万吨\",市交通运输局,\"市发改委,市自然资源和规划局\",2023年12月底\n2,实施城市更新行动,改造老旧小区56个,市住建局,市财政局,2023年11月底\n";
        let doc = crate::parse(text);
        assert!(doc.targets.is_empty(), "{:?}", doc.targets);
        assert_eq!(rows(&doc).len(), 2);
        assert_eq!(doc.tasks[0].units.len(), 3);
        let values: Vec<String> = doc.tasks[0]
            .metrics
            .iter()
            .map(|m| m.value.to_string())
            .collect();
        assert_eq!(values, ["3", "300"]);
        // beside a column of indicators, the same header holds target values
        let text = "| 序号 | 指标名称 | 年度目标 | 责任单位 |\n| 1 | 地区生产总值增速 | 6%左右 | 县发改局 |\n| 2 | 城镇、农村居民人均可支配收入 | 分别增长5.5%、7% | 县人社局 |\n";
        let doc = crate::parse(text);
        let names: Vec<&str> = doc.targets.iter().map(|t| t.indicator.as_str()).collect();
        assert_eq!(
            names,
            [
                "地区生产总值增速",
                "城镇居民人均可支配收入",
                "农村居民人均可支配收入"
            ]
        );
        assert!(doc.tasks.is_empty());
    }

    #[test]
    fn a_pipe_row_goes_on_below_the_next_pages_repeated_header() {
        let text = "\
| 序号 | 重点工作任务 | 牵头单位 | 配合单位 | 完成时限 |
| --- | --- | --- | --- | --- |
| 7 | 争取专项债券额度30亿元， | 县财政局 | 县发展改 | 2024年9月 |
第 2 页 共 5 页
| 序号 | 重点工作任务 | 牵头单位 | 配合单位 | 完成时限 |
| --- | --- | --- | --- | --- |
| | 支持项目40个 | | 革局 | |
| 8 | 新建村级养老服务站12个 | 县民政局 | 各乡镇 | 2024年12月 |
";
        let doc = crate::parse(text);
        let rows = rows(&doc);
        assert_eq!(rows.len(), 2, "{rows:?}");
        assert_eq!(rows[0].0, "7");
        assert!(rows[0].1.ends_with("支持项目40个"), "{rows:?}");
        assert_eq!(
            rows[0].2,
            [
                ("县财政局".to_string(), Role::Lead),
                ("县发展改革局".to_string(), Role::Cooperating)
            ]
        );
        assert_eq!(rows[0].3, "2024年9月");
        assert_eq!(rows[1].3, "2024年12月");
        let values: Vec<&str> = doc.metrics.iter().map(|m| m.text.as_str()).collect();
        assert!(values.contains(&"支持项目40个"), "{values:?}");
        // a header that names other columns starts another table
        let text = "\
| 序号 | 重点工作任务 | 牵头单位 | 完成时限 |
| 1 | 新建公园3个， | 县住建局 | 2024年6月 |
| 序号 | 指标名称 | 目标值 |
| | 改造老旧小区5个 | |
";
        let doc = crate::parse(text);
        let texts: Vec<&str> = doc.tasks.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(texts, ["新建公园3个，"]);
    }

    /// A task as (number, text, [(unit, role)], deadline).
    type Row = (String, String, Vec<(String, Role)>, String);

    /// The tasks of `doc` as [`Row`]s.
    fn rows(doc: &crate::Document) -> Vec<Row> {
        doc.tasks
            .iter()
            .map(|t| {
                (
                    t.number.as_deref().unwrap_or("").to_string(),
                    t.text.to_string(),
                    t.units
                        .iter()
                        .map(|u| (u.name.to_string(), u.role))
                        .collect(),
                    t.deadline
                        .as_ref()
                        .map(|d| d.text.to_string())
                        .unwrap_or_default(),
                )
            })
            .collect()
    }

    #[test]
    fn pipe_rows_over_three_lines_keep_their_columns() {
        // the text cell and the units cell both wrap: each continuation
        // line's first piece finishes the cell the line before left open
        let text = "\
序号 | 重点工作 | 牵头单位 | 配合单位 | 完成时限 |
3 | 改造提升农贸市场4个，全区社会消费品零售总额
突破95亿元 | 区商务局 | 区市场监管局、区城管局、
各街道办事处 | 2025年9月底前 |
4 | 新增城市绿道12公里 | 区林业局 | 区住建局 | 持续推进 |
";
        let doc = crate::parse(text);
        let got = rows(&doc);
        assert_eq!(got.len(), 2, "{got:?}");
        let (number, task, units, deadline) = &got[0];
        assert_eq!(number, "3");
        assert_eq!(
            task,
            "改造提升农贸市场4个，全区社会消费品零售总额突破95亿元"
        );
        let want = [
            ("区商务局", Role::Lead),
            ("区市场监管局", Role::Cooperating),
            ("区城管局", Role::Cooperating),
            ("各街道办事处", Role::Cooperating),
        ];
        assert_eq!(
            units,
            &want.map(|(n, r)| (n.to_string(), r)).to_vec(),
            "{units:?}"
        );
        assert_eq!(deadline, "2025年9月底前");
        // one metric for 95亿元, its span on the source (over the break)
        let t = &doc.tasks[0];
        let big: Vec<&crate::Metric> = t
            .metrics
            .iter()
            .filter(|m| m.value == rust_decimal::Decimal::from(95))
            .collect();
        assert_eq!(big.len(), 1, "{:?}", t.metrics);
        let span = doc.text(big[0].span).unwrap_or("");
        assert!(span.ends_with("突破95亿元"), "{span:?}");
        assert!(!span.contains("区商务局"), "{span:?}");
        assert!(t.metrics.iter().all(|m| doc.text(m.span) == Some(&*m.text)));
        assert_eq!(got[1].2.len(), 2);
        assert!(doc.check_tiling(text).is_ok());
    }

    #[test]
    fn pipe_rows_over_lines_cell_by_cell() {
        // a line ending in `|` closes its cell; a line opening with `|`
        // starts a new one; a line without bars is all one piece
        let text = "\
序号 | 重点工作 | 牵头单位 | 配合单位 | 完成时限 |
5 | 建成5G基站300个 |
区工信局 | 区住建局 | 2025年6月底前 |
6 | 完成老旧小区改造15个，惠及居民
| 区住建局 | 各街道办事处 | 2025年11月底前 |
7 | 推进城乡供水一体化，新建
供水管网40公里，
改造泵站3座 | 区水利局 | 区财政局 | 年底前 |
";
        let doc = crate::parse(text);
        let got = rows(&doc);
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(got[0].1, "建成5G基站300个");
        assert_eq!(
            got[0].2,
            [
                ("区工信局".to_string(), Role::Lead),
                ("区住建局".to_string(), Role::Cooperating)
            ]
        );
        assert_eq!(got[0].3, "2025年6月底前");
        assert_eq!(got[1].1, "完成老旧小区改造15个，惠及居民");
        assert_eq!(got[1].2[0], ("区住建局".to_string(), Role::Lead));
        assert_eq!(got[1].3, "2025年11月底前");
        assert_eq!(
            got[2].1,
            "推进城乡供水一体化，新建供水管网40公里，改造泵站3座"
        );
        assert_eq!(got[2].2[0], ("区水利局".to_string(), Role::Lead));
        assert_eq!(got[2].3, "年底前");
        assert!(doc.check_tiling(text).is_ok());
    }

    #[test]
    fn pipe_rows_without_closing_bars_wrap_as_their_pieces_say() {
        // no closing `|` anywhere: a line end is a wrap only as often as
        // the row has pieces beyond its cells
        let text = "\
序号 | 重点工作 | 牵头单位 | 配合单位 | 完成时限
1 | 新建污水管网25公里，
雨污分流改造8平方公里 | 区住建局 | 区水务局、
区城管局 | 2025年10月底前
2 | 新增公共停车位1500个
| 区城管局 | 区交警大队 | 持续推进
3 | 建设口袋公园6个
区林业局 | 各街道办事处 | 年底前
4 | 举办招聘会30场 | 区人社局
区总工会
";
        let doc = crate::parse(text);
        let got = rows(&doc);
        assert_eq!(got.len(), 4, "{got:?}");
        assert_eq!(got[0].1, "新建污水管网25公里，雨污分流改造8平方公里");
        let names: Vec<&str> = got[0].2.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["区住建局", "区水务局", "区城管局"]);
        assert_eq!(got[0].3, "2025年10月底前");
        assert_eq!(got[1].1, "新增公共停车位1500个");
        assert_eq!(got[1].3, "持续推进");
        // a line end at a cell boundary: the pieces fill the cells
        assert_eq!(got[2].1, "建设口袋公园6个");
        assert_eq!(got[2].2[0], ("区林业局".to_string(), Role::Lead));
        assert_eq!(got[2].3, "年底前");
        // no deadline: the last line is a cell of units
        assert_eq!(got[3].1, "举办招聘会30场");
        assert_eq!(
            got[3].2,
            [
                ("区人社局".to_string(), Role::Lead),
                ("区总工会".to_string(), Role::Cooperating)
            ]
        );
        assert!(got[3].3.is_empty());
        assert!(doc.check_tiling(text).is_ok());
    }

    #[test]
    fn a_pipe_row_ends_at_its_closing_bar() {
        // all its cells and a closing `|`: the line after the row is a
        // paragraph of its own, not more of the row
        let text = "\
序号 | 重点工作 | 牵头单位 | 配合单位 | 完成时限 |
1 | 新建口袋公园6个，
改造街头绿地3处 | 区林业局 | 区城管局、
各街道办事处 | 2025年10月底前 |
注：各单位每月5日前报送进展。
";
        let doc = crate::parse(text);
        let got = rows(&doc);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1, "新建口袋公园6个，改造街头绿地3处");
        assert_eq!(got[0].2.len(), 3);
        let t = &doc.tasks[0];
        assert_eq!(
            doc.text(t.span).map(|s| s.ends_with("2025年10月底前")),
            Some(true)
        );
        let last = doc.blocks().last().map(|b| b.kind);
        assert_eq!(last, Some(crate::BlockKind::Paragraph));
        // a row whose last cell is still open takes the next line
        let text = "\
序号 | 重点工作 | 牵头单位 | 配合单位 | 完成时限 |
2 | 新建口袋公园6个，
改造街头绿地3处 | 区林业局 | 区城管局 |
2025年10月底前 |
";
        let doc = crate::parse(text);
        let got = rows(&doc);
        assert_eq!(got[0].3, "2025年10月底前");
    }

    #[test]
    fn a_unit_list_wrapped_in_its_cell_is_one_list() {
        // the break after 、 is inside the list: 区财政、 takes 局 and 区
        // back from the names on the next line, as on one line
        let text = "\
序号 | 重点工作 | 牵头单位 | 配合单位 | 完成时限 |
8 | 新建公办幼儿园5所 | 区教育局 | 区发改委，区财政、
人社、住建局 | 2025年8月底前 |
9 | 新建公办幼儿园2所 | 区教育局 | 区发改委，区财政、人社、住建局 | 2025年8月底前 |
";
        let doc = crate::parse(text);
        let got = rows(&doc);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].2, got[1].2);
        let names: Vec<&str> = got[0].2.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            ["区教育局", "区发改委", "区财政局", "区人社局", "区住建局"]
        );
        let raws: Vec<&str> = doc.tasks[0]
            .units
            .iter()
            .map(|u| doc.text(u.span).unwrap_or(""))
            .collect();
        assert_eq!(raws, ["区教育局", "区发改委", "区财政", "人社", "住建局"]);
        // an aligned table: the wrapped part stands under its column, other
        // columns between the pieces
        let text = "\
序号  重点任务          牵头单位    配合单位          完成时限
1     推进老旧小区改造  区住建局    区城管、          2025年12月
                                    自然资源局
";
        let doc = crate::parse(text);
        let got = rows(&doc);
        assert_eq!(got.len(), 1, "{got:?}");
        let names: Vec<&str> = got[0].2.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["区住建局", "区城管局", "区自然资源局"]);
        assert!(doc
            .tasks
            .iter()
            .flat_map(|t| &t.units)
            .all(|u| doc.text(u.span) == Some(&*u.raw)));
    }

    #[test]
    fn tabbed_rows_keep_their_empty_cells() {
        // ⇥⇥ is an empty cell: the deadline after it stays the deadline,
        // with rows before it or not; a wrapped line keeps its empty cell
        let row3 = "3\t新建社区食堂12个\t区民政局\t\t2025年9月底前\n";
        let head = "序号\t重点工作\t牵头单位\t配合单位\t完成时限\n";
        let before = "\
1\t新增停车位800个\t区城管局\t区交警大队\t持续推进
2\t改造农贸市场3个\t区商务局\t区市场监管局、区城管局\t2025年6月底前
";
        let after = "\
4\t新建充电桩300个\t区发改局\t2025年10月底前
5\t新建口袋公园5个\t区住建局
区林业局\t\t年底前
";
        for text in [[head, row3].concat(), [head, before, row3, after].concat()] {
            let doc = crate::parse(&text);
            let got = rows(&doc);
            let three = got.iter().find(|r| r.0 == "3").expect("row 3");
            assert_eq!(three.2, [("区民政局".to_string(), Role::Lead)]);
            assert_eq!(three.3, "2025年9月底前");
            assert!(doc.check_tiling(&text).is_ok());
        }
        let text = [head, before, row3, after].concat();
        let doc = crate::parse(&text);
        let got = rows(&doc);
        assert_eq!(got.len(), 5, "{got:?}");
        assert_eq!(got[1].2.len(), 3);
        // a row that lost a cell: its date is no unit but its deadline
        assert_eq!(got[3].2, [("区发改局".to_string(), Role::Lead)]);
        assert_eq!(got[3].3, "2025年10月底前");
        // the wrapped line: its first piece ends the lead cell, then the
        // empty cooperating cell, then the deadline
        assert_eq!(
            got[4].2,
            [
                ("区住建局".to_string(), Role::Lead),
                ("区林业局".to_string(), Role::Lead)
            ]
        );
        assert_eq!(got[4].3, "年底前");
        // a trailing tab is an empty last cell: the row is whole, and the
        // note after it is a paragraph of its own
        let text = [
            head,
            "6\t新建口袋公园5个\t区林业局\t各街道办事处\t\n",
            "注：配合单位为空的，由牵头单位独立完成。\n",
        ]
        .concat();
        let doc = crate::parse(&text);
        let got = rows(&doc);
        assert_eq!(got[0].2.len(), 2, "{got:?}");
        assert!(got[0].3.is_empty());
        let last = doc.blocks().last().map(|b| b.kind);
        assert_eq!(last, Some(crate::BlockKind::Paragraph));
    }

    #[test]
    fn a_cell_ending_inside_a_list_goes_on_on_the_next_line() {
        // the row has all its cells, but its last one ends in 、 or ；: the
        // line after it, without a row number, finishes that cell, and the
        // wrapped list is one list (区发改、⏎工信、数据局 as on one line)
        let text = "\
序号\t重点工作\t完成时限\t牵头单位\t配合单位
5\t建成智慧停车平台\t2025年6月底前\t区城管局\t区发改、
工信、数据局
6\t新建口袋公园8个\t年底前\t区住建局\t区财政局；
各街道办事处
7\t改造背街小巷30条\t年底前\t区城管局\t区发改、工信、数据局
";
        let doc = crate::parse(text);
        let got = rows(&doc);
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(got[0].2, got[2].2);
        let names: Vec<&str> = got[1].2.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["区住建局", "区财政局", "各街道办事处"]);
        assert!(doc
            .tasks
            .iter()
            .flat_map(|t| &t.units)
            .all(|u| doc.text(u.span) == Some(&*u.raw)));
        assert!(doc
            .blocks()
            .iter()
            .all(|b| b.kind == crate::BlockKind::TableRow));
        // a target table, and a pipe table without closing bars
        let text = "\
序号\t指标名称\t单位\t目标值\t责任单位
3\t规模以上工业增加值增速\t%\t7\t区工信局、区统计局、
各镇人民政府
4\t城镇新增就业\t万人\t1.2\t区人社局
";
        let doc = crate::parse(text);
        let names: Vec<&str> = doc.targets[0]
            .units
            .iter()
            .map(|u| u.name.as_str())
            .collect();
        assert_eq!(names, ["区工信局", "区统计局", "各镇人民政府"]);
        assert_eq!(doc.targets[1].units.len(), 1);
        let text = "\
序号 | 重点工作 | 牵头单位 | 配合单位
7 | 新建污水管网20公里 | 区水务局 | 区住建局、
区城管局
8 | 新建泵站2座 | 区水务局 | 区财政局
注：按月报送进展。
";
        let doc = crate::parse(text);
        let got = rows(&doc);
        assert_eq!(got[0].2.len(), 3, "{got:?}");
        assert_eq!(got[0].2[2], ("区城管局".to_string(), Role::Cooperating));
        // a cell closed by a tab, or not ending in a list: the next line is
        // no part of the row
        let last = doc.blocks().last().map(|b| b.kind);
        assert_eq!(last, Some(crate::BlockKind::Paragraph));
        let text = "\
序号\t指标名称\t单位\t目标值\t责任单位
4\t城镇新增就业\t万人\t1.2\t区人社局、\t
注：按季度报送。
";
        let doc = crate::parse(text);
        assert_eq!(doc.targets[0].units.len(), 1);
        let last = doc.blocks().last().map(|b| b.kind);
        assert_eq!(last, Some(crate::BlockKind::Paragraph));
    }

    #[test]
    fn a_row_runs_over_sixteen_lines_at_most() {
        // a units cell that goes on after 、 line after line: sixteen lines
        // are read into the row; the lines after them are still the row's,
        // not read, under one limit_exceeded diagnostic
        let towns: Vec<String> = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉"
            .chars()
            .map(|c| format!("{c}镇人民政府"))
            .collect();
        let mut text = String::from(
            "序号 | 重点工作 | 牵头单位 | 配合单位\n1 | 推进改革 | 区发改局 | 区财政局、\n",
        );
        for t in &towns {
            text.push_str(&format!("{t}、\n"));
        }
        text.push_str("2 | 开展统计调查 | 区统计局 | 区发改局\n");
        let doc = crate::parse(&text);
        let got = rows(&doc);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].2.len(), 2 + MAX_WRAPPED_LINES);
        assert_eq!(got[1].2.len(), 2);
        let cut: Vec<&crate::Diagnostic> = doc
            .diagnostics
            .iter()
            .filter(|d| d.code == crate::DiagnosticCode::LimitExceeded)
            .collect();
        assert_eq!(cut.len(), 1, "{:?}", doc.diagnostics);
        let left = doc.text(cut[0].span).unwrap_or("");
        assert!(left.starts_with(&format!("{}、", towns[MAX_WRAPPED_LINES])));
        assert!(left.ends_with(&format!("{}、", towns[towns.len() - 1])));
        assert!(doc
            .blocks()
            .iter()
            .all(|b| b.kind == crate::BlockKind::TableRow));
        // lines of a pipe row that add to its cells: the same
        let mut text = String::from(
            "序号 | 重点工作 | 牵头单位 | 配合单位 |\n1 | 推进改革 | 区发改局 | 区财政局 |\n",
        );
        for t in &towns {
            text.push_str(&format!("| | | {t} |\n"));
        }
        let doc = crate::parse(&text);
        let got = rows(&doc);
        assert_eq!(got[0].2.len(), 2 + MAX_WRAPPED_LINES, "{got:?}");
        let cut: Vec<Span> = doc
            .diagnostics
            .iter()
            .filter(|d| d.code == crate::DiagnosticCode::LimitExceeded)
            .map(|d| d.span)
            .collect();
        assert_eq!(cut.len(), 1, "{:?}", doc.diagnostics);
        let left = doc.text(cut[0]).unwrap_or("");
        assert!(left.starts_with(&format!("| | | {} |", towns[MAX_WRAPPED_LINES])));
        assert!(left.ends_with(&format!("{} |", towns[towns.len() - 1])));
        assert!(doc.check_tiling(&text).is_ok());
        // a cell of more pieces than a cell holds: read up to the bound
        let mut text = String::from("序号 | 牵头单位 | 工作任务 |\n1 | 区发改局 | 推进改革\n");
        text.push_str(&"新建 | ".repeat(MAX_CELL_PIECES + 10));
        text.push('\n');
        let doc = crate::parse(&text);
        assert_eq!(
            doc.tasks[0].text.matches("新建").count(),
            MAX_CELL_PIECES - 1
        );
        assert!(doc
            .diagnostics
            .iter()
            .any(|d| d.code == crate::DiagnosticCode::LimitExceeded));
    }

    #[test]
    fn a_deadline_cell_that_wraps_keeps_its_continuation() {
        // the pieces of a wrapped deadline cell are one deadline, resolved
        // as a whole (2025年 alone is the year's end), its span over both
        let text = "\
序号 | 重点工作 | 牵头单位 | 配合单位 | 完成时限 |
1 | 新建污水处理厂1座 | 区水务局 | 区住建局 | 2025年
6月底前 |
2 | 新建公园3个 | 区林业局 | 区城管局 | 持续
推进 |
";
        let doc = crate::parse(text);
        let got = rows(&doc);
        assert_eq!(got.len(), 2, "{got:?}");
        // the text is the source's over the span, break included
        assert_eq!(got[0].3, "2025年\n6月底前");
        assert_eq!(got[1].3, "持续\n推进");
        let d = doc.tasks[0].deadline.as_ref().expect("deadline");
        assert_eq!(d.date, chrono::NaiveDate::from_ymd_opt(2025, 6, 30));
        assert_eq!(doc.text(d.span), Some("2025年\n6月底前"));
        // a deadline column before the units: the next line's first piece
        let text =
            "序号\t工作任务\t完成时限\t牵头单位\n3\t建设智慧社区5个\t2025年\n9月底前\t区民政局\n";
        let doc = crate::parse(text);
        let got = rows(&doc);
        assert_eq!(got[0].3, "2025年\n9月底前", "{got:?}");
        assert_eq!(got[0].2, [("区民政局".to_string(), Role::Lead)]);
        let d = doc.tasks[0].deadline.as_ref().expect("deadline");
        assert_eq!(d.date, chrono::NaiveDate::from_ymd_opt(2025, 9, 30));
    }

    #[test]
    fn a_value_with_its_own_unit_keeps_it() {
        let text = "序号\t指标名称\t单位\t2024年目标\t责任单位\n1\t外贸进出口总额\t亿元\t增长5%\t市商务局\n2\t常住人口城镇化率\t%\t提高1个百分点\t市公安局\n3\t地区生产总值增速\t%\t6左右\t市统计局\n";
        let doc = crate::parse(text);
        let units: Vec<Option<&str>> = doc
            .targets
            .iter()
            .map(|t| t.metric.as_ref().and_then(|m| m.unit.as_deref()))
            .collect();
        assert_eq!(units, [Some("%"), Some("个百分点"), Some("%")]);
    }

    #[test]
    fn a_goal_per_value_column_and_the_base_column_as_metrics() {
        let text = "序号\t指标名称\t单位\t2024年基数\t2025年目标\t2027年目标\n\
                    1\t人工智能核心产业规模\t亿元\t86\t120\t200以上\n\
                    2\t智能算力占算力总规模比重\t%\t35\t45\t60左右\n";
        let doc = crate::parse(text);
        let targets: Vec<(&str, String)> = doc
            .targets
            .iter()
            .map(|t| {
                let m = t
                    .metric
                    .as_ref()
                    .map(|m| format!("{}{:?}", m.value, m.bound));
                (t.indicator.as_str(), m.unwrap_or_default())
            })
            .collect();
        assert_eq!(
            targets,
            [
                ("人工智能核心产业规模", "120Exact".to_string()),
                ("人工智能核心产业规模", "200AtLeast".to_string()),
                ("智能算力占算力总规模比重", "45Exact".to_string()),
                ("智能算力占算力总规模比重", "60Approx".to_string()),
            ]
        );
        // the base column's figures are metrics, in the measure's unit
        let base: Vec<String> = doc
            .metrics
            .iter()
            .filter(|m| doc.targets.iter().all(|t| t.span != m.span))
            .map(|m| format!("{}{}", m.value, m.unit.as_deref().unwrap_or("")))
            .collect();
        assert_eq!(base, ["86亿元", "35%"]);
    }

    #[test]
    fn money_cells_grouped_by_commas_in_a_csv_annex() {
        let text = "序号,项目名称,建设内容,总投资（万元）,责任单位\n\
                    1,冷链物流基地,\"新建冷库10万吨\",\"86,000\",某某区人民政府\n";
        let doc = crate::parse(text);
        let got: Vec<String> = doc
            .metrics
            .iter()
            .map(|m| format!("{}{}", m.value, m.unit.as_deref().unwrap_or("")))
            .collect();
        assert_eq!(got, ["10万吨", "86000万元"]);
        assert!(grouped("119,900.5") && !grouped("1,20") && !grouped("2023"));
    }

    #[test]
    fn csv_records_with_quoted_cells_over_lines() {
        let text = "督办台账,,,,\n序号,工作任务,责任单位,完成时限,进展情况\n1,\"全年实施重点项目300个，完成投资1200亿元以上\",\"牵头：市发改委\n配合：市住建局、自然资源局\",2024年12月底,\"已开工268个\"\n2,新增规上工业企业150家,市工信局,,\n\n联系人：张三\n";
        let doc = crate::parse(text);
        assert_eq!(doc.tasks.len(), 2, "{:?}", doc.tasks);
        let t = &doc.tasks[0];
        assert_eq!(t.text, "全年实施重点项目300个，完成投资1200亿元以上");
        let names: Vec<(&str, Role)> = t.units.iter().map(|u| (u.name.as_str(), u.role)).collect();
        assert_eq!(
            names,
            [
                ("市发改委", Role::Lead),
                ("市住建局", Role::Cooperating),
                ("市自然资源局", Role::Cooperating)
            ]
        );
        assert_eq!(
            t.deadline.as_ref().map(|d| d.text.as_str()),
            Some("2024年12月底")
        );
        // the progress column's figures are the document's, not the task's
        assert!(doc.metrics.iter().any(|m| m.text == "已开工268个"));
        assert_eq!(t.metrics.len(), 2);
        assert!(doc.tasks[1].deadline.is_none());
        assert_eq!(csv_cells("a,\"b,c\", d"), [(0, 1), (3, 6), (9, 10)]);
        assert!(doc.check_tiling(text).is_ok());
    }

    #[test]
    fn tabbed_rows_with_merged_lead_cells_and_quoted_cells_over_lines() {
        let text = "序号\t重点工作任务\t牵头单位\t协同单位\t完成时限\n7\t新建智能化采掘工作面8个\t市能源局\t市应急管理局\t第三季度\n8\t新增新能源装机容量30万千瓦\t\t市发改局、市自然资源局\t第四季度\n9\t\"建设新材料产业园，\n新入驻企业20家以上\"\t开发区管委会\t\"市自然资源局\n市住建局\"\t三季度末\n10\t新出让工业用地“标准地”比例达到60%\t\t市行政审批局\t\n";
        let doc = crate::parse(text);
        type Got<'a> = Vec<(Option<&'a str>, Vec<(&'a str, Role)>)>;
        let got: Got<'_> = doc
            .tasks
            .iter()
            .map(|t| {
                let units = t.units.iter().map(|u| (u.name.as_str(), u.role)).collect();
                (t.number.as_deref(), units)
            })
            .collect();
        let want: Got<'_> = vec![
            (
                Some("7"),
                vec![
                    ("市能源局", Role::Lead),
                    ("市应急管理局", Role::Cooperating),
                ],
            ),
            // a blank lead cell under a filled one is a merged cell
            (
                Some("8"),
                vec![
                    ("市能源局", Role::Lead),
                    ("市发改局", Role::Cooperating),
                    ("市自然资源局", Role::Cooperating),
                ],
            ),
            (
                Some("9"),
                vec![
                    ("开发区管委会", Role::Lead),
                    ("市自然资源局", Role::Cooperating),
                    ("市住建局", Role::Cooperating),
                ],
            ),
            (
                Some("10"),
                vec![
                    ("开发区管委会", Role::Lead),
                    ("市行政审批局", Role::Cooperating),
                ],
            ),
        ];
        assert_eq!(got, want);
        assert!(doc.tasks[2].text.ends_with("新入驻企业20家以上"));
        assert!(doc.check_tiling(text).is_ok());
        assert_eq!(
            quoted_cells("a\t\"b\tc\"\t d", '\t'),
            [(0, 1), (3, 6), (9, 10)]
        );
    }

    #[test]
    fn a_reports_target_table_without_row_numbers() {
        let text = "政府工作报告\n二、2025年工作安排\n表1　主要预期目标\n指标\t单位\t2025年目标\t属性\n经济发展\n地区生产总值增长\t%\t5.5左右\t预期性\n外贸进出口总额\t亿元\t120\t预期性\n居民人均可支配收入增长\t%\t与经济增长同步\t预期性\n绿色生态\nPM2.5平均浓度\t微克/立方米\t35以下\t约束性\n";
        let doc = crate::parse(text);
        let got: Vec<(&str, Option<String>, Option<Bound>)> = doc
            .targets
            .iter()
            .map(|t| {
                let m = t.metric.as_ref();
                (
                    t.indicator.as_str(),
                    m.map(|m| m.value.to_string()),
                    m.map(|m| m.bound),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("地区生产总值增长", Some("5.5".into()), Some(Bound::Approx)),
                ("外贸进出口总额", Some("120".into()), Some(Bound::Exact)),
                ("居民人均可支配收入增长", None, None),
                ("PM2.5平均浓度", Some("35".into()), Some(Bound::AtMost)),
            ]
        );
        assert!(doc.tasks.is_empty());
        // a goal without a number is the row as written, its unit between
        assert_eq!(
            doc.targets.get(2).map(|t| t.text.as_str()),
            Some("居民人均可支配收入增长\t%\t与经济增长同步")
        );
        assert!(doc.check_tiling(text).is_ok());
        assert!(names_columns(&["指标", "单位", "2025年目标", "属性"]));
        assert_eq!(column("主办单位"), Column::Units(Role::Lead));
        assert_eq!(column("2025年"), Column::Value);
        assert_eq!(column("2023年（基期）"), Column::Progress);
        assert_eq!(column("2025年计划"), Column::Other);
        assert_eq!(column("第一责任单位"), Column::Units(Role::Lead));
        assert_eq!(column("协办单位"), Column::Units(Role::Cooperating));
        assert!(!names_columns(&["指标", "属性"]));
    }

    #[test]
    fn quantities_in_schedule_and_text_cells() {
        let text = "序号\t重点任务\t牵头单位\t进度安排\t备注\n1\t开展精准招商\t县商务局\t每季度签约10个以上\t二季度末开工15个\n";
        let doc = crate::parse(text);
        let t = doc.tasks.first().expect("a task");
        let values: Vec<(String, Bound)> = t
            .metrics
            .iter()
            .map(|m| (m.value.to_string(), m.bound))
            .collect();
        assert_eq!(
            values,
            [
                ("10".to_string(), Bound::AtLeast),
                ("15".to_string(), Bound::Exact)
            ]
        );
        assert_eq!(column("进度安排"), Column::Deadline);
        assert_ne!(column("进度情况"), Column::Deadline);
        assert!(doc.check_tiling(text).is_ok());
    }

    #[test]
    fn a_total_rows_figures_in_its_columns_units() {
        let text = "序号\t项目名称\t总投资（万元）\t2023年计划投资（万元）\t资金来源\t责任单位\n1\t县级物流配送中心\t6800\t2500\t自筹\t县交通运输局\n2\t乡镇商贸中心改造提升\t4200\t1200\t1,000万元\t县商务局\n合计\t\t11000\t3700\t1,000万元\t\n";
        let doc = crate::parse(text);
        let totals: Vec<(&str, String)> = doc
            .metrics
            .iter()
            .filter(|m| m.span.start > text.find("合计").unwrap_or(0))
            .map(|m| (m.indicator.as_deref().unwrap_or(""), m.value.to_string()))
            .collect();
        assert_eq!(
            totals,
            [
                ("合计总投资", "11000".to_string()),
                ("合计2023年计划投资", "3700".to_string()),
                ("合计资金来源", "1000".to_string()),
            ]
        );
        assert_eq!(doc.tasks.len(), 2);
        assert!(doc.check_tiling(text).is_ok());
        assert_eq!(total_row("合　计"), Some("合计"));
        assert_eq!(total_row("合计投资"), None);
    }

    #[test]
    fn csv_heading_records_open_sections() {
        // a heading ordinal in the first cell, every other cell empty: a
        // heading, as the same row is in a pipe table
        let text = "\
序号,重点工作任务,牵头单位,责任单位,完成时限
一、主要预期目标,,,,
1,\"地区生产总值增长6.5%左右,固定资产投资增长10%以上\",县发改局,\"县统计局,县工信局\",2022年12月底
二、重点工作任务,,,,
\"（一）做强工业经济\",,,,
2,新增规模以上工业企业15家,县工信局,县科技局,2022年12月底
（二）扩大有效投资, , ,,
3,\"实施重点项目120个,完成投资95亿元\",县发改局,,持续推进
";
        let doc = crate::parse(text);
        let titles: Vec<(&str, &str, SectionRole)> = doc
            .sections
            .iter()
            .flat_map(|s| std::iter::once(s).chain(&s.children))
            .map(|s| (s.ordinal.as_str(), s.title.as_str(), s.role))
            .collect();
        assert_eq!(
            titles,
            [
                ("一、", "主要预期目标", SectionRole::Targets),
                ("二、", "重点工作任务", SectionRole::Plan),
                ("（一）", "做强工业经济", SectionRole::Other),
                ("（二）", "扩大有效投资", SectionRole::Other),
            ]
        );
        // the rows under 主要预期目标 are the numbered target list
        let targets: Vec<(&str, &str, usize)> = doc
            .targets
            .iter()
            .map(|t| {
                (
                    t.number.as_deref().unwrap_or(""),
                    t.indicator.as_str(),
                    t.units.len(),
                )
            })
            .collect();
        assert_eq!(
            targets,
            [("1", "地区生产总值", 3), ("1", "固定资产投资", 3)]
        );
        let paths: Vec<(&str, Vec<&str>)> = doc
            .tasks
            .iter()
            .map(|t| {
                (
                    t.number.as_deref().unwrap_or(""),
                    t.path.iter().map(|p| p.as_str()).collect(),
                )
            })
            .collect();
        assert_eq!(
            paths,
            [("2", vec!["二、", "（一）"]), ("3", vec!["二、", "（二）"])]
        );
        assert!(doc.check_tiling(text).is_ok());

        // a filled cell after the ordinal, or an Arabic ordinal: no heading,
        // the record is read as before
        let text = "\
序号,重点工作任务,牵头单位,责任单位,完成时限
一、主要预期目标,地区生产总值增长6%左右,县发改局,,
1.做强工业经济,,,,
2,新增规模以上工业企业15家,县工信局,县科技局,2022年12月底
";
        let doc = crate::parse(text);
        assert!(doc.sections.is_empty(), "{:?}", doc.sections);
        assert!(doc.targets.is_empty(), "{:?}", doc.targets);
        let numbers: Vec<Option<&str>> = doc.tasks.iter().map(|t| t.number.as_deref()).collect();
        assert_eq!(numbers, [Some("2")]);
        assert!(doc.tasks[0].path.is_empty());
        assert!(doc.check_tiling(text).is_ok());
    }

    #[test]
    fn spaced_rows_whose_lead_cell_wraps() {
        let text = "序号 重点工作任务 牵头单位 责任单位 完成时限\n1 固定资产投资增长5%左右。 区发改委\n区住建局\n区交通运输局、自然资源分局。 2024年12月底\n2 社会消费品零售总额增长7%。 区商务局\n区统计局\n区市场监管局。\n";
        let doc = crate::parse(text);
        let units = |k: usize| -> Vec<(&str, Role)> {
            doc.tasks[k]
                .units
                .iter()
                .map(|u| (u.name.as_str(), u.role))
                .collect()
        };
        assert_eq!(
            units(0),
            [
                ("区发改委", Role::Lead),
                ("区住建局", Role::Lead),
                ("区交通运输局", Role::Responsible),
                ("区自然资源分局", Role::Responsible)
            ]
        );
        assert_eq!(
            doc.tasks[0].deadline.as_ref().map(|d| d.text.as_str()),
            Some("2024年12月底")
        );
        // no deadline in the row: the last line is a cell of units
        assert_eq!(
            units(1),
            [
                ("区商务局", Role::Lead),
                ("区统计局", Role::Lead),
                ("区市场监管局", Role::Responsible)
            ]
        );
        assert!(doc.tasks[1].deadline.is_none());
    }

    #[test]
    fn figures_in_a_unit_given_by_their_header() {
        assert_eq!(
            header_unit("总投资（亿元）"),
            Some(("总投资".to_string(), "亿元".to_string()))
        );
        assert_eq!(
            header_unit("改造小区(个)"),
            Some(("改造小区".to_string(), "个".to_string()))
        );
        assert_eq!(
            header_unit("总投资"),
            Some(("总投资".to_string(), String::new()))
        );
        assert_eq!(header_unit("责任单位（牵头）"), None);
        assert_eq!(header_unit("（单位）"), None);
        let text = "序号\t项目名称\t总投资（亿元）\t责任单位\n1\t老旧小区改造\t9.6\t市住建局\n2\t燃气管道更新\t待定\t市城管局\n";
        let doc = crate::parse(text);
        let got: Vec<(Option<&str>, String, Option<&str>, &str)> = doc.tasks[0]
            .metrics
            .iter()
            .map(|m| {
                (
                    m.indicator.as_deref(),
                    m.value.to_string(),
                    m.unit.as_deref(),
                    m.text.as_str(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [(Some("总投资"), "9.6".to_string(), Some("亿元"), "9.6")]
        );
        // a cell that is no bare number is no figure
        assert!(doc.tasks[1].metrics.is_empty());
        assert_eq!(doc.text(doc.tasks[0].metrics[0].span), Some("9.6"));
    }

    #[test]
    fn cells_with_their_own_unit_are_named_by_their_header() {
        let text = "序号\t项目名称\t总投资\t2024年计划投资\t建成年份\t责任单位\n1\t算力中心\t18.6亿元\t9800万元\t2026年\t市大数据局\n2\t显示产业园\t约42亿元\t待定\t2025\t市工信局\n";
        let doc = crate::parse(text);
        let got = |k: usize| -> Vec<(String, String, String)> {
            doc.tasks[k]
                .metrics
                .iter()
                .map(|m| {
                    (
                        m.indicator.as_deref().unwrap_or("").to_string(),
                        format!("{} {}", m.value, m.unit.as_deref().unwrap_or("")),
                        doc.text(m.span).unwrap_or("").to_string(),
                    )
                })
                .collect()
        };
        let row = |i: &str, v: &str, t: &str| (i.to_string(), v.to_string(), t.to_string());
        assert_eq!(
            got(0),
            [
                row("总投资", "18.6 亿元", "18.6亿元"),
                row("2024年计划投资", "9800 万元", "9800万元")
            ]
        );
        assert_eq!(got(1), [row("总投资", "42 亿元", "约42亿元")]);
        assert_eq!(doc.tasks[1].metrics[0].bound, crate::Bound::Approx);
    }

    #[test]
    fn cells_set_apart_by_runs_of_spaces() {
        let t = "7    修缮 古城墙    市文旅局　市住建局  \t 10月";
        let c: Vec<&str> = run_cells(t, 0)
            .iter()
            .map(|s| s.get(t).unwrap_or(""))
            .collect();
        assert_eq!(c, ["7", "修缮 古城墙", "市文旅局", "市住建局", "10月"]);
        assert!(run_cells("   ", 3).is_empty());
        let c = run_cells(" a  b", 10);
        assert_eq!(c, [Span::new(11, 12), Span::new(14, 15)]);
    }

    #[test]
    fn space_run_rows_under_a_header_they_do_not_line_up_with() {
        // cells and names set apart by the same run of spaces: the rows run
        // on far past the header, each cell is read in its turn
        let text = "\
序号    重点任务    牵头单位    协同单位    完成时限
1    改造老旧供水管网42公里，新建加压泵站3座。    市水务局    市住建局、市财政局    2024年11月底前
2    培育国家级专精特新企业6家。    市工信局    市科技局    全年
3    新增城镇就业岗位5200个，帮扶困难人员就业800人。    市人社局    各区人民政府
4    建成口袋公园12个。    市园林局    第三季度
";
        let doc = crate::parse(text);
        let rows = rows(&doc);
        let want: Vec<Row> = vec![
            (
                "1".into(),
                "改造老旧供水管网42公里，新建加压泵站3座。".into(),
                vec![
                    ("市水务局".into(), Role::Lead),
                    ("市住建局".into(), Role::Cooperating),
                    ("市财政局".into(), Role::Cooperating),
                ],
                "2024年11月底前".into(),
            ),
            (
                "2".into(),
                "培育国家级专精特新企业6家。".into(),
                vec![
                    ("市工信局".into(), Role::Lead),
                    ("市科技局".into(), Role::Cooperating),
                ],
                "全年".into(),
            ),
            // no deadline: the last cell is a cell of units
            (
                "3".into(),
                "新增城镇就业岗位5200个，帮扶困难人员就业800人。".into(),
                vec![
                    ("市人社局".into(), Role::Lead),
                    ("各区人民政府".into(), Role::Cooperating),
                ],
                String::new(),
            ),
            // no cooperating unit: the deadline still is the deadline
            (
                "4".into(),
                "建成口袋公园12个。".into(),
                vec![("市园林局".into(), Role::Lead)],
                "第三季度".into(),
            ),
        ];
        assert_eq!(rows, want);
        assert!(doc.check_tiling(text).is_ok());
        for t in &doc.tasks {
            for u in &t.units {
                assert_eq!(doc.text(u.span), Some(u.raw.as_str()));
            }
        }
    }

    #[test]
    fn a_category_column_written_once_per_group() {
        // 类型 before 序号: the first row of a group names it, the rows
        // below leave it out, and may leave out the group's deadline too
        let text = "\
2024年区政府工作报告任务分解表
类型 序号 重点任务 牵头单位 配合单位 完成时限
发展指标 1 地区生产总值增长5.5%左右。 区发改局 区统计局 全年
2 一般公共预算收入增长4%。 区财政局 区税务局
产业发展 3 新增规模以上工业企业10家。 区工信局 区市场监管局 2024年12月底
4 引进亿元以上项目20个。 区商务局 各街道办事处
5 培育 省级 专精特新企业8家。 区工信局 区科技局 三季度末
";
        let doc = crate::parse(text);
        // (number, indicator, units)
        type Goal<'a> = (&'a str, &'a str, Vec<(&'a str, Role)>);
        let targets: Vec<Goal<'_>> = doc
            .targets
            .iter()
            .map(|t| {
                (
                    t.number.as_deref().unwrap_or(""),
                    t.indicator.as_str(),
                    t.units.iter().map(|u| (u.name.as_str(), u.role)).collect(),
                )
            })
            .collect();
        assert_eq!(
            targets,
            [
                (
                    "1",
                    "地区生产总值",
                    vec![("区发改局", Role::Lead), ("区统计局", Role::Cooperating)]
                ),
                (
                    "2",
                    "一般公共预算收入",
                    vec![("区财政局", Role::Lead), ("区税务局", Role::Cooperating)]
                ),
            ]
        );
        let rows = rows(&doc);
        let got: Vec<(&str, &str, Vec<&str>, &str)> = rows
            .iter()
            .map(|(n, t, u, d)| {
                (
                    n.as_str(),
                    t.as_str(),
                    u.iter().map(|(name, _)| name.as_str()).collect(),
                    d.as_str(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                (
                    "3",
                    "新增规模以上工业企业10家。",
                    vec!["区工信局", "区市场监管局"],
                    "2024年12月底"
                ),
                // the group's deadline, merged over its rows
                (
                    "4",
                    "引进亿元以上项目20个。",
                    vec!["区商务局", "各街道办事处"],
                    "2024年12月底"
                ),
                // a text with spaces keeps the cells beyond the columns
                (
                    "5",
                    "培育 省级 专精特新企业8家。",
                    vec!["区工信局", "区科技局"],
                    "三季度末"
                ),
            ]
        );
        // the category cells are no sections
        assert!(doc.sections.is_empty(), "{:?}", doc.sections);
        assert!(doc.check_tiling(text).is_ok());
        assert!(is_category("民生实事") && !is_category("1") && !is_category("一、目标"));
    }

    #[test]
    fn a_pipe_table_leaves_its_category_cell_empty() {
        let text = "\
| 类别 | 序号 | 工作任务 | 牵头单位 | 完成时限 |
| 约束性指标 | 1 | 粮食总产量稳定在8万吨以上 | 县农业农村局 | 全年 |
| | 2 | 城镇登记失业率控制在4%以内 | 县人社局 | |
| 重点任务 | 3 | 新建5G基站300个 | 县工信局 | 2024年10月 |
| | 4 | 改造农村危房120户 | 县住建局 | |
";
        let doc = crate::parse(text);
        let targets: Vec<(&str, &str)> = doc
            .targets
            .iter()
            .map(|t| (t.number.as_deref().unwrap_or(""), t.indicator.as_str()))
            .collect();
        assert_eq!(targets, [("1", "粮食总产量"), ("2", "城镇登记失业率")]);
        let rows = rows(&doc);
        let got: Vec<(&str, &str, &str)> = rows
            .iter()
            .map(|(n, t, _, d)| (n.as_str(), t.as_str(), d.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("3", "新建5G基站300个", "2024年10月"),
                ("4", "改造农村危房120户", "2024年10月")
            ]
        );
    }

    #[test]
    fn bare_row_numbers() {
        assert_eq!(bare_row_number("7"), Some(7));
        assert_eq!(bare_row_number(" １２ "), Some(12));
        assert_eq!(bare_row_number("2024"), None, "a year, not a row");
        assert_eq!(bare_row_number("7 |"), None);
        assert_eq!(bare_row_number("5G"), None);
        assert_eq!(bare_row_number(""), None);
        assert_eq!(bare_row_number("1-2"), Some(1002));
        assert_eq!(bare_row_number("2024-2026"), None);
        assert!(follows(1003, 2001) && follows(1001, 1002) && follows(7, 8));
        assert!(!follows(1003, 1001) && !follows(7, 9));
    }

    #[test]
    fn columns() {
        assert_eq!(column("牵头负责部门"), Column::Units(Role::Lead));
        assert_eq!(column("协同配合单位"), Column::Units(Role::Cooperating));
        assert_eq!(column("责任领导"), Column::Person);
        assert_eq!(column("完成时限"), Column::Deadline);
        assert_eq!(column("重点工作任务"), Column::Text);
        assert_eq!(column("2024年目标值"), Column::Value);
        assert_eq!(column("目标要求"), Column::Text);
        assert_eq!(column("2021年预计完成"), Column::Progress);
        assert_eq!(column("完成情况"), Column::Progress);
        assert_eq!(column("完成时限"), Column::Deadline);
        assert_eq!(column("2022年目标"), Column::Goal);
        assert_eq!(column("建设内容及目标"), Column::Text);
        assert_eq!(settled(Column::Goal, true), Column::Text);
        assert_eq!(settled(Column::Goal, false), Column::Value);
        assert!(names_work("工作任务") && names_work("项目名称") && !names_work("指标名称"));
        assert_eq!(column("具体措施"), Column::Text);
        assert_eq!(column("指标名称"), Column::Text);
        assert_eq!(column("项目名称"), Column::Text);
        assert_eq!(column("工程项目"), Column::Text);
        assert_eq!(column("项目负责人"), Column::Person);
        assert_eq!(column("项目进展"), Column::Progress);
        assert_eq!(column("单位"), Column::Measure);
        assert_eq!(column("计量单位"), Column::Measure);
        assert_eq!(column("（单位）"), Column::Measure);
        assert!(names_columns(&[
            "指标名称",
            "单位",
            "2024年目标",
            "责任单位"
        ]));
        assert!(!names_columns(&["地区生产总值", "亿元", "320", "区发改局"]));
        assert!(!names_columns(&["推进老旧小区改造工作任务", "区住建局"]));
        assert!(!names_columns(&["单位"]));
        assert_eq!(column("责任单位"), Column::Units(Role::Responsible));
    }
}
