#include "core/forecast.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>

namespace tenk {
namespace {

// Minutes are summed as doubles once paces and rhythms multiply them; a
// hundredth of a second absorbs the rounding of those sums, so a learner at
// exactly 1x finishes on the day the capacity covers the work, not a day late.
constexpr double kEpsilon = 1.0 / 6000.0;

std::string more(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " more " + (n == 1 ? one : many);
}

template <class T, class Value>
std::optional<double> median_of(const std::vector<T>& samples, std::size_t minimum, Value value) {
  if (samples.size() < minimum || samples.empty()) return std::nullopt;
  std::vector<double> v;
  v.reserve(samples.size());
  for (const auto& s : samples) v.push_back(value(s));
  std::sort(v.begin(), v.end());
  std::size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// The forecast's calendar in weeks up to the horizon: week 0 runs from the
// start to its Sunday, every later week Monday to Sunday. Every run walks
// the same weeks, so their capacities are computed once.
class Weeks {
 public:
  /// The weeks up to the horizon, or only up to the week of `until`.
  Weeks(Date start, const std::function<Minutes(Date)>& capacity, std::optional<Date> until = std::nullopt)
      : start_(start), capacity_(capacity) {
    std::int32_t horizon_days =
        std::min<std::int32_t>(static_cast<std::int32_t>(kForecastHorizonYears * 365.2425), Date::max() - start);
    if (until && *until >= start) horizon_days = std::min(horizon_days, (*until - start) + 6);
    // Week 0 has 7 - weekday days; only whole weeks fit after it.
    const std::int32_t after_first = horizon_days - (6 - start.weekday());
    const int count = after_first <= 0 ? 1 : 1 + after_first / 7;
    capacity_of_.reserve(static_cast<std::size_t>(count));
    for (int w = 0; w < count; ++w) {
      Minutes total = 0;
      for (Date d = first_day(w); d <= last_day(w); ++d) total += day_capacity(d);
      capacity_of_.push_back(static_cast<double>(total));
      total_ += static_cast<double>(total);
    }
  }

  int count() const { return static_cast<int>(capacity_of_.size()); }
  /// The week holding `d` (on or after the start).
  int week_of(Date d) const { return d < first_monday() ? 0 : 1 + (d - first_monday()) / 7; }
  /// Minutes offered from the first day of d's week through d.
  Minutes capacity_through(Date d) const {
    Minutes total = 0;
    for (Date x = first_day(week_of(d)); x <= d; ++x) total += day_capacity(x);
    return total;
  }
  Date first_day(int w) const { return w == 0 ? start_ : first_monday() + 7 * (w - 1); }
  Date last_day(int w) const { return first_monday() + 7 * w - 1; }
  Minutes day_capacity(Date d) const { return std::max<Minutes>(0, capacity_(d)); }
  double capacity(int w) const { return capacity_of_[static_cast<std::size_t>(w)]; }
  /// All the minutes offered up to the horizon.
  double total() const { return total_; }

 private:
  Date first_monday() const { return start_ + (7 - start_.weekday()); }

  Date start_;
  const std::function<Minutes(Date)>& capacity_;
  std::vector<double> capacity_of_;
  double total_ = 0;
};

constexpr std::int32_t kNever = std::numeric_limits<std::int32_t>::max();

// Nearest rank: the ceil(p/100 * n)-th smallest (1-based) of the runs.
std::optional<Date> percentile(std::vector<std::int32_t>& offsets, int p, Date start) {
  std::sort(offsets.begin(), offsets.end());
  std::size_t n = offsets.size();
  std::size_t rank = (static_cast<std::size_t>(p) * n + 99) / 100;
  std::int32_t v = offsets[std::max<std::size_t>(rank, 1) - 1];
  if (v == kNever) return std::nullopt;
  return start + v;
}

}  // namespace

std::vector<PaceSample> learn_pace(const Curriculum& c, const Progress& progress) {
  std::vector<PaceSample> out;
  for (std::size_t r = 0; r < c.resources.size() && r < progress.resources.size(); ++r) {
    const auto& rp = progress.resources[r];
    const Minutes estimate = c.resources[r].minutes;
    if (!rp.done || rp.logged <= 0 || estimate <= 0) continue;
    out.push_back({static_cast<int>(r), rp.logged, estimate,
                   static_cast<double>(rp.logged) / static_cast<double>(estimate)});
  }
  return out;
}

std::vector<RhythmSample> learn_rhythm(const std::map<Date, Minutes>& logged,
                                       const std::function<Minutes(Date)>& capacity, Date today) {
  std::vector<RhythmSample> out;
  auto first = std::find_if(logged.begin(), logged.end(), [](const auto& kv) { return kv.second > 0; });
  if (first == logged.end() || first->first > today) return out;
  // A week counts only if the learner had begun by its Monday: the week of
  // the first entry is whole only when that entry is on a Monday.
  const Date first_monday = first->first + ((7 - first->first.weekday()) % 7);
  // The last week that ended before today.
  Date monday = today - today.weekday() - 7;
  for (; monday >= first_monday && out.size() < static_cast<std::size_t>(kRhythmWeeks); monday = monday - 7) {
    RhythmSample s;
    s.monday = monday;
    for (Date d = monday; d < monday + 7; ++d) s.offered += std::max<Minutes>(0, capacity(d));
    if (s.offered <= 0) continue;
    for (auto it = logged.lower_bound(monday); it != logged.end() && it->first < monday + 7; ++it)
      s.logged += it->second;
    s.rhythm = static_cast<double>(s.logged) / static_cast<double>(s.offered);
    out.push_back(s);
  }
  std::reverse(out.begin(), out.end());
  return out;
}

std::string forecast_needs(const Evidence& evidence) {
  std::vector<std::string> parts;
  if (evidence.pace.size() < static_cast<std::size_t>(kMinPaceSamples))
    parts.push_back(more(kMinPaceSamples - evidence.pace.size(), "finished resource", "finished resources"));
  if (evidence.rhythm.size() < static_cast<std::size_t>(kMinRhythmSamples))
    parts.push_back(more(kMinRhythmSamples - evidence.rhythm.size(), "full week", "full weeks"));
  if (parts.empty()) return "";
  return parts.size() == 1 ? parts[0] : parts[0] + " and " + parts[1];
}

std::string p50_p85(const std::optional<Date>& p50, const std::optional<Date>& p85) {
  auto date = [](const std::optional<Date>& d) {
    return d ? d->str() : "not within " + std::to_string(kForecastHorizonYears) + " years";
  };
  return "p50 " + date(p50) + " / p85 " + date(p85);
}

std::optional<double> median_pace(const std::vector<PaceSample>& pace) {
  return median_of(pace, kMinPaceSamples, [](const PaceSample& s) { return s.pace; });
}

std::optional<double> median_rhythm(const std::vector<RhythmSample>& rhythm) {
  return median_of(rhythm, kMinRhythmSamples, [](const RhythmSample& s) { return s.rhythm; });
}

std::optional<Minutes> at_your_pace(Minutes minutes, const std::vector<PaceSample>& pace) {
  auto m = median_pace(pace);
  if (!m) return std::nullopt;
  return static_cast<Minutes>(std::llround(static_cast<double>(minutes) * *m));
}

namespace {

// The draws of one run: its own generator, so that a run can be replayed
// without the others (studied_band). First the bootstrap (SPEC 3.4): the
// run resamples each list with replacement, paces then rhythms, and draws
// only from its resample; so a short history, whose resamples differ much
// from run to run, gives a wide band. Then the paces, then one rhythm a week.
class RunDraws {
 public:
  RunDraws(const ForecastInput& in, int run)
      : in_(in), gen_(run_stream(kForecastSeed, static_cast<std::uint32_t>(run))),
        pace_(resample(in.pace)), rhythm_(resample(in.rhythm)),
        pace_index_(static_cast<std::uint32_t>(pace_.size())), rhythm_index_(static_cast<std::uint32_t>(rhythm_.size())) {}

  /// The run's work: every remaining piece times a pace drawn for it.
  double work() {
    double total = 0;
    for (Minutes m : in_.remaining) total += static_cast<double>(std::max<Minutes>(0, m)) * pace_[pace_index_(gen_)];
    return total;
  }
  /// The next week's rhythm.
  double rhythm() { return rhythm_[rhythm_index_(gen_)]; }

 private:
  std::vector<double> resample(const std::vector<double>& from) {
    const IndexDraw index(static_cast<std::uint32_t>(from.size()));
    std::vector<double> out(from.size());
    for (double& v : out) v = from[index(gen_)];
    return out;
  }

  const ForecastInput& in_;
  SplitMix64 gen_;
  std::vector<double> pace_, rhythm_;
  IndexDraw pace_index_, rhythm_index_;
};

bool usable(const ForecastInput& in) { return !in.pace.empty() && !in.rhythm.empty() && in.capacity; }

}  // namespace

Forecast run_forecast(const ForecastInput& in) {
  Forecast f;
  f.runs = kForecastRuns;
  if (!usable(in)) return f;

  Weeks weeks(in.start, in.capacity);
  const std::function<Minutes(Date)>& work_capacity = in.work_capacity ? in.work_capacity : in.capacity;
  Weeks work_weeks(in.start, work_capacity);
  const bool has_goal = in.goal > 0;
  const double goal_left = static_cast<double>(in.goal - in.logged);
  // A target no run could reach before the horizon (even at the best rhythm
  // every week) is never reached: skip walking a century for it.
  const double best_rhythm = *std::max_element(in.rhythm.begin(), in.rhythm.end());
  const double best_pace = *std::min_element(in.pace.begin(), in.pace.end());
  double best_work = 0;  // the least work any run can draw
  for (Minutes m : in.remaining) best_work += static_cast<double>(std::max<Minutes>(0, m)) * best_pace;
  const bool work_reachable = best_work <= work_weeks.total() * best_rhythm + kEpsilon;
  const bool goal_reachable = has_goal && goal_left <= weeks.total() * best_rhythm + kEpsilon;

  std::vector<std::int32_t> done(kForecastRuns, kNever), goal(kForecastRuns, kNever);
  for (int run = 0; run < kForecastRuns; ++run) {
    RunDraws draws(in, run);
    const double work = draws.work();
    bool work_open = work_reachable, goal_open = goal_reachable;
    if (work <= kEpsilon) done[run] = 0, work_open = false;
    if (has_goal && goal_left <= kEpsilon) goal[run] = 0, goal_open = false;

    double studied = 0, studied_work = 0;
    for (int w = 0; w < weeks.count() && (work_open || goal_open); ++w) {
      const double r = draws.rhythm();
      const double week = weeks.capacity(w) * r, week_work = work_weeks.capacity(w) * r;
      const bool work_here = work_open && studied_work + week_work + kEpsilon >= work;
      const bool goal_here = goal_open && studied + week + kEpsilon >= goal_left;
      if (work_here || goal_here) {
        // Which day of this week: its study spread over the days in
        // proportion to their capacity.
        double s = studied, s_work = studied_work;
        for (Date d = weeks.first_day(w); d <= weeks.last_day(w); ++d) {
          s += static_cast<double>(weeks.day_capacity(d)) * r;
          s_work += static_cast<double>(work_weeks.day_capacity(d)) * r;
          if (work_open && s_work + kEpsilon >= work) done[run] = d - in.start, work_open = false;
          if (goal_open && s + kEpsilon >= goal_left) goal[run] = d - in.start, goal_open = false;
        }
      }
      studied += week;
      studied_work += week_work;
    }
  }

  f.p50 = percentile(done, 50, in.start);
  f.p85 = percentile(done, 85, in.start);
  if (has_goal) {
    f.goal_p50 = percentile(goal, 50, in.start);
    f.goal_p85 = percentile(goal, 85, in.start);
  }
  return f;
}

std::vector<BandPoint> studied_band(const ForecastInput& in, const std::vector<Date>& dates) {
  std::vector<BandPoint> out;
  if (!usable(in) || dates.empty()) return out;
  Weeks weeks(in.start, in.capacity, *std::max_element(dates.begin(), dates.end()));
  // Each date as (its week, the capacity of that week through it).
  struct Sample {
    Date date;
    int week;
    double partial;
  };
  std::vector<Sample> samples;
  for (Date d : dates)
    if (d >= in.start && weeks.week_of(d) < weeks.count() &&
        (samples.empty() || d > samples.back().date))
      samples.push_back({d, weeks.week_of(d), static_cast<double>(weeks.capacity_through(d))});
  if (samples.empty()) return out;

  // studied[run * n + i]: minutes studied through samples[i] in that run,
  // one run's row written at a time.
  const std::size_t n = samples.size();
  std::vector<double> studied(n * kForecastRuns);
  for (int run = 0; run < kForecastRuns; ++run) {
    RunDraws draws(in, run);
    draws.work();  // the run's paces come first in its stream
    double* row = studied.data() + static_cast<std::size_t>(run) * n;
    int week = -1;
    double r = 0, before = 0;  // before: studied in the weeks before `week`
    for (std::size_t i = 0; i < n; ++i) {
      while (week < samples[i].week) {
        if (week >= 0) before += weeks.capacity(week) * r;
        ++week;
        r = draws.rhythm();
      }
      row[i] = before + samples[i].partial * r;
    }
  }
  // Duality with the dates: the p-th percentile date of reaching an amount
  // is at most d exactly when at least p % of the runs have studied that
  // much by d, i.e. when the (runs - rank)-th smallest (0-based) amount has:
  // the 500th for p50, the 150th for p85.
  auto index_of = [](int p) {
    const std::size_t rank = (static_cast<std::size_t>(p) * kForecastRuns + 99) / 100;
    return static_cast<std::ptrdiff_t>(kForecastRuns - rank);
  };
  const std::ptrdiff_t k50 = index_of(50), k85 = index_of(85);
  std::vector<double> column(kForecastRuns);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t run = 0; run < column.size(); ++run) column[run] = studied[run * n + i];
    BandPoint b;
    b.date = samples[i].date;
    std::nth_element(column.begin(), column.begin() + k50, column.end());
    b.p50 = column[static_cast<std::size_t>(k50)];
    // Everything below k50 is now at most p50: the p85 order statistic is
    // among them.
    std::nth_element(column.begin(), column.begin() + k85, column.begin() + k50);
    b.p85 = column[static_cast<std::size_t>(k85)];
    out.push_back(b);
  }
  return out;
}

}  // namespace tenk
