//! Bytecode: the opcode table (`op.rs`), code objects (`code.rs`) and
//! the liveness of their locals (`liveness.rs`).

pub mod code;
pub mod liveness;
pub mod op;

pub use code::{flags, CodeObject, ExcEntry};
pub use op::{BinOpKind, CmpKind, Instr, Op, UnaryKind};
