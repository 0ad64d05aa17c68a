#include <catch2/catch.hpp>

#include "render/timeline.h"
#include "render/svg_writer.h"
#include "render_support.h"

using namespace tenk;

namespace {

Date d(const char* s) { return *Date::parse(s); }

Curriculum make_curriculum(const std::vector<std::string>& titles) {
  Curriculum c;
  c.title = "Test curriculum";
  c.id = "test";
  for (std::size_t i = 0; i < titles.size(); ++i) {
    Resource r;
    r.id = "r" + std::to_string(i);
    r.title = titles[i];
    r.minutes = 240;
    r.topics = {i % 2 ? "math" : "code"};
    c.resources.push_back(r);
  }
  c.resolve();
  return c;
}

/// A plan of `per_day` minutes a day for each resource in turn, `days_each` days each.
Plan make_plan(Date start, const std::vector<int>& resources, int days_each) {
  Plan p;
  p.start = start;
  Date day = start;
  for (int r : resources) {
    ResourceSpan span{r, day, day + (days_each - 1), 90 * days_each};
    for (int k = 0; k < days_each; ++k, ++day) p.days.push_back(PlanDay{day, 120, {Block{r, 90}}});
    p.spans.push_back(span);
  }
  p.end = p.days.empty() ? start : p.days.back().date;
  p.lower_bound_end = p.end;
  return p;
}

Progress progress_for(const Curriculum& c) {
  Progress p;
  p.resources.resize(c.resources.size());
  return p;
}

}  // namespace

TEST_CASE("timeline: one bar per planned block, one label per resource, today marked") {
  Curriculum c = make_curriculum({"Alpha", "Beta", "Gamma"});
  const Date today = d("2024-06-10");
  Plan plan = make_plan(today, {0, 1, 2}, 4);
  std::string svg = render_timeline(c, plan, progress_for(c), {}, today, std::nullopt).svg;
  CHECK(test::well_formed(svg));
  CHECK(test::count(svg, "class=\"block\"") == 12);
  CHECK(test::count(svg, "class=\"label\"") == 3);
  CHECK(test::count(svg, "class=\"today\"") == 1);
  CHECK(svg.find("<title>Beta \xE2\x80\x94 2024-06-14: 1.5 h planned</title>") != std::string::npos);
  // Rows grouped by first topic under a header, each group in plan order:
  // code (Alpha, Gamma), then math (Beta).
  CHECK(svg.find(">Alpha<") < svg.find(">Gamma<"));
  CHECK(svg.find(">Gamma<") < svg.find(">Beta<"));
  CHECK(test::count(svg, "class=\"group\"") == 2);
  CHECK(svg.find(">code<") < svg.find(">Alpha<"));
  CHECK(svg.find(">math<") < svg.find(">Beta<"));
  // Dates along the top: the month and the Mondays.
  std::string text = test::texts_of(svg, "text");
  CHECK(text.find("Jun 2024") != std::string::npos);
  CHECK(text.find("Jun 17") != std::string::npos);
}

TEST_CASE("timeline: with tracks, rows are grouped by track, not by topic") {
  Curriculum c = make_curriculum({"Alpha", "Beta", "Gamma"});
  c.tracks = {{"build", "Build it", 3, {}, {}}, {"understand", "Understand it", 2, {}, {}}};
  c.track_refs = {{0, "understand", {}}, {1, "build", {}}, {2, "understand", {}}};
  c.resolve();
  const Date today = d("2024-06-10");
  std::string svg = render_timeline(c, make_plan(today, {0, 1, 2}, 4), progress_for(c), {}, today, std::nullopt).svg;
  CHECK(test::well_formed(svg));
  CHECK(test::count(svg, "class=\"group\"") == 2);
  // The group headers in order of their first row, then the rows: Understand
  // (Alpha, Gamma), then Build (Beta).
  CHECK(svg.find(">Understand it<") < svg.find(">Build it<"));
  CHECK(svg.find(">Alpha<") < svg.find(">Gamma<"));
  CHECK(svg.find(">Gamma<") < svg.find(">Beta<"));
}

TEST_CASE("timeline: logged work comes first, in grey, on its dates") {
  Curriculum c = make_curriculum({"Alpha", "Beta", "Gamma"});
  const Date today = d("2024-06-10");
  Journal j;
  j.push_back(JournalEntry{d("2024-06-03"), "r2", 60, {}, false, "", "", "", 1});
  j.push_back(JournalEntry{d("2024-06-04"), "r2", 30, {}, false, "", "", "", 2});
  j.push_back(JournalEntry{d("2024-06-04"), "r2", 30, {}, false, "", "", "", 3});  // same day: one bar
  j.push_back(JournalEntry{d("2024-06-05"), "r2", {}, {}, true, "", "", "", 4});
  j.push_back(JournalEntry{d("2024-06-20"), "r0", 60, {}, false, "", "", "", 5});  // after today: ignored
  j.push_back(JournalEntry{d("2024-06-05"), "", {}, {}, false, "", "some-choice", "r1", 6});
  Progress progress = progress_for(c);
  progress.resources[2].done = true;
  Plan plan = make_plan(today, {0, 1}, 2);
  std::string svg = render_timeline(c, plan, progress, j, today, std::nullopt).svg;
  CHECK(test::well_formed(svg));
  CHECK(test::count(svg, "class=\"logged\"") == 2);
  CHECK(svg.find("2024-06-04: 1 h logged") != std::string::npos);
  CHECK(svg.find("2024-06-20") == std::string::npos);
  CHECK(svg.find(">Gamma \xE2\x9C\x93<") < svg.find(">Alpha<"));
  CHECK(test::count(svg, "class=\"block\"") == 4);
}

TEST_CASE("timeline: a plan over years draws one bar per resource span") {
  Curriculum c = make_curriculum({"Alpha", "Beta"});
  const Date today = d("2024-06-10");
  Plan plan = make_plan(today, {0, 1}, 400);
  std::string svg = render_timeline(c, plan, progress_for(c), {}, today, std::nullopt).svg;
  CHECK(test::well_formed(svg));
  CHECK(test::count(svg, "class=\"block\"") == 0);
  CHECK(test::count(svg, "class=\"span\"") == 2);
  CHECK(svg.find("2024-06-10 to 2025-07-14: 600 h planned") != std::string::npos);
  // The chart stays a readable width.
  CHECK(svg.size() < 100000);
}

TEST_CASE("timeline: hostile titles come out literal and long ones are cut") {
  const std::string hostile = "<script>alert(1)</script> ]]> \"q\" 'a' \\N \\G &amp; 🎉 é";
  const std::string long_title(100, 'x');
  Curriculum c = make_curriculum({hostile, long_title});
  c.title = "<b>&amp;</b>";
  const Date today = d("2024-06-10");
  std::string svg = render_timeline(c, make_plan(today, {0, 1}, 1), progress_for(c), {}, today, std::nullopt).svg;
  CHECK(test::well_formed(svg));
  CHECK(svg.find("<script") == std::string::npos);
  CHECK(svg.find("<b>") == std::string::npos);
  std::string titles = test::texts_of(svg, "title");
  CHECK(titles.find(hostile + " (r0)") != std::string::npos);
  CHECK(titles.find(long_title + " (r1)") != std::string::npos);
  std::string text = test::texts_of(svg, "text");
  CHECK(text.find("<b>&amp;</b>") != std::string::npos);
  // Cut to 39 characters, the ellipsis included, so it ends before the chart.
  CHECK(text.find(std::string(38, 'x') + "…") != std::string::npos);
  CHECK(text.find(std::string(39, 'x')) == std::string::npos);
}

TEST_CASE("timeline: an empty plan still draws a well-formed picture") {
  Curriculum c = make_curriculum({"Alpha"});
  std::string svg = render_timeline(c, Plan{}, progress_for(c), {}, d("2024-06-10"), std::nullopt).svg;
  CHECK(test::well_formed(svg));
  CHECK(test::texts_of(svg, "text").find("nothing left to plan") != std::string::npos);
}
