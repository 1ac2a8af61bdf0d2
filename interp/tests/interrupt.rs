//! Ctrl-C: SIGINT sent to a running `piepie` raises KeyboardInterrupt at
//! the next safepoint — in the interpreter, in compiled loops (their back
//! edges poll for signals), in inlined calls and in a blocking sleep — in
//! every JIT mode. Uncaught, it prints a traceback ending in
//! `KeyboardInterrupt` and the process ends by SIGINT, as CPython's does;
//! caught, the program goes on.

use std::io::{BufRead, BufReader, Read};
use std::os::unix::process::ExitStatusExt;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const MODES: &[&[&str]] = &[&["--jit", "off"], &[], &["--jit-threshold", "1"]];

/// Programs that print `ready` once they are deep in their endless part.
const SPINNERS: &[(&str, &str)] = &[
    (
        "while_loop",
        "def spin():\n    i = 0\n    while True:\n        i += 1\n        if i == 100000:\n            print('ready', flush=True)\nspin()\n",
    ),
    (
        "for_range_with_call",
        "def step(x):\n    return x * 3 % 7\n\ndef spin():\n    t = 0\n    for i in range(10 ** 15):\n        t += step(i)\n        if i == 100000:\n            print('ready', flush=True)\nspin()\n",
    ),
    (
        "float_loop",
        "x = 0.0\nn = 0\nwhile x >= 0.0:\n    x = x * 0.5 + 1.0\n    n += 1\n    if n == 100000:\n        print('ready', flush=True)\n",
    ),
    (
        "sleep",
        "import time\nprint('ready', flush=True)\nwhile True:\n    time.sleep(0.05)\n",
    ),
];

fn piepie() -> &'static str {
    env!("CARGO_BIN_EXE_piepie")
}

struct Interrupted {
    status: std::process::ExitStatus,
    stdout: String,
    stderr: String,
}

/// Starts `source` under `args`, waits for its `ready` line (and a little
/// more, so hot loops are compiled), sends SIGINT and collects the result.
fn interrupt(source: &str, args: &[&str]) -> Interrupted {
    let mut child = Command::new(piepie())
        .args(args)
        .args(["-c", source])
        .env_remove("PIEPIE_JIT")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start piepie");
    let mut stdout = BufReader::new(child.stdout.take().expect("piped"));
    let mut first = String::new();
    stdout.read_line(&mut first).expect("read the ready line");
    assert_eq!(first, "ready\n", "the program did not get ready");
    std::thread::sleep(Duration::from_millis(300));
    // SAFETY: kill(2) on the pid of a child we started and have not reaped.
    unsafe {
        libc::kill(child.id() as libc::pid_t, libc::SIGINT);
    }
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().expect("wait") {
            break s;
        }
        if start.elapsed() > Duration::from_secs(20) {
            let _ = child.kill();
            panic!("piepie {args:?} did not stop within 20 s of SIGINT");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).expect("stdout");
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .expect("piped")
        .read_to_string(&mut stderr)
        .expect("stderr");
    Interrupted {
        status,
        stdout: first + &rest,
        stderr,
    }
}

#[test]
fn sigint_raises_keyboard_interrupt_everywhere() {
    for (name, source) in SPINNERS {
        for args in MODES {
            let r = interrupt(source, args);
            let what = format!("{name} under {args:?}: stderr {:?}", r.stderr);
            assert_eq!(r.status.signal(), Some(libc::SIGINT), "{what}");
            assert!(
                r.stderr.starts_with("Traceback (most recent call last):\n"),
                "{what}"
            );
            assert!(r.stderr.ends_with("\nKeyboardInterrupt\n"), "{what}");
        }
    }
}

#[test]
fn keyboard_interrupt_can_be_caught_in_a_compiled_loop() {
    let source = "def spin():\n    i = 0\n    try:\n        while True:\n            i += 1\n            if i == 100000:\n                print('ready', flush=True)\n    except KeyboardInterrupt:\n        print('caught', i > 100000)\nspin()\nprint('after')\n";
    for args in MODES {
        let r = interrupt(source, args);
        assert_eq!(r.status.code(), Some(0), "{args:?}: {:?}", r.stderr);
        assert_eq!(r.stdout, "ready\ncaught True\nafter\n", "{args:?}");
        assert_eq!(r.stderr, "", "{args:?}");
    }
}
