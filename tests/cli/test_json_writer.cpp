#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "io/json_writer.h"

TEST_CASE("json_writer: same text as nlohmann's dump(2), escapes included") {
  std::ostringstream out;
  tenk::JsonWriter w(out);
  w.begin_object();
  w.field("title", std::string("quote \" backslash \\ newline \n tab \t bell \x07 é ✓"));
  w.field("hours", 1.5);
  w.field("whole", 2.0);
  w.field("third", 0.333);
  w.field("count", 3);
  w.field("ok", true);
  w.key("none");
  w.null();
  w.key("empty");
  w.begin_array();
  w.end_array();
  w.key("days");
  w.begin_array();
  w.begin_object();
  w.field("date", "2026-11-24");
  w.key("blocks");
  w.begin_array();
  w.value("a");
  w.value(0.25);
  w.end_array();
  w.end_object();
  w.end_array();
  w.key("nested_empty");
  w.begin_object();
  w.end_object();
  w.end_object();
  auto parsed = nlohmann::ordered_json::parse(out.str());  // keeps key order
  CHECK(parsed["title"] == "quote \" backslash \\ newline \n tab \t bell \x07 é ✓");
  CHECK(out.str() == parsed.dump(2) + "\n");
}

TEST_CASE("json_writer: bytes that are not UTF-8 become U+FFFD, like nlohmann's replace handler") {
  // Latin-1 é, a stray continuation byte, an overlong '/', valid text.
  for (std::string text : {"Caf\xE9", "a\x80" "b", "\xC0\xAF", "ok ✓ é"}) {
    INFO(text);
    std::string ours = tenk::JsonWriter::quote(text);
    std::string theirs = nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    CHECK(ours == theirs);
    CHECK_NOTHROW(nlohmann::json::parse(ours));
  }
}

TEST_CASE("json_writer: a cut-off UTF-8 sequence still gives valid JSON") {
  // nlohmann makes one U+FFFD of the two bytes, we make one per byte: both
  // are valid JSON saying the same.
  std::string ours = tenk::JsonWriter::quote("end\xE2\x80");
  CHECK(ours == "\"end\xEF\xBF\xBD\xEF\xBF\xBD\"");
  CHECK_NOTHROW(nlohmann::json::parse(ours));
}
