//! The error of the small fallible parsers.

use crate::Span;

/// Why a small parser ([`crate::Metric::parse`], [`crate::Unit::parse_list`],
/// [`crate::parse_number`]) rejected its input.
///
/// ```
/// let err = govreport::parse_number("十四五abc").unwrap_err();
/// assert_eq!(err.kind(), govreport::ErrorKind::TrailingInput);
/// assert_eq!(err.to_string(), "unexpected text after the number at bytes 9..12");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{} at bytes {span}", kind.message())]
pub struct Error {
    kind: ErrorKind,
    span: Span,
}

/// The kind of an [`Error`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Nothing to parse (empty or blank input).
    Empty,
    /// No number where one was expected.
    ExpectedNumber,
    /// No quantity (number with a unit or bound) where one was expected.
    ExpectedQuantity,
    /// A number too large or too long for an exact decimal.
    Overflow,
    /// The input went on after a complete value.
    TrailingInput,
    /// A list of units held no unit name.
    ExpectedUnit,
    /// A list longer than the crate's cap.
    TooLong,
}

impl ErrorKind {
    fn message(self) -> &'static str {
        match self {
            ErrorKind::Empty => "empty input",
            ErrorKind::ExpectedNumber => "expected a number",
            ErrorKind::ExpectedQuantity => "expected a quantity",
            ErrorKind::Overflow => "number too large for an exact decimal",
            ErrorKind::TrailingInput => "unexpected text after the number",
            ErrorKind::ExpectedUnit => "expected a unit name",
            ErrorKind::TooLong => "input longer than the parser's limit",
        }
    }
}

impl Error {
    pub(crate) fn new(kind: ErrorKind, span: Span) -> Self {
        Error { kind, span }
    }

    /// What went wrong.
    ///
    /// ```
    /// let err = govreport::parse_number("").unwrap_err();
    /// assert_eq!(err.kind(), govreport::ErrorKind::Empty);
    /// ```
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// Where, in bytes of the string that was passed to the parser.
    ///
    /// ```
    /// let err = govreport::parse_number("12abc").unwrap_err();
    /// assert_eq!(err.span(), govreport::Span::new(2, 5));
    /// ```
    pub fn span(&self) -> Span {
        self.span
    }
}
