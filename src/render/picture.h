#pragma once
// A drawn picture and where today is on it.

#include <optional>
#include <string>

namespace tenk {

/// An SVG document, and today's place on its x axis so that a page showing
/// the picture at its own size in a narrower box (the report on a phone)
/// can open it at today.
struct Picture {
  std::string svg;
  std::optional<double> today_x;  ///< px from the left; nullopt when today is not drawn
};

}  // namespace tenk
