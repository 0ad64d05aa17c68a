// libFuzzer: any bytes as a journal. The reader never throws or crashes;
// every entry it reads, written back by format_entry, reads back equal
// (write -> re-read round trip), with and without a curriculum to check
// names against.

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

void check_round_trip(const tenk::JournalEntry& e) {
  const std::string line = tenk::format_entry(e);
  if (line.empty() || line.back() != '\n' || line.find('\n') != line.size() - 1) fail("not one line", line);
  auto again = tenk::parse_journal(line, "again");
  if (!again.diagnostics.items().empty()) fail(again.diagnostics.items()[0].message.c_str(), line);
  if (again.entries.size() != 1) fail("not one entry", line);
  const auto& r = again.entries[0];
  if (r.date != e.date || r.id != e.id || r.hours != e.hours || r.left != e.left || r.done != e.done ||
      r.note != e.note || r.choice != e.choice || r.pick != e.pick)
    fail("fields differ", line);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  for (const tenk::Curriculum* c : {static_cast<const tenk::Curriculum*>(nullptr), &known_curriculum()}) {
    auto read = tenk::parse_journal(text, "fuzz.log.yaml", c);
    if (read.diagnostics.items().size() > tenk::kMaxDiagnostics) std::abort();
    for (const auto& d : read.diagnostics.items()) (void)tenk::format_diagnostic(d);
    for (const auto& e : read.entries) check_round_trip(e);
  }
  return 0;
}
