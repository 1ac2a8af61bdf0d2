//! piepie: a Python-subset interpreter with a meta-tracing JIT.
//!
//! `compile/` turns the AST of `piepie-syntax` into `bytecode/`; `vm/`
//! runs it over the object model of `object/`; `builtins/` and `native/`
//! provide the built-in functions, types and Rust modules. The dispatch loop
//! is written against `piepie_jit::Ops` so the JIT can trace it.

pub mod builtins;
pub mod bytecode;
pub mod compile;
pub mod fuzz_checks;
pub mod memory;
pub mod native;
pub mod object;
pub mod stdlib;
pub mod vm;

use std::collections::HashMap;
use std::sync::Mutex;

static SOURCES: Mutex<Option<HashMap<String, Vec<String>>>> = Mutex::new(None);

/// Remembers a file's source so tracebacks can show its lines.
pub fn remember_source(filename: &str, source: &str) {
    let mut g = SOURCES.lock().unwrap_or_else(|e| e.into_inner());
    g.get_or_insert_with(HashMap::new).insert(
        filename.to_string(),
        source.lines().map(str::to_string).collect(),
    );
}

/// Line `line` (1-based) of a file, from memory or disk.
pub fn source_line(filename: &str, line: u32) -> Option<String> {
    let mut g = SOURCES.lock().unwrap_or_else(|e| e.into_inner());
    let map = g.get_or_insert_with(HashMap::new);
    if !map.contains_key(filename) {
        let text = std::fs::read_to_string(filename).ok()?;
        map.insert(
            filename.to_string(),
            text.lines().map(str::to_string).collect(),
        );
    }
    map.get(filename)?
        .get((line as usize).checked_sub(1)?)
        .cloned()
}
