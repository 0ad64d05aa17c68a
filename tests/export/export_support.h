#pragma once
// Curricula, journals and plans built by hand for the export tests: the
// exports are pure functions of them.

#include <string>
#include <vector>

#include "core/curriculum.h"
#include "core/journal.h"
#include "core/planner.h"

namespace tenk::test {

inline Date on(const char* iso) { return *Date::parse(iso); }

/// A curriculum "cml" with the given resources: {id, title, url}.
inline Curriculum curriculum_of(std::vector<std::vector<std::string>> resources) {
  Curriculum c;
  c.file = "t.yaml";
  c.title = "Test path";
  c.id = "cml";
  for (auto& r : resources) {
    Resource res;
    res.id = r.at(0);
    res.title = r.at(1);
    res.url = r.size() > 2 ? r[2] : "";
    res.minutes = 600;
    c.resources.push_back(res);
  }
  c.resolve();
  return c;
}

/// A log entry of `minutes` on `id`.
inline JournalEntry logged(const char* date, const std::string& id, Minutes minutes, const std::string& note = "") {
  JournalEntry e;
  e.date = on(date);
  e.id = id;
  e.studied_minutes = minutes;
  e.note = note;
  return e;
}

/// One planned day with blocks {resource index, minutes}.
inline PlanDay planned(const char* date, std::vector<Block> blocks) {
  PlanDay d;
  d.date = on(date);
  d.capacity = 24 * 60;
  d.blocks = std::move(blocks);
  return d;
}

inline Plan plan_of(std::vector<PlanDay> days) {
  Plan p;
  p.start = days.empty() ? on("2026-11-23") : days.front().date;
  p.end = days.empty() ? p.start : days.back().date;
  p.lower_bound_end = p.end;
  p.days = PlanDays(days);
  return p;
}

}  // namespace tenk::test
