//! `govreport::parse` on arbitrary UTF-8: it must not panic, the blocks
//! must tile the input, and every span it hands out must slice the input on
//! character boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;

fn check_sections(text: &str, sections: &[govreport::Section]) {
    for s in sections {
        assert!(s.span.get(text).is_some(), "section span {} off", s.span);
        check_sections(text, &s.children);
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let doc = govreport::parse(text);
    if let Err(span) = doc.check_tiling(text) {
        panic!("blocks do not tile the input at {span}");
    }
    for m in doc.metrics() {
        assert!(m.span.get(text).is_some(), "metric span {} off", m.span);
        // texts are pieces of the text as read (HTML markup rendered)
        assert_eq!(doc.text(m.span), Some(m.text.as_str()), "metric text {} off", m.span);
    }
    for t in doc.tasks() {
        assert!(t.span.get(text).is_some(), "task span {} off", t.span);
        for u in &t.units {
            assert!(u.span.get(text).is_some(), "unit span {} off", u.span);
            assert_eq!(doc.text(u.span), Some(u.raw.as_str()), "unit raw {} off", u.span);
        }
        for m in &t.metrics {
            assert!(m.span.get(text).is_some(), "task metric span {} off", m.span);
        }
        if let Some(d) = &t.deadline {
            assert!(d.span.get(text).is_some(), "deadline span {} off", d.span);
            assert_eq!(doc.text(d.span), Some(d.text.as_str()), "deadline text {} off", d.span);
        }
    }
    for t in doc.targets() {
        assert!(t.span.get(text).is_some(), "target span {} off", t.span);
        for u in &t.units {
            assert!(u.span.get(text).is_some(), "target unit span {} off", u.span);
        }
        if let Some(m) = &t.metric {
            assert!(m.span.get(text).is_some(), "target metric span {} off", m.span);
        }
    }
    for d in doc.diagnostics() {
        assert!(d.span.get(text).is_some(), "diagnostic span {} off", d.span);
    }
    for n in &doc.notes {
        assert!(n.span.get(text).is_some(), "note span {} off", n.span);
        for r in &n.references {
            assert!(r.get(text).is_some(), "note reference {r} off");
        }
    }
    check_sections(text, doc.sections());
});
