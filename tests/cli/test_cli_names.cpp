// Names for ids on the command line (SPEC 4): an exact id wins, then an
// exact title, then a unique prefix of an id or a title, ignoring case; a
// name that matches several items at the first level that matches is
// refused with every match listed, by every command that takes an id.

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

#include "cli/cli_fixture.h"

using namespace tenk::test;

namespace {

// Two resources with the same title, two options whose titles start alike,
// two choices whose titles start alike.
const char* kNames = R"(title: Names
id: names
goal_hours: 100
schedule:
  week: {mon: 2, tue: 2, wed: 2, thu: 2, fri: 2, sat: 2, sun: 0}
  max_per_day: 2
  min_block: 0.5
resources:
  - {id: dl-book, title: Deep Learning, hours: 10}
  - {id: dl-course, title: Deep Learning, hours: 10}
  - {id: nn-zero, title: Neural Networks from Zero, hours: 4}
  - {id: nn-hero, title: Neural Networks to Hero, hours: 4}
  - {id: rl-one, title: Reinforcement Learning One, hours: 4}
  - {id: rl-two, title: Reinforcement Learning Two, hours: 4}
  - {id: maths, title: Maths first, hours: 3}
choices:
  - {id: nets, title: Which course on nets, options: [nn-zero, nn-hero]}
  - {id: rl, title: Which course on RL, options: [rl-one, rl-two]}
practice:
  - {id: drills, title: Daily drills, week: {wed: 1}}
)";

const char* kJournal =
    "- {date: 2026-11-20, id: dl-book, hours: 1, note: book}\n"
    "- {date: 2026-11-21, id: dl-course, hours: 2, note: course}\n";

const std::string kSameTitle = "'Deep Learning' matches 2 items: dl-book (Deep Learning), dl-course (Deep Learning)";
const std::string kPrefixDl = "'dl' matches 2 items: dl-book (Deep Learning), dl-course (Deep Learning)";

struct Names {
  Scratch s;
  std::string curriculum = s.file("names.yaml", kNames);
  std::string journal = s.path("journal.log.yaml");

  RunResult run(std::vector<std::string> args) const {
    args.insert(args.begin(), {"-c", curriculum, "--log", journal, "--today", "2026-11-23"});
    return s.run(args);
  }
  void write_journal() const { write_text(journal, kJournal); }
  std::string journal_text() const { return std::filesystem::exists(journal) ? slurp(journal) : "<none>"; }
};

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// Refused with exit 1, every match listed, and the journal as it was.
void check_refused(const Names& n, const std::vector<std::string>& args, const std::string& message) {
  const std::string before = n.journal_text();
  auto r = n.run(args);
  INFO(r.err);
  CHECK(r.code == 1);
  CHECK(r.err == "tenk: error: " + message + "\n");
  CHECK(r.out.empty());
  CHECK(n.journal_text() == before);
}

}  // namespace

TEST_CASE("names: log and done refuse a title two resources share, and a prefix of two — a unique one resolves") {
  Names n;
  check_refused(n, {"log", "Deep Learning", "1"}, kSameTitle);
  check_refused(n, {"log", "deep learning", "1"},
                "'deep learning' matches 2 items: dl-book (Deep Learning), dl-course (Deep Learning)");
  check_refused(n, {"log", "dl", "1"}, kPrefixDl);
  check_refused(n, {"done", "Deep Learning"}, kSameTitle);
  check_refused(n, {"done", "dl"}, kPrefixDl);
  // Prefixes of a title and of an id alike.
  check_refused(n, {"log", "Neural", "1"},
                "'Neural' matches 2 items: nn-zero (Neural Networks from Zero), nn-hero (Neural Networks to Hero)");

  auto by_prefix = n.run({"log", "dl-c", "1"});
  INFO(by_prefix.err);
  REQUIRE(by_prefix.code == 0);
  CHECK(by_prefix.err == "tenk: note: 'dl-c' is dl-course\n");
  auto by_title = n.run({"done", "maths FIRST"});
  REQUIRE(by_title.code == 0);
  CHECK(by_title.err == "tenk: note: 'maths FIRST' is maths\n");
  auto by_id = n.run({"log", "dl-book", "0.5"});
  REQUIRE(by_id.code == 0);
  CHECK(by_id.err.empty());
  CHECK(n.journal_text() ==
        "- {date: 2026-11-23, id: dl-course, hours: 1}\n"
        "- {date: 2026-11-23, id: maths, done: true}\n"
        "- {date: 2026-11-23, id: dl-book, hours: 0.5}\n");
}

TEST_CASE("names: show refuses an ambiguous name and shows a unique one") {
  Names n;
  check_refused(n, {"show", "Deep Learning"}, kSameTitle);
  check_refused(n, {"show", "dl"}, kPrefixDl);
  // Choices and options are items like any other for show.
  check_refused(n, {"show", "which course on"},
                "'which course on' matches 2 items: nets (Which course on nets), rl (Which course on RL)");
  auto j = json_of(n.run({"show", "dl-c", "--json"}));
  CHECK(j["id"] == "dl-course");
  CHECK(json_of(n.run({"show", "Which course on RL", "--json"}))["id"] == "rl");
  CHECK(json_of(n.run({"show", "dAiLy", "--json"}))["id"] == "drills");
}

TEST_CASE("names: swap refuses an ambiguous choice or option and picks a unique one") {
  Names n;
  check_refused(n, {"swap", "Which"},
                "'Which' matches 2 items: nets (Which course on nets), rl (Which course on RL)");
  check_refused(n, {"swap", "nets", "Neural"},
                "'Neural' matches 2 items: nn-zero (Neural Networks from Zero), nn-hero (Neural Networks to Hero)");
  check_refused(n, {"swap", "nets", "nn"},
                "'nn' matches 2 items: nn-zero (Neural Networks from Zero), nn-hero (Neural Networks to Hero)");
  // A choice is named among the choices, an option among its choice's.
  auto r = n.run({"swap", "n", "Neural Networks to"});
  INFO(r.err);
  REQUIRE(r.code == 0);
  CHECK(n.journal_text() == "- {date: 2026-11-23, choice: nets, pick: nn-hero}\n");
  auto other = n.run({"swap", "rl", "nn-zero"});
  CHECK(other.code == 1);
  CHECK(has(other.err, "'nn-zero' is not an option of rl; options: rl-one, rl-two"));
  auto option = n.run({"swap", "nn-zero"});
  CHECK(option.code == 1);
  CHECK(has(option.err, "'nn-zero' is an option, not a choice: try 'tenk swap nets nn-zero'"));
  // A whole title names a choice; an option's whole title names it.
  auto titles = n.run({"swap", "which course on rl", "REINFORCEMENT LEARNING TWO"});
  INFO(titles.err);
  REQUIRE(titles.code == 0);
  CHECK(n.journal_text() ==
        "- {date: 2026-11-23, choice: nets, pick: nn-hero}\n"
        "- {date: 2026-11-23, choice: rl, pick: rl-two}\n");
}

TEST_CASE("names: history --id refuses an ambiguous name and reads back a unique one") {
  Names n;
  n.write_journal();
  check_refused(n, {"history", "--id", "Deep Learning"}, kSameTitle);
  check_refused(n, {"history", "--id", "dl"}, kPrefixDl);
  auto j = json_of(n.run({"history", "--id", "dl-c", "--json"}));
  REQUIRE(j["entries"].size() == 1);
  CHECK(j["entries"][0]["id"] == "dl-course");
  CHECK(j["entries"][0]["note"] == "course");
}

TEST_CASE("names: render path --to refuses an ambiguous name and draws a unique one") {
  Names n;
  check_refused(n, {"render", "path", "--to", "Deep Learning", "--format", "dot"}, kSameTitle);
  check_refused(n, {"render", "path", "--to", "dl", "--format", "dot"}, kPrefixDl);
  auto r = n.run({"render", "path", "--to", "dl-c", "--format", "dot"});
  INFO(r.err);
  REQUIRE(r.code == 0);
  CHECK(has(r.out, "dl-course"));
  CHECK(!has(r.out, "dl-book"));
}

TEST_CASE("names: more matches than fit a line are listed one a line, every one") {
  Scratch s;
  auto ids = s.run({"completion", "--ids"});
  REQUIRE(ids.code == 0);
  std::size_t expected = 0;  // the ids of the built-in curriculum that start with "p"
  std::istringstream in(ids.out);
  for (std::string id; std::getline(in, id);) expected += id.starts_with("p");
  REQUIRE(expected > 5);
  auto r = s.run({"show", "p"});
  CHECK(r.code == 1);
  CHECK(r.err.starts_with("tenk: error: 'p' matches "));
  CHECK(has(r.err, "items:\n  "));
  // One line of heading, then one line per match (titles may start with p too).
  std::size_t lines = static_cast<std::size_t>(std::count(r.err.begin(), r.err.end(), '\n'));
  CHECK(lines - 1 >= expected);
  CHECK(has(r.err, " matches " + std::to_string(lines - 1) + " items:\n"));
}
