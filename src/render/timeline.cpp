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
    if (fresh) rows.push_back(Row{r, -1, history});
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
        rows.push_back(Row{-1, b.practice, false});
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

/// Maps dates to x and decides how dense the axis labels can be.
struct Axis {
  Date first, last;  ///< inclusive
  double px_per_day = 1;
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
    if (week_step <= 4) s += line(ax.x(monday), kTop - 10, ax.x(monday), bottom, "#e4e7eb", 1);
    if (week_step <= 2 && k % week_step == 0 && ax.x(monday) + 36 <= right_edge)
      s += text(ax.x(monday) + 2, kTop - 14,
                std::string(kMonth[monday.month() - 1]) + " " + std::to_string(monday.day()),
                " class=\"week\" font-size=\"10\" fill=\"#6a737d\"");
  }
  for (Date d = ax.first; d <= ax.last;) {
    Date next = Date::from_ymd(d.month() == 12 ? d.year() + 1 : d.year(), d.month() % 12 + 1, 1);
    // The axis rarely starts on the 1st: name its first month too when the
    // next month's label leaves room for it.
    bool partial_first = d == ax.first && d.day() != 1 && ax.x(next) - ax.x(d) >= 70;
    if (((d.day() == 1 && (d.month() - 1) % month_step == 0) || partial_first) && ax.x(d) + 60 <= right_edge) {
      // From under the week labels down: a month rule never crosses one.
      if (!partial_first) s += line(ax.x(d), kTop - 10, ax.x(d), bottom, "#b9c0c8", 1);
      std::string name = month_step == 12 ? std::to_string(d.year())
                                          : std::string(kMonth[d.month() - 1]) + " " + std::to_string(d.year());
      s += text(ax.x(d) + 3, kTop - 30, name, " class=\"month\" font-size=\"11\" font-weight=\"bold\" fill=\"#444d56\"");
    }
    if (next > ax.last || next.year() > 9999) break;
    d = next;
  }
  return s;
}

}  // namespace

Picture render_timeline(const Curriculum& c, const Plan& plan, const Progress& progress,
                        const Journal& journal, Date today, const std::optional<DateWindow>& window) {
  // The axis first: it decides whether bars are drawn per block, and so
  // whether the rows keep their planned days. Without a window, everything
  // that happened and everything planned.
  Axis ax;
  if (window) {
    ax.first = window->from;
    ax.last = window->until;
  } else {
    ax.first = today;
    ax.last = today;
    if (!plan.empty()) ax.first = std::min(ax.first, plan.days.front().date), ax.last = std::max(ax.last, plan.days.back().date);
    for (const auto& e : journal)
      if (!e.is_pick() && e.date <= today && e.studied_minutes && *e.studied_minutes > 0 && c.find(e.id).is_resource())
        ax.first = std::min(ax.first, e.date);
  }
  const Date drawn_until = ax.last;
  if (ax.last < Date::max()) ax.last = ax.last + 1;  // a day of air after the last bar
  const double days = (ax.last - ax.first) + 1;
  ax.px_per_day = std::clamp(kTargetChartW / days, kMinPxPerDay, kMaxPxPerDay);
  const bool block_bars = ax.px_per_day >= kBlockBarsFrom;

  std::vector<Row> rows = build_rows(c, plan, progress, journal, today, block_bars, ax.first, drawn_until);
  // What the window leaves out of the plan, in words (SPEC 5).
  std::size_t later = 0;
  for (const auto& span : plan.spans)
    if (drawn_until < span.start) ++later;
  const Palette palette(c);

  // Rows grouped by first topic (practice last), the groups in the order
  // their first row came (work done first, then the plan's order), each
  // under a header: the chart reads as a few stretches of work, one per
  // topic, rather than one staircase. Within a group, the order is kept.
  // With tracks (SPEC 3.2), rows are grouped by track instead: the lines of
  // study that share each day, side by side down the chart.
  std::vector<std::string> group_names;
  const bool by_track = c.tracks.size() > 1;
  auto group_of = [&](const Row& r) {
    if (r.practice >= 0) return std::string("practice");
    if (by_track) {
      const int t = c.resources[static_cast<std::size_t>(r.resource)].track;
      return t >= 0 ? c.tracks[static_cast<std::size_t>(t)].title : std::string("other");
    }
    const auto& t = topics_of(c, r);
    return t.empty() ? std::string("other") : t.front();
  };
  for (const Row& r : rows)
    if (r.practice < 0 && std::find(group_names.begin(), group_names.end(), group_of(r)) == group_names.end())
      group_names.push_back(group_of(r));
  if (std::any_of(rows.begin(), rows.end(), [](const Row& r) { return r.practice >= 0; })) group_names.push_back("practice");
  std::stable_sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
    return std::find(group_names.begin(), group_names.end(), group_of(a)) <
           std::find(group_names.begin(), group_names.end(), group_of(b));
  });
  std::vector<double> row_y(rows.size());
  std::vector<std::pair<double, std::string>> headers;  // y, group
  {
    double y = kTop;
    for (std::size_t i = 0; i < rows.size(); ++i) {
      if (i == 0 || group_of(rows[i]) != group_of(rows[i - 1])) {
        headers.push_back({y, group_of(rows[i])});
        y += kHeaderH;
      }
      row_y[i] = y;
      y += kRowH;
    }
  }


  const double bottom = (rows.empty() ? kTop : row_y.back() + kRowH) + 6;
  Topics topics;
  for (const Row& r : rows) topics.of(topics_of(c, r));
  const double rest_y = bottom + 20;  // the line on what lies past the window
  const double legend_y = bottom + (later > 0 ? 44 : 26);
  const double width = std::max(kLabelW + ax.width() + kRight, 640.0);
  const double height = legend_y + 20 + 12;

  Minutes planned_total = 0;
  for (const auto& span : plan.spans) planned_total += span.minutes;

  std::string s;
  s += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  s += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + num(width) + "\" height=\"" + num(height) +
       "\" viewBox=\"0 0 " + num(width) + " " + num(height) +
       "\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"11\" fill=\"#24292f\">\n";
  s += "<title>" + xml_escape(tooltip_text(c.title)) + ": timeline</title>\n";
  s += "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n";
  s += text(12, 22, xml_escape(truncate_text(c.title, 80)), " font-size=\"15\" font-weight=\"bold\"");
  std::string sub = plan.empty() ? std::string("nothing left to plan")
                                 : "plan " + plan.start.str() + " to " + plan.end.str() + ", " +
                                       format_hours(planned_total) + " in " +
                                       std::to_string(plan.spans.size()) + " resources";
  s += text(12, 40, xml_escape(sub + "; today " + today.str()), " class=\"subtitle\" fill=\"#57606a\"");

  // Zebra rows first, so grid lines and bars sit on top of them.
  for (std::size_t i = 0; i < rows.size(); i += 2)
    s += "<rect x=\"0\" y=\"" + num(row_y[i]) + "\" width=\"" + num(width) + "\" height=\"" +
         num(kRowH) + "\" fill=\"#f6f8fa\"/>\n";
  s += grid(ax, bottom, width);
  for (const auto& [hy, name] : headers) {
    // A topic's group carries its colour; a track or practice has none of
    // its own (an ink square would read as "logged").
    const bool swatch = name != "practice" && !by_track;
    s += "<g class=\"group\">" + line(0, hy + 1, width, hy + 1, colour::kRule, 1) +
         (swatch ? "<rect x=\"12\" y=\"" + num(hy + 7) + "\" width=\"10\" height=\"10\" rx=\"2\" fill=\"" +
                       std::string(palette.topic(name)) + "\"/>"
                 : std::string()) +
         text(swatch ? 27 : 12, hy + 16, xml_escape(truncate_text(name, 40)), " font-size=\"12\" font-weight=\"bold\"") +
         "</g>\n";
  }

  for (std::size_t i = 0; i < rows.size(); ++i) {
    const Row& row = rows[i];
    const bool practice = row.practice >= 0;
    const auto ri = static_cast<std::size_t>(practice ? row.practice : row.resource);
    const std::string& full_title = practice ? c.practice[ri].title : c.resources[ri].title;
    const std::string& id = practice ? c.practice[ri].id : c.resources[ri].id;
    const bool done = !practice && ri < progress.resources.size() && progress.resources[ri].done;
    const double y = row_y[i], bar_y = y + (kRowH - kBarH) / 2;
    const char* colour = palette.of(topics_of(c, row));

    // A milestone (SPEC 1) is marked with a diamond before its title.
    const bool milestone = !practice && c.resources[ri].milestone;
    std::string label = (milestone ? "\xE2\x97\x86 " : "") +
                        truncate_text(full_title, practice ? kLabelChars - 11 : kLabelChars - (milestone ? 2 : 0)) +
                        (done ? " \xE2\x9C\x93" : "") + (practice ? " (practice)" : "");
    const std::string title = tooltip_text(full_title);  // once per row, not per block
    s += "<g class=\"label\"><title>" + xml_escape(title + " (" + id + ")") + "</title>" +
         text(12, y + kRowH / 2 + 4, xml_escape(label), row.history && row.planned_days == 0 ? " fill=\"#8c959f\"" : "") +
         "</g>\n";

    if (block_bars) {
      for (const auto& [date, m] : row.logged)
        s += rect(ax.x(date) + 0.5, bar_y, ax.px_per_day - 1, kBarH, kLogged,
                  title + " \xE2\x80\x94 " + date.str() + ": " + format_hours(m) + " logged", "logged");
      for (const auto& [date, m] : row.planned)
        s += rect(ax.x(date) + 0.5, bar_y, ax.px_per_day - 1, kBarH, colour,
                  title + " \xE2\x80\x94 " + date.str() + ": " + format_hours(m) + " planned", "block");
    } else {
      // Compressed: one bar over the logged dates and one over the planned span.
      auto span_bar = [&](Date a, Date b, Minutes total, const char* fill, const char* what, const char* cls) {
        s += rect(ax.x(a), bar_y, (b - a + 1) * ax.px_per_day, kBarH, fill,
                  title + " \xE2\x80\x94 " + a.str() + " to " + b.str() + ": " + format_hours(total) + " " + what, cls);
      };
      if (!row.logged.empty()) {
        Minutes total = 0;
        for (const auto& kv : row.logged) total += kv.second;
        span_bar(row.logged.begin()->first, row.logged.rbegin()->first, total, kLogged, "logged", "logged");
      }
      if (row.planned_days > 0) span_bar(row.planned_first, row.planned_last, row.planned_total, colour, "planned", "span");
    }
  }

  // Today: a red line over the whole chart, when the window holds it.
  std::optional<double> today_x;
  if (!(today < ax.first) && !(drawn_until < today)) {
    const double tx = ax.x(today);
    today_x = tx;
    s += line(tx, kTop - 44, tx, bottom, colour::kToday, 1.5, " class=\"today\"");
    s += text(tx + 3, kTop - 46, "today", std::string(" font-size=\"10\" font-weight=\"bold\" fill=\"") + colour::kToday + "\"");
  }
  if (later > 0)
    s += text(12, rest_y, xml_escape(count(later, "more resource") + " until " + plan.end.str() +
                                     " (tenk render timeline --all draws the whole plan)"),
              " class=\"rest\" fill=\"#57606a\"");

  // Legend: what grey means, then the topic colours.
  double lx = 12;
  auto key = [&](const char* fill, const std::string& name) {
    s += "<rect x=\"" + num(lx) + "\" y=\"" + num(legend_y) + "\" width=\"12\" height=\"12\" rx=\"2\" fill=\"" +
         fill + "\"/>\n" + text(lx + 16, legend_y + 10, xml_escape(name), " class=\"key\"");
    lx += 16 + 6.5 * static_cast<double>(utf8_length(name)) + 14;
  };
  key(kLogged, "logged");
  if (std::any_of(rows.begin(), rows.end(), [&](const Row& r) { return r.resource >= 0 && c.resources[static_cast<std::size_t>(r.resource)].milestone; })) {
    s += text(lx, legend_y + 10, "\xE2\x97\x86 milestone", " class=\"key\"");
    lx += 90;
  }
  // Each coloured topic drawn, in palette order; the grey ones as "other".
  bool other = false;
  for (const auto& t : topics.names) other = other || std::string_view(palette.topic(t)) == colour::kOtherTopic;
  for (const auto& t : palette.coloured())
    if (topics.index.count(t)) key(palette.topic(t), truncate_text(t, 24));
  if (other) key(colour::kOtherTopic, "other");
  s += "</svg>\n";
  return {s, today_x};
}

}  // namespace tenk
