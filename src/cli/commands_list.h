#pragma once
// The words of the command line, each list written once: the commands, the
// pictures of `render`, the formats of `export`, the shells of `completion`.
// app.cpp declares the command line from them (and refuses a command not in
// the list), and the help texts, "did you mean", the error messages and the
// completion scripts all read them from here.

#include <string>
#include <vector>

namespace tenk {

/// tenk's commands, in the order of `tenk --help`.
const std::vector<std::string>& command_names();
/// The pictures `render` draws.
const std::vector<std::string>& render_pictures();
/// The formats `export` writes.
const std::vector<std::string>& export_formats();
/// The shells `completion` writes a script for.
const std::vector<std::string>& completion_shells();

/// "a, b, c": a list for "; commands: ..." at the end of a message.
std::string comma_list(const std::vector<std::string>& words);
/// "a, b or c": a list in a sentence of help.
std::string or_list(const std::vector<std::string>& words);

}  // namespace tenk
