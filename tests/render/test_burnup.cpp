#include <catch2/catch.hpp>

#include "core/plan_graph.h"
#include "core/plan_input.h"
#include "core/planner.h"
#include "render/burnup.h"
#include "render_support.h"

using namespace tenk;

namespace {

Date d(const char* s) { return *Date::parse(s); }

// Ten resources of 10 h, 2 h every day.
Curriculum curriculum(const std::string& title = "Burn-up test") {
  Curriculum c;
  c.title = title;
  c.id = "test";
  for (int i = 0; i < 10; ++i) {
    Resource r;
    r.id = "r" + std::to_string(i);
    r.title = "Resource " + std::to_string(i);
    r.minutes = 600;
    c.resources.push_back(r);
  }
  c.schedule.week.fill(120);
  c.resolve();
  return c;
}

struct Scene {
  Curriculum c;
  Plan baseline, current;
  std::map<Date, Minutes> logged;
  Summary summary;
};

// From 2024-01-01 the learner logged 2 h a day up to `today`, finishing
// r0..r2; the current plan holds r3..r9 from today.
Scene picture(Date today, const std::string& title = "Burn-up test") {
  Scene p{curriculum(title), {}, {}, {}, {}};
  PlanGraph g(p.c, first_options(p.c));
  p.baseline = make_plan(g, baseline_input(p.c, d("2024-01-01")));
  PlanInput in = baseline_input(p.c, today);
  for (int r = 0; r < 3; ++r) in.remaining[static_cast<std::size_t>(r)] = 0, in.done[static_cast<std::size_t>(r)] = true;
  p.current = make_plan(g, in);
  for (Date x = d("2024-01-01"); x < today; ++x) p.logged[x] = 120;
  p.summary.goal_hours = 10000;
  p.summary.forecast_needs = "2 more finished resources";
  return p;
}

std::string draw(const Scene& p, Date today) {
  return render_burnup(p.c, p.baseline, p.current, p.logged, p.summary, today, std::nullopt).svg;
}

}  // namespace

TEST_CASE("burnup: the baseline, the hours logged, the plan and the forecast band, today marked") {
  const Date today = d("2024-01-31");
  Scene p = picture(today);
  // A learner at 1.5x to 2x the estimates, studying 80 % of the time.
  ForecastInput in;
  in.start = today;
  for (const auto& span : p.current.spans) in.remaining.push_back(span.minutes);
  in.capacity = [](Date) { return Minutes{120}; };
  in.logged = 60 * 60;
  in.goal = 10000 * 60;
  in.pace = {1.5, 2.0, 1.8};
  in.rhythm = {0.8, 0.7, 0.9};
  p.summary.forecast_from = in;
  p.summary.forecast = run_forecast(in);
  p.summary.forecast_needs.clear();
  const Forecast& f = *p.summary.forecast;
  REQUIRE(f.p50);
  REQUIRE(f.p85 > f.p50);
  std::string svg = draw(p, today);
  CHECK(test::well_formed(svg));
  CHECK(test::count(svg, "class=\"baseline\"") == 1);
  CHECK(test::count(svg, "class=\"logged\"") == 1);
  CHECK(test::count(svg, "class=\"plan\"") == 1);
  CHECK(test::count(svg, "class=\"forecast\"") == 1);
  CHECK(test::count(svg, "class=\"today\"") == 1);
  CHECK(test::count(svg, "class=\"end\"") == 1);
  CHECK(test::count(svg, "class=\"scope\"") == 1);
  auto texts = test::texts_of(svg, "text");
  auto short_date = [](Date x) {
    static const char* months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return std::string(months[x.month() - 1]) + " " + std::to_string(x.day()) + ", " + std::to_string(x.year());
  };
  CHECK(texts.find("done p50 " + short_date(*f.p50)) != std::string::npos);
  CHECK(texts.find("done p85 " + short_date(*f.p85)) != std::string::npos);
  CHECK(test::count(svg, "class=\"p50\"") == 1);
  CHECK(test::count(svg, "class=\"p85\"") == 1);
  CHECK(texts.find("plan ends Mar 5, 2024") != std::string::npos);
  CHECK(texts.find("curriculum: 130 h at the estimates") != std::string::npos);
  // The goal is years out: a note, not a line that would flatten the rest.
  CHECK(test::count(svg, "class=\"goal\"") == 0);
  CHECK(texts.find("goal 10,000 h: p50 " + f.goal_p50->str() + " / p85 " + f.goal_p85->str() + " at your pace") !=
        std::string::npos);
  // A forecast without its input (nothing to replay) draws no band.
  p.summary.forecast_from = ForecastInput{};
  svg = draw(p, today);
  CHECK(test::well_formed(svg));
  CHECK(test::count(svg, "class=\"forecast\"") == 0);
}

TEST_CASE("burnup: without a forecast there is no band, and the subtitle says what is missing") {
  const Date today = d("2024-01-31");
  Scene p = picture(today);
  std::string svg = draw(p, today);
  CHECK(test::well_formed(svg));
  CHECK(test::count(svg, "class=\"forecast\"") == 0);
  CHECK(test::count(svg, "class=\"plan\"") == 1);
  CHECK(test::texts_of(svg, "text").find("forecast after 2 more finished resources") != std::string::npos);
}

TEST_CASE("burnup: a goal near the curriculum is drawn on the chart, marked at its date") {
  const Date today = d("2024-01-31");
  Scene p = picture(today);
  p.summary.goal_hours = 120;  // 60 h logged, 70 h planned
  p.summary.goal_eta = d("2024-03-01");
  std::string svg = draw(p, today);
  CHECK(test::well_formed(svg));
  CHECK(test::count(svg, "class=\"goal\"") == 1);
  CHECK(test::count(svg, "class=\"goal-date\"") == 1);
  CHECK(test::count(svg, "class=\"goal-note\"") == 0);
  CHECK(test::texts_of(svg, "text").find("goal 120 h: 2024-03-01 if you study every scheduled hour") !=
        std::string::npos);
}

TEST_CASE("burnup: the date axis reads in days, months or years as the span needs") {
  // A month: dates of Mondays.
  Scene p = picture(d("2024-01-31"));
  auto texts = test::texts_of(draw(p, d("2024-01-31")), "text");
  CHECK(texts.find("Jan 8") != std::string::npos);
  // Ten years of history: years only.
  p = picture(d("2034-01-01"));
  p.current = Plan{};
  p.current.start = p.current.end = d("2034-01-01");
  std::string svg = draw(p, d("2034-01-01"));
  CHECK(test::well_formed(svg));
  texts = test::texts_of(svg, "text");
  CHECK(texts.find("\n2026\n") != std::string::npos);
  CHECK(texts.find("Jan 8") == std::string::npos);
  // Nothing left to plan: no plan line, and the logged line still drawn.
  CHECK(test::count(svg, "class=\"plan\"") == 0);
  CHECK(test::count(svg, "class=\"logged\"") == 1);
}

TEST_CASE("burnup: curriculum text is escaped — an empty journal still draws") {
  const Date today = d("2024-01-01");
  Scene p = picture(today, "Tom & Jerry <learn> \"ML\"");
  p.logged.clear();
  std::string svg = draw(p, today);
  CHECK(test::well_formed(svg));
  CHECK(test::texts_of(svg, "title").find("Tom & Jerry <learn> \"ML\"") != std::string::npos);
  CHECK(test::count(svg, "class=\"logged\"") == 1);
  CHECK(test::count(svg, "class=\"baseline\"") == 1);
}
