#pragma once
// What `tenk post` says (SPEC 4): a day's or a week's study as the learner
// publishes it ("Day N of ..."). This gathers the figures; render/post.h
// writes them as Markdown. Every figure comes from the function the other
// commands use: Day N from effort.h, the streak from streaks.h, the next
// milestone from milestones.h, progress from progress.h.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/curriculum.h"
#include "core/journal.h"
#include "core/milestones.h"
#include "core/planner.h"
#include "core/streaks.h"

namespace tenk {

/// One thing studied in the period, its hours summed.
struct PostItem {
  std::string id;
  int resource = -1;  ///< index in c.resources, or -1
  int practice = -1;  ///< index in c.practice, or -1 (-1 both: no longer in the curriculum)
  Minutes minutes = 0;
  bool finished = false;  ///< became done within the period
};

/// A note to publish: never a private one.
struct PostNote {
  Date date;
  std::size_t item = 0;  ///< what it is about: an index into PostContent::items
  std::string text;
};

struct PostContent {
  bool week = false;
  Date from, to;  ///< the day, or Monday to Sunday (to no later than today)
  std::optional<int> day_from, day_to;  ///< Day N of from and to (SPEC 3.3); nullopt before Day 1
  Minutes minutes = 0;                  ///< logged in the period, practice included
  int days_studied = 0;                 ///< dates in the period with hours
  std::vector<PostItem> items;          ///< in the order first studied
  std::vector<PostNote> notes;          ///< in journal order, private ones left out
  Streaks streak;                       ///< as of `to`
  std::optional<MilestoneEta> next_milestone;  ///< in the current plan
  std::vector<int> next;                ///< up to three resources the plan takes next
};

/// The post for `date` (its week's Monday to Sunday when `week`), from the
/// journal as of `today` and the current plan. `date` <= today.
PostContent gather_post(const Curriculum& c, const Journal& journal, const Plan& current, Date day1, Date date,
                        bool week, Date today);

}  // namespace tenk
