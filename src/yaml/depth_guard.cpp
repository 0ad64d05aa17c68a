#include "yaml/depth_guard.h"

namespace tenk {
namespace {

// yaml-cpp's scanner holds every token of a flow collection back until it
// knows whether a simple key starts there, so a long run of `{` costs time
// and memory out of all proportion before the first event reaches
// TreeBuilder's depth check. This pass finds flow nesting beyond the limit first, in one cheap linear scan.
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

}  // namespace

std::optional<SourcePos> find_too_deep_flow(std::string_view text, int max_depth) {
  return FlowDepthScan(text, max_depth).run();
}

}  // namespace tenk
