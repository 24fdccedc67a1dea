//! Helpers shared by the example binaries: reading an input file with a
//! one-line reason, and writing CSV. Each example includes this module with
//! `#[path = "common/mod.rs"] mod common;`.
// not every example uses every helper
#![allow(dead_code)]

use std::path::Path;

/// Reads a file as UTF-8. The error is a one-line reason (without the
/// path): `no such file`, `is a directory`, `not valid UTF-8 (…)`.
pub fn read(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        std::io::ErrorKind::IsADirectory => "is a directory".to_string(),
        _ if path.is_dir() => "is a directory".to_string(),
        _ => e.to_string(),
    })?;
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "not valid UTF-8 (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}

/// One CSV field: quoted when it holds a comma, a quote, a line break or
/// surrounding spaces; quotes doubled (RFC 4180).
pub fn field(s: &str) -> String {
    let needs = s.contains([',', '"', '\n', '\r']) || s.starts_with(' ') || s.ends_with(' ');
    if needs {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// One CSV record, line break included.
pub fn record<S: AsRef<str>>(fields: &[S]) -> String {
    let mut line = fields
        .iter()
        .map(|f| field(f.as_ref()))
        .collect::<Vec<_>>()
        .join(",");
    line.push_str("\r\n");
    line
}

/// The serde name of an enum value (`lead`, `group_lead`).
pub fn name<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}
