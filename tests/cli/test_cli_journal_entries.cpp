// What the writers may write and what undo may remove (SPEC 2 and 4): no
// entry dated after today; `log` without HOURS when --left or --done says
// something; undo removes only a line every reader counts, and prints the
// command that writes the same entry again, safe to paste into sh.

#include <catch2/catch.hpp>

#include <sys/stat.h>

#include "cli/cli_fixture.h"
#include "journal/reader.h"
#include "support/shell.h"

using namespace tenk::test;
using nlohmann::json;

namespace {

constexpr const char* kToday = "2026-11-25";
const std::string kGood = "- {date: 2026-11-23, id: python, hours: 1}\n";

RunResult run_today(const Scratch& s, std::vector<std::string> args) {
  args.insert(args.begin(), {"--today", kToday});
  return run_small(s, args);
}

// The one entry `path` holds, as the readers read it.
tenk::JournalEntry only_entry(const std::string& path) {
  auto read = tenk::parse_journal(slurp(path), path);
  INFO(slurp(path));
  REQUIRE(read.diagnostics.items().empty());
  REQUIRE(read.entries.size() == 1);
  return read.entries[0];
}

std::string describe(const tenk::JournalEntry& e) {
  auto minutes = [](const std::optional<tenk::Minutes>& m) { return m ? std::to_string(*m) : std::string("-"); };
  return "date=" + e.date.str() + " id=" + e.id + " hours=" + minutes(e.studied_minutes) + " left=" + minutes(e.left_minutes) +
         " done=" + std::to_string(e.done) + " note=" + json(e.note).dump() + " private=" + std::to_string(e.is_private) +
         " choice=" + e.choice + " pick=" + e.pick;
}

bool has_raw_control(const std::string& s) {
  for (char c : s)
    if ((static_cast<unsigned char>(c) < 0x20 && c != '\n') || c == 0x7F) return true;
  return false;
}

}  // namespace

TEST_CASE("journal entries: log, done and swap refuse a date after today, writing nothing") {
  const std::vector<std::vector<std::string>> commands = {
      {"log", "python", "1", "--date", "2026-11-26"},
      {"log", "python", "--left", "2", "--date", "2026-11-26"},
      {"done", "python", "--date", "2026-11-26"},
      {"swap", "first-dl", "cs231n", "--date", "2026-11-26"},
      {"swap", "first-dl", "fastai", "--date", "2026-11-26"},  // already the pick: still refused
  };
  for (const auto& args : commands) {
    SECTION(args[0] + " " + args[2]) {
      Scratch s;
      const std::string log = s.file("journal.log.yaml", kGood);
      auto r = run_today(s, args);
      CHECK(r.code == 1);
      CHECK_THAT(r.err, Catch::Contains("2026-11-26 is after today (2026-11-25)"));
      CHECK(r.out.empty());
      CHECK(slurp(log) == kGood);
    }
  }
  SECTION("today and earlier are written") {
    Scratch s;
    const std::string log = s.file("journal.log.yaml", kGood);
    CHECK(run_today(s, {"log", "python", "1", "--date", kToday}).code == 0);
    CHECK(run_today(s, {"swap", "first-dl", "cs231n", "--date", "2026-11-20"}).code == 0);
    CHECK(slurp(log) == kGood + "- {date: 2026-11-25, id: python, hours: 1}\n" +
                            "- {date: 2026-11-20, choice: first-dl, pick: cs231n}\n");
  }
}

TEST_CASE("journal entries: log takes --left or --done without HOURS, and --private — not nothing at all") {
  Scratch s;
  const std::string log = s.path("journal.log.yaml");
  CHECK(run_today(s, {"log", "python", "--left", "2.5"}).code == 0);
  CHECK(run_today(s, {"log", "numpy", "--done", "--note", "skimmed"}).code == 0);
  CHECK(run_today(s, {"log", "python", "1", "--note", "hard day", "--private"}).code == 0);
  CHECK(slurp(log) == "- {date: 2026-11-25, id: python, left: 2.5}\n"
                      "- {date: 2026-11-25, id: numpy, done: true, note: \"skimmed\"}\n"
                      "- {date: 2026-11-25, id: python, hours: 1, note: \"hard day\", private: true}\n");
  // The private entry is read like any other: its hours count.
  auto status = json_of(run_today(s, {"status", "--json"}));
  CHECK(status["logged_hours"] == 1.0);
  auto check = run_today(s, {"check"});
  CHECK(check.code == 0);
  CHECK(check.err.empty());

  auto nothing = run_today(s, {"log", "python"});
  CHECK(nothing.code == 2);
  CHECK_THAT(nothing.err, Catch::Contains("log needs HOURS, or --left or --done"));
  CHECK(slurp(log).find("python}") == std::string::npos);
}

TEST_CASE("journal entries: undo removes the last line exactly when the readers count it") {
  // The last line of a journal after one good entry, and whether every
  // reader counts it. undo must agree with check on each.
  const std::string long_pad(tenk::kMaxJournalLine, ' ');
  const std::vector<std::pair<std::string, bool>> lines = {
      {"- {date: 2026-11-24, id: python, hours: 2}", true},
      {"- {date: 2026-11-24, id: python, hours: 2, note: \"x\", private: true}", true},
      {"- {date: 2026-11-24, id: python, hours: 2}\r", true},
      {"- {date: 2026-11-24, id: gone, hours: 2}", true},  // an id no longer there still counts
      {"\xEF\xBB\xBF- {date: 2026-11-24, id: python, hours: 2}", false},  // two journals concatenated
      {"- {date: 2026-11-24, id: python, hours: 2}" + long_pad, false},  // longer than any entry
      {"- {date: 2026-11-24, id: python, hours: 2", false},              // cut mid-write
      {"- {date: 2026-11-24, id: python, hours: 25}", false},
      {"- {date: 2026-11-24, id: python, hours: 2, private: yes}", false},
      {"- {date: 2026-11-24, id: python, hours: 2, mood: good}", false},
      {"- {date: 2026-11-24, choice: nope, pick: fastai}", false},       // a choice the curriculum lacks
      {"- {date: 2026-11-24, choice: first-dl, pick: python}", false},   // not one of its options
      {"- {date: 2026-11-24, choice: first-dl, pick: cs231n, private: true}", false},
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const auto& [line, counted] = lines[i];
    SECTION("line " + std::to_string(i) + ": " + json(line.substr(0, 80)).dump()) {
      Scratch s;
      const std::string text = kGood + line + "\n";
      const std::string log = s.file("journal.log.yaml", text);
      auto check = json_of(run_today(s, {"check", "--json"}));
      bool warned = false;
      for (const auto& d : check["diagnostics"])  // not the count of entries on ids no longer there
        if (d["line"] == 2 && d["message"].get<std::string>().find("still count") == std::string::npos) warned = true;
      REQUIRE(warned == !counted);  // the premise: what the readers make of it

      auto undo = run_today(s, {"undo", "--yes"});
      INFO(undo.out << undo.err);
      if (counted) {
        CHECK(undo.code == 0);
        CHECK(slurp(log) == kGood);
      } else {
        CHECK(undo.code == 1);
        CHECK_THAT(undo.err, Catch::Contains("line 2"));
        CHECK(slurp(log) == text);
      }
    }
  }
}

TEST_CASE("journal entries: undo's command to add the entry back writes the same entry, pasted into sh") {
  const std::vector<std::string> lines = {
      "- {date: 2026-11-25, id: python, hours: 1.5}",
      "- {date: 2026-11-25, id: python, hours: 1h20m}",
      "- {date: 2026-11-25, id: python, hours: 2, note: \"it's \\\"$HOME\\\" `id` \\\\ ; & | * ~\"}",
      "- {date: 2026-11-25, id: python, hours: 1, left: 2}",
      "- {date: 2026-11-25, id: python, left: 2}",
      "- {date: 2026-11-25, id: python, left: 0}",
      "- {date: 2026-11-25, id: python, done: true}",
      "- {date: 2026-11-25, id: python, hours: 20m, done: true}",
      "- {date: 2026-11-25, id: python, hours: 1, left: 3, done: true, note: \"all of it\"}",
      "- {date: 2026-11-25, id: python, hours: 1, note: \"stuck\", private: true}",
      "- {date: 2026-11-25, id: python, hours: 1, done: false}",
      "- {date: 2026-11-25, id: python, hours: 1, note: \"-x --done\\nline two\\t\\x1B[31mred\\u0085\\u202Eend\\n\"}",
      "- {date: 2026-11-25, id: python, hours: 1, note: \"\\n\"}",
      "- {date: 2026-11-25, id: python, hours: 1, note: \"'\"}",
      "- {date: 2026-11-25, id: python, hours: 1, note: \"naïve café ✓\"}",
      "- {date: 2026-11-25, choice: first-dl, pick: cs231n}",
      "- {date: 2026-11-20, choice: first-dl, pick: cs231n, note: \"more depth\"}",
  };
  for (const auto& line : lines) {
    SECTION(line) {
      Scratch s;
      const std::string log = s.file("journal.log.yaml", line + "\n");
      const tenk::JournalEntry before = only_entry(log);

      auto human = run_today(s, {"undo", "--yes"});
      INFO(human.err);
      REQUIRE(human.code == 0);
      s.file("journal.log.yaml", line + "\n");
      auto r = run_today(s, {"undo", "--yes", "--json"});
      REQUIRE(r.code == 0);
      CHECK(slurp(log).empty());
      const std::string command = json_of(r)["add_back"];
      INFO(command);
      // The human output prints the same command, with no raw control
      // character for the terminal.
      CHECK_THAT(human.out, Catch::EndsWith("To add it back: " + command + "\n"));
      CHECK_FALSE(has_raw_control(human.out));

      // Pasted into sh against a fresh journal, it writes the same entry.
      const std::string fresh = s.path("fresh.log.yaml");
      auto sh = run_shell(s, "tenk() { " + shell_quote(tenk_binary()) + " -c " + shell_quote(small_curriculum()) +
                                 " --log " + shell_quote(fresh) + " --today " + kToday + " \"$@\"; }\n" + command);
      INFO(sh.out << sh.err);
      REQUIRE(sh.code == 0);
      CHECK(describe(only_entry(fresh)) == describe(before));
    }
  }
}

TEST_CASE("journal entries: undo of an entry that records nothing says there is nothing to add back") {
  Scratch s;
  const std::string log = s.file("journal.log.yaml", kGood + "- {date: 2026-11-25, id: python, done: false}\n");
  auto r = run_today(s, {"undo", "--yes"});
  CHECK(r.code == 0);
  CHECK_THAT(r.out, Catch::Contains("nothing to add back"));
  CHECK(slurp(log) == kGood);
  s.file("journal.log.yaml", kGood + "- {date: 2026-11-25, id: python, done: false}\n");
  CHECK(json_of(run_today(s, {"undo", "--yes", "--json"}))["add_back"].is_null());
}
