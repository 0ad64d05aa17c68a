#include <catch2/catch.hpp>

#include <regex>

#include "cli/cli_fixture.h"

using namespace tenk::test;

namespace {

bool well_formed(const Scratch& s, const std::string& svg) {
  auto path = s.file("check.svg", svg);
  return std::system(("xmllint --noout " + shell_quote(path) + " 2>/dev/null").c_str()) == 0;
}

}  // namespace

TEST_CASE("render: every picture of the embedded curriculum is well-formed SVG") {
  Scratch s;
  for (const char* what : {"graph", "timeline", "heatmap", "burnup"}) {
    auto r = s.run({"render", what, "--today", "2026-11-24"});
    INFO(what << r.err);
    REQUIRE(r.code == 0);
    CHECK(r.out.find("<svg") != std::string::npos);
    CHECK(well_formed(s, r.out));
  }
  auto p = s.run({"render", "path", "--to", "nanogpt", "--today", "2026-11-24"});
  if (p.code != 0) p = s.run({"render", "path", "--to", "project-capstone", "--today", "2026-11-24"});
  INFO(p.err);
  REQUIRE(p.code == 0);
  CHECK(well_formed(s, p.out));
}

TEST_CASE("render -o writes the file — --format dot gives DOT text") {
  Scratch s;
  auto r = run_small(s, {"render", "graph", "-o", s.path("g.svg")});
  REQUIRE(r.code == 0);
  CHECK(well_formed(s, slurp(s.path("g.svg"))));
  auto d = run_small(s, {"render", "path", "--to", "numpy", "--format", "dot"});
  REQUIRE(d.code == 0);
  CHECK(d.out.find("digraph") != std::string::npos);
  CHECK(d.out.find("python") != std::string::npos);
  CHECK(d.out.find("gpt") == std::string::npos);
}

TEST_CASE("render: bad requests are refused with a reason") {
  Scratch s;
  auto r = run_small(s, {"render", "path", "--to", "nunpy"});
  CHECK(r.code == 1);
  CHECK(r.err == "tenk: error: unknown resource 'nunpy'; did you mean numpy (NumPy)?\n");
  CHECK(run_small(s, {"render", "path"}).code == 1);
  CHECK(run_small(s, {"render", "heatmap", "--format", "dot"}).code == 1);
  CHECK(run_small(s, {"render", "graph", "--format", "png"}).code == 1);
  CHECK(run_small(s, {"render", "grahp"}).code == 2);
  auto w = run_small(s, {"render", "graph", "-o", s.path("no/such/dir/g.svg")});
  CHECK(w.code == 1);
  CHECK(w.err.find("cannot write") != std::string::npos);
}

TEST_CASE("render: a title of a megabyte without a space is cut in labels and tooltips — the picture stays small") {
  Scratch s;
  const std::string big(1'000'000, 'x');
  auto file = s.file("big.yaml", "title: Big\nresources:\n  - {id: a, title: \"" + big +
                                     "\", hours: 3}\n  - {id: b, title: \"x\\\\N y\\\\\\\\z & &foo; <q>\", hours: 2, "
                                     "requires: [a]}\n");
  for (const char* what : {"graph", "timeline"}) {
    auto r = s.run({"-c", file, "--log", s.path("j.log.yaml"), "render", what});
    INFO(what << ": " << r.err);
    REQUIRE(r.code == 0);
    CHECK(r.out.size() < 64 * 1024);
    CHECK(well_formed(s, r.out));
    // The tooltip gives the title up to 500 characters, then "…".
    CHECK(r.out.find(std::string(499, 'x') + "\xE2\x80\xA6") != std::string::npos);
  }
  // The whole title of b, as written, in the graph's tooltip (then its id
  // and state): Graphviz's expansions (\N) and entities (&foo;) do not apply.
  auto g = s.run({"-c", file, "--log", s.path("j.log.yaml"), "render", "graph"});
  CHECK(g.out.find("xlink:title=\"x\\N y\\\\z &amp; &amp;foo; &lt;q&gt; (b)&#10;") != std::string::npos);
}

TEST_CASE("render graph: the built-in curriculum fits 1600 px with its titles readable") {
  // Titles are 12 pt: at most 1,920 pt wide, a 1600 px PNG shows them at
  // 10 px or more. The picture grows down instead (ranks of four boxes).
  Scratch s;
  auto r = s.run({"render", "graph", "--today", "2026-11-24"});
  REQUIRE(r.code == 0);
  std::smatch m;
  REQUIRE(std::regex_search(r.out, m, std::regex("<svg width=\"([0-9]+)pt\" height=\"([0-9]+)pt\"")));
  CHECK(std::stoi(m[1].str()) <= 1920);
  CHECK(std::stoi(m[2].str()) > std::stoi(m[1].str()));
  CHECK(r.out.find("fontsize=") == std::string::npos);
  CHECK(r.out.find("font-size=\"12.00\"") != std::string::npos);
}

TEST_CASE("render graph: Metacademy becomes an overview with a note on what was left out") {
  Scratch s;
  auto r = s.run({"-c", source_path("curricula/metacademy.yaml"), "--log", s.path("j.yaml"), "render", "graph",
                  "-o", s.path("m.svg")});
  INFO(r.err);
  REQUIRE(r.code == 0);
  CHECK(r.err.find("showing 40 of 487 resources") != std::string::npos);
  CHECK(r.err.find("tenk render path --to ID") != std::string::npos);
  const std::string svg = slurp(s.path("m.svg"));
  CHECK(well_formed(s, svg));
  CHECK(svg.find("class=\"cluster topic\"") != std::string::npos);
  CHECK(svg.find("more resources") != std::string::npos);
}

TEST_CASE("render windows: the learner's weeks by default, the rest in words — --from, --until and --all change it") {
  Scratch s;
  s.file("journal.log.yaml", kThreeFinished);
  auto run = [&](std::vector<std::string> args) {
    args.insert(args.begin(), {"--today", "2026-11-17"});
    return run_small(s, args);
  };
  // The small plan ends within the window: nothing is left out.
  auto timeline = run({"render", "timeline"});
  REQUIRE(timeline.code == 0);
  CHECK_THAT(timeline.out, !Catch::Contains("more resource"));
  // A window that stops before the plan's end says what comes after it.
  auto cut = run({"render", "timeline", "--until", "2026-11-16"});
  REQUIRE(cut.code == 0);
  CHECK_THAT(cut.out, Catch::Contains("1 more resource until 2026-11-18") && Catch::Contains("--all draws the whole plan"));
  CHECK_THAT(cut.out, !Catch::Contains("class=\"today\""));  // today is past the window
  auto burnup = run({"render", "burnup", "--until", "2026-11-16"});
  REQUIRE(burnup.code == 0);
  CHECK_THAT(burnup.out, Catch::Contains("past this chart"));
  CHECK_THAT(run({"render", "burnup", "--all"}).out, !Catch::Contains("past this chart"));
  // The heatmap starts on Day 1's Monday: nothing of October.
  auto heatmap = run({"render", "heatmap"});
  REQUIRE(heatmap.code == 0);
  CHECK_THAT(heatmap.out, Catch::Contains("<title>2026-11-02: 2 h") && !Catch::Contains("<title>2026-10-"));
  CHECK_THAT(run({"render", "heatmap", "--from", "2026-10-01"}).out, Catch::Contains("<title>2026-10-01"));
  // Refusals: the window backwards, --all with an end, a window for the graph.
  auto backwards = run({"render", "burnup", "--from", "2026-11-10", "--until", "2026-11-01"});
  CHECK(backwards.code == 1);
  CHECK_THAT(backwards.err, Catch::Contains("before it starts"));
  CHECK(run({"render", "timeline", "--all", "--from", "2026-11-01"}).code == 2);
  CHECK(run({"render", "graph", "--from", "2026-11-01"}).code == 1);
  CHECK(run({"render", "heatmap", "--from", "nonsense"}).code == 1);
}

TEST_CASE("render timeline: milestones marked with a diamond, logged work in ink") {
  Scratch s;
  const std::string c = source_path("tests/data/cli/everything.yaml");
  auto plan = json_of(s.run({"-c", c, "--log", s.path("none.yaml"), "--today", "2026-11-10", "--json", "today"}));
  REQUIRE(!plan["blocks"].empty());
  const std::string log = s.file("j.yaml", "- {date: 2026-11-10, id: " + plan["blocks"][0]["id"].get<std::string>() +
                                                ", hours: 1}\n");
  auto r = s.run({"-c", c, "--log", log, "--today", "2026-11-24", "render", "timeline"});
  REQUIRE(r.code == 0);
  CHECK_THAT(r.out, Catch::Contains(">\xE2\x97\x86 Building micrograd<") && Catch::Contains("\xE2\x97\x86 milestone"));
  CHECK_THAT(r.out, Catch::Contains("class=\"logged\"") && Catch::Contains("rx=\"2\" fill=\"#24292f\"><title>"));
}

TEST_CASE("render graph: the same curriculum draws the same picture, whatever the allocator does") {
  // Graphviz orders subgraphs by ID; tenk's IDs count names as first seen,
  // not their heap addresses, so another malloc layout (here glibc without
  // its thread cache, and with freed memory scribbled on) changes nothing.
  Scratch s;
  const std::string metacademy = source_path("curricula/metacademy.yaml");
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"render", "graph", "--format", "dot"},
        std::vector<std::string>{"-c", metacademy, "render", "graph", "--format", "dot"},
        std::vector<std::string>{"render", "path", "--to", "gpt2-reproduce", "--format", "dot"}}) {
    std::vector<std::string> with_today = args;
    with_today.insert(with_today.begin(), {"--today", "2027-01-04", "--log", s.path("j.yaml")});
    const auto plain = s.run(with_today);
    const auto other = s.run(with_today, {{"GLIBC_TUNABLES", "glibc.malloc.tcache_count=0"}, {"MALLOC_PERTURB_", "165"}});
    INFO(args.back());
    REQUIRE(plain.code == 0);
    REQUIRE(other.code == 0);
    CHECK(plain.out == other.out);
  }
}
