#pragma once
// The thin seam to the file system for reads. Only regular files are read:
// a FIFO would block forever and a device such as /dev/zero never ends.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace tenk {

/// The whole file. Throws InputError("cannot read FILE: reason") when it is
/// missing, not a regular file, unreadable, or over `max_bytes` (checked
/// before reading).
std::string read_file(const std::string& path, std::size_t max_bytes = 256u << 20);

/// The file's contents, or "" if it does not exist. Throws InputError on any
/// other failure, as read_file.
std::string read_file_if_exists(const std::string& path, std::size_t max_bytes = 256u << 20);

/// Whether an errno from opening a file means only that it is not there:
/// ENOENT, or ENOTDIR (a folder on the way is a file). Any other error (a
/// symlink loop, no permission, an I/O error) means it may be there but
/// cannot be read.
bool is_not_there(int error);

/// The file's contents, or nullopt when it is not there (is_not_there). Any
/// other failure throws InputError naming the file and the reason, as
/// read_file: a file that exists but cannot be read is never taken for one
/// that does not exist. An empty file is "", not nullopt.
std::optional<std::string> read_file_if_there(const std::string& path, std::size_t max_bytes = 256u << 20);

/// Reads a regular file a line at a time through a buffer of fixed size, so
/// memory stays flat however big the file is. A line longer than `max_line`
/// bytes is never held: it comes back as too_long, with its length.
///
/// Example: LineReader r(path, 4096, true);
///          while (auto line = r.next()) if (!line->too_long) use(line->text);
class LineReader {
 public:
  struct Line {
    std::string_view text;  ///< without its '\n'; empty when too_long
    std::size_t bytes = 0;  ///< its length in the file
    bool too_long = false;
  };

  /// Opens `path`. A missing file reads as empty when `missing_ok`; any
  /// other failure (not a regular file, unreadable, a file over
  /// `max_file` bytes) throws InputError naming the file.
  LineReader(const std::string& path, std::size_t max_line, bool missing_ok,
             std::size_t max_file = std::size_t{1} << 30);
  ~LineReader();
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  /// The next line, or nullopt at the end of the file. The text stays valid
  /// until the next call. A last line without '\n' is a line too.
  std::optional<Line> next();
  /// The file's size when opened (0 when missing).
  std::size_t size() const { return size_; }

 private:
  bool fill();  ///< reads more after end_; false at the end of the file

  std::string path_;
  int fd_ = -1;
  std::size_t max_line_;
  std::size_t size_ = 0;
  std::string buf_;
  std::size_t begin_ = 0, end_ = 0;  ///< unread bytes are buf_[begin_, end_)
  bool eof_ = false;
};

}  // namespace tenk
