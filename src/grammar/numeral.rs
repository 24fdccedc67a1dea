//! Numerals: Arabic (with decimals and thousands separators), full-width,
//! Chinese (小写 and 大写, 两, 〇, 廿), and mixed (1.5万, 3千万, 100万三千).
//!
//! Two layers:
//! * [`extent`] finds where a numeral written at the start of a string ends
//!   (a plain char scan, linear, no allocation);
//! * [`evaluate`] turns the tokens of that extent into an exact [`Decimal`]
//!   (never `f64`), with checked arithmetic: too many digits or a value
//!   beyond `Decimal` is [`ErrorKind::Overflow`], never a panic.
//!
//! [`read_core`] is what the quantity grammar uses: the numeral without a
//! trailing magnitude (1.5万 → core 1.5, magnitude 万 left to the unit).
//!
//! Two more forms live here because they are numerals, not units:
//! * **Fractions** `N分之M` ([`read_fraction`]), and in [`parse_number`]
//!   also mixed numbers `A又N分之M` (3又一千分之23 = 3.023). The value is the
//!   quotient M/N ([`ratio`]): exact when the division terminates
//!   (十六分之五 = 0.3125), otherwise rounded half away from zero to
//!   [`FRACTION_DP`] decimal places (三分之一 = 0.333333). The quantity
//!   grammar turns a fraction into a share in % (see `quantity`).
//! * **Approximate pairs** of adjacent Chinese digits (两三, 七八, 三四十,
//!   八九亿) and the colloquial 三五: [`read_core`] gives the two ends
//!   (`Core::value_max`). Only a pair that starts the numeral counts, so
//!   十四五 (a plan's name) is still no number, and 一二 (a list) is not a
//!   pair: only 一两 is.
//!
//! Slash fractions (3/5) are not read: in running text they are dates and
//! ratios (微克/立方米).

use rust_decimal::{Decimal, RoundingStrategy};

use crate::{Error, ErrorKind, Span};

/// At most this many digits in one Arabic run or one digit-by-digit reading.
const MAX_DIGITS: usize = 28;
/// At most this many tokens in one numeral (longer runs are an overflow).
const MAX_TOKENS: usize = 64;

#[cfg(test)]
mod tests;

/// The value of a Chinese digit (小写, 大写, traditional, 两/〇 forms).
pub(crate) fn cjk_digit(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' => 0,
        '一' | '壹' | '幺' => 1,
        '二' | '贰' | '貳' | '两' | '兩' | '俩' | '倆' => 2,
        '三' | '叁' | '參' | '叄' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// The power of ten of a unit inside a section: 十 1, 百 2, 千 3.
pub(crate) fn small_unit(c: char) -> Option<u32> {
    match c {
        '十' | '拾' => Some(1),
        '百' | '佰' => Some(2),
        '千' | '仟' => Some(3),
        _ => None,
    }
}

/// The power of ten of a section unit: 万 4, 亿 8, 兆 12 (万进, as in PRC usage).
pub(crate) fn big_unit(c: char) -> Option<u32> {
    match c {
        '万' | '萬' => Some(4),
        '亿' | '億' => Some(8),
        '兆' => Some(12),
        _ => None,
    }
}

/// An Arabic digit, ASCII or full-width.
pub(crate) fn arabic_digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        '０'..='９' => Some(u32::from(c) - u32::from('０')),
        _ => None,
    }
}

/// 廿 (20), 卅 (30), 卌 (40): a digit and a 十 in one character.
fn tens_char(c: char) -> Option<u32> {
    match c {
        '廿' => Some(2),
        '卅' => Some(3),
        '卌' => Some(4),
        _ => None,
    }
}

/// Whether `c` can start a numeral inside running text: a digit (Arabic or
/// Chinese), 十/拾 or 廿/卅/卌. 百 and 千 alone do not (百日, 千万工程), nor do
/// the section units 万 and 亿.
pub(crate) fn starts_numeral(c: char) -> bool {
    arabic_digit(c).is_some()
        || cjk_digit(c).is_some()
        || matches!(c, '十' | '拾')
        || tens_char(c).is_some()
}

/// One piece of a numeral.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Tok {
    /// A run of Arabic digits (with its decimals) or one Chinese digit.
    Num {
        value: Decimal,
        arabic: bool,
        /// Digits in the run (0 for 零).
        digits: usize,
        /// Scale of an Arabic run (digits after its decimal point).
        frac: bool,
    },
    /// 十, 百, 千 with their power of ten.
    Small(u32),
    /// 万, 亿, 兆 with their power of ten.
    Big(u32),
    /// The Chinese decimal point 点/點.
    Point,
    /// 余, 多, 几 inside a number ("一千多万", "十余万"), accepted by
    /// [`parse_number`] only.
    Approx,
}

/// A numeral found at the start of a string.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Extent {
    /// The tokens and the byte offset where each ends.
    pub toks: Vec<(Tok, usize)>,
    /// Byte length of the numeral.
    pub end: usize,
    /// More tokens than [`MAX_TOKENS`] or more digits than [`MAX_DIGITS`].
    pub overflow: bool,
}

/// Reads an Arabic run at the start of `s`: digits, thousands separators
/// (`,` `，` followed by exactly three digits, first group at most three
/// digits), one decimal point (`.` `．`) followed by a digit.
///
/// Accepts `1,234.5`, `１２３．５`, `0.98`; stops before the `,` of `5,30个`
/// and the `.` of `1.新增`.
fn arabic_run(s: &str) -> Option<(Decimal, usize, usize, bool, bool)> {
    let mut digits = String::new();
    let mut end = 0;
    let mut int_digits = 0usize;
    let mut groups_ok = true;
    let mut frac = false;
    let mut it = s.char_indices().peekable();
    let mut last_group_len = 0usize;
    let mut grouped = false;
    while let Some(&(i, c)) = it.peek() {
        if let Some(d) = arabic_digit(c) {
            if digits.len() < 200 {
                digits.push(char::from(b'0' + d as u8));
            } else {
                groups_ok = false;
            }
            int_digits += 1;
            last_group_len += 1;
            end = i + c.len_utf8();
            it.next();
            continue;
        }
        // 1 200亿元: a space between groups of three digits, when what follows
        // the group is neither a digit nor a space (2022 2023 and the
        // cells of a table row stay apart)
        if c == ' ' && int_digits > 0 && !frac && (grouped || last_group_len <= 3) {
            let rest = s.get(i + 1..).unwrap_or("");
            let group: usize = rest
                .chars()
                .take_while(|d| arabic_digit(*d).is_some())
                .count();
            let after = rest.chars().nth(3);
            if group == 3
                && rest.is_char_boundary(3)
                && after
                    .is_some_and(|a| !a.is_whitespace() && !matches!(a, ',' | '，' | '.' | '．'))
                && (!grouped || last_group_len == 3)
            {
                grouped = true;
                last_group_len = 0;
                it.next();
                continue;
            }
            break;
        }
        if matches!(c, ',' | '，') && int_digits > 0 && !frac {
            // thousands separator: exactly three digits follow
            let rest = s.get(i + c.len_utf8()..).unwrap_or("");
            let mut n = 0;
            let mut next_is_digit_after3 = false;
            for (k, d) in rest.chars().enumerate() {
                if arabic_digit(d).is_some() {
                    n += 1;
                    if k == 3 {
                        next_is_digit_after3 = true;
                    }
                } else {
                    break;
                }
                if k >= 3 {
                    break;
                }
            }
            let first_ok = grouped || last_group_len <= 3;
            if n >= 3 && !next_is_digit_after3 && first_ok && (!grouped || last_group_len == 3) {
                grouped = true;
                last_group_len = 0;
                it.next();
                continue;
            }
            break;
        }
        if matches!(c, '.' | '．') && !frac && int_digits > 0 {
            let rest = s.get(i + c.len_utf8()..).unwrap_or("");
            if rest.chars().next().and_then(arabic_digit).is_some() {
                if grouped && last_group_len != 3 {
                    break;
                }
                frac = true;
                digits.push('.');
                it.next();
                continue;
            }
        }
        break;
    }
    if int_digits == 0 {
        return None;
    }
    if grouped && !frac && last_group_len != 3 {
        // "1,23" cannot happen (three digits were checked), keep the guard
        groups_ok = false;
    }
    let overflow = !groups_ok || int_digits > MAX_DIGITS;
    let value = if overflow {
        Decimal::ZERO
    } else {
        match Decimal::from_str_exact(&digits) {
            Ok(v) => v,
            Err(_) => return Some((Decimal::ZERO, end, int_digits, frac, true)),
        }
    };
    Some((value, end, int_digits, frac, overflow))
}

/// Which characters a numeral may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// Running text: no 余/多 inside the numeral (they are bound words).
    Text,
    /// A whole string given to [`parse_number`]: 余/多/几 allowed inside.
    Whole,
}

/// Finds the numeral at the start of `s` and its tokens.
///
/// Rule: digits (Arabic runs or Chinese digits), 十百千 and 万亿兆 in any
/// order, 点/點 between digits; in [`Mode::Whole`] also 余/多/几/幾.
/// Accepts `1.5万`, `一千零五`, `三点一四`, `１２３`; returns `None` for `万`
/// alone and for `abc`.
pub(crate) fn extent(s: &str, mode: Mode) -> Option<Extent> {
    let mut toks: Vec<(Tok, usize)> = Vec::new();
    let mut pos = 0usize;
    let mut overflow = false;
    let mut have_digit = false;
    loop {
        let rest = match s.get(pos..) {
            Some(r) if !r.is_empty() => r,
            _ => break,
        };
        let Some(c) = rest.chars().next() else { break };
        let clen = c.len_utf8();
        let tok = if arabic_digit(c).is_some() {
            let Some((value, len, digits, frac, of)) = arabic_run(rest) else {
                break;
            };
            overflow |= of;
            pos += len;
            have_digit = true;
            if toks.len() < MAX_TOKENS {
                toks.push((
                    Tok::Num {
                        value,
                        arabic: true,
                        digits,
                        frac,
                    },
                    pos,
                ));
            } else {
                overflow = true;
            }
            continue;
        } else if let Some(d) = cjk_digit(c) {
            Tok::Num {
                value: Decimal::from(d),
                arabic: false,
                digits: usize::from(d != 0),
                frac: false,
            }
        } else if let Some(p) = small_unit(c) {
            Tok::Small(p)
        } else if let Some(p) = big_unit(c) {
            if toks.is_empty() {
                break;
            }
            Tok::Big(p)
        } else if let Some(d) = tens_char(c) {
            // 廿 = 二十: push the digit, then the 十 below
            if toks.len() < MAX_TOKENS {
                toks.push((
                    Tok::Num {
                        value: Decimal::from(d),
                        arabic: false,
                        digits: 1,
                        frac: false,
                    },
                    pos + clen,
                ));
            }
            Tok::Small(1)
        } else if matches!(c, '点' | '點') && have_digit {
            // a decimal point only between digits
            let next = s.get(pos + clen..).and_then(|r| r.chars().next());
            match next {
                Some(n) if arabic_digit(n).is_some() || cjk_digit(n).is_some() => Tok::Point,
                _ => break,
            }
        } else if mode == Mode::Whole && matches!(c, '余' | '多' | '几' | '幾') && !toks.is_empty()
        {
            Tok::Approx
        } else {
            break;
        };
        pos += clen;
        have_digit = true;
        if toks.len() < MAX_TOKENS {
            toks.push((tok, pos));
        } else {
            overflow = true;
        }
    }
    if toks.is_empty() {
        return None;
    }
    // 十 alone followed by nothing numeric is a numeral (十 = 10); a lone
    // 百/千 is one only in Whole mode (百三) — callers decide where to start.
    Some(Extent {
        toks,
        end: pos,
        overflow,
    })
}

fn pow10(p: u32) -> Decimal {
    let mut v = Decimal::ONE;
    for _ in 0..p {
        v *= Decimal::TEN;
    }
    v
}

/// Why [`evaluate`] failed, and at which token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct EvalError {
    pub kind: ErrorKind,
    /// Index of the offending token.
    pub at: usize,
}

fn ovf(at: usize) -> EvalError {
    EvalError {
        kind: ErrorKind::Overflow,
        at,
    }
}

fn bad(at: usize) -> EvalError {
    EvalError {
        kind: ErrorKind::ExpectedNumber,
        at,
    }
}

/// Appends the digits of `tok` as fraction digits at `scale` (1 = tenths).
fn push_fraction(
    acc: Decimal,
    tok: &Tok,
    scale: &mut u32,
    at: usize,
) -> Result<Decimal, EvalError> {
    match *tok {
        Tok::Num {
            value,
            arabic,
            digits,
            frac,
        } => {
            if frac {
                return Err(bad(at));
            }
            let n = if arabic { digits } else { 1 };
            let new_scale = *scale + u32::try_from(n).map_err(|_| ovf(at))?;
            if new_scale > MAX_DIGITS as u32 {
                return Err(ovf(at));
            }
            // value is an integer of n digits; place it at new_scale
            let mut v = value;
            v.set_scale(new_scale).map_err(|_| ovf(at))?;
            *scale = new_scale;
            acc.checked_add(v).ok_or(ovf(at))
        }
        _ => Err(bad(at)),
    }
}

/// Evaluates the tokens of a numeral to an exact decimal.
///
/// Rule: digits followed by 十百千 build a section, 万亿兆 close it (a larger
/// one multiplies everything before: 二十一万亿); 零 only resets; a numeral
/// with no unit is read digit by digit (二〇〇二 = 2002); a last digit right
/// after 百/千/万/亿 is the next lower place (三万五 = 35000, 一百二 = 120);
/// 点 starts decimals. Accepts `一千零一`, `1.5万`, `3千万`, `十二点五亿`,
/// `四億五千六百四十二萬零壹十五`; rejects `十一十二` and `十四五`.
pub(crate) fn evaluate(toks: &[(Tok, usize)]) -> Result<Decimal, EvalError> {
    let has_unit = toks
        .iter()
        .any(|(t, _)| matches!(t, Tok::Small(_) | Tok::Big(_)));
    let toks_only: Vec<Tok> = toks
        .iter()
        .map(|(t, _)| *t)
        .filter(|t| *t != Tok::Approx)
        .collect();
    if !has_unit {
        return eval_digits(&toks_only);
    }
    let mut total = Decimal::ZERO;
    let mut section = Decimal::ZERO;
    let mut num: Option<Decimal> = None;
    let mut last_small: Option<u32> = None;
    let mut last_big: u32 = 0;
    let mut prev: Option<Tok> = None;
    let mut zero_since_unit = false;
    let mut last_unit_pow: Option<u32> = None;
    let mut frac_scale: Option<u32> = None;
    for (i, tok) in toks_only.iter().enumerate() {
        match *tok {
            Tok::Num {
                value,
                digits,
                arabic,
                ..
            } => {
                if let Some(scale) = frac_scale.as_mut() {
                    let acc = num.unwrap_or(Decimal::ZERO);
                    num = Some(push_fraction(acc, tok, scale, i)?);
                } else if !arabic && digits == 0 {
                    zero_since_unit = true;
                    if matches!(prev, Some(Tok::Num { arabic: true, .. })) {
                        return Err(bad(i));
                    }
                } else {
                    if num.is_some() {
                        return Err(bad(i));
                    }
                    if matches!(
                        prev,
                        Some(Tok::Num {
                            arabic: false,
                            digits: 1..,
                            ..
                        })
                    ) {
                        return Err(bad(i));
                    }
                    num = Some(value);
                }
            }
            Tok::Small(p) => {
                if frac_scale.is_some() {
                    return Err(bad(i));
                }
                if let Some(ls) = last_small {
                    if p >= ls {
                        return Err(bad(i));
                    }
                }
                let n = num.take().unwrap_or(Decimal::ONE);
                let add = n.checked_mul(pow10(p)).ok_or(ovf(i))?;
                section = section.checked_add(add).ok_or(ovf(i))?;
                last_small = Some(p);
                last_unit_pow = Some(p);
                zero_since_unit = false;
            }
            Tok::Big(p) => {
                let s = section
                    .checked_add(num.take().unwrap_or(Decimal::ZERO))
                    .ok_or(ovf(i))?;
                if matches!(prev, Some(Tok::Big(_))) {
                    // 万亿: multiply what came before
                    total = total.checked_mul(pow10(p)).ok_or(ovf(i))?;
                } else if last_big == 0 || p > last_big {
                    total = total
                        .checked_add(s)
                        .ok_or(ovf(i))?
                        .checked_mul(pow10(p))
                        .ok_or(ovf(i))?;
                } else {
                    let add = s.checked_mul(pow10(p)).ok_or(ovf(i))?;
                    total = total.checked_add(add).ok_or(ovf(i))?;
                }
                if !matches!(prev, Some(Tok::Big(_))) || p > last_big {
                    last_big = last_big.max(p);
                }
                section = Decimal::ZERO;
                last_small = None;
                last_unit_pow = Some(p);
                zero_since_unit = false;
                frac_scale = None;
            }
            Tok::Point => {
                if frac_scale.is_some() {
                    return Err(bad(i));
                }
                let n = section
                    .checked_add(num.take().unwrap_or(Decimal::ZERO))
                    .ok_or(ovf(i))?;
                section = Decimal::ZERO;
                num = Some(n);
                frac_scale = Some(0);
                last_small = None;
            }
            Tok::Approx => {}
        }
        prev = Some(*tok);
    }
    // colloquial: 三万五, 一百二, 两千四百五
    if let (
        Some(n),
        Some(p),
        Some(Tok::Num {
            arabic: false,
            digits: 1,
            ..
        }),
    ) = (num, last_unit_pow, prev)
    {
        if p >= 2 && !zero_since_unit && frac_scale.is_none() {
            let shifted = n.checked_mul(pow10(p - 1)).ok_or(ovf(toks_only.len()))?;
            num = Some(shifted);
        }
    }
    let v = total
        .checked_add(section)
        .and_then(|v| v.checked_add(num.unwrap_or(Decimal::ZERO)))
        .ok_or(ovf(toks_only.len()))?;
    Ok(v)
}

/// A numeral with no 十百千万亿: one Arabic run, or Chinese digits read one
/// by one (二〇〇二, 一七二零), with one optional 点.
fn eval_digits(toks: &[Tok]) -> Result<Decimal, EvalError> {
    let mut int = Decimal::ZERO;
    let mut frac_scale: Option<u32> = None;
    let mut frac = Decimal::ZERO;
    let mut int_digits = 0usize;
    for (i, tok) in toks.iter().enumerate() {
        match *tok {
            Tok::Point => {
                if frac_scale.is_some() || i == 0 {
                    return Err(bad(i));
                }
                frac_scale = Some(0);
            }
            Tok::Num {
                value,
                arabic,
                digits,
                ..
            } => {
                if let Some(scale) = frac_scale.as_mut() {
                    frac = push_fraction(frac, tok, scale, i)?;
                } else if arabic {
                    if i != 0 {
                        return Err(bad(i));
                    }
                    int = value;
                    int_digits += digits;
                } else {
                    if matches!(toks.first(), Some(Tok::Num { arabic: true, .. })) {
                        return Err(bad(i));
                    }
                    int_digits += 1;
                    if int_digits > MAX_DIGITS {
                        return Err(ovf(i));
                    }
                    int = int
                        .checked_mul(Decimal::TEN)
                        .and_then(|v| v.checked_add(value))
                        .ok_or(ovf(i))?;
                }
            }
            _ => return Err(bad(i)),
        }
    }
    int.checked_add(frac).ok_or(ovf(toks.len()))
}

/// Decimal places kept when the quotient of a fraction does not terminate
/// (三分之一 = 0.333333); a terminating quotient is kept exact.
pub(crate) const FRACTION_DP: u32 = 6;

/// The quotient `num / den`, exact when the division terminates (the
/// reduced denominator has no prime factor but 2 and 5), otherwise rounded
/// half away from zero to [`FRACTION_DP`] places. `None` for a zero
/// denominator or an overflow. `ratio(1, 16)` = 0.0625, `ratio(2, 3)` =
/// 0.666667.
pub(crate) fn ratio(num: Decimal, den: Decimal) -> Option<Decimal> {
    if den.is_zero() {
        return None;
    }
    let q = num.checked_div(den)?;
    if terminates(num, den) {
        Some(q.normalize())
    } else {
        Some(
            q.round_dp_with_strategy(FRACTION_DP, RoundingStrategy::MidpointAwayFromZero)
                .normalize(),
        )
    }
}

/// Whether `num / den` has a finite decimal expansion (checked on integer
/// mantissas at a common scale, so no rounding can fool it).
fn terminates(num: Decimal, den: Decimal) -> bool {
    let scale = num.scale().max(den.scale());
    let lift = |d: Decimal| -> Option<u128> {
        let mut m = d.mantissa().unsigned_abs();
        for _ in d.scale()..scale {
            m = m.checked_mul(10)?;
        }
        Some(m)
    };
    let (Some(mut a), Some(mut b)) = (lift(num), lift(den)) else {
        return false;
    };
    if b == 0 {
        return false;
    }
    // b / gcd(a, b)
    let d = b;
    while b != 0 {
        let t = a % b;
        a = b;
        b = t;
    }
    let mut rest = d / a.max(1);
    for p in [2u128, 5] {
        while rest % p == 0 {
            rest /= p;
        }
    }
    rest == 1
}

/// A fraction `N分之M` read at the start of a string.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Fraction {
    /// M, the numerator (一 in 三分之一).
    pub num: Decimal,
    /// N, the denominator (三 in 三分之一).
    pub den: Decimal,
    /// Byte length of the whole fraction.
    pub end: usize,
}

/// Reads `N分之M` at the start of `s`.
///
/// Rule: a numeral N (a whole number, at least 2, magnitudes included:
/// 一百万分之五), then 分之, then a numeral M (decimals allowed: 一百分之
/// 五十五点五七九, but only over 100, 1000 or 10000). Accepts `三分之一`,
/// `三分之二以上` (end before 以上),
/// `１６分之5`, `十分之一`; returns `None` for `三分`, `一分之一`,
/// `零分之一` and `五百分之2.2`. The 百分之/千分之/万分之 forms with no
/// leading digit are the quantity grammar's percent prefixes, not read here.
pub(crate) fn read_fraction(s: &str) -> Option<Fraction> {
    // cheap first: 分之 must follow the run of characters a numeral may hold
    let run = s.find(|c: char| !may_be_in_numeral(c)).unwrap_or(s.len());
    if !s.get(run..).is_some_and(|r| r.starts_with("分之")) {
        return None;
    }
    let den_ext = extent(s, Mode::Text)?;
    let tail = s.get(den_ext.end..)?.strip_prefix("分之")?;
    if den_ext.overflow {
        return None;
    }
    let den = evaluate(&den_ext.toks).ok()?;
    if den < Decimal::TWO || !den.fract().is_zero() {
        return None;
    }
    let first = tail.chars().next()?;
    if !starts_numeral(first) && small_unit(first).is_none() {
        return None;
    }
    let num_ext = extent(tail, Mode::Text)?;
    if num_ext.overflow {
        return None;
    }
    let num = evaluate(&num_ext.toks).ok()?;
    // decimals in the numerator only over 100, 1000, 10000 (一百分之五点五):
    // 五百分之2.2 is no fraction a document writes
    let per_cent_form = [100, 1000, 10_000].map(Decimal::from).contains(&den);
    if !num.fract().is_zero() && !per_cent_form {
        return None;
    }
    Some(Fraction {
        num,
        den,
        end: s.len() - tail.len() + num_ext.end,
    })
}

/// Whether [`extent`] (in text mode) could read `c` as part of a numeral:
/// a loose superset, used to skip work, never to decide.
fn may_be_in_numeral(c: char) -> bool {
    arabic_digit(c).is_some()
        || cjk_digit(c).is_some()
        || small_unit(c).is_some()
        || big_unit(c).is_some()
        || tens_char(c).is_some()
        || matches!(c, '.' | '．' | ',' | '，' | '点' | '點')
}

/// A whole string that is a fraction or a mixed number: `N分之M` or
/// `A又N分之M`, with nothing after it. The value is A + M/N ([`ratio`]).
fn whole_fraction(s: &str) -> Option<Decimal> {
    if let Some(f) = read_fraction(s) {
        return (f.end == s.len()).then(|| ratio(f.num, f.den)).flatten();
    }
    let ext = extent(s, Mode::Whole)?;
    if ext.overflow {
        return None;
    }
    let tail = s.get(ext.end..)?.strip_prefix('又')?;
    let f = read_fraction(tail)?;
    if f.end != tail.len() {
        return None;
    }
    let whole = evaluate(&ext.toks).ok()?;
    whole.checked_add(ratio(f.num, f.den)?)
}

/// Two adjacent Chinese digits that start a numeral (两三, 七八十, 八九亿)
/// or the colloquial 三五: the numeral read with the first digit and with
/// the second. 一二 is a list, not a pair (only 一两 is); a pair must be
/// followed by nothing but 十百千万亿 (三四十 = 30–40, but 二三四 is a
/// digit-by-digit reading).
fn approx_pair(s: &str, toks: &[(Tok, usize)]) -> Option<(Decimal, Decimal)> {
    let digit = |t: Option<&(Tok, usize)>| match t.map(|(t, _)| *t) {
        Some(Tok::Num {
            value,
            arabic: false,
            digits: 1,
            ..
        }) => Some(value),
        _ => None,
    };
    let a = digit(toks.first())?;
    let b = digit(toks.get(1))?;
    let units = toks.get(2..)?;
    if !units
        .iter()
        .all(|(t, _)| matches!(t, Tok::Small(_) | Tok::Big(_)))
    {
        return None;
    }
    let adjacent = b == a + Decimal::ONE
        && (a > Decimal::ONE || s.starts_with("一两") || s.starts_with("一兩"));
    let three_five = a == Decimal::from(3) && b == Decimal::from(5);
    if !adjacent && !three_five {
        return None;
    }
    let with = |d: &(Tok, usize)| -> Option<Decimal> {
        let mut v: Vec<(Tok, usize)> = Vec::with_capacity(units.len() + 1);
        v.push(*d);
        v.extend_from_slice(units);
        evaluate(&v).ok()
    };
    let lo = with(toks.first()?)?;
    let hi = with(toks.get(1)?)?;
    (lo < hi).then_some((lo, hi))
}

/// A numeral read for a quantity: the core value, with a trailing magnitude
/// (万, 亿, 万亿; after Arabic digits also 千万, 百万, 千) left out so the
/// unit keeps it as written.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Core {
    /// The value of the core (1.5 in 1.5万; the low end of a pair: 7 in 七八).
    pub value: Decimal,
    /// The high end of an approximate pair (8 in 七八, 40 in 三四十).
    pub value_max: Option<Decimal>,
    /// Byte length of the core.
    pub end: usize,
    /// Byte length of the whole numeral run (core + magnitude chars); the
    /// scanner resumes after it.
    pub run_end: usize,
    /// Whether the first token is Chinese (三, 十二).
    pub chinese: bool,
    /// Number of Arabic digits in the integer part (0 for Chinese).
    pub int_digits: usize,
}

/// Reads the numeral at the start of `s` for the quantity grammar.
///
/// Rule: the longest numeral ([`extent`] in text mode); a trailing run of
/// 万/亿/兆 (and, right after an Arabic run, 十/百/千 too) is left out of the
/// core. Accepts `1.5万亩` (core 1.5), `三千万元` (core 3000), `3千万`
/// (core 3), `十二` (12), `七八个` (7, max 8), `三四十万` (30, max 40,
/// magnitude 万 left out); returns `None` for `十四五` (not one number) and
/// for `万`.
pub(crate) fn read_core(s: &str) -> Option<Core> {
    let ext = extent(s, Mode::Text)?;
    if ext.overflow {
        return None;
    }
    let toks = &ext.toks;
    // strip the trailing magnitude chain
    let mut cut = toks.len();
    while cut > 0 {
        match toks.get(cut - 1).map(|(t, _)| *t) {
            Some(Tok::Big(_)) => cut -= 1,
            Some(Tok::Small(_)) => {
                // only as part of a chain that follows an Arabic run
                let mut k = cut - 1;
                while k > 0
                    && matches!(
                        toks.get(k - 1).map(|(t, _)| *t),
                        Some(Tok::Small(_) | Tok::Big(_))
                    )
                {
                    k -= 1;
                }
                let before_arabic = k > 0
                    && matches!(
                        toks.get(k - 1).map(|(t, _)| *t),
                        Some(Tok::Num { arabic: true, .. })
                    );
                if before_arabic {
                    cut = k;
                }
                break;
            }
            _ => break,
        }
    }
    // 四十九兆九千五百九十二億: a core that already holds a section unit
    // keeps the trailing one (it is part of the number, not a magnitude)
    if cut < toks.len()
        && toks
            .get(..cut)
            .is_some_and(|c| c.iter().any(|(t, _)| matches!(t, Tok::Big(_))))
    {
        cut = toks.len();
    }
    let core_toks = toks.get(..cut)?;
    if core_toks.is_empty() {
        return None;
    }
    let end = core_toks.last().map(|(_, e)| *e)?;
    let (value, value_max) = match approx_pair(s, core_toks) {
        Some((lo, hi)) => (lo, Some(hi)),
        None => (evaluate(core_toks).ok()?, None),
    };
    let (chinese, int_digits) = match core_toks.first().map(|(t, _)| *t) {
        Some(Tok::Num {
            arabic: true,
            digits,
            ..
        }) => (false, digits),
        _ => (true, 0),
    };
    Some(Core {
        value,
        value_max,
        end,
        run_end: ext.end,
        chinese,
        int_digits,
    })
}

/// Parses a whole string as one number, exactly (no floating point).
///
/// Accepts Arabic numerals with decimals and thousands separators
/// (`1,234.5`), full-width digits (`１２３．５`), Chinese numerals in 小写
/// and 大写 (`一百零五`, `两千`, `〇`, `壹佰贰拾叁`), digit-by-digit readings
/// (`二〇二二`), mixed forms (`1.5万`, `3.85亿`, `100万三千`), fractions and
/// mixed numbers (`五分之一` = 0.2, `3又一千分之23` = 3.023; a quotient that
/// does not terminate is rounded to six places, `三分之一` = 0.333333), approximate
/// markers inside the number (`2万余` = 20000, `一千多万` = 10000000) and a
/// sign (`负`, `-`). Leading and trailing ASCII whitespace is ignored.
///
/// ```
/// use govreport::{parse_number, Decimal};
/// assert_eq!(parse_number("3.85亿").unwrap(), Decimal::from(385_000_000));
/// assert_eq!(parse_number("一千五百").unwrap(), Decimal::from(1500));
/// assert_eq!(parse_number("１，２３４．５").unwrap(), Decimal::new(12345, 1));
/// assert_eq!(parse_number("12abc").unwrap_err().kind(), govreport::ErrorKind::TrailingInput);
/// ```
///
/// # Errors
/// [`ErrorKind::Empty`] for a blank string, [`ErrorKind::ExpectedNumber`]
/// when no numeral starts the string or it is malformed (`十一十二`),
/// [`ErrorKind::TrailingInput`] when text follows the numeral (its span is
/// that text), [`ErrorKind::Overflow`] for more than 28 digits or a value
/// beyond an exact decimal.
pub fn parse_number(s: &str) -> Result<Decimal, Error> {
    let trimmed_start = s.len() - s.trim_start().len();
    let trimmed_end = s.trim_end().len();
    if trimmed_end <= trimmed_start {
        return Err(Error::new(ErrorKind::Empty, Span::new(0, s.len())));
    }
    let body = s.get(trimmed_start..trimmed_end).unwrap_or("");
    let (negative, sign_len) = match body.chars().next() {
        Some(c @ ('-' | '－' | '负' | '負')) => (true, c.len_utf8()),
        Some(c @ ('+' | '＋')) => (false, c.len_utf8()),
        _ => (false, 0),
    };
    let start = trimmed_start + sign_len;
    let rest = s.get(start..trimmed_end).unwrap_or("");
    let first_len = rest.chars().next().map_or(0, char::len_utf8);
    if let Some(v) = whole_fraction(rest) {
        return Ok(if negative && !v.is_zero() { -v } else { v });
    }
    let Some(ext) = extent(rest, Mode::Whole) else {
        return Err(Error::new(
            ErrorKind::ExpectedNumber,
            Span::new(start, start + first_len),
        ));
    };
    let end = start + ext.end;
    if end < trimmed_end {
        return Err(Error::new(
            ErrorKind::TrailingInput,
            Span::new(end, trimmed_end),
        ));
    }
    if ext.overflow {
        return Err(Error::new(ErrorKind::Overflow, Span::new(start, end)));
    }
    let value = evaluate(&ext.toks).map_err(|e| {
        let tok_start = if e.at == 0 {
            0
        } else {
            ext.toks.get(e.at - 1).map_or(0, |(_, end)| *end)
        };
        let tok_end = ext.toks.get(e.at).map_or(ext.end, |(_, end)| *end);
        let span = if e.kind == ErrorKind::Overflow {
            Span::new(start, end)
        } else {
            Span::new(start + tok_start, start + tok_end)
        };
        Error::new(e.kind, span)
    })?;
    // 负零 is 0, not -0 (which would print as "-0")
    Ok(if negative && !value.is_zero() {
        -value
    } else {
        value
    })
}
