//! Standard streams and files: buffered stdout/stderr writes (flushed at
//! exit and before reading stdin) and `open()` for text and binary files.

use crate::object::kind_of;
use crate::object::{FileObj, ObjKind, Value};
use crate::vm::{Args, ExcKind, PyResult, Vm};
use std::io::{Read, Write};

thread_local! {
    static STDOUT_BUF: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

pub fn write_stdout(_vm: &mut Vm, s: &str) {
    STDOUT_BUF.with(|b| {
        let mut b = b.borrow_mut();
        b.extend_from_slice(s.as_bytes());
        if b.len() > 1 << 16 {
            let _ = std::io::stdout().write_all(&b);
            b.clear();
        }
    });
}

pub fn flush_stdout(_vm: &mut Vm) {
    STDOUT_BUF.with(|b| {
        let mut b = b.borrow_mut();
        let _ = std::io::stdout().write_all(&b);
        let _ = std::io::stdout().flush();
        b.clear();
    });
}

pub fn write_stderr(vm: &mut Vm, s: &str) {
    flush_stdout(vm);
    let _ = std::io::stderr().write_all(s.as_bytes());
}

fn stream_write(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = match kind_of(a.pos[0]) {
        ObjKind::StdStream(fd) => *fd,
        _ => 1,
    };
    let Some(&sv) = a.pos.get(1) else {
        return Err(vm.type_error("write() takes exactly one argument"));
    };
    if !matches!(kind_of(sv), ObjKind::Str(_)) {
        let t = vm.type_name(sv);
        return Err(vm.type_error(format!("write() argument must be str, not {t}")));
    }
    let s = crate::vm::str_of(sv).to_string();
    if fd == 1 {
        write_stdout(vm, &s);
    } else {
        write_stderr(vm, &s);
    }
    Ok(vm.new_int(s.chars().count() as i64))
}

fn stream_flush(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    flush_stdout(vm);
    Ok(vm.none)
}

/// A `sys.stdout`-like object for fd 1 or 2.
pub fn new_std_stream(vm: &mut Vm, fd: i32) -> Value {
    vm.alloc(vm.types.text_io, ObjKind::StdStream(fd))
}

fn file_of<'a>(vm: &mut Vm, v: Value) -> PyResult<&'a mut FileObj> {
    match &mut v.obj_mut().kind {
        ObjKind::File(f) => {
            if f.file.is_none() {
                return Err(vm.value_error("I/O operation on closed file."));
            }
            Ok(f)
        }
        _ => Err(vm.type_error("not a file")),
    }
}

pub fn open(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(&p) = a.pos.first() else {
        return Err(vm.type_error("open() missing required argument 'file' (pos 1)"));
    };
    let path = crate::vm::str_of(p).to_string();
    let mode = a
        .pos
        .get(1)
        .copied()
        .or_else(|| a.kw("mode"))
        .map(|m| crate::vm::str_of(m).to_string())
        .unwrap_or_else(|| "r".into());
    let binary = mode.contains('b');
    let mut opts = std::fs::OpenOptions::new();
    let (readable, writable) = if mode.contains('w') {
        opts.write(true).create(true).truncate(true);
        (mode.contains('+'), true)
    } else if mode.contains('a') {
        opts.append(true).create(true);
        (mode.contains('+'), true)
    } else if mode.contains('x') {
        opts.write(true).create_new(true);
        (false, true)
    } else {
        opts.read(true);
        if mode.contains('+') {
            opts.write(true);
        }
        (true, mode.contains('+'))
    };
    match opts.open(&path) {
        Ok(f) => {
            let fo = FileObj {
                name: path,
                mode,
                file: Some(f),
                readable,
                writable,
                binary,
                read_buf: Vec::new(),
                write_buf: Vec::new(),
                eof: false,
            };
            let cls = if binary {
                vm.types.buffered_io
            } else {
                vm.types.text_io
            };
            Ok(vm.alloc(cls, ObjKind::File(Box::new(fo))))
        }
        Err(e) => Err(os_error(vm, &e, &path)),
    }
}

/// An OSError subclass for an I/O error, with errno, strerror, filename.
pub fn os_error(vm: &mut Vm, e: &std::io::Error, path: &str) -> crate::vm::Exc {
    crate::native::oserr::io_error(vm, e, Some(path))
}

fn fill_all(vm: &mut Vm, f: &mut FileObj) -> PyResult<()> {
    if f.eof {
        return Ok(());
    }
    let mut buf = Vec::new();
    if let Some(file) = f.file.as_mut() {
        if let Err(e) = file.read_to_end(&mut buf) {
            let n = f.name.clone();
            return Err(os_error(vm, &e, &n));
        }
    }
    f.read_buf.extend(buf);
    f.eof = true;
    Ok(())
}

fn make_text(vm: &mut Vm, f: &FileObj, bytes: Vec<u8>) -> Value {
    if f.binary {
        vm.new_bytes(bytes)
    } else {
        vm.new_str(String::from_utf8_lossy(&bytes).replace("\r\n", "\n"))
    }
}

fn file_read(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = file_of(vm, a.pos[0])?;
    if !f.readable {
        return Err(vm.exc(ExcKind::OSError, "not readable"));
    }
    fill_all(vm, f)?;
    let n = a.pos.get(1).and_then(|&x| vm.as_i64(x)).unwrap_or(-1);
    let take = if n < 0 {
        f.read_buf.len()
    } else {
        (n as usize).min(f.read_buf.len())
    };
    let bytes: Vec<u8> = f.read_buf.drain(..take).collect();
    Ok(make_text(vm, f, bytes))
}

fn read_line(vm: &mut Vm, f: &mut FileObj) -> PyResult<Option<Vec<u8>>> {
    fill_all(vm, f)?;
    if f.read_buf.is_empty() {
        return Ok(None);
    }
    let end = f
        .read_buf
        .iter()
        .position(|&b| b == b'\n')
        .map(|p| p + 1)
        .unwrap_or(f.read_buf.len());
    Ok(Some(f.read_buf.drain(..end).collect()))
}

fn file_readline(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = file_of(vm, a.pos[0])?;
    let line = read_line(vm, f)?.unwrap_or_default();
    Ok(make_text(vm, f, line))
}

fn file_readlines(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = file_of(vm, a.pos[0])?;
    let mut out = Vec::new();
    while let Some(l) = read_line(vm, f)? {
        out.push(make_text(vm, f, l));
    }
    Ok(vm.new_list(out))
}

/// `next()` on a file: the next line, or None at end.
pub fn file_next_line(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    let f = file_of(vm, it)?;
    match read_line(vm, f)? {
        Some(l) => Ok(Some(make_text(vm, f, l))),
        None => Ok(None),
    }
}

fn file_write(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = file_of(vm, a.pos[0])?;
    if !f.writable {
        return Err(vm.exc(ExcKind::OSError, "not writable"));
    }
    let data = a.pos.get(1).copied().unwrap_or(vm.none);
    let (bytes, n) = match kind_of(data) {
        ObjKind::Str(s) if !f.binary => (s.as_str().as_bytes().to_vec(), s.char_len),
        ObjKind::Bytes(b) | ObjKind::ByteArray(b) if f.binary => (b.clone(), b.len()),
        _ => {
            let t = vm.type_name(data);
            let want = if f.binary {
                "a bytes-like object is required"
            } else {
                "write() argument must be str"
            };
            return Err(vm.type_error(format!("{want}, not {t}")));
        }
    };
    if let Some(file) = f.file.as_mut() {
        if let Err(e) = file.write_all(&bytes) {
            let n = f.name.clone();
            return Err(os_error(vm, &e, &n));
        }
    }
    Ok(vm.new_int(n as i64))
}

fn file_close(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if let ObjKind::File(f) = &mut a.pos[0].obj_mut().kind {
        f.file = None;
    }
    Ok(vm.none)
}

fn file_enter(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(a.pos[0])
}

fn file_exit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    file_close(vm, Args::new(&a.pos[..1]))?;
    Ok(vm.false_)
}

pub fn install(vm: &mut Vm) {
    use crate::builtins::add_method;
    use crate::object::function::BuiltinKind::Method;
    for cls in [vm.types.text_io, vm.types.buffered_io] {
        add_method(vm, cls, "read", Method, file_read);
        add_method(vm, cls, "readline", Method, file_readline);
        add_method(vm, cls, "readlines", Method, file_readlines);
        add_method(vm, cls, "close", Method, file_close);
        add_method(vm, cls, "__enter__", Method, file_enter);
        add_method(vm, cls, "__exit__", Method, file_exit);
        add_method(vm, cls, "__iter__", Method, file_enter);
    }
    add_method(vm, vm.types.buffered_io, "write", Method, file_write);
    // Text files and std streams share `write`.
    add_method(vm, vm.types.text_io, "write", Method, text_write);
    add_method(vm, vm.types.text_io, "flush", Method, stream_flush);
}

fn text_write(vm: &mut Vm, a: Args) -> PyResult<Value> {
    match kind_of(a.pos[0]) {
        ObjKind::StdStream(_) => stream_write(vm, a),
        _ => file_write(vm, a),
    }
}
