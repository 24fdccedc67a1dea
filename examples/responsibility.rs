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

#[path = "common/mod.rs"]
mod common;

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

const SAMPLE: &str = include_str!("data/sample.txt");

const HEADER: [&str; 6] = ["file", "unit", "role", "task_number", "path", "headline"];

fn rows(file: &str, doc: &govreport::Document) -> Vec<String> {
    let mut out = Vec::new();
    for task in doc.tasks() {
        let number = task.number.clone().unwrap_or_default();
        let path = task.path.join(" / ");
        let headline = task.headline.clone().unwrap_or_default();
        for unit in &task.units {
            out.push(common::record(&[
                file,
                &unit.name,
                &common::name(&unit.role),
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
        match common::read(Path::new(path)).map_err(|reason| format!("{path}: {reason}")) {
            Ok(text) => inputs.push((path.clone(), text)),
            Err(msg) => {
                eprintln!("responsibility: {msg}");
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
        assert_eq!(common::field("区财政局(金融办)"), "区财政局(金融办)");
        assert_eq!(common::field("a,b"), "\"a,b\"");
        assert_eq!(common::field("\"x\""), "\"\"\"x\"\"\"");
        assert_eq!(common::record(&["a", "b"]), "a,b\r\n");
    }

    #[test]
    fn sample_has_rows_for_every_unit() {
        let doc = govreport::parse(SAMPLE);
        let units: usize = doc.tasks().iter().map(|t| t.units.len()).sum();
        assert_eq!(rows("sample", &doc).len(), units);
    }
}
