// `tenk log ID [HOURS] ...` and `tenk done ID`: append one journal entry.
// Everything is checked before the single append (the writer applies the
// 24-hour rule under the journal's lock); a refused command leaves the
// journal byte-identical.

#include <nlohmann/json.hpp>
#include <ostream>

#include "cli/commands.h"
#include "cli/names.h"
#include "cli/text.h"
#include "core/entry_effect.h"
#include "core/error.h"
#include "core/limits.h"
#include "core/quote.h"
#include "files/output.h"
#include "journal/writer.h"
#include "json/entry.h"
#include "json/output.h"

namespace tenk {
namespace {


[[noreturn]] void never_finishes(const std::string& id, const char* what) {
  throw InputError(in_quotes(id) + " is a practice item, which never finishes: " + what +
                   " does not apply to it (log hours on it instead)");
}

Minutes amount_option(const std::string& text, const char* what, bool allow_zero, double max_hours) {
  Amount amount = read_amount(text, what, allow_zero, max_hours);
  if (!amount.error.empty()) throw InputError(amount.error);
  return amount.minutes;
}

// On stderr, in text and JSON alike: the entry is written, and the
// learner is told what the plan still puts before it.
void warn_not_ready(Context& ctx, const std::string& title, const std::vector<int>& waiting) {
  if (waiting.empty()) return;
  ctx.err << "warning: " << printable(title) << " is not ready yet: it still requires "
          << resource_names(ctx.curriculum(), waiting, 5) << '\n';
}

void print_pick_lines(Context& ctx, const std::string& title, const EntryEffect& effect, const std::string& id) {
  const Curriculum& c = ctx.curriculum();
  const auto& s = ctx.style();
  if (const auto& change = effect.pick_change) {
    const Choice& choice = c.choices[static_cast<std::size_t>(change->choice)];
    const Resource& previous = c.resources[static_cast<std::size_t>(change->previous)];
    ctx.out << s.bold << printable(choice.title) << s.reset << ": now " << s.green << printable(title) << s.reset
            << " (was " << printable(previous.title) << "), since you logged on it.\n"
            << "Plan ends " << s.bold << change->end_after.str() << s.reset << ", was " << change->end_before.str()
            << " (" << (change->delta_days() > 0 ? s.yellow : s.green) << signed_days(change->delta_days()) << s.reset
            << "). " << s.dim << "tenk swap " << printable(choice.id) << ' ' << printable(previous.id)
            << " switches back." << s.reset << '\n';
  }
  if (effect.not_picked_choice >= 0) {
    const Choice& choice = c.choices[static_cast<std::size_t>(effect.not_picked_choice)];
    const Resource& pick = c.resources[static_cast<std::size_t>(effect.picked_instead)];
    ctx.out << s.yellow << printable(title) << " is not the pick of " << printable(choice.title) << s.reset << " ("
            << printable(pick.title) << " is): the plan follows the pick. " << s.dim << "tenk swap "
            << printable(choice.id) << ' ' << printable(id) << " makes it the pick." << s.reset << '\n';
  }
}

// Appends and reports what the learner now stands at. The journal the
// writer read under the append's lock is kept, so the report sees every
// entry written before ours, by any process, and none after it (the
// writer applies the 24-hour rule to it).
int write_and_report(Context& ctx, const JournalEntry& entry, NodeRef target) {
  const auto& c = ctx.curriculum();
  const std::string line = format_entry(entry);
  const bool created = !path_exists(ctx.journal_path());
  append_entry(ctx.journal_path(), entry, ctx.today(), &c,
               [&](JournalReadResult& before) { ctx.adopt_journal(std::move(before)); });
  const EntryEffect effect = effect_of(ctx.standing(), entry, target);
  const auto i = static_cast<std::size_t>(target.index);
  const bool practice = target.is_practice();
  const std::string& title = practice ? c.practice[i].title : c.resources[i].title;
  warn_not_ready(ctx, title, effect.still_requires);

  if (ctx.json()) {
    nlohmann::json j = {{"ok", true}, {"file", ctx.journal_path()}, {"line", line.substr(0, line.size() - 1)}};
    j.update(effect_json(c, entry, effect));
    ctx.out << json_text(j) << '\n';
    return 0;
  }
  const auto& s = ctx.style();
  if (entry.studied_minutes)
    ctx.out << s.green << "Logged " << format_hours(*entry.studied_minutes) << s.reset << " on " << s.bold
            << printable(title) << s.reset << (practice ? " (practice, " : " (") << entry.date.str() << "). ";
  if (practice)
    ctx.out << format_hours(effect.practice_logged) << " on it in all.";
  else if (effect.done)
    ctx.out << s.green << "✓ " << printable(title) << " is done." << s.reset;
  else
    ctx.out << format_hours(effect.remaining) << " left on it.";
  ctx.out << ' ' << format_hours(effect.logged_on_date) << " logged "
          << (entry.date == ctx.today() ? "today" : "on " + entry.date.str()) << " in total.\n";
  print_pick_lines(ctx, title, effect, entry.id);
  if (created) ctx.out << s.dim << "Started the journal: " << printable(ctx.journal_path()) << s.reset << '\n';
  return 0;
}

}  // namespace

Date entry_date(Context& ctx, const std::string& text) { return date_option(ctx, text, "--date").value_or(ctx.today()); }

int cmd_log(Context& ctx, const LogOptions& opts) {
  // SPEC 4: HOURS may be left out with --left or --done (a re-estimate or
  // a finish without study time).
  if (opts.hours.empty() && opts.left.empty() && !opts.done)
    throw UsageError("log needs HOURS, or --left or --done without them");
  Lookup found = resolve_loggable(ctx, opts.id);
  NodeRef target = found.ref;
  if (target.is_practice() && opts.done) never_finishes(found.id, "--done");
  if (target.is_practice() && !opts.left.empty()) never_finishes(found.id, "--left");
  JournalEntry entry;
  entry.id = found.id;
  if (!opts.hours.empty()) entry.studied_minutes = amount_option(opts.hours, "hours", false, kHoursPerDay);
  entry.date = entry_date(ctx, opts.date);
  if (!opts.left.empty()) entry.left_minutes = amount_option(opts.left, "--left", true, kMaxResourceHours);
  entry.done = opts.done;
  entry.note = opts.note;
  entry.is_private = opts.is_private;
  return write_and_report(ctx, entry, target);
}

int cmd_done(Context& ctx, const std::string& id, const std::string& date) {
  Lookup found = resolve_loggable(ctx, id);
  NodeRef target = found.ref;
  if (target.is_practice()) never_finishes(found.id, "done");
  JournalEntry entry;
  entry.id = found.id;
  entry.done = true;
  entry.date = entry_date(ctx, date);
  return write_and_report(ctx, entry, target);
}

}  // namespace tenk
