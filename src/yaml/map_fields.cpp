#include "yaml/map_fields.h"

#include <algorithm>
#include <stdexcept>
#include <unordered_map>

#include "core/quote.h"
#include "core/suggest.h"
#include "core/validate.h"

namespace tenk {

std::string did_you_mean_word(std::string_view word, const std::vector<std::string>& known) {
  if (auto s = did_you_mean(word, known); !s.empty()) return s;
  // Levenshtein counts "titel" as two edits from "title", too far for a
  // five-letter word; a swapped pair is the commonest typo of all.
  for (const auto& k : known) {
    if (k.size() != word.size()) continue;
    std::size_t first = 0;
    while (first < k.size() && k[first] == word[first]) ++first;
    if (first + 1 < k.size() && k[first] == word[first + 1] && k[first + 1] == word[first] &&
        k.compare(first + 2, std::string::npos, word.substr(first + 2)) == 0)
      return " (did you mean '" + k + "'?)";
  }
  return {};
}

MapFields::MapFields(const YamlNode& map, const std::vector<std::string>& known, std::string_view where,
                     Diagnostics& diags)
    : map_(&map), known_(&known) {
  if (known.size() > kMaxKnown) throw std::invalid_argument("MapFields: too many known keys");
  index_.fill(std::string::npos);
  std::unordered_map<std::string_view, std::size_t> unknown_seen;
  // Keys are still indexed when the diagnostics are full; only the reports stop.
  auto report = [&diags](SourcePos pos, std::string message) {
    if (diags.items().size() <= kMaxDiagnostics) diags.error(pos, std::move(message));
  };
  for (std::size_t i = 0; i < map.map_size(); ++i) {
    const YamlNode& key = map.key(i);
    if (!key.is_scalar()) {
      report(key.pos, std::string("a key must be a plain string, got ") + key.type_name());
      continue;
    }
    auto it = std::find(known.begin(), known.end(), key.value);
    if (it == known.end()) {
      // A hash, not a scan of the earlier keys: a hostile mapping may hold
      // millions of keys. (An empty unordered_map allocates nothing.)
      auto [first, inserted] = unknown_seen.try_emplace(key.value, i);
      if (!inserted)
        report(key.pos, "key " + in_quotes(key.value) + " given twice (first given at line " +
                            std::to_string(map.key(first->second).pos.line) + ")");
      else
        report(key.pos, "unknown key " + in_quotes(key.value) + " " + std::string(where) + did_you_mean_word(key.value, known));
      continue;
    }
    std::size_t k = static_cast<std::size_t>(it - known.begin());
    if (index_[k] != std::string::npos) {
      // YAML says keys are unique; yaml-cpp keeps the first silently, which
      // would hide a half-edited entry. First wins here too.
      report(key.pos, "key " + in_quotes(key.value) + " given twice (first given at line " +
                               std::to_string(map.key(index_[k]).pos.line) + ")");
      continue;
    }
    index_[k] = i;
  }
}

const YamlNode* MapFields::key_node(std::string_view key) const {
  auto it = std::find(known_->begin(), known_->end(), key);
  if (it == known_->end()) return nullptr;
  std::size_t i = index_[static_cast<std::size_t>(it - known_->begin())];
  return i == std::string::npos ? nullptr : &map_->key(i);
}

const YamlNode* MapFields::get(std::string_view key) const {
  const YamlNode* k = key_node(key);
  return k ? k + 1 : nullptr;  // values follow their keys in `children`
}

}  // namespace tenk
