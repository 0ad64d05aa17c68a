// Tracks, milestones, inherited priority and schedule changes end to end
// (SPEC 1, 3.1, 3.2, 4).
#include <catch2/catch.hpp>

#include <sstream>

#include "cli_fixture.h"

using namespace tenk::test;

namespace {

// One line per planned day, "DATE id=hours ...", after the start, end and
// lower bound: the plan's every decision, compactly.
std::string compact(const nlohmann::json& j) {
  std::ostringstream out;
  out << j["start"].get<std::string>() << '\n'
      << j["end"].get<std::string>() << '\n'
      << j["lower_bound_end"].get<std::string>() << '\n';
  for (const auto& day : j["days"]) {
    out << day["date"].get<std::string>();
    for (const auto& b : day["blocks"]) {
      std::ostringstream hours;
      double h = b["hours"].get<double>();
      // As Python's repr of a float prints it: the golden files were made from main's JSON by Python.
      if (h == static_cast<double>(static_cast<long long>(h))) hours << static_cast<long long>(h) << ".0";
      else hours << b["hours"].dump();
      out << ' ' << b["id"].get<std::string>() << '=' << hours.str();
    }
    out << '\n';
  }
  return out.str();
}

const char* kTracks = R"(title: Tracks demo
start: 2025-01-06
schedule:
  hours_per_day: 2.5
  max_per_day: 3
  changes:
    - from: 2025-02-03
      week: {sat: 4, sun: 0}
tracks:
  - {id: build, title: Build it in code, share: 3}
  - {id: understand, title: Understand the math, share: 2}
resources:
  - {id: python, title: Python, hours: 10, track: build}
  - {id: micrograd, title: micrograd, hours: 8, track: build, requires: [python]}
  - {id: gpt, title: GPT from scratch, hours: 20, track: build, requires: [micrograd], milestone: true}
  - {id: stat110, title: Stat 110, hours: 60, track: understand}
  - {id: linalg, title: Linear algebra, hours: 30, track: understand}
)";

}  // namespace

TEST_CASE("plan: without tracks or priorities the plan is exactly main's before tracks (metacademy, ml-by-projects)") {
  for (const char* name : {"metacademy", "ml-by-projects"}) {
    Scratch s;
    auto r = s.run({"plan", "--json", "-c", source_path(std::string("curricula/") + name + ".yaml"), "--log",
                    s.path("j.yaml"), "--today", "2025-01-06"});
    REQUIRE(r.code == 0);
    INFO(name);
    CHECK(compact(json_of(r)) == slurp(source_path(std::string("tests/data/cli/plan-") + name + "-before-tracks.txt")));
  }
}

TEST_CASE("tracks: today, plan and status show tracks and the next milestone") {
  Scratch s;
  write_text(s.path("t.yaml"), kTracks);
  auto args = [&](std::vector<std::string> more) {
    std::vector<std::string> a{"-c", s.path("t.yaml"), "--log", s.path("j.yaml"), "--today", "2025-01-06"};
    a.insert(a.end(), more.begin(), more.end());
    return a;
  };
  auto today = json_of(s.run(args({"today", "--json"})));
  REQUIRE(today["blocks"].size() == 2);
  CHECK(today["blocks"][0]["id"] == "python");
  CHECK(today["blocks"][0]["track"] == "build");
  CHECK(today["blocks"][0]["hours"] == 1.5);  // 3/5 of 2.5 h
  CHECK(today["blocks"][1]["track"] == "understand");
  CHECK(today["next_milestone"]["id"] == "gpt");
  CHECK(today["next_milestone"]["end"] == "2025-01-31");
  auto text = s.run(args({"today", "--no-color"})).out;
  CHECK(text.find("python · Build it in code") != std::string::npos);
  CHECK(text.find("Next milestone: GPT from scratch (gpt): the plan reaches it Fri 2025-01-31") != std::string::npos);

  auto plan = json_of(s.run(args({"plan", "--json"})));
  for (const auto& day : plan["days"])
    for (const auto& b : day["blocks"]) CHECK(b["track"].is_string());
  // Build has ready work every day until gpt is done: a block of it every day till then.
  for (const auto& day : plan["days"]) {
    if (day["date"].get<std::string>() > "2025-01-31") break;
    bool build = false;
    for (const auto& b : day["blocks"]) build = build || b["track"] == "build";
    CHECK(build);
  }
  CHECK(s.run(args({"plan", "--no-color"})).out.find("  build       Python") != std::string::npos);

  auto status = json_of(s.run(args({"status", "--json"})));
  CHECK(status["next_milestone"]["id"] == "gpt");
  auto show = json_of(s.run(args({"show", "micrograd", "--json"})));
  CHECK(show["milestone"] == false);
  CHECK(show["leads_to"] == nlohmann::json::array({"gpt"}));
  CHECK(show["track"] == "build");
  CHECK(json_of(s.run(args({"show", "gpt", "--json"})))["milestone"] == true);
  CHECK(s.run(args({"show", "micrograd", "--no-color"})).out.find("Leads to     GPT from scratch (gpt)") != std::string::npos);
}

TEST_CASE("tracks: without tracks, blocks carry a null track and there is no next milestone") {
  Scratch s;
  auto today = json_of(run_small(s, {"today", "--json", "--today", "2026-11-23"}));
  REQUIRE(!today["blocks"].empty());
  CHECK(today["blocks"][0]["track"].is_null());
  CHECK(today["next_milestone"].is_null());
  // plan --json stays as it was: no `track` key at all without tracks.
  auto plan = json_of(run_small(s, {"plan", "--json", "--today", "2026-11-23"}));
  REQUIRE(!plan["days"].empty());
  CHECK_FALSE(plan["days"][0]["blocks"][0].contains("track"));
}

TEST_CASE("check: a bad track or schedule change is an error at its position, exit 1") {
  Scratch s;
  write_text(s.path("t.yaml"), "title: T\nschedule:\n  changes:\n    - {hours_per_day: 1}\n"
                    "resources:\n  - {id: a, title: A, hours: 1, track: nope}\n");
  auto r = s.run({"check", "-c", s.path("t.yaml"), "--log", s.path("j.yaml")});
  CHECK(r.code == 1);
  CHECK(r.err.find("t.yaml:4:7: error: missing required key 'from' in schedule change") != std::string::npos);
  CHECK(r.err.find("t.yaml:6:40: error: unknown track 'nope'") != std::string::npos);
}

TEST_CASE("schedule changes: editing the schedule from today on never rewrites the past") {
  Scratch s;
  const std::string base = "title: T\nstart: 2025-01-06\nschedule:\n  hours_per_day: 2\n";
  const std::string rest = "resources:\n  - {id: a, title: A, hours: 100}\n";
  write_text(s.path("j.yaml"), "- {date: 2025-01-06, id: a, hours: 2}\n- {date: 2025-01-07, id: a, hours: 2}\n"
                    "- {date: 2025-01-08, id: a, hours: 1}\n");
  write_text(s.path("before.yaml"), base + rest);
  write_text(s.path("after.yaml"), base + "  changes:\n    - {from: 2025-01-10, hours_per_day: 4}\n" + rest);
  auto status = [&](const char* file) {
    return json_of(s.run({"status", "--json", "-c", s.path(file), "--log", s.path("j.yaml"), "--today", "2025-01-10"}));
  };
  auto before = status("before.yaml"), after = status("after.yaml");
  CHECK(before["effort"] == after["effort"]);
  CHECK(before["streak_days"] == after["streak_days"]);
  CHECK(before["baseline_hours_to_date"] == after["baseline_hours_to_date"]);
  CHECK(after["end"] < before["end"]);  // the future has more hours
}
