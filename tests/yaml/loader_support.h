#pragma once
// Helpers for the loader tests: load YAML text, get every message formatted
// as the user sees it (`FILE:LINE:COL: error: MESSAGE`).

#include <string>
#include <string_view>
#include <vector>

#include "yaml/curriculum_loader.h"

namespace tenk::test {

/// Every diagnostic of `r`, formatted, in report order.
inline std::vector<std::string> messages(const LoadResult& r) {
  std::vector<std::string> out;
  for (const auto& d : r.diagnostics.items()) out.push_back(format_diagnostic(d));
  return out;
}

/// Loads `yaml` as file "t.yaml" and returns every message.
inline std::vector<std::string> load_messages(std::string_view yaml) {
  return messages(load_curriculum(yaml, "t.yaml"));
}

using Lines = std::vector<std::string>;

}  // namespace tenk::test
