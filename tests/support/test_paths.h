#pragma once
// Where test inputs live, fixed at configure time.

#include <filesystem>
#include <string>

namespace tenk::test {

inline std::string source_path(const std::string& rel) { return std::string(TENK_SOURCE_DIR) + "/" + rel; }

/// A file of ../shared (e.g. "data/metacademy.yaml"). A clone without
/// ../shared beside it falls back to the copy shipped in curricula/.
inline std::string shared_path(const std::string& rel) {
  std::string path = std::string(TENK_SHARED_DIR) + "/" + rel;
  if (std::filesystem::exists(path)) return path;
  return source_path("curricula/" + std::filesystem::path(rel).filename().string());
}

inline std::string tenk_binary() { return TENK_BINARY; }

}  // namespace tenk::test
