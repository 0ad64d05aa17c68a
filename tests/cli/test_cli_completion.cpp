// `tenk completion`: the bash script driven as bash drives it (COMP_WORDS,
// COMP_CWORD, the function, COMPREPLY), fish's through `complete -C`, and
// the zsh script parsed by zsh.

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

#include "cli/cli_fixture.h"
#include "cli/commands_list.h"
#include "support/shell.h"

using namespace tenk::test;

namespace {

using Words = std::vector<std::string>;

// A scratch dir with `tenk` on PATH (bin/tenk, a link to the built binary)
// and the script of `shell` in it.
struct Shell {
  Scratch s;
  std::string script;
  explicit Shell(const std::string& shell) {
    std::filesystem::create_directories(s.path("bin"));
    std::filesystem::create_symlink(tenk_binary(), s.path("bin/tenk"));
    auto r = s.run({"completion", shell});
    REQUIRE(r.code == 0);
    script = s.file("tenk." + shell, r.out);
  }
  std::string path_env() const { return "PATH=" + shell_quote(s.path("bin")) + ":\"$PATH\" "; }

  // What bash offers for the command line `words`, the cursor at the end of
  // the last one.
  Words bash(const Words& words, const std::string& env = "") const {
    std::string array;
    for (const auto& w : words) array += " " + shell_quote(w);
    std::string program = "source " + shell_quote(script) + "; COMP_WORDS=(" + array + "); COMP_CWORD=" +
                          std::to_string(words.size() - 1) + "; _tenk; printf '%s\\n' \"${COMPREPLY[@]}\"";
    auto r = run_shell(s, path_env() + env + " bash --norc --noprofile -c " + shell_quote(program));
    INFO(r.err);
    REQUIRE(r.code == 0);
    return lines(r.out);
  }

  // What fish offers for `line` (the words only, without descriptions).
  Words fish(const std::string& line) const {
    std::string program = "source " + shell_quote(script) + "; complete -C" + shell_quote(line);
    auto r = run_shell(s, path_env() + "fish --no-config -c " + shell_quote(program));
    INFO(r.err);
    REQUIRE(r.code == 0);
    Words out;
    for (auto& l : lines(r.out)) out.push_back(l.substr(0, l.find('\t')));
    return out;
  }

  static Words lines(const std::string& text) {
    Words out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
      if (!line.empty()) out.push_back(line);
    std::sort(out.begin(), out.end());
    return out;
  }
};

bool have(const std::string& shell) {
  if (available(shell + " -c true")) return true;
  WARN("SKIPPED: " + shell + " is missing");
  return false;
}

const Words kSmallIds = {"cs231n", "fastai", "first-dl", "gpt", "numpy", "python"};

bool contains(const Words& words, const std::string& w) { return std::find(words.begin(), words.end(), w) != words.end(); }

}  // namespace

TEST_CASE("completion --ids lists every id of the curriculum in use, --choices the choices") {
  Scratch s;
  auto r = s.run({"-c", small_curriculum(), "completion", "--ids"});
  REQUIRE(r.code == 0);
  CHECK(r.out == "python\nnumpy\nfastai\ncs231n\ngpt\nfirst-dl\n");
  CHECK(s.run({"-c", small_curriculum(), "completion", "--choices"}).out == "first-dl\n");
  auto embedded = s.run({"completion", "--ids"});
  CHECK(embedded.out.find("python-tutorial\n") != std::string::npos);
  auto j = json_of(s.run({"-c", small_curriculum(), "completion", "--ids", "--json"}));
  CHECK(j["ids"] == nlohmann::json({"python", "numpy", "fastai", "cs231n", "gpt", "first-dl"}));
  auto script = json_of(s.run({"completion", "fish", "--json"}));
  CHECK(script["shell"] == "fish");
  CHECK(script["script"] == s.run({"completion", "fish"}).out);
  CHECK(s.run({"completion"}).code == 2);
  auto bad = s.run({"completion", "tcsh"});
  CHECK(bad.code == 2);
  CHECK(bad.err.find("unknown shell 'tcsh'") != std::string::npos);
}

TEST_CASE("completion bash: commands, options, ids, pictures, formats") {
  if (!have("bash")) return;
  Shell sh("bash");
  auto commands = sh.bash({"tenk", ""});
  for (const char* c : {"check", "today", "plan", "log", "done", "swap", "status", "render", "export", "completion"})
    CHECK(contains(commands, c));
  CHECK(sh.bash({"tenk", "ex"}) == Words{"export"});
  CHECK(sh.bash({"tenk", "--json", "st"}) == Words{"status"});

  // Options: the command's own and the global ones.
  auto plan = sh.bash({"tenk", "plan", "--"});
  for (const char* o : {"--days", "--baseline", "--curriculum", "--log", "--today", "--json", "--no-color", "--help"})
    CHECK(contains(plan, o));
  CHECK(!contains(plan, "--note"));
  CHECK(sh.bash({"tenk", "log", "python", "1", "--n"}) == Words{"--no-color", "--note"});
  CHECK(contains(sh.bash({"tenk", "--"}), "--version"));

  // Ids of the curriculum named on the line, or of the embedded one.
  const std::string c = small_curriculum();
  CHECK(sh.bash({"tenk", "-c", c, "log", ""}) == kSmallIds);
  CHECK(sh.bash({"tenk", "done", "-c", c, "py"}) == Words{"python"});
  CHECK(sh.bash({"tenk", "--curriculum", c, "render", "path", "--to", "n"}) == Words{"numpy"});
  CHECK(sh.bash({"tenk", "-c", c, "swap", ""}) == Words{"first-dl"});
  CHECK(sh.bash({"tenk", "-c", c, "swap", "first-dl", "c"}) == Words{"cs231n"});
  CHECK(sh.bash({"tenk", "log", "python-t"}) == Words{"python-tutorial"});
  CHECK(sh.bash({"tenk", "log", "py"}, "TENK_CURRICULUM=" + shell_quote(c)) == Words{"python"});
  CHECK(sh.bash({"tenk", "-c", c, "log", "python", ""}).empty());  // hours: nothing to offer

  // Fixed words.
  CHECK(sh.bash({"tenk", "render", ""}) == Words{"burnup", "graph", "heatmap", "path", "timeline"});
  CHECK(sh.bash({"tenk", "render", "--format", ""}) == Words{"dot", "svg"});
  CHECK(sh.bash({"tenk", "export", ""}) == Words{"csv", "ics", "timedot"});
  CHECK(sh.bash({"tenk", "export", "-o", "x.ics", "t"}) == Words{"timedot"});
  CHECK(sh.bash({"tenk", "completion", ""}) == Words{"bash", "fish", "zsh"});
}

TEST_CASE("completion fish: parses, and fish completes commands, ids and formats with it") {
  if (!have("fish")) return;
  Shell sh("fish");
  auto parse = run_shell(sh.s, "fish --no-execute " + shell_quote(sh.script));
  INFO(parse.err);
  CHECK(parse.code == 0);
  CHECK(contains(sh.fish("tenk "), "export"));
  CHECK(sh.fish("tenk ex") == Words{"export"});
  CHECK(sh.fish("tenk export ") == Words{"csv", "ics", "timedot"});
  CHECK(sh.fish("tenk render ") == Words{"burnup", "graph", "heatmap", "path", "timeline"});
  CHECK(sh.fish("tenk -c " + small_curriculum() + " log ") == kSmallIds);
  CHECK(sh.fish("tenk -c " + small_curriculum() + " swap ") == Words{"first-dl"});
  CHECK(contains(sh.fish("tenk plan --"), "--days"));
}

TEST_CASE("completion zsh: parses, and zsh's completion system completes commands, ids and formats with it") {
  if (!have("zsh")) return;
  Shell sh("zsh");
  auto parse = run_shell(sh.s, "zsh -n " + shell_quote(sh.script));
  INFO(parse.err);
  CHECK(parse.code == 0);
  CHECK(slurp(sh.script).starts_with("#compdef tenk\n"));
  // As installed: a file named _tenk in a folder of $fpath.
  std::filesystem::create_directories(sh.s.path("fpath"));
  std::filesystem::copy_file(sh.script, sh.s.path("fpath/_tenk"));
  auto complete = [&](const std::string& line) {
    auto r = run_shell(sh.s, sh.path_env() + "timeout 60 zsh -f " +
                                 shell_quote(source_path("tests/data/clients/zsh_complete.zsh")) + " " +
                                 shell_quote(sh.s.path("fpath")) + " " + shell_quote(line));
    INFO(r.err);
    REQUIRE(r.code == 0);
    return Shell::lines(r.out);
  };
  CHECK(complete("tenk ex") == Words{"export"});
  CHECK(complete("tenk export ") == Words{"csv", "ics", "timedot"});
  CHECK(complete("tenk -c " + small_curriculum() + " log ") == kSmallIds);
  CHECK(complete("tenk -c " + small_curriculum() + " swap ") == Words{"first-dl"});
}

// --- file names on the line: names, never code -----------------------------
//
// A file name is what completion inserts for `-c cur<TAB>`: quoted for the
// shell. The scripts read it back as a name (quotes removed, a leading ~ or
// ~/ as $HOME) and never expand it further: a glob qualifier, a $(...) or
// a backquote in a file name must not run when the user presses TAB.

namespace {

// The scratch dir (where the shells run) with the small curriculum under a
// few names: hostile ones, one with a space, and ~/small.yaml.
void curricula(const Shell& sh, const std::vector<std::string>& names) {
  for (const auto& n : names) std::filesystem::copy_file(small_curriculum(), sh.s.path(n));
  std::filesystem::create_directories(sh.s.path("home/bin"));
  std::filesystem::copy_file(small_curriculum(), sh.s.path("home/small.yaml"));
  std::filesystem::create_symlink(tenk_binary(), sh.s.path("home/bin/tenk"));
  // ~x/small.yaml is user x's, not $HOME followed by x.
  std::filesystem::create_directories(sh.s.path("homex"));
  std::filesystem::copy_file(small_curriculum(), sh.s.path("homex/small.yaml"));
}

bool pwned(const Shell& sh) { return std::filesystem::exists(sh.s.path("PWNED")); }

}  // namespace

TEST_CASE("completion zsh: a glob qualifier in a file name on the line never runs — ~ and ~/ are $HOME") {
  if (!have("zsh")) return;
  Shell sh("zsh");
  curricula(sh, {"cur*(e:touch PWNED:)", "curriculum.yaml", "my file.yaml"});
  std::filesystem::create_directories(sh.s.path("fpath"));
  std::filesystem::copy_file(sh.script, sh.s.path("fpath/_tenk"));
  auto complete = [&](const std::string& line) {
    auto r = run_shell(sh.s, sh.path_env() + "timeout 60 zsh -f " +
                                 shell_quote(source_path("tests/data/clients/zsh_complete.zsh")) + " " +
                                 shell_quote(sh.s.path("fpath")) + " " + shell_quote(line));
    INFO(r.err);
    REQUIRE(r.code == 0);
    return Shell::lines(r.out);
  };
  // As zsh's own completion writes that file name on the line, and quoted.
  CHECK(complete("tenk -c cur\\*\\(e:touch\\ PWNED:\\) log ") == kSmallIds);
  CHECK_FALSE(pwned(sh));
  CHECK(complete("tenk -c 'cur*(e:touch PWNED:)' log ") == kSmallIds);
  CHECK_FALSE(pwned(sh));
  CHECK(complete("tenk --curriculum \"cur*(e:touch PWNED:)\" swap ") == Words{"first-dl"});
  CHECK_FALSE(pwned(sh));
  // Ordinary names still complete: plain, with a space, ~/ for the file and
  // for the command.
  CHECK(complete("tenk -c curriculum.yaml log ") == kSmallIds);
  CHECK(complete("tenk -c my\\ file.yaml log ") == kSmallIds);
  CHECK(complete("tenk -c ~/small.yaml log ") == kSmallIds);
  CHECK(complete("~/bin/tenk -c ~/small.yaml log ") == kSmallIds);
  CHECK_FALSE(pwned(sh));
}

TEST_CASE("completion bash: the -c word is dequoted as bash reads it, without eval — nothing in it runs") {
  if (!have("bash")) return;
  Shell sh("bash");
  curricula(sh, {"my file.yaml", "$(touch PWNED).yaml", "`touch PWNED`.yaml", "it's.yaml"});
  // COMP_WORDS holds the words as typed, quotes and backslashes and all.
  CHECK(sh.bash({"tenk", "-c", "my\\ file.yaml", "log", ""}) == kSmallIds);
  CHECK(sh.bash({"tenk", "-c", "'my file.yaml'", "log", ""}) == kSmallIds);
  CHECK(sh.bash({"tenk", "-c", "\"my file.yaml\"", "log", ""}) == kSmallIds);
  CHECK(sh.bash({"tenk", "-c", "my' 'fi\"le\".yaml", "log", ""}) == kSmallIds);
  CHECK(sh.bash({"tenk", "-c", "it\\'s.yaml", "log", ""}) == kSmallIds);
  CHECK(sh.bash({"tenk", "-c", "\"it's.yaml\"", "log", ""}) == kSmallIds);
  CHECK(sh.bash({"tenk", "-c", "~/small.yaml", "log", ""}) == kSmallIds);
  CHECK(sh.bash({"~/bin/tenk", "-c", "~/small.yaml", "log", ""}) == kSmallIds);
  CHECK(sh.bash({"tenk", "-c", "\"~/small.yaml\"", "log", ""}).empty());  // a quoted ~ is a ~
  CHECK(sh.bash({"tenk", "-c", "~x/small.yaml", "log", ""}).empty());
  CHECK_FALSE(pwned(sh));
  // Hostile names: the files exist under these very names, escaped as
  // completion writes them; and the same text typed bare.
  CHECK(sh.bash({"tenk", "-c", "\\$\\(touch\\ PWNED\\).yaml", "log", ""}) == kSmallIds);
  CHECK(sh.bash({"tenk", "-c", "'$(touch PWNED).yaml'", "log", ""}) == kSmallIds);
  CHECK(sh.bash({"tenk", "-c", "\"\\$(touch PWNED).yaml\"", "log", ""}) == kSmallIds);
  CHECK(sh.bash({"tenk", "-c", "\\`touch\\ PWNED\\`.yaml", "log", ""}) == kSmallIds);
  CHECK(sh.bash({"tenk", "-c", "$(touch PWNED).yaml", "log", ""}) == kSmallIds);
  CHECK(sh.bash({"tenk", "-c", "`touch PWNED`.yaml", "log", ""}) == kSmallIds);
  CHECK(sh.bash({"$(touch PWNED)", "-c", "~/small.yaml", "log", ""}).empty());
  CHECK_FALSE(pwned(sh));
}

TEST_CASE("completion fish: a file name on the line is a name — nothing in it runs") {
  if (!have("fish")) return;
  Shell sh("fish");
  curricula(sh, {"my file.yaml", "$(touch PWNED).yaml", "(touch PWNED).yaml"});
  CHECK(sh.fish("tenk -c my\\ file.yaml log ") == kSmallIds);
  CHECK(sh.fish("tenk -c 'my file.yaml' log ") == kSmallIds);
  CHECK(sh.fish("tenk -c ~/small.yaml log ") == kSmallIds);
  CHECK(sh.fish("~/bin/tenk -c ~/small.yaml log ") == kSmallIds);
  CHECK(sh.fish("tenk -c ~x/small.yaml log ").empty());
  CHECK(sh.fish("tenk -c \\$\\(touch\\ PWNED\\).yaml log ") == kSmallIds);
  CHECK(sh.fish("tenk -c \\(touch\\ PWNED\\).yaml log ") == kSmallIds);
  CHECK(sh.fish("tenk -c '(touch PWNED).yaml' log ") == kSmallIds);
  CHECK_FALSE(pwned(sh));
  sh.fish("tenk -c (touch PWNED).yaml log ");
  sh.fish("tenk -c $(touch PWNED).yaml log ");
  CHECK_FALSE(pwned(sh));
}

TEST_CASE("completion: bash, fish and zsh offer exactly the commands, pictures and formats of cli/commands_list.h") {
  auto sorted = [](Words w) {
    std::sort(w.begin(), w.end());
    return w;
  };
  const Words commands = sorted(tenk::command_names());
  if (have("bash")) {
    Shell sh("bash");
    CHECK(sh.bash({"tenk", ""}) == commands);
    CHECK(sh.bash({"tenk", "render", ""}) == sorted(tenk::render_pictures()));
    CHECK(sh.bash({"tenk", "export", ""}) == sorted(tenk::export_formats()));
    CHECK(sh.bash({"tenk", "completion", ""}) == sorted(tenk::completion_shells()));
  }
  if (have("fish")) {
    Shell sh("fish");
    auto offered = sh.fish("tenk ");
    for (const auto& c : commands) {
      INFO(c);
      CHECK(contains(offered, c));
    }
  }
}
