#pragma once
// The command line: global options, the subcommands, dispatch and the one
// place where errors become messages and exit codes.

#include <iosfwd>

namespace tenk {

/// Runs tenk with argv; writes to `out` / `err`; returns the exit code
/// (0 ok, 1 invalid input, 2 usage). Never throws.
int run_app(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

}  // namespace tenk
