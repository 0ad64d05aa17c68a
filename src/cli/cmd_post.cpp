// `tenk post [--week] [--date D] [--short]`: the day's or the week's study
// as text to publish (SPEC 4): Markdown, or one paragraph for X.

#include <nlohmann/json.hpp>
#include <ostream>

#include "cli/commands.h"
#include "cli/document.h"
#include "cli/text.h"
#include "core/error.h"
#include "core/post.h"
#include "json/output.h"
#include "render/post.h"

namespace tenk {
namespace {

using nlohmann::json;

json post_json(const Curriculum& c, const PostContent& p, const std::string& text, bool short_form) {
  auto day = [](const std::optional<int>& d) { return d ? json(*d) : json(nullptr); };
  auto title = [&](const PostItem& i) {
    return i.resource >= 0 ? c.resources[static_cast<std::size_t>(i.resource)].title
           : i.practice >= 0 ? c.practice[static_cast<std::size_t>(i.practice)].title
                             : std::string();
  };
  json items = json::array(), notes = json::array(), next = json::array();
  for (const auto& i : p.items)
    items.push_back({{"id", i.id}, {"title", title(i)}, {"hours", to_hours(i.minutes)}, {"finished", i.finished}});
  for (const auto& n : p.notes) notes.push_back({{"date", n.date.str()}, {"id", p.items[n.item].id}, {"note", n.text}});
  for (int r : p.next) {
    const auto& res = c.resources[static_cast<std::size_t>(r)];
    next.push_back({{"id", res.id}, {"title", res.title}});
  }
  json milestone = nullptr;
  if (p.next_milestone) {
    const auto& m = c.resources[static_cast<std::size_t>(p.next_milestone->resource)];
    milestone = {{"id", m.id}, {"title", m.title}, {"end", p.next_milestone->end.str()}};
  }
  return {{"curriculum", c.id},  {"week", p.week},          {"from", p.from.str()},
          {"to", p.to.str()},    {"day", day(p.day_to)},     {"day_from", day(p.day_from)},
          {"hours", to_hours(p.minutes)}, {"days_studied", p.days_studied}, {"streak_days", p.streak.current},
          {"items", items},      {"notes", notes},           {"next", next},
          {"next_milestone", milestone}, {"short", short_form}, {"text", text}};
}

}  // namespace

int cmd_post(Context& ctx, const PostOptions& opts) {
  const Curriculum& c = ctx.curriculum();
  const Date date = entry_date(ctx, opts.date);
  if (ctx.today() < date)
    throw InputError("--date " + date.str() + " is after today (" + ctx.today().str() + "): a post says what happened");
  const PostContent p =
      gather_post(c, ctx.journal(), ctx.current_plan(), ctx.summary().day1, date, opts.week, ctx.today());
  const std::string text = opts.short_form ? post_short(c, p) + "\n" : post_markdown(c, p);
  if (ctx.json()) {
    ctx.out << json_text(post_json(c, p, text, opts.short_form)) << '\n';
    return 0;
  }
  write_document(ctx.out, "", text);
  return 0;
}

}  // namespace tenk
