// `tenk log ID HOURS ...` and `tenk done ID`: append one journal entry.
// Everything is checked before the single append (the 24-hour rule under
// the journal's lock); a refused command leaves the journal byte-identical.

#include <functional>
#include <nlohmann/json.hpp>
#include <ostream>

#include "cli/commands.h"
#include "cli/text.h"
#include "core/error.h"
#include "core/quote.h"
#include "core/suggest.h"
#include "journal/writer.h"
#include "json/output.h"

namespace tenk {
namespace {

constexpr Minutes kMaxPerDay = 24 * 60;
constexpr std::size_t kMaxNote = 64 * 1024;

// The resource or practice item an id names, or an InputError saying what
// it is instead.
NodeRef loggable(const Curriculum& c, const std::string& id) {
  NodeRef ref = c.find(id);
  if (ref.is_resource() || ref.is_practice()) return ref;
  if (ref.is_choice()) {
    std::string options;
    for (const auto& o : c.choices[static_cast<std::size_t>(ref.index)].options)
      options += (options.empty() ? "" : ", ") + o.id;
    throw InputError(in_quotes(id) + " is a choice, not a resource: log hours on one of its options (" + options + ")");
  }
  auto ids = c.resource_ids();
  auto practice = c.practice_ids();
  ids.insert(ids.end(), practice.begin(), practice.end());
  throw InputError("unknown resource " + in_quotes(id) + did_you_mean(id, ids));
}

[[noreturn]] void never_finishes(const std::string& id, const char* what) {
  throw InputError(in_quotes(id) + " is a practice item, which never finishes: " + what +
                   " does not apply to it (log hours on it instead)");
}

Date entry_date(Context& ctx, const std::string& text) {
  if (text.empty()) return ctx.today();
  auto d = Date::parse(text);
  if (!d) throw InputError("--date " + in_quotes(text) + " is not a real date (YYYY-MM-DD)");
  return *d;
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

// A rule the new entry must pass against the journal as it is just before
// the append; throws InputError to refuse.
using EntryCheck = std::function<void(const Journal& before)>;

// Appends and reports what the learner now stands at. The journal is read
// under the append's lock, so `check` and the report see every entry
// written before ours, by any process, and none after it.
int write_and_report(Context& ctx, const JournalEntry& entry, NodeRef target, const EntryCheck& check = {}) {
  const auto& c = ctx.curriculum();
  std::string line = format_entry(entry);
  append_line(ctx.journal_path(), line, [&] {
    const Journal& before = ctx.reread_journal().entries;
    if (check) check(before);
  });

  Journal after = ctx.journal();
  after.push_back(entry);
  Date until = std::max(entry.date, ctx.today());
  Progress p = apply_journal(c, after, until);
  const auto i = static_cast<std::size_t>(target.index);
  const bool practice = target.is_practice();
  const std::string& title = practice ? c.practice[i].title : c.resources[i].title;
  const Minutes remaining = practice ? 0 : p.resources[i].remaining;
  const bool done = !practice && p.resources[i].done;
  Minutes on_date = logged_on(after, entry.date);

  if (ctx.json()) {
    nlohmann::json j = {{"ok", true},
                        {"file", ctx.journal_path()},
                        {"line", line.substr(0, line.size() - 1)},
                        {"id", entry.id},
                        {"practice", practice},
                        {"date", entry.date.str()},
                        {"hours", entry.hours ? nlohmann::json(to_hours(*entry.hours)) : nlohmann::json(nullptr)},
                        {"remaining", practice ? nlohmann::json(nullptr) : nlohmann::json(to_hours(remaining))},
                        {"done", done},
                        {"logged_on_date", to_hours(on_date)}};
    ctx.out << json_text(j) << '\n';
    return 0;
  }
  const auto& s = ctx.style();
  if (entry.hours)
    ctx.out << s.green << "Logged " << format_hours(*entry.hours) << s.reset << " on " << s.bold << printable(title)
            << s.reset << (practice ? " (practice, " : " (") << entry.date.str() << "). ";
  if (practice)
    ctx.out << format_hours(p.practice_logged[i]) << " on it in all.";
  else if (done)
    ctx.out << s.green << "✓ " << printable(title) << " is done." << s.reset;
  else
    ctx.out << format_hours(remaining) << " left on it.";
  ctx.out << ' ' << format_hours(on_date) << " logged " << (entry.date == ctx.today() ? "today" : "on " + entry.date.str())
          << " in total.\n";
  return 0;
}

}  // namespace

int cmd_log(Context& ctx, const LogOptions& opts) {
  const auto& c = ctx.curriculum();
  NodeRef target = loggable(c, opts.id);
  if (target.is_practice() && opts.done) never_finishes(opts.id, "--done");
  if (target.is_practice() && !opts.left.empty()) never_finishes(opts.id, "--left");
  JournalEntry entry;
  entry.id = opts.id;
  entry.hours = parse_amount(opts.hours, "hours", false, 24);
  entry.date = entry_date(ctx, opts.date);
  if (!opts.left.empty()) entry.left = parse_amount(opts.left, "--left", true, 10000);
  entry.done = opts.done;
  if (opts.note.size() > kMaxNote) throw InputError("--note is longer than 64 KB");
  entry.note = opts.note;

  // The 24-hour rule reads the journal under the same lock as the append:
  // read before it, two tenk processes could each see 20 h and add 4 h.
  auto at_most_a_day = [&](const Journal& before) {
    Minutes already = logged_on(before, entry.date);
    if (already + *entry.hours > kMaxPerDay)
      throw InputError("that would make " + format_hours(already + *entry.hours) + " on " + entry.date.str() +
                       " (at most 24 h a day; " + format_hours(already) + " already logged)");
  };
  return write_and_report(ctx, entry, target, at_most_a_day);
}

int cmd_done(Context& ctx, const std::string& id, const std::string& date) {
  const auto& c = ctx.curriculum();
  NodeRef target = loggable(c, id);
  if (target.is_practice()) never_finishes(id, "done");
  JournalEntry entry;
  entry.id = id;
  entry.done = true;
  entry.date = entry_date(ctx, date);
  return write_and_report(ctx, entry, target);
}

}  // namespace tenk
