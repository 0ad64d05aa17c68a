// Hostile inputs: each must end in a clear error or a clean load, never a
// crash, a hang or a blow-up in memory.
#include <catch2/catch.hpp>

#include <random>

#include "yaml/map_fields.h"
#include "yaml/parse.h"
#include "loader_support.h"

using tenk::test::Lines;
using tenk::test::load_messages;

TEST_CASE("hostile: random binary with NULs is a clean error") {
  std::mt19937 rng(12345);
  for (int round = 0; round < 20; ++round) {
    std::string junk(4096, '\0');
    for (auto& ch : junk) ch = static_cast<char>(rng() & 0xff);
    auto r = tenk::load_curriculum(junk, "junk.yaml");
    INFO("round " << round);
    CHECK(r.diagnostics.has_errors());
    for (const auto& d : r.diagnostics.items())
      for (unsigned char ch : d.message) CHECK((ch >= 0x20 || ch == '\t'));  // no raw bytes in messages
  }
  CHECK(load_messages(std::string("title: T\0\0\0\nresources: []\n", 25)).size() >= 1);
}

TEST_CASE("hostile: a billion-laughs alias bomb stops at the first alias") {
  std::string bomb = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
  for (char level = 'b'; level <= 'i'; ++level) {
    std::string prev(1, static_cast<char>(level - 1));
    bomb += std::string(1, level) + ": &" + level + " [";
    for (int i = 0; i < 9; ++i) bomb += (i ? ",*" : "*") + prev;
    bomb += "]\n";
  }
  CHECK(load_messages(bomb) == Lines{"t.yaml:2:8: error: aliases are not supported"});
  CHECK(load_messages("title: &t T\nresources: []\nid: *t\n") == Lines{"t.yaml:3:5: error: aliases are not supported"});
}

TEST_CASE("hostile: 100,000-deep flow nesting is one error at the 65th level") {
  CHECK(load_messages("title: T\nresources: " + std::string(100'000, '[')) ==
        Lines{"t.yaml:2:76: error: nesting deeper than 64 levels"});
  // A 1 MB line of `{`: the pre-scan stops it before yaml-cpp queues a
  // million tokens.
  CHECK(load_messages(std::string(1 << 20, '{')) == Lines{"t.yaml:1:65: error: nesting deeper than 64 levels"});
  // Brackets inside quotes, comments and plain text are not nesting.
  std::string text = "title: \"" + std::string(1000, '[') + "\"\n# " + std::string(1000, '{') +
                     "\nresources:\n  - id: a\n    title: a" + std::string(1000, '[') + "\n    hours: 1\n";
  CHECK(load_messages(text).empty());
  std::string block = "title: |\n  " + std::string(1000, '[') + "\n  " + std::string(100, '{') + "\nresources: []\n";
  CHECK(load_messages(block).empty());
}

TEST_CASE("hostile: 100,000-deep block nesting is one error") {
  std::string dashes = "title: T\nresources:\n";
  for (int i = 0; i < 100'000; ++i) dashes += "- ";
  dashes += "x\n";
  auto lines = load_messages(dashes);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].find("error: nesting deeper than 64 levels") != std::string::npos);
  // Indented mappings: 3,000 levels is already 4.5 MB of spaces.
  std::string indented;
  for (int i = 0; i < 3000; ++i) indented += std::string(static_cast<std::size_t>(i), ' ') + "k:\n";
  CHECK(load_messages(indented) == Lines{"t.yaml:65:65: error: nesting deeper than 64 levels"});
}

TEST_CASE("hostile: a 5 MB title loads cleanly") {
  std::string text = "title: " + std::string(5 << 20, 'x') + "\nresources: []\n";
  auto r = tenk::load_curriculum(text, "t.yaml");
  CHECK(tenk::test::messages(r).empty());
  CHECK(r.curriculum.title.size() == (5u << 20));
}

TEST_CASE("hostile: a node limit stops absurd documents") {
  tenk::Diagnostics d("t.yaml");
  tenk::YamlLimits limits;
  limits.max_nodes = 100;
  std::string many = "[";
  for (int i = 0; i < 1000; ++i) many += "1,";
  many += "1]";
  CHECK(!tenk::parse_yaml(many, d, limits));
  REQUIRE(d.items().size() == 1);
  CHECK(format_diagnostic(d.items()[0]) == "t.yaml:1:200: error: document too large (more than 100 nodes)");
}

TEST_CASE("hostile: a million problems are cut to the first thousand") {
  std::string text = "title: T\nresources:\n";
  for (int i = 0; i < 3000; ++i) text += "- {id: a, hours: x}\n";
  auto lines = load_messages(text);
  REQUIRE(lines.size() == 1001);
  CHECK(lines[0] == "t.yaml:3:3: error: missing required key 'title' in resource 'a'");
  CHECK(lines[1000] == "t.yaml: error: too many errors; only the first 1000 are shown");
  std::string keys = "title: T\nresources: []\n";
  for (int i = 0; i < 20000; ++i) keys += "k" + std::to_string(i) + ": 1\n";
  CHECK(load_messages(keys).size() == 1001);
}
