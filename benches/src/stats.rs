//! The arithmetic of the report: medians, geometric means, speedups.
//! Pure functions, unit-tested on canned numbers.

/// The median of `xs` (mean of the two middle values for an even count);
/// `None` for an empty slice.
pub fn median(xs: &[f64]) -> Option<f64> {
    if xs.is_empty() {
        return None;
    }
    let mut v = xs.to_vec();
    v.sort_by(|a, b| a.total_cmp(b));
    let n = v.len();
    Some(if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    })
}

/// Smallest and largest value.
pub fn min_max(xs: &[f64]) -> Option<(f64, f64)> {
    let mut it = xs.iter().copied();
    let first = it.next()?;
    Some(it.fold((first, first), |(lo, hi), x| (lo.min(x), hi.max(x))))
}

/// Geometric mean of positive, finite values; `None` if there are none.
/// Values that are not positive and finite are ignored.
pub fn geomean(xs: &[f64]) -> Option<f64> {
    let good: Vec<f64> = xs
        .iter()
        .copied()
        .filter(|x| x.is_finite() && *x > 0.0)
        .collect();
    if good.is_empty() {
        return None;
    }
    let mean_log = good.iter().map(|x| x.ln()).sum::<f64>() / good.len() as f64;
    Some(mean_log.exp())
}

/// How many times faster `subject` is than `baseline` (both wall times):
/// `baseline / subject`, so above 1 means the subject is faster.
pub fn speedup(baseline_secs: f64, subject_secs: f64) -> Option<f64> {
    if baseline_secs > 0.0 && subject_secs > 0.0 {
        Some(baseline_secs / subject_secs)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_odd_even_empty() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), Some(2.5));
        assert_eq!(median(&[7.5]), Some(7.5));
        assert_eq!(median(&[]), None);
    }

    #[test]
    fn min_max_works() {
        assert_eq!(min_max(&[2.0, 0.5, 9.0]), Some((0.5, 9.0)));
        assert_eq!(min_max(&[]), None);
    }

    #[test]
    fn geomean_of_known_values() {
        let g = geomean(&[2.0, 8.0]).unwrap();
        assert!((g - 4.0).abs() < 1e-12);
        let g = geomean(&[0.5, 2.0, 1.0]).unwrap();
        assert!((g - 1.0).abs() < 1e-12);
        let g = geomean(&[1.0, 10.0, 100.0]).unwrap();
        assert!((g - 10.0).abs() < 1e-9);
        // Non-positive and non-finite values are skipped, not poisoning the mean.
        let g = geomean(&[4.0, 0.0, f64::NAN, 9.0]).unwrap();
        assert!((g - 6.0).abs() < 1e-12);
        assert_eq!(geomean(&[]), None);
    }

    #[test]
    fn speedup_direction() {
        // CPython takes 2 s, piepie 1 s: piepie is 2x faster.
        assert_eq!(speedup(2.0, 1.0), Some(2.0));
        assert_eq!(speedup(1.0, 4.0), Some(0.25));
        assert_eq!(speedup(1.0, 0.0), None);
    }
}
