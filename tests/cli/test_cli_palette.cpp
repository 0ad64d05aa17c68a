// One palette (SPEC 5): a topic has the same colour in every picture.

#include <catch2/catch.hpp>

#include <regex>

#include "cli/cli_fixture.h"

using namespace tenk::test;

namespace {

// small.yaml's first topics, in file order: programming, deep-learning, llm.
const std::string kProgramming = "#0072b2", kDeepLearning = "#e69f00";

/// The first `attr="..."` value after `marker` in `svg`; "" when none.
std::string attr_after(const std::string& svg, const std::string& marker, const std::string& attr) {
  auto at = svg.find(marker);
  if (at == std::string::npos) return "";
  auto a = svg.find(attr + "=\"", at);
  if (a == std::string::npos) return "";
  a += attr.size() + 2;
  return svg.substr(a, svg.find('"', a) - a);
}

/// The last `attr="..."` value before `marker` in `svg`; "" when none.
std::string attr_before(const std::string& svg, const std::string& marker, const std::string& attr) {
  auto at = svg.find(marker);
  if (at == std::string::npos) return "";
  auto a = svg.rfind(attr + "=\"", at);
  if (a == std::string::npos) return "";
  a += attr.size() + 2;
  return svg.substr(a, svg.find('"', a) - a);
}

}  // namespace

TEST_CASE("palette: the same topic has the same colour in graph, path and timeline") {
  Scratch s;
  auto graph = run_small(s, {"render", "graph", "--today", "2026-11-23"});
  auto path = run_small(s, {"render", "path", "--to", "fastai", "--today", "2026-11-23"});
  auto timeline = run_small(s, {"render", "timeline", "--today", "2026-11-23"});
  REQUIRE(graph.code == 0);
  REQUIRE(path.code == 0);
  REQUIRE(timeline.code == 0);
  // Graph and path: a node's border is its first topic's colour.
  CHECK(attr_after(graph.out, "<title>numpy</title>", "stroke") == kProgramming);
  CHECK(attr_after(graph.out, "<title>fastai</title>", "stroke") == kDeepLearning);
  CHECK(attr_after(path.out, "<title>numpy</title>", "stroke") == kProgramming);
  CHECK(attr_after(path.out, "<title>fastai</title>", "stroke") == kDeepLearning);
  // Timeline: a planned block is filled with it.
  CHECK(attr_before(timeline.out, "<title>NumPy \xE2\x80\x94", "fill") == kProgramming);
  CHECK(attr_before(timeline.out, "<title>fast.ai Practical Deep Learning \xE2\x80\x94", "fill") == kDeepLearning);
}

TEST_CASE("palette: the report gives a topic the colour the pictures give it") {
  Scratch s;
  s.file("journal.log.yaml",
         "- {date: 2026-11-20, id: numpy, hours: 1}\n- {date: 2026-11-21, id: fastai, hours: 1}\n");
  auto r = run_small(s, {"report", "-o", s.path("site"), "--today", "2026-11-23"});
  REQUIRE(r.code == 0);
  const std::string html = slurp(s.path("site/index.html"));
  auto chip = [&](const std::string& title) {
    std::smatch m;
    std::regex re("background:(#[0-9a-f]{6})\"></span>(<span class=\"hours\">[^<]*</span> )?" + title);
    return std::regex_search(html, m, re) ? m[1].str() : std::string();
  };
  CHECK(chip("NumPy") == kProgramming);
  CHECK(chip("fast\\.ai") == kDeepLearning);
  // The pictures inside it are the same drawings.
  CHECK(attr_after(html, "<title>fastai</title>", "stroke") == kDeepLearning);
  std::smatch planned;
  REQUIRE(std::regex_search(html, planned,
                            std::regex("fill=\"(#[0-9a-f]{6})\"><title>fast\\.ai Practical Deep Learning \xE2\x80\x94[^<]*planned")));
  CHECK(planned[1].str() == kDeepLearning);
}

TEST_CASE("palette: the critical path is black, never a topic colour — blocked boxes are dashed") {
  Scratch s;
  auto graph = run_small(s, {"render", "graph", "--today", "2026-11-23"});
  REQUIRE(graph.code == 0);
  CHECK(attr_after(graph.out, "class=\"edge critical\"", "stroke") == "#000000");
  // gpt is blocked (it needs the first deep-learning course).
  auto at = graph.out.find("<title>gpt</title>");
  REQUIRE(at != std::string::npos);
  CHECK(graph.out.substr(at, graph.out.find("</g>", at) - at).find("stroke-dasharray") != std::string::npos);
}
