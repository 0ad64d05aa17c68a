#include "io/json_output.h"

namespace tenk {

using nlohmann::json;

json diagnostic_json(const Diagnostic& d) {
  json j = {{"file", d.file}, {"line", nullptr}, {"col", nullptr},
            {"severity", severity_name(d.severity)}, {"message", d.message}};
  if (d.pos.line > 0) j["line"] = d.pos.line;
  if (d.pos.col > 0) j["col"] = d.pos.col;
  return j;
}

json plan_json(const PlanGraph& graph, const Plan& plan, std::optional<Date> until) {
  const auto& c = graph.curriculum();
  json days = json::array();
  for (const auto& day : plan.days) {
    if (until && day.date >= *until) break;
    json blocks = json::array();
    for (const auto& b : day.blocks)
      blocks.push_back({{"id", c.resources[static_cast<std::size_t>(b.resource)].id},
                        {"hours", to_hours(b.minutes)}});
    days.push_back({{"date", day.date.str()}, {"capacity", to_hours(day.capacity)}, {"blocks", blocks}});
  }
  json resources = json::array();
  for (const auto& s : plan.spans)
    resources.push_back({{"id", c.resources[static_cast<std::size_t>(s.resource)].id},
                         {"start", s.start.str()}, {"end", s.end.str()}, {"hours", to_hours(s.minutes)}});
  json choices = json::array();
  for (std::size_t i = 0; i < c.choices.size(); ++i) {
    json options = json::array();
    for (const auto& o : c.choices[i].options) options.push_back(o.id);
    int pick = graph.picks()[i];
    choices.push_back({{"id", c.choices[i].id},
                       {"picked", pick >= 0 ? json(c.resources[static_cast<std::size_t>(pick)].id) : json(nullptr)},
                       {"options", options}});
  }
  return {{"curriculum", c.id},
          {"title", c.title},
          {"start", plan.start.str()},
          {"end", plan.end.str()},
          {"lower_bound_end", plan.lower_bound_end.str()},
          {"days", days},
          {"resources", resources},
          {"choices", choices}};
}

}  // namespace tenk
