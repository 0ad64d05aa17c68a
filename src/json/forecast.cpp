#include "json/forecast.h"

namespace tenk {
namespace {

using nlohmann::json;

json date_or_null(const std::optional<Date>& d) { return d ? json(d->str()) : json(nullptr); }

template <class T>
json value_or_null(const std::optional<T>& v) {
  return v ? json(*v) : json(nullptr);
}

}  // namespace

json forecast_json(const Summary& s) {
  if (!s.forecast) return nullptr;
  const Forecast& f = *s.forecast;
  json pace = json::array(), rhythm = json::array();
  for (const auto& p : s.evidence.pace) pace.push_back(p.pace);
  for (const auto& r : s.evidence.rhythm) rhythm.push_back(r.rhythm);
  return {{"p50", date_or_null(f.p50)},
          {"p85", date_or_null(f.p85)},
          {"runs", f.runs},
          {"seed", kForecastSeed},
          {"pace", pace},
          {"rhythm", rhythm},
          {"median_pace", value_or_null(median_pace(s.evidence.pace))},
          {"median_rhythm", value_or_null(median_rhythm(s.evidence.rhythm))},
          {"goal_p50", date_or_null(f.goal_p50)},
          {"goal_p85", date_or_null(f.goal_p85)}};
}

void add_forecast_keys(json& j, const Summary& s) {
  j["forecast"] = forecast_json(s);
  j["forecast_needs"] = s.forecast ? json(nullptr) : json(s.forecast_needs);
  j["goal_forecast"] = s.goal_forecast ? json{{"p50", date_or_null(s.goal_forecast->p50)},
                                              {"p85", date_or_null(s.goal_forecast->p85)}}
                                       : json(nullptr);
  j["habit_strength"] = s.habit_strength;
  j["schedule_delta_days"] = s.schedule_delta_days;
}

}  // namespace tenk
