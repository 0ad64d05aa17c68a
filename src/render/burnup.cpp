#include "render/burnup.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

#include "render/svg_writer.h"

namespace tenk {
namespace {

// The burn-up's colours, in one place so that the pictures' palette can be
// moved together.
constexpr const char* kBackground = "#ffffff";
constexpr const char* kInk = "#24292f";        // title
constexpr const char* kMuted = "#57606a";      // subtitle, axis labels, notes
constexpr const char* kGrid = "#e4e7eb";       // grid lines
constexpr const char* kAxis = "#8c959f";       // the axes
constexpr const char* kRoad = "#d4a72c";       // the baseline: the line to stay above
constexpr const char* kLoggedLine = "#1a7f37";  // hours logged
constexpr const char* kPlanLine = "#0969da";    // the current plan from today
constexpr const char* kBand = "#8250df";        // the forecast's p50-p85 band
constexpr const char* kToday = "#d73a49";       // today (as in the timeline)
constexpr const char* kScope = "#6e7781";       // the curriculum's hours, its end
constexpr const char* kGoal = "#953800";        // the goal

constexpr double kWidth = 1000, kHeight = 580;
constexpr double kLeft = 72, kRight = 28, kTop = 118, kBottom = 44;
constexpr double kPlotW = kWidth - kLeft - kRight, kPlotH = kHeight - kTop - kBottom;
/// The goal is drawn on the chart when it lengthens the span by at most this.
constexpr double kGoalStretch = 1.5;
/// At most this many points on one forecast curve.
constexpr int kBandPoints = 400;
constexpr std::array<const char*, 12> kMonth = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

/// Dates to x, hours to y. A cumulative figure "through day d" sits at the
/// end of d, x(d + 1).
struct Frame {
  Date first, last;  ///< x runs from the start of `first` to the start of `last`
  double ymax = 1;   ///< hours at the top
  double x(Date d) const { return kLeft + kPlotW * (d - first) / std::max(1, last - first); }
  double y(double hours) const { return kTop + kPlotH * (1 - hours / ymax); }
  double px_per_day() const { return kPlotW / std::max(1, last - first); }
};

double hours_of(Minutes m) { return static_cast<double>(m) / 60.0; }

std::string point(double x, double y) { return num(x) + "," + num(y) + " "; }

std::string line(double x1, double y1, double x2, double y2, const char* stroke, double width,
                 const std::string& extra = "") {
  return "<line x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\"" + num(x2) + "\" y2=\"" + num(y2) +
         "\" stroke=\"" + stroke + "\" stroke-width=\"" + num(width) + "\"" + extra + "/>\n";
}

std::string text(double x, double y, const std::string& escaped, const std::string& extra = "") {
  return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\"" + extra + ">" + escaped + "</text>\n";
}

/// A series as a polyline with a tooltip.
std::string polyline(const std::string& points, const char* cls, const char* stroke, double width,
                     const std::string& tip, const std::string& extra = "") {
  return std::string("<polyline class=\"") + cls + "\" points=\"" + points + "\" fill=\"none\" stroke=\"" + stroke +
         "\" stroke-width=\"" + num(width) + "\" stroke-linejoin=\"round\"" + extra + "><title>" + xml_escape(tip) +
         "</title></polyline>\n";
}

/// 1, 2, 2.5 or 5 times a power of ten: the y step for about `ticks` lines.
double nice_step(double ymax, int ticks) {
  double raw = ymax / ticks;
  double p = std::pow(10.0, std::floor(std::log10(raw)));
  for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
    if (m * p >= raw) return m * p;
  return 10 * p;
}

std::string hours_label(double h) {
  std::string s = format_decimal(h);
  // Thousands separated, as people write big hour counts: 10,000 h.
  auto dot = s.find('.');
  std::string whole = s.substr(0, dot), rest = dot == std::string::npos ? "" : s.substr(dot);
  for (int i = static_cast<int>(whole.size()) - 3; i > 0; i -= 3) whole.insert(static_cast<std::size_t>(i), ",");
  return whole + rest + " h";
}

std::string short_date(Date d) { return std::string(kMonth[d.month() - 1]) + " " + std::to_string(d.day()) + ", " + std::to_string(d.year()); }

/// Month (or year) lines and labels along the bottom, at least ~80 px apart.
std::string x_axis(const Frame& f) {
  std::string s;
  const double month_px = f.px_per_day() * 30.44;
  int step = 1;
  for (int m : {1, 2, 3, 6, 12, 24, 60, 120, 600})
    if ((step = m) * month_px >= 80) break;
  const double bottom = kTop + kPlotH;
  Date d = Date::from_ymd(f.first.year(), f.first.month(), 1);
  bool first_label = true;
  while (d < f.last) {
    const int index = d.year() * 12 + static_cast<int>(d.month()) - 1;
    if (d >= f.first && index % step == 0) {
      const double x = f.x(d);
      s += line(x, kTop, x, bottom, kGrid, 1);
      std::string label = step >= 12 ? std::to_string(d.year())
                                     : std::string(kMonth[d.month() - 1]) +
                                           (d.month() == 1 || first_label ? " " + std::to_string(d.year()) : "");
      if (x + 30 <= kWidth)
        s += text(x, bottom + 18, label, " class=\"month\" text-anchor=\"middle\" fill=\"" + std::string(kMuted) + "\"");
      first_label = false;
    }
    if (d.year() >= 9999 && d.month() == 12) break;
    d = Date::from_ymd(d.month() == 12 ? d.year() + 1 : d.year(), d.month() % 12 + 1, 1);
  }
  return s;
}

/// Horizontal lines and hour labels up the left.
std::string y_axis(const Frame& f, double step) {
  std::string s;
  for (double h = 0; h <= f.ymax + step / 1000; h += step) {
    const double y = f.y(h);
    s += line(kLeft, y, kLeft + kPlotW, y, kGrid, 1);
    s += text(kLeft - 8, y + 4, hours_label(h), " class=\"hours\" text-anchor=\"end\" fill=\"" + std::string(kMuted) + "\"");
  }
  return s;
}

/// A label that stays inside the plot: anchored at its end near the right.
std::string marker_label(double x, double y, const std::string& escaped, const char* colour,
                         const std::string& extra = "") {
  const bool flip = x > kLeft + kPlotW - 150;
  return text(flip ? x - 5 : x + 5, y, escaped,
              std::string(flip ? " text-anchor=\"end\"" : "") + " fill=\"" + colour + "\"" + extra);
}

/// Minutes the schedule offers from `today` through each date up to `until`:
/// cum[k] is through today + k. Today gives what is left of it.
std::vector<Minutes> cumulative_capacity(const Schedule& schedule, Date today, Minutes logged_today, Date until) {
  std::vector<Minutes> cum;
  Minutes total = 0;
  for (Date d = today; d <= until; ++d) {
    Minutes c = schedule.capacity(d);
    if (d == today) c = std::max<Minutes>(0, c - logged_today);
    total += c;
    cum.push_back(total);
  }
  return cum;
}

}  // namespace

std::string render_burnup(const Curriculum& c, const Plan& baseline, const Plan& current,
                          const std::map<Date, Minutes>& logged, const Summary& summary, Date today) {
  // The figures.
  Minutes logged_all = 0, logged_today = 0;
  for (auto it = logged.begin(); it != logged.end() && it->first <= today; ++it) {
    logged_all += it->second;
    if (it->first == today) logged_today = it->second;
  }
  Minutes baseline_total = 0, planned_total = 0;
  for (const auto& d : baseline.days)
    for (const auto& b : d.blocks) baseline_total += b.minutes;
  for (const auto& d : current.days)
    for (const auto& b : d.blocks) planned_total += b.minutes;
  const double scope = hours_of(logged_all + planned_total);  // the curriculum's hours, as of today
  const std::optional<Forecast>& fc = summary.forecast;
  const bool band = fc && fc->p50 && fc->p85 && planned_total > 0;

  // The x range: everything that happened and everything planned.
  Frame f;
  f.first = today;
  if (!baseline.empty()) f.first = std::min(f.first, baseline.start);
  if (!logged.empty()) f.first = std::min(f.first, logged.begin()->first);
  Date end = std::max({today, baseline.empty() ? today : baseline.end, current.empty() ? today : current.end});
  if (band) end = std::max(end, *fc->p85);
  // The goal may be decades out: it joins the chart only when that keeps
  // the rest readable (the span grows by at most half), else it is a note.
  const double goal = summary.goal_hours;
  std::optional<Date> goal_date = fc && fc->goal_p50 ? fc->goal_p50 : summary.goal_eta_at_schedule;
  if (hours_of(logged_all) >= goal) goal_date = today;
  const double span = (end - f.first) + 1;
  const bool goal_on_chart = goal > 0 && goal_date && (*goal_date - f.first + 1) <= kGoalStretch * span;
  if (goal_on_chart) end = std::max(end, *goal_date);
  const int pad = std::max(2, (end - f.first) / 25);
  f.last = end + 1 + pad;

  double top = std::max({hours_of(baseline_total), scope, goal_on_chart ? goal : 0.0});
  if (top <= 0) top = 10;
  const double step = nice_step(top * 1.04, 6);
  f.ymax = std::ceil(top * 1.04 / step) * step;

  std::string s;
  s += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  s += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + num(kWidth) + "\" height=\"" + num(kHeight) +
       "\" viewBox=\"0 0 " + num(kWidth) + " " + num(kHeight) +
       "\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\" fill=\"" + kInk + "\">\n";
  s += "<title>" + xml_escape(c.title) + ": burn-up</title>\n";
  s += "<rect width=\"100%\" height=\"100%\" fill=\"" + std::string(kBackground) + "\"/>\n";
  s += text(kLeft, 26, xml_escape(truncate_text(c.title, 70)) + " \xE2\x80\x94 hours, cumulative",
            " font-size=\"17\" font-weight=\"bold\"");
  std::string sub = "logged " + hours_label(hours_of(logged_all)) + " \xC2\xB7 plan ends " + current.end.str() +
                    " \xC2\xB7 baseline ends " + baseline.end.str();
  if (fc && fc->p50)
    sub += " \xC2\xB7 at your pace p50 " + fc->p50->str() + (fc->p85 ? " / p85 " + fc->p85->str() : "");
  else if (!fc && !summary.forecast_needs.empty())
    sub += " \xC2\xB7 forecast after " + summary.forecast_needs;
  s += text(kLeft, 48, xml_escape(sub), " class=\"subtitle\" font-size=\"13\" fill=\"" + std::string(kMuted) + "\"");

  // Legend.
  double lx = kLeft;
  const double ly = 74;
  auto key_line = [&](const char* colour, double width, const std::string& dash, const std::string& name) {
    s += line(lx, ly - 4, lx + 24, ly - 4, colour, width, dash.empty() ? "" : " stroke-dasharray=\"" + dash + "\"");
    s += text(lx + 30, ly, xml_escape(name), " class=\"key\"");
    lx += 30 + 7.0 * static_cast<double>(utf8_length(name)) + 22;
  };
  key_line(kRoad, 4, "", "baseline: the road to stay above");
  key_line(kLoggedLine, 3, "", "logged");
  key_line(kPlanLine, 2.5, "7 4", "plan from today");
  if (band) {
    s += "<rect x=\"" + num(lx) + "\" y=\"" + num(ly - 11) + "\" width=\"24\" height=\"12\" fill=\"" + kBand +
         "\" fill-opacity=\"0.22\"/>\n";
    s += text(lx + 30, ly, "forecast at your pace, p50\xE2\x80\x93p85", " class=\"key\"");
    lx += 30 + 7.0 * 32 + 22;
  }
  if (goal_on_chart) key_line(kGoal, 1.5, "2 3", "goal");

  s += y_axis(f, step);
  s += x_axis(f);
  s += line(kLeft, kTop + kPlotH, kLeft + kPlotW, kTop + kPlotH, kAxis, 1);
  s += line(kLeft, kTop, kLeft, kTop + kPlotH, kAxis, 1);

  // The curriculum's hours: where the plan and the forecast arrive.
  const double scope_y = f.y(scope);
  if (planned_total > 0) {
    s += line(kLeft, scope_y, kLeft + kPlotW, scope_y, kScope, 1,
              " class=\"scope\" stroke-dasharray=\"1 4\" stroke-linecap=\"round\"");
    s += text(kLeft + 6, scope_y - 6, "curriculum: " + xml_escape(hours_label(scope)),
              " font-size=\"11\" fill=\"" + std::string(kScope) + "\"");
  }

  // The goal, on the chart or as a note.
  if (goal > 0) {
    std::string when;
    if (fc && fc->goal_p50)
      when = "p50 " + fc->goal_p50->str() + (fc->goal_p85 ? " / p85 " + fc->goal_p85->str() : "") + " at your pace";
    else if (summary.goal_eta_at_schedule)
      when = summary.goal_eta_at_schedule->str() + " if you study every scheduled hour";
    if (hours_of(logged_all) >= goal) when = "reached";
    if (goal_on_chart) {
      const double gy = f.y(goal);
      s += line(kLeft, gy, kLeft + kPlotW, gy, kGoal, 1.5, " class=\"goal\" stroke-dasharray=\"2 3\"");
      s += "<circle class=\"goal-date\" cx=\"" + num(f.x(*goal_date + 1)) + "\" cy=\"" + num(gy) +
           "\" r=\"4.5\" fill=\"" + kGoal + "\"/>\n";
      s += marker_label(f.x(*goal_date + 1), gy - 8, xml_escape("goal " + hours_label(goal) + ": " + when), kGoal,
                        " class=\"goal-label\" font-weight=\"bold\"");
    } else {
      std::string note = "goal " + hours_label(goal) + ": " + (when.empty() ? "not in sight yet" : when) +
                         " \xE2\x80\x94 beyond this chart \xE2\x86\x92";
      s += text(kLeft + kPlotW, 98, xml_escape(note),
                " class=\"goal-note\" text-anchor=\"end\" font-weight=\"bold\" fill=\"" + std::string(kGoal) + "\"");
    }
  }

  // The forecast band, under the lines: from today to the curriculum's
  // hours, its upper edge arriving at p50, its lower at p85, each rising
  // with the schedule's capacity.
  if (band) {
    const auto cum = cumulative_capacity(c.schedule, today, logged_today, *fc->p85);
    const double c50 = static_cast<double>(cum[static_cast<std::size_t>(*fc->p50 - today)]);
    const double c85 = static_cast<double>(cum.back());
    const double base = hours_of(logged_all), rise = hours_of(planned_total);
    auto edge = [&](Date d, double full) {
      const double got = static_cast<double>(cum[static_cast<std::size_t>(d - today)]);
      return f.y(base + rise * (full > 0 ? std::min(1.0, got / full) : 1.0));
    };
    const int days = *fc->p85 - today + 1;
    const int every = std::max(1, days / kBandPoints);
    std::vector<Date> dates;
    for (int k = 0; k < days; k += every) dates.push_back(today + k);
    if (dates.back() != *fc->p85) dates.push_back(*fc->p85);
    std::string upper = point(f.x(today), f.y(base)), poly = upper;
    for (Date d : dates) upper += point(f.x(d + 1), edge(d, c50));
    poly = upper;
    for (auto it = dates.rbegin(); it != dates.rend(); ++it) poly += point(f.x(*it + 1), edge(*it, c85));
    s += "<polygon class=\"forecast\" points=\"" + poly + "\" fill=\"" + kBand +
         "\" fill-opacity=\"0.22\" stroke=\"none\"><title>" +
         xml_escape("forecast at your pace: done between p50 " + fc->p50->str() + " and p85 " + fc->p85->str()) +
         "</title></polygon>\n";
    s += polyline(upper, "forecast-p50", kBand, 1.5, "p50 " + fc->p50->str(), " stroke-dasharray=\"4 3\"");
  }

  // The baseline: the road.
  if (!baseline.empty()) {
    std::string pts = point(f.x(baseline.start), f.y(0));
    Minutes cum = 0;
    for (const auto& d : baseline.days) {
      for (const auto& b : d.blocks) cum += b.minutes;
      pts += point(f.x(d.date + 1), f.y(hours_of(cum)));
    }
    s += polyline(pts, "baseline", kRoad, 4,
                  "baseline: " + hours_label(hours_of(baseline_total)) + " from " + baseline.start.str() + " to " +
                      baseline.end.str(),
                  " stroke-opacity=\"0.85\"");
  }

  // The current plan from today.
  if (!current.empty()) {
    std::string pts = point(f.x(today), f.y(hours_of(logged_all)));
    Minutes cum = logged_all;
    for (const auto& d : current.days) {
      for (const auto& b : d.blocks) cum += b.minutes;
      pts += point(f.x(d.date + 1), f.y(hours_of(cum)));
    }
    s += polyline(pts, "plan", kPlanLine, 2.5,
                  "plan from today: " + hours_label(hours_of(planned_total)) + " more, to " + current.end.str(),
                  " stroke-dasharray=\"7 4\"");
  }

  // The hours logged, up to today.
  {
    const Date from = logged.empty() ? f.first : logged.begin()->first;
    std::string pts = point(f.x(from), f.y(0));
    Minutes cum = 0;
    for (auto it = logged.begin(); it != logged.end() && it->first <= today; ++it) {
      cum += it->second;
      pts += point(f.x(it->first + 1), f.y(hours_of(cum)));
    }
    pts += point(f.x(today + 1), f.y(hours_of(cum)));
    s += polyline(pts, "logged", kLoggedLine, 3, "logged: " + hours_label(hours_of(logged_all)) + " up to " + today.str());
  }

  // Markers: the plan's end and the forecast's dates on the curriculum line.
  if (planned_total > 0) {
    const double ex = f.x(current.end + 1);
    s += "<circle class=\"end\" cx=\"" + num(ex) + "\" cy=\"" + num(scope_y) + "\" r=\"4.5\" fill=\"" + kPlanLine +
         "\"><title>" + xml_escape("the plan ends " + current.end.str()) + "</title></circle>\n";
    s += marker_label(ex, scope_y - 8, xml_escape("plan ends " + short_date(current.end)), kPlanLine,
                      " font-weight=\"bold\"");
    if (band) {
      const double x50 = f.x(*fc->p50 + 1), x85 = f.x(*fc->p85 + 1);
      s += "<circle cx=\"" + num(x50) + "\" cy=\"" + num(scope_y) + "\" r=\"3.5\" fill=\"" + kBand + "\"/>\n";
      s += "<circle cx=\"" + num(x85) + "\" cy=\"" + num(scope_y) + "\" r=\"3.5\" fill=\"" + kBand + "\"/>\n";
      // Stacked when they are close, so that they never overlap.
      const bool stack = x85 - x50 < 150;
      s += marker_label(x50, scope_y + 18, xml_escape("p50 " + short_date(*fc->p50)), kBand);
      s += marker_label(x85, scope_y + (stack ? 34 : 18), xml_escape("p85 " + short_date(*fc->p85)), kBand);
    }
  }

  // Today, over everything.
  const double tx = f.x(today);
  s += line(tx, kTop - 6, tx, kTop + kPlotH, kToday, 1.5, " class=\"today\"");
  s += text(tx, kTop - 10, "today", " text-anchor=\"middle\" font-weight=\"bold\" fill=\"" + std::string(kToday) + "\"");
  s += "</svg>\n";
  return s;
}

}  // namespace tenk
