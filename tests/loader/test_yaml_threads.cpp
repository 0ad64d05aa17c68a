// The threaded parse of a big `resources:` list must give exactly the tree
// and the messages of the one-thread parse, valid input or not.

#include <catch2/catch.hpp>
#include <random>

#include "io/yaml_tree.h"

namespace {

using tenk::Diagnostics;
using tenk::YamlLimits;
using tenk::YamlNode;

bool same_tree(const YamlNode& a, const YamlNode& b) {
  if (a.type != b.type || a.pos.line != b.pos.line || a.pos.col != b.pos.col || a.value != b.value ||
      a.quoted != b.quoted || a.children.size() != b.children.size())
    return false;
  for (std::size_t i = 0; i < a.children.size(); ++i)
    if (!same_tree(a.children[i], b.children[i])) return false;
  return true;
}

// A curriculum well over the size at which the list is split (32 KB).
std::string big_curriculum(int n) {
  std::string text = "title: Big\nresources:\n";
  for (int i = 0; i < n; ++i) {
    text += "  - id: r" + std::to_string(i) + "\n    title: \"Resource " + std::to_string(i) +
            " # not a comment\"\n    hours: 1.5\n";
    if (i > 0) text += "    requires: [r" + std::to_string(i - 1) + "]\n";
    if (i % 7 == 0) text += "    topics:\n      - a\n      - b\n";
  }
  return text + "choices: []\n";
}

struct Parsed {
  std::optional<YamlNode> tree;
  std::vector<std::string> messages;
};

Parsed parse_with(const std::string& text, unsigned threads) {
  Diagnostics diags("big.yaml");
  YamlLimits limits;
  limits.threads = threads;
  Parsed p;
  p.tree = tenk::parse_yaml(text, diags, limits);
  for (const auto& d : diags.items()) p.messages.push_back(tenk::format_diagnostic(d));
  return p;
}

void check_same(const std::string& text) {
  auto one = parse_with(text, 1), two = parse_with(text, 2), four = parse_with(text, 4);
  CHECK(one.messages == two.messages);
  CHECK(one.messages == four.messages);
  REQUIRE(one.tree.has_value() == two.tree.has_value());
  REQUIRE(one.tree.has_value() == four.tree.has_value());
  if (one.tree) {
    CHECK(same_tree(*one.tree, *two.tree));
    CHECK(same_tree(*one.tree, *four.tree));
  }
}

}  // namespace

TEST_CASE("yaml_tree threads: a big valid list parses to the same tree on 1, 2 and 4 threads") {
  auto text = big_curriculum(2000);
  REQUIRE(text.size() > 64 * 1024);
  check_same(text);
  auto one = parse_with(text, 1);
  REQUIRE(one.tree);
  CHECK(one.tree->val(1).children.size() == 2000);
}

TEST_CASE("yaml_tree threads: damaged big lists give the same messages as one thread") {
  const auto text = big_curriculum(1500);
  std::mt19937 rng(7);
  const std::vector<std::string> damage = {"[", "]", "{", "\t", ": :", "\"", "*alias", "&a ", "- ", "\n  bad\n",
                                           "\n---\n", "'", "#", "\n- x\n", "? "};
  for (int round = 0; round < 60; ++round) {
    std::string mangled = text;
    auto at = std::uniform_int_distribution<std::size_t>(0, mangled.size() - 1)(rng);
    mangled.insert(at, damage[static_cast<std::size_t>(round) % damage.size()]);
    INFO("round " << round << " at " << at);
    check_same(mangled);
  }
}
