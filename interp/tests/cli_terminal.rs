//! The interactive prompt on a terminal: `piepie` runs on a pseudo-terminal
//! (stdin, stdout and stderr), so it edits lines with rustyline. Checked:
//! expressions echo, a bracket continues the statement, Ctrl-C at the
//! prompt prints `KeyboardInterrupt` and the session goes on, the up arrow
//! recalls history, Ctrl-D ends with exit code 0, and the history is saved
//! to `$HOME/.piepie_history` (and loaded by the next session).
//!
//! What the terminal shows is full of rustyline's escape sequences, so the
//! test looks for the program's output in it rather than comparing bytes.

use std::io::{Read, Write};
use std::os::fd::{FromRawFd, OwnedFd};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A pseudo-terminal pair: (master, slave).
fn open_pty() -> (std::fs::File, OwnedFd) {
    let (mut master, mut slave) = (0, 0);
    // SAFETY: openpty writes two file descriptors into the given integers;
    // name, termios and window size may be null.
    let r = unsafe {
        libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            std::ptr::null(),
        )
    };
    assert_eq!(r, 0, "openpty failed");
    // SAFETY: both descriptors were just opened and are owned by nobody else.
    unsafe {
        (
            std::fs::File::from_raw_fd(master),
            OwnedFd::from_raw_fd(slave),
        )
    }
}

/// Reads from the terminal until `want` has appeared in everything read so
/// far (or the time runs out). Returns whether it did.
fn read_until(master: &mut std::fs::File, seen: &mut String, want: &str) -> bool {
    read_until_with(master, seen, |s| s.contains(want))
}

/// Reads until `want` then a prompt have appeared: rustyline shows the
/// prompt once the terminal is in raw mode, so a Ctrl-C typed after it is
/// a key, not a signal the line discipline would swallow.
fn read_until_prompt(master: &mut std::fs::File, seen: &mut String, want: &str) -> bool {
    read_until_with(master, seen, |s| {
        s.find(want).is_some_and(|at| {
            let rest = &s[at + want.len()..];
            rest.contains(">>> ") || rest.contains("... ")
        })
    })
}

fn read_until_with(
    master: &mut std::fs::File,
    seen: &mut String,
    done: impl Fn(&str) -> bool,
) -> bool {
    let deadline = Instant::now() + Duration::from_secs(20);
    while !done(seen) {
        if Instant::now() > deadline {
            return false;
        }
        let mut pfd = libc::pollfd {
            fd: std::os::fd::AsRawFd::as_raw_fd(master),
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: one valid pollfd.
        let n = unsafe { libc::poll(&mut pfd, 1, 100) };
        if n <= 0 {
            continue;
        }
        let mut buf = [0u8; 4096];
        match master.read(&mut buf) {
            Ok(0) | Err(_) => return done(seen),
            Ok(k) => seen.push_str(&String::from_utf8_lossy(&buf[..k])),
        }
    }
    true
}

/// Runs one session: each (input, expected output) step sends the input
/// and waits for the output, then for the next prompt (except for the
/// steps that end the session). Returns the exit code and the transcript.
fn session(home: &std::path::Path, steps: &[(&str, &str)]) -> (i32, String) {
    let (mut master, slave) = open_pty();
    let mut child = Command::new(env!("CARGO_BIN_EXE_piepie"))
        .env("HOME", home)
        .env("TERM", "xterm")
        .stdin(Stdio::from(slave.try_clone().unwrap()))
        .stdout(Stdio::from(slave.try_clone().unwrap()))
        .stderr(Stdio::from(slave))
        .spawn()
        .expect("run piepie");
    let mut seen = String::new();
    assert!(
        read_until(&mut master, &mut seen, ">>> "),
        "no prompt: {seen:?}"
    );
    for (input, want) in steps {
        let from = seen.len();
        master.write_all(input.as_bytes()).unwrap();
        let mut tail = seen.split_off(from);
        let is_prompt = *want == ">>> " || *want == "... ";
        let ok = if is_prompt || input.starts_with("exit(") || *input == "\x04" {
            read_until(&mut master, &mut tail, want)
        } else {
            read_until_prompt(&mut master, &mut tail, want)
        };
        seen.push_str(&tail);
        assert!(ok, "after {input:?}, no {want:?} in {:?}", &seen[from..]);
    }
    let deadline = Instant::now() + Duration::from_secs(20);
    let code = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status.code().unwrap_or(-1);
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("piepie did not exit: {seen:?}");
        }
        let mut buf = [0u8; 4096];
        let mut pfd = libc::pollfd {
            fd: std::os::fd::AsRawFd::as_raw_fd(&master),
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: one valid pollfd.
        if unsafe { libc::poll(&mut pfd, 1, 50) } > 0 {
            if let Ok(k) = master.read(&mut buf) {
                seen.push_str(&String::from_utf8_lossy(&buf[..k]));
            }
        }
    };
    (code, seen)
}

#[test]
fn terminal_session_edits_lines_and_keeps_history() {
    let home = std::env::temp_dir().join(format!("piepie-cli-terminal-{}", std::process::id()));
    std::fs::create_dir_all(&home).unwrap();
    let history = home.join(".piepie_history");
    let _ = std::fs::remove_file(&history);

    let (code, transcript) = session(
        &home,
        &[
            ("6 * 7\r", "42"),
            ("x = (1,\r", "... "),
            ("2)\r", ">>> "),
            ("x\r", "(1, 2)"),
            ("\x03", "KeyboardInterrupt"),
            ("1/0\r", "ZeroDivisionError: division by zero"),
            // The up arrow recalls `1/0`.
            ("\x1b[A\r", "ZeroDivisionError: division by zero"),
            ("\x04", ""),
        ],
    );
    assert_eq!(code, 0, "{transcript:?}");
    assert!(
        transcript.starts_with("Python 3.11.7 (piepie"),
        "{transcript:?}"
    );
    let saved = std::fs::read_to_string(&history).expect("history saved");
    assert!(saved.lines().any(|l| l == "6 * 7"), "{saved:?}");
    assert!(saved.lines().any(|l| l == "x = (1,"), "{saved:?}");

    // The next session loads it: the up arrow brings back the last line.
    let (code, transcript) = session(
        &home,
        &[("\x1b[A\r", "ZeroDivisionError"), ("exit(4)\r", "")],
    );
    assert_eq!(code, 4, "{transcript:?}");
    let _ = std::fs::remove_dir_all(&home);
}
