#include <catch2/catch.hpp>

#include "core/progress.h"
#include "support/journal_fixtures.h"

using namespace tenk;
using tenk::test::day;
using tenk::test::log_entry;
using tenk::test::pick_entry;

namespace {

constexpr int kLinalg = 0, kCalculus = 1, kFastai = 3, kCs231n = 4, kD2l = 5;

const ResourceProgress& of(const Progress& p, int r) { return p.resources[static_cast<std::size_t>(r)]; }

}  // namespace

TEST_CASE("apply_journal: remaining is the estimate minus all logged hours") {
  auto c = tenk::test::small_curriculum();
  Journal j = {log_entry("2024-06-08", "linalg", 90), log_entry("2024-06-09", "linalg", 120)};
  auto p = apply_journal(c, j, day("2024-06-30"));
  CHECK(of(p, kLinalg).logged == 210);
  CHECK(of(p, kLinalg).remaining == 600 - 210);
  CHECK(!of(p, kLinalg).done);
  CHECK(of(p, kCalculus).logged == 0);
  CHECK(of(p, kCalculus).remaining == 360);
}

TEST_CASE("apply_journal: a `left` re-estimate, then more hours, counts down from the re-estimate") {
  auto c = tenk::test::small_curriculum();
  Journal j = {log_entry("2024-06-08", "linalg", 60), log_entry("2024-06-09", "linalg", std::nullopt, 900),
               log_entry("2024-06-10", "linalg", 120)};
  auto p = apply_journal(c, j, day("2024-06-30"));
  CHECK(of(p, kLinalg).logged == 180);
  CHECK(of(p, kLinalg).remaining == 900 - 120);
}

TEST_CASE("apply_journal: hours and left in one entry: left is as of after those hours") {
  auto c = tenk::test::small_curriculum();
  Journal j = {log_entry("2024-06-09", "linalg", 60, 30)};
  auto p = apply_journal(c, j, day("2024-06-30"));
  CHECK(of(p, kLinalg).remaining == 30);
  CHECK(of(p, kLinalg).logged == 60);
  // And the latest left wins over an earlier one.
  j.push_back(log_entry("2024-06-10", "linalg", 30, 200));
  p = apply_journal(c, j, day("2024-06-30"));
  CHECK(of(p, kLinalg).remaining == 200);
}

TEST_CASE("apply_journal: entries apply in date order, file order within a date") {
  auto c = tenk::test::small_curriculum();
  // Written out of order: the re-estimate of the 10th comes after the 9th's hours.
  Journal j = {log_entry("2024-06-10", "linalg", std::nullopt, 100), log_entry("2024-06-09", "linalg", 60),
               log_entry("2024-06-10", "linalg", 30)};
  auto p = apply_journal(c, j, day("2024-06-30"));
  CHECK(of(p, kLinalg).remaining == 70);
  CHECK(of(p, kLinalg).logged == 90);
}

TEST_CASE("apply_journal: remaining never goes below 0, and 0 means done") {
  auto c = tenk::test::small_curriculum();
  Journal j = {log_entry("2024-06-08", "calculus", 24 * 60)};
  auto p = apply_journal(c, j, day("2024-06-30"));
  CHECK(of(p, kCalculus).remaining == 0);
  CHECK(of(p, kCalculus).done);

  j = {log_entry("2024-06-08", "linalg", std::nullopt, 60), log_entry("2024-06-09", "linalg", 90)};
  p = apply_journal(c, j, day("2024-06-30"));
  CHECK(of(p, kLinalg).remaining == 0);
  CHECK(of(p, kLinalg).done);

  j = {log_entry("2024-06-08", "linalg", 60, 0)};
  p = apply_journal(c, j, day("2024-06-30"));
  CHECK(of(p, kLinalg).done);
}

TEST_CASE("apply_journal: done marks a resource finished whatever the hours left") {
  auto c = tenk::test::small_curriculum();
  Journal j = {log_entry("2024-06-08", "linalg", 60), log_entry("2024-06-09", "linalg", std::nullopt, std::nullopt, true)};
  auto p = apply_journal(c, j, day("2024-06-30"));
  CHECK(of(p, kLinalg).done);
  CHECK(of(p, kLinalg).logged == 60);
  CHECK(of(p, kLinalg).remaining == 0);
  // Not yet done as of the day before.
  p = apply_journal(c, j, day("2024-06-08"));
  CHECK(!of(p, kLinalg).done);
  CHECK(of(p, kLinalg).remaining == 540);
}

TEST_CASE("apply_journal: entries after `until` and unknown ids are ignored") {
  auto c = tenk::test::small_curriculum();
  Journal j = {log_entry("2024-06-08", "linalg", 60), log_entry("2024-06-09", "linalg", 60),
               log_entry("2024-06-08", "nope", 60), pick_entry("2024-06-08", "nope", "x")};
  auto p = apply_journal(c, j, day("2024-06-08"));
  CHECK(of(p, kLinalg).logged == 60);
  REQUIRE(p.resources.size() == c.resources.size());
}

TEST_CASE("apply_journal: picks: first option when nothing is logged") {
  auto c = tenk::test::small_curriculum();
  auto p = apply_journal(c, {}, day("2024-06-30"));
  REQUIRE(p.picks.size() == 1);
  CHECK(p.picks[0] == kFastai);
  CHECK(p.pick_option[0] == 0);
}

TEST_CASE("apply_journal: picks: the option with the most logged hours, earlier on ties") {
  auto c = tenk::test::small_curriculum();
  Journal j = {log_entry("2024-06-08", "cs231n", 60), log_entry("2024-06-08", "d2l", 90)};
  auto p = apply_journal(c, j, day("2024-06-30"));
  CHECK(p.picks[0] == kD2l);
  CHECK(p.pick_option[0] == 2);
  j.push_back(log_entry("2024-06-09", "cs231n", 30));  // now 90 each: the earlier option
  p = apply_journal(c, j, day("2024-06-30"));
  CHECK(p.picks[0] == kCs231n);
  CHECK(p.pick_option[0] == 1);
}

TEST_CASE("apply_journal: picks: the latest pick entry wins over logged hours") {
  auto c = tenk::test::small_curriculum();
  Journal j = {log_entry("2024-06-08", "d2l", 600), pick_entry("2024-06-10", "first-dl-course", "cs231n"),
               pick_entry("2024-06-09", "first-dl-course", "fastai")};
  auto p = apply_journal(c, j, day("2024-06-30"));
  CHECK(p.picks[0] == kCs231n);
  // As of the 9th, the pick of the 9th.
  p = apply_journal(c, j, day("2024-06-09"));
  CHECK(p.picks[0] == kFastai);
  // Same date: the later line wins.
  j.push_back(pick_entry("2024-06-10", "first-dl-course", "d2l"));
  p = apply_journal(c, j, day("2024-06-30"));
  CHECK(p.picks[0] == kD2l);
}

TEST_CASE("apply_journal: picks: an invalid pick entry is ignored") {
  auto c = tenk::test::small_curriculum();
  Journal j = {log_entry("2024-06-08", "cs231n", 60), pick_entry("2024-06-09", "first-dl-course", "fastai"),
               pick_entry("2024-06-10", "first-dl-course", "linalg"),  // not an option
               pick_entry("2024-06-10", "first-dl-course", "nope")};
  auto p = apply_journal(c, j, day("2024-06-30"));
  CHECK(p.picks[0] == kFastai);
  j.erase(j.begin() + 1);  // without the valid pick: most hours
  p = apply_journal(c, j, day("2024-06-30"));
  CHECK(p.picks[0] == kCs231n);
}

TEST_CASE("logged_on: sums the hours of one date over all resources") {
  Journal j = {log_entry("2024-06-08", "a", 60), log_entry("2024-06-08", "b", 45),
               log_entry("2024-06-08", "a", std::nullopt, 10, true), log_entry("2024-06-09", "a", 60),
               pick_entry("2024-06-08", "c", "x")};
  CHECK(logged_on(j, day("2024-06-08")) == 105);
  CHECK(logged_on(j, day("2024-06-09")) == 60);
  CHECK(logged_on(j, day("2024-06-10")) == 0);
}

TEST_CASE("state_name: names each state") {
  CHECK(std::string(state_name(ResourceState::Unpicked)) == "unpicked");
  CHECK(std::string(state_name(ResourceState::Done)) == "done");
  CHECK(std::string(state_name(ResourceState::Active)) == "active");
  CHECK(std::string(state_name(ResourceState::Ready)) == "ready");
  CHECK(std::string(state_name(ResourceState::Blocked)) == "blocked");
}
