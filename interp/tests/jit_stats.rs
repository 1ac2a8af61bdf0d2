//! What the JIT must have done: each `tests/programs/jit/*.py` states it in
//! header lines such as
//!
//! ```text
//! # jit: loops compiled >= 1
//! # jit: aborts == 0
//! ```
//!
//! naming a counter of the `--jit-stats` report, a comparison (`==`, `>=`,
//! `<=`) and a number. This test runs each program with the JIT at its
//! defaults (or with the options of a `# jit-args:` line, such as
//! `--jit-threshold 1`) plus `--jit-stats` and checks every header against
//! the report.
//! (The programs' outputs are checked against CPython by the differential
//! test, in every JIT mode.)

use std::path::{Path, PathBuf};
use std::process::Command;

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

/// The `name: value` counters of a `--jit-stats` report.
fn counters(report: &str) -> Vec<(String, u64)> {
    report
        .lines()
        .filter_map(|l| {
            let (k, v) = l.trim().rsplit_once(':')?;
            Some((k.trim().to_string(), v.trim().parse::<f64>().ok()? as u64))
        })
        .collect()
}

/// The `# jit:` expectations of a program: (counter, comparison, number).
fn expectations(source: &str) -> Vec<(String, String, u64)> {
    source
        .lines()
        .filter_map(|l| l.strip_prefix("# jit:"))
        .map(|e| {
            let words: Vec<&str> = e.split_whitespace().collect();
            let n = words.len();
            assert!(n >= 3, "bad header {e:?}");
            let value = words[n - 1]
                .parse()
                .unwrap_or_else(|_| panic!("bad number in {e:?}"));
            (words[..n - 2].join(" "), words[n - 2].to_string(), value)
        })
        .collect()
}

#[test]
fn jit_programs_do_what_their_headers_say() {
    let root = repo_root();
    let dir = root.join("tests/programs/jit");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/programs/jit")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    files.sort();
    let mut failures = vec![];
    let mut checked = 0;
    for path in &files {
        let source = std::fs::read_to_string(path).expect("program");
        let expect = expectations(&source);
        if expect.is_empty() {
            failures.push(format!("{}: no `# jit:` header", path.display()));
            continue;
        }
        let args: Vec<&str> = source
            .lines()
            .filter_map(|l| l.strip_prefix("# jit-args:"))
            .flat_map(str::split_whitespace)
            .collect();
        let out = Command::new(env!("CARGO_BIN_EXE_piepie"))
            .args(&args)
            .arg("--jit-stats")
            .arg(path)
            .current_dir(&root)
            .output()
            .expect("run piepie");
        let stderr = String::from_utf8_lossy(&out.stderr);
        let report = &stderr[stderr.find("jit-stats:").unwrap_or(stderr.len())..];
        let have = counters(report);
        for (name, cmp, want) in expect {
            let Some(&(_, got)) = have.iter().find(|(k, _)| *k == name) else {
                failures.push(format!(
                    "{}: no counter {name:?} in\n{report}",
                    path.display()
                ));
                continue;
            };
            let ok = match cmp.as_str() {
                "==" => got == want,
                ">=" => got >= want,
                "<=" => got <= want,
                _ => panic!("bad comparison {cmp:?}"),
            };
            checked += 1;
            if !ok {
                failures.push(format!(
                    "{}: expected {name} {cmp} {want}, got {got}\n{report}",
                    path.display()
                ));
            }
        }
    }
    assert!(checked >= files.len(), "every program checks something");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
