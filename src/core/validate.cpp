#include "core/validate.h"

#include <algorithm>
#include <unordered_map>

#include "core/cycles.h"
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
  if (unique) return;

  std::vector<Definition> defs;
  defs.reserve(c.resources.size() + c.choices.size() + c.practice.size());
  for (const auto& r : c.resources)
    if (!r.id.empty()) defs.push_back({&r.id, r.pos});
  for (const auto& ch : c.choices)
    if (!ch.id.empty()) defs.push_back({&ch.id, ch.pos});
  for (const auto& p : c.practice)
    if (!p.id.empty()) defs.push_back({&p.id, p.pos});
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
  const auto& week = c.schedule.week;
  Minutes most = *std::max_element(week.begin(), week.end());
  if (most <= 0) {
    out.error(first_known({c.week_pos, c.schedule_pos}),
              "the week has no study hours at all: the plan could never end");
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
  if (c.schedule.min_block <= most) return;
  for (const auto& r : c.resources)
    if (r.minutes > most) {
      out.error(first_known({c.schedule_pos}),
                "min_block (" + format_hours(c.schedule.min_block) + ") is longer than any day's study hours (at most " +
                    format_hours(most) + "), so '" + r.id + "' (" + format_hours(r.minutes) +
                    ") could never be scheduled");
      return;
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
}

}  // namespace tenk
