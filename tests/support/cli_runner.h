#pragma once
// Runs the built `tenk` binary as a user would, in a scratch home, and
// captures what it prints. End-to-end tests go through this.

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "support/test_paths.h"

namespace tenk::test {

struct RunResult {
  int code = -1;
  std::string out, err;
};

inline std::string shell_quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

inline std::string slurp(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

inline void write_text(const std::string& path, const std::string& text) {
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  f << text;
}

/// A scratch directory, removed at the end of the test.
class Scratch {
 public:
  Scratch() {
    static int n = 0;
    dir_ = std::filesystem::temp_directory_path() /
           ("tenk-test-" + std::to_string(::getpid()) + "-" + std::to_string(++n));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  ~Scratch() {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  std::string path(const std::string& rel) const { return (dir_ / rel).string(); }
  /// Writes `text` to `rel` in the scratch dir and returns the full path.
  std::string file(const std::string& rel, const std::string& text) const {
    write_text(path(rel), text);
    return path(rel);
  }

  /// Runs tenk with `args`; HOME points into the scratch dir; TENK_*,
  /// XDG_DATA_HOME, XDG_CONFIG_HOME and COLUMNS are cleared unless given in `env`.
  RunResult run(const std::vector<std::string>& args, const std::map<std::string, std::string>& env = {}) const {
    std::string cmd = "env -u TENK_CURRICULUM -u TENK_LOG -u TENK_TODAY -u XDG_DATA_HOME -u XDG_CONFIG_HOME -u COLUMNS NO_COLOR=1 HOME=" +
                      shell_quote(path("home"));
    for (const auto& [k, v] : env) cmd += " " + k + "=" + shell_quote(v);
    cmd += " " + shell_quote(tenk_binary());
    for (const auto& a : args) cmd += " " + shell_quote(a);
    cmd += " >" + shell_quote(path("stdout")) + " 2>" + shell_quote(path("stderr")) + " </dev/null";
    int status = std::system(cmd.c_str());
    RunResult r;
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    r.out = slurp(path("stdout"));
    r.err = slurp(path("stderr"));
    return r;
  }

 private:
  std::filesystem::path dir_;
};

}  // namespace tenk::test
