//! nom grammars, one module per construct. Crate-private: no nom type
//! appears in the public API.

pub(crate) mod date;
pub(crate) mod heading;
pub(crate) mod indicator;
pub(crate) mod meta;
pub(crate) mod metric;
pub(crate) mod numeral;
pub(crate) mod quantity;
pub(crate) mod units;
