//! `ExcData`: the payload of every `BaseException` instance — its `args`,
//! the traceback collected while it unwinds, and the chaining fields.

use super::Value;

/// One traceback line: where an exception passed through.
#[derive(Clone)]
pub struct TbEntry {
    pub filename: String,
    pub name: String,
    pub line: u32,
}

pub struct ExcData {
    /// A tuple.
    pub args: Value,
    /// Innermost frame last (the order CPython prints).
    pub traceback: Vec<TbEntry>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
}

impl ExcData {
    pub fn new(args: Value) -> ExcData {
        ExcData {
            args,
            traceback: Vec::new(),
            cause: Value::NULL,
            context: Value::NULL,
            suppress_context: false,
        }
    }
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.args);
        f(self.cause);
        f(self.context);
    }
}
