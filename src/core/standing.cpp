#include "core/standing.h"

namespace tenk {

Standing::Standing(const Curriculum& c, const Journal& journal, Date today) : c_(c), journal_(journal), today_(today) {}

const Progress& Standing::progress() {
  if (!progress_) progress_ = apply_journal(c_, journal_, today_);
  return *progress_;
}

const PlanGraph& Standing::graph() {
  if (!graph_) graph_.emplace(c_, progress().picks);
  return *graph_;
}

const PlanInput& Standing::current_input() {
  if (!current_input_) {
    current_input_ = tenk::current_input(graph(), progress(), journal_, today_);
    current_input_->list_until = today_ + kPracticeHorizon;
  }
  return *current_input_;
}

const Plan& Standing::current_plan() {
  if (!current_plan_) current_plan_ = make_plan(graph(), current_input());
  return *current_plan_;
}

const PlanGraph& Standing::baseline_graph() {
  if (!baseline_graph_) baseline_graph_.emplace(c_, first_options(c_));
  return *baseline_graph_;
}

Date Standing::baseline_start() const { return tenk::baseline_start(c_, journal_, today_); }

const Plan& Standing::baseline_plan() {
  if (!baseline_plan_) {
    PlanInput input = baseline_input(c_, baseline_start());
    input.list_until = today_;
    baseline_plan_ = make_plan(baseline_graph(), input);
  }
  return *baseline_plan_;
}

Plan Standing::plan_until(bool baseline, Date until) {
  Plan plan = baseline ? baseline_plan() : current_plan();
  // extend_with_practice reads the input's start and what today holds, not
  // how far it lists: the current plan's own input serves.
  if (baseline) extend_with_practice(c_, baseline_input(c_, baseline_start()), plan, until);
  else extend_with_practice(c_, current_input(), plan, until);
  return plan;
}

PickChange Standing::repick(int choice, int option) {
  const auto i = static_cast<std::size_t>(choice);
  PickChange change{choice, progress().picks[i], option, current_plan().end, current_plan().end};
  if (!change.changed()) return change;
  Picks picks = progress().picks;
  picks[i] = option;
  PlanGraph other(c_, picks);
  change.end_after = make_plan(other, tenk::current_input(other, progress(), journal_, today_)).end;
  return change;
}

std::vector<PickChange> Standing::option_changes(int choice) {
  std::vector<PickChange> out;
  for (const auto& o : c_.choices[static_cast<std::size_t>(choice)].options) out.push_back(repick(choice, o.target.index));
  return out;
}

const Summary& Standing::summary() {
  if (!summary_) summary_ = summarize(c_, journal_, progress(), baseline_plan(), current_plan(), today_);
  return *summary_;
}

const std::vector<ResourceState>& Standing::resource_states() {
  if (!states_) states_ = tenk::resource_states(graph(), progress());
  return *states_;
}

const std::vector<bool>& Standing::practice_unlocked() {
  if (!practice_unlocked_) practice_unlocked_ = tenk::practice_unlocked(graph(), progress());
  return *practice_unlocked_;
}

std::string Standing::state_of(NodeRef item) {
  const auto i = static_cast<std::size_t>(item.index);
  if (item.is_practice()) return practice_unlocked()[i] ? "practice" : "locked";
  const int r = item.is_choice() ? progress().picks[i] : item.index;
  return state_name(resource_states()[static_cast<std::size_t>(r)]);
}

std::vector<NodeRef> Standing::required_by(int r) {
  // An option of a choice is required by what requires the choice: picked,
  // it would meet that requirement.
  const int choice = c_.option_of()[static_cast<std::size_t>(r)];
  auto names_it = [&](const std::vector<Ref>& refs) {
    for (const Ref& ref : refs)
      if ((ref.target.is_resource() && ref.target.index == r) || (choice >= 0 && ref.target.is_choice() && ref.target.index == choice))
        return true;
    return false;
  };
  std::vector<NodeRef> out;
  for (std::size_t i = 0; i < c_.resources.size(); ++i)
    if (names_it(c_.resources[i].prerequisites)) out.push_back({NodeRef::Type::Resource, static_cast<int>(i)});
  for (std::size_t i = 0; i < c_.practice.size(); ++i)
    if (names_it(c_.practice[i].prerequisites)) out.push_back({NodeRef::Type::Practice, static_cast<int>(i)});
  return out;
}

Minutes Standing::left_after_today(int r) {
  // The later days' share of its span: the plan starts today, so no
  // earlier day holds any of it.
  const Plan& plan = current_plan();
  Minutes left = 0;
  for (const auto& span : plan.spans)
    if (span.resource == r) left += span.minutes;
  if (!plan.days.empty() && plan.days.front().date <= today_)
    for (const auto& b : plan.days.front().blocks)
      if (b.resource == r) left -= b.minutes;
  return left;
}

std::vector<int> Standing::unlocked_today() {
  const Plan& plan = current_plan();
  std::vector<bool> ends_today(c_.resources.size(), false);
  for (const auto& span : plan.spans)
    if (span.end == today_) ends_today[static_cast<std::size_t>(span.resource)] = true;
  std::vector<int> out;
  for (const auto& span : plan.spans) {
    if (span.start <= today_) continue;
    for (int q : graph().requirements(span.resource))
      if (ends_today[static_cast<std::size_t>(q)]) {
        out.push_back(span.resource);
        break;
      }
  }
  return out;
}

}  // namespace tenk
