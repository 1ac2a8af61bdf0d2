//! The Kanbo test suite (`kanbo_py/tests`, stdlib `unittest`) run under the
//! built `piepie` binary and, when `python3` is CPython 3.11, under CPython
//! too: Kanbo must run unchanged on both. Each run is
//! `-m unittest discover -s kanbo_py/tests -t kanbo_py` from the workspace
//! root; the test fails with the runner's output if either run fails.
//! piepie uses its embedded standard library (PIEPIE_STDLIB is removed).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

mod common;

const TIMEOUT: Duration = Duration::from_secs(600);

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

struct Run {
    ok: bool,
    output: String,
}

/// Runs the suite with `program` (the interpreter) and collects its output.
fn run_suite(program: &str, extra_env: &[(&str, &str)]) -> Run {
    let mut cmd = Command::new(program);
    cmd.args([
        "-m",
        "unittest",
        "discover",
        "-s",
        "kanbo_py/tests",
        "-t",
        "kanbo_py",
    ])
    .current_dir(workspace())
    .env_remove("PYTHONPATH")
    .env_remove("PIEPIE_STDLIB")
    .env_remove("PIEPIE_JIT");
    for (k, v) in extra_env {
        cmd.env(k, v);
    }
    let common::Finished { status, mut output } = common::run_with_timeout(cmd, TIMEOUT);
    if status.is_none() {
        output.push_str(&format!("\n(timed out after {TIMEOUT:?})\n"));
    }
    let ok = status.is_some_and(|s| s.success()) && output.contains("\nOK");
    Run { ok, output }
}

/// The number of tests a runner reports (`Ran N tests`).
fn ran(output: &str) -> Option<usize> {
    let line = output.lines().find(|l| l.starts_with("Ran "))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Whether `python3` exists and is CPython 3.11.
fn python311() -> Option<String> {
    let out = Command::new("python3")
        .args([
            "-c",
            "import sys, platform; print(platform.python_implementation(), sys.version_info[:2] == (3, 11))",
        ])
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&out.stdout).trim().to_string();
    if out.status.success() && text == "CPython True" {
        Some("python3".to_string())
    } else {
        None
    }
}

#[test]
fn kanbo_suite_passes_on_piepie_and_cpython() {
    let mut failures = Vec::new();
    let piepie = run_suite(env!("CARGO_BIN_EXE_piepie"), &[]);
    if !piepie.ok {
        failures.push(format!("--- piepie ---\n{}", piepie.output));
    }
    let piepie_count = ran(&piepie.output);
    match python311() {
        Some(python) => {
            let cpython = run_suite(&python, &[("PYTHONDONTWRITEBYTECODE", "1")]);
            if !cpython.ok {
                failures.push(format!("--- CPython 3.11 ---\n{}", cpython.output));
            } else if piepie.ok && ran(&cpython.output) != piepie_count {
                failures.push(format!(
                    "test counts differ: piepie ran {piepie_count:?}, CPython {:?}",
                    ran(&cpython.output)
                ));
            }
        }
        None => {
            println!("note: python3 is not CPython 3.11; the Kanbo suite ran under piepie only")
        }
    }
    assert!(
        failures.is_empty(),
        "the Kanbo suite failed:\n{}",
        failures.join("\n")
    );
    assert!(
        piepie_count.is_some_and(|n| n >= 200),
        "the Kanbo suite ran too few tests: {piepie_count:?}"
    );
}
