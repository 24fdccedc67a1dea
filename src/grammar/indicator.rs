//! Standard indicators (../shared/INDICATORS.md), recognised by family:
//! a core name plus the prefixes and suffixes real documents vary freely
//! (全市/全区/全县/全省/地方/本地, 规上/规模以上, 年/全年; 总额/总量/额).

use std::sync::LazyLock;

use super::words::{End, WordIndex};

/// (key, cores that identify the family). Order matters: the more specific
/// family comes first (城镇调查失业率 before any 失业率).
const FAMILIES: &[(&str, &[&str])] = &[
    ("energy_intensity", &["能耗", "单位GDP能耗", "能耗强度"]),
    ("carbon_intensity", &["二氧化碳排放", "碳排放强度"]),
    (
        "pollutant_emissions",
        &[
            "主要污染物",
            "化学需氧量",
            "氨氮",
            "二氧化硫",
            "氮氧化物",
            "节能减排",
        ],
    ),
    ("surveyed_unemployment", &["调查失业率"]),
    ("registered_unemployment", &["登记失业率"]),
    (
        "new_urban_jobs",
        &["新增就业", "城镇新增就业", "新增城镇就业"],
    ),
    ("cpi", &["居民消费价格", "CPI", "物价涨幅", "物价总水平"]),
    (
        "disposable_income",
        &["可支配收入", "居民收入", "农民人均纯收入"],
    ),
    ("industrial_value_added", &["工业增加值"]),
    ("services_value_added", &["服务业增加值", "第三产业增加值"]),
    (
        "agriculture_value_added",
        &["农业增加值", "第一产业增加值", "农林牧渔业增加值"],
    ),
    (
        "high_tech_value_added",
        &[
            "高新技术产业增加值",
            "战略性新兴产业增加值",
            "数字经济核心产业增加值",
        ],
    ),
    ("fixed_asset_investment", &["固定资产投资", "项目投资"]),
    ("retail_sales", &["消费品零售", "社零额"]),
    (
        "general_budget_revenue",
        &["一般公共预算收入", "一般预算收入", "地方级收入"],
    ),
    ("fiscal_revenue", &["财政总收入", "全口径财政收入"]),
    ("tax_revenue", &["税收收入"]),
    ("foreign_trade", &["进出口"]),
    ("exports", &["出口"]),
    (
        "foreign_investment",
        &["利用外资", "使用外资", "到位外资", "外商直接投资"],
    ),
    ("attracted_investment", &["到位资金", "引进内资"]),
    ("grain_output", &["粮食产量", "粮食总产量", "粮食播种面积"]),
    ("rd_intensity", &["研发投入强度", "研究与试验发展", "R&D"]),
    ("urbanization_rate", &["城镇化率"]),
    ("air_quality", &["优良天数", "PM2.5"]),
    (
        "water_quality",
        &["优良水体", "断面达标率", "类水体比例", "水质优良"],
    ),
    ("population_growth", &["人口自然增长率"]),
    ("deficit", &["赤字率", "财政赤字"]),
    ("gdp", &["生产总值", "GDP", "经济增长", "经济总量"]),
];

/// The standard indicator key of `indicator`, when it belongs to one of
/// the families: 地方生产总值 → gdp, 规上工业增加值 → industrial_value_added.
pub(crate) fn standard(indicator: &str) -> Option<&'static str> {
    let indicator = super::fold::folded(indicator);
    let indicator = indicator.as_ref();
    // the first family (in the order above) with a core anywhere in it
    cores_in(indicator)
        .map(|(_, family, _)| family)
        .min()
        .and_then(|k| FAMILIES.get(k))
        .map(|(key, _)| *key)
}

/// Every core of [`FAMILIES`] indexed by its first character, with its
/// family's place in the list.
static CORES: LazyLock<WordIndex<usize>> = LazyLock::new(|| {
    WordIndex::new(
        End::First,
        FAMILIES
            .iter()
            .enumerate()
            .flat_map(|(k, (_, cores))| cores.iter().map(move |c| (*c, k))),
    )
});

/// The cores that occur in `s`: (start, family, end), in one pass over its
/// characters.
fn cores_in(s: &str) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
    let index: &WordIndex<usize> = &CORES;
    s.char_indices().flat_map(move |(i, c)| {
        let rest = s.get(i..).unwrap_or("");
        index
            .bucket(c)
            .iter()
            .filter(move |(_, w, _)| rest.starts_with(w))
            .map(move |&(_, w, k)| (i, k, i + w.len()))
    })
}

/// Where the name of a standard indicator ends, when `s` opens with one
/// (within its first 12 characters: 全年进出口保稳提质 → after 进出口).
pub(crate) fn standard_head(s: &str) -> Option<usize> {
    let f = super::fold::folded(s);
    let f = f.as_ref();
    let head_end = f.char_indices().nth(12).map_or(f.len(), |(i, _)| i);
    cores_in(f)
        .take_while(|&(start, _, _)| start < head_end)
        .map(|(_, _, end)| end)
        .min()
}

#[cfg(test)]
mod tests {
    use super::{standard, standard_head};

    #[test]
    fn heads_of_clauses() {
        assert_eq!(standard_head("进出口保稳提质"), Some("进出口".len()));
        assert_eq!(
            standard_head("全年粮食产量保持稳定"),
            Some("全年粮食产量".len())
        );
        assert_eq!(standard_head("在实际工作中争取更好结果"), None);
    }

    #[test]
    fn families() {
        for (name, key) in [
            ("地区生产总值", "gdp"),
            ("全年地区生产总值", "gdp"),
            ("地方生产总值", "gdp"),
            ("经济增长", "gdp"),
            ("规模以上工业增加值", "industrial_value_added"),
            ("规上工业增加值", "industrial_value_added"),
            ("全社会固定资产投资", "fixed_asset_investment"),
            ("社会消费品零售总额", "retail_sales"),
            ("地方财政一般预算收入", "general_budget_revenue"),
            ("城镇调查失业率", "surveyed_unemployment"),
            ("城镇登记失业率", "registered_unemployment"),
            ("万元GDP能耗", "energy_intensity"),
            ("居民消费价格涨幅", "cpi"),
            ("城镇常住居民人均可支配收入", "disposable_income"),
            ("外贸出口", "exports"),
            ("外贸进出口总额", "foreign_trade"),
            ("国考断面水质优良比例", "water_quality"),
            ("空气质量优良天数比例", "air_quality"),
        ] {
            assert_eq!(standard(name), Some(key), "{name}");
        }
        assert_eq!(standard("新签约项目"), None);
    }
}
