//! # govreport
//!
//! Turns the text of Chinese government planning documents — work reports
//! (政府工作报告), their task-breakdown notices (重点工作分解 / 责任分解方案 /
//! 任务分工方案) and action plans (实施方案) — into a typed [`Document`]: the
//! year's **targets**, the numbered **tasks**, the **units** responsible for
//! each, and every **metric** (percentage, money amount, count) with its
//! bound and its exact place in the source.
//!
//! ```
//! use govreport::{Bound, Change, Role};
//!
//! let text = "\
//! 一、经济社会发展指标
//! 1.地区生产总值增长6%以上。(责任单位:区发改局)
//! 二、重点工作
//! （一）扩大有效投资
//! 2.力争全年签约重点项目20个以上,到位资金突破50亿元。(牵头单位:区招商中心;责任单位:区发改、财政局)
//! ";
//! let doc = govreport::parse(text);
//!
//! let target = &doc.targets()[0];
//! assert_eq!(target.standard.as_deref(), Some("gdp"));
//! assert_eq!(target.metric.as_ref().unwrap().bound, Bound::AtLeast);
//!
//! let task = &doc.tasks()[0];
//! assert_eq!(task.number.as_deref(), Some("2"));
//! assert_eq!(task.path, ["二、", "（一）"]);
//! let names: Vec<(&str, Role)> = task.units.iter().map(|u| (u.name.as_str(), u.role)).collect();
//! assert_eq!(names, [("区招商中心", Role::Lead), ("区发改局", Role::Responsible), ("区财政局", Role::Responsible)]);
//!
//! let money = &task.metrics[1];
//! assert_eq!(money.value.to_string(), "50");
//! assert_eq!(money.unit.as_deref(), Some("亿元"));
//! assert_eq!(money.base_value.to_string(), "5000000000");
//! assert_eq!(money.bound, Bound::AtLeast);
//! assert_eq!(money.change, Some(Change::Level));
//! assert_eq!(doc.text(money.span), Some("到位资金突破50亿元"));
//! ```
//!
//! ## The model
//!
//! [`parse`] never fails and never panics. It returns a [`Document`] with
//! the [`DocumentKind`], the [`Meta`] (title, issuer, document number,
//! published date, plan year), the heading tree of [`Section`]s, the
//! [`Target`]s, the [`Task`]s with their [`Unit`]s and [`Metric`]s, the
//! glossary [`Note`]s, the [`Diagnostic`]s, and a lossless list of
//! [`Block`]s. The model is plain `serde` data; its JSON is what the
//! `extract` example prints.
//!
//! Its strings are [`Text`]s: slices of the document's source shared
//! rather than copied (a parsed document costs about 2.5× its input besides
//! the input itself), which read as `&str` and serialise as plain strings.
//!
//! ## Spans
//!
//! Every task, target, unit, metric, section and block carries a byte
//! [`Span`] into the input. The input is never rewritten (full-width forms,
//! CRLF and BOMs stay where they are), so spans are exact; [`Span::get`]
//! never panics, and [`Document::check_tiling`] verifies that the blocks
//! cover every byte once.
//!
//! ## Diagnostics
//!
//! What the parser could not place — an unclosed responsibility
//! parenthetical on a cut page, a heading glued onto the previous item, a
//! declared item count that differs from what was found — becomes a
//! [`Diagnostic`] with a code, a severity and a span. Nothing is dropped
//! silently.
//!
//! ## Conventions
//!
//! * **Bounds**: 以上/不少于/不低于/超过/突破/至少/余/多 → [`Bound::AtLeast`];
//!   左右/约/近 → [`Bound::Approx`]; 以内/以下/不超过 → [`Bound::AtMost`];
//!   1-2家, 3至5个, 7.5%—8% → [`Bound::Range`]; otherwise [`Bound::Exact`].
//!   力争/确保 do not change the bound.
//! * **Change**: 增长/提高/增加 → growth; 下降/降低/减少 → decline;
//!   占比/比重 → share; amounts, counts and rates held at a level → level.
//! * **Units**: lists are split on 、，,;； and elided shared parts are
//!   restored: 区科经、商务局 → 区科经局, 区商务局 (`raw` keeps what was written).
//! * **Targets** are the plan year's; last year's achieved figures stay
//!   metrics of the review section.
//!
//! ## Limitations
//!
//! The grammars are rule-based and cover the layouts of government web
//! pages (numbered items, parentheticals, role lines, flattened and pipe
//! tables, Markdown exports, lines broken inside words as PDF text is);
//! free prose outside these layouts yields metrics but no tasks. Scanned
//! PDFs and HTML must be converted to text first.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod assemble;
mod diagnostic;
mod error;
pub(crate) mod grammar;
mod layout;
mod model;
mod span;

pub use chrono::NaiveDate;
pub use diagnostic::{Diagnostic, DiagnosticCode, Severity};
pub use error::{Error, ErrorKind};
pub use grammar::numeral::parse_number;
pub use model::*;
pub use rust_decimal::Decimal;
pub use span::Span;

/// Parses a document. Never fails and never panics: whatever cannot be
/// understood becomes a [`Diagnostic`], and the [`Block`]s always cover
/// every byte of `text`.
///
/// ```
/// let doc = govreport::parse("1.新建城市书房40个。(责任单位:区文旅局)\n");
/// assert_eq!(doc.tasks()[0].units[0].name, "区文旅局");
/// assert_eq!(doc.check_tiling("1.新建城市书房40个。(责任单位:区文旅局)\n"), Ok(()));
/// ```
pub fn parse(text: &str) -> Document {
    parse_owned(text)
}

/// Parses a document that the caller hands over, keeping it as the
/// document's source instead of copying it.
///
/// [`parse`] copies its input so that [`Document::text`] can read spans back;
/// for large inputs and batch jobs this form saves that copy. An
/// `Arc<str>` is shared as is (the caller may keep a clone); a `String` or
/// `Box<str>` is converted once, before parsing, so the document's peak
/// memory never holds two copies of the text next to the model.
///
/// ```
/// use std::sync::Arc;
/// let text: Arc<str> = Arc::from("1.新建城市书房40个。(责任单位:区文旅局)\n");
/// let doc = govreport::parse_owned(Arc::clone(&text));
/// assert_eq!(doc.text(doc.tasks()[0].span), Some("1.新建城市书房40个。(责任单位:区文旅局)"));
/// let doc = govreport::parse_owned(String::from("二、主要目标\n"));
/// assert_eq!(doc.sections()[0].title, "主要目标");
/// ```
pub fn parse_owned(text: impl Into<std::sync::Arc<str>>) -> Document {
    let text: std::sync::Arc<str> = text.into();
    // HTML left in the text is read through a copy of the same length
    let (read, markup) = match layout::markup::unmarked(&text) {
        Some((copy, first)) => (std::sync::Arc::from(copy), Some(first)),
        None => (text, None),
    };
    let mut doc = grammar::fold::for_document(&read, || {
        let (blocks, mut diagnostics) = layout::layout(&read);
        if let Some(span) = markup {
            diagnostics.push(Diagnostic::new(
                DiagnosticCode::HtmlMarkup,
                Severity::Info,
                span,
                "HTML markup read as the spaces, line breaks and characters it stands for",
            ));
        }
        assemble::assemble(&read, blocks, diagnostics)
    });
    doc.source = Some(read);
    doc
}

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
