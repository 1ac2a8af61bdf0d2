//! Methods of `bytes` and `bytearray`. Those whose semantics on bytes are
//! the same as `str`'s on Latin-1 text (find, count, replace, partition,
//! split with a separator, justification, ...) run the `str` method on the
//! Latin-1 decoding and encode the result back; those that depend on
//! ASCII-only whitespace or case (strip, split without a separator,
//! splitlines, upper, isalpha, ...) and the bytearray mutators are written
//! here directly.

use super::add_method;
use crate::object::function::BuiltinKind;
use crate::object::{kind_of, ObjKind, Value};
use crate::vm::{Args, ExcKind, PyResult, Vm};

fn latin1(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

fn unlatin1(s: &str) -> Vec<u8> {
    s.chars().map(|c| c as u32 as u8).collect()
}

fn data<'a>(v: Value) -> Option<&'a Vec<u8>> {
    if !v.is_ptr() {
        return None;
    }
    match kind_of(v) {
        ObjKind::Bytes(b) | ObjKind::ByteArray(b) => Some(b),
        _ => None,
    }
}

fn is_bytearray(v: Value) -> bool {
    v.is_ptr() && matches!(kind_of(v), ObjKind::ByteArray(_))
}

/// A new bytes, or bytearray when `ba`.
fn make(vm: &mut Vm, b: Vec<u8>, ba: bool) -> Value {
    if ba {
        vm.alloc(vm.types.bytearray, ObjKind::ByteArray(b))
    } else {
        vm.new_bytes(b)
    }
}

/// The receiver's bytes, or a TypeError naming the method.
fn this(vm: &mut Vm, a: &Args, name: &str) -> PyResult<(Vec<u8>, bool)> {
    match a.pos.first().and_then(|&v| data(v)) {
        Some(b) => Ok((b.clone(), is_bytearray(a.pos[0]))),
        None => Err(vm.type_error(format!("descriptor '{name}' requires a 'bytes' object"))),
    }
}

/// A bytes-like argument, or CPython's TypeError.
fn bytes_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match data(v) {
        Some(b) => Ok(b.clone()),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")))
        }
    }
}

/// Bytes values become Latin-1 strs; others pass through.
fn to_str(vm: &mut Vm, v: Value) -> Value {
    match data(v) {
        Some(b) => {
            let s = latin1(b);
            vm.new_str(s)
        }
        None => v,
    }
}

/// Strs (also inside lists and tuples) become bytes (or bytearrays).
fn from_str(vm: &mut Vm, v: Value, ba: bool) -> Value {
    if !v.is_ptr() {
        return v;
    }
    match kind_of(v) {
        ObjKind::Str(s) => {
            let b = unlatin1(s.as_str());
            make(vm, b, ba)
        }
        ObjKind::List(items) => {
            let items = items.clone();
            let out: Vec<Value> = items.into_iter().map(|x| from_str(vm, x, ba)).collect();
            vm.new_list(out)
        }
        ObjKind::Tuple(items) => {
            let items = items.clone();
            let out: Vec<Value> = items.into_iter().map(|x| from_str(vm, x, ba)).collect();
            vm.new_tuple(out)
        }
        _ => v,
    }
}

/// Runs `str.NAME` on the Latin-1 decodings of the receiver and the
/// bytes arguments; `int_sub` lets the first argument be a byte value.
fn via_str(vm: &mut Vm, a: Args, name: &str, int_sub: bool) -> PyResult<Value> {
    let (_, ba) = this(vm, &a, name)?;
    let mut pos: Vec<Value> = Vec::with_capacity(a.pos.len());
    for (i, &v) in a.pos.iter().enumerate() {
        if i == 1 && int_sub && data(v).is_none() {
            if let Some(n) = vm.as_i64(v) {
                if !(0..256).contains(&n) {
                    return Err(vm.value_error("byte must be in range(0, 256)"));
                }
                let s = (n as u8 as char).to_string();
                pos.push(vm.new_str(s));
                continue;
            }
            if !v.is_ptr() || !matches!(kind_of(v), ObjKind::Tuple(_)) {
                let t = vm.type_name(v);
                return Err(vm.type_error(format!(
                    "argument should be integer or bytes-like object, not '{t}'"
                )));
            }
        }
        if i >= 1 && v.is_ptr() {
            if let ObjKind::Str(_) = kind_of(v) {
                return Err(vm.type_error("a bytes-like object is required, not 'str'"));
            }
            if let ObjKind::Tuple(items) = kind_of(v) {
                let items = items.clone();
                let conv: Vec<Value> = items.into_iter().map(|x| to_str(vm, x)).collect();
                pos.push(vm.new_tuple(conv));
                continue;
            }
        }
        pos.push(to_str(vm, v));
    }
    let kwvals: Vec<Value> = a.kwvals.iter().map(|&v| to_str(vm, v)).collect();
    let n = vm.intern(name);
    let Some(f) = vm.lookup_in_class(vm.types.str_, n) else {
        return Err(vm.type_error(format!("bytes.{name} is not supported")));
    };
    let r = vm.call_with(
        f,
        Args {
            pos: &pos,
            kwnames: a.kwnames,
            kwvals: &kwvals,
        },
    );
    let r = match r {
        Err(e)
            if matches!(name, "index" | "rindex") && vm.exc_matches(e.0, ExcKind::ValueError) =>
        {
            return Err(vm.value_error("subsection not found"));
        }
        r => r?,
    };
    Ok(from_str(vm, r, ba))
}

macro_rules! via_str_methods {
    ($(($f:ident, $name:literal, $int_sub:expr)),* $(,)?) => {
        $(
            fn $f(vm: &mut Vm, a: Args) -> PyResult<Value> {
                via_str(vm, a, $name, $int_sub)
            }
        )*
        const VIA_STR: &[(&str, fn(&mut Vm, Args) -> PyResult<Value>)] = &[$(($name, $f)),*];
    };
}

via_str_methods!(
    (find, "find", true),
    (rfind, "rfind", true),
    (index, "index", true),
    (rindex, "rindex", true),
    (count, "count", true),
    (replace, "replace", false),
    (startswith, "startswith", false),
    (endswith, "endswith", false),
    (partition, "partition", false),
    (rpartition, "rpartition", false),
    (center, "center", false),
    (ljust, "ljust", false),
    (rjust, "rjust", false),
    (zfill, "zfill", false),
    (expandtabs, "expandtabs", false),
    (removeprefix, "removeprefix", false),
    (removesuffix, "removesuffix", false),
);

const WS: &[u8] = b" \t\n\r\x0b\x0c";

fn strip_impl(vm: &mut Vm, a: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let (b, ba) = this(vm, &a, name)?;
    let chars: Vec<u8> = match a.pos.get(1) {
        None => WS.to_vec(),
        Some(&v) if v == vm.none => WS.to_vec(),
        Some(&v) => bytes_arg(vm, v)?,
    };
    let mut lo = 0;
    let mut hi = b.len();
    if left {
        while lo < hi && chars.contains(&b[lo]) {
            lo += 1;
        }
    }
    if right {
        while hi > lo && chars.contains(&b[hi - 1]) {
            hi -= 1;
        }
    }
    Ok(make(vm, b[lo..hi].to_vec(), ba))
}
fn strip(vm: &mut Vm, a: Args) -> PyResult<Value> {
    strip_impl(vm, a, "strip", true, true)
}
fn lstrip(vm: &mut Vm, a: Args) -> PyResult<Value> {
    strip_impl(vm, a, "lstrip", true, false)
}
fn rstrip(vm: &mut Vm, a: Args) -> PyResult<Value> {
    strip_impl(vm, a, "rstrip", false, true)
}

/// The separator and maxsplit arguments of split/rsplit.
fn split_args(vm: &mut Vm, a: &Args) -> PyResult<(Option<Value>, i64)> {
    let sep = a.pos.get(1).copied().or_else(|| a.kw("sep"));
    let sep = sep.filter(|&v| v != vm.none);
    let max = match a.pos.get(2).copied().or_else(|| a.kw("maxsplit")) {
        None => -1,
        Some(v) => match vm.as_i64(v) {
            Some(n) => n,
            None => {
                let t = vm.type_name(v);
                return Err(
                    vm.type_error(format!("'{t}' object cannot be interpreted as an integer"))
                );
            }
        },
    };
    Ok((sep, max))
}

fn split_ws(b: &[u8], max: i64, from_right: bool) -> Vec<Vec<u8>> {
    let words: Vec<(usize, usize)> = {
        let mut out = Vec::new();
        let mut i = 0;
        while i < b.len() {
            while i < b.len() && WS.contains(&b[i]) {
                i += 1;
            }
            let start = i;
            while i < b.len() && !WS.contains(&b[i]) {
                i += 1;
            }
            if i > start {
                out.push((start, i));
            }
        }
        out
    };
    if max < 0 || max as usize >= words.len() {
        return words.iter().map(|&(s, e)| b[s..e].to_vec()).collect();
    }
    let max = max as usize;
    if max == 0 {
        let t: &[u8] = trim(b, !from_right, from_right);
        return if t.is_empty() {
            vec![]
        } else {
            vec![t.to_vec()]
        };
    }
    if from_right {
        let cut = words.len() - max;
        let head_end = words[cut - 1].1;
        let mut out = vec![b[..head_end].to_vec()];
        out.extend(words[cut..].iter().map(|&(s, e)| b[s..e].to_vec()));
        out
    } else {
        let mut out: Vec<Vec<u8>> = words[..max]
            .iter()
            .map(|&(s, e)| b[s..e].to_vec())
            .collect();
        let rest_start = words[max].0;
        out.push(b[rest_start..].to_vec());
        out
    }
}

fn trim(b: &[u8], left: bool, right: bool) -> &[u8] {
    let mut lo = 0;
    let mut hi = b.len();
    if left {
        while lo < hi && WS.contains(&b[lo]) {
            lo += 1;
        }
    }
    if right {
        while hi > lo && WS.contains(&b[hi - 1]) {
            hi -= 1;
        }
    }
    &b[lo..hi]
}

fn split_impl(vm: &mut Vm, a: Args, name: &str, from_right: bool) -> PyResult<Value> {
    let (b, ba) = this(vm, &a, name)?;
    let (sep, max) = split_args(vm, &a)?;
    if let Some(sep) = sep {
        bytes_arg(vm, sep)?;
        return via_str(vm, a, name, false);
    }
    let parts = split_ws(&b, max, from_right);
    let vals: Vec<Value> = parts.into_iter().map(|p| make(vm, p, ba)).collect();
    Ok(vm.new_list(vals))
}
fn split(vm: &mut Vm, a: Args) -> PyResult<Value> {
    split_impl(vm, a, "split", false)
}
fn rsplit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    split_impl(vm, a, "rsplit", true)
}

fn splitlines(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (b, ba) = this(vm, &a, "splitlines")?;
    let keep = match a.pos.get(1).copied().or_else(|| a.kw("keepends")) {
        Some(k) => vm.is_true(k)?,
        None => false,
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let start = i;
        while i < b.len() && b[i] != b'\n' && b[i] != b'\r' {
            i += 1;
        }
        let end = i;
        if i < b.len() {
            if b[i] == b'\r' && i + 1 < b.len() && b[i + 1] == b'\n' {
                i += 2;
            } else {
                i += 1;
            }
        }
        let stop = if keep { i } else { end };
        out.push(b[start..stop].to_vec());
    }
    let vals: Vec<Value> = out.into_iter().map(|p| make(vm, p, ba)).collect();
    Ok(vm.new_list(vals))
}

fn join(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (sep, ba) = this(vm, &a, "join")?;
    let Some(&arg) = a.pos.get(1) else {
        return Err(vm.type_error("join() takes exactly one argument (0 given)"));
    };
    let items = vm.iterate(arg)?;
    let mut out = Vec::new();
    for (i, x) in items.into_iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match data(x) {
            Some(d) => out.extend_from_slice(d),
            None => {
                let t = vm.type_name(x);
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {t} found"
                )));
            }
        }
    }
    Ok(make(vm, out, ba))
}

fn map_bytes(vm: &mut Vm, a: Args, name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let (b, ba) = this(vm, &a, name)?;
    Ok(make(vm, f(&b), ba))
}

fn upper(vm: &mut Vm, a: Args) -> PyResult<Value> {
    map_bytes(vm, a, "upper", |b| b.to_ascii_uppercase())
}
fn lower(vm: &mut Vm, a: Args) -> PyResult<Value> {
    map_bytes(vm, a, "lower", |b| b.to_ascii_lowercase())
}
fn swapcase(vm: &mut Vm, a: Args) -> PyResult<Value> {
    map_bytes(vm, a, "swapcase", |b| {
        b.iter()
            .map(|&c| {
                if c.is_ascii_lowercase() {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}
fn capitalize(vm: &mut Vm, a: Args) -> PyResult<Value> {
    map_bytes(vm, a, "capitalize", |b| {
        b.iter()
            .enumerate()
            .map(|(i, &c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}
fn title(vm: &mut Vm, a: Args) -> PyResult<Value> {
    map_bytes(vm, a, "title", |b| {
        let mut prev_cased = false;
        b.iter()
            .map(|&c| {
                let r = if prev_cased {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                prev_cased = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

fn pred(vm: &mut Vm, a: Args, name: &str, f: fn(&[u8]) -> bool) -> PyResult<Value> {
    let (b, _) = this(vm, &a, name)?;
    Ok(vm.bool_val(f(&b)))
}
fn isalpha(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, a, "isalpha", |b| {
        !b.is_empty() && b.iter().all(|c| c.is_ascii_alphabetic())
    })
}
fn isdigit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, a, "isdigit", |b| {
        !b.is_empty() && b.iter().all(|c| c.is_ascii_digit())
    })
}
fn isalnum(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, a, "isalnum", |b| {
        !b.is_empty() && b.iter().all(|c| c.is_ascii_alphanumeric())
    })
}
fn isspace(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, a, "isspace", |b| {
        !b.is_empty() && b.iter().all(|c| WS.contains(c))
    })
}
fn isascii(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, a, "isascii", |b| b.is_ascii())
}
fn isupper(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, a, "isupper", |b| {
        b.iter().any(|c| c.is_ascii_uppercase()) && !b.iter().any(|c| c.is_ascii_lowercase())
    })
}
fn islower(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, a, "islower", |b| {
        b.iter().any(|c| c.is_ascii_lowercase()) && !b.iter().any(|c| c.is_ascii_uppercase())
    })
}
fn istitle(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, a, "istitle", |b| {
        let mut cased = false;
        let mut prev_cased = false;
        for &c in b {
            if c.is_ascii_uppercase() {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else if c.is_ascii_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else {
                prev_cased = false;
            }
        }
        cased
    })
}

/// `bytes.fromhex(s)` / `bytearray.fromhex(s)` (a class method).
fn fromhex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = a.pos[0];
    let Some(&sv) = a.pos.get(1) else {
        return Err(vm.type_error("fromhex() takes exactly one argument (0 given)"));
    };
    if !(sv.is_ptr() && matches!(kind_of(sv), ObjKind::Str(_))) {
        let t = vm.type_name(sv);
        return Err(vm.type_error(format!("fromhex() argument must be str, not {t}")));
    }
    let s: Vec<char> = crate::vm::str_of(sv).chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    loop {
        while i < s.len() && s[i].is_ascii_whitespace() {
            i += 1;
        }
        if i >= s.len() {
            break;
        }
        let hi = s[i].to_digit(16);
        let lo = s.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 2;
            }
            (Some(_), None) => {
                let at = i + 1;
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {at}"
                )));
            }
            _ => {
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {i}"
                )));
            }
        }
    }
    let ba = vm.is_subclass(cls, vm.types.bytearray);
    Ok(make(vm, out, ba))
}

fn with_ba<T>(v: Value, f: impl FnOnce(&mut Vec<u8>) -> T) -> Option<T> {
    if !v.is_ptr() {
        return None;
    }
    match &mut v.obj_mut().kind {
        ObjKind::ByteArray(b) => Some(f(b)),
        _ => None,
    }
}

fn byte_value(vm: &mut Vm, v: Value) -> PyResult<u8> {
    match vm.as_i64(v) {
        Some(n) if (0..256).contains(&n) => Ok(n as u8),
        Some(_) => Err(vm.value_error("byte must be in range(0, 256)")),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

fn ba_extend(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(&src) = a.pos.get(1) else {
        return Err(vm.type_error("bytearray.extend() takes exactly one argument (0 given)"));
    };
    let items: Vec<u8> = match data(src) {
        Some(d) => d.clone(),
        None => {
            if src.is_ptr() && matches!(kind_of(src), ObjKind::Str(_)) {
                return Err(vm.type_error("expected iterable of integers; got: 'str'"));
            }
            let mut out = Vec::new();
            for x in vm.iterate(src)? {
                out.push(byte_value(vm, x)?);
            }
            out
        }
    };
    with_ba(a.pos[0], |b| b.extend(items));
    Ok(vm.none)
}

fn ba_pop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let n = data(a.pos[0]).map_or(0, |b| b.len()) as i64;
    let i = match a.pos.get(1) {
        Some(&x) => vm.as_i64(x).unwrap_or(0),
        None => -1,
    };
    if n == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    let v = with_ba(a.pos[0], |b| b.remove(j as usize)).unwrap_or(0);
    Ok(Value::small(v as i64))
}

fn ba_insert(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.len() != 3 {
        let n = a.pos.len().saturating_sub(1);
        return Err(vm.type_error(format!("insert expected 2 arguments, got {n}")));
    }
    let i = vm.as_i64(a.pos[1]).unwrap_or(0);
    let x = byte_value(vm, a.pos[2])?;
    with_ba(a.pos[0], |b| {
        let n = b.len() as i64;
        let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
        b.insert(j as usize, x);
    });
    Ok(vm.none)
}

fn ba_remove(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(&v) = a.pos.get(1) else {
        return Err(vm.type_error("bytearray.remove() takes exactly one argument (0 given)"));
    };
    let x = byte_value(vm, v)?;
    let found = with_ba(a.pos[0], |b| match b.iter().position(|&c| c == x) {
        Some(p) => {
            b.remove(p);
            true
        }
        None => false,
    });
    if found != Some(true) {
        return Err(vm.value_error("value not found in bytearray"));
    }
    Ok(vm.none)
}

fn ba_reverse(vm: &mut Vm, a: Args) -> PyResult<Value> {
    with_ba(a.pos[0], |b| b.reverse());
    Ok(vm.none)
}

fn ba_clear(vm: &mut Vm, a: Args) -> PyResult<Value> {
    with_ba(a.pos[0], |b| b.clear());
    Ok(vm.none)
}

fn ba_copy(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = data(a.pos[0]).cloned().unwrap_or_default();
    Ok(make(vm, b, true))
}

/// `bytes % args`: `str`'s `%` formatting on the Latin-1 decodings of the
/// format and of bytes arguments, encoded back. A str argument is refused
/// as CPython's `%b`/`%s` does.
pub fn percent_format(vm: &mut Vm, fmt: Value, args: Value) -> PyResult<Value> {
    let ba = is_bytearray(fmt);
    let refuse = |vm: &mut Vm, v: Value| -> PyResult<()> {
        if v.is_ptr() && matches!(kind_of(v), ObjKind::Str(_)) {
            return Err(vm.type_error(
                "%b requires a bytes-like object, or an object that implements __bytes__, not 'str'",
            ));
        }
        Ok(())
    };
    let conv_args = if args.is_ptr() && args.obj().class == vm.types.tuple {
        let items = match kind_of(args) {
            ObjKind::Tuple(t) => t.clone(),
            _ => Vec::new(),
        };
        let mut out = Vec::with_capacity(items.len());
        for x in items {
            refuse(vm, x)?;
            out.push(to_str(vm, x));
        }
        vm.new_tuple(out)
    } else {
        refuse(vm, args)?;
        to_str(vm, args)
    };
    let f = to_str(vm, fmt);
    let r = super::str_type::percent_format(vm, f, conv_args)?;
    Ok(from_str(vm, r, ba))
}

type F = fn(&mut Vm, Args) -> PyResult<Value>;

const NATIVE: &[(&str, F)] = &[
    ("strip", strip),
    ("lstrip", lstrip),
    ("rstrip", rstrip),
    ("split", split),
    ("rsplit", rsplit),
    ("splitlines", splitlines),
    ("join", join),
    ("upper", upper),
    ("lower", lower),
    ("swapcase", swapcase),
    ("capitalize", capitalize),
    ("title", title),
    ("isalpha", isalpha),
    ("isdigit", isdigit),
    ("isalnum", isalnum),
    ("isspace", isspace),
    ("isascii", isascii),
    ("isupper", isupper),
    ("islower", islower),
    ("istitle", istitle),
];

const BYTEARRAY_ONLY: &[(&str, F)] = &[
    ("extend", ba_extend),
    ("pop", ba_pop),
    ("insert", ba_insert),
    ("remove", ba_remove),
    ("reverse", ba_reverse),
    ("clear", ba_clear),
    ("copy", ba_copy),
];

pub fn install(vm: &mut Vm) {
    let (bytes, bytearray) = (vm.types.bytes, vm.types.bytearray);
    for cls in [bytes, bytearray] {
        for &(name, f) in NATIVE.iter().chain(VIA_STR.iter()) {
            add_method(vm, cls, name, BuiltinKind::Method, f);
        }
        add_method(vm, cls, "fromhex", BuiltinKind::ClassMethod, fromhex);
    }
    for &(name, f) in BYTEARRAY_ONLY {
        add_method(vm, bytearray, name, BuiltinKind::Method, f);
    }
}
