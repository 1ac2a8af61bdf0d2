//! Attribute access: lookup along the MRO, the descriptor protocol
//! (functions, properties, class/static methods, user `__get__`/`__set__`),
//! instance attributes in maps, `__getattr__`/`__setattr__`/`__delattr__`,
//! modules and class objects.
//!
//! Attribute names are interned str Values (maps compare them by identity).

use super::{ExcKind, PyResult, Vm};
use crate::builtins::dict::{dict_get_str, dict_set_str};
use crate::object::attrs::Attrs;
use crate::object::function::BuiltinKind;
use crate::object::kind_of;
use crate::object::{Builtin, ObjKind, Value};

fn name_str<'a>(n: Value) -> &'a str {
    super::str_of(n)
}

/// Attributes an instance keeps in map form; the next new name moves it to
/// a dict.
const MAX_MAP_NAMES: usize = 64;

impl Vm {
    /// `name` in the dicts of `cls`'s MRO (cached: see `method_cache.rs`).
    #[inline]
    pub fn lookup_in_class(&self, cls: Value, name: Value) -> Option<Value> {
        let epoch = self.next_class_version;
        if let Some(hit) = self.method_cache.get(cls, name, epoch) {
            return hit;
        }
        let r = self.lookup_in_class_uncached(cls, name);
        self.method_cache.put(cls, name, epoch, r);
        r
    }

    fn lookup_in_class_uncached(&self, cls: Value, name: Value) -> Option<Value> {
        let ObjKind::Class(c) = kind_of(cls) else {
            return None;
        };
        for &k in &c.mro {
            let ObjKind::Class(kc) = kind_of(k) else {
                continue;
            };
            if let Some(v) = dict_get_str(kc.dict, name) {
                return Some(v);
            }
        }
        None
    }

    /// A special method looked up on the type (never the instance).
    #[inline]
    pub fn lookup_special(&self, obj: Value, name: Value) -> Option<Value> {
        self.lookup_in_class(self.class_of(obj), name)
    }

    /// For a class object whose metaclass is a user class (only the
    /// library's enum defines one): the metaclass's own `name` method, if
    /// it is not a built-in. The class-object paths (call, repr, setattr,
    /// subscription) consult this before their built-in behaviour.
    pub fn user_meta_method(&mut self, cls: Value, name: &str) -> Option<Value> {
        let meta = self.class_of(cls);
        if meta == self.types.type_ || self.class_data(meta).builtin {
            return None;
        }
        let n = self.intern(name);
        self.lookup_in_class(meta, n)
            .filter(|v| !matches!(kind_of(*v), ObjKind::Builtin(_)))
    }

    /// Whether the class has a user-defined (non built-in) `name`.
    pub fn has_user_method(&self, cls: Value, name: Value) -> bool {
        match self.lookup_in_class(cls, name) {
            Some(v) => !matches!(kind_of(v), ObjKind::Builtin(_)),
            None => false,
        }
    }

    pub(crate) fn instance_attr(&self, obj: Value, name: Value) -> Option<Value> {
        if !obj.is_ptr() {
            return None;
        }
        match obj.obj().attrs.as_deref() {
            Some(Attrs::Map { map, values }) => map
                .index_of(name)
                .map(|i| values[i])
                .filter(|v| !v.is_null()),
            Some(Attrs::Dict(d)) => dict_get_str(*d, name),
            Some(Attrs::Slots { dict, .. }) if !dict.is_null() => dict_get_str(*dict, name),
            Some(Attrs::Slots { .. }) | None => None,
        }
    }

    /// Whether instances of `cls` may carry arbitrary attributes.
    pub fn has_instance_dict(&self, obj: Value) -> bool {
        if !obj.is_ptr() {
            return false;
        }
        match kind_of(obj) {
            ObjKind::Function(_) | ObjKind::Exception(_) => true,
            ObjKind::Class(_) | ObjKind::Module { .. } => false,
            _ => {
                let c = self.class_data(self.class_of(obj));
                !c.builtin && c.instance_dict
            }
        }
    }

    /// Whether `d` is a data descriptor (defines `__set__` or `__delete__`).
    pub(super) fn is_data_descriptor(&mut self, d: Value) -> bool {
        if !d.is_ptr() {
            return false;
        }
        match kind_of(d) {
            ObjKind::Property(_) | ObjKind::Member { .. } => true,
            ObjKind::Object | ObjKind::Dict(_) | ObjKind::List(_) => {
                let cls = self.class_of(d);
                if self.class_data(cls).builtin {
                    return false;
                }
                let set = self.intern_static("__set__");
                let del = self.intern_static("__delete__");
                self.lookup_in_class(cls, set).is_some() || self.lookup_in_class(cls, del).is_some()
            }
            _ => false,
        }
    }

    /// Applies the descriptor protocol to `descr` found on `obj`'s class.
    pub fn bind_descriptor(&mut self, descr: Value, obj: Value) -> PyResult<Value> {
        if !descr.is_ptr() {
            return Ok(descr);
        }
        match kind_of(descr) {
            ObjKind::Function(_) => Ok(self.alloc(
                self.types.method,
                ObjKind::BoundMethod {
                    func: descr,
                    receiver: obj,
                },
            )),
            ObjKind::Builtin(b) => match b.kind {
                BuiltinKind::Method if b.receiver.is_null() => Ok(self.bind_builtin(b, obj)),
                BuiltinKind::ClassMethod if b.receiver.is_null() => {
                    let cls = self.class_of(obj);
                    Ok(self.bind_builtin(b, cls))
                }
                _ => Ok(descr),
            },
            ObjKind::ClassMethod(f) => {
                let f = *f;
                let cls = self.class_of(obj);
                Ok(self.alloc(
                    self.types.method,
                    ObjKind::BoundMethod {
                        func: f,
                        receiver: cls,
                    },
                ))
            }
            ObjKind::StaticMethod(f) => Ok(*f),
            ObjKind::Member { .. } => self.member_get(descr, obj),
            ObjKind::Property(p) => {
                if p.fget.is_null() || p.fget == self.none {
                    let t = self.type_name(obj);
                    return Err(
                        self.attribute_error(format!("property of '{t}' object has no getter"))
                    );
                }
                let g = p.fget;
                self.call(g, &[obj])
            }
            _ => {
                let cls = self.class_of(descr);
                if self.class_data(cls).builtin {
                    return Ok(descr);
                }
                let get = self.intern_static("__get__");
                match self.lookup_in_class(cls, get) {
                    Some(g) => {
                        let owner = self.class_of(obj);
                        self.call(g, &[descr, obj, owner])
                    }
                    None => Ok(descr),
                }
            }
        }
    }

    fn bind_builtin(&mut self, b: &Builtin, receiver: Value) -> Value {
        let nb = Builtin {
            name: b.name,
            func: b.func,
            kind: b.kind,
            receiver,
            owner: b.owner,
            // A bound receiver is an extra argument: no kernel applies.
            float_kernel: None,
        };
        self.alloc(self.types.builtin_function, ObjKind::Builtin(nb))
    }

    /// `getattr(obj, name)`.
    pub fn getattr(&mut self, obj: Value, name: Value) -> PyResult<Value> {
        match self.getattr_opt(obj, name)? {
            Some(v) => Ok(v),
            None => Err(self.no_attribute(obj, name)),
        }
    }

    #[cold]
    pub fn no_attribute(&mut self, obj: Value, name: Value) -> super::Exc {
        let n = name_str(name);
        if obj.is_ptr() {
            match kind_of(obj) {
                ObjKind::Class(c) => {
                    let cn = c.name.clone();
                    return self
                        .attribute_error(format!("type object '{cn}' has no attribute '{n}'"));
                }
                ObjKind::Module { name: mn, .. } => {
                    let mn = name_str(*mn).to_string();
                    return self.attribute_error(format!("module '{mn}' has no attribute '{n}'"));
                }
                _ => {}
            }
        }
        let t = self.type_name(obj);
        self.attribute_error(format!("'{t}' object has no attribute '{n}'"))
    }

    /// `getattr` returning `None` instead of raising AttributeError.
    pub fn getattr_opt(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        if obj.is_ptr() {
            match kind_of(obj) {
                ObjKind::Class(_) => return self.type_getattr(obj, name),
                ObjKind::Module { dict, .. } => {
                    if let Some(v) = dict_get_str(*dict, name) {
                        return Ok(Some(v));
                    }
                    if name_str(name) == "__dict__" {
                        return Ok(Some(*dict));
                    }
                    return Ok(None);
                }
                ObjKind::Super { .. } => {
                    if let Some(v) = crate::builtins::class::super_getattr(self, obj, name)? {
                        return Ok(Some(v));
                    }
                }
                _ => {}
            }
        }
        let cls = self.class_of(obj);
        let found = self.generic_getattr_opt(obj, cls, name);
        let missing = match &found {
            Ok(None) => true,
            Err(e) => self.exc_matches(e.0, ExcKind::AttributeError),
            Ok(Some(_)) => false,
        };
        if missing {
            // `__getattr__` runs when normal lookup fails with AttributeError.
            let ga = self.intern_static("__getattr__");
            if let Some(g) = self.lookup_in_class(cls, ga) {
                if !matches!(kind_of(g), ObjKind::Builtin(_)) {
                    return self.call(g, &[obj, name]).map(Some);
                }
            }
        }
        found
    }

    /// `object.__getattribute__` without the `__getattr__` fallback.
    fn generic_getattr_opt(
        &mut self,
        obj: Value,
        cls: Value,
        name: Value,
    ) -> PyResult<Option<Value>> {
        let descr = self.lookup_in_class(cls, name);
        if let Some(d) = descr {
            if let ObjKind::Property(p) = kind_of(d) {
                if p.fget.is_null() || p.fget == self.none {
                    let t = self.type_name(obj);
                    return Err(self.attribute_error(format!(
                        "property '{}' of '{t}' object has no getter",
                        name_str(name)
                    )));
                }
            }
            if self.is_data_descriptor(d) {
                return self.bind_descriptor(d, obj).map(Some);
            }
        }
        if let Some(v) = self.instance_attr(obj, name) {
            return Ok(Some(v));
        }
        if let Some(d) = descr {
            return self.bind_descriptor(d, obj).map(Some);
        }
        crate::builtins::special_attr(self, obj, name)
    }

    /// Attribute lookup on a class object.
    fn type_getattr(&mut self, cls: Value, name: Value) -> PyResult<Option<Value>> {
        if let Some(d) = self.lookup_in_class(cls, name) {
            return match kind_of(d) {
                ObjKind::ClassMethod(f) => {
                    let f = *f;
                    Ok(Some(self.alloc(
                        self.types.method,
                        ObjKind::BoundMethod {
                            func: f,
                            receiver: cls,
                        },
                    )))
                }
                ObjKind::StaticMethod(f) => Ok(Some(*f)),
                ObjKind::Builtin(b)
                    if b.kind == BuiltinKind::ClassMethod && b.receiver.is_null() =>
                {
                    Ok(Some(self.bind_builtin(b, cls)))
                }
                ObjKind::Builtin(b) if b.kind == BuiltinKind::StaticMethod => Ok(Some(d)),
                ObjKind::Function(_) | ObjKind::Builtin(_) | ObjKind::Property(_) => Ok(Some(d)),
                _ => {
                    let dc = self.class_of(d);
                    if !self.class_data(dc).builtin {
                        let get = self.intern_static("__get__");
                        if let Some(g) = self.lookup_in_class(dc, get) {
                            let none = self.none;
                            return self.call(g, &[d, none, cls]).map(Some);
                        }
                    }
                    Ok(Some(d))
                }
            };
        }
        if let Some(v) = crate::builtins::special_attr(self, cls, name)? {
            return Ok(Some(v));
        }
        // Attributes of the metaclass (`type` itself, e.g. `C.mro`).
        let meta = self.class_of(cls);
        if let Some(d) = self.lookup_in_class(meta, name) {
            return self.bind_descriptor(d, cls).map(Some);
        }
        Ok(None)
    }

    /// `obj.name = value`.
    pub fn setattr(&mut self, obj: Value, name: Value, value: Value) -> PyResult<()> {
        if obj.is_ptr() {
            match kind_of(obj) {
                ObjKind::Class(_) => {
                    if let Some(f) = self.user_meta_method(obj, "__setattr__") {
                        self.call(f, &[obj, name, value])?;
                        return Ok(());
                    }
                    return self.type_setattr(obj, name, value);
                }
                ObjKind::Module { dict, .. } => {
                    let d = *dict;
                    return self.dict_set(d, name, value);
                }
                // Data attributes of range and slice objects are read-only.
                ObjKind::Range(_) | ObjKind::Slice(..)
                    if matches!(name_str(name), "start" | "stop" | "step") =>
                {
                    return Err(self.attribute_error("readonly attribute"));
                }
                _ => {}
            }
        }
        let cls = self.class_of(obj);
        if !self.class_data(cls).builtin {
            let sa = self.intern_static("__setattr__");
            if let Some(f) = self.lookup_in_class(cls, sa) {
                if !matches!(kind_of(f), ObjKind::Builtin(_)) {
                    self.call(f, &[obj, name, value])?;
                    return Ok(());
                }
            }
        }
        self.generic_setattr(obj, name, value)
    }

    /// `type.__setattr__`: stores into a class's dict.
    pub fn type_setattr(&mut self, obj: Value, name: Value, value: Value) -> PyResult<()> {
        let ObjKind::Class(c) = kind_of(obj) else {
            return Err(self.type_error("descriptor '__setattr__' requires a 'type' object"));
        };
        if c.builtin {
            let cn = c.name.clone();
            return Err(self.type_error(format!(
                "cannot set '{}' attribute of immutable type '{cn}'",
                name_str(name)
            )));
        }
        // `__name__` and `__qualname__` live in the class, not its dict.
        if let n @ ("__name__" | "__qualname__") = name_str(name) {
            if !(value.is_ptr() && matches!(kind_of(value), ObjKind::Str(_))) {
                let (cn, t) = (c.name.clone(), self.type_name(value));
                return Err(
                    self.type_error(format!("can only assign string to {cn}.{n}, not '{t}'"))
                );
            }
            let new = name_str(value).to_string();
            if let ObjKind::Class(c) = &mut obj.obj_mut().kind {
                if n == "__name__" {
                    c.name = new;
                } else {
                    c.qualname = new;
                }
            }
            return Ok(());
        }
        let d = c.dict;
        self.dict_set(d, name, value)?;
        *self.class_changes += 1;
        let v = self.fresh_version();
        if let ObjKind::Class(c) = &mut obj.obj_mut().kind {
            c.version = v;
        }
        Ok(())
    }

    /// `object.__setattr__`: data descriptors, then the instance's attributes.
    pub fn generic_setattr(&mut self, obj: Value, name: Value, value: Value) -> PyResult<()> {
        // A function's `__name__`/`__qualname__` live in its payload (call
        // errors name the function by them).
        if obj.is_ptr() && matches!(kind_of(obj), ObjKind::Function(_)) {
            let n = name_str(name);
            if n == "__name__" || n == "__qualname__" {
                if !matches!(kind_of(value), ObjKind::Str(_)) {
                    return Err(self.type_error(format!("{n} must be set to a string object")));
                }
                if let ObjKind::Function(f) = &mut obj.obj_mut().kind {
                    if n == "__name__" {
                        f.name = value;
                    } else {
                        f.qualname = value;
                    }
                }
                return Ok(());
            }
        }
        let cls = self.class_of(obj);
        if name_str(name) == "__class__" {
            return self.set_class(obj, value);
        }
        if name_str(name) == "__dict__" && self.has_instance_dict(obj) {
            return self.set_instance_dict(obj, value);
        }
        if obj.is_ptr() && matches!(kind_of(obj), ObjKind::Function(_)) {
            if self.set_function_field(obj, name, value)? {
                return Ok(());
            }
        }
        if obj.is_ptr() && matches!(kind_of(obj), ObjKind::Exception(_)) {
            if self.set_exception_field(obj, name, value)? {
                return Ok(());
            }
        }
        if let Some(d) = self.lookup_in_class(cls, name) {
            if let ObjKind::Property(p) = kind_of(d) {
                if p.fset.is_null() || p.fset == self.none {
                    let t = self.type_name(obj);
                    return Err(self.attribute_error(format!(
                        "property '{}' of '{t}' object has no setter",
                        name_str(name)
                    )));
                }
                let s = p.fset;
                self.call(s, &[obj, value])?;
                return Ok(());
            }
            if let ObjKind::Member { .. } = kind_of(d) {
                return self.member_set(d, obj, value);
            }
            if self.is_data_descriptor(d) {
                let set = self.intern_static("__set__");
                let dc = self.class_of(d);
                if let Some(s) = self.lookup_in_class(dc, set) {
                    self.call(s, &[d, obj, value])?;
                    return Ok(());
                }
            }
        }
        if !self.has_instance_dict(obj) {
            let t = self.type_name(obj);
            return Err(self.attribute_error(format!(
                "'{t}' object has no attribute '{}'",
                name_str(name)
            )));
        }
        self.store_instance_attr(obj, name, value)
    }

    /// The writable fields of functions (`__name__`, `__defaults__`, ...),
    /// type-checked as CPython does; false for any other name.
    fn set_function_field(&mut self, f: Value, name: Value, value: Value) -> PyResult<bool> {
        let n = name_str(name);
        let none = self.none;
        let is = |v: Value, want: fn(&ObjKind) -> bool| v.is_ptr() && want(kind_of(v));
        let ok = match n {
            "__name__" | "__qualname__" => is(value, |k| matches!(k, ObjKind::Str(_))),
            "__defaults__" => value == none || is(value, |k| matches!(k, ObjKind::Tuple(_))),
            "__kwdefaults__" => value == none || is(value, |k| matches!(k, ObjKind::Dict(_))),
            "__doc__" | "__module__" => true,
            _ => return Ok(false),
        };
        if !ok {
            let what = match n {
                "__defaults__" => "a tuple",
                "__kwdefaults__" => "a dict",
                _ => "a string",
            };
            return Err(self.type_error(format!("{n} must be set to {what} object")));
        }
        let v = if value == none && matches!(n, "__defaults__" | "__kwdefaults__") {
            Value::NULL
        } else {
            value
        };
        if let ObjKind::Function(fd) = &mut f.obj_mut().kind {
            match n {
                "__name__" => fd.name = v,
                "__qualname__" => fd.qualname = v,
                "__defaults__" => fd.defaults = v,
                "__kwdefaults__" => fd.kwdefaults = v,
                "__doc__" => fd.doc = v,
                _ => fd.module = v,
            }
        }
        Ok(true)
    }

    /// The settable fields of exceptions (`args`, `__cause__`, ...); false
    /// for any other name.
    fn set_exception_field(&mut self, e: Value, name: Value, value: Value) -> PyResult<bool> {
        let n = name_str(name);
        let none = self.none;
        let is_exc = |vm: &Vm, v: Value| vm.isinstance(v, vm.exc_type(ExcKind::BaseException));
        match n {
            "args" => {
                let items = self.iterate(value)?;
                let t = self.new_tuple(items);
                if let Some(d) = self.exc_data(e) {
                    d.args = t;
                }
            }
            "__cause__" | "__context__" => {
                if value != none && !is_exc(self, value) {
                    let what = if n == "__cause__" { "cause" } else { "context" };
                    return Err(self.type_error(format!(
                        "exception {what} must be None or derive from BaseException"
                    )));
                }
                let v = if value == none { Value::NULL } else { value };
                if let Some(d) = self.exc_data(e) {
                    if n == "__cause__" {
                        d.cause = v;
                        d.suppress_context = true;
                    } else {
                        d.context = v;
                    }
                }
            }
            "__suppress_context__" => {
                let b = self.is_true(value)?;
                if let Some(d) = self.exc_data(e) {
                    d.suppress_context = b;
                }
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// `obj.__class__ = new`: only between user classes with the same layout.
    fn set_class(&mut self, obj: Value, new: Value) -> PyResult<()> {
        if !self.is_class(new) {
            let t = self.type_name(new);
            return Err(self.type_error(format!(
                "__class__ must be set to a class, not '{t}' object"
            )));
        }
        let old = self.class_of(obj);
        let (oc, nc) = (self.class_data(old), self.class_data(new));
        if !obj.is_ptr() || oc.builtin || nc.builtin {
            return Err(self.type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            ));
        }
        if oc.layout != nc.layout || oc.nslots != nc.nslots || oc.instance_dict != nc.instance_dict
        {
            return Err(self.type_error(format!(
                "__class__ assignment: '{}' object layout differs from '{}'",
                nc.name, oc.name
            )));
        }
        obj.obj_mut().class = new;
        Ok(())
    }

    pub fn store_instance_attr(&mut self, obj: Value, name: Value, value: Value) -> PyResult<()> {
        let o = obj.obj_mut();
        match o.attrs.as_deref_mut() {
            None => {
                let map = self.root_map.with(name);
                o.attrs = Some(Box::new(Attrs::Map {
                    map,
                    values: vec![value],
                }));
            }
            Some(Attrs::Map { map, values }) => match map.index_of(name) {
                Some(i) => values[i] = value,
                None if map.names.len() >= MAX_MAP_NAMES => {
                    // Objects used as open-ended records keep a dict: a
                    // map per attribute set would grow the shared tree
                    // without bound.
                    let d = self.instance_dict(obj)?;
                    self.dict_set(d, name, value)?;
                }
                None => {
                    *map = map.with(name);
                    values.push(value);
                }
            },
            Some(Attrs::Dict(d)) => {
                let d = *d;
                self.dict_set(d, name, value)?;
            }
            Some(Attrs::Slots { .. }) => {
                let d = self.instance_dict(obj)?;
                self.dict_set(d, name, value)?;
            }
        }
        Ok(())
    }

    /// The instance's attributes as a dict object (switching it to dict mode).
    pub fn instance_dict(&mut self, obj: Value) -> PyResult<Value> {
        match obj.obj().attrs.as_deref() {
            Some(Attrs::Dict(d)) => return Ok(*d),
            Some(Attrs::Slots { dict, .. }) if !dict.is_null() => return Ok(*dict),
            Some(Attrs::Slots { .. }) => {
                let d = self.new_dict();
                if let Some(Attrs::Slots { dict, .. }) = obj.obj_mut().attrs.as_deref_mut() {
                    *dict = d;
                }
                return Ok(d);
            }
            _ => {}
        }
        let d = self.new_dict();
        if let Some(Attrs::Map { map, values }) = obj.obj().attrs.as_deref() {
            let pairs: Vec<(Value, Value)> = map
                .names
                .iter()
                .copied()
                .zip(values.iter().copied())
                .collect();
            for (k, v) in pairs {
                if !v.is_null() {
                    dict_set_str(self, d, k, v);
                }
            }
        }
        obj.obj_mut().attrs = Some(Box::new(Attrs::Dict(d)));
        Ok(d)
    }

    /// `obj.__dict__ = d`: the instance's attributes become dict `d`.
    fn set_instance_dict(&mut self, obj: Value, value: Value) -> PyResult<()> {
        if !(value.is_ptr() && matches!(kind_of(value), ObjKind::Dict(_))) {
            let t = self.type_name(value);
            return Err(
                self.type_error(format!("__dict__ must be set to a dictionary, not a '{t}'"))
            );
        }
        let o = obj.obj_mut();
        match o.attrs.as_deref_mut() {
            Some(Attrs::Slots { dict, .. }) => *dict = value,
            _ => o.attrs = Some(Box::new(Attrs::Dict(value))),
        }
        Ok(())
    }

    /// `del obj.name`.
    pub fn delattr(&mut self, obj: Value, name: Value) -> PyResult<()> {
        if obj.is_ptr() {
            if let ObjKind::Class(_) = kind_of(obj) {
                if let Some(f) = self.user_meta_method(obj, "__delattr__") {
                    self.call(f, &[obj, name])?;
                    return Ok(());
                }
                return self.type_delattr(obj, name);
            }
            if let ObjKind::Module { dict, .. } = kind_of(obj) {
                let d = *dict;
                if dict_get_str(d, name).is_none() {
                    return Err(self.no_attribute(obj, name));
                }
                return self.delitem(d, name);
            }
        }
        let cls = self.class_of(obj);
        let da = self.intern_static("__delattr__");
        if let Some(f) = self.lookup_in_class(cls, da) {
            if !matches!(kind_of(f), ObjKind::Builtin(_)) {
                self.call(f, &[obj, name])?;
                return Ok(());
            }
        }
        self.generic_delattr(obj, name)
    }

    /// `type.__delattr__`: removes from a class's dict.
    pub fn type_delattr(&mut self, obj: Value, name: Value) -> PyResult<()> {
        let ObjKind::Class(c) = kind_of(obj) else {
            return Err(self.type_error("descriptor '__delattr__' requires a 'type' object"));
        };
        let d = c.dict;
        if dict_get_str(d, name).is_none() {
            return Err(self.no_attribute(obj, name));
        }
        self.delitem(d, name)?;
        *self.class_changes += 1;
        let v = self.fresh_version();
        if let ObjKind::Class(c) = &mut obj.obj_mut().kind {
            c.version = v;
        }
        Ok(())
    }

    pub fn generic_delattr(&mut self, obj: Value, name: Value) -> PyResult<()> {
        let cls = self.class_of(obj);
        if let Some(d) = self.lookup_in_class(cls, name) {
            if let ObjKind::Property(p) = kind_of(d) {
                if p.fdel.is_null() || p.fdel == self.none {
                    let t = self.type_name(obj);
                    return Err(self.attribute_error(format!(
                        "property '{}' of '{t}' object has no deleter",
                        name_str(name)
                    )));
                }
                let f = p.fdel;
                self.call(f, &[obj])?;
                return Ok(());
            }
            if let ObjKind::Member { .. } = kind_of(d) {
                return self.member_set(d, obj, Value::NULL);
            }
            if self.is_data_descriptor(d) {
                let del = self.intern_static("__delete__");
                let dc = self.class_of(d);
                if let Some(f) = self.lookup_in_class(dc, del) {
                    self.call(f, &[d, obj])?;
                    return Ok(());
                }
            }
        }
        if self.instance_attr(obj, name).is_none() {
            return Err(self.no_attribute(obj, name));
        }
        let d = self.instance_dict(obj)?;
        self.delitem(d, name)
    }

    /// For `LoadMethod`: `(function, obj)` when `name` is a plain method not
    /// shadowed by an instance attribute, else `(NULL, getattr(obj, name))`.
    pub fn load_method(&mut self, obj: Value, name: Value) -> PyResult<(Value, Value)> {
        let is_plain_instance = !obj.is_ptr()
            || !matches!(
                kind_of(obj),
                ObjKind::Class(_) | ObjKind::Module { .. } | ObjKind::Super { .. }
            );
        if is_plain_instance {
            let cls = self.class_of(obj);
            if let Some(d) = self.lookup_in_class(cls, name) {
                let is_method = match kind_of(d) {
                    ObjKind::Function(_) => true,
                    ObjKind::Builtin(b) => b.kind == BuiltinKind::Method && b.receiver.is_null(),
                    _ => false,
                };
                if is_method && self.instance_attr(obj, name).is_none() {
                    return Ok((d, obj));
                }
            }
        }
        let v = self.getattr(obj, name)?;
        Ok((Value::NULL, v))
    }

    /// `hasattr`-style probe that swallows only AttributeError.
    pub fn getattr_or_none(&mut self, obj: Value, name: &str) -> PyResult<Option<Value>> {
        let n = self.intern(name);
        match self.getattr_opt(obj, n) {
            Ok(v) => Ok(v),
            Err(e) if self.exc_matches(e.0, ExcKind::AttributeError) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Calls special method `name` of `obj`'s type with `args`, if defined.
    pub fn call_special(
        &mut self,
        obj: Value,
        name: &str,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let n = self.intern(name);
        match self.lookup_special(obj, n) {
            // The data types' special methods as attributes wrap the native
            // operations the caller falls back to.
            Some(m) if crate::builtins::slots::is_slot_wrapper(self, m, name) => Ok(None),
            Some(m) => {
                let mut v = Vec::with_capacity(args.len() + 1);
                v.push(obj);
                v.extend_from_slice(args);
                let f = match kind_of(m) {
                    ObjKind::StaticMethod(f) => {
                        v.remove(0);
                        *f
                    }
                    ObjKind::ClassMethod(f) => {
                        v[0] = self.class_of(obj);
                        *f
                    }
                    _ => m,
                };
                self.call(f, &v).map(Some)
            }
            None => Ok(None),
        }
    }
}
