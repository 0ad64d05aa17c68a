#include "yaml/tree_builder.h"

#include <iterator>

namespace tenk {
namespace {

// YAML 1.2 core schema nulls (plain scalars only).
bool is_null_word(std::string_view v) {
  return v.empty() || v == "~" || v == "null" || v == "Null" || v == "NULL";
}

}  // namespace

void TreeBuilder::scalar(SourcePos pos, std::string_view value, bool plain) {
  if (plain && is_null_word(value)) {
    null(pos);
    return;
  }
  YamlNode n;
  n.type = YamlNode::Type::Scalar;
  n.quoted = !plain;
  n.pos = pos;
  n.value.assign(value);
  add(std::move(n));
}

void TreeBuilder::null(SourcePos pos) {
  YamlNode n;
  n.pos = pos;
  // For `key:` with nothing after it parsers mark the next token, often on
  // the following line; the key is where the user looks.
  if (!stack_.empty() && stack_.back().node.is_map() && (pending_.size() - stack_.back().first) % 2 == 1)
    n.pos = pending_.back().pos;
  add(std::move(n));
}

void TreeBuilder::alias(SourcePos pos) { throw StopParse{pos, "aliases are not supported"}; }

void TreeBuilder::open(YamlNode::Type type, SourcePos pos) {
  if (stack_.size() >= static_cast<std::size_t>(limits_.max_depth))
    throw StopParse{pos, "nesting deeper than " + std::to_string(limits_.max_depth) + " levels"};
  YamlNode n;
  n.type = type;
  n.pos = pos;
  count(n.pos);
  stack_.push_back({std::move(n), pending_.size()});
}

void TreeBuilder::close() {
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

void TreeBuilder::count(const SourcePos& pos) {
  if (++nodes_ > limits_.max_nodes)
    throw StopParse{pos, "document too large (more than " + std::to_string(limits_.max_nodes) + " nodes)"};
}

void TreeBuilder::add(YamlNode n) {
  count(n.pos);
  if (stack_.empty()) root_ = std::move(n);
  else pending_.push_back(std::move(n));
}

}  // namespace tenk
