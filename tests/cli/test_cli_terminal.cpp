// Terminal escape injection: text that did not come from tenk (titles,
// ids, notes, arguments, environment values, file names) never reaches the
// terminal raw, on stdout or stderr; JSON keeps the exact text.

#include <catch2/catch.hpp>

#include "cli/cli_fixture.h"
#include "support/pty.h"

using namespace tenk::test;

namespace {

// In YAML double quotes: \e is ESC, \a BEL, \x9b the C1 CSI, \u202E the
// right-to-left override. ESC [2J clears the screen, OSC 52 writes the
// clipboard, OSC 0 sets the window title.
const std::string kHostileYaml = R"(title: "Evil \e[2J curriculum"
schedule: {hours_per_day: 2}
resources:
  - id: clear
    title: "Clear \e[2J\e[H screen"
    hours: 3
    url: https://example.com/clear
  - id: clip
    title: "Clip \e]52;c;SGVsbG8=\a board"
    hours: 2
    requires: [clear]
  - id: window
    title: "Window \e]0;pwned\a title"
    hours: 2
    requires: [clear]
  - id: csi
    title: "C1 \x9b2J and \u202Eevil\u202C bidi"
    hours: 4
    requires: [first]
choices:
  - id: first
    title: "Pick \e[31m one"
    options: [clip, window]
)";

const std::string kClearTitle = "Clear \x1b[2J\x1b[H screen";

// The first raw control byte in `text` (C0 but newline, DEL, C1 written as
// UTF-8, or a bidirectional control), or "" when there is none.
std::string first_control(const std::string& text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto b = static_cast<unsigned char>(text[i]);
    auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
    auto third = i + 2 < text.size() ? static_cast<unsigned char>(text[i + 2]) : 0;
    if ((b < 0x20 && b != '\n') || b == 0x7F) return "byte " + std::to_string(b) + " at " + std::to_string(i);
    if (b == 0xC2 && next >= 0x80 && next <= 0x9F) return "C1 control at " + std::to_string(i);
    if (b == 0xE2 && next == 0x80 && third >= 0xAA && third <= 0xAE) return "bidi control at " + std::to_string(i);
    if (b == 0xE2 && next == 0x81 && third >= 0xA6 && third <= 0xA9) return "bidi isolate at " + std::to_string(i);
  }
  return "";
}

}  // namespace

TEST_CASE("terminal: hostile titles, ids, notes, arguments and values never reach the terminal raw") {
  Scratch s;
  auto curriculum = s.file("evil.yaml", kHostileYaml);
  // A journal with hostile notes, an unknown hostile id and a hostile value.
  auto journal = s.file("evil.log.yaml",
                        "- {date: 2026-11-20, id: clear, hours: 1, note: \"\\e]52;c;bm90ZQ==\\a note\"}\n"
                        "- {date: 2026-11-20, id: \"gone\\e[2J\", hours: 1}\n"
                        "- {date: 2026-11-20, id: clear, hours: \"\\e]0;x\\a\"}\n"
                        "- {date: 2026-11-21, choice: first, pick: window, note: \"\\x9b2J\"}\n");
  const std::vector<std::string> base = {"-c", curriculum, "--log", journal, "--today", "2026-11-23", "--no-color"};
  std::vector<std::vector<std::string>> commands = {
      {"today"},
      {"plan"},
      {"plan", "--baseline"},
      {"status"},
      {"swap"},
      {"check"},
      {"swap", "first", "clip"},
      {"log", "clear", "1", "--note", "\x1b]0;note title\x07"},
      {"done", "clip"},
      {"render", "timeline", "-o", s.path("out \x1b[2J.svg")},
      {"render", "burnup", "-o", s.path("burnup \x1b[2J.svg")},
      {"export", "csv", "-o", s.path("out \x1b]52;c;eA==\x07.csv")},
      {"export", "ics", "-o", s.path("out \x1b[2J.ics")},
      {"report", "-o", s.path("report \x1b[2J")},
      {"init", s.path("init \x1b[2J.yaml")},
      {"show", "clear"},
      {"show", "first"},
      {"show", "csi"},
      {"history"},
      {"history", "--by", "week"},
      {"history", "--id", "clear"},
      // Hostile arguments, echoed in errors.
      {"log", "\x1b[2Jnope", "1"},
      {"log", "clear", "\x1b]52;c;eA==\x07"},
      {"log", "clear", "1", "--date", "\x9b" "2J"},
      {"swap", "\x1b[31mfirst"},
      {"render", "path", "--to", "\x1b[2J"},
      {"render", "\x1b[2J"},
      {"show", "\x1b[2J"},
      {"show", "Clear \x1b[2J"},
      {"history", "--id", "\x1b[2J"},
      {"history", "--from", "\x1b[2J"},
      {"plan", "--days", "\x1b[2J"},
      {"\x1b[2J"},
      {"--\x1b[2J"},
  };
  for (const auto& cmd : commands) {
    auto args = base;
    args.insert(args.end(), cmd.begin(), cmd.end());
    auto r = s.run(args);
    INFO(cmd[0] << (cmd.size() > 1 ? " " + cmd[1] : "") << "\nstdout: " << r.out << "\nstderr: " << r.err);
    CHECK(r.code <= 2);
    CHECK(first_control(r.out) == "");
    CHECK(first_control(r.err) == "");
  }
  // Environment values and file names too.
  auto env = s.run({"-c", curriculum, "--log", journal, "today"}, {{"TENK_TODAY", "\x1b]0;today\x07"}});
  CHECK(env.code == 1);
  CHECK(first_control(env.err) == "");
  auto missing = s.run({"-c", s.path("no \x1b[2J such.yaml"), "today"});
  CHECK(missing.code == 1);
  CHECK(first_control(missing.err) == "");
  // What the learner sees instead: the controls, visibly.
  auto today = s.run({"-c", curriculum, "--log", journal, "--today", "2026-11-23", "--no-color", "today"});
  CHECK_THAT(today.out, Catch::Contains("Clear ^[[2J^[[H screen"));
}

TEST_CASE("terminal: exports and pictures shown on a terminal carry no raw control characters") {
  Scratch s;
  auto curriculum = s.file("evil.yaml", kHostileYaml);
  auto journal = s.file("evil.log.yaml",
                        "- {date: 2026-11-20, id: clear, hours: 1, note: \"\\e]52;c;bm90ZQ==\\a note\\r\\nline\"}\n"
                        "- {date: 2026-11-20, id: \"gone\\e[2J\", hours: 1, note: \"\\x9b2J \\u202Eevil\"}\n");
  const std::vector<std::string> base = {"-c", curriculum, "--log", journal, "--today", "2026-11-23"};
  std::vector<std::vector<std::string>> commands = {
      {"export", "csv"},
      {"export", "csv", "-o", "-"},
      {"export", "csv", "-o", "/dev/stdout"},
      {"export", "csv", "-o", "/dev/stderr"},
      {"export", "csv", "-o", "/dev/tty"},
      {"export", "timedot"},
      {"export", "ics"},
      {"export", "ics", "-o", "/dev/tty"},
      {"render", "timeline"},
      {"render", "graph", "--format", "dot"},
      {"report", "-o", "-"},
  };
  for (const auto& cmd : commands) {
    auto args = base;
    args.insert(args.end(), cmd.begin(), cmd.end());
    auto r = run_on_terminal(s, args);
    std::string shown;
    for (const auto& a : cmd) shown += a + " ";
    INFO(shown << "\nterminal: " << r.out);
    CHECK(r.code == 0);
    CHECK(first_control(r.out) == "");
    CHECK(r.out.size() > 100);
  }
  // What the learner sees: the controls, visibly, and the records one a line.
  auto csv = run_on_terminal(s, {"-c", curriculum, "--log", journal, "--today", "2026-11-23", "export", "csv"});
  CHECK_THAT(csv.out, Catch::Contains("date,id,title,hours,note\n2026-11-20,clear,Clear ^[[2J^[[H screen,1.00,"));
  CHECK_THAT(csv.out, Catch::Contains("^[]52;c;bm90ZQ==^G note"));
  // To a file or a pipe the CSV keeps the exact text.
  auto file = s.run({"-c", curriculum, "--log", journal, "--today", "2026-11-23", "export", "csv"});
  REQUIRE(file.code == 0);
  CHECK_THAT(file.out, Catch::Contains("2026-11-20,clear," + kClearTitle + ",1.00,\"\x1b]52;c;bm90ZQ==\x07 note\r\nline\"\r\n"));
}

TEST_CASE("terminal: --json keeps the exact text, escaped as JSON does") {
  Scratch s;
  auto curriculum = s.file("evil.yaml", kHostileYaml);
  auto r = s.run({"-c", curriculum, "--log", s.path("j.log.yaml"), "--today", "2026-11-23", "--json", "today"});
  REQUIRE(r.code == 0);
  CHECK(first_control(r.out).find("byte") == std::string::npos);  // JSON escapes C0 as \u001b
  auto j = json_of(r);
  REQUIRE(!j["blocks"].empty());
  CHECK(j["blocks"][0]["title"] == kClearTitle);
  auto status = json_of(s.run({"-c", curriculum, "--log", s.path("j.log.yaml"), "--today", "2026-11-23", "--json", "status"}));
  bool found = false;
  for (const auto& res : status["resources"])
    if (res["id"] == "csi") found = res["title"] == "C1 \xC2\x9B" "2J and \xE2\x80\xAE" "evil\xE2\x80\xAC bidi";
  CHECK(found);
}

TEST_CASE("terminal: a very long value echoed in a message is shortened") {
  Scratch s;
  const std::string huge(100'000, 'z');  // one argument may be at most 128 KB
  for (std::vector<std::string> args : {std::vector<std::string>{"log", huge, "1"},
                                        std::vector<std::string>{"log", "python", huge},
                                        std::vector<std::string>{"swap", huge},
                                        std::vector<std::string>{"render", "path", "--to", huge},
                                        std::vector<std::string>{huge}}) {
    auto r = run_small(s, args);
    INFO(r.err.substr(0, 300));
    CHECK((r.code == 1 || r.code == 2));
    CHECK(r.err.size() < 1000);
    CHECK_THAT(r.err, Catch::Contains(std::string(80, 'z') + "\xE2\x80\xA6'"));
  }
  // A journal line's value too: a warning quotes only the start of it.
  auto journal = s.file("j.log.yaml", "- {date: 2026-11-20, id: python, hours: \"" + std::string(500'000, '9') + "\"}\n");
  auto r = s.run({"-c", small_curriculum(), "--log", journal, "today"});
  CHECK(r.code == 0);
  CHECK(r.err.size() < 1000);
}
