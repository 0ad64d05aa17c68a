#pragma once
// Reading one YAML mapping by key, with the checks every curriculum mapping
// needs: unknown keys (with "did you mean"), keys given twice, non-scalar keys.

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "yaml/node.h"

namespace tenk {

/// " (did you mean 'x'?)" for a mistyped key or keyword among a few known
/// words, or "". Like core/suggest.h's did_you_mean, but a swap of two
/// adjacent letters also counts as one typo ('titel' -> 'title').
std::string did_you_mean_word(std::string_view word, const std::vector<std::string>& known);

/// The values of one mapping looked up by key, after checking its keys:
/// a key given twice is an error at the second ("first given at line L"),
/// a key not in `known` is an error with "did you mean", a key that is not a
/// scalar is an error. Lookups return the first value given, or nullptr.
/// Reports stop once `diags` holds more than kMaxDiagnostics.
///
/// Example: MapFields f(node, {"id", "title"}, "in resource", diags);
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
