#pragma once
// A streaming JSON writer for documents too big to build as a tree first: a
// 100k-resource plan has ~100k day objects, which nlohmann::json holds in
// ~400 MB. This writes the same pretty layout (2-space indent) straight to a
// stream in constant memory.

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace tenk {

/// Example:
///   JsonWriter w(std::cout);
///   w.begin_object(); w.key("days"); w.begin_array(); w.value(1.5); w.end_array(); w.end_object();
/// writes {"days": [1.5]} laid out like nlohmann::json::dump(2).
class JsonWriter {
 public:
  explicit JsonWriter(std::ostream& out) : out_(out) { buf_.reserve(kFlushAt + 4096); }
  ~JsonWriter() { flush(); }
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  /// The key of the next member; the next call writes its value.
  void key(std::string_view k);
  void value(std::string_view s);
  void value(const char* s) { value(std::string_view(s)); }
  void value(double d);
  void value(long long i);
  void value(int i) { value(static_cast<long long>(i)); }
  void value(bool b);
  void null();
  /// key(k) then value(v).
  template <class T>
  void field(std::string_view k, const T& v) {
    key(k);
    value(v);
  }

  /// `s` as a JSON string literal, quotes included.
  static std::string quote(std::string_view s);
  /// Writes out what is buffered (also done when the document closes).
  void flush();

 private:
  struct Level {
    bool empty = true;
  };
  void before_value();
  void open(char c);
  void close(char c);
  void newline_indent();
  void append_quoted(std::string_view s);

  // Text is gathered in a buffer and written in large pieces: an ostream
  // call per token made the writer a quarter of `plan --json`.
  static constexpr std::size_t kFlushAt = 64 * 1024;
  std::ostream& out_;
  std::string buf_;
  std::vector<Level> levels_;
  bool after_key_ = false;
};

}  // namespace tenk
