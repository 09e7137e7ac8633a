//! Counting the memory a run uses, so that a script cannot exhaust the worker's memory.
//!
//! Rhai's size limits apply to one value at a time (one string, one array with everything
//! inside it). A script can still hold many large values at once, for example one per level
//! of recursion. So the binaries that run scripts (the worker and the CLI) install
//! [`CountingAllocator`] as their global allocator, and the sandbox's progress callback
//! stops a run whose live allocations grow by more than `Limits::max_memory_bytes`. The
//! check is one atomic load per operation. Because Rhai's per-value limits bound what a
//! single operation can allocate, the peak stays close to the limit.
//!
//! Where no counting allocator is installed (a library user, a test binary that does not
//! opt in), [`allocated_bytes`] stays at zero and only Rhai's own limits apply.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

static ALLOCATED: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

/// Bytes currently allocated through [`CountingAllocator`] (zero if it is not installed).
pub fn allocated_bytes() -> usize {
    ALLOCATED.load(Ordering::Relaxed)
}

/// The most bytes allocated at once since the last [`reset_peak`] (for tests and benches).
pub fn peak_allocated_bytes() -> usize {
    PEAK.load(Ordering::Relaxed)
}

/// Starts measuring the peak again from the current allocation.
pub fn reset_peak() {
    PEAK.store(allocated_bytes(), Ordering::Relaxed);
}

fn added(bytes: usize) {
    let now = ALLOCATED.fetch_add(bytes, Ordering::Relaxed) + bytes;
    PEAK.fetch_max(now, Ordering::Relaxed);
}

/// The system allocator, counting the bytes live at any moment. Install it in a binary with
/// `#[global_allocator] static ALLOCATOR: CountingAllocator = CountingAllocator;`.
pub struct CountingAllocator;

// SAFETY: every call is passed unchanged to the system allocator; only a counter is added.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller upholds `alloc`'s contract, which is forwarded as is.
        let pointer = unsafe { System.alloc(layout) };
        if !pointer.is_null() {
            added(layout.size());
        }
        pointer
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as for `alloc`.
        let pointer = unsafe { System.alloc_zeroed(layout) };
        if !pointer.is_null() {
            added(layout.size());
        }
        pointer
    }

    unsafe fn dealloc(&self, pointer: *mut u8, layout: Layout) {
        // SAFETY: as for `alloc`.
        unsafe { System.dealloc(pointer, layout) };
        ALLOCATED.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, pointer: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: as for `alloc`.
        let new_pointer = unsafe { System.realloc(pointer, layout, new_size) };
        if !new_pointer.is_null() {
            ALLOCATED.fetch_sub(layout.size(), Ordering::Relaxed);
            added(new_size);
        }
        new_pointer
    }
}
