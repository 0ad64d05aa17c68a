#include "cli/names.h"

#include <ostream>

#include "cli/text.h"
#include "core/error.h"

namespace tenk {

const std::string& title_of(const Curriculum& c, NodeRef ref) {
  const auto i = static_cast<std::size_t>(ref.index);
  if (ref.is_choice()) return c.choices[i].title;
  if (ref.is_practice()) return c.practice[i].title;
  return c.resources[i].title;
}

std::string suggestions_for(const Curriculum& c, const std::string& name) {
  auto ids = suggest_ids(c, name);
  if (ids.empty()) return {};
  std::string out = "; did you mean ";
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (i) out += i + 1 == ids.size() ? " or " : ", ";
    out += ids[i] + " (" + shorten(title_of(c, c.find(ids[i])), 48) + ")";
  }
  return out + "?";
}

Lookup resolve_name(Context& ctx, const std::string& name, const std::string& what) {
  const Curriculum& c = ctx.curriculum();
  if (auto found = lookup(c, name)) {
    if (found->by_title) ctx.err << "tenk: note: " << printable(in_quotes(name)) << " is " << found->id << '\n';
    return *found;
  }
  throw InputError("unknown " + what + " " + in_quotes(name) + suggestions_for(c, name));
}

}  // namespace tenk
