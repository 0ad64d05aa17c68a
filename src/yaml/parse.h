#pragma once
// YAML text -> YamlNode tree, through yaml-cpp's event parser (the one YAML
// parser of tenk). Syntax errors are yaml-cpp's own words at its position.

#include <optional>
#include <string_view>

#include "core/diagnostic.h"
#include "yaml/node.h"

namespace tenk {

/// Parses the one document of `text`. Errors (syntax, an alias, a tag,
/// nesting deeper than limits.max_depth, more than limits.max_nodes nodes,
/// a second document) go to `diags` with 1-based positions and the result
/// is nullopt. An empty document gives a Null node at 1:1. A UTF-8
/// byte-order mark is skipped. Plain `~`, `null`, `Null`, `NULL` and empty
/// plain scalars are Null nodes. Never expands aliases. Linear in the text;
/// never recursive in the input's depth.
///
/// Example: parse_yaml("a: [1, 2]", d) gives a Map whose value at key "a"
/// is a Sequence at 1:4.
std::optional<YamlNode> parse_yaml(std::string_view text, Diagnostics& diags, const YamlLimits& limits = {});

}  // namespace tenk
