//! Runs one command to completion and measures it: wall time from spawn to
//! reaping, peak RSS from `wait4`'s rusage, exit status, captured output,
//! and a hard timeout.

use crate::model::RunRecord;
use std::io::Read;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Runs `argv` with stdin closed and stdout/stderr captured.
pub fn run(argv: &[String], timeout: Duration) -> RunRecord {
    let mut rec = RunRecord::default();
    let start = Instant::now();
    let mut child = match Command::new(&argv[0])
        .args(&argv[1..])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(c) => c,
        Err(e) => {
            rec.spawn_error = Some(format!("{}: {e}", argv[0]));
            return rec;
        }
    };
    let pid = child.id() as libc::pid_t;
    let mut out_pipe = child.stdout.take();
    let mut err_pipe = child.stderr.take();
    let out_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        if let Some(p) = out_pipe.as_mut() {
            let _ = p.read_to_end(&mut v);
        }
        v
    });
    let err_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        if let Some(p) = err_pipe.as_mut() {
            let _ = p.read_to_end(&mut v);
        }
        v
    });
    let reaped = Arc::new(AtomicBool::new(false));
    let killed = Arc::new(AtomicBool::new(false));
    let watchdog = {
        let reaped = reaped.clone();
        let killed = killed.clone();
        std::thread::spawn(move || {
            let deadline = Instant::now() + timeout;
            while !reaped.load(Ordering::SeqCst) {
                if Instant::now() >= deadline {
                    killed.store(true, Ordering::SeqCst);
                    // SAFETY: kill(2) on the child's pid, which has not been
                    // reaped yet (checked just above), so it is still ours.
                    unsafe {
                        libc::kill(pid, libc::SIGKILL);
                    }
                    return;
                }
                std::thread::sleep(Duration::from_millis(20));
            }
        })
    };
    let mut status: libc::c_int = 0;
    // SAFETY: rusage is a plain C struct for which all-zero bytes is valid.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    loop {
        // SAFETY: wait4 on our own child's pid with valid out-pointers to
        // locals that live across the call.
        let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if r == pid {
            break;
        }
        if std::io::Error::last_os_error().raw_os_error() != Some(libc::EINTR) {
            rec.spawn_error = Some(format!("wait4 failed: {}", std::io::Error::last_os_error()));
            break;
        }
    }
    rec.secs = start.elapsed().as_secs_f64();
    reaped.store(true, Ordering::SeqCst);
    let _ = watchdog.join();
    // Linux reports ru_maxrss in KiB.
    rec.peak_rss_kib = usage.ru_maxrss.max(0) as u64;
    rec.timed_out = killed.load(Ordering::SeqCst);
    if libc::WIFEXITED(status) {
        rec.exit_code = Some(libc::WEXITSTATUS(status));
    } else if libc::WIFSIGNALED(status) {
        let sig = libc::WTERMSIG(status);
        rec.stderr = format!("[terminated by signal {sig}]\n");
    }
    let out = out_t.join().unwrap_or_default();
    let err = err_t.join().unwrap_or_default();
    rec.stdout = String::from_utf8_lossy(&out).into_owned();
    rec.stderr = String::from_utf8_lossy(&err).into_owned() + &rec.stderr;
    // The child was reaped by wait4; dropping `child` does not wait again.
    drop(child);
    rec
}
