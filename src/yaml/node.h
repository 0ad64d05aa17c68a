#pragma once
// A YAML document as a small tree with a source position on every node.
// We do not use yaml-cpp's YAML::Node because it loses duplicate keys, gives
// no position for a missing key and expands aliases (billion laughs); its
// event parser feeds this tree instead (yaml/parse.h).

#include <cstddef>
#include <string>
#include <vector>

#include "core/diagnostic.h"

namespace tenk {

struct YamlNode {
  enum class Type : unsigned char { Null, Scalar, Sequence, Map };
  Type type = Type::Null;
  bool quoted = false;  ///< scalar was quoted ('x' or "x") or a block scalar: never a number or null
  SourcePos pos;
  std::string value;  ///< scalar text (Scalar only)
  /// Sequence: the items. Map: keys and values alternating (k0, v0, k1, v1, ...).
  std::vector<YamlNode> children;

  bool is_null() const { return type == Type::Null; }
  bool is_scalar() const { return type == Type::Scalar; }
  bool is_sequence() const { return type == Type::Sequence; }
  bool is_map() const { return type == Type::Map; }
  std::size_t map_size() const { return children.size() / 2; }
  const YamlNode& key(std::size_t i) const { return children[2 * i]; }
  const YamlNode& val(std::size_t i) const { return children[2 * i + 1]; }
  /// "a mapping", "a list", "a string", "a number" (unquoted numeric
  /// scalar), "a boolean" (unquoted true/false), "null" — for
  /// "expected X, got Y".
  const char* type_name() const;
};

/// Guards against hostile documents, checked while parsing.
struct YamlLimits {
  int max_depth = 64;  ///< nesting deeper than this is an error
  /// Nodes in the whole tree: the default admits a 100k-resource
  /// curriculum (about 2M nodes) and stops a runaway one.
  std::size_t max_nodes = 4'000'000;
};

}  // namespace tenk
