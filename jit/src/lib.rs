//! piepie-jit: a language-agnostic meta-tracing JIT.
//!
//! The interpreter's opcode handlers are written once, generic over the
//! [`Ops`] trait of primitive operations. Instantiated with [`Concrete`] they
//! *are* the interpreter (every method is `#[inline(always)]` and compiles to
//! the plain machine operation); a recording instance (a later stage) executes
//! the same operations and appends each to a trace.
//!
//! This crate never names a type, opcode or builtin of the language it
//! serves: everything it knows arrives through the hints of [`hints`] and the
//! operations of [`Ops`].

pub mod concrete;
pub mod hints;
pub mod ops;

pub use concrete::Concrete;
pub use hints::{GreenKey, JitConfig, JitMode, JitStats};
pub use ops::{Ops, Residual1, Residual2, Residual3};
