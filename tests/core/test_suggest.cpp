#include <catch2/catch.hpp>

#include "core/suggest.h"

TEST_CASE("edit_distance counts single-letter edits") {
  CHECK(tenk::edit_distance("requries", "requires", 5) == 2);
  CHECK(tenk::edit_distance("abc", "abc", 5) == 0);
  CHECK(tenk::edit_distance("", "abc", 5) == 3);
  CHECK(tenk::edit_distance("kitten", "sitting", 1) == 2);  // gives up past the limit
}

TEST_CASE("closest suggests plausible typos only") {
  std::vector<std::string> ids = {"linalg-3b1b", "python-basics", "cs231n"};
  CHECK(tenk::closest("python-basic", ids) == "python-basics");
  CHECK(tenk::closest("cs231", ids) == "cs231n");
  CHECK(tenk::closest("linalg", ids) == "linalg-3b1b");
  CHECK(tenk::closest("zzzzzz", ids).empty());
  CHECK(tenk::did_you_mean("requries", {"requires", "title"}) == " (did you mean 'requires'?)");
  CHECK(tenk::did_you_mean("xyz", {"requires"}).empty());
}
