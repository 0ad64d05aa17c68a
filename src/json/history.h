#pragma once
// `history --json` (SPEC 4).

#include <nlohmann/json.hpp>

#include "core/history.h"

namespace tenk {

/// {"from", "to", "by", "entries", "periods"}: each entry as entry_json
/// with its "day" (Day N from `day1`) and "title"; each period with its
/// "start", "day", "end", "hours" and hours "by_id".
nlohmann::json history_json(const Curriculum& c, const std::vector<const JournalEntry*>& entries,
                            const std::vector<HistoryPeriod>& periods, Date from, Date to, HistoryBy by, Date day1);

}  // namespace tenk
