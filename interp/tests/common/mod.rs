//! Helpers shared by the integration tests that run child processes.

use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// What [`run_with_timeout`] saw: the exit status (`None` if the process
/// was killed at the timeout) and stdout followed by stderr.
pub struct Finished {
    pub status: Option<ExitStatus>,
    pub output: String,
}

/// Runs `cmd` with stdin closed and both output pipes drained on threads
/// (so a chatty child cannot block on a full pipe), killing it after
/// `timeout`. Panics if the program cannot be started.
pub fn run_with_timeout(mut cmd: Command, timeout: Duration) -> Finished {
    let program = format!("{:?}", cmd.get_program());
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {program}: {e}"));
    let mut stdout = child.stdout.take().expect("stdout was piped");
    let mut stderr = child.stderr.take().expect("stderr was piped");
    let out_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = std::io::Read::read_to_end(&mut stdout, &mut buf);
        buf
    });
    let err_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = std::io::Read::read_to_end(&mut stderr, &mut buf);
        buf
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for the child") {
            break Some(status);
        }
        if start.elapsed() > timeout {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let mut output = String::from_utf8_lossy(&out_reader.join().unwrap_or_default()).to_string();
    output.push_str(&String::from_utf8_lossy(
        &err_reader.join().unwrap_or_default(),
    ));
    Finished { status, output }
}
