//! [`Text`]: the string type of the model, a shared slice of the source.

use std::borrow::Borrow;
use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A string of the model: a task's text, a unit's name, a metric's unit.
///
/// Most texts a document holds are pieces of its input (a task's text, a
/// unit as written, a metric's phrase). A `Text` made by the parser shares
/// the document's source — it is a counted reference plus two offsets, with
/// no copy and no allocation of its own — so a parsed document costs little
/// more memory than its input. Texts the parser composes (a name with its
/// elided suffix restored, 区科经、商务局 → 区科经局) own their characters.
///
/// A `Text` reads as a `&str` (it derefs to one), compares equal to
/// `str`, `&str` and `String`, hashes like `str`, and serialises as a plain
/// JSON string. Cloning is cheap (a reference count); note that a shared
/// `Text` keeps the whole source alive while it lives — call
/// [`Text::detach`] on the few you keep after dropping the document.
///
/// ```
/// use govreport::Text;
/// let doc = govreport::parse("1.新建城市书房40个。(责任单位:区文旅局)\n");
/// let name: &Text = &doc.tasks()[0].units[0].name;
/// assert_eq!(name, "区文旅局");
/// assert!(name.starts_with('区'));
/// let owned: String = name.to_string();
/// assert_eq!(owned, *name);
/// assert_eq!(serde_json::to_string(name).unwrap(), "\"区文旅局\"");
/// ```
#[derive(Clone)]
pub struct Text(Repr);

#[derive(Clone)]
enum Repr {
    /// A string from the crate's tables (元, %, gdp).
    Static(&'static str),
    /// `buf[start..start + len]`, both char boundaries of `buf`; or the
    /// whole of `buf` when `len` is [`WHOLE`] (composed text, or a copy of a
    /// slice too far into its source or too long for the offsets).
    Shared {
        buf: Arc<str>,
        start: u32,
        /// A 24-bit length, little-endian.
        len: [u8; 3],
        /// Spare values for the enum's tag and `Option`'s, so that `Text`
        /// and `Option<Text>` are the size of a `String`.
        #[expect(dead_code, reason = "present for its layout only")]
        niche: Niche,
    },
}

/// A byte with one valid value: the other 255 are free for tags.
#[derive(Clone, Copy)]
#[repr(u8)]
enum Niche {
    Zero = 0,
}

/// The `len` of a [`Repr::Shared`] that stands for all of its buffer.
const WHOLE: [u8; 3] = [0xff; 3];

/// The length as stored, when it fits and is not [`WHOLE`].
fn short_len(len: usize) -> Option<[u8; 3]> {
    let b = u32::try_from(len).ok()?.to_le_bytes();
    let out = [b[0], b[1], b[2]];
    (b[3] == 0 && out != WHOLE).then_some(out)
}

impl Text {
    /// A text from a `'static` string, without allocating.
    ///
    /// ```
    /// use govreport::Text;
    /// const YUAN: Text = Text::from_static("元");
    /// assert_eq!(YUAN, "元");
    /// ```
    pub const fn from_static(s: &'static str) -> Text {
        Text(Repr::Static(s))
    }

    /// The text as a string slice.
    ///
    /// ```
    /// use govreport::Text;
    /// let t = Text::from("区发改局");
    /// assert_eq!(t.as_str().chars().count(), 4);
    /// ```
    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Static(s) => s,
            Repr::Shared {
                buf, len: WHOLE, ..
            } => buf,
            Repr::Shared {
                buf, start, len, ..
            } => {
                let start = *start as usize;
                let len = u32::from_le_bytes([len[0], len[1], len[2], 0]) as usize;
                buf.get(start..start + len).unwrap_or_default()
            }
        }
    }

    /// The same text with its own copy of the characters, so that it no
    /// longer keeps a document's source alive.
    ///
    /// ```
    /// use govreport::Text;
    /// let doc = govreport::parse("1.新建城市书房40个。(责任单位:区文旅局)\n");
    /// let kept: Text = doc.tasks()[0].units[0].name.detach();
    /// drop(doc);
    /// assert_eq!(kept, "区文旅局");
    /// ```
    pub fn detach(&self) -> Text {
        match &self.0 {
            Repr::Shared { len: WHOLE, .. } | Repr::Static(_) => self.clone(),
            Repr::Shared { .. } => Text::from(self.as_str()),
        }
    }

    /// `s` as a text, sharing `source` when `s` is a slice of it (the
    /// parser's path: no copy) and copying `s` otherwise.
    pub(crate) fn within(source: &Arc<str>, s: &str) -> Text {
        let base = source.as_ptr() as usize;
        let at = s.as_ptr() as usize;
        // a &str inside another live allocation's address range is a slice
        // of it, so the offsets are its char boundaries
        if at >= base && at + s.len() <= base + source.len() {
            let start = at - base;
            if let (Ok(start), Some(len)) = (u32::try_from(start), short_len(s.len())) {
                return Text(Repr::Shared {
                    buf: Arc::clone(source),
                    start,
                    len,
                    niche: Niche::Zero,
                });
            }
        }
        Text::from(s)
    }
}

impl Default for Text {
    /// The empty text.
    fn default() -> Text {
        Text::from_static("")
    }
}

impl Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl Borrow<str> for Text {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Text {
        if s.is_empty() {
            return Text::default();
        }
        Text::from(Arc::from(s))
    }
}

impl From<String> for Text {
    fn from(s: String) -> Text {
        if s.is_empty() {
            return Text::default();
        }
        Text::from(Arc::from(s))
    }
}

impl From<&String> for Text {
    fn from(s: &String) -> Text {
        Text::from(s.as_str())
    }
}

impl From<Arc<str>> for Text {
    fn from(s: Arc<str>) -> Text {
        Text(Repr::Shared {
            buf: s,
            start: 0,
            len: WHOLE,
            niche: Niche::Zero,
        })
    }
}

impl From<Text> for String {
    fn from(t: Text) -> String {
        t.as_str().to_owned()
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Text) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Text {}

impl PartialOrd for Text {
    fn partial_cmp(&self, other: &Text) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Text {
    fn cmp(&self, other: &Text) -> Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl Hash for Text {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

/// `Text == str`, `Text == &str`, `Text == String` and the reverse.
macro_rules! eq_str {
    ($($other:ty),*) => {$(
        impl PartialEq<$other> for Text {
            fn eq(&self, other: &$other) -> bool {
                self.as_str() == AsRef::<str>::as_ref(other)
            }
        }
        impl PartialEq<Text> for $other {
            fn eq(&self, other: &Text) -> bool {
                AsRef::<str>::as_ref(self) == other.as_str()
            }
        }
    )*};
}

eq_str!(str, &str, String);

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Text, D::Error> {
        String::deserialize(deserializer).map(Text::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn slices_share_the_source_and_others_copy() {
        let source: Arc<str> = Arc::from("区发改局、区科经局");
        let inside = source.get(..12).unwrap_or_default();
        let t = Text::within(&source, inside);
        assert_eq!(t, "区发改局");
        assert!(matches!(
            t.0,
            Repr::Shared {
                start: 0,
                len: [12, 0, 0],
                ..
            }
        ));
        assert_eq!(Arc::strong_count(&source), 2);
        let elsewhere = String::from("区发改局");
        let u = Text::within(&source, &elsewhere);
        assert!(matches!(u.0, Repr::Shared { len: WHOLE, .. }));
        assert_eq!(t, u);
        let empty = Text::within(&source, source.get(3..3).unwrap_or_default());
        assert_eq!(empty, "");
    }

    #[test]
    fn detach_copies_only_slices() {
        let source: Arc<str> = Arc::from("区发改局");
        let t = Text::within(&source, &source);
        let d = t.detach();
        assert_eq!(d, t);
        assert!(matches!(d.0, Repr::Shared { len: WHOLE, .. }));
        drop(t);
        assert_eq!(Arc::strong_count(&source), 1);
        assert!(matches!(
            Text::from_static("元").detach().0,
            Repr::Static("元")
        ));
    }

    #[test]
    fn behaves_like_a_string() {
        let a = Text::from("区财政局");
        let b = Text::from(String::from("区财政局"));
        assert_eq!(a, b);
        assert_eq!(a, "区财政局");
        assert_eq!("区财政局", a);
        assert_eq!(String::from("区财政局"), a);
        let (a1, b1) = (Text::from("a"), Text::from("b"));
        assert!(a1 < b1);
        assert_eq!(a1.cmp(&b1), "a".cmp("b"));
        let set: HashSet<Text> = [a.clone(), b].into_iter().collect();
        assert_eq!(set.len(), 1);
        assert!(set.contains("区财政局"));
        assert_eq!(format!("{a} {a:?}"), "区财政局 \"区财政局\"");
        assert_eq!(Text::default(), "");
        assert_eq!(String::from(a), "区财政局");
    }

    #[test]
    fn is_no_larger_than_a_string() {
        assert_eq!(std::mem::size_of::<Text>(), std::mem::size_of::<String>());
        assert_eq!(
            std::mem::size_of::<Option<Text>>(),
            std::mem::size_of::<String>()
        );
    }

    #[test]
    fn long_slices_are_copied_whole() {
        assert_eq!(short_len(5), Some([5, 0, 0]));
        assert_eq!(short_len(0xff_fffe), Some([0xfe, 0xff, 0xff]));
        assert_eq!(short_len(0xff_ffff), None);
        assert_eq!(short_len(1 << 24), None);
        let source: Arc<str> = Arc::from("年".repeat(6_000_000));
        let t = Text::within(&source, &source);
        assert!(matches!(t.0, Repr::Shared { len: WHOLE, .. }));
        assert_eq!(t.len(), 18_000_000);
        let tail = source.get(3..).unwrap_or_default();
        assert_eq!(Text::within(&source, tail).len(), 17_999_997);
    }

    #[test]
    fn round_trips_through_json() -> Result<(), serde_json::Error> {
        let t = Text::from("年底前");
        let json = serde_json::to_string(&t)?;
        assert_eq!(json, "\"年底前\"");
        let back: Text = serde_json::from_str(&json)?;
        assert_eq!(back, t);
        Ok(())
    }
}
