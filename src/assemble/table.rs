//! Tables: pipe tables, tables flattened one cell per line, and tables
//! flattened one row per line with space-separated cells.

use super::Builder;
use crate::grammar::heading;
use crate::grammar::is_digit;
use crate::grammar::units;
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
    /// The unit of measure of the values (单位, 计量单位): `%`, `亿元`.
    Measure,
    Other,
}

fn column(name: &str) -> Column {
    let bare = name.trim_matches(|c: char| c.is_whitespace() || "（）()".contains(c));
    if name.contains("序号") {
        Column::Number
    } else if bare == "单位" || name.contains("计量") {
        Column::Measure
    } else if name.contains("领导") || name.contains("负责人") || name.contains("姓名") {
        Column::Person
    } else if name.contains("牵头") || name.contains("主要责任") || name.contains("主责") {
        Column::Units(Role::Lead)
    } else if name.contains("配合") || name.contains("协同") || name.contains("协办") {
        Column::Units(Role::Cooperating)
    } else if name.contains("单位") || name.contains("部门") {
        Column::Units(Role::Responsible)
    } else if name.contains("时限") || name.contains("时间") {
        Column::Deadline
    } else if name.contains("目标值")
        || name.contains("预期")
        || name.contains("数值")
        || name.contains("指标值")
        || (name.contains("目标") && !name.contains("任务"))
    {
        Column::Value
    } else if name.contains("任务")
        || name.contains("工作")
        || name.contains("事项")
        || name.contains("内容")
        || name.contains("指标")
    {
        Column::Text
    } else {
        Column::Other
    }
}

#[derive(Debug, Default)]
pub(super) struct Table {
    columns: Vec<Column>,
    /// The header arrives one cell per line.
    header_open: bool,
    /// Cells of the row being read (each cell may hold several pieces).
    row: Vec<Vec<Span>>,
    /// Lines after a space-separated row that did not fill it.
    spill: Vec<Span>,
    /// The row came one cell per line.
    cell_per_line: bool,
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
        let mut start = 0;
        for (i, c) in text
            .char_indices()
            .chain(std::iter::once((text.len(), '|')))
        {
            if c == '|' {
                let cell = crate::layout::content(text, Span::new(start, i));
                out.push(Span::new(base + cell.start, base + cell.end));
                start = i + 1;
            }
        }
        // a trailing `|` ends the last cell; the empty remainder is no cell
        if text.trim_end().ends_with('|') {
            out.pop();
        }
        return out;
    }
    let mut start: Option<usize> = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        if is_space(c) {
            if let Some(s) = start.take() {
                out.push(Span::new(base + s, base + i));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    out
}

/// Whether the cells of a row without 序号 are all short column names
/// (指标名称 | 单位 | 2024年目标 | 责任单位): a header of their own.
fn names_columns(cells: &[&str]) -> bool {
    cells.len() >= 2
        && cells.iter().all(|c| {
            c.is_empty() || (crate::grammar::at_most_chars(c, 10) && column(c) != Column::Other)
        })
        && cells.iter().filter(|c| !c.is_empty()).count() >= 2
}

fn is_single_char(s: &str) -> bool {
    let mut c = s.chars();
    c.next().is_some() && c.next().is_none()
}

impl Builder<'_> {
    fn is_header(&self, parts: &[Span]) -> bool {
        let cells: Vec<&str> = parts.iter().map(|s| self.get(*s).trim()).collect();
        names_columns(&cells)
    }

    /// A line classified as a table row.
    pub(super) fn table_line(&mut self, span: Span) {
        let line = self.get(span);
        let mut parts = cells(line, span.start);
        let first = parts.first().map(|s| self.get(*s)).unwrap_or("");
        if first.contains("序号") || self.is_header(&parts) {
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
            self.table.header_open = parts.len() == 1;
            return;
        }
        if self.table.header_open
            && parts.len() == 1
            && heading::row_number(first).is_none()
            && !first.chars().all(|c| c.is_ascii_digit())
        {
            self.table.columns.push(column(first));
            return;
        }
        self.table.header_open = false;
        let number_first = !first.is_empty()
            && first
                .chars()
                .all(|c| c.is_ascii_digit() || ('０'..='９').contains(&c));
        if number_first {
            self.table_flush();
            self.table.cell_per_line = parts.len() == 1;
            if !line.contains('|') {
                // space-separated: number, text, then the unit cells at the end
                let units_cols = self.table.columns.len().saturating_sub(2);
                if parts.len() > units_cols + 2 {
                    let text_end = parts.len() - units_cols;
                    let merged = Span::new(
                        parts.get(1).map_or(0, |s| s.start),
                        parts.get(text_end - 1).map_or(0, |s| s.end),
                    );
                    let mut rest = parts.split_off(text_end);
                    parts.truncate(1);
                    parts.push(merged);
                    parts.append(&mut rest);
                }
            }
            self.table.row = parts.into_iter().map(|p| vec![p]).collect();
            if !self.table.cell_per_line && self.table.row.len() >= self.table.columns.len() {
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
            self.table.spill.push(span);
        }
    }

    /// Whether a paragraph line continues a space-separated row that is
    /// still missing cells (a cell spilled over two lines).
    pub(super) fn table_continues(&mut self, span: Span) -> bool {
        if self.table.row.is_empty() || self.table.cell_per_line || self.table.columns.is_empty() {
            return false;
        }
        if self.table.row.len() + self.table.spill.len() >= self.table.columns.len() + 2 {
            return false;
        }
        if self.table.row.len() >= self.table.columns.len() {
            return false;
        }
        self.table.spill.push(span);
        true
    }

    /// Emits the row being read, if any.
    pub(super) fn table_flush(&mut self) {
        let mut row = std::mem::take(&mut self.table.row);
        let spill = std::mem::take(&mut self.table.spill);
        self.table.cell_per_line = false;
        if row.is_empty() {
            return;
        }
        // spilled lines: the last ones fill the missing cells, earlier ones
        // continue the cell before them
        let missing = self.table.columns.len().saturating_sub(row.len());
        let (extend, fill) = spill.split_at(spill.len().saturating_sub(missing));
        if let Some(last) = row.last_mut() {
            last.extend_from_slice(extend);
        }
        row.extend(fill.iter().map(|s| vec![*s]));

        let mut number = None;
        let mut text = None;
        let mut unit_list: Vec<Unit> = Vec::new();
        let mut deadline = None;
        let mut value = None;
        let mut measure = None;
        let mut start = usize::MAX;
        let mut end = 0;
        for (i, cell) in row.iter().enumerate() {
            for s in cell {
                start = start.min(s.start);
                end = end.max(s.end);
            }
            let col = self.table.columns.get(i).copied().unwrap_or(if i == 0 {
                Column::Number
            } else if i == 1 {
                Column::Text
            } else {
                Column::Units(Role::Responsible)
            });
            match col {
                Column::Number => number = cell.first().map(|s| self.share(self.get(*s))),
                Column::Text if text.is_none() => text = cell.first().copied(),
                Column::Units(role) => {
                    for s in cell {
                        let t = self.get(*s);
                        unit_list.extend(units::parse_cell(self.src, t, s.start, role));
                    }
                }
                Column::Deadline => deadline = cell.first().copied().filter(|s| !s.is_empty()),
                Column::Value => value = cell.first().copied().filter(|s| !s.is_empty()),
                Column::Measure => measure = cell.first().copied().filter(|s| !s.is_empty()),
                _ => {}
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
        if let Some(value) = value {
            self.target_row(number, text, value, measure, unit_list);
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
        self.entry(number, Span::new(start, end), text, resp, deadline);
    }
}

impl Builder<'_> {
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
        let name = self.share(self.get(indicator).trim_end_matches(['。', '；', ';']));
        let found = match measure.and_then(|m| self.measured_value(&name, value, m)) {
            Some(m) => {
                self.metrics.push(m.clone());
                vec![m]
            }
            None => self.scan(value),
        };
        let first = self.targets.len();
        let standard = crate::grammar::indicator::standard(&name).map(Text::from_static);
        if found.is_empty() {
            let goal = Text::from(format!("{name}{}", self.get(value)));
            self.targets.push(crate::Target {
                number,
                indicator: name,
                standard,
                metric: None,
                units,
                text: goal,
                span: Span::new(
                    indicator.start.min(value.start),
                    indicator.end.max(value.end),
                ),
            });
        } else {
            for mut m in found {
                if m.indicator.is_none() {
                    m.indicator = Some(name.clone());
                }
                self.targets.push(crate::Target {
                    number: number.clone(),
                    indicator: name.clone(),
                    standard: standard.clone(),
                    text: m.text.clone(),
                    span: m.span,
                    metric: Some(m),
                    units: units.clone(),
                });
            }
        }
        self.last = Some(super::Last::Targets(first));
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
        let t = "坚持服务 |";
        let c: Vec<&str> = cells(t, 0).iter().map(|s| s.get(t).unwrap()).collect();
        assert_eq!(c, ["坚持服务"]);
    }

    #[test]
    fn columns() {
        assert_eq!(column("牵头负责部门"), Column::Units(Role::Lead));
        assert_eq!(column("协同配合单位"), Column::Units(Role::Cooperating));
        assert_eq!(column("责任领导"), Column::Person);
        assert_eq!(column("完成时限"), Column::Deadline);
        assert_eq!(column("重点工作任务"), Column::Text);
        assert_eq!(column("2024年目标值"), Column::Value);
        assert_eq!(column("指标名称"), Column::Text);
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
