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
  PlanInput input = baseline ? baseline_input(c_, baseline_start()) : tenk::current_input(graph(), progress(), journal_, today_);
  extend_with_practice(c_, input, plan, until);
  return plan;
}

Plan Standing::plan_with_picks(const Picks& picks) {
  PlanGraph other(c_, picks);
  return make_plan(other, tenk::current_input(other, progress(), journal_, today_));
}

const Summary& Standing::summary() {
  if (!summary_) summary_ = summarize(c_, journal_, progress(), baseline_plan(), current_plan(), today_);
  return *summary_;
}

}  // namespace tenk
