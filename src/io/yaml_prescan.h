#pragma once
// Cheap linear passes over YAML text that run before yaml-cpp sees it: one
// finds flow nesting too deep to hand to yaml-cpp, one finds line-aligned
// places where a big curriculum can be cut so that its pieces are parsed on
// several threads. Neither is a YAML parser: each errs on the safe side and
// yaml-cpp has the last word.

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"

namespace tenk {

/// Where the first `[` or `{` nested deeper than `max_depth` flow levels is,
/// or nullopt. Skips comments, quoted scalars and block scalars; in block
/// context a bracket opens a collection only where a node may start.
/// Linear in the text.
std::optional<SourcePos> find_too_deep_flow(std::string_view text, int max_depth);

/// One line-aligned piece of the text: bytes [begin, end), whose first line
/// is line `first_line` (0-based) of the whole text.
struct TextPiece {
  std::size_t begin = 0, end = 0;
  int first_line = 0;
};

/// A document cut around its top-level `resources:` block sequence:
/// `head` ends just after the `resources:` line (and any blank or comment
/// lines after it), `items` are runs of whole sequence entries (each starts
/// with a line of `indent` spaces and "- "), `tail` is the rest (maybe empty).
struct YamlSplit {
  TextPiece head;
  std::vector<TextPiece> items;
  TextPiece tail;
  int indent = 0;
};

/// Cuts `text` into up to `parts` item pieces of about equal size, or
/// nullopt when the text does not have the plain shape this needs (a
/// `resources:` line at column 1 followed by an indented block sequence; no
/// `---`, `...` or `%` line anywhere) or when the items are fewer than
/// `min_bytes`. The cut is a guess from line starts alone: the caller must
/// parse each piece on its own and fall back to the whole text whenever any
/// piece fails (a cut inside a quoted scalar or a flow collection leaves it
/// unterminated, which yaml-cpp reports).
std::optional<YamlSplit> split_yaml_items(std::string_view text, std::size_t parts, std::size_t min_bytes);

}  // namespace tenk
