#pragma once
// Many short lists of indices stored end to end: one allocation for all of
// them instead of one per list (a 100k-resource plan graph has 200k lists),
// and neighbouring lists sit next to each other in memory.

#include <cstddef>
#include <span>
#include <vector>

namespace tenk {

class IndexLists {
 public:
  IndexLists() = default;
  /// From the lists' starts (size: lists + 1, the last = items.size()) and
  /// their items end to end.
  IndexLists(std::vector<std::size_t> starts, std::vector<int> items)
      : start_(std::move(starts)), items_(std::move(items)) {}

  /// Builds list after list: push() items into the open list, close() it.
  void push(int item) { items_.push_back(item); }
  void close() { start_.push_back(items_.size()); }
  /// The items pushed since the last close().
  std::span<const int> open_list() const { return std::span<const int>(items_).subspan(start_.back()); }

  std::size_t size() const { return start_.size() - 1; }
  std::span<const int> operator[](std::size_t i) const {
    return std::span<const int>(items_).subspan(start_[i], start_[i + 1] - start_[i]);
  }

 private:
  std::vector<std::size_t> start_{0};
  std::vector<int> items_;
};

}  // namespace tenk
