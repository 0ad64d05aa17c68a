// `tenk show ID` (SPEC 4): one resource, choice or practice item.

#include <catch2/catch.hpp>

#include "cli_fixture.h"

using namespace tenk::test;
using nlohmann::json;

namespace {

void journal(const Scratch& s, const std::string& text) { s.file("journal.log.yaml", text); }

const char* kJournal =
    "- {date: 2026-11-23, id: python, hours: 2, note: \"chapters 1-4\"}\n"
    "- {date: 2026-11-24, id: python, hours: 1, done: true}\n"
    "- {date: 2026-11-24, choice: first-dl, pick: cs231n}\n";

}  // namespace

TEST_CASE("show: a resource's place, hours, requirements, what it unlocks, plan and journal (JSON)") {
  Scratch s;
  journal(s, kJournal);
  auto r = run_small(s, {"show", "numpy", "--json", "--today", "2026-11-25"});
  REQUIRE(r.code == 0);
  auto j = json_of(r);
  CHECK(j["id"] == "numpy");
  CHECK(j["type"] == "resource");
  CHECK(j["title"] == "NumPy");
  CHECK(j["state"] == "ready");
  CHECK(j["estimate"] == 2.0);
  CHECK(j["logged"] == 0.0);
  CHECK(j["remaining"] == 2.0);
  CHECK(j["requires"] == json::array({{{"id", "python"}, {"state", "done"}}}));
  CHECK(j["unlocks"] == json::array({{{"id", "fastai"}, {"state", "unpicked"}}, {{"id", "cs231n"}, {"state", "blocked"}}}));
  CHECK(j["start"] == "2026-11-25");
  CHECK(j["end"] == "2026-11-25");
  CHECK(j["entries"].empty());
  auto py = json_of(run_small(s, {"show", "python", "--json", "--today", "2026-11-25"}));
  CHECK(py["state"] == "done");
  CHECK(py["start"].is_null());
  REQUIRE(py["entries"].size() == 2);
  CHECK(py["entries"][0] == json{{"date", "2026-11-23"}, {"id", "python"}, {"hours", 2.0}, {"note", "chapters 1-4"}});
  CHECK(py["entries"][1]["done"] == true);
}

TEST_CASE("show: a choice names its pick and options — an option names its choice") {
  Scratch s;
  journal(s, kJournal);
  auto j = json_of(run_small(s, {"show", "first-dl", "--json", "--today", "2026-11-25"}));
  CHECK(j["type"] == "choice");
  CHECK(j["choice"]["picked"] == "cs231n");
  CHECK(j["choice"]["options"] == json::array({"fastai", "cs231n"}));
  CHECK(j["estimate"] == 20.0);  // the pick's
  CHECK(j["unlocks"] == json::array({{{"id", "gpt"}, {"state", "blocked"}}}));
  auto option = json_of(run_small(s, {"show", "fastai", "--json", "--today", "2026-11-25"}));
  CHECK(option["state"] == "unpicked");
  CHECK(option["choice"]["id"] == "first-dl");
  auto text = run_small(s, {"show", "first-dl", "--today", "2026-11-25"});
  CHECK(text.out.find("First deep-learning course  first-dl") != std::string::npos);
  CHECK(text.out.find("picked cs231n") != std::string::npos);
}

TEST_CASE("show: text reads as a card with the notes — titles are accepted and named") {
  Scratch s;
  journal(s, kJournal);
  auto r = run_small(s, {"show", "Python basics", "--today", "2026-11-25"});
  REQUIRE(r.code == 0);
  CHECK(r.err == "tenk: note: 'Python basics' is python\n");
  CHECK(r.out.find("Python basics  python\n") == 0);
  CHECK(r.out.find("https://docs.python.org/3/tutorial/") != std::string::npos);
  CHECK(r.out.find("3 h logged of 3 h estimated; 0 h left") != std::string::npos);
  CHECK(r.out.find("2026-11-23  2h") != std::string::npos);
  CHECK(r.out.find("chapters 1-4") != std::string::npos);
}

TEST_CASE("show: an unknown id is exit 1 with suggestions by id and by title words") {
  Scratch s;
  auto r = run_small(s, {"show", "numpi"});
  CHECK(r.code == 1);
  CHECK(r.err == "tenk: error: unknown id 'numpi'; did you mean numpy (NumPy)?\n");
  auto words = run_small(s, {"show", "practical"});
  CHECK(words.code == 1);
  CHECK(words.err.find("did you mean fastai (fast.ai Practical Deep Learning)?") != std::string::npos);
  auto json_err = run_small(s, {"show", "nothing-like-it", "--json"});
  CHECK(json_err.code == 1);
  CHECK(json_of(json_err)["ok"] == false);
}
