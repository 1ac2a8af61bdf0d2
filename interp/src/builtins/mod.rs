//! Built-ins: the `builtins` module's functions and the methods of the
//! built-in types, one file per family. `install` registers them all;
//! `special_attr` answers the attributes that live in object payloads
//! (`__name__`, `__class__`, `__dict__`, `args`, ...).

pub mod bytes_methods;
pub mod class;
pub mod codecs;
pub mod dict;
pub mod dunders;
pub mod format;
pub mod functions;
pub mod member;
pub mod methods;
pub mod sets;
pub mod slots;
pub mod sort;
pub mod str_translate;
pub mod str_type;
pub mod subscript;

use crate::object::function::BuiltinKind;
use crate::object::kind_of;
use crate::object::{Builtin, BuiltinFn, ObjKind, Value};
use crate::vm::{Args, ExcKind, PyResult, Vm};

/// Registers a built-in function under `name` in dict `ns`.
pub fn add_function(vm: &mut Vm, ns: Value, name: &'static str, f: BuiltinFn) {
    let b = vm.alloc(
        vm.types.builtin_function,
        ObjKind::Builtin(Builtin {
            name,
            func: f,
            kind: BuiltinKind::Function,
            receiver: Value::NULL,
            owner: Value::NULL,
            float_kernel: None,
        }),
    );
    let k = vm.intern(name);
    let _ = vm.dict_set(ns, k, b);
}

/// Registers a method (or class/static method) on built-in class `cls`.
pub fn add_method(vm: &mut Vm, cls: Value, name: &'static str, kind: BuiltinKind, f: BuiltinFn) {
    let b = vm.alloc(
        vm.types.builtin_function,
        ObjKind::Builtin(Builtin {
            name,
            func: f,
            kind,
            receiver: Value::NULL,
            owner: cls,
            float_kernel: None,
        }),
    );
    let k = vm.intern(name);
    let d = vm.class_data(cls).dict;
    let _ = vm.dict_set(d, k, b);
}

pub fn install(vm: &mut Vm) {
    let b = vm.builtins;
    let m = vm.new_module("builtins");
    if let ObjKind::Module { dict, .. } = &mut m.obj_mut().kind {
        *dict = b;
    }
    let nk = vm.intern_static("__name__");
    let nv = vm.new_str("builtins");
    let _ = vm.dict_set(b, nk, nv);
    let (dk, t) = (vm.intern_static("__debug__"), vm.true_);
    let _ = vm.dict_set(b, dk, t);
    functions::install(vm);
    class::install(vm);
    methods::install(vm);
    str_type::install(vm);
    dunders::install(vm);
    slots::install(vm);
    bytes_methods::install(vm);
    member::install(vm);
    str_translate::install(vm);
    // Types and exceptions as names.
    let t = &vm.types;
    let named: Vec<(&str, Value)> = vec![
        ("object", t.object),
        ("type", t.type_),
        ("int", t.int),
        ("bool", t.bool_),
        ("float", t.float),
        ("str", t.str_),
        ("bytes", t.bytes),
        ("bytearray", t.bytearray),
        ("list", t.list),
        ("tuple", t.tuple),
        ("dict", t.dict),
        ("set", t.set),
        ("frozenset", t.frozenset),
        ("range", t.range),
        ("slice", t.slice),
        ("property", t.property),
        ("staticmethod", t.staticmethod),
        ("classmethod", t.classmethod),
        ("super", t.super_),
        ("enumerate", t.enumerate),
        ("zip", t.zip),
        ("map", t.map),
        ("filter", t.filter),
        ("reversed", t.reversed),
    ];
    for (n, v) in named {
        let k = vm.intern(n);
        let _ = vm.dict_set(b, k, v);
    }
    for (i, kind) in ExcKind::ALL.iter().enumerate() {
        let k = vm.intern(kind.name());
        let v = vm.types.exc[i];
        let _ = vm.dict_set(b, k, v);
    }
    let k = vm.intern_static("EnvironmentError");
    let v = vm.exc_type(ExcKind::OSError);
    let _ = vm.dict_set(b, k, v);
    let k = vm.intern_static("IOError");
    let _ = vm.dict_set(b, k, v);
    for (n, v) in [
        ("None", vm.none),
        ("True", vm.true_),
        ("False", vm.false_),
        ("NotImplemented", vm.not_implemented),
        ("Ellipsis", vm.ellipsis_v),
    ] {
        let k = vm.intern(n);
        let _ = vm.dict_set(b, k, v);
    }
}

/// Attributes stored in payloads rather than dicts.
pub fn special_attr(vm: &mut Vm, obj: Value, name: Value) -> PyResult<Option<Value>> {
    let n = crate::vm::str_of(name);
    if n == "__class__" {
        return Ok(Some(vm.class_of(obj)));
    }
    if !obj.is_ptr() {
        return Ok(match n {
            "real" | "numerator" => Some(obj),
            "imag" => Some(Value::small(0)),
            "denominator" => Some(Value::small(1)),
            _ => None,
        });
    }
    let v = match (kind_of(obj), n) {
        (ObjKind::Class(c), "__name__") => {
            let s = c.name.clone();
            vm.new_str(s)
        }
        (ObjKind::Class(c), "__qualname__") => {
            let s = c.qualname.clone();
            vm.new_str(s)
        }
        (ObjKind::Class(c), "__mro__") => {
            let m = c.mro.clone();
            vm.new_tuple(m)
        }
        (ObjKind::Class(c), "__bases__") => {
            let m = c.bases.clone();
            vm.new_tuple(m)
        }
        (ObjKind::Class(c), "__base__") => c.bases.first().copied().unwrap_or(vm.none),
        (ObjKind::Class(c), "__dict__") => c.dict,
        (ObjKind::Class(c), "__module__") => {
            if c.builtin {
                vm.new_str("builtins")
            } else {
                return Ok(None);
            }
        }
        (ObjKind::Class(_), "__doc__") if obj == vm.types.object => vm.new_str(
            "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments \
             and returns a new featureless\ninstance that has no instance attributes and \
             cannot be given any.\n",
        ),
        (ObjKind::Class(_), "__doc__") => vm.none,
        (ObjKind::Function(f), "__name__") => f.name,
        (ObjKind::Function(f), "__qualname__") => f.qualname,
        (ObjKind::Function(f), "__doc__") => f.doc,
        (ObjKind::Function(f), "__module__") => f.module,
        (ObjKind::Function(f), "__defaults__") => {
            if f.defaults.is_null() {
                vm.none
            } else {
                f.defaults
            }
        }
        (ObjKind::Function(f), "__kwdefaults__") => {
            if f.kwdefaults.is_null() {
                vm.none
            } else {
                f.kwdefaults
            }
        }
        (ObjKind::Function(f), "__globals__") => f.globals,
        (ObjKind::Function(f), "__code__") => {
            let c = f.code.clone();
            vm.new_code(c)
        }
        (ObjKind::Function(_), "__dict__") => vm.instance_dict(obj)?,
        (ObjKind::Function(_), "__annotations__") => vm.new_dict(),
        (ObjKind::Code(c), "co_name") => {
            let s = c.name.clone();
            vm.new_str(s)
        }
        (ObjKind::Code(c), "co_filename") => {
            let s = c.filename.clone();
            vm.new_str(s)
        }
        (ObjKind::Code(c), "co_argcount") => Value::small(c.argcount as i64),
        (ObjKind::Code(c), "co_varnames") => {
            let names: Vec<String> = c.varnames.clone();
            let vals: Vec<Value> = names.iter().map(|s| vm.new_str(s.as_str())).collect();
            vm.new_tuple(vals)
        }
        (ObjKind::Builtin(b), "__name__") => vm.new_str(b.name),
        (ObjKind::Builtin(b), "__qualname__") => {
            if b.owner.is_null() {
                vm.new_str(b.name)
            } else {
                let q = format!("{}.{}", vm.class_data(b.owner).name, b.name);
                vm.new_str(q)
            }
        }
        (ObjKind::Builtin(b), "__module__") => {
            if b.kind == BuiltinKind::Function && b.receiver.is_null() {
                vm.new_str("builtins")
            } else {
                vm.none
            }
        }
        (ObjKind::Builtin(b), "__self__") => {
            if b.receiver.is_null() {
                vm.none
            } else {
                b.receiver
            }
        }
        (ObjKind::BoundMethod { receiver, .. }, "__self__") => *receiver,
        (ObjKind::BoundMethod { func, .. }, "__func__") => *func,
        (ObjKind::BoundMethod { func, .. }, _) => {
            let f = *func;
            return vm.getattr_opt(f, name);
        }
        (ObjKind::Module { name, .. }, "__name__") => *name,
        (ObjKind::Exception(d), "args") => {
            // OSError(errno, strerror, filename[, winerror, filename2])
            // keeps only (errno, strerror) in args, as CPython does.
            let a = vm.exc_args(obj);
            if (3..=5).contains(&a.len())
                && vm.is_int(a[0])
                && vm.exc_matches(obj, ExcKind::OSError)
            {
                vm.new_tuple(a[..2].to_vec())
            } else {
                d.args
            }
        }
        (ObjKind::Exception(d), "__cause__") => {
            if d.cause.is_null() {
                vm.none
            } else {
                d.cause
            }
        }
        (ObjKind::Exception(d), "__context__") => {
            if d.context.is_null() {
                vm.none
            } else {
                d.context
            }
        }
        (ObjKind::File(f), "encoding") if !f.binary => vm.new_str(f.encoding.as_str()),
        (ObjKind::Exception(d), "__suppress_context__") => vm.bool_val(d.suppress_context),
        (ObjKind::Exception(_), "__traceback__") => vm.traceback_of(obj),
        (ObjKind::Exception(_), "value") if vm.exc_matches(obj, ExcKind::StopIteration) => {
            vm.exc_args(obj).first().copied().unwrap_or(vm.none)
        }
        (ObjKind::Exception(_), "code") if vm.exc_matches(obj, ExcKind::SystemExit) => {
            let a = vm.exc_args(obj);
            match a.len() {
                0 => vm.none,
                1 => a[0],
                _ => vm.new_tuple(a),
            }
        }
        (ObjKind::Exception(_), "errno") if vm.exc_matches(obj, ExcKind::OSError) => {
            let a = vm.exc_args(obj);
            if a.len() >= 2 {
                a[0]
            } else {
                vm.none
            }
        }
        (ObjKind::Exception(_), "strerror") if vm.exc_matches(obj, ExcKind::OSError) => {
            let a = vm.exc_args(obj);
            if a.len() >= 2 {
                a[1]
            } else {
                vm.none
            }
        }
        (ObjKind::Exception(_), "filename") if vm.exc_matches(obj, ExcKind::OSError) => {
            let a = vm.exc_args(obj);
            if a.len() >= 3 {
                a[2]
            } else {
                vm.none
            }
        }
        (ObjKind::Exception(_), "filename2") if vm.exc_matches(obj, ExcKind::OSError) => {
            let a = vm.exc_args(obj);
            if a.len() == 5 {
                a[4]
            } else {
                vm.none
            }
        }
        (ObjKind::Exception(_), "name")
            if vm.exc_matches(obj, ExcKind::ImportError)
                || vm.exc_matches(obj, ExcKind::NameError) =>
        {
            vm.none
        }
        (ObjKind::Float(f), "real") => vm.new_float(*f),
        (ObjKind::Float(_), "imag") => vm.new_float(0.0),
        (ObjKind::Int(_) | ObjKind::Bool(_), "real" | "numerator") => {
            let b = vm.as_bigint(obj).unwrap_or_default();
            vm.new_bigint(b)
        }
        (ObjKind::Int(_) | ObjKind::Bool(_), "imag") => Value::small(0),
        (ObjKind::Int(_) | ObjKind::Bool(_), "denominator") => Value::small(1),
        (ObjKind::Slice(a, _, _), "start") => *a,
        (ObjKind::Slice(_, b, _), "stop") => *b,
        (ObjKind::Slice(_, _, c), "step") => *c,
        (ObjKind::Range(r), "start") => vm.new_bigint(r.start.clone()),
        (ObjKind::Range(r), "stop") => vm.new_bigint(r.stop.clone()),
        (ObjKind::Range(r), "step") => vm.new_bigint(r.step.clone()),
        (ObjKind::Property(p), "fget") => p.fget,
        (ObjKind::Property(p), "fset") => p.fset,
        (ObjKind::Property(p), "fdel") => p.fdel,
        (ObjKind::Property(p), "__doc__") => p.doc,
        (ObjKind::StaticMethod(f) | ObjKind::ClassMethod(f), "__func__") => *f,
        (ObjKind::Generator(g), "__name__") => g.name,
        (ObjKind::Generator(g), "__qualname__") => g.qualname,
        (ObjKind::File(f), "name") => {
            let s = f.name.clone();
            vm.new_str(s)
        }
        (ObjKind::File(f), "mode") => {
            let s = f.mode.clone();
            vm.new_str(s)
        }
        (ObjKind::File(f), "closed") => vm.bool_val(f.file.is_none()),
        (ObjKind::StdStream(fd), "name") => match *fd {
            1 => vm.new_str("<stdout>"),
            2 => vm.new_str("<stderr>"),
            _ => vm.new_str("<stdin>"),
        },
        (ObjKind::StdStream(_), "closed") => vm.false_,
        (ObjKind::StdStream(_), "encoding") => vm.new_str("utf-8"),
        (ObjKind::StdStream(fd), "mode") => vm.new_str(if *fd == 0 { "r" } else { "w" }),
        (ObjKind::Super { start, .. }, "__thisclass__") => *start,
        (ObjKind::Super { obj, .. }, "__self__") => *obj,
        (ObjKind::Super { start, obj }, "__self_class__") => {
            let (start, obj) = (*start, *obj);
            if vm.is_class(obj) && vm.is_subclass(obj, start) {
                obj
            } else {
                vm.class_of(obj)
            }
        }
        (ObjKind::Exception(_), "encoding" | "object" | "start" | "end" | "reason")
            if vm.exc_matches(obj, ExcKind::UnicodeEncodeError)
                || vm.exc_matches(obj, ExcKind::UnicodeDecodeError) =>
        {
            let a = vm.exc_args(obj);
            let i = ["encoding", "object", "start", "end", "reason"]
                .iter()
                .position(|x| *x == n)
                .unwrap_or(0);
            match a.get(i) {
                Some(&v) if a.len() == 5 => v,
                _ => return Ok(None),
            }
        }
        (ObjKind::Member { name, .. }, "__name__") => *name,
        (ObjKind::Member { owner, .. }, "__objclass__") => *owner,
        (_, "__dict__") if vm.has_instance_dict(obj) => vm.instance_dict(obj)?,
        (_, "__doc__") => {
            let cls = vm.class_of(obj);
            let k = vm.intern_static("__doc__");
            return Ok(Some(vm.lookup_in_class(cls, k).unwrap_or(vm.none)));
        }
        _ => return Ok(None),
    };
    Ok(Some(v))
}

/// Argument-count checking helper for built-ins.
/// Arity check of a built-in method taking no argument (`min == max == 0`)
/// or exactly one, with CPython's messages; `qualname` like `"set.add"`.
/// `args.pos` includes the receiver.
pub fn check_method_arity(
    vm: &mut Vm,
    qualname: &str,
    args: &Args,
    n_expected: usize,
) -> PyResult<()> {
    let n = args.pos.len().saturating_sub(1);
    if n != n_expected || !args.kwnames.is_empty() {
        let given = n + args.kwnames.len();
        let msg = if !args.kwnames.is_empty() && n == n_expected {
            format!("{qualname}() takes no keyword arguments")
        } else if n_expected == 0 {
            format!("{qualname}() takes no arguments ({given} given)")
        } else {
            format!("{qualname}() takes exactly one argument ({given} given)")
        };
        return Err(vm.type_error(msg));
    }
    Ok(())
}

/// Binds the arguments of a built-in with parameters `names`, the first
/// `posonly` positional-only and the others positional-or-keyword, the first
/// `required` of them required, with the checks and messages of CPython's
/// argument clinic (`_PyArg_UnpackKeywords`; `fname` like `"pow"`). `skip`
/// leading positional arguments (a receiver) are not parameters.
pub fn bind_args(
    vm: &mut Vm,
    fname: &str,
    args: &Args,
    skip: usize,
    names: &[&str],
    posonly: usize,
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let pos = &args.pos[skip.min(args.pos.len())..];
    let (nargs, nkw, maxargs) = (pos.len(), args.kwnames.len(), names.len());
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    if nargs + nkw > maxargs {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {maxargs} {}argument{} ({} given)",
            if nargs == 0 { "keyword " } else { "" },
            plural(maxargs),
            nargs + nkw
        )));
    }
    let min_posonly = posonly.min(required);
    if nargs < min_posonly {
        return Err(vm.type_error(format!(
            "{fname}() takes {} {min_posonly} positional argument{} ({nargs} given)",
            if min_posonly < maxargs {
                "at least"
            } else {
                "exactly"
            },
            plural(min_posonly)
        )));
    }
    let find = |k: &str| {
        args.kwnames
            .iter()
            .position(|n| crate::vm::str_of(*n) == k)
            .map(|i| args.kwvals[i])
    };
    let mut out: Vec<Option<Value>> = names.iter().map(|_| None).collect();
    for (i, &v) in pos.iter().enumerate() {
        out[i] = Some(v);
    }
    let mut left = nkw;
    for i in nargs.max(posonly)..maxargs {
        if left == 0 && i >= required {
            break;
        }
        let found = if left > 0 { find(names[i]) } else { None };
        match found {
            Some(v) => {
                out[i] = Some(v);
                left -= 1;
            }
            None if i < required => {
                return Err(vm.type_error(format!(
                    "{fname}() missing required argument '{}' (pos {})",
                    names[i],
                    i + 1
                )));
            }
            None => {}
        }
    }
    if left > 0 {
        for i in posonly..nargs {
            if find(names[i]).is_some() {
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('{}') and position ({})",
                    names[i],
                    i + 1
                )));
            }
        }
        for k in args.kwnames {
            let k = crate::vm::str_of(*k);
            if !names[posonly..].contains(&k) {
                return Err(vm.type_error(format!(
                    "'{k}' is an invalid keyword argument for {fname}()"
                )));
            }
        }
    }
    Ok(out)
}

#[inline]
pub fn check_args(vm: &mut Vm, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    if (min..=max).contains(&args.pos.len()) {
        return Ok(());
    }
    bad_arg_count(vm, name, args, min, max)
}

/// The TypeError of [`check_args`] (the argument count is out of range).
#[cold]
#[inline(never)]
fn bad_arg_count(vm: &mut Vm, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    let n = args.pos.len();
    if n < min || n > max {
        let msg = if min == max {
            if min == 0 {
                format!("{name}() takes no arguments ({n} given)")
            } else if min == 1 {
                format!("{name}() takes exactly one argument ({n} given)")
            } else {
                format!("{name} expected {min} arguments, got {n}")
            }
        } else if n < min {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            )
        };
        return Err(vm.type_error(msg));
    }
    Ok(())
}
