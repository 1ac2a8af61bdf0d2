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
    pub enabled: bool,
    /// Collect at (nearly) every safepoint: the GC stress mode,
    /// `PIEPIE_GC_STRESS=1`; see [`Heap::should_collect`].
    pub stress: bool,
    pub collections: u64,
    /// Objects freed by the last collection.
    pub last_freed: usize,
}

const MIN_THRESHOLD: usize = 200_000;

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
            enabled: true,
            stress: std::env::var("PIEPIE_GC_STRESS").is_ok_and(|v| v == "1"),
            collections: 0,
            last_freed: 0,
        }
    }

    /// Allocates an object of class `class`.
    #[inline]
    pub fn alloc(&mut self, class: Value, kind: ObjKind) -> Value {
        let b = Box::new(PyObj {
            class,
            marked: Cell::new(false),
            attrs: None,
            kind,
        });
        let p = Box::into_raw(b);
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
        self.enabled && self.allocated_since_gc >= self.threshold
    }

    /// An empty heap that owns nothing (stands in while the real heap is
    /// borrowed out during a collection).
    pub fn placeholder() -> Heap {
        Heap {
            objects: Vec::new(),
            allocated_since_gc: 0,
            threshold: MIN_THRESHOLD,
            enabled: false,
            stress: false,
            collections: 0,
            last_freed: 0,
        }
    }

    pub fn live_objects(&self) -> usize {
        self.objects.len()
    }

    /// Marks everything reachable from `roots` and frees the rest.
    /// Returns the number of objects freed.
    pub fn collect(&mut self, roots: &mut dyn FnMut(&mut dyn FnMut(Value))) -> usize {
        let mut stack: Vec<Value> = Vec::with_capacity(1024);
        {
            let mut push = |v: Value| {
                if v.is_ptr() && !v.obj().marked.get() {
                    v.obj().marked.set(true);
                    stack.push(v);
                }
            };
            roots(&mut push);
        }
        while let Some(v) = stack.pop() {
            v.obj().trace(&mut |c: Value| {
                if c.is_ptr() && !c.obj().marked.get() {
                    c.obj().marked.set(true);
                    stack.push(c);
                }
            });
        }
        let before = self.objects.len();
        self.objects.retain(|&p| {
            // SAFETY: every pointer in `objects` came from Box::into_raw and is
            // freed only here, once, when unmarked.
            let obj = unsafe { &*p };
            if obj.marked.get() {
                obj.marked.set(false);
                true
            } else {
                // SAFETY: unmarked means unreachable from every root, so no
                // Value refers to it any more; we own the allocation.
                drop(unsafe { Box::from_raw(p) });
                false
            }
        });
        let freed = before - self.objects.len();
        self.allocated_since_gc = 0;
        self.threshold = MIN_THRESHOLD.max(self.objects.len());
        self.collections += 1;
        self.last_freed = freed;
        freed
    }
}

impl Drop for Heap {
    fn drop(&mut self) {
        for &p in &self.objects {
            // SAFETY: the heap owns every object; at drop nothing uses them.
            drop(unsafe { Box::from_raw(p) });
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
