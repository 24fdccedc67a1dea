//! Runs the test cases of other projects (`../shared/peers/*.jsonl`)
//! through the public API and asserts a pass-rate floor per suite.
//!
//! `number` cases go through [`govreport::parse_number`] (or
//! [`govreport::Metric::parse`] when the suite states a bound), `percent`,
//! `money` and `quantity` cases through [`govreport::Metric::parse`], with
//! values compared as decimals in base units. Cases outside what government
//! documents need are listed, with a reason, in `tests/peers_skip.txt`.
//! The skipped cases are run too: an entry whose cases all pass is stale
//! and fails the test, so the list only holds what really is out of scope.

use std::collections::{BTreeMap, HashSet};
use std::str::FromStr;

use govreport::{Bound, Decimal, Metric};
use serde_json::Value;

const PEERS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/peers");
const SKIP: &str = include_str!("peers_skip.txt");

/// Pass-rate floors (in-scope cases), per file.
const FLOORS: &[(&str, f64)] = &[
    ("chinese-number_functions_test.jsonl", 0.95),
    ("chinese-number_tests_chinese_to_number.jsonl", 0.95),
    ("cn2an_an2cn_test.jsonl", 0.95),
    ("cn2an_cn2an_test.jsonl", 0.95),
    ("cn2an_transform_test.jsonl", 0.95),
    ("jionlp_rs_money.jsonl", 0.95),
    ("jionlp_test_money_extractor.jsonl", 0.95),
    ("jionlp_test_money_parser.jsonl", 0.95),
    ("recognizers-text_AgeModel.jsonl", 0.95),
    ("recognizers-text_CurrencyModel.jsonl", 0.95),
    ("recognizers-text_DimensionModel.jsonl", 0.95),
    ("recognizers-text_NumberModel.jsonl", 0.95),
    ("recognizers-text_NumberRangeModel.jsonl", 0.95),
    (
        "recognizers-text_NumberRangeModelExperimentalMode.jsonl",
        0.95,
    ),
    ("recognizers-text_OrdinalModel.jsonl", 0.95),
    ("recognizers-text_PercentModel.jsonl", 0.95),
    ("recognizers-text_TemperatureModel.jsonl", 0.95),
];

fn dec(v: &Value) -> Option<Decimal> {
    v.as_str()
        .and_then(|s| Decimal::from_str(s).ok())
        .map(|d| d.normalize())
}

fn bound_name(b: Bound) -> &'static str {
    match b {
        Bound::Exact => "exact",
        Bound::Approx => "approx",
        Bound::AtLeast => "at_least",
        Bound::AtMost => "at_most",
        Bound::Range => "range",
        _ => "other",
    }
}

/// Checks one case; `Err` holds what went wrong.
fn check(case: &Value) -> Result<(), String> {
    let input = case["input"].as_str().unwrap_or_default();
    let kind = case["kind"].as_str().unwrap_or_default();
    let want_match = case["expect"].as_str() == Some("match");
    let value = dec(&case["value"]);
    let value_max = dec(&case["value_max"]);
    let bound = case["bound"].as_str();
    let unit = case["unit"].as_str();
    let use_number =
        matches!(kind, "number" | "ordinal") && (bound.is_none() || bound == Some("exact"));
    if use_number {
        let got = govreport::parse_number(input.strip_prefix('第').unwrap_or(input));
        return match (want_match, got) {
            (false, Err(_)) => Ok(()),
            (false, Ok(v)) => Err(format!("expected no number, got {v}")),
            (true, Err(e)) => Err(format!("error: {e}")),
            (true, Ok(v)) => match value {
                Some(want) if want != v.normalize() => Err(format!("value {v}, want {want}")),
                _ => Ok(()),
            },
        };
    }
    let got = Metric::parse(input);
    match (want_match, got) {
        (false, Err(_)) => Ok(()),
        (false, Ok(m)) => {
            // a money no_match only fails on a money unit
            let money = m.base_unit.as_deref().is_some_and(|u| u.ends_with('元'));
            if kind == "money" && !money {
                Ok(())
            } else {
                Err(format!("expected no match, got {:?}", m.text))
            }
        }
        (true, Err(e)) => Err(format!("error: {e}")),
        (true, Ok(m)) => {
            if let Some(want) = value {
                if m.base_value.normalize() != want {
                    return Err(format!("value {}, want {want}", m.base_value));
                }
            }
            if let Some(want) = value_max {
                if m.base_value_max.map(|d| d.normalize()) != Some(want) {
                    return Err(format!("value_max {:?}, want {want}", m.base_value_max));
                }
            }
            if let Some(want) = unit {
                let got = m.base_unit.as_deref().unwrap_or("");
                if got != want && !(want == "元" && got == "元") {
                    return Err(format!("unit {got:?}, want {want:?}"));
                }
            }
            if let Some(want) = bound {
                if bound_name(m.bound) != want {
                    return Err(format!("bound {:?}, want {want}", m.bound));
                }
            }
            Ok(())
        }
    }
}

#[test]
fn peers() {
    let dir =
        std::fs::read_dir(PEERS).unwrap_or_else(|e| panic!("peers folder {PEERS} missing: {e}"));
    let skip: HashSet<(String, String)> = SKIP
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let mut parts = l.split('\t');
            Some((parts.next()?.to_string(), parts.next()?.to_string()))
        })
        .collect();
    // PEERS_SHOW_SKIPPED=1 prints why each skipped case still fails
    let show_skipped = std::env::var_os("PEERS_SHOW_SKIPPED").is_some();
    let mut files: Vec<_> = dir.filter_map(Result::ok).map(|e| e.path()).collect();
    files.sort();
    let mut report = BTreeMap::new();
    let mut failures = Vec::new();
    // (file, input) of skip entries → whether every case of it passes
    let mut skipped_pass: BTreeMap<(String, String), bool> = BTreeMap::new();
    for path in files
        .iter()
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
    {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        let text = std::fs::read_to_string(path).unwrap_or_default();
        let (mut pass, mut total, mut skipped) = (0usize, 0usize, 0usize);
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let case: Value =
                serde_json::from_str(line).unwrap_or_else(|e| panic!("{name}: bad line: {e}"));
            let input = case["input"].as_str().unwrap_or_default().to_string();
            let key = (name.clone(), input.clone());
            if skip.contains(&key) {
                skipped += 1;
                let result = check(&case);
                if let (Err(why), true) = (&result, show_skipped) {
                    eprintln!("SKIPPED-FAIL {name}\t{input}\t{why}");
                }
                let ok = result.is_ok();
                skipped_pass
                    .entry(key)
                    .and_modify(|all| *all &= ok)
                    .or_insert(ok);
                continue;
            }
            total += 1;
            match check(&case) {
                Ok(()) => pass += 1,
                Err(why) => failures.push(format!("{name}\t{input}\t{why}")),
            }
        }
        report.insert(name, (pass, total, skipped));
    }
    for f in &failures {
        eprintln!("FAIL {f}");
    }
    let mut low = Vec::new();
    for (name, (pass, total, skipped)) in &report {
        let rate = if *total == 0 {
            1.0
        } else {
            *pass as f64 / *total as f64
        };
        eprintln!(
            "{name}: {pass}/{total} ({:.1}%), {skipped} skipped",
            rate * 100.0
        );
        let floor = FLOORS
            .iter()
            .find(|(n, _)| n == name)
            .map_or(0.95, |(_, f)| *f);
        if rate < floor {
            low.push(format!("{name}: {rate:.3} < {floor}"));
        }
    }
    let stale: Vec<String> = skipped_pass
        .iter()
        .filter(|(_, all)| **all)
        .map(|((file, input), _)| format!("{file}\t{input}"))
        .collect();
    for s in &stale {
        eprintln!("STALE skip (its cases pass): {s}");
    }
    let listed: HashSet<&(String, String)> = skipped_pass.keys().collect();
    let unknown: Vec<_> = skip.iter().filter(|k| !listed.contains(k)).collect();
    eprintln!(
        "skip list: {} entries, {} matching no case",
        skip.len(),
        unknown.len()
    );
    assert!(!report.is_empty(), "no peers suites found in {PEERS}");
    assert!(low.is_empty(), "pass rate under the floor: {low:?}");
    assert!(stale.is_empty(), "skip entries whose cases pass: {stale:?}");
    assert!(
        unknown.is_empty(),
        "skip entries matching no case: {unknown:?}"
    );
}
