#include "cli/context.h"

#include <algorithm>
#include <ctime>
#include <ostream>

#include "cli/embedded_curriculum.h"
#include "cli/text.h"
#include "core/error.h"
#include "core/plan_input.h"
#include "core/quote.h"
#include "files/file.h"

namespace tenk {

Context::Context(GlobalOptions options, std::ostream& o, std::ostream& e)
    : out(o), err(e), options_(std::move(options)),
      style_(want_color(options_.no_color) ? Style::ansi() : Style::plain()) {}

const LoadResult& Context::load_result() {
  if (load_) return *load_;
  std::string path = options_.curriculum.empty() ? env_or_empty("TENK_CURRICULUM") : options_.curriculum;
  if (!path.empty()) {
    load_ = load_curriculum(read_file(path), path);
    return *load_;
  }
  // SPEC 4: the learner's own copy, when there is one. Only "not there"
  // falls back to the built-in curriculum; a copy that is there but cannot
  // be read (a symlink loop, no permission, a directory) is an error, never
  // silently replaced.
  std::string config = xdg_dir("XDG_CONFIG_HOME", ".config");
  std::optional<std::string> text;
  if (!config.empty()) {
    path = config + "/tenk/curriculum.yaml";
    text = read_file_if_there(path);
  }
  if (text)
    load_ = load_curriculum(*text, path);
  else
    load_ = load_curriculum(embedded_curriculum(), std::string(embedded_curriculum_name()));
  return *load_;
}

const Curriculum& Context::curriculum() {
  const auto& result = load_result();
  if (result.diagnostics.has_errors()) {
    // Every problem at once, each on its own line with its position.
    std::string message;
    for (const auto& d : result.diagnostics.items()) {
      if (!message.empty()) message += '\n';
      message += format_diagnostic(d);
    }
    throw InputError(message);
  }
  return result.curriculum;
}

const std::string& Context::journal_path() {
  if (journal_path_) return *journal_path_;
  std::string path = options_.log.empty() ? env_or_empty("TENK_LOG") : options_.log;
  if (path.empty()) {
    std::string base = xdg_dir("XDG_DATA_HOME", ".local/share");
    if (base.empty())
      throw InputError("cannot find the journal: HOME is not set (use --log FILE or TENK_LOG)");
    path = base + "/tenk/" + curriculum().id + ".log.yaml";
  }
  journal_path_ = path;
  return *journal_path_;
}

const JournalReadResult& Context::journal_result() {
  if (journal_) return *journal_;
  const auto& c = curriculum();
  const auto& path = journal_path();
  journal_ = read_journal(path, &c);
  return *journal_;
}

void Context::adopt_journal(JournalReadResult journal) {
  standing_.reset();
  journal_ = std::move(journal);
}

void Context::print_warnings(bool shown_already) {
  if (warnings_printed_) return;
  warnings_printed_ = true;
  if (shown_already) return;
  // A few per file, then how many more: a journal with a million broken
  // lines must not bury today's plan under a million lines.
  constexpr std::size_t kShown = 10;
  auto show = [&](const Diagnostics& d, std::size_t not_kept) {
    const auto& items = d.items();
    for (std::size_t i = 0; i < items.size() && i < kShown; ++i) err << printable(format_diagnostic(items[i])) << '\n';
    std::size_t more = items.size() - std::min(items.size(), kShown) + not_kept;
    if (more > 0)
      err << printable(d.file()) << ": " << more << " more " << (more == 1 ? "warning" : "warnings")
          << " (tenk check lists them)\n";
  };
  if (load_ && !load_->diagnostics.has_errors()) show(load_->diagnostics, 0);
  if (journal_) show(journal_->diagnostics, journal_->warnings_not_kept);
}

Date Context::today() {
  if (today_) return *today_;
  std::string text = options_.today.empty() ? env_or_empty("TENK_TODAY") : options_.today;
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  const Date system = Date::from_ymd(local.tm_year + 1900, static_cast<unsigned>(local.tm_mon + 1),
                                     static_cast<unsigned>(local.tm_mday));
  if (text.empty()) {
    today_ = system;
  } else {
    // SPEC 4: `yesterday` and `-N` as for any date, counted from the
    // system's date.
    auto parsed = parse_date_arg(text, system);
    if (!parsed)
      throw InputError("today's date " + in_quotes(text) + " is not a real date (YYYY-MM-DD, yesterday or -N)" +
                       (options_.today.empty() ? " (from TENK_TODAY)" : ""));
    today_ = *parsed;
  }
  return *today_;
}

std::optional<Date> date_option(Context& ctx, const std::string& text, const char* option) {
  if (text.empty()) return std::nullopt;
  auto d = parse_date_arg(text, ctx.today());
  if (!d)
    throw InputError(std::string(option) + " " + in_quotes(text) +
                     " is not a real date (YYYY-MM-DD, today, yesterday or -N days)");
  return d;
}

Standing& Context::standing() {
  if (!standing_) standing_.emplace(curriculum(), journal(), today());
  return *standing_;
}

}  // namespace tenk
