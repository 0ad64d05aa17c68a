#pragma once
// Cycle detection over the requirement graph, with the cycle as a path.

#include <string>
#include <vector>

#include "core/curriculum.h"

namespace tenk {

/// A cycle as the ids along it, first id repeated at the end:
/// {"a", "b", "c", "a"} reads "a requires b requires c requires a".
using Cycle = std::vector<std::string>;

/// Every distinct cycle a depth-first search meets (one per back edge, at
/// most `limit`), over resources and choices together: a resource points to
/// what it requires, a choice to each of its options. A cycle through any
/// option is reported, since `swap` may pick that option.
/// Deterministic: vertices are visited in file order. Unknown refs are ignored.
std::vector<Cycle> find_cycles(const Curriculum& c, std::size_t limit = 20);

/// "a -> b -> c -> a".
std::string format_cycle(const Cycle& cycle);

}  // namespace tenk
