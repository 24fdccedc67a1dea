use super::*;

/// [`super::scan_metrics`] over a source of its own.
fn scan_metrics(text: &str, offset: usize) -> Vec<Metric> {
    let src: Arc<str> = Arc::from(text);
    super::scan_metrics(&src, &src, offset)
}

type MetricCase<'a> = (
    &'a str,
    Option<&'a str>,
    Change,
    &'a str,
    &'a str,
    Bound,
    &'a str,
);

fn dec(s: &str) -> Decimal {
    Decimal::from_str_exact(s).unwrap_or_default()
}

fn one(text: &str) -> Metric {
    let ms = scan_metrics(text, 0);
    assert_eq!(ms.len(), 1, "{text}: {ms:?}");
    ms.into_iter().next().unwrap_or_else(|| panic!("{text}"))
}

/// input → indicator, change, value, unit, bound, text
#[test]
fn single_metrics() {
    let cases: &[MetricCase] = &[
        (
            "地区生产总值增长5.5%左右;",
            Some("地区生产总值"),
            Change::Growth,
            "5.5",
            "%",
            Bound::Approx,
            "地区生产总值增长5.5%左右",
        ),
        (
            "全年地区生产总值增长５％左右",
            Some("全年地区生产总值"),
            Change::Growth,
            "5",
            "%",
            Bound::Approx,
            "全年地区生产总值增长５％左右",
        ),
        (
            "城镇登记失业率控制在4%以内",
            Some("城镇登记失业率"),
            Change::Level,
            "4",
            "%",
            Bound::AtMost,
            "城镇登记失业率控制在4%以内",
        ),
        (
            "城镇调查失业率6%左右",
            Some("城镇调查失业率"),
            Change::Level,
            "6",
            "%",
            Bound::Approx,
            "城镇调查失业率6%左右",
        ),
        (
            "万元GDP能耗下降2.5%",
            Some("万元GDP能耗"),
            Change::Decline,
            "2.5",
            "%",
            Bound::Exact,
            "万元GDP能耗下降2.5%",
        ),
        (
            "技改投资占比45%。",
            Some("技改投资占比"),
            Change::Share,
            "45",
            "%",
            Bound::Exact,
            "技改投资占比45%",
        ),
        (
            "工业项目占比不低于50%",
            Some("工业项目占比"),
            Change::Share,
            "50",
            "%",
            Bound::AtLeast,
            "工业项目占比不低于50%",
        ),
        (
            "赤字率提高到3%",
            Some("赤字率"),
            Change::Level,
            "3",
            "%",
            Bound::Exact,
            "赤字率提高到3%",
        ),
        (
            "力争新增市场主体5000家以上",
            Some("新增市场主体"),
            Change::Level,
            "5000",
            "家",
            Bound::AtLeast,
            "新增市场主体5000家以上",
        ),
        (
            "总投资额669.8亿元",
            Some("总投资额"),
            Change::Level,
            "669.8",
            "亿元",
            Bound::Exact,
            "总投资额669.8亿元",
        ),
        (
            "营业额破亿元",
            Some("营业额"),
            Change::Level,
            "1",
            "亿元",
            Bound::AtLeast,
            "营业额破亿元",
        ),
        (
            "年度计划投资超150亿元以上",
            Some("年度计划投资"),
            Change::Level,
            "150",
            "亿元",
            Bound::AtLeast,
            "年度计划投资超150亿元以上",
        ),
        (
            "农村贫困人口减少60万以上",
            Some("农村贫困人口"),
            Change::Decline,
            "60",
            "万",
            Bound::AtLeast,
            "农村贫困人口减少60万以上",
        ),
        (
            "经济增长7.5%—8%",
            Some("经济"),
            Change::Growth,
            "7.5",
            "%",
            Bound::Range,
            "经济增长7.5%—8%",
        ),
        (
            "新增4-5所公办幼儿园",
            Some("新增"),
            Change::Level,
            "4",
            "所",
            Bound::Range,
            "新增4-5所",
        ),
        (
            "建立四项机制,",
            Some("建立"),
            Change::Level,
            "4",
            "项",
            Bound::Exact,
            "建立四项",
        ),
        (
            "超过两成",
            None,
            Change::Level,
            "2",
            "成",
            Bound::AtLeast,
            "超过两成",
        ),
        (
            "占注册企业总数的30%左右",
            Some("占注册企业总数的"),
            Change::Share,
            "30",
            "%",
            Bound::Approx,
            "占注册企业总数的30%左右",
        ),
        (
            "城镇调查失业率和登记失业率均控制在5%以内",
            Some("城镇调查失业率和登记失业率"),
            Change::Level,
            "5",
            "%",
            Bound::AtMost,
            "城镇调查失业率和登记失业率均控制在5%以内",
        ),
        (
            "12家区内行业领军企业,",
            Some("区内行业领军企业"),
            Change::Level,
            "12",
            "家",
            Bound::Exact,
            "12家区内行业领军企业",
        ),
        (
            "粮食产量稳定在４.１亿斤以上",
            Some("粮食产量"),
            Change::Level,
            "4.1",
            "亿斤",
            Bound::AtLeast,
            "粮食产量稳定在４.１亿斤以上",
        ),
    ];
    for &(input, ind, change, value, unit, bound, text) in cases {
        let m = one(input);
        assert_eq!(m.indicator.as_deref(), ind, "{input}");
        assert_eq!(m.change, Some(change), "{input}");
        assert_eq!(m.value, dec(value), "{input}");
        assert_eq!(m.unit.as_deref(), Some(unit), "{input}");
        assert_eq!(m.bound, bound, "{input}");
        assert_eq!(m.text, text, "{input}");
        assert_eq!(m.span.get(input), Some(text), "{input}");
    }
}

#[test]
fn lists_and_thresholds() {
    let ms = scan_metrics("城镇、农村常住居民人均可支配收入分别增长5.2%、8%左右", 100);
    let got: Vec<_> = ms.iter().map(|m| (m.value, m.bound, m.change)).collect();
    assert_eq!(
        got,
        [
            (dec("5.2"), Bound::Exact, Some(Change::Growth)),
            (dec("8"), Bound::Approx, Some(Change::Growth))
        ]
    );
    assert!(ms.iter().all(|m| m.span.start >= 100));
    let ms = scan_metrics("其中10亿元以上项目5个以上", 0);
    let got: Vec<_> = ms
        .iter()
        .map(|m| (m.value, m.unit.clone(), m.bound))
        .collect();
    assert_eq!(
        got,
        [
            (dec("10"), Some("亿元".into()), Bound::AtLeast),
            (dec("5"), Some("个".into()), Bound::AtLeast)
        ]
    );
    // a size class with no digit is no metric, the count is
    let ms = scan_metrics("新签约亿元以上项目不少于80个", 0);
    assert_eq!(ms.len(), 1);
    assert_eq!(ms.first().map(|m| m.value), Some(dec("80")));
}

#[test]
fn not_metrics() {
    for text in [
        "2022年3月21日",
        "2023年12月底前",
        "港政发〔2021〕10号",
        "1.推进改革。2、加强管理。(3)完善机制",
        "第三方评估,第二水厂",
        "荆冶湘二、三期,花湖棚户区改造项目二期",
        "“十四五”规划,党的二十大,十九届二中全会",
        "5A级景区,5G基站,G107,s356,PM2.5",
        "“两个城市、五个示范区”,“黄金22条”,“三电”,“双千”,“210”成果",
        "六大工程,6大产业,三大攻坚战,7大类工程",
        "重点抓好七个方面工作",
        "二、重点工作(共135项)",
        "一、经济发展（3项）\n",
        "（二）优化营商环境（12条）",
        "见注释[3]",
        "一是加强,二是推进",
        "一批项目,一流企业,一体化,统一,唯一,一站式,一个有订单的企业",
        "成立70周年",
        "“15分钟阅读文化圈”,“24小时政务小屋”",
        "四个一批,六个一",
        "落实二十条优化措施,防疫新十条,八项规定,80条清单",
        "二次供水,中船710所、久之洋",
        "老下陆片区,熊八升片区,汽车零部件",
        "十年禁渔,三年专项整治行动",
        "《城市更新2020-2035年规划》",
        "上午9点召开",
        "增长率",
    ] {
        let ms = scan_metrics(text, 0);
        assert!(ms.is_empty(), "{text}: {ms:?}");
    }
}

#[test]
fn names_with_a_real_count_after_them() {
    let m = one("启动建设“四好农村路”200公里");
    assert_eq!((m.value, m.unit.as_deref()), (dec("200"), Some("公里")));
    let m = one("建设24小时自助图书馆");
    assert_eq!(m.unit.as_deref(), Some("小时"));
    // a bracketed count inside a line is work to do
    let m = one("完成改革任务（12项）。");
    assert_eq!((m.value, m.unit.as_deref()), (dec("12"), Some("项")));
}

#[test]
fn linear_on_long_input() {
    let mut text = String::new();
    for _ in 0..20_000 {
        text.push_str("新增就业8000人以上,");
    }
    text.push_str(&"一".repeat(50_000));
    text.push_str(&"9".repeat(50_000));
    text.push_str(&"“".repeat(10_000));
    let ms = scan_metrics(&text, 0);
    assert_eq!(ms.len(), 20_000);
}

#[test]
fn parse_phrase() {
    let m = Metric::parse("大于50").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((m.value, m.bound), (dec("50"), Bound::AtLeast));
    assert_eq!(Metric::parse("").unwrap_err().kind(), ErrorKind::Empty);
    assert_eq!(
        Metric::parse("一位名叫杰克的男生").unwrap_err().kind(),
        ErrorKind::ExpectedQuantity
    );
    let m: Metric = "城镇新增就业1000万人以上"
        .parse()
        .unwrap_or_else(|e: Error| panic!("{e}"));
    assert_eq!(m.base_value, dec("10000000"));
    assert_eq!(m.base_unit.as_deref(), Some("人"));
}

#[test]
fn institutes_and_school_counts() {
    // a short name with a three-digit number and 所 in a list of names
    assert!(scan_metrics("依托华为、航天801所、中车等企业", 0).is_empty());
    // a verb phrase before the count: schools counted
    let m = one("新建中小学120所");
    assert_eq!((m.value, m.unit.as_deref()), (dec("120"), Some("所")));
}

#[test]
fn doubling_and_several_tens() {
    let m = one("城乡居民收入比2010年翻一番");
    assert_eq!(
        (m.value, m.unit.as_deref(), m.change),
        (dec("1"), Some("番"), Some(Change::Growth))
    );
    // the same growth as 增长1倍
    assert_eq!(
        (m.base_value, m.base_unit.as_deref()),
        (dec("1"), Some("倍"))
    );
    let m = one("城乡居民收入增长1倍");
    assert_eq!(
        (m.base_value, m.base_unit.as_deref()),
        (dec("1"), Some("倍"))
    );
    let m = one("培育几十家企业");
    assert_eq!((m.base_value, m.bound), (dec("10"), Bound::AtLeast));
}

#[test]
fn act_table_agrees_with_the_predicates() {
    for code in 0..0x11000u32 {
        if let Some(c) = char::from_u32(code) {
            assert_eq!(ACTS.contains(c), may_act(c), "{c}");
        }
    }
    assert!(ACTS.contains('一') && ACTS.contains('5') && ACTS.contains('，') && ACTS.contains('“'));
    assert!(!ACTS.contains('发') && !ACTS.contains('a'));
}

#[test]
fn shares_held_or_raised_to_a_level() {
    for (text, change, indicator) in [
        ("水质优良比例保持100%", Change::Level, "水质优良比例"),
        ("优良天数比例保持在82%以上", Change::Level, "优良天数比例"),
        ("“文明村”比例达到70%以上", Change::Share, "“文明村”比例"),
        (
            "空气质量优良天数比例达到85%以上",
            Change::Level,
            "空气质量优良天数比例",
        ),
        (
            "文明企业占注册企业总数的比例保持在30%",
            Change::Share,
            "文明企业占注册企业总数的比例",
        ),
        (
            "制造业增加值占地区生产总值比重保持在30%以上",
            Change::Share,
            "制造业增加值占地区生产总值比重",
        ),
        (
            "服务业增加值比重提高到55%",
            Change::Share,
            "服务业增加值比重",
        ),
        (
            "服务业增加值比重提高2个百分点",
            Change::Growth,
            "服务业增加值比重",
        ),
        ("森林覆盖率保持45%以上", Change::Level, "森林覆盖率"),
    ] {
        let m = Metric::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_eq!(m.change, Some(change), "{text}");
        assert_eq!(m.indicator.as_deref(), Some(indicator), "{text}");
    }
    let m = Metric::parse("开展全民健身活动不少于50场次").unwrap();
    assert_eq!((m.unit.as_deref(), m.bound), (Some("场次"), Bound::AtLeast));
}

#[test]
fn a_change_clause_after_a_dun_comma_keeps_the_indicator() {
    let ms = scan_metrics("全市地区生产总值达到2860亿元、增长5.8%", 0);
    assert_eq!(ms.len(), 2, "{ms:?}");
    // (the place the statement speaks of is no part of the indicator)
    assert_eq!(ms[1].indicator.as_deref(), Some("地区生产总值"));
    assert_eq!(ms[1].change, Some(Change::Growth));
    let m = one("建议今年全市地区生产总值增长5.5%左右");
    assert_eq!(m.indicator.as_deref(), Some("地区生产总值"));
    assert_eq!(one("全县14个").indicator.as_deref(), Some("全县"));
    // a comparison note (同口径, 按可比价格计算) is not an indicator
    for text in [
        "一般公共预算收入15.8亿元，同口径增长6%",
        "一般公共预算收入15.8亿元，按可比价格计算增长6%",
    ] {
        let ms = scan_metrics(text, 0);
        assert_eq!(
            ms[1].indicator.as_deref(),
            Some("一般公共预算收入"),
            "{text}"
        );
        assert_eq!(ms[1].change, Some(Change::Growth));
    }
    assert_eq!(
        one("地区生产总值同比增长5%").indicator.as_deref(),
        Some("地区生产总值")
    );
    // a list of amounts is not a change clause: nothing is carried
    let ms = scan_metrics("新建道路12公里、绿道8公里", 0);
    assert_eq!(ms[1].indicator.as_deref(), Some("绿道"));
}

#[test]
fn time_phrases_are_not_indicators() {
    let ms = scan_metrics("推动企业开展数字化诊断，2024年完成30家，2025年完成60家", 0);
    assert_eq!(ms.len(), 2, "{ms:?}");
    assert!(ms.iter().all(|m| m.indicator.is_none()), "{ms:?}");
    // before a noun the time phrase stays, as written
    let ms = scan_metrics("全年新增市场主体5000户", 0);
    assert_eq!(ms[0].indicator.as_deref(), Some("全年新增市场主体"));
    assert_eq!(time_prefix("2024年完成"), "2024年".len());
    assert_eq!(time_prefix("到2025年底前"), "到2025年底前".len());
    assert_eq!(time_prefix("年产值"), 0);
    assert_eq!(time_prefix("20万吨"), 0);
}

#[test]
fn a_lead_word_before_one_character_is_part_of_the_noun() {
    assert_eq!(one("完成率100%").indicator.as_deref(), Some("完成率"));
    assert_eq!(one("力争完成投资5亿元").indicator.as_deref(), Some("投资"));
}

#[test]
fn a_lead_word_clause_continues_the_metric_before() {
    let ms = scan_metrics("地区生产总值增长6%，力争7%；一般公共预算收入增长5%", 0);
    assert_eq!(ms.len(), 3, "{ms:?}");
    assert_eq!(ms[1].indicator.as_deref(), Some("地区生产总值"));
    assert_eq!(ms[1].change, Some(Change::Growth));
    // not across a semicolon, and not when the clause names something
    let ms = scan_metrics("地区生产总值增长6%；力争7%", 0);
    assert_eq!(ms[1].indicator, None);
    let ms = scan_metrics("地区生产总值增长6%，新增企业7家", 0);
    assert_eq!(ms[1].indicator.as_deref(), Some("新增企业"));
    let ms = scan_metrics("新开工亿元以上项目不少于40个，其中10亿元以上项目5个", 0);
    assert_eq!(ms[1].indicator.as_deref(), Some("项目"));
    let ms = scan_metrics("增长6%，力争实现7%", 0);
    assert_eq!(ms[1].change, Some(Change::Growth));
}

#[test]
fn respective_lists_hand_out_one_indicator_each() {
    let indicators = |text: &str| -> Vec<String> {
        scan_metrics(text, 0)
            .iter()
            .map(|m| m.indicator.as_deref().unwrap_or("").to_string())
            .collect()
    };
    let income = ["城镇居民人均可支配收入", "农村居民人均可支配收入"];
    // heads of one length sharing the tail written on the last
    assert_eq!(
        indicators("城镇、农村居民人均可支配收入分别增长6%和7.5%"),
        income
    );
    assert_eq!(
        indicators("城镇和农村居民人均可支配收入分别增长8%和8.5%左右"),
        income
    );
    assert_eq!(
        indicators("力争城镇、农村居民人均可支配收入分别增长8%、9%"),
        income
    );
    assert_eq!(
        indicators("一、二、三产业增加值分别增长3%、6%和8%"),
        ["一产业增加值", "二产业增加值", "三产业增加值"]
    );
    // a last head longer than the others
    assert_eq!(
        indicators("城镇、农村牧区常住居民人均可支配收入分别增长7.5%和8.5%"),
        [
            "城镇常住居民人均可支配收入",
            "农村牧区常住居民人均可支配收入"
        ]
    );
    assert_eq!(
        indicators("果蔬、肉类、水产品冷链流通率分别达到30%、60%、75%"),
        ["果蔬冷链流通率", "肉类冷链流通率", "水产品冷链流通率"]
    );
    // pairs written once
    assert_eq!(
        indicators("城乡居民人均可支配收入分别增长6%和8%左右"),
        income
    );
    assert_eq!(
        indicators("进出口总额分别增长5%和6%"),
        ["进口总额", "出口总额"]
    );
    // a level list and its growth clause
    assert_eq!(
        indicators("城镇、农村居民人均可支配收入分别达到42160元和21380元，增长5.6%和7.3%"),
        [income[0], income[1], income[0], income[1]]
    );
    // 分别 after several clauses: the sentence's earlier metrics in order
    assert_eq!(
        indicators("接待游客1200万人次，实现旅游综合收入110亿元，分别增长10%、12%"),
        ["接待游客", "旅游综合收入", "接待游客", "旅游综合收入"]
    );
    // a list with no names in its own sentence: the names of the list before
    assert_eq!(
        indicators("城镇26850元、农村12460元，分别增长8.2%、8.6%。目标：分别增长8.5%、9%"),
        ["城镇", "农村", "城镇", "农村", "城镇", "农村"]
    );
    // … but not when the count differs
    assert_eq!(
        indicators("城镇26850元、农村12460元，分别增长8.2%、8.6%。目标：分别增长8%、9%、10%"),
        ["城镇", "农村", "城镇", "农村", "", "", ""]
    );
    // no list: nothing is split
    assert_eq!(
        indicators("居民收入分别增长6%和7%"),
        ["居民收入", "居民收入"]
    );
    assert_eq!(
        indicators("固定资产投资、社会消费品零售总额分别增长8%和7%"),
        ["固定资产投资", "社会消费品零售总额"]
    );
    assert_eq!(indicators("城乡居民收入增长6%"), ["城乡居民收入"]);
}

#[test]
fn qualifiers_inside_noun_phrases() {
    // an age before a noun qualifies it
    let ms = scan_metrics("每千人口拥有3岁以下婴幼儿托位数达到4.5个", 0);
    assert_eq!(ms.len(), 1, "{ms:?}");
    assert_eq!(
        ms[0].indicator.as_deref(),
        Some("每千人口拥有3岁以下婴幼儿托位数")
    );
    // a threshold of ages is a figure (65岁以上 at_least), a span of ages too
    let ms = scan_metrics("65岁以上老年人健康管理率达到70%", 0);
    assert_eq!(ms.len(), 2, "{ms:?}");
    assert!(ms[0].text.starts_with("65岁以上"), "{ms:?}");
    assert_eq!(ms[0].bound, Bound::AtLeast);
    let m = one("对登记失业的16—24岁青年给予补贴");
    assert_eq!(
        (m.value_max.map(|v| v.to_string()), m.unit.as_deref()),
        (Some("24".into()), Some("岁"))
    );
    assert!(scan_metrics("为3岁婴幼儿接种疫苗", 0).is_empty());
    assert_eq!(one("人均预期寿命达到78.5岁").unit.as_deref(), Some("岁"));
    // a size class without a digit is no amount; 的 opens no indicator
    let ms = scan_metrics("其中营业收入超亿元的2家", 0);
    assert_eq!(ms.len(), 1, "{ms:?}");
    assert_eq!(ms[0].indicator.as_deref(), Some("营业收入超亿元的"));
    let ms = scan_metrics("对总投资120亿元的45个项目逐一落实", 0);
    assert_eq!(ms[1].indicator, None, "{ms:?}");
    // a count after one named by the noun after it names its own
    let ms = scan_metrics("完成2000名贫困人口脱贫、10个贫困村退出", 0);
    let names: Vec<&str> = ms.iter().filter_map(|m| m.indicator.as_deref()).collect();
    assert_eq!(names, ["贫困人口脱贫", "贫困村退出"]);
    // a span of years is a figure; a date, a campaign, a grade and a span
    // that says when are none
    let m = one("补贴期限最长不超过3年");
    assert_eq!(
        (m.value, m.unit.as_deref(), m.bound),
        (dec("3"), Some("年"), Bound::AtMost)
    );
    let m = one("自投产之日起3—5年内");
    assert_eq!((m.value_max, m.bound), (Some(dec("5")), Bound::Range));
    for text in [
        "2024年完成",
        "实施三年行动",
        "1—2年级",
        "20年代",
        "连续6年稳定",
        "近3年来",
    ] {
        assert!(scan_metrics(text, 0).is_empty(), "{text}");
    }
    let ms = scan_metrics("粮食总产量连续6年稳定在300万吨以上", 0);
    assert_eq!(ms.len(), 1, "{ms:?}");
    assert!(ms[0]
        .indicator
        .as_deref()
        .is_some_and(|i| i.starts_with("粮食总产量")));
    // a topic set off by a double dash is no part of the indicator
    let ms = scan_metrics(
        "经济发展——地区生产总值增长7%左右，固定资产投资增长8%—9%；人民生活——城镇、农村居民人均可支配收入分别增长8.5%、9.5%",
        0,
    );
    let names: Vec<&str> = ms.iter().filter_map(|m| m.indicator.as_deref()).collect();
    assert_eq!(
        names,
        [
            "地区生产总值",
            "固定资产投资",
            "城镇居民人均可支配收入",
            "农村居民人均可支配收入"
        ]
    );
    assert_eq!(ms[1].value_max, Some(dec("9")));
    // a respective list in traditional script
    // (its names written in the text's script)
    let ms = scan_metrics("城鄉居民人均可支配收入分別增長5.5%、6.5%", 0);
    let names: Vec<&str> = ms.iter().filter_map(|m| m.indicator.as_deref()).collect();
    assert_eq!(names, ["城鎮居民人均可支配收入", "農村居民人均可支配收入"]);
    // the report's own list of deeds
    assert!(scan_metrics("继续办好十件为民办实事", 0).is_empty());
    assert!(scan_metrics("扎实办好强边四件大事", 0).is_empty());
    // the document's own parts
    assert!(scan_metrics("办好十件民生实事", 0).is_empty());
}

#[test]
fn growth_after_a_share_is_the_numerators() {
    let ms = scan_metrics(
        "数字经济核心产业增加值占地区生产总值比重提高到12%，年均增长15%以上",
        0,
    );
    assert_eq!(ms[0].change, Some(Change::Share));
    assert_eq!(ms[1].change, Some(Change::Growth));
    assert_eq!(ms[1].indicator.as_deref(), Some("数字经济核心产业增加值"));
}

#[test]
fn clauses_that_continue_the_indicator_before() {
    let ms = scan_metrics("一是全社会研发投入强度提高0.2个百分点、达到2.8%", 0);
    assert_eq!(ms[0].indicator.as_deref(), Some("全社会研发投入强度"));
    assert_eq!(ms[1].indicator.as_deref(), Some("全社会研发投入强度"));
    assert_eq!(ms[1].change, Some(Change::Level));
    let ms = scan_metrics("二是技术合同成交额翻一番，达到600亿元", 0);
    assert_eq!(ms[1].indicator.as_deref(), Some("技术合同成交额"));
    let ms = scan_metrics("地区生产总值增长6%左右，总量突破1.2万亿元", 0);
    assert_eq!(ms[1].indicator.as_deref(), Some("地区生产总值"));
    assert_eq!(ms[1].change, Some(Change::Level));
    // a verb of shortening or cutting is a decline, to a value a level
    assert_eq!(one("平均审理天数缩短10天").change, Some(Change::Decline));
    assert_eq!(one("一般性支出压减5%以上").change, Some(Change::Decline));
    let m = one("企业开办时间压缩至1个工作日");
    assert_eq!(
        (m.change, m.indicator.as_deref()),
        (Some(Change::Level), Some("企业开办时间"))
    );
    assert_eq!(
        one("城乡居民收入差距缩小到2.1倍").change,
        Some(Change::Level)
    );
    assert_eq!(enumerator_len("十一是加快"), "十一是".len());
    assert_eq!(enumerator_len("一批"), 0);
}

#[test]
fn size_classes_units_and_approximate_hundreds() {
    let ms = scan_metrics("其中产值超亿元企业3-5家，营收破亿元", 0);
    assert_eq!(ms.len(), 2, "{ms:?}");
    assert_eq!(ms[0].indicator.as_deref(), Some("产值超亿元企业"));
    assert_eq!(ms[1].bound, Bound::AtLeast);
    let m = one("引进高层次数字人才近百名");
    assert_eq!((m.value, m.bound), (dec("100"), Bound::Approx));
    assert_eq!(
        one("新增算力规模2万标准机架").unit.as_deref(),
        Some("万标准机架")
    );
    assert_eq!(
        one("算力规模达到1500PFlops").unit.as_deref(),
        Some("PFlops")
    );
    assert_eq!(
        one("改造后生产效率平均提高20%").indicator.as_deref(),
        Some("改造后生产效率")
    );
    let ms = scan_metrics("完成500家规模以上工业企业数字化诊断", 0);
    assert_eq!(
        ms[0].indicator.as_deref(),
        Some("规模以上工业企业数字化诊断")
    );
}

#[test]
fn township_counts_and_upgrades() {
    for (text, unit) in [
        ("整治山塘15口", "口"),
        ("新打机井6眼", "眼"),
        ("开展技能培训10期", "期"),
        ("排查化解矛盾纠纷132起", "起"),
        ("新增智能冷柜600组", "组"),
    ] {
        assert_eq!(one(text).unit.as_deref(), Some(unit), "{text}");
    }
    // phases and 一起 are not counts, nor a village's group or 组建
    assert!(scan_metrics("荆冶湘二、三期工程一起推进", 0).is_empty());
    assert!(scan_metrics("红星村三组", 0).is_empty());
    assert!(scan_metrics("完成5组织建设", 0).is_empty());
    // times a thing is done, in Chinese numerals at the end of a clause
    for (text, value) in [
        ("同一事项只检查一次。", "1"),
        ("每季度召开两次，", "2"),
        ("每年开展一次联合检查", "1"),
    ] {
        let m = one(text);
        assert_eq!(
            (m.value.to_string().as_str(), m.unit.as_deref()),
            (value, Some("次")),
            "{text}"
        );
    }
    for text in [
        "实施二次供水改造",
        "一次性告知",
        "再一次",
        "一次办成",
        "开展一次性排查",
    ] {
        assert!(scan_metrics(text, 0).is_empty(), "{text}");
    }
    // a unit written out on the last of listed values completes the others
    let units: Vec<String> = scan_metrics("报装时间分别压缩至3个、4个工作日", 0)
        .iter()
        .map(|m| format!("{}{}", m.value, m.unit.as_deref().unwrap_or("")))
        .collect();
    assert_eq!(units, ["3个工作日", "4个工作日"]);
    // 提升 before a count or an area: the work done, a level
    let m = one("改造提升10万亩");
    assert_eq!(
        (m.change, m.indicator.as_deref()),
        (Some(Change::Level), Some("改造提升"))
    );
    assert_eq!(
        one("服务业增加值比重提升2个百分点").change,
        Some(Change::Growth)
    );
    assert_eq!(one("人均收入提高500元").change, Some(Change::Growth));
}

#[test]
fn spaces_in_typeset_numbers() {
    let m = one("规划总投资1 200亿元以上");
    assert_eq!((m.value, m.unit.as_deref()), (dec("1200"), Some("亿元")));
    assert_eq!(one("改造2 860户").value, dec("2860"));
    assert_eq!(one("地区生产总值增长6 %左右").unit.as_deref(), Some("%"));
    // years and table cells stay apart
    let ms = scan_metrics("2022 2023年对比，完成 3 500 个", 0);
    assert!(ms.iter().all(|m| m.value != dec("3500")), "{ms:?}");
    assert!(scan_metrics("第1 200", 0).iter().all(|m| m.unit.is_some()));
}

#[test]
fn prose_typeset_with_spaces_around_numbers() {
    // a PDF copy or a page typeset with spaces between Chinese and digits
    let text = "地区生产总值增长 8% 左右，新增电解铝产能 15 万吨，城镇新增就业 1500 人以上。";
    let ms = scan_metrics(text, 7);
    let got: Vec<(&str, String, Bound, &str)> = ms
        .iter()
        .map(|m| {
            (
                m.indicator.as_deref().unwrap_or(""),
                format!("{}{}", m.value, m.unit.as_deref().unwrap_or("")),
                m.bound,
                m.text.as_str(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "地区生产总值",
                "8%".into(),
                Bound::Approx,
                "地区生产总值增长 8% 左右"
            ),
            (
                "新增电解铝产能",
                "15万吨".into(),
                Bound::Exact,
                "新增电解铝产能 15 万吨"
            ),
            (
                "城镇新增就业",
                "1500人".into(),
                Bound::AtLeast,
                "城镇新增就业 1500 人以上"
            ),
        ]
    );
    // spans are offsets into the text as written, spaces included
    for m in &ms {
        assert_eq!(
            text.get(m.span.start - 7..m.span.end - 7),
            Some(m.text.as_str())
        );
    }
    // a table row's cells (no full-width comma or stop) stay apart
    assert!(scan_metrics("人工智能核心产业规模 亿元 86 120", 0)
        .iter()
        .all(|m| m.value != dec("86120")));
}

#[test]
fn bound_adverbs_before_a_verb() {
    let m = one("每个县至少建成1个");
    assert_eq!(
        (m.bound, m.indicator.as_deref(), m.text.as_str()),
        (Bound::AtLeast, Some("每个县建成"), "每个县至少建成1个")
    );
    let m = one("至少建成1个");
    assert_eq!(
        (m.bound, m.indicator.as_deref()),
        (Bound::AtLeast, Some("建成"))
    );
    assert_eq!(one("最多安排3个").bound, Bound::AtMost);
    // a cap before the verb of the award
    let m = one("购买新能源乘用车的，最高补贴1.5万元");
    assert_eq!((m.bound, m.value), (Bound::AtMost, dec("1.5")));
    assert_eq!(one("至少建成不少于2个").bound, Bound::AtLeast);
}

#[test]
fn measures_of_the_thing_before() {
    let ms = scan_metrics("粮食播种面积稳定在68万亩以上，总产量达到28.5万吨", 0);
    assert_eq!(ms[1].indicator.as_deref(), Some("粮食总产量"));
    // Chinese numerals of several characters before a measure
    assert_eq!(one("新改建农村公路一百公里").value, dec("100"));
    assert_eq!(scan_metrics("城区道路共六点五公里", 0)[0].value, dec("6.5"));
    assert_eq!(one("九小场所检查1200家次").unit.as_deref(), Some("家次"));
}

#[test]
fn traditional_script_is_read_through_its_fold() {
    let ms = scan_metrics("城鎮調查失業率控制在5.5%以內，新能源汽車產量120萬輛", 0);
    assert_eq!(ms[0].bound, Bound::AtMost);
    // texts stay as written
    assert_eq!(ms[0].text, "城鎮調查失業率控制在5.5%以內");
    assert_eq!(ms[1].unit.as_deref(), Some("萬輛"));
    assert_eq!(ms[1].base_value, dec("1200000"));
    // a measure word without a magnitude too, and 個百分點; the base unit is
    // the simplified one
    let ms = scan_metrics("新增學位3600個，盤活土地2000畝，提高0.5個百分點", 0);
    let units: Vec<_> = ms.iter().map(|m| m.unit.as_deref()).collect();
    assert_eq!(units, [Some("個"), Some("畝"), Some("個百分點")]);
    assert_eq!(ms[0].base_unit.as_deref(), Some("个"));
    // a converter's 公裡, 盞 and 餘
    let ms = scan_metrics("新建污水管網120公裡，新增路燈2000盞，植樹10萬餘株", 0);
    let got: Vec<(Option<&str>, Bound)> = ms
        .iter()
        .map(|m| (m.base_unit.as_deref(), m.bound))
        .collect();
    assert_eq!(
        got,
        [
            (Some("公里"), Bound::Exact),
            (Some("盏"), Bound::Exact),
            (Some("株"), Bound::AtLeast)
        ]
    );
    // the unit as written, even where a bound word parts it (萬餘株 → 萬株)
    assert_eq!(ms[2].unit.as_deref(), Some("萬株"));
    assert_eq!(one("新增造林1.5万余亩").unit.as_deref(), Some("万亩"));
    assert_eq!(one("带动就业3000多人").unit.as_deref(), Some("人"));
}

#[test]
fn full_width_units_are_kept_as_written() {
    let m = one("ＰＭ２．５年均浓度控制在２８微克／立方米以内");
    assert_eq!(m.unit.as_deref(), Some("微克／立方米"));
    assert_eq!(m.base_unit.as_deref(), Some("微克/立方米"));
    assert_eq!(m.value, dec("28"));
    assert_eq!(m.bound, Bound::AtMost);
    assert_eq!(
        one("细颗粒物浓度降至30微克/立方米").unit.as_deref(),
        Some("微克/立方米")
    );
}

#[test]
fn ambition_to_reach_and_respective_values_of_the_last_metrics() {
    let ms = scan_metrics("地区生产总值增长6.5%以上，力争达到7%", 0);
    assert_eq!(ms[1].indicator.as_deref(), Some("地区生产总值"));
    assert_eq!(ms[1].change, Some(Change::Growth));
    // a running total of the same thing
    let ms = scan_metrics("新建5G基站350个，累计达到1500个", 0);
    assert_eq!(ms[1].indicator.as_deref(), Some("新建5G基站"));
    let ms = scan_metrics(
        "新增商贸企业50家，全年接待游客1100万人次、实现旅游综合收入95亿元，分别增长12%和15%",
        0,
    );
    let got: Vec<&str> = ms.iter().filter_map(|m| m.indicator.as_deref()).collect();
    assert_eq!(
        got,
        [
            "新增商贸企业",
            "全年接待游客",
            "旅游综合收入",
            "全年接待游客",
            "旅游综合收入"
        ]
    );
    assert_eq!(listed_after("、18%和15%。", 0), 2);
}

#[test]
fn head_of_livestock() {
    let m = one("生猪出栏稳定在6000万头左右");
    assert_eq!(
        (m.unit.as_deref(), m.bound, m.base_value),
        (Some("万头"), Bound::Approx, dec("60000000"))
    );
}

#[test]
fn latin_units_are_whole_runs_of_letters() {
    for (text, unit) in [
        ("智能算力规模超过80EFLOPS", "EFLOPS"),
        ("新型储能装机5GWh", "GWh"),
        ("新增装机容量2万kW", "万kW"),
        ("数据存储能力达到200PB", "PB"),
        ("光伏装机1.2GW", "GW"),
    ] {
        assert_eq!(one(text).unit.as_deref(), Some(unit), "{text}");
    }
    // letters that are no unit give none, rather than a unit cut short
    assert!(scan_metrics("建设5G基站", 0).is_empty());
    assert!(scan_metrics("新建5Gxyz", 0)
        .iter()
        .all(|m| m.unit.is_none()));
}

#[test]
fn orders_and_caps_on_awards() {
    let m = one("日均配送单量达到5000单");
    assert_eq!((m.value, m.unit.as_deref()), (dec("5000"), Some("单")));
    let m = one("对认定的企业给予最高500万元奖励");
    assert_eq!((m.value, m.bound), (dec("500"), Bound::AtMost));
    assert!(
        !m.indicator.as_deref().unwrap_or("").contains("最高"),
        "{m:?}"
    );
    let m = one("补助标准最低3000元");
    assert_eq!(m.bound, Bound::AtLeast);
    // 单 as the head of a word is no measure word
    assert!(scan_metrics("覆盖100单位", 0)
        .iter()
        .all(|m| m.unit.as_deref() != Some("单")));
}

#[test]
fn a_bound_word_before_a_respective_list_bounds_each_value() {
    let ms = scan_metrics("两大产业产值分别突破800亿元和500亿元", 0);
    let got: Vec<(String, Bound)> = ms.iter().map(|m| (m.value.to_string(), m.bound)).collect();
    assert_eq!(
        got,
        [
            ("800".to_string(), Bound::AtLeast),
            ("500".to_string(), Bound::AtLeast)
        ]
    );
    // a value with a bound of its own keeps it; a trailing 左右 stays on the
    // last value
    let ms = scan_metrics("分别不低于6%和8%以上", 0);
    assert_eq!(ms[1].bound, Bound::AtLeast);
    let ms = scan_metrics("分别增长6%和7%左右", 0);
    assert_eq!((ms[0].bound, ms[1].bound), (Bound::Exact, Bound::Approx));
}

#[test]
fn a_word_of_ambition_is_no_part_of_the_indicator() {
    let m = one("外贸进出口总额力争增长5%");
    assert_eq!(m.indicator.as_deref(), Some("外贸进出口总额"));
    assert_eq!(m.bound, Bound::Exact);
    let m = one("社会消费品零售总额确保增长6%");
    assert_eq!(m.indicator.as_deref(), Some("社会消费品零售总额"));
}

#[test]
fn a_circled_mark_opens_a_clause() {
    let ms = scan_metrics(
        "重点工程：①培育市级以上工业互联网平台8个；②推动800家企业上云",
        0,
    );
    let got: Vec<&str> = ms.iter().filter_map(|m| m.indicator.as_deref()).collect();
    assert_eq!(got, ["培育市级以上工业互联网平台", "推动"]);
}

#[test]
fn over_rounds_and_cuts() {
    let ms = scan_metrics("培育产值过10亿元企业2家", 0);
    assert_eq!((ms[0].value, ms[0].bound), (dec("10"), Bound::AtLeast));
    assert_eq!((ms[1].value, ms[1].bound), (dec("2"), Bound::Exact));
    let ms = scan_metrics("通过3年努力，经过5轮评审", 0);
    assert!(ms.iter().all(|m| m.bound == Bound::Exact), "{ms:?}");
    let m = one("组织专项检查不少于4轮");
    assert_eq!((m.unit.as_deref(), m.bound), (Some("轮"), Bound::AtLeast));
    assert_eq!(one("更新设备120台套").unit.as_deref(), Some("台套"));
    let m = one("牲畜存栏稳定在1100万头只");
    assert_eq!(
        (m.unit.as_deref(), m.base_unit.as_deref()),
        (Some("万头只"), Some("头只"))
    );
    assert_eq!(one("家禽出栏500万只羽").unit.as_deref(), Some("万只羽"));
    assert_eq!(one("审批事项再精简20%左右").change, Some(Change::Decline));
    assert_eq!(one("非必要支出削减10%").change, Some(Change::Decline));
}

#[test]
fn counts_of_lines_and_roads_in_chinese_numerals() {
    assert_eq!(one("开通五条公交线路").value, dec("5"));
    assert_eq!(one("推出精品线路二十条").value, dec("20"));
    // policies named by their number of articles are no metric
    for text in ["落实“二十条”", "出台二十条措施", "新十条", "制定十条硬措施"]
    {
        assert!(scan_metrics(text, 0).is_empty(), "{text}");
    }
}

#[test]
fn about_inside_a_word_keeps_the_word_in_the_indicator() {
    let m = one("实际签约51个");
    assert_eq!(m.bound, Bound::Exact);
    assert_eq!(m.indicator.as_deref(), Some("实际签约"));
    let m = one("节约标准煤3.5万吨");
    assert_eq!(m.bound, Bound::Exact);
    assert_eq!(one("总投资约45亿元").bound, Bound::Approx);
}

#[test]
fn a_comparison_base_is_no_indicator() {
    // the change after a comma is the indicator's before it, measured
    // against the base
    for text in [
        "粮食产量达到120万吨，比上年增长5%",
        "粮食产量达到120万吨，较2020年增长5%",
        "粮食产量达到120万吨，比去年同期增长5%",
        "粮食产量达到120万吨，比2023年翻一番",
    ] {
        let ms = scan_metrics(text, 0);
        assert_eq!(ms.len(), 2, "{text}");
        assert_eq!(ms[1].indicator.as_deref(), Some("粮食产量"), "{text}");
        assert_eq!(ms[1].change, Some(Change::Growth), "{text}");
    }
    // 比重 and 比例 measure something
    assert_eq!(one("比重提高到12%").indicator.as_deref(), Some("比重"));
    assert!(is_comparison_base("比上年"));
    assert!(is_comparison_base("较“十三五”末"));
    assert!(!is_comparison_base("比例"));
    assert!(!is_comparison_base("比上年增长的部分"));
}

#[test]
fn gaps_to_a_comparison_are_changes_of_the_rate() {
    let ms = scan_metrics(
        "固定资产投资增长6.2%，低于年度目标1.8个百分点；工业增速比上年回落0.6个百分点；\
         增速高出全市平均水平1.1个百分点",
        0,
    );
    let got: Vec<(Option<&str>, Option<Change>)> = ms
        .iter()
        .map(|m| (m.indicator.as_deref(), m.change))
        .collect();
    assert_eq!(
        got,
        [
            (Some("固定资产投资"), Some(Change::Growth)),
            (Some("固定资产投资"), Some(Change::Decline)),
            (Some("工业增速"), Some(Change::Decline)),
            (Some("增速"), Some(Change::Growth)),
        ]
    );
    // a bound word before the number is still a bound
    let m = one("农村居民收入增速高于城镇居民不少于2个百分点");
    assert_eq!((m.change, m.bound), (Some(Change::Growth), Bound::AtLeast));
    assert_eq!(one("优良率高于90%").bound, Bound::AtLeast);
}

#[test]
fn lessons_and_courses_are_counted() {
    assert_eq!(one("开设社区学堂课程120节").unit.as_deref(), Some("节"));
    assert_eq!(one("开展培训80课时").unit.as_deref(), Some("课时"));
    assert_eq!(one("开设课程20门").unit.as_deref(), Some("门"));
    assert_eq!(one("培训不少于72学时").unit.as_deref(), Some("学时"));
    // kinds of goods are counted; a class is not
    let m = one("将12类家电产品纳入补贴范围");
    assert_eq!((m.value, m.unit.as_deref()), (dec("12"), Some("类")));
    assert!(scan_metrics("一类、二类地区", 0).is_empty());
    assert!(scan_metrics("3类型企业", 0).is_empty());
    assert_eq!(one("发展林下鸡5万羽").unit.as_deref(), Some("万羽"));
    assert_eq!(one("种植食用菌50万棒").unit.as_deref(), Some("万棒"));
    assert!(scan_metrics("新建2羽毛球场", 0).is_empty());
    assert!(scan_metrics("推行“基本水价+计量水价”两部制水价", 0).is_empty());
    // an ordinal or a festival is no count
    assert!(scan_metrics("第三节", 0).is_empty());
    assert!(scan_metrics("春节期间", 0).is_empty());
}

#[test]
fn one_is_a_count_with_a_bound() {
    let m = one("企业开办时间压缩至一个工作日以内");
    assert_eq!((m.value, m.bound), (dec("1"), Bound::AtMost));
    // idioms of one at a clause's end are none
    assert!(scan_metrics("拆出一片、改造一片、提升一片", 0).is_empty());
    // an article before a noun is none
    assert!(scan_metrics("打造一个重要平台", 0).is_empty());
    assert!(scan_metrics("决不让一个困难群众掉队", 0).is_empty());
}

#[test]
fn quantities_of_reported_speech_are_metrics() {
    let m = one("他表示，“一般性支出再压减5%以上”。");
    assert_eq!((m.value, m.bound), (dec("5"), Bound::AtLeast));
    let ms = scan_metrics("“实施省市重点项目500个以上，完成年度投资1200亿元”", 0);
    assert_eq!(ms.len(), 2);
    // a short quote whose verb states the quantity is speech too
    let m = one("养老金标准“每人每月提高20元”。");
    assert_eq!((m.value, m.unit.as_deref()), (dec("20"), Some("元")));
    assert_eq!(one("“新建学校5所”").value, dec("5"));
    // a short quote is still a name
    assert!(scan_metrics("“黄金22条”", 0).is_empty());
    assert!(scan_metrics("“24小时政务小屋”", 0).is_empty());
    assert!(scan_metrics("“两个城市、五个示范区”", 0).is_empty());
}

#[test]
fn a_voltage_naming_a_facility_and_a_rate_set_by_are_read() {
    let ms = scan_metrics("新建改造110千伏变电站4座", 0);
    let units: Vec<Option<&str>> = ms.iter().map(|m| m.unit.as_deref()).collect();
    assert_eq!(units, [Some("座")]);
    let m = one("财政赤字率按3%左右安排");
    assert_eq!(m.indicator.as_deref(), Some("财政赤字率"));
    assert_eq!(m.bound, Bound::Approx);
}

#[test]
fn a_clause_opening_with_its_bound_measures_the_indicator_before() {
    let ms = scan_metrics("社会消费品零售总额增长7%，突破5200亿元", 0);
    assert_eq!(ms[1].indicator.as_deref(), Some("社会消费品零售总额"));
    assert_eq!(
        (ms[1].change, ms[1].bound),
        (Some(Change::Level), Bound::AtLeast)
    );
    let ms = scan_metrics("地区生产总值增长6%，超过3000亿元", 0);
    assert_eq!(ms[1].indicator.as_deref(), Some("地区生产总值"));
}

#[test]
fn a_threshold_opening_a_clause_takes_no_indicator_from_before() {
    let ms = scan_metrics("村占比达到85%，50万元以上的村达到30个", 0);
    assert_ne!(ms[1].indicator.as_deref(), Some("村占比"));
}

#[test]
fn a_comparison_word_governs_a_share_of_a_base() {
    for (text, indicator, bound, phrase) in [
        (
            "预付款比例不超过合同金额的30%",
            Some("预付款比例"),
            Bound::AtMost,
            "预付款比例不超过合同金额的30%",
        ),
        (
            "保证金不高于项目估算价的2%",
            Some("保证金"),
            Bound::AtMost,
            "保证金不高于项目估算价的2%",
        ),
        (
            "，不低于年度预算的10%",
            None,
            Bound::AtLeast,
            "不低于年度预算的10%",
        ),
        (
            "储能按不低于装机容量10%配置",
            Some("储能"),
            Bound::AtLeast,
            "储能按不低于装机容量10%",
        ),
        (
            "研发投入不低于上年的1.2倍",
            Some("研发投入"),
            Bound::AtLeast,
            "研发投入不低于上年的1.2倍",
        ),
        // a base of many words
        (
            "收费标准不高于本区城镇居民人均可支配收入月均值的四分之一",
            Some("收费标准"),
            Bound::AtMost,
            "收费标准不高于本区城镇居民人均可支配收入月均值的四分之一",
        ),
    ] {
        let m = one(text);
        assert_eq!(m.indicator.as_deref(), indicator, "{text}");
        assert_eq!(m.bound, bound, "{text}");
        assert_eq!(m.text.as_ref(), phrase, "{text}");
    }
    // a base with a clause break or a number of its own bounds nothing, and
    // a count is no share of a base
    for text in [
        "超过，其中年度预算的10%",
        "不低于2023年的10%",
        "不少于全市的5个",
        "增速高于全国平均水平2个百分点",
    ] {
        let m = scan_metrics(text, 0);
        assert!(m.iter().all(|m| m.bound == Bound::Exact), "{text}: {m:?}");
    }
}

#[test]
fn growth_on_a_base_amount_is_of_the_bases_indicator() {
    let ms = scan_metrics("一般公共预算收入在上年8.26亿元的基础上增长5%左右", 0);
    let got: Vec<(&str, Option<Change>)> = ms
        .iter()
        .map(|m| (m.indicator.as_deref().unwrap_or(""), m.change))
        .collect();
    assert_eq!(
        got,
        [
            ("一般公共预算收入", Some(Change::Level)),
            ("一般公共预算收入", Some(Change::Growth))
        ]
    );
    assert_eq!(without_base_lead("财政收入在2022年"), "财政收入");
    assert_eq!(without_base_lead("所在"), "所在");
    assert_eq!(without_base_lead("存在问题"), "存在问题");
    // last year's figure and this year's goal in one clause
    let names = |text: &str| -> Vec<(String, String)> {
        scan_metrics(text, 0)
            .iter()
            .map(|m| {
                let name = m.indicator.as_deref().unwrap_or("").to_string();
                (name, m.value.to_string())
            })
            .collect()
    };
    let owned = |v: &[(&str, &str)]| -> Vec<(String, String)> {
        v.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    };
    assert_eq!(
        names("地区生产总值在去年增长5.8%的基础上，增长5.5%左右"),
        owned(&[("地区生产总值", "5.8"), ("地区生产总值", "5.5")])
    );
    assert_eq!(
        names("规模以上工业增加值去年增长8.1%，今年力争增长7%以上"),
        owned(&[("规模以上工业增加值", "8.1"), ("规模以上工业增加值", "7")])
    );
    assert_eq!(
        names("固定资产投资由去年下降2.3%转为增长3%左右"),
        owned(&[("固定资产投资", "2.3"), ("固定资产投资", "3")])
    );
}

#[test]
fn a_short_quote_cut_at_the_end_of_the_text_is_a_name() {
    // 城区“15分钟健⏎身圈”: the line ends inside the quoted name
    assert!(scan_metrics("城区“15分钟健", 0).is_empty());
    // reported speech cut by the line still states its quantity
    assert_eq!(scan_metrics("他说“一般性支出压减5%", 0).len(), 1);
}
