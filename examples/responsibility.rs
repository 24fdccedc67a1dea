//! Print who is responsible for what: one CSV row per unit of each task.
//!
//! ```text
//! cargo run --release --example responsibility -- FILE...   # the files
//! cargo run --release --example responsibility              # the built-in sample
//! ```
//!
//! Columns: `file, unit, role, task_number, path, headline` — `unit` is the
//! full name with elided parts restored (区发改、财政局 → 区财政局), `role`
//! is `lead`, `responsible`, `cooperating`, `group_lead`, …, `path` the
//! ordinals of the enclosing headings joined with ` / ` (`二、 / （一）`).
//! Tasks without units give no row. Fields are quoted as RFC 4180 says.
//!
//! Exit codes: 0 on success, 1 when a file cannot be read (missing, a
//! directory, not UTF-8) — nothing is printed then, 2 for bad usage.
#![allow(clippy::print_stdout)]

use std::io::Write;
use std::process::ExitCode;

const SAMPLE: &str = include_str!("data/sample.txt");

const HEADER: [&str; 6] = ["file", "unit", "role", "task_number", "path", "headline"];

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

/// The serde name of an enum value (`lead`, `group_lead`).
fn name<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn rows(file: &str, doc: &govreport::Document) -> Vec<String> {
    let mut out = Vec::new();
    for task in doc.tasks() {
        let number = task.number.clone().unwrap_or_default();
        let path = task.path.join(" / ");
        let headline = task.headline.clone().unwrap_or_default();
        for unit in &task.units {
            out.push(record(&[
                file,
                &unit.name,
                &name(&unit.role),
                &number,
                &path,
                &headline,
            ]));
        }
    }
    out
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args
        .iter()
        .any(|a| a == "-h" || a == "--help" || a.starts_with('-'))
    {
        eprintln!("usage: responsibility [FILE...]\n  prints a unit × task table as CSV; with no argument, that of a built-in sample");
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
                eprintln!("responsibility: {msg}");
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
        assert_eq!(field("区财政局(金融办)"), "区财政局(金融办)");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("\"x\""), "\"\"\"x\"\"\"");
        assert_eq!(record(&["a", "b"]), "a,b\r\n");
    }

    #[test]
    fn sample_has_rows_for_every_unit() {
        let doc = govreport::parse(SAMPLE);
        let units: usize = doc.tasks().iter().map(|t| t.units.len()).sum();
        assert_eq!(rows("sample", &doc).len(), units);
    }
}
