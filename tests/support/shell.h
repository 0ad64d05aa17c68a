#pragma once
// Running the programs on the other side of tenk's files (Python's
// icalendar and csv, hledger, git, the shells, mandoc) from the CLI tests.

#include <cstdlib>
#include <string>

#include "support/cli_runner.h"

namespace tenk::test {

/// Debian's Python, which has python3-icalendar and python3-yaml; the
/// `python3` first on PATH may be another install.
inline const std::string kPython = "/usr/bin/python3";

/// Runs `command` with sh in the scratch dir (HOME inside it, no TENK_*
/// variables) and captures what it prints.
inline RunResult run_shell(const Scratch& s, const std::string& command) {
  std::string cmd = "cd " + shell_quote(s.path("")) + " && env -u TENK_CURRICULUM -u TENK_LOG -u TENK_TODAY " +
                    "-u XDG_DATA_HOME NO_COLOR=1 HOME=" + shell_quote(s.path("home")) + " sh -c " +
                    shell_quote(command) + " >" + shell_quote(s.path("sh.out")) + " 2>" +
                    shell_quote(s.path("sh.err")) + " </dev/null";
  int status = std::system(cmd.c_str());
  RunResult r;
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = slurp(s.path("sh.out"));
  r.err = slurp(s.path("sh.err"));
  return r;
}

/// True when `command` succeeds: used to see whether a client is installed,
/// so that a test can say it was skipped instead of failing for that.
inline bool available(const std::string& command) {
  return std::system((command + " >/dev/null 2>&1 </dev/null").c_str()) == 0;
}

}  // namespace tenk::test
