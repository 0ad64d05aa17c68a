#include "core/window.h"

#include <algorithm>

#include "core/error.h"

namespace tenk {

DateWindow default_window(WindowedPicture picture, Date day1, Date today, Date plan_end) {
  const bool started = !(today < day1);
  const Date monday = today - today.weekday();
  if (picture == WindowedPicture::Heatmap) {
    if (!started) return {monday, today};
    return {std::max(day1 - day1.weekday(), monday - 7 * 52), today};
  }
  const int since = started ? today - day1 : 0;
  const Date ahead = today + std::max(56, since);
  const Date until = std::max(today, std::min(ahead, plan_end));
  if (!started) return {today, until};
  if (picture == WindowedPicture::Burnup) return {day1, until};
  return {std::max(day1, today - 28), until};
}

std::optional<DateWindow> choose_window(WindowedPicture picture, Date day1, Date today, Date plan_end,
                                        std::optional<Date> from, std::optional<Date> until, bool all) {
  if (all) return std::nullopt;
  DateWindow w = default_window(picture, day1, today, plan_end);
  if (from) w.from = *from;
  if (until) w.until = *until;
  if (w.until < w.from)
    throw InputError("the window ends (" + w.until.str() + ") before it starts (" + w.from.str() +
                     "): --until must not be before --from");
  return w;
}

}  // namespace tenk
