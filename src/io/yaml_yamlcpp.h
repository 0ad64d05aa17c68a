#pragma once
// The careful parse: yaml-cpp's event parser, whose messages and positions
// are the ones the SPEC promises for YAML syntax errors. Internal to the
// YAML loader; io/yaml_tree.h's parse_yaml is the entry point.

#include <optional>
#include <string_view>

#include "io/yaml_tree.h"

namespace tenk {

/// Parses the first document of `text` (no byte-order mark) with yaml-cpp.
/// Errors (syntax, aliases, too deep, too many nodes, a second document) go
/// to `diags` and the result is nullopt; an empty stream gives a Null node
/// at 1:1. yaml-cpp costs ~1,800 instructions a byte: see parse_yaml.
std::optional<YamlNode> parse_with_yaml_cpp(std::string_view text, Diagnostics& diags, const YamlLimits& limits,
                                            ItemSink* sink = nullptr);

}  // namespace tenk
