#pragma once
// Writing a whole file the way a careful tool does (pictures, exports, the
// report, `init`): never half a file where a good one was, and never a
// replaced device, FIFO or symlink, or a replaced file that the shell opened
// for tenk (`-o /dev/stdout >> keep.log`). The journal is appended to
// instead (journal/writer.h).

#include <string>
#include <string_view>

namespace tenk {

/// How write_output treats a file that is already there.
enum class Existing {
  Replace,  ///< a regular file is replaced (atomically)
  Refuse,   ///< anything already at the path is an error (`init`: never overwrite)
};

/// What a terminal is given instead of the text itself (cli/text.h's
/// printable_lines): write_output knows where the bytes go, not how to make
/// them safe to show.
using TerminalText = std::string (*)(std::string_view);

/// The descriptor of tenk's own that `path` names (SPEC 6), or -1 when it
/// names a file: 1 for `-`; N for /dev/stdout (1), /dev/stderr (2),
/// /dev/fd/N, /proc/self/fd/N and /proc/PID/fd/N of this process, directly
/// or through any chain of symlinks. "" and `./-` name files. Throws
/// InputError("cannot write PATH: reason") when a link cannot be read or
/// links loop.
int output_descriptor(const std::string& path);

/// Writes `text` to `path` (SPEC 6):
/// - a path naming one of tenk's descriptors (output_descriptor) is written
///   to that descriptor as it is open: at its offset, appending where the
///   shell opened it to append; it is never reopened or replaced;
/// - a symlink is followed to the file it names (which is then written as below);
/// - a missing or regular file is written through a new temporary file in the
///   same folder (created exclusively, so a planted name cannot redirect it),
///   flushed to disk, then renamed over the path and the folder flushed: a
///   crash leaves the old file or the new one, never half of either. A
///   replaced file keeps its permission bits; a new one gets 0666 less umask;
/// - anything else already there (a device such as /dev/null, a FIFO) is
///   written in place, never replaced; a FIFO nobody reads is an error, not a
///   wait; a directory is an error.
/// A descriptor or a device that is a terminal gets `on_terminal(text)`
/// instead, when given. With Existing::Refuse, any file at the path is an
/// error and nothing is written (a descriptor is written: nothing is
/// overwritten). Throws InputError("cannot write PATH: reason"); on failure
/// no file is left behind (what a descriptor or a device took stays there).
void write_output(const std::string& path, std::string_view text, Existing existing = Existing::Replace,
                  TerminalText on_terminal = nullptr);

/// Makes the folder `dir` if it is missing; its parent must exist (a
/// mistyped path should not grow a tree of folders). Throws
/// InputError("cannot write 'DIR': reason"), also when a file is in its place.
void make_folder(const std::string& dir);

/// Makes every missing folder on the way to the file `path` (for a default
/// place such as $XDG_CONFIG_HOME/tenk/). Throws InputError("cannot write
/// PATH: cannot create its folder: reason").
void make_folders_for(const std::string& path);

/// Whether anything (a file, a folder, a link to one) is at `path`.
bool path_exists(const std::string& path);

}  // namespace tenk
