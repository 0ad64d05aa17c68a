// `tenk render [graph|path|timeline|heatmap|burnup] [--to ID] [-o FILE] [--format svg|dot]`.

#include <algorithm>
#include <nlohmann/json.hpp>
#include <ostream>

#include "cli/commands.h"
#include "cli/commands_list.h"
#include "cli/document.h"
#include "cli/names.h"
#include "cli/text.h"
#include "core/error.h"
#include "core/streaks.h"
#include "core/quote.h"
#include "core/suggest.h"
#include "core/window.h"
#include "json/output.h"
#include "render/burnup.h"
#include "render/graph.h"
#include "render/heatmap.h"
#include "render/timeline.h"

namespace tenk {
namespace {

// The resource whose path `render path --to NAME` draws: a resource in the
// plan, or a choice's pick.
int resource_for_path(Context& ctx, const Lookup& found) {
  const NodeRef ref = found.ref;
  if (ref.is_choice()) return ctx.progress().picks[static_cast<std::size_t>(ref.index)];
  if (!ctx.graph().in_plan(ref.index))
    throw InputError(in_quotes(found.id) + " is not in the plan: it is an option of a choice that picks another " +
                     "(tenk swap to pick it)");
  return ref.index;
}

RenderedGraph draw_graph(Context& ctx, const RenderOptions& opts, GraphFormat format) {
  GraphPicture picture;
  picture.graph = &ctx.graph();
  picture.progress = &ctx.progress();
  picture.states = ctx.standing().resource_states();
  picture.plan = &ctx.current_plan();
  if (opts.what == "path") {
    if (opts.to.empty()) throw InputError("render path needs --to ID (the resource to draw the path to)");
    const Lookup found = resolve_name(ctx, opts.to, "resource");
    if (found.ref.is_practice()) picture.path_to_practice = found.ref.index;
    else picture.path_to = resource_for_path(ctx, found);
  }
  return render_graph(picture, format);
}

}  // namespace

std::optional<DateWindow> picture_window(Context& ctx, WindowedPicture picture, const std::string& from,
                                         const std::string& until, bool all) {
  if (all && (!from.empty() || !until.empty())) throw UsageError("--all draws everything: it takes no --from or --until");
  return choose_window(picture, ctx.summary().day1, ctx.today(), ctx.current_plan().end,
                       date_option(ctx, from, "--from"), date_option(ctx, until, "--until"), all);
}

int cmd_render(Context& ctx, const RenderOptions& opts) {
  const auto& pictures = render_pictures();
  if (std::find(pictures.begin(), pictures.end(), opts.what) == pictures.end())
    throw UsageError("unknown picture " + in_quotes(opts.what) + did_you_mean(opts.what, pictures) +
                     "; pictures: " + comma_list(pictures));
  if (opts.format != "svg" && opts.format != "dot")
    throw InputError("--format must be svg or dot, got " + in_quotes(opts.format));
  bool is_graph = opts.what == "graph" || opts.what == "path";
  if (opts.format == "dot" && !is_graph)
    throw InputError("--format dot is for graph and path; " + opts.what + " is drawn as SVG only");
  if (!opts.to.empty() && opts.what != "path") throw InputError("--to goes with 'render path'");
  if (is_graph && (!opts.from.empty() || !opts.until.empty() || opts.all))
    throw InputError("--from, --until and --all go with timeline, heatmap and burnup; " + opts.what +
                     " draws the whole path");

  RenderedGraph rendered;
  if (is_graph) {
    rendered = draw_graph(ctx, opts, opts.format == "dot" ? GraphFormat::Dot : GraphFormat::Svg);
  } else if (opts.what == "timeline") {
    rendered.text = render_timeline(ctx.curriculum(), ctx.current_plan(), ctx.progress(), ctx.journal(), ctx.today(),
                                    picture_window(ctx, WindowedPicture::Timeline, opts.from, opts.until, opts.all))
                        .svg;
  } else if (opts.what == "burnup") {
    rendered.text = render_burnup(ctx.curriculum(), ctx.baseline_plan(), ctx.current_plan(),
                                  minutes_by_date(ctx.journal(), ctx.today()), ctx.summary(), ctx.today(),
                                  picture_window(ctx, WindowedPicture::Burnup, opts.from, opts.until, opts.all))
                        .svg;
  } else {
    const Schedule& schedule = ctx.curriculum().schedule;
    rendered.text = render_heatmap(minutes_by_date(ctx.journal(), ctx.today()),
                                   picture_window(ctx, WindowedPicture::Heatmap, opts.from, opts.until, opts.all),
                                   ctx.today(), ctx.curriculum().title, [&schedule](Date d) { return schedule.capacity(d); },
                                   heatmap_details(ctx.curriculum(), ctx.journal(), ctx.today(), true))
                        .svg;
  }
  if (!rendered.note.empty()) ctx.err << "tenk: note: " << rendered.note << '\n';

  const bool to_stdout = document_to_stdout(opts.output);
  if (!to_stdout) write_document(ctx.out, opts.output, rendered.text);
  if (ctx.json()) {
    nlohmann::json j = {{"picture", opts.what}, {"format", opts.format},
                        {"output", to_stdout ? nlohmann::json(nullptr) : nlohmann::json(opts.output)},
                        {"bytes", rendered.text.size()}, {"note", rendered.note}};
    if (to_stdout) j["content"] = rendered.text;
    ctx.out << json_text(j) << '\n';
  } else if (to_stdout) {
    write_document(ctx.out, opts.output, rendered.text);
  } else {
    ctx.out << "Wrote " << printable(opts.output) << " (" << opts.what << ", " << rendered.text.size() / 1024 + 1 << " KB)\n";
  }
  return 0;
}

}  // namespace tenk
