//! The shared development corpus: every document parses, tiles, and yields
//! task and target counts near its gold labels. Fails (does not skip) when
//! `../shared/corpus` is missing.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::path::{Path, PathBuf};

fn corpus() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    assert!(
        dir.join("docs").is_dir() && dir.join("gold").is_dir(),
        "the shared corpus is missing at {}: check out ../shared beside the crate",
        dir.display()
    );
    dir
}

fn near(found: usize, gold: usize) -> bool {
    let slack = (gold / 10).max(2);
    found + slack >= gold && found <= gold + slack
}

#[test]
fn every_document_parses_tiles_and_counts_near_gold() {
    let dir = corpus();
    let mut gold_files: Vec<PathBuf> = std::fs::read_dir(dir.join("gold"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    gold_files.sort();
    assert!(
        gold_files.len() >= 10,
        "expected the whole corpus, found {} gold files",
        gold_files.len()
    );
    let mut failures = Vec::new();
    for gold_path in &gold_files {
        let name = gold_path.file_stem().unwrap().to_str().unwrap();
        let text = std::fs::read_to_string(dir.join("docs").join(format!("{name}.txt"))).unwrap();
        let gold: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(gold_path).unwrap()).unwrap();
        let doc = govreport::parse(&text);
        if let Err(span) = doc.check_tiling(&text) {
            failures.push(format!("{name}: blocks do not tile at {span}"));
        }
        let gold_tasks = gold["tasks"].as_array().map_or(0, Vec::len);
        let tasks = doc.tasks().iter().filter(|t| t.number.is_some()).count();
        if !near(tasks, gold_tasks) {
            failures.push(format!(
                "{name}: {tasks} numbered tasks, gold has {gold_tasks}"
            ));
        }
        let gold_targets = gold["targets"].as_array().map_or(0, Vec::len);
        if !near(doc.targets().len(), gold_targets) {
            failures.push(format!(
                "{name}: {} targets, gold has {gold_targets}",
                doc.targets().len()
            ));
        }
        for m in doc.metrics() {
            if m.span.get(&text).is_none() {
                failures.push(format!(
                    "{name}: metric span {} is not on char boundaries",
                    m.span
                ));
            }
        }
        let json = serde_json::to_string(&doc).unwrap();
        let back: govreport::Document = serde_json::from_str(&json).unwrap();
        assert_eq!(
            serde_json::to_string(&back).unwrap(),
            json,
            "{name}: JSON round trip"
        );
    }
    assert!(
        failures.is_empty(),
        "corpus failures:\n{}",
        failures.join("\n")
    );
}

#[test]
fn meta_matches_gold() {
    let dir = corpus();
    let mut wrong = Vec::new();
    for entry in std::fs::read_dir(dir.join("gold")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_str().unwrap().to_string();
        let gold: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let text = std::fs::read_to_string(dir.join("docs").join(format!("{name}.txt"))).unwrap();
        let doc = govreport::parse(&text);
        let plan_year = doc.meta.plan_year.map(i64::from);
        if gold["plan_year"].as_i64() != plan_year {
            wrong.push(format!(
                "{name}: plan year {plan_year:?}, gold {}",
                gold["plan_year"]
            ));
        }
        let kind = serde_json::to_value(doc.kind).unwrap();
        if gold["kind"] != kind {
            wrong.push(format!("{name}: kind {kind}, gold {}", gold["kind"]));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Every document of the labelled corpora (the shared one,
/// `tests/labelled` and `tests/labelled-next`) keeps the invariants any
/// input must: its blocks tile
/// it, and every metric's text, unit's `raw` and deadline's text is what
/// its span holds (page furniture cut out of a wrapped unit list once broke
/// the second; the fuzzer found it on a labelled document).
#[test]
fn every_labelled_document_keeps_the_span_invariants() {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let labelled = here.join("tests/labelled/docs");
    let next = here.join("tests/labelled-next/docs");
    // (tests/labelled-next holds sets waiting to join tests/labelled, and
    // may hold none)
    let next = next.is_dir().then_some(next);
    let mut paths: Vec<PathBuf> = [Some(corpus().join("docs")), Some(labelled), next]
        .iter()
        .flatten()
        .flat_map(|d| std::fs::read_dir(d).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 150, "found only {} documents", paths.len());
    let mut failures = Vec::new();
    for path in &paths {
        let name = path.file_stem().unwrap().to_string_lossy();
        let text = std::fs::read_to_string(path).unwrap();
        let doc = govreport::parse(&text);
        if let Err(span) = doc.check_tiling(&text) {
            failures.push(format!("{name}: blocks do not tile at {span}"));
        }
        for m in doc.metrics() {
            if doc.text(m.span) != Some(m.text.as_str()) {
                failures.push(format!("{name}: metric text {} off", m.span));
            }
        }
        for t in doc.tasks() {
            for u in &t.units {
                if doc.text(u.span) != Some(u.raw.as_str()) {
                    failures.push(format!("{name}: unit raw {} off", u.span));
                }
            }
            if let Some(d) = &t.deadline {
                if doc.text(d.span) != Some(d.text.as_str()) {
                    failures.push(format!("{name}: deadline text {} off", d.span));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
