#include "json/output.h"

namespace tenk {

using nlohmann::json;
using nlohmann::ordered_json;

namespace {

constexpr auto kReplace = json::error_handler_t::replace;

// `value` as json_text would print it `depth` levels deep: nlohmann's own
// layout and escaping, with every line after the first indented to match.
std::string nested(const ordered_json& value, int depth) {
  std::string text = value.dump(2, ' ', false, kReplace);
  const std::string indent(static_cast<std::size_t>(2 * depth), ' ');
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char ch : text) {
    out += ch;
    if (ch == '\n') out += indent;
  }
  return out;
}

// The members of the top-level object, one by one: `{`, then `"key": value`
// pairs separated by commas, then `}`; arrays of any length item by item.
class ObjectStream {
 public:
  explicit ObjectStream(std::ostream& out) : out_(out) { out_ << '{'; }
  ~ObjectStream() { out_ << (first_ ? "}" : "\n}"); }

  void member(const std::string& key, const ordered_json& value) { begin(key) << nested(value, 1); }

  /// `key` with an array whose items come from `item(i)` for i < n, as
  /// long as it returns a value.
  template <class Item>
  void array(const std::string& key, std::size_t n, Item item) {
    std::ostream& o = begin(key);
    bool empty = true;
    for (std::size_t i = 0; i < n; ++i) {
      std::optional<ordered_json> v = item(i);
      if (!v) break;
      o << (empty ? "[\n    " : ",\n    ") << nested(*v, 2);
      empty = false;
    }
    o << (empty ? "[]" : "\n  ]");
  }

 private:
  std::ostream& begin(const std::string& key) {
    out_ << (first_ ? "\n  " : ",\n  ") << json(key).dump(-1, ' ', false, kReplace) << ": ";
    first_ = false;
    return out_;
  }

  std::ostream& out_;
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
    doc.array("days", plan.days.size(), [&](std::size_t i) -> std::optional<ordered_json> {
      const PlanDay& day = plan.days[i];
      if (until && day.date >= *until) return std::nullopt;
      ordered_json blocks = ordered_json::array();
      for (const auto& b : day.blocks) blocks.push_back({{"id", id_of(b.resource)}, {"hours", to_hours(b.minutes)}});
      return ordered_json{{"date", day.date.str()}, {"capacity", to_hours(day.capacity)}, {"blocks", std::move(blocks)}};
    });
    doc.array("resources", plan.spans.size(), [&](std::size_t i) -> std::optional<ordered_json> {
      const ResourceSpan& s = plan.spans[i];
      return ordered_json{{"id", id_of(s.resource)}, {"start", s.start.str()}, {"end", s.end.str()},
                          {"hours", to_hours(s.minutes)}};
    });
    doc.array("choices", c.choices.size(), [&](std::size_t i) -> std::optional<ordered_json> {
      ordered_json options = ordered_json::array();
      for (const auto& o : c.choices[i].options) options.push_back(o.id);
      int pick = graph.picks()[i];
      return ordered_json{{"id", c.choices[i].id},
                          {"picked", pick >= 0 ? ordered_json(id_of(pick)) : ordered_json(nullptr)},
                          {"options", std::move(options)}};
    });
  }
  out << '\n';
}

}  // namespace tenk
