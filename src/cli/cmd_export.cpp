// `tenk export ics|timedot|csv [-o FILE] [--days N]`: the plan for a
// calendar, the journal for hledger or a spreadsheet (SPEC 6). The formats
// are in src/export; this picks one and writes it.

#include <algorithm>
#include <ctime>
#include <nlohmann/json.hpp>
#include <ostream>

#include "cli/commands.h"
#include "cli/commands_list.h"
#include "cli/document.h"
#include "cli/text.h"
#include "core/error.h"
#include "core/suggest.h"
#include "export/csv.h"
#include "export/ics.h"
#include "export/ledger_rows.h"
#include "export/timedot.h"
#include "json/output.h"

namespace tenk {
namespace {

struct Exported {
  std::string text;
  std::size_t count = 0;  ///< events (ics) or entries (timedot, csv)
  const char* what = "";  ///< "events" or "entries"
  const char* one = "";   ///< "event" or "entry"
};

Exported export_ics(Context& ctx, int days) {
  // The days `plan` lists: to the end; with --days N, as `plan --days N`,
  // N calendar days from the plan's start (today), the practice-only days
  // after the end included (the current plan lists only some of those).
  const Plan& planned = ctx.current_plan();
  IcsOptions opts;
  opts.until = planned.end + 1;
  Plan extended;
  if (days > 0) {
    opts.until = planned.start + std::min(days, Date::max() - planned.start + 1);
    extended = ctx.plan_until(false, *opts.until);
  }
  opts.stamp = ics_stamp(static_cast<std::int64_t>(std::time(nullptr)));
  IcsFile file = ics_file(ctx.curriculum(), days > 0 ? extended : planned, opts);
  return {std::move(file.text), file.events, "events", "event"};
}

Exported export_journal(Context& ctx, const std::string& format) {
  // Entries dated after today are ignored, as by every command, so the
  // totals are the ones `status` shows.
  auto rows = ledger_rows(ctx.curriculum(), ctx.journal(), ctx.today());
  std::string text = format == "csv" ? csv_text(rows) : timedot_text(ctx.curriculum().id, rows);
  return {std::move(text), rows.size(), "entries", "entry"};
}

}  // namespace

int cmd_export(Context& ctx, const ExportOptions& opts) {
  const auto& formats = export_formats();
  if (std::find(formats.begin(), formats.end(), opts.format) == formats.end())
    throw UsageError("unknown export format '" + opts.format + "'" + did_you_mean(opts.format, formats) +
                     "; formats: " + comma_list(formats));
  if (opts.days != 0 && opts.format != "ics")
    throw InputError("--days goes with 'export ics' (the plan); " + opts.format + " exports the whole journal");

  Exported e = opts.format == "ics" ? export_ics(ctx, opts.days) : export_journal(ctx, opts.format);
  const bool to_stdout = document_to_stdout(opts.output);
  if (!to_stdout) write_document(ctx.out, opts.output, e.text);
  if (ctx.json()) {
    nlohmann::json j = {{"format", opts.format},
                        {"output", to_stdout ? nlohmann::json(nullptr) : nlohmann::json(opts.output)},
                        {"bytes", e.text.size()}, {e.what, e.count}};
    if (to_stdout) j["content"] = e.text;
    ctx.out << json_text(j) << '\n';
  } else if (to_stdout) {
    write_document(ctx.out, opts.output, e.text);
  } else {
    ctx.out << "Wrote " << printable(opts.output) << " (" << opts.format << ", " << e.count << " "
            << (e.count == 1 ? e.one : e.what) << ")\n";
  }
  return 0;
}

}  // namespace tenk
