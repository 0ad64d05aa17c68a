// Two computers sharing a journal through git (README "Use it with…"):
// the journal is append-only and one entry per line, so git's union merge
// (`*.log.yaml merge=union` in .gitattributes) combines both sides' lines.
// Real git, real clones, tenk reading the merged file.

#include <catch2/catch.hpp>

#include "cli/cli_fixture.h"
#include "support/shell.h"

using namespace tenk::test;

namespace {

// git with an identity and no dependence on the user's configuration.
const std::string kGit =
    "export GIT_CONFIG_NOSYSTEM=1 GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.com GIT_COMMITTER_NAME=t "
    "GIT_COMMITTER_EMAIL=t@example.com; git() { command git -c init.defaultBranch=main -c pull.rebase=false "
    "-c advice.detachedHead=false \"$@\"; }; set -e; ";

bool have_git() {
  if (available("git --version")) return true;
  WARN("SKIPPED: git is missing");
  return false;
}

// Two clones of one hub, `a` and `b`, with the journal committed from `a`.
void two_clones(const Scratch& s) {
  auto r = run_shell(s, kGit +
                            "git init -q --bare hub.git; git clone -q hub.git a 2>/dev/null; cd a; "
                            "echo '*.log.yaml merge=union' > .gitattributes; "
                            "echo '- {date: 2026-11-16, id: python, hours: 0.5, note: \"first\"}' > small.log.yaml; "
                            "git add -A; git commit -qm start; git push -q origin HEAD 2>/dev/null; cd ..; "
                            "git clone -q hub.git b 2>/dev/null");
  INFO(r.err);
  REQUIRE(r.code == 0);
}

RunResult tenk_in(const Scratch& s, const std::string& clone, std::vector<std::string> args) {
  args.insert(args.begin(), {"-c", small_curriculum(), "--log", s.path(clone + "/small.log.yaml"), "--today",
                             "2026-11-23"});
  return s.run(args);
}

void log_in(const Scratch& s, const std::string& clone, const std::string& hours, const std::string& date,
            const std::string& note) {
  auto r = tenk_in(s, clone, {"log", "python", hours, "--date", date, "--note", note});
  INFO(r.err);
  REQUIRE(r.code == 0);
}

// Commits in `clone`, pulls the other side's work (a merge) and pushes.
void sync(const Scratch& s, const std::string& clone) {
  auto r = run_shell(s, kGit + "cd " + clone + "; git commit -qam 'study' || true; git pull -q origin main; "
                                   "git push -q origin HEAD");
  INFO(r.out << r.err);
  REQUIRE(r.code == 0);
}

}  // namespace

TEST_CASE("sync: two clones log on the same and on different dates — after the merge tenk reads every entry once") {
  if (!have_git()) return;
  Scratch s;
  two_clones(s);
  log_in(s, "a", "1", "2026-11-17", "a on the 17th");
  log_in(s, "a", "0.25", "2026-11-18", "a on the 18th");
  log_in(s, "b", "0.5", "2026-11-18", "b on the 18th");  // the same date as a's
  log_in(s, "b", "0.75", "2026-11-19", "b on the 19th");
  sync(s, "a");
  sync(s, "b");  // merges a's lines into b's
  sync(s, "a");  // a gets the merge
  CHECK(slurp(s.path("a/small.log.yaml")) == slurp(s.path("b/small.log.yaml")));
  auto merged = slurp(s.path("a/small.log.yaml"));
  CHECK(merged.find("<<<<") == std::string::npos);
  for (const char* note : {"first", "a on the 17th", "a on the 18th", "b on the 18th", "b on the 19th"}) {
    INFO(note);
    auto at = merged.find(note);
    REQUIRE(at != std::string::npos);
    CHECK(merged.find(note, at + 1) == std::string::npos);
  }

  for (const char* clone : {"a", "b"}) {
    auto check = tenk_in(s, clone, {"check"});
    CHECK(check.code == 0);
    CHECK(check.err.empty());
    auto status = tenk_in(s, clone, {"status", "--json"});
    CHECK(status.err.empty());
    auto j = json_of(status);
    CHECK(j["logged_hours"] == 3.0);
    for (const auto& r : j["resources"])
      if (r["id"] == "python") CHECK(r["logged"] == 3.0);
    // Python (3 h) is done: the plan has no python block and 16 h to go.
    auto plan = json_of(tenk_in(s, clone, {"plan", "--json"}));
    double planned = 0;
    for (const auto& r : plan["resources"]) {
      CHECK(r["id"] != "python");
      planned += r["hours"].get<double>();
    }
    CHECK(planned == 16.0);
  }
}

TEST_CASE("sync: what the README says about identical lines and about undo is what git does") {
  if (!have_git()) return;
  Scratch s;
  two_clones(s);
  // The same entry, byte for byte, on both sides: git keeps one line. A
  // note (or any difference) keeps both.
  for (const char* clone : {"a", "b"}) {
    REQUIRE(tenk_in(s, clone, {"log", "python", "1", "--date", "2026-11-20"}).code == 0);
    log_in(s, clone, "0.5", "2026-11-20", std::string("on ") + clone);
  }
  sync(s, "a");
  sync(s, "b");
  auto status = json_of(tenk_in(s, "b", {"status", "--json"}));
  CHECK(status["logged_hours"] == 0.5 + 1 + 0.5 + 0.5);

  // `tenk undo` of a line both sides have, while the other side appends:
  // the merge brings it back.
  sync(s, "a");
  auto undo_in_a = [&] {
    auto undo = tenk_in(s, "a", {"undo", "--yes", "--json"});
    REQUIRE(undo.code == 0);
    auto r = run_shell(s, kGit + "cd a; git commit -qam undo");
    REQUIRE(r.code == 0);
    return json_of(undo)["text"].get<std::string>() + "\n";  // the line removed
  };
  std::string undone = undo_in_a();
  REQUIRE(undone.starts_with("- {date:"));
  log_in(s, "b", "0.25", "2026-11-21", "b later");
  sync(s, "a");
  sync(s, "b");
  auto after = slurp(s.path("b/small.log.yaml"));
  CHECK(after.find(undone) != std::string::npos);  // the undone line is back
  CHECK(after.find("b later") != std::string::npos);

  // When the other side has not appended since, the undo stays undone.
  sync(s, "a");
  undone = undo_in_a();
  sync(s, "a");
  sync(s, "b");
  CHECK(slurp(s.path("b/small.log.yaml")).find(undone) == std::string::npos);
  CHECK(slurp(s.path("a/small.log.yaml")) == slurp(s.path("b/small.log.yaml")));
}
