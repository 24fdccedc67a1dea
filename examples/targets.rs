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

use std::io::Write;
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

/// Reads a file as UTF-8, with a one-line reason naming it when it cannot.
fn read(path: &str) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => format!("{path}: no such file"),
        std::io::ErrorKind::PermissionDenied => format!("{path}: permission denied"),
        std::io::ErrorKind::IsADirectory => format!("{path}: is a directory"),
        _ if std::path::Path::new(path).is_dir() => format!("{path}: is a directory"),
        _ => format!("{path}: {e}"),
    })?;
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{path}: not valid UTF-8 (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}

/// One CSV field: quoted when it holds a comma, a quote, a line break or
/// surrounding spaces; quotes doubled.
fn field(s: &str) -> String {
    let needs = s.contains([',', '"', '\n', '\r']) || s.starts_with(' ') || s.ends_with(' ');
    if needs {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// One CSV record, line break included.
fn record<S: AsRef<str>>(fields: &[S]) -> String {
    let mut line = fields
        .iter()
        .map(|f| field(f.as_ref()))
        .collect::<Vec<_>>()
        .join(",");
    line.push_str("\r\n");
    line
}

/// The serde name of an enum value (`at_least`, `growth`).
fn name<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

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
            record(&[
                file.to_string(),
                year.clone(),
                t.indicator.clone(),
                t.standard.clone().unwrap_or_default(),
                m.and_then(|m| m.change.as_ref())
                    .map(name)
                    .unwrap_or_default(),
                m.map(|m| m.value.to_string()).unwrap_or_default(),
                m.and_then(|m| m.value_max)
                    .map(|v| v.to_string())
                    .unwrap_or_default(),
                m.and_then(|m| m.unit.clone()).unwrap_or_default(),
                m.map(|m| name(&m.bound)).unwrap_or_default(),
                t.text.clone(),
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
        match read(path) {
            Ok(text) => inputs.push((path.clone(), text)),
            Err(msg) => {
                eprintln!("targets: {msg}");
                return ExitCode::from(1);
            }
        }
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut ok = out.write_all(record(&HEADER).as_bytes()).is_ok();
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
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field("增长6%，以上"), "增长6%，以上");
        assert_eq!(record(&["a", "", "b,c"]), "a,,\"b,c\"\r\n");
    }
}
