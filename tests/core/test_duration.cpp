#include <catch2/catch.hpp>

#include "core/duration.h"

using tenk::parse_hours;

TEST_CASE("parse_hours: plain numbers are hours") {
  CHECK(parse_hours("1.5") == 1.5);
  CHECK(parse_hours("2") == 2.0);
  CHECK(parse_hours(".5") == 0.5);
  CHECK(parse_hours(" 3 ") == 3.0);
}

TEST_CASE("parse_hours: minutes, hours and minutes, clock") {
  CHECK(parse_hours("90m") == 1.5);
  CHECK(parse_hours("1h30m") == 1.5);
  CHECK(parse_hours("1h30") == 1.5);  // as people write it
  CHECK(parse_hours("2h05") == Approx(2 + 5.0 / 60));
  CHECK_FALSE(parse_hours("1h75"));
  CHECK_FALSE(parse_hours("1h3x"));
  CHECK(parse_hours("1h 30m") == 1.5);
  CHECK(parse_hours("1h59m") == 1.0 + 59.0 / 60);
  CHECK(parse_hours("120m") == 2.0);  // minutes alone may pass 60
  CHECK(parse_hours("2h") == 2.0);
  CHECK(parse_hours("1:30") == 1.5);
  CHECK(parse_hours("0:45") == 0.75);
  CHECK(tenk::to_minutes(*parse_hours("1:20")) == 80);
}

TEST_CASE("parse_hours: signs are kept so callers can say 'must be > 0'") {
  CHECK(parse_hours("-1") == -1.0);
  CHECK(parse_hours("0") == 0.0);
  CHECK(parse_hours("-90m") == -1.5);
}

TEST_CASE("parse_hours: rejects what is not a duration") {
  for (const char* bad : {"", " ", "abc", "1.5.2", "nan", "inf", "1e9", "0x10", "1:75", "1:5", "1.5:30",
                          "h", "m", "1hm", "30m1h", "h30", "--1", "1 2", "1,5", "1:30:00", "1h70m", "1h60m"})
  {
    INFO(bad);
    CHECK_FALSE(parse_hours(bad).has_value());
  }
}

TEST_CASE("to_minutes rounds to the nearest minute") {
  CHECK(tenk::to_minutes(1.5) == 90);
  CHECK(tenk::to_minutes(0.001) == 0);
  CHECK(tenk::to_minutes(0.01) == 1);
  CHECK(tenk::to_minutes(10000) == 600000);
}

TEST_CASE("format_hours and format_hm are short and exact") {
  CHECK(tenk::format_hours(90) == "1.5 h");
  CHECK(tenk::format_hours(120) == "2 h");
  CHECK(tenk::format_hours(15) == "0.25 h");
  CHECK(tenk::format_hours(20) == "0.33 h");
  CHECK(tenk::format_hm(90) == "1h30");
  CHECK(tenk::format_hm(120) == "2h");
  CHECK(tenk::format_hm(45) == "45m");
  CHECK(tenk::to_hours(20) * 3 == 1.0);
  CHECK(tenk::to_hours(90) == 1.5);
}

TEST_CASE("read_amount: whole minutes within the range, or the one reason it is not") {
  using tenk::read_amount;
  CHECK(read_amount("1h30", "hours", false, 24).minutes == 90);
  CHECK(read_amount("1h30", "hours", false, 24).error.empty());
  CHECK(read_amount("0", "--left", true, 24).minutes == 0);
  CHECK(read_amount("0", "--left", true, 24).error.empty());
  CHECK(read_amount("0", "hours", false, 24).error == "hours must be more than 0, got '0'");
  CHECK(read_amount("-1", "--left", true, 24).error == "--left must be at least 0, got '-1'");
  CHECK(read_amount("25", "hours", false, 24).error == "hours must be at most 24 hours, got '25'");
  CHECK(read_amount("0.001", "hours", false, 24).error == "hours must be at least one minute, got '0.001'");
  CHECK(read_amount("lots", "'hours'", false, 24).error ==
        "'hours': cannot read 'lots' as hours (write 1.5, 90m, 1h30m or 1:30)");
}
