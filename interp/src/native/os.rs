//! The `os` and `os.path` modules: files and directories, the environment,
//! processes (`fork`, `waitpid`, `kill`, `_exit`), `urandom`, and the POSIX
//! path functions. Failures raise CPython's OSError subclasses.

use crate::builtins::add_function;
use crate::native::oserr::{errno_error, io_error, last_error};
use crate::object::{kind_of, ObjKind, Value};
use crate::vm::{Args, PyResult, Vm};
use std::os::unix::fs::MetadataExt;

/// Argument `i` (or keyword `kw`) as a path string.
fn path_arg(vm: &mut Vm, a: &Args, i: usize, kw: &str, func: &str) -> PyResult<String> {
    let Some(v) = a.pos.get(i).copied().or_else(|| a.kw(kw)) else {
        return Err(vm.type_error(format!(
            "{func}() missing required argument '{kw}' (pos {})",
            i + 1
        )));
    };
    match kind_of(v) {
        ObjKind::Str(s) if v.is_ptr() => Ok(s.as_str().to_string()),
        ObjKind::Bytes(b) if v.is_ptr() => Ok(String::from_utf8_lossy(b).to_string()),
        _ => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "{func}: {kw} should be string, bytes or os.PathLike, not {t}"
            )))
        }
    }
}

/// Argument `i` (or keyword `kw`) as an int, with a default.
fn int_arg(vm: &mut Vm, a: &Args, i: usize, kw: &str, default: Option<i64>) -> PyResult<i64> {
    match a.pos.get(i).copied().or_else(|| a.kw(kw)) {
        Some(v) => match vm.as_i64(v) {
            Some(n) => Ok(n),
            None => {
                let t = vm.type_name(v);
                Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
            }
        },
        None => match default {
            Some(d) => Ok(d),
            None => Err(vm.type_error(format!("missing required argument '{kw}'"))),
        },
    }
}

fn getcwd(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    match std::env::current_dir() {
        Ok(p) => Ok(vm.new_str(p.to_string_lossy().to_string())),
        Err(e) => Err(io_error(vm, &e, None)),
    }
}

fn chdir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_arg(vm, &a, 0, "path", "chdir")?;
    std::env::set_current_dir(&p).map_err(|e| io_error(vm, &e, Some(&p)))?;
    Ok(vm.none)
}

fn remove(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_arg(vm, &a, 0, "path", "remove")?;
    // unlink(2) on a directory reports EISDIR on Linux, as CPython shows.
    std::fs::remove_file(&p).map_err(|e| io_error(vm, &e, Some(&p)))?;
    Ok(vm.none)
}

fn rmdir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_arg(vm, &a, 0, "path", "rmdir")?;
    std::fs::remove_dir(&p).map_err(|e| io_error(vm, &e, Some(&p)))?;
    Ok(vm.none)
}

fn readlink(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_arg(vm, &a, 0, "path", "readlink")?;
    let target = std::fs::read_link(&p).map_err(|e| io_error(vm, &e, Some(&p)))?;
    Ok(vm.new_str(target.to_string_lossy().into_owned()))
}

fn symlink(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let src = path_arg(vm, &a, 0, "src", "symlink")?;
    let dst = path_arg(vm, &a, 1, "dst", "symlink")?;
    if let Err(e) = std::os::unix::fs::symlink(&src, &dst) {
        return Err(match e.raw_os_error() {
            Some(n) => errno_error(vm, n, Some(&src), Some(&dst)),
            None => io_error(vm, &e, Some(&src)),
        });
    }
    Ok(vm.none)
}

fn rename(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let src = path_arg(vm, &a, 0, "src", "rename")?;
    let dst = path_arg(vm, &a, 1, "dst", "rename")?;
    if let Err(e) = std::fs::rename(&src, &dst) {
        return Err(match e.raw_os_error() {
            Some(n) => errno_error(vm, n, Some(&src), Some(&dst)),
            None => io_error(vm, &e, Some(&src)),
        });
    }
    Ok(vm.none)
}

fn listdir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = if a.pos.is_empty() && a.kw("path").is_none() {
        ".".to_string()
    } else {
        path_arg(vm, &a, 0, "path", "listdir")?
    };
    let rd = std::fs::read_dir(&p).map_err(|e| io_error(vm, &e, Some(&p)))?;
    let names: Vec<String> = rd
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().to_string())
        .collect();
    let vals: Vec<Value> = names.iter().map(|n| vm.new_str(n.as_str())).collect();
    Ok(vm.new_list(vals))
}

fn mkdir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_arg(vm, &a, 0, "path", "mkdir")?;
    let mode = int_arg(vm, &a, 1, "mode", Some(0o777))?;
    do_mkdir(&p, mode).map_err(|e| io_error(vm, &e, Some(&p)))?;
    Ok(vm.none)
}

fn do_mkdir(p: &str, mode: i64) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new().mode(mode as u32).create(p)
}

fn makedirs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_arg(vm, &a, 0, "name", "makedirs")?;
    let mode = int_arg(vm, &a, 1, "mode", Some(0o777))?;
    let exist_ok = match a.pos.get(2).copied().or_else(|| a.kw("exist_ok")) {
        Some(v) => vm.is_true(v)?,
        None => false,
    };
    make_tree(vm, &p, mode, exist_ok)?;
    Ok(vm.none)
}

fn make_tree(vm: &mut Vm, p: &str, mode: i64, exist_ok: bool) -> PyResult<()> {
    let (mut head, mut tail) = split_path(p);
    if tail.is_empty() {
        (head, tail) = split_path(&head);
    }
    if !head.is_empty() && !tail.is_empty() && !std::path::Path::new(&head).exists() {
        match make_tree(vm, &head, mode, true) {
            Ok(()) => {}
            Err(e) if vm.exc_matches(e.0, crate::vm::ExcKind::FileExistsError) => {}
            Err(e) => return Err(e),
        }
        if tail == "." {
            return Ok(());
        }
    }
    match do_mkdir(p, mode) {
        Ok(()) => Ok(()),
        Err(_) if exist_ok && std::path::Path::new(p).is_dir() => Ok(()),
        Err(e) => Err(io_error(vm, &e, Some(p))),
    }
}

/// `os.getenv(key, default=None)`: reads `os.environ`, as CPython does.
fn getenv(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(k) = a.pos.first().copied().or_else(|| a.kw("key")) else {
        return Err(vm.type_error("getenv() missing 1 required positional argument: 'key'"));
    };
    if !(k.is_ptr() && matches!(kind_of(k), ObjKind::Str(_))) {
        let t = vm.type_name(k);
        return Err(vm.type_error(format!("str expected, not {t}")));
    }
    let default = a
        .pos
        .get(1)
        .copied()
        .or_else(|| a.kw("default"))
        .unwrap_or(vm.none);
    match module_attr(vm, "os", "environ") {
        Some(env) if matches!(kind_of(env), ObjKind::Dict(_)) => {
            Ok(vm.dict_get(env, k)?.unwrap_or(default))
        }
        Some(env) => {
            let get = vm.intern_static("get");
            let m = vm.getattr(env, get)?;
            vm.call(m, &[k, default])
        }
        None => match std::env::var(crate::vm::str_of(k)) {
            Ok(v) => Ok(vm.new_str(v)),
            Err(_) => Ok(default),
        },
    }
}

fn putenv(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let k = path_arg(vm, &a, 0, "name", "putenv")?;
    let v = path_arg(vm, &a, 1, "value", "putenv")?;
    if k.is_empty() || k.contains('=') || k.contains('\0') || v.contains('\0') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    std::env::set_var(k, v);
    Ok(vm.none)
}

fn unsetenv(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let k = path_arg(vm, &a, 0, "name", "unsetenv")?;
    if k.is_empty() || k.contains('=') || k.contains('\0') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    std::env::remove_var(k);
    Ok(vm.none)
}

/// `sys.modules[module].name`.
fn module_attr(vm: &mut Vm, module: &str, name: &str) -> Option<Value> {
    let k = vm.intern(module);
    let m = crate::builtins::dict::dict_get_str(vm.modules, k)?;
    let d = vm.module_dict(m);
    let k = vm.intern(name);
    crate::builtins::dict::dict_get_str(d, k)
}

fn stat(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_arg(vm, &a, 0, "path", "stat")?;
    let md = std::fs::metadata(&p).map_err(|e| io_error(vm, &e, Some(&p)))?;
    stat_result(vm, md)
}

/// `os.lstat(path)`: like `stat` but does not follow a final symbolic link.
fn lstat(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_arg(vm, &a, 0, "path", "lstat")?;
    let md = std::fs::symlink_metadata(&p).map_err(|e| io_error(vm, &e, Some(&p)))?;
    stat_result(vm, md)
}

fn stat_result(vm: &mut Vm, md: std::fs::Metadata) -> PyResult<Value> {
    let Some(cls) = module_attr(vm, "os", "stat_result") else {
        return Err(vm.exc(
            crate::vm::ExcKind::RuntimeError,
            "os.stat_result is missing",
        ));
    };
    // The tuple part holds the ten classic fields, times as whole seconds.
    let tuple_items = vec![
        vm.new_int(md.mode() as i64),
        vm.new_int(md.ino() as i64),
        vm.new_int(md.dev() as i64),
        vm.new_int(md.nlink() as i64),
        vm.new_int(md.uid() as i64),
        vm.new_int(md.gid() as i64),
        vm.new_int(md.size() as i64),
        vm.new_int(md.atime()),
        vm.new_int(md.mtime()),
        vm.new_int(md.ctime()),
    ];
    let obj = vm.alloc(cls, ObjKind::Tuple(tuple_items));
    let fields: [(&str, Value); 13] = [
        ("st_mode", vm.new_int(md.mode() as i64)),
        ("st_ino", vm.new_int(md.ino() as i64)),
        ("st_dev", vm.new_int(md.dev() as i64)),
        ("st_nlink", vm.new_int(md.nlink() as i64)),
        ("st_uid", vm.new_int(md.uid() as i64)),
        ("st_gid", vm.new_int(md.gid() as i64)),
        ("st_size", vm.new_int(md.size() as i64)),
        (
            "st_atime",
            vm.new_float(md.atime() as f64 + md.atime_nsec() as f64 * 1e-9),
        ),
        (
            "st_mtime",
            vm.new_float(md.mtime() as f64 + md.mtime_nsec() as f64 * 1e-9),
        ),
        (
            "st_ctime",
            vm.new_float(md.ctime() as f64 + md.ctime_nsec() as f64 * 1e-9),
        ),
        (
            "st_atime_ns",
            vm.new_int(md.atime() * 1_000_000_000 + md.atime_nsec()),
        ),
        (
            "st_mtime_ns",
            vm.new_int(md.mtime() * 1_000_000_000 + md.mtime_nsec()),
        ),
        (
            "st_ctime_ns",
            vm.new_int(md.ctime() * 1_000_000_000 + md.ctime_nsec()),
        ),
    ];
    for (n, v) in fields {
        let k = vm.intern(n);
        vm.setattr(obj, k, v)?;
    }
    Ok(obj)
}

fn stat_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let items = match kind_of(a.pos[0]) {
        ObjKind::Tuple(t) => t.clone(),
        _ => vec![],
    };
    let names = [
        "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime",
        "st_mtime", "st_ctime",
    ];
    let mut parts = Vec::new();
    for (n, v) in names.iter().zip(items) {
        let r = vm.repr_string(v)?;
        parts.push(format!("{n}={r}"));
    }
    Ok(vm.new_str(format!("os.stat_result({})", parts.join(", "))))
}

fn getpid(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(vm.new_int(std::process::id() as i64))
}

/// `os.access(path, mode)`: whether the real user may access `path` with
/// `mode` (`F_OK` or an or of `R_OK`, `W_OK`, `X_OK`); never raises for a
/// missing file, as CPython.
fn access(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_arg(vm, &a, 0, "path", "access")?;
    let mode = int_arg(vm, &a, 1, "mode", None)?;
    let Ok(c) = std::ffi::CString::new(p) else {
        return Err(vm.exc(
            crate::vm::ExcKind::ValueError,
            "access: embedded null character in path",
        ));
    };
    // SAFETY: `c` is a NUL-terminated path that outlives the call.
    let ok = unsafe { libc::access(c.as_ptr(), mode as libc::c_int) } == 0;
    Ok(vm.bool_val(ok))
}

fn getppid(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    // SAFETY: getppid has no preconditions and cannot fail.
    let p = unsafe { libc::getppid() };
    Ok(vm.new_int(p as i64))
}

/// Fills `buf` from the kernel's random source.
pub fn fill_random(buf: &mut [u8]) -> std::io::Result<()> {
    use std::io::Read;
    std::fs::File::open("/dev/urandom")?.read_exact(buf)
}

fn urandom(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let n = int_arg(vm, &a, 0, "size", None)?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    fill_random(&mut buf).map_err(|e| io_error(vm, &e, None))?;
    Ok(vm.new_bytes(buf))
}

fn fork(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    // SAFETY: the interpreter is single-threaded, so the child gets a
    // consistent copy of the whole process.
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        return Err(last_error(vm, None));
    }
    Ok(vm.new_int(pid as i64))
}

fn waitpid(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pid = int_arg(vm, &a, 0, "pid", None)?;
    let options = int_arg(vm, &a, 1, "options", None)?;
    let mut status: libc::c_int = 0;
    loop {
        // SAFETY: `status` is a valid out-pointer for the call.
        let r = unsafe { libc::waitpid(pid as libc::pid_t, &mut status, options as libc::c_int) };
        if r < 0 {
            let e = std::io::Error::last_os_error();
            if e.raw_os_error() == Some(libc::EINTR) {
                crate::native::signal::run_pending(vm)?;
                continue;
            }
            return Err(io_error(vm, &e, None));
        }
        let v = vec![vm.new_int(r as i64), vm.new_int(status as i64)];
        return Ok(vm.new_tuple(v));
    }
}

fn kill(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pid = int_arg(vm, &a, 0, "pid", None)?;
    let sig = int_arg(vm, &a, 1, "signal", None)?;
    // SAFETY: kill(2) takes plain integers.
    if unsafe { libc::kill(pid as libc::pid_t, sig as libc::c_int) } < 0 {
        return Err(last_error(vm, None));
    }
    crate::native::signal::run_pending(vm)?;
    Ok(vm.none)
}

fn os_exit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let code = int_arg(vm, &a, 0, "status", None)?;
    // SAFETY: _exit ends the process at once; nothing runs after it.
    unsafe { libc::_exit(code as libc::c_int) }
}

fn strerror_fn(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let n = int_arg(vm, &a, 0, "code", None)?;
    Ok(vm.new_str(crate::native::oserr::strerror(n as i32)))
}

fn w_status(vm: &mut Vm, a: &Args) -> PyResult<libc::c_int> {
    Ok(int_arg(vm, a, 0, "status", None)? as libc::c_int)
}

fn wifexited(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = w_status(vm, &a)?;
    Ok(vm.bool_val(libc::WIFEXITED(s)))
}

fn wexitstatus(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = w_status(vm, &a)?;
    Ok(vm.new_int(libc::WEXITSTATUS(s) as i64))
}

fn wifsignaled(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = w_status(vm, &a)?;
    Ok(vm.bool_val(libc::WIFSIGNALED(s)))
}

fn wtermsig(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = w_status(vm, &a)?;
    Ok(vm.new_int(libc::WTERMSIG(s) as i64))
}

fn waitstatus_to_exitcode(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = w_status(vm, &a)?;
    if libc::WIFEXITED(s) {
        Ok(vm.new_int(libc::WEXITSTATUS(s) as i64))
    } else if libc::WIFSIGNALED(s) {
        Ok(vm.new_int(-(libc::WTERMSIG(s) as i64)))
    } else {
        Err(vm.value_error(format!("invalid wait status: {s}")))
    }
}

// ---- os.path ---------------------------------------------------------------

fn p_join(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let mut out = String::new();
    for (i, &p) in a.pos.iter().enumerate() {
        if !(p.is_ptr() && matches!(kind_of(p), ObjKind::Str(_))) {
            let t = vm.type_name(p);
            let msg = if i == 0 {
                format!("expected str, bytes or os.PathLike object, not {t}")
            } else {
                format!("join() argument must be str, bytes, or os.PathLike object, not '{t}'")
            };
            return Err(vm.type_error(msg));
        }
        let ps = crate::vm::str_of(p);
        if ps.starts_with('/') {
            out = ps.to_string();
        } else if out.is_empty() || out.ends_with('/') {
            out.push_str(ps);
        } else {
            out.push('/');
            out.push_str(ps);
        }
    }
    Ok(vm.new_str(out))
}

/// `os.path.split`: (head without trailing slashes unless all slashes, tail).
fn split_path(p: &str) -> (String, String) {
    let i = p.rfind('/').map(|i| i + 1).unwrap_or(0);
    let (head, tail) = (&p[..i], &p[i..]);
    let trimmed = head.trim_end_matches('/');
    let head = if trimmed.is_empty() { head } else { trimmed };
    (head.to_string(), tail.to_string())
}

fn p_basename(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_arg(vm, &a, 0, "p", "basename")?;
    Ok(vm.new_str(split_path(&p).1))
}

fn p_dirname(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_arg(vm, &a, 0, "p", "dirname")?;
    Ok(vm.new_str(split_path(&p).0))
}

fn p_split(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_arg(vm, &a, 0, "p", "split")?;
    let (h, t) = split_path(&p);
    let v = vec![vm.new_str(h), vm.new_str(t)];
    Ok(vm.new_tuple(v))
}

fn p_splitext(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_arg(vm, &a, 0, "p", "splitext")?;
    let base_start = p.rfind('/').map(|i| i + 1).unwrap_or(0);
    let base = &p[base_start..];
    let dot = base
        .rfind('.')
        .filter(|&i| base[..i].chars().any(|c| c != '.'));
    let (x, y) = match dot {
        Some(i) => (&p[..base_start + i], &p[base_start + i..]),
        None => (p.as_str(), ""),
    };
    let v = vec![vm.new_str(x), vm.new_str(y)];
    Ok(vm.new_tuple(v))
}

fn p_exists(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_arg(vm, &a, 0, "path", "exists")?;
    Ok(vm.bool_val(std::path::Path::new(&p).exists()))
}

fn p_isfile(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_arg(vm, &a, 0, "path", "isfile")?;
    Ok(vm.bool_val(std::path::Path::new(&p).is_file()))
}

fn p_isdir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_arg(vm, &a, 0, "s", "isdir")?;
    Ok(vm.bool_val(std::path::Path::new(&p).is_dir()))
}

fn p_islink(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_arg(vm, &a, 0, "path", "islink")?;
    let r = std::fs::symlink_metadata(&p)
        .map(|m| m.file_type().is_symlink())
        .unwrap_or(false);
    Ok(vm.bool_val(r))
}

fn p_isabs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_arg(vm, &a, 0, "s", "isabs")?;
    Ok(vm.bool_val(p.starts_with('/')))
}

fn p_getsize(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_arg(vm, &a, 0, "filename", "getsize")?;
    let md = std::fs::metadata(&p).map_err(|e| io_error(vm, &e, Some(&p)))?;
    Ok(vm.new_int(md.size() as i64))
}

fn p_getmtime(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_arg(vm, &a, 0, "filename", "getmtime")?;
    let md = std::fs::metadata(&p).map_err(|e| io_error(vm, &e, Some(&p)))?;
    Ok(vm.new_float(md.mtime() as f64 + md.mtime_nsec() as f64 * 1e-9))
}

/// `os.path.normpath` (POSIX rules: `//` at the start is kept).
fn normpath(p: &str) -> String {
    if p.is_empty() {
        return ".".into();
    }
    let initial = if p.starts_with("//") && !p.starts_with("///") {
        2
    } else if p.starts_with('/') {
        1
    } else {
        0
    };
    let mut parts: Vec<&str> = Vec::new();
    for c in p.split('/') {
        if c.is_empty() || c == "." {
            continue;
        }
        if c != ".." || (initial == 0 && parts.is_empty()) || parts.last() == Some(&"..") {
            parts.push(c);
        } else if !parts.is_empty() {
            parts.pop();
        }
    }
    let out = format!("{}{}", "/".repeat(initial), parts.join("/"));
    if out.is_empty() {
        ".".into()
    } else {
        out
    }
}

fn p_normpath(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_arg(vm, &a, 0, "path", "normpath")?;
    Ok(vm.new_str(normpath(&p)))
}

fn p_abspath(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_arg(vm, &a, 0, "path", "abspath")?;
    let full = if p.starts_with('/') {
        p
    } else {
        let c = std::env::current_dir()
            .map(|p| p.to_string_lossy().to_string())
            .map_err(|e| io_error(vm, &e, None))?;
        format!("{c}/{p}")
    };
    Ok(vm.new_str(normpath(&full)))
}

fn set_const(vm: &mut Vm, d: Value, name: &str, v: Value) {
    let k = vm.intern(name);
    let _ = vm.dict_set(d, k, v);
}

pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("os");
    let d = vm.module_dict(m);
    for (n, f) in [
        ("getcwd", getcwd as crate::object::BuiltinFn),
        ("chdir", chdir),
        ("remove", remove),
        ("unlink", remove),
        ("rmdir", rmdir),
        ("readlink", readlink),
        ("symlink", symlink),
        ("rename", rename),
        ("replace", rename),
        ("listdir", listdir),
        ("mkdir", mkdir),
        ("makedirs", makedirs),
        ("getenv", getenv),
        ("putenv", putenv),
        ("unsetenv", unsetenv),
        ("stat", stat),
        ("lstat", lstat),
        ("getpid", getpid),
        ("access", access),
        ("getppid", getppid),
        ("urandom", urandom),
        ("fork", fork),
        ("waitpid", waitpid),
        ("kill", kill),
        ("_exit", os_exit),
        ("strerror", strerror_fn),
        ("WIFEXITED", wifexited),
        ("WEXITSTATUS", wexitstatus),
        ("WIFSIGNALED", wifsignaled),
        ("WTERMSIG", wtermsig),
        ("waitstatus_to_exitcode", waitstatus_to_exitcode),
    ] {
        add_function(vm, d, n, f);
    }
    for (n, f) in crate::native::os_fd::FUNCTIONS {
        add_function(vm, d, n, f);
    }
    for (n, v) in crate::native::os_fd::CONSTANTS {
        let v = vm.new_int(v);
        set_const(vm, d, n, v);
    }
    for (n, v) in [
        ("sep", "/"),
        ("altsep", ""),
        ("linesep", "\n"),
        ("name", "posix"),
        ("curdir", "."),
        ("pardir", ".."),
        ("extsep", "."),
        ("pathsep", ":"),
        ("devnull", "/dev/null"),
    ] {
        let v = if n == "altsep" {
            vm.none
        } else {
            vm.new_str(v)
        };
        set_const(vm, d, n, v);
    }
    for (n, v) in [
        ("WNOHANG", libc::WNOHANG as i64),
        ("O_RDONLY", libc::O_RDONLY as i64),
        ("O_WRONLY", libc::O_WRONLY as i64),
        ("O_RDWR", libc::O_RDWR as i64),
        ("O_CREAT", libc::O_CREAT as i64),
        ("O_EXCL", libc::O_EXCL as i64),
        ("O_TRUNC", libc::O_TRUNC as i64),
        ("O_APPEND", libc::O_APPEND as i64),
        ("F_OK", libc::F_OK as i64),
        ("R_OK", libc::R_OK as i64),
        ("W_OK", libc::W_OK as i64),
        ("X_OK", libc::X_OK as i64),
    ] {
        let v = vm.new_int(v);
        set_const(vm, d, n, v);
    }
    let env = vm.new_dict();
    for (k, v) in std::env::vars() {
        let (kv, vv) = (vm.new_str(k), vm.new_str(v));
        vm.dict_set(env, kv, vv)?;
    }
    set_const(vm, d, "environ", env);
    let ns = vm.new_dict();
    let modname = vm.new_str("os");
    set_const(vm, ns, "__module__", modname);
    let tuple = vm.types.tuple;
    let sr = vm.new_class("stat_result", &[tuple], ns)?;
    crate::builtins::add_method(
        vm,
        sr,
        "__repr__",
        crate::object::function::BuiltinKind::Method,
        stat_repr,
    );
    set_const(vm, d, "stat_result", sr);
    let p = vm.new_module("os.path");
    let pd = vm.module_dict(p);
    for (n, f) in [
        ("join", p_join as crate::object::BuiltinFn),
        ("basename", p_basename),
        ("dirname", p_dirname),
        ("split", p_split),
        ("splitext", p_splitext),
        ("exists", p_exists),
        ("isfile", p_isfile),
        ("isdir", p_isdir),
        ("isabs", p_isabs),
        ("islink", p_islink),
        ("getsize", p_getsize),
        ("getmtime", p_getmtime),
        ("normpath", p_normpath),
        ("abspath", p_abspath),
    ] {
        add_function(vm, pd, n, f);
    }
    let sep = vm.new_str("/");
    set_const(vm, pd, "sep", sep);
    set_const(vm, d, "path", p);
    // `scandir`, `DirEntry`, `walk`, the `environ` mapping and a few
    // os.path helpers are written in the subset (stdlib/_osdir.py) over the
    // primitives above; `os` is already in sys.modules here, so that module
    // can import it.
    let name = vm.new_str("_osdir");
    let fromlist = vm.new_tuple(vec![]);
    let (none, zero) = (vm.none, vm.new_int(0));
    let extra = vm.import_name(name, fromlist, zero, none)?;
    let ed = vm.module_dict(extra);
    for n in ["scandir", "DirEntry", "walk", "environ"] {
        let k = vm.intern(n);
        if let Some(v) = crate::builtins::dict::dict_get_str(ed, k) {
            set_const(vm, d, n, v);
        }
    }
    for n in [
        "commonprefix",
        "relpath",
        "expanduser",
        "normcase",
        "realpath",
        "lexists",
    ] {
        let k = vm.intern(n);
        if let Some(v) = crate::builtins::dict::dict_get_str(ed, k) {
            set_const(vm, pd, n, v);
        }
    }
    Ok(m)
}
