// render/post.h: X's way of counting a post's length.

#include <catch2/catch.hpp>

#include "render/post.h"

using tenk::x_length;

TEST_CASE("x_length: twitter-text's weights — Latin 1, CJK and emoji 2, punctuation of U+2000-U+201F 1") {
  CHECK(x_length("") == 0);
  CHECK(x_length("Day 1 of ML") == 11);
  CHECK(x_length("caf\xC3\xA9") == 4);             // é: U+00E9
  CHECK(x_length("\xE2\x80\x94") == 1);            // — U+2014
  CHECK(x_length("\xE2\x80\xA6") == 2);            // … U+2026, outside the light ranges
  CHECK(x_length("\xE5\xAD\xA6\xE7\xBF\x92") == 4);  // 学習
  CHECK(x_length("\xF0\x9F\x9A\x80") == 2);        // 🚀 U+1F680
  CHECK(x_length("\xFF") == 2);                    // not UTF-8
}
