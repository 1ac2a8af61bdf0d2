//! Runs the `piepie::fuzz_checks` properties for the fuzz targets on one
//! long-lived interpreter thread with the 4 GiB stack the `piepie` binary
//! gives its interpreter, so a nesting depth the binary survives is not
//! reported as a stack overflow of the fuzzer's smaller main stack. A
//! violation panics in the fuzzer's thread (libFuzzer records the input);
//! a crash on the interpreter thread takes the process down, which
//! libFuzzer also records.

use piepie::vm::Vm;
use piepie_jit::JitConfig;
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::{Mutex, OnceLock};

/// Which property to check.
#[derive(Clone, Copy)]
pub enum Check {
    FrontEnd,
    Eval,
}

type Job = (Check, Vec<u8>);

struct Worker {
    jobs: Sender<Job>,
    results: Receiver<Result<(), String>>,
}

fn worker() -> &'static Mutex<Worker> {
    static WORKER: OnceLock<Mutex<Worker>> = OnceLock::new();
    WORKER.get_or_init(|| {
        let (jobs, job_rx) = channel::<Job>();
        let (result_tx, results) = channel();
        std::thread::Builder::new()
            .name("piepie-fuzz".into())
            .stack_size(4 << 30)
            .spawn(move || {
                // A heap limit well under the machine's, so inputs that ask
                // for huge sizes get MemoryError quickly.
                piepie::memory::set_limit(1 << 30);
                let mut vm: Box<Vm> = Vm::new(JitConfig::default());
                for (check, data) in job_rx {
                    let r = match check {
                        Check::FrontEnd => piepie::fuzz_checks::check_front_end(&mut vm, &data),
                        Check::Eval => piepie::fuzz_checks::check_eval(&mut vm, &data),
                    };
                    if result_tx.send(r).is_err() {
                        break;
                    }
                }
            })
            .expect("start the interpreter thread");
        Mutex::new(Worker { jobs, results })
    })
}

/// Checks `data`; panics (a libFuzzer finding) on a violation.
pub fn run(check: Check, data: &[u8]) {
    let w = worker().lock().expect("worker lock");
    w.jobs.send((check, data.to_vec())).expect("interpreter thread alive");
    match w.results.recv() {
        Ok(Ok(())) => {}
        Ok(Err(msg)) => panic!("{msg}"),
        Err(_) => panic!("the interpreter thread died"),
    }
}
