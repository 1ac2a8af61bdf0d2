//! Bytecode: the opcode table (`op.rs`) and code objects (`code.rs`).

pub mod code;
pub mod op;

pub use code::{flags, CodeObject, ExcEntry};
pub use op::{BinOpKind, CmpKind, Instr, Op, UnaryKind};
