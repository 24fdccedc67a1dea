//! The main job: parse a document and print it as JSON.
//!
//! ```text
//! cargo run --release --example extract -- FILE   # a file
//! cargo run --release --example extract -- -      # standard input
//! cargo run --release --example extract           # the built-in sample
//! ```
//!
//! Exit codes: 0 on success, 1 when the input cannot be read (missing,
//! a directory, not UTF-8), 2 for bad usage.

use std::io::{Read, Write};

#[path = "common/mod.rs"]
mod common;
use std::process::ExitCode;

const SAMPLE: &str = include_str!("data/sample.txt");

fn read_input(arg: Option<&str>) -> Result<(String, String), String> {
    match arg {
        None => Ok(("sample".into(), SAMPLE.to_string())),
        Some("-") => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| format!("standard input: {e}"))?;
            String::from_utf8(bytes)
                .map(|s| ("-".into(), s))
                .map_err(|e| {
                    format!(
                        "standard input: not valid UTF-8 (invalid byte at offset {})",
                        e.utf8_error().valid_up_to()
                    )
                })
        }
        Some(path) => common::read(std::path::Path::new(path))
            .map(|text| (path.to_string(), text))
            .map_err(|reason| format!("{path}: {reason}")),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() > 1 || args.first().is_some_and(|a| a == "-h" || a == "--help") {
        eprintln!("usage: extract [FILE | -]\n  prints the parsed document as JSON; with no argument, parses a built-in sample");
        return ExitCode::from(2);
    }
    let (name, text) = match read_input(args.first().map(String::as_str)) {
        Ok(x) => x,
        Err(msg) => {
            eprintln!("extract: {msg}");
            return ExitCode::from(1);
        }
    };
    // the document keeps the text as its source: no second copy
    let doc = govreport::parse_owned(text);
    // streamed: the JSON is never held in memory as a whole
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if let Err(e) = serde_json::to_writer_pretty(&mut out, &doc) {
        if e.is_io() {
            return ExitCode::from(1); // closed pipe or full disk
        }
        eprintln!("extract: {name}: cannot serialise: {e}");
        return ExitCode::from(1);
    }
    if writeln!(out).and_then(|()| out.flush()).is_err() {
        return ExitCode::from(1);
    }
    eprintln!(
        "extract: {name}: {} tasks, {} targets, {} metrics, {} diagnostics",
        doc.tasks().len(),
        doc.targets().len(),
        doc.metrics().len(),
        doc.diagnostics().len()
    );
    ExitCode::SUCCESS
}
