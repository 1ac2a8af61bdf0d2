//! The built-in type objects (`type`, `object`, `int`, ..., the exception
//! hierarchy) and their creation at start-up.
//!
//! `bootstrap` makes the class objects with empty dicts (the chicken-and-egg
//! of `type`/`object` is solved by patching `type`'s own class afterwards);
//! `populate` fills in the exception classes; the methods of each type are
//! installed by `builtins/` files.

use super::exc::ExcKind;
use super::Vm;
use crate::object::kind_of;
use crate::object::{Class, Dict, Heap, Layout, ObjKind, Value};

macro_rules! types_struct {
    ($($field:ident : $name:literal, $layout:ident, $base:ident;)*) => {
        /// Every built-in type object.
        pub struct Types {
            pub type_: Value,
            pub object: Value,
            $(pub $field: Value,)*
            /// Exception classes, indexed by `ExcKind`.
            pub exc: Vec<Value>,
        }

        impl Types {
            pub fn bootstrap(heap: &mut Heap) -> Types {
                let object = make_class(heap, Value::NULL, "object", &[], Layout::Object);
                let type_ = make_class(heap, Value::NULL, "type", &[object], Layout::Opaque);
                type_.obj_mut().class = type_;
                object.obj_mut().class = type_;
                let mut t = Types { type_, object, $($field: Value::NULL,)* exc: Vec::new() };
                $(
                    let base = if stringify!($base) == "object" { t.object } else { t.$base };
                    t.$field = make_class(heap, type_, $name, &[base], Layout::$layout);
                )*
                t
            }

            pub fn trace(&self, f: &mut dyn FnMut(Value)) {
                f(self.type_);
                f(self.object);
                $(f(self.$field);)*
                self.exc.iter().for_each(|&v| f(v));
            }
        }
    };
}

types_struct! {
    int: "int", Int, object;
    bool_: "bool", Bool, int;
    float: "float", Float, object;
    str_: "str", Str, object;
    bytes: "bytes", Bytes, object;
    bytearray: "bytearray", ByteArray, object;
    list: "list", List, object;
    tuple: "tuple", Tuple, object;
    dict: "dict", Dict, object;
    set: "set", Set, object;
    frozenset: "frozenset", FrozenSet, object;
    range: "range", Opaque, object;
    slice: "slice", Opaque, object;
    function: "function", Opaque, object;
    builtin_function: "builtin_function_or_method", Opaque, object;
    method: "method", Opaque, object;
    module: "module", Opaque, object;
    code: "code", Opaque, object;
    cell: "cell", Opaque, object;
    generator: "generator", Opaque, object;
    property: "property", Opaque, object;
    staticmethod: "staticmethod", Opaque, object;
    classmethod: "classmethod", Opaque, object;
    super_: "super", Opaque, object;
    none_type: "NoneType", Opaque, object;
    notimpl_type: "NotImplementedType", Opaque, object;
    ellipsis_type: "ellipsis", Opaque, object;
    list_iterator: "list_iterator", Opaque, object;
    list_reverseiterator: "list_reverseiterator", Opaque, object;
    tuple_iterator: "tuple_iterator", Opaque, object;
    range_iterator: "range_iterator", Opaque, object;
    str_iterator: "str_ascii_iterator", Opaque, object;
    bytes_iterator: "bytes_iterator", Opaque, object;
    dict_keyiterator: "dict_keyiterator", Opaque, object;
    dict_valueiterator: "dict_valueiterator", Opaque, object;
    dict_itemiterator: "dict_itemiterator", Opaque, object;
    set_iterator: "set_iterator", Opaque, object;
    enumerate: "enumerate", Opaque, object;
    zip: "zip", Opaque, object;
    map: "map", Opaque, object;
    filter: "filter", Opaque, object;
    reversed: "reversed", Opaque, object;
    callable_iterator: "callable_iterator", Opaque, object;
    iterator: "iterator", Opaque, object;
    dict_keys: "dict_keys", Opaque, object;
    dict_values: "dict_values", Opaque, object;
    dict_items: "dict_items", Opaque, object;
    text_io: "TextIOWrapper", Opaque, object;
    buffered_io: "BufferedReader", Opaque, object;
    traceback: "traceback", Opaque, object;
    member_descriptor: "member_descriptor", Opaque, object;
}

/// Creates a built-in class object with an empty dict.
pub fn make_class(
    heap: &mut Heap,
    metatype: Value,
    name: &str,
    bases: &[Value],
    layout: Layout,
) -> Value {
    let dict = heap.alloc(Value::NULL, ObjKind::Dict(Dict::new()));
    let cls = heap.alloc(
        metatype,
        ObjKind::Class(Box::new(Class {
            name: name.to_string(),
            qualname: name.to_string(),
            bases: bases.to_vec(),
            mro: Vec::new(),
            dict,
            version: 1,
            layout,
            slots: None,
            nslots: 0,
            instance_dict: false,
            builtin: true,
            tp_name: None,
        })),
    );
    let mut mro = vec![cls];
    if let Some(&b) = bases.first() {
        if let ObjKind::Class(bc) = kind_of(b) {
            mro.extend(bc.mro.iter().copied());
        }
    }
    if let ObjKind::Class(c) = &mut cls.obj_mut().kind {
        c.mro = mro;
    }
    cls
}

/// Fixes dict classes made before `dict` existed, and creates the
/// exception hierarchy.
pub fn populate(vm: &mut Vm) {
    let dict_t = vm.types.dict;
    let all: Vec<Value> = {
        let mut v = Vec::new();
        vm.types.trace(&mut |c| v.push(c));
        v
    };
    for c in all {
        if let ObjKind::Class(cls) = kind_of(c) {
            cls.dict.obj_mut().class = dict_t;
        }
    }
    let type_ = vm.types.type_;
    let mut exc: Vec<Value> = Vec::with_capacity(ExcKind::ALL.len());
    for kind in ExcKind::ALL {
        let base = match kind.base() {
            None => vm.types.object,
            Some(b) => exc[*b as usize],
        };
        let layout = Layout::Exception;
        let c = make_class(&mut vm.heap, type_, kind.name(), &[base], layout);
        if let ObjKind::Class(cls) = kind_of(c) {
            cls.dict.obj_mut().class = dict_t;
        }
        exc.push(c);
    }
    vm.types.exc = exc;
}

impl Vm {
    /// The class object of exception kind `k`.
    #[inline]
    pub fn exc_type(&self, k: ExcKind) -> Value {
        self.types.exc[k as usize]
    }

    /// The class of any value.
    #[inline(always)]
    pub fn class_of(&self, v: Value) -> Value {
        if v.is_small() {
            self.types.int
        } else {
            v.obj().class
        }
    }

    /// The `Class` payload of a class object.
    #[inline]
    pub fn class_data<'a>(&self, cls: Value) -> &'a Class {
        match kind_of(cls) {
            ObjKind::Class(c) => c,
            _ => panic!("class_data on a non-class"),
        }
    }

    /// Whether `cls` is `base` or a subclass of it.
    pub fn is_subclass(&self, cls: Value, base: Value) -> bool {
        if cls == base {
            return true;
        }
        match kind_of(cls) {
            ObjKind::Class(c) => c.mro.contains(&base),
            _ => false,
        }
    }

    /// `isinstance(v, cls)` for a single class.
    #[inline]
    pub fn isinstance(&self, v: Value, cls: Value) -> bool {
        let c = self.class_of(v);
        c == cls || self.is_subclass(c, cls)
    }

    /// The name of `v`'s type as CPython's error messages print it (the
    /// C types' module-qualified `tp_name` where a stdlib class declares one).
    pub fn type_name(&self, v: Value) -> String {
        let c = self.class_data(self.class_of(v));
        c.tp_name.as_ref().unwrap_or(&c.name).clone()
    }

    pub fn is_class(&self, v: Value) -> bool {
        v.is_ptr() && matches!(kind_of(v), ObjKind::Class(_))
    }
}
