#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include <fcntl.h>
#include <sys/file.h>

#include "core/error.h"
#include "files/file.h"
#include "journal/reader.h"
#include "journal/writer.h"
#include "support/journal_fixtures.h"

using namespace tenk;
using tenk::test::day;
using tenk::test::log_entry;
using tenk::test::TempDir;

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void spit(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

// The entry read back from its own formatted line.
JournalEntry round_trip(const JournalEntry& e) {
  auto line = format_entry(e);
  auto r = parse_journal(line, "j");
  INFO(line);
  REQUIRE(r.diagnostics.items().empty());
  REQUIRE(r.entries.size() == 1);
  return r.entries[0];
}

}  // namespace

TEST_CASE("format_entry: golden lines, keys in SPEC order") {
  auto e = log_entry("2024-06-08", "linalg-3b1b", 90);
  e.note = "chapters 1-3";
  CHECK(format_entry(e) == "- {date: 2024-06-08, id: linalg-3b1b, hours: 1.5, note: \"chapters 1-3\"}\n");
  CHECK(format_entry(log_entry("2024-06-09", "linalg-3b1b", 60, 30)) ==
        "- {date: 2024-06-09, id: linalg-3b1b, hours: 1, left: 0.5}\n");
  CHECK(format_entry(log_entry("2024-06-10", "linalg-3b1b", std::nullopt, std::nullopt, true)) ==
        "- {date: 2024-06-10, id: linalg-3b1b, done: true}\n");
  CHECK(format_entry(tenk::test::pick_entry("2024-06-10", "first-dl-course", "cs231n")) ==
        "- {date: 2024-06-10, choice: first-dl-course, pick: cs231n}\n");
  auto all = log_entry("2024-06-11", "a", 15, 0, true);
  all.note = "x";
  CHECK(format_entry(all) == "- {date: 2024-06-11, id: a, hours: 0.25, left: 0, done: true, note: \"x\"}\n");
}

TEST_CASE("format_entry: hours are written exactly") {
  auto hours_text = [](Minutes m) {
    auto line = format_entry(log_entry("2024-06-08", "a", m));
    auto at = line.find("hours: ");
    return line.substr(at + 7, line.find('}') - at - 7);
  };
  CHECK(hours_text(120) == "2");
  CHECK(hours_text(90) == "1.5");
  CHECK(hours_text(15) == "0.25");
  CHECK(hours_text(45) == "0.75");
  CHECK(hours_text(3) == "0.05");
  CHECK(hours_text(20) == "20m");
  CHECK(hours_text(1) == "1m");
  CHECK(hours_text(80) == "1h20m");
  CHECK(hours_text(24 * 60) == "24");
  for (Minutes m = 1; m <= 24 * 60; ++m) {
    auto back = round_trip(log_entry("2024-06-08", "a", m, m * 7));
    CHECK(back.studied_minutes == m);
    CHECK(back.left_minutes == m * 7);
  }
}

TEST_CASE("format_entry: ids that YAML would read as something else are quoted") {
  for (const char* id : {"true", "null", "no", "1", "1.5", "2024-06-08", "0x1f", "3b1b-linalg"}) {
    auto line = format_entry(log_entry("2024-06-08", id, 60));
    INFO(line);
    CHECK_THAT(line, Catch::Contains(std::string("id: \"") + id + "\""));
    CHECK(round_trip(log_entry("2024-06-08", id, 60)).id == id);
  }
  CHECK_THAT(format_entry(log_entry("2024-06-08", "cs231n", 60)), Catch::Contains("id: cs231n,"));
}

TEST_CASE("format_entry: hostile notes round-trip exactly through parse_journal") {
  std::string big;
  while (big.size() < 10 * 1024) big += "ten kilobytes of note, with \"quotes\" & \\ backslashes; ";
  std::string controls;
  for (int c = 1; c < 0x20; ++c) controls += static_cast<char>(c);
  controls += '\x7f';
  const std::vector<std::string> notes = {
      "plain",
      "say \"hi\"",
      "back\\slash \\\\ double",
      "\\N \\G \\n literally",
      "# not a comment",
      "key: value",
      "a, b",
      "{braces} [brackets]",
      "]]> <![CDATA[ <script>alert(1)</script> &amp;",
      "line one\nline two\r\nline three",
      "tab\there",
      "emoji \xF0\x9F\x98\x80 and \xC3\xA9t\xC3\xA9 and \xE4\xB8\xAD\xE6\x96\x87",
      "C1 \xC2\x85 and LS \xE2\x80\xA8 PS \xE2\x80\xA9 BOM \xEF\xBB\xBF",
      controls,
      "  leading and trailing spaces  ",
      "- {date: 2024-06-08, id: x, hours: 1}",
      "'single' quotes",
      "true",
      "null",
      "~",
      "%TAG ! !",
      "&anchor *alias !tag |literal >folded",
      big,
  };
  for (const auto& note : notes) {
    auto e = log_entry("2024-06-08", "linalg", 90);
    e.note = note;
    auto line = format_entry(e);
    INFO(line);
    // One line only: the single trailing newline.
    CHECK(line.find('\n') == line.size() - 1);
    CHECK(round_trip(e).note == note);
    // Notes are always quoted.
    CHECK_THAT(line, Catch::Contains(", note: \""));
  }
}

TEST_CASE("append_line: creates the file and its folders, and appends") {
  TempDir dir;
  auto path = dir.file("deep/er/j.log.yaml");
  append_line(path, format_entry(log_entry("2024-06-08", "a", 60)));
  append_line(path, format_entry(log_entry("2024-06-09", "a", 30)));
  CHECK(slurp(path) ==
        "- {date: 2024-06-08, id: a, hours: 1}\n"
        "- {date: 2024-06-09, id: a, hours: 0.5}\n");
}

TEST_CASE("append_line: after a line cut mid-write the next entry starts on its own line") {
  TempDir dir;
  auto path = dir.file("j.log.yaml");
  const std::string before =
      "# journal\n- {date: 2024-06-08, id: a, hours: 1}\n- {date: 2024-06-09, id: a, hou";
  spit(path, before);

  auto first = parse_journal(slurp(path), path);
  REQUIRE(first.entries.size() == 1);
  REQUIRE(first.diagnostics.items().size() == 1);
  CHECK_THAT(format_diagnostic(first.diagnostics.items()[0]), Catch::StartsWith(path + ":3: warning: "));

  append_line(path, format_entry(log_entry("2024-06-10", "a", 120)));
  auto after = slurp(path);
  // Earlier bytes untouched, byte for byte; only a newline and the entry added.
  REQUIRE(after.size() > before.size());
  CHECK(after.compare(0, before.size(), before) == 0);
  CHECK(after.substr(before.size()) == "\n- {date: 2024-06-10, id: a, hours: 2}\n");

  auto r = parse_journal(after, path);
  REQUIRE(r.entries.size() == 2);
  CHECK(r.entries[1].date == day("2024-06-10"));
  CHECK(r.entries[1].line == 4);
  REQUIRE(r.diagnostics.items().size() == 1);
  CHECK(r.diagnostics.items()[0].pos.line == 3);
}

TEST_CASE("append_line: a line without its newline gets one") {
  TempDir dir;
  auto path = dir.file("j.log.yaml");
  append_line(path, "- {date: 2024-06-08, id: a, hours: 1}");
  append_line(path, "- {date: 2024-06-09, id: a, hours: 1}\n");
  CHECK(slurp(path) == "- {date: 2024-06-08, id: a, hours: 1}\n- {date: 2024-06-09, id: a, hours: 1}\n");
}

TEST_CASE("append_line: failures are InputErrors naming the file") {
  TempDir dir;
  // A folder where the file should be: open() fails with EISDIR.
  auto path = dir.file("is-a-dir");
  std::filesystem::create_directories(path);
  CHECK_THROWS_AS(append_line(path, "- {}\n"), InputError);
  CHECK_THROWS_WITH(append_line(path, "- {}\n"), Catch::Contains(path) && Catch::Contains("directory"));
  // A regular file where a parent folder should be.
  spit(dir.file("plain"), "x");
  CHECK_THROWS_WITH(append_line(dir.file("plain/j.log.yaml"), "- {}\n"), Catch::Contains("plain/j.log.yaml"));
  CHECK(slurp(dir.file("plain")) == "x");
}

TEST_CASE("append_line: the check runs under the lock, before anything is written — refusing leaves the file as it was") {
  TempDir dir;
  auto path = dir.file("j.log.yaml");
  const std::string before = "- {date: 2024-06-08, id: a, hours: 1}\n- {date: 2024-06-09, id: a, ho";
  spit(path, before);
  bool ran = false;
  CHECK_THROWS_WITH(append_line(path, format_entry(log_entry("2024-06-10", "a", 60)),
                                [&] {
                                  ran = true;
                                  // Under the lock: another process cannot take it now.
                                  pid_t pid = ::fork();
                                  if (pid == 0) {
                                    int fd = ::open(path.c_str(), O_RDONLY);
                                    ::_exit(::flock(fd, LOCK_EX | LOCK_NB) == 0 ? 0 : 1);
                                  }
                                  int status = 0;
                                  ::waitpid(pid, &status, 0);
                                  CHECK(WEXITSTATUS(status) == 1);
                                  throw InputError("refused");
                                }),
                    "refused");
  CHECK(ran);
  CHECK(slurp(path) == before);
}

TEST_CASE("append_entry: the writer itself keeps the 24-hour rule, under the lock, against every entry of the date") {
  TempDir dir;
  auto path = dir.file("j.log.yaml");
  // 20 h on the date already, in two entries, one of them on an id no
  // curriculum knows: its hours still count.
  const std::string before = "- {date: 2024-06-10, id: a, hours: 12}\n- {date: 2024-06-10, id: gone, hours: 8}\n"
                             "- {date: 2024-06-11, id: a, hours: 23}\n";
  spit(path, before);
  const Date today = *Date::parse("2024-06-12");
  CHECK_THROWS_WITH(append_entry(path, log_entry("2024-06-10", "a", 4 * 60 + 1), today, nullptr),
                    Catch::StartsWith("that would make 24.") &&
                        Catch::EndsWith(" h on 2024-06-10 (at most 24 h a day; 20 h already logged)"));
  CHECK(slurp(path) == before);
  // Exactly 24 h is allowed; a re-estimate or done without hours is never refused.
  append_entry(path, log_entry("2024-06-10", "a", 4 * 60), today, nullptr);
  append_entry(path, log_entry("2024-06-10", "a", std::nullopt, 30, true), today, nullptr);
  CHECK_THROWS_AS(append_entry(path, log_entry("2024-06-10", "a", 1), today, nullptr), InputError);
  // The check sees the journal as the writer read it, the new entry not yet in it.
  std::size_t seen = 0;
  append_entry(path, log_entry("2024-06-12", "a", 60), today, nullptr,
               [&](JournalReadResult& j) { seen = j.entries.size(); });
  CHECK(seen == 5);
}

TEST_CASE("append_line: a FIFO or a device is refused before anything is written") {
  TempDir dir;
  auto fifo = dir.file("fifo");
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  CHECK_THROWS_WITH(append_line(fifo, "- {}\n"), "cannot append to " + fifo + ": not a regular file");
  CHECK_THROWS_WITH(append_line("/dev/null", "- {}\n"), "cannot append to /dev/null: not a regular file");
  struct stat st {};
  REQUIRE(::stat("/dev/null", &st) == 0);
  CHECK(S_ISCHR(st.st_mode));
}

// Runs append_line in a child under a file-size limit of the journal's
// size plus `room` bytes (SIGXFSZ ignored, as tenk's main does); returns
// the child's exit status: 0 appended, 1 InputError, 2 anything else.
int append_under_limit(const std::string& path, const std::string& line, off_t room) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) st.st_size = 0;
  pid_t pid = ::fork();
  if (pid == 0) {
    ::signal(SIGXFSZ, SIG_IGN);
    struct rlimit lim {static_cast<rlim_t>(st.st_size + room), static_cast<rlim_t>(st.st_size + room)};
    ::setrlimit(RLIMIT_FSIZE, &lim);
    int code = 0;
    try {
      append_line(path, line);
    } catch (const InputError& e) {
      code = std::string(e.what()) == "cannot append to " + path + ": write: File too large" ? 1 : 3;
    } catch (...) {
      code = 2;
    }
    ::_exit(code);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

TEST_CASE("append_line: a write cut short by a file-size limit is undone — the journal stays byte-identical") {
  TempDir dir;
  auto path = dir.file("j.log.yaml");
  auto e = log_entry("2024-06-10", "a", 60);
  e.note = std::string(5000, 'n');  // several pages: the write is cut part-way
  for (const std::string before : {"- {date: 2024-06-08, id: a, hours: 1}\n",
                                   "- {date: 2024-06-08, id: a, hours: 1}\n- {date: 2024-06-09, id: a, ho"}) {
    spit(path, before);
    for (off_t room : {0, 1, 10, 4000}) {
      INFO("room " << room);
      CHECK(append_under_limit(path, format_entry(e), room) == 1);
      CHECK(slurp(path) == before);
    }
    // With room enough, the same append goes through.
    CHECK(append_under_limit(path, format_entry(e), 1 << 20) == 0);
    CHECK(slurp(path).size() > before.size());
  }
}

TEST_CASE("append_line: 4 processes appending 50 entries each leave 200 intact entries") {
  TempDir dir;
  auto path = dir.file("j.log.yaml");
  constexpr int kProcs = 4, kEach = 50;
  std::vector<pid_t> kids;
  for (int p = 0; p < kProcs; ++p) {
    pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
      int status = 0;
      try {
        for (int i = 0; i < kEach; ++i) {
          auto e = log_entry("2024-06-08", "proc-" + std::to_string(p), i + 1);
          // A long note makes a torn write visible if the locking were wrong.
          e.note = "entry " + std::to_string(i) + " " + std::string(300 + i, static_cast<char>('a' + p));
          append_line(path, format_entry(e));
        }
      } catch (...) {
        status = 1;
      }
      ::_exit(status);  // no Catch2 teardown in the child
    }
    kids.push_back(pid);
  }
  for (pid_t pid : kids) {
    int status = 0;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
  }
  auto r = parse_journal(slurp(path), path);
  CHECK(r.diagnostics.items().empty());
  REQUIRE(r.entries.size() == kProcs * kEach);
  // Each process's entries are all there, in its own order.
  std::vector<int> next(kProcs, 1);
  for (const auto& e : r.entries) {
    int p = e.id.back() - '0';
    REQUIRE((p >= 0 && p < kProcs));
    CHECK(e.studied_minutes == Minutes{next[static_cast<std::size_t>(p)]++});
    CHECK(e.note.size() == std::string("entry ").size() + std::to_string(*e.studied_minutes - 1).size() + 1 + 300 + static_cast<std::size_t>(*e.studied_minutes - 1));
  }
  for (int n : next) CHECK(n == kEach + 1);
}
