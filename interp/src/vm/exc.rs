//! Exceptions: the standard hierarchy (`ExcKind`), creating and raising
//! exception instances, and printing tracebacks as CPython does.

use super::{Exc, PyResult, Vm};
use crate::object::exception::TbEntry;
use crate::object::kind_of;
use crate::object::{ExcData, ObjKind, Value};

macro_rules! exc_kinds {
    ($($kind:ident = $name:literal : $base:expr;)*) => {
        /// The standard exception classes, parents before children.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum ExcKind { $($kind,)* }

        impl ExcKind {
            pub const ALL: &'static [ExcKind] = &[$(ExcKind::$kind,)*];
            pub fn name(self) -> &'static str {
                match self { $(ExcKind::$kind => $name,)* }
            }
            pub fn base(self) -> &'static Option<ExcKind> {
                match self { $(ExcKind::$kind => &$base,)* }
            }
        }
    };
}

use ExcKind::*;

/// Traceback lines in CPython's order (outermost first); runs of more than
/// three identical entries end in `[Previous line repeated N more times]`.
fn format_tb_entries(tb: &[TbEntry]) -> String {
    let mut out = String::new();
    let mut last: Option<(&str, u32, &str)> = None;
    let mut count = 0usize;
    let flush = |out: &mut String, count: usize| {
        if count > 3 {
            let n = count - 3;
            out.push_str(&format!(
                "  [Previous line repeated {n} more time{}]\n",
                if n == 1 { "" } else { "s" }
            ));
        }
    };
    for entry in tb.iter().rev() {
        let key = (entry.filename.as_str(), entry.line, entry.name.as_str());
        if last == Some(key) {
            count += 1;
        } else {
            flush(&mut out, count);
            last = Some(key);
            count = 1;
        }
        if count > 3 {
            continue;
        }
        out.push_str(&format!(
            "  File \"{}\", line {}, in {}\n",
            entry.filename, entry.line, entry.name
        ));
        if let Some(src) = crate::source_line(&entry.filename, entry.line) {
            let t = src.trim();
            if !t.is_empty() {
                out.push_str(&format!("    {t}\n"));
            }
        }
    }
    flush(&mut out, count);
    out
}

exc_kinds! {
    BaseException = "BaseException": None;
    SystemExit = "SystemExit": Some(BaseException);
    KeyboardInterrupt = "KeyboardInterrupt": Some(BaseException);
    GeneratorExit = "GeneratorExit": Some(BaseException);
    Exception = "Exception": Some(BaseException);
    StopIteration = "StopIteration": Some(Exception);
    ArithmeticError = "ArithmeticError": Some(Exception);
    FloatingPointError = "FloatingPointError": Some(ArithmeticError);
    OverflowError = "OverflowError": Some(ArithmeticError);
    ZeroDivisionError = "ZeroDivisionError": Some(ArithmeticError);
    AssertionError = "AssertionError": Some(Exception);
    AttributeError = "AttributeError": Some(Exception);
    BufferError = "BufferError": Some(Exception);
    EOFError = "EOFError": Some(Exception);
    ImportError = "ImportError": Some(Exception);
    ModuleNotFoundError = "ModuleNotFoundError": Some(ImportError);
    LookupError = "LookupError": Some(Exception);
    IndexError = "IndexError": Some(LookupError);
    KeyError = "KeyError": Some(LookupError);
    MemoryError = "MemoryError": Some(Exception);
    NameError = "NameError": Some(Exception);
    UnboundLocalError = "UnboundLocalError": Some(NameError);
    OSError = "OSError": Some(Exception);
    BlockingIOError = "BlockingIOError": Some(OSError);
    ChildProcessError = "ChildProcessError": Some(OSError);
    ConnectionError = "ConnectionError": Some(OSError);
    BrokenPipeError = "BrokenPipeError": Some(ConnectionError);
    ConnectionAbortedError = "ConnectionAbortedError": Some(ConnectionError);
    ConnectionRefusedError = "ConnectionRefusedError": Some(ConnectionError);
    ConnectionResetError = "ConnectionResetError": Some(ConnectionError);
    FileExistsError = "FileExistsError": Some(OSError);
    FileNotFoundError = "FileNotFoundError": Some(OSError);
    InterruptedError = "InterruptedError": Some(OSError);
    IsADirectoryError = "IsADirectoryError": Some(OSError);
    NotADirectoryError = "NotADirectoryError": Some(OSError);
    PermissionError = "PermissionError": Some(OSError);
    ProcessLookupError = "ProcessLookupError": Some(OSError);
    TimeoutError = "TimeoutError": Some(OSError);
    ReferenceError = "ReferenceError": Some(Exception);
    RuntimeError = "RuntimeError": Some(Exception);
    NotImplementedError = "NotImplementedError": Some(RuntimeError);
    RecursionError = "RecursionError": Some(RuntimeError);
    SyntaxError = "SyntaxError": Some(Exception);
    IndentationError = "IndentationError": Some(SyntaxError);
    TabError = "TabError": Some(IndentationError);
    SystemError = "SystemError": Some(Exception);
    TypeError = "TypeError": Some(Exception);
    ValueError = "ValueError": Some(Exception);
    UnicodeError = "UnicodeError": Some(ValueError);
    UnicodeDecodeError = "UnicodeDecodeError": Some(UnicodeError);
    UnicodeEncodeError = "UnicodeEncodeError": Some(UnicodeError);
    Warning = "Warning": Some(Exception);
    DeprecationWarning = "DeprecationWarning": Some(Warning);
    RuntimeWarning = "RuntimeWarning": Some(Warning);
    UserWarning = "UserWarning": Some(Warning);
}

impl Vm {
    /// A new exception instance of class `cls` with `args`.
    pub fn new_exception(&mut self, cls: Value, args: Vec<Value>) -> Value {
        let args = self.new_tuple(args);
        self.alloc(cls, ObjKind::Exception(Box::new(ExcData::new(args))))
    }

    /// An exception of kind `k` with a message, ready to return as `Err`.
    #[cold]
    pub fn exc(&mut self, k: ExcKind, msg: impl Into<String>) -> Exc {
        let m = self.new_str(msg.into());
        let cls = self.exc_type(k);
        Exc(self.new_exception(cls, vec![m]))
    }

    #[cold]
    pub fn type_error(&mut self, msg: impl Into<String>) -> Exc {
        self.exc(TypeError, msg)
    }
    #[cold]
    pub fn value_error(&mut self, msg: impl Into<String>) -> Exc {
        self.exc(ValueError, msg)
    }
    #[cold]
    pub fn index_error(&mut self, msg: impl Into<String>) -> Exc {
        self.exc(IndexError, msg)
    }
    #[cold]
    pub fn attribute_error(&mut self, msg: impl Into<String>) -> Exc {
        self.exc(AttributeError, msg)
    }
    #[cold]
    pub fn zero_division(&mut self, msg: impl Into<String>) -> Exc {
        self.exc(ZeroDivisionError, msg)
    }
    #[cold]
    pub fn overflow_error(&mut self, msg: impl Into<String>) -> Exc {
        self.exc(OverflowError, msg)
    }
    #[cold]
    pub fn runtime_error(&mut self, msg: impl Into<String>) -> Exc {
        self.exc(RuntimeError, msg)
    }

    /// `KeyError(key)` (its str is the key's repr).
    #[cold]
    pub fn key_error(&mut self, key: Value) -> Exc {
        let cls = self.exc_type(KeyError);
        Exc(self.new_exception(cls, vec![key]))
    }

    /// `StopIteration(value)`.
    pub fn stop_iteration(&mut self, value: Value) -> Exc {
        let cls = self.exc_type(StopIteration);
        let args = if value == self.none {
            vec![]
        } else {
            vec![value]
        };
        Exc(self.new_exception(cls, args))
    }

    pub fn exc_data<'a>(&self, e: Value) -> Option<&'a mut ExcData> {
        if !e.is_ptr() {
            return None;
        }
        match &mut e.obj_mut().kind {
            ObjKind::Exception(d) => Some(d),
            _ => None,
        }
    }

    /// Whether exception instance `e` is of kind `k` (or a subclass).
    pub fn exc_matches(&self, e: Value, k: ExcKind) -> bool {
        self.isinstance(e, self.exc_type(k))
    }

    /// The exception's `args` tuple items.
    pub fn exc_args(&self, e: Value) -> Vec<Value> {
        match self.exc_data(e) {
            Some(d) => match kind_of(d.args) {
                ObjKind::Tuple(t) => t.clone(),
                _ => vec![],
            },
            None => vec![],
        }
    }

    /// Turns a raise operand (class or instance) into an instance.
    pub fn make_exception(&mut self, v: Value) -> PyResult<Value> {
        let base = self.exc_type(BaseException);
        if self.is_class(v) && self.is_subclass(v, base) {
            let inst = self.call(v, &[])?;
            if !self.isinstance(inst, base) {
                let n = self.type_name(inst);
                return Err(self.type_error(format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    self.class_data(v).name,
                    n
                )));
            }
            return Ok(inst);
        }
        if self.isinstance(v, base) {
            return Ok(v);
        }
        Err(self.type_error("exceptions must derive from BaseException"))
    }

    /// `e.__traceback__`: a chain of `traceback` objects (outermost frame
    /// first, `tb_next` towards where it was raised) with `tb_lineno`, or None.
    pub fn traceback_of(&mut self, e: Value) -> Value {
        let lines: Vec<u32> = match self.exc_data(e) {
            Some(d) => d.traceback.iter().map(|t| t.line).collect(),
            None => Vec::new(),
        };
        let mut next = self.none;
        let (k_line, k_next) = (
            self.intern_static("tb_lineno"),
            self.intern_static("tb_next"),
        );
        for line in lines {
            let tb = self.alloc(self.types.traceback, ObjKind::Object);
            let _ = self.store_instance_attr(tb, k_line, Value::small(line as i64));
            let _ = self.store_instance_attr(tb, k_next, next);
            next = tb;
        }
        next
    }

    /// Records that exception `e` passed through a frame at `line`.
    pub fn add_traceback(&mut self, e: Value, filename: &str, name: &str, line: u32) {
        if let Some(d) = self.exc_data(e) {
            d.traceback.push(TbEntry {
                filename: filename.to_string(),
                name: name.to_string(),
                line,
            });
        }
    }

    /// CPython's formatting of an uncaught exception, with its chain.
    pub fn format_exception(&mut self, e: Value) -> String {
        let mut out = String::new();
        let mut seen = Vec::new();
        self.format_exception_chain(e, &mut out, &mut seen);
        out
    }

    fn format_exception_chain(&mut self, e: Value, out: &mut String, seen: &mut Vec<Value>) {
        seen.push(e);
        if let Some(d) = self.exc_data(e) {
            let (cause, context, suppress) = (d.cause, d.context, d.suppress_context);
            if !cause.is_null() && cause != self.none && !seen.contains(&cause) {
                self.format_exception_chain(cause, out, seen);
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            } else if !suppress
                && !context.is_null()
                && context != self.none
                && !seen.contains(&context)
            {
                self.format_exception_chain(context, out, seen);
                out.push_str(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
            }
        }
        let tb: Vec<TbEntry> = self
            .exc_data(e)
            .map(|d| d.traceback.clone())
            .unwrap_or_default();
        if !tb.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            out.push_str(&format_tb_entries(&tb));
        }
        out.push_str(&self.exception_only(e));
    }

    /// The last line of a traceback: `TypeError: message`.
    pub fn exception_only(&mut self, e: Value) -> String {
        let cls = self.class_of(e);
        let c = self.class_data(cls);
        let mut name = c.qualname.clone();
        let module = self.class_module(cls);
        if module != "builtins" && module != "__main__" && !module.is_empty() {
            name = format!("{module}.{name}");
        }
        let msg = match self.str_of_value(e) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".to_string(),
        };
        let mut out = if msg.is_empty() {
            format!("{name}\n")
        } else {
            format!("{name}: {msg}\n")
        };
        self.format_notes(e, &mut out);
        out
    }

    /// The lines of `e.__notes__` (added by `add_note`), as CPython prints
    /// them after the message: each str note as is, other notes by str(),
    /// and a `__notes__` that is not a list or tuple by its repr.
    fn format_notes(&mut self, e: Value, out: &mut String) {
        let notes = match self.getattr_or_none(e, "__notes__") {
            Ok(Some(n)) => n,
            _ => return,
        };
        let items = match kind_of(notes) {
            ObjKind::List(v) | ObjKind::Tuple(v) if notes.is_ptr() => v.clone(),
            _ => {
                let r = self
                    .repr_string(notes)
                    .unwrap_or_else(|_| "<__notes__ repr() failed>".into());
                out.push_str(&r);
                out.push('\n');
                return;
            }
        };
        for n in items {
            let s = self
                .str_of_value(n)
                .unwrap_or_else(|_| "<note str() failed>".into());
            out.push_str(&s);
            out.push('\n');
        }
    }

    /// `cls.__module__` as a Rust string ("builtins" for built-in types).
    pub fn class_module(&mut self, cls: Value) -> String {
        let c = self.class_data(cls);
        if c.builtin {
            return "builtins".into();
        }
        let key = self.intern_static("__module__");
        match crate::builtins::dict::dict_get_str(c.dict, key) {
            Some(m) => super::str_of(m).to_string(),
            None => String::new(),
        }
    }
}

impl Vm {
    /// A SyntaxError exception from a parser error (its args carry the
    /// CPython-formatted detail used when it is printed uncaught).
    pub fn syntax_error_from(&mut self, e: &piepie_syntax::SyntaxError) -> Exc {
        let kind = match e.kind {
            piepie_syntax::SyntaxErrorKind::IndentationError => IndentationError,
            piepie_syntax::SyntaxErrorKind::TabError => TabError,
            _ => SyntaxError,
        };
        let msg = self.new_str(e.msg.clone());
        let cls = self.exc_type(kind);
        let exc = self.new_exception(cls, vec![msg]);
        let rendered = self.new_str(e.render());
        let key = self.intern_static("_rendered");
        let _ = self.store_instance_attr(exc, key, rendered);
        let fk = self.intern_static("filename");
        let fv = self.new_str(e.filename.clone());
        let _ = self.store_instance_attr(exc, fk, fv);
        let lk = self.intern_static("lineno");
        let lv = self.new_int(e.lineno as i64);
        let _ = self.store_instance_attr(exc, lk, lv);
        let mk = self.intern_static("msg");
        let mv = self.new_str(e.msg.clone());
        let _ = self.store_instance_attr(exc, mk, mv);
        // The caret columns (1-based; CPython's may differ by the parser's
        // recovery point) and the offending line.
        let text = self.new_str(e.text.clone());
        let offset = self.new_int(e.offset as i64);
        let end_offset = self.new_int(e.end_offset as i64);
        for (name, v) in [
            ("text", text),
            ("offset", offset),
            ("end_lineno", lv),
            ("end_offset", end_offset),
        ] {
            let k = self.intern(name);
            let _ = self.store_instance_attr(exc, k, v);
        }
        Exc(exc)
    }

    /// A SyntaxError for a compile-time error at a span.
    pub fn compile_error(
        &mut self,
        e: crate::compile::CompileError,
        source: &str,
        filename: &str,
    ) -> Exc {
        let idx = piepie_syntax::LineIndex::new(source);
        let line = idx.line(e.span.start);
        let col = idx.col(e.span.start);
        let text = source
            .lines()
            .nth(line.saturating_sub(1))
            .unwrap_or("")
            .to_string();
        let se = piepie_syntax::SyntaxError {
            kind: piepie_syntax::SyntaxErrorKind::SyntaxError,
            msg: e.msg,
            filename: filename.to_string(),
            lineno: line,
            offset: col + 1,
            end_offset: (col + 1 + (e.span.end - e.span.start) as usize).max(col + 2),
            text,
        };
        self.syntax_error_from(&se)
    }

    /// How an uncaught exception is printed (SyntaxErrors use their render).
    pub fn format_uncaught(&mut self, e: Value) -> String {
        let key = self.intern_static("_rendered");
        if self.exc_matches(e, SyntaxError) {
            if let Some(Attrs::Map { map, values }) = e.obj().attrs.as_deref() {
                if let Some(i) = map.index_of(key) {
                    let r = super::str_of(values[i]).to_string();
                    let tb: Vec<TbEntry> = self
                        .exc_data(e)
                        .map(|d| d.traceback.clone())
                        .unwrap_or_default();
                    if tb.is_empty() {
                        return r;
                    }
                    let mut out = String::from("Traceback (most recent call last):\n");
                    out.push_str(&format_tb_entries(&tb));
                    out.push_str(&r);
                    return out;
                }
            }
        }
        self.format_exception(e)
    }
}

use crate::object::Attrs;
