#pragma once
// UTF-8, one code point at a time: enough for escaping text for YAML, JSON
// and SVG without a library.

#include <cstddef>
#include <string>
#include <string_view>

namespace tenk {

/// The length (1 to 4) of the valid UTF-8 sequence starting at s[i] < s.size(),
/// with its code point in `cp`; 0 when the bytes there are not valid UTF-8 (a stray
/// continuation byte, an overlong form, a surrogate, past U+10FFFF, cut off).
std::size_t utf8_at(std::string_view s, std::size_t i, unsigned& cp);

/// Appends code point `cp` to `out`, UTF-8 encoded (the inverse of utf8_at).
void put_utf8(std::string& out, unsigned cp);

/// Whether `cp` shows as itself wherever text is shown: not a C0 or C1
/// control, not DEL, not a bidirectional embedding, override or isolate
/// (which would reorder what follows). The terminal's printable() and the
/// published post keep such code points, and only those, as they are.
bool printable_as_is(unsigned cp);

/// U+FFFD REPLACEMENT CHARACTER, UTF-8 encoded: what bytes that are not
/// UTF-8 become in tenk's output.
inline constexpr std::string_view kReplacementChar = "\xEF\xBF\xBD";

/// `s` with every byte that does not start a valid UTF-8 sequence replaced
/// by U+FFFD: for formats whose readers stop at bad UTF-8 (CSV, timedot, iCalendar).
std::string valid_utf8(std::string_view s);

}  // namespace tenk
