#include <catch2/catch.hpp>

#include "cli/text.h"

using tenk::fit;
using tenk::printable;

TEST_CASE("printable: control characters are shown, never sent to the terminal") {
  CHECK(printable("plain title") == "plain title");
  CHECK(printable("a\x1b[2Jb") == "a^[[2Jb");
  CHECK(printable("\x1b]52;c;ZXZpbA==\x07") == "^[]52;c;ZXZpbA==^G");
  CHECK(printable("tab\there\nnew") == "tab^Ihere^Jnew");
  CHECK(printable("del\x7f") == "del^?");
  CHECK(printable("c1 \xC2\x9B" "2J") == "c1 <U+009B>2J");                  // CSI as one C1 character
  CHECK(printable("evil\xE2\x80\xAEtxt.exe") == "evil<U+202E>txt.exe");  // right-to-left override
  CHECK(printable("caf\xE9") == "caf\xEF\xBF\xBD");                      // Latin-1, not UTF-8
  CHECK(printable("\xE2\x9C\x93 \xE6\x97\xA5\xE6\x9C\xAC") == "\xE2\x9C\x93 \xE6\x97\xA5\xE6\x9C\xAC");
}

TEST_CASE("fit: hostile text is made printable before it is measured and cut") {
  CHECK(fit("a\x1b" "b", 5) == "a^[b ");
  CHECK(fit("abcdef", 4) == "abc\xE2\x80\xA6");
}
