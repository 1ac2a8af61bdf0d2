//! `_hashlib`: the digest algorithms under `stdlib/hashlib.py` (md5, sha1,
//! sha224, sha256, sha384, sha512) and PBKDF2-HMAC, from the RustCrypto
//! crates. The hash objects themselves are in the subset; they hand their
//! data to `digest(name, chunks)`.

use crate::builtins::add_function;
use crate::object::{kind_of, ObjKind, Value};
use crate::vm::{Args, PyResult, Vm};
use sha2::Digest;

fn bytes_of(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match kind_of(v) {
        ObjKind::Bytes(b) | ObjKind::ByteArray(b) if v.is_ptr() => Ok(b.clone()),
        ObjKind::Str(_) if v.is_ptr() => {
            Err(vm.type_error("Strings must be encoded before hashing"))
        }
        _ => Err(vm.type_error("object supporting the buffer API required")),
    }
}

fn hash_chunks<D: Digest>(chunks: &[Vec<u8>]) -> Vec<u8> {
    let mut h = D::new();
    for c in chunks {
        h.update(c);
    }
    h.finalize().to_vec()
}

fn unsupported(vm: &mut Vm, name: &str) -> crate::vm::Exc {
    vm.value_error(format!("unsupported hash type {name}"))
}

/// `digest(name, chunks)`: the digest of the concatenated chunks.
fn h_digest(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let name = crate::vm::str_of(a.pos[0]).to_ascii_lowercase();
    let list = a.pos.get(1).copied().unwrap_or(vm.none);
    let items = vm.iterate(list)?;
    let mut chunks = Vec::with_capacity(items.len());
    for it in items {
        chunks.push(bytes_of(vm, it)?);
    }
    let out = match name.as_str() {
        "md5" => hash_chunks::<md5::Md5>(&chunks),
        "sha1" => hash_chunks::<sha1::Sha1>(&chunks),
        "sha224" => hash_chunks::<sha2::Sha224>(&chunks),
        "sha256" => hash_chunks::<sha2::Sha256>(&chunks),
        "sha384" => hash_chunks::<sha2::Sha384>(&chunks),
        "sha512" => hash_chunks::<sha2::Sha512>(&chunks),
        _ => return Err(unsupported(vm, &name)),
    };
    Ok(vm.new_bytes(out))
}

/// `check(data)`: raises the TypeError hashlib gives for a non-buffer.
fn h_check(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.pos.first().copied().unwrap_or(vm.none);
    let b = bytes_of(vm, v)?;
    Ok(vm.new_bytes(b))
}

fn h_pbkdf2(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let name = crate::vm::str_of(a.pos[0]).to_ascii_lowercase();
    let password = bytes_of(vm, a.pos[1])?;
    let salt = bytes_of(vm, a.pos[2])?;
    let Some(iters) = vm.as_i64(a.pos[3]) else {
        let t = vm.type_name(a.pos[3]);
        return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
    };
    if iters < 1 {
        return Err(vm.value_error("iteration value must be greater than 0."));
    }
    if iters > u32::MAX as i64 {
        return Err(vm.exc(
            crate::vm::ExcKind::OverflowError,
            "iteration value is too great.",
        ));
    }
    let size = match name.as_str() {
        "md5" => 16,
        "sha1" => 20,
        "sha224" => 28,
        "sha256" => 32,
        "sha384" => 48,
        "sha512" => 64,
        _ => return Err(unsupported(vm, &name)),
    };
    let dklen = match a.pos.get(4).copied() {
        None => size,
        Some(v) if v == vm.none => size,
        Some(v) => match vm.as_i64(v) {
            Some(n) if n < 1 => return Err(vm.value_error("key length must be greater than 0.")),
            Some(n) => n as usize,
            None => {
                let t = vm.type_name(v);
                return Err(
                    vm.type_error(format!("'{t}' object cannot be interpreted as an integer"))
                );
            }
        },
    };
    let mut out = vec![0u8; dklen];
    let r = iters as u32;
    match name.as_str() {
        "md5" => pbkdf2::pbkdf2_hmac::<md5::Md5>(&password, &salt, r, &mut out),
        "sha1" => pbkdf2::pbkdf2_hmac::<sha1::Sha1>(&password, &salt, r, &mut out),
        "sha224" => pbkdf2::pbkdf2_hmac::<sha2::Sha224>(&password, &salt, r, &mut out),
        "sha256" => pbkdf2::pbkdf2_hmac::<sha2::Sha256>(&password, &salt, r, &mut out),
        "sha384" => pbkdf2::pbkdf2_hmac::<sha2::Sha384>(&password, &salt, r, &mut out),
        _ => pbkdf2::pbkdf2_hmac::<sha2::Sha512>(&password, &salt, r, &mut out),
    }
    Ok(vm.new_bytes(out))
}

/// `compare_digest(a, b)`: equality in time independent of where they differ.
fn h_compare_digest(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y) = (a.pos[0], a.pos[1]);
    let get = |v: Value| -> Option<(bool, Vec<u8>)> {
        if !v.is_ptr() {
            return None;
        }
        match kind_of(v) {
            ObjKind::Str(s) => Some((true, s.as_str().as_bytes().to_vec())),
            ObjKind::Bytes(b) | ObjKind::ByteArray(b) => Some((false, b.clone())),
            _ => None,
        }
    };
    match (get(x), get(y)) {
        (Some((true, p)), Some((true, q))) => {
            if !p.is_ascii() || !q.is_ascii() {
                return Err(
                    vm.type_error("comparing strings with non-ASCII characters is not supported")
                );
            }
            Ok(vm.bool_val(ct_eq(&p, &q)))
        }
        (Some((false, p)), Some((false, q))) => Ok(vm.bool_val(ct_eq(&p, &q))),
        (gx, gy) => {
            let xb = matches!(gx, Some((false, _)));
            let yb = matches!(gy, Some((false, _)));
            let (tx, ty) = (vm.type_name(x), vm.type_name(y));
            if !xb && !yb {
                return Err(vm.type_error(format!(
                    "unsupported operand types(s) or combination of types: '{tx}' and '{ty}'"
                )));
            }
            let bad = if xb { ty } else { tx };
            Err(vm.type_error(format!("a bytes-like object is required, not '{bad}'")))
        }
    }
}

fn ct_eq(p: &[u8], q: &[u8]) -> bool {
    let mut diff = (p.len() != q.len()) as u8;
    for i in 0..p.len().max(q.len()) {
        let a = p.get(i).copied().unwrap_or(0);
        let b = q.get(i).copied().unwrap_or(0);
        diff |= a ^ b;
    }
    diff == 0
}

pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("_hashlib");
    let d = vm.module_dict(m);
    add_function(vm, d, "digest", h_digest);
    add_function(vm, d, "check", h_check);
    add_function(vm, d, "pbkdf2_hmac", h_pbkdf2);
    add_function(vm, d, "compare_digest", h_compare_digest);
    Ok(m)
}
