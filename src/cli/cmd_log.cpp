// `tenk log ID [HOURS] ...` and `tenk done ID`: append one journal entry.
// Everything is checked before the single append (the writer applies the
// 24-hour rule under the journal's lock); a refused command leaves the
// journal byte-identical.

#include <optional>
#include <nlohmann/json.hpp>
#include <ostream>

#include "cli/commands.h"
#include "cli/names.h"
#include "cli/text.h"
#include "core/error.h"
#include "core/limits.h"
#include "core/quote.h"
#include "core/suggest.h"
#include "files/output.h"
#include "journal/writer.h"
#include "json/output.h"

namespace tenk {
namespace {


// The resource or practice item a name (an id, a title, or the start of
// one) names among them, or an InputError saying what it names instead.
Lookup loggable(Context& ctx, const std::string& name) {
  const Curriculum& c = ctx.curriculum();
  auto found_loggable = find_name(ctx, name, [](NodeRef ref) { return !ref.is_choice(); });
  Lookup found = found_loggable ? *found_loggable : resolve_name(ctx, name, "resource");
  if (found.ref.is_choice()) {
    std::string options;
    for (const auto& o : c.choices[static_cast<std::size_t>(found.ref.index)].options)
      options += (options.empty() ? "" : ", ") + o.id;
    throw InputError(in_quotes(found.id) + " is a choice, not a resource: log hours on one of its options (" +
                     options + ")");
  }
  return found;
}

[[noreturn]] void never_finishes(const std::string& id, const char* what) {
  throw InputError(in_quotes(id) + " is a practice item, which never finishes: " + what +
                   " does not apply to it (log hours on it instead)");
}

Minutes parse_amount(const std::string& text, const char* what, bool allow_zero, double max_hours) {
  auto h = parse_hours(text);
  if (!h) throw InputError(std::string(what) + " " + in_quotes(text) + " is not a duration (use 1.5, 90m, 1h30m or 1:30)");
  if (allow_zero ? *h < 0 : *h <= 0)
    throw InputError(std::string(what) + " must be " + (allow_zero ? "0 or more" : "more than 0") + ", got " +
                     in_quotes(text));
  if (*h > max_hours)
    throw InputError(std::string(what) + " " + in_quotes(text) + " is more than " + format_hours(to_minutes(max_hours)));
  Minutes m = to_minutes(*h);
  if (m == 0 && !allow_zero) throw InputError(std::string(what) + " " + in_quotes(text) + " is less than a minute");
  return m;
}

// A choice whose pick the new entry changed, and the end date before and
// after.
struct PickChange {
  const Choice* choice = nullptr;
  std::string previous, previous_title;
  Date end_before, end_after;
};

std::optional<PickChange> pick_change(Context& ctx, const Progress& after, NodeRef target) {
  if (!target.is_resource()) return std::nullopt;
  const Curriculum& c = ctx.curriculum();
  const int owner = c.option_of()[static_cast<std::size_t>(target.index)];
  if (owner < 0) return std::nullopt;
  const auto o = static_cast<std::size_t>(owner);
  const int before = ctx.progress().picks[o];
  if (after.picks[o] == before) return std::nullopt;
  PickChange change;
  change.choice = &c.choices[o];
  change.previous = c.resources[static_cast<std::size_t>(before)].id;
  change.previous_title = c.resources[static_cast<std::size_t>(before)].title;
  change.end_before = ctx.current_plan().end;
  change.end_after = ctx.plan_with_picks(after.picks).end;
  return change;
}

// The choice `target` is an option of, when it is not that choice's pick
// after the entry (SPEC 1: only hours or a pick entry make it the pick, so
// `done` alone leaves it out of the plan); else nullptr.
const Choice* unpicked_choice(const Curriculum& c, const Progress& after, NodeRef target) {
  if (!target.is_resource()) return nullptr;
  const int owner = c.option_of()[static_cast<std::size_t>(target.index)];
  if (owner < 0 || after.picks[static_cast<std::size_t>(owner)] == target.index) return nullptr;
  return &c.choices[static_cast<std::size_t>(owner)];
}

// What `target` still requires that is not done, after the entry: hours on
// a resource that is not ready yet are logged, with a warning (SPEC 2).
std::vector<int> still_requires(const Curriculum& c, const Progress& after, NodeRef target) {
  std::vector<int> out;
  if (!target.is_resource()) return out;
  const PlanGraph graph(c, after.picks);
  for (int q : graph.closure(target.index))
    if (q != target.index && !after.resources[static_cast<std::size_t>(q)].done) out.push_back(q);
  return out;
}

// Appends and reports what the learner now stands at. The journal the
// writer read under the append's lock is kept, so the report sees every
// entry written before ours, by any process, and none after it (the
// writer applies the 24-hour rule to it).
int write_and_report(Context& ctx, const JournalEntry& entry, NodeRef target) {
  const auto& c = ctx.curriculum();
  std::string line = format_entry(entry);
  const bool created = !path_exists(ctx.journal_path());
  append_entry(ctx.journal_path(), entry, ctx.today(), &c,
               [&](JournalReadResult& before) { ctx.adopt_journal(std::move(before)); });

  Journal after = ctx.journal();
  after.push_back(entry);
  Date until = std::max(entry.date, ctx.today());
  Progress p = apply_journal(c, after, until);
  // Hours on an option that was not the pick make it the pick (SPEC 1):
  // say so, with what it does to the end, as `swap` does.
  std::optional<PickChange> switched = pick_change(ctx, p, target);
  const auto i = static_cast<std::size_t>(target.index);
  const bool practice = target.is_practice();
  const std::string& title = practice ? c.practice[i].title : c.resources[i].title;
  const Minutes remaining = practice ? 0 : p.resources[i].remaining;
  const bool done = !practice && p.resources[i].done;
  Minutes on_date = logged_on(after, entry.date);
  const std::vector<int> waiting = entry.studied_minutes ? still_requires(c, p, target) : std::vector<int>{};
  if (!waiting.empty()) {
    // On stderr, in text and JSON alike: the entry is written, the learner
    // is told what the plan still puts before it.
    std::string names;
    for (std::size_t k = 0; k < waiting.size() && k < 5; ++k)
      names += (k ? ", " : "") + printable(title_of(c, waiting[k])) + " (" +
               printable(c.resources[static_cast<std::size_t>(waiting[k])].id) + ")";
    if (waiting.size() > 5) names += " and " + std::to_string(waiting.size() - 5) + " more";
    ctx.err << "warning: " << printable(title) << " is not ready yet: it still requires " << names << '\n';
  }

  if (ctx.json()) {
    nlohmann::json j = {{"ok", true},
                        {"file", ctx.journal_path()},
                        {"line", line.substr(0, line.size() - 1)},
                        {"id", entry.id},
                        {"practice", practice},
                        {"date", entry.date.str()},
                        {"hours", entry.studied_minutes ? nlohmann::json(to_hours(*entry.studied_minutes)) : nlohmann::json(nullptr)},
                        {"remaining", practice ? nlohmann::json(nullptr) : nlohmann::json(to_hours(remaining))},
                        {"done", done},
                        {"logged_on_date", to_hours(on_date)}};
    nlohmann::json requires_ids = nlohmann::json::array();
    for (int q : waiting) requires_ids.push_back(c.resources[static_cast<std::size_t>(q)].id);
    j["still_requires"] = requires_ids;
    if (const Choice* choice = unpicked_choice(c, p, target))
      j["not_picked"] = {{"choice", choice->id},
                         {"picked", c.resources[static_cast<std::size_t>(p.picks[static_cast<std::size_t>(
                                        choice - c.choices.data())])].id}};
    if (switched)
      j["pick_changed"] = {{"choice", switched->choice->id}, {"picked", entry.id},
                           {"previous", switched->previous}, {"end_before", switched->end_before.str()},
                           {"end_after", switched->end_after.str()},
                           {"delta_days", switched->end_after - switched->end_before}};
    ctx.out << json_text(j) << '\n';
    return 0;
  }
  const auto& s = ctx.style();
  if (entry.studied_minutes)
    ctx.out << s.green << "Logged " << format_hours(*entry.studied_minutes) << s.reset << " on " << s.bold << printable(title)
            << s.reset << (practice ? " (practice, " : " (") << entry.date.str() << "). ";
  if (practice)
    ctx.out << format_hours(p.practice_logged[i]) << " on it in all.";
  else if (done)
    ctx.out << s.green << "✓ " << printable(title) << " is done." << s.reset;
  else
    ctx.out << format_hours(remaining) << " left on it.";
  ctx.out << ' ' << format_hours(on_date) << " logged " << (entry.date == ctx.today() ? "today" : "on " + entry.date.str())
          << " in total.\n";
  if (switched) {
    const int delta = switched->end_after - switched->end_before;
    ctx.out << s.bold << printable(switched->choice->title) << s.reset << ": now " << s.green << printable(title)
            << s.reset << " (was " << printable(switched->previous_title) << "), since you logged on it.\n"
            << "Plan ends " << s.bold << switched->end_after.str() << s.reset << ", was "
            << switched->end_before.str() << " (" << (delta > 0 ? s.yellow : s.green) << signed_days(delta)
            << s.reset << "). " << s.dim << "tenk swap " << printable(switched->choice->id) << ' '
            << printable(switched->previous) << " switches back." << s.reset << '\n';
  }
  if (const Choice* choice = unpicked_choice(c, p, target)) {
    const auto& pick = c.resources[static_cast<std::size_t>(p.picks[static_cast<std::size_t>(choice - c.choices.data())])];
    ctx.out << s.yellow << printable(title) << " is not the pick of " << printable(choice->title) << s.reset << " ("
            << printable(pick.title) << " is): the plan follows the pick. " << s.dim << "tenk swap "
            << printable(choice->id) << ' ' << printable(entry.id) << " makes it the pick." << s.reset << '\n';
  }
  if (created)
    ctx.out << s.dim << "Started the journal: " << printable(ctx.journal_path()) << s.reset << '\n';
  return 0;
}

}  // namespace

Date entry_date(Context& ctx, const std::string& text) { return date_option(ctx, text, "--date").value_or(ctx.today()); }

int cmd_log(Context& ctx, const LogOptions& opts) {
  // SPEC 4: HOURS may be left out with --left or --done (a re-estimate or
  // a finish without study time).
  if (opts.hours.empty() && opts.left.empty() && !opts.done)
    throw UsageError("log needs HOURS, or --left or --done without them");
  Lookup found = loggable(ctx, opts.id);
  NodeRef target = found.ref;
  if (target.is_practice() && opts.done) never_finishes(found.id, "--done");
  if (target.is_practice() && !opts.left.empty()) never_finishes(found.id, "--left");
  JournalEntry entry;
  entry.id = found.id;
  if (!opts.hours.empty()) entry.studied_minutes = parse_amount(opts.hours, "hours", false, kHoursPerDay);
  entry.date = entry_date(ctx, opts.date);
  if (!opts.left.empty()) entry.left_minutes = parse_amount(opts.left, "--left", true, kMaxResourceHours);
  entry.done = opts.done;
  entry.note = opts.note;
  entry.is_private = opts.is_private;
  return write_and_report(ctx, entry, target);
}

int cmd_done(Context& ctx, const std::string& id, const std::string& date) {
  Lookup found = loggable(ctx, id);
  NodeRef target = found.ref;
  if (target.is_practice()) never_finishes(found.id, "done");
  JournalEntry entry;
  entry.id = found.id;
  entry.done = true;
  entry.date = entry_date(ctx, date);
  return write_and_report(ctx, entry, target);
}

}  // namespace tenk
