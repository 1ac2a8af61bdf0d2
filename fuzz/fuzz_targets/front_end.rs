//! Arbitrary bytes as a module's source: they compile, or raise
//! SyntaxError, RecursionError or MemoryError (see piepie::fuzz_checks).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    piepie_fuzz::run(piepie_fuzz::Check::FrontEnd, data);
});
