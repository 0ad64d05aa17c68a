#pragma once
// Minimal helpers to write SVG by hand (timeline, heatmap, burnup): the
// document's opening, escaping and number formatting. Graph pictures go
// through Graphviz instead.

#include <cstddef>
#include <string>
#include <string_view>

namespace tenk {

/// Escapes text for XML content and attribute values (& < > " ').
/// Also keeps the output well-formed whatever the input bytes: invalid UTF-8
/// and characters XML 1.0 forbids (NUL, most C0 controls, U+FFFE/U+FFFF)
/// become U+FFFD. Tab, newline and carriage return pass through.
std::string xml_escape(std::string_view text);

/// `text` as valid UTF-8 without characters XML 1.0 forbids (see
/// xml_escape), but otherwise unescaped. Never fails.
std::string xml_clean(std::string_view text);

/// A URL safe to put in an href: http(s) only, `&` escaped, characters that
/// could break out of the attribute percent-encoded. "" if not http(s).
/// The result is already XML-escaped: write it into an attribute as is.
///
/// Example: safe_url("https://a.b/?x=1&y=\"2\"") == "https://a.b/?x=1&amp;y=%222%22",
///          safe_url("javascript:alert(1)") == "".
std::string safe_url(std::string_view url);

/// The opening of a picture's SVG document: the XML declaration, the <svg>
/// element (`width` by `height` px, Helvetica at `font_size` px, text in
/// `ink`), its <title> (`escaped_title`, already escaped) and a background of
/// paper.
///
/// Example: svg_start(640, 200, 11, colour::kInk, "Plan: timeline") starts a
/// document that the caller ends with "</svg>\n".
std::string svg_start(double width, double height, int font_size, const char* ink, const std::string& escaped_title);

/// A coordinate with at most 2 decimals, no trailing zeros ("12.5", "3").
std::string num(double v);

/// Number of code points in UTF-8 `text` (invalid bytes count one each).
std::size_t utf8_length(std::string_view text);

/// Bytes taken by the first `max_chars` code points of `text` (all of it
/// when shorter): where to cut without splitting a UTF-8 sequence.
std::size_t utf8_prefix_bytes(std::string_view text, std::size_t max_chars);

/// `text` cut to at most `max_chars` code points, ending in "…" when cut.
/// Never splits a UTF-8 sequence. Not escaped. Reads at most `max_chars`
/// code points of `text`, however long it is.
std::string truncate_text(std::string_view text, std::size_t max_chars);

/// The most code points of one outside text (a title, a note) that a
/// picture shows anywhere, tooltips included. Labels are cut shorter to fit
/// their boxes and tooltips give the text in full up to this bound: a
/// 10 MB title must not make a picture of 10 MB per block.
constexpr std::size_t kMaxTooltipChars = 500;

/// `text` for a tooltip: truncate_text(text, kMaxTooltipChars).
std::string tooltip_text(std::string_view text);

}  // namespace tenk
