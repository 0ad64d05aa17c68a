// The journal path as a symbolic link (SPEC 2, reliability): a link to a
// file not there yet is followed and its target created, as an editor
// would; a link whose target's folder is missing, or a loop of links, is a
// clear error (exit 1). Each run has a timeout, so a regression to the old
// endless retry fails instead of hanging the suite.

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli_fixture.h"
#include "support/shell.h"

using namespace tenk::test;

namespace {

// tenk on the small curriculum with --log `journal`, under `timeout`.
RunResult run_timed(const Scratch& s, const std::string& journal, const std::string& args) {
  return run_shell(s, "timeout 20 " + shell_quote(tenk_binary()) + " -c " + shell_quote(small_curriculum()) +
                          " --log " + shell_quote(journal) + " --today 2026-11-25 " + args);
}

bool is_link(const std::string& path) {
  struct stat st {};
  return ::lstat(path.c_str(), &st) == 0 && S_ISLNK(st.st_mode);
}

bool exists(const std::string& path) {
  struct stat st {};
  return ::lstat(path.c_str(), &st) == 0;
}

}  // namespace

TEST_CASE("journal link: log, done and swap through a link to a missing file create the file it names") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"log python 1", "- {date: 2026-11-25, id: python, hours: 1}\n"},
      {"done python", "- {date: 2026-11-25, id: python, done: true}\n"},
      {"swap first-dl cs231n", "- {date: 2026-11-25, choice: first-dl, pick: cs231n}\n"},
  };
  for (const auto& [args, line] : cases) {
    SECTION(args) {
      Scratch s;
      REQUIRE(::symlink("target.log.yaml", s.path("journal.log.yaml").c_str()) == 0);
      auto r = run_timed(s, s.path("journal.log.yaml"), args);
      INFO(r.err);
      CHECK(r.code == 0);
      CHECK(is_link(s.path("journal.log.yaml")));  // the link is kept, its target made
      CHECK(slurp(s.path("target.log.yaml")) == line);
    }
  }
}

TEST_CASE("journal link: a link whose target's folder is missing, or a loop of links, is refused at once") {
  for (const std::string args : {"log python 1", "done python", "swap first-dl cs231n"}) {
    SECTION("no folder: " + args) {
      Scratch s;
      REQUIRE(::symlink("nowhere/target.log.yaml", s.path("journal.log.yaml").c_str()) == 0);
      auto r = run_timed(s, s.path("journal.log.yaml"), args);
      CHECK(r.code == 1);
      CHECK_THAT(r.err, Catch::Contains("symbolic link to nowhere/target.log.yaml, whose folder does not exist"));
      CHECK_FALSE(exists(s.path("nowhere")));
    }
    SECTION("loop: " + args) {
      Scratch s;
      REQUIRE(::symlink("b.log.yaml", s.path("a.log.yaml").c_str()) == 0);
      REQUIRE(::symlink("a.log.yaml", s.path("b.log.yaml").c_str()) == 0);
      auto r = run_timed(s, s.path("a.log.yaml"), args);
      CHECK(r.code == 1);
      CHECK_THAT(r.err, Catch::Contains("a.log.yaml"));
      CHECK_THAT(r.err, Catch::Contains("symbolic links"));
      CHECK(is_link(s.path("a.log.yaml")));
      CHECK(is_link(s.path("b.log.yaml")));
    }
  }
}

TEST_CASE("journal link: reading commands and undo treat a link to a missing file as no journal yet") {
  Scratch s;
  REQUIRE(::symlink("target.log.yaml", s.path("journal.log.yaml").c_str()) == 0);
  CHECK(run_timed(s, s.path("journal.log.yaml"), "status --json").code == 0);
  auto undo = run_timed(s, s.path("journal.log.yaml"), "undo");
  CHECK(undo.code == 1);
  CHECK_THAT(undo.err, Catch::Contains("there is no journal yet"));
  CHECK_FALSE(exists(s.path("target.log.yaml")));
}
