//! Dates and deadlines.
