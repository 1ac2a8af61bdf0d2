//! The interactive prompt of the `piepie` command (a module of the binary,
//! not of the library), as CPython 3.11's `python3` runs it.
//!
//! Lines are collected until [`piepie_syntax::parse_interactive`] says they
//! form one statement: a simple statement runs at the end of its line; a
//! compound statement (`if`, `def`...) runs at the first empty line; input
//! that ends too early (a block header, an open bracket or triple-quoted
//! string, a trailing backslash) asks for more with the `sys.ps2` prompt;
//! any other syntax error is reported at once and the line is dropped. Each
//! statement is compiled on its own as `<stdin>` (line numbers start at 1),
//! expression statements echo their repr (the compiler's interactive mode),
//! an exception prints its traceback and the session goes on; `SystemExit`
//! ends it with its exit code, end of input with 0.
//!
//! On a terminal (stdin and stdout both ttys) lines are read with rustyline
//! (line editing, history in `~/.piepie_history`, Ctrl-C drops the current
//! input, Ctrl-D ends); otherwise lines are read from stdin with the prompts
//! written to stderr, byte for byte as CPython does with `python3 -i < file`.

use std::io::{BufRead, IsTerminal};

use rustyline::history::{History, SearchDirection};

use piepie::object::Value;
use piepie::vm::{ExcKind, Vm};
use piepie_syntax::{parse_interactive, Interactive};

/// The file name of interactive input (and of a script read from stdin).
pub const STDIN_NAME: &str = "<stdin>";

/// Whether stdin and stdout are both terminals: line editing is possible.
pub fn on_terminal() -> bool {
    std::io::stdin().is_terminal() && std::io::stdout().is_terminal()
}

/// One read from the input.
enum Read {
    /// A line, with its newline unless it is the last, unterminated one.
    Line(String),
    Eof,
    /// Ctrl-C at the prompt (terminal only).
    Interrupted,
}

/// Where lines come from.
enum Input {
    Terminal(Box<rustyline::DefaultEditor>),
    Piped,
}

/// The history file of the terminal prompt: `~/.piepie_history`.
fn history_path() -> Option<std::path::PathBuf> {
    let home = std::env::var_os("HOME")?;
    Some(std::path::Path::new(&home).join(".piepie_history"))
}

impl Input {
    fn new() -> Input {
        if on_terminal() {
            if let Ok(mut ed) = rustyline::DefaultEditor::new() {
                // Errors (no file yet, unreadable file) are ignored.
                if let Some(text) = history_path().and_then(|p| std::fs::read_to_string(p).ok()) {
                    for line in text.lines().filter(|l| !l.is_empty()) {
                        let _ = ed.add_history_entry(line);
                    }
                }
                // Ctrl-C while a statement runs stops it, not the session.
                piepie::native::signal::catch_keyboard_interrupt();
                return Input::Terminal(Box::new(ed));
            }
        }
        Input::Piped
    }

    fn read(&mut self, vm: &mut Vm, prompt: &str) -> Read {
        match self {
            Input::Terminal(ed) => {
                piepie::native::io::flush_stdout(vm);
                match ed.readline(prompt) {
                    Ok(mut line) => {
                        if !line.trim().is_empty() {
                            let _ = ed.add_history_entry(line.as_str());
                        }
                        line.push('\n');
                        Read::Line(line)
                    }
                    Err(rustyline::error::ReadlineError::Interrupted) => Read::Interrupted,
                    Err(_) => Read::Eof,
                }
            }
            Input::Piped => {
                piepie::native::io::write_stderr(vm, prompt);
                let mut bytes = Vec::new();
                match std::io::stdin().lock().read_until(b'\n', &mut bytes) {
                    Ok(0) | Err(_) => Read::Eof,
                    Ok(_) => Read::Line(String::from_utf8_lossy(&bytes).into_owned()),
                }
            }
        }
    }

    /// Saves the terminal history (errors are ignored).
    fn save(&mut self) {
        if let Input::Terminal(ed) = self {
            let Some(path) = history_path() else { return };
            let mut text = String::new();
            // One entry a line (entries are single lines).
            let history = ed.history();
            for i in 0..history.len() {
                if let Ok(Some(found)) = history.get(i, SearchDirection::Forward) {
                    if !found.entry.contains('\n') {
                        text.push_str(&found.entry);
                        text.push('\n');
                    }
                }
            }
            let _ = std::fs::write(path, text);
        }
    }
}

/// The value of `sys.ps1` / `sys.ps2` as a string (CPython reads them at
/// every prompt), or nothing when a program deleted it.
fn prompt(vm: &mut Vm, name: &str) -> String {
    let d = vm.module_dict(vm.sys_module);
    let key = vm.intern(name);
    match vm.dict_get(d, key) {
        Ok(Some(v)) => vm.str_of_value(v).unwrap_or_default(),
        _ => String::new(),
    }
}

/// Sets `sys.ps1` and `sys.ps2` unless a program already did.
fn init_prompts(vm: &mut Vm) {
    let d = vm.module_dict(vm.sys_module);
    for (name, value) in [("ps1", ">>> "), ("ps2", "... ")] {
        let key = vm.intern(name);
        if !matches!(vm.dict_get(d, key), Ok(Some(_))) {
            let v = vm.new_str(value);
            let _ = vm.dict_set(d, key, v);
        }
    }
}

/// The banner printed (to stderr, as CPython does) when the prompt starts
/// with no script.
pub fn banner() -> String {
    format!(
        "Python 3.11.7 (piepie {}) on {}\nType \"exit()\" or Ctrl-D (i.e. EOF) to exit.\n",
        env!("CARGO_PKG_VERSION"),
        std::env::consts::OS
    )
}

/// Runs the interactive prompt in the namespace `globals` (the `__main__`
/// dict). Returns the process exit code.
pub fn run(vm: &mut Vm, globals: Value, banner: Option<&str>) -> i32 {
    let mut input = Input::new();
    init_prompts(vm);
    if let Some(b) = banner {
        piepie::native::io::write_stderr(vm, b);
    }
    let code = session(vm, globals, &mut input);
    input.save();
    code
}

fn session(vm: &mut Vm, globals: Value, input: &mut Input) -> i32 {
    let mut buf = String::new();
    loop {
        let p = if buf.is_empty() {
            prompt(vm, "ps1")
        } else {
            prompt(vm, "ps2")
        };
        let line = match input.read(vm, &p) {
            Read::Line(line) => line,
            Read::Interrupted => {
                // rustyline has already ended the line.
                piepie::native::io::write_stderr(vm, "KeyboardInterrupt\n");
                buf.clear();
                continue;
            }
            Read::Eof => {
                // CPython ends the prompt's line (rustyline already has),
                // then finishes the statement in progress as if the file
                // ended.
                if matches!(input, Input::Piped) {
                    piepie::native::io::write_stderr(vm, "\n");
                }
                if buf.is_empty() {
                    return 0;
                }
                let src = std::mem::take(&mut buf);
                if let Some(code) = finish(vm, globals, &src) {
                    return code;
                }
                continue;
            }
        };
        let empty = line == "\n";
        buf.push_str(&line);
        if !line.ends_with('\n') {
            // The last line has no newline: CPython asks for the rest of
            // it, meets the end of input, and runs what it has.
            buf.push('\n');
            let p2 = prompt(vm, "ps2");
            piepie::native::io::write_stderr(vm, &format!("{p2}\n"));
            let src = std::mem::take(&mut buf);
            if let Some(code) = finish(vm, globals, &src) {
                return code;
            }
            continue;
        }
        let outcome = match parse_interactive(&buf, STDIN_NAME) {
            Interactive::Complete { module, compound } => {
                if module.body.is_empty() {
                    buf.clear();
                    continue;
                }
                if compound && !empty {
                    continue;
                }
                execute(vm, globals, &module, &buf)
            }
            Interactive::Incomplete { error, open } => {
                if open || !empty {
                    continue;
                }
                report_syntax_error(vm, &error);
                None
            }
            Interactive::Error(error) => {
                report_syntax_error(vm, &error);
                None
            }
        };
        buf.clear();
        if let Some(code) = outcome {
            return code;
        }
    }
}

/// Runs (or reports) the input collected when the input ends.
fn finish(vm: &mut Vm, globals: Value, src: &str) -> Option<i32> {
    match parse_interactive(src, STDIN_NAME) {
        Interactive::Complete { module, .. } => execute(vm, globals, &module, src),
        Interactive::Incomplete { error, .. } | Interactive::Error(error) => {
            report_syntax_error(vm, &error);
            None
        }
    }
}

fn report_syntax_error(vm: &mut Vm, error: &piepie_syntax::SyntaxError) {
    piepie::native::io::write_stderr(vm, &error.render());
}

/// Compiles and runs one statement. Returns the exit code when it raised
/// `SystemExit`.
fn execute(
    vm: &mut Vm,
    globals: Value,
    module: &piepie_syntax::ast::Module,
    src: &str,
) -> Option<i32> {
    let code = match piepie::compile::compile_module(vm, module, src, STDIN_NAME, true) {
        Ok(c) => c,
        Err(e) => {
            // CPython has no source text for errors found after parsing
            // interactive input: no source line, no caret.
            let line = piepie_syntax::LineIndex::new(src).line(e.span.start);
            let error = piepie_syntax::SyntaxError {
                kind: piepie_syntax::SyntaxErrorKind::SyntaxError,
                msg: e.msg,
                filename: STDIN_NAME.to_string(),
                lineno: line,
                offset: 0,
                end_offset: 0,
                text: String::new(),
            };
            report_syntax_error(vm, &error);
            return None;
        }
    };
    let result = vm.exec_code(code, globals, globals);
    piepie::native::io::flush_stdout(vm);
    match result {
        Ok(_) => None,
        Err(e) if vm.exc_matches(e.0, ExcKind::SystemExit) => Some(crate::report_uncaught(vm, e.0)),
        Err(e) => {
            let text = vm.format_uncaught(e.0);
            piepie::native::io::write_stderr(vm, &text);
            None
        }
    }
}
