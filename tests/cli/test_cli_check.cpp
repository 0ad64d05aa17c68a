#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <map>

#include "cli/cli_fixture.h"
#include "support/shell.h"

using namespace tenk::test;

TEST_CASE("check: the embedded curriculum passes") {
  Scratch s;
  auto r = s.run({"check"});
  INFO(r.err);
  CHECK(r.code == 0);
  CHECK(r.out.find("ok") == 0);
  CHECK(r.out.find("cracked-ml") != std::string::npos);
}

TEST_CASE("check --json: SPEC shape on a valid curriculum") {
  Scratch s;
  auto r = s.run({"check", "--json"});
  REQUIRE(r.code == 0);
  auto j = json_of(r);
  CHECK(j["ok"] == true);
  CHECK(j["diagnostics"].is_array());
  CHECK(j["diagnostics"].empty());
}

TEST_CASE("check: metacademy passes") {
  Scratch s;
  auto r = s.run({"check", "-c", shared_path("data/metacademy.yaml"), "--json"});
  INFO(r.out << r.err);
  REQUIRE(r.code == 0);
  CHECK(json_of(r)["resources"] == 487);
}

TEST_CASE("check: a broken curriculum lists every problem with FILE:LINE:COL and exits 1") {
  Scratch s;
  auto file = s.file("broken.yaml",
                     "title: Broken\n"
                     "resources:\n"
                     "  - id: a\n"
                     "    title: A\n"
                     "    hours: 0\n"
                     "  - id: b\n"
                     "    title: B\n"
                     "    hours: 2\n"
                     "    requries: [a]\n");
  auto r = s.run({"check", "-c", file});
  CHECK(r.code == 1);
  CHECK(r.err.find(file + ":5:12: error:") != std::string::npos);
  CHECK(r.err.find(file + ":9:5: error:") != std::string::npos);
  CHECK(r.err.find("did you mean 'requires'?") != std::string::npos);

  auto j = s.run({"check", "-c", file, "--json"});
  CHECK(j.code == 1);
  auto doc = json_of(j);
  CHECK(doc["ok"] == false);
  REQUIRE(doc["diagnostics"].size() >= 2);
  auto d = doc["diagnostics"][0];
  CHECK(d["file"] == file);
  CHECK(d["line"] == 5);
  CHECK(d["col"] == 12);
  CHECK(d["severity"] == "error");
  CHECK(d["message"].is_string());
}

TEST_CASE("check: a cycle is printed as a path") {
  Scratch s;
  auto file = s.file("cycle.yaml",
                     "title: Cycle\nresources:\n"
                     "  - {id: a, title: A, hours: 1, requires: [c]}\n"
                     "  - {id: b, title: B, hours: 1, requires: [a]}\n"
                     "  - {id: c, title: C, hours: 1, requires: [b]}\n");
  auto r = s.run({"check", "-c", file});
  CHECK(r.code == 1);
  CHECK(r.err.find("a -> c -> b -> a") != std::string::npos);
}

TEST_CASE("check: a missing curriculum file is exit 1 naming the file") {
  Scratch s;
  auto r = s.run({"check", "-c", s.path("nope.yaml")});
  CHECK(r.code == 1);
  CHECK(r.err.find("nope.yaml") != std::string::npos);
}

TEST_CASE("check: other commands refuse an invalid curriculum the same way") {
  Scratch s;
  auto file = s.file("bad.yaml", "title: [unclosed\n");
  for (const char* cmd : {"today", "plan", "status", "render"}) {
    auto r = s.run({cmd, "-c", file});
    INFO(cmd);
    CHECK(r.code == 1);
    CHECK(r.err.find(file + ":") != std::string::npos);
    CHECK(r.out.empty());
  }
}

TEST_CASE("check: TENK_CURRICULUM selects the curriculum") {
  Scratch s;
  auto r = s.run({"check", "--json"}, {{"TENK_CURRICULUM", small_curriculum()}});
  REQUIRE(r.code == 0);
  CHECK(json_of(r)["curriculum"] == "small");
}

TEST_CASE("check --json: journal problems are warnings with line and column — ok stays true") {
  Scratch s;
  s.file("journal.log.yaml", "- {date: 2026-11-20, id: python, hours: 1}\n- {date: 2026-11-21, id: pyth\n");
  auto r = run_small(s, {"check", "--json"});
  REQUIRE(r.code == 0);
  auto j = json_of(r);
  CHECK(j["ok"] == true);
  REQUIRE(j["diagnostics"].size() == 1);
  CHECK(j["diagnostics"][0]["severity"] == "warning");
  CHECK(j["diagnostics"][0]["line"] == 2);
  CHECK(j["diagnostics"][0]["col"] == 1);
}

namespace {

// yaml-cpp passes bytes that are not UTF-8 through; nlohmann would throw.
void check_latin1_json(const std::vector<std::vector<std::string>>& commands) {
  Scratch s;
  std::string latin1 = s.file("latin1.yaml",
                              "title: \"Caf\xE9\"\nid: latin1\nresources:\n"
                              "  - id: a\n    title: \"Na\xEFve Bayes\"\n    hours: 2\n");
  for (std::vector<std::string> args : commands) {
    args.insert(args.end(), {"--json", "-c", latin1, "--today", "2026-01-05"});
    INFO(args[0]);
    auto r = s.run(args);
    CHECK(r.code == 0);
    CHECK(r.err.find("internal error") == std::string::npos);
    nlohmann::json j;
    REQUIRE_NOTHROW(j = json_of(r));
    if (args[0] == "today") CHECK(j["blocks"][0]["title"] == "Na\xEF\xBF\xBDve Bayes");
  }
}

}  // namespace

TEST_CASE("json output: a curriculum saved as Latin-1 still gives JSON, with U+FFFD for the stray bytes") {
  check_latin1_json({{"check"}, {"today"}, {"status"}, {"plan"}, {"swap"}});
}

// Its own case so that CI runs it with the render tests (Graphviz's leaks
// need LeakSanitizer's slow unwinder to be recognised: see .ci/run).
TEST_CASE("json output: render --json on a Latin-1 curriculum") { check_latin1_json({{"render", "graph"}}); }

TEST_CASE("check: a curriculum whose plan would end after 9999-12-31 is an error, as for every other command") {
  Scratch s;
  std::string yaml = "title: Far\nschedule: {hours_per_day: 0.02, min_block: 0.01}\nresources:\n";
  for (int i = 0; i < 9; ++i)
    yaml += "  - {id: r" + std::to_string(i) + ", title: R, hours: 10000" +
            (i ? ", requires: [r" + std::to_string(i - 1) + "]" : std::string()) + "}\n";
  auto file = s.file("far.yaml", yaml);
  auto r = s.run({"check", "-c", file, "--today", "2026-01-01"});
  CHECK(r.code == 1);
  CHECK(r.out.empty());
  CHECK_THAT(r.err, Catch::StartsWith(file + ": error: the plan would end after 9999-12-31"));
  CHECK_THAT(r.err, Catch::EndsWith("1 error(s) in " + file + "\n"));
  auto j = s.run({"check", "-c", file, "--today", "2026-01-01", "--json"});
  CHECK(j.code == 1);
  CHECK(json_of(j)["ok"] == false);
  CHECK(json_of(j)["diagnostics"][0]["severity"] == "error");
  auto plan = s.run({"plan", "-c", file, "--today", "2026-01-01"});
  CHECK(plan.code == 1);
  CHECK_THAT(plan.err, Catch::Contains("after 9999-12-31"));
}

TEST_CASE("check: the learner's curriculum in XDG_CONFIG_HOME is used — a relative XDG_CONFIG_HOME is ignored") {
  Scratch s;
  std::filesystem::create_directories(s.path("config/tenk"));
  std::filesystem::copy_file(small_curriculum(), s.path("config/tenk/curriculum.yaml"));
  auto r = s.run({"check", "--json"}, {{"XDG_CONFIG_HOME", s.path("config")}});
  CHECK(json_of(r)["curriculum"] == "small");
  // ~/.config when XDG_CONFIG_HOME is unset.
  std::filesystem::create_directories(s.path("home/.config/tenk"));
  std::filesystem::copy_file(small_curriculum(), s.path("home/.config/tenk/curriculum.yaml"));
  CHECK(json_of(s.run({"check", "--json"}))["curriculum"] == "small");
  // Relative: not "config/ wherever tenk runs" (XDG says ignore it), so ~/.config.
  std::filesystem::remove(s.path("home/.config/tenk/curriculum.yaml"));
  auto rel = s.run({"check", "--json"}, {{"XDG_CONFIG_HOME", "config"}});
  CHECK(json_of(rel)["curriculum"] == "cracked-ml");
}

TEST_CASE("check: a config curriculum that is there but cannot be read is an error, never the built-in one") {
  Scratch s;
  const std::map<std::string, std::string> env = {{"XDG_CONFIG_HOME", s.path("config")}};
  const std::string path = s.path("config/tenk/curriculum.yaml");
  // Not there (ENOENT, or ENOTDIR for a file on the way): the built-in one.
  CHECK(json_of(s.run({"check", "--json"}, env))["curriculum"] == "cracked-ml");
  write_text(s.path("config"), "a file, not a folder\n");
  auto notdir = s.run({"check", "--json"}, env);
  INFO(notdir.err);
  CHECK(json_of(notdir)["curriculum"] == "cracked-ml");
  std::filesystem::remove(s.path("config"));
  std::filesystem::create_directories(s.path("config/tenk"));

  // A symlink loop (ELOOP).
  std::filesystem::create_symlink("curriculum.yaml", path);
  auto loop = s.run({"plan"}, env);
  CHECK(loop.code == 1);
  CHECK(loop.err == "tenk: error: cannot read " + path + ": Too many levels of symbolic links\n");
  CHECK(loop.out.empty());
  std::filesystem::remove(path);

  // A directory at that path (EISDIR).
  std::filesystem::create_directories(path);
  auto dir = s.run({"today"}, env);
  CHECK(dir.code == 1);
  CHECK(dir.err == "tenk: error: cannot read " + path + ": Is a directory\n");
  std::filesystem::remove(path);
}

TEST_CASE("check: a config folder without permission (EACCES) is an error, never the built-in one") {
  Scratch s;
  std::filesystem::create_directories(s.path("config/tenk"));
  std::filesystem::copy_file(small_curriculum(), s.path("config/tenk/curriculum.yaml"));
  REQUIRE(::chmod(s.path("config/tenk").c_str(), 0) == 0);
  // Root reads through any mode (CAP_DAC_OVERRIDE): run tenk without those
  // capabilities, as an ordinary user would be.
  const std::string drop = ::geteuid() == 0 ? "setpriv --bounding-set -dac_override,-dac_read_search -- " : "";
  const std::string probe = drop + "cat " + shell_quote(s.path("config/tenk/curriculum.yaml"));
  if (available(drop + "true") && !available(probe)) {
    auto r = run_shell(s, "XDG_CONFIG_HOME=" + shell_quote(s.path("config")) + " " + drop + shell_quote(tenk_binary()) +
                              " check");
    CHECK(r.code == 1);
    CHECK(r.err == "tenk: error: cannot read " + s.path("config/tenk/curriculum.yaml") + ": Permission denied\n");
    CHECK(r.out.empty());
  } else {
    WARN("skipped: cannot drop the capabilities that let root read a mode-000 folder");
  }
  ::chmod(s.path("config/tenk").c_str(), 0755);
}
