//! Diagnostics: what [`crate::parse`] noticed but could not place.

use serde::{Deserialize, Serialize};

use crate::Span;

/// A note about a stretch of the input that the parser could not fully
/// understand, or that looked suspicious. Parsing never fails; it reports.
///
/// ```
/// let doc = govreport::parse("1.完成任务。(责任单位:区财政局");
/// let d = &doc.diagnostics()[0];
/// assert_eq!(d.code, govreport::DiagnosticCode::UnitListUnclosed);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Diagnostic {
    /// Machine-readable kind.
    pub code: DiagnosticCode,
    /// How much it matters.
    pub severity: Severity,
    /// Where in the input.
    pub span: Span,
    /// A short human-readable explanation.
    pub message: String,
}

impl Diagnostic {
    pub(crate) fn new(
        code: DiagnosticCode,
        severity: Severity,
        span: Span,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            code,
            severity,
            span,
            message: message.into(),
        }
    }
}

/// The kind of a [`Diagnostic`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DiagnosticCode {
    /// A responsibility parenthetical that never closes (often a cut page).
    UnitListUnclosed,
    /// A heading found glued onto the end of the previous item.
    GluedHeading,
    /// A number too large for an exact decimal.
    NumberOverflow,
    /// A list or a run of digits longer than the parser's caps.
    LimitExceeded,
    /// The document declares a task count that differs from what was found.
    TaskCountMismatch,
    /// A numbered item whose number does not follow the previous one.
    NumberingRestart,
    /// A role line or column with no task to attach to.
    OrphanResponsibility,
    /// A footnote marker (`[7]`) in the body of a document that has a
    /// glossary, but no entry with that marker.
    UnresolvedNoteMarker,
    /// HTML markup left in the text (`&nbsp;`, `&ldquo;`, `<br>`): read as
    /// the spaces, line breaks and characters it stands for, through a copy
    /// of the same length that [`Document::text`](crate::Document::text)
    /// gives. The span is the first piece of markup.
    HtmlMarkup,
}

/// How much a [`Diagnostic`] matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Severity {
    /// Informational: the parser recovered in the documented way.
    Info,
    /// Something was probably lost or misread.
    Warning,
}
