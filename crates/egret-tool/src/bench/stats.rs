//! Summaries of repeated measurements: the median, which one slow run on a shared machine does
//! not move, and the spread (min–max), which shows how much to trust it.

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spread {
    pub median: f64,
    pub min: f64,
    pub max: f64,
}

impl Spread {
    /// `None` for no samples.
    pub fn of(samples: impl IntoIterator<Item = f64>) -> Option<Spread> {
        let mut sorted: Vec<f64> = samples.into_iter().collect();
        if sorted.is_empty() {
            return None;
        }
        sorted.sort_by(f64::total_cmp);
        let middle = sorted.len() / 2;
        let median = if sorted.len() % 2 == 1 { sorted[middle] } else { (sorted[middle - 1] + sorted[middle]) / 2.0 };
        Some(Spread { median, min: sorted[0], max: sorted[sorted.len() - 1] })
    }

    /// `12.34 [12.01–12.90]`, or just the value for a single sample.
    pub fn show(&self, decimals: usize) -> String {
        if self.min == self.max {
            format!("{:.*}", decimals, self.median)
        } else {
            format!("{:.*} [{:.*}–{:.*}]", decimals, self.median, decimals, self.min, decimals, self.max)
        }
    }
}

/// `a / b`, when both are there and the quotient means something.
pub fn ratio(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    match (a, b) {
        (Some(a), Some(b)) if b > 0.0 && a >= 0.0 => Some(a / b),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_and_spread() {
        assert_eq!(Spread::of([3.0, 1.0, 2.0]), Some(Spread { median: 2.0, min: 1.0, max: 3.0 }));
        assert_eq!(Spread::of([4.0, 1.0, 2.0, 3.0]), Some(Spread { median: 2.5, min: 1.0, max: 4.0 }));
        assert_eq!(Spread::of([]), None);
        assert_eq!(Spread::of([1.5]).unwrap().show(2), "1.50");
        assert_eq!(Spread::of([1.0, 2.0, 4.0]).unwrap().show(1), "2.0 [1.0–4.0]");
    }

    #[test]
    fn ratios_need_a_positive_divisor() {
        assert_eq!(ratio(Some(1.0), Some(2.0)), Some(0.5));
        assert_eq!(ratio(Some(1.0), Some(0.0)), None);
        assert_eq!(ratio(Some(-1.0), Some(2.0)), None);
        assert_eq!(ratio(None, Some(2.0)), None);
    }
}
