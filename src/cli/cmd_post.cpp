// `tenk post [--week] [--date D] [--short]`: the day's or the week's study
// as text to publish (SPEC 4): Markdown, or one paragraph for X.

#include <ostream>

#include "cli/commands.h"
#include "cli/document.h"
#include "cli/text.h"
#include "core/error.h"
#include "core/post.h"
#include "json/output.h"
#include "json/post.h"
#include "render/post.h"

namespace tenk {

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
