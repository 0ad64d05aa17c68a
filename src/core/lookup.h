#pragma once
// Finding what the learner meant by a name typed on the command line: an
// id, a title, or a few words of one (SPEC 4: "an id argument that is not an
// id but matches one title (or a unique prefix of one) is suggested").

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/curriculum.h"

namespace tenk {

/// What a name resolved to.
struct Lookup {
  NodeRef ref;
  std::string id;         ///< the id it names
  bool by_title = false;  ///< matched a title, not an id: say which id was meant
};

/// `name` as an id; else as a whole title; else as the start of exactly one
/// title (both ignoring case, a prefix at least 3 characters long). nullopt
/// when none or several match. Resources, choices and practice items alike.
///
/// Example: lookup(c, "The Python Tutorial") -> python-tutorial, by_title,
/// when its title is "The Python Tutorial (python.org)".
std::optional<Lookup> lookup(const Curriculum& c, std::string_view name);

/// Ids that `name` may have meant, best first, at most `max`: ids within a
/// typo of it, then the ids whose id or title holds all of its words (a word
/// may be the start of one: "calc-3b1b" -> calculus-3b1b, "pandas" -> the
/// book whose title mentions pandas), then those holding most of them.
/// Empty when nothing is close.
std::vector<std::string> suggest_ids(const Curriculum& c, std::string_view name, std::size_t max = 3);

}  // namespace tenk
