//! Responsibility statements and unit lists.
//!
//! This module reads *who* is responsible for a task: the responsibility
//! parenthetical at the end of a numbered item
//! (`(牵头单位:区发改局;责任单位:各街道办事处)`, national style
//! `(发展改革委、财政部牵头,各部门按职责分工负责)`), a role line of its own
//! (`责任单位:市卫生健康委等,各县(市、区)政府(管委会)`), and the unit lists
//! inside them, with elided shared parts restored (`区科经、商务局` →
//! 区科经局, 区商务局).
//!
//! The rules come from the *structure* of names, never from a list of names:
//!
//! * a name may open with a **level prefix** (国务院, 省, 市, 区, 县, 州, 镇, 乡 …)
//!   or the collective marker 各;
//! * a name ends in an **organisation suffix** (局, 委, 办, 厅, 部, 院, 中心,
//!   集团, 公司, 分局, 办事处, 街道办事处, 管委会, 委员会, 人民政府, 总工会, 联 …);
//! * in a run of names joined by 、 a writer may write a shared suffix only on the
//!   last member (区科经、商务局), a shared prefix only on the first
//!   (区科投集团、国控集团; 各乡镇人民政府、街道办事处) or both
//!   (区发改、科经、财政局). Runs end at `,` `，` `;` `；` `。`, which separate
//!   groups; elisions never cross them.
//!
//! Traditional script is read through a character fold used for matching only
//! (牽頭 = 牵头, 責任單位 = 责任单位); names keep their script.
//!
//! Everything here is linear in the input and bounded: a list yields at most
//! [`MAX_UNITS`] units and a name longer than [`MAX_NAME_CHARS`] characters is
//! not taken as a name. [`parse_list_bounded`] reports what a cap left out.

use std::borrow::Cow;
use std::sync::{Arc, LazyLock};

use super::at_most_chars;
use super::fold::{self, folded};
use super::words::{self, End, WordIndex};
use crate::{Error, ErrorKind, Role, Span, Text, Unit};

/// Most units one list, or one responsibility statement, yields.
pub(crate) const MAX_UNITS: usize = 1000;

/// Longest unit name, in characters (brackets and notes not counted). Longer
/// text between two separators is not a name and is skipped.
pub(crate) const MAX_NAME_CHARS: usize = 64;

/// Longest member, in characters, notes and wrapping spaces included.
const MAX_RAW_CHARS: usize = 256;

// ---------------------------------------------------------------------------
// Characters and small string helpers
// ---------------------------------------------------------------------------

/// `s[a..b]`, or "" when the range is not on char boundaries (never panics).
fn sub(s: &str, a: usize, b: usize) -> &str {
    s.get(a..b).unwrap_or("")
}

fn is_open(c: char) -> bool {
    matches!(c, '(' | '（' | '〔')
}

fn is_close(c: char) -> bool {
    matches!(c, ')' | '）' | '〕')
}

fn is_colon(c: char) -> bool {
    matches!(c, ':' | '：')
}

/// Separators between groups of names (an elided part never crosses them).
fn is_major_sep(c: char) -> bool {
    matches!(c, ',' | '，' | ';' | '；' | '。' | '|')
}

/// Characters trimmed off both ends of a name.
fn is_trim(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '。' | '.' | ':' | '：' | '“' | '”' | '"' | '·' | '*' | '【' | '】'
        )
}

fn char_count(s: &str) -> usize {
    s.chars().count()
}

/// Byte range of `s[a..b]` with [`is_trim`] characters removed at both ends.
fn trim_range(s: &str, a: usize, b: usize) -> (usize, usize) {
    let piece = sub(s, a, b);
    let lead = piece.len() - piece.trim_start_matches(is_trim).len();
    let rest = piece.trim_start_matches(is_trim);
    let core = rest.trim_end_matches(is_trim);
    (a + lead, a + lead + core.len())
}

// ---------------------------------------------------------------------------
// Name structure: level prefixes, organisation suffixes, persons, collectives
// ---------------------------------------------------------------------------

/// Level prefixes (folded). 国务院 opens a name but is never restored onto a
/// member: national lists write bare ministry names.
const LEVELS: &[&str] = &[
    "国务院",
    "自治区",
    "自治州",
    "自治县",
    "省",
    "市",
    "区",
    "县",
    "州",
    "旗",
    "盟",
    "镇",
    "乡",
];

/// Words that start with a level character but are not a level prefix.
const NOT_LEVELS: &[&str] = &[
    "市场", "市政", "市民", "区域", "区划", "县域", "省份", "乡村", "镇街", "州府",
];

/// Whether a name opening with a [`NOT_LEVELS`] word still opens with its
/// level, the word being the head of the name after it: 市政府, 市政协,
/// 市政法委, 市政务服务中心, 市政数局, 市民政局, 市民宗局 (but 市政工程处 and
/// 市民中心 do not).
fn level_before_word(f: &str) -> bool {
    const AFTER: &[&str] = &["政府", "政协", "政法", "政务", "政数", "民政", "民宗"];
    let mut cs = f.chars();
    cs.next().is_some_and(|c| "省市区县".contains(c))
        && AFTER.iter().any(|w| cs.as_str().starts_with(w))
}

/// The [`NOT_LEVELS`] words whose level character can never be a level
/// written before a name: a member opening with one (市场监管局, 乡村振兴局)
/// does not write the run's level out again, so it still takes it
/// (市行政审批局、市场监管局 → 市市场监管局). 市政 and 市民 may (市政府办,
/// 市民政局) and are left out.
const NEVER_LEVELS: &[&str] = &["市场", "区域", "区划", "县域", "省份", "乡村"];

/// Organisation suffixes (folded). The longest match wins.
const SUFFIXES: &[&str] = &[
    "街道办事处",
    "管理委员会",
    "村民委员会",
    "居民委员会",
    "人民检察院",
    "人民政府",
    "人民法院",
    "领导小组",
    "办事处",
    "管委会",
    "党工委",
    "委员会",
    "党委",
    "指挥部",
    "办公室",
    "联合会",
    "总工会",
    "供销社",
    "合作社",
    "开发区",
    "管理区",
    "示范区",
    "实验区",
    "调查队",
    "电视台",
    "气象台",
    "出版社",
    "检察院",
    "党校",
    "学校",
    "大学",
    "机场",
    "油田",
    "报社",
    "银行",
    "支行",
    "分行",
    "新区",
    "园区",
    "人大",
    "政协",
    "海关",
    "中央",
    "集团",
    "公司",
    "中心",
    "分局",
    "总局",
    "政府",
    "部门",
    "单位",
    "机关",
    "机构",
    "企业",
    "专班",
    "工会",
    "镇街",
    "街道",
    "社区",
    "法院",
    "局",
    "委",
    "办",
    "厅",
    "部",
    "院",
    "处",
    "所",
    "站",
    "队",
    "会",
    "馆",
    "署",
    "室",
    "联",
    "协",
    "组",
    "科",
    "镇",
    "乡",
    "村",
    "嘎查",
];

/// Suffixes of units that carry their own place name: they never receive the
/// run's level prefix (江北管理区, 花湖街道办事处) and glued names are not split
/// after them.
const TERRITORIAL: &[&str] = &[
    "街道办事处",
    "办事处",
    "管委会",
    "开发区",
    "管理区",
    "示范区",
    "实验区",
    "新区",
    "园区",
    "镇街",
    "街道",
    "社区",
    "嘎查",
    "镇",
    "乡",
    "村",
];

/// Titles of persons: a name ending in one is an official, never a unit.
const PERSON_TITLES: &[&str] = &[
    "省长",
    "市长",
    "区长",
    "县长",
    "镇长",
    "乡长",
    "州长",
    "秘书长",
    "书记",
    "主任",
    "局长",
    "厅长",
    "部长",
    "处长",
    "科长",
    "主席",
    "领导",
    "同志",
    "负责人",
    "责任人",
    "联系人",
    "委员",
    "组长",
    "总理",
];

/// Words a generic (place-less) member may consist of besides its suffix.
const GENERIC_STEMS: &[&str] = &[
    "自治区",
    "自治州",
    "自治县",
    "直辖市",
    "街道",
    "社区",
    "有关",
    "相关",
    "直属",
    "所属",
    "省",
    "市",
    "区",
    "县",
    "乡",
    "镇",
    "村",
    "街",
    "旗",
];

/// Level words a bare level member (`市`, `各省`, `自治区`) is made of.
const BARE_LEVELS: &[&str] = &[
    "自治区",
    "自治州",
    "自治县",
    "直辖市",
    "街道",
    "省",
    "市",
    "区",
    "县",
    "乡",
    "镇",
    "州",
    "旗",
];

/// Whether `f` (folded) is only level words, optionally after 各: the `市` of
/// `市、县政府`, the `各省` of `各省、自治区、直辖市人民政府`.
fn is_bare_level(f: &str) -> bool {
    let mut rest = f.strip_prefix('各').unwrap_or(f);
    if rest.is_empty() {
        return false;
    }
    while !rest.is_empty() {
        match BARE_LEVELS.iter().find(|g| rest.starts_with(*g)) {
            Some(g) => rest = sub(rest, g.len(), rest.len()),
            None => return false,
        }
    }
    true
}

/// The longest organisation suffix `f` (folded) ends with, if any; a name
/// that is only a suffix (委员会) yields it when no shorter suffix is left
/// before it.
fn org_suffix(f: &str) -> Option<&'static str> {
    let candidates = SUFFIX_INDEX.candidates(f);
    let field = field_village(f);
    candidates
        .iter()
        .filter(|(_, s, _)| !(field && *s == "村"))
        .find(|(_, s, _)| f.len() > s.len() && f.ends_with(s))
        .or_else(|| candidates.iter().find(|(_, s, _)| f == *s))
        .map(|&(_, s, _)| s)
}

/// [`SUFFIXES`] indexed by their last character.
static SUFFIX_INDEX: LazyLock<WordIndex<()>> = LazyLock::new(|| words::index(End::Last, SUFFIXES));

/// Whether `f` (folded) ends with some organisation suffix.
fn ends_in_suffix(f: &str) -> bool {
    SUFFIX_INDEX
        .longest(f)
        .is_some_and(|(s, _)| !(s == "村" && field_village(f)))
}

/// 农业农村(局), 乡村(振兴局): the 村 of 农村 and 乡村 names no village.
fn field_village(f: &str) -> bool {
    f.ends_with("农村") || f.ends_with("乡村")
}

/// Whether the last few characters of `s` form an organisation suffix or a
/// collective ending. Looks at no more than 6 characters.
fn tail_complete(s: &str) -> bool {
    let s = without_note(s.trim_end_matches(is_trim));
    let start = s.char_indices().rev().nth(5).map_or(0, |(i, _)| i);
    let tail = folded(sub(s, start, s.len()));
    tail.ends_with('等') || ends_in_suffix(&tail)
}

/// `s` without a short bracketed note at its end (县财政局（县国资办） →
/// 县财政局); looked for in the last 24 characters only, so that the test
/// stays constant-time on long text.
fn without_note(s: &str) -> &str {
    if !s.ends_with(is_close) {
        return s;
    }
    let mut depth = 0usize;
    for (i, c) in s.char_indices().rev().take(24) {
        if is_close(c) {
            depth += 1;
        } else if is_open(c) {
            depth = depth.saturating_sub(1);
            if depth == 0 {
                return sub(s, 0, i);
            }
        }
    }
    s
}

/// Whether a name ends like a whole organisation (a suffix such as 局, 委,
/// 中心, 管委会, or a collective), as opposed to a name cut off by the end
/// of a stored page (谯城经开).
pub(crate) fn looks_complete(name: &str) -> bool {
    tail_complete(name) || is_collective(name)
}

/// Whether `name` names one organisation, read as the unit parser reads a
/// member: a name before an organisation suffix ([`SUFFIXES`]: 局, 党工委,
/// 管委会, 街道办事处 …), and no person (副主任王某), collective
/// (各街道办事处) or generic member (街道办事处, 部门). `某某开发区管委会`,
/// `某某街道办事处`, `中共某某街道工作委员会`; not `管委会`.
pub(crate) fn names_one_body(name: &str) -> bool {
    let f = folded(name);
    let f = f.as_ref();
    org_suffix(f).is_some_and(|s| f.len() > s.len())
        && !is_person(f)
        && !is_collective(f)
        && !is_generic(f)
}

/// Whether a body's name says where it is: a level or owner before it
/// (区政府办公室, 中共某某县委, 国务院办公厅), a level character inside it
/// (某某开发区管委会, 某某县人民政府办公室) or a territorial suffix after a
/// place name (某某办事处). An internal office named by its work alone
/// (党政办公室, 综合科, 发改局) does not.
pub(crate) fn names_its_place(name: &str) -> bool {
    let f = folded(name);
    let f = f.as_ref();
    const PLACE_CHARS: &[char] = &[
        '省', '市', '区', '县', '州', '旗', '盟', '镇', '乡', '村', '街',
    ];
    has_own_head(f)
        || f.contains(PLACE_CHARS)
        || (is_territorial(f) && org_suffix(f).is_some_and(|s| f.len() > s.len()))
}

/// The level prefix (folded) `f` starts with, if any.
fn level_prefix(f: &str) -> Option<&'static str> {
    if NOT_LEVELS.iter().any(|w| f.starts_with(w)) && !level_before_word(f) {
        return None;
    }
    LEVEL_INDEX
        .candidates(f)
        .iter()
        .find(|(_, p, _)| f.len() > p.len() && f.starts_with(p))
        .map(|&(_, p, _)| p)
}

/// [`LEVELS`] indexed by their first character.
static LEVEL_INDEX: LazyLock<WordIndex<()>> = LazyLock::new(|| words::index(End::First, LEVELS));

/// Whether a member already names its own level or owner, so that the run's
/// prefix must not be added: 团区委, 国家统计局…, 中共…, 人民银行….
/// Enterprises and banks named by their brand, whose branches are named by
/// the brand and a place: 中国联通岚阳分公司, 建行岚阳分行, 国网岚阳供电公司.
const BRANDS: &[&str] = &[
    "中国移动",
    "中国电信",
    "中国联通",
    "中国铁塔",
    "中国广电",
    "中国邮政",
    "中国银行",
    "工商银行",
    "农业银行",
    "建设银行",
    "交通银行",
    "邮储银行",
    "农商银行",
    "工行",
    "农行",
    "中行",
    "建行",
    "交行",
    "国网",
    "南方电网",
    "中石化",
    "中石油",
    "中海油",
    "中国人寿",
    "人保财险",
];

/// Enterprise groups whose name a local company carries after its place:
/// 长丰华润燃气公司, 某某中燃燃气公司, 中建三局.
const ENTERPRISES: &[&str] = &[
    "华润",
    "中燃",
    "新奥",
    "港华",
    "中建",
    "中铁",
    "中交",
    "华能",
    "大唐",
    "华电",
    "国电投",
];

/// Whether a member names a company of a group ([`ENTERPRISES`]): it is
/// complete as written and takes no level (县住建局、长丰华润燃气公司 leaves
/// the second as it is).
fn names_an_enterprise(f: &str) -> bool {
    ENTERPRISES.iter().any(|e| f.contains(e))
}

/// Whether `f` is a brand alone (中国移动, 建行).
fn is_brand(f: &str) -> bool {
    BRANDS.contains(&f)
}

/// The brand `f` opens with, when more follows it (中国联通岚阳分公司 →
/// 中国联通), the longest.
fn brand_head(f: &str) -> Option<&'static str> {
    BRANDS
        .iter()
        .filter(|b| f.len() > b.len() && f.starts_with(**b))
        .max_by_key(|b| b.len())
        .copied()
}

fn has_own_head(f: &str) -> bool {
    if level_prefix(f).is_some() || f.starts_with('各') {
        return true;
    }
    const HEADS: &[&str] = &[
        "国家",
        "中国",
        "中共",
        "中央",
        "共青团",
        "人民银行",
        "其他",
        "其它",
        "有关",
        "相关",
    ];
    // and state enterprises named by their brand: 国网临沅供电公司
    if HEADS.iter().chain(BRANDS).any(|h| f.starts_with(h)) {
        return true;
    }
    // bodies named by their own place: 清源海关, 人行云州市分行, 国家统计局
    // XX调查队
    const OWN_PLACE_ENDS: &[&str] = &["海关", "分行", "支行", "调查总队", "调查队"];
    if f.starts_with("人行") || OWN_PLACE_ENDS.iter().any(|e| f.ends_with(e)) {
        return true;
    }
    // 团区委, 团市委: the youth league committee of a level.
    let mut cs = f.chars();
    cs.next() == Some('团')
        && cs.next().is_some_and(|c| "省市区县".contains(c))
        && cs.next() == Some('委')
}

/// Whether `f` (folded) is a member without a place or proper name: only level
/// words and generic words before its suffix (街道办事处, 乡镇人民政府, 部门).
fn is_generic(f: &str) -> bool {
    // 供销社, 人大, 政协 alone name one body of the list's level (市供销社)
    const BODIES: &[&str] = &[
        "供销社",
        "人大",
        "政协",
        "党校",
        "电视台",
        "气象台",
        "检察院",
        "人民检察院",
        "法院",
        "人民法院",
        "工会",
    ];
    if BODIES.contains(&f) || MASS_BODIES.contains(&f) {
        return false;
    }
    let Some(suf) = org_suffix(f).or_else(|| SUFFIXES.iter().copied().find(|s| f == *s)) else {
        return false;
    };
    let mut stem = sub(f, 0, f.len().saturating_sub(suf.len()));
    while !stem.is_empty() {
        match GENERIC_STEMS.iter().find(|g| stem.starts_with(*g)) {
            Some(g) => stem = sub(stem, g.len(), stem.len()),
            None => return false,
        }
    }
    true
}

fn is_person(f: &str) -> bool {
    static INDEX: LazyLock<WordIndex<()>> =
        LazyLock::new(|| words::index(End::Last, PERSON_TITLES));
    if INDEX.longest(f).is_some() {
        return true;
    }
    // 副市长许国平, 常务副市长梁文斌, 市政府秘书长王伟: a leader's title and
    // then a personal name of two to four characters (no suffix of a body:
    // 市长热线办公室 is an office)
    let mut ends = f.char_indices().rev().map(|(i, _)| i);
    let _ = ends.next(); // the name has at least two characters
    ends.take(3).any(|at| {
        let (head, name) = (sub(f, 0, at), sub(f, at, f.len()));
        INDEX
            .longest(head)
            .is_some_and(|(t, _)| !NOT_BEFORE_NAMES.contains(&t))
            && name.chars().all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
            && !ends_in_suffix(name)
            && INDEX.longest(name).is_none()
    })
}

/// The words of [`PERSON_TITLES`] that no personal name follows (领导,
/// 负责人 …): the others are titles a leader's name may follow (副市长许国平).
const NOT_BEFORE_NAMES: &[&str] = &["领导", "同志", "负责人", "责任人", "联系人", "委员"];

/// Whether a name opens with a place of its own: 兵团…, 第十五师…, or a
/// place name of two to five characters and its level before the body
/// (白杨河市发展改革委, 高新区管委会): such a member of a list keeps its
/// name; the list's level is not its place. 市场监管局 (市 first), 城市管理局
/// (one character before) and 农贸市场服务中心 (市场 is a word) have none.
fn names_own_place(f: &str) -> bool {
    if f.starts_with("兵团") {
        return true;
    }
    let mut chars = f.char_indices().peekable();
    let mut k = 0usize;
    while let Some((i, c)) = chars.next() {
        if k > 5 {
            break;
        }
        let next = chars.peek().map(|&(_, n)| n);
        if k >= 2 && "市县区旗盟州师".contains(c) {
            // 市场, 市民, 区域, 县域, 州…: the character opens a word
            if next.is_some_and(|n| "场民域内外级直属际间".contains(n)) {
                return false;
            }
            let rest = f.get(i + c.len_utf8()..).unwrap_or("");
            return rest.chars().nth(1).is_some() && org_suffix(rest).is_some();
        }
        // 清泉镇人民政府, 红星乡党委: a township's own bodies name it
        if k >= 2 && "镇乡".contains(c) {
            let rest = f.get(i + c.len_utf8()..).unwrap_or("");
            if ["人民政府", "政府", "党委", "人大"]
                .iter()
                .any(|b| rest.starts_with(b))
            {
                return true;
            }
        }
        if "省市县区旗盟州".contains(c) {
            return false;
        }
        k += 1;
    }
    false
}

fn is_territorial(f: &str) -> bool {
    static INDEX: LazyLock<WordIndex<()>> = LazyLock::new(|| words::index(End::Last, TERRITORIAL));
    INDEX.longest(f).is_some()
}

/// Whether `f` (folded) is the body of a zone named like a town of its own
/// (椰州湾科技城管理局, 株洲航空城建设管理委员会): the zone's name is a place,
/// and no list's level goes before it.
fn names_a_zone(f: &str) -> bool {
    let head = org_suffix(f).map_or(f, |s| f.get(..f.len() - s.len()).unwrap_or(f));
    let head = ["建设管理", "管理", "建设"]
        .iter()
        .find_map(|w| head.strip_suffix(w))
        .unwrap_or(head);
    head.ends_with('城') && head.chars().count() >= 3
}

/// Whether a unit name denotes a group of units rather than one body.
///
/// Rule: the name holds the collective marker 各 (各街道办事处, 区政府各部门,
/// 区安委会各成员单位, 各地), or 有关 / 相关 (区政府有关部门, 相关乡镇办,
/// 市级各有关部门), or opens with 其他 / 其它 (其他区直相关部门), or is a
/// "直属"-style group of departments (区直部门, 市直单位, 区直各部门), or ends in
/// 成员单位. A single body such as 区发改局 or 区直机关工委 is not collective.
pub(crate) fn is_collective(name: &str) -> bool {
    let f = folded(name);
    let f = f.as_ref();
    // one pass: 各 / 有关 / 相关 decide at once, 直 / 所属 mark a 直属 group
    let mut direct = false;
    let mut prev = '\0';
    for c in f.chars() {
        match c {
            '各' => return true,
            '关' if matches!(prev, '有' | '相') => return true,
            '直' => direct = true,
            // 所属, and 市属/区属 (区属国有企业: the district's enterprises)
            '属' if matches!(prev, '所' | '省' | '市' | '区' | '县') => direct = true,
            _ => {}
        }
        prev = c;
    }
    if f.starts_with("其他") || f.starts_with("其它") || f.ends_with("成员单位") {
        return true;
    }
    const GROUP_ENDS: &[&str] = &["部门", "单位", "机关", "机构", "企业"];
    direct && GROUP_ENDS.iter().any(|e| f.ends_with(e))
}

// ---------------------------------------------------------------------------
// Unit lists
// ---------------------------------------------------------------------------

/// The outcome of [`parse_list_bounded`]: the units, and what a cap left out.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct ListParse {
    /// The units, in order of appearance.
    pub units: Vec<Unit>,
    /// Absolute span of the rest of the list, not read because the list
    /// reached [`MAX_UNITS`] names.
    pub truncated: Option<Span>,
    /// Absolute span of the first text between separators skipped because it
    /// was longer than [`MAX_NAME_CHARS`] (a name cannot be that long).
    pub too_long: Option<Span>,
}

/// How a member was separated from the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sep {
    /// First member, or after `,` `;` `。`, whitespace, 及 …: a new run.
    Major,
    /// After 、: same run, elisions may be restored across it.
    Dun,
}

/// One member of a list, before elision restoration. Offsets are absolute
/// (in the document).
#[derive(Debug, Clone)]
struct Piece<'a> {
    start: usize,
    end: usize,
    /// The member as written.
    raw: &'a str,
    /// Borrowed from the list text unless a note was cut out or an elided
    /// part restored.
    name: Cow<'a, str>,
    note: Option<String>,
    sep: Sep,
}

/// Splits the list text into raw members at depth-0 separators. Returns the
/// members and, when [`MAX_UNITS`] was reached, where the unread rest starts.
fn split_members(text: &str, wraps: bool) -> (Vec<(usize, usize, Sep)>, Option<usize>) {
    let mut out: Vec<(usize, usize, Sep)> = Vec::new();
    let mut depth = 0usize;
    let mut start = 0usize;
    let mut sep = Sep::Major;
    let mut next_sep = Sep::Major;
    let mut it = text.char_indices().peekable();
    let mut truncated = None;
    // Whether the previous character was whitespace, and whether the current
    // member holds anything yet: both keep the whitespace rule O(1) per char.
    let mut prev_ws = false;
    let mut nonempty = false;
    while let Some((i, c)) = it.next() {
        let was_ws = std::mem::replace(&mut prev_ws, c.is_whitespace());
        let mut cut: Option<(usize, usize)> = None; // (member end, next start)
        if is_open(c) {
            depth += 1;
        } else if is_close(c) {
            if depth == 0 {
                cut = Some((i, i + c.len_utf8()));
                next_sep = Sep::Major;
            } else {
                depth -= 1;
            }
        } else if depth == 0 {
            if c == '、' {
                cut = Some((i, i + c.len_utf8()));
                next_sep = Sep::Dun;
            } else if ('①'..='⑳').contains(&c) {
                // ①镇财政所②镇统计站: a numbered list's mark opens a member
                // and is no part of it
                cut = Some((i, i + c.len_utf8()));
                next_sep = Sep::Major;
            } else if is_major_sep(c) {
                cut = Some((i, i + c.len_utf8()));
                next_sep = Sep::Major;
            } else if c.is_whitespace() {
                // A space ends a name only when what precedes looks complete;
                // otherwise it is a wrapping artefact inside a name. Only the
                // first space of a run is looked at.
                if !nonempty {
                    start = i + c.len_utf8();
                } else if wraps && wraps_at(text, i) {
                    // a hard line break: the name goes on after it, unless
                    // a whole name ends before it and a new one, or the
                    // head of an elided one, opens after it (县城投公司⏎城关、
                    // 东城街道办事处; not 县公安局⏎交警大队)
                    if !was_ws && tail_complete(sub(text, start, i)) {
                        let rest = sub(text, i, text.len()).trim_start();
                        let next = rest
                            .split(['、', '，', ',', '；', ';', '）', ')'])
                            .next()
                            .unwrap_or(rest);
                        let f = folded(next);
                        if !next.is_empty()
                            && (!tail_complete(next)
                                || level_prefix(&f).is_some()
                                || f.starts_with('各'))
                        {
                            cut = Some((i, i + c.len_utf8()));
                            next_sep = Sep::Major;
                        }
                    }
                } else if !was_ws && tail_complete(sub(text, start, i)) {
                    cut = Some((i, i + c.len_utf8()));
                    next_sep = Sep::Major;
                }
            } else if matches!(c, '及' | '和' | '与') && !was_ws {
                // A conjunction between two complete names: 市级各有关部门及各县市区政府.
                let before = sub(text, start, i);
                let after_ok = it.peek().is_some_and(|&(j, _)| {
                    let rest = sub(text, j, text.len().min(j + 12));
                    let f = folded(rest);
                    f.starts_with('各') || level_prefix(&f).is_some()
                });
                if after_ok && tail_complete(before) {
                    cut = Some((i, i + c.len_utf8()));
                    next_sep = Sep::Major;
                }
            }
        }
        if cut.is_none() && !c.is_whitespace() {
            nonempty = true;
        }
        if let Some((end, next)) = cut {
            nonempty = false;
            let (a, b) = trim_range(text, start, end);
            if b > a {
                if out.len() >= MAX_UNITS {
                    truncated = Some(a);
                    break;
                }
                out.push((a, b, sep));
                sep = next_sep;
            } else if next_sep == Sep::Major {
                sep = Sep::Major;
            }
            start = next;
        }
    }
    if truncated.is_none() {
        let (a, b) = trim_range(text, start, text.len());
        if b > a {
            if out.len() >= MAX_UNITS {
                truncated = Some(a);
            } else {
                out.push((a, b, sep));
            }
        }
    }
    (out, truncated)
}

/// Whether the run of spaces at byte `i` of `text` holds a line break.
fn wraps_at(text: &str, i: usize) -> bool {
    sub(text, i, text.len())
        .chars()
        .take_while(|c| c.is_whitespace())
        .any(|c| c == '\n')
}

/// The byte length of words that hand a set of items to the units named
/// after them (以下各项均由, 上述任务均由, 以下工作都由), when `s` opens with
/// them: 以下, 上述, 下列 or 以上, at most eight more characters, and 均由
/// or 都由.
fn distributive_prefix(s: &str) -> Option<usize> {
    let rest = ["以下", "上述", "下列", "以上"]
        .iter()
        .find_map(|w| s.strip_prefix(w))?;
    let head = s.len() - rest.len();
    rest.char_indices()
        .take(9)
        .find(|&(k, _)| {
            rest.get(k..)
                .is_some_and(|r| r.starts_with("均由") || r.starts_with("都由"))
        })
        .map(|(k, _)| head + k + "均由".len())
}

/// Whether a role statement hands each of a set of items to its units
/// (以下各项均由区农业农村局牵头，各街道办事处配合): its units are each
/// item's, in their roles, not the leads of the group.
pub(crate) fn distributes(statement: &str) -> bool {
    statement.contains("均由") || statement.contains("都由") || statement.contains("均为")
}

/// A line that gives the units of items below it: `以下第19、20项责任单位均为：
/// 区应急管理局、区消防救援大队` or `以下各项牵头单位为：区发改局`. Returns the
/// numbers of the items it names (empty for all the items that follow) and
/// the units, in the role of the label. `offset` is where `text` starts.
pub(crate) fn shared_role_line(
    src: &Arc<str>,
    text: &str,
    offset: usize,
) -> Option<(Vec<u32>, Vec<Unit>)> {
    let line = text.trim_start();
    let at = offset + (text.len() - line.len());
    let rest = ["以下", "下列"].iter().find_map(|w| line.strip_prefix(w))?;
    let (colon, colon_char) = rest.char_indices().take(30).find(|&(_, c)| is_colon(c))?;
    let label = sub(rest, 0, colon);
    let label = ["均为", "均是", "为"]
        .iter()
        .find_map(|w| label.strip_suffix(w))?;
    // the role label: the shortest end of the label read as one (项责任单位
    // → 责任单位)
    let (k, role) = label.char_indices().rev().find_map(|(k, _)| {
        match classify_label(sub(label, k, label.len()))? {
            LabelKind::Role(r) => Some((k, r)),
            _ => None,
        }
    })?;
    let which = sub(label, 0, k);
    let numbers = item_numbers(which);
    let all = ["各项", "任务", "工作", "事项"]
        .iter()
        .any(|w| which.contains(w));
    if numbers.is_empty() && !all {
        return None;
    }
    let list_at = line.len() - rest.len() + colon + colon_char.len_utf8();
    let list = sub(line, list_at, line.len());
    let units = parse_list(src, list, at + list_at, role);
    (!units.is_empty()).then_some((numbers, units))
}

/// The item numbers written in `第19、20项`, `第3至5项`, `第3-5项`: each
/// number, ranges filled in (at most 100 of them).
fn item_numbers(which: &str) -> Vec<u32> {
    let mut out: Vec<u32> = Vec::new();
    let mut range_from: Option<u32> = None;
    let mut num: Option<u32> = None;
    let push = |n: u32, from: Option<u32>, out: &mut Vec<u32>| match from {
        Some(a) if a < n && n - a <= 100 => out.extend(a + 1..=n),
        _ => out.push(n),
    };
    for c in which.chars() {
        if let Some(d) = c.to_digit(10) {
            num = Some(num.unwrap_or(0).saturating_mul(10).saturating_add(d));
            continue;
        }
        if let Some(n) = num.take() {
            push(n, range_from.take(), &mut out);
            if matches!(c, '至' | '-' | '—' | '～' | '~' | '到') {
                range_from = Some(n);
            }
        }
    }
    if let Some(n) = num {
        push(n, range_from, &mut out);
    }
    out.truncate(100);
    out
}

/// Cleans one raw member: drops a leading 由 and a trailing 等 / 等单位 /
/// 等有关部门, keeps bracketed parts apart as a note, and removes wrapping
/// spaces from the name. Returns (start, end, name, note) or None when nothing
/// name-like is left.
fn clean_member(
    text: &str,
    a: usize,
    b: usize,
) -> Option<(usize, usize, Cow<'_, str>, Option<String>)> {
    let mut a = a;
    let mut b = b;
    let raw = sub(text, a, b);
    if raw.starts_with('由') && char_count(raw) > 3 {
        a += '由'.len_utf8();
    } else if let Some(k) = distributive_prefix(raw) {
        // 以下各项均由区农业农村局牵头: the words that hand the items below
        // to the unit are no part of its name
        a += k;
    }
    // Trailing 等 (+ a short generic tail) outside brackets.
    let raw = sub(text, a, b);
    if let Some(k) = raw.rfind('等') {
        let tail = folded(sub(raw, k + '等'.len_utf8(), raw.len()));
        let generic_tail = tail.is_empty()
            || (char_count(&tail) <= 6
                && !tail.contains(['(', '（', ')', '）'])
                && ["单位", "部门", "机构", "企业"]
                    .iter()
                    .any(|e| tail.ends_with(e)));
        if generic_tail && k > 0 {
            b = a + k;
        }
    }
    let (a2, b2) = trim_range(text, a, b);
    let raw = sub(text, a2, b2);
    // Most members hold neither brackets nor spaces: the name is the text.
    if !raw.contains(|c: char| is_open(c) || is_close(c) || c.is_whitespace()) {
        let name = raw.trim_matches(is_trim);
        if char_count(name) < 2 && !is_bare_level(&folded(name)) {
            return None;
        }
        return Some((a2, b2, Cow::Borrowed(name), None));
    }
    // Split off bracketed notes.
    let mut name = String::with_capacity(raw.len());
    let mut notes: Vec<String> = Vec::new();
    let mut cur_note = String::new();
    let mut depth = 0usize;
    for c in raw.chars() {
        if is_open(c) {
            if depth > 0 {
                cur_note.push(c);
            }
            depth += 1;
        } else if is_close(c) {
            if depth == 1 {
                if !cur_note.trim().is_empty() {
                    notes.push(cur_note.trim().to_string());
                }
                cur_note.clear();
            } else if depth > 1 {
                cur_note.push(c);
            }
            depth = depth.saturating_sub(1);
        } else if depth > 0 {
            cur_note.push(c);
        } else if !c.is_whitespace() {
            name.push(c);
        }
    }
    if depth > 0 && !cur_note.trim().is_empty() {
        notes.push(cur_note.trim().to_string());
    }
    let name = Cow::Owned(name.trim_matches(is_trim).to_string());
    // A lone level character may still take a shared suffix (市、县政府);
    // it is dropped after restoration if it does not.
    if char_count(&name) < 2 && !is_bare_level(&folded(&name)) {
        return None;
    }
    let note = if notes.is_empty() {
        None
    } else {
        Some(notes.join(";"))
    };
    Some((a2, b2, name, note))
}

/// Splits a member with two names glued together where a new level prefix
/// starts right after an organisation suffix: 区财政局区税务局 → 区财政局,
/// 区税务局. Both parts must be at least 3 characters and the second must end
/// in a suffix, so 区发展改革和经济信息化局, 市委市政府督查局 and
/// 区人民政府各部门 stay whole. Returns byte cut points inside `name`.
fn glued_cuts(name: &str) -> Vec<usize> {
    let f = folded(name);
    let mut cuts = Vec::new();
    if org_suffix(&f).is_none() {
        return cuts;
    }
    let total = char_count(&f);
    let mut last = 0usize;
    let mut last_k = 0usize; // char index of `last`
    for (k, (i, c)) in f.char_indices().enumerate() {
        // both parts at least 3 characters, the right one opening with a level
        if k < last_k + 3 || total - k < 3 || LEVEL_INDEX.bucket(c).is_empty() {
            continue;
        }
        let left = sub(&f, last, i);
        let right = sub(&f, i, f.len());
        let left_done = ends_in_suffix(left) && !is_territorial(left);
        if left_done
            && level_prefix(right).is_some()
            && LEVELS
                .iter()
                .all(|p| *p != "国务院" || !right.starts_with(p))
        {
            cuts.push(i);
            last = i;
            last_k = k;
        }
    }
    cuts
}

/// Restores elided shared parts inside one 、-run. Returns the members the
/// run holds beyond those written (a body named once for several places),
/// each with the index of the member it follows.
fn restore_run<'a>(pieces: &mut [Piece<'a>]) -> Vec<(usize, Piece<'a>)> {
    let n = pieces.len();
    if n < 2 {
        return Vec::new();
    }
    // 中国电信、移动、联通某某分公司: brands after a 中国 brand drop its 中国
    let china_brand = |n: &str| n.starts_with("中国") && (is_brand(n) || brand_head(n).is_some());
    if pieces.iter().any(|p| china_brand(&p.name)) {
        for p in pieces.iter_mut() {
            let short = BRANDS
                .iter()
                .filter_map(|b| b.strip_prefix("中国"))
                .filter(|b| *b != "银行")
                .any(|b| p.name.starts_with(b));
            if short {
                p.name = Cow::Owned(format!("中国{}", p.name));
            }
        }
    }
    let fs: Vec<Cow<'_, str>> = pieces.iter().map(|p| folded(&p.name)).collect();
    // 1. Shared suffix, written on a later member only: 区科经、商务局;
    //    郑店、五里界街道办事处. The donor must not carry its own prefix
    //    (各地、各部门 shares nothing) and collectives take no suffix.
    let mut new_names: Vec<Option<Cow<'_, str>>> = vec![None; n];
    // took[i]: the member whose suffix member i took
    let mut took: Vec<Option<usize>> = vec![None; n];
    // next_donor[i]: the nearest member after i that ends in a suffix.
    let mut next_donor: Vec<Option<usize>> = vec![None; n];
    let mut seen: Option<usize> = None;
    for i in (0..n).rev() {
        if let Some(slot) = next_donor.get_mut(i) {
            *slot = seen;
        }
        if fs.get(i).is_some_and(|f| org_suffix(f).is_some()) {
            seen = Some(i);
        }
    }
    for i in 0..n {
        let Some(fi) = fs.get(i) else { continue };
        let bare = is_bare_level(fi);
        // 两江新区、高新区管委会: a zone before a zone's committee is that
        // zone's committee too
        let zone = fi.ends_with('区')
            && next_donor
                .get(i)
                .copied()
                .flatten()
                .and_then(|j| fs.get(j))
                .is_some_and(|fj| ZONE_BODIES.iter().any(|b| fj.ends_with(&format!("区{b}"))));
        // 城关镇、东坪镇人民政府: a division before a division's government
        // is that division's government too
        if let Some(body) = division_body(fi, fs.last().filter(|_| i + 1 < n)) {
            if let (Some(slot), Some(pi)) = (new_names.get_mut(i), pieces.get(i)) {
                *slot = Some(Cow::Owned(format!("{}{}", pi.name, body)));
            }
            if let Some(slot) = took.get_mut(i) {
                *slot = Some(n - 1);
            }
            continue;
        }
        // 中国移动、中国电信、中国联通岚阳分公司 (中国银行、邮储银行云州分行):
        // brands before a brand's branch are the same branch of each brand
        let brand_donor = next_donor
            .get(i)
            .copied()
            .flatten()
            .and_then(|j| Some((fs.get(j)?, pieces.get(j)?)));
        if let Some((fj, pj)) = brand_donor.filter(|_| is_brand(fi)) {
            if let Some(brand) = brand_head(fj) {
                let tail = sub(&pj.name, brand.len(), pj.name.len());
                if let (Some(slot), Some(pi), false) =
                    (new_names.get_mut(i), pieces.get(i), tail.is_empty())
                {
                    *slot = Some(Cow::Owned(format!("{}{}", pi.name, tail)));
                }
                continue;
            }
        }
        if (org_suffix(fi).is_some() && !zone) || (is_collective(fi) && !bare) || is_person(fi) {
            continue;
        }
        let Some(j) = next_donor.get(i).copied().flatten() else {
            continue;
        };
        let (Some(fj), Some(pj)) = (fs.get(j), pieces.get(j)) else {
            continue;
        };
        // A donor written with its own head shares its suffix only with bare
        // level members (市、县政府), never with names (各地、各部门).
        if fj.starts_with('各') || is_collective(fj) || (has_own_head(fj) && !bare) {
            continue;
        }
        let Some(suf) = org_suffix(fj) else { continue };
        // 福州、厦门、泉州市人民政府: the level before the suffix is shared
        // too, unless the member names a level itself (市、县政府)
        // (麒麟区、陆良县人民政府: a member that is a division already takes
        // the suffix alone; 福州 is a name, its 州 no division)
        // (额尔敦、巴彦淖尔苏木人民政府: 苏木 is a level of two characters)
        let level = fj
            .get(..fj.len() - suf.len())
            .and_then(|h| SHARED_LEVELS.iter().find(|l| h.ends_with(**l)))
            .filter(|l| {
                !fi.ends_with(**l)
                    && fj.len() > suf.len() + l.len()
                    && !bare
                    && !fi.ends_with(|c: char| "省市县区旗".contains(c))
                    && !fi.ends_with("苏木")
            });
        let share = suf.len() + level.map_or(0, |l| l.len());
        let suf_orig = sub(&pj.name, pj.name.len().saturating_sub(share), pj.name.len());
        if let (Some(slot), Some(pi)) = (new_names.get_mut(i), pieces.get(i)) {
            *slot = Some(Cow::Owned(format!("{}{}", pi.name, suf_orig)));
        }
        if let Some(slot) = took.get_mut(i) {
            *slot = Some(j);
        }
    }
    drop(fs);
    for (p, nn) in pieces.iter_mut().zip(new_names) {
        if let Some(nn) = nn {
            p.name = nn;
        }
    }
    // 各街道党工委、办事处; 某某经开区党工委、管委会: a bare body after a
    // body of some place is that place's body too, and of the places that
    // took their name from it (站前、岚湖街道党工委、办事处 → 站前街道办事处
    // as well)
    let mut extra = Vec::new();
    for i in 1..n {
        let (Some(prev), Some(cur)) = (pieces.get(i - 1), pieces.get(i)) else {
            continue;
        };
        let fc = folded(&cur.name);
        if !PAIRED_BODIES.contains(&fc.as_ref()) {
            continue;
        }
        let stem_of = |name: &str| {
            let f = folded(name);
            PAIRED_BODIES
                .iter()
                .filter(|b| **b != fc.as_ref())
                .find_map(|b| f.strip_suffix(b).map(|h| h.len()))
                .filter(|&h| h > 0)
                .and_then(|h| name.get(..h))
                .map(str::to_string)
        };
        let Some(stem) = stem_of(&prev.name) else {
            continue;
        };
        // the members that took the body stand right before it
        let mut first = i - 1;
        while first > 0 && took.get(first - 1) == Some(&Some(i - 1)) {
            first -= 1;
        }
        for member in pieces.get(first..i - 1).unwrap_or_default() {
            if let Some(other) = stem_of(&member.name) {
                let name = Cow::Owned(format!("{other}{}", cur.name));
                extra.push((
                    i,
                    Piece {
                        name,
                        ..cur.clone()
                    },
                ));
            }
        }
        if let Some(cur) = pieces.get_mut(i) {
            cur.name = Cow::Owned(format!("{stem}{}", cur.name));
        }
    }
    // Steps 2 and 3 decide on the folded names first, then rewrite.
    let prefixes = prefix_to_restore(pieces);
    for (p, prefix) in pieces.iter_mut().zip(prefixes) {
        if let Some(prefix) = prefix {
            p.name.to_mut().insert_str(0, &prefix);
        }
    }
    extra
}

/// The prefix each of a run's later members gets back (steps 2 and 3 of
/// [`restore_run`]), if any.
/// The body of `donor` that a bare division before it shares: 城关镇 before
/// 东坪镇人民政府 → 人民政府 (both towns, the same level), 红星乡 before
/// 新村乡党委 → 党委. None when the member is no bare division of the
/// donor's level.
fn division_body<'d>(member: &str, donor: Option<&'d Cow<'_, str>>) -> Option<&'d str> {
    let donor = donor?;
    let level = DIVISIONS.iter().find(|l| member.ends_with(**l))?;
    if member.len() <= level.len() || is_collective(member) || level_prefix(member).is_some() {
        return None;
    }
    PLACE_BODIES.iter().chain(VILLAGE_BODIES).find_map(|b| {
        let head = donor.strip_suffix(b)?;
        let same = DIVISIONS
            .iter()
            .find(|l| head.ends_with(**l))
            .is_some_and(|l| same_level(l, level));
        (same && head.chars().count() >= 2)
            .then(|| donor.get(donor.len() - b.len()..))
            .flatten()
    })
}

/// Divisions a member may name bare before a division's government
/// (城关镇、东坪镇人民政府); townships (镇, 乡, 苏木) are one level, and so
/// are villages (村, 嘎查).
const DIVISIONS: &[&str] = &["苏木", "嘎查", "镇", "乡", "村", "县", "区", "市", "旗"];

/// Whether two [`DIVISIONS`] words are of one level.
fn same_level(a: &str, b: &str) -> bool {
    let township = |l: &str| matches!(l, "镇" | "乡" | "苏木");
    let village = |l: &str| matches!(l, "村" | "嘎查");
    a == b || (township(a) && township(b)) || (village(a) && village(b))
}

/// Bodies every village has (红星村、新华村村民委员会).
const VILLAGE_BODIES: &[&str] = &["村民委员会", "村委会", "党支部", "党总支"];

/// Level words before a suffix that members written without them share
/// (福州、厦门、泉州市人民政府; 额尔敦、巴彦淖尔苏木人民政府).
const SHARED_LEVELS: &[&str] = &[
    "苏木", "街道", "省", "市", "县", "区", "州", "旗", "镇", "乡",
];

/// Bodies a place has side by side, named bare after the first of them
/// (各街道党工委、办事处; 某某经开区党工委、管委会; 某某科技城党工委、管理局).
const PAIRED_BODIES: &[&str] = &[
    "党工委",
    "管委会",
    "办事处",
    "管理局",
    "工委",
    "党委",
    "人民政府",
    "政府",
];

/// Bodies every place of a level has, named without the place: after
/// 各县市党委 they are those places' (各县市人民政府).
const PLACE_BODIES: &[&str] = &["人民政府", "政府", "党委", "人大", "政协", "纪委", "人武部"];

fn prefix_to_restore(pieces: &[Piece]) -> Vec<Option<String>> {
    let none = Vec::new();
    let fs: Vec<Cow<'_, str>> = pieces.iter().map(|p| folded(&p.name)).collect();
    let Some(f0) = fs.first() else { return none };
    let Some(p0) = pieces.first() else {
        return none;
    };
    // 2. Collective prefix 各 on the first member only: 各乡镇人民政府、街道办事处
    //    → 各街道办事处. Only generic members (no place name) receive it.
    if f0.starts_with('各') {
        // 各县市党委、人民政府: a bare government or party body is the
        // government of the same places (各县市人民政府), not any (各人民政府)
        let places = PLACE_BODIES
            .iter()
            .filter(|b| f0.ends_with(**b))
            .map(|b| b.len())
            .max()
            .and_then(|len| p0.name.get(..p0.name.len().saturating_sub(len)))
            .filter(|h| h.chars().count() >= 2);
        return fs
            .iter()
            .enumerate()
            .map(|(k, f)| {
                if k == 0 || f.starts_with('各') {
                    return None;
                }
                match places {
                    Some(h) if PLACE_BODIES.contains(&f.as_ref()) => Some(h.to_string()),
                    _ => is_generic(f).then(|| "各".to_string()),
                }
            })
            .collect();
    }
    // 3. Level prefix on the first member only: 区科投集团、国控集团;
    //    区总工会、团区委、妇联、残联. Only when the writer wrote it once: if a
    //    later member repeats it, the run is written in full and nothing is
    //    restored (区发改局、区临空办、江北管理区).
    // 县经济开发区管委会、各镇人民政府、街道办事处: 各 carries on from a later
    // member to the generic ones after it
    let collective_after = |k: usize| -> bool {
        fs.get(..k)
            .is_some_and(|before| before.iter().any(|f| f.starts_with('各')))
            && fs
                .get(k)
                .is_some_and(|f| !f.starts_with('各') && is_generic(f))
    };
    // each member's prefix: 各 after a collective, else what `pick` gives
    let each = |pick: &dyn Fn(usize, &str) -> Option<String>| -> Vec<Option<String>> {
        fs.iter()
            .enumerate()
            .map(|(k, f)| {
                if collective_after(k) {
                    Some("各".to_string())
                } else {
                    pick(k, f)
                }
            })
            .collect()
    };
    let Some(level) = level_prefix(f0) else {
        // 团县委、妇联: the youth league's committee names the level the mass
        // organisations after it share
        let league = f0
            .strip_prefix('团')
            .and_then(|r| r.strip_suffix('委'))
            .filter(|l| matches!(*l, "市" | "县" | "区" | "旗" | "州"));
        return each(&|k, f| {
            league
                .filter(|_| k > 0 && MASS_BODIES.contains(&f))
                .map(str::to_string)
        });
    };
    let repeats = |f: &str| f.starts_with(level) && !NEVER_LEVELS.iter().any(|w| f.starts_with(w));
    if level == "国务院" {
        return none;
    }
    if fs.iter().skip(1).any(|f| repeats(f)) {
        // written in full (区发改局、区临空办、兴港科技投资公司): a body named
        // by its own name keeps it; a bare mass organisation (…团县委、妇联)
        // or a bare government department (区公安局、区财政局、商务局) is
        // still the list's level's
        let written = sub(&p0.name, 0, level.len());
        return each(&|k, f| {
            let bare =
                k > 0 && (MASS_BODIES.contains(&f) || (!repeats(f) && is_bare_department(f)));
            bare.then(|| written.to_string())
        });
    }
    let written = sub(&p0.name, 0, level.len());
    // 市委宣传部、网信办: after a party committee's department (市委宣传部,
    // 市委政法委) the party's offices (部, 办, 室) take 市委; other bodies
    // (人社局, 发改委) the level
    let party = f0
        .get(level.len()..)
        .is_some_and(|r| r.starts_with('委') && r.chars().count() >= 3)
        && (f0.ends_with('委') || PARTY_ORGANS.iter().any(|e| f0.ends_with(e)));
    each(&|k, f| {
        let takes = k > 0
            && !(has_own_head(f)
                || names_own_place(f)
                || names_a_zone(f)
                || names_an_enterprise(f)
                || is_territorial(f)
                || is_generic(f)
                || is_collective(f)
                || is_person(f))
            && org_suffix(f).is_some();
        takes.then(|| {
            if party && PARTY_ORGANS.iter().any(|e| f.ends_with(e)) {
                format!("{written}委")
            } else {
                written.to_string()
            }
        })
    })
}

/// Whether `f` (folded) is a government department or a state company
/// named by its field alone (商务局, 发改委, 大数据办, 民政厅; 文旅集团,
/// 城投集团): a short name ending in an administrative suffix, or a group
/// with a two-character field, with no head, place or group of its own.
fn is_bare_department(f: &str) -> bool {
    const ADMIN: &[&str] = &["局", "委", "办", "厅", "所"];
    let field_group = f.ends_with("集团") && at_most_chars(f, 4);
    // 生态环境分局: a field's branch (黄石港公安分局 names its own place)
    let field_branch = f.ends_with("分局") && at_most_chars(f, 6);
    (field_group
        || field_branch
        || at_most_chars(f, 7) && org_suffix(f).is_some_and(|s| ADMIN.contains(&s)))
        && level_prefix(f).is_none()
        && !(has_own_head(f)
            || is_territorial(f)
            || is_generic(f)
            || is_collective(f)
            || is_person(f))
}

/// Mass organisations written without their level in a list of names that
/// have it (…县总工会、团县委、妇联): each belongs to the list's level.
const MASS_BODIES: &[&str] = &[
    "妇联",
    "残联",
    "科协",
    "侨联",
    "文联",
    "工商联",
    "总工会",
    "红十字会",
];

/// The bodies that run a zone (高新区管委会, 经开区党工委).
const ZONE_BODIES: &[&str] = &["管委会", "管理委员会", "党工委"];

/// Endings of a party committee's departments (宣传部, 网信办, 政研室); a
/// 委 may as well be the government's (发改委, 卫健委), so it takes the level.
const PARTY_ORGANS: &[&str] = &["部", "办", "室"];

/// Parses a list of unit names with caps, restoring elided parts.
///
/// Rule: members are separated by 、 (same run) or by `,` `，` `;` `；` `。`
/// `|`, by whitespace after a complete name, or by 及/和/与 between two
/// complete names (a new run each time); separators inside brackets do not
/// count. Each member drops a trailing 等 / 等单位, keeps a bracketed note
/// apart (区财政局(金融办) → 区财政局 + note 金融办; 各县(市、区)政府(管委会) →
/// 各县政府 + note `市、区;管委会`), is split where two names are glued
/// (区财政局区税务局), and loses persons (分管副省长) and fragments shorter
/// than two characters (a cut `省`). Then each 、-run gets its elided shared
/// suffix and prefix back (see the module docs).
///
/// Accepts: `区科经、商务局,郑店、五里界街道办事处`, `区财政局(金融办),人民银行江夏支行`,
/// `市级各有关部门及各县市区政府`. Rejects (yields nothing): `分管副省长、协管副秘书长`.
pub(crate) fn parse_list_bounded(
    src: &Arc<str>,
    text: &str,
    offset: usize,
    role: Role,
) -> ListParse {
    fold::within(text, || {
        read_list(src, text, offset, role, is_punctuated(text))
    })
}

/// Whether a list or statement is written with punctuation: then a line
/// break with none is a hard wrap inside a name (住房城乡⏎建委), while the
/// names of a table cell written one per line have none.
fn is_punctuated(text: &str) -> bool {
    text.contains(['、', '，', ',', '；', ';'])
}

/// The body of [`parse_list_bounded`].
fn read_list(src: &Arc<str>, text: &str, offset: usize, role: Role, wraps: bool) -> ListParse {
    read_segments(src, &[(text, offset)], role, wraps)
}

/// Reads the members of `segs` (texts at their absolute offsets) as one
/// list: a segment that ends in 、 goes on in the next, whose first member
/// is in the same run (elisions are restored across); any other segment end
/// ends a run.
fn read_segments<'a>(
    src: &Arc<str>,
    segs: &[(&'a str, usize)],
    role: Role,
    wraps: bool,
) -> ListParse {
    let mut out = ListParse::default();
    let mut pieces: Vec<Piece<'a>> = Vec::new();
    let mut carry = Sep::Major;
    let whole_end = segs.last().map_or(0, |&(t, at)| at + t.len());
    let mut completed = false;
    // 县发改委，各⏎乡镇人民政府: a 各 the wrap left alone opens the next
    // piece's first name
    let mut lone_each = false;
    for (idx, &(text, offset)) in segs.iter().enumerate() {
        let (members, truncated) = split_members(text, wraps);
        if let Some(a) = truncated {
            out.truncated
                .get_or_insert(Span::new(offset + a, whole_end.max(offset + a)));
        }
        let before = pieces.len();
        let each = std::mem::take(&mut lone_each);
        for (k, (a, b, sep)) in members.into_iter().enumerate() {
            // the first member completed the name the segment before cut
            if k == 0 && std::mem::take(&mut completed) {
                continue;
            }
            if k == 0 && each {
                let n = pieces.len();
                read_member(text, offset, a, b, sep, &mut pieces, &mut out);
                if let Some(p) = pieces.get_mut(n) {
                    if !p.name.starts_with('各') {
                        p.name = Cow::Owned(format!("各{}", p.name));
                    }
                }
                continue;
            }
            // the cap holds for the whole list, over all its segments
            if pieces.len() >= MAX_UNITS {
                out.truncated
                    .get_or_insert(Span::new(offset + a, whole_end.max(offset + a)));
                break;
            }
            let sep = if k == 0 { carry } else { sep };
            read_member(text, offset, a, b, sep, &mut pieces, &mut out);
        }
        if out.truncated.is_some() {
            break;
        }
        // 县税务局，各乡镇人民 ⏎ 政府: a name a wrapped cell cut, completed
        // by the first member of the next piece (its span stays on the
        // part written here; the name is the whole)
        if let (Some(&(next, _)), true) = (segs.get(idx + 1), pieces.len() > before) {
            let open_end = !text.trim_end().ends_with(['、', '，', ',', '；', ';']);
            let rest = split_members(next, wraps)
                .0
                .first()
                .map(|&(a, b, _)| sub(next, a, b).trim());
            if let (Some(last), Some(rest), true) = (pieces.last_mut(), rest, open_end) {
                let joined = format!("{}{rest}", last.name);
                let division_body = PLACE_BODIES.contains(&rest)
                    && DIVISIONS.iter().any(|d| last.name.ends_with(d));
                if (!tail_complete(&last.name) || division_body)
                    && (1..=6).contains(&char_count(rest))
                    && rest.chars().all(super::is_cjk)
                    && looks_complete(&joined)
                {
                    last.name = Cow::Owned(joined);
                    completed = true;
                }
            }
        }
        let trimmed = text.trim_end();
        lone_each = trimmed
            .strip_suffix('各')
            .is_some_and(|h| h.is_empty() || h.ends_with(['、', '，', ',']));
        carry = if text.trim_end().ends_with('、') {
            Sep::Dun
        } else {
            Sep::Major
        };
    }
    // Restore elisions run by run.
    let mut extra = Vec::new();
    let mut i = 0usize;
    while i < pieces.len() {
        let mut j = i + 1;
        while pieces.get(j).is_some_and(|p| p.sep == Sep::Dun) {
            j += 1;
        }
        if let Some(run) = pieces.get_mut(i..j) {
            extra.extend(restore_run(run).into_iter().map(|(k, p)| (i + k, p)));
        }
        i = j;
    }
    if !extra.is_empty() {
        let mut extra = extra.into_iter().peekable();
        let mut all = Vec::with_capacity(pieces.len() + extra.len());
        for (k, p) in pieces.into_iter().enumerate() {
            all.push(p);
            while let Some((_, e)) = extra.next_if(|(at, _)| *at == k) {
                all.push(e);
            }
        }
        pieces = all;
    }
    pieces.retain(|p| char_count(&p.name) >= 2);
    let marked = run_roles(&pieces);
    for (p, run_role) in pieces.into_iter().zip(marked) {
        if out.units.len() >= MAX_UNITS {
            out.truncated
                .get_or_insert(Span::new(p.start, whole_end.max(p.start)));
            break;
        }
        let collective = is_collective(&p.name);
        // 区商务局（牵头）: a note that is a role verb gives the role
        // (县财政局（县金融服务中心）（牵头）: after a note of its own)
        let (role, note) = match (p.note.as_deref().and_then(notes_role), run_role) {
            (Some((r, rest)), _) => (r, rest),
            (_, Some(r)) => (r, p.note),
            _ => (role, p.note),
        };
        out.units.push(Unit {
            raw: Text::within(src, p.raw),
            name: match p.name {
                Cow::Borrowed(n) => Text::within(src, n),
                Cow::Owned(n) => Text::from(n),
            },
            role,
            note: note.map(Text::from),
            collective,
            span: Span::new(p.start, p.end),
        });
    }
    out
}

/// Cleans the raw member `a..b` of `text` (at absolute `offset`) and pushes
/// what is a name onto `pieces`, split where two names are glued; a member
/// too long to be a name is reported in `out` instead.
fn read_member<'a>(
    text: &'a str,
    offset: usize,
    a: usize,
    b: usize,
    sep: Sep,
    pieces: &mut Vec<Piece<'a>>,
    out: &mut ListParse,
) {
    let raw = sub(text, a, b);
    if char_count(raw) > MAX_RAW_CHARS {
        out.too_long
            .get_or_insert(Span::new(offset + a, offset + b));
        return;
    }
    let Some((a, b, name, note)) = clean_member(text, a, b) else {
        return;
    };
    if char_count(&name) > MAX_NAME_CHARS {
        out.too_long
            .get_or_insert(Span::new(offset + a, offset + b));
        return;
    }
    let f = folded(&name);
    if is_person(&f) {
        return;
    }
    let raw_now = sub(text, a, b);
    let cuts = if note.is_none() && raw_now == name {
        glued_cuts(&name)
    } else {
        Vec::new()
    };
    if cuts.is_empty() {
        pieces.push(Piece {
            start: offset + a,
            end: offset + b,
            raw: raw_now,
            name,
            note,
            sep,
        });
        return;
    }
    let mut last = 0usize;
    for (k, cut) in cuts
        .iter()
        .copied()
        .chain(std::iter::once(name.len()))
        .enumerate()
    {
        let part = match &name {
            Cow::Borrowed(n) => Cow::Borrowed(sub(n, last, cut)),
            Cow::Owned(n) => Cow::Owned(sub(n, last, cut).to_string()),
        };
        let s = if k == 0 { sep } else { Sep::Major };
        pieces.push(Piece {
            start: offset + a + last,
            end: offset + a + cut,
            raw: sub(text, a + last, a + cut),
            name: part,
            note: None,
            sep: s,
        });
        last = cut;
    }
}

/// The role a bracketed note after a name states (区商务局（牵头）), if the
/// note is nothing but a role verb.
/// Roles a note gives a whole run: 省卫生健康委、省住房城乡建设厅（牵头），
/// 省发展改革委: a role note on the last member of a 、 run that more units
/// follow after a comma marks the run, as 省卫生健康委、省住房城乡建设厅牵头
/// would. The run's other members carry no note of their own; at the end of
/// the list the note marks only its member (A、B（牵头）).
fn run_roles(pieces: &[Piece<'_>]) -> Vec<Option<Role>> {
    let mut out = vec![None; pieces.len()];
    let mut i = 0usize;
    while i < pieces.len() {
        let mut j = i + 1;
        while pieces.get(j).is_some_and(|p| p.sep == Sep::Dun) {
            j += 1;
        }
        let run = pieces.get(i..j).unwrap_or_default();
        let more_follow = j < pieces.len();
        if let Some((last, rest)) = run.split_last() {
            let role = last.note.as_deref().and_then(notes_role).map(|(r, _)| r);
            if let Some(r) = role.filter(|_| more_follow && !rest.is_empty()) {
                if rest.iter().all(|p| p.note.is_none()) {
                    for slot in out.get_mut(i..j - 1).unwrap_or_default() {
                        *slot = Some(r);
                    }
                }
            }
        }
        i = j;
    }
    out
}

/// The role one of a member's notes (joined with `;`) states, and the
/// notes left without it: `县金融服务中心;牵头` → lead, `县金融服务中心`.
fn notes_role(notes: &str) -> Option<(Role, Option<String>)> {
    let parts: Vec<&str> = notes.split(';').collect();
    let (k, role) = parts
        .iter()
        .enumerate()
        .rev()
        .find_map(|(k, p)| note_role(p).map(|r| (k, r)))?;
    let rest: Vec<&str> = parts
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != k)
        .map(|(_, p)| *p)
        .collect();
    Some((role, (!rest.is_empty()).then(|| rest.join(";"))))
}

fn note_role(note: &str) -> Option<Role> {
    match folded(note.trim()).as_ref() {
        "牵头" | "牵头单位" | "牵头负责" => Some(Role::Lead),
        "配合" | "协办" | "协助" | "配合单位" => Some(Role::Cooperating),
        "参与" => Some(Role::Participating),
        "负责" | "责任单位" => Some(Role::Responsible),
        _ => None,
    }
}

/// Splits a list of unit names, restoring elided parts; all units get `role`.
///
/// The rules are those of [`parse_list_bounded`]; this form drops the cap
/// report (at most [`MAX_UNITS`] units are returned).
///
/// Accepts: `区发改、科经、商务局` → 区发改局, 区科经局, 区商务局.
/// Rejects (empty result): `等`.
pub(crate) fn parse_list(src: &Arc<str>, text: &str, offset: usize, role: Role) -> Vec<Unit> {
    parse_list_bounded(src, text, offset, role).units
}

/// Parses the text of one table cell that holds units (a 牵头单位 or 责任单位
/// column): the same as [`parse_list`], except that a cell that is a role
/// statement of its own (`牵头单位:区发改局`, `区发改局牵头`) is read as one,
/// so that the roles it names win over `role`.
///
/// A cell gives no structure to tell a bare personal name (叶林) from a unit:
/// callers skip person columns (责任领导) themselves.
///
/// Accepts: `区财政局\n区税务局`, `区政府各部门,各乡镇人民政府、街道办事处。`.
/// Rejects (empty): `分管副区长`.
pub(crate) fn parse_cell(src: &Arc<str>, text: &str, offset: usize, role: Role) -> Vec<Unit> {
    if let Some(r) = parse_role_line(src, text, offset) {
        if !r.units.is_empty() {
            return r.units;
        }
    }
    // 区城管局牵头，区交警大队配合: role verbs in the cell
    if let Some(r) = read_statement(src, text, offset, true) {
        if !r.units.is_empty() {
            return r.units;
        }
    }
    // 市教育局（配合：市发改委、财政局）: names, then a statement in brackets
    if let Some(r) = find_parenthetical(src, text, offset).filter(|r| !r.units.is_empty()) {
        let before = sub(text, 0, r.span.start.saturating_sub(offset));
        let mut units = parse_list(src, before, offset, role);
        units.extend(r.units);
        return units;
    }
    parse_list(src, text, offset, role)
}

/// Parses the pieces of one table cell that a page wrapped over lines
/// (`县发改局，县财政、⏎自然资源、住建局`); `pieces` are spans of `src`, in order.
///
/// Rule: a piece that ends in 、 or ， (`,`) goes on in the next one: the
/// line break is a wrap inside one list, not the start of a new list, so
/// elided parts are restored across it (县财政、⏎自然资源、住建局 → 县财政局,
/// 县自然资源局, 县住建局). Pieces that follow each other in the source with
/// only spaces and line breaks between them are read as one text, as
/// [`parse_cell`] reads it (a role statement included); pieces with other
/// text between them (the other columns of an aligned table) are read
/// member by member as one list, unless one of them may hold a role word.
/// Any other piece is read on its own. Spans are those of the source.
///
/// Accepts: `区住建、` + `自然资源局` → 区住建局, 区自然资源局. Keeps apart:
/// `区发改局` + `区财政局、区税务局` (no separator at the break).
pub(crate) fn parse_cell_pieces(src: &Arc<str>, pieces: &[Span], role: Role) -> Vec<Unit> {
    let text: &str = src;
    let piece = |s: &Span| sub(text, s.start, s.end);
    if let [one] = pieces {
        return parse_cell(src, piece(one), one.start, role);
    }
    let mut out = Vec::new();
    let mut group: Vec<Span> = Vec::new();
    for (k, s) in pieces.iter().enumerate() {
        group.push(*s);
        // (a piece cut inside a name goes on too: 县工业园区管⏎委会)
        let tail = piece(s).trim_end();
        let cut_name = tail
            .rsplit(['、', '，', ','])
            .next()
            .is_some_and(|last| !last.is_empty() && !tail_complete(last.trim()));
        // (and so does a division before its body: 各乡镇⏎人民政府)
        let body_next = pieces.get(k + 1).is_some_and(|n| {
            let next = piece(n).trim_start();
            PLACE_BODIES.iter().any(|b| next.starts_with(b))
                && DIVISIONS.iter().any(|d| tail.ends_with(d))
        });
        let goes_on = tail.ends_with(['、', '，', ',']) || cut_name || body_next;
        if !goes_on || k + 1 == pieces.len() {
            out.extend(parse_wrapped_group(src, &group, role));
            group.clear();
        }
    }
    out
}

/// One list of [`parse_cell_pieces`]: pieces each of which but the last
/// ends in a list separator.
fn parse_wrapped_group(src: &Arc<str>, group: &[Span], role: Role) -> Vec<Unit> {
    let text: &str = src;
    let (Some(first), Some(last)) = (group.first(), group.last()) else {
        return Vec::new();
    };
    let adjacent = group.windows(2).all(|w| match w {
        [a, b] => a.end <= b.start && sub(text, a.end, b.start).chars().all(char::is_whitespace),
        _ => true,
    });
    if adjacent {
        return parse_cell(src, sub(text, first.start, last.end), first.start, role);
    }
    let segs: Vec<(&str, usize)> = group
        .iter()
        .map(|s| (sub(text, s.start, s.end), s.start))
        .collect();
    if segs.iter().any(|(t, _)| may_hold_roles(t)) {
        return segs
            .into_iter()
            .flat_map(|(t, at)| parse_cell(src, t, at, role))
            .collect();
    }
    let wraps = segs.iter().any(|(t, _)| is_punctuated(t));
    fold::within(sub(text, first.start, last.end), || {
        read_segments(src, &segs, role, wraps).units
    })
}

// ---------------------------------------------------------------------------
// Responsibility statements
// ---------------------------------------------------------------------------

/// A responsibility statement found in an item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Responsibility {
    /// The units, with roles and absolute spans.
    pub units: Vec<Unit>,
    /// Absolute span of the whole statement (brackets included).
    pub span: Span,
    /// False when the closing bracket is missing.
    pub closed: bool,
    /// A timing phrase inside the parenthetical (年内持续推进), absolute span.
    pub timing: Option<Span>,
}

/// The bytes of the deadline label that opens `line`, its colon or
/// brackets included: 完成时限：, 时间节点:, 【完成时限】, ［完成期限］：.
pub(crate) fn timing_label_len(line: &str) -> Option<usize> {
    if let Some((len, kind)) = bracket_label(line) {
        return (kind == LabelKind::Timing).then_some(len);
    }
    // a label has at most 8 characters: the colon is looked for no further
    let mut seen = 0usize;
    let (colon, c) = line.char_indices().find(|&(_, c)| {
        if !c.is_whitespace() {
            seen += 1;
        }
        is_colon(c) || seen > 9
    })?;
    if !is_colon(c) {
        return None;
    }
    let label = line.get(..colon)?.trim();
    matches!(classify_label(label), Some(LabelKind::Timing)).then_some(colon + c.len_utf8())
}

/// What a `label:` introduces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LabelKind {
    /// A unit role: 牵头单位, 责任单位 …
    Role(Role),
    /// A statement with role verbs: 部门分工: X牵头, Y配合.
    Mixed,
    /// Persons: 分管省领导, 责任领导.
    Person,
    /// A deadline: 完成时限.
    Timing,
    /// A host (主办单位, 主办, 承办单位): a role beside other role labels
    /// (（主办单位：市商务局；协办单位：澜州海关）), a page's footer alone
    /// (主办单位：某某县人民政府).
    Host(Role),
    /// Any other short label (来源, 备注): its text is skipped.
    Ignore,
}

/// Classifies a label (the text before a colon). Only a short label counts,
/// so a unit whose name merely ends in 牵头单位 is not a label.
fn classify_label(label: &str) -> Option<LabelKind> {
    let n = char_count(label);
    if n == 0 || n > 8 {
        return None;
    }
    let f = folded(label);
    let ends = |xs: &[&str]| xs.iter().any(|x| f.ends_with(x));
    // a role word and the kind of body it names: 责任办所, 牵头股室, 配合处室
    let office = [
        "单位", "部门", "科室", "办所", "站所", "股室", "处室", "所站",
    ]
    .iter()
    .find_map(|o| f.strip_suffix(o));
    // (以上指标牵头处室: a role word after the words it is for)
    let by_office = office.and_then(|head| {
        let head = ["以上指标", "上述指标", "以上", "上述"]
            .iter()
            .find_map(|w| head.strip_prefix(w))
            .unwrap_or(head);
        match head {
            // 第一责任单位: the one that answers first, and leads
            "牵头" | "主责" | "第一责任" => Some(LabelKind::Role(Role::Lead)),
            "配合" | "协办" | "协同" | "协助" => Some(LabelKind::Role(Role::Cooperating)),
            "责任" | "负责" | "落实" => Some(LabelKind::Role(Role::Responsible)),
            _ => None,
        }
    });
    let kind = if let Some(k) = by_office {
        k
    } else if ends(&["主办单位", "主办部门", "主办"]) {
        LabelKind::Host(Role::Lead)
    } else if ends(&["承办单位", "承办"]) {
        LabelKind::Host(Role::Responsible)
    } else if ends(&["来源", "备注", "注"]) {
        LabelKind::Ignore
    } else if ends(&["总牵头单位", "总牵头部门", "总牵头"]) {
        LabelKind::Role(Role::GroupLead)
    } else if ends(&[
        "牵头单位",
        "牵头部门",
        "牵头负责部门",
        "牵头负责单位",
        "主要责任单位",
        "主要责任部门",
        "主责单位",
        "主责部门",
        "牵头科室",
        "牵头",
        "主责",
    ]) {
        LabelKind::Role(Role::Lead)
    } else if ends(&[
        "配合单位",
        "配合部门",
        "协办单位",
        "协办部门",
        "协作单位",
        "协助单位",
        "协同单位",
        "协同部门",
        "配合科室",
        "协办科室",
        "配合社区",
        "次要责任单位",
        "次要责任部门",
        "配合",
        "协办",
        "协同",
        "协助",
    ]) {
        LabelKind::Role(Role::Cooperating)
    } else if ends(&[
        "责任单位",
        "责任部门",
        "责任主体",
        "落实单位",
        "负责单位",
        "负责部门",
        "责任科室",
        "责任社区",
        "责任村",
        "责任站所",
    ]) {
        LabelKind::Role(Role::Responsible)
    } else if ends(&["参与单位", "参与部门"]) {
        LabelKind::Role(Role::Participating)
    } else if ends(&["实施单位", "实施主体", "实施部门"]) {
        LabelKind::Role(Role::Implementing)
    } else if ends(&["汇总单位", "汇总部门"]) {
        LabelKind::Role(Role::Summarizing)
    } else if ends(&["分工"]) {
        LabelKind::Mixed
    } else if ends(&[
        "领导",
        "责任人",
        "负责人",
        "联系人",
        "省长",
        "市长",
        "区长",
        "县长",
        "秘书长",
        "书记",
    ]) {
        LabelKind::Person
    } else if ends(&[
        "时限",
        "时限要求",
        "期限",
        "时间",
        "时间节点",
        "进度",
        "进度安排",
    ]) {
        LabelKind::Timing
    } else {
        LabelKind::Ignore
    };
    Some(kind)
}

/// The closing bracket of an opening one that may hold a label
/// (【牵头单位】, ［责任单位］, [配合单位], 〔完成时限〕, 〖责任单位〗).
fn label_closer(c: char) -> Option<char> {
    match c {
        '【' => Some('】'),
        '[' => Some(']'),
        '［' => Some('］'),
        '〔' => Some('〕'),
        '〖' => Some('〗'),
        _ => None,
    }
}

/// A label written in brackets at the start of `s` (【牵头单位】县工信局,
/// ［完成时限］：2024年底): the bytes it takes, a colon right after it
/// included, and its kind. Brackets that hold anything but a known label
/// (a footnote [1], a year 〔2021〕) are not labels.
fn bracket_label(s: &str) -> Option<(usize, LabelKind)> {
    let mut chars = s.char_indices();
    let (_, open) = chars.next()?;
    let close = label_closer(open)?;
    let (end, _) = chars.take(10).find(|&(_, c)| c == close)?;
    let inner = s.get(open.len_utf8()..end)?.trim();
    let kind = classify_label(inner).filter(|k| *k != LabelKind::Ignore)?;
    let mut len = end + close.len_utf8();
    if let Some(c) = s
        .get(len..)
        .and_then(|r| r.chars().next())
        .filter(|&c| is_colon(c))
    {
        len += c.len_utf8();
    }
    Some((len, kind))
}

/// Where the first bracketed role label of `text` starts (……。【牵头单位】
/// 县工信局【责任单位】……), if it has one.
pub(crate) fn first_bracket_label(text: &str) -> Option<usize> {
    text.char_indices()
        .filter(|&(_, c)| label_closer(c).is_some())
        .find(|&(i, _)| {
            text.get(i..)
                .and_then(bracket_label)
                .is_some_and(|(_, k)| matches!(k, LabelKind::Role(_) | LabelKind::Mixed))
        })
        .map(|(i, _)| i)
}

/// A role a verb gives to the units before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RoleSpec {
    Fixed(Role),
    /// "X负责": the lead, unless the statement names a lead otherwise.
    LeadIfNone,
    /// "X按职责分工负责": cooperating beside a lead; with no lead named, each
    /// is responsible for its part.
    CooperatingIfLead,
}

/// Role verbs closing a clause (folded), longest first.
const VERBS: &[(&str, RoleSpec)] = &[
    // (按|按照)(职责|职能)(分工|分别)?(负责|落实)
    ("按照职责分工负责", RoleSpec::CooperatingIfLead),
    ("按照职能分工负责", RoleSpec::CooperatingIfLead),
    ("按照职责分别负责", RoleSpec::CooperatingIfLead),
    ("按照职责分工落实", RoleSpec::CooperatingIfLead),
    ("按职责分别负责", RoleSpec::CooperatingIfLead),
    ("按职能分别负责", RoleSpec::CooperatingIfLead),
    ("按照职责负责", RoleSpec::CooperatingIfLead),
    ("按照职能负责", RoleSpec::CooperatingIfLead),
    ("按照职责分工", RoleSpec::CooperatingIfLead),
    ("按职责分工负责", RoleSpec::CooperatingIfLead),
    ("按职能分工负责", RoleSpec::CooperatingIfLead),
    ("按职责分工落实", RoleSpec::CooperatingIfLead),
    ("按职责负责", RoleSpec::CooperatingIfLead),
    ("按职能负责", RoleSpec::CooperatingIfLead),
    ("按职责分工", RoleSpec::CooperatingIfLead),
    ("各负其责", RoleSpec::CooperatingIfLead),
    ("分别负责", RoleSpec::Fixed(Role::Responsible)),
    ("负责落实", RoleSpec::LeadIfNone),
    ("抓好落实", RoleSpec::LeadIfNone),
    ("组织落实", RoleSpec::LeadIfNone),
    ("具体负责", RoleSpec::LeadIfNone),
    ("分别牵头", RoleSpec::Fixed(Role::Lead)),
    ("牵头抓总", RoleSpec::Fixed(Role::Lead)),
    ("牵头负责", RoleSpec::Fixed(Role::Lead)),
    ("牵头落实", RoleSpec::Fixed(Role::Lead)),
    ("牵头", RoleSpec::Fixed(Role::Lead)),
    // 区发改委主责，区统计局、区财政局协同: 主责 leads as 主责单位 does
    ("分别主责", RoleSpec::Fixed(Role::Lead)),
    ("主责", RoleSpec::Fixed(Role::Lead)),
    ("协同", RoleSpec::Fixed(Role::Cooperating)),
    ("协同配合", RoleSpec::Fixed(Role::Cooperating)),
    ("参与配合", RoleSpec::Fixed(Role::Cooperating)),
    ("配合", RoleSpec::Fixed(Role::Cooperating)),
    ("协办", RoleSpec::Fixed(Role::Cooperating)),
    ("协助", RoleSpec::Fixed(Role::Cooperating)),
    ("参与", RoleSpec::Fixed(Role::Participating)),
    ("共同负责", RoleSpec::LeadIfNone),
    ("具体落实", RoleSpec::LeadIfNone),
    // 市公安局、市城管局联合执法: joint work names the units doing it
    ("联合执法", RoleSpec::Fixed(Role::Responsible)),
    ("联合检查", RoleSpec::Fixed(Role::Responsible)),
    ("联合督查", RoleSpec::Fixed(Role::Responsible)),
    ("联合整治", RoleSpec::Fixed(Role::Responsible)),
    ("联合推进", RoleSpec::Fixed(Role::Responsible)),
    ("共同推进", RoleSpec::Fixed(Role::Responsible)),
    ("共同实施", RoleSpec::Fixed(Role::Responsible)),
    // 各乡镇人民政府具体实施: the units that carry the work out
    ("具体实施", RoleSpec::Fixed(Role::Responsible)),
    ("组织实施", RoleSpec::Fixed(Role::Responsible)),
    ("负责", RoleSpec::Fixed(Role::Responsible)),
    // 各乡镇人民政府落实: the units that carry it out
    ("落实", RoleSpec::Fixed(Role::Responsible)),
];

/// The verb `t` (a clause, not folded) ends with: (its byte length, role).
fn ends_with_verb(t: &str) -> Option<(usize, RoleSpec)> {
    let t = t.trim_end_matches(is_trim);
    let start = t.char_indices().rev().nth(9).map_or(0, |(i, _)| i);
    let raw_tail = sub(t, start, t.len());
    // 县体育局牵⏎头: a hard wrap inside the verb is no part of it
    let wrapped = raw_tail.contains(['\n', '\r']);
    let joined: Cow<'_, str> = if wrapped {
        Cow::Owned(
            raw_tail
                .chars()
                .filter(|c| !matches!(c, '\n' | '\r'))
                .collect(),
        )
    } else {
        Cow::Borrowed(raw_tail)
    };
    let tail = folded(&joined);
    static INDEX: LazyLock<WordIndex<RoleSpec>> =
        LazyLock::new(|| WordIndex::new(End::Last, VERBS.iter().copied()));
    let (v, r) = INDEX.longest(&tail)?;
    // 共同牵头, 积极配合: a manner word before the verb belongs to it
    let before = tail.get(..tail.len() - v.len()).unwrap_or("");
    let manner = MANNER_WORDS
        .iter()
        .find(|w| before.ends_with(**w))
        .map_or(0, |w| w.len());
    let len = v.len() + manner;
    if !wrapped {
        return Some((len, r));
    }
    // the verb's length in the text as written, line breaks included
    let chars = joined
        .get(joined.len() - len..)
        .map_or(0, |w| w.chars().count());
    let mut seen = 0usize;
    let mut bytes = 0usize;
    for c in raw_tail.chars().rev() {
        if seen == chars {
            break;
        }
        bytes += c.len_utf8();
        if !matches!(c, '\n' | '\r') {
            seen += 1;
        }
    }
    Some((bytes, r))
}

/// Words of manner that may stand between a unit's name and its role verb
/// (市财政局共同牵头, 各镇积极配合); no unit's name ends with one.
const MANNER_WORDS: &[&str] = &[
    "共同", "联合", "积极", "主动", "全力", "密切", "协同", "具体", "分别",
];

/// Whether a clause is a timing phrase: 年内持续推进, 2022年10月底前完成,
/// 长期坚持, 持续推进, 2023年底前. It must open with a time word or a digit and
/// must not end in an organisation suffix.
pub(crate) fn is_timing(t: &str) -> bool {
    const OPENERS: &[&str] = &[
        "年内",
        "年底",
        "年中",
        "全年",
        "长期",
        "持续",
        "今年",
        "明年",
        "上半年",
        "下半年",
        "每年",
        "每季度",
        "每月",
        "一季度",
        "二季度",
        "三季度",
        "四季度",
        "第一季度",
        "第二季度",
        "第三季度",
        "第四季度",
        "常态",
        "逐年",
        "到20",
        "至20",
        "20",
        "19",
    ];
    static OPENER_INDEX: LazyLock<WordIndex<()>> =
        LazyLock::new(|| words::index(End::First, OPENERS));
    let f = folded(t.trim_matches(is_trim));
    // most clauses here are unit names: the opener decides at once
    let opens = f.chars().next().is_some_and(super::is_digit) || OPENER_INDEX.longest(&f).is_some();
    if !opens || char_count(&f) > 30 || org_suffix(&f).is_some() {
        return false;
    }
    const MARKS: &[&str] = &[
        "推进", "完成", "前", "底", "内", "坚持", "实施", "落实", "月", "季度", "年", "开展",
    ];
    MARKS.iter().any(|m| f.contains(m))
}

/// A stretch of a statement with one role (offsets relative to the statement).
#[derive(Debug, Clone, Copy)]
struct Segment {
    start: usize,
    end: usize,
    role: RoleSpec,
}

#[derive(Debug, Default)]
struct Statement {
    segments: Vec<Segment>,
    timing: Option<(usize, usize)>,
    /// A role, mixed or person label was seen.
    labelled: bool,
    /// A role verb closed a clause.
    verb: bool,
    /// Names came after the last role verb (a cut statement, or a sentence
    /// that is no statement at all).
    trailing_names: bool,
}

/// Depth-0 pieces of `text[a..b]` split at `,` `，` `;` `；` `。`.
fn split_major(text: &str, a: usize, b: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = a;
    for (i, c) in sub(text, a, b).char_indices() {
        let i = a + i;
        if is_open(c) {
            depth += 1;
        } else if is_close(c) {
            depth = depth.saturating_sub(1);
        } else if depth == 0 && is_major_sep(c) {
            out.push((start, i));
            start = i + c.len_utf8();
        }
    }
    out.push((start, b));
    out
}

/// Depth-0 tokens of `text[a..b]` split at 、.
fn split_dun(text: &str, a: usize, b: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = a;
    for (i, c) in sub(text, a, b).char_indices() {
        let i = a + i;
        if is_open(c) {
            depth += 1;
        } else if is_close(c) {
            depth = depth.saturating_sub(1);
        } else if depth == 0 && c == '、' {
            out.push((start, i));
            start = i + c.len_utf8();
        }
    }
    out.push((start, b));
    out
}

/// Reads the roles of a statement (a parenthetical's content or a role line).
///
/// Labels (`牵头单位:` …) split it into regions; the text before the first
/// label and the text of a 分工 label are read with role verbs.
fn scan_statement(text: &str) -> Statement {
    // 1. Labels: a short run of text right before a depth-0 colon.
    let mut labels: Vec<(usize, usize, LabelKind)> = Vec::new(); // (label start, content start, kind)
    let mut depth = 0usize;
    let mut boundary = 0usize;
    // like `boundary`, but not moved by spaces and line breaks: a label a
    // hard line break cut in two (配合单⏎位：) is read across it
    let mut hard_boundary = 0usize;
    let mut skip_to = 0usize;
    for (i, c) in text.char_indices() {
        if i < skip_to {
            continue;
        }
        if depth == 0 && label_closer(c).is_some() {
            // 【牵头单位】: the brackets close the label as a colon would
            if let Some((len, kind)) = text.get(i..).and_then(bracket_label) {
                labels.push((i, i + len, kind));
                skip_to = i + len;
                boundary = skip_to;
                hard_boundary = skip_to;
                continue;
            }
        }
        if is_open(c) {
            depth += 1;
        } else if is_close(c) {
            depth = depth.saturating_sub(1);
            if depth == 0 {
                boundary = i + c.len_utf8();
                hard_boundary = boundary;
            }
        } else if depth == 0 {
            if is_colon(c) {
                let (la, lb) = trim_range(text, boundary, i);
                let mut found = classify_label(sub(text, la, lb)).map(|k| (la, k));
                if hard_boundary < boundary && matches!(found, None | Some((_, LabelKind::Ignore)))
                {
                    let (ha, hb) = trim_range(text, hard_boundary, i);
                    let joined: String = sub(text, ha, hb)
                        .chars()
                        .filter(|c| !c.is_whitespace())
                        .collect();
                    if let Some(kind) = classify_label(&joined).filter(|k| *k != LabelKind::Ignore)
                    {
                        found = Some((ha, kind));
                    }
                }
                if let Some((start, kind)) = found {
                    labels.push((start, i + c.len_utf8(), kind));
                }
                boundary = i + c.len_utf8();
                hard_boundary = boundary;
            } else if is_major_sep(c) || c == '、' {
                boundary = i + c.len_utf8();
                hard_boundary = boundary;
            } else if c.is_whitespace() {
                boundary = i + c.len_utf8();
            }
        }
    }
    // a host is a role beside other role labels, else a footer's field
    let beside_roles = labels
        .iter()
        .any(|l| matches!(l.2, LabelKind::Role(_) | LabelKind::Mixed));
    for l in &mut labels {
        if let LabelKind::Host(r) = l.2 {
            l.2 = if beside_roles {
                LabelKind::Role(r)
            } else {
                LabelKind::Ignore
            };
        }
    }
    let mut st = Statement::default();
    // 2. Regions.
    let mut regions: Vec<(usize, usize, LabelKind)> = Vec::new();
    let first = labels.first().map_or(text.len(), |l| l.0);
    regions.push((0, first, LabelKind::Mixed));
    for (k, &(_, cs, kind)) in labels.iter().enumerate() {
        let end = labels.get(k + 1).map_or(text.len(), |l| l.0);
        regions.push((cs, end.max(cs), kind));
        if matches!(
            kind,
            LabelKind::Role(_) | LabelKind::Mixed | LabelKind::Person
        ) {
            st.labelled = true;
        }
    }
    // 3. Each region.
    for (a, b, kind) in regions {
        match kind {
            // (a host is resolved above: never left here)
            LabelKind::Person | LabelKind::Ignore | LabelKind::Host(_) => {}
            LabelKind::Timing => {
                let (ta, tb) = trim_range(text, a, b);
                let (ta, tb) = (
                    ta,
                    sub(text, ta, tb)
                        .trim_end_matches(|c| is_major_sep(c) || is_trim(c))
                        .len()
                        + ta,
                );
                if tb > ta && st.timing.is_none() {
                    st.timing = Some((ta, tb));
                }
            }
            // 责任单位：X牵头，A、B，C配合: after a lead named by its verb,
            // the names run on to the next verb (A, B work with C)
            LabelKind::Role(r)
                if split_major(text, a, b).iter().any(|&(pa, pb)| {
                    let (pa, pb) = trim_range(text, pa, pb);
                    matches!(
                        ends_with_verb(sub(text, pa, pb)),
                        Some((_, RoleSpec::Fixed(Role::Lead)))
                    )
                }) =>
            {
                scan_verbs(text, a, b, &mut st, RoleSpec::Fixed(r));
            }
            LabelKind::Role(r) => {
                for (pa, pb) in split_major(text, a, b) {
                    let (pa, pb) = trim_range(text, pa, pb);
                    if pb <= pa {
                        continue;
                    }
                    if is_timing(sub(text, pa, pb)) {
                        st.timing.get_or_insert((pa, pb));
                    } else if let Some((vlen, spec)) = ends_with_verb(sub(text, pa, pb)) {
                        // 责任单位:区招商局,区工信局配合: the verb overrides the label
                        st.segments.push(Segment {
                            start: pa,
                            end: pb.saturating_sub(vlen).max(pa),
                            role: spec,
                        });
                    } else {
                        st.segments.push(Segment {
                            start: pa,
                            end: pb,
                            role: RoleSpec::Fixed(r),
                        });
                    }
                }
            }
            LabelKind::Mixed => {
                scan_verbs(text, a, b, &mut st, RoleSpec::Fixed(Role::Responsible));
            }
        }
    }
    st
}

/// A clause `会同A、B推进` (or 协同, 联合 … 落实, 实施, 开展): where its names
/// start and end.
fn joined_clause(clause: &str) -> Option<(usize, usize)> {
    const OPENERS: &[&str] = &["会同", "协同", "联合"];
    const DOING: &[&str] = &["组织实施", "推进", "实施", "落实", "开展", "办理"];
    let f = folded(clause);
    let open = OPENERS.iter().find(|w| f.starts_with(**w))?;
    let doing = DOING.iter().find(|w| f.ends_with(**w))?;
    (f.len() > open.len() + doing.len()).then(|| (open.len(), f.len() - doing.len()))
}

/// Reads `text[a..b]` as clauses closed by role verbs: `A、B牵头,C配合`.
/// Names before a verb take its role; names after the last verb (a cut
/// statement: `省发展改革委牵头,省工业和信息化厅、省`) are responsible units.
fn scan_verbs(text: &str, a: usize, b: usize, st: &mut Statement, trailing: RoleSpec) {
    let mut pending: Option<usize> = None;
    let mut pending_end = a;
    for (pa, pb) in split_major(text, a, b) {
        let (pa, pb) = trim_range(text, pa, pb);
        if pb <= pa {
            continue;
        }
        if is_timing(sub(text, pa, pb)) {
            if let Some(p) = pending.take() {
                st.segments.push(Segment {
                    start: p,
                    end: pending_end,
                    role: trailing,
                });
            }
            st.timing.get_or_insert((pa, pb));
            continue;
        }
        // X牵头，会同A、B推进: the units after 会同 work with the lead, the
        // verb of doing after them is no part of a name
        if pending.is_none() {
            if let Some((ca, cb)) = joined_clause(sub(text, pa, pb)) {
                st.segments.push(Segment {
                    start: pa + ca,
                    end: pa + cb,
                    role: RoleSpec::CooperatingIfLead,
                });
                st.verb = true;
                continue;
            }
        }
        for (ta, tb) in split_dun(text, pa, pb) {
            let (ta, tb) = trim_range(text, ta, tb);
            if tb <= ta {
                continue;
            }
            if let Some((vlen, spec)) = ends_with_verb(sub(text, ta, tb)) {
                let start = pending.take().unwrap_or(ta);
                let end = tb.saturating_sub(vlen).max(start);
                // 由市财政局会同市发展改革委负责: the one before 会同 takes
                // the verb's role (a lead only by 牵头, as a lone 负责 is no
                // lead), the ones after it work with it
                match sub(text, start, end).find("会同") {
                    Some(at) if at > 0 => {
                        st.segments.push(Segment {
                            start,
                            end: start + at,
                            role: spec,
                        });
                        st.segments.push(Segment {
                            start: start + at + "会同".len(),
                            end,
                            role: RoleSpec::CooperatingIfLead,
                        });
                    }
                    _ => st.segments.push(Segment {
                        start,
                        end,
                        role: spec,
                    }),
                }
                st.verb = true;
            } else {
                pending.get_or_insert(ta);
                pending_end = tb;
            }
        }
    }
    if let Some(p) = pending {
        st.trailing_names = true;
        st.segments.push(Segment {
            start: p,
            end: pending_end,
            role: trailing,
        });
    }
}

/// A closing sentence of an item that states its responsibility without
/// brackets: `……。由市农业农村局会同市发展改革委、市财政局负责。`,
/// `……。市农业农村局牵头，市市场监管局参与，各县人民政府负责落实。`.
///
/// Rule: the text after the item's last full stop but one, every clause of
/// it closed by a role verb (or a timing clause), naming at least one unit
/// that opens with its level, 各 or 由; no label, no name after the last
/// verb. Returns the statement and where the sentence starts.
pub(crate) fn closing_sentence(
    src: &Arc<str>,
    text: &str,
    offset: usize,
) -> Option<Responsibility> {
    let body = text.trim_end_matches(|c: char| is_trim(c) || c == '。');
    let start = body.rfind('。').map_or(0, |i| i + '。'.len_utf8());
    if start == 0 {
        return None;
    }
    let sentence = sub(text, start, body.len());
    if char_count(sentence) > MAX_RAW_CHARS || !may_hold_roles(sentence) {
        return None;
    }
    // …，区统计局配合，区政府分管副区长督办: an official who oversees the
    // work is a person, no unit; the statement ends before that clause
    let sentence = match sentence.rfind(['，', ',']) {
        Some(k) => {
            let tail = sub(sentence, k, sentence.len()).trim_start_matches(['，', ',']);
            let oversees = ["督办", "督导", "督促", "调度"]
                .iter()
                .find_map(|v| tail.strip_suffix(v))
                .is_some_and(|who| is_person(&folded(who)));
            if oversees {
                sub(sentence, 0, k)
            } else {
                sentence
            }
        }
        None => sentence,
    };
    fold::within(sentence, || {
        let lead = usize::from(sentence.starts_with('由')) * '由'.len_utf8();
        let inner = sub(sentence, lead, sentence.len());
        let st = scan_statement(inner);
        if st.labelled || !st.verb || st.trailing_names {
            return None;
        }
        let units = statement_units(src, inner, offset + start + lead, &st);
        // (after 由 a name that ends in an organisation's suffix is one too:
        // 由县住建局牵头，桐岭华润燃气有限公司配合)
        let named = !units.is_empty()
            && units.iter().all(|u| {
                let f = folded(&u.name);
                level_prefix(&f).is_some()
                    || f.starts_with('各')
                    || has_own_head(&f)
                    || (lead > 0 && org_suffix(&f).is_some() && char_count(&f) <= 20)
            });
        named.then(|| Responsibility {
            units,
            span: Span::new(offset + start, offset + body.len()),
            closed: true,
            timing: st
                .timing
                .map(|(a, b)| Span::new(offset + start + lead + a, offset + start + lead + b)),
        })
    })
}

/// Turns a scanned statement into units (absolute spans), capped at
/// [`MAX_UNITS`] in all.
fn statement_units(src: &Arc<str>, text: &str, offset: usize, st: &Statement) -> Vec<Unit> {
    let has_lead = st
        .segments
        .iter()
        .any(|s| s.role == RoleSpec::Fixed(Role::Lead));
    let any_lead = has_lead || st.segments.iter().any(|s| s.role == RoleSpec::LeadIfNone);
    // a line break inside one segment of a punctuated statement is a wrap
    let wraps = is_punctuated(text);
    let role_of = |spec: RoleSpec| match spec {
        RoleSpec::Fixed(r) => r,
        RoleSpec::LeadIfNone if has_lead => Role::Responsible,
        RoleSpec::LeadIfNone => Role::Lead,
        RoleSpec::CooperatingIfLead if any_lead => Role::Cooperating,
        RoleSpec::CooperatingIfLead => Role::Responsible,
    };
    let mut units = Vec::new();
    let mut k = 0usize;
    while let Some(seg) = st.segments.get(k) {
        let role = role_of(seg.role);
        // the segments of one role that only commas part are one list (its
        // runs are still apart: a note may mark a run before a comma)
        let mut group = vec![(sub(text, seg.start, seg.end), offset + seg.start)];
        let mut end = seg.end;
        k += 1;
        while let Some(next) = st.segments.get(k).filter(|n| {
            role_of(n.role) == role
                && sub(text, end, n.start)
                    .chars()
                    .all(|c| is_major_sep(c) || c.is_whitespace())
        }) {
            group.push((sub(text, next.start, next.end), offset + next.start));
            end = next.end;
            k += 1;
        }
        let room = MAX_UNITS.saturating_sub(units.len());
        if room == 0 {
            break;
        }
        let whole = sub(text, seg.start, end);
        let got = fold::within(whole, || read_segments(src, &group, role, wraps)).units;
        units.extend(got.into_iter().take(room));
    }
    units
}

/// Finds the responsibility parenthetical of one numbered item.
///
/// Rule: among the top-level bracket groups `(…)` / `（…）` (ASCII and
/// full-width may pair up; nested groups belong to their outer group), the
/// LAST one that is a responsibility statement: it holds a role label with a
/// colon (`牵头单位:` `责任单位：` `责任部门:` `总牵头单位:` `部门分工:` …) or a
/// clause closed by a role verb that names at least one unit (`A、B牵头`,
/// `C按职责分工负责`, `国务院各部门分别负责`). A group left open at the end of
/// the text (a cut page) is read as far as it goes, with `closed` false.
/// Text after the closing bracket is not part of it. Role verbs: 牵头 → lead;
/// 配合 / 协办 / 协助 → cooperating; 按职责分工负责 → cooperating beside a
/// lead, else responsible; 参与 → participating;
/// 分别负责 → responsible; 负责 → lead unless a lead is named otherwise.
/// `timing` is a clause such as 年内持续推进 or 2022年10月底前完成.
///
/// Accepts: `…占比45%。(牵头单位:区发改局、区科经局;责任单位:各街道办事处)`,
/// `…(国务院各部门分别负责,年内持续推进)`, `…(省发展改革委牵头,省工业和信息化厅、省`.
/// Rejects: `…完善农户(含农户)档案`, `…(无总牵头单位的由牵头单位报送)`.
pub(crate) fn find_parenthetical(
    src: &Arc<str>,
    text: &str,
    offset: usize,
) -> Option<Responsibility> {
    // Top-level groups first (one pass, no parsing), then read them from the
    // last one back: the first statement found is the answer.
    let groups = top_groups(text);
    groups
        .iter()
        .rev()
        .find_map(|g| {
            let inner = sub(text, g.inner.0, g.inner.1);
            read_statement(src, inner, offset + g.inner.0, true).map(|r| Responsibility {
                span: Span::new(offset + g.start, offset + g.end),
                closed: g.closed,
                ..r
            })
        })
        .or_else(|| {
            // （牵头单位 or （牵 at the very end: a statement a line break cut
            // before its first colon, to be read on over the next lines
            // (and （县体育局牵 at the end: names, then a role verb cut)
            // (and 。（县体育 at the end: a name cut after a full stop)
            let g = groups.last().filter(|g| !g.closed)?;
            let inner = sub(text, g.inner.0, g.inner.1).trim();
            let after_stop = sub(text, 0, g.start).trim_end().ends_with('。');
            (label_opening(inner) || verb_opening(inner) || after_stop && name_opening(inner)).then(
                || Responsibility {
                    units: Vec::new(),
                    span: Span::new(offset + g.start, offset + g.end),
                    closed: false,
                    timing: None,
                },
            )
        })
}

/// Whether `s` is a unit's name and the first character of a role verb
/// that a line break cut: `县体育局牵` (牵头), `县财政局配` (配合), `县住建局、
/// 县发改局负` (负责).
fn verb_opening(s: &str) -> bool {
    let Some(head) = s.strip_suffix(['牵', '配', '负', '协']) else {
        return false;
    };
    let last = head.rsplit(['、', '，', ',']).next().unwrap_or(head);
    at_most_chars(s, 60) && names_one_body(last)
}

/// Whether `s` is the head of a unit's name that a line break cut: one to
/// eight Chinese characters opening with a level or 各 (`市`, `县体育`,
/// `县卫生健康`).
fn name_opening(s: &str) -> bool {
    // (a level alone, 。（市⏎发展改革委…, is the opening of a name too)
    (1..=8).contains(&s.chars().count())
        && s.chars().all(super::is_cjk)
        && s.starts_with(['省', '市', '县', '区', '州', '旗', '盟', '镇', '乡', '各'])
}

/// Whether `line` opens with a role label and its colon (牵头单位：,
/// 第一责任单位:, 配合处室：, 牵头领导：), the way a role line under an item
/// does.
pub(crate) fn opens_with_role_label(line: &str) -> bool {
    let line = line.trim_start_matches(|c: char| c.is_whitespace());
    let Some((at, _)) = super::colon_within(line, 9) else {
        return false;
    };
    line.get(..at).and_then(classify_label).is_some_and(|k| {
        matches!(
            k,
            LabelKind::Role(_) | LabelKind::Host(_) | LabelKind::Person
        )
    })
}

/// Whether `s` is the opening of a role label cut by a line break before its
/// colon: 牵, 牵头单, 牵头单位, 责任单位, 配合.
fn label_opening(s: &str) -> bool {
    const LABELS: &[&str] = &[
        "总牵头单位",
        "牵头单位",
        "牵头部门",
        "主要责任单位",
        "责任单位",
        "责任部门",
        "配合单位",
        "配合部门",
        "协办单位",
        "参与单位",
        "实施单位",
    ];
    !s.is_empty() && LABELS.iter().any(|l| l.starts_with(s))
}

/// A top-level bracket group `(…)` / `（…）` of a text (byte offsets).
#[derive(Debug, Clone, Copy)]
struct Group {
    start: usize,
    end: usize,
    /// False for a group left open at the end of the text (a cut page).
    closed: bool,
    /// The content between the brackets.
    inner: (usize, usize),
}

/// The top-level bracket groups of `text`, in order; nested groups belong to
/// their outer group, a stray closer is ignored, and a group left open runs
/// to the end of the text.
fn top_groups(text: &str) -> Vec<Group> {
    let mut groups = Vec::new();
    let mut depth = 0usize;
    let mut open_at = 0usize;
    let mut open_len = 0usize;
    for (i, c) in text.char_indices() {
        if is_open(c) {
            if depth == 0 {
                open_at = i;
                open_len = c.len_utf8();
            }
            depth += 1;
        } else if is_close(c) && depth > 0 {
            depth -= 1;
            if depth == 0 {
                groups.push(Group {
                    start: open_at,
                    end: i + c.len_utf8(),
                    closed: true,
                    inner: (open_at + open_len, i),
                });
            }
        }
    }
    if depth > 0 {
        let end = text.trim_end().len().max(open_at + open_len);
        groups.push(Group {
            start: open_at,
            end,
            closed: false,
            inner: (open_at + open_len, end),
        });
    }
    groups
}

/// Units named after a double dash that ends an item, after its last
/// sentence (`……。——區發改委、區財政局/區統計局、區稅務局`): the names before
/// a slash lead, those after it cooperate; with no slash all lead. Every
/// name must look like a unit (a level, 各, or a head of its own), so that
/// a dash in prose (——摘自…) names none. `offset` is where `text` starts.
///
/// Accepts: `…增长6%。——区工信局/区统计局`, `…。——区商务局、区财政局`.
/// Rejects: `…。——这是我们的目标`, `——区工信局` with no sentence before it.
pub(crate) fn dash_units(src: &Arc<str>, text: &str, offset: usize) -> Option<Responsibility> {
    let body = text.trim_end_matches(is_trim);
    let at = body.rfind("——")?;
    let before = sub(body, 0, at).trim_end();
    if !before.ends_with(['。', '；', ';', '）', ')']) {
        return None;
    }
    let from = at + "——".len();
    let units = dash_list(src, sub(body, from, body.len()), offset + from)?;
    Some(Responsibility {
        units,
        span: Span::new(offset + at, offset + body.len()),
        closed: true,
        timing: None,
    })
}

/// The units of a list written after a dash (`區發改委、區財政局/區統計局`):
/// before a slash leads, after it cooperating; None unless every name looks
/// like a unit. `offset` is where `list` starts.
pub(crate) fn dash_list(src: &Arc<str>, list: &str, offset: usize) -> Option<Vec<Unit>> {
    if list.trim().is_empty()
        || char_count(list) > MAX_RAW_CHARS
        || list.contains(['。', '；', ';', '：', ':'])
        || list.matches(['/', '／']).count() > 1
    {
        return None;
    }
    let (leads, others) = match list.find(['/', '／']) {
        Some(k) => {
            let slash = sub(list, k, list.len())
                .chars()
                .next()
                .map_or(1, char::len_utf8);
            ((0, k), Some((k + slash, list.len())))
        }
        None => ((0, list.len()), None),
    };
    let mut units = parse_list(
        src,
        sub(list, leads.0, leads.1),
        offset + leads.0,
        Role::Lead,
    );
    if let Some((a, b)) = others {
        units.extend(parse_list(
            src,
            sub(list, a, b),
            offset + a,
            Role::Cooperating,
        ));
    }
    // (a name of a place and a suffix, 蘆江自然資源和規劃分局, beside one
    // that names a level)
    let leveled = |u: &Unit| {
        let f = folded(&u.name);
        level_prefix(&f).is_some() || f.starts_with('各') || has_own_head(&f)
    };
    let named = units.iter().any(leveled)
        && units
            .iter()
            .all(|u| leveled(u) || org_suffix(&folded(&u.name)).is_some());
    named.then_some(units)
}

/// A closing bracket group that holds only unit names, at the very end of an
/// item: `……不少于50场次（区文体旅局）`.
///
/// Rule: the last top-level group, followed by nothing but punctuation;
/// every name in it ends like a whole organisation and opens with its level
/// (区, 市, 省 …) or with 各, so that notes such as （试行）, （含区直部门）
/// or （以下简称市场监管局） are never read as units. The units are read as
/// if 负责 followed them: leads. A timing clause may close the group
/// (（县交通运输局，各乡镇人民政府；2024年11月底前）).
///
/// Accepts: `（区文体旅局）`, `(市发展改革委、市财政局)`, `（县交通运输局；年底前）`.
/// Rejects: `（试行）`, `（2024—2026年）`, `（区财政局代管）`.
pub(crate) fn bare_unit_group(src: &Arc<str>, text: &str, offset: usize) -> Option<Responsibility> {
    let end = text
        .trim_end_matches(|c: char| is_trim(c) || matches!(c, '；' | ';'))
        .len();
    let body = sub(text, 0, end);
    if !body.ends_with(is_close) {
        return None;
    }
    let g = top_groups(body)
        .pop()
        .filter(|g| g.closed && g.end == body.len())?;
    let mut inner = sub(body, g.inner.0, g.inner.1);
    if char_count(inner) > MAX_RAW_CHARS {
        return None;
    }
    // a trailing timing clause after the last separator
    let mut timing = None;
    if let Some((at, c)) = inner.char_indices().rfind(|&(_, c)| is_major_sep(c)) {
        let tail = sub(inner, at + c.len_utf8(), inner.len());
        if is_timing(tail) {
            let (ta, tb) = trim_range(inner, at + c.len_utf8(), inner.len());
            let base = offset + g.inner.0;
            timing = Some(Span::new(base + ta, base + tb));
            inner = sub(inner, 0, at);
        }
    }
    let units = parse_list(src, inner, offset + g.inner.0, Role::Lead);
    let all_named = !units.is_empty()
        && units.iter().all(|u| {
            let f = folded(&u.name);
            looks_complete(&u.name)
                && (level_prefix(&f).is_some() || f.starts_with('各'))
                && !is_person(&f)
        });
    all_named.then(|| Responsibility {
        units,
        span: Span::new(offset + g.start, offset + g.end),
        closed: true,
        timing,
    })
}

/// Reads a statement's content; `None` when it is not a responsibility
/// statement. In a parenthetical (`strict`), a verb-only statement must name a
/// unit.
fn read_statement(
    src: &Arc<str>,
    inner: &str,
    offset: usize,
    strict: bool,
) -> Option<Responsibility> {
    fold::within(inner, || read_statement_text(src, inner, offset, strict))
}

/// The body of [`read_statement`].
fn read_statement_text(
    src: &Arc<str>,
    inner: &str,
    offset: usize,
    strict: bool,
) -> Option<Responsibility> {
    if !may_hold_roles(inner) {
        return None;
    }
    let st = scan_statement(inner);
    let units = statement_units(src, inner, offset, &st);
    let ok = st.labelled || (st.verb && (!units.is_empty() || !strict));
    if !ok {
        return None;
    }
    let timing = st.timing.map(|(a, b)| Span::new(offset + a, offset + b));
    Some(Responsibility {
        units,
        span: Span::new(offset, offset + inner.len()),
        closed: true,
        timing,
    })
}

/// Cheap pre-check: does the text hold any role word at all?
fn may_hold_roles(s: &str) -> bool {
    // Every role word holds one of these characters (simplified or
    // traditional); most text has none, and the check needs no folding.
    const KEYS: [char; 23] = [
        '牵', '牽', '负', '負', '配', '单', '單', '门', '門', '参', '參', '协', '協', '分', '领',
        '領', '主', '办', '辦', '责', '責', '落', '执',
    ];
    if !s.contains(KEYS) {
        return false;
    }
    let f = folded(s);
    // (县城管局负⏎责: a hard wrap may cut the word)
    let f = if f.contains(['\n', '\r']) {
        Cow::Owned(f.chars().filter(|c| !matches!(c, '\n' | '\r')).collect())
    } else {
        f
    };
    [
        "牵头",
        "负责",
        "配合",
        "单位",
        "部门",
        "参与",
        "协办",
        "协助",
        "分工",
        "领导",
        "主体",
        "责任",
        "协同",
        "主责",
        "落实",
        "联合执法",
    ]
    .iter()
    .any(|w| f.contains(w))
}

/// Parses a line that holds only a responsibility statement.
///
/// Rule: after optional indentation the line opens with a role label and a
/// colon (`责任单位:` `牵头单位：` `配合单位:` `部门分工:` …) or is one bracketed
/// statement; the rest is read like a parenthetical's content, labels and role
/// verbs included. Person labels (`分管省领导:林克庆`, `责任领导:张三`) give no
/// unit: such a line is returned with empty `units`, so the caller knows it is
/// a role line and not task text. `span` covers the line without its
/// surrounding whitespace.
///
/// Accepts: `责任单位:市疫情防控指挥部办公室、市卫生健康委等,各县(市、区)政府(管委会)`,
/// `部门分工:省发展改革委牵头,各地、各部门配合。`.
/// Rejects: `1.坚持“外防输入、内防反弹”总体防控策略`, `主办单位:鄂城区人民政府`.
pub(crate) fn parse_role_line(src: &Arc<str>, text: &str, offset: usize) -> Option<Responsibility> {
    let (a, b) = {
        let lead = text.len() - text.trim_start().len();
        (lead, text.trim_end().len().max(lead))
    };
    let line = sub(text, a, b);
    if let Some((_, kind)) = bracket_label(line) {
        if matches!(kind, LabelKind::Role(_) | LabelKind::Mixed) {
            return Some(labelled_line(src, line, offset + a, b - a));
        }
        return None;
    }
    if line.starts_with(is_open) {
        let r = find_parenthetical(src, line, offset + a)?;
        // Only when the group is the whole line.
        let trailing = sub(text, r.span.end.saturating_sub(offset), b)
            .trim_matches(|c| is_trim(c) || is_major_sep(c));
        return (r.span.start == offset + a && trailing.is_empty()).then_some(r);
    }
    // The first depth-0 colon must close a known, non-ignored label.
    let colon = line
        .char_indices()
        .find(|&(_, c)| is_colon(c) || is_open(c) || is_major_sep(c) || c == '、')?;
    if !is_colon(colon.1) {
        return None;
    }
    let label = sub(line, 0, colon.0).trim();
    // 牵头领导/责任单位/配合单位：刘志刚/市发展改革委/市统计局: labels joined
    // by slashes, their values in the same order
    if label.contains(['/', '／']) {
        let value_at = colon.0 + colon.1.len_utf8();
        return slashed_line(src, line, offset + a, label, value_at);
    }
    match classify_label(label) {
        None | Some(LabelKind::Ignore) | Some(LabelKind::Timing) => return None,
        Some(LabelKind::Host(_)) => {
            // 主办单位：某某县人民政府 alone is a page's footer
            let r = labelled_line(src, line, offset + a, b - a);
            return (!r.units.is_empty()).then_some(r);
        }
        Some(_) => {}
    }
    Some(labelled_line(src, line, offset + a, b - a))
}

/// A role line whose labels are joined by slashes, its values parted the
/// same way (`牵头领导/责任单位/配合单位：刘志刚/市发展改革委/市统计局、市农业
/// 农村局`): each value read with its label's role, persons skipped. None
/// when a label is no role label or the counts differ. `offset` is where
/// `line` starts; its value starts at byte `value_at`.
fn slashed_line(
    src: &Arc<str>,
    line: &str,
    offset: usize,
    label: &str,
    value_at: usize,
) -> Option<Responsibility> {
    let kinds: Vec<LabelKind> = label
        .split(['/', '／'])
        .map(|l| classify_label(l.trim()))
        .collect::<Option<_>>()?;
    let value = line.get(value_at..)?;
    let mut parts: Vec<(usize, usize)> = Vec::with_capacity(kinds.len());
    let mut start = 0usize;
    for (i, c) in value.char_indices() {
        if matches!(c, '/' | '／') {
            parts.push((start, i));
            start = i + c.len_utf8();
        }
    }
    parts.push((start, value.len()));
    if parts.len() != kinds.len() {
        return None;
    }
    let mut units = Vec::new();
    for (kind, (x, y)) in kinds.into_iter().zip(parts) {
        let role = match kind {
            LabelKind::Role(r) | LabelKind::Host(r) => r,
            LabelKind::Person | LabelKind::Timing | LabelKind::Ignore => continue,
            LabelKind::Mixed => Role::Responsible,
        };
        let at = value_at + x;
        units.extend(parse_list(
            src,
            sub(line, at, value_at + y),
            offset + at,
            role,
        ));
    }
    Some(Responsibility {
        units,
        span: Span::new(offset, offset + line.len()),
        closed: true,
        timing: None,
    })
}

/// The units and timing of a line that opens with a role label; `offset` is
/// where `line` starts, `len` its length.
fn labelled_line(src: &Arc<str>, line: &str, offset: usize, len: usize) -> Responsibility {
    let st = scan_statement(line);
    let units = statement_units(src, line, offset, &st);
    let timing = st.timing.map(|(x, y)| Span::new(offset + x, offset + y));
    Responsibility {
        units,
        span: Span::new(offset, offset + len),
        closed: true,
        timing,
    }
}

impl Unit {
    /// Parses a list of unit names, restoring elided shared parts.
    ///
    /// Names are separated by 、 , ， ; ； (and by spaces between complete
    /// names); a trailing 等 is dropped; a bracketed note is kept apart; a
    /// shared suffix or prefix written once is restored on every member. All
    /// units get the role [`Role::Responsible`].
    ///
    /// ```
    /// use govreport::Unit;
    /// let units = Unit::parse_list("区发改、科经、商务局,郑店、五里界街道办事处").unwrap();
    /// let names: Vec<&str> = units.iter().map(|u| u.name.as_str()).collect();
    /// assert_eq!(names, ["区发改局", "区科经局", "区商务局", "郑店街道办事处", "五里界街道办事处"]);
    /// assert_eq!(units[1].raw, "科经");
    ///
    /// let units = Unit::parse_list("区财政局(金融办),各乡镇人民政府、街道办事处等").unwrap();
    /// assert_eq!(units[0].name, "区财政局");
    /// assert_eq!(units[0].note.as_deref(), Some("金融办"));
    /// assert_eq!(units[2].name, "各街道办事处");
    /// assert!(units[2].collective);
    /// ```
    ///
    /// # Errors
    ///
    /// [`ErrorKind::ExpectedUnit`] when the text holds no unit name;
    /// [`ErrorKind::TooLong`] when it holds more than 1000 names (the span
    /// points at the rest that was not read).
    ///
    /// ```
    /// use govreport::{ErrorKind, Unit};
    /// assert_eq!(Unit::parse_list("、 ,").unwrap_err().kind(), ErrorKind::ExpectedUnit);
    /// let long = "区财政局、".repeat(1001);
    /// assert_eq!(Unit::parse_list(&long).unwrap_err().kind(), ErrorKind::TooLong);
    /// ```
    pub fn parse_list(s: &str) -> Result<Vec<Unit>, Error> {
        let src: Arc<str> = Arc::from(s);
        let p = parse_list_bounded(&src, &src, 0, Role::Responsible);
        if let Some(span) = p.truncated {
            return Err(Error::new(ErrorKind::TooLong, span));
        }
        if p.units.is_empty() {
            return Err(Error::new(ErrorKind::ExpectedUnit, Span::new(0, s.len())));
        }
        Ok(p.units)
    }
}

#[cfg(test)]
mod tests;
