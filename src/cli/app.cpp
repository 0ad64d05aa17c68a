// The command line. CLI11 is expensive to compile, so this is the
// only file that includes it.

#include "cli/app.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstring>
#include <limits>
#include <nlohmann/json.hpp>
#include <ostream>
#include <stdexcept>

#include "cli/commands.h"
#include "cli/commands_list.h"
#include "cli/text.h"
#include "core/error.h"
#include "core/diagnostic.h"
#include "core/quote.h"
#include "core/suggest.h"
#include "json/output.h"

namespace tenk {
namespace {

// What each parsed subcommand will run, filled in by the option callbacks.
struct Parsed {
  GlobalOptions global;
  PlanOptions plan;
  LogOptions log;
  std::string done_id, done_date;
  std::string swap_choice, swap_option, swap_date, swap_note;
  bool undo_yes = false;
  std::string show_id;
  std::string init_file;
  HistoryOptions history;
  RenderOptions render;
  ExportOptions export_;
  ReportOptions report;
  PostOptions post;
  CompletionOptions completion;
};

// --days: a whole number from 0 to INT_MAX, said plainly when it is not
// (CLI11's own range check prints the largest double, 309 digits).
CLI::Validator days_validator() {
  return CLI::Validator(
      [](std::string& text) -> std::string {
        const std::string why = "must be a whole number of days, 0 or more, got " + in_quotes(text);
        if (text.empty() || text.size() > 10 || text.find_first_not_of("0123456789") != std::string::npos) return why;
        if (std::stoll(text) > std::numeric_limits<int>::max())
          return "must be at most " + std::to_string(std::numeric_limits<int>::max()) + " days";
        return "";
      },
      "N");
}

void add_global_options(CLI::App& app, GlobalOptions& g) {
  app.add_option("-c,--curriculum", g.curriculum,
                 "Curriculum YAML file (default: $TENK_CURRICULUM, else $XDG_CONFIG_HOME/tenk/curriculum.yaml if it exists, else the built-in cracked-ml)");
  app.add_option("--log", g.log, "Journal file (default: $TENK_LOG, else $XDG_DATA_HOME/tenk/ID.log.yaml)");
  app.add_option("--today", g.today, "Pretend today is DATE: YYYY-MM-DD, yesterday or -N (default: $TENK_TODAY, else the system date)");
  app.add_flag("--json", g.json, "Print one JSON document on stdout");
  app.add_flag("--no-color", g.no_color, "No colours (also off when NO_COLOR is set or stdout is not a terminal)");
}

// Every command is one of command_names(), so that "did you mean", the
// messages and the tests that walk the list know it (a command missing
// from the list fails every run, so no test misses it).
CLI::App* add_command(CLI::App& app, const std::string& name, const std::string& help) {
  const auto& names = command_names();
  if (std::find(names.begin(), names.end(), name) == names.end())
    throw std::logic_error("command '" + name + "' is missing from command_names() (cli/commands_list.cpp)");
  auto* sub = app.add_subcommand(name, help);
  sub->fallthrough();  // global options may also follow the command
  return sub;
}

void build(CLI::App& app, Parsed& p) {
  add_global_options(app, p.global);
  app.require_subcommand(0, 1);
  app.set_version_flag("--version", std::string("tenk ") + TENK_VERSION);  // project(VERSION) in CMakeLists.txt

  add_command(app, "check", "Validate the curriculum and the journal");
  add_command(app, "today", "What to study today (the default command)");

  auto* plan = add_command(app, "plan", "The plan, day by day");
  plan->add_option("--days", p.plan.days, "Show only the next N days (0, the default: every day to the end)")->check(days_validator());
  plan->add_flag("--baseline", p.plan.baseline, "Show the baseline instead of the current plan");

  auto* log = add_command(app, "log", "Log study hours on a resource");
  log->add_option("id", p.log.id, "Resource id")->required();
  log->add_option("hours", p.log.hours, "Hours: 1.5, 90m, 1h30 or 1:30 (may be left out with --left or --done)");
  log->add_option("--date", p.log.date, "Date of the study (default: today)");
  log->add_option("--note", p.log.note, "A note to keep with the entry");
  log->add_option("--left", p.log.left, "Re-estimate: hours still left on it after this");
  log->add_flag("--done", p.log.done, "Mark the resource finished");
  log->add_flag("--private", p.log.is_private, "Keep the note out of what is published (report, post)");

  auto* done = add_command(app, "done", "Mark a resource finished");
  done->add_option("id", p.done_id, "Resource id")->required();
  done->add_option("--date", p.done_date, "Date (default: today)");

  auto* swap = add_command(app, "swap", "List choices, show a choice's options, or pick one");
  swap->add_option("choice", p.swap_choice, "Choice id (alone: show its options and what each does to the end)");
  swap->add_option("option", p.swap_option, "Option to pick");
  swap->add_option("--date", p.swap_date, "Date of the pick, to record an earlier one (default: today)");
  swap->add_option("--note", p.swap_note, "A note to keep with the pick");

  add_command(app, "status", "Hours logged against the plan, streaks, the goal");

  auto* show = add_command(app, "show", "One resource, choice or practice item: where it stands, what it needs and opens");
  show->add_option("id", p.show_id, "Id (or title) of a resource, choice or practice item")->required();

  auto* undo = add_command(app, "undo", "Remove the journal's last entry (prints it, to add back)");
  undo->add_flag("-y,--yes", p.undo_yes, "Remove an entry dated before today without asking");
  auto* init = add_command(app, "init", "Write the built-in curriculum to a file to edit (never overwrites)");
  init->add_option("file", p.init_file, "Where (default: $XDG_CONFIG_HOME/tenk/curriculum.yaml, then used by default; -: stdout)");

  auto* history = add_command(app, "history", "The journal read back: by day with notes, or hours per week or month");
  history->add_option("--from", p.history.from, "First date (YYYY-MM-DD, today, yesterday, -N; default: the first entry)");
  history->add_option("--to", p.history.to, "Last date (default: today)");
  history->add_option("--id", p.history.id, "Only the entries of this id");
  history->add_option("--by", p.history.by, "day (default), week or month");

  auto* render = add_command(app, "render", "Draw the path as SVG: " + or_list(render_pictures()));
  render->add_option("what", p.render.what, "graph (default), path, timeline, heatmap or burnup");
  render->add_option("--to", p.render.to, "With path: the resource to draw the path to");
  render->add_option("-o,--output", p.render.output, "Write to FILE (default: stdout)");
  render->add_option("--format", p.render.format, "svg (default) or dot");
  render->add_option("--from", p.render.from, "timeline, heatmap, burnup: the first date drawn (default: from Day 1, see tenk(1))");
  render->add_option("--until", p.render.until, "timeline, heatmap, burnup: the last date drawn");
  render->add_flag("--all", p.render.all, "timeline, burnup: the whole plan; heatmap: the whole journal");

  auto* export_ = add_command(app, "export", "The plan as iCalendar, the journal as hledger timedot or CSV");
  export_->add_option("format", p.export_.format, "ics (the plan), timedot or csv (the journal)")->required();
  export_->add_option("-o,--output", p.export_.output, "Write to FILE (default: stdout)");
  export_->add_option("--days", p.export_.days, "ics: only the next N days")->check(CLI::NonNegativeNumber);

  auto* report = add_command(app, "report", "A static HTML page of your progress, to keep or publish");
  report->add_option("-o,--output", p.report.dir, "Write DIR/index.html (default: ./tenk-report; -: the page to stdout)")->type_name("DIR");
  report->add_flag("--no-notes", p.report.no_notes, "Leave the journal's notes out of the page");

  auto* post = add_command(app, "post", "The day's study (or the week's) as Markdown to publish: Day N of ...");
  post->add_flag("--week", p.post.week, "The week (Monday to Sunday) of the date instead of the day");
  post->add_option("--date", p.post.date, "The day (default: today; YYYY-MM-DD, yesterday or -N)");
  post->add_flag("--short", p.post.short_form, "One paragraph of at most 280 characters, for X");

  auto* completion = add_command(app, "completion", "A shell completion script: " + or_list(completion_shells()));
  completion->add_option("shell", p.completion.shell, or_list(completion_shells()));
  // What the scripts call to complete ids; not for people, so not in --help.
  completion->add_flag("--ids", p.completion.ids)->group("");
  completion->add_flag("--choices", p.completion.choices)->group("");
}

// --- completion: the command line as data (cli/command_line.h) ---------

// What the value of `arg` in `command` completes with: named after what
// it holds, so a command added later with an `id` argument gets ids.
void set_value_kind(const std::string& command, CliArg& arg) {
  auto named = [&](std::initializer_list<const char*> names) {
    for (const char* n : names)
      if (std::find(arg.names.begin(), arg.names.end(), n) != arg.names.end()) return true;
    return false;
  };
  auto words = [&](std::vector<std::string> w) {
    arg.value = ValueKind::Words;
    arg.words = std::move(w);
  };
  if (named({"--curriculum", "--log", "--output", "file"})) arg.value = ValueKind::File;
  else if (named({"--id", "id", "option"}) || (command == "render" && named({"--to"}))) arg.value = ValueKind::Id;
  else if (named({"choice"})) arg.value = ValueKind::Choice;
  else if (named({"--format"})) words({"svg", "dot"});
  else if (named({"--by"})) words({"day", "week", "month"});
  else if (arg.positional && command == "render") words(render_pictures());
  else if (arg.positional && command == "export") words(export_formats());
  else if (arg.positional && command == "completion") words(completion_shells());
}

std::vector<CliArg> args_of(const std::string& command, const CLI::App& app) {
  std::vector<CliArg> args;
  for (const CLI::Option* opt : app.get_options()) {
    if (opt->get_group().empty()) continue;  // hidden
    CliArg a;
    a.positional = opt->get_positional();
    if (a.positional) {
      a.names = {opt->get_name()};
    } else {
      for (const auto& n : opt->get_snames()) a.names.push_back("-" + n);
      for (const auto& n : opt->get_lnames()) a.names.push_back("--" + n);
    }
    a.takes_value = a.positional || opt->get_expected_max() > 0;  // flags expect 0 values
    a.help = opt->get_description();
    if (a.takes_value) set_value_kind(command, a);
    args.push_back(std::move(a));
  }
  // Options first, positionals in their order.
  std::stable_partition(args.begin(), args.end(), [](const CliArg& a) { return !a.positional; });
  return args;
}

CommandLine describe(const CLI::App& app) {
  CommandLine cli;
  cli.global = args_of("", app);
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
    cli.commands.push_back({sub->get_name(), sub->get_description(), args_of(sub->get_name(), *sub)});
  return cli;
}

int dispatch(const std::string& name, Context& ctx, const Parsed& p, const CLI::App& app) {
  if (name == "check") return cmd_check(ctx);
  if (name == "plan") return cmd_plan(ctx, p.plan);
  if (name == "log") return cmd_log(ctx, p.log);
  if (name == "done") return cmd_done(ctx, p.done_id, p.done_date);
  if (name == "swap") return cmd_swap(ctx, {p.swap_choice, p.swap_option, p.swap_date, p.swap_note});
  if (name == "status") return cmd_status(ctx);
  if (name == "show") return cmd_show(ctx, p.show_id);
  if (name == "history") return cmd_history(ctx, p.history);
  if (name == "undo") return cmd_undo(ctx, p.undo_yes);
  if (name == "init") return cmd_init(ctx, p.init_file);
  if (name == "render") return cmd_render(ctx, p.render);
  if (name == "export") return cmd_export(ctx, p.export_);
  if (name == "report") return cmd_report(ctx, p.report);
  if (name == "post") return cmd_post(ctx, p.post);
  if (name == "completion") return cmd_completion(ctx, p.completion, describe(app));
  return cmd_today(ctx);
}

// A message from a ParseError, improved where CLI11's is unhelpful: a
// mistyped command comes back as "arguments were not expected".
std::string usage_message(const CLI::ParseError& e, const CLI::App& app) {
  if (dynamic_cast<const CLI::ExtrasError*>(&e) && app.get_subcommands().empty()) {
    auto extras = app.remaining();
    if (!extras.empty() && !extras.front().starts_with("-")) {
      return "unknown command " + in_quotes(extras.front()) + did_you_mean(extras.front(), command_names()) +
             "; commands: " + comma_list(command_names());
    }
  }
  return e.what();
}

void print_error(std::ostream& err, const std::string& message) {
  // Diagnostics already carry "FILE:LINE:COL: error:"; plain messages get a
  // prefix. Messages quote what the user gave: printable() keeps a hostile
  // value from driving the terminal; the newlines between diagnostics stay.
  std::string safe;
  for (std::size_t from = 0; from <= message.size();) {
    auto nl = message.find('\n', from);
    if (nl == std::string::npos) nl = message.size();
    if (!safe.empty()) safe += '\n';
    // Values echoed by CLI11 are not shortened at the source like ours.
    safe += printable(shorten(std::string_view(message).substr(from, nl - from), kMaxMessageChars));
    from = nl + 1;
  }
  if (safe.find(": error: ") != std::string::npos || safe.starts_with("tenk: "))
    err << safe << '\n';
  else
    err << "tenk: error: " << safe << '\n';
}

void print_json_error(std::ostream& out, const std::string& message, int code) {
  nlohmann::json j = {{"ok", false}, {"error", message}, {"exit_code", code}};
  out << json_text(j) << '\n';
}

}  // namespace

int run_app(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
  CLI::App app{"tenk plans the 10,000 hours: what to study today, the path, and whether you are on track.", "tenk"};
  Parsed p;
  build(app, p);
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success&) {
    // --help or --version: CLI11 reports them as exceptions.
    try {
      throw;
    } catch (const CLI::CallForVersion& v) {
      out << v.what() << '\n';
    } catch (const CLI::ParseError&) {
      out << app.help();
    }
    return 0;
  } catch (const CLI::ParseError& e) {
    // Bad values (a --days that is not a number) are invalid input, exit 1;
    // unknown commands and options are usage errors, exit 2.
    bool bad_value = dynamic_cast<const CLI::ConversionError*>(&e) || dynamic_cast<const CLI::ValidationError*>(&e);
    int code = bad_value ? 1 : 2;
    std::string message = usage_message(e, app);
    print_error(err, message + (code == 2 ? " (see 'tenk --help')" : ""));
    if (p.global.json) print_json_error(out, message, code);
    return code;
  }

  std::string name = app.get_subcommands().empty() ? "today" : app.get_subcommands().front()->get_name();
  Context ctx(p.global, out, err);
  try {
    int code = dispatch(name, ctx, p, app);
    ctx.print_warnings();
    return code;
  } catch (const Error& e) {
    ctx.print_warnings();
    print_error(err, e.what());
    if (p.global.json) print_json_error(out, e.what(), e.exit_code());
    return e.exit_code();
  } catch (const std::exception& e) {
    // A bug or an exhausted resource; still a message and an exit code, never a crash.
    ctx.print_warnings();
    print_error(err, std::string("internal error: ") + e.what());
    if (p.global.json) print_json_error(out, e.what(), 1);
    return 1;
  }
}

int finish_stdout(int code, FdStreamBuf& out, std::ostream& err) {
  out.pubsync();
  if (out.error() == 0) return code;
  err << "tenk: error: cannot write to standard output: " << std::strerror(out.error()) << '\n';
  return code == 0 ? 1 : code;
}

}  // namespace tenk
