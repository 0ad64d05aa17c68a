#include "core/today_view.h"

namespace tenk {

TodayView today_view(Standing& s) {
  const Plan& plan = s.current_plan();
  TodayView v;
  v.capacity = s.curriculum().schedule.capacity(s.today());
  v.logged_today = logged_on(s.journal(), s.today());
  auto it = plan.days.begin();
  if (it != plan.days.end() && it->date == s.today()) {
    v.day = *it;
    ++it;
    for (const Block& b : v.day->blocks) v.left_after.push_back(b.is_practice() ? 0 : s.left_after_today(b.resource));
  }
  v.unlocks = s.unlocked_today();
  if (it != plan.days.end()) v.next = *it;
  return v;
}

}  // namespace tenk
