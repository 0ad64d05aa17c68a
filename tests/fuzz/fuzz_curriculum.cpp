// libFuzzer: any bytes as a curriculum file. The loader must answer with a
// curriculum or diagnostics, never crash, hang or blow up; a valid
// curriculum whose plan is short enough (see plan_is_small) is planned, and
// the plan must hold SPEC 3.2's invariants.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstdio>
#include <string_view>

#include "core/capacity.h"
#include "core/error.h"
#include "core/plan_graph.h"
#include "core/plan_input.h"
#include "core/planner.h"
#include "support/plan_checks.h"
#include "yaml/curriculum_loader.h"

namespace {

// About 30 years of days: longer than any real plan.
constexpr std::int32_t kHorizonDays = 11'000;

// A plan lasts at most about as long as its work takes on the thinnest
// weekday every day. Ten 10,000-hour resources at a minute a week plan
// thousands of years of days, which costs the fuzzer seconds and gigabytes
// per input and shows the planner nothing a short plan does not; such
// curricula are loaded but not planned.
bool plan_is_small(const tenk::Curriculum& c, const tenk::PlanGraph& graph, const tenk::PlanInput& input) {
  tenk::Minutes total = 0;
  for (int r : graph.resources()) total += input.remaining[static_cast<std::size_t>(r)];
  tenk::Minutes thinnest = 0;
  for (tenk::Minutes m : c.schedule.week)
    if (m > 0 && (thinnest == 0 || m < thinnest)) thinnest = m;
  if (thinnest == 0) return true;  // nothing to plan, or refused at once
  tenk::Schedule thin = c.schedule;
  thin.week.fill(thinnest);
  auto end = tenk::date_covering(thin, input.start, total);
  return end && *end - input.start <= kHorizonDays;
}

}  // namespace

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
  if (!plan_is_small(c, graph, input)) return 0;
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
