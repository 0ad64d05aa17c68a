#include "journal/undo.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "journal/reader.h"

namespace tenk {
namespace {

[[noreturn]] void fail(const std::string& path, const std::string& why) {
  throw InputError("cannot undo in " + path + ": " + why + "; nothing written");
}

[[noreturn]] void fail_errno(const std::string& path, const char* what, int err) {
  fail(path, std::string(what) + ": " + std::strerror(err));
}

struct Fd {
  int fd = -1;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

bool blank(char ch) { return ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n'; }

// Reads [from, from + n) whole.
std::string read_at(int fd, off_t from, std::size_t n, const std::string& path) {
  std::string buf(n, '\0');
  std::size_t got = 0;
  while (got < n) {
    ssize_t r = ::pread(fd, buf.data() + got, n - got, from + static_cast<off_t>(got));
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) fail_errno(path, "read", errno);
    if (r == 0) fail(path, "the file changed while it was read");
    got += static_cast<std::size_t>(r);
  }
  return buf;
}

// The number of newlines in [0, end): the 0-based line number of a line
// starting at `end`. Read in blocks, so a long journal costs no memory.
int lines_before(int fd, off_t end, const std::string& path) {
  constexpr std::size_t kBlock = 1 << 16;
  long long count = 0;
  for (off_t at = 0; at < end;) {
    const std::size_t n = static_cast<std::size_t>(std::min<off_t>(kBlock, end - at));
    std::string block = read_at(fd, at, n, path);
    count += std::count(block.begin(), block.end(), '\n');
    at += static_cast<off_t>(n);
  }
  return static_cast<int>(std::min<long long>(count, 2'000'000'000));
}

}  // namespace

UndoneEntry undo_last_entry(const std::string& path, const Curriculum* curriculum, const ConfirmUndo& confirm) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    if (errno == ENOENT) fail(path, "there is no journal yet");
    fail_errno(path, "stat", errno);
  }
  if (!S_ISREG(st.st_mode)) fail(path, S_ISDIR(st.st_mode) ? "it is a folder" : "not a regular file");
  // No O_CREAT: undo never makes a journal. O_NONBLOCK and O_NOCTTY as for
  // appends, should something else appear at the path after the check.
  Fd f{::open(path.c_str(), O_RDWR | O_CLOEXEC | O_NOCTTY | O_NONBLOCK)};
  if (f.fd < 0) fail_errno(path, "open", errno);
  if (::fstat(f.fd, &st) != 0) fail_errno(path, "stat", errno);
  if (!S_ISREG(st.st_mode)) fail(path, "not a regular file");
  int rc;
  while ((rc = ::flock(f.fd, LOCK_EX)) != 0 && errno == EINTR) {}
  if (rc != 0) fail_errno(path, "lock", errno);
  if (::fstat(f.fd, &st) != 0) fail_errno(path, "stat", errno);
  const off_t size = st.st_size;

  // The tail: the last line and the blank lines after it fit in this much,
  // or the file does not end the way tenk writes it.
  const off_t window = static_cast<off_t>(2 * kMaxJournalLine);
  const off_t tail_from = std::max<off_t>(0, size - window);
  const std::string tail = read_at(f.fd, tail_from, static_cast<std::size_t>(size - tail_from), path);
  std::size_t end = tail.size();
  while (end > 0 && blank(tail[end - 1])) --end;
  if (end == 0) {
    if (tail_from == 0) fail(path, "the journal has no entry");
    fail(path, "its last lines are blank for longer than any entry");
  }
  const std::size_t nl = tail.rfind('\n', end - 1);
  if (nl == std::string::npos && tail_from > 0) fail(path, "its last line is longer than any entry");
  const std::size_t start = nl == std::string::npos ? 0 : nl + 1;
  const std::string line = tail.substr(start, end - start);
  const off_t cut = tail_from + static_cast<off_t>(start);
  const int number = lines_before(f.fd, cut, path) + 1;
  const std::string where = "line " + std::to_string(number);

  // The readers' own classification of that line (SPEC 2: undo removes
  // only an entry every reader counts), under its own line number: a
  // byte-order mark, say, is ignored on line 1 only.
  const std::size_t raw_end = std::min(tail.find('\n', start), tail.size());
  JournalLine read = read_journal_line(std::string_view(tail).substr(start, raw_end - start), number, curriculum);
  if (read.kind == JournalLine::Kind::Blank) fail(path, "the journal has no entry");  // a lone byte-order mark
  if (read.kind == JournalLine::Kind::Comment)
    fail(path, where + " after the last entry is a comment: remove the entry by hand if you mean to");
  if (read.kind != JournalLine::Kind::Entry)
    fail(path, "its last line (" + where + ") is not an entry the readers count (" + read.problem +
                   "); fix it by hand");

  UndoneEntry out;
  out.entry = std::move(read.entry);
  out.line = line;
  while (!out.line.empty() && out.line.back() == '\r') out.line.pop_back();
  out.line_number = number;
  if (confirm && !confirm(out)) fail(path, "the answer was not yes");

  while ((rc = ::ftruncate(f.fd, cut)) != 0 && errno == EINTR) {}
  if (rc != 0) fail_errno(path, "truncate", errno);
  if (::fsync(f.fd) != 0) {
    // The cut may not be on disk; say so rather than claim it is.
    throw InputError("undo in " + path + ": fsync: " + std::strerror(errno) + "; the entry may come back after a crash");
  }
  return out;
}

}  // namespace tenk
