#include "files/output.h"

#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>
#include <vector>

#include "core/error.h"
#include "core/quote.h"

namespace tenk {
namespace {

[[noreturn]] void fail(const std::string& path, const std::string& reason) {
  throw InputError("cannot write " + path + ": " + reason);
}

[[noreturn]] void fail_errno(const std::string& path, int err) { fail(path, std::strerror(err)); }

std::string folder_of(const std::string& path) {
  auto slash = path.find_last_of('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

// N when `path` is an entry of this process's descriptor folder,
// /proc/PID/fd, where /proc/self/fd/N and /dev/fd/N lead; else -1. Only the
// folder is resolved: the entry itself is a link to whatever the descriptor
// has open, and following it would replace the file the shell opened for
// tenk (or name a pipe that has no path at all).
int descriptor_entry(const std::string& path) {
  const auto slash = path.find_last_of('/');
  const std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  if (name.empty() || name.size() > 9 || name.find_first_not_of("0123456789") != std::string::npos) return -1;
  char real[PATH_MAX];
  if (::realpath(folder_of(path).c_str(), real) == nullptr) return -1;
  if (std::string(real) != "/proc/" + std::to_string(::getpid()) + "/fd") return -1;
  return std::stoi(name);
}

// Where a path leads: one of tenk's own descriptors, or the path a chain of
// symlinks ends at (which may not exist yet).
struct Target {
  std::string path;
  int fd = -1;
};

// Follows the links from `path` (a relative one from the folder of the
// link) until one of tenk's descriptors or something that is not a link.
Target follow_links(const std::string& path) {
  if (path == "-") return {path, STDOUT_FILENO};
  std::string at = path;
  for (int hops = 0; hops < 40; ++hops) {
    if (int fd = descriptor_entry(at); fd >= 0) return {at, fd};
    struct stat st {};
    if (::lstat(at.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) return {at, -1};
    std::vector<char> buf(static_cast<std::size_t>(st.st_size > 0 ? st.st_size : PATH_MAX) + 1);
    ssize_t n = ::readlink(at.c_str(), buf.data(), buf.size() - 1);
    if (n < 0) fail_errno(path, errno);
    std::string target(buf.data(), static_cast<std::size_t>(n));
    at = target.starts_with('/') ? target : folder_of(at) + "/" + target;
  }
  fail_errno(path, ELOOP);
}

void write_all(int fd, std::string_view text, const std::string& path) {
  while (!text.empty()) {
    ssize_t n = ::write(fd, text.data(), text.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      fail_errno(path, errno);
    }
    text.remove_prefix(static_cast<std::size_t>(n));
  }
}

struct Fd {
  int fd = -1;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

// Writes to `fd` as it is open (at its offset, or appending when it was
// opened to append); a terminal gets `on_terminal(text)` when given.
void write_to(int fd, std::string_view text, const std::string& shown, TerminalText on_terminal) {
  if (on_terminal != nullptr && ::isatty(fd) == 1) return write_all(fd, on_terminal(text), shown);
  write_all(fd, text, shown);
}

// A device, a FIFO or a socket: written where it is. O_NONBLOCK so that a
// FIFO nobody reads is an error (ENXIO) rather than a wait.
void write_in_place(const std::string& shown, const std::string& real, std::string_view text,
                    TerminalText on_terminal) {
  Fd f{::open(real.c_str(), O_WRONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)};
  if (f.fd < 0) {
    // ENXIO is also /dev/tty without a controlling terminal: say so only of a FIFO.
    const int err = errno;
    struct stat st {};
    if (err == ENXIO && ::stat(real.c_str(), &st) == 0 && S_ISFIFO(st.st_mode))
      fail(shown, "nobody is reading from this FIFO");
    fail_errno(shown, err);
  }
  int flags = ::fcntl(f.fd, F_GETFL);
  if (flags >= 0) ::fcntl(f.fd, F_SETFL, flags & ~O_NONBLOCK);
  write_to(f.fd, text, shown, on_terminal);
}

void sync_folder(const std::string& folder) {
  Fd d{::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
  if (d.fd >= 0) ::fsync(d.fd);  // best effort: some file systems refuse it
}

mode_t new_file_mode() {
  mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

}  // namespace

int output_descriptor(const std::string& path) { return path.empty() ? -1 : follow_links(path).fd; }

void write_output(const std::string& path, std::string_view text, Existing existing, TerminalText on_terminal) {
  if (path.empty()) fail(path, "no file name");
  const Target target = follow_links(path);
  // A descriptor is written, never replaced: nothing is overwritten, so
  // Existing::Refuse has nothing to refuse.
  if (target.fd >= 0) return write_to(target.fd, text, path, on_terminal);
  const std::string& real = target.path;
  struct stat st {};
  const bool exists = ::stat(real.c_str(), &st) == 0;
  if (!exists && errno != ENOENT) fail_errno(path, errno);
  if (exists && existing == Existing::Refuse) fail(path, "it already exists (tenk never overwrites it)");
  if (exists && S_ISDIR(st.st_mode)) fail_errno(path, EISDIR);
  if (exists && !S_ISREG(st.st_mode)) return write_in_place(path, real, text, on_terminal);

  const std::string folder = folder_of(real);
  const std::string base = real.substr(real.find_last_of('/') == std::string::npos ? 0 : real.find_last_of('/') + 1);
  std::string tmp = folder + "/." + base + ".tenk-XXXXXX";
  Fd f{::mkostemp(tmp.data(), O_CLOEXEC)};
  if (f.fd < 0) fail_errno(path, errno);
  try {
    write_all(f.fd, text, path);
    if (::fchmod(f.fd, exists ? (st.st_mode & 07777) : new_file_mode()) != 0) fail_errno(path, errno);
    if (::fsync(f.fd) != 0) fail_errno(path, errno);
    if (existing == Existing::Refuse) {
      // link() fails if the name was taken meanwhile: never overwrite.
      if (::link(tmp.c_str(), real.c_str()) != 0) {
        if (errno == EEXIST) fail(path, "it already exists (tenk never overwrites it)");
        fail_errno(path, errno);
      }
      ::unlink(tmp.c_str());
    } else if (::rename(tmp.c_str(), real.c_str()) != 0) {
      fail_errno(path, errno);
    }
  } catch (...) {
    ::unlink(tmp.c_str());
    throw;
  }
  sync_folder(folder);
}

void make_folder(const std::string& dir) {
  struct stat st {};
  if (::stat(dir.c_str(), &st) == 0) {
    if (!S_ISDIR(st.st_mode)) fail(in_quotes(dir), "not a directory");
    return;
  }
  if (::mkdir(dir.c_str(), 0777) != 0) fail_errno(in_quotes(dir), errno);
}

void make_folders_for(const std::string& path) {
  std::error_code ec;
  std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ec);
  if (ec) fail(path, "cannot create its folder: " + ec.message());
}

bool path_exists(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0;
}

}  // namespace tenk
