#include "io/yaml_prescan.h"

namespace tenk {
namespace {

// yaml-cpp's scanner holds every token of a flow collection back until it
// knows whether a simple key starts there, so 1 MB of `{` costs seconds and
// a quarter of a gigabyte before the first event reaches TreeBuilder. This
// pass finds flow nesting beyond the limit first, in one cheap linear scan.
// It tracks just enough YAML to find where flow collections start: comments,
// quoted scalars and block scalars (`|`, `>`) are skipped, and in block
// context a `[` or `{` opens a collection only where a node starts (line
// start, or after `- `, `: `, `? `); elsewhere it is plain text.
class FlowDepthScan {
 public:
  FlowDepthScan(std::string_view text, int max_depth) : t_(text), max_depth_(max_depth) {}

  /// Where the first too-deep `[` or `{` is, if any.
  std::optional<SourcePos> run() {
    while (i_ < t_.size()) {
      char c = t_[i_];
      if (c == '\n') {
        new_line();
        continue;
      }
      if (c == '#' && (i_ == line_start_ || is_space(t_[i_ - 1]))) {
        skip_to_eol();
        continue;
      }
      if (depth_ > 0 ? in_flow(c) : in_block(c)) return pos();
    }
    return std::nullopt;
  }

 private:
  static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r'; }

  // True when `c` opens one level too many.
  bool open() {
    ++depth_;
    node_start_ = true;
    if (depth_ > max_depth_) return true;
    ++i_;
    return false;
  }

  bool in_flow(char c) {
    if (c == '[' || c == '{') return open();
    if (c == ']' || c == '}') {
      --depth_;
      node_start_ = false;
    } else if ((c == '"' || c == '\'') && node_start_) {
      skip_quoted(c);
      return false;
    } else if (c == ',' || c == ':' || c == '?') {
      node_start_ = true;
    } else if (!is_space(c)) {
      node_start_ = false;
    }
    ++i_;
    return false;
  }

  bool in_block(char c) {
    if (is_space(c)) {
      ++i_;
      return false;
    }
    if (node_start_) {
      if (c == '[' || c == '{') return open();
      if (c == '"' || c == '\'') {
        skip_quoted(c);
        return false;
      }
      if (c == '|' || c == '>') {
        block_scalar_indent_ = indent_;
        skip_to_eol();
        return false;
      }
    }
    // `- `, `: `, `? ` (or at the end of the line) start a node next.
    bool indicator = (c == '-' || c == ':' || c == '?') &&
                     (i_ + 1 >= t_.size() || is_space(t_[i_ + 1]) || t_[i_ + 1] == '\n');
    node_start_ = indicator;
    ++i_;
    return false;
  }

  void new_line() {
    ++i_;
    ++line_;
    line_start_ = i_;
    indent_ = 0;
    while (i_ < t_.size() && t_[i_] == ' ') ++i_, ++indent_;
    if (depth_ == 0) node_start_ = true;
    // Lines of a block scalar are text, whatever brackets they hold: the
    // scalar goes on while lines are blank or indented deeper than its key.
    if (block_scalar_indent_ >= 0) {
      bool blank = i_ >= t_.size() || t_[i_] == '\n' || t_[i_] == '\r';
      if (blank || indent_ > block_scalar_indent_) skip_to_eol();
      else block_scalar_indent_ = -1;
    }
  }

  void skip_to_eol() {
    while (i_ < t_.size() && t_[i_] != '\n') ++i_;
  }

  // From an opening quote to just past its closing one ('' and \" escape).
  void skip_quoted(char q) {
    ++i_;
    while (i_ < t_.size()) {
      char c = t_[i_];
      if (c == '\n') {
        ++line_;
        line_start_ = i_ + 1;
      } else if (q == '"' && c == '\\') {
        ++i_;
        if (i_ < t_.size() && t_[i_] == '\n') {
          ++line_;
          line_start_ = i_ + 1;
        }
      } else if (c == q) {
        if (q == '\'' && i_ + 1 < t_.size() && t_[i_ + 1] == '\'') ++i_;
        else break;
      }
      ++i_;
    }
    ++i_;
    node_start_ = false;
  }

  SourcePos pos() const { return {line_, static_cast<int>(i_ - line_start_) + 1}; }

  std::string_view t_;
  int max_depth_;
  std::size_t i_ = 0, line_start_ = 0;
  int line_ = 1, depth_ = 0, indent_ = 0, block_scalar_indent_ = -1;
  bool node_start_ = true;
};

// One line of the text: where it starts and ends (without the '\n'), how
// many spaces lead it, and whether it is only spaces or a comment.
struct Line {
  std::size_t begin, end;
  std::size_t indent;
  bool blank;  ///< empty, spaces only, or a comment after spaces
};

Line line_at(std::string_view t, std::size_t begin) {
  std::size_t end = t.find('\n', begin);
  if (end == std::string_view::npos) end = t.size();
  std::size_t i = begin;
  while (i < end && t[i] == ' ') ++i;
  bool blank = i == end || t[i] == '#' || (t[i] == '\r' && i + 1 == end);
  return {begin, end, i - begin, blank};
}

// `---`, `...` (document markers) and `%` (directives) change how the
// whole document reads; texts with them are never cut.
bool is_marker(std::string_view t, const Line& l) {
  std::string_view s = t.substr(l.begin, l.end - l.begin);
  return s.starts_with("---") || s.starts_with("...") || s.starts_with('%');
}

// "resources:" at column 1, maybe followed by spaces or a '\r'.
bool is_resources_key(std::string_view t, const Line& l) {
  std::string_view s = t.substr(l.begin, l.end - l.begin);
  if (!s.starts_with("resources:")) return false;
  s.remove_prefix(10);
  return s.find_first_not_of(" \r") == std::string_view::npos;
}

// `indent` spaces, then '-' and a space or the end of the line.
bool is_entry(std::string_view t, const Line& l, std::size_t indent) {
  if (l.blank || l.indent != indent) return false;
  std::size_t i = l.begin + indent;
  if (t[i] != '-') return false;
  return i + 1 == l.end || t[i + 1] == ' ' || t[i + 1] == '\r';
}

}  // namespace

std::optional<SourcePos> find_too_deep_flow(std::string_view text, int max_depth) {
  return FlowDepthScan(text, max_depth).run();
}

std::optional<YamlSplit> split_yaml_items(std::string_view t, std::size_t parts, std::size_t min_bytes) {
  enum class Phase { Key, FirstEntry, Entries, Tail } phase = Phase::Key;
  YamlSplit split;
  std::vector<TextPiece> entries;  // every entry start (end unused)
  std::size_t indent = 0;
  int line_no = 0;
  for (std::size_t pos = 0; pos < t.size(); ++line_no) {
    Line l = line_at(t, pos);
    pos = l.end + 1;
    if (is_marker(t, l)) return std::nullopt;
    switch (phase) {
      case Phase::Key:
        if (is_resources_key(t, l)) phase = Phase::FirstEntry;
        break;
      case Phase::FirstEntry:
        if (l.blank) break;
        // An indentless sequence (entries at column 1) ends differently
        // from an indented one; not worth the risk.
        if (l.indent == 0 || !is_entry(t, l, l.indent)) return std::nullopt;
        indent = l.indent;
        split.head = {0, l.begin, 0};
        entries.push_back({l.begin, 0, line_no});
        phase = Phase::Entries;
        break;
      case Phase::Entries:
        if (l.blank || l.indent > indent) break;
        if (is_entry(t, l, indent)) {
          entries.push_back({l.begin, 0, line_no});
          break;
        }
        // The rest must go on with the top-level mapping at column 1.
        if (l.indent != 0 || t[l.begin] == '-') return std::nullopt;
        split.tail = {l.begin, t.size(), line_no};
        phase = Phase::Tail;
        break;
      case Phase::Tail:
        break;
    }
  }
  if (phase != Phase::Entries && phase != Phase::Tail) return std::nullopt;
  std::size_t items_end = phase == Phase::Tail ? split.tail.begin : t.size();
  if (phase == Phase::Entries) split.tail = {t.size(), t.size(), line_no};
  std::size_t items_begin = entries.front().begin;
  std::size_t bytes = items_end - items_begin;
  if (parts < 2 || bytes < min_bytes) return std::nullopt;
  // Cut at the first entry at or after each k/parts of the items' bytes.
  split.items.push_back(entries.front());
  for (const auto& e : entries) {
    std::size_t k = split.items.size();
    if (k == parts) break;
    if (e.begin - items_begin >= bytes / parts * k) {
      split.items.back().end = e.begin;
      split.items.push_back(e);
    }
  }
  split.items.back().end = items_end;
  split.indent = static_cast<int>(indent);
  if (split.items.size() < 2) return std::nullopt;
  return split;
}

}  // namespace tenk
