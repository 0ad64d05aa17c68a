#include "cli/names.h"

#include <ostream>

#include "cli/text.h"
#include "core/error.h"
#include "core/quote.h"

namespace tenk {

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

std::optional<Lookup> find_name(Context& ctx, const std::string& name, const LookupScope& scope) {
  const Curriculum& c = ctx.curriculum();
  const auto found = lookup(c, name, scope);
  if (found.empty()) return std::nullopt;
  if (found.size() == 1) {
    const Lookup& only = found.front();
    if (only.by_title) ctx.err << "tenk: note: " << printable(in_quotes(name)) << " is " << only.id << '\n';
    return only;
  }
  const bool one_line = found.size() <= kMatchesOnOneLine;
  std::string message = in_quotes(name) + " matches " + std::to_string(found.size()) + " items:";
  for (std::size_t i = 0; i < found.size(); ++i) {
    message += one_line ? (i ? ", " : " ") : "\n  ";
    message += found[i].id + " (" + shorten(title_of(c, found[i].ref), 48) + ")";
  }
  throw InputError(message);
}

Lookup resolve_name(Context& ctx, const std::string& name, const std::string& what) {
  if (auto found = find_name(ctx, name)) return *found;
  throw InputError("unknown " + what + " " + in_quotes(name) + suggestions_for(ctx.curriculum(), name));
}

}  // namespace tenk
