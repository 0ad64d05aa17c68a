#include <catch2/catch.hpp>

#include "support/builders.h"
#include "support/plan_checks.h"

using namespace tenk;
using namespace tenk::test;

namespace {

bool same_days(const std::vector<PlanDay>& a, const std::vector<PlanDay>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].date != b[i].date || a[i].capacity != b[i].capacity || a[i].blocks.size() != b[i].blocks.size())
      return false;
    for (std::size_t j = 0; j < a[i].blocks.size(); ++j)
      if (a[i].blocks[j].resource != b[i].blocks[j].resource || a[i].blocks[j].practice != b[i].blocks[j].practice ||
          a[i].blocks[j].minutes != b[i].blocks[j].minutes)
        return false;
  }
  return true;
}

constexpr std::uint32_t kCases = 400;

}  // namespace

TEST_CASE("planner property: random curricula give plans that hold invariants 1-6") {
  for (std::uint32_t seed = 1; seed <= kCases; ++seed) {
    auto rc = random_case(seed);
    PlanGraph g(rc.curriculum, rc.picks);
    auto p = make_plan(g, rc.input);
    INFO("seed " << seed << ": " << layout(rc.curriculum, p));
    REQUIRE(check_invariants(g, rc.input, p) == "");
  }
}

TEST_CASE("planner property: the same input gives the same plan (invariant 7)") {
  for (std::uint32_t seed = 1; seed <= kCases; seed += 3) {
    auto a = random_case(seed);
    auto b = random_case(seed);
    PlanGraph ga(a.curriculum, a.picks), gb(b.curriculum, b.picks);
    auto pa = make_plan(ga, a.input), pb = make_plan(gb, b.input);
    INFO("seed " << seed);
    CHECK(same_days(pa.days.to_vector(), pb.days.to_vector()));
    CHECK(layout(a.curriculum, pa) == layout(b.curriculum, pb));
    CHECK(pa.lower_bound_end == pb.lower_bound_end);
  }
}

TEST_CASE("planner property: following the plan and replanning changes nothing (invariant 8)") {
  std::mt19937 rng(99);
  int replans = 0;
  for (std::uint32_t seed = 1; seed <= kCases; ++seed) {
    auto rc = random_case(seed);
    PlanGraph g(rc.curriculum, rc.picks);
    auto p = make_plan(g, rc.input);
    if (p.days.size() < 2) continue;
    for (int trial = 0; trial < 3; ++trial) {
      std::size_t k = std::uniform_int_distribution<std::size_t>(1, p.days.size() - 1)(rng);
      auto in = after_days(g, rc.input, p, k);
      auto q = make_plan(g, in);
      INFO("seed " << seed << ", after day " << k << " (" << p.days.to_vector()[k - 1].date.str() << ")");
      const auto all_days = p.days.to_vector();
      std::vector<PlanDay> rest(all_days.begin() + static_cast<std::ptrdiff_t>(k), all_days.end());
      Plan restp = p;
      restp.days = PlanDays(rest);
      INFO("expected " << layout(rc.curriculum, restp) << "\ngot      " << layout(rc.curriculum, q));
      REQUIRE(same_days(rest, q.days.to_vector()));
      CHECK(q.end == p.end);
      CHECK(check_invariants(g, in, q) == "");
      ++replans;
    }
  }
  CHECK(replans > 300);  // the property was really exercised
}

TEST_CASE("planner property: the end is the lower bound when max_per_day and min_block cannot bite") {
  RandomOptions aligned;
  aligned.aligned = true;
  for (std::uint32_t seed = 1; seed <= kCases; ++seed) {
    auto rc = random_case(seed, aligned);
    PlanGraph g(rc.curriculum, rc.picks);
    auto p = make_plan(g, rc.input);
    INFO("seed " << seed << ": " << layout(rc.curriculum, p));
    REQUIRE(check_invariants(g, rc.input, p) == "");
    CHECK(p.end == p.lower_bound_end);
  }
}

TEST_CASE("planner property: a 500-resource metacademy-like DAG ends on the lower bound") {
  // Quarter-hour estimates, 2 h a day, up to 6 resources a day, 15-minute blocks.
  std::mt19937 rng(500);
  auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  CurriculumBuilder b;
  b.hours_per_day(120).max_per_day(6).min_block(15);
  for (int r = 0; r < 500; ++r) {
    std::vector<std::string> reqs;
    for (int k = pick(0, 3); k > 0 && r > 0; --k) reqs.push_back("r" + std::to_string(pick(0, r - 1)));
    b.resource("r" + std::to_string(r), pick(1, 80) * 15, reqs);
  }
  auto c = b.build();
  PlanGraph g(c, {});
  auto in = baseline_input(c, day("2025-01-01"));
  auto p = make_plan(g, in);
  CHECK(check_invariants(g, in, p) == "");
  CHECK(p.end == p.lower_bound_end);
  CHECK(p.spans.size() == 500);
}

TEST_CASE("planner property: practice takes its reservation while resources remain, its share after (SPEC 3.1)") {
  RandomOptions listed;
  listed.list_days = 900;  // past the end of most cases: practice-only days too
  int with_practice = 0, practice_only_days = 0;
  for (std::uint32_t seed = 1; seed <= kCases; ++seed) {
    auto rc = random_case(seed, listed);
    PlanGraph g(rc.curriculum, rc.picks);
    auto p = make_plan(g, rc.input);
    INFO("seed " << seed << ": " << layout(rc.curriculum, p));
    REQUIRE(check_invariants(g, rc.input, p) == "");
    with_practice += !rc.curriculum.practice.empty();
    for (const auto& day : p.days) practice_only_days += day.date > p.end;
  }
  CHECK(with_practice > static_cast<int>(kCases / 2));  // the property was really exercised
  CHECK(practice_only_days > 1000);
}

TEST_CASE("planner property: following a plan with practice and replanning changes nothing (invariant 8)") {
  std::mt19937 rng(13);
  RandomOptions listed;
  listed.list_days = 900;
  int replans = 0;
  for (std::uint32_t seed = 1; seed <= kCases; ++seed) {
    auto rc = random_case(seed, listed);
    PlanGraph g(rc.curriculum, rc.picks);
    auto p = make_plan(g, rc.input);
    if (p.days.size() < 2 || rc.curriculum.practice.empty()) continue;
    std::size_t k = std::uniform_int_distribution<std::size_t>(1, p.days.size() - 1)(rng);
    auto in = after_days(g, rc.input, p, k);
    auto q = make_plan(g, in);
    const auto all_days = p.days.to_vector();
      std::vector<PlanDay> rest(all_days.begin() + static_cast<std::ptrdiff_t>(k), all_days.end());
    INFO("seed " << seed << ", after day " << k << "\nexpected " << layout(rc.curriculum, Plan{p.start, p.end, p.lower_bound_end, PlanDays(rest), {}, {}})
                 << "\ngot      " << layout(rc.curriculum, q));
    REQUIRE(same_days(rest, q.days.to_vector()));
    CHECK(check_invariants(g, in, q) == "");
    ++replans;
  }
  CHECK(replans > static_cast<int>(kCases / 3));
}

namespace {

RandomOptions with_tracks_and_changes() {
  RandomOptions o;
  o.tracks = true;
  o.changes = true;
  return o;
}

}  // namespace

TEST_CASE("planner property: tracks and schedule changes keep invariants 1-6 and 9 and the priority order") {
  int with_tracks = 0, with_changes = 0;
  for (std::uint32_t seed = 1; seed <= kCases; ++seed) {
    auto rc = random_case(seed, with_tracks_and_changes());
    PlanGraph g(rc.curriculum, rc.picks);
    auto p = make_plan(g, rc.input);
    INFO("seed " << seed << ": " << layout(rc.curriculum, p));
    REQUIRE(check_invariants(g, rc.input, p) == "");
    with_tracks += rc.curriculum.tracks.size() > 1;
    with_changes += !rc.curriculum.schedule.periods.empty();
  }
  CHECK(with_tracks == static_cast<int>(kCases));
  CHECK(with_changes > static_cast<int>(kCases / 2));
}

TEST_CASE("planner property: schedule changes alone keep invariants 1-6 and the priority order") {
  RandomOptions o;
  o.changes = true;
  for (std::uint32_t seed = 1; seed <= kCases; ++seed) {
    auto rc = random_case(seed, o);
    PlanGraph g(rc.curriculum, rc.picks);
    auto p = make_plan(g, rc.input);
    INFO("seed " << seed << ": " << layout(rc.curriculum, p));
    REQUIRE(check_invariants(g, rc.input, p) == "");
  }
}

TEST_CASE("planner property: with tracks, following the plan and replanning changes nothing (invariant 8)") {
  std::mt19937 rng(2222);
  int replans = 0;
  auto o = with_tracks_and_changes();
  o.list_days = 900;
  for (std::uint32_t seed = 1; seed <= kCases; ++seed) {
    auto rc = random_case(seed, o);
    PlanGraph g(rc.curriculum, rc.picks);
    auto p = make_plan(g, rc.input);
    if (p.days.size() < 2) continue;
    for (int trial = 0; trial < 3; ++trial) {
      std::size_t k = std::uniform_int_distribution<std::size_t>(1, p.days.size() - 1)(rng);
      auto in = after_days(g, rc.input, p, k);
      auto q = make_plan(g, in);
      const auto all_days = p.days.to_vector();
      std::vector<PlanDay> rest(all_days.begin() + static_cast<std::ptrdiff_t>(k), all_days.end());
      INFO("seed " << seed << ", after day " << k << "\nexpected "
                   << layout(rc.curriculum, Plan{p.start, p.end, p.lower_bound_end, PlanDays(rest), {}, {}})
                   << "\ngot      " << layout(rc.curriculum, q));
      REQUIRE(same_days(rest, q.days.to_vector()));
      if (all_days[k - 1].date < p.end) CHECK(q.end == p.end);
      CHECK(check_invariants(g, in, q) == "");
      ++replans;
    }
  }
  CHECK(replans > 300);
}
