//! The standard library written in the subset (`stdlib/` at the repository
//! root), embedded in the binary by `build.rs`.
//!
//! Lookup order for a module name: if the environment variable
//! `PIEPIE_STDLIB` names a directory, the module is read from there (a
//! development override: edit a `.py` file and rerun without rebuilding);
//! otherwise the embedded copy is used. Either way a stdlib module is found
//! only after `sys.path`, as in CPython, where a script's own `json.py`
//! shadows the library's.

use std::borrow::Cow;
use std::path::PathBuf;

include!(concat!(env!("OUT_DIR"), "/stdlib_table.rs"));

/// One library module's source, ready to run.
pub struct StdlibModule {
    pub source: Cow<'static, str>,
    /// A package (`stdlib/<name>/__init__.py`): submodules are looked up
    /// under `<name>.`.
    pub is_package: bool,
    /// The name shown in tracebacks.
    pub filename: String,
}

/// The library module `name` (dotted), if there is one.
pub fn find(name: &str) -> Option<StdlibModule> {
    if let Some(dir) = std::env::var_os("PIEPIE_STDLIB") {
        return find_on_disk(PathBuf::from(dir), name);
    }
    let &(_, is_package, source) = STDLIB.iter().find(|(n, _, _)| *n == name)?;
    Some(StdlibModule {
        source: Cow::Borrowed(source),
        is_package,
        filename: display_name(name, is_package),
    })
}

fn find_on_disk(root: PathBuf, name: &str) -> Option<StdlibModule> {
    let rel: PathBuf = name.split('.').collect();
    let init = root.join(&rel).join("__init__.py");
    let (path, is_package) = if init.is_file() {
        (init, true)
    } else {
        (root.join(&rel).with_extension("py"), false)
    };
    let source = std::fs::read_to_string(&path).ok()?;
    Some(StdlibModule {
        source: Cow::Owned(source),
        is_package,
        filename: path.to_string_lossy().into_owned(),
    })
}

fn display_name(name: &str, is_package: bool) -> String {
    let rel = name.replace('.', "/");
    if is_package {
        format!("<stdlib>/{rel}/__init__.py")
    } else {
        format!("<stdlib>/{rel}.py")
    }
}

/// Whether `filename` names a library module's source: an embedded one
/// (`<stdlib>/...`) or one read from the `PIEPIE_STDLIB` directory. The
/// compiler grants library code a few things user programs are refused
/// (`metaclass=`).
pub fn is_library_file(filename: &str) -> bool {
    if filename.starts_with("<stdlib>/") {
        return true;
    }
    match std::env::var_os("PIEPIE_STDLIB") {
        Some(dir) => std::path::Path::new(filename).starts_with(PathBuf::from(dir)),
        None => false,
    }
}

/// The names of all embedded modules (for tests and `help('modules')`).
pub fn embedded_names() -> impl Iterator<Item = &'static str> {
    STDLIB.iter().map(|(n, _, _)| *n)
}
