//! Empty library: this package exists for its criterion benchmarks in
//! `benches/interp.rs` (run with `cargo bench -p piepie-micro`).
