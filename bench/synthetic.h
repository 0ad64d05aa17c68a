#pragma once
// Synthetic curricula for the benchmarks, built in memory. The same shape as
// bench/gen_curriculum.py writes as YAML: ~2 requirements per resource on
// earlier resources, a choice of 3 options every 50 resources, some
// requirements naming a choice, estimates 0.25-8 h in quarter hours.

#include <random>
#include <string>

#include "core/curriculum.h"

namespace tenk::bench {

/// A resolved, valid curriculum of `n` resources; deterministic for a seed.
inline Curriculum synthetic_curriculum(int n, unsigned seed = 1) {
  std::mt19937 rng(seed);
  auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  Curriculum c;
  c.file = "synthetic.yaml";
  c.title = "synthetic";
  c.id = "synthetic";
  c.schedule.week.fill(120);
  c.schedule.max_per_day = 3;
  c.schedule.min_block = 30;
  // Built by appending: GCC 12 -O3 warns falsely (-Wrestrict) on "r" + to_string(i).
  auto named = [](char prefix, int i) {
    std::string s(1, prefix);
    s += std::to_string(i);
    return s;
  };
  auto rid = [&](int i) { return named('r', i); };
  for (int i = 0; i < n; ++i) {
    Resource r;
    r.id = rid(i);
    r.title = r.id;
    r.minutes = pick(1, 32) * 15;
    if (i > 0)
      for (int k = pick(0, 4) / 2 + pick(0, 1); k > 0; --k) {  // about 2 on average
        if (i >= 153 && pick(0, 19) == 0) {
          r.prerequisites.push_back({named('c', pick(0, i / 50 - 3)), {}, {}});
        } else {
          r.prerequisites.push_back({rid(pick(std::max(0, i - 2000), i - 1)), {}, {}});
        }
      }
    c.resources.push_back(std::move(r));
  }
  for (int i = 0; i + 2 < n; i += 50) {
    Choice ch;
    ch.id = named('c', i / 50);
    ch.title = ch.id;
    for (int k = 0; k < 3; ++k) ch.options.push_back({rid(i + k), {}, {}});
    c.choices.push_back(std::move(ch));
  }
  c.resolve();
  return c;
}

}  // namespace tenk::bench
