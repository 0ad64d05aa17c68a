#pragma once
// Outside values echoed in messages: an id given on the command line or a
// field of a journal line can be megabytes, and a message needs only enough
// of it to be recognised. (Making them safe for a terminal is the printers'
// job: cli/text.h printable.)

#include <cstddef>
#include <string>
#include <string_view>

namespace tenk {

/// How many code points of a value a message quotes.
constexpr std::size_t kMaxQuoted = 80;

/// `text` cut to its first `max_chars` code points, ending in "…" when cut
/// (so at most `max_chars` + 1 in all). Never splits a UTF-8 sequence; a
/// byte that is not UTF-8 counts as one. Reads no further than it keeps.
std::string shorten(std::string_view text, std::size_t max_chars);

/// `value` in single quotes, shortened to kMaxQuoted code points.
/// Example: in_quotes("linalg") == "'linalg'".
std::string in_quotes(std::string_view value);

}  // namespace tenk
