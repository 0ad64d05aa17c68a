// One figure, one function: every number a person reads — the end, effort,
// Day N, the streak, the goal, the forecast, the next milestone — reads the
// same in every command, picture, page and post (SPEC 3.3, 3.4, 5).

#include <catch2/catch.hpp>

#include <cmath>
#include <map>

#include "cli/cli_fixture.h"

using namespace tenk::test;
using nlohmann::json;

namespace {

// The text after `label` on its line of `status`'s output.
std::string row(const std::string& out, const std::string& label) {
  const auto at = out.find("  " + label + " ");
  if (at == std::string::npos) return "";
  const auto start = out.find_first_not_of(' ', at + 2 + label.size());
  return out.substr(start, out.find('\n', start) - start);
}

}  // namespace

TEST_CASE("figures: end, effort, Day N, streak, goal and forecast read the same in today, status, plan, post, burnup and the report") {
  Scratch s;
  s.file("journal.log.yaml", kThreeFinished);
  auto run = [&](std::vector<std::string> args) {
    args.insert(args.begin(), {"--today", "2026-11-17"});
    auto r = run_small(s, args);
    INFO(r.err);
    REQUIRE(r.code == 0);
    return r;
  };
  const json status = json_of(run({"status", "--json"}));
  const json today = json_of(run({"today", "--json"}));
  const json plan = json_of(run({"plan", "--json"}));
  const json post = json_of(run({"post", "--json"}));
  const std::string status_text = run({"status"}).out;
  const std::string today_text = run({"today"}).out;
  const std::string burnup = run({"render", "burnup"}).out;
  run({"report", "-o", s.path("site")});
  const std::string page = slurp(s.path("site/index.html"));
  REQUIRE(status["forecast"].is_object());

  // The end.
  const std::string end = status["end"];
  CHECK(today["summary"]["end"] == end);
  CHECK(plan["end"] == end);
  CHECK_THAT(burnup, Catch::Contains("plan ends " + end));
  CHECK_THAT(today_text, Catch::Contains("plan ends " + end));
  // The end and why it moved: status's sentence, word for word, on the page.
  const std::string end_row = row(status_text, "End");
  REQUIRE(!end_row.empty());
  CHECK_THAT(page, Catch::Contains(end_row));

  // Effort: the same JSON, the same sentence in today, status, the burn-up
  // (written on it, SPEC 3.3) and the page.
  CHECK(today["effort"] == status["effort"]);
  const std::string effort_row = row(status_text, "Effort");
  REQUIRE(!effort_row.empty());
  CHECK_THAT(today_text, Catch::Contains(effort_row));
  CHECK_THAT(burnup, Catch::Contains("class=\"effort\" font-size=\"13\" font-weight=\"bold\">" + effort_row + "</text>"));
  CHECK_THAT(page, Catch::Contains(effort_row));

  // Day N.
  CHECK(today["day"] == status["day"]);
  CHECK(post["day"] == status["day"]);
  CHECK_THAT(page, Catch::Contains("Day " + std::to_string(status["day"].get<int>()) + ","));

  // The streak.
  CHECK(today["summary"]["streak_days"] == status["streak_days"]);
  CHECK(post["streak_days"] == status["streak_days"]);

  // The report's tiles are status's figures: hours logged, the streak, habit
  // strength, Day N.
  const std::string logged = row(status_text, "Logged"), streak = row(status_text, "Streak");
  CHECK_THAT(page, Catch::Contains("<dt>logged</dt><dd>" + logged.substr(0, logged.find(" in total")) + "</dd>"));
  CHECK_THAT(page, Catch::Contains("<dt>streak</dt><dd>" + streak.substr(0, streak.find(" \xC2\xB7")) + "</dd>"));
  CHECK_THAT(page, Catch::Contains("<dt>today</dt><dd>Day " + std::to_string(status["day"].get<int>()) + "</dd>"));
  const std::string strength = streak.substr(streak.find("habit strength ") + 15);
  CHECK(strength == std::to_string(std::lround(status["habit_strength"].get<double>() * 100)) + "%");
  CHECK_THAT(page, Catch::Contains("<dt>habit strength</dt><dd>" + strength + "</dd>"));

  // The goal and the forecast: one set of dates, the same words.
  const json& f = status["forecast"];
  const std::string band = "p50 " + f["p50"].get<std::string>() + " / p85 " + f["p85"].get<std::string>();
  const std::string goal_band = "p50 " + f["goal_p50"].get<std::string>() + " / p85 " + f["goal_p85"].get<std::string>();
  CHECK(today["summary"]["forecast_p50"] == f["p50"]);
  CHECK_THAT(status_text, Catch::Contains(band) && Catch::Contains(goal_band));
  CHECK_THAT(burnup, Catch::Contains(band));
  CHECK_THAT(page, Catch::Contains(band) && Catch::Contains(goal_band));
  const std::string goal = status["goal_eta"];
  CHECK_THAT(status_text, Catch::Contains(goal + " if you study every scheduled hour"));
  CHECK_THAT(page, Catch::Contains(goal + " if you study every scheduled hour"));
}

TEST_CASE("figures: the next milestone is the same in today, status, post and the report") {
  Scratch s;
  const std::string c = source_path("tests/data/cli/everything.yaml");
  const std::string log = s.file("j.yaml", "");
  auto run = [&](std::vector<std::string> args) {
    args.insert(args.begin(), {"-c", c, "--log", log, "--today", "2026-11-24"});
    auto r = s.run(args);
    INFO(r.err);
    REQUIRE(r.code == 0);
    return r;
  };
  const json status = json_of(run({"status", "--json"}));
  const json today = json_of(run({"today", "--json"}));
  const json post = json_of(run({"post", "--json"}));
  REQUIRE(status["next_milestone"].is_object());
  CHECK(today["next_milestone"] == status["next_milestone"]);
  CHECK(post["next_milestone"] == status["next_milestone"]);
  run({"report", "-o", s.path("site")});
  const std::string page = slurp(s.path("site/index.html"));
  const std::string title = status["next_milestone"]["title"];
  CHECK_THAT(page, Catch::Contains("The path to the next milestone: " + title));
  CHECK_THAT(page, Catch::Contains(title + ": the plan reaches it " + status["next_milestone"]["end"].get<std::string>()));
}

TEST_CASE("figures: hours logged, each item's hours, state and planned days read the same in status, show, history, plan, check and the report") {
  Scratch s;
  const std::string c = source_path("tests/data/cli/everything.yaml");
  // Study, a re-estimate, a finish, hours on the option that is not the
  // pick (which makes it the pick), practice, and a private note.
  const std::string log = s.file("j.yaml", R"(- {date: 2026-11-16, id: python, hours: 2, note: first day}
- {date: 2026-11-17, id: python, hours: 1.5, left: 0.5}
- {date: 2026-11-18, id: python, hours: 0.5, done: true}
- {date: 2026-11-18, id: papers, hours: 0.5}
- {date: 2026-11-19, id: numpy, hours: 1h20m, private: true, note: mine}
- {date: 2026-11-20, id: stat110, hours: 1}
)");
  auto run = [&](std::vector<std::string> args) {
    args.insert(args.begin(), {"-c", c, "--log", log, "--today", "2026-11-21"});
    auto r = s.run(args);
    INFO(r.err);
    REQUIRE(r.code == 0);
    return r;
  };
  const json status = json_of(run({"status", "--json"}));
  const json history = json_of(run({"history", "--json"}));
  const json plan = json_of(run({"plan", "--json"}));

  // Hours logged: status's total is the history's entries and periods.
  double entries = 0, periods = 0;
  for (const auto& e : history["entries"])
    if (!e["hours"].is_null()) entries += e["hours"].get<double>();
  for (const auto& p : history["periods"]) periods += p["hours"].get<double>();
  const double logged = status["logged_hours"];
  CHECK(entries == Approx(logged));
  CHECK(periods == Approx(logged));
  // And in words: "N h in total" in status, "N h logged" in history, the
  // page's tile.
  const std::string logged_row = row(run({"status"}).out, "Logged");
  const std::string total = logged_row.substr(0, logged_row.find(" in total"));
  CHECK_THAT(run({"history"}).out, Catch::Contains(": " + total + " logged on 5 days"));
  run({"report", "-o", s.path("site")});
  CHECK_THAT(slurp(s.path("site/index.html")), Catch::Contains("<dt>logged</dt><dd>" + total + "</dd>"));

  // Each item: status's hours and state are show's; the plan's days are
  // show's; show's journal is the history of that id.
  std::map<std::string, json> planned;
  for (const auto& r : plan["resources"]) planned[r["id"]] = r;
  for (const auto& item : status["resources"]) {
    const std::string id = item["id"];
    INFO(id);
    const json shown = json_of(run({"show", id, "--json"}));
    CHECK(shown["logged"] == item["logged"]);
    CHECK(shown["estimate"] == item["estimate"]);
    CHECK(shown["remaining"] == item["remaining"]);
    CHECK(shown["state"] == item["state"]);
    if (planned.count(id)) {
      CHECK(shown["start"] == planned[id]["start"]);
      CHECK(shown["end"] == planned[id]["end"]);
      CHECK(shown["remaining"] == planned[id]["remaining"]);
    }
    const json about = json_of(run({"history", "--id", id, "--json"}));
    CHECK(shown["entries"].size() == about["entries"].size());
    for (std::size_t k = 0; k < shown["entries"].size() && k < about["entries"].size(); ++k) {
      json a = about["entries"][k];
      a.erase("day");
      a.erase("title");
      CHECK(shown["entries"][k] == a);
    }
  }

  // The curriculum's hours: check's planned hours are the baseline plan's.
  const json check = json_of(run({"check", "--json"}));
  const json baseline_plan = json_of(run({"plan", "--baseline", "--json"}));
  double baseline = 0;
  for (const auto& r : baseline_plan["resources"]) baseline += r["estimate"].get<double>();
  CHECK(check["planned_hours"].get<double>() == Approx(baseline));
}
