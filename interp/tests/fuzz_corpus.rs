//! The quick version of the fuzzers, on stable Rust: every input of the
//! committed corpus (`fuzz/corpus/<target>/`) and every past finding
//! (`fuzz/regressions/<target>/`) goes through the property its target
//! checks (`piepie::fuzz_checks`), on a thread with the 4 GiB stack the
//! binary gives its interpreter. The long version is `cargo +nightly fuzz
//! run <target>` (see fuzz/README.md).

use piepie::vm::Vm;
use piepie_jit::JitConfig;
use std::path::{Path, PathBuf};

type Check = fn(&mut Vm, &[u8]) -> Result<(), String>;

fn inputs(target: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz");
    let mut files = Vec::new();
    for dir in ["corpus", "regressions"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir).join(target)) else {
            continue;
        };
        for e in entries.flatten() {
            if e.path().is_file() {
                files.push(e.path());
            }
        }
    }
    files.sort();
    files
}

fn replay(target: &'static str, check: Check) {
    let files = inputs(target);
    assert!(
        files.len() >= 10,
        "the {target} corpus is missing ({} inputs)",
        files.len()
    );
    let failures = std::thread::Builder::new()
        .stack_size(4 << 30)
        .spawn(move || {
            piepie::memory::set_limit(1 << 30);
            let mut vm = Vm::new(JitConfig::default());
            let mut failures = Vec::new();
            for f in &files {
                let data = std::fs::read(f).expect("read a corpus input");
                if let Err(msg) = check(&mut vm, &data) {
                    failures.push(format!("{}: {msg}", f.display()));
                }
            }
            failures
        })
        .expect("start the interpreter thread")
        .join()
        .expect("the interpreter thread crashed");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn front_end_corpus() {
    replay("front_end", piepie::fuzz_checks::check_front_end);
}

#[test]
fn eval_expr_corpus() {
    replay("eval_expr", piepie::fuzz_checks::check_eval);
}
