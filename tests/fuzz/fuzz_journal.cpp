// libFuzzer: any bytes as a journal. The reader never throws or crashes and
// keeps at most kMaxDiagnostics warnings; every entry it reads, written back
// by format_entry, reads back equal (write -> re-read round trip), alone and
// as a whole journal, with and without a curriculum to check names against.
// read_journal, which reads a file a line at a time through a fixed buffer,
// reads the bytes as a file exactly as parse_journal reads them as text
// (checked for one input in eight, see below).

#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "journal/reader.h"
#include "journal/writer.h"
#include "yaml/curriculum_loader.h"

namespace {

const tenk::Curriculum& known_curriculum() {
  static const tenk::LoadResult loaded = tenk::load_curriculum(
      "title: Fuzz\nresources:\n"
      "  - {id: a, title: A, hours: 3}\n  - {id: b, title: B, hours: 2}\n  - {id: c, title: C, hours: 2}\n"
      "choices:\n  - {id: pick-one, title: P, options: [b, c]}\n",
      "fuzz.yaml");
  return loaded.curriculum;
}

[[noreturn]] void fail(const char* what, const std::string& line) {
  std::fprintf(stderr, "round trip broken (%s) for line: %s\n", what, line.c_str());
  std::abort();
}

bool same(const tenk::JournalEntry& a, const tenk::JournalEntry& b) {
  return a.date == b.date && a.id == b.id && a.studied_minutes == b.studied_minutes && a.left_minutes == b.left_minutes && a.done == b.done &&
         a.note == b.note && a.choice == b.choice && a.pick == b.pick;
}

void check_round_trip(const tenk::JournalEntry& e) {
  const std::string line = tenk::format_entry(e);
  if (line.empty() || line.back() != '\n' || line.find('\n') != line.size() - 1) fail("not one line", line);
  auto again = tenk::parse_journal(line, "again");
  if (!again.diagnostics.items().empty()) fail(again.diagnostics.items()[0].message.c_str(), line);
  if (again.entries.size() != 1) fail("not one entry", line);
  if (!same(again.entries[0], e)) fail("fields differ", line);
}

bool about_unknown_ids(const tenk::Diagnostic& d) {
  return d.message.find("ids not in the curriculum") != std::string::npos;
}

// All the entries written back as one journal read back as the same list,
// in the same order, with no warning but the one the first reading gave
// too: the summary of entries on ids the curriculum does not have, which
// are kept (SPEC 2).
void check_whole(const tenk::JournalReadResult& read, const tenk::Curriculum* c) {
  const tenk::Journal& entries = read.entries;
  std::string text;
  for (const auto& e : entries) text += tenk::format_entry(e);
  auto again = tenk::parse_journal(text, "again", c);
  bool had_unknown = false;
  for (const auto& d : read.diagnostics.items()) had_unknown = had_unknown || about_unknown_ids(d);
  for (const auto& d : again.diagnostics.items())
    if (!had_unknown || !about_unknown_ids(d) || again.diagnostics.items().size() != 1) fail(d.message.c_str(), text);
  if (again.entries.size() != entries.size()) fail("not as many entries", text);
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (!same(again.entries[i], entries[i])) fail("fields differ", tenk::format_entry(entries[i]));
    if (again.entries[i].line != static_cast<int>(i) + 1) fail("wrong line number", tenk::format_entry(entries[i]));
  }
}

// The same bytes as a file (in memory, no disk) through read_journal.
void check_file_reader(std::string_view text, const tenk::JournalReadResult& expected, const tenk::Curriculum* c) {
  const int fd = ::memfd_create("fuzz-journal", MFD_CLOEXEC);
  if (fd < 0) std::abort();
  for (std::size_t done = 0; done < text.size();) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n <= 0) std::abort();
    done += static_cast<std::size_t>(n);
  }
  const auto read = tenk::read_journal("/proc/self/fd/" + std::to_string(fd), c);
  ::close(fd);
  const auto& want = expected.diagnostics.items();
  const auto& got = read.diagnostics.items();
  if (read.entries.size() != expected.entries.size()) fail("read_journal: not as many entries", std::string(text));
  for (std::size_t i = 0; i < read.entries.size(); ++i)
    if (!same(read.entries[i], expected.entries[i]) || read.entries[i].line != expected.entries[i].line)
      fail("read_journal: entries differ", tenk::format_entry(read.entries[i]));
  if (got.size() != want.size() || read.warnings_not_kept != expected.warnings_not_kept)
    fail("read_journal: not as many warnings", std::string(text));
  for (std::size_t i = 0; i < got.size(); ++i)
    if (!(got[i].pos == want[i].pos) || got[i].message != want[i].message)
      fail(("read_journal: warnings differ: " + got[i].message + " / " + want[i].message).c_str(), std::string(text));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  for (const tenk::Curriculum* c : {static_cast<const tenk::Curriculum*>(nullptr), &known_curriculum()}) {
    auto read = tenk::parse_journal(text, "fuzz.log.yaml", c);
    if (read.diagnostics.items().size() > tenk::kMaxDiagnostics) std::abort();
    for (const auto& d : read.diagnostics.items()) (void)tenk::format_diagnostic(d);
    for (const auto& e : read.entries) check_round_trip(e);
    check_whole(read, c);
    // A LineReader sets up a buffer of kMaxJournalLine bytes, which costs
    // far more than reading a small input: one input in eight is enough
    // for what a small input can show (line ends, a missing last newline).
    if (size % 8 == 0) check_file_reader(text, read, c);
  }
  return 0;
}
