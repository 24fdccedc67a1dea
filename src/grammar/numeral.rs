//! Numerals: Arabic, full-width, Chinese and mixed. (stub, to be replaced)
use rust_decimal::Decimal;

use crate::{Error, ErrorKind, Span};

/// Parses a whole string as one number.
pub fn parse_number(s: &str) -> Result<Decimal, Error> {
    s.trim()
        .parse::<Decimal>()
        .map_err(|_| Error::new(ErrorKind::ExpectedNumber, Span::new(0, s.len())))
}
