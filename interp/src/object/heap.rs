//! The heap: allocation and a precise, non-moving, generational mark-sweep
//! collector.
//!
//! Every object is a `Box<PyObj>` whose raw pointer is recorded in `objects`,
//! in allocation order. Collection happens only at *safepoints* (loop
//! back-edges and calls in the dispatch loop, see `vm/eval.rs`), never inside
//! an allocation, so Rust code may hold `Value`s in locals between
//! safepoints. The roots are supplied by the VM (frames, modules, builtins,
//! interned strings, the exception state).
//!
//! **Generations.** `objects[..old_len]` are *old*: they survived a
//! collection and carry [`GC_OLD`]. A *young* (minor) collection frees only
//! young objects: it marks from the roots and from the *remembered* old
//! objects, stops at old ones, and promotes every survivor. An old object
//! may point to a young one only if it was mutated since the last young
//! collection, and every mutation goes through the write barrier
//! ([`write_barrier`], called by `Value::obj_mut`, and compiled code's
//! `gc_barrier` before it stores into an object), which remembers an old
//! object the first time it is borrowed mutably. A value stored where no
//! heap object owns the slot (a code object's lazily made strings) is
//! handed to [`remember_young`] instead. A *full* collection marks
//! everything and runs when the old generation has doubled since the last
//! one (in objects or bytes), or when memory is over the limit.
//!
//! **Nested dispatch loops** (Rust code calling back into Python) may hold
//! unrooted values in Rust locals and `&mut` borrows of objects across the
//! callback. A collection inside one ([`Heap::collect_nested`]) frees only
//! objects allocated since the innermost loop was entered, traces every
//! young object allocated before that as a root, promotes nothing and keeps
//! the remembered set (a borrow taken before the callback may still be
//! written through after it). Only the outermost loop promotes, clears the
//! remembered set, or collects fully.
//!
//! Invariant: a pointer `Value` reachable from a root, or held by Rust code
//! that has not passed a safepoint since obtaining it, points to a live object.
//! Rust code that calls back into Python and holds values across the call
//! must root them (`Vm::with_roots`), because the nested dispatch loop reaches
//! safepoints. One heap per thread: the remembered set is thread-local.

use super::{ObjKind, PyObj, Value};
use std::cell::{Cell, RefCell};

/// What the VM hands a collection: a function that calls its argument on
/// every root.
pub type Roots<'a> = dyn FnMut(&mut dyn FnMut(Value)) + 'a;

/// Set on an object reached by the current collection's marking.
pub const GC_MARKED: u8 = 1;
/// Set on an object that survived a collection (`objects[..old_len]`).
pub const GC_OLD: u8 = 2;
/// Set on an old object in the remembered set.
pub const GC_REMEMBERED: u8 = 4;

thread_local! {
    /// Old objects mutated since the last young collection of the
    /// outermost loop (each carries [`GC_REMEMBERED`]).
    static REMEMBERED: RefCell<Vec<*mut PyObj>> = const { RefCell::new(Vec::new()) };
    /// Values stored where no heap object owns the slot, kept by the next
    /// young collection of the outermost loop (see [`remember_young`]).
    static YOUNG_ROOTS: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

/// The write barrier: remembers `obj` if it is old and not yet remembered.
/// Called before anything is stored into `obj`.
#[inline(always)]
pub fn write_barrier(obj: &PyObj) {
    if obj.gc.get() & (GC_OLD | GC_REMEMBERED) == GC_OLD {
        remember(obj);
    }
}

#[cold]
#[inline(never)]
fn remember(obj: &PyObj) {
    obj.gc.set(obj.gc.get() | GC_REMEMBERED);
    let p = obj as *const PyObj as *mut PyObj;
    REMEMBERED.with(|r| r.borrow_mut().push(p));
}

/// Keeps `v` alive through the next young collection: for a value stored
/// in a place that no heap object's mutation announces (a `OnceCell` of a
/// code object). The collection promotes it, after which the owner (old
/// or young) keeps it like any other reference.
pub fn remember_young(v: Value) {
    if v.is_ptr() && v.obj().gc.get() & GC_OLD == 0 {
        YOUNG_ROOTS.with(|r| r.borrow_mut().push(v));
    }
}

pub struct Heap {
    objects: Vec<*mut PyObj>,
    /// `objects[..old_len]` are old (carry [`GC_OLD`]); the rest are young.
    old_len: usize,
    /// Allocations since the last collection.
    pub allocated_since_gc: usize,
    /// Collect when `allocated_since_gc` exceeds this.
    pub threshold: usize,
    /// Estimated bytes allocated since the last collection: object sizes
    /// plus the buffers their payloads own at allocation
    /// ([`ObjKind::heap_bytes`]), plus growth reported by hot growth paths
    /// ([`Heap::note_growth`]).
    pub bytes_since_gc: usize,
    /// Collect when `bytes_since_gc` exceeds this.
    pub byte_threshold: usize,
    /// Estimated bytes of the old generation.
    pub live_bytes: usize,
    /// `old_len` and `live_bytes` after the last full collection: a full
    /// collection is due when either has doubled.
    full_old_len: usize,
    full_old_bytes: usize,
    /// `objects.len()` at each entry into a nested dispatch loop that is
    /// still active (innermost last); see [`Heap::collect_nested`].
    nested_marks: Vec<usize>,
    /// Whether this heap owns the thread's remembered set (false for
    /// [`Heap::placeholder`], whose drop must leave it alone).
    owns_remembered: bool,
    pub enabled: bool,
    /// Collect at (nearly) every safepoint: the GC stress mode,
    /// `PIEPIE_GC_STRESS=1`; see [`Heap::should_collect`].
    pub stress: bool,
    /// Young objects the last collection left young (a nested loop's
    /// collection promotes nothing), which the next one traces again.
    pub young_kept: usize,
    pub collections: u64,
    /// Full collections among `collections`.
    pub full_collections: u64,
    /// Objects freed by the last collection.
    pub last_freed: usize,
    /// Dead float objects kept by the sweep for reuse by
    /// [`Heap::alloc_float`] (at most [`FLOAT_FREE_MAX`]). Floats are the
    /// most frequent short-lived allocation in numeric code; reusing a
    /// recently swept cell skips the allocator twice and touches memory
    /// that is still in the cache. Invariant: each entry is an allocation
    /// owned by the heap, not in `objects`, with `attrs: None` and a
    /// `Float` payload.
    float_free: Vec<*mut PyObj>,
    /// Dead cells of any other kind, kept by the sweep for reuse by
    /// [`Heap::alloc`] (at most about one collection cycle's allocations,
    /// see [`Heap::free_cells_cap`]). The allocator's free list is a chain
    /// of pointers stored in the freed cells themselves, so each allocation
    /// from it waits for a load from a cell that left the cache long ago;
    /// popping a cell address from this vector does not touch the cell,
    /// and the new object is written with stores that do not stall.
    /// Invariant: each entry is an allocation of `Layout::new::<PyObj>()`
    /// owned by the heap, not in `objects`, whose contents were dropped
    /// (logically uninitialized memory).
    free_cells: Vec<*mut PyObj>,
}

/// Young allocations between collections: the young generation's cells
/// and buffers (this many × about 150 bytes) stay within a core's L2 and
/// L3 caches, so most die, and are reused, while their memory is hot.
/// Measured on the Kanbo benchmarks: 16K allocations ran kanbo_layout in
/// 1.34–1.44 s, 64K in 1.86 s, 256K in 1.84 s (the old non-generational
/// collector: 2.0 s).
const YOUNG_THRESHOLD: usize = 1 << 14;
/// Young bytes (objects and their buffers) between collections.
const YOUNG_BYTE_THRESHOLD: usize = 16 << 20;
/// Old objects promoted before the first full collection, and the least
/// growth of the old generation that makes one due.
const FULL_MIN_OLD: usize = 1 << 17;
/// Old bytes before the first full collection, and the least growth.
const FULL_MIN_BYTES: usize = 32 << 20;
/// Under stress, every this many collections is a full one.
const STRESS_FULL_EVERY: u64 = 8;
/// The most dead floats kept for reuse (see `Heap::float_free`).
const FLOAT_FREE_MAX: usize = 1 << 16;
/// The most dead cells of other kinds kept for reuse (see
/// `Heap::free_cells`): 88 MiB of cells at most.
const FREE_CELLS_MAX: usize = 1 << 20;
const OBJ_BYTES: usize = std::mem::size_of::<PyObj>();

impl Default for Heap {
    fn default() -> Self {
        Heap::new()
    }
}

impl Heap {
    pub fn new() -> Heap {
        let mut heap = Heap::placeholder();
        heap.enabled = true;
        heap.owns_remembered = true;
        heap.stress = std::env::var("PIEPIE_GC_STRESS").is_ok_and(|v| v == "1");
        heap.objects.reserve(1 << 16);
        clear_remembered();
        heap
    }

    /// An empty heap that owns nothing (stands in while the real heap is
    /// borrowed out during a collection).
    pub fn placeholder() -> Heap {
        Heap {
            objects: Vec::new(),
            old_len: 0,
            allocated_since_gc: 0,
            threshold: YOUNG_THRESHOLD,
            bytes_since_gc: 0,
            byte_threshold: YOUNG_BYTE_THRESHOLD,
            live_bytes: 0,
            full_old_len: 0,
            full_old_bytes: 0,
            nested_marks: Vec::new(),
            young_kept: 0,
            owns_remembered: false,
            enabled: false,
            stress: false,
            collections: 0,
            full_collections: 0,
            last_freed: 0,
            float_free: Vec::new(),
            free_cells: Vec::new(),
        }
    }

    /// How many dead cells a sweep keeps for reuse: about as many as the
    /// next cycle allocates, so the cells are taken up again before the
    /// next collection, and memory beyond that goes back to the allocator.
    fn free_cells_cap(&self) -> usize {
        self.threshold.min(FREE_CELLS_MAX)
    }

    /// Allocates a float of class `class` (the `float` type), reusing a
    /// swept float cell when one is available.
    #[inline]
    pub fn alloc_float(&mut self, class: Value, f: f64) -> Value {
        let Some(p) = self.float_free.pop() else {
            return self.alloc(class, ObjKind::Float(f));
        };
        self.bytes_since_gc += OBJ_BYTES;
        // SAFETY: entries of `float_free` are heap-owned allocations no
        // Value refers to (they were unreachable when swept), with no
        // attributes and a Float payload (see the field's invariant);
        // overwriting the class, the collector's bits and the payload's
        // f64 makes a fresh float.
        unsafe {
            (*p).class = class;
            (*p).gc.set(0);
            if let ObjKind::Float(x) = &mut (*p).kind {
                *x = f;
            }
        }
        self.objects.push(p);
        self.allocated_since_gc += 1;
        Value::from_ptr(p)
    }

    /// Allocates an object of class `class`.
    #[inline]
    pub fn alloc(&mut self, class: Value, kind: ObjKind) -> Value {
        self.bytes_since_gc += OBJ_BYTES + kind.heap_bytes();
        let obj = PyObj {
            class,
            gc: Cell::new(0),
            attrs: None,
            kind,
        };
        let p = match self.free_cells.pop() {
            Some(p) => {
                // SAFETY: entries of `free_cells` are heap-owned allocations
                // of a PyObj's layout whose contents were dropped and that no
                // Value refers to (see the field's invariant): writing a whole
                // new object there is initializing fresh memory.
                unsafe { std::ptr::write(p, obj) };
                p
            }
            None => Box::into_raw(Box::new(obj)),
        };
        self.objects.push(p);
        self.allocated_since_gc += 1;
        Value::from_ptr(p)
    }

    /// Whether a safepoint should collect now; `depth` is the number of
    /// Python frames live. Under stress a safepoint collects whenever
    /// anything was allocated since the last collection while the stack is
    /// shallow, and once per `depth / 256` allocations when it is deep: a
    /// collection scans every frame, so collecting at literally every
    /// safepoint of a 50,000-deep recursion would be quadratic. For the
    /// same reason it waits for as many allocations as the young objects
    /// the last collection kept young (and traces again).
    #[inline(always)]
    pub fn should_collect(&self, depth: usize) -> bool {
        if self.stress {
            return self.allocated_since_gc >= (depth / 256).max(1).max(self.young_kept);
        }
        self.enabled
            && (self.allocated_since_gc >= self.threshold
                || self.bytes_since_gc >= self.byte_threshold
                || crate::memory::over())
    }

    /// Records that an existing object's buffers grew by about `bytes`
    /// (called by hot growth paths such as `list.append` when the vector
    /// reallocates), so the byte budget sees memory that no allocation
    /// reported.
    #[inline(always)]
    pub fn note_growth(&mut self, bytes: usize) {
        self.bytes_since_gc += bytes;
    }

    pub fn live_objects(&self) -> usize {
        self.objects.len()
    }

    /// Records entry into a nested dispatch loop (Rust code calling back
    /// into Python): objects allocated before this point are immune from
    /// collections inside the nested loop (see [`Heap::collect_nested`]).
    #[inline]
    pub fn enter_nested(&mut self) {
        self.nested_marks.push(self.objects.len());
    }

    /// Leaves the innermost nested dispatch loop.
    #[inline]
    pub fn leave_nested(&mut self) {
        self.nested_marks.pop();
    }

    /// The index in `objects` where the objects a collection in the
    /// innermost nested loop may free start.
    pub fn young_start(&self) -> usize {
        self.nested_marks
            .last()
            .copied()
            .unwrap_or(0)
            .clamp(self.old_len, self.objects.len())
    }

    /// The number of objects allocated since the innermost nested loop was
    /// entered (and still there).
    pub fn young_len(&self) -> usize {
        self.objects.len() - self.young_start()
    }

    /// Whether the outermost loop's next collection should be a full one
    /// (the first one is: it makes every object made while starting old).
    pub fn full_due(&self) -> bool {
        if self.full_collections == 0 {
            return true;
        }
        let grown = |now: usize, then: usize, least: usize| now >= then + then.max(least);
        grown(self.old_len, self.full_old_len, FULL_MIN_OLD)
            || grown(self.live_bytes, self.full_old_bytes, FULL_MIN_BYTES)
            || crate::memory::over()
            || (self.stress && self.collections.is_multiple_of(STRESS_FULL_EVERY))
    }

    /// The outermost loop's young collection: frees unreachable young
    /// objects and promotes the rest. Returns the number of objects freed.
    pub fn collect_young(&mut self, roots: &mut Roots<'_>) -> usize {
        self.collect_minor(None, roots)
    }

    /// A collection inside a nested dispatch loop: only objects allocated
    /// since the innermost loop was entered (`objects[young_start()..]`)
    /// may be freed. Every older object is treated as live: old ones stop
    /// the marking (the remembered ones are traced), young ones are roots.
    ///
    /// Why this is safe without rooting every Rust local: Rust code that
    /// calls back into Python can only hold values it obtained before the
    /// call started — allocated before the nested loop's entry, hence
    /// immune — while everything the nested loop itself uses lives in its
    /// frames (roots). A value an earlier callback returned was allocated
    /// before the *current* callback's entry, so it is immune too.
    /// `objects` is kept in allocation order (sweeping compacts in place),
    /// so an entry index stays a valid boundary; a collection in between
    /// only moves objects to lower indices, which makes them immune, never
    /// collectable.
    pub fn collect_nested(&mut self, roots: &mut Roots<'_>) -> usize {
        let start = self.young_start();
        self.collect_minor(Some(start), roots)
    }

    /// A full collection (outermost loop only): marks everything reachable
    /// from the roots, frees the rest, and leaves every survivor old.
    pub fn collect_full(&mut self, roots: &mut Roots<'_>) -> usize {
        // Every remembered object is traced anyway; their bits are reset
        // by the sweep.
        clear_remembered();
        let mut stack: Vec<Value> = Vec::with_capacity(1024);
        roots(&mut |v: Value| {
            if v.is_ptr() {
                stack.push(v);
            }
        });
        mark_from(&mut stack, GC_MARKED);
        let before = self.objects.len();
        let (kept, bytes) = self.sweep(0, GC_OLD);
        self.old_len = kept;
        self.live_bytes = bytes;
        self.full_old_len = kept;
        self.full_old_bytes = bytes;
        self.full_collections += 1;
        self.finish_collection(before - kept)
    }

    /// A young collection: frees unreachable objects of `objects[start..]`
    /// where `start` is `old_len`, or (inside a nested loop) the given
    /// boundary, before which every young object is a root. The outermost
    /// loop's (`nested` is `None`) promotes the survivors and empties the
    /// remembered set; a nested loop's does neither (see the module doc).
    fn collect_minor(&mut self, nested: Option<usize>, roots: &mut Roots<'_>) -> usize {
        let start = nested.unwrap_or(self.old_len).max(self.old_len);
        let mut stack: Vec<Value> = Vec::with_capacity(1024);
        let mut push = |v: Value| {
            if v.is_ptr() {
                stack.push(v);
            }
        };
        // Young objects before `start`: all live; mark them first so
        // tracing stops at them, then trace them.
        for (i, &p) in self.objects[..start].iter().enumerate().skip(self.old_len) {
            prefetch_ahead(&self.objects[..start], i);
            // SAFETY: every pointer in `objects` is a live allocation.
            let obj = unsafe { &*p };
            obj.gc.set(obj.gc.get() | GC_MARKED);
        }
        for &p in &self.objects[self.old_len..start] {
            // SAFETY: as above.
            unsafe { &*p }.trace(&mut push);
        }
        let promote = nested.is_none();
        let mut old_refs = 0;
        REMEMBERED.with(|r| {
            let mut r = r.borrow_mut();
            for &p in r.iter() {
                // SAFETY: remembered objects are old, and old objects are
                // freed only by a full collection, which empties the set.
                let obj = unsafe { &*p };
                obj.trace(&mut |v: Value| {
                    old_refs += 1;
                    push(v)
                });
                if promote {
                    obj.gc.set(obj.gc.get() & !GC_REMEMBERED);
                }
            }
            if promote {
                r.clear();
            }
        });
        YOUNG_ROOTS.with(|r| {
            let mut r = r.borrow_mut();
            r.iter().for_each(|&v| push(v));
            if promote {
                r.clear();
            }
        });
        roots(&mut push);
        mark_from(&mut stack, GC_MARKED | GC_OLD);
        for &p in &self.objects[self.old_len..start] {
            // SAFETY: every pointer in `objects` is a live allocation.
            let obj = unsafe { &*p };
            obj.gc.set(obj.gc.get() & !GC_MARKED);
        }
        let before = self.objects.len();
        let survivor_bits = if promote { GC_OLD } else { 0 };
        let (kept, bytes) = self.sweep(start, survivor_bits);
        if promote {
            self.old_len = kept;
            self.live_bytes += bytes;
        }
        let freed = self.finish_collection(before - kept);
        // Tracing the remembered objects (a big list appended to, a big
        // dict updated) is work proportional to their size, not to what
        // was allocated: the next young collection waits for at least as
        // many allocations, so it stays a bounded cost per allocation.
        self.threshold = self.threshold.max(old_refs);
        freed
    }

    /// Sweeps `objects[start..]`: frees the unmarked ones and compacts the
    /// marked ones in place (keeping allocation order), leaving
    /// `survivor_bits` as their collector bits. Returns the new length and
    /// the estimated bytes of the survivors.
    fn sweep(&mut self, start: usize, survivor_bits: u8) -> (usize, usize) {
        let free_cap = self.free_cells_cap();
        let before = self.objects.len();
        let mut bytes = 0;
        let mut w = start;
        for r in start..before {
            prefetch_ahead(&self.objects[..before], r);
            let p = self.objects[r];
            // SAFETY: every pointer in `objects` came from Box::into_raw and is
            // freed only here, once, when unmarked.
            let obj = unsafe { &*p };
            if obj.gc.get() & GC_MARKED != 0 {
                obj.gc.set(survivor_bits);
                bytes += OBJ_BYTES + obj.kind.heap_bytes();
                self.objects[w] = p;
                w += 1;
                continue;
            }
            // Dead floats are most of what numeric code sweeps: they are
            // tested first (they own no buffers to count).
            if matches!(obj.kind, ObjKind::Float(_))
                && obj.attrs.is_none()
                && self.float_free.len() < FLOAT_FREE_MAX
            {
                // Unreachable, no attributes: reusable as is.
                self.float_free.push(p);
                continue;
            }
            if self.free_cells.len() < free_cap {
                // SAFETY: unmarked means unreachable from every root and
                // from every kept object, so no Value refers to it any
                // more; we own the allocation, drop its contents once
                // here, and keep the memory as a free cell.
                unsafe { std::ptr::drop_in_place(p) };
                self.free_cells.push(p);
                continue;
            }
            // SAFETY: as above; the allocation is freed, once.
            drop(unsafe { Box::from_raw(p) });
        }
        self.objects.truncate(w);
        (w, bytes)
    }

    /// Resets the budgets after a collection that freed `freed` objects.
    fn finish_collection(&mut self, freed: usize) -> usize {
        self.young_kept = self.objects.len() - self.old_len;
        self.allocated_since_gc = 0;
        self.threshold = YOUNG_THRESHOLD;
        self.bytes_since_gc = 0;
        self.byte_threshold = YOUNG_BYTE_THRESHOLD;
        self.collections += 1;
        self.last_freed = freed;
        crate::memory::after_collection();
        freed
    }
}

/// Empties the thread's remembered set and young roots (their objects'
/// [`GC_REMEMBERED`] bits are the caller's business).
fn clear_remembered() {
    REMEMBERED.with(|r| r.borrow_mut().clear());
    YOUNG_ROOTS.with(|r| r.borrow_mut().clear());
}

/// How many objects ahead of the one being visited a scan prefetches, and
/// how many popped references wait in the marking queue.
const PREFETCH_DISTANCE: usize = 8;

/// Asks the cache for the object `PREFETCH_DISTANCE` entries after `i` in
/// `objects` (a scan visits them in allocation order, which is not address
/// order, so the hardware prefetcher cannot guess them).
#[inline(always)]
fn prefetch_ahead(objects: &[*mut PyObj], i: usize) {
    if let Some(&p) = objects.get(i + PREFETCH_DISTANCE) {
        prefetch(p as *const u8);
    }
}

/// A hint to load the cache line at `p`; never faults, whatever `p` is.
#[inline(always)]
fn prefetch(p: *const u8) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a prefetch is only a hint: it reads nothing architecturally
    // and cannot fault, even on an invalid address.
    unsafe {
        std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(p as *const i8);
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}

/// Marks everything reachable from the references on `stack` (each a
/// pointer, marked or not), not going into objects with any of the bits
/// `stop` (already marked, or old in a young collection). A reference
/// popped from the stack is prefetched and queued; the one leaving the
/// queue, `PREFETCH_DISTANCE` pops later, is then in the cache to be
/// tested, marked and traced. Its children are pushed without being
/// looked at.
fn mark_from(stack: &mut Vec<Value>, stop: u8) {
    let mut queue = [Value::NULL; PREFETCH_DISTANCE];
    let (mut head, mut queued) = (0, 0);
    loop {
        while queued < PREFETCH_DISTANCE {
            let Some(v) = stack.pop() else { break };
            prefetch(v.0 as *const u8);
            queue[(head + queued) % PREFETCH_DISTANCE] = v;
            queued += 1;
        }
        if queued == 0 {
            return;
        }
        let v = queue[head];
        head = (head + 1) % PREFETCH_DISTANCE;
        queued -= 1;
        let obj = v.obj();
        let bits = obj.gc.get();
        if bits & stop != 0 {
            continue;
        }
        obj.gc.set(bits | GC_MARKED);
        obj.trace(&mut |c: Value| {
            if c.is_ptr() {
                stack.push(c);
            }
        });
    }
}

impl Drop for Heap {
    fn drop(&mut self) {
        if self.owns_remembered {
            clear_remembered();
        }
        for &p in &self.objects {
            // SAFETY: the heap owns every object; at drop nothing uses them.
            drop(unsafe { Box::from_raw(p) });
        }
        for &p in &self.float_free {
            // SAFETY: free-list cells are heap-owned and referenced by nothing.
            drop(unsafe { Box::from_raw(p) });
        }
        for &p in &self.free_cells {
            // SAFETY: free cells are heap-owned allocations of a PyObj's
            // layout whose contents were already dropped: freed without
            // dropping again.
            drop(unsafe { Box::from_raw(p as *mut std::mem::MaybeUninit<PyObj>) });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unreachable_cycles_are_freed_and_roots_kept() {
        let mut heap = Heap::new();
        let cls = heap.alloc(Value::NULL, ObjKind::Object);
        for _ in 0..1000 {
            let a = heap.alloc(cls, ObjKind::List(vec![]));
            let b = heap.alloc(cls, ObjKind::List(vec![a]));
            if let ObjKind::List(v) = &mut a.obj_mut().kind {
                v.push(b);
            }
        }
        let kept = heap.alloc(cls, ObjKind::List(vec![Value::small(7)]));
        let freed = heap.collect_full(&mut |mark| {
            mark(cls);
            mark(kept);
        });
        assert_eq!(freed, 2000);
        assert_eq!(heap.live_objects(), 2);
        match crate::object::kind_of(kept) {
            ObjKind::List(v) => assert_eq!(v[0].as_small(), Some(7)),
            _ => panic!("kept object changed kind"),
        }
    }
}

#[cfg(test)]
mod generation_tests {
    use super::*;

    fn list_items(v: Value) -> Vec<Value> {
        match crate::object::kind_of(v) {
            ObjKind::List(items) => items.clone(),
            _ => panic!("not a list"),
        }
    }

    /// A heap holding a class and an empty list, both made old by a full
    /// collection.
    fn heap_with_old_list() -> (Heap, Value, Value) {
        let mut heap = Heap::new();
        let cls = heap.alloc(Value::NULL, ObjKind::Object);
        let old = heap.alloc(cls, ObjKind::List(vec![]));
        heap.collect_full(&mut |mark| {
            mark(cls);
            mark(old);
        });
        (heap, cls, old)
    }

    #[test]
    fn young_collection_keeps_what_old_objects_were_given() {
        let (mut heap, cls, old) = heap_with_old_list();
        assert_eq!(old.obj().gc.get(), GC_OLD);
        let young = heap.alloc(cls, ObjKind::List(vec![Value::small(5)]));
        let _garbage = heap.alloc(cls, ObjKind::List(vec![]));
        // Through the write barrier: `old` is remembered.
        if let ObjKind::List(v) = &mut old.obj_mut().kind {
            v.push(young);
        }
        assert_eq!(old.obj().gc.get(), GC_OLD | GC_REMEMBERED);
        // The old objects are not roots of a young collection.
        let freed = heap.collect_young(&mut |_| {});
        assert_eq!(freed, 1);
        assert_eq!(old.obj().gc.get(), GC_OLD);
        assert_eq!(young.obj().gc.get(), GC_OLD);
        assert_eq!(list_items(list_items(old)[0])[0].as_small(), Some(5));
        // A full collection frees what nothing reaches, old or not.
        let freed = heap.collect_full(&mut |mark| mark(cls));
        assert_eq!(freed, 2);
        assert_eq!(heap.live_objects(), 1);
    }

    #[test]
    fn nested_collection_frees_only_what_the_nested_loop_made() {
        let (mut heap, cls, old) = heap_with_old_list();
        // Young, unrooted, made before the nested loop: a Rust local.
        let before = heap.alloc(cls, ObjKind::List(vec![Value::small(1)]));
        heap.enter_nested();
        let inner_kept = heap.alloc(cls, ObjKind::List(vec![]));
        let _inner_garbage = heap.alloc(cls, ObjKind::List(vec![]));
        if let ObjKind::List(v) = &mut old.obj_mut().kind {
            v.push(inner_kept);
        }
        let freed = heap.collect_nested(&mut |_| {});
        assert_eq!(freed, 1);
        // Nothing was promoted, and `old` stays remembered: a borrow taken
        // before the callback may still store into it.
        assert_eq!(before.obj().gc.get(), 0);
        assert_eq!(inner_kept.obj().gc.get(), 0);
        assert_eq!(old.obj().gc.get(), GC_OLD | GC_REMEMBERED);
        heap.leave_nested();
        let freed = heap.collect_young(&mut |_| {});
        assert_eq!(freed, 1, "`before` is garbage once the Rust code is done");
        assert_eq!(inner_kept.obj().gc.get(), GC_OLD);
        assert_eq!(list_items(old), vec![inner_kept]);
    }
}

#[cfg(test)]
mod size_probe {
    /// Every float, int and string is a `PyObj`: a large payload variant
    /// makes all of them large (it was 192 bytes with a range's big ints
    /// stored inline). Box big variants instead of growing this.
    #[test]
    fn objects_stay_small() {
        assert!(std::mem::size_of::<crate::object::PyObj>() <= 88);
    }
}
