//! Native modules written in Rust: `sys` (created at start-up), and `math`,
//! `time`, `gc`, `os`/`os.path`, `signal`, `errno`, `_socket`, `select`,
//! `_sqlite3`, `_hashlib` (created on first import).

mod errno;
mod hashlib;
pub mod io;
mod math;
mod os;
mod os_fd;
pub mod oserr;
pub mod signal;
mod socket;
mod sqlite;
pub mod sys_info;
mod time;

use crate::builtins::add_function;
use crate::object::{ObjKind, Value};
use crate::vm::{Args, PyResult, Vm};

fn set(vm: &mut Vm, m: Value, name: &str, v: Value) {
    let d = vm.module_dict(m);
    let k = vm.intern(name);
    let _ = vm.dict_set(d, k, v);
}

fn sys_exit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = vm.exc_type(crate::vm::ExcKind::SystemExit);
    // `sys.exit(None)` is `SystemExit()` (no args), as in CPython.
    let args: Vec<Value> = a.pos.iter().copied().filter(|&v| v != vm.none).collect();
    let e = vm.new_exception(cls, args);
    Err(crate::vm::Exc(e))
}

fn sys_getrecursionlimit(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(vm.new_int(vm.recursion_limit as i64))
}

fn sys_setrecursionlimit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::builtins::check_args(vm, "setrecursionlimit", &a, 1, 1)?;
    let b = crate::builtins::functions::index_of(vm, a.pos[0])?;
    let n = num_traits::ToPrimitive::to_i64(&b).unwrap_or(i64::MAX);
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    vm.recursion_limit = n as usize;
    Ok(vm.none)
}

/// The index in `vm.frames` of the frame `depth` levels up from the caller
/// (`depth` is the optional argument of `name`, 0 = the calling function),
/// or `None` past the outermost frame.
fn frame_at_depth_arg(vm: &mut Vm, name: &str, a: &Args) -> PyResult<Option<usize>> {
    crate::builtins::check_args(vm, name, a, 0, 1)?;
    let depth = match a.pos.first() {
        Some(&v) => {
            let b = crate::builtins::functions::index_of(vm, v)?;
            num_traits::ToPrimitive::to_usize(&b).unwrap_or(usize::MAX)
        }
        None => 0,
    };
    let n = vm.frames.len();
    Ok((depth < n).then(|| n - 1 - depth))
}

/// `sys._getframemodulename(depth=0)` (CPython 3.12's helper): the
/// `__name__` of the module whose code runs `depth` frames up the stack
/// (0 = the calling function), or None. namedtuple, Enum's functional API
/// and make_dataclass use it to set `__module__` to their caller's module.
fn sys_getframemodulename(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(i) = frame_at_depth_arg(vm, "_getframemodulename", &a)? else {
        return Ok(vm.none);
    };
    let g = vm.frames[i].globals;
    let nk = vm.intern_static("__name__");
    Ok(crate::builtins::dict::dict_get_str(g, nk).unwrap_or(vm.none))
}

/// `sys._getframeinfo(depth=0)`: piepie's stand-in for walking
/// `sys._getframe().f_back`: `(filename, lineno, function name)` of the
/// code running `depth` frames up the stack (0 = the calling function), or
/// None past the outermost frame. logging's findCaller uses it.
fn sys_getframeinfo(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(i) = frame_at_depth_arg(vm, "_getframeinfo", &a)? else {
        return Ok(vm.none);
    };
    let f = &vm.frames[i];
    let (file, line, name) = (f.code.filename.clone(), f.line(), f.code.name.clone());
    let file = vm.new_str(file.as_str());
    let line = vm.new_int(line as i64);
    let name = vm.new_str(name.as_str());
    Ok(vm.new_tuple(vec![file, line, name]))
}

fn sys_intern(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(a.pos[0])
}

/// `sys._traceback_entries(exc)`: piepie's stand-in for walking
/// `exc.__traceback__` (which piepie does not model): the frames `exc`
/// passed through, in the order CPython prints them (outermost first), as
/// `(filename, lineno, name, source line stripped or None)` tuples. The
/// library's unittest formats test failures with it.
fn sys_traceback_entries(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::builtins::check_args(vm, "_traceback_entries", &a, 1, 1)?;
    let Some(d) = vm.exc_data(a.pos[0]) else {
        return Err(vm.type_error("_traceback_entries() argument must be an exception"));
    };
    let entries = d.traceback.clone();
    // Everything allocated here stays rooted until the list holds it.
    let base = vm.roots.len();
    let mut out = Vec::with_capacity(entries.len());
    for e in entries.iter().rev() {
        let file = vm.new_str(e.filename.as_str());
        vm.roots.push(file);
        let line = vm.new_int(e.line as i64);
        vm.roots.push(line);
        let name = vm.new_str(e.name.as_str());
        vm.roots.push(name);
        let src = match crate::source_line(&e.filename, e.line) {
            Some(s) if !s.trim().is_empty() => vm.new_str(s.trim()),
            _ => vm.none,
        };
        vm.roots.push(src);
        let t = vm.new_tuple(vec![file, line, name, src]);
        vm.roots.truncate(base + out.len());
        vm.roots.push(t);
        out.push(t);
    }
    let list = vm.new_list(out);
    vm.roots.truncate(base);
    Ok(list)
}

/// The exception being handled (None outside `except`).
fn handled(vm: &Vm) -> Value {
    let e = vm.handled_exc;
    if e.is_null() {
        vm.none
    } else {
        e
    }
}

fn sys_exc_info(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::builtins::check_args(vm, "exc_info", &a, 0, 0)?;
    let e = handled(vm);
    let items = if e == vm.none {
        vec![e, e, e]
    } else {
        let t = vm.class_of(e);
        let tb = vm.traceback_of(e);
        vec![t, e, tb]
    };
    Ok(vm.new_tuple(items))
}

fn sys_exception(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::builtins::check_args(vm, "exception", &a, 0, 0)?;
    Ok(handled(vm))
}

/// `sys.displayhook(value)`: the interactive echo (see `Vm::print_expr`).
fn sys_displayhook(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::builtins::check_args(vm, "displayhook", &a, 1, 1)?;
    vm.display_value(a.pos[0])?;
    Ok(vm.none)
}

pub fn install(vm: &mut Vm) {
    io::install(vm);
    let m = vm.new_module("sys");
    vm.sys_module = m;
    let d = vm.module_dict(m);
    add_function(vm, d, "exit", sys_exit);
    add_function(vm, d, "getrecursionlimit", sys_getrecursionlimit);
    add_function(vm, d, "setrecursionlimit", sys_setrecursionlimit);
    add_function(vm, d, "intern", sys_intern);
    add_function(vm, d, "_getframemodulename", sys_getframemodulename);
    add_function(vm, d, "_getframeinfo", sys_getframeinfo);
    add_function(vm, d, "_traceback_entries", sys_traceback_entries);
    add_function(vm, d, "exc_info", sys_exc_info);
    add_function(vm, d, "exception", sys_exception);
    add_function(vm, d, "displayhook", sys_displayhook);
    let (hk, ok) = (
        vm.intern_static("displayhook"),
        vm.intern_static("__displayhook__"),
    );
    if let Some(h) = crate::builtins::dict::dict_get_str(d, hk) {
        let _ = vm.dict_set(d, ok, h);
    }
    let inp = io::new_std_stream(vm, 0);
    set(vm, m, "stdin", inp);
    set(vm, m, "__stdin__", inp);
    let out = io::new_std_stream(vm, 1);
    let err = io::new_std_stream(vm, 2);
    set(vm, m, "stdout", out);
    set(vm, m, "stderr", err);
    set(vm, m, "__stdout__", out);
    set(vm, m, "__stderr__", err);
    let mx = vm.new_int(i64::MAX);
    set(vm, m, "maxsize", mx);
    let modules = vm.modules;
    set(vm, m, "modules", modules);
    let plat = vm.new_str("linux");
    set(vm, m, "platform", plat);
    let ver = vm.new_str("3.11.7 (piepie)");
    set(vm, m, "version", ver);
    sys_info::install(vm, d);
    let impl_name = vm.new_str("piepie");
    set(vm, m, "implementation_name", impl_name);
    let bo = vm.new_str("little");
    set(vm, m, "byteorder", bo);
    // The interpreter's own binary, as CPython's `sys.executable`: "" when
    // the OS cannot tell.
    let exe = std::env::current_exe()
        .ok()
        .and_then(|p| p.to_str().map(str::to_owned))
        .unwrap_or_default();
    let exe = vm.new_str(exe);
    set(vm, m, "executable", exe);
    let p = vm.new_list(vec![]);
    set(vm, m, "path", p);
    let a = vm.new_list(vec![]);
    set(vm, m, "argv", a);
}

/// Sets `sys.argv` and `sys.path[0]`.
pub fn set_argv(vm: &mut Vm, argv: &[String], script_dir: &str) {
    let items: Vec<Value> = argv.iter().map(|s| vm.new_str(s.as_str())).collect();
    let l = vm.new_list(items);
    let m = vm.sys_module;
    set(vm, m, "argv", l);
    let mut path = vec![vm.new_str(script_dir)];
    if let Ok(extra) = std::env::var("PYTHONPATH") {
        for p in extra.split(':').filter(|p| !p.is_empty()) {
            path.push(vm.new_str(p));
        }
    }
    let pl = vm.new_list(path);
    set(vm, m, "path", pl);
}

fn gc_collect(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let n = vm.collect_at_depth(true);
    Ok(vm.new_int(n as i64))
}

fn gc_enable(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    vm.heap.enabled = true;
    Ok(vm.none)
}

fn gc_disable(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    vm.heap.enabled = false;
    Ok(vm.none)
}

fn gc_isenabled(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(vm.bool_val(vm.heap.enabled))
}

/// Creates native module `name` on first import; `None` if there is none.
pub fn load_native_module(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    let m = match name {
        "time" => time::create(vm)?,
        "signal" => signal::create(vm)?,
        "_socket" => socket::create(vm)?,
        "select" => socket::create_select(vm)?,
        "_hashlib" => hashlib::create(vm)?,
        "errno" => errno::create(vm)?,
        "_sqlite3" => sqlite::create(vm)?,
        "gc" => {
            let m = vm.new_module("gc");
            let d = vm.module_dict(m);
            add_function(vm, d, "collect", gc_collect);
            add_function(vm, d, "enable", gc_enable);
            add_function(vm, d, "disable", gc_disable);
            add_function(vm, d, "isenabled", gc_isenabled);
            m
        }
        "math" => math::create(vm),
        "os" => os::create(vm)?,
        "os.path" | "posixpath" => {
            let os = match load_native_module(vm, "os")? {
                Some(o) => o,
                None => return Ok(None),
            };
            let k = vm.intern_static("path");
            return vm.getattr_opt(os, k);
        }
        _ => return Ok(None),
    };
    let _ = ObjKind::None;
    Ok(Some(m))
}
