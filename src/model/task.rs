use crate::Text;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::{Metric, Role, Span, Unit};

/// A numbered work item, or a lead-phrase paragraph of a work report.
///
/// ```
/// let doc = govreport::parse("9.建设城市书房40个。(责任单位:区文旅局)\n");
/// let task = &doc.tasks()[0];
/// assert_eq!(task.number.as_deref(), Some("9"));
/// assert_eq!(task.units[0].name, "区文旅局");
/// assert_eq!(task.metrics[0].text, "建设城市书房40个");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Task {
    /// The item number as written (without its punctuation), or `None`;
    /// a circled number (②) is given in digits (2), its circle being its
    /// punctuation.
    pub number: Option<Text>,
    /// Ordinals of the enclosing headings, outermost first, as written.
    pub path: Vec<Text>,
    /// The lead phrase or title sentence, when the item has one.
    pub headline: Option<Text>,
    /// The item's text, without its number and its responsibility parenthetical.
    pub text: Text,
    /// Responsible units with their roles (the group lead included).
    pub units: Vec<Unit>,
    /// The completion deadline, when the item states one.
    pub deadline: Option<Deadline>,
    /// Every quantity in the item's text.
    pub metrics: Vec<Metric>,
    /// The whole item, responsibility included.
    pub span: Span,
}

impl Task {
    /// The units with a given role.
    ///
    /// ```
    /// use govreport::Role;
    /// let doc = govreport::parse("1.推进改革。(牵头单位:区发改局;责任单位:区财政局)\n");
    /// let leads: Vec<_> = doc.tasks()[0].units_with(Role::Lead).map(|u| u.name.as_str()).collect();
    /// assert_eq!(leads, ["区发改局"]);
    /// ```
    pub fn units_with(&self, role: Role) -> impl Iterator<Item = &Unit> {
        self.units.iter().filter(move |u| u.role == role)
    }
}

/// An indicator goal for the plan year.
///
/// ```
/// let doc = govreport::parse("一、主要预期目标\n1.地区生产总值增长6%以上。(责任单位:区发改局)\n");
/// let t = &doc.targets()[0];
/// assert_eq!(t.indicator, "地区生产总值");
/// assert_eq!(t.standard.as_deref(), Some("gdp"));
/// assert_eq!(t.metric.as_ref().unwrap().bound, govreport::Bound::AtLeast);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Target {
    /// The item number in a breakdown's target list, as written.
    pub number: Option<Text>,
    /// The indicator as written (地区生产总值), or the whole goal when qualitative.
    pub indicator: Text,
    /// The standard indicator key (`gdp`, `cpi`, …) when it is one of them.
    pub standard: Option<Text>,
    /// The quantity, or `None` for a qualitative goal (居民收入增长与经济增长同步).
    pub metric: Option<Metric>,
    /// Units responsible for the target, when the document names them.
    pub units: Vec<Unit>,
    /// The goal's text.
    pub text: Text,
    /// Where the goal sits in the input.
    pub span: Span,
}

/// When a task is due.
///
/// ```
/// let doc = govreport::parse("2022年工作\n1.出台方案,2022年10月底前完成。(责任单位:市政府办公室)\n");
/// let d = doc.tasks()[0].deadline.as_ref().unwrap();
/// assert_eq!(d.text, "2022年10月底前");
/// assert_eq!(d.date, chrono::NaiveDate::from_ymd_opt(2022, 10, 31));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Deadline {
    /// As written: 年底前, 6月底前, 2023年12月底, 全年.
    pub text: Text,
    /// The last day it allows, when it can be resolved against the plan year.
    pub date: Option<NaiveDate>,
    /// Where it sits in the input.
    pub span: Span,
}
