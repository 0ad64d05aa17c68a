// Found by tests/fuzz/fuzz_journal: what the reader reads, the writer
// writes back, and the reader reads the same again.

#include <catch2/catch.hpp>

#include "journal/reader.h"
#include "journal/writer.h"

using namespace tenk;

namespace {

// The one entry of `line`, with no warning.
JournalEntry only_entry(const std::string& line) {
  auto r = parse_journal(line + "\n", "j.log.yaml");
  INFO(line);
  CHECK(r.diagnostics.items().empty());
  REQUIRE(r.entries.size() == 1);
  return r.entries[0];
}

}  // namespace

TEST_CASE("journal round trip: bytes that are not UTF-8 read as U+FFFD, as the writer writes them") {
  const std::string fffd = "\xEF\xBF\xBD";
  // A stray byte, a lone continuation byte, an overlong '/', a cut sequence;
  // in a double-quoted, a single-quoted and a plain value, and in an id.
  const std::string lines[] = {
      "- {date: 2026-01-02, id: a, hours: 1, note: \"\xff\xfe\xc0\xaf\"}",
      "- {date: 2026-01-02, id: a, hours: 1, note: 'x\xc3'}",
      "- {date: 2026-01-02, id: a, hours: 1, note: x\x80y}",
      "- {date: 2026-01-02, id: \"a\xff\", hours: 1}",
  };
  const std::string expected[][2] = {
      {"a", fffd + fffd + fffd + fffd}, {"a", "x" + fffd}, {"a", "x" + fffd + "y"}, {"a" + fffd, ""}};
  for (std::size_t i = 0; i < std::size(lines); ++i) {
    const JournalEntry e = only_entry(lines[i]);
    CHECK(e.id == expected[i][0]);
    CHECK(e.note == expected[i][1]);
    const JournalEntry again = only_entry(format_entry(e).substr(0, format_entry(e).size() - 1));
    CHECK(again.id == e.id);
    CHECK(again.note == e.note);
  }
}

TEST_CASE("journal round trip: valid UTF-8 and escapes are read exactly") {
  const JournalEntry e = only_entry("- {date: 2026-01-02, id: a, hours: 1, note: 'caf\xc3\xa9 \xf0\x9f\x98\x80'}");
  CHECK(e.note == "caf\xc3\xa9 \xf0\x9f\x98\x80");
  const JournalEntry again = only_entry(format_entry(e).substr(0, format_entry(e).size() - 1));
  CHECK(again.note == e.note);
}
