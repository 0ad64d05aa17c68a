#include "json/choice.h"

namespace tenk {

nlohmann::json option_json(const Curriculum& c, const Progress& p, int r) {
  const auto i = static_cast<std::size_t>(r);
  return {{"id", c.resources[i].id},
          {"title", c.resources[i].title},
          {"estimate", to_hours(c.resources[i].minutes)},
          {"logged", to_hours(p.resources[i].logged)},
          {"remaining", to_hours(p.resources[i].remaining)}};
}

nlohmann::json pick_change_json(const Curriculum& c, const PickChange& change) {
  return {{"choice", c.choices[static_cast<std::size_t>(change.choice)].id},
          {"picked", c.resources[static_cast<std::size_t>(change.picked)].id},
          {"previous", c.resources[static_cast<std::size_t>(change.previous)].id},
          {"end_before", change.end_before.str()},
          {"end_after", change.end_after.str()},
          {"delta_days", change.delta_days()}};
}

}  // namespace tenk
