//! Assembly (stub).
use crate::{Block, Document};
pub(crate) fn assemble(text: &str, blocks: Vec<Block>) -> Document {
    Document { kind: Default::default(), meta: Default::default(), sections: vec![], targets: vec![], tasks: vec![], metrics: vec![], notes: vec![], diagnostics: vec![], blocks, source_len: text.len(), source: Some(text.into()) }
}
