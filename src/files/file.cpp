#include "files/file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "core/error.h"

namespace tenk {
namespace {

// Closes the descriptor on every path out, exceptions included.
struct Fd {
  int fd;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

[[noreturn]] void fail(const std::string& path, const std::string& reason) {
  throw InputError("cannot read " + path + ": " + reason);
}

std::string too_large(std::size_t max_bytes) {
  return "file too large (more than " + std::to_string(max_bytes) + " bytes)";
}

bool is_enoent(int error) { return error == ENOENT; }

// Opens `path` for reading if it is a regular file no bigger than
// `max_bytes`; -1 when open's error is one that `absent` takes for "not
// there" (none when it is null). O_NONBLOCK:
// opening a FIFO with no writer would otherwise wait forever, before
// fstat could say what it is. (A regular file ignores the flag.)
int open_regular(const std::string& path, std::size_t max_bytes, bool (*absent)(int), std::size_t* size = nullptr) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
  if (fd < 0) {
    if (absent && absent(errno)) return -1;
    fail(path, std::strerror(errno));
  }
  Fd guard{fd};
  struct stat st {};
  if (::fstat(fd, &st) != 0) fail(path, std::strerror(errno));
  if (S_ISDIR(st.st_mode)) fail(path, std::strerror(EISDIR));
  if (!S_ISREG(st.st_mode)) fail(path, "not a regular file");
  if (static_cast<unsigned long long>(st.st_size) > max_bytes) fail(path, too_large(max_bytes));
  if (size) *size = static_cast<std::size_t>(st.st_size);
  guard.fd = -1;
  return fd;
}

// Reads from fd until end of file or `max_bytes` + 1 bytes (the size was
// checked, but a file can grow while it is read).
ssize_t read_some(int fd, char* into, std::size_t n) {
  ssize_t got;
  while ((got = ::read(fd, into, n)) < 0 && errno == EINTR) {}
  return got;
}

bool read_into(const std::string& path, std::size_t max_bytes, bool (*absent)(int), std::string& out) {
  Fd f{open_regular(path, max_bytes, absent)};
  if (f.fd < 0) return false;
  out.clear();
  char chunk[65536];
  for (;;) {
    ssize_t n = read_some(f.fd, chunk, sizeof chunk);
    if (n < 0) fail(path, std::strerror(errno));
    if (n == 0) break;
    out.append(chunk, static_cast<std::size_t>(n));
    if (out.size() > max_bytes) fail(path, too_large(max_bytes));
  }
  return true;
}

}  // namespace

std::string read_file(const std::string& path, std::size_t max_bytes) {
  std::string out;
  read_into(path, max_bytes, nullptr, out);
  return out;
}

std::string read_file_if_exists(const std::string& path, std::size_t max_bytes) {
  std::string out;
  if (!read_into(path, max_bytes, is_enoent, out)) return {};
  return out;
}

bool is_not_there(int error) { return error == ENOENT || error == ENOTDIR; }

std::optional<std::string> read_file_if_there(const std::string& path, std::size_t max_bytes) {
  std::string out;
  if (!read_into(path, max_bytes, is_not_there, out)) return std::nullopt;
  return out;
}

LineReader::LineReader(const std::string& path, std::size_t max_line, bool missing_ok, std::size_t max_file)
    : path_(path), max_line_(max_line) {
  fd_ = open_regular(path, max_file, missing_ok ? is_enoent : nullptr, &size_);
  eof_ = fd_ < 0;
  buf_.resize(std::max<std::size_t>(max_line + 1, 64 * 1024));
}

LineReader::~LineReader() {
  if (fd_ >= 0) ::close(fd_);
}

bool LineReader::fill() {
  if (eof_) return false;
  if (begin_ > 0) {  // keep the unread part at the front
    std::memmove(buf_.data(), buf_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  ssize_t n = read_some(fd_, buf_.data() + end_, buf_.size() - end_);
  if (n < 0) fail(path_, std::strerror(errno));
  if (n == 0) eof_ = true;
  end_ += static_cast<std::size_t>(n);
  return n > 0;
}

std::optional<LineReader::Line> LineReader::next() {
  for (;;) {
    const char* from = buf_.data() + begin_;
    if (auto* nl = static_cast<const char*>(std::memchr(from, '\n', end_ - begin_))) {
      Line line{std::string_view(from, static_cast<std::size_t>(nl - from)), static_cast<std::size_t>(nl - from), false};
      begin_ += line.bytes + 1;
      if (line.bytes > max_line_) line = {{}, line.bytes, true};
      return line;
    }
    if (end_ - begin_ > max_line_) {
      // Too long to keep: count the rest of it and drop it as it comes.
      std::size_t bytes = end_ - begin_;
      begin_ = end_ = 0;
      for (;;) {
        if (!fill()) return Line{{}, bytes, true};
        if (auto* nl = static_cast<const char*>(std::memchr(buf_.data(), '\n', end_))) {
          bytes += static_cast<std::size_t>(nl - buf_.data());
          begin_ = static_cast<std::size_t>(nl - buf_.data()) + 1;
          return Line{{}, bytes, true};
        }
        bytes += end_;
        end_ = 0;
      }
    }
    if (!fill()) {
      if (begin_ == end_) return std::nullopt;
      Line line{std::string_view(buf_.data() + begin_, end_ - begin_), end_ - begin_, false};
      begin_ = end_;
      return line;
    }
  }
}

}  // namespace tenk
