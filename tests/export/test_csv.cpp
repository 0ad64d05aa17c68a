#include <catch2/catch.hpp>

#include "export/csv.h"
#include "export_support.h"

using namespace tenk;
using namespace tenk::test;

TEST_CASE("csv: a header and one record per entry, CRLF") {
  auto c = curriculum_of({{"python", "Python basics"}, {"numpy", "NumPy"}});
  Journal j = {logged("2026-11-23", "python", 90, "chapters 1-3"), logged("2026-11-24", "numpy", 20)};
  CHECK(csv_text(ledger_rows(c, j, on("2026-12-01"))) ==
        "date,id,title,hours,note\r\n"
        "2026-11-23,python,Python basics,1.50,chapters 1-3\r\n"
        "2026-11-24,numpy,NumPy,0.33,\r\n");
}

TEST_CASE("csv: fields with commas, quotes or line breaks are quoted, quotes doubled") {
  auto c = curriculum_of({{"python", "Python, \"the\" basics"}});
  Journal j = {logged("2026-11-23", "python", 60, "line one\nline \"two\"\r\nend, ok"),
               logged("2026-11-24", "python", 60, "=1+1 ; semicolons and ünïcödé stay as they are")};
  CHECK(csv_text(ledger_rows(c, j, on("2026-12-01"))) ==
        "date,id,title,hours,note\r\n"
        "2026-11-23,python,\"Python, \"\"the\"\" basics\",1.00,\"line one\nline \"\"two\"\"\r\nend, ok\"\r\n"
        "2026-11-24,python,\"Python, \"\"the\"\" basics\",1.00,'=1+1 ; semicolons and ünïcödé stay as they are\r\n");
}

TEST_CASE("csv: bytes that are not UTF-8 become U+FFFD") {
  auto c = curriculum_of({{"python", "Caf\xe9"}});
  auto text = csv_text(ledger_rows(c, {logged("2026-11-23", "python", 60, "\xc3")}, on("2026-12-01")));
  CHECK(text.ends_with("2026-11-23,python,Caf\xEF\xBF\xBD,1.00,\xEF\xBF\xBD\r\n"));
}

TEST_CASE("csv: a text cell starting with = + - @ tab or CR gets a leading ' (never a formula)") {
  auto c = curriculum_of({{"r1", "=SUM(A1)"}, {"r2", "@cmd"}, {"r3", "Plain - = +"}});
  Journal j = {logged("2026-11-23", "r1", 60, "+1"), logged("2026-11-23", "r2", 60, "-1"),
               logged("2026-11-23", "r3", 60, "\tTab"), logged("2026-11-23", "r3", 60, "\rCR, quoted"),
               logged("2026-11-23", "-gone", 60, "")};
  CHECK(csv_text(ledger_rows(c, j, on("2026-12-01"))) ==
        "date,id,title,hours,note\r\n"
        "2026-11-23,r1,'=SUM(A1),1.00,'+1\r\n"
        "2026-11-23,r2,'@cmd,1.00,'-1\r\n"
        "2026-11-23,r3,Plain - = +,1.00,'\tTab\r\n"
        "2026-11-23,r3,Plain - = +,1.00,\"'\rCR, quoted\"\r\n"
        "2026-11-23,'-gone,'-gone,1.00,\r\n");
}
