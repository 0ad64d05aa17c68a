// One figure, one function: every number a person reads — the end, effort,
// Day N, the streak, the goal, the forecast, the next milestone — reads the
// same in every command, picture, page and post (SPEC 3.3, 3.4, 5).

#include <catch2/catch.hpp>

#include <cmath>

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
