// `tenk undo` (SPEC 2: truncation under the lock, refusals byte-identical)
// and `tenk init` (SPEC 4: the built-in curriculum written out, never over
// a file, then read by default).

#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <filesystem>

#include "cli/cli_fixture.h"
#include "support/pty.h"
#include "support/shell.h"

using namespace tenk::test;
using nlohmann::json;

namespace {

const char* kTwo =
    "- {date: 2026-11-23, id: python, hours: 2, note: \"chapters 1-4\"}\n"
    "- {date: 2026-11-24, id: python, hours: 20}\n";

}  // namespace

TEST_CASE("undo: removes the last entry, prints it and how to add it back") {
  Scratch s;
  const std::string log = s.file("journal.log.yaml", std::string(kTwo) + "\n\n");
  auto r = run_small(s, {"undo", "--yes", "--today", "2026-11-25"});
  INFO(r.err);
  REQUIRE(r.code == 0);
  CHECK(r.out.find("Removed line 2 of " + log) != std::string::npos);
  CHECK(r.out.find("- {date: 2026-11-24, id: python, hours: 20}") != std::string::npos);
  CHECK(r.out.find("tenk log python 20 --date 2026-11-24") != std::string::npos);
  // Cut at the start of the line: the blank lines after it went with it.
  CHECK(slurp(log) == "- {date: 2026-11-23, id: python, hours: 2, note: \"chapters 1-4\"}\n");
  // The typo undone, the resource is open again.
  auto status = json_of(run_small(s, {"status", "--json", "--today", "2026-11-25"}));
  CHECK(status["logged_hours"] == 2.0);
}

TEST_CASE("undo --json: the removed entry and its line number — the note is kept in the re-add command") {
  Scratch s;
  const std::string log = s.file("journal.log.yaml",
                                 "# my journal\n- {date: 2026-11-23, id: python, hours: 1.5, left: 2, note: \"it's \\\"good\\\"\"}\n");
  auto r = run_small(s, {"undo", "--yes", "--json"});
  REQUIRE(r.code == 0);
  auto j = json_of(r);
  CHECK(j["ok"] == true);
  CHECK(j["line"] == 2);
  CHECK(j["removed"]["id"] == "python");
  CHECK(j["removed"]["hours"] == 1.5);
  CHECK(j["removed"]["left"] == 2.0);
  CHECK(j["removed"]["note"] == "it's \"good\"");
  CHECK(slurp(log) == "# my journal\n");
  // A choice's pick is undone too.
  s.file("journal.log.yaml", "- {date: 2026-11-23, choice: first-dl, pick: cs231n}\n");
  auto pick = run_small(s, {"undo", "--yes"});
  REQUIRE(pick.code == 0);
  CHECK(pick.out.find("tenk swap first-dl cs231n") != std::string::npos);
  CHECK(slurp(log).empty());
}

TEST_CASE("undo: an entry dated before today goes only with --yes, or a yes typed on a terminal — never asked on stdout") {
  Scratch s;
  const std::string log = s.file("journal.log.yaml", kTwo);
  // Standard input is not a terminal (the tests give /dev/null): refused.
  for (bool json : {false, true}) {
    std::vector<std::string> args = {"undo", "--today", "2026-11-25"};
    if (json) args.push_back("--json");
    auto r = run_small(s, args);
    INFO(r.err);
    CHECK(r.code == 1);
    if (json) CHECK(json_of(r)["ok"] == false);  // the error as JSON, no question
    else CHECK(r.out.empty());
    CHECK_THAT(r.err, Catch::Contains("line 2 is dated 2026-11-24, 1 day before today; run `tenk undo --yes` to "
                                      "remove it; nothing written"));
    CHECK(slurp(log) == kTwo);
  }
  // An entry dated today needs no yes.
  s.file("journal.log.yaml", std::string(kTwo) + "- {date: 2026-11-25, id: python, hours: 1}\n");
  CHECK(run_small(s, {"undo", "--today", "2026-11-25"}).code == 0);
  CHECK(slurp(log) == kTwo);

  // On a terminal the question is on stderr; anything but y or yes is no.
  const std::vector<std::string> args = {"-c", small_curriculum(), "--log", log, "--today", "2026-11-27", "undo"};
  const std::string question =
      "In " + log + ", line 2 is dated 2026-11-24, 3 days before today:\n"
      "  - {date: 2026-11-24, id: python, hours: 20}\n"
      "Remove it? [y/N] ";
  for (const char* answer : {"n\n", "\n", "yess\n"}) {
    INFO("answer: " << json(answer).dump());
    auto no = run_on_terminal(s, args, answer, s.path("undo.err"));
    const std::string err = slurp(s.path("undo.err"));
    INFO(no.out << err);
    CHECK(no.code == 1);
    CHECK(no.out.empty());
    CHECK(err.starts_with(question));
    CHECK_THAT(err, Catch::Contains("the answer was not yes; nothing written"));
    CHECK(slurp(log) == kTwo);
  }
  for (const char* answer : {"y\n", " YES \n"}) {
    s.file("journal.log.yaml", kTwo);
    auto yes = run_on_terminal(s, args, answer, s.path("undo.err"));
    INFO(yes.out << slurp(s.path("undo.err")));
    CHECK(yes.code == 0);
    CHECK(slurp(s.path("undo.err")) == question);
    CHECK_THAT(yes.out, Catch::StartsWith("Removed line 2 of " + log));
    CHECK(slurp(log) == "- {date: 2026-11-23, id: python, hours: 2, note: \"chapters 1-4\"}\n");
  }
}

TEST_CASE("undo: refuses, leaving the file byte-identical, with no entry, a comment or a bad line after it") {
  Scratch s;
  const std::string log = s.path("journal.log.yaml");
  auto missing = run_small(s, {"undo", "--yes"});
  CHECK(missing.code == 1);
  CHECK(missing.err.find("no journal") != std::string::npos);
  struct stat st {};
  CHECK(::stat(log.c_str(), &st) != 0);  // undo never creates one

  for (std::string text : {std::string("\n\n"), std::string("# only a comment\n"),
                           std::string(kTwo) + "# stopped here, keep the line above\n",
                           std::string(kTwo) + "- {date: 2026-11-25, id: python, hours: \n"}) {
    INFO(text);
    s.file("journal.log.yaml", text);
    auto r = run_small(s, {"undo", "--yes"});
    CHECK(r.code == 1);
    CHECK(r.err.find("nothing written") != std::string::npos);
    CHECK(slurp(log) == text);
  }
  s.file("journal.log.yaml", std::string(kTwo) + "# a comment\n");
  CHECK(run_small(s, {"undo", "--yes"}).err.find("line 3") != std::string::npos);
}

TEST_CASE("undo: a journal that is not a regular file is refused") {
  Scratch s;
  std::filesystem::create_directories(s.path("journal.log.yaml"));
  auto r = run_small(s, {"undo", "--yes"});
  CHECK(r.code == 1);
  CHECK(r.err.find("folder") != std::string::npos);
}

TEST_CASE("init: writes the built-in curriculum where tenk then reads it by default") {
  Scratch s;
  auto r = s.run({"init"});
  INFO(r.err);
  REQUIRE(r.code == 0);
  const std::string written = s.path("home/.config/tenk/curriculum.yaml");
  CHECK(r.out.find(written) != std::string::npos);
  CHECK(r.out.find("tenk check") != std::string::npos);
  const std::string text = slurp(written);
  CHECK(text.find("id: cracked-ml") != std::string::npos);
  // An edit to the file is what tenk now plans with; the journal carries on
  // under the same id.
  write_text(written, text + "\n");
  auto check = json_of(s.run({"check", "--json"}));
  CHECK(check["ok"] == true);
  CHECK(check["curriculum"] == "cracked-ml");
  CHECK(check["journal"] == s.path("home/.local/share/tenk/cracked-ml.log.yaml"));
  write_text(written, "title: Mine\nid: cracked-ml\nresources:\n  - {id: mine, title: My own book, hours: 5}\n");
  auto today = json_of(s.run({"today", "--json", "--today", "2026-11-23"}));
  REQUIRE(today["blocks"].size() == 1);
  CHECK(today["blocks"][0]["id"] == "mine");
}

TEST_CASE("init: never overwrites — FILE elsewhere says how to use it") {
  Scratch s;
  const std::string mine = s.file("mine.yaml", "precious\n");
  auto r = s.run({"init", mine});
  CHECK(r.code == 1);
  CHECK(r.err.find("already exists") != std::string::npos);
  CHECK(slurp(mine) == "precious\n");
  auto other = s.run({"init", s.path("copy.yaml"), "--json"});
  REQUIRE(other.code == 0);
  CHECK(json_of(other)["file"] == s.path("copy.yaml"));
  CHECK(json_of(other)["default"] == false);
  auto text = s.run({"init", s.path("copy2.yaml")});
  CHECK(text.out.find("-c " + s.path("copy2.yaml")) != std::string::npos);
  CHECK(s.run({"init", s.path("copy.yaml")}).code == 1);
}

TEST_CASE("init -: the built-in curriculum on standard output — ./- is a file named -") {
  Scratch s;
  REQUIRE(s.run({"init", s.path("copy.yaml")}).code == 0);
  const std::string tenk = shell_quote(tenk_binary());
  auto r = run_shell(s, tenk + " init - > out.yaml && " + tenk + " init -  --json > out.json");
  INFO(r.err);
  REQUIRE(r.code == 0);
  CHECK(slurp(s.path("out.yaml")) == slurp(s.path("copy.yaml")));
  CHECK(!std::filesystem::exists(s.path("-")));
  auto j = nlohmann::json::parse(slurp(s.path("out.json")));
  CHECK(j["ok"] == true);
  CHECK(j["file"].is_null());
  CHECK(j["content"] == slurp(s.path("copy.yaml")));
  auto file = run_shell(s, tenk + " init ./-");
  INFO(file.err);
  REQUIRE(file.code == 0);
  CHECK(slurp(s.path("-")) == slurp(s.path("copy.yaml")));
  CHECK(run_shell(s, tenk + " init ./-").code == 1);  // and it is never overwritten
}

TEST_CASE("log and done take a title or a unique title prefix, and say which id they took") {
  Scratch s;
  auto r = run_small(s, {"log", "Python basics", "1", "--today", "2026-11-23"});
  INFO(r.err);
  REQUIRE(r.code == 0);
  CHECK(r.err.find("is python") != std::string::npos);
  CHECK(slurp(s.path("journal.log.yaml")).find("id: python,") != std::string::npos);
  auto unknown = run_small(s, {"log", "pythn", "1"});
  CHECK(unknown.code == 1);
  CHECK(unknown.err.find("did you mean python (Python basics)") != std::string::npos);
  auto done = run_small(s, {"done", "numpy", "--date", "yesterday", "--today", "2026-11-24"});
  REQUIRE(done.code == 0);
  CHECK(slurp(s.path("journal.log.yaml")).find("{date: 2026-11-23, id: numpy, done: true}") != std::string::npos);
}

TEST_CASE("log on an option that is not the pick says the pick changed, with the effect on the end") {
  Scratch s;
  auto before = json_of(run_small(s, {"status", "--json", "--today", "2026-11-23"}));
  auto r = run_small(s, {"log", "cs231n", "1", "--today", "2026-11-23"});
  INFO(r.out);
  REQUIRE(r.code == 0);
  CHECK(r.out.find("First deep-learning course: now CS231n (was fast.ai Practical Deep Learning)") !=
        std::string::npos);
  CHECK(r.out.find("Plan ends") != std::string::npos);
  CHECK(r.out.find("tenk swap first-dl fastai switches back") != std::string::npos);
  auto j = json_of(run_small(s, {"log", "python", "1", "--today", "2026-11-23", "--json"}));
  CHECK(!j.contains("pick_changed"));  // not an option
  Scratch t;
  auto changed = json_of(run_small(t, {"log", "cs231n", "1", "--today", "2026-11-23", "--json"}));
  REQUIRE(changed.contains("pick_changed"));
  CHECK(changed["pick_changed"]["choice"] == "first-dl");
  CHECK(changed["pick_changed"]["previous"] == "fastai");
  CHECK(changed["pick_changed"]["end_before"] == before["end"]);
  CHECK(changed["pick_changed"]["delta_days"].get<int>() > 0);  // CS231n is twice as long
}

TEST_CASE("the journal's path is printed by check and status, and by log when it starts the journal") {
  Scratch s;
  const std::string log = s.path("journal.log.yaml");
  auto first = run_small(s, {"log", "python", "1", "--today", "2026-11-23"});
  CHECK(first.out.find("Started the journal: " + log) != std::string::npos);
  auto second = run_small(s, {"log", "python", "1", "--today", "2026-11-23"});
  CHECK(second.out.find("Started the journal") == std::string::npos);
  CHECK(run_small(s, {"check"}).out.find("journal " + log + " (2 entries)") != std::string::npos);
  CHECK(run_small(s, {"status", "--today", "2026-11-23"}).out.find("journal " + log) != std::string::npos);
  CHECK(json_of(run_small(s, {"status", "--json", "--today", "2026-11-23"}))["journal"] == log);
}

TEST_CASE("done on an option that is not the pick says the plan follows the pick, and how to change it") {
  Scratch s;
  auto r = run_small(s, {"done", "cs231n", "--today", "2026-11-23"});
  REQUIRE(r.code == 0);
  CHECK(r.out.find("CS231n is not the pick of First deep-learning course (fast.ai Practical Deep Learning is)") !=
        std::string::npos);
  CHECK(r.out.find("tenk swap first-dl cs231n makes it the pick") != std::string::npos);
  auto j = json_of(run_small(s, {"done", "cs231n", "--today", "2026-11-23", "--json"}));
  CHECK(j["not_picked"] == json{{"choice", "first-dl"}, {"picked", "fastai"}});
  CHECK(!json_of(run_small(s, {"done", "fastai", "--today", "2026-11-23", "--json"})).contains("not_picked"));
}

TEST_CASE("init: the file says how to skip what you know and how to check it, with no repository path") {
  Scratch s;
  auto r = s.run({"init", "-"});
  REQUIRE(r.code == 0);
  CHECK_THAT(r.out, Catch::Contains("`tenk done ID` skips it"));
  CHECK_THAT(r.out, Catch::Contains("check` validates your edits"));
  CHECK_THAT(r.out, !Catch::Contains("curricula/"));
}
