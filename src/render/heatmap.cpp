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
  // The journal's first day with hours: the grid before it is the past
  // before the learner started, drawn paler than a day without study.
  Date started = today + 1;
  for (const auto& [date, m] : by_date)
    if (m > 0) {
      started = date;
      break;
    }
  // The window (SPEC 5); --all: the whole journal. Columns are whole weeks,
  // Monday first; days outside the window or after today are not drawn.
  const Date from = window ? window->from : std::min(started, today);
  const Date until = std::min(window ? window->until : today, today);
  const Date first = from - from.weekday();
  const int weeks = until < first ? 1 : (until - first) / 7 + 1;
  if (weeks > kMaxWeeks)
    throw InputError("the heatmap would be " + std::to_string(weeks) + " weeks wide; it draws at most " +
                     std::to_string(kMaxWeeks) + " (10 years): choose the dates with --from and --until");
  // Never narrower than half a year: the legend needs the room.
  const int columns = std::max(weeks, kMinColumns);
  const double width = kLeft + columns * kStep + kRight;
  const double legend_y = kGridTop + 7 * kStep + 14;
  const double height = legend_y + kCell + 28;
  auto drawn = [&](Date d) { return !(d < from) && !(until < d); };

  Minutes total = 0;
  int days_studied = 0;
  for (auto it = by_date.lower_bound(from); it != by_date.end() && !(until < it->first); ++it) {
    total += it->second;
    if (it->second > 0) ++days_studied;
  }

  std::string s;
  s += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  s += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + num(width) + "\" height=\"" +
       num(height) + "\" viewBox=\"0 0 " + num(width) + " " + num(height) +
       "\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"10\" fill=\"#57606a\">\n";
  s += "<title>" + xml_escape(tooltip_text(title)) + ": hours logged per day</title>\n";
  s += "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n";
  s += "<text x=\"" + num(kLeft) + "\" y=\"22\" font-size=\"15\" font-weight=\"bold\" fill=\"#24292f\">" +
       xml_escape(truncate_text(title, 70)) + "</text>\n";
  s += "<text class=\"total\" x=\"" + num(kLeft) + "\" y=\"40\" font-size=\"11\">" +
       xml_escape(format_hours(total)) + " logged on " + std::to_string(days_studied) +
       (days_studied == 1 ? " day" : " days") + " from " + from.str() + " to " + until.str() + "</text>\n";

  // Weekday labels on alternate rows, as GitHub does, to keep them legible.
  for (int wd : {0, 2, 4}) {
    s += "<text x=\"" + num(kLeft - 6) + "\" y=\"" + num(kGridTop + wd * kStep + kCell - 2) +
         "\" text-anchor=\"end\">" + std::string(weekday_name(wd)) + "</text>\n";
  }

  double last_label_x = -100;
  bool any_day_off = false;
  for (int week = 0; week < weeks; ++week) {
    const double x = kLeft + week * kStep;
    for (int wd = 0; wd < 7; ++wd) {
      const Date d = first + week * 7 + wd;
      if (until < d) break;
      if (!drawn(d)) continue;
      // The month's name over its first column; when the window starts
      // mid-month, over the first column too, unless the next month's name
      // comes within three columns. The first name drawn carries the year,
      // as does every January.
      const bool starts_month = d.day() == 1;
      const bool opens_window = week == 0 && wd == from.weekday() && (first + 21 + 6).month() == d.month();
      if ((starts_month || opens_window) && x - last_label_x >= 3 * kStep) {
        const bool with_year = d.month() == 1 || last_label_x < 0;
        s += "<text class=\"month\" x=\"" + num(x) + "\" y=\"" + num(kGridTop - 6) + "\">" + kMonth[d.month() - 1] +
             (with_year ? " " + std::to_string(d.year()) : "") + "</text>\n";
        // A name with its year ("Nov 2026") is wider by about half a column.
        last_label_x = x + (with_year ? kStep / 2 : 0);
      }
      auto it = by_date.find(d);
      Minutes m = it == by_date.end() ? 0 : it->second;
      if (d < started) {
        s += cell(x, kGridTop + wd * kStep, colour::kBeforeStart, d.str() + ": before you started", "day before");
        continue;
      }
      auto more = details.find(d);
      const std::string tooltip = d.str() + ": " + format_hours(m) + (more == details.end() ? std::string() : more->second);
      if (m <= 0 && capacity && capacity(d) <= 0) {
        // A day off (a rest day of the schedule, an `off` date): no study
        // was asked, so it is not drawn like a missed day.
        s += day_off_cell(x, kGridTop + wd * kStep, tooltip + " (a day off)");
        any_day_off = true;
        continue;
      }
      s += cell(x, kGridTop + wd * kStep, level(m), tooltip, "day");
    }
  }
  // Over a long enough stretch before the start, say so in words.
  const int before_weeks = (std::min(started, until + 1) - first) / 7;
  if (before_weeks >= 10)
    s += "<text class=\"before\" x=\"" + num(kLeft + before_weeks * kStep / 2) + "\" y=\"" +
         num(kGridTop + 3 * kStep + kCell - 1) + "\" text-anchor=\"middle\" font-size=\"12\" fill=\"" +
         colour::kFaint + "\">before you started</text>\n";

  // Legend, right-aligned under the grid: less [] [] [] [] [] more, each
  // step named under its cell; on the left "day off" and "before you
  // started" when drawn.
  constexpr double kKeyStep = 30;
  double x = kLeft + columns * kStep - 5 * kKeyStep - 28;
  s += "<text x=\"" + num(x - 6) + "\" y=\"" + num(legend_y + kCell - 2) + "\" text-anchor=\"end\">less</text>\n";
  for (std::size_t lvl = 0; lvl < std::size(kLevelColour); ++lvl, x += kKeyStep) {
    s += cell(x, legend_y, lvl, kLevelText[lvl], "legend");
    s += "<text class=\"step\" x=\"" + num(x + kCell / 2) + "\" y=\"" + num(legend_y + kCell + 11) +
         "\" text-anchor=\"middle\" font-size=\"9\">" + xml_escape(kLevelShort[lvl]) + "</text>\n";
  }
  s += "<text x=\"" + num(x - kKeyStep + kCell + 6) + "\" y=\"" + num(legend_y + kCell - 2) + "\">more</text>\n";
  double key_x = kLeft;
  if (any_day_off) {
    s += day_off_cell(key_x, legend_y, "a day off: no study scheduled", "legend off");
    s += "<text x=\"" + num(key_x + kCell + 5) + "\" y=\"" + num(legend_y + kCell - 2) + "\">day off</text>\n";
    key_x += 62;
  }
  if (from < started && !(until < from)) {
    s += cell(key_x, legend_y, colour::kBeforeStart, "before the first entry", "legend before");
    s += "<text x=\"" + num(key_x + kCell + 5) + "\" y=\"" + num(legend_y + kCell - 2) + "\">before you started</text>\n";
  }
  s += "</svg>\n";
  std::optional<double> today_x;
  if (drawn(today)) today_x = kLeft + ((today - first) / 7) * kStep + kCell / 2;
  return {s, today_x};
}

}  // namespace tenk
