#include "render/heatmap.h"

#include <array>

#include "render/svg_writer.h"

namespace tenk {
namespace {

constexpr int kWeeks = 53;
constexpr double kCell = 11, kStep = 14;  // GitHub's proportions: 11 px cells, 3 px gaps
constexpr double kLeft = 40, kGridTop = 64, kRight = 16;
constexpr std::array<const char*, 5> kLevelColour = {"#ebedf0", "#9be9a8", "#40c463", "#30a14e",
                                                     "#216e39"};
constexpr std::array<const char*, 5> kLevelText = {"no hours", "under 1 h", "1 to 2 h", "2 to 4 h",
                                                   "4 h or more"};
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

std::string cell(double x, double y, std::size_t lvl, const std::string& tooltip, const char* cls) {
  return std::string("<rect class=\"") + cls + "\" x=\"" + num(x) + "\" y=\"" + num(y) +
         "\" width=\"" + num(kCell) + "\" height=\"" + num(kCell) + "\" rx=\"2\" fill=\"" +
         kLevelColour[lvl] + "\"><title>" + xml_escape(tooltip) + "</title></rect>\n";
}

}  // namespace

std::string render_heatmap(const std::map<Date, Minutes>& by_date, Date today, const std::string& title) {
  // Column 0 starts on the Monday 52 weeks before this week's Monday, so the
  // last column is the current week, cut after today.
  const Date first = today - today.weekday() - 7 * (kWeeks - 1);
  const double width = kLeft + kWeeks * kStep + kRight;
  const double legend_y = kGridTop + 7 * kStep + 14;
  const double height = legend_y + kCell + 16;

  Minutes total = 0;
  int days_studied = 0;
  for (auto it = by_date.lower_bound(first); it != by_date.end() && it->first <= today; ++it) {
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
       (days_studied == 1 ? " day" : " days") + " from " + first.str() + " to " + today.str() +
       "</text>\n";

  // Weekday labels on alternate rows, as GitHub does, to keep them legible.
  for (int wd : {0, 2, 4}) {
    s += "<text x=\"" + num(kLeft - 6) + "\" y=\"" + num(kGridTop + wd * kStep + kCell - 2) +
         "\" text-anchor=\"end\">" + std::string(weekday_name(wd)) + "</text>\n";
  }

  double last_label_x = -100;
  for (int week = 0; week < kWeeks; ++week) {
    const double x = kLeft + week * kStep;
    for (int wd = 0; wd < 7; ++wd) {
      const Date d = first + week * 7 + wd;
      if (d > today) break;
      if (d.day() == 1 && x - last_label_x >= 3 * kStep) {
        s += "<text class=\"month\" x=\"" + num(x) + "\" y=\"" + num(kGridTop - 6) + "\">" +
             kMonth[d.month() - 1] + (d.month() == 1 ? " " + std::to_string(d.year()) : "") +
             "</text>\n";
        last_label_x = x;
      }
      auto it = by_date.find(d);
      Minutes m = it == by_date.end() ? 0 : it->second;
      s += cell(x, kGridTop + wd * kStep, level(m), d.str() + ": " + format_hours(m), "day");
    }
  }

  // Legend, right-aligned under the grid: less [] [] [] [] [] more.
  double x = kLeft + kWeeks * kStep - 5 * kStep - 28;
  s += "<text x=\"" + num(x - 6) + "\" y=\"" + num(legend_y + kCell - 2) + "\" text-anchor=\"end\">less</text>\n";
  for (std::size_t lvl = 0; lvl < kLevelColour.size(); ++lvl, x += kStep)
    s += cell(x, legend_y, lvl, kLevelText[lvl], "legend");
  s += "<text x=\"" + num(x + 3) + "\" y=\"" + num(legend_y + kCell - 2) + "\">more</text>\n";
  s += "</svg>\n";
  return s;
}

}  // namespace tenk
