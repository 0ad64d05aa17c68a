#include "io/json_writer.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace tenk {

std::string JsonWriter::quote(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  out += '"';
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
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
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += ch;  // UTF-8 passes through as is
        }
    }
  }
  out += '"';
  return out;
}

void JsonWriter::newline_indent() {
  out_ << '\n';
  for (std::size_t i = 0; i < levels_.size(); ++i) out_ << "  ";
}

// Separators and indentation before a value or a key.
void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (levels_.empty()) return;
  if (!levels_.back().empty) out_ << ',';
  levels_.back().empty = false;
  newline_indent();
}

void JsonWriter::open(char c) {
  before_value();
  out_ << c;
  levels_.push_back({});
}

void JsonWriter::close(char c) {
  bool empty = levels_.back().empty;
  levels_.pop_back();
  if (!empty) newline_indent();
  out_ << c;
  if (levels_.empty()) out_ << '\n';
}

void JsonWriter::key(std::string_view k) {
  before_value();
  out_ << quote(k) << ": ";
  after_key_ = true;
}

void JsonWriter::value(std::string_view s) {
  before_value();
  out_ << quote(s);
}

void JsonWriter::value(double d) {
  before_value();
  if (!std::isfinite(d)) {
    out_ << "null";
    return;
  }
  // Shortest round-trip form, with ".0" on whole numbers as nlohmann writes them.
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, d);
  std::string_view text(buf, static_cast<std::size_t>(end - buf));
  out_ << text;
  if (text.find_first_of(".e") == std::string_view::npos) out_ << ".0";
}

void JsonWriter::value(long long i) {
  before_value();
  out_ << i;
}

void JsonWriter::value(bool b) {
  before_value();
  out_ << (b ? "true" : "false");
}

void JsonWriter::null() {
  before_value();
  out_ << "null";
}

}  // namespace tenk
