//! The properties the fuzz targets (`fuzz/`) check, shared with the test
//! that replays their corpus on stable Rust (`interp/tests/fuzz_corpus.rs`).
//!
//! - front end: any bytes, read as source the way `piepie file.py` reads
//!   them, compile or raise `SyntaxError` (or a subclass), `RecursionError`
//!   or `MemoryError`;
//! - eval: any bytes, as the text of an expression given to `eval()` with
//!   the builtins minus those that reach outside the process (files,
//!   imports, the prompt), return a value or raise a Python exception whose
//!   repr can be taken.
//!
//! A Rust panic is caught and reported as a violation; a crash or a hang is
//! the fuzzer's to see. Each check returns `Err(description)` on a
//! violation. The caller supplies the `Vm` (one can serve many inputs).

use crate::object::Value;
use crate::vm::{ExcKind, Vm};
use std::panic::{catch_unwind, AssertUnwindSafe};

/// Longest input the checks look at (longer ones are cut): the fuzzers'
/// interesting cases are small, and this bounds a single run's time.
pub const MAX_INPUT: usize = 4096;

/// Builtins the eval check withholds: they reach files, modules, the
/// prompt or the process.
const WITHHELD: &[&str] = &[
    "open",
    "__import__",
    "exec",
    "eval",
    "compile",
    "input",
    "breakpoint",
    "exit",
    "quit",
    "help",
    "globals",
    "vars",
    "locals",
];

fn source_of(data: &[u8]) -> String {
    String::from_utf8_lossy(&data[..data.len().min(MAX_INPUT)]).into_owned()
}

fn exception_name(vm: &mut Vm, e: Value) -> String {
    vm.type_name(e)
}

/// Compiles `data` as a module.
pub fn check_front_end(vm: &mut Vm, data: &[u8]) -> Result<(), String> {
    let source = source_of(data);
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        vm.compile_source(&source, "<fuzz>").map(|_| ())
    }));
    match outcome {
        Err(_) => Err(format!("panic compiling {source:?}")),
        Ok(Ok(())) => Ok(()),
        Ok(Err(e)) => {
            let e = e.0;
            if vm.exc_matches(e, ExcKind::SyntaxError)
                || vm.exc_matches(e, ExcKind::RecursionError)
                || vm.exc_matches(e, ExcKind::MemoryError)
            {
                Ok(())
            } else {
                let name = exception_name(vm, e);
                Err(format!("compiling {source:?} raised {name}"))
            }
        }
    }
}

/// Evaluates `data` as an expression under restricted builtins and takes
/// the repr of the result or of the exception.
pub fn check_eval(vm: &mut Vm, data: &[u8]) -> Result<(), String> {
    let source = source_of(data);
    let outcome = catch_unwind(AssertUnwindSafe(|| eval_restricted(vm, &source)));
    match outcome {
        Err(_) => Err(format!("panic evaluating {source:?}")),
        Ok(Ok(())) => Ok(()),
        Ok(Err(msg)) => Err(msg),
    }
}

fn eval_restricted(vm: &mut Vm, source: &str) -> Result<(), String> {
    let driver = "\
import builtins as _b
_safe = {k: v for k, v in _b.__dict__.items() if k not in _withheld}
try:
    _r = repr(_eval(_src, {'__builtins__': _safe}))
except BaseException as _e:
    _r = type(_e).__name__ + repr(_e.args)
";
    let globals = vm.new_dict();
    let set = |vm: &mut Vm, name: &str, v: Value| {
        let k = vm.intern(name);
        let _ = vm.dict_set(globals, k, v);
    };
    let src = vm.new_str(source);
    set(vm, "_src", src);
    let names: Vec<Value> = WITHHELD.iter().map(|n| vm.new_str(*n)).collect();
    let withheld = vm.new_tuple(names);
    set(vm, "_withheld", withheld);
    let bm = vm.builtins_module();
    let eval_name = vm.intern_static("eval");
    let eval = vm
        .getattr(bm, eval_name)
        .map_err(|_| "no builtin eval".to_string())?;
    set(vm, "_eval", eval);
    match vm.run_source(driver, "<fuzz-driver>", globals) {
        Ok(_) => Ok(()),
        // The driver catches everything the expression raises; what
        // escapes is an exception while taking a repr of the exception
        // itself (possible for odd args) — still a Python exception, fine,
        // unless it is not an exception object at all.
        Err(e) => {
            if vm.exc_matches(e.0, ExcKind::BaseException) {
                Ok(())
            } else {
                Err(format!("evaluating {source:?} left a non-exception"))
            }
        }
    }
}
