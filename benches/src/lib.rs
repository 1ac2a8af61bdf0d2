//! piepie's whole-program benchmark runner as a library: the statistics,
//! result model and checksum rules, the renderers (terminal table,
//! Markdown, JSON, SVG charts) and process measurement. `src/main.rs` is
//! the `bench-run` command that `benches/run` builds and starts.

pub mod exec;
pub mod load;
pub mod model;
pub mod report;
pub mod stats;
pub mod svg;
