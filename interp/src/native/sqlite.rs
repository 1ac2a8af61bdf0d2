//! `_sqlite3`: SQLite (bundled, through rusqlite) under `stdlib/sqlite3.py`,
//! which holds the DB-API classes. Connections live in a per-thread table
//! and are named by integer handles. `execute` runs one statement to the
//! end and returns its rows; errors raise the `sqlite3` module's exception
//! classes (IntegrityError, OperationalError, ...) with SQLite's messages and
//! `sqlite_errorcode` / `sqlite_errorname`, as CPython does.

use crate::builtins::add_function;
use crate::object::{kind_of, ObjKind, Value};
use crate::vm::{Args, Exc, ExcKind, PyResult, Vm};
use rusqlite::types::{Value as SqlValue, ValueRef};
use std::cell::RefCell;
use std::collections::HashMap;

thread_local! {
    static CONNS: RefCell<HashMap<i64, rusqlite::Connection>> = RefCell::new(HashMap::new());
    static NEXT: std::cell::Cell<i64> = const { std::cell::Cell::new(1) };
}

/// Raises `sqlite3.<class_name>(msg)`.
fn sql_exc(vm: &mut Vm, class_name: &str, msg: &str, code: Option<i32>) -> Exc {
    let k = vm.intern_static("sqlite3");
    let cls = crate::builtins::dict::dict_get_str(vm.modules, k).and_then(|m| {
        let d = vm.module_dict(m);
        let k = vm.intern(class_name);
        crate::builtins::dict::dict_get_str(d, k)
    });
    let Some(cls) = cls else {
        return vm.exc(
            ExcKind::RuntimeError,
            format!("sqlite3.{class_name}: {msg}"),
        );
    };
    let m = vm.new_str(msg);
    let e = vm.new_exception(cls, vec![m]);
    if let Some(c) = code {
        let (kc, kn) = (
            vm.intern_static("sqlite_errorcode"),
            vm.intern_static("sqlite_errorname"),
        );
        let cv = vm.new_int(c as i64);
        let nv = vm.new_str(error_name(c));
        let _ = vm.setattr(e, kc, cv);
        let _ = vm.setattr(e, kn, nv);
    }
    Exc(e)
}

fn error_name(code: i32) -> String {
    let primary = [
        "SQLITE_OK",
        "SQLITE_ERROR",
        "SQLITE_INTERNAL",
        "SQLITE_PERM",
        "SQLITE_ABORT",
        "SQLITE_BUSY",
        "SQLITE_LOCKED",
        "SQLITE_NOMEM",
        "SQLITE_READONLY",
        "SQLITE_INTERRUPT",
        "SQLITE_IOERR",
        "SQLITE_CORRUPT",
        "SQLITE_NOTFOUND",
        "SQLITE_FULL",
        "SQLITE_CANTOPEN",
        "SQLITE_PROTOCOL",
        "SQLITE_EMPTY",
        "SQLITE_SCHEMA",
        "SQLITE_TOOBIG",
        "SQLITE_CONSTRAINT",
        "SQLITE_MISMATCH",
        "SQLITE_MISUSE",
        "SQLITE_NOLFS",
        "SQLITE_AUTH",
        "SQLITE_FORMAT",
        "SQLITE_RANGE",
        "SQLITE_NOTADB",
    ];
    let ext = match code {
        275 => Some("SQLITE_CONSTRAINT_CHECK"),
        531 => Some("SQLITE_CONSTRAINT_COMMITHOOK"),
        787 => Some("SQLITE_CONSTRAINT_FOREIGNKEY"),
        1043 => Some("SQLITE_CONSTRAINT_FUNCTION"),
        1299 => Some("SQLITE_CONSTRAINT_NOTNULL"),
        1555 => Some("SQLITE_CONSTRAINT_PRIMARYKEY"),
        1811 => Some("SQLITE_CONSTRAINT_TRIGGER"),
        2067 => Some("SQLITE_CONSTRAINT_UNIQUE"),
        2323 => Some("SQLITE_CONSTRAINT_VTAB"),
        2579 => Some("SQLITE_CONSTRAINT_ROWID"),
        _ => None,
    };
    match ext {
        Some(n) => n.to_string(),
        None => primary
            .get((code & 0xff) as usize)
            .map(|s| s.to_string())
            .unwrap_or_else(|| format!("SQLITE_UNKNOWN_{code}")),
    }
}

/// The `sqlite3` exception for a rusqlite error.
fn db_error(vm: &mut Vm, e: rusqlite::Error) -> Exc {
    use rusqlite::ffi::ErrorCode as C;
    let e = match e {
        rusqlite::Error::SqlInputError { error, msg, .. } => {
            rusqlite::Error::SqliteFailure(error, Some(msg))
        }
        other => other,
    };
    match e {
        rusqlite::Error::SqliteFailure(fe, msg) => {
            let text = msg.unwrap_or_else(|| {
                // SAFETY: sqlite3_errstr returns a static NUL-terminated string.
                unsafe { std::ffi::CStr::from_ptr(rusqlite::ffi::sqlite3_errstr(fe.extended_code)) }
                    .to_string_lossy()
                    .to_string()
            });
            let cls = match fe.code {
                C::ConstraintViolation => "IntegrityError",
                C::InternalMalfunction | C::NotFound => "InternalError",
                C::DatabaseCorrupt | C::NotADatabase => "DatabaseError",
                C::TooBig => "DataError",
                C::ApiMisuse | C::ParameterOutOfRange => "InterfaceError",
                C::OutOfMemory => {
                    return vm.exc(ExcKind::MemoryError, text);
                }
                _ => "OperationalError",
            };
            sql_exc(vm, cls, &text, Some(fe.extended_code))
        }
        rusqlite::Error::MultipleStatement => sql_exc(
            vm,
            "ProgrammingError",
            "You can only execute one statement at a time.",
            None,
        ),
        rusqlite::Error::NulError(_) => sql_exc(
            vm,
            "ProgrammingError",
            "the query contains a null character",
            None,
        ),
        other => sql_exc(vm, "OperationalError", &other.to_string(), None),
    }
}

fn closed(vm: &mut Vm) -> Exc {
    sql_exc(
        vm,
        "ProgrammingError",
        "Cannot operate on a closed database.",
        None,
    )
}

fn handle(vm: &mut Vm, a: &Args) -> PyResult<i64> {
    match a.pos.first().and_then(|&v| vm.as_i64(v)) {
        Some(h) => Ok(h),
        None => Err(vm.type_error("_sqlite3: bad connection handle")),
    }
}

/// Runs `f` on connection `h`.
fn with_conn<T>(
    vm: &mut Vm,
    h: i64,
    f: impl FnOnce(&mut Vm, &rusqlite::Connection) -> PyResult<T>,
) -> PyResult<T> {
    // Take the connection out while `f` runs so a nested call cannot alias it.
    let conn = CONNS.with(|c| c.borrow_mut().remove(&h));
    let Some(conn) = conn else {
        return Err(closed(vm));
    };
    let r = f(vm, &conn);
    CONNS.with(|c| c.borrow_mut().insert(h, conn));
    r
}

fn q_open(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.pos.first().copied().unwrap_or(vm.none);
    if !(p.is_ptr() && matches!(kind_of(p), ObjKind::Str(_))) {
        let t = vm.type_name(p);
        return Err(vm.type_error(format!(
            "expected str, bytes or os.PathLike object, not {t}"
        )));
    }
    let path = crate::vm::str_of(p).to_string();
    let timeout = match a.pos.get(1).copied() {
        Some(v) => vm.to_f64(v)?.unwrap_or(5.0),
        None => 5.0,
    };
    let conn = match rusqlite::Connection::open(&path) {
        Ok(c) => c,
        Err(rusqlite::Error::SqliteFailure(fe, _)) => {
            return Err(sql_exc(
                vm,
                "OperationalError",
                "unable to open database file",
                Some(fe.extended_code),
            ))
        }
        Err(e) => return Err(db_error(vm, e)),
    };
    let _ = conn.busy_timeout(std::time::Duration::from_secs_f64(timeout.max(0.0)));
    let h = NEXT.with(|n| {
        let h = n.get();
        n.set(h + 1);
        h
    });
    CONNS.with(|c| c.borrow_mut().insert(h, conn));
    Ok(vm.new_int(h))
}

fn q_close(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let h = handle(vm, &a)?;
    let conn = CONNS.with(|c| c.borrow_mut().remove(&h));
    if let Some(conn) = conn {
        if let Err((conn, e)) = conn.close() {
            CONNS.with(|c| c.borrow_mut().insert(h, conn));
            return Err(db_error(vm, e));
        }
    }
    Ok(vm.none)
}

fn to_sql(vm: &mut Vm, v: Value, i: usize) -> PyResult<SqlValue> {
    if v == vm.none {
        return Ok(SqlValue::Null);
    }
    if let Some(n) = v.as_small() {
        return Ok(SqlValue::Integer(n));
    }
    match kind_of(v) {
        ObjKind::Bool(b) => Ok(SqlValue::Integer(*b as i64)),
        ObjKind::Int(_) => match vm.as_i64(v) {
            Some(n) => Ok(SqlValue::Integer(n)),
            None => Err(vm.exc(
                ExcKind::OverflowError,
                "Python int too large to convert to SQLite INTEGER",
            )),
        },
        ObjKind::Float(f) => Ok(SqlValue::Real(*f)),
        ObjKind::Str(s) => Ok(SqlValue::Text(s.as_str().to_string())),
        ObjKind::Bytes(b) | ObjKind::ByteArray(b) => Ok(SqlValue::Blob(b.clone())),
        _ => {
            let t = vm.type_name(v);
            Err(sql_exc(
                vm,
                "ProgrammingError",
                &format!("Error binding parameter {i}: type '{t}' is not supported"),
                None,
            ))
        }
    }
}

fn from_sql(vm: &mut Vm, v: ValueRef) -> Value {
    match v {
        ValueRef::Null => vm.none,
        ValueRef::Integer(n) => vm.new_int(n),
        ValueRef::Real(f) => vm.new_float(f),
        ValueRef::Text(t) => vm.new_str(String::from_utf8_lossy(t).to_string()),
        ValueRef::Blob(b) => vm.new_bytes(b.to_vec()),
    }
}

fn bind(vm: &mut Vm, stmt: &mut rusqlite::Statement, params: Value) -> PyResult<()> {
    let n = stmt.parameter_count();
    if params == vm.none {
        if n != 0 {
            return Err(sql_exc(
                vm,
                "ProgrammingError",
                &format!(
                    "Incorrect number of bindings supplied. The current statement uses {n}, and there are 0 supplied."
                ),
                None,
            ));
        }
        return Ok(());
    }
    if matches!(kind_of(params), ObjKind::Dict(_)) {
        for i in 1..=n {
            let Some(name) = stmt.parameter_name(i).map(|s| s[1..].to_string()) else {
                return Err(sql_exc(
                    vm,
                    "ProgrammingError",
                    &format!(
                        "Binding {i} has no name, but you supplied a dictionary (which has only names)."
                    ),
                    None,
                ));
            };
            let k = vm.new_str(name.as_str());
            let Some(v) = vm.dict_get(params, k)? else {
                return Err(sql_exc(
                    vm,
                    "ProgrammingError",
                    &format!("You did not supply a value for binding parameter :{name}."),
                    None,
                ));
            };
            let sv = to_sql(vm, v, i)?;
            stmt.raw_bind_parameter(i, sv)
                .map_err(|e| db_error(vm, e))?;
        }
        return Ok(());
    }
    let items = match kind_of(params) {
        ObjKind::Tuple(t) | ObjKind::List(t) if params.is_ptr() => t.clone(),
        // Any sequence binds its items (a str its characters, bytes their
        // ints, as CPython's PySequence check allows); sets are not sequences.
        ObjKind::Str(_) | ObjKind::Bytes(_) | ObjKind::ByteArray(_) if params.is_ptr() => {
            vm.iterate(params)?
        }
        ObjKind::Set(_) => {
            return Err(sql_exc(
                vm,
                "ProgrammingError",
                "parameters are of unsupported type",
                None,
            ))
        }
        _ => match vm.iterate(params) {
            Ok(v) => v,
            Err(_) => {
                return Err(sql_exc(
                    vm,
                    "ProgrammingError",
                    "parameters are of unsupported type",
                    None,
                ))
            }
        },
    };
    if items.len() != n {
        return Err(sql_exc(
            vm,
            "ProgrammingError",
            &format!(
                "Incorrect number of bindings supplied. The current statement uses {n}, and there are {} supplied.",
                items.len()
            ),
            None,
        ));
    }
    for (i, &v) in items.iter().enumerate() {
        let sv = to_sql(vm, v, i + 1)?;
        stmt.raw_bind_parameter(i + 1, sv)
            .map_err(|e| db_error(vm, e))?;
    }
    Ok(())
}

/// `execute(h, sql, params)` -> `(rows, column_names or None, lastrowid, changes)`.
fn q_execute(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let h = handle(vm, &a)?;
    let sqlv = a.pos.get(1).copied().unwrap_or(vm.none);
    if !(sqlv.is_ptr() && matches!(kind_of(sqlv), ObjKind::Str(_))) {
        let t = vm.type_name(sqlv);
        return Err(vm.type_error(format!("execute() argument 1 must be str, not {t}")));
    }
    let sql = crate::vm::str_of(sqlv).to_string();
    let params = a.pos.get(2).copied().unwrap_or(vm.none);
    with_conn(vm, h, |vm, conn| {
        let mut stmt = conn.prepare(&sql).map_err(|e| db_error(vm, e))?;
        bind(vm, &mut stmt, params)?;
        let names: Vec<String> = stmt.column_names().iter().map(|s| s.to_string()).collect();
        let ncol = names.len();
        let mut out = Vec::new();
        {
            let mut rows = stmt.raw_query();
            loop {
                match rows.next() {
                    Ok(Some(row)) => {
                        let mut vals = Vec::with_capacity(ncol);
                        for i in 0..ncol {
                            let v = row.get_ref(i).map_err(|e| db_error(vm, e))?;
                            vals.push(from_sql(vm, v));
                        }
                        out.push(vm.new_tuple(vals));
                    }
                    Ok(None) => break,
                    Err(e) => return Err(db_error(vm, e)),
                }
            }
        }
        let rows = vm.new_list(out);
        let cols = if ncol == 0 {
            vm.none
        } else {
            let v: Vec<Value> = names.iter().map(|n| vm.new_str(n.as_str())).collect();
            vm.new_tuple(v)
        };
        let last = vm.new_int(conn.last_insert_rowid());
        let changes = vm.new_int(conn.changes() as i64);
        Ok(vm.new_tuple(vec![rows, cols, last, changes]))
    })
}

fn q_executescript(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let h = handle(vm, &a)?;
    let sqlv = a.pos.get(1).copied().unwrap_or(vm.none);
    if !(sqlv.is_ptr() && matches!(kind_of(sqlv), ObjKind::Str(_))) {
        let t = vm.type_name(sqlv);
        return Err(vm.type_error(format!("executescript() argument 1 must be str, not {t}")));
    }
    let sql = crate::vm::str_of(sqlv).to_string();
    with_conn(vm, h, |vm, conn| {
        conn.execute_batch(&sql).map_err(|e| db_error(vm, e))?;
        Ok(vm.none)
    })
}

fn q_in_transaction(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let h = handle(vm, &a)?;
    with_conn(vm, h, |vm, conn| Ok(vm.bool_val(!conn.is_autocommit())))
}

fn q_total_changes(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let h = handle(vm, &a)?;
    with_conn(
        vm,
        h,
        |vm, conn| Ok(vm.new_int(conn.total_changes() as i64)),
    )
}

fn q_complete_statement(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = a.pos.first().copied().unwrap_or(vm.none);
    let Ok(c) = std::ffi::CString::new(crate::vm::str_of(s)) else {
        return Ok(vm.false_);
    };
    // SAFETY: c is a valid NUL-terminated string.
    let r = unsafe { rusqlite::ffi::sqlite3_complete(c.as_ptr()) };
    Ok(vm.bool_val(r != 0))
}

pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("_sqlite3");
    let d = vm.module_dict(m);
    for (n, f) in [
        ("open", q_open as crate::object::BuiltinFn),
        ("close", q_close),
        ("execute", q_execute),
        ("executescript", q_executescript),
        ("in_transaction", q_in_transaction),
        ("total_changes", q_total_changes),
        ("complete_statement", q_complete_statement),
    ] {
        add_function(vm, d, n, f);
    }
    let v = vm.new_str(rusqlite::version());
    let k = vm.intern_static("sqlite_version");
    vm.dict_set(d, k, v)?;
    Ok(m)
}
