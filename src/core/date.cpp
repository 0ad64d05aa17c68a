#include "core/date.h"

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
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", year(), month(), day());
  return buf;
}

int Date::weekday() const {
  // 1970-01-01 was a Thursday (index 3 with Monday = 0).
  int w = static_cast<int>((static_cast<std::int64_t>(days_) + 3) % 7);
  return w < 0 ? w + 7 : w;
}

int Date::year() const { return static_cast<int>(ymd_of(*this).year()); }
unsigned Date::month() const { return static_cast<unsigned>(ymd_of(*this).month()); }
unsigned Date::day() const { return static_cast<unsigned>(ymd_of(*this).day()); }

std::string_view weekday_name(int weekday) {
  static constexpr std::array<std::string_view, 7> kNames = {"Mon", "Tue", "Wed", "Thu",
                                                            "Fri", "Sat", "Sun"};
  return kNames.at(static_cast<std::size_t>(weekday));
}

}  // namespace tenk
