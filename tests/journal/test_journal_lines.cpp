// read_journal_line, the one classification of a journal line behind every
// reader and undo; the `private` key; and the reader's memory, which must
// follow the entries read, not the file's size.

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "journal/reader.h"
#include "journal/writer.h"
#include "support/child.h"

using namespace tenk;

TEST_CASE("read_journal_line: blank, comment, entry and skipped lines, as parse_journal reads them") {
  using Kind = JournalLine::Kind;
  CHECK(read_journal_line("", 3, nullptr).kind == Kind::Blank);
  CHECK(read_journal_line(" \t\r", 3, nullptr).kind == Kind::Blank);
  CHECK(read_journal_line("  # a note", 3, nullptr).kind == Kind::Comment);
  auto e = read_journal_line("- {date: 2024-06-08, id: a, hours: 1}", 7, nullptr);
  REQUIRE(e.kind == Kind::Entry);
  CHECK(e.entry.line == 7);
  CHECK(e.entry.studied_minutes == Minutes{60});

  // A byte-order mark is where editors put one, on line 1; anywhere else
  // (two journals concatenated) the line is not an entry.
  const std::string bom_line = "\xEF\xBB\xBF- {date: 2024-06-08, id: a, hours: 1}";
  CHECK(read_journal_line(bom_line, 1, nullptr).kind == Kind::Entry);
  auto second = read_journal_line(bom_line, 2, nullptr);
  CHECK(second.kind == Kind::Skipped);
  CHECK_FALSE(second.problem.empty());
  auto r = parse_journal("- {date: 2024-06-08, id: a, hours: 1}\n" + bom_line + "\n", "j");
  CHECK(r.entries.size() == 1);
  CHECK(r.diagnostics.items().size() == 1);

  // The length counts the whole line, trailing blanks too, as LineReader does.
  const std::string padded = "- {date: 2024-06-08, id: a, hours: 1}" + std::string(kMaxJournalLine, ' ');
  auto long_line = read_journal_line(padded, 2, nullptr);
  CHECK(long_line.kind == Kind::Skipped);
  CHECK(long_line.problem == too_long_problem(padded.size()));
}

TEST_CASE("private: read as a boolean on log entries, written last, refused on picks") {
  auto r = parse_journal("- {date: 2024-06-08, id: a, hours: 1, note: \"x\", private: true}\n"
                         "- {date: 2024-06-08, id: a, hours: 1, private: false}\n"
                         "- {date: 2024-06-08, id: a, hours: 1, private: yes}\n"
                         "- {date: 2024-06-08, choice: c, pick: o, private: true}\n",
                         "j");
  REQUIRE(r.entries.size() == 2);
  CHECK(r.entries[0].is_private);
  CHECK_FALSE(r.entries[1].is_private);
  REQUIRE(r.diagnostics.items().size() == 2);
  CHECK(r.diagnostics.items()[0].pos.line == 3);
  CHECK(r.diagnostics.items()[1].pos.line == 4);
  CHECK(format_entry(r.entries[0]) == "- {date: 2024-06-08, id: a, hours: 1, note: \"x\", private: true}\n");
  CHECK(format_entry(r.entries[1]) == "- {date: 2024-06-08, id: a, hours: 1}\n");
}

TEST_CASE("read_journal: a huge file of few entries is read in little memory (no reserve by file size)") {
  if (test::under_asan()) {
    WARN("AddressSanitizer build: an address-space limit cannot be set; skipped");
    return;
  }
  // 512 MB, sparse: one entry, a 512 MB line of zero bytes (skipped
  // unread), one entry. Reserving an entry per 38 bytes of file asked for
  // gigabytes up front.
  const auto dir = std::filesystem::temp_directory_path() / ("tenk-lines-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::string path = (dir / "huge.log.yaml").string();
  {
    std::ofstream f(path, std::ios::binary);
    f << "- {date: 2024-06-08, id: a, hours: 1}\n";
  }
  REQUIRE(::truncate(path.c_str(), 512l << 20) == 0);
  {
    std::ofstream f(path, std::ios::binary | std::ios::app);
    f << "\n- {date: 2024-06-09, id: a, hours: 2}\n";
  }

  pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    // The address space in use now plus 64 MB: far less than the old
    // reserve, far more than two entries need.
    long pages = 0;
    if (FILE* statm = std::fopen("/proc/self/statm", "r")) {
      if (std::fscanf(statm, "%ld", &pages) != 1) pages = 0;
      std::fclose(statm);
    }
    if (pages <= 0) ::_exit(3);
    const rlim_t limit = static_cast<rlim_t>(pages) * static_cast<rlim_t>(::sysconf(_SC_PAGESIZE)) + (64u << 20);
    struct rlimit lim {limit, limit};
    if (::setrlimit(RLIMIT_AS, &lim) != 0) ::_exit(4);
    try {
      auto r = read_journal(path, nullptr);
      ::_exit(r.entries.size() == 2 && r.diagnostics.items().size() == 1 ? 0 : 1);
    } catch (...) {
      ::_exit(2);
    }
  }
  int status = 0;
  REQUIRE(::waitpid(pid, &status, 0) == pid);
  std::filesystem::remove_all(dir);
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);  // 2: out of memory; 1: read wrong
}
