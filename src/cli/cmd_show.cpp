// `tenk show ID`: one resource, choice or practice item — what it is, where
// it stands, what it waits for and opens, when the plan has it, and what the
// journal says about it.

#include <algorithm>
#include <nlohmann/json.hpp>
#include <ostream>

#include "cli/commands.h"
#include "core/milestones.h"
#include "cli/names.h"
#include "cli/text.h"
#include "core/forecast.h"
#include "core/words.h"
#include "json/entry.h"
#include "json/output.h"

namespace tenk {
namespace {

using nlohmann::json;

std::size_t idx(int i) { return static_cast<std::size_t>(i); }

// Everything `show` prints, gathered once for text and JSON alike.
struct Shown {
  NodeRef ref;
  std::string id, type, title, url, kind, state;
  std::vector<std::string> topics;
  std::optional<Minutes> estimate, remaining;
  /// The estimate times the learner's median pace (SPEC 3.4), once tenk
  /// knows it.
  std::optional<Minutes> at_your_pace;
  Minutes logged = 0;
  std::optional<Minutes> week;  ///< practice: minutes a week
  std::vector<std::pair<std::string, std::string>> requires_, unlocks;  ///< (id, state)
  std::optional<Date> start, end;
  const Choice* choice = nullptr;  ///< the choice it is an option of, or itself
  std::string picked;              ///< that choice's pick
  std::vector<const JournalEntry*> entries;
  bool milestone = false;
  std::vector<int> leads_to;  ///< the milestones in the plan that require it
  const Track* track = nullptr;
};

std::vector<std::pair<std::string, std::string>> with_states(Context& ctx, const std::vector<Ref>& refs) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& ref : refs)
    if (ref.target) out.emplace_back(ref.id, ctx.standing().state_of(ref.target));
  return out;
}

// What directly requires resource `r` (or its choice), with states.
std::vector<std::pair<std::string, std::string>> unlocks_of(Context& ctx, int r) {
  const Curriculum& c = ctx.curriculum();
  std::vector<std::pair<std::string, std::string>> out;
  for (NodeRef item : ctx.standing().required_by(r))
    out.emplace_back(item.is_practice() ? c.practice[idx(item.index)].id : c.resources[idx(item.index)].id,
                     ctx.standing().state_of(item));
  return out;
}

Shown gather(Context& ctx, const Lookup& found) {
  const Curriculum& c = ctx.curriculum();
  const Progress& p = ctx.progress();
  const Plan& plan = ctx.current_plan();
  const auto owner = c.option_of();
  Shown s;
  s.ref = found.ref;
  s.id = found.id;
  s.state = ctx.standing().state_of(found.ref);
  const std::size_t i = idx(found.ref.index);
  int resource = -1, choice = -1;
  if (found.ref.is_resource()) {
    const Resource& r = c.resources[i];
    s.type = "resource";
    s.title = r.title, s.url = r.url, s.kind = std::string(kind_name(r.kind)), s.topics = r.topics;
    s.estimate = r.minutes, s.logged = p.resources[i].logged, s.remaining = p.resources[i].remaining;
    s.requires_ = with_states(ctx, r.prerequisites);
    resource = found.ref.index;
    choice = owner[i];
  } else if (found.ref.is_choice()) {
    const Choice& ch = c.choices[i];
    s.type = "choice";
    s.title = ch.title;
    choice = found.ref.index;
    resource = p.picks[i];
    const Resource& r = c.resources[idx(resource)];
    s.url = r.url, s.estimate = r.minutes;
    s.logged = p.resources[idx(resource)].logged, s.remaining = p.resources[idx(resource)].remaining;
    s.requires_ = with_states(ctx, r.prerequisites);
  } else {
    const Practice& pr = c.practice[i];
    s.type = "practice";
    s.title = pr.title, s.url = pr.url, s.topics = pr.topics;
    s.logged = p.practice_logged[i];
    s.week = pr.week_minutes();
    s.requires_ = with_states(ctx, pr.prerequisites);
    s.start = plan.practice_from[i];
  }
  if (resource >= 0) {
    s.milestone = c.resources[idx(resource)].milestone;
    s.leads_to = milestones_led_to(ctx.graph(), resource);
    s.track = track_of(c, resource);
    s.unlocks = unlocks_of(ctx, resource);
    for (const auto& span : plan.spans)
      if (span.resource == resource) s.start = span.start, s.end = span.end;
  }
  if (choice >= 0) {
    s.choice = &c.choices[idx(choice)];
    s.picked = c.resources[idx(p.picks[idx(choice)])].id;
  }
  if (s.estimate) s.at_your_pace = at_your_pace(*s.estimate, learn_pace(c, p));
  for (const auto& e : ctx.journal())
    if (e.date <= ctx.today() && (e.id == s.id || e.choice == s.id || (resource >= 0 && e.id == c.resources[idx(resource)].id)))
      s.entries.push_back(&e);
  std::stable_sort(s.entries.begin(), s.entries.end(),
                   [](const JournalEntry* a, const JournalEntry* b) { return a->date < b->date; });
  return s;
}

json hours_or_null(const std::optional<Minutes>& m) { return m ? json(to_hours(*m)) : json(nullptr); }

json show_json(const Curriculum& c, const Shown& s) {
  json leads_to = json::array();
  for (int m : s.leads_to) leads_to.push_back(c.resources[idx(m)].id);
  auto pairs = [](const std::vector<std::pair<std::string, std::string>>& list) {
    json out = json::array();
    for (const auto& [id, state] : list) out.push_back({{"id", id}, {"state", state}});
    return out;
  };
  json entries = json::array();
  for (const JournalEntry* e : s.entries) entries.push_back(entry_json(*e));
  json choice = nullptr;
  if (s.choice) {
    json options = json::array();
    for (const auto& o : s.choice->options) options.push_back(o.id);
    choice = {{"id", s.choice->id}, {"title", s.choice->title}, {"picked", s.picked}, {"options", options}};
  }
  return {{"id", s.id},
          {"type", s.type},
          {"title", s.title},
          {"url", s.url.empty() ? json(nullptr) : json(s.url)},
          {"kind", s.kind.empty() ? json(nullptr) : json(s.kind)},
          {"topics", s.topics},
          {"state", s.state},
          {"estimate", hours_or_null(s.estimate)},
          {"estimate_at_your_pace", hours_or_null(s.at_your_pace)},
          {"logged", to_hours(s.logged)},
          {"remaining", hours_or_null(s.remaining)},
          {"week_hours", hours_or_null(s.week)},
          {"requires", pairs(s.requires_)},
          {"unlocks", pairs(s.unlocks)},
          {"start", s.start ? json(s.start->str()) : json(nullptr)},
          {"end", s.end ? json(s.end->str()) : json(nullptr)},
          {"choice", choice},
          {"milestone", s.milestone},
          {"leads_to", leads_to},
          {"track", s.track ? json(s.track->id) : json(nullptr)},
          {"entries", entries}};
}

void print_row(Context& ctx, const std::string& label, const std::string& value) {
  ctx.out << "  " << ctx.style().dim << fit(label, 11) << ctx.style().reset << "  " << value << '\n';
}

std::string listed(Context& ctx, const std::vector<std::pair<std::string, std::string>>& items) {
  if (items.empty()) return ctx.style().dim + "nothing" + ctx.style().reset;
  std::string out;
  for (const auto& [id, state] : items)
    out += (out.empty() ? "" : ", ") + printable(id) + ctx.style().dim + " (" + state + ")" + ctx.style().reset;
  return out;
}

void print_show(Context& ctx, const Shown& s) {
  const auto& st = ctx.style();
  const Curriculum& c = ctx.curriculum();
  ctx.out << st.bold << printable(s.title) << st.reset << "  " << st.dim << printable(s.id) << st.reset << '\n';
  if (!s.url.empty()) ctx.out << "  " << st.blue << printable(s.url) << st.reset << '\n';
  ctx.out << '\n';
  std::string what = s.type == "resource" && !s.kind.empty() ? s.kind : s.type;
  if (!s.topics.empty()) {
    std::string topics;
    for (const auto& t : s.topics) topics += (topics.empty() ? "" : ", ") + printable(t);
    what += " · " + topics;
  }
  print_row(ctx, "Kind", what);
  if (s.track) print_row(ctx, "Track", printable(s.track->title) + st.dim + " (" + printable(s.track->id) + ")" + st.reset);
  print_row(ctx, "State", s.state);
  if (s.week) {
    print_row(ctx, "Hours", format_hours(s.logged) + " logged; " + format_hours(*s.week) + " a week");
  } else {
    print_row(ctx, "Hours", format_hours(s.logged) + " logged of " + format_hours(s.estimate.value_or(0)) +
                                " estimated; " + format_hours(s.remaining.value_or(0)) + " left");
    if (s.at_your_pace) print_row(ctx, "", "about " + format_hours(*s.at_your_pace) + " at your pace");
  }
  if (s.start && s.end)
    print_row(ctx, "Planned", s.start == s.end ? day_label(*s.start) : day_label(*s.start) + " to " + day_label(*s.end));
  else if (s.start)
    print_row(ctx, "Planned", "from " + day_label(*s.start));
  else
    print_row(ctx, "Planned", s.state == "done" ? "done" : s.state == "unpicked" ? "not in the plan (not picked)" : "-");
  print_row(ctx, "Requires", listed(ctx, s.requires_));
  if (s.type != "practice") print_row(ctx, "Unlocks", listed(ctx, s.unlocks));
  if (s.milestone) print_row(ctx, "Milestone", st.green + "yes: a result worth celebrating" + st.reset);
  if (!s.leads_to.empty()) {
    // A foundation leads to most of the curriculum's milestones: the first
    // few by name, the rest counted (`--json` lists every one).
    constexpr std::size_t kNamed = 3;
    std::string names;
    for (std::size_t k = 0; k < s.leads_to.size() && k < kNamed; ++k)
      names += (names.empty() ? "" : ", ") + printable(title_of(c, s.leads_to[k])) + st.dim + " (" +
               printable(c.resources[idx(s.leads_to[k])].id) + ")" + st.reset;
    if (s.leads_to.size() > kNamed) names += " and " + count(s.leads_to.size() - kNamed, "more milestone");
    print_row(ctx, "Leads to", names);
  }
  if (s.choice) {
    std::string others;
    for (const auto& o : s.choice->options)
      others += (others.empty() ? "" : ", ") + printable(o.id) + (o.id == s.picked ? st.green + " ✓" + st.reset : "");
    print_row(ctx, "Choice", printable(s.choice->title) + " (" + printable(s.choice->id) + "): " + others);
  }
  ctx.out << '\n' << "  " << st.bold << "Journal" << st.reset << '\n';
  if (s.entries.empty()) ctx.out << "    " << st.dim << "no entries yet" << st.reset << '\n';
  for (const JournalEntry* e : s.entries) {
    std::string what_happened;
    if (e->is_pick()) what_happened = "picked " + printable(e->pick);
    if (e->studied_minutes) what_happened = format_hm(*e->studied_minutes);
    if (e->left_minutes) what_happened += (what_happened.empty() ? "" : ", ") + format_hours(*e->left_minutes) + " left";
    if (e->done) what_happened += (what_happened.empty() ? "" : ", ") + std::string("done");
    ctx.out << "    " << e->date.str() << "  ";
    if (e->note.empty()) ctx.out << printable(what_happened);
    else ctx.out << fit(what_happened, std::max<std::size_t>(14, display_width(what_happened) + 2)) << printable(e->note);
    ctx.out << '\n';
  }
}

}  // namespace

int cmd_show(Context& ctx, const std::string& name) {
  Lookup found = resolve_name(ctx, name, "id");
  Shown s = gather(ctx, found);
  if (ctx.json()) {
    ctx.out << json_text(show_json(ctx.curriculum(), s)) << '\n';
    return 0;
  }
  print_show(ctx, s);
  return 0;
}

}  // namespace tenk
