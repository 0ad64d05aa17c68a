#include "render/report.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <vector>

#include "core/duration.h"
#include "core/effort.h"
#include "core/forecast.h"
#include "core/milestones.h"
#include "core/progress.h"
#include "core/words.h"
#include "render/palette.h"
#include "render/svg_writer.h"

namespace tenk {
namespace {

std::size_t idx(int i) { return static_cast<std::size_t>(i); }

std::string esc(std::string_view text) { return xml_escape(text); }

// One stylesheet, inline. System fonts only (nothing to fetch); one column
// that fits a phone, wider pictures scaled to the column; print without
// backgrounds and without breaking a picture across pages. On a phone the
// pictures keep their own size and scroll sideways (scaled to 390 px they
// would be too small to read), each opening at today; the timeline does so
// everywhere. Its colours are palette.h's, named once in :root.
const char* kStyle = R"(
*{box-sizing:border-box}
body{margin:0;background:var(--ground);color:var(--ink);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif}
main{max-width:62rem;margin:0 auto;padding:1rem}
header h1{font-size:1.6rem;line-height:1.2;margin:.5rem 0 .25rem}
header p{margin:0;color:var(--muted)}
section{background:var(--paper);border:1px solid var(--rule);border-radius:8px;padding:1rem;margin:1rem 0}
h2{font-size:1.2rem;margin:0 0 .75rem}
h3{font-size:1rem;margin:0 0 .25rem}
.stats{display:grid;grid-template-columns:repeat(auto-fit,minmax(9rem,1fr));gap:.75rem;margin:0}
.stats div{border-left:4px solid var(--accent);padding:.1rem .6rem}
.stats dt{font-size:.8rem;color:var(--muted)}
.stats dd{margin:0;font-size:1.15rem;font-weight:600}
.lines{display:grid;grid-template-columns:max-content 1fr;gap:.35rem 1rem;margin:1rem 0 0}
.lines dt{font-size:.85rem;color:var(--muted);padding-top:.1rem}
.lines dd{margin:0}
@media (max-width:480px){.lines{grid-template-columns:1fr;gap:.1rem}.lines dd{margin-bottom:.5rem}}
.muted{color:var(--muted)}
.id{color:var(--muted);font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85em}
figure{margin:0;overflow-x:auto;position:relative}
figure svg{display:block;max-width:100%;height:auto}
figure.wide svg{max-width:none}
.at-today{position:absolute;top:0;width:1px;height:1px}
ul.blocks,ul.entries{list-style:none;padding:0;margin:0}
ul.blocks li,ul.entries li{padding:.35rem 0;border-top:1px solid var(--grid)}
ul.blocks li:first-child,ul.entries li:first-child{border-top:0}
.chip{display:inline-block;width:.8em;height:.8em;border-radius:2px;margin-right:.4em;vertical-align:-.05em}
.hours{font-variant-numeric:tabular-nums;font-weight:600}
.note{margin:.2rem 0 0;white-space:pre-wrap;overflow-wrap:anywhere}
article.day{padding:.75rem 0;border-top:1px solid var(--rule)}
article.day:first-of-type{border-top:0;padding-top:0}
.total{float:right;font-weight:600}
a{color:var(--link)}
footer{color:var(--muted);font-size:.85rem;text-align:center;margin:2rem 0}
@media (max-width:40rem){.at-today{scroll-initial-target:nearest;scroll-snap-align:none center}body{font-size:15px}main{padding:.5rem}section{padding:.75rem}
figure svg{max-width:none}figure{-webkit-overflow-scrolling:touch}}
@media print{body{background:var(--paper)}section{border:0;padding:0;break-inside:avoid}figure{overflow:visible}a{color:inherit}}
)";

// The stylesheet's colours, from palette.h: the page and its pictures are
// one palette.
std::string palette_variables() {
  using namespace colour;
  return std::string("\n:root{color-scheme:light;--paper:") + kPaper + ";--ground:" + kZebra + ";--ink:" + kInk +
         ";--muted:" + kMuted + ";--rule:" + kRule + ";--grid:" + kGrid + ";--accent:" + kAccent +
         ";--link:" + kLink + "}";
}

std::string link(const std::string& url, const std::string& escaped_text) {
  std::string safe = safe_url(url);
  if (safe.empty()) return escaped_text;
  return "<a href=\"" + safe + "\" rel=\"noopener\">" + escaped_text + "</a>";
}

std::string stat(const std::string& label, const std::string& value) {
  return "<div><dt>" + esc(label) + "</dt><dd>" + esc(value) + "</dd></div>";
}

// The status tiles: the CLI's figures in the CLI's words (core/words.h),
// so the page never says what `status` does not.
std::string status_section(const ReportInput& in) {
  const Summary& s = *in.summary;
  const Curriculum& c = *in.curriculum;
  // Short figures as tiles; the sentences as status prints them, a line each.
  std::string tiles, lines;
  auto line = [&](const std::string& label, const std::string& value) {
    lines += "<dt>" + esc(label) + "</dt><dd>" + esc(value) + "</dd>";
  };
  tiles += stat("logged", format_hours(s.logged));
  tiles += stat("streak", streak_text(s.streaks));
  tiles += stat("habit strength", percent_text(s.habit_strength));
  if (s.day) tiles += stat("today", "Day " + std::to_string(*s.day));
  line("effort", effort_text(s.effort, s.day1, in.today));
  line("end", end_text(s, in.today));
  // The forecast's figures with the CLI's words (SPEC 3.4: one end, one
  // goal date, and p50 / p85 at the learner's pace once there is history).
  if (s.forecast) line("end at your pace", p50_p85(s.forecast->p50, s.forecast->p85));
  if (auto m = next_planned_milestone(c, *in.plan))
    line("next milestone", c.resources[idx(m->resource)].title + ": the plan reaches it " + m->end.str() + " (" +
                               relative_days(in.today, m->end) + ")");
  line("goal " + format_hours(to_minutes(s.goal_hours)), goal_text(s));
  if (s.goal_forecast) line("goal at your pace", p50_p85(s.goal_forecast->p50, s.goal_forecast->p85));
  if (!s.forecast && !s.forecast_needs.empty()) line("your pace", "after " + s.forecast_needs + " tenk learns your pace");
  return "<section id=\"status\"><h2>Status</h2><dl class=\"stats\">" + tiles + "</dl><dl class=\"lines\">" + lines +
         "</dl></section>\n";
}

std::string today_section(const ReportInput& in, const Palette& palette) {
  const Curriculum& c = *in.curriculum;
  std::string out = "<section id=\"today\"><h2>Today, " + in.today.str() + "</h2>";
  // Listed days all have blocks: the first on or after today is today's, or the next study day.
  auto found = in.plan->days.lower_bound(in.today);
  std::optional<PlanDay> day;
  if (found != in.plan->days.end() && found->date == in.today) day = *found;
  const Minutes logged_today = logged_on(*in.journal, in.today);
  if (!day && logged_today > 0) {
    // Today's blocks were all logged: the plan from today starts later.
    out += "<p>Done for today: " + esc(format_hours(logged_today)) + " logged." +
           (found != in.plan->days.end() ? " The next study day is " + found->date.str() + "." : std::string()) +
           "</p>";
    return out + "</section>\n";
  }
  if (!day) {
    out += "<p class=\"muted\">Nothing planned today" +
           (found != in.plan->days.end() ? "; the next study day is " + found->date.str() + "." : std::string(".")) +
           "</p>";
    return out + "</section>\n";
  }
  out += "<ul class=\"blocks\">";
  for (const auto& b : day->blocks) {
    const bool practice = b.is_practice();
    const std::string& title = practice ? c.practice[idx(b.practice)].title : c.resources[idx(b.resource)].title;
    const std::string& id = practice ? c.practice[idx(b.practice)].id : c.resources[idx(b.resource)].id;
    const std::string& url = practice ? c.practice[idx(b.practice)].url : c.resources[idx(b.resource)].url;
    const auto& topics = practice ? c.practice[idx(b.practice)].topics : c.resources[idx(b.resource)].topics;
    out += "<li><span class=\"chip\" style=\"background:" + std::string(palette.of(topics)) + "\"></span>" +
           "<span class=\"hours\">" + esc(format_hm(b.minutes)) + "</span> " + link(url, esc(title)) + " <span class=\"id\">" +
           esc(id) + "</span>" + (practice ? " <span class=\"muted\">(practice)</span>" : "") + "</li>";
  }
  return out + "</ul></section>\n";
}

// A picture at its own size in a box that scrolls sideways when the page
// is narrower (a phone). A mark at today's place makes a phone open it
// there (the stylesheet's scroll-initial-target; a browser without it
// opens at the left). `wide`: never shrunk to the column either, for a
// picture whose text would be too small to read scaled to the page.
std::string figure_section(const char* id, const std::string& heading, const Picture& picture,
                           const std::string& caption = "", bool wide = false) {
  std::string mark;
  if (picture.today_x)
    mark = "<span class=\"at-today\" style=\"left:" + std::to_string(static_cast<long>(*picture.today_x)) +
           "px\"></span>";
  std::string out = std::string("<section id=\"") + id + "\"><h2>" + heading + "</h2><figure" +
                    (wide ? " class=\"wide\"" : "") + ">" + mark + inline_svg(picture.svg) + "</figure>";
  if (!caption.empty()) out += "<p class=\"muted\">" + caption + "</p>";
  return out + "</section>\n";
}

std::string title_of(const Curriculum& c, const std::string& id) {
  NodeRef ref = c.find(id);
  if (ref.is_resource()) return c.resources[idx(ref.index)].title;
  if (ref.is_practice()) return c.practice[idx(ref.index)].title;
  return "";
}

const std::vector<std::string>* topics_of(const Curriculum& c, const std::string& id) {
  NodeRef ref = c.find(id);
  if (ref.is_resource()) return &c.resources[idx(ref.index)].topics;
  if (ref.is_practice()) return &c.practice[idx(ref.index)].topics;
  return nullptr;
}

std::string log_section(const ReportInput& in, const Palette& palette) {
  const Curriculum& c = *in.curriculum;
  std::map<Date, std::vector<const JournalEntry*>> by_day;
  for (const auto& e : *in.journal)
    if (!e.is_pick() && e.date <= in.today) by_day[e.date].push_back(&e);
  std::string out = "<section id=\"log\"><h2>Learning log</h2>";
  if (by_day.empty()) return out + "<p class=\"muted\">Nothing logged yet.</p></section>\n";
  for (auto it = by_day.rbegin(); it != by_day.rend(); ++it) {
    Minutes total = 0;
    std::string items;
    for (const JournalEntry* e : it->second) {
      total += e->studied();
      std::string title = title_of(c, e->id);
      const auto* topics = topics_of(c, e->id);
      items += "<li><span class=\"chip\" style=\"background:" +
               std::string(topics ? palette.of(*topics) : colour::kOtherTopic) + "\"></span>";
      if (e->studied_minutes) items += "<span class=\"hours\">" + esc(format_hm(*e->studied_minutes)) + "</span> ";
      items += (title.empty() ? std::string() : esc(tooltip_text(title)) + " ") + "<span class=\"id\">" +
               esc(tooltip_text(e->id)) + "</span>";
      if (e->done) items += " <span class=\"muted\">\xE2\x9C\x93 done</span>";
      // A private note (log --private) is for its owner: never published.
      if (in.notes && !e->is_private && !e->note.empty()) items += "<p class=\"note\">" + esc(e->note) + "</p>";
      items += "</li>";
    }
    // Day N as the CLI counts it (SPEC 3.3, core/effort.h): Day 1 is the
    // first, whatever day the first entry is on.
    const auto day = day_number(in.summary->day1, it->first);
    out += "<article class=\"day\"><h3>" + (day ? "Day " + std::to_string(*day) + " \xE2\x80\x94 " : std::string()) +
           it->first.str() + "<span class=\"total\">" + esc(format_hours(total)) + "</span></h3><ul class=\"entries\">" +
           items + "</ul></article>";
  }
  return out + "</section>\n";
}

}  // namespace

std::optional<int> next_milestone(const Curriculum& c, const Plan& plan) {
  if (auto m = next_planned_milestone(c, plan)) return m->resource;
  for (const auto& span : plan.spans)
    if (c.resources[idx(span.resource)].kind == Kind::Project) return span.resource;
  if (!plan.spans.empty()) return plan.spans.back().resource;
  return std::nullopt;
}

std::string inline_svg(const std::string& svg) {
  std::string out;
  out.reserve(svg.size());
  std::size_t pos = 0;
  while (pos < svg.size()) {
    std::size_t lt = svg.find('<', pos);
    if (lt == std::string::npos) {
      out.append(svg, pos, std::string::npos);
      break;
    }
    out.append(svg, pos, lt - pos);
    // Declarations, DOCTYPE and comments: markup HTML has no use for.
    const char* close = svg.compare(lt, 4, "<!--") == 0 ? "-->"
                        : (svg.compare(lt, 2, "<?") == 0 ? "?>" : (svg.compare(lt, 2, "<!") == 0 ? ">" : nullptr));
    if (!close) {
      std::size_t gt = svg.find('>', lt);
      if (gt == std::string::npos) gt = svg.size() - 1;
      out.append(svg, lt, gt + 1 - lt);
      pos = gt + 1;
      continue;
    }
    std::size_t end = svg.find(close, lt + 2);
    pos = end == std::string::npos ? svg.size() : end + std::char_traits<char>::length(close);
  }
  return out;
}

std::string render_report(const ReportInput& in) {
  const Curriculum& c = *in.curriculum;
  const Palette palette(c);
  std::string h;
  h += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  // No fetch of any kind, even if someone adds one to the page later.
  h += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
       "img-src data:\">\n";
  h += "<title>" + esc(tooltip_text(c.title)) + " \xE2\x80\x94 progress</title>\n";
  h += "<style>" + palette_variables() + kStyle + "</style>\n</head>\n<body>\n<main>\n";
  h += "<header><h1>" + esc(tooltip_text(c.title)) + "</h1><p>Progress on " + in.today.str() +
       (in.summary->day ? " \xC2\xB7 Day " + std::to_string(*in.summary->day) : std::string()) + ", made with tenk</p></header>\n";
  h += status_section(in);
  h += today_section(in, palette);
  h += figure_section("heatmap", "Hours per day", in.heatmap);
  if (!in.burnup.svg.empty()) h += figure_section("burnup", "Hours over time", in.burnup);
  // The timeline's labels are 10-11 px: at its own width they stay legible.
  h += figure_section("timeline", "Timeline", in.timeline, "", true);
  if (in.milestone && !in.path_svg.empty()) {
    const Resource& m = c.resources[idx(*in.milestone)];
    h += figure_section("path", "The path to the next milestone: " + esc(tooltip_text(m.title)),
                        Picture{in.path_svg, std::nullopt}, "<span class=\"id\">" + esc(m.id) + "</span> and everything it requires.");
  } else {
    h += "<section id=\"path\"><h2>The path to the next milestone</h2><p class=\"muted\">Nothing left to plan.</p></section>\n";
  }
  h += log_section(in, palette);
  h += "<footer>Every hour logged with tenk; this page is one file, with nothing loaded from elsewhere.</footer>\n";
  h += "</main>\n</body>\n</html>\n";
  return h;
}

}  // namespace tenk
