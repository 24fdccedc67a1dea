//! The typed document model: plain data, `serde`, no parsing logic.

mod document;
mod metric;
mod section;
mod task;
mod text;
mod unit;

pub use document::{Block, BlockKind, Document, DocumentKind, Meta, Note};
pub use metric::{Bound, Change, Metric};
pub use section::{Section, SectionRole};
pub use task::{Deadline, Target, Task};
pub use text::Text;
pub use unit::{Role, Unit};
