#include "core/practice.h"

#include <algorithm>

namespace tenk {
namespace {

Minutes logged_on(const std::vector<Minutes>& logged, std::size_t p) { return p < logged.size() ? logged[p] : 0; }

// Each item's share of the date, less what was logged on it already, as a
// block as long as `left` allows.
std::vector<Block> blocks_of(const std::vector<Minutes>& wanted, const std::vector<Minutes>& logged, Minutes& left) {
  std::vector<Block> out;
  for (std::size_t p = 0; p < wanted.size(); ++p) {
    Minutes m = std::min(std::max<Minutes>(0, wanted[p] - logged_on(logged, p)), left);
    if (m <= 0) continue;
    left -= m;
    out.push_back(Block::of_practice(static_cast<int>(p), m));
  }
  return out;
}

}  // namespace

std::vector<Block> reserve_practice(const Curriculum& c, const std::vector<bool>& unlocked, Date date,
                                    const std::vector<Minutes>& logged, Minutes& left) {
  std::vector<Minutes> wanted(c.practice.size(), 0);
  for (std::size_t p = 0; p < c.practice.size(); ++p)
    if (unlocked[p]) wanted[p] = c.practice[p].week[static_cast<std::size_t>(date.weekday())];
  return blocks_of(wanted, logged, left);
}

std::vector<Block> share_practice(const Curriculum& c, const std::vector<bool>& unlocked, Minutes capacity,
                                  const std::vector<Minutes>& logged, Minutes& left) {
  Minutes weekly = 0;
  for (std::size_t p = 0; p < c.practice.size(); ++p)
    if (unlocked[p]) weekly += c.practice[p].week_minutes();
  std::vector<Minutes> wanted(c.practice.size(), 0);
  if (weekly <= 0 || capacity <= 0) return {};
  Minutes given = 0;
  int first = -1;
  for (std::size_t p = 0; p < c.practice.size(); ++p) {
    if (!unlocked[p] || c.practice[p].week_minutes() == 0) continue;
    if (first < 0) first = static_cast<int>(p);
    wanted[p] = capacity * c.practice[p].week_minutes() / weekly;
    given += wanted[p];
  }
  wanted[static_cast<std::size_t>(first)] += capacity - given;
  return blocks_of(wanted, logged, left);
}

}  // namespace tenk
