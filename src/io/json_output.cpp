#include "io/json_output.h"

#include "io/json_writer.h"

namespace tenk {

using nlohmann::json;

std::string json_text(const nlohmann::json& j) {
  return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

json diagnostic_json(const Diagnostic& d) {
  json j = {{"file", d.file}, {"line", nullptr}, {"col", nullptr},
            {"severity", severity_name(d.severity)}, {"message", d.message}};
  // Journal problems are per line; their column is the line's start.
  if (d.pos.line > 0) {
    j["line"] = d.pos.line;
    j["col"] = d.pos.col > 0 ? d.pos.col : 1;
  }
  return j;
}

void write_plan_json(std::ostream& out, const PlanGraph& graph, const Plan& plan, bool baseline,
                     std::optional<Date> until) {
  const auto& c = graph.curriculum();
  auto id_of = [&](int r) -> const std::string& { return c.resources[static_cast<std::size_t>(r)].id; };
  JsonWriter w(out);
  w.begin_object();
  w.field("curriculum", c.id);
  w.field("title", c.title);
  w.field("baseline", baseline);
  w.field("start", plan.start.str());
  w.field("end", plan.end.str());
  w.field("lower_bound_end", plan.lower_bound_end.str());
  w.key("days");
  w.begin_array();
  for (const auto& day : plan.days) {
    if (until && day.date >= *until) break;
    w.begin_object();
    w.field("date", day.date.str());
    w.field("capacity", to_hours(day.capacity));
    w.key("blocks");
    w.begin_array();
    for (const auto& b : day.blocks) {
      w.begin_object();
      w.field("id", id_of(b.resource));
      w.field("hours", to_hours(b.minutes));
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.key("resources");
  w.begin_array();
  for (const auto& s : plan.spans) {
    w.begin_object();
    w.field("id", id_of(s.resource));
    w.field("start", s.start.str());
    w.field("end", s.end.str());
    w.field("hours", to_hours(s.minutes));
    w.end_object();
  }
  w.end_array();
  w.key("choices");
  w.begin_array();
  for (std::size_t i = 0; i < c.choices.size(); ++i) {
    w.begin_object();
    w.field("id", c.choices[i].id);
    w.key("picked");
    if (int pick = graph.picks()[i]; pick >= 0) w.value(id_of(pick));
    else w.null();
    w.key("options");
    w.begin_array();
    for (const auto& o : c.choices[i].options) w.value(o.id);
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

}  // namespace tenk
