#pragma once
// `tenk report`: the learner's progress as one self-contained HTML page
// (SPEC 5): inline CSS and SVG, no script, nothing fetched from anywhere.

#include <optional>
#include <string>

#include "core/curriculum.h"
#include "core/journal.h"
#include "core/planner.h"
#include "core/progress.h"
#include "core/summary.h"
#include "render/picture.h"

namespace tenk {

/// What the page is made of. The pictures are drawn by the caller (they
/// are the same SVGs `render` writes) and embedded as they are.
struct ReportInput {
  const Curriculum* curriculum = nullptr;
  const Journal* journal = nullptr;
  const Plan* plan = nullptr;  ///< the current plan (today's blocks)
  const Summary* summary = nullptr;
  Date today;
  bool notes = true;  ///< false: `--no-notes`, no note text anywhere on the page
  Picture heatmap, burnup, timeline;
  std::string path_svg;        ///< the path to the milestone; "" when there is none
  std::optional<int> milestone;  ///< resource index of the next milestone (see next_milestone)
};

/// The milestone the report draws the path to: the one `today` and
/// `status` name (core/milestones.h); in a curriculum that marks none, the
/// first resource of kind `project` in the current plan's order, else the
/// plan's last resource; nullopt when nothing is left to plan.
std::optional<int> next_milestone(const Curriculum& c, const Plan& plan);

/// The page: header, status, today, heatmap, burn-up, timeline, path to the
/// next milestone, and the learning log ("Day N — date", newest first, Day N
/// as core/effort.h counts it). Every curriculum and journal text is
/// HTML-escaped; links are http(s) only.
std::string render_report(const ReportInput& in);

/// An SVG document made fit to sit inside HTML: without its XML declaration,
/// DOCTYPE and comments.
std::string inline_svg(const std::string& svg);

}  // namespace tenk
