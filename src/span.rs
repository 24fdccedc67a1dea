//! Byte spans into the parsed input.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into the text given to [`crate::parse`].
///
/// Every value the crate extracts carries one, so it can be traced back to and
/// highlighted in the source. In JSON it is `{"start": 3, "end": 9}`.
///
/// ```
/// use govreport::Span;
/// let text = "增长5%左右";
/// let span = Span::new(6, 8);
/// assert_eq!(span.get(text), Some("5%"));
/// assert_eq!(Span::new(1, 2).get(text), None); // not on a char boundary
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes).
    ///
    /// ```
    /// assert_eq!(govreport::Span::new(0, 3).len(), 3);
    /// ```
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Length in bytes.
    ///
    /// ```
    /// assert_eq!(govreport::Span::new(2, 8).len(), 6);
    /// ```
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers no byte.
    ///
    /// ```
    /// assert!(govreport::Span::new(4, 4).is_empty());
    /// ```
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The text under the span, or `None` when the span is out of range or
    /// not on UTF-8 character boundaries. Never panics.
    ///
    /// ```
    /// assert_eq!(govreport::Span::new(0, 3).get("区财政局"), Some("区"));
    /// ```
    pub fn get<'a>(&self, source: &'a str) -> Option<&'a str> {
        source.get(self.start..self.end)
    }

    /// Whether `other` lies inside this span.
    ///
    /// ```
    /// use govreport::Span;
    /// assert!(Span::new(0, 10).contains(Span::new(2, 5)));
    /// ```
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Line and column (both 1-based, the column counted in characters) of
    /// the span's start in `source`. Computed on demand.
    ///
    /// ```
    /// let text = "一、总体要求\n二、主要目标";
    /// let start = text.find("二").unwrap();
    /// assert_eq!(govreport::Span::new(start, start + 3).line_col(text), (2, 1));
    /// ```
    pub fn line_col(&self, source: &str) -> (usize, usize) {
        let mut line = 1;
        let mut col = 1;
        for (i, c) in source.char_indices() {
            if i >= self.start {
                break;
            }
            if c == '\n' {
                line += 1;
                col = 1;
            } else {
                col += 1;
            }
        }
        (line, col)
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(r: std::ops::Range<usize>) -> Self {
        Span::new(r.start, r.end)
    }
}

impl std::fmt::Display for Span {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}
