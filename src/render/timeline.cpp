#include "render/timeline.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <string_view>
#include <unordered_map>

#include "core/words.h"
#include "render/palette.h"
#include "render/svg_writer.h"

namespace tenk {
namespace {

constexpr double kLabelW = 256, kTop = 92, kRowH = 20, kBarH = 13, kRight = 24;
constexpr double kHeaderH = 22;  ///< a topic group's header above its rows
constexpr double kTargetChartW = 1100;  // px the date axis aims for
constexpr double kMaxPxPerDay = 36, kMinPxPerDay = 0.6;
/// Below this many px per day, one bar per resource span instead of per block.
constexpr double kBlockBarsFrom = 4;
// Labels end before the chart: about 6 px a character at 11 px, after a 12 px margin.
constexpr std::size_t kLabelChars = 39;
constexpr const char* kLogged = colour::kLoggedBar;
constexpr std::array<const char*, 12> kMonth = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

struct Row {
  int resource = -1;  ///< or -1 for a practice item's row
  int practice = -1;
  bool history = false;  ///< has journal entries on or before today
  std::map<Date, Minutes> logged;
  /// The planned days, only when the picture draws a bar per block: a
  /// span bar needs only the first, the last and the total, so a plan of
  /// millions of days costs a few numbers per row.
  std::vector<std::pair<Date, Minutes>> planned;
  std::size_t planned_days = 0;
  Date planned_first, planned_last;
  Minutes planned_total = 0;
  std::string group;  ///< the header it is drawn under (see group_rows)

  void plan(Date d, Minutes m, bool per_day) {
    if (planned_days++ == 0) planned_first = d;
    planned_last = d;
    planned_total += m;
    if (per_day) planned.emplace_back(d, m);
  }
};

/// Colour groups: the first topic of each resource, in order of first
/// appearance, so the same curriculum always gets the same colours.
struct Topics {
  std::vector<std::string> names;
  std::unordered_map<std::string, std::size_t> index;
  std::size_t of(const std::vector<std::string>& topics) {
    std::string t = topics.empty() ? std::string("other") : topics.front();
    auto [it, fresh] = index.emplace(t, names.size());
    if (fresh) names.push_back(t);
    return it->second;
  }
};

std::vector<Row> build_rows(const Curriculum& c, const Plan& plan, const Progress& progress,
                            const Journal& journal, Date today, bool per_day, Date from, Date until) {
  auto drawn = [&](Date d) { return !(d < from) && !(until < d); };
  std::vector<Row> rows;
  std::unordered_map<int, std::size_t> row_of;
  auto row_for = [&](int r, bool history) -> Row& {
    auto [it, fresh] = row_of.emplace(r, rows.size());
    if (fresh) {
      rows.emplace_back();
      rows.back().resource = r;
      rows.back().history = history;
    }
    return rows[it->second];
  };
  // History first, by date of the first entry (file order within a date):
  // the work done reads top-down before the work ahead.
  std::vector<const JournalEntry*> entries;
  for (const auto& e : journal)
    if (!e.is_pick() && e.date <= today && c.find(e.id).is_resource()) entries.push_back(&e);
  std::stable_sort(entries.begin(), entries.end(),
                   [](const JournalEntry* a, const JournalEntry* b) { return a->date < b->date; });
  for (const JournalEntry* e : entries) {
    Row& row = row_for(c.find(e->id).index, true);
    if (e->studied_minutes && *e->studied_minutes > 0 && drawn(e->date)) row.logged[e->date] += *e->studied_minutes;
  }
  for (const auto& span : plan.spans) row_for(span.resource, false);
  // Practice rows last, one per item, after the resources they follow.
  std::unordered_map<int, std::size_t> practice_row;
  for (const auto& day : plan.days) {
    if (until < day.date) break;
    if (!drawn(day.date)) continue;
    for (const auto& b : day.blocks) {
      if (!b.is_practice()) {
        row_for(b.resource, false).plan(day.date, b.minutes, per_day);
        continue;
      }
      auto [it, fresh] = practice_row.emplace(b.practice, 0);
      if (fresh) {
        it->second = rows.size();
        rows.emplace_back().practice = b.practice;
      }
      rows[it->second].plan(day.date, b.minutes, per_day);
    }
  }
  // A row with nothing inside the window is not drawn.
  std::erase_if(rows, [](const Row& r) { return r.logged.empty() && r.planned_days == 0; });
  (void)progress;
  return rows;
}

const std::vector<std::string>& topics_of(const Curriculum& c, const Row& r) {
  return r.practice >= 0 ? c.practice[static_cast<std::size_t>(r.practice)].topics
                         : c.resources[static_cast<std::size_t>(r.resource)].topics;
}

const std::string& title_of(const Curriculum& c, const Row& r) {
  return r.practice >= 0 ? c.practice[static_cast<std::size_t>(r.practice)].title
                         : c.resources[static_cast<std::size_t>(r.resource)].title;
}

/// Maps dates to x and decides how dense the axis labels can be.
struct Axis {
  Date first, last;  ///< inclusive
  Date drawn_until;  ///< the last date with bars: `last` is a day of air after it
  double px_per_day = 1;
  bool block_bars = false;  ///< a bar per block; else one per span (see kBlockBarsFrom)
  double x(Date d) const { return kLabelW + (d - first) * px_per_day; }
  double width() const { return ((last - first) + 1) * px_per_day; }
};

std::string rect(double x, double y, double w, double h, const char* fill, const std::string& tip,
                 const char* cls, const char* extra = "") {
  return std::string("<rect class=\"") + cls + "\" x=\"" + num(x) + "\" y=\"" + num(y) +
         "\" width=\"" + num(std::max(w, 1.0)) + "\" height=\"" + num(h) + "\" rx=\"2\" fill=\"" +
         fill + "\"" + extra + "><title>" + xml_escape(tip) + "</title></rect>\n";
}

std::string line(double x1, double y1, double x2, double y2, const char* stroke, double width,
                 const char* extra = "") {
  return "<line x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\"" + num(x2) + "\" y2=\"" +
         num(y2) + "\" stroke=\"" + stroke + "\" stroke-width=\"" + num(width) + "\"" + extra + "/>\n";
}

std::string text(double x, double y, const std::string& escaped, const std::string& extra = "") {
  return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\"" + extra + ">" + escaped + "</text>\n";
}

/// A fill attribute to add to an element: ` fill="#rrggbb"`.
std::string fill(const char* rgb) { return std::string(" fill=\"") + rgb + "\""; }

/// Week lines and their labels, month lines and month names. Labels thin
/// out on long plans so that they never overlap (about 44 px apart); none
/// is smaller than 10 px, readable where the report shows it at its size.
std::string grid(const Axis& ax, double bottom, double right_edge) {
  std::string s;
  const double week_px = 7 * ax.px_per_day;
  const int week_step = std::max(1, static_cast<int>(std::ceil(44 / week_px)));
  const int month_step = ax.px_per_day * 30 >= 56 ? 1 : ax.px_per_day * 90 >= 56 ? 3 : 12;
  Date monday = ax.first + ((7 - ax.first.weekday()) % 7);
  for (int k = 0; monday <= ax.last; monday = monday + 7, ++k) {
    if (week_step <= 4) s += line(ax.x(monday), kTop - 10, ax.x(monday), bottom, colour::kWeekRule, 1);
    if (week_step <= 2 && k % week_step == 0 && ax.x(monday) + 36 <= right_edge)
      s += text(ax.x(monday) + 2, kTop - 14,
                std::string(kMonth[monday.month() - 1]) + " " + std::to_string(monday.day()),
                " class=\"week\" font-size=\"10\"" + fill(colour::kWeekLabel));
  }
  for (Date d = ax.first; d <= ax.last;) {
    Date next = Date::from_ymd(d.month() == 12 ? d.year() + 1 : d.year(), d.month() % 12 + 1, 1);
    // The axis rarely starts on the 1st: name its first month too when the
    // next month's label leaves room for it.
    bool partial_first = d == ax.first && d.day() != 1 && ax.x(next) - ax.x(d) >= 70;
    if (((d.day() == 1 && (d.month() - 1) % month_step == 0) || partial_first) && ax.x(d) + 60 <= right_edge) {
      // From under the week labels down: a month rule never crosses one.
      if (!partial_first) s += line(ax.x(d), kTop - 10, ax.x(d), bottom, colour::kMonthRule, 1);
      std::string name = month_step == 12 ? std::to_string(d.year())
                                          : std::string(kMonth[d.month() - 1]) + " " + std::to_string(d.year());
      s += text(ax.x(d) + 3, kTop - 30, name,
                " class=\"month\" font-size=\"11\" font-weight=\"bold\"" + fill(colour::kInkLight));
    }
    if (next > ax.last || next.year() > 9999) break;
    d = next;
  }
  return s;
}

/// What render_timeline was given, in one place for the steps below.
struct TimelineInput {
  const Curriculum& c;
  const Plan& plan;
  const Progress& progress;
  const Journal& journal;
  Date today;
  const std::optional<DateWindow>& window;
};

/// The axis first: it decides whether bars are drawn per block, and so
/// whether the rows keep their planned days. Without a window, everything
/// that happened and everything planned.
Axis choose_axis(const TimelineInput& in) {
  Axis ax;
  if (in.window) {
    ax.first = in.window->from;
    ax.last = in.window->until;
  } else {
    ax.first = in.today;
    ax.last = in.today;
    if (!in.plan.empty())
      ax.first = std::min(ax.first, in.plan.days.front().date), ax.last = std::max(ax.last, in.plan.days.back().date);
    for (const auto& e : in.journal)
      if (!e.is_pick() && e.date <= in.today && e.studied_minutes && *e.studied_minutes > 0 && in.c.find(e.id).is_resource())
        ax.first = std::min(ax.first, e.date);
  }
  ax.drawn_until = ax.last;
  if (ax.last < Date::max()) ax.last = ax.last + 1;  // a day of air after the last bar
  const double days = (ax.last - ax.first) + 1;
  ax.px_per_day = std::clamp(kTargetChartW / days, kMinPxPerDay, kMaxPxPerDay);
  ax.block_bars = ax.px_per_day >= kBlockBarsFrom;
  return ax;
}

// ---- The figures: the rows and what the window leaves out. ----

/// Rows grouped by first topic (practice last), the groups in the order
/// their first row came (work done first, then the plan's order), each
/// under a header: the chart reads as a few stretches of work, one per
/// topic, rather than one staircase. Within a group, the order is kept.
/// With tracks (SPEC 3.2), rows are grouped by track instead: the lines of
/// study that share each day, side by side down the chart.
void group_rows(const Curriculum& c, std::vector<Row>& rows) {
  const bool by_track = c.tracks.size() > 1;
  for (Row& r : rows) {
    if (r.practice >= 0) {
      r.group = "practice";
    } else if (by_track) {
      const int t = c.resources[static_cast<std::size_t>(r.resource)].track;
      r.group = t >= 0 ? c.tracks[static_cast<std::size_t>(t)].title : std::string("other");
    } else {
      const auto& t = topics_of(c, r);
      r.group = t.empty() ? std::string("other") : t.front();
    }
  }
  std::vector<std::string> order;
  for (const Row& r : rows)
    if (r.practice < 0 && std::find(order.begin(), order.end(), r.group) == order.end()) order.push_back(r.group);
  if (std::any_of(rows.begin(), rows.end(), [](const Row& r) { return r.practice >= 0; })) order.push_back("practice");
  std::stable_sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
    return std::find(order.begin(), order.end(), a.group) < std::find(order.begin(), order.end(), b.group);
  });
}

/// The numbers the timeline shows.
struct TimelineFigures {
  std::vector<Row> rows;      ///< grouped, in drawing order
  std::size_t later = 0;      ///< the plan's resources that start after the window (SPEC 5)
  Minutes planned_total = 0;  ///< the whole plan's
  Topics topics;              ///< the first topics of the rows drawn
};

TimelineFigures count_figures(const TimelineInput& in, const Axis& ax) {
  TimelineFigures f;
  f.rows = build_rows(in.c, in.plan, in.progress, in.journal, in.today, ax.block_bars, ax.first, ax.drawn_until);
  group_rows(in.c, f.rows);
  for (const auto& span : in.plan.spans) {
    if (ax.drawn_until < span.start) ++f.later;
    f.planned_total += span.minutes;
  }
  for (const Row& r : f.rows) f.topics.of(topics_of(in.c, r));
  return f;
}

// ---- The layout: a row under each header, then the notes and the legend. ----

/// Where each row and header goes, and the picture's size.
struct TimelineLayout {
  std::vector<double> row_y;                            ///< the top of each row
  std::vector<std::pair<double, std::string>> headers;  ///< the top of each group, its name
  double bottom = 0;    ///< under the last row
  double rest_y = 0;    ///< the line on what lies past the window
  double legend_y = 0;
  double width = 0, height = 0;
};

TimelineLayout lay_out(const TimelineFigures& fig, const Axis& ax) {
  TimelineLayout lay;
  double y = kTop;
  for (std::size_t i = 0; i < fig.rows.size(); ++i) {
    if (i == 0 || fig.rows[i].group != fig.rows[i - 1].group) {
      lay.headers.push_back({y, fig.rows[i].group});
      y += kHeaderH;
    }
    lay.row_y.push_back(y);
    y += kRowH;
  }
  lay.bottom = (fig.rows.empty() ? kTop : lay.row_y.back() + kRowH) + 6;
  lay.rest_y = lay.bottom + 20;
  lay.legend_y = lay.bottom + (fig.later > 0 ? 44 : 26);
  lay.width = std::max(kLabelW + ax.width() + kRight, 640.0);
  lay.height = lay.legend_y + 20 + 12;
  return lay;
}

// ---- The SVG, back to front. ----

/// The title, and the plan's dates and hours under it.
std::string titles(const TimelineInput& in, const TimelineFigures& fig) {
  const Plan& plan = in.plan;
  std::string s = text(12, 22, xml_escape(truncate_text(in.c.title, 80)), " font-size=\"15\" font-weight=\"bold\"");
  std::string sub = plan.empty() ? std::string("nothing left to plan")
                                 : "plan " + plan.start.str() + " to " + plan.end.str() + ", " +
                                       format_hours(fig.planned_total) + " in " + std::to_string(plan.spans.size()) +
                                       " resources";
  s += text(12, 40, xml_escape(sub + "; today " + in.today.str()), " class=\"subtitle\"" + fill(colour::kMuted));
  return s;
}

/// Zebra rows first, so grid lines and bars sit on top of them.
std::string zebra(const TimelineLayout& lay) {
  std::string s;
  for (std::size_t i = 0; i < lay.row_y.size(); i += 2)
    s += "<rect x=\"0\" y=\"" + num(lay.row_y[i]) + "\" width=\"" + num(lay.width) + "\" height=\"" + num(kRowH) +
         "\" fill=\"" + colour::kZebra + "\"/>\n";
  return s;
}

/// A rule and a name over each group. A topic's group carries its colour;
/// a track or practice has none of its own (an ink square would read as
/// "logged").
std::string group_headers(const Curriculum& c, const Palette& palette, const TimelineLayout& lay) {
  std::string s;
  const bool by_track = c.tracks.size() > 1;
  for (const auto& [hy, name] : lay.headers) {
    const bool swatch = name != "practice" && !by_track;
    s += "<g class=\"group\">" + line(0, hy + 1, lay.width, hy + 1, colour::kRule, 1) +
         (swatch ? "<rect x=\"12\" y=\"" + num(hy + 7) + "\" width=\"10\" height=\"10\" rx=\"2\" fill=\"" +
                       std::string(palette.topic(name)) + "\"/>"
                 : std::string()) +
         text(swatch ? 27 : 12, hy + 16, xml_escape(truncate_text(name, 40)), " font-size=\"12\" font-weight=\"bold\"") +
         "</g>\n";
  }
  return s;
}

/// A row's label: its title, cut to fit before the chart, with its id in
/// the tooltip; greyed when the row holds only history.
std::string row_label(const TimelineInput& in, const Row& row, const std::string& title, double y) {
  const Curriculum& c = in.c;
  const bool practice = row.practice >= 0;
  const auto ri = static_cast<std::size_t>(practice ? row.practice : row.resource);
  const std::string& full_title = title_of(c, row);
  const std::string& id = practice ? c.practice[ri].id : c.resources[ri].id;
  const bool done = !practice && ri < in.progress.resources.size() && in.progress.resources[ri].done;
  // A milestone (SPEC 1) is marked with a diamond before its title.
  const bool milestone = !practice && c.resources[ri].milestone;
  std::string label = (milestone ? "\xE2\x97\x86 " : "") +
                      truncate_text(full_title, practice ? kLabelChars - 11 : kLabelChars - (milestone ? 2 : 0)) +
                      (done ? " \xE2\x9C\x93" : "") + (practice ? " (practice)" : "");
  return "<g class=\"label\"><title>" + xml_escape(title + " (" + id + ")") + "</title>" +
         text(12, y + kRowH / 2 + 4, xml_escape(label), row.history && row.planned_days == 0 ? fill(colour::kFaint) : "") +
         "</g>\n";
}

/// A row's bars: one per logged day and planned block, or, compressed, one
/// over the logged dates and one over the planned span.
std::string row_bars(const Row& row, const std::string& title, const char* topic_colour, double y, const Axis& ax) {
  std::string s;
  const double bar_y = y + (kRowH - kBarH) / 2;
  if (ax.block_bars) {
    for (const auto& [date, m] : row.logged)
      s += rect(ax.x(date) + 0.5, bar_y, ax.px_per_day - 1, kBarH, kLogged,
                title + " \xE2\x80\x94 " + date.str() + ": " + format_hours(m) + " logged", "logged");
    for (const auto& [date, m] : row.planned)
      s += rect(ax.x(date) + 0.5, bar_y, ax.px_per_day - 1, kBarH, topic_colour,
                title + " \xE2\x80\x94 " + date.str() + ": " + format_hours(m) + " planned", "block");
    return s;
  }
  auto span_bar = [&](Date a, Date b, Minutes total, const char* bar_colour, const char* what, const char* cls) {
    s += rect(ax.x(a), bar_y, (b - a + 1) * ax.px_per_day, kBarH, bar_colour,
              title + " \xE2\x80\x94 " + a.str() + " to " + b.str() + ": " + format_hours(total) + " " + what, cls);
  };
  if (!row.logged.empty()) {
    Minutes total = 0;
    for (const auto& kv : row.logged) total += kv.second;
    span_bar(row.logged.begin()->first, row.logged.rbegin()->first, total, kLogged, "logged", "logged");
  }
  if (row.planned_days > 0)
    span_bar(row.planned_first, row.planned_last, row.planned_total, topic_colour, "planned", "span");
  return s;
}

/// Each row's label and bars, its bars in its first topic's colour.
std::string rows_svg(const TimelineInput& in, const Palette& palette, const TimelineFigures& fig,
                     const TimelineLayout& lay, const Axis& ax) {
  std::string s;
  for (std::size_t i = 0; i < fig.rows.size(); ++i) {
    const Row& row = fig.rows[i];
    const std::string title = tooltip_text(title_of(in.c, row));  // once per row, not per block
    s += row_label(in, row, title, lay.row_y[i]);
    s += row_bars(row, title, palette.of(topics_of(in.c, row)), lay.row_y[i], ax);
  }
  return s;
}

/// Today: a red line over the whole chart, when the window holds it; and
/// what the window leaves out of the plan, in words (SPEC 5).
std::string today_and_rest(const TimelineInput& in, const TimelineFigures& fig, const TimelineLayout& lay,
                           const Axis& ax) {
  std::string s;
  if (!(in.today < ax.first) && !(ax.drawn_until < in.today)) {
    const double tx = ax.x(in.today);
    s += line(tx, kTop - 44, tx, lay.bottom, colour::kToday, 1.5, " class=\"today\"");
    s += text(tx + 3, kTop - 46, "today", " font-size=\"10\" font-weight=\"bold\"" + fill(colour::kToday));
  }
  if (fig.later > 0)
    s += text(12, lay.rest_y, xml_escape(count(fig.later, "more resource") + " until " + in.plan.end.str() +
                                         " (tenk render timeline --all draws the whole plan)"),
              " class=\"rest\"" + fill(colour::kMuted));
  return s;
}

/// Legend: what ink means, milestones, then each coloured topic drawn in
/// palette order, and the grey ones as "other".
std::string legend(const Curriculum& c, const Palette& palette, const TimelineFigures& fig, double legend_y) {
  std::string s;
  double lx = 12;
  auto key = [&](const char* swatch, const std::string& name) {
    s += "<rect x=\"" + num(lx) + "\" y=\"" + num(legend_y) + "\" width=\"12\" height=\"12\" rx=\"2\" fill=\"" + swatch +
         "\"/>\n" + text(lx + 16, legend_y + 10, xml_escape(name), " class=\"key\"");
    lx += 16 + 6.5 * static_cast<double>(utf8_length(name)) + 14;
  };
  key(kLogged, "logged");
  auto is_milestone = [&](const Row& r) {
    return r.resource >= 0 && c.resources[static_cast<std::size_t>(r.resource)].milestone;
  };
  if (std::any_of(fig.rows.begin(), fig.rows.end(), is_milestone)) {
    s += text(lx, legend_y + 10, "\xE2\x97\x86 milestone", " class=\"key\"");
    lx += 90;
  }
  bool other = false;
  for (const auto& t : fig.topics.names) other = other || std::string_view(palette.topic(t)) == colour::kOtherTopic;
  for (const auto& t : palette.coloured())
    if (fig.topics.index.count(t)) key(palette.topic(t), truncate_text(t, 24));
  if (other) key(colour::kOtherTopic, "other");
  return s;
}

}  // namespace

Picture render_timeline(const Curriculum& c, const Plan& plan, const Progress& progress,
                        const Journal& journal, Date today, const std::optional<DateWindow>& window) {
  const TimelineInput in{c, plan, progress, journal, today, window};
  const Axis ax = choose_axis(in);
  const TimelineFigures fig = count_figures(in, ax);
  const TimelineLayout lay = lay_out(fig, ax);
  const Palette palette(c);

  std::string s = svg_start(lay.width, lay.height, 11, colour::kInk, xml_escape(tooltip_text(c.title)) + ": timeline");
  s += titles(in, fig);
  s += zebra(lay);
  s += grid(ax, lay.bottom, lay.width);
  s += group_headers(c, palette, lay);
  s += rows_svg(in, palette, fig, lay, ax);
  s += today_and_rest(in, fig, lay, ax);
  s += legend(c, palette, fig, lay.legend_y);
  s += "</svg>\n";
  std::optional<double> today_x;
  if (!(today < ax.first) && !(ax.drawn_until < today)) today_x = ax.x(today);
  return {s, today_x};
}

}  // namespace tenk
