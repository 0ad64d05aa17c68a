#include "core/suggest.h"

#include <algorithm>
#include <numeric>

namespace tenk {

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > limit) return limit + 1;
  std::vector<std::size_t> row(a.size() + 1);
  std::iota(row.begin(), row.end(), 0);
  for (std::size_t j = 1; j <= b.size(); ++j) {
    std::size_t diagonal = row[0], best = row[0] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
      std::size_t above = row[i];
      row[i] = std::min({row[i] + 1, row[i - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
      best = std::min(best, row[i]);
    }
    if (best > limit) return limit + 1;
  }
  return row[a.size()];
}

std::string closest(std::string_view word, const std::vector<std::string>& candidates) {
  // A typo changes a few letters; beyond a third of the word it is a
  // different word, and suggesting it would only confuse.
  std::size_t limit = std::clamp<std::size_t>(word.size() / 3, 1, 3);
  std::size_t best = limit + 1;
  std::string best_word;
  for (const auto& c : candidates) {
    std::size_t d = edit_distance(word, c, limit);
    if (d < best) {
      best = d;
      best_word = c;
    }
  }
  if (!best_word.empty()) return best_word;
  // "linalg" for "linalg-3b1b": a prefix is a likely abbreviation.
  if (word.size() >= 3)
    for (const auto& c : candidates)
      if (c.starts_with(word) || word.starts_with(c)) return c;
  return {};
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  auto c = closest(word, candidates);
  return c.empty() ? std::string() : " (did you mean '" + c + "'?)";
}

}  // namespace tenk
