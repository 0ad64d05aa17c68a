#include <catch2/catch.hpp>

#include "core/date.h"

using tenk::Date;

TEST_CASE("Date::parse accepts real ISO dates only") {
  CHECK(Date::parse("2024-06-07")->str() == "2024-06-07");
  CHECK(Date::parse("2024-02-29").has_value());
  CHECK_FALSE(Date::parse("2023-02-29").has_value());
  CHECK_FALSE(Date::parse("2024-13-01").has_value());
  CHECK_FALSE(Date::parse("2024-6-7").has_value());
  CHECK_FALSE(Date::parse("2024-06-07T00:00").has_value());
  CHECK_FALSE(Date::parse("0000-01-01").has_value());
  CHECK_FALSE(Date::parse("abcd-ef-gh").has_value());
  CHECK_FALSE(Date::parse("").has_value());
}

TEST_CASE("Date arithmetic and weekdays") {
  auto d = *Date::parse("2024-06-07");  // a Friday
  CHECK(d.weekday() == 4);
  CHECK((d + 1).weekday() == 5);
  CHECK((d + 3).str() == "2024-06-10");
  CHECK((*Date::parse("2025-01-01") - *Date::parse("2024-01-01")) == 366);
  CHECK(Date::from_days(0).str() == "1970-01-01");
  CHECK(Date::from_days(0).weekday() == 3);
  CHECK(Date::max().str() == "9999-12-31");
  CHECK(Date::min().str() == "0001-01-01");
  CHECK(Date::min().weekday() == 0);  // 0001-01-01 was a Monday (proleptic)
  CHECK(tenk::weekday_name(6) == "Sun");
}

TEST_CASE("date: str writes four-digit years by hand and others the general way") {
  using tenk::Date;
  for (int days = Date::min().days(); days <= Date::max().days(); days += 997) {
    Date d = Date::from_days(days);
    REQUIRE(Date::parse(d.str()) == d);
  }
  CHECK(Date::max().str() == "9999-12-31");
  CHECK(Date::from_ymd(2024, 2, 29).str() == "2024-02-29");
  CHECK(Date::from_ymd(10000, 1, 2).str() == "10000-01-02");
}

TEST_CASE("parse_date_arg: ISO dates, today, yesterday and -N days") {
  const auto today = *tenk::Date::parse("2026-03-01");
  CHECK(tenk::parse_date_arg("today", today) == today);
  CHECK(tenk::parse_date_arg("yesterday", today)->str() == "2026-02-28");
  CHECK(tenk::parse_date_arg("-1", today)->str() == "2026-02-28");
  CHECK(tenk::parse_date_arg("-365", today)->str() == "2025-03-01");
  CHECK(tenk::parse_date_arg("2024-02-29", today)->str() == "2024-02-29");
  CHECK_FALSE(tenk::parse_date_arg("-", today));
  CHECK_FALSE(tenk::parse_date_arg("-1d", today));
  CHECK_FALSE(tenk::parse_date_arg("+3", today));
  CHECK_FALSE(tenk::parse_date_arg("-99999999", today));  // before year 1
  CHECK_FALSE(tenk::parse_date_arg("tomorrow", today));
  CHECK_FALSE(tenk::parse_date_arg("2023-02-29", today));
}
