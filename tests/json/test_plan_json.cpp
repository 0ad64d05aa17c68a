#include <catch2/catch.hpp>

#include <sstream>

#include "core/plan_input.h"
#include "json/output.h"
#include "support/journal_fixtures.h"

using namespace tenk;
using nlohmann::ordered_json;

namespace {

// The plan document built whole, the way a reader would expect it laid out.
ordered_json whole(const PlanGraph& g, const Plan& plan, bool baseline, std::optional<Date> until) {
  const auto& c = g.curriculum();
  auto id = [&](int r) { return c.resources[static_cast<std::size_t>(r)].id; };
  ordered_json days = ordered_json::array();
  for (const auto& day : plan.days) {
    if (until && day.date >= *until) break;
    ordered_json blocks = ordered_json::array();
    for (const auto& b : day.blocks)
      blocks.push_back({{"id", id(b.resource)},
                        {"title", c.resources[static_cast<std::size_t>(b.resource)].title},
                        {"hours", to_hours(b.minutes)}});
    days.push_back({{"date", day.date.str()}, {"capacity", to_hours(day.capacity)}, {"blocks", blocks}});
  }
  ordered_json resources = ordered_json::array();
  for (const auto& s : plan.spans)
    resources.push_back({{"id", id(s.resource)}, {"start", s.start.str()}, {"end", s.end.str()},
                         {"hours", to_hours(s.minutes)}, {"remaining", to_hours(s.minutes)},
                         {"estimate", to_hours(c.resources[static_cast<std::size_t>(s.resource)].minutes)}});
  ordered_json choices = ordered_json::array();
  for (std::size_t i = 0; i < c.choices.size(); ++i) {
    ordered_json options = ordered_json::array();
    for (const auto& o : c.choices[i].options) options.push_back(o.id);
    choices.push_back({{"id", c.choices[i].id}, {"picked", id(g.picks()[i])}, {"options", options}});
  }
  return {{"curriculum", c.id}, {"title", c.title}, {"baseline", baseline}, {"start", plan.start.str()},
          {"end", plan.end.str()}, {"lower_bound_end", plan.lower_bound_end.str()}, {"days", days},
          {"resources", resources}, {"choices", choices}};
}

}  // namespace

TEST_CASE("write_plan_json: streamed day by day, byte-identical to the document built whole") {
  Curriculum c = test::small_curriculum();
  c.title = "Small \"quoted\" \xE2\x9C\x93 title\n";
  PlanGraph g(c, first_options(c));
  Plan plan = make_plan(g, baseline_input(c, *Date::parse("2024-06-03")));
  REQUIRE(plan.days.size() > 3);
  for (std::optional<Date> until : {std::optional<Date>{}, std::optional<Date>(plan.days.to_vector()[2].date),
                                    std::optional<Date>(plan.start)}) {
    std::ostringstream out;
    write_plan_json(out, g, plan, true, until);
    CHECK(out.str() == json_text(whole(g, plan, true, until)) + "\n");
  }
}

TEST_CASE("write_plan_json: bytes that are not UTF-8 become U+FFFD, never an exception") {
  Curriculum c = test::small_curriculum();
  c.title = "caf\xE9";  // Latin-1
  PlanGraph g(c, first_options(c));
  Plan plan = make_plan(g, baseline_input(c, *Date::parse("2024-06-03")));
  std::ostringstream out;
  REQUIRE_NOTHROW(write_plan_json(out, g, plan, false));
  CHECK(out.str().find("\"caf\xEF\xBF\xBD\"") != std::string::npos);
  CHECK(nlohmann::json::parse(out.str())["title"] == "caf\xEF\xBF\xBD");
}
