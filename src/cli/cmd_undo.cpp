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

#include "cli/add_back.h"
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
