// Tracks, milestones and schedule changes (SPEC 1, 3.1, 3.2): how they load,
// and each rule of SPEC 1 "Validation" about them at its position.
#include <catch2/catch.hpp>

#include "loader_support.h"

using tenk::Date;
using tenk::load_curriculum;
using tenk::test::Lines;
using tenk::test::load_messages;

namespace {

const std::string kTracks =
    "title: T\n"
    "tracks:\n"
    "  - {id: build, title: Build, share: 3}\n"
    "  - {id: understand, title: Understand, share: 2}\n";

Date day(const char* s) { return *Date::parse(s); }

}  // namespace

TEST_CASE("load: tracks, a resource's track and milestone") {
  auto r = load_curriculum(kTracks +
                               "resources:\n"
                               "  - {id: a, title: A, hours: 1}\n"
                               "  - {id: b, title: B, hours: 1, track: understand, milestone: true}\n",
                           "t.yaml");
  REQUIRE(r.diagnostics.items().empty());
  const auto& c = r.curriculum;
  REQUIRE(c.tracks.size() == 2);
  CHECK(c.tracks[0].id == "build");
  CHECK(c.tracks[0].title == "Build");
  CHECK(c.tracks[0].share == 3);
  CHECK(c.tracks[1].share == 2);
  CHECK(c.resources[0].track == 0);  // default: the first track
  CHECK_FALSE(c.resources[0].milestone);
  CHECK(c.resources[1].track == 1);
  CHECK(c.resources[1].milestone);
  CHECK(c.track_count() == 2);
}

TEST_CASE("validate: track rules each at their position") {
  CHECK(load_messages(kTracks + "resources:\n  - {id: a, title: A, hours: 1, track: buld}\n"
                                "  - {id: b, title: B, hours: 1, track: understand}\n") ==
        Lines{"t.yaml:6:40: error: unknown track 'buld' (did you mean 'build'?); tracks are build, understand"});
  CHECK(load_messages("title: T\nresources:\n  - {id: a, title: A, hours: 1, track: x}\n") ==
        Lines{"t.yaml:3:40: error: unknown track 'x': the curriculum has no 'tracks'"});
  CHECK(load_messages("title: T\ntracks:\n  - {id: x, title: X, share: 0}\n  - {id: y, title: Y, share: -1}\n"
                      "  - {id: z, title: Z, share: lots}\nschedule: {max_per_day: 3}\n"
                      "resources:\n  - {id: a, title: A, hours: 1}\n") ==
        Lines{"t.yaml:3:30: error: 'share' must be more than 0, got 0",
              "t.yaml:4:30: error: 'share' must be more than 0, got -1",
              "t.yaml:5:30: error: 'share' must be a number, got 'lots'"});
  CHECK(load_messages("title: T\nschedule:\n  max_per_day: 1\n" + kTracks.substr(9) +
                      "resources:\n  - {id: a, title: A, hours: 1}\n  - {id: b, title: B, hours: 1, track: understand}\n") ==
        Lines{"t.yaml:3:16: error: max_per_day (1) is smaller than the number of tracks (2): each track needs room "
              "for a resource on a day"});
  CHECK(load_messages(kTracks + "resources:\n  - {id: a, title: A, hours: 1}\n") ==
        Lines{"t.yaml:4:10: warning: track 'understand' has no resource in the plan: its share of each day goes to "
              "the other tracks"});
  // An option nobody picks by default is not in the plan.
  CHECK(load_messages(kTracks + "resources:\n  - {id: a, title: A, hours: 1}\n"
                                "  - {id: b, title: B, hours: 1, track: understand}\n"
                                "choices:\n  - {id: c, title: C, options: [a, b]}\n") ==
        Lines{"t.yaml:4:10: warning: track 'understand' has no resource in the plan: its share of each day goes to "
              "the other tracks"});
  CHECK(load_messages("title: T\ntracks:\n  - {id: a, title: A, share: 1}\nresources:\n  - {id: a, title: A, hours: 1}\n") ==
        Lines{"t.yaml:5:10: error: duplicate id 'a' (first defined at 3:10)"});
  CHECK(load_messages("title: T\nresources:\n  - {id: a, title: A, hours: 1, milestone: maybe}\n") ==
        Lines{"t.yaml:3:44: error: 'milestone' must be true or false, got 'maybe'"});
}

TEST_CASE("load: schedule changes apply from their date, in date order") {
  auto r = load_curriculum("title: T\n"
                           "schedule:\n"
                           "  hours_per_day: 2\n"
                           "  week: {sat: 5}\n"
                           "  changes:\n"
                           "    - {from: 2025-03-03, hours_per_day: 1, max_per_day: 3}\n"
                           "    - {from: 2025-01-06, week: {sun: 4}, min_block: 1}\n"
                           "resources:\n  - {id: a, title: A, hours: 1}\n",
                           "t.yaml");
  REQUIRE(r.diagnostics.items().empty());
  const auto& s = r.curriculum.schedule;
  REQUIRE(s.periods.size() == 2);
  // Before the first change: the schedule as written.
  CHECK(s.capacity(day("2025-01-03")) == 120);  // Friday
  CHECK(s.capacity(day("2025-01-04")) == 300);  // Saturday
  CHECK(s.capacity(day("2025-01-05")) == 120);  // Sunday: hours_per_day
  CHECK(s.min_block_on(day("2025-01-05")) == 30);
  // From 2025-01-06: Sunday 4 h, min_block 1 h.
  CHECK(s.capacity(day("2025-01-12")) == 240);
  CHECK(s.capacity(day("2025-01-10")) == 120);
  CHECK(s.min_block_on(day("2025-01-06")) == 60);
  CHECK(s.max_per_day_on(day("2025-01-06")) == 2);
  // From 2025-03-03: 1 h a day where no week names the day; Saturday and Sunday keep theirs.
  CHECK(s.capacity(day("2025-03-03")) == 60);
  CHECK(s.capacity(day("2025-03-08")) == 300);
  CHECK(s.capacity(day("2025-03-09")) == 240);
  CHECK(s.max_per_day_on(day("2025-03-03")) == 3);
  CHECK(s.min_block_on(day("2025-03-03")) == 60);
}

TEST_CASE("validate: schedule change rules each at their position") {
  auto with_changes = [](const std::string& changes, const std::string& more = "") {
    return "title: T\nstart: 2025-01-01\n" + more + "schedule:\n  changes:\n" + changes +
           "resources:\n  - {id: a, title: A, hours: 1}\n";
  };
  CHECK(load_messages(with_changes("    - {hours_per_day: 1}\n")) ==
        Lines{"t.yaml:5:7: error: missing required key 'from' in schedule change: the date it takes effect"});
  CHECK(load_messages(with_changes("    - {from: 2025-02-01, hours_per_day: 1}\n    - {from: 2025-02-01, max_per_day: 3}\n")) ==
        Lines{"t.yaml:6:14: error: two schedule changes from 2025-02-01 (the other at 5:14): merge them into one"});
  CHECK(load_messages(with_changes("    - {from: 2024-12-31, hours_per_day: 1}\n")) ==
        Lines{"t.yaml:5:14: error: schedule change from 2024-12-31 is before the curriculum's start (2025-01-01): put "
              "what was in force at the start in 'schedule' itself"});
  CHECK(load_messages(with_changes("    - {from: 2025-02-01, week: {mon: 1, tue: 1, wed: 1, thu: 1, fri: 1, sat: 1, sun: 1}}\n"
                                   "    - {from: 2025-03-01, hours_per_day: 3}\n")) ==
        Lines{"t.yaml:6:41: warning: this change's 'hours_per_day' has no effect: the 'week' in force from 2025-03-01 "
              "names every day"});
  CHECK(load_messages(with_changes("    - {from: 2025-02-01, max_per_day: 1}\n",
                                   "tracks:\n  - {id: x, title: X, share: 1}\n  - {id: y, title: Y, share: 1}\n")) ==
        Lines{"t.yaml:8:39: error: from 2025-02-01, max_per_day (1) is smaller than the number of tracks (2): each track "
              "needs room for a resource on a day"});
  CHECK(load_messages(with_changes("    - {from: 2025-02-01, hour_per_day: 1}\n"))[0].find("did you mean 'hours_per_day'") !=
        std::string::npos);
  // The week of the last change has no hours at all: the plan could never end.
  CHECK(load_messages(with_changes("    - {from: 2025-02-01, hours_per_day: 0}\n")) ==
        Lines{"t.yaml:5:7: error: from 2025-02-01 on, the week has no study hours at all: the plan could never end"});
}
