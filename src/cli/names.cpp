#include "cli/names.h"

#include <ostream>

#include "cli/text.h"
#include "core/error.h"
#include "core/quote.h"
#include "core/suggest.h"

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

// The resource or practice item a name (an id, a title, or the start of
// one) names among them, or an InputError saying what it names instead.
Lookup resolve_loggable(Context& ctx, const std::string& name) {
  const Curriculum& c = ctx.curriculum();
  auto found_loggable = find_name(ctx, name, [](NodeRef ref) { return !ref.is_choice(); });
  Lookup found = found_loggable ? *found_loggable : resolve_name(ctx, name, "resource");
  if (found.ref.is_choice()) {
    std::string options;
    for (const auto& o : c.choices[static_cast<std::size_t>(found.ref.index)].options)
      options += (options.empty() ? "" : ", ") + o.id;
    throw InputError(in_quotes(found.id) + " is a choice, not a resource: log hours on one of its options (" +
                     options + ")");
  }
  return found;
}

// The choice a name (an id, a title, or the start of one) names among the
// choices, or an InputError saying what it names instead.
int resolve_choice(Context& ctx, const std::string& name) {
  const Curriculum& c = ctx.curriculum();
  auto found = find_name(ctx, name, [](NodeRef ref) { return ref.is_choice(); });
  if (!found) found = find_name(ctx, name);
  if (!found) {
    if (c.choices.empty()) throw InputError("unknown choice " + in_quotes(name) + ": this curriculum has no choices");
    throw InputError("unknown choice " + in_quotes(name) + did_you_mean(name, c.choice_ids()));
  }
  const NodeRef ref = found->ref;
  if (ref.is_choice()) return ref.index;
  if (ref.is_resource()) {
    int owner = c.option_of()[static_cast<std::size_t>(ref.index)];
    if (owner >= 0)
      throw InputError(in_quotes(found->id) + " is an option, not a choice: try 'tenk swap " +
                       c.choices[static_cast<std::size_t>(owner)].id + " " + found->id + "'");
    throw InputError(in_quotes(found->id) + " is a resource, not a choice");
  }
  throw InputError(in_quotes(found->id) + " is a practice item, not a choice");
}

// The position in `choice` of the option a name names: an id, a title or the
// start of one, among that choice's options only.
int resolve_option(Context& ctx, const Choice& choice, const std::string& name) {
  // Options are resources (the curriculum's rules).
  auto position = [&](NodeRef ref) {
    for (std::size_t i = 0; i < choice.options.size(); ++i)
      if (ref.is_resource() && choice.options[i].target.index == ref.index) return static_cast<int>(i);
    return -1;
  };
  if (auto found = find_name(ctx, name, [&](NodeRef ref) { return position(ref) >= 0; })) return position(found->ref);
  std::vector<std::string> ids;
  for (const auto& o : choice.options) ids.push_back(o.id);
  std::string all;
  for (const auto& o : ids) all += (all.empty() ? "" : ", ") + o;
  throw InputError(in_quotes(name) + " is not an option of " + choice.id + did_you_mean(name, ids) + "; options: " + all);
}

}  // namespace tenk
