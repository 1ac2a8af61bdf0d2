//! Resource limits: a program that allocates without bound gets
//! `MemoryError` (with a traceback, exit status 1) at the heap limit
//! (`--max-heap`, `PIEPIE_MAX_HEAP`, or by default 3/4 of the machine's
//! memory) — never an abort with a Rust message or the kernel's OOM
//! killer; a handler that catches it can go on once the memory is
//! released; sizes a program asks for outright are refused before the
//! allocation. Deep recursion raises `RecursionError`. Every case runs
//! with the JIT off and forced.

use std::process::Command;

const MODES: &[&[&str]] = &[&["--jit", "off"], &["--jit-threshold", "1"]];

struct Ran {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn run(args: &[&str], source: &str, env: &[(&str, &str)]) -> Ran {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_piepie"));
    cmd.args(args).args(["-c", source]).env_remove("PIEPIE_JIT");
    cmd.env_remove("PIEPIE_MAX_HEAP");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd
        .stdin(std::process::Stdio::null())
        .output()
        .expect("run piepie");
    Ran {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn assert_memory_error(r: &Ran, what: &str) {
    assert_eq!(r.code, Some(1), "{what}: {}", r.stderr);
    assert!(
        r.stderr.starts_with("Traceback (most recent call last):\n"),
        "{what}: {}",
        r.stderr
    );
    assert!(
        r.stderr.ends_with("\nMemoryError\n"),
        "{what}: {}",
        r.stderr
    );
}

const GROWERS: &[(&str, &str)] = &[
    (
        "list_of_strings",
        "x = []\nwhile True:\n    x.append('a' * 1000 + str(len(x)))\n",
    ),
    (
        "dict_of_lists_in_a_function",
        "def build():\n    d = {}\n    i = 0\n    while True:\n        d[i] = [i] * 100\n        i += 1\nbuild()\n",
    ),
    (
        "list_of_a_generator",
        "def gen():\n    i = 0\n    while True:\n        yield 'x' * 100 + str(i)\n        i += 1\nx = list(gen())\n",
    ),
    ("string_doubling", "s = 'ab'\nwhile True:\n    s = s + s\n"),
];

#[test]
fn unbounded_allocation_raises_memory_error_at_the_limit() {
    for (name, source) in GROWERS {
        for mode in MODES {
            let args: Vec<&str> = mode.iter().copied().chain(["--max-heap", "256M"]).collect();
            let r = run(&args, source, &[]);
            assert_memory_error(&r, &format!("{name} {mode:?}"));
        }
    }
    // The same through the environment.
    let r = run(&[], GROWERS[0].1, &[("PIEPIE_MAX_HEAP", "200M")]);
    assert_memory_error(&r, "PIEPIE_MAX_HEAP");
}

#[test]
fn a_caught_memory_error_lets_the_program_go_on() {
    let source = "def build():\n    d = {}\n    i = 0\n    while True:\n        d[i] = [i] * 100\n        i += 1\ntry:\n    build()\nexcept MemoryError:\n    print('caught MemoryError')\nfor round in range(3):\n    try:\n        build()\n    except MemoryError:\n        pass\nprint('after', sum(range(10)))\n";
    for mode in MODES {
        let args: Vec<&str> = mode.iter().copied().chain(["--max-heap", "256M"]).collect();
        let r = run(&args, source, &[]);
        assert_eq!(r.code, Some(0), "{mode:?}: {}", r.stderr);
        assert_eq!(r.stdout, "caught MemoryError\nafter 45\n", "{mode:?}");
    }
}

#[test]
fn outright_huge_requests_are_refused_under_the_default_limit() {
    for source in [
        "x = [0] * (10 ** 12)",
        "x = (1, 2) * (2 ** 62)",
        "x = bytearray(10 ** 13)",
        "x = bytes(10 ** 13)",
        "x = 'ab' * (10 ** 13)",
        "x = [None]\nx *= 10 ** 12",
    ] {
        for mode in MODES {
            let r = run(mode, source, &[]);
            assert_memory_error(&r, &format!("{source:?} {mode:?}"));
        }
    }
}

#[test]
fn deep_recursion_raises_recursion_error() {
    let source = "import sys\ndef f(n):\n    return f(n + 1) + 1\ntry:\n    f(0)\nexcept RecursionError as e:\n    print('RecursionError', e)\ndef g(n):\n    return g(n + 1)\ng(0)\n";
    for mode in MODES {
        let r = run(mode, source, &[]);
        assert_eq!(
            r.stdout, "RecursionError maximum recursion depth exceeded\n",
            "{mode:?}"
        );
        assert_eq!(r.code, Some(1), "{mode:?}");
        assert!(
            r.stderr
                .ends_with("RecursionError: maximum recursion depth exceeded\n"),
            "{mode:?}: {}",
            &r.stderr[r.stderr.len().saturating_sub(300)..]
        );
    }
}

#[test]
fn a_bad_heap_size_is_a_usage_error() {
    let r = run(&["--max-heap", "lots"], "pass", &[]);
    assert_eq!(r.code, Some(2));
    assert!(
        r.stderr.contains("--max-heap expects a size"),
        "{}",
        r.stderr
    );
}
