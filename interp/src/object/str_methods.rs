//! Python `str` method semantics on plain Rust `&str`, as CPython 3.11 has
//! them: splitting, stripping, searching, replacing, case mapping, padding,
//! the `is*` predicates, `repr()`/`ascii()` of a string, and code-point
//! indexing and slicing.
//!
//! Invariants and conventions:
//! - Every index, length and width is counted in code points, never bytes.
//!   Optional `start`/`end` arguments are clamped exactly like CPython's
//!   `ADJUST_INDICES` (negative counts from the end; out of range is
//!   clamped; `start > end` finds nothing).
//! - Results that are pieces of the input are returned as `&str` slices of it
//!   (the caller wraps them in Python objects); new text is a `String`.
//! - Nothing here panics on any input. A result too large to allocate is
//!   `StrError::Memory` (the caller raises `MemoryError`), never an abort.
//! - "Whitespace" is CPython's `Py_UNICODE_ISSPACE` (see [`is_space`]), line
//!   boundaries are `Py_UNICODE_ISLINEBREAK` (see [`is_linebreak`]).
//! - Case mappings and the Lowercase/Uppercase/Case_Ignorable properties
//!   come from Rust's `char`, whose Unicode is newer than CPython 3.11's
//!   14.0. Checked against CPython for every code point, they differ only
//!   for characters assigned after 14.0 and a handful re-cased since (e.g.
//!   U+019B gained an uppercase in Unicode 16, so `'ƛ'.upper()` differs).
//!   Everything Rust lacks (titlecase, case folding, the alpha, decimal,
//!   digit, numeric, printable and identifier properties) comes from
//!   `unicode_tables`, generated from CPython 3.11 itself, so those agree
//!   exactly.
//!
//! This module knows nothing about the object model: the VM calls it after
//! unpacking arguments (type checks such as "fillchar must be exactly one
//! character" stay with the caller).

use std::borrow::Cow;

use super::unicode_tables as tables;
use super::PyStr;

/// An error raised by a `str` method.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StrError {
    /// `ValueError` with this message.
    Value(&'static str),
    /// The result would be too large to allocate (`MemoryError`).
    Memory,
}

/// `ValueError: empty separator`.
const EMPTY_SEPARATOR: StrError = StrError::Value("empty separator");
/// `ValueError: substring not found`.
const NOT_FOUND: StrError = StrError::Value("substring not found");

// ---------------------------------------------------------------------------
// Character classes
// ---------------------------------------------------------------------------

/// Python's whitespace (`Py_UNICODE_ISSPACE`): bidirectional types WS, B, S
/// and category Zs. Unlike Rust's `char::is_whitespace`, this includes the
/// separators `\x1c`..`\x1f`.
pub fn is_space(c: char) -> bool {
    matches!(
        c,
        '\t'..='\r'
            | '\x1c'..=' '
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

/// Python's line boundaries (`Py_UNICODE_ISLINEBREAK`), used by
/// `splitlines()`.
pub fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\x0b'
            | '\x0c'
            | '\r'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// Whether `c` is printable in Python's sense (`str.isprintable()`), i.e.
/// whether `repr()` shows it unescaped.
pub fn is_printable_char(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    tables::in_set(tables::PRINTABLE, c)
}

/// The Unicode decimal digit value of `c` (category Nd), if it has one.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii() {
        return c.to_digit(10);
    }
    tables::decimal_value(c)
}

/// Python's "cased" property: Lowercase, Uppercase or titlecase letter.
pub fn is_cased(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    c.is_lowercase() || c.is_uppercase() || is_titlecase(c)
}

/// Category Lt (titlecase letters such as 'ǅ').
fn is_titlecase(c: char) -> bool {
    !c.is_ascii() && tables::in_set(tables::TITLECASE_LETTER, c)
}

/// Unicode's Case_Ignorable property. Rust exposes it only through the
/// Final_Sigma rule of `str::to_lowercase`, so non-ASCII characters are
/// probed through that rule: `xΣ` keeps a non-final sigma exactly when `x`
/// is case-ignorable or uncased, and `AΣxB` does exactly when `x` is
/// case-ignorable or cased.
fn is_case_ignorable(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, '\'' | '.' | ':' | '^' | '`');
    }
    let mut probe = String::with_capacity(12);
    probe.push(c);
    probe.push('Σ');
    if !probe.to_lowercase().ends_with('σ') {
        return false;
    }
    probe.clear();
    probe.push_str("AΣ");
    probe.push(c);
    probe.push('B');
    probe.to_lowercase().contains('σ')
}

// ---------------------------------------------------------------------------
// Code-point indexing
// ---------------------------------------------------------------------------

/// The length of `s` in code points (Python's `len()`).
pub fn char_count(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// The character at code-point `index`, if `index < char_count(s)`. O(n)
/// for non-ASCII text; a caller that knows the code-point length (as
/// `PyStr` does) can index bytes directly when it equals the byte length.
pub fn char_at(s: &str, index: usize) -> Option<char> {
    if s.is_ascii() {
        s.as_bytes().get(index).map(|&b| b as char)
    } else {
        s.chars().nth(index)
    }
}

/// The byte offsets of code points `start` and `end` (each clamped to the
/// length; `start <= end` is expected).
fn byte_range(s: &str, start: usize, end: usize) -> (usize, usize) {
    if s.is_ascii() {
        return (start.min(s.len()), end.min(s.len()));
    }
    let mut start_byte = s.len();
    let mut end_byte = s.len();
    for (i, (b, _)) in s.char_indices().enumerate() {
        if i == start {
            start_byte = b;
        }
        if i == end {
            end_byte = b;
            break;
        }
    }
    (start_byte.min(end_byte), end_byte)
}

/// CPython's `PySlice_AdjustIndices`: normalizes optional slice bounds for a
/// sequence of `len` items and returns `(start, stop, slice_length)`, ready
/// for [`char_slice`]. `step` must not be zero (the caller raises
/// `ValueError: slice step cannot be zero`); a zero step yields length 0.
pub fn slice_indices(
    len: usize,
    start: Option<i64>,
    stop: Option<i64>,
    step: i64,
) -> (i64, i64, usize) {
    let len = i64::try_from(len).unwrap_or(i64::MAX);
    let step = step.max(-i64::MAX);
    let clamp = |v: Option<i64>, default_fwd: i64, default_back: i64| -> i64 {
        match v {
            None => {
                if step < 0 {
                    default_back
                } else {
                    default_fwd
                }
            }
            Some(v) if v < 0 => {
                let v = v + len;
                if v < 0 {
                    if step < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    v
                }
            }
            Some(v) if v >= len => {
                if step < 0 {
                    len - 1
                } else {
                    len
                }
            }
            Some(v) => v,
        }
    };
    let start = clamp(start, 0, len - 1);
    let stop = clamp(stop, len, -1);
    (start, stop, slice_length(start, stop, step))
}

/// The number of items `start:stop:step` selects (CPython's slice length
/// formula), for indices normalized by [`slice_indices`].
fn slice_length(start: i64, stop: i64, step: i64) -> usize {
    let count = if step < 0 {
        if stop < start {
            (start - stop - 1) / step.saturating_neg() + 1
        } else {
            0
        }
    } else if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    usize::try_from(count).unwrap_or(0)
}

/// `s[start:stop:step]` with indices already normalized by [`slice_indices`]
/// (in code points; `stop` may be -1 for a backward slice through index 0).
/// A contiguous forward slice borrows from `s`. Out-of-range indices are
/// clamped, never a panic.
pub fn char_slice(s: &str, start: i64, stop: i64, step: i64) -> Cow<'_, str> {
    let n = i64::try_from(char_count(s)).unwrap_or(i64::MAX);
    let (start, stop) = if step < 0 {
        (start.clamp(-1, n - 1), stop.clamp(-1, n - 1))
    } else {
        (start.clamp(0, n), stop.clamp(0, n))
    };
    let count = slice_length(start, stop, step);
    if count == 0 {
        return Cow::Borrowed("");
    }
    // With count > 0, `start` is a valid index.
    let start = start as usize;
    if step == 1 {
        let (b0, b1) = byte_range(s, start, start + count);
        return Cow::Borrowed(&s[b0..b1]);
    }
    let stride = usize::try_from(step.unsigned_abs()).unwrap_or(usize::MAX);
    if s.is_ascii() {
        let bytes = s.as_bytes();
        let mut out = String::with_capacity(count);
        let mut i = start;
        for _ in 0..count {
            out.push(char::from(bytes[i]));
            i = if step > 0 {
                i.saturating_add(stride)
            } else {
                i.saturating_sub(stride)
            };
        }
        return Cow::Owned(out);
    }
    let out: String = if step > 0 {
        s.chars().skip(start).step_by(stride).take(count).collect()
    } else {
        let from_end = n as usize - 1 - start;
        s.chars()
            .rev()
            .skip(from_end)
            .step_by(stride)
            .take(count)
            .collect()
    };
    Cow::Owned(out)
}

// ---------------------------------------------------------------------------
// Searching
// ---------------------------------------------------------------------------

/// CPython's `ADJUST_INDICES` for a string of `len` code points.
fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = i64::try_from(len).unwrap_or(i64::MAX);
    let mut start = start.unwrap_or(0);
    let mut end = end.unwrap_or(i64::MAX);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

/// The window `s[start:end]` after clamping, with its start in code points
/// and in bytes, or `None` when it is shorter than `needed` code points.
/// O(1) in the string's length: `PyStr` maps code points to bytes through
/// its checkpoints.
fn window<'a>(
    s: &'a PyStr,
    start: Option<i64>,
    end: Option<i64>,
    needed: usize,
) -> Option<(&'a str, usize, usize)> {
    let (start, end) = adjust_indices(start, end, s.char_len);
    if end - start < i64::try_from(needed).unwrap_or(i64::MAX) {
        return None;
    }
    // Now 0 <= start <= end <= len.
    let (start, end) = (start as usize, end as usize);
    let (b0, b1) = (s.byte_offset(start), s.byte_offset(end));
    Some((&s.as_str()[b0..b1], start, b0))
}

/// The byte offset of the first `needle` in `hay`. memchr's memmem costs
/// little to set up, which matters for the short strings most searches
/// look at; a valid UTF-8 needle found in valid UTF-8 starts and ends on
/// char boundaries, so a byte match is a str match.
pub fn find_bytes(hay: &str, needle: &str) -> Option<usize> {
    memchr::memmem::find(hay.as_bytes(), needle.as_bytes())
}

/// The byte offset of the last `needle` in `hay` (see [`find_bytes`]).
pub fn rfind_bytes(hay: &str, needle: &str) -> Option<usize> {
    memchr::memmem::rfind(hay.as_bytes(), needle.as_bytes())
}

/// `s.find(sub, start, end)`: the lowest code-point index of `sub`, or `None`
/// (Python's -1).
pub fn find(s: &PyStr, sub: &PyStr, start: Option<i64>, end: Option<i64>) -> Option<usize> {
    let (hay, _, b0) = window(s, start, end, sub.char_len)?;
    find_bytes(hay, sub.as_str()).map(|b| s.char_index(b0 + b))
}

/// `s.rfind(sub, start, end)`: the highest code-point index of `sub`.
pub fn rfind(s: &PyStr, sub: &PyStr, start: Option<i64>, end: Option<i64>) -> Option<usize> {
    let (hay, _, b0) = window(s, start, end, sub.char_len)?;
    rfind_bytes(hay, sub.as_str()).map(|b| s.char_index(b0 + b))
}

/// `s.index(sub, start, end)`: like [`find`], but `ValueError` when absent.
pub fn index(
    s: &PyStr,
    sub: &PyStr,
    start: Option<i64>,
    end: Option<i64>,
) -> Result<usize, StrError> {
    find(s, sub, start, end).ok_or(NOT_FOUND)
}

/// `s.rindex(sub, start, end)`: like [`rfind`], but `ValueError` when absent.
pub fn rindex(
    s: &PyStr,
    sub: &PyStr,
    start: Option<i64>,
    end: Option<i64>,
) -> Result<usize, StrError> {
    rfind(s, sub, start, end).ok_or(NOT_FOUND)
}

/// `s.count(sub, start, end)`: non-overlapping occurrences; an empty `sub`
/// matches between every pair of code points (`len + 1` times).
pub fn count(s: &PyStr, sub: &PyStr, start: Option<i64>, end: Option<i64>) -> usize {
    let Some((hay, start, b0)) = window(s, start, end, sub.char_len) else {
        return 0;
    };
    if sub.s.is_empty() {
        s.char_index(b0 + hay.len()) - start + 1
    } else {
        memchr::memmem::find_iter(hay.as_bytes(), sub.as_str().as_bytes()).count()
    }
}

/// `s.startswith(prefix, start, end)` for one prefix (the caller loops over
/// a tuple).
pub fn startswith(s: &PyStr, prefix: &PyStr, start: Option<i64>, end: Option<i64>) -> bool {
    window(s, start, end, prefix.char_len).is_some_and(|(hay, ..)| hay.starts_with(prefix.as_str()))
}

/// `s.endswith(suffix, start, end)` for one suffix.
pub fn endswith(s: &PyStr, suffix: &PyStr, start: Option<i64>, end: Option<i64>) -> bool {
    window(s, start, end, suffix.char_len).is_some_and(|(hay, ..)| hay.ends_with(suffix.as_str()))
}

// ---------------------------------------------------------------------------
// Splitting, stripping, partitioning
// ---------------------------------------------------------------------------

/// A negative `maxsplit` means "no limit".
fn split_limit(maxsplit: i64) -> usize {
    usize::try_from(maxsplit).unwrap_or(usize::MAX)
}

/// `s.split(sep, maxsplit)`. With `sep == None`, runs of whitespace separate
/// and leading/trailing whitespace yields no empty strings.
pub fn split<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<&'a str>, StrError> {
    let limit = split_limit(maxsplit);
    match sep {
        Some("") => Err(EMPTY_SEPARATOR),
        Some(sep) => {
            let mut out = Vec::new();
            let mut last = 0;
            for i in memchr::memmem::find_iter(s.as_bytes(), sep.as_bytes()).take(limit) {
                out.push(&s[last..i]);
                last = i + sep.len();
            }
            out.push(&s[last..]);
            Ok(out)
        }
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_start_matches(is_space);
            while !rest.is_empty() {
                if out.len() == limit {
                    out.push(rest);
                    break;
                }
                match rest.find(is_space) {
                    Some(i) => {
                        out.push(&rest[..i]);
                        rest = rest[i..].trim_start_matches(is_space);
                    }
                    None => {
                        out.push(rest);
                        break;
                    }
                }
            }
            Ok(out)
        }
    }
}

/// `s.rsplit(sep, maxsplit)`: like [`split`], splitting from the right.
pub fn rsplit<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<&'a str>, StrError> {
    let limit = split_limit(maxsplit);
    let mut out: Vec<&str> = match sep {
        Some("") => return Err(EMPTY_SEPARATOR),
        Some(sep) => {
            if limit == usize::MAX {
                s.rsplit(sep).collect()
            } else {
                s.rsplitn(limit.saturating_add(1), sep).collect()
            }
        }
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_end_matches(is_space);
            while !rest.is_empty() {
                if out.len() == limit {
                    out.push(rest);
                    break;
                }
                match rest.rfind(is_space) {
                    Some(i) => {
                        let ws_len = rest[i..].chars().next().map_or(1, char::len_utf8);
                        out.push(&rest[i + ws_len..]);
                        rest = rest[..i].trim_end_matches(is_space);
                    }
                    None => {
                        out.push(rest);
                        break;
                    }
                }
            }
            out
        }
    };
    out.reverse();
    Ok(out)
}

/// `s.splitlines(keepends)`, splitting at [`is_linebreak`] characters and
/// treating `\r\n` as one boundary.
pub fn splitlines(s: &str, keepends: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let bytes = s.as_bytes();
    let mut line_start = 0;
    let mut iter = s.char_indices();
    while let Some((i, c)) = iter.next() {
        if !is_linebreak(c) {
            continue;
        }
        let mut eol = i + c.len_utf8();
        if c == '\r' && bytes.get(eol) == Some(&b'\n') {
            eol += 1;
            iter.next();
        }
        out.push(&s[line_start..if keepends { eol } else { i }]);
        line_start = eol;
    }
    if line_start < s.len() {
        out.push(&s[line_start..]);
    }
    out
}

/// The predicate "c is in the strip set" for `strip(chars)`.
fn strip_set(chars: Option<&str>) -> impl Fn(char) -> bool + '_ {
    move |c| match chars {
        None => is_space(c),
        Some(set) => set.contains(c),
    }
}

/// `s.strip(chars)`: `None` strips whitespace, `Some(set)` strips any of
/// the characters of `set`.
pub fn strip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    s.trim_matches(strip_set(chars))
}

/// `s.lstrip(chars)`.
pub fn lstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    s.trim_start_matches(strip_set(chars))
}

/// `s.rstrip(chars)`.
pub fn rstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    s.trim_end_matches(strip_set(chars))
}

/// `s.partition(sep)` as `(head, sep, tail)`; `(s, "", "")` when absent.
pub fn partition<'a>(s: &'a str, sep: &str) -> Result<(&'a str, &'a str, &'a str), StrError> {
    if sep.is_empty() {
        return Err(EMPTY_SEPARATOR);
    }
    Ok(match find_bytes(s, sep) {
        Some(i) => (&s[..i], &s[i..i + sep.len()], &s[i + sep.len()..]),
        None => (s, "", ""),
    })
}

/// `s.rpartition(sep)`; `("", "", s)` when absent.
pub fn rpartition<'a>(s: &'a str, sep: &str) -> Result<(&'a str, &'a str, &'a str), StrError> {
    if sep.is_empty() {
        return Err(EMPTY_SEPARATOR);
    }
    Ok(match rfind_bytes(s, sep) {
        Some(i) => (&s[..i], &s[i..i + sep.len()], &s[i + sep.len()..]),
        None => ("", "", s),
    })
}

/// `s.removeprefix(prefix)`.
pub fn removeprefix<'a>(s: &'a str, prefix: &str) -> &'a str {
    s.strip_prefix(prefix).unwrap_or(s)
}

/// `s.removesuffix(suffix)`.
pub fn removesuffix<'a>(s: &'a str, suffix: &str) -> &'a str {
    s.strip_suffix(suffix).unwrap_or(s)
}

// ---------------------------------------------------------------------------
// Building new strings
// ---------------------------------------------------------------------------

/// An empty `String` with room for `bytes`, or `Memory` if that cannot be
/// allocated.
fn alloc_string(bytes: usize) -> Result<String, StrError> {
    let mut out = String::new();
    out.try_reserve_exact(bytes).map_err(|_| StrError::Memory)?;
    Ok(out)
}

/// Appends `n` copies of `c`.
fn push_repeated(out: &mut String, c: char, n: usize) {
    out.extend(std::iter::repeat_n(c, n));
}

/// `s.replace(old, new, count)`; a negative `count` replaces all. An empty
/// `old` inserts `new` before every code point and at the end.
pub fn replace(s: &str, old: &str, new: &str, count: i64) -> Result<String, StrError> {
    Ok(replace_if_changed(s, old, new, count)?.unwrap_or_else(|| s.to_owned()))
}

/// `s.replace(old, new, count)`, or `None` when the result is `s` itself
/// (nothing found, `count == 0`, or `old == new`), so a caller can return
/// the receiver as CPython does.
pub fn replace_if_changed(
    s: &str,
    old: &str,
    new: &str,
    count: i64,
) -> Result<Option<String>, StrError> {
    let limit = usize::try_from(count).unwrap_or(usize::MAX);
    if limit == 0 || old == new {
        return Ok(None);
    }
    if old.is_empty() {
        let matches = char_count(s).saturating_add(1).min(limit);
        let positions = s
            .char_indices()
            .map(|(i, _)| i)
            .chain(std::iter::once(s.len()));
        return splice(s, 0, new, matches, positions).map(Some);
    }
    // A valid UTF-8 needle found in valid UTF-8 starts and ends on char
    // boundaries, so byte search finds exactly the str matches.
    let finder = memchr::memmem::Finder::new(old.as_bytes());
    let matches = finder.find_iter(s.as_bytes()).take(limit).count();
    if matches == 0 {
        return Ok(None);
    }
    let positions = finder.find_iter(s.as_bytes());
    splice(s, old.len(), new, matches, positions).map(Some)
}

/// `s` with `new` in place of the `old_len` bytes at each of the first
/// `matches` of `positions` (ascending, non-overlapping byte offsets).
fn splice(
    s: &str,
    old_len: usize,
    new: &str,
    matches: usize,
    positions: impl Iterator<Item = usize>,
) -> Result<String, StrError> {
    let grow = new.len().saturating_sub(old_len).checked_mul(matches);
    let size = grow
        .and_then(|g| g.checked_add(s.len()))
        .ok_or(StrError::Memory)?;
    let mut out = alloc_string(size)?;
    let mut last = 0;
    for i in positions.take(matches) {
        out.push_str(&s[last..i]);
        out.push_str(new);
        last = i + old_len;
    }
    out.push_str(&s[last..]);
    Ok(out)
}

/// Pads `s` with `left` and `right` copies of `fill`.
fn pad(s: &str, left: usize, right: usize, fill: char) -> Result<String, StrError> {
    let size = left
        .checked_add(right)
        .and_then(|n| n.checked_mul(fill.len_utf8()))
        .and_then(|n| n.checked_add(s.len()))
        .ok_or(StrError::Memory)?;
    let mut out = alloc_string(size)?;
    push_repeated(&mut out, fill, left);
    out.push_str(s);
    push_repeated(&mut out, fill, right);
    Ok(out)
}

/// How many fill characters `width` asks for beyond `s`'s length.
fn margin(s: &str, width: i64) -> usize {
    let len = char_count(s) as u64;
    match u64::try_from(width) {
        Ok(w) if w > len => usize::try_from(w - len).unwrap_or(usize::MAX),
        _ => 0,
    }
}

/// `s.ljust(width, fillchar)`.
pub fn ljust(s: &str, width: i64, fill: char) -> Result<String, StrError> {
    pad(s, 0, margin(s, width), fill)
}

/// `s.rjust(width, fillchar)`.
pub fn rjust(s: &str, width: i64, fill: char) -> Result<String, StrError> {
    pad(s, margin(s, width), 0, fill)
}

/// `s.center(width, fillchar)`, with CPython's choice of which side gets the
/// odd fill character.
pub fn center(s: &str, width: i64, fill: char) -> Result<String, StrError> {
    let marg = margin(s, width);
    let left = marg / 2 + (marg & (width as usize) & 1);
    pad(s, left, marg - left, fill)
}

/// `s.zfill(width)`: pads with '0' on the left, after a leading sign.
pub fn zfill(s: &str, width: i64) -> Result<String, StrError> {
    let fill = margin(s, width);
    let mut out = pad(s, fill, 0, '0')?;
    if fill > 0 && (s.starts_with('+') || s.starts_with('-')) {
        // Move the sign in front of the zeros: "000-42" -> "-00042".
        let sign = if s.starts_with('+') { "+" } else { "-" };
        out.replace_range(fill..fill + 1, "0");
        out.replace_range(0..1, sign);
    }
    Ok(out)
}

/// `s.expandtabs(tabsize)`: columns restart after `\n` and `\r`; a
/// non-positive `tabsize` removes tabs.
pub fn expandtabs(s: &str, tabsize: i64) -> Result<String, StrError> {
    let tab = u64::try_from(tabsize).unwrap_or(0);
    let mut size: u64 = 0;
    let mut column: u64 = 0;
    for c in s.chars() {
        if c == '\t' {
            if tab > 0 {
                let incr = tab - column % tab;
                column = column.checked_add(incr).ok_or(StrError::Memory)?;
                size = size.checked_add(incr).ok_or(StrError::Memory)?;
            }
        } else {
            column += 1;
            size += c.len_utf8() as u64;
            if c == '\n' || c == '\r' {
                column = 0;
            }
        }
    }
    let mut out = alloc_string(usize::try_from(size).map_err(|_| StrError::Memory)?)?;
    column = 0;
    for c in s.chars() {
        if c == '\t' {
            if tab > 0 {
                let incr = tab - column % tab;
                push_repeated(&mut out, ' ', incr as usize);
                column += incr;
            }
        } else {
            out.push(c);
            column += 1;
            if c == '\n' || c == '\r' {
                column = 0;
            }
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------------------
// Case mapping
// ---------------------------------------------------------------------------

/// Whether the 'Σ' at byte offset `i` of `s` is word-final (Unicode's
/// Final_Sigma: preceded by a cased letter and not followed by one, skipping
/// case-ignorable characters both ways).
fn is_final_sigma(s: &str, i: usize) -> bool {
    let before = s[..i].chars().rev().find(|&c| !is_case_ignorable(c));
    if !before.is_some_and(is_cased) {
        return false;
    }
    let after = s[i + 'Σ'.len_utf8()..]
        .chars()
        .find(|&c| !is_case_ignorable(c));
    !after.is_some_and(is_cased)
}

/// Appends the full lowercase mapping of `c` (the character at byte offset
/// `i` of `s`), with the Final_Sigma rule for 'Σ'.
fn push_lower(out: &mut String, s: &str, i: usize, c: char) {
    if c == 'Σ' {
        out.push(if is_final_sigma(s, i) { 'ς' } else { 'σ' });
    } else {
        out.extend(c.to_lowercase());
    }
}

/// Appends the full titlecase mapping of `c`.
fn push_title(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else if let Some(mapped) = tables::lookup_map(tables::TITLECASE, c) {
        out.push_str(mapped);
    } else {
        out.extend(c.to_uppercase());
    }
}

/// `s.upper()` (full mapping: 'ß' becomes "SS").
pub fn upper(s: &str) -> String {
    s.to_uppercase()
}

/// `s.lower()` (full mapping, with the Final_Sigma rule).
pub fn lower(s: &str) -> String {
    s.to_lowercase()
}

/// `s.casefold()` (full case folding: 'ß' becomes "ss").
pub fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if let Some(folded) = tables::lookup_map(tables::CASEFOLD, c) {
            out.push_str(folded);
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// `s.swapcase()`: uppercase characters are lowercased, lowercase ones
/// uppercased (so `s.swapcase().swapcase() != s` in general).
pub fn swapcase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if c.is_uppercase() {
            push_lower(&mut out, s, i, c);
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// `s.title()`: a character is titlecased when the one before it is not
/// cased, lowercased otherwise ("they're" becomes "They'Re").
pub fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut previous_is_cased = false;
    for (i, c) in s.char_indices() {
        if previous_is_cased {
            push_lower(&mut out, s, i, c);
        } else {
            push_title(&mut out, c);
        }
        previous_is_cased = is_cased(c);
    }
    out
}

/// `s.capitalize()`: the first character titlecased, the rest lowercased.
pub fn capitalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if i == 0 {
            push_title(&mut out, c);
        } else {
            push_lower(&mut out, s, i, c);
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Predicates
// ---------------------------------------------------------------------------

/// True when `s` is non-empty and every character satisfies `pred`.
fn all_nonempty(s: &str, pred: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(pred)
}

/// `s.isspace()`.
pub fn isspace(s: &str) -> bool {
    all_nonempty(s, is_space)
}

/// `s.isalpha()`: categories Lu, Ll, Lt, Lm, Lo (not Rust's broader
/// Alphabetic, which adds Nl and combining vowel signs).
pub fn isalpha(s: &str) -> bool {
    all_nonempty(s, |c| {
        if c.is_ascii() {
            c.is_ascii_alphabetic()
        } else {
            tables::in_set(tables::ALPHA, c)
        }
    })
}

/// `s.isdecimal()`: category Nd.
pub fn isdecimal(s: &str) -> bool {
    all_nonempty(s, |c| decimal_value(c).is_some())
}

/// `s.isdigit()`: decimals plus digits such as '²' and '①'.
pub fn isdigit(s: &str) -> bool {
    all_nonempty(s, |c| {
        if c.is_ascii() {
            c.is_ascii_digit()
        } else {
            tables::in_set(tables::DIGIT, c)
        }
    })
}

/// `s.isnumeric()`: digits plus numerals such as '½', 'Ⅻ' and '五'.
pub fn isnumeric(s: &str) -> bool {
    all_nonempty(s, is_numeric_char)
}

/// One character of `isnumeric`.
fn is_numeric_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        tables::in_set(tables::NUMERIC, c)
    }
}

/// `s.isalnum()`: every character is alphabetic or numeric.
pub fn isalnum(s: &str) -> bool {
    all_nonempty(s, |c| {
        if c.is_ascii() {
            c.is_ascii_alphanumeric()
        } else {
            tables::in_set(tables::ALPHA, c) || is_numeric_char(c)
        }
    })
}

/// `s.isascii()` (true for the empty string).
pub fn isascii(s: &str) -> bool {
    s.is_ascii()
}

/// `s.isprintable()` (true for the empty string).
pub fn isprintable(s: &str) -> bool {
    s.chars().all(is_printable_char)
}

/// `s.isupper()`: at least one cased character and no lowercase or
/// titlecase ones.
pub fn isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if c.is_lowercase() || is_titlecase(c) {
            return false;
        }
        cased |= c.is_uppercase();
    }
    cased
}

/// `s.islower()`: at least one cased character and no uppercase or
/// titlecase ones.
pub fn islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            return false;
        }
        cased |= c.is_lowercase();
    }
    cased
}

/// `s.istitle()`: uppercase/titlecase characters only follow uncased ones
/// and lowercase characters only follow cased ones.
pub fn istitle(s: &str) -> bool {
    let mut cased = false;
    let mut previous_is_cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}

/// `s.isidentifier()`: XID_Start or '_' first, XID_Continue after.
pub fn isidentifier(s: &str) -> bool {
    let mut chars = s.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let start_ok = if first.is_ascii() {
        first == '_' || first.is_ascii_alphabetic()
    } else {
        tables::in_set(tables::XID_START, first)
    };
    start_ok
        && chars.all(|c| {
            if c.is_ascii() {
                c == '_' || c.is_ascii_alphanumeric()
            } else {
                tables::in_set(tables::XID_CONTINUE, c)
            }
        })
}

// ---------------------------------------------------------------------------
// repr() and ascii()
// ---------------------------------------------------------------------------

/// Appends `\xNN`, `\uNNNN` or `\UNNNNNNNN` for `c`, the shortest that fits.
fn push_hex_escape(out: &mut String, c: char) {
    use std::fmt::Write;
    let cp = c as u32;
    // Writing to a String cannot fail.
    let _ = if cp <= 0xff {
        write!(out, "\\x{cp:02x}")
    } else if cp <= 0xffff {
        write!(out, "\\u{cp:04x}")
    } else {
        write!(out, "\\U{cp:08x}")
    };
}

/// `repr(s)` exactly as CPython writes it: single quotes unless the text
/// contains `'` and no `"`; `\\`, `\t`, `\n`, `\r` and the quote escaped;
/// other non-printable characters as `\xNN`/`\uNNNN`/`\UNNNNNNNN`; printable
/// non-ASCII characters kept.
pub fn str_repr(s: &str) -> String {
    repr_with(s, false)
}

/// `ascii(s)`: [`str_repr`] with every non-ASCII character escaped.
pub fn ascii_repr(s: &str) -> String {
    repr_with(s, true)
}

/// Shared body of [`str_repr`] and [`ascii_repr`].
fn repr_with(s: &str, ascii_only: bool) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            ' '..='~' => out.push(c),
            _ if c.is_ascii() || ascii_only || !is_printable_char(c) => {
                push_hex_escape(&mut out, c)
            }
            _ => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Escapes every non-ASCII character of `s` as `\xNN`/`\uNNNN`/`\UNNNNNNNN`
/// (the "backslashreplace" step of `ascii()` applied to any object's repr).
pub fn ascii_escape(s: &str) -> Cow<'_, str> {
    if s.is_ascii() {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_hex_escape(&mut out, c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
#[path = "str_methods_tests.rs"]
mod tests;
