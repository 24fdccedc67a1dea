//! Quantities (stub).
