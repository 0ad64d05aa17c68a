#pragma once
// An XML checker for the render harness and the render tests, written by
// hand so that the fuzz build needs no XML library: is a document
// well-formed XML 1.0 (as far as tenk's pictures use it), and free of
// active content? It is stricter than XML where tenk never needs more: no
// DOCTYPE (so no entity but the five predefined ones), ASCII names only.
//
// Active content is what a viewer would run, follow or fetch on its own:
// <script>, <foreignObject> (HTML inside SVG), <iframe>/<object>/<embed>,
// <set>/<animate*> (they can rewrite an href), on* event attributes, and
// links (href, xlink:href, src, action) to anything but http(s) or a
// fragment of the same document. In a Graphviz HTML-like label, only the
// tags Graphviz draws as text are allowed (no <IMG>, which reads a file),
// and backslashes come in pairs (Graphviz expands \N, \G, \L ... there).

#include <cctype>
#include <cstdint>
#include <string>
#include <string_view>
#include <initializer_list>
#include <vector>

namespace tenk::fuzz {

inline std::string lower(std::string_view s) {
  std::string out;
  for (char c : s) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

/// ASCII case-insensitive equality. (By hand, as at() below: the memcmp
/// of the library would be intercepted by libFuzzer, at a cost per call.)
inline bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  return true;
}

/// `name` without its namespace prefix (`xlink:href` -> `href`).
inline std::string_view local_name(std::string_view name) {
  const std::size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

/// Why a link target is not safe, or "" when it is. As a browser does, tabs
/// and newlines anywhere and controls and spaces around are dropped first
/// ("java\tscript:" is javascript:).
inline std::string link_problem(std::string_view value) {
  std::string v;
  for (char c : value)
    if (c != '\t' && c != '\n' && c != '\r') v += c;
  std::size_t b = 0, e = v.size();
  while (b < e && static_cast<unsigned char>(v[b]) <= 0x20) ++b;
  while (e > b && static_cast<unsigned char>(v[e - 1]) <= 0x20) --e;
  v = lower(std::string_view(v).substr(b, e - b));
  if (v.starts_with("http://") || v.starts_with("https://") || v.starts_with("#")) return "";
  return "link to '" + std::string(value.substr(0, 200)) + "'";
}

/// True for the characters XML 1.0 allows (the Char production).
inline bool xml_char(std::uint32_t cp) {
  return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) ||
         (cp >= 0x10000 && cp <= 0x10FFFF);
}

/// "" when `text` is strict UTF-8 (no overlong forms, no surrogates) made of
/// XML characters only, else where it is not. Independent of core/utf8.h,
/// which the escapers under test use.
inline std::string encoding_problem(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const auto b = static_cast<unsigned char>(text[i]);
    std::size_t n = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;
    if (n == 0 || i + n > text.size()) return "invalid UTF-8 at byte " + std::to_string(i);
    std::uint32_t cp = n == 1 ? b : n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : (b & 0x07);
    for (std::size_t k = 1; k < n; ++k) {
      const auto c = static_cast<unsigned char>(text[i + k]);
      if ((c & 0xC0) != 0x80) return "invalid UTF-8 at byte " + std::to_string(i);
      cp = (cp << 6) | (c & 0x3F);
    }
    const std::uint32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < least[n] || (cp >= 0xD800 && cp <= 0xDFFF)) return "invalid UTF-8 at byte " + std::to_string(i);
    if (!xml_char(cp)) return "character U+" + std::to_string(cp) + " not allowed in XML at byte " + std::to_string(i);
    i += n;
  }
  return "";
}

/// One pass over a document; problem() says what is wrong, "" if nothing.
class XmlChecker {
 public:
  /// `label`: the text is the body of a Graphviz HTML-like label, checked
  /// as the content of one element, with the label rules above.
  XmlChecker(std::string_view text, bool label) : s_(text), label_(label) {}

  std::string problem() {
    if (auto p = encoding_problem(s_); !p.empty()) return p;
    if (label_) {
      content();
      if (err_.empty() && i_ != s_.size()) fail("unexpected '</'");
      return err_;
    }
    if (s_.starts_with("<?xml") && s_.size() > 5 && space(s_[5])) i_ = skip_past("?>");
    misc();
    if (err_.empty() && !at("<")) fail("no root element");
    if (err_.empty()) element();
    misc();
    if (err_.empty() && i_ != s_.size()) fail("content after the root element");
    return err_;
  }

 private:
  std::string_view s_;
  bool label_;
  std::size_t i_ = 0;
  std::string err_;

  void fail(const std::string& what) {
    if (err_.empty()) err_ = what + " at byte " + std::to_string(i_);
  }
  bool at(std::string_view t) const {
    if (s_.size() - i_ < t.size()) return false;
    for (std::size_t k = 0; k < t.size(); ++k)
      if (s_[i_ + k] != t[k]) return false;
    return true;
  }
  static bool space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
  void skip_space() {
    while (i_ < s_.size() && space(s_[i_])) ++i_;
  }
  std::size_t skip_past(std::string_view end) {
    const std::size_t e = s_.find(end, i_);
    if (e == std::string_view::npos) {
      fail("unterminated markup, no '" + std::string(end) + "'");
      return s_.size();
    }
    return e + end.size();
  }

  // Comments, processing instructions and white space around the root.
  void misc() {
    while (err_.empty()) {
      skip_space();
      if (at("<!--")) comment();
      else if (at("<?")) pi();
      else if (at("<!")) return fail("DOCTYPE or other declaration");
      else return;
    }
  }
  void comment() {
    i_ += 4;
    const std::size_t end = skip_past("--");
    if (!err_.empty()) return;
    i_ = end;
    if (!at(">")) return fail("'--' inside a comment");
    ++i_;
  }
  void pi() {
    i_ += 2;
    if (iequals(name(), "xml")) return fail("XML declaration not at the start");
    i_ = skip_past("?>");
  }

  std::string_view name() {
    const std::size_t b = i_;
    auto start = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_' || c == ':'; };
    auto rest = [&](char c) { return start(c) || std::isdigit(static_cast<unsigned char>(c)) || c == '-' || c == '.'; };
    if (i_ < s_.size() && start(s_[i_])) {
      ++i_;
      while (i_ < s_.size() && rest(s_[i_])) ++i_;
    }
    if (i_ == b) fail("name expected");
    return s_.substr(b, i_ - b);
  }

  // `&...;` at i_, appended decoded to `out`.
  void reference(std::string& out) {
    const std::size_t semi = s_.find(';', i_);
    if (semi == std::string_view::npos || semi - i_ > 12) return fail("'&' that starts no reference");
    const std::string_view ref = s_.substr(i_ + 1, semi - i_ - 1);
    if (ref == "lt") out += '<';
    else if (ref == "gt") out += '>';
    else if (ref == "amp") out += '&';
    else if (ref == "quot") out += '"';
    else if (ref == "apos") out += '\'';
    else if (ref.starts_with("#")) {
      const bool hex = ref.starts_with("#x");
      const std::string_view digits = ref.substr(hex ? 2 : 1);
      std::uint32_t cp = 0;
      if (digits.empty()) return fail("empty character reference");
      for (char c : digits) {
        const int d = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                      : hex && std::isxdigit(static_cast<unsigned char>(c)) ? std::tolower(c) - 'a' + 10
                                                                              : -1;
        if (d < 0) return fail("bad character reference");
        cp = cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
        if (cp > 0x10FFFF) return fail("character reference out of range");
      }
      if (!xml_char(cp)) return fail("character reference to a character XML forbids");
      out += cp < 0x80 ? static_cast<char>(cp) : '?';  // only ASCII matters to the checks below
    } else {
      return fail("undefined entity &" + std::string(ref) + ";");
    }
    i_ = semi + 1;
  }

  void element() {
    ++i_;  // '<'
    const std::string_view tag = name();
    if (!err_.empty()) return;
    check_element(tag);
    std::vector<std::string_view> seen;
    while (err_.empty()) {
      const std::size_t before = i_;
      skip_space();
      if (at("/>")) {
        i_ += 2;
        return;
      }
      if (at(">")) {
        ++i_;
        break;
      }
      if (i_ == before) return fail("space expected before an attribute");
      const std::string_view attr = name();
      if (!err_.empty()) return;
      for (std::string_view other : seen)
        if (other == attr) return fail("attribute " + std::string(attr) + " given twice");
      seen.push_back(attr);
      skip_space();
      if (!at("=")) return fail("'=' expected after " + std::string(attr));
      ++i_;
      skip_space();
      if (i_ >= s_.size() || (s_[i_] != '"' && s_[i_] != '\'')) return fail("quoted value expected");
      const char quote = s_[i_++];
      std::string value;
      while (err_.empty() && i_ < s_.size() && s_[i_] != quote) {
        if (s_[i_] == '<') return fail("'<' in an attribute value");
        if (s_[i_] == '&') reference(value);
        else value += s_[i_++];
      }
      if (i_ >= s_.size()) return fail("unterminated attribute value");
      ++i_;
      check_attribute(attr, value);
    }
    if (!err_.empty()) return;
    content();
    if (!err_.empty()) return;
    if (!at("</")) return fail("<" + std::string(tag) + "> not closed");
    i_ += 2;
    const std::string_view closing = name();
    skip_space();
    if (closing != tag || !at(">")) return fail("</" + std::string(closing) + "> closes <" + std::string(tag) + ">");
    ++i_;
  }

  // Character data and children, up to a closing tag or the end.
  void content() {
    std::string text;  // kept for labels only
    while (err_.empty() && i_ < s_.size()) {
      const char c = s_[i_];
      if (c == '&') {
        reference(text);
      } else if (c == ']' && at("]]>")) {
        fail("']]>' in text");
      } else if (c != '<') {
        if (label_) text += c;
        ++i_;
      } else if (at("</")) {
        break;
      } else if (at("<!--")) {
        comment();
      } else if (at("<![CDATA[")) {
        const std::size_t b = i_ + 9;
        i_ = skip_past("]]>");
        if (err_.empty() && label_) text += std::string(s_.substr(b, i_ - 3 - b));
      } else if (at("<?")) {
        pi();
      } else if (at("<!")) {
        fail("declaration inside an element");
      } else {
        check_text(text);
        text.clear();
        element();
      }
    }
    check_text(text);
  }

  void check_text(const std::string& text) {
    if (!label_) return;
    std::size_t run = 0;
    for (char c : text + ' ') {
      if (c == '\\') ++run;
      else if (run % 2 == 1) return fail("a lone backslash (a Graphviz escape) in a label");
      else run = 0;
    }
  }

  void check_element(std::string_view tag) {
    auto any_of = [&](std::initializer_list<std::string_view> names, std::string_view t) {
      for (std::string_view n : names)
        if (iequals(t, n)) return true;
      return false;
    };
    if (label_) {
      if (!any_of({"b", "i", "u", "o", "s", "sub", "sup", "font", "br", "table", "tr", "td", "hr", "vr"}, tag))
        fail("<" + std::string(tag) + "> in a label");
      return;
    }
    const std::string_view local = local_name(tag);
    if (any_of({"script", "foreignObject", "iframe", "object", "embed", "set", "handler"}, local) ||
        iequals(local.substr(0, 7), "animate"))
      fail("<" + std::string(tag) + "> element");
  }

  void check_attribute(std::string_view attr, const std::string& value) {
    const std::string_view local = local_name(attr);
    if (iequals(local.substr(0, 2), "on")) return fail("event attribute " + std::string(attr));
    if (iequals(local, "href") || iequals(local, "src") || iequals(local, "action") || iequals(local, "formaction"))
      if (auto p = link_problem(value); !p.empty()) return fail(p);
    if (iequals(local, "style") && lower(value).find("javascript:") != std::string::npos)
      return fail("javascript: in a style");
  }
};

/// "" when `xml` is a well-formed document without active content, else
/// what is wrong and where.
inline std::string xml_problem(std::string_view xml) { return XmlChecker(xml, false).problem(); }

/// "" when `body` is a safe Graphviz HTML-like label body (without the
/// outer `<>`), else what is wrong.
inline std::string label_problem(std::string_view body) { return XmlChecker(body, true).problem(); }

}  // namespace tenk::fuzz
