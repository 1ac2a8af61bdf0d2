//! Classes and the object protocol's built-ins: creating classes
//! (`__build_class__`, 3-argument `type`), `object`'s methods, `property`,
//! `staticmethod`, `classmethod` and `super`.

use super::{add_function, add_method, check_args};
use crate::object::class::c3_linearize;
use crate::object::function::BuiltinKind;
use crate::object::kind_of;
use crate::object::{Class, Layout, ObjKind, Property, Value};
use crate::vm::{Args, PyResult, Vm};

impl Vm {
    /// Creates a user class from a namespace dict.
    pub fn new_class(&mut self, name: &str, bases: &[Value], ns: Value) -> PyResult<Value> {
        let meta = self.types.type_;
        self.new_class_of(meta, name, bases, ns)
    }

    /// Creates a user class whose type is `meta` (`type` or a subclass of it).
    pub fn new_class_of(
        &mut self,
        meta: Value,
        name: &str,
        bases: &[Value],
        ns: Value,
    ) -> PyResult<Value> {
        let bases: Vec<Value> = if bases.is_empty() {
            vec![self.types.object]
        } else {
            bases.to_vec()
        };
        for &b in &bases {
            if !self.is_class(b) {
                return Err(self.type_error("bases must be types"));
            }
            let bc = self.class_data(b);
            // bool is final in CPython, like the opaque built-ins.
            if b == self.types.bool_
                || (bc.layout == Layout::Opaque
                    && bc.builtin
                    && b != self.types.object
                    && b != self.types.type_)
            {
                let n = bc.name.clone();
                return Err(self.type_error(format!("type '{n}' is not an acceptable base type")));
            }
        }
        for (i, &b) in bases.iter().enumerate() {
            if bases[..i].contains(&b) {
                let n = self.class_data(b).name.clone();
                return Err(self.type_error(format!("duplicate base class {n}")));
            }
        }
        let mut layout = Layout::Object;
        for &b in &bases {
            let l = self.class_data(b).layout;
            if l != Layout::Object && l != Layout::Opaque {
                if layout != Layout::Object && layout != l {
                    return Err(self.type_error("multiple bases have instance lay-out conflict"));
                }
                layout = l;
            }
        }
        let qual_key = self.intern_static("__qualname__");
        // `__qualname__` from the namespace becomes the class's own field
        // and leaves the class dict, as in CPython.
        let qualname = match crate::builtins::dict::dict_get_str(ns, qual_key) {
            Some(q) if q.is_ptr() && matches!(kind_of(q), ObjKind::Str(_)) => {
                let q = crate::vm::str_of(q).to_string();
                self.dict_remove(ns, qual_key)?;
                q
            }
            Some(q) => {
                let t = self.type_name(q);
                return Err(self.type_error(format!("type __qualname__ must be a str, not {t}")));
            }
            None => name.to_string(),
        };
        let tp_key = self.intern_static("__piepie_tp_name__");
        let tp_name = match crate::builtins::dict::dict_get_str(ns, tp_key) {
            Some(t) if t.is_ptr() && matches!(kind_of(t), ObjKind::Str(_)) => {
                let t = crate::vm::str_of(t).to_string();
                self.dict_remove(ns, tp_key)?;
                Some(t)
            }
            _ => None,
        };
        let plan = self.plan_slots(name, &bases, ns)?;
        let version = self.fresh_version();
        let cls = self.alloc(
            meta,
            ObjKind::Class(Box::new(Class {
                name: name.to_string(),
                qualname,
                bases: bases.clone(),
                mro: Vec::new(),
                dict: ns,
                version,
                layout,
                slots: plan.names.clone(),
                nslots: plan.base_nslots,
                instance_dict: plan.instance_dict,
                builtin: false,
                tp_name,
            })),
        );
        let vm: &Vm = self;
        let mro = c3_linearize(cls, &bases, &|b| vm.class_data(b).mro.clone());
        let Ok(mro) = mro else {
            let names: Vec<String> = bases
                .iter()
                .map(|&b| self.class_data(b).name.clone())
                .collect();
            return Err(self.type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        if let ObjKind::Class(c) = &mut cls.obj_mut().kind {
            c.mro = mro;
        }
        let nslots = self.install_members(cls, ns, &plan)?;
        if let ObjKind::Class(c) = &mut cls.obj_mut().kind {
            c.nslots = nslots;
        }
        // Keys of the class dict are interned so maps and lookups agree.
        let keys: Vec<(Value, Value)> = match kind_of(ns) {
            ObjKind::Dict(d) => d.iter().map(|e| (e.key, e.value)).collect(),
            _ => vec![],
        };
        for (k, v) in keys {
            let s = crate::vm::str_of(k);
            if s == "__init_subclass__" {
                return Err(self.type_error("__init_subclass__ is not supported by piepie"));
            }
            // `__new__` is an implicit static method, `__init_subclass__`/`__class_getitem__` class methods.
            if s == "__new__" && matches!(kind_of(v), ObjKind::Function(_)) {
                let sm = self.alloc(self.types.staticmethod, ObjKind::StaticMethod(v));
                self.dict_set(ns, k, sm)?;
            }
        }
        // Every class has its own `__doc__` (None without a docstring).
        let doc = self.intern_static("__doc__");
        if crate::builtins::dict::dict_get_str(ns, doc).is_none() {
            let none = self.none;
            self.dict_set(ns, doc, none)?;
        }
        // `__eq__` without `__hash__` makes instances unhashable.
        let eq = self.intern_static("__eq__");
        let hash = self.intern_static("__hash__");
        if crate::builtins::dict::dict_get_str(ns, eq).is_some()
            && crate::builtins::dict::dict_get_str(ns, hash).is_none()
        {
            let none = self.none;
            self.dict_set(ns, hash, none)?;
        }
        // The class dict was completed above: start a new lookup epoch.
        self.fresh_version();
        Ok(cls)
    }

    /// A new instance of class `cls` with its built-in layout's empty payload.
    pub fn new_instance(&mut self, cls: Value) -> Value {
        let kind = match self.class_data(cls).layout {
            Layout::List => ObjKind::List(Vec::new()),
            Layout::Dict => ObjKind::Dict(crate::object::Dict::new()),
            Layout::Exception => {
                let t = self.empty_tuple;
                ObjKind::Exception(Box::new(crate::object::ExcData::new(t)))
            }
            _ => ObjKind::Object,
        };
        let obj = self.alloc(cls, kind);
        let nslots = self.class_data(cls).nslots;
        if nslots > 0 {
            obj.obj_mut().attrs = Some(Box::new(crate::object::attrs::Attrs::Slots {
                values: vec![Value::NULL; nslots],
                dict: Value::NULL,
            }));
        }
        obj
    }
}

fn build_class(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let meta = args.kw("metaclass");
    vm.build_class(args.pos[0], args.pos[1], &args.pos[2..], meta)
}

fn object_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos[0];
    if !vm.is_class(cls) {
        let t = vm.type_name(cls);
        return Err(vm.type_error(format!("object.__new__(X): X is not a type object ({t})")));
    }
    // A built-in type whose instances hold a native payload (an iterator,
    // a function, ...) has no plain instances.
    if vm.class_data(cls).layout == crate::object::class::Layout::Opaque {
        let name = vm.class_data(cls).name.clone();
        return Err(vm.type_error(format!("cannot create '{name}' instances")));
    }
    Ok(vm.new_instance(cls))
}

fn object_init(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.none)
}

fn object_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = vm.object_default_repr(args.pos[0]);
    Ok(vm.new_str(s))
}

fn object_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.repr_value(args.pos[0])
}

fn object_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "__eq__", &args, 2, 2)?;
    Ok(if args.pos[0] == args.pos[1] {
        vm.true_
    } else {
        vm.not_implemented
    })
}

fn object_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "__ne__", &args, 2, 2)?;
    let r = vm.compare_op(crate::bytecode::CmpKind::Eq, args.pos[0], args.pos[1])?;
    if r == vm.not_implemented {
        return Ok(r);
    }
    let t = vm.is_true(r)?;
    Ok(vm.bool_val(!t))
}

/// `object.__hash__` as inherited by every type (`str.__hash__(s)`,
/// `int.__hash__(5)`): the hash of the built-in payload, identity for plain
/// objects. It never calls a subclass's own `__hash__`, which is usually
/// the caller (`return str.__hash__(self)`).
fn object_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use crate::object::pyhash;
    check_args(vm, "__hash__", &args, 1, 1)?;
    let v = args.pos[0];
    if !v.is_ptr() || vm.class_data(vm.class_of(v)).builtin {
        let h = vm.hash(v)?;
        return Ok(vm.new_int(h));
    }
    let h = match kind_of(v) {
        ObjKind::Str(s) => s.hash(),
        ObjKind::Int(b) => pyhash::hash_bigint(b),
        ObjKind::Bool(b) => *b as i64,
        ObjKind::Float(f) => pyhash::hash_float(*f).unwrap_or(((v.0 >> 4) as i64) & i64::MAX),
        ObjKind::Bytes(_) | ObjKind::Set(_)
            if !matches!(kind_of(v), ObjKind::Set(_)) || vm.isinstance(v, vm.types.frozenset) =>
        {
            // Hash a plain copy of the payload through the built-in path.
            let plain = match kind_of(v) {
                ObjKind::Bytes(b) => vm.new_bytes(b.clone()),
                _ => {
                    let items = vm.iterate(v)?;
                    let fs = vm.types.frozenset;
                    let t = vm.new_tuple(items);
                    vm.call(fs, &[t])?
                }
            };
            vm.hash(plain)?
        }
        ObjKind::Tuple(items) => {
            let items = items.clone();
            let mut hs = Vec::with_capacity(items.len());
            for x in items {
                hs.push(vm.hash(x)?);
            }
            pyhash::hash_tuple(&hs)
        }
        _ => ((v.0 >> 4) as i64) & 0x0fff_ffff_ffff_ffff,
    };
    Ok(vm.new_int(if h == -1 { -2 } else { h }))
}

fn object_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "__setattr__", &args, 3, 3)?;
    let name = vm.intern(crate::vm::str_of(args.pos[1]));
    vm.generic_setattr(args.pos[0], name, args.pos[2])?;
    Ok(vm.none)
}

fn object_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = vm.intern(crate::vm::str_of(args.pos[1]));
    vm.generic_delattr(args.pos[0], name)?;
    Ok(vm.none)
}

fn object_getattribute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = vm.intern(crate::vm::str_of(args.pos[1]));
    vm.getattr(args.pos[0], name)
}

fn object_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let spec = crate::vm::str_of(args.pos[1]);
    if !spec.is_empty() {
        let t = vm.type_name(args.pos[0]);
        return Err(vm.type_error(format!(
            "unsupported format string passed to {t}.__format__"
        )));
    }
    vm.str_value(args.pos[0])
}

fn type_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // type(name, bases, dict) — args.pos[0] is the metatype.
    match args.pos.len() {
        2 => Ok(vm.class_of(args.pos[1])),
        4 => {
            for (i, want) in [(1, vm.types.str_), (2, vm.types.tuple), (3, vm.types.dict)] {
                if !vm.isinstance(args.pos[i], want) {
                    let w = vm.class_data(want).name.clone();
                    let t = vm.type_name(args.pos[i]);
                    return Err(
                        vm.type_error(format!("type.__new__() argument {i} must be {w}, not {t}"))
                    );
                }
            }
            let name = crate::vm::str_of(args.pos[1]).to_string();
            let bases = vm.iterate(args.pos[2])?;
            let ns = vm.new_dict();
            vm.dict_update(ns, args.pos[3], false)?;
            let mk = vm.intern_static("__module__");
            if crate::builtins::dict::dict_get_str(ns, mk).is_none() {
                // The module is the calling frame's `__name__`, as CPython does.
                let nk = vm.intern_static("__name__");
                let caller = vm.frames.last().map(|f| f.globals);
                let m = match caller.and_then(|g| crate::builtins::dict::dict_get_str(g, nk)) {
                    Some(m) => m,
                    None => vm.new_str("builtins"),
                };
                vm.dict_set(ns, mk, m)?;
            }
            let meta = args.pos[0];
            if !vm.is_class(meta) || !vm.is_subclass(meta, vm.types.type_) {
                return Err(vm.type_error("type.__new__(X): X is not a type object"));
            }
            vm.new_class_of(meta, &name, &bases, ns)
        }
        _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
    }
}

/// `type.__call__(cls, *args)`: what a metaclass's `__call__` reaches
/// through `super()`.
fn type_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(&cls) = args.pos.first() else {
        return Err(vm.type_error("descriptor '__call__' of 'type' object needs an argument"));
    };
    if !vm.is_class(cls) {
        return Err(vm.type_error("descriptor '__call__' requires a 'type' object"));
    }
    vm.call_class(
        cls,
        Args {
            pos: &args.pos[1..],
            kwnames: args.kwnames,
            kwvals: args.kwvals,
        },
    )
}

/// `type.__setattr__(cls, name, value)`.
fn type_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "__setattr__", &args, 3, 3)?;
    let name = vm.intern(crate::vm::str_of(args.pos[1]));
    vm.type_setattr(args.pos[0], name, args.pos[2])?;
    Ok(vm.none)
}

/// `type.__delattr__(cls, name)`.
fn type_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "__delattr__", &args, 2, 2)?;
    let name = vm.intern(crate::vm::str_of(args.pos[1]));
    vm.type_delattr(args.pos[0], name)?;
    Ok(vm.none)
}

fn type_mro(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = vm.class_data(args.pos[0]).mro.clone();
    Ok(vm.new_list(m))
}

fn type_subclasses(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.new_list(vec![]))
}

fn property_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let get = |i: usize, name: &str| {
        args.pos
            .get(i)
            .copied()
            .or_else(|| args.kw(name))
            .unwrap_or(Value::NULL)
    };
    let (fget, fset, fdel, mut doc) = (
        get(1, "fget"),
        get(2, "fset"),
        get(3, "fdel"),
        get(4, "doc"),
    );
    if (doc.is_null() || doc == vm.none) && !fget.is_null() && fget.is_ptr() {
        if let ObjKind::Function(f) = kind_of(fget) {
            doc = f.doc;
        }
    }
    let none = vm.none;
    let nz = |v: Value| if v.is_null() { none } else { v };
    let p = Property {
        fget: nz(fget),
        fset: nz(fset),
        fdel: nz(fdel),
        doc: nz(doc),
    };
    Ok(vm.alloc(args.pos[0], ObjKind::Property(p)))
}

fn property_with(vm: &mut Vm, args: Args, which: usize) -> PyResult<Value> {
    let ObjKind::Property(p) = kind_of(args.pos[0]) else {
        return Err(vm.type_error("descriptor requires a property"));
    };
    let mut parts = [p.fget, p.fset, p.fdel, p.doc];
    parts[which] = args.pos[1];
    let cls = vm.class_of(args.pos[0]);
    Ok(vm.alloc(
        cls,
        ObjKind::Property(Property {
            fget: parts[0],
            fset: parts[1],
            fdel: parts[2],
            doc: parts[3],
        }),
    ))
}

fn property_getter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_with(vm, args, 0)
}
fn property_setter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_with(vm, args, 1)
}
fn property_deleter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_with(vm, args, 2)
}

fn property_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() >= 2 && args.pos[1] == vm.none {
        return Ok(args.pos[0]);
    }
    vm.bind_descriptor(args.pos[0], args.pos[1])
}

/// `function.__get__(obj, type=None)`: a bound method, or the function itself for None.
fn function_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "__get__", &args, 2, 3)?;
    let (f, obj) = (args.pos[0], args.pos[1]);
    if obj == vm.none {
        return Ok(f);
    }
    Ok(vm.alloc(
        vm.types.method,
        ObjKind::BoundMethod {
            func: f,
            receiver: obj,
        },
    ))
}

/// CPython's `__get__` slot wrapper refuses `__get__(None, None)`.
fn check_descr_get_args(vm: &mut Vm, args: &Args) -> PyResult<()> {
    let none = vm.none;
    if args.pos[1] == none && args.pos.get(2).map_or(true, |&t| t == none) {
        return Err(vm.type_error("__get__(None, None) is invalid"));
    }
    Ok(())
}

/// `staticmethod.__get__(obj, type=None)`: the wrapped function.
fn staticmethod_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "__get__", &args, 2, 3)?;
    check_descr_get_args(vm, &args)?;
    match kind_of(args.pos[0]) {
        ObjKind::StaticMethod(f) => Ok(*f),
        _ => Err(vm.type_error("descriptor '__get__' requires a 'staticmethod' object")),
    }
}

/// `classmethod.__get__(obj, type=None)`: the function bound to `type`
/// (or to `type(obj)` when no type is given).
fn classmethod_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "__get__", &args, 2, 3)?;
    check_descr_get_args(vm, &args)?;
    let ObjKind::ClassMethod(f) = kind_of(args.pos[0]) else {
        return Err(vm.type_error("descriptor '__get__' requires a 'classmethod' object"));
    };
    let f = *f;
    let cls = match args.pos.get(2) {
        Some(&t) if t != vm.none => t,
        _ => vm.class_of(args.pos[1]),
    };
    Ok(vm.alloc(
        vm.types.method,
        ObjKind::BoundMethod {
            func: f,
            receiver: cls,
        },
    ))
}

fn staticmethod_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "staticmethod", &args, 2, 2)?;
    Ok(vm.alloc(args.pos[0], ObjKind::StaticMethod(args.pos[1])))
}

fn classmethod_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "classmethod", &args, 2, 2)?;
    Ok(vm.alloc(args.pos[0], ObjKind::ClassMethod(args.pos[1])))
}

/// `super()` (zero-argument form reads `__class__` and the first argument
/// of the calling frame) and `super(type, obj)`.
fn super_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (start, obj) = if args.pos.len() >= 3 {
        let (t, obj) = (args.pos[1], args.pos[2]);
        if !vm.is_class(t) {
            let n = vm.type_name(t);
            return Err(vm.type_error(format!("super() argument 1 must be a type, not {n}")));
        }
        let ok = vm.isinstance(obj, t) || (vm.is_class(obj) && vm.is_subclass(obj, t));
        if !ok {
            return Err(
                vm.type_error("super(type, obj): obj must be an instance or subtype of type")
            );
        }
        (t, obj)
    } else {
        let Some(frame) = vm.frames.last() else {
            return Err(vm.runtime_error("super(): no arguments"));
        };
        let code = frame.code.clone();
        if code.argcount == 0 && code.flags & crate::bytecode::flags::VARARGS == 0 {
            return Err(vm.runtime_error("super(): no arguments"));
        }
        let first = frame.slots[0];
        let first = if let Some(ci) = code.cellvars.iter().position(|c| *c == code.varnames[0]) {
            match kind_of(frame.slots[code.nlocals() + ci]) {
                ObjKind::Cell(v) => *v,
                _ => first,
            }
        } else {
            first
        };
        let Some(fi) = code.freevars.iter().position(|f| f == "__class__") else {
            return Err(vm.runtime_error("super(): __class__ cell not found"));
        };
        let cell = frame.slots[code.nlocals() + code.cellvars.len() + fi];
        let cls = match kind_of(cell) {
            ObjKind::Cell(v) => *v,
            _ => Value::NULL,
        };
        if cls.is_null() {
            return Err(vm.runtime_error("super(): empty __class__ cell"));
        }
        (cls, first)
    };
    Ok(vm.alloc(vm.types.super_, ObjKind::Super { start, obj }))
}

/// Attribute lookup through a `super` object.
pub fn super_getattr(vm: &mut Vm, sup: Value, name: Value) -> PyResult<Option<Value>> {
    let ObjKind::Super { start, obj } = kind_of(sup) else {
        return Ok(None);
    };
    let (start, obj) = (*start, *obj);
    let obj_is_class = vm.is_class(obj) && vm.is_subclass(obj, start);
    let cls = if obj_is_class { obj } else { vm.class_of(obj) };
    let mro = vm.class_data(cls).mro.clone();
    let pos = mro
        .iter()
        .position(|&c| c == start)
        .map(|p| p + 1)
        .unwrap_or(mro.len());
    for &c in &mro[pos..] {
        let d = vm.class_data(c).dict;
        if let Some(v) = crate::builtins::dict::dict_get_str(d, name) {
            if obj_is_class {
                return Ok(Some(match kind_of(v) {
                    ObjKind::ClassMethod(f) => {
                        let f = *f;
                        vm.alloc(
                            vm.types.method,
                            ObjKind::BoundMethod {
                                func: f,
                                receiver: obj,
                            },
                        )
                    }
                    ObjKind::StaticMethod(f) => *f,
                    _ => v,
                }));
            }
            return vm.bind_descriptor(v, obj).map(Some);
        }
    }
    Ok(None)
}

fn super_getattribute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = vm.intern(crate::vm::str_of(args.pos[1]));
    match super_getattr(vm, args.pos[0], name)? {
        Some(v) => Ok(v),
        None => Err(vm.attribute_error(format!(
            "'super' object has no attribute '{}'",
            crate::vm::str_of(name)
        ))),
    }
}

fn object_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::functions::dir_of(vm, args.pos[0])
}

fn object_reduce(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.type_error("cannot pickle object"))
}

pub fn install(vm: &mut Vm) {
    let b = vm.builtins;
    add_function(vm, b, "__build_class__", build_class);
    let o = vm.types.object;
    add_method(vm, o, "__new__", BuiltinKind::StaticMethod, object_new);
    add_method(vm, o, "__init__", BuiltinKind::Method, object_init);
    add_method(vm, o, "__repr__", BuiltinKind::Method, object_repr);
    add_method(vm, o, "__str__", BuiltinKind::Method, object_str);
    add_method(vm, o, "__eq__", BuiltinKind::Method, object_eq);
    add_method(vm, o, "__ne__", BuiltinKind::Method, object_ne);
    add_method(vm, o, "__hash__", BuiltinKind::Method, object_hash);
    add_method(vm, o, "__setattr__", BuiltinKind::Method, object_setattr);
    add_method(vm, o, "__delattr__", BuiltinKind::Method, object_delattr);
    add_method(
        vm,
        o,
        "__getattribute__",
        BuiltinKind::Method,
        object_getattribute,
    );
    add_method(vm, o, "__format__", BuiltinKind::Method, object_format);
    add_method(vm, o, "__dir__", BuiltinKind::Method, object_dir);
    add_method(vm, o, "__reduce__", BuiltinKind::Method, object_reduce);
    let t = vm.types.type_;
    add_method(vm, t, "__new__", BuiltinKind::StaticMethod, type_new);
    add_method(vm, t, "mro", BuiltinKind::Method, type_mro);
    add_method(vm, t, "__call__", BuiltinKind::Method, type_call);
    add_method(vm, t, "__setattr__", BuiltinKind::Method, type_setattr);
    add_method(vm, t, "__delattr__", BuiltinKind::Method, type_delattr);
    add_method(
        vm,
        t,
        "__subclasses__",
        BuiltinKind::Method,
        type_subclasses,
    );
    // The mutable built-in containers are unhashable: `list.__hash__ is None`.
    let hash = vm.intern_static("__hash__");
    let none = vm.none;
    for cls in [
        vm.types.list,
        vm.types.dict,
        vm.types.set,
        vm.types.bytearray,
    ] {
        let d = vm.class_data(cls).dict;
        vm.dict_set(d, hash, none)
            .expect("setting a str key in a type dict cannot fail");
    }
    let p = vm.types.property;
    add_method(vm, p, "__new__", BuiltinKind::StaticMethod, property_new);
    add_method(vm, p, "getter", BuiltinKind::Method, property_getter);
    add_method(vm, p, "setter", BuiltinKind::Method, property_setter);
    add_method(vm, p, "deleter", BuiltinKind::Method, property_deleter);
    add_method(vm, p, "__get__", BuiltinKind::Method, property_get);
    let f = vm.types.function;
    add_method(vm, f, "__get__", BuiltinKind::Method, function_get);
    let s = vm.types.staticmethod;
    add_method(
        vm,
        s,
        "__new__",
        BuiltinKind::StaticMethod,
        staticmethod_new,
    );
    add_method(vm, s, "__get__", BuiltinKind::Method, staticmethod_get);
    let c = vm.types.classmethod;
    add_method(vm, c, "__new__", BuiltinKind::StaticMethod, classmethod_new);
    add_method(vm, c, "__get__", BuiltinKind::Method, classmethod_get);
    let sp = vm.types.super_;
    add_method(vm, sp, "__new__", BuiltinKind::StaticMethod, super_new);
    add_method(
        vm,
        sp,
        "__getattribute__",
        BuiltinKind::Method,
        super_getattribute,
    );
}
