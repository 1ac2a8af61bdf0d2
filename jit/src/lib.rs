//! piepie-jit: a language-agnostic meta-tracing JIT.
//!
//! The interpreter's opcode handlers are written once, generic over the
//! [`Ops`] trait of primitive operations. Instantiated with [`Concrete`] they
//! *are* the interpreter (every method is `#[inline(always)]` and compiles to
//! the plain machine operation); instantiated with [`Recorder`] they execute
//! the same operations and append each to a [`ir::Trace`], which the
//! [`backend`] lowers to machine code through Cranelift. The [`driver`]
//! decides when to record and keeps the compiled loops.
//!
//! This crate never names a type, opcode or builtin of the language it
//! serves: everything it knows arrives through the hints of [`hints`] and the
//! operations of [`Ops`].

pub mod backend;
pub mod concrete;
pub mod driver;
pub mod hints;
pub mod ir;
pub mod ir_parse;
pub mod ops;
pub mod optimize;
pub mod recorder;

pub use concrete::Concrete;
pub use driver::{Backedge, FrameToRebuild, Jit, JitStats, LoopExit, Next};
pub use hints::{BarrierLayout, BoxLayout, FrameLayout, GreenKey, JitConfig, JitMode, LiveSlots};
pub use ir::ExitKind;
pub use ops::{
    FloatArith, FloatCmp, Ops, Residual1, Residual2, Residual3, Residual4, ResidualN, ResumeAt,
};
pub use recorder::Recorder;
