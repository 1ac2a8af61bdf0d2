//! The `builtins` module's functions (`print`, `len`, `sorted`, ...).

use super::{add_function, check_args};
use crate::object::kind_of;
use crate::object::{ObjKind, Value};
use crate::vm::{Args, ExcKind, PyResult, Vm};
use num_bigint::BigInt;
use num_traits::Signed;

fn print(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let opt_text = |vm: &mut Vm, name: &str, default: &str| -> PyResult<String> {
        match args.kw(name) {
            Some(v) if v != vm.none => {
                if !(v.is_ptr() && matches!(kind_of(v), ObjKind::Str(_))) {
                    let t = vm.type_name(v);
                    return Err(vm.type_error(format!("{name} must be None or a string, not {t}")));
                }
                vm.str_of_value(v)
            }
            _ => Ok(default.to_string()),
        }
    };
    let flush = match args.kw("flush") {
        Some(v) => vm.is_true(v)?,
        None => false,
    };
    let target = match args.kw("file") {
        Some(f) if f != vm.none => Some(f),
        _ => redirected_stdout(vm),
    };
    let sep = opt_text(vm, "sep", " ")?;
    let end = opt_text(vm, "end", "\n")?;
    // As CPython does: each argument, separator and the end is written on
    // its own, each argument converted just before it is written.
    let emit = |vm: &mut Vm, text: &str| -> PyResult<()> {
        match target {
            Some(f) => {
                let s = vm.new_str(text);
                vm.call_method(f, "write", &[s])?;
            }
            None => crate::native::io::write_stdout(vm, text),
        }
        Ok(())
    };
    for (i, &a) in args.pos.iter().enumerate() {
        if i > 0 {
            emit(vm, &sep)?;
        }
        let text = vm.str_of_value(a)?;
        emit(vm, &text)?;
    }
    emit(vm, &end)?;
    if flush {
        match target {
            Some(f) => {
                vm.call_method(f, "flush", &[])?;
            }
            None => crate::native::io::flush_stdout(vm),
        }
    }
    Ok(vm.none)
}

/// `sys.stdout` when a program replaced it (`contextlib.redirect_stdout`,
/// `sys.stdout = io.StringIO()`); None while it is the process's stdout.
fn redirected_stdout(vm: &mut Vm) -> Option<Value> {
    if vm.sys_module.is_null() {
        return None;
    }
    let d = vm.module_dict(vm.sys_module);
    let name = vm.intern_static("stdout");
    let f = crate::builtins::dict::dict_get_str(d, name)?;
    if f == vm.none {
        return None;
    }
    match kind_of(f) {
        ObjKind::StdStream(1) => None,
        _ => Some(f),
    }
}

pub fn len_of(vm: &mut Vm, v: Value) -> PyResult<usize> {
    if v.is_ptr() {
        let cls = v.obj().class;
        let ln = vm.intern_static("__len__");
        if !vm.class_data(cls).builtin && vm.has_user_method(cls, ln) {
            if let Some(r) = vm.call_special(v, "__len__", &[])? {
                let b = index_of(vm, r)?;
                if b.sign() == num_bigint::Sign::Minus {
                    return Err(vm.value_error("__len__() should return >= 0"));
                }
                let Some(n) = num_traits::ToPrimitive::to_i64(&b) else {
                    return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"));
                };
                return Ok(n as usize);
            }
        }
    }
    if let Some(n) = payload_len(vm, v)? {
        return Ok(n);
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("object of type '{t}' has no len()")))
}

/// The length of a built-in container payload (never calling a subclass's
/// `__len__`: the `__len__` slot wrappers use this), or None.
pub fn payload_len(vm: &mut Vm, v: Value) -> PyResult<Option<usize>> {
    if v.is_ptr() {
        let n = match kind_of(v) {
            ObjKind::Str(s) => Some(s.char_len),
            ObjKind::Bytes(b) | ObjKind::ByteArray(b) => Some(b.len()),
            ObjKind::List(l) | ObjKind::Tuple(l) => Some(l.len()),
            ObjKind::Dict(d) => Some(d.len()),
            ObjKind::Set(s) => Some(s.table.len()),
            ObjKind::Range(r) => match num_traits::ToPrimitive::to_i64(&r.len) {
                Some(n) => Some(n as usize),
                None => {
                    return Err(vm.overflow_error("Python int too large to convert to C ssize_t"))
                }
            },
            ObjKind::DictView { dict, .. } => match kind_of(dict) {
                ObjKind::Dict(d) => Some(d.len()),
                _ => None,
            },
            _ => None,
        };
        return Ok(n);
    }
    Ok(None)
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "len", &args, 1, 1)?;
    let n = len_of(vm, args.pos[0])?;
    Ok(vm.new_int(n as i64))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "repr", &args, 1, 1)?;
    vm.repr_value(args.pos[0])
}

fn ascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "ascii", &args, 1, 1)?;
    vm.ascii_value(args.pos[0])
}

fn abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "abs", &args, 1, 1)?;
    let v = args.pos[0];
    if let Some(i) = v.as_small() {
        return Ok(vm.new_int(i.abs()));
    }
    match kind_of(v) {
        ObjKind::Float(f) => Ok(vm.new_float(f.abs())),
        ObjKind::Int(b) => {
            let b = b.abs();
            Ok(vm.new_bigint(b))
        }
        ObjKind::Bool(b) => Ok(Value::small(*b as i64)),
        _ => match vm.call_special(v, "__abs__", &[])? {
            Some(r) => Ok(r),
            None => {
                let t = vm.type_name(v);
                Err(vm.type_error(format!("bad operand type for abs(): '{t}'")))
            }
        },
    }
}

fn all(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "all", &args, 1, 1)?;
    let it = vm.get_iter(args.pos[0])?;
    while let Some(x) = vm.iter_next(it)? {
        if !vm.is_true(x)? {
            return Ok(vm.false_);
        }
    }
    Ok(vm.true_)
}

fn any(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "any", &args, 1, 1)?;
    let it = vm.get_iter(args.pos[0])?;
    while let Some(x) = vm.iter_next(it)? {
        if vm.is_true(x)? {
            return Ok(vm.true_);
        }
    }
    Ok(vm.false_)
}

/// The int value of `v` for bin/hex/oct (`__index__`).
pub fn index_of(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    if let Some(b) = vm.as_bigint(v) {
        return Ok(b);
    }
    if let Some(r) = vm.call_special(v, "__index__", &[])? {
        if let Some(b) = vm.as_bigint(r) {
            return Ok(b);
        }
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
}

fn radix(vm: &mut Vm, args: Args, base: u32, prefix: &str, name: &str) -> PyResult<Value> {
    check_args(vm, name, &args, 1, 1)?;
    let b = index_of(vm, args.pos[0])?;
    let s = crate::object::num_parse::bigint_to_radix(&b, base, prefix);
    Ok(vm.new_str(s))
}

fn bin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, 2, "0b", "bin")
}
fn oct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, 8, "0o", "oct")
}
fn hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, 16, "0x", "hex")
}

fn callable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "callable", &args, 1, 1)?;
    let c = is_callable(vm, args.pos[0]);
    Ok(vm.bool_val(c))
}

/// `callable(v)`.
pub fn is_callable(vm: &mut Vm, v: Value) -> bool {
    v.is_ptr()
        && match kind_of(v) {
            ObjKind::Function(_)
            | ObjKind::Builtin(_)
            | ObjKind::BoundMethod { .. }
            | ObjKind::StaticMethod(_)
            | ObjKind::Class(_) => true,
            _ => {
                let n = vm.intern_static("__call__");
                vm.lookup_special(v, n).is_some()
            }
        }
}

fn chr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "chr", &args, 1, 1)?;
    let Some(i) = vm.as_i64(args.pos[0]) else {
        if vm.is_int(args.pos[0]) {
            return Err(vm.overflow_error("Python int too large to convert to C int"));
        }
        let t = vm.type_name(args.pos[0]);
        return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
    };
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => {
            let s = c.to_string();
            Ok(vm.char_str(&s))
        }
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "ord", &args, 1, 1)?;
    let v = args.pos[0];
    if v.is_ptr() {
        match kind_of(v) {
            ObjKind::Str(s) => {
                if s.char_len != 1 {
                    let n = s.char_len;
                    return Err(vm.type_error(format!(
                        "ord() expected a character, but string of length {n} found"
                    )));
                }
                let c = s.s.chars().next().unwrap_or('\0');
                return Ok(Value::small(c as i64));
            }
            ObjKind::Bytes(b) | ObjKind::ByteArray(b) => {
                if b.len() != 1 {
                    let n = b.len();
                    return Err(vm.type_error(format!(
                        "ord() expected a character, but string of length {n} found"
                    )));
                }
                return Ok(Value::small(b[0] as i64));
            }
            _ => {}
        }
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("ord() expected string of length 1, but {t} found")))
}

fn divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "divmod", &args, 2, 2)?;
    let (a, b) = (args.pos[0], args.pos[1]);
    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
        if y != 0 {
            // Two exact ints (the common case): no protocol to consult.
            let (q, r) = crate::vm::arith::floor_divmod_i64(x, y);
            let (q, r) = (vm.new_int(q), vm.new_int(r));
            return Ok(vm.new_tuple(vec![q, r]));
        }
    }
    let (ca, cb) = (vm.class_of(a), vm.class_of(b));
    let (dm, rdm) = (
        vm.intern_static("__divmod__"),
        vm.intern_static("__rdivmod__"),
    );
    if vm.has_user_method(ca, dm) {
        if let Some(r) = vm.call_special(a, "__divmod__", &[b])? {
            if r != vm.not_implemented {
                return Ok(r);
            }
        }
    }
    if ca != cb && vm.has_user_method(cb, rdm) {
        if let Some(r) = vm.call_special(b, "__rdivmod__", &[a])? {
            if r != vm.not_implemented {
                return Ok(r);
            }
        }
    }
    if vm.as_num(a).is_none() || vm.as_num(b).is_none() {
        let (ta, tb) = (vm.type_name(a), vm.type_name(b));
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for divmod(): '{ta}' and '{tb}'"
        )));
    }
    let zero_float = matches!(vm.as_num(b), Some(crate::vm::arith::Num::Float(f)) if f == 0.0);
    let float_operands = matches!(vm.as_num(a), Some(crate::vm::arith::Num::Float(_)))
        || matches!(vm.as_num(b), Some(crate::vm::arith::Num::Float(_)));
    if zero_float || (float_operands && vm.is_true(b).ok() == Some(false)) {
        return Err(vm.zero_division("float divmod()"));
    }
    let q = vm.binary_op(crate::bytecode::BinOpKind::FloorDiv, a, b)?;
    let r = vm.binary_op(crate::bytecode::BinOpKind::Mod, a, b)?;
    Ok(vm.new_tuple(vec![q, r]))
}

fn getattr_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "getattr", &args, 2, 3)?;
    let name = attr_name(vm, args.pos[1])?;
    match vm.getattr(args.pos[0], name) {
        Ok(v) => Ok(v),
        Err(e) if args.pos.len() == 3 && vm.exc_matches(e.0, ExcKind::AttributeError) => {
            Ok(args.pos[2])
        }
        Err(e) => Err(e),
    }
}

/// The interned attribute name, or CPython's TypeError for a non-str.
fn attr_name(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if !v.is_ptr() || !matches!(kind_of(v), ObjKind::Str(_)) {
        let t = vm.type_name(v);
        return Err(vm.type_error(format!("attribute name must be string, not '{t}'")));
    }
    Ok(vm.intern(crate::vm::str_of(v)))
}

fn setattr_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "setattr", &args, 3, 3)?;
    let name = attr_name(vm, args.pos[1])?;
    vm.setattr(args.pos[0], name, args.pos[2])?;
    Ok(vm.none)
}

fn delattr_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "delattr", &args, 2, 2)?;
    let name = attr_name(vm, args.pos[1])?;
    vm.delattr(args.pos[0], name)?;
    Ok(vm.none)
}

fn hasattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "hasattr", &args, 2, 2)?;
    let name = attr_name(vm, args.pos[1])?;
    match vm.getattr(args.pos[0], name) {
        Ok(_) => Ok(vm.true_),
        Err(e) if vm.exc_matches(e.0, ExcKind::AttributeError) => Ok(vm.false_),
        Err(e) => Err(e),
    }
}

fn caller_globals(vm: &Vm) -> Value {
    vm.frames.last().map(|f| f.globals).unwrap_or(Value::NULL)
}

fn globals(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(caller_globals(vm))
}

/// `locals()`: the namespace dict, or a snapshot of a function's locals.
fn locals(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let Some(f) = vm.frames.last() else {
        return Ok(vm.none);
    };
    if !f.locals.is_null() {
        return Ok(f.locals);
    }
    let code = f.code.clone();
    let slots = f.slots.clone();
    let d = vm.new_dict();
    for (i, name) in code.varnames.iter().enumerate() {
        if !slots[i].is_null() && !code.cellvars.contains(name) {
            let k = vm.intern(name);
            vm.dict_set(d, k, slots[i])?;
        }
    }
    for (ci, name) in code.cellvars.iter().chain(code.freevars.iter()).enumerate() {
        if let ObjKind::Cell(v) = kind_of(slots[code.nlocals() + ci]) {
            if !v.is_null() {
                let v = *v;
                let k = vm.intern(name);
                vm.dict_set(d, k, v)?;
            }
        }
    }
    Ok(d)
}

fn vars(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.is_empty() {
        return locals(vm, args);
    }
    let k = vm.intern_static("__dict__");
    match vm.getattr(args.pos[0], k) {
        Ok(v) => Ok(v),
        Err(e) if vm.exc_matches(e.0, ExcKind::AttributeError) => {
            Err(vm.type_error("vars() argument must have __dict__ attribute"))
        }
        Err(e) => Err(e),
    }
}

/// Names an object answers from its payload rather than a dict (see
/// `special_attr`), which CPython lists as descriptors in the type's dict.
fn payload_attr_names(vm: &Vm, cls: Value) -> &'static [&'static str] {
    let t = &vm.types;
    if cls == t.object {
        &["__class__", "__doc__"]
    } else if cls == t.int {
        &["real", "imag", "numerator", "denominator"]
    } else if cls == t.float {
        &["real", "imag"]
    } else if cls == t.slice || cls == t.range {
        &["start", "stop", "step"]
    } else if cls == t.property {
        &["fget", "fset", "fdel"]
    } else if cls == t.function {
        &[
            "__name__",
            "__qualname__",
            "__module__",
            "__defaults__",
            "__kwdefaults__",
            "__globals__",
            "__code__",
            "__dict__",
            "__annotations__",
        ]
    } else if cls == vm.exc_type(crate::vm::ExcKind::BaseException) {
        &[
            "args",
            "__cause__",
            "__context__",
            "__suppress_context__",
            "__traceback__",
        ]
    } else if cls == t.type_ {
        &[
            "__name__",
            "__qualname__",
            "__mro__",
            "__bases__",
            "__base__",
            "__dict__",
            "__module__",
        ]
    } else {
        &[]
    }
}

/// `object.__dir__` / `type.__dir__`: the sorted attribute names of an
/// instance (its `__dict__` and its class's MRO) or of a class (its MRO's
/// dicts), or a module's names.
pub fn dir_of(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let mut names: Vec<String> = Vec::new();
    let mut add = |names: &mut Vec<String>, s: &str| {
        if !names.iter().any(|n| n == s) {
            names.push(s.to_string());
        }
    };
    let add_dict =
        |d: Value, names: &mut Vec<String>, add: &mut dyn FnMut(&mut Vec<String>, &str)| {
            if let ObjKind::Dict(dd) = kind_of(d) {
                for e in dd.iter() {
                    add(names, crate::vm::str_of(e.key));
                }
            }
        };
    if let ObjKind::Module { dict, .. } = kind_of(v) {
        add_dict(*dict, &mut names, &mut add);
    } else {
        if v.is_ptr() && v.obj().attrs.is_some() && !vm.is_class(v) {
            if let Some(d) = vm.instance_dict_opt(v)? {
                add_dict(d, &mut names, &mut add);
            }
        }
        let cls = if vm.is_class(v) { v } else { vm.class_of(v) };
        let mro = vm.class_data(cls).mro.clone();
        for c in mro {
            let d = vm.class_data(c).dict;
            add_dict(d, &mut names, &mut add);
            for n in payload_attr_names(vm, c) {
                add(&mut names, n);
            }
        }
    }
    names.sort();
    let vals: Vec<Value> = names.iter().map(|s| vm.new_str(s.as_str())).collect();
    Ok(vm.new_list(vals))
}

fn dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "dir", &args, 0, 1)?;
    if args.pos.is_empty() {
        let l = locals(vm, args)?;
        let mut keys: Vec<String> = match kind_of(l) {
            ObjKind::Dict(d) => d
                .iter()
                .map(|e| crate::vm::str_of(e.key).to_string())
                .collect(),
            _ => vec![],
        };
        keys.sort();
        let vals: Vec<Value> = keys.iter().map(|s| vm.new_str(s.as_str())).collect();
        return Ok(vm.new_list(vals));
    }
    let v = args.pos[0];
    if vm.is_class(v) || (v.is_ptr() && matches!(kind_of(v), ObjKind::Module { .. })) {
        return dir_of(vm, v);
    }
    // `type(obj).__dir__(obj)`, sorted into a list.
    let dn = vm.intern_static("__dir__");
    match vm.lookup_special(v, dn) {
        Some(m) if !matches!(kind_of(m), ObjKind::Builtin(_)) => {
            let r = vm.call(m, &[v])?;
            let mut items = vm.iterate(r)?;
            sort_values(vm, &mut items, None, false)?;
            Ok(vm.new_list(items))
        }
        _ => dir_of(vm, v),
    }
}

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "hash", &args, 1, 1)?;
    let h = vm.hash(args.pos[0])?;
    Ok(vm.new_int(h))
}

fn id(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "id", &args, 1, 1)?;
    Ok(vm.new_int((args.pos[0].0 >> 1) as i64))
}

fn input(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "input", &args, 0, 1)?;
    if let Some(&p) = args.pos.first() {
        let s = vm.str_of_value(p)?;
        crate::native::io::write_stdout(vm, &s);
    }
    crate::native::io::flush_stdout(vm);
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => Err(vm.exc(ExcKind::EOFError, "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(vm.new_str(line))
        }
        Err(e) => Err(vm.exc(ExcKind::OSError, e.to_string())),
    }
}

fn isinstance(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "isinstance", &args, 2, 2)?;
    let r = class_check(vm, args.pos[0], args.pos[1], false)?;
    Ok(vm.bool_val(r))
}

fn issubclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "issubclass", &args, 2, 2)?;
    if !vm.is_class(args.pos[0]) {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    let r = class_check(vm, args.pos[0], args.pos[1], true)?;
    Ok(vm.bool_val(r))
}

fn class_check(vm: &mut Vm, v: Value, spec: Value, sub: bool) -> PyResult<bool> {
    if let ObjKind::Tuple(items) = kind_of(spec) {
        for &c in items.clone().iter() {
            if class_check(vm, v, c, sub)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if !vm.is_class(spec) {
        let which = if sub {
            "issubclass() arg 2"
        } else {
            "isinstance() arg 2"
        };
        let what = if sub {
            "a class, a tuple of classes"
        } else {
            "a type, a tuple of types"
        };
        return Err(vm.type_error(format!("{which} must be {what}, or a union")));
    }
    Ok(if sub {
        vm.is_subclass(v, spec)
    } else {
        vm.isinstance(v, spec)
    })
}

fn iter_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "iter", &args, 1, 2)?;
    if args.pos.len() == 2 {
        if !is_callable(vm, args.pos[0]) {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return Ok(vm.alloc(
            vm.types.callable_iterator,
            ObjKind::Iter(crate::object::IterState::CallSentinel {
                func: args.pos[0],
                sentinel: args.pos[1],
            }),
        ));
    }
    vm.get_iter(args.pos[0])
}

fn next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "next", &args, 1, 2)?;
    let it = args.pos[0];
    let is_iter = it.is_ptr()
        && (matches!(
            it.obj().kind,
            ObjKind::Iter(_) | ObjKind::Generator(_) | ObjKind::File(_)
        ) || {
            let n = vm.intern_static("__next__");
            vm.lookup_special(it, n).is_some()
        });
    if !is_iter {
        let t = vm.type_name(it);
        return Err(vm.type_error(format!("'{t}' object is not an iterator")));
    }
    if it.is_ptr() && matches!(kind_of(it), ObjKind::Generator(_)) {
        let none = vm.none;
        return match vm.gen_resume(it, none, Value::NULL)? {
            crate::vm::iter::SendResult::Yielded(v) => Ok(v),
            crate::vm::iter::SendResult::Returned(r) => {
                if args.pos.len() == 2 {
                    Ok(args.pos[1])
                } else {
                    Err(vm.stop_iteration(r))
                }
            }
        };
    }
    let nx = vm.intern_static("__next__");
    if vm.has_user_method(vm.class_of(it), nx) {
        // A user iterator's own StopIteration (with its args) propagates.
        return match vm.call_special(it, "__next__", &[]) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Err(vm.type_error("'__next__' missing")),
            Err(e) if args.pos.len() == 2 && vm.exc_matches(e.0, ExcKind::StopIteration) => {
                Ok(args.pos[1])
            }
            Err(e) => Err(e),
        };
    }
    match vm.iter_next(it)? {
        Some(v) => Ok(v),
        None => {
            if args.pos.len() == 2 {
                Ok(args.pos[1])
            } else {
                let none = vm.none;
                Err(vm.stop_iteration(none))
            }
        }
    }
}

fn min_max(vm: &mut Vm, args: Args, is_max: bool) -> PyResult<Value> {
    let name = if is_max { "max" } else { "min" };
    let key = args.kw("key").filter(|k| *k != vm.none);
    let default = args.kw("default");
    let items = if args.pos.len() == 1 {
        vm.iterate(args.pos[0])?
    } else if args.pos.is_empty() {
        return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
    } else {
        if default.is_some() {
            return Err(vm.type_error(format!(
                "Cannot specify a default for {name}() with multiple positional arguments"
            )));
        }
        args.pos.to_vec()
    };
    if items.is_empty() {
        return match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
        };
    }
    let mut best = items[0];
    let mut best_key = match key {
        Some(k) => vm.call(k, &[best])?,
        None => best,
    };
    for &x in &items[1..] {
        let kx = match key {
            Some(k) => vm.call(k, &[x])?,
            None => x,
        };
        let better = if is_max {
            vm.lt(best_key, kx)?
        } else {
            vm.lt(kx, best_key)?
        };
        if better {
            best = x;
            best_key = kx;
        }
    }
    Ok(best)
}

fn max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, true)
}
fn min(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, false)
}

fn sum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.is_empty() {
        return Err(vm.type_error("sum() takes at least 1 positional argument (0 given)"));
    }
    check_args(vm, "sum", &args, 1, 2)?;
    let mut acc = args
        .pos
        .get(1)
        .copied()
        .or_else(|| args.kw("start"))
        .unwrap_or(Value::small(0));
    if acc.is_ptr() {
        match kind_of(acc) {
            ObjKind::Str(_) => {
                return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"))
            }
            ObjKind::Bytes(_) => {
                return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"))
            }
            ObjKind::ByteArray(_) => {
                return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"))
            }
            _ => {}
        }
    }
    let it = vm.get_iter(args.pos[0])?;
    while let Some(x) = vm.iter_next(it)? {
        acc = vm.binary_op(crate::bytecode::BinOpKind::Add, acc, x)?;
    }
    Ok(acc)
}

/// Sorts values in place with an optional key and reverse flag (stable).
pub fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: Option<Value>,
    reverse: bool,
) -> PyResult<()> {
    let keys: Vec<Value> = match key {
        Some(k) => {
            let mut ks = Vec::with_capacity(items.len());
            for &x in items.iter() {
                ks.push(vm.call(k, &[x])?);
            }
            ks
        }
        None => items.clone(),
    };
    // A stable sort with the order reversed keeps equal elements in their
    // original order, as CPython's reverse-sort-reverse does.
    let mut idx: Vec<usize> = (0..items.len()).collect();
    let all_small = keys.iter().all(|k| k.is_small());
    if all_small {
        idx.sort_by(|&a, &b| {
            let o = keys[a].small_unchecked().cmp(&keys[b].small_unchecked());
            if reverse {
                o.reverse()
            } else {
                o
            }
        });
    } else {
        let roots = keys.clone();
        vm.with_roots(&roots, |vm| {
            super::sort::sort_positions(&mut idx, &mut |a, b| {
                let (x, y) = if reverse {
                    (keys[b], keys[a])
                } else {
                    (keys[a], keys[b])
                };
                vm.lt(x, y)
            })
        })?;
    }
    let sorted: Vec<Value> = idx.iter().map(|&i| items[i]).collect();
    *items = sorted;
    Ok(())
}

fn sorted(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 1 {
        let n = args.pos.len();
        return Err(vm.type_error(format!("sorted expected 1 argument, got {n}")));
    }
    for &k in args.kwnames {
        let k = crate::vm::str_of(k);
        if k != "key" && k != "reverse" {
            return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for sort()")));
        }
    }
    let mut items = vm.iterate(args.pos[0])?;
    let key = args.kw("key").filter(|k| *k != vm.none);
    let reverse = match args.kw("reverse") {
        Some(r) => vm.is_true(r)?,
        None => false,
    };
    let l = vm.new_list(vec![]);
    vm.with_roots(&[l], |vm| {
        let roots = items.clone();
        vm.with_roots(&roots, |vm| sort_values(vm, &mut items, key, reverse))
    })?;
    if let ObjKind::List(v) = &mut l.obj_mut().kind {
        *v = items;
    }
    Ok(l)
}

/// The `ndigits` argument of `round` (`__index__`, clamped to i64).
fn round_digits(vm: &mut Vm, n: Value) -> PyResult<i64> {
    let b = index_of(vm, n)?;
    Ok(
        num_traits::ToPrimitive::to_i64(&b).unwrap_or(if b.sign() == num_bigint::Sign::Minus {
            i64::MIN
        } else {
            i64::MAX
        }),
    )
}

pub(crate) fn round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "round", &args, 1, 2)?;
    let v = args.pos[0];
    let nd = args
        .pos
        .get(1)
        .copied()
        .or_else(|| args.kw("ndigits"))
        .filter(|x| *x != vm.none);
    if let ObjKind::Float(f) = crate::object::kind_of(v) {
        let f = *f;
        return match nd {
            None => {
                if f.is_nan() {
                    return Err(vm.value_error("cannot convert float NaN to integer"));
                }
                if f.is_infinite() {
                    return Err(vm.overflow_error("cannot convert float infinity to integer"));
                }
                let r = crate::object::float_repr::round_half_even(f);
                let b = crate::builtins::format::float_to_bigint(r);
                Ok(vm.new_bigint(b))
            }
            Some(n) => {
                let n = round_digits(vm, n)?;
                match crate::object::float_repr::round_float(f, n) {
                    Ok(r) => Ok(vm.new_float(r)),
                    Err(_) => Err(vm.overflow_error("rounded value too large to represent")),
                }
            }
        };
    }
    if vm.is_int(v) {
        // round() of an int subclass (bool) is a plain int.
        let plain = vm.as_bigint(v).unwrap_or_default();
        let plain = vm.new_bigint(plain);
        return match nd {
            None => Ok(plain),
            Some(n) => {
                let n = round_digits(vm, n)?;
                if n >= 0 {
                    return Ok(plain);
                }
                let b = vm.as_bigint(v).unwrap_or_default();
                // 10**k > 2*|b| when 3k > bits + 1: the result is 0.
                let k = n.checked_neg().unwrap_or(i64::MAX) as u64;
                if k > b.bits() / 3 + 2 {
                    return Ok(vm.new_int(0));
                }
                let m = num_traits::pow::Pow::pow(BigInt::from(10), k as u32);
                let (q, r) = num_integer::Integer::div_mod_floor(&b, &m);
                let twice = &r * 2;
                let q = if twice > m || (twice == m && num_integer::Integer::is_odd(&q)) {
                    q + 1
                } else {
                    q
                };
                Ok(vm.new_bigint(q * m))
            }
        };
    }
    let extra: Vec<Value> = nd.into_iter().collect();
    match vm.call_special(v, "__round__", &extra)? {
        Some(r) => Ok(r),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("type {t} doesn't define __round__ method")))
        }
    }
}

fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let bound = super::bind_args(vm, "pow", &args, 0, &["base", "exp", "mod"], 0, 2)?;
    let (base, exp) = (bound[0].unwrap_or(vm.none), bound[1].unwrap_or(vm.none));
    let m = bound[2].filter(|x| *x != vm.none);
    match m {
        None => vm.binary_op(crate::bytecode::BinOpKind::Pow, base, exp),
        Some(m) => {
            let pw = vm.intern_static("__pow__");
            let ca = vm.class_of(base);
            if vm.has_user_method(ca, pw) {
                if let Some(r) = vm.call_special(base, "__pow__", &[exp, m])? {
                    if r != vm.not_implemented {
                        return Ok(r);
                    }
                }
            }
            let (Some(b), Some(e), Some(md)) =
                (vm.as_bigint(base), vm.as_bigint(exp), vm.as_bigint(m))
            else {
                return Err(vm.type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            };
            if md == BigInt::from(0) {
                return Err(vm.value_error("pow() 3rd argument cannot be 0"));
            }
            let r = if e.is_negative() {
                let Some(inv) = mod_inverse(&b, &md) else {
                    return Err(vm.value_error("base is not invertible for the given modulus"));
                };
                inv.modpow(&(-e), &md.abs())
            } else {
                b.modpow(&e, &md.abs())
            };
            let r = num_integer::Integer::mod_floor(&r, &md);
            Ok(vm.new_bigint(r))
        }
    }
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m = m.abs();
    let g = num_integer::Integer::extended_gcd(&num_integer::Integer::mod_floor(a, &m), &m);
    if g.gcd != BigInt::from(1) {
        return None;
    }
    Some(num_integer::Integer::mod_floor(&g.x, &m))
}

fn format_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "format", &args, 1, 2)?;
    let spec = args.pos.get(1).copied().unwrap_or(Value::NULL);
    if !spec.is_null() && !(spec.is_ptr() && matches!(kind_of(spec), ObjKind::Str(_))) {
        let t = vm.type_name(spec);
        return Err(vm.type_error(format!("format() argument 2 must be str, not {t}")));
    }
    vm.format_value(args.pos[0], spec)
}

fn exec_or_eval(vm: &mut Vm, args: Args, is_eval: bool) -> PyResult<Value> {
    let name = if is_eval { "eval" } else { "exec" };
    check_args(vm, name, &args, 1, 3)?;
    let src_v = args.pos[0];
    let globals = match args.pos.get(1).copied().filter(|g| *g != vm.none) {
        Some(g) => {
            if !matches!(kind_of(g), ObjKind::Dict(_)) {
                let t = vm.type_name(g);
                return Err(vm.type_error(format!("{name}() globals must be a dict, not {t}")));
            }
            g
        }
        None => caller_globals(vm),
    };
    let locals = match args.pos.get(2).copied().filter(|g| *g != vm.none) {
        Some(l) => l,
        None => {
            if args.pos.get(1).copied().filter(|g| *g != vm.none).is_some() {
                globals
            } else {
                let f = vm.frames.last().map(|f| f.locals).unwrap_or(Value::NULL);
                if f.is_null() {
                    locals(vm, Args::new(&[]))?
                } else {
                    f
                }
            }
        }
    };
    let src = match kind_of(src_v) {
        ObjKind::Str(s) => s.as_str().to_string(),
        ObjKind::Bytes(b) => String::from_utf8_lossy(b).to_string(),
        ObjKind::Code(c) => {
            let c = c.clone();
            return vm.exec_code(c, globals, locals);
        }
        _ => {
            return Err(vm.type_error(format!(
                "{name}() arg 1 must be a string, bytes or code object"
            )))
        }
    };
    let bkey = vm.intern_static("__builtins__");
    if crate::builtins::dict::dict_get_str(globals, bkey).is_none() {
        let bm = vm.builtins_module();
        vm.dict_set(globals, bkey, bm)?;
    }
    let code = if is_eval {
        let trimmed = src.trim_start_matches([' ', '\t']);
        let expr = match piepie_syntax::parse_eval(trimmed, "<string>") {
            Ok(e) => e,
            Err(e) => return Err(vm.syntax_error_from(&e)),
        };
        match crate::compile::compile_eval(vm, &expr, trimmed, "<string>") {
            Ok(c) => c,
            Err(e) => return Err(vm.compile_error(e, trimmed, "<string>")),
        }
    } else {
        vm.compile_source(&src, "<string>")?
    };
    let r = vm.exec_code(code, globals, locals)?;
    Ok(if is_eval { r } else { vm.none })
}

fn eval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exec_or_eval(vm, args, true)
}
/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`: the
/// import statement's machinery (the top package, or the module itself
/// when fromlist is non-empty).
fn dunder_import(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let arg = |i: usize, kw: &str| args.pos.get(i).copied().or_else(|| args.kw(kw));
    let Some(name) = arg(0, "name") else {
        return Err(vm.type_error("__import__() missing required argument 'name' (pos 1)"));
    };
    if !(name.is_ptr() && matches!(kind_of(name), ObjKind::Str(_))) {
        return Err(vm.type_error("module name must be a string"));
    }
    let none = vm.none;
    let globals = arg(1, "globals").unwrap_or(none);
    let fromlist = match arg(3, "fromlist") {
        Some(f) if f != none => {
            // The import machinery reads a tuple.
            let items = vm.iterate(f)?;
            vm.new_tuple(items)
        }
        _ => vm.new_tuple(vec![]),
    };
    let level = match arg(4, "level") {
        Some(l) => l,
        None => vm.new_int(0),
    };
    let lv = vm.as_i64(level).unwrap_or(0);
    if lv < 0 {
        return Err(vm.value_error("level must be >= 0"));
    }
    if lv == 0 && crate::vm::str_of(name).is_empty() {
        return Err(vm.value_error("Empty module name"));
    }
    let is_dict = globals.is_ptr() && matches!(kind_of(globals), ObjKind::Dict(_));
    if lv > 0 && !is_dict {
        return Err(vm.type_error("globals must be a dict"));
    }
    let globals = if is_dict { globals } else { vm.new_dict() };
    vm.import_name(name, fromlist, level, globals)
}

fn exec(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exec_or_eval(vm, args, false)
}

fn open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::native::io::open(vm, args)
}

/// `exit(code=None)` and `quit(code=None)`, which CPython's `site` module
/// adds to the builtins: raise `SystemExit(code)`.
fn exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut code = args.pos.first().copied();
    for (&k, &v) in args.kwnames.iter().zip(args.kwvals) {
        match kind_of(k) {
            ObjKind::Str(s) if s.as_str() == "code" && code.is_none() => code = Some(v),
            ObjKind::Str(s) => {
                return Err(vm.type_error(format!(
                    "Quitter.__call__() got an unexpected keyword argument '{}'",
                    s.as_str()
                )))
            }
            _ => return Err(vm.type_error("keywords must be strings")),
        }
    }
    if args.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "Quitter.__call__() takes from 1 to 2 positional arguments but {} were given",
            args.pos.len() + 1
        )));
    }
    let code = code.unwrap_or(vm.none);
    let cls = vm.exc_type(ExcKind::SystemExit);
    let e = vm.new_exception(cls, vec![code]);
    Err(crate::vm::Exc(e))
}

pub fn install(vm: &mut Vm) {
    let b = vm.builtins;
    let fns: &[(&'static str, crate::object::BuiltinFn)] = &[
        ("print", print),
        ("len", len),
        ("repr", repr),
        ("ascii", ascii),
        ("abs", abs),
        ("all", all),
        ("any", any),
        ("bin", bin),
        ("oct", oct),
        ("hex", hex),
        ("callable", callable),
        ("chr", chr),
        ("ord", ord),
        ("divmod", divmod),
        ("getattr", getattr_fn),
        ("setattr", setattr_fn),
        ("delattr", delattr_fn),
        ("hasattr", hasattr),
        ("globals", globals),
        ("locals", locals),
        ("vars", vars),
        ("dir", dir),
        ("hash", hash),
        ("id", id),
        ("input", input),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("iter", iter_fn),
        ("next", next),
        ("max", max),
        ("min", min),
        ("sum", sum),
        ("sorted", sorted),
        ("round", round),
        ("pow", pow),
        ("format", format_fn),
        ("eval", eval),
        ("exec", exec),
        ("__import__", dunder_import),
        ("open", open),
        ("exit", exit),
        ("quit", exit),
    ];
    for &(n, f) in fns {
        add_function(vm, b, n, f);
    }
}
