//! Word tables indexed by one end character.
//!
//! The grammars match words from fixed tables (organisation suffixes, unit
//! words, bound words) at a known position. Walking a whole table and
//! comparing every entry costs a call per entry; an index keyed by the
//! character at the matching end narrows each lookup to the few entries that
//! can match, longest first, so the first hit is the longest match.

/// Which end of a word its index key is taken from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum End {
    /// Keyed by the first character: for matches at the start of a text.
    First,
    /// Keyed by the last character: for matches at the end of a text.
    Last,
}

/// Bits of the key filter of a [`WordIndex`].
const FILTER_BITS: usize = 4096;

/// A word table sorted by its key character, longest word first within a key.
///
/// Most lookups are misses (a character that ends no word of the table), so
/// a small bit filter over the key characters, one bit per code point modulo
/// [`FILTER_BITS`], answers those before the table is searched.
#[derive(Debug)]
pub(crate) struct WordIndex<T: 'static> {
    end: End,
    filter: [u64; FILTER_BITS / 64],
    entries: Vec<(char, &'static str, T)>,
}

/// The filter slot and bit of `c`.
fn filter_slot(c: char) -> (usize, u64) {
    let code = c as usize % FILTER_BITS;
    (code / 64, 1 << (code % 64))
}

impl<T: Copy + 'static> WordIndex<T> {
    /// Indexes `words` (with their payloads) by the character at `end`.
    /// Empty words are left out: they match nothing.
    pub(crate) fn new(end: End, words: impl IntoIterator<Item = (&'static str, T)>) -> Self {
        let mut entries: Vec<(char, &'static str, T)> = words
            .into_iter()
            .filter_map(|(w, t)| {
                let key = match end {
                    End::First => w.chars().next(),
                    End::Last => w.chars().next_back(),
                }?;
                Some((key, w, t))
            })
            .collect();
        entries.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.len().cmp(&a.1.len())));
        let mut filter = [0u64; FILTER_BITS / 64];
        for e in &entries {
            let (slot, bit) = filter_slot(e.0);
            if let Some(w) = filter.get_mut(slot) {
                *w |= bit;
            }
        }
        WordIndex {
            end,
            filter,
            entries,
        }
    }

    /// The entries whose key is `c`, longest first.
    pub(crate) fn bucket(&self, c: char) -> &[(char, &'static str, T)] {
        let (slot, bit) = filter_slot(c);
        if self.filter.get(slot).is_none_or(|w| w & bit == 0) {
            return &[];
        }
        let lo = self.entries.partition_point(|e| e.0 < c);
        let hi = self.entries.partition_point(|e| e.0 <= c);
        self.entries.get(lo..hi).unwrap_or(&[])
    }

    /// The entries that can match `s` at this index's end, longest first.
    pub(crate) fn candidates(&self, s: &str) -> &[(char, &'static str, T)] {
        let key = match self.end {
            End::First => s.chars().next(),
            End::Last => s.chars().next_back(),
        };
        key.map_or(&[], |c| self.bucket(c))
    }

    /// Whether any word of an [`End::First`] index occurs in `s`: one pass
    /// over `s`, each position checked against the words starting with its
    /// character (for [`End::Last`] indexes, against those ending with it).
    pub(crate) fn occurs_in(&self, s: &str) -> bool {
        s.char_indices().any(|(i, c)| {
            self.bucket(c).iter().any(|(_, w, _)| match self.end {
                End::First => s.get(i..).is_some_and(|r| r.starts_with(w)),
                End::Last => s.get(..i + c.len_utf8()).is_some_and(|r| r.ends_with(w)),
            })
        })
    }

    /// The longest word `s` starts with (for [`End::First`]) or ends with
    /// (for [`End::Last`]), with its payload.
    pub(crate) fn longest(&self, s: &str) -> Option<(&'static str, T)> {
        self.candidates(s)
            .iter()
            .find(|(_, w, _)| match self.end {
                End::First => s.starts_with(w),
                End::Last => s.ends_with(w),
            })
            .map(|&(_, w, t)| (w, t))
    }
}

/// Indexes a plain word list (no payload).
pub(crate) fn index(end: End, words: &'static [&'static str]) -> WordIndex<()> {
    WordIndex::new(end, words.iter().map(|w| (*w, ())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn occurrence_anywhere() {
        static WORDS: &[&str] = &["打印", "关闭窗口", "网站地图"];
        for end in [End::First, End::Last] {
            let idx = index(end, WORDS);
            assert!(idx.occurs_in("【打印本页】"));
            assert!(idx.occurs_in("网站地图 | 联系我们"));
            assert!(idx.occurs_in("点此关闭窗口"));
            assert!(!idx.occurs_in("关闭"));
            assert!(!idx.occurs_in(""));
        }
    }

    #[test]
    fn longest_match_at_either_end() {
        let ix = index(End::Last, &["局", "分局", "总局", "委员会", "会"]);
        assert_eq!(ix.longest("区财政分局").map(|m| m.0), Some("分局"));
        assert_eq!(ix.longest("区工会").map(|m| m.0), Some("会"));
        assert_eq!(ix.longest("区管委员会").map(|m| m.0), Some("委员会"));
        assert_eq!(ix.longest("区政府"), None);
        assert_eq!(ix.longest(""), None);
        let ix = index(End::First, &["万", "万亿", "亿"]);
        assert_eq!(ix.longest("万亿元").map(|m| m.0), Some("万亿"));
        assert_eq!(ix.longest("万元").map(|m| m.0), Some("万"));
        assert_eq!(ix.longest("元"), None);
    }

    #[test]
    fn filter_collisions_still_find_their_bucket() {
        // 一 (U+4E00) and 丁 (U+4E01) share no slot; U+5E00 (帀) shares 一's
        let ix = index(End::First, &["一流", "帀"]);
        assert_eq!(ix.bucket('一').len(), 1);
        assert_eq!(ix.bucket('帀').len(), 1);
        assert!(ix.bucket('丁').is_empty());
        // a colliding character that is no key finds nothing
        assert!(ix.bucket('\u{6e00}').is_empty());
        assert_eq!(filter_slot('一'), filter_slot('\u{6e00}'));
    }

    #[test]
    fn buckets_hold_only_their_key() {
        let ix = index(End::First, &["a", "ab", "b", "", "abc"]);
        let b: Vec<&str> = ix.bucket('a').iter().map(|e| e.1).collect();
        assert_eq!(b, ["abc", "ab", "a"]);
        assert!(ix.bucket('z').is_empty());
    }
}
