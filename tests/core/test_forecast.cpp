#include <catch2/catch.hpp>

#include <array>
#include <cmath>

#include "core/forecast.h"
#include "core/plan_input.h"
#include "core/streaks.h"
#include "core/summary.h"
#include "support/builders.h"

using namespace tenk;
using tenk::test::CurriculumBuilder;
using tenk::test::day;

namespace {

JournalEntry hours_on(Date date, const std::string& id, Minutes minutes, std::optional<Minutes> left = std::nullopt,
                      bool done = false) {
  JournalEntry e;
  e.date = date;
  e.id = id;
  if (minutes > 0) e.studied_minutes = minutes;
  e.left_minutes = left;
  e.done = done;
  return e;
}

// Ten resources of 10 h, no requirements, 2 h every day.
Curriculum ten_by_ten() {
  CurriculumBuilder b;
  for (int i = 0; i < 10; ++i) b.resource("r" + std::to_string(i), 600);
  return b.hours_per_day(120).build();
}

// A learner who, from Monday 2024-01-01, works through r0, r1, r2 one after
// the other, `per_day` minutes every day, each taking `pace` times its 10 h
// estimate; the first re-estimates with `left` halfway, and each is marked
// done on its last day. Returns the journal and the day after the last entry.
std::pair<Journal, Date> learner(double pace, Minutes per_day) {
  Journal j;
  Date d = day("2024-01-01");
  for (int r = 0; r < 3; ++r) {
    const std::string id = "r" + std::to_string(r);
    const Minutes total = static_cast<Minutes>(600 * pace);
    Minutes logged = 0;
    while (logged < total) {
      Minutes m = std::min(per_day, total - logged);
      logged += m;
      bool last = logged == total;
      // Halfway through the first, the learner says 5 h are left: the pace
      // still compares all the hours with the original 10 h.
      std::optional<Minutes> left;
      if (r == 0 && logged == total / 2) left = 300;
      j.push_back(hours_on(d, id, m, left, last));
      ++d;
    }
  }
  return {j, d};
}

struct Scenario {
  Curriculum c;
  Journal journal;
  Date today;
  Plan current;
  Summary summary;
};

Scenario run(const Curriculum& c, const Journal& journal, Date today) {
  Scenario s{c, journal, today, {}, {}};
  Progress p = apply_journal(s.c, s.journal, today);
  PlanGraph g(s.c, p.picks);
  s.current = make_plan(g, current_input(g, p, s.journal, today));
  PlanGraph bg(s.c, first_options(s.c));
  Plan baseline = make_plan(bg, baseline_input(s.c, baseline_start(s.c, s.journal, today)));
  s.summary = summarize(s.c, s.journal, p, baseline, s.current, today);
  return s;
}

std::function<Minutes(Date)> every_day(Minutes m) {
  return [m](Date) { return m; };
}

}  // namespace

TEST_CASE("learn_pace: logged over the original estimate, for finished resources with hours only") {
  auto c = CurriculumBuilder().resource("a", 600).resource("b", 600).resource("c", 600).resource("d", 600).build();
  Journal j = {hours_on(day("2024-01-01"), "a", 600),  // done by reaching its estimate: 1.0
               // re-estimated to 10 h more after 3 h, then 10 h and done: 13 h of 10 h
               hours_on(day("2024-01-02"), "b", 180, 600), hours_on(day("2024-01-03"), "b", 600, std::nullopt, true),
               hours_on(day("2024-01-04"), "c", 0, std::nullopt, true),  // done without hours: no pace
               hours_on(day("2024-01-05"), "d", 120)};                   // not finished: no pace
  auto pace = learn_pace(c, apply_journal(c, j, day("2024-01-10")));
  REQUIRE(pace.size() == 2);
  CHECK(pace[0].resource == 0);
  CHECK(pace[0].pace == 1.0);
  CHECK(pace[1].resource == 1);
  CHECK(pace[1].logged == 780);
  CHECK(pace[1].estimate == 600);
  CHECK(pace[1].pace == Approx(1.3));
  // A `left: 0` finishes a resource faster than its estimate.
  j.push_back(hours_on(day("2024-01-06"), "d", 60, 0));
  pace = learn_pace(c, apply_journal(c, j, day("2024-01-10")));
  REQUIRE(pace.size() == 3);
  CHECK(pace[2].pace == Approx(0.3));
  // Entries after today do not count.
  CHECK(learn_pace(c, apply_journal(c, j, day("2024-01-01"))).size() == 1);
}

TEST_CASE("learn_rhythm: full Monday-Sunday weeks since the first entry, ended before today") {
  // 2024-01-03 is a Wednesday: its week is partial. Then the weeks of the
  // 8th and 15th are full; the week of today (Mon 22nd) has not ended.
  std::map<Date, Minutes> logged = {{day("2024-01-03"), 600}, {day("2024-01-08"), 420}, {day("2024-01-20"), 210},
                                    {day("2024-01-22"), 100}};
  auto r = learn_rhythm(logged, every_day(60), day("2024-01-22"));
  REQUIRE(r.size() == 2);
  CHECK(r[0].monday == day("2024-01-08"));
  CHECK(r[0].offered == 420);
  CHECK(r[0].logged == 420);
  CHECK(r[0].rhythm == 1.0);
  CHECK(r[1].monday == day("2024-01-15"));
  CHECK(r[1].rhythm == 0.5);
  // On Sunday the 21st, the week of the 15th has not ended yet.
  CHECK(learn_rhythm(logged, every_day(60), day("2024-01-21")).size() == 1);
  // A first entry on a Monday makes its own week count.
  logged[day("2024-01-01")] = 60;
  CHECK(learn_rhythm(logged, every_day(60), day("2024-01-22")).size() == 3);
}

TEST_CASE("learn_rhythm: weeks without capacity have no rhythm — only the last 12 weeks with some") {
  std::map<Date, Minutes> logged = {{day("2024-01-01"), 60}};
  // No capacity in the week of 2024-01-15 (a holiday), 1 h a day otherwise.
  auto cap = [](Date d) { return d >= day("2024-01-15") && d < day("2024-01-22") ? Minutes{0} : Minutes{60}; };
  auto r = learn_rhythm(logged, cap, day("2024-01-29"));
  REQUIRE(r.size() == 3);
  CHECK(r[0].monday == day("2024-01-01"));
  CHECK(r[1].monday == day("2024-01-08"));
  CHECK(r[2].monday == day("2024-01-22"));
  CHECK(r[2].rhythm == 0.0);
  // Forty weeks later only the last 12 are kept, the oldest first.
  r = learn_rhythm(logged, cap, day("2024-10-28"));
  REQUIRE(r.size() == 12);
  CHECK(r.front().monday == day("2024-08-05"));
  CHECK(r.back().monday == day("2024-10-21"));
  // Nothing logged, no rhythm.
  CHECK(learn_rhythm({}, cap, day("2024-10-28")).empty());
}

TEST_CASE("forecast_needs: what history is missing, in words") {
  Evidence e;
  CHECK(forecast_needs(e) == "3 more finished resources and 2 more full weeks");
  e.pace.resize(2);
  e.rhythm.resize(1);
  CHECK(forecast_needs(e) == "1 more finished resource and 1 more full week");
  e.rhythm.resize(5);
  CHECK(forecast_needs(e) == "1 more finished resource");
  e.pace.resize(3);
  CHECK(forecast_needs(e).empty());
  CHECK(e.enough());
  e.rhythm.resize(0);
  CHECK(forecast_needs(e) == "2 more full weeks");
}

TEST_CASE("median_pace and at_your_pace: the middle pace, times the work") {
  std::vector<PaceSample> p = {{0, 0, 0, 2.0}, {1, 0, 0, 1.2}};
  CHECK(!median_pace(p));
  CHECK(!at_your_pace(600, p));
  p.push_back({2, 0, 0, 1.5});
  CHECK(*median_pace(p) == 1.5);
  CHECK(*at_your_pace(600, p) == 900);
  p.push_back({3, 0, 0, 1.0});
  CHECK(*median_pace(p) == Approx(1.35));  // (1.2 + 1.5) / 2
  std::vector<RhythmSample> r(2);
  r[0].rhythm = 0.5, r[1].rhythm = 1.0;
  CHECK(*median_rhythm(r) == 0.75);
}

TEST_CASE("SplitMix64: the reference values — each run its own stream") {
  // The published test vector of SplitMix64 from state 1234567.
  SplitMix64 g(1234567);
  CHECK(g.next() == 6457827717110365317u);
  CHECK(g.next() == 3203168211198807973u);
  CHECK(g.next() == 9817491932198370423u);
  CHECK(g() == static_cast<std::uint32_t>(4593380528125082431u >> 32));
  // Runs start apart: their first values differ.
  auto a = run_stream(kForecastSeed, 0), b = run_stream(kForecastSeed, 1);
  CHECK(a.next() != b.next());
  auto a2 = run_stream(kForecastSeed, 0);
  a2.next();
  CHECK(a2.next() == a.next());
}

TEST_CASE("IndexDraw: in range, unbiased by rejection, the same sequence everywhere") {
  auto gen = run_stream(kForecastSeed, 0);
  std::array<int, 3> counts{};
  const IndexDraw three(3);
  for (int i = 0; i < 30000; ++i) ++counts[three(gen)];
  for (int c : counts) CHECK(c > 9500);
  // Multiply-shift: x * 3 / 2^32.
  std::vector<std::uint32_t> values = {0x55555556u};
  std::size_t k = 0;
  CHECK(three([&] { return values[k++]; }) == 1);
  values = {0xFFFFFFFFu};
  k = 0;
  CHECK(three([&] { return values[k++]; }) == 2);
  // Rejection: 2^32 mod 3 = 1, so x = 0 (low product bits 0 < 1) is drawn again.
  values = {0u, 0xFFFFFFFFu};
  k = 0;
  CHECK(three([&] { return values[k++]; }) == 2);
  CHECK(k == 2);
  // n = 1 and powers of two reject nothing.
  values = {0u};
  k = 0;
  CHECK(IndexDraw(1)([&] { return values[k++]; }) == 0);
  k = 0;
  CHECK(IndexDraw(8)([&] { return values[k++]; }) == 0);
  CHECK(k == 1);
}

TEST_CASE("run_forecast: at 1x and full rhythm the work is done when the capacity covers it") {
  ForecastInput in;
  in.start = day("2024-03-04");
  in.remaining = {600, 600, 300};  // 25 h at 2 h a day: the 13th day
  in.capacity = every_day(120);
  in.pace = {1.0, 1.0, 1.0};
  in.rhythm = {1.0, 1.0};
  in.logged = 60;
  in.goal = 100 * 60;  // 99 h left: the 50th day
  auto f = run_forecast(in);
  CHECK(f.runs == 1000);
  CHECK(f.p50 == in.start + 12);
  CHECK(f.p85 == in.start + 12);
  CHECK(f.goal_p50 == in.start + 49);
  CHECK(f.goal_p85 == in.start + 49);
}

TEST_CASE("run_forecast: twice the pace doubles the time, half the rhythm too") {
  ForecastInput in;
  in.start = day("2024-03-06");  // a Wednesday: the first week is partial
  in.remaining = {1200, 1200};   // 40 h: 20 days at 2 h
  in.capacity = every_day(120);
  in.pace = {2.0};
  in.rhythm = {1.0};
  auto f = run_forecast(in);
  CHECK(f.p50 == in.start + 39);
  in.pace = {1.0};
  in.rhythm = {0.5};
  f = run_forecast(in);
  CHECK(f.p50 == in.start + 39);
  CHECK(!f.goal_p50);  // no goal given
}

TEST_CASE("run_forecast: the work gets only work_capacity — the goal counts every minute studied") {
  ForecastInput in;
  in.start = day("2024-03-04");
  in.remaining = {600, 600};  // 20 h
  in.capacity = every_day(120);
  in.work_capacity = every_day(60);  // practice reserves the other hour
  in.pace = {1.0};
  in.rhythm = {1.0};
  in.goal = 40 * 60;
  auto f = run_forecast(in);
  CHECK(f.p50 == in.start + 19);       // 20 h at 1 h a day
  CHECK(f.goal_p50 == in.start + 19);  // 40 h at 2 h a day
  in.work_capacity = nullptr;          // none reserved: all of it
  f = run_forecast(in);
  CHECK(f.p50 == in.start + 9);
  CHECK(f.goal_p50 == in.start + 19);
}

TEST_CASE("forecast through summarize: practice reservations slow the work, not the goal") {
  auto c = CurriculumBuilder()
               .resource("r0", 600)
               .resource("r1", 600)
               .resource("r2", 600)
               .resource("r3", 600)
               .resource("r4", 600)
               .hours_per_day(120)
               .build();
  auto with_practice = CurriculumBuilder()
                           .resource("r0", 600)
                           .resource("r1", 600)
                           .resource("r2", 600)
                           .resource("r3", 600)
                           .resource("r4", 600)
                           .practice("projects", {60, 60, 60, 60, 60, 60, 60})
                           .hours_per_day(120)
                           .build();
  auto [journal, today] = learner(1.0, 120);
  auto plain = run(c, journal, today);
  auto practised = run(with_practice, journal, today);
  REQUIRE(plain.summary.forecast);
  REQUIRE(practised.summary.forecast);
  // 20 h left: 10 days with the whole 2 h, 20 with the hour practice leaves,
  // as the plan says.
  CHECK(*plain.summary.forecast->p50 - today + 1 == 10);
  CHECK(*practised.summary.forecast->p50 - today + 1 == 20);
  CHECK(std::abs(*practised.summary.forecast->p50 - practised.current.end) <= 1);
  CHECK(practised.summary.forecast->goal_p50 == plain.summary.forecast->goal_p50);
}

TEST_CASE("run_forecast: p85 is never before p50 — the same inputs give the same dates") {
  ForecastInput in;
  in.start = day("2024-03-04");
  for (int i = 0; i < 20; ++i) in.remaining.push_back(300 + 30 * i);
  in.capacity = [](Date d) { return d.weekday() == 6 ? Minutes{0} : Minutes{120}; };
  in.pace = {0.8, 1.0, 1.3, 2.5, 1.1};
  in.rhythm = {0.4, 1.0, 0.9, 0.7};
  in.goal = 600 * 60;
  auto a = run_forecast(in);
  auto b = run_forecast(in);
  REQUIRE(a.p50);
  REQUIRE(a.p85);
  CHECK(*a.p85 >= *a.p50);
  CHECK(*a.goal_p85 >= *a.goal_p50);
  CHECK(*a.goal_p50 >= *a.p50);
  CHECK(a.p50 == b.p50);
  CHECK(a.p85 == b.p85);
  CHECK(a.goal_p50 == b.goal_p50);
  // The dates are pinned: SplitMix64 and the index draw are the same on
  // every machine, so these never change unless the method does.
  // (A separate Python re-implementation of the runs, the bootstrap
  // included, gives the same four dates. Before the bootstrap the band was
  // 2024-09-19 to 2024-10-16: four weeks of rhythm said too much.)
  CHECK(a.p50->str() == "2024-09-14");
  CHECK(a.p85->str() == "2024-11-25");
  CHECK(a.goal_p50->str() == "2025-06-11");
  CHECK(a.goal_p85->str() == "2025-09-09");
}

TEST_CASE("run_forecast: the bootstrap — a short history gives a wider band than a long one like it") {
  // The same spread of weeks, seen 4 times or 48 times: without the
  // bootstrap both give about the same band, since each run draws a
  // thousand weeks from the same distribution. With it, four weeks say
  // little about the learner's long-run rhythm, and the band shows it.
  ForecastInput in;
  in.start = day("2024-03-04");
  in.remaining = {600 * 60};  // 600 h: years at 2 h a day
  in.capacity = [](Date) { return Minutes{120}; };
  in.pace = {1.0};
  in.rhythm = {0.4, 1.0, 0.9, 0.7};
  const Forecast short_history = run_forecast(in);
  std::vector<double> long_rhythm;
  for (int i = 0; i < 12; ++i) long_rhythm.insert(long_rhythm.end(), in.rhythm.begin(), in.rhythm.end());
  in.rhythm = long_rhythm;
  const Forecast long_history = run_forecast(in);
  REQUIRE(short_history.p85);
  REQUIRE(long_history.p85);
  const int short_band = *short_history.p85 - *short_history.p50;
  const int long_band = *long_history.p85 - *long_history.p50;
  INFO("band: " << short_band << " days from 4 weeks, " << long_band << " days from 48");
  CHECK(short_band > 2 * long_band);
}

TEST_CASE("studied_band: replays the runs — its curves reach the goal on the goal's p50 and p85 dates") {
  ForecastInput in;
  in.start = day("2024-03-04");
  for (int i = 0; i < 20; ++i) in.remaining.push_back(300 + 30 * i);
  in.capacity = [](Date d) { return d.weekday() == 6 ? Minutes{0} : Minutes{120}; };
  in.pace = {0.8, 1.0, 1.3, 2.5, 1.1};
  in.rhythm = {0.4, 1.0, 0.9, 0.7};
  in.goal = 600 * 60;
  auto f = run_forecast(in);
  std::vector<Date> dates;
  for (Date d = in.start; d <= *f.goal_p85 + 7; ++d) dates.push_back(d);
  auto band = studied_band(in, dates);
  REQUIRE(band.size() == dates.size());
  // Pinned like the dates.
  CHECK(band[30].date == day("2024-04-03"));
  CHECK(band[30].p50 == Approx(2448.0));
  CHECK(band[30].p85 == Approx(1872.0));
  std::optional<Date> reach50, reach85;
  const double goal_left = static_cast<double>(in.goal - in.logged);
  for (const auto& b : band) {
    CHECK(b.p85 <= b.p50);
    if (!reach50 && b.p50 + 1e-3 >= goal_left) reach50 = b.date;
    if (!reach85 && b.p85 + 1e-3 >= goal_left) reach85 = b.date;
  }
  CHECK(reach50 == f.goal_p50);
  CHECK(reach85 == f.goal_p85);
  // Dates before the start, repeated or out of order are left out.
  CHECK(studied_band(in, {day("2024-03-01"), day("2024-03-05"), day("2024-03-05"), day("2024-03-04")}).size() == 1);
}

TEST_CASE("run_forecast: a rhythm of nothing never finishes — a goal already reached is today") {
  ForecastInput in;
  in.start = day("2024-03-04");
  in.remaining = {600};
  in.capacity = every_day(120);
  in.pace = {1.0};
  in.rhythm = {0.0, 0.0};
  in.logged = 700;
  in.goal = 600;
  auto f = run_forecast(in);
  CHECK(!f.p50);
  CHECK(!f.p85);
  CHECK(f.goal_p50 == in.start);
  // Nothing left to do: done today.
  in.remaining = {};
  CHECK(run_forecast(in).p50 == in.start);
}

TEST_CASE("forecast through summarize: exactly 2x every estimate at full rhythm takes twice the plan") {
  auto c = ten_by_ten();
  auto [journal, today] = learner(2.0, 120);  // 30 days of 2 h, to 2024-01-30
  auto s = run(c, journal, today);
  REQUIRE(s.summary.forecast);
  CHECK(s.summary.forecast_needs.empty());
  REQUIRE(s.summary.evidence.pace.size() == 3);
  for (const auto& p : s.summary.evidence.pace) CHECK(p.pace == 2.0);
  for (const auto& r : s.summary.evidence.rhythm) CHECK(r.rhythm == 1.0);
  // 70 h left: the plan takes 35 days; at 2x the forecast 70.
  const int plan_days = s.current.end - today + 1;
  CHECK(plan_days == 35);
  const int forecast_days = *s.summary.forecast->p50 - today + 1;
  CHECK(forecast_days == Approx(2 * plan_days).margin(1));
  CHECK(*s.summary.forecast->p85 >= *s.summary.forecast->p50);
}

TEST_CASE("forecast through summarize: at 1x and full rhythm p50 is the plan's end") {
  auto c = ten_by_ten();
  auto [journal, today] = learner(1.0, 120);
  auto s = run(c, journal, today);
  REQUIRE(s.summary.forecast);
  CHECK(std::abs(*s.summary.forecast->p50 - s.current.end) <= 7);
  CHECK(s.summary.forecast->p85 == s.summary.forecast->p50);
}

TEST_CASE("forecast through summarize: half the rhythm doubles the remaining time") {
  auto c = ten_by_ten();
  auto [journal, today] = learner(1.0, 60);  // 1 h of the 2 h offered
  auto s = run(c, journal, today);
  REQUIRE(s.summary.forecast);
  for (const auto& r : s.summary.evidence.rhythm) CHECK(r.rhythm == 0.5);
  const int plan_days = s.current.end - today + 1;
  CHECK(*s.summary.forecast->p50 - today + 1 == Approx(2 * plan_days).margin(1));
}

TEST_CASE("forecast through summarize: too little history gives no forecast and says what is missing") {
  auto c = ten_by_ten();
  // r0 done on Fri 5th, r1 on Wed 10th, r2 on Mon 15th; the first full
  // week ends on Sunday the 7th, the second on the 14th.
  auto [journal, end] = learner(1.0, 120);
  auto s = run(c, journal, day("2024-01-08"));
  CHECK(!s.summary.forecast);
  CHECK(s.summary.forecast_needs == "2 more finished resources and 1 more full week");
  s = run(c, journal, day("2024-01-12"));
  CHECK(!s.summary.forecast);
  CHECK(s.summary.forecast_needs == "1 more finished resource and 1 more full week");
  s = run(c, {}, day("2024-01-22"));
  CHECK(!s.summary.forecast);
  CHECK(s.summary.forecast_needs == "3 more finished resources and 2 more full weeks");
  s = run(c, journal, day("2024-01-15"));
  CHECK(s.summary.forecast);
  CHECK(s.summary.forecast_needs.empty());
  CHECK(end == day("2024-01-16"));
}

TEST_CASE("summarize: schedule_delta_days is the baseline end minus the current end") {
  auto c = ten_by_ten();
  // One day of 2 h, then nothing for a week: a week behind the baseline.
  Journal j = {hours_on(day("2024-01-01"), "r0", 120)};
  auto s = run(c, j, day("2024-01-09"));
  CHECK(s.summary.schedule_delta_days == -7);
  CHECK(s.summary.schedule_delta_days == s.summary.baseline_end - s.summary.end);
}
