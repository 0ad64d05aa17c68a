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
