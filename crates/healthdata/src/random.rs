//! The one source of randomness in the data set: ChaCha8, seeded, portable.
//!
//! Every draw is built from `next_u64` with integer arithmetic or plain `+ - * /` on f64,
//! which IEEE 754 defines exactly. No `ln`, `exp`, `sin` or `cos`: those come from each
//! platform's maths library and may differ in the last bit between the CLI and the
//! browser, which would break "the same seed gives the same data everywhere".

use rand_chacha::ChaCha8Rng;
use rand_core::{RngCore, SeedableRng};

pub struct Random(ChaCha8Rng);

impl Random {
    pub fn new(seed: u64) -> Random {
        Random(ChaCha8Rng::seed_from_u64(seed))
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0.next_u64()
    }

    /// Uniform in [0, 1), from the top 53 bits.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    /// Uniform integer in `low..=high`.
    pub fn between(&mut self, low: i64, high: i64) -> i64 {
        debug_assert!(low <= high);
        let span = (high - low + 1) as u64;
        // Rejection sampling keeps every value equally likely.
        let zone = u64::MAX - u64::MAX % span;
        loop {
            let draw = self.next_u64();
            if draw < zone {
                return low + (draw % span) as i64;
            }
        }
    }

    /// Uniform float in [low, high).
    pub fn uniform(&mut self, low: f64, high: f64) -> f64 {
        low + (high - low) * self.unit()
    }

    /// Approximately normal (Irwin–Hall: twelve uniforms less six), only + and *.
    pub fn normal(&mut self, mean: f64, standard_deviation: f64) -> f64 {
        let sum: f64 = (0..12).map(|_| self.unit()).sum();
        mean + standard_deviation * (sum - 6.0)
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.between(0, items.len() as i64 - 1) as usize]
    }

    /// An index chosen with the given relative weights.
    pub fn weighted(&mut self, weights: &[f64]) -> usize {
        let total: f64 = weights.iter().sum();
        let mut draw = self.unit() * total;
        for (index, weight) in weights.iter().enumerate() {
            if draw < *weight {
                return index;
            }
            draw -= weight;
        }
        weights.len() - 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_stream() {
        let mut a = Random::new(7);
        let mut b = Random::new(7);
        for _ in 0..100 {
            assert_eq!(a.next_u64(), b.next_u64());
        }
        assert_ne!(Random::new(7).next_u64(), Random::new(8).next_u64());
    }

    #[test]
    fn chacha8_is_the_published_generator() {
        // rand_chacha's ChaCha8Rng seeded with 0 via seed_from_u64: if this changes, every
        // data set changes; the golden test would also fail.
        let first = Random::new(0).next_u64();
        assert_eq!(first, Random::new(0).next_u64());
        assert_ne!(first, 0);
    }

    #[test]
    fn draws_stay_in_range_and_spread() {
        let mut random = Random::new(1);
        let mut seen = [0u32; 6];
        for _ in 0..6000 {
            let value = random.between(1, 6);
            seen[(value - 1) as usize] += 1;
        }
        assert!(
            seen.iter().all(|count| (800..1200).contains(count)),
            "{seen:?}"
        );
        let values: Vec<f64> = (0..10_000).map(|_| random.normal(100.0, 10.0)).collect();
        let mean = values.iter().sum::<f64>() / values.len() as f64;
        assert!((99.0..101.0).contains(&mean), "{mean}");
        assert!(values.iter().all(|v| (40.0..160.0).contains(v)));
    }
}
