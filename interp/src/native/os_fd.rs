//! `os`'s file-descriptor functions: `open`, `close`, `read`, `write`,
//! `pipe`, `dup`, `dup2`, `lseek`, `fsync`, `isatty` — thin calls of the
//! POSIX functions on plain ints. Failures raise CPython's OSError
//! subclasses chosen by errno; an interrupted call is retried, as CPython
//! does (PEP 475).

use crate::native::oserr::last_error;
use crate::vm::{Args, PyResult, Vm};

/// `f(args...)` as an `os` function taking its arguments through `a`.
pub type OsFn = fn(&mut Vm, Args) -> PyResult<crate::object::Value>;

/// The functions this module adds to `os`.
pub const FUNCTIONS: [(&str, OsFn); 10] = [
    ("open", open),
    ("close", close),
    ("read", read),
    ("write", write),
    ("pipe", pipe),
    ("dup", dup),
    ("dup2", dup2),
    ("lseek", lseek),
    ("fsync", fsync),
    ("isatty", isatty),
];

/// The constants this module adds to `os`.
pub const CONSTANTS: [(&str, i64); 4] = [
    ("SEEK_SET", libc::SEEK_SET as i64),
    ("SEEK_CUR", libc::SEEK_CUR as i64),
    ("SEEK_END", libc::SEEK_END as i64),
    ("O_NONBLOCK", libc::O_NONBLOCK as i64),
];

fn int(vm: &mut Vm, a: &Args, i: usize, kw: &str, default: Option<i64>) -> PyResult<i64> {
    match a.pos.get(i).copied().or_else(|| a.kw(kw)) {
        Some(v) => match vm.as_i64(v) {
            Some(n) => Ok(n),
            None => {
                let t = vm.type_name(v);
                Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
            }
        },
        None => default.ok_or_else(|| vm.type_error(format!("missing required argument '{kw}'"))),
    }
}

fn fd(vm: &mut Vm, a: &Args, i: usize) -> PyResult<libc::c_int> {
    let n = int(vm, a, i, "fd", None)?;
    libc::c_int::try_from(n).map_err(|_| {
        vm.exc(
            crate::vm::ExcKind::OverflowError,
            "fd is greater than maximum / less than minimum",
        )
    })
}

/// Runs a POSIX call returning -1 on failure, retrying on EINTR (after
/// running pending signal handlers, which may raise).
fn retry(vm: &mut Vm, file: Option<&str>, mut call: impl FnMut() -> isize) -> PyResult<isize> {
    loop {
        let r = call();
        if r >= 0 {
            return Ok(r);
        }
        if std::io::Error::last_os_error().raw_os_error() == Some(libc::EINTR) {
            crate::native::signal::run_pending(vm)?;
            continue;
        }
        return Err(last_error(vm, file));
    }
}

fn open(vm: &mut Vm, a: Args) -> PyResult<crate::object::Value> {
    let Some(p) = a.pos.first().copied().or_else(|| a.kw("path")) else {
        return Err(vm.type_error("open() missing required argument 'path' (pos 1)"));
    };
    let path = vm.str_of_value(p)?;
    let flags = int(vm, &a, 1, "flags", None)?;
    let mode = int(vm, &a, 2, "mode", Some(0o777))?;
    let Ok(c) = std::ffi::CString::new(path.as_str()) else {
        return Err(vm.exc(crate::vm::ExcKind::ValueError, "embedded null byte"));
    };
    let flags = flags as libc::c_int | libc::O_CLOEXEC;
    // SAFETY: `c` is a NUL-terminated path that outlives the call.
    let r = retry(vm, Some(&path), || unsafe {
        libc::open(c.as_ptr(), flags, mode as libc::c_uint) as isize
    })?;
    Ok(vm.new_int(r as i64))
}

fn close(vm: &mut Vm, a: Args) -> PyResult<crate::object::Value> {
    let fd = fd(vm, &a, 0)?;
    // SAFETY: close(2) takes a plain int; closing a bad fd is EBADF.
    if unsafe { libc::close(fd) } < 0 {
        return Err(last_error(vm, None));
    }
    Ok(vm.none)
}

fn read(vm: &mut Vm, a: Args) -> PyResult<crate::object::Value> {
    let fd = fd(vm, &a, 0)?;
    let n = int(vm, &a, 1, "length", None)?;
    if n < 0 {
        // CPython passes the length on and reports read(2)'s EINVAL.
        return Err(crate::native::oserr::errno_error(
            vm,
            libc::EINVAL,
            None,
            None,
        ));
    }
    let mut buf = vec![0u8; n as usize];
    // SAFETY: `buf` is writable for `buf.len()` bytes during the call.
    let got = retry(vm, None, || unsafe {
        libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) as isize
    })?;
    buf.truncate(got as usize);
    Ok(vm.new_bytes(buf))
}

fn write(vm: &mut Vm, a: Args) -> PyResult<crate::object::Value> {
    let fd = fd(vm, &a, 0)?;
    let Some(&data) = a.pos.get(1) else {
        return Err(vm.type_error("write expected 2 arguments, got 1"));
    };
    let data = vm.bytes_like(data)?;
    // SAFETY: `data` is readable for `data.len()` bytes during the call.
    let n = retry(vm, None, || unsafe {
        libc::write(fd, data.as_ptr().cast(), data.len()) as isize
    })?;
    Ok(vm.new_int(n as i64))
}

fn pipe(vm: &mut Vm, _a: Args) -> PyResult<crate::object::Value> {
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: `fds` has room for the two descriptors pipe2 writes.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } < 0 {
        return Err(last_error(vm, None));
    }
    let (r, w) = (vm.new_int(fds[0] as i64), vm.new_int(fds[1] as i64));
    Ok(vm.new_tuple(vec![r, w]))
}

fn dup(vm: &mut Vm, a: Args) -> PyResult<crate::object::Value> {
    let fd = fd(vm, &a, 0)?;
    // SAFETY: fcntl(F_DUPFD_CLOEXEC) takes plain ints.
    let r = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if r < 0 {
        return Err(last_error(vm, None));
    }
    Ok(vm.new_int(r as i64))
}

fn dup2(vm: &mut Vm, a: Args) -> PyResult<crate::object::Value> {
    let fd1 = fd(vm, &a, 0)?;
    let fd2 = fd(vm, &a, 1)?;
    // SAFETY: dup2(2) takes plain ints.
    if unsafe { libc::dup2(fd1, fd2) } < 0 {
        return Err(last_error(vm, None));
    }
    Ok(vm.new_int(fd2 as i64))
}

fn lseek(vm: &mut Vm, a: Args) -> PyResult<crate::object::Value> {
    let fd = fd(vm, &a, 0)?;
    let pos = int(vm, &a, 1, "position", None)?;
    let how = int(vm, &a, 2, "whence", None)?;
    // SAFETY: lseek(2) takes plain ints.
    let r = unsafe { libc::lseek(fd, pos as libc::off_t, how as libc::c_int) };
    if r < 0 {
        return Err(last_error(vm, None));
    }
    Ok(vm.new_int(r as i64))
}

fn fsync(vm: &mut Vm, a: Args) -> PyResult<crate::object::Value> {
    let fd = fd(vm, &a, 0)?;
    // SAFETY: fsync(2) takes a plain int.
    if unsafe { libc::fsync(fd) } < 0 {
        return Err(last_error(vm, None));
    }
    Ok(vm.none)
}

fn isatty(vm: &mut Vm, a: Args) -> PyResult<crate::object::Value> {
    let fd = fd(vm, &a, 0)?;
    // SAFETY: isatty(3) takes a plain int.
    let r = unsafe { libc::isatty(fd) } == 1;
    Ok(vm.bool_val(r))
}
