#pragma once
// Colour for people, plain text for pipes: ANSI styles that are empty
// strings when colour is off (--no-color, NO_COLOR, or stdout not a tty).

#include <string>

namespace tenk {

struct Style {
  std::string bold, dim, reset, green, yellow, red, blue, cyan, grey;

  /// Every style empty.
  static Style plain();
  /// ANSI escapes.
  static Style ansi();
};

/// Whether to colour stdout: not when `no_color`, NO_COLOR is set (any
/// value, per no-color.org), or stdout is not a terminal.
bool want_color(bool no_color);

/// Columns to lay human output out in: the terminal's width when stdout is
/// one, else $COLUMNS when it is a number, else 100. At least 60.
std::size_t output_width();

/// The value of environment variable `name`, or "" when unset.
std::string env_or_empty(const char* name);

/// An XDG base folder: $`var` when it is an absolute path, else
/// $HOME/`under_home` (e.g. ".local/share"); "" when neither is set. The
/// XDG spec says a relative value is invalid and must be ignored, so
/// `XDG_DATA_HOME=data` never means "a folder named data wherever tenk runs".
std::string xdg_dir(const char* var, const char* under_home);

}  // namespace tenk
