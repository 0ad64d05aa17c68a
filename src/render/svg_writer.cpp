#include "render/svg_writer.h"

#include <array>
#include <cstdint>

#include "core/duration.h"
#include "core/utf8.h"
#include "render/palette.h"

namespace tenk {
namespace {

/// XML 1.0 Char production: what may appear in a document at all.
bool xml_allowed(unsigned cp) {
  if (cp < 0x20) return cp == '\t' || cp == '\n' || cp == '\r';
  return cp != 0xFFFE && cp != 0xFFFF;
}

/// Walks `text` code point by code point, calling emit(cp, bytes) for valid
/// allowed ones and emit(0xFFFD, replacement) otherwise.
template <typename Emit>
void for_each_char(std::string_view text, Emit emit) {
  for (std::size_t i = 0; i < text.size();) {
    unsigned cp = 0;
    std::size_t len = utf8_at(text, i, cp);
    if (len == 0) {
      emit(0xFFFD, kReplacementChar);
      i += 1;
    } else {
      if (xml_allowed(cp)) emit(cp, text.substr(i, len));
      else emit(0xFFFD, kReplacementChar);
      i += len;
    }
  }
}

// The bytes of the character at text[i]; a byte that is not UTF-8 counts
// as one character (it is drawn as U+FFFD).
std::size_t char_bytes(std::string_view text, std::size_t i) {
  unsigned cp = 0;
  std::size_t n = utf8_at(text, i, cp);
  return n == 0 ? 1 : n;
}

bool starts_with_nocase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

}  // namespace

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for_each_char(text, [&](unsigned cp, std::string_view bytes) {
    switch (cp) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += bytes;
    }
  });
  return out;
}

std::string xml_clean(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for_each_char(text, [&](unsigned, std::string_view bytes) { out += bytes; });
  return out;
}

std::string safe_url(std::string_view url) {
  // Only the scheme decides: "javascript:", "data:", "file:" and relative
  // URLs are all refused. A host must follow "//" so "http:foo" is refused too.
  std::size_t scheme_len = 0;
  if (starts_with_nocase(url, "https://")) scheme_len = 8;
  else if (starts_with_nocase(url, "http://")) scheme_len = 7;
  else return "";
  if (url.size() == scheme_len) return "";

  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(url.size() + 16);
  for (char ch : url) {
    auto c = static_cast<unsigned char>(ch);
    // Graphviz 2.42 writes href values unescaped, and the same string lands
    // in our own SVG attributes: anything that could end the attribute,
    // open markup or start a Graphviz escape (\N) is percent-encoded.
    bool encode = c <= 0x20 || c == 0x7F || c == '"' || c == '<' || c == '>' || c == '\'' ||
                  c == '\\' || c == '`' || c == '{' || c == '}' || c == '|' || c == '^';
    if (c == '&') {
      out += "&amp;";
    } else if (encode) {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    } else {
      out += ch;
    }
  }
  // Non-ASCII bytes are kept (IRIs are fine in SVG) but must be valid UTF-8.
  return xml_clean(out);
}

std::string svg_start(double width, double height, int font_size, const char* ink, const std::string& escaped_title) {
  const std::string w = num(width), h = num(height);
  std::string s = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  s += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + w + "\" height=\"" + h + "\" viewBox=\"0 0 " + w + " " + h +
       "\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"" + std::to_string(font_size) + "\" fill=\"" + ink +
       "\">\n";
  s += "<title>" + escaped_title + "</title>\n";
  s += std::string("<rect width=\"100%\" height=\"100%\" fill=\"") + colour::kPaper + "\"/>\n";
  return s;
}

std::string num(double v) { return format_decimal(v); }

std::size_t utf8_length(std::string_view text) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size(); i += char_bytes(text, i)) ++n;
  return n;
}

std::size_t utf8_prefix_bytes(std::string_view text, std::size_t max_chars) {
  std::size_t i = 0;
  for (std::size_t n = 0; i < text.size() && n < max_chars; ++n) i += char_bytes(text, i);
  return i;
}

std::string truncate_text(std::string_view text, std::size_t max_chars) {
  if (utf8_prefix_bytes(text, max_chars) == text.size()) return std::string(text);
  if (max_chars == 0) return "";
  std::string out(text.substr(0, utf8_prefix_bytes(text, max_chars - 1)));
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out + "\xE2\x80\xA6";  // …
}

std::string tooltip_text(std::string_view text) { return truncate_text(text, kMaxTooltipChars); }

}  // namespace tenk
