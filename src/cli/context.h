#pragma once
// What every command needs, resolved once: the options, the curriculum, the
// journal, today, and where the learner stands (core/standing.h), derived
// from them. Loading is lazy, so `tenk check` can look at a broken
// curriculum and `tenk --help` loads nothing. The domain logic lives in
// core; this only finds the files and keeps one standing.

#include <iosfwd>
#include <optional>
#include <string>

#include "cli/terminal.h"
#include "core/standing.h"
#include "journal/reader.h"
#include "yaml/curriculum_loader.h"

namespace tenk {

/// The global options (SPEC 4), as given on the command line.
struct GlobalOptions {
  std::string curriculum;  ///< -c/--curriculum; "" = TENK_CURRICULUM, else the config file, else embedded
  std::string log;         ///< --log; "" = TENK_LOG, else the XDG default
  std::string today;       ///< --today; "" = TENK_TODAY, else the system date
  bool json = false;
  bool no_color = false;
};

class Context {
 public:
  Context(GlobalOptions options, std::ostream& out, std::ostream& err);

  std::ostream& out;
  std::ostream& err;
  const GlobalOptions& options() const { return options_; }
  bool json() const { return options_.json; }
  const Style& style() const { return style_; }

  /// The curriculum text loaded and checked, errors and all (for `check`):
  /// -c, TENK_CURRICULUM, $XDG_CONFIG_HOME/tenk/curriculum.yaml if it exists
  /// (~/.config when unset, empty or relative), else the embedded one.
  const LoadResult& load_result();
  /// The valid curriculum. Throws InputError listing every problem if invalid.
  const Curriculum& curriculum();
  /// Where the journal lives (SPEC 2): --log, TENK_LOG, else
  /// $XDG_DATA_HOME/tenk/<id>.log.yaml (~/.local/share when unset, empty or
  /// relative).
  const std::string& journal_path();
  /// The journal read and parsed (a missing file is an empty journal),
  /// with its warnings.
  const JournalReadResult& journal_result();
  /// Replaces what was read before with the journal a writer read under
  /// its lock (append_entry's check): every entry appended so far.
  void adopt_journal(JournalReadResult journal);
  const Journal& journal() { return journal_result().entries; }
  /// --today, TENK_TODAY, else the system's local date. InputError if malformed.
  Date today();

  /// Prints the warnings of the curriculum and the journal, if they were
  /// read, to `err`, once. app.cpp calls it when a command ends; `check`
  /// reports them itself and calls it to mark them shown.
  void print_warnings(bool shown_already = false);

  /// Where the learner stands, from the curriculum, the journal and today;
  /// the accessors below read it.
  Standing& standing();
  const Progress& progress() { return standing().progress(); }
  const PlanGraph& graph() { return standing().graph(); }
  const Plan& current_plan() { return standing().current_plan(); }
  const Plan& baseline_plan() { return standing().baseline_plan(); }
  Plan plan_until(bool baseline, Date until) { return standing().plan_until(baseline, until); }
  const PlanGraph& baseline_graph() { return standing().baseline_graph(); }
  Date baseline_start() { return standing().baseline_start(); }
  const Summary& summary() { return standing().summary(); }

 private:
  GlobalOptions options_;
  Style style_;
  std::optional<LoadResult> load_;
  std::optional<std::string> journal_path_;
  std::optional<JournalReadResult> journal_;
  bool warnings_printed_ = false;
  std::optional<Date> today_;
  std::optional<Standing> standing_;  ///< reads journal_: reset whenever it changes
};

/// A date given to an option (SPEC 4: YYYY-MM-DD, today, yesterday, or -N
/// days before ctx.today()); nullopt when `text` is empty. An InputError
/// naming the option when it is not a real date. Every date option of every
/// command reads through it.
std::optional<Date> date_option(Context& ctx, const std::string& text, const char* option);

}  // namespace tenk
