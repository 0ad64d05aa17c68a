#include "cli/terminal.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>

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

std::size_t output_width() {
  std::size_t width = 100;
  struct winsize ws {};
  if (isatty(STDOUT_FILENO) == 1 && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) {
    width = ws.ws_col;
  } else if (std::string columns = env_or_empty("COLUMNS");
             !columns.empty() && columns.size() <= 4 && columns.find_first_not_of("0123456789") == std::string::npos) {
    width = static_cast<std::size_t>(std::stoi(columns));
  }
  return std::max<std::size_t>(width, 60);
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
