//! Kanbo's browser test: runs `kanbo_py/browser_test/grid_drag.mjs` (node,
//! playwright-core, Debian's headless Chromium) against a Kanbo server under
//! the built `piepie` binary: log in, drag a card between grid bins, check
//! the server stored it and a second session saw it by polling, screenshot.
//! When node, /usr/bin/chromium or the test's node_modules are missing the
//! test says so loudly on stderr (past the harness's capture) and passes;
//! `.ci/run` installs all three so CI runs it for real.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

mod common;

const TIMEOUT: Duration = Duration::from_secs(90);
const CHROMIUM: &str = "/usr/bin/chromium";

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

/// Writes straight to the process's stderr so the note shows even when the
/// test passes (the harness captures only `print!`/`eprint!`).
fn loud(text: &str) {
    let _ = writeln!(std::io::stderr(), "{text}");
}

fn node_works() -> bool {
    Command::new("node")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

#[test]
fn kanbo_grid_drag_and_drop_in_headless_chromium() {
    let dir = workspace().join("kanbo_py").join("browser_test");
    let mut missing = Vec::new();
    if !node_works() {
        missing.push("`node` is not on PATH".to_string());
    }
    if !Path::new(CHROMIUM).exists() {
        missing.push(format!("{CHROMIUM} is missing (apt-get install chromium)"));
    }
    if !dir.join("node_modules").join("playwright-core").exists() {
        missing.push(format!(
            "{}/node_modules/playwright-core is missing (npm ci there)",
            dir.display()
        ));
    }
    if !missing.is_empty() {
        loud(&format!(
            "\n!!!!!!!! NOTE: the Kanbo browser test was SKIPPED: {} !!!!!!!!\n",
            missing.join("; ")
        ));
        return;
    }
    let shot = Path::new(env!("CARGO_TARGET_TMPDIR")).join("kanbo_grid.png");
    let mut cmd = Command::new("node");
    cmd.arg("grid_drag.mjs")
        .arg(env!("CARGO_BIN_EXE_piepie"))
        .current_dir(&dir)
        .env("KANBO_SCREENSHOT", &shot)
        .env_remove("PIEPIE_STDLIB")
        .env_remove("PIEPIE_JIT");
    let start = Instant::now();
    let common::Finished { status, output } = common::run_with_timeout(cmd, TIMEOUT);
    match status {
        None => panic!("the Kanbo browser test timed out after {TIMEOUT:?}:\n{output}"),
        Some(s) if !s.success() => panic!("the Kanbo browser test failed ({s}):\n{output}"),
        Some(_) => {}
    }
    assert!(
        output.contains("PASS:"),
        "the Kanbo browser test did not report PASS:\n{output}"
    );
    loud(&format!(
        "Kanbo browser test passed in {:.1} s; grid screenshot: {}",
        start.elapsed().as_secs_f64(),
        shot.display()
    ));
}
