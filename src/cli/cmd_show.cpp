// `tenk show ID`: one resource, choice or practice item — what it is, where
// it stands, what it waits for and opens, when the plan has it, and what the
// journal says about it.

#include <algorithm>
#include <ostream>

#include "cli/commands.h"
#include "cli/names.h"
#include "cli/text.h"
#include "core/item_view.h"
#include "core/words.h"
#include "json/item.h"
#include "json/output.h"

namespace tenk {
namespace {

void print_row(Context& ctx, const std::string& label, const std::string& value) {
  ctx.out << "  " << ctx.style().dim << fit(label, 11) << ctx.style().reset << "  " << value << '\n';
}

std::string listed(Context& ctx, const std::vector<ItemView::Neighbour>& items) {
  if (items.empty()) return ctx.style().dim + "nothing" + ctx.style().reset;
  std::string out;
  for (const auto& [id, state] : items)
    out += (out.empty() ? "" : ", ") + printable(id) + ctx.style().dim + " (" + state + ")" + ctx.style().reset;
  return out;
}

void print_show(Context& ctx, const ItemView& s) {
  const auto& st = ctx.style();
  const Curriculum& c = ctx.curriculum();
  ctx.out << st.bold << printable(s.title) << st.reset << "  " << st.dim << printable(s.id) << st.reset << '\n';
  if (!s.url.empty()) ctx.out << "  " << st.blue << printable(s.url) << st.reset << '\n';
  ctx.out << '\n';
  std::string what = s.type == "resource" && !s.kind.empty() ? s.kind : s.type;
  if (!s.topics.empty()) {
    std::string topics;
    for (const auto& t : s.topics) topics += (topics.empty() ? "" : ", ") + printable(t);
    what += " · " + topics;
  }
  print_row(ctx, "Kind", what);
  if (s.track) print_row(ctx, "Track", printable(s.track->title) + st.dim + " (" + printable(s.track->id) + ")" + st.reset);
  print_row(ctx, "State", s.state);
  if (s.week) {
    print_row(ctx, "Hours", format_hours(s.logged) + " logged; " + format_hours(*s.week) + " a week");
  } else {
    print_row(ctx, "Hours", format_hours(s.logged) + " logged of " + format_hours(s.estimate.value_or(0)) +
                                " estimated; " + format_hours(s.remaining.value_or(0)) + " left");
    if (s.at_your_pace) print_row(ctx, "", "about " + format_hours(*s.at_your_pace) + " at your pace");
  }
  if (s.start && s.end)
    print_row(ctx, "Planned", s.start == s.end ? day_label(*s.start) : day_label(*s.start) + " to " + day_label(*s.end));
  else if (s.start)
    print_row(ctx, "Planned", "from " + day_label(*s.start));
  else
    print_row(ctx, "Planned", s.state == "done" ? "done" : s.state == "unpicked" ? "not in the plan (not picked)" : "-");
  print_row(ctx, "Requires", listed(ctx, s.requires_));
  if (s.type != "practice") print_row(ctx, "Unlocks", listed(ctx, s.unlocks));
  if (s.milestone) print_row(ctx, "Milestone", st.green + "yes: a result worth celebrating" + st.reset);
  // A foundation leads to most of the curriculum's milestones: the first
  // few by name, the rest counted (`--json` lists every one).
  if (!s.leads_to.empty()) print_row(ctx, "Leads to", resource_names(c, s.leads_to, 3, st.dim, st.reset, "milestone"));
  if (s.choice) {
    std::string others;
    for (const auto& o : s.choice->options)
      others += (others.empty() ? "" : ", ") + printable(o.id) + (o.id == s.picked ? st.green + " ✓" + st.reset : "");
    print_row(ctx, "Choice", printable(s.choice->title) + " (" + printable(s.choice->id) + "): " + others);
  }
  ctx.out << '\n' << "  " << st.bold << "Journal" << st.reset << '\n';
  if (s.entries.empty()) ctx.out << "    " << st.dim << "no entries yet" << st.reset << '\n';
  for (const JournalEntry* e : s.entries) {
    std::string what_happened;
    if (e->is_pick()) what_happened = "picked " + printable(e->pick);
    if (e->studied_minutes) what_happened = format_hm(*e->studied_minutes);
    if (e->left_minutes) what_happened += (what_happened.empty() ? "" : ", ") + format_hours(*e->left_minutes) + " left";
    if (e->done) what_happened += (what_happened.empty() ? "" : ", ") + std::string("done");
    ctx.out << "    " << e->date.str() << "  ";
    if (e->note.empty()) ctx.out << printable(what_happened);
    else ctx.out << fit(what_happened, std::max<std::size_t>(14, display_width(what_happened) + 2)) << printable(e->note);
    ctx.out << '\n';
  }
}

}  // namespace

int cmd_show(Context& ctx, const std::string& name) {
  Lookup found = resolve_name(ctx, name, "id");
  const ItemView s = view_of(ctx.standing(), found.ref);
  if (ctx.json()) {
    ctx.out << json_text(item_json(ctx.curriculum(), s)) << '\n';
    return 0;
  }
  print_show(ctx, s);
  return 0;
}

}  // namespace tenk
