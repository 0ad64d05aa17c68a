#pragma once
// For the render harness: is a document well-formed XML (libxml2 decides),
// and free of active content? Active content is what a browser would run
// or follow on its own: <script>, <foreignObject> (HTML inside SVG), on*
// event attributes, and links (href, xlink:href, src) to anything but
// http(s) or a fragment of the same document.

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <cctype>
#include <string>
#include <string_view>

namespace tenk::fuzz {

inline std::string lower(std::string_view s) {
  std::string out;
  for (char c : s) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

/// Why a link target is not safe, or "" when it is.
inline std::string link_problem(std::string_view value) {
  std::size_t i = 0;
  while (i < value.size() && static_cast<unsigned char>(value[i]) <= 0x20) ++i;
  std::string v = lower(value.substr(i));
  if (v.starts_with("http://") || v.starts_with("https://") || v.starts_with("#")) return "";
  return "link to '" + std::string(value) + "'";
}

inline std::string active_content(xmlNode* node) {
  for (; node; node = node->next) {
    if (node->type != XML_ELEMENT_NODE) continue;
    std::string name = lower(reinterpret_cast<const char*>(node->name));
    if (name == "script" || name == "foreignobject" || name == "iframe" || name == "object" || name == "embed")
      return "<" + name + "> element";
    for (xmlAttr* a = node->properties; a; a = a->next) {
      std::string attr = lower(reinterpret_cast<const char*>(a->name));
      xmlChar* raw = xmlNodeListGetString(node->doc, a->children, 1);
      std::string value = raw ? reinterpret_cast<const char*>(raw) : "";
      xmlFree(raw);
      if (attr.starts_with("on")) return "event attribute " + attr;
      if (attr == "href" || attr == "src" || attr == "action") {
        if (auto p = link_problem(value); !p.empty()) return p;
      }
    }
    if (auto inner = active_content(node->children); !inner.empty()) return inner;
  }
  return "";
}

/// "" when `xml` is a well-formed document without active content, else
/// what is wrong.
inline std::string xml_problem(const std::string& xml) {
  xmlDoc* doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "fuzz.svg", nullptr,
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_HUGE);
  if (!doc) return "not well-formed XML";
  std::string problem = active_content(xmlDocGetRootElement(doc));
  xmlFreeDoc(doc);
  return problem;
}

}  // namespace tenk::fuzz
