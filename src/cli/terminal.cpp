#include "cli/terminal.h"

#include <unistd.h>

#include <cstdlib>

namespace tenk {

Style Style::plain() { return {}; }

Style Style::ansi() {
  return {"\033[1m", "\033[2m", "\033[0m", "\033[32m", "\033[33m", "\033[31m", "\033[34m", "\033[36m", "\033[90m"};
}

std::string env_or_empty(const char* name) {
  const char* v = std::getenv(name);
  return v ? std::string(v) : std::string();
}

std::string xdg_dir(const char* var, const char* under_home) {
  std::string dir = env_or_empty(var);
  if (dir.starts_with('/')) return dir;
  std::string home = env_or_empty("HOME");
  if (home.empty()) return "";
  return home + "/" + under_home;
}

bool want_color(bool no_color) {
  if (no_color || std::getenv("NO_COLOR") != nullptr) return false;
  return isatty(STDOUT_FILENO) == 1;
}

}  // namespace tenk
