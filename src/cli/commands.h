#pragma once
// The subcommands, one file each (cmd_<name>.cpp). Each returns the exit
// code and throws tenk::Error for bad input; app.cpp catches in one place.

#include <optional>
#include <string>
#include <vector>

#include "cli/command_line.h"
#include "cli/context.h"
#include "core/window.h"

namespace tenk {

int cmd_check(Context& ctx);
int cmd_today(Context& ctx);

struct PlanOptions {
  int days = 0;  ///< show only the first N calendar days (0 = all)
  bool baseline = false;
};
int cmd_plan(Context& ctx, const PlanOptions& opts);

struct LogOptions {
  std::string id, hours, date, note, left;  ///< hours may be empty with left or done
  bool done = false;
  bool is_private = false;
};
int cmd_log(Context& ctx, const LogOptions& opts);
/// The date of a new entry from `--date` (YYYY-MM-DD, today, yesterday,
/// -N; empty: today); InputError when it is not a real date. Shared by
/// log, done and swap (the rules of the entry itself are journal/writer's).
Date entry_date(Context& ctx, const std::string& text);
int cmd_done(Context& ctx, const std::string& id, const std::string& date);

struct SwapOptions {
  std::string choice, option, date, note;  ///< date and note only with an option
};
int cmd_swap(Context& ctx, const SwapOptions& opts);
int cmd_status(Context& ctx);

int cmd_show(Context& ctx, const std::string& id);
int cmd_undo(Context& ctx, bool yes);

/// `init [FILE]`: the built-in curriculum written out to edit.
int cmd_init(Context& ctx, const std::string& file);

struct HistoryOptions {
  std::string from, to, id, by;
};
int cmd_history(Context& ctx, const HistoryOptions& opts);

struct RenderOptions {
  std::string what = "graph";  ///< graph | path | timeline | heatmap | burnup
  std::string to;              ///< path --to ID
  std::string output;          ///< -o FILE ("", "-" or another name of stdout: stdout; see document.h)
  std::string format = "svg";  ///< svg | dot
  std::string from, until;     ///< timeline, heatmap, burnup: the window's ends (SPEC 5)
  bool all = false;            ///< the whole plan (the heatmap: the whole journal)
};
int cmd_render(Context& ctx, const RenderOptions& opts);
/// The window a picture draws (SPEC 5): --all, --from and --until over its
/// default; the report uses the defaults.
std::optional<DateWindow> picture_window(Context& ctx, WindowedPicture picture, const std::string& from = "",
                                         const std::string& until = "", bool all = false);

// --- export (cmd_export.cpp) ---
struct ExportOptions {
  std::string format;  ///< ics | timedot | csv
  std::string output;  ///< -o FILE ("", "-" or another name of stdout: stdout; see document.h)
  int days = 0;        ///< ics: only the next N days (0 = the whole plan)
};
int cmd_export(Context& ctx, const ExportOptions& opts);

// --- report (cmd_report.cpp) ---
struct ReportOptions {
  std::string dir = "tenk-report";  ///< -o DIR: where index.html goes
  bool no_notes = false;            ///< --no-notes
};
int cmd_report(Context& ctx, const ReportOptions& opts);

// --- post (cmd_post.cpp) ---
struct PostOptions {
  bool week = false;        ///< --week: Monday to Sunday of the date's week
  std::string date;         ///< --date D (default: today)
  bool short_form = false;  ///< --short: one paragraph for X
};
int cmd_post(Context& ctx, const PostOptions& opts);

// --- completion (cmd_completion.cpp, completion_scripts.h) ---
struct CompletionOptions {
  std::string shell;     ///< bash | zsh | fish
  bool ids = false;      ///< hidden --ids: every id of the curriculum, one a line
  bool choices = false;  ///< hidden --choices: the choice ids, one a line
};
int cmd_completion(Context& ctx, const CompletionOptions& opts, const CommandLine& cli);

}  // namespace tenk
