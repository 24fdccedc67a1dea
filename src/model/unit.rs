use crate::Text;
use serde::{Deserialize, Serialize};

use crate::Span;

/// An organisation named as responsible for a task or a target.
///
/// `name` has elided shared parts restored; `raw` keeps the text as written.
///
/// ```
/// use govreport::{Role, Unit};
/// let units = Unit::parse_list("区科经、商务局").unwrap();
/// assert_eq!(units[1].name, "区商务局");
/// assert_eq!(units[1].raw, "商务局");
/// assert_eq!(units[1].role, Role::Responsible);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Unit {
    /// The full name, with elisions restored: 区科经、商务局 → 区科经局, 区商务局.
    pub name: Text,
    /// The name as written in the source.
    pub raw: Text,
    /// What the unit is responsible for doing.
    pub role: Role,
    /// A bracketed note kept apart from the name: 区财政局(金融办) → note 金融办.
    pub note: Option<Text>,
    /// Whether the name denotes a group of units (各街道办事处, 区直各部门).
    pub collective: bool,
    /// Where `raw` sits in the input.
    pub span: Span,
}

impl Unit {
    /// A unit with no note, collective flag inferred from the name.
    ///
    /// ```
    /// use govreport::{Role, Span, Unit};
    /// let u = Unit::new("各街道办事处", Role::Responsible, Span::new(0, 18));
    /// assert!(u.collective);
    /// ```
    pub fn new(name: impl Into<Text>, role: Role, span: Span) -> Self {
        let name = name.into();
        let collective = crate::grammar::units::is_collective(&name);
        Unit {
            raw: name.clone(),
            name,
            role,
            note: None,
            collective,
            span,
        }
    }
}

/// The role a [`Unit`] plays.
///
/// ```
/// assert_eq!(serde_json::to_string(&govreport::Role::GroupLead).unwrap(), "\"group_lead\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Role {
    /// 牵头单位, 主要责任单位, "X牵头".
    Lead,
    /// 责任单位, 责任部门 (and units with no role word).
    Responsible,
    /// 配合单位, 协办单位, 协作单位, 协同配合单位, "X配合".
    Cooperating,
    /// 参与单位.
    Participating,
    /// 实施单位.
    Implementing,
    /// 汇总单位.
    Summarizing,
    /// 总牵头单位 of a —— group heading, applied to every task under it.
    GroupLead,
}
