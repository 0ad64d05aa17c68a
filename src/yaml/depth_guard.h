#pragma once
// A cheap linear pass over YAML text that runs before yaml-cpp sees it: it
// finds flow nesting too deep to hand to yaml-cpp. It is not a YAML parser:
// it errs on the safe side and yaml-cpp has the last word.

#include <cstddef>
#include <optional>
#include <string_view>

#include "core/diagnostic.h"

namespace tenk {

/// Where the first `[` or `{` nested deeper than `max_depth` flow levels is,
/// or nullopt. Skips comments, quoted scalars and block scalars; in block
/// context a bracket opens a collection only where a node may start.
/// Linear in the text.
std::optional<SourcePos> find_too_deep_flow(std::string_view text, int max_depth);

}  // namespace tenk
