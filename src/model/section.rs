use crate::Text;
use serde::{Deserialize, Serialize};

use crate::Span;

/// A heading and what falls under it.
///
/// ```
/// let doc = govreport::parse("一、主要目标\n1.地区生产总值增长6%。\n");
/// let s = &doc.sections()[0];
/// assert_eq!(s.ordinal, "一、");
/// assert_eq!(s.title, "主要目标");
/// assert_eq!(s.role, govreport::SectionRole::Targets);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Section {
    /// The ordinal as written, punctuation included: 一、, （一）, 1., 第一章.
    pub ordinal: Text,
    /// Depth in the heading tree, 1 for the outermost.
    pub level: u8,
    /// The heading text after the ordinal.
    pub title: Text,
    /// What the section is for.
    pub role: SectionRole,
    /// Where the heading sits in the input.
    pub span: Span,
    /// Sub-sections, in order.
    pub children: Vec<Section>,
}

/// What a [`Section`] is for.
///
/// ```
/// assert_eq!(serde_json::to_string(&govreport::SectionRole::Review).unwrap(), "\"review\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum SectionRole {
    /// A review of last year (过去一年, 2022年工作回顾).
    Review,
    /// The year's targets (主要预期目标, 经济社会发展指标).
    Targets,
    /// Plan and task sections (重点工作, 重点任务).
    Plan,
    /// Safeguards (保障措施, 组织领导).
    Safeguards,
    /// Annexes (附件).
    Appendix,
    /// A glossary (名词解释).
    Notes,
    /// Anything else.
    #[default]
    Other,
}
