// The hand-written XML checker of the render fuzzer (tests/fuzz/xml_check.h):
// it must call well-formed what libxml2 (xmllint) calls well-formed, refuse
// what xmllint refuses, and find active content in well-formed documents.

#include <catch2/catch.hpp>

#include "fuzz/xml_check.h"
#include "render/graph_model.h"
#include "render/heatmap.h"
#include "render/svg_writer.h"
#include "render_support.h"

using namespace tenk;
using fuzz::label_problem;
using fuzz::link_problem;
using fuzz::xml_problem;

TEST_CASE("xml_check: accepts well-formed documents, as xmllint does") {
  const std::string docs[] = {
      "<svg/>",
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\">\n"
      "<a href=\"https://x.org/?a=1&amp;b=2\" target='_blank'><text x=\"1\">a &lt; b &#233; &#x1F600; \xC3\xA9</text></a>"
      "<!-- a comment --><?pi data?><g><![CDATA[ <not markup> ]]></g></svg>\n",
      "<svg xmlns:xlink=\"http://www.w3.org/1999/xlink\"><a xlink:href=\"#top\"/></svg>",
      render_heatmap({}, std::nullopt, *Date::parse("2026-03-16"), "<script>alert(1)</script> & \x1b[2J \xff", nullptr).svg,
  };
  for (const auto& doc : docs) {
    INFO(doc.substr(0, 300));
    CHECK(test::well_formed(doc));
    CHECK(xml_problem(doc) == "");
  }
}

TEST_CASE("xml_check: refuses documents that are not well-formed, as xmllint does") {
  const std::string docs[] = {
      "<svg><text>a < b</text></svg>",
      "<svg><text>a & b</text></svg>",
      "<svg>&foo;</svg>",
      "<svg>&#0;</svg>",
      "<svg>&#x110000;</svg>",
      "<svg a=\"1\" a=\"2\"/>",
      "<svg a=\"<\"/>",
      "<svg a=1/>",
      "<svg><g></svg>",
      "<svg><g>",
      "<svg/><svg/>",
      "text<svg/>",
      "<svg/>text",
      "<svg>]]></svg>",
      "<svg><!-- a -- b --></svg>",
      "<svg>\x01</svg>",
      "<svg>\xff</svg>",
      "<svg>\xC0\xAF</svg>",          // overlong '/'
      "<svg>\xED\xA0\x80</svg>",      // a surrogate
      "<svg>\xEF\xBF\xBE</svg>",      // U+FFFE
      " <?xml version=\"1.0\"?><svg/>",  // a declaration not at the start
      "",
  };
  for (const auto& doc : docs) {
    INFO(doc);
    CHECK_FALSE(test::well_formed(doc));
    CHECK(xml_problem(doc) != "");
  }
}

TEST_CASE("xml_check: finds active content in well-formed documents") {
  const std::string docs[] = {
      "<svg><script>alert(1)</script></svg>",
      "<svg><SCRIPT/></svg>",
      "<svg onload=\"alert(1)\"/>",
      "<svg><g ONCLICK=\"x\"/></svg>",
      "<svg><a href=\"javascript:alert(1)\"/></svg>",
      "<svg xmlns:xlink=\"http://www.w3.org/1999/xlink\"><a xlink:href=\" JaVaScRiPt:alert(1)\"/></svg>",
      "<svg><a href=\"java&#x09;script:alert(1)\"/></svg>",
      "<svg><a href=\"&#106;avascript:alert(1)\"/></svg>",
      "<svg><image src=\"data:image/png;base64,AA\"/></svg>",
      "<svg><foreignObject><div/></foreignObject></svg>",
      "<svg><set attributeName=\"href\" to=\"javascript:x\"/></svg>",
      "<svg><animate attributeName=\"href\" values=\"javascript:x\"/></svg>",
      "<svg><g style=\"background:url(javascript:x)\"/></svg>",
  };
  for (const auto& doc : docs) {
    INFO(doc);
    CHECK(test::well_formed(doc));
    CHECK(xml_problem(doc) != "");
  }
  // Stricter than XML where tenk never needs more: no DOCTYPE, so no entity
  // definitions to expand.
  CHECK(xml_problem("<!DOCTYPE svg [<!ENTITY x \"y\">]><svg>&x;</svg>") != "");
}

TEST_CASE("xml_check: links are http(s) or fragments, read as a browser reads them") {
  CHECK(link_problem("https://example.org/") == "");
  CHECK(link_problem("HTTP://example.org/") == "");
  CHECK(link_problem("  https://example.org/") == "");
  CHECK(link_problem("#node") == "");
  CHECK(link_problem("javascript:alert(1)") != "");
  CHECK(link_problem("\x01javascript:alert(1)") != "");
  CHECK(link_problem("java\nscript:alert(1)") != "");
  CHECK(link_problem("data:text/html,x") != "");
  CHECK(link_problem("file:///etc/passwd") != "");
  CHECK(link_problem("//evil.example/") != "");
  CHECK(link_problem("") != "");
}

TEST_CASE("xml_check: Graphviz labels hold only text tags and paired backslashes") {
  CHECK(label_problem("<B>a &amp; b</B><BR/><FONT POINT-SIZE=\"9\" COLOR=\"#fff\">x \\\\ y</FONT>") == "");
  CHECK(label_problem("<TABLE BORDER=\"0\"><TR><TD>cell</TD></TR></TABLE>") == "");
  CHECK(label_problem("plain text") == "");
  CHECK(label_problem("") == "");
  CHECK(label_problem("<IMG SRC=\"/etc/passwd\"/>") != "");
  CHECK(label_problem("<script/>") != "");
  CHECK(label_problem("a \\N b") != "");
  CHECK(label_problem("trailing \\") != "");
  CHECK(label_problem("<B>x") != "");
  CHECK(label_problem("x</B>") != "");
  CHECK(label_problem("a < b") != "");
  CHECK(label_problem("<TD HREF=\"javascript:x\">a</TD>") != "");
  // What the graph model writes for hostile text is a safe label.
  CHECK(label_problem(label_text("<IMG SRC=\"/etc/passwd\"/> \\N & \xff")) == "");
}
