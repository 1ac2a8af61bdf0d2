//! The `signal` module. The C-level handler only records that a signal
//! arrived; the Python handler runs later at a safepoint of the interpreter
//! (`check_signals`, called on loop back-edges and after calls), as in
//! CPython. Handlers live in the module's `_handlers` dict so the collector
//! sees them.

use crate::builtins::add_function;
use crate::object::Value;
use crate::vm::{Args, ExcKind, PyResult, Vm};
use std::sync::atomic::{AtomicBool, Ordering};

const NSIG: usize = 65;

/// Set when any signal is pending (the cheap test at safepoints).
pub static ANY_PENDING: AtomicBool = AtomicBool::new(false);
static PENDING: [AtomicBool; NSIG] = [const { AtomicBool::new(false) }; NSIG];

extern "C" fn on_signal(sig: libc::c_int) {
    if (sig as usize) < NSIG {
        PENDING[sig as usize].store(true, Ordering::SeqCst);
        ANY_PENDING.store(true, Ordering::SeqCst);
    }
}

const SIG_DFL: i64 = 0;
const SIG_IGN: i64 = 1;

fn handlers_dict(vm: &mut Vm) -> Option<Value> {
    let k = vm.intern_static("signal");
    let m = crate::builtins::dict::dict_get_str(vm.modules, k)?;
    let d = vm.module_dict(m);
    let k = vm.intern_static("_handlers");
    crate::builtins::dict::dict_get_str(d, k)
}

/// Runs the Python handlers of the signals that arrived since the last call.
#[inline]
pub fn check_signals(vm: &mut Vm) -> PyResult<()> {
    if ANY_PENDING.load(Ordering::Relaxed) {
        run_pending(vm)?;
    }
    Ok(())
}

/// Makes the next safepoint look at what is pending (a signal handler
/// or the heap limit; see `crate::memory`). Never allocates.
pub fn request_check() {
    ANY_PENDING.store(true, Ordering::SeqCst);
}

/// Runs the pending handlers now (also called by blocking calls on EINTR),
/// and raises `MemoryError` when the heap went over its limit.
pub fn run_pending(vm: &mut Vm) -> PyResult<()> {
    if !ANY_PENDING.swap(false, Ordering::SeqCst) {
        return Ok(());
    }
    if crate::memory::take_over() {
        // Signals that arrived meanwhile are handled at the next check.
        ANY_PENDING.store(true, Ordering::SeqCst);
        return Err(vm.exc(ExcKind::MemoryError, ""));
    }
    for (sig, flag) in PENDING.iter().enumerate() {
        if !flag.swap(false, Ordering::SeqCst) {
            continue;
        }
        if sig == libc::SIGINT as usize {
            if let Some(h) = handler_of(vm, sig) {
                call_handler(vm, h, sig)?;
            } else {
                return Err(vm.exc(ExcKind::KeyboardInterrupt, ""));
            }
            continue;
        }
        if let Some(h) = handler_of(vm, sig) {
            call_handler(vm, h, sig)?;
        }
    }
    Ok(())
}

fn handler_of(vm: &mut Vm, sig: usize) -> Option<Value> {
    let d = handlers_dict(vm)?;
    let key = vm.new_int(sig as i64);
    let h = vm.dict_get(d, key).ok().flatten()?;
    if vm.as_i64(h).is_some() {
        return None;
    }
    Some(h)
}

fn call_handler(vm: &mut Vm, h: Value, sig: usize) -> PyResult<()> {
    let s = vm.new_int(sig as i64);
    let none = vm.none;
    vm.call(h, &[s, none])?;
    Ok(())
}

/// Blocks the catchable signals in the calling thread (the launcher thread
/// that waits for the interpreter thread), so the kernel delivers them to
/// the interpreter.
pub fn block_in_this_thread() {
    // SAFETY: sigset operations on a local set; pthread_sigmask on the calling thread.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigfillset(&mut set);
        for s in [
            libc::SIGSEGV,
            libc::SIGBUS,
            libc::SIGFPE,
            libc::SIGILL,
            libc::SIGABRT,
        ] {
            libc::sigdelset(&mut set, s);
        }
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
    }
}

fn sig_arg(vm: &mut Vm, a: &Args) -> PyResult<i64> {
    let n = a.pos.first().and_then(|&v| vm.as_i64(v));
    match n {
        Some(n) if n >= 1 && (n as usize) < NSIG => Ok(n),
        Some(_) => Err(vm.value_error("signal number out of range")),
        None => Err(vm.type_error("an integer is required")),
    }
}

fn install_c_handler(sig: i64, how: libc::sighandler_t) {
    // SAFETY: a zeroed sigaction is valid; the handler only stores to atomics,
    // which is async-signal-safe.
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = how;
        libc::sigemptyset(&mut sa.sa_mask);
        sa.sa_flags = 0;
        libc::sigaction(sig as libc::c_int, &sa, std::ptr::null_mut());
    }
}

/// Makes SIGINT (Ctrl-C) raise KeyboardInterrupt at the next safepoint,
/// as Python's default handler does (the interactive prompt wants this:
/// Ctrl-C stops the running statement, not the session).
pub fn catch_keyboard_interrupt() {
    install_c_handler(
        libc::SIGINT as i64,
        on_signal as extern "C" fn(libc::c_int) as libc::sighandler_t,
    );
}

/// At start-up, as CPython does: unless SIGINT is ignored (a background
/// job of a non-interactive shell inherits it ignored, and keeps it so),
/// Ctrl-C raises KeyboardInterrupt at the next safepoint, in the
/// interpreter and in compiled loops alike (their back edges poll).
pub fn install_default_sigint() {
    // SAFETY: sigaction with a NULL new action only reads the current
    // disposition into the zeroed local.
    let ignored = unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        libc::sigaction(libc::SIGINT, std::ptr::null(), &mut old);
        old.sa_sigaction == libc::SIG_IGN
    };
    if !ignored {
        catch_keyboard_interrupt();
    }
}

/// Ends the process the way CPython does after an uncaught
/// KeyboardInterrupt: by SIGINT with its default action, so the parent
/// (a shell) sees that the program was interrupted; exit status 130 if the
/// signal somehow does not end it.
pub fn exit_by_sigint() -> ! {
    // SAFETY: restores SIGINT's default action, unblocks it in this thread
    // and sends it to the process; no memory of ours is touched.
    unsafe {
        install_c_handler(libc::SIGINT as i64, libc::SIG_DFL);
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGINT);
        libc::pthread_sigmask(libc::SIG_UNBLOCK, &set, std::ptr::null_mut());
        libc::kill(libc::getpid(), libc::SIGINT);
    }
    std::process::exit(130);
}

fn signal_fn(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let sig = sig_arg(vm, &a)?;
    let Some(&h) = a.pos.get(1) else {
        return Err(vm.type_error("signal() missing required argument 'handler' (pos 2)"));
    };
    if sig == libc::SIGKILL as i64 || sig == libc::SIGSTOP as i64 {
        return Err(vm.exc(ExcKind::OSError, "[Errno 22] Invalid argument"));
    }
    let how = match vm.as_i64(h) {
        Some(SIG_DFL) => libc::SIG_DFL,
        Some(SIG_IGN) => libc::SIG_IGN,
        Some(_) => {
            return Err(vm.type_error(
                "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object",
            ))
        }
        None => {
            if !is_callable(vm, h) {
                return Err(vm.type_error(
                    "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object",
                ));
            }
            on_signal as extern "C" fn(libc::c_int) as libc::sighandler_t
        }
    };
    let Some(d) = handlers_dict(vm) else {
        return Err(vm.exc(ExcKind::RuntimeError, "signal module state is missing"));
    };
    let key = vm.new_int(sig);
    let old = vm
        .dict_get(d, key)?
        .unwrap_or_else(|| Value::small(os_disposition(sig)));
    vm.dict_set(d, key, h)?;
    install_c_handler(sig, how);
    Ok(old)
}

fn is_callable(vm: &mut Vm, v: Value) -> bool {
    use crate::object::{kind_of, ObjKind};
    v.is_ptr()
        && match kind_of(v) {
            ObjKind::Function(_)
            | ObjKind::Builtin(_)
            | ObjKind::BoundMethod { .. }
            | ObjKind::Class(_) => true,
            _ => {
                let n = vm.intern_static("__call__");
                vm.lookup_special(v, n).is_some()
            }
        }
}

fn getsignal(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let sig = sig_arg(vm, &a)?;
    let Some(d) = handlers_dict(vm) else {
        return Ok(Value::small(SIG_DFL));
    };
    let key = vm.new_int(sig);
    Ok(vm
        .dict_get(d, key)?
        .unwrap_or_else(|| Value::small(os_disposition(sig))))
}

/// SIG_IGN or SIG_DFL for a signal no Python handler was set for: what the
/// process really does with it (SIGPIPE is ignored from start-up, as in
/// CPython, so writes to a closed pipe raise BrokenPipeError).
fn os_disposition(sig: i64) -> i64 {
    // SAFETY: sigaction with a NULL new action only reads the current
    // disposition into the zeroed local.
    let ignored = unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        libc::sigaction(sig as libc::c_int, std::ptr::null(), &mut old) == 0
            && old.sa_sigaction == libc::SIG_IGN
    };
    if ignored {
        SIG_IGN
    } else {
        SIG_DFL
    }
}

fn raise_signal(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let sig = sig_arg(vm, &a)?;
    // SAFETY: raise(3) with a checked signal number.
    unsafe { libc::raise(sig as libc::c_int) };
    run_pending(vm)?;
    Ok(vm.none)
}

/// `signal.strsignal(signalnum)`: the C library's description, or None
/// for a number it does not know.
fn strsignal_fn(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let sig = sig_arg(vm, &a)?;
    // SAFETY: strsignal takes any int and returns a NUL-terminated string
    // (or NULL) that stays valid until the next call; it is copied at once.
    let p = unsafe { libc::strsignal(sig as libc::c_int) };
    if p.is_null() {
        return Ok(vm.none);
    }
    // SAFETY: p is non-null and NUL-terminated (see above).
    let text = unsafe { std::ffi::CStr::from_ptr(p) }
        .to_string_lossy()
        .into_owned();
    if text.contains("Unknown signal") {
        return Ok(vm.none);
    }
    Ok(vm.new_str(text))
}

/// `signal._valid_signal_numbers()`: the numbers sigfillset() includes (the
/// Python layer turns the named ones into Signals members).
fn valid_signal_numbers(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let mut out = Vec::new();
    // SAFETY: a zeroed sigset_t is filled by sigfillset before it is read.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigfillset(&mut set);
        for sig in 1..NSIG as libc::c_int {
            if libc::sigismember(&set, sig) == 1 {
                out.push(Value::small(sig as i64));
            }
        }
    }
    Ok(vm.new_list(out))
}

/// `signal.default_int_handler(signalnum, frame)`: SIGINT's initial
/// handler, raising KeyboardInterrupt.
fn default_int_handler(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Err(vm.exc(ExcKind::KeyboardInterrupt, ""))
}

fn alarm(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let n = a.pos.first().and_then(|&v| vm.as_i64(v)).unwrap_or(0);
    // SAFETY: alarm(2) takes a plain integer.
    let r = unsafe { libc::alarm(n as libc::c_uint) };
    Ok(vm.new_int(r as i64))
}

pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("signal");
    let d = vm.module_dict(m);
    add_function(vm, d, "signal", signal_fn);
    add_function(vm, d, "getsignal", getsignal);
    add_function(vm, d, "raise_signal", raise_signal);
    add_function(vm, d, "alarm", alarm);
    add_function(vm, d, "strsignal", strsignal_fn);
    add_function(vm, d, "_valid_signal_numbers", valid_signal_numbers);
    let handlers = vm.new_dict();
    // SIGINT starts with Python's default handler (KeyboardInterrupt).
    add_function(vm, d, "default_int_handler", default_int_handler);
    let k = vm.intern_static("default_int_handler");
    if let Some(h) = crate::builtins::dict::dict_get_str(d, k) {
        let sig = vm.new_int(libc::SIGINT as i64);
        vm.dict_set(handlers, sig, h)?;
        // ... and, as in CPython, a C handler so SIGINT raises it (at the
        // next safepoint) instead of killing the process.
        catch_keyboard_interrupt();
    }
    let k = vm.intern_static("_handlers");
    vm.dict_set(d, k, handlers)?;
    for (n, v) in [
        ("SIG_DFL", SIG_DFL),
        ("SIG_IGN", SIG_IGN),
        ("SIGHUP", libc::SIGHUP as i64),
        ("SIGINT", libc::SIGINT as i64),
        ("SIGQUIT", libc::SIGQUIT as i64),
        ("SIGKILL", libc::SIGKILL as i64),
        ("SIGUSR1", libc::SIGUSR1 as i64),
        ("SIGUSR2", libc::SIGUSR2 as i64),
        ("SIGPIPE", libc::SIGPIPE as i64),
        ("SIGALRM", libc::SIGALRM as i64),
        ("SIGTERM", libc::SIGTERM as i64),
        ("SIGCHLD", libc::SIGCHLD as i64),
        ("SIGCONT", libc::SIGCONT as i64),
        ("SIGSTOP", libc::SIGSTOP as i64),
        ("NSIG", NSIG as i64),
        ("SIGCLD", libc::SIGCHLD as i64),
        ("SIGRTMIN", libc::SIGRTMIN() as i64),
        ("SIGRTMAX", libc::SIGRTMAX() as i64),
        ("SIG_BLOCK", libc::SIG_BLOCK as i64),
        ("SIG_UNBLOCK", libc::SIG_UNBLOCK as i64),
        ("SIG_SETMASK", libc::SIG_SETMASK as i64),
        ("SIGABRT", libc::SIGABRT as i64),
        ("SIGBUS", libc::SIGBUS as i64),
        ("SIGFPE", libc::SIGFPE as i64),
        ("SIGILL", libc::SIGILL as i64),
        ("SIGSEGV", libc::SIGSEGV as i64),
        ("SIGTRAP", libc::SIGTRAP as i64),
        ("SIGTSTP", libc::SIGTSTP as i64),
        ("SIGTTIN", libc::SIGTTIN as i64),
        ("SIGTTOU", libc::SIGTTOU as i64),
        ("SIGWINCH", libc::SIGWINCH as i64),
        ("SIGURG", libc::SIGURG as i64),
        ("SIGIO", libc::SIGIO as i64),
        ("SIGPROF", libc::SIGPROF as i64),
        ("SIGVTALRM", libc::SIGVTALRM as i64),
        ("SIGXCPU", libc::SIGXCPU as i64),
        ("SIGXFSZ", libc::SIGXFSZ as i64),
        ("SIGSYS", libc::SIGSYS as i64),
        ("SIGPWR", libc::SIGPWR as i64),
        ("SIGIOT", libc::SIGIOT as i64),
        ("SIGPOLL", libc::SIGPOLL as i64),
        ("SIGSTKFLT", libc::SIGSTKFLT as i64),
    ] {
        let k = vm.intern(n);
        let v = vm.new_int(v);
        vm.dict_set(d, k, v)?;
    }
    // The Signals/Handlers/Sigmasks enums and the functions returning them
    // are written in the subset (stdlib/_signalenum.py); `signal` is in
    // sys.modules already, so that module can import it and fill it in.
    let name = vm.new_str("_signalenum");
    let fromlist = vm.new_tuple(vec![]);
    let (none, zero) = (vm.none, vm.new_int(0));
    vm.import_name(name, fromlist, zero, none)?;
    Ok(m)
}
