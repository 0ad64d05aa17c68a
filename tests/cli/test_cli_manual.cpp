// The man page (docs/tenk.1, mdoc): lint-clean under mandoc, and every
// command and option of the real command line documented in it. The SPEC's
// commands are documented even before they exist; the check goes one way,
// from the CLI to the page.

#include <catch2/catch.hpp>

#include <regex>

#include "cli/cli_fixture.h"
#include "support/shell.h"

using namespace tenk::test;

namespace {

struct Help {
  std::vector<std::string> options;   // every name: "-c", "--curriculum"
  std::vector<std::string> commands;  // the Subcommands section
};

// Reads CLI11's help text: "Options:" and "Subcommands:" sections, one
// entry a line, indented by two spaces.
Help parse_help(const std::string& text) {
  Help h;
  std::istringstream in(text);
  std::string section;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line[0] != ' ') {
      section = line;
      continue;
    }
    if (line.size() < 3 || line[2] == ' ') continue;  // a wrapped description
    std::string first = line.substr(2, line.find(' ', 2) - 2);
    if (section.starts_with("Options")) {
      std::stringstream names(first);
      for (std::string n; std::getline(names, n, ',');) h.options.push_back(n);
    } else if (section.starts_with("Subcommands")) {
      h.commands.push_back(first);
    }
  }
  return h;
}

// The mdoc source of one command's entry: from `.It Cm NAME` to the next
// entry of the same list (entries of nested lists, such as export's formats,
// belong to it), the end of the list or the next section.
std::string command_block(const std::string& page, const std::string& name) {
  std::smatch m;
  if (!std::regex_search(page, m, std::regex("\n\\.It Cm " + name + "[ \n]"))) return {};
  auto from = static_cast<std::size_t>(m.position(0)) + 1;
  int depth = 0;
  std::size_t at = page.find('\n', from);
  for (; at != std::string::npos; at = page.find('\n', at + 1)) {
    std::string_view line(page.data() + at + 1, page.size() - at - 1);
    line = line.substr(0, line.find('\n'));
    if (line.starts_with(".Bl ")) ++depth;
    else if (line.starts_with(".El") && --depth < 0) break;
    else if ((line.starts_with(".It ") && depth == 0) || line.starts_with(".Sh ")) break;
  }
  return page.substr(from, (at == std::string::npos ? page.size() : at) - from);
}

std::string section(const std::string& page, const std::string& name) {
  auto from = page.find("\n.Sh " + name + "\n");
  if (from == std::string::npos) return {};
  return page.substr(from, page.find("\n.Sh ", from + 1) - from);
}

// `-o` is written `Fl o`, `--days` is `Fl -days`.
bool documents_option(const std::string& text, const std::string& option) {
  return std::regex_search(text, std::regex("Fl " + option.substr(1) + "([ \n]|$)"));
}

const std::string kPage = source_path("docs/tenk.1");

}  // namespace

TEST_CASE("manual: mandoc -T lint finds nothing to warn about") {
  if (!available("mandoc -V") && !available("command -v mandoc")) {
    WARN("SKIPPED: mandoc is missing (Debian mandoc)");
    return;
  }
  Scratch s;
  auto r = run_shell(s, "mandoc -T lint -W warning " + shell_quote(kPage));
  INFO(r.out << r.err);
  CHECK(r.code == 0);
  CHECK(r.out.empty());
  CHECK(r.err.empty());
}

TEST_CASE("manual: every command and option of --help is in the man page") {
  Scratch s;
  const std::string page = slurp(kPage);
  REQUIRE(!page.empty());
  auto top = parse_help(s.run({"--help"}).out);
  REQUIRE(top.commands.size() >= 8);
  REQUIRE(top.options.size() >= 7);
  const std::string options = section(page, "OPTIONS");
  for (const auto& o : top.options) {
    INFO("global option " << o);
    CHECK(documents_option(options, o));
  }
  for (const auto& c : top.commands) {
    INFO("command " << c);
    std::string block = command_block(page, c);
    REQUIRE(!block.empty());
    auto help = s.run({c, "--help"});
    REQUIRE(help.code == 0);
    for (const auto& o : parse_help(help.out).options) {
      INFO("option " << o);
      CHECK((documents_option(block, o) || documents_option(options, o)));
    }
  }
}

TEST_CASE("manual: the SPEC's commands, the environment, files, exit codes and examples") {
  const std::string page = slurp(kPage);
  for (const char* c : {"check", "today", "plan", "log", "done", "swap", "status", "render", "show", "history", "undo",
                        "init", "export", "report", "completion"}) {
    INFO(c);
    CHECK(!command_block(page, c).empty());
  }
  for (const char* name : {"ENVIRONMENT", "FILES", "EXIT STATUS", "EXAMPLES"}) {
    INFO(name);
    CHECK(!section(page, name).empty());
  }
  for (const char* env : {"TENK_CURRICULUM", "TENK_LOG", "TENK_TODAY", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "NO_COLOR"}) {
    INFO(env);
    CHECK(section(page, "ENVIRONMENT").find(".It Ev " + std::string(env)) != std::string::npos);
  }
  CHECK(section(page, "EXIT STATUS").find(".It 2") != std::string::npos);
}

TEST_CASE("manual: the test notices an undocumented option") {
  // The checker itself: a page without `--days` fails it.
  const std::string page = slurp(kPage);
  CHECK(documents_option(command_block(page, "plan"), "--days"));
  CHECK(!documents_option(command_block(page, "status"), "--days"));
  CHECK(!documents_option(section(page, "OPTIONS"), "--days"));
  CHECK(documents_option(command_block(page, "export"), "--output"));  // after its nested list of formats
  CHECK(!documents_option(command_block(page, "completion"), "--output"));
  CHECK(parse_help("Usage: x\n\nOptions:\n  -h,--help   Help\n  --days INT  Days\n      wrapped\n").options ==
        std::vector<std::string>{"-h", "--help", "--days"});
}
