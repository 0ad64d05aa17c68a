// SPEC 3.2 #8 through the path the CLI takes: a journal written by the
// journal writer and read back by the reader, and the current plan taken
// from a core Standing, the object every command reads its plan from.

#include <catch2/catch.hpp>

#include <random>

#include "core/standing.h"
#include "journal/reader.h"
#include "journal/writer.h"
#include "support/builders.h"
#include "support/plan_checks.h"

using namespace tenk;
using namespace tenk::test;

namespace {

JournalEntry log(Date date, const std::string& id, Minutes minutes) {
  JournalEntry e;
  e.date = date;
  e.id = id;
  e.studied_minutes = minutes;
  return e;
}

// What a learner's journal may hold before `today`: picks, finished
// resources, re-estimates after some study, and study earlier today.
std::string random_history(const RandomCase& rc, std::mt19937& rng, Date today) {
  const Curriculum& c = rc.curriculum;
  auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  std::string text = "# the journal of a random learner\n";
  for (std::size_t ch = 0; ch < c.choices.size(); ++ch) {
    JournalEntry e;
    e.date = today - 1;
    e.choice = c.choices[ch].id;
    e.pick = c.resources[static_cast<std::size_t>(rc.picks[ch])].id;
    text += format_entry(e);
  }
  for (const auto& r : c.resources) {
    int roll = pick(0, 99);
    if (roll < 8) {
      JournalEntry e;
      e.date = today - pick(1, 20);
      e.id = r.id;
      e.done = true;
      text += format_entry(e);
    } else if (roll < 20) {
      JournalEntry e = log(today - pick(1, 20), r.id, pick(1, 90));
      e.left_minutes = std::max<Minutes>(0, r.minutes - *e.studied_minutes - pick(-30, 120));
      text += format_entry(e);
    }
  }
  if (!c.resources.empty())
    for (int k = pick(0, 2); k > 0; --k)
      text += format_entry(log(today, c.resources[static_cast<std::size_t>(pick(0, static_cast<int>(c.resources.size()) - 1))].id, 15));
  for (const auto& p : c.practice)
    if (pick(0, 2) == 0) text += format_entry(log(today - pick(0, 3), p.id, pick(5, 90)));
  return text;
}

struct Replanned {
  PlanGraph graph;
  PlanInput input;
  Plan plan;
};

// What `tenk plan --today today` computes from journal text: the journal
// as the reader reads it, then the standing's current plan.
Replanned plan_from(const Curriculum& c, const std::string& text, Date today) {
  auto read = parse_journal(text, "j.log.yaml", &c);
  INFO((read.diagnostics.items().empty() ? std::string() : format_diagnostic(read.diagnostics.items().front())));
  REQUIRE(read.diagnostics.items().empty());
  Standing standing(c, read.entries, today);
  return {standing.graph(), standing.current_input(), standing.current_plan()};
}

}  // namespace

TEST_CASE("stability (SPEC 3.2 #8): logging the planned blocks and replanning changes nothing") {
  std::mt19937 rng(8);
  int replans = 0;
  for (std::uint32_t seed = 1; seed <= 150; ++seed) {
    RandomCase rc = random_case(seed);
    const Curriculum& c = rc.curriculum;
    const Date today = day("2025-03-03") + static_cast<int>(seed % 7);
    const std::string history = random_history(rc, rng, today);
    const Replanned first = plan_from(c, history, today);
    INFO("seed " << seed << "\n" << history << layout(c, first.plan));
    REQUIRE(check_invariants(first.graph, first.input, first.plan) == "");
    if (first.plan.days.size() < 2) continue;
    for (int trial = 0; trial < 2; ++trial) {
      std::size_t k = std::uniform_int_distribution<std::size_t>(1, first.plan.days.size() - 1)(rng);
      const std::vector<PlanDay> days = first.plan.days.to_vector();
      std::string text = history;
      for (std::size_t d = 0; d < k; ++d)
        for (const Block& b : days[d].blocks) text += format_entry(log(days[d].date, block_id(c, b), b.minutes));
      const Date later = days[k - 1].date + 1;
      const Replanned again = plan_from(c, text, later);
      // The same days, as far as both list them (each lists practice-only
      // days kPracticeHorizon days ahead of its own start).
      const Date horizon = today + Standing::kPracticeHorizon;
      std::vector<PlanDay> rest;
      for (std::size_t d = k; d < days.size(); ++d)
        if (days[d].date < horizon) rest.push_back(days[d]);
      Plan expected = first.plan;
      expected.days = PlanDays(rest);
      Plan got = again.plan;
      auto got_days = got.days.to_vector();
      std::erase_if(got_days, [&](const PlanDay& day) { return day.date >= horizon; });
      got.days = PlanDays(got_days);
      INFO("after " << k << " days, from " << later.str() << "\nexpected " << layout(c, expected) << "\ngot      "
                    << layout(c, got));
      REQUIRE(layout(c, expected) == layout(c, got));
      if (again.plan.has_resources()) CHECK(again.plan.end == first.plan.end);
      ++replans;
    }
  }
  CHECK(replans > 150);  // the property was really exercised
}
