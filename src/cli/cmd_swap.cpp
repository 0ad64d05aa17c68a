// `tenk swap [CHOICE [OPTION]]`: list the choices, or change a pick and show
// what it does to the end date. tenk picks by itself; this is the override.

#include <nlohmann/json.hpp>
#include <ostream>

#include "cli/commands.h"
#include "cli/names.h"
#include "cli/text.h"
#include "core/error.h"
#include "journal/writer.h"
#include "json/choice.h"
#include "json/output.h"

namespace tenk {
namespace {

using nlohmann::json;

int list_choices(Context& ctx) {
  const auto& c = ctx.curriculum();
  const auto& p = ctx.progress();
  if (ctx.json()) {
    ctx.out << json_text(choices_json(c, p)) << '\n';
    return 0;
  }
  const auto& s = ctx.style();
  if (c.choices.empty()) ctx.out << "This curriculum has no choices.\n";
  for (std::size_t i = 0; i < c.choices.size(); ++i) {
    ctx.out << s.bold << printable(c.choices[i].title) << s.reset << s.dim << "  (" << printable(c.choices[i].id) << ")"
            << s.reset << '\n';
    for (const auto& o : c.choices[i].options) {
      const auto& r = c.resources[static_cast<std::size_t>(o.target.index)];
      Minutes logged = p.resources[static_cast<std::size_t>(o.target.index)].logged;
      bool picked = o.target.index == p.picks[i];
      ctx.out << (picked ? s.green + "  ▸ " : "    ") << fit(r.title, 50) << s.reset << right(format_hours(r.minutes), 9)
              << "  " << fit(logged > 0 ? format_hours(logged) + " logged" : "", 14) << s.dim << printable(r.id) << s.reset
              << '\n';
    }
  }
  if (!c.choices.empty())
    ctx.out << '\n' << s.dim
            << "tenk swap CHOICE shows what each option does to the end date; tenk swap CHOICE OPTION picks one."
            << s.reset << '\n';
  return 0;
}

// `swap CHOICE`: each option with its estimate, hours logged and the end
// date picking it gives, and nothing written (SPEC 4).
int show_options(Context& ctx, int ci) {
  const auto& c = ctx.curriculum();
  const auto& p = ctx.progress();
  const Choice& choice = c.choices[static_cast<std::size_t>(ci)];
  const std::vector<PickChange> changes = ctx.standing().option_changes(ci);
  const Date end_now = ctx.current_plan().end;
  if (ctx.json()) {
    json j = options_json(c, p, changes);
    j.update({{"ok", true}, {"changed", false}});
    ctx.out << json_text(j) << '\n';
    return 0;
  }
  const auto& s = ctx.style();
  ctx.out << s.bold << printable(choice.title) << s.reset << s.dim << "  (" << printable(choice.id) << ")" << s.reset
          << " · plan ends " << end_now.str() << '\n';
  for (const PickChange& change : changes) {
    const auto r = static_cast<std::size_t>(change.picked);
    const Minutes logged = p.resources[r].logged;
    const bool picked = !change.changed();
    std::string effect =
        picked ? "picked" : "ends " + change.end_after.str() + " (" + signed_days(change.delta_days()) + ")";
    ctx.out << (picked ? s.green + "  ▸ " : "    ") << fit(c.resources[r].title, 40) << s.reset
            << right(format_hours(c.resources[r].minutes), 8) << "  "
            << fit(logged > 0 ? format_hours(logged) + " logged" : "", 14) << fit(effect, 28) << s.dim
            << printable(c.resources[r].id) << s.reset << '\n';
  }
  ctx.out << '\n' << s.dim << "Nothing written. tenk swap " << printable(choice.id) << " OPTION picks one." << s.reset
          << '\n';
  return 0;
}

void print_change(Context& ctx, const PickChange& change) {
  const auto& c = ctx.curriculum();
  const auto& s = ctx.style();
  const Choice& choice = c.choices[static_cast<std::size_t>(change.choice)];
  const Resource& before = c.resources[static_cast<std::size_t>(change.previous)];
  const Resource& after = c.resources[static_cast<std::size_t>(change.picked)];
  if (!change.changed()) {
    ctx.out << printable(choice.title) << ": " << printable(after.title) << " is already picked. Nothing written.\n";
    return;
  }
  ctx.out << s.bold << printable(choice.title) << s.reset << ": now " << s.green << printable(after.title) << s.reset
          << " (was " << printable(before.title) << ").\n"
          << "Plan ends " << s.bold << change.end_after.str() << s.reset << ", was " << change.end_before.str();
  // The words of status's end line (SPEC 3.3): a pick moves the end, and
  // never the effort, which counts hours studied, not what was chosen.
  const int delta = change.delta_days();
  if (delta != 0)
    ctx.out << ": " << (delta > 0 ? s.yellow : s.green) << signed_days(delta) << s.reset << " from your pick of "
            << printable(after.title);
  ctx.out << ".\n" << s.dim << "Your effort is unchanged: it counts the hours you study, not what you pick." << s.reset
          << '\n';
}

}  // namespace

int cmd_swap(Context& ctx, const SwapOptions& opts) {
  const std::string& choice_id = opts.choice;
  const std::string& option_id = opts.option;
  if (choice_id.empty() && (!opts.date.empty() || !opts.note.empty()))
    throw UsageError("swap takes --date and --note only with CHOICE and OPTION (the pick they record)");
  if (choice_id.empty()) return list_choices(ctx);
  const auto& c = ctx.curriculum();
  int ci = resolve_choice(ctx, choice_id);
  if (option_id.empty()) {
    if (!opts.date.empty() || !opts.note.empty())
      throw UsageError("swap takes --date and --note only with an OPTION to pick: tenk swap " +
                       c.choices[static_cast<std::size_t>(ci)].id + " OPTION --date D");
    return show_options(ctx, ci);
  }
  const Choice& choice = c.choices[static_cast<std::size_t>(ci)];
  const int next = resolve_option(ctx, choice, option_id);
  JournalEntry entry;
  entry.date = entry_date(ctx, opts.date);
  entry.choice = choice.id;
  entry.pick = c.resources[static_cast<std::size_t>(choice.options[static_cast<std::size_t>(next)].target.index)].id;
  entry.note = opts.note;
  check_new_entry(entry, ctx.today());  // a bad --date is refused even when nothing would change
  const PickChange change = ctx.standing().repick(ci, choice.options[static_cast<std::size_t>(next)].target.index);
  if (change.changed()) append_entry(ctx.journal_path(), entry, ctx.today(), &c);
  if (ctx.json()) {
    json j = pick_change_json(c, change);
    j.update({{"ok", true}, {"changed", change.changed()}});
    ctx.out << json_text(j) << '\n';
    return 0;
  }
  print_change(ctx, change);
  return 0;
}

}  // namespace tenk
