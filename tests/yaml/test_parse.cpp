// yaml/parse: the event-built tree, its positions, scalar flavours and guards.
#include <catch2/catch.hpp>

#include "yaml/map_fields.h"
#include "yaml/parse.h"

using tenk::YamlNode;

namespace {
YamlNode parse_ok(std::string_view text) {
  tenk::Diagnostics d("t.yaml");
  auto n = tenk::parse_yaml(text, d);
  INFO(text);
  REQUIRE(d.items().empty());
  REQUIRE(n);
  return *n;
}
}  // namespace

TEST_CASE("parse_yaml: maps keep keys in order with 1-based positions") {
  auto n = parse_ok("a: 1\nb:\n  - x\n  - 'y'\nc: {d: e}\n");
  REQUIRE(n.is_map());
  REQUIRE(n.map_size() == 3);
  CHECK(n.key(0).value == "a");
  CHECK(n.key(0).pos.line == 1);
  CHECK(n.key(0).pos.col == 1);
  CHECK(n.val(0).pos.col == 4);
  const auto& b = n.val(1);
  REQUIRE(b.is_sequence());
  REQUIRE(b.children.size() == 2);
  CHECK(b.children[1].value == "y");
  CHECK(b.children[1].quoted);
  CHECK(!b.children[0].quoted);
  CHECK(b.children[1].pos.line == 4);
  CHECK(b.children[1].pos.col == 5);
  CHECK(n.val(2).is_map());
  CHECK(n.val(2).pos.col == 4);
}

TEST_CASE("parse_yaml: plain null words are Null, quoted ones are strings") {
  auto n = parse_ok("[~, null, Null, NULL, '', 'null', \"~\", nulls]");
  REQUIRE(n.children.size() == 8);
  for (int i = 0; i < 4; ++i) CHECK(n.children[static_cast<std::size_t>(i)].is_null());
  CHECK(n.children[4].is_scalar());
  CHECK(n.children[5].value == "null");
  CHECK(n.children[5].quoted);
  CHECK(n.children[6].value == "~");
  CHECK(n.children[7].value == "nulls");
  auto m = parse_ok("a:\nb: 1\n");
  CHECK(m.val(0).is_null());
  CHECK(m.val(0).pos.line == 1);  // a value left out points at its key
}

TEST_CASE("parse_yaml: type names for messages") {
  auto n = parse_ok("[1.5, '2', true, x, [], {}, ~, 90m]");
  CHECK(std::string(n.children[0].type_name()) == "a number");
  CHECK(std::string(n.children[1].type_name()) == "a string");
  CHECK(std::string(n.children[2].type_name()) == "a boolean");
  CHECK(std::string(n.children[3].type_name()) == "a string");
  CHECK(std::string(n.children[4].type_name()) == "a list");
  CHECK(std::string(n.children[5].type_name()) == "a mapping");
  CHECK(std::string(n.children[6].type_name()) == "null");
  CHECK(std::string(n.children[7].type_name()) == "a string");
}

TEST_CASE("parse_yaml: anchors are fine, aliases and second documents are errors") {
  CHECK(parse_ok("a: &x 1\n").val(0).value == "1");
  tenk::Diagnostics d("t.yaml");
  CHECK(!tenk::parse_yaml("a: &x 1\nb: *x\n", d));
  REQUIRE(d.items().size() == 1);
  CHECK(format_diagnostic(d.items()[0]) == "t.yaml:2:4: error: aliases are not supported");
  tenk::Diagnostics d2("t.yaml");
  CHECK(!tenk::parse_yaml("a: 1\n---\nb: 2\n", d2));
  CHECK(d2.items().size() == 1);
}

TEST_CASE("parse_yaml: an empty document is Null at 1:1, a BOM is skipped") {
  auto n = parse_ok("");
  CHECK(n.is_null());
  CHECK(n.pos.line == 1);
  auto b = parse_ok("\xEF\xBB\xBFk: v\n");
  CHECK(b.key(0).value == "k");
  CHECK(b.key(0).pos.col == 1);
}

TEST_CASE("parse_yaml: depth limit counts containers") {
  tenk::YamlLimits limits;
  limits.max_depth = 3;
  tenk::Diagnostics ok("t.yaml"), bad("t.yaml");
  CHECK(tenk::parse_yaml("[[[1]]]", ok, limits));
  CHECK(!tenk::parse_yaml("[[[[1]]]]", bad, limits));
  REQUIRE(bad.items().size() == 1);
  CHECK(format_diagnostic(bad.items()[0]) == "t.yaml:1:4: error: nesting deeper than 3 levels");
  tenk::Diagnostics block("t.yaml");
  CHECK(!tenk::parse_yaml("a:\n  b:\n    c:\n      d: 1\n", block, limits));
  REQUIRE(block.items().size() == 1);
  CHECK(block.items()[0].pos.line == 4);
}

TEST_CASE("did_you_mean_word: swapped letters count as one typo") {
  std::vector<std::string> keys = {"title", "hours", "requires"};
  CHECK(tenk::did_you_mean_word("titel", keys) == " (did you mean 'title'?)");
  CHECK(tenk::did_you_mean_word("huors", keys) == " (did you mean 'hours'?)");
  CHECK(tenk::did_you_mean_word("requries", keys) == " (did you mean 'requires'?)");
  CHECK(tenk::did_you_mean_word("zzzzz", keys).empty());
}

TEST_CASE("parse_yaml: a tag is refused at its position, as it was written") {
  auto first = [](std::string_view text) {
    tenk::Diagnostics d("t.yaml");
    CHECK_FALSE(tenk::parse_yaml(text, d));
    REQUIRE(d.items().size() == 1);
    return tenk::format_diagnostic(d.items()[0]);
  };
  CHECK(first("a: !!str x\n") == "t.yaml:1:4: error: YAML tags are not supported (remove '!!str')");
  CHECK(first("a: !!python/object:os.system [ls]\n") ==
        "t.yaml:1:4: error: YAML tags are not supported (remove '!!python/object:os.system')");
  CHECK(first("- !local {x: 1}\n") == "t.yaml:1:3: error: YAML tags are not supported (remove '!local')");
  // Quoted and block scalars carry yaml-cpp's own "!" and are not tags.
  tenk::Diagnostics ok;
  CHECK(tenk::parse_yaml("a: 'x'\nb: |\n  y\n", ok));
  CHECK(ok.items().empty());
}
