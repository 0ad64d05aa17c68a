#pragma once
// A calendar date without time or zone: what the curriculum, the journal and
// the plan talk about.

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tenk {

/// A proleptic Gregorian date, stored as days since 1970-01-01.
/// Years 1..9999 only, so every date prints as YYYY-MM-DD.
class Date {
 public:
  constexpr Date() = default;

  /// Parses strict ISO `YYYY-MM-DD`. Returns nullopt for anything else,
  /// including dates that do not exist (2023-02-29) and years outside 1..9999.
  static std::optional<Date> parse(std::string_view text);
  /// The date with the given days since 1970-01-01.
  static constexpr Date from_days(std::int32_t days) { return Date(days); }
  /// Builds a date from parts; the parts must form a real date.
  static Date from_ymd(int year, unsigned month, unsigned day);
  /// The first and last representable dates.
  static Date min();
  static Date max();

  /// `YYYY-MM-DD`.
  std::string str() const;
  /// 0 = Monday ... 6 = Sunday.
  int weekday() const;
  int year() const;
  unsigned month() const;
  unsigned day() const;
  constexpr std::int32_t days() const { return days_; }

  constexpr Date operator+(std::int32_t n) const { return Date(days_ + n); }
  constexpr Date operator-(std::int32_t n) const { return Date(days_ - n); }
  constexpr std::int32_t operator-(Date other) const { return days_ - other.days_; }
  constexpr Date& operator++() { ++days_; return *this; }
  constexpr auto operator<=>(const Date&) const = default;

 private:
  constexpr explicit Date(std::int32_t days) : days_(days) {}
  std::int32_t days_ = 0;
};

/// A date as given on the command line (SPEC 4): `YYYY-MM-DD`, `today`,
/// `yesterday`, or `-N` for N days before `today`. nullopt for anything
/// else, or a date outside years 1..9999.
std::optional<Date> parse_date_arg(std::string_view text, Date today);

/// Short English weekday name, "Mon".."Sun", for weekday() values 0..6.
std::string_view weekday_name(int weekday);

}  // namespace tenk
