// The matrix: every command, picture and export format, in text and --json,
// against every shipped curriculum and one that uses every feature at once
// (tests/data/cli/everything.yaml), each with an empty journal, a month of
// journal and a finished one. Features tested alone meet here: a crash once
// shipped because practice items and the calendar export never met in a
// test. Every run must end with exit 0, or exit 1 with a message; never a
// signal or an "internal error", and every --json output must parse.
// When a feature lands, add it to everything.yaml and its command here.

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

#include "cli/cli_fixture.h"

using namespace tenk::test;
using nlohmann::json;

namespace {

const std::string kToday = "2026-12-07";       // a Monday
const std::string kPrivateNote = "PRIVATE-IN-MATRIX";
const std::string kMonthStart = "2026-11-07";  // the month of journal: 30 days before kToday

enum class Journal { Empty, Month, Finished };

std::string journal_name(Journal j) {
  switch (j) {
    case Journal::Empty: return "empty";
    case Journal::Month: return "month";
    case Journal::Finished: return "finished";
  }
  return "?";
}

// What the matrix needs to know of a curriculum: some ids to name.
struct Ids {
  std::string first_resource, last_resource;
  std::string choice, unpicked_option;
  std::string practice;
};

// Reads the ids from tenk's own JSON, so the matrix follows the curriculum.
Ids ids_of(const Scratch& s, const std::string& curriculum) {
  Ids ids;
  auto plan = s.run({"-c", curriculum, "--log", s.path("none.yaml"), "--today", kToday, "--json", "plan", "--days", "1"});
  REQUIRE(plan.code == 0);
  auto p = json_of(plan);
  REQUIRE(!p["resources"].empty());
  ids.first_resource = p["resources"].front()["id"];
  ids.last_resource = p["resources"].back()["id"];
  for (const auto& c : p["choices"]) {
    for (const auto& o : c["options"]) {
      if (o != c["picked"]) {
        ids.choice = c["id"];
        ids.unpicked_option = o;
        break;
      }
    }
    if (!ids.choice.empty()) break;
  }
  auto status = s.run({"-c", curriculum, "--log", s.path("none.yaml"), "--today", kToday, "--json", "status"});
  REQUIRE(status.code == 0);
  // Held in a variable: a range-for over json_of(...)["key"] would read a
  // destroyed temporary (only the last call's result is kept alive).
  const auto status_json = json_of(status);
  for (const auto& r : status_json["resources"]) {
    if (r["state"] == "practice" || r["state"] == "locked") {
      ids.practice = r["id"];
      break;
    }
  }
  return ids;
}

// A month of following the plan: the blocks planned from kMonthStart, logged
// on their dates up to the day before kToday, practice included.
std::string month_journal(const Scratch& s, const std::string& curriculum) {
  auto r = s.run({"-c", curriculum, "--log", s.path("none.yaml"), "--today", kMonthStart, "--json", "plan", "--days", "30"});
  REQUIRE(r.code == 0);
  std::string text = "# a month of following the plan\n";
  const auto plan = json_of(r);
  for (const auto& day : plan["days"]) {
    if (day["date"].get<std::string>() >= kToday) break;
    for (const auto& b : day["blocks"]) {
      text += "- {date: " + day["date"].get<std::string>() + ", id: " + b["id"].get<std::string>() +
              ", hours: " + std::to_string(b["hours"].get<double>()) + ", note: \"block of the plan\"}\n";
    }
  }
  // A private note (log --private) on the last day: published by nothing.
  return text + "- {date: 2026-12-06, id: " + plan["days"][0]["blocks"][0]["id"].get<std::string>() +
         ", hours: 0.5, note: \"" + kPrivateNote + "\", private: true}\n";
}

// Every resource of the curriculum marked done on the day before kToday.
std::string finished_journal(const Scratch& s, const std::string& curriculum) {
  auto r = s.run({"-c", curriculum, "--log", s.path("none.yaml"), "--today", kToday, "--json", "status"});
  REQUIRE(r.code == 0);
  std::string text = "- {date: 2026-12-01, id: " + json_of(r)["resources"].front()["id"].get<std::string>() +
                     ", hours: 2}\n";
  const auto shown = json_of(r);
  for (const auto& res : shown["resources"]) {
    if (res["state"] == "practice" || res["state"] == "locked") continue;
    text += "- {date: 2026-12-06, id: " + res["id"].get<std::string>() + ", done: true}\n";
  }
  return text;
}

struct Command {
  std::vector<std::string> args;
  bool json = false;      // prints one JSON document on stdout
  bool writes = false;    // changes the journal (run on a copy)
};

std::vector<Command> commands(const Scratch& s, const Ids& ids) {
  std::vector<Command> list = {
      {{"check"}}, {{"today"}}, {{"plan"}}, {{"plan", "--days", "7"}}, {{"plan", "--baseline", "--days", "30"}},
      {{"status"}}, {{"history"}}, {{"history", "--by", "week"}}, {{"history", "--by", "month"}},
      {{"history", "--id", ids.first_resource}}, {{"swap"}},
      {{"show", ids.first_resource}}, {{"show", ids.last_resource}},
      {{"render", "graph"}}, {{"render", "graph", "--format", "dot"}},
      {{"render", "path", "--to", ids.last_resource}}, {{"render", "timeline"}}, {{"render", "heatmap"}},
      {{"render", "burnup"}}, {{"render", "timeline", "-o", s.path("out/timeline.svg")}},
      {{"export", "ics"}}, {{"export", "ics", "--days", "14"}}, {{"export", "timedot"}}, {{"export", "csv"}},
      {{"export", "ics", "-o", s.path("out/plan.ics")}},
      {{"report", "-o", s.path("out/report")}}, {{"report", "--no-notes", "-o", s.path("out/report2")}},
      {{"post"}}, {{"post", "--week"}}, {{"post", "--short"}}, {{"post", "--date", "2026-11-20"}},
      {{"completion", "bash"}}, {{"completion", "zsh"}}, {{"completion", "fish"}},
      {{"init", s.path("out/init.yaml")}},
  };
  for (const char* c : {"check", "today", "status", "history", "swap"}) list.push_back({{c}, true});
  list.push_back({{"plan", "--days", "7"}, true});
  list.push_back({{"show", ids.first_resource}, true});
  list.push_back({{"show", ids.last_resource}, true});
  list.push_back({{"history", "--by", "week"}, true});
  list.push_back({{"post", "--week"}, true});
  list.push_back({{"log", ids.first_resource, "1", "--note", "matrix"}, false, true});
  list.push_back({{"log", ids.first_resource, "1"}, true, true});
  list.push_back({{"log", ids.last_resource, "0.5", "--left", "3"}, false, true});
  list.push_back({{"done", ids.last_resource}, false, true});
  list.push_back({{"done", ids.last_resource}, true, true});
  list.push_back({{"undo"}, false, true});
  list.push_back({{"undo"}, true, true});
  if (!ids.choice.empty()) {
    list.push_back({{"show", ids.choice}});
    list.push_back({{"show", ids.choice}, true});
    list.push_back({{"swap", ids.choice}});
    list.push_back({{"swap", ids.choice}, true});
    list.push_back({{"swap", ids.choice, ids.unpicked_option}, false, true});
    list.push_back({{"swap", ids.choice, ids.unpicked_option}, true, true});
    list.push_back({{"log", ids.unpicked_option, "1"}, false, true});
  }
  if (!ids.practice.empty()) {
    list.push_back({{"show", ids.practice}});
    list.push_back({{"show", ids.practice}, true});
    list.push_back({{"log", ids.practice, "1"}, false, true});
    list.push_back({{"history", "--id", ids.practice}});
  }
  return list;
}

std::string describe(const Command& c) {
  std::string text = c.json ? "--json" : "";
  for (const auto& a : c.args) text += (text.empty() ? "" : " ") + a;
  return text;
}

void run_matrix(const std::string& curriculum, Journal journal) {
  Scratch s;
  std::filesystem::create_directories(s.path("out"));
  Ids ids = ids_of(s, curriculum);
  std::string text;
  if (journal == Journal::Month) text = month_journal(s, curriculum);
  if (journal == Journal::Finished) text = finished_journal(s, curriculum);
  INFO("curriculum " << curriculum << ", " << journal_name(journal) << " journal");

  for (const auto& c : commands(s, ids)) {
    std::string log = s.path("journal.yaml");
    std::filesystem::remove(log);
    if (journal != Journal::Empty) write_text(log, text);
    // Undo has something to remove even in the empty journal.
    if (c.args.front() == "undo") write_text(log, text + "- {date: " + kToday + ", id: " + ids.first_resource + ", hours: 1}\n");
    std::vector<std::string> args = {"-c", curriculum, "--log", log, "--today", kToday};
    if (c.json) args.push_back("--json");
    args.insert(args.end(), c.args.begin(), c.args.end());
    auto r = s.run(args);
    INFO("tenk " << describe(c) << " -> exit " << r.code << "\nstderr: " << r.err.substr(0, 2000));
    CHECK((r.code == 0 || r.code == 1));
    CHECK(r.err.find("internal error") == std::string::npos);
    if (r.code == 1) CHECK(!r.err.empty());
    if (r.code == 0 && c.json) {
      bool parses = json::accept(r.out);
      CHECK(parses);
    }
    // What is published (post, report, pictures) never holds a private note.
    if (c.args.front() == "post" || c.args.front() == "render") CHECK(r.out.find(kPrivateNote) == std::string::npos);
    if (c.args.front() == "report" && r.code == 0)
      for (const auto& page : {s.path("out/report/index.html"), s.path("out/report2/index.html")})
        if (std::filesystem::exists(page)) CHECK(slurp(page).find(kPrivateNote) == std::string::npos);
    if (r.code == 0 && !c.json && c.args.front() != "init" && c.args.front() != "report" &&
        std::find(c.args.begin(), c.args.end(), "-o") == c.args.end())
      CHECK(!r.out.empty());
  }
}

std::string everything() { return source_path("tests/data/cli/everything.yaml"); }
std::string shipped(const std::string& name) { return source_path("curricula/" + name); }

}  // namespace

TEST_CASE("matrix: everything.yaml with empty journal") { run_matrix(everything(), Journal::Empty); }
TEST_CASE("matrix: everything.yaml with a month of journal") { run_matrix(everything(), Journal::Month); }
TEST_CASE("matrix: everything.yaml with finished journal") { run_matrix(everything(), Journal::Finished); }
TEST_CASE("matrix: cracked-ml with empty journal") { run_matrix(shipped("cracked-ml.yaml"), Journal::Empty); }
TEST_CASE("matrix: cracked-ml with a month of journal") { run_matrix(shipped("cracked-ml.yaml"), Journal::Month); }
TEST_CASE("matrix: cracked-ml with finished journal") { run_matrix(shipped("cracked-ml.yaml"), Journal::Finished); }
TEST_CASE("matrix: ml-by-projects with empty journal") { run_matrix(shipped("ml-by-projects.yaml"), Journal::Empty); }
TEST_CASE("matrix: ml-by-projects with a month of journal") { run_matrix(shipped("ml-by-projects.yaml"), Journal::Month); }
TEST_CASE("matrix: ml-by-projects with finished journal") { run_matrix(shipped("ml-by-projects.yaml"), Journal::Finished); }
TEST_CASE("matrix: metacademy with empty journal") { run_matrix(shipped("metacademy.yaml"), Journal::Empty); }
TEST_CASE("matrix: metacademy with a month of journal") { run_matrix(shipped("metacademy.yaml"), Journal::Month); }
TEST_CASE("matrix: metacademy with finished journal") { run_matrix(shipped("metacademy.yaml"), Journal::Finished); }
