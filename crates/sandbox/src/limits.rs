//! The limits every run is held to, in one place, and why a run was stopped.

/// What a learner's script may use before it is stopped.
///
/// The operation limit is the main guard: it is deterministic, so the same script stops at
/// the same point on every machine and in every browser. The wall-clock budget is a second
/// line of defence for work that is slow per operation (for example huge string copies).
#[derive(Debug, Clone, PartialEq)]
pub struct Limits {
    /// Rhai operations (roughly: expressions evaluated) per run.
    pub max_operations: u64,
    /// How deep functions may call functions (recursion depth).
    pub max_call_depth: usize,
    /// How deeply expressions may nest at the top level of a script.
    pub max_expression_depth: usize,
    /// How deeply expressions may nest inside a function body.
    pub max_function_expression_depth: usize,
    /// Longest string, in bytes.
    pub max_string_bytes: usize,
    /// Most items in an array (nested arrays count their items too). Rhai re-measures an
    /// array each time it changes, so filling one up to the limit costs time quadratic in
    /// the limit: 20,000 keeps `loop { list.push("text") }` under a second natively.
    pub max_array_items: usize,
    /// Most properties in a map (nested maps count their properties too, and so do the maps
    /// inside an array: a list of 1,000 patients with 20 fields each is 20,000).
    pub max_map_properties: usize,
    /// Most variables alive at once.
    pub max_variables: usize,
    /// Most functions a script may define.
    pub max_functions: usize,
    /// Total bytes of printed output; beyond it, output is dropped with one notice.
    pub max_output_bytes: usize,
    /// Wall-clock budget in milliseconds, checked while the script runs.
    pub max_run_millis: u64,
    /// Most bytes a run may allocate on top of what was allocated when it started. Only
    /// enforced where the host installed `memory::CountingAllocator` (the worker and CLI).
    pub max_memory_bytes: usize,
}

impl Default for Limits {
    /// Generous for any lesson, small enough that a runaway script stops within a few
    /// seconds even on a slow classroom machine.
    fn default() -> Self {
        Limits {
            // Counted with Rhai's fast operators off (engine.rs): each operator is a call
            // and counts as one more operation, so a script counts about 40% more than it
            // would with them on (7 operations a turn of bench/scripts/tight-loop.rhai's
            // loop, not 5). Measured with callgrind, a turn runs fewer instructions this
            // way, so a script stopped at 15 million takes no longer than one stopped at
            // 10 million did before.
            max_operations: 15_000_000,
            max_call_depth: 64,
            max_expression_depth: 64,
            max_function_expression_depth: 32,
            max_string_bytes: 1 << 20,
            max_array_items: 20_000,
            max_map_properties: 100_000,
            max_variables: 10_000,
            max_functions: 1_000,
            max_output_bytes: 100_000,
            max_run_millis: 10_000,
            // Well under the 256 MiB a run must never reach, with room for the few MiB a
            // single operation can add before the next check.
            max_memory_bytes: 96 << 20,
        }
    }
}

/// Why the sandbox's progress callback stopped a run. It travels inside Rhai's
/// `ErrorTerminated` as the token, and `explain` turns it into the learner's message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StopReason {
    /// More than [`Limits::max_operations`].
    Operations,
    /// More than [`Limits::max_memory_bytes`] on top of the run's start.
    Memory,
    /// Longer than [`Limits::max_run_millis`].
    Time,
}
