#include "cli/commands_list.h"

namespace tenk {

const std::vector<std::string>& command_names() {
  static const std::vector<std::string> names = {"check", "today",   "plan",   "log",    "done",   "swap",
                                                 "status", "show",   "undo",   "init",   "history", "render",
                                                 "export", "report", "post",   "completion"};
  return names;
}

const std::vector<std::string>& render_pictures() {
  static const std::vector<std::string> names = {"graph", "path", "timeline", "heatmap", "burnup"};
  return names;
}

const std::vector<std::string>& export_formats() {
  static const std::vector<std::string> names = {"ics", "timedot", "csv"};
  return names;
}

const std::vector<std::string>& completion_shells() {
  static const std::vector<std::string> names = {"bash", "zsh", "fish"};
  return names;
}

std::string comma_list(const std::vector<std::string>& words) {
  std::string s;
  for (const auto& w : words) s += (s.empty() ? "" : ", ") + w;
  return s;
}

std::string or_list(const std::vector<std::string>& words) {
  std::string s;
  for (std::size_t i = 0; i < words.size(); ++i) s += (i == 0 ? "" : i + 1 == words.size() ? " or " : ", ") + words[i];
  return s;
}

}  // namespace tenk
