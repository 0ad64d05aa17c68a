// libFuzzer: the renderers on hostile text. A small fixed curriculum is
// loaded once; each input gives it new titles, urls, topics and ids (any
// bytes; ids from the id alphabet), a new week, and a journal of hours,
// notes and picks. It is planned, then drawn: the timeline and the heatmap
// must be well-formed XML without active content, every label of the graph
// model a safe HTML-like label, every link http(s), every tooltip clean;
// and the escaping helpers must hold on their own (xml_check.h).

#include <fuzzer/FuzzedDataProvider.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>
#include <string>

#include "core/effort.h"
#include "core/error.h"
#include "core/plan_graph.h"
#include "core/plan_input.h"
#include "core/planner.h"
#include "core/progress.h"
#include "core/streaks.h"
#include "core/window.h"
#include "fuzz/xml_check.h"
#include "render/graph.h"
#include "render/graph_model.h"
#include "render/heatmap.h"
#include "render/svg_writer.h"
#include "render/timeline.h"
#include "yaml/curriculum_loader.h"

namespace {

using namespace tenk;

// Every shape the renderers draw: a chain, a choice required by name, days
// off, topics, kinds, links.
constexpr const char* kSeed = R"(title: Seed curriculum
id: seed
start: 2026-01-05
schedule:
  week: {mon: 2, tue: 2, wed: 2, thu: 2, fri: 1, sat: 4, sun: 0}
  days_off: [2026-02-14]
resources:
  - {id: basics, title: Basics, hours: 10, url: "https://example.org/basics", topics: [math]}
  - {id: calc, title: Calculus, hours: 6, requires: [basics], topics: [math, calculus], kind: book}
  - {id: linalg-a, title: Linear algebra A, hours: 8, requires: [basics]}
  - {id: linalg-b, title: Linear algebra B, hours: 12, requires: [basics], kind: video}
  - {id: ml, title: Machine learning, hours: 20, requires: [calc, linear-algebra], topics: [ml]}
  - {id: project, title: A project, hours: 15, requires: [ml], kind: project, url: "http://example.org/p"}
choices:
  - {id: linear-algebra, title: Linear algebra, options: [linalg-a, linalg-b]}
)";

const Curriculum& seed() {
  static const LoadResult loaded = [] {
    LoadResult r = load_curriculum(kSeed, "fuzz.yaml");
    if (r.diagnostics.has_errors()) {
      std::fprintf(stderr, "the seed curriculum does not load: %s\n", r.diagnostics.items()[0].message.c_str());
      std::abort();
    }
    return r;
  }();
  return loaded.curriculum;
}

[[noreturn]] void fail(const std::string& what, const std::string& doc) {
  std::fprintf(stderr, "%s\n--- document ---\n%s\n", what.c_str(), doc.substr(0, 4000).c_str());
  std::abort();
}

void check_document(const std::string& what, const std::string& svg) {
  if (auto problem = fuzz::xml_problem(svg); !problem.empty()) fail(what + ": " + problem, svg);
}

// An id from fuzzed bytes, in SPEC's alphabet [a-z0-9][a-z0-9._-]*, at most
// 64 characters; "" when the bytes give none.
std::string fuzzed_id(FuzzedDataProvider& in) {
  static constexpr char kFirst[] = "abcdefghijklmnopqrstuvwxyz0123456789";
  static constexpr char kRest[] = "abcdefghijklmnopqrstuvwxyz0123456789._-";
  std::string id;
  for (unsigned char ch : in.ConsumeRandomLengthString(64))
    id += id.empty() ? kFirst[ch % (sizeof kFirst - 1)] : kRest[ch % (sizeof kRest - 1)];
  return id;
}

// New ids for every resource and choice, references renamed with them;
// nothing changes when the fuzzed ids are empty or not all different.
void rename_ids(FuzzedDataProvider& in, Curriculum& c) {
  std::map<std::string, std::string> to;
  std::set<std::string> taken;
  for (const std::string& old : c.all_ids()) {
    std::string id = fuzzed_id(in);
    if (id.empty() || !taken.insert(id).second) return;
    to[old] = id;
  }
  for (auto& r : c.resources) {
    r.id = to[r.id];
    for (auto& ref : r.prerequisites) ref.id = to[ref.id];
  }
  for (auto& ch : c.choices) {
    ch.id = to[ch.id];
    for (auto& ref : ch.options) ref.id = to[ref.id];
  }
}

Curriculum curriculum_from(FuzzedDataProvider& in) {
  Curriculum c = seed();
  c.title = in.ConsumeRandomLengthString(200);
  for (auto& r : c.resources) {
    r.title = in.ConsumeRandomLengthString(300);
    r.url = in.ConsumeRandomLengthString(100);
    r.topics.clear();
    for (int t = in.ConsumeIntegralInRange(0, 2); t > 0; --t) r.topics.push_back(in.ConsumeRandomLengthString(40));
    r.minutes = in.ConsumeIntegralInRange<Minutes>(1, 40 * 60);
  }
  for (auto& ch : c.choices) ch.title = in.ConsumeRandomLengthString(100);
  if (in.ConsumeBool()) rename_ids(in, c);
  for (auto& m : c.schedule.week) m = in.ConsumeIntegralInRange<Minutes>(0, 8 * 60);
  c.schedule.week[0] = std::max<Minutes>(c.schedule.week[0], 30);  // the plan can end
  c.resolve();
  return c;
}

// Log entries on the curriculum's resources, and now and then a pick.
Journal journal_from(FuzzedDataProvider& in, const Curriculum& c, Date today) {
  Journal j;
  for (int n = in.ConsumeIntegralInRange(0, 20); n > 0; --n) {
    JournalEntry e;
    e.date = today - in.ConsumeIntegralInRange(0, 400);
    e.note = in.ConsumeRandomLengthString(200);
    if (in.ConsumeIntegralInRange(0, 7) == 0) {
      const Choice& ch = c.choices[in.ConsumeIntegralInRange<std::size_t>(0, c.choices.size() - 1)];
      e.choice = ch.id;
      e.pick = ch.options[in.ConsumeIntegralInRange<std::size_t>(0, ch.options.size() - 1)].id;
    } else {
      e.id = c.resources[in.ConsumeIntegralInRange<std::size_t>(0, c.resources.size() - 1)].id;
      e.studied_minutes = in.ConsumeIntegralInRange<Minutes>(1, 24 * 60);
      if (in.ConsumeIntegralInRange(0, 5) == 0) e.left_minutes = in.ConsumeIntegralInRange<Minutes>(0, 50 * 60);
      e.done = in.ConsumeIntegralInRange(0, 5) == 0;
    }
    j.push_back(std::move(e));
  }
  return j;
}

// Every label is the body of a Graphviz HTML-like label; links must be
// http(s); tooltips are clean text (Graphviz escapes them itself).
void check_model(const DotModel& m) {
  auto check_attrs = [](const DotAttrs& attrs) {
    for (const auto& [name, value] : attrs) {
      if (is_html_attr(name))
        if (auto p = fuzz::label_problem(value); !p.empty()) fail("label: " + p, value);
      if ((name == "URL" || name == "href") && !fuzz::link_problem(value).empty()) fail("link", value);
      if (name == "tooltip" && xml_clean(value) != value) fail("tooltip not clean", value);
    }
  };
  check_attrs(m.graph_attrs);
  check_attrs(m.node_defaults);
  check_attrs(m.edge_defaults);
  for (const auto& n : m.nodes) check_attrs(n.attrs);
  for (const auto& e : m.edges) check_attrs(e.attrs);
  for (const auto& cl : m.clusters) check_attrs(cl.attrs);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzedDataProvider in(data, size);
  const Date today = *Date::parse("2026-03-16");

  // The helpers alone.
  const std::string text = in.ConsumeRandomLengthString(200);
  check_document("xml_escape", "<x a=\"" + xml_escape(text) + "\">" + xml_escape(text) + "</x>");
  if (std::string url = safe_url(text); !url.empty()) check_document("safe_url", "<a href=\"" + url + "\"/>");
  if (auto p = fuzz::label_problem(label_text(text)); !p.empty()) fail("label_text: " + p, text);
  if (utf8_length(truncate_text(text, 7)) > 7) fail("truncate_text too long", text);
  for (const auto& line : wrap_text(text, 10, 3))
    if (utf8_length(line) > 10) fail("wrap_text line too long", line);

  Curriculum c = curriculum_from(in);
  Journal journal = journal_from(in, c, today);
  Progress progress = apply_journal(c, journal, today);
  PlanGraph graph(c, progress.picks);
  Plan plan;
  try {
    plan = make_plan(graph, current_input(graph, progress, journal, today));
  } catch (const InputError&) {
    return 0;  // past 9999-12-31
  }
  const Date day1 = day_one(c, journal, today);
  check_document("timeline", render_timeline(c, plan, progress, journal, today, std::nullopt).svg);
  check_document("timeline window",
                 render_timeline(c, plan, progress, journal, today,
                                 default_window(WindowedPicture::Timeline, day1, today, plan.end))
                     .svg);
  const DateWindow window = default_window(WindowedPicture::Heatmap, day1, today, plan.end);
  check_document("heatmap", render_heatmap(minutes_by_date(journal, today), window, today, c.title,
                                           [&c](Date d) { return c.schedule.capacity(d); })
                                .svg);

  GraphPicture picture;
  picture.graph = &graph;
  picture.progress = &progress;
  picture.states = resource_states(graph, progress);
  if (in.ConsumeBool() && !graph.resources().empty()) picture.path_to = graph.resources().back();
  try {
    check_model(build_graph_model(picture));
  } catch (const InputError&) {
    // path_to outside the plan: refused, as the CLI refuses it.
  }
  return 0;
}
