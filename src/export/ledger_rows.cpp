#include "export/ledger_rows.h"

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <unordered_map>

namespace tenk {
namespace {

// Exact amounts are kept in thirds of a hundredth of an hour: a minute is
// 100/60 = 5/3 hundredths, so m minutes are exactly 5m thirds.
constexpr std::int64_t thirds(Minutes m) { return 5 * m; }

// Gives `extra` more units to the items with the largest remainders (ties:
// the earlier item). `remainder[i]` is in thirds (0, 1 or 2).
void add_largest_remainders(std::vector<std::int64_t>& base, const std::vector<int>& remainder, std::int64_t extra) {
  std::vector<std::size_t> order(base.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return remainder[a] > remainder[b]; });
  for (std::size_t k = 0; k < order.size() && extra > 0; ++k, --extra) base[order[k]] += 1;
}

}  // namespace

std::vector<LedgerRow> ledger_rows(const Curriculum& c, const Journal& journal, Date until) {
  std::vector<LedgerRow> rows;
  for (const auto& e : journal) {
    if (e.is_pick() || !e.studied_minutes || *e.studied_minutes <= 0 || e.date > until) continue;
    NodeRef ref = c.find(e.id);
    // A practice item has a title too; an id no longer in the curriculum
    // has only itself.
    std::string title = ref.is_resource()   ? c.resources[static_cast<std::size_t>(ref.index)].title
                        : ref.is_practice() ? c.practice[static_cast<std::size_t>(ref.index)].title
                                            : e.id;
    rows.push_back(LedgerRow{e.date, e.id, std::move(title), e.note, *e.studied_minutes, 0});
  }
  std::stable_sort(rows.begin(), rows.end(), [](const LedgerRow& a, const LedgerRow& b) { return a.date < b.date; });

  // Group the rows by id, in order of first appearance.
  std::unordered_map<std::string, std::size_t> group_of;
  std::vector<std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    auto [it, added] = group_of.try_emplace(rows[i].id, groups.size());
    if (added) groups.emplace_back();
    groups[it->second].push_back(i);
  }

  // The total: the nearest hundredth (a third rounds down, two thirds up).
  std::int64_t total_thirds = 0;
  for (const auto& r : rows) total_thirds += thirds(r.minutes);
  std::int64_t total = (total_thirds + 1) / 3;

  // Each resource: its exact hours rounded down, plus one for those with the
  // largest remainders until they add up to the total.
  std::vector<std::int64_t> per_group(groups.size());
  std::vector<int> group_remainder(groups.size());
  for (std::size_t g = 0; g < groups.size(); ++g) {
    std::int64_t t = 0;
    for (auto i : groups[g]) t += thirds(rows[i].minutes);
    per_group[g] = t / 3;
    group_remainder[g] = static_cast<int>(t % 3);
  }
  add_largest_remainders(per_group, group_remainder,
                         total - std::accumulate(per_group.begin(), per_group.end(), std::int64_t{0}));

  // Each entry likewise within its resource.
  for (std::size_t g = 0; g < groups.size(); ++g) {
    std::vector<std::int64_t> values;
    std::vector<int> remainder;
    for (auto i : groups[g]) {
      values.push_back(thirds(rows[i].minutes) / 3);
      remainder.push_back(static_cast<int>(thirds(rows[i].minutes) % 3));
    }
    add_largest_remainders(values, remainder,
                           per_group[g] - std::accumulate(values.begin(), values.end(), std::int64_t{0}));
    for (std::size_t k = 0; k < groups[g].size(); ++k) rows[groups[g][k]].hundredths = values[k];
  }
  return rows;
}

std::string format_hundredths(std::int64_t hundredths) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%lld.%02lld", static_cast<long long>(hundredths / 100),
                static_cast<long long>(hundredths % 100));
  return buf;
}

}  // namespace tenk
