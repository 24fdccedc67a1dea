//! nom grammars, one module per construct. Crate-private: no nom type
//! appears in the public API.

pub(crate) mod date;
pub(crate) mod fold;
pub(crate) mod heading;
pub(crate) mod indicator;
pub(crate) mod meta;
pub(crate) mod metric;
pub(crate) mod numeral;
pub(crate) mod quantity;
pub(crate) mod units;
pub(crate) mod words;

/// Whether `s` has at most `n` characters, without counting past `n + 1`
/// (long lines are common and most checks only ask whether a line is short).
pub(crate) fn at_most_chars(s: &str, n: usize) -> bool {
    // bytes >= chars >= bytes / 4
    s.len() <= n || (s.len() / 4 <= n && s.chars().nth(n).is_none())
}

/// A CJK unified ideograph (the characters of names and running text).
pub(crate) fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// An ASCII or full-width decimal digit.
pub(crate) fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::at_most_chars;

    #[test]
    fn short_line_checks_agree_with_counting() {
        for s in ["", "a", "年度", "一二三四五", "ab一二cd", "１２３４５６"] {
            for n in 0..8 {
                assert_eq!(at_most_chars(s, n), s.chars().count() <= n, "{s} {n}");
            }
        }
    }
}
