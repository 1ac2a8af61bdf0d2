//! `PyStr`: the payload of a `str` object — UTF-8 text, its length in code
//! points (so ASCII strings index by byte in O(1)) and a cached hash.
//!
//! Invariant: `char_len` is the number of code points of `s`; `hash` is
//! `HASH_UNSET` until first computed.

use std::cell::Cell;

pub const HASH_UNSET: i64 = -1;

pub struct PyStr {
    pub s: Box<str>,
    pub char_len: usize,
    pub hash: Cell<i64>,
}

impl PyStr {
    pub fn new(s: impl Into<Box<str>>) -> PyStr {
        let s: Box<str> = s.into();
        let char_len = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr {
            s,
            char_len,
            hash: Cell::new(HASH_UNSET),
        }
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.s.len()
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }

    /// The string's hash (FNV-1a over the bytes, never -1), cached.
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != HASH_UNSET {
            return h;
        }
        let h = str_hash(&self.s);
        self.hash.set(h);
        h
    }

    /// Byte offset of code point `i` (`i <= char_len`).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i
        } else {
            self.s
                .char_indices()
                .nth(i)
                .map_or(self.s.len(), |(b, _)| b)
        }
    }

    /// The code point at index `i` (`i < char_len`).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.s.as_bytes()[i] as char
        } else {
            self.s.chars().nth(i).unwrap_or('\0')
        }
    }
}

/// Hash of string content; equal strings hash equal, never returns -1.
pub fn str_hash(s: &str) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &b in s.as_bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = (h >> 1) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}
