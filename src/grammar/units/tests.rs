//! Tables for the unit grammars: every form, ASCII and full-width.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::string_slice
)]

use super::*;

// The grammar functions over a source of their own (the model's texts are
// slices of the source they are given).

fn parse_list(text: &str, offset: usize, role: Role) -> Vec<Unit> {
    super::parse_list(&Arc::from(text), text, offset, role)
}

fn parse_list_bounded(text: &str, offset: usize, role: Role) -> ListParse {
    super::parse_list_bounded(&Arc::from(text), text, offset, role)
}

fn parse_cell(text: &str, offset: usize, role: Role) -> Vec<Unit> {
    super::parse_cell(&Arc::from(text), text, offset, role)
}

fn find_parenthetical(text: &str, offset: usize) -> Option<Responsibility> {
    super::find_parenthetical(&Arc::from(text), text, offset)
}

fn parse_role_line(text: &str, offset: usize) -> Option<Responsibility> {
    super::parse_role_line(&Arc::from(text), text, offset)
}

fn bare_unit_group(text: &str, offset: usize) -> Option<Responsibility> {
    super::bare_unit_group(&Arc::from(text), text, offset)
}

fn names(v: &[Unit]) -> Vec<String> {
    v.iter().map(|u| u.name.to_string()).collect()
}

fn by_role(v: &[Unit], r: Role) -> Vec<String> {
    v.iter()
        .filter(|u| u.role == r)
        .map(|u| u.name.to_string())
        .collect()
}

/// Every unit's span points at its raw text.
fn check_spans(text: &str, offset: usize, v: &[Unit]) {
    for u in v {
        let s = Span::new(u.span.start - offset, u.span.end - offset);
        assert_eq!(s.get(text), Some(u.raw.as_str()), "span of {u:?} in {text}");
    }
}

#[test]
fn lists_split_and_restore() {
    let table: &[(&str, &[&str])] = &[
        // separators
        ("区发改局、区财政局", &["区发改局", "区财政局"]),
        (
            "区发改局,区财政局;区商务局",
            &["区发改局", "区财政局", "区商务局"],
        ),
        (
            "区发改局，区财政局；区商务局。",
            &["区发改局", "区财政局", "区商务局"],
        ),
        ("区财政局\n区税务局", &["区财政局", "区税务局"]),
        ("招商工作部 安商工作部", &["招商工作部", "安商工作部"]),
        ("规划建设 局", &["规划建设局"]),
        (
            "市级各有关部门及各县市区政府",
            &["市级各有关部门", "各县市区政府"],
        ),
        ("区发展改革和经济信息化局", &["区发展改革和经济信息化局"]),
        (
            "区住房和城乡建设局、区自然资源和规划分局",
            &["区住房和城乡建设局", "区自然资源和规划分局"],
        ),
        // trailing 等
        (
            "市疫情防控指挥部办公室、市卫生健康委等",
            &["市疫情防控指挥部办公室", "市卫生健康委"],
        ),
        ("区发改局等单位", &["区发改局"]),
        ("区发改局、区财政局等有关部门", &["区发改局", "区财政局"]),
        // notes
        ("区财政局(金融办)", &["区财政局"]),
        ("区财政局（金融办）", &["区财政局"]),
        ("各县(市、区)政府(管委会)", &["各县政府"]),
        (
            "各县（市、区）人民政府、市直有关部门",
            &["各县人民政府", "市直有关部门"],
        ),
        // glued names
        ("区财政局区税务局", &["区财政局", "区税务局"]),
        (
            "省发展改革委省工业和信息化厅",
            &["省发展改革委", "省工业和信息化厅"],
        ),
        (
            "市行政审批制度改革工作领导小组办公室",
            &["市行政审批制度改革工作领导小组办公室"],
        ),
        ("区人民政府各部门", &["区人民政府各部门"]),
        ("市委市政府督查局", &["市委市政府督查局"]),
        ("区市场监管局", &["区市场监管局"]),
        // shared suffix
        ("区科经、商务局", &["区科经局", "区商务局"]),
        (
            "区发改、科经、商务、自然资源和规划、住建、财政局",
            &[
                "区发改局",
                "区科经局",
                "区商务局",
                "区自然资源和规划局",
                "区住建局",
                "区财政局",
            ],
        ),
        (
            "区水务和湖泊、科经、城管执法局",
            &["区水务和湖泊局", "区科经局", "区城管执法局"],
        ),
        ("区人社、民政局", &["区人社局", "区民政局"]),
        (
            "区农业农村、园林和林业局",
            &["区农业农村局", "区园林和林业局"],
        ),
        (
            "郑店、五里界街道办事处",
            &["郑店街道办事处", "五里界街道办事处"],
        ),
        (
            "乌龙泉、安山、法泗街道办事处,金水办事处",
            &[
                "乌龙泉街道办事处",
                "安山街道办事处",
                "法泗街道办事处",
                "金水办事处",
            ],
        ),
        ("区公安、生态环境分局", &["区公安分局", "区生态环境分局"]),
        ("市、县政府", &["市政府", "县政府"]),
        (
            "福州、厦门、泉州市人民政府",
            &["福州市人民政府", "厦门市人民政府", "泉州市人民政府"],
        ),
        ("南平、三明市政府", &["南平市政府", "三明市政府"]),
        (
            "麒麟区、沾益区、陆良县人民政府",
            &["麒麟区人民政府", "沾益区人民政府", "陆良县人民政府"],
        ),
        (
            "容州、杨梅、灵山镇人民政府",
            &["容州镇人民政府", "杨梅镇人民政府", "灵山镇人民政府"],
        ),
        (
            "县医疗保障局、县人民医院】",
            &["县医疗保障局", "县人民医院"],
        ),
        (
            "各省、自治区、直辖市人民政府",
            &["各省人民政府", "各自治区人民政府", "各直辖市人民政府"],
        ),
        // shared prefix
        ("区科投集团、国控集团", &["区科投集团", "区国控集团"]),
        ("区法院、检察院", &["区法院", "区检察院"]),
        (
            "区总工会、团区委、妇联、残联",
            &["区总工会", "团区委", "区妇联", "区残联"],
        ),
        (
            "区融媒体中心、企业和人才服务中心、大数据中心",
            &["区融媒体中心", "区企业和人才服务中心", "区大数据中心"],
        ),
        ("省发展改革委、财政厅", &["省发展改革委", "省财政厅"]),
        // bodies named by their own place take no level
        ("市商务局、清源海关", &["市商务局", "清源海关"]),
        ("市金融办、人行云州市分行", &["市金融办", "人行云州市分行"]),
        // 市场 / 乡村 open a word, not a level: the run's level is not
        // written out again
        (
            "市行政审批局、市场监管局、公安局",
            &["市行政审批局", "市市场监管局", "市公安局"],
        ),
        (
            "县农业农村局、乡村振兴局",
            &["县农业农村局", "县乡村振兴局"],
        ),
        ("区工信局、市场监管局", &["区工信局", "区市场监管局"]),
        // while 市政府 does write it; a bare department is still the list's
        (
            "市发改委、市政府办、财政局",
            &["市发改委", "市政府办", "市财政局"],
        ),
        ("市民政局、卫生健康委", &["市民政局", "市卫生健康委"]),
        ("市政府办、大数据局", &["市政府办", "市大数据局"]),
        // a party committee's departments share 市委, other bodies 市
        ("市委宣传部、网信办", &["市委宣传部", "市委网信办"]),
        (
            "市委组织部、人社局、编办",
            &["市委组织部", "市人社局", "市委编办"],
        ),
        ("市委政法委、公安局", &["市委政法委", "市公安局"]),
        // a zone before a zone's committee
        (
            "两江新区、高新区管委会",
            &["两江新区管委会", "高新区管委会"],
        ),
        (
            "临川高新区、经开区管委会",
            &["临川高新区管委会", "经开区管委会"],
        ),
        // prefix written in full: nothing restored
        (
            "区发改局、区招商服务中心、江北管理区、花湖街道办事处",
            &["区发改局", "区招商服务中心", "江北管理区", "花湖街道办事处"],
        ),
        (
            "区生态环境分局、黄石港公安分局、区水利湖泊局",
            &["区生态环境分局", "黄石港公安分局", "区水利湖泊局"],
        ),
        (
            "区委政法委、区妇联、团区委",
            &["区委政法委", "区妇联", "团区委"],
        ),
        (
            "区发改局、人民银行江夏支行",
            &["区发改局", "人民银行江夏支行"],
        ),
        // elisions never cross a comma
        ("区科经局,商务局", &["区科经局", "商务局"]),
        // collective prefix
        (
            "各乡镇人民政府、街道办事处",
            &["各乡镇人民政府", "各街道办事处"],
        ),
        ("各镇街、花湖开发区", &["各镇街", "花湖开发区"]),
        ("各地、各部门", &["各地", "各部门"]),
        (
            "区政府各部门,各乡镇人民政府、街道办事处,谯城经开区管委会,魏武国控集团。",
            &[
                "区政府各部门",
                "各乡镇人民政府",
                "各街道办事处",
                "谯城经开区管委会",
                "魏武国控集团",
            ],
        ),
        // names that merely contain a role word
        (
            "区国家安全重点领域工作协调机制牵头单位",
            &["区国家安全重点领域工作协调机制牵头单位"],
        ),
        // persons and fragments
        ("分管副省长、协管副秘书长", &[]),
        ("省工业和信息化厅、省", &["省工业和信息化厅"]),
        ("等", &[]),
        ("", &[]),
        // traditional script
        (
            "市政府辦公室、市行政審批制度改革工作領導小組辦公室",
            &["市政府辦公室", "市行政審批制度改革工作領導小組辦公室"],
        ),
        ("區科經、商務局", &["區科經局", "區商務局"]),
    ];
    for (input, want) in table {
        let got = parse_list(input, 7, Role::Responsible);
        assert_eq!(names(&got), *want, "input {input}");
        check_spans(input, 7, &got);
    }
}

#[test]
fn raw_notes_and_flags() {
    let u = parse_list("区科经、商务局", 0, Role::Lead);
    assert_eq!(u[0].raw, "区科经");
    assert_eq!(u[1].raw, "商务局");
    assert_eq!(
        u[1].span,
        Span::new("区科经、".len(), "区科经、商务局".len())
    );
    assert!(u.iter().all(|x| x.role == Role::Lead));
    let u = parse_list("区财政局(金融办)", 10, Role::Responsible);
    assert_eq!(u[0].raw, "区财政局(金融办)");
    assert_eq!(u[0].note.as_deref(), Some("金融办"));
    assert_eq!(u[0].span, Span::new(10, 10 + "区财政局(金融办)".len()));
    let u = parse_list("各县(市、区)政府(管委会)", 0, Role::Responsible);
    assert_eq!(u[0].note.as_deref(), Some("市、区;管委会"));
    assert!(u[0].collective);
    let u = parse_list("市卫生健康委等", 0, Role::Responsible);
    assert_eq!(u[0].raw, "市卫生健康委");
    // 〔〕 sets off a note as （） does, and its 、 parts no names
    let u = parse_list(
        "区住房城乡建设管理委〔区房管局〕、区绿化市容局",
        0,
        Role::Lead,
    );
    assert_eq!(names(&u), ["区住房城乡建设管理委", "区绿化市容局"]);
    assert_eq!(u[0].note.as_deref(), Some("区房管局"));
    let u = parse_list("区财政局〔区国资办、金融办〕", 0, Role::Lead);
    assert_eq!(names(&u), ["区财政局"]);
}

#[test]
fn collectives() {
    for yes in [
        "各街道办事处",
        "区直各部门",
        "相关乡镇办",
        "各有关单位",
        "区政府各部门",
        "各地",
        "区政府有关部门",
        "其他区直相关部门",
        "区安委会各成员单位",
        "市级各有关部门",
        "市級各有關部門",
        "区直部门",
        "各区属国有企业",
        "区属国有企业",
        "市属企业",
    ] {
        assert!(is_collective(yes), "{yes}");
    }
    for no in [
        "区发改局",
        "花湖开发区",
        "江北管理区",
        "区直机关工委",
        "团区委",
        "市属国有企业集团公司",
        "区属学校党委",
        "区国家安全重点领域工作协调机制牵头单位",
    ] {
        assert!(!is_collective(no), "{no}");
    }
}

#[test]
fn parentheticals() {
    type Row<'a> = (&'a str, &'a [&'a str], &'a [&'a str], &'a [&'a str]); // text, lead, other, group
    let table: &[Row] = &[
        ("22.切实发挥有效投资的关键作用。(牵头单位:区发改局、区科经局;责任单位:各街道办事处)", &["区发改局", "区科经局"], &["各街道办事处"], &[]),
        ("22.切实发挥有效投资的关键作用。（牵头单位：区发改局、区科经局；责任单位：各街道办事处）", &["区发改局", "区科经局"], &["各街道办事处"], &[]),
        ("mixed（牵头单位:区发改局;责任单位：各街道办事处)", &["区发改局"], &["各街道办事处"], &[]),
        ("71.x(牵头单位:区农业农村局,责任单位:区自然资源和规划局,各相关街道办事处)", &["区农业农村局"], &["区自然资源和规划局", "各相关街道办事处"], &[]),
        ("——推动主导产业强链集群(总牵头单位:区发改局、区自然资源和规划局)", &[], &[], &["区发改局", "区自然资源和规划局"]),
        ("47.x(责任部门:区政府各部门、江北管理区、各街道办事处)", &[], &["区政府各部门", "江北管理区", "各街道办事处"], &[]),
        ("1.地方生产总值增长10%。(责任单位:区发改局)", &[], &["区发改局"], &[]),
        ("126.x(牵头单位:区委国安办,区国家安全重点领域工作协调机制牵头单位;责任单位:区直各单位,各街道办事处)", &["区委国安办", "区国家安全重点领域工作协调机制牵头单位"], &["区直各单位", "各街道办事处"], &[]),
        ("x(牵头单位:区发改局;配合单位:区财政局;参与单位:区统计局)", &["区发改局"], &["区财政局", "区统计局"], &[]),
        ("x（主要责任单位：区发改委；协同配合单位：区工信局、区住建局）", &["区发改委"], &["区工信局", "区住建局"], &[]),
        ("x（主要责任部门：市工信局；次要责任部门：市科技局、市发改委（市能源局））", &["市工信局"], &["市科技局", "市发改委"], &[]),
        // national forms
        ("1.x(市政府辦公室、市行政審批制度改革工作領導小組辦公室牽頭,市級各有關部門及各縣市區政府按職責分工負責)", &["市政府辦公室", "市行政審批制度改革工作領導小組辦公室"], &["市級各有關部門", "各縣市區政府"], &[]),
        ("1.x(国务院各部门分别负责,年内持续推进)", &[], &["国务院各部门"], &[]),
        ("x（发展改革委、财政部牵头，各部门按职责分工负责）", &["发展改革委", "财政部"], &["各部门"], &[]),
        // a lone 负责 names the unit responsible: only 牵头 makes a lead
        ("x(教育部负责)", &[], &["教育部"], &[]),
        ("x(省教育厅牵头,各市县政府负责)", &["省教育厅"], &["各市县政府"], &[]),
        ("x(区发改局牵头,区财政局、区商务局配合)", &["区发改局"], &["区财政局", "区商务局"], &[]),
        ("x(发展改革委、人民银行、银保监会等按职责分工负责)", &[], &["发展改革委", "人民银行", "银保监会"], &[]),
        // persons
        ("x(分管副省长、协管副秘书长负责,省发展改革委牵头,省工业和信息化厅、省", &["省发展改革委"], &["省工业和信息化厅"], &[]),
        // brackets that are not unit lists are skipped, text after the group is not read
        ("15.发展电子商务(跨境)。(责任单位:区招商服务中心、区政府各部门)", &[], &["区招商服务中心", "区政府各部门"], &[]),
        ("13.x(责任单位:江北管理区、区招商服务中心)下好招商引资“先手棋”。", &[], &["江北管理区", "区招商服务中心"], &[]),
        ("13.文明企业(酒店、商铺、门店)创建。(牵头单位:区文创中心;责任单位:区委政法委,各镇街、花湖开发区)", &["区文创中心"], &["区委政法委", "各镇街", "花湖开发区"], &[]),
        // nested note inside the parenthetical
        ("43.x(牵头单位:区委组织部、区住建局;责任单位:区财政局(金融办),人民银行江夏支行)", &["区委组织部", "区住建局"], &["区财政局", "人民银行江夏支行"], &[]),
    ];
    for (text, lead, other, group) in table {
        let r =
            find_parenthetical(text, 100).unwrap_or_else(|| panic!("no parenthetical in {text}"));
        assert_eq!(by_role(&r.units, Role::Lead), *lead, "lead of {text}");
        let others: Vec<String> = r
            .units
            .iter()
            .filter(|u| !matches!(u.role, Role::Lead | Role::GroupLead))
            .map(|u| u.name.to_string())
            .collect();
        assert_eq!(others, *other, "others of {text}");
        assert_eq!(
            by_role(&r.units, Role::GroupLead),
            *group,
            "group of {text}"
        );
        check_spans(text, 100, &r.units);
        let s = Span::new(r.span.start - 100, r.span.end - 100)
            .get(text)
            .unwrap();
        assert!(s.starts_with(['(', '（']), "{s}");
    }
}

#[test]
fn parenthetical_roles_in_detail() {
    let t = "x(牵头单位:A局;配合单位:B局;参与单位:C局;实施单位:D局;汇总单位:E局;协办单位:F局;协作单位:G局;责任单位:H局)";
    let r = find_parenthetical(t, 0).unwrap();
    let roles: Vec<Role> = r.units.iter().map(|u| u.role).collect();
    assert_eq!(
        roles,
        [
            Role::Lead,
            Role::Cooperating,
            Role::Participating,
            Role::Implementing,
            Role::Summarizing,
            Role::Cooperating,
            Role::Cooperating,
            Role::Responsible
        ]
    );
    // traditional labels
    let t = "x（牽頭單位：市發展改革委；責任單位：各縣（市、區）政府）";
    let r = find_parenthetical(t, 0).unwrap();
    assert_eq!(by_role(&r.units, Role::Lead), ["市發展改革委"]);
    assert_eq!(by_role(&r.units, Role::Responsible), ["各縣政府"]);
}

#[test]
fn parenthetical_span_closed_timing() {
    let t = "1.x(国务院各部门分别负责,年内持续推进)";
    let r = find_parenthetical(t, 50).unwrap();
    assert!(r.closed);
    assert_eq!(
        Span::new(r.span.start - 50, r.span.end - 50).get(t),
        Some("(国务院各部门分别负责,年内持续推进)")
    );
    assert_eq!(
        r.timing.map(|s| Span::new(s.start - 50, s.end - 50).get(t)),
        Some(Some("年内持续推进"))
    );
    let t = "x（牵头单位：市发改委；完成时限：2022年10月底前完成）";
    let r = find_parenthetical(t, 0).unwrap();
    assert_eq!(r.timing.and_then(|s| s.get(t)), Some("2022年10月底前完成"));
    let t = "x(责任单位:市发改委,2023年底前完成)";
    let r = find_parenthetical(t, 0).unwrap();
    assert_eq!(names(&r.units), ["市发改委"]);
    assert_eq!(r.timing.and_then(|s| s.get(t)), Some("2023年底前完成"));
    // cut page: unclosed
    let t = "2.x(牵头单位:区委组织部、区住建局;责任单位:区财政局";
    let r = find_parenthetical(t, 0).unwrap();
    assert!(!r.closed);
    assert_eq!(r.span.end, t.len());
    assert_eq!(names(&r.units), ["区委组织部", "区住建局", "区财政局"]);
    // the last responsibility group wins
    let t = "x(责任单位:甲局)又(责任单位:乙局)尾(含农户)";
    let r = find_parenthetical(t, 0).unwrap();
    assert_eq!(names(&r.units), ["乙局"]);
}

#[test]
fn not_parentheticals() {
    for t in [
        "完善农户(含农户)档案",
        "x(不含)",
        "(一)聚焦增量提质",
        "一、2023年经济社会发展主要目标(以市级下达目标为参照,以区委组织部下达至各街道办事处、区直各单位的绩效目标为准)",
        "——提高社会保障水平(无总牵头单位的由牵头单位报送)",
        "x(主办单位:鄂城区人民政府)",
        "x(单位:亿元)",
        "2.x(市政府辦公室、市",
        "零工市场(驿站)",
        "",
        "(",
        ")))(((",
    ] {
        assert_eq!(find_parenthetical(t, 0), None, "{t}");
    }
}

#[test]
fn role_lines() {
    let t = "责任单位:市疫情防控指挥部办公室、市卫生健康委等,各县(市、区)政府(管委会)";
    let r = parse_role_line(t, 30).unwrap();
    assert_eq!(
        names(&r.units),
        ["市疫情防控指挥部办公室", "市卫生健康委", "各县政府"]
    );
    assert!(r.units.iter().all(|u| u.role == Role::Responsible));
    assert_eq!(r.span, Span::new(30, 30 + t.len()));
    check_spans(t, 30, &r.units);

    let t = "  部门分工:省发展改革委牵头,各地、各部门配合。";
    let r = parse_role_line(t, 0).unwrap();
    assert_eq!(by_role(&r.units, Role::Lead), ["省发展改革委"]);
    assert_eq!(by_role(&r.units, Role::Cooperating), ["各地", "各部门"]);
    assert_eq!(
        r.span.get(t),
        Some("部门分工:省发展改革委牵头,各地、各部门配合。")
    );

    let t = "牵头单位：市发改委　配合单位：市财政局、市商务局";
    let r = parse_role_line(t, 0).unwrap();
    assert_eq!(by_role(&r.units, Role::Lead), ["市发改委"]);
    assert_eq!(
        by_role(&r.units, Role::Cooperating),
        ["市财政局", "市商务局"]
    );

    let t = "配合单位：各县（市、区）人民政府";
    assert_eq!(
        names(&parse_role_line(t, 0).unwrap().units),
        ["各县人民政府"]
    );
    let t = "責任單位：市發展改革委、市財政局";
    assert_eq!(
        names(&parse_role_line(t, 0).unwrap().units),
        ["市發展改革委", "市財政局"]
    );
    let t = "(牵头单位:区发改局;责任单位:各街道办事处)";
    assert_eq!(
        names(&parse_role_line(t, 0).unwrap().units),
        ["区发改局", "各街道办事处"]
    );

    // persons: a role line, but no unit
    for t in ["分管省领导:林克庆", "责任领导:张三", "  分管省领导：张新"] {
        assert!(parse_role_line(t, 0).unwrap().units.is_empty(), "{t}");
    }
    // cut after the label
    assert!(parse_role_line("部门分工:", 0).unwrap().units.is_empty());
    // not role lines
    for t in [
        "1.坚持“外防输入、内防反弹”总体防控策略",
        "主办单位:鄂城区人民政府",
        "完成时限:2022年底",
        "区发改局牵头",
        "单位: 主要负责人(签字):",
        "(责任单位:区发改局)后面还有正文",
        "",
    ] {
        assert_eq!(parse_role_line(t, 0), None, "{t}");
    }
}

#[test]
fn cells() {
    assert_eq!(
        names(&parse_cell("区财政局\n区税务局", 0, Role::Lead)),
        ["区财政局", "区税务局"]
    );
    let u = parse_cell(
        "区政府有关部门,各乡镇人民政府、街道办事处,谯城经开区管委会,魏武国控集团。",
        0,
        Role::Cooperating,
    );
    assert_eq!(
        names(&u),
        [
            "区政府有关部门",
            "各乡镇人民政府",
            "各街道办事处",
            "谯城经开区管委会",
            "魏武国控集团"
        ]
    );
    assert!(u.iter().all(|x| x.role == Role::Cooperating));
    assert_eq!(
        names(&parse_cell("招商工作部、安商工作部", 0, Role::Responsible)),
        ["招商工作部", "安商工作部"]
    );
    assert_eq!(
        names(&parse_cell("人力资源社会保障部", 0, Role::Lead)),
        ["人力资源社会保障部"]
    );
    let u = parse_cell("牵头单位:区发改局", 0, Role::Responsible);
    assert_eq!(u[0].role, Role::Lead);
}

/// The spans of `parts` (each found once, in order) in `text`.
fn spans_of(text: &str, parts: &[&str]) -> Vec<Span> {
    let mut at = 0;
    parts
        .iter()
        .map(|p| {
            let i = at + text[at..].find(p).unwrap();
            at = i + p.len();
            Span::new(i, at)
        })
        .collect()
}

/// (name, text at the unit's span) of each unit.
fn named_spans<'a>(text: &'a str, v: &[Unit]) -> Vec<(String, &'a str)> {
    v.iter()
        .map(|u| (u.name.to_string(), &text[u.span.start..u.span.end]))
        .collect()
}

#[test]
fn wrapped_cell_pieces_are_one_list() {
    // a break after 、 or ，: the pieces are one list, elisions restored
    // across the break, spans on the source
    let text = "3 | 新建学校 | 市教育局 | 市发改委，市财政、\n人社、住建局 | 年底前 |";
    let src: Arc<str> = Arc::from(text);
    let pieces = spans_of(text, &["市发改委，市财政、", "人社、住建局"]);
    let u = parse_cell_pieces(&src, &pieces, Role::Cooperating);
    assert_eq!(
        named_spans(text, &u),
        [
            ("市发改委".to_string(), "市发改委"),
            ("市财政局".to_string(), "市财政"),
            ("市人社局".to_string(), "人社"),
            ("市住建局".to_string(), "住建局")
        ]
    );
    assert!(u
        .iter()
        .all(|x| x.role == Role::Cooperating && x.raw == text[x.span.start..x.span.end]));
    // other text between the pieces (an aligned table's other columns):
    // still one list, member by member
    let text = "1  推进  区住建、      6月底\n         自然资源局\n";
    let src: Arc<str> = Arc::from(text);
    let pieces = spans_of(text, &["区住建、", "自然资源局"]);
    let u = parse_cell_pieces(&src, &pieces, Role::Responsible);
    assert_eq!(
        named_spans(text, &u),
        [
            ("区住建局".to_string(), "区住建"),
            ("区自然资源局".to_string(), "自然资源局")
        ]
    );
    // a break with no separator before it: a list of its own
    let text = "区发改局\n区财政、税务局\n";
    let src: Arc<str> = Arc::from(text);
    let pieces = spans_of(text, &["区发改局", "区财政、税务局"]);
    assert_eq!(
        names(&parse_cell_pieces(&src, &pieces, Role::Lead)),
        ["区发改局", "区财政局", "区税务局"]
    );
    // a statement over the break is read as one
    let text = "牵头：区城管局，\n配合：区交警大队";
    let src: Arc<str> = Arc::from(text);
    let pieces = spans_of(text, &["牵头：区城管局，", "配合：区交警大队"]);
    let u = parse_cell_pieces(&src, &pieces, Role::Responsible);
    let roles: Vec<(String, Role)> = u.iter().map(|x| (x.name.to_string(), x.role)).collect();
    assert_eq!(
        roles,
        [
            ("区城管局".to_string(), Role::Lead),
            ("区交警大队".to_string(), Role::Cooperating)
        ]
    );
    // one piece: the cell as it is
    let text = "区科经、商务局";
    let src: Arc<str> = Arc::from(text);
    assert_eq!(
        names(&parse_cell_pieces(
            &src,
            &[Span::new(0, text.len())],
            Role::Lead
        )),
        ["区科经局", "区商务局"]
    );
    assert!(parse_cell_pieces(&src, &[], Role::Lead).is_empty());
    // one list over many pieces keeps the list cap
    let text = "区财政局、 | x\n".repeat(MAX_UNITS + 500);
    let src: Arc<str> = Arc::from(text.as_str());
    let pieces: Vec<Span> = text
        .match_indices("区财政局、")
        .map(|(i, p)| Span::new(i, i + p.len()))
        .collect();
    let u = parse_cell_pieces(&src, &pieces, Role::Lead);
    assert_eq!(u.len(), MAX_UNITS);
    let p = read_segments(
        &src,
        &pieces
            .iter()
            .map(|s| (&text[s.start..s.end], s.start))
            .collect::<Vec<_>>(),
        Role::Lead,
        true,
    );
    assert_eq!(p.truncated.map(|t| t.end), pieces.last().map(|s| s.end));
}

#[test]
fn public_parse_list() {
    let u = Unit::parse_list("区科经、商务局").unwrap();
    assert_eq!(names(&u), ["区科经局", "区商务局"]);
    assert_eq!(
        Unit::parse_list("").unwrap_err().kind(),
        ErrorKind::ExpectedUnit
    );
    assert_eq!(
        Unit::parse_list("分管副省长").unwrap_err().kind(),
        ErrorKind::ExpectedUnit
    );
}

#[test]
fn caps_are_bounded_and_linear() {
    // A million 、: at most MAX_UNITS units, the rest reported.
    let s = "、".repeat(1_000_000);
    let p = parse_list_bounded(&s, 0, Role::Responsible);
    assert!(p.units.is_empty());
    let s = "区财政局、".repeat(10_000);
    let p = parse_list_bounded(&s, 5, Role::Responsible);
    assert_eq!(p.units.len(), MAX_UNITS);
    let t = p.truncated.unwrap();
    assert_eq!(t.end, 5 + s.len());
    assert_eq!(t.start, 5 + "区财政局、".len() * MAX_UNITS);
    // A name longer than the cap is skipped and reported.
    let long = "局".repeat(MAX_NAME_CHARS + 1);
    let s = format!("区发改局、{long}、区财政局");
    let p = parse_list_bounded(&s, 0, Role::Responsible);
    assert_eq!(names(&p.units), ["区发改局", "区财政局"]);
    assert!(p.too_long.is_some());
    // Big inputs through every entry point.
    let huge = format!("x({})", "区财政局、".repeat(20_000));
    let r = find_parenthetical(&format!("{huge}牵头"), 0);
    assert!(r.is_none_or(|r| r.units.len() <= MAX_UNITS));
    let r = find_parenthetical(&format!("x(责任单位:{})", "区财政局、".repeat(20_000)), 0).unwrap();
    assert_eq!(r.units.len(), MAX_UNITS);
    let deep = "(".repeat(100_000);
    assert!(find_parenthetical(&deep, 0).is_none());
    let r = parse_role_line(&format!("责任单位:{}", "甲".repeat(200_000)), 0).unwrap();
    assert!(r.units.is_empty());
    assert_eq!(
        Unit::parse_list(&"区财政局、".repeat(1001))
            .unwrap_err()
            .kind(),
        ErrorKind::TooLong
    );
}

mod props {
    use super::*;
    use proptest::prelude::*;

    fn alphabet() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "区",
            "市",
            "省",
            "各",
            "局",
            "委",
            "办",
            "(",
            ")",
            "（",
            "）",
            "、",
            ",",
            "，",
            ";",
            "；",
            ":",
            "：",
            "牵头",
            "负责",
            "配合",
            "责任单位",
            "牵头单位",
            "等",
            " ",
            "\n",
            "发改",
            "街道办事处",
            "中心",
            "年内",
            "2022年",
            "a",
            "é",
            "𝄞",
        ]);
        prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn never_panic_and_spans_hold(s in alphabet(), off in 0usize..1000) {
            for u in parse_list(&s, off, Role::Responsible) {
                prop_assert_eq!(Span::new(u.span.start - off, u.span.end - off).get(&s), Some(u.raw.as_str()));
                prop_assert!(!u.name.is_empty());
            }
            for r in [find_parenthetical(&s, off), parse_role_line(&s, off)].into_iter().flatten() {
                prop_assert!(Span::new(r.span.start - off, r.span.end - off).get(&s).is_some());
                if let Some(t) = r.timing {
                    prop_assert!(Span::new(t.start - off, t.end - off).get(&s).is_some());
                }
                for u in r.units {
                    prop_assert_eq!(Span::new(u.span.start - off, u.span.end - off).get(&s), Some(u.raw.as_str()));
                }
            }
            let _ = Unit::parse_list(&s);
        }
    }
}

#[test]
fn adversarial_inputs_stay_fast() {
    let t0 = std::time::Instant::now();
    let inputs = [
        "甲 ".repeat(300_000),
        format!("甲{}", " ".repeat(1_000_000)),
        "发改、".repeat(200_000),
        "甲和".repeat(300_000),
        format!("x({}", "甲:".repeat(300_000)),
        format!("x({})", "牵头单位:甲局;".repeat(100_000)),
        "(a)".repeat(300_000),
        "区财政局区税务局".repeat(100_000),
    ];
    for s in &inputs {
        let _ = parse_list(s, 0, Role::Responsible);
        let _ = find_parenthetical(s, 0);
        let _ = parse_role_line(s, 0);
    }
    // Generous bound for an unoptimised build on a slow machine.
    assert!(t0.elapsed().as_secs() < 60, "took {:?}", t0.elapsed());
}

#[test]
fn suffix_lookup_takes_the_longest() {
    assert_eq!(org_suffix("区街道办事处"), Some("街道办事处"));
    assert_eq!(org_suffix("区财政局"), Some("局"));
    assert_eq!(org_suffix("区财政分局"), Some("分局"));
    assert_eq!(org_suffix("委员会"), Some("会"));
    assert_eq!(org_suffix("局"), Some("局"));
    assert_eq!(org_suffix("区发改"), None);
    assert_eq!(org_suffix(""), None);
}

#[test]
fn duty_division_is_cooperation_only_beside_a_lead() {
    let r = find_parenthetical("推进。(市发展改革委、市统计局按职责分工负责)", 0).unwrap();
    assert_eq!(
        by_role(&r.units, Role::Responsible),
        ["市发展改革委", "市统计局"]
    );
    let r = find_parenthetical("推进。(市发展改革委牵头,市财政局按职责分工负责)", 0).unwrap();
    assert_eq!(by_role(&r.units, Role::Lead), ["市发展改革委"]);
    assert_eq!(by_role(&r.units, Role::Cooperating), ["市财政局"]);
    let r = find_parenthetical("推进。(市商务局负责,市直各有关部门按职责分工负责)", 0).unwrap();
    assert_eq!(
        by_role(&r.units, Role::Responsible),
        ["市商务局", "市直各有关部门"]
    );
}

#[test]
fn a_role_verb_inside_a_labelled_list_wins() {
    let r = parse_role_line("责任单位：区招商局，区工信局配合", 0).unwrap();
    assert_eq!(by_role(&r.units, Role::Responsible), ["区招商局"]);
    assert_eq!(by_role(&r.units, Role::Cooperating), ["区工信局"]);
    check_spans("责任单位：区招商局，区工信局配合", 0, &r.units);
}

#[test]
fn bare_unit_groups_at_the_end_of_an_item() {
    let text = "开展全民健身活动不少于50场次（区文体旅局）";
    let r = bare_unit_group(text, 0).unwrap();
    assert_eq!(by_role(&r.units, Role::Lead), ["区文体旅局"]);
    check_spans(text, 0, &r.units);
    assert_eq!(r.span.get(text), Some("（区文体旅局）"));
    let r = bare_unit_group("推进改革。(市发展改革委、市财政局)。", 0).unwrap();
    assert_eq!(names(&r.units), ["市发展改革委", "市财政局"]);
    let text = "完成危桥改造8座。（县交通运输局，各乡镇人民政府；2024年11月底前）";
    let r = bare_unit_group(text, 0).unwrap();
    assert_eq!(names(&r.units), ["县交通运输局", "各乡镇人民政府"]);
    check_spans(text, 0, &r.units);
    assert_eq!(r.timing.and_then(|t| t.get(text)), Some("2024年11月底前"));
    // a clause that is not a timing keeps the group from being units
    assert!(bare_unit_group("推进改革（县发展改革局；另行通知）", 0).is_none());
    for text in [
        "实施方案（试行）",
        "行动方案（2024—2026年）",
        "落实资金（区财政局代管）",
        "覆盖所有单位（含区直部门）",
        "（以下简称市场监管局）",
        "区文体旅局",
        "（",
        "）",
        "",
    ] {
        assert!(bare_unit_group(text, 0).is_none(), "{text}");
    }
}

#[test]
fn labels_in_brackets() {
    assert_eq!(
        bracket_label("【牵头单位】区教育局"),
        Some(("【牵头单位】".len(), LabelKind::Role(Role::Lead)))
    );
    assert_eq!(
        bracket_label("［责任单位］：区公安分局"),
        Some(("［责任单位］：".len(), LabelKind::Role(Role::Responsible)))
    );
    assert_eq!(
        bracket_label("〔完成时限〕年底前"),
        Some(("〔完成时限〕".len(), LabelKind::Timing))
    );
    for text in [
        "[1]名词",
        "〔2021〕10号",
        "【打印】",
        "【牵头单位区教育局",
        "牵头单位】",
    ] {
        assert_eq!(bracket_label(text), None, "{text}");
    }
    assert_eq!(
        first_bracket_label("新增学位3000个。【牵头单位】区教育局"),
        Some("新增学位3000个。".len())
    );
    assert_eq!(first_bracket_label("见[1]。【完成时限】年底前"), None);
    let r = parse_role_line(
        "【牵头单位】区教育局【配合单位】区发改局、财政局【完成时限】2025年12月底前",
        0,
    )
    .unwrap();
    assert_eq!(names(&r.units), ["区教育局", "区发改局", "区财政局"]);
    assert_eq!(
        by_role(&r.units, Role::Cooperating),
        ["区发改局", "区财政局"]
    );
    assert!(r.timing.is_some());
    assert_eq!(
        timing_label_len("【完成时限】年底前"),
        Some("【完成时限】".len())
    );
    assert_eq!(
        timing_label_len("完成时限：年底前"),
        Some("完成时限：".len())
    );
    assert_eq!(timing_label_len("【牵头单位】区教育局"), None);
    // labels of up to 8 characters, after leading spaces; a colon further
    // on belongs to running text
    assert_eq!(
        timing_label_len("  工作完成时间节点 ：6月底前"),
        Some("  工作完成时间节点 ：".len())
    );
    assert_eq!(timing_label_len("各项工作要按照完成时限：年底前"), None);
}

#[test]
fn role_words_inside_cells() {
    let u = parse_cell("区城管局牵头，区交警大队配合", 0, Role::Responsible);
    assert_eq!(by_role(&u, Role::Lead), ["区城管局"]);
    assert_eq!(by_role(&u, Role::Cooperating), ["区交警大队"]);
    let u = parse_cell("区商务局（牵头），各街道办事处", 0, Role::Responsible);
    assert_eq!(by_role(&u, Role::Lead), ["区商务局"]);
    assert_eq!(by_role(&u, Role::Responsible), ["各街道办事处"]);
    assert!(u.iter().all(|u| u.note.is_none()));
    // a note that is not a role stays a note
    let u = parse_cell("区财政局（金融办）", 0, Role::Responsible);
    assert_eq!(u[0].note.as_deref(), Some("金融办"));
    assert_eq!(u[0].role, Role::Responsible);
    // a role mark after a note of the name's own
    let u = parse_cell(
        "县财政局（县金融服务中心）（牵头）、县融资担保公司",
        0,
        Role::Responsible,
    );
    assert_eq!(by_role(&u, Role::Lead), ["县财政局"]);
    assert_eq!(u[0].note.as_deref(), Some("县金融服务中心"));
    assert_eq!(by_role(&u, Role::Responsible), ["县融资担保公司"]);
}

#[test]
fn hard_line_breaks_inside_labels_and_names() {
    // a label cut in two by a line break (配合单⏎位：)
    let text = "（牵头单位：市发展改革委；配合单\n位：市商务委、统计局；完成时限：12月底前）";
    let r = find_parenthetical(text, 0).unwrap();
    assert_eq!(by_role(&r.units, Role::Lead), ["市发展改革委"]);
    assert_eq!(
        by_role(&r.units, Role::Cooperating),
        ["市商务委", "市统计局"]
    );
    assert!(r.timing.is_some());
    // a name cut in two, in a list written with punctuation
    let u = parse_list(
        "市交通运输委、住房城乡\n建委，国家\n统计局调查总队",
        0,
        Role::Responsible,
    );
    assert_eq!(
        names(&u),
        ["市交通运输委", "市住房城乡建委", "国家统计局调查总队"]
    );
    check_spans("市交通运输委、住房城乡\n建委，国家\n统计局调查总队", 0, &u);
    // role lines one below the other still part at their labels
    let text = "（牵头单位：市发改委\n责任单位：市财政局）";
    let r = find_parenthetical(text, 0).unwrap();
    assert_eq!(by_role(&r.units, Role::Lead), ["市发改委"]);
    assert_eq!(by_role(&r.units, Role::Responsible), ["市财政局"]);
    // a cell of names one per line has no punctuation: each line a name
    assert_eq!(
        names(&parse_list("区财政局\n区税务局", 0, Role::Responsible)),
        ["区财政局", "区税务局"]
    );
}

#[test]
fn a_label_cut_before_its_colon_opens_a_statement() {
    for text in ["新建5G基站1.5万个。（牵头单位", "新增上市企业15家。（牵"] {
        let r = find_parenthetical(text, 0).unwrap_or_else(|| panic!("{text}"));
        assert!(!r.closed && r.units.is_empty(), "{text}");
        assert_eq!(&text[r.span.start..r.span.end].chars().next(), &Some('（'));
    }
    // an unclosed note is no statement
    assert!(find_parenthetical("完善农户（含", 0).is_none());
    assert!(find_parenthetical("深化改革（试点", 0).is_none());
}

#[test]
fn a_name_wrapped_inside_one_labelled_segment() {
    let r =
        find_parenthetical("（牵头单位：市住房城乡\n建委；配合单位：市城市管理局）", 0).unwrap();
    assert_eq!(by_role(&r.units, Role::Lead), ["市住房城乡建委"]);
    // a cell with role verbs and no punctuation keeps its lines apart
    let u = parse_cell("区财政局\n区税务局", 0, Role::Lead);
    assert_eq!(names(&u), ["区财政局", "区税务局"]);
}

fn closing_sentence(text: &str, offset: usize) -> Option<Responsibility> {
    super::closing_sentence(&Arc::from(text), text, offset)
}

#[test]
fn closing_sentences_and_more_role_verbs() {
    // an official who oversees the work closes the sentence: no unit
    let r = closing_sentence(
        "按季度通报进展。由区发改局牵头，区统计局配合，区政府分管副区长督办。",
        0,
    )
    .unwrap();
    assert_eq!(by_role(&r.units, Role::Lead), ["区发改局"]);
    assert_eq!(by_role(&r.units, Role::Cooperating), ["区统计局"]);
    // after 由, a company named without a level is a name too
    let r = closing_sentence(
        "推进燃气管网改造。由县住建局牵头，国网某某县供电公司、某某华润燃气有限公司配合。",
        0,
    )
    .unwrap();
    assert_eq!(by_role(&r.units, Role::Lead), ["县住建局"]);
    assert_eq!(
        by_role(&r.units, Role::Cooperating),
        ["国网某某县供电公司", "某某华润燃气有限公司"]
    );
    let r = closing_sentence(
        "稳定粮食播种面积。由市农业农村局会同市发展改革委、市财政局负责。",
        0,
    )
    .unwrap();
    // 负责 makes no lead, with 会同 or without
    assert_eq!(by_role(&r.units, Role::Lead), Vec::<&str>::new());
    assert_eq!(
        by_role(&r.units, Role::Responsible),
        ["市农业农村局", "市发展改革委", "市财政局"]
    );
    let r = closing_sentence("稳定粮食播种面积。由市农业农村局会同市财政局牵头。", 0).unwrap();
    assert_eq!(by_role(&r.units, Role::Lead), ["市农业农村局"]);
    assert_eq!(by_role(&r.units, Role::Cooperating), ["市财政局"]);
    let r = closing_sentence(
        "加强品牌建设。市农业农村局牵头，市商务局参与，各县人民政府负责落实。",
        0,
    )
    .unwrap();
    assert_eq!(by_role(&r.units, Role::Responsible), ["各县人民政府"]);
    // a sentence of the task itself is no statement
    for text in [
        "推进项目建设。各部门要加强协调配合，形成工作合力。",
        "推进项目建设。由市发改委牵头推进项目前期工作。",
        "只有一句由市发改委负责。",
    ] {
        assert!(closing_sentence(text, 0).is_none(), "{text}");
    }
    // joint work after the names: they are responsible
    let r = find_parenthetical(
        "（市生态环境局牵头，市公安局、市城管局联合执法，各县区人民政府负责）",
        0,
    )
    .unwrap();
    assert_eq!(by_role(&r.units, Role::Lead), ["市生态环境局"]);
    assert_eq!(
        by_role(&r.units, Role::Responsible),
        ["市公安局", "市城管局", "各县区人民政府"]
    );
    // verbs in brackets
    let r = find_parenthetical(
        "（省交通运输厅、住房城乡建设厅分别牵头，各市州人民政府负责落实）",
        0,
    )
    .unwrap();
    assert_eq!(
        by_role(&r.units, Role::Lead),
        ["省交通运输厅", "省住房城乡建设厅"]
    );
    assert_eq!(by_role(&r.units, Role::Responsible), ["各市州人民政府"]);
}

#[test]
fn sub_district_labels_and_communities() {
    let r = find_parenthetical(
        "（责任科室：党建办、社会事务办；责任社区：东风、向阳、和平社区）",
        0,
    )
    .unwrap();
    assert_eq!(
        names(&r.units),
        ["党建办", "社会事务办", "东风社区", "向阳社区", "和平社区"]
    );
    let r = find_parenthetical("（牵头科室：城管办；配合科室：应急办）", 0).unwrap();
    assert_eq!(by_role(&r.units, Role::Lead), ["城管办"]);
    assert_eq!(by_role(&r.units, Role::Cooperating), ["应急办"]);
}

#[test]
fn lists_written_in_full_and_collectives_after_names() {
    let u = parse_list(
        "县财政局、县乡村振兴局、县总工会、团县委、妇联",
        0,
        Role::Responsible,
    );
    assert_eq!(
        names(&u),
        ["县财政局", "县乡村振兴局", "县总工会", "团县委", "县妇联"]
    );
    // a company of its own name stays as written
    let u = parse_list("区发改局、区财政局、兴港科技投资公司", 0, Role::Responsible);
    assert_eq!(names(&u), ["区发改局", "区财政局", "兴港科技投资公司"]);
    // a line break after a whole name, before the head of an elided one,
    // parts them; a break inside a name, or before a unit's own division,
    // does not
    let u = parse_list("县城投公司\n城关、东城街道办事处", 0, Role::Responsible);
    assert_eq!(
        names(&u),
        ["县城投公司", "城关街道办事处", "东城街道办事处"]
    );
    let u = parse_list("县农业农村\n局、县水利局", 0, Role::Responsible);
    assert_eq!(names(&u), ["县农业农村局", "县水利局"]);
    let u = parse_list("县公安局\n交警大队、县交通运输局", 0, Role::Responsible);
    assert_eq!(names(&u), ["县公安局交警大队", "县交通运输局"]);
    // after the youth league's committee, the mass organisations share its level
    let u = parse_list("县人社局，县财政局，团县委、妇联", 0, Role::Responsible);
    assert_eq!(names(&u), ["县人社局", "县财政局", "团县委", "县妇联"]);
    // a zone named like a town of its own takes no level either
    let u = parse_list("区发改局、椰州湾科技城管理局、城管局", 0, Role::Responsible);
    assert_eq!(names(&u), ["区发改局", "椰州湾科技城管理局", "区城管局"]);
    // a township's government names its own place: no level before it
    let u = parse_list("县住建局、清泉镇人民政府", 0, Role::Responsible);
    assert_eq!(names(&u), ["县住建局", "清泉镇人民政府"]);
    let u = parse_list("县农业农村局、红星乡党委", 0, Role::Responsible);
    assert_eq!(names(&u), ["县农业农村局", "红星乡党委"]);
    let u = parse_list("县发改局、住房和城乡建设局", 0, Role::Responsible);
    assert_eq!(names(&u), ["县发改局", "县住房和城乡建设局"]);
    let u = parse_list(
        "县经济开发区管委会、各镇人民政府、街道办事处",
        0,
        Role::Responsible,
    );
    assert_eq!(
        names(&u),
        ["县经济开发区管委会", "各镇人民政府", "各街道办事处"]
    );
    assert!(u[2].collective);
    // after a lead named by its verb, names run on to the next verb
    let r = parse_role_line(
        "责任单位：县工信局牵头，县发改局、县商务局，县经济开发区管委会配合",
        0,
    )
    .unwrap();
    assert_eq!(by_role(&r.units, Role::Lead), ["县工信局"]);
    assert_eq!(
        by_role(&r.units, Role::Cooperating),
        ["县发改局", "县商务局", "县经济开发区管委会"]
    );
}

#[test]
fn facilities_and_institutions_end_their_own_names() {
    // an airport, a university, an oilfield or a newspaper is a whole name:
    // it takes no suffix from the next member
    for (text, want) in [
        (
            "大庆萨尔图机场、大庆西站",
            &["大庆萨尔图机场", "大庆西站"][..],
        ),
        ("东湖大学、区教育局", &["东湖大学", "区教育局"]),
        ("北湖油田、区应急管理局", &["北湖油田", "区应急管理局"]),
        ("市日报社、市广播电视台", &["市日报社", "市广播电视台"]),
        ("省出版社、省新华书店", &["省出版社", "省新华书店"]),
    ] {
        assert_eq!(
            names(&parse_list(text, 0, Role::Responsible)),
            want,
            "{text}"
        );
    }
    // an elided member still takes the suffix
    assert_eq!(
        names(&parse_list("区科经、商务局", 0, Role::Responsible)),
        ["区科经局", "区商务局"]
    );
}

#[test]
fn a_leader_named_after_the_title_is_a_person() {
    let r = find_parenthetical(
        "深化改革。（副市长许国平负责，市工业和信息化局牵头，市财政局按职责分工负责）",
        0,
    )
    .unwrap();
    assert_eq!(by_role(&r.units, Role::Lead), ["市工业和信息化局"]);
    assert_eq!(names(&r.units), ["市工业和信息化局", "市财政局"]);
    for person in [
        "常务副市长梁文斌",
        "市政府秘书长王伟",
        "县委书记欧阳明",
        "办公室主任李强",
    ] {
        assert!(is_person(person), "{person}");
    }
    // a body whose name holds a title is still a body
    for body in [
        "市长热线办公室",
        "市委书记处",
        "领导小组办公室",
        "市长江航道局",
    ] {
        assert!(!is_person(body), "{body}");
    }
}

#[test]
fn a_bare_department_after_full_names_takes_the_level() {
    let u = parse_list("区公安局、区财政局、商务局", 0, Role::Responsible);
    assert_eq!(names(&u), ["区公安局", "区财政局", "区商务局"]);
    let u = parse_list("区交警大队、区城投集团、文旅集团", 0, Role::Responsible);
    assert_eq!(names(&u), ["区交警大队", "区城投集团", "区文旅集团"]);
    let u = parse_list("区城投集团、区交警大队、魏武国控集团", 0, Role::Responsible);
    assert_eq!(names(&u), ["区城投集团", "区交警大队", "魏武国控集团"]);
    // a field's branch or station takes it too; a place's keeps its name
    let u = parse_list("县住建局、县发改局、生态环境分局", 0, Role::Responsible);
    assert_eq!(names(&u), ["县住建局", "县发改局", "县生态环境分局"]);
    let u = parse_list("镇党政办、镇经发办、财政所", 0, Role::Responsible);
    assert_eq!(names(&u), ["镇党政办", "镇经发办", "镇财政所"]);
    let u = parse_list("区公安局、区交通局、黄石港公安分局", 0, Role::Responsible);
    assert_eq!(names(&u), ["区公安局", "区交通局", "黄石港公安分局"]);
    // a body named by its own name keeps it
    let u = parse_list("区发改局、区临空办、兴港科技投资公司", 0, Role::Responsible);
    assert_eq!(names(&u), ["区发改局", "区临空办", "兴港科技投资公司"]);
    let u = parse_list(
        "区发改局、区招商服务中心、江北管理区、花湖街道办事处",
        0,
        Role::Responsible,
    );
    assert_eq!(
        names(&u),
        ["区发改局", "区招商服务中心", "江北管理区", "花湖街道办事处"]
    );
}

#[test]
fn brand_heads_and_bodies_named_by_their_kind() {
    let u = parse_list("市住房城乡建设局、国网临沅供电公司", 0, Role::Responsible);
    assert_eq!(names(&u), ["市住房城乡建设局", "国网临沅供电公司"]);
    let u = parse_list("中石化北湖分公司、区应急局", 0, Role::Responsible);
    assert_eq!(names(&u), ["中石化北湖分公司", "区应急局"]);
    // a body written as its kind alone is the list's level's
    let u = parse_list("市邮政管理局、供销社", 0, Role::Responsible);
    assert_eq!(names(&u), ["市邮政管理局", "市供销社"]);
    let u = parse_list("县委办、人大、政协办公室", 0, Role::Responsible);
    assert_eq!(names(&u), ["县委办", "县人大", "县政协办公室"]);
    // generic members still take 各, not the level
    let u = parse_list("各乡镇人民政府、街道办事处", 0, Role::Responsible);
    assert_eq!(names(&u), ["各乡镇人民政府", "各街道办事处"]);
}

#[test]
fn brands_before_a_brands_branch_are_branches_too() {
    let u = parse_list(
        "中国移动、中国电信、中国联通岚阳分公司",
        0,
        Role::Responsible,
    );
    assert_eq!(
        names(&u),
        [
            "中国移动岚阳分公司",
            "中国电信岚阳分公司",
            "中国联通岚阳分公司"
        ]
    );
    let u = parse_list("工行、农行、建行岚阳分行", 0, Role::Responsible);
    assert_eq!(names(&u), ["工行岚阳分行", "农行岚阳分行", "建行岚阳分行"]);
    // a body that is no brand shares nothing; a brand after a full name
    // stays as written
    let u = parse_list("市通信管理局、中国联通岚阳分公司", 0, Role::Responsible);
    assert_eq!(names(&u), ["市通信管理局", "中国联通岚阳分公司"]);
    let u = parse_list("中国移动、市通信管理局", 0, Role::Responsible);
    assert_eq!(names(&u), ["中国移动", "市通信管理局"]);
}

#[test]
fn duty_tails_in_their_variants() {
    for text in [
        "（省安全监管局、省公安厅按职责分别负责）",
        "（省安全监管局、省公安厅按照职责分工负责）",
        "（省安全监管局、省公安厅按照职能负责）",
    ] {
        let r = find_parenthetical(text, 0).unwrap();
        assert_eq!(names(&r.units), ["省安全监管局", "省公安厅"], "{text}");
        assert!(
            r.units.iter().all(|u| u.role == Role::Responsible),
            "{text}"
        );
    }
    let r = find_parenthetical("（省应急厅牵头，省公安厅按照职责分工负责）", 0).unwrap();
    assert_eq!(by_role(&r.units, Role::Cooperating), ["省公安厅"]);
}

#[test]
fn villages_share_their_suffix() {
    let u = parse_list("石门、双河、龙井村", 0, Role::Responsible);
    assert_eq!(names(&u), ["石门村", "双河村", "龙井村"]);
    let u = parse_list("各村（社区）、镇农业农村办", 0, Role::Responsible);
    assert_eq!(names(&u)[0], "各村");
    // the 村 of 农村 and 乡村 names no village
    let u = parse_list("区农业农村、园林和林业局", 0, Role::Responsible);
    assert_eq!(names(&u), ["区农业农村局", "区园林和林业局"]);
    let u = parse_list("县财政、乡村振兴局", 0, Role::Responsible);
    assert_eq!(names(&u), ["县财政局", "县乡村振兴局"]);
    let u = parse_list("巴音、乌兰嘎查", 0, Role::Responsible);
    assert_eq!(names(&u), ["巴音嘎查", "乌兰嘎查"]);
}

#[test]
fn a_role_note_on_a_runs_last_member_marks_the_run() {
    let u = parse_list(
        "省卫生健康委、省住房城乡建设厅（牵头），省发展改革委、省财政厅",
        0,
        Role::Responsible,
    );
    let got: Vec<(&str, Role)> = u.iter().map(|u| (u.name.as_str(), u.role)).collect();
    assert_eq!(
        got,
        [
            ("省卫生健康委", Role::Lead),
            ("省住房城乡建设厅", Role::Lead),
            ("省发展改革委", Role::Responsible),
            ("省财政厅", Role::Responsible),
        ]
    );
    // at the end of the list the note marks its member only; a note on the
    // first member marks the first
    let u = parse_list("省财政厅、省商务厅（牵头）", 0, Role::Responsible);
    let roles: Vec<Role> = u.iter().map(|u| u.role).collect();
    assert_eq!(roles, [Role::Responsible, Role::Lead]);
    let u = parse_list(
        "省发展改革委（牵头）、省财政厅，省商务厅",
        0,
        Role::Responsible,
    );
    let roles: Vec<Role> = u.iter().map(|u| u.role).collect();
    assert_eq!(roles, [Role::Lead, Role::Responsible, Role::Responsible]);
}

#[test]
fn a_member_named_by_its_own_place_keeps_its_name() {
    for (list, want) in [
        (
            "州发展改革委、白杨河市发展改革委",
            ["州发展改革委", "白杨河市发展改革委"],
        ),
        (
            "州发展改革委、兵团第十五师白杨河市发展改革委",
            ["州发展改革委", "兵团第十五师白杨河市发展改革委"],
        ),
        ("区发改局、高新区管委会", ["区发改局", "高新区管委会"]),
        // bare departments still take the level
        ("区发改局、市场监管局", ["区发改局", "区市场监管局"]),
        ("区发改局、城市管理局", ["区发改局", "区城市管理局"]),
    ] {
        let u = parse_list(list, 0, Role::Responsible);
        assert_eq!(names(&u), want, "{list}");
    }
    assert!(!names_own_place("农贸市场服务中心"));
    assert!(names_own_place("第十五师发展改革委"));
}

#[test]
fn a_bare_government_after_a_collective_is_of_the_same_places() {
    for (list, want) in [
        ("各县市党委、人民政府", ["各县市党委", "各县市人民政府"]),
        ("各乡镇党委、政府", ["各乡镇党委", "各乡镇政府"]),
        // other bodies take 各 alone, as before
        (
            "各乡镇人民政府、街道办事处",
            ["各乡镇人民政府", "各街道办事处"],
        ),
    ] {
        let u = parse_list(list, 0, Role::Responsible);
        assert_eq!(names(&u), want, "{list}");
    }
}

#[test]
fn a_space_after_a_note_still_parts_names() {
    for list in [
        "县财政局（县国资办） 县发改局",
        "县财政局(县国资办)　县发改局",
    ] {
        let u = parse_list(list, 0, Role::Responsible);
        assert_eq!(names(&u), ["县财政局", "县发改局"], "{list}");
        assert_eq!(u[0].note.as_deref(), Some("县国资办"), "{list}");
    }
    // a name cut by a space inside it is still one name
    let u = parse_list("县财政局、县发 改局", 0, Role::Responsible);
    assert_eq!(names(&u).len(), 2);
}

#[test]
fn a_division_before_a_divisions_government_shares_it() {
    for (list, want) in [
        (
            "城关镇、东坪镇人民政府",
            vec!["城关镇人民政府", "东坪镇人民政府"],
        ),
        ("红星乡、新村乡党委", vec!["红星乡党委", "新村乡党委"]),
        (
            "城关镇、东坪镇、西河镇政府",
            vec!["城关镇政府", "东坪镇政府", "西河镇政府"],
        ),
        // townships of any name are one level, villages another
        (
            "城关镇、红星乡人民政府",
            vec!["城关镇人民政府", "红星乡人民政府"],
        ),
        (
            "额尔敦苏木、巴彦淖尔镇人民政府",
            vec!["额尔敦苏木人民政府", "巴彦淖尔镇人民政府"],
        ),
        (
            "巴彦嘎查、宝力格嘎查村民委员会",
            vec!["巴彦嘎查村民委员会", "宝力格嘎查村民委员会"],
        ),
        ("红星村、新华村村委会", vec!["红星村村委会", "新华村村委会"]),
        // a level of two characters is shared like one of one
        (
            "额尔敦、巴彦淖尔苏木人民政府",
            vec!["额尔敦苏木人民政府", "巴彦淖尔苏木人民政府"],
        ),
        // another level, or no division, shares nothing of it
        ("城关镇、东坪县人民政府", vec!["城关镇", "东坪县人民政府"]),
        ("红星村、东坪镇人民政府", vec!["红星村", "东坪镇人民政府"]),
        (
            "郑店、五里界街道办事处",
            vec!["郑店街道办事处", "五里界街道办事处"],
        ),
    ] {
        let u = parse_list(list, 0, Role::Responsible);
        assert_eq!(names(&u), want, "{list}");
    }
}

#[test]
fn a_host_beside_other_roles_leads() {
    for text in [
        "（主办单位：县商务局；协办单位：县财政局）",
        "（主办：县商务局；协办：县财政局）",
        "（牵头：县商务局；协助：县财政局）",
    ] {
        let r = find_parenthetical(text, 0).unwrap_or_else(|| panic!("{text}"));
        let got: Vec<(&str, Role)> = r.units.iter().map(|u| (u.name.as_str(), u.role)).collect();
        assert_eq!(
            got,
            [("县商务局", Role::Lead), ("县财政局", Role::Cooperating)],
            "{text}"
        );
    }
    // alone it is a page's footer
    let line = "主办单位：某某县人民政府";
    assert!(parse_role_line(line, 0).is_none());
}

#[test]
fn a_company_of_a_group_takes_no_level() {
    let u = parse_list("县住建局、长丰华润燃气公司", 0, Role::Responsible);
    assert_eq!(names(&u), ["县住建局", "长丰华润燃气公司"]);
    // a company named by its kind alone is the list's level's
    let u = parse_list("区科投集团、国控集团", 0, Role::Responsible);
    assert_eq!(names(&u), ["区科投集团", "区国控集团"]);
}

#[test]
fn role_words_name_any_kind_of_office() {
    for (line, role) in [
        ("责任办所：镇经发办、镇财政所", Role::Responsible),
        ("牵头股室：县财政局预算股", Role::Lead),
        ("配合处室：省发展改革委综合处", Role::Cooperating),
    ] {
        let r = parse_role_line(line, 0).unwrap_or_else(|| panic!("{line}"));
        assert!(r.units.iter().all(|u| u.role == role), "{line}");
        assert!(!r.units.is_empty(), "{line}");
    }
    let u = parse_list("中国银行、邮储银行云州分行", 0, Role::Responsible);
    assert_eq!(names(&u), ["中国银行云州分行", "邮储银行云州分行"]);
}

#[test]
fn manner_words_before_a_role_verb_are_not_names() {
    let r = find_parenthetical("（市发展改革委、市财政局共同牵头，各县区积极配合）", 0).unwrap();
    assert_eq!(by_role(&r.units, Role::Lead), ["市发展改革委", "市财政局"]);
    assert_eq!(by_role(&r.units, Role::Cooperating), ["各县区"]);
    let r = parse_role_line("牵头单位：市商务局、市文旅局联合牵头", 0).unwrap();
    assert_eq!(by_role(&r.units, Role::Lead), ["市商务局", "市文旅局"]);
    let r = closing_sentence("推进城市更新。市住建局负责，市自然资源局主动配合。", 0).unwrap();
    assert_eq!(by_role(&r.units, Role::Cooperating), ["市自然资源局"]);
    // a name is kept whole when no verb follows the word
    let r = find_parenthetical("（牵头单位：市总工会、市妇联；配合单位：市残联）", 0).unwrap();
    assert_eq!(by_role(&r.units, Role::Lead), ["市总工会", "市妇联"]);
}

#[test]
fn units_joined_by_huitong_after_a_lead_cooperate() {
    let r = find_parenthetical("（市商务局牵头，会同市市场监管局、市统计局推进）", 0).unwrap();
    assert_eq!(by_role(&r.units, Role::Lead), ["市商务局"]);
    assert_eq!(
        by_role(&r.units, Role::Cooperating),
        ["市市场监管局", "市统计局"]
    );
    let r = find_parenthetical("（市人社局牵头，各县区人民政府具体落实）", 0).unwrap();
    assert_eq!(by_role(&r.units, Role::Lead), ["市人社局"]);
    assert_eq!(names(&r.units), ["市人社局", "各县区人民政府"]);
    // 会同 with no verb of doing after the names is read as before
    assert_eq!(joined_clause("会同市统计局"), None);
    assert_eq!(joined_clause("会同推进"), None);
}

#[test]
fn more_role_verbs_and_bodies_named_bare() {
    // 主责 leads and 协同 cooperates, as their labels do; 落实 carries out
    let r = find_parenthetical("（区发改委主责，区统计局、区财政局协同）", 0).unwrap();
    assert_eq!(by_role(&r.units, Role::Lead), ["区发改委"]);
    assert_eq!(
        by_role(&r.units, Role::Cooperating),
        ["区统计局", "区财政局"]
    );
    let r = find_parenthetical("（区商务局、区财政局分别主责，各社区落实）", 0).unwrap();
    assert_eq!(by_role(&r.units, Role::Lead), ["区商务局", "区财政局"]);
    assert_eq!(by_role(&r.units, Role::Responsible), ["各社区"]);
    // … and so does the short label 主责：
    let r = find_parenthetical("（主责：县发改局；协同：县统计局；时限：全年）", 0).unwrap();
    assert_eq!(by_role(&r.units, Role::Lead), ["县发改局"]);
    assert_eq!(by_role(&r.units, Role::Cooperating), ["县统计局"]);
    // a numbered list's marks part its members
    let text = "①镇财政所②镇统计站③各村（社区）";
    let u = parse_list(text, 0, Role::Cooperating);
    assert_eq!(names(&u), ["镇财政所", "镇统计站", "各村"]);
    check_spans(text, 0, &u);
    // labels joined by slashes, their values in the same order
    let text = "牵头领导/牵头单位/配合单位：刘志刚/市发展改革委/市统计局、市农业农村局";
    let r = parse_role_line(text, 0).unwrap();
    assert_eq!(by_role(&r.units, Role::Lead), ["市发展改革委"]);
    assert_eq!(
        by_role(&r.units, Role::Cooperating),
        ["市统计局", "市农业农村局"]
    );
    check_spans(text, 0, &r.units);
    assert!(parse_role_line("牵头单位/配合单位：市发展改革委", 0).is_none());
    // names after a dash that ends the item: leads, then after a slash
    // the cooperating ones
    let text = "规模以上工业增加值增长7%。——区工信局、区发改委/芦江自然资源和规划分局、区统计局";
    let r = super::dash_units(&Arc::from(text), text, 0).unwrap();
    assert_eq!(by_role(&r.units, Role::Lead), ["区工信局", "区发改委"]);
    assert_eq!(
        by_role(&r.units, Role::Cooperating),
        ["芦江自然资源和规划分局", "区统计局"]
    );
    check_spans(text, 0, &r.units);
    let text = "建成智慧城市。——这是全区人民的共同目标";
    assert!(super::dash_units(&Arc::from(text), text, 0).is_none());
    let text = "——区工信局";
    assert!(super::dash_units(&Arc::from(text), text, 0).is_none());
    // 第一责任单位 leads
    let r = parse_role_line("第一责任单位：县发改局；责任单位：县统计局", 0).unwrap();
    assert_eq!(by_role(&r.units, Role::Lead), ["县发改局"]);
    assert_eq!(by_role(&r.units, Role::Responsible), ["县统计局"]);
    // a bare body after a body of some place is that place's
    let u = parse_list("各街道党工委、办事处", 0, Role::Responsible);
    assert_eq!(names(&u), ["各街道党工委", "各街道办事处"]);
    let u = parse_list("某某经开区党工委、管委会", 0, Role::Lead);
    assert_eq!(names(&u), ["某某经开区党工委", "某某经开区管委会"]);
    // … and the body of every place that took its name from that one
    let text = "站前、岚湖街道党工委、办事处";
    let u = parse_list(text, 0, Role::Responsible);
    assert_eq!(
        names(&u),
        [
            "站前街道党工委",
            "岚湖街道党工委",
            "岚湖街道办事处",
            "站前街道办事处"
        ]
    );
    check_spans(text, 0, &u);
    let u = parse_list("城关、东坪镇党委、政府", 0, Role::Responsible);
    assert_eq!(
        names(&u),
        ["城关镇党委", "东坪镇党委", "东坪镇政府", "城关镇政府"]
    );
    // carriers after a 中国 brand drop its 中国
    let u = parse_list("中国电信、移动、联通某某分公司", 0, Role::Responsible);
    assert_eq!(
        names(&u),
        [
            "中国电信某某分公司",
            "中国移动某某分公司",
            "中国联通某某分公司"
        ]
    );
}

#[test]
fn shared_role_lines_name_items_and_units() {
    let line = "以下第19、20项责任单位均为：区应急管理局、区消防救援大队，各街道办事处。";
    let (numbers, units) =
        super::shared_role_line(&Arc::from(line), line, 7).expect("a shared line");
    assert_eq!(numbers, [19, 20]);
    assert_eq!(
        names(&units),
        ["区应急管理局", "区消防救援大队", "各街道办事处"]
    );
    assert!(units.iter().all(|u| u.role == Role::Responsible));
    assert_eq!(units[0].span.start, 7 + line.find("区应急").unwrap());
    let line = "以下第3至5项牵头单位为：县发改局";
    let (numbers, units) = super::shared_role_line(&Arc::from(line), line, 0).expect("a range");
    assert_eq!(numbers, [3, 4, 5]);
    assert_eq!(units[0].role, Role::Lead);
    let line = "以下各项配合单位均为：各乡镇人民政府";
    let (numbers, units) = super::shared_role_line(&Arc::from(line), line, 0).expect("all items");
    assert!(numbers.is_empty());
    assert_eq!(units[0].role, Role::Cooperating);
    // no role label, or no items named: no such line
    for no in [
        "以下为具体任务：",
        "以下第3项内容为：新建学校",
        "以下责任单位为：",
        "以下各项要求为：区发改局",
    ] {
        assert!(
            super::shared_role_line(&Arc::from(no), no, 0).is_none(),
            "{no}"
        );
    }
}

#[test]
fn words_handing_items_to_units_are_no_part_of_a_name() {
    let text = "以下各项均由区农业农村局牵头，各街道办事处配合";
    let r = find_parenthetical(&format!("（{text}）"), 0).expect("a statement");
    assert_eq!(names(&r.units), ["区农业农村局", "各街道办事处"]);
    assert_eq!(r.units[0].role, Role::Lead);
    assert_eq!(r.units[1].role, Role::Cooperating);
    assert!(super::distributes(text));
    assert!(!super::distributes("由区农业农村局牵头，各街道办事处配合"));
    assert_eq!(
        super::distributive_prefix("上述任务都由县住建局"),
        Some("上述任务都由".len())
    );
    assert_eq!(super::distributive_prefix("以下单位负责"), None);
}
