//! The two charts, as standalone SVG: speedup over CPython per benchmark
//! (grouped horizontal bars on a log scale) and the warm-up view (time per
//! iteration over the first iterations, one panel per program).

use crate::model::{geomean_speedup, Report};
use crate::report::{short_label, WarmupSeries};
use std::fmt::Write;

/// Colour of each implementation's bars and lines.
pub fn colour(key: &str) -> &'static str {
    match key {
        "piepie" => "#2563eb",
        "piepie-nojit" => "#93c5fd",
        "pypy" => "#f97316",
        "cpython" => "#6b7280",
        _ => "#16a34a",
    }
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The 1-2-5 ticks from `lo` to `hi` inclusive.
pub fn log_ticks(lo: f64, hi: f64) -> Vec<f64> {
    let mut out = Vec::new();
    let mut e = lo.log10().floor() as i32 - 1;
    while 10f64.powi(e) <= hi * 1.0001 {
        for m in [1.0, 2.0, 5.0] {
            let t = m * 10f64.powi(e);
            if t >= lo * 0.9999 && t <= hi * 1.0001 {
                out.push(t);
            }
        }
        e += 1;
    }
    out
}

/// A log-scale axis domain with 1-2-5 ends that contains every value and 1,
/// and spans at least 0.5..2.
pub fn log_domain(values: &[f64]) -> (f64, f64) {
    let mut lo: f64 = 0.5;
    let mut hi: f64 = 2.0;
    for &v in values {
        if v.is_finite() && v > 0.0 {
            lo = lo.min(v);
            hi = hi.max(v);
        }
    }
    let snap_down = |x: f64| {
        let e = x.log10().floor();
        let base = 10f64.powf(e);
        let m = x / base;
        let m = if m >= 5.0 {
            5.0
        } else if m >= 2.0 {
            2.0
        } else {
            1.0
        };
        m * base
    };
    let snap_up = |x: f64| {
        let e = x.log10().floor();
        let base = 10f64.powf(e);
        let m = x / base;
        let m = if m <= 1.0 + 1e-9 {
            1.0
        } else if m <= 2.0 + 1e-9 {
            2.0
        } else if m <= 5.0 + 1e-9 {
            5.0
        } else {
            10.0
        };
        m * base
    };
    (snap_down(lo), snap_up(hi))
}

/// Maps `v` in `[lo, hi]` (log scale) to `[x0, x1]`.
pub fn log_pos(v: f64, lo: f64, hi: f64, x0: f64, x1: f64) -> f64 {
    let t = (v.ln() - lo.ln()) / (hi.ln() - lo.ln());
    x0 + t * (x1 - x0)
}

fn fmt_tick(t: f64) -> String {
    if t >= 1.0 {
        format!("{t:.0}×")
    } else {
        let s = format!("{t:.3}");
        format!("{}×", s.trim_end_matches('0'))
    }
}

/// The speedup chart: for every benchmark a group of bars (piepie, piepie
/// without JIT, PyPy), each the ratio CPython median / that median, on a
/// log axis centred on CPython's 1×; a final group shows geometric means.
/// Failed runs are written as "failed" instead of a bar.
pub fn speedup_chart(rep: &Report, title: &str) -> String {
    let series: Vec<&str> = ["piepie", "piepie-nojit", "pypy"]
        .into_iter()
        .filter(|k| rep.impls.iter().any(|i| i.key == *k))
        .collect();
    let has_cpython = rep.impls.iter().any(|i| i.key == "cpython");
    let mut groups: Vec<(String, Vec<(String, Result<f64, String>)>)> = Vec::new();
    for row in &rep.rows {
        let bars = series
            .iter()
            .map(|k| {
                let v = match row.speedup(k, "cpython") {
                    Some(x) => Ok(x),
                    None => {
                        let c = row.cell(k);
                        let base = row.cell("cpython");
                        Err(if c.map(|c| c.mismatch).unwrap_or(false) {
                            "checksum mismatch".to_string()
                        } else if c.map(|c| c.error.is_some()).unwrap_or(false) {
                            "failed".to_string()
                        } else if base.map(|c| c.error.is_some()).unwrap_or(false) {
                            "CPython failed".to_string()
                        } else {
                            "not run".to_string()
                        })
                    }
                };
                (k.to_string(), v)
            })
            .collect();
        groups.push((row.name.clone(), bars));
    }
    if has_cpython && !rep.rows.is_empty() {
        let bars = series
            .iter()
            .map(|k| {
                (
                    k.to_string(),
                    geomean_speedup(&rep.rows, k, "cpython")
                        .map(|g| g.0)
                        .ok_or_else(|| "no data".to_string()),
                )
            })
            .collect();
        groups.push(("geometric mean".into(), bars));
    }
    let values: Vec<f64> = groups
        .iter()
        .flat_map(|g| g.1.iter().filter_map(|b| b.1.as_ref().ok().copied()))
        .collect();
    let (lo, hi) = log_domain(&values);

    let bar_h = 11.0;
    let group_gap = 12.0;
    let group_h = series.len().max(1) as f64 * bar_h + group_gap;
    let left = 170.0;
    let right = 70.0;
    let width = 900.0;
    let top = 88.0;
    let plot_w = width - left - right;
    let plot_h = groups.len() as f64 * group_h;
    let height = top + plot_h + 50.0;
    let x = |v: f64| log_pos(v, lo, hi, left, left + plot_w);

    let mut s = String::new();
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height:.0}" viewBox="0 0 {width} {height:.0}" font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-size="12">"#
    );
    let _ = writeln!(s, r#"<rect width="100%" height="100%" fill="white"/>"#);
    let _ = writeln!(
        s,
        r#"<text x="{}" y="24" font-size="16" font-weight="bold" text-anchor="middle">{}</text>"#,
        width / 2.0,
        esc(title)
    );
    let _ = writeln!(
        s,
        r#"<text x="{}" y="42" fill='#374151' text-anchor="middle">speedup over CPython (CPython median / median), log scale; right of 1× is faster than CPython</text>"#,
        width / 2.0
    );
    // Legend.
    let mut lx = left;
    for k in &series {
        let label = rep
            .impls
            .iter()
            .find(|i| i.key == *k)
            .map(|i| i.label.clone())
            .unwrap_or_else(|| k.to_string());
        let _ = writeln!(
            s,
            r#"<rect x="{lx}" y="56" width="14" height="11" fill="{}"/><text x="{}" y="66">{}</text>"#,
            colour(k),
            lx + 19.0,
            esc(&label)
        );
        lx += 40.0 + 7.0 * label.chars().count() as f64;
    }
    // Grid and ticks.
    for t in log_ticks(lo, hi) {
        let tx = x(t);
        let (stroke, w) = if (t - 1.0).abs() < 1e-9 {
            ("#111827", 1.5)
        } else {
            ("#e5e7eb", 1.0)
        };
        let _ = writeln!(
            s,
            r#"<line x1="{tx:.1}" y1="{top}" x2="{tx:.1}" y2="{:.1}" stroke="{stroke}" stroke-width="{w}"/>"#,
            top + plot_h
        );
        let _ = writeln!(
            s,
            r#"<text x="{tx:.1}" y="{:.1}" text-anchor="middle" fill='#374151'>{}</text>"#,
            top + plot_h + 16.0,
            fmt_tick(t)
        );
    }
    let _ = writeln!(
        s,
        r#"<text x="{:.1}" y="{:.1}" text-anchor="middle" fill='#111827'>CPython = 1×</text>"#,
        x(1.0),
        top + plot_h + 34.0
    );
    let x1 = x(1.0);
    for (gi, (name, bars)) in groups.iter().enumerate() {
        let gy = top + gi as f64 * group_h + group_gap / 2.0;
        if gi % 2 == 1 {
            let _ = writeln!(
                s,
                r#"<rect x="0" y="{:.1}" width="{width}" height="{group_h:.1}" fill='#f9fafb'/>"#,
                gy - group_gap / 2.0
            );
        }
        let bold = if name == "geometric mean" {
            r#" font-weight="bold""#
        } else {
            ""
        };
        let _ = writeln!(
            s,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="end"{bold}>{}</text>"#,
            left - 8.0,
            gy + series.len() as f64 * bar_h / 2.0 + 4.0,
            esc(name)
        );
        for (bi, (k, v)) in bars.iter().enumerate() {
            let by = gy + bi as f64 * bar_h;
            match v {
                Ok(v) => {
                    let xv = x(*v);
                    let (a, b) = if xv >= x1 { (x1, xv) } else { (xv, x1) };
                    let _ = writeln!(
                        s,
                        r#"<rect x="{a:.1}" y="{by:.1}" width="{:.1}" height="{:.1}" fill="{}"><title>{}: {v:.2}×</title></rect>"#,
                        (b - a).max(1.0),
                        bar_h - 1.0,
                        colour(k),
                        esc(short_label(k))
                    );
                    let (tx, anchor) = if xv >= x1 {
                        (xv + 3.0, "start")
                    } else {
                        (xv - 3.0, "end")
                    };
                    let _ = writeln!(
                        s,
                        r#"<text x="{tx:.1}" y="{:.1}" font-size="9" text-anchor="{anchor}" fill='#374151'>{v:.2}×</text>"#,
                        by + bar_h - 2.5
                    );
                }
                Err(why) => {
                    let _ = writeln!(
                        s,
                        r##"<text x="{:.1}" y="{:.1}" font-size="9" fill='#dc2626'>{}: {}</text>"##,
                        x1 + 4.0,
                        by + bar_h - 2.5,
                        esc(short_label(k)),
                        esc(why)
                    );
                }
            }
        }
    }
    s.push_str("</svg>\n");
    s
}

/// The warm-up chart: one panel per program, milliseconds per iteration
/// against iteration number, one line per implementation.
pub fn warmup_chart(
    series: &[WarmupSeries],
    impl_labels: &[(String, String)],
    title: &str,
) -> String {
    let mut programs: Vec<String> = Vec::new();
    for w in series {
        if !programs.contains(&w.program) {
            programs.push(w.program.clone());
        }
    }
    let width = 900.0;
    let left = 70.0;
    let right = 20.0;
    let panel_h = 210.0;
    let top = 80.0;
    let gap = 60.0;
    let height = top + programs.len() as f64 * (panel_h + gap) + 10.0;
    let plot_w = width - left - right;
    let mut s = String::new();
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height:.0}" viewBox="0 0 {width} {height:.0}" font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-size="12">"#
    );
    let _ = writeln!(s, r#"<rect width="100%" height="100%" fill="white"/>"#);
    let _ = writeln!(
        s,
        r#"<text x="{}" y="24" font-size="16" font-weight="bold" text-anchor="middle">{}</text>"#,
        width / 2.0,
        esc(title)
    );
    let _ = writeln!(
        s,
        r#"<text x="{}" y="42" fill='#374151' text-anchor="middle">time per iteration (ms) over the first iterations of one process; a JIT shows as a drop after its warm-up</text>"#,
        width / 2.0
    );
    let mut lx = left;
    for (k, label) in impl_labels {
        if !series.iter().any(|w| &w.impl_key == k) {
            continue;
        }
        let _ = writeln!(
            s,
            r#"<rect x="{lx}" y="54" width="14" height="4" fill="{}"/><text x="{}" y="60">{}</text>"#,
            colour(k),
            lx + 19.0,
            esc(label)
        );
        lx += 40.0 + 7.0 * label.chars().count() as f64;
    }
    for (pi, prog) in programs.iter().enumerate() {
        let py = top + pi as f64 * (panel_h + gap) + 20.0;
        let mine: Vec<&WarmupSeries> = series.iter().filter(|w| &w.program == prog).collect();
        let n = mine
            .iter()
            .map(|w| w.iter_secs.len())
            .max()
            .unwrap_or(0)
            .max(2);
        let ymax_ms = mine
            .iter()
            .flat_map(|w| w.iter_secs.iter())
            .fold(0.0f64, |a, &b| a.max(b * 1000.0));
        let ymax = nice_ceiling(ymax_ms.max(0.001));
        let _ = writeln!(
            s,
            r#"<text x="{left}" y="{:.1}" font-weight="bold">{}</text>"#,
            py - 6.0,
            esc(prog)
        );
        let _ = writeln!(
            s,
            r##"<rect x="{left}" y="{py:.1}" width="{plot_w}" height="{panel_h}" fill="none" stroke='#9ca3af'/>"##
        );
        for j in 0..=4 {
            let v = ymax * j as f64 / 4.0;
            let yy = py + panel_h - panel_h * j as f64 / 4.0;
            let _ = writeln!(
                s,
                r##"<line x1="{left}" y1="{yy:.1}" x2="{:.1}" y2="{yy:.1}" stroke='#e5e7eb'/><text x="{:.1}" y="{:.1}" text-anchor="end" fill='#374151'>{}</text>"##,
                left + plot_w,
                left - 6.0,
                yy + 4.0,
                fmt_ms(v)
            );
        }
        for j in 0..=5 {
            let it = 1 + (n - 1) * j / 5;
            let xx = left + plot_w * (it - 1) as f64 / (n - 1) as f64;
            let _ = writeln!(
                s,
                r##"<text x="{xx:.1}" y="{:.1}" text-anchor="middle" fill='#374151'>{it}</text>"##,
                py + panel_h + 15.0
            );
        }
        let _ = writeln!(
            s,
            r##"<text x="{:.1}" y="{:.1}" text-anchor="middle" fill='#374151'>iteration</text>"##,
            left + plot_w / 2.0,
            py + panel_h + 30.0
        );
        let mut note_y = py + 16.0;
        for w in &mine {
            if let Some(e) = &w.error {
                let _ = writeln!(
                    s,
                    r##"<text x="{:.1}" y="{note_y:.1}" fill='#dc2626'>{}: failed: {}</text>"##,
                    left + 8.0,
                    esc(short_label(&w.impl_key)),
                    esc(e)
                );
                note_y += 15.0;
                continue;
            }
            let pts: Vec<String> = w
                .iter_secs
                .iter()
                .enumerate()
                .map(|(i, t)| {
                    let xx = left + plot_w * i as f64 / (n - 1) as f64;
                    let yy = py + panel_h - panel_h * (t * 1000.0 / ymax).min(1.0);
                    format!("{xx:.1},{yy:.1}")
                })
                .collect();
            let _ = writeln!(
                s,
                r#"<polyline points="{}" fill="none" stroke="{}" stroke-width="2"/>"#,
                pts.join(" "),
                colour(&w.impl_key)
            );
        }
    }
    s.push_str("</svg>\n");
    s
}

fn fmt_ms(v: f64) -> String {
    if v >= 10.0 {
        format!("{v:.0} ms")
    } else if v >= 1.0 {
        format!("{v:.1} ms")
    } else {
        format!("{v:.2} ms")
    }
}

/// The smallest 1-2-5 number (times a power of ten) at or above `x`.
pub fn nice_ceiling(x: f64) -> f64 {
    let e = x.log10().floor();
    let base = 10f64.powf(e);
    for m in [1.0, 2.0, 2.5, 5.0, 10.0] {
        if m * base >= x * (1.0 - 1e-12) {
            return m * base;
        }
    }
    10.0 * base
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::tests::canned;

    #[test]
    fn log_scale_math() {
        assert!((log_pos(1.0, 0.1, 10.0, 0.0, 200.0) - 100.0).abs() < 1e-9);
        assert!((log_pos(10.0, 0.1, 10.0, 0.0, 200.0) - 200.0).abs() < 1e-9);
        assert!((log_pos(0.1, 0.1, 10.0, 0.0, 200.0)).abs() < 1e-9);
        assert_eq!(log_domain(&[]), (0.5, 2.0));
        assert_eq!(log_domain(&[0.3, 3.0]), (0.2, 5.0));
        let (lo, hi) = log_domain(&[0.05, 12.0]);
        assert!((lo - 0.05).abs() < 1e-12 && (hi - 20.0).abs() < 1e-9);
        let t = log_ticks(0.2, 5.0);
        assert_eq!(t.len(), 5);
        assert!((t[0] - 0.2).abs() < 1e-12 && (t[4] - 5.0).abs() < 1e-12);
        assert_eq!(nice_ceiling(3.1), 5.0);
        assert_eq!(nice_ceiling(2.0), 2.0);
        assert_eq!(fmt_tick(0.5), "0.5×");
        assert_eq!(fmt_tick(20.0), "20×");
    }

    fn balanced(svg: &str) -> bool {
        // Every opened element is closed, in order.
        let mut stack: Vec<String> = Vec::new();
        let mut rest = svg;
        while let Some(i) = rest.find('<') {
            let j = match rest[i..].find('>') {
                Some(j) => i + j,
                None => return false,
            };
            let tag = &rest[i + 1..j];
            if let Some(name) = tag.strip_prefix('/') {
                if stack.pop().as_deref() != Some(name.trim()) {
                    return false;
                }
            } else if !tag.ends_with('/') {
                stack.push(tag.split_whitespace().next().unwrap_or("").to_string());
            }
            rest = &rest[j + 1..];
        }
        stack.is_empty()
    }

    #[test]
    fn speedup_chart_has_a_bar_per_result_and_marks_failures() {
        let rep = canned();
        let svg = speedup_chart(&rep, "piepie <test>");
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(balanced(&svg), "{svg}");
        assert!(svg.contains("piepie &lt;test&gt;"));
        // nbody: piepie 2x and PyPy 4x bars; no-JIT mismatched.
        assert!(svg.contains("<title>piepie: 2.00×</title>"));
        assert!(svg.contains("<title>PyPy: 4.00×</title>"));
        assert!(svg.contains("no-JIT: checksum mismatch"));
        // json row: both piepie builds failed, PyPy ran at 1x.
        assert!(svg.contains("piepie: failed"));
        assert!(svg.contains("<title>PyPy: 1.00×</title>"));
        assert!(svg.contains("json &quot;rt&quot;"));
        assert!(svg.contains(">geometric mean</text>"));
        // Geomean of PyPy over both rows: sqrt(4 * 1) = 2.
        assert_eq!(svg.matches("<title>PyPy: 2.00×</title>").count(), 1);
        // The 2x bar is twice as long as... well, starts at the 1x line.
        assert!(svg.contains("CPython = 1×"));
    }

    #[test]
    fn warmup_chart_draws_lines_and_failures() {
        let series = vec![
            WarmupSeries {
                program: "nbody".into(),
                impl_key: "cpython".into(),
                iter_secs: vec![0.010, 0.009, 0.009],
                error: None,
            },
            WarmupSeries {
                program: "nbody".into(),
                impl_key: "piepie".into(),
                iter_secs: vec![],
                error: Some("exit status 1".into()),
            },
        ];
        let labels = vec![
            ("piepie".to_string(), "piepie".to_string()),
            ("cpython".to_string(), "CPython".to_string()),
        ];
        let svg = warmup_chart(&series, &labels, "warm-up");
        assert!(balanced(&svg), "{svg}");
        assert_eq!(svg.matches("<polyline").count(), 1);
        assert!(svg.contains("piepie: failed: exit status 1"));
        // y axis tops out at 10 ms, so the first point sits on the top edge.
        assert!(svg.contains(">10 ms</text>"));
    }
}
