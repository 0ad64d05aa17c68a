// Google Benchmark figures for the planner core: building the plan graph and
// making the plan, on synthetic 10k and 100k-resource curricula.

#include <benchmark/benchmark.h>

#include "core/plan_graph.h"
#include "core/plan_input.h"
#include "core/planner.h"
#include "synthetic.h"

namespace {

using tenk::Curriculum;

const Curriculum& curriculum_of(int n) {
  static const Curriculum k10 = tenk::bench::synthetic_curriculum(10'000);
  static const Curriculum k100 = tenk::bench::synthetic_curriculum(100'000);
  return n == 10'000 ? k10 : k100;
}

void BM_GraphBuild(benchmark::State& state) {
  const auto& c = curriculum_of(static_cast<int>(state.range(0)));
  auto picks = tenk::first_options(c);
  for (auto _ : state) {
    tenk::PlanGraph g(c, picks);
    benchmark::DoNotOptimize(g.resources().data());
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_MakePlan(benchmark::State& state) {
  const auto& c = curriculum_of(static_cast<int>(state.range(0)));
  tenk::PlanGraph g(c, tenk::first_options(c));
  auto input = tenk::baseline_input(c, tenk::Date::from_ymd(2025, 1, 1));
  for (auto _ : state) {
    auto plan = tenk::make_plan(g, input);
    benchmark::DoNotOptimize(plan.days.data());
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_GraphAndPlan(benchmark::State& state) {
  const auto& c = curriculum_of(static_cast<int>(state.range(0)));
  auto input = tenk::baseline_input(c, tenk::Date::from_ymd(2025, 1, 1));
  for (auto _ : state) {
    tenk::PlanGraph g(c, tenk::first_options(c));
    auto plan = tenk::make_plan(g, input);
    benchmark::DoNotOptimize(plan.days.data());
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

}  // namespace

BENCHMARK(BM_GraphBuild)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_MakePlan)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_GraphAndPlan)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
