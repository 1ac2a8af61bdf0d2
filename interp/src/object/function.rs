//! Callables' payloads: Python functions (code + globals + defaults +
//! closure), built-in functions and methods, and generators (a suspended
//! frame).

use super::Value;
use crate::bytecode::CodeObject;
use crate::vm::frame::Frame;
use crate::vm::{Args, PyResult, Vm};
use std::rc::Rc;

pub struct Function {
    pub code: Rc<CodeObject>,
    /// The module's globals dict.
    pub globals: Value,
    pub name: Value,
    pub qualname: Value,
    /// A tuple, or NULL when there are none.
    pub defaults: Value,
    /// A dict, or NULL.
    pub kwdefaults: Value,
    /// Cells for the code's free variables, in `code.freevars` order.
    pub closure: Vec<Value>,
    pub doc: Value,
    pub module: Value,
}

impl Function {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        self.code.trace(f);
        f(self.globals);
        f(self.name);
        f(self.qualname);
        f(self.defaults);
        f(self.kwdefaults);
        self.closure.iter().for_each(|&c| f(c));
        f(self.doc);
        f(self.module);
    }
}

/// A built-in implemented in Rust. For methods, `args.pos[0]` is the receiver.
pub type BuiltinFn = fn(&mut Vm, Args) -> PyResult<Value>;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BuiltinKind {
    /// A plain function (module level); never binds.
    Function,
    /// A method descriptor in a class dict: binds the instance on access.
    Method,
    /// A class method descriptor: binds the class on access.
    ClassMethod,
    /// A static method: never binds.
    StaticMethod,
}

pub struct Builtin {
    pub name: &'static str,
    pub func: BuiltinFn,
    pub kind: BuiltinKind,
    /// The bound receiver (prepended to the arguments), or NULL.
    pub receiver: Value,
    /// The class that defines a method (for reprs and type checks), or NULL.
    pub owner: Value,
    /// For a one-argument float function (`math.sqrt`, ...): the `f64`
    /// kernel it applies, which compiled code may call directly when the
    /// argument is a float and the result finite (see
    /// `vm::handlers::float_kernel_call`).
    pub float_kernel: Option<fn(f64) -> f64>,
}

pub struct Generator {
    /// The suspended frame; `None` once finished.
    pub frame: Option<Box<Frame>>,
    pub running: bool,
    pub name: Value,
    pub qualname: Value,
}

impl Generator {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        if let Some(fr) = &self.frame {
            fr.trace(f);
        }
        f(self.name);
        f(self.qualname);
    }
}
