//! Fixture suite: documents written for this crate (`tests/fixtures/*/*.txt`)
//! with the expected `Document` JSON beside each (`.json`). A mismatch prints
//! a readable line diff. Updating the expectations is an explicit step:
//! `GOVREPORT_UPDATE_FIXTURES=1 cargo test --test fixtures`, then review
//! every changed JSON.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::path::{Path, PathBuf};

fn fixtures() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut out = Vec::new();
    for family in std::fs::read_dir(&root).unwrap() {
        let family = family.unwrap().path();
        if !family.is_dir() {
            continue;
        }
        for f in std::fs::read_dir(&family).unwrap() {
            let f = f.unwrap().path();
            if f.extension().is_some_and(|e| e == "txt") {
                out.push(f);
            }
        }
    }
    out.sort();
    out
}

fn diff(expected: &str, actual: &str) -> String {
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    let mut out = String::new();
    let n = e.len().max(a.len());
    let mut shown = 0;
    for i in 0..n {
        let (x, y) = (e.get(i).copied(), a.get(i).copied());
        if x != y && shown < 40 {
            shown += 1;
            out.push_str(&format!(
                "line {}:\n  - {}\n  + {}\n",
                i + 1,
                x.unwrap_or("<none>"),
                y.unwrap_or("<none>")
            ));
        }
    }
    out
}

#[test]
fn fixtures_match_their_json() {
    let update = std::env::var_os("GOVREPORT_UPDATE_FIXTURES").is_some();
    let files = fixtures();
    assert!(
        files.len() >= 4,
        "expected at least four fixtures, found {}",
        files.len()
    );
    let mut failures = Vec::new();
    for txt in files {
        let text = std::fs::read_to_string(&txt).unwrap();
        let doc = govreport::parse(&text);
        assert_eq!(doc.check_tiling(&text), Ok(()), "{}", txt.display());
        let actual = serde_json::to_string_pretty(&doc).unwrap() + "\n";
        let json_path = txt.with_extension("json");
        if update {
            std::fs::write(&json_path, &actual).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&json_path).unwrap_or_else(|_| {
            panic!(
                "{} has no expected JSON; run with GOVREPORT_UPDATE_FIXTURES=1",
                txt.display()
            )
        });
        let (e, a): (serde_json::Value, serde_json::Value) = (
            serde_json::from_str(&expected).unwrap(),
            serde_json::from_str(&actual).unwrap(),
        );
        if e != a {
            failures.push(format!("{}:\n{}", txt.display(), diff(&expected, &actual)));
        }
    }
    assert!(
        failures.is_empty(),
        "fixtures differ:\n{}",
        failures.join("\n")
    );
}
