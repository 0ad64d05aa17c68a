#pragma once
// The learner's own pace (SPEC 3.4): what the journal says about how this
// learner really goes, and the Monte Carlo forecast built on it
// (evidence-based scheduling). docs/forecast.md explains the method.
//
// The inputs are explicit (remaining minutes per resource, capacity per
// date, minutes logged per date) so that other kinds of work can be fed in
// without touching the method.

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/curriculum.h"
#include "core/date.h"
#include "core/duration.h"
#include "core/progress.h"

namespace tenk {

/// Finished resources with hours needed before the pace is trusted.
inline constexpr int kMinPaceSamples = 3;
/// Full weeks with capacity needed before the rhythm is trusted.
inline constexpr int kMinRhythmSamples = 2;
/// The rhythm looks at most this many recent weeks.
inline constexpr int kRhythmWeeks = 12;
/// Monte Carlo runs of one forecast.
inline constexpr int kForecastRuns = 1000;
/// The seed of the forecast's generators: run k draws from its own
/// SplitMix64 stream (RunStream), so the same inputs give the same dates on
/// every machine, and one run can be replayed alone (studied_band).
inline constexpr unsigned kForecastSeed = 10000;
/// A run that has not finished this many years after its start never does
/// (its date is "beyond the horizon").
inline constexpr int kForecastHorizonYears = 100;

/// How long one finished resource really took against its estimate.
struct PaceSample {
  int resource = -1;     ///< curriculum index
  Minutes logged = 0;    ///< every minute logged on it
  Minutes estimate = 0;  ///< its original estimate (the curriculum's `hours`)
  double pace = 0;       ///< logged / estimate: 2.0 took twice the estimate
};

/// How much of one full week's offered time the learner really studied.
struct RhythmSample {
  Date monday;          ///< the week is monday..monday+6
  Minutes logged = 0;   ///< minutes logged that week, every id
  Minutes offered = 0;  ///< minutes the schedule offered that week (> 0)
  double rhythm = 0;    ///< logged / offered: 0.8 studied 80 % of it
};

/// The evidence of the journal: the pace and rhythm lists of SPEC 3.4.
struct Evidence {
  std::vector<PaceSample> pace;      ///< in curriculum order
  std::vector<RhythmSample> rhythm;  ///< oldest week first
  /// True when both lists are long enough for a forecast.
  bool enough() const {
    return pace.size() >= static_cast<std::size_t>(kMinPaceSamples) &&
           rhythm.size() >= static_cast<std::size_t>(kMinRhythmSamples);
  }
};

/// Pace of every finished resource (done, per SPEC 2) that has logged hours,
/// in curriculum order: all minutes logged on it over its original estimate.
/// A `left` re-estimate changes what is left to plan, not this: the question
/// is how long the work took against the guess made before it started.
/// A resource marked done with no hours says nothing about pace and is left
/// out. `progress` is apply_journal(c, journal, today).
std::vector<PaceSample> learn_pace(const Curriculum& c, const Progress& progress);

/// Rhythm of the full Monday-Sunday weeks that start on or after the first
/// date with hours and end before `today`, keeping the last kRhythmWeeks of
/// those where the schedule offered any time (a week with no capacity has no
/// rhythm). `logged` is minutes per date (streaks.h minutes_by_date);
/// `capacity` the minutes the schedule offered on a date.
std::vector<RhythmSample> learn_rhythm(const std::map<Date, Minutes>& logged,
                                       const std::function<Minutes(Date)>& capacity, Date today);

/// What history is still missing for a forecast, for a person to read:
/// "2 more finished resources", "1 more full week",
/// "3 more finished resources and 2 more full weeks"; "" when enough.
std::string forecast_needs(const Evidence& evidence);

/// The median of the pace list (the middle value; the mean of the two middle
/// values for an even count), or nullopt when the list is shorter than
/// kMinPaceSamples.
std::optional<double> median_pace(const std::vector<PaceSample>& pace);

/// The median of the rhythm list, or nullopt when it is shorter than
/// kMinRhythmSamples.
std::optional<double> median_rhythm(const std::vector<RhythmSample>& rhythm);

/// "Estimate at your pace" for one piece of work (`tenk show`): `minutes`
/// times the median pace, rounded to whole minutes; nullopt without enough
/// finished resources.
/// Example: 10 h with paces {1.2, 1.5, 2.0} -> 15 h.
std::optional<Minutes> at_your_pace(Minutes minutes, const std::vector<PaceSample>& pace);

/// What the Monte Carlo starts from.
struct ForecastInput {
  Date start;  ///< the first day of the forecast (today)
  /// Remaining minutes of each piece of work still to do, at face value
  /// (estimates or `left` re-estimates). Each gets its own pace per run.
  std::vector<Minutes> remaining;
  /// Minutes offered on each date from `start` (today: what is left of it).
  /// The goal counts every studied minute, so it uses all of this.
  std::function<Minutes(Date)> capacity;
  /// The part of `capacity` that goes to the remaining work: what practice
  /// reservations leave (SPEC 3.1). Empty: all of `capacity`.
  std::function<Minutes(Date)> work_capacity;
  Minutes logged = 0;  ///< all minutes logged so far (toward the goal)
  Minutes goal = 0;    ///< the goal in minutes (goal_hours); 0 = no goal
  std::vector<double> pace;    ///< drawn from per piece of work; not empty
  std::vector<double> rhythm;  ///< drawn from per week; not empty
};

/// The forecast's dates. A date is nullopt when that percentile of runs
/// does not finish within kForecastHorizonYears.
struct Forecast {
  std::optional<Date> p50, p85;            ///< the remaining work done
  std::optional<Date> goal_p50, goal_p85;  ///< logged + studied reach the goal
  int runs = kForecastRuns;
};

/// "p50 2027-01-10 / p85 2027-02-01", a date beyond the horizon said so
/// ("not within 100 years"): the words of `status` and of the burnup picture.
std::string p50_p85(const std::optional<Date>& p50, const std::optional<Date>& p85);

/// The Monte Carlo of SPEC 3.4. Each run draws a pace for every piece of
/// work (in input order) and then a rhythm for every week from `start` (the
/// first week is `start` to its Sunday); a week studies
/// capacity x rhythm minutes, spread over its days in proportion to their
/// capacity, and of those, work_capacity x rhythm go to the remaining work.
/// The work is done on the first date where its studied minutes cover the
/// sum of remaining x pace; the goal on the first date where logged + all
/// studied minutes reach it. p50 and p85 are nearest-rank
/// percentiles of the runs' dates: with 1,000 runs sorted, the 500th and the
/// 850th. Deterministic: run k draws from RunStream(kForecastSeed, k)
/// through IndexDraw, the same on every machine and standard library.
Forecast run_forecast(const ForecastInput& input);

/// Minutes studied from the forecast's start through one date, as its runs
/// see them.
struct BandPoint {
  Date date;
  /// Half of the runs have studied at least this much by the end of `date`:
  /// any amount below it is reached by `date` at p50.
  double p50 = 0;
  /// 85 % of the runs have studied at least this much: any amount below it
  /// is reached by `date` at p85.
  double p85 = 0;
};

/// The forecast's runs replayed (the same draws as run_forecast, each run
/// walked as far as `dates` reach) to give, for each date, the minutes
/// studied from `start` that the p50 and p85 runs reach. The dates at which
/// these two curves reach an amount are that amount's p50 and p85 dates
/// (for the goal: goal_p50 and goal_p85). `dates` ascending, on or after
/// `start`; dates past the horizon are left out.
std::vector<BandPoint> studied_band(const ForecastInput& input, const std::vector<Date>& dates);

/// SplitMix64 (Steele, Lea and Flood, 2014; the generator of Java's
/// SplittableRandom): a 64-bit counter stepped by the golden gamma and
/// mixed. Plain integer arithmetic, so every machine gives the same values;
/// no seeding cost, so each of the forecast's 1,000 runs can have a stream
/// of its own.
/// Example: from state 1234567 the first output is 6457827717110365317.
class SplitMix64 {
 public:
  explicit SplitMix64(std::uint64_t state) : state_(state) {}
  /// The next 64-bit value.
  std::uint64_t next() {
    state_ += 0x9E3779B97F4A7C15u;
    return mix(state_);
  }
  /// The next 32-bit value: the high half of next().
  std::uint32_t operator()() { return static_cast<std::uint32_t>(next() >> 32); }
  /// SplitMix64's finalizer: a bijection of 64-bit values that scatters
  /// neighbouring inputs.
  static std::uint64_t mix(std::uint64_t z) {
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
    return z ^ (z >> 31);
  }

 private:
  std::uint64_t state_;
};

/// The stream of run `run` of a forecast seeded with `seed`: SplitMix64
/// started at mix(seed * 2^32 + run), so the runs start at scattered,
/// unrelated points of the generator's 2^64 cycle.
inline SplitMix64 run_stream(std::uint32_t seed, std::uint32_t run) {
  return SplitMix64(SplitMix64::mix((std::uint64_t{seed} << 32) | run));
}

/// Indices in [0, n) from a source of uniform 32-bit values (a
/// SplitMix64): Lemire's multiply-shift, x * n / 2^32, with rejection of
/// the few x whose low product bits fall below 2^32 mod n, so that every
/// index is equally likely. The same on every standard library
/// (std::uniform_int_distribution is not), and without a division on the
/// common path: the forecast draws about a million indices.
class IndexDraw {
 public:
  /// n > 0.
  explicit IndexDraw(std::uint32_t n) : n_(n), threshold_(static_cast<std::uint32_t>(-n) % n) {}

  template <class Next>
  std::uint32_t operator()(Next&& next) const {
    for (;;) {
      const std::uint64_t m = std::uint64_t{static_cast<std::uint32_t>(next())} * n_;
      if (static_cast<std::uint32_t>(m) >= threshold_) return static_cast<std::uint32_t>(m >> 32);
    }
  }

 private:
  std::uint32_t n_, threshold_;  ///< threshold_ = 2^32 mod n
};

}  // namespace tenk
