//! The object model: every heap object is a [`PyObj`] — its class, GC mark,
//! optional instance attributes (maps or a dict) and a [`ObjKind`] payload.
//!
//! Invariants:
//! * `class` is always a class object (`ObjKind::Class`); for objects of a
//!   subclass of a built-in type (`class L(list)`) the payload is the built-in
//!   layout (`ObjKind::List`) and `class` the subclass.
//! * Objects are created only through `Heap::alloc` and freed only by the
//!   collector (`heap.rs`); the `trace` method below lists every `Value` an
//!   object holds, and must be kept complete when a kind gains a field.

pub mod attrs;
pub mod class;
pub mod dict;
pub mod exception;
pub mod float_repr;
pub mod format_spec;
pub mod function;
pub mod heap;
pub mod num_parse;
pub mod percent_format;
pub mod pyhash;
pub mod pystr;
pub mod set_table;
pub mod str_format;
pub mod str_methods;
mod unicode_tables;
pub mod value;

pub use attrs::{Attrs, Map};
pub use class::{Class, Layout};
pub use dict::Dict;
pub use exception::ExcData;
pub use function::{Builtin, BuiltinFn, Function, Generator};
pub use heap::Heap;
pub use pystr::PyStr;
pub use value::Value;

use crate::bytecode::CodeObject;
use num_bigint::BigInt;
use std::cell::Cell;
use std::rc::Rc;

/// Every heap object. `#[repr(C)]` so compiled code can read `class` at offset 0.
#[repr(C)]
pub struct PyObj {
    pub class: Value,
    /// The collector's bits ([`heap::GC_MARKED`], [`heap::GC_OLD`],
    /// [`heap::GC_REMEMBERED`]); compiled code's write barrier reads them.
    pub gc: Cell<u8>,
    /// Instance attributes (`obj.x = 1`), absent for most built-in objects.
    pub attrs: Option<Box<Attrs>>,
    pub kind: ObjKind,
}

/// A `set` or `frozenset` payload: CPython-compatible table of elements.
pub struct SetObj {
    pub table: crate::object::set_impl::SetStore,
    pub frozen: bool,
}

pub mod set_impl;

pub mod range;
pub use range::RangeObj;

pub struct Property {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
}

/// A `range` iterator whose bounds do not fit in i64.
pub struct BigRangeIter {
    pub cur: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
}

/// State of the built-in iterator kinds.
///
/// `repr(u64)`: the variant is a whole word at the start of the state and
/// each variant's fields follow it in order, so compiled code can test the
/// variant and read the fields of `Seq` and `Range` (see
/// `vm::handlers::IterLayout`, which measures the offsets).
#[repr(u64)]
pub enum IterState {
    /// A list, tuple, str-of-chars, bytes or bytearray walked by index.
    Seq {
        seq: Value,
        idx: usize,
    },
    Range {
        cur: i64,
        stop: i64,
        step: i64,
    },
    /// A range whose bounds do not fit in i64.
    /// (Boxed: three big ints would triple the size of every object.)
    BigRange(Box<BigRangeIter>),
    /// A str walked by byte position (code point at a time).
    Str {
        s: Value,
        pos: usize,
    },
    /// Dict keys/values/items: `len` guards against mutation during iteration.
    Dict {
        dict: Value,
        idx: usize,
        len: usize,
        what: DictViewKind,
    },
    Set {
        set: Value,
        idx: usize,
        len: usize,
    },
    Enumerate {
        it: Value,
        count: Value,
    },
    Zip {
        its: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        its: Vec<Value>,
    },
    Filter {
        func: Value,
        it: Value,
    },
    Reversed {
        seq: Value,
        idx: usize,
    },
    CallSentinel {
        func: Value,
        sentinel: Value,
    },
    /// The old `__getitem__` iteration protocol.
    GetItem {
        obj: Value,
        idx: i64,
    },
    Exhausted,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DictViewKind {
    Keys,
    Values,
    Items,
}

/// An open file (`open()`); text files decode UTF-8.
pub struct FileObj {
    pub name: String,
    pub mode: String,
    pub file: Option<std::fs::File>,
    pub readable: bool,
    pub writable: bool,
    pub binary: bool,
    /// Bytes read from the OS but not yet returned.
    pub read_buf: Vec<u8>,
    pub write_buf: Vec<u8>,
    pub eof: bool,
    /// The `newline` argument of a text file: None translates \r\n and \r
    /// to \n on read; "\r" or "\r\n" replace \n on write.
    pub newline: Option<String>,
    /// The `encoding` attribute: the name given to open(), or the locale's
    /// "UTF-8" when none was.
    pub encoding: String,
    /// The `errors` handler used when decoding text ("strict" by default).
    pub errors: String,
}

pub enum ObjKind {
    /// A plain instance (`object()` or a user class with no built-in base).
    Object,
    None,
    Bool(bool),
    NotImplemented,
    Ellipsis,
    /// An int outside the small-int range (never one that fits).
    Int(BigInt),
    Float(f64),
    Str(PyStr),
    Bytes(Vec<u8>),
    ByteArray(Vec<u8>),
    List(Vec<Value>),
    Tuple(Vec<Value>),
    Dict(Dict),
    Set(SetObj),
    /// Boxed: a range's four big ints would make every object large.
    Range(Box<RangeObj>),
    Slice(Value, Value, Value),
    Function(Box<Function>),
    Builtin(Builtin),
    BoundMethod {
        func: Value,
        receiver: Value,
    },
    Class(Box<Class>),
    Module {
        name: Value,
        dict: Value,
    },
    Code(Rc<CodeObject>),
    Cell(Value),
    Generator(Box<Generator>),
    Property(Property),
    StaticMethod(Value),
    ClassMethod(Value),
    Super {
        start: Value,
        obj: Value,
    },
    Exception(Box<ExcData>),
    Iter(IterState),
    DictView {
        dict: Value,
        what: DictViewKind,
    },
    File(Box<FileObj>),
    /// The `sys.stdout` / `sys.stderr` writers (fd 1 or 2).
    StdStream(i32),
    /// A `__slots__` member descriptor (`<member 'x' of 'P' objects>`):
    /// slot `index` of the instances of `owner` (see `Attrs::Slots`).
    Member {
        name: Value,
        owner: Value,
        index: usize,
    },
}

impl ObjKind {
    /// An estimate of the bytes this payload owns outside the object itself
    /// (buffer capacities), for the collector's byte accounting. Cheap: no
    /// traversal, only lengths and capacities of the payload's own vectors.
    #[inline]
    pub fn heap_bytes(&self) -> usize {
        match self {
            ObjKind::Int(b) => (b.bits() / 8) as usize,
            ObjKind::Str(s) => s.s.len(),
            ObjKind::Bytes(v) | ObjKind::ByteArray(v) => v.capacity(),
            ObjKind::List(v) | ObjKind::Tuple(v) => v.capacity() * std::mem::size_of::<Value>(),
            ObjKind::Dict(d) => d.heap_bytes(),
            ObjKind::Set(s) => s.table.heap_bytes(),
            _ => 0,
        }
    }
}

impl PyObj {
    /// Calls `f` on every `Value` this object references (for the collector).
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.class);
        if let Some(a) = &self.attrs {
            a.trace(f);
        }
        match &self.kind {
            ObjKind::Object
            | ObjKind::None
            | ObjKind::Bool(_)
            | ObjKind::NotImplemented
            | ObjKind::Ellipsis
            | ObjKind::Int(_)
            | ObjKind::Float(_)
            | ObjKind::Str(_)
            | ObjKind::Bytes(_)
            | ObjKind::ByteArray(_)
            | ObjKind::Range(_)
            | ObjKind::File(_)
            | ObjKind::StdStream(_) => {}
            ObjKind::List(v) | ObjKind::Tuple(v) => v.iter().for_each(|&x| f(x)),
            ObjKind::Dict(d) => d.trace(f),
            ObjKind::Set(s) => s.table.trace(f),
            ObjKind::Slice(a, b, c) => {
                f(*a);
                f(*b);
                f(*c)
            }
            ObjKind::Function(func) => func.trace(f),
            ObjKind::Builtin(b) => f(b.receiver),
            ObjKind::BoundMethod { func, receiver } => {
                f(*func);
                f(*receiver)
            }
            ObjKind::Class(c) => c.trace(f),
            ObjKind::Module { name, dict } => {
                f(*name);
                f(*dict)
            }
            ObjKind::Code(c) => c.trace(f),
            ObjKind::Cell(v) | ObjKind::StaticMethod(v) | ObjKind::ClassMethod(v) => f(*v),
            ObjKind::Generator(g) => g.trace(f),
            ObjKind::Property(p) => {
                f(p.fget);
                f(p.fset);
                f(p.fdel);
                f(p.doc)
            }
            ObjKind::Super { start, obj } => {
                f(*start);
                f(*obj)
            }
            ObjKind::Exception(e) => e.trace(f),
            ObjKind::Iter(it) => match it {
                IterState::Seq { seq, .. } | IterState::Reversed { seq, .. } => f(*seq),
                IterState::Str { s, .. } => f(*s),
                IterState::Dict { dict, .. } => f(*dict),
                IterState::Set { set, .. } => f(*set),
                IterState::Enumerate { it, count } => {
                    f(*it);
                    f(*count)
                }
                IterState::Zip { its, .. } => its.iter().for_each(|&x| f(x)),
                IterState::Map { func, its } => {
                    f(*func);
                    its.iter().for_each(|&x| f(x))
                }
                IterState::Filter { func, it } => {
                    f(*func);
                    f(*it)
                }
                IterState::CallSentinel { func, sentinel } => {
                    f(*func);
                    f(*sentinel)
                }
                IterState::GetItem { obj, .. } => f(*obj),
                IterState::Range { .. } | IterState::BigRange(_) | IterState::Exhausted => {}
            },
            ObjKind::DictView { dict, .. } => f(*dict),
            ObjKind::Member { name, owner, .. } => {
                f(*name);
                f(*owner)
            }
        }
    }
}

/// The payload reported for small ints (and NULL) by [`kind_of`].
struct NoPayload(ObjKind);
// SAFETY: the wrapped `ObjKind::Object` holds no data and is only ever
// reached through shared references, so sharing it between threads is sound.
unsafe impl Sync for NoPayload {}
static NO_PAYLOAD: NoPayload = NoPayload(ObjKind::Object);

/// The payload of `v`, or a plain `ObjKind::Object` for a small int (so
/// callers can match on payloads without first testing for a pointer).
#[inline(always)]
pub fn kind_of<'a>(v: impl std::borrow::Borrow<Value>) -> &'a ObjKind {
    let v = *v.borrow();
    if v.is_ptr() {
        &v.obj().kind
    } else {
        &NO_PAYLOAD.0
    }
}
