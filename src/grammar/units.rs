//! Responsibility parentheticals and unit lists (stub, to be replaced).
use crate::{Role, Span, Unit};

/// Whether a unit name denotes a group of units.
pub(crate) fn is_collective(name: &str) -> bool {
    name.starts_with('各') || name.contains("各部门") || name.contains("有关")
}

/// A responsibility statement found in an item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Responsibility {
    /// The units, with roles and absolute spans.
    pub units: Vec<Unit>,
    /// Absolute span of the whole statement (brackets included).
    pub span: Span,
    /// False when the closing bracket is missing.
    pub closed: bool,
    /// A timing phrase inside the parenthetical (年内持续推进), absolute span.
    pub timing: Option<Span>,
}

/// Finds the responsibility parenthetical in an item's text.
pub(crate) fn find_parenthetical(_text: &str, _offset: usize) -> Option<Responsibility> {
    None
}

/// Parses a line that holds only a responsibility statement.
pub(crate) fn parse_role_line(_text: &str, _offset: usize) -> Option<Responsibility> {
    None
}

/// Splits a list of unit names, restoring elided parts.
pub(crate) fn parse_list(text: &str, offset: usize, role: Role) -> Vec<Unit> {
    text.split('、')
        .filter(|s| !s.is_empty())
        .map(|s| Unit::new(s, role, Span::new(offset, offset + s.len())))
        .collect()
}

impl Unit {
    /// Parses a list of unit names.
    ///
    /// # Errors
    /// When the list holds no name.
    pub fn parse_list(s: &str) -> Result<Vec<Unit>, crate::Error> {
        let v = parse_list(s, 0, Role::Responsible);
        if v.is_empty() {
            Err(crate::Error::new(
                crate::ErrorKind::ExpectedUnit,
                Span::new(0, s.len()),
            ))
        } else {
            Ok(v)
        }
    }
}
