#pragma once
// Durations. Everything is planned in whole minutes so that sums are exact;
// hours appear only at the edges (parsing and printing).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tenk {

using Minutes = std::int64_t;

/// Parses a duration written as hours (`1.5`, `2`), minutes (`90m`),
/// hours and minutes (`1h30m`, `1h30`, `2h`, `1h 30m`) or a clock (`1:30`).
/// Returns the value in hours, which may be zero or negative (`-1`) so that
/// callers can say what is wrong with it; nullopt when it is not a duration
/// at all (`abc`, `1.5.2`, `nan`, `inf`, `1:75`).
///
/// Example: parse_hours("1h30m") == 1.5, parse_hours("90m") == 1.5.
std::optional<double> parse_hours(std::string_view text);

/// Why `hours`, written as `written`, is not an amount of time for `what`
/// (a key or an option, as the message should name it): not within
/// (0, max_hours] — [0, max_hours] with `allow_zero`, where a `left` of 0
/// means finished — or more than 0 but less than a minute. Empty when it is
/// one. The curriculum, the journal and the command line all say it so.
///
/// Example: amount_error(0, "'hours'", "0", false, 24) ==
///   "'hours' must be more than 0, got 0".
std::string amount_error(double hours, std::string_view what, std::string_view written, bool allow_zero,
                         double max_hours);

/// `text` read as an amount of time for `what`, in whole minutes; or the
/// reason it is not one (then `minutes` is 0).
struct Amount {
  Minutes minutes = 0;
  std::string error;
};
Amount read_amount(std::string_view text, std::string_view what, bool allow_zero, double max_hours);

/// Hours to whole minutes, rounded to the nearest minute. The caller keeps
/// the value within sane limits (at most 10,000 hours) before converting.
Minutes to_minutes(double hours);

/// Minutes to hours for machine output (`90` -> 1.5), unrounded (`20` -> 1/3).
double to_hours(Minutes minutes);

/// `v` with at most two decimals and no trailing zeros: `1.5`, `2`, `0.33`;
/// `0` for -0 and for infinities and NaN.
std::string format_decimal(double v);

/// Human form: `1.5 h`, `2 h`, `0.25 h`, `1.33 h` (at most two decimals).
std::string format_hours(Minutes minutes);

/// Compact human form for tables: `1h30`, `2h`, `45m`.
std::string format_hm(Minutes minutes);

}  // namespace tenk
