//! The stable sort behind `list.sort` and `sorted`.
//!
//! A merge sort over element positions, driven by a fallible `is_less`
//! (Python's `<`, which may run user code and raise). Owning the algorithm
//! matters for two reasons: the first error stops the sort at once, and an
//! inconsistent `__lt__` (random answers, NaNs) can only produce some
//! permutation — never a panic, as the standard library's sort may raise on
//! a comparison that is not a total order.
//!
//! Invariant: `sort_positions` always leaves `v` a permutation of its input,
//! whatever `is_less` answers or when it fails.

/// Runs shorter than this are sorted by insertion.
const INSERTION_MAX: usize = 20;

/// Sorts `v` stably by `is_less`; stops at the first error.
pub fn sort_positions<E>(
    v: &mut [usize],
    is_less: &mut impl FnMut(usize, usize) -> Result<bool, E>,
) -> Result<(), E> {
    let mut buf = Vec::with_capacity(v.len() / 2 + 1);
    merge_sort(v, &mut buf, is_less)
}

fn merge_sort<E>(
    v: &mut [usize],
    buf: &mut Vec<usize>,
    is_less: &mut impl FnMut(usize, usize) -> Result<bool, E>,
) -> Result<(), E> {
    let n = v.len();
    if n <= INSERTION_MAX {
        return insertion_sort(v, is_less);
    }
    let mid = n / 2;
    merge_sort(&mut v[..mid], buf, is_less)?;
    merge_sort(&mut v[mid..], buf, is_less)?;
    // Already in order (sorted or nearly sorted input): nothing to merge.
    if !is_less(v[mid], v[mid - 1])? {
        return Ok(());
    }
    merge(v, mid, buf, is_less)
}

fn insertion_sort<E>(
    v: &mut [usize],
    is_less: &mut impl FnMut(usize, usize) -> Result<bool, E>,
) -> Result<(), E> {
    for i in 1..v.len() {
        let x = v[i];
        let mut j = i;
        // Equal elements stay behind their predecessors: stable.
        while j > 0 && is_less(x, v[j - 1])? {
            v[j] = v[j - 1];
            j -= 1;
        }
        v[j] = x;
    }
    Ok(())
}

/// Merges the sorted runs `v[..mid]` and `v[mid..]`.
fn merge<E>(
    v: &mut [usize],
    mid: usize,
    buf: &mut Vec<usize>,
    is_less: &mut impl FnMut(usize, usize) -> Result<bool, E>,
) -> Result<(), E> {
    buf.clear();
    buf.extend_from_slice(&v[..mid]);
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < buf.len() && j < v.len() {
        // Take from the right run only when strictly less: stable.
        let take_right = match is_less(v[j], buf[i]) {
            Ok(t) => t,
            Err(e) => {
                // Put the left run's rest back so `v` stays a permutation.
                v[k..k + buf.len() - i].copy_from_slice(&buf[i..]);
                return Err(e);
            }
        };
        if take_right {
            v[k] = v[j];
            j += 1;
        } else {
            v[k] = buf[i];
            i += 1;
        }
        k += 1;
    }
    while i < buf.len() {
        v[k] = buf[i];
        i += 1;
        k += 1;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted_by_key(keys: &[i64]) -> Vec<usize> {
        let mut v: Vec<usize> = (0..keys.len()).collect();
        sort_positions::<()>(&mut v, &mut |a, b| Ok(keys[a] < keys[b])).unwrap();
        v
    }

    #[test]
    fn sorts_stably() {
        let mut seed = 12345u64;
        for n in [0, 1, 2, 5, 20, 21, 100, 1000, 5000] {
            let keys: Vec<i64> = (0..n)
                .map(|_| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ((seed >> 33) % 50) as i64
                })
                .collect();
            let got = sorted_by_key(&keys);
            let mut want: Vec<usize> = (0..n).collect();
            want.sort_by_key(|&i| keys[i]);
            assert_eq!(got, want, "n = {n}");
        }
    }

    #[test]
    fn inconsistent_order_still_permutes() {
        let mut v: Vec<usize> = (0..500).collect();
        let mut flip = 0u32;
        sort_positions::<()>(&mut v, &mut |_, _| {
            flip = flip.wrapping_mul(1103515245).wrapping_add(12345);
            Ok(flip & 4 != 0)
        })
        .unwrap();
        let mut s = v.clone();
        s.sort();
        assert_eq!(s, (0..500).collect::<Vec<_>>());
    }

    #[test]
    fn error_stops_and_keeps_a_permutation() {
        let mut v: Vec<usize> = (0..300).rev().collect();
        let mut calls = 0;
        let r = sort_positions(&mut v, &mut |a, b| {
            calls += 1;
            if calls == 700 {
                Err("boom")
            } else {
                Ok(a < b)
            }
        });
        assert_eq!(r, Err("boom"));
        let mut s = v.clone();
        s.sort();
        assert_eq!(s, (0..300).collect::<Vec<_>>());
    }
}
