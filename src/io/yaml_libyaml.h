#pragma once
// The quick parse: libyaml, the reference C parser, ~7x faster than
// yaml-cpp on curricula. It only ever has to handle valid documents: on any
// trouble it gives up and parse_yaml asks yaml-cpp, whose messages are the
// ones tenk reports. Internal to the YAML loader.

#include <optional>
#include <string_view>

#include "io/yaml_tree.h"

namespace tenk {

/// The tree of the one document in `text` (no leading byte-order mark),
/// with the positions yaml-cpp would give (1-based lines, byte columns; an
/// empty list entry is placed just after its `-`, where yaml-cpp points a
/// line later), or nullopt: when libyaml reports an error; when TreeBuilder
/// refuses something (aliases, limits); for empty text, a second document or
/// a root that is not a mapping or a list; and whenever the text holds
/// something the two parsers were seen to read differently: YAML 1.1 line
/// breaks (NEL, U+2028, U+2029, a lone CR), byte-order marks inside the
/// text, anchors, tags, directives, explicit `?` keys, line breaks inside
/// [ ] or { } or quotes, and the few others named in the code.
/// tests/loader/test_yaml_parsers.cpp compares the two. Never writes a message.
/// Items of the `resources:` list go to `sink` when there is one (ItemSink).
std::optional<YamlNode> parse_with_libyaml(std::string_view text, const YamlLimits& limits,
                                           ItemSink* sink = nullptr);

}  // namespace tenk
