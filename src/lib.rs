//! govreport (docs to come)
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod assemble;
mod diagnostic;
mod error;
pub(crate) mod grammar;
mod layout;
mod model;
mod span;

pub use chrono::NaiveDate;
pub use diagnostic::{Diagnostic, DiagnosticCode, Severity};
pub use error::{Error, ErrorKind};
pub use grammar::numeral::parse_number;
pub use model::*;
pub use rust_decimal::Decimal;
pub use span::Span;

/// Parses a document. Never fails, never panics.
pub fn parse(text: &str) -> Document {
    let (blocks, diagnostics) = layout::layout(text);
    assemble::assemble(text, blocks, diagnostics)
}
