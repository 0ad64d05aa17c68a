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

nlohmann::json choices_json(const Curriculum& c, const Progress& p) {
  nlohmann::json choices = nlohmann::json::array();
  for (std::size_t i = 0; i < c.choices.size(); ++i) {
    nlohmann::json options = nlohmann::json::array();
    for (const auto& o : c.choices[i].options) options.push_back(option_json(c, p, o.target.index));
    choices.push_back({{"id", c.choices[i].id},
                       {"title", c.choices[i].title},
                       {"picked", c.resources[static_cast<std::size_t>(p.picks[i])].id},
                       {"options", options}});
  }
  return {{"choices", choices}};
}

nlohmann::json options_json(const Curriculum& c, const Progress& p, const std::vector<PickChange>& changes) {
  const auto ci = static_cast<std::size_t>(changes.front().choice);
  nlohmann::json options = nlohmann::json::array();
  for (const PickChange& change : changes) {
    nlohmann::json option = option_json(c, p, change.picked);
    option.update({{"picked", !change.changed()},
                   {"end_after", change.end_after.str()},
                   {"delta_days", change.delta_days()}});
    options.push_back(option);
  }
  return {{"choice", c.choices[ci].id},
          {"title", c.choices[ci].title},
          {"picked", c.resources[static_cast<std::size_t>(p.picks[ci])].id},
          {"end", changes.front().end_before.str()},
          {"options", options}};
}

}  // namespace tenk
