#pragma once
// `tenk post` as text to publish (SPEC 4): Markdown for a blog or a
// repository's log, and a short form for X. The figures are core/post.h's.

#include <cstddef>
#include <string>
#include <string_view>

#include "core/curriculum.h"
#include "core/post.h"

namespace tenk {

/// The longest short post: X's limit.
inline constexpr std::size_t kShortPostLength = 280;

/// The post as Markdown: a "Day N of TITLE" heading, the hours and the
/// streak, what was studied (linked when its url is http or https) and
/// finished, the notes (private ones were never gathered), what is next.
/// Text from the curriculum and the journal is escaped, so it reads as
/// written and adds no markup, link or HTML.
std::string post_markdown(const Curriculum& c, const PostContent& p);

/// The post in one paragraph of plain text of at most kShortPostLength by
/// x_length: titles are dropped from the end ("+2 more") before the text is cut.
std::string post_short(const Curriculum& c, const PostContent& p);

/// The length X counts (twitter-text, configuration v3): a code point
/// weighs 1 in U+0000-U+10FF, U+2000-U+200D, U+2010-U+201F and
/// U+2032-U+2037, else 2; a byte that is not UTF-8 weighs 2.
std::size_t x_length(std::string_view text);

}  // namespace tenk
