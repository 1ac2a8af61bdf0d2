//! The heap: allocation and a precise, non-moving mark-sweep collector.
//!
//! Every object is a `Box<PyObj>` whose raw pointer is recorded in `objects`.
//! Collection happens only at *safepoints* (loop back-edges and calls in the
//! dispatch loop, see `vm/eval.rs`), never inside an allocation, so Rust code
//! may hold `Value`s in locals between safepoints. The roots are supplied by
//! the VM (frames, modules, builtins, interned strings, the exception state).
//!
//! Invariant: a pointer `Value` reachable from a root, or held by Rust code
//! that has not passed a safepoint since obtaining it, points to a live object.
//! Rust code that calls back into Python and holds values across the call
//! must root them (`Vm::with_roots`), because the nested dispatch loop reaches
//! safepoints.

use super::{ObjKind, PyObj, Value};
use std::cell::Cell;

pub struct Heap {
    objects: Vec<*mut PyObj>,
    /// Allocations since the last collection.
    pub allocated_since_gc: usize,
    /// Collect when `allocated_since_gc` exceeds this.
    pub threshold: usize,
    /// Estimated bytes allocated since the last collection: object sizes
    /// plus the buffers their payloads own at allocation
    /// ([`ObjKind::heap_bytes`]), plus growth reported by hot growth paths
    /// ([`Heap::note_growth`]).
    pub bytes_since_gc: usize,
    /// Collect when `bytes_since_gc` exceeds this: proportional to the bytes
    /// live after the last collection, so big-buffer programs (big ints,
    /// long strings, large lists) stay within about twice their live data.
    pub byte_threshold: usize,
    /// Estimated bytes live after the last collection.
    pub live_bytes: usize,
    /// `objects.len()` at each entry into a nested dispatch loop that is
    /// still active (innermost last); see [`Heap::collect_young`].
    nested_marks: Vec<usize>,
    /// Allocations (count, bytes) counted by young collections since the
    /// last full one: everything they kept (survivors, and all older
    /// objects) waits for a full collection, which only the outermost loop
    /// can run. On returning there these go back into its counters, with
    /// the thresholds of the last full collection, so that garbage promoted
    /// by young collections is collected about as soon as it would have
    /// been without them.
    since_full: usize,
    bytes_since_full: usize,
    /// `threshold` and `byte_threshold` as the last full collection set them.
    full_threshold: usize,
    full_byte_threshold: usize,
    pub enabled: bool,
    /// Collect at (nearly) every safepoint: the GC stress mode,
    /// `PIEPIE_GC_STRESS=1`; see [`Heap::should_collect`].
    pub stress: bool,
    pub collections: u64,
    /// Objects freed by the last collection.
    pub last_freed: usize,
    /// Dead float objects kept by the sweep for reuse by
    /// [`Heap::alloc_float`] (at most [`FLOAT_FREE_MAX`]). Floats are the
    /// most frequent short-lived allocation in numeric code; reusing a
    /// recently swept cell skips the allocator twice and touches memory
    /// that is still in the cache. Invariant: each entry is an allocation
    /// owned by the heap, not in `objects`, unmarked, with `attrs: None`
    /// and a `Float` payload.
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

/// The smallest allocation count between collections.
const MIN_THRESHOLD: usize = 8_192;
/// Up to this many allocations between collections, the threshold is a
/// multiple of the live objects ([`LIVE_MULTIPLE`]); beyond it, the live
/// count itself. A program with a small live heap collects often, so the
/// cells it allocates between collections (threshold × object size) stay
/// in the cache and are reused while hot; a large live heap is not traced
/// more than about once per its size in allocations.
const SMALL_HEAP_THRESHOLD: usize = 200_000;
const LIVE_MULTIPLE: usize = 4;
/// The most dead floats kept for reuse (see `Heap::float_free`).
const FLOAT_FREE_MAX: usize = 1 << 16;
/// The most dead cells of other kinds kept for reuse (see
/// `Heap::free_cells`): 88 MiB of cells at most.
const FREE_CELLS_MAX: usize = 1 << 20;
/// The smallest byte budget between collections.
const MIN_BYTE_THRESHOLD: usize = 32 << 20;
const OBJ_BYTES: usize = std::mem::size_of::<PyObj>();

impl Default for Heap {
    fn default() -> Self {
        Heap::new()
    }
}

impl Heap {
    pub fn new() -> Heap {
        Heap {
            objects: Vec::with_capacity(1 << 16),
            allocated_since_gc: 0,
            threshold: MIN_THRESHOLD,
            bytes_since_gc: 0,
            byte_threshold: MIN_BYTE_THRESHOLD,
            live_bytes: 0,
            nested_marks: Vec::new(),
            since_full: 0,
            bytes_since_full: 0,
            full_threshold: MIN_THRESHOLD,
            full_byte_threshold: MIN_BYTE_THRESHOLD,
            enabled: true,
            stress: std::env::var("PIEPIE_GC_STRESS").is_ok_and(|v| v == "1"),
            collections: 0,
            last_freed: 0,
            float_free: Vec::new(),
            free_cells: Vec::new(),
        }
    }

    /// How many dead cells a sweep keeps for reuse: about as many as the
    /// next cycle allocates (the threshold it ran under), so the cells are
    /// taken up again before the next collection, and memory beyond that
    /// goes back to the allocator.
    fn free_cells_cap(&self) -> usize {
        self.threshold.min(FREE_CELLS_MAX)
    }

    /// The allocation threshold after a collection that left `live` objects.
    fn threshold_for(live: usize) -> usize {
        MIN_THRESHOLD.max((LIVE_MULTIPLE * live).min(SMALL_HEAP_THRESHOLD.max(live)))
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
        // Value refers to (they were unreachable when swept), unmarked, with
        // no attributes and a Float payload (see the field's invariant);
        // overwriting the class and the payload's f64 makes a fresh float.
        unsafe {
            (*p).class = class;
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
            marked: Cell::new(false),
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
    /// safepoint of a 50,000-deep recursion would be quadratic.
    #[inline(always)]
    pub fn should_collect(&self, depth: usize) -> bool {
        if self.stress {
            return self.allocated_since_gc >= (depth / 256).max(1);
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

    /// An empty heap that owns nothing (stands in while the real heap is
    /// borrowed out during a collection).
    pub fn placeholder() -> Heap {
        Heap {
            objects: Vec::new(),
            allocated_since_gc: 0,
            threshold: MIN_THRESHOLD,
            bytes_since_gc: 0,
            byte_threshold: MIN_BYTE_THRESHOLD,
            live_bytes: 0,
            nested_marks: Vec::new(),
            since_full: 0,
            bytes_since_full: 0,
            full_threshold: MIN_THRESHOLD,
            full_byte_threshold: MIN_BYTE_THRESHOLD,
            enabled: false,
            stress: false,
            collections: 0,
            last_freed: 0,
            float_free: Vec::new(),
            free_cells: Vec::new(),
        }
    }

    pub fn live_objects(&self) -> usize {
        self.objects.len()
    }

    /// Records entry into a nested dispatch loop (Rust code calling back
    /// into Python): objects allocated before this point are immune from
    /// collections inside the nested loop (see [`Heap::collect_young`]).
    #[inline]
    pub fn enter_nested(&mut self) {
        self.nested_marks.push(self.objects.len());
    }

    /// Leaves the innermost nested dispatch loop.
    #[inline]
    pub fn leave_nested(&mut self) {
        self.nested_marks.pop();
        if self.nested_marks.len() <= 1 && self.since_full > 0 {
            // Back in the outermost loop after young collections: its
            // counters see everything since the last full collection, capped
            // at the thresholds (a full collection is due at the next
            // safepoint, and a nested loop entered before that still takes
            // `allocated_since_gc` as "allocated before I was entered").
            self.threshold = self.full_threshold;
            self.byte_threshold = self.full_byte_threshold;
            let count = self.since_full + self.allocated_since_gc;
            let bytes = self.bytes_since_full + self.bytes_since_gc;
            self.allocated_since_gc = count.min(self.threshold);
            self.bytes_since_gc = bytes.min(self.byte_threshold);
            self.since_full = 0;
            self.bytes_since_full = 0;
        }
    }

    /// The index in `objects` where the innermost nested loop's young
    /// objects start (0 when no nested loop is active).
    pub fn young_start(&self) -> usize {
        self.nested_marks
            .last()
            .copied()
            .unwrap_or(0)
            .min(self.objects.len())
    }

    /// The number of objects allocated since the innermost nested loop was
    /// entered (and still there).
    pub fn young_len(&self) -> usize {
        self.objects.len() - self.young_start()
    }

    /// Marks everything reachable from `roots` and frees the rest.
    /// Returns the number of objects freed.
    pub fn collect(&mut self, roots: &mut dyn FnMut(&mut dyn FnMut(Value))) -> usize {
        self.collect_from(0, roots)
    }

    /// A collection inside a nested dispatch loop: only objects allocated
    /// since the innermost loop was entered (`objects[young_start()..]`) may
    /// be freed. Every older object is treated as live and as a root.
    ///
    /// Why this is safe without rooting every Rust local: Rust code that
    /// calls back into Python can only hold values it obtained before the
    /// call started — allocated before the nested loop's entry, hence old
    /// and immune — while everything the nested loop itself uses lives in
    /// its frames (roots). A value an earlier callback returned was
    /// allocated before the *current* callback's entry, so it is old too.
    /// `objects` is kept in allocation order (sweeping compacts in place),
    /// so an entry index stays a valid boundary; a full collection in
    /// between only moves objects to lower indices, which makes them old
    /// (immune), never young.
    pub fn collect_young(&mut self, roots: &mut dyn FnMut(&mut dyn FnMut(Value))) -> usize {
        let start = self.young_start();
        self.collect_from(start, roots)
    }

    /// Marks from `roots` (and from every object in `objects[..start]`,
    /// which are all kept), then frees the unmarked objects of
    /// `objects[start..]`.
    fn collect_from(
        &mut self,
        start: usize,
        roots: &mut dyn FnMut(&mut dyn FnMut(Value)),
    ) -> usize {
        let mut stack: Vec<Value> = Vec::with_capacity(1024);
        let mut live_bytes = 0;
        // Old objects: all live; mark them first so tracing stops at them.
        for (i, &p) in self.objects[..start].iter().enumerate() {
            prefetch_ahead(&self.objects[..start], i);
            // SAFETY: every pointer in `objects` is a live allocation.
            let obj = unsafe { &*p };
            obj.marked.set(true);
            live_bytes += OBJ_BYTES + obj.kind.heap_bytes();
        }
        // Children are pushed without looking at them, and looked at only
        // after a prefetch had time to bring them in (see `mark_from`): a
        // mark bit tested at push time was a cache miss per reference.
        let mut push = |v: Value| {
            if v.is_ptr() {
                stack.push(v);
            }
        };
        for &p in &self.objects[..start] {
            // SAFETY: as above.
            unsafe { &*p }.trace(&mut push);
        }
        roots(&mut push);
        mark_from(&mut stack);
        let before = self.objects.len();
        for &p in &self.objects[..start] {
            // SAFETY: every pointer in `objects` is a live allocation.
            unsafe { &*p }.marked.set(false);
        }
        // Sweep the young part, compacting in place (keeps allocation order).
        let free_cap = self.free_cells_cap();
        let mut w = start;
        for r in start..before {
            prefetch_ahead(&self.objects[..before], r);
            let p = self.objects[r];
            // SAFETY: every pointer in `objects` came from Box::into_raw and is
            // freed only here, once, when unmarked.
            let obj = unsafe { &*p };
            if obj.marked.get() {
                obj.marked.set(false);
                let b = OBJ_BYTES + obj.kind.heap_bytes();
                live_bytes += b;
                self.objects[w] = p;
                w += 1;
            } else {
                // Dead floats are most of what numeric code sweeps: they
                // are tested first (they own no buffers to count).
                if matches!(obj.kind, ObjKind::Float(_))
                    && obj.attrs.is_none()
                    && self.float_free.len() < FLOAT_FREE_MAX
                {
                    // Unreachable, unmarked, no attributes: reusable as is.
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
        }
        self.objects.truncate(w);
        let freed = before - self.objects.len();
        if start == 0 {
            self.since_full = 0;
            self.bytes_since_full = 0;
        } else {
            self.since_full += self.allocated_since_gc;
            self.bytes_since_full += self.bytes_since_gc;
        }
        self.allocated_since_gc = 0;
        self.threshold = Self::threshold_for(self.objects.len());
        self.bytes_since_gc = 0;
        self.live_bytes = live_bytes;
        self.byte_threshold = MIN_BYTE_THRESHOLD.max(live_bytes);
        if start == 0 {
            self.full_threshold = self.threshold;
            self.full_byte_threshold = self.byte_threshold;
        }
        self.collections += 1;
        self.last_freed = freed;
        crate::memory::after_collection();
        freed
    }
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
/// pointer, marked or not). A reference popped from the stack is
/// prefetched and queued; the one leaving the queue, `PREFETCH_DISTANCE`
/// pops later, is then in the cache to be tested, marked and traced. Its
/// children are pushed without being looked at.
fn mark_from(stack: &mut Vec<Value>) {
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
        if obj.marked.get() {
            continue;
        }
        obj.marked.set(true);
        obj.trace(&mut |c: Value| {
            if c.is_ptr() {
                stack.push(c);
            }
        });
    }
}

impl Drop for Heap {
    fn drop(&mut self) {
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
        let freed = heap.collect(&mut |mark| {
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
mod size_probe {
    /// Every float, int and string is a `PyObj`: a large payload variant
    /// makes all of them large (it was 192 bytes with a range's big ints
    /// stored inline). Box big variants instead of growing this.
    #[test]
    fn objects_stay_small() {
        assert!(std::mem::size_of::<crate::object::PyObj>() <= 88);
    }
}
