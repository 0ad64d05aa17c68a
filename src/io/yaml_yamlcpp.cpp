#include "io/yaml_yamlcpp.h"

#include <istream>
#include <streambuf>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include "io/yaml_prescan.h"
#include "io/yaml_tree_builder.h"

namespace tenk {
namespace {

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
    // yaml-cpp 0.7 tags untagged plain scalars "?" and quoted/block ones "!".
    b_.scalar(pos_of(mark), value, tag == "?");
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {
    b_.open(YamlNode::Type::Sequence, pos_of(mark));
  }
  void OnSequenceEnd() override { b_.close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
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

std::optional<YamlNode> parse_with_yaml_cpp(std::string_view text, Diagnostics& diags, const YamlLimits& limits,
                                            ItemSink* sink) {
  // yaml-cpp's scanner holds a flow collection's tokens back until it knows
  // whether a key starts there, so 1 MB of `{` would cost seconds and a
  // quarter of a gigabyte before the first event reached the builder.
  if (auto deep = find_too_deep_flow(text, limits.max_depth)) {
    diags.error(*deep, "nesting deeper than " + std::to_string(limits.max_depth) + " levels");
    return std::nullopt;
  }
  ViewBuf buf(text);
  std::istream in(&buf);
  TreeBuilder builder(limits, sink);
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
    diags.error(pos_of(e.mark), printable(e.msg));
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
