// libFuzzer: the renderers on hostile text. The input is decoded into a
// small curriculum (titles, urls, topics, choice titles: any bytes) and a
// journal (hours and notes), planned, then drawn: the timeline and the
// heatmap must be well-formed XML without active content, every label of
// the graph model a well-formed XML fragment, every link http(s); and the
// escaping helpers must hold on their own.

#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "core/error.h"
#include "core/plan_graph.h"
#include "core/plan_input.h"
#include "core/planner.h"
#include "core/progress.h"
#include "core/streaks.h"
#include "render/graph_model.h"
#include "render/heatmap.h"
#include "render/svg_writer.h"
#include "render/timeline.h"
#include "xml_check.h"

namespace {

using namespace tenk;

[[noreturn]] void fail(const std::string& what, const std::string& doc) {
  std::fprintf(stderr, "%s\n--- document ---\n%s\n", what.c_str(), doc.substr(0, 4000).c_str());
  std::abort();
}

void check_document(const std::string& what, const std::string& svg) {
  if (auto problem = fuzz::xml_problem(svg); !problem.empty()) fail(what + ": " + problem, svg);
}

Curriculum curriculum_from(FuzzedDataProvider& in) {
  Curriculum c;
  c.file = "fuzz.yaml";
  c.id = "fuzz";
  c.title = in.ConsumeRandomLengthString(200);
  const int n = in.ConsumeIntegralInRange(1, 12);
  const bool has_choice = n >= 3 && in.ConsumeBool();  // of the last two resources
  for (int i = 0; i < n; ++i) {
    Resource r;
    r.id = "r" + std::to_string(i);
    r.title = in.ConsumeRandomLengthString(300);
    r.minutes = in.ConsumeIntegralInRange<Minutes>(1, 40 * 60);
    r.url = in.ConsumeRandomLengthString(100);
    if (in.ConsumeBool()) r.topics.push_back(in.ConsumeRandomLengthString(40));
    for (int q = 0; q < i; ++q)
      if (!(has_choice && q == n - 2 && i == n - 1) && in.ConsumeIntegralInRange(0, 3) == 0) r.prerequisites.push_back(Ref{"r" + std::to_string(q), {}, {}});
    c.resources.push_back(std::move(r));
  }
  if (has_choice) {
    Choice ch;
    ch.id = "choice";
    ch.title = in.ConsumeRandomLengthString(100);
    ch.options = {Ref{"r" + std::to_string(n - 1), {}, {}}, Ref{"r" + std::to_string(n - 2), {}, {}}};
    c.choices.push_back(std::move(ch));
  }
  for (auto& m : c.schedule.week) m = in.ConsumeIntegralInRange<Minutes>(0, 8 * 60);
  c.schedule.week[0] = std::max<Minutes>(c.schedule.week[0], 30);  // the plan can end
  c.resolve();
  return c;
}

Journal journal_from(FuzzedDataProvider& in, const Curriculum& c, Date today) {
  Journal j;
  const int n = in.ConsumeIntegralInRange(0, 20);
  for (int i = 0; i < n; ++i) {
    JournalEntry e;
    e.date = today - in.ConsumeIntegralInRange(0, 400);
    e.id = c.resources[in.ConsumeIntegralInRange<std::size_t>(0, c.resources.size() - 1)].id;
    e.hours = in.ConsumeIntegralInRange<Minutes>(1, 24 * 60);
    e.note = in.ConsumeRandomLengthString(200);
    e.done = in.ConsumeIntegralInRange(0, 5) == 0;
    j.push_back(std::move(e));
  }
  return j;
}

// A label of the graph model is the body of an HTML-like label: an XML
// fragment. Links must be http(s).
void check_model(const DotModel& m) {
  auto check_attrs = [](const DotAttrs& attrs) {
    for (const auto& [name, value] : attrs) {
      if (is_html_attr(name)) check_document("label", "<x>" + value + "</x>");
      if ((name == "URL" || name == "href") && !fuzz::link_problem(value).empty()) fail("link " + value, value);
      if (name == "tooltip" && !xml_clean(value).empty() && xml_clean(value) != value) fail("tooltip not clean", value);
    }
  };
  check_attrs(m.graph_attrs);
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
  if (std::string url = safe_url(text); !url.empty()) {
    check_document("safe_url", "<a href=\"" + url + "\"/>");
  }
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
  check_document("timeline", render_timeline(c, plan, progress, journal, today));
  check_document("heatmap", render_heatmap(minutes_by_date(journal, today), today, c.title));

  GraphPicture picture;
  picture.graph = &graph;
  picture.progress = &progress;
  picture.states = resource_states(graph, progress);
  if (in.ConsumeBool()) picture.path_to = graph.resources().empty() ? 0 : graph.resources().back();
  try {
    check_model(build_graph_model(picture));
  } catch (const InputError&) {
  }
  return 0;
}
