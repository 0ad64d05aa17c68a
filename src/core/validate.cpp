#include "core/validate.h"

#include <algorithm>
#include <unordered_map>

#include "core/cycles.h"
#include "core/plan_graph.h"
#include "core/quote.h"
#include "core/suggest.h"

namespace tenk {
namespace {

// Suggestions scan every id; with thousands of unknown references that is
// quadratic, and nobody reads past the first screen anyway.
constexpr int kMaxSuggestions = 100;

bool full(const Diagnostics& out) { return out.items().size() > kMaxDiagnostics; }

std::string at(SourcePos p) { return std::to_string(p.line) + ":" + std::to_string(p.col); }

SourcePos first_known(std::initializer_list<SourcePos> candidates) {
  for (auto p : candidates)
    if (p.line > 0) return p;
  return {1, 1};
}

struct Definition {
  const std::string* id;
  SourcePos pos;
};

// Resources, choices and practice items share one namespace. The error goes on the one
// written later in the file, whichever section it is in.
void check_duplicate_ids(const Curriculum& c, Diagnostics& out) {
  // resolve() indexed each id once; when every entry finds itself there,
  // no id is given twice and the sort below is not needed (the usual case).
  auto is_self = [&](const std::string& id, NodeRef::Type type, std::size_t i) {
    if (id.empty()) return true;
    NodeRef found = c.find(id);
    return found.type == type && static_cast<std::size_t>(found.index) == i;
  };
  bool unique = true;
  for (std::size_t i = 0; unique && i < c.resources.size(); ++i)
    unique = is_self(c.resources[i].id, NodeRef::Type::Resource, i);
  for (std::size_t i = 0; unique && i < c.choices.size(); ++i)
    unique = is_self(c.choices[i].id, NodeRef::Type::Choice, i);
  for (std::size_t i = 0; unique && i < c.practice.size(); ++i)
    unique = is_self(c.practice[i].id, NodeRef::Type::Practice, i);
  // Track ids are not in the index (nothing refers to a track by `requires`),
  // so a track is unique when no other track and no indexed id has its name.
  for (std::size_t i = 0; unique && i < c.tracks.size(); ++i)
    unique = c.tracks[i].id.empty() ||
             (!c.find(c.tracks[i].id) && c.find_track(c.tracks[i].id) == static_cast<int>(i));
  if (unique) return;

  std::vector<Definition> defs;
  defs.reserve(c.resources.size() + c.choices.size() + c.practice.size());
  for (const auto& r : c.resources)
    if (!r.id.empty()) defs.push_back({&r.id, r.pos});
  for (const auto& ch : c.choices)
    if (!ch.id.empty()) defs.push_back({&ch.id, ch.pos});
  for (const auto& p : c.practice)
    if (!p.id.empty()) defs.push_back({&p.id, p.pos});
  for (const auto& t : c.tracks)
    if (!t.id.empty()) defs.push_back({&t.id, t.pos});
  std::stable_sort(defs.begin(), defs.end(), [](const Definition& a, const Definition& b) {
    return a.pos.line != b.pos.line ? a.pos.line < b.pos.line : a.pos.col < b.pos.col;
  });
  std::unordered_map<std::string_view, SourcePos> first;
  first.reserve(defs.size());
  for (const auto& d : defs) {
    if (full(out)) return;
    auto [it, inserted] = first.try_emplace(*d.id, d.pos);
    if (!inserted) out.error(d.pos, "duplicate id " + in_quotes(*d.id) + " (first defined at " + at(it->second) + ")");
  }
}

class RefChecker {
 public:
  RefChecker(const Curriculum& c, Diagnostics& out) : c_(c), out_(out) {}

  void requirements() {
    for (const auto& r : c_.resources)
      for (const auto& ref : r.prerequisites) {
        if (full(out_)) return;
        if (!r.id.empty() && ref.id == r.id) out_.error(ref.pos, "resource " + in_quotes(r.id) + " requires itself");
        else check_required(ref);
      }
    for (const auto& p : c_.practice)
      for (const auto& ref : p.prerequisites) {
        if (full(out_)) return;
        check_required(ref);
      }
  }

  // A `requires` entry must name a resource or a choice: a practice item
  // never finishes, so whatever required it would wait forever.
  void check_required(const Ref& ref) {
    if (ref.target.is_practice())
      out_.error(ref.pos, in_quotes(ref.id) + " is a practice item, which never finishes: nothing may require it");
    else if (!ref.target)
      out_.error(ref.pos, "unknown id " + in_quotes(ref.id) + " in requires" + suggest(ref.id, requirable_ids()));
  }

  void choices() {
    // Which choice (and where) first listed each resource as an option.
    std::unordered_map<int, std::pair<int, SourcePos>> owner;
    for (std::size_t ci = 0; ci < c_.choices.size(); ++ci) {
      const auto& ch = c_.choices[ci];
      if (full(out_)) return;
      if (ch.options.size() < 2)
        out_.error(ch.pos, "choice '" + ch.id + "' has " + std::to_string(ch.options.size()) +
                               (ch.options.size() == 1 ? " option" : " options") + "; a choice needs at least 2");
      // Where each option was first listed in this choice.
      std::unordered_map<int, SourcePos> here;
      for (const auto& ref : ch.options) {
        if (full(out_)) return;
        if (ref.target.is_choice()) {
          out_.error(ref.pos, "option " + in_quotes(ref.id) + " is a choice; options must be resources");
        } else if (ref.target.is_practice()) {
          out_.error(ref.pos, "option " + in_quotes(ref.id) + " is a practice item; options must be resources");
        } else if (!ref.target) {
          out_.error(ref.pos, "unknown option " + in_quotes(ref.id) + " in choice '" + ch.id + "'" +
                                  suggest(ref.id, resource_ids()));
        } else if (auto [it, first] = here.try_emplace(ref.target.index, ref.pos); !first) {
          out_.error(ref.pos, "option " + in_quotes(ref.id) + " is listed twice in choice '" + ch.id + "' (first at " +
                                  at(it->second) + ")");
        } else if (auto [owner_it, free] = owner.try_emplace(ref.target.index, static_cast<int>(ci), ref.pos); !free) {
          const auto& [other, where] = owner_it->second;
          const auto& other_id = c_.choices[static_cast<std::size_t>(other)].id;
          out_.error(ref.pos, "option " + in_quotes(ref.id) + " is already an option of " +
                                  (other_id.empty() ? std::string("another choice") : "choice '" + other_id + "'") +
                                  " (at " + at(where) + ")");
        }
      }
    }
  }

 private:
  std::string suggest(const std::string& word, const std::vector<std::string>& candidates) {
    if (suggestions_left_ <= 0) return {};
    --suggestions_left_;
    return did_you_mean(word, candidates);
  }
  const std::vector<std::string>& requirable_ids() {
    if (requirable_ids_.empty()) {
      requirable_ids_ = c_.resource_ids();
      auto choices = c_.choice_ids();
      requirable_ids_.insert(requirable_ids_.end(), choices.begin(), choices.end());
    }
    return requirable_ids_;
  }
  const std::vector<std::string>& resource_ids() {
    if (resource_ids_.empty()) resource_ids_ = c_.resource_ids();
    return resource_ids_;
  }

  const Curriculum& c_;
  Diagnostics& out_;
  int suggestions_left_ = kMaxSuggestions;
  std::vector<std::string> requirable_ids_, resource_ids_;
};

void check_cycles(const Curriculum& c, Diagnostics& out) {
  for (const auto& cycle : find_cycles(c)) {
    NodeRef first = c.find(cycle.front());
    SourcePos pos = first.is_resource() ? c.resources[static_cast<std::size_t>(first.index)].pos
                    : first.is_choice() ? c.choices[static_cast<std::size_t>(first.index)].pos
                                        : SourcePos{};
    out.error(pos, "cycle: " + format_cycle(cycle));
  }
}

void check_schedule(const Curriculum& c, Diagnostics& out) {
  // The plan could never end if the schedule in force from the last change
  // on has no hours; earlier periods may pause study for a while.
  const auto& week = c.schedule.periods.empty() ? c.schedule.week : c.schedule.periods.back().week;
  const Minutes min_block = c.schedule.periods.empty() ? c.schedule.min_block : c.schedule.periods.back().min_block;
  Minutes most = *std::max_element(week.begin(), week.end());
  if (most <= 0) {
    out.error(c.schedule.periods.empty() ? first_known({c.week_pos, c.schedule_pos})
                                         : first_known({c.schedule.periods.back().pos, c.schedule_pos}),
              c.schedule.periods.empty()
                  ? std::string("the week has no study hours at all: the plan could never end")
                  : "from " + c.schedule.periods.back().from.str() +
                        " on, the week has no study hours at all: the plan could never end");
    return;
  }
  // Once every practice item has unlocked, resources get what practice
  // leaves of each day. If that is nothing on every day, a resource still
  // left then could never be planned.
  if (!c.practice.empty() && !c.resources.empty()) {
    Minutes left = 0;
    for (std::size_t d = 0; d < 7; ++d) {
      Minutes reserved = 0;
      for (const auto& p : c.practice) reserved += p.week[d];
      left += std::max<Minutes>(0, week[d] - reserved);
    }
    if (left == 0)
      out.error(first_known({c.practice.front().week_pos, c.practice.front().pos}),
                "practice reserves every study hour of the week: once it has all unlocked, no resource could "
                "ever be planned (reserve fewer hours, or add study hours to the schedule)");
  }
  // Every block but a resource's last must be at least min_block. With
  // min_block above every day's hours, a resource that fits in one day still
  // goes in one (last) block, but a longer one could never start.
  if (min_block <= most) return;
  for (const auto& r : c.resources)
    if (r.minutes > most) {
      out.error(first_known({c.schedule_pos}),
                "min_block (" + format_hours(min_block) + ") is longer than any day's study hours (at most " +
                    format_hours(most) + "), so '" + r.id + "' (" + format_hours(r.minutes) +
                    ") could never be scheduled");
      return;
    }
}

std::string track_ids(const Curriculum& c) {
  std::string ids;
  for (const auto& t : c.tracks) ids += (ids.empty() ? "" : ", ") + t.id;
  return ids;
}

// Tracks (SPEC 1, 3.2): every `track:` names one, max_per_day leaves each
// track a resource a day, and a track with nothing in the plan is a warning.
void check_tracks(const Curriculum& c, Diagnostics& out) {
  std::vector<std::string> ids;
  for (const auto& t : c.tracks) ids.push_back(t.id);
  int suggestions = kMaxSuggestions;
  for (const auto& ref : c.track_refs) {
    if (full(out)) return;
    if (c.find_track(ref.id) >= 0) continue;
    if (c.tracks.empty())
      out.error(ref.pos, "unknown track " + in_quotes(ref.id) + ": the curriculum has no 'tracks'");
    else
      out.error(ref.pos, "unknown track " + in_quotes(ref.id) +
                             (suggestions-- > 0 ? did_you_mean(ref.id, ids) : std::string()) + "; tracks are " +
                             track_ids(c));
  }
  const int tracks = static_cast<int>(c.tracks.size());
  if (tracks > 1 && c.schedule.max_per_day < tracks)
    out.error(first_known({c.max_per_day_pos, c.schedule_pos, c.tracks_pos}),
              "max_per_day (" + std::to_string(c.schedule.max_per_day) + ") is smaller than the number of tracks (" +
                  std::to_string(tracks) + "): each track needs room for a resource on a day");
}

void warn_empty_tracks(const Curriculum& c, Diagnostics& out) {
  if (c.tracks.size() < 2) return;
  // "In the plan" with the default picks: the journal may pick otherwise,
  // but the file alone cannot know that.
  PlanGraph g(c, first_options(c));
  std::vector<bool> used(c.tracks.size(), false);
  for (int r : g.resources()) {
    int t = c.resources[static_cast<std::size_t>(r)].track;
    if (t >= 0) used[static_cast<std::size_t>(t)] = true;
  }
  for (std::size_t t = 0; t < c.tracks.size(); ++t)
    if (!used[t])
      out.warning(c.tracks[t].pos, "track " + in_quotes(c.tracks[t].id) +
                                       " has no resource in the plan: its share of each day goes to the other tracks");
}

// `schedule.changes` (SPEC 3.1): one change a date, none before `start`, and
// none leaving max_per_day below the number of tracks.
void check_changes(const Curriculum& c, Diagnostics& out) {
  const auto& changes = c.schedule.changes;
  if (changes.empty()) return;
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < changes.size(); ++i)
    if (changes[i].from) order.push_back(i);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return *changes[a].from < *changes[b].from; });
  const int tracks = static_cast<int>(c.tracks.size());
  int max_per_day = c.schedule.max_per_day;
  std::array<bool, 7> named = c.schedule.week_named;
  for (std::size_t k = 0; k < order.size(); ++k) {
    if (full(out)) return;
    const ScheduleChange& ch = changes[order[k]];
    if (k > 0 && *changes[order[k - 1]].from == *ch.from) {
      const ScheduleChange& first = changes[order[k - 1]];
      const bool this_later = ch.from_pos.line > first.from_pos.line ||
                              (ch.from_pos.line == first.from_pos.line && ch.from_pos.col > first.from_pos.col);
      const ScheduleChange& later = this_later ? ch : first;
      const ScheduleChange& earlier = this_later ? first : ch;
      out.error(later.from_pos, "two schedule changes from " + ch.from->str() + " (the other at " +
                                    at(earlier.from_pos) + "): merge them into one");
    }
    if (c.start && *ch.from < *c.start)
      out.error(ch.from_pos, "schedule change from " + ch.from->str() + " is before the curriculum's start (" +
                                 c.start->str() + "): put what was in force at the start in 'schedule' itself");
    if (ch.max_per_day) max_per_day = *ch.max_per_day;
    if (tracks > 1 && max_per_day < tracks)
      out.error(ch.max_per_day ? ch.max_per_day_pos : ch.pos,
                "from " + ch.from->str() + ", max_per_day (" + std::to_string(max_per_day) +
                    ") is smaller than the number of tracks (" + std::to_string(tracks) +
                    "): each track needs room for a resource on a day");
    for (std::size_t d = 0; d < 7; ++d)
      if (ch.week[d]) named[d] = true;
    if (ch.hours_per_day && std::all_of(named.begin(), named.end(), [](bool b) { return b; }))
      out.warning(ch.hours_per_day_pos, "this change's 'hours_per_day' has no effect: the 'week' in force from " +
                                            ch.from->str() + " names every day");
  }
}

}  // namespace

void validate(const Curriculum& c, Diagnostics& out) {
  if (full(out)) return;
  check_duplicate_ids(c, out);
  RefChecker refs(c, out);
  refs.requirements();
  refs.choices();
  check_cycles(c, out);
  check_schedule(c, out);
  check_tracks(c, out);
  check_changes(c, out);
  if (out.error_count() == 0) warn_empty_tracks(c, out);
}

}  // namespace tenk
