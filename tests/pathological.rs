//! Pathological and unclean inputs: results, not times.
//!
//! Each huge input must parse, its blocks must tile it (`check_tiling`), and
//! every span the document hands out must land on character boundaries of
//! the original text. The hygiene tests check that BOMs, CRLF, odd spaces,
//! zero-width characters and full-width forms never shift a span: the input
//! is not rewritten, so a span's text is an exact substring of the input.
//!
//! Sizes are chosen so the whole file runs in a few seconds in the debug
//! test profile on two cores when the parser is linear; a super-linear step
//! shows up as a test that takes minutes, which is the point.

use govreport::{Document, Span};

/// Every span of the document, with a label saying where it came from.
fn all_spans(doc: &Document) -> Vec<(&'static str, Span)> {
    fn sections(out: &mut Vec<(&'static str, Span)>, s: &[govreport::Section]) {
        for s in s {
            out.push(("section", s.span));
            sections(out, &s.children);
        }
    }
    let mut out = Vec::new();
    out.extend(doc.blocks().iter().map(|b| ("block", b.span)));
    sections(&mut out, doc.sections());
    out.extend(doc.metrics().iter().map(|m| ("metric", m.span)));
    out.extend(doc.diagnostics().iter().map(|d| ("diagnostic", d.span)));
    out.extend(doc.notes.iter().map(|n| ("note", n.span)));
    for t in doc.tasks() {
        out.push(("task", t.span));
        out.extend(t.units.iter().map(|u| ("task unit", u.span)));
        out.extend(t.metrics.iter().map(|m| ("task metric", m.span)));
        out.extend(t.deadline.iter().map(|d| ("deadline", d.span)));
    }
    for t in doc.targets() {
        out.push(("target", t.span));
        out.extend(t.units.iter().map(|u| ("target unit", u.span)));
        out.extend(t.metric.iter().map(|m| ("target metric", m.span)));
    }
    out
}

/// Parses `text` and checks the invariants every input must keep.
fn parse_checked(text: &str) -> Document {
    let doc = govreport::parse(text);
    assert_eq!(
        doc.check_tiling(text),
        Ok(()),
        "blocks do not tile the input"
    );
    for (what, span) in all_spans(&doc) {
        assert!(
            span.get(text).is_some(),
            "{what} span {span} is out of range or off char boundaries (len {})",
            text.len()
        );
    }
    // texts are pieces of the text as read (the input, HTML markup rendered)
    for m in doc.metrics() {
        assert_eq!(
            doc.text(m.span),
            Some(m.text.as_str()),
            "metric text differs from its span"
        );
    }
    for u in doc.tasks().iter().flat_map(|t| &t.units) {
        assert_eq!(
            doc.text(u.span),
            Some(u.raw.as_str()),
            "unit raw differs from its span"
        );
    }
    for d in doc.tasks().iter().filter_map(|t| t.deadline.as_ref()) {
        assert_eq!(
            doc.text(d.span),
            Some(d.text.as_str()),
            "deadline text differs from its span"
        );
    }
    doc
}

// ---------------------------------------------------------------- huge inputs

#[test]
fn ten_megabytes_without_a_newline() {
    let piece = "推进高质量发展,地区生产总值增长6%以上,新增市场主体500家;";
    let text = piece.repeat(10_000_000 / piece.len() + 1);
    assert!(text.len() >= 10_000_000 && !text.contains('\n'));
    let doc = parse_checked(&text);
    // one line, no line break: one block
    assert_eq!(doc.blocks().len(), 1);
    assert_eq!(doc.blocks()[0].span, Span::new(0, text.len()));
}

#[test]
fn a_hundred_thousand_unbalanced_brackets() {
    let text = format!("1.推进改革{}完成任务。\n2.下一项。\n", "(（".repeat(50_000));
    let doc = parse_checked(&text);
    // the unclosed brackets must not swallow the next item
    let numbers: Vec<_> = doc
        .tasks()
        .iter()
        .filter_map(|t| t.number.as_deref())
        .collect();
    assert_eq!(numbers, ["1", "2"]);
    assert_eq!(doc.tasks()[1].span.get(&text), Some("2.下一项。"));
}

#[test]
fn ten_thousand_names_in_a_unit_list() {
    let names = vec!["区发改局"; 10_000].join("、");
    let item = format!("1.推进改革。(责任单位:{names})");
    let text = format!("{item}\n2.下一项。\n");
    let doc = parse_checked(&text);
    let numbers: Vec<_> = doc
        .tasks()
        .iter()
        .filter_map(|t| t.number.as_deref())
        .collect();
    assert_eq!(numbers, ["1", "2"]);
    let task = &doc.tasks()[0];
    assert_eq!(task.span.get(&text), Some(item.as_str()));
    // every unit found lies inside the parenthetical; either all names are
    // there or the cap was reported
    let open = item.find("(责任单位:").unwrap_or(0);
    let inside = Span::new(open, item.len());
    assert!(task
        .units
        .iter()
        .all(|u| inside.contains(u.span) && u.raw == "区发改局"));
    let capped = doc
        .diagnostics()
        .iter()
        .any(|d| d.code == govreport::DiagnosticCode::LimitExceeded);
    assert!(task.units.is_empty() || task.units.len() == 10_000 || capped);
}

#[test]
fn a_million_digits() {
    let digits = "1234567890".repeat(100_000);
    let text = format!("1.新增市场主体{digits}家。\n2.投资{digits}.{digits}亿元。\n");
    let doc = parse_checked(&text);
    assert_eq!(doc.tasks().len(), 2);
    // a number that long cannot be an exact decimal: a metric taken from the
    // run must come with a diagnostic saying the number was cut or overflowed
    let reported = doc.diagnostics().iter().any(|d| {
        matches!(
            d.code,
            govreport::DiagnosticCode::NumberOverflow | govreport::DiagnosticCode::LimitExceeded
        )
    });
    let long_run = "1234567890".repeat(4);
    for m in doc.metrics() {
        assert!(
            !m.text.contains(&long_run) || reported,
            "metric {} without a diagnostic",
            m.span
        );
    }
}

#[test]
fn a_line_of_a_million_enumeration_commas() {
    let text = format!(
        "1.{}。(责任单位:{})\n",
        "、".repeat(1_000_000),
        "、".repeat(1_000)
    );
    let doc = parse_checked(&text);
    assert_eq!(doc.tasks().len(), 1);
    // a list of nothing names no unit
    assert!(doc.tasks()[0]
        .units
        .iter()
        .all(|u| !u.name.trim_matches('、').is_empty()));
}

#[test]
fn two_hundred_thousand_continuation_lines() {
    // one item whose text never ends a sentence, then lines that would
    // continue it, and unclosed statements line after line
    let mut text = String::from("1.推进改革，\n");
    text.push_str(&"继续推进，新增企业5\n家，\n".repeat(100_000));
    text.push_str(&"2.下一项（区发改局、\n".repeat(10_000));
    let doc = parse_checked(&text);
    let first = &doc.tasks()[0];
    // joined up to a bound, not without end
    assert!(first.text.len() <= 8 * 1024, "{}", first.text.len());
    assert!(first.metrics.len() < 1_000);
    assert_eq!(doc.tasks().len(), 10_001);
}

#[test]
fn a_pipe_row_wrapped_over_twenty_thousand_lines() {
    // every line leaves a unit cell open after 、 with another cell between:
    // one list over the lines, read up to the row's line cap
    let mut text = String::from("序号 | 工作任务 | 牵头单位 | 责任单位 |\n1 | 推进改革\n");
    text.push_str(&"区财政、 | 区住建、\n".repeat(20_000));
    text.push_str("区税务局 |\n2 | 下一项 | 区发改局 | 区统计局 |\n");
    let doc = parse_checked(&text);
    assert_eq!(doc.tasks().len(), 2);
    assert!(doc.tasks()[0].units.len() <= 2_000);
    assert!(has_limit_diagnostic(&doc));
    let second: Vec<&str> = doc.tasks()[1]
        .units
        .iter()
        .map(|u| u.name.as_str())
        .collect();
    assert_eq!(second, ["区发改局", "区统计局"]);
}

#[test]
fn a_table_one_cell_per_line_with_a_hundred_thousand_header_lines() {
    // a header that names column after column: it stops at a bound, and
    // the name past it is no cell, so the table has ended; the bare numbers
    // after it are paragraphs, not rows waiting for 100,000 cells
    let mut text = String::from("序号\n");
    text.push_str(&"牵头单位\n".repeat(100_000));
    for n in 1..=2_000 {
        text.push_str(&format!("{n}\n区发改局\n"));
    }
    let doc = parse_checked(&text);
    assert!(doc.tasks().is_empty());
    // a header of three names reads its rows (numbers of up to three
    // digits: four are read as years)
    let mut text = String::from("序号\n重点工作\n牵头单位\n");
    for n in 1..=999 {
        text.push_str(&format!("{n}\n推进改革\n区发改局\n"));
    }
    let doc = parse_checked(&text);
    assert_eq!(doc.tasks().len(), 999);
}

/// Whether the document reports a `limit_exceeded` diagnostic.
fn has_limit_diagnostic(doc: &Document) -> bool {
    doc.diagnostics()
        .iter()
        .any(|d| d.code == govreport::DiagnosticCode::LimitExceeded)
}

#[test]
fn thirty_thousand_continuation_lines_of_one_pipe_row() {
    // the text is the last column: every line's extra pieces went on in it,
    // joined one by one (quadratic); the row now stops at its line cap
    let mut text = String::from("序号 | 牵头单位 | 工作任务 |\n1 | 区发改局 | 推进改革\n");
    text.push_str(&"继续推进改造任务 | 新增企业5家\n".repeat(30_000));
    text.push_str("完成 |\n2 | 区统计局 | 开展统计调查 |\n");
    let doc = parse_checked(&text);
    assert_eq!(doc.tasks().len(), 2);
    assert!(doc.tasks()[0].text.len() <= 8 * 1024);
    assert_eq!(&*doc.tasks()[1].text, "开展统计调查");
    assert!(has_limit_diagnostic(&doc));
    // the lines left are covered by the diagnostic, not read
    let cut = doc
        .diagnostics()
        .iter()
        .find(|d| d.code == govreport::DiagnosticCode::LimitExceeded)
        .map(|d| d.span);
    assert!(cut.is_some_and(|s| s.end > text.len() / 2));
    // thirty thousand pieces on one line of a row, or one spilled line of
    // a space-separated row: one cell holds a bounded number of them
    let mut text = String::from("序号 | 牵头单位 | 工作任务 |\n1 | 区发改局 | 推进改革\n");
    text.push_str(&"新增企业5家 | ".repeat(30_000));
    text.push_str("\n2 | 区统计局 | 开展统计调查 |\n");
    let doc = parse_checked(&text);
    assert_eq!(doc.tasks().len(), 2);
    assert!(doc.tasks()[0].metrics.len() < 1_000);
    assert!(has_limit_diagnostic(&doc));
    let mut text = String::from("序号 重点工作 牵头单位 配合单位\n1 推进改革\n");
    text.push_str(&"区财政局 ".repeat(30_000));
    text.push_str("\n2 开展统计调查 区统计局 区发改局\n");
    let doc = parse_checked(&text);
    assert_eq!(doc.tasks().len(), 2);
    assert!(doc.tasks()[0].text.len() <= 8 * 1024);
    assert!(has_limit_diagnostic(&doc));
}

#[test]
fn ten_thousand_repeated_headings() {
    let text = "一、\n（一）\n1.\n".repeat(10_000);
    let doc = parse_checked(&text);
    assert_eq!(doc.blocks().len(), 30_000);
    assert_eq!(doc.sections().len(), 10_000);
    assert!(doc
        .sections()
        .iter()
        .all(|s| s.ordinal == "一、" && s.children.len() == 1));
    // the paths never grow: each 一、 closes the previous one
    assert!(doc.tasks().iter().all(|t| t.path.len() <= 2));
}

#[test]
fn deeply_nested_headings_do_not_recurse_without_bound() {
    // every ordinal kind in turn, 2,000 times: the tree must stay shallow
    let text = "第一章 总则\n一、目标\n（一）任务\n1.推进。\n（1）细化。\n①落实。\n".repeat(2_000);
    let doc = parse_checked(&text);
    fn depth(s: &[govreport::Section]) -> usize {
        s.iter().map(|s| 1 + depth(&s.children)).max().unwrap_or(0)
    }
    assert!(depth(doc.sections()) <= 8);
    assert!(doc.tasks().iter().all(|t| t.path.len() <= 8));
}

// -------------------------------------------------------------- input hygiene

/// The span text of the task numbered `number`.
fn task_text<'a>(doc: &Document, text: &'a str, number: &str) -> Option<&'a str> {
    doc.tasks()
        .iter()
        .find(|t| t.number.as_deref() == Some(number))
        .and_then(|t| t.span.get(text))
}

#[test]
fn byte_order_mark_is_kept_and_skipped() {
    let text = "\u{feff}1.新建城市书房40个。(责任单位:区文旅局)\n";
    let doc = parse_checked(text);
    assert_eq!(
        doc.blocks()[0].span.start,
        0,
        "the BOM belongs to the first block"
    );
    assert_eq!(
        task_text(&doc, text, "1"),
        Some("1.新建城市书房40个。(责任单位:区文旅局)")
    );
    assert_eq!(doc.tasks()[0].span.start, 3);
}

#[test]
fn crlf_line_breaks_stay_in_the_blocks() {
    let text = "一、重点任务\r\n1.新建城市书房40个。(责任单位:区文旅局)\r\n2.推进改革。\r\n";
    let doc = parse_checked(text);
    assert!(doc
        .blocks()
        .iter()
        .all(|b| b.span.get(text).is_some_and(|s| s.ends_with("\r\n"))));
    assert_eq!(
        task_text(&doc, text, "1"),
        Some("1.新建城市书房40个。(责任单位:区文旅局)")
    );
    assert_eq!(task_text(&doc, text, "2"), Some("2.推进改革。"));
    assert_eq!(doc.sections()[0].span.get(text), Some("一、重点任务"));
    assert!(doc.tasks().iter().all(|t| !t.text.contains('\r')));
}

#[test]
fn lone_carriage_returns_and_mixed_breaks() {
    let text = "1.推进改革。\r2.扩大开放。\n\r\n3.优化环境。";
    let doc = parse_checked(text);
    assert!(task_text(&doc, text, "3").is_some_and(|s| s == "3.优化环境。"));
}

#[test]
fn nbsp_and_ideographic_spaces() {
    let text = "\u{3000}\u{3000}1.新建城市书房40个。\u{a0}(责任单位:区文旅局)\u{3000}\n\u{a0}2.推进\u{3000}改革。\n";
    let doc = parse_checked(text);
    assert_eq!(
        task_text(&doc, text, "1"),
        Some("1.新建城市书房40个。\u{a0}(责任单位:区文旅局)")
    );
    assert_eq!(task_text(&doc, text, "2"), Some("2.推进\u{3000}改革。"));
}

#[test]
fn zero_width_characters() {
    let text = "\u{200b}1.新建\u{200d}城市书房40个。(责任单位:区文旅局)\u{200b}\n\u{2060}2.推进\u{200c}改革。\u{feff}\n";
    let doc = parse_checked(text);
    assert_eq!(
        task_text(&doc, text, "1"),
        Some("1.新建\u{200d}城市书房40个。(责任单位:区文旅局)")
    );
    assert_eq!(task_text(&doc, text, "2"), Some("2.推进\u{200c}改革。"));
}

#[test]
fn full_width_digits_and_punctuation() {
    let text = "一、重点工作\n１．新建城市书房４０个。（责任单位：区文旅局）\n２．推进改革，增长６．５％。\n";
    let doc = parse_checked(text);
    assert_eq!(
        task_text(&doc, text, "１"),
        Some("１．新建城市书房４０个。（责任单位：区文旅局）")
    );
    assert_eq!(
        task_text(&doc, text, "２"),
        Some("２．推进改革，增长６．５％。")
    );
    assert!(doc.tasks().iter().all(|t| t.path == ["一、"]));
}

#[test]
fn every_odd_character_at_once() {
    let odd = [
        "\u{feff}", "\r\n", "\u{a0}", "\u{3000}", "\u{200b}", "\u{200d}", "１", "（", "）", "：",
        "％", "\r",
    ];
    let mut text = String::new();
    for (i, o) in odd.iter().cycle().take(5_000).enumerate() {
        if i % 7 == 0 {
            text.push_str("\n1.");
        }
        text.push_str(o);
        text.push_str("增长5%");
    }
    parse_checked(&text);
}

#[test]
fn spans_index_the_original_not_a_normalised_copy() {
    // the same document written plainly and with every hygiene hazard: the
    // same tasks, each at its own offsets
    let plain = "一、重点工作\n1.推进改革。(责任单位:区发改局)\n2.扩大开放。\n";
    let dirty = "\u{feff}一、重点工作\r\n\u{3000}1.推进改革。(责任单位:区发改局)\u{200b}\r\n\u{a0}2.扩大开放。\r\n";
    let (a, b) = (parse_checked(plain), parse_checked(dirty));
    assert_eq!(a.tasks().len(), b.tasks().len());
    for (x, y) in a.tasks().iter().zip(b.tasks()) {
        assert_eq!(x.span.get(plain), y.span.get(dirty));
        assert_eq!(x.text, y.text);
        assert_eq!(x.path, y.path);
    }
}

#[test]
fn html_markup_is_read_as_what_it_stands_for() {
    let text = "<p>一、重点工作</p>\n&nbsp;&nbsp;1.开展&ldquo;项目年&rdquo;活动，新建<b>书房</b>40个。（责任单位：区发改局&nbsp;区财政局）<br>&emsp;2.推进改革。<br/>\n";
    let doc = parse_checked(text);
    assert!(doc
        .diagnostics()
        .iter()
        .any(|d| d.code == govreport::DiagnosticCode::HtmlMarkup && d.span == Span::new(0, 3)));
    let numbers: Vec<_> = doc.tasks().iter().map(|t| t.number.as_deref()).collect();
    assert_eq!(numbers, [Some("1"), Some("2")]);
    assert!(doc.tasks().iter().all(|t| t.path == ["一、"]));
    let units: Vec<&str> = doc.tasks()[0]
        .units
        .iter()
        .map(|u| u.name.as_str())
        .collect();
    assert_eq!(units, ["区发改局", "区财政局"]);
    // spans index the input; the texts are the rendered copy's
    assert!(task_text(&doc, text, "1").is_some_and(|s| s.starts_with("1.开展&ldquo;")));
    let visible = |s: &str| -> String {
        s.chars()
            .filter(|c| !matches!(c, '\u{200b}' | '\u{ad}'))
            .collect()
    };
    assert_eq!(visible(&doc.tasks()[0].metrics[0].text), "新建书房40个");
    // unknown markup is text
    let doc = parse_checked("1.R&D投入增长10%，PM2.5<35。\n");
    assert!(doc.diagnostics().is_empty());
    assert_eq!(doc.tasks()[0].text, "R&D投入增长10%，PM2.5<35。");
}

// ------------------------------------------------------- fuzz regressions

#[test]
fn fuzz_a_deadline_cell_over_pipe_rows_keeps_its_text_on_its_span() {
    // fuzz/artifacts/parse/crash-6f44b179…: a pipe row wrapped over lines
    // whose deadline cell's pieces have other cells between them; the
    // deadline's text was the pieces joined, not the source over its span
    let text = "| 序号 | 重点工作 | 牵头单位 | 配合单位 | 完成时限 |\n\
                | -- | --- | --- | --- |\n\
                | 1 | 新建5G基站5- | --- |\n\
                - | --， --- | --- | -( 年底前 |\n";
    let doc = parse_checked(text);
    assert!(doc.tasks().iter().any(|t| t.deadline.is_some()));
}

#[test]
fn a_wrapped_deadline_cell_spans_its_break() {
    // a clean wrap: the text runs from the first piece over the break
    let text =
        "序号\t工作任务\t完成时限\t牵头单位\n3\t建设智慧社区5个\t2025年\n9月底前\t区民政局\n";
    let doc = parse_checked(text);
    let d = doc.tasks()[0].deadline.as_ref().expect("deadline");
    assert_eq!(d.date, chrono::NaiveDate::from_ymd_opt(2025, 9, 30));
}

#[test]
fn a_line_of_two_hundred_thousand_glued_items() {
    // line breaks lost: every item follows the statement before it; the
    // line is split a bounded number of times, the rest stays one block
    let text = "1.推进改革。（牵头单位：区发改局）".repeat(200_000);
    let doc = parse_checked(&text);
    assert!(doc.blocks.len() <= 65, "{}", doc.blocks.len());
    assert!(doc.tasks().len() >= 2);
}

#[test]
fn fuzz_an_aligned_deadline_cell_filed_out_of_order_keeps_a_forward_span() {
    // fuzz/artifacts/parse/crash-72d62096… (minimised): an aligned table
    // whose deadline cell got a later line's piece first; its span ran
    // backwards
    let text = "附件\n\n宁远县作滻务分解表\n\n序号   重点任务                      目标要求           完成时限\n\
                一、扩大有效投资（共4项）\n1      推进重66联系䮡局,各街道办事处。\n\
                2 一般公住建局 | 2024年6月底前 |\n\
                |         新增企业贷款20亿元，综合融资成本     \u{0} 县金新增企业贷款20仦。\n";
    parse_checked(text);
}

#[test]
fn fuzz_a_unit_name_broken_by_page_furniture_keeps_its_raw_on_its_span() {
    // found by the `parse` target on a labelled document (yunqiao): a role
    // list wrapped across a page break, its name 市⏎— 11 —⏎…⏎自然资源和规划局
    // read with the furniture cut out; `raw` held the name without it
    let text = "二、重点任务\n1.实施项目280个。（牵头单位：市发展改革委；责任单位：市\n— 11 —\n\
                2022年第4期　云峤市人民政府公报\n自然资源和规划局、市住建局）\n\
                2.推进改革。（牵头单位：市发展改\n— 12 —\n云峤市人民政府公报　2022年第4期\n革委）\n";
    let doc = parse_checked(text);
    let names: Vec<&str> = doc.tasks()[0]
        .units
        .iter()
        .map(|u| u.name.as_str())
        .collect();
    assert_eq!(names, ["市发展改革委", "市自然资源和规划局", "市住建局"]);
}
