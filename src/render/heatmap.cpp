#include "render/heatmap.h"

#include <algorithm>
#include <array>

#include "core/error.h"
#include "render/palette.h"
#include "render/svg_writer.h"

namespace tenk {
namespace {

/// The widest heatmap: ten years of weeks (SVG of about 2 MB).
constexpr int kMaxWeeks = 522;
/// The narrowest grid, in columns: room for the legend.
constexpr int kMinColumns = 26;
constexpr double kCell = 11, kStep = 14;  // GitHub's proportions: 11 px cells, 3 px gaps
constexpr double kLeft = 40, kGridTop = 64, kRight = 16;
constexpr const auto& kLevelColour = colour::kHeat;
constexpr std::array<const char*, 5> kLevelText = {"no hours", "under 1 h", "1 to 2 h", "2 to 4 h",
                                                   "4 h or more"};
/// The legend's visible names of the steps, short enough to sit under a cell.
constexpr std::array<const char*, 5> kLevelShort = {"0", "<1", "1\xE2\x80\x93" "2", "2\xE2\x80\x93" "4", "4+ h"};
constexpr std::array<const char*, 12> kMonth = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

/// Fixed steps in hours rather than quantiles, so that a colour means the
/// same amount of study in every year and for every learner.
std::size_t level(Minutes m) {
  if (m <= 0) return 0;
  if (m < 60) return 1;
  if (m < 120) return 2;
  if (m < 240) return 3;
  return 4;
}

std::string cell(double x, double y, const char* fill, const std::string& tooltip, const char* cls) {
  return std::string("<rect class=\"") + cls + "\" x=\"" + num(x) + "\" y=\"" + num(y) +
         "\" width=\"" + num(kCell) + "\" height=\"" + num(kCell) + "\" rx=\"2\" fill=\"" +
         fill + "\"><title>" + xml_escape(tooltip) + "</title></rect>\n";
}

std::string cell(double x, double y, std::size_t lvl, const std::string& tooltip, const char* cls) {
  return cell(x, y, kLevelColour[lvl], tooltip, cls);
}

// A day off: an outlined empty cell, apart from the grey of a missed day.
std::string day_off_cell(double x, double y, const std::string& tooltip, const char* cls = "day off") {
  return std::string("<rect class=\"") + cls + "\" x=\"" + num(x + 0.5) + "\" y=\"" + num(y + 0.5) + "\" width=\"" + num(kCell - 1) +
         "\" height=\"" + num(kCell - 1) + "\" rx=\"2\" fill=\"" + colour::kPaper + "\" stroke=\"" + colour::kRule +
         "\"><title>" + xml_escape(tooltip) + "</title></rect>\n";
}

/// What render_heatmap was given, in one place for the steps below.
struct HeatmapInput {
  const std::map<Date, Minutes>& by_date;
  const std::optional<DateWindow>& window;
  Date today;
  const std::string& title;
  const std::function<Minutes(Date)>& capacity;
  const std::map<Date, std::string>& details;
};

// ---- The figures: which days are drawn, and what they add up to. ----

/// The numbers the heatmap shows.
struct HeatmapFigures {
  /// The journal's first day with hours (today + 1 before there is one):
  /// the grid before it is the past before the learner started, drawn
  /// paler than a day without study.
  Date started;
  Date from, until;  ///< the days drawn: the window, never past today
  Minutes total = 0;  ///< logged from `from` to `until`
  int days_studied = 0;

  bool drawn(Date d) const { return !(d < from) && !(until < d); }
};

HeatmapFigures count_figures(const HeatmapInput& in) {
  HeatmapFigures f;
  f.started = in.today + 1;
  for (const auto& [date, m] : in.by_date)
    if (m > 0) {
      f.started = date;
      break;
    }
  // The window (SPEC 5); --all: the whole journal.
  f.from = in.window ? in.window->from : std::min(f.started, in.today);
  f.until = std::min(in.window ? in.window->until : in.today, in.today);
  for (auto it = in.by_date.lower_bound(f.from); it != in.by_date.end() && !(f.until < it->first); ++it) {
    f.total += it->second;
    if (it->second > 0) ++f.days_studied;
  }
  return f;
}

// ---- The layout: whole weeks as columns, Monday first. ----

/// Where the columns go, and the picture's size.
struct HeatmapLayout {
  Date first;       ///< the Monday of the first column
  int weeks = 1;    ///< columns with days in them
  int columns = 1;  ///< never narrower than half a year: the legend needs the room
  double width = 0, height = 0, legend_y = 0;

  double column_x(int week) const { return kLeft + week * kStep; }
};

/// InputError when the grid would be wider than kMaxWeeks.
HeatmapLayout lay_out(const HeatmapFigures& fig) {
  HeatmapLayout lay;
  lay.first = fig.from - fig.from.weekday();
  lay.weeks = fig.until < lay.first ? 1 : (fig.until - lay.first) / 7 + 1;
  if (lay.weeks > kMaxWeeks)
    throw InputError("the heatmap would be " + std::to_string(lay.weeks) + " weeks wide; it draws at most " +
                     std::to_string(kMaxWeeks) + " (10 years): choose the dates with --from and --until");
  lay.columns = std::max(lay.weeks, kMinColumns);
  lay.width = kLeft + lay.columns * kStep + kRight;
  lay.legend_y = kGridTop + 7 * kStep + 14;
  lay.height = lay.legend_y + kCell + 28;
  return lay;
}

// ---- The SVG. ----

/// The title, the total, and the weekday names on alternate rows, as
/// GitHub does, to keep them legible.
std::string titles(const HeatmapInput& in, const HeatmapFigures& fig) {
  std::string s = "<text x=\"" + num(kLeft) + "\" y=\"22\" font-size=\"15\" font-weight=\"bold\" fill=\"" +
                  colour::kInk + "\">" + xml_escape(truncate_text(in.title, 70)) + "</text>\n";
  s += "<text class=\"total\" x=\"" + num(kLeft) + "\" y=\"40\" font-size=\"11\">" +
       xml_escape(format_hours(fig.total)) + " logged on " + std::to_string(fig.days_studied) +
       (fig.days_studied == 1 ? " day" : " days") + " from " + fig.from.str() + " to " + fig.until.str() + "</text>\n";
  for (int wd : {0, 2, 4})
    s += "<text x=\"" + num(kLeft - 6) + "\" y=\"" + num(kGridTop + wd * kStep + kCell - 2) +
         "\" text-anchor=\"end\">" + std::string(weekday_name(wd)) + "</text>\n";
  return s;
}

/// The month's name over its first column; when the window starts
/// mid-month, over the first column too, unless the next month's name
/// comes within three columns. The first name drawn carries the year, as
/// does every January.
class MonthLabels {
 public:
  std::string at(Date d, double x, bool opens_window) {
    if (!(d.day() == 1 || opens_window) || x - last_x_ < 3 * kStep) return "";
    const bool with_year = d.month() == 1 || last_x_ < 0;
    // A name with its year ("Nov 2026") is wider by about half a column.
    last_x_ = x + (with_year ? kStep / 2 : 0);
    return "<text class=\"month\" x=\"" + num(x) + "\" y=\"" + num(kGridTop - 6) + "\">" + kMonth[d.month() - 1] +
           (with_year ? " " + std::to_string(d.year()) : "") + "</text>\n";
  }

 private:
  double last_x_ = -100;  ///< where the last name drawn ends, about
};

/// One day's cell: paler before the start; outlined on a day off (a rest
/// day of the schedule, an `off` date: no study was asked, so it is not
/// drawn like a missed day); else the colour of its step of hours.
std::string day_svg(const HeatmapInput& in, const HeatmapFigures& fig, Date d, double x, double y, bool& day_off) {
  if (d < fig.started) return cell(x, y, colour::kBeforeStart, d.str() + ": before you started", "day before");
  auto it = in.by_date.find(d);
  const Minutes m = it == in.by_date.end() ? 0 : it->second;
  auto more = in.details.find(d);
  const std::string tooltip =
      d.str() + ": " + format_hours(m) + (more == in.details.end() ? std::string() : more->second);
  if (m <= 0 && in.capacity && in.capacity(d) <= 0) {
    day_off = true;
    return day_off_cell(x, y, tooltip + " (a day off)");
  }
  return cell(x, y, level(m), tooltip, "day");
}

/// The grid, column by column (the days outside the window or after
/// today left out), with the month names over it. Sets
/// `any_day_off` when a day off is drawn (the legend then names it).
std::string days_svg(const HeatmapInput& in, const HeatmapFigures& fig, const HeatmapLayout& lay, bool& any_day_off) {
  std::string s;
  MonthLabels months;
  for (int week = 0; week < lay.weeks; ++week) {
    const double x = lay.column_x(week);
    for (int wd = 0; wd < 7; ++wd) {
      const Date d = lay.first + week * 7 + wd;
      if (fig.until < d) break;
      if (!fig.drawn(d)) continue;
      const bool opens_window = week == 0 && wd == fig.from.weekday() && (lay.first + 21 + 6).month() == d.month();
      s += months.at(d, x, opens_window);
      s += day_svg(in, fig, d, x, kGridTop + wd * kStep, any_day_off);
    }
  }
  return s;
}

/// Over a long enough stretch before the start, the grid says so in words.
std::string before_note(const HeatmapFigures& fig, const HeatmapLayout& lay) {
  const int before_weeks = (std::min(fig.started, fig.until + 1) - lay.first) / 7;
  if (before_weeks < 10) return "";
  return "<text class=\"before\" x=\"" + num(kLeft + before_weeks * kStep / 2) + "\" y=\"" +
         num(kGridTop + 3 * kStep + kCell - 1) + "\" text-anchor=\"middle\" font-size=\"12\" fill=\"" +
         colour::kFaint + "\">before you started</text>\n";
}

/// Right-aligned under the grid: less [] [] [] [] [] more, each step named
/// under its cell; on the left "day off" and "before you started" when drawn.
std::string legend(const HeatmapFigures& fig, const HeatmapLayout& lay, bool any_day_off) {
  constexpr double kKeyStep = 30;
  const double y = lay.legend_y;
  double x = kLeft + lay.columns * kStep - 5 * kKeyStep - 28;
  std::string s = "<text x=\"" + num(x - 6) + "\" y=\"" + num(y + kCell - 2) + "\" text-anchor=\"end\">less</text>\n";
  for (std::size_t lvl = 0; lvl < std::size(kLevelColour); ++lvl, x += kKeyStep) {
    s += cell(x, y, lvl, kLevelText[lvl], "legend");
    s += "<text class=\"step\" x=\"" + num(x + kCell / 2) + "\" y=\"" + num(y + kCell + 11) +
         "\" text-anchor=\"middle\" font-size=\"9\">" + xml_escape(kLevelShort[lvl]) + "</text>\n";
  }
  s += "<text x=\"" + num(x - kKeyStep + kCell + 6) + "\" y=\"" + num(y + kCell - 2) + "\">more</text>\n";
  double key_x = kLeft;
  if (any_day_off) {
    s += day_off_cell(key_x, y, "a day off: no study scheduled", "legend off");
    s += "<text x=\"" + num(key_x + kCell + 5) + "\" y=\"" + num(y + kCell - 2) + "\">day off</text>\n";
    key_x += 62;
  }
  if (fig.from < fig.started && !(fig.until < fig.from)) {
    s += cell(key_x, y, colour::kBeforeStart, "before the first entry", "legend before");
    s += "<text x=\"" + num(key_x + kCell + 5) + "\" y=\"" + num(y + kCell - 2) + "\">before you started</text>\n";
  }
  return s;
}

}  // namespace

std::map<Date, std::string> heatmap_details(const Curriculum& c, const Journal& journal, Date today, bool notes) {
  std::map<Date, std::string> out;
  for (const auto& e : journal) {
    if (e.is_pick() || e.date > today) continue;
    NodeRef ref = c.find(e.id);
    const std::string* title = ref.is_resource()   ? &c.resources[static_cast<std::size_t>(ref.index)].title
                               : ref.is_practice() ? &c.practice[static_cast<std::size_t>(ref.index)].title
                                                   : nullptr;
    std::string line = "\n" + (title ? tooltip_text(*title) + " (" + tooltip_text(e.id) + ")" : tooltip_text(e.id));
    if (e.studied_minutes) line += ": " + format_hours(*e.studied_minutes);
    if (e.done) line += ", done";
    // A private note (log --private) is never drawn: pictures get published.
    if (notes && !e.is_private && !e.note.empty()) line += "\n    " + tooltip_text(e.note);
    out[e.date] += line;
  }
  return out;
}

Picture render_heatmap(const std::map<Date, Minutes>& by_date, const std::optional<DateWindow>& window, Date today,
                       const std::string& title, const std::function<Minutes(Date)>& capacity,
                       const std::map<Date, std::string>& details) {
  const HeatmapInput in{by_date, window, today, title, capacity, details};
  const HeatmapFigures fig = count_figures(in);
  const HeatmapLayout lay = lay_out(fig);

  std::string s = svg_start(lay.width, lay.height, 10, colour::kMuted,
                            xml_escape(tooltip_text(title)) + ": hours logged per day");
  s += titles(in, fig);
  bool any_day_off = false;
  s += days_svg(in, fig, lay, any_day_off);
  s += before_note(fig, lay);
  s += legend(fig, lay, any_day_off);
  s += "</svg>\n";
  std::optional<double> today_x;
  if (fig.drawn(today)) today_x = lay.column_x((today - lay.first) / 7) + kCell / 2;
  return {s, today_x};
}

}  // namespace tenk
