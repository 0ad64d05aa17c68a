#include "core/quote.h"

#include "core/utf8.h"

namespace tenk {

std::string shorten(std::string_view text, std::size_t max_chars) {
  std::size_t end = 0;
  for (std::size_t n = 0; end < text.size() && n < max_chars; ++n) {
    unsigned cp = 0;
    std::size_t len = utf8_at(text, end, cp);
    end += len == 0 ? 1 : len;
  }
  if (end >= text.size()) return std::string(text);
  std::string out;
  out.reserve(end + 3);
  out.append(text.substr(0, end)).append("\xE2\x80\xA6");  // …
  return out;
}

std::string in_quotes(std::string_view value) {
  // Built by appending: "'" + std::string(...) makes GCC 12 at -O3 warn
  // falsely (-Wrestrict, a known GCC bug).
  std::string q;
  q.reserve(value.size() < kMaxQuoted ? value.size() + 2 : kMaxQuoted * 4 + 5);
  q.append(1, '\'').append(shorten(value, kMaxQuoted)).append(1, '\'');
  return q;
}

}  // namespace tenk
