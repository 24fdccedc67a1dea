//! nom grammars, one module per construct. Crate-private: no nom type
//! appears in the public API.

pub(crate) mod date;
pub(crate) mod heading;
pub(crate) mod indicator;
pub(crate) mod meta;
pub(crate) mod metric;
pub(crate) mod numeral;
pub(crate) mod quantity;
pub(crate) mod units;
pub(crate) mod words;

/// A CJK unified ideograph (the characters of names and running text).
pub(crate) fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// An ASCII or full-width decimal digit.
pub(crate) fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}
