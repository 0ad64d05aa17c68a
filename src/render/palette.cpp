#include "render/palette.h"

#include <algorithm>
#include <unordered_map>

namespace tenk {

Palette::Palette(const Curriculum& c) {
  // First topics in order of first appearance, with how many items have them.
  std::vector<std::string> order;
  std::unordered_map<std::string, int> count;
  auto add = [&](const std::vector<std::string>& topics) {
    if (topics.empty()) {
      has_other_ = true;
      return;
    }
    auto [it, fresh] = count.emplace(topics.front(), 0);
    if (fresh) order.push_back(topics.front());
    ++it->second;
  };
  for (const auto& r : c.resources) add(r.topics);
  for (const auto& p : c.practice) add(p.topics);

  constexpr std::size_t kColours = std::size(kTopicColours);
  std::vector<std::string> ranked = order;
  std::stable_sort(ranked.begin(), ranked.end(),
                   [&](const std::string& a, const std::string& b) { return count[a] > count[b]; });
  if (ranked.size() > kColours) {
    ranked.resize(kColours);
    has_other_ = true;
  }
  // Colours go in file order among the chosen, so that adding one resource
  // to a topic rarely repaints the others.
  for (const auto& t : order)
    if (std::find(ranked.begin(), ranked.end(), t) != ranked.end()) coloured_.push_back(t);
}

const char* Palette::topic(std::string_view topic) const {
  for (std::size_t i = 0; i < coloured_.size(); ++i)
    if (coloured_[i] == topic) return kTopicColours[i];
  return colour::kOtherTopic;
}

const char* Palette::of(const std::vector<std::string>& topics) const {
  return topics.empty() ? colour::kOtherTopic : topic(topics.front());
}

}  // namespace tenk
