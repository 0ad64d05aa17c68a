#pragma once
// The command line: global options, the subcommands, dispatch and the one
// place where errors become messages and exit codes.

#include <iosfwd>

#include "cli/fd_stream.h"

namespace tenk {

/// Runs tenk with argv; writes to `out` / `err`; returns the exit code
/// (0 ok, 1 invalid input, 2 usage). Never throws.
int run_app(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

/// Flushes standard output and checks that every write to it succeeded, as
/// coreutils do: a failure (`tenk plan > /dev/full`) is "tenk: error:
/// cannot write to standard output: REASON" on `err` and exit 1 (an exit
/// code already above 0 is kept). Returns the exit code to end with; main
/// calls it last, with the buffer behind run_app's `out`.
int finish_stdout(int code, FdStreamBuf& out, std::ostream& err);

}  // namespace tenk
