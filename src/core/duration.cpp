#include "core/duration.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "core/quote.h"

namespace tenk {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

// An unsigned decimal number ("1", "1.5", ".5") that is the whole text.
// Checked by hand first: a number reader alone would accept "1e9", "nan",
// "0x10" or leading spaces.
std::optional<double> parse_decimal(std::string_view s) {
  s = trim(s);
  if (s.empty() || s.size() > 32) return std::nullopt;
  bool digit = false, dot = false;
  for (char c : s) {
    if (c >= '0' && c <= '9') digit = true;
    else if (c == '.' && !dot) dot = true;
    else return std::nullopt;
  }
  if (!digit) return std::nullopt;
  double value = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return value;
}

// `1:30` -> 1.5. Minutes are exactly two digits below 60.
std::optional<double> parse_clock(std::string_view s, std::size_t colon) {
  auto h = s.substr(0, colon), m = trim(s.substr(colon + 1));
  auto hours = parse_decimal(h);
  if (!hours || h.find('.') != std::string_view::npos) return std::nullopt;
  if (m.size() != 2 || m.find('.') != std::string_view::npos) return std::nullopt;
  auto minutes = parse_decimal(m);
  if (!minutes || *minutes >= 60) return std::nullopt;
  return *hours + *minutes / 60.0;
}

// `90m`, `2h`, `1h30m`, `1h 30m`.
std::optional<double> parse_units(std::string_view s) {
  auto h_at = s.find('h');
  if (s.back() == 'h') {
    if (h_at != s.size() - 1) return std::nullopt;
    return parse_decimal(s.substr(0, h_at));
  }
  // s ends in 'm'.
  auto body = s.substr(0, s.size() - 1);
  if (h_at == std::string_view::npos) {
    auto minutes = parse_decimal(body);
    if (!minutes) return std::nullopt;
    return *minutes / 60.0;
  }
  // After hours, minutes are below 60 ("1h70m" is a typo, not 2h10m).
  auto hours = parse_decimal(body.substr(0, h_at));
  auto minutes = parse_decimal(body.substr(h_at + 1));
  if (!hours || !minutes || *minutes >= 60) return std::nullopt;
  return *hours + *minutes / 60.0;
}

}  // namespace

std::optional<double> parse_hours(std::string_view text) {
  auto s = trim(text);
  bool negative = !s.empty() && s.front() == '-';
  if (negative || (!s.empty() && s.front() == '+')) s.remove_prefix(1);
  if (s.empty()) return std::nullopt;

  std::optional<double> hours;
  if (auto colon = s.find(':'); colon != std::string_view::npos)
    hours = parse_clock(s, colon);
  else if (s.back() == 'h' || s.back() == 'm')
    hours = parse_units(s);
  else if (auto h = s.find('h'); h != std::string_view::npos)
    hours = parse_units(std::string(s) + "m");  // "1h30" as people write it: 1h30m
  else
    hours = parse_decimal(s);
  if (!hours || !std::isfinite(*hours)) return std::nullopt;
  return negative ? -*hours : *hours;
}

Minutes to_minutes(double hours) { return static_cast<Minutes>(std::llround(hours * 60.0)); }

double to_hours(Minutes minutes) {
  // Exact, not rounded: scripts add block hours up and compare them with a
  // resource's total, and 3 blocks of 0.333 h would not make its 1 h.
  return static_cast<double>(minutes) / 60.0;
}

std::string format_decimal(double v) {
  if (!std::isfinite(v)) return "0";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  std::string s = buf;
  // Drop trailing zeros: "1.50" -> "1.5", "2.00" -> "2".
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  if (s == "-0") return "0";  // returned, not assigned: GCC 12 warns falsely on s = "0"
  return s;
}

std::string format_hours(Minutes minutes) { return format_decimal(static_cast<double>(minutes) / 60.0) + " h"; }

std::string format_hm(Minutes minutes) {
  char buf[48];
  Minutes h = minutes / 60, m = minutes % 60;
  if (h == 0) std::snprintf(buf, sizeof buf, "%lldm", static_cast<long long>(m));
  else if (m == 0) std::snprintf(buf, sizeof buf, "%lldh", static_cast<long long>(h));
  else std::snprintf(buf, sizeof buf, "%lldh%02lld", static_cast<long long>(h), static_cast<long long>(m));
  return buf;
}

std::string amount_error(double hours, std::string_view what, std::string_view written, bool allow_zero,
                         double max_hours) {
  const std::string got = ", got " + std::string(written);
  if (allow_zero ? hours < 0 : hours <= 0) return std::string(what) + " must be " + (allow_zero ? "at least 0" : "more than 0") + got;
  if (hours > max_hours)
    return std::string(what) + " must be at most " + std::to_string(static_cast<long long>(max_hours)) + " hours" + got;
  // 0.001 h is "more than 0" but rounds to no time at all.
  if (!allow_zero && to_minutes(hours) < 1) return std::string(what) + " must be at least one minute" + got;
  return "";
}

Amount read_amount(std::string_view text, std::string_view what, bool allow_zero, double max_hours) {
  const auto hours = parse_hours(text);
  if (!hours) return {0, std::string(what) + ": cannot read " + in_quotes(text) + " as hours (write 1.5, 90m, 1h30m or 1:30)"};
  std::string error = amount_error(*hours, what, in_quotes(text), allow_zero, max_hours);
  if (!error.empty()) return {0, std::move(error)};
  return {to_minutes(*hours), ""};
}

}  // namespace tenk
