// What a person reads, compared whole with approved copies in tests/golden/.
// A change to human output shows up here as a diff to read. To approve the
// new output after reading it:
//   TENK_APPROVE=1 ctest --test-dir build -R golden
// which rewrites the files; then read `git diff tests/golden`.

#include <catch2/catch.hpp>

#include <cstdlib>

#include "cli/cli_fixture.h"

using namespace tenk::test;

namespace {

// Two weeks of a learner on the small curriculum: python finished, numpy
// under way with a re-estimate, the pick switched by logging on CS231n, a
// rest day, and notes.
const char* kJournal =
    "- {date: 2026-11-16, id: python, hours: 2, note: \"chapters 1-4\"}\n"
    "- {date: 2026-11-17, id: python, hours: 1.5, done: true, note: \"classes; done\"}\n"
    "- {date: 2026-11-18, id: numpy, hours: 1}\n"
    "- {date: 2026-11-19, id: numpy, hours: 1, left: 2, note: \"broadcasting is harder than it looks\"}\n"
    "- {date: 2026-11-21, id: numpy, hours: 2}\n"
    "- {date: 2026-11-23, id: cs231n, hours: 1.5, note: \"lecture 1\"}\n"
    "- {date: 2026-11-24, id: cs231n, hours: 2}\n";

void golden(const std::string& name, const std::vector<std::string>& args) {
  Scratch s;
  s.file("journal.log.yaml", kJournal);
  std::vector<std::string> all = {"--today", "2026-11-25"};
  all.insert(all.end(), args.begin(), args.end());
  auto r = run_small(s, all);
  INFO(r.err);
  REQUIRE(r.code == 0);
  // The scratch folder's name changes from run to run.
  std::string out = r.out;
  for (std::size_t at; (at = out.find(s.path(""))) != std::string::npos;) out.replace(at, s.path("").size(), "SCRATCH/");
  const std::string file = source_path("tests/golden/" + name + ".txt");
  const char* approve = std::getenv("TENK_APPROVE");
  if (approve && std::string(approve) == "1") write_text(file, out);
  INFO("approved copy: " << file << " (TENK_APPROVE=1 rewrites it)");
  CHECK(out == slurp(file));
}

}  // namespace

TEST_CASE("golden: today") { golden("today", {"today"}); }
TEST_CASE("golden: plan") { golden("plan", {"plan"}); }
TEST_CASE("golden: status") { golden("status", {"status"}); }
TEST_CASE("golden: swap (the list)") { golden("swap", {"swap"}); }
TEST_CASE("golden: swap CHOICE (the options, nothing written)") { golden("swap-choice", {"swap", "first-dl"}); }
TEST_CASE("golden: show") { golden("show", {"show", "numpy"}); }
TEST_CASE("golden: history") { golden("history", {"history"}); }
TEST_CASE("golden: history by week") { golden("history-week", {"history", "--by", "week"}); }
TEST_CASE("golden: check") { golden("check", {"check"}); }
