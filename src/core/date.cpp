#include "core/date.h"

#include <algorithm>

#include <array>
#include <chrono>
#include <cstdio>

namespace tenk {
namespace {

namespace chr = std::chrono;
using chr::sys_days;
using chr::year_month_day;

year_month_day ymd_of(Date d) { return year_month_day{sys_days{std::chrono::days{d.days()}}}; }

bool all_digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

std::optional<Date> Date::parse(std::string_view text) {
  // Exactly YYYY-MM-DD: a lenient parser would accept "2024-6-7", and two
  // spellings of one date would make journal lines compare unequal.
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto y = text.substr(0, 4), m = text.substr(5, 2), d = text.substr(8, 2);
  if (!all_digits(y) || !all_digits(m) || !all_digits(d)) return std::nullopt;
  year_month_day ymd{chr::year{to_int(y)}, chr::month{static_cast<unsigned>(to_int(m))},
                     chr::day{static_cast<unsigned>(to_int(d))}};
  if (!ymd.ok() || to_int(y) < 1) return std::nullopt;
  return Date(static_cast<std::int32_t>(sys_days{ymd}.time_since_epoch().count()));
}

Date Date::from_ymd(int y, unsigned m, unsigned d) {
  year_month_day ymd{chr::year{y}, chr::month{m}, chr::day{d}};
  return Date(static_cast<std::int32_t>(sys_days{ymd}.time_since_epoch().count()));
}

Date Date::min() { return from_ymd(1, 1, 1); }
Date Date::max() { return from_ymd(9999, 12, 31); }

std::string Date::str() const {
  // By hand, from one calendar conversion: `plan --json` prints a date per
  // day and snprintf was a tenth of its time on Metacademy.
  year_month_day ymd = ymd_of(*this);
  int year = static_cast<int>(ymd.year());
  if (year < 1 || year > 9999) {  // not four digits: the slow general way
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", year, static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()));
    return buf;
  }
  unsigned y = static_cast<unsigned>(year);
  unsigned m = static_cast<unsigned>(ymd.month()), d = static_cast<unsigned>(ymd.day());
  std::string out = "0000-00-00";
  for (int i = 3; i >= 0; --i, y /= 10) out[static_cast<std::size_t>(i)] = static_cast<char>('0' + y % 10);
  out[5] = static_cast<char>('0' + m / 10), out[6] = static_cast<char>('0' + m % 10);
  out[8] = static_cast<char>('0' + d / 10), out[9] = static_cast<char>('0' + d % 10);
  return out;
}

int Date::weekday() const {
  // 1970-01-01 was a Thursday (index 3 with Monday = 0).
  int w = static_cast<int>((static_cast<std::int64_t>(days_) + 3) % 7);
  return w < 0 ? w + 7 : w;
}

int Date::year() const { return static_cast<int>(ymd_of(*this).year()); }
unsigned Date::month() const { return static_cast<unsigned>(ymd_of(*this).month()); }
unsigned Date::day() const { return static_cast<unsigned>(ymd_of(*this).day()); }

std::optional<Date> parse_date_arg(std::string_view text, Date today) {
  if (text == "today") return today;
  if (text == "yesterday") return today > Date::min() ? std::optional<Date>(today - 1) : std::nullopt;
  if (text.size() >= 2 && text.size() <= 8 && text.front() == '-' &&
      std::all_of(text.begin() + 1, text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    std::int32_t n = 0;
    for (char c : text.substr(1)) n = n * 10 + (c - '0');
    if (n > today - Date::min()) return std::nullopt;
    return today - n;
  }
  return Date::parse(text);
}

std::string_view weekday_name(int weekday) {
  static constexpr std::array<std::string_view, 7> kNames = {"Mon", "Tue", "Wed", "Thu",
                                                            "Fri", "Sat", "Sun"};
  return kNames.at(static_cast<std::size_t>(weekday));
}

}  // namespace tenk
