// `tenk report [-o DIR] [--no-notes]`: DIR/index.html, the learner's
// progress as one self-contained page (SPEC 5).

#include <nlohmann/json.hpp>
#include <ostream>

#include "cli/commands.h"
#include "cli/document.h"
#include "cli/text.h"
#include "core/error.h"
#include "core/quote.h"
#include "core/streaks.h"
#include "files/output.h"
#include "json/output.h"
#include "render/burnup.h"
#include "render/graph.h"
#include "render/heatmap.h"
#include "render/report.h"
#include "render/timeline.h"

namespace tenk {
namespace {

// `-o -`, /dev/stdout, /dev/fd/N...: a descriptor is no folder. The page is
// self-contained, so it is written there whole (`tenk report -o - | ssh ...`).
int print_page(Context& ctx, const std::string& target, const std::string& html, bool notes) {
  const bool to_stdout = document_to_stdout(target);
  if (!to_stdout || !ctx.json()) write_document(ctx.out, target, html);
  if (ctx.json()) {
    nlohmann::json j = {{"output", to_stdout ? nlohmann::json(nullptr) : nlohmann::json(target)},
                        {"bytes", html.size()}, {"notes", notes}};
    if (to_stdout) j["content"] = html;
    ctx.out << json_text(j) << '\n';
  } else if (!to_stdout) {
    ctx.out << "Wrote " << printable(target) << " (" << html.size() / 1024 + 1 << " KB)\n";
  }
  return 0;
}

}  // namespace

int cmd_report(Context& ctx, const ReportOptions& opts) {
  const Curriculum& c = ctx.curriculum();
  const Date today = ctx.today();
  const auto by_date = minutes_by_date(ctx.journal(), today);

  ReportInput in;
  in.curriculum = &c;
  in.journal = &ctx.journal();
  in.plan = &ctx.current_plan();
  in.summary = &ctx.summary();
  in.today = today;
  in.notes = !opts.no_notes;
  in.heatmap = render_heatmap(by_date, picture_window(ctx, WindowedPicture::Heatmap), today, c.title,
                                  [&c](Date d) { return c.schedule.capacity(d); },
                                  heatmap_details(c, ctx.journal(), today, in.notes));
  in.burnup = render_burnup(c, ctx.baseline_plan(), ctx.current_plan(), by_date, ctx.summary(), today,
                                picture_window(ctx, WindowedPicture::Burnup));
  in.timeline = render_timeline(c, ctx.current_plan(), ctx.progress(), ctx.journal(), today,
                                picture_window(ctx, WindowedPicture::Timeline));
  in.milestone = next_milestone(c, ctx.current_plan());
  if (in.milestone) {
    GraphPicture picture;
    picture.graph = &ctx.graph();
    picture.progress = &ctx.progress();
    picture.states = ctx.standing().resource_states();
    picture.plan = &ctx.current_plan();
    picture.path_to = *in.milestone;
    picture.framed = false;  // the page has the title and the card its heading
    in.path_svg = render_graph(picture, GraphFormat::Svg).text;
  }
  const std::string html = render_report(in);

  std::string dir = opts.dir.empty() ? std::string("tenk-report") : opts.dir;
  if (output_descriptor(dir) >= 0) return print_page(ctx, dir, html, in.notes);
  while (dir.size() > 1 && dir.back() == '/') dir.pop_back();
  make_folder(dir);
  const std::string path = dir + "/index.html";
  write_document(ctx.out, path, html);

  if (ctx.json()) {
    nlohmann::json j = {{"output", path}, {"bytes", html.size()}, {"notes", in.notes}};
    ctx.out << json_text(j) << '\n';
  } else {
    ctx.out << "Wrote " << printable(path) << " (" << html.size() / 1024 + 1 << " KB)\n";
  }
  return 0;
}

}  // namespace tenk
