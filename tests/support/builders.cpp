#include "support/builders.h"

#include <stdexcept>

namespace tenk::test {

Date day(const char* iso) {
  auto d = Date::parse(iso);
  if (!d) throw std::invalid_argument(std::string("bad test date ") + iso);
  return *d;
}

CurriculumBuilder::CurriculumBuilder() {
  c_.file = "test.yaml";
  c_.title = "test";
  c_.id = "test";
}

CurriculumBuilder& CurriculumBuilder::resource(const std::string& id, Minutes minutes,
                                               std::vector<std::string> reqs, int priority) {
  Resource r;
  r.id = id;
  r.title = id;
  r.minutes = minutes;
  r.priority = priority;
  for (auto& q : reqs) r.prerequisites.push_back({q, {}, {}});
  c_.resources.push_back(std::move(r));
  return *this;
}

CurriculumBuilder& CurriculumBuilder::choice(const std::string& id, std::vector<std::string> options) {
  Choice ch;
  ch.id = id;
  ch.title = id;
  for (auto& o : options) ch.options.push_back({o, {}, {}});
  c_.choices.push_back(std::move(ch));
  return *this;
}

CurriculumBuilder& CurriculumBuilder::practice(const std::string& id, std::array<Minutes, 7> week,
                                               std::vector<std::string> reqs) {
  Practice p;
  p.id = id;
  p.title = id;
  p.week = week;
  for (auto& q : reqs) p.prerequisites.push_back({q, {}, {}});
  c_.practice.push_back(std::move(p));
  return *this;
}

CurriculumBuilder& CurriculumBuilder::hours_per_day(Minutes minutes) {
  c_.schedule.week.fill(minutes);
  return *this;
}

CurriculumBuilder& CurriculumBuilder::week(std::array<Minutes, 7> minutes) {
  c_.schedule.week = minutes;
  return *this;
}

CurriculumBuilder& CurriculumBuilder::off(std::vector<Date> dates) {
  c_.schedule.off = std::move(dates);
  return *this;
}

CurriculumBuilder& CurriculumBuilder::max_per_day(int n) {
  c_.schedule.max_per_day = n;
  return *this;
}

CurriculumBuilder& CurriculumBuilder::min_block(Minutes minutes) {
  c_.schedule.min_block = minutes;
  return *this;
}

Curriculum CurriculumBuilder::build() {
  Curriculum c = c_;
  c.resolve();
  return c;
}

int index_of(const Curriculum& c, const std::string& id) {
  auto ref = c.find(id);
  if (!ref.is_resource()) throw std::invalid_argument("no resource " + id);
  return ref.index;
}

std::string layout(const Curriculum& c, const Plan& p) {
  std::string out;
  for (const auto& d : p.days) {
    if (!out.empty()) out += " | ";
    out += d.date.str() + ":";
    bool first = true;
    for (const auto& b : d.blocks) {
      out += first ? " " : ", ";
      first = false;
      out += block_id(c, b) + " " + std::to_string(b.minutes);
    }
  }
  return out;
}


}  // namespace tenk::test
