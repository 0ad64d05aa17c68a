// tenk reads a document with libyaml when it can and with yaml-cpp when
// libyaml gives up (io/yaml_tree.cpp). Whatever libyaml accepts must give
// exactly the tree yaml-cpp gives: same nodes, values, quoting, positions.
// These tests compare the two on real curricula, on YAML's corners and on
// thousands of damaged documents.

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "io/yaml_libyaml.h"
#include "io/yaml_tree.h"
#include "io/yaml_yamlcpp.h"
#include "support/test_paths.h"

namespace {

using tenk::Diagnostics;
using tenk::YamlLimits;
using tenk::YamlNode;

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::string describe(const YamlNode& n) {
  static const char* types[] = {"null", "scalar", "list", "map"};
  return std::string(types[static_cast<int>(n.type)]) + (n.quoted ? " quoted" : "") + " '" + n.value + "' at " +
         std::to_string(n.pos.line) + ":" + std::to_string(n.pos.col);
}

// An empty list entry (`-` and nothing after it) is the one place the two
// place a node differently: libyaml just after its `-`, yaml-cpp at the next
// token, often a line later. libyaml's is the better place to point at.
bool same_empty_entry(const YamlNode& a, const YamlNode& b, bool in_list) {
  return in_list && a.is_null() && b.is_null() && a.pos.line <= b.pos.line;
}

// The first difference between two trees, or "".
std::string first_difference(const YamlNode& a, const YamlNode& b, bool in_list = false) {
  bool same_pos = (a.pos.line == b.pos.line && a.pos.col == b.pos.col) || same_empty_entry(a, b, in_list);
  if (a.type != b.type || !same_pos || a.value != b.value || a.quoted != b.quoted ||
      a.children.size() != b.children.size())
    return "libyaml: " + describe(a) + " (" + std::to_string(a.children.size()) + " children), yaml-cpp: " +
           describe(b) + " (" + std::to_string(b.children.size()) + " children)";
  for (std::size_t i = 0; i < a.children.size(); ++i)
    if (auto d = first_difference(a.children[i], b.children[i], a.is_sequence()); !d.empty()) return d;
  return {};
}

// "" when libyaml either gave up or agrees with yaml-cpp; else what differs.
std::string disagreement(const std::string& text) {
  YamlLimits limits;
  auto fast = tenk::parse_with_libyaml(text, limits);
  if (!fast) return {};
  Diagnostics diags("t.yaml");
  auto careful = tenk::parse_with_yaml_cpp(text, diags, limits);
  if (!careful) return "libyaml accepted what yaml-cpp rejects: " + tenk::format_diagnostic(diags.items().front());
  return first_difference(*fast, *careful);
}

bool libyaml_takes(const std::string& text) { return tenk::parse_with_libyaml(text, YamlLimits{}).has_value(); }

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

// YAML's corners that a hand-edited curriculum may reach.
const std::vector<std::string> kCorners = {
    "",
    "# only a comment\n",
    "title: x\n",
    "title: x",
    "---\ntitle: x\n",
    "---\ntitle: x\n...\n",
    "--- \n",
    "title:\nid: y\n",
    "title: ~\nid: null\nx: Null\ny: NULL\nz: ''\nw: \"\"\n",
    "a: 1\nb: 1.5\nc: 1h30m\nd: true\ne: 'quoted'\nf: \"dq\\tx\\u00e9\\x41\"\n",
    "text: |\n  line one\n  line two\n\n  after blank\nnext: >\n  folded\n  text\n\nlast: x\n",
    "keep: |+\n  a\n\nstrip: |-\n  b\nind: |2\n    c\n",
    "list:\n  - a\n  - b\n  -\n  - ''\n",
    "list:\n- a\n- b\n- - c\n  - d\n",
    "- a\n- b: c\n  d: e\n- [f, g]\n",
    "flow: {a: 1, b: [x, y], c: {d: e}}\nempty: {}\nnone: []\n",
    "flow: [a, b,\n  c, d]\n",
    "multi: this plain scalar\n  goes on over\n  several lines\nnext: x\n",
    "quoted: \"over\n  two lines\"\nsingle: 'it''s'\n",
    "url: https://example.com/a?b=c&d=e#frag\nhash: a#b\ncolon: a:b\n",
    "anchor: &a x\ntagged: !!str 5\nbang: ! y\ncustom: !thing z\nlist: !!seq [a]\n",
    "? complex key\n: value\n",
    "\"quoted key\": 1\n'single key': 2\n",
    "title: Ünïcödé — ☃ 🚀\nnext: [é, x, 🚀, y]\nz: {é: ü, k: v}\n",
    "a: [\"é\", 'ü', x]\n",
    "title: x\r\nid: y\r\nlist:\r\n  - a\r\n",
    "key:    spaced\nkey2:\tx\n",
    "a: b # comment\n# full line\nc: d\n",
    "resources:\n  - id: a\n    hours: 2\n    requires: [b]\n  - id: b\n    hours: 1\nchoices: []\n",
    "nested:\n  deeper:\n    deepest:\n      - x\n      - {y: z}\n",
    "a:\n  - b\n  -\n    c: d\n",
    "emptyflow: [a, , b]\n",
    "a: 'x'\n  b: y\n",
    "a: x\n b: y\n",
    "a:\n\tb: c\n",
    "%YAML 1.2\n---\na: b\n",
    "%YAML 1.1\n---\na: b\n",
    "a: b\n---\nc: d\n",
    "a: *x\n",
    "a: [1, 2\nb: 3\n",
    "a: \"unterminated\n",
    "a: {b: c\n",
    "- a\nb: c\n",
    "a: b: c\n",
    "\xff\xfe\n",
    "a: \x01\n",
    "a: line\xe2\x80\xa8sep\n",
    "a: x\ry: z\n",
    "a: -1\nb: .5\nc: 1e3\nd: 0x10\n",
    "a: '#not comment'\nb: \"# neither\"\n",
    "? a\n? b\n",
    "[a, b]\n",
    "plain\n",
    "a: !!null ''\nb: !!binary aGk=\n",
    "a: >-\n  x\n\n  y\nb: |\n   indented more\n  less\n",
    // Found by a structure-aware fuzz: a folded scalar ending in a blank
    // line with no newline, a flow-map key over 1024 bytes, a byte-order
    // mark inside the text.
    "a: >-\n b\n ",
    "a: >\n b\n  ",
    "{" + std::string(1025, 'k') + "}\n",
    "{" + std::string(600, 'k') + ": v}\n",
    "a: {" + repeat("\xc3\xa9", 513) + "}\n",
    "a: b\n\xEF\xBB\xBF",
    "a:\n\xEF\xBB\xBF b: c\n",
    "- a\n\xEF\xBB\xBF\n- b\n",
};

}  // namespace

TEST_CASE("yaml parsers: libyaml gives yaml-cpp's tree on the shipped curricula") {
  for (const auto& path : {tenk::test::source_path("curricula/cracked-ml.yaml"),
                           tenk::test::shared_path("data/metacademy.yaml"),
                           tenk::test::source_path("tests/data/cli/small.yaml")}) {
    INFO(path);
    std::string text = read_file(path);
    REQUIRE(libyaml_takes(text));
    CHECK(disagreement(text) == "");
  }
}

TEST_CASE("yaml parsers: libyaml agrees with yaml-cpp or gives up, on YAML's corners") {
  for (const auto& text : kCorners) {
    INFO(text);
    CHECK(disagreement(text) == "");
  }
}

TEST_CASE("yaml parsers: libyaml takes ordinary curricula and leaves the odd ones to yaml-cpp") {
  CHECK(libyaml_takes("title: x\nresources:\n  - id: a\n    hours: 2\n"));
  CHECK(libyaml_takes("title: Ünïcödé — ☃\n"));
  CHECK(libyaml_takes("title: x\r\nid: y\r\n"));
  CHECK_FALSE(libyaml_takes("a: *x\n"));                 // aliases: yaml-cpp words the refusal
  CHECK_FALSE(libyaml_takes("a: b\n---\nc: d\n"));        // a second document
  CHECK_FALSE(libyaml_takes("a: [1, 2\nb: 3\n"));         // a syntax error
  CHECK_FALSE(libyaml_takes("a: line\xe2\x80\xa8sep\n"));  // U+2028 ends a line in YAML 1.1 only
  CHECK_FALSE(libyaml_takes("a: x\ry: z\n"));             // a lone CR
  CHECK_FALSE(libyaml_takes("a: \xff\n"));                // not UTF-8
  std::string deep(70, '[');
  CHECK_FALSE(libyaml_takes("a: " + deep + std::string(70, ']') + "\n"));  // deeper than the limit
}

TEST_CASE("yaml parsers: libyaml decodes \\N and \\_ to UTF-8, where yaml-cpp writes a bare byte") {
  // The one known difference in values, and libyaml is the right one:
  // yaml-cpp 0.7 gives 0x85 and 0xA0 alone, which is not UTF-8.
  Diagnostics diags("t.yaml");
  auto tree = tenk::parse_yaml("a: \"x\\_y\\Nz\"\n", diags);
  REQUIRE(tree);
  CHECK(tree->val(0).value == "x\xC2\xA0y\xC2\x85z");
}

TEST_CASE("yaml parsers: positions stay right after two million blank lines") {
  std::string text(2'000'000, '\n');
  text += "a: b\n";
  auto tree = tenk::parse_with_libyaml(text, YamlLimits{});
  REQUIRE(tree);
  CHECK(tree->key(0).pos.line == 2'000'001);
  CHECK(tree->key(0).pos.col == 1);
}

TEST_CASE("yaml parsers: empty text, even with no buffer at all, is an empty document") {
  CHECK_FALSE(tenk::parse_with_libyaml(std::string_view{}, YamlLimits{}));  // libyaml would assert
  Diagnostics diags("t.yaml");
  auto tree = tenk::parse_yaml(std::string_view{}, diags);
  REQUIRE(tree);
  CHECK(tree->is_null());
  CHECK(tree->pos.line == 1);
  CHECK(diags.items().empty());
}

TEST_CASE("yaml parsers: parse_yaml gives yaml-cpp's messages for what libyaml leaves") {
  auto message = [](const std::string& text) {
    Diagnostics d1("t.yaml"), d2("t.yaml");
    auto whole = tenk::parse_yaml(text, d1);
    auto careful = tenk::parse_with_yaml_cpp(text, d2, YamlLimits{});
    REQUIRE_FALSE(whole.has_value());
    REQUIRE_FALSE(careful.has_value());
    REQUIRE(d1.items().size() == 1);
    REQUIRE(d2.items().size() == 1);
    CHECK(tenk::format_diagnostic(d1.items()[0]) == tenk::format_diagnostic(d2.items()[0]));
    return tenk::format_diagnostic(d1.items()[0]);
  };
  CHECK_THAT(message("a: &x 1\nb: *x\n"), Catch::Contains("t.yaml:2:4: error: aliases are not supported"));
  CHECK_THAT(message("a: b\n---\nc: d\n"), Catch::Contains("only one YAML document"));
  message("a: [1, 2\nb: 3\n");
  message("a: {b: c\n");
}

TEST_CASE("yaml parsers: on thousands of damaged documents libyaml agrees with yaml-cpp or gives up") {
  // Damage made of the characters YAML's grammar turns on.
  const std::string alphabet = " \n\t-:#[]{},'\"|>?&*!%@`\\~\r.0a\xc3\xa9";
  std::vector<std::string> seeds = kCorners;
  seeds.push_back(read_file(tenk::test::source_path("tests/data/cli/small.yaml")));
  // TENK_FUZZ_ROUNDS and TENK_FUZZ_SEED run it longer or elsewhere, by hand.
  const int kRounds = std::getenv("TENK_FUZZ_ROUNDS") ? std::atoi(std::getenv("TENK_FUZZ_ROUNDS")) : 60;
  std::mt19937 rng(std::getenv("TENK_FUZZ_SEED") ? std::atoi(std::getenv("TENK_FUZZ_SEED")) : 20261124);
  int taken = 0, total = 0;
  for (const auto& seed : seeds) {
    for (int round = 0; round < kRounds; ++round) {
      std::string text = seed;
      int edits = 1 + static_cast<int>(rng() % 4);
      for (int e = 0; e < edits; ++e) {
        std::size_t at = text.empty() ? 0 : rng() % (text.size() + 1);
        char c = alphabet[rng() % alphabet.size()];
        switch (rng() % 3) {
          case 0: text.insert(at, 1, c); break;
          case 1:
            if (at < text.size()) text.erase(at, 1);
            break;
          default:
            if (at < text.size()) text[at] = c;
            break;
        }
      }
      ++total;
      if (libyaml_takes(text)) ++taken;
      INFO(text);
      REQUIRE(disagreement(text) == "");
    }
  }
  // Much damage still leaves YAML that libyaml takes, so the comparison is
  // not vacuous.
  CHECK(taken > total / 8);
}
