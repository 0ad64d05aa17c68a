#pragma once
// A small YAML document tree with a source position on every node, built
// from parser events (libyaml's, or yaml-cpp's for the messages of a broken
// document). We do not use yaml-cpp's YAML::Node because it loses
// duplicate keys, gives no position for missing keys, is ~50x heavier on big
// files (see docs/performance.md) and expands aliases (billion laughs).

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"

namespace tenk {

struct YamlNode {
  enum class Type : unsigned char { Null, Scalar, Sequence, Map };
  // Field order keeps the node at 72 bytes: a 100k-resource file has ~2M nodes.
  Type type = Type::Null;
  bool quoted = false;  ///< scalar was quoted ('x' or "x"): never a number or null
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

struct YamlLimits {
  int max_depth = 64;                   ///< nesting deeper than this is an error
  /// A guard against absurd documents: ~72 bytes a node, so the default
  /// caps the tree near 300 MB (a 100k-resource curriculum is ~2M nodes).
  std::size_t max_nodes = 4'000'000;
};

/// Takes the items of the top-level `resources:` list one by one, as the
/// parser finishes each, so that the loader converts them at once and the
/// tree of a whole big curriculum never exists (100k resources: 72 MB).
class ItemSink {
 public:
  virtual ~ItemSink() = default;
  /// `item`, a mapping, is an item of the list at `list`: the first list
  /// given to a `resources` key of the root mapping. The sink may move from
  /// it; the tree keeps an empty mapping at the item's position instead.
  virtual void take(SourcePos list, YamlNode& item) = 0;
  /// The text is being parsed again from the start (libyaml gave up and
  /// yaml-cpp reads it): forget every item taken so far.
  virtual void reset() = 0;
};

/// Parses the one document of `text`. Errors (syntax, aliases, too deep,
/// too many nodes, a second document) go to `diags` with 1-based positions
/// and the result is nullopt. An empty document gives a Null node at 1:1.
/// A UTF-8 byte-order mark is skipped. Plain `~`, `null`, `Null`, `NULL`
/// and empty plain scalars are Null nodes. Never expands aliases: any alias
/// is an error. Cost: linear in the text; never recursive in the input's depth.
/// With a `sink`, the items of the `resources:` list go to it (see ItemSink);
/// after an error, what it took is not part of any tree.
std::optional<YamlNode> parse_yaml(std::string_view text, Diagnostics& diags, YamlLimits limits = {},
                                   ItemSink* sink = nullptr);

/// " (did you mean 'x'?)" for a mistyped key or keyword among a few known
/// words, or "". Like core/suggest.h's did_you_mean, but a swap of two
/// adjacent letters also counts as one typo ('titel' -> 'title').
std::string did_you_mean_word(std::string_view word, const std::vector<std::string>& known);

/// The values of one mapping looked up by key, after checking its keys:
/// a key given twice is an error at the second ("first given at line L"),
/// a key not in `known` is an error with "did you mean", a key that is not a
/// scalar is an error. Lookups return the first value given, or nullptr.
///
/// Example: MapFields f(node, {"id", "title"}, "resource", diags);
///          if (const YamlNode* t = f.get("title")) ...
class MapFields {
 public:
  /// `map` must be a Map node and outlive this object, `known` at most
  /// kMaxKnown words (else std::invalid_argument). `where` names the
  /// mapping in messages: "unknown key 'x' in resource".
  MapFields(const YamlNode& map, const std::vector<std::string>& known, std::string_view where, Diagnostics& diags);

  /// The value of `key` (one of `known`), or nullptr when absent.
  const YamlNode* get(std::string_view key) const;
  /// The key node of `key`, or nullptr when absent.
  const YamlNode* key_node(std::string_view key) const;
  /// The mapping itself (its position is where "missing key" errors go).
  const YamlNode& map() const { return *map_; }

 private:
  /// The most keys a MapFields knows (curriculum mappings have at most 8);
  /// a fixed array spares a heap allocation per mapping.
  static constexpr std::size_t kMaxKnown = 16;

  const YamlNode* map_;
  const std::vector<std::string>* known_;
  std::array<std::size_t, kMaxKnown> index_;  ///< per known key: its pair index in map_, or npos
};

}  // namespace tenk
