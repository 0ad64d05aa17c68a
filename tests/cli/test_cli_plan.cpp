#include <catch2/catch.hpp>
#include <map>

#include "cli/cli_fixture.h"

using namespace tenk::test;
using nlohmann::json;

namespace {

// Minutes, so that sums of JSON hours compare exactly.
long minutes(const json& hours) { return std::lround(hours.get<double>() * 60.0); }

}  // namespace

TEST_CASE("plan --json: SPEC shape and the hand-computed end of the small curriculum") {
  Scratch s;
  auto r = run_small(s, {"plan", "--json", "--today", "2026-11-23"});
  INFO(r.err);
  REQUIRE(r.code == 0);
  auto j = json_of(r);
  for (const char* key : {"curriculum", "start", "end", "lower_bound_end", "days", "resources", "choices"})
    CHECK(j.contains(key));
  CHECK(j["curriculum"] == "small");
  CHECK(j["start"] == "2026-11-23");
  CHECK(j["end"] == "2026-12-02");
  CHECK(j["lower_bound_end"] == "2026-12-02");
  REQUIRE(j["choices"].size() == 1);
  CHECK(j["choices"][0]["id"] == "first-dl");
  CHECK(j["choices"][0]["picked"] == "fastai");
  CHECK(j["choices"][0]["options"] == json::array({"fastai", "cs231n"}));

  // Every planned resource gets exactly its hours; no day over capacity;
  // no block on the Sunday rest day.
  std::map<std::string, long> planned;
  for (const auto& day : j["days"]) {
    long used = 0;
    for (const auto& b : day["blocks"]) {
      planned[b["id"]] += minutes(b["hours"]);
      used += minutes(b["hours"]);
    }
    CHECK(used <= minutes(day["capacity"]));
    CHECK(day["date"] != "2026-11-29");
    CHECK(!day["blocks"].empty());
  }
  CHECK(planned == std::map<std::string, long>{{"python", 180}, {"numpy", 120}, {"fastai", 600}, {"gpt", 240}});
  for (const auto& res : j["resources"]) CHECK(minutes(res["hours"]) == planned[res["id"]]);
}

TEST_CASE("plan: metacademy with 2 h a day ends on the lower bound") {
  Scratch s;
  auto r = s.run({"plan", "--json", "-c", shared_path("data/metacademy.yaml"), "--log", s.path("j.yaml"),
                  "--today", "2026-11-24"});
  REQUIRE(r.code == 0);
  auto j = json_of(r);
  CHECK(j["resources"].size() == 487);
  CHECK(j["end"] == j["lower_bound_end"]);
}

TEST_CASE("plan: human output has weeks, days and finish marks") {
  Scratch s;
  auto r = run_small(s, {"plan", "--today", "2026-11-23"});
  REQUIRE(r.code == 0);
  CHECK(r.out.find("week of 2026-11-23") != std::string::npos);
  CHECK(r.out.find("Mon 2026-11-23") != std::string::npos);
  CHECK(r.out.find("✓ finishes") != std::string::npos);
  CHECK(r.out.find("2026-12-02") != std::string::npos);
}

TEST_CASE("plan --days N shows only the next N calendar days") {
  Scratch s;
  auto j = json_of(run_small(s, {"plan", "--json", "--today", "2026-11-23", "--days", "2"}));
  REQUIRE(j["days"].size() == 2);
  CHECK(j["days"][1]["date"] == "2026-11-24");
  CHECK(j["end"] == "2026-12-02");
}

TEST_CASE("plan --days: absurd values are fine or refused, never undefined") {
  Scratch s;
  auto all = run_small(s, {"plan", "--json", "--today", "2026-11-23"});
  auto huge = run_small(s, {"plan", "--json", "--today", "2026-11-23", "--days", "2147483647"});
  REQUIRE(huge.code == 0);
  CHECK(huge.out == all.out);
  CHECK(run_small(s, {"plan", "--days", "99999999999999999999"}).code == 1);
}

TEST_CASE("plan --baseline starts at the first journal entry and ignores the journal") {
  Scratch s;
  REQUIRE(run_small(s, {"log", "python", "3", "--date", "2026-11-20"}).code == 0);
  auto base = json_of(run_small(s, {"plan", "--json", "--baseline", "--today", "2026-11-23"}));
  CHECK(base["start"] == "2026-11-20");
  auto cur = json_of(run_small(s, {"plan", "--json", "--today", "2026-11-23"}));
  CHECK(cur["start"] == "2026-11-23");
  for (const auto& res : cur["resources"]) CHECK(res["id"] != "python");
}

TEST_CASE("plan: output is byte-identical run to run") {
  Scratch s;
  auto a = s.run({"plan", "--json", "--today", "2026-11-24", "--log", s.path("j.yaml")});
  auto b = s.run({"plan", "--json", "--today", "2026-11-24", "--log", s.path("j.yaml")});
  REQUIRE(a.code == 0);
  CHECK(a.out == b.out);
}

TEST_CASE("plan: following the plan exactly leaves the rest unchanged (SPEC 3.2 #8)") {
  Scratch s;
  auto before = json_of(s.run({"plan", "--json", "--today", "2026-11-24", "--log", s.path("j.yaml")}));
  const auto& days = before["days"];
  REQUIRE(days.size() > 12);
  std::size_t k = 9;
  for (std::size_t d = 0; d < k; ++d)
    for (const auto& b : days[d]["blocks"]) {
      char hours[32];
      std::snprintf(hours, sizeof hours, "%ldm", minutes(b["hours"]));
      auto r = s.run({"log", b["id"], hours, "--date", days[d]["date"], "--log", s.path("j.yaml"), "--today",
                      days[d]["date"]});
      REQUIRE(r.code == 0);
    }
  std::string next = days[k]["date"];
  auto after = json_of(s.run({"plan", "--json", "--today", next, "--log", s.path("j.yaml")}));
  REQUIRE(after["days"].size() == days.size() - k);
  for (std::size_t d = 0; d < after["days"].size(); ++d) CHECK(after["days"][d] == days[d + k]);
  CHECK(after["end"] == before["end"]);
}

TEST_CASE("plan --json: block hours add up exactly to each resource's hours, even in thirds of an hour") {
  Scratch s;
  auto file = s.file("thirds.yaml",
                     "title: Thirds\nschedule: {hours_per_day: 20m, min_block: 20m}\n"
                     "resources:\n  - {id: b, title: B, hours: 1h40m}\n");
  auto j = json_of(s.run({"plan", "--json", "-c", file, "--log", s.path("t.log"), "--today", "2025-01-06"}));
  double sum = 0;
  for (const auto& day : j["days"]) sum += day["blocks"][0]["hours"].get<double>();
  CHECK(j["days"].size() == 5);
  CHECK(std::abs(sum - j["resources"][0]["hours"].get<double>()) < 1e-9);
}

TEST_CASE("plan: min_block above every day still plans resources that fit in a day") {
  Scratch s;
  auto file = s.file("mb.yaml",
                     "title: MB\nschedule: {hours_per_day: 0.5, min_block: 1}\n"
                     "resources:\n  - {id: a, title: A, hours: 0.25}\n  - {id: b, title: B, hours: 0.5}\n");
  auto r = s.run({"plan", "--json", "-c", file, "--log", s.path("mb.log"), "--today", "2025-01-06"});
  INFO(r.err);
  REQUIRE(r.code == 0);
  auto j = json_of(r);
  CHECK(j["days"].size() == 2);
  CHECK(j["end"] == "2025-01-07");
}

TEST_CASE("plan --days: a negative or absurd count is a short, plain error") {
  Scratch s;
  for (const char* days : {"-1", "-99999999999999999999", "1e400", "2147483648", "3.5"}) {
    auto r = run_small(s, {"plan", "--days", days});
    INFO(days << ": " << r.err);
    CHECK(r.code == 1);
    CHECK_THAT(r.err, Catch::StartsWith("tenk: error: --days: must be "));
    CHECK(r.err.size() < 120);
  }
}
