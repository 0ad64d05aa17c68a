#include "cli/add_back.h"

#include <algorithm>
#include <cstdio>
#include <vector>

#include "cli/text.h"
#include "core/duration.h"
#include "core/utf8.h"

namespace tenk {
namespace {

// Minutes as `log` takes them, exactly: tenths of an hour are exact
// decimals (1.5), anything else is given in minutes (20m).
std::string amount(Minutes m) { return m % 6 == 0 ? format_decimal(to_hours(m)) : std::to_string(m) + "m"; }

}  // namespace

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

}  // namespace tenk
