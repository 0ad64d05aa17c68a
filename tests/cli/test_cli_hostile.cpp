// Hostile input, end to end: whatever the files hold, tenk answers in
// bounded memory and bounded output, and never waits on a special file.

#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <algorithm>
#include <fstream>

#include "cli/cli_fixture.h"
#include "support/child.h"

using namespace tenk::test;

namespace {

constexpr long kMemoryBoundKb = 64 * 1024;
const std::string kGood1 = "- {date: 2026-01-01, id: python, hours: 1}\n";
const std::string kGood2 = "- {date: 2026-01-02, id: python, hours: 1}\n";

ChildSetup today_setup(const Scratch& s, const std::string& journal) {
  ChildSetup c;
  c.args = {"-c", small_curriculum(), "--log", journal, "--today", "2026-01-03", "today", "--json"};
  c.home = s.path("home");
  c.out = s.path("stdout");
  c.err = s.path("stderr");
  return c;
}

// A journal of two good entries around one hostile line of `n` bytes of
// `fill` after `head`, written without holding it in memory.
std::string hostile_journal(const Scratch& s, const std::string& head, char fill, std::size_t n) {
  std::string path = s.path("hostile.log.yaml");
  std::ofstream f(path, std::ios::binary);
  f << kGood1 << head;
  const std::string chunk(1 << 20, fill);
  for (std::size_t left = n; left > 0;) {
    std::size_t k = std::min(left, chunk.size());
    f.write(chunk.data(), static_cast<std::streamsize>(k));
    left -= k;
  }
  f << '\n' << kGood2;
  return path;
}

std::size_t count_lines(const std::string& text) { return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')); }

}  // namespace

TEST_CASE("hostile: a 50 MB journal line is skipped with a warning, in less than 64 MB of memory") {
  Scratch s;
  auto journal = hostile_journal(s, "- {", '[', 50'000'000);
  auto end = run_tenk(today_setup(s, journal));
  CHECK(end.code == 0);
  CHECK(slurp(s.path("stderr")) == journal + ":2: warning: line of 50000003 bytes, longer than any entry (at most "
                                             "1048576); line skipped\n");
  CHECK(json_of({0, slurp(s.path("stdout")), ""})["summary"]["logged_hours"] == 2);
  INFO("peak memory " << end.max_rss_kb << " KB");
  if (under_asan()) WARN("AddressSanitizer build: peak memory " << end.max_rss_kb << " KB, not held to the bound");
  else CHECK(end.max_rss_kb < kMemoryBoundKb);
}

TEST_CASE("hostile: 1 MB of opening brackets after '- {' is a cheap warning, never a deep parse") {
  Scratch s;
  auto journal = hostile_journal(s, "- {", '[', 1'000'000);
  auto end = run_tenk(today_setup(s, journal));
  CHECK(end.code == 0);
  CHECK(slurp(s.path("stderr")) == journal + ":2: warning: not valid YAML (nesting deeper than 4 levels); line skipped\n");
  CHECK(json_of({0, slurp(s.path("stdout")), ""})["summary"]["logged_hours"] == 2);
  INFO("peak memory " << end.max_rss_kb << " KB");
  if (!under_asan()) CHECK(end.max_rss_kb < kMemoryBoundKb);
}

TEST_CASE("hostile: a million broken journal lines give ten warnings and a count — check lists the first 1,000") {
  Scratch s;
  const std::string journal = s.path("broken.log.yaml");
  {
    std::ofstream f(journal, std::ios::binary);
    f << kGood1;
    // Broken lines of three kinds, none of them an entry: most cannot be
    // one from their first bytes; a few look like one but hold a bad date.
    const std::string lines = "not an entry\n- just text\n";
    for (int i = 0; i < 499'000; ++i) f << lines;
    for (int i = 0; i < 2000; ++i) f << "- {date: 2026-13-45, id: python, hours: 1}\n";
    f << kGood2;
  }
  auto end = run_tenk(today_setup(s, journal));
  CHECK(end.code == 0);
  const std::string err = slurp(s.path("stderr"));
  CHECK(count_lines(err) == 11);
  CHECK_THAT(err, Catch::EndsWith(journal + ": 999990 more warnings (tenk check lists them)\n"));
  CHECK(json_of({0, slurp(s.path("stdout")), ""})["summary"]["logged_hours"] == 2);

  auto check = s.run({"-c", small_curriculum(), "--log", journal, "check"});
  CHECK(check.code == 0);
  CHECK(count_lines(check.err) == 1001);
  CHECK_THAT(check.err, Catch::EndsWith(journal + ": 999000 more warnings not listed (only the first 1000 are kept)\n"));
  auto json = s.run({"-c", small_curriculum(), "--log", journal, "check", "--json"});
  CHECK(json_of(json)["diagnostics"].size() == 1000);
}

TEST_CASE("hostile: a FIFO, /dev/zero or a folder as -c or --log is refused at once, in little memory") {
  Scratch s;
  const std::string fifo = s.path("fifo");
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  for (const std::string& target : {fifo, std::string("/dev/zero"), s.path("")}) {
    for (const std::string option : {"-c", "--log"}) {
      ChildSetup c;
      c.args = {option, target, "today"};
      if (option == "--log") c.args.insert(c.args.begin(), {"-c", small_curriculum()});
      c.home = s.path("home");
      c.err = s.path("stderr");
      auto end = run_tenk(c);
      const std::string err = slurp(s.path("stderr"));
      INFO(option << " " << target << ": " << err);
      CHECK(end.code == 1);
      CHECK_THAT(err, Catch::StartsWith("tenk: error: cannot read " + target + ": "));
      CHECK_THAT(err, Catch::Contains("not a regular file") || Catch::Contains("Is a directory"));
      if (!under_asan()) CHECK(end.max_rss_kb < kMemoryBoundKb);
    }
  }
}

namespace {

// Nine lines that plan one minute a day for 6,571 years: 2.4 million days,
// ending 9970-12-23, close to 9999-12-31. The plan is long; the input and
// what each command prints are small.
const std::string kLongCurriculum =
    "title: Long\n"
    "id: long\n"
    "start: 3400-01-01\n"
    "schedule: {hours_per_day: 1m, min_block: 1m}\n"
    "resources:\n"
    "  - {id: a, title: A, hours: 10000}\n"
    "  - {id: b, title: B, hours: 10000, requires: [a]}\n"
    "  - {id: c, title: C, hours: 10000}\n"
    "  - {id: d, title: D, hours: 10000}\n";

// Runs each command on kLongCurriculum and checks it ends cleanly; outside
// the sanitizers, within 256 MiB of address space. Under AddressSanitizer
// each command takes tens of seconds, so only the text pass runs there: the
// --json pass computes the same plan.
void run_long_plan(const std::vector<std::vector<std::string>>& commands, Scratch& s) {
  const std::string curriculum = s.file("long.yaml", kLongCurriculum);
  const std::string journal = s.file("long.log.yaml", "- {date: 3400-01-02, id: a, hours: 1m}\n");
  for (bool json : {false, true}) {
    if (json && under_asan()) break;
    for (const auto& command : commands) {
      ChildSetup c;
      c.args = {"-c", curriculum, "--log", journal, "--today", "3400-03-01"};
      if (json) c.args.push_back("--json");
      c.args.insert(c.args.end(), command.begin(), command.end());
      c.home = s.path("home");
      c.out = s.path("stdout");
      c.err = s.path("stderr");
      if (!under_asan()) c.address_space_limit = 256u << 20;
      auto end = run_tenk(c);
      const std::string err = slurp(s.path("stderr"));
      INFO((json ? "--json " : "") << command.front() << " " << (command.size() > 1 ? command[1] : "") << ": exit "
                                   << end.code << ", signal " << end.signal << ", peak " << end.max_rss_kb
                                   << " KB, stderr: " << err);
      CHECK(end.signal == 0);
      CHECK(end.code == 0);
      CHECK(err.find("bad_alloc") == std::string::npos);
    }
  }
}

}  // namespace

// Two tests, so CI's sanitizer run gives only the second, which calls
// Graphviz, the slow unwinder its leak suppressions need.
TEST_CASE("hostile: a plan of millions of days costs what the input and the output cost, under 256 MiB each command") {
  Scratch s;
  run_long_plan({{"check"}, {"today"}, {"plan", "--days", "7"}, {"status"}, {"show", "a"}, {"history"}, {"swap"},
                 {"render", "timeline"}, {"render", "heatmap"}, {"render", "burnup"},
                 {"export", "ics", "--days", "30"}},
                s);
}

TEST_CASE("hostile: drawing the graph and the report of a plan of millions of days, under 256 MiB each") {
  Scratch s;
  run_long_plan({{"render", "graph"}, {"report", "-o", s.path("report")}}, s);
}

TEST_CASE("finished: every planned resource done is 'finished', never behind, in today, status and report") {
  Scratch s;
  // All of the small plan done by 2026-11-25; today is months later.
  const std::string journal = s.file("done.log.yaml",
                                     "- {date: 2026-11-24, id: python, hours: 3}\n"
                                     "- {date: 2026-11-24, id: numpy, done: true}\n"
                                     "- {date: 2026-11-25, id: fastai, done: true}\n"
                                     "- {date: 2026-11-25, id: gpt, done: true}\n");
  auto run = [&](std::vector<std::string> args) {
    args.insert(args.begin(), {"-c", small_curriculum(), "--log", journal, "--today", "2027-04-20"});
    return s.run(args);
  };
  for (const char* command : {"today", "status"}) {
    auto text = run({command});
    INFO(command << ":\n" << text.out << text.err);
    CHECK(text.code == 0);
    CHECK(text.out.find("finished") != std::string::npos);
    CHECK(text.out.find("2026-11-25") != std::string::npos);
    CHECK(text.out.find("behind") == std::string::npos);
    CHECK(text.out.find("less than") == std::string::npos);
  }
  auto today = run({"--json", "today"});
  REQUIRE(today.code == 0);
  CHECK(json_of(today)["summary"]["finished"] == true);
  CHECK(json_of(today)["summary"]["end"] == "2026-11-25");
  auto status = run({"--json", "status"});
  REQUIRE(status.code == 0);
  auto j = json_of(status);
  CHECK(j["finished"] == true);
  CHECK(j["end"] == "2026-11-25");
  // The baseline, from the first entry, ends 2026-12-03: 8 days after the
  // work did, a figure that no longer changes from day to day.
  CHECK(j["baseline_end"] == "2026-12-03");
  CHECK(j["schedule_delta_days"] == 8);
  CHECK(status.out.find("behind") == std::string::npos);
  auto report = run({"report", "-o", s.path("report")});
  REQUIRE(report.code == 0);
  const std::string page = slurp(s.path("report/index.html"));
  CHECK(page.find("finished") != std::string::npos);
  CHECK(page.find("behind") == std::string::npos);
  CHECK(page.find("vs baseline") == std::string::npos);
  auto report_json = run({"--json", "report", "-o", s.path("report2")});
  CHECK(report_json.code == 0);
  CHECK(report_json.out.find("behind") == std::string::npos);
}
