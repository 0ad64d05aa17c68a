#pragma once
// The command line as plain data: every command and option app.cpp declares,
// read off the CLI11 definition, so that the completion scripts follow the
// real command line instead of a copy of it that drifts.

#include <string>
#include <vector>

namespace tenk {

/// What the value of an option or positional argument is completed with.
enum class ValueKind {
  None,     ///< free text (hours, a date, a note): nothing to offer
  File,     ///< a file name
  Id,       ///< an id of the curriculum (`tenk completion --ids`)
  Choice,   ///< a choice id (`tenk completion --choices`)
  Words,    ///< one of `CliArg::words`
};

/// One option (`-o`, `--output`) or positional argument (`id`).
struct CliArg {
  std::vector<std::string> names;  ///< "-o", "--output"; for a positional its one name, "id"
  bool positional = false;
  bool takes_value = false;  ///< an option followed by a value (positionals always are one)
  std::string help;
  ValueKind value = ValueKind::None;
  std::vector<std::string> words;  ///< the values, for ValueKind::Words
};

struct CliCommand {
  std::string name, help;
  std::vector<CliArg> args;  ///< options, then positionals in order
};

struct CommandLine {
  std::vector<CliArg> global;        ///< options valid anywhere
  std::vector<CliCommand> commands;  ///< in the order of `tenk --help`
};

}  // namespace tenk
