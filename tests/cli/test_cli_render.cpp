#include <catch2/catch.hpp>

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
  for (const char* what : {"graph", "timeline", "heatmap"}) {
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

TEST_CASE("render -o writes the file; --format dot gives DOT text") {
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
  CHECK(r.err.find("did you mean 'numpy'?") != std::string::npos);
  CHECK(run_small(s, {"render", "path"}).code == 1);
  CHECK(run_small(s, {"render", "heatmap", "--format", "dot"}).code == 1);
  CHECK(run_small(s, {"render", "graph", "--format", "png"}).code == 1);
  CHECK(run_small(s, {"render", "grahp"}).code == 2);
  auto w = run_small(s, {"render", "graph", "-o", s.path("no/such/dir/g.svg")});
  CHECK(w.code == 1);
  CHECK(w.err.find("cannot write") != std::string::npos);
}
