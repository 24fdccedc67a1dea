use crate::Text;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::Span;

/// A quantity found in the text: a percentage, an amount of money, a count.
///
/// ```
/// use govreport::{Bound, Change, Metric};
/// use rust_decimal::Decimal;
/// let m: Metric = "地区生产总值增长5.5%左右".parse().unwrap();
/// assert_eq!(m.indicator.as_deref(), Some("地区生产总值"));
/// assert_eq!(m.change, Some(Change::Growth));
/// assert_eq!(m.value, Decimal::new(55, 1));
/// assert_eq!(m.unit.as_deref(), Some("%"));
/// assert_eq!(m.bound, Bound::Approx);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Metric {
    /// The noun phrase measured (地区生产总值), when the text gives one.
    pub indicator: Option<Text>,
    /// What the number says about the indicator.
    pub change: Option<Change>,
    /// The value in Arabic digits, with the unit's magnitude left in `unit`
    /// (669.8亿元 → 669.8). Serialised as a string: `"669.8"`.
    pub value: Decimal,
    /// The upper end of a range (4.5%—5% → 5).
    pub value_max: Option<Decimal>,
    /// The unit as written, with its magnitude (亿元, 万亩, %, 个百分点).
    pub unit: Option<Text>,
    /// `value` in the base unit (669.8亿元 → 66980000000).
    pub base_value: Decimal,
    /// `value_max` in the base unit.
    pub base_value_max: Option<Decimal>,
    /// The unit without its magnitude (亿元 → 元, 万亩 → 亩).
    pub base_unit: Option<Text>,
    /// How the value bounds the quantity.
    pub bound: Bound,
    /// The verbatim phrase: indicator, change word, number, unit and bound word.
    pub text: Text,
    /// Where `text` sits in the input.
    pub span: Span,
}

/// What a [`Metric`] says about its indicator.
///
/// ```
/// assert_eq!(serde_json::to_string(&govreport::Change::Decline).unwrap(), "\"decline\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Change {
    /// 增长/提高/增加 by the value.
    Growth,
    /// 下降/降低/减少 by the value.
    Decline,
    /// An absolute amount or count, or a rate held at or within the value.
    Level,
    /// 占比/比重/比例 of the value.
    Share,
}

/// How the value of a [`Metric`] bounds the real quantity.
///
/// ```
/// assert_eq!(serde_json::to_string(&govreport::Bound::AtLeast).unwrap(), "\"at_least\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Bound {
    /// No bound word.
    #[default]
    Exact,
    /// 左右, 约, 近, 大约.
    Approx,
    /// 以上, 不少于, 不低于, 超过, 突破, 至少, 余, 多.
    AtLeast,
    /// 以内, 以下, 不超过, 控制在…以内.
    AtMost,
    /// `value`..=`value_max`: 1-2家, 3至5个, 7.5%—8%.
    Range,
}
