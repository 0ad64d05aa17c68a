#include "json/effort.h"

#include <cmath>

namespace tenk {

nlohmann::json effort_json(const Effort& e) {
  nlohmann::json days = nullptr;
  if (e.study_day > 0)
    days = std::round(static_cast<double>(e.delta) / static_cast<double>(e.study_day) * 10) / 10;
  return {{"offered_hours", to_hours(e.offered)},
          {"logged_hours", to_hours(e.logged)},
          {"delta_hours", to_hours(e.delta)},
          {"delta_study_days", days},
          {"state", effort_state_name(e.state)}};
}

nlohmann::json end_change_json(const EndChange& e) { return {{"picks_days", e.picks}, {"other_days", e.other}}; }

nlohmann::json day_json(std::optional<int> day) { return day ? nlohmann::json(*day) : nlohmann::json(nullptr); }

}  // namespace tenk
