#include "json/output.h"

#include "core/milestones.h"

namespace tenk {

using nlohmann::json;
using nlohmann::ordered_json;

namespace {

constexpr auto kReplace = json::error_handler_t::replace;

// `value` as json_text would print it `depth` levels deep: nlohmann's own
// layout and escaping, with every line after the first indented to match.
void append_nested(std::string& out, const ordered_json& value, int depth) {
  const std::string text = value.dump(2, ' ', false, kReplace);
  const std::size_t indent = static_cast<std::size_t>(2 * depth);
  std::size_t from = 0;
  for (std::size_t nl; (nl = text.find('\n', from)) != std::string::npos; from = nl + 1) {
    out.append(text, from, nl + 1 - from);
    out.append(indent, ' ');
  }
  out.append(text, from, std::string::npos);
}

// The members of the top-level object, one by one: `{`, then `"key": value`
// pairs separated by commas, then `}`; arrays of any length item by item.
class ObjectStream {
 public:
  explicit ObjectStream(std::ostream& out) : out_(out) { buf_ = "{"; }
  ~ObjectStream() {
    buf_ += first_ ? "}" : "\n}";
    flush();
  }

  void member(const std::string& key, const ordered_json& value) {
    begin(key);
    append_nested(buf_, value, 1);
  }

  /// `key` with an array whose items `item(i, value)` fills in for i < n,
  /// as long as it returns true. `value` is the same object each time, so
  /// a day's keys are allocated once, not once a day.
  template <class Item>
  void array(const std::string& key, std::size_t n, Item item) {
    begin(key);
    bool empty = true;
    ordered_json value;
    for (std::size_t i = 0; i < n && item(i, value); ++i) {
      buf_ += empty ? "[\n    " : ",\n    ";
      append_nested(buf_, value, 2);
      empty = false;
      if (buf_.size() > kFlushAt) flush();
    }
    buf_ += empty ? "[]" : "\n  ]";
  }

 private:
  // Written to the stream in large pieces: a stream call per day costs more
  // than the day's text.
  static constexpr std::size_t kFlushAt = 1 << 16;

  void begin(const std::string& key) {
    buf_ += first_ ? "\n  " : ",\n  ";
    buf_ += json(key).dump(-1, ' ', false, kReplace);
    buf_ += ": ";
    first_ = false;
  }
  void flush() {
    out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    buf_.clear();
  }

  std::ostream& out_;
  std::string buf_;
  bool first_ = true;
};

}  // namespace

std::string json_text(const json& j) { return j.dump(2, ' ', false, kReplace); }
std::string json_text(const ordered_json& j) { return j.dump(2, ' ', false, kReplace); }

json diagnostic_json(const Diagnostic& d) {
  json j = {{"file", d.file}, {"line", nullptr}, {"col", nullptr},
            {"severity", severity_name(d.severity)}, {"message", d.message}};
  // Journal problems are per line; their column is the line's start.
  if (d.pos.line > 0) {
    j["line"] = d.pos.line;
    j["col"] = d.pos.col > 0 ? d.pos.col : 1;
  }
  return j;
}

nlohmann::json track_json(const Curriculum& c, int r) {
  const Track* t = track_of(c, r);
  return t ? nlohmann::json(t->id) : nlohmann::json(nullptr);
}

nlohmann::json next_milestone_json(const Curriculum& c, const Plan& plan) {
  auto m = next_planned_milestone(c, plan);
  if (!m) return nullptr;
  const auto& r = c.resources[static_cast<std::size_t>(m->resource)];
  return {{"id", r.id}, {"title", r.title}, {"end", m->end.str()}};
}

void write_plan_json(std::ostream& out, const PlanGraph& graph, const Plan& plan, bool baseline,
                     std::optional<Date> until) {
  const auto& c = graph.curriculum();
  auto id_of = [&](int r) -> const std::string& { return c.resources[static_cast<std::size_t>(r)].id; };
  {
    ObjectStream doc(out);
    doc.member("curriculum", c.id);
    doc.member("title", c.title);
    doc.member("baseline", baseline);
    doc.member("start", plan.start.str());
    doc.member("end", plan.end.str());
    doc.member("lower_bound_end", plan.lower_bound_end.str());
    // Items are asked for in order, so the days are read as they are written.
    auto next_day = plan.days.begin();
    doc.array("days", plan.days.size(), [&](std::size_t i, ordered_json& out) {
      if (i > 0) ++next_day;
      const PlanDay& day = *next_day;
      if (until && day.date >= *until) return false;
      out["date"] = day.date.str();
      out["capacity"] = to_hours(day.capacity);
      // The block objects of the day before are reused: only their values change.
      ordered_json& blocks = out["blocks"];
      if (!blocks.is_array()) blocks = ordered_json::array();
      while (blocks.size() > day.blocks.size()) blocks.erase(blocks.size() - 1);
      while (blocks.size() < day.blocks.size()) blocks.push_back({{"id", ""}, {"title", ""}, {"hours", 0}});
      for (std::size_t k = 0; k < day.blocks.size(); ++k) {
        const Block& b = day.blocks[k];
        blocks[k]["id"] = block_id(c, b);
        blocks[k]["title"] = block_title(c, b);
        blocks[k]["hours"] = to_hours(b.minutes);
        // `track` only in a curriculum with tracks: without, every block
        // would carry a null, a tenth more output on a long plan.
        if (!c.tracks.empty()) {
          if (const Track* t = b.is_practice() ? nullptr : track_of(c, b.resource)) blocks[k]["track"] = t->id;
          else blocks[k]["track"] = nullptr;
        }
        if (b.is_practice()) blocks[k]["practice"] = true;
        else blocks[k].erase("practice");
      }
      return true;
    });
    doc.array("resources", plan.spans.size(), [&](std::size_t i, ordered_json& out) {
      const ResourceSpan& s = plan.spans[i];
      out["id"] = id_of(s.resource);
      out["start"] = s.start.str();
      out["end"] = s.end.str();
      // SPEC 4 names this "hours"; "remaining" says what it is: the hours
      // still to study, which the plan schedules.
      out["hours"] = to_hours(s.minutes);
      out["remaining"] = to_hours(s.minutes);
      out["estimate"] = to_hours(c.resources[static_cast<std::size_t>(s.resource)].minutes);
      return true;
    });
    doc.array("choices", c.choices.size(), [&](std::size_t i, ordered_json& out) {
      ordered_json options = ordered_json::array();
      for (const auto& o : c.choices[i].options) options.push_back(o.id);
      int pick = graph.picks()[i];
      out["id"] = c.choices[i].id;
      out["picked"] = pick >= 0 ? ordered_json(id_of(pick)) : ordered_json(nullptr);
      out["options"] = std::move(options);
      return true;
    });
  }
  out << '\n';
}

}  // namespace tenk
