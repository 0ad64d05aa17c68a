#pragma once
// "Did you mean ...?" for unknown ids and keys.

#include <string>
#include <string_view>
#include <vector>

namespace tenk {

/// Levenshtein distance between a and b, giving up (returning limit + 1) once
/// the distance is known to exceed `limit`.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit);

/// The candidate closest to `word`, if close enough to be a plausible typo
/// (distance at most a third of the word's length, at least 1, at most 3;
/// or one is a prefix of the other). Ties go to the earliest candidate.
/// Returns "" when none is close.
std::string closest(std::string_view word, const std::vector<std::string>& candidates);

/// " (did you mean 'x'?)" or "" when nothing is close.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace tenk
