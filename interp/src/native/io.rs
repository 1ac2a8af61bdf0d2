//! Standard streams and files: buffered stdout/stderr writes (flushed at
//! exit and before reading stdin) and `open()` for text (UTF-8, universal
//! newlines) and binary files: modes r/w/a/x with + and b, read/readline/
//! readlines/iteration/write/writelines/seek/tell/flush/close and `with`.

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
    if fd == 0 {
        return Err(unsupported(vm, "not writable"));
    }
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

/// A `sys.stdout`-like object for fd 1 or 2.
pub fn new_std_stream(vm: &mut Vm, fd: i32) -> Value {
    vm.alloc(vm.types.text_io, ObjKind::StdStream(fd))
}

/// The open file behind `v` for method `op`; the ValueError CPython's
/// layer raises for `op` when it is closed (a binary file's buffered layer
/// names the operation; after a mode mismatch, UnsupportedOperation wins).
fn file_of_op<'a>(vm: &mut Vm, v: Value, op: &str) -> PyResult<&'a mut FileObj> {
    match &mut v.obj_mut().kind {
        ObjKind::File(f) => {
            if f.file.is_none() {
                let no_period = matches!(
                    op,
                    "fileno" | "readable" | "writable" | "seekable" | "isatty"
                );
                let msg = if f.binary {
                    match op {
                        "read" | "readline" | "__next__" if !f.readable => {
                            return Err(unsupported(vm, "read"));
                        }
                        "write" if !f.writable => return Err(unsupported(vm, "write")),
                        "read" => "read of closed file",
                        "readline" | "__next__" => "readline of closed file",
                        "write" => "write to closed file",
                        "seek" => "seek of closed file",
                        "flush" if f.writable => "flush of closed file",
                        "truncate" => "truncate of closed file",
                        "tell" => "I/O operation on closed file",
                        _ if no_period => "I/O operation on closed file",
                        _ => "I/O operation on closed file.",
                    }
                } else if no_period {
                    "I/O operation on closed file"
                } else {
                    "I/O operation on closed file."
                };
                return Err(vm.value_error(msg));
            }
            Ok(f)
        }
        _ => Err(vm.type_error("not a file")),
    }
}

/// `io.UnsupportedOperation(msg)` (the class lives in stdlib/io.py and
/// derives from OSError and ValueError; a plain OSError if io cannot load).
fn unsupported(vm: &mut Vm, msg: &str) -> crate::vm::Exc {
    let name = vm.new_str("io");
    let fromlist = vm.new_tuple(vec![]);
    let (none, zero) = (vm.none, vm.new_int(0));
    if let Ok(m) = vm.import_name(name, fromlist, zero, none) {
        let k = vm.intern_static("UnsupportedOperation");
        if let Some(cls) = crate::builtins::dict::dict_get_str(vm.module_dict(m), k) {
            let arg = vm.new_str(msg);
            return match vm.call(cls, &[arg]) {
                Ok(e) => crate::vm::Exc(e),
                Err(e) => e,
            };
        }
    }
    vm.exc(ExcKind::OSError, msg)
}

pub fn open(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(p) = a.pos.first().copied().or_else(|| a.kw("file")) else {
        return Err(vm.type_error("open() missing required argument 'file' (pos 1)"));
    };
    if !(p.is_ptr() && matches!(kind_of(p), ObjKind::Str(_))) {
        let t = vm.type_name(p);
        return Err(vm.type_error(format!(
            "expected str, bytes or os.PathLike object, not {t}"
        )));
    }
    let path = crate::vm::str_of(p).to_string();
    let mode = match a.pos.get(1).copied().or_else(|| a.kw("mode")) {
        Some(m) if m.is_ptr() && matches!(kind_of(m), ObjKind::Str(_)) => {
            crate::vm::str_of(m).to_string()
        }
        Some(m) => {
            let t = vm.type_name(m);
            return Err(vm.type_error(format!("open() argument 'mode' must be str, not {t}")));
        }
        None => "r".into(),
    };
    let enc = a.pos.get(3).copied().or_else(|| a.kw("encoding"));
    let mut seen = std::collections::HashSet::new();
    let mut kinds = 0;
    for c in mode.chars() {
        if !"rwaxb+t".contains(c) || !seen.insert(c) {
            return Err(vm.value_error(format!("invalid mode: '{mode}'")));
        }
        if "rwax".contains(c) {
            kinds += 1;
        }
    }
    if kinds != 1 {
        return Err(vm.value_error("must have exactly one of create/read/write/append mode"));
    }
    let binary = mode.contains('b');
    if binary && mode.contains('t') {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    let mut encoding = "UTF-8".to_string();
    if let Some(e) = enc {
        if e != vm.none && !(e.is_ptr() && matches!(kind_of(e), ObjKind::Str(_))) {
            let t = vm.type_name(e);
            return Err(vm.type_error(format!(
                "open() argument 'encoding' must be str or None, not {t}"
            )));
        }
        if e != vm.none {
            encoding = crate::vm::str_of(e).to_string();
            if binary {
                return Err(vm.value_error("binary mode doesn't take an encoding argument"));
            }
            let name = crate::vm::str_of(e).to_ascii_lowercase().replace('_', "-");
            if !matches!(name.as_str(), "utf-8" | "utf8" | "ascii" | "us-ascii") {
                return Err(vm.exc(
                    ExcKind::NotImplementedError,
                    format!(
                        "open(): encoding {:?} is not supported (only utf-8)",
                        crate::vm::str_of(e)
                    ),
                ));
            }
        }
    }
    let newline = match a.pos.get(6).copied().or_else(|| a.kw("newline")) {
        None => None,
        Some(v) if v == vm.none => None,
        Some(v) if v.is_ptr() && matches!(kind_of(v), ObjKind::Str(_)) => {
            let nl = crate::vm::str_of(v).to_string();
            if !matches!(nl.as_str(), "" | "\n" | "\r" | "\r\n") {
                let r = vm.repr_string(v)?;
                return Err(
                    vm.value_error(format!("illegal newline value: {}", &r[1..r.len() - 1]))
                );
            }
            if binary {
                return Err(vm.value_error("binary mode doesn't take a newline argument"));
            }
            Some(nl)
        }
        Some(v) => {
            let t = vm.type_name(v);
            return Err(vm.type_error(format!(
                "open() argument 'newline' must be str or None, not {t}"
            )));
        }
    };
    let errors = match a.pos.get(4).copied().or_else(|| a.kw("errors")) {
        None => "strict".to_string(),
        Some(v) if v == vm.none => "strict".to_string(),
        Some(v) if v.is_ptr() && matches!(kind_of(v), ObjKind::Str(_)) => {
            if binary {
                return Err(vm.value_error("binary mode doesn't take an errors argument"));
            }
            crate::vm::str_of(v).to_string()
        }
        Some(v) => {
            let t = vm.type_name(v);
            return Err(vm.type_error(format!(
                "open() argument 'errors' must be str or None, not {t}"
            )));
        }
    };
    if let Some(b) = a.pos.get(2).copied().or_else(|| a.kw("buffering")) {
        if vm.as_i64(b) == Some(0) && !binary {
            return Err(vm.value_error("can't have unbuffered text I/O"));
        }
    }
    let plus = mode.contains('+');
    let mut opts = std::fs::OpenOptions::new();
    let (readable, writable) = if mode.contains('w') {
        opts.write(true).create(true).truncate(true).read(plus);
        (plus, true)
    } else if mode.contains('a') {
        opts.append(true).create(true).read(plus);
        (plus, true)
    } else if mode.contains('x') {
        opts.write(true).create_new(true).read(plus);
        (plus, true)
    } else {
        opts.read(true).write(plus);
        (true, plus)
    };
    match opts.open(&path) {
        Ok(mut f) => {
            if mode.contains('a') {
                // Append mode starts at the end, so tell() is the size.
                use std::io::Seek;
                let _ = f.seek(std::io::SeekFrom::End(0));
            }
            if f.metadata().map(|m| m.is_dir()).unwrap_or(false) {
                return Err(crate::native::oserr::errno_error(
                    vm,
                    libc::EISDIR,
                    Some(&path),
                    None,
                ));
            }
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
                newline,
                encoding,
                errors,
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
    if !f.binary && f.newline.is_none() && buf.contains(&b'\r') {
        // Universal newlines: \r\n and \r read as \n.
        let mut out = Vec::with_capacity(buf.len());
        let mut i = 0;
        while i < buf.len() {
            if buf[i] == b'\r' {
                out.push(b'\n');
                if buf.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
            } else {
                out.push(buf[i]);
            }
            i += 1;
        }
        buf = out;
    }
    f.read_buf.extend(buf);
    f.eof = true;
    Ok(())
}

fn make_text(vm: &mut Vm, f: &FileObj, bytes: Vec<u8>) -> PyResult<Value> {
    if f.binary {
        return Ok(vm.new_bytes(bytes));
    }
    match String::from_utf8(bytes) {
        Ok(s) => Ok(vm.new_str(s)),
        Err(e) => {
            // The codec's own error (reason and position as CPython's).
            let bytes = e.into_bytes();
            let obj = vm.new_bytes(bytes.clone());
            let errors = f.errors.clone();
            let s = crate::builtins::codecs::decode(vm, obj, &bytes, "utf-8", &errors)?;
            Ok(vm.new_str(s))
        }
    }
}

fn check_readable(vm: &mut Vm, f: &FileObj) -> PyResult<()> {
    if !f.readable {
        return Err(unsupported(
            vm,
            if f.binary { "read" } else { "not readable" },
        ));
    }
    Ok(())
}

/// The number of leading bytes of `buf` holding `n` UTF-8 characters.
fn char_prefix(buf: &[u8], n: usize) -> usize {
    let mut chars = 0;
    for (i, &b) in buf.iter().enumerate() {
        if b & 0xC0 != 0x80 {
            if chars == n {
                return i;
            }
            chars += 1;
        }
    }
    buf.len()
}

fn size_arg(vm: &mut Vm, a: &Args) -> PyResult<i64> {
    match a.pos.get(1).copied().or_else(|| a.kw("size")) {
        None => Ok(-1),
        Some(v) if v == vm.none => Ok(-1),
        Some(v) => match vm.as_i64(v) {
            Some(n) => Ok(n),
            None => {
                let t = vm.type_name(v);
                Err(vm.type_error(format!("argument should be integer or None, not '{t}'")))
            }
        },
    }
}

/// Whether `v` is `sys.stdin` (the std stream of fd 0).
fn is_stdin(v: Value) -> bool {
    v.is_ptr() && matches!(kind_of(v), ObjKind::StdStream(0))
}

/// One line of the process's stdin, up to and including \n ("" at EOF).
/// Like CPython's POSIX sys.stdin (newline="\n"), \r is not translated.
fn stdin_line(vm: &mut Vm, limit: i64) -> PyResult<String> {
    use std::io::BufRead;
    flush_stdout(vm);
    let mut raw = Vec::new();
    let stdin = std::io::stdin();
    let mut lock = stdin.lock();
    loop {
        if limit >= 0 && String::from_utf8_lossy(&raw).chars().count() as i64 >= limit {
            break;
        }
        let buf = match lock.fill_buf() {
            Ok(b) => b,
            Err(e) => return Err(os_error(vm, &e, "<stdin>")),
        };
        if buf.is_empty() {
            break;
        }
        let b = buf[0];
        lock.consume(1);
        raw.push(b);
        if b == b'\n' {
            break;
        }
    }
    match String::from_utf8(raw) {
        Ok(s) => Ok(s),
        Err(_) => Err(vm.value_error("stdin is not valid UTF-8")),
    }
}

/// read/readline/readlines/next on sys.stdin.
fn stdin_op(vm: &mut Vm, op: &str, a: &Args) -> PyResult<Value> {
    match op {
        "read" => {
            let n = size_arg(vm, a)?;
            let mut out = String::new();
            loop {
                let want = if n < 0 {
                    -1
                } else {
                    n - out.chars().count() as i64
                };
                if want == 0 {
                    break;
                }
                let line = stdin_line(vm, want)?;
                if line.is_empty() {
                    break;
                }
                out.push_str(&line);
            }
            Ok(vm.new_str(out))
        }
        "readline" => {
            let n = size_arg(vm, a)?;
            let line = stdin_line(vm, n)?;
            Ok(vm.new_str(line))
        }
        "readlines" => {
            let mut out = Vec::new();
            loop {
                let line = stdin_line(vm, -1)?;
                if line.is_empty() {
                    break;
                }
                out.push(vm.new_str(line));
            }
            Ok(vm.new_list(out))
        }
        _ => {
            let line = stdin_line(vm, -1)?;
            if line.is_empty() {
                return Err(crate::vm::Exc(
                    vm.new_exception(vm.exc_type(ExcKind::StopIteration), vec![]),
                ));
            }
            Ok(vm.new_str(line))
        }
    }
}

fn file_read(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if is_stdin(a.pos[0]) {
        return stdin_op(vm, "read", &a);
    }
    let f = file_of_op(vm, a.pos[0], "read")?;
    check_readable(vm, f)?;
    let n = size_arg(vm, &a)?;
    fill_all(vm, f)?;
    let take = if n < 0 {
        f.read_buf.len()
    } else if f.binary {
        (n as usize).min(f.read_buf.len())
    } else {
        char_prefix(&f.read_buf, n as usize)
    };
    let bytes: Vec<u8> = f.read_buf.drain(..take).collect();
    make_text(vm, f, bytes)
}

fn read_line(vm: &mut Vm, f: &mut FileObj, limit: i64) -> PyResult<Option<Vec<u8>>> {
    check_readable(vm, f)?;
    fill_all(vm, f)?;
    if f.read_buf.is_empty() {
        return Ok(None);
    }
    // Where a line ends depends on `newline`: universal (already
    // translated to \n) or "\n" split at \n; "" at \n, \r or \r\n (kept);
    // "\r" at \r; "\r\n" at \r\n.
    let buf = &f.read_buf;
    let mut end = buf.len();
    match f.newline.as_deref() {
        Some("") if !f.binary => {
            for (i, &b) in buf.iter().enumerate() {
                if b == b'\n' {
                    end = i + 1;
                    break;
                }
                if b == b'\r' {
                    end = if buf.get(i + 1) == Some(&b'\n') {
                        i + 2
                    } else {
                        i + 1
                    };
                    break;
                }
            }
        }
        Some("\r") if !f.binary => {
            if let Some(p) = buf.iter().position(|&b| b == b'\r') {
                end = p + 1;
            }
        }
        Some("\r\n") if !f.binary => {
            if let Some(p) = buf.windows(2).position(|w| w == b"\r\n") {
                end = p + 2;
            }
        }
        _ => {
            if let Some(p) = buf.iter().position(|&b| b == b'\n') {
                end = p + 1;
            }
        }
    }
    if limit >= 0 {
        let cap = if f.binary {
            limit as usize
        } else {
            char_prefix(&f.read_buf, limit as usize)
        };
        end = end.min(cap);
    }
    Ok(Some(f.read_buf.drain(..end).collect()))
}

fn file_readline(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if is_stdin(a.pos[0]) {
        return stdin_op(vm, "readline", &a);
    }
    let f = file_of_op(vm, a.pos[0], "readline")?;
    let n = size_arg(vm, &a)?;
    let line = read_line(vm, f, n)?.unwrap_or_default();
    make_text(vm, f, line)
}

fn file_readlines(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if is_stdin(a.pos[0]) {
        return stdin_op(vm, "readlines", &a);
    }
    let f = file_of_op(vm, a.pos[0], "readlines")?;
    let mut out = Vec::new();
    while let Some(l) = read_line(vm, f, -1)? {
        let v = make_text(vm, f, l)?;
        out.push(v);
    }
    Ok(vm.new_list(out))
}

/// `next()` on a file: the next line, or None at end.
pub fn file_next_line(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    let f = file_of_op(vm, it, "__next__")?;
    match read_line(vm, f, -1)? {
        Some(l) => Ok(Some(make_text(vm, f, l)?)),
        None => Ok(None),
    }
}

/// Moves the OS position back over bytes read ahead but not consumed, so
/// that a write or tell lands at the logical position.
fn sync_position(vm: &mut Vm, f: &mut FileObj) -> PyResult<u64> {
    use std::io::Seek;
    let back = f.read_buf.len() as i64;
    let Some(file) = f.file.as_mut() else {
        return Ok(0);
    };
    let r = if back > 0 && !f.mode.contains('a') {
        file.seek(std::io::SeekFrom::Current(-back))
    } else {
        file.stream_position()
    };
    f.read_buf.clear();
    f.eof = false;
    match r {
        Ok(p) => Ok(p),
        Err(e) => {
            let n = f.name.clone();
            Err(os_error(vm, &e, &n))
        }
    }
}

fn write_bytes(vm: &mut Vm, f: &mut FileObj, data: Value) -> PyResult<usize> {
    if !f.writable {
        return Err(unsupported(
            vm,
            if f.binary { "write" } else { "not writable" },
        ));
    }
    let (bytes, n) = match kind_of(data) {
        ObjKind::Str(s) if data.is_ptr() && !f.binary => {
            (s.as_str().as_bytes().to_vec(), s.char_len)
        }
        ObjKind::Bytes(b) | ObjKind::ByteArray(b) if data.is_ptr() && f.binary => {
            (b.clone(), b.len())
        }
        _ => {
            let t = vm.type_name(data);
            let msg = if f.binary {
                format!("a bytes-like object is required, not '{t}'")
            } else {
                format!("write() argument must be str, not {t}")
            };
            return Err(vm.type_error(msg));
        }
    };
    let bytes = match f.newline.as_deref() {
        Some(nl @ ("\r" | "\r\n")) if !f.binary && bytes.contains(&b'\n') => {
            let mut out = Vec::with_capacity(bytes.len() + 8);
            for &b in &bytes {
                if b == b'\n' {
                    out.extend_from_slice(nl.as_bytes());
                } else {
                    out.push(b);
                }
            }
            out
        }
        _ => bytes,
    };
    if !f.read_buf.is_empty() {
        sync_position(vm, f)?;
    }
    if let Some(file) = f.file.as_mut() {
        if let Err(e) = file.write_all(&bytes) {
            let n = f.name.clone();
            return Err(os_error(vm, &e, &n));
        }
    }
    f.eof = false;
    Ok(n)
}

fn file_write(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = file_of_op(vm, a.pos[0], "write")?;
    let data = a.pos.get(1).copied().unwrap_or(vm.none);
    let n = write_bytes(vm, f, data)?;
    Ok(vm.new_int(n as i64))
}

fn file_writelines(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(&lines) = a.pos.get(1) else {
        return Err(vm.type_error("writelines() takes exactly one argument (0 given)"));
    };
    file_of_op(vm, a.pos[0], "write")?;
    let items = vm.iterate(lines)?;
    for x in items {
        let f = file_of_op(vm, a.pos[0], "write")?;
        write_bytes(vm, f, x)?;
    }
    Ok(vm.none)
}

fn file_seek(vm: &mut Vm, a: Args) -> PyResult<Value> {
    use std::io::Seek;
    let f = file_of_op(vm, a.pos[0], "seek")?;
    let off = match a.pos.get(1).and_then(|&v| vm.as_i64(v)) {
        Some(o) => o,
        None => return Err(vm.type_error("seek() requires an integer offset")),
    };
    let whence = a.pos.get(2).and_then(|&v| vm.as_i64(v)).unwrap_or(0);
    if !f.binary && whence != 0 && off != 0 {
        return Err(unsupported(
            vm,
            if whence == 1 {
                "can't do nonzero cur-relative seeks"
            } else {
                "can't do nonzero end-relative seeks"
            },
        ));
    }
    let pos = match whence {
        0 => {
            if off < 0 {
                if f.binary {
                    return Err(crate::native::oserr::errno_error(
                        vm,
                        libc::EINVAL,
                        None,
                        None,
                    ));
                }
                return Err(vm.value_error(format!("negative seek position {off}")));
            }
            std::io::SeekFrom::Start(off as u64)
        }
        1 => {
            sync_position(vm, f)?;
            std::io::SeekFrom::Current(off)
        }
        2 => std::io::SeekFrom::End(off),
        _ => return Err(vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    };
    f.read_buf.clear();
    f.eof = false;
    let r = f.file.as_mut().map(|file| file.seek(pos));
    match r {
        Some(Ok(p)) => Ok(vm.new_int(p as i64)),
        Some(Err(e)) => {
            let n = f.name.clone();
            Err(os_error(vm, &e, &n))
        }
        None => Ok(vm.new_int(0)),
    }
}

fn file_tell(vm: &mut Vm, a: Args) -> PyResult<Value> {
    use std::io::Seek;
    let f = file_of_op(vm, a.pos[0], "tell")?;
    let ahead = f.read_buf.len() as u64;
    let r = f.file.as_mut().map(|file| file.stream_position());
    match r {
        Some(Ok(p)) => Ok(vm.new_int(p.saturating_sub(ahead) as i64)),
        Some(Err(e)) => {
            let n = f.name.clone();
            Err(os_error(vm, &e, &n))
        }
        None => Ok(vm.new_int(0)),
    }
}

fn file_flush(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if let ObjKind::StdStream(_) = kind_of(a.pos[0]) {
        flush_stdout(vm);
        return Ok(vm.none);
    }
    let f = file_of_op(vm, a.pos[0], "flush")?;
    if let Some(file) = f.file.as_mut() {
        let _ = file.flush();
    }
    Ok(vm.none)
}

fn file_fileno(vm: &mut Vm, a: Args) -> PyResult<Value> {
    use std::os::unix::io::AsRawFd;
    if let ObjKind::StdStream(fd) = kind_of(a.pos[0]) {
        return Ok(vm.new_int(*fd as i64));
    }
    let f = file_of_op(vm, a.pos[0], "fileno")?;
    let fd = f.file.as_ref().map(|x| x.as_raw_fd()).unwrap_or(-1);
    Ok(vm.new_int(fd as i64))
}

fn file_readable(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if let ObjKind::StdStream(fd) = kind_of(a.pos[0]) {
        return Ok(vm.bool_val(*fd == 0));
    }
    // A closed write-only file still answers False, as CPython's does.
    if let ObjKind::File(f) = kind_of(a.pos[0]) {
        if !f.readable {
            return Ok(vm.false_);
        }
    }
    let f = file_of_op(vm, a.pos[0], "readable")?;
    Ok(vm.bool_val(f.readable))
}

fn file_writable(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if let ObjKind::StdStream(fd) = kind_of(a.pos[0]) {
        return Ok(vm.bool_val(*fd != 0));
    }
    if let ObjKind::File(f) = kind_of(a.pos[0]) {
        if !f.writable {
            return Ok(vm.false_);
        }
    }
    let f = file_of_op(vm, a.pos[0], "writable")?;
    Ok(vm.bool_val(f.writable))
}

fn file_seekable(vm: &mut Vm, a: Args) -> PyResult<Value> {
    file_of_op(vm, a.pos[0], "seekable")?;
    Ok(vm.true_)
}

/// `f.truncate(size=None)`: cuts (or extends) the file to `size` bytes,
/// the current position by default; the position does not move.
fn file_truncate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = file_of_op(vm, a.pos[0], "truncate")?;
    if !f.writable {
        return Err(unsupported(vm, "truncate"));
    }
    let pos = sync_position(vm, f)?;
    let size = match a.pos.get(1).copied().or_else(|| a.kw("size")) {
        None => pos,
        Some(v) if v == vm.none => pos,
        Some(v) => {
            let Some(n) = vm.as_i64(v) else {
                let t = vm.type_name(v);
                return Err(
                    vm.type_error(format!("'{t}' object cannot be interpreted as an integer"))
                );
            };
            if n < 0 {
                let msg = format!("Negative size value {n}");
                return Err(vm.exc(ExcKind::OSError, msg));
            }
            n as u64
        }
    };
    let f = file_of_op(vm, a.pos[0], "truncate")?;
    if let Some(file) = f.file.as_mut() {
        if let Err(e) = file.set_len(size) {
            let n = f.name.clone();
            return Err(os_error(vm, &e, &n));
        }
    }
    Ok(vm.new_int(size as i64))
}

fn file_isatty(vm: &mut Vm, a: Args) -> PyResult<Value> {
    use std::os::unix::io::AsRawFd;
    let fd = match kind_of(a.pos[0]) {
        ObjKind::StdStream(fd) => *fd,
        _ => {
            let f = file_of_op(vm, a.pos[0], "isatty")?;
            f.file.as_ref().map(|x| x.as_raw_fd()).unwrap_or(-1)
        }
    };
    // SAFETY: isatty only inspects the descriptor number; an invalid one
    // yields 0.
    let r = unsafe { libc::isatty(fd) };
    Ok(vm.bool_val(r == 1))
}

/// `next(f)` called as a method: the next line, StopIteration at the end.
fn file_next(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if is_stdin(a.pos[0]) {
        return stdin_op(vm, "__next__", &a);
    }
    let f = file_of_op(vm, a.pos[0], "__next__")?;
    check_readable(vm, f)?;
    match file_next_line(vm, a.pos[0])? {
        Some(l) => Ok(l),
        None => Err(crate::vm::Exc(
            vm.new_exception(vm.exc_type(ExcKind::StopIteration), vec![]),
        )),
    }
}

fn file_close(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if let ObjKind::File(f) = &mut a.pos[0].obj_mut().kind {
        if let Some(mut file) = f.file.take() {
            let _ = file.flush();
        }
        f.read_buf.clear();
    }
    Ok(vm.none)
}

fn file_enter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if let ObjKind::File(_) = kind_of(a.pos[0]) {
        file_of_op(vm, a.pos[0], "__enter__")?;
    }
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
        add_method(vm, cls, "writelines", Method, file_writelines);
        add_method(vm, cls, "seek", Method, file_seek);
        add_method(vm, cls, "tell", Method, file_tell);
        add_method(vm, cls, "flush", Method, file_flush);
        add_method(vm, cls, "fileno", Method, file_fileno);
        add_method(vm, cls, "readable", Method, file_readable);
        add_method(vm, cls, "writable", Method, file_writable);
        add_method(vm, cls, "seekable", Method, file_seekable);
        add_method(vm, cls, "close", Method, file_close);
        add_method(vm, cls, "__enter__", Method, file_enter);
        add_method(vm, cls, "__exit__", Method, file_exit);
        add_method(vm, cls, "__iter__", Method, file_enter);
        add_method(vm, cls, "__next__", Method, file_next);
        add_method(vm, cls, "truncate", Method, file_truncate);
        add_method(vm, cls, "isatty", Method, file_isatty);
    }
    add_method(vm, vm.types.buffered_io, "write", Method, file_write);
    // Text files and std streams share `write`.
    add_method(vm, vm.types.text_io, "write", Method, text_write);
}

fn text_write(vm: &mut Vm, a: Args) -> PyResult<Value> {
    match kind_of(a.pos[0]) {
        ObjKind::StdStream(_) => stream_write(vm, a),
        _ => file_write(vm, a),
    }
}
