//! The heap limit: `--max-heap SIZE` / `PIEPIE_MAX_HEAP`, by default three
//! quarters of the memory the machine (or its cgroup) has.
//!
//! [`CountingAlloc`] wraps the global allocator and keeps the number of
//! bytes the interpreter thread holds (a thread-local counter: the
//! interpreter runs on one thread, so no atomic is needed on the hot path).
//! It never refuses an allocation — Rust aborts when an allocator returns
//! NULL — but when a growth takes the count over the limit it raises a
//! flag, and the flag is turned into `MemoryError` at the next place that
//! can raise: a loop's back edge or a call's return (where pending
//! signals are checked, after the safepoint has collected garbage), or a
//! long collecting loop in Rust (`Vm::iterate`). Requests whose size a
//! program chooses (`[0] * n`, `bytearray(n)`, ...) are checked before the
//! allocation with [`room_for`].
//!
//! Invariant: the limit check and flag never allocate (they run inside the
//! allocator).

use crate::vm::{ExcKind, PyResult, Vm};
use std::alloc::{GlobalAlloc, Layout};
use std::cell::Cell;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

thread_local! {
    /// Bytes allocated minus bytes freed by this thread.
    static LIVE: Cell<isize> = const { Cell::new(0) };
}

/// The limit in bytes (usize::MAX until [`set_limit`]).
static BASE_LIMIT: AtomicUsize = AtomicUsize::new(usize::MAX);
/// Where the allocator raises the flag: the limit, or, after a
/// `MemoryError`, a little above what was held then, so the handler (and
/// the traceback, which keeps the failed frames alive) can run; back to
/// the limit once a collection gets under it.
static LIMIT: AtomicUsize = AtomicUsize::new(usize::MAX);
/// Set by the allocator when the interpreter thread went over the limit.
static OVER: AtomicBool = AtomicBool::new(false);

/// A global allocator that counts what the calling thread holds.
pub struct CountingAlloc<A>(pub A);

#[inline(always)]
fn count(delta: isize) {
    let _ = LIVE.try_with(|live| {
        let n = live.get() + delta;
        live.set(n);
        if delta > 0 && n as usize > LIMIT.load(Ordering::Relaxed) {
            over_limit();
        }
    });
}

#[cold]
fn over_limit() {
    OVER.store(true, Ordering::Relaxed);
    crate::native::signal::request_check();
}

// SAFETY: every method forwards to the wrapped allocator with the caller's
// arguments unchanged; the counting around it touches only a thread-local
// integer and two atomics, and never allocates.
unsafe impl<A: GlobalAlloc> GlobalAlloc for CountingAlloc<A> {
    // SAFETY: GlobalAlloc's contract, which the callers keep.
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count(layout.size() as isize);
        // SAFETY: the caller upholds `alloc`'s contract for `layout`.
        unsafe { self.0.alloc(layout) }
    }

    // SAFETY: GlobalAlloc's contract, which the callers keep.
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        count(layout.size() as isize);
        // SAFETY: as for `alloc`.
        unsafe { self.0.alloc_zeroed(layout) }
    }

    // SAFETY: GlobalAlloc's contract, which the callers keep.
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        count(-(layout.size() as isize));
        // SAFETY: the caller passes a block this allocator gave out.
        unsafe { self.0.dealloc(ptr, layout) }
    }

    // SAFETY: GlobalAlloc's contract, which the callers keep.
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count(new_size as isize - layout.size() as isize);
        // SAFETY: the caller upholds `realloc`'s contract.
        unsafe { self.0.realloc(ptr, layout, new_size) }
    }
}

/// Bytes the calling thread holds now.
pub fn live() -> usize {
    LIVE.try_with(Cell::get).unwrap_or(0).max(0) as usize
}

/// The heap limit in bytes (with the grace after a `MemoryError`).
pub fn limit() -> usize {
    LIMIT.load(Ordering::Relaxed)
}

/// Sets the heap limit (bytes).
pub fn set_limit(bytes: usize) {
    BASE_LIMIT.store(bytes, Ordering::Relaxed);
    LIMIT.store(bytes, Ordering::Relaxed);
}

/// Whether the allocator saw the limit crossed (and nothing cleared it).
pub fn over() -> bool {
    OVER.load(Ordering::Relaxed)
}

/// After a collection: the flag stays up only while still over the limit.
pub fn after_collection() {
    let live = live();
    let base = BASE_LIMIT.load(Ordering::Relaxed);
    if live <= base {
        LIMIT.store(base, Ordering::Relaxed);
    }
    if live <= limit() {
        OVER.store(false, Ordering::Relaxed);
    }
}

/// Takes the flag: true (once) when the heap is over the limit, the moment
/// to raise `MemoryError`.
pub fn take_over() -> bool {
    if !(OVER.swap(false, Ordering::Relaxed) && live() > limit()) {
        return false;
    }
    grant_grace();
    true
}

/// A `MemoryError` is being raised: the flag goes down and the limit up,
/// to a little above what is held now, so the handler can run.
fn grant_grace() {
    OVER.store(false, Ordering::Relaxed);
    let grace = BASE_LIMIT.load(Ordering::Relaxed) / 8;
    LIMIT.fetch_max(live().saturating_add(grace), Ordering::Relaxed);
}

/// Whether `bytes` more fit under the limit beside what is held now
/// (garbage not yet collected included; the collector's byte budget keeps
/// that small next to the limit).
pub fn room_for(bytes: usize) -> bool {
    bytes <= limit().saturating_sub(live())
}

/// `MemoryError` unless `count` items of `item_bytes` bytes each fit (see
/// [`room_for`]); for sizes a program chooses, checked before allocating.
pub fn ensure_room(vm: &mut Vm, count: usize, item_bytes: usize) -> PyResult<()> {
    match count.checked_mul(item_bytes) {
        Some(bytes) if room_for(bytes) => Ok(()),
        _ => {
            grant_grace();
            Err(vm.exc(ExcKind::MemoryError, ""))
        }
    }
}

/// Parses a size such as `512M`, `2G`, `100000K` or `1048576` (bytes).
pub fn parse_size(text: &str) -> Option<usize> {
    let t = text.trim();
    let (digits, unit) = match t.char_indices().find(|(_, c)| !c.is_ascii_digit()) {
        Some((i, _)) => t.split_at(i),
        None => (t, ""),
    };
    let n: usize = digits.parse().ok()?;
    let mult: usize = match unit.to_ascii_uppercase().trim_end_matches(['B', 'I']) {
        "" => 1,
        "K" => 1 << 10,
        "M" => 1 << 20,
        "G" => 1 << 30,
        "T" => 1 << 40,
        _ => return None,
    };
    n.checked_mul(mult).filter(|&b| b > 0)
}

/// The default limit: three quarters of the physical memory, or of the
/// cgroup's `memory.max` when that is smaller.
pub fn default_limit() -> usize {
    // SAFETY: sysconf only reads system configuration values.
    let physical = unsafe {
        let pages = libc::sysconf(libc::_SC_PHYS_PAGES);
        let size = libc::sysconf(libc::_SC_PAGESIZE);
        if pages > 0 && size > 0 {
            (pages as usize).saturating_mul(size as usize)
        } else {
            usize::MAX
        }
    };
    let cgroup = std::fs::read_to_string("/sys/fs/cgroup/memory.max")
        .ok()
        .and_then(|s| s.trim().parse::<usize>().ok())
        .unwrap_or(usize::MAX);
    let total = physical.min(cgroup);
    if total == usize::MAX {
        total
    } else {
        total / 4 * 3
    }
}

#[cfg(test)]
mod tests {
    use super::parse_size;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("512M"), Some(512 << 20));
        assert_eq!(parse_size("2g"), Some(2 << 30));
        assert_eq!(parse_size("64KiB"), Some(64 << 10));
        assert_eq!(parse_size("1000"), Some(1000));
        assert_eq!(parse_size("0"), None);
        assert_eq!(parse_size("12X"), None);
        assert_eq!(parse_size("M"), None);
        assert_eq!(parse_size("99999999999999999999T"), None);
    }
}
