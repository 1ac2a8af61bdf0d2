//! The `str` type: its constructor, methods, `str.format` and `%`
//! formatting, on top of the pure text functions of `object/str_methods.rs`,
//! `object/str_format.rs` and `object/percent_format.rs`.

use super::add_method;
use crate::object::function::BuiltinKind;
use crate::object::kind_of;
use crate::object::percent_format::{percent_format as pct, PercentArgs, PercentError};
use crate::object::str_format::{
    conversion_error, index_error, parse_template, Accessor, AutoNumbering, Piece,
};
use crate::object::str_methods as sm;
use crate::object::{ObjKind, PyStr, Value};
use crate::vm::{Args, Exc, ExcKind, PyResult, Vm};
use num_bigint::BigInt;

fn this<'a>(vm: &mut Vm, args: &Args, name: &str) -> PyResult<&'a str> {
    this_pystr(vm, args, name).map(PyStr::as_str)
}

/// The str `self` argument, as its `PyStr` (whose code-point index the
/// search methods use).
fn this_pystr<'a>(vm: &mut Vm, args: &Args, name: &str) -> PyResult<&'a PyStr> {
    match args.pos.first().copied().and_then(pystr_arg) {
        Some(s) => Ok(s),
        None => Err(vm.type_error(format!("descriptor '{name}' requires a 'str' object"))),
    }
}

/// The `PyStr` payload of `v`, if it is a str.
fn pystr_arg<'a>(v: Value) -> Option<&'a PyStr> {
    if v.is_ptr() {
        if let ObjKind::Str(s) = kind_of(v) {
            return Some(s);
        }
    }
    None
}

fn str_err(vm: &mut Vm, e: sm::StrError) -> Exc {
    match e {
        sm::StrError::Value(m) => vm.value_error(m),
        sm::StrError::Memory => vm.exc(ExcKind::MemoryError, ""),
    }
}

/// An optional str argument (None allowed).
fn opt_str<'a>(vm: &mut Vm, v: Option<Value>, what: &str) -> PyResult<Option<&'a str>> {
    match v {
        None => Ok(None),
        Some(x) if x == vm.none => Ok(None),
        Some(x) if x.is_ptr() && matches!(kind_of(x), ObjKind::Str(_)) => {
            Ok(Some(crate::vm::str_of(x)))
        }
        Some(x) => {
            let t = vm.type_name(x);
            if what.ends_with(" arg") {
                return Err(vm.type_error(format!("{what} must be None or str")));
            }
            Err(vm.type_error(format!("must be str or None, not {t}")))
        }
    }
}

fn opt_int(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<i64>> {
    match v {
        None => Ok(None),
        Some(x) if x == vm.none => Ok(None),
        Some(x) => {
            match vm.as_i64(x) {
                Some(i) => Ok(Some(i)),
                None => {
                    let t = vm.type_name(x);
                    Err(vm.type_error(format!("slice indices must be integers or None or have an __index__ method, not {t}")))
                }
            }
        }
    }
}

fn new_strs(vm: &mut Vm, parts: Vec<&str>) -> Value {
    let vals: Vec<Value> = parts.into_iter().map(|p| vm.new_str(p)).collect();
    vm.new_list(vals)
}

fn str_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos[0];
    let bound = super::bind_args(vm, "str", &args, 1, &["object", "encoding", "errors"], 0, 0)?;
    let v = match bound[0] {
        None => vm.new_str(""),
        Some(x) if bound[1].is_none() && bound[2].is_none() => vm.str_value(x)?,
        Some(x) => {
            // str(b, encoding, errors): decode a bytes-like object.
            let (encoding, errors) = super::codecs::codec_args(vm, &args, "str")?;
            let b = match kind_of(x) {
                ObjKind::Bytes(b) | ObjKind::ByteArray(b) if x.is_ptr() => b.clone(),
                ObjKind::Str(_) if x.is_ptr() => {
                    return Err(vm.type_error("decoding str is not supported"))
                }
                _ => {
                    let t = vm.type_name(x);
                    return Err(vm.type_error(format!(
                        "decoding to str: need a bytes-like object, {t} found"
                    )));
                }
            };
            let encoding = encoding.unwrap_or_else(|| "utf-8".into());
            let errors = errors.unwrap_or_else(|| "strict".into());
            let s = super::codecs::decode(vm, x, &b, &encoding, &errors)?;
            vm.new_str(s)
        }
    };
    if cls == vm.types.str_ {
        return Ok(v);
    }
    let s = crate::vm::str_of(v).to_string();
    Ok(vm.alloc(cls, ObjKind::Str(crate::object::PyStr::new(s))))
}

macro_rules! str_fn {
    ($name:ident, $py:literal, |$vm:ident, $s:ident, $args:ident| $body:expr) => {
        fn $name($vm: &mut Vm, $args: Args) -> PyResult<Value> {
            let $s = this($vm, &$args, $py)?;
            $body
        }
    };
}

str_fn!(s_upper, "upper", |vm, s, _a| Ok(vm.new_str(sm::upper(s))));
str_fn!(s_lower, "lower", |vm, s, _a| Ok(vm.new_str(sm::lower(s))));
str_fn!(s_casefold, "casefold", |vm, s, _a| Ok(
    vm.new_str(sm::casefold(s))
));
str_fn!(s_swapcase, "swapcase", |vm, s, _a| Ok(
    vm.new_str(sm::swapcase(s))
));
str_fn!(s_title, "title", |vm, s, _a| Ok(vm.new_str(sm::title(s))));
str_fn!(s_capitalize, "capitalize", |vm, s, _a| Ok(
    vm.new_str(sm::capitalize(s))
));
str_fn!(s_isspace, "isspace", |vm, s, _a| Ok(
    vm.bool_val(sm::isspace(s))
));
str_fn!(s_isalpha, "isalpha", |vm, s, _a| Ok(
    vm.bool_val(sm::isalpha(s))
));
str_fn!(s_isdigit, "isdigit", |vm, s, _a| Ok(
    vm.bool_val(sm::isdigit(s))
));
str_fn!(s_isdecimal, "isdecimal", |vm, s, _a| Ok(
    vm.bool_val(sm::isdecimal(s))
));
str_fn!(s_isnumeric, "isnumeric", |vm, s, _a| Ok(
    vm.bool_val(sm::isnumeric(s))
));
str_fn!(s_isalnum, "isalnum", |vm, s, _a| Ok(
    vm.bool_val(sm::isalnum(s))
));
str_fn!(s_isascii, "isascii", |vm, s, _a| Ok(
    vm.bool_val(sm::isascii(s))
));
str_fn!(s_isprintable, "isprintable", |vm, s, _a| Ok(
    vm.bool_val(sm::isprintable(s))
));
str_fn!(s_isupper, "isupper", |vm, s, _a| Ok(
    vm.bool_val(sm::isupper(s))
));
str_fn!(s_islower, "islower", |vm, s, _a| Ok(
    vm.bool_val(sm::islower(s))
));
str_fn!(s_istitle, "istitle", |vm, s, _a| Ok(
    vm.bool_val(sm::istitle(s))
));
str_fn!(s_isidentifier, "isidentifier", |vm, s, _a| Ok(
    vm.bool_val(sm::isidentifier(s))
));

str_fn!(s_split, "split", |vm, s, a| {
    let sep = opt_str(
        vm,
        a.pos.get(1).copied().or_else(|| a.kw("sep")),
        "must be str or None",
    )?;
    let max = opt_int(vm, a.pos.get(2).copied().or_else(|| a.kw("maxsplit")))?.unwrap_or(-1);
    let parts = sm::split(s, sep, max).map_err(|e| str_err(vm, e))?;
    Ok(new_strs(vm, parts))
});
str_fn!(s_rsplit, "rsplit", |vm, s, a| {
    let sep = opt_str(
        vm,
        a.pos.get(1).copied().or_else(|| a.kw("sep")),
        "must be str or None",
    )?;
    let max = opt_int(vm, a.pos.get(2).copied().or_else(|| a.kw("maxsplit")))?.unwrap_or(-1);
    let parts = sm::rsplit(s, sep, max).map_err(|e| str_err(vm, e))?;
    Ok(new_strs(vm, parts))
});
str_fn!(s_splitlines, "splitlines", |vm, s, a| {
    let keep = match a.pos.get(1).copied().or_else(|| a.kw("keepends")) {
        Some(k) => vm.is_true(k)?,
        None => false,
    };
    let parts = sm::splitlines(s, keep);
    Ok(new_strs(vm, parts))
});
str_fn!(s_strip, "strip", |vm, s, a| {
    let c = opt_str(vm, a.pos.get(1).copied(), "strip arg")?;
    Ok(vm.new_str(sm::strip(s, c)))
});
str_fn!(s_lstrip, "lstrip", |vm, s, a| {
    let c = opt_str(vm, a.pos.get(1).copied(), "lstrip arg")?;
    Ok(vm.new_str(sm::lstrip(s, c)))
});
str_fn!(s_rstrip, "rstrip", |vm, s, a| {
    let c = opt_str(vm, a.pos.get(1).copied(), "rstrip arg")?;
    Ok(vm.new_str(sm::rstrip(s, c)))
});

fn need_str<'a>(vm: &mut Vm, v: Option<Value>, msg: &str) -> PyResult<&'a str> {
    need_pystr(vm, v, msg).map(PyStr::as_str)
}

fn need_pystr<'a>(vm: &mut Vm, v: Option<Value>, msg: &str) -> PyResult<&'a PyStr> {
    match v {
        Some(x) => match pystr_arg(x) {
            Some(s) => Ok(s),
            None => {
                let t = vm.type_name(x);
                Err(vm.type_error(format!("{msg}, not {t}")))
            }
        },
        None => Err(vm.type_error(format!("{msg}, not nothing"))),
    }
}

fn find_family(vm: &mut Vm, a: Args, which: u8) -> PyResult<Value> {
    let names = ["find", "rfind", "index", "rindex", "count"];
    let s = this_pystr(vm, &a, names[which as usize])?;
    let sub = need_pystr(vm, a.pos.get(1).copied(), "must be str")?;
    let start = opt_int(vm, a.pos.get(2).copied())?;
    let end = opt_int(vm, a.pos.get(3).copied())?;
    let r: i64 = match which {
        0 => sm::find(s, sub, start, end).map_or(-1, |i| i as i64),
        1 => sm::rfind(s, sub, start, end).map_or(-1, |i| i as i64),
        2 => sm::index(s, sub, start, end).map_err(|e| str_err(vm, e))? as i64,
        3 => sm::rindex(s, sub, start, end).map_err(|e| str_err(vm, e))? as i64,
        _ => sm::count(s, sub, start, end) as i64,
    };
    Ok(vm.new_int(r))
}
fn s_find(vm: &mut Vm, a: Args) -> PyResult<Value> {
    find_family(vm, a, 0)
}
fn s_rfind(vm: &mut Vm, a: Args) -> PyResult<Value> {
    find_family(vm, a, 1)
}
fn s_index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    find_family(vm, a, 2)
}
fn s_rindex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    find_family(vm, a, 3)
}
fn s_count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    find_family(vm, a, 4)
}

fn starts_ends(vm: &mut Vm, a: Args, ends: bool) -> PyResult<Value> {
    let name = if ends { "endswith" } else { "startswith" };
    let s = this_pystr(vm, &a, name)?;
    let start = opt_int(vm, a.pos.get(2).copied())?;
    let end = opt_int(vm, a.pos.get(3).copied())?;
    let Some(p) = a.pos.get(1).copied() else {
        return Err(vm.type_error(format!("{name}() takes at least 1 argument (0 given)")));
    };
    let prefixes: Vec<Value> = match kind_of(p) {
        ObjKind::Tuple(t) => t.clone(),
        ObjKind::Str(_) => vec![p],
        _ => {
            let t = vm.type_name(p);
            return Err(vm.type_error(format!(
                "{name} first arg must be str or a tuple of str, not {t}"
            )));
        }
    };
    for x in prefixes {
        let Some(px) = pystr_arg(x) else {
            let t = vm.type_name(x);
            return Err(vm.type_error(format!("tuple for {name} must only contain str, not {t}")));
        };
        let hit = if ends {
            sm::endswith(s, px, start, end)
        } else {
            sm::startswith(s, px, start, end)
        };
        if hit {
            return Ok(vm.true_);
        }
    }
    Ok(vm.false_)
}
fn s_startswith(vm: &mut Vm, a: Args) -> PyResult<Value> {
    starts_ends(vm, a, false)
}
fn s_endswith(vm: &mut Vm, a: Args) -> PyResult<Value> {
    starts_ends(vm, a, true)
}

str_fn!(s_replace, "replace", |vm, s, a| {
    if a.pos.len() < 3 || a.pos.len() > 4 {
        let n = a.pos.len() - 1;
        return Err(vm.type_error(if n < 2 {
            format!("replace expected at least 2 arguments, got {n}")
        } else {
            format!("replace expected at most 3 arguments, got {n}")
        }));
    }
    let old = need_str(
        vm,
        a.pos.get(1).copied(),
        "replace() argument 1 must be str",
    )?;
    let new = need_str(
        vm,
        a.pos.get(2).copied(),
        "replace() argument 2 must be str",
    )?;
    let count = opt_int(vm, a.pos.get(3).copied().or_else(|| a.kw("count")))?.unwrap_or(-1);
    match sm::replace_if_changed(s, old, new, count).map_err(|e| str_err(vm, e))? {
        Some(r) => Ok(vm.new_str(r)),
        // Unchanged: an exact str is its own result (CPython returns the
        // same object); a subclass instance gives an exact str.
        None if vm.class_of(a.pos[0]) == vm.types.str_ => Ok(a.pos[0]),
        None => Ok(vm.new_str(s.to_owned())),
    }
});

str_fn!(s_join, "join", |vm, s, a| {
    let Some(&arg) = a.pos.get(1) else {
        let n = a.pos.len() - 1;
        return Err(vm.type_error(format!("str.join() takes exactly one argument ({n} given)")));
    };
    if !vm.has_iter(arg) {
        return Err(vm.type_error("can only join an iterable"));
    }
    let items = vm.iterate(arg)?;
    let mut out = String::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(s);
        }
        if !(x.is_ptr() && matches!(kind_of(x), ObjKind::Str(_))) {
            let t = vm.type_name(*x);
            return Err(vm.type_error(format!(
                "sequence item {i}: expected str instance, {t} found"
            )));
        }
        out.push_str(crate::vm::str_of(*x));
    }
    Ok(vm.new_str(out))
});

fn pad_args(vm: &mut Vm, a: &Args, name: &str) -> PyResult<(i64, char)> {
    let w = match a.pos.get(1) {
        Some(&w) => match vm.as_i64(w) {
            Some(w) => w,
            None => {
                let t = vm.type_name(w);
                return Err(
                    vm.type_error(format!("'{t}' object cannot be interpreted as an integer"))
                );
            }
        },
        None => return Err(vm.type_error(format!("{name}() takes at least 1 argument (0 given)"))),
    };
    let fill = match a.pos.get(2) {
        Some(&f) => {
            let fs = crate::vm::str_of(f);
            if fs.chars().count() != 1 {
                return Err(vm.type_error("The fill character must be exactly one character long"));
            }
            fs.chars().next().unwrap_or(' ')
        }
        None => ' ',
    };
    Ok((w, fill))
}

str_fn!(s_center, "center", |vm, s, a| {
    let (w, f) = pad_args(vm, &a, "center")?;
    let r = sm::center(s, w, f).map_err(|e| str_err(vm, e))?;
    Ok(vm.new_str(r))
});
str_fn!(s_ljust, "ljust", |vm, s, a| {
    let (w, f) = pad_args(vm, &a, "ljust")?;
    let r = sm::ljust(s, w, f).map_err(|e| str_err(vm, e))?;
    Ok(vm.new_str(r))
});
str_fn!(s_rjust, "rjust", |vm, s, a| {
    let (w, f) = pad_args(vm, &a, "rjust")?;
    let r = sm::rjust(s, w, f).map_err(|e| str_err(vm, e))?;
    Ok(vm.new_str(r))
});
str_fn!(s_zfill, "zfill", |vm, s, a| {
    let w = a.pos.get(1).and_then(|&w| vm.as_i64(w)).unwrap_or(0);
    let r = sm::zfill(s, w).map_err(|e| str_err(vm, e))?;
    Ok(vm.new_str(r))
});
str_fn!(s_expandtabs, "expandtabs", |vm, s, a| {
    let w = a
        .pos
        .get(1)
        .copied()
        .or_else(|| a.kw("tabsize"))
        .and_then(|w| vm.as_i64(w))
        .unwrap_or(8);
    let r = sm::expandtabs(s, w).map_err(|e| str_err(vm, e))?;
    Ok(vm.new_str(r))
});
str_fn!(s_partition, "partition", |vm, s, a| {
    let sep = need_str(vm, a.pos.get(1).copied(), "must be str")?;
    let (x, y, z) = sm::partition(s, sep).map_err(|e| str_err(vm, e))?;
    let v = vec![vm.new_str(x), vm.new_str(y), vm.new_str(z)];
    Ok(vm.new_tuple(v))
});
str_fn!(s_rpartition, "rpartition", |vm, s, a| {
    let sep = need_str(vm, a.pos.get(1).copied(), "must be str")?;
    let (x, y, z) = sm::rpartition(s, sep).map_err(|e| str_err(vm, e))?;
    let v = vec![vm.new_str(x), vm.new_str(y), vm.new_str(z)];
    Ok(vm.new_tuple(v))
});
str_fn!(s_removeprefix, "removeprefix", |vm, s, a| {
    let p = need_str(
        vm,
        a.pos.get(1).copied(),
        "removeprefix() argument must be str",
    )?;
    Ok(vm.new_str(sm::removeprefix(s, p)))
});
str_fn!(s_removesuffix, "removesuffix", |vm, s, a| {
    let p = need_str(
        vm,
        a.pos.get(1).copied(),
        "removesuffix() argument must be str",
    )?;
    Ok(vm.new_str(sm::removesuffix(s, p)))
});
/// `str.encode(encoding='utf-8', errors='strict')` (see `codecs.rs`).
fn s_encode(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a, "encode")?;
    let (encoding, errors) = super::codecs::codec_args(vm, &a, "encode")?;
    let encoding = encoding.unwrap_or_else(|| "utf-8".into());
    let errors = errors.unwrap_or_else(|| "strict".into());
    let b = super::codecs::encode(vm, a.pos[0], s, &encoding, &errors)?;
    Ok(vm.new_bytes(b))
}

fn s_format(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a, "format")?.to_string();
    let mut auto = AutoNumbering::new();
    let r = format_template(vm, &s, &a, &mut auto, 2)?;
    Ok(vm.new_str(r))
}

fn format_template(
    vm: &mut Vm,
    template: &str,
    a: &Args,
    auto: &mut AutoNumbering,
    depth: u32,
) -> PyResult<String> {
    let pieces = parse_template(template).map_err(|m| vm.value_error(m))?;
    let mut out = String::new();
    for p in pieces {
        match p {
            Piece::Literal(t) => out.push_str(&t),
            Piece::Field {
                name,
                conversion,
                spec,
            } => {
                let idx = auto.resolve(&name.first).map_err(|m| vm.value_error(m))?;
                let mut v = match (idx, &name.first) {
                    (Some(i), _) => match a.pos.get(i + 1) {
                        Some(&v) => v,
                        None => return Err(vm.index_error(index_error(i))),
                    },
                    (None, crate::object::str_format::FieldKey::Name(n)) => match a.kw(n) {
                        Some(v) => v,
                        None => {
                            let k = vm.new_str(n.as_str());
                            return Err(vm.key_error(k));
                        }
                    },
                    _ => vm.none,
                };
                for acc in &name.rest {
                    v = match acc {
                        Accessor::Attr(n) => {
                            let k = vm.intern(n);
                            vm.getattr(v, k)?
                        }
                        Accessor::Index(i) => {
                            let k = vm.new_int(*i as i64);
                            vm.getitem(v, k)?
                        }
                        Accessor::Key(k) => {
                            let k = vm.new_str(k.as_str());
                            vm.getitem(v, k)?
                        }
                    };
                }
                if let Some(e) = &name.trailing_error {
                    return Err(vm.value_error(e.clone()));
                }
                v = match conversion {
                    None => v,
                    Some('r') => vm.repr_value(v)?,
                    Some('s') => vm.str_value(v)?,
                    Some('a') => vm.ascii_value(v)?,
                    Some(c) => return Err(vm.value_error(conversion_error(c))),
                };
                let spec_s = if spec.contains('{') {
                    if depth == 0 {
                        return Err(vm.value_error("Max string recursion exceeded"));
                    }
                    format_template(vm, spec, a, auto, depth - 1)?
                } else {
                    spec.to_string()
                };
                let sv = vm.new_str(spec_s);
                let r = vm.format_value(v, sv)?;
                out.push_str(crate::vm::str_of(r));
            }
        }
    }
    Ok(out)
}

fn s_format_map(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a, "format_map")?.to_string();
    let m = a.pos.get(1).copied().unwrap_or(vm.none);
    // Expand `{name}` fields by subscripting the mapping.
    let keys_list = vm.call_method(m, "keys", &[])?;
    let keys = vm.iterate(keys_list)?;
    let mut vals = Vec::new();
    for &k in &keys {
        vals.push(vm.getitem(m, k)?);
    }
    let names: Vec<Value> = keys
        .iter()
        .map(|&k| vm.intern(crate::vm::str_of(k)))
        .collect();
    let args = Args {
        pos: &a.pos[..1],
        kwnames: &names,
        kwvals: &vals,
    };
    let mut auto = AutoNumbering::new();
    let r = format_template(vm, &s, &args, &mut auto, 2)?;
    Ok(vm.new_str(r))
}

fn s_getnewargs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = vec![a.pos[0]];
    Ok(vm.new_tuple(v))
}

/// `str % args`.
pub fn percent_format(vm: &mut Vm, fmt: Value, args: Value) -> PyResult<Value> {
    let f = crate::vm::str_of(fmt).to_string();
    let mut pa = VmPercent { vm, args };
    let r = pct(&f, &mut pa);
    match r {
        Ok(s) => Ok(pa.vm.new_str(s)),
        Err(e) => Err(e.into_exc(pa.vm)),
    }
}

/// Error carrier for `%` formatting: either a raised exception or a
/// formatter error still to be turned into one.
pub enum PctErr {
    Raised(Exc),
    Fmt(PercentError),
}

impl From<PercentError> for PctErr {
    fn from(e: PercentError) -> Self {
        PctErr::Fmt(e)
    }
}

impl PctErr {
    fn into_exc(self, vm: &mut Vm) -> Exc {
        match self {
            PctErr::Raised(e) => e,
            PctErr::Fmt(PercentError::Type(m)) => vm.type_error(m),
            PctErr::Fmt(PercentError::Value(m)) => vm.value_error(m),
            PctErr::Fmt(PercentError::Overflow(m)) => vm.overflow_error(m),
            PctErr::Fmt(PercentError::Memory) => vm.exc(ExcKind::MemoryError, ""),
        }
    }
}

struct VmPercent<'a> {
    vm: &'a mut Vm,
    args: Value,
}

impl PercentArgs for VmPercent<'_> {
    type Arg = Value;
    type Error = PctErr;
    fn tuple_len(&self) -> Option<usize> {
        match &self.args.obj_kind() {
            Some(ObjKind::Tuple(t)) => Some(t.len()),
            _ => None,
        }
    }
    fn tuple_item(&mut self, index: usize) -> Value {
        match kind_of(self.args) {
            ObjKind::Tuple(t) => t[index],
            _ => self.args,
        }
    }
    fn whole(&mut self) -> Value {
        self.args
    }
    fn is_mapping(&self) -> bool {
        match self.args.obj_kind() {
            Some(ObjKind::Tuple(_)) | Some(ObjKind::Str(_)) | None => false,
            Some(ObjKind::Dict(_)) | Some(ObjKind::List(_)) => true,
            Some(_) => {
                let cls = self.args.obj().class;
                !self.vm.class_data(cls).builtin
            }
        }
    }
    fn by_key(&mut self, key: &str) -> Result<Value, PctErr> {
        let k = self.vm.new_str(key);
        self.vm.getitem(self.args, k).map_err(PctErr::Raised)
    }
    fn star_int(&mut self, a: &Value) -> Result<Option<i64>, PctErr> {
        Ok(if self.vm.is_int(*a) {
            self.vm.as_i64(*a)
        } else {
            None
        })
    }
    fn to_str(&mut self, a: &Value) -> Result<String, PctErr> {
        self.vm.str_of_value(*a).map_err(PctErr::Raised)
    }
    fn to_repr(&mut self, a: &Value) -> Result<String, PctErr> {
        self.vm.repr_string(*a).map_err(PctErr::Raised)
    }
    fn to_int(&mut self, a: &Value, conv: char) -> Result<BigInt, PctErr> {
        if let Some(b) = self.vm.as_bigint(*a) {
            return Ok(b);
        }
        if let Some(ObjKind::Float(f)) = a.obj_kind() {
            if matches!(conv, 'd' | 'i' | 'u') {
                if !f.is_finite() {
                    let m = if f.is_nan() {
                        "cannot convert float NaN to integer"
                    } else {
                        "cannot convert float infinity to integer"
                    };
                    return Err(PctErr::Raised(if f.is_nan() {
                        self.vm.value_error(m)
                    } else {
                        self.vm.overflow_error(m)
                    }));
                }
                return Ok(crate::builtins::format::float_to_bigint(f.trunc()));
            }
        }
        let t = self.vm.type_name(*a);
        let msg = if matches!(conv, 'd' | 'i' | 'u') {
            format!("%{conv} format: a real number is required, not {t}")
        } else {
            format!("%{conv} format: an integer is required, not {t}")
        };
        Err(PctErr::Raised(self.vm.type_error(msg)))
    }
    fn to_float(&mut self, a: &Value, _conv: char) -> Result<f64, PctErr> {
        match self.vm.to_f64(*a) {
            Ok(Some(f)) => Ok(f),
            Ok(None) => {
                let t = self.vm.type_name(*a);
                Err(PctErr::Raised(
                    self.vm.type_error(format!("must be real number, not {t}")),
                ))
            }
            Err(e) => Err(PctErr::Raised(e)),
        }
    }
    fn to_char(&mut self, a: &Value) -> Result<char, PctErr> {
        if let Some(ObjKind::Str(s)) = a.obj_kind() {
            if s.char_len == 1 {
                return Ok(s.s.chars().next().unwrap_or('\0'));
            }
            return Err(PctErr::Raised(
                self.vm.type_error("%c requires int or char"),
            ));
        }
        match self.vm.as_i64(*a) {
            Some(i) => match u32::try_from(i).ok().and_then(char::from_u32) {
                Some(c) => Ok(c),
                None => Err(PctErr::Raised(
                    self.vm.overflow_error("%c arg not in range(0x110000)"),
                )),
            },
            None => Err(PctErr::Raised(
                self.vm.type_error("%c requires int or char"),
            )),
        }
    }
}

trait ObjKindOpt {
    fn obj_kind<'a>(self) -> Option<&'a ObjKind>;
}
impl ObjKindOpt for Value {
    fn obj_kind<'a>(self) -> Option<&'a ObjKind> {
        if self.is_ptr() {
            Some(kind_of(self))
        } else {
            None
        }
    }
}

pub fn install(vm: &mut Vm) {
    let c = vm.types.str_;
    let m = BuiltinKind::Method;
    add_method(vm, c, "__new__", BuiltinKind::StaticMethod, str_new);
    let methods: &[(&'static str, crate::object::BuiltinFn)] = &[
        ("upper", s_upper),
        ("lower", s_lower),
        ("casefold", s_casefold),
        ("swapcase", s_swapcase),
        ("title", s_title),
        ("capitalize", s_capitalize),
        ("isspace", s_isspace),
        ("isalpha", s_isalpha),
        ("isdigit", s_isdigit),
        ("isdecimal", s_isdecimal),
        ("isnumeric", s_isnumeric),
        ("isalnum", s_isalnum),
        ("isascii", s_isascii),
        ("isprintable", s_isprintable),
        ("isupper", s_isupper),
        ("islower", s_islower),
        ("istitle", s_istitle),
        ("isidentifier", s_isidentifier),
        ("split", s_split),
        ("rsplit", s_rsplit),
        ("splitlines", s_splitlines),
        ("strip", s_strip),
        ("lstrip", s_lstrip),
        ("rstrip", s_rstrip),
        ("find", s_find),
        ("rfind", s_rfind),
        ("index", s_index),
        ("rindex", s_rindex),
        ("count", s_count),
        ("startswith", s_startswith),
        ("endswith", s_endswith),
        ("replace", s_replace),
        ("join", s_join),
        ("center", s_center),
        ("ljust", s_ljust),
        ("rjust", s_rjust),
        ("zfill", s_zfill),
        ("expandtabs", s_expandtabs),
        ("partition", s_partition),
        ("rpartition", s_rpartition),
        ("removeprefix", s_removeprefix),
        ("removesuffix", s_removesuffix),
        ("encode", s_encode),
        ("format", s_format),
        ("format_map", s_format_map),
        ("__getnewargs__", s_getnewargs),
    ];
    for &(n, f) in methods {
        add_method(vm, c, n, m, f);
    }
}
