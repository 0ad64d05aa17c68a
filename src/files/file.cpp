#include "files/file.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

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

// Reads all of `path`, or returns false when it does not exist and
// `missing_ok`. Reads up to max_bytes + 1 rather than trusting st_size, which
// is 0 for pipes and /proc files and can change under us.
bool read_into(const std::string& path, std::size_t max_bytes, bool missing_ok, std::string& out) {
  Fd f{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
  if (f.fd < 0) {
    if (errno == ENOENT && missing_ok) return false;
    fail(path, std::strerror(errno));
  }
  struct stat st {};
  if (::fstat(f.fd, &st) != 0) fail(path, std::strerror(errno));
  if (S_ISDIR(st.st_mode)) fail(path, std::strerror(EISDIR));
  if (S_ISREG(st.st_mode) && static_cast<unsigned long long>(st.st_size) > max_bytes)
    fail(path, "file too large (more than " + std::to_string(max_bytes) + " bytes)");

  out.clear();
  if (S_ISREG(st.st_mode)) out.reserve(static_cast<std::size_t>(st.st_size));
  char chunk[65536];
  for (;;) {
    ssize_t n = ::read(f.fd, chunk, sizeof chunk);
    if (n < 0) {
      if (errno == EINTR) continue;
      fail(path, std::strerror(errno));
    }
    if (n == 0) break;
    out.append(chunk, static_cast<std::size_t>(n));
    if (out.size() > max_bytes) fail(path, "file too large (more than " + std::to_string(max_bytes) + " bytes)");
  }
  return true;
}

}  // namespace

std::string read_file(const std::string& path, std::size_t max_bytes) {
  std::string out;
  read_into(path, max_bytes, false, out);
  return out;
}

std::string read_file_if_exists(const std::string& path, std::size_t max_bytes) {
  std::string out;
  if (!read_into(path, max_bytes, true, out)) return {};
  return out;
}

}  // namespace tenk
