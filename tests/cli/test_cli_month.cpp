// A month of daily use, scripted: today -> study -> log -> status for 30
// days on a copy of the small curriculum, with a swap, a typo undone, a
// re-estimate with --left, a rest day, and a resource removed from the
// curriculum after hours were logged on it. Every day the figures must
// agree between today, status, plan and history.

#include <catch2/catch.hpp>

#include <cmath>

#include "cli/cli_fixture.h"

using namespace tenk::test;
using nlohmann::json;

namespace {

// The small curriculum with one more resource, `extra`, that day 25
// removes (after hours were logged on it).
std::string curriculum(bool with_extra) {
  std::string text = slurp(small_curriculum());
  if (with_extra) {
    const std::string at = "choices:";
    text.insert(text.find(at), "  - {id: extra, title: An extra reading, hours: 2, topics: [programming]}\n");
  }
  return text;
}

std::string date_of(int day) {  // day 1 = Monday 2026-11-02
  const int d = day + 1;
  return d <= 30 ? "2026-11-" + std::string(d < 10 ? "0" : "") + std::to_string(d)
                 : "2026-12-" + std::string(d - 30 < 10 ? "0" : "") + std::to_string(d - 30);
}

double history_total(const json& h) {
  double total = 0;
  for (const auto& e : h["entries"])
    if (e["hours"].is_number()) total += e["hours"].get<double>();
  return total;
}

}  // namespace

TEST_CASE("a scripted month: today, log, status, plan and history agree every day") {
  Scratch s;
  const std::string c = s.file("mine.yaml", curriculum(true));
  const std::string log = s.path("journal.log.yaml");
  auto tenk = [&](std::vector<std::string> args, const std::string& day) {
    args.insert(args.begin(), {"-c", c, "--log", log, "--today", date_of(std::stoi(day))});
    auto r = s.run(args);
    INFO(args.back() << " on " << date_of(std::stoi(day)) << ": " << r.err);
    REQUIRE(r.code == 0);
    return r;
  };
  double logged = 0;
  std::string finished_on;  // status "end" once everything is done
  for (int day = 1; day <= 30; ++day) {
    const std::string d = std::to_string(day);
    INFO("day " << day << " (" << date_of(day) << ")");
    auto today = json_of(tenk({"today", "--json"}, d));
    if (day == 3) tenk({"log", "extra", "1"}, d), logged += 1;  // studied, later removed
    if (day == 10) {
      auto swap = json_of(tenk({"swap", "first-dl", "cs231n", "--json"}, d));
      CHECK(swap["changed"] == true);
      today = json_of(tenk({"today", "--json"}, d));
    }
    if (day == 15) {
      // A typo, seen and undone.
      tenk({"log", today["blocks"][0]["id"].get<std::string>(), "20"}, d);
      auto undo = json_of(tenk({"undo", "--json"}, d));
      CHECK(undo["removed"]["hours"] == 20.0);
    }
    if (day == 25) s.file("mine.yaml", curriculum(false));
    if (day % 7 == 6) continue;  // a day off each week (Saturdays)
    for (const auto& b : today["blocks"]) {
      const std::string id = b["id"];
      if (id == "extra" && day >= 25) continue;
      std::vector<std::string> args = {"log", id, std::to_string(b["hours"].get<double>())};
      if (day == 20 && b == today["blocks"][0]) args.insert(args.end(), {"--left", "3"});
      tenk(args, d);
      logged += b["hours"].get<double>();
    }

    auto status = json_of(tenk({"status", "--json"}, d));
    auto after = json_of(tenk({"today", "--json"}, d));
    auto plan = json_of(tenk({"plan", "--json"}, d));
    auto history = json_of(tenk({"history", "--json"}, d));
    CHECK(status["logged_hours"].get<double>() == Approx(logged));
    CHECK(after["summary"]["logged_hours"] == status["logged_hours"]);
    CHECK(history_total(history) == Approx(logged));
    CHECK(after["summary"]["end"] == status["end"]);
    // Once everything is done the plan is empty and "ends" today; status
    // says when the work ended, a date that stays put (SPEC 3.3: finished).
    if (status["finished"] == true) {
      if (finished_on.empty()) finished_on = status["end"].get<std::string>();
      CHECK(status["end"] == finished_on);
      CHECK(status["end"].get<std::string>() <= plan["end"].get<std::string>());
    } else {
      CHECK(plan["end"] == status["end"]);
    }
    CHECK(status["streak_days"] == after["summary"]["streak_days"]);
    // Per resource, status and history agree.
    for (const auto& r : status["resources"]) {
      double by_history = 0;
      for (const auto& e : history["entries"])
        if (e["id"] == r["id"] && e["hours"].is_number()) by_history += e["hours"].get<double>();
      INFO(r["id"]);
      CHECK(r["logged"].get<double>() == Approx(by_history));
    }
    // Today's blocks are done: what is left today is nothing.
    if (status["end"].get<std::string>() > date_of(day)) CHECK(after["blocks"].empty());
  }
  // The removed resource's hour still counts (SPEC 2), with one warning.
  auto status = s.run({"-c", c, "--log", log, "--today", date_of(30), "status"});
  CHECK(status.err.find("not in the curriculum (extra)") != std::string::npos);
  CHECK(json_of(tenk({"status", "--json"}, "30"))["logged_hours"].get<double>() == Approx(logged));
}
