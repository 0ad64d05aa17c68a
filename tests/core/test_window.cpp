// core/window.h: the dates each picture draws by default (SPEC 5).

#include <catch2/catch.hpp>

#include "core/error.h"
#include "core/window.h"

using namespace tenk;

namespace {
Date d(const char* s) { return *Date::parse(s); }
}  // namespace

TEST_CASE("window: timeline from the later of Day 1 and four weeks ago, burnup from Day 1, heatmap from Day 1's Monday") {
  const Date today = d("2026-12-06"), day1 = d("2026-11-04"), end = d("2030-05-09");
  // 32 days since Day 1: the window runs on 8 weeks (56 days), the longer.
  const auto timeline = default_window(WindowedPicture::Timeline, day1, today, end);
  CHECK(timeline.from == d("2026-11-08"));
  CHECK(timeline.until == today + 56);
  const auto burnup = default_window(WindowedPicture::Burnup, day1, today, end);
  CHECK(burnup.from == day1);
  CHECK(burnup.until == today + 56);
  const auto heatmap = default_window(WindowedPicture::Heatmap, day1, today, end);
  CHECK(heatmap.from == d("2026-11-02"));
  CHECK(heatmap.until == today);
}

TEST_CASE("window: a year in, it looks a year ahead — never past the plan's end, nor before today") {
  const Date today = d("2026-12-06"), day1 = d("2025-12-06");
  CHECK(default_window(WindowedPicture::Burnup, day1, today, d("2030-01-01")).until == today + 365);
  CHECK(default_window(WindowedPicture::Burnup, day1, today, d("2027-01-01")).until == d("2027-01-01"));
  CHECK(default_window(WindowedPicture::Timeline, day1, today, d("2026-01-01")).until == today);
  // The heatmap keeps the last 53 weeks: from the Monday 52 weeks before this week's.
  CHECK(default_window(WindowedPicture::Heatmap, d("2020-01-01"), today, today).from == d("2025-12-01"));
}

TEST_CASE("window: before Day 1 every picture starts today — --from and --until replace the ends, --all none") {
  const Date today = d("2026-12-06"), day1 = d("2027-01-04"), end = d("2030-05-09");
  CHECK(default_window(WindowedPicture::Timeline, day1, today, end).from == today);
  CHECK(default_window(WindowedPicture::Burnup, day1, today, end).from == today);
  CHECK(default_window(WindowedPicture::Burnup, day1, today, end).until == today + 56);
  auto w = choose_window(WindowedPicture::Timeline, day1, today, end, d("2026-01-01"), std::nullopt, false);
  REQUIRE(w);
  CHECK(w->from == d("2026-01-01"));
  CHECK(w->until == today + 56);
  CHECK(!choose_window(WindowedPicture::Timeline, day1, today, end, std::nullopt, std::nullopt, true));
  CHECK_THROWS_AS(choose_window(WindowedPicture::Burnup, day1, today, end, d("2027-01-01"), d("2026-01-01"), false),
                  InputError);
}
