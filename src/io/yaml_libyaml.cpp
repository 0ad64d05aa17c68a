#include "io/yaml_libyaml.h"

#include <algorithm>
#include <cstring>
#include <vector>

#include <yaml.h>

#include "io/yaml_tree_builder.h"

namespace tenk {
namespace {

// libyaml reads YAML 1.1, where NEL, LS and PS end a line; yaml-cpp reads
// 1.2, where they are ordinary characters, and a lone CR may be counted
// differently. Such texts are rare enough to leave to yaml-cpp.
bool same_line_breaks_in_both(std::string_view t) {
  const char* p = t.data();
  const char* end = p + t.size();
  auto next_byte_is = [end](const char* q, unsigned char b) {
    return q < end && static_cast<unsigned char>(*q) == b;
  };
  for (const char* q = p; (q = static_cast<const char*>(std::memchr(q, '\r', end - q))); ++q)
    if (!next_byte_is(q + 1, '\n')) return false;
  for (const char* q = p; (q = static_cast<const char*>(std::memchr(q, '\xC2', end - q))); ++q)
    if (next_byte_is(q + 1, 0x85)) return false;
  for (const char* q = p; (q = static_cast<const char*>(std::memchr(q, '\xE2', end - q))); ++q)
    if (next_byte_is(q + 1, 0x80) && (next_byte_is(q + 2, 0xA8) || next_byte_is(q + 2, 0xA9))) return false;
  return true;
}

// libyaml counts columns in characters; tenk (like yaml-cpp) in bytes.
// Marks arrive almost always in text order, so a cursor moved forward turns
// each one into a byte column in amortised constant time, even on a single
// line a megabyte long; the starts of the lines passed are kept for the
// rare mark behind the cursor.
// An explicit key (`? key` then `: value`) is read differently by the two
// (yaml-cpp 0.7 even refuses a lone `?`), and no curriculum needs one. A
// `?` and a space where a node may start counts; a `?` inside a title
// ("What is a tensor? A ...") does not.
bool has_explicit_key(std::string_view t) {
  for (std::size_t i = t.find('?'); i != std::string_view::npos; i = t.find('?', i + 1)) {
    bool then_space = i + 1 == t.size() || t[i + 1] == ' ' || t[i + 1] == '\t' || t[i + 1] == '\n' || t[i + 1] == '\r';
    if (!then_space) continue;
    std::size_t j = i;
    while (j > 0 && (t[j - 1] == ' ' || t[j - 1] == '\t')) --j;
    if (j == 0 || std::string_view("\n-[{,:?").find(t[j - 1]) != std::string_view::npos) return true;
  }
  return false;
}

// True when a `?` comes just before `at` on its line (spaces aside): inside
// [ ] or { } libyaml takes `?x` as an explicit key where yaml-cpp does not.
bool after_question_mark(std::string_view t, std::size_t at) {
  while (at > 0 && (t[at - 1] == ' ' || t[at - 1] == '\t')) --at;
  return at > 0 && t[at - 1] == '?';
}

// True when only spaces come before `at` on its line.
bool starts_line(std::string_view t, std::size_t at) {
  while (at > 0 && t[at - 1] == ' ') --at;
  return at == 0 || t[at - 1] == '\n';
}

// The header of the block scalar whose `|` or `>` is at `at`: up to the
// end of its line.
std::string_view block_header(std::string_view t, std::size_t at) {
  std::size_t end = t.find('\n', at);
  return t.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at);
}

class ByteColumns {
 public:
  explicit ByteColumns(std::string_view text) : t_(text), starts_{0} {}

  SourcePos at(const yaml_mark_t& m) {
    if (m.line < line_ || (m.line == line_ && m.column < col_)) {
      line_ = std::min<std::size_t>(m.line, starts_.size() - 1);
      col_ = 0, off_ = starts_[line_];
    }
    while (line_ < m.line) {
      if (line_ + 1 < starts_.size()) {
        off_ = starts_[++line_], col_ = 0;
        continue;
      }
      const void* nl = std::memchr(t_.data() + starts_.back(), '\n', t_.size() - starts_.back());
      if (!nl) break;  // a mark past the end (libyaml's end-of-stream line)
      off_ = static_cast<std::size_t>(static_cast<const char*>(nl) - t_.data()) + 1;
      starts_.push_back(off_);
      ++line_, col_ = 0;
    }
    for (; col_ < m.column && off_ < t_.size(); ++col_) off_ += utf8_width(static_cast<unsigned char>(t_[off_]));
    return {static_cast<int>(m.line) + 1, static_cast<int>(off_ - starts_[line_]) + 1};
  }
  /// The byte offset of the last mark given to at().
  std::size_t offset() const { return off_; }

 private:
  static std::size_t utf8_width(unsigned char lead) {
    return lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  }

  std::string_view t_;
  std::vector<std::size_t> starts_;  ///< byte offset of each line passed so far
  std::size_t line_ = 0, col_ = 0, off_ = 0;
};

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

}  // namespace

std::optional<YamlNode> parse_with_libyaml(std::string_view text, const YamlLimits& limits) {
  if (!same_line_breaks_in_both(text) || has_explicit_key(text)) return std::nullopt;
  Parser parser(text);
  ByteColumns columns(text);
  TreeBuilder builder(limits);
  int documents = 0;
  struct Open {
    bool flow;         // written in flow style ([ ] or { })
    std::size_t line;  // where it starts
  };
  std::vector<Open> flow;  // the open collections, innermost last
  int flow_depth = 0;
  try {
    for (;;) {
      Event ev;
      if (!parser.next(ev.e)) return std::nullopt;
      const yaml_event_t& e = ev.e;
      switch (e.type) {
        case YAML_STREAM_END_EVENT: {
          // A bare scalar or an empty document is no curriculum, and the
          // two place such a root differently: leave it to yaml-cpp.
          auto& root = builder.root();
          if (!root || !(root->is_map() || root->is_sequence())) return std::nullopt;
          return std::move(root);
        }
        case YAML_DOCUMENT_START_EVENT: {
          if (++documents > 1) return std::nullopt;  // yaml-cpp words the error
          // %YAML and %TAG lines: the two accept different versions.
          const auto& d = e.data.document_start;
          if (d.version_directive || d.tag_directives.start != d.tag_directives.end) return std::nullopt;
          break;
        }
        case YAML_SCALAR_EVENT: {
          const auto& s = e.data.scalar;
          std::string_view value(reinterpret_cast<const char*>(s.value), s.length);
          SourcePos pos = columns.at(e.start_mark);
          if (s.anchor || s.tag) return std::nullopt;
          // yaml-cpp refuses a `?` in a plain scalar inside [ ] or { }.
          if (s.style == YAML_PLAIN_SCALAR_STYLE && flow_depth > 0 && value.find('?') != value.npos)
            return std::nullopt;
          if (flow_depth > 0 && after_question_mark(text, columns.offset())) return std::nullopt;
          // yaml-cpp folds a quoted scalar over blank lines differently.
          bool quoted = s.style == YAML_SINGLE_QUOTED_SCALAR_STYLE || s.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE;
          if (quoted && e.end_mark.line != e.start_mark.line) return std::nullopt;
          // yaml-cpp drops the kept trailing lines of a folded `>+` scalar,
          // and libyaml takes a `|` alone on a line where it may not stand.
          if (s.style == YAML_FOLDED_SCALAR_STYLE || s.style == YAML_LITERAL_SCALAR_STYLE)
            if (block_header(text, columns.offset()).find('+') != std::string_view::npos ||
                starts_line(text, columns.offset()))
              return std::nullopt;
          builder.scalar(pos, value, s.style == YAML_PLAIN_SCALAR_STYLE);
          break;
        }
        case YAML_SEQUENCE_START_EVENT: {
          const auto& s = e.data.sequence_start;
          if (s.anchor || s.tag) return std::nullopt;
          flow.push_back({s.style == YAML_FLOW_SEQUENCE_STYLE, e.start_mark.line});
          SourcePos pos = columns.at(e.start_mark);
          if (flow_depth > 0 && after_question_mark(text, columns.offset())) return std::nullopt;
          flow_depth += flow.back().flow;
          builder.open(YamlNode::Type::Sequence, pos);
          break;
        }
        case YAML_MAPPING_START_EVENT: {
          const auto& s = e.data.mapping_start;
          if (s.anchor || s.tag) return std::nullopt;
          // A pair inside [ ] without its own { } (`[a: b]`, `[?a]`): the two
          // disagree on where it starts and what a `?` there means.
          std::size_t at = (columns.at(e.start_mark), columns.offset());
          if (flow_depth > 0 && (at >= text.size() || text[at] != '{')) return std::nullopt;
          flow.push_back({s.style == YAML_FLOW_MAPPING_STYLE, e.start_mark.line});
          flow_depth += flow.back().flow;
          builder.open(YamlNode::Type::Map, columns.at(e.start_mark));
          break;
        }
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT:
          // yaml-cpp stumbles over line breaks inside [ ] and { } that
          // libyaml takes (`{y` then `}` on the next line); curricula keep
          // their lists on one line.
          if (flow.back().flow && e.end_mark.line != flow.back().line) return std::nullopt;
          flow_depth -= flow.back().flow;
          flow.pop_back();
          builder.close();
          break;
        case YAML_ALIAS_EVENT: return std::nullopt;
        default: break;  // stream start, document end, no event
      }
    }
  } catch (const StopParse&) {
    return std::nullopt;
  }
}

}  // namespace tenk
