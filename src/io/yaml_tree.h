#pragma once
// A small YAML document tree with a source position on every node, built
// from yaml-cpp's event parser. We do not use YAML::Node because it loses
// duplicate keys, gives no position for missing keys, is ~50x heavier on big
// files (see docs/performance.md) and expands aliases (billion laughs).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"

namespace tenk {

struct YamlNode {
  enum class Type { Null, Scalar, Sequence, Map };
  Type type = Type::Null;
  SourcePos pos;
  std::string value;  ///< scalar text (Scalar only)
  bool quoted = false;  ///< scalar was quoted ('x' or "x"): never a number or null
  /// Sequence: the items. Map: keys and values alternating (k0, v0, k1, v1, ...).
  std::vector<YamlNode> children;

  bool is_null() const { return type == Type::Null; }
  bool is_scalar() const { return type == Type::Scalar; }
  bool is_sequence() const { return type == Type::Sequence; }
  bool is_map() const { return type == Type::Map; }
  std::size_t map_size() const { return children.size() / 2; }
  const YamlNode& key(std::size_t i) const { return children[2 * i]; }
  const YamlNode& val(std::size_t i) const { return children[2 * i + 1]; }
  /// "a mapping", "a list", "a string", "null" — for "expected X, got Y".
  const char* type_name() const;
};

struct YamlLimits {
  int max_depth = 64;                   ///< nesting deeper than this is an error
  std::size_t max_nodes = 50'000'000;   ///< a guard against absurd documents
};

/// Parses the first document of `text`. Errors (syntax, aliases, too deep)
/// go to `diags` with 1-based positions and the result is nullopt. An empty
/// document gives a Null node. A UTF-8 byte-order mark is skipped.
std::optional<YamlNode> parse_yaml(std::string_view text, Diagnostics& diags, YamlLimits limits = {});

}  // namespace tenk
