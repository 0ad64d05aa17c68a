// The one list of commands (cli/commands_list.h) against the command line the
// binary has: each command in the list is a command, "did you mean" knows it,
// and the unknown-command message lists it. The completion scripts are
// checked against the same list in test_cli_completion.cpp.

#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

#include "cli/cli_fixture.h"
#include "cli/commands_list.h"

using namespace tenk::test;

TEST_CASE("commands list: 'tenk repor' suggests report") {
  Scratch s;
  auto r = s.run({"repor"});
  CHECK(r.code == 2);
  CHECK(r.err.find("unknown command 'repor'") != std::string::npos);
  CHECK(r.err.find("did you mean 'report'?") != std::string::npos);
}

TEST_CASE("commands list: every command of the list is a command, in --help and in the unknown-command message") {
  Scratch s;
  const auto help = s.run({"--help"});
  REQUIRE(help.code == 0);
  // The commands the unknown-command message lists, one word each.
  const auto unknown = s.run({"nosuchcommand"});
  REQUIRE(unknown.code == 2);
  const auto at = unknown.err.find("; commands: ");
  REQUIRE(at != std::string::npos);
  std::vector<std::string> listed;
  std::istringstream words(unknown.err.substr(at + 12, unknown.err.find(" (see") - at - 12));
  for (std::string w; std::getline(words, w, ',');) listed.push_back(w.substr(w.find_first_not_of(' ')));
  for (const auto& name : tenk::command_names()) {
    INFO(name);
    auto r = s.run({name, "--help"});
    CHECK(r.code == 0);
    CHECK(r.out.find("Usage: tenk " + name) != std::string::npos);
    CHECK(help.out.find("\n  " + name + " ") != std::string::npos);
    CHECK(std::find(listed.begin(), listed.end(), name) != listed.end());
  }
  CHECK(listed.size() == tenk::command_names().size());
}

TEST_CASE("commands list: a picture or format mistyped is suggested from the list") {
  Scratch s;
  auto r = s.run({"-c", small_curriculum(), "render", "burnpu"});
  CHECK(r.code == 2);
  CHECK(r.err.find("did you mean 'burnup'?") != std::string::npos);
  CHECK(r.err.find("; pictures: graph, path, timeline, heatmap, burnup") != std::string::npos);
  auto e = s.run({"-c", small_curriculum(), "export", "timdot"});
  CHECK(e.code == 2);
  CHECK(e.err.find("did you mean 'timedot'?") != std::string::npos);
  CHECK(e.err.find("; formats: ics, timedot, csv") != std::string::npos);
}

TEST_CASE("version: tenk --version is project(VERSION) of CMakeLists.txt") {
  Scratch s;
  auto r = s.run({"--version"});
  CHECK(r.code == 0);
  CHECK(r.out == std::string("tenk ") + TENK_VERSION + "\n");
}
