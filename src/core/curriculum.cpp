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

void Schedule::settle() {
  periods.clear();
  std::vector<const ScheduleChange*> dated;
  for (const auto& ch : changes)
    if (ch.from) dated.push_back(&ch);
  std::stable_sort(dated.begin(), dated.end(),
                   [](const ScheduleChange* a, const ScheduleChange* b) { return *a->from < *b->from; });
  SchedulePeriod now{Date{}, week, max_per_day, min_block, SourcePos{}};
  Minutes per_day = hours_per_day;
  std::array<bool, 7> named = week_named;
  for (const ScheduleChange* ch : dated) {
    if (ch->hours_per_day) per_day = *ch->hours_per_day;
    for (std::size_t d = 0; d < 7; ++d)
      if (ch->week[d]) {
        named[d] = true;
        now.week[d] = *ch->week[d];
      } else if (!named[d]) {
        now.week[d] = per_day;
      }
    if (ch->max_per_day) now.max_per_day = *ch->max_per_day;
    if (ch->min_block) now.min_block = *ch->min_block;
    now.from = *ch->from;
    now.pos = ch->pos;
    if (!periods.empty() && periods.back().from == now.from) periods.back() = now;
    else periods.push_back(now);
  }
}

const SchedulePeriod* Schedule::period_on(Date date) const {
  if (periods.empty() || date < periods.front().from) return nullptr;
  auto it = std::upper_bound(periods.begin(), periods.end(), date,
                             [](Date d, const SchedulePeriod& p) { return d < p.from; });
  return &*(it - 1);
}

const std::array<Minutes, 7>& Schedule::week_on(Date date) const {
  const SchedulePeriod* p = period_on(date);
  return p ? p->week : week;
}

int Schedule::max_per_day_on(Date date) const {
  const SchedulePeriod* p = period_on(date);
  return p ? p->max_per_day : max_per_day;
}

Minutes Schedule::min_block_on(Date date) const {
  const SchedulePeriod* p = period_on(date);
  return p ? p->min_block : min_block;
}

Minutes Schedule::largest_min_block() const {
  Minutes most = min_block;
  for (const auto& p : periods) most = std::max(most, p.min_block);
  return most;
}

Minutes Schedule::capacity(Date date) const {
  if (std::binary_search(off.begin(), off.end(), date)) return 0;
  return week_on(date)[static_cast<std::size_t>(date.weekday())];
}

int Curriculum::find_track(std::string_view id) const {
  for (std::size_t i = 0; i < tracks.size(); ++i)
    if (tracks[i].id == id) return static_cast<int>(i);
  return -1;
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
  for (const auto& ref : track_refs)
    if (ref.resource >= 0 && static_cast<std::size_t>(ref.resource) < resources.size())
      resources[static_cast<std::size_t>(ref.resource)].track = find_track(ref.id);
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

const std::string& title_of(const Curriculum& c, NodeRef ref) {
  const auto i = static_cast<std::size_t>(ref.index);
  if (ref.is_choice()) return c.choices[i].title;
  if (ref.is_practice()) return c.practice[i].title;
  return c.resources[i].title;
}

std::string title_for_id(const Curriculum& c, const std::string& id) {
  const NodeRef ref = c.find(id);
  return ref ? title_of(c, ref) : "(no longer in the curriculum)";
}

}  // namespace tenk
