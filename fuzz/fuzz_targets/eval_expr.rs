//! Arbitrary bytes as an expression for eval() under restricted builtins:
//! a value or a Python exception, never a panic (see piepie::fuzz_checks).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    piepie_fuzz::run(piepie_fuzz::Check::Eval, data);
});
