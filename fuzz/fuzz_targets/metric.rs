//! The small parsers on arbitrary UTF-8: `Metric::from_str`,
//! `parse_number` and `Unit::parse_list` must return, never panic; what
//! they return must be consistent with the input.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match text.parse::<govreport::Metric>() {
        Ok(m) => {
            assert_eq!(m.span.get(text), Some(m.text.as_str()), "metric span {} off", m.span);
            if let Some(max) = m.value_max {
                let _ = max.cmp(&m.value);
            }
        }
        Err(e) => {
            let _ = e.to_string();
        }
    }
    if let Err(e) = govreport::parse_number(text) {
        let _ = e.to_string();
    }
    if let Ok(units) = govreport::Unit::parse_list(text) {
        for u in &units {
            assert!(u.span.get(text).is_some(), "unit span {} off", u.span);
        }
    }
});
