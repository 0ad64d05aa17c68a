#include "cli/text.h"

namespace tenk {

std::size_t display_width(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;  // count lead bytes, not continuation bytes
  return n;
}

std::string fit(std::string_view s, std::size_t width) {
  if (display_width(s) > width) {
    std::string out;
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
      auto c = static_cast<unsigned char>(s[i]);
      if ((c & 0xC0) != 0x80 && ++n > width - 1) break;
      out += s[i];
    }
    return out + "…";
  }
  return std::string(s) + std::string(width - display_width(s), ' ');
}

std::string right(std::string_view s, std::size_t width) {
  auto w = display_width(s);
  return (w < width ? std::string(width - w, ' ') : std::string()) + std::string(s);
}

std::string relative_days(Date from, Date to) {
  int d = to - from;
  if (d == 0) return "today";
  if (d == 1) return "tomorrow";
  if (d == -1) return "yesterday";
  auto plural = [](int n, const char* unit) { return std::to_string(n) + " " + unit + (n == 1 ? "" : "s"); };
  int a = d < 0 ? -d : d;
  std::string span;
  if (a < 14) span = plural(a, "day");
  else if (a < 60) span = plural(a / 7, "week");
  else if (a < 730) span = plural(a * 12 / 365, "month");
  else {
    int months = a * 12 / 365;
    span = plural(months / 12, "year");
    if (months % 12) span += " " + plural(months % 12, "month");
  }
  return d > 0 ? "in " + span : span + " ago";
}

std::string delta_text(Minutes delta) {
  if (delta == 0) return "on plan";
  return format_hours(delta > 0 ? delta : -delta) + (delta > 0 ? " ahead" : " behind");
}

std::string signed_days(int days) {
  if (days == 0) return "no change";
  std::string s = (days > 0 ? "+" : "") + std::to_string(days) + (days == 1 || days == -1 ? " day" : " days");
  return s;
}

const std::string& title_of(const Curriculum& c, int r) { return c.resources[static_cast<std::size_t>(r)].title; }

std::string day_label(Date d) { return std::string(weekday_name(d.weekday())) + " " + d.str(); }

}  // namespace tenk
