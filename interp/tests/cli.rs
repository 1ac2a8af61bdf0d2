//! The command-line test: every `tests/cli/<name>.input` is fed to the built
//! `piepie` binary on stdin, with the arguments of `<name>.args` (one a line;
//! an empty file means none; without the file, `-i`: an interactive session
//! on a piped stdin), in `tests/cli` as working directory. Stdout, stderr and
//! the exit code must equal what CPython 3.11 did, as recorded by
//! `tests/cli/record.py` in `<name>.stdout`, `<name>.stderr`, `<name>.exitcode`.
//!
//! Two normalizations, the same on both sides:
//! - the interactive banner (the first two stderr lines, starting with
//!   `Python 3.11`) names the implementation: record.py drops CPython's, and
//!   this test drops piepie's;
//! - messages naming the program (usage errors, "can't open file") name it
//!   by its path: both CPython's and piepie's become `PROGRAM`; the line
//!   ``Try `python -h' for more information.`` names the command (piepie
//!   says `piepie -h`): lines starting with ``Try ` `` are compared up to
//!   their first word only.
//!
//! Each case runs twice: normally and with `PIEPIE_GC_STRESS=1` (a
//! collection at nearly every safepoint catches unrooted values). The
//! absolute path of `tests/cli/` is stripped from the output, as record.py
//! does. Set `PIEPIE_CLI_ONLY=substring` to select cases.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(30);

fn cli_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .join("tests/cli")
}

fn read(path: &Path) -> Option<Vec<u8>> {
    std::fs::read(path).ok()
}

/// The arguments of a case (see the module comment).
fn case_args(base: &Path) -> Vec<String> {
    match std::fs::read_to_string(base.with_extension("args")) {
        Ok(text) => text
            .lines()
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect(),
        Err(_) => vec!["-i".to_string()],
    }
}

/// Drops the banner's two lines from an interactive session's stderr.
fn drop_banner(stderr: String) -> String {
    if stderr.starts_with("Python 3.11") {
        stderr.split_inclusive('\n').skip(2).collect()
    } else {
        stderr
    }
}

/// Cuts the command-naming `Try ...` line to its first word.
fn normalize_usage(stderr: &str) -> String {
    let mut out = String::new();
    for line in stderr.split_inclusive('\n') {
        if line.starts_with("Try `") {
            out.push_str("Try ...\n");
        } else {
            out.push_str(line);
        }
    }
    out
}

struct Outcome {
    stdout: String,
    stderr: String,
    code: i32,
}

fn run_piepie(dir: &Path, args: &[String], input: Vec<u8>, gc_stress: bool) -> Outcome {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_piepie"));
    if gc_stress {
        cmd.env("PIEPIE_GC_STRESS", "1");
    }
    let mut child = cmd
        .args(args)
        .current_dir(dir)
        .env_remove("PYTHONPATH")
        .env_remove("PIEPIE_JIT")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run piepie");
    let mut stdin = child.stdin.take().expect("stdin");
    let writer = std::thread::spawn(move || {
        // The process may exit before reading everything (exit()).
        let _ = stdin.write_all(&input);
    });
    let start = Instant::now();
    loop {
        if child.try_wait().expect("wait").is_some() {
            break;
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let out = child.wait_with_output().expect("output");
    let _ = writer.join();
    let prefix = format!("{}/", dir.display());
    let text = |b: Vec<u8>| String::from_utf8_lossy(&b).replace(&prefix, "");
    Outcome {
        stdout: text(out.stdout),
        stderr: text(out.stderr).replace(env!("CARGO_BIN_EXE_piepie"), "PROGRAM"),
        code: out.status.code().unwrap_or(-1),
    }
}

#[test]
fn cli_cases_match_cpython() {
    let dir = cli_dir();
    let only = std::env::var("PIEPIE_CLI_ONLY").ok();
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/cli")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "input"))
        .filter(|p| {
            only.as_deref()
                .is_none_or(|o| p.to_string_lossy().contains(o))
        })
        .collect();
    inputs.sort();
    assert!(
        only.is_some() || inputs.len() >= 10,
        "tests/cli cases missing"
    );
    let mut failures = Vec::new();
    for input in &inputs {
        let name = input.file_stem().unwrap().to_string_lossy().to_string();
        let base = input.with_extension("");
        let args = case_args(&base);
        let expected_out = read(&base.with_extension("stdout"))
            .unwrap_or_else(|| panic!("{name}: no .stdout: run tests/cli/record.py"));
        let expected_err = read(&base.with_extension("stderr")).unwrap_or_default();
        let expected_code: i32 = std::fs::read_to_string(base.with_extension("exitcode"))
            .map(|s| s.trim().parse().expect("exit code"))
            .unwrap_or(0);
        let want_err = normalize_usage(&String::from_utf8_lossy(&expected_err));
        let want_out = String::from_utf8_lossy(&expected_out).to_string();
        for gc_stress in [false, true] {
            let got = run_piepie(&dir, &args, read(input).unwrap(), gc_stress);
            let got_err = normalize_usage(&drop_banner(got.stderr));
            let mut problems = Vec::new();
            if got.stdout != want_out {
                problems.push(format!(
                    "stdout:\n--- expected\n{want_out}--- got\n{}",
                    got.stdout
                ));
            }
            if got_err != want_err {
                problems.push(format!(
                    "stderr:\n--- expected\n{want_err}--- got\n{got_err}"
                ));
            }
            if got.code != expected_code {
                problems.push(format!("exit code {} (expected {expected_code})", got.code));
            }
            if !problems.is_empty() {
                let mode = if gc_stress { " PIEPIE_GC_STRESS=1" } else { "" };
                failures.push(format!("{name} {args:?}{mode}: {}", problems.join("\n")));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} CLI cases differ from CPython:\n{}",
        failures.len(),
        inputs.len(),
        failures.join("\n\n")
    );
}
