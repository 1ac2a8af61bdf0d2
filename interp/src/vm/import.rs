//! Modules and names: the import system (native modules, `.py` files and
//! packages found on `sys.path`, module caching in `sys.modules`, relative
//! imports), global/namespace name lookup, and `with` entry.
//!
//! A module is registered in `sys.modules` before its body runs, so circular
//! imports see the partially initialised module, as in CPython.

use super::{ExcKind, PyResult, Vm};
use crate::builtins::dict::dict_get_str;
use crate::object::kind_of;
use crate::object::{ObjKind, Value};
use std::path::{Path, PathBuf};

impl Vm {
    /// `NameError: name 'x' is not defined`, with its `name` attribute.
    pub fn name_error(&mut self, name: Value) -> super::Exc {
        let n = super::str_of(name);
        let e = self.exc(ExcKind::NameError, format!("name '{n}' is not defined"));
        let nk = self.intern_static("name");
        let _ = self.store_instance_attr(e.0, nk, name);
        e
    }

    pub fn load_global(&mut self, globals: Value, builtins: Value, name: Value) -> PyResult<Value> {
        if let Some(v) = dict_get_str(globals, name) {
            return Ok(v);
        }
        if let Some(v) = dict_get_str(builtins, name) {
            return Ok(v);
        }
        Err(self.name_error(name))
    }

    pub fn load_name(
        &mut self,
        locals: Value,
        globals: Value,
        builtins: Value,
        name: Value,
    ) -> PyResult<Value> {
        if !locals.is_null() && locals != globals {
            if matches!(kind_of(locals), ObjKind::Dict(_)) {
                if let Some(v) = dict_get_str(locals, name) {
                    return Ok(v);
                }
            } else {
                match self.getitem(locals, name) {
                    Ok(v) => return Ok(v),
                    Err(e) if self.exc_matches(e.0, ExcKind::KeyError) => {}
                    Err(e) => return Err(e),
                }
            }
        }
        self.load_global(globals, builtins, name)
    }

    pub fn delete_name_from(&mut self, ns: Value, name: Value, global: bool) -> PyResult<()> {
        if dict_get_str(ns, name).is_none() {
            let _ = global;
            return Err(self.name_error(name));
        }
        self.delitem(ns, name)
    }

    /// `with mgr:` entry: returns (`mgr.__exit__` bound, `mgr.__enter__()`).
    pub fn enter_context(&mut self, mgr: Value) -> PyResult<(Value, Value)> {
        let enter_n = self.intern_static("__enter__");
        let exit_n = self.intern_static("__exit__");
        let Some(enter) = self.lookup_special(mgr, enter_n) else {
            let t = self.type_name(mgr);
            return Err(self.type_error(format!(
                "'{t}' object does not support the context manager protocol"
            )));
        };
        let Some(exit) = self.lookup_special(mgr, exit_n) else {
            let t = self.type_name(mgr);
            return Err(self.type_error(format!(
                "'{t}' object does not support the context manager protocol (missed __exit__ method)"
            )));
        };
        let exit_b = self.bind_descriptor(exit, mgr)?;
        let enter_b = self.bind_descriptor(enter, mgr)?;
        let entered = self.call(enter_b, &[])?;
        Ok((exit_b, entered))
    }

    /// A new, empty module object registered under `name`.
    pub fn new_module(&mut self, name: &str) -> Value {
        let d = self.new_dict();
        let nv = self.new_str(name);
        let key = self.intern_static("__name__");
        let _ = self.dict_set(d, key, nv);
        let (dk, none) = (self.intern_static("__doc__"), self.none);
        let _ = self.dict_set(d, dk, none);
        let m = self.alloc(self.types.module, ObjKind::Module { name: nv, dict: d });
        let k = self.new_str(name);
        let modules = self.modules;
        let _ = self.dict_set(modules, k, m);
        m
    }

    pub fn module_dict(&self, m: Value) -> Value {
        match kind_of(m) {
            ObjKind::Module { dict, .. } => *dict,
            _ => Value::NULL,
        }
    }

    /// `sys.modules[name]`, if loaded.
    fn cached_module(&mut self, name: &str) -> Option<Value> {
        let k = self.new_str(name);
        crate::builtins::dict::dict_get_str(self.modules, k)
    }

    /// Imports dotted `name` and returns the top package (or the leaf
    /// module when `fromlist` is non-empty), as `__import__` does.
    pub fn import_name(
        &mut self,
        name: Value,
        fromlist: Value,
        level: Value,
        globals: Value,
    ) -> PyResult<Value> {
        let level = self.as_i64(level).unwrap_or(0);
        let mut full = super::str_of(name).to_string();
        if level > 0 {
            let pkg_key = self.intern_static("__package__");
            let name_key = self.intern_static("__name__");
            let path_key = self.intern_static("__path__");
            let pkg = match dict_get_str(globals, pkg_key).filter(|v| *v != self.none) {
                Some(p) => super::str_of(p).to_string(),
                None => {
                    let modname = dict_get_str(globals, name_key)
                        .map(|v| super::str_of(v).to_string())
                        .unwrap_or_default();
                    if dict_get_str(globals, path_key).is_some() {
                        modname
                    } else {
                        modname
                            .rsplit_once('.')
                            .map(|(p, _)| p.to_string())
                            .unwrap_or_default()
                    }
                }
            };
            if pkg.is_empty() {
                return Err(self.exc(
                    ExcKind::ImportError,
                    "attempted relative import with no known parent package",
                ));
            }
            let mut parts: Vec<&str> = pkg.split('.').collect();
            for _ in 1..level {
                if parts.pop().is_none() || parts.is_empty() {
                    return Err(self.exc(
                        ExcKind::ImportError,
                        "attempted relative import beyond top-level package",
                    ));
                }
            }
            let base = parts.join(".");
            full = if full.is_empty() {
                base
            } else {
                format!("{base}.{full}")
            };
        }
        let mut module = Value::NULL;
        let mut top = Value::NULL;
        let mut prefix = String::new();
        for part in full.split('.') {
            if !prefix.is_empty() {
                prefix.push('.');
            }
            prefix.push_str(part);
            module = self.import_one(&prefix, module)?;
            if top.is_null() {
                top = module;
            }
        }
        let has_fromlist = fromlist != self.none
            && matches!(kind_of(fromlist), ObjKind::Tuple(t) if !t.is_empty());
        if has_fromlist {
            // Submodules named in the fromlist are imported too.
            if let ObjKind::Tuple(names) = kind_of(fromlist) {
                for &n in names.clone().iter() {
                    let ns = super::str_of(n).to_string();
                    if ns == "*" {
                        continue;
                    }
                    let d = self.module_dict(module);
                    if dict_get_str(d, n).is_none() {
                        let sub = format!("{full}.{ns}");
                        match self.import_one(&sub, module) {
                            Ok(_) => {}
                            Err(e) if self.exc_matches(e.0, ExcKind::ModuleNotFoundError) => {}
                            Err(e) => return Err(e),
                        }
                    }
                }
            }
            return Ok(module);
        }
        if level > 0 {
            return Ok(module);
        }
        Ok(top)
    }

    /// Imports one dotted prefix whose parent package is `parent` (NULL at top).
    fn import_one(&mut self, full: &str, parent: Value) -> PyResult<Value> {
        if let Some(m) = self.cached_module(full) {
            return Ok(m);
        }
        if parent.is_null() {
            if let Some(m) = crate::native::load_native_module(self, full)? {
                return Ok(m);
            }
        }
        let leaf = full.rsplit('.').next().unwrap_or(full).to_string();
        let search: Vec<PathBuf> = if parent.is_null() {
            self.sys_path()
        } else {
            let path_key = self.intern_static("__path__");
            let d = self.module_dict(parent);
            match dict_get_str(d, path_key) {
                Some(p) => self
                    .iterate(p)?
                    .into_iter()
                    .map(|v| PathBuf::from(super::str_of(v)))
                    .collect(),
                None => {
                    let pn = full.rsplit_once('.').map(|(p, _)| p).unwrap_or("");
                    return Err(self.exc(
                        ExcKind::ModuleNotFoundError,
                        format!("No module named '{full}'; '{pn}' is not a package"),
                    ));
                }
            }
        };
        for dir in &search {
            let pkg_init = dir.join(&leaf).join("__init__.py");
            if pkg_init.is_file() {
                let pkg_dir = dir.join(&leaf);
                return self.load_source_module(full, &pkg_init, Some(&pkg_dir), parent, &leaf);
            }
            let file = dir.join(format!("{leaf}.py"));
            if file.is_file() {
                return self.load_source_module(full, &file, None, parent, &leaf);
            }
        }
        if let Some(m) = crate::stdlib::find(full) {
            return self.load_stdlib_module(full, m, parent, &leaf);
        }
        let e = self.exc(
            ExcKind::ModuleNotFoundError,
            format!("No module named '{full}'"),
        );
        let (nk, mv) = (self.intern_static("name"), self.new_str(full));
        let _ = self.store_instance_attr(e.0, nk, mv);
        Err(e)
    }

    fn sys_path(&mut self) -> Vec<PathBuf> {
        let key = self.intern_static("path");
        let d = self.module_dict(self.sys_module);
        match dict_get_str(d, key) {
            Some(l) => match kind_of(l) {
                ObjKind::List(items) => items
                    .iter()
                    .map(|&v| PathBuf::from(super::str_of(v)))
                    .collect(),
                _ => vec![],
            },
            None => vec![],
        }
    }

    fn load_source_module(
        &mut self,
        full: &str,
        file: &Path,
        pkg_dir: Option<&Path>,
        parent: Value,
        leaf: &str,
    ) -> PyResult<Value> {
        let source = match std::fs::read_to_string(file) {
            Ok(s) => s,
            Err(e) => {
                return Err(self.exc(
                    ExcKind::ImportError,
                    format!("cannot read {}: {e}", file.display()),
                ))
            }
        };
        let fname = file.to_string_lossy().to_string();
        self.exec_module_source(
            full,
            &source,
            &fname,
            pkg_dir.map(|p| p.to_string_lossy().to_string()),
            parent,
            leaf,
        )
    }

    fn load_stdlib_module(
        &mut self,
        full: &str,
        m: crate::stdlib::StdlibModule,
        parent: Value,
        leaf: &str,
    ) -> PyResult<Value> {
        // A library package's `__path__` names no real directory: its
        // submodules are found by dotted name in the library (see above).
        let pkg_dir = m
            .is_package
            .then(|| format!("<stdlib>/{}", full.replace('.', "/")));
        crate::remember_source(&m.filename, &m.source);
        self.exec_module_source(full, &m.source, &m.filename, pkg_dir, parent, leaf)
    }

    fn exec_module_source(
        &mut self,
        full: &str,
        source: &str,
        filename: &str,
        pkg_dir: Option<String>,
        parent: Value,
        leaf: &str,
    ) -> PyResult<Value> {
        let m = self.new_module(full);
        let d = self.module_dict(m);
        let file_key = self.intern_static("__file__");
        let fv = self.new_str(filename);
        self.dict_set(d, file_key, fv)?;
        let pkg_key = self.intern_static("__package__");
        let pkg_name = if pkg_dir.is_some() {
            full.to_string()
        } else {
            full.rsplit_once('.')
                .map(|(p, _)| p.to_string())
                .unwrap_or_default()
        };
        let pv = self.new_str(pkg_name);
        self.dict_set(d, pkg_key, pv)?;
        if let Some(dir) = pkg_dir {
            let path_key = self.intern_static("__path__");
            let dv = self.new_str(dir);
            let l = self.new_list(vec![dv]);
            self.dict_set(d, path_key, l)?;
        }
        self.initializing.push(m);
        let r = self.with_roots(&[m], |vm| vm.run_source(source, filename, d));
        self.initializing.retain(|&x| x != m);
        if let Err(e) = r {
            let k = self.new_str(full);
            let modules = self.modules;
            let _ = self.delitem(modules, k);
            return Err(e);
        }
        if !parent.is_null() {
            let pd = self.module_dict(parent);
            let lk = self.intern(leaf);
            self.dict_set(pd, lk, m)?;
        }
        // The module object in sys.modules may have been replaced.
        Ok(self.cached_module(full).unwrap_or(m))
    }

    /// Compiles and runs `source` with `globals` as its namespace.
    pub fn run_source(&mut self, source: &str, filename: &str, globals: Value) -> PyResult<Value> {
        let code = self.compile_source(source, filename)?;
        self.exec_code(code, globals, globals)
    }

    /// Parses and compiles a module, mapping errors to SyntaxError.
    pub fn compile_source(
        &mut self,
        source: &str,
        filename: &str,
    ) -> PyResult<std::rc::Rc<crate::bytecode::CodeObject>> {
        let module = match piepie_syntax::parse_module(source, filename) {
            Ok(m) => m,
            Err(e) => return Err(self.syntax_error_from(&e)),
        };
        match crate::compile::compile_module(self, &module, source, filename, false) {
            Ok(c) => Ok(c),
            Err(e) => Err(self.compile_error(e, source, filename)),
        }
    }

    /// Runs a module-level code object in `globals` (and `locals`).
    pub fn exec_code(
        &mut self,
        code: std::rc::Rc<crate::bytecode::CodeObject>,
        globals: Value,
        locals: Value,
    ) -> PyResult<Value> {
        let bkey = self.intern_static("__builtins__");
        if dict_get_str(globals, bkey).is_none() {
            let bm = self.builtins_module();
            self.dict_set(globals, bkey, bm)?;
        }
        let frame = Box::new(super::frame::Frame::new(
            code,
            globals,
            self.builtins,
            locals,
            Value::NULL,
        ));
        self.run_frame(frame)
    }

    pub fn builtins_module(&mut self) -> Value {
        let k = self.new_str("builtins");
        dict_get_str(self.modules, k).unwrap_or(self.none)
    }

    /// `from module import name`.
    pub fn import_from(&mut self, module: Value, name: Value) -> PyResult<Value> {
        if let Some(v) = self.getattr_opt(module, name)? {
            return Ok(v);
        }
        // A submodule not yet bound as an attribute.
        let mname = match kind_of(module) {
            ObjKind::Module { name, .. } => super::str_of(*name).to_string(),
            _ => String::new(),
        };
        let full = format!("{mname}.{}", super::str_of(name));
        if let Some(m) = self.cached_module(&full) {
            return Ok(m);
        }
        let file_key = self.intern_static("__file__");
        let d = self.module_dict(module);
        let loc = dict_get_str(d, file_key).map(|f| super::str_of(f).to_string());
        let msg = match loc {
            Some(f) if self.initializing.contains(&module) => format!(
                "cannot import name '{}' from partially initialized module '{mname}' \
                 (most likely due to a circular import) ({f})",
                super::str_of(name)
            ),
            Some(f) => format!(
                "cannot import name '{}' from '{mname}' ({f})",
                super::str_of(name)
            ),
            None => format!(
                "cannot import name '{}' from '{mname}' (unknown location)",
                super::str_of(name)
            ),
        };
        let e = self.exc(ExcKind::ImportError, msg);
        let (nk, mv) = (self.intern_static("name"), self.new_str(mname));
        let _ = self.store_instance_attr(e.0, nk, mv);
        Err(e)
    }

    /// `from module import *` into namespace `ns`.
    pub fn import_star(&mut self, module: Value, ns: Value) -> PyResult<()> {
        let d = self.module_dict(module);
        let all_key = self.intern_static("__all__");
        let names: Vec<Value> = match dict_get_str(d, all_key) {
            Some(all) => self.iterate(all)?,
            None => match kind_of(d) {
                ObjKind::Dict(dd) => dd
                    .iter()
                    .map(|e| e.key)
                    .filter(|k| !super::str_of(*k).starts_with('_'))
                    .collect(),
                _ => vec![],
            },
        };
        for n in names {
            let v = self.getattr(module, n)?;
            self.setitem(ns, n, v)?;
        }
        Ok(())
    }
}
