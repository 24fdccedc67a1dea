//! Quantities: a number with its range, magnitude, unit and bound words.
//!
//! `[prefix bound] number [余/多] [magnitude] [余/多] [unit] [range] [suffix bound]`
//! read at a position where a number starts. The unit comes from one table
//! ([`UNITS`]); the magnitude (万, 亿, 万亿, 千万 …) stays in the unit as
//! written and is applied to the base value.
//!
//! Conventions beyond the plain `number unit` form:
//! * **Fractions.** `N分之M` is a share, read as a percentage: unit %, value
//!   and base value M/N × 100, exact when the division terminates (五分之一 =
//!   20 %, 八分之一 = 12.5 %), otherwise rounded to four decimal places of a
//!   per cent (the quotient is rounded to [`numeral::FRACTION_DP`] places:
//!   三分之一 = 33.3333 %, 三分之二以上 = 66.6667 % at least). An
//!   `一百分之`/`一千分之`/`一万分之` fraction keeps the unit of its percent
//!   form (%, ‰, ‱) with M as the value, like 百分之/千分之/万分之.
//! * **Approximate counts.** 几十/数十 (and 十几, 二十几) are at least the
//!   tens written; 数/几/好几/上 before 百/千/万/亿 (数百家, 几千亩, 上万人,
//!   成百上千) are at least one of that magnitude: [`prefix_bound`] gives the
//!   bound and the caller reads the magnitude as 1百, 1千 (as for 破亿).
//! * **Approximate pairs.** Adjacent Chinese digits (两三个, 七八个,
//!   三四十家, 八九亿元) and 三五 (三五百块) are a range of the two readings,
//!   when a unit or a magnitude follows (二三产业 is no quantity).
//! * **Signs.** A `-`/`－` right before the number (not after a digit, a
//!   letter or a unit: 2021-2025 stays a range), or 负 where it is not the
//!   end of a word (减负, 担负), makes the value negative: 增长-3.5%.

use std::borrow::Cow;
use std::sync::LazyLock;

use rust_decimal::Decimal;

use super::words::{self, End, WordIndex};

use super::numeral::{self, Core};
use crate::Bound;

#[cfg(test)]
mod tests;

/// What kind of thing a unit measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum UnitKind {
    /// %, ‰, 个百分点, 成.
    Percent,
    /// 元, 美元, 港元 ….
    Money,
    /// Physical measures: 亩, 公里, 吨, 千瓦 ….
    Measure,
    /// Measure words of counts: 个, 家, 项, 人 ….
    Count,
    /// Durations: 天, 小时, 分钟, 个月.
    Time,
    /// 倍, 番.
    Multiple,
}

/// One unit of the table: as written, its base form, its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct UnitDef {
    /// As written in the text.
    pub text: &'static str,
    /// The base unit it stands for (块 → 元, ％ → %).
    pub base: &'static str,
    /// Its kind.
    pub kind: UnitKind,
}

const fn u(text: &'static str, base: &'static str, kind: UnitKind) -> UnitDef {
    UnitDef { text, base, kind }
}

use UnitKind::{Count, Measure, Money, Multiple, Percent, Time};

/// The unit table. Matching takes the longest entry that starts at the
/// position, so 个百分点 beats 个, 千米 beats the magnitude 千 and 平方公里 beats 平方米.
/// Extend it here: one line per unit.
pub(crate) const UNITS: &[UnitDef] = &[
    // percentages
    u("%", "%", Percent),
    u("％", "%", Percent),
    u("‰", "‰", Percent),
    u("‱", "‱", Percent),
    u("个百分点", "个百分点", Percent),
    u("個百分點", "个百分点", Percent),
    u("百分点", "个百分点", Percent),
    // money
    u("元", "元", Money),
    u("圆", "元", Money),
    u("块钱", "元", Money),
    u("块", "元", Money),
    u("人民币", "元", Money),
    u("美元", "美元", Money),
    u("美圆", "美元", Money),
    u("美金", "美元", Money),
    u("欧元", "欧元", Money),
    u("港元", "港元", Money),
    u("港币", "港元", Money),
    u("日元", "日元", Money),
    u("英镑", "英镑", Money),
    u("韩元", "韩元", Money),
    u("澳元", "澳元", Money),
    u("卢布", "卢布", Money),
    u("泰铢", "泰铢", Money),
    u("新台币", "新台币", Money),
    u("台币", "新台币", Money),
    // areas, lengths, volumes, weights, energy
    u("亩", "亩", Measure),
    u("畝", "亩", Measure),
    u("公顷", "公顷", Measure),
    // Latin units, in the casings printed (a run of letters after the
    // number must match one whole: 5GWh is not 5 GW)
    u("kW", "kW", Measure),
    u("KW", "kW", Measure),
    u("MW", "MW", Measure),
    u("GW", "GW", Measure),
    u("TW", "TW", Measure),
    u("kWh", "kWh", Measure),
    u("KWh", "kWh", Measure),
    u("kwh", "kWh", Measure),
    u("MWh", "MWh", Measure),
    u("GWh", "GWh", Measure),
    u("TWh", "TWh", Measure),
    u("TFlops", "TFlops", Measure),
    u("TFLOPS", "TFLOPS", Measure),
    u("PFlops", "PFlops", Measure),
    u("PFLOPS", "PFLOPS", Measure),
    u("Pflops", "PFlops", Measure),
    u("EFlops", "EFlops", Measure),
    u("EFLOPS", "EFLOPS", Measure),
    u("Eflops", "EFlops", Measure),
    u("GB", "GB", Measure),
    u("TB", "TB", Measure),
    u("PB", "PB", Measure),
    u("EB", "EB", Measure),
    u("Mbps", "Mbps", Measure),
    u("Gbps", "Gbps", Measure),
    u("平方公里", "平方公里", Measure),
    u("平方千米", "平方千米", Measure),
    u("平方米", "平方米", Measure),
    u("平米", "平方米", Measure),
    u("立方米", "立方米", Measure),
    u("公里", "公里", Measure),
    u("千米", "千米", Measure),
    u("米", "米", Measure),
    u("延米", "延米", Measure),
    u("吨标准煤", "吨标准煤", Measure),
    u("吨", "吨", Measure),
    u("公斤", "千克", Measure),
    u("千克", "千克", Measure),
    u("克", "克", Measure),
    u("厘米", "厘米", Measure),
    u("公分", "厘米", Measure),
    u("斤", "斤", Measure),
    u("升", "升", Measure),
    u("毫升", "毫升", Measure),
    u("千瓦时", "千瓦时", Measure),
    u("千瓦", "千瓦", Measure),
    u("兆瓦", "兆瓦", Measure),
    u("千伏", "千伏", Measure),
    u("度", "度", Measure),
    u("标箱", "标箱", Measure),
    u("标准箱", "标准箱", Measure),
    u("微克/立方米", "微克/立方米", Measure),
    u("微克", "微克", Measure),
    u("摄氏度", "℃", Measure),
    u("℃", "℃", Measure),
    // durations
    u("小时", "小时", Time),
    u("个小时", "小时", Time),
    u("分钟", "分钟", Time),
    u("天", "天", Time),
    u("个工作日", "工作日", Time),
    u("工作日", "工作日", Time),
    u("个月", "个月", Time),
    // 补贴期限最长不超过3年 (after Arabic digits, short of a calendar year:
    // see metric::accept)
    u("年", "年", Time),
    u("周岁", "岁", Time),
    u("岁", "岁", Time),
    // multiples
    u("倍", "倍", Multiple),
    // measure words of counts
    u("个", "个", Count),
    u("個", "个", Count),
    u("家", "家", Count),
    u("项", "项", Count),
    u("項", "项", Count),
    u("所", "所", Count),
    u("座", "座", Count),
    u("条", "条", Count),
    u("條", "条", Count),
    u("户", "户", Count),
    u("戶", "户", Count),
    u("人次", "人次", Count),
    u("场次", "场次", Count),
    // lessons and courses: 课程120节, 培训80课时, 开设20门课程, 60堂
    u("课时", "课时", Count),
    u("学时", "学时", Count),
    // 12类家电产品 (and not 三类人员, a class: see metric::accept)
    u("类", "类", Count),
    u("节", "节", Count),
    u("堂", "堂", Count),
    u("门", "门", Count),
    u("批次", "批次", Count),
    u("架次", "架次", Count),
    u("车次", "车次", Count),
    u("人", "人", Count),
    u("名", "名", Count),
    u("标准机架", "标准机架", Count),
    u("家次", "家次", Count),
    u("头", "头", Count),
    // livestock counted by head and by bird at once (牲畜存栏1100万头只)
    u("头只", "头只", Count),
    u("只羽", "只羽", Count),
    // poultry by the bird, mushroom logs by the stick (林下鸡5万羽, 食用菌50万棒)
    u("羽", "羽", Count),
    u("棒", "棒", Count),
    u("箱", "箱", Count),
    u("项次", "项次", Count),
    u("台次", "台次", Count),
    u("户次", "户次", Count),
    u("车次", "车次", Count),
    u("艘次", "艘次", Count),
    u("架次", "架次", Count),
    u("口", "口", Count),
    u("眼", "眼", Count),
    u("期", "期", Count),
    u("起", "起", Count),
    u("机架", "机架", Count),
    u("位", "位", Count),
    u("套", "套", Count),
    u("辆", "辆", Count),
    u("台", "台", Count),
    u("栋", "栋", Count),
    u("幢", "幢", Count),
    u("间", "间", Count),
    u("张", "张", Count),
    u("床", "床", Count),
    u("款", "款", Count),
    u("场", "场", Count),
    u("批", "批", Count),
    u("处", "处", Count),
    u("部", "部", Count),
    u("件", "件", Count),
    u("单", "单", Count),
    u("轮次", "轮次", Count),
    u("轮", "轮", Count),
    u("台套", "台套", Count),
    // 智能冷柜600组 (and not 三组, a village's group: see metric::accept)
    u("组", "组", Count),
    u("次", "次", Count),
    u("支", "支", Count),
    u("盏", "盏", Count),
    u("根", "根", Count),
    u("只", "只", Count),
    u("棵", "棵", Count),
    u("株", "株", Count),
    u("册", "册", Count),
    u("宗", "宗", Count),
    u("笔", "笔", Count),
    u("种", "种", Count),
    u("片", "片", Count),
    u("块地", "块", Count),
    u("副", "副", Count),
    u("艘", "艘", Count),
    u("架", "架", Count),
    u("列", "列", Count),
    u("份", "份", Count),
    u("篇", "篇", Count),
    u("网点", "个", Count),
];

/// Words that, right after a one-character unit, show that it is part of an
/// ordinary word, not a measure word (五部门, 三人行, 两条件).
const UNIT_WORD_BLOCKERS: &[&str] = &[
    "部门", "部署", "部分", "人民", "人员", "条例", "条件", "场景", "场所", "场馆", "所有", "所属",
    "所在", "天然", "天下", "天地", "张力", "台阶", "名单", "名称", "名义", "位置", "户口", "户籍",
    "套餐", "批准", "批复", "家庭", "家长", "家园", "元素", "元宵", "方面", "方式", "方向", "方案",
    "方法", "方针", "方位", "方阵", "方舱", "度假", "次序", "口岸", "头部", "片区", "种类", "类型",
    "类别", "对接", "班子", "本地", "本届", "本级", "只有", "支撑", "支持", "支付", "支部", "根本",
    "根据", "件事", "间隔", "升级", "升学", "名优", "处理", "处置", "栋梁", "米粮", "列入", "份额",
    "块状", "口径", "款式", "位于", "位居", "单位", "单元", "单独", "单项", "单体", "单列", "单一",
    "单向", "单品", "单价", "单个", "单次", "单身", "单边", "单线", "单车", "单机", "单株", "单季",
    "轮流", "轮换", "轮岗", "轮作", "轮胎", "轮廓", "羽毛", "羽绒", "棒球", "部制",
];

/// Magnitudes that may stand between the number and the unit, longest first.
const MAGNITUDES: &[(&str, u32)] = &[
    ("万亿", 12),
    ("萬億", 12),
    ("千亿", 11),
    ("百亿", 10),
    ("十亿", 9),
    ("千万", 7),
    ("千萬", 7),
    ("百万", 6),
    ("百萬", 6),
    ("十万", 5),
    ("十萬", 5),
    ("亿", 8),
    ("億", 8),
    ("万", 4),
    ("萬", 4),
    ("兆", 12),
    ("千", 3),
    ("百", 2),
];

/// Bound words written after the quantity, longest first.
const SUFFIX_BOUNDS: &[(&str, Bound)] = &[
    ("或者以上", Bound::AtLeast),
    ("及以上", Bound::AtLeast),
    ("或以上", Bound::AtLeast),
    ("以上", Bound::AtLeast),
    ("之上", Bound::AtLeast),
    ("或者以下", Bound::AtMost),
    ("及以下", Bound::AtMost),
    ("或以下", Bound::AtMost),
    ("以下", Bound::AtMost),
    ("以内", Bound::AtMost),
    ("之内", Bound::AtMost),
    // 15个工作日内办结, 3个月内: within a span of time (a unit of time only:
    // see read_quantity)
    ("内", Bound::AtMost),
    ("左右", Bound::Approx),
    ("上下", Bound::Approx),
];

/// Bound words written before the number, longest first.
const PREFIX_BOUNDS: &[(&str, Bound)] = &[
    ("大于等于", Bound::AtLeast),
    ("≥", Bound::AtLeast),
    ("≤", Bound::AtMost),
    ("大于或等于", Bound::AtLeast),
    ("小于等于", Bound::AtMost),
    ("小于或等于", Bound::AtMost),
    ("不少于", Bound::AtLeast),
    ("不低于", Bound::AtLeast),
    ("不小于", Bound::AtLeast),
    ("不超过", Bound::AtMost),
    ("不高于", Bound::AtMost),
    ("不大于", Bound::AtMost),
    ("不多于", Bound::AtMost),
    ("超过了", Bound::AtLeast),
    ("超过", Bound::AtLeast),
    ("突破", Bound::AtLeast),
    ("至少有", Bound::AtLeast),
    ("至少为", Bound::AtLeast),
    ("至少是", Bound::AtLeast),
    ("至少", Bound::AtLeast),
    ("最多有", Bound::AtMost),
    ("最多为", Bound::AtMost),
    ("最多是", Bound::AtMost),
    ("最少", Bound::AtLeast),
    ("大于", Bound::AtLeast),
    ("高于", Bound::AtLeast),
    ("多于", Bound::AtLeast),
    ("最多", Bound::AtMost),
    // 产值过10亿元企业: 过 as 超过 (not in 通过, 经过, 不过 …)
    ("过", Bound::AtLeast),
    // 给予最高500万元奖励: a cap on an award or a subsidy
    ("最高", Bound::AtMost),
    ("最低", Bound::AtLeast),
    ("至多", Bound::AtMost),
    ("小于", Bound::AtMost),
    ("低于", Bound::AtMost),
    ("少于", Bound::AtMost),
    ("不足", Bound::AtMost),
    ("不到", Bound::AtMost),
    ("大约", Bound::Approx),
    ("大概", Bound::Approx),
    ("将近", Bound::Approx),
    ("接近", Bound::Approx),
    ("约为", Bound::Approx),
    ("约", Bound::Approx),
    ("近", Bound::Approx),
    ("逾", Bound::AtLeast),
    ("超", Bound::AtLeast),
    ("破", Bound::AtLeast),
];

/// Characters that, before a one-character prefix bound, make it part of a
/// word instead (最近, 附近, 打破, 高超).
const PREFIX_BLOCKERS: &[char] = &[
    '最', '附', '靠', '就', '打', '击', '攻', '高', '赶', '冲', '大', '简',
];

/// Characters that make 约 part of another word (签约, 节约, 履约, 集约,
/// 制约 …): 约 alone before a quantity is "about".
const ABOUT_BLOCKERS: &[char] = &[
    '签', '节', '履', '预', '合', '集', '制', '违', '公', '条', '缔', '特', '邀', '相', '解', '守',
    '俭', '践', '毁', '失', '婚', '租', '契', '立', '简', '隐', '纽', '成', '协', '盟', '要', '誓',
];

/// Characters that make 过 part of another word (通过, 经过, 不过, 度过,
/// 越过 …): 过 alone before a quantity is 超过.
const OVER_BLOCKERS: &[char] = &[
    '通', '经', '不', '度', '越', '闯', '跨', '错', '路', '看', '做', '说', '想', '去', '走', '穿',
    '渡', '熬', '挺', '躲', '了', '已', '曾', '未', '胜', '超', '高',
];

/// Words of an approximate count before 十/百/千/万/亿 ("several", "up to"):
/// 数百家, 几千亩, 好几万, 上万人, 成百上千. Each reads as at least one of the
/// magnitude that follows. Longest first.
const APPROX_COUNT_WORDS: &[&str] = &["成百上", "成千上", "好几", "几", "数", "上"];

/// Characters that, before an approximate-count word, make it the end of
/// another word: 人数, 总数, 指数 (数); 无几, 十几 (几: 十几万 is read by the
/// numeral); 线上, 以上, 网上, 马上, 基本上 (上).
fn approx_word_blocked(word: &str, prev: Option<char>) -> bool {
    let Some(p) = prev else { return false };
    match word {
        "数" => "人户次总个分系倍指基参件家台位字岁天函变无半多少度级票份量点名项条组批股单算术代奇偶整小复素常实虚底帧码读细头架床座车船亩吨元周月年日期"
            .contains(p),
        "几" => "无茶庶十没".contains(p),
        "上" => "线以之网规马向晚早身手海路市面台镇会世天地楼街岗加赶跟爬迈走登北南桌书报纸图表年月日班车船山岸江河湖墙头心脸口史往而本实则体观质际织上水空云底顶价位"
            .contains(p),
        _ => false,
    }
}

/// The approximate-count word (数, 几, 上 …) that `before` ends with, and its
/// byte length, unless it ends another word (人数, 以上).
fn approx_count_word(before: &str) -> Option<usize> {
    let w = APPROX_COUNT_WORDS.iter().find(|w| before.ends_with(**w))?;
    let head = before.get(..before.len() - w.len()).unwrap_or("");
    if approx_word_blocked(w, head.chars().next_back()) {
        return None;
    }
    Some(w.len())
}

/// A quantity read from the text. Byte offsets are relative to the text
/// given to [`read_quantity`].
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Quantity {
    /// The value as written (669.8 for 669.8亿元).
    pub value: Decimal,
    /// The upper end of a range.
    pub value_max: Option<Decimal>,
    /// The unit as written with its magnitude (亿元, 万亩, %, 万).
    pub unit: Option<Cow<'static, str>>,
    /// `value` in the base unit.
    pub base_value: Decimal,
    /// `value_max` in the base unit.
    pub base_value_max: Option<Decimal>,
    /// The unit without its magnitude (元, 亩, 吨/日); `None` for a bare
    /// magnitude.
    pub base_unit: Option<Cow<'static, str>>,
    /// The kind of the unit, if any.
    pub kind: Option<UnitKind>,
    /// Whether a magnitude (万, 亿 …) was written.
    pub has_magnitude: bool,
    /// How the value bounds the quantity.
    pub bound: Bound,
    /// Whether a bound word (prefix or suffix, 余/多) was written.
    pub bound_word: bool,
    /// Start of the phrase (the prefix bound word when there is one).
    pub start: usize,
    /// Start of the first number.
    pub num_start: usize,
    /// End of the number run that was read (the scanner resumes after it).
    pub run_end: usize,
    /// End of the unit (before any suffix bound word).
    pub unit_end: usize,
    /// End of the phrase (after the suffix bound word).
    pub end: usize,
    /// Whether the first number is written in Chinese numerals.
    pub chinese: bool,
    /// Arabic digits in the integer part of the first number.
    pub int_digits: usize,
    /// The unit table entry, if any.
    pub unit_def: Option<UnitDef>,
}

/// `s.starts_with(w)`, with the first three bytes (one CJK character)
/// compared inline first.
fn has_prefix(s: &str, w: &str) -> bool {
    let (a, b) = (s.as_bytes(), w.as_bytes());
    let n = b.len().min(3);
    a.get(..n) == b.get(..n) && a.starts_with(b)
}

// The tables looked up at every number, indexed by the character at the end
// they are matched from: a look-up compares the few entries that share it.
static UNIT_INDEX: LazyLock<WordIndex<UnitDef>> =
    LazyLock::new(|| WordIndex::new(End::First, UNITS.iter().map(|d| (d.text, *d))));
static UNIT_BLOCKER_INDEX: LazyLock<WordIndex<()>> =
    LazyLock::new(|| words::index(End::First, UNIT_WORD_BLOCKERS));
static MAGNITUDE_INDEX: LazyLock<WordIndex<u32>> =
    LazyLock::new(|| WordIndex::new(End::First, MAGNITUDES.iter().copied()));
static SUFFIX_BOUND_INDEX: LazyLock<WordIndex<Bound>> =
    LazyLock::new(|| WordIndex::new(End::First, SUFFIX_BOUNDS.iter().copied()));
static PREFIX_BOUND_INDEX: LazyLock<WordIndex<Bound>> =
    LazyLock::new(|| WordIndex::new(End::Last, PREFIX_BOUNDS.iter().copied()));

/// Whether `s` is one bound word written after a quantity, and nothing
/// else (以上, 左右, 以内).
pub(crate) fn is_suffix_bound(s: &str) -> bool {
    SUFFIX_BOUND_INDEX
        .longest(s)
        .is_some_and(|(w, _)| w.len() == s.len())
}

/// The length of a bracketed measure word of counts at the start of `s`
/// (`（只）` after 头), when a bound word follows it.
fn alternative_measure(s: &str) -> Option<usize> {
    let inner = s.strip_prefix(['（', '('])?;
    let (def, len) = UNIT_INDEX.longest(inner).map(|(w, d)| (d, w.len()))?;
    let after = inner.get(len..)?;
    let close = after.chars().next().filter(|c| matches!(c, '）' | ')'))?;
    let rest = after.get(close.len_utf8()..)?;
    (def.kind == Count && SUFFIX_BOUND_INDEX.longest(rest).is_some()).then(|| s.len() - rest.len())
}

/// Longest unit of [`UNITS`] at the start of `s`, unless it is the first
/// character of an ordinary word ([`UNIT_WORD_BLOCKERS`]).
pub(crate) fn match_unit(s: &str) -> Option<UnitDef> {
    let (text, def) = UNIT_INDEX.longest(s)?;
    // a Latin unit is the whole run of letters (5GWh, not 5 GW + h)
    if text.starts_with(|c: char| c.is_ascii_alphabetic())
        && s.get(text.len()..)
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_alphabetic()))
    {
        return None;
    }
    if text.chars().nth(1).is_none() && UNIT_BLOCKER_INDEX.longest(s).is_some() {
        return None;
    }
    Some(def)
}

/// The bound word before a bare magnitude (破亿元, 数百家), and its byte
/// length.
///
/// Rule: a bound word ([`bound_word_before`]), or else an approximate-count
/// word (数, 几, 好几, 上, 成百上: at least). Accepts `…突破`, `…数`, `…上`;
/// rejects `最近`, `人数`, `以上`.
pub(crate) fn prefix_bound(before: &str) -> Option<(Bound, usize)> {
    bound_word_before(before).or_else(|| approx_count_word(before).map(|l| (Bound::AtLeast, l)))
}

/// The bound word that `before` ends with, and its byte length.
///
/// Rule: the longest entry of [`PREFIX_BOUNDS`] at the end of `before`; a
/// one-character word (约, 近, 超, 破) is refused after a character that makes
/// it part of another word (最近, 打破). Accepts `…不少于`, `…约`, `…突破`;
/// rejects `最近`.
fn bound_word_before(before: &str) -> Option<(Bound, usize)> {
    let (w, b) = PREFIX_BOUND_INDEX.longest(before)?;
    if w.chars().count() == 1 {
        let head = before.get(..before.len() - w.len()).unwrap_or("");
        let blockers = match w {
            "过" => OVER_BLOCKERS,
            "约" => ABOUT_BLOCKERS,
            _ => PREFIX_BLOCKERS,
        };
        if head
            .chars()
            .next_back()
            .is_some_and(|c| blockers.contains(&c))
        {
            return None;
        }
    }
    Some((b, w.len()))
}

/// One number with what may follow it: `[余/多] [magnitude] [余/多] [unit]`.
#[derive(Debug, Clone)]
struct Piece {
    core: Core,
    /// Byte offset just after the unit (or magnitude, or number).
    end: usize,
    run_end: usize,
    magnitude: Option<(&'static str, u32)>,
    unit: Option<UnitDef>,
    /// Text of the unit as written (may differ from `unit.text` for 百分之).
    percent_prefix: Option<UnitDef>,
    approx: bool,
}

const PERCENT_PREFIXES: &[(&str, UnitDef)] = &[
    ("百分之", u("%", "%", Percent)),
    ("千分之", u("‰", "‰", Percent)),
    ("万分之", u("‱", "‱", Percent)),
];

fn is_range_sep(c: char) -> bool {
    matches!(
        c,
        '-' | '－' | '—' | '–' | '~' | '～' | '〜' | '至' | '到' | '―'
    )
}

/// Reads one number and the unit after it at `s` (relative offsets).
///
/// Rule: an optional 百分之/千分之 prefix, a numeral core, 余/多, a magnitude
/// unless a unit starts there (千米 is a unit, 千 before 万 is a magnitude),
/// 余/多 again, a unit. Accepts `669.8亿元`, `3000余个`, `2万余人`,
/// `百分之十`; returns a piece with no unit for `2022年`.
fn read_piece(s: &str) -> Option<Piece> {
    let mut pos = 0usize;
    let mut percent_prefix = None;
    for (w, def) in PERCENT_PREFIXES {
        if has_prefix(s, w) {
            pos = w.len();
            percent_prefix = Some(*def);
            break;
        }
    }
    let rest = s.get(pos..)?;
    let first = rest.chars().next()?;
    let percent_hundred = percent_prefix.is_some() && numeral::small_unit(first).is_some();
    if !numeral::starts_numeral(first) && !percent_hundred {
        return None;
    }
    if percent_prefix.is_none() {
        if let Some(p) = fraction_piece(rest) {
            return Some(p);
        }
    }
    let core = match numeral::read_core(rest) {
        Some(c) => c,
        None => core_before_unit(rest)?,
    };
    let run_end = pos + core.run_end;
    pos += core.end;
    let mut approx = false;
    let mut magnitude = None;
    let mut unit;
    if let Some(def) = percent_prefix {
        unit = Some(def);
    } else {
        let mut r = s.get(pos..).unwrap_or("");
        if let Some(c @ ('余' | '多' | '几' | '幾')) = r.chars().next() {
            // 十几, 二十几: only after a Chinese numeral of tens
            let ok = if matches!(c, '几' | '幾') {
                core.chinese && core.value >= Decimal::TEN && core.value_max.is_none()
            } else {
                !core.chinese || core.value >= Decimal::TEN
            };
            if ok {
                approx = true;
                pos += c.len_utf8();
                r = s.get(pos..).unwrap_or("");
            }
        }
        unit = match_unit(r);
        // 3年: a span of years after Arabic digits short of a calendar year
        // (2024年 is a date, 一两年 and 三年行动 are words)
        if unit.is_some_and(|d| d.text == "年")
            && (core.chinese
                || core.value >= Decimal::ONE_HUNDRED
                || !rest.starts_with(|c: char| c.is_ascii_digit()))
        {
            unit = None;
        }
        // 增长6 %左右: a space before a percent sign, as some typesetting puts
        if unit.is_none() && !core.chinese {
            if let Some(after) = r.strip_prefix(' ') {
                if let Some(def) = match_unit(after).filter(|d| d.kind == Percent) {
                    pos += 1;
                    r = after;
                    unit = Some(def);
                }
            }
        }
        if unit.is_none() {
            if let Some((w, p)) = MAGNITUDE_INDEX.longest(r) {
                // 千/百 only after Arabic digits (3千万): Chinese numerals hold them
                let allowed = !core.chinese || !w.starts_with(['千', '百', '十']);
                if allowed {
                    magnitude = Some((w, p));
                    pos += w.len();
                    r = s.get(pos..).unwrap_or("");
                    if let Some(c @ ('余' | '多')) = r.chars().next() {
                        approx = true;
                        pos += c.len_utf8();
                        r = s.get(pos..).unwrap_or("");
                    }
                    unit = match_unit(r);
                    // a magnitude-only percent makes no sense: 万% is not read
                    if unit.is_some_and(|d| d.kind == Percent) {
                        unit = None;
                    }
                }
            }
        }
        if let Some(def) = unit {
            pos += def.text.len();
        }
    }
    Some(Piece {
        core,
        end: pos,
        run_end: run_end.max(pos),
        magnitude,
        unit,
        percent_prefix,
        approx,
    })
}

/// 一百千瓦, 五十千米: a numeral that does not evaluate because its last
/// 千/百 starts a unit (千瓦, 千米, 千克, 百分点) is read up to that unit.
fn core_before_unit(s: &str) -> Option<Core> {
    let ext = numeral::extent(s, numeral::Mode::Text)?;
    let n = ext.toks.len();
    let (numeral::Tok::Small(_), _) = *ext.toks.get(n.checked_sub(1)?)? else {
        return None;
    };
    let cut = ext.toks.get(n.checked_sub(2)?).map(|(_, e)| *e)?;
    let unit = match_unit(s.get(cut..)?)?;
    if unit.text.chars().count() < 2 {
        return None;
    }
    numeral::read_core(s.get(..cut)?)
}

/// A fraction `N分之M` read as a share ([`numeral::read_fraction`]): unit %
/// with value M/N × 100, or, for a denominator of 100, 1000 or 10000
/// (一百分之二), the percent form's own unit (%, ‰, ‱) with value M.
/// Accepts `三分之一` (33.3333 %), `五分之一` (20 %), `一千分之三` (3 ‰).
fn fraction_piece(s: &str) -> Option<Piece> {
    let f = numeral::read_fraction(s)?;
    let per = |n: i64, def: UnitDef| (f.den == Decimal::from(n)).then_some(def);
    let (value, def) = match per(100, u("%", "%", Percent))
        .or_else(|| per(1000, u("‰", "‰", Percent)))
        .or_else(|| per(10_000, u("‱", "‱", Percent)))
    {
        Some(def) => (f.num, def),
        None => (
            numeral::ratio(f.num, f.den)?.checked_mul(Decimal::ONE_HUNDRED)?,
            u("%", "%", Percent),
        ),
    };
    Some(Piece {
        core: Core {
            value: value.normalize(),
            value_max: None,
            end: f.end,
            run_end: f.end,
            chinese: false,
            int_digits: 0,
        },
        end: f.end,
        run_end: f.end,
        magnitude: None,
        unit: Some(def),
        percent_prefix: Some(def),
        approx: false,
    })
}

/// The unit with its magnitude: borrowed from the tables when it is one of
/// the two, composed when it is both (亿 + 元).
/// The denominator of a rate after a unit (`/日` in 5万吨/日, `／亩` in
/// 3000元／亩) and the byte length read: a slash, then a unit of the table or
/// a period of time (日, 年, 月, 周, 季度, 时, 秒), not followed by a digit or
/// a letter (5吨/2023年 is no rate).
fn rate_denominator(s: &str) -> Option<(&'static str, usize)> {
    const PERIODS: &[&str] = &["日", "年", "月", "周", "季度", "时", "秒"];
    let slash = s.chars().next().filter(|&c| matches!(c, '/' | '／'))?;
    let rest = s.get(slash.len_utf8()..)?;
    let word = match match_unit(rest) {
        Some(def) if def.kind != Percent => def.text,
        _ => PERIODS.iter().copied().find(|w| rest.starts_with(w))?,
    };
    let after = rest.get(word.len()..).and_then(|r| r.chars().next());
    if after.is_some_and(|c| c.is_ascii_alphanumeric() || numeral::starts_numeral(c)) {
        return None;
    }
    Some((word, slash.len_utf8() + word.len()))
}

fn written_unit(p: &Piece) -> Option<Cow<'static, str>> {
    let unit = p
        .unit
        .map(|def| if def.text == "％" { "%" } else { def.text });
    match (p.magnitude, unit) {
        (Some((m, _)), Some(u)) => Some(Cow::Owned([m, u].concat())),
        (Some((m, _)), None) => Some(Cow::Borrowed(m)),
        (None, u) => u.map(Cow::Borrowed),
    }
}

fn scale(v: Decimal, magnitude: Option<(&str, u32)>, unit: Option<UnitDef>) -> Option<Decimal> {
    let mut out = v;
    if let Some((_, p)) = magnitude {
        for _ in 0..p {
            out = out.checked_mul(Decimal::TEN)?;
        }
    }
    if unit.is_some_and(|d| d.text == "成") {
        out = out.checked_mul(Decimal::TEN)?;
    }
    if unit.is_some_and(|d| d.text == "番") {
        // n doublings grow the base by 2^n − 1 times
        out = Decimal::from(2u32.pow(doublings(v)?) - 1);
    }
    Some(out)
}

/// A count of doublings (翻n番): a whole number from 1 to 10.
fn doublings(v: Decimal) -> Option<u32> {
    if !v.fract().is_zero() {
        return None;
    }
    u32::try_from(v.trunc().mantissa())
        .ok()
        .filter(|n| (1..=10).contains(n) && Decimal::from(*n) == v)
}

/// The byte length of a minus sign (`-`, `－`, `负`) that `before` ends
/// with, when it is a sign and not a dash or part of a word.
///
/// Rule: the sign must follow the start of the text, punctuation or a
/// space, or a verb or noun that a value follows (增长, 为, 是, 达, 至, 到,
/// 增速, 增幅, 在, 值, 率). Accepts `增长-`, `（-`, `为负`; rejects `2021-`,
/// `G-`, `5%-`, `减负`, `担负`.
fn sign_before(before: &str) -> Option<usize> {
    let c = before.chars().next_back()?;
    if !matches!(c, '-' | '－' | '负' | '負') {
        return None;
    }
    let head = before.get(..before.len() - c.len_utf8()).unwrap_or("");
    let ok = match head.chars().next_back() {
        None => true,
        Some(p) if "长为是达至到速幅在值率".contains(p) => true,
        Some(p) => {
            !super::is_cjk(p)
                && !p.is_alphanumeric()
                && !matches!(
                    p,
                    '.' | '．' | '%' | '％' | '‰' | '-' | '－' | '—' | '~' | '～' | '/'
                )
        }
    };
    ok.then_some(c.len_utf8())
}

/// Reads a quantity whose number starts at byte `pos` of `text`; the text
/// before `pos` is only looked at for a prefix bound word (bounded).
///
/// Rule: `[prefix bound] piece [range-sep piece] [suffix bound]`. A range
/// needs the same unit on both ends or a unit on the second only (7.5-8%,
/// 1.5万—2万亩, 3至5个), and a lower first end; the first end borrows the
/// second's magnitude when that keeps the order (十八至三十万 = 18万–30万,
/// but 8500到3万 = 8500–30000). `5.2%、8%` is not a range.
/// Accepts `669.8亿元`, `不少于80个`, `4.5%—5%`, `1-2家`, `3000余个`,
/// `超150亿元以上`, `百分之十`, `两成`; returns `None` where no numeral starts.
pub(crate) fn read_quantity(text: &str, pos: usize) -> Option<Quantity> {
    let s = text.get(pos..)?;
    let before = text.get(pos.saturating_sub(16)..pos).or_else(|| {
        // back off to a char boundary
        let mut k = pos.saturating_sub(16);
        while k < pos && !text.is_char_boundary(k) {
            k += 1;
        }
        text.get(k..pos)
    })?;
    let mut first = read_piece(s)?;
    let mut bound = Bound::Exact;
    let mut bound_word = false;
    let mut start = pos;
    // no sign on a pair (七八) or on zero (-0 would print as "-0")
    let sign_len = if first.core.value_max.is_none() && !first.core.value.is_zero() {
        sign_before(before)
    } else {
        None
    };
    if let Some(len) = sign_len {
        first.core.value = -first.core.value;
        start = pos - len;
    }
    let unsigned = before
        .get(..before.len() - sign_len.unwrap_or(0))
        .unwrap_or("");
    if let Some((b, len)) = bound_word_before(unsigned) {
        bound = b;
        bound_word = true;
        start -= len;
    }
    // 成 (tenths) only as a unit directly after a small number: 两成, 三成
    if first.unit.is_none() && first.magnitude.is_none() && first.core.value <= Decimal::TEN {
        if let Some(rest) = s.get(first.end..) {
            if rest.starts_with('成')
                && !rest.starts_with("成立")
                && !rest.starts_with("成为")
                && !rest.starts_with("成果")
            {
                first.unit = Some(u("成", "%", Percent));
                first.end += '成'.len_utf8();
                first.run_end = first.run_end.max(first.end);
            }
        }
    }
    // a pair needs a unit or a magnitude: 二三产业, 一两年 are no quantity
    if first.core.value_max.is_some() && first.unit.is_none() && first.magnitude.is_none() {
        return None;
    }
    // 几十家, 数十个, 上十万: "several tens" is at least ten
    if bound == Bound::Exact && sign_len.is_none() && s.starts_with('十') {
        if let Some(len) = approx_count_word(before) {
            bound = Bound::AtLeast;
            bound_word = true;
            start = pos - len;
        }
    }
    // 翻一番 / 翻两番 / 翻了一番: n doublings, as written (1 番, 2 番); the
    // base value is the growth as a multiple, 2^n − 1 倍 (翻一番 = 增长1倍)
    let verb = ["翻了", "翻"].iter().find(|v| before.ends_with(**v));
    if let (Some(verb), None, None) = (verb, first.unit, first.magnitude) {
        let doublings = doublings(first.core.value);
        if let (Some(_), Some(rest)) = (doublings, s.get(first.end..)) {
            if rest.starts_with('番') {
                first.unit = Some(u("番", "倍", Multiple));
                first.end += '番'.len_utf8();
                first.run_end = first.run_end.max(first.end);
                start = pos - verb.len();
            }
        }
    }
    let mut end = first.end;
    let mut second: Option<Piece> = None;
    // an approximate pair (七八个) is a range already: no separator after it
    let rest_for_range = s
        .get(first.end..)
        .filter(|_| first.core.value_max.is_none());
    if let Some(rest) = rest_for_range {
        if let Some(sep) = rest.chars().next().filter(|c| is_range_sep(*c)) {
            let mut skip = sep.len_utf8();
            // —— doubled dash
            if rest.get(skip..).is_some_and(|r| r.starts_with(sep))
                && matches!(sep, '—' | '-' | '－')
            {
                skip += sep.len_utf8();
            }
            if let Some(mut p2) = rest.get(skip..).and_then(read_piece) {
                // 百分之八到十: the prefix's unit holds for the bare number
                // after the separator
                let dated = rest
                    .get(skip + p2.end..)
                    .is_some_and(|r| r.starts_with(['年', '月', '日', '底']));
                if first.percent_prefix.is_some()
                    && p2.unit.is_none()
                    && p2.magnitude.is_none()
                    && p2.core.value_max.is_none()
                    && !dated
                {
                    p2.unit = first.unit;
                }
                let same_unit = match (first.unit, p2.unit) {
                    (Some(a), Some(b)) => a.base == b.base,
                    (None, Some(_)) => first.magnitude.is_none() || p2.magnitude.is_some(),
                    (None, None) => first.magnitude.is_none() || p2.magnitude.is_some(),
                    (Some(_), None) => false,
                };
                if same_unit {
                    second = Some(Piece {
                        end: first.end + skip + p2.end,
                        run_end: first.end + skip + p2.run_end,
                        ..p2
                    });
                }
            }
        }
    }
    let (unit_piece_mag, unit_piece_unit) = match &second {
        Some(p2) => (p2.magnitude.or(first.magnitude), p2.unit.or(first.unit)),
        None => (first.magnitude, first.unit),
    };
    let mut base_value = scale(
        first.core.value,
        first.magnitude,
        first.unit.or(unit_piece_unit),
    )?;
    let mut value_max = None;
    let mut base_value_max = None;
    if let Some(p2) = &second {
        let max_base = scale(p2.core.value, p2.magnitude, p2.unit)?;
        // borrow the second's magnitude when the first has none
        if first.magnitude.is_none() && p2.magnitude.is_some() {
            if let Some(b) = scale(first.core.value, p2.magnitude, p2.unit) {
                if b <= max_base {
                    base_value = b;
                    first.magnitude = p2.magnitude;
                }
            }
        }
        if base_value < max_base {
            value_max = Some(p2.core.value);
            base_value_max = Some(max_base);
            end = p2.end;
            bound = Bound::Range;
        } else {
            second = None;
        }
    }
    let (mag, unit_def) = if second.is_some() {
        (unit_piece_mag, unit_piece_unit)
    } else {
        (first.magnitude, first.unit)
    };
    if second.is_none() {
        base_value = scale(first.core.value, first.magnitude, first.unit)?;
        // 七八个, 三四十家, 八九亿元: the pair's two readings are the range
        if let Some(hi) = first.core.value_max {
            value_max = Some(hi);
            base_value_max = Some(scale(hi, first.magnitude, first.unit)?);
            bound = Bound::Range;
        }
    }
    if first.approx && bound == Bound::Exact {
        bound = Bound::AtLeast;
        bound_word = true;
    }
    // 5万吨/日, 200台次/日, 3000元/亩: a rate keeps its denominator
    let per = s
        .get(end..)
        .filter(|_| unit_def.is_some_and(|d| d.kind != Percent))
        .and_then(rate_denominator);
    if let Some((_, len)) = per {
        end += len;
    }
    let unit_end = end;
    // 800万头（只）以上: a measure word in brackets for what else is
    // counted stands between the unit and its bound word
    let alt_len = s
        .get(end..)
        .filter(|_| unit_def.is_some_and(|d| d.kind == Count))
        .and_then(alternative_measure)
        .unwrap_or(0);
    // suffix bound
    if let Some(rest) = s.get(end + alt_len..) {
        let time = unit_def.is_some_and(|d| d.kind == Time);
        if let Some((w, b)) = SUFFIX_BOUND_INDEX
            .longest(rest)
            .filter(|(w, _)| *w != "内" || time)
        {
            end += alt_len;
            let ok = !(w == "上下" && rest.get(w.len()..).is_some_and(|r| r.starts_with('游')));
            if ok {
                if bound != Bound::Range {
                    bound = b;
                }
                bound_word = true;
                end += w.len();
            }
        }
    }
    let view = Piece {
        magnitude: mag,
        unit: unit_def,
        ..first.clone()
    };
    let per_unit = |u: Cow<'static, str>| match per {
        Some((d, _)) => Cow::Owned([u.as_ref(), "/", d].concat()),
        None => u,
    };
    let unit = written_unit(&view).map(per_unit);
    let base_unit = unit_def.map(|d| per_unit(Cow::Borrowed(d.base)));
    let run_end = second
        .as_ref()
        .map_or(first.run_end, |p| p.run_end)
        .max(first.run_end);
    Some(Quantity {
        value: first.core.value,
        value_max,
        unit,
        // 669.8亿元 → 66980000000, not 66980000000.0
        base_value: base_value.normalize(),
        base_value_max: base_value_max.map(|v| v.normalize()),
        base_unit,
        kind: unit_def.map(|d| d.kind),
        has_magnitude: mag.is_some(),
        bound,
        bound_word,
        start,
        num_start: pos,
        run_end: pos + run_end,
        unit_end: pos + unit_end,
        end: pos + end,
        chinese: first.core.chinese && first.percent_prefix.is_none(),
        int_digits: first.core.int_digits,
        unit_def,
    })
}
