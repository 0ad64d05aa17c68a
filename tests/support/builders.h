#pragma once
// Curricula, inputs and plan pictures built in code for the planner tests
// (the YAML loader is not needed to test scheduling).

#include <array>
#include <span>
#include <string>
#include <vector>

#include "core/curriculum.h"
#include "core/plan_graph.h"
#include "core/plan_input.h"
#include "core/planner.h"

namespace tenk::test {

/// `YYYY-MM-DD` to a Date; the text must be a valid date.
Date day(const char* iso);

/// Builds a Curriculum resource by resource. Call build() last: it resolves ids.
class CurriculumBuilder {
 public:
  CurriculumBuilder();
  /// A resource with `minutes` left, requiring `reqs` (resource or choice ids).
  CurriculumBuilder& resource(const std::string& id, Minutes minutes, std::vector<std::string> reqs = {},
                              int priority = 0);
  CurriculumBuilder& choice(const std::string& id, std::vector<std::string> options);
  /// A practice item reserving `week` (Monday first) once `reqs` are finished.
  CurriculumBuilder& practice(const std::string& id, std::array<Minutes, 7> week, std::vector<std::string> reqs = {});
  CurriculumBuilder& hours_per_day(Minutes minutes);
  /// Monday first.
  CurriculumBuilder& week(std::array<Minutes, 7> minutes);
  CurriculumBuilder& off(std::vector<Date> dates);
  CurriculumBuilder& max_per_day(int n);
  CurriculumBuilder& min_block(Minutes minutes);
  Curriculum build();

 private:
  Curriculum c_;
};

/// Index of resource `id` (which must exist).
int index_of(const Curriculum& c, const std::string& id);

/// A plan as text, one day per `|`: "2024-01-01: a 50, b 70 | 2024-01-02: b 30"
/// (practice blocks by their item's id).
std::string layout(const Curriculum& c, const Plan& p);

/// Ids of resources by index, in the given order, joined with spaces.
template <class Indices>
std::string ids(const Curriculum& c, const Indices& resources) {
  std::string out;
  for (int r : resources) out += (out.empty() ? "" : " ") + c.resources[static_cast<std::size_t>(r)].id;
  return out;
}

}  // namespace tenk::test
