use crate::Text;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::{Diagnostic, Metric, Section, Span, Target, Task};

/// A parsed document: what [`crate::parse`] returns.
///
/// ```
/// let doc = govreport::parse("一、主要目标\n1.地区生产总值增长6%。(责任单位:区发改局)\n");
/// assert_eq!(doc.targets().len(), 1);
/// assert_eq!(doc.metrics().len(), 1);
/// let span = doc.metrics()[0].span;
/// assert_eq!(doc.text(span), Some("地区生产总值增长6%"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Document {
    /// What sort of document it is.
    pub kind: DocumentKind,
    /// Title, issuer, dates.
    pub meta: Meta,
    /// The heading tree.
    pub sections: Vec<Section>,
    /// The plan year's targets.
    pub targets: Vec<Target>,
    /// Numbered tasks and lead-phrase paragraphs.
    pub tasks: Vec<Task>,
    /// Every quantity in the document, in source order.
    pub metrics: Vec<Metric>,
    /// Footnotes and glossary entries.
    pub notes: Vec<Note>,
    /// What the parser noticed but could not place.
    pub diagnostics: Vec<Diagnostic>,
    /// The input split into classified blocks that cover every byte once.
    pub blocks: Vec<Block>,
    #[serde(skip)]
    pub(crate) source_len: usize,
    #[serde(skip)]
    pub(crate) source: Option<std::sync::Arc<str>>,
}

impl Document {
    /// The numbered tasks.
    ///
    /// ```
    /// assert_eq!(govreport::parse("1.推进改革。\n2.扩大开放。\n").tasks().len(), 2);
    /// ```
    pub fn tasks(&self) -> &[Task] {
        &self.tasks
    }

    /// The plan year's targets.
    ///
    /// ```
    /// assert!(govreport::parse("").targets().is_empty());
    /// ```
    pub fn targets(&self) -> &[Target] {
        &self.targets
    }

    /// The top-level sections (each with its children).
    ///
    /// ```
    /// assert_eq!(govreport::parse("一、总体要求\n二、主要目标\n").sections().len(), 2);
    /// ```
    pub fn sections(&self) -> &[Section] {
        &self.sections
    }

    /// Every metric of the document, wherever it sits, in source order.
    ///
    /// ```
    /// let doc = govreport::parse("新增市场主体5000家以上,新建公园3个。");
    /// assert_eq!(doc.metrics().len(), 2);
    /// ```
    pub fn metrics(&self) -> &[Metric] {
        &self.metrics
    }

    /// The diagnostics, in source order.
    ///
    /// ```
    /// assert!(govreport::parse("1.推进改革。\n").diagnostics().is_empty());
    /// ```
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// The blocks, which tile the input exactly.
    ///
    /// ```
    /// let text = "一、总体要求\n\n1.推进改革。";
    /// let doc = govreport::parse(text);
    /// assert_eq!(doc.blocks().last().unwrap().span.end, text.len());
    /// ```
    pub fn blocks(&self) -> &[Block] {
        &self.blocks
    }

    /// The source text under `span`, when the document still holds its
    /// source (documents from [`crate::parse`] do; deserialised ones don't).
    ///
    /// This is the text as read, which every text of the model is a piece
    /// of: the input itself, except that HTML markup left in it (`&nbsp;`,
    /// `&ldquo;`, `<br>`) is read as what it stands for, padded with
    /// invisible characters to the same length (see
    /// [`DiagnosticCode::HtmlMarkup`](crate::DiagnosticCode::HtmlMarkup)), so
    /// that a span holds for the input and for this text alike.
    ///
    /// ```
    /// let doc = govreport::parse("一、总体要求");
    /// assert_eq!(doc.text(govreport::Span::new(0, 3)), Some("一"));
    /// let input = "1.开展&ldquo;项目年&rdquo;活动。";
    /// let doc = govreport::parse(input);
    /// let span = doc.tasks()[0].span;
    /// assert_eq!(&input[span.start..span.end], input);
    /// let read: String = doc.text(span).unwrap().chars().filter(|c| !matches!(c, '\u{200b}' | '\u{ad}')).collect();
    /// assert_eq!(read, "1.开展“项目年”活动。");
    /// ```
    pub fn text(&self, span: Span) -> Option<&str> {
        self.source.as_deref().and_then(|s| span.get(s))
    }

    /// Checks that the blocks cover `0..len` with no gap or overlap, on
    /// character boundaries of `source`. Returns the first offending span.
    ///
    /// ```
    /// let text = "一、总体要求\r\n1.推进改革。";
    /// assert_eq!(govreport::parse(text).check_tiling(text), Ok(()));
    /// ```
    ///
    /// # Errors
    ///
    /// The span of the first block that breaks the tiling.
    pub fn check_tiling(&self, source: &str) -> Result<(), Span> {
        let mut at = 0;
        for b in &self.blocks {
            if b.span.start != at || b.span.end <= b.span.start || b.span.get(source).is_none() {
                return Err(b.span);
            }
            at = b.span.end;
        }
        if at != source.len() {
            return Err(Span::new(at, source.len()));
        }
        Ok(())
    }
}

/// What sort of document was parsed.
///
/// ```
/// assert_eq!(serde_json::to_string(&govreport::DocumentKind::WorkReport).unwrap(), "\"work_report\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DocumentKind {
    /// 重点工作分解 / 责任分解方案 / 任务分工方案 / 任务分解表.
    TaskBreakdown,
    /// 政府工作报告.
    WorkReport,
    /// 实施方案 / 行动方案.
    ActionPlan,
    /// None of the above could be told.
    #[default]
    Unknown,
}

/// Metadata of a document.
///
/// ```
/// let doc = govreport::parse("港政发〔2021〕10号\n发布时间:2021-11-24\n");
/// assert_eq!(doc.meta.doc_number.as_deref(), Some("港政发〔2021〕10号"));
/// assert_eq!(doc.meta.published, chrono::NaiveDate::from_ymd_opt(2021, 11, 24));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Meta {
    /// The document's title (not the breadcrumb or the site name).
    pub title: Option<Text>,
    /// The issuing body.
    pub issuer: Option<Text>,
    /// The document number (港政发〔2021〕10号).
    pub doc_number: Option<Text>,
    /// The publication or signature date.
    pub published: Option<NaiveDate>,
    /// The year the targets are for; for a plan over several years
    /// (三年行动方案（2024—2026年）), its first year.
    pub plan_year: Option<i32>,
}

/// A footnote or glossary entry, linked to the markers that cite it.
///
/// ```
/// let doc = govreport::parse(
///     "推进“两业”融合[1]。\n名词解释\n[1]“两业”融合:先进制造业和现代服务业融合。\n",
/// );
/// let note = &doc.notes[0];
/// assert_eq!(note.marker, "1");
/// assert_eq!(note.term.as_deref(), Some("“两业”融合"));
/// assert_eq!(note.references.len(), 1);
/// assert_eq!(doc.text(note.references[0]), Some("[1]"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Note {
    /// The marker as written inside its brackets (`1` for `[1]`).
    pub marker: Text,
    /// The headword the entry explains: its text before the first colon
    /// (`“两业”融合` in `[5]“两业”融合:……`), when it has one.
    #[serde(default)]
    pub term: Option<Text>,
    /// The entry's text.
    pub text: Text,
    /// Where the entry sits in the input.
    pub span: Span,
    /// Where the body cites the entry: each `[1]` / `［1］` / `【1】` marker
    /// outside the glossary, in source order.
    #[serde(default)]
    pub references: Vec<Span>,
}

/// A classified stretch of the input. Blocks tile the input exactly.
///
/// ```
/// let doc = govreport::parse("一、总体要求\n");
/// assert_eq!(doc.blocks()[0].kind, govreport::BlockKind::Heading);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Block {
    /// What the block is.
    pub kind: BlockKind,
    /// Where it sits, line break included.
    pub span: Span,
}

/// What a [`Block`] is.
///
/// ```
/// assert_eq!(serde_json::to_string(&govreport::BlockKind::TableRow).unwrap(), "\"table_row\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum BlockKind {
    /// A heading: 一、, （一）, 第一章, a —— group.
    Heading,
    /// A numbered item: 1. 2、 （1）.
    Item,
    /// Running text.
    Paragraph,
    /// A row or cell of a table.
    TableRow,
    /// Web-page furniture: breadcrumbs, share links, footers.
    Chrome,
    /// Only whitespace.
    Blank,
}
