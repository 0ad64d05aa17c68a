#include "cli/fd_stream.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace tenk {

FdStreamBuf::FdStreamBuf(int fd) : fd_(fd) { setp(buf_, buf_ + sizeof buf_); }

FdStreamBuf::~FdStreamBuf() { drain(); }

bool FdStreamBuf::write_out(const char* data, std::size_t n) {
  while (n > 0 && error_ == 0) {
    ssize_t done = ::write(fd_, data, n);
    if (done < 0 && errno == EINTR) continue;
    if (done <= 0) {
      error_ = done < 0 ? errno : EIO;
      break;
    }
    data += done;
    n -= static_cast<std::size_t>(done);
  }
  return error_ == 0;
}

bool FdStreamBuf::drain() {
  bool ok = write_out(pbase(), static_cast<std::size_t>(pptr() - pbase()));
  setp(buf_, buf_ + sizeof buf_);
  return ok;
}

FdStreamBuf::int_type FdStreamBuf::overflow(int_type ch) {
  if (!drain()) return traits_type::eof();
  if (traits_type::eq_int_type(ch, traits_type::eof())) return traits_type::not_eof(ch);
  *pptr() = traits_type::to_char_type(ch);
  pbump(1);
  return ch;
}

std::streamsize FdStreamBuf::xsputn(const char* s, std::streamsize n) {
  const auto size = static_cast<std::size_t>(n);
  if (size <= static_cast<std::size_t>(epptr() - pptr())) {
    std::memcpy(pptr(), s, size);
    pbump(static_cast<int>(size));
    return n;
  }
  // Too big for what is left: what is buffered first, then this directly.
  if (!drain() || !write_out(s, size)) return 0;
  return n;
}

int FdStreamBuf::sync() { return drain() ? 0 : -1; }

}  // namespace tenk
