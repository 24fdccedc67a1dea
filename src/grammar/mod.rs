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

/// A set of characters kept as one bit per code point of the Basic
/// Multilingual Plane, built once from the predicate it stands for: the
/// scanners test characters at every position, and one bit test is cheaper
/// than the `match` chains the predicates are written as. Characters beyond
/// the plane fall back to the predicate, so the set always agrees with it.
pub(crate) struct CharSet {
    bits: Vec<u64>,
    pred: fn(char) -> bool,
}

impl CharSet {
    /// The set of the characters for which `pred` holds.
    pub(crate) fn new(pred: fn(char) -> bool) -> Self {
        let mut bits = vec![0u64; 0x10000 / 64];
        for (k, slot) in bits.iter_mut().enumerate() {
            for b in 0..64 {
                if char::from_u32((k * 64 + b) as u32).is_some_and(pred) {
                    *slot |= 1 << b;
                }
            }
        }
        CharSet { bits, pred }
    }

    /// Whether `c` is in the set.
    pub(crate) fn contains(&self, c: char) -> bool {
        let code = c as usize;
        match self.bits.get(code / 64) {
            Some(w) => w & (1 << (code % 64)) != 0,
            None => (self.pred)(c),
        }
    }
}

/// Whether `s` has at most `n` characters, without counting past `n + 1`
/// (long lines are common and most checks only ask whether a line is short).
pub(crate) fn at_most_chars(s: &str, n: usize) -> bool {
    // bytes >= chars >= bytes / 4
    s.len() <= n || (s.len() / 4 <= n && s.chars().nth(n).is_none())
}

/// The first colon (full-width or ASCII) among the first `n` characters of
/// `s`, where a label ends: its byte offset and the colon.
pub(crate) fn colon_within(s: &str, n: usize) -> Option<(usize, char)> {
    s.char_indices()
        .take(n)
        .find(|&(_, c)| matches!(c, '：' | ':'))
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
