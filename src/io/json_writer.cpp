#include "io/json_writer.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <sstream>

#include "io/utf8.h"

namespace tenk {

void JsonWriter::append_quoted(std::string_view s) {
  std::string& out = buf_;
  out += '"';
  for (std::size_t i = 0; i < s.size(); ++i) {
    char ch = s[i];
    auto c = static_cast<unsigned char>(ch);
    if (c >= 0x80) {
      // UTF-8 passes through as is; bytes that are not UTF-8 (a Latin-1
      // curriculum read by yaml-cpp) become U+FFFD, as nlohmann's replace.
      unsigned cp = 0;
      std::size_t n = utf8_at(s, i, cp);
      if (n == 0) {
        out += kReplacementChar;
      } else {
        out.append(s.substr(i, n));
        i += n - 1;
      }
      continue;
    }
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (c < 0x20) {
          char hex[8];
          std::snprintf(hex, sizeof hex, "\\u%04x", c);
          out += hex;
        } else {
          out += ch;
        }
    }
  }
  out += '"';
}

std::string JsonWriter::quote(std::string_view s) {
  std::ostringstream sink;
  JsonWriter w(sink);
  w.append_quoted(s);
  w.flush();
  return sink.str();
}

void JsonWriter::flush() {
  out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
  buf_.clear();
}

void JsonWriter::newline_indent() {
  buf_ += '\n';
  buf_.append(2 * levels_.size(), ' ');
}

// Separators and indentation before a value or a key.
void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (levels_.empty()) return;
  if (!levels_.back().empty) buf_ += ',';
  levels_.back().empty = false;
  newline_indent();
}

void JsonWriter::open(char c) {
  before_value();
  buf_ += c;
  levels_.push_back({});
}

void JsonWriter::close(char c) {
  bool empty = levels_.back().empty;
  levels_.pop_back();
  if (!empty) newline_indent();
  buf_ += c;
  if (levels_.empty()) {
    buf_ += '\n';
    flush();
  } else if (buf_.size() >= kFlushAt) {
    flush();
  }
}

void JsonWriter::key(std::string_view k) {
  before_value();
  append_quoted(k);
  buf_ += ": ";
  after_key_ = true;
}

void JsonWriter::value(std::string_view s) {
  before_value();
  append_quoted(s);
}

void JsonWriter::value(double d) {
  before_value();
  if (!std::isfinite(d)) {
    buf_ += "null";
    return;
  }
  // Shortest round-trip form, with ".0" on whole numbers as nlohmann writes them.
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, d);
  std::string_view text(buf, static_cast<std::size_t>(end - buf));
  buf_ += text;
  if (text.find_first_of(".e") == std::string_view::npos) buf_ += ".0";
}

void JsonWriter::value(long long i) {
  before_value();
  buf_ += std::to_string(i);
}

void JsonWriter::value(bool b) {
  before_value();
  buf_ += b ? "true" : "false";
}

void JsonWriter::null() {
  before_value();
  buf_ += "null";
}

}  // namespace tenk
