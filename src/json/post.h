#pragma once
// `post --json` (SPEC 4): what a post says, with its text.

#include <nlohmann/json.hpp>
#include <string>

#include "core/post.h"

namespace tenk {

/// {"curriculum", "week", "from", "to", "day", "day_from", "hours",
/// "days_studied", "streak_days", "items", "notes", "next",
/// "next_milestone", "short", "text"}.
nlohmann::json post_json(const Curriculum& c, const PostContent& p, const std::string& text, bool short_form);

}  // namespace tenk
