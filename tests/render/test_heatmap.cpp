#include <catch2/catch.hpp>

#include "core/error.h"
#include "render/heatmap.h"
#include "render/svg_writer.h"
#include "render_support.h"

using namespace tenk;

namespace {
Date d(const char* s) { return *Date::parse(s); }

// The heatmap over the last 53 weeks (the window of a learner who started
// more than a year ago), with no schedule: no day is a day off.
std::string heatmap(const std::map<Date, Minutes>& by_date, Date today, const std::string& title,
                    const std::map<Date, std::string>& details = {}) {
  const DateWindow year{today - today.weekday() - 7 * 52, today};
  return render_heatmap(by_date, year, today, title, nullptr, details).svg;
}
}  // namespace

TEST_CASE("heatmap: one cell per day of the last 53 weeks, up to today") {
  const Date today = d("2024-06-12");  // a Wednesday: 3 days in the last column
  std::string svg = heatmap({}, today, "T");
  CHECK(test::well_formed(svg));
  CHECK(test::count(svg, "class=\"day") == 52 * 7 + 3);
  // First cell: the Monday 52 weeks before this week's Monday. Nothing
  // logged yet: every day is before the learner started.
  CHECK(svg.find("<title>2023-06-12: before you started</title>") != std::string::npos);
  CHECK(svg.find("<title>2023-06-11") == std::string::npos);
  CHECK(svg.find("<title>2024-06-12: before you started</title>") != std::string::npos);
  CHECK(svg.find("<title>2024-06-13") == std::string::npos);
}

TEST_CASE("heatmap: a Sunday today fills the last column") {
  std::string svg = heatmap({}, d("2024-06-16"), "T");
  CHECK(test::count(svg, "class=\"day") == 53 * 7);
}

TEST_CASE("heatmap: tooltips and colours follow the hours by date") {
  const Date today = d("2024-06-12");
  std::map<Date, Minutes> by_date = {{d("2022-01-01"), 600},  // too old: not drawn, not counted
                                     {d("2023-06-12"), 30},
                                     {d("2024-01-01"), 90},
                                     {d("2024-06-12"), 300}};
  std::string svg = heatmap(by_date, today, "T");
  CHECK(test::well_formed(svg));
  CHECK(svg.find("<title>2023-06-12: 0.5 h</title>") != std::string::npos);
  CHECK(svg.find("<title>2024-01-01: 1.5 h</title>") != std::string::npos);
  CHECK(svg.find("<title>2024-06-12: 5 h</title>") != std::string::npos);
  CHECK(svg.find("2022-01-01") == std::string::npos);
  // Each hour step gets its own colour: 0.5 h, 1.5 h and 5 h differ from an empty day.
  CHECK(test::count(svg, "fill=\"#9be9a8\"><title>2023-06-12") == 1);
  CHECK(test::count(svg, "fill=\"#40c463\"><title>2024-01-01") == 1);
  CHECK(test::count(svg, "fill=\"#216e39\"><title>2024-06-12") == 1);
  // The total covers the shown period only: 0.5 + 1.5 + 5.
  CHECK(test::texts_of(svg, "text").find("7 h logged on 3 days") != std::string::npos);
}

TEST_CASE("heatmap: legend, month and weekday labels are present") {
  std::string svg = heatmap({}, d("2024-06-12"), "T");
  std::string text = test::texts_of(svg, "text");
  CHECK(text.find("less") != std::string::npos);
  CHECK(text.find("more") != std::string::npos);
  CHECK(text.find("Mon") != std::string::npos);
  CHECK(text.find("Jan 2024") != std::string::npos);
  CHECK(test::count(svg, "class=\"month\"") >= 11);
  CHECK(test::count(svg, "class=\"legend\"") == 5);
}

TEST_CASE("heatmap: a hostile title comes out literal") {
  const std::string title = "<script>alert(1)</script> ]]> \"q\" 'a' \\N &amp; 🎉 é";
  std::string svg = heatmap({}, d("2024-06-12"), title);
  CHECK(test::well_formed(svg));
  CHECK(svg.find("<script") == std::string::npos);
  CHECK(test::texts_of(svg, "text").find(title) != std::string::npos);
}

TEST_CASE("heatmap: the past before the first entry is paler and says so — a legend names each step") {
  const Date today = d("2024-06-12");
  std::string svg = heatmap({{d("2024-05-01"), 90}}, today, "T");
  CHECK(test::well_formed(svg));
  CHECK(svg.find("<title>2024-04-30: before you started</title>") != std::string::npos);
  CHECK(svg.find("<title>2024-05-02: 0 h</title>") != std::string::npos);
  CHECK(test::count(svg, "class=\"day before\"") == static_cast<std::size_t>(d("2024-05-01") - d("2023-06-12")));
  std::string text = test::texts_of(svg, "text");
  CHECK(text.find("before you started") != std::string::npos);
  for (const char* step : {"<1", "1\xE2\x80\x93" "2", "2\xE2\x80\x93" "4", "4+ h"}) CHECK(text.find(step) != std::string::npos);
  CHECK(test::count(svg, "class=\"step\"") == 5);
}

TEST_CASE("heatmap: a day's tooltip lists what was studied and the notes, unless notes are left out") {
  Curriculum c;
  c.title = "T";
  Resource r;
  r.id = "la";
  r.title = "Linear <algebra>";
  r.minutes = 600;
  c.resources = {r};
  c.resolve();
  Journal j = {JournalEntry{d("2024-06-10"), "la", 90, {}, false, "eigen & more", "", "", 1},
               JournalEntry{d("2024-06-10"), "la", 30, {}, true, "", "", "", 2}};
  auto details = heatmap_details(c, j, d("2024-06-12"), true);
  REQUIRE(details.count(d("2024-06-10")) == 1);
  CHECK(details[d("2024-06-10")] == "\nLinear <algebra> (la): 1.5 h\n    eigen & more\nLinear <algebra> (la): 0.5 h, done");
  std::string svg = heatmap({{d("2024-06-10"), 120}}, d("2024-06-12"), "T", details);
  CHECK(test::well_formed(svg));
  CHECK(svg.find("<title>2024-06-10: 2 h\nLinear &lt;algebra&gt; (la): 1.5 h\n    eigen &amp; more") != std::string::npos);
  CHECK(heatmap_details(c, j, d("2024-06-12"), false)[d("2024-06-10")].find("eigen") == std::string::npos);
}

TEST_CASE("heatmap: the default window starts on Day 1's Monday — days off are drawn apart from missed days") {
  // Day 1 a Wednesday three weeks ago; weekends are days off.
  const Date today = d("2024-06-12"), day1 = d("2024-05-22");
  const auto window = default_window(WindowedPicture::Heatmap, day1, today, today + 400);
  CHECK(window.from == d("2024-05-20"));
  CHECK(window.until == today);
  auto weekdays = [](Date x) { return x.weekday() >= 5 ? Minutes{0} : Minutes{120}; };
  std::map<Date, Minutes> by_date = {{day1, 60}, {d("2024-05-23"), 120}, {d("2024-06-01"), 30}};
  std::string svg = render_heatmap(by_date, window, today, "T", weekdays).svg;
  CHECK(test::well_formed(svg));
  // Four columns of days, Monday 2024-05-20 to today: nothing earlier.
  CHECK(test::count(svg, "<title>2024-05-19") == 0);
  CHECK(svg.find("<title>2024-05-20: before you started</title>") != std::string::npos);
  CHECK(test::count(svg, "class=\"day") == 3 * 7 + 3);
  // A Sunday without study is a day off; a Monday without study is missed;
  // a Saturday with study is studied.
  CHECK(svg.find("class=\"day off\"") != std::string::npos);
  CHECK(svg.find("<title>2024-05-26: 0 h (a day off)</title>") != std::string::npos);
  CHECK(svg.find("<title>2024-05-27: 0 h</title>") != std::string::npos);
  CHECK(svg.find("<title>2024-06-01: 0.5 h</title>") != std::string::npos);
  CHECK(test::texts_of(svg, "text").find("day off") != std::string::npos);
  CHECK(test::texts_of(svg, "text").find("3.5 h logged on 3 days from 2024-05-20 to 2024-06-12") != std::string::npos);
}

TEST_CASE("heatmap: before Day 1 the window is this week — more than ten years is refused") {
  const Date today = d("2024-06-12");
  const auto early = default_window(WindowedPicture::Heatmap, today + 30, today, today + 400);
  CHECK(early.from == d("2024-06-10"));
  CHECK(early.until == today);
  CHECK(test::well_formed(render_heatmap({}, early, today, "T", nullptr).svg));
  CHECK_THROWS_AS(render_heatmap({}, DateWindow{d("2000-01-01"), today}, today, "T", nullptr), InputError);
  CHECK(test::well_formed(render_heatmap({}, DateWindow{d("2014-07-01"), today}, today, "T", nullptr).svg));
}
