#pragma once
// The planner's set of ready work, best first (SPEC 3.2 preference), with a
// fast answer to "the best one that fits in what is left of today".

#include <map>
#include <set>

#include "core/duration.h"

namespace tenk {

/// Where a ready resource ranks. `chain` is the chain-of-hours tie-break
/// (see planner.cpp for which chain a started resource uses).
struct ReadyKey {
  bool started = false;
  int priority = 0;
  Minutes chain = 0;
  int index = -1;  ///< curriculum index: file order, the final tie-break
};

/// Strict "a goes before b": started first, then higher priority, then the
/// longer chain, then file order. A total order, since indices are unique.
struct ReadyOrder {
  bool operator()(const ReadyKey& a, const ReadyKey& b) const {
    if (a.started != b.started) return a.started;
    if (a.priority != b.priority) return a.priority > b.priority;
    if (a.chain != b.chain) return a.chain > b.chain;
    return a.index < b.index;
  }
};

/// Ready resources in preference order. Those with fewer than `min_block`
/// minutes left are also kept by their remaining minutes, so the best one
/// that fits in a leftover smaller than min_block is found in
/// O(distinct small remainders), not by scanning all ready work.
class ReadyQueue {
 public:
  explicit ReadyQueue(Minutes min_block) : min_block_(min_block) {}

  /// Adds a resource with `remaining` minutes left. Keys must be unique.
  void insert(const ReadyKey& key, Minutes remaining) {
    all_.insert(key);
    if (remaining < min_block_) small_[remaining].insert(key);
  }
  /// Removes a resource inserted with the same key and remaining minutes.
  void erase(const ReadyKey& key, Minutes remaining) {
    all_.erase(key);
    if (remaining < min_block_) {
      auto it = small_.find(remaining);
      if (it == small_.end()) return;
      it->second.erase(key);
      if (it->second.empty()) small_.erase(it);
    }
  }
  bool empty() const { return all_.empty(); }
  std::size_t size() const { return all_.size(); }
  /// The most preferred ready resource. Precondition: !empty().
  const ReadyKey& best() const { return *all_.begin(); }
  /// The most preferred ready resource with at most `left` minutes left, for
  /// left < min_block; nullptr when none fits.
  const ReadyKey* best_fitting(Minutes left) const {
    const ReadyKey* found = nullptr;
    for (auto it = small_.begin(); it != small_.end() && it->first <= left; ++it)
      if (!found || ReadyOrder{}(*it->second.begin(), *found)) found = &*it->second.begin();
    return found;
  }
  /// The fewest minutes left on any ready resource under min_block, or -1.
  Minutes smallest_small() const { return small_.empty() ? -1 : small_.begin()->first; }

 private:
  Minutes min_block_;
  std::set<ReadyKey, ReadyOrder> all_;
  std::map<Minutes, std::set<ReadyKey, ReadyOrder>> small_;
};

}  // namespace tenk
