#pragma once
// Memory settings for a process that lives a second at most.

namespace tenk {

/// Tells glibc's malloc to serve big blocks from the heap and keep freed
/// memory, instead of mapping each big block fresh and unmapping it on free,
/// and asks for transparent huge pages on the heap. Each first touch of a
/// 4 KB page is a page fault, ~13 us on the project machine: `tenk plan` on
/// 100k resources took 39,000 of them, and even Metacademy's 487 took 523.
/// Figures in docs/performance.md. Does nothing on other C libraries.
void tune_malloc_for_short_run();

}  // namespace tenk
