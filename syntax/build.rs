//! Generates the LALRPOP parser from `src/grammar.lalrpop` at build time.

fn main() {
    lalrpop::Configuration::new()
        .use_cargo_dir_conventions()
        .emit_rerun_directives(true)
        .process()
        .expect("LALRPOP failed to process src/grammar.lalrpop");
}
