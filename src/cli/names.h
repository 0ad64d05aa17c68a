#pragma once
// The names a person types for resources, choices and practice items:
// an id, or a title, or the start of one (SPEC 4), and what to suggest when
// nothing matches.

#include <string>

#include "cli/context.h"
#include "core/lookup.h"

namespace tenk {

/// What `name` names (see core/lookup.h). When it matched a title, a note
/// on stderr says which id it took. Otherwise throws InputError:
/// "unknown WHAT 'NAME'; did you mean ID (TITLE)?" with suggestions by id
/// and by title words.
Lookup resolve_name(Context& ctx, const std::string& name, const std::string& what);

/// " (did you mean ID (TITLE), ...?)" for an unknown name, or "".
std::string suggestions_for(const Curriculum& c, const std::string& name);

/// The title of what `ref` names.
const std::string& title_of(const Curriculum& c, NodeRef ref);

}  // namespace tenk
