#pragma once
// Where a command's document goes (`render`, `export`, `report`, `init`):
// standard output or the file `-o` names, and never raw control characters
// on a terminal (SPEC 6). files/output.h decides what a path names.

#include <ostream>
#include <string>
#include <string_view>

#include "files/output.h"

namespace tenk {

/// Whether `-o PATH` means standard output: no PATH, `-`, or another name
/// of descriptor 1 (/dev/stdout, /dev/fd/1, /proc/self/fd/1, a link to one).
/// Throws InputError when PATH is a link that cannot be followed.
bool document_to_stdout(const std::string& path);

/// Writes the document `text` where `-o PATH` says: to `out` (standard
/// output) when document_to_stdout(path), else through write_output. A
/// terminal, whichever way it is reached, gets printable_lines(text); a
/// file or a pipe the exact text. Throws InputError as write_output does.
void write_document(std::ostream& out, const std::string& path, std::string_view text,
                    Existing existing = Existing::Replace);

}  // namespace tenk
