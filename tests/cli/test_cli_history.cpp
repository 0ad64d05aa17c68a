// `tenk history` (SPEC 4): the journal read back.

#include <catch2/catch.hpp>

#include "cli_fixture.h"

using namespace tenk::test;
using nlohmann::json;

namespace {

const char* kJournal =
    "- {date: 2026-11-23, id: python, hours: 2, note: \"chapters 1-4\"}\n"
    "- {date: 2026-11-24, id: python, hours: 1, done: true}\n"
    "- {date: 2026-11-24, id: numpy, hours: 0.5, note: \"broadcasting\\nand views\"}\n"
    "- {date: 2026-11-28, id: numpy, hours: 1.5}\n"
    "- {date: 2026-12-01, id: numpy, hours: 9}\n";  // after --today: not yet

}  // namespace

TEST_CASE("history: by day, each entry with title, id, hours and note, the day's total, the gaps") {
  Scratch s;
  s.file("journal.log.yaml", kJournal);
  auto r = run_small(s, {"history", "--today", "2026-11-30"});
  REQUIRE(r.code == 0);
  CHECK(r.out ==
        "History 2026-11-23 to 2026-11-30: 5 h logged on 3 days\n"
        "\n"
        "  Day 1 · Mon 2026-11-23  2 h\n"
        "        2h  Python basics  python\n"
        "            chapters 1-4\n"
        "  Day 2 · Tue 2026-11-24  1.5 h\n"
        "        1h  Python basics  python · done\n"
        "       30m  NumPy  numpy\n"
        "            broadcasting\n"
        "            and views\n"
        "  Wed 2026-11-25 to Fri 2026-11-27  no study on 3 study days\n"
        "  Day 6 · Sat 2026-11-28  1.5 h\n"
        "      1h30  NumPy  numpy\n"
        "  Sun 2026-11-29  rest day\n"
        "  Mon 2026-11-30  nothing logged yet today\n");
}

TEST_CASE("history: by week and month, hours per resource and in total") {
  Scratch s;
  s.file("journal.log.yaml", kJournal);
  auto week = run_small(s, {"history", "--by", "week", "--today", "2026-11-30"});
  CHECK(week.out.find("  Week of 2026-11-23      5 h\n         3 h  Python basics  python\n         2 h  NumPy  numpy\n") !=
        std::string::npos);
  auto j = json_of(run_small(s, {"history", "--by", "month", "--json", "--today", "2026-11-30"}));
  CHECK(j["by"] == "month");
  REQUIRE(j["periods"].size() == 1);
  CHECK(j["periods"][0]["start"] == "2026-11-23");
  CHECK(j["periods"][0]["hours"] == 5.0);
  CHECK(j["periods"][0]["by_id"] == json{{"python", 3.0}, {"numpy", 2.0}});
}

TEST_CASE("history: --from, --to (today, yesterday, -N) and --id narrow it — JSON lists the entries") {
  Scratch s;
  s.file("journal.log.yaml", kJournal);
  auto j = json_of(run_small(s, {"history", "--json", "--from", "-6", "--to", "yesterday", "--id", "numpy",
                                 "--today", "2026-11-30"}));
  CHECK(j["from"] == "2026-11-24");
  CHECK(j["to"] == "2026-11-29");
  REQUIRE(j["entries"].size() == 2);
  // Day N counts from the whole journal's Day 1 (2026-11-23), whatever --id.
  CHECK(j["entries"][0] == json{{"date", "2026-11-24"}, {"day", 2}, {"id", "numpy"}, {"title", "NumPy"}, {"hours", 0.5},
                                {"note", "broadcasting\nand views"}});
  CHECK(j["periods"].size() == 2);
  auto bad = run_small(s, {"history", "--from", "2026-12-01", "--to", "2026-11-01"});
  CHECK(bad.code == 1);
  CHECK(bad.err == "tenk: error: --from 2026-12-01 is after --to 2026-11-01\n");
  CHECK(run_small(s, {"history", "--by", "year"}).code == 1);
  CHECK(run_small(s, {"history", "--from", "someday"}).code == 1);
}

TEST_CASE("history: hours on ids no longer in the curriculum are still there") {
  Scratch s;
  s.file("journal.log.yaml", "- {date: 2026-11-23, id: old-book, hours: 2, note: kept}\n");
  auto r = run_small(s, {"history", "--today", "2026-11-24"});
  CHECK(r.out.find("(no longer in the curriculum)  old-book") != std::string::npos);
}

TEST_CASE("history, show and undo --json: a journal entry has one shape in all three") {
  Scratch s;
  s.file("journal.log.yaml",
         "- {date: 2026-11-23, id: python, hours: 2, left: 3, note: \"chapter 4\", private: true}\n"
         "- {date: 2026-11-24, choice: first-dl, pick: cs231n, note: \"vision\"}\n");
  auto json_run = [&](std::vector<std::string> args) {
    args.insert(args.end(), {"--json", "--today", "2026-11-24"});
    auto r = run_small(s, args);
    INFO(r.err);
    REQUIRE(r.code == 0);
    return json_of(r);
  };
  const nlohmann::json log_entry = {{"date", "2026-11-23"}, {"id", "python"}, {"hours", 2.0}, {"left", 3.0},
                                    {"note", "chapter 4"}, {"private", true}};
  const nlohmann::json pick_entry = {{"date", "2026-11-24"}, {"id", "first-dl"}, {"choice", "first-dl"},
                                     {"pick", "cs231n"}, {"hours", nullptr}, {"note", "vision"}};
  auto history = json_run({"history"})["entries"];
  REQUIRE(history.size() == 2);
  for (auto& e : history) {
    CHECK(e.contains("day"));
    CHECK(e.contains("title"));
    e.erase("day");
    e.erase("title");
  }
  CHECK(history[0] == log_entry);
  CHECK(history[1] == pick_entry);
  CHECK(json_run({"show", "python"})["entries"][0] == log_entry);
  CHECK(json_run({"undo"})["removed"] == pick_entry);
  CHECK(json_run({"undo", "--yes"})["removed"] == log_entry);
}
