// The learner's pace end to end: `status` (JSON and text), `today`'s
// summary line and `render burnup`.

#include <catch2/catch.hpp>

#include "cli/cli_fixture.h"
#include "core/date.h"

using namespace tenk::test;

namespace {

RunResult run_with(const Scratch& s, const std::string& journal, std::vector<std::string> args) {
  s.file("journal.log.yaml", journal);
  return run_small(s, std::move(args));
}

// Six resources of 10 h, 2 h every day; the learner finished three, each
// in `days` days of 2 h, from Monday 2026-01-05. Returns the args prefix.
std::vector<std::string> six_by_ten(const Scratch& s, int days) {
  std::string yaml = "title: Six\nid: six\ngoal_hours: 1000\nschedule: {hours_per_day: 2}\nresources:\n";
  for (int i = 0; i < 6; ++i) yaml += "  - {id: r" + std::to_string(i) + ", title: R" + std::to_string(i) + ", hours: 10}\n";
  std::string log;
  int day = 5;  // of January 2026, running on into February
  auto date = [](int d) {
    int month = d > 31 ? 2 : 1, dom = d > 31 ? d - 31 : d;
    return "2026-0" + std::to_string(month) + "-" + (dom < 10 ? "0" : "") + std::to_string(dom);
  };
  for (int r = 0; r < 3; ++r)
    for (int k = 0; k < days; ++k, ++day)
      log += "- {date: " + date(day) + ", id: r" + std::to_string(r) + ", hours: 2" +
             (k == days - 1 ? ", done: true" : "") + "}\n";
  return {"-c", s.file("six.yaml", yaml), "--log", s.file("six.log.yaml", log)};
}

}  // namespace

TEST_CASE("status --json: forecast null with forecast_needs, habit_strength, schedule_delta_days") {
  Scratch s;
  auto r = run_with(s, "- {date: 2026-11-23, id: python, hours: 3, done: true}\n",
                    {"status", "--json", "--today", "2026-11-25"});
  REQUIRE(r.code == 0);
  auto j = json_of(r);
  REQUIRE(j.contains("forecast"));
  CHECK(j["forecast"].is_null());
  CHECK(j["forecast_needs"] == "2 more finished resources and 2 more full weeks");
  CHECK(j["habit_strength"].is_number());
  CHECK(j["habit_strength"].get<double>() > 0);
  CHECK(j["habit_strength"].get<double>() < 0.1);
  CHECK(j["schedule_delta_days"].is_number_integer());
  // Every earlier key is still there.
  for (const char* key : {"today", "logged_hours", "goal_hours", "streak_days", "longest_streak_days",
                          "baseline_hours_to_date", "logged_hours_to_date", "delta_hours", "baseline_end", "end",
                          "goal_eta", "resources"})
    CHECK(j.contains(key));
}

TEST_CASE("status --json: with three finished resources and two full weeks, the forecast") {
  Scratch s;
  auto r = run_with(s, kThreeFinished, {"status", "--json", "--today", "2026-11-17"});
  REQUIRE(r.code == 0);
  auto j = json_of(r);
  REQUIRE(j["forecast"].is_object());
  const auto& f = j["forecast"];
  CHECK(j["forecast_needs"].is_null());
  CHECK(f["runs"] == 1000);
  REQUIRE(f["pace"].size() == 3);
  CHECK(f["pace"][0].get<double>() == Approx(5.5 / 3));
  CHECK(f["pace"][1] == 1.5);
  CHECK(f["pace"][2] == 1.7);
  REQUIRE(f["rhythm"].size() == 2);  // the weeks of the 2nd and the 9th
  CHECK(f["rhythm"][0].get<double>() == Approx(11.5 / 13));
  CHECK(f["rhythm"][1].get<double>() == Approx(12.0 / 13));
  CHECK(f["median_pace"] == 1.7);
  for (const char* key : {"p50", "p85", "goal_p50", "goal_p85"}) {
    INFO(key);
    REQUIRE(f[key].is_string());
  }
  CHECK(f["p85"].get<std::string>() >= f["p50"].get<std::string>());
  CHECK(f["p50"].get<std::string>() >= j["end"].get<std::string>());
  CHECK(f["goal_p85"].get<std::string>() >= f["goal_p50"].get<std::string>());
  // 13 of 14 study days studied (Sundays are rest days): 1 - 0.5 = 0.5.
  CHECK(j["habit_strength"].get<double>() == Approx(0.5));
  CHECK(j["schedule_delta_days"] == -7);
  // The same inputs give the same forecast.
  CHECK(json_of(run_small(s, {"status", "--json", "--today", "2026-11-17"}))["forecast"] == f);
}

TEST_CASE("status: at your pace beside the plan's end, the pace in words, habit strength beside the streak") {
  Scratch s;
  auto r = run_with(s, kThreeFinished, {"status", "--today", "2026-11-17"});
  REQUIRE(r.code == 0);
  INFO(r.out);
  auto j = json_of(run_small(s, {"status", "--json", "--today", "2026-11-17"}));
  const auto& f = j["forecast"];
  CHECK(r.out.find("at your pace: p50 " + f["p50"].get<std::string>() + " / p85 " + f["p85"].get<std::string>()) !=
        std::string::npos);
  CHECK(r.out.find("you take about 1.7× the estimates, from 3 finished resources") != std::string::npos);
  // The rhythm: the last full week, then the median and the spread.
  CHECK(r.out.find("you studied 92% of the scheduled hours last week") != std::string::npos);
  CHECK(r.out.find("over the last 2 weeks: 90% (median), from 88% to 92%") != std::string::npos);
  // One goal date and the band, no recent-average projection (SPEC 3.4).
  CHECK(r.out.find("100 h: " + j["goal_eta"].get<std::string>() + " if you study every scheduled hour") !=
        std::string::npos);
  CHECK(r.out.find("h/day") == std::string::npos);
  CHECK(!j.contains("average_hours_per_day_28"));
  CHECK(r.out.find("13 days (longest 13) · habit strength 50%") != std::string::npos);
  CHECK(r.out.find("at your pace: p50 " + f["goal_p50"].get<std::string>()) != std::string::npos);
  // With too little history, what is still needed.
  auto early = run_small(s, {"status", "--today", "2026-11-10"});
  CHECK(early.out.find("after 1 more finished resource and 1 more full week tenk learns your pace") !=
        std::string::npos);
  CHECK(early.out.find("at your pace: p50") == std::string::npos);
}

TEST_CASE("today: the summary line mentions the forecast only when it is more than a week off the plan") {
  Scratch s;
  // Twice every estimate: 30 h left take 30 days, not the plan's 15.
  auto slow = six_by_ten(s, 10);
  slow.insert(slow.end(), {"today", "--today", "2026-02-04"});
  auto r = s.run(slow);
  REQUIRE(r.code == 0);
  INFO(r.out);
  CHECK(r.out.find("plan ends 2026-02-18") != std::string::npos);
  CHECK(r.out.find("at your pace 2026-03-05") != std::string::npos);
  slow.push_back("--json");
  auto j = json_of(s.run(slow));
  CHECK(j["summary"]["forecast_p50"] == "2026-03-05");
  CHECK(j["summary"]["habit_strength"].is_number());
  // At the estimates the forecast is the plan's end: not repeated.
  Scratch s2;
  auto even = six_by_ten(s2, 5);
  even.insert(even.end(), {"today", "--today", "2026-01-20"});
  r = s2.run(even);
  REQUIRE(r.code == 0);
  INFO(r.out);
  CHECK(r.out.find("plan ends 2026-02-03") != std::string::npos);
  CHECK(r.out.find("at your pace") == std::string::npos);
}

TEST_CASE("render burnup: well-formed SVG with the baseline, the hours logged, the plan and the forecast band") {
  Scratch s;
  auto r = run_with(s, kThreeFinished, {"render", "burnup", "--today", "2026-11-17"});
  REQUIRE(r.code == 0);
  auto path = s.file("burnup.svg", r.out);
  CHECK(std::system(("xmllint --noout " + shell_quote(path) + " 2>/dev/null").c_str()) == 0);
  for (const char* series : {"class=\"baseline\"", "class=\"logged\"", "class=\"plan\"", "class=\"forecast\"",
                             "class=\"today\""}) {
    INFO(series);
    CHECK(r.out.find(series) != std::string::npos);
  }
  // The embedded curriculum with no journal draws too; no band without a forecast.
  auto bare = s.run({"render", "burnup", "--today", "2026-11-24"});
  REQUIRE(bare.code == 0);
  CHECK(bare.out.find("class=\"baseline\"") != std::string::npos);
  CHECK(bare.out.find("class=\"forecast\"") == std::string::npos);
  // SVG only; named among the pictures.
  CHECK(run_small(s, {"render", "burnup", "--format", "dot"}).code == 1);
  auto typo = run_small(s, {"render", "burnp"});
  CHECK(typo.code == 2);
  CHECK(typo.err.find("did you mean 'burnup'?") != std::string::npos);
}

TEST_CASE("show: the estimate at your pace, once tenk knows it") {
  Scratch s;
  auto j = json_of(run_with(s, kThreeFinished, {"show", "gpt", "--json", "--today", "2026-11-17"}));
  CHECK(j["estimate"] == 4.0);
  CHECK(j["estimate_at_your_pace"].get<double>() == Approx(4 * 1.7));  // the median pace
  auto text = run_small(s, {"show", "gpt", "--today", "2026-11-17"});
  INFO(text.out);
  CHECK(text.out.find("about 6.8 h at your pace") != std::string::npos);
  // Two finished resources are not enough to know a pace.
  auto early = json_of(run_with(s, "- {date: 2026-11-02, id: python, hours: 4, done: true}\n",
                                {"show", "gpt", "--json", "--today", "2026-11-17"}));
  CHECK(early["estimate_at_your_pace"].is_null());
  CHECK(run_small(s, {"show", "gpt", "--today", "2026-11-17"}).out.find("at your pace") == std::string::npos);
}

TEST_CASE("a missed week: effort is behind by its hours, status says it, and the goal's band widens") {
  // Three weeks as in kThreeFinished, then the week of 2026-11-23 either
  // studied in full (13 h offered: 2 h Monday to Friday, 3 h Saturday) or
  // missed; today is the Monday after it.
  std::string studied = kThreeFinished;
  for (const char* day : {"23", "24", "25", "26", "27"}) studied += std::string("- {date: 2026-11-") + day + ", id: gpt, hours: 2}\n";
  studied += "- {date: 2026-11-28, id: gpt, hours: 3}\n";
  Scratch s;
  auto full = json_of(run_with(s, studied, {"status", "--json", "--today", "2026-11-30"}));
  auto missed = json_of(run_with(s, kThreeFinished, {"status", "--json", "--today", "2026-11-30"}));
  auto missed_text = run_small(s, {"status", "--today", "2026-11-30"});
  CHECK(missed["effort"]["delta_hours"].get<double>() == Approx(full["effort"]["delta_hours"].get<double>() - 13));
  CHECK(missed["effort"]["state"] == "behind");
  CHECK_THAT(missed_text.out, Catch::Contains("you studied 0% of the scheduled hours last week"));
  auto band = [](const nlohmann::json& j) {  // goal_p85 - goal_p50, in days
    auto date = [&](const char* key) { return *tenk::Date::parse(j["forecast"][key].get<std::string>()); };
    return date("goal_p85") - date("goal_p50");
  };
  REQUIRE(full["forecast"].is_object());
  REQUIRE(missed["forecast"].is_object());
  INFO("goal band: " << band(full) << " (studied) and " << band(missed) << " (missed), in days");
  CHECK(band(missed) > band(full));
}

TEST_CASE("goal_forecast: from the rhythm alone — two full weeks give it before any resource is finished") {
  Scratch s;
  // Two full weeks (Monday 2026-11-02 to Sunday the 15th) on python and
  // numpy, nothing finished: no forecast of the work, a forecast of the goal.
  std::string journal;
  for (int day = 2; day <= 14; ++day)
    journal += "- {date: 2026-11-" + std::string(day < 10 ? "0" : "") + std::to_string(day) + ", id: " +
               (day < 8 ? "python" : "numpy") + ", hours: 0.2}\n";
  auto j = json_of(run_with(s, journal, {"status", "--json", "--today", "2026-11-17"}));
  CHECK(j["forecast"].is_null());
  REQUIRE(j["goal_forecast"].is_object());
  CHECK(j["goal_forecast"]["p85"].get<std::string>() >= j["goal_forecast"]["p50"].get<std::string>());
  // Studying a tenth of the schedule, the goal is later than at every scheduled hour.
  CHECK(j["goal_forecast"]["p50"].get<std::string>() > j["goal_eta"].get<std::string>());
  auto text = run_small(s, {"status", "--today", "2026-11-17"});
  CHECK_THAT(text.out, Catch::Contains("at your pace: p50 " + j["goal_forecast"]["p50"].get<std::string>()));
  // With a forecast, goal_forecast is the forecast's goal dates.
  auto full = json_of(run_with(s, kThreeFinished, {"status", "--json", "--today", "2026-11-17"}));
  REQUIRE(full["forecast"].is_object());
  CHECK(full["goal_forecast"]["p50"] == full["forecast"]["goal_p50"]);
  CHECK(full["goal_forecast"]["p85"] == full["forecast"]["goal_p85"]);
}
