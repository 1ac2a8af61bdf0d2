//! `repr()`, `str()`, `ascii()`, `format()` and the interactive echo:
//! the built-in types' text forms and the `__repr__`/`__str__`/`__format__`
//! protocol. Recursive containers print `[...]` / `{...}`.

use super::{PyResult, Vm};
use crate::object::float_repr::float_repr;
use crate::object::kind_of;
use crate::object::str_methods::{ascii_escape, str_repr};
use crate::object::{DictViewKind, ObjKind, Value};

impl Vm {
    /// `repr(v)` as a Rust string.
    pub fn repr_string(&mut self, v: Value) -> PyResult<String> {
        if let Some(i) = v.as_small() {
            return Ok(i.to_string());
        }
        let cls = v.obj().class;
        if !self.class_data(cls).builtin {
            let name = self.intern_static("__repr__");
            if let Some(m) = self.lookup_in_class(cls, name) {
                if self.is_user_method(m) {
                    let r = self.call(m, &[v])?;
                    return self.expect_str(r, "__repr__");
                }
            }
            if matches!(kind_of(v), ObjKind::Object) || matches!(kind_of(v), ObjKind::Exception(_))
            {
                return self.default_repr(v);
            }
        }
        self.repr_payload(v)
    }

    /// The repr of `v`'s built-in payload, ignoring a subclass's `__repr__`
    /// (`list.__repr__(x)`, `super().__repr__()`).
    pub fn repr_payload(&mut self, v: Value) -> PyResult<String> {
        if let Some(i) = v.as_small() {
            return Ok(i.to_string());
        }
        if self.repr_guard.contains(&v) {
            return Ok(match kind_of(v) {
                ObjKind::List(_) => "[...]".into(),
                ObjKind::Dict(_) => "{...}".into(),
                _ => "...".into(),
            });
        }
        let kind = kind_of(v);
        let is_container = matches!(
            kind,
            ObjKind::List(_)
                | ObjKind::Dict(_)
                | ObjKind::Tuple(_)
                | ObjKind::Set(_)
                | ObjKind::DictView { .. }
        );
        if is_container {
            self.repr_guard.push(v);
        }
        let r = self.repr_builtin(v);
        if is_container {
            self.repr_guard.pop();
        }
        r
    }

    fn expect_str(&mut self, r: Value, what: &str) -> PyResult<String> {
        match kind_of(r) {
            ObjKind::Str(s) => Ok(s.as_str().to_string()),
            _ => {
                let t = self.type_name(r);
                Err(self.type_error(format!("{what} returned non-string (type {t})")))
            }
        }
    }

    fn join_reprs(&mut self, items: &[Value]) -> PyResult<String> {
        let mut out = String::new();
        for (i, &x) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&self.repr_string(x)?);
        }
        Ok(out)
    }

    fn default_repr(&mut self, v: Value) -> PyResult<String> {
        let cls = self.class_of(v);
        if let ObjKind::Exception(_) = kind_of(v) {
            let args = self.exc_args(v);
            let name = self.class_data(cls).name.clone();
            let inner = if args.len() == 1 {
                self.repr_string(args[0])?
            } else {
                self.join_reprs(&args)?
            };
            return Ok(format!("{name}({inner})"));
        }
        Ok(self.object_default_repr(v))
    }

    /// `object.__repr__`: `<module.Qualname object at 0x...>`, without the
    /// module for built-in types (`<object object at 0x...>`).
    pub fn object_default_repr(&mut self, v: Value) -> String {
        let cls = self.class_of(v);
        let module = self.class_module(cls);
        let q = self.class_data(cls).qualname.clone();
        if module == "builtins" {
            format!("<{q} object at {:#x}>", v.0)
        } else {
            format!("<{module}.{q} object at {:#x}>", v.0)
        }
    }

    fn repr_builtin(&mut self, v: Value) -> PyResult<String> {
        let kind = kind_of(v);
        Ok(match kind {
            ObjKind::None => "None".into(),
            ObjKind::Bool(b) => if *b { "True" } else { "False" }.into(),
            ObjKind::NotImplemented => "NotImplemented".into(),
            ObjKind::Ellipsis => "Ellipsis".into(),
            ObjKind::Int(b) => {
                crate::object::num_parse::bigint_to_decimal(b).map_err(|m| self.value_error(m))?
            }
            ObjKind::Float(f) => float_repr(*f),
            ObjKind::Str(s) => str_repr(s.as_str()),
            ObjKind::Bytes(b) => bytes_repr(b),
            ObjKind::ByteArray(b) => format!("bytearray({})", bytes_repr(b)),
            ObjKind::List(l) => {
                let l = l.clone();
                format!("[{}]", self.join_reprs(&l)?)
            }
            ObjKind::Tuple(t) => {
                let t = t.clone();
                if t.len() == 1 {
                    format!("({},)", self.repr_string(t[0])?)
                } else {
                    format!("({})", self.join_reprs(&t)?)
                }
            }
            ObjKind::Dict(d) => {
                let pairs: Vec<(Value, Value)> = d.iter().map(|e| (e.key, e.value)).collect();
                let mut out = String::from("{");
                for (i, (k, val)) in pairs.into_iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&self.repr_string(k)?);
                    out.push_str(": ");
                    out.push_str(&self.repr_string(val)?);
                }
                out.push('}');
                let cls = v.obj().class;
                if cls != self.types.dict {
                    out
                } else {
                    out
                }
            }
            ObjKind::Set(s) => {
                let items: Vec<Value> = s.table.iter().map(|(_, k)| k).collect();
                let frozen = s.frozen;
                let name = self.type_name(v);
                if items.is_empty() {
                    format!("{name}()")
                } else if frozen || name != "set" {
                    format!("{name}({{{}}})", self.join_reprs(&items)?)
                } else {
                    format!("{{{}}}", self.join_reprs(&items)?)
                }
            }
            ObjKind::Range(r) => {
                if num_traits::One::is_one(&r.step) {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            ObjKind::Slice(a, b, c) => {
                let (a, b, c) = (*a, *b, *c);
                format!(
                    "slice({}, {}, {})",
                    self.repr_string(a)?,
                    self.repr_string(b)?,
                    self.repr_string(c)?
                )
            }
            ObjKind::Function(f) => {
                format!("<function {} at {:#x}>", super::str_of(f.qualname), v.0)
            }
            ObjKind::Builtin(b) => {
                if b.receiver.is_null()
                    && matches!(b.kind, crate::object::function::BuiltinKind::Method)
                    && b.owner.is_ptr()
                {
                    let owner = self.class_data(b.owner).name.clone();
                    format!("<method '{}' of '{owner}' objects>", b.name)
                } else if b.receiver.is_null()
                    || b.receiver.is_ptr() && matches!(kind_of(b.receiver), ObjKind::Module { .. })
                {
                    format!("<built-in function {}>", b.name)
                } else {
                    let t = self.type_name(b.receiver);
                    format!(
                        "<built-in method {} of {t} object at {:#x}>",
                        b.name, b.receiver.0
                    )
                }
            }
            ObjKind::BoundMethod { func, receiver } => {
                let (func, receiver) = (*func, *receiver);
                let fname = match kind_of(func) {
                    ObjKind::Function(f) => super::str_of(f.qualname).to_string(),
                    _ => "?".into(),
                };
                format!("<bound method {fname} of {}>", self.repr_string(receiver)?)
            }
            ObjKind::Class(c) => {
                if c.builtin {
                    format!("<class '{}'>", c.name)
                } else {
                    let q = c.qualname.clone();
                    let m = self.class_module(v);
                    format!("<class '{m}.{q}'>")
                }
            }
            ObjKind::Module { name, .. } => format!("<module '{}'>", super::str_of(*name)),
            ObjKind::Generator(g) => format!(
                "<generator object {} at {:#x}>",
                super::str_of(g.qualname),
                v.0
            ),
            ObjKind::Exception(_) | ObjKind::Object => return self.default_repr(v),
            ObjKind::DictView { dict, what } => {
                let (dict, what) = (*dict, *what);
                let name = match what {
                    DictViewKind::Keys => "dict_keys",
                    DictViewKind::Values => "dict_values",
                    DictViewKind::Items => "dict_items",
                };
                let it = self.get_iter(v)?;
                let _ = dict;
                let mut items = Vec::new();
                while let Some(x) = self.iter_next(it)? {
                    items.push(x);
                }
                format!("{name}([{}])", self.join_reprs(&items)?)
            }
            ObjKind::Cell(_) => format!("<cell at {:#x}>", v.0),
            ObjKind::Code(c) => format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                c.name, v.0, c.filename, c.firstlineno
            ),
            ObjKind::Property(_) => format!("<property object at {:#x}>", v.0),
            ObjKind::StaticMethod(_) => format!("<staticmethod object at {:#x}>", v.0),
            ObjKind::ClassMethod(_) => format!("<classmethod object at {:#x}>", v.0),
            ObjKind::Super { .. } => "<super object>".into(),
            ObjKind::Member { .. } => crate::builtins::member::member_repr(self, v),
            ObjKind::Iter(_) => {
                let t = self.type_name(v);
                format!("<{t} object at {:#x}>", v.0)
            }
            ObjKind::File(f) if f.binary => {
                let kind = if f.mode.contains('+') {
                    "BufferedRandom"
                } else if f.mode.contains('r') {
                    "BufferedReader"
                } else {
                    "BufferedWriter"
                };
                format!("<_io.{kind} name={}>", str_repr(&f.name))
            }
            ObjKind::File(f) => format!(
                "<_io.TextIOWrapper name={} mode={} encoding='UTF-8'>",
                str_repr(&f.name),
                str_repr(&f.mode)
            ),
            ObjKind::StdStream(fd) => format!(
                "<_io.TextIOWrapper name='<{}>' mode='w' encoding='utf-8'>",
                if *fd == 1 { "stdout" } else { "stderr" }
            ),
        })
    }

    /// Whether `m` overrides a built-in type's slot: a Python function, or a
    /// native method added to a non-builtin class (e.g. `time.struct_time`).
    fn is_user_method(&self, m: Value) -> bool {
        match kind_of(m) {
            ObjKind::Builtin(b) => b.owner.is_ptr() && !self.class_data(b.owner).builtin,
            _ => true,
        }
    }

    /// `str()` of a SyntaxError raised by the compiler: `msg (file, line N)`
    /// with the file's base name, as CPython's `SyntaxError.__str__`. None
    /// for one without the compiler's `msg` attribute (e.g. raised by user code).
    fn syntax_error_str(&mut self, v: Value) -> Option<String> {
        if !self.exc_matches(v, super::ExcKind::SyntaxError) {
            return None;
        }
        let attr = |vm: &mut Vm, name: &str| {
            let k = vm.intern(name);
            vm.getattr(v, k).ok().filter(|&x| x != vm.none)
        };
        let msg = attr(self, "msg").filter(|&m| matches!(kind_of(m), ObjKind::Str(_)))?;
        let filename = attr(self, "filename").map(super::str_of);
        let lineno = attr(self, "lineno").and_then(|l| l.as_small());
        let msg = super::str_of(msg);
        let base = filename.map(|f| f.rsplit('/').next().unwrap_or(f));
        Some(match (base, lineno) {
            (Some(f), Some(n)) => format!("{msg} ({f}, line {n})"),
            (Some(f), None) => format!("{msg} ({f})"),
            (None, Some(n)) => format!("{msg} (line {n})"),
            (None, None) => msg.to_owned(),
        })
    }

    /// `str(v)` as a Rust string.
    pub fn str_of_value(&mut self, v: Value) -> PyResult<String> {
        if let Some(i) = v.as_small() {
            return Ok(i.to_string());
        }
        let cls = v.obj().class;
        if !self.class_data(cls).builtin {
            let name = self.intern_static("__str__");
            if let Some(m) = self.lookup_in_class(cls, name) {
                if self.is_user_method(m) {
                    let r = self.call(m, &[v])?;
                    return self.expect_str(r, "__str__");
                }
            }
        }
        self.str_payload(v)
    }

    /// `str()` of `v`'s built-in payload, ignoring a subclass's `__str__`.
    pub fn str_payload(&mut self, v: Value) -> PyResult<String> {
        if let Some(i) = v.as_small() {
            return Ok(i.to_string());
        }
        match kind_of(v) {
            ObjKind::Str(s) => Ok(s.as_str().to_string()),
            ObjKind::Exception(_) => {
                let args = self.exc_args(v);
                if self.exc_matches(v, super::ExcKind::KeyError) && args.len() == 1 {
                    return self.repr_string(args[0]);
                }
                if let Some(s) = crate::builtins::codecs::unicode_error_str(self, v, &args) {
                    return Ok(s);
                }
                if let Some(s) = self.syntax_error_str(v) {
                    return Ok(s);
                }
                if (2..=5).contains(&args.len())
                    && self.exc_matches(v, super::ExcKind::OSError)
                    && self.is_int(args[0])
                {
                    // `[Errno N] strerror: 'filename' -> 'filename2'`, as CPython.
                    let errno = self.str_of_value(args[0])?;
                    let strerror = self.str_of_value(args[1])?;
                    let mut out = format!("[Errno {errno}] {strerror}");
                    if args.len() >= 3 && args[2] != self.none {
                        out.push_str(": ");
                        out.push_str(&self.repr_string(args[2])?);
                        if args.len() == 5 && args[4] != self.none {
                            out.push_str(" -> ");
                            out.push_str(&self.repr_string(args[4])?);
                        }
                    }
                    return Ok(out);
                }
                match args.len() {
                    0 => Ok(String::new()),
                    1 => self.str_of_value(args[0]),
                    _ => {
                        let t = self.new_tuple(args);
                        self.repr_string(t)
                    }
                }
            }
            _ => self.repr_string(v),
        }
    }

    pub fn str_value(&mut self, v: Value) -> PyResult<Value> {
        if v.is_ptr() && matches!(kind_of(v), ObjKind::Str(_)) && v.obj().class == self.types.str_ {
            return Ok(v);
        }
        let s = self.str_of_value(v)?;
        Ok(self.new_str(s))
    }

    pub fn repr_value(&mut self, v: Value) -> PyResult<Value> {
        let s = self.repr_string(v)?;
        Ok(self.new_str(s))
    }

    pub fn ascii_value(&mut self, v: Value) -> PyResult<Value> {
        let s = self.repr_string(v)?;
        let a = ascii_escape(&s).into_owned();
        Ok(self.new_str(a))
    }

    /// `format(v, spec)` (`spec` NULL means '').
    pub fn format_value(&mut self, v: Value, spec: Value) -> PyResult<Value> {
        let spec_s = if spec.is_null() {
            ""
        } else {
            super::str_of(spec)
        }
        .to_string();
        let cls = self.class_of(v);
        if !self.class_data(cls).builtin {
            let name = self.intern_static("__format__");
            if let Some(m) = self.lookup_in_class(cls, name) {
                if !matches!(kind_of(m), ObjKind::Builtin(_)) {
                    let sv = self.new_str(spec_s);
                    let r = self.call(m, &[v, sv])?;
                    if !matches!(kind_of(r), ObjKind::Str(_)) {
                        let t = self.type_name(r);
                        return Err(
                            self.type_error(format!("__format__ must return a str, not {t}"))
                        );
                    }
                    return Ok(r);
                }
            }
        }
        if spec_s.is_empty() {
            return self.str_value(v);
        }
        let s = crate::builtins::format::format_builtin(self, v, &spec_s)?;
        Ok(self.new_str(s))
    }

    /// The REPL's echo of an expression statement: `sys.displayhook(v)`,
    /// done directly while it is still the original hook.
    pub fn print_expr(&mut self, v: Value) -> PyResult<()> {
        let d = self.module_dict(self.sys_module);
        let (hk, ok) = (
            self.intern_static("displayhook"),
            self.intern_static("__displayhook__"),
        );
        let hook = crate::builtins::dict::dict_get_str(d, hk);
        match hook {
            None => Err(self.runtime_error("lost sys.displayhook")),
            Some(h) if Some(h) == crate::builtins::dict::dict_get_str(d, ok) => {
                self.display_value(v)
            }
            Some(h) => self.call(h, &[v]).map(|_| ()),
        }
    }

    /// The default `sys.displayhook`: print `repr(v)` unless it is None,
    /// and store it in `builtins._`.
    pub fn display_value(&mut self, v: Value) -> PyResult<()> {
        if v == self.none {
            return Ok(());
        }
        // As sys.displayhook: `_` is None while repr runs (and stays None
        // if it raises).
        let key = self.intern_static("_");
        let (b, none) = (self.builtins, self.none);
        self.dict_set(b, key, none)?;
        let s = self.repr_string(v)?;
        crate::native::io::write_stdout(self, &format!("{s}\n"));
        self.dict_set(b, key, v)
    }
}

/// `repr(bytes)`.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(quote)
            }
            0x20..=0x7e => out.push(c as char),
            _ => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}
