#pragma once
// The names a person types for resources, choices and practice items:
// an id, or a title, or the start of one (SPEC 4), and what to suggest when
// nothing matches.

#include <cstddef>
#include <optional>
#include <string>

#include "cli/context.h"
#include "core/lookup.h"

namespace tenk {

/// What `name` names among the items of `scope` (see core/lookup.h), or
/// nullopt when it names none. When it matched a title or a prefix, a note on
/// stderr says which id it took. When it names several, throws InputError
/// listing each (SPEC 4: never the first of them):
/// "'Essence' matches 2 items: calculus-3b1b (Essence of Calculus),
/// linalg-3b1b (Essence of Linear Algebra)" -- one a line when there are
/// more than kMatchesOnOneLine.
std::optional<Lookup> find_name(Context& ctx, const std::string& name, const LookupScope& scope = {});

/// find_name among every item, and when nothing matches throws InputError:
/// "unknown WHAT 'NAME'; did you mean ID (TITLE)?" with suggestions by id
/// and by title words.
Lookup resolve_name(Context& ctx, const std::string& name, const std::string& what);

/// The resource or practice item `name` names, for `log` and `done`; an
/// InputError when it names a choice (listing its options) or nothing.
Lookup resolve_loggable(Context& ctx, const std::string& name);

/// The index of the choice `name` names, for `swap`; an InputError saying
/// what it names instead (an option: with the command that was meant).
int resolve_choice(Context& ctx, const std::string& name);

/// The position in `choice` of the option `name` names, among that
/// choice's options only; an InputError listing them when none matches.
int resolve_option(Context& ctx, const Choice& choice, const std::string& name);

/// How many matches of an ambiguous name are listed on the message's line;
/// more go one a line.
constexpr std::size_t kMatchesOnOneLine = 5;

/// " (did you mean ID (TITLE), ...?)" for an unknown name, or "".
std::string suggestions_for(const Curriculum& c, const std::string& name);

}  // namespace tenk
