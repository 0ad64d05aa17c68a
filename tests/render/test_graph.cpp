#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>

#include "core/error.h"
#include "yaml/curriculum_loader.h"
#include "render/graph_model.h"
#include "render/graph.h"
#include "render_support.h"
#include "support/test_paths.h"

using namespace tenk;

namespace {

const std::string kHostile = "<script>alert(1)</script> ]]> \"q\" 'a' \\N \\G \\n \\l &amp; \xF0\x9F\x8E\x89 \xC3\xA9";

Resource res(const std::string& id, const std::string& title, Minutes minutes, std::vector<std::string> reqs = {},
             const std::string& url = "", const std::string& topic = "") {
  Resource r;
  r.id = id;
  r.title = title;
  r.minutes = minutes;
  r.url = url;
  if (!topic.empty()) r.topics = {topic};
  for (auto& q : reqs) r.prerequisites.push_back(Ref{q, {}, {}});
  return r;
}

// a (done) -> b (active) -> c; d (ready); choice ch {x, y} -> e -> z;
// evil has a hostile title and a javascript: url; amp has a url with & and ".
struct Fixture {
  Curriculum c;
  Journal journal;
  Progress progress;
  std::unique_ptr<PlanGraph> graph;
  GraphPicture picture;

  Fixture() {
    c.title = "Fixture & <friends>";
    c.id = "fixture";
    c.resources = {res("a", "Alpha", 120, {}, "https://a.example/", "math"),
                   res("b", "Beta", 240, {"a"}, "", "math"),
                   res("c", "Gamma", 60, {"b"}, "", "code"),
                   res("d", "Delta", 60, {}, "", "code"),
                   res("x", "Option X", 300, {}, "", "code"),
                   res("y", "Option Y", 200, {}, "", "code"),
                   res("e", "Epsilon", 60, {"ch"}, "", "code"),
                   res("z", "Zeta", 60, {"e"}, "", "code"),
                   res("evil", kHostile, 90, {"d"}, "javascript:alert(1)", "code"),
                   res("amp", "Amp", 30, {"d"}, "https://q.example/?a=1&b=\"2\"", "code")};
    Choice ch;
    ch.id = "ch";
    ch.title = "Pick <one>";
    ch.options = {Ref{"x", {}, {}}, Ref{"y", {}, {}}};
    c.choices = {ch};
    c.resolve();
    const Date day = *Date::parse("2024-06-10");
    journal.push_back(JournalEntry{day, "a", 120, {}, true, "", "", "", 1});
    journal.push_back(JournalEntry{day, "b", 60, {}, false, "", "", "", 2});
    progress = apply_journal(c, journal, day);
    graph = std::make_unique<PlanGraph>(c, progress.picks);
    picture.graph = graph.get();
    picture.progress = &progress;
    picture.states = resource_states(*graph, progress);
  }
};

bool dot_accepts(const std::string& dot) {
  std::string path = test::write_temp(dot, ".dot");
  int rc = std::system(("dot -Tcanon " + path + " >/dev/null 2>&1").c_str());
  std::remove(path.c_str());
  return rc == 0;
}

/// `s` without spaces: titles are wrapped at spaces (and long words cut),
/// so comparing without them checks every other character comes out literal.
std::string squeeze(std::string s) {
  s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
  return s;
}

/// The title lines of node `id` joined: all its texts but the last (hours).
std::string node_title(const std::vector<std::string>& lines) {
  std::string title;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) title += lines[i];
  return title;
}

/// The <text> contents inside the SVG group of node `id`.
std::vector<std::string> node_texts(const std::string& svg, const std::string& id) {
  std::vector<std::string> out;
  std::size_t start = svg.find("<title>" + id + "</title>");
  if (start == std::string::npos) return out;
  std::size_t end = svg.find("</g>\n</g>", start);
  if (std::size_t next = svg.find("<!-- ", start); next < end) end = next;
  std::string group = svg.substr(start, end - start);
  std::string texts = test::texts_of(group, "text");
  for (std::size_t pos = 0, nl; (nl = texts.find('\n', pos)) != std::string::npos; pos = nl + 1)
    out.push_back(texts.substr(pos, nl - pos));
  return out;
}

}  // namespace

TEST_CASE("graph: one node per in-plan resource — a choice is one box naming its options, the unpicked faded") {
  Fixture f;
  RenderedGraph r = render_graph(f.picture, GraphFormat::Svg);
  CHECK(r.note.empty());
  CHECK(test::well_formed(r.text));
  // In plan: everything but y, which is named inside the pick's box.
  CHECK(test::count(r.text, "class=\"node resource ") == 9);
  for (const char* id : {"a", "b", "c", "d", "x", "e", "z", "evil", "amp"})
    CHECK(r.text.find(std::string("<title>") + id + "</title>") != std::string::npos);
  CHECK(r.text.find("<title>y</title>") == std::string::npos);
  CHECK(test::count(r.text, "class=\"node resource done") == 1);
  CHECK(test::count(r.text, "class=\"node resource active") == 1);
  CHECK(test::count(r.text, "\xE2\x9C\x93 picked") == 1);
  std::vector<std::string> x = node_texts(r.text, "x");
  REQUIRE(x.size() >= 3);
  CHECK(x.front().find("choose one:") != std::string::npos);
  std::string all;
  for (const auto& line : x) all += line + "|";
  CHECK(all.find("Pick <one>") != std::string::npos);
  CHECK(all.find("\xE2\x9C\x93 picked") != std::string::npos);
  CHECK(x.back().find("or Option Y") != std::string::npos);
  CHECK(x.back().find("not picked") != std::string::npos);
  CHECK(node_texts(r.text, "b").back() == "3 h left of 4 h");
  // No Graphviz names in tooltips: nodes and edges say what they are.
  CHECK(r.text.find("xlink:title=\"Epsilon requires Option X\"") != std::string::npos);
  CHECK(r.text.find("cluster_") == std::string::npos);
}

TEST_CASE("graph: edges run requirement -> dependent — ranks are fixed top to bottom") {
  Fixture f;
  std::string dot = render_graph(f.picture, GraphFormat::Dot).text;
  CHECK(dot.find("rankdir=TB") != std::string::npos);
  CHECK(dot.find("subgraph rank_0 {") != std::string::npos);
  for (const char* edge : {"a -> b", "b -> c", "x -> e", "e -> z", "d -> evil", "d -> amp"})
    CHECK(dot.find(edge) != std::string::npos);
  CHECK(dot.find("\ty\t[") == std::string::npos);
  CHECK(test::count(dot, " -> ") == 6);
  CHECK(dot_accepts(dot));
}

TEST_CASE("graph: the critical path over remaining hours is bold") {
  Fixture f;
  std::string svg = render_graph(f.picture, GraphFormat::Svg).text;
  // Remaining: b 3 h + c 1 h = 4 h; x 5 h + e 1 h + z 1 h = 7 h: x -> e -> z.
  CHECK(test::count(svg, "class=\"edge critical\"") == 2);
  CHECK(svg.find("class=\"node resource ready picked critical\"") != std::string::npos);
  CHECK(test::count(svg, " critical\"") == 3 + 2);
}

TEST_CASE("graph: path shows exactly the target and its requirement closure") {
  Fixture f;
  f.picture.path_to = f.c.find("c").index;
  std::string dot = render_graph(f.picture, GraphFormat::Dot).text;
  CHECK(test::count(dot, "class=\"resource ") == 3);
  CHECK(dot_accepts(dot));
  // The longest chain toward the target is bold, not the whole plan's.
  CHECK(test::count(dot, "class=critical") == 1);
  CHECK(dot.find("b -> c\t[arrowsize=0.8,\n\t\tclass=critical") != std::string::npos);
  f.picture.path_to = f.c.find("z").index;
  RenderedGraph r = render_graph(f.picture, GraphFormat::Svg);
  CHECK(test::well_formed(r.text));
  // z, e and the pick x, whose box names the unpicked y.
  CHECK(test::count(r.text, "class=\"node resource ") == 3);
  CHECK(r.text.find("or Option Y") != std::string::npos);
  CHECK(r.text.find("<title>a</title>") == std::string::npos);
  CHECK(r.text.find("target\"") != std::string::npos);
}

TEST_CASE("graph: a path to a resource outside the plan is refused") {
  Fixture f;
  f.picture.path_to = f.c.find("y").index;
  CHECK_THROWS_AS(render_graph(f.picture, GraphFormat::Svg), InputError);
}

TEST_CASE("graph: hostile titles come out literal in SVG and DOT") {
  Fixture f;
  std::string svg = render_graph(f.picture, GraphFormat::Svg).text;
  REQUIRE(test::well_formed(svg));
  CHECK(svg.find("<script") == std::string::npos);
  std::vector<std::string> lines = node_texts(svg, "evil");
  REQUIRE(lines.size() >= 2);
  CHECK(squeeze(node_title(lines)) == squeeze(kHostile));
  CHECK(test::texts_of(svg, "text").find("Fixture & <friends>") != std::string::npos);
  CHECK(test::texts_of(svg, "text").find("Pick <one>") != std::string::npos);

  std::string dot = render_graph(f.picture, GraphFormat::Dot).text;
  REQUIRE(dot_accepts(dot));
  std::string path = test::write_temp(dot, ".dot"), out = path + ".svg";
  REQUIRE(std::system(("dot -Tsvg " + path + " -o " + out + " 2>/dev/null").c_str()) == 0);
  std::ifstream in(out);
  std::string from_dot((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::remove(path.c_str());
  std::remove(out.c_str());
  CHECK(test::well_formed(from_dot));
  CHECK(squeeze(node_title(node_texts(from_dot, "evil"))) == squeeze(kHostile));
}

TEST_CASE("graph: only http(s) urls become links, and they are escaped") {
  Fixture f;
  std::string svg = render_graph(f.picture, GraphFormat::Svg).text;
  REQUIRE(test::well_formed(svg));
  CHECK(svg.find("javascript") == std::string::npos);
  CHECK(svg.find("xlink:href=\"https://a.example/\"") != std::string::npos);
  CHECK(svg.find("xlink:href=\"https://q.example/?a=1&amp;b=%222%22\"") != std::string::npos);
  CHECK(test::count(svg, "xlink:href=") == 2);
}

TEST_CASE("graph: DOT output parses with Graphviz") {
  Fixture f;
  RenderedGraph r = render_graph(f.picture, GraphFormat::Dot);
  CHECK(r.text.rfind("digraph plan {", 0) == 0);
  CHECK(dot_accepts(r.text));
}

TEST_CASE("graph: above max_nodes the picture keeps the front of the plan and says so") {
  Fixture f;
  f.picture.max_nodes = 5;
  RenderedGraph r = render_graph(f.picture, GraphFormat::Svg);
  CHECK(test::well_formed(r.text));
  CHECK(r.note.find("showing 3 of 9") != std::string::npos);
  CHECK(r.note.find("render path --to") != std::string::npos);
  CHECK(test::count(r.text, "class=\"node resource ") == 3);
  CHECK(r.text.find("<title>_done</title>") != std::string::npos);
  CHECK(r.text.find("<title>_later</title>") != std::string::npos);
  // The front: what is active or ready now (b, d, x), not what comes later.
  for (const char* id : {"b", "d", "x"}) CHECK(r.text.find(std::string("<title>") + id + "</title>") != std::string::npos);
}

TEST_CASE("wrap_text: lines at spaces, long words cut, ellipsis when too long") {
  CHECK(wrap_text("a bb ccc", 4, 3) == std::vector<std::string>{"a bb", "ccc"});
  CHECK(wrap_text("abcdefghij", 4, 3) == std::vector<std::string>{"abcd", "efgh", "ij"});
  CHECK(wrap_text("one two three four five", 9, 2) == std::vector<std::string>{"one two", "three fo…"});
  CHECK(label_text("a\\N<&>") == "a\\\\N&lt;&amp;&gt;");
}

TEST_CASE("wrap_text: spaces, multi-byte text, the last line and no limit") {
  CHECK(wrap_text("  a   bb  ", 4, 3) == std::vector<std::string>{"a bb"});
  CHECK(wrap_text("", 4, 3).empty());
  CHECK(wrap_text("\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9", 2, 3) ==
        std::vector<std::string>{"\xC3\xA9\xC3\xA9", "\xC3\xA9\xC3\xA9", "\xC3\xA9"});
  CHECK(wrap_text("aaaa bbbb cccc", 4, 2) == std::vector<std::string>{"aaaa", "bbb\xE2\x80\xA6"});
  CHECK(wrap_text("aaaa bbbb", 4, 2) == std::vector<std::string>{"aaaa", "bbbb"});
  CHECK(wrap_text("aaaaaaaaaa", 4, 0) == std::vector<std::string>{"aaaa", "aaaa", "aa"});
  CHECK(wrap_text("x", 0, 3).empty());
}

TEST_CASE("wrap_text: megabytes without a space are wrapped in one pass, into the lines asked for") {
  // Quadratic wrapping took minutes here (each cut measured the rest again).
  const std::string word(10'000'000, 'w');
  auto lines = wrap_text(word, 24, 3);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0] == std::string(24, 'w'));
  CHECK(lines[2] == std::string(23, 'w') + "\xE2\x80\xA6");
  std::string words;
  for (int i = 0; i < 2'000'000; ++i) words += "ab ";
  CHECK(wrap_text(words, 24, 3).size() == 3);
  // With no line limit the output is the text itself, cut into lines.
  CHECK(wrap_text(std::string(1'000'000, 'z'), 1000, 0).size() == 1000);
}

TEST_CASE("graph: Metacademy (487 resources) is drawn as an overview by topic, and says what it left out") {
  std::ifstream in(test::source_path("curricula/metacademy.yaml"));
  REQUIRE(in);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  LoadResult loaded = load_curriculum(text, "metacademy.yaml");
  REQUIRE_FALSE(loaded.diagnostics.has_errors());
  const Curriculum& c = loaded.curriculum;
  Progress progress = apply_journal(c, {}, *Date::parse("2024-06-10"));
  PlanGraph graph(c, progress.picks);
  GraphPicture picture;
  picture.graph = &graph;
  picture.progress = &progress;
  picture.states = resource_states(graph, progress);
  RenderedGraph r = render_graph(picture, GraphFormat::Svg);
  CHECK(r.note.find("showing 40 of 487") != std::string::npos);
  CHECK(r.note.find("render path --to") != std::string::npos);
  CHECK(test::count(r.text, "class=\"node resource ") == 40);
  CHECK(test::count(r.text, "class=\"cluster topic\"") >= 3);
  CHECK(r.text.find("<title>_later</title>") != std::string::npos);
  CHECK(test::well_formed(r.text));
}
