// libFuzzer: any bytes as a curriculum file. The loader must answer with a
// curriculum or diagnostics, never crash, hang or blow up; a valid
// curriculum is planned, and the plan must hold SPEC 3.2's invariants.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstdio>
#include <string_view>

#include "core/error.h"
#include "core/plan_graph.h"
#include "core/plan_input.h"
#include "core/planner.h"
#include "support/plan_checks.h"
#include "yaml/curriculum_loader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace tenk;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  LoadResult result = load_curriculum(text, "fuzz.yaml");
  for (const auto& d : result.diagnostics.items()) (void)format_diagnostic(d);
  if (result.diagnostics.has_errors()) return 0;

  const Curriculum& c = result.curriculum;
  PlanGraph graph(c, first_options(c));
  const Date start = c.start.value_or(*Date::parse("2026-01-05"));
  PlanInput input = baseline_input(c, start);
  try {
    Plan plan = make_plan(graph, input);
    std::string broken = test::check_invariants(graph, input, plan);
    if (!broken.empty()) {
      std::fprintf(stderr, "plan invariant broken: %s\n", broken.c_str());
      std::abort();
    }
  } catch (const InputError&) {
    // A plan past 9999-12-31 is refused, as the CLI refuses it.
  }
  return 0;
}
