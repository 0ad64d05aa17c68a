#pragma once
// Memory settings for a process that lives a second at most.

namespace tenk {

/// Tells glibc's malloc to serve big blocks from the heap and keep freed
/// memory, instead of mapping each big block fresh and unmapping it on free.
/// A growing vector or the YAML tree of a big curriculum then reuses pages it
/// already touched; each first touch of a page is a page fault, ~17 us on the
/// project machine, and `tenk plan` on 100k resources took 39,000 of them.
/// 10k/100k resources: 0.091/1.10 s -> 0.083/0.91 s (docs/performance.md).
/// Does nothing on other C libraries.
void tune_malloc_for_short_run();

}  // namespace tenk
