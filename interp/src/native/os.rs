//! The `os` and `os.path` modules (the common parts).

use crate::builtins::add_function;
use crate::object::Value;
use crate::vm::{Args, PyResult, Vm};

fn s<'a>(v: Value) -> &'a str {
    crate::vm::str_of(v)
}

fn getcwd(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let c = std::env::current_dir()
        .map(|p| p.to_string_lossy().to_string())
        .unwrap_or_default();
    Ok(vm.new_str(c))
}

fn remove(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = s(a.pos[0]).to_string();
    std::fs::remove_file(&p).map_err(|e| crate::native::io::os_error(vm, &e, &p))?;
    Ok(vm.none)
}

fn listdir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a
        .pos
        .first()
        .map(|&v| s(v).to_string())
        .unwrap_or_else(|| ".".into());
    let rd = std::fs::read_dir(&p).map_err(|e| crate::native::io::os_error(vm, &e, &p))?;
    let mut names: Vec<String> = rd
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().to_string())
        .collect();
    names.sort();
    let vals: Vec<Value> = names.iter().map(|n| vm.new_str(n.as_str())).collect();
    Ok(vm.new_list(vals))
}

fn mkdir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = s(a.pos[0]).to_string();
    std::fs::create_dir(&p).map_err(|e| crate::native::io::os_error(vm, &e, &p))?;
    Ok(vm.none)
}

fn getenv(vm: &mut Vm, a: Args) -> PyResult<Value> {
    match std::env::var(s(a.pos[0])) {
        Ok(v) => Ok(vm.new_str(v)),
        Err(_) => Ok(a.pos.get(1).copied().unwrap_or(vm.none)),
    }
}

fn p_join(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let mut out = String::new();
    for &p in a.pos {
        let ps = s(p);
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

fn p_basename(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = s(a.pos[0]);
    Ok(vm.new_str(p.rsplit('/').next().unwrap_or("")))
}

fn p_dirname(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = s(a.pos[0]);
    let d = match p.rfind('/') {
        Some(i) => {
            let head = &p[..i + 1];
            let trimmed = head.trim_end_matches('/');
            if trimmed.is_empty() {
                head
            } else {
                trimmed
            }
        }
        None => "",
    };
    Ok(vm.new_str(d))
}

fn p_split(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = p_dirname(vm, a)?;
    let b = p_basename(vm, a)?;
    Ok(vm.new_tuple(vec![d, b]))
}

fn p_splitext(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = s(a.pos[0]);
    let base_start = p.rfind('/').map(|i| i + 1).unwrap_or(0);
    let base = &p[base_start..];
    let dot = base
        .rfind('.')
        .filter(|&i| base[..i].chars().any(|c| c != '.'));
    let (x, y) = match dot {
        Some(i) => (&p[..base_start + i], &p[base_start + i..]),
        None => (p, ""),
    };
    let v = vec![vm.new_str(x), vm.new_str(y)];
    Ok(vm.new_tuple(v))
}

fn p_exists(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(vm.bool_val(std::path::Path::new(s(a.pos[0])).exists()))
}

fn p_isfile(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(vm.bool_val(std::path::Path::new(s(a.pos[0])).is_file()))
}

fn p_isdir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(vm.bool_val(std::path::Path::new(s(a.pos[0])).is_dir()))
}

fn p_abspath(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = s(a.pos[0]);
    let full = if p.starts_with('/') {
        p.to_string()
    } else {
        let c = std::env::current_dir()
            .map(|p| p.to_string_lossy().to_string())
            .unwrap_or_default();
        format!("{c}/{p}")
    };
    Ok(vm.new_str(full))
}

pub fn create(vm: &mut Vm) -> Value {
    let m = vm.new_module("os");
    let d = vm.module_dict(m);
    for (n, f) in [
        ("getcwd", getcwd as crate::object::BuiltinFn),
        ("remove", remove),
        ("unlink", remove),
        ("listdir", listdir),
        ("mkdir", mkdir),
        ("getenv", getenv),
    ] {
        add_function(vm, d, n, f);
    }
    let sep = vm.new_str("/");
    let k = vm.intern("sep");
    let _ = vm.dict_set(d, k, sep);
    let env = vm.new_dict();
    for (k, v) in std::env::vars() {
        let (kv, vv) = (vm.new_str(k), vm.new_str(v));
        let _ = vm.dict_set(env, kv, vv);
    }
    let k = vm.intern("environ");
    let _ = vm.dict_set(d, k, env);
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
        ("abspath", p_abspath),
    ] {
        add_function(vm, pd, n, f);
    }
    let k = vm.intern("path");
    let _ = vm.dict_set(d, k, p);
    m
}
