#pragma once
// Where test inputs live, fixed at configure time.

#include <string>

namespace tenk::test {

inline std::string source_path(const std::string& rel) { return std::string(TENK_SOURCE_DIR) + "/" + rel; }
inline std::string shared_path(const std::string& rel) { return std::string(TENK_SHARED_DIR) + "/" + rel; }
inline std::string tenk_binary() { return TENK_BINARY; }

}  // namespace tenk::test
