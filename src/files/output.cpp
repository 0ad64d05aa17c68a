#include "files/output.h"

#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "core/error.h"

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

// The path a chain of symlinks ends at (which may not exist yet). Relative
// links are taken from the folder of the link.
std::string follow_links(const std::string& path) {
  std::string at = path;
  for (int hops = 0; hops < 40; ++hops) {
    struct stat st {};
    if (::lstat(at.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) return at;
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

// A device, a FIFO or a socket: written where it is. O_NONBLOCK so that a
// FIFO nobody reads is an error (ENXIO) rather than a wait.
void write_in_place(const std::string& shown, const std::string& real, std::string_view text) {
  Fd f{::open(real.c_str(), O_WRONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)};
  if (f.fd < 0) {
    if (errno == ENXIO) fail(shown, "nobody is reading from this FIFO");
    fail_errno(shown, errno);
  }
  int flags = ::fcntl(f.fd, F_GETFL);
  if (flags >= 0) ::fcntl(f.fd, F_SETFL, flags & ~O_NONBLOCK);
  write_all(f.fd, text, shown);
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

void write_output(const std::string& path, std::string_view text, Existing existing) {
  if (path.empty()) fail(path, "no file name");
  const std::string real = follow_links(path);
  struct stat st {};
  const bool exists = ::stat(real.c_str(), &st) == 0;
  if (!exists && errno != ENOENT) fail_errno(path, errno);
  if (exists && existing == Existing::Refuse) fail(path, "it already exists (tenk never overwrites it)");
  if (exists && S_ISDIR(st.st_mode)) fail_errno(path, EISDIR);
  if (exists && !S_ISREG(st.st_mode)) return write_in_place(path, real, text);

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

}  // namespace tenk
