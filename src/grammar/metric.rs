//! Metrics: indicator + change + quantity. (stub, to be replaced)
use crate::Metric;

/// Every metric in `text`, with spans shifted by `offset`.
pub(crate) fn scan_metrics(_text: &str, _offset: usize) -> Vec<Metric> {
    Vec::new()
}

impl std::str::FromStr for Metric {
    type Err = crate::Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Metric::parse(s)
    }
}

impl Metric {
    /// Parses one metric phrase.
    ///
    /// # Errors
    /// When the phrase holds no quantity.
    pub fn parse(s: &str) -> Result<Metric, crate::Error> {
        scan_metrics(s, 0).into_iter().next().ok_or_else(|| {
            crate::Error::new(
                crate::ErrorKind::ExpectedQuantity,
                crate::Span::new(0, s.len()),
            )
        })
    }
}
