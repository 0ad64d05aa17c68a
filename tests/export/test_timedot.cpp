#include <catch2/catch.hpp>

#include "export/timedot.h"
#include "export_support.h"

using namespace tenk;
using namespace tenk::test;

TEST_CASE("timedot: a date line, then one account line per entry, the note as a comment") {
  auto c = curriculum_of({{"python", "Python basics"}, {"numpy", "NumPy"}});
  Journal j = {logged("2026-11-23", "python", 90, "chapters 1-3"), logged("2026-11-23", "numpy", 20),
               logged("2026-11-25", "python", 40, "ch. 4; #5, \"quoted\"")};
  CHECK(timedot_text("cml", ledger_rows(c, j, on("2026-12-01"))) ==
        "# tenk journal of curriculum cml, hours as hledger timedot\n"
        "\n"
        "2026-11-23\n"
        "tenk:cml:python  1.50  ; chapters 1-3\n"
        "tenk:cml:numpy  0.33\n"
        "\n"
        "2026-11-25\n"
        "tenk:cml:python  0.67  ; ch. 4; #5, \"quoted\"\n");
}

TEST_CASE("timedot: a note stays on its line — bad UTF-8 is replaced") {
  auto c = curriculum_of({{"python", "Python basics"}});
  auto text = timedot_text("cml", ledger_rows(c, {logged("2026-11-23", "python", 60, "one\ntwo\r\nthree\tfour \xff ü")},
                                              on("2026-12-01")));
  CHECK(text.ends_with("tenk:cml:python  1.00  ; one two  three four \xEF\xBF\xBD ü\n"));
}

TEST_CASE("timedot: an empty journal is the comment alone") {
  auto c = curriculum_of({{"python", "Python basics"}});
  CHECK(timedot_text("cml", ledger_rows(c, {}, on("2026-12-01"))) ==
        "# tenk journal of curriculum cml, hours as hledger timedot\n");
}

TEST_CASE("timedot: an id that is not a valid one is one account: every other byte as %XX") {
  auto c = curriculum_of({{"python", "Python basics"}});
  Journal j = {logged("2026-11-23", "old  9999 ;", 60), logged("2026-11-23", "a:b\n2026-11-24\tx", 60),
               logged("2026-11-23", " #lead 100%", 60), logged("2026-11-23", "日", 60),
               logged("2026-11-23", "Ok.v1_2-3", 60), logged("2026-11-23", "python", 60)};
  CHECK(timedot_text("cml", ledger_rows(c, j, on("2026-12-01"))) ==
        "# tenk journal of curriculum cml, hours as hledger timedot\n"
        "\n"
        "2026-11-23\n"
        "tenk:cml:old%20%209999%20%3B  1.00\n"
        "tenk:cml:a%3Ab%0A2026-11-24%09x  1.00\n"
        "tenk:cml:%20%23lead%20100%25  1.00\n"
        "tenk:cml:%E6%97%A5  1.00\n"
        "tenk:cml:Ok.v1_2-3  1.00\n"
        "tenk:cml:python  1.00\n");
}
