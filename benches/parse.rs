//! Throughput and scaling of `govreport::parse`.
//!
//! ```text
//! cargo bench --bench parse -- --warm-up-time 1 --measurement-time 3
//! cargo bench --bench parse -- scaling/           # one group
//! ```
//!
//! Groups:
//!
//! * `corpus` — each document of `../shared/corpus/docs` (skipped with a
//!   message when the folder is missing) and the built-in sample.
//! * `scaling` — the corpus documents concatenated to 1, 4, 16 and 64 MB.
//!   Cost must be linear: 64 MB should take at most 66× the 1 MB time.
//! * `json` — `serde_json::to_string` of the parsed 1 MB and 64 MB
//!   documents; the throughput is the JSON written.
//! * `regex_yardstick` — one `regex` pass over the same texts with a pattern
//!   for the commonest metrics: what a naive extractor costs.
//! * `micro` — `Metric::from_str`, `parse_number`, `Unit::parse_list`.
//! * `pathological` — hostile inputs at 1×, 4× and 16×: time must grow
//!   linearly with the factor.

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput};
use govreport::{Metric, Unit};

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/docs");
const SAMPLE: &str = include_str!("../examples/data/sample.txt");
const MB: usize = 1 << 20;
const YARDSTICK: &str = r"\d+(\.\d+)?(%|亿元|万元|个|家)(以上|左右|以内)?";

/// The corpus documents, sorted by name; empty (with a message) when the
/// corpus is missing.
fn corpus() -> Vec<(String, String)> {
    let dir = Path::new(CORPUS);
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            eprintln!(
                "bench: corpus {} not readable ({e}); corpus benches skipped",
                dir.display()
            );
            return Vec::new();
        }
    };
    let mut docs: Vec<(String, String)> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .filter_map(|p| {
            let name = p.file_stem()?.to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&p).ok()?;
            Some((name, text))
        })
        .collect();
    docs.sort();
    docs
}

/// Whole documents, each ending in a line break, repeated until the text
/// reaches `size` bytes (cut at the last line break before it).
fn concatenated(docs: &[&str], size: usize) -> String {
    let mut out = String::with_capacity(size + 64 * 1024);
    if docs.iter().all(|d| d.is_empty()) {
        return out;
    }
    'fill: loop {
        for d in docs {
            if out.len() + d.len() + 1 > size {
                break 'fill;
            }
            out.push_str(d);
            if !d.ends_with('\n') {
                out.push('\n');
            }
        }
    }
    // top up with whole lines of the first documents
    for line in docs.iter().flat_map(|d| d.split_inclusive('\n')) {
        if out.len() + line.len() > size {
            break;
        }
        out.push_str(line);
    }
    out
}

fn bench_corpus(c: &mut Criterion) {
    let mut g = c.benchmark_group("corpus");
    g.throughput(Throughput::Bytes(SAMPLE.len() as u64));
    g.bench_function("sample", |b| b.iter(|| govreport::parse(black_box(SAMPLE))));
    for (name, text) in corpus() {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(&name), text.as_str(), |b, t| {
            b.iter(|| govreport::parse(black_box(t)));
        });
    }
    g.finish();
}

/// The big texts: 1, 4, 16 and 64 MB of corpus documents (or of the sample
/// when the corpus is missing).
fn big_texts() -> Vec<(usize, String)> {
    let docs = corpus();
    let sources: Vec<&str> = if docs.is_empty() {
        vec![SAMPLE]
    } else {
        docs.iter().map(|(_, t)| t.as_str()).collect()
    };
    [1, 4, 16, 64]
        .into_iter()
        .map(|mb| (mb, concatenated(&sources, mb * MB)))
        .collect()
}

fn big_group<'a>(
    c: &'a mut Criterion,
    name: &str,
) -> criterion::BenchmarkGroup<'a, criterion::measurement::WallTime> {
    let mut g = c.benchmark_group(name);
    g.sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    g
}

fn bench_big(c: &mut Criterion) {
    let texts = big_texts();

    let mut g = big_group(c, "scaling");
    for (mb, text) in &texts {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(
            BenchmarkId::new("parse", format!("{mb}MB")),
            text.as_str(),
            |b, t| {
                b.iter(|| govreport::parse(black_box(t)));
            },
        );
    }
    g.finish();

    let mut g = big_group(c, "json");
    for (mb, text) in texts.iter().filter(|(mb, _)| *mb == 1 || *mb == 64) {
        let doc = govreport::parse(text);
        let json_len = serde_json::to_string(&doc).map_or(0, |j| j.len());
        eprintln!(
            "bench: {mb} MB input -> {:.1} MB of JSON",
            json_len as f64 / MB as f64
        );
        g.throughput(Throughput::Bytes(json_len as u64));
        g.bench_with_input(
            BenchmarkId::new("to_string", format!("{mb}MB")),
            &doc,
            |b, d| {
                b.iter(|| serde_json::to_string(black_box(d)));
            },
        );
    }
    g.finish();

    let re = match regex::Regex::new(YARDSTICK) {
        Ok(re) => re,
        Err(e) => {
            eprintln!("bench: yardstick regex does not compile: {e}");
            return;
        }
    };
    let mut g = big_group(c, "regex_yardstick");
    for (mb, text) in &texts {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(
            BenchmarkId::new("find_iter", format!("{mb}MB")),
            text.as_str(),
            |b, t| {
                b.iter(|| re.find_iter(black_box(t)).count());
            },
        );
    }
    g.finish();
}

fn bench_micro(c: &mut Criterion) {
    let mut g = c.benchmark_group("micro");
    for phrase in [
        "地区生产总值增长5.5%左右",
        "到位资金突破50亿元",
        "城镇登记失业率控制在4.5%以内",
        "新建公园3个",
    ] {
        g.bench_with_input(
            BenchmarkId::new("metric_from_str", phrase),
            phrase,
            |b, p| {
                b.iter(|| black_box(p).parse::<Metric>());
            },
        );
    }
    for n in ["669.8", "１２３４．５", "一千二百三十四", "1.2万"] {
        g.bench_with_input(BenchmarkId::new("parse_number", n), n, |b, n| {
            b.iter(|| govreport::parse_number(black_box(n)));
        });
    }
    for list in [
        "区发改局",
        "区科经、商务局",
        "区发改、财政、商务局,各街道办事处",
        "区财政局(金融办)、区人社局;区住建局",
    ] {
        g.bench_with_input(BenchmarkId::new("unit_parse_list", list), list, |b, l| {
            b.iter(|| Unit::parse_list(black_box(l)));
        });
    }
    g.finish();
}

/// Hostile inputs, built at a base size and then 4× and 16× that.
fn pathological(factor: usize) -> Vec<(&'static str, String)> {
    let n = 4_096 * factor;
    vec![
        (
            "huge_line",
            "推进高质量发展,增长6%以上,新增500家;".repeat(n / 4),
        ),
        (
            "unbalanced_brackets",
            format!("1.推进{}完成。\n", "(（".repeat(n)),
        ),
        (
            "unit_list",
            format!(
                "1.推进改革。(责任单位:{}区发改局)\n",
                "区发改局、".repeat(n / 2)
            ),
        ),
        (
            "digit_run",
            format!("1.新增{}个。\n", "1234567890".repeat(n / 2)),
        ),
        (
            "enumeration_commas",
            format!("1.{}。\n", "、".repeat(4 * n)),
        ),
        ("repeated_headings", "一、\n（一）\n1.\n".repeat(n / 2)),
        (
            "continuation_lines",
            format!(
                "1.推进改革，\n{}",
                "继续推进，新增企业5\n家，\n".repeat(n / 4)
            ),
        ),
    ]
}

fn bench_pathological(c: &mut Criterion) {
    let mut g = c.benchmark_group("pathological");
    g.sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    for factor in [1, 4, 16] {
        for (name, text) in pathological(factor) {
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_with_input(
                BenchmarkId::new(name, format!("{factor}x")),
                text.as_str(),
                |b, t| {
                    b.iter(|| govreport::parse(black_box(t)));
                },
            );
        }
    }
    g.finish();
}

fn main() {
    let mut c = Criterion::default().configure_from_args();
    bench_corpus(&mut c);
    bench_micro(&mut c);
    bench_pathological(&mut c);
    bench_big(&mut c);
    c.final_summary();
}
