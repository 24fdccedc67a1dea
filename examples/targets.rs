//! Print the plan-year targets of one or more documents as CSV.
//!
//! ```text
//! cargo run --release --example targets -- FILE...        # the files
//! cargo run --release --example targets                   # the built-in sample
//! cargo run --release --example targets -- ../shared/corpus/docs/*.txt > targets.csv
//! ```
//!
//! Columns: `file, plan_year, indicator, standard, change, value, value_max,
//! unit, bound, text, span_start, span_end` — one row per target, a header
//! first. A qualitative target (no number) leaves the metric columns empty.
//! Spans are byte offsets into the file. Fields are quoted as RFC 4180 says
//! (commas, quotes, line breaks).
//!
//! Exit codes: 0 on success, 1 when a file cannot be read (missing, a
//! directory, not UTF-8) — nothing is printed then, 2 for bad usage.
#![allow(clippy::print_stdout)]

#[path = "common/mod.rs"]
mod common;

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

const SAMPLE: &str = include_str!("data/sample.txt");

const HEADER: [&str; 12] = [
    "file",
    "plan_year",
    "indicator",
    "standard",
    "change",
    "value",
    "value_max",
    "unit",
    "bound",
    "text",
    "span_start",
    "span_end",
];

fn rows(file: &str, doc: &govreport::Document) -> Vec<String> {
    let year = doc
        .meta
        .plan_year
        .map(|y| y.to_string())
        .unwrap_or_default();
    doc.targets()
        .iter()
        .map(|t| {
            let m = t.metric.as_ref();
            common::record(&[
                file.to_string(),
                year.clone(),
                t.indicator.to_string(),
                t.standard.as_deref().unwrap_or_default().to_string(),
                m.and_then(|m| m.change.as_ref())
                    .map(common::name)
                    .unwrap_or_default(),
                m.map(|m| m.value.to_string()).unwrap_or_default(),
                m.and_then(|m| m.value_max)
                    .map(|v| v.to_string())
                    .unwrap_or_default(),
                m.and_then(|m| m.unit.as_deref())
                    .unwrap_or_default()
                    .to_string(),
                m.map(|m| common::name(&m.bound)).unwrap_or_default(),
                t.text.to_string(),
                t.span.start.to_string(),
                t.span.end.to_string(),
            ])
        })
        .collect()
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args
        .iter()
        .any(|a| a == "-h" || a == "--help" || a.starts_with('-'))
    {
        eprintln!("usage: targets [FILE...]\n  prints the targets as CSV; with no argument, those of a built-in sample");
        return ExitCode::from(2);
    }
    // read everything first, so a bad file prints no partial table
    let mut inputs = Vec::new();
    if args.is_empty() {
        inputs.push(("sample".to_string(), SAMPLE.to_string()));
    }
    for path in &args {
        match common::read(Path::new(path)).map_err(|reason| format!("{path}: {reason}")) {
            Ok(text) => inputs.push((path.clone(), text)),
            Err(msg) => {
                eprintln!("targets: {msg}");
                return ExitCode::from(1);
            }
        }
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut ok = out.write_all(common::record(&HEADER).as_bytes()).is_ok();
    for (file, text) in &inputs {
        let doc = govreport::parse(text);
        for row in rows(file, &doc) {
            ok = ok && out.write_all(row.as_bytes()).is_ok();
        }
    }
    // a closed pipe (| head) is not an error worth reporting
    let _ = ok && out.flush().is_ok();
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting() {
        assert_eq!(common::field("plain"), "plain");
        assert_eq!(common::field("a,b"), "\"a,b\"");
        assert_eq!(common::field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(common::field("two\nlines"), "\"two\nlines\"");
        assert_eq!(common::field("增长6%，以上"), "增长6%，以上");
        assert_eq!(common::record(&["a", "", "b,c"]), "a,,\"b,c\"\r\n");
    }
}
