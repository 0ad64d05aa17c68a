#pragma once
// Finding what the learner meant by a name typed on the command line: an
// id, a title, or the start of one (SPEC 4: "an exact id wins, then an exact
// title, then a unique prefix of an id or a title; a name that matches more
// than one item at the first level that matches is refused").

#include <functional>
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
  bool by_title = false;  ///< not the exact id (a title or a prefix): say which id was meant
};

/// Which items a name may name; an empty function accepts every item.
using LookupScope = std::function<bool(NodeRef)>;

/// Every item in `scope` that `name` names at the first level that matches
/// anything: (1) the item whose id is `name`, else the one whose id is
/// `name` ignoring case; (2) the items whose title is `name` ignoring case;
/// (3) the items whose id or title starts with `name` ignoring case. Items
/// come in curriculum order (resources, choices, practice items). Empty
/// when nothing matches (or `name` is empty); more than one when `name` is
/// ambiguous, which a caller refuses rather than pick the first.
///
/// Example: lookup(c, "The Python Tutorial") -> {python-tutorial, by_title},
/// when its title is "The Python Tutorial (python.org)" and no other title
/// starts so; lookup(c, "Essence of") -> calculus-3b1b and linalg-3b1b.
std::vector<Lookup> lookup(const Curriculum& c, std::string_view name, const LookupScope& scope = {});

/// Ids that `name` may have meant, best first, at most `max`: ids within a
/// typo of it, then the ids whose id or title holds all of its words (a word
/// may be the start of one: "calc-3b1b" -> calculus-3b1b, "pandas" -> the
/// book whose title mentions pandas), then those holding most of them.
/// Empty when nothing is close.
std::vector<std::string> suggest_ids(const Curriculum& c, std::string_view name, std::size_t max = 3);

}  // namespace tenk
