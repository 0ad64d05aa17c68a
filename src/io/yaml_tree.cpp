#include "io/yaml_tree.h"

#include <algorithm>
#include <atomic>
#include <istream>
#include <stdexcept>
#include <streambuf>
#include <thread>
#include <unordered_map>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include "core/duration.h"
#include "core/suggest.h"
#include "core/validate.h"
#include "io/yaml_prescan.h"

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
  /// For one piece of a cut text (see parse_pieces): lines count from
  /// `first_line` and the node budget is shared with the other pieces.
  TreeBuilder(const YamlLimits& limits, int first_line, std::atomic<std::size_t>* shared)
      : limits_(limits), first_line_(first_line), shared_(shared) {}

  /// Adds this piece's last uncounted nodes to the shared budget.
  void finish() { flush(); }

  std::optional<YamlNode> root;

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t) override {
    YamlNode n;
    n.pos = at(mark);
    // For `key:` with nothing after it yaml-cpp marks the next token, often
    // on the following line; the key is where the user looks.
    if (!stack_.empty() && stack_.back().node.is_map() && (pending_.size() - stack_.back().first) % 2 == 1)
      n.pos = pending_.back().pos;
    add(std::move(n));
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    // Expanding `*x` is how a few lines become gigabytes (billion laughs);
    // a curriculum never needs it.
    throw StopParse{at(mark), "aliases are not supported"};
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                const std::string& value) override {
    YamlNode n;
    n.pos = at(mark);
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
  SourcePos at(const YAML::Mark& mark) const {
    SourcePos p = pos_of(mark);
    if (p.line > 0) p.line += first_line_;
    return p;
  }

  void count(const SourcePos& pos) {
    if (++nodes_ > limits_.max_nodes)
      throw StopParse{pos, "document too large (more than " + std::to_string(limits_.max_nodes) + " nodes)"};
    // Pieces parsed side by side share one budget, settled every few
    // thousand nodes so the threads do not fight over one counter.
    if (shared_ && nodes_ - flushed_ >= 4096) flush();
  }

  void flush() {
    if (!shared_) return;
    std::size_t total = shared_->fetch_add(nodes_ - flushed_, std::memory_order_relaxed) + (nodes_ - flushed_);
    flushed_ = nodes_;
    if (total > limits_.max_nodes) throw StopParse{{}, "document too large"};
  }

  void add(YamlNode n) {
    count(n.pos);
    if (stack_.empty()) root = std::move(n);
    else pending_.push_back(std::move(n));
  }

  void open(YamlNode::Type type, const YAML::Mark& mark) {
    if (stack_.size() >= static_cast<std::size_t>(limits_.max_depth))
      throw StopParse{at(mark), "nesting deeper than " + std::to_string(limits_.max_depth) + " levels"};
    YamlNode n;
    n.type = type;
    n.pos = at(mark);
    count(n.pos);
    stack_.push_back({std::move(n), pending_.size()});
  }

  void close() {
    YamlNode n = std::move(stack_.back().node);
    std::size_t first = stack_.back().first;
    stack_.pop_back();
    // One allocation of the exact size, rather than growing by doubling and
    // trimming (five allocations and a copy for a four-key mapping).
    n.children.reserve(pending_.size() - first);
    std::move(pending_.begin() + static_cast<std::ptrdiff_t>(first), pending_.end(), std::back_inserter(n.children));
    pending_.erase(pending_.begin() + static_cast<std::ptrdiff_t>(first), pending_.end());
    --nodes_;  // counted once in open(), not again in add()
    add(std::move(n));
  }

  const YamlLimits& limits_;
  int first_line_ = 0;
  std::atomic<std::size_t>* shared_ = nullptr;
  // An open container and where its children start in `pending_`, which
  // holds the children of all open containers, innermost last.
  struct Open {
    YamlNode node;
    std::size_t first;
  };
  std::vector<Open> stack_;
  std::vector<YamlNode> pending_;
  std::size_t nodes_ = 0, flushed_ = 0;
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

// --- parsing a big document on several threads -------------------------
//
// yaml-cpp's scanner costs ~1,800 instructions a byte and is 90% of loading
// a curriculum, and it has one thread. A big curriculum is mostly its
// `resources:` list, whose entries do not depend on one another, so
// split_yaml_items cuts the text at entry lines ("  - id: ...") and each
// piece goes to its own yaml-cpp parser; the trees are then spliced:
//
//   title: T            head:  title: T          -> {title: T, resources: ~}
//   resources:                 resources:
//     - id: a           piece: - id: a           -> [{id: a}]
//     - id: b           piece: - id: b           -> [{id: b}]
//   choices: []         tail:  choices: []       -> {choices: []}
//
// Every piece starts at a line start in block context, so yaml-cpp sees
// the same tokens (columns unchanged, lines shifted back). When a cut lands
// somewhere the line scan misjudged (inside a quoted scalar or a flow list),
// the piece before it is unterminated and yaml-cpp says so. Any failure at
// all, or any surprise in the shapes below, means the whole text is parsed
// again the ordinary way, so every message and position is yaml-cpp's own.

// The tree of one piece, or nullopt on any error (never throws).
std::optional<YamlNode> parse_piece(std::string_view text, const TextPiece& piece, const YamlLimits& limits,
                                    std::atomic<std::size_t>& nodes) noexcept {
  try {
    ViewBuf buf(text.substr(piece.begin, piece.end - piece.begin));
    std::istream in(&buf);
    TreeBuilder builder(limits, piece.first_line, &nodes);
    YAML::Parser parser(in);
    parser.HandleNextDocument(builder);
    SecondDocument second;
    parser.HandleNextDocument(second);
    builder.finish();
    return std::move(builder.root);
  } catch (...) {
    return std::nullopt;
  }
}

std::optional<YamlNode> parse_pieces(std::string_view text, const YamlSplit& split, const YamlLimits& limits) {
  std::atomic<std::size_t> nodes{0};
  const std::size_t n = split.items.size();
  // Inside the resources list a node is two levels deeper than in its piece.
  YamlLimits item_limits = limits;
  item_limits.max_depth = limits.max_depth - 1;
  std::vector<std::optional<YamlNode>> items(n);
  std::vector<std::thread> workers;
  workers.reserve(n - 1);
  for (std::size_t i = 1; i < n; ++i) {
    auto job = [&, i] { items[i] = parse_piece(text, split.items[i], item_limits, nodes); };
    try {
      workers.emplace_back(job);
    } catch (...) {  // no thread to be had: parse it here
      job();
    }
  }
  std::optional<YamlNode> head = parse_piece(text, split.head, limits, nodes);
  items[0] = parse_piece(text, split.items[0], item_limits, nodes);
  std::optional<YamlNode> tail;
  if (split.tail.begin < split.tail.end) tail = parse_piece(text, split.tail, limits, nodes);
  for (auto& w : workers) w.join();

  // The shapes the whole text would have given: a top mapping at column 1
  // whose last key is a plain `resources` with nothing after it yet, lists
  // starting at each cut, and a tail that goes on with the top mapping.
  if (!head || !head->is_map() || head->pos.col != 1 || head->children.empty()) return std::nullopt;
  const YamlNode& key = head->children[head->children.size() - 2];
  if (!key.is_scalar() || key.quoted || key.value != "resources" || key.pos.col != 1 ||
      !head->children.back().is_null())
    return std::nullopt;
  std::size_t total = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const auto& item = items[i];
    if (!item || !item->is_sequence() || item->pos.line != split.items[i].first_line + 1 ||
        item->pos.col != split.indent + 1)
      return std::nullopt;
    total += item->children.size();
  }
  if (split.tail.begin < split.tail.end && (!tail || !tail->is_map() || tail->pos.col != 1)) return std::nullopt;
  // Pieces count a root each; spliced, n lists become one and the tail's
  // mapping joins the head's.
  std::size_t whole = nodes.load() - (n - 1) - (tail ? 1 : 0);
  if (whole > limits.max_nodes) return std::nullopt;

  YamlNode root = std::move(*head);
  YamlNode& list = root.children.back();
  list.type = YamlNode::Type::Sequence;
  list.pos = items[0]->pos;
  list.children.reserve(total);
  for (auto& item : items)
    std::move(item->children.begin(), item->children.end(), std::back_inserter(list.children));
  if (tail) {
    root.children.reserve(root.children.size() + tail->children.size());
    std::move(tail->children.begin(), tail->children.end(), std::back_inserter(root.children));
  }
  return root;
}

// Pieces of the resources list below this size are not worth a thread.
constexpr std::size_t kMinSplitBytes = 32 * 1024;

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
  if (auto deep = find_too_deep_flow(text, limits.max_depth)) {
    diags.error(*deep, "nesting deeper than " + std::to_string(limits.max_depth) + " levels");
    return std::nullopt;
  }
  std::size_t threads = limits.threads ? limits.threads : std::max(1U, std::thread::hardware_concurrency());
  if (threads > 1)
    if (auto split = split_yaml_items(text, std::min<std::size_t>(threads, 8), kMinSplitBytes))
      if (auto root = parse_pieces(text, *split, limits)) return root;
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
    : map_(&map), known_(&known) {
  if (known.size() > kMaxKnown) throw std::invalid_argument("MapFields: too many known keys");
  index_.fill(std::string::npos);
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
