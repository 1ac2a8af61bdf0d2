//! `PyStr`: the payload of a `str` object — UTF-8 text, its length in code
//! points (so ASCII strings index by byte in O(1)) and a cached hash.
//!
//! Invariant: `char_len` is the number of code points of `s`; `hash` is
//! `HASH_UNSET` until first computed; `checkpoints`, built on the first
//! index into a non-ASCII string, holds the byte offset of every
//! `CHECKPOINT`-th code point, so indexing stays O(1) (a scan of at most
//! `CHECKPOINT - 1` code points) instead of O(n) per access — a parser
//! walking a non-ASCII string by index would otherwise be quadratic. The
//! index also remembers the last position looked up, so a walk forward one
//! code point at a time scans one code point per step.

use std::cell::{Cell, OnceCell};

/// Code points between two recorded byte offsets.
const CHECKPOINT: usize = 32;

pub const HASH_UNSET: i64 = -1;

pub struct PyStr {
    pub s: Box<str>,
    pub char_len: usize,
    pub hash: Cell<i64>,
    index: OnceCell<Box<Index>>,
}

/// The code-point index of a non-ASCII string (see the module comment).
struct Index {
    /// Byte offset of every `CHECKPOINT`-th code point.
    marks: Box<[usize]>,
    /// The last (code point, byte offset) pair looked up.
    cursor: Cell<(usize, usize)>,
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
            index: OnceCell::new(),
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
            return i;
        }
        if i >= self.char_len {
            return self.s.len();
        }
        // Near the start a short scan beats building the index (and keeps
        // short strings from ever allocating it).
        if i < CHECKPOINT {
            return scan_forward(&self.s, 0, i);
        }
        let index = self.index();
        let (ci, cb) = index.cursor.get();
        let b = if i >= ci && i - ci < i % CHECKPOINT {
            scan_forward(&self.s, cb, i - ci)
        } else {
            scan_forward(&self.s, index.marks[i / CHECKPOINT], i % CHECKPOINT)
        };
        index.cursor.set((i, b));
        b
    }

    /// Code-point index of byte offset `b`, which must lie on a character
    /// boundary (`b <= s.len()`): the inverse of [`PyStr::byte_offset`], by
    /// a binary search of the checkpoints and a scan of at most
    /// `CHECKPOINT - 1` code points.
    pub fn char_index(&self, b: usize) -> usize {
        if self.is_ascii() {
            return b;
        }
        if b >= self.s.len() {
            return self.char_len;
        }
        if b < 4 * CHECKPOINT {
            return count_chars(&self.s.as_bytes()[..b]);
        }
        let marks = &self.index().marks;
        let k = marks.partition_point(|&m| m <= b) - 1;
        k * CHECKPOINT + count_chars(&self.s.as_bytes()[marks[k]..b])
    }

    /// The code-point index, built on first use.
    fn index(&self) -> &Index {
        self.index.get_or_init(|| {
            Box::new(Index {
                marks: self
                    .s
                    .char_indices()
                    .step_by(CHECKPOINT)
                    .map(|(b, _)| b)
                    .collect(),
                cursor: Cell::new((0, 0)),
            })
        })
    }

    /// The code point at index `i` (`i < char_len`).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.s.as_bytes()[i] as char
        } else {
            self.s[self.byte_offset(i)..].chars().next().unwrap_or('\0')
        }
    }
}

/// The byte offset `n` code points after byte offset `from` of `s` (its
/// length if there are fewer).
fn scan_forward(s: &str, from: usize, n: usize) -> usize {
    s[from..]
        .char_indices()
        .nth(n)
        .map_or(s.len(), |(b, _)| from + b)
}

/// Code points in UTF-8 `bytes` that start and end on character
/// boundaries: the bytes that are not continuation bytes.
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&x| (x as i8) >= -0x40).count()
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
