//! OSError construction shared by the native modules: an errno picks the
//! CPython subclass (FileNotFoundError, ConnectionRefusedError, ...), and the
//! exception carries `(errno, strerror[, filename[, None, filename2]])` so its
//! str reads `[Errno 2] No such file or directory: 'x'`.

use crate::object::Value;
use crate::vm::{Exc, ExcKind, Vm};

/// The OSError subclass CPython raises for `errno`.
pub fn kind_for_errno(errno: i32) -> ExcKind {
    match errno {
        libc::ENOENT => ExcKind::FileNotFoundError,
        libc::EEXIST => ExcKind::FileExistsError,
        libc::EISDIR => ExcKind::IsADirectoryError,
        libc::ENOTDIR => ExcKind::NotADirectoryError,
        libc::EACCES | libc::EPERM => ExcKind::PermissionError,
        libc::ECONNREFUSED => ExcKind::ConnectionRefusedError,
        libc::ECONNRESET => ExcKind::ConnectionResetError,
        libc::ECONNABORTED => ExcKind::ConnectionAbortedError,
        libc::EPIPE | libc::ESHUTDOWN => ExcKind::BrokenPipeError,
        libc::ETIMEDOUT => ExcKind::TimeoutError,
        libc::EAGAIN | libc::EALREADY | libc::EINPROGRESS => ExcKind::BlockingIOError,
        libc::ESRCH => ExcKind::ProcessLookupError,
        libc::ECHILD => ExcKind::ChildProcessError,
        libc::EINTR => ExcKind::InterruptedError,
        _ => ExcKind::OSError,
    }
}

/// The C library's message for `errno` (`strerror`).
pub fn strerror(errno: i32) -> String {
    let msg = std::io::Error::from_raw_os_error(errno).to_string();
    match msg.find(" (os error") {
        Some(i) => msg[..i].to_string(),
        None => msg,
    }
}

/// An OSError subclass for `errno`, with optional file names.
pub fn errno_error(vm: &mut Vm, errno: i32, file: Option<&str>, file2: Option<&str>) -> Exc {
    let cls = vm.exc_type(kind_for_errno(errno));
    let mut args: Vec<Value> = vec![vm.new_int(errno as i64), vm.new_str(strerror(errno))];
    if let Some(f) = file {
        args.push(vm.new_str(f));
        if let Some(f2) = file2 {
            args.push(vm.none);
            args.push(vm.new_str(f2));
        }
    }
    Exc(vm.new_exception(cls, args))
}

/// The error of the last failed libc call (`errno`).
pub fn last_error(vm: &mut Vm, file: Option<&str>) -> Exc {
    let errno = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
    errno_error(vm, errno, file, None)
}

/// An OSError for a `std::io::Error`; errors without an errno become plain
/// OSError with the message.
pub fn io_error(vm: &mut Vm, e: &std::io::Error, file: Option<&str>) -> Exc {
    match e.raw_os_error() {
        Some(n) => errno_error(vm, n, file, None),
        None => {
            let kind = match e.kind() {
                std::io::ErrorKind::TimedOut => ExcKind::TimeoutError,
                std::io::ErrorKind::WouldBlock => ExcKind::BlockingIOError,
                _ => ExcKind::OSError,
            };
            vm.exc(kind, e.to_string())
        }
    }
}
