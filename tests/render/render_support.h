#pragma once
// Helpers shared by the render tests: well-formedness through xmllint,
// XML unescaping, counting.

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <string_view>

#include "core/utf8.h"

namespace tenk::test {

/// Writes `text` to a fresh temp file and returns its path.
inline std::string write_temp(const std::string& text, const std::string& suffix) {
  static int counter = 0;
  std::string path = "/tmp/tenk_render_test_" + std::to_string(::getpid()) + "_" +
                     std::to_string(counter++) + suffix;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

/// True when xmllint --noout accepts the document.
inline bool well_formed(const std::string& xml) {
  std::string path = write_temp(xml, ".svg");
  int rc = std::system(("xmllint --noout --nonet " + path + " 2>/dev/null").c_str());
  std::remove(path.c_str());
  return rc == 0;
}

/// Decodes the five predefined entities and numeric character references.
inline std::string xml_unescape(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out += s[i];
      continue;
    }
    std::size_t semi = s.find(';', i);
    std::string_view ent = s.substr(i + 1, semi - i - 1);
    unsigned long cp = 0;
    if (ent == "amp") cp = '&';
    else if (ent == "lt") cp = '<';
    else if (ent == "gt") cp = '>';
    else if (ent == "quot") cp = '"';
    else if (ent == "apos") cp = '\'';
    else if (ent.size() > 1 && ent[0] == '#' && (ent[1] == 'x' || ent[1] == 'X'))
      cp = std::stoul(std::string(ent.substr(2)), nullptr, 16);
    else if (!ent.empty() && ent[0] == '#')
      cp = std::stoul(std::string(ent.substr(1)));
    put_utf8(out, static_cast<unsigned>(cp));
    i = semi;
  }
  return out;
}

/// How many times `needle` occurs in `hay` (non-overlapping).
inline std::size_t count(std::string_view hay, std::string_view needle) {
  std::size_t n = 0;
  for (std::size_t pos = hay.find(needle); pos != std::string_view::npos;
       pos = hay.find(needle, pos + needle.size()))
    ++n;
  return n;
}

/// The text content of every element named `tag` (<tag ...>CONTENT</tag>),
/// unescaped, concatenated with "\n".
inline std::string texts_of(std::string_view xml, std::string_view tag) {
  std::string out;
  std::string open = "<" + std::string(tag), close = "</" + std::string(tag) + ">";
  for (std::size_t pos = xml.find(open); pos != std::string_view::npos; pos = xml.find(open, pos + 1)) {
    char next = xml[pos + open.size()];
    if (next != ' ' && next != '>') continue;
    std::size_t start = xml.find('>', pos) + 1;
    std::size_t end = xml.find(close, start);
    if (end == std::string_view::npos) break;
    out += xml_unescape(xml.substr(start, end - start));
    out += '\n';
  }
  return out;
}

}  // namespace tenk::test
