//! The text codecs behind `str.encode`, `bytes.decode` and `str(b, enc)`:
//! UTF-8, ASCII, Latin-1, UTF-16 and UTF-32 with the error handlers `strict`, `ignore`,
//! `replace`, `backslashreplace`, `xmlcharrefreplace` (encoding) and
//! `surrogateescape`/`surrogatepass` where they reduce to `strict` (a piepie
//! str holds no lone surrogates). Errors are `UnicodeEncodeError` /
//! `UnicodeDecodeError` carrying CPython's five arguments (encoding, object,
//! start, end, reason), whose str is CPython's message.

use crate::object::{kind_of, ObjKind, Value};
use crate::vm::{Exc, ExcKind, PyResult, Vm};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
    /// UTF-16/UTF-32 with a byte order: `bom` for the plain `utf-16` /
    /// `utf-32` names (encoding writes a little-endian BOM; decoding reads
    /// one, little-endian without).
    Utf16 {
        big: bool,
        bom: bool,
    },
    Utf32 {
        big: bool,
        bom: bool,
    },
}

impl Codec {
    /// The codec's name as its errors show it.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16 { big: false, .. } => "utf-16-le",
            Codec::Utf16 { big: true, .. } => "utf-16-be",
            Codec::Utf32 { big: false, .. } => "utf-32-le",
            Codec::Utf32 { big: true, .. } => "utf-32-be",
        }
    }
}

/// The codec for an encoding name (case, `_`/`-`/space insensitive, with
/// CPython's aliases); LookupError for any other.
pub fn lookup(vm: &mut Vm, encoding: &str) -> PyResult<Codec> {
    let norm: String = encoding
        .trim()
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c == '_' || c == ' ' { '-' } else { c })
        .collect();
    Ok(match norm.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8-ucs2" | "utf8-ucs4" => Codec::Utf8,
        "ascii" | "us-ascii" | "646" | "us" | "ansi-x3.4-1968" | "iso646-us" => Codec::Ascii,
        "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819"
        | "iso-ir-100" | "csisolatin1" => Codec::Latin1,
        "utf-16" | "utf16" | "u16" => Codec::Utf16 {
            big: false,
            bom: true,
        },
        "utf-16-le" | "utf-16le" => Codec::Utf16 {
            big: false,
            bom: false,
        },
        "utf-16-be" | "utf-16be" => Codec::Utf16 {
            big: true,
            bom: false,
        },
        "utf-32" | "utf32" | "u32" => Codec::Utf32 {
            big: false,
            bom: true,
        },
        "utf-32-le" | "utf-32le" => Codec::Utf32 {
            big: false,
            bom: false,
        },
        "utf-32-be" | "utf-32be" => Codec::Utf32 {
            big: true,
            bom: false,
        },
        _ => {
            return Err(vm.exc(
                ExcKind::LookupError,
                format!("unknown encoding: {encoding}"),
            ))
        }
    })
}

fn unknown_handler(vm: &mut Vm, errors: &str) -> Exc {
    vm.exc(
        ExcKind::LookupError,
        format!("unknown error handler name '{errors}'"),
    )
}

/// The `encoding` and `errors` arguments of `fname` (`"encode"`,
/// `"decode"`, or `"str"` whose first parameter is the object), each
/// checked to be a str; position 0 is the receiver (or `str`'s class).
pub fn codec_args(
    vm: &mut Vm,
    args: &crate::vm::Args,
    fname: &str,
) -> PyResult<(Option<String>, Option<String>)> {
    let names: &[&str] = if fname == "str" {
        &["object", "encoding", "errors"]
    } else {
        &["encoding", "errors"]
    };
    let bound = super::bind_args(vm, fname, args, 1, names, 0, 0)?;
    let first = names.len() - 2;
    let mut out = [None, None];
    for (k, what) in ["encoding", "errors"].into_iter().enumerate() {
        if let Some(v) = bound[first + k] {
            if !(v.is_ptr() && matches!(kind_of(v), ObjKind::Str(_))) {
                let t = vm.type_name(v);
                return Err(
                    vm.type_error(format!("{fname}() argument '{what}' must be str, not {t}"))
                );
            }
            out[k] = Some(crate::vm::str_of(v).to_string());
        }
    }
    let [a, b] = out;
    Ok((a, b))
}

/// A `UnicodeEncodeError`/`UnicodeDecodeError` with CPython's arguments.
fn unicode_error(
    vm: &mut Vm,
    kind: ExcKind,
    codec: Codec,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> Exc {
    let enc = vm.new_str(codec.name());
    let r = vm.new_str(reason);
    let cls = vm.exc_type(kind);
    let args = vec![
        enc,
        object,
        Value::small(start as i64),
        Value::small(end as i64),
        r,
    ];
    Exc(vm.new_exception(cls, args))
}

/// A character as CPython's codec errors show it: `\xe9`, `\u20ac`, `\U0001f600`.
pub fn escape_char(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

/// `s.encode(encoding, errors)`; `obj` is the str object (for the error).
pub fn encode(vm: &mut Vm, obj: Value, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup(vm, encoding)?;
    let limit: u32 = match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Ascii => 128,
        Codec::Latin1 => 256,
        // A piepie str holds no lone surrogates: these cannot fail.
        Codec::Utf16 { big, bom } => {
            let mut out = Vec::with_capacity(2 * s.len() + 2);
            if bom {
                out.extend([0xFF, 0xFE]);
            }
            for u in s.encode_utf16() {
                out.extend(if big {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                });
            }
            return Ok(out);
        }
        Codec::Utf32 { big, bom } => {
            let mut out = Vec::with_capacity(4 * s.len() + 4);
            if bom {
                out.extend([0xFF, 0xFE, 0, 0]);
            }
            for c in s.chars() {
                let n = c as u32;
                out.extend(if big {
                    n.to_be_bytes()
                } else {
                    n.to_le_bytes()
                });
            }
            return Ok(out);
        }
    };
    if s.chars().all(|c| (c as u32) < limit) {
        return Ok(s.chars().map(|c| c as u32 as u8).collect());
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        // The error covers the whole run of unencodable characters.
        let mut end = i + 1;
        while end < chars.len() && chars[end] as u32 >= limit {
            end += 1;
        }
        match errors {
            "strict" | "surrogateescape" | "surrogatepass" => {
                let reason = format!("ordinal not in range({limit})");
                return Err(unicode_error(
                    vm,
                    ExcKind::UnicodeEncodeError,
                    codec,
                    obj,
                    i,
                    end,
                    &reason,
                ));
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', end - i)),
            "xmlcharrefreplace" => {
                for &c in &chars[i..end] {
                    out.extend(format!("&#{};", c as u32).bytes());
                }
            }
            "backslashreplace" => {
                for &c in &chars[i..end] {
                    out.extend(escape_char(c).bytes());
                }
            }
            "namereplace" => {
                return Err(vm.exc(
                    ExcKind::NotImplementedError,
                    "the 'namereplace' error handler is not supported by piepie",
                ))
            }
            other => return Err(unknown_handler(vm, other)),
        }
        i = end;
    }
    Ok(out)
}

/// What to do with undecodable bytes `bad` (at `start..end` of the input),
/// appending any replacement to `out`; Err for `strict`.
#[expect(
    clippy::too_many_arguments,
    reason = "the five fields of the Unicode error plus the handler and its output"
)]
fn decode_error(
    vm: &mut Vm,
    codec: Codec,
    obj: Value,
    errors: &str,
    bad: &[u8],
    start: usize,
    reason: &str,
    out: &mut String,
) -> PyResult<()> {
    match errors {
        "strict" | "surrogatepass" => Err(unicode_error(
            vm,
            ExcKind::UnicodeDecodeError,
            codec,
            obj,
            start,
            start + bad.len(),
            reason,
        )),
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{FFFD}');
            Ok(())
        }
        "backslashreplace" => {
            for b in bad {
                out.push_str(&format!("\\x{b:02x}"));
            }
            Ok(())
        }
        "surrogateescape" => Err(vm.exc(
            ExcKind::NotImplementedError,
            "decoding with 'surrogateescape' needs lone surrogates, which piepie's str does not hold",
        )),
        other => Err(unknown_handler(vm, other)),
    }
}

/// Whether `b` can start a UTF-8 sequence.
fn utf8_start_byte(b: u8) -> bool {
    b < 0x80 || (0xC2..=0xF4).contains(&b)
}

/// `b.decode(encoding, errors)`; `obj` is the bytes object (for the error).
pub fn decode(vm: &mut Vm, obj: Value, b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = lookup(vm, encoding)?;
    match codec {
        Codec::Utf16 { big, bom } => decode_utf16(vm, obj, b, big, bom, errors),
        Codec::Utf32 { big, bom } => decode_utf32(vm, obj, b, big, bom, errors),
        Codec::Latin1 => Ok(b.iter().map(|&x| x as char).collect()),
        Codec::Ascii => {
            if b.is_ascii() {
                return Ok(b.iter().map(|&x| x as char).collect());
            }
            let mut out = String::with_capacity(b.len());
            for (i, &x) in b.iter().enumerate() {
                if x < 0x80 {
                    out.push(x as char);
                } else {
                    let reason = "ordinal not in range(128)";
                    decode_error(vm, codec, obj, errors, &[x], i, reason, &mut out)?;
                }
            }
            Ok(out)
        }
        Codec::Utf8 => {
            if let Ok(s) = std::str::from_utf8(b) {
                return Ok(s.to_string());
            }
            let mut out = String::with_capacity(b.len());
            let mut pos = 0;
            while pos < b.len() {
                match std::str::from_utf8(&b[pos..]) {
                    Ok(s) => {
                        out.push_str(s);
                        break;
                    }
                    Err(e) => {
                        let valid = e.valid_up_to();
                        out.push_str(
                            std::str::from_utf8(&b[pos..pos + valid])
                                .expect("the prefix up to valid_up_to is UTF-8"),
                        );
                        let start = pos + valid;
                        // Rust's error length is CPython's maximal invalid subpart.
                        let (len, reason) = match e.error_len() {
                            None => (b.len() - start, "unexpected end of data"),
                            Some(n) if !utf8_start_byte(b[start]) => (n, "invalid start byte"),
                            Some(n) => (n, "invalid continuation byte"),
                        };
                        let bad = &b[start..start + len];
                        decode_error(vm, codec, obj, errors, bad, start, reason, &mut out)?;
                        pos = start + len;
                    }
                }
            }
            Ok(out)
        }
    }
}

/// UTF-16 (a leading BOM, when `bom`, picks the byte order and is dropped).
fn decode_utf16(
    vm: &mut Vm,
    obj: Value,
    b: &[u8],
    mut big: bool,
    bom: bool,
    errors: &str,
) -> PyResult<String> {
    let mut pos = 0;
    if bom && b.len() >= 2 {
        match (b[0], b[1]) {
            (0xFF, 0xFE) => pos = 2,
            (0xFE, 0xFF) => {
                big = true;
                pos = 2
            }
            _ => {}
        }
    }
    let codec = Codec::Utf16 { big, bom: false };
    let unit = |i: usize| {
        let p = [b[i], b[i + 1]];
        if big {
            u16::from_be_bytes(p)
        } else {
            u16::from_le_bytes(p)
        }
    };
    let mut out = String::with_capacity(b.len() / 2);
    while pos < b.len() {
        if pos + 1 >= b.len() {
            let bad = &b[pos..];
            decode_error(vm, codec, obj, errors, bad, pos, "truncated data", &mut out)?;
            break;
        }
        let u = unit(pos);
        if !(0xD800..0xE000).contains(&u) {
            out.push(char::from_u32(u as u32).expect("not a surrogate"));
            pos += 2;
        } else if u >= 0xDC00 {
            let bad = &b[pos..pos + 2];
            decode_error(
                vm,
                codec,
                obj,
                errors,
                bad,
                pos,
                "illegal encoding",
                &mut out,
            )?;
            pos += 2;
        } else if pos + 3 >= b.len() {
            let bad = &b[pos..];
            let reason = "unexpected end of data";
            decode_error(vm, codec, obj, errors, bad, pos, reason, &mut out)?;
            break;
        } else {
            let lo = unit(pos + 2);
            if (0xDC00..0xE000).contains(&lo) {
                let c = 0x10000 + (((u as u32) - 0xD800) << 10) + ((lo as u32) - 0xDC00);
                out.push(char::from_u32(c).expect("a surrogate pair is a scalar value"));
                pos += 4;
            } else {
                let bad = &b[pos..pos + 2];
                let reason = "illegal UTF-16 surrogate";
                decode_error(vm, codec, obj, errors, bad, pos, reason, &mut out)?;
                pos += 2;
            }
        }
    }
    Ok(out)
}

/// UTF-32 (a leading BOM, when `bom`, picks the byte order and is dropped).
fn decode_utf32(
    vm: &mut Vm,
    obj: Value,
    b: &[u8],
    mut big: bool,
    bom: bool,
    errors: &str,
) -> PyResult<String> {
    let mut pos = 0;
    if bom && b.len() >= 4 {
        match b[..4] {
            [0xFF, 0xFE, 0, 0] => pos = 4,
            [0, 0, 0xFE, 0xFF] => {
                big = true;
                pos = 4
            }
            _ => {}
        }
    }
    let codec = Codec::Utf32 { big, bom: false };
    let mut out = String::with_capacity(b.len() / 4);
    while pos < b.len() {
        if pos + 4 > b.len() {
            let bad = &b[pos..];
            decode_error(vm, codec, obj, errors, bad, pos, "truncated data", &mut out)?;
            break;
        }
        let p = [b[pos], b[pos + 1], b[pos + 2], b[pos + 3]];
        let n = if big {
            u32::from_be_bytes(p)
        } else {
            u32::from_le_bytes(p)
        };
        match char::from_u32(n) {
            Some(c) => out.push(c),
            None => {
                let reason = if (0xD800..0xE000).contains(&n) {
                    "code point in surrogate code point range(0xd800, 0xe000)"
                } else {
                    "code point not in range(0x110000)"
                };
                let bad = &b[pos..pos + 4];
                decode_error(vm, codec, obj, errors, bad, pos, reason, &mut out)?;
            }
        }
        pos += 4;
    }
    Ok(out)
}

/// str() of a UnicodeEncodeError/UnicodeDecodeError with its five
/// arguments, as CPython formats it; None for any other shape.
pub fn unicode_error_str(vm: &Vm, e: Value, args: &[Value]) -> Option<String> {
    let encode = vm.exc_matches(e, ExcKind::UnicodeEncodeError);
    if !(encode || vm.exc_matches(e, ExcKind::UnicodeDecodeError)) || args.len() != 5 {
        return None;
    }
    let encoding = crate::vm::str_of(args[0]);
    let (start, end) = (args[2].as_small()?, args[3].as_small()?);
    let reason = crate::vm::str_of(args[4]);
    let start_u = usize::try_from(start).ok()?;
    if encode {
        let s = match kind_of(args[1]) {
            ObjKind::Str(s) if args[1].is_ptr() => s.as_str(),
            _ => return None,
        };
        if end == start + 1 {
            let c = s.chars().nth(start_u)?;
            return Some(format!(
                "'{encoding}' codec can't encode character '{}' in position {start}: {reason}",
                escape_char(c)
            ));
        }
        Some(format!(
            "'{encoding}' codec can't encode characters in position {start}-{}: {reason}",
            end - 1
        ))
    } else {
        let b = match kind_of(args[1]) {
            ObjKind::Bytes(b) | ObjKind::ByteArray(b) if args[1].is_ptr() => b,
            _ => return None,
        };
        if end == start + 1 {
            let x = b.get(start_u)?;
            return Some(format!(
                "'{encoding}' codec can't decode byte 0x{x:02x} in position {start}: {reason}"
            ));
        }
        Some(format!(
            "'{encoding}' codec can't decode bytes in position {start}-{}: {reason}",
            end - 1
        ))
    }
}
