#pragma once
// Builds a YamlNode tree from parser events. Internal to yaml/parse.cpp.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "yaml/node.h"

namespace tenk {

/// Thrown by TreeBuilder to stop the parser at once: an alias, a document
/// too deep or too big. The rest of the input is never scanned.
struct StopParse {
  SourcePos pos;
  std::string message;
};

/// Events in, tree out. Open containers live on a stack and a finished one
/// moves into its parent, so the C++ call depth never depends on the input
/// (a 100,000-deep `[[[...` cannot overflow us).
class TreeBuilder {
 public:
  explicit TreeBuilder(const YamlLimits& limits) : limits_(limits) {}

  /// A scalar; `plain` when it was neither quoted nor a block scalar.
  /// Plain `~`, `null`, `Null`, `NULL` and "" become Null nodes.
  void scalar(SourcePos pos, std::string_view value, bool plain);
  /// A null the parser resolved itself (yaml-cpp's OnNull).
  void null(SourcePos pos);
  /// Expanding `*x` is how a few lines become gigabytes (billion laughs),
  /// and a curriculum never needs it: always throws StopParse.
  [[noreturn]] void alias(SourcePos pos);
  void open(YamlNode::Type type, SourcePos pos);  ///< Sequence or Map
  void close();

  /// The document's root, once its last event has arrived; nullopt if the
  /// stream held no document.
  std::optional<YamlNode>& root() { return root_; }

 private:
  void count(const SourcePos& pos);
  void add(YamlNode n);

  const YamlLimits& limits_;
  std::optional<YamlNode> root_;
  // An open container and where its children start in `pending_`, which
  // holds the children of all open containers, innermost last.
  struct Open {
    YamlNode node;
    std::size_t first;
  };
  std::vector<Open> stack_;
  std::vector<YamlNode> pending_;
  std::size_t nodes_ = 0;
};

}  // namespace tenk
