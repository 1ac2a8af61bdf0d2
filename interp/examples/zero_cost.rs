//! Zero-cost check of the `Concrete` instance of the JIT's `Ops` trait.
//!
//! `generic_add` is the interpreter's real `binary_op` handler instantiated
//! with `Concrete`; `plain_add` is the same fast path written directly on
//! `u64`. Build and compare their machine code:
//!
//! ```text
//! cargo build --release --example zero_cost
//! objdump -d --no-show-raw-insn -C target/release/examples/zero_cost \
//!     | awk '/<zero_cost::(generic|plain)_add>:/,/^$/'
//! ```
//!
//! Measured 2026-11-23 (rustc 1.95, x86-64, release profile): both bodies
//! are the same ten instructions — `and`, `test $1`, `lea -1`, `add`, an
//! overflow branch, and a tail jump to `slow_binary_op` — differing only in
//! which of the two exits LLVM lays out first. The trait methods are
//! `#[inline(always)]` and `Concrete` is a unit struct, so the generic layer
//! costs nothing. Running the example prints a result so nothing is
//! optimized out.

use piepie::bytecode::BinOpKind;
use piepie::vm::handlers::{binary_op, slow_binary_op};
use piepie::vm::Vm;
use piepie_jit::Concrete;

#[inline(never)]
fn generic_add(vm: &mut Vm, a: u64, b: u64) -> u64 {
    binary_op(&mut Concrete, vm, BinOpKind::Add, a, b)
}

#[inline(never)]
fn plain_add(vm: &mut Vm, a: u64, b: u64) -> u64 {
    if a & b & 1 != 0 {
        if let Some(r) = ((a - 1) as i64).checked_add(b as i64) {
            return r as u64;
        }
    }
    slow_binary_op(vm, BinOpKind::Add as u64, a, b)
}

fn main() {
    let mut vm = Vm::new(piepie_jit::JitConfig::default());
    let (a, b) = (
        std::hint::black_box(41u64 * 2 + 1),
        std::hint::black_box(2 * 2 + 1),
    );
    let g = generic_add(&mut vm, a, b);
    let p = plain_add(&mut vm, a, b);
    println!("generic {} plain {}", g >> 1, p >> 1);
}
