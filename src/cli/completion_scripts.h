#pragma once
// The shell completion scripts of `tenk completion bash|zsh|fish`, written
// from the command line as data (command_line.h). Ids are not in the
// scripts: they ask `tenk completion --ids` (or `--choices`) each time, with
// the -c/--curriculum given on the line being completed, so they always
// match the curriculum in use.

#include <string>

#include "cli/command_line.h"

namespace tenk {

/// A bash script defining `_tenk` and registering it for `tenk` (for
/// /usr/share/bash-completion/completions/tenk, or `source <(tenk completion bash)`).
std::string bash_completion(const CommandLine& cli);

/// A zsh script for the `_tenk` file of $fpath (`#compdef tenk`); when
/// sourced instead, it registers itself with `compdef`.
std::string zsh_completion(const CommandLine& cli);

/// A fish script of `complete -c tenk` lines (for vendor_completions.d/tenk.fish).
std::string fish_completion(const CommandLine& cli);

}  // namespace tenk
