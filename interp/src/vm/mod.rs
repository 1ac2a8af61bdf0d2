//! The virtual machine: its state (`Vm`), the result and argument types every
//! built-in uses, and the constructors of common values.
//!
//! Submodules by concern: `eval.rs` (the dispatch loop only), `frame.rs`
//! (frame layout), `call.rs` (calling and argument binding), `attr.rs`
//! (attribute lookup, descriptors), `arith.rs` (numeric operators),
//! `compare.rs` (comparisons, equality, hashing), `iter.rs` (the iteration
//! protocol), `exc.rs` (exception objects, tracebacks), `import.rs` (modules),
//! `repr.rs` (str/repr), `types.rs` (the built-in type objects).

pub mod arith;
pub mod attr;
pub mod attr_handlers;
pub mod call;
pub mod call_handlers;
pub mod compare;
pub mod dict_handlers;
pub mod eval;
pub mod exc;
pub mod frame;
pub mod handlers;
pub mod import;
pub mod inline_cache;
pub mod iter;
pub mod iter_handlers;
pub mod method_cache;
pub mod repr;
pub mod residuals;
pub mod tracing;
pub mod types;

use crate::bytecode::CodeObject;
use crate::object::kind_of;
use crate::object::{Dict, Heap, ObjKind, PyStr, Value};
pub use exc::ExcKind;
use frame::Frame;
use num_bigint::BigInt;
use piepie_jit::{Jit, JitConfig};
use std::rc::Rc;
pub use types::Types;

/// A raised Python exception: the exception instance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Exc(pub Value);

pub type PyResult<T> = Result<T, Exc>;

/// Which collection [`Vm::collect_impl`] runs (see `object/heap.rs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CollectKind {
    /// Inside a loop nested in Rust code: only what the loop allocated.
    Nested,
    /// The outermost loop's: young, or full when one is due.
    Auto,
    /// Everything (outermost loop only).
    Full,
}

/// Arguments of a call as a built-in sees them: positional values, and
/// keyword names (interned str) with their values.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub pos: &'a [Value],
    pub kwnames: &'a [Value],
    pub kwvals: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn new(pos: &'a [Value]) -> Args<'a> {
        Args {
            pos,
            kwnames: &[],
            kwvals: &[],
        }
    }
    pub fn len(&self) -> usize {
        self.pos.len()
    }
    pub fn is_empty(&self) -> bool {
        self.pos.is_empty()
    }
    pub fn get(&self, i: usize) -> Option<Value> {
        self.pos.get(i).copied()
    }
    pub fn has_kw(&self) -> bool {
        !self.kwnames.is_empty()
    }
    /// The keyword argument `name`, if given.
    pub fn kw(&self, name: &str) -> Option<Value> {
        self.kwnames
            .iter()
            .position(|n| crate::vm::str_of(*n) == name)
            .map(|i| self.kwvals[i])
    }
}

/// The str content of a str Value (empty for anything else).
#[inline]
pub fn str_of<'a>(v: Value) -> &'a str {
    if v.is_ptr() {
        if let ObjKind::Str(s) = kind_of(v) {
            return s.as_str();
        }
    }
    ""
}

/// Finished frames kept for reuse. Recursion as deep as the default limit
/// (1000) then reuses frames instead of allocating one (and its slot
/// vector) per call; a pooled frame costs a few hundred bytes.
const FRAME_POOL_SIZE: usize = 1024;
const INTERN_CACHE_BITS: u32 = 8;
const INTERN_CACHE_SIZE: usize = 1 << INTERN_CACHE_BITS;

/// The slot of `s` in `Vm::intern_cache`, by the text's address (entries
/// hold address, length and the interned str).
#[inline(always)]
fn intern_slot(s: &str) -> usize {
    let addr = s.as_ptr() as usize;
    (addr.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (usize::BITS - INTERN_CACHE_BITS)) as usize
}

pub struct Vm {
    pub heap: Heap,
    /// Where lists and tuples keep their items (for the handlers' fast
    /// paths, which compiled code shares).
    pub seq_layout: handlers::SeqLayout,
    pub iter_layout: iter_handlers::IterLayout,
    /// Where instances keep their attributes (for the same fast paths).
    pub attrs_layout: attr_handlers::AttrsLayout,
    /// Where dicts and modules keep their entries (for the global and
    /// module-attribute fast paths).
    pub dict_layout: dict_handlers::DictLayout,
    /// Where bound methods keep their function and receiver.
    pub bound_method_layout: call_handlers::BoundMethodLayout,
    /// Moves whenever a class's attributes change (set or deleted):
    /// compiled code that relied on a class's attributes guards it. Boxed:
    /// its address is baked into that code.
    pub class_changes: Box<u64>,
    pub types: Types,
    pub none: Value,
    pub true_: Value,
    pub false_: Value,
    pub not_implemented: Value,
    pub ellipsis_v: Value,
    pub empty_tuple: Value,
    /// Interned strings; hashbrown's default (foldhash) hasher, since the
    /// interpreter looks special names up here on hot paths.
    pub interned: hashbrown::HashMap<Box<str>, Value>,
    /// Direct-mapped cache in front of `interned`, keyed by the address of
    /// the Rust string asked for: the interpreter interns the same string
    /// literals (`"__getitem__"`…) on hot paths. A hit is confirmed by
    /// comparing the contents, so a reused address can never return the
    /// wrong name; interned strings are never freed, so entries stay valid.
    intern_cache: Box<[(usize, usize, Value); INTERN_CACHE_SIZE]>,
    /// The interned one-character str of each ASCII character, filled on
    /// first use (NULL until then); see [`Vm::char_str`]. Interned strings
    /// are rooted, so the entries need no rooting of their own.
    pub(crate) ascii_strs: Box<[Value; 128]>,
    /// The interned `[__op__, __rop__, __iop__]` names of each binary
    /// operator, indexed by `BinOpKind as usize`.
    pub binop_names: [[Value; 3]; 13],
    pub frames: Vec<Box<Frame>>,
    /// `sys.modules` (a dict).
    pub modules: Value,
    /// The `builtins` module's dict.
    pub builtins: Value,
    pub sys_module: Value,
    /// The exception being handled (for bare `raise` and `__context__`), or NULL.
    pub handled_exc: Value,
    /// Set by a residual helper that raised (it returned 0).
    pub pending_exc: Value,
    pub recursion_limit: usize,
    /// Nesting of Rust-level calls into the dispatch loop.
    pub native_depth: usize,
    /// Values held by Rust code across calls into Python (a handle scope).
    pub roots: Vec<Value>,
    /// The JIT driver: settings, hotness counters, compiled loops, stats.
    pub jit: Jit,
    /// The interpreter's recording state (see `tracing.rs`).
    pub tracing: tracing::Tracing,
    pub argv: Vec<String>,
    /// Identity-keyed set used by repr to detect recursion (`[...]`).
    pub repr_guard: Vec<Value>,
    /// Modules whose code is running (an import of a name they have not yet
    /// bound reports a likely circular import).
    pub initializing: Vec<Value>,
    pub next_class_version: u64,
    /// Class attribute lookups, valid for one `next_class_version` epoch.
    pub method_cache: method_cache::MethodCache,
    /// The map of an instance with no attributes: the root of the one
    /// transition tree every instance's map belongs to, so instances given
    /// the same attributes in the same order share a map (and inline caches
    /// keyed by map pointer hit across instances). Maps are never freed
    /// while the VM lives.
    pub root_map: Rc<crate::object::attrs::Map>,
    /// Frames of finished calls kept for reuse (their slot vectors keep
    /// their allocation). Never traced: a frame is reset before it runs.
    frame_pool: Vec<Box<Frame>>,
}

impl Vm {
    pub fn new(jit: JitConfig) -> Box<Vm> {
        let mut heap = Heap::new();
        let types = Types::bootstrap(&mut heap);
        let none = heap.alloc(types.none_type, ObjKind::None);
        let true_ = heap.alloc(types.bool_, ObjKind::Bool(true));
        let false_ = heap.alloc(types.bool_, ObjKind::Bool(false));
        let not_implemented = heap.alloc(types.notimpl_type, ObjKind::NotImplemented);
        let ellipsis_v = heap.alloc(types.ellipsis_type, ObjKind::Ellipsis);
        let empty_tuple = heap.alloc(types.tuple, ObjKind::Tuple(Vec::new()));
        let modules = heap.alloc(types.dict, ObjKind::Dict(Dict::new()));
        let builtins = heap.alloc(types.dict, ObjKind::Dict(Dict::new()));
        let mut vm = Box::new(Vm {
            heap,
            types,
            none,
            true_,
            false_,
            not_implemented,
            ellipsis_v,
            empty_tuple,
            interned: hashbrown::HashMap::new(),
            intern_cache: Box::new([(0, 0, Value::NULL); INTERN_CACHE_SIZE]),
            ascii_strs: Box::new([Value::NULL; 128]),
            binop_names: [[Value::NULL; 3]; 13],
            frames: Vec::new(),
            modules,
            builtins,
            sys_module: Value::NULL,
            handled_exc: Value::NULL,
            pending_exc: Value::NULL,
            recursion_limit: 1000,
            native_depth: 0,
            roots: Vec::new(),
            jit: Jit::new(jit, frame::frame_layout()),
            seq_layout: Default::default(),
            iter_layout: Default::default(),
            attrs_layout: Default::default(),
            dict_layout: Default::default(),
            bound_method_layout: Default::default(),
            class_changes: Box::new(0),
            tracing: Default::default(),
            argv: Vec::new(),
            repr_guard: Vec::new(),
            initializing: Vec::new(),
            next_class_version: 1,
            method_cache: Default::default(),
            root_map: crate::object::attrs::Map::empty(),
            frame_pool: Vec::new(),
        });
        let boxes = handlers::float_box_layout(&mut vm);
        vm.jit.set_box_layout(boxes);
        vm.jit.set_barrier_layout(handlers::gc_barrier_layout());
        vm.seq_layout = handlers::seq_layout(&mut vm);
        vm.iter_layout = iter_handlers::iter_layout(&mut vm);
        vm.attrs_layout = attr_handlers::attrs_layout();
        vm.dict_layout = dict_handlers::dict_layout(&mut vm);
        vm.bound_method_layout = call_handlers::bound_method_layout(&mut vm);
        for kind in crate::bytecode::BinOpKind::ALL {
            let (op, rop, iop) = kind.dunders();
            vm.binop_names[kind as usize] = [vm.intern(op), vm.intern(rop), vm.intern(iop)];
        }
        types::populate(&mut vm);
        crate::builtins::install(&mut vm);
        crate::native::install(&mut vm);
        // Installing wrote built-in class dicts directly.
        vm.fresh_version();
        vm
    }

    // ---- singletons -------------------------------------------------------

    #[inline(always)]
    pub fn none(&self) -> Value {
        self.none
    }
    #[inline(always)]
    pub fn bool_val(&self, b: bool) -> Value {
        if b {
            self.true_
        } else {
            self.false_
        }
    }
    pub fn ellipsis(&self) -> Value {
        self.ellipsis_v
    }

    // ---- constructors -----------------------------------------------------

    #[inline]
    pub fn alloc(&mut self, class: Value, kind: ObjKind) -> Value {
        self.heap.alloc(class, kind)
    }

    #[inline]
    pub fn new_int(&mut self, n: i64) -> Value {
        match Value::try_small(n) {
            Some(v) => v,
            None => self.alloc(self.types.int, ObjKind::Int(BigInt::from(n))),
        }
    }

    /// An int from a big integer, tagged when it fits.
    pub fn new_bigint(&mut self, n: BigInt) -> Value {
        use num_traits::ToPrimitive;
        if let Some(i) = n.to_i64() {
            if let Some(v) = Value::try_small(i) {
                return v;
            }
        }
        self.alloc(self.types.int, ObjKind::Int(n))
    }

    /// The int of a literal's `digits` in `radix` (checked by the lexer).
    pub fn new_bigint_from_digits(&mut self, digits: &str, radix: u32) -> Value {
        let n = BigInt::parse_bytes(digits.as_bytes(), radix).unwrap_or_default();
        self.new_bigint(n)
    }

    #[inline]
    pub fn new_float(&mut self, f: f64) -> Value {
        let class = self.types.float;
        self.heap.alloc_float(class, f)
    }

    pub fn new_str(&mut self, s: impl Into<Box<str>>) -> Value {
        self.alloc(self.types.str_, ObjKind::Str(PyStr::new(s)))
    }

    /// The interned str for `s` (one object per distinct string).
    pub fn intern(&mut self, s: &str) -> Value {
        let slot = intern_slot(s);
        let (cached_addr, cached_len, cached) = self.intern_cache[slot];
        if cached_addr == s.as_ptr() as usize && cached_len == s.len() {
            if let ObjKind::Str(p) = kind_of(cached) {
                if p.s.as_bytes() == s.as_bytes() {
                    return cached;
                }
            }
        }
        self.intern_miss(s, slot)
    }

    /// [`Vm::intern`] of a string literal (or any `'static` string): a
    /// cache hit on its address and length needs no comparison of the
    /// bytes, since static text never changes and is never freed, and no
    /// other string lives at its address.
    #[inline]
    pub fn intern_static(&mut self, s: &'static str) -> Value {
        let slot = intern_slot(s);
        let (cached_addr, cached_len, cached) = self.intern_cache[slot];
        if cached_addr == s.as_ptr() as usize && cached_len == s.len() && !cached.is_null() {
            return cached;
        }
        self.intern_miss(s, slot)
    }

    #[inline(never)]
    fn intern_miss(&mut self, s: &str, slot: usize) -> Value {
        let v = match self.interned.get(s) {
            Some(&v) => v,
            None => {
                let v = self.new_str(s);
                // Interned strings are roots of full collections only.
                crate::object::heap::remember_young(v);
                self.interned.insert(s.into(), v);
                v
            }
        };
        self.intern_cache[slot] = (s.as_ptr() as usize, s.len(), v);
        v
    }

    pub fn new_bytes(&mut self, b: Vec<u8>) -> Value {
        self.alloc(self.types.bytes, ObjKind::Bytes(b))
    }

    pub fn new_tuple(&mut self, items: Vec<Value>) -> Value {
        if items.is_empty() {
            return self.empty_tuple;
        }
        self.alloc(self.types.tuple, ObjKind::Tuple(items))
    }

    pub fn new_list(&mut self, items: Vec<Value>) -> Value {
        self.alloc(self.types.list, ObjKind::List(items))
    }

    pub fn new_dict(&mut self) -> Value {
        self.alloc(self.types.dict, ObjKind::Dict(Dict::new()))
    }

    pub fn new_code(&mut self, code: Rc<CodeObject>) -> Value {
        self.alloc(self.types.code, ObjKind::Code(code))
    }

    pub fn new_cell(&mut self, v: Value) -> Value {
        self.alloc(self.types.cell, ObjKind::Cell(v))
    }

    // ---- class versions ---------------------------------------------------

    /// A fresh class version tag.
    pub fn fresh_version(&mut self) -> u64 {
        self.next_class_version += 1;
        self.next_class_version
    }

    // ---- garbage collection -----------------------------------------------

    /// Collects if due. Called only at safepoints of the dispatch loop.
    #[inline]
    pub fn safepoint(&mut self) {
        if self.heap.should_collect(self.frames.len()) {
            // Inside a nested loop only the objects allocated since it was
            // entered can be freed; when most of the allocation since the
            // last collection happened before that (a short callback or
            // generator step), leave the collection to the outer loop.
            // A nested loop's collection also traces again every young
            // object the last one kept (it promotes nothing): wait for as
            // many allocations, so that this stays linear.
            if self.native_depth > 1
                && !self.heap.stress
                && (self.heap.young_len() * 2 < self.heap.allocated_since_gc
                    || self.heap.allocated_since_gc < self.heap.young_kept)
            {
                return;
            }
            self.collect_at_depth(false);
        }
    }

    /// Collects now, as a safepoint would: in the outermost dispatch loop
    /// a young collection, or a full one when `full` or when one is due;
    /// inside a loop nested in Rust code that called back into Python, a
    /// nested one (see [`Heap::collect_nested`]), since that Rust code may
    /// hold unrooted values in its locals.
    pub fn collect_at_depth(&mut self, full: bool) -> usize {
        let kind = if self.native_depth > 1 {
            CollectKind::Nested
        } else if full {
            CollectKind::Full
        } else {
            CollectKind::Auto
        };
        self.collect_impl(kind)
    }

    /// Runs a full collection now; returns the number of objects freed.
    /// Only safe where no Rust code holds unrooted values (the outermost
    /// dispatch loop); elsewhere use [`Vm::collect_at_depth`].
    pub fn collect_garbage(&mut self) -> usize {
        self.collect_impl(CollectKind::Full)
    }

    fn collect_impl(&mut self, kind: CollectKind) -> usize {
        let kind = match kind {
            CollectKind::Auto if self.heap.full_due() => CollectKind::Full,
            k => k,
        };
        // Move the heap out so the roots closure can borrow the rest of the VM.
        let mut heap = std::mem::replace(&mut self.heap, Heap::placeholder());
        let freed = {
            let vm: &Vm = self;
            let full = kind == CollectKind::Full;
            let mut roots = |mark: &mut dyn FnMut(Value)| {
                if full {
                    vm.permanent_roots(mark);
                }
                mark(vm.handled_exc);
                mark(vm.pending_exc);
                vm.frames.iter().for_each(|f| f.trace(mark));
                // Frames of inlined calls while compiled code runs, and
                // the objects compiled traces name.
                vm.jit.scratch_references(&mut |w| mark(Value(w)));
                vm.tracing.roots.iter().for_each(|&v| mark(v));
                vm.roots.iter().for_each(|&v| mark(v));
                vm.repr_guard.iter().for_each(|&v| mark(v));
                vm.initializing.iter().for_each(|&v| mark(v));
            };
            match kind {
                CollectKind::Nested => heap.collect_nested(&mut roots),
                CollectKind::Auto => heap.collect_young(&mut roots),
                CollectKind::Full => heap.collect_full(&mut roots),
            }
        };
        self.heap = heap;
        static GC_TRACE: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
        if *GC_TRACE.get_or_init(|| std::env::var_os("PIEPIE_GC_TRACE").is_some()) {
            eprintln!(
                "gc: {kind:?} full#{} depth={} freed={freed} live={} old_bytes={}",
                self.heap.full_collections,
                self.native_depth,
                self.heap.live_objects(),
                self.heap.live_bytes
            );
        }
        // Freed addresses may be reused by new classes or names.
        self.fresh_version();
        freed
    }

    /// Roots that only a full collection marks: each is old once a full
    /// collection has run (the first collection is one), and one made
    /// later is handed to `heap::remember_young` when it is made (interned
    /// strings, the objects a compiled trace names), so young collections
    /// need not touch them.
    fn permanent_roots(&self, mark: &mut dyn FnMut(Value)) {
        self.types.trace(mark);
        for v in [
            self.none,
            self.true_,
            self.false_,
            self.not_implemented,
            self.ellipsis_v,
            self.empty_tuple,
            self.modules,
            self.builtins,
            self.sys_module,
        ] {
            mark(v);
        }
        self.interned.values().for_each(|&v| mark(v));
        for k in self.jit.keepalives() {
            if let Some(r) = k.downcast_ref::<tracing::TraceRoots>() {
                r.code.trace(mark);
                r.values.iter().for_each(|&v| mark(v));
            }
        }
    }

    /// A frame for a new activation of `code`, recycled when possible.
    pub fn new_frame(
        &mut self,
        code: Rc<CodeObject>,
        globals: Value,
        builtins: Value,
        locals: Value,
        func: Value,
    ) -> Box<Frame> {
        match self.frame_pool.pop() {
            Some(mut f) => {
                f.reset(code, globals, builtins, locals, func);
                f
            }
            None => Box::new(Frame::new(code, globals, builtins, locals, func)),
        }
    }

    /// Takes back the frame of a finished (non-generator) call.
    pub fn recycle_frame(&mut self, f: Box<Frame>) {
        if self.frame_pool.len() < FRAME_POOL_SIZE {
            self.frame_pool.push(f);
        }
    }

    /// Runs `f` with `vals` rooted (for Rust code calling back into Python).
    pub fn with_roots<T>(&mut self, vals: &[Value], f: impl FnOnce(&mut Vm) -> T) -> T {
        let n = self.roots.len();
        self.roots.extend_from_slice(vals);
        let r = f(self);
        self.roots.truncate(n);
        r
    }
}
