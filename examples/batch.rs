//! Parse many documents at once and print one JSON object per document
//! (JSON Lines) on standard output.
//!
//! ```text
//! cargo run --release --example batch -- FILE_OR_DIR...
//! cargo run --release --example batch -- ../shared/corpus/docs > docs.jsonl
//! ```
//!
//! Directories are searched recursively for `*.txt`; files named on the
//! command line are read whatever their extension. Each line of output is
//! `{"path": "...", "document": {...}}`, or `{"path": "...", "error": "..."}`
//! for a file that cannot be read or is not UTF-8 — the run carries on.
//! Lines come in sorted path order whatever the number of cores used.
//!
//! A progress bar is drawn on standard error when it is a terminal; a
//! summary (files, failures, MB, MB/s) always ends the run there.
//!
//! Exit codes: 0 on success (some files may have failed), 1 when every file
//! failed, 2 for bad usage (no argument).
#![allow(clippy::print_stdout)]

#[path = "common/mod.rs"]
mod common;

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use serde::Serialize;

/// One line of output.
#[derive(Serialize)]
struct Line<'a> {
    path: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    document: Option<&'a govreport::Document>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a str>,
}

/// What reading an argument found: a file to parse, or an error to report
/// under that path.
enum Input {
    File(PathBuf),
    Bad(PathBuf, String),
}

impl Input {
    fn path(&self) -> &Path {
        match self {
            Input::File(p) | Input::Bad(p, _) => p,
        }
    }
}

/// The `*.txt` files under `dir`, recursively; unreadable directories
/// become errors.
fn walk(dir: &Path, out: &mut Vec<Input>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            out.push(Input::Bad(dir.to_path_buf(), describe(&e)));
            return;
        }
    };
    for entry in entries {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                out.push(Input::Bad(dir.to_path_buf(), describe(&e)));
                continue;
            }
        };
        let path = entry.path();
        // follow symlinks to files, but never into directories (no cycles)
        let is_link = entry.file_type().is_ok_and(|t| t.is_symlink());
        if path.is_dir() {
            if !is_link {
                walk(&path, out);
            }
        } else if path.extension().is_some_and(|x| x == "txt") {
            out.push(Input::File(path));
        }
    }
}

fn describe(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        std::io::ErrorKind::IsADirectory => "is a directory".into(),
        _ => e.to_string(),
    }
}

/// The document of one input (or why there is none), and the bytes read.
fn process(input: &Input) -> (Result<govreport::Document, String>, usize) {
    let text = match input {
        Input::Bad(_, msg) => return (Err(msg.clone()), 0),
        Input::File(p) => common::read(p),
    };
    match text {
        Ok(text) => {
            let bytes = text.len();
            // the document keeps the text as its source: no second copy
            (Ok(govreport::parse_owned(text)), bytes)
        }
        Err(msg) => (Err(msg), 0),
    }
}

/// Writes the output line of one input, streaming the document's JSON.
/// Returns whether the input succeeded, or the write error.
fn write_line(
    out: &mut impl Write,
    path: &str,
    result: &Result<govreport::Document, String>,
) -> std::io::Result<bool> {
    let line = match result {
        Ok(doc) => Line {
            path,
            document: Some(doc),
            error: None,
        },
        Err(msg) => Line {
            path,
            document: None,
            error: Some(msg),
        },
    };
    serde_json::to_writer(&mut *out, &line).map_err(std::io::Error::from)?;
    writeln!(out)?;
    Ok(result.is_ok())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() || args.iter().any(|a| a == "-h" || a == "--help") {
        eprintln!(
            "usage: batch FILE_OR_DIR...\n  parses every file (directories: every *.txt, recursively) and prints one JSON object per line"
        );
        return ExitCode::from(2);
    }

    let mut inputs = Vec::new();
    for arg in &args {
        let path = PathBuf::from(arg);
        match std::fs::metadata(&path) {
            Ok(m) if m.is_dir() => walk(&path, &mut inputs),
            Ok(_) => inputs.push(Input::File(path)),
            Err(e) => inputs.push(Input::Bad(path, describe(&e))),
        }
    }
    inputs.sort_by(|a, b| a.path().cmp(b.path()));
    inputs.dedup_by(|a, b| a.path() == b.path());

    let bar = ProgressBar::with_draw_target(
        Some(inputs.len() as u64),
        if std::io::stderr().is_terminal() {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::hidden()
        },
    );
    if let Ok(style) =
        ProgressStyle::with_template("{bar:40} {pos}/{len} files {elapsed} (eta {eta})")
    {
        bar.set_style(style);
    }

    // Files are parsed in parallel a chunk at a time and each chunk is
    // written before the next starts: output keeps the sorted order and
    // memory holds one chunk of documents, not the whole run.
    let chunk = rayon::current_num_threads().max(1) * 4;
    let started = Instant::now();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let (mut files, mut failures, mut bytes) = (0usize, 0usize, 0usize);
    for group in inputs.chunks(chunk) {
        let results: Vec<_> = group
            .par_iter()
            .map(|input| {
                let r = process(input);
                bar.inc(1);
                r
            })
            .collect();
        // serialised here, one document at a time, straight into the output
        for (input, (result, b)) in group.iter().zip(&results) {
            files += 1;
            bytes += b;
            match write_line(&mut out, &input.path().to_string_lossy(), result) {
                Ok(ok) => failures += usize::from(!ok),
                Err(_) => {
                    // closed pipe (| head): nothing more to say
                    bar.finish_and_clear();
                    return ExitCode::SUCCESS;
                }
            }
        }
    }
    if out.flush().is_err() {
        bar.finish_and_clear();
        return ExitCode::SUCCESS;
    }
    let elapsed = started.elapsed().as_secs_f64();
    bar.finish_and_clear();

    let mb = bytes as f64 / (1024.0 * 1024.0);
    eprintln!(
        "batch: {files} files, {failures} failed, {mb:.1} MB in {elapsed:.2} s ({:.1} MB/s, {} threads)",
        if elapsed > 0.0 { mb / elapsed } else { 0.0 },
        rayon::current_num_threads()
    );
    if files == 0 {
        eprintln!("batch: no *.txt file found");
    }
    if files > 0 && failures == files {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
