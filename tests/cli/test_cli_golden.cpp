// What a person reads, compared whole with approved copies in tests/golden/.
// A change to human output shows up here as a diff to read. To see the new
// output of every failing test next to its golden file:
//   TENK_APPROVE=1 ctest --test-dir build -R golden
// writes tests/golden/NAME.txt.approved and the test still fails; read
//   diff -u tests/golden/NAME.txt tests/golden/NAME.txt.approved
// and, to approve it, rename the .approved file over the golden one. A
// golden test never passes by rewriting its own expectation.

#include <catch2/catch.hpp>

#include <cstdlib>
#include <optional>
#include <filesystem>

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

// Whether `out` is the golden file's text. When it is not and
// TENK_APPROVE=1, the output is written to FILE.approved, for a person to
// diff and rename; the golden file itself is never written. A stale
// .approved copy is removed when the output matches again.
bool matches_golden(const std::string& file, const std::string& out) {
  const std::string approved = file + ".approved";
  if (out == slurp(file)) {
    std::filesystem::remove(approved);
    return true;
  }
  const char* approve = std::getenv("TENK_APPROVE");
  if (approve && std::string(approve) == "1") write_text(approved, out);
  return false;
}

void golden(const std::string& name, const std::vector<std::string>& args, const std::string& more_journal = "") {
  Scratch s;
  s.file("journal.log.yaml", kJournal + more_journal);
  std::vector<std::string> all = {"--today", "2026-11-25"};
  all.insert(all.end(), args.begin(), args.end());
  auto r = run_small(s, all);
  INFO(r.err);
  REQUIRE(r.code == 0);
  // The scratch folder's name changes from run to run.
  std::string out = r.out;
  for (std::size_t at; (at = out.find(s.path(""))) != std::string::npos;) out.replace(at, s.path("").size(), "SCRATCH/");
  const std::string file = source_path("tests/golden/" + name + ".txt");
  INFO("golden file: " << file << " (TENK_APPROVE=1 writes the output to " << file << ".approved)");
  CHECK(out == slurp(file));
  CHECK(matches_golden(file, out));
}

// Sets an environment variable for one scope, restoring it after.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const char* value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    ::setenv(name, value, 1);
  }
  ~ScopedEnv() {
    if (old_) ::setenv(name_, old_->c_str(), 1);
    else ::unsetenv(name_);
  }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  const char* name_;
  std::optional<std::string> old_;
};

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

TEST_CASE("golden: TENK_APPROVE=1 writes NAME.approved and still fails — the golden file is kept") {
  Scratch s;
  const std::string file = s.file("sample.txt", "the approved text\n");
  ScopedEnv approve("TENK_APPROVE", "1");
  CHECK_FALSE(matches_golden(file, "new output\n"));
  CHECK(slurp(file) == "the approved text\n");
  CHECK(slurp(file + ".approved") == "new output\n");
  // Once the output matches again, the test passes and the stale copy goes.
  CHECK(matches_golden(file, "the approved text\n"));
  CHECK_FALSE(std::filesystem::exists(file + ".approved"));
}

TEST_CASE("golden: without TENK_APPROVE a mismatch fails and writes nothing") {
  Scratch s;
  const std::string file = s.file("sample.txt", "the approved text\n");
  ScopedEnv approve("TENK_APPROVE", "0");
  CHECK_FALSE(matches_golden(file, "new output\n"));
  CHECK(slurp(file) == "the approved text\n");
  CHECK_FALSE(std::filesystem::exists(file + ".approved"));
}

// The posts carry a private note that must never show.
const char* kPrivate = "- {date: 2026-11-24, id: cs231n, hours: 0.5, note: \"PRIVATE: not for the post\", private: true}\n";
TEST_CASE("golden: post (a day with a private note, left out)") { golden("post", {"post", "--date", "2026-11-24"}, kPrivate); }
TEST_CASE("golden: post on a day with no study yet") { golden("post-nothing", {"post"}, kPrivate); }
TEST_CASE("golden: post for a day that finished a resource") { golden("post-finished", {"post", "--date", "2026-11-17"}, kPrivate); }
TEST_CASE("golden: post --week") { golden("post-week", {"post", "--week", "--date", "2026-11-24"}, kPrivate); }
TEST_CASE("golden: post --short") { golden("post-short", {"post", "--short", "--date", "2026-11-24"}, kPrivate); }
