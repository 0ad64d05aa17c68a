#pragma once
// Writing a whole file the way a careful tool does (pictures, exports, the
// report, `init`): never half a file where a good one was, and never a
// replaced device, FIFO or symlink. The journal is appended to instead
// (journal/writer.h).

#include <string>
#include <string_view>

namespace tenk {

/// How write_output treats a file that is already there.
enum class Existing {
  Replace,  ///< a regular file is replaced (atomically)
  Refuse,   ///< anything already at the path is an error (`init`: never overwrite)
};

/// Writes `text` to `path`:
/// - a symlink is followed to the file it names (which is then written as below);
/// - a missing or regular file is written through a new temporary file in the
///   same folder (created exclusively, so a planted name cannot redirect it),
///   flushed to disk, then renamed over the path and the folder flushed: a
///   crash leaves the old file or the new one, never half of either. A
///   replaced file keeps its permission bits; a new one gets 0666 less umask;
/// - anything else already there (a device such as /dev/null, a FIFO) is
///   written in place, never replaced; a FIFO nobody reads is an error, not a
///   wait; a directory is an error.
/// With Existing::Refuse, any file at the path is an error and nothing is written.
/// Throws InputError("cannot write PATH: reason"); on failure nothing is left behind.
void write_output(const std::string& path, std::string_view text, Existing existing = Existing::Replace);

}  // namespace tenk
