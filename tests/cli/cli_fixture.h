#pragma once
// Shared by the CLI tests: the small fixture curriculum and JSON parsing.

#include <nlohmann/json.hpp>

#include "support/cli_runner.h"

namespace tenk::test {

inline std::string small_curriculum() { return source_path("tests/data/cli/small.yaml"); }

/// Runs tenk on the small curriculum with a journal in the scratch dir.
inline RunResult run_small(const Scratch& s, std::vector<std::string> args) {
  args.insert(args.begin(), {"-c", small_curriculum(), "--log", s.path("journal.log.yaml")});
  return s.run(args);
}

inline nlohmann::json json_of(const RunResult& r) { return nlohmann::json::parse(r.out); }

}  // namespace tenk::test
