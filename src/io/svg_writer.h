#pragma once
// Minimal helpers to write SVG by hand (timeline, heatmap): escaping and
// number formatting. Graph pictures go through Graphviz instead.

#include <string>
#include <string_view>

namespace tenk {

/// Escapes text for XML content and attribute values (& < > " ').
std::string xml_escape(std::string_view text);

/// A URL safe to put in an href: http(s) only, `&` escaped, characters that
/// could break out of the attribute percent-encoded. "" if not http(s).
std::string safe_url(std::string_view url);

/// A coordinate with at most 2 decimals, no trailing zeros ("12.5", "3").
std::string num(double v);

}  // namespace tenk
