#include <catch2/catch.hpp>

#include "render/svg_writer.h"
#include "render_support.h"

using namespace tenk;

TEST_CASE("xml_escape: escapes the five markup characters") {
  CHECK(xml_escape("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&#39;");
  CHECK(xml_escape("]]>") == "]]&gt;");
  CHECK(xml_escape("&amp;") == "&amp;amp;");
}

TEST_CASE("xml_escape: keeps unicode and emoji, replaces bytes XML forbids") {
  CHECK(xml_escape("Café 🎉 数学") == "Café 🎉 数学");
  CHECK(xml_escape(std::string("a\0b", 3)) == "a\xEF\xBF\xBD" "b");
  CHECK(xml_escape("a\x01\x1b" "b") == "a\xEF\xBF\xBD\xEF\xBF\xBD" "b");
  CHECK(xml_escape("tab\tnl\n") == "tab\tnl\n");
  CHECK(xml_escape("bad \xC3 utf8") == "bad \xEF\xBF\xBD utf8");
  CHECK(xml_escape("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate
  CHECK(xml_escape("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");  // overlong '/'
  CHECK(test::well_formed("<t>" + xml_escape("\x01\xFF\xFE<&>\xEF\xBF\xBE") + "</t>"));
}

TEST_CASE("safe_url: only http and https pass") {
  CHECK(safe_url("https://example.com/a") == "https://example.com/a");
  CHECK(safe_url("HTTP://example.com") == "HTTP://example.com");
  CHECK(safe_url("javascript:alert(1)").empty());
  CHECK(safe_url("JavaScript:alert(1)").empty());
  CHECK(safe_url(" https://x.org").empty());
  CHECK(safe_url("data:text/html,<script>").empty());
  CHECK(safe_url("file:///etc/passwd").empty());
  CHECK(safe_url("/relative").empty());
  CHECK(safe_url("https://").empty());
  CHECK(safe_url("").empty());
}

TEST_CASE("safe_url: escapes ampersands and percent-encodes attribute breakers") {
  CHECK(safe_url("https://a.b/?x=1&y=2") == "https://a.b/?x=1&amp;y=2");
  CHECK(safe_url("https://a.b/\" onclick=\"x") == "https://a.b/%22%20onclick=%22x");
  CHECK(safe_url("https://a.b/<x>'\\") == "https://a.b/%3Cx%3E%27%5C");
  CHECK(safe_url("https://a.b/\n\t\x7f") == "https://a.b/%0A%09%7F");
  std::string u = safe_url("https://a.b/?q=\"><script>alert(1)</script>&z='");
  CHECK(u.find_first_of("\"<>'\\ ") == std::string::npos);
  CHECK(test::well_formed("<a href=\"" + u + "\"/>"));
}

TEST_CASE("num: two decimals at most, no trailing zeros") {
  CHECK(num(12.5) == "12.5");
  CHECK(num(3) == "3");
  CHECK(num(3.14159) == "3.14");
  CHECK(num(-0.001) == "0");
  CHECK(num(2.999) == "3");
  CHECK(num(-4.25) == "-4.25");
}

TEST_CASE("truncate_text: counts code points and ends in an ellipsis") {
  CHECK(truncate_text("short", 10) == "short");
  CHECK(truncate_text("abcdefghij", 5) == "abcd…");
  CHECK(truncate_text("ééééé", 4) == "ééé…");
  CHECK(truncate_text("🎉🎉🎉", 2) == "🎉…");
  CHECK(utf8_length("é🎉a") == 3);
}
