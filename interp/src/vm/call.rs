//! Calling: argument binding for Python functions (with CPython's error
//! messages), frames for calls made from Rust, built-ins, bound methods,
//! class instantiation (`__new__` then `__init__`), `__call__`, generators,
//! and `__build_class__`.

use super::frame::{Frame, ReturnMode};
use super::{Args, ExcKind, PyResult, Vm};
use crate::bytecode::flags;
use crate::object::kind_of;
use crate::object::{Function, Generator, ObjKind, Value};
use piepie_jit::Concrete;

/// The items of a defaults tuple (empty when absent).
fn tuple_items<'a>(v: Value) -> &'a [Value] {
    if v.is_null() {
        return &[];
    }
    match kind_of(v) {
        ObjKind::Tuple(t) => t,
        _ => &[],
    }
}

/// A function's `__qualname__`, formatted only when an error message needs it.
struct QualName(Value);

impl std::fmt::Display for QualName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(super::str_of(self.0))
    }
}

fn name_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}

impl Vm {
    /// Binds arguments to a new frame for Python function `func`.
    pub fn prepare_frame(
        &mut self,
        func: Value,
        pos: &[Value],
        kwnames: &[Value],
        kwvals: &[Value],
    ) -> PyResult<Box<Frame>> {
        let ObjKind::Function(fd) = kind_of(func) else {
            return Err(self.type_error("not a function"));
        };
        let fd: &Function = fd;
        let builtins = self.builtins;
        // The common call: exactly the positional parameters, no keywords,
        // no `*args`/`**kwargs`/keyword-only parameters, no cells.
        if kwnames.is_empty() && fd.code.takes_exactly_positional(pos.len()) {
            let mut frame =
                self.new_frame(fd.code.clone(), fd.globals, builtins, Value::NULL, func);
            frame.slots[..pos.len()].copy_from_slice(pos);
            return Ok(frame);
        }
        let code = fd.code.clone();
        let qual = QualName(fd.qualname);
        let mut frame = self.new_frame(code.clone(), fd.globals, builtins, Value::NULL, func);
        let argc = code.argcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let has_varargs = code.flags & flags::VARARGS != 0;
        let has_varkw = code.flags & flags::VARKEYWORDS != 0;
        let slots = &mut frame.slots;
        let n = pos.len();
        slots[..n.min(argc)].copy_from_slice(&pos[..n.min(argc)]);
        let mut next = argc + kwonly;
        if has_varargs {
            let extra = if n > argc {
                pos[argc..].to_vec()
            } else {
                vec![]
            };
            slots[next] = self.new_tuple(extra);
            next += 1;
        } else if n > argc {
            let defaults = tuple_items(fd.defaults).len().min(argc);
            let kw_given = kwnames
                .iter()
                .filter(|k| {
                    let k = super::str_of(**k);
                    code.varnames[argc..argc + kwonly].iter().any(|v| v == k)
                })
                .count();
            let takes = if defaults > 0 {
                format!("from {} to {}", argc - defaults, argc)
            } else {
                argc.to_string()
            };
            let arg_word = if argc == 1 && defaults == 0 {
                "argument"
            } else {
                "arguments"
            };
            let given = if kw_given > 0 {
                format!(
                    "{} positional argument{} (and {} keyword-only argument{}) were given",
                    n,
                    if n == 1 { "" } else { "s" },
                    kw_given,
                    if kw_given == 1 { "" } else { "s" }
                )
            } else {
                format!("{} {} given", n, if n == 1 { "was" } else { "were" })
            };
            return Err(self.type_error(format!(
                "{qual}() takes {takes} positional {arg_word} but {given}"
            )));
        }
        let kwdict = if has_varkw {
            let d = self.new_dict();
            frame.slots[next] = d;
            d
        } else {
            Value::NULL
        };
        let posonly = code.posonlyargcount as usize;
        let mut posonly_as_kw: Vec<String> = Vec::new();
        for (i, &k) in kwnames.iter().enumerate() {
            let name = super::str_of(k);
            let idx = code.varnames[posonly..argc + kwonly]
                .iter()
                .position(|v| v == name)
                .map(|p| p + posonly);
            match idx {
                Some(j) => {
                    if !frame.slots[j].is_null() {
                        return Err(self.type_error(format!(
                            "{qual}() got multiple values for argument '{name}'"
                        )));
                    }
                    frame.slots[j] = kwvals[i];
                }
                None => {
                    if !kwdict.is_null() {
                        self.dict_set(kwdict, k, kwvals[i])?;
                    } else if code.varnames[..posonly].iter().any(|v| v == name) {
                        posonly_as_kw.push(name.to_string());
                    } else {
                        return Err(self.type_error(format!(
                            "{qual}() got an unexpected keyword argument '{name}'"
                        )));
                    }
                }
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(self.type_error(format!(
                "{qual}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_as_kw.join(", ")
            )));
        }
        // Defaults for missing positional parameters.
        if n < argc {
            let mut defaults = tuple_items(fd.defaults);
            // More defaults than parameters (a reassigned `__defaults__`): the last ones apply.
            if defaults.len() > argc {
                defaults = &defaults[defaults.len() - argc..];
            }
            let first_default = argc - defaults.len();
            let mut missing = Vec::new();
            for i in n..argc {
                if frame.slots[i].is_null() {
                    if i >= first_default {
                        frame.slots[i] = defaults[i - first_default];
                    } else {
                        missing.push(code.varnames[i].clone());
                    }
                }
            }
            if !missing.is_empty() {
                return Err(self.type_error(format!(
                    "{qual}() missing {} {}: {}",
                    missing.len(),
                    if missing.len() == 1 {
                        "required positional argument"
                    } else {
                        "required positional arguments"
                    },
                    name_list(&missing)
                )));
            }
        }
        if kwonly > 0 {
            let mut missing = Vec::new();
            for i in argc..argc + kwonly {
                if frame.slots[i].is_null() {
                    let name = code.varnames[i].clone();
                    let key = self.intern(&name);
                    match crate::builtins::dict::dict_get_str(fd.kwdefaults, key) {
                        Some(v) => frame.slots[i] = v,
                        None => missing.push(name),
                    }
                }
            }
            if !missing.is_empty() {
                return Err(self.type_error(format!(
                    "{qual}() missing {} {}: {}",
                    missing.len(),
                    if missing.len() == 1 {
                        "required keyword-only argument"
                    } else {
                        "required keyword-only arguments"
                    },
                    name_list(&missing)
                )));
            }
        }
        // Cells, then free variables from the closure.
        let nloc = code.nlocals();
        for ci in 0..code.cellvars.len() {
            let init = code
                .cell_args
                .iter()
                .find(|(c, _)| *c as usize == ci)
                .map(|(_, a)| frame.slots[*a as usize])
                .unwrap_or(Value::NULL);
            frame.slots[nloc + ci] = self.new_cell(init);
        }
        for (fi, &c) in fd.closure.iter().enumerate() {
            frame.slots[nloc + code.cellvars.len() + fi] = c;
        }
        Ok(frame)
    }

    /// Pushes a frame, enforcing the recursion limit.
    pub fn push_frame(&mut self, frame: Box<Frame>) -> PyResult<()> {
        if self.frames.len() >= self.recursion_limit {
            return Err(self.exc(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        self.frames.push(frame);
        Ok(())
    }

    /// Runs `frame` to completion from Rust (a nested dispatch loop).
    pub fn run_frame(&mut self, mut frame: Box<Frame>) -> PyResult<Value> {
        frame.on_return = ReturnMode::ToNative;
        self.push_frame(frame)?;
        self.native_depth += 1;
        self.heap.enter_nested();
        let r = super::eval::run(self, &mut Concrete);
        self.heap.leave_nested();
        self.native_depth -= 1;
        r
    }

    /// `callee(*args)`.
    pub fn call(&mut self, callee: Value, args: &[Value]) -> PyResult<Value> {
        self.call_with(callee, Args::new(args))
    }

    /// Calls any callable.
    pub fn call_with(&mut self, callee: Value, args: Args) -> PyResult<Value> {
        if !callee.is_ptr() {
            return Err(self.type_error("'int' object is not callable"));
        }
        match kind_of(callee) {
            ObjKind::Function(f) => {
                let is_gen = f.code.is_generator();
                let frame = self.prepare_frame(callee, args.pos, args.kwnames, args.kwvals)?;
                if is_gen {
                    return Ok(self.new_generator(callee, frame));
                }
                self.run_frame(frame)
            }
            ObjKind::Builtin(b) => {
                let (func, recv) = (b.func, b.receiver);
                if recv.is_null() {
                    func(self, args)
                } else {
                    let mut v = Vec::with_capacity(args.pos.len() + 1);
                    v.push(recv);
                    v.extend_from_slice(args.pos);
                    func(
                        self,
                        Args {
                            pos: &v,
                            kwnames: args.kwnames,
                            kwvals: args.kwvals,
                        },
                    )
                }
            }
            ObjKind::BoundMethod { func, receiver } => {
                let (func, recv) = (*func, *receiver);
                let mut v = Vec::with_capacity(args.pos.len() + 1);
                v.push(recv);
                v.extend_from_slice(args.pos);
                self.call_with(
                    func,
                    Args {
                        pos: &v,
                        kwnames: args.kwnames,
                        kwvals: args.kwvals,
                    },
                )
            }
            ObjKind::Class(_) => match self.user_meta_method(callee, "__call__") {
                Some(m) => {
                    let mut v = Vec::with_capacity(args.pos.len() + 1);
                    v.push(callee);
                    v.extend_from_slice(args.pos);
                    self.call_with(
                        m,
                        Args {
                            pos: &v,
                            kwnames: args.kwnames,
                            kwvals: args.kwvals,
                        },
                    )
                }
                None => self.call_class(callee, args),
            },
            ObjKind::StaticMethod(f) => {
                let f = *f;
                self.call_with(f, args)
            }
            _ => {
                let name = self.intern_static("__call__");
                match self.lookup_special(callee, name) {
                    Some(m) => {
                        let bound = self.bind_descriptor(m, callee)?;
                        self.call_with(bound, args)
                    }
                    None => {
                        let n = self.type_name(callee);
                        Err(self.type_error(format!("'{n}' object is not callable")))
                    }
                }
            }
        }
    }

    /// For `cls(...)` whose instance creation is the default one —
    /// `object.__new__`, then a Python `__init__` (not a generator), with
    /// `type` as metaclass — the `__init__` function: the dispatch loop then
    /// runs it as an ordinary frame (`ReturnMode::Init`) instead of
    /// recursing into a nested loop through `call_class`.
    pub fn plain_init(&mut self, cls: Value) -> Option<Value> {
        let (new, init) = self.new_and_init(cls)?;
        match kind_of(new) {
            ObjKind::Builtin(b) if b.owner == self.types.object => {}
            _ => return None,
        }
        match kind_of(init) {
            ObjKind::Function(f) if !f.code.is_generator() => Some(init),
            _ => None,
        }
    }

    /// The `__new__` and `__init__` that `cls(...)` finds, for a class whose
    /// metaclass is `type` (None otherwise).
    fn new_and_init(&mut self, cls: Value) -> Option<(Value, Value)> {
        if self.class_of(cls) != self.types.type_ {
            return None;
        }
        let new_name = self.intern_static("__new__");
        let init_name = self.intern_static("__init__");
        let new = self.lookup_in_class(cls, new_name)?;
        let init = self.lookup_in_class(cls, init_name)?;
        Some((new, init))
    }

    /// For `cls(...)` whose class defines `__new__` as a Python function
    /// (not a generator) and inherits `object.__init__`, with `type` as
    /// metaclass — immutable value classes such as `datetime`'s — the
    /// `__new__` function: the dispatch loop then runs it as an ordinary
    /// frame (`ReturnMode::New`) instead of recursing into a nested loop
    /// through `call_class`.
    pub fn plain_new(&mut self, cls: Value) -> Option<Value> {
        let (new, init) = self.new_and_init(cls)?;
        let new_fn = match kind_of(new) {
            ObjKind::StaticMethod(f) => *f,
            _ => new,
        };
        if !matches!(kind_of(new_fn), ObjKind::Function(f) if !f.code.is_generator()) {
            return None;
        }
        self.is_object_init(init).then_some(new_fn)
    }

    /// Whether `init` is `object.__init__` (which a class with its own
    /// `__new__` inherits without any argument check).
    pub fn is_object_init(&self, init: Value) -> bool {
        matches!(kind_of(init), ObjKind::Builtin(b) if b.owner == self.types.object && b.name == "__init__")
    }

    /// The end of `cls(...)` after a Python `__new__` returned `obj` (see
    /// `ReturnMode::New`): CPython calls the `__init__` of `obj`'s class if
    /// `obj` is an instance of `cls`; `plain_new` chose `cls` because that
    /// is `object.__init__`, so only an instance of a subclass with its
    /// own `__init__` needs the call.
    pub fn finish_new(&mut self, cls: Value, obj: Value, args: Args) -> PyResult<()> {
        let obj_cls = self.class_of(obj);
        if obj_cls == cls || !self.isinstance(obj, cls) {
            return Ok(());
        }
        let init_name = self.intern_static("__init__");
        let Some(init) = self.lookup_in_class(obj_cls, init_name) else {
            return Ok(());
        };
        if self.is_object_init(init) {
            return Ok(());
        }
        self.run_init(init, obj, args)
    }

    /// Calls `init` (an `__init__`) on `obj` with the arguments of the
    /// class call; its result must be None.
    fn run_init(&mut self, init: Value, obj: Value, args: Args) -> PyResult<()> {
        let mut pos = Vec::with_capacity(args.pos.len() + 1);
        pos.push(obj);
        pos.extend_from_slice(args.pos);
        let r = self.call_with(
            init,
            Args {
                pos: &pos,
                kwnames: args.kwnames,
                kwvals: args.kwvals,
            },
        )?;
        if r != self.none {
            let n = self.type_name(r);
            return Err(self.type_error(format!("__init__() should return None, not '{n}'")));
        }
        Ok(())
    }

    /// `cls(*args, **kw)`: `__new__` then `__init__`.
    pub fn call_class(&mut self, cls: Value, args: Args) -> PyResult<Value> {
        if cls == self.types.type_ && args.pos.len() == 1 && !args.has_kw() {
            return Ok(self.class_of(args.pos[0]));
        }
        let new_name = self.intern_static("__new__");
        let init_name = self.intern_static("__init__");
        let new = self.lookup_in_class(cls, new_name).unwrap_or(Value::NULL);
        let mut v = Vec::with_capacity(args.pos.len() + 1);
        v.push(cls);
        v.extend_from_slice(args.pos);
        let new_args = Args {
            pos: &v,
            kwnames: args.kwnames,
            kwvals: args.kwvals,
        };
        let new_fn = match kind_of(new) {
            ObjKind::StaticMethod(f) => *f,
            _ => new,
        };
        let obj = self.call_with(new_fn, new_args)?;
        if !self.isinstance(obj, cls) {
            return Ok(obj);
        }
        let obj_cls = self.class_of(obj);
        let init = self
            .lookup_in_class(obj_cls, init_name)
            .unwrap_or(Value::NULL);
        if init.is_null() {
            return Ok(obj);
        }
        // object.__init__ with a default __new__ complains about arguments itself.
        if let ObjKind::Builtin(b) = kind_of(init) {
            if b.name == "__init__" && b.owner == self.types.object {
                let new_is_object =
                    matches!(kind_of(new), ObjKind::Builtin(nb) if nb.owner == self.types.object);
                if (!args.pos.is_empty() || args.has_kw()) && new_is_object {
                    let n = self.class_data(cls).name.clone();
                    return Err(self.type_error(format!("{n}() takes no arguments")));
                }
                return Ok(obj);
            }
        }
        self.run_init(init, obj, args)?;
        Ok(obj)
    }

    /// `func(*args, **kwargs)` with an args tuple/list and a kwargs dict.
    /// How CPython names a callable in argument errors: `__main__.f()`, `print()`.
    pub fn function_str(&mut self, f: Value) -> String {
        if !f.is_ptr() {
            return format!("{}()", self.type_name(f));
        }
        match kind_of(f) {
            ObjKind::Function(fd) => {
                let q = super::str_of(fd.qualname).to_string();
                let m = fd.module;
                if m.is_ptr() && matches!(kind_of(m), ObjKind::Str(_)) {
                    let m = super::str_of(m);
                    if m != "builtins" {
                        return format!("{m}.{q}()");
                    }
                }
                format!("{q}()")
            }
            ObjKind::BoundMethod { func, .. } => {
                let func = *func;
                self.function_str(func)
            }
            ObjKind::Builtin(b) => {
                if b.owner.is_null() {
                    format!("{}()", b.name)
                } else {
                    format!("{}.{}()", self.class_data(b.owner).name, b.name)
                }
            }
            ObjKind::Class(c) => {
                let q = c.qualname.clone();
                let m = self.class_module(f);
                if m == "builtins" || m.is_empty() {
                    format!("{q}()")
                } else {
                    format!("{m}.{q}()")
                }
            }
            _ => format!("{} object", self.type_name(f)),
        }
    }

    pub fn call_ex(&mut self, func: Value, args: Value, kwargs: Value) -> PyResult<Value> {
        let pos = match kind_of(args) {
            ObjKind::Tuple(t) | ObjKind::List(t) => t.clone(),
            _ => {
                if !self.has_iter(args) {
                    let fs = self.function_str(func);
                    let t = self.type_name(args);
                    return Err(self.type_error(format!(
                        "{fs} argument after * must be an iterable, not {t}"
                    )));
                }
                self.iterate(args)?
            }
        };
        let mut names = Vec::new();
        let mut vals = Vec::new();
        if !kwargs.is_null() {
            if let ObjKind::Dict(d) = kind_of(kwargs) {
                for e in d.iter() {
                    if !self.isinstance(e.key, self.types.str_) {
                        return Err(self.type_error("keywords must be strings"));
                    }
                    let k = self.intern(super::str_of(e.key));
                    names.push(k);
                    vals.push(e.value);
                }
            }
        }
        self.with_roots(&[args, kwargs], |vm| {
            vm.call_with(
                func,
                Args {
                    pos: &pos,
                    kwnames: &names,
                    kwvals: &vals,
                },
            )
        })
    }

    pub fn make_function(
        &mut self,
        code: Value,
        globals: Value,
        defaults: Value,
        kwdefaults: Value,
        closure: Value,
    ) -> Value {
        let ObjKind::Code(c) = kind_of(code) else {
            return self.none;
        };
        let c = c.clone();
        let [name, qualname, doc] = match c.function_strs.get() {
            Some(&strs) => strs,
            None => {
                let name = self.intern(&c.name);
                let qualname = self.new_str(c.qualname.as_str());
                let doc = match &c.docstring {
                    Some(d) => self.new_str(d.as_str()),
                    None => self.none,
                };
                // (Kept alive by the code's `trace` from now on.)
                *c.function_strs.get_or_init(|| {
                    // The code object is no heap object: its strings reach
                    // the collector only through whatever holds it.
                    [name, qualname, doc].map(|v| {
                        crate::object::heap::remember_young(v);
                        v
                    })
                })
            }
        };
        let name_key = self.intern_static("__name__");
        let module = crate::builtins::dict::dict_get_str(globals, name_key).unwrap_or(self.none);
        let f = Function {
            code: c,
            globals,
            name,
            qualname,
            defaults,
            kwdefaults,
            closure: tuple_items(closure).to_vec(),
            doc,
            module,
        };
        self.alloc(self.types.function, ObjKind::Function(Box::new(f)))
    }

    pub fn new_generator(&mut self, func: Value, mut frame: Box<Frame>) -> Value {
        let (name, qualname) = match kind_of(func) {
            ObjKind::Function(f) => (f.name, f.qualname),
            _ => (self.none, self.none),
        };
        let gen = self.alloc(
            self.types.generator,
            ObjKind::Generator(Box::new(Generator {
                frame: None,
                running: false,
                name,
                qualname,
            })),
        );
        frame.generator = gen;
        if let ObjKind::Generator(g) = &mut gen.obj_mut().kind {
            g.frame = Some(frame);
        }
        gen
    }

    /// `__build_class__(body, name, *bases)`.
    /// `__build_class__`: runs the class body, then creates the class with
    /// the metaclass (`meta` if given, else the most derived type of the
    /// bases; `type` when there are none).
    pub fn build_class(
        &mut self,
        body: Value,
        name: Value,
        bases: &[Value],
        meta: Option<Value>,
    ) -> PyResult<Value> {
        let mut winner = meta.unwrap_or(self.types.type_);
        for &b in bases {
            let bm = self.class_of(b);
            if self.is_subclass(bm, winner) {
                winner = bm;
            } else if !self.is_subclass(winner, bm) {
                return Err(self.type_error(
                    "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
                ));
            }
        }
        let ns = self.new_dict();
        let ObjKind::Function(f) = kind_of(body) else {
            return Err(self.type_error("__build_class__: func must be a function"));
        };
        let mut frame = Box::new(Frame::new(
            f.code.clone(),
            f.globals,
            self.builtins,
            ns,
            body,
        ));
        let nloc = f.code.nlocals();
        for ci in 0..f.code.cellvars.len() {
            frame.slots[nloc + ci] = self.new_cell(Value::NULL);
        }
        for (fi, &c) in f.closure.iter().enumerate() {
            frame.slots[nloc + f.code.cellvars.len() + fi] = c;
        }
        self.with_roots(&[ns], |vm| vm.run_frame(frame))?;
        let cls = if winner == self.types.type_ {
            self.with_roots(&[ns], |vm| vm.new_class(super::str_of(name), bases, ns))?
        } else {
            let bt = self.new_tuple(bases.to_vec());
            self.with_roots(&[ns, bt], |vm| vm.call(winner, &[name, bt, ns]))?
        };
        let cell_key = self.intern_static("__classcell__");
        if let Some(cell) = crate::builtins::dict::dict_get_str(ns, cell_key) {
            if let ObjKind::Cell(c) = &mut cell.obj_mut().kind {
                *c = cls;
            }
        }
        Ok(cls)
    }
}
