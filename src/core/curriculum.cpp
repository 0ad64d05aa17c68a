#include "core/curriculum.h"

#include <algorithm>

namespace tenk {

namespace {
constexpr std::array<std::string_view, 8> kKindNames = {"",        "book",    "course",  "video",
                                                         "paper",   "project", "article", "other"};
}

std::string_view kind_name(Kind k) { return kKindNames.at(static_cast<std::size_t>(k)); }

std::optional<Kind> kind_from_name(std::string_view name) {
  for (std::size_t i = 1; i < kKindNames.size(); ++i)
    if (kKindNames[i] == name) return static_cast<Kind>(i);
  return std::nullopt;
}

const std::vector<std::string>& kind_names() {
  static const std::vector<std::string> names(kKindNames.begin() + 1, kKindNames.end());
  return names;
}

Minutes Schedule::capacity(Date date) const {
  if (std::binary_search(off.begin(), off.end(), date)) return 0;
  return week[static_cast<std::size_t>(date.weekday())];
}

Minutes Practice::week_minutes() const {
  Minutes total = 0;
  for (Minutes m : week) total += m;
  return total;
}

NodeRef Curriculum::find(std::string_view id) const {
  auto it = index_.find(id);
  return it == index_.end() ? NodeRef{} : it->second;
}

void Curriculum::resolve() {
  index_.clear();
  index_.reserve(resources.size() + choices.size() + practice.size());
  for (std::size_t i = 0; i < resources.size(); ++i)
    index_.try_emplace(resources[i].id, NodeRef{NodeRef::Type::Resource, static_cast<int>(i)});
  for (std::size_t i = 0; i < choices.size(); ++i)
    index_.try_emplace(choices[i].id, NodeRef{NodeRef::Type::Choice, static_cast<int>(i)});
  for (std::size_t i = 0; i < practice.size(); ++i)
    index_.try_emplace(practice[i].id, NodeRef{NodeRef::Type::Practice, static_cast<int>(i)});
  for (auto& r : resources)
    for (auto& ref : r.prerequisites) ref.target = find(ref.id);
  for (auto& p : practice)
    for (auto& ref : p.prerequisites) ref.target = find(ref.id);
  for (auto& c : choices)
    for (auto& ref : c.options) ref.target = find(ref.id);
}

std::vector<std::string> Curriculum::all_ids() const {
  auto ids = resource_ids();
  for (auto more : {choice_ids(), practice_ids()}) ids.insert(ids.end(), more.begin(), more.end());
  return ids;
}

std::vector<std::string> Curriculum::resource_ids() const {
  std::vector<std::string> ids;
  ids.reserve(resources.size());
  for (const auto& r : resources) ids.push_back(r.id);
  return ids;
}

std::vector<std::string> Curriculum::choice_ids() const {
  std::vector<std::string> ids;
  ids.reserve(choices.size());
  for (const auto& c : choices) ids.push_back(c.id);
  return ids;
}

std::vector<std::string> Curriculum::practice_ids() const {
  std::vector<std::string> ids;
  ids.reserve(practice.size());
  for (const auto& p : practice) ids.push_back(p.id);
  return ids;
}

std::vector<int> Curriculum::option_of() const {
  std::vector<int> owner(resources.size(), -1);
  for (std::size_t c = 0; c < choices.size(); ++c)
    for (const auto& ref : choices[c].options)
      if (ref.target.is_resource() && owner[static_cast<std::size_t>(ref.target.index)] < 0)
        owner[static_cast<std::size_t>(ref.target.index)] = static_cast<int>(c);
  return owner;
}

}  // namespace tenk
