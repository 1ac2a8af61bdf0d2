//! What a benchmark run produces and how it is judged: implementations,
//! per-run records, per-(program, implementation) cells, rows, and the
//! checksum rules (every implementation must print the same checksum; a
//! mismatch is an error). No process handling here, so it is testable on
//! canned data.

use crate::stats;

/// One implementation under test.
#[derive(Clone, Debug, PartialEq)]
pub struct Impl {
    /// Stable key used in JSON and option names: `piepie`, `piepie-nojit`,
    /// `cpython`, `pypy`, or anything for tests.
    pub key: String,
    /// Column heading, e.g. `CPython 3.11.7`.
    pub label: String,
    /// The command line before the program path.
    pub argv: Vec<String>,
    /// Version text shown in reports.
    pub version: String,
}

/// The result of running one program once under one implementation.
#[derive(Clone, Debug, Default)]
pub struct RunRecord {
    pub secs: f64,
    /// Peak resident set size of the process, in KiB (`ru_maxrss`).
    pub peak_rss_kib: u64,
    /// Exit status, or `None` if killed by a signal, timed out or not started.
    pub exit_code: Option<i32>,
    pub timed_out: bool,
    /// Set when the process could not be started at all.
    pub spawn_error: Option<String>,
    pub stdout: String,
    pub stderr: String,
}

/// The checksum a run printed: its last line starting with `checksum`
/// (trimmed). A program with no such line (a user's own program, say) is
/// identified by a hash of its whole stdout instead.
pub fn extract_checksum(stdout: &str) -> String {
    if let Some(line) = stdout
        .lines()
        .rev()
        .find(|l| l.trim_start().starts_with("checksum"))
    {
        return line.trim().to_string();
    }
    // FNV-1a 64 over the bytes: stable across runs and machines.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in stdout.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("stdout fnv1a64={h:016x} ({} lines)", stdout.lines().count())
}

/// The last non-empty line of stderr (where Python puts the exception),
/// shortened for a table cell.
pub fn last_error_line(stderr: &str) -> String {
    let line = stderr
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim();
    let mut s: String = line.chars().take(160).collect();
    if line.chars().count() > 160 {
        s.push('…');
    }
    s
}

/// Why a single run failed, if it did.
pub fn run_failure(r: &RunRecord) -> Option<String> {
    if let Some(e) = &r.spawn_error {
        return Some(format!("could not start: {e}"));
    }
    if r.timed_out {
        return Some(format!("timed out after {:.0} s", r.secs));
    }
    match r.exit_code {
        Some(0) => None,
        Some(c) => {
            let msg = last_error_line(&r.stderr);
            if msg.is_empty() {
                Some(format!("exit status {c}"))
            } else {
                Some(format!("exit status {c}: {msg}"))
            }
        }
        None => Some(format!(
            "killed by a signal{}",
            match last_error_line(&r.stderr) {
                m if m.is_empty() => String::new(),
                m => format!(": {m}"),
            }
        )),
    }
}

/// All runs of one program under one implementation.
#[derive(Clone, Debug, Default)]
pub struct Cell {
    pub impl_key: String,
    /// Wall times of the timed runs (the warm-up is not included).
    pub times: Vec<f64>,
    /// Peak RSS of every run, warm-up included, in KiB.
    pub rss_kib: Vec<u64>,
    /// The checksum of the first successful run.
    pub checksum: Option<String>,
    /// Why this implementation failed on this program (first failure).
    pub error: Option<String>,
    /// Set when the checksum disagreed with the reference implementation.
    pub mismatch: bool,
}

impl Cell {
    pub fn new(impl_key: &str) -> Cell {
        Cell {
            impl_key: impl_key.to_string(),
            ..Cell::default()
        }
    }

    pub fn ok(&self) -> bool {
        self.error.is_none() && !self.times.is_empty()
    }

    pub fn median(&self) -> Option<f64> {
        if self.ok() {
            stats::median(&self.times)
        } else {
            None
        }
    }

    pub fn peak_rss_kib(&self) -> Option<u64> {
        self.rss_kib.iter().copied().max()
    }

    /// Records one run. `timed` is false for the warm-up. Returns the
    /// failure reason if this run failed (the cell is then marked failed
    /// and takes no further runs). A checksum that differs from an earlier
    /// run of the same implementation is a failure too (nondeterminism).
    pub fn record(&mut self, r: &RunRecord, timed: bool) -> Option<String> {
        if self.error.is_some() {
            return self.error.clone();
        }
        if r.peak_rss_kib > 0 {
            self.rss_kib.push(r.peak_rss_kib);
        }
        if let Some(why) = run_failure(r) {
            self.error = Some(why.clone());
            return Some(why);
        }
        let sum = extract_checksum(&r.stdout);
        match &self.checksum {
            None => self.checksum = Some(sum),
            Some(prev) if *prev != sum => {
                let why = format!("output changed between runs: {prev:?} then {sum:?}");
                self.error = Some(why.clone());
                return Some(why);
            }
            Some(_) => {}
        }
        if timed {
            self.times.push(r.secs);
        }
        None
    }
}

/// One program's results across implementations.
#[derive(Clone, Debug, Default)]
pub struct Row {
    pub name: String,
    pub path: String,
    pub cells: Vec<Cell>,
}

/// A checksum disagreement found by [`Row::check_checksums`].
#[derive(Clone, Debug, PartialEq)]
pub struct Mismatch {
    pub program: String,
    pub impl_key: String,
    pub got: String,
    pub reference_key: String,
    pub expected: String,
}

impl Row {
    pub fn cell(&self, key: &str) -> Option<&Cell> {
        self.cells.iter().find(|c| c.impl_key == key)
    }

    pub fn cell_mut(&mut self, key: &str) -> Option<&mut Cell> {
        self.cells.iter_mut().find(|c| c.impl_key == key)
    }

    /// Compares the checksums of all implementations that ran. The
    /// reference is `reference_key` (CPython) if it ran, else the first
    /// implementation that did. Every implementation whose checksum
    /// differs is marked failed with `mismatch` set, and returned.
    pub fn check_checksums(&mut self, reference_key: &str) -> Vec<Mismatch> {
        let reference = self
            .cells
            .iter()
            .find(|c| c.impl_key == reference_key && c.error.is_none() && c.checksum.is_some())
            .or_else(|| {
                self.cells
                    .iter()
                    .find(|c| c.error.is_none() && c.checksum.is_some())
            })
            .map(|c| (c.impl_key.clone(), c.checksum.clone().unwrap_or_default()));
        let Some((ref_key, expected)) = reference else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for c in &mut self.cells {
            if c.error.is_some() {
                continue;
            }
            if let Some(got) = &c.checksum {
                if *got != expected {
                    out.push(Mismatch {
                        program: self.name.clone(),
                        impl_key: c.impl_key.clone(),
                        got: got.clone(),
                        reference_key: ref_key.clone(),
                        expected: expected.clone(),
                    });
                    c.error = Some(format!(
                        "CHECKSUM MISMATCH: printed {got:?}, {ref_key} printed {expected:?}"
                    ));
                    c.mismatch = true;
                }
            }
        }
        out
    }

    /// `baseline` median / `subject` median, when both ran correctly.
    pub fn speedup(&self, subject: &str, baseline: &str) -> Option<f64> {
        let s = self.cell(subject)?.median()?;
        let b = self.cell(baseline)?.median()?;
        stats::speedup(b, s)
    }

    pub fn failed(&self) -> bool {
        self.cells.iter().any(|c| c.error.is_some())
    }
}

/// The speedup columns of a report: (subject, baseline, heading).
pub fn speedup_columns(impls: &[Impl]) -> Vec<(String, String, String)> {
    let has = |k: &str| impls.iter().any(|i| i.key == k);
    let mut cols = Vec::new();
    for (s, b, h) in [
        ("piepie", "cpython", "piepie vs CPython"),
        ("piepie-nojit", "cpython", "no-JIT vs CPython"),
        ("piepie", "pypy", "piepie vs PyPy"),
    ] {
        if has(s) && has(b) {
            cols.push((s.to_string(), b.to_string(), h.to_string()));
        }
    }
    cols
}

/// Geometric mean of one speedup column over the rows where both sides ran.
pub fn geomean_speedup(rows: &[Row], subject: &str, baseline: &str) -> Option<(f64, usize)> {
    let xs: Vec<f64> = rows
        .iter()
        .filter_map(|r| r.speedup(subject, baseline))
        .collect();
    stats::geomean(&xs).map(|g| (g, xs.len()))
}

/// Everything one invocation measured, plus where it was measured.
#[derive(Clone, Debug, Default)]
pub struct Report {
    pub impls: Vec<Impl>,
    pub rows: Vec<Row>,
    /// Key/value lines describing the machine and the run (date, CPU, ...).
    pub meta: Vec<(String, String)>,
    /// Notes printed under the table (e.g. "PyPy not found").
    pub notes: Vec<String>,
    pub reps: usize,
    pub warmup: bool,
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub fn ok_run(secs: f64, out: &str) -> RunRecord {
        RunRecord {
            secs,
            peak_rss_kib: 10_240,
            exit_code: Some(0),
            stdout: out.to_string(),
            ..RunRecord::default()
        }
    }

    #[test]
    fn checksum_is_last_checksum_line() {
        assert_eq!(
            extract_checksum("a 1\nchecksum 12\nmore\nchecksum 34  \n"),
            "checksum 34"
        );
        let h1 = extract_checksum("hello\nworld\n");
        let h2 = extract_checksum("hello\nworld!\n");
        assert!(h1.starts_with("stdout fnv1a64="));
        assert!(h1.ends_with("(2 lines)"));
        assert_ne!(h1, h2);
        assert_eq!(h1, extract_checksum("hello\nworld\n"));
    }

    #[test]
    fn failure_reasons() {
        let mut r = ok_run(1.0, "checksum 1\n");
        assert_eq!(run_failure(&r), None);
        r.exit_code = Some(1);
        r.stderr = "Traceback (most recent call last):\n  File \"x.py\"\nModuleNotFoundError: No module named 'json'\n\n".into();
        assert_eq!(
            run_failure(&r).unwrap(),
            "exit status 1: ModuleNotFoundError: No module named 'json'"
        );
        r.timed_out = true;
        r.secs = 600.0;
        assert_eq!(run_failure(&r).unwrap(), "timed out after 600 s");
        let s = RunRecord {
            spawn_error: Some("No such file or directory".into()),
            ..RunRecord::default()
        };
        assert!(run_failure(&s).unwrap().starts_with("could not start"));
    }

    #[test]
    fn cell_records_only_timed_runs_and_stops_after_failure() {
        let mut c = Cell::new("cpython");
        assert_eq!(c.record(&ok_run(9.0, "checksum 5\n"), false), None);
        assert_eq!(c.record(&ok_run(1.0, "checksum 5\n"), true), None);
        assert_eq!(c.record(&ok_run(3.0, "checksum 5\n"), true), None);
        assert_eq!(c.times, vec![1.0, 3.0]);
        assert_eq!(c.median(), Some(2.0));
        assert_eq!(c.rss_kib.len(), 3);
        // A run printing something else is a failure of the cell.
        assert!(c.record(&ok_run(1.0, "checksum 6\n"), true).is_some());
        assert!(!c.ok());
        assert_eq!(c.median(), None);
        assert!(c.error.as_ref().unwrap().contains("changed between runs"));
    }

    fn row_with(sums: &[(&str, &str)]) -> Row {
        let mut row = Row {
            name: "prog".into(),
            ..Row::default()
        };
        for (k, s) in sums {
            let mut c = Cell::new(k);
            c.record(&ok_run(1.0, &format!("x\n{s}\n")), true);
            row.cells.push(c);
        }
        row
    }

    #[test]
    fn matching_checksums_pass() {
        let mut row = row_with(&[
            ("piepie", "checksum 42"),
            ("cpython", "checksum 42"),
            ("pypy", "checksum 42"),
        ]);
        assert!(row.check_checksums("cpython").is_empty());
        assert!(!row.failed());
    }

    #[test]
    fn mismatch_is_detected_against_cpython() {
        let mut row = row_with(&[
            ("piepie", "checksum 41"),
            ("piepie-nojit", "checksum 42"),
            ("cpython", "checksum 42"),
            ("pypy", "checksum 42"),
        ]);
        let m = row.check_checksums("cpython");
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].impl_key, "piepie");
        assert_eq!(m[0].got, "checksum 41");
        assert_eq!(m[0].expected, "checksum 42");
        assert_eq!(m[0].reference_key, "cpython");
        assert!(row.failed());
        let c = row.cell("piepie").unwrap();
        assert!(c.mismatch && !c.ok());
        assert!(row.cell("pypy").unwrap().ok());
        // The failed cell no longer produces a speedup.
        assert_eq!(row.speedup("piepie", "cpython"), None);
        assert_eq!(row.speedup("piepie-nojit", "cpython"), Some(1.0));
    }

    #[test]
    fn reference_falls_back_when_cpython_failed() {
        let mut row = row_with(&[("piepie", "checksum 1"), ("pypy", "checksum 2")]);
        let mut c = Cell::new("cpython");
        let mut bad = ok_run(1.0, "");
        bad.exit_code = Some(1);
        c.record(&bad, false);
        row.cells.push(c);
        let m = row.check_checksums("cpython");
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].impl_key, "pypy");
        assert_eq!(m[0].reference_key, "piepie");
    }

    #[test]
    fn geomean_over_rows_where_both_ran() {
        let mk = |name: &str, p: f64, c: f64| {
            let mut row = Row {
                name: name.into(),
                ..Row::default()
            };
            let mut a = Cell::new("piepie");
            a.record(&ok_run(p, "checksum 1"), true);
            let mut b = Cell::new("cpython");
            b.record(&ok_run(c, "checksum 1"), true);
            row.cells.push(a);
            row.cells.push(b);
            row
        };
        let mut rows = vec![mk("a", 1.0, 2.0), mk("b", 4.0, 2.0), mk("c", 1.0, 4.0)];
        // speedups 2, 0.5, 4 -> geomean 4^(1/3)
        let (g, n) = geomean_speedup(&rows, "piepie", "cpython").unwrap();
        assert_eq!(n, 3);
        assert!((g - 4f64.powf(1.0 / 3.0)).abs() < 1e-12);
        rows[2].cells[0].error = Some("failed".into());
        let (g, n) = geomean_speedup(&rows, "piepie", "cpython").unwrap();
        assert_eq!(n, 2);
        assert!((g - 1.0).abs() < 1e-12);
    }
}
