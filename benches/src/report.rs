//! Renders a [`Report`] as a terminal table, as Markdown and as JSON.
//! Pure string building, unit-tested on canned reports.

use crate::model::{geomean_speedup, speedup_columns, Cell, Report};
use crate::stats;
use std::fmt::Write;

/// Per-iteration times of one warm-up program under one implementation.
#[derive(Clone, Debug, Default)]
pub struct WarmupSeries {
    pub program: String,
    pub impl_key: String,
    pub iter_secs: Vec<f64>,
    pub error: Option<String>,
}

fn time_cell(c: Option<&Cell>) -> String {
    let Some(c) = c else {
        return "–".into();
    };
    if c.mismatch {
        return "MISMATCH".into();
    }
    if c.error.is_some() {
        return "FAILED".into();
    }
    match (c.median(), stats::min_max(&c.times)) {
        (Some(m), Some((lo, hi))) if c.times.len() > 1 => {
            format!("{m:.3} ({lo:.2}–{hi:.2})")
        }
        (Some(m), _) => format!("{m:.3}"),
        _ => "–".into(),
    }
}

fn rss_cell(c: Option<&Cell>) -> String {
    match c.and_then(|c| c.peak_rss_kib()) {
        Some(k) => format!("{}", (k + 512) / 1024),
        None => "–".into(),
    }
}

fn speed_cell(x: Option<f64>) -> String {
    match x {
        Some(x) => format!("{x:.2}×"),
        None => "–".into(),
    }
}

/// Header and body of the results table, as rows of cells.
pub fn table_cells(rep: &Report) -> (Vec<String>, Vec<Vec<String>>) {
    let cols = speedup_columns(&rep.impls);
    let mut head = vec!["benchmark".to_string()];
    for i in &rep.impls {
        head.push(format!("{} s", short_label(&i.key)));
    }
    for i in &rep.impls {
        head.push(format!("{} MB", short_label(&i.key)));
    }
    for (_, _, h) in &cols {
        head.push(h.clone());
    }
    let mut body = Vec::new();
    for row in &rep.rows {
        let mut cells = vec![row.name.clone()];
        for i in &rep.impls {
            cells.push(time_cell(row.cell(&i.key)));
        }
        for i in &rep.impls {
            cells.push(rss_cell(row.cell(&i.key)));
        }
        for (s, b, _) in &cols {
            cells.push(speed_cell(row.speedup(s, b)));
        }
        body.push(cells);
    }
    if !cols.is_empty() {
        let mut cells = vec!["geometric mean".to_string()];
        for _ in 0..2 * rep.impls.len() {
            cells.push(String::new());
        }
        for (s, b, _) in &cols {
            cells.push(match geomean_speedup(&rep.rows, s, b) {
                Some((g, n)) => format!("{g:.2}× (n={n})"),
                None => "–".into(),
            });
        }
        body.push(cells);
    }
    (head, body)
}

/// Short name of an implementation for narrow columns.
pub fn short_label(key: &str) -> &str {
    match key {
        "piepie" => "piepie",
        "piepie-nojit" => "no-JIT",
        "cpython" => "CPython",
        "pypy" => "PyPy",
        k => k,
    }
}

/// Lines explaining every failed cell, in table order.
pub fn failure_lines(rep: &Report) -> Vec<String> {
    let mut out = Vec::new();
    for row in &rep.rows {
        for i in &rep.impls {
            if let Some(c) = row.cell(&i.key) {
                if let Some(e) = &c.error {
                    out.push(format!("{} under {}: {}", row.name, i.label, e));
                }
            }
        }
    }
    out
}

fn legend() -> &'static str {
    "Times are median wall seconds of the timed runs (min–max in brackets), \
     start-up included; MB is the peak resident set size; a speedup above 1× \
     means piepie was faster."
}

/// The plain-text table for the terminal.
pub fn render_text(rep: &Report) -> String {
    let (head, body) = table_cells(rep);
    let ncols = head.len();
    let mut width = vec![0usize; ncols];
    for r in std::iter::once(&head).chain(body.iter()) {
        for (j, c) in r.iter().enumerate() {
            width[j] = width[j].max(c.chars().count());
        }
    }
    let mut s = String::new();
    let line = |s: &mut String, r: &[String]| {
        let mut l = String::new();
        for (j, c) in r.iter().enumerate() {
            let pad = width[j] - c.chars().count();
            if j == 0 {
                l.push_str(c);
                l.push_str(&" ".repeat(pad));
            } else {
                l.push_str("  ");
                l.push_str(&" ".repeat(pad));
                l.push_str(c);
            }
        }
        s.push_str(l.trim_end());
        s.push('\n');
    };
    line(&mut s, &head);
    let total: usize = width.iter().sum::<usize>() + 2 * (ncols - 1);
    s.push_str(&"-".repeat(total));
    s.push('\n');
    for r in &body {
        line(&mut s, r);
    }
    s.push('\n');
    s.push_str(legend());
    s.push('\n');
    let fails = failure_lines(rep);
    if !fails.is_empty() {
        s.push_str("\nFailures:\n");
        for f in fails {
            let _ = writeln!(s, "  - {f}");
        }
    }
    for n in &rep.notes {
        let _ = writeln!(s, "Note: {n}");
    }
    s
}

fn md_escape(s: &str) -> String {
    s.replace('|', "\\|")
}

/// The Markdown version: machine and command first, then the table,
/// failures and notes.
pub fn render_markdown(rep: &Report) -> String {
    let mut s = String::new();
    for (k, v) in &rep.meta {
        let _ = writeln!(s, "- **{}**: {}", md_escape(k), md_escape(v));
    }
    s.push('\n');
    let (head, body) = table_cells(rep);
    let _ = writeln!(
        s,
        "| {} |",
        head.iter()
            .map(|c| md_escape(c))
            .collect::<Vec<_>>()
            .join(" | ")
    );
    let align: Vec<&str> = (0..head.len())
        .map(|j| if j == 0 { "---" } else { "---:" })
        .collect();
    let _ = writeln!(s, "| {} |", align.join(" | "));
    for r in &body {
        let cells: Vec<String> = r
            .iter()
            .enumerate()
            .map(|(j, c)| {
                if r[0] == "geometric mean" && j == 0 {
                    format!("**{c}**")
                } else {
                    md_escape(c)
                }
            })
            .collect();
        let _ = writeln!(s, "| {} |", cells.join(" | "));
    }
    s.push('\n');
    s.push_str(legend());
    s.push('\n');
    let fails = failure_lines(rep);
    if !fails.is_empty() {
        s.push_str("\nFailures:\n\n");
        for f in fails {
            let _ = writeln!(s, "- {}", md_escape(&f));
        }
    }
    if !rep.notes.is_empty() {
        s.push('\n');
        for n in &rep.notes {
            let _ = writeln!(s, "- Note: {}", md_escape(n));
        }
    }
    s
}

/// A JSON string literal.
pub fn json_str(s: &str) -> String {
    let mut o = String::with_capacity(s.len() + 2);
    o.push('"');
    for ch in s.chars() {
        match ch {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            '\r' => o.push_str("\\r"),
            '\t' => o.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(o, "\\u{:04x}", c as u32);
            }
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

/// A JSON number, or `null` for NaN and infinities (which JSON lacks).
pub fn json_num(x: Option<f64>) -> String {
    match x {
        Some(x) if x.is_finite() => format!("{x}"),
        _ => "null".into(),
    }
}

fn json_list(items: impl IntoIterator<Item = String>) -> String {
    format!("[{}]", items.into_iter().collect::<Vec<_>>().join(", "))
}

/// Everything measured, machine-readable: every timed run, peak RSS,
/// status and checksum per implementation, speedups and geometric means.
pub fn render_json(rep: &Report, warmup: &[WarmupSeries]) -> String {
    let mut s = String::from("{\n");
    let meta: Vec<String> = rep
        .meta
        .iter()
        .map(|(k, v)| format!("{}: {}", json_str(k), json_str(v)))
        .collect();
    let _ = writeln!(s, "  \"meta\": {{{}}},", meta.join(", "));
    let _ = writeln!(s, "  \"reps\": {},", rep.reps);
    let _ = writeln!(s, "  \"warmup_run\": {},", rep.warmup);
    let impls: Vec<String> = rep
        .impls
        .iter()
        .map(|i| {
            format!(
                "{{\"key\": {}, \"label\": {}, \"version\": {}, \"argv\": {}}}",
                json_str(&i.key),
                json_str(&i.label),
                json_str(&i.version),
                json_list(i.argv.iter().map(|a| json_str(a)))
            )
        })
        .collect();
    let _ = writeln!(
        s,
        "  \"implementations\": [\n    {}\n  ],",
        impls.join(",\n    ")
    );
    let cols = speedup_columns(&rep.impls);
    let mut benches = Vec::new();
    for row in &rep.rows {
        let mut results = Vec::new();
        for c in &row.cells {
            let status = if c.mismatch {
                "mismatch"
            } else if c.error.is_some() {
                "failed"
            } else if c.times.is_empty() {
                "not run"
            } else {
                "ok"
            };
            let mm = stats::min_max(&c.times);
            results.push(format!(
                "{}: {{\"status\": {}, \"error\": {}, \"times\": {}, \"median\": {}, \"min\": {}, \"max\": {}, \"peak_rss_kib\": {}, \"checksum\": {}}}",
                json_str(&c.impl_key),
                json_str(status),
                c.error.as_deref().map(json_str).unwrap_or_else(|| "null".into()),
                json_list(c.times.iter().map(|t| json_num(Some(*t)))),
                json_num(c.median()),
                json_num(mm.map(|m| m.0)),
                json_num(mm.map(|m| m.1)),
                c.peak_rss_kib().map(|k| k.to_string()).unwrap_or_else(|| "null".into()),
                c.checksum.as_deref().map(json_str).unwrap_or_else(|| "null".into()),
            ));
        }
        let speed: Vec<String> = cols
            .iter()
            .map(|(sub, base, _)| {
                format!(
                    "{}: {}",
                    json_str(&format!("{sub}/{base}")),
                    json_num(row.speedup(sub, base))
                )
            })
            .collect();
        benches.push(format!(
            "{{\"name\": {}, \"path\": {}, \"results\": {{\n      {}\n    }}, \"speedups\": {{{}}}}}",
            json_str(&row.name),
            json_str(&row.path),
            results.join(",\n      "),
            speed.join(", ")
        ));
    }
    let _ = writeln!(
        s,
        "  \"benchmarks\": [\n    {}\n  ],",
        benches.join(",\n    ")
    );
    let geo: Vec<String> = cols
        .iter()
        .map(|(sub, base, _)| {
            let g = geomean_speedup(&rep.rows, sub, base);
            format!(
                "{}: {{\"geomean\": {}, \"n\": {}}}",
                json_str(&format!("{sub}/{base}")),
                json_num(g.map(|x| x.0)),
                g.map(|x| x.1).unwrap_or(0)
            )
        })
        .collect();
    let _ = writeln!(s, "  \"geomean_speedups\": {{{}}},", geo.join(", "));
    let wu: Vec<String> = warmup
        .iter()
        .map(|w| {
            format!(
                "{{\"program\": {}, \"impl\": {}, \"iteration_secs\": {}, \"error\": {}}}",
                json_str(&w.program),
                json_str(&w.impl_key),
                json_list(w.iter_secs.iter().map(|t| json_num(Some(*t)))),
                w.error
                    .as_deref()
                    .map(json_str)
                    .unwrap_or_else(|| "null".into())
            )
        })
        .collect();
    let _ = writeln!(s, "  \"warmup\": {},", json_list(wu));
    let _ = writeln!(
        s,
        "  \"notes\": {}",
        json_list(rep.notes.iter().map(|n| json_str(n)))
    );
    s.push_str("}\n");
    s
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::tests::ok_run;
    use crate::model::{Impl, Row};

    pub fn imp(key: &str, label: &str) -> Impl {
        Impl {
            key: key.into(),
            label: label.into(),
            argv: vec![format!("/usr/bin/{key}")],
            version: "1.0".into(),
        }
    }

    /// Two programs; piepie fails the second ("json" missing) and the
    /// no-JIT build prints a wrong checksum on the first.
    pub fn canned() -> Report {
        let impls = vec![
            imp("piepie", "piepie"),
            imp("piepie-nojit", "piepie --jit off"),
            imp("cpython", "CPython 3.11.7"),
            imp("pypy", "PyPy 7.3"),
        ];
        let mut a = Row {
            name: "nbody".into(),
            path: "benches/programs/nbody.py".into(),
            ..Row::default()
        };
        for (k, times, sum) in [
            ("piepie", [1.0, 1.2, 0.9], "checksum 7"),
            ("piepie-nojit", [1.1, 1.1, 1.1], "checksum 8"),
            ("cpython", [2.0, 2.2, 1.8], "checksum 7"),
            ("pypy", [0.5, 0.4, 0.6], "checksum 7"),
        ] {
            let mut c = Cell::new(k);
            for t in times {
                c.record(&ok_run(t, sum), true);
            }
            a.cells.push(c);
        }
        let mut b = Row {
            name: "json \"rt\"".into(),
            path: "benches/programs/json_roundtrip.py".into(),
            ..Row::default()
        };
        for k in ["piepie", "piepie-nojit", "cpython", "pypy"] {
            let mut c = Cell::new(k);
            let mut r = ok_run(1.0, "checksum 1");
            if k.starts_with("piepie") {
                r.exit_code = Some(1);
                r.stderr = "ModuleNotFoundError: No module named 'json'\n".into();
            }
            c.record(&r, true);
            b.cells.push(c);
        }
        let mut rep = Report {
            impls,
            rows: vec![a, b],
            meta: vec![("machine".into(), "test box | 2 cores".into())],
            notes: vec!["canned".into()],
            reps: 3,
            warmup: true,
        };
        for r in &mut rep.rows {
            r.check_checksums("cpython");
        }
        rep
    }

    #[test]
    fn text_table_shows_medians_failures_and_geomeans() {
        let rep = canned();
        let t = render_text(&rep);
        assert!(t.contains("1.000 (0.90–1.20)"), "{t}");
        assert!(t.contains("2.000 (1.80–2.20)"), "{t}");
        assert!(t.contains("MISMATCH"), "{t}");
        assert!(t.contains("FAILED"), "{t}");
        // piepie vs CPython 2.00x, vs PyPy 0.50x; only nbody counts.
        assert!(t.contains("2.00×"), "{t}");
        assert!(t.contains("0.50×"), "{t}");
        assert!(t.contains("2.00× (n=1)"), "{t}");
        assert!(t.contains("No module named 'json'"), "{t}");
        assert!(t.contains("CHECKSUM MISMATCH"), "{t}");
        assert!(t.contains("Note: canned"), "{t}");
    }

    #[test]
    fn markdown_is_a_table_with_escaped_pipes() {
        let md = render_markdown(&canned());
        assert!(md.contains("- **machine**: test box \\| 2 cores"));
        let table: Vec<&str> = md.lines().filter(|l| l.starts_with('|')).collect();
        // header, alignment, 2 programs, geomean
        assert_eq!(table.len(), 5, "{md}");
        let ncols = table[0].matches(" | ").count();
        for l in &table {
            assert_eq!(l.matches(" | ").count(), ncols, "{l}");
        }
        assert!(table[1].starts_with("| --- | ---: |"));
        assert!(md.contains("| **geometric mean** |"));
    }

    /// Checks that `s` is one well-formed JSON value: a tiny recursive
    /// descent validator, enough to catch broken escaping or commas.
    fn valid_json(s: &str) -> bool {
        fn ws(b: &[u8], i: &mut usize) {
            while *i < b.len() && b[*i].is_ascii_whitespace() {
                *i += 1;
            }
        }
        fn string(b: &[u8], i: &mut usize) -> bool {
            if b.get(*i) != Some(&b'"') {
                return false;
            }
            *i += 1;
            while *i < b.len() {
                match b[*i] {
                    b'"' => {
                        *i += 1;
                        return true;
                    }
                    b'\\' => *i += 2,
                    c if c < 0x20 => return false,
                    _ => *i += 1,
                }
            }
            false
        }
        fn value(b: &[u8], i: &mut usize) -> bool {
            ws(b, i);
            match b.get(*i) {
                Some(b'{') => {
                    *i += 1;
                    ws(b, i);
                    if b.get(*i) == Some(&b'}') {
                        *i += 1;
                        return true;
                    }
                    loop {
                        ws(b, i);
                        if !string(b, i) {
                            return false;
                        }
                        ws(b, i);
                        if b.get(*i) != Some(&b':') {
                            return false;
                        }
                        *i += 1;
                        if !value(b, i) {
                            return false;
                        }
                        ws(b, i);
                        match b.get(*i) {
                            Some(b',') => *i += 1,
                            Some(b'}') => {
                                *i += 1;
                                return true;
                            }
                            _ => return false,
                        }
                    }
                }
                Some(b'[') => {
                    *i += 1;
                    ws(b, i);
                    if b.get(*i) == Some(&b']') {
                        *i += 1;
                        return true;
                    }
                    loop {
                        if !value(b, i) {
                            return false;
                        }
                        ws(b, i);
                        match b.get(*i) {
                            Some(b',') => *i += 1,
                            Some(b']') => {
                                *i += 1;
                                return true;
                            }
                            _ => return false,
                        }
                    }
                }
                Some(b'"') => string(b, i),
                Some(_) => {
                    let start = *i;
                    while *i < b.len() && !b",]} \n\t".contains(&b[*i]) {
                        *i += 1;
                    }
                    let tok = std::str::from_utf8(&b[start..*i]).unwrap_or("");
                    matches!(tok, "true" | "false" | "null") || tok.parse::<f64>().is_ok()
                }
                None => false,
            }
        }
        let b = s.as_bytes();
        let mut i = 0;
        let ok = value(b, &mut i);
        ws(b, &mut i);
        ok && i == b.len()
    }

    #[test]
    fn json_output_is_valid_and_complete() {
        let rep = canned();
        let wu = vec![WarmupSeries {
            program: "nbody".into(),
            impl_key: "cpython".into(),
            iter_secs: vec![0.5, 0.25],
            error: None,
        }];
        let j = render_json(&rep, &wu);
        assert!(valid_json(&j), "{j}");
        assert!(j.contains("\"name\": \"json \\\"rt\\\"\""));
        assert!(j.contains("\"status\": \"mismatch\""));
        assert!(j.contains("\"status\": \"failed\""));
        assert!(j.contains("\"times\": [1, 1.2, 0.9]"));
        assert!(j.contains("\"median\": 1,"));
        assert!(j.contains("\"piepie/cpython\": {\"geomean\": 2, \"n\": 1}"));
        assert!(j.contains("\"piepie/pypy\": 0.5"));
        assert!(j.contains("\"iteration_secs\": [0.5, 0.25]"));
        assert!(!valid_json("{\"a\": [1, 2,]}"));
        assert!(!valid_json("{\"a\": \"x\ny\"}"));
    }

    #[test]
    fn json_escapes_and_non_finite_numbers() {
        assert_eq!(json_str("a\"b\\c\nd\u{1}"), "\"a\\\"b\\\\c\\nd\\u0001\"");
        assert_eq!(json_num(Some(f64::NAN)), "null");
        assert_eq!(json_num(None), "null");
        assert_eq!(json_num(Some(0.125)), "0.125");
    }
}
