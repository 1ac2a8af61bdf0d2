//! The differential test: every `tests/programs/<area>/<name>.py` is run
//! through the built `piepie` binary in each JIT mode (`--jit off`,
//! default, `--jit-threshold 1`), and its stdout, stderr and exit code are
//! compared with the outputs recorded from CPython 3.11 by `tests/record.py`.
//!
//! A fourth run, `--jit off` with `PIEPIE_GC_STRESS=1`, collects garbage
//! at (nearly) every safepoint: it catches a value Rust code forgot to root.
//! A program whose first lines contain `# piepie-test: no-gc-stress` skips
//! that run (for programs whose point is allocation volume: a collection at
//! every safepoint would take hours). Programs run in parallel, one worker
//! per available core.
//!
//! `tests/known_failures.txt` lists programs that do not pass yet. The list
//! is strict: a listed program that starts passing fails the test too, so
//! the list only shrinks. Run with `PIEPIE_DIFF_ONLY=substring` to select
//! programs, and `PIEPIE_SHOW_DIFF=1` to print every diff.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A way to run a program: command-line flags and extra environment.
struct Mode {
    args: &'static [&'static str],
    env: &'static [(&'static str, &'static str)],
}

const MODES: &[Mode] = &[
    Mode {
        args: &["--jit", "off"],
        env: &[],
    },
    Mode {
        args: &[],
        env: &[],
    },
    Mode {
        args: &["--jit-threshold", "1"],
        env: &[],
    },
    Mode {
        args: &["--jit", "off"],
        env: &[("PIEPIE_GC_STRESS", "1")],
    },
    // The collector running very often while compiled code runs: the
    // references only compiled code holds (frames of inlined calls) must
    // be seen by it.
    Mode {
        args: &["--jit-threshold", "1"],
        env: &[("PIEPIE_GC_STRESS", "1")],
    },
    // Random deoptimization: every compiled guard that may re-run its
    // instruction also fails one time in ten.
    Mode {
        args: &["--jit-threshold", "1", "--jit-random-deopt", "0.1"],
        env: &[],
    },
];

impl Mode {
    fn describe(&self) -> String {
        let mut parts: Vec<String> = self.env.iter().map(|(k, v)| format!("{k}={v}")).collect();
        parts.extend(self.args.iter().map(|a| a.to_string()));
        parts.join(" ")
    }
}
const TIMEOUT: Duration = Duration::from_secs(60);

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

fn programs(root: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let dir = root.join("tests/programs");
    let mut areas: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/programs")
        .flatten()
        .collect();
    areas.sort_by_key(|e| e.file_name());
    for area in areas {
        if !area.path().is_dir() {
            continue;
        }
        let mut files: Vec<_> = std::fs::read_dir(area.path())
            .expect("area")
            .flatten()
            .collect();
        files.sort_by_key(|e| e.file_name());
        for f in files {
            let name = f.file_name().to_string_lossy().to_string();
            if name.ends_with(".py") {
                out.push(format!(
                    "tests/programs/{}/{}",
                    area.file_name().to_string_lossy(),
                    name
                ));
            }
        }
    }
    out
}

struct Outcome {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    code: i32,
}

fn run(root: &Path, rel: &str, mode: &Mode) -> Outcome {
    let mut child = Command::new(env!("CARGO_BIN_EXE_piepie"))
        .args(mode.args)
        .envs(mode.env.iter().copied())
        .arg(rel)
        .current_dir(root)
        .env("PYTHONHASHSEED", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn piepie");
    // Drain both pipes while waiting: a program writing more than a pipe
    // buffer (64 KiB) would otherwise block forever and time out.
    let drain = |p: Option<Box<dyn std::io::Read + Send>>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(mut p) = p {
                let _ = p.read_to_end(&mut buf);
            }
            buf
        })
    };
    let out_reader = drain(child.stdout.take().map(|p| Box::new(p) as _));
    let err_reader = drain(child.stderr.take().map(|p| Box::new(p) as _));
    let start = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(_)) => break,
            Ok(None) if start.elapsed() > TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                return Outcome {
                    stdout: Vec::new(),
                    stderr: b"<timeout>".to_vec(),
                    code: -1,
                };
            }
            _ => std::thread::sleep(Duration::from_millis(5)),
        }
    }
    let status = child.wait().expect("wait");
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    let prefix = format!("{}/", root.display());
    let strip = |b: Vec<u8>| {
        String::from_utf8_lossy(&b)
            .replace(&prefix, "")
            .into_bytes()
    };
    Outcome {
        stdout: strip(stdout),
        stderr: strip(stderr),
        code: status.code().unwrap_or(-1),
    }
}

fn expected(root: &Path, rel: &str) -> Outcome {
    let base = root.join(&rel[..rel.len() - 3]);
    let read = |ext: &str| std::fs::read(format!("{}{ext}", base.display())).unwrap_or_default();
    let code = String::from_utf8_lossy(&read(".exitcode"))
        .trim()
        .parse()
        .unwrap_or(0);
    Outcome {
        stdout: read(".expected"),
        stderr: read(".stderr"),
        code,
    }
}

fn first_diff(want: &[u8], got: &[u8]) -> String {
    let (w, g) = (String::from_utf8_lossy(want), String::from_utf8_lossy(got));
    for (i, (a, b)) in w.lines().zip(g.lines()).enumerate() {
        if a != b {
            return format!("line {}:\n    expected: {a}\n    got:      {b}", i + 1);
        }
    }
    format!(
        "lengths differ: expected {} lines, got {} lines (last got: {:?})",
        w.lines().count(),
        g.lines().count(),
        g.lines().last().unwrap_or("")
    )
}

/// The first mismatch of `rel` against its recording, over all modes.
fn check(root: &Path, rel: &str) -> Option<String> {
    let want = expected(root, rel);
    let source = std::fs::read_to_string(root.join(rel)).unwrap_or_default();
    let no_stress = source
        .lines()
        .take(10)
        .any(|l| l.trim() == "# piepie-test: no-gc-stress");
    for mode in MODES {
        if no_stress && !mode.env.is_empty() {
            continue;
        }
        let got = run(root, rel, mode);
        let what = if got.stdout != want.stdout {
            Some(format!("stdout {}", first_diff(&want.stdout, &got.stdout)))
        } else if got.stderr != want.stderr {
            Some(format!("stderr {}", first_diff(&want.stderr, &got.stderr)))
        } else if got.code != want.code {
            Some(format!(
                "exit code: expected {}, got {}",
                want.code, got.code
            ))
        } else {
            None
        };
        if let Some(w) = what {
            return Some(format!("{rel} [{}]: {w}", mode.describe()));
        }
    }
    None
}

/// Checks every program, on one worker thread per available core; the
/// results come back in the order of `rels`.
fn run_all(root: &Path, rels: &[String]) -> Vec<Option<String>> {
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results = std::sync::Mutex::new(vec![None; rels.len()]);
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(rel) = rels.get(i) else { break };
                let r = check(root, rel);
                results.lock().unwrap_or_else(|e| e.into_inner())[i] = r;
            });
        }
    });
    results.into_inner().unwrap_or_else(|e| e.into_inner())
}

#[test]
fn differential_programs_match_cpython() {
    let root = repo_root();
    let known: BTreeSet<String> = std::fs::read_to_string(root.join("tests/known_failures.txt"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    let only = std::env::var("PIEPIE_DIFF_ONLY").ok();
    let show = std::env::var("PIEPIE_SHOW_DIFF").is_ok();
    let selected: Vec<String> = programs(&root)
        .into_iter()
        .filter(|rel| only.as_ref().is_none_or(|o| rel.contains(o.as_str())))
        .collect();
    let results = run_all(&root, &selected);
    let mut passed = 0;
    let mut unexpected_failures = Vec::new();
    let mut unexpected_passes = Vec::new();
    let mut still_failing = 0;
    for (rel, failure) in selected.into_iter().zip(results) {
        match (failure, known.contains(&rel)) {
            (None, false) => passed += 1,
            (None, true) => unexpected_passes.push(rel),
            (Some(f), false) => unexpected_failures.push(f),
            (Some(f), true) => {
                still_failing += 1;
                if show {
                    eprintln!("(known) {f}");
                }
            }
        }
    }
    eprintln!("differential: {passed} passed, {still_failing} known failures");
    for f in &unexpected_failures {
        eprintln!("FAIL {f}");
    }
    for p in &unexpected_passes {
        eprintln!("NOW PASSES (remove from tests/known_failures.txt): {p}");
    }
    assert!(
        unexpected_failures.is_empty() && unexpected_passes.is_empty(),
        "{} unexpected failures, {} unexpected passes",
        unexpected_failures.len(),
        unexpected_passes.len()
    );
}
