#include <catch2/catch.hpp>

#include <map>
#include <random>

#include "export/ledger_rows.h"
#include "export_support.h"

using namespace tenk;
using namespace tenk::test;

TEST_CASE("ledger_rows: entries with hours up to today, by date, file order within a date") {
  auto c = curriculum_of({{"python", "Python basics"}, {"numpy", "NumPy"}});
  Journal j = {logged("2026-11-24", "numpy", 60, "second"), logged("2026-11-23", "python", 90, "first"),
               logged("2026-11-24", "python", 30), logged("2026-11-30", "python", 60, "after today")};
  JournalEntry done;
  done.date = on("2026-11-24");
  done.id = "python";
  done.done = true;
  JournalEntry pick;
  pick.date = on("2026-11-24");
  pick.choice = "first-dl";
  pick.pick = "numpy";
  j.push_back(done);
  j.push_back(pick);
  j.push_back(logged("2026-11-24", "gone", 45));  // an id the curriculum no longer has

  auto rows = ledger_rows(c, j, on("2026-11-25"));
  REQUIRE(rows.size() == 4);
  CHECK(rows[0].date == on("2026-11-23"));
  CHECK(rows[0].id == "python");
  CHECK(rows[0].title == "Python basics");
  CHECK(rows[0].note == "first");
  CHECK(rows[0].hundredths == 150);
  CHECK(rows[1].id == "numpy");
  CHECK(rows[1].note == "second");
  CHECK(rows[2].id == "python");
  CHECK(rows[2].hundredths == 50);
  CHECK(rows[3].id == "gone");
  CHECK(rows[3].title == "gone");
  CHECK(rows[3].hundredths == 75);
}

TEST_CASE("ledger_rows: a practice item's rows carry its title, not its id") {
  auto c = curriculum_of({{"python", "Python basics"}});
  Practice paper;
  paper.id = "paper-a-week";
  paper.title = "Read a paper a week";
  c.practice.push_back(paper);
  c.resolve();
  auto rows = ledger_rows(c, {logged("2026-11-24", "paper-a-week", 60)}, on("2026-11-25"));
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].title == "Read a paper a week");
}

TEST_CASE("ledger_rows: hundredths add up to tenk's figures, not to 0.99") {
  auto c = curriculum_of({{"a", "A"}, {"b", "B"}});
  SECTION("three 20-minute entries are 1.00 h") {
    auto rows = ledger_rows(c, {logged("2026-11-23", "a", 20), logged("2026-11-24", "a", 20), logged("2026-11-25", "a", 20)},
                            on("2026-12-01"));
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].hundredths == 34);
    CHECK(rows[1].hundredths == 33);
    CHECK(rows[2].hundredths == 33);
  }
  SECTION("two resources of 20 minutes: the total is 0.67, each 0.33 or 0.34") {
    auto rows = ledger_rows(c, {logged("2026-11-23", "a", 20), logged("2026-11-23", "b", 20)}, on("2026-12-01"));
    CHECK(rows[0].hundredths + rows[1].hundredths == 67);
    CHECK(rows[0].hundredths == 34);  // ties go to the earlier row
    CHECK(rows[1].hundredths == 33);
  }
  SECTION("whole multiples of 3 minutes are written exactly") {
    auto rows = ledger_rows(c, {logged("2026-11-23", "a", 90), logged("2026-11-23", "b", 3), logged("2026-11-24", "a", 1440)},
                            on("2026-12-01"));
    CHECK(rows[0].hundredths == 150);
    CHECK(rows[1].hundredths == 5);
    CHECK(rows[2].hundredths == 2400);
  }
  SECTION("one minute is 0.02, never 0.00") {
    auto rows = ledger_rows(c, {logged("2026-11-23", "a", 1)}, on("2026-12-01"));
    CHECK(rows[0].hundredths == 2);
  }
}

TEST_CASE("ledger_rows: every entry, resource and the total within a hundredth — the total the nearest") {
  std::mt19937 rng(16);
  std::vector<std::string> ids = {"a", "b", "c", "d", "e"};
  auto c = curriculum_of({{"a", "A"}, {"b", "B"}, {"c", "C"}, {"d", "D"}, {"e", "E"}});
  for (int round = 0; round < 200; ++round) {
    Journal j;
    int n = std::uniform_int_distribution<int>(1, 40)(rng);
    for (int i = 0; i < n; ++i) {
      auto id = ids[std::uniform_int_distribution<std::size_t>(0, ids.size() - 1)(rng)];
      Minutes m = std::uniform_int_distribution<Minutes>(1, 300)(rng);
      j.push_back(logged(rng() % 2 ? "2026-11-23" : "2026-11-24", id, m));
    }
    auto rows = ledger_rows(c, j, on("2026-12-01"));
    REQUIRE(rows.size() == j.size());
    // In thirds of a hundredth, m minutes are exactly 5m.
    std::map<std::string, std::pair<std::int64_t, std::int64_t>> per_id;  // exact thirds, written hundredths
    std::int64_t exact = 0, written = 0;
    for (const auto& r : rows) {
      CHECK(std::llabs(3 * r.hundredths - 5 * r.minutes) < 3);
      per_id[r.id].first += 5 * r.minutes;
      per_id[r.id].second += r.hundredths;
      exact += 5 * r.minutes;
      written += r.hundredths;
    }
    for (const auto& [id, sums] : per_id) CHECK(std::llabs(3 * sums.second - sums.first) < 3);
    CHECK(std::llabs(3 * written - exact) <= 1);  // the nearest hundredth
  }
}

TEST_CASE("format_hundredths: two decimals") {
  CHECK(format_hundredths(0) == "0.00");
  CHECK(format_hundredths(5) == "0.05");
  CHECK(format_hundredths(150) == "1.50");
  CHECK(format_hundredths(2400) == "24.00");
  CHECK(format_hundredths(123456) == "1234.56");
}
