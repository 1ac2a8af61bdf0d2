//! Native modules written in Rust: `sys` (created at start-up), and `math`,
//! `time`, `gc`, `os`/`os.path` (created on first import).

pub mod io;
mod math;
mod os;

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

fn sys_intern(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(a.pos[0])
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

pub fn install(vm: &mut Vm) {
    io::install(vm);
    let m = vm.new_module("sys");
    vm.sys_module = m;
    let d = vm.module_dict(m);
    add_function(vm, d, "exit", sys_exit);
    add_function(vm, d, "getrecursionlimit", sys_getrecursionlimit);
    add_function(vm, d, "setrecursionlimit", sys_setrecursionlimit);
    add_function(vm, d, "intern", sys_intern);
    add_function(vm, d, "exc_info", sys_exc_info);
    add_function(vm, d, "exception", sys_exception);
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
    let vi: Vec<Value> = vec![Value::small(3), Value::small(11), Value::small(7)];
    let vi = vm.new_tuple(vi);
    set(vm, m, "version_info", vi);
    let impl_name = vm.new_str("piepie");
    set(vm, m, "implementation_name", impl_name);
    let bo = vm.new_str("little");
    set(vm, m, "byteorder", bo);
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

fn time_time(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0);
    Ok(vm.new_float(t))
}

fn time_perf_counter(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    thread_local! { static START: std::time::Instant = std::time::Instant::now(); }
    let t = START.with(|s| s.elapsed().as_secs_f64());
    Ok(vm.new_float(t))
}

fn time_sleep(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::builtins::check_args(vm, "sleep", &a, 1, 1)?;
    let Some(s) = vm.to_f64(a.pos[0])? else {
        let t = vm.type_name(a.pos[0]);
        return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
    };
    if s < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    crate::native::io::flush_stdout(vm);
    std::thread::sleep(std::time::Duration::from_secs_f64(s));
    Ok(vm.none)
}

fn gc_collect(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let n = if vm.native_depth <= 2 {
        vm.collect_garbage()
    } else {
        0
    };
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
        "time" => {
            let m = vm.new_module("time");
            let d = vm.module_dict(m);
            add_function(vm, d, "time", time_time);
            add_function(vm, d, "perf_counter", time_perf_counter);
            add_function(vm, d, "monotonic", time_perf_counter);
            add_function(vm, d, "process_time", time_perf_counter);
            add_function(vm, d, "sleep", time_sleep);
            m
        }
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
        "os" => os::create(vm),
        "os.path" | "posixpath" => {
            let os = match load_native_module(vm, "os")? {
                Some(o) => o,
                None => return Ok(None),
            };
            let k = vm.intern("path");
            return vm.getattr_opt(os, k);
        }
        _ => return Ok(None),
    };
    let _ = ObjKind::None;
    Ok(Some(m))
}
