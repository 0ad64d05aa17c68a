#include "io/yaml_tree.h"

#include <algorithm>
#include <istream>
#include <streambuf>
#include <unordered_map>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include "core/duration.h"
#include "core/suggest.h"
#include "core/validate.h"

namespace tenk {
namespace {

// Thrown from inside the event handler to stop yaml-cpp at once (an alias, a
// document too deep or too big). yaml-cpp lets exceptions from the handler
// pass through untouched, so the rest of the input is never scanned.
struct StopParse {
  SourcePos pos;
  std::string message;
};

// yaml-cpp reads from a std::istream; this one reads `text` in place instead
// of copying it into a std::istringstream (a 10 MB file stays 10 MB).
class ViewBuf : public std::streambuf {
 public:
  explicit ViewBuf(std::string_view text) {
    char* begin = const_cast<char*>(text.data());  // never written: get area only
    setg(begin, begin, begin + text.size());
  }
};

SourcePos pos_of(const YAML::Mark& m) {
  if (m.is_null() || m.line < 0) return {};
  return {m.line + 1, m.column + 1};
}

// YAML 1.2 core schema nulls. yaml-cpp 0.7 already reports most of them via
// OnNull, but checking here too keeps us right whichever way it goes.
bool is_null_word(const std::string& v) {
  return v.empty() || v == "~" || v == "null" || v == "Null" || v == "NULL";
}

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

// yaml-cpp's messages may quote the offending byte ("unknown escape
// character: \xC3"); raw binary in a message would garble the terminal.
std::string printable(const std::string& msg) {
  std::string out;
  for (unsigned char c : msg) {
    if (c >= 0x20 && c < 0x7f) {
      out += static_cast<char>(c);
    } else {
      static const char* hex = "0123456789ABCDEF";
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

// Builds the tree from parser events. Open containers live on `stack_`; a
// finished container moves into its parent, so the depth of C++ recursion
// never depends on the input (a 100,000-deep `[[[...` cannot overflow us).
class TreeBuilder : public YAML::EventHandler {
 public:
  explicit TreeBuilder(const YamlLimits& limits) : limits_(limits) {}

  std::optional<YamlNode> root;

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t) override {
    YamlNode n;
    n.pos = pos_of(mark);
    // For `key:` with nothing after it yaml-cpp marks the next token, often
    // on the following line; the key is where the user looks.
    if (!stack_.empty() && stack_.back().is_map() && stack_.back().children.size() % 2 == 1)
      n.pos = stack_.back().children.back().pos;
    add(std::move(n));
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    // Expanding `*x` is how a few lines become gigabytes (billion laughs);
    // a curriculum never needs it.
    throw StopParse{pos_of(mark), "aliases are not supported"};
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                const std::string& value) override {
    YamlNode n;
    n.pos = pos_of(mark);
    // yaml-cpp 0.7 tags plain scalars "?" and quoted/block ones "!".
    n.quoted = tag != "?";
    if (!n.quoted && is_null_word(value)) {
      add(std::move(n));
      return;
    }
    n.type = YamlNode::Type::Scalar;
    n.value = value;
    add(std::move(n));
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {
    open(YamlNode::Type::Sequence, mark);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {
    open(YamlNode::Type::Map, mark);
  }
  void OnMapEnd() override { close(); }

 private:
  void count(const SourcePos& pos) {
    if (++nodes_ > limits_.max_nodes)
      throw StopParse{pos, "document too large (more than " + std::to_string(limits_.max_nodes) + " nodes)"};
  }

  void add(YamlNode n) {
    count(n.pos);
    if (stack_.empty()) root = std::move(n);
    else stack_.back().children.push_back(std::move(n));
  }

  void open(YamlNode::Type type, const YAML::Mark& mark) {
    if (stack_.size() >= static_cast<std::size_t>(limits_.max_depth))
      throw StopParse{pos_of(mark), "nesting deeper than " + std::to_string(limits_.max_depth) + " levels"};
    YamlNode n;
    n.type = type;
    n.pos = pos_of(mark);
    count(n.pos);
    stack_.push_back(std::move(n));
  }

  void close() {
    YamlNode n = std::move(stack_.back());
    stack_.pop_back();
    // Vectors grow by doubling; trimming keeps a 100k-resource tree near
    // its real size.
    n.children.shrink_to_fit();
    --nodes_;  // counted once in open(), not again in add()
    add(std::move(n));
  }

  const YamlLimits& limits_;
  std::vector<YamlNode> stack_;
  std::size_t nodes_ = 0;
};

// Any event of a second document: "title: x\n---\nresources: ..." would
// otherwise silently drop everything after the `---`.
class SecondDocument : public YAML::EventHandler {
 public:
  void OnDocumentStart(const YAML::Mark& mark) override { stop(mark); }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t) override { stop(mark); }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override { stop(mark); }
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t, const std::string&) override {
    stop(mark);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {
    stop(mark);
  }
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
    stop(mark);
  }
  void OnMapEnd() override {}

 private:
  [[noreturn]] static void stop(const YAML::Mark& mark) {
    throw StopParse{pos_of(mark), "only one YAML document is allowed (remove the '---' line)"};
  }
};

}  // namespace

const char* YamlNode::type_name() const {
  switch (type) {
    case Type::Null: return "null";
    case Type::Sequence: return "a list";
    case Type::Map: return "a mapping";
    case Type::Scalar: break;
  }
  if (!quoted) {
    if (value == "true" || value == "false" || value == "True" || value == "False") return "a boolean";
    if (parse_hours(value) && value.find_first_of("hm:") == std::string::npos) return "a number";
  }
  return "a string";
}

std::optional<YamlNode> parse_yaml(std::string_view text, Diagnostics& diags, YamlLimits limits) {
  // yaml-cpp would skip a BOM itself, but doing it here keeps columns on
  // the first line counted from the first real character in every version.
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  if (auto deep = FlowDepthScan(text, limits.max_depth).run()) {
    diags.error(*deep, "nesting deeper than " + std::to_string(limits.max_depth) + " levels");
    return std::nullopt;
  }
  ViewBuf buf(text);
  std::istream in(&buf);
  TreeBuilder builder(limits);
  try {
    YAML::Parser parser(in);
    parser.HandleNextDocument(builder);
    if (builder.root) {
      SecondDocument second;
      parser.HandleNextDocument(second);
    }
  } catch (const StopParse& stop) {
    diags.error(stop.pos, stop.message);
    return std::nullopt;
  } catch (const YAML::Exception& e) {
    // ParserException and DeepRecursion: yaml-cpp's own words at its mark.
    diags.error(pos_of(e.mark), printable(e.msg));
    return std::nullopt;
  }
  if (!builder.root) {
    YamlNode empty;
    empty.pos = {1, 1};
    return empty;
  }
  return std::move(builder.root);
}

}  // namespace tenk

namespace tenk {

std::string did_you_mean_word(std::string_view word, const std::vector<std::string>& known) {
  if (auto s = did_you_mean(word, known); !s.empty()) return s;
  // Levenshtein counts "titel" as two edits from "title", too far for a
  // five-letter word; a swapped pair is the commonest typo of all.
  for (const auto& k : known) {
    if (k.size() != word.size()) continue;
    std::size_t first = 0;
    while (first < k.size() && k[first] == word[first]) ++first;
    if (first + 1 < k.size() && k[first] == word[first + 1] && k[first + 1] == word[first] &&
        k.compare(first + 2, std::string::npos, word.substr(first + 2)) == 0)
      return " (did you mean '" + k + "'?)";
  }
  return {};
}

MapFields::MapFields(const YamlNode& map, const std::vector<std::string>& known, std::string_view where,
                     Diagnostics& diags)
    : map_(&map), known_(&known), index_(known.size(), std::string::npos) {
  std::unordered_map<std::string_view, std::size_t> unknown_seen;
  // Keys are still indexed when the diagnostics are full; only the reports stop.
  auto report = [&diags](SourcePos pos, std::string message) {
    if (diags.items().size() <= kMaxDiagnostics) diags.error(pos, std::move(message));
  };
  for (std::size_t i = 0; i < map.map_size(); ++i) {
    const YamlNode& key = map.key(i);
    if (!key.is_scalar()) {
      report(key.pos, std::string("a key must be a plain string, got ") + key.type_name());
      continue;
    }
    auto it = std::find(known.begin(), known.end(), key.value);
    if (it == known.end()) {
      // A hash, not a scan of the earlier keys: a hostile mapping may hold
      // millions of keys. (An empty unordered_map allocates nothing.)
      auto [first, inserted] = unknown_seen.try_emplace(key.value, i);
      if (!inserted)
        report(key.pos, "key '" + key.value + "' given twice (first given at line " +
                            std::to_string(map.key(first->second).pos.line) + ")");
      else
        report(key.pos, "unknown key '" + key.value + "' " + std::string(where) + did_you_mean_word(key.value, known));
      continue;
    }
    std::size_t k = static_cast<std::size_t>(it - known.begin());
    if (index_[k] != std::string::npos) {
      // YAML says keys are unique; yaml-cpp keeps the first silently, which
      // would hide a half-edited entry. First wins here too.
      report(key.pos, "key '" + key.value + "' given twice (first given at line " +
                               std::to_string(map.key(index_[k]).pos.line) + ")");
      continue;
    }
    index_[k] = i;
  }
}

const YamlNode* MapFields::key_node(std::string_view key) const {
  auto it = std::find(known_->begin(), known_->end(), key);
  if (it == known_->end()) return nullptr;
  std::size_t i = index_[static_cast<std::size_t>(it - known_->begin())];
  return i == std::string::npos ? nullptr : &map_->key(i);
}

const YamlNode* MapFields::get(std::string_view key) const {
  const YamlNode* k = key_node(key);
  return k ? k + 1 : nullptr;  // values follow their keys in `children`
}

}  // namespace tenk
