#include "render/burnup.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <vector>

#include "core/words.h"
#include "render/palette.h"
#include "render/svg_writer.h"

namespace tenk {
namespace {

// The burn-up's colours, from the one palette (render/palette.h).
constexpr const char* kBackground = colour::kPaper;
constexpr const char* kInk = colour::kInk;           // title
constexpr const char* kMuted = colour::kMuted;       // subtitle, axis labels, notes
constexpr const char* kGrid = colour::kGrid;         // grid lines
constexpr const char* kAxis = colour::kAxis;         // the axes
constexpr const char* kRoad = colour::kBaseline;     // the baseline: the line to stay above
constexpr const char* kLoggedLine = colour::kLogged;  // hours logged
constexpr const char* kPlanLine = colour::kPlanned;  // the current plan from today
constexpr const char* kBand = colour::kForecast;     // the forecast's p50-p85 band
constexpr const char* kToday = colour::kToday;       // today (as in the timeline)
constexpr const char* kScope = colour::kScope;       // the curriculum's hours, its end
constexpr const char* kGoal = colour::kGoal;         // the goal

/// A white outline under a label keeps it legible where a line crosses it.
const std::string kHalo = std::string(" stroke=\"") + kBackground +
                          "\" stroke-width=\"4\" stroke-linejoin=\"round\" paint-order=\"stroke\"";

constexpr double kWidth = 1000, kHeight = 598;
constexpr double kLeft = 72, kRight = 28, kTop = 144, kBottom = 44;
constexpr double kPlotW = kWidth - kLeft - kRight, kPlotH = kHeight - kTop - kBottom;
/// The goal is drawn on the chart when it stretches neither axis by more than
/// this: further out, it would squeeze the curriculum into a corner.
constexpr double kGoalStretch = 1.5;
/// At most this many points on one forecast curve.
constexpr int kBandPoints = 120;
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

/// A line's points along x, at most one per quarter pixel: a plan of
/// millions of days draws the same line from a few thousand points, while
/// a plan of a few years keeps every day. The last point is always kept.
/// Points left of the plot are reduced to the last of them, and after the
/// first point right of it the rest are dropped: the line is clipped to
/// the plot anyway, and a short window on a long plan stays small.
class Thinned {
 public:
  explicit Thinned(std::string first) : text_(std::move(first)) {}
  void add(double x, double y) {
    if (past_) return;
    if (x < kLeft) {
      before_ = {x, y};
      return;
    }
    if (before_) {
      text_ += point(before_->first, before_->second);
      before_.reset();
    }
    if (x > kLeft + kPlotW) {
      if (pending_) text_ += point(pending_->first, pending_->second);
      text_ += point(x, y);
      pending_.reset();
      past_ = true;
      return;
    }
    if (kept_ && x < kept_x_ + kMinStep) {
      pending_ = {x, y};
      return;
    }
    text_ += point(x, y);
    kept_ = true;
    kept_x_ = x;
    pending_.reset();
  }
  std::string done() {
    if (before_) text_ += point(before_->first, before_->second);
    if (pending_) text_ += point(pending_->first, pending_->second);
    return std::move(text_);
  }

 private:
  static constexpr double kMinStep = 0.25;
  bool past_ = false;
  std::optional<std::pair<double, double>> before_;
  std::string text_;
  bool kept_ = false;
  double kept_x_ = 0;
  std::optional<std::pair<double, double>> pending_;
};

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
  // Whole hours once they are many: "3,960 h", not "3,959.5 h".
  std::string s = h >= 100 ? std::to_string(static_cast<long long>(std::llround(h))) : format_decimal(h);
  // Thousands separated, as people write big hour counts: 10,000 h.
  const std::size_t digits = std::min(s.find('.'), s.size());
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (i > 0 && i < digits && (digits - i) % 3 == 0) out += ',';
    out += s[i];
  }
  out += " h";
  return out;
}

std::string short_date(Date d) { return std::string(kMonth[d.month() - 1]) + " " + std::to_string(d.day()) + ", " + std::to_string(d.year()); }

/// Date lines and labels along the bottom, at least ~80 px apart: days,
/// Mondays, or the first of every 1, 2, 3 or 6 months, or of years.
std::string x_axis(const Frame& f) {
  std::string s;
  const double bottom = kTop + kPlotH;
  auto tick = [&](Date d, const std::string& label) {
    const double x = f.x(d);
    s += line(x, kTop, x, bottom, kGrid, 1);
    if (x + 30 <= kWidth)
      s += text(x, bottom + 18, label, " class=\"date\" text-anchor=\"middle\" fill=\"" + std::string(kMuted) + "\"");
  };
  auto day_label = [](Date d) { return std::string(kMonth[d.month() - 1]) + " " + std::to_string(d.day()); };
  const double day_px = f.px_per_day();
  if (day_px * 7 >= 80) {
    // Short spans: every day, or every Monday.
    const int every = day_px >= 80 ? 1 : 7;
    Date d = every == 1 ? f.first : f.first + ((7 - f.first.weekday()) % 7);
    for (; d < f.last; d = d + every) tick(d, day_label(d));
    return s;
  }
  const double month_px = day_px * 30.44;
  int step = 1;
  for (int m : {1, 2, 3, 6, 12, 24, 60, 120, 600})
    if ((step = m) * month_px >= 80) break;
  Date d = Date::from_ymd(f.first.year(), f.first.month(), 1);
  bool first_label = true;
  while (d < f.last) {
    const int index = d.year() * 12 + static_cast<int>(d.month()) - 1;
    if (d >= f.first && index % step == 0) {
      tick(d, step >= 12 ? std::to_string(d.year())
                         : std::string(kMonth[d.month() - 1]) +
                               (d.month() == 1 || first_label ? " " + std::to_string(d.year()) : ""));
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

/// Places the markers' labels so that none overlaps another: each starts
/// just above its point and moves up a row at a time until it is clear,
/// with a faint leader back to its point when it moved. Near the right
/// edge a label ends at its point instead of starting there.
class Labels {
 public:
  std::string place(double x, double y, const std::string& plain, const char* colour, const char* cls,
                    bool bold = false) {
    const double w = (bold ? 7.4 : 6.9) * static_cast<double>(utf8_length(plain)) + 4;
    const bool flip = x + 5 + w > kLeft + kPlotW;
    const double x0 = flip ? x - 5 - w : x + 5, x1 = x0 + w;
    double base = y - 8;
    for (int row = 0; row < 8 && collides(x0, x1, base); ++row) base -= kRow;
    boxes_.push_back({x0, x1, base - 12, base + 3});
    std::string out;
    if (base < y - 8) {
      out += line(x, y - 5, x, base + 3, colour, 0.75, " stroke-opacity=\"0.5\"");
      boxes_.push_back({x - 1, x + 1, base + 3, y - 5});
    }
    out += text(flip ? x - 5 : x + 5, base, xml_escape(plain),
                std::string(" class=\"") + cls + "\"" + (flip ? " text-anchor=\"end\"" : "") + " fill=\"" + colour +
                    "\"" + (bold ? " font-weight=\"bold\"" : "") + kHalo);
    return out;
  }

  /// Keeps later labels off a box drawn by other means.
  void reserve(double x0, double x1, double top, double bottom) { boxes_.push_back({x0, x1, top, bottom}); }

 private:
  static constexpr double kRow = 17;
  struct Box {
    double x0, x1, top, bottom;
  };
  bool collides(double x0, double x1, double base) const {
    const double top = base - 12, bottom = base + 3;
    for (const Box& b : boxes_)
      if (x0 < b.x1 && b.x0 < x1 && top < b.bottom && b.top < bottom) return true;
    return false;
  }
  std::vector<Box> boxes_;
};

/// What render_burnup was given, in one place for the steps below.
struct BurnupInput {
  const Curriculum& c;
  const Plan& baseline;
  const Plan& current;
  const std::map<Date, Minutes>& logged;
  const Summary& summary;
  Date today;
  const std::optional<DateWindow>& window;
};

// ---- The figures: what the chart says, before anything is placed. ----

/// Minutes `plan` schedules on the days up to `last`.
Minutes planned_through(const Plan& plan, Date last) {
  Minutes total = 0;
  for (const auto& d : plan.days) {
    if (last < d.date) break;
    for (const auto& b : d.blocks) total += b.minutes;
  }
  return total;
}

/// Minutes logged on the days up to `last`.
Minutes logged_through(const std::map<Date, Minutes>& logged, Date last) {
  Minutes total = 0;
  for (auto it = logged.begin(); it != logged.end() && !(last < it->first); ++it) total += it->second;
  return total;
}

/// The forecast's band from today to `until`: the hours its runs study,
/// on about kBandPoints dates and on the dates the markers sit at, so that
/// each marker lands on its curve.
std::vector<BandPoint> forecast_band(const Summary& summary, Date today, Date until) {
  const Forecast& fc = *summary.forecast;
  std::vector<Date> dates;
  const int days = until - today + 1, every = std::max(1, days / kBandPoints);
  for (int k = 0; k < days; k += every) dates.push_back(today + k);
  for (Date d : {*fc.p50, *fc.p85, until}) dates.push_back(d);
  if (fc.goal_p50 && *fc.goal_p50 <= until) dates.push_back(*fc.goal_p50);
  if (fc.goal_p85 && *fc.goal_p85 <= until) dates.push_back(*fc.goal_p85);
  std::sort(dates.begin(), dates.end());
  dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
  return studied_band(summary.forecast_from, dates);
}

/// When the goal is reached, in words ("" without a goal or a date).
std::string goal_in_words(const Summary& summary, double logged_hours) {
  if (summary.goal_hours <= 0) return "";
  if (logged_hours >= summary.goal_hours) return "reached";
  const std::optional<Forecast>& fc = summary.forecast;
  if (fc && fc->goal_p50) return p50_p85(fc->goal_p50, fc->goal_p85) + " at your pace";
  if (summary.goal_eta) return goal_text(summary);
  return "";
}

/// The numbers the burn-up shows.
struct BurnupFigures {
  Minutes logged_all = 0;      ///< logged up to today
  Minutes baseline_total = 0;  ///< the whole baseline
  Minutes planned_total = 0;   ///< the current plan, from today
  double scope = 0;            ///< the curriculum's hours as of today: logged + planned
  /// Where the plan and the forecast go on from the logged line: the end
  /// of today when something is logged today, else its start.
  Date anchor;
  const Forecast* forecast = nullptr;  ///< nullptr without one
  /// The p50-p85 band is drawn: the forecast has both dates, work is left,
  /// and its runs could be replayed.
  bool band = false;
  std::vector<BandPoint> band_points;  ///< from today, by date
  double goal = 0;                     ///< the goal's hours; 0: no goal
  std::optional<Date> goal_date;       ///< where the goal's marker sits
  std::string goal_when;               ///< that date in words

  double logged_hours() const { return hours_of(logged_all); }

  /// Hours studied by the end of `d` on the p50 (or the p85) curve.
  double band_at(Date d, bool p50) const {
    auto it = std::lower_bound(band_points.begin(), band_points.end(), d,
                               [](const BandPoint& b, Date x) { return b.date < x; });
    if (it == band_points.end()) return 0.0;
    return logged_hours() + (p50 ? it->p50 : it->p85) / 60.0;
  }
};

BurnupFigures count_figures(const BurnupInput& in) {
  BurnupFigures f;
  f.logged_all = logged_through(in.logged, in.today);
  f.baseline_total = planned_through(in.baseline, Date::max());
  f.planned_total = planned_through(in.current, Date::max());
  f.scope = hours_of(f.logged_all + f.planned_total);
  const auto logged_today = in.logged.find(in.today);
  f.anchor = logged_today != in.logged.end() && logged_today->second > 0 ? in.today + 1 : in.today;
  if (in.summary.forecast) f.forecast = &*in.summary.forecast;
  const Forecast* fc = f.forecast;
  if (fc && fc->p50 && fc->p85 && f.planned_total > 0) {
    // Up to the p85 date; further if the goal is drawn (see render_burnup).
    f.band_points = forecast_band(in.summary, in.today, *fc->p85);
    f.band = !f.band_points.empty();  // a forecast without its input draws no band
  }
  f.goal = in.summary.goal_hours;
  f.goal_date = fc && fc->goal_p50 ? fc->goal_p50 : in.summary.goal_eta;
  if (f.logged_hours() >= f.goal) f.goal_date = in.today;
  f.goal_when = goal_in_words(in.summary, f.logged_hours());
  return f;
}

// ---- The layout: the frame, the axes, what is drawn and where. ----

struct BurnupLayout {
  Frame frame;                ///< dates to x, hours to y
  double step = 1;            ///< hours between grid lines
  bool goal_on_chart = false; ///< else the goal is named in a note
  Date goal_end;              ///< with the goal on the chart: the last date it needs
  double scope_y = 0;         ///< the curriculum's hours
  bool scope_drawn = false;   ///< a plan is left and its hours fit the plot
  bool today_drawn = false;   ///< the frame holds today
  double today_x = 0;
};

/// The whole chart's dates: everything that happened and everything
/// planned. The goal may be decades out: it joins the chart only when that
/// keeps the rest readable (neither the dates nor the hours grow by more
/// than kGoalStretch), else it is a note.
BurnupLayout whole_span(const BurnupInput& in, const BurnupFigures& fig) {
  BurnupLayout lay;
  Frame& f = lay.frame;
  f.first = in.today;
  if (!in.baseline.empty()) f.first = std::min(f.first, in.baseline.start);
  if (!in.logged.empty()) f.first = std::min(f.first, in.logged.begin()->first);
  Date end = std::max({in.today, in.baseline.empty() ? in.today : in.baseline.end,
                       in.current.empty() ? in.today : in.current.end});
  if (fig.band) end = std::max(end, *fig.forecast->p85);
  const double span = (end - f.first) + 1;
  double highest = std::max({hours_of(fig.baseline_total), fig.scope, 1.0});
  if (fig.band) highest = std::max(highest, fig.band_at(*fig.forecast->p85, true));
  lay.goal_on_chart = fig.goal > 0 && fig.goal_date && (*fig.goal_date - f.first + 1) <= kGoalStretch * span &&
                      fig.goal <= kGoalStretch * highest;
  if (lay.goal_on_chart) {
    const Forecast* fc = fig.forecast;
    lay.goal_end = fc && fc->goal_p85 && fig.logged_hours() < fig.goal ? *fc->goal_p85 : *fig.goal_date;
    end = std::max(end, lay.goal_end);
  }
  const int pad = std::max(2, (end - f.first) / 25);
  f.last = end + 1 + pad;
  return lay;
}

/// The top of the whole chart: room above the highest line for the
/// markers' labels.
double whole_top(const BurnupFigures& fig, bool goal_on_chart) {
  double top = std::max({hours_of(fig.baseline_total) * 1.04, fig.scope * 1.15, goal_on_chart ? fig.goal * 1.08 : 0.0});
  if (fig.band) top = std::max(top, fig.band_at(fig.band_points.back().date, true) * 1.08);
  return top;
}

/// SPEC 5: the window's dates, and heights as they stand inside it, so
/// that a few weeks of work fill the chart rather than its corner. What
/// runs past the window is clipped and named in a note. Returns the top.
double fit_window(const BurnupInput& in, const BurnupFigures& fig, BurnupLayout& lay) {
  const Date until = in.window->until;
  lay.frame.first = in.window->from;
  lay.frame.last = until + 1;
  const Minutes base = planned_through(in.baseline, until);
  const Minutes plan = fig.logged_all + planned_through(in.current, until);
  const Minutes done = logged_through(in.logged, std::min(until, in.today));
  double highest = std::max({hours_of(base), hours_of(done), in.today <= until ? hours_of(plan) : 0.0, 1.0});
  if (fig.band && in.today <= until)
    highest = std::max(highest, fig.band_at(std::min(until, fig.band_points.back().date), true));
  lay.goal_on_chart = lay.goal_on_chart && !(until < *fig.goal_date) && fig.goal <= kGoalStretch * highest;
  return std::max(highest * 1.15, lay.goal_on_chart ? fig.goal * 1.08 : 0.0);
}

/// The hours axis: a round step for about six grid lines, and the top
/// rounded up to it.
void set_hours_axis(BurnupLayout& lay, double top) {
  if (top <= 0) top = 10;
  lay.step = nice_step(top, 6);
  lay.frame.ymax = std::ceil(top / lay.step) * lay.step;
}

/// Where the curriculum's hours and today fall on the frame, and whether
/// they are drawn.
void place_scope_and_today(const BurnupInput& in, const BurnupFigures& fig, BurnupLayout& lay) {
  lay.scope_y = lay.frame.y(fig.scope);
  lay.scope_drawn = fig.planned_total > 0 && lay.scope_y >= kTop;
  lay.today_drawn = !(in.today < lay.frame.first) && in.today < lay.frame.last;
  lay.today_x = lay.frame.x(in.today);
}

/// A dot on one end of a line, with its tooltip and its label.
struct Marker {
  double x, y, r;
  const char* colour;
  const char* cls;
  std::string tip, label, label_cls;
  bool bold;
};

/// Where the lines end: the plan, the forecast at p50 and p85, the
/// baseline and the goal. A marker outside the plot (past the window,
/// above its heights) is left out.
std::vector<Marker> place_markers(const BurnupInput& in, const BurnupFigures& fig, const BurnupLayout& lay) {
  const Frame& f = lay.frame;
  std::vector<Marker> markers;
  if (fig.planned_total > 0)
    markers.push_back({f.x(in.current.end + 1), lay.scope_y, 4.5, kPlanLine, "end",
                       "the plan ends " + in.current.end.str(), "plan ends " + short_date(in.current.end),
                       "end-label", true});
  if (fig.band) {
    // Where the remaining work is done at your pace: on the p50 curve at
    // the p50 date, on the p85 curve at the p85 date.
    const Forecast& fc = *fig.forecast;
    const double y50 = f.y(fig.band_at(*fc.p50, true)), y85 = f.y(fig.band_at(*fc.p85, false));
    const bool same = *fc.p50 == *fc.p85;
    markers.push_back({f.x(*fc.p50 + 1), y50, 4, kBand, "p50",
                       "the remaining work done at your pace, p50: " + fc.p50->str(),
                       (same ? "done p50 and p85 " : "done p50 ") + short_date(*fc.p50), "p50-label", false});
    if (!same)
      markers.push_back({f.x(*fc.p85 + 1), y85, 4, kBand, "p85",
                         "the remaining work done at your pace, p85: " + fc.p85->str(),
                         "done p85 " + short_date(*fc.p85), "p85-label", false});
  }
  if (!in.baseline.empty())
    markers.push_back({f.x(in.baseline.end + 1), f.y(hours_of(fig.baseline_total)), 4, kRoad, "baseline-end",
                       "the baseline ends " + in.baseline.end.str(), "baseline ends " + short_date(in.baseline.end),
                       "baseline-label", false});
  if (lay.goal_on_chart) {
    const std::string goal = "goal " + hours_label(fig.goal) + ": " + fig.goal_when;
    markers.push_back({f.x(*fig.goal_date + 1), f.y(fig.goal), 4.5, kGoal, "goal-date", goal, goal, "goal-label", true});
  }
  std::erase_if(markers, [](const Marker& m) {
    return m.x < kLeft - 0.5 || m.x > kLeft + kPlotW + 0.5 || m.y < kTop - 0.5 || m.y > kTop + kPlotH + 0.5;
  });
  return markers;
}

// ---- The SVG, in drawing order. ----

/// The title, the effort figure and a line of the chart's figures.
std::string titles(const BurnupInput& in, const BurnupFigures& fig) {
  std::string s = text(kLeft, 26, xml_escape(truncate_text(in.c.title, 70)) + " \xE2\x80\x94 hours, cumulative",
                       " font-size=\"17\" font-weight=\"bold\"");
  std::string sub = "logged " + hours_label(fig.logged_hours()) + " \xC2\xB7 " +
                    (in.current.empty() ? std::string("nothing left to plan") : "plan ends " + in.current.end.str()) +
                    " \xC2\xB7 baseline ends " + in.baseline.end.str();
  if (fig.forecast)
    sub += " \xC2\xB7 at your pace " + p50_p85(fig.forecast->p50, fig.forecast->p85);
  else if (!in.summary.forecast_needs.empty())
    sub += " \xC2\xB7 forecast after " + in.summary.forecast_needs;
  // The effort figure (SPEC 3.3) in the words `status` uses: how the
  // logged line stands against the road.
  const Summary& summary = in.summary;
  s += text(kLeft, 48, xml_escape(truncate_text(effort_text(summary.effort, summary.day1, in.today), 130)),
            " class=\"effort\" font-size=\"13\" font-weight=\"bold\"");
  s += text(kLeft, 66, xml_escape(sub), " class=\"subtitle\" font-size=\"13\" fill=\"" + std::string(kMuted) + "\"");
  return s;
}

/// The key: a swatch and a name for each line drawn, left to right.
std::string legend(const BurnupFigures& fig, const BurnupLayout& lay) {
  std::string s;
  double lx = kLeft;
  const double ly = 94;
  auto key = [&](const std::string& swatch, const std::string& name) {
    s += swatch + text(lx + 30, ly, xml_escape(name), " class=\"key\"");
    lx += 30 + 6.4 * static_cast<double>(utf8_length(name)) + 24;
  };
  auto swatch_line = [&](const char* colour, double width, const char* dash) {
    return line(lx, ly - 4, lx + 24, ly - 4, colour, width, *dash ? std::string(" stroke-dasharray=\"") + dash + "\"" : "");
  };
  key(swatch_line(kRoad, 4, ""), "baseline: the road to stay above");
  key(swatch_line(kLoggedLine, 3, ""), "logged");
  key(swatch_line(kPlanLine, 2.5, "7 4"), "plan from today");
  if (fig.band)
    key("<rect x=\"" + num(lx) + "\" y=\"" + num(ly - 10) + "\" width=\"24\" height=\"12\" fill=\"" + kBand +
            "\" fill-opacity=\"0.25\"/>\n",
        "forecast at your pace, p50\xE2\x80\x93p85");
  if (lay.goal_on_chart) key(swatch_line(kGoal, 1.5, "2 3"), "goal");
  return s;
}

/// The grid, its labels, and the two axes.
std::string axes(const BurnupLayout& lay) {
  std::string s = y_axis(lay.frame, lay.step);
  s += x_axis(lay.frame);
  s += line(kLeft, kTop + kPlotH, kLeft + kPlotW, kTop + kPlotH, kAxis, 1);
  s += line(kLeft, kTop, kLeft, kTop + kPlotH, kAxis, 1);
  return s;
}

/// The curriculum's hours, where the plan and the forecast arrive; the
/// goal as a line when it is on the chart, else as a note above it.
std::string scope_and_goal(const BurnupFigures& fig, const BurnupLayout& lay) {
  std::string s;
  if (lay.scope_drawn)
    s += line(kLeft, lay.scope_y, kLeft + kPlotW, lay.scope_y, kScope, 1,
              " class=\"scope\" stroke-dasharray=\"1 4\" stroke-linecap=\"round\"");
  if (lay.goal_on_chart) {
    const double gy = lay.frame.y(fig.goal);
    s += line(kLeft, gy, kLeft + kPlotW, gy, kGoal, 1.5, " class=\"goal\" stroke-dasharray=\"2 3\"");
  } else if (fig.goal > 0) {
    std::string note = "goal " + hours_label(fig.goal) + ": " + (fig.goal_when.empty() ? "not in sight yet" : fig.goal_when) +
                       " \xE2\x80\x94 beyond this chart \xE2\x86\x92";
    s += text(kLeft + kPlotW, 116, xml_escape(note),
              " class=\"goal-note\" text-anchor=\"end\" font-weight=\"bold\" fill=\"" + std::string(kGoal) + "\"");
  }
  return s;
}

/// The forecast band, under the lines: from today, the hours studied at
/// your rhythm between the p50 and the p85 curves; an amount of hours is
/// reached between the dates where the two curves reach it.
std::string forecast_svg(const BurnupFigures& fig, const Frame& f) {
  const Forecast& fc = *fig.forecast;
  // Over long spans the hours band is thin (weeks of rhythm average out)
  // while the dates stay apart (the paces do not): the window between the
  // p50 and p85 dates is shaded too, so that the spread always shows.
  const double x50 = f.x(*fc.p50 + 1), x85 = f.x(*fc.p85 + 1);
  std::string s = "<rect class=\"forecast-window\" x=\"" + num(x50) + "\" y=\"" + num(kTop) + "\" width=\"" +
                  num(std::max(2.0, x85 - x50)) + "\" height=\"" + num(kPlotH) + "\" fill=\"" + kBand +
                  "\" fill-opacity=\"0.08\"><title>" +
                  xml_escape("the remaining work done at your pace: p50 " + fc.p50->str() + " to p85 " + fc.p85->str()) +
                  "</title></rect>\n";
  const double base = fig.logged_hours();
  std::string upper = point(f.x(fig.anchor), f.y(base));
  for (const auto& b : fig.band_points) upper += point(f.x(b.date + 1), f.y(base + b.p50 / 60.0));
  std::string poly = upper;
  for (auto it = fig.band_points.rbegin(); it != fig.band_points.rend(); ++it)
    poly += point(f.x(it->date + 1), f.y(base + it->p85 / 60.0));
  s += "<polygon class=\"forecast\" points=\"" + poly + "\" fill=\"" + kBand +
       "\" fill-opacity=\"0.25\" stroke=\"none\"><title>" +
       xml_escape("forecast at your pace: hours studied at your rhythm, p50 (upper edge) to p85 (lower edge); "
                  "the curriculum is done between p50 " + fc.p50->str() + " and p85 " + fc.p85->str()) +
       "</title></polygon>\n";
  s += polyline(upper, "forecast-p50", kBand, 1.5, "p50", " stroke-dasharray=\"4 3\"");
  return s;
}

/// A plan's hours added up day by day, from `from` minutes at `first`.
std::string cumulative_points(const Plan& plan, const std::string& first, Minutes from, const Frame& f) {
  Thinned pts(first);
  Minutes cum = from;
  for (const auto& d : plan.days) {
    for (const auto& b : d.blocks) cum += b.minutes;
    pts.add(f.x(d.date + 1), f.y(hours_of(cum)));
  }
  return pts.done();
}

/// The hours logged, up to today.
std::string logged_points(const BurnupInput& in, const BurnupFigures& fig, const Frame& f) {
  const Date from = in.logged.empty() ? f.first : in.logged.begin()->first;
  std::string pts = point(f.x(from), f.y(0));
  Minutes cum = 0;
  for (auto it = in.logged.begin(); it != in.logged.end() && it->first <= in.today; ++it) {
    cum += it->second;
    pts += point(f.x(it->first + 1), f.y(hours_of(cum)));
  }
  pts += point(f.x(fig.anchor), f.y(hours_of(cum)));
  return pts;
}

/// The band and the three lines, clipped to the plot: with a window they
/// run past it.
std::string plotted_lines(const BurnupInput& in, const BurnupFigures& fig, const Frame& f) {
  std::string s = "<clipPath id=\"plot\"><rect x=\"" + num(kLeft) + "\" y=\"" + num(kTop - 8) + "\" width=\"" +
                  num(kPlotW) + "\" height=\"" + num(kPlotH + 8) + "\"/></clipPath>\n<g clip-path=\"url(#plot)\">\n";
  if (fig.band) s += forecast_svg(fig, f);
  const Plan& baseline = in.baseline;
  if (!baseline.empty())  // the road
    s += polyline(cumulative_points(baseline, point(f.x(baseline.start), f.y(0)), 0, f), "baseline", kRoad, 4,
                  "baseline: " + hours_label(hours_of(fig.baseline_total)) + " from " + baseline.start.str() + " to " +
                      baseline.end.str(),
                  " stroke-opacity=\"0.85\"");
  if (!in.current.empty())  // the current plan from today
    s += polyline(cumulative_points(in.current, point(f.x(fig.anchor), f.y(fig.logged_hours())), fig.logged_all, f),
                  "plan", kPlanLine, 2.5,
                  "plan from today: " + hours_label(hours_of(fig.planned_total)) + " more, to " + in.current.end.str(),
                  " stroke-dasharray=\"7 4\"");
  s += polyline(logged_points(in, fig, f), "logged", kLoggedLine, 3,
                "logged: " + hours_label(fig.logged_hours()) + " up to " + in.today.str());
  s += "</g>\n";
  return s;
}

/// Today, over the lines, when the window holds it; what lies past the
/// window, in words, under the end of the date axis.
std::string today_and_rest(const BurnupInput& in, const BurnupLayout& lay) {
  std::string s;
  if (lay.today_drawn) s += line(lay.today_x, kTop - 6, lay.today_x, kTop + kPlotH, kToday, 1.5, " class=\"today\"");
  if (in.window && !in.current.empty() && !(in.current.end < lay.frame.last))
    s += text(kLeft + kPlotW, kHeight - 6,
              xml_escape("plan ends " + in.current.end.str() + ", past this chart (--all draws the whole plan) \xE2\x86\x92"),
              " class=\"rest\" text-anchor=\"end\" fill=\"" + std::string(kPlanLine) + "\"");
  return s;
}

/// The markers, then their labels, last, so that nothing covers them and
/// no label covers a marker.
std::string markers_and_labels(const BurnupFigures& fig, const BurnupLayout& lay, const std::vector<Marker>& markers) {
  std::string s;
  Labels labels;
  if (lay.today_drawn) {
    labels.reserve(lay.today_x - 20, lay.today_x + 20, kTop - 22, kTop - 6);
    s += text(lay.today_x, kTop - 10, "today",
              " text-anchor=\"middle\" font-weight=\"bold\" fill=\"" + std::string(kToday) + "\"" + kHalo);
  }
  for (const Marker& m : markers) {
    s += "<circle class=\"" + std::string(m.cls) + "\" cx=\"" + num(m.x) + "\" cy=\"" + num(m.y) + "\" r=\"" +
         num(m.r) + "\" fill=\"" + m.colour + "\"><title>" + xml_escape(m.tip) + "</title></circle>\n";
    labels.reserve(m.x - m.r, m.x + m.r, m.y - m.r, m.y + m.r);
  }
  if (lay.scope_drawn)
    s += labels.place(kLeft + 1, lay.scope_y, "curriculum: " + hours_label(fig.scope) + " at the estimates", kScope,
                      "scope-label");
  for (const Marker& m : markers) s += labels.place(m.x, m.y, m.label, m.colour, m.label_cls.c_str(), m.bold);
  return s;
}

}  // namespace

Picture render_burnup(const Curriculum& c, const Plan& baseline, const Plan& current,
                      const std::map<Date, Minutes>& logged, const Summary& summary, Date today,
                      const std::optional<DateWindow>& window) {
  const BurnupInput in{c, baseline, current, logged, summary, today, window};
  // The figures first, then the layout: the frame comes from the figures,
  // and a goal drawn past the forecast's p85 date takes the band on to it.
  BurnupFigures fig = count_figures(in);
  BurnupLayout lay = whole_span(in, fig);
  if (fig.band && lay.goal_on_chart && lay.goal_end > *fig.forecast->p85)
    fig.band_points = forecast_band(summary, today, lay.goal_end);
  set_hours_axis(lay, window ? fit_window(in, fig, lay) : whole_top(fig, lay.goal_on_chart));
  place_scope_and_today(in, fig, lay);
  const std::vector<Marker> markers = place_markers(in, fig, lay);

  // Then the SVG, back to front.
  std::string s = svg_start(kWidth, kHeight, 12, kInk, xml_escape(c.title) + ": burn-up");
  s += titles(in, fig);
  s += legend(fig, lay);
  s += axes(lay);
  s += scope_and_goal(fig, lay);
  s += plotted_lines(in, fig, lay.frame);
  s += today_and_rest(in, lay);
  s += markers_and_labels(fig, lay, markers);
  s += "</svg>\n";
  return {s, lay.today_drawn ? std::optional<double>(lay.today_x) : std::nullopt};
}

}  // namespace tenk
