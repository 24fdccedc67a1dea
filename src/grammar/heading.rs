//! Heading ordinals and item numbers.
