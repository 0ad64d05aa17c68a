#include "cli/text.h"

#include <cstdio>

#include "core/utf8.h"

namespace tenk {

std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    unsigned cp = 0;
    std::size_t n = utf8_at(text, i, cp);
    if (n == 0) {
      out += kReplacementChar;
      ++i;
      continue;
    }
    if (cp < 0x20 || cp == 0x7F) {
      out += '^';
      out += static_cast<char>(cp == 0x7F ? '?' : cp + 0x40);
    } else if ((cp >= 0x80 && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "<U+%04X>", cp);
      out += buf;
    } else {
      out.append(text, i, n);
    }
    i += n;
  }
  return out;
}

std::size_t display_width(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;  // count lead bytes, not continuation bytes
  return n;
}

std::string fit(std::string_view text, std::size_t width) {
  const std::string safe = printable(text);
  std::string_view s = safe;
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

std::string right(std::string_view text, std::size_t width) {
  const std::string s = printable(text);
  auto w = display_width(s);
  return (w < width ? std::string(width - w, ' ') : std::string()) + s;
}

std::string count(std::size_t n, std::string_view noun, std::string_view plural_form) {
  std::string out = std::to_string(n) + " ";
  if (n == 1) return out.append(noun);
  if (!plural_form.empty()) return out.append(plural_form);
  return out.append(noun).append("s");
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
