//! HTML left in copied text: entities (`&nbsp;`, `&ldquo;`, `&#12288;`) and
//! tags (`<br>`, `</p>`, `<span style="…">`).
//!
//! Text scraped from a page's source instead of its rendering keeps them:
//! `&nbsp;&nbsp;1.新建城市书房40个。(责任单位:区文旅局)<br>`. The grammars
//! read a copy of the text in which each piece of markup is replaced by what
//! it stands for, padded to the same byte length, so that every offset found
//! in the copy is an offset of the original and spans stay exact:
//!
//! * a space entity becomes spaces (`&nbsp;` → six spaces);
//! * any other entity becomes its character, padded with invisible
//!   zero-width spaces and soft hyphens (a space where one byte is left), the padding on the outer
//!   side of an opening mark (`&ldquo;` → padding + `“`) and after anything
//!   else, so that a quote's inner text is the quote's words alone;
//! * a block tag (`<br>`, `<p>`, `</p>`, `<div>`, `<li>`, `<td>`, `<tr>`,
//!   `<h1>`…) ends the line: spaces, then a line break as its last byte,
//!   unless only spaces and markup stand between it and the line's own break;
//! * an inline tag (`<span …>`, `</font>`, `<strong>`, `<a href="…">`)
//!   becomes invisible padding: it never parted the words it styles.
//!
//! A `<` or `&` that opens no known tag or entity (`PM2.5<35`, `R&D`) is
//! left as it is. Text without either character is not copied at all.

use crate::Span;

/// The zero-width space the padding is made of (3 bytes in UTF-8).
const ZWSP: char = '\u{200b}';

/// The soft hyphen, the padding's 2-byte piece.
const SHY: char = '\u{ad}';

/// The longest tag read (attributes included); a longer `<…>` is text.
const MAX_TAG: usize = 512;

/// Named entities that stand for a space.
const SPACE_ENTITIES: &[&str] = &["nbsp", "ensp", "emsp", "thinsp", "zwsp", "zwnj", "zwj"];

/// Named entities that stand for a character.
const CHAR_ENTITIES: &[(&str, char)] = &[
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("mdash", '—'),
    ("ndash", '–'),
    ("hellip", '…'),
    ("middot", '·'),
    ("bull", '•'),
    ("lt", '<'),
    ("gt", '>'),
    ("amp", '&'),
    ("quot", '"'),
    ("apos", '\''),
    ("laquo", '«'),
    ("raquo", '»'),
    ("times", '×'),
    ("divide", '÷'),
    ("deg", '°'),
    ("permil", '‰'),
    ("plusmn", '±'),
    ("yen", '¥'),
    ("copy", '©'),
    ("reg", '®'),
];

/// Tags that end a line of the rendered page.
const BLOCK_TAGS: &[&str] = &[
    "br",
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "tr",
    "td",
    "th",
    "table",
    "tbody",
    "thead",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "section",
    "article",
    "center",
    "blockquote",
    "pre",
];

/// Tags that only style a stretch of text.
const INLINE_TAGS: &[&str] = &[
    "span", "font", "strong", "b", "i", "u", "em", "a", "sup", "sub", "img", "small", "big", "o:p",
    "label",
];

/// The text with its HTML markup replaced (see the module docs) and the
/// span of the first piece of markup, or `None` when it holds none.
pub(crate) fn unmarked(text: &str) -> Option<(String, Span)> {
    let bytes = text.as_bytes();
    let first = memchr::memchr2(b'&', b'<', bytes)?;
    let mut out: Option<String> = None;
    let mut first_span = None;
    let mut copied = 0usize; // bytes of `text` already in `out`
    let mut at = first;
    while let Some(k) = bytes
        .get(at..)
        .and_then(|rest| memchr::memchr2(b'&', b'<', rest))
    {
        let i = at + k;
        let rest = text.get(i..).unwrap_or("");
        let Some((len, with)) = markup_at(text, i, rest) else {
            at = i + 1;
            continue;
        };
        first_span.get_or_insert(Span::new(i, i + len));
        let buf = out.get_or_insert_with(|| String::with_capacity(text.len()));
        buf.push_str(text.get(copied..i).unwrap_or(""));
        with.write(buf, len);
        copied = i + len;
        at = copied;
    }
    let mut buf = out?;
    buf.push_str(text.get(copied..).unwrap_or(""));
    debug_assert_eq!(buf.len(), text.len());
    Some((buf, first_span?))
}

/// What a piece of markup is replaced with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Replacement {
    /// Spaces only.
    Spaces,
    /// Spaces, then a line break as the last byte.
    LineEnd,
    /// Invisible padding only (an inline tag).
    Invisible,
    /// A character, padded after it.
    Char(char),
    /// A character, padded before it (an opening mark).
    Opening(char),
}

impl Replacement {
    /// Appends the replacement of `len` bytes of markup to `out`.
    fn write(self, out: &mut String, len: usize) {
        match self {
            Replacement::Spaces => out.extend(std::iter::repeat_n(' ', len)),
            Replacement::LineEnd => {
                out.extend(std::iter::repeat_n(' ', len.saturating_sub(1)));
                out.push('\n');
            }
            Replacement::Invisible => pad(out, len),
            Replacement::Char(c) => {
                out.push(c);
                pad(out, len.saturating_sub(c.len_utf8()));
            }
            Replacement::Opening(c) => {
                pad(out, len.saturating_sub(c.len_utf8()));
                out.push(c);
            }
        }
    }
}

/// `n` bytes of invisible padding: zero-width spaces (3 bytes) and soft
/// hyphens (2 bytes); a single byte is a space.
fn pad(out: &mut String, n: usize) {
    let (zw, shy) = match n % 3 {
        0 => (n / 3, 0),
        1 if n >= 4 => (n / 3 - 1, 2),
        1 => (0, 0),
        _ => (n / 3, 1),
    };
    out.extend(std::iter::repeat_n(ZWSP, zw));
    out.extend(std::iter::repeat_n(SHY, shy));
    if n == 1 {
        out.push(' ');
    }
}

/// The markup that starts `rest` (at byte `i` of `text`): its byte length
/// and replacement.
fn markup_at(text: &str, i: usize, rest: &str) -> Option<(usize, Replacement)> {
    if rest.starts_with('&') {
        entity(rest)
    } else {
        let len = tag_len(rest)?;
        let ends_line = tag_name(rest).is_some_and(|n| BLOCK_TAGS.contains(&n.as_str()));
        let kind = if !ends_line {
            Replacement::Invisible
        } else if at_line_end(text.get(i + len..).unwrap_or("")) {
            Replacement::Spaces
        } else {
            Replacement::LineEnd
        };
        Some((len, kind))
    }
}

/// An entity at the start of `s`: `&name;`, `&#NNN;`, `&#xHH;`.
fn entity(s: &str) -> Option<(usize, Replacement)> {
    let body = s.get(1..)?;
    let semi = body.bytes().take(10).position(|b| b == b';')?;
    let name = body.get(..semi)?;
    let len = semi + 2;
    if SPACE_ENTITIES.contains(&name) {
        return Some((len, Replacement::Spaces));
    }
    let c = match CHAR_ENTITIES.iter().find(|(n, _)| *n == name) {
        Some(&(_, c)) => c,
        None => {
            let code = name.strip_prefix('#')?;
            let value = match code.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => code.parse::<u32>().ok()?,
            };
            char::from_u32(value)?
        }
    };
    if c.len_utf8() > len {
        return None;
    }
    Some(match c {
        // a numeric space: &#160; &#12288; &#32;
        c if c.is_whitespace() && c != '\n' => (len, Replacement::Spaces),
        c if c.is_control() => return None,
        '“' | '‘' | '«' | '《' | '（' | '(' | '【' | '「' | '『' => {
            (len, Replacement::Opening(c))
        }
        c => (len, Replacement::Char(c)),
    })
}

/// The byte length of a known tag at the start of `s`: `<name…>` or
/// `</name>`, the name one of [`BLOCK_TAGS`] or [`INLINE_TAGS`] (any case),
/// followed by `>`, `/` or a space, and no `<` or line break before the `>`.
fn tag_len(s: &str) -> Option<usize> {
    let name = tag_name(s)?;
    if !BLOCK_TAGS.contains(&name.as_str()) && !INLINE_TAGS.contains(&name.as_str()) {
        return None;
    }
    let bytes = s.as_bytes();
    let after_name = 1 + usize::from(bytes.get(1) == Some(&b'/')) + name.len();
    match bytes.get(after_name) {
        Some(b'>' | b'/' | b' ' | b'\t') => {}
        _ => return None,
    }
    let close = bytes
        .iter()
        .take(MAX_TAG)
        .skip(after_name)
        .position(|&b| matches!(b, b'>' | b'<' | b'\n'))?;
    (bytes.get(after_name + close) == Some(&b'>')).then_some(after_name + close + 1)
}

/// The lower-cased name of the tag `s` may start with (`<br/>` → `br`).
fn tag_name(s: &str) -> Option<String> {
    let body = s.strip_prefix('<')?;
    let body = body.strip_prefix('/').unwrap_or(body);
    let len = body
        .bytes()
        .take(12)
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b':')
        .count();
    (len > 0 && body.starts_with(|c: char| c.is_ascii_alphabetic()))
        .then(|| body.get(..len).unwrap_or("").to_ascii_lowercase())
}

/// Whether only spaces, space entities and tags stand between the start of
/// `s` and its first line break (or its end).
fn at_line_end(s: &str) -> bool {
    let mut rest = s;
    loop {
        rest = rest.trim_start_matches([' ', '\t', '\u{3000}', '\r']);
        if rest.is_empty() || rest.starts_with('\n') {
            return true;
        }
        let skip = if rest.starts_with('&') {
            entity(rest)
                .filter(|(_, r)| *r == Replacement::Spaces)
                .map(|(n, _)| n)
        } else {
            tag_len(rest)
        };
        match skip {
            Some(n) => rest = rest.get(n..).unwrap_or(""),
            None => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_without_markup_is_not_copied() {
        assert_eq!(unmarked("1.新建城市书房40个。(责任单位:区文旅局)\n"), None);
        // a `<` or `&` that opens nothing known
        assert_eq!(unmarked("PM2.5<35，R&D投入增长10%，a<bb>c"), None);
        assert_eq!(unmarked("&unknown; &#xZZ; &;"), None);
        assert_eq!(unmarked("<brand>"), None);
    }

    #[test]
    fn replacements_keep_every_offset() {
        for text in [
            "&nbsp;&nbsp;1.新建城市书房40个。<br>\n",
            "开展&ldquo;招商引资突破年&rdquo;活动<br/>2.推进改革。",
            "<p style=\"text-indent:2em\">一、主要目标</p>\n",
            "首页&nbsp;&gt;&nbsp;政务公开 &#12288;&#x3000;&#160;",
            "<span>区发改局</span>、<strong>区财政局</strong>",
        ] {
            let out = unmarked(text).unwrap_or_else(|| panic!("{text}")).0;
            assert_eq!(out.len(), text.len(), "{text}");
            // every char boundary of the copy is one of the original
            for (i, _) in out.char_indices() {
                assert!(text.is_char_boundary(i), "{text} at {i}");
            }
        }
    }

    #[test]
    fn entities_become_what_they_stand_for() {
        let out = unmarked("&nbsp;&nbsp;1.开展&ldquo;放管服&rdquo;改革&mdash;")
            .unwrap_or_default()
            .0;
        let visible: String = out.chars().filter(|&c| c != ZWSP && c != SHY).collect();
        assert_eq!(visible.trim_start(), "1.开展“放管服”改革—");
        // the padding is outside the quotes: their inner text is clean
        assert!(out.contains("“放管服”"), "{out}");
        let out = unmarked("&#8220;三农&#8221;").unwrap_or_default().0;
        assert!(out.contains("“三农”"), "{out}");
    }

    #[test]
    fn padding_is_invisible_and_exact() {
        for n in 0..40 {
            let mut out = String::new();
            pad(&mut out, n);
            assert_eq!(out.len(), n);
            assert_eq!(out.contains(' '), n == 1, "{n}");
        }
    }

    #[test]
    fn block_tags_end_lines() {
        let out = unmarked("1.甲。（责任单位：区发改局）<br>&nbsp;&nbsp;2.乙。<br>\n3.丙。")
            .unwrap_or_default()
            .0;
        let lines: Vec<&str> = out.lines().map(str::trim).collect();
        assert_eq!(lines, ["1.甲。（责任单位：区发改局）", "2.乙。", "3.丙。"]);
        // a tag before the line's own break adds no line
        let out = unmarked("一、主要目标</p>&nbsp;\r\n二、重点任务")
            .unwrap_or_default()
            .0;
        assert_eq!(out.lines().count(), 2, "{out:?}");
        // inline tags are invisible
        let out = unmarked("新建<span style=\"font-size:16px\">城市书房</span>10个")
            .unwrap_or_default()
            .0;
        let visible: String = out.chars().filter(|&c| c != ZWSP && c != SHY).collect();
        assert_eq!(visible, "新建城市书房10个");
    }

    #[test]
    fn unclosed_or_overlong_tags_stay_text() {
        assert_eq!(unmarked("<br"), None);
        assert_eq!(unmarked("<p\n>"), None);
        let long = format!("<span {}>", "x".repeat(MAX_TAG));
        assert_eq!(unmarked(&long), None);
    }
}
