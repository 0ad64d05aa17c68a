#include "yaml/parse.h"

#include <istream>
#include <streambuf>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include "yaml/depth_guard.h"
#include "yaml/tree_builder.h"

namespace tenk {
namespace {

// yaml-cpp reads from a std::istream; this one reads `text` in place instead
// of copying it into a std::istringstream.
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

// yaml-cpp 0.7 gives untagged plain scalars and collections the tag "?",
// and untagged quoted or block scalars "!". Anything else was written in
// the file (`!!str`, `!!python/object`): a tag would mean something to
// some YAML tools and nothing to tenk, so it is refused rather than dropped.
void check_tag(const YAML::Mark& mark, const std::string& tag) {
  if (tag == "?" || tag == "!") return;
  // yaml-cpp resolves `!!str` to its full name; show it as it was written.
  const std::string core = "tag:yaml.org,2002:";
  std::string written = tag.starts_with(core) ? "!!" + tag.substr(core.size()) : tag;
  throw StopParse{pos_of(mark), "YAML tags are not supported (remove '" + printable(written) + "')"};
}

// yaml-cpp's events, handed to the TreeBuilder. yaml-cpp lets exceptions
// thrown here (StopParse) pass through untouched.
class Events : public YAML::EventHandler {
 public:
  explicit Events(TreeBuilder& builder) : b_(builder) {}

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t) override { b_.null(pos_of(mark)); }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override { b_.alias(pos_of(mark)); }
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t, const std::string& value) override {
    check_tag(mark, tag);
    b_.scalar(pos_of(mark), value, tag == "?");
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {
    check_tag(mark, tag);
    b_.open(YamlNode::Type::Sequence, pos_of(mark));
  }
  void OnSequenceEnd() override { b_.close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t, YAML::EmitterStyle::value) override {
    check_tag(mark, tag);
    b_.open(YamlNode::Type::Map, pos_of(mark));
  }
  void OnMapEnd() override { b_.close(); }

 private:
  TreeBuilder& b_;
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

// yaml-cpp's words for a syntax error are exact but cryptic; for the
// mistakes people make most when editing a curriculum by hand, a hint in
// plain words. `line` is the 1-based line yaml-cpp stopped at.
std::string syntax_hint(const std::string& msg, std::string_view text, int line) {
  std::string_view at;  // that line, and the one before it
  std::string_view before;
  std::size_t from = 0;
  for (int n = 1; from <= text.size(); ++n) {
    std::size_t nl = text.find('\n', from);
    std::string_view l = text.substr(from, nl == std::string_view::npos ? std::string_view::npos : nl - from);
    if (n == line - 1) before = l;
    if (n == line) {
      at = l;
      break;
    }
    if (nl == std::string_view::npos) break;
    from = nl + 1;
  }
  auto indented_with_tab = [](std::string_view l) {
    std::size_t first = l.find_first_not_of(" \t");
    return l.substr(0, first).find('\t') != std::string_view::npos;
  };
  if (indented_with_tab(at) || indented_with_tab(before))
    return "hint: YAML indents with spaces, and this line or the one above has a tab";
  // Two ": " on the line: a value with a colon in it. One: the line is
  // indented deeper than the key before it, which makes it part of that
  // key's value.
  auto colons = [](std::string_view l) {
    int n = 0;
    for (std::size_t at = l.find(": "); at != std::string_view::npos; at = l.find(": ", at + 2)) ++n;
    return n;
  };
  if (msg.find("illegal map value") != std::string::npos && colons(at) >= 2)
    return "hint: a value with ': ' in it (a title such as Deep Learning: Foundations) must be in quotes: "
           "title: \"Deep Learning: Foundations\"";
  if (msg.find("illegal map value") != std::string::npos)
    return "hint: check the indentation of this line and the line above: the keys of one entry start in the "
           "same column";
  if (msg.find("EOF in scalar") != std::string::npos)
    return "hint: a quote opened on this line or above is not closed";
  if (msg.find("flow") != std::string::npos)
    return "hint: a '{' or '[' opened on this line or above is not closed, or a value in it needs quotes";
  if (msg.find("end of sequence not found") != std::string::npos || msg.find("end of map not found") != std::string::npos)
    return "hint: check the indentation of this line and the line above: the items of one list, and the keys "
           "of one entry, start in the same column";
  return "";
}

std::optional<YamlNode> parse_yaml(std::string_view text, Diagnostics& diags, const YamlLimits& limits) {
  // yaml-cpp would skip a BOM too, but skipping it here keeps the columns of
  // the first line counted from its first real character.
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  // yaml-cpp's scanner holds a flow collection's tokens back until it knows
  // whether a key starts there, so a long run of `[` would cost time and
  // memory out of all proportion before the first event reached the
  // builder's depth check: the guard finds it first, in one linear pass.
  if (auto deep = find_too_deep_flow(text, limits.max_depth)) {
    diags.error(*deep, "nesting deeper than " + std::to_string(limits.max_depth) + " levels");
    return std::nullopt;
  }
  ViewBuf buf(text);
  std::istream in(&buf);
  TreeBuilder builder(limits);
  try {
    YAML::Parser parser(in);
    Events events(builder);
    parser.HandleNextDocument(events);
    if (builder.root()) {
      SecondDocument second;
      parser.HandleNextDocument(second);
    }
  } catch (const StopParse& stop) {
    diags.error(stop.pos, stop.message);
    return std::nullopt;
  } catch (const YAML::Exception& e) {
    // ParserException and DeepRecursion: yaml-cpp's own words at its mark.
    std::string hint = syntax_hint(e.msg, text, pos_of(e.mark).line);
    diags.error(pos_of(e.mark), printable(e.msg) + (hint.empty() ? "" : "; " + hint));
    return std::nullopt;
  }
  if (!builder.root()) {
    YamlNode empty;
    empty.pos = {1, 1};
    return empty;
  }
  return std::move(builder.root());
}

}  // namespace tenk
