// `tenk undo`: remove the journal's last entry (SPEC 2), print it, and say
// how to add it back.

#include <nlohmann/json.hpp>
#include <ostream>

#include "cli/commands.h"
#include "cli/text.h"
#include "core/duration.h"
#include "journal/undo.h"
#include "json/output.h"

namespace tenk {
namespace {

using nlohmann::json;

// A word for a POSIX shell: as it is when it is plain, else in single quotes.
std::string shell_word(const std::string& s) {
  if (!s.empty() && s.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:/+") ==
                        std::string::npos)
    return s;
  std::string out = "'";
  for (char ch : s) out += ch == '\'' ? std::string("'\\''") : std::string(1, ch);
  return out + "'";
}

// Minutes as `log` takes them, exactly: tenths of an hour are exact
// decimals (1.5), anything else is given in minutes (20m).
std::string amount(Minutes m) { return m % 6 == 0 ? format_decimal(to_hours(m)) : std::to_string(m) + "m"; }

// The tenk command that writes the same entry again.
std::string command_for(const JournalEntry& e) {
  if (e.is_pick()) return "tenk swap " + shell_word(e.choice) + " " + shell_word(e.pick);
  std::string cmd = e.hours ? "tenk log " + shell_word(e.id) + " " + amount(*e.hours)
                            : "tenk done " + shell_word(e.id);
  cmd += " --date " + e.date.str();
  if (e.left) cmd += " --left " + amount(*e.left);
  if (e.done && e.hours) cmd += " --done";
  if (!e.note.empty()) cmd += " --note " + shell_word(e.note);
  return cmd;
}

json entry_json(const JournalEntry& e) {
  json j = {{"date", e.date.str()}};
  if (e.is_pick()) {
    j["choice"] = e.choice;
    j["pick"] = e.pick;
  } else {
    j["id"] = e.id;
    j["hours"] = e.hours ? json(to_hours(*e.hours)) : json(nullptr);
    if (e.left) j["left"] = to_hours(*e.left);
    if (e.done) j["done"] = true;
  }
  j["note"] = e.note;
  return j;
}

}  // namespace

int cmd_undo(Context& ctx) {
  const std::string& path = ctx.journal_path();
  UndoneEntry undone = undo_last_entry(path);
  if (ctx.json()) {
    ctx.out << json_text(json{{"ok", true},
                              {"removed", entry_json(undone.entry)},
                              {"line", undone.line_number},
                              {"text", undone.line},
                              {"file", path}})
            << '\n';
    return 0;
  }
  const auto& s = ctx.style();
  ctx.out << "Removed line " << undone.line_number << " of " << printable(path) << ":\n"
          << "  " << printable(undone.line) << '\n'
          << s.dim << "To add it back: " << printable(command_for(undone.entry))
          << (undone.entry.is_pick() ? " (dated the day you run it)" : "") << s.reset << '\n';
  return 0;
}

}  // namespace tenk
