#pragma once
// Shared by the CLI tests: the small fixture curriculum and JSON parsing.

#include <nlohmann/json.hpp>

#include "support/cli_runner.h"

namespace tenk::test {

inline std::string small_curriculum() { return source_path("tests/data/cli/small.yaml"); }

// A journal with enough history for a forecast (SPEC 3.4): on the small
// curriculum (python 3 h, numpy 2 h, fastai 10 h, gpt 4 h;
// goal 100 h; Sunday a rest day): python took 5.5 h, numpy 3 h, fastai
// 17 h, from Monday 2026-11-02 to Monday the 16th.
inline const char* kThreeFinished = R"(- {date: 2026-11-02, id: python, hours: 2}
- {date: 2026-11-03, id: python, hours: 2}
- {date: 2026-11-04, id: python, hours: 1.5, done: true}
- {date: 2026-11-05, id: numpy, hours: 2}
- {date: 2026-11-06, id: numpy, hours: 1, done: true}
- {date: 2026-11-07, id: fastai, hours: 3}
- {date: 2026-11-09, id: fastai, hours: 2}
- {date: 2026-11-10, id: fastai, hours: 2}
- {date: 2026-11-11, id: fastai, hours: 1}
- {date: 2026-11-12, id: fastai, hours: 2}
- {date: 2026-11-13, id: fastai, hours: 2}
- {date: 2026-11-14, id: fastai, hours: 3}
- {date: 2026-11-16, id: fastai, hours: 2, done: true}
)";

/// Runs tenk on the small curriculum with a journal in the scratch dir.
inline RunResult run_small(const Scratch& s, std::vector<std::string> args) {
  args.insert(args.begin(), {"-c", small_curriculum(), "--log", s.path("journal.log.yaml")});
  return s.run(args);
}

inline nlohmann::json json_of(const RunResult& r) { return nlohmann::json::parse(r.out); }

}  // namespace tenk::test
