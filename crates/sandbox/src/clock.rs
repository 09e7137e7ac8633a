//! The time source a run reads: supplied by the host, because reading the clock is
//! platform-specific (`std::time` panics on wasm32) and the sandbox stays platform-free.

/// Milliseconds since some fixed moment.
pub type Clock = fn() -> f64;

/// The clock for native hosts (the CLI, tests): milliseconds since its first reading.
#[cfg(not(target_arch = "wasm32"))]
pub fn system_clock() -> f64 {
    use std::sync::OnceLock;
    use std::time::Instant;
    static START: OnceLock<Instant> = OnceLock::new();
    START.get_or_init(Instant::now).elapsed().as_secs_f64() * 1000.0
}
