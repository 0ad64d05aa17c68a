// `tenk report` (SPEC 5): one self-contained HTML page.
// (In a real browser: tests/report/chromium_check.py, run by CTest.)

#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <regex>

#include "cli/cli_fixture.h"

using namespace tenk::test;

namespace {

const char* kJournal =
    "- {date: 2026-11-20, id: python, hours: 2, note: \"chapters 1-4 <script>alert(1)</script> & more\"}\n"
    "- {date: 2026-11-21, id: python, hours: 1, done: true, note: \"NOTE-TWO\"}\n"
    "- {date: 2026-11-21, id: numpy, hours: 0.5}\n";

std::string report(const Scratch& s, std::vector<std::string> extra = {}) {
  std::vector<std::string> args = {"report", "-o", s.path("site"), "--today", "2026-11-23"};
  args.insert(args.end(), extra.begin(), extra.end());
  auto r = run_small(s, args);
  INFO(r.err);
  REQUIRE(r.code == 0);
  CHECK(r.out.find("index.html") != std::string::npos);
  return slurp(s.path("site/index.html"));
}

}  // namespace

TEST_CASE("report: every section, newest day first, notes, no script and nothing fetched") {
  Scratch s;
  s.file("journal.log.yaml", kJournal);
  const std::string html = report(s);
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  for (const char* id : {"status", "today", "heatmap", "burnup", "timeline", "path", "log"})
    CHECK(html.find(std::string("<section id=\"") + id + "\"") != std::string::npos);
  // Four pictures inline: heatmap, burn-up, timeline, the path.
  CHECK(std::regex_search(html, std::regex("<svg[^>]*>")));
  std::size_t svgs = 0;
  for (auto at = html.find("<svg"); at != std::string::npos; at = html.find("<svg", at + 1)) ++svgs;
  CHECK(svgs == 4);
  CHECK(html.find("<?xml") == std::string::npos);
  // Self-contained: no script, nothing loaded from a URL.
  CHECK(html.find("<script") == std::string::npos);
  CHECK_FALSE(std::regex_search(html, std::regex(R"(src\s*=\s*["']?\s*(https?:)?//)", std::regex::icase)));
  CHECK_FALSE(std::regex_search(html, std::regex(R"(url\(\s*["']?\s*(https?:)?//)", std::regex::icase)));
  CHECK(html.find("<link") == std::string::npos);
  CHECK(html.find("@import") == std::string::npos);
  // The log: Day N as the CLI counts it (the first entry is Day 1), newest
  // first, the day's hours, notes; the header says today's Day N.
  auto day2 = html.find("Day 2 \xE2\x80\x94 2026-11-21"), day1 = html.find("Day 1 \xE2\x80\x94 2026-11-20");
  REQUIRE(day2 != std::string::npos);
  REQUIRE(day1 != std::string::npos);
  CHECK(day2 < day1);
  CHECK(html.find("Day 0") == std::string::npos);
  CHECK(html.find("Progress on 2026-11-23 \xC2\xB7 Day 4,") != std::string::npos);
  CHECK(html.find("1.5 h</span></h3>") != std::string::npos);
  CHECK(html.find("NOTE-TWO") != std::string::npos);
  // Today's blocks (a Monday with 2 h) and the status figures.
  CHECK(html.find("Today, 2026-11-23") != std::string::npos);
  CHECK(html.find("<dt>logged</dt><dd>3.5 h</dd>") != std::string::npos);
  // The next milestone: no project in small.yaml, so the plan's last resource.
  CHECK(html.find("The path to the next milestone: Let&#39;s build GPT") != std::string::npos);
  // The path card has the page's heading: no second title, no legend.
  const auto path = html.find("<section id=\"path\">");
  REQUIRE(path != std::string::npos);
  const std::string card = html.substr(path, html.find("</section>", path) - path);
  CHECK(card.find("\xE2\x94\x81\xE2\x94\x81 critical path</text>") == std::string::npos);
  CHECK(card.find("first topic:") == std::string::npos);
  CHECK(card.find("\">Small path</text>") == std::string::npos);
}

TEST_CASE("report: on a phone each chart opens at today — a mark at today's x in the heatmap, burn-up and timeline") {
  Scratch s;
  s.file("journal.log.yaml", kJournal);
  const std::string html = report(s);
  // The mark sits where the picture draws today: the heatmap's column, the
  // burn-up's and the timeline's line (their x1 in the SVG).
  for (const char* id : {"heatmap", "burnup", "timeline"}) {
    INFO(id);
    const auto at = html.find(std::string("<section id=\"") + id + "\"");
    REQUIRE(at != std::string::npos);
    const std::string section = html.substr(at, html.find("</section>", at) - at);
    std::smatch mark;
    REQUIRE(std::regex_search(section, mark, std::regex(R"re(<span class="at-today" style="left:(\d+)px"></span>)re")));
    const int left = std::stoi(mark[1]);
    std::smatch line;
    if (std::regex_search(section, line, std::regex(R"re(<line x1="([\d.]+)"[^>]*class="today")re")))
      CHECK(std::abs(std::stod(line[1]) - left) < 1);
    else
      CHECK(left > 0);
  }
  CHECK(html.find("scroll-initial-target:nearest") != std::string::npos);
  // The path to the milestone is a graph, not a chart over dates: no mark.
  const auto path = html.find("<section id=\"path\">");
  CHECK(html.find("at-today", path) == std::string::npos);
}

TEST_CASE("report --no-notes has no note text — notes and titles are escaped, never markup") {
  Scratch s;
  s.file("journal.log.yaml", kJournal);
  const std::string with = report(s);
  CHECK(with.find("chapters 1-4 &lt;script&gt;alert(1)&lt;/script&gt; &amp; more") != std::string::npos);
  const std::string without = report(s, {"--no-notes"});
  CHECK(without.find("NOTE-TWO") == std::string::npos);
  CHECK(without.find("chapters 1-4") == std::string::npos);
  CHECK(without.find("alert(1)") == std::string::npos);
  CHECK(without.find("Day 2 \xE2\x80\x94 2026-11-21") != std::string::npos);
}

TEST_CASE("report: a private note is left out — its hours stay, history still shows it to its owner") {
  Scratch s;
  s.file("journal.log.yaml", std::string(kJournal) +
                                 "- {date: 2026-11-22, id: numpy, hours: 1, note: \"PRIVATE-NOTE\", private: true}\n");
  const std::string html = report(s);
  CHECK(html.find("PRIVATE-NOTE") == std::string::npos);
  CHECK(html.find("NOTE-TWO") != std::string::npos);
  CHECK(html.find("Day 3 \xE2\x80\x94 2026-11-22") != std::string::npos);
  CHECK(html.find("<dt>logged</dt><dd>4.5 h</dd>") != std::string::npos);
  auto heatmap = run_small(s, {"render", "heatmap", "--today", "2026-11-23"});
  CHECK(heatmap.code == 0);
  CHECK_THAT(heatmap.out, Catch::Contains("NOTE-TWO") && !Catch::Contains("PRIVATE-NOTE"));
  auto history = run_small(s, {"history", "--today", "2026-11-23"});
  CHECK_THAT(history.out, Catch::Contains("PRIVATE-NOTE"));
}

TEST_CASE("report: hostile titles come out literal") {
  Scratch s;
  std::string yaml = slurp(small_curriculum());
  yaml = std::regex_replace(yaml, std::regex("title: Small path"), "title: \"<img src=http://x.example/a.png> & \\\"q\\\"\"");
  yaml = std::regex_replace(yaml, std::regex("title: NumPy"),
                            "title: \"</style><script>alert(2)</script><b onmouseover=x>NumPy\"");
  const std::string cur = s.file("hostile.yaml", yaml);
  s.file("journal.log.yaml", kJournal);
  auto r = s.run({"-c", cur, "--log", s.path("journal.log.yaml"), "report", "-o", s.path("site"), "--today", "2026-11-23"});
  INFO(r.err);
  REQUIRE(r.code == 0);
  const std::string html = slurp(s.path("site/index.html"));
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("<b onmouseover") == std::string::npos);
  CHECK(html.find("&lt;img src=http://x.example/a.png&gt; &amp; &quot;q&quot;") != std::string::npos);
  CHECK(html.find("&lt;/style&gt;&lt;script&gt;alert(2)&lt;/script&gt;&lt;b onmouseover=x&gt;NumPy") != std::string::npos);
  CHECK(html.find("</style>") == html.rfind("</style>"));  // only the page's own
}

TEST_CASE("report: writes through the safe writer — a file in the folder's place is an error") {
  Scratch s;
  s.file("site", "not a folder");
  auto r = run_small(s, {"report", "-o", s.path("site"), "--today", "2026-11-23"});
  CHECK(r.code == 1);
  CHECK(r.err.find("not a directory") != std::string::npos);
  CHECK(slurp(s.path("site")) == "not a folder");
  // A FIFO at index.html is written in place, never replaced; here a
  // symlink to a file is followed.
  std::filesystem::create_directory(s.path("out"));
  s.file("real.html", "old");
  std::filesystem::create_symlink(s.path("real.html"), s.path("out/index.html"));
  auto ok = run_small(s, {"report", "-o", s.path("out"), "--today", "2026-11-23", "--json"});
  INFO(ok.err);
  REQUIRE(ok.code == 0);
  CHECK(std::filesystem::is_symlink(s.path("out/index.html")));
  CHECK(slurp(s.path("real.html")).rfind("<!DOCTYPE html>", 0) == 0);
  auto j = json_of(ok);
  CHECK(j["output"] == s.path("out") + "/index.html");
  CHECK(j["notes"] == true);
}
