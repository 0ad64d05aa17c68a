#include "support/plan_checks.h"

#include <algorithm>
#include <random>
#include <set>

#include "core/plan_input.h"
#include "support/builders.h"

namespace tenk::test {
namespace {

std::size_t idx(int i) { return static_cast<std::size_t>(i); }

std::string name(const PlanGraph& g, int r) { return g.curriculum().resources[idx(r)].id; }

int c_tracks(const PlanGraph& g) { return g.curriculum().track_count(); }

// What SPEC 3.1 gives each practice item on one date, the obvious way:
// while resources remain, each unlocked item its weekday's minutes in file
// order; after, the whole capacity shared by weekly minutes, the rest to the
// first. `logged` counts against an item's own share; `left` shrinks.
std::vector<Minutes> practice_due(const Curriculum& c, const std::vector<bool>& unlocked, bool resources_remain,
                                  Date d, Minutes capacity, const std::vector<Minutes>& logged, Minutes& left) {
  const std::size_t np = c.practice.size();
  std::vector<Minutes> share(np, 0);
  if (resources_remain) {
    for (std::size_t p = 0; p < np; ++p)
      if (unlocked[p]) share[p] = c.practice[p].week[idx(d.weekday())];
  } else {
    Minutes weekly = 0;
    for (std::size_t p = 0; p < np; ++p) weekly += c.practice[p].week_minutes();
    Minutes given = 0;
    for (std::size_t p = 0; p < np && weekly > 0; ++p) {
      share[p] = capacity * c.practice[p].week_minutes() / weekly;
      given += share[p];
    }
    for (std::size_t p = 0; p < np && weekly > 0; ++p)
      if (c.practice[p].week_minutes() > 0) {
        share[p] += capacity - given;
        break;
      }
  }
  std::vector<Minutes> due(np, 0);
  for (std::size_t p = 0; p < np; ++p) {
    Minutes want = share[p] - (p < logged.size() ? logged[p] : 0);
    due[p] = std::clamp<Minutes>(want, 0, left);
    left -= due[p];
  }
  return due;
}

}  // namespace

std::string check_invariants(const PlanGraph& g, const PlanInput& in, const Plan& p) {
  const Schedule& s = g.curriculum().schedule;
  const std::size_t n = g.curriculum().resources.size();
  std::vector<Minutes> rem(n, 0);
  std::vector<bool> todo(n, false);
  Minutes total = 0;
  for (int r : g.resources()) {
    Minutes m = idx(r) < in.remaining.size() ? in.remaining[idx(r)] : 0;
    bool done = idx(r) < in.done.size() && in.done[idx(r)];
    if (!done && m > 0) {
      rem[idx(r)] = m;
      todo[idx(r)] = true;
      total += m;
    }
  }
  std::set<int> touched(in.touched_on_start.begin(), in.touched_on_start.end());
  const Minutes first_capacity = std::max<Minutes>(0, s.capacity(in.start) - in.used_on_start);
  auto capacity_of = [&](Date d) { return d == in.start ? first_capacity : s.capacity(d); };
  auto ready = [&](int r) {
    if (!todo[idx(r)] || rem[idx(r)] == 0) return false;
    for (int q : g.requirements(r))
      if (todo[idx(q)] && rem[idx(q)] > 0) return false;
    return true;
  };
  std::vector<std::vector<Minutes>> blocks_of(n);
  std::vector<std::vector<Minutes>> min_block_of(n);  // the min_block in force on each block's date
  const int tracks = c_tracks(g);
  auto track_of = [&](int r) { return tracks > 1 ? std::max(0, g.curriculum().resources[idx(r)].track) : 0; };
  const auto priority = g.effective_priority();
  auto started_in = [&](int r) { return idx(r) < in.started.size() && in.started[idx(r)]; };
  std::vector<Date> first_day(n), last_day(n);
  // Practice: an item takes time from the day after all it requires has
  // finished (from the start if nothing it requires is left).
  const Curriculum& c = g.curriculum();
  const std::size_t np = c.practice.size();
  auto unfinished = [&](int r) { return todo[idx(r)] && rem[idx(r)] > 0; };
  auto requirements_done = [&](std::size_t pi) {
    const auto& reqs = g.practice_requirements(static_cast<int>(pi));
    return std::none_of(reqs.begin(), reqs.end(), unfinished);
  };
  std::vector<bool> unlocked(np);
  for (std::size_t pi = 0; pi < np; ++pi) unlocked[pi] = requirements_done(pi);
  Minutes resources_left = total, covered = 0;
  std::optional<Date> lower_bound, last_resource_day;

  const std::vector<PlanDay> days = p.days.to_vector();
  if (p.start != in.start) return "plan start is not the input start";
  std::string idle;  // the first breach of 6, reported after 1 and 5 (more basic)
  std::size_t next = 0;  // index into p.days
  const Date stop = p.days.empty() ? in.start : p.days.back().date;
  for (Date d = in.start; d <= stop; ++d) {
    static const PlanDay kEmpty{};
    bool listed = next < days.size() && days[next].date == d;
    if (next < days.size() && days[next].date < d) return "plan days out of order";
    const PlanDay& day = listed ? days[next++] : kEmpty;
    if (listed && day.blocks.empty()) return d.str() + ": listed without blocks";
    const int max_per_day = s.max_per_day_on(d);
    const Minutes min_block = s.min_block_on(d);
    // What was ready at the start of the date (#9, priority order).
    std::vector<int> ready_at_start;
    for (int r : g.resources())
      if (ready(r)) ready_at_start.push_back(r);
    // Practice first: what it must get, and what it leaves for resources.
    static const std::vector<Minutes> kNone;
    const bool resources_remain = resources_left > 0;
    Minutes cap = capacity_of(d);
    auto due = practice_due(c, unlocked, resources_remain, d, s.capacity(d), d == in.start ? in.practice_used_on_start : kNone,
                            cap);
    if (!resources_remain) cap = 0;
    // Practice-only days are listed only when asked for (list_until).
    if (!resources_remain && (!in.list_until || d >= *in.list_until)) std::fill(due.begin(), due.end(), 0);
    std::vector<Minutes> got(np, 0);
    for (const Block& b : day.blocks)
      if (b.is_practice()) {
        if (b.resource >= 0 || idx(b.practice) >= np) return d.str() + ": malformed practice block";
        if (got[idx(b.practice)] > 0 || b.minutes <= 0) return d.str() + ": practice block repeated or empty";
        got[idx(b.practice)] = b.minutes;
      }
    for (std::size_t pi = 0; pi < np; ++pi)
      if (got[pi] != due[pi])
        return d.str() + ": practice " + c.practice[pi].id + " got " + std::to_string(got[pi]) + " min, due " +
               std::to_string(due[pi]) + (resources_remain ? " (its reservation)" : " (its share after the end)");
    if (listed && day.capacity != cap) return d.str() + ": wrong capacity " + std::to_string(day.capacity);
    covered += cap;
    if (!lower_bound && covered >= total) lower_bound = d;
    Minutes used = 0;
    std::set<int> today;
    bool practice_seen = false;
    for (const Block& b : day.blocks) {
      if (b.is_practice()) {
        practice_seen = true;
        continue;
      }
      if (practice_seen) return d.str() + ": a resource block after the practice blocks";
      if (b.resource < 0 || idx(b.resource) >= n || !todo[idx(b.resource)])
        return d.str() + ": block of a resource not to plan";
      if (b.minutes <= 0) return d.str() + ": empty block";
      if (!today.insert(b.resource).second) return d.str() + ": two blocks of " + name(g, b.resource);
      // 3: everything required has finished, earlier blocks of this day included.
      if (blocks_of[idx(b.resource)].empty()) {
        if (!ready(b.resource)) return d.str() + ": " + name(g, b.resource) + " starts before its requirements end";
        first_day[idx(b.resource)] = d;
      }
      // 1 (no more than the remaining minutes).
      if (b.minutes > rem[idx(b.resource)]) return d.str() + ": " + name(g, b.resource) + " planned too much";
      rem[idx(b.resource)] -= b.minutes;
      resources_left -= b.minutes;
      blocks_of[idx(b.resource)].push_back(b.minutes);
      min_block_of[idx(b.resource)].push_back(min_block);
      last_day[idx(b.resource)] = d;
      last_resource_day = d;
      used += b.minutes;
    }
    // 2
    if (used > cap) return d.str() + ": over capacity";
    // 4: touched resources count on the start day.
    std::set<int> distinct = today;
    if (d == in.start) distinct.insert(touched.begin(), touched.end());
    const bool start_day = d == in.start;
    const int allowed = std::max<int>(max_per_day, start_day ? static_cast<int>(touched.size()) : 0);
    if (static_cast<int>(distinct.size()) > allowed) return d.str() + ": too many resources";
    if (start_day && static_cast<int>(touched.size()) >= max_per_day)
      for (int r : today)
        if (!touched.count(r)) return d.str() + ": new resource on a start day already at max_per_day";
    // 9: each track with ready work at the start of the date (R) gets its
    // part less at most min_block, unless it ran out of work it could do; no
    // track has a second resource while a track of R has none.
    std::vector<int> on_day(idx(tracks), 0);  // resources of each track on the date, touched included
    for (int r : distinct) on_day[idx(track_of(r))] += 1;
    std::vector<bool> in_r(idx(tracks), false);
    for (int r : ready_at_start) in_r[idx(track_of(r))] = true;
    const bool a_track_has_none = [&] {
      for (int t = 0; t < tracks; ++t)
        if (in_r[idx(t)] && on_day[idx(t)] == 0) return true;
      return false;
    }();
    if (tracks > 1 && cap > 0) {
      double shares = 0;
      for (int t = 0; t < tracks; ++t)
        if (in_r[idx(t)]) shares += c.tracks[idx(t)].share;
      // A track whose part is below min_block may round it up to one block
      // (else it could hold nothing but a resource that fits its part); what
      // that takes comes off the others' parts (docs/spec-notes.md).
      double rounding = static_cast<double>(min_block);
      for (int t = 0; t < tracks && shares > 0; ++t) {
        const double part = static_cast<double>(cap) * c.tracks[idx(t)].share / shares;
        if (in_r[idx(t)] && part < static_cast<double>(min_block)) rounding += static_cast<double>(min_block) - part;
      }
      for (int t = 0; t < tracks && shares > 0; ++t) {
        if (!in_r[idx(t)]) continue;
        const double part = static_cast<double>(cap) * c.tracks[idx(t)].share / shares;
        Minutes got = 0;
        bool all_on_day_finish = true;
        for (const Block& b : day.blocks)
          if (!b.is_practice() && track_of(b.resource) == t) {
            got += b.minutes;
            all_on_day_finish = all_on_day_finish && rem[idx(b.resource)] == 0;
          }
        bool ready_all_finished = true;
        for (int r : ready_at_start)
          if (track_of(r) == t && rem[idx(r)] > 0) ready_all_finished = false;
        const bool ran_out =
            ready_all_finished || (all_on_day_finish && static_cast<int>(distinct.size()) >= max_per_day);
        if (!ran_out && static_cast<double>(got) < part - rounding - 1e-9)
          return d.str() + ": track " + c.tracks[idx(t)].id + " got " + std::to_string(got) + " min of its part " +
                 std::to_string(part);
      }
      // (What the journal already shows on the start day is not the plan's doing.)
      std::vector<bool> planned_new(idx(tracks), false);
      for (int r : today)
        if (!(start_day && touched.count(r))) planned_new[idx(track_of(r))] = true;
      if (a_track_has_none)
        for (int t = 0; t < tracks; ++t)
          if (on_day[idx(t)] > 1 && planned_new[idx(t)])
            return d.str() + ": track " + c.tracks[idx(t)].id + " has a second resource while a track with ready work has none";
    }
    // Priority order: on the date a resource starts, no resource of its track
    // that was ready and unstarted at the start of the date, and does not
    // start that date, has a higher effective priority. Exempt: a resource
    // that starts in one last block shorter than min_block (it was taken
    // because it fit what was left), and resources touched on the start day.
    for (const Block& b : day.blocks) {
      if (b.is_practice() || first_day[idx(b.resource)] != d || blocks_of[idx(b.resource)].size() != 1) continue;
      const int r = b.resource;
      if ((start_day && touched.count(r)) || started_in(r)) continue;
      if (b.minutes < min_block && rem[idx(r)] == 0) continue;
      for (int q : ready_at_start) {
        const bool q_unstarted = blocks_of[idx(q)].empty() && !started_in(q);
        if (q == r || track_of(q) != track_of(r) || !q_unstarted || today.count(q)) continue;
        if (priority[idx(q)] > priority[idx(r)])
          return d.str() + ": " + name(g, r) + " starts while " + name(g, q) + " (higher effective priority " +
                 std::to_string(priority[idx(q)]) + ") is ready";
      }
    }
    // 6: with capacity left, no ready resource could have taken more, judged
    // with the state at the end of the day. A rest smaller than min_block
    // goes to a resource already on the date.
    const Minutes left = cap - used;
    if (left > 0)
      for (int r : g.resources()) {
        if (!ready(r)) continue;
        if (today.count(r)) {
          if (idle.empty()) idle = d.str() + ": " + std::to_string(left) + " min unused while " + name(g, r) + " is on the date, unfinished";
          continue;
        }
        const bool second = tracks > 1 && on_day[idx(track_of(r))] > 0 && a_track_has_none;
        bool may_join = (start_day && touched.count(r)) ||
                        (static_cast<int>(distinct.size()) < max_per_day && !second);
        if (idle.empty() && may_join && (rem[idx(r)] <= left || left >= min_block))
          idle = d.str() + ": " + std::to_string(left) + " min unused while " + name(g, r) + " could go";
      }
    // Items whose requirements finished today take time from tomorrow.
    for (std::size_t pi = 0; pi < np; ++pi)
      if (!unlocked[pi] && requirements_done(pi)) unlocked[pi] = true;
  }
  if (next != days.size()) return "plan days before its start or repeated";

  for (int r : g.resources()) {
    // 1: exactly the remaining minutes.
    if (todo[idx(r)] && rem[idx(r)] != 0) return name(g, r) + " not fully planned";
    // 5: every block but the last at least min_block.
    const auto& bl = blocks_of[idx(r)];
    for (std::size_t i = 0; i + 1 < bl.size(); ++i)
      if (bl[i] < min_block_of[idx(r)][i]) return name(g, r) + " has a short block that is not its last";
  }
  if (!idle.empty()) return idle;
  // Bookkeeping: spans, end, lower bound.
  std::size_t planned = 0;
  for (int r : g.resources()) planned += blocks_of[idx(r)].empty() ? 0 : 1;
  if (p.spans.size() != planned) return "spans do not list each planned resource once";
  for (std::size_t i = 0; i < p.spans.size(); ++i) {
    const auto& sp = p.spans[i];
    if (idx(sp.resource) >= n || blocks_of[idx(sp.resource)].empty()) return "span of an unplanned resource";
    Minutes sum = 0;
    for (Minutes m : blocks_of[idx(sp.resource)]) sum += m;
    if (sp.start != first_day[idx(sp.resource)] || sp.end != last_day[idx(sp.resource)] || sp.minutes != sum)
      return "span of " + name(g, sp.resource) + " disagrees with its blocks";
    if (i > 0 && p.spans[i - 1].start > sp.start) return "spans not in order of start";
  }
  if (p.end != last_resource_day.value_or(in.start)) return "end is not the day the last resource finishes";
  if (!in.list_until && stop > p.end) return "days listed after the end without list_until";
  if (in.list_until) {
    // Every practice-only day with capacity is listed, up to list_until.
    Date last_listed = p.days.empty() ? in.start : p.days.back().date;
    for (Date d = std::max(last_listed + 1, in.start); d < *in.list_until && !c.practice.empty(); ++d)
      if (s.capacity(d) > 0 && std::any_of(c.practice.begin(), c.practice.end(),
                                            [](const Practice& pr) { return pr.week_minutes() > 0; }))
        return d.str() + ": a practice-only day missing before list_until";
    if (stop >= *in.list_until && stop > p.end) return "practice-only days listed at or after list_until";
  }
  const Date expected_lb = total <= 0 ? in.start : lower_bound.value_or(Date::max());
  if (p.lower_bound_end != expected_lb)
    return "lower_bound_end is " + p.lower_bound_end.str() + ", expected " + expected_lb.str();
  if (p.end < p.lower_bound_end) return "end before the lower bound";
  return "";
}

PlanInput after_days(const PlanGraph& g, const PlanInput& in, const Plan& p, std::size_t k) {
  PlanInput out = in;
  const std::vector<PlanDay> days = p.days.to_vector();
  const std::size_t n = g.curriculum().resources.size();
  out.remaining.resize(n, 0);
  out.started.resize(n, false);
  out.done.resize(n, false);
  for (std::size_t i = 0; i < k; ++i)
    for (const Block& b : days[i].blocks) {
      if (b.is_practice()) continue;  // practice never finishes: nothing to take off
      auto r = idx(b.resource);
      out.remaining[r] -= b.minutes;
      out.started[r] = out.remaining[r] > 0;
      out.done[r] = out.remaining[r] == 0;
    }
  out.start = days[k - 1].date + 1;
  out.used_on_start = 0;
  out.touched_on_start.clear();
  out.practice_used_on_start.assign(out.practice_used_on_start.size(), 0);
  return out;
}

RandomCase random_case(std::uint32_t seed, const RandomOptions& o) {
  std::mt19937 rng(seed);
  auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  auto chance = [&](int percent) { return pick(1, 100) <= percent; };

  CurriculumBuilder b;
  const Minutes unit = o.aligned ? std::array<Minutes, 3>{15, 30, 60}[idx(pick(0, 2))] : 1;
  const Minutes min_block = o.aligned ? unit : pick(15, 60);
  b.min_block(min_block).max_per_day(o.aligned ? 1000 : pick(1, 3));
  std::array<Minutes, 7> week{};
  for (auto& m : week) m = chance(30) ? 0 : pick(1, 300 / static_cast<int>(unit)) * unit;
  const int roomy_day = pick(0, 6);
  Minutes& roomy = week[idx(roomy_day)];  // validation guarantees a day with room for a block
  roomy = std::max<Minutes>(roomy, pick(static_cast<int>(min_block), 240) / unit * unit);
  b.week(week);
  const Date start = day("2024-01-01") + pick(0, 3000);
  std::vector<Date> off;
  for (int i = pick(0, 30); i > 0; --i) off.push_back(start + pick(-20, 400));
  std::sort(off.begin(), off.end());
  off.erase(std::unique(off.begin(), off.end()), off.end());
  b.off(off);

  // Resources in file order, with a random rank: a resource requires only
  // lower ranks, so the graph is a DAG whose order differs from file order.
  const int n = pick(0, o.max_resources);
  std::vector<int> rank(idx(n));
  for (int i = 0; i < n; ++i) rank[idx(i)] = i;
  std::shuffle(rank.begin(), rank.end(), rng);
  // Choices over disjoint random resources; a choice ranks as its highest option.
  std::vector<std::vector<int>> choices;
  std::vector<bool> taken(idx(n), false);
  for (int c = pick(0, n / 6); c > 0; --c) {
    std::vector<int> opts;
    for (int k = pick(2, 3); k > 0; --k) {
      int r = pick(0, n - 1);
      if (!taken[idx(r)]) {
        taken[idx(r)] = true;
        opts.push_back(r);
      }
    }
    if (opts.size() >= 2) choices.push_back(opts);
  }
  auto id = [](int r) { return "r" + std::to_string(r); };
  for (int r = 0; r < n; ++r) {
    std::vector<std::string> reqs;
    for (int k = pick(0, 3); k > 0; --k) {
      if (!choices.empty() && chance(20)) {
        const auto& opts = choices[idx(pick(0, static_cast<int>(choices.size()) - 1))];
        bool lower = std::all_of(opts.begin(), opts.end(), [&](int q) { return rank[idx(q)] < rank[idx(r)]; });
        if (lower) reqs.push_back("c" + std::to_string(&opts - choices.data()));
        continue;
      }
      int q = pick(0, n - 1);
      if (rank[idx(q)] < rank[idx(r)]) reqs.push_back(id(q));
    }
    Minutes minutes = o.aligned ? pick(1, 1200 / static_cast<int>(unit)) * unit : pick(15, 1200);
    int priority = chance(15) ? pick(-1, 2) : 0;
    b.resource(id(r), minutes, reqs, priority);
  }
  for (std::size_t c = 0; c < choices.size(); ++c) {
    std::vector<std::string> opts;
    for (int r : choices[c]) opts.push_back(id(r));
    b.choice("c" + std::to_string(c), opts);
  }

  RandomCase out{b.build(), {}, {}};
  for (const auto& opts : choices) out.picks.push_back(opts[idx(pick(0, static_cast<int>(opts.size()) - 1))]);
  out.input = baseline_input(out.curriculum, start);
  if (o.journal) {
    for (int r = 0; r < n; ++r) {
      Minutes& m = out.input.remaining[idx(r)];
      if (chance(8)) out.input.done[idx(r)] = true;
      else if (chance(12)) {
        m = pick(0, static_cast<int>(m / unit)) * unit;  // a `left` re-estimate; 0 means done
        out.input.started[idx(r)] = m > 0;
      }
    }
    out.input.used_on_start = pick(0, 4) * min_block;
    if (!o.aligned && n > 0)
      for (int k = pick(0, 2); k > 0; --k) out.input.touched_on_start.push_back(pick(0, n - 1));
  }
  if (o.practice) {
    // Practice items after everything else, so that the seeds of the cases
    // above draw the same curricula as before. The roomy day is never
    // reserved: validation guarantees resources a day with room.
    Curriculum& c = out.curriculum;
    for (int k = pick(0, 3); k > 0; --k) {
      Practice p;
      p.id = p.title = "p" + std::to_string(c.practice.size());
      for (std::size_t d = 0; d < 7; ++d)
        if (static_cast<int>(d) != roomy_day && !chance(40)) p.week[d] = pick(1, 120 / static_cast<int>(unit)) * unit;
      if (p.week_minutes() == 0) p.week[idx((roomy_day + 1) % 7)] = unit;
      for (int q = pick(0, 2); q > 0 && n > 0; --q) {
        if (!choices.empty() && chance(25))
          p.prerequisites.push_back({"c" + std::to_string(pick(0, static_cast<int>(choices.size()) - 1)), {}, {}});
        else
          p.prerequisites.push_back({id(pick(0, n - 1)), {}, {}});
      }
      c.practice.push_back(std::move(p));
    }
    c.resolve();
    out.input.practice_used_on_start.assign(c.practice.size(), 0);
    if (o.journal)
      for (std::size_t p = 0; p < c.practice.size(); ++p)
        if (chance(30)) {
          out.input.practice_used_on_start[p] = pick(1, 4) * unit;
          out.input.used_on_start += out.input.practice_used_on_start[p];
        }
  }
  if (o.tracks || o.changes) {
    // Drawn from a second generator, so that the cases above stay the same.
    std::mt19937 more(seed * 7919u + 17u);
    auto draw = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(more); };
    Curriculum& c = out.curriculum;
    Schedule& s = c.schedule;
    // The roomy day keeps room for the largest min_block in every period.
    const Minutes roomy_minutes = 60;
    if (o.changes) s.week[idx(roomy_day)] = std::max(s.week[idx(roomy_day)], roomy_minutes);
    if (o.tracks) {
      const int count = draw(2, 3);
      for (int t = 0; t < count; ++t) c.tracks.push_back({"t" + std::to_string(t), "Track " + std::to_string(t),
                                                          static_cast<double>(draw(1, 5)), {}, {}});
      for (std::size_t r = 0; r < c.resources.size(); ++r)
        if (draw(0, 3) > 0) c.track_refs.push_back({static_cast<int>(r), "t" + std::to_string(draw(0, count - 1)), {}});
      s.max_per_day = std::max(s.max_per_day, count + draw(0, 1));
    }
    if (o.changes) {
      s.week_named.fill(true);
      for (int k = draw(0, 3); k > 0; --k) {
        ScheduleChange ch;
        ch.from = start + draw(-20, 300);
        for (std::size_t d = 0; d < 7; ++d)
          if (draw(0, 2) == 0) ch.week[d] = draw(0, 1) ? draw(0, 300) : 0;
        if (ch.week[idx(roomy_day)]) ch.week[idx(roomy_day)] = std::max(*ch.week[idx(roomy_day)], roomy_minutes);
        if (draw(0, 2) == 0) ch.max_per_day = std::max(c.track_count(), draw(1, 3));
        if (draw(0, 2) == 0) ch.min_block = draw(15, 60);
        s.changes.push_back(ch);
      }
      s.settle();
    }
    c.resolve();
  }
  if (o.list_days > 0) out.input.list_until = start + o.list_days;
  return out;
}

}  // namespace tenk::test
