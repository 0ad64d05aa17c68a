// `tenk undo`: remove the journal's last entry (SPEC 2), print it, and say
// how to add it back.

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string_view>
#include <vector>

#include "cli/commands.h"
#include "cli/text.h"
#include "core/duration.h"
#include "core/error.h"
#include "core/utf8.h"
#include "journal/undo.h"
#include "json/entry.h"
#include "json/output.h"

namespace tenk {
namespace {

using nlohmann::json;

// A word for a POSIX shell (dash included), pasted whole: as it is when it
// is plain, else in single quotes. A character printable() would alter
// (a control, a bidirectional override) is written as its bytes through
// `"$(printf '\ooo')"`, so the command shows no raw control character and
// still gives back the exact text; a newline, which command substitution
// would drop at the end, stays literal inside the quotes.
std::string shell_word(std::string_view s) {
  if (!s.empty() && s.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:/+") ==
                        std::string_view::npos)
    return std::string(s);
  std::string out;
  bool quoted = false;
  auto quote = [&](bool want) {
    if (quoted != want) out += '\'';
    quoted = want;
  };
  // The length of the character at i when printf must write it, else 0.
  auto needs_printf = [&](std::size_t i) -> std::size_t {
    unsigned cp = 0;
    std::size_t n = utf8_at(s, i, cp);
    if (n == 0) return 1;  // not UTF-8: its byte as it is
    return cp != '\n' && !printable_as_is(cp) ? n : 0;
  };
  for (std::size_t i = 0; i < s.size();) {
    if (std::size_t n = needs_printf(i)) {
      quote(false);
      out += "\"$(printf '";
      for (; n > 0; n = i < s.size() ? needs_printf(i) : 0) {
        for (std::size_t end = i + n; i < end; ++i) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\%03o", static_cast<unsigned char>(s[i]));
          out += buf;
        }
      }
      out += "')\"";
      continue;
    }
    if (s[i] == '\'') {
      quote(false);
      out += "\\'";
      ++i;
      continue;
    }
    quote(true);
    unsigned cp = 0;
    const std::size_t n = utf8_at(s, i, cp);  // > 0: needs_printf took the rest
    out.append(s, i, n);
    i += n;
  }
  quote(false);
  return out.empty() ? "''" : out;
}

// Minutes as `log` takes them, exactly: tenths of an hour are exact
// decimals (1.5), anything else is given in minutes (20m).
std::string amount(Minutes m) { return m % 6 == 0 ? format_decimal(to_hours(m)) : std::to_string(m) + "m"; }

// The tenk command that writes the same entry again, as the readers read
// it (SPEC 2), or "" for an entry that records nothing a command can say
// (`done: false` alone). A positional word starting with '-' would be
// taken for an option: then the options come first and `--` ends them.
std::string command_for(const JournalEntry& e) {
  std::vector<std::string> words;  // the positional arguments
  std::string options = " --date " + e.date.str();
  if (e.is_pick()) {
    words = {e.choice, e.pick};
  } else {
    if (!e.studied_minutes && !e.left_minutes && !e.done) return "";
    words = {e.id};
    if (e.studied_minutes) words.push_back(amount(*e.studied_minutes));
    if (e.left_minutes) options += " --left " + amount(*e.left_minutes);
    if (e.done) options += " --done";
  }
  // `--note=`: a note that starts with "-" is still the value.
  if (!e.note.empty()) options += " --note=" + shell_word(e.note);
  if (e.is_private && !e.is_pick()) options += " --private";
  const bool dash = std::any_of(words.begin(), words.end(), [](const std::string& w) { return w.starts_with("-"); });
  std::string args;
  for (const auto& w : words) args += " " + shell_word(w);
  return std::string(e.is_pick() ? "tenk swap" : "tenk log") + (dash ? options + " --" + args : args + options);
}

// SPEC 2: an entry dated before today goes only after a yes. On a terminal
// undo asks on standard error and reads standard input (y or yes; anything
// else, end of input included, is no); elsewhere it needs --yes. Standard
// output holds only what was removed, so a script's output stays clean.
ConfirmUndo confirm_older(Context& ctx, bool yes) {
  const Date today = ctx.today();
  return [&ctx, today, yes](const UndoneEntry& u) {
    if (yes || !(u.entry.date < today)) return true;
    const std::string path = ctx.journal_path();
    const std::string when = "line " + std::to_string(u.line_number) + " is dated " + u.entry.date.str() + ", " +
                             count(static_cast<std::size_t>(today - u.entry.date), "day") + " before today";
    if (::isatty(STDIN_FILENO) != 1)
      throw InputError("cannot undo in " + path + ": " + when + "; run `tenk undo --yes` to remove it; nothing written");
    ctx.err << "In " << printable(path) << ", " << when << ":\n  " << printable(u.line) << "\nRemove it? [y/N] "
            << std::flush;
    std::string reply;
    if (!std::getline(std::cin, reply)) return false;
    std::string word;
    for (char ch : reply)
      if (!std::isspace(static_cast<unsigned char>(ch))) word += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return word == "y" || word == "yes";
  };
}

}  // namespace

int cmd_undo(Context& ctx, bool yes) {
  const std::string& path = ctx.journal_path();
  // With the curriculum, as every reader reads the journal: a line they
  // skip (a pick of a choice it lacks, say) is not undone either.
  UndoneEntry undone = undo_last_entry(path, &ctx.curriculum(), confirm_older(ctx, yes));
  const std::string add_back = command_for(undone.entry);
  if (ctx.json()) {
    ctx.out << json_text(json{{"ok", true},
                              {"removed", entry_json(undone.entry)},
                              {"line", undone.line_number},
                              {"text", undone.line},
                              {"file", path},
                              {"add_back", add_back.empty() ? json(nullptr) : json(add_back)}})
            << '\n';
    return 0;
  }
  const auto& s = ctx.style();
  ctx.out << "Removed line " << undone.line_number << " of " << printable(path) << ":\n"
          << "  " << printable(undone.line) << '\n';
  // Not through printable(): shell_word already wrote every character it
  // would alter as printf escapes, and a newline must stay a newline.
  if (add_back.empty())
    ctx.out << s.dim << "It recorded no hours, no re-estimate and no finish: nothing to add back." << s.reset << '\n';
  else
    ctx.out << s.dim << "To add it back: " << add_back << s.reset << '\n';
  return 0;
}

}  // namespace tenk
