// `tenk check`: validate the curriculum and the journal, report every problem.

#include <nlohmann/json.hpp>
#include <ostream>

#include "cli/commands.h"
#include "cli/text.h"
#include "core/error.h"
#include "core/plan_graph.h"
#include "json/output.h"

namespace tenk {

int cmd_check(Context& ctx) {
  const auto& result = ctx.load_result();
  std::vector<Diagnostic> all = result.diagnostics.items();
  const bool valid = !result.diagnostics.has_errors();
  bool ok = valid;
  // The journal is only read when the curriculum is valid: its ids mean
  // nothing otherwise. Its problems are warnings (SPEC 2: skipped, not fatal).
  if (valid) {
    const auto& journal = ctx.journal_result().diagnostics.items();
    all.insert(all.end(), journal.begin(), journal.end());
    // A curriculum every other command would refuse is not "ok": plan the
    // baseline (first options, from its start) as they do, so a plan past
    // 9999-12-31 is reported here too.
    try {
      ctx.baseline_plan();
    } catch (const InputError& e) {
      all.push_back({result.diagnostics.file(), {}, Severity::Error, e.what()});
      ok = false;
    }
  }
  ctx.print_warnings(true);  // they are in `all`, printed below

  if (ctx.json()) {
    nlohmann::json diags = nlohmann::json::array();
    for (const auto& d : all) diags.push_back(diagnostic_json(d));
    nlohmann::json j = {{"ok", ok}, {"diagnostics", diags}};
    if (ok) {
      const auto& c = result.curriculum;
      const PlanGraph& g = ctx.baseline_graph();
      j["curriculum"] = c.id;
      j["resources"] = c.resources.size();
      j["choices"] = c.choices.size();
      j["practice"] = c.practice.size();
      j["planned_resources"] = g.resources().size();
      j["planned_hours"] = to_hours(g.estimate_minutes());
      j["journal"] = ctx.journal_path();
      j["journal_entries"] = ctx.journal().size();
    }
    ctx.out << json_text(j) << '\n';
    return ok ? 0 : 1;
  }

  const auto& s = ctx.style();
  for (const auto& d : all) ctx.err << printable(format_diagnostic(d)) << '\n';
  if (valid && ctx.journal_result().warnings_not_kept > 0)
    ctx.err << printable(ctx.journal_path()) << ": " << ctx.journal_result().warnings_not_kept
            << " more warnings not listed (only the first " << kMaxDiagnostics << " are kept)\n";
  if (!ok) {
    std::size_t errors = 0;
    for (const auto& d : all) errors += d.severity == Severity::Error;
    ctx.err << errors << " error(s) in " << printable(result.diagnostics.file()) << '\n';
    return 1;
  }
  const auto& c = result.curriculum;
  const PlanGraph& g = ctx.baseline_graph();
  ctx.out << s.green << "ok" << s.reset << "  " << s.bold << printable(c.title) << s.reset << " (" << c.id << "): "
          << count(c.resources.size(), "resource") << ", " << count(c.choices.size(), "choice") << ", "
          << count(c.practice.size(), "practice item") << "; " << g.resources().size() << " in the plan, "
          << format_hours(g.estimate_minutes()) << '\n'
          << "    journal " << printable(ctx.journal_path()) << " ("
          << (ctx.journal().empty() ? std::string("not started") : count(ctx.journal().size(), "entry", "entries"))
          << ")\n";
  return 0;
}

}  // namespace tenk
