#include "io/yaml_libyaml.h"

#include <cstring>
#include <vector>

#include <yaml.h>

#include "io/yaml_tree_builder.h"

// Every "give up" below is a place where libyaml 0.2.5 and yaml-cpp 0.7 were
// seen to read the same text differently (tests/loader/test_yaml_parsers.cpp
// and a structure-aware fuzz of millions of documents found them). Giving up
// costs only time: yaml-cpp then reads the text as it always did.

namespace tenk {
namespace {

// --- whole-text checks, before parsing ------------------------------------

bool next_bytes_are(const char* q, const char* end, std::string_view bytes) {
  return static_cast<std::size_t>(end - q) >= bytes.size() && std::memcmp(q, bytes.data(), bytes.size()) == 0;
}

// Whether `bytes` occurs in `t` (memchr finds the candidates fast).
bool contains(std::string_view t, std::string_view bytes) {
  const char* end = t.data() + t.size();
  for (const char* q = t.data(); (q = static_cast<const char*>(std::memchr(q, bytes[0], end - q))); ++q)
    if (next_bytes_are(q, end, bytes)) return true;
  return false;
}

// libyaml reads YAML 1.1, where NEL, LS and PS end a line; yaml-cpp reads
// 1.2, where they are ordinary characters, and the two count a lone CR
// differently.
bool has_odd_line_break(std::string_view t) {
  const char* end = t.data() + t.size();
  for (const char* q = t.data(); (q = static_cast<const char*>(std::memchr(q, '\r', end - q))); ++q)
    if (!next_bytes_are(q + 1, end, "\n")) return true;
  return contains(t, "\xC2\x85") || contains(t, "\xE2\x80\xA8") || contains(t, "\xE2\x80\xA9");
}

// An explicit key (`? key` then `: value`) is read differently by the two
// (yaml-cpp 0.7 even refuses a lone `?`), and no curriculum needs one. A
// `?` and a space where a node may start counts; a `?` inside a title
// ("What is a tensor? A ...") does not.
bool has_explicit_key(std::string_view t) {
  for (std::size_t i = t.find('?'); i != std::string_view::npos; i = t.find('?', i + 1)) {
    bool then_space = i + 1 == t.size() || std::string_view(" \t\r\n").find(t[i + 1]) != std::string_view::npos;
    if (!then_space) continue;
    std::size_t j = i;
    while (j > 0 && (t[j - 1] == ' ' || t[j - 1] == '\t')) --j;
    if (j == 0 || std::string_view("\n-[{,:?").find(t[j - 1]) != std::string_view::npos) return true;
  }
  return false;
}

// A last line of only blanks with no newline after it: yaml-cpp adds a
// space to a folded `>` scalar that ends there.
bool ends_in_unterminated_blank_line(std::string_view t) {
  std::size_t last = t.find_last_not_of(" \t");
  return last != t.size() - 1 && (last == std::string_view::npos || t[last] == '\n');
}

bool reads_alike(std::string_view t) {
  // A byte-order mark after the first (which parse_yaml strips) is
  // whitespace to libyaml and text to yaml-cpp.
  return !has_odd_line_break(t) && !contains(t, "\xEF\xBB\xBF") && !has_explicit_key(t) &&
         !ends_in_unterminated_blank_line(t);
}

// --- positions ------------------------------------------------------------

// libyaml counts columns in characters; tenk (like yaml-cpp) in bytes.
// Marks arrive in text order, so a cursor moved forward turns each one into
// a byte column in amortised constant time, even on a single line a
// megabyte long. Only the cursor's line start is kept (a table of every
// line would cost 8 bytes a line on a file of blank lines).
class ByteColumns {
 public:
  explicit ByteColumns(std::string_view text) : t_(text) {}

  SourcePos at(const yaml_mark_t& m) {
    while (m.line < line_) {  // behind the cursor (not seen in practice): back a line
      const void* nl = start_ >= 2 ? memrchr(t_.data(), '\n', start_ - 1) : nullptr;
      start_ = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - t_.data()) + 1 : 0;
      --line_, col_ = 0, off_ = start_;
    }
    if (m.line == line_ && m.column < col_) col_ = 0, off_ = start_;
    while (line_ < m.line) {
      const void* nl = std::memchr(t_.data() + off_, '\n', t_.size() - off_);
      if (!nl) break;  // a mark past the end (libyaml's end-of-stream line)
      start_ = off_ = static_cast<std::size_t>(static_cast<const char*>(nl) - t_.data()) + 1;
      ++line_, col_ = 0;
    }
    for (; col_ < m.column && off_ < t_.size(); ++col_) off_ += utf8_width(static_cast<unsigned char>(t_[off_]));
    return {static_cast<int>(m.line) + 1, static_cast<int>(off_ - start_) + 1};
  }
  /// The byte offset of the last mark given to at().
  std::size_t offset() const { return off_; }

 private:
  // libyaml has checked the text is valid UTF-8 before it marks past it.
  static std::size_t utf8_width(unsigned char lead) { return lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4; }

  std::string_view t_;
  std::size_t line_ = 0, col_ = 0;  ///< the cursor: line and character column
  std::size_t off_ = 0, start_ = 0;  ///< its byte offset, and its line's
};

// --- libyaml, owned -------------------------------------------------------

class Parser {
 public:
  explicit Parser(std::string_view text) {
    ok_ = yaml_parser_initialize(&p_) == 1;
    if (!ok_) return;
    yaml_parser_set_encoding(&p_, YAML_UTF8_ENCODING);  // never guess UTF-16
    yaml_parser_set_input_string(&p_, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  }
  ~Parser() {
    if (ok_) yaml_parser_delete(&p_);
  }
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;

  /// The next event into `e` (which the caller deletes), or false on error.
  bool next(yaml_event_t& e) { return ok_ && yaml_parser_parse(&p_, &e) == 1; }

 private:
  yaml_parser_t p_{};
  bool ok_ = false;
};

// Owns one event for the length of a loop turn.
struct Event {
  yaml_event_t e{};
  ~Event() { yaml_event_delete(&e); }
};

// --- events into the tree ---------------------------------------------------

// Each handler returns false to give up.
class Reader {
 public:
  Reader(std::string_view text, const YamlLimits& limits, ItemSink* sink)
      : text_(text), columns_(text), builder_(limits, sink) {}

  std::optional<YamlNode> run() {
    Parser parser(text_);
    for (;;) {
      Event ev;
      if (!parser.next(ev.e)) return std::nullopt;
      const yaml_event_t& e = ev.e;
      bool go_on = true;
      switch (e.type) {
        case YAML_STREAM_END_EVENT: return finish();
        case YAML_DOCUMENT_START_EVENT: go_on = document(e); break;
        case YAML_SCALAR_EVENT: go_on = scalar(e); break;
        case YAML_SEQUENCE_START_EVENT: go_on = sequence(e); break;
        case YAML_MAPPING_START_EVENT: go_on = mapping(e); break;
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT: go_on = close(e); break;
        case YAML_ALIAS_EVENT: return std::nullopt;  // yaml-cpp words the refusal
        default: break;                              // stream start, document end
      }
      if (!go_on) return std::nullopt;
    }
  }

 private:
  struct Open {
    bool flow;          ///< written in flow style ([ ] or { })
    std::size_t line;   ///< libyaml's line of its start
    std::size_t start;  ///< byte offset of its start
  };

  bool document(const yaml_event_t& e) {
    if (++documents_ > 1) return false;  // a second document: yaml-cpp words the error
    // %YAML and %TAG lines: the two accept different versions.
    const auto& d = e.data.document_start;
    return !d.version_directive && d.tag_directives.start == d.tag_directives.end;
  }

  bool scalar(const yaml_event_t& e) {
    const auto& s = e.data.scalar;
    SourcePos pos = columns_.at(e.start_mark);
    std::size_t at = columns_.offset();
    if (s.anchor || s.tag) return false;  // YAML 1.1 spells their names more narrowly
    std::string_view value(reinterpret_cast<const char*>(s.value), s.length);
    bool plain = s.style == YAML_PLAIN_SCALAR_STYLE;
    // yaml-cpp refuses a `?` in a plain scalar inside [ ] or { }.
    if (in_flow() && plain && value.find('?') != value.npos) return false;
    if (in_flow() && after_question_mark(at)) return false;
    // yaml-cpp folds a quoted scalar over blank lines differently.
    bool quoted = s.style == YAML_SINGLE_QUOTED_SCALAR_STYLE || s.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE;
    if (quoted && e.end_mark.line != e.start_mark.line) return false;
    // yaml-cpp drops the kept trailing lines of a folded `>+` scalar, and
    // libyaml takes a `|` alone on a line where it may not stand.
    bool block = s.style == YAML_FOLDED_SCALAR_STYLE || s.style == YAML_LITERAL_SCALAR_STYLE;
    if (block && (rest_of_line(at).find('+') != std::string_view::npos || starts_line(at))) return false;
    builder_.scalar(pos, value, plain);
    return true;
  }

  bool sequence(const yaml_event_t& e) {
    const auto& s = e.data.sequence_start;
    if (s.anchor || s.tag) return false;
    SourcePos pos = columns_.at(e.start_mark);
    if (in_flow() && after_question_mark(columns_.offset())) return false;
    push({s.style == YAML_FLOW_SEQUENCE_STYLE, e.start_mark.line, columns_.offset()});
    builder_.open(YamlNode::Type::Sequence, pos);
    return true;
  }

  bool mapping(const yaml_event_t& e) {
    const auto& s = e.data.mapping_start;
    if (s.anchor || s.tag) return false;
    SourcePos pos = columns_.at(e.start_mark);
    std::size_t at = columns_.offset();
    // A pair inside [ ] without its own { } (`[a: b]`, `[?a]`): the two
    // disagree on where it starts and what a `?` there means.
    if (in_flow() && (at >= text_.size() || text_[at] != '{')) return false;
    push({s.style == YAML_FLOW_MAPPING_STYLE, e.start_mark.line, at});
    builder_.open(YamlNode::Type::Map, pos);
    return true;
  }

  bool close(const yaml_event_t& e) {
    const Open& o = open_.back();
    if (o.flow) {
      // yaml-cpp stumbles over line breaks inside [ ] and { } that libyaml
      // takes (`{y` then `}` on the next line); curricula keep lists on one line.
      if (e.end_mark.line != o.line) return false;
      // A key in { } may run 1024 characters for libyaml, 1024 bytes for yaml-cpp.
      columns_.at(e.end_mark);
      if (e.type == YAML_MAPPING_END_EVENT && columns_.offset() - o.start > 1000) return false;
    }
    flow_depth_ -= o.flow;
    open_.pop_back();
    builder_.close();
    return true;
  }

  std::optional<YamlNode> finish() {
    // A bare scalar or an empty document is no curriculum, and the two
    // place such a root differently: leave it to yaml-cpp.
    auto& root = builder_.root();
    if (!root || !(root->is_map() || root->is_sequence())) return std::nullopt;
    return std::move(root);
  }

  void push(const Open& o) {
    open_.push_back(o);
    flow_depth_ += o.flow;
  }
  bool in_flow() const { return flow_depth_ > 0; }

  // True when a `?` comes just before `at` on its line (spaces aside): inside
  // [ ] or { } libyaml takes `?x` as an explicit key where yaml-cpp does not.
  bool after_question_mark(std::size_t at) const {
    while (at > 0 && (text_[at - 1] == ' ' || text_[at - 1] == '\t')) --at;
    return at > 0 && text_[at - 1] == '?';
  }

  // True when only spaces come before `at` on its line.
  bool starts_line(std::size_t at) const {
    while (at > 0 && text_[at - 1] == ' ') --at;
    return at == 0 || text_[at - 1] == '\n';
  }

  // From `at` to the end of its line: a block scalar's header.
  std::string_view rest_of_line(std::size_t at) const {
    std::size_t end = text_.find('\n', at);
    return text_.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at);
  }

  std::string_view text_;
  ByteColumns columns_;
  TreeBuilder builder_;
  std::vector<Open> open_;  ///< the open collections, innermost last
  int flow_depth_ = 0;      ///< how many of them are [ ] or { }
  int documents_ = 0;
};

}  // namespace

std::optional<YamlNode> parse_with_libyaml(std::string_view text, const YamlLimits& limits, ItemSink* sink) {
  // Empty text: libyaml asserts on a null input pointer, and there is
  // nothing to be quick about.
  if (text.empty() || !reads_alike(text)) return std::nullopt;
  try {
    return Reader(text, limits, sink).run();
  } catch (const StopParse&) {  // too deep or too big: yaml-cpp words the error
    return std::nullopt;
  }
}

}  // namespace tenk
